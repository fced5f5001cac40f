/**
 * Geometry by place id from the data files the app ships (data/*.geojson, and data/geo/*.geojson when the data
 * build makes them), for exports from the command line and in tests. Outlines win over label points.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';

// Label points (labels.geojson) only say where a name is written; any outline or place point comes first.
const LAST = new Set(['labels.geojson']);

/**
 * Reads every GeoJSON file under `dataDir` (and `dataDir/geo`) and indexes the geometry of each feature that has a
 * string `properties.id`; the first file to give an id wins, label points last.
 * @example geometryIndex('data').get('UA-14')?.type // 'Polygon'
 */
export function geometryIndex(dataDir: string): ReadonlyMap<string, Geometry> {
  const files: string[] = [];
  for (const dir of [join(dataDir, 'geo'), dataDir]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.geojson')) files.push(join(dir, name));
  }
  files.sort(
    (a, b) => Number(LAST.has(a.split('/').pop() ?? '')) - Number(LAST.has(b.split('/').pop() ?? '')),
  );
  const index = new Map<string, Geometry>();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // A broken data file is the data build's to report; the export falls back to gazetteer points.
    }
    const features = (parsed as { features?: unknown }).features;
    if (!Array.isArray(features)) continue;
    for (const f of features as Array<{ geometry?: Geometry | null; properties?: { id?: unknown } | null }>) {
      const id = f.properties?.id;
      if (typeof id === 'string' && f.geometry && !index.has(id)) index.set(id, f.geometry);
    }
  }
  return index;
}
