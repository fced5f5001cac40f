import type { GazetteerEntry, LayerGroup } from '../linking/types';
import { mentionCountLabel, type ArticleModel } from './article';
import { nameSays } from '../linking/words';
import { legendGroup } from './layers';

/** One entry of the places list: the place, what it is in words (null when its name says it), and how many sentences name it. */
export interface PlaceEntry {
  place: GazetteerEntry;
  kindLabel: string | null;
  mentions: number;
}

/** The places list's sections, in legend order. */
export interface PlaceGroup {
  /** A legend group, or `not-on-map` for the places the map cannot show. */
  group: LayerGroup | 'not-on-map';
  title: string;
  entries: PlaceEntry[];
}

/**
 * What a place is, in words a reader would use ("region of Ukraine", "town", "country"); null when the name already
 * says it, so "Oskil River" is not followed by "river".
 * @example kindLabel({ id: 'UA-14', kind: 'region', name: 'Donetsk' } as GazetteerEntry) // 'region of Ukraine'
 */
export function kindLabel(place: Pick<GazetteerEntry, 'id' | 'kind' | 'name'>): string | null {
  const words = kindWords(place);
  return nameSays(place.name, words) ? null : words;
}

function kindWords(place: Pick<GazetteerEntry, 'id' | 'kind'>): string {
  switch (place.kind) {
    case 'region':
      // Region ids are ISO 3166-2 codes, so the country is in the prefix.
      if (place.id.startsWith('UA-')) return 'region of Ukraine';
      return place.id.startsWith('RU-') ? 'region of Russia' : 'region';
    case 'country':
      return 'country';
    case 'city':
      return 'town';
    case 'landmark':
      return 'landmark';
    case 'union':
      return 'former state';
    case 'sea':
      return 'sea';
    case 'river':
      return 'river';
    case 'reservoir':
      return 'reservoir';
  }
}

/**
 * Why the map cannot show a place the article names, or null when it can: a place the linker found but no data
 * locates (a village no settlement list has), or a region whose outline the data does not have. Such places are
 * listed under "Not on the map"; their passages work as any other's.
 * @example notOnMapReason({ id: 'unlocated:velyka-x', kind: 'city', unlocated: 'not in the settlement data' } as GazetteerEntry) // 'not in the settlement data'
 */
export function notOnMapReason(place: GazetteerEntry): string | null {
  if (place.unlocated) return place.unlocated;
  // Ukraine's regions are in the base map; other countries' come from their shape file.
  if (place.kind === 'region' && !place.id.startsWith('UA-') && !place.shape)
    return 'the map data has no outline for this region';
  return null;
}

/**
 * The first `limit` entries of the groups, in order, leaving out groups that end up empty.
 * @example firstPlaces(placeGroups(article), 5).flatMap((g) => g.entries).length // 5 (or fewer places in all)
 */
export function firstPlaces(groups: readonly PlaceGroup[], limit: number): PlaceGroup[] {
  let room = limit;
  const out: PlaceGroup[] = [];
  for (const g of groups) {
    if (room <= 0) break;
    const entries = g.entries.slice(0, room);
    room -= entries.length;
    if (entries.length) out.push(entries.length === g.entries.length ? g : { ...g, entries });
  }
  return out;
}

/** The title of the places list's last section. */
export const NOT_ON_MAP = 'Not on the map';

/**
 * The places the article names, grouped as the legend is and, inside a group, most mentioned first (then by name),
 * so the order is stable and the busiest places come first.
 * @example placeGroups(article)[0]?.entries[0]?.place.name // 'Donetsk'
 */
export function placeGroups(article: ArticleModel): PlaceGroup[] {
  const out: PlaceGroup[] = [];
  for (const layer of article.legend) {
    const entries: PlaceEntry[] = [];
    for (const place of article.places.values()) {
      if (legendGroup(place) !== layer.group || notOnMapReason(place)) continue;
      entries.push({
        place,
        kindLabel: kindLabel(place),
        mentions: article.sentencesByPlace.get(place.id)?.length ?? 0,
      });
    }
    if (entries.length === 0) continue;
    entries.sort((a, b) => b.mentions - a.mentions || a.place.name.localeCompare(b.place.name, 'en'));
    out.push({ group: layer.group, title: layer.title, entries });
  }
  const missing: PlaceEntry[] = [];
  for (const place of article.places.values()) {
    const reason = notOnMapReason(place);
    if (!reason) continue;
    missing.push({
      place,
      kindLabel: [kindLabel(place), reason].filter(Boolean).join(': '),
      mentions: article.sentencesByPlace.get(place.id)?.length ?? 0,
    });
  }
  missing.sort((a, b) => b.mentions - a.mentions || a.place.name.localeCompare(b.place.name, 'en'));
  if (missing.length) out.push({ group: 'not-on-map', title: NOT_ON_MAP, entries: missing });
  return out;
}

/**
 * What the live region says when a place is selected.
 * @example selectionAnnouncement(donetsk, 4) // 'Donetsk, region of Ukraine, mentioned in 4 sentences.'
 */
export function selectionAnnouncement(
  place: Pick<GazetteerEntry, 'id' | 'kind' | 'name'>,
  n: number,
): string {
  return `${[place.name, kindLabel(place), mentionCountLabel(n)].filter(Boolean).join(', ')}.`;
}
