// Analyze: everything computed from one article alone (analyzeArticle, the "map" step), and what
// needs the finished corpus summary (finalizeArticle).
import { keyphraseCandidates, rankKeyphrases, type RankOptions } from './keyphrases.js';
import { DEFAULT_RULES, LEARNED_LEXICON, PUBLISHED_LEXICON, scoreArticle, type SentimentThresholds } from './sentiment.js';
import { countTerms, scoreTerms, type TermTable } from './terms.js';
import { tokenizeArticle, tokenizeWords, type TokenizerOptions } from '../text/tokenize.js';
import { datelineAt } from '../text/dateline.js';
import { speakerLabelOf } from '../text/speaker.js';
import type { ArticleAnalysis, ArticleResult, CleanArticle, CorpusStats, PlacedWords, Sentence, SpooledArticle } from '../types.js';

export interface AnalyzeOptions {
  tokenizer: TokenizerOptions;
  ngramRange: readonly [number, number];
  sentiment: SentimentThresholds & { learnedLexicon: boolean };
  /** Collect single-word keyphrase candidates (keyphrases.singleWordWeight > 0). */
  keyphraseWords: boolean;
}

/** `bodyWords`: the cleaner's words of the body's paragraphs, when it cleaned them (cleanWithWords). */
export function analyzeArticle(article: CleanArticle, options: AnalyzeOptions, bodyWords?: readonly PlacedWords[]): ArticleAnalysis {
  const { sentences } = tokenizeArticle(article, options.tokenizer, bodyWords);
  const counted = withoutSpeakerLabels(article.body, withoutDateline(article.body, sentences, options.tokenizer), options.tokenizer);
  return {
    article,
    wordCount: sentences.reduce((sum, s) => sum + s.tokens.filter((t) => t.word.isWord).length, 0),
    sentenceCount: sentences.length,
    removedLineCount: article.removedLines.length,
    termCounts: countTerms(counted, options.ngramRange),
    sentiment: scoreArticle(sentences, options.sentiment, DEFAULT_RULES, options.sentiment.learnedLexicon ? LEARNED_LEXICON : PUBLISHED_LEXICON),
    keyphraseCandidates: keyphraseCandidates(counted, {
      title: article.metadata.title ? tokenizeWords(article.metadata.title, options.tokenizer) : null,
      singleWords: options.keyphraseWords,
    }),
  };
}

/**
 * The sentences terms and keyphrases are counted over: the body's without the words of the
 * dateline that opens it, or opens its story under an editor's note (dateline.ts). Sentiment,
 * sentences.csv and the word count keep them.
 */
function withoutDateline(body: string, sentences: Sentence[], tokenizer: TokenizerOptions): Sentence[] {
  const dateline = datelineAt(body);
  if (!dateline) return sentences;
  // The paragraph it opens: the first, or the one after the editor's notes.
  const paragraph = dateline.start ? body.slice(0, dateline.start).split(/\n\s*\n/).length - 1 : 0;
  // A dateline may span sentences ("PARIS, Jan. 8 (AFP) -" splits after "Jan.").
  let skip = tokenizeWords(body.slice(dateline.start, dateline.start + dateline.length), tokenizer).length;
  return sentences.map((sentence) => {
    if (skip === 0 || sentence.paragraph < paragraph) return sentence;
    const dropped = Math.min(skip, sentence.tokens.length);
    skip -= dropped;
    return { ...sentence, tokens: sentence.tokens.slice(dropped) };
  });
}

/** Speakers' turns that make a body a transcript, whose labels are then not counted. */
const TRANSCRIPT_MIN_TURNS = 3;

/**
 * The sentences without the speaker labels that open a transcript's turns ("RAJ PATEL: ",
 * "NAOMI FISCHER: "): set before every turn, the speakers' names were the transcript's first
 * terms and keyphrases, counted once a turn. Sentences, sentiment and the word count keep them,
 * as they keep a dateline; the names said in the speech still count.
 */
function withoutSpeakerLabels(body: string, sentences: Sentence[], tokenizer: TokenizerOptions): Sentence[] {
  const labels = body.split(/\n\s*\n/).map(speakerLabelOf);
  if (labels.filter((label) => label !== null).length < TRANSCRIPT_MIN_TURNS) return sentences;
  // A label opening the body reads as a colon dateline ("KOCHI: "), whose words withoutDateline skipped.
  const dateline = datelineAt(body);
  if (dateline && (dateline.start === 0 || body[dateline.start - 1] === '\n')) labels[body.slice(0, dateline.start).split(/\n\s*\n/).length - 1] = null;
  // Label words still to skip in the paragraph being read (a label may span sentences: "SEN. X:").
  let paragraph = -1;
  let skip = 0;
  return sentences.map((sentence) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      const label = labels[paragraph];
      skip = label ? tokenizeWords(label, tokenizer).length : 0;
    }
    if (skip === 0) return sentence;
    const dropped = Math.min(skip, sentence.tokens.length);
    skip -= dropped;
    return { ...sentence, tokens: sentence.tokens.slice(dropped) };
  });
}

export interface FinalizeOptions {
  termsPerN: number;
  keyphrases: RankOptions;
}

/**
 * `terms`: the article's terms with their document frequencies (term-summary.ts termTable);
 * `specificities`: the keyphrase words' specificities against `stats` so far (rankKeyphrases),
 * kept by the caller across the articles it finalizes against the same stats.
 */
export function finalizeArticle(analysis: SpooledArticle, terms: TermTable, stats: CorpusStats, options: FinalizeOptions, specificities?: Map<string, number>): ArticleResult {
  return {
    analysis,
    terms: scoreTerms(terms, stats.documents, options.termsPerN),
    keyphrases: rankKeyphrases(analysis.keyphraseCandidates, stats, options.keyphrases, undefined, specificities),
  };
}
