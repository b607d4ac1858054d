// The Unicode classes the word scanners (line-words.ts, word-end.ts) need, by code point: what
// their regexes `\p{L}`, `\p{N}` and `\p{M}` (with the u flag) test. Scanning by char codes lets a
// word be looked up where it stands in its text (WordCache.getRange) instead of being cut out of it
// by a regex match.

/**
 * No word of a language is longer (German compounds stay under about 45 characters): a longer "word"
 * is left unstemmed (language.ts) and uncached (word-cache.ts), and one of Latin letters and digits
 * only, a pasted base64 image or a hash, is no word (tokenize.ts).
 */
export const LONGEST_WORD = 64;

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
/** Set, in classAt's result, when the code point is a surrogate pair (two code units). */
export const PAIR = 8;

/** How many code units the code point of classAt's result `bits` takes. */
export const codeUnits = (bits: number): number => (bits & PAIR ? 2 : 1);

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const classOf = (character: string): number =>
  (IS_LETTER.test(character) ? LETTER : 0) | (IS_NUMBER.test(character) ? NUMBER : 0) | (IS_MARK.test(character) ? MARK : 0);

/** 1 + the class bits of each code unit below 0x10000 worked out so far (0: not yet). */
const BASIC = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
/** Astral code points are rare in text; a hostile one could hold many distinct ones. */
const MAX_ASTRAL = 4096;

/**
 * The class bits (LETTER, NUMBER, MARK) of the code point at text[i], with PAIR when it takes two
 * code units. A lone surrogate is in none of the classes, as under the u flag.
 */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
      let bits = ASTRAL.get(point);
      if (bits === undefined) {
        bits = classOf(String.fromCodePoint(point));
        if (ASTRAL.size < MAX_ASTRAL) ASTRAL.set(point, bits);
      }
      return bits | PAIR;
    }
  }
  const known = BASIC[code]!;
  if (known !== 0) return known - 1;
  const bits = code >= 0xd800 && code <= 0xdfff ? 0 : classOf(String.fromCharCode(code));
  BASIC[code] = bits + 1;
  return bits;
}

export const THAI = 1;
export const KANA = 2;
export const HAN = 3;
export const LAO = 4;
export const MYANMAR = 5;
export const KHMER = 6;
/**
 * The letters of the scripts written without spaces between words, by UTF-16 code unit: Thai, Lao,
 * Myanmar, Khmer, kana (with their half-width forms and the long-vowel mark "ー", which is no Katakana
 * by script) and Han ideographs. A run of them between punctuation marks is a clause, not a word:
 * language-guess.ts names a text's language by them, tokenize.ts segments them, analyze/index.ts writes
 * n-grams of them unspaced. Lao, Myanmar and Khmer had been left out: a Radio Free Asia article in Khmer
 * had clauses as its terms ("ក្រសួងការងារនិងបណ្តុះបណ្តាលវិជ្ជាជីវៈបានប្រកាសថា", "the ministry of labour and
 * vocational training announced that") and a word count of 15, where the segmenter finds 76 words.
 */
const UNSPACED_RANGES: ReadonlyArray<readonly [from: number, to: number, script: number]> = [
  [0x0e00, 0x0e7f, THAI],
  [0x0e80, 0x0eff, LAO],
  [0x1000, 0x109f, MYANMAR],
  [0x1780, 0x17ff, KHMER],
  [0x3040, 0x30ff, KANA],
  [0xff66, 0xff9f, KANA],
  [0x3400, 0x4dbf, HAN],
  [0x4e00, 0x9fff, HAN],
  [0xf900, 0xfaff, HAN],
];

/** How many values unspacedScriptOf gives: 0 and each script's number (a counts array's length, language-guess.ts). */
export const UNSPACED_SCRIPT_COUNT = Math.max(...UNSPACED_RANGES.map(([, , script]) => script)) + 1;

/** The script (THAI, LAO, MYANMAR, KHMER, KANA or HAN) of a code unit of such a letter, else 0. */
export function unspacedScriptOf(code: number): number {
  // Most text is below Thai: one comparison.
  if (code < 0x0e00) return 0;
  for (const [from, to, script] of UNSPACED_RANGES) if (code >= from && code <= to) return script;
  return 0;
}

/** Whether the text has a letter of a script without spaces between words (unspacedScriptOf). */
export function hasUnspacedLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (unspacedScriptOf(text.charCodeAt(i))) return true;
  return false;
}

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
/** The ranges of the letters of `script` (of all these scripts when not given) as the inside of a regular expression character class: "\\u0e00-\\u0e7f". */
export const unspacedLetterRanges = (script?: number): string =>
  UNSPACED_RANGES.filter((range) => script === undefined || range[2] === script)
    .map(([from, to]) => `${hex(from)}-${hex(to)}`)
    .join('');
/** A regular expression character class of the same letters. */
export const UNSPACED_LETTER = `[${unspacedLetterRanges()}]`;
