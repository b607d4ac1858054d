import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contextValence, fitContextModel, frequencyWeight, type ContextModel } from '../../src/analyze/sentiment-context-fit.js';

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
