/**
 * Spelling keys: one string for all the ways news text romanises a Ukrainian or Russian place name, so the
 * linker handles transliteration families by rule instead of listing every variant as an alias.
 */

/**
 * The key of one word or multi-word name. Rules, in order: drop accents and apostrophes (soft signs), fold case;
 * j → y, y → i (ya/ia, yi/i, yu/iu, -yy/-yi); g → h (Russian г as Ukrainian h: Lugansk/Luhansk,
 * Energodar/Enerhodar); ie → e (Syevyerodonetsk/Severodonetsk); zhzh → zh and doubled letters single
 * (Zaporizhzhia/Zaporizhia, Odessa/Odesa); a final -ov or -ev → -iv (Kharkov/Kharkiv, Lvov/Lviv, Kiev/Kyiv).
 * Hyphens and spaces both become one space.
 * @example spellingKey('Kup’yans’k') === spellingKey('Kupiansk') // true
 */
export function spellingKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018\u02BC\u02B9\u2032`]/gu, '')
    .split(/[\s\-\u2010\u2011]+/u)
    .filter((w) => w !== '');
  return words.map(wordKey).join(' ');
}

function wordKey(word: string): string {
  return word
    .replace(/j/gu, 'y')
    .replace(/y/gu, 'i')
    .replace(/g/gu, 'h')
    .replace(/ie/gu, 'e')
    .replace(/zhzh/gu, 'zh')
    .replace(/(.)\1+/gu, '$1')
    .replace(/(?:ov|ev)$/u, 'iv');
}
