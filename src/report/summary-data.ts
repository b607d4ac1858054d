// What the summary page and the terminal summary need, collected while the reports stream by.
// Memory is bounded per article: every article keeps one compact row (its page tuple as JSON text and
// a few numbers); only the first DETAILED_ARTICLES keep their strongest sentences and removed lines for the cards.
import type { ArticleAnalysis, ArticleResult, CorpusTerm, Problem, SentimentLabel } from '../types.js';
import { sentimentScore } from '../numbers.js';
import { dayAndTime, sentimentDriver } from './format.js';
import { jsonForScript } from './html/escape.js';
import type { ReportName } from './index.js';
import { byCodeUnits } from '../order.js';

/** Articles whose cards carry strongest sentences and removed lines; the rest point to the CSVs. */
export const DETAILED_ARTICLES = 2_000;
const MAX_TITLE = 200;
const MAX_FIELD = 120;
const MAX_SENTENCE = 320;
/** A date as the page shows it: an ISO day and time of day, or a date kept as the page wrote it. */
const MAX_DATE = 40;
/** A sentence driver's word, beside its contribution. */
const MAX_DRIVER_WORD = 40;
const MAX_REMOVED_LINE = 200;
const REMOVED_LINES_PER_ARTICLE = 30;
const KEYPHRASES_PER_ARTICLE = 5;
const DISTINCTIVE_PER_ARTICLE = 6;
const STRONGEST_PER_SIDE = 2;
const DRIVERS_PER_SENTENCE = 3;
const WARNINGS_PER_ARTICLE = 5;
/** The keyphrases most articles share, kept for the page (summary-html.ts shows the first TOP_PHRASES_SHOWN). */
const SHARED_KEYPHRASES_KEPT = 30;
/** Distinct keyphrases counted over the corpus before the rarest are dropped (see countKeyphrase). */
const KEYPHRASE_TALLY_LIMIT = 50_000;
/** Distinct labels, days and sources SummaryCollector keeps one copy of. */
const MAX_SHARED_STRINGS = 10_000;
/** Corpus terms in the page's term table (and its charts); corpus_terms.csv has more. */
export const TERMS_ON_PAGE = 2_000;
/** Problems listed on the page; errors.csv has them all. */
const PROBLEMS_ON_PAGE = 1_000;
/** Sources the overview names, with their articles. */
const TOP_SOURCES = 8;
/** Most negative and most positive articles, and top single-word terms, that the terminal and `--json` name. */
const HIGHLIGHTED_ARTICLES = 5;
const HIGHLIGHTED_TERMS = 10;

/** The earlier articles an article copies: exactly (run/duplicates.ts) or nearly (run/near-duplicates.ts). */
export interface EarlierCopies {
  /** The first article with the same cleaned body (articles.csv duplicate_of), null for a first copy. */
  duplicateOf: string | null;
  /** The earliest article whose cleaned body is a near-duplicate of this one's (articles.csv near_duplicate_of), or null. */
  nearDuplicateOf: string | null;
}

const NO_COPIES: EarlierCopies = { duplicateOf: null, nearDuplicateOf: null };

export interface ArticleRow extends EarlierCopies {
  id: string;
  title: string;
  date: string | null;
  byline: string | null;
  source: string | null;
  words: number;
  sentences: number;
  removedLines: number;
  /** Null, as the label, when the article's sentiment is not scored (another language: sentiment.otherLanguages; or no sentence). */
  sentiment: number | null;
  label: SentimentLabel | null;
  keyphrases: string[];
  /** Highest TF-IDF single words (articles.csv's top_terms order): what sets the article apart. */
  distinctive: string[];
  warnings: string[];
}

/** An article row's cells in summary.html's JSON block, in this order (the page script reads them by these names). */
export const ARTICLE_COLUMNS = ['id', 'title', 'date', 'byline', 'source', 'words', 'sentences', 'removedLines', 'sentiment', 'label', 'keyphrases', 'distinctive', 'warnings'] as const satisfies ReadonlyArray<keyof ArticleRow>;

/**
 * What the main thread keeps of an ArticleRow until summary.html is drawn: the page's tuple as JSON text and what
 * the overview, the charts and the terminal summary read. The row as objects and arrays takes 939 bytes of heap, about
 * 90 MB of the main thread's at 100,000 articles (docs/scale-history.md, "Memory and CPU").
 */
export interface SummaryRow {
  id: string;
  /** The row's ARTICLE_COLUMNS tuple, made safe by jsonForScript: one element of the page's `articles` array. */
  json: string;
  words: number;
  sentences: number;
  removedLines: number;
  sentiment: number | null;
  label: SentimentLabel | null;
  /** The day of an ISO date (isoDay), null for none or a date kept as found. */
  day: string | null;
  source: string | null;
  warned: boolean;
  duplicate: boolean;
  nearDuplicate: boolean;
}

const TITLE_CELL = ARTICLE_COLUMNS.indexOf('title');

/** The title back from the row's JSON: read only for the few rows a chart or the terminal names. */
export const rowTitle = (row: SummaryRow): string => (JSON.parse(row.json) as string[])[TITLE_CELL]!;

export function summaryRow(row: ArticleRow): SummaryRow {
  return {
    id: row.id,
    json: jsonForScript(ARTICLE_COLUMNS.map((column) => row[column])),
    words: row.words,
    sentences: row.sentences,
    removedLines: row.removedLines,
    sentiment: row.sentiment,
    label: row.label,
    day: isoDay(row.date),
    source: row.source,
    warned: row.warnings.length > 0,
    duplicate: row.duplicateOf !== null,
    nearDuplicate: row.nearDuplicateOf !== null,
  };
}

interface StrongSentence {
  /** 1-based, as in sentences.csv. */
  sentence: number;
  text: string;
  sentiment: number;
  /** The words that moved the score most, as in sentences.csv: `crisis (-2.8)`. */
  drivers: string[];
}

export interface ArticleDetail {
  /** The article's cleaned text, relative to the page (articles.csv clean_file). */
  cleanFile: string;
  strongest: StrongSentence[];
  removed: Array<{ line: number; text: string; kind: string; reason: string }>;
  /** Removed lines not kept on the page (see removed_lines.csv). */
  removedNotShown: number;
}

/** Everything the page and the terminal summary are drawn from. */
export interface SummaryData {
  rows: SummaryRow[];
  /** Same order as rows; null past DETAILED_ARTICLES. */
  details: Array<ArticleDetail | null>;
  /** Corpus terms in corpus_terms.csv order (the first TERMS_ON_PAGE of them). */
  corpusTerms: CorpusTerm[];
  corpusTermsTotal: number;
  /** Rows of corpus_terms.csv: the most frequent terms.corpusLimit of corpusTermsTotal. */
  corpusTermsInCsv: number;
  /** Phrases by the number of articles that have them among their top keyphrases. */
  keyphrases: Array<{ keyphrase: string; articles: number }>;
  problems: Problem[];
  problemsTotal: number;
  failed: number;
}

/** Cuts to `max` code points, marking the cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const clipOrNull = (text: string | null, max: number): string | null => (text === null ? null : clip(text, max));

/** A date as the page shows it, the day and the time of day as articles.csv's two cells give them: `2023-04-29 20:19`. */
function shownDate(date: string | null): string | null {
  const [day, time] = dayAndTime(date);
  return time === null ? day : `${day} ${time}`;
}

export function articleRow({ analysis, terms, keyphrases }: ArticleResult, { duplicateOf, nearDuplicateOf }: EarlierCopies = NO_COPIES): ArticleRow {
  const { article, sentiment } = analysis;
  const m = article.metadata;
  const distinctive = terms
    .filter((t) => t.n === 1)
    .slice(0, DISTINCTIVE_PER_ARTICLE)
    .map((t) => clip(t.term, MAX_FIELD));
  return {
    id: clip(article.id, MAX_FIELD),
    title: clip(m.title ?? article.sourceFile, MAX_TITLE),
    date: clipOrNull(shownDate(m.date), MAX_DATE),
    byline: clipOrNull(m.byline, MAX_FIELD),
    source: clipOrNull(m.source, MAX_FIELD),
    words: analysis.wordCount,
    sentences: analysis.sentenceCount,
    removedLines: analysis.removedLineCount,
    sentiment: sentiment.sentiment === null ? null : sentimentScore(sentiment.sentiment),
    label: sentiment.label,
    keyphrases: keyphrases.slice(0, KEYPHRASES_PER_ARTICLE).map((k) => clip(k.keyphrase, MAX_FIELD)),
    distinctive,
    warnings: article.warnings.slice(0, WARNINGS_PER_ARTICLE).map((w) => clip(w, MAX_FIELD)),
    duplicateOf: clipOrNull(duplicateOf, MAX_FIELD),
    nearDuplicateOf: clipOrNull(nearDuplicateOf, MAX_FIELD),
  };
}

/** Needs nothing from the corpus: made in pass 2, where the article's sentences and removed lines are at hand (report/worker-rows.ts, shownArticle). */
export function articleDetail(analysis: Pick<ArticleAnalysis, 'article' | 'sentiment'>, cleanFile: string): ArticleDetail {
  const { sentiment } = analysis;
  const sentences = sentiment.sentiment === null ? [] : sentiment.sentences;
  const strongest = (sign: 1 | -1): StrongSentence[] =>
    sentences
      .filter((s) => s.sentiment * sign > 0)
      .sort((a, b) => (b.sentiment - a.sentiment) * sign || a.index - b.index)
      .slice(0, STRONGEST_PER_SIDE)
      .map((s) => ({
        sentence: s.index + 1,
        text: clip(s.text, MAX_SENTENCE),
        sentiment: sentimentScore(s.sentiment),
        drivers: s.drivers.slice(0, DRIVERS_PER_SENTENCE).map((d) => sentimentDriver({ word: clip(d.word, MAX_DRIVER_WORD), contribution: d.contribution })),
      }));
  const removed = analysis.article.removedLines;
  return {
    cleanFile,
    strongest: [...strongest(-1), ...strongest(1)],
    removed: removed.slice(0, REMOVED_LINES_PER_ARTICLE).map((l) => ({ line: l.line, text: clip(l.text, MAX_REMOVED_LINE), kind: l.kind, reason: l.reason })),
    removedNotShown: Math.max(0, removed.length - REMOVED_LINES_PER_ARTICLE),
  };
}

/**
 * What the summary keeps of one article: compact, so it is computed where the article is finished
 * (a worker thread) and crosses to the main thread instead of the full result.
 */
export interface SummaryEntry {
  row: SummaryRow;
  /** Null past DETAILED_ARTICLES. */
  detail: ArticleDetail | null;
  /** The article's top keyphrases, for the corpus-wide tally. */
  keyphrases: string[];
}

/**
 * `detail`: the article's articleDetail, for the first DETAILED_ARTICLES of the run (null for the others).
 * `copies`: the earlier articles it copies, exactly or nearly.
 */
export function summaryEntry(result: ArticleResult, detail: ArticleDetail | null, copies: EarlierCopies = NO_COPIES): SummaryEntry {
  return {
    row: summaryRow(articleRow(result, copies)),
    detail,
    keyphrases: result.keyphrases.slice(0, KEYPHRASES_PER_ARTICLE).map((k) => k.keyphrase),
  };
}

/** Collects the summary while ReportWriter streams; `summary()` once the corpus terms are known. */
export class SummaryCollector {
  private readonly rows: SummaryRow[] = [];
  private readonly details: Array<ArticleDetail | null> = [];
  private readonly keyphraseTally = new Map<string, { keyphrase: string; articles: number }>();
  private readonly problems: Problem[] = [];
  private problemsTotal = 0;
  private failed = 0;
  /**
   * One copy of each label, day and source the rows hold (many rows share them; each entry's message brings
   * its own copies): 83 bytes of heap a row, about 8 MB of the main thread's at 100k articles. Bounded: a run of
   * all-different sources keeps the rest as they come.
   */
  private readonly sharedStrings = new Map<string, string>();

  /** Entries arrive in input order. */
  addArticle(entry: SummaryEntry): void {
    const { row } = entry;
    row.label = row.label && this.shared(row.label);
    row.day = row.day && this.shared(row.day);
    row.source = row.source && this.shared(row.source);
    this.rows.push(row);
    this.details.push(this.details.length < DETAILED_ARTICLES ? entry.detail : null);
    // A copy's keyphrases are its first copy's: counted once, as document frequencies are.
    if (entry.row.duplicate) return;
    const seen = new Set<string>();
    for (const keyphrase of entry.keyphrases) {
      const key = keyphrase.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      this.countKeyphrase(key, keyphrase);
    }
  }

  addProblem(problem: Problem): void {
    this.problemsTotal++;
    if (problem.severity === 'error') this.failed++;
    if (this.problems.length < PROBLEMS_ON_PAGE) this.problems.push(problem);
  }

  summary(corpusTerms: CorpusTerm[], corpusTermsTotal: number, corpusTermsInCsv = corpusTermsTotal): SummaryData {
    const keyphrases = [...this.keyphraseTally.values()]
      .filter((k) => k.articles > 1)
      .sort((a, b) => b.articles - a.articles || byCodeUnits(a.keyphrase, b.keyphrase))
      .slice(0, SHARED_KEYPHRASES_KEPT);
    return { rows: this.rows, details: this.details, corpusTerms, corpusTermsTotal, corpusTermsInCsv, keyphrases, problems: this.problems, problemsTotal: this.problemsTotal, failed: this.failed };
  }

  private shared<T extends string>(value: T): T {
    const kept = this.sharedStrings.get(value) as T | undefined;
    if (kept !== undefined) return kept;
    if (this.sharedStrings.size < MAX_SHARED_STRINGS) this.sharedStrings.set(value, value);
    return value;
  }

  // A phrase shared by many articles is seen early and often, so when the tally grows past its limit
  // the phrases seen in one article only are dropped: memory stays bounded on huge corpora and the
  // phrases that matter keep (nearly) exact counts. The first spelling seen is the one shown.
  private countKeyphrase(key: string, keyphrase: string): void {
    const entry = this.keyphraseTally.get(key);
    if (entry) {
      entry.articles++;
      return;
    }
    if (this.keyphraseTally.size >= KEYPHRASE_TALLY_LIMIT) {
      for (const [k, v] of this.keyphraseTally) if (v.articles === 1) this.keyphraseTally.delete(k);
      if (this.keyphraseTally.size >= KEYPHRASE_TALLY_LIMIT) return;
    }
    this.keyphraseTally.set(key, { keyphrase: clip(keyphrase, MAX_FIELD), articles: 1 });
  }
}

export interface CorpusOverview {
  articles: number;
  words: number;
  sentences: number;
  removedLines: number;
  /** Articles with no words left (empty input or everything removed by the cleaner). */
  empty: number;
  withWarnings: number;
  /** Later copies of a body another article has (duplicate_of). */
  duplicates: number;
  /** Near-duplicates of an earlier article (near_duplicate_of). */
  nearDuplicates: number;
  failed: number;
  dates: { first: string; last: string; dated: number } | null;
  sources: { distinct: number; top: Array<{ source: string; articles: number }> };
  /** Articles by label, of those whose sentiment was scored. */
  labels: Record<SentimentLabel, number>;
  /** Articles whose sentiment was not scored (another language: sentiment.otherLanguages; or no sentence); left out of the labels, the mean and the charts. */
  notScored: number;
  /** Mean of the scored articles' sentiment; null when none was scored. */
  meanSentiment: number | null;
}

/** The day of an ISO date (`2023-04-29` of `2023-04-29T20:19`), or null for dates kept as found. */
function isoDay(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

export function corpusOverview(data: SummaryData): CorpusOverview {
  const labels: Record<SentimentLabel, number> = { negative: 0, neutral: 0, positive: 0 };
  const sources = new Map<string, number>();
  let words = 0, sentences = 0, removedLines = 0, empty = 0, withWarnings = 0, duplicates = 0, nearDuplicates = 0, sentimentSum = 0, notScored = 0;
  let first: string | null = null, last: string | null = null, dated = 0;
  for (const row of data.rows) {
    words += row.words;
    sentences += row.sentences;
    removedLines += row.removedLines;
    if (row.words === 0) empty++;
    if (row.warned) withWarnings++;
    if (row.duplicate) duplicates++;
    if (row.nearDuplicate) nearDuplicates++;
    if (row.sentiment === null || row.label === null) notScored++;
    else {
      labels[row.label]++;
      sentimentSum += row.sentiment;
    }
    if (row.source) sources.set(row.source, (sources.get(row.source) ?? 0) + 1);
    const day = row.day;
    if (day) {
      dated++;
      if (first === null || day < first) first = day;
      if (last === null || day > last) last = day;
    }
  }
  const top = [...sources]
    .sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))
    .slice(0, TOP_SOURCES)
    .map(([source, articles]) => ({ source, articles }));
  return {
    articles: data.rows.length,
    words,
    sentences,
    removedLines,
    empty,
    withWarnings,
    duplicates,
    nearDuplicates,
    failed: data.failed,
    dates: first && last ? { first, last, dated } : null,
    sources: { distinct: sources.size, top },
    labels,
    notScored,
    meanSentiment: data.rows.length > notScored ? sentimentScore(sentimentSum / (data.rows.length - notScored)) : null,
  };
}

/** A row whose article's sentiment was scored. */
export type ScoredRow = SummaryRow & { sentiment: number; label: SentimentLabel };

const isScored = (row: SummaryRow): row is ScoredRow => row.sentiment !== null;

/** The scored rows (unscored ones left out) from most negative to most positive (ties: by id, so the order never depends on arrival). */
export function bySentiment(rows: readonly SummaryRow[]): ScoredRow[] {
  return rows.filter(isScored).sort((a, b) => a.sentiment - b.sentiment || byCodeUnits(a.id, b.id));
}

/** The HIGHLIGHTED_ARTICLES most negative and most positive articles by label, a story's copies (duplicate_of) left out: they would list it twice. */
function extremes(rows: readonly SummaryRow[]): { mostNegative: ScoredRow[]; mostPositive: ScoredRow[] } {
  const sorted = bySentiment(rows.filter((r) => !r.duplicate));
  return {
    mostNegative: sorted.filter((r) => r.label === 'negative').slice(0, HIGHLIGHTED_ARTICLES),
    mostPositive: sorted.filter((r) => r.label === 'positive').reverse().slice(0, HIGHLIGHTED_ARTICLES),
  };
}

interface TimeBucket {
  /** First day of the bucket. */
  start: string;
  articles: number;
  /** Null for a period with no dated article (a gap in the line). */
  meanSentiment: number | null;
}

type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface SentimentTimeline {
  unit: TimeUnit;
  buckets: TimeBucket[];
}

const DAY_MS = 86_400_000;

/** The first day of the day, week (from Monday), month or year that `time` falls in. */
function bucketStart(time: number, unit: TimeUnit): number {
  const date = new Date(time);
  if (unit === 'day') return time;
  if (unit === 'week') return time - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  return Date.UTC(date.getUTCFullYear(), unit === 'month' ? date.getUTCMonth() : 0, 1);
}

function nextBucket(start: number, unit: TimeUnit): number {
  const date = new Date(start);
  if (unit === 'day') return start + DAY_MS;
  if (unit === 'week') return start + 7 * DAY_MS;
  return unit === 'month' ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) : Date.UTC(date.getUTCFullYear() + 1, 0, 1);
}

/**
 * Mean sentiment of dated articles per day, week, month or year (the finest unit that keeps the
 * chart to about a hundred periods), with empty periods kept so the time axis is even. Null with
 * fewer than two distinct days.
 */
export function sentimentTimeline(rows: readonly SummaryRow[]): SentimentTimeline | null {
  const dated = rows.filter(isScored).flatMap((row) => {
    const time = row.day ? Date.parse(`${row.day}T00:00:00Z`) : NaN;
    return Number.isNaN(time) ? [] : [{ time, sentiment: row.sentiment }];
  });
  if (new Set(dated.map((d) => d.time)).size < 2) return null;
  // Loops, not Math.min(...times): past about 125,000 dated articles their spread overflows the stack.
  const first = dated.reduce((min, d) => Math.min(min, d.time), Infinity);
  const last = dated.reduce((max, d) => Math.max(max, d.time), -Infinity);
  const spanDays = (last - first) / DAY_MS;
  const unit: TimeUnit = spanDays <= 92 ? 'day' : spanDays <= 2 * 366 ? 'week' : spanDays <= 10 * 366 ? 'month' : 'year';
  const sums = new Map<number, { articles: number; sum: number }>();
  for (let start = bucketStart(first, unit); start <= last; start = nextBucket(start, unit)) sums.set(start, { articles: 0, sum: 0 });
  for (const d of dated) {
    const bucket = sums.get(bucketStart(d.time, unit))!;
    bucket.articles++;
    bucket.sum += d.sentiment;
  }
  const buckets = [...sums].map(([start, { articles, sum }]) => ({
    start: new Date(start).toISOString().slice(0, 10),
    articles,
    meanSentiment: articles ? sentimentScore(sum / articles) : null,
  }));
  return { unit, buckets };
}

/** What the terminal prints and `--json` reports after a run. */
export interface RunHighlights {
  overview: CorpusOverview;
  topTerms: Array<{ term: string; count: number; documents: number }>;
  mostNegative: Array<{ id: string; title: string; sentiment: number }>;
  mostPositive: Array<{ id: string; title: string; sentiment: number }>;
}

/** Wall time in ms of the run's parts: before pass 1, the three passes, and the reports' end. */
export interface PassTimes {
  setup: number;
  scan: number;
  analyze: number;
  report: number;
  finish: number;
}

/** A run's counts of articles, first in both manifest.json's and `--json`'s `counts` (runCounts). */
export interface RunCounts {
  articlesRead: number;
  articlesAnalysed: number;
  articlesFailed: number;
  /** Analysed articles with a warning of their own (articles.csv `warnings`), as summary.html counts them. */
  articlesWithWarnings: number;
  /** Analysed articles whose cleaned body an earlier one has (duplicate_of; counted once in the corpus statistics). */
  articlesDuplicate: number;
  /** Analysed articles whose cleaned body is a near-duplicate of an earlier one's (near_duplicate_of; reported only). */
  articlesNearDuplicate: number;
}

/** A run's counts, problems and highlights: what cli.ts prints (terminal-summary.ts) and manifest.json counts. */
export interface RunSummary extends RunCounts {
  problems: Problem[];
  outputDir: string;
  reportRows: Record<ReportName, number>;
  /** Corpus overview, top terms, most negative and positive articles (as on summary.html). */
  highlights: RunHighlights;
  startedAt: string;
  durationMs: number;
  /** Wall time of the run's parts (pipeline.ts passTimer), in manifest.json. */
  passMs: PassTimes;
  /** Threads that ran the per-article stages (1: the main thread). */
  workers: number;
  /** Rare multi-word n-grams forgotten to bound memory (limits.corpusTerms); 0 on most runs. */
  corpusTermsDropped: number;
}

/** The run's counts of articles alone, in their order. */
export function runCounts(summary: RunCounts): RunCounts {
  const { articlesRead, articlesAnalysed, articlesFailed, articlesWithWarnings, articlesDuplicate, articlesNearDuplicate } = summary;
  return { articlesRead, articlesAnalysed, articlesFailed, articlesWithWarnings, articlesDuplicate, articlesNearDuplicate };
}

export function runHighlights(data: SummaryData): RunHighlights {
  const { mostNegative, mostPositive } = extremes(data.rows);
  const brief = (row: ScoredRow) => ({ id: row.id, title: rowTitle(row), sentiment: row.sentiment });
  return {
    overview: corpusOverview(data),
    topTerms: data.corpusTerms.filter((t) => t.n === 1).slice(0, HIGHLIGHTED_TERMS).map(({ term, count, documents }) => ({ term, count, documents })),
    mostNegative: mostNegative.map(brief),
    mostPositive: mostPositive.map(brief),
  };
}
