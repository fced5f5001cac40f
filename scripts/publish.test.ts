import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { toW3cAnnotations } from '../src/export';
import { applyCorrections } from '../src/review/apply';
import type { ReviewAction, ReviewEdit } from '../src/review/types';
import { filesFor, metaFor, prepareArticle } from './publish';
import { MAX_BYTES } from './publish/input';

// Bad input fails before anything is built, so these runs are quick; the full build is covered by
// e2e/publish.spec.ts, which publishes a test article and opens the site.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'article-atlas-publish-test-'));
const out = join(dir, 'site');

/** Runs the real command as a user would, in a child process. */
function publish(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'publish.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, contents: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

/** Nothing was left behind: no site, no half-built staging folder beside it. */
function expectNothingWritten(): void {
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).filter((n) => n.includes('publishing'))).toEqual([]);
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'KYIV, Ukraine\n\nUkrainian forces entered Lyman on Saturday, officers in Donetsk said.\n';

describe('npm run publish refuses bad input with one clear line, exit 1, and writes nothing', () => {
  it.each([
    ['an empty file', 'empty.txt', '', /“empty\.txt” is empty\./],
    ['whitespace only', 'blank.txt', ' \n\t\n  ', /blank\.txt has no readable text/],
    [
      'a binary file',
      'photo.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /“photo\.txt” is a PNG image, not text\. Open a \.txt, \.md or \.html file/,
    ],
    [
      'invalid UTF-8',
      'latin1.txt',
      Uint8Array.from([0x4b, 0x79, 0x69, 0x76, 0xe9, 0x20, 0x41]),
      /“latin1\.txt” is not valid UTF-8 text: the byte at offset 4 \(0xE9\)/,
    ],
    [
      'a file over 2 MB',
      'huge.txt',
      'Kyiv. '.repeat(MAX_BYTES / 6 + 10),
      /huge\.txt is \d+ bytes; the limit is 2097152 bytes/,
    ],
    [
      'HTML with nothing but scripts, frames and handlers',
      'hostile.html',
      '<script>alert(1)</script><iframe src="https://evil.example"></iframe><img src=x onerror="alert(2)"><a href="javascript:alert(3)"></a>',
      /“hostile\.html” has no readable text once its HTML markup is removed \(it holds only 1 script elements, 1 iframe elements, 1 event handlers, 1 javascript: links\)/,
    ],
    ['a PDF named .pdf', 'report.pdf', '%PDF-1.7', /report\.pdf: expected a \.txt, \.md or \.html file/],
  ])('%s', (_what, name, contents, message) => {
    const run = publish(file(name, contents), '--out', out);
    expect(run.stderr).toMatch(new RegExp(`^publish: .*${message.source}`));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.status).toBe(1);
    expectNothingWritten();
  });

  it('a file that does not exist', () => {
    const run = publish(join(dir, 'nowhere.txt'), '--out', out);
    expect(run.stderr).toMatch(/nowhere\.txt: no such file/);
    expect(run.status).toBe(1);
    expectNothingWritten();
  });

  it('--links that is not JSON', () => {
    const run = publish(file('a.txt', ARTICLE), '--out', out, '--links', file('links.json', '{"oops"'));
    expect(run.stderr).toMatch(/^publish: --links .*links\.json: not valid JSON\n$/);
    expect(run.status).toBe(1);
    expectNothingWritten();
  });

  it('an --out folder that is not empty is left as it was', () => {
    const busy = join(dir, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'keep.txt'), 'mine');
    const run = publish(file('a.txt', ARTICLE), '--out', busy);
    expect(run.stderr).toMatch(/--out .*busy is not empty/);
    expect(run.status).toBe(1);
    expect(readdirSync(busy)).toEqual(['keep.txt']);
  });
});

describe('npm run publish on hostile HTML that has an article in it', () => {
  it('publishes the text, says what it left out, and nothing of the rest reaches the pages', () => {
    const html = [
      '<html><head><title>Night raid on Kharkiv</title><script src="https://evil.example/x.js"></script></head>',
      '<body onload="steal()"><h1>Night raid on Kharkiv</h1>',
      '<p>Missiles struck Kharkiv before dawn, the regional governor said.<img src=x onerror="alert(1)"></p>',
      '<iframe src="https://evil.example/frame"></iframe><p><a href="javascript:alert(2)">Residents</a> sheltered in the metro.</p>',
      '<p>&lt;script&gt;alert(3)&lt;/script&gt; was written on a wall, the governor added.</p></body></html>',
    ].join('\n');
    const site = join(dir, 'hostile-site');
    const run = publish(file('raid.html', html), '--out', site, '--date', '5 October 2022');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('left out of');
    expect(run.stderr).toContain('1 iframe elements');
    expect(run.stderr).toContain('2 event handlers');
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('<title>Article Atlas — Night raid on Kharkiv</title>');
    expect(index).toContain('sheltered in the metro');
    for (const bad of ['evil.example', 'steal()', 'onerror', 'javascript:', 'alert(1)', 'alert(2)'])
      expect(index).not.toContain(bad);
    // The escaped markup is the article's own words, shown as text: escaped again in the HTML.
    expect(index).toContain('&lt;script&gt;alert(3)&lt;/script&gt; was written on a wall');
    // The only scripts are the site's own module.
    expect([...index.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)).toEqual([
      expect.stringMatching(/^<script type="module" crossorigin src="\/assets\/main-[\w-]+\.js">$/),
    ]);
  }, 120_000);
});

describe('prepareArticle', () => {
  it('links with the world gazetteer when needed and carries only the entries the default one lacks', () => {
    const text =
      'SLOVIANSK, Ukraine\n\nShelling from Kreminna slowed the push on Lyman, officers in Donetsk said.';
    const meta = { title: 't', source: 's', date: 'd' };
    const { article, entries } = prepareArticle(text, meta);
    const linked = new Set(article.links.mentions.map((m) => m.featureId));
    const ids = entries.map((e) => e.id);
    expect(linked.has('gn:704204')).toBe(true); // Lyman, in the default gazetteer: not repeated
    expect(ids).not.toContain('gn:704204');
    expect(ids).not.toContain('UA-14');
    expect(entries.map((e) => e.name).sort()).toEqual(['Kreminna', 'Sloviansk']);
    expect(article.text).toBe(text);
    expect(article.meta).toEqual(meta);
    expect(article.id).toMatch(/^published-[0-9a-f]{12}$/);
  });
});

describe('filesFor: the outline files a published site keeps', () => {
  it('are those of the places its pages show, every country’s finer outline, and the named regions’ finer ones', () => {
    const text = 'KYIV, Ukraine\n\nShelling from Belgorod region reached Kharkiv, and the Dnipro river rose.';
    const { article, entries } = prepareArticle(text, { title: '', source: '', date: '' });
    const files = filesFor(article, entries);
    expect(files.shapes).toEqual(['region-RU-BEL', 'river-dnipro-river']);
    expect(files.detail).toContain('region-RU-BEL');
    expect(files.detail).toContain('country-FR');
    expect(files.detail.filter((f) => f.startsWith('region-'))).toEqual(['region-RU-BEL']);
  });

  it('are the base map’s alone (and every country’s finer outline) for an article of Ukraine’s regions', () => {
    const { article, entries } = prepareArticle(ARTICLE, { title: '', source: '', date: '' });
    const files = filesFor(article, entries);
    expect(files.shapes).toEqual([]);
    expect(files.detail.every((f) => f.startsWith('country-'))).toBe(true);
  });
});

describe('--links: corrections made in review', () => {
  const text =
    'SLOVIANSK, Ukraine\n\nShelling from Kreminna slowed the push on Lyman, officers in Donetsk said.';
  const meta = { title: 't', source: 's', date: 'd' };
  const plain = prepareArticle(text, meta).article;
  const at = '2026-11-29T20:00:00.000Z';
  const edit = (words: string, action: ReviewAction): ReviewEdit => {
    const start = text.indexOf(words);
    return { ...action, start, end: start + words.length, surface: words, at };
  };
  /** The annotation file the app exports after these edits. */
  const exported = (edits: ReviewEdit[], forText = text) =>
    JSON.stringify(
      toW3cAnnotations({
        articleId: plain.id,
        text: forText,
        meta,
        links: applyCorrections(forText, plain.links, edits),
        placeOf: () => undefined,
        geometryOf: () => null,
      }),
    );
  const corrections = exported([
    // Donetsk the city, not the region; Kreminna, say, not a place at all; Lyman confirmed.
    edit('Donetsk', { type: 'change', placeId: 'gn:709717' }),
    edit('Kreminna', { type: 'not-a-place' }),
    edit('Lyman', { type: 'confirm' }),
  ]);

  it('are applied to the published links, and the places they bring are carried', () => {
    const { article, entries, corrected } = prepareArticle(text, meta, {
      path: 'links.json',
      json: corrections,
    });
    const byWords = new Map(article.links.mentions.map((m) => [m.surface, m.featureId]));
    expect(plain.links.mentions.find((m) => m.surface === 'Donetsk')?.featureId).toBe('UA-14');
    expect(byWords.get('Donetsk')).toBe('gn:709717');
    expect(byWords.has('Kreminna')).toBe(false);
    expect(byWords.get('Lyman')).toBe('gn:704204');
    expect(byWords.get('SLOVIANSK')).toBe(
      plain.links.mentions.find((m) => m.surface === 'SLOVIANSK')?.featureId,
    );
    expect(corrected).toBe(3);
    // Plain mentions in the page, as the linker makes them.
    for (const m of article.links.mentions) expect(m).not.toHaveProperty('status');
    const ids = entries.map((e) => e.id);
    expect(ids).toContain('gn:709717');
    expect(ids).not.toContain('gn:704138'); // Kreminna, no longer named
  });

  it('are all or nothing: a file for another text is refused, naming the annotation at fault', () => {
    const other = `${text.replace('Lyman', 'Lymanx')}`;
    expect(() => prepareArticle(other, meta, { path: 'links.json', json: corrections })).toThrow(
      /^--links links\.json does not fit this article, so nothing was published: Annotation \d+ .*the quote ‘Donetsk’ differs from the article’s/,
    );
  });

  it('from the command line: a file that does not fit exits 1 and writes nothing', () => {
    const wrong = corrections.replace(/"exact":\s*"Donetsk"/, '"exact":"Luhansk"');
    expect(wrong).not.toBe(corrections);
    const run = publish(file('a.txt', text), '--out', out, '--links', file('wrong.json', wrong));
    expect(run.stderr).toMatch(
      /^publish: --links .*wrong\.json does not fit this article, so nothing was published: /,
    );
    expect(run.status).toBe(1);
    expectNothingWritten();
  });
});

describe('npm run publish usage errors exit 2', () => {
  it.each([
    [['a.txt'], /missing --out DIR/],
    [['--out', 'x'], /missing FILE/],
    [['a.txt', 'b.txt', '--out', 'x'], /expected one FILE/],
    [['a.txt', '--out', 'x', '--base', 'maps'], /--base must be a path that starts and ends with "\/"/],
    [['a.txt', '--out', 'x', '--base', '/a/../b/'], /--base must be a path/],
    [['a.txt', '--out'], /--out needs a value/],
    [['a.txt', '--out', 'x', '--colour', 'red'], /unknown option --colour/],
  ])('%j', (args, message) => {
    const run = publish(...args);
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
  });

  it('--help says what it does and what --links needs', () => {
    const run = publish('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run publish -- FILE --out DIR/);
    expect(run.stdout).toContain('W3C Web Annotation JSON');
  });
});

describe('metaFor: the title, source and date a published article shows', () => {
  const wire =
    'Ukrainian flag goes up over Lyman as Russian troops pull out\n\n' +
    'LYMAN, Ukraine (AP) — Ukrainian soldiers raised their flag over the town on Saturday.\n';

  it('guesses from a plain text what the command line does not give, as the app does, and says which', () => {
    expect(metaFor({}, '', wire)).toEqual({
      meta: { title: 'Ukrainian flag goes up over Lyman as Russian troops pull out', source: 'AP', date: '' },
      guessed: ['title', 'source'],
    });
  });

  it('keeps what the command line gives, even "" for none, and the file\'s own title over a guess', () => {
    expect(metaFor({ title: 'Lyman', source: '', date: '1 October 2022' }, '', wire)).toEqual({
      meta: { title: 'Lyman', source: '', date: '1 October 2022' },
      guessed: [],
    });
    expect(metaFor({}, 'From the <h1>', wire)).toEqual({
      meta: { title: 'From the <h1>', source: 'AP', date: '' },
      guessed: ['source'],
    });
  });

  it('leaves a field empty when the text gives nothing to guess from', () => {
    expect(metaFor({}, '', ARTICLE)).toEqual({ meta: { title: '', source: '', date: '' }, guessed: [] });
  });
});
