/** The first view: Ukraine, Crimea and Moscow together. Shared by the WebGL map and its static SVG stand-in. */
export const INITIAL_BOUNDS: [number, number, number, number] = [29.5, 43.9, 40.6, 56.0];

/** What `legendReach` reads of the page: the parts of `Element` it uses. */
export interface BoxElement {
  getBoundingClientRect(): { left: number; right: number; width: number };
  matches(selector: string): boolean;
  closest(selector: string): BoxElement | null;
  querySelector(selector: string): BoxElement | null;
}

/**
 * How far, in CSS pixels from the map's left edge, the open legend reaches over the map `container`; 0 when it is
 * folded or there is none. Until the script has drawn the legend, its prerendered slot stands for it (Legend.tsx):
 * a map made before React hydrates the page (early.ts) frames its first view as one made after. The slot is not
 * displayed on a phone, where the legend starts folded, so it reaches nowhere there.
 */
export function legendReach(container: BoxElement): number {
  const column = container.closest('.map-column');
  const drawn = column?.querySelector('.legend');
  const legend = drawn ? (drawn.matches('[open]') ? drawn : null) : column?.querySelector('.legend-slot');
  if (!legend) return 0;
  const box = legend.getBoundingClientRect();
  if (box.width === 0) return 0;
  return Math.max(0, box.right - container.getBoundingClientRect().left);
}
