// The page's non-empty lines as the cleaner reads them: each line's words looked up once as shared
// records, its description (lines.ts) in the page's language (guessed from its first words' stopwords),
// how many of the run's articles have it, and its probability of being article body (the line model,
// line-features.ts and model.ts): what cleanWithWords decides from and what the training script fits.
import { addListHits, guessStopwordLanguageOfHits, isInitial, LANGUAGE_SAMPLE_WORDS, type LanguageGuess, noListHits, stopwordListsOf } from '../text/language-guess.js';
import { wordsAt } from '../text/line-words.js';
import { wordRangeLookup } from '../text/word-records.js';
import type { PlacedWords, Word } from '../types.js';
import { embedChromeLines } from './embedded.js';
import { signedComments, type SignedComments } from './chrome/comments.js';
import { type FeatureRows, featuresPastAdSlots } from './line-features.js';
import type { CleanContext } from './page.js';
import { describeLine, type Line } from './lines.js';
import { isInCapitals } from './line-shape.js';
import { bodyProbability, DEFAULT_MODEL } from './model.js';
import { lineKey } from './page-keys.js';
import { pageLines, type LineCuts } from './page-lines.js';

/**
 * The page's language guessed from its first words but initials (text/language-guess.ts isInitial), as many as the
 * guess reads, each given by its stopword lists (`lists`, per line and word); `texts`: the lines, `text`: the page.
 * Counted from the lists already found for each line, not from the words' records again, and as they are found:
 * no array of them read a second time.
 */
function guessFromLeadingWords(
  lines: ReadonlyArray<{ words: readonly Word[]; spans: readonly number[] }>, lists: ReadonlyArray<ReadonlyArray<readonly number[] | null>>, texts: readonly string[], text: string,
): LanguageGuess | null {
  const hits = noListHits();
  let sampled = 0;
  for (let i = 0; i < lines.length && sampled < LANGUAGE_SAMPLE_WORDS; i++) {
    const { words: line, spans } = lines[i]!;
    for (let k = 0; k < line.length && sampled < LANGUAGE_SAMPLE_WORDS; k++) {
      if (isInitial(line[k]!.lower, texts[i]!, spans[2 * k + 1]!)) continue;
      sampled++;
      addListHits(hits, lists[i]![k]);
    }
  }
  return guessStopwordLanguageOfHits(hits, sampled, text);
}

export interface ScoredLines {
  /** The non-empty lines. */
  lines: Line[];
  /** The shared records (text/word-records.ts) of every raw line's words and their places, the empty lines' too: a line's are at its LineNumber - 1, not at its PositionInLines (placedWordsOf). */
  words: PlacedWords[];
  repeatedIn: number[];
  features: FeatureRows;
  probabilities: number[];
  /** The transcript stamps and scripts cut off the lines (pageLines). */
  cuts: LineCuts;
  /** Numbers of the lines that are an embedded post's chrome (embedded.ts embedChromeLines). */
  embedChrome: ReadonlySet<number>;
  /** The readers' comments signed under their texts (chrome/comments.ts signedComments): the line model and the cleaner both read them. */
  signed: SignedComments | null;
  /** The page's language guessed from its first words' stopwords (ISO 639-3), null when none was guessed. */
  language: string | null;
}

/** `line`'s word records and their places in ScoredLines.words, which holds the empty lines' too: at its LineNumber - 1. */
export const placedWordsOf = (words: readonly PlacedWords[], line: Line): PlacedWords => words[line.number - 1]!;

/**
 * The non-empty lines of a page with their body probabilities (what the training script fits).
 * Each word is looked up once, as a shared record, for the language guess, the stopword shares,
 * the body's vocabulary and the tokenizer (cleanWithWords).
 */
export function scoreLines(text: string, context: CleanContext): ScoredLines {
  const cuts: LineCuts = { stamps: [], liveStamps: [], timelineHeadings: [], scripts: [], wireHeaders: [], editorCredits: [], tweetButtons: [], nameCards: [] };
  const texts = pageLines(text, cuts);
  const wordAt = wordRangeLookup(context);
  const tokens = texts.map((content) => wordsAt(content, wordAt, surfaceOf));
  const words = tokens.map((line) => line.words);
  // Each word's stopword lists, read from its record line by line (kept on it), then the guess from the
  // page's first words' and the stopword counts from these arrays.
  const lists = words.map((line) => line.map(stopwordListsOf));
  const guess = guessFromLeadingWords(tokens, lists, texts, text);
  const stops = (i: number): number => (guess ? countListed(lists[i]!, guess.list) : countWords(words[i]!, (word) => context.stopwords.has(word.lower)));
  const stopwords = guess?.stopwords ?? context.stopwords;
  const nouns = guess !== null && CAPITALISES_NOUNS.has(guess.language);
  const counted = (i: number): Parameters<typeof describeLine>[3] =>
    ({ tokens: nouns ? { ...tokens[i]!, capitalised: titleCapitals(words[i]!, lists[i]!, guess.list) } : tokens[i]!, stops: stops(i) });
  const lines = texts.map((content, i) => describeLine(i + 1, content, stopwords, counted(i))).filter((line) => line.text);
  const repeatedIn = lines.map((line) => context.articlesWithLine(lineKey(line.text)));
  const embedChrome = embedChromeLines(lines);
  const signed = signedComments(lines);
  const features = featuresPastAdSlots(lines, repeatedIn, embedChrome, signed);
  const model = context.model ?? DEFAULT_MODEL;
  return { lines, words: tokens, repeatedIn, features, probabilities: lines.map((_, i) => bodyProbability(features.row(i), model)), cuts, embedChrome, signed, language: guess?.language ?? null };
}

const surfaceOf = (word: Word): string => word.surface;

/** Languages that write every noun with a capital (ISO 639-3): German. */
const CAPITALISES_NOUNS: ReadonlySet<string> = new Set(['deu']);
const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;

/**
 * The capitals of a line's words (given by their stopword lists, `list` the page's) that set it in title case, in a language
 * that capitalises its nouns (CAPITALISES_NOUNS): the first word's, a stopword's after it ("Über Uns", "Zurück Zum Blog")
 * and a word's in capitals. A noun's says nothing of a headline or a menu there: German prose ("Der Stadtrat hat den Plan
 * am Dienstag gebilligt.") reads as capitalised as an English headline, a subheading of two words ("Getrennte Ablagen") 1.0 where
 * English's "Separate filing" reads 0.5, and the line model's titleCaseShare would weigh a German page's every line down.
 */
function titleCapitals(words: readonly Word[], lists: ReadonlyArray<readonly number[] | null>, list: number): number {
  let capitals = 0;
  let first = true;
  words.forEach((word, k) => {
    if (!STARTS_WITH_LETTER.test(word.surface)) return;
    if (STARTS_CAPITALISED.test(word.surface) && (first || lists[k]?.includes(list) || isInCapitals(word.surface))) capitals++;
    first = false;
  });
  return capitals;
}

/** How many of a line's words (given by their stopword lists) are in stopword list `list`. */
function countListed(lists: ReadonlyArray<readonly number[] | null>, list: number): number {
  let count = 0;
  for (const found of lists) if (found?.includes(list)) count++;
  return count;
}

function countWords(words: readonly Word[], test: (word: Word) => boolean): number {
  let count = 0;
  for (const word of words) if (test(word)) count++;
  return count;
}
