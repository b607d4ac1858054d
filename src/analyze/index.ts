// Analyze: everything computed from one article alone (analyzeArticle, the "map" step), and what
// needs the finished corpus summary (finalizeArticle).
import { keyphraseCandidates, rankKeyphrases, type RankOptions, type WordFigures } from './keyphrases.js';
import { DEFAULT_RULES, LEARNED_LEXICON, PUBLISHED_LEXICON, scoreArticle, type SentimentThresholds } from './sentiment.js';
import { countTerms, scoreTerms, type TermTable } from './terms.js';
import { tokenizeArticle, tokenizeWords } from '../text/tokenize.js';
import type { TokenizerOptions } from '../text/word-records.js';
import { datelineAt } from '../text/dateline.js';
import { speakerLabelOf, TRANSCRIPT_MIN_TURNS } from '../text/speaker.js';
import { UNSPACED_LETTER } from '../text/word-chars.js';
import type { ArticleAnalysis, ArticleResult, CleanArticle, CorpusStats, PlacedWords, Sentence, SpooledArticle, UnscoredSentiment } from '../types.js';

export interface AnalyzeOptions {
  tokenizer: TokenizerOptions;
  ngramRange: readonly [number, number];
  sentiment: SentimentThresholds & { learnedLexicon: boolean };
  /** Collect single-word keyphrase candidates (keyphrases.singleWordWeight > 0). */
  keyphraseWords: boolean;
  /** False: the sentiment is not scored (text in another language than the lexicons': analyze/sentiment-lexicon.ts scoresSentiment). */
  scoreSentiment?: boolean;
}

/** Characters of the text that `noWordsWarning` quotes. */
const QUOTED_CHARACTERS = 64;

/**
 * The warning of an article that has text but no word to count (a link, a table of figures): it
 * had words 0 and no sentiment with nothing said, like an article whose words were lost.
 */
export function noWordsWarning(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  const quoted = text.length > QUOTED_CHARACTERS ? `${text.slice(0, QUOTED_CHARACTERS)}…` : text;
  return `no words to count: the text is only "${quoted}" (web addresses, numbers and symbols are not words), so it has no terms, keyphrases or sentiment`;
}

/** `bodyWords`: the cleaner's words of the body's paragraphs, when it cleaned them (cleanWithWords). */
export function analyzeArticle(article: CleanArticle, options: AnalyzeOptions, bodyWords?: readonly PlacedWords[]): ArticleAnalysis {
  const { sentences } = tokenizeArticle(article, options.tokenizer, bodyWords);
  const counted = countedSentences(article.body, sentences, options.tokenizer);
  const wordCount = sentences.reduce((sum, s) => sum + s.tokens.filter((t) => t.word.isWord).length, 0);
  const analysis: ArticleAnalysis = {
    article,
    wordCount,
    sentenceCount: sentences.length,
    removedLineCount: article.removedLines.length,
    termCounts: countTerms(counted, options.ngramRange),
    sentiment:
      // A text of no word (nor sentence) has no sentiment: scored, it would be a 0 labelled neutral, counted in the run's
      // mean and labels. The lexicons score words only: emoji and numbers, all such a text can hold, gave it no driver.
      options.scoreSentiment === false || wordCount === 0
        ? unscored(sentences)
        : scoreArticle(sentences, options.sentiment, DEFAULT_RULES, options.sentiment.learnedLexicon ? LEARNED_LEXICON : PUBLISHED_LEXICON),
    keyphraseCandidates: keyphraseCandidates(counted, {
      title: article.metadata.title ? tokenizeWords(article.metadata.title, options.tokenizer) : null,
      singleWords: options.keyphraseWords,
    }),
  };
  if (options.tokenizer.segmenter) writtenUnspaced(analysis);
  return analysis;
}

/** A space between two letters of Chinese, Japanese or Thai (word-chars.ts UNSPACED_LETTER): none stands there in such text. */
const SPACE_BETWEEN_UNSPACED = new RegExp(`(?<=${UNSPACED_LETTER}) (?=${UNSPACED_LETTER})`, 'gu');

/**
 * The n-grams of a text segmented into words (tokenize.ts segmentedTokens) written as the text has
 * them: terms and keyphrases join their words with spaces ("新しい 港湾 計画"), which such text does
 * not put between them ("新しい港湾計画"). Only their readable forms change, not their keys.
 */
function writtenUnspaced(analysis: ArticleAnalysis): void {
  for (const term of analysis.termCounts) if (term.n > 1) term.surface = term.surface.replace(SPACE_BETWEEN_UNSPACED, '');
  const { phrases, words } = analysis.keyphraseCandidates;
  for (const candidate of [...phrases, ...words]) candidate.surface = candidate.surface.replace(SPACE_BETWEEN_UNSPACED, '');
}

const unscored = (sentences: readonly Sentence[]): UnscoredSentiment => ({ sentiment: null, label: null, sentences: sentences.map(({ index, text }) => ({ index, text })) });

/**
 * The sentences terms and keyphrases are counted over: the body's without the words that open a
 * paragraph but are not what the article is about. Sentiment, sentences.csv and the word count keep them.
 */
function countedSentences(body: string, sentences: Sentence[], tokenizer: TokenizerOptions): Sentence[] {
  const skips = new Map<number, number>();
  const skip = (paragraph: number, text: string): void => {
    skips.set(paragraph, (skips.get(paragraph) ?? 0) + tokenizeWords(text, tokenizer).length);
  };
  // The dateline that opens the body, or opens its story under an editor's note (dateline.ts): the
  // first paragraph, or the one after the notes.
  const dateline = datelineAt(body);
  if (dateline) skip(dateline.start ? body.slice(0, dateline.start).split(/\n\s*\n/).length - 1 : 0, body.slice(dateline.start, dateline.start + dateline.length));
  // The speaker labels that open a transcript's turns ("RAJ PATEL: "): set before every turn, the
  // speakers' names were the transcript's first terms and keyphrases, counted once a turn; the names
  // said in the speech still count. A transcript's turns are no colon datelines (text/dateline.ts).
  const labels = body.split(/\n\s*\n/).map(speakerLabelOf);
  if (labels.filter((label) => label !== null).length >= TRANSCRIPT_MIN_TURNS) {
    for (const [paragraph, label] of labels.entries()) if (label) skip(paragraph, label);
  }
  if (!skips.size) return sentences;
  // Words still to skip in the paragraph being read: they may span sentences ("PARIS, Jan. 8 (AFP) -" splits after "Jan.", "SEN. X:").
  let paragraph = -1;
  let left = 0;
  return sentences.map((sentence) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      left = skips.get(paragraph) ?? 0;
    }
    if (left === 0) return sentence;
    const dropped = Math.min(left, sentence.tokens.length);
    left -= dropped;
    return { ...sentence, tokens: sentence.tokens.slice(dropped) };
  });
}

export interface FinalizeOptions {
  termsPerN: number;
  keyphrases: RankOptions;
}

/**
 * `terms`: the article's terms with their document frequencies (term-summary.ts termTable);
 * `figures`: the keyphrase words' specificities and shares of documents against `stats` so far (rankKeyphrases),
 * kept by the caller across the articles it finalizes against the same stats.
 */
export function finalizeArticle(analysis: SpooledArticle, terms: TermTable, stats: CorpusStats, options: FinalizeOptions, figures?: WordFigures): ArticleResult {
  return {
    analysis,
    terms: scoreTerms(terms, stats.documents, options.termsPerN),
    keyphrases: rankKeyphrases(analysis.keyphraseCandidates, stats, options.keyphrases, undefined, figures),
  };
}
