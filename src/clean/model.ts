// The line model: logistic regression over the features of line-features.ts. Its weights are fitted by
// scripts/train-clean.ts on the development benchmark and committed in weights.ts.
import { FEATURES } from './line-features.js';
import { LINE_MODEL } from './weights.js';

export interface LineModel {
  /** One weight per feature of FEATURES, in order. */
  weights: readonly number[];
  /** Mean feature vector of body lines: removal reasons name the feature that differs most from it. */
  bodyMean: readonly number[];
}

export const DEFAULT_MODEL: LineModel = LINE_MODEL;

/** Probability that a line with these features is article body. */
export function bodyProbability(features: ArrayLike<number>, model: LineModel): number {
  let z = 0;
  for (let j = 0; j < features.length; j++) z += model.weights[j]! * features[j]!;
  return 1 / (1 + Math.exp(-z));
}

/** The reason of the feature that, compared with a typical body line, counts most against this line. */
export function explainRemoval(features: ArrayLike<number>, model: LineModel): string {
  let worst = 0;
  let reason = FEATURES[0]!.reason;
  for (let j = 1; j < features.length; j++) {
    const contribution = model.weights[j]! * (features[j]! - model.bodyMean[j]!);
    if (contribution < worst) {
      worst = contribution;
      reason = FEATURES[j]!.reason;
    }
  }
  return reason;
}
