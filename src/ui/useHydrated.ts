import { useLayoutEffect, useState } from 'react';

/**
 * False on a component's first render, true from the next one, which a layout effect asks for before the first
 * frame is painted. The first render must match the HTML prerendered at build time (no window, no URL there);
 * whatever depends on them is rendered from the second pass on.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useLayoutEffect(() => setHydrated(true), []);
  return hydrated;
}
