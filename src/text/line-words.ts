// A line's words, as the cleaner's line facts and the language guess read them: runs of letters and
// numbers (with apostrophes and hyphens), long lines read from their start.
import { classAt, codeUnits, LETTER, MARK, NUMBER, PAIR } from './word-chars.js';
import { HASH_START, hashStep } from './word-cache.js';

/** A word: what wordsOf and the language guess match, and what wordsAt finds by char codes. */
export const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
/**
 * Scripts without spaces between words whose runs are counted by the runtime's word segmenter
 * (Intl.Segmenter, a dictionary for each): Lao, Khmer and Myanmar. Counted as one word each, a
 * Khmer paragraph (its words joined by zero-width spaces, which normaliseText drops) was a label of
 * one word, and a Radio Free Asia page lost its headline and all its paragraphs as navigation. One
 * word per two characters does not fit them either: their vowel signs and stacked consonants are
 * code units of their own, so a two-word share button (`ចែករំលែក`) counted four, a sentence's.
 */
const SEGMENTED_SCRIPT = /[\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const CAPITAL = /\p{Lu}/uy;
const startsCapitalisedAt = (text: string, i: number): boolean => {
  CAPITAL.lastIndex = i;
  return CAPITAL.test(text);
};

/**
 * Lines longer than this (far beyond any paragraph: a page pasted without line breaks, or junk)
 * are described from their first SAMPLE_CHARS characters, with the word count extrapolated, so a
 * 1 MB line costs the cleaner what a 16 KB one does. The line's text itself is kept or removed whole.
 */
const SAMPLE_CHARS = 16_384;

/** Whether the word has a character at or past Thai (U+0E00), the first of the unspaced scripts: most words are tested by char codes alone. */
function mayBeUnspaced(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x0e00) return true;
  return false;
}

/**
 * The words the runtime's word segmenter (Intl.Segmenter: a dictionary for each script written without
 * spaces) finds in a text, at least one: a run of letters is a word. The count of a run of Lao, Khmer or
 * Burmese letters here, and of a headline's words with Thai letters or a zero-width non-joiner
 * (clean/title/headlines.ts headlineWords).
 */
export function segmentedWordCount(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return Math.max(words, 1);
}

/** The code points of a word: its UTF-16 units, a surrogate pair counted once. */
export function codePointCount(word: string): number {
  let count = word.length;
  for (let i = 0; i < word.length; i++) {
    if (word.codePointAt(i)! > 0xffff) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * How many words a word counts for: a run of an unspaced script one per two characters (by code point: an
 * ideograph past U+FFFF, two UTF-16 units, is one character), or as the segmenter splits it (SEGMENTED_SCRIPT).
 */
function wordWeight(word: string): number {
  if (word.length <= 3 || !mayBeUnspaced(word)) return 1;
  const characters = codePointCount(word);
  if (characters <= 3) return 1;
  if (UNSPACED_SCRIPT.test(word)) return Math.ceil(characters / 2);
  return SEGMENTED_SCRIPT.test(word) ? segmentedWordCount(word) : 1;
}

/** The word count of a line whose first SAMPLE_CHARS characters were read. */
const extrapolated = (wordCount: number, text: string, sample: string): number => (sample === text ? wordCount : Math.round((wordCount * text.length) / SAMPLE_CHARS));

const sampleOf = (text: string): string => (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text);

/** Splits a line into words; unspaced scripts count one word per two characters. */
export function wordsOf(text: string): LineWords<string> {
  const sample = sampleOf(text);
  const words = sample.match(WORDS) ?? [];
  let wordCount = 0;
  let lettered = 0;
  let capitalised = 0;
  for (const word of words) {
    wordCount += wordWeight(word);
    if (STARTS_WITH_LETTER.test(word)) {
      lettered++;
      if (STARTS_CAPITALISED.test(word)) capitalised++;
    }
  }
  return { words, wordCount: extrapolated(wordCount, text, sample), lettered, capitalised };
}

/**
 * wordsOf with each word given as what `wordAt` returns for its place in the text (the shared
 * records, word-records.ts wordRangeLookup), found by char codes instead of the WORDS regex: a word
 * already seen is looked up without being cut out of the line, by the word's hash (word-cache.ts rangeHash) taken
 * while scanning it. `surfaceOf` gives a result's text.
 * With the words' places (types.ts PlacedWords), for the tokenizer to reuse.
 */
export function wordsAt<W>(
  text: string, wordAt: (text: string, start: number, end: number, hash: number) => W, surfaceOf: (word: W) => string,
): LineWords<W> & { spans: number[]; joined: number[]; scanned: number } {
  const sample = sampleOf(text);
  const words: W[] = [];
  const spans: number[] = [];
  const joined: number[] = [];
  let wordCount = 0;
  let lettered = 0;
  let capitalised = 0;
  for (let i = 0; i < sample.length; ) {
    const first = classAt(sample, i);
    const start = i;
    const firstCode = sample.charCodeAt(i);
    // Whether the word has a code unit at or past U+0E00 (mayBeUnspaced), seen while scanning it.
    let wide = firstCode >= 0x0e00;
    let joins = false;
    i += codeUnits(first);
    if ((first & (LETTER | NUMBER)) === 0) continue;
    let hash = hashStep(HASH_START, firstCode);
    if (first & PAIR) hash = hashStep(hash, sample.charCodeAt(start + 1));
    if (first & LETTER) {
      lettered++;
      // ASCII capitals by code, others by the regex: most words of most pages are ASCII.
      if (firstCode < 128 ? firstCode <= 90 : startsCapitalisedAt(sample, start)) capitalised++;
    }
    while (i < sample.length) {
      const code = sample.charCodeAt(i);
      if (code === 0x27 || code === 0x2019 || code === 0x2d) {
        joins = true;
        hash = hashStep(hash, code);
        i++;
      } else {
        const next = classAt(sample, i);
        if ((next & (LETTER | MARK | NUMBER)) === 0) break;
        wide ||= code >= 0x0e00;
        hash = hashStep(hash, code);
        if (next & PAIR) hash = hashStep(hash, sample.charCodeAt(i + 1));
        i += codeUnits(next);
      }
    }
    const word = wordAt(sample, start, i, hash);
    if (joins) joined.push(words.length);
    words.push(word);
    spans.push(start, i);
    wordCount += wide ? wordWeight(surfaceOf(word)) : 1;
  }
  return { words, wordCount: extrapolated(wordCount, text, sample), lettered, capitalised, spans, joined, scanned: sample.length };
}

/** A line's words as describeLine (clean/lines.ts) reads them. */
export interface LineWords<W> {
  words: W[];
  /** Words, with unspaced scripts counted one per two characters (see wordsOf). */
  wordCount: number;
  /** Words starting with a letter, and how many of those start with a capital. */
  lettered: number;
  capitalised: number;
}
