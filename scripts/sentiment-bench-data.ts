// The sentiment bench sets in ../shared/bench/sentiment (never copied into this repository), read and
// tokenized exactly as the pipeline does with --no-clean. Shared by eval-sentiment.ts and fit-sentiment-lexicon.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { passThrough } from '../src/clean/index.js';
import { normaliseText } from '../src/ingest/index.js';
import { stemmerFor, stopwordSet } from '../src/text/language.js';
import { tokenizeArticle } from '../src/text/tokenize.js';
import type { FitExample } from '../src/fit/sentiment-fit.js';
import type { Sentence } from '../src/types.js';

export const BENCH = resolve('../shared/bench/sentiment');

export interface BenchRecord {
  id: string;
  text: string;
  score: number;
  doc_id?: string;
}

/** Pearson r as the bench's score.mjs computes it. */
export type Correlation = (x: number[], y: number[]) => number;

export const setPath = (set: string): string => join(BENCH, `${set}.jsonl`);

export const benchMissing = (sets: readonly string[]): boolean => sets.some((set) => !existsSync(setPath(set)));

export const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);

/** Records tokenized exactly as the pipeline does with --no-clean. */
export function tokenized(records: readonly BenchRecord[]): Sentence[][] {
  const tokenizer = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
  const given = { title: null, date: null, byline: null, source: null, url: null };
  return records.map((r) => {
    const raw = { id: r.id, sourceFile: '', text: normaliseText(r.text), encoding: 'jsonl', givenMetadata: given, warnings: [] };
    return tokenizeArticle(passThrough(raw), tokenizer).sentences;
  });
}

/** Fit examples grouped by editorial (a record without doc_id is its own group). */
export const fitExamples = (records: readonly BenchRecord[], articles: readonly Sentence[][]): FitExample[] =>
  records.map((r, i) => ({ sentences: articles[i]!, score: r.score, group: r.doc_id ?? r.id }));

/** Folds of the cross-validations by editorial. */
export const FOLDS = 5;

/** Fold of an editorial: a stable hash of its doc_id, so all snippets of an editorial share one fold. */
export function foldOf(docId: string): number {
  let hash = 0;
  for (const ch of docId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % FOLDS;
}

/** Mean prediction of each editorial against the mean of its snippets' human scores. */
export function editorialLevel(records: readonly BenchRecord[], scores: ReadonlyMap<string, number>, pearson: Correlation): number {
  const groups = new Map<string, { predicted: number; gold: number; n: number }>();
  for (const r of records) {
    const group = groups.get(r.doc_id!) ?? { predicted: 0, gold: 0, n: 0 };
    group.predicted += scores.get(r.id) ?? 0;
    group.gold += r.score;
    group.n++;
    groups.set(r.doc_id!, group);
  }
  const list = [...groups.values()];
  return pearson(list.map((g) => g.predicted / g.n), list.map((g) => g.gold / g.n));
}
