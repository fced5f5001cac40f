/** Deterministic serialisation of the generated files: sorted keys, sorted features, one feature a line. */
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';
import { isRecord } from './source';

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}

function featureId(feature: Feature): string {
  const id: unknown = feature.properties?.id;
  return typeof id === 'string' ? id : '';
}

/** JSON with object keys sorted at every level, so the bytes depend only on the data. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    isRecord(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => compareStrings(a, b)))
      : nested,
  );
}

/** One feature per line: compact, yet a rebuild shows up in git as a readable per-feature diff. */
export function featureCollectionJson(features: Feature[]): string {
  const sorted = [...features].sort((a, b) => compareStrings(featureId(a), featureId(b)));
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const [head = '', tail = ''] = canonicalJson(collection).split('[]');
  return `${head}[\n${sorted.map(canonicalJson).join(',\n')}\n]${tail}\n`;
}

export function gzipSize(contents: string): number {
  return gzipSync(Buffer.from(contents, 'utf8'), { level: 9 }).length;
}
