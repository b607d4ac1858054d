// Shared by the cleaning scripts: where the cleaning benchmark lives (read at run time, never
// copied into the repository) and how its scorer is called.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CleanContext } from '../src/clean/index.js';
import { distinctLineKeys } from '../src/clean/page-keys.js';
import { guessStopwordLanguage, otherLanguage } from '../src/text/language-guess.js';
import type { LineModel } from '../src/clean/model.js';
import { loadConfig } from '../src/config.js';
import { normaliseText } from '../src/ingest/index.js';
import { runStopwords, stemmerFor } from '../src/text/language.js';

export const BENCH = resolve('../shared/bench');
export const CLEAN_BENCH = join(BENCH, 'clean');
export const CLEAN_SETS = ['l3s-dev', 'scrapinghub'] as const;
export type CleanSet = (typeof CLEAN_SETS)[number];

/** Stops with a clear message when the benchmark is not where the scripts expect it: exit 2, as the other scripts'
 * missing inputs, so a CI check can tell it from `train:clean -- --check`'s exit 1 (weights out of date). */
export function requireBench(path: string): void {
  if (existsSync(path)) return;
  console.error(`Benchmark data not found at ${path}.\nThe cleaning scripts read ../shared/bench/ (relative to the project root) at run time; it is not part of the repository.`);
  process.exit(2);
}

export function setIds(set: CleanSet): string[] {
  return readdirSync(join(CLEAN_BENCH, set, 'raw'))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -4))
    .sort();
}

function rawText(set: CleanSet, id: string): string {
  return readFileSync(join(CLEAN_BENCH, set, 'raw', `${id}.txt`), 'utf8');
}

export function goldBody(set: CleanSet, id: string): string {
  return readFileSync(join(CLEAN_BENCH, set, 'gold', `${id}.txt`), 'utf8');
}

/** Ids whose gold article is English (by stopword hits, the same guess the cleaner makes). */
export function englishIds(set: CleanSet, ids: readonly string[]): string[] {
  return ids.filter((id) => guessStopwordLanguage(goldBody(set, id))?.language === 'eng');
}

/**
 * The set's ids grouped by their gold article's language (ISO 639-3, the cleaner's own guess:
 * text/language-guess.ts otherLanguage against English, which also tells unspaced scripts), largest group first.
 */
export function idsByLanguage(set: CleanSet, ids: readonly string[]): Array<[language: string, ids: string[]]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const language = otherLanguage(goldBody(set, id), 'eng') ?? 'eng';
    groups.set(language, [...(groups.get(language) ?? []), id]);
  }
  return [...groups].sort(([a, aIds], [b, bIds]) => bIds.length - aIds.length || (a < b ? -1 : 1));
}

interface ShingleScore {
  docs: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Runs the benchmark's scorer on a directory of `<id>.txt` predictions, restricted to `ids`. */
export function scoreCleaned(set: CleanSet, predDir: string, ids: readonly string[], workDir: string): ShingleScore {
  const idsFile = join(workDir, `ids-${set}-${ids.length}.txt`);
  const jsonFile = join(workDir, `score-${set}-${ids.length}.json`);
  writeFileSync(idsFile, ids.join('\n') + '\n');
  execFileSync('node', [join(CLEAN_BENCH, 'score.mjs'), '--gold', join(CLEAN_BENCH, set, 'gold'), '--pred', predDir, '--ids', idsFile, '--bootstrap', '0', '--quiet', '--json', jsonFile]);
  const result = JSON.parse(readFileSync(jsonFile, 'utf8')) as { n_docs: number; shingle4: { precision: number; recall: number; f1: number } };
  return { docs: result.n_docs, ...result.shingle4 };
}

export const formatScore = (score: ShingleScore): string =>
  `P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}  (${score.docs} docs)`;

export interface Page {
  set: CleanSet;
  id: string;
  text: string;
}

/** The set's raw pages, normalised as ingest does. */
export function loadPages(set: CleanSet): Page[] {
  return setIds(set).map((id) => ({ set, id, text: normaliseText(rawText(set, id)) }));
}

/**
 * The clean context the pipeline would build for a run over these texts (repetition counted over
 * them), in the config's language or `language`'s, with `model` instead of the shipped line model
 * if given. The cleaning scripts and the cleaner's tests share it.
 */
export function contextFor(texts: readonly string[], { language, model }: { language?: string; model?: LineModel } = {}): CleanContext {
  const config = loadConfig('pipeline.config.json', false);
  const seen = new Map<string, number>();
  for (const text of texts) for (const key of distinctLineKeys(text)) seen.set(key, (seen.get(key) ?? 0) + 1);
  const runLanguage = language ?? config.language;
  return {
    boilerplatePatterns: config.clean.boilerplatePatterns.map((source) => new RegExp(source, 'u')),
    articlesWithLine: (key) => seen.get(key) ?? 1,
    repeatedLineMinArticles: config.clean.repeatedLineMinArticles,
    stopwords: runStopwords({ ...config, language: runLanguage }),
    stem: stemmerFor(runLanguage),
    ...(model ? { model } : {}),
  };
}

/** The pages' texts, as contextFor counts them. */
export const textsOf = (pages: readonly Page[]): string[] => pages.map((page) => page.text);

