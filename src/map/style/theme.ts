/** Colours of the map. Status colours are paired with distinct outlines (solid, dashed, dotted) so colour is never the only cue. */
export const THEME = {
  sea: '#c9dde8',
  land: '#f2efe9',
  landOutline: '#b7b0a3',
  contextRegionFill: '#ebe7df',
  contextRegionLine: '#c8c1b4',
  countryNamedFill: '#e4dccb',
  countryNamedLine: '#7d7461',
  claimed: '#c0392b',
  annexed: '#6c3483',
  namedRegion: '#b9770e',
  soviet: '#8e1b1b',
  selected: '#111111',
  town: '#1f3a5f',
  landmark: '#7a1f1f',
  label: '#222222',
  labelHalo: '#ffffff',
  seaLabel: '#3f6f8f',
} as const;

/** Every theme has the same keys as the light one. */
export type Theme = { readonly [K in keyof typeof THEME]: string };

/**
 * The dark theme, for `prefers-color-scheme: dark`. Same roles as THEME: dark land and sea, light text on a dark
 * halo, and status colours lightened so that they keep at least 3:1 against the land (WCAG's figure for graphics)
 * and text at least 4.5:1 against its halo and the land; theme.test.ts checks these ratios.
 */
export const DARK: Theme = {
  sea: '#142430',
  land: '#25292d',
  landOutline: '#5d646b',
  contextRegionFill: '#2b3034',
  contextRegionLine: '#4e555c',
  countryNamedFill: '#34322c',
  countryNamedLine: '#a59c88',
  claimed: '#ff7466',
  annexed: '#c9a0dc',
  namedRegion: '#f0b549',
  soviet: '#ef8a80',
  selected: '#ffffff',
  town: '#9cc2ff',
  landmark: '#ff9e94',
  label: '#ecebe8',
  labelHalo: '#111315',
  seaLabel: '#9ec6e0',
};
