import type { FeatureKind, Gazetteer, GazetteerEntry, LayerGroup, PlaceStatus } from '../linking/types';

const KINDS: readonly FeatureKind[] = [
  'region',
  'country',
  'city',
  'landmark',
  'union',
  'sea',
  'river',
  'reservoir',
];
const GROUPS: readonly LayerGroup[] = [
  'claimed-2022',
  'annexed-2014',
  'named-regions',
  'towns',
  'water',
  'countries',
  'soviet',
  'context',
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isBox = (b: unknown): b is [number, number, number, number] =>
  Array.isArray(b) && b.length === 4 && b.every((n) => typeof n === 'number' && Number.isFinite(n));
const STATUSES: readonly PlaceStatus[] = ['claimed-2022', 'annexed-2014', 'soviet', 'none'];

function parseEntry(v: unknown, index: number): GazetteerEntry {
  const fail = (what: string): never => {
    throw new Error(`gazetteer entry ${index}: ${what}`);
  };
  if (!isRecord(v)) return fail('not an object');
  const { id, name, kind, group, aliases, seat, bbox, point, population, region, adjectives } = v;
  const { status, shape, label, frame, unlocated } = v;
  if (!isString(id) || id === '') return fail('id must be a non-empty string');
  if (!isString(name) || name === '') return fail(`${id}: name must be a non-empty string`);
  if (!KINDS.includes(kind as FeatureKind)) return fail(`${id}: unknown kind ${String(kind)}`);
  if (group !== undefined && !GROUPS.includes(group as LayerGroup))
    return fail(`${id}: unknown group ${JSON.stringify(group)}`);
  if (!Array.isArray(aliases) || !aliases.every(isString)) return fail(`${id}: aliases must be strings`);
  if (typeof seat !== 'boolean') return fail(`${id}: seat must be a boolean`);
  if (!isBox(bbox)) return fail(`${id}: bbox must be four finite numbers`);
  // Optional facts of the world gazetteer (towns' points and population, their region, adjectives).
  const isPair = (p: unknown): p is [number, number] =>
    Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
  return {
    id,
    name,
    kind: kind as FeatureKind,
    ...(group !== undefined ? { group: group as LayerGroup } : {}),
    aliases,
    seat,
    bbox,
    ...(isPair(point) ? { point } : {}),
    ...(typeof population === 'number' && Number.isFinite(population) ? { population } : {}),
    ...(isString(region) ? { region } : {}),
    ...(Array.isArray(adjectives) && adjectives.every(isString) ? { adjectives } : {}),
    ...(STATUSES.includes(status as PlaceStatus) ? { status: status as PlaceStatus } : {}),
    // A shape names a file under data/geo/; anything that could walk out of that folder is not one.
    ...(isString(shape) && /^[\w-]{1,64}$/.test(shape) ? { shape } : {}),
    ...(isPair(label) ? { label } : {}),
    ...(isBox(frame) ? { frame } : {}),
    ...(isString(unlocated) && unlocated !== '' ? { unlocated } : {}),
  };
}

/**
 * Validates gazetteer JSON, so a broken data file fails loudly at start-up rather than deep inside the map.
 * @example parseGazetteer(JSON.parse(text)).entries.length
 */
export function parseGazetteer(json: unknown): Gazetteer {
  if (!isRecord(json) || !Array.isArray(json.entries))
    throw new Error('gazetteer: expected { entries: [...] }');
  const entries = json.entries.map(parseEntry);
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`gazetteer: duplicate id ${e.id}`);
    seen.add(e.id);
  }
  return { entries };
}
