// Plain-text facts about each line of a page: words, punctuation, stopword share in the page's own
// language (text/language-guess.ts), capitalisation. Everything here is computed from the page alone.
import { CJK_FULL_STOPS, FULL_STOPS } from '../text/sentence-marks.js';
import { codePointCount, wordsOf, type LineWords } from '../text/line-words.js';
import type { Word } from '../types.js';

// The cleaner names a line three ways, each the index of its own arrays (docs/cleaning.md, "Modules"); these names say
// which a number is. Aliases, not brands: a brand would need a cast after each step (`k + 1`) through every rule of edges/.
/** A line's 1-based number in the raw text: the key of the `removed` map and of `embedChrome`; ScoredLines.words at `number - 1` (scored-lines.ts placedWordsOf). */
export type LineNumber = number;
/** A line's position in the page's non-empty `lines`: the index of ScoredLines.probabilities, repeatedIn and features.row. */
export type PositionInLines = number;
/** A line's position among the candidate lines, those removeAnywhere left: `candidates[k]` is its PositionInLines. */
export type PositionInCandidates = number;
/** The positions from `from` to `to`, both included: none when `to` is before `from`. */
export const positionsFromTo = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, j) => from + j);

/** The shared records (text/word-records.ts) of a line's words, in order (ScoredLines.words). */
export type RecordsOf = (line: Line) => readonly Word[];

export interface Line {
  number: LineNumber;
  /** Trimmed text. */
  text: string;
  /** Word tokens; a run of CJK or Thai characters counts as one word per two characters, of Khmer, Lao or Burmese as the segmenter splits it. */
  wordCount: number;
  endsWithSentencePunctuation: boolean;
  /** Share of words in the page language's stopword list (0 when the page language is unknown). */
  stopwordShare: number;
  /** Share of words starting with a capital letter, among words that start with a letter. */
  titleCaseShare: number;
  /** Share of characters that are digits. */
  digitShare: number;
}

const lowerTexts = new WeakMap<Line, string>();
/**
 * The line's text lowercased, made once a record: featureVector, isCopyrightNotice and the site's readers (site-mentions.ts,
 * isPageWordLine) lowercase the same lines, the site line thousands of times a page. Weak, so it goes with the page's lines.
 */
export function lowerTextOf(line: Line): string {
  let lower = lowerTexts.get(line);
  if (lower === undefined) lowerTexts.set(line, (lower = line.text.toLowerCase()));
  return lower;
}

/** Whether `line` stands right under `above` in the raw text: no blank line, nor a removed line, between them. */
export const isRightUnder = (line: Line, above: Line): boolean => line.number === above.number + 1;
/**
 * Whether `line` stands under `above` (a line before it on the page) with one line between them at most: a blank
 * line, or a removed one (isRightUnder, or one line further down).
 */
export const isCloseUnder = (line: Line, above: Line): boolean => line.number - above.number <= 2;
/** isRightUnder where either line may be past the page's ends (`lines[i + 1]`): false when one is missing. */
export const isRightUnderOnPage = (line: Line | undefined, above: Line | undefined): line is Line => line !== undefined && above !== undefined && isRightUnder(line, above);
/** The same read from the line above (`lines[i - 1]`), which it narrows: a type guard narrows one of its arguments. */
export const isRightOverOnPage = (above: Line | undefined, line: Line | undefined): above is Line => isRightUnderOnPage(line, above);
/** Whether lines[i] stands right under the line before it (isRightUnder). */
export const rightUnder = (lines: readonly Line[], i: PositionInLines): boolean => isRightUnder(lines[i]!, lines[i - 1]!);

/**
 * Punctuation, closing quotes and brackets, and footnote marks after them ("years.[2]", "said.”[12][13]",
 * a newsletter's superscripts: "within weeks.¹").
 * The full stops the tokenizer knows (sentence-marks.ts): without the Devanagari
 * danda ("।") no Hindi paragraph ends a sentence, and a page's first and last are page text.
 * Also the star in brackets Tribun's Indonesian papers close a story with ("… hingga Selasa mendatang. (*)"), which else
 * reads the last paragraph as a headline after the article, and a blog's emoji after the sentence ("… see you soon! 🙂",
 * "… below. ⬇️"), which else makes its first and last paragraphs page text. Emoji only: `®` and
 * `™` (pictographs without the emoji selector) end a company's name, not a sentence.
 */
const SENTENCE_END = new RegExp(
  `[${FULL_STOPS}${CJK_FULL_STOPS}]["'”’»)\\]]*(?:\\[\\d{1,3}\\]|[¹²³⁰⁴-⁹]{1,3})*(?: \\(\\*\\))?(?:\\s*(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F))*$`,
  'u',
);

/** Whether `text` ends a sentence (SENTENCE_END). */
export const endsWithSentenceMark = (text: string): boolean => SENTENCE_END.test(text);

/**
 * Where the line numbered `number` stands in `lines`, or -1. `lines` are in page order, as scoreLines
 * gives them: a binary search on the number, where a findIndex or an indexOf for each line of a long
 * header scans the page once per line.
 */
export function positionOfNumber(lines: readonly Line[], number: LineNumber): PositionInLines {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = lines[middle]!.number;
    if (at === number) return middle;
    if (at < number) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Where `line` stands in `lines` (in page order), or -1 (as lines.indexOf): positionOfNumber, the line itself found there. */
export function positionOf(lines: readonly Line[], line: Line): PositionInLines {
  const at = positionOfNumber(lines, line.number);
  return at >= 0 && lines[at] === line ? at : -1;
}

/** How many of the words are in the stopword list (lowercased). */
function countStopwords(words: readonly string[], stopwords: ReadonlySet<string>): number {
  let stops = 0;
  for (const word of words) if (stopwords.has(word.toLowerCase())) stops++;
  return stops;
}

/**
 * The line's facts; `counted` when the caller has already split it and counted its stopwords
 * (scoreLines does both, from the words' shared records).
 */
export function describeLine(number: LineNumber, text: string, stopwords: ReadonlySet<string>, counted?: { tokens: LineWords<unknown>; stops: number }): Line {
  let tokens: LineWords<unknown>;
  let stops: number;
  if (counted) ({ tokens, stops } = counted);
  else {
    const split = wordsOf(text);
    tokens = split;
    stops = countStopwords(split.words, stopwords);
  }
  const { words, wordCount, lettered, capitalised } = tokens;
  return {
    number,
    text,
    wordCount,
    endsWithSentencePunctuation: endsWithSentenceMark(text),
    stopwordShare: words.length ? stops / words.length : 0,
    titleCaseShare: lettered ? capitalised / lettered : 0,
    digitShare: text.length ? countNumbers(text) / text.length : 0,
  };
}

const NUMBER_RUN = /\p{N}+/gu;
/**
 * How many code points of the text are numbers (`\p{N}`): the regex finds their runs, its compiled scan reading the
 * letters between them several times faster than a loop over char codes.
 */
function countNumbers(text: string): number {
  let numbers = 0;
  NUMBER_RUN.lastIndex = 0;
  for (let run = NUMBER_RUN.exec(text); run !== null; run = NUMBER_RUN.exec(text)) numbers += codePointCount(run[0]);
  return numbers;
}
