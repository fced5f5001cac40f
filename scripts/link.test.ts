import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanValid, geojsonType } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BYTES } from './link';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'article-atlas-link-'));

/** Runs the real command as a user would, in a child process. */
function link(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'link.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, contents: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

interface Report {
  sentences: Array<{ start: number; end: number }>;
  mentions: Array<{
    start: number;
    end: number;
    text: string;
    feature: string;
    reading: string;
    rule: string;
  }>;
  features: Record<string, { name: string; kind: string; point?: number[]; bbox?: number[] }>;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run link', () => {
  it('prints sentences, mentions and features for a UTF-8 file', () => {
    const text = 'KYIV, Ukraine (AP) — Kyiv’s forces pushed toward Lyman.\nThe Kremlin said nothing.';
    const run = link(file('article.txt', text));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(Object.keys(report)).toEqual(['sentences', 'mentions', 'features']);
    for (const s of report.sentences) expect(Object.keys(s)).toEqual(['start', 'end']);
    // The dateline is a sentence of its own, so the lead's passage starts with its first word.
    expect(report.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'KYIV, Ukraine (AP) —',
      'Kyiv’s forces pushed toward Lyman.',
      'The Kremlin said nothing.',
    ]);
    for (const m of report.mentions) {
      expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'feature', 'reading', 'rule']);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const feature = report.features[m.feature];
      expect(feature, m.feature).toBeDefined();
      expect(typeof feature?.name).toBe('string');
      expect(Array.isArray(feature?.point ?? feature?.bbox)).toBe(true);
    }
    expect(report.mentions.map((m) => `${m.text}>${m.feature}:${m.reading}`)).toEqual([
      'KYIV>gn:703448:literal',
      'Ukraine>UA:literal',
      'Kyiv>gn:703448:metonym',
      'Lyman>gn:704204:literal',
      'Kremlin>kremlin:metonym',
    ]);
    const lyman = report.features['gn:704204'];
    expect(lyman).toMatchObject({ name: 'Lyman', kind: 'city' });
    expect(lyman?.point?.[0]).toBeCloseTo(37.8, 1);
    expect(lyman?.point?.[1]).toBeCloseTo(48.99, 1);
    expect(report.features.UA).toMatchObject({ name: 'Ukraine', kind: 'country' });
    expect(report.features.UA?.bbox).toHaveLength(4);
  });

  it('prints empty lists for an empty file', () => {
    const run = link(file('empty.txt', ''));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ sentences: [], mentions: [], features: {} });
  });

  it('documents itself with --help', () => {
    const run = link('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run --silent link -- FILE/);
    expect(run.stdout).toContain('gn:<GeoNames');
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], 1, /no such file/],
    ['a directory', () => [dir], 1, /is a directory/],
    ['binary data', () => [file('bin.dat', Buffer.from([0x4b, 0x79, 0x69, 0x76, 0, 1, 2]))], 1, /binary/],
    [
      'invalid UTF-8',
      () => [file('latin1.txt', Buffer.from([0x4b, 0x69, 0x65, 0x76, 0xe9, 0x20]))],
      1,
      /UTF-8/,
    ],
    ['10 MB of text', () => [file('big.txt', 'Kyiv said. '.repeat(1_000_000))], 1, /limit/],
    ['no file', () => [], 2, /missing FILE/],
    ['two files', () => ['a', 'b'], 2, /one FILE/],
    ['an unknown option', () => ['--frobnicate'], 2, /unknown option/],
  ])('rejects %s with one line and a non-zero exit', (_what, args, status, message) => {
    const run = link(...args());
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^link: [^\n]+\n$/);
    expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  describe('--format', () => {
    const text = readFileSync(join(ROOT, 'data', 'annexation-ceremony.txt'), 'utf8');
    const article = join(ROOT, 'data', 'annexation-ceremony.txt');
    const json = JSON.parse(link(article).stdout) as Report;

    it('geojson: a valid FeatureCollection of the places the json report names, with outlines and sentences', () => {
      const run = link(article, '--format', 'geojson');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const fc = JSON.parse(run.stdout) as FeatureCollection<
        Geometry,
        {
          id: string;
          sentences: Array<{ start: number; end: number; text: string }>;
          mentions: Array<{ status: string }>;
        }
      >;
      expect(() => geojsonType(fc, 'FeatureCollection', 'link')).not.toThrow();
      expect(new Set(fc.features.map((f) => f.properties.id))).toEqual(new Set(Object.keys(json.features)));
      const byId = new Map(fc.features.map((f) => [f.properties.id, f]));
      expect(byId.get('UA-14')?.geometry.type).toMatch(/Polygon/);
      expect(byId.get('gn:704204')?.geometry).toEqual({
        type: 'Point',
        coordinates: json.features['gn:704204']?.point,
      });
      expect(booleanValid(byId.get('UA-14')!.geometry)).toBe(true);
      for (const f of fc.features) {
        for (const s of f.properties.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const m of f.properties.mentions) expect(m.status).toBe('automatic');
      }
    });

    it('w3c: one annotation per mention, each quote equal to the text at its offsets', () => {
      const run = link(article, '--format=w3c');
      expect(run.status).toBe(0);
      const doc = JSON.parse(run.stdout) as {
        '@context': unknown[];
        type: string;
        first: {
          items: Array<{
            type: string;
            motivation: string;
            body: { id: string };
            target: { selector: [{ start: number; end: number }, { exact: string }] };
          }>;
        };
      };
      expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(doc.type).toBe('AnnotationCollection');
      expect(doc.first.items).toHaveLength(json.mentions.length);
      doc.first.items.forEach((a, i) => {
        const [pos, quote] = a.target.selector;
        expect(a).toMatchObject({ type: 'Annotation', motivation: 'identifying' });
        expect(quote.exact).toBe(text.slice(pos.start, pos.end));
        expect([pos.start, pos.end]).toEqual([json.mentions[i]?.start, json.mentions[i]?.end]);
      });
      expect(doc.first.items.find((a) => a.target.selector[1].exact === 'Lyman')?.body.id).toBe(
        'https://sws.geonames.org/704204/',
      );
    });

    it('lpf: Linked Places with GeoNames links for towns', () => {
      const run = link(article, '--format', 'lpf');
      expect(run.status).toBe(0);
      const lpf = JSON.parse(run.stdout) as {
        '@context': string;
        features: Array<{ properties: { title: string }; links: unknown[] }>;
      };
      expect(lpf['@context']).toMatch(/linkedplaces/);
      expect(lpf.features.find((f) => f.properties.title === 'Kyiv')?.links).toEqual([
        { type: 'closeMatch', identifier: 'gn:703448' },
      ]);
    });

    it('csv: a header and one row per mention, formulas guarded', () => {
      const hostile = file('formula.txt', '=cmd|calc said Kyiv.\n@SUM(1) in Lyman.');
      const run = link(hostile, '--format', 'csv');
      expect(run.status).toBe(0);
      const lines = run.stdout.split('\r\n');
      expect(lines[0]).toBe(
        'start,end,surface,place_id,place_name,kind,reading,status,applied,by,rule,at,sentence_index,sentence',
      );
      expect(lines[1]).toMatch(/^15,19,Kyiv,gn:703448,Kyiv,city,/);
      expect(lines[1]?.endsWith(",'=cmd|calc said Kyiv.")).toBe(true);
      expect(lines[2]?.endsWith(",'@SUM(1) in Lyman.")).toBe(true);
      expect(lines.at(-1)).toBe('');
      expect(link(article, '--format', 'csv').stdout.split('\r\n')).toHaveLength(json.mentions.length + 2);
    });

    it('svg: the map with the claimed regions coloured and every place numbered', () => {
      const run = link(article, '--format', 'svg');
      expect(run.status).toBe(0);
      expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(run.stdout).toMatch(
        /fill="#c0392b" fill-opacity="0.35" stroke="#c0392b" stroke-width="1.6" data-place="UA-14"/,
      );
      expect(run.stdout).toContain('Claimed by Russia, 2022');
      const numbered = [...run.stdout.matchAll(/<g data-number="(\d+)">/gu)].length;
      const offFrame = /Not in this frame: ([^<]*)</u.exec(run.stdout)?.[1]?.split(', ').length ?? 0;
      expect(numbered + offFrame).toBe(Object.keys(json.features).length);
    });

    describe('--annotations', () => {
      // One reviewed file for the three tests: the linker's export with Lyman confirmed by a person.
      const reviewedDoc = () => {
        const doc = JSON.parse(link(article, '--format', 'w3c').stdout) as {
          first: { items: Array<Record<string, unknown>> };
        };
        const lyman = doc.first.items.find((a) => (a.body as { label?: string }).label === 'Lyman')!;
        Object.assign(lyman, {
          status: 'confirmed',
          decidedBy: 'confirm',
          creator: { type: 'Person' },
          created: '2026-11-29T20:00:00.000Z',
        });
        return doc;
      };
      let doc: ReturnType<typeof reviewedDoc> | undefined;
      const reviewed = () => {
        doc ??= reviewedDoc();
        return file('reviewed.jsonld', JSON.stringify(doc));
      };

      it('exports the reviewed links again exactly', () => {
        const path = reviewed();
        const again = link(article, '--format', 'w3c', '--annotations', path);
        expect(again.stderr).toBe('');
        expect(JSON.parse(again.stdout)).toEqual(doc);
      });

      it('carries the statuses into the other formats', () => {
        const csv = link(article, '--format', 'csv', `--annotations=${reviewed()}`).stdout;
        expect(csv).toContain(
          ',Lyman,gn:704204,Lyman,city,literal,confirmed,false,person,confirm,2026-11-29T20:00:00.000Z,',
        );
      });

      it('refuses a file made for another text, naming the annotation', () => {
        const wrong = link(file('other.txt', text.replace('Lyman', 'Lymon')), '--annotations', reviewed());
        expect(wrong.status).toBe(1);
        expect(wrong.stdout).toBe('');
        expect(wrong.stderr).toMatch(
          /^link: annotations .*reviewed\.jsonld: Annotation \d+ .*quote ‘Lyman’ differs from the article’s ‘Lymon’[^\n]*\n$/,
        );
      });
    });

    it('exports an empty file as empty collections', () => {
      const empty = file('empty-export.txt', '');
      expect(JSON.parse(link(empty, '--format', 'geojson').stdout)).toMatchObject({
        type: 'FeatureCollection',
        features: [],
      });
      expect(JSON.parse(link(empty, '--format', 'w3c').stdout)).toMatchObject({
        total: 0,
        first: { items: [] },
      });
    });

    it.each([[['--format']], [['--format', 'kml']], [['--format=']]])(
      'rejects %j as a usage error',
      (args) => {
        const run = link(article, ...args);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^link: --format needs one of json, geojson, w3c, lpf, csv, svg[^\n]*\n$/);
      },
    );
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const command = `"${process.execPath}" "${TSX}" "${join(ROOT, 'scripts', 'link.ts')}" "${join(ROOT, 'data', 'annexation-ceremony.txt')}" --format geojson | head -c 10`;
    const run = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toBe('{\n  "type"');
    expect(run.stderr).toBe('');
  });

  it('has a limit well under 10 MB', () => {
    expect(MAX_BYTES).toBeLessThan(10_000_000);
  });
});
