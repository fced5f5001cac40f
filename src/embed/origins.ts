/** Who the frame listens to and who it tells about the reader's state. */
export interface OriginPolicy {
  /** Origins whose messages the frame acts on (always also required to come from window.parent). */
  allowed: ReadonlySet<string>;
  /** The one origin state messages are posted to, or null when it cannot be known (then only height is posted). */
  target: string | null;
}

/**
 * Decides the origins from what the browser says about the embedding page and an optional allowlist in the
 * embed URL (`origins=https://news.example,https://preview.news.example`). Without an allowlist the parent's own
 * origin is the only one allowed; an origin that cannot be parsed, or the opaque "null", is never allowed.
 * @example resolveOrigins({ ancestorOrigins: ['https://news.example'], referrer: '', allowlist: null }).target // 'https://news.example'
 */
export function resolveOrigins(input: {
  ancestorOrigins: readonly string[];
  referrer: string;
  allowlist: string | null;
}): OriginPolicy {
  const parent = originOf(input.ancestorOrigins[0] ?? '') ?? originOf(input.referrer);
  if (input.allowlist === null) {
    return parent ? { allowed: new Set([parent]), target: parent } : { allowed: new Set(), target: null };
  }
  const listed = input.allowlist
    .split(',')
    .slice(0, 16)
    .map((s) => originOf(s.trim()))
    .filter((o): o is string => o !== null);
  const allowed = new Set(listed);
  // When the browser hides the parent's origin (a strict Referrer-Policy), a list of one says who it must be.
  const target = parent
    ? allowed.has(parent)
      ? parent
      : null
    : allowed.size === 1
      ? (listed[0] ?? null)
      : null;
  return { allowed, target };
}

/**
 * The origin of an http(s) URL, or null.
 * @example originOf('https://news.example/story?x=1') // 'https://news.example'
 */
export function originOf(url: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}
