// The cost of near_duplicate_of in isolation, on the cleaned bodies of a run (its clean/ files):
// CPU per article of the workers' signature (minHashSignature) and of the main thread's look-up
// (NearDuplicates), and the main thread's memory per article for the index (heap and typed arrays,
// after a full collection). The bodies are offered in the order of their file names, exact copies
// included, so the count named can differ a little from the run's. Run it with plain node, not tsx (tsx's getters slow the hot loops):
//   npx esbuild scripts/bench-near-duplicates.ts --bundle --format=esm --platform=node --outfile=/tmp/bench-nd.mjs
//   node --expose-gc /tmp/bench-nd.mjs --output DIR [--rounds 5]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minHashSignature, NearDuplicates } from '../src/run/near-duplicates.js';
import { scriptArgs } from './script-args.js';

const values = scriptArgs('node --expose-gc /tmp/bench-nd.mjs --output DIR [options] (bundled with esbuild, see the top of scripts/bench-near-duplicates.ts)', 'CPU per article of the near-duplicate signature and look-up, and the index\'s memory, on the clean/ files of a run.', {
  output: { type: 'string', value: 'DIR', help: 'the output directory of a pipeline run (required)' },
  rounds: { type: 'string', default: '5', value: 'N', help: 'rounds' },
});
if (!values.output) throw new Error('usage: --output DIR (a pipeline run) [--rounds N]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const dir = join(values.output, 'clean');
const bodies = readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), 'utf8'));
const ids = bodies.map((_, i) => `article-${String(i).padStart(12, '0')}`);
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

for (let round = 1; round <= Number(values.rounds); round++) {
  let start = process.cpuUsage();
  const signatures = bodies.map((body) => minHashSignature(body));
  const signatureMs = cpuMs(start);
  gc();
  gc();
  const before = process.memoryUsage();
  const index = new NearDuplicates(0.8);
  // The look-up timed alone, over signatures made before: a difference of two timings went negative
  // in the first round, when the signatures' separate pass ran before the JIT had warmed up.
  start = process.cpuUsage();
  let named = 0;
  signatures.forEach((signature, i) => {
    if (index.earliestNearDuplicate(signature, ids[i]!) !== null) named++;
  });
  const lookUpMs = cpuMs(start);
  gc();
  gc();
  const after = process.memoryUsage();
  const perArticle = (bytes: number) => (bytes / bodies.length).toFixed(0);
  console.log(
    `round ${round}: ${bodies.length} bodies; signature ${(signatureMs / bodies.length).toFixed(4)} ms/article, look-up ${(lookUpMs / bodies.length).toFixed(4)} ms/article;` +
      ` index heap ${perArticle(after.heapUsed - before.heapUsed)} + typed arrays ${perArticle(after.arrayBuffers - before.arrayBuffers)} B/article; ${named} named`,
  );
}
