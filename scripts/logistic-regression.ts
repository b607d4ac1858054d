// Weighted L2-regularised logistic regression fitted by Newton's method, for the fit scripts'
// small models (few features, so the fit is exact).

export interface Sample {
  /** Feature values; the first is the constant 1 (the intercept, not regularised). */
  features: readonly number[];
  label: boolean;
  weight: number;
}

/** Weights, one per feature, of the model P(label) = 1 / (1 + exp(-weights . features)). */
export function fitLogistic(samples: readonly Sample[], l2: number, newtonSteps: number): number[] {
  const n = samples[0]!.features.length;
  let weights = new Array<number>(n).fill(0);
  const totalWeight = samples.reduce((sum, s) => sum + s.weight, 0);
  for (let step = 0; step < newtonSteps; step++) {
    const gradient = weights.map((w, j) => (j === 0 ? 0 : l2 * w));
    const hessian = weights.map((_, j) => weights.map((__, k) => (j === k && j > 0 ? l2 : 0)));
    for (const sample of samples) {
      let z = 0;
      for (let j = 0; j < n; j++) z += weights[j]! * sample.features[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const share = sample.weight / totalWeight;
      const error = (p - (sample.label ? 1 : 0)) * share;
      const curvature = p * (1 - p) * share;
      for (let j = 0; j < n; j++) {
        gradient[j]! += error * sample.features[j]!;
        for (let k = 0; k <= j; k++) hessian[j]![k]! += curvature * sample.features[j]! * sample.features[k]!;
      }
    }
    for (let j = 0; j < n; j++) for (let k = j + 1; k < n; k++) hessian[j]![k] = hessian[k]![j]!;
    const delta = solve(hessian, gradient);
    weights = weights.map((w, j) => w - delta[j]!);
  }
  return weights;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}
