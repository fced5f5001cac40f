import type { GazetteerEntry, LayerGroup, PlaceStatus } from '../linking/types';

/**
 * A legend group: what it is called, whether it starts visible, and how its line of explanation is worded from
 * the places the article names in it. The text is the user's only guide to what a colour means, so it says "as of
 * when".
 */
export interface LayerInfo {
  group: LayerGroup;
  title: string;
  defaultVisible: boolean;
  /** The explanation, from the names of the article's places in this group (in article order). */
  describe: (names: readonly string[]) => string;
}

/** One legend entry as shown for one article. */
export interface LegendEntry {
  group: LayerGroup;
  title: string;
  description: string;
}

/**
 * "Kharkiv and Dnipropetrovsk", "Lyman, Kyiv, Moscow and Kremlin"; a long list is cut after six names.
 * @example listNames(['Lyman', 'Kyiv', 'Moscow']) // 'Lyman, Kyiv and Moscow'
 */
export function listNames(names: readonly string[], max = 6): string {
  const shown = names.length > max ? [...names.slice(0, max - 1), `${names.length - max + 1} more`] : names;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Every legend group, in the order the legend shows them. A group appears for an article when the article names
 * a place in it (see `legendFor`); the status groups and context describe the data, not the article.
 * @example LAYERS.find((l) => l.group === 'soviet')?.defaultVisible // false
 */
export const LAYERS: readonly LayerInfo[] = [
  {
    group: 'claimed-2022',
    title: 'Regions Russia claimed to annex',
    defaultVisible: true,
    describe: () =>
      'Kherson, Zaporizhzhia, Donetsk, Luhansk: borders Russia claimed to annex, 30 Sep 2022. Whole administrative regions, not the line of control.',
  },
  {
    group: 'annexed-2014',
    title: 'Crimea and Sevastopol',
    defaultVisible: true,
    describe: () => 'Annexed by Russia in March 2014; Ukrainian territory under international law.',
  },
  {
    group: 'named-regions',
    title: 'Other regions named',
    defaultVisible: true,
    describe: (names) =>
      `${listNames(names)} ${names.length === 1 ? 'region' : 'regions'}: administrative borders as of 2022.`,
  },
  {
    group: 'towns',
    title: 'Towns and landmarks',
    defaultVisible: true,
    describe: (names) => `${listNames(names)} (points).`,
  },
  {
    group: 'water',
    title: 'Rivers and seas',
    defaultVisible: true,
    describe: (names) => `${listNames(names)}.`,
  },
  {
    group: 'countries',
    title: 'Countries named',
    defaultVisible: true,
    describe: (names) => `${listNames(names)}: internationally recognised borders.`,
  },
  {
    group: 'soviet',
    title: 'Former Soviet Union',
    defaultVisible: false,
    describe: () => 'The 15 Soviet republics as of 1991, before its collapse.',
  },
  {
    group: 'context',
    title: 'Context',
    defaultVisible: true,
    describe: () => 'Regions and countries the article does not name, drawn quietly for orientation.',
  },
];

export type LayerVisibility = Record<LayerGroup, boolean>;

/**
 * The visibility every fresh view starts with.
 * @example defaultVisibility().soviet // false
 */
export function defaultVisibility(): LayerVisibility {
  return Object.fromEntries(LAYERS.map((l) => [l.group, l.defaultVisible])) as LayerVisibility;
}

/**
 * A place's status in the data. Files written before `status` existed carried it in `group`; the union is `soviet`.
 * @example statusOf({ kind: 'region', group: 'annexed-2014' } as GazetteerEntry) // 'annexed-2014'
 */
export function statusOf(place: Pick<GazetteerEntry, 'kind' | 'status' | 'group'>): PlaceStatus {
  if (place.status) return place.status;
  if (place.kind === 'union') return 'soviet';
  if (place.group === 'claimed-2022' || place.group === 'annexed-2014') return place.group;
  return 'none';
}

/**
 * The legend group of a place the article names: its status first (a claimed region is drawn as claimed), then
 * what it is.
 * @example legendGroup({ id: 'UA-63', kind: 'region' } as GazetteerEntry) // 'named-regions'
 */
export function legendGroup(place: Pick<GazetteerEntry, 'kind' | 'status' | 'group'>): LayerGroup {
  const status = statusOf(place);
  if (status === 'soviet') return 'soviet';
  if (place.kind === 'region' && status !== 'none') return status;
  switch (place.kind) {
    case 'region':
      return 'named-regions';
    case 'country':
      return 'countries';
    case 'union':
      return 'soviet';
    case 'city':
    case 'landmark':
      return 'towns';
    case 'sea':
    case 'river':
    case 'reservoir':
      return 'water';
  }
}

/**
 * The legend for one article: the groups of the places it names, in legend order, worded from their names, and
 * the status groups also when the article names a place inside such a region ("Melitopol" brings the claimed
 * regions). Context is always there.
 * @example legendFor(article.places.values()).map((l) => l.group) // ['claimed-2022', …, 'context']
 */
export function legendFor(places: Iterable<GazetteerEntry>): LegendEntry[] {
  const all = [...places];
  const byId = new Map(all.map((p) => [p.id, p]));
  const names = new Map<LayerGroup, string[]>();
  const present = new Set<LayerGroup>(['context']);
  for (const place of all) {
    const group = legendGroup(place);
    // A place the data cannot locate draws nothing: it brings no layer (it is listed under "Not on the map").
    if (!place.unlocated) {
      present.add(group);
      names.set(group, [...(names.get(group) ?? []), place.name]);
    }
    // A town inside a claimed or annexed region brings that status layer, even when the region is not named.
    const region = place.region ? byId.get(place.region) : undefined;
    const inside = region ? statusOf(region) : STATUS_OF_REGION.get(place.region ?? '');
    if (inside === 'claimed-2022' || inside === 'annexed-2014') present.add(inside);
  }
  return LAYERS.filter((l) => present.has(l.group)).map((l) => ({
    group: l.group,
    title: l.title,
    description: l.describe(names.get(l.group) ?? []),
  }));
}

/** Regions with a status in the data (ISO 3166-2), for towns whose region the article does not name. */
const STATUS_OF_REGION: ReadonlyMap<string, PlaceStatus> = new Map([
  ['UA-65', 'claimed-2022'],
  ['UA-23', 'claimed-2022'],
  ['UA-14', 'claimed-2022'],
  ['UA-09', 'claimed-2022'],
  ['UA-43', 'annexed-2014'],
  ['UA-40', 'annexed-2014'],
]);
