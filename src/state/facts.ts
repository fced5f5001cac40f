import type { Feature } from 'geojson';
import type { FactContext, FactPlace, GeoFact } from '../geo/facts';
import type { Polygonal } from '../geo/geometry';
import type { GazetteerEntry } from '../linking/types';
import type { ArticleModel } from './article';

/**
 * The "Checked against the map" box: what the geometry says about the claims an article makes. The facts are
 * computed (with turf) in a lazy chunk of app/; this module only shapes them for display and builds the place
 * table the checker reads, so it adds nothing heavy to the first view.
 */

/** One fact as the box shows it. */
export interface FactItem {
  /** Stable within one article: sentence, kind and claim. */
  key: string;
  sentence: number;
  kind: GeoFact['kind'];
  verdict: 'agrees' | 'contradicts';
  /** The words of the claim, as written in the article. */
  claim: string;
  /** What the outlines say. */
  statement: string;
}

/**
 * The facts worth showing for an article: those the geometry could check (agreeing or not), in sentence order,
 * each tied to a sentence the article has. Empty when nothing is checkable, so the box is not shown.
 * @example factItems(checkClaims(text, sentences, mentions, ctx), article).map((f) => f.claim)
 */
export function factItems(facts: readonly GeoFact[], article: Pick<ArticleModel, 'sentences'>): FactItem[] {
  const items: FactItem[] = [];
  const seen = new Set<string>();
  for (const fact of facts) {
    if (fact.verdict === 'not-checkable') continue;
    if (!Number.isInteger(fact.sentence) || article.sentences[fact.sentence] === undefined) continue;
    const key = `${fact.sentence}:${fact.kind}:${fact.claim}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      key,
      sentence: fact.sentence,
      kind: fact.kind,
      verdict: fact.verdict,
      claim: fact.claim,
      statement: fact.statement,
    });
  }
  return items.sort((a, b) => a.sentence - b.sentence);
}

/** The outlines the checker needs: Ukraine's regions, every country, and the files of the places named. */
export interface FactGeometry {
  regions: readonly Feature[];
  countries: readonly Feature[];
  /** Outlines from data/geo/ of places the article names (other countries' regions). */
  outlines: readonly Feature[];
}

const isPolygonal = (g: Feature['geometry'] | null | undefined): g is Polygonal =>
  g?.type === 'Polygon' || g?.type === 'MultiPolygon';

const idOf = (f: Feature): string => String(f.properties?.['id'] ?? '');

/** "UA-14" → "UA", "RU-BEL" → "RU": a first-level code begins with its country's. */
const countryOfRegion = (id: string): string | undefined => /^([A-Z]{2})-/u.exec(id)?.[1];

/**
 * The place table for `checkClaims`: the article's places with their outlines or points, Ukraine's regions as
 * the parts of Ukraine, and as areas to chain through the regions of Ukraine plus every other country (areas that
 * do not overlap). Crimea's shares count Sevastopol, as the data draws them apart.
 * @example factContext(article.places.values(), geometry).place('UA-14')?.geometry?.type // 'MultiPolygon'
 */
export function factContext(places: Iterable<GazetteerEntry>, geometry: FactGeometry): FactContext {
  const byId = new Map<string, FactPlace>();
  const shapes = new Map<string, Polygonal>();
  for (const f of [...geometry.countries, ...geometry.regions, ...geometry.outlines]) {
    if (isPolygonal(f.geometry)) shapes.set(idOf(f), f.geometry);
  }
  const regionPlace = (f: Feature): FactPlace | undefined => {
    if (!isPolygonal(f.geometry)) return undefined;
    const id = idOf(f);
    const status: unknown = f.properties?.['status'];
    return {
      id,
      name: String(f.properties?.['name'] ?? id),
      kind: 'region',
      geometry: f.geometry,
      country: 'UA',
      ...(typeof status === 'string' ? { status } : {}),
    };
  };
  const ukraine = geometry.regions.flatMap((f) => regionPlace(f) ?? []);
  for (const r of ukraine) byId.set(r.id, r);
  const countries: FactPlace[] = geometry.countries.flatMap((f) =>
    isPolygonal(f.geometry)
      ? [
          {
            id: idOf(f),
            name: String(f.properties?.['name'] ?? idOf(f)),
            kind: 'country',
            geometry: f.geometry,
          },
        ]
      : [],
  );
  for (const c of countries) byId.set(c.id, c);
  for (const p of places) {
    const shape = shapes.get(p.id);
    const country = p.kind === 'region' ? countryOfRegion(p.id) : undefined;
    byId.set(p.id, {
      ...byId.get(p.id),
      id: p.id,
      name: p.name,
      kind: p.kind,
      ...(shape ? { geometry: shape } : {}),
      ...(p.point ? { point: p.point } : {}),
      ...(country ? { country } : {}),
      ...(p.status ? { status: p.status } : {}),
    });
  }
  return {
    place: (id) => byId.get(id),
    areas: [...ukraine, ...countries.filter((c) => c.id !== 'UA')],
    regionsOf: (country) => (country === 'UA' ? ukraine : []),
    companions: { 'UA-43': ['UA-40'] },
  };
}
