import { describe, expect, it } from 'vitest';
import { categorise, median, ratio, totalBlockingTime } from './bench-stats';

describe('bench arithmetic', () => {
  it('takes medians of odd and even counts, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('counts only the part of each long task beyond 50 ms, inside the window', () => {
    expect(totalBlockingTime([{ start: 0, duration: 120 }], 0, 1000)).toBe(70);
    expect(totalBlockingTime([{ start: 0, duration: 40 }], 0, 1000)).toBe(0);
    // A task cut by the window's end blocks only up to it.
    expect(totalBlockingTime([{ start: 900, duration: 200 }], 0, 1000)).toBe(50);
    // A task that started before the window counts from the window's start, past its own first 50 ms.
    expect(totalBlockingTime([{ start: 0, duration: 200 }], 100, 1000)).toBe(100);
    expect(totalBlockingTime([{ start: 2000, duration: 200 }], 0, 1000)).toBe(0);
  });

  it('sorts responses into the parts of a load', () => {
    expect(categorise('/')).toBe('critical');
    expect(categorise('/bench/blank.html')).toBe('critical');
    // Scripts and stylesheets are on the critical path only when they blocked the first paint.
    expect(categorise('/assets/index-AbC1.js')).toBe('app');
    expect(categorise('/assets/index-AbC1.js', new Set(['/assets/index-AbC1.js']))).toBe('critical');
    expect(categorise('/assets/app-Zz9.css')).toBe('app');
    expect(categorise('/assets/controller-x_Y.js')).toBe('maplibre');
    expect(categorise('/assets/maplibre-gl-worker-DTh.js')).toBe('maplibre');
    expect(categorise('/assets/regions-DS1.geojson')).toBe('data');
    expect(categorise('/favicon.svg')).toBe('other');
  });

  it('prints ratios and says when one cannot be taken', () => {
    expect(ratio(110, 100)).toBe('1.10×');
    expect(ratio(1, 0)).toBe('n/a');
    expect(ratio(Number.NaN, 2)).toBe('n/a');
  });
});
