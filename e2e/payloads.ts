/**
 * Well-known shapes of cross-site-scripting payloads, written for this project. Each one, if it ever ran, would
 * call `__xss(n)` with its own number, so a test can say which one got through.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '<svg onload=__xss(3)>',
  '"><script>__xss(4)</script>',
  "'><img src=x onerror=__xss(5)>",
  '<iframe src="javascript:__xss(6)"></iframe>',
  '<body onload=__xss(7)>',
  '<a href="javascript:__xss(8)">click</a>',
  '<details open ontoggle=__xss(9)>',
  '<input autofocus onfocus=__xss(10)>',
  '<video><source onerror=__xss(11)></video>',
  '<audio src=x onerror=__xss(12)>',
  '<marquee onstart=__xss(13)>m</marquee>',
  '<object data="javascript:__xss(14)"></object>',
  '<embed src="javascript:__xss(15)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(16)>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(17)>">',
  "<style>@import 'javascript:__xss(18)';</style>",
  '<svg><script>__xss(19)</script></svg>',
  '<svg><animate onbegin=__xss(20) attributeName=x dur=1s>',
  '<select autofocus onfocus=__xss(21)></select>',
  '<textarea autofocus onfocus=__xss(22)></textarea>',
  '<keygen autofocus onfocus=__xss(23)>',
  '<div style="background:url(javascript:__xss(24))">d</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(25)">',
  '<base href="javascript:__xss(26)//">',
  '<form><button formaction=javascript:__xss(27)>b</button></form>',
  '<isindex action=javascript:__xss(28) type=image>',
  '<img src="x" onerror="&#95;&#95;xss(29)">',
  '<img src=x onerror=\\u005f_xss(30)>',
  '<scr<script>ipt>__xss(31)</scr</script>ipt>',
  '<<script>__xss(32)//<</script>',
  '</textarea><script>__xss(33)</script>',
  '</title><script>__xss(34)</script>',
  '--><script>__xss(35)</script>',
  ']]><script>__xss(36)</script>',
  "{{constructor.constructor('__xss(37)')()}}",
  '${__xss(38)}',
  'javascript:__xss(39)',
  'data:text/html,<script>__xss(40)</script>',
  "<img src=x onerror=eval(atob('X194c3MoNDEp'))>",
  '<svg/onload=__xss(42)>',
  '<img/src/onerror=__xss(43)>',
  '<body onpageshow=__xss(44)>',
  '<iframe srcdoc="<script>parent.__xss(45)</script>"></iframe>',
  '<link rel=import href="data:text/html,<script>__xss(46)</script>">',
  '<object data="data:text/html,<script>parent.__xss(47)</script>"></object>',
  '<template><img src=x onerror=__xss(48)></template>',
  '<img src=x onerror=__xss(49)//',
  '\u003cscript\u003e__xss(50)\u003c/script\u003e',
  '%3Cscript%3E__xss(51)%3C/script%3E',
  '&lt;script&gt;__xss(52)&lt;/script&gt;',
  '<a href="jav&#x09;ascript:__xss(53)">tab</a>',
  '<svg><a xlink:href="javascript:__xss(54)"><text>x</text></a></svg>',
  '<div onmouseover=__xss(55)>hover</div>',
  '<img src=x:x onerror=__xss(56)>',
  '<sVg OnLoAd=__xss(57)>',
  '<img src=1 \u0000onerror=__xss(58)>',
  '" onfocus="__xss(59)" autofocus="',
  "' onmouseover='__xss(60)",
  '<x contenteditable onblur=__xss(61)>x</x>',
  '<svg><set attributeName=onmouseover to=__xss(62)>',
  '<img src=x onerror=top["__x"+"ss"](63)>',
  '<iframe src=javascript:__xss&lpar;64&rpar;>',
  '<svg><foreignObject><img src=x onerror=__xss(65)></foreignObject></svg>',
];

/** Every URL parameter the app and the embed read: the query's place, sentence, layers and origins, the hash's map. */
export const URL_PARAMETERS = ['place', 'sentence', 'layers', 'origins', 'map'] as const;

/**
 * The query and hash of hostile load number `i`: parameter k carries payload i + k, so a loop over all the payloads
 * sends every payload through every parameter exactly once, in as many loads as there are payloads.
 */
export function hostileSearchAndHash(i: number): string {
  const p = (k: number) => encodeURIComponent(XSS_PAYLOADS[(i + k) % XSS_PAYLOADS.length] ?? '');
  return `?place=${p(0)}&sentence=${p(1)}&layers=${p(2)}&origins=${p(3)}#map=${p(4)}`;
}

/** The notice an unusable `place=` must show, as text: control characters dropped, cut to 24 characters. */
export function expectedPlaceNotice(payload: string): string {
  const clean = [...payload].filter((c) => !/\p{Cc}/u.test(c)).join('');
  return `No place ‘${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}’ in this article`;
}

/** Installs the sentinel every payload calls if it ever runs: `__xss(n)` leaves n in `__hits`. */
export function installSentinel(): void {
  const w = window as Window & { __hits?: number[]; __xss?: (n: number) => void };
  w.__hits = [];
  w.__xss = (n) => w.__hits?.push(n);
}

/**
 * What a reader can see of the state, read from the page (or the embed's frame) without the map: the notice as
 * text, whether it holds any element but its Dismiss button, the selection, the focused sentence, the legend's
 * boxes, the embed's "Open full map" query (which encodes place, sentence and layers), and the sentinel's hits.
 */
export function readVisibleState() {
  const notice = document.querySelector('.notice');
  const link = document.querySelector<HTMLAnchorElement>('.embed__footer a');
  return {
    notice: notice?.firstChild?.textContent ?? null,
    noticeElements: notice ? [...notice.querySelectorAll('*')].map((e) => e.localName) : [],
    passages: document.querySelector('[data-testid="passages"]') !== null,
    pressed: document.querySelectorAll('[aria-pressed="true"]').length,
    focusedSentences: document.querySelectorAll('.sentence.is-focused').length,
    layers: [...document.querySelectorAll<HTMLInputElement>('.legend input')].map((i) => i.checked),
    fullMapQuery: link ? new URL(link.href).search : null,
    hits: (window as Window & { __hits?: number[] }).__hits ?? ['sentinel missing'],
  };
}
