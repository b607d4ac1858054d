// `npm run eval:clean`: runs the real pipeline (node dist/cli.js, cleaning on) over each cleaning
// benchmark set and prints the benchmark scorer's shingle precision / recall / F1 (scrapinghub: also
// for its English pages, and for its pages in each other language), then runs the already-clean
// DUC-2001 articles through it and prints the share of their words kept, and a one-site corpus
// (make-scale-corpus: each page lists other pages' headlines, as a year of one outlet's news does)
// with the titles found and the body words kept.
// Options: --help.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { safeFileName } from '../src/report/clean-files.js';
import { makeCorpus, readSource, SOURCE as SCALE_SOURCE, articlePath } from './make-scale-corpus.js';
import { buildDist } from './build-dist.js';
import { BENCH, CLEAN_BENCH, CLEAN_SETS, englishIds, formatScore, idsByLanguage, requireBench, scoreCleaned, setIds, type CleanSet } from './clean-bench-data.js';
import { scriptArgs } from './script-args.js';

const DUC = join(BENCH, 'keyphrases', 'duc2001-dev.jsonl');

function runPipeline(input: string, output: string): void {
  execFileSync('node', ['dist/cli.js', '--input', input, '--output', output, '--quiet'], { stdio: 'inherit' });
}

function evaluateSet(set: CleanSet, workDir: string): void {
  const output = join(workDir, set);
  runPipeline(join(CLEAN_BENCH, set, 'raw'), output);
  const ids = setIds(set);
  console.log(`${set.padEnd(22)} ${formatScore(scoreCleaned(set, join(output, 'clean'), ids, workDir))}`);
  if (set !== 'scrapinghub') return;
  console.log(`${'scrapinghub (English)'.padEnd(22)} ${formatScore(scoreCleaned(set, join(output, 'clean'), englishIds(set, ids), workDir))}`);
  // The pages in other languages, a few per language: the overall figure hides how they fare.
  const groups = idsByLanguage(set, ids);
  const others = groups.flatMap(([language, group]) => (language === 'eng' ? [] : group));
  console.log(`${'  not English'.padEnd(22)} ${formatScore(scoreCleaned(set, join(output, 'clean'), others, workDir))}`);
  for (const [language, group] of groups) if (language !== 'eng') console.log(`${`  ${language}`.padEnd(22)} ${formatScore(scoreCleaned(set, join(output, 'clean'), group, workDir))}`);
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
    const found = wordsKept(text, cleaned);
    total += found.of;
    kept += found.kept;
    if (shareOf(found) < worst.share) worst = { id, share: shareOf(found) };
  }
  console.log(`DUC-2001 words kept     ${((100 * kept) / total).toFixed(2)}% of ${total} (worst article ${worst.id}: ${(100 * worst.share).toFixed(1)}%)`);
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** How many of `expected`'s words (as a bag) are found in `got`, of how many. */
function wordsKept(expected: string, got: string): { kept: number; of: number } {
  const counts = new Map<string, number>();
  for (const word of words(got)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const original = words(expected);
  let kept = 0;
  for (const word of original) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      kept++;
      counts.set(word, left - 1);
    }
  }
  return { kept, of: original.length };
}

/** The share wordsKept found; 1 when there was nothing to find. */
const shareOf = ({ kept, of }: { kept: number; of: number }): number => (of ? kept / of : 1);

/**
 * A one-site corpus: every page has the same chrome and lists 3-8 other pages' headlines, so an
 * article's title also stands on a few other pages and the date line's template on hundreds
 * (the repetition that marks site chrome). Gold: the source article's title and text.
 */
async function oneSiteCorpus(count: number, workDir: string): Promise<void> {
  if (!existsSync(SCALE_SOURCE)) {
    console.log(`One-site corpus: skipped, ${SCALE_SOURCE} not found`);
    return;
  }
  const input = join(workDir, 'site');
  const output = join(workDir, 'site-out');
  await makeCorpus({ count, out: input, seed: 1, jsonl: false });
  runPipeline(input, output);
  const source = await readSource(SCALE_SOURCE);
  const titles = new Map<string, string>();
  for (const row of parse(readFileSync(join(output, 'articles.csv')), { bom: true, columns: true }) as Array<{ article_id: string; title: string }>) titles.set(row.article_id, row.title);
  let titled = 0;
  let recall = 0;
  let precision = 0;
  let leads = 0;
  for (let i = 0; i < count; i++) {
    const gold = source[i % source.length]!;
    const id = articlePath(i).replace(/\.txt$/, '');
    if (titles.get(id) === gold.title.trim()) titled++;
    const cleanedPath = join(output, 'clean', `${safeFileName(id)}.txt`);
    const cleaned = existsSync(cleanedPath) ? readFileSync(cleanedPath, 'utf8') : '';
    recall += shareOf(wordsKept(gold.text, cleaned));
    precision += shareOf(wordsKept(cleaned, gold.text));
    const lead = gold.text.trim().split(/\n\s*\n/)[0]!.trim();
    if (cleaned.includes(lead)) leads++;
  }
  const share = (n: number) => `${((100 * n) / count).toFixed(2)}%`;
  console.log(`One-site corpus (${count} pages, make-scale-corpus seed 1): title found ${share(titled)}, first paragraph kept ${share(leads)}, body words kept ${share(recall)}, cleaned words from the body ${share(precision)}`);
}

const values = scriptArgs('npm run eval:clean -- [options]', 'Runs the pipeline (dist/cli.js) over each cleaning benchmark set (../shared/bench/clean) and prints shingle precision, recall and F1; then the share of words kept of the already-clean DUC-2001 articles, and a one-site corpus.', {
  set: { type: 'string', value: 'NAME', help: `one set only: ${CLEAN_SETS.join(' or ')}` },
  'no-duc': { type: 'boolean', help: 'skip the DUC-2001 retention' },
  'no-site': { type: 'boolean', help: 'skip the one-site corpus' },
  'site-count': { type: 'string', default: '10000', value: 'N', help: 'pages of the one-site corpus' },
});

async function main(): Promise<void> {
  requireBench(CLEAN_BENCH);
  buildDist();
  const sets = values.set === undefined ? [...CLEAN_SETS] : CLEAN_SETS.filter((set) => set === values.set);
  const workDir = mkdtempSync(join(tmpdir(), 'eval-clean-'));
  try {
    console.log('shingle4 (scrapinghub benchmark metric), cleaned body vs gold body');
    for (const set of sets) evaluateSet(set, workDir);
    if (!values['no-duc']) ducRetention(workDir);
    if (!values['no-site']) await oneSiteCorpus(Number(values['site-count']), workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
