import { describe, expect, it } from 'vitest';
import { hatchImage } from './hatch';

describe('the hatch pattern', () => {
  it('is a seamless tile of diagonal stripes in the given colour', () => {
    const img = hatchImage('#6c3483', 8, 2, 200);
    expect(img.data).toHaveLength(8 * 8 * 4);
    const px = (x: number, y: number) => [...img.data.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
    expect(px(0, 0)).toEqual([0x6c, 0x34, 0x83, 200]);
    expect(px(7, 1)).toEqual([0x6c, 0x34, 0x83, 200]);
    expect(px(3, 3)).toEqual([0, 0, 0, 0]);
    // Every row has the same number of stripe pixels, so the tile repeats without seams.
    for (let y = 0; y < 8; y++) {
      let n = 0;
      for (let x = 0; x < 8; x++) if (px(x, y)[3] === 200) n++;
      expect(n).toBe(2);
    }
  });

  it('refuses a colour it cannot read', () => {
    expect(() => hatchImage('purple')).toThrow(/#rrggbb/);
  });
});
