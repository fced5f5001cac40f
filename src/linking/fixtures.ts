/**
 * A small gazetteer for unit tests, shaped like data/gazetteer.json but independent of it, so the rules can be
 * tested while the real file is rebuilt. Bounding boxes are rough and only need to be well-formed.
 */
import type { FeatureKind, Gazetteer, GazetteerEntry, LayerGroup } from './types';

function entry(
  id: string,
  name: string,
  kind: FeatureKind,
  group: LayerGroup,
  aliases: string[] = [],
  seat = false,
): GazetteerEntry {
  return { id, name, kind, group, aliases, seat, bbox: [0, 0, 1, 1] };
}

const OTHER_UKRAINIAN_REGIONS: Array<[string, string, string[]]> = [
  ['UA-05', 'Vinnytsia', ['Vinnytsya', 'Vinnitsa']],
  ['UA-07', 'Volyn', []],
  ['UA-18', 'Zhytomyr', ['Zhitomir']],
  ['UA-21', 'Zakarpattia', ['Transcarpathia']],
  ['UA-26', 'Ivano-Frankivsk', []],
  ['UA-30', 'Kyiv City', []],
  ['UA-32', 'Kyiv Oblast', []],
  ['UA-35', 'Kirovohrad', ['Kirovograd']],
  ['UA-46', 'Lviv', ['Lvov']],
  ['UA-48', 'Mykolaiv', ['Nikolaev']],
  ['UA-51', 'Odesa', ['Odessa']],
  ['UA-53', 'Poltava', []],
  ['UA-56', 'Rivne', ['Rovno']],
  ['UA-59', 'Sumy', []],
  ['UA-61', 'Ternopil', []],
  ['UA-68', 'Khmelnytskyi', []],
  ['UA-71', 'Cherkasy', []],
  ['UA-74', 'Chernihiv', []],
  ['UA-77', 'Chernivtsi', []],
];

/** Ids used in assertions, so a typo fails loudly instead of matching nothing. */
export const IDS = {
  kyiv: 'gn:703448',
  moscow: 'gn:524901',
  lyman: 'gn:704204',
  kremlin: 'kremlin',
  russia: 'RU',
  ukraine: 'UA',
  us: 'US',
  france: 'FR',
  soviet: 'SU',
  donetsk: 'UA-14',
  luhansk: 'UA-09',
  crimea: 'UA-43',
  zaporizhzhia: 'UA-23',
} as const;

/**
 * The entries the article needs plus the other Ukrainian regions and a few neighbours.
 * @example compileGazetteer(FIXTURE_GAZETTEER)
 */
export const FIXTURE_GAZETTEER: Gazetteer = {
  entries: [
    entry('UA-65', 'Kherson', 'region', 'claimed-2022'),
    entry('UA-23', 'Zaporizhzhia', 'region', 'claimed-2022', [
      'Zaporizhzhya',
      'Zaporizhia',
      'Zaporozhye',
      'Zaporozhe',
    ]),
    entry('UA-14', 'Donetsk', 'region', 'claimed-2022', ['Donets’k']),
    entry('UA-09', 'Luhansk', 'region', 'claimed-2022', ['Lugansk', 'Luhans’k']),
    entry('UA-43', 'Crimea', 'region', 'annexed-2014', ['Crimean peninsula', 'Crimean Peninsula']),
    entry('UA-40', 'Sevastopol', 'region', 'annexed-2014', ['Sebastopol']),
    entry('UA-63', 'Kharkiv', 'region', 'named-regions', ['Kharkov']),
    entry('UA-12', 'Dnipropetrovsk', 'region', 'named-regions'),
    ...OTHER_UKRAINIAN_REGIONS.map(([id, name, aliases]) => entry(id, name, 'region', 'context', aliases)),
    entry('RU', 'Russia', 'country', 'countries', ['Russian Federation']),
    entry('UA', 'Ukraine', 'country', 'countries'),
    entry('US', 'United States', 'country', 'countries', [
      'US',
      'U.S.',
      'USA',
      'U.S.A.',
      'United States of America',
    ]),
    entry('FR', 'France', 'country', 'countries'),
    entry('PL', 'Poland', 'country', 'countries'),
    entry('BY', 'Belarus', 'country', 'countries'),
    entry('MD', 'Moldova', 'country', 'countries'),
    entry('RO', 'Romania', 'country', 'countries'),
    entry('gn:703448', 'Kyiv', 'city', 'towns', ['Kiev'], true),
    entry('gn:524901', 'Moscow', 'city', 'towns', ['Moskva'], true),
    entry('gn:704204', 'Lyman', 'city', 'towns', ['Krasnyi Lyman']),
    entry('kremlin', 'Kremlin', 'landmark', 'towns', ['Moscow Kremlin'], true),
    entry('SU', 'Soviet Union', 'union', 'soviet', ['former Soviet Union', 'USSR', 'U.S.S.R.']),
  ],
};

/** What may lie between two sentences: whitespace, a bullet or dash opening a line, whole lines of links or hashtags. */
export const BETWEEN_SENTENCES =
  /^(?:\s|(?:^|(?<=[\n\r\u2028\u2029]))[ \t\u00A0]*(?:[-\u2013\u2014\u2022\u00B7\u25AA\u2023*]|--)(?=[ \t\u00A0])|(?:https?:\/\/|www\.)\S+|#[\p{L}\p{N}_]+)*$/u;

/**
 * A bare gazetteer entry for unit tests that need one place of a kind: named after its id, in a box in
 * southern Ukraine unless `extra` says otherwise.
 * @example placeEntry('UA-63', 'region', { status: 'none' })
 */
export function placeEntry(
  id: string,
  kind: GazetteerEntry['kind'],
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry {
  return { id, name: id, kind, aliases: [], seat: false, bbox: [30, 45, 32, 47], ...extra };
}
