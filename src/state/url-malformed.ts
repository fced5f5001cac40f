/**
 * Links that are broken in one way or another, as [search, hash]; each must open the default view. The unit test
 * decodes every one of them; the end-to-end test opens those of MALFORMED_URLS_IN_BROWSER (below) in the browser.
 * @example MALFORMED_URLS.length >= 30 // true
 */
export const MALFORMED_URLS: readonly (readonly [string, string])[] = [
  ['?place=', ''],
  ['?place=UA-99', ''],
  ['?place=ua-14', ''],
  ['?place=UA-14&place=UA-09', ''],
  ['?place=%E0%A4%A', ''],
  ['?place=__proto__', ''],
  ['?place=constructor', ''],
  ['?place=toString', ''],
  ['?place=<script>alert(1)</script>', ''],
  ['?sentence=-1', ''],
  ['?sentence=1e3', ''],
  ['?sentence=3.5', ''],
  ['?sentence=99999', ''],
  ['?sentence=NaN', ''],
  ['?sentence=1&sentence=2', ''],
  ['?sentence=0x10', ''],
  ['?layers=', ''],
  ['?layers=bogus', ''],
  ['?layers=towns,bogus', ''],
  ['?layers=towns,towns', ''],
  ['?layers=,,,', ''],
  ['?layers=towns&layers=soviet', ''],
  ['?layers=__proto__', ''],
  ['', '#map='],
  ['', '#map=5'],
  ['', '#map=5/48'],
  ['', '#map=a/b/c'],
  ['', '#map=NaN/48/37'],
  ['', '#map=Infinity/48/37'],
  ['', '#map=99/48/37'],
  ['', '#map=5/91/37'],
  ['', '#map=5/48/181'],
  ['', '#map=-1/48/37'],
  ['', '#map=5/48/37/0/0/0'],
  ['', '#map=1e2/48/37'],
  ['', '#map=5//37'],
  ['', '#map=5/48/37&map=6/48/37'],
  ['', '#%%%'],
  ['?%', '#'],
  ['?&&&==&', '#&&='],
  ['?place=UA-14%00', ''],
  ['?' + 'x=1&'.repeat(2000), ''],
  ['', '#map=' + '9'.repeat(400) + '/1/1'],
];

/**
 * The links the end-to-end test opens in a fresh page, one load each (about 2 s of CI apiece, so not all 43): every
 * parameter that reaches the boot path, and every way the browser's own URL parsing gets in before the decoder
 * (a broken percent escape, markup, a NUL, a prototype key, a query and a hash far too long, a bare `%`).
 * The decoder's answer to all the others is the unit test's, on the same function the page calls.
 */
export const MALFORMED_URLS_IN_BROWSER: readonly (readonly [string, string])[] = [
  '?place=%E0%A4%A',
  '?place=__proto__',
  '?place=<script>alert(1)</script>',
  '?place=UA-14%00',
  '?place=UA-14&place=UA-09',
  '?sentence=99999',
  '?sentence=1e3',
  '?layers=towns,bogus',
  '?layers=__proto__',
  '#map=NaN/48/37',
  '#map=5/91/37',
  '#%%%',
  '?%#',
  '?' + 'x=1&'.repeat(2000),
  '#map=' + '9'.repeat(400) + '/1/1',
].map((url) => {
  const found = MALFORMED_URLS.find(([search, hash]) => search + hash === url);
  if (found === undefined) throw new Error(`${url.slice(0, 40)} is not in MALFORMED_URLS`);
  return found;
});
