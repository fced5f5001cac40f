import { describe, expect, it } from 'vitest';
import { DARK, THEME, type Theme } from './theme';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('map themes', () => {
  it('has the same keys in the dark theme as in the light one, all #rrggbb', () => {
    expect(Object.keys(DARK).sort()).toEqual(Object.keys(THEME).sort());
    for (const value of Object.values(DARK)) expect(value).toMatch(/^#[0-9a-f]{6}$/u);
  });

  it.each([
    ['light', THEME],
    ['dark', DARK],
  ] as [string, Theme][])('keeps text and status colours readable in the %s theme', (_name, theme) => {
    expect(contrast(theme.label, theme.labelHalo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.seaLabel, theme.sea)).toBeGreaterThanOrEqual(3);
    for (const key of [
      'claimed',
      'annexed',
      'namedRegion',
      'soviet',
      'selected',
      'town',
      'landmark',
    ] as const) {
      expect({ key, ok: contrast(theme[key], theme.land) >= 3 }).toEqual({ key, ok: true });
    }
  });

  it('is dark: land and sea darker than the labels', () => {
    expect(luminance(DARK.land)).toBeLessThan(0.05);
    expect(luminance(DARK.sea)).toBeLessThan(0.05);
    expect(contrast(DARK.label, DARK.land)).toBeGreaterThanOrEqual(4.5);
  });
});
