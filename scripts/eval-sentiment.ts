// `npm run eval:sentiment`: the pipeline's sentiment against human ratings on the bench sets in
// ../shared/bench/sentiment (never copied into this repository).
//   1. Runs the real pipeline (node dist/cli.js --no-clean) on each set, one record = one article, and
//      scores its article scores with the bench's score.mjs, next to VADER (vader-sentiment) and
//      natural's SentimentAnalyzer (AFINN) measured in the same run.
//   2. Editorial level: the mean of an editorial's snippets against the mean of their human scores.
//   3. Cross-validation: the rule weights refitted on 4/5 of the editorials (grouped by doc_id), scored
//      on the held-out fifth, so the figure is not the fit's own training data.
//   4. Ablation: each rule switched off in turn, from the defaults.
//   5. Learned lexicon (sentiment-fit.ts): refitted on 4/5 of the editorials and scored on the held-out
//      fifth, for a few penalties and scopes, next to the published lexicon; the fit on all of dev is
//      scored on the SemEval headlines, which it never saw.
// Options: --help (--skip-cv runs steps 1, 2 and 4 only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { DEFAULT_RULES, LEARNED_LEXICON, PUBLISHED_LEXICON, scoreArticle, type SentimentRules } from '../src/analyze/sentiment.js';
import { withLearnedValences, type SentimentLexicon } from '../src/analyze/sentiment-words.js';
import { DEFAULT_FIT, fitLearnedValences, type FitOptions } from '../src/fit/sentiment-fit.js';
import type { Sentence } from '../src/types.js';
import { buildDist } from './build-dist.js';
import { benchMissing, BENCH, editorialLevel, fitExamples, foldOf, FOLDS, readJsonl, setPath, tokenized, type BenchRecord, type Correlation } from './sentiment-bench-data.js';
import { scriptArgs } from './script-args.js';

const values = scriptArgs('npm run eval:sentiment -- [options]', "The pipeline's sentiment against human ratings on the bench sets in ../shared/bench/sentiment, next to VADER and natural's AFINN analyser: official figures, editorial level, ablation, and cross-validated refits of the rules and the learned lexicon.", {
  'skip-cv': { type: 'boolean', help: 'skip the cross-validation (the slow part)' },
});

const SCORER = join(BENCH, 'score.mjs');
const SETS = ['nyt-editorials-dev', 'semeval07-headlines-trial'] as const;
const THRESHOLDS = { positiveThreshold: 0.05, negativeThreshold: -0.05 };
/** The rules as VADER has them, and no news-specific treatment: the starting point of the ablation. */
const VADER_RULES: Readonly<SentimentRules> = {
  ...DEFAULT_RULES, negation: -0.74, contrast: 0.5, hedge: 1, event: 1, newsTerm: 1, positive: 1, inflection: 0, embedding: 0, name: 1, reversal: 1, length: 0, context: 0, alpha: 15,
};
const require = createRequire(import.meta.url);

interface Prediction {
  id: string;
  score: number;
}
type BenchData = Map<string, { records: BenchRecord[]; articles: Sentence[][] }>;

/** The real pipeline on one set: article score per record, from articles.csv (report.json lists only the first 1,000 articles). */
function pipelinePredictions(set: string, workDir: string): Prediction[] {
  const output = join(workDir, `out-${set}`);
  const run = spawnSync(process.execPath, ['dist/cli.js', '--input', setPath(set), '--output', output, '--no-clean', '--quiet'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pipeline failed on ${set}:\n${run.stderr}`);
  const rows = parse(readFileSync(join(output, 'articles.csv'), 'utf8'), { bom: true, columns: true }) as { article_id: string; sentiment: string }[];
  return rows.map((row) => ({ id: row.article_id, score: Number(row.sentiment) }));
}

/** natural's SentimentAnalyzer as an analyst would call it: AFINN vocabulary, its own WordTokenizer. */
function naturalPredictions(records: BenchRecord[]): Prediction[] {
  const Analyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer.js');
  const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js');
  const analyzer = new Analyzer('English', null, 'afinn');
  const tokenizer = new WordTokenizer();
  return records.map((r) => ({ id: r.id, score: analyzer.getSentiment(tokenizer.tokenize(r.text)) || 0 }));
}

function vaderPredictions(records: BenchRecord[]): Prediction[] {
  const { SentimentIntensityAnalyzer } = require('vader-sentiment');
  return records.map((r) => ({ id: r.id, score: SentimentIntensityAnalyzer.polarity_scores(r.text).compound }));
}

interface Figures {
  pearson_r: number;
  spearman_rho: number;
  accuracy: number;
  macro_f1: number;
}

/** The bench's own scorer, on a predictions file. */
function officialFigures(set: string, predictions: Prediction[], workDir: string, name: string): Figures {
  const path = join(workDir, `${set}-${name}.jsonl`);
  writeFileSync(path, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [SCORER, setPath(set), path, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs failed on ${set}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Figures;
}

// The rule experiments (grid, cross-validation, ablation) run on the published lexicon unless told
// otherwise: the shipped learned entries were fitted on all of dev and would leak into held-out folds.
// For the same reason the cross-validations leave the context valences out (rules.context 0); their
// own cross-validation needs the word vectors and is printed by `npm run fit:sentiment-context`.
const NO_CONTEXT: Readonly<SentimentRules> = { ...DEFAULT_RULES, context: 0 };
const scoreAll = (articles: Sentence[][], rules: SentimentRules, lexicon: SentimentLexicon = PUBLISHED_LEXICON): number[] =>
  articles.map((sentences) => scoreArticle(sentences, THRESHOLDS, rules, lexicon).sentiment);

/** The fitted rules and the values tried; the rest keep their defaults. */
const GRID: Partial<Record<keyof SentimentRules, number[]>> = {
  negation: [-0.4, -0.2, 0],
  positive: [0.6, 0.8, 1],
  event: [0.4, 0.6, 1],
  hedge: [0.6, 1],
  name: [0.5, 1],
  reversal: [0, 1],
  length: [0, 0.5, 0.75],
  alpha: [10, 15, 30],
};

function gridRules(): SentimentRules[] {
  let combos: SentimentRules[] = [{ ...NO_CONTEXT }];
  for (const [key, values] of Object.entries(GRID)) {
    combos = combos.flatMap((rules) => values.map((value) => ({ ...rules, [key]: value })));
  }
  return combos;
}

function crossValidateRules(records: BenchRecord[], articles: Sentence[][], pearson: Correlation): void {
  const candidates = gridRules();
  const predictions = candidates.map((rules) => scoreAll(articles, rules));
  const gold = records.map((r) => r.score);
  const folds = records.map((r) => foldOf(r.doc_id!));
  const pick = (indices: number[]) => (p: number[]) => pearson(indices.map((i) => p[i]!), indices.map((i) => gold[i]!));
  const bestOn = (indices: number[]): number => {
    const rOf = pick(indices);
    let best = 0;
    predictions.forEach((p, c) => {
      if (rOf(p) > rOf(predictions[best]!)) best = c;
    });
    return best;
  };
  const outOfFold = new Array<number>(records.length);
  const foldFigures: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = folds.flatMap((f, i) => (f === fold ? [] : [i]));
    const test = folds.flatMap((f, i) => (f === fold ? [i] : []));
    const best = bestOn(train);
    for (const i of test) outOfFold[i] = predictions[best]![i]!;
    foldFigures.push(`  fold ${fold + 1}: ${test.length} snippets, r ${pick(test)(predictions[best]!).toFixed(3)} with ${describe(candidates[best]!)}`);
  }
  const fullBest = bestOn(records.map((_, i) => i));
  const byId = new Map(records.map((r, i) => [r.id, outOfFold[i]!]));
  console.log(`\nCross-validation of the rules on nyt-editorials-dev, published lexicon, no context valences (${FOLDS} folds grouped by editorial; ${candidates.length} rule settings tried per fold):`);
  console.log(foldFigures.join('\n'));
  console.log(`  pooled held-out predictions: snippet r ${pearson(outOfFold, gold).toFixed(3)}, editorial-level r ${editorialLevel(records, byId, pearson).toFixed(3)}`);
  console.log(`  fit on all of dev: r ${pearson(predictions[fullBest]!, gold).toFixed(3)} with ${describe(candidates[fullBest]!)}`);
}

const describe = (rules: SentimentRules): string =>
  Object.keys(GRID).map((key) => `${key} ${rules[key as keyof SentimentRules]}`).join(', ');

/** Rules switched off one at a time (each to its neutral value), plus VADER's rules as a reference; published lexicon unless named. */
const ABLATIONS: [string, Partial<SentimentRules>, SentimentLexicon?][] = [
  ['all rules + learned lexicon (in-sample)', {}, LEARNED_LEXICON],
  ['all rules (defaults)', {}],
  ['- context valences', { context: 0 }],
  ['- short-text context weight (at 1)', { shortContext: 1 }],
  ['- negation', { negation: 1 }],
  ['- intensifiers/diminishers', { degree: 0 }],
  ['- contrast', { contrast: 0 }],
  ['- hedges', { hedge: 1 }],
  ['- capitals and "!"', { emphasis: 0 }],
  ['- event words', { event: 1 }],
  ['- headline rule (event words as elsewhere)', { headlineEvent: DEFAULT_RULES.event }],
  ['- news terms', { newsTerm: 1 }],
  ['- positive discount', { positive: 1 }],
  ['- inflection fallback', { inflection: 0 }],
  ['- embedding guesses', { embedding: 0 }],
  ['- names', { name: 1 }],
  ['- reversal', { reversal: 1 }],
  ['- length damping', { length: 0 }],
  ['VADER rules (flip negation, no news rules)', VADER_RULES],
];

function ablation(data: BenchData, pearson: Correlation): void {
  const nyt = data.get('nyt-editorials-dev')!;
  const semeval = data.get('semeval07-headlines-trial')!;
  console.log('\nAblation (in-process, full dev; the context valences are fitted on all of it, so rows with them are in-sample on NYT; Pearson r):');
  console.log(`  ${'rules'.padEnd(44)} ${'NYT'.padStart(6)} ${'editorial'.padStart(9)} ${'SemEval'.padStart(8)}`);
  for (const [name, change, lexicon] of ABLATIONS) {
    const rules = { ...DEFAULT_RULES, ...change };
    const nytScores = scoreAll(nyt.articles, rules, lexicon);
    const byId = new Map(nyt.records.map((r, i) => [r.id, nytScores[i]!]));
    const semevalR = pearson(scoreAll(semeval.articles, rules, lexicon), semeval.records.map((r) => r.score));
    console.log(
      `  ${name.padEnd(44)} ${pearson(nytScores, nyt.records.map((r) => r.score)).toFixed(3).padStart(6)} ${editorialLevel(nyt.records, byId, pearson).toFixed(3).padStart(9)} ${semevalR.toFixed(3).padStart(8)}`,
    );
  }
}

/** Learned-lexicon settings compared; the first is the shipped one (sentiment-learned.ts). */
const LEARNED_SETTINGS: [string, FitOptions][] = [
  [`lambda ${DEFAULT_FIT.lambda}, words and corrections (shipped)`, DEFAULT_FIT],
  ['lambda 3', { ...DEFAULT_FIT, lambda: 3 }],
  ['lambda 30', { ...DEFAULT_FIT, lambda: 30 }],
  ['corrections of published words only', { ...DEFAULT_FIT, scope: 'corrections' }],
  ['additions of new words only', { ...DEFAULT_FIT, scope: 'additions' }],
];

function crossValidateLearned(data: BenchData, pearson: Correlation): void {
  const nyt = data.get('nyt-editorials-dev')!;
  const semeval = data.get('semeval07-headlines-trial')!;
  const examples = fitExamples(nyt.records, nyt.articles);
  const gold = nyt.records.map((r) => r.score);
  const folds = nyt.records.map((r) => foldOf(r.doc_id!));
  const figures = (scores: number[]): string =>
    `${pearson(scores, gold).toFixed(3).padStart(6)} ${editorialLevel(nyt.records, new Map(nyt.records.map((r, i) => [r.id, scores[i]!])), pearson).toFixed(3).padStart(9)}`;
  const published = scoreAll(nyt.articles, NO_CONTEXT);
  const semevalR = (lexicon: SentimentLexicon): string => pearson(scoreAll(semeval.articles, NO_CONTEXT, lexicon), semeval.records.map((r) => r.score)).toFixed(3).padStart(8);
  console.log(`\nLearned lexicon, default rules without context valences (${FOLDS} folds grouped by editorial, refitted on each training part; Pearson r):`);
  console.log(`  ${'setting'.padEnd(44)} ${'CV NYT'.padStart(6)} ${'CV editorial'.padStart(9)} ${'full NYT'.padStart(8)} ${'full editorial'.padStart(9)} ${'SemEval'.padStart(8)} entries`);
  console.log(`  ${'published lexicon (nothing learned)'.padEnd(44)} ${figures(published)} ${figures(published).padStart(18)} ${semevalR(PUBLISHED_LEXICON)}`);
  for (const [name, options] of LEARNED_SETTINGS) {
    const outOfFold = new Array<number>(gold.length);
    const perFold: string[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      const lexicon = withLearnedValences(fitLearnedValences(examples.filter((_, i) => folds[i] !== fold), NO_CONTEXT, options));
      const test = folds.flatMap((f, i) => (f === fold ? [i] : []));
      const scores = scoreAll(test.map((i) => nyt.articles[i]!), NO_CONTEXT, lexicon);
      test.forEach((i, k) => (outOfFold[i] = scores[k]!));
      const r = (p: number[]) => pearson(p, test.map((i) => gold[i]!));
      perFold.push(`${r(test.map((i) => published[i]!)).toFixed(3)}->${r(scores).toFixed(3)}`);
    }
    const learned = fitLearnedValences(examples, NO_CONTEXT, options);
    const lexicon = withLearnedValences(learned);
    console.log(`  ${name.padEnd(44)} ${figures(outOfFold)} ${figures(scoreAll(nyt.articles, NO_CONTEXT, lexicon)).padStart(18)} ${semevalR(lexicon)} ${Object.keys(learned).length}`);
    console.log(`    per fold, published -> learned: ${perFold.join(', ')}`);
  }
}

async function main(): Promise<number> {
  if (!existsSync(SCORER) || benchMissing(SETS)) {
    console.error(`eval:sentiment needs the bench data in ${BENCH} (nyt-editorials-dev.jsonl, semeval07-headlines-trial.jsonl, score.mjs); it is missing.`);
    return 2;
  }
  buildDist();
  const { pearson } = (await import(pathToFileURL(SCORER).href)) as { pearson: Correlation };
  const workDir = mkdtempSync(join(tmpdir(), 'eval-sentiment-'));
  try {
    const data: BenchData = new Map();
    console.log(`${'set / method'.padEnd(44)} ${'r'.padStart(6)} ${'rho'.padStart(6)} ${'acc'.padStart(6)} ${'mF1'.padStart(6)} ${'editorial r'.padStart(12)}`);
    for (const set of SETS) {
      const records = readJsonl<BenchRecord>(setPath(set));
      data.set(set, { records, articles: tokenized(records) });
      const methods: [string, Prediction[]][] = [
        ['this pipeline (learned; in-sample on NYT)', pipelinePredictions(set, workDir)],
        ['VADER (vader-sentiment 1.1.3)', vaderPredictions(records)],
        ["natural SentimentAnalyzer (afinn)", naturalPredictions(records)],
      ];
      console.log(`${set} (${records.length})`);
      for (const [name, predictions] of methods) {
        const f = officialFigures(set, predictions, workDir, name.split(' ')[0]!);
        const editorial = records[0]?.doc_id ? editorialLevel(records, new Map(predictions.map((p) => [p.id, p.score])), pearson).toFixed(3) : '';
        console.log(`  ${name.padEnd(42)} ${[f.pearson_r, f.spearman_rho, f.accuracy, f.macro_f1].map((v) => v.toFixed(3).padStart(6)).join(' ')} ${editorial.padStart(12)}`);
      }
    }
    console.log(`(accuracy and macro-F1 with labels at +-${THRESHOLDS.positiveThreshold}, the config default)`);
    ablation(data, pearson);
    if (!values['skip-cv']) {
      const nyt = data.get('nyt-editorials-dev')!;
      crossValidateRules(nyt.records, nyt.articles, pearson);
      crossValidateLearned(data, pearson);
    }
    return 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
