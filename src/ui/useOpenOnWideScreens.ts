import { useLayoutEffect, useState } from 'react';
import { useHydrated } from './useHydrated';

/** The width under which the phone layout applies (it matches the media queries in app.css). */
export const NARROW_SCREEN = '(max-width: 760px)';

/**
 * Open/closed state for a panel that starts open on wide screens and folded on a phone (or always folded when
 * `startOpen` is false). The first render assumes a wide screen, as the page prerendered at build time does, so
 * hydration matches it; a layout effect then folds it on a narrow screen before the first frame is painted.
 * `settled` is false until then: app.css uses it to fold the prerendered panel on a phone before the script runs.
 */
export function useOpenOnWideScreens(startOpen: boolean) {
  const [open, setOpen] = useState(startOpen);
  const settled = useHydrated();
  useLayoutEffect(() => {
    // Once, on mount: later resizes leave the reader's own choice alone.
    if (window.matchMedia(NARROW_SCREEN).matches) setOpen(false);
  }, []);
  return { open, setOpen, settled };
}
