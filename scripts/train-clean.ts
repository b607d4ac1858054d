// Fits the cleaner's line model (logistic regression, src/clean/model.ts) on the development
// benchmark and writes the weights to src/clean/weights.ts. With --cv it instead reports how
// well weights fitted on one part of the data clean the other part (2-fold within each set, and
// each set -> the other), scored with the benchmark's own scorer.
//
//   npx tsx scripts/train-clean.ts          fit on both sets, write src/clean/weights.ts
//   npx tsx scripts/train-clean.ts --cv     cross-validated shingle figures, writes nothing
//   npx tsx scripts/train-clean.ts --check  fit, and exit 1 when src/clean/weights.ts is not the fit; writes nothing
//
// Labels: l3s-dev has a class for every raw line (B = body). scrapinghub has only the gold body, so
// a raw line counts as body when its words occur in it (whole line for short lines).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanArticle, type CleanContext } from '../src/clean/index.js';
import { scoreLines } from '../src/clean/scored-lines.js';
import { FEATURES } from '../src/clean/line-features.js';
import type { LineModel } from '../src/clean/model.js';
import { emptyMetadata } from '../src/ingest/index.js';
import { checkGenerated } from './generated-file.js';
import { fitLogistic } from './logistic-regression.js';
import { scriptArgs } from './script-args.js';
import { CLEAN_BENCH, CLEAN_SETS, contextFor, englishIds, formatScore, goldBody, loadPages, requireBench, scoreCleaned, textsOf, type CleanSet, type Page } from './clean-bench-data.js';

interface Sample {
  features: number[];
  body: boolean;
  weight: number;
}

const OUTPUT = 'src/clean/weights.ts';
const L2 = 1e-3;
const NEWTON_STEPS = 12;

const normalised = (text: string): string => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).map((t) => t.toLowerCase()).join(' ');

/** Body or not for each raw line (0-based raw line index -> label). */
function lineLabels(page: Page): (lineIndex: number, text: string) => boolean {
  if (page.set === 'l3s-dev') {
    const rows = readFileSync(join(CLEAN_BENCH, page.set, 'labels', 'raw', `${page.id}.tsv`), 'utf8').split('\n');
    return (index) => rows[index]?.startsWith('B\t') ?? false;
  }
  const gold = goldBody(page.set, page.id);
  const goldText = ` ${normalised(gold)} `;
  const goldLines = new Set(gold.split('\n').map(normalised));
  return (_, text) => {
    const line = normalised(text);
    if (!line) return false;
    return line.split(' ').length >= 4 ? goldText.includes(` ${line} `) : goldLines.has(line);
  };
}

function samplesOf(pages: readonly Page[], context: CleanContext): Sample[] {
  const samples: Sample[] = [];
  for (const page of pages) {
    const label = lineLabels(page);
    const { lines, features } = scoreLines(page.text, context);
    lines.forEach((line, i) => {
      // Weighted by length: the benchmark scores words, so long lines matter more.
      samples.push({ features: [...features.row(i)], body: label(line.number - 1, line.text), weight: 1 + Math.min(line.wordCount, 60) / 10 });
    });
  }
  return samples;
}

/** Fits the line model on these pages, counting repetition over the whole run they belong to. */
const fitModel = (pages: readonly Page[], runPages: readonly Page[]): LineModel => fit(samplesOf(pages, contextFor(textsOf(runPages))));

/** The line model fitted on these samples (logistic regression, body = 1). */
function fit(samples: readonly Sample[]): LineModel {
  const weights = fitLogistic(samples.map((s) => ({ features: s.features, label: s.body, weight: s.weight })), L2, NEWTON_STEPS);
  const body = samples.filter((s) => s.body);
  const bodyMean = weights.map((_, j) => body.reduce((sum, s) => sum + s.features[j]!, 0) / Math.max(1, body.length));
  return { weights: weights.map(round), bodyMean: bodyMean.map(round) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Cleans the test pages with the model and scores them (repetition counted over all of `runPages`). */
function evaluate(model: LineModel, test: readonly Page[], runPages: readonly Page[], workDir: string, label: string): void {
  const context = contextFor(textsOf(runPages), { model });
  const outDir = join(workDir, label.replace(/\W+/g, '_'));
  mkdirSync(outDir, { recursive: true });
  for (const page of test) {
    const raw = { id: page.id, sourceFile: `${page.id}.txt`, text: page.text, encoding: 'utf-8', givenMetadata: emptyMetadata(), warnings: [] };
    const cleaned = cleanArticle(raw, context);
    writeFileSync(join(outDir, `${page.id}.txt`), cleaned.body ? `${cleaned.body}\n` : '');
  }
  const set = test[0]!.set;
  const ids = test.map((page) => page.id);
  console.log(`${label.padEnd(34)} ${formatScore(scoreCleaned(set, outDir, ids, workDir))}`);
  if (set === 'scrapinghub') console.log(`${(label + ' (English)').padEnd(34)} ${formatScore(scoreCleaned(set, outDir, englishIds(set, ids), workDir))}`);
}

function crossValidate(pagesBySet: Record<CleanSet, Page[]>): void {
  const workDir = mkdtempSync(join(tmpdir(), 'train-clean-'));
  try {
    for (const set of CLEAN_SETS) {
      const pages = pagesBySet[set];
      const halves = [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)];
      halves.forEach((test, k) => {
        const train = halves[1 - k]!;
        const model = fitModel(train, pages);
        evaluate(model, test, pages, workDir, `${set} half ${k + 1} (other half)`);
      });
      const other = CLEAN_SETS.find((s) => s !== set)!;
      const model = fitModel(pagesBySet[other], pagesBySet[other]);
      evaluate(model, pages, pages, workDir, `${other} -> ${set}`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function main(): void {
  const { cv, check } = scriptArgs('npm run train:clean -- [options]', `Fits the cleaner's line model on the cleaning benchmark's dev sets (../shared/bench/clean) and rewrites ${OUTPUT}.`, {
    cv: { type: 'boolean', default: false, help: 'print the cross-validated shingle figures (2-fold within each set, and each set on the other) and write nothing' },
    check: { type: 'boolean', default: false, help: `fit, and exit 1 with the lines that differ when ${OUTPUT} is not the fit (0 when it is); write nothing` },
  });
  requireBench(CLEAN_BENCH);
  const pagesBySet = Object.fromEntries(CLEAN_SETS.map((set) => [set, loadPages(set)])) as Record<CleanSet, Page[]>;
  if (cv) {
    crossValidate(pagesBySet);
    return;
  }
  // Repetition is counted within each set (one run per set), as the pipeline would.
  const samples = CLEAN_SETS.flatMap((set) => samplesOf(pagesBySet[set], contextFor(textsOf(pagesBySet[set]))));
  const model = fit(samples);
  const rows = FEATURES.map((feature, j) => `    ${String(model.weights[j]).padStart(7)}, // ${feature.name}`);
  const text =
    `// Generated by scripts/train-clean.ts from the development benchmark (${samples.length} lines): do not edit by hand.\n` +
    `import type { LineModel } from './model.js';\n\nexport const LINE_MODEL: LineModel = {\n  weights: [\n${rows.join('\n')}\n  ],\n` +
    `  bodyMean: [${model.bodyMean.join(', ')}],\n};\n`;
  if (check) checkGenerated(OUTPUT, text, 'npm run train:clean');
  writeFileSync(OUTPUT, text);
  console.log(`fitted on ${samples.length} lines; wrote ${OUTPUT}`);
}

main();
