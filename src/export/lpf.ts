/**
 * Linked Places Format (the World Historical Gazetteer's GeoJSON-LD for places, v1.2): one feature per place the
 * article names, with its title, GeoNames feature class, the spellings the article used as names citing the
 * article, its geometry, and a link to GeoNames where the place has a GeoNames id.
 */
import type { Geometry } from 'geojson';
import type { FeatureKind } from '../linking/types';
import { articleIri, geometryFor, placeIri, placesInOrder, type ExportInput } from './common';

export const LPF_CONTEXT =
  'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

// GeoNames feature classes: A administrative unit, P populated place, H water, S spot (a building), L area.
const FCLASS: Record<FeatureKind, string> = {
  country: 'A',
  union: 'A',
  region: 'A',
  city: 'P',
  landmark: 'S',
  sea: 'H',
  river: 'H',
  reservoir: 'H',
};

export interface LpfFeature {
  '@id': string;
  type: 'Feature';
  properties: { title: string; ccodes: string[]; fclasses: string[] };
  names: Array<{ toponym: string; citations: Array<{ label: string; '@id': string }> }>;
  types: Array<{ label: string }>;
  geometry: Geometry | null;
  links: Array<{ type: 'closeMatch'; identifier: string }>;
}

export interface LpfCollection {
  '@context': typeof LPF_CONTEXT;
  type: 'FeatureCollection';
  features: LpfFeature[];
}

/**
 * The places as Linked Places Format.
 * @example toLinkedPlaces(input).features.find((f) => f.properties.title === 'Lyman')?.links // [{ type: 'closeMatch', identifier: 'gn:704204' }]
 */
export function toLinkedPlaces(input: ExportInput): LpfCollection {
  const source = articleIri(input);
  const label = [input.meta.title || 'the article', input.meta.source, input.meta.date]
    .filter((s) => s !== '')
    .join(', ');
  const citation = { label, '@id': source };
  const features = placesInOrder(input).map(({ entry, mentions }): LpfFeature => {
    // The canonical name first, then each other spelling the article used (adjectives are not names).
    const toponyms = new Set([entry.name]);
    for (const m of mentions) if (m.reading !== 'adjective') toponyms.add(m.surface);
    const country = countryCode(entry.id, entry.region);
    return {
      '@id': placeIri(entry.id),
      type: 'Feature',
      properties: { title: entry.name, ccodes: country ? [country] : [], fclasses: [FCLASS[entry.kind]] },
      names: [...toponyms].map((toponym) => ({ toponym, citations: [citation] })),
      types: [{ label: entry.kind }],
      geometry: geometryFor(input, entry),
      links: entry.id.startsWith('gn:') ? [{ type: 'closeMatch', identifier: entry.id }] : [],
    };
  });
  return { '@context': LPF_CONTEXT, type: 'FeatureCollection', features };
}

/** ISO 3166-1 alpha-2 of a country id, or the prefix of a region's ISO 3166-2 code. */
function countryCode(id: string, region: string | undefined): string | null {
  const iso = /^([A-Z]{2})(?:-[A-Z0-9]{1,3})?$/u.exec(region ?? id);
  return iso?.[1] ?? null;
}
