/**
 * Shared shapes of the linker and the gazetteer. Pure data, no behaviour.
 */

/** What a gazetteer feature is; decides how it is drawn and whether its name can stand for a government. */
export type FeatureKind = 'region' | 'country' | 'city' | 'landmark' | 'union' | 'sea' | 'river' | 'reservoir';

/** The legend group a feature belongs to (one toggle each). */
export type LayerGroup =
  'claimed-2022' | 'annexed-2014' | 'named-regions' | 'towns' | 'water' | 'countries' | 'soviet' | 'context';

/**
 * A place's status in the data, whatever the article says: what the status layers draw. Sevastopol is
 * `annexed-2014` like Crimea; the four regions Russia claimed on 30 Sep 2022 are `claimed-2022`; the former
 * Soviet Union (kind `union`) is `soviet`. Absent means `none`.
 *
 * INTERFACE (data build ↔ app): the legend group is NOT a data fact. The app derives it at run time from
 * `kind`, `status` and whether the article names the place (src/state/layers.ts). `group` below is kept only
 * while older files still carry it; new code must not read it.
 */
export type PlaceStatus = 'claimed-2022' | 'annexed-2014' | 'soviet' | 'none';

/**
 * One place the linker can recognise.
 * @example { id: 'UA-09', name: 'Luhansk', kind: 'region', group: 'claimed-2022', aliases: ['Lugansk', 'Luhans’k'], seat: false }
 */
export interface GazetteerEntry {
  /** Stable id: ISO 3166-2 for regions (UA-14), ISO 3166-1 alpha-2 for countries (RU), `gn:<GeoNames id>` for towns, readable ids for the rest (kremlin, SU). */
  id: string;
  /** Canonical modern English name. */
  name: string;
  kind: FeatureKind;
  /** Deprecated: the legend group, derived at run time now (src/state/layers.ts `legendGroup`); older files carry it. */
  group?: LayerGroup;
  /** Every other spelling we accept, as written in running text (case-sensitive). */
  aliases: string[];
  /** True when the name commonly stands for a government (capitals, the Kremlin): such mentions can be metonyms. */
  seat: boolean;
  /** [west, south, east, north] in degrees, for easing the camera to the feature. */
  bbox: [number, number, number, number];
  /** [lon, lat] of a point feature (towns), when the gazetteer knows it; the bbox is drawn around it. */
  point?: [number, number];
  /** Population (GeoNames), for choosing among same-named towns and for refusing tiny villages without context. */
  population?: number;
  /** First-level region holding a town (ISO 3166-2, e.g. UA-14), for "Lyman in the Donetsk region" context. */
  region?: string;
  /** Adjectives and demonyms that refer to the feature ("Ukrainian", "Crimean"); matched as `adjective` readings. */
  adjectives?: string[];
  /** Status in the data (see PlaceStatus); absent = 'none'. */
  status?: PlaceStatus;
  /**
   * INTERFACE (data build ↔ app): where the place's outline is drawn from. The name of a static GeoJSON file
   * `data/geo/<shape>.geojson` (for example `regions-RU`, `countries-50m`) holding a feature whose
   * `properties.id` equals this entry's id. The app fetches such files from its own origin only when an article
   * names a place in them (src/app/geometry.ts). Absent: the place is a point (`point`) or is not drawn.
   */
  shape?: string;
  /** [lon, lat] where the place's name label goes (inside its outline); points label at `point`. */
  label?: [number, number];
  /** [west, south, east, north] of the main territory, for framing a country without its overseas parts. */
  frame?: [number, number, number, number];
  /**
   * Why the map cannot draw this place, when it has neither `shape` nor `point`: for example a village the text
   * names after "the village of" that no settlement package has ("not in the settlement data; the article places
   * it in Kherson region"). The app lists such places under "Not on the map"; their passages still work.
   */
  unlocated?: string;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
}

/** A half-open range of JavaScript string indices (UTF-16 code units), end-exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A paragraph: lines separated from the next paragraph by a blank line; line breaks inside are kept. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** A sentence as a half-open range of JavaScript string indices. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/** How a mention uses the place name. */
export type Reading = 'literal' | 'metonym' | 'adjective';

/** Ids of the reading rules (src/linking/reading.ts), in the order they are tried; shown to explain a link. */
export const READING_RULES = [
  'not-seat',
  'dateline',
  'possessive',
  'hyphen-compound',
  'locative-compound',
  'agent-by',
  'object-of-verb',
  'reaction-source',
  'role-noun',
  'locative',
  'subject-verb',
  'default',
] as const;
export type ReadingRule = (typeof READING_RULES)[number];

/**
 * `Mention.rule`: a reading rule, `demonym` for adjectives and demonyms ("Ukrainian"), or `person` for a link a
 * person made in review (src/review).
 */
export const MENTION_RULES = [...READING_RULES, 'demonym', 'person'] as const;
export type MentionRule = (typeof MENTION_RULES)[number];

/**
 * Ids of the rules that choose a feature among same-named ones (`RESOLUTION_RULES` in resolve.ts, in order),
 * accept a small place, or make up a place no gazetteer has (`unlocated-settlement`); `person` when a person chose
 * the place in review.
 */
export const RESOLUTION_RULE_IDS = [
  'demonym',
  'unique',
  'river-article',
  'kind-hint',
  'dateline',
  'parallel-regions',
  'region-cue',
  'possessive-region',
  'compass-region',
  'town-in-region',
  'city-cue',
  'coordinated-region',
  'region-default',
  'city-default',
  'region-in-sentence',
  'region-in-paragraph',
  'town-in-sentence',
  'proximity',
  'largest',
  'settlement-noun',
  'region-in-article',
  'settlement-list',
  'unlocated-settlement',
  'same-as-before',
  'person',
] as const;
export type ResolutionRule = (typeof RESOLUTION_RULE_IDS)[number];

/**
 * One place mention: `text.slice(start, end) === surface`.
 * @example { sentence: 5, start: 713, end: 717, surface: 'Kyiv', featureId: 'gn:703448', reading: 'metonym', rule: 'possessive' }
 */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  surface: string;
  featureId: string;
  reading: Reading;
  /** Which rule decided the reading, for explaining the link. */
  rule: MentionRule;
  /** Which rule chose the feature among same-named ones, or let a small place be linked (see resolve.ts). */
  resolution?: ResolutionRule;
}

export interface LinkResult {
  sentences: Sentence[];
  mentions: Mention[];
  /**
   * INTERFACE (linker ↔ app): places the linker made up because no gazetteer has them (an unlocated village in a
   * list after "the villages of"). Each has a unique id (`unlocated:<slug>`), `kind: 'city'`, `unlocated` set to
   * the reason, and `region`/`bbox` of the region the text gives when it gives one (else the country's bbox).
   * Mentions may refer to them by id like any gazetteer entry.
   */
  places?: GazetteerEntry[];
}
