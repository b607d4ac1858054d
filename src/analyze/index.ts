// Analyze: everything computed from one article alone (analyzeArticle, the "map" step), and what
// needs the finished corpus summary (finalizeArticle).
import { keyphraseCandidates, rankKeyphrases, type RankOptions } from './keyphrases.js';
import { DEFAULT_RULES, LEARNED_LEXICON, PUBLISHED_LEXICON, scoreArticle, type SentimentThresholds } from './sentiment.js';
import { countTerms, scoreTerms, type TermTable } from './terms.js';
import { tokenizeArticle, tokenizeWords, type TokenizerOptions } from '../tokenize.js';
import type { ArticleAnalysis, ArticleResult, CleanArticle, CorpusStats, SpooledArticle } from '../types.js';

export interface AnalyzeOptions {
  tokenizer: TokenizerOptions;
  ngramRange: readonly [number, number];
  sentiment: SentimentThresholds & { learnedLexicon: boolean };
  /** Collect single-word keyphrase candidates (keyphrases.singleWordWeight > 0). */
  keyphraseWords: boolean;
}

export function analyzeArticle(article: CleanArticle, options: AnalyzeOptions): ArticleAnalysis {
  const { sentences } = tokenizeArticle(article, options.tokenizer);
  return {
    article,
    words: sentences.reduce((sum, s) => sum + s.tokens.filter((t) => t.word.hasLetter).length, 0),
    sentenceCount: sentences.length,
    removedLineCount: article.removedLines.length,
    termCounts: countTerms(sentences, options.ngramRange),
    sentiment: scoreArticle(sentences, options.sentiment, DEFAULT_RULES, options.sentiment.learnedLexicon ? LEARNED_LEXICON : PUBLISHED_LEXICON),
    keyphraseCandidates: keyphraseCandidates(sentences, {
      title: article.metadata.title ? tokenizeWords(article.metadata.title, options.tokenizer) : null,
      stem: options.tokenizer.stem,
      singleWords: options.keyphraseWords,
    }),
  };
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
