// Pure arithmetic for scripts/bench.ts, kept apart so it can be unit-tested.

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

/**
 * Total blocking time between two instants: for each long task, the part beyond 50 ms that falls inside the
 * window [from, to] (the Lighthouse definition, clipped to the window).
 */
export function totalBlockingTime(
  tasks: readonly { start: number; duration: number }[],
  from: number,
  to: number,
): number {
  let total = 0;
  for (const t of tasks) {
    const start = Math.max(t.start, from);
    const end = Math.min(t.start + t.duration, to);
    if (end <= start) continue;
    // Only time past the first 50 ms of the task blocks.
    const blockingStart = Math.max(start, t.start + 50);
    if (end > blockingStart) total += end - blockingStart;
  }
  return total;
}

export type ByteCategory = 'critical' | 'app' | 'maplibre' | 'data' | 'other';

/**
 * Which part of the load a response (by its path) belongs to: the critical path (the page itself and what
 * blocked its first paint, `blocking`: Resource Timing's renderBlockingStatus), MapLibre (its lazy chunk,
 * stylesheet and worker), the map data, the rest of the app's scripts and stylesheets (fetched in parallel, needed
 * to make the page interactive), or anything else.
 */
export function categorise(path: string, blocking: ReadonlySet<string> = new Set()): ByteCategory {
  if (path.endsWith('/') || path.endsWith('.html') || blocking.has(path)) return 'critical';
  if (path.endsWith('.geojson')) return 'data';
  if (/maplibre-gl-worker|\/(controller|bounds)-[\w-]+\.(js|css)$/.test(path)) return 'maplibre';
  if (/\.(js|css)$/.test(path)) return 'app';
  return 'other';
}

/** "1.23×" for a ratio, "n/a" when either side is missing. */
export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a';
}
