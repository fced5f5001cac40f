/**
 * Geometry by place id from the data files the app ships (data/*.geojson, and data/geo/*.geojson when the data
 * build makes them), for exports from the command line and in tests. Outlines win over label points.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import type { PlaceStatus } from '../src/linking/types';

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

/**
 * The country outlines of `dataDir/countries.geojson`, to draw behind an exported map; none when it is missing.
 * @example backgroundGeometries('data').length // 63
 */
/**
 * The `properties.status` each outline carries (claimed-2022, annexed-2014, soviet, none), by place id.
 * @example statusIndex('data').get('UA-14') // 'claimed-2022'
 */
export function statusIndex(dataDir: string): ReadonlyMap<string, PlaceStatus> {
  const out = new Map<string, PlaceStatus>();
  for (const name of ['regions.geojson', 'soviet-union.geojson']) {
    try {
      const parsed = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as {
        features?: Array<{ properties?: { id?: unknown; status?: unknown } | null }>;
      };
      for (const f of parsed.features ?? []) {
        const { id, status } = f.properties ?? {};
        if (typeof id === 'string' && isStatus(status) && !out.has(id)) out.set(id, status);
      }
    } catch {
      // No such file: the gazetteer's own status stands.
    }
  }
  return out;
}

function isStatus(v: unknown): v is PlaceStatus {
  return v === 'claimed-2022' || v === 'annexed-2014' || v === 'soviet' || v === 'none';
}

export function backgroundGeometries(dataDir: string): Geometry[] {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, 'countries.geojson'), 'utf8')) as {
      features?: Array<{ geometry?: Geometry | null }>;
    };
    return (parsed.features ?? []).flatMap((f) => (f.geometry ? [f.geometry] : []));
  } catch {
    return [];
  }
}
