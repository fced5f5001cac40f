import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

  it('has a limit well under 10 MB', () => {
    expect(MAX_BYTES).toBeLessThan(10_000_000);
  });
});
