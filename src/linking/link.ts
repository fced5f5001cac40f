/**
 * Links text to gazetteer features: sentences, then names, then a reading for each name.
 */
import type { Gazetteer, GazetteerEntry, LinkResult, Mention } from './types';
import type { CompiledGazetteer } from './gazetteer';
import { compileGazetteer } from './gazetteer';
import { findNames } from './match';
import { foldText } from './normalize';
import { decideReading } from './reading';
import { segmentSentences } from './segment';

/**
 * Sentences and place mentions of `text`, mentions sorted by start, non-overlapping, each inside its sentence.
 * @example linkText('Kyiv’s forces', compiled).mentions[0] // {sentence: 0, start: 0, end: 4, surface: 'Kyiv', featureId: 'gn:703448', reading: 'metonym', rule: 'possessive', resolution: 'unique'}
 */
export function linkText(text: string, compiled: CompiledGazetteer): LinkResult {
  const sentences = segmentSentences(text);
  const folded = foldText(text);
  const mentions: Mention[] = [];
  const places = new Map<string, GazetteerEntry>();
  for (const name of findNames(text, compiled, sentences, folded)) {
    if (name.entry.unlocated !== undefined && !compiled.byId.has(name.entry.id))
      places.set(name.entry.id, name.entry);
    const sentence = sentences[name.sentence];
    if (!sentence) continue;
    const { reading, rule } = name.adjective
      ? { reading: 'adjective' as const, rule: 'demonym' as const }
      : decideReading({
          folded,
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
          start: name.start,
          end: name.end,
          seat: name.entry.seat,
          dateline: name.dateline,
        });
    mentions.push({
      sentence: name.sentence,
      start: name.start,
      end: name.end,
      surface: text.slice(name.start, name.end),
      featureId: name.entry.id,
      reading,
      rule,
      resolution: name.resolution,
    });
  }
  return places.size > 0 ? { sentences, mentions, places: [...places.values()] } : { sentences, mentions };
}

/**
 * Compiles the gazetteer and links the text in one call; compile once with {@link compileGazetteer} when linking many texts.
 * @example linkArticle('MOSCOW\nThe Kremlin said.', gazetteer).mentions.map((m) => m.reading) // ['literal', 'metonym']
 */
export function linkArticle(text: string, gazetteer: Gazetteer): LinkResult {
  return linkText(text, compileGazetteer(gazetteer));
}
