// `npm run eval:clean`: runs the real pipeline (node dist/cli.js, cleaning on) over each cleaning
// benchmark set and prints the benchmark scorer's shingle precision / recall / F1, then runs the
// already-clean DUC-2001 articles through it and prints the share of their words kept.
// Options: --set l3s-dev|scrapinghub (one set only), --no-duc.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH, CLEAN_BENCH, CLEAN_SETS, englishIds, formatScore, requireBench, scoreCleaned, setIds, type CleanSet } from './clean-bench.js';

const DUC = join(BENCH, 'keyphrases', 'duc2001-dev.jsonl');

function runPipeline(input: string, output: string): void {
  execFileSync('node', ['dist/cli.js', '--input', input, '--output', output, '--quiet'], { stdio: 'inherit' });
}

function evaluateSet(set: CleanSet, workDir: string): void {
  const output = join(workDir, set);
  runPipeline(join(CLEAN_BENCH, set, 'raw'), output);
  const ids = setIds(set);
  console.log(`${set.padEnd(22)} ${formatScore(scoreCleaned(set, join(output, 'clean'), ids, workDir))}`);
  if (set === 'scrapinghub') console.log(`${'scrapinghub (English)'.padEnd(22)} ${formatScore(scoreCleaned(set, join(output, 'clean'), englishIds(set, ids), workDir))}`);
}

/** Bag-of-words share of each article's words that survive cleaning. */
function ducRetention(workDir: string): void {
  if (!existsSync(DUC)) {
    console.log(`DUC-2001 retention: skipped, ${DUC} not found`);
    return;
  }
  const output = join(workDir, 'duc');
  runPipeline(DUC, output);
  let total = 0;
  let kept = 0;
  let worst = { id: '', share: 1 };
  for (const row of readFileSync(DUC, 'utf8').split('\n').filter(Boolean)) {
    const { id, text } = JSON.parse(row) as { id: string; text: string };
    const cleanedPath = join(output, 'clean', `${id}.txt`);
    const cleaned = existsSync(cleanedPath) ? readFileSync(cleanedPath, 'utf8') : '';
    const counts = new Map<string, number>();
    for (const word of words(cleaned)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const original = words(text);
    let keptHere = 0;
    for (const word of original) {
      const left = counts.get(word) ?? 0;
      if (left > 0) {
        keptHere++;
        counts.set(word, left - 1);
      }
    }
    total += original.length;
    kept += keptHere;
    const share = original.length ? keptHere / original.length : 1;
    if (share < worst.share) worst = { id, share };
  }
  console.log(`DUC-2001 words kept     ${((100 * kept) / total).toFixed(2)}% of ${total} (worst article ${worst.id}: ${(100 * worst.share).toFixed(1)}%)`);
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function main(): void {
  requireBench(CLEAN_BENCH);
  if (!existsSync('dist/cli.js')) {
    console.error('dist/cli.js not found: build first (npm run build).');
    process.exit(1);
  }
  const setArg = process.argv.indexOf('--set');
  const sets = setArg >= 0 ? CLEAN_SETS.filter((set) => set === process.argv[setArg + 1]) : [...CLEAN_SETS];
  const workDir = mkdtempSync(join(tmpdir(), 'eval-clean-'));
  try {
    console.log('shingle4 (scrapinghub benchmark metric), cleaned body vs gold body');
    for (const set of sets) evaluateSet(set, workDir);
    if (!process.argv.includes('--no-duc')) ducRetention(workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main();
