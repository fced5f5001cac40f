/**
 * The JSON shape printed by `npm run link`: plain offsets, mentions with the feature id and reading, and the
 * features they point to. Kept apart from the linker's own types so the app can evolve those freely.
 */
import type { FeatureKind, Gazetteer, GazetteerEntry, LinkResult, Reading } from './types';

export interface ReportMention {
  start: number;
  end: number;
  text: string;
  feature: string;
  reading: Reading;
  rule: string;
}

/**
 * A point feature carries `point` ([lon, lat]); an area carries `bbox` ([west, south, east, north]); a place the
 * linker made up (LinkResult.places) carries `unlocated` (why it cannot be drawn) and the bbox of its region.
 */
export type ReportFeature =
  | { name: string; kind: FeatureKind; point: [number, number] }
  | { name: string; kind: FeatureKind; bbox: [number, number, number, number] }
  | { name: string; kind: FeatureKind; unlocated: string; bbox: [number, number, number, number] };

export interface LinkReport {
  sentences: Array<{ start: number; end: number }>;
  mentions: ReportMention[];
  features: Record<string, ReportFeature>;
}

const POINT_KINDS = new Set<FeatureKind>(['city', 'landmark']);

/**
 * The report for one linked text: every feature a mention points to, described once.
 * @example linkReport(link, byId).mentions[0] // {start: 0, end: 4, text: 'Kyiv', feature: 'gn:703448', reading: 'literal', rule: 'dateline'}
 */
export function linkReport(link: LinkResult, byId: ReadonlyMap<string, GazetteerEntry>): LinkReport {
  const features: Record<string, ReportFeature> = {};
  const mentions: ReportMention[] = [];
  const madeUp = new Map((link.places ?? []).map((p) => [p.id, p]));
  for (const m of link.mentions) {
    const entry = byId.get(m.featureId) ?? madeUp.get(m.featureId);
    if (!entry) continue;
    mentions.push({
      start: m.start,
      end: m.end,
      text: m.surface,
      feature: m.featureId,
      reading: m.reading,
      // A reading rule says little for a place that cannot be a metonym; the rule that chose the feature does.
      rule: m.rule === 'not-seat' ? (m.resolution ?? m.rule) : m.rule,
    });
    features[entry.id] ??= describeFeature(entry);
  }
  return { sentences: link.sentences.map(({ start, end }) => ({ start, end })), mentions, features };
}

function describeFeature(entry: GazetteerEntry): ReportFeature {
  const { name, kind, bbox } = entry;
  if (entry.unlocated !== undefined && !entry.point) return { name, kind, unlocated: entry.unlocated, bbox };
  if (entry.point) return { name, kind, point: entry.point };
  if (POINT_KINDS.has(kind)) {
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return { name, kind, point: [round((bbox[0] + bbox[2]) / 2), round((bbox[1] + bbox[3]) / 2)] };
  }
  return { name, kind, bbox };
}

/**
 * One gazetteer from several: the first to define an id wins, so the app's curated entries take precedence
 * over the generated world list.
 * @example mergeGazetteers(defaultGazetteer, worldGazetteer).entries.length
 */
export function mergeGazetteers(...gazetteers: Gazetteer[]): Gazetteer {
  const seen = new Set<string>();
  const entries: GazetteerEntry[] = [];
  for (const g of gazetteers) {
    for (const e of g.entries) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      entries.push(e);
    }
  }
  return { entries };
}
