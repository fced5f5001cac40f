import { describe, expect, it } from 'vitest';
import { legendReach, type BoxElement } from './bounds';

/** A stand-in for a laid-out element: its box, the selectors it matches, and what it finds below it. */
function el(
  box: { left: number; right: number },
  matches: string[] = [],
  children: Record<string, BoxElement> = {},
): BoxElement {
  const self: BoxElement = {
    getBoundingClientRect: () => ({ ...box, width: box.right - box.left }),
    matches: (selector) => matches.includes(selector),
    closest: () => null,
    querySelector: (selector) => children[selector] ?? null,
  };
  return self;
}

/** A map inside a column holding `children`, the map 40 px from the page's left edge. */
function mapIn(children: Record<string, BoxElement>): BoxElement {
  const column = el({ left: 40, right: 840 }, [], children);
  return { ...el({ left: 40, right: 840 }), closest: (s) => (s === '.map-column' ? column : null) };
}

describe('legendReach: how far the legend reaches over the map', () => {
  it('measures the open legend from the map’s left edge', () => {
    expect(legendReach(mapIn({ '.legend': el({ left: 52, right: 316 }, ['[open]']) }))).toBe(276);
  });

  it('is 0 when the legend is folded, even with a slot left somewhere', () => {
    const map = mapIn({ '.legend': el({ left: 52, right: 120 }), '.legend-slot': el({ left: 52, right: 316 }) });
    expect(legendReach(map)).toBe(0);
  });

  it('before the script draws the legend, takes its prerendered slot instead (a map made before hydration)', () => {
    expect(legendReach(mapIn({ '.legend-slot': el({ left: 52, right: 316 }) }))).toBe(276);
  });

  it('is 0 where the slot is not displayed (a phone), and with neither legend nor slot', () => {
    expect(legendReach(mapIn({ '.legend-slot': el({ left: 0, right: 0 }) }))).toBe(0);
    expect(legendReach(mapIn({}))).toBe(0);
    expect(legendReach(el({ left: 0, right: 800 }))).toBe(0);
  });
});
