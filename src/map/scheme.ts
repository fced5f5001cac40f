import { DARK, THEME, type Theme } from './style/theme';

/**
 * Light or dark: the reader's system setting (`prefers-color-scheme`), unless the page forces one with
 * `?theme=light|dark`, which boot writes onto the root element as `data-theme` (the page CSS reads the same).
 */
export type Scheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The scheme the page shows now. */
export function currentScheme(): Scheme {
  const forced = document.documentElement.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The map's colours for a scheme. */
export function themeOf(scheme: Scheme): Theme {
  return scheme === 'dark' ? DARK : THEME;
}

/** Calls `listener` when the system setting changes (a forced scheme does not change); returns the unsubscribe. */
export function onSchemeChange(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
