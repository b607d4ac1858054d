import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contextValence, fitContextModel, frequencyWeight, pairedBootstrapError, weightedPearson, type ContextModel,
} from '../../src/fit/sentiment-context-fit.js';

const unit = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 });

describe('frequencyWeight', () => {
  it('weighs frequent words less, approaches 1 for rare words, and is 1 everywhere without smoothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400_000 }), fc.integer({ min: 1, max: 400_000 }), fc.integer({ min: 1, max: 10_000 }), (a, b, smoothing) => {
        const [frequent, rare] = a < b ? [a, b] : [b, a];
        expect(frequencyWeight(frequent, smoothing)).toBeLessThanOrEqual(frequencyWeight(rare, smoothing));
        expect(frequencyWeight(rare, smoothing)).toBeGreaterThan(0);
        expect(frequencyWeight(rare, smoothing)).toBeLessThan(1);
        expect(frequencyWeight(frequent, 0)).toBe(1);
      }),
    );
    expect(frequencyWeight(1000, 1000)).toBe(0.5);
  });
});

describe('contextValence', () => {
  it('with weights: the mean of the words\' valences is the model\'s share of the weighted mean vector, less the offset', () => {
    const model: ContextModel = { base: 2, vector: Float64Array.from([0.5, -1, 0.25]), intercept: 0 };
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, fc.integer({ min: 1, max: 50_000 })), { minLength: 1, maxLength: 6 }), fc.double({ min: -1, max: 1, noNaN: true }), (words, offset) => {
        const smoothing = 300;
        const mean = [0, 1, 2].map((d) => words.reduce((sum, [v, rank]) => sum + frequencyWeight(rank, smoothing) * v[d]!, 0) / words.length);
        const valences = words.map(([v, rank]) => contextValence(v, model, offset, frequencyWeight(rank, smoothing)));
        expect(valences.reduce((sum, v) => sum + v, 0) / words.length).toBeCloseTo(contextValence(mean, model, offset), 10);
      }),
    );
  });
});

describe('fitContextModel', () => {
  it('recovers the weights of a noiseless linear relation when the penalty is small', () => {
    const examples = [
      [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [0.5, 0, 1], [0.2, 0.7, 0.1], [0.9, 0.3, 0.4],
    ].map((v, i) => {
      const base = (i % 3) - 1;
      return { base, meanVector: Float64Array.from(v), score: 2 * base + v[0]! - 3 * v[1]! + 0.5 * v[2]! + 0.25 };
    });
    const model = fitContextModel(examples, 1e-9);
    expect(model.base).toBeCloseTo(2, 5);
    expect([...model.vector].map((w) => Math.round(w * 1e5) / 1e5)).toEqual([1, -3, 0.5]);
    expect(model.intercept).toBeCloseTo(0.25, 5);
  });
});

const pearson = (x: readonly number[], y: readonly number[]): number => weightedPearson(x, y, x.map(() => 1));

describe('weightedPearson', () => {
  it('counts a point of weight k as k copies of it', () => {
    // Integers keep the comparison free of rounding (near-constant doubles make r itself ill-conditioned).
    const point = fc.tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), (points) => {
        const copies = points.flatMap(([x, y, k]) => Array.from({ length: k }, () => [x, y] as const));
        const r = pearson(copies.map((c) => c[0]), copies.map((c) => c[1]));
        fc.pre(Number.isFinite(r));
        expect(weightedPearson(points.map((p) => p[0]), points.map((p) => p[1]), points.map((p) => p[2]))).toBeCloseTo(r, 9);
      }),
    );
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });
});

describe('pairedBootstrapError', () => {
  const gold = [0.1, -0.4, 0.9, 0.3, -1.2, 0.5, 0.0, -0.3, 1.1, -0.8, 0.2, 0.6];
  const groups = gold.map((_, i) => `g${Math.floor(i / 2)}`);
  const close = gold.map((g, i) => g + (i % 3) * 0.1);
  const far = gold.map((g, i) => (i % 2 ? g : -g));
  const lcg = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it('is 0 for identical predictions and grows with how differently two predictions fit', () => {
    expect(pairedBootstrapError(close, close, gold, groups, 200, lcg(1))).toBe(0);
    const small = pairedBootstrapError(gold, close, gold, groups, 200, lcg(1));
    const large = pairedBootstrapError(gold, far, gold, groups, 200, lcg(1));
    expect(small).toBeGreaterThan(0);
    expect(large).toBeGreaterThan(small);
  });

  it('is deterministic for a given random source', () => {
    expect(pairedBootstrapError(gold, far, gold, groups, 100, lcg(7))).toBe(pairedBootstrapError(gold, far, gold, groups, 100, lcg(7)));
  });
});
