// Plain-text facts about each line of a page: words, punctuation, stopword share in the page's own
// language, capitalisation. Everything here is computed from the page alone.
import * as stopword from 'stopword';
import type { Word } from '../types.js';

export interface Line {
  /** 1-based line number in the raw text. */
  number: number;
  /** Trimmed text. */
  text: string;
  /** Word tokens; a run of CJK or Thai characters counts as one word per two characters. */
  words: string[];
  wordCount: number;
  endsWithSentencePunctuation: boolean;
  /** Share of words in the page language's stopword list (0 when the page language is unknown). */
  stopwordShare: number;
  /** Share of words starting with a capital letter, among words that start with a letter. */
  titleCaseShare: number;
  /** Share of characters that are digits. */
  digitShare: number;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const DIGIT = /\p{N}/gu;
/** Words read to guess a page's language: plenty for a guess, and long pages cost no more. */
export const LANGUAGE_SAMPLE_WORDS = 5000;

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

/** Splits a line into words; unspaced scripts count one word per two characters. */
export function wordsOf(text: string): { words: string[]; wordCount: number } {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.match(WORDS) ?? [];
  let wordCount = 0;
  for (const word of words) wordCount += word.length > 3 && mayBeUnspaced(word) && UNSPACED_SCRIPT.test(word) ? Math.ceil(word.length / 2) : 1;
  if (sample !== text) wordCount = Math.round((wordCount * text.length) / SAMPLE_CHARS);
  return { words, wordCount };
}

/** How many of the words are in the stopword list (lowercased). */
function countStopwords(words: readonly string[], stopwords: ReadonlySet<string>): number {
  let stops = 0;
  for (const word of words) if (stopwords.has(word.toLowerCase())) stops++;
  return stops;
}

/**
 * The line's facts; `tokens` when the caller has already split it, and `stops` when it has
 * counted their stopwords (scoreLines does both, from the words' shared records).
 */
export function describeLine(number: number, text: string, stopwords: ReadonlySet<string>, tokens = wordsOf(text), stops = countStopwords(tokens.words, stopwords)): Line {
  const { words, wordCount } = tokens;
  let lettered = 0;
  let capitalised = 0;
  for (const word of words) {
    // ASCII first characters without a regex: most words of most pages.
    const first = word.charCodeAt(0);
    const lowercase = first >= 97 && first <= 122;
    const uppercase = first >= 65 && first <= 90;
    if (first < 128 ? lowercase || uppercase : STARTS_WITH_LETTER.test(word)) {
      lettered++;
      if (first < 128 ? uppercase : STARTS_CAPITALISED.test(word)) capitalised++;
    }
  }
  const digits = text.match(DIGIT)?.length ?? 0;
  return {
    number,
    text,
    words,
    wordCount,
    endsWithSentencePunctuation: SENTENCE_END.test(text),
    stopwordShare: words.length ? stops / words.length : 0,
    titleCaseShare: lettered ? capitalised / lettered : 0,
    digitShare: text.length ? digits / text.length : 0,
  };
}

// The `stopword` package's lists, minus its variants and the numbers list.
const LISTS: ReadonlyArray<[string, ReadonlySet<string>]> = Object.entries(stopword as unknown as Record<string, unknown>)
  .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && /^[a-z]{3}$/.test(entry[0]))
  .map(([name, words]) => [name, new Set(words.map((w) => w.toLowerCase()))]);

/** Word -> indexes (in LISTS) of the lists containing it: one lookup per word instead of one per list. */
const LISTS_BY_WORD = new Map<string, number[]>();
LISTS.forEach(([, words], index) => {
  for (const word of words) {
    const lists = LISTS_BY_WORD.get(word);
    if (lists) lists.push(index);
    else LISTS_BY_WORD.set(word, [index]);
  }
});

export interface LanguageGuess {
  /** ISO 639-3 name of the `stopword` list. */
  language: string;
  stopwords: ReadonlySet<string>;
  /** Its index among the lists (what `stopwordListsOf` gives). */
  list: number;
}

/**
 * The stopword list that covers most of the page's words: the page's language as far as function
 * words tell (ISO 639-3 name of the `stopword` list), or null when no list covers 5% of the words.
 */
export function guessStopwordLanguage(text: string): LanguageGuess | null {
  return guessFromLists(text.match(WORDS) ?? [], (word) => LISTS_BY_WORD.get(word.toLowerCase()));
}

/** guessStopwordLanguage for a page's words as shared records (tokenize.ts), in page order. */
export function guessStopwordLanguageOfRecords(words: readonly Word[]): LanguageGuess | null {
  return guessFromLists(words, stopwordListsOf);
}

/** The indexes of the stopword lists that have the word, kept on its shared record; null: none. */
export function stopwordListsOf(word: Word): readonly number[] | null {
  // Not `??=`: null (in no list, most words) is a known answer too.
  if (word.stopwordLists === undefined) word.stopwordLists = LISTS_BY_WORD.get(word.lower) ?? null;
  return word.stopwordLists;
}

function guessFromLists<W>(words: readonly W[], listsOf: (word: W) => readonly number[] | null | undefined): LanguageGuess | null {
  const hits = new Array<number>(LISTS.length).fill(0);
  const sampled = Math.min(words.length, LANGUAGE_SAMPLE_WORDS);
  for (let i = 0; i < sampled; i++) {
    const lists = listsOf(words[i]!);
    if (lists) for (const index of lists) hits[index]!++;
  }
  let best = 0;
  for (let index = 1; index < hits.length; index++) if (hits[index]! > hits[best]!) best = index;
  if (!sampled || hits[best]! < 0.05 * sampled) return null;
  const [language, stopwords] = LISTS[best]!;
  return { language, stopwords, list: best };
}
