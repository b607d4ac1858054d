// Fits the single-word model of the keyphrase ranking (WordModel in src/analyze/keyphrase-scores.ts): a
// logistic regression of "this word is a gold keyphrase" on log(coverage), capitalised and short,
// over the single-word candidates of KPCrowd train (the gold with many single words; DUC-2001 dev
// is kept out of the fit and only scored). Each article weighs the same. A trait's factor is the
// coverage worth as much as the trait: exp(trait coefficient / log-coverage coefficient). Prints the
// model to put in FITTED_WORD_MODEL and a 5-fold cross-validation over articles: the model fitted
// on four fifths of KPCrowd ranks the fifth fifth of both sets, at several
// keyphrases.singleWordWeight values, against the coverage-only word score at the same weights.
// --strip-headline scores KPCrowd bodies without their first line when it repeats the headline
// (as the cleaner would remove it; DUC bodies have no such line), to check that a gain does not
// come from that line.
//   npx tsx scripts/fit-keyphrase-words.ts [--strip-headline]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../src/analyze/index.js';
import { COVERAGE_WORD_MODEL, DEFAULT_WEIGHTS, rankKeyphrases, wordEvidence, type WordModel } from '../src/analyze/keyphrases.js';
import { addToCorpus, documentFrequencies, emptyCorpusSummary } from '../src/analyze/terms.js';
import { loadConfig } from '../src/config.js';
import { runStopwords, stemmerFor } from '../src/text/language.js';
import type { ArticleAnalysis, CleanArticle, CorpusStats } from '../src/types.js';
import { KEYPHRASE_BENCH, loadKeyphraseScorer, readBenchArticles } from './keyphrase-bench-data.js';
import { fitLogistic, type Sample } from './logistic-regression.js';

const { evaluate, makeNormalizer } = await loadKeyphraseScorer('Nothing to fit.');
const normalise = makeNormalizer();
const config = loadConfig('pipeline.config.json', false);
const tokenizer = { stopwords: runStopwords(config), stem: stemmerFor(config.language) };
const FOLDS = 5;
const L2 = 1e-3;
const NEWTON_STEPS = 12;
const WEIGHTS_SHOWN = [0.1, 0.2, 0.3, 0.4, 0.5, 1, 1000];
const stripHeadline = process.argv.includes('--strip-headline');

interface BenchSet {
  gold: Array<{ id: string; keyphrases: string[] }>;
  analyses: ArticleAnalysis[];
  corpus: CorpusStats;
}

function loadSet(name: string): BenchSet {
  const path = resolve(KEYPHRASE_BENCH, `${name}.jsonl`);
  const gold = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BenchSet['gold'][number]);
  const stats = emptyCorpusSummary();
  const analyses = readBenchArticles(path).map((read) => {
    const article = stripHeadline ? withoutHeadlineLine(read) : read;
    const analysis = analyzeArticle(article, { tokenizer, ngramRange: config.terms.ngramRange, sentiment: config.sentiment, keyphraseWords: true });
    addToCorpus(stats, analysis.termCounts);
    return analysis;
  });
  return { gold, analyses, corpus: documentFrequencies(stats) };
}

/** The article without a first line that repeats its headline. */
function withoutHeadlineLine(article: CleanArticle): CleanArticle {
  const title = article.metadata.title;
  const [first, ...rest] = article.body.split('\n');
  return title && first!.trim() === title.trim() ? { ...article, body: rest.join('\n') } : article;
}

/** One sample per single-word candidate of the chosen articles: features [1, log coverage, capitalised, short]. */
function samplesOf(set: BenchSet, chosen: (index: number) => boolean): Sample[] {
  return set.analyses.flatMap((analysis, i) => {
    if (!chosen(i)) return [];
    const answers = new Set(set.gold[i]!.keyphrases.map((k) => normalise.phrase(k)));
    const words = analysis.keyphraseCandidates.words;
    return words.map((word) => {
      const evidence = wordEvidence(word, set.corpus, DEFAULT_WEIGHTS);
      return {
        features: [1, Math.log(evidence.coverage), evidence.capitalised ? 1 : 0, evidence.short ? 1 : 0],
        label: answers.has(normalise.phrase(word.surface)),
        weight: 1 / words.length,
      };
    });
  });
}

function fitWordModel(samples: readonly Sample[]): WordModel {
  const [, coverage, capitalised, short] = fitLogistic(samples, L2, NEWTON_STEPS);
  const factor = (coefficient: number): number => Number(Math.exp(coefficient / coverage!).toPrecision(2));
  return { capitalised: factor(capitalised!), short: factor(short!) };
}

/** Macro F1@10 of the chosen articles ranked with this word model and single-word weight. */
function f1At10(set: BenchSet, chosen: (index: number) => boolean, words: WordModel, singleWordWeight: number): { f1: number; articles: number } {
  const indices = set.analyses.map((_, i) => i).filter(chosen);
  const predictions = indices.map((i) => ({
    id: set.gold[i]!.id,
    keyphrases: rankKeyphrases(set.analyses[i]!.keyphraseCandidates, set.corpus, { limit: 10, singleWordWeight }, { ...DEFAULT_WEIGHTS, words }).map((k) => k.keyphrase),
  }));
  return { f1: evaluate(indices.map((i) => set.gold[i]), predictions).macro[10]!.F1, articles: indices.length };
}

const duc = loadSet('duc2001-dev');
const kpc = loadSet('kpcrowd-train');
console.log(`fitted on all of KPCrowd train: ${JSON.stringify(fitWordModel(samplesOf(kpc, () => true)))}`);

// Pooled held-out macro F1@10 per weight: each fold's model ranks that fold's articles of both sets.
const pooled = (set: BenchSet, modelOf: (fold: number) => WordModel, weight: number): number => {
  let sum = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const { f1, articles } = f1At10(set, (i) => i % FOLDS === fold, modelOf(fold), weight);
    sum += f1 * articles;
  }
  return sum / set.analyses.length;
};
const foldModels = Array.from({ length: FOLDS }, (_, fold) => fitWordModel(samplesOf(kpc, (i) => i % FOLDS !== fold)));
console.log(`fold models: ${foldModels.map((m) => `${m.capitalised} / ${m.short}`).join(', ')} (capitalised / short)`);
console.log('\n5-fold held-out macro F1@10, DUC-2001 dev / KPCrowd train:');
console.log('singleWordWeight'.padEnd(18) + 'coverage only'.padStart(18) + 'fitted word model'.padStart(22));
for (const weight of WEIGHTS_SHOWN) {
  const cells = [() => COVERAGE_WORD_MODEL, (fold: number) => foldModels[fold]!].map((modelOf) => `${pooled(duc, modelOf, weight).toFixed(2)} / ${pooled(kpc, modelOf, weight).toFixed(2)}`);
  console.log(String(weight).padEnd(18) + cells[0]!.padStart(18) + cells[1]!.padStart(22));
}
