/**
 * Places a person can choose for a mention: the gazetteer entries that share its name or spelling, and a search
 * by name prefix; each with what it is in words, so "Donetsk, city in Donetsk region" and "Donetsk, region of
 * Ukraine" can be told apart.
 */
import type { CompiledGazetteer } from '../linking/gazetteer';
import { longestMatch } from '../linking/gazetteer';
import { foldAlias } from '../linking/normalize';
import { spellingKey } from '../linking/spelling';
import { nameSays } from '../linking/words';
import type { FeatureKind, GazetteerEntry } from '../linking/types';
import type { Candidate } from './types';

// Towns at least this large are called cities (GeoNames population); the gazetteer has one kind for both.
const CITY_POPULATION = 100_000;

const KIND_ORDER: Record<FeatureKind, number> = {
  country: 0,
  union: 1,
  region: 2,
  city: 3,
  landmark: 4,
  sea: 5,
  river: 6,
  reservoir: 7,
};

/**
 * What a place is, in words, using the gazetteer for the region and country it lies in.
 * @example describePlace(donetskCity, byId) // 'city in Donetsk region'
 */
export function describePlace(entry: GazetteerEntry, byId: ReadonlyMap<string, GazetteerEntry>): string {
  const regionName = entry.region ? byId.get(entry.region)?.name : undefined;
  switch (entry.kind) {
    case 'region': {
      // Region ids are ISO 3166-2 codes: the country is the prefix.
      const country = byId.get(entry.id.split('-')[0] ?? '')?.name;
      return country ? `region of ${country}` : 'region';
    }
    case 'city': {
      const noun = (entry.population ?? 0) >= CITY_POPULATION ? 'city' : 'town';
      if (regionName) return `${noun} in ${regionName} region`;
      return entry.unlocated ? `${noun} (not on the map)` : noun;
    }
    case 'country':
      return 'country';
    case 'union':
      return 'former state';
    case 'landmark':
      return regionName ? `landmark in ${regionName} region` : 'landmark';
    case 'sea':
      return 'sea';
    case 'river':
      return 'river';
    case 'reservoir':
      return 'reservoir';
  }
}

/**
 * The label shown for a candidate: "Donetsk, city in Donetsk region".
 * @example candidateLabel({ entry: donetskRegion, description: 'region of Ukraine' }) // 'Donetsk, region of Ukraine'
 */
export function candidateLabel(c: Candidate): string {
  // "Oskil River", not "Oskil River, river": the name already says what it is.
  return nameSays(c.entry.name, c.description) ? c.entry.name : `${c.entry.name}, ${c.description}`;
}

/**
 * Every gazetteer entry that shares the words of a mention, exactly or by spelling key (Lugansk/Luhansk),
 * best first: the same order the linker ranks same-named features (kind, then population).
 * @example mentionCandidates('Donetsk', compiled).map(candidateLabel) // ['Donetsk, region of Ukraine', 'Donetsk, city in Donetsk region']
 */
export function mentionCandidates(surface: string, compiled: CompiledGazetteer): Candidate[] {
  const found = new Map<string, GazetteerEntry>();
  const folded = foldAlias(surface);
  for (const trie of [compiled.exact, compiled.upper]) {
    const probe = trie === compiled.upper ? folded.toUpperCase() : folded;
    const match = longestMatch(trie, probe, 0, probe.length);
    if (match && match.end === probe.length) for (const e of match.entries) found.set(e.id, e);
  }
  for (const c of compiled.keys.get(spellingKey(surface)) ?? []) found.set(c.entry.id, c.entry);
  return rank([...found.values()]).map((entry) => ({
    entry,
    description: describePlace(entry, compiled.byId),
  }));
}

/** Lower case, no accents, one kind of apostrophe: what a person types into a search box. */
function searchForm(s: string): string {
  return foldAlias(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Gazetteer entries whose name or an alias starts with `query` (case and accents ignored), names before aliases,
 * then as the linker ranks them; at most `limit`. An empty query finds nothing.
 * @example searchGazetteer('done', compiled, 5).map((c) => c.entry.id) // ['UA-14', 'gn:709717']
 */
export function searchGazetteer(query: string, compiled: CompiledGazetteer, limit = 20): Candidate[] {
  const q = searchForm(query);
  if (q === '') return [];
  const byName: GazetteerEntry[] = [];
  const byAlias: GazetteerEntry[] = [];
  for (const entry of compiled.byId.values()) {
    if (searchForm(entry.name).startsWith(q)) byName.push(entry);
    else if (entry.aliases.some((a) => searchForm(a).startsWith(q))) byAlias.push(entry);
  }
  return [...rank(byName), ...rank(byAlias)]
    .slice(0, Math.max(0, limit))
    .map((entry) => ({ entry, description: describePlace(entry, compiled.byId) }));
}

function rank(entries: GazetteerEntry[]): GazetteerEntry[] {
  return entries.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (b.population ?? 0) - (a.population ?? 0) ||
      a.name.localeCompare(b.name, 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
