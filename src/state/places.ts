import type { GazetteerEntry, LayerGroup } from '../linking/types';
import { mentionCountLabel, type ArticleModel } from './article';
import { legendGroup } from './layers';

/** One entry of the places list: the place, what it is in words, and how many sentences name it. */
export interface PlaceEntry {
  place: GazetteerEntry;
  kindLabel: string;
  mentions: number;
}

/** The places list's sections, in legend order. */
export interface PlaceGroup {
  group: LayerGroup;
  title: string;
  entries: PlaceEntry[];
}

/**
 * What a place is, in words a reader would use ("region of Ukraine", "town", "country").
 * @example kindLabel({ id: 'UA-14', kind: 'region' } as GazetteerEntry) // 'region of Ukraine'
 */
export function kindLabel(place: Pick<GazetteerEntry, 'id' | 'kind'>): string {
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
  }
}

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
      if (legendGroup(place) !== layer.group) continue;
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
  return `${place.name}, ${kindLabel(place)}, ${mentionCountLabel(n)}.`;
}
