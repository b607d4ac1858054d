// Keyphrase ablation: runs the analysis in process on the bench sets and scores the ranking with
// each component switched off in turn, so the closing figures say what every part adds; then the
// trade-off curve of keyphrases.singleWordWeight (phrase-style DUC answers against word-style KPCrowd).
//   npx tsx scripts/ablate-keyphrases.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../src/analyze/index.js';
import { COVERAGE_WORD_MODEL, DEFAULT_WEIGHTS, rankKeyphrases, type RankingWeights, type RankOptions } from '../src/analyze/keyphrases.js';
import { addToCorpus, documentFrequencies, emptyCorpusSummary } from '../src/analyze/terms.js';
import { loadConfig } from '../src/config.js';
import { runStopwords, stemmerFor } from '../src/text/language.js';
import type { ArticleAnalysis } from '../src/types.js';
import { KEYPHRASE_BENCH, loadKeyphraseScorer, readBenchArticles } from './keyphrase-bench-data.js';
import { scriptArgs } from './script-args.js';

scriptArgs('npm run ablate:keyphrases', 'Scores the keyphrase ranking on the bench sets (../shared/bench/keyphrases) with each component switched off in turn, then the curve of keyphrases.singleWordWeight.', {});

const { evaluate } = await loadKeyphraseScorer('Nothing to evaluate.');

const config = loadConfig('pipeline.config.json', false);
const tokenizer = { stopwords: runStopwords(config), stem: stemmerFor(config.language) };

// Components are switched off at the configured single-word weight; then the weight's curve.
const weight = config.keyphrases.singleWordWeight;
const VARIANTS: Array<[string, Partial<RankingWeights>, number]> = [
  [`full (singleWordWeight ${weight})`, {}, weight],
  ['no IDF', { specificity: 0 }, weight],
  ['no background corpus (IDF, common vocabulary)', { backgroundCorpus: false }, weight],
  ['no common-vocabulary rule', { commonWordShare: 1 }, weight],
  ['no common-verb rule', { commonVerbShare: 1 }, weight],
  ['no title words', { titleWordBonus: 1 }, weight],
  ['no first-position decay', { firstPositionDecay: false }, weight],
  ['no redundancy removal', { removeRedundant: false }, weight],
  ['word score coverage only (no fitted word model)', { words: COVERAGE_WORD_MODEL }, weight],
  ['graph only (no IDF, bonus, decay, redundancy)', { specificity: 0, titleWordBonus: 1, firstPositionDecay: false, removeRedundant: false }, weight],
  ...[0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 2, 5, 1000].map((w): [string, Partial<RankingWeights>, number] => [`singleWordWeight ${w}`, {}, w]),
];

console.log('variant'.padEnd(48) + ['duc F1@5', 'duc F1@10', 'duc F1@15', 'kpc F1@5', 'kpc F1@10', 'kpc F1@15'].map((h) => h.padStart(10)).join(''));
const rows = new Map<string, number[]>();
// Per set and single-word weight, each article's F1@5 and F1@10 (for the bootstrap and cross-validation below).
const perArticle = new Map<string, Map<number, { f5: number[]; f10: number[] }>>();
for (const set of ['duc2001-dev', 'kpcrowd-train']) {
  const path = resolve(KEYPHRASE_BENCH, `${set}.jsonl`);
  const gold = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  const stats = emptyCorpusSummary();
  const analyses: ArticleAnalysis[] = [];
  for (const article of readBenchArticles(path)) {
    const analysis = analyzeArticle(article, { tokenizer, ngramRange: config.terms.ngramRange, sentiment: config.sentiment, keyphraseWords: true });
    addToCorpus(stats, analysis.termCounts);
    analyses.push(analysis);
  }
  for (const [name, change, singleWordWeight] of VARIANTS) {
    const weights = { ...DEFAULT_WEIGHTS, ...change };
    const options: RankOptions = { limit: 15, singleWordWeight };
    const predictions = analyses.map((a) => ({ id: a.article.id, keyphrases: rankKeyphrases(a.keyphraseCandidates, documentFrequencies(stats), options, weights).map((k) => k.keyphrase) }));
    const result = evaluate(gold, predictions);
    rows.set(name, [...(rows.get(name) ?? []), ...[5, 10, 15].map((k) => result.macro[k]!.F1)]);
    if (name.startsWith('singleWordWeight')) {
      const cells = result.perDoc.map((row) => row.split('\t').map(Number));
      const bySet = perArticle.get(set) ?? new Map<number, { f5: number[]; f10: number[] }>();
      bySet.set(singleWordWeight, { f5: cells.map((c) => 100 * c[3]!), f10: cells.map((c) => 100 * c[6]!) });
      perArticle.set(set, bySet);
    }
  }
}
for (const [name, figures] of rows) console.log(name.padEnd(48) + figures.map((f) => f.toFixed(2).padStart(10)).join(''));

// How safe each weight is for the DUC targets (F1@10 >= 31, F1@5 >= 26) on articles of the same kind.
const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
const duc = perArticle.get('duc2001-dev')!;
const kpc = perArticle.get('kpcrowd-train')!;
const curve = [...duc.keys()].filter((w) => w <= 1);
let seed = 1;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
console.log('\nDUC F1@10 below 31 in 1,000 bootstrap resamples of the articles:');
for (const w of curve) {
  const f10 = duc.get(w)!.f10;
  let below = 0;
  for (let b = 0; b < 1000; b++) if (mean(f10.map(() => f10[Math.floor(random() * f10.length)]!)) < 31) below++;
  console.log(`  weight ${w}: ${(below / 10).toFixed(1)} %`);
}
// 5-fold cross-validation of choosing the weight: the best KPCrowd F1@10 with both DUC targets met on the other folds.
const FOLDS = 5;
const held = { f5: [] as number[], f10: [] as number[], kpc: [] as number[] };
const choices: string[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const training = (values: number[]) => values.filter((_, i) => i % FOLDS !== fold);
  const test = (values: number[]) => values.filter((_, i) => i % FOLDS === fold);
  const meetsTargets = (w: number) => mean(training(duc.get(w)!.f10)) >= 31 && mean(training(duc.get(w)!.f5)) >= 26;
  const chosen = curve.filter(meetsTargets).reduce((best, w) => (mean(training(kpc.get(w)!.f10)) > mean(training(kpc.get(best)!.f10)) ? w : best), 0);
  choices.push(`${chosen} (held-out DUC F1@10 ${mean(test(duc.get(chosen)!.f10)).toFixed(1)})`);
  held.f5.push(...test(duc.get(chosen)!.f5));
  held.f10.push(...test(duc.get(chosen)!.f10));
  held.kpc.push(...test(kpc.get(chosen)!.f10));
}
console.log(`5-fold choice of the weight: ${choices.join(', ')};\n  pooled held out: DUC F1@5 ${mean(held.f5).toFixed(2)}, F1@10 ${mean(held.f10).toFixed(2)}, KPCrowd F1@10 ${mean(held.kpc).toFixed(2)}`);
