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
  let key = memo.get(name);
  if (key === undefined) {
    key = splitWords(name).map(wordKey).join(' ');
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, key);
  }
  return key;
}

/**
 * The key of one word (no spaces or hyphens inside), memoised: the matcher asks for the same capitalised words
 * over and over.
 * @example wordSpellingKey('Izyum') // "izium"
 */
export function wordSpellingKey(word: string): string {
  return spellingKey(word);
}

const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

function splitWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018\u02BC\u02B9\u2032`]/gu, '')
    .split(/[\s\-\u2010\u2011]+/u)
    .filter((w) => w !== '');
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

/**
 * The key a Russian form of a Ukrainian village name would have in its Ukrainian spelling, word by word: final
 * -ovo/-evo → -ove (Svatovo/Svatove), -aia (-aya) → -a (Velikaya/Velyka), -ovka/-evka → -ivka and initial aleks- →
 * oleks- (Aleksandrovka/Oleksandrivka). Applied to the article's words only, as a second look-up when the plain key
 * finds nothing, so the gazetteer's own keys (and the data built from them) do not change.
 * @example ukrainianFormKey(spellingKey('Velikaya Aleksandrovka')) === spellingKey('Velyka Oleksandrivka') // true
 */
export function ukrainianFormKey(key: string): string {
  return key
    .split(' ')
    .map((w) =>
      w
        .replace(/(?:ovo|evo)$/u, 'ove')
        .replace(/aia$/u, 'a')
        .replace(/^aleks/u, 'oleks')
        .replace(/(?:ovka|evka)$/u, 'ivka'),
    )
    .join(' ');
}
