// Tokenize: paragraphs -> sentences -> word tokens. Unicode-aware (letters and combining marks of any
// script stay in one word: "São", "café"), keeps contractions ("isn't") and acronyms ("U.S.")
// whole, and never splits a sentence after a news abbreviation ("Mr.", "Inc.", "Jan.").
// Every regular expression here is linear: no nested quantifiers over overlapping characters.
import type { CleanArticle, Sentence, Token, TokenizedArticle } from './types.js';
import { WordCache } from './word-cache.js';

// An acronym with dots (U.S., e.g.), or a word: letters/digits with marks, joined by single
// apostrophes, hyphens or (between digits) a dot or comma: 3.5, 1,000.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const LETTER = /\p{L}/u;
const NOT_SPACE = /[^\s]/u;

// Lowercase forms that end with a dot without ending a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev hon st jr sr messrs mme mlle ' +
    'inc corp ltd co plc llc bros dept univ assn est no nos vol fig approx ca cf vs etc al ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ft mt ave blvd rd hwy pp op'
  ).split(' '),
);

export interface TokenizerOptions {
  stopwords: ReadonlySet<string>;
  stem: (word: string) => string;
}

/** What a token is, apart from its place: the same for every occurrence of the same surface. */
type WordForms = Omit<Token, 'breakBefore'>;

/**
 * Per tokenizer options, the forms of every surface seen: each distinct surface is lowercased,
 * stemmed and looked up in the stopwords once, and the occurrences share one string per form,
 * whose hash the later stages' lookups find already computed.
 */
const wordCaches = new WeakMap<TokenizerOptions, { cache: WordCache<WordForms>; forms: (surface: string) => WordForms }>();

function wordFormsOf(surface: string, options: TokenizerOptions): WordForms {
  const lower = surface.toLowerCase();
  const straightApostrophes = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return {
    surface,
    lower,
    stem: options.stem(straightApostrophes),
    isStopword: options.stopwords.has(lower) || options.stopwords.has(straightApostrophes),
    hasLetter: LETTER.test(surface),
  };
}

/** Word tokens of one sentence. */
export function tokenizeWords(text: string, options: TokenizerOptions): Token[] {
  let words = wordCaches.get(options);
  if (!words) wordCaches.set(options, (words = { cache: new WordCache(), forms: (surface) => wordFormsOf(surface, options) }));
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const { surface, lower, stem, isStopword, hasLetter } = words.cache.get(match[0], words.forms);
    tokens.push({ surface, lower, stem, isStopword, hasLetter, breakBefore: tokens.length > 0 && NOT_SPACE.test(text.slice(previousEnd, start)) });
    previousEnd = start + surface.length;
  }
  return tokens;
}

/**
 * Splits one paragraph into sentences. A boundary is `.`, `!` or `?` (with any closing quotes or
 * brackets) followed by a space and a capital, digit or opening quote, unless the word before the
 * dot is an abbreviation, a single initial, or an acronym followed by a word that does not start a
 * sentence.
 */
export function splitSentences(paragraph: string, stopwords: ReadonlySet<string>): string[] {
  const sentences: string[] = [];
  // The lookbehind starts a match only at the first mark of a run ("...."), so a long run is
  // scanned once instead of once per mark (which made 1 MB of dots quadratic).
  const boundary = /(?<![.!?…])[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(paragraph, match.index, end, stopwords)) continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function endsSentence(text: string, dot: number, next: number, stopwords: ReadonlySet<string>): boolean {
  // The lookbehind lets only the start of the run try to reach the end, instead of every position.
  const before = /(?<![\p{L}\p{N}.])[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, dot - 40), dot))?.[0] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) {
    // an acronym: "U.S. officials" goes on, "in the U.S. The company" ends
    const nextWord = /^["'“‘(\[]?([\p{L}]+)/u.exec(text.slice(next))?.[1]?.toLowerCase() ?? '';
    return stopwords.has(nextWord);
  }
  return true;
}

/**
 * One paragraph's lines joined by single spaces. Split-and-trim, not a regex replace of
 * whitespace around newlines: that regex rescans a long run of spaces from every position in it,
 * quadratic on a 1 MB line.
 */
export function unwrapLines(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/** Sentences of a cleaned article; paragraphs are the body's blank-line-separated blocks. */
export function tokenizeArticle(article: CleanArticle, options: TokenizerOptions): TokenizedArticle {
  const sentences: Sentence[] = [];
  const paragraphs = article.body.split(/\n\s*\n/);
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const text of splitSentences(unwrapLines(paragraph), options.stopwords)) {
      sentences.push({ index: sentences.length, text, paragraph: paragraphIndex, tokens: tokenizeWords(text, options) });
    }
  });
  return { ...article, sentences };
}
