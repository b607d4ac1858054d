// The pipeline composes the stages as a map/reduce job over a stream of articles. The per-article
// ("map") work runs in worker threads on batches of articles (run/pool.ts); what it is, ingest ->
// clean -> analyze -> report rows for one article, is composed in tasks.ts (createTaskHandler). The main thread
// lists the input, reduces the corpus summaries in input order and appends rendered rows to the
// reports, so the output is the same whatever the number of threads.
//   pass 1  scan:    read -> distinct line keys             -> reduce: articles containing each line,
//                    a story's copies counted once (run/duplicates.ts StoryCopies)
//   pass 2  analyze: read -> clean -> analyze (per article)  -> reduce: term hashes to document frequencies,
//                    each distinct cleaned body counted once (later copies flagged: run/duplicates.ts),
//                    near-duplicates of earlier bodies noted, counted as usual (run/near-duplicates.ts);
//                    analyses spooled to disk, one file per batch (run/spool.ts); clean/<name>.txt written;
//                    sentences.csv and removed_lines.csv rows appended in input order
//   pass 3  report:  spooled analyses + document frequencies -> TF-IDF, keyphrases, rendered rows
//                    -> appended to the reports in input order; readable forms of the corpus terms
// Each pass is one function below (scanPass, analyzePass, reportPass); writeReports chains them into the staging
// directory runPipeline sets up (stageOutput) and then commits, or discards on a failure or a signal.
// Memory holds the corpus summaries (bounded, see TermSummary.pruneRareNgrams) and a few batches in flight,
// never every article's text or tokens.
import { mkdir, realpath, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { PipelineConfig } from './config.js';
import { ConfigError } from './config-file.js';
import { CountTable } from './run/count-table.js';
import { FirstCopies, StoryCopies } from './run/duplicates.js';
import { openInput, sourceId } from './ingest/index.js';
import { NearDuplicates } from './run/near-duplicates.js';
import { CleanFileNames, type FileNames } from './report/clean-files.js';
import { BATCH_SIZE, batches, createRunner, inOrder, peek, runLeavingOut, workerThreads, type TaskRunner, type WorkerPool } from './run/pool.js';
import { stageOutput } from './report/staged-output.js';
import { writeManifest } from './report/manifest.js';
import { checkOutputLocation } from './report/output-location.js';
import { configProblems, numericIdProblems, sheetRowsProblems } from './report/problems.js';
import { articlesShownInFull, reportOptionsOf } from './report/index.js';
import { ReportWriter } from './report/main-writer.js';
import type { PassTimes, RunHighlights, RunSummary } from './report/summary-data.js';
import { joinParts, partSpoolFile } from './run/left-out.js';
import type { ProgressEvent } from './run/progress.js';
import { SurfaceChoice, TermSummary } from './run/term-summary.js';
import type { Problem, Source } from './types.js';
import type { AnalyzeResult, ReportResult, ScanResult } from './tasks.js';

interface PipelineOptions {
  /** False for input that is already clean (`--no-clean`). */
  clean: boolean;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Worker threads started before the config was validated (cli.ts, early-workers.ts), used if the
   * run wants as many; whoever started them closes them too.
   */
  workers?: WorkerPool | null;
}

/** A guess of the distinct terms each article adds to the corpus summary, to size its table. */
const NEW_TERMS_PER_ARTICLE = 100;
/** Batches queued per thread: keeps the pool busy while bounding memory. */
const BATCHES_PER_THREAD = 3;

/** One run, written into a staging directory beside the output one and swapped in for it at the end (report/staged-output.ts). */
export async function runPipeline(config: PipelineConfig, options: PipelineOptions): Promise<RunSummary> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  await checkOutputLocation(config);
  // Where nothing can be created (a read-only or virtual file system), the run stops before any work.
  const staging = await stageOutput(config.output).catch((error: Error) => {
    throw new ConfigError(`"output": ${error.message}; choose an output directory in a directory you can write to`);
  });
  const signals = discardOnSignal(staging);
  let runnerToClose: TaskRunner | null = null;
  try {
    const { sourceBatches, threads } = await listInput(config, [staging.dir, config.output]);
    const runner = await createRunner({ config, clean: options.clean, outputDir: staging.dir }, threads, options.workers ?? null);
    runnerToClose = runner;
    const run: PassContext = {
      config, runner, sourceBatches, inFlight: runner.threads * BATCHES_PER_THREAD, spoolDir: join(staging.dir, '.spool'),
      progress: (pass, done, total) => options.onProgress?.({ pass, done, total }),
    };
    const summary = await writeReports(run, options.clean, staging.dir, { startedAt, started });
    await staging.commit();
    return summary;
  } catch (error) {
    await staging.discard();
    // After an interruption writes fail because staging is gone: not a failure to report; the
    // signal handler ends the process.
    const interrupted = signals.interrupted();
    if (interrupted) await interrupted;
    throw error;
  } finally {
    await runnerToClose?.close();
    signals.release();
  }
}

/**
 * An interrupted run (SIGINT, SIGTERM) discards the staged reports, then ends the process (exit code 130 or 143):
 * the output directory keeps the earlier run's. `interrupted` is the discard under way, `release` ends the watch.
 */
function discardOnSignal(staging: { discard: () => Promise<void> }): { interrupted: () => Promise<void> | null; release: () => void } {
  let interrupted: Promise<void> | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= staging.discard().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    interrupted: () => interrupted,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** The three passes into the staging directory `dir`, then the reports' ends and manifest.json; the run's summary. */
async function writeReports(run: PassContext, clean: boolean, dir: string, timing: { startedAt: string; started: number }): Promise<RunSummary> {
  const { config, runner } = run;
  await mkdir(run.spoolDir);
  // Reports are opened now (pass 2 renders the rows that need nothing from the corpus), before
  // pass 1, not between the passes, where the threads would wait for it.
  const writer = await ReportWriter.open(dir, reportOptionsOf(config), basename(resolve(config.output)) || resolve(config.output));
  const passMs = passTimer(timing.started);
  const lines = clean ? await scanPass(run) : null;
  passMs.lap('scan');
  const reduced = await analyzePass(run, lines, writer);
  passMs.lap('analyze');
  const surfaces = await reportPass(run, reduced, writer);
  passMs.lap('report');
  // The threads are done. Ending them takes 0.4-0.7 s of wall time with nothing else running;
  // this thread writes errors.csv and the corpus terms meanwhile, so their memory is mostly
  // returned before summary.html is drawn (100k: RSS 897 -> 478 MB before the page;
  // docs/scale-history.md, "Memory and CPU").
  const closed = runner.close();
  await rm(run.spoolDir, { recursive: true, force: true });
  const problems = [...configProblems(config), ...reduced.problems, ...writer.cutCells(), ...sheetRowsProblems(writer.rowCounts()), ...numericIdProblems(writer.numericIds())];
  for (const problem of problems) await writer.writeProblem(problem);
  const corpus = await writer.finish(surfaces.ranked(config.terms.corpusLimit), reduced.terms.size);
  await closed;
  passMs.lap('finish');
  const summary = runSummary(config, reduced, problems, writer, corpus, { ...timing, workers: runner.threads, passMs: passMs.laps });
  await writeManifest(dir, config, clean, summary, corpus);
  return summary;
}

/**
 * The wall time of each part of the run, in ms, for manifest.json: `setup` (until pass 1 starts:
 * the listing's first look, the threads, the reports opened), each pass, then `finish` (the
 * reports' ends, summary.html, the threads' end): where the time that does not grow with the input goes (docs/scale-history.md,
 * "the cost that does not grow with the input").
 */
function passTimer(started: number): { laps: PassTimes; lap: (part: keyof PassTimes) => void } {
  const laps: PassTimes = { setup: 0, scan: 0, analyze: 0, report: 0, finish: 0 };
  let last = started;
  const lap = (part: keyof PassTimes) => {
    const now = Date.now();
    laps[part] = now - last;
    last = now;
  };
  lap('setup');
  return { laps, lap };
}

/** What every pass works with. */
interface PassContext {
  config: PipelineConfig;
  runner: TaskRunner;
  /** The input in batches, the same for each pass (ingest/index.ts openInput). */
  sourceBatches: () => AsyncIterable<Source[]>;
  /** Batches queued at once. */
  inFlight: number;
  /** Where pass 2 spools the analyses that pass 3 reads. */
  spoolDir: string;
  progress: (pass: ProgressEvent['pass'], done: number, total: number | null) => void;
}

/**
 * The input listed in batches, without the run's output directories (`outputs`: the staging one and
 * the earlier run's, which a link in the input can reach), and the threads to run them on. The first
 * pass's listing tells whether the input fills more than one batch: a single batch runs in this thread, since a worker
 * thread would cost its start-up (its own module and lexicon loads, about 0.7 CPU s) and a second
 * one would get nothing to do (docs/scale.md).
 */
async function listInput(config: PipelineConfig, outputs: readonly string[]): Promise<{ sourceBatches: () => AsyncIterable<Source[]>; threads: number }> {
  // By real path, as the listing meets directories; an output not yet created has none.
  const outputDirs = (await Promise.all(outputs.map((dir) => realpath(dir).catch(() => null)))).filter((dir) => dir !== null);
  const sources = await openInput({ input: config.input, maxFileBytes: config.limits.maxFileBytes, dateOrder: config.clean.dateOrder, outputDirs });
  const first = await peek(batches<Source>(sources(), BATCH_SIZE), 2);
  let firstListing: AsyncIterable<Source[]> | null = first.all;
  const sourceBatches = (): AsyncIterable<Source[]> => {
    const listing = firstListing ?? batches<Source>(sources(), BATCH_SIZE);
    firstListing = null;
    return listing;
  };
  return { sourceBatches, threads: first.head.length > 1 ? workerThreads(config.workers) : 1 };
}

/** Pass 1's reduce: the articles containing each repeated line, and the input items scanned. */
interface LineCounts {
  table: CountTable;
  total: number;
}

/** Pass 1: cross-article line repetition (only the cleaner needs it). */
async function scanPass({ runner, sourceBatches, inFlight, progress }: PassContext): Promise<LineCounts> {
  const table = CountTable.empty();
  // A story's copies (run/duplicates.ts StoryCopies) count its lines once: the first copy in input order.
  const copies = new StoryCopies();
  let scanned = 0;
  const scanTask = async (sources: Source[]): Promise<ScanResult> => {
    const outcome = await runLeavingOut(sources, (some) => runner.run<ScanResult>({ kind: 'scan', sources: some }));
    if ('whole' in outcome) return outcome.whole;
    // A page left out here is left out of pass 2 too, which says why in errors.csv.
    const pages = outcome.parts.flat();
    for (const index of outcome.leftOut) pages.splice(index, 0, null);
    return pages;
  };
  for await (const result of inOrder(sourceBatches(), scanTask, inFlight)) {
    for (const page of result) if (page && !copies.isCopy(page.story, page.paragraphs)) table.addHashes(page.lines);
    scanned += result.length;
    progress('scan', scanned, null);
  }
  // The cleaner reads a line missing from the table as "in one article": forgetting those
  // lines (most of every body) keeps only the repeated ones in memory through pass 2.
  table.retain((counts, at) => counts[at]! > 1);
  return { table, total: scanned };
}

/** A spool file of pass 2 and what pass 3 needs to know of its articles. */
interface SpooledBatch {
  file: string;
  articles: number;
  duplicateOf: Record<number, string>;
  nearDuplicateOf: Record<number, string>;
}

/** Pass 2's reduce: the corpus summary, the spooled batches and the counts of the run summary. */
interface AnalyzeReduced {
  terms: TermSummary;
  spool: SpooledBatch[];
  /** The articles' problems, in input order. */
  problems: Problem[];
  /** Articles past ingest: analysed, or refused by the analysis (runSummary adds those ingest refused). */
  ingested: number;
  /** Articles analysed and spooled; one's position in the run is the count before it. */
  analysed: number;
  /** Analysed articles with a warning of their own (articles.csv warnings), as summary.html counts them: not a body's row for its copies. */
  withWarnings: number;
  duplicates: number;
  nearDuplicates: number;
  termsDropped: number;
}

/** Pass 2: per-article work in the workers; the corpus summary is reduced here, in input order. */
async function analyzePass(run: PassContext, lines: LineCounts | null, writer: ReportWriter): Promise<AnalyzeReduced> {
  const { config, sourceBatches, inFlight, progress } = run;
  const total = lines?.total ?? null;
  const reduced: AnalyzeReduced = {
    // Sized from the articles counted in pass 1: news articles bring about 100-130 new terms each
    // (130,144 for the 1k bench corpus, about a million for the 10k), and growing the table step by
    // step rehashes every term each time it doubles.
    terms: new TermSummary(Math.min(config.limits.corpusTerms, (total ?? 0) * NEW_TERMS_PER_ARTICLE)),
    spool: [], problems: [], ingested: 0, analysed: 0, withWarnings: 0, duplicates: 0, nearDuplicates: 0, termsDropped: 0,
  };
  const copies: BodyCopies = {
    exact: new FirstCopies(),
    // Pass 3 needs none of the signatures (an article's place -> its near-duplicate is in `spool`):
    // they go when this pass returns.
    near: new NearDuplicates(config.nearDuplicates.threshold),
  };
  // Pruning scans the whole summary, so after one the next waits until it has grown by a quarter.
  let pruneAbove = config.limits.corpusTerms;
  const shownInFull = articlesShownInFull(reportOptionsOf(config));
  const analyzeTask = analyzeTaskOf(run.runner, lines);
  const analyzeBatch = batchAnalysis(run.spoolDir, reduced.spool, shownInFull, analyzeTask);
  let batchIndex = 0;
  // Every item of the batches, problems of ingest included: the unit of pass 1's total, for the progress bar.
  let itemsDone = 0;
  for await (const batch of inOrder(sourceBatches(), analyzeBatch, inFlight)) {
    // Inputs that failed earlier moved this batch's articles forward, among those shown in full:
    // analyse it again (the same output) with complete analyses in the spool.
    const result = batch.result.complete || reduced.analysed >= shownInFull ? batch.result : await analyzeTask(batch.sources, batch.spoolFile, true, batch.fileNames);
    for (const item of result.items) reduceItem(reduced, item, reduced.spool[batchIndex]!, copies);
    await writer.writeDetails(result.details);
    batchIndex++;
    itemsDone += result.items.length;
    if (reduced.terms.size > pruneAbove) {
      reduced.termsDropped += reduced.terms.pruneRareNgrams(config.limits.corpusTerms);
      pruneAbove = Math.max(config.limits.corpusTerms, Math.ceil(reduced.terms.size * 1.25));
    }
    progress('analyze', itemsDone, total);
  }
  return reduced;
}

type RunAnalyzeTask = (sources: Source[], spoolFile: string, complete: boolean, fileNames: FileNames) => Promise<AnalyzeResult>;

/** An analyze task run on the workers; a batch whose worker ran out of memory, one source at a time, joined back (run/left-out.ts). */
function analyzeTaskOf(runner: TaskRunner, lines: LineCounts | null): RunAnalyzeTask {
  return async (sources, spoolFile, complete, fileNames) => {
    const outcome = await runLeavingOut(sources, (some, part) =>
      runner.run<AnalyzeResult>({ kind: 'analyze', sources: some, lineCounts: lines?.table.buffer ?? null, spoolFile: partSpoolFile(spoolFile, part), complete, fileNames }),
    );
    return 'whole' in outcome ? outcome.whole : joinParts(sources, outcome.parts, outcome.leftOut, spoolFile, complete);
  };
}

/**
 * Pass 2's map, batch by batch in input order: its spool file (in `spoolDir`, added to `spool`), its articles' clean/ file
 * names, whether the spool keeps complete analyses (the first `shownInFull` sources'), and the analyze task's result.
 */
function batchAnalysis(spoolDir: string, spool: SpooledBatch[], shownInFull: number, analyzeTask: RunAnalyzeTask) {
  const namesTaken = new CleanFileNames();
  let sourcesBefore = 0;
  return async (sources: Source[]) => {
    const spoolFile = join(spoolDir, `${String(spool.length).padStart(6, '0')}.bin`);
    // Batches are offered in input order, so the first of two ids with one name keeps it.
    const fileNames = namesTaken.names(sources.map(sourceId).filter((id) => id !== null));
    spool.push({ file: spoolFile, articles: 0, duplicateOf: {}, nearDuplicateOf: {} });
    // An article's place in the run is at most its source's: the spool keeps complete analyses
    // for every batch that may hold one of the articles shown in full.
    const complete = sourcesBefore < shownInFull;
    sourcesBefore += sources.length;
    return { sources, spoolFile, fileNames, result: await analyzeTask(sources, spoolFile, complete, fileNames) };
  };
}

/** The bodies pass 2 has met: exact copies (counted once) and near-duplicates (reported only). */
interface BodyCopies {
  exact: FirstCopies;
  near: NearDuplicates;
}

/**
 * Pass 2's reduce of one item of a batch (`batch`, its spool file), in input order: its problems; an analysed article's place
 * in the run, and its terms into the corpus summary unless an earlier article had its body; its near-duplicate.
 */
function reduceItem(reduced: AnalyzeReduced, item: AnalyzeResult['items'][number], batch: SpooledBatch, copies: BodyCopies): void {
  if (item.kind === 'problem') {
    reduced.problems.push(item.problem);
    if (item.problem.stage === 'analyze') reduced.ingested++;
    return;
  }
  reduced.ingested++;
  const position = reduced.analysed++;
  batch.articles++;
  reduced.problems.push(...item.problems);
  if (item.problems.length) reduced.withWarnings++;
  const group = copies.exact.firstCopy(item.bodyKey, item.id, item.sourceFile);
  if (group === null) {
    reduced.terms.add(item.terms, position);
    // An exact copy is not also a near-duplicate: its first copy is compared in its stead.
    const nearest = copies.near.earliestNearDuplicate(item.signature, item.id);
    if (nearest !== null) {
      reduced.nearDuplicates++;
      batch.nearDuplicateOf[position] = nearest;
    }
  } else {
    reduced.duplicates++;
    batch.duplicateOf[position] = group.firstId;
    // The body's one row, where its first copy is met; later copies update its text.
    if (group.copies === 1) reduced.problems.push(group.row);
  }
}

/** Pass 3: corpus-dependent scores and the rows that need them, rendered in the workers, written in order; returns the corpus terms' readable forms. */
async function reportPass({ config, runner, inFlight, progress }: PassContext, { terms, spool, analysed }: AnalyzeReduced, writer: ReportWriter): Promise<SurfaceChoice> {
  const surfaceRequest = terms.candidates(config.terms.corpusLimit);
  const surfaces = new SurfaceChoice(surfaceRequest);
  let articlesBefore = 0;
  const reportTasks = async function* () {
    for (const batch of spool) {
      yield {
        kind: 'report' as const, spoolFile: batch.file, documentFrequency: terms.buffer, documents: terms.articles, firstArticle: articlesBefore, surfaceRequest: surfaceRequest.buffer,
        duplicateOf: batch.duplicateOf, nearDuplicateOf: batch.nearDuplicateOf,
      };
      articlesBefore += batch.articles;
    }
  };
  let reported = 0;
  for await (const rendered of inOrder(reportTasks(), (task) => runner.run<ReportResult>(task), inFlight)) {
    await writer.writeRendered(rendered);
    surfaces.add(rendered.surfaces);
    reported += rendered.articles;
    progress('report', reported, analysed);
  }
  return surfaces;
}

/** The run's summary (the terminal's, `--json`'s, manifest.json's): pass 2's counts, the problems, the reports' rows, the timing. */
function runSummary(
  config: PipelineConfig, reduced: AnalyzeReduced, problems: Problem[], writer: ReportWriter, corpus: { highlights: RunHighlights }, timing: { startedAt: string; started: number; workers: number; passMs: PassTimes },
): RunSummary {
  return {
    articlesRead: reduced.ingested + problems.filter((p) => p.stage === 'ingest' && p.severity === 'error').length,
    articlesAnalysed: reduced.analysed,
    articlesFailed: problems.filter((p) => p.severity === 'error').length,
    articlesWithWarnings: reduced.withWarnings,
    articlesDuplicate: reduced.duplicates,
    articlesNearDuplicate: reduced.nearDuplicates,
    problems,
    outputDir: config.output,
    reportRows: writer.rowCounts(),
    highlights: corpus.highlights,
    startedAt: timing.startedAt,
    durationMs: Date.now() - timing.started,
    passMs: timing.passMs,
    workers: timing.workers,
    corpusTermsDropped: reduced.termsDropped,
  };
}
