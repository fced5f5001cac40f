/**
 * The map as an SVG file for print and social: the places the article names drawn from the same outlines as the
 * app's map, each numbered in the order the article first names it (the same numbers a printed article can carry),
 * with the title, the date, a legend and the attribution. Drawn from data, not read back from WebGL, so it is the
 * same picture on every machine. Every name is written as XML text, escaped.
 */
import type { Geometry, Position } from 'geojson';
import { fitProjection, pathData, type Bounds } from '../geo/svg';
import type { GazetteerEntry, PlaceStatus } from '../linking/types';
import { geometryFor, placesInOrder, statusFor, type ExportInput } from './common';

export interface MapSvgOptions {
  width?: number;
  height?: number;
  title?: string;
  date?: string;
  attribution?: string;
  /** Outlines drawn in grey behind the places (neighbouring countries), clipped to the frame. */
  background?: readonly Geometry[];
}

/** Where the app's outlines and towns come from (data/README.md). */
export const DEFAULT_ATTRIBUTION =
  'Outlines: Natural Earth. Towns: GeoNames (CC BY 4.0). Map: Article Atlas.';
/** Added when a reservoir's outline is drawn: it comes from OpenStreetMap data (ODbL), which asks for this credit. */
export const RESERVOIR_CREDIT = 'Reservoir: © OpenStreetMap contributors (ODbL).';

// The app's colours (src/map/style/theme.ts and app.css), repeated here because export/ imports no map code.
const COLOURS = {
  sea: '#c9dde8',
  land: '#f2efe9',
  ink: '#1d1d1b',
  muted: '#575750',
  'claimed-2022': '#c0392b',
  'annexed-2014': '#6c3483',
  named: '#b9770e',
  country: '#1f3a5f',
};

const HEADER = 72;
const FOOTER = 56;

/**
 * The number of each place: 1 for the first named in the article, and so on.
 * @example placeNumbers(input).get('gn:524901') // 1
 */
export function placeNumbers(input: ExportInput): Map<string, number> {
  return new Map(placesInOrder(input).map(({ entry }, i) => [entry.id, i + 1]));
}

/**
 * Escapes text for XML content and attributes.
 * @example escapeXml('<b>&') // '&lt;b&gt;&amp;'
 */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/gu, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

function boxOf(entry: GazetteerEntry): Bounds {
  return entry.frame ?? entry.bbox;
}

/** The frame: the finest places the article names (regions, towns, landmarks), else all of them; padded. */
function frameOf(entries: readonly GazetteerEntry[]): Bounds {
  const fine = entries.filter((e) => e.kind !== 'country' && e.kind !== 'union' && !e.unlocated);
  const use = fine.length > 0 ? fine : entries;
  if (use.length === 0) return [22, 44, 41, 53];
  let [w, s, e, n] = boxOf(use[0]!);
  for (const entry of use.slice(1)) {
    const b = boxOf(entry);
    w = Math.min(w, b[0]);
    s = Math.min(s, b[1]);
    e = Math.max(e, b[2]);
    n = Math.max(n, b[3]);
  }
  // A town alone is a point: give the frame some country around it.
  const padX = Math.max((e - w) * 0.12, 1.5);
  const padY = Math.max((n - s) * 0.12, 1);
  return [w - padX, s - padY, e + padX, n + padY];
}

function anchorOf(entry: GazetteerEntry, geometry: Geometry | null): Position {
  if (geometry?.type === 'Point') return geometry.coordinates;
  return (
    entry.label ?? entry.point ?? [(entry.bbox[0] + entry.bbox[2]) / 2, (entry.bbox[1] + entry.bbox[3]) / 2]
  );
}

function colourOf(entry: GazetteerEntry, status: PlaceStatus): string {
  if (status === 'claimed-2022' || status === 'annexed-2014') return COLOURS[status];
  return entry.kind === 'country' || entry.kind === 'union' ? COLOURS.country : COLOURS.named;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Where a number badge and its name go beside the anchor: the first of a few spots clear of those already placed
 * (Moscow and the Kremlin share a point), else the first spot.
 */
function placeLabel(
  x: number,
  y: number,
  name: string,
  placed: Box[],
): { bx: number; by: number; left: boolean } {
  const textWidth = 24 + name.length * 7.5;
  const spots: Array<[number, number, boolean]> = [
    [12, -12, false],
    [12, 14, false],
    [-12, -12, true],
    [-12, 14, true],
    [12, -38, false],
    [12, 40, false],
    [-12, -38, true],
    [-12, 40, true],
  ];
  const boxAt = ([dx, dy, left]: [number, number, boolean]): Box => {
    const bx = x + dx;
    const by = y + dy;
    return left
      ? { x0: bx - textWidth, y0: by - 12, x1: bx + 12, y1: by + 12 }
      : { x0: bx - 12, y0: by - 12, x1: bx + textWidth, y1: by + 12 };
  };
  const spot = spots.find((s) => !placed.some((b) => overlaps(b, boxAt(s)))) ?? spots[0]!;
  placed.push(boxAt(spot));
  return { bx: x + spot[0], by: y + spot[1], left: spot[2] };
}

/**
 * The map as a standalone SVG document.
 * @example toMapSvg(input, { title: 'Russia to annex four regions' }).startsWith('<?xml') // true
 */
/** The default credit, with OpenStreetMap's when a reservoir with an outline is among the places drawn. */
function attributionFor(entries: readonly GazetteerEntry[], input: ExportInput): string {
  const reservoir = entries.some((e) => e.kind === 'reservoir' && input.geometryOf(e.id) !== null);
  return reservoir ? `${DEFAULT_ATTRIBUTION} ${RESERVOIR_CREDIT}` : DEFAULT_ATTRIBUTION;
}

export function toMapSvg(input: ExportInput, options: MapSvgOptions = {}): string {
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  const mapHeight = height - HEADER - FOOTER;
  const places = placesInOrder(input);
  const entries = places.map((p) => p.entry);
  const frame = frameOf(entries);
  const project0 = fitProjection(frame, width, mapHeight);
  const project = (p: Position): [number, number] => {
    const [x, y] = project0(p);
    return [x, y + HEADER];
  };
  const r = (v: number) => Math.round(v * 10) / 10;
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, 'Segoe UI', Roboto, Arial, sans-serif">`,
  );
  const title = options.title ?? input.meta.title;
  out.push(`<title>${escapeXml(title || 'Places named in the article')}</title>`);
  out.push(
    `<defs><clipPath id="frame"><rect x="0" y="${HEADER}" width="${width}" height="${mapHeight}"/></clipPath></defs>`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<rect x="0" y="${HEADER}" width="${width}" height="${mapHeight}" fill="${COLOURS.sea}"/>`);
  out.push(`<g clip-path="url(#frame)">`);
  for (const g of options.background ?? []) {
    const d = pathData(g, project);
    if (d) out.push(`<path d="${d}" fill="${COLOURS.land}" stroke="#b9b4a8" stroke-width="0.8"/>`);
  }
  const geometries = new Map(places.map(({ entry }) => [entry.id, geometryFor(input, entry)]));
  // Countries first, so the regions and towns they hold are drawn over them.
  const byArea = [...places].sort(
    (a, b) =>
      Number(b.entry.kind === 'country' || b.entry.kind === 'union') -
      Number(a.entry.kind === 'country' || a.entry.kind === 'union'),
  );
  for (const { entry } of byArea) {
    const g = geometries.get(entry.id);
    if (!g) continue;
    const d = pathData(g, project);
    if (!d) continue;
    const broad = entry.kind === 'country' || entry.kind === 'union';
    const status = statusFor(input, entry);
    const colour = colourOf(entry, status);
    const dash = status === 'annexed-2014' ? ' stroke-dasharray="6 4"' : '';
    out.push(
      `<path d="${d}" fill="${broad ? COLOURS.land : colour}" fill-opacity="${broad ? 1 : 0.35}" stroke="${colour}" stroke-width="${broad ? 1.2 : 1.6}"${dash} data-place="${escapeXml(entry.id)}"/>`,
    );
  }
  out.push(`</g>`);
  const numbers = placeNumbers(input);
  const placed: Box[] = [];
  const badges: string[] = [];
  // Places beyond the frame (a country far away, a place no data locates) keep their number in the footer.
  const offMap: string[] = [];
  for (const { entry } of places) {
    const g = geometries.get(entry.id) ?? null;
    const [x, y] = project(anchorOf(entry, g));
    const n = numbers.get(entry.id) ?? 0;
    if (entry.unlocated || x < 0 || x > width || y < HEADER || y > HEADER + mapHeight) {
      offMap.push(`${n} ${entry.name}`);
      continue;
    }
    if (g?.type === 'Point' || (!g && entry.point)) {
      out.push(
        `<circle cx="${r(x)}" cy="${r(y)}" r="4" fill="${COLOURS.ink}" stroke="#fff" stroke-width="1.5"/>`,
      );
      placed.push({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
    }
    const spot = placeLabel(x, y, entry.name, placed);
    const bx = r(spot.bx);
    const by = r(spot.by);
    const nameX = spot.left ? r(bx - 15) : r(bx + 15);
    badges.push(
      `<g data-number="${n}"><circle cx="${bx}" cy="${by}" r="11" fill="${COLOURS.ink}" stroke="#fff" stroke-width="1.5"/>` +
        `<text x="${bx}" y="${r(by + 4.5)}" text-anchor="middle" font-size="13" font-weight="700" fill="#fff">${n}</text>` +
        `<text x="${nameX}" y="${r(by + 5)}"${spot.left ? ' text-anchor="end"' : ''} font-size="14" fill="${COLOURS.ink}" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(entry.name)}</text></g>`,
    );
  }
  out.push(...badges);
  // Header: title and date.
  out.push(
    `<text x="20" y="32" font-size="22" font-weight="700" fill="${COLOURS.ink}">${escapeXml(title || 'Places named in the article')}</text>`,
  );
  const date = options.date ?? input.meta.date;
  const sub = [
    date,
    `${places.length} ${places.length === 1 ? 'place' : 'places'} named, numbered in order of first mention`,
  ]
    .filter((s) => s !== '')
    .join(' · ');
  out.push(`<text x="20" y="56" font-size="14" fill="${COLOURS.muted}">${escapeXml(sub)}</text>`);
  // Footer: legend of the statuses present, and the attribution.
  const legend: Array<[string, string, string]> = [];
  const regionStatuses = new Set(entries.filter((e) => e.kind === 'region').map((e) => statusFor(input, e)));
  if (regionStatuses.has('claimed-2022'))
    legend.push(['Claimed by Russia, 2022', COLOURS['claimed-2022'], '']);
  if (regionStatuses.has('annexed-2014'))
    legend.push(['Annexed by Russia, 2014', COLOURS['annexed-2014'], '6 4']);
  if (regionStatuses.has('none')) legend.push(['Other region named', COLOURS.named, '']);
  let lx = 20;
  const ly = height - FOOTER + 24;
  for (const [label, colour, dash] of legend) {
    out.push(
      `<rect x="${lx}" y="${ly - 11}" width="18" height="12" fill="${colour}" fill-opacity="0.35" stroke="${colour}" stroke-width="1.6"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    out.push(
      `<text x="${lx + 24}" y="${ly}" font-size="13" fill="${COLOURS.ink}">${escapeXml(label)}</text>`,
    );
    lx += 34 + label.length * 7;
  }
  if (offMap.length > 0) {
    out.push(
      `<text x="20" y="${height - 8}" font-size="12" fill="${COLOURS.muted}">${escapeXml(`Not in this frame: ${offMap.join(', ')}`)}</text>`,
    );
  }
  out.push(
    `<text x="${width - 20}" y="${height - 8}" text-anchor="end" font-size="11" fill="${COLOURS.muted}">${escapeXml(options.attribution ?? attributionFor(entries, input))}</text>`,
  );
  out.push(`</svg>`);
  return `${out.join('\n')}\n`;
}
