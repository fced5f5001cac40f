import { describe, expect, it } from 'vitest';
import { compileGazetteer, compileGazetteerLazily, lazyGazetteer, longestMatch } from './gazetteer';
import { FIXTURE_GAZETTEER } from './fixtures';

describe('lazyGazetteer', () => {
  it('answers by id without compiling, and compiles once, when the tries or keys are first read', () => {
    let calls = 0;
    const whole = compileGazetteer(FIXTURE_GAZETTEER);
    const lazy = lazyGazetteer(whole.byId, () => {
      calls++;
      return whole;
    });
    expect(lazy.byId.get('gn:703448')?.name).toBe('Kyiv');
    expect(calls).toBe(0);
    expect(longestMatch(lazy.exact, 'in Kyiv said', 3, 12)?.end).toBe(7);
    expect(lazy.keys).toBe(whole.keys);
    expect([lazy.upper, lazy.keyPrefixes, lazy.maxKeyWords]).toEqual([
      whole.upper,
      whole.keyPrefixes,
      whole.maxKeyWords,
    ]);
    expect(calls).toBe(1);
  });

  it('compiles, when asked, what compileGazetteer compiles, the first entry of an id winning', () => {
    const doubled = {
      ...FIXTURE_GAZETTEER,
      entries: [...FIXTURE_GAZETTEER.entries, { ...FIXTURE_GAZETTEER.entries[0]!, name: 'Other' }],
    };
    const lazy = compileGazetteerLazily(doubled);
    const whole = compileGazetteer(doubled);
    expect([...lazy.byId.entries()]).toEqual([...whole.byId.entries()]);
    expect(lazy.exact).toEqual(whole.exact);
    expect(lazy.keys).toEqual(whole.keys);
  });
});
