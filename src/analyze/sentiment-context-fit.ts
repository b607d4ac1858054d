// Context valences: what the lexicon cannot see in a sentence, read from the word vectors of all its
// content words. A ridge regression fitted on rated sentences (NYT editorial snippets) predicts the
// human score from the lexicon score and the mean word vector of the sentence; since the mean is
// linear, the vector part is a sum of per-word terms, so it ships as one number per word (the
// context valence) and every word's share of a score stays visible as a driver. Fitted by
// `npm run fit:sentiment-context`, which also prints the figure cross-validated by editorial.
import { solveSymmetric } from './sentiment-embedding-fit.js';

/** One rated text as the fit sees it. */
export interface ContextExample {
  /** The scorer's score of the text without context valences. */
  base: number;
  /** Mean over its sentences of the mean unit vector of each sentence's content words. */
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
 * A word's context valence on the scale of the sentence score: its vector's share of the prediction,
 * divided by the lexicon score's weight so that the lexicon part keeps its scale, less `offset` (the
 * mean context of the training sentences, so that an ordinary sentence gets about 0).
 */
export function contextValence(unitVector: ArrayLike<number>, model: ContextModel, offset: number): number {
  let dot = 0;
  for (let d = 0; d < model.vector.length; d++) dot += unitVector[d]! * model.vector[d]!;
  return dot / model.base - offset;
}
