import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { originOf, resolveOrigins } from './origins';
import { parseHostMessage } from './protocol';

const ok = (data: unknown) => parseHostMessage(data);

describe('host messages', () => {
  it('accepts each message of the protocol', () => {
    expect(ok({ type: 'article-atlas:select', version: 1, place: 'UA-14' })).toEqual({
      ok: true,
      message: { type: 'article-atlas:select', version: 1, place: 'UA-14' },
    });
    expect(ok({ type: 'article-atlas:select', version: 1, sentence: 3 }).ok).toBe(true);
    expect(ok({ type: 'article-atlas:clear', version: 1 }).ok).toBe(true);
    expect(
      ok({ type: 'article-atlas:set-layers', version: 1, layers: { soviet: true, towns: false } }).ok,
    ).toBe(true);
    expect(ok({ type: 'article-atlas:set-view', version: 1, view: { zoom: 5, lat: 48, lon: 37 } }).ok).toBe(
      true,
    );
  });

  it('answers an unknown version and an unknown type of ours with an error to send back', () => {
    expect(ok({ type: 'article-atlas:select', version: 2, place: 'UA-14' })).toMatchObject({
      ok: false,
      reason: 'unsupported-version',
      reply: { code: 'unsupported-version' },
    });
    expect(ok({ type: 'article-atlas:explode', version: 1 })).toMatchObject({
      reason: 'unknown-type',
      reply: { code: 'unknown-type' },
    });
  });

  it('ignores other scripts’ messages without a reply', () => {
    expect(ok({ type: 'webpackOk' })).toEqual({ ok: false, reason: 'foreign' });
    expect(ok({ source: 'react-devtools' })).toEqual({ ok: false, reason: 'foreign' });
  });

  const rejected: [string, unknown, string][] = [
    ['a JSON string', '{"type":"article-atlas:clear","version":1}', 'not-an-object'],
    ['null', null, 'not-an-object'],
    ['an array', [{ type: 'article-atlas:clear', version: 1 }], 'not-an-object'],
    ['a Date', new Date(0), 'not-an-object'],
    ['a Map', new Map(), 'not-an-object'],
    [
      'an own __proto__ key',
      JSON.parse('{"type":"article-atlas:clear","version":1,"__proto__":{"x":1}}'),
      'pollution',
    ],
    [
      'a nested __proto__ key',
      JSON.parse('{"type":"article-atlas:set-layers","version":1,"layers":{"__proto__":{"soviet":true}}}'),
      'pollution',
    ],
    ['a constructor key', { type: 'article-atlas:clear', version: 1, constructor: {} }, 'pollution'],
    ['a prototype key', { type: 'article-atlas:clear', version: 1, prototype: {} }, 'pollution'],
    ['a long string', { type: 'article-atlas:select', version: 1, place: 'x'.repeat(65) }, 'too-large'],
    ['many keys', Object.fromEntries([...Array(30).keys()].map((k) => [`k${k}`, k])), 'too-large'],
    ['deep nesting', { type: 'article-atlas:clear', version: 1, a: { b: { c: { d: {} } } } }, 'too-large'],
    ['a string version', { type: 'article-atlas:clear', version: '1' }, 'bad-version'],
    ['no version', { type: 'article-atlas:clear' }, 'bad-version'],
    ['an extra key', { type: 'article-atlas:clear', version: 1, place: 'UA-14' }, 'bad-fields'],
    [
      'place and sentence',
      { type: 'article-atlas:select', version: 1, place: 'UA-14', sentence: 1 },
      'bad-fields',
    ],
    ['a numeric place', { type: 'article-atlas:select', version: 1, place: 14 }, 'bad-fields'],
    ['a place with markup', { type: 'article-atlas:select', version: 1, place: '<b>' }, 'bad-fields'],
    ['a negative sentence', { type: 'article-atlas:select', version: 1, sentence: -1 }, 'bad-fields'],
    [
      'an unknown layer',
      { type: 'article-atlas:set-layers', version: 1, layers: { bogus: true } },
      'bad-fields',
    ],
    [
      'a string layer value',
      { type: 'article-atlas:set-layers', version: 1, layers: { soviet: 'yes' } },
      'bad-fields',
    ],
    ['no layers', { type: 'article-atlas:set-layers', version: 1, layers: {} }, 'bad-fields'],
    [
      'a view out of range',
      { type: 'article-atlas:set-view', version: 1, view: { zoom: 5, lat: 95, lon: 0 } },
      'bad-fields',
    ],
    [
      'a NaN view',
      { type: 'article-atlas:set-view', version: 1, view: { zoom: NaN, lat: 0, lon: 0 } },
      'bad-fields',
    ],
    [
      'a view with strings',
      { type: 'article-atlas:set-view', version: 1, view: { zoom: '5', lat: 0, lon: 0 } },
      'bad-fields',
    ],
  ];
  it.each(rejected)('rejects %s', (_label, data, reason) => {
    expect(ok(data)).toMatchObject({ ok: false, reason });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }), (data) => {
        expect(typeof ok(data).ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('does not pollute Object.prototype while reading', () => {
    ok(JSON.parse('{"type":"article-atlas:select","version":1,"place":"UA-14","__proto__":{"polluted":1}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('origins', () => {
  it('allows the parent’s origin by default and posts to it', () => {
    const p = resolveOrigins({ ancestorOrigins: ['https://news.example'], referrer: '', allowlist: null });
    expect([...p.allowed]).toEqual(['https://news.example']);
    expect(p.target).toBe('https://news.example');
  });

  it('falls back to the referrer when ancestorOrigins is missing', () => {
    const p = resolveOrigins({
      ancestorOrigins: [],
      referrer: 'https://news.example/story/1',
      allowlist: null,
    });
    expect(p.target).toBe('https://news.example');
  });

  it('allows nothing and posts nothing when the parent is unknown or opaque', () => {
    expect(resolveOrigins({ ancestorOrigins: [], referrer: '', allowlist: null })).toEqual({
      allowed: new Set(),
      target: null,
    });
    expect(resolveOrigins({ ancestorOrigins: ['null'], referrer: '', allowlist: null }).target).toBeNull();
  });

  it('with an allowlist, posts only to a parent on it', () => {
    const list = 'https://news.example, https://preview.news.example/,javascript:alert(1),nonsense';
    const on = resolveOrigins({
      ancestorOrigins: ['https://preview.news.example'],
      referrer: '',
      allowlist: list,
    });
    expect([...on.allowed]).toEqual(['https://news.example', 'https://preview.news.example']);
    expect(on.target).toBe('https://preview.news.example');
    const off = resolveOrigins({ ancestorOrigins: ['https://evil.example'], referrer: '', allowlist: list });
    expect(off.target).toBeNull();
    const hidden = resolveOrigins({ ancestorOrigins: [], referrer: '', allowlist: 'https://news.example' });
    expect(hidden.target).toBe('https://news.example');
  });

  it('reads only http(s) origins', () => {
    expect(originOf('https://a.example:8443/x?y#z')).toBe('https://a.example:8443');
    expect(originOf('data:text/html,hi')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('')).toBeNull();
  });
});
