/** Checks that must hold for the app to behave; the build refuses to write data that breaks them. */
import type { Feature, Position } from 'geojson';
import { containsPoint, type Polygonal } from '../../src/geo/geometry';
import type { GazetteerEntry } from '../../src/linking/types';
import { LABEL_AT, SEAS } from '../data-tables';
import { SIMFEROPOL } from './precision';
import { required } from './source';

export function checkInvariants(
  files: Record<string, Feature[]>,
  entries: GazetteerEntry[],
  areas: Map<string, Polygonal>,
): void {
  const owner = new Map<string, string>();
  for (const [file, features] of Object.entries(files)) {
    for (const { properties } of features) {
      const id: unknown = properties?.id;
      if (typeof id !== 'string') throw new Error(`${file}: a feature has no string id`);
      const previous = owner.get(id);
      if (previous !== undefined) throw new Error(`id ${id} appears in ${previous} and ${file}`);
      owner.set(id, file);
    }
  }
  const surfaces = new Map<string, string>();
  for (const entry of entries) {
    if (!owner.has(entry.id)) throw new Error(`gazetteer entry ${entry.id} has no feature`);
    for (const surface of [entry.name, ...entry.aliases]) {
      const previous = surfaces.get(surface);
      if (previous !== undefined && previous !== entry.id) {
        throw new Error(`"${surface}" names both ${previous} and ${entry.id}`);
      }
      surfaces.set(surface, entry.id);
    }
  }
  const inside = (id: string, position: Position): boolean =>
    containsPoint(required(areas.get(id), `no area ${id}`), position);
  if (!inside('UA-43', SIMFEROPOL) || !inside('UA', SIMFEROPOL) || inside('RU', SIMFEROPOL)) {
    throw new Error('Simferopol must lie in UA-43 and UA and not in RU');
  }
  for (const [id, position] of Object.entries(LABEL_AT)) {
    if (!inside(id, position)) throw new Error(`the hand-placed label of ${id} lies outside it`);
  }
  for (const sea of SEAS) {
    for (const [id, area] of areas) {
      if (id !== 'SU' && containsPoint(area, sea.position))
        throw new Error(`${sea.name} label lies on ${id}`);
    }
  }
}

