/**
 * GeoJSON: one feature per place the article names, with the sentences that mention it and each link's status.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LinkStatus } from '../review/types';
import {
  allMentions,
  geometryFor,
  OFFSETS_NOTE,
  placesInOrder,
  sentenceOf,
  statusFor,
  type ExportInput,
} from './common';

export interface PlaceProperties {
  id: string;
  name: string;
  kind: string;
  /** The place's status in the data (claimed-2022, annexed-2014, soviet, none). */
  placeStatus: string;
  sentences: Array<{ index: number; start: number; end: number; text: string }>;
  mentions: Array<{
    start: number;
    end: number;
    surface: string;
    sentence: number;
    reading: string;
    status: LinkStatus;
    applied: boolean;
    by: 'linker' | 'person';
    rule: string;
    at: string | null;
  }>;
}

export type PlacesCollection = FeatureCollection<Geometry | null, PlaceProperties> & {
  article: { id: string; title: string; source: string; date: string };
  offsets: string;
  /** Words a person said are not a place (kept so the review travels with the map). */
  notPlaces: Array<{ start: number; end: number; surface: string; sentence: number; linkerPlace: string }>;
};

/**
 * The places as a GeoJSON FeatureCollection (RFC 7946; a place no data locates has a null geometry).
 * @example toGeoJson(input).features[0]?.properties.id // 'gn:524901'
 */
export function toGeoJson(input: ExportInput): PlacesCollection {
  const { text, links } = input;
  const features = placesInOrder(input).map(
    ({ entry, mentions }): Feature<Geometry | null, PlaceProperties> => {
      const seen = new Set<number>();
      const sentences = [];
      for (const m of mentions) {
        if (seen.has(m.sentence)) continue;
        seen.add(m.sentence);
        sentences.push(sentenceOf(text, links.sentences, m));
      }
      return {
        type: 'Feature',
        id: entry.id,
        geometry: geometryFor(input, entry),
        properties: {
          id: entry.id,
          name: entry.name,
          kind: entry.kind,
          placeStatus: statusFor(input, entry),
          sentences,
          mentions: mentions.map((m) => ({
            start: m.start,
            end: m.end,
            surface: m.surface,
            sentence: m.sentence,
            reading: m.reading,
            status: m.status,
            applied: m.applied,
            by: m.provenance.by,
            rule: m.provenance.rule,
            at: m.provenance.at,
          })),
        },
      };
    },
  );
  return {
    type: 'FeatureCollection',
    article: { id: input.articleId, ...input.meta },
    offsets: OFFSETS_NOTE,
    features,
    notPlaces: allMentions(links)
      .filter((m) => m.status === 'not-a-place')
      .map((m) => ({
        start: m.start,
        end: m.end,
        surface: m.surface,
        sentence: m.sentence,
        linkerPlace: m.featureId,
      })),
  };
}
