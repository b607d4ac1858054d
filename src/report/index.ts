// Report: what the two sides of report writing share. The worker threads render each article's rows
// (worker-rows.ts); the main thread appends them to the reports in input order and writes the
// corpus-level files (main-writer.ts). All files go into a staging directory (see staged-output.ts).
import type { PipelineConfig } from '../config.js';
import type { Problem } from '../types.js';
import type { CsvDialect } from './csv.js';
import { DETAILED_ARTICLES, type SummaryEntry } from './summary-data.js';

export const REPORT_COLUMNS = {
  articles: [
    'article_id', 'source_file', 'clean_file', 'title', 'date', 'time', 'byline', 'source', 'url', 'encoding', 'words', 'sentences',
    'removed_lines', 'sentiment', 'sentiment_label', 'positive_sentences', 'negative_sentences',
    'top_positive_words', 'top_negative_words', 'top_keyphrases', 'top_terms', 'warnings', 'duplicate_of', 'near_duplicate_of',
  ],
  terms: ['article_id', 'term', 'n', 'count', 'relative_frequency', 'tf_idf', 'rank'],
  corpus_terms: ['term', 'n', 'count', 'documents', 'idf'],
  keyphrases: ['article_id', 'rank', 'keyphrase', 'score'],
  sentences: ['article_id', 'sentence', 'text', 'sentiment', 'label', 'drivers'],
  removed_lines: ['article_id', 'line', 'text', 'kind', 'reason'],
  errors: ['source_file', 'article_id', 'stage', 'severity', 'problem'],
} as const;

export type ReportName = keyof typeof REPORT_COLUMNS;

export interface ReportOptions {
  dialect: CsvDialect;
  topKeyphrases: number;
  topTerms: number;
  /** Articles listed in full in report.json (limits.reportJsonArticles). */
  jsonArticleLimit: number;
}

/** What the reports read of the config: the same in the main thread (ReportWriter) and the workers (addArticleRows). */
export const reportOptionsOf = (config: PipelineConfig): ReportOptions => ({
  dialect: config.csv.dialect,
  topKeyphrases: config.keyphrases.topInSummary,
  topTerms: config.terms.topInSummary,
  jsonArticleLimit: config.limits.reportJsonArticles,
});

/** Rows of one report, rendered as CSV (UTF-8: encoded in the worker thread that made them). */
export interface RenderedRows {
  bytes: Uint8Array;
  rows: number;
  /** errors.csv's rows for the cells of these rows cut to MAX_CELL_CHARS (csv.ts cutCellWarning), in row order. */
  cut: Problem[];
}

/** Reports with rows from an article alone, rendered in pass 2. */
export type DetailReport = 'sentences' | 'removed_lines';
/** Reports whose rows need the corpus, rendered in pass 3. */
export type ArticleReport = Exclude<ReportName, DetailReport | 'corpus_terms' | 'errors'>;

/** Consecutive articles' rows that need the corpus, with their report.json and summary entries. */
export interface RenderedArticles {
  articles: number;
  csv: Record<ArticleReport, RenderedRows>;
  /** The first articles' report.json entries, comma-separated, up to the limits.reportJsonArticles cap. */
  json: { bytes: Uint8Array; entries: number };
  /** What summary.html and the terminal summary keep of each article, in order. */
  summary: SummaryEntry[];
}

export type RenderedDetails = Record<DetailReport, RenderedRows>;

/**
 * Articles that report.json or the summary page's cards may show in full (sentences, removed lines,
 * body): only for these does pass 3 need the whole analysis back from the spool.
 */
export const articlesShownInFull = (options: ReportOptions): number => Math.max(options.jsonArticleLimit, DETAILED_ARTICLES);

/** The rendered rows of consecutive runs of articles, as one run's. */
export function joinDetails(runs: readonly RenderedDetails[]): RenderedDetails {
  const join = (name: DetailReport): RenderedRows => ({
    bytes: Buffer.concat(runs.map((run) => run[name].bytes)), rows: runs.reduce((sum, run) => sum + run[name].rows, 0), cut: runs.flatMap((run) => run[name].cut),
  });
  return { sentences: join('sentences'), removed_lines: join('removed_lines') };
}

