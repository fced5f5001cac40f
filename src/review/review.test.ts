import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGazetteer, linkArticle } from '../linking';
import { mergeGazetteers } from '../linking/report';
import type { Gazetteer } from '../linking/types';
import { applyCorrections, checkEdit, reviewProgress } from './apply';
import { candidateLabel, mentionCandidates, searchGazetteer } from './candidates';
import { canUndoRedo, EMPTY_HISTORY, reviewReducer, type HistoryAction } from './history';
import type { ReviewAction, ReviewEdit } from './types';

const dataFile = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const text = dataFile('annexation-ceremony.txt');
const gazetteer = JSON.parse(dataFile('gazetteer.json')) as Gazetteer;
const world = mergeGazetteers(JSON.parse(dataFile('gazetteer-world.json')) as Gazetteer, gazetteer);
const compiled = compileGazetteer(world);
const links = linkArticle(text, gazetteer);
const AT = '2026-11-29T20:00:00.000Z';

/** An edit on the n-th occurrence of `words` in the article. */
function edit(words: string, action: ReviewAction, nth = 0): ReviewEdit {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`no ${words} #${nth} in the article`);
  return { ...action, start, end: start + words.length, surface: words, at: AT };
}

describe('applyCorrections on the default article', () => {
  it('leaves every link automatic, with the linker as author, when there are no edits', () => {
    const r = applyCorrections(text, links, []);
    expect(r.mentions).toHaveLength(44);
    expect(r.rejected).toEqual([]);
    expect(r.stale).toEqual([]);
    for (const m of r.mentions) {
      expect(m.status).toBe('automatic');
      expect(m.provenance).toEqual({ by: 'linker', rule: m.resolution ?? m.rule, at: null });
    }
    expect(reviewProgress(r)).toEqual({ reviewed: 0, total: 44 });
  });

  it('confirms, changes, rejects and adds, each with a person as author', () => {
    const r = applyCorrections(text, links, [
      edit('Kyiv', { type: 'confirm' }),
      edit('Donetsk', { type: 'change', placeId: 'gn:709717' }),
      edit('France', { type: 'not-a-place' }),
      edit('Dmitry Peskov', { type: 'add', placeId: 'gn:524901' }),
    ]);
    const at = (start: number) => [...r.mentions, ...r.rejected].find((m) => m.start === start);
    expect(at(text.indexOf('Kyiv'))).toMatchObject({ status: 'confirmed', featureId: 'gn:703448' });
    expect(at(text.indexOf('Donetsk'))).toMatchObject({
      status: 'changed',
      featureId: 'gn:709717',
      provenance: { by: 'person', rule: 'change', at: AT },
    });
    expect(r.rejected.map((m) => m.surface)).toEqual(['France']);
    expect(r.mentions.some((m) => m.surface === 'France')).toBe(false);
    const added = at(text.indexOf('Dmitry Peskov'));
    expect(added).toMatchObject({ status: 'changed', surface: 'Dmitry Peskov', rule: 'person' });
    expect(added?.sentence).toBe(
      links.sentences.findIndex((s) => s.start <= added!.start && added!.end <= s.end),
    );
    expect(reviewProgress(r)).toEqual({ reviewed: 4, total: 45 });
    expect(r.stale).toEqual([]);
  });

  it('applies one decision to every identical mention, marking the others as applied', () => {
    const r = applyCorrections(text, links, [
      edit('Moscow', { type: 'not-a-place' }),
      edit('Moscow', { type: 'apply-to-identical' }),
    ]);
    const moscows = r.rejected.filter((m) => m.surface === 'Moscow');
    expect(moscows.length).toBe(links.mentions.filter((m) => m.surface === 'Moscow').length);
    expect(moscows.filter((m) => m.applied)).toHaveLength(moscows.length - 1);
    // "MOSCOW" in the dateline is other words: untouched.
    expect(r.mentions.find((m) => m.surface === 'MOSCOW')?.status).toBe('automatic');
  });

  it('apply to identical on an unreviewed link confirms it and the others', () => {
    const r = applyCorrections(text, links, [edit('Kremlin', { type: 'apply-to-identical' })]);
    const kremlins = r.mentions.filter((m) => m.surface === 'Kremlin');
    expect(kremlins.map((m) => [m.status, m.applied])).toEqual([
      ['confirmed', false],
      ['confirmed', true],
      ['confirmed', true],
      ['confirmed', true],
      ['confirmed', true],
    ]);
  });

  it('reset goes back to the linker, and removes an added span', () => {
    const r = applyCorrections(text, links, [
      edit('Kyiv', { type: 'not-a-place' }),
      edit('Peskov', { type: 'add', placeId: 'RU' }),
      edit('Kyiv', { type: 'reset' }),
      edit('Peskov', { type: 'reset' }),
    ]);
    expect(r.mentions).toEqual(applyCorrections(text, links, []).mentions);
  });

  it.each<[string, ReviewEdit, RegExp]>([
    [
      'words that differ from the text',
      { ...edit('Kyiv', { type: 'confirm' }), surface: 'Kiev' },
      /no longer ‘Kiev’/,
    ],
    [
      'a range past the end',
      { type: 'confirm', start: text.length, end: text.length + 4, surface: 'Kyiv', at: AT },
      /not inside the text/,
    ],
    ['a confirmation where there is no link', edit('Peskov', { type: 'confirm' }), /No link/],
    [
      'a span overlapping a link',
      edit('Kremlin spokesman', { type: 'add', placeId: 'kremlin' }),
      /overlaps the link ‘Kremlin’/,
    ],
    [
      'a span across two sentences',
      edit('speech.\n\nIt', { type: 'add', placeId: 'RU' }),
      /not inside one sentence/,
    ],
  ])('skips %s and says why, applying the rest', (_what, bad, reason) => {
    const good = edit('Kyiv', { type: 'confirm' });
    const r = applyCorrections(text, links, [bad, good]);
    expect(r.stale).toEqual([{ edit: bad, reason: expect.stringMatching(reason) as unknown }]);
    expect(r.mentions.find((m) => m.start === good.start)?.status).toBe('confirmed');
    expect(checkEdit(text, links, bad, () => true)).toMatch(reason);
  });

  it('refuses a place the gazetteer does not have', () => {
    expect(
      checkEdit(text, links, edit('Kyiv', { type: 'change', placeId: 'atlantis' }), (id) =>
        compiled.byId.has(id),
      ),
    ).toBe('No place ‘atlantis’ in the gazetteer.');
    expect(
      checkEdit(text, links, edit('Kyiv', { type: 'change', placeId: 'gn:709717' }), (id) =>
        compiled.byId.has(id),
      ),
    ).toBeNull();
  });

  it('keeps mentions sorted, non-overlapping and equal to the text under any sequence of edits', () => {
    const spans = [
      ...links.mentions.map((m) => [m.start, m.end] as const),
      [186, 199] as const,
      [0, 3] as const,
    ];
    const actions: ReviewAction[] = [
      { type: 'confirm' },
      { type: 'not-a-place' },
      { type: 'change', placeId: 'RU' },
      { type: 'add', placeId: 'UA' },
      { type: 'apply-to-identical' },
      { type: 'reset' },
    ];
    const arbEdit = fc
      .tuple(fc.constantFrom(...spans), fc.constantFrom(...actions))
      .map(([[start, end], action]): ReviewEdit => ({
        ...action,
        start,
        end,
        surface: text.slice(start, end),
        at: AT,
      }));
    fc.assert(
      fc.property(fc.array(arbEdit, { maxLength: 12 }), (edits) => {
        const r = applyCorrections(text, links, edits);
        const all = [...r.mentions, ...r.rejected].sort((a, b) => a.start - b.start);
        for (let i = 0; i < all.length; i++) {
          const m = all[i]!;
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          if (i > 0) expect(all[i - 1]!.end).toBeLessThanOrEqual(m.start);
        }
        expect(r.mentions.every((m) => m.status !== 'not-a-place')).toBe(true);
        expect(applyCorrections(text, links, edits)).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });
});

describe('undo and redo', () => {
  it('undoes and redoes in order, and a new edit drops the redo list', () => {
    const a = edit('Kyiv', { type: 'confirm' });
    const b = edit('France', { type: 'not-a-place' });
    const c = edit('Lyman', { type: 'confirm' });
    const run = (actions: HistoryAction[]) => actions.reduce(reviewReducer, EMPTY_HISTORY);
    expect(run([{ type: 'edit', edit: a }, { type: 'edit', edit: b }, { type: 'undo' }])).toEqual({
      edits: [a],
      undone: [b],
    });
    expect(
      run([{ type: 'edit', edit: a }, { type: 'edit', edit: b }, { type: 'undo' }, { type: 'redo' }]),
    ).toEqual({
      edits: [a, b],
      undone: [],
    });
    const branched = run([
      { type: 'edit', edit: a },
      { type: 'edit', edit: b },
      { type: 'undo' },
      { type: 'edit', edit: c },
    ]);
    expect(branched).toEqual({ edits: [a, c], undone: [] });
    expect(canUndoRedo(branched)).toEqual({ undo: true, redo: false });
  });

  it('returns the same state when there is nothing to undo or redo', () => {
    expect(reviewReducer(EMPTY_HISTORY, { type: 'undo' })).toBe(EMPTY_HISTORY);
    expect(reviewReducer(EMPTY_HISTORY, { type: 'redo' })).toBe(EMPTY_HISTORY);
  });

  it('undoing every edit gives back the linker’s links', () => {
    let h = EMPTY_HISTORY;
    for (const e of [edit('Kyiv', { type: 'not-a-place' }), edit('Kyiv', { type: 'apply-to-identical' })]) {
      h = reviewReducer(h, { type: 'edit', edit: e });
    }
    expect(applyCorrections(text, links, h.edits).rejected.length).toBeGreaterThan(1);
    h = reviewReducer(reviewReducer(h, { type: 'undo' }), { type: 'undo' });
    expect(applyCorrections(text, links, h.edits)).toEqual(applyCorrections(text, links, []));
  });
});

describe('candidates and search', () => {
  it('offers the region and the city for “Donetsk”, each described', () => {
    expect(mentionCandidates('Donetsk', compiled).map(candidateLabel)).toEqual([
      'Donetsk, region of Ukraine',
      'Donetsk, city in Donetsk region',
    ]);
  });

  it('does not repeat what a name already says', () => {
    const oskil = mentionCandidates('Oskil River', compiled).find((c) => c.entry.id === 'oskil-river');
    expect(oskil && candidateLabel(oskil)).toBe('Oskil River');
  });

  it('finds candidates by spelling family and in capitals', () => {
    expect(mentionCandidates('Lugansk', compiled).map((c) => c.entry.id)).toContain('UA-09');
    expect(mentionCandidates('MOSCOW', compiled).map((c) => c.entry.id)).toContain('gn:524901');
    expect(mentionCandidates('Peskov', compiled)).toEqual([]);
  });

  it('searches names by prefix, ignoring case and accents, within the limit', () => {
    const found = searchGazetteer('donet', compiled, 50).map((c) => c.entry.id);
    expect(found.slice(0, 2)).toEqual(['UA-14', 'gn:709717']);
    expect(searchGazetteer('ZAPORI', compiled, 50).some((c) => c.entry.id === 'UA-23')).toBe(true);
    expect(searchGazetteer('a', compiled, 3)).toHaveLength(3);
    expect(searchGazetteer('   ', compiled)).toEqual([]);
  });
});
