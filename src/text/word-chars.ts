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
 * The letters of the scripts written without spaces between words, as the inside of a regular expression
 * character class: Thai, Lao, Myanmar and Khmer by their blocks, kana and Han by Unicode script, with the
 * marks written among kana that are no kana by script (the long-vowel mark "ー", the middle dot, the voiced
 * marks, their half-width forms). A run of them between punctuation marks is a clause, not a word:
 * language-guess.ts names a text's language by them, tokenize.ts segments them, analyze/index.ts writes
 * n-grams of them unspaced. Lao, Myanmar and Khmer too: else a Radio Free Asia article in Khmer
 * has clauses as its terms ("ក្រសួងការងារនិងបណ្តុះបណ្តាលវិជ្ជាជីវៈបានប្រកាសថា", "the ministry of labour and
 * vocational training announced that") and a word count of 15, where the segmenter finds 76 words. Han
 * and kana are read by code point, not a UTF-16 unit at a time: the ideographs past U+FFFF (names'
 * "𠮷", CJK Extension B on) and the radicals a PDF's text gives for ideographs ("⼈" for "人") are
 * Han, and a line break between them is joined with no space.
 */
const UNSPACED_LETTERS: ReadonlyArray<readonly [script: number, letters: string]> = [
  [THAI, String.raw`\u0e00-\u0e7f`],
  [LAO, String.raw`\u0e80-\u0eff`],
  [MYANMAR, String.raw`\u1000-\u109f`],
  [KHMER, String.raw`\u1780-\u17ff`],
  [KANA, String.raw`\p{Script=Hiragana}\p{Script=Katakana}\u3099-\u309c\u30a0\u30fb\u30fc\uff70\uff9e\uff9f`],
  [HAN, String.raw`\p{Script=Han}`],
];
const LETTER_OF_SCRIPT = UNSPACED_LETTERS.map(([script, letters]) => [script, new RegExp(`^[${letters}]$`, 'u')] as const);
const scriptOfLetter = (point: number): number => {
  const character = String.fromCodePoint(point);
  for (const [script, letter] of LETTER_OF_SCRIPT) if (letter.test(character)) return script;
  return 0;
};

/** How many values unspacedScriptOf gives: 0 and each script's number (a counts array's length, language-guess.ts). */
export const UNSPACED_SCRIPT_COUNT = Math.max(...UNSPACED_LETTERS.map(([script]) => script)) + 1;

/** 1 + the script of each code point below 0x10000 worked out so far (0: not yet), as BASIC above. */
const BASIC_SCRIPT = new Uint8Array(0x10000);
const ASTRAL_SCRIPT = new Map<number, number>();

/** The script (THAI, LAO, MYANMAR, KHMER, KANA or HAN) of a code point of such a letter, else 0. */
export function unspacedScriptOf(point: number): number {
  // Most text is below Thai: one comparison.
  if (point < 0x0e00) return 0;
  if (point < 0x10000) {
    const known = BASIC_SCRIPT[point]!;
    if (known !== 0) return known - 1;
    const script = point >= 0xd800 && point <= 0xdfff ? 0 : scriptOfLetter(point);
    BASIC_SCRIPT[point] = script + 1;
    return script;
  }
  let script = ASTRAL_SCRIPT.get(point);
  if (script === undefined) {
    script = scriptOfLetter(point);
    if (ASTRAL_SCRIPT.size < MAX_ASTRAL) ASTRAL_SCRIPT.set(point, script);
  }
  return script;
}

/** The code point that ends text[0, end), or -1 when there is none: a surrogate pair's, not its low half's. */
export function codePointBefore(text: string, end: number): number {
  if (end <= 0) return -1;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  }
  return low;
}

/** The script (unspacedScriptOf) of the text's first letter of a script without spaces between words, else 0. */
export function unspacedScriptIn(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    const script = unspacedScriptOf(point);
    if (script !== 0) return script;
    if (point > 0xffff) i++;
  }
  return 0;
}

/** The letters of `script` (of all these scripts when not given) as the inside of a regular expression character class (u flag): "\\u0e00-\\u0e7f". */
export const unspacedLetterRanges = (script?: number): string =>
  UNSPACED_LETTERS.filter(([scriptOfLetters]) => script === undefined || scriptOfLetters === script)
    .map(([, letters]) => letters)
    .join('');
/** A regular expression character class of the same letters. */
export const UNSPACED_LETTER = `[${unspacedLetterRanges()}]`;
const HAS_UNSPACED_LETTER = new RegExp(UNSPACED_LETTER, 'u');
/**
 * Whether the text has a letter of a script without spaces between words (unspacedScriptOf): by the regex of the same
 * letters, whose compiled scan fails a text of Latin-1 characters without reading it.
 */
export const hasUnspacedLetter = (text: string): boolean => HAS_UNSPACED_LETTER.test(text);

/**
 * The wide and full-width characters of the BMP by East Asian width (Markus Kuhn's wcwidth ranges): Hangul, CJK
 * radicals, punctuation and ideographs, kana, Yi, the compatibility ideographs, the vertical and small forms, the
 * full-width forms. A terminal or a monospaced column gives each two columns.
 */
const WIDE_RANGES: ReadonlyArray<readonly [from: number, to: number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];

const WIDE_CHARACTER = new RegExp(`[${WIDE_RANGES.map(([from, to]) => `\\u${from.toString(16)}-\\u${to.toString(16)}`).join('')}]`);
/** Whether textColumns of the text is more than its length: it has a wide character of the BMP (a regex scans faster than textColumns). */
export const hasWideCharacter = (text: string): boolean => WIDE_CHARACTER.test(text);

/**
 * The columns a text takes in a monospaced font: its UTF-16 length with each wide character of the BMP (WIDE_RANGES)
 * counted twice; a character past U+FFFF takes its two code units (an ideograph of Extension B, an emoji: wide). Text
 * without wide characters takes its length.
 */
export function textColumns(text: string): number {
  let columns = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x1100) continue;
    for (const [from, to] of WIDE_RANGES) {
      if (code < from) break;
      if (code <= to) {
        columns++;
        break;
      }
    }
  }
  return columns;
}
