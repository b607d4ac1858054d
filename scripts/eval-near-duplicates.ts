// Checks a run's near_duplicate_of against exact Jaccard similarities of the cleaned bodies
// (clean/ of the output directory): precision (each named pair's exact shingle and word-set
// similarity) and recall (articles that have an earlier body at the threshold or above, found by
// comparing every pair that shares a rare shingle). The threshold is the run's (manifest.json).
//   npx tsx scripts/eval-near-duplicates.ts --output DIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { MIN_SHINGLES, shingleHashes } from '../src/run/near-duplicates.js';
import { scriptArgs } from './script-args.js';

/** Shingles in more articles than this are not used to find pairs (they are "said on Monday" and the like). */
const RARE_SHINGLE_ARTICLES = 50;
/** Pairs sharing fewer rare shingles are not compared: a pair at 0.8 with MIN_SHINGLES or more shares at least 16. */
const MIN_SHARED_RARE = 10;

const values = scriptArgs('npx tsx scripts/eval-near-duplicates.ts --output DIR', "Checks a run's near_duplicate_of against exact Jaccard similarities of its cleaned bodies: precision and recall.", {
  output: { type: 'string', value: 'DIR', help: 'the output directory of a pipeline run (required)' },
});
if (!values.output) throw new Error('usage: --output DIR (a pipeline run)');
const dir = values.output;
const threshold: number = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).config.nearDuplicates.threshold;
const articles = (parse(readFileSync(join(dir, 'articles.csv')), { columns: true, bom: true }) as Array<Record<string, string>>);
const place = new Map(articles.map((a, i) => [a.article_id!, i]));
const bodies = articles.map((a) => readFileSync(join(dir, a.clean_file!), 'utf8'));
const shingles = bodies.map((body) => Uint32Array.from(shingleHashes(body)));
const words = bodies.map((body) => new Set(body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));

/** Jaccard similarity of two sorted arrays of distinct numbers. */
function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) (shared++, i++, j++);
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared || 1);
}
function setJaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
const quantiles = (list: number[]) => {
  const sorted = [...list].sort((x, y) => x - y);
  return [0, 0.05, 0.25, 0.5].map((q) => sorted[Math.floor(q * (sorted.length - 1))]?.toFixed(3)).join(' / ');
};

// Precision: every named pair.
const named = articles.flatMap((a, j) => (a.near_duplicate_of ? [[place.get(a.near_duplicate_of)!, j] as const] : []));
const shingleSims = named.map(([i, j]) => sortedJaccard(shingles[i]!, shingles[j]!));
const wordSims = named.map(([i, j]) => setJaccard(words[i]!, words[j]!));
console.log(`${articles.length} articles, threshold ${threshold}: ${named.length} named a near-duplicate, ${articles.filter((a) => a.duplicate_of).length} exact duplicates`);
console.log(`named pairs, exact 3-word-shingle Jaccard: ${shingleSims.filter((s) => s >= threshold).length} at the threshold or above; min / 5% / 25% / median ${quantiles(shingleSims)}`);
console.log(`named pairs, exact word-set Jaccard: ${wordSims.filter((s) => s >= 0.8).length} at 0.8 or above; min / 5% / 25% / median ${quantiles(wordSims)}`);

// Recall: every pair sharing at least MIN_SHARED_RARE rare shingles, (hash, article) sorted as one number:
// a 32-bit hash times ARTICLE_SPACE stays an exact double (below 2^53).
const ARTICLE_SPACE = 2 ** 21;
if (articles.length > ARTICLE_SPACE) {
  console.error(`eval-near-duplicates: at most ${ARTICLE_SPACE} articles (got ${articles.length}).`);
  process.exit(2);
}
const keys: number[] = [];
shingles.forEach((list, article) => {
  if (!articles[article]!.duplicate_of) for (const hash of list) keys.push(hash * ARTICLE_SPACE + article);
});
const sortedKeys = Float64Array.from(keys).sort();
const sharedRare = new Map<number, number>();
for (let start = 0; start < sortedKeys.length; ) {
  const hash = Math.floor(sortedKeys[start]! / ARTICLE_SPACE);
  let end = start + 1;
  while (end < sortedKeys.length && Math.floor(sortedKeys[end]! / ARTICLE_SPACE) === hash) end++;
  if (end - start > 1 && end - start <= RARE_SHINGLE_ARTICLES) {
    for (let x = start; x < end; x++) for (let y = x + 1; y < end; y++) {
      const pair = (sortedKeys[x]! % ARTICLE_SPACE) * ARTICLE_SPACE + (sortedKeys[y]! % ARTICLE_SPACE);
      sharedRare.set(pair, (sharedRare.get(pair) ?? 0) + 1);
    }
  }
  start = end;
}
const truth = new Map<number, number>(); // later article -> earliest article at the threshold
let wordPairs = 0;
let shinglePairs = 0;
for (const [pair, shared] of sharedRare) {
  if (shared < MIN_SHARED_RARE) continue;
  const i = Math.floor(pair / ARTICLE_SPACE), j = pair % ARTICLE_SPACE;
  if (setJaccard(words[i]!, words[j]!) >= 0.8) wordPairs++;
  if (shingles[i]!.length < MIN_SHINGLES || shingles[j]!.length < MIN_SHINGLES || sortedJaccard(shingles[i]!, shingles[j]!) < threshold) continue;
  shinglePairs++;
  truth.set(j, Math.min(truth.get(j) ?? j, i));
}
const found = [...truth.keys()].filter((j) => articles[j]!.near_duplicate_of);
const earliest = [...truth].filter(([j, i]) => articles[j]!.near_duplicate_of === articles[i]!.article_id);
console.log(`pairs of distinct bodies (no exact duplicate) at word-set Jaccard 0.8 or above: ${wordPairs}; at shingle Jaccard ${threshold} or above: ${shinglePairs}`);
console.log(`articles with an earlier body at shingle Jaccard ${threshold} or above: ${truth.size}; named a near-duplicate: ${found.length} (recall ${(found.length / (truth.size || 1)).toFixed(3)}), the earliest such body: ${earliest.length}`);
