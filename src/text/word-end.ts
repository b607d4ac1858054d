// Where a word token ends (WORD, found by char codes: wordEnd), and white space between tokens.
// Every regular expression here is linear: no nested quantifiers over overlapping characters.
import { classAt, codeUnits, LETTER, MARK, NUMBER } from './word-chars.js';

/**
 * Endings after a dot that make a name one word with them ("Amazon.com", "Booking.com",
 * "Amazon.co.uk"): the generic top-level domains company and site names carry in news text, and
 * country codes that are no English word ("in", "it", "us", "me" are left out, so "the end.it was"
 * stays two words). Lowercase only: "end.The", a missing space, stays two words.
 */
const NAME_ENDINGS = new Set(['com', 'net', 'org', 'edu', 'gov', 'info', 'biz', 'io', 'tv', 'co', 'uk', 'au', 'ca', 'de', 'fr', 'eu']);
const LONGEST_ENDING = 4;

// A word token is what this regex matches (wordEnd finds it by char codes): an acronym with dots
// (U.S., e.g.), or a word: letters/digits with marks, joined by single apostrophes, hyphens, the
// zero-width non-joiner Persian writes inside a word (می‌شود, "becomes"; نیروگاه‌ها, "power plants":
// the prefix می and the plural ها would be the top terms and keyphrases of a Persian article),
// (between digits) a dot or comma: 3.5, 1,000, (between capitals) an ampersand: AT&T, S&P, M&A,
// or (after a letter) a dot before one of NAME_ENDINGS that ends there: Amazon.com, Amazon.com's.
export const WORD = new RegExp(
  `(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:(?:['’\\-\\u200c]|(?<=\\p{N})[.,](?=\\p{N})|(?<=[A-Z])&(?=[A-Z])|(?<=\\p{L})\\.(?=(?:${[...NAME_ENDINGS].join('|')})(?![\\p{L}\\p{M}\\p{N}])))[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*`,
  'gu',
);

/** The zero-width non-joiner (U+200C), which joins a word's parts as a hyphen does. */
export const ZWNJ = 0x200c;

const isAsciiCapital = (code: number): boolean => code >= 0x41 && code <= 0x5a;

/** Whether the code unit is white space as the regex class `\s` has it (WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether text[from, to) has a character other than white space: without a slice and a regex, as it runs between every two tokens. */
export function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}
/**
 * Where the match of WORD that starts at text[start] ends (-1: none starts there), found by char
 * codes: WORD.exec's match arrays and cut-out words cost about a third of the tokenizer, and the
 * word is looked up where it stands (property-tested against the regex).
 */
export function wordEnd(text: string, start: number): number {
  // An acronym: two or more letters each followed by a dot, tried first as in WORD.
  let end = start;
  let letters = 0;
  for (;;) {
    const bits = end < text.length ? classAt(text, end) : 0;
    if ((bits & LETTER) === 0 || text.charCodeAt(end + codeUnits(bits)) !== 0x2e) break;
    end += codeUnits(bits) + 1;
    letters++;
  }
  if (letters >= 2) return end;
  const first = classAt(text, start);
  if ((first & (LETTER | NUMBER)) === 0) return -1;
  end = start + codeUnits(first);
  // The class of the last code point taken.
  let last = first;
  for (;;) {
    while (end < text.length) {
      const bits = classAt(text, end);
      if ((bits & (LETTER | MARK | NUMBER)) === 0) break;
      last = bits;
      end += codeUnits(bits);
    }
    if (end + 1 >= text.length) return end;
    // A joiner: an apostrophe, hyphen or zero-width non-joiner, or a dot or comma between two numbers,
    // then a letter or number; an ampersand between two capitals; or a dot after a letter before a name ending.
    const code = text.charCodeAt(end);
    const next = classAt(text, end + 1);
    const joins =
      code === 0x27 || code === 0x2019 || code === 0x2d || code === ZWNJ
        ? (next & (LETTER | NUMBER)) !== 0
        : code === 0x2c
          ? (last & NUMBER) !== 0 && (next & NUMBER) !== 0
          : code === 0x26
            ? isAsciiCapital(text.charCodeAt(end - 1)) && isAsciiCapital(text.charCodeAt(end + 1))
            : code === 0x2e && ((last & NUMBER) !== 0 ? (next & NUMBER) !== 0 : (last & LETTER) !== 0 && nameEndingAt(text, end + 1) > 0);
    if (!joins) return end;
    last = next;
    end += 1 + codeUnits(next);
  }
}

/** The length of the name ending (NAME_ENDINGS) that text[at...] is, with no letter, mark or number after it; 0: none. */
export function nameEndingAt(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= LONGEST_ENDING) {
    const code = text.charCodeAt(end);
    if (code < 0x61 || code > 0x7a) break;
    end++;
  }
  if (end === at || !NAME_ENDINGS.has(text.slice(at, end))) return 0;
  return end < text.length && (classAt(text, end) & (LETTER | MARK | NUMBER)) !== 0 ? 0 : end - at;
}
