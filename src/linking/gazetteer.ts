/**
 * Compiles a gazetteer into character tries over folded aliases, so the matcher can find the longest name
 * starting at any position in one walk ("former Soviet Union" before "Soviet Union", "United States of America"
 * before "United States").
 */
import type { FeatureKind, Gazetteer, GazetteerEntry } from './types';
import { foldAlias, isWhitespace, wordCharAt } from './normalize';
import { spellingKey } from './spelling';

/** One trie node; `entries` is set when a whole alias ends here, best candidate first. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entries: Candidates | undefined;
}

/** Features sharing one spelling, best first; never empty. */
export type Candidates = [GazetteerEntry, ...GazetteerEntry[]];

/** A feature reachable by a spelling key, and whether the key came from one of its adjectives ("Ukrainian"). */
export interface KeyCandidate {
  entry: GazetteerEntry;
  adjective: boolean;
}

/** A gazetteer ready for matching. */
export interface CompiledGazetteer {
  /** Spelling keys ({@link spellingKey}) of every name, alias and adjective, for variant spellings. */
  readonly keys: ReadonlyMap<string, readonly KeyCandidate[]>;
  /** The most words any key has, so the matcher knows how far to look. */
  readonly maxKeyWords: number;
  /** Every word-prefix of every key ("nova", "nova kakhovka"), so the matcher stops extending a run early. */
  readonly keyPrefixes: ReadonlySet<string>;
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** Folded aliases exactly as cased in the gazetteer. */
  readonly exact: TrieNode;
  /** Upper-cased folded aliases, for all-caps datelines and headlines. */
  readonly upper: TrieNode;
}

/** A name found in the text: [start, end) and the entries that carry that name, best first. */
export interface TrieMatch {
  start: number;
  end: number;
  entries: Readonly<Candidates>;
}

// When one spelling belongs to several features (a region and its capital city both called "Donetsk"), a bare
// name in news text most often means the larger unit; the linker can still pick another kind from context.
const KIND_RANK: Record<FeatureKind, number> = {
  country: 0,
  union: 1,
  region: 2,
  city: 3,
  landmark: 4,
  sea: 5,
  river: 6,
  reservoir: 7,
};

// In an all-caps line these aliases cannot be told apart from ordinary words ("TELL US"), so they are only
// matched where the text has lower case to compare against.
// prettier-ignore
const COMMON_WORDS = new Set([
  'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh',
  'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we',
]);

/**
 * Indexes every name and alias of every entry (first entry wins on a duplicate id; blank aliases are ignored).
 * @example compileGazetteer(FIXTURE_GAZETTEER).byId.get('gn:703448')?.name // "Kyiv"
 */
export function compileGazetteer(g: Gazetteer): CompiledGazetteer {
  const byId = firstById(g);
  const exact = newNode();
  const upper = newNode();
  const keys = new Map<string, KeyCandidate[]>();
  let maxKeyWords = 1;
  const keyPrefixes = new Set<string>();
  const addKey = (name: string, entry: GazetteerEntry, adjective: boolean) => {
    // Acronyms ("US", "U.S.S.R.") are matched exactly only: by key, "US" would also find "Us" and "us".
    if (!/\p{Ll}/u.test(name)) return;
    const key = spellingKey(name);
    if (key === '') return;
    const words = key.split(' ');
    maxKeyWords = Math.max(maxKeyWords, words.length);
    for (let n = 1; n <= words.length; n++) keyPrefixes.add(words.slice(0, n).join(' '));
    const list = keys.get(key) ?? [];
    if (!list.some((c) => c.entry === entry && c.adjective === adjective)) list.push({ entry, adjective });
    keys.set(key, list);
  };
  for (const entry of byId.values()) {
    for (const name of [entry.name, ...entry.aliases]) addKey(name, entry, false);
    for (const adjective of entry.adjectives ?? []) addKey(adjective, entry, true);
    const keys = new Set([entry.name, ...entry.aliases].map(foldAlias).filter((k) => k !== ''));
    for (const key of keys) {
      insert(exact, key, entry);
      if (!COMMON_WORDS.has(key.toLowerCase())) insert(upper, key.toUpperCase(), entry);
    }
  }
  sortCandidates(exact, (e) => foldAlias(e.name));
  sortCandidates(upper, (e) => foldAlias(e.name).toUpperCase());
  for (const list of keys.values()) list.sort((a, b) => compareEntries(a.entry, b.entry));
  return { byId, exact, upper, keys, maxKeyWords, keyPrefixes };
}

/** The entries by id, the first of an id winning. */
function firstById(g: Gazetteer): Map<string, GazetteerEntry> {
  const byId = new Map<string, GazetteerEntry>();
  for (const entry of g.entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
}

/**
 * A compiled gazetteer whose `byId` is `byId`, and whose tries and keys are those of `rest()`, built the first time
 * one of them is read. At boot review only looks places up by id; the tries and keys of the default gazetteer (1–6 ms
 * in Node, more on a slow phone, on the page's thread while the map is drawn) wait until a mention is reviewed or a
 * place searched for.
 * @example lazyGazetteer(byId, () => compileGazetteer(g)).byId.get('UA-14')
 */
export function lazyGazetteer(
  byId: ReadonlyMap<string, GazetteerEntry>,
  rest: () => CompiledGazetteer,
): CompiledGazetteer {
  let compiled: CompiledGazetteer | undefined;
  const all = () => (compiled ??= rest());
  return {
    byId,
    get keys() {
      return all().keys;
    },
    get maxKeyWords() {
      return all().maxKeyWords;
    },
    get keyPrefixes() {
      return all().keyPrefixes;
    },
    get exact() {
      return all().exact;
    },
    get upper() {
      return all().upper;
    },
  };
}

/**
 * {@link compileGazetteer}, with everything but `byId` compiled when first read (see {@link lazyGazetteer}).
 * @example compileGazetteerLazily(FIXTURE_GAZETTEER).byId.get('gn:703448')?.name // "Kyiv"
 */
export function compileGazetteerLazily(g: Gazetteer): CompiledGazetteer {
  return lazyGazetteer(firstById(g), () => compileGazetteer(g));
}

/**
 * The longest alias in `trie` that starts at `start` in folded text and ends by `limit` at a word boundary. A space
 * in an alias matches any run of whitespace, so "United\u00a0States" is found too.
 * @example longestMatch(compiled.exact, 'in Kyiv said', 3, 12)?.end // 7
 */
export function longestMatch(
  trie: TrieNode,
  folded: string,
  start: number,
  limit: number,
): TrieMatch | undefined {
  let best: TrieMatch | undefined;
  let node = trie;
  let i = start;
  for (;;) {
    if (node.entries && i > start && !wordCharAt(folded, i)) best = { start, end: i, entries: node.entries };
    if (i >= limit) break;
    const ch = folded.charAt(i);
    if (isWhitespace(ch)) {
      const child = node.next.get(' ');
      if (!child) break;
      while (i < limit && isWhitespace(folded.charAt(i))) i++;
      node = child;
    } else {
      const child = node.next.get(ch);
      if (!child) break;
      node = child;
      i++;
    }
  }
  return best;
}

function newNode(): TrieNode {
  return { next: new Map(), entries: undefined };
}

function insert(root: TrieNode, key: string, entry: GazetteerEntry): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charAt(i);
    let child = node.next.get(ch);
    if (!child) {
      child = newNode();
      node.next.set(ch, child);
    }
    node = child;
  }
  if (!node.entries) node.entries = [entry];
  else if (!node.entries.includes(entry)) node.entries.push(entry);
}

/** Orders candidates sharing a key: the entry whose own name it is, then by kind, then by id for determinism. */
function sortCandidates(root: TrieNode, nameKey: (e: GazetteerEntry) => string): void {
  const stack: Array<{ node: TrieNode; key: string }> = [{ node: root, key: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, key } = item;
    if (node.entries && node.entries.length > 1) {
      node.entries.sort(
        (a, b) => Number(nameKey(b) === key) - Number(nameKey(a) === key) || compareEntries(a, b),
      );
    }
    for (const [ch, child] of node.next) stack.push({ node: child, key: key + ch });
  }
}

/** Kind first (a region before a town of the same name), then the larger population, then id. */
function compareEntries(a: GazetteerEntry, b: GazetteerEntry): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (b.population ?? 0) - (a.population ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
