import { readFileSync } from 'node:fs';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { compileGazetteer, linkArticle, paragraphs } from '../../linking';
import { mergeGazetteers } from '../../linking/report';
import type { Gazetteer } from '../../linking/types';
import { displayBlocks } from '../../state/article';
import { createReviewSlice, ReviewStoreContext, type ReviewState } from '../../state/review';
import { ExportControls } from './ExportControls';
import { ReviewArticle } from './ReviewArticle';
import { ReviewBar } from './ReviewBar';
import { PrintContent } from './PrintView';
import { ReviewModeToggle } from './ReviewModeToggle';

const dataFile = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const defaultText = dataFile('annexation-ceremony.txt');
const gazetteer = JSON.parse(dataFile('gazetteer.json')) as Gazetteer;
const world = compileGazetteer(
  mergeGazetteers(JSON.parse(dataFile('gazetteer-world.json')) as Gazetteer, gazetteer),
);

function storeFor(text: string) {
  const store = createStore<ReviewState>()(createReviewSlice({ now: () => '2026-11-29T20:00:00.000Z' }));
  store.getState().setReviewArticle({
    id: 'default',
    text,
    paragraphs: paragraphs(text),
    base: linkArticle(text, gazetteer),
    gazetteer: world,
  });
  return store;
}

/** Server rendering reads a store's initial state (zustand's server snapshot): render the state as it is now. */
function render(store: ReturnType<typeof storeFor>, ...children: ReactElement[]): string {
  const now = { ...store, getInitialState: store.getState };
  return renderToStaticMarkup(createElement(ReviewStoreContext.Provider, { value: now }, ...children));
}

const count = (html: string, needle: string) => html.split(needle).length - 1;
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/gu, '')
    .replace(/&quot;/gu, '"')
    .replace(/&#x27;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');

describe('review components', () => {
  it('show nothing of review until the editing mode is on; the toggle says so', () => {
    const store = storeFor(defaultText);
    const html = render(store, createElement(ReviewModeToggle), createElement(ReviewBar));
    expect(html).toBe('<button type="button" class="review-toggle" aria-pressed="false">Edit links</button>');
  });

  it('count what is reviewed and mark every link with its status', () => {
    const store = storeFor(defaultText);
    store.getState().setReviewMode(true);
    const before = render(store, createElement(ReviewBar), createElement(ReviewArticle));
    expect(before).toContain('0 of 44 reviewed');
    expect(count(before, 'data-status="automatic"')).toBe(44);
    expect(before).toMatch(
      /<button type="button" disabled="" aria-keyshortcuts="Control\+Z Meta\+Z">Undo<\/button>/,
    );

    const kyiv = defaultText.indexOf('Kyiv');
    store.getState().reviewEdit({ start: kyiv, end: kyiv + 4 }, { type: 'not-a-place' });
    store.getState().reviewEdit({ start: kyiv, end: kyiv + 4 }, { type: 'apply-to-identical' });
    const after = render(store, createElement(ReviewBar), createElement(ReviewArticle));
    expect(after).toContain('4 of 44 reviewed');
    expect(count(after, 'data-status="not-a-place"')).toBe(4);
    expect(count(after, 'review-mention--applied')).toBe(3);
    // The paragraphs keep the article's words exactly, links and all.
    for (const p of paragraphs(defaultText))
      expect(textOf(after)).toContain(defaultText.slice(p.start, p.end));
  });

  it('open a link’s review with its candidates described and where they are', () => {
    const store = storeFor(defaultText);
    store.getState().setReviewMode(true);
    const start = defaultText.indexOf('Donetsk');
    store.getState().openReview({ start, end: start + 7 });
    const html = render(store, createElement(ReviewArticle));
    expect(html).toContain('role="dialog" aria-label="Review ‘Donetsk’"');
    expect(html).toContain('Linked to Donetsk, region of Ukraine — not reviewed yet (the linker, rule ');
    expect(html).toContain(
      'Donetsk, city in Donetsk region</span> <span class="review-candidate__where">48.02° N, 37.80° E',
    );
    expect(html).toContain('Apply to every identical mention (3 others)');
    expect(html).toContain('>Confirm<');
    expect(count(html, 'role="dialog"')).toBe(1);
  });

  it('render markup in the article as text', () => {
    const text = 'KYIV\n<img src=x onerror=alert(1)> Kyiv said <b>Lyman</b> fell.';
    const store = storeFor(text);
    store.getState().setReviewMode(true);
    const html = render(store, createElement(ReviewArticle));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draw a headline and a subheading as headings, their names still links under review', () => {
    const text = [
      'Ukrainian troops close in on Lyman',
      'Ukrainian forces pressed toward Lyman on Friday, a commander in Kyiv said.',
      'Strikes on Zaporizhzhia',
      'Missiles hit Zaporizhzhia overnight, the regional governor said.',
      'Reporting by the desk.',
    ].join('\n\n');
    const store = storeFor(text);
    const { reviewArticle } = store.getState();
    if (!reviewArticle) throw new Error('no article');
    store.getState().setReviewArticle({
      ...reviewArticle,
      paragraphs: displayBlocks(text, paragraphs(text)).map((b, index) => ({ index, ...b })),
    });
    store.getState().setReviewMode(true);
    const html = render(store, createElement(ReviewArticle));
    const headings = [
      ...html.matchAll(/<(h[23]) class="article__heading" data-offset="(\d+)">(.*?)<\/\1>/gu),
    ];
    expect(headings.map((h) => [h[1], Number(h[2]), textOf(h[3] ?? '')])).toEqual([
      ['h2', 0, 'Ukrainian troops close in on Lyman'],
      ['h3', text.indexOf('Strikes'), 'Strikes on Zaporizhzhia'],
    ]);
    expect(headings[0]?.[3]).toContain('data-status="automatic"');
    expect(count(html, '<p data-offset=')).toBe(3);

    const printed = render(
      store,
      createElement(PrintContent, {
        meta: { title: '', source: '', date: '' },
        geometryOf: () => null,
        background: () => [],
        statusOf: undefined,
      }),
    );
    expect(printed).toMatch(/<h2 class="article__heading">Ukrainian troops close in on Lyman<sup/u);
    expect(printed).toMatch(/<h3 class="article__heading">Strikes on Zaporizhzhia<sup/u);
  });

  it('offer the four exports, and import only in the editing mode', () => {
    const store = storeFor(defaultText);
    const props = { meta: { title: 'Annexation', source: '', date: '' }, geometryOf: () => null };
    const reading = render(store, createElement(ExportControls, props));
    expect(textOf(reading)).toBe('GeoJSONWeb AnnotationsLinked PlacesCSVMap SVGMap PNGMap PNG 2×');
    store.getState().setReviewMode(true);
    expect(render(store, createElement(ExportControls, props))).toContain('Import annotations…');
  });
});

describe('print view', () => {
  it('numbers each linked name with the number its place has on the map picture', () => {
    const store = storeFor(defaultText);
    const kyiv = defaultText.indexOf('France');
    store.getState().setReviewMode(true);
    store.getState().reviewEdit({ start: kyiv, end: kyiv + 6 }, { type: 'not-a-place' });
    const html = render(
      store,
      createElement(PrintContent, {
        meta: { title: 'Annexation', source: 'Wire', date: '29 September 2022' },
        geometryOf: () => null,
        background: () => [],
        statusOf: undefined,
      }),
    );
    const svg = decodeURIComponent(/src="data:image\/svg\+xml;charset=utf-8,([^"]*)"/u.exec(html)?.[1] ?? '');
    const onMap = new Map(
      [...svg.matchAll(/<g data-number="(\d+)">.*?paint-order="stroke">([^<]*)<\/text><\/g>/gu)].map((m) => [
        m[2],
        m[1],
      ]),
    );
    expect(onMap.get('Moscow')).toBe('1');
    const marks = [...html.matchAll(/(\w+)<sup class="print-view__number">(\d+)<\/sup>/gu)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(marks.slice(0, 3)).toEqual([
      ['MOSCOW', '1'],
      ['Russia', '2'],
      ['Ukraine', '3'],
    ]);
    expect(html).toContain(`MOSCOW<sup class="print-view__number">${onMap.get('Moscow')}</sup>`);
    expect(html).toContain(`Lyman<sup class="print-view__number">${onMap.get('Lyman')}</sup>`);
    // A name a person said is not a place gets no number.
    expect(html).toContain('according to France, the council');
    expect(marks).toHaveLength(store.getState().reviewed?.mentions.length ?? -1);
    expect(textOf(html)).toContain('Wire · 29 September 2022');
  });
});
