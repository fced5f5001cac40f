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

export type Theme = typeof THEME;
