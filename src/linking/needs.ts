/**
 * Deciding, before loading it, whether an article needs the world gazetteer: does it contain a capitalised word
 * that starts a name only the world gazetteer has? The keys are generated with the data (gazetteer-world-keys.json).
 */
import { spellingKey } from './spelling';

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/**
 * True when some capitalised word of `text` has a spelling key in `keys`.
 * @example needsMoreThanDefault('Troops entered Izyum.', new Set(['izium'])) // true
 */
export function needsMoreThanDefault(text: string, keys: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    let word = m[0];
    if (/['’ʼ][sS]$/u.test(word)) word = word.slice(0, -2);
    if (keys.has(spellingKey(word))) return true;
  }
  return false;
}

/**
 * The first-word keys of names the world gazetteer has and the default one does not, leaving out words that are
 * mostly first names or common words: the set {@link needsMoreThanDefault} looks for.
 * @example triggerKeys(world.entries, base.entries, new Set()).has('izium') // true
 */
export function triggerKeys(
  world: ReadonlyArray<{ name: string; aliases: readonly string[] }>,
  base: ReadonlyArray<{ name: string; aliases: readonly string[] }>,
  excluded: ReadonlySet<string>,
): string[] {
  const firstWords = (entries: typeof world) =>
    new Set(
      entries
        .flatMap((e) => [e.name, ...e.aliases].map((n) => spellingKey(n).split(' ')[0] ?? ''))
        .filter(Boolean),
    );
  const covered = firstWords(base);
  const skip = new Set([...excluded].map((w) => spellingKey(w)));
  return [...firstWords(world)].filter((k) => !covered.has(k) && !skip.has(k)).sort();
}
