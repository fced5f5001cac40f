/**
 * Facts from the geometry we draw: the share of a country's area that some of its regions make up, whether a town
 * lies inside a region, the chain of neighbouring regions that joins two places over land, and great-circle
 * distances. `checkClaims` finds sentences that state such things and says whether the outlines agree.
 *
 * Everything is computed from the generalised outlines of data/ (Natural Earth), so figures are those of whole
 * administrative regions as drawn, not of any line of control, and are rounded accordingly.
 */
import { area, bbox, booleanPointInPolygon, point } from '@turf/turf';
import type { Position } from 'geojson';
import { polygonsOf, type Polygonal } from './geometry';
import type { Box } from './box';
import { greatCircleKm } from './sphere';

/** What the facts need to know about a place the article names. */
export interface FactPlace {
  id: string;
  name: string;
  kind: string;
  /** Outline, for regions and countries. */
  geometry?: Polygonal;
  /** [lon, lat], for towns (or a label point). */
  point?: [number, number];
  /** ISO 3166-1 alpha-2 of the country a region belongs to. */
  country?: string;
  /** Status in the data (PlaceStatus): area shares are also given per status. */
  status?: string;
}

/** A place mention as the linker reports it (the subset the facts need). */
export interface FactMention {
  sentence: number;
  start: number;
  end: number;
  featureId: string;
}

export type Verdict = 'agrees' | 'contradicts' | 'not-checkable';

export interface GeoFact {
  /** Index of the sentence the claim is in. */
  sentence: number;
  kind: 'area-share' | 'containment' | 'adjacency' | 'distance';
  /** The words of the claim, as written. */
  claim: string;
  /** What the outlines say, in a sentence. */
  statement: string;
  verdict: Verdict;
  /** Ids of the places the fact is about. */
  places: string[];
  /** The computed figure: a percentage, a distance in km; absent for yes/no facts. */
  value?: number;
  /** Area shares only: the share of each status among the parts (claimed in 2022, annexed in 2014…). */
  parts?: { status: string; places: string[]; value: number }[];
}

/**
 * Area of the parts as a percentage of the whole (geodesic areas, turf).
 * @example areaSharePercent([half], whole) // 50
 */
export function areaSharePercent(parts: readonly Polygonal[], whole: readonly Polygonal[]): number {
  const sum = (shapes: readonly Polygonal[]): number =>
    shapes.reduce((total, shape) => total + area(shape), 0);
  const of = sum(whole);
  return of === 0 ? 0 : (100 * sum(parts)) / of;
}

/**
 * True when [lon, lat] lies inside the outline.
 * @example isInside([37.8, 48.99], donetskRegion) // true
 */
export function isInside(position: [number, number], shape: Polygonal): boolean {
  return booleanPointInPolygon(point(position), shape);
}

/** Borders closer than this count as shared: outlines of different scales do not meet exactly. */
const CONTACT_KM = 3;
/** A land border touches along many vertices; a strait (Kerch) or a corner only at a few. */
const MIN_CONTACT_VERTICES = 8;

/** Distance in km from p to segment ab, on a local equirectangular projection (fine at a few km). */
function segmentKm(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const k = Math.cos((py * Math.PI) / 180) * 111.32;
  const ax = ((a[0] ?? 0) - px) * k;
  const ay = ((a[1] ?? 0) - py) * 110.57;
  const bx = ((b[0] ?? 0) - px) * k;
  const by = ((b[1] ?? 0) - py) * 110.57;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

type Segment = readonly [Position, Position];

/**
 * CONTACT_KM in degrees of longitude and of latitude anywhere in a box. A degree of longitude is shortest at the
 * box's highest latitude (3 km is 0.04° at 48° N, 0.08° at 70° N).
 */
function contactPad(box: Box): [number, number] {
  const latPad = CONTACT_KM / 110.57;
  const highest = Math.min(89, Math.max(Math.abs(box[1]), Math.abs(box[3])) + latPad);
  return [CONTACT_KM / (111.32 * Math.cos((highest * Math.PI) / 180)), latPad];
}

/** Counts vertices of `a` within CONTACT_KM of `b`'s rings, stopping once there are enough. */
function contactVertices(a: Polygonal, b: Polygonal, aBox: Box, bBox: Box): number {
  // Only the segments of b near a's box can be near a vertex of a, and only a's vertices near b's box near b.
  const [aLonPad, aLatPad] = contactPad(aBox);
  const [bLonPad, bLatPad] = contactPad(bBox);
  const segments: Segment[] = [];
  for (const polygon of polygonsOf(b)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const from = ring[i - 1];
        const to = ring[i];
        if (from === undefined || to === undefined) continue;
        const [x1 = 0, y1 = 0] = from;
        const [x2 = 0, y2 = 0] = to;
        if (Math.max(x1, x2) < aBox[0] - aLonPad || Math.min(x1, x2) > aBox[2] + aLonPad) continue;
        if (Math.max(y1, y2) < aBox[1] - aLatPad || Math.min(y1, y2) > aBox[3] + aLatPad) continue;
        segments.push([from, to]);
      }
    }
  }
  let count = 0;
  for (const polygon of polygonsOf(a)) {
    for (const p of polygon[0] ?? []) {
      const [x = 0, y = 0] = p;
      if (x < bBox[0] - bLonPad || x > bBox[2] + bLonPad || y < bBox[1] - bLatPad || y > bBox[3] + bLatPad)
        continue;
      if (segments.some(([from, to]) => segmentKm(p, from, to) <= CONTACT_KM)) count++;
      if (count >= MIN_CONTACT_VERTICES) return count;
    }
  }
  return count;
}

/**
 * True when two outlines share a land border (not merely a corner or a strait).
 * @example shareBorder(donetsk, zaporizhzhia) // true
 */
export function shareBorder(
  a: Polygonal,
  b: Polygonal,
  // turf's box, not box.ts: importing that from both this chunk and the page's made it a chunk of its own to preload.
  boxA = bbox(a) as Box,
  boxB = bbox(b) as Box,
): boolean {
  const [lonPad, latPad] = contactPad([
    Math.min(boxA[0], boxB[0]),
    Math.min(boxA[1], boxB[1]),
    Math.max(boxA[2], boxB[2]),
    Math.max(boxA[3], boxB[3]),
  ]);
  if (
    boxA[0] > boxB[2] + lonPad ||
    boxB[0] > boxA[2] + lonPad ||
    boxA[1] > boxB[3] + latPad ||
    boxB[1] > boxA[3] + latPad
  ) {
    return false;
  }
  return (
    contactVertices(a, b, boxA, boxB) >= MIN_CONTACT_VERTICES ||
    contactVertices(b, a, boxB, boxA) >= MIN_CONTACT_VERTICES
  );
}

/**
 * The chain of areas, each sharing a land border with the next, that joins `from` to `to` through the fewest
 * areas; among equal chains, the one through more `preferred` areas (those the article names). Undefined when no
 * land chain exists.
 * @example adjacencyChain('RU', 'UA-43', areas, new Set(['UA-14', 'UA-23', 'UA-65'])) // ['RU', 'UA-14', 'UA-23', 'UA-65', 'UA-43']
 */
export function adjacencyChain(
  from: string,
  to: string,
  areas: readonly FactPlace[],
  preferred: ReadonlySet<string> = new Set(),
): string[] | undefined {
  const shapes = areas.filter((a): a is FactPlace & { geometry: Polygonal } => a.geometry !== undefined);
  const byId = new Map(shapes.map((a) => [a.id, a]));
  if (!byId.has(from) || !byId.has(to)) return undefined;
  // Each outline's box once, not once per pair: a search from Russia compared its box with every other area's.
  const boxes = new Map(shapes.map((a) => [a.id, bbox(a.geometry) as Box]));
  const boxOf = (a: FactPlace & { geometry: Polygonal }): Box => boxes.get(a.id) ?? (bbox(a.geometry) as Box);
  const neighbours = new Map<string, string[]>();
  const neighboursOf = (id: string): string[] => {
    const known = neighbours.get(id);
    if (known !== undefined) return known;
    const self = byId.get(id);
    const found =
      self === undefined
        ? []
        : shapes
            .filter((o) => o.id !== id && shareBorder(self.geometry, o.geometry, boxOf(self), boxOf(o)))
            .map((o) => o.id);
    neighbours.set(id, found);
    return found;
  };
  // Dijkstra with a cost of 1 per step plus a small penalty for areas the article does not name.
  const cost = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, string>();
  const open = new Set([from]);
  while (open.size > 0) {
    let current = '';
    let best = Infinity;
    for (const id of open) {
      const c = cost.get(id) ?? Infinity;
      if (c < best || (c === best && id < current)) {
        best = c;
        current = id;
      }
    }
    open.delete(current);
    if (current === to) break;
    for (const next of neighboursOf(current)) {
      const step = 1 + (preferred.has(next) || next === to ? 0 : 0.01);
      const total = best + step;
      if (total < (cost.get(next) ?? Infinity)) {
        cost.set(next, total);
        previous.set(next, current);
        open.add(next);
      }
    }
  }
  if (!cost.has(to)) return undefined;
  const chain = [to];
  while (chain[0] !== from) chain.unshift(previous.get(chain[0] ?? '') ?? from);
  return chain;
}

// ---------------------------------------------------------------------------------------------------
// Finding claims in sentences

/** The place data a claim checker needs: the article's places by id, and the areas to chain through. */
export interface FactContext {
  place: (id: string) => FactPlace | undefined;
  /** Areas (regions and countries with outlines) that adjacency chains may pass through. */
  areas: readonly FactPlace[];
  /** Regions of a country, for area shares: every first-level region, so the whole is their union. */
  regionsOf: (country: string) => readonly FactPlace[];
  /** Places the data also counts inside a named region: Crimea's shares include Sevastopol. */
  companions?: Readonly<Record<string, readonly string[]>>;
}

const STATUS_WORDS: Record<string, string> = {
  'claimed-2022': 'claimed by Russia in 2022',
  'annexed-2014': 'annexed by Russia in 2014',
  none: 'no change of status',
};

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
};
const HEDGES =
  /\b(?:around|about|roughly|some|nearly|almost|approximately|more than|over|less than|under)\s+$/iu;

interface Span {
  sentence: number;
  start: number;
  end: number;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function mentionsIn(mentions: readonly FactMention[], range: Span): FactMention[] {
  return mentions.filter((m) => m.start >= range.start && m.end <= range.end);
}

function areaShares(
  text: string,
  sentences: readonly Span[],
  mentions: readonly FactMention[],
  ctx: FactContext,
): GeoFact[] {
  const facts: GeoFact[] = [];
  const pattern = /(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s+of\s+/giu;
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(pattern)) {
      const claimed = Number(match[1]);
      const after = sentence.start + (match.index ?? 0) + match[0].length;
      const country = mentions
        .filter((m) => m.sentence === sentence.sentence && m.start === after)
        .map((m) => ctx.place(m.featureId))
        .find((p) => p?.kind === 'country');
      if (country === undefined) continue;
      // The regions named in this sentence and the two before it, inside that country.
      const nearby = mentions
        .filter((m) => m.sentence <= sentence.sentence && m.sentence >= sentence.sentence - 2)
        .map((m) => ctx.place(m.featureId))
        .filter((p): p is FactPlace => p?.kind === 'region' && p.country === country.id);
      const ids = [...new Set(nearby.map((p) => p.id))];
      const hedge = HEDGES.exec(body.slice(0, match.index ?? 0));
      const claimStart = sentence.start + (match.index ?? 0) - (hedge?.[0].length ?? 0);
      const claim = text.slice(claimStart, after + country.name.length);
      if (ids.length === 0) {
        facts.push({
          sentence: sentence.sentence,
          kind: 'area-share',
          claim,
          statement: `No region of ${country.name} is named near this figure, so it cannot be checked.`,
          verdict: 'not-checkable',
          places: [country.id],
        });
        continue;
      }
      const withCompanions = [...ids];
      for (const id of ids)
        for (const extra of ctx.companions?.[id] ?? [])
          if (!withCompanions.includes(extra)) withCompanions.push(extra);
      const whole = ctx.regionsOf(country.id).flatMap((r) => (r.geometry ? [r.geometry] : []));
      const shapes = withCompanions.flatMap((id) => {
        const shape = ctx.regionsOf(country.id).find((r) => r.id === id)?.geometry;
        return shape ? [shape] : [];
      });
      const share = round1(areaSharePercent(shapes, whole));
      const hedged = hedge !== null;
      const tolerance = hedged ? Math.max(3, claimed * 0.15) : Math.max(1, claimed * 0.05);
      const count = /\b(?:all\s+)?(two|three|four|five|six|seven|eight)\b/iu.exec(
        body.slice(0, match.index ?? 0),
      );
      const countNote =
        count?.[1] !== undefined && NUMBER_WORDS[count[1].toLowerCase()] !== ids.length
          ? ` (the text counts ${count[1]}; ${ids.length} regions are named nearby)`
          : '';
      const names = withCompanions.map((id) => ctx.place(id)?.name ?? id);
      const statuses = [...new Set(withCompanions.map((id) => ctx.place(id)?.status ?? 'none'))];
      const parts =
        statuses.length < 2
          ? undefined
          : statuses.map((status) => {
              const places = withCompanions.filter((id) => (ctx.place(id)?.status ?? 'none') === status);
              const own = places.flatMap((id) => {
                const shape = ctx.place(id)?.geometry;
                return shape ? [shape] : [];
              });
              return { status, places, value: round1(areaSharePercent(own, whole)) };
            });
      const breakdown =
        parts === undefined
          ? ''
          : ` Of these, ${parts.map((p) => `${p.places.map((id) => ctx.place(id)?.name ?? id).join(', ')} (${STATUS_WORDS[p.status] ?? p.status}): ${p.value} %`).join('; ')}.`;
      facts.push({
        sentence: sentence.sentence,
        kind: 'area-share',
        claim,
        statement: `${names.join(', ')} make up ${share} % of ${country.name}'s area as drawn here: whole administrative regions, not the line of control${countNote}.${breakdown}`,
        verdict: Math.abs(share - claimed) <= tolerance ? 'agrees' : 'contradicts',
        places: [country.id, ...withCompanions],
        value: share,
        ...(parts === undefined ? {} : { parts }),
      });
    }
  }
  return facts;
}

function containment(
  text: string,
  sentences: readonly Span[],
  mentions: readonly FactMention[],
  ctx: FactContext,
): GeoFact[] {
  const facts: GeoFact[] = [];
  for (const sentence of sentences) {
    const here = mentionsIn(mentions, sentence).sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < here.length; i++) {
      const a = here[i];
      const b = here[i + 1];
      if (a === undefined || b === undefined) continue;
      const between = text.slice(a.end, b.start);
      const pa = ctx.place(a.featureId);
      const pb = ctx.place(b.featureId);
      if (pa === undefined || pb === undefined) continue;
      let town: FactPlace | undefined;
      let region: FactPlace | undefined;
      let end = b.end;
      // "the Donetsk region town of Lyman"
      if (
        /^\s+(?:region|oblast|province)(?:['’]s)?\s+(?:town|city|village|settlement)\s+of\s+$/iu.test(between)
      ) {
        region = pa;
        town = pb;
      } else if (
        /^\s+in\s+(?:the\s+)?$/iu.test(between) &&
        /^\s+(?:region|oblast|province)\b/iu.test(text.slice(b.end))
      ) {
        // "Lyman in the Donetsk region"
        town = pa;
        region = pb;
        end = b.end + (/^\s+(?:region|oblast|province)/iu.exec(text.slice(b.end))?.[0].length ?? 0);
      }
      if (town === undefined || region === undefined || region.kind !== 'region' || town.kind !== 'city')
        continue;
      const start = /\bthe\s+$/iu.test(text.slice(sentence.start, a.start)) ? a.start - 4 : a.start;
      const claim = text.slice(start, end);
      if (town.point === undefined || region.geometry === undefined) {
        facts.push({
          sentence: sentence.sentence,
          kind: 'containment',
          claim,
          statement: `${town.name} or ${region.name} has no location on this map, so it cannot be checked.`,
          verdict: 'not-checkable',
          places: [town.id, region.id],
        });
        continue;
      }
      const inside = isInside(town.point, region.geometry);
      facts.push({
        sentence: sentence.sentence,
        kind: 'containment',
        claim,
        statement: inside
          ? `${town.name} lies inside ${region.name} region's outline.`
          : `${town.name} lies outside ${region.name} region's outline as drawn here.`,
        verdict: inside ? 'agrees' : 'contradicts',
        places: [town.id, region.id],
      });
    }
  }
  return facts;
}

function corridors(
  text: string,
  sentences: readonly Span[],
  mentions: readonly FactMention[],
  ctx: FactContext,
): GeoFact[] {
  const facts: GeoFact[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const match = /\b(?:land\s+)?(?:corridor|bridge|link)\s+between\s+/iu.exec(body);
    if (match === null) continue;
    const after = sentence.start + match.index + match[0].length;
    const ends = mentionsIn(mentions, sentence)
      .filter((m) => m.start >= after)
      .sort((a, b) => a.start - b.start)
      .slice(0, 2);
    const [a, b] = ends;
    if (
      a === undefined ||
      b === undefined ||
      !/^\s*(?:the\s+)?[^,;.]*?\band\s+(?:the\s+)?[^,;.]*$/iu.test(text.slice(a.start, b.start))
    )
      continue;
    const claimEnd = /^\s+peninsula\b/iu.test(text.slice(b.end))
      ? b.end + (/^\s+peninsula/iu.exec(text.slice(b.end))?.[0].length ?? 0)
      : b.end;
    const claim = text.slice(sentence.start + match.index, claimEnd);
    const named = new Set(
      mentions.filter((m) => Math.abs(m.sentence - sentence.sentence) <= 1).map((m) => m.featureId),
    );
    const chain = adjacencyChain(a.featureId, b.featureId, ctx.areas, named);
    const names = (ids: readonly string[]): string => ids.map((id) => ctx.place(id)?.name ?? id).join(' → ');
    if (chain === undefined) {
      facts.push({
        sentence: sentence.sentence,
        kind: 'adjacency',
        claim,
        statement: `No chain of neighbouring regions joins ${names([a.featureId])} and ${names([b.featureId])} over land on this map.`,
        verdict:
          ctx.place(a.featureId)?.geometry && ctx.place(b.featureId)?.geometry
            ? 'contradicts'
            : 'not-checkable',
        places: [a.featureId, b.featureId],
      });
      continue;
    }
    facts.push({
      sentence: sentence.sentence,
      kind: 'adjacency',
      claim,
      statement: `Over land, ${names(chain)}: each shares a border with the next.`,
      verdict: 'agrees',
      places: chain,
    });
  }
  return facts;
}

function distances(
  text: string,
  sentences: readonly Span[],
  mentions: readonly FactMention[],
  ctx: FactContext,
): GeoFact[] {
  const facts: GeoFact[] = [];
  const pattern = /(\d+(?:[.,]\d+)?)\s*(km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+){0,2}?(?:from|of)\s+/giu;
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of body.matchAll(pattern)) {
      const at = sentence.start + (match.index ?? 0);
      const after = at + match[0].length;
      const here = mentionsIn(mentions, sentence);
      const target = here.find(
        (m) => m.start === after || (text.slice(after, m.start) === 'the ' && m.start === after + 4),
      );
      const source = here.filter((m) => m.end <= at).sort((x, y) => y.end - x.end)[0];
      if (target === undefined || source === undefined) continue;
      const from = ctx.place(source.featureId);
      const to = ctx.place(target.featureId);
      const claim = text.slice(at, target.end);
      const claimed =
        Number((match[1] ?? '0').replace(',', '.')) * (/^mile/iu.test(match[2] ?? '') ? 1.609344 : 1);
      if (from?.point === undefined || to?.point === undefined) {
        facts.push({
          sentence: sentence.sentence,
          kind: 'distance',
          claim,
          statement:
            'One of the two places is an area or has no location, so the distance cannot be checked.',
          verdict: 'not-checkable',
          places: [source.featureId, target.featureId],
        });
        continue;
      }
      const km = Math.round(greatCircleKm(from.point, to.point));
      facts.push({
        sentence: sentence.sentence,
        kind: 'distance',
        claim,
        statement: `${from.name} is ${km} km from ${to.name} in a straight line (great circle).`,
        verdict: Math.abs(km - claimed) <= Math.max(10, claimed * 0.15) ? 'agrees' : 'contradicts',
        places: [from.id, to.id],
        value: km,
      });
    }
  }
  return facts;
}

/**
 * Finds the claims about geography an article's sentences make and checks them against the outlines: a percent of
 * a country with the regions named nearby, "<town> in the <region> region" or "the <region> region town of <town>",
 * a corridor between two places, "<N> km from <place>". Returns the facts in sentence order; none when nothing is
 * checkable.
 * @example checkClaims(text, sentences, mentions, ctx) // [{ sentence: 3, kind: 'containment', verdict: 'agrees', … }]
 */
export function checkClaims(
  text: string,
  sentences: readonly { index: number; start: number; end: number }[],
  mentions: readonly FactMention[],
  ctx: FactContext,
): GeoFact[] {
  const spans = sentences.map((s) => ({ sentence: s.index, start: s.start, end: s.end }));
  return [
    ...areaShares(text, spans, mentions, ctx),
    ...containment(text, spans, mentions, ctx),
    ...corridors(text, spans, mentions, ctx),
    ...distances(text, spans, mentions, ctx),
  ].sort((a, b) => a.sentence - b.sentence);
}
