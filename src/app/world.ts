/**
 * The world gazetteer, loaded only for an article that needs it. The default article is linked with the small
 * default gazetteer (its golden test proves that is enough), so it never downloads the world file; another
 * article first loads the small list of names only the world file has, and the world file only if one occurs.
 */
import { needsMoreThanDefault } from '../linking/needs';
import { mergeGazetteers } from '../linking/report';
import type { Gazetteer } from '../linking/types';
import { parseGazetteer } from '../state/data';

function isKeysFile(v: unknown): v is { keys: string } {
  return typeof v === 'object' && v !== null && 'keys' in v && typeof v.keys === 'string';
}

/**
 * The gazetteer to link `text` with: `base` when it suffices, else the world gazetteer with `base` inside it.
 * Both data files are separate chunks of our own origin, fetched on first use.
 */
export async function gazetteerFor(
  text: string,
  base: Gazetteer,
  isDefaultArticle: boolean,
): Promise<Gazetteer> {
  if (isDefaultArticle) return base;
  const keys: unknown = (await import('../../data/gazetteer-world-keys.json')).default;
  if (!isKeysFile(keys)) throw new Error('gazetteer-world-keys.json: expected {"keys": "..."}');
  if (!needsMoreThanDefault(text, new Set(keys.keys.split(' ')))) return base;
  return worldGazetteer(base);
}

/**
 * The whole world gazetteer with `base` inside it, for choosing any place in review (loaded once per page).
 */
export async function worldGazetteer(base: Gazetteer): Promise<Gazetteer> {
  const world = parseGazetteer((await import('../../data/gazetteer-world.json')).default);
  // The world file holds every default entry too, with more facts; it wins on shared ids.
  return mergeGazetteers(world, base);
}
