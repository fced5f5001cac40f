/**
 * Deciding, before loading it, whether an article needs the world gazetteer: does it contain a capitalised word
 * that starts a name only the world gazetteer has? The keys are generated with the data (gazetteer-world-keys.json).
 */
import { spellingKey } from './spelling';

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;
/** The word right after a capitalised word, past one space or hyphen. */
const NEXT_WORD = /^[ -]([\p{L}\p{M}]+)/u;

/**
 * True when some capitalised word of `text`, or such a word with the word after it, has a spelling key in `keys`.
 * Names that start with a common word ("Black Sea", "White House") are keyed by their first two words.
 * @example needsMoreThanDefault('Troops entered Izyum.', new Set(['izium'])) // true
 * @example needsMoreThanDefault('Ships in the Black Sea.', new Set(['black+sea'])) // true
 */
export function needsMoreThanDefault(text: string, keys: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    let word = m[0];
    if (/['’ʼ][sS]$/u.test(word)) word = word.slice(0, -2);
    const key = spellingKey(word);
    if (keys.has(key)) return true;
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    if (next !== undefined && keys.has(`${key}+${spellingKey(next)}`)) return true;
  }
  return false;
}

/**
 * The first-word keys of names the world gazetteer has and the default one does not, leaving out words that are
 * mostly first names or common words: the set {@link needsMoreThanDefault} looks for. A name whose first word is one
 * of those left out is keyed by its first two words instead ("black+sea": the keys file is one string of keys split at
 * spaces), so that it still asks for the world file.
 * @example triggerKeys(world.entries, base.entries, new Set()).has('izium') // true
 */
export function triggerKeys(
  world: ReadonlyArray<{ name: string; aliases: readonly string[] }>,
  base: ReadonlyArray<{ name: string; aliases: readonly string[] }>,
  excluded: ReadonlySet<string>,
): string[] {
  const skip = new Set([...excluded].map((w) => spellingKey(w)));
  const keyOf = (name: string): string => {
    const [first = '', second] = spellingKey(name).split(' ');
    return skip.has(first) && second !== undefined ? `${first}+${second}` : first;
  };
  const keysOf = (entries: typeof world) =>
    new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(keyOf)).filter(Boolean));
  const covered = keysOf(base);
  return [...keysOf(world)].filter((k) => !covered.has(k) && !skip.has(k)).sort();
}
