// For the in-process keyphrase scripts: reads a bench JSONL (../shared/bench/...) into cleaned
// articles the way `--no-clean` does, and loads the bench's scorer. The data stays where it is:
// nothing is copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { passThrough } from '../src/clean/index.js';
import { normaliseText, parseJsonlRecord } from '../src/ingest/index.js';
import type { CleanArticle } from '../src/types.js';

export function readBenchArticles(path: string): CleanArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => parseJsonlRecord(line))
    .flatMap((record) => (record.ok ? [record] : []))
    .map((record) => passThrough({ id: record.id, sourceFile: path, text: normaliseText(record.text), encoding: 'jsonl', givenMetadata: record.metadata, warnings: [] }));
}

export const KEYPHRASE_BENCH = resolve('../shared/bench/keyphrases');

/** What the in-process scripts use of ../shared/bench/keyphrases/score.mjs. */
interface KeyphraseScorer {
  evaluate(gold: unknown[], predictions: unknown[]): { macro: Record<number, { F1: number }>; perDoc: string[] };
  makeNormalizer(): { phrase(s: string): string; tokens(s: string): string[] };
}

/** The bench's scorer; without the bench data, a message and exit code 2 (`nothing`: what the script then cannot do). */
export async function loadKeyphraseScorer(nothing: string): Promise<KeyphraseScorer> {
  const scorer = resolve(KEYPHRASE_BENCH, 'score.mjs');
  if (!existsSync(scorer)) {
    console.error(`Bench data not found at ${KEYPHRASE_BENCH} (expected ../shared/bench/ next to the project). ${nothing}`);
    process.exit(2);
  }
  return (await import(pathToFileURL(scorer).href)) as KeyphraseScorer;
}
