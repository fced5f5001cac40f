/**
 * Regions newer than the pinned outlines (Kazakhstan's of June 2022) are in the world gazetteer as points at their
 * seats, inside the old region whose outline still holds them, so an article naming one links and is placed.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { iso31662 } from 'iso-3166';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../src/linking/gazetteer';
import { linkText } from '../../src/linking/link';
import type { Gazetteer } from '../../src/linking/types';
import { notOnMapReason } from '../../src/state/places';

const DATA = new URL('../../data/', import.meta.url);
const world = JSON.parse(readFileSync(new URL('gazetteer-world.json', DATA), 'utf8')) as Gazetteer;
const byId = new Map(world.entries.map((e) => [e.id, e]));
const outline = (iso: string) =>
  (
    JSON.parse(readFileSync(new URL(`geo/region-${iso}.geojson`, DATA), 'utf8')) as FeatureCollection<
      Polygon | MultiPolygon
    >
  ).features[0];

describe("Kazakhstan's regions of 2022", () => {
  const NEW = { 'KZ-10': 'KZ-63', 'KZ-33': 'KZ-19', 'KZ-62': 'KZ-35' } as const;

  it('are ISO regions placed at their seat, inside the region they were carved from, without an outline', () => {
    for (const [id, within] of Object.entries(NEW)) {
      expect(iso31662.some((r) => r.code === id), id).toBe(true);
      const entry = byId.get(id);
      expect(entry?.kind, id).toBe('region');
      expect(entry?.shape, id).toBeUndefined();
      const point = entry?.point;
      if (point === undefined || entry === undefined) throw new Error(`${id} has no point`);
      const old = outline(within);
      if (old === undefined) throw new Error(`no outline for ${within}`);
      expect(booleanPointInPolygon(point, old), `${id} in ${within}`).toBe(true);
      expect(entry.bbox, id).toEqual(byId.get(within)?.bbox);
      // The app says why there is no outline, and still draws the label at the seat.
      expect(notOnMapReason(entry)).toBe('the map data has no outline for this region');
      expect(entry.label).toEqual(point);
    }
  });

  it('link where an article names them, and not for the poet Abai', () => {
    const compiled = compileGazetteer(world);
    const ids = (text: string) => linkText(text, compiled).mentions.map((m) => `${m.surface}>${m.featureId}`);
    expect(ids('A depot in the Abai region of Kazakhstan burned.')).toEqual(['Abai region>KZ-10', 'Kazakhstan>KZ']);
    expect(ids('Officials in the Ulytau Region and in Zhetysu said so.')).toEqual([
      'Ulytau Region>KZ-62',
      'Zhetysu>KZ-33',
    ]);
    expect(ids('Abai Kunanbayev was a poet.')).toEqual([]);
  });
});
