// The Unicode classes the word scanners (clean/lines.ts, tokenize.ts) need, by code point: what
// their regexes `\p{L}`, `\p{N}` and `\p{M}` (with the u flag) test. Scanning by char codes lets a
// word be looked up where it stands in its text (WordCache.getRange) instead of being cut out of it
// by a regex match.

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
