// The worker's task handler: the stages chained for each article, as the tasks of the passes (see
// pipeline.ts), run on a batch of articles by a worker thread (run/worker.ts) or, with no workers, by
// the main thread (run/pool.ts).
// Each task gets what it needs in the message: input sources to read, and the corpus summaries as
// shared memory (CountTable buffers), so nothing big is ever copied per worker.
//
//   scan     sources -> line-key hashes of each article            (for the line-repetition table),
//            and of its story and paragraphs                     (a story's copies count their lines once)
//   analyze  sources -> ingest, clean, analyze; writes clean/<name>.txt and one spool file of
//            analyses (spool.ts); returns each article's term counts (hashed) for the corpus reduce,
//            its body's key (duplicates.ts) and MinHash signature (near-duplicates.ts), its problems,
//            and its sentences.csv and removed_lines.csv rows
//   report   spool file + document frequencies -> TF-IDF, keyphrases, every report row rendered,
//            and the readable forms of the terms corpus_terms.csv may list (term-summary.ts)
import { unlinkSync, writeFileSync } from 'node:fs';
import { analyzeArticle, finalizeArticle, noWordsWarning, type AnalyzeOptions, type FinalizeOptions } from './analyze/index.js';
import { WordFigures } from './analyze/keyphrases.js';
import { scoresSentiment } from './analyze/sentiment-lexicon.js';
import type { TokenizerOptions } from './text/word-records.js';
import { cleanWithWords, passThrough, type CleanContext } from './clean/index.js';
import { pageKeys } from './clean/page-keys.js';
import type { PipelineConfig } from './config.js';
import { CountTable, hashKeys } from './run/count-table.js';
import { cleanTextFile, type FileNames } from './report/clean-files.js';
import { bodyKey } from './run/duplicates.js';
import { minHashSignature } from './run/near-duplicates.js';
import { documentFrequencyView, offerSurfaces, packTerms, surfaceRequestView, termTable, type SurfaceOffers } from './run/term-summary.js';
import { readTextFile } from './ingest/index.js';
import { implausibleDateWarning } from './text/dates.js';
import { isInstallationError } from './installation-error.js';
import { cliticsFor, elisionsFor, languageOfList, modalsFor, otherLanguageWarning, runStopwords, segmenterFor, stemmerFor, stopwordListName } from './text/language.js';
import { otherLanguage } from './text/language-guess.js';
import { reportOptionsOf, type RenderedArticles, type RenderedDetails } from './report/index.js';
import { addArticleRows, addDetailRows, emptyArticleRows, emptyDetailRows, renderArticleRows, renderDetails, shownArticle } from './report/worker-rows.js';
import { decodeSpool, encodeSpoolRecord, SpoolReader, writeSpoolFile } from './run/spool.js';
import type { ArticleAnalysis, IngestItem, Problem, RawArticle, Source } from './types.js';

/** What every task needs and never changes during a run. */
export interface WorkerSetup {
  config: PipelineConfig;
  clean: boolean;
  /** The staging directory the reports are written into. */
  outputDir: string;
}

export type WorkerTask =
  | { kind: 'scan'; sources: Source[] }
  | { kind: 'analyze'; sources: Source[]; lineCounts: SharedArrayBuffer | null; spoolFile: string; complete: boolean; fileNames: FileNames }
  | {
      kind: 'report'; spoolFile: string; documentFrequency: SharedArrayBuffer; documents: number; firstArticle: number; surfaceRequest: SharedArrayBuffer;
      /** Place in the run -> id of the first copy, for the batch's duplicates (run/duplicates.ts). */
      duplicateOf: Record<number, string>;
      /** Place in the run -> id of the earliest near-duplicate, for the batch's near-duplicates (run/near-duplicates.ts). */
      nearDuplicateOf: Record<number, string>;
    };

/**
 * Per source of a scan task (null: it could not be read): the hashes of its distinct line keys, of
 * its story key and its prose if it has (null for a page without a story) and of its paragraphs (clean/page-keys.ts pageKeys).
 */
export type ScanResult = Array<{ lines: Uint32Array; story: Uint32Array | null; paragraphs: Uint32Array } | null>;

type AnalyzeItem =
  | { kind: 'problem'; problem: Problem }
  | { kind: 'analysed'; id: string; sourceFile: string; terms: Uint32Array; problems: Problem[]; bodyKey: string | null; signature: Uint32Array | null };

export interface AnalyzeResult {
  items: AnalyzeItem[];
  /** sentences.csv and removed_lines.csv rows of the batch's analysed articles. */
  details: RenderedDetails;
  /** Whether the spool has what is shown of each article, for articles shown in full (ShownArticle, see spool.ts). */
  complete: boolean;
}
export type ReportResult = RenderedArticles & { surfaces: SurfaceOffers };

export interface TaskHandler {
  run(task: WorkerTask): ScanResult | AnalyzeResult | ReportResult;
}

type AnalyzeTask = Extract<WorkerTask, { kind: 'analyze' }>;
type ReportTask = Extract<WorkerTask, { kind: 'report' }>;
/** A source read into an article, or the problem that kept it out. */
type LoadSource = (source: Source) => IngestItem;

/** A worker's handler of the three tasks (this file's header); what the run's config sets is made once, here. */
export function createTaskHandler(setup: WorkerSetup): TaskHandler {
  const { config } = setup;
  const load: LoadSource = (source) => (source.kind === 'file' ? readTextFile(source, config.limits.maxFileBytes) : source);
  const analyzer = articleAnalyzer(setup);
  const report = batchReporter(config);
  return {
    run(task) {
      if (task.kind === 'scan') return scan(task.sources, load);
      if (task.kind === 'analyze') return analyze(task, setup, load, analyzer);
      return report(task);
    },
  };
}

/** A scan task: each source's line keys hashed, for the line-repetition table, and its story key and paragraphs (ScanResult). */
function scan(sources: Source[], load: LoadSource): ScanResult {
  const result: ScanResult = [];
  for (const source of sources) {
    const item = load(source);
    if (item.kind !== 'article') {
      result.push(null);
      continue;
    }
    const { lines, story, prose, paragraphs } = pageKeys(item.article.text);
    result.push({ lines: hashKeys(lines), story: story === null ? null : hashKeys(prose === null ? [story] : [story, prose]), paragraphs: hashKeys(paragraphs) });
  }
  return result;
}

/** The stages of one article, cleaned and analysed, as the run's config sets them; made once per worker. */
interface ArticleAnalyzer {
  /** The cleaner's context for an analyze task: the run's patterns, stopwords and stemmer, and the scan pass's line counts. */
  cleanContext(lineCounts: SharedArrayBuffer | null): CleanContext;
  /** One article cleaned and analysed, or the problem that stopped it. */
  analyzeOne(raw: RawArticle, context: CleanContext): ArticleAnalysis | { problem: Problem };
}

function articleAnalyzer(setup: WorkerSetup): ArticleAnalyzer {
  const { config } = setup;
  /** A language's stopwords (with the run's news words and extra stopwords), stemmer, segmenter, elisions, clitics and modals. */
  const tokenizerFor = (language: string): TokenizerOptions => ({
    stopwords: runStopwords(config, language), stem: stemmerFor(language), segmenter: segmenterFor(language), elisions: elisionsFor(language), clitics: cliticsFor(language), modals: modalsFor(config, language),
  });
  const runTokenizer = tokenizerFor(config.language);
  // The cleaner reads the page with the run's stopwords and stemmer, and hands its word records to this tokenizer.
  const { stopwords, stem } = runTokenizer;
  const languageList = stopwordListName(config.language);
  const boilerplatePatterns = config.clean.boilerplatePatterns.map((source) => new RegExp(source, 'u'));
  const analyzeOptions: AnalyzeOptions = { tokenizer: runTokenizer, ngramRange: config.terms.ngramRange, sentiment: config.sentiment, keyphraseWords: config.keyphrases.singleWordWeight > 0 };
  const unscoredOptions: AnalyzeOptions = { ...analyzeOptions, scoreSentiment: false };
  // An article in another language gets that language's stopwords and stemmer: a German article's
  // top terms were "die", "der" and "und". One tokenizer per language (ISO 639-3 list name) for the
  // whole run: each has its own word records (word-records.ts wordTables), made once per distinct word.
  const otherTokenizers = new Map<string, TokenizerOptions>();
  const tokenizerOf = (listName: string): TokenizerOptions => {
    let tokenizer = otherTokenizers.get(listName);
    if (!tokenizer) otherTokenizers.set(listName, (tokenizer = tokenizerFor(languageOfList(listName))));
    return tokenizer;
  };

  function cleanContext(lineCounts: SharedArrayBuffer | null): CleanContext {
    const table = lineCounts ? CountTable.fromBuffer(lineCounts) : null;
    return {
      boilerplatePatterns,
      articlesWithLine: (key) => (table ? Math.max(1, table.get(key)) : 1),
      repeatedLineMinArticles: config.clean.repeatedLineMinArticles,
      dateOrder: config.clean.dateOrder,
      stopwords,
      stem,
    };
  }

  function analyzeOne(raw: RawArticle, context: CleanContext): ArticleAnalysis | { problem: Problem } {
    try {
      const { article, bodyWords } = setup.clean ? cleanWithWords(raw, context) : { article: passThrough(raw), bodyWords: undefined };
      const other = otherLanguage(article.body, languageList, bodyWords);
      const scoreSentiment = scoresSentiment(config.language, other, config.sentiment.otherLanguages);
      if (other) article.warnings.push(otherLanguageWarning(other, config.language, scoreSentiment));
      const lateDate = implausibleDateWarning(article.metadata.date);
      if (lateDate) article.warnings.push(lateDate);
      const options = scoreSentiment ? analyzeOptions : unscoredOptions;
      // The cleaner's word records are the run's language's: another language's words are looked up again.
      const analysis = other ? analyzeArticle(article, { ...options, tokenizer: tokenizerOf(other) }) : analyzeArticle(article, options, bodyWords);
      if (analysis.wordCount === 0 && article.body) article.warnings.push(noWordsWarning(article.body));
      return analysis;
    } catch (error) {
      // A missing or damaged file of the installation fails every article alike: the run stops with it (cli.ts exits 2).
      if (isInstallationError(error)) throw error;
      return { problem: { sourceFile: raw.sourceFile, articleId: raw.id, stage: 'analyze', severity: 'error', problem: `unexpected failure: ${(error as Error).message}` } };
    }
  }

  return { cleanContext, analyzeOne };
}

/**
 * An analyze task: each source ingested, cleaned and analysed; its clean/ file written, its analysis spooled, its detail rows
 * rendered. Files are written synchronously: fs/promises' writeFile took about three times the CPU of
 * writeFileSync per 3 KB file here (promises, file handles, thread-pool hand-offs; 0.07 against
 * 0.023 ms, 10,000 files), and the thread waited for the writes at the end of each batch anyway.
 */
function analyze({ sources, lineCounts, spoolFile, complete, fileNames }: AnalyzeTask, setup: WorkerSetup, load: LoadSource, analyzer: ArticleAnalyzer): AnalyzeResult {
  const context = analyzer.cleanContext(lineCounts);
  const items: AnalyzeItem[] = [];
  // Each analysis is spooled and its rows kept as soon as it is made, and then dropped: it dies
  // young, which costs the garbage collector far less than keeping the batch's analyses.
  const spool: Uint8Array[] = [];
  const details = emptyDetailRows();
  for (const source of sources) {
    const item = load(source);
    if (item.kind === 'problem') {
      items.push(item);
      continue;
    }
    const analysis = analyzer.analyzeOne(item.article, context);
    if ('problem' in analysis) {
      items.push({ kind: 'problem', problem: analysis.problem });
      continue;
    }
    const fileName = fileNames.get(analysis.article.id)!;
    const file = cleanTextFile(setup.outputDir, analysis.article, fileName);
    writeFileSync(file.path, file.text);
    const terms = packTerms(analysis.termCounts);
    spool.push(encodeSpoolRecord(analysis, terms, fileName, complete ? shownArticle(analysis, fileName) : null));
    addDetailRows(details, analysis, setup.config.csv.dialect);
    const raw = item.article;
    const problems = analysis.article.warnings.map((warning): Problem => ({
      sourceFile: raw.sourceFile, articleId: raw.id, stage: raw.warnings.includes(warning) ? 'ingest' : 'clean', severity: 'warning', problem: warning,
    }));
    const body = analysis.article.body;
    items.push({ kind: 'analysed', id: raw.id, sourceFile: raw.sourceFile, terms, problems, bodyKey: bodyKey(body), signature: minHashSignature(body) });
  }
  writeSpoolFile(spoolFile, spool);
  return { items, details: renderDetails(details), complete };
}

/**
 * Keyphrase words whose figures a worker keeps (WordFigures: about 50 bytes a word with its key, so a few MB): a 10k
 * run has about 26,000 distinct candidate words per worker.
 */
const MAX_WORD_FIGURES = 100_000;

/**
 * The report tasks of a worker: each reads its batch's spool file back and renders the batch's report rows, with TF-IDF and
 * keyphrases from the corpus summary the task shares.
 */
function batchReporter(config: PipelineConfig): (task: ReportTask) => ReportResult {
  const finalizeOptions: FinalizeOptions = { termsPerN: config.terms.perArticle, keyphrases: { limit: config.keyphrases.perArticle, singleWordWeight: config.keyphrases.singleWordWeight } };
  const reportOptions = reportOptionsOf(config);
  // Keyphrase words' specificities and shares of documents (rankKeyphrases), kept from one report task to the next: most
  // words recur in many articles, and every report task of a run reads the same finished summary
  // (its document count says which). Bounded like the word caches.
  let figuresMemo = { documents: -1, values: new WordFigures() };
  function wordFiguresFor(documents: number): WordFigures {
    if (figuresMemo.documents !== documents || figuresMemo.values.size > MAX_WORD_FIGURES) figuresMemo = { documents, values: new WordFigures() };
    return figuresMemo.values;
  }

  const spoolReader = new SpoolReader();
  return function report(task: ReportTask): ReportResult {
    const documentFrequency = documentFrequencyView(task.documentFrequency);
    const stats = { documents: task.documents, documentFrequency };
    const figures = wordFiguresFor(task.documents);
    const request = surfaceRequestView(task.surfaceRequest);
    const surfaces: SurfaceOffers = { index: [], surface: [] };
    const bytes = spoolReader.read(task.spoolFile);
    unlinkSync(task.spoolFile);
    // One article at a time, from the spool to its rows: each analysis dies young.
    const rows = emptyArticleRows();
    let position = task.firstArticle;
    for (const { analysis, shown, fileName } of decodeSpool(bytes)) {
      const duplicateOf = task.duplicateOf[position] ?? null;
      // A duplicate's terms were not counted in the corpus summary: its forms are its first copy's.
      if (duplicateOf === null) offerSurfaces(request, analysis.terms, position, surfaces);
      const place = { duplicateOf, nearDuplicateOf: task.nearDuplicateOf[position] ?? null, fileName };
      addArticleRows(rows, finalizeArticle(analysis, termTable(analysis.terms, documentFrequency), stats, finalizeOptions, figures), reportOptions, position, shown, place);
      position++;
    }
    return { ...renderArticleRows(rows), surfaces };
  };
}
