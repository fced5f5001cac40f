/** The id of the diagonal hatch drawn over Crimea and Sevastopol (annexed in 2014), so their status is not colour alone. */
export const HATCH_IMAGE_ID = 'hatch-annexed-2014';

/** Raw RGBA pixels in the shape MapLibre's addImage accepts, made here so the style needs no sprite server. */
export interface RawImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * A square tile of diagonal stripes (lower left to upper right) in one colour on transparency; tiles seamlessly.
 * @example hatchImage('#6c3483', 8).data.length // 256
 */
export function hatchImage(hex: string, size = 8, lineWidth = 2, alpha = 200): RawImage {
  const rgb = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!rgb) throw new Error(`hatchImage: expected a #rrggbb colour, got ${hex}`);
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((c) => parseInt(c ?? '0', 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Pixels whose anti-diagonal index falls within the stripe width; modulo keeps the tile seamless.
      if ((x + y) % size >= lineWidth) continue;
      const i = (y * size + x) * 4;
      data[i] = r ?? 0;
      data[i + 1] = g ?? 0;
      data[i + 2] = b ?? 0;
      data[i + 3] = alpha;
    }
  }
  return { width: size, height: size, data };
}
