import { describe, expect, it } from 'vitest';
import { BASE_FINE_BOX, DETAIL_MIN_ZOOM, detailFilesFor, type DetailIndex } from './detail';

const index: DetailIndex = {
  files: [
    // Russia runs past 180 (Chukotka to 190.3) and has Kaliningrad apart.
    {
      file: 'country-RU',
      drawn: 'always',
      ids: ['RU'],
      boxes: [
        [19.6, 54.3, 22.9, 55.3],
        [27.3, 41.1, 190.3, 81.9],
      ],
    },
    {
      file: 'country-US',
      drawn: 'always',
      ids: ['US'],
      boxes: [
        [-124.8, 24.5, -66.9, 49.4],
        [-179.2, 51.2, -129.9, 71.4],
      ],
    },
    {
      file: 'country-FR',
      drawn: 'always',
      ids: ['FR'],
      boxes: [
        [-5.2, 41.3, 9.6, 51.1],
        [55.2, -21.4, 55.9, -20.8],
      ],
    },
    { file: 'region-RU-BEL', drawn: 'named', ids: ['RU-BEL'], boxes: [[35.3, 49.8, 39.3, 51.5]] },
  ],
};

describe('detailFilesFor', () => {
  it('asks for nothing below DETAIL_MIN_ZOOM, whatever is in view', () => {
    expect(detailFilesFor(index, [-180, -85, 180, 85], DETAIL_MIN_ZOOM - 0.01, new Set(['RU-BEL']))).toEqual(
      [],
    );
  });

  it('asks for the countries with a part in view, not those whose parts all lie elsewhere', () => {
    // The US east coast: not France, whose box of Réunion is far away and whose mainland is across the ocean.
    expect(detailFilesFor(index, [-80, 35, -68, 43], DETAIL_MIN_ZOOM, new Set())).toEqual(['country-US']);
    // Between Réunion and the mainland: nothing, though France's parts span the view's longitudes.
    expect(detailFilesFor(index, [20, 0, 30, 10], 6, new Set())).toEqual([]);
    // Kaliningrad alone brings Russia.
    expect(detailFilesFor(index, [18, 53, 23, 56], 6, new Set())).toEqual(['country-RU']);
  });

  it('asks for a region only when the article names it', () => {
    // Reaching past the fine box's east edge (41° E), where the base map coarsens.
    const view: [number, number, number, number] = [36, 49, 42, 52];
    expect(detailFilesFor(index, view, 6, new Set())).toEqual(['country-RU']);
    expect(detailFilesFor(index, view, 6, new Set(['RU-BEL']))).toEqual(['country-RU', 'region-RU-BEL']);
  });

  it('asks for nothing in a view wholly inside the box where the base map is already as fine', () => {
    // Donetsk region selected in the default article: the camera at about zoom 6.7 over the Donbas.
    expect(detailFilesFor(index, [35, 46, 40.5, 50], 6.7, new Set(['RU-BEL']))).toEqual([]);
    expect(detailFilesFor(index, BASE_FINE_BOX, 8, new Set(['RU-BEL']))).toEqual([]);
    // One degree past its edge the base map is coarser again (16 km a degree), and the finer files come.
    expect(detailFilesFor(index, [35, 46, 42, 50], 6.7, new Set())).toEqual(['country-RU']);
  });

  it('finds parts across the antimeridian whichever side the view is on', () => {
    // Chukotka seen from the west of 180 (the camera at −175) and from the east (185): Russia and Alaska either way.
    expect(detailFilesFor(index, [-180, 60, -168, 68], 5, new Set())).toEqual(['country-RU', 'country-US']);
    expect(detailFilesFor(index, [175, 60, 192, 68], 5, new Set())).toEqual(['country-RU', 'country-US']);
  });
});
