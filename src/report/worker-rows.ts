// The rows of the reports for each article, rendered as CSV and report.json text (pure: runs in the
// worker threads, tasks.ts); the main thread only appends the bytes (main-writer.ts).
import { csvText, cutCellWarning, MAX_CELL_CHARS, type CsvCell, type CsvDialect } from './csv.js';
import { cleanFilePath } from './clean-files.js';
import type { ArticleAnalysis, ArticleResult, CleanArticle, Problem } from '../types.js';
import { articleDetail, DETAILED_ARTICLES, summaryEntry, type ArticleDetail, type EarlierCopies, type SummaryEntry } from './summary-data.js';
import { round, sentimentScore } from '../numbers.js';
import { dayAndTime, sentimentDriver } from './format.js';
import {
  articlesShownInFull, REPORT_COLUMNS, type ArticleReport, type DetailReport, type RenderedArticles, type RenderedDetails, type ReportOptions,
} from './index.js';

/**
 * The label cell of an article or sentence whose sentiment is not scored (another language than the
 * lexicons': sentiment.otherLanguages; or an article of no sentence), next to an empty score cell: a spreadsheet's filter on the
 * label column lists it by name, and no average takes an empty cell for 0.
 */
const NOT_SCORED = 'not scored';

/**
 * Groups of texts as UTF-8, each group's bytes one after the other in a single buffer of its own
 * (never Node's shared pool), so a worker can hand the whole buffer to the main thread instead of
 * having it copied (transferList, see worker.ts). Each text is encoded straight into the buffer:
 * joining a batch's texts first made one string of up to a few MB per report and batch (two bytes
 * a character as soon as one character is outside Latin-1), allocated as a large object in fresh
 * pages and then copied again; in a 10k run that was about a tenth of the workers' page faults.
 */
export function utf8Groups(groups: readonly (readonly string[])[]): Uint8Array[] {
  const sizes = groups.map((texts) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0));
  const bytes = Buffer.allocUnsafeSlow(sizes.reduce((sum, size) => sum + size, 0));
  let at = 0;
  return groups.map((texts, i) => {
    const start = at;
    for (const text of texts) at += bytes.write(text, at);
    return new Uint8Array(bytes.buffer, start, sizes[i]);
  });
}
/**
 * One report's rows of consecutive articles, rendered as CSV article by article: the cells of an
 * article die as soon as its text is made, instead of surviving the batch's garbage collections
 * (and one csv-stringify call per article and report took less CPU than one per batch, in-process:
 * 3.2-6.1 against 5.3-8.0 ms for 32 articles' terms.csv rows).
 */
interface RowTexts {
  texts: string[];
  rows: number;
  /** errors.csv's rows for the cells cut (csv.ts truncateCell). */
  cut: Problem[];
}

const emptyRowTexts = (): RowTexts => ({ texts: [], rows: 0, cut: [] });

/** Reports with rows of one article each. */
type PerArticleReport = ArticleReport | DetailReport;

/** The columns that tell an article's rows of a report apart, named where a cell is cut (none: one row per article). */
const ROW_KEYS: Record<PerArticleReport, readonly string[]> = { articles: [], terms: ['n', 'rank'], keyphrases: ['rank'], sentences: ['sentence'], removed_lines: ['line'] };
/** Where the whole of a cut cell's text is, when the reports have it elsewhere. */
const WHOLE_TEXT: Partial<Record<PerArticleReport, string>> = {
  sentences: "the article's clean file has the whole sentence",
  removed_lines: 'the source file has the whole line',
};

/** The article's rows of a report, rendered, with an errors.csv row for each cell cut to a spreadsheet's size. */
function addRows(into: RowTexts, rows: CsvCell[][], report: PerArticleReport, dialect: CsvDialect, article: Pick<CleanArticle, 'id' | 'sourceFile'>): void {
  if (!rows.length) return;
  const columns = REPORT_COLUMNS[report];
  into.texts.push(csvText(rows, columns, dialect));
  into.rows += rows.length;
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (typeof cell !== 'string' || cell.length <= MAX_CELL_CHARS) return;
      const keys = ROW_KEYS[report].map((key) => `, ${key} ${row[columns.indexOf(key as never)]}`).join('');
      const whole = WHOLE_TEXT[report] ? `; ${WHOLE_TEXT[report]}` : '';
      const problem = `${cutCellWarning(`${report}.csv${keys}: ${columns[i]}`, cell.length)}${whole}`;
      into.cut.push({ sourceFile: article.sourceFile, articleId: article.id, stage: 'report', severity: 'warning', problem });
    });
  }
}

/**
 * The rows of sentences.csv and removed_lines.csv of consecutive analysed articles: they need
 * nothing from the corpus, so pass 2 renders them and the spool does not carry the sentences and
 * removed lines of most articles. Rendered article by article, so the analyses themselves need
 * not be kept until the batch is done.
 */
type DetailRows = Record<DetailReport, RowTexts>;

export const emptyDetailRows = (): DetailRows => ({ sentences: emptyRowTexts(), removed_lines: emptyRowTexts() });

export function addDetailRows(rows: DetailRows, { article, sentiment }: ArticleAnalysis, dialect: CsvDialect): void {
  const sentences =
    sentiment.sentiment === null
      ? sentiment.sentences.map((s): CsvCell[] => [article.id, s.index + 1, s.text, null, NOT_SCORED, ''])
      : sentiment.sentences.map((s): CsvCell[] => {
          const drivers = s.drivers.map((d) => sentimentDriver(d, dialect)).join('; ');
          return [article.id, s.index + 1, s.text, sentimentScore(s.sentiment), s.label, drivers];
        });
  addRows(rows.sentences, sentences, 'sentences', dialect, article);
  const removed = article.removedLines.map((line): CsvCell[] => [article.id, line.line, line.text, line.kind, line.reason]);
  addRows(rows.removed_lines, removed, 'removed_lines', dialect, article);
}

/** DetailRows as UTF-8 CSV, in one buffer (utf8Groups). Pure: runs in any thread. */
export function renderDetails(rows: DetailRows): RenderedDetails {
  const [sentences, removed] = utf8Groups([rows.sentences.texts, rows.removed_lines.texts]);
  return { sentences: { bytes: sentences!, rows: rows.sentences.rows, cut: rows.sentences.cut }, removed_lines: { bytes: removed!, rows: rows.removed_lines.rows, cut: rows.removed_lines.cut } };
}

/**
 * The rows of consecutive finished articles that need the corpus (articles, terms, keyphrases),
 * their report.json entries and summary entries, collected article by article (so each analysis
 * can be dropped once its rows are made; its CSV rows are rendered at once, see RowTexts).
 */
interface ArticleRows {
  csv: Record<ArticleReport, RowTexts>;
  /** report.json entries of the articles before limits.reportJsonArticles. */
  json: string[];
  summary: SummaryEntry[];
}

export const emptyArticleRows = (): ArticleRows => ({ csv: { articles: emptyRowTexts(), terms: emptyRowTexts(), keyphrases: emptyRowTexts() }, json: [], summary: [] });

/**
 * What the reports show of an article shown in full (articlesShownInFull) that needs nothing from
 * the corpus, made in pass 2 from the complete analysis: the spool then carries this text instead of
 * the article's sentences, removed lines and body, which pass 3 would parse back only for
 * report.json to stringify them again.
 */
export interface ShownArticle {
  /** The summary page's card details. */
  detail: ArticleDetail;
  /** The article's report.json entry before its keyphrases and terms, and after them (see articleJsonEntry). */
  json: { head: string; tail: string };
}

export function shownArticle(analysis: Pick<ArticleAnalysis, 'article' | 'sentiment' | 'wordCount' | 'sentenceCount'>, fileName: string): ShownArticle {
  const { article, sentiment } = analysis;
  const cleanFile = cleanFilePath(fileName);
  const head = JSON.stringify({
    id: article.id,
    sourceFile: article.sourceFile,
    cleanFile,
    metadata: article.metadata,
    encoding: article.encoding,
    words: analysis.wordCount,
    sentences: analysis.sentenceCount,
    warnings: article.warnings,
    sentiment: sentimentJson(sentiment),
  });
  const tail = JSON.stringify({ removedLines: article.removedLines, body: article.body });
  // Both objects have members, so the entry is head's members, a comma, the middle's, a comma, tail's.
  return { detail: articleDetail(analysis, cleanFile), json: { head: head.slice(0, -1), tail: tail.slice(1) } };
}

/** An article's sentiment in report.json: an unscored one has the same members, its scores and labels null and its lists empty. */
function sentimentJson(sentiment: ArticleAnalysis['sentiment']): object {
  if (sentiment.sentiment === null) {
    return {
      score: null, label: null, positiveSentences: null, negativeSentences: null, strongestPositiveSentences: [], strongestNegativeSentences: [], topPositiveWords: [], topNegativeWords: [],
      sentences: sentiment.sentences.map((s) => ({ index: s.index, text: s.text, score: null, label: null, drivers: [] })),
    };
  }
  return {
    score: sentimentScore(sentiment.sentiment),
    label: sentiment.label,
    positiveSentences: sentiment.positiveSentences,
    negativeSentences: sentiment.negativeSentences,
    strongestPositiveSentences: sentiment.strongestPositiveSentences,
    strongestNegativeSentences: sentiment.strongestNegativeSentences,
    topPositiveWords: sentiment.topPositiveWords,
    topNegativeWords: sentiment.topNegativeWords,
    sentences: sentiment.sentences.map((s) => ({
      index: s.index,
      text: s.text,
      score: sentimentScore(s.sentiment),
      label: s.label,
      drivers: s.drivers.map((d) => ({ word: d.word, contribution: round(d.contribution, 4) })),
    })),
  };
}

/**
 * An article's report.json entry: what JSON.stringify makes of one object with the members of
 * ShownArticle's head, then duplicateOf, nearDuplicateOf, keyphrases and terms, then the members of its tail.
 */
function articleJsonEntry({ terms, keyphrases }: ArticleResult, json: ShownArticle['json'], { duplicateOf, nearDuplicateOf }: EarlierCopies): string {
  const middle = JSON.stringify({
    duplicateOf,
    nearDuplicateOf,
    keyphrases: keyphrases.map((k) => ({ rank: k.rank, keyphrase: k.keyphrase, score: round(k.keyphraseScore) })),
    terms: terms.map((t) => ({ term: t.term, n: t.n, count: t.count, relativeFrequency: round(t.relativeFrequency), tfIdf: round(t.tfIdf), rank: t.rank })),
  });
  return `${json.head},${middle.slice(1, -1)},${json.tail}`;
}

/** Where an article stands in the run, beyond its place (run/duplicates.ts, run/near-duplicates.ts, clean-files.ts). */
interface ArticlePlace extends EarlierCopies {
  /** Its clean/<fileName>.txt. */
  fileName: string;
}

/**
 * Adds one finished article at `position` (its 0-based place in the run): articles before
 * limits.reportJsonArticles also get their report.json entry, and those before
 * articlesShownInFull() need their ShownArticle. Pure: runs in any thread.
 */
export function addArticleRows(rows: ArticleRows, result: ArticleResult, options: ReportOptions, position: number, shown: ShownArticle | null, place: ArticlePlace): void {
  const { analysis, terms, keyphrases } = result;
  const { article, sentiment } = analysis;
  const id = article.id;
  const m = article.metadata;
  const unigrams = terms.filter((t) => t.n === 1);
  const articleRow: CsvCell[] = [
    id, article.sourceFile, cleanFilePath(place.fileName), m.title, ...dayAndTime(m.date), m.byline, m.source, m.url, article.encoding, analysis.wordCount, analysis.sentenceCount,
    analysis.removedLineCount,
    ...(sentiment.sentiment === null
      ? [null, NOT_SCORED, null, null, '', '']
      : [sentimentScore(sentiment.sentiment), sentiment.label, sentiment.positiveSentences, sentiment.negativeSentences, sentiment.topPositiveWords.join('; '), sentiment.topNegativeWords.join('; ')]),
    keyphrases.slice(0, options.topKeyphrases).map((k) => k.keyphrase).join('; '),
    unigrams.slice(0, options.topTerms).map((t) => t.term).join('; '),
    article.warnings.join('; '), place.duplicateOf, place.nearDuplicateOf,
  ];
  addRows(rows.csv.articles, [articleRow], 'articles', options.dialect, article);
  addRows(rows.csv.terms, terms.map((t) => [id, t.term, t.n, t.count, round(t.relativeFrequency), round(t.tfIdf), t.rank]), 'terms', options.dialect, article);
  addRows(rows.csv.keyphrases, keyphrases.map((k) => [id, k.rank, k.keyphrase, round(k.keyphraseScore)]), 'keyphrases', options.dialect, article);
  // Both limits are at most articlesShownInFull(): past this check, `shown` is there wherever it is needed.
  if (position < articlesShownInFull(options) && !shown) throw new Error(`article ${position + 1} is shown in full, and came without what is shown (see articlesShownInFull)`);
  if (position < options.jsonArticleLimit && shown) rows.json.push(articleJsonEntry(result, shown.json, place));
  rows.summary.push(summaryEntry(result, position < DETAILED_ARTICLES && shown ? shown.detail : null, place));
}

/** ArticleRows as UTF-8 CSV and report.json bytes, in one buffer (utf8Groups). Pure: runs in any thread. */
export function renderArticleRows(rows: ArticleRows): RenderedArticles {
  const { articles, terms, keyphrases } = rows.csv;
  const json = rows.json.flatMap((entry, i) => (i ? [',\n', entry] : [entry]));
  const [articleBytes, termBytes, keyphraseBytes, jsonBytes] = utf8Groups([articles.texts, terms.texts, keyphrases.texts, json]);
  const csv = {
    articles: { bytes: articleBytes!, rows: articles.rows, cut: articles.cut }, terms: { bytes: termBytes!, rows: terms.rows, cut: terms.cut }, keyphrases: { bytes: keyphraseBytes!, rows: keyphrases.rows, cut: keyphrases.cut },
  };
  return { articles: rows.summary.length, csv, json: { bytes: jsonBytes!, entries: rows.json.length }, summary: rows.summary };
}

