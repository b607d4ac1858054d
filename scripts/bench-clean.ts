// `npm run bench:clean`: speed of the cleaner alone (cleanArticle, after the repetition pass) on
// the raw pages of the cleaning benchmark, one core, per second of this process's CPU time (the
// best of several rounds). Prints ms per page and MB/s, and a digest of everything the cleaner
// returned, so a change meant only for speed can show its output is byte-identical.
// Options: --help.
import { createHash } from 'node:crypto';
import { cleanArticle } from '../src/clean/index.js';
import { emptyMetadata } from '../src/ingest/index.js';
import { CLEAN_BENCH, CLEAN_SETS, contextFor, loadPages, requireBench, textsOf, type CleanSet } from './clean-bench-data.js';
import { scriptArgs } from './script-args.js';

const values = scriptArgs('npm run bench:clean -- [options]', 'Speed of the cleaner alone on the raw pages of a cleaning benchmark set (../shared/bench/clean), one core, with a digest of its output.', {
  set: { type: 'string', default: 'l3s-dev', value: 'NAME', help: 'the set: l3s-dev or scrapinghub' },
  rounds: { type: 'string', default: '5', value: 'N', help: 'rounds; the best is reported' },
});
const set = values.set as CleanSet;
if (!CLEAN_SETS.includes(set)) throw new Error(`--set must be one of ${CLEAN_SETS.join(', ')}`);
requireBench(CLEAN_BENCH);

const pages = loadPages(set);
const context = contextFor(textsOf(pages));
const raws = pages.map((page) => ({ id: page.id, sourceFile: `${page.id}.txt`, text: page.text, encoding: 'utf-8', givenMetadata: emptyMetadata(), warnings: [] }));
const bytes = raws.reduce((sum, raw) => sum + Buffer.byteLength(raw.text), 0);

let bestCpu = Infinity;
let digest = '';
for (let round = 0; round < Number(values.rounds); round++) {
  const hash = createHash('sha256');
  const start = process.cpuUsage();
  const cleaned = raws.map((raw) => cleanArticle(raw, context));
  const used = process.cpuUsage(start);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  for (const article of cleaned) hash.update(JSON.stringify(article));
  digest = hash.digest('hex').slice(0, 16);
}
console.log(`${set}: ${raws.length} pages, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`cleaning: ${(bestCpu / raws.length).toFixed(2)} ms per page, ${(bytes / 1e6 / (bestCpu / 1000)).toFixed(2)} MB/s (best of ${values.rounds} rounds, CPU time)`);
console.log(`output digest: ${digest}`);
