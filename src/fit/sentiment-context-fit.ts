// Context valences: what the lexicon cannot see in a sentence, read from the word vectors of all its
// content words. A ridge regression fitted on rated sentences (NYT editorial snippets) predicts the
// human score from the lexicon score and the mean word vector of the sentence (each word's vector
// weighted down the more frequent the word is); since the mean is linear, the vector part is a sum of
// per-word terms, so it ships as one number per word (the
// context valence) and every word's share of a score stays visible as a driver. Fitted by
// `npm run fit:sentiment-context`, which also prints the figure cross-validated by editorial; a run
// never loads this module, only the scripts and tests do.
import { solveSymmetric } from './sentiment-embedding-fit.js';

/** One rated text as the fit sees it. */
export interface ContextExample {
  /** The scorer's score of the text without context valences. */
  base: number;
  /**
   * Mean over its sentences of the mean weighted unit vector of each sentence's content words (frequencyWeight),
   * less the training sentences' mean, times the factor the scorer scales that sentence's context by.
   */
  meanVector: Float64Array;
  score: number;
}

export interface ContextModel {
  /** Weight of the lexicon score. */
  base: number;
  /** Weights of the mean vector. */
  vector: Float64Array;
  intercept: number;
}

/** Ridge fit; the penalty applies to the vector weights only, not to the lexicon score's weight or the intercept. */
export function fitContextModel(examples: readonly ContextExample[], lambda: number): ContextModel {
  const dimensions = examples[0]!.meanVector.length;
  const n = dimensions + 2;
  const gram = new Float64Array(n * n);
  const moment = new Float64Array(n);
  const row = new Float64Array(n);
  for (const example of examples) {
    row.set(example.meanVector);
    row[dimensions] = example.base;
    row[dimensions + 1] = 1;
    for (let i = 0; i < n; i++) {
      moment[i]! += row[i]! * example.score;
      for (let j = 0; j <= i; j++) gram[i * n + j]! += row[i]! * row[j]!;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) gram[j * n + i] = gram[i * n + j]!;
    if (i < dimensions) gram[i * n + i]! += lambda;
  }
  const weights = solveSymmetric(gram, moment, n);
  return { vector: weights.slice(0, dimensions), base: weights[dimensions]!, intercept: weights[dimensions + 1]! };
}

/**
 * Weight of a word's vector in its sentence's vector: smooth inverse frequency (Arora, Liang and Ma,
 * "A simple but tough-to-beat baseline for sentence embeddings", 2017), a / (a + p(w)), with the word's
 * probability p(w) taken from its frequency rank by Zipf's law (p proportional to 1 / rank), which gives
 * rank / (rank + smoothing). Frequent words ("said", "year", "people") say little about a sentence's
 * tone, rarer ones more. Smoothing 0: every word weighs 1.
 */
export const frequencyWeight = (rank: number, smoothing: number): number => (smoothing === 0 ? 1 : rank / (rank + smoothing));

/**
 * A word's context valence on the scale of the sentence score: its weighted vector's share of the
 * prediction, divided by the lexicon score's weight so that the lexicon part keeps its scale, less
 * `offset` (the mean context of the training sentences, so that an ordinary sentence gets about 0).
 * The sentence's mean vector is a mean of weighted word vectors, so its share of the prediction is the
 * mean of its words' context valences: the scorer needs one number per word, not the weights.
 */
export function contextValence(unitVector: ArrayLike<number>, model: ContextModel, offset: number, weight = 1): number {
  let dot = 0;
  for (let d = 0; d < model.vector.length; d++) dot += unitVector[d]! * model.vector[d]!;
  return (weight * dot) / model.base - offset;
}

/** Pearson r of x and y with each point counted `weights[i]` times. */
export function weightedPearson(x: ArrayLike<number>, y: ArrayLike<number>, weights: ArrayLike<number>): number {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    n += weights[i]!;
    mx += weights[i]! * x[i]!;
    my += weights[i]! * y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += weights[i]! * dx * dy;
    sxx += weights[i]! * dx * dx;
    syy += weights[i]! * dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Standard error of r(a, gold) - r(b, gold) by a paired bootstrap over groups (editorials): each
 * resample draws as many groups as there are, with replacement, and takes all their points. Used to
 * tell whether two settings' cross-validated figures differ by more than their noise.
 */
export function pairedBootstrapError(
  a: ArrayLike<number>, b: ArrayLike<number>, gold: ArrayLike<number>, groups: readonly string[], resamples: number, random: () => number,
): number {
  const ids = new Map<string, number>();
  for (const g of groups) if (!ids.has(g)) ids.set(g, ids.size);
  const groupOf = groups.map((g) => ids.get(g)!);
  const drawn = new Float64Array(ids.size);
  const weights = new Float64Array(groups.length);
  const differences: number[] = [];
  for (let r = 0; r < resamples; r++) {
    drawn.fill(0);
    for (let k = 0; k < ids.size; k++) drawn[Math.floor(random() * ids.size)]!++;
    for (let i = 0; i < groups.length; i++) weights[i] = drawn[groupOf[i]!]!;
    differences.push(weightedPearson(a, gold, weights) - weightedPearson(b, gold, weights));
  }
  const mean = differences.reduce((sum, d) => sum + d, 0) / resamples;
  return Math.sqrt(differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (resamples - 1));
}
