/**
 * The finer level of the outlines (data/geo/detail/), drawn by the map from DETAIL_MIN_ZOOM up instead of the base
 * map: one file per country (Ukraine's with its 27 regions, which the base map always draws), and one per region of
 * the 13 other countries whose regions the map draws (fetched, like data/geo/region-*, only when an article names
 * the region). Each feature has the id and properties of the base feature it replaces, plus `replaces`: the map
 * source whose feature it stands for (`base` or `outlines`). index.json lists every file with its ids and the boxes
 * of its parts (src/geo/detail.ts reads it).
 */
import type { Feature } from 'geojson';
import { bbox, polygon as turfPolygon } from '@turf/turf';
import type { DetailFile, DetailIndex } from '../../src/geo/detail';
import { polygonsOf, roundTo, type Bounds, type Polygonal } from '../../src/geo/geometry';
import { canonicalJson, compareStrings, featureCollectionJson } from './output';

/** Parts whose boxes come within this many degrees of each other share one box in the index. */
const BOX_REACH = 2;

/** The boxes of a geometry's parts, parts within BOX_REACH degrees merged, rounded outwards to 0.01°. */
export function partBoxes(geometries: Polygonal[]): Bounds[] {
  let boxes = geometries
    .flatMap((g) => polygonsOf(g))
    .map((rings) => bbox(turfPolygon(rings.slice(0, 1))) as Bounds);
  const near = ([w, s, e, n]: Bounds, [w2, s2, e2, n2]: Bounds): boolean =>
    w2 <= e + BOX_REACH && e2 >= w - BOX_REACH && s2 <= n + BOX_REACH && n2 >= s - BOX_REACH;
  for (let merged = true; merged; ) {
    merged = false;
    const out: Bounds[] = [];
    for (const box of boxes) {
      const k = out.findIndex((other) => near(other, box));
      const other = out[k];
      if (other === undefined) out.push([...box]);
      else {
        out[k] = [
          Math.min(other[0], box[0]),
          Math.min(other[1], box[1]),
          Math.max(other[2], box[2]),
          Math.max(other[3], box[3]),
        ];
        merged = true;
      }
    }
    boxes = out;
  }
  const down = (v: number): number => roundTo(Math.floor(v * 100) / 100, 2);
  const up = (v: number): number => roundTo(Math.ceil(v * 100) / 100, 2);
  return boxes
    .map(([w, s, e, n]): Bounds => [down(w), down(s), up(e), up(n)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
}

type AreaFeature = Feature<Polygonal, Record<string, unknown> & { id: string }>;

export interface DetailInput {
  /** Finer countries (Ukraine included), with the properties of the base map's. */
  countries: AreaFeature[];
  /** Finer Ukrainian regions, with the properties of the base map's (kind 'region'). */
  ukraine: AreaFeature[];
  /** Finer regions of the 13 other countries, with the properties of their data/geo files. */
  regions: AreaFeature[];
  /** The ids, kinds and geometry kinds of every base and data/geo feature, to check each finer one stands for one. */
  base: Map<string, string>;
}

/** The files of data/geo/detail by name (without `.geojson`), and index.json. */
export function buildDetailFiles({ countries, ukraine, regions, base }: DetailInput): {
  files: Map<string, string>;
  index: string;
} {
  const stand = (f: AreaFeature, replaces: 'base' | 'outlines'): AreaFeature => {
    const kind = base.get(f.properties.id);
    if (kind === undefined) throw new Error(`detail feature ${f.properties.id} stands for no base feature`);
    if (kind !== f.properties.kind) throw new Error(`detail feature ${f.properties.id} is a ${String(f.properties.kind)}, its base a ${kind}`);
    return { ...f, properties: { ...f.properties, replaces } };
  };
  const groups: { file: string; drawn: DetailFile['drawn']; features: AreaFeature[] }[] = [
    ...countries.map((c) => ({
      file: `country-${c.properties.id}`,
      drawn: 'always' as const,
      features: [stand(c, 'base'), ...(c.properties.id === 'UA' ? ukraine.map((r) => stand(r, 'base')) : [])],
    })),
    ...regions.map((r) => ({ file: `region-${r.properties.id}`, drawn: 'named' as const, features: [stand(r, 'outlines')] })),
  ].sort((a, b) => compareStrings(a.file, b.file));
  const seen = new Set<string>();
  for (const { features } of groups) {
    for (const f of features) {
      if (seen.has(f.properties.id)) throw new Error(`detail feature ${f.properties.id} appears twice`);
      seen.add(f.properties.id);
    }
  }
  const files = new Map(groups.map(({ file, features }) => [file, featureCollectionJson(features, true)]));
  const index: DetailIndex = {
    files: groups.map(({ file, drawn, features }) => ({
      file,
      drawn,
      ids: features.map((f) => f.properties.id).sort(compareStrings),
      boxes: partBoxes(features.map((f) => f.geometry)),
    })),
  };
  // One file a line, like the GeoJSON files, so that a rebuild reads as a per-file diff.
  const [head = '', tail = ''] = canonicalJson({ files: [] }).split('[]');
  return { files, index: `${head}[\n${index.files.map(canonicalJson).join(',\n')}\n]${tail}\n` };
}
