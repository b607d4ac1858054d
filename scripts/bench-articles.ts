// Reads a bench JSONL (../shared/bench/...) into cleaned articles the way `--no-clean` does, for the
// in-process keyphrase scripts. The data stays where it is: nothing is copied into the repository.
import { readFileSync } from 'node:fs';
import { passThrough } from '../src/clean.js';
import { normaliseText, parseJsonlRecord } from '../src/ingest.js';
import type { CleanArticle } from '../src/types.js';

export function readBenchArticles(path: string): CleanArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map(parseJsonlRecord)
    .flatMap((record) => (record.ok ? [record] : []))
    .map((record) => passThrough({ id: record.id, sourceFile: path, text: normaliseText(record.text), encoding: 'jsonl', givenMetadata: record.metadata, warnings: [] }));
}
