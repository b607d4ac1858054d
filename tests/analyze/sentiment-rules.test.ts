import { describe, expect, it } from 'vitest';
import { contextScale, DEFAULT_RULES, labelFor, LENGTH_REFERENCE, lengthWeight, normalise } from '../../src/analyze/sentiment-rules.js';

const THRESHOLDS = { positiveThreshold: 0.05, negativeThreshold: -0.05 };

describe('labelFor', () => {
  it('labels the score as printed: rounded first, then compared with the thresholds, which are labelled', () => {
    expect(labelFor(0.04996, THRESHOLDS)).toBe('positive');
    expect(labelFor(0.05, THRESHOLDS)).toBe('positive');
    expect(labelFor(-0.05, THRESHOLDS)).toBe('negative');
    expect(labelFor(-0.04996, THRESHOLDS)).toBe('negative');
    expect(labelFor(0.0449, THRESHOLDS)).toBe('neutral');
    expect(labelFor(0, THRESHOLDS)).toBe('neutral');
  });
});

describe('normalise', () => {
  it("maps a raw score of sqrt(alpha) to 0.71, keeps its sign and stays inside (-1, 1)", () => {
    expect(normalise(Math.sqrt(10), 10)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(normalise(-Math.sqrt(10), 10)).toBeCloseTo(-Math.SQRT1_2, 12);
    expect(normalise(0, 10)).toBe(0);
    expect(normalise(1e6, 10)).toBeLessThan(1);
  });
});

describe('lengthWeight', () => {
  it('damps no sentence of up to LENGTH_REFERENCE words, and a longer one by (LENGTH_REFERENCE / n) ^ length', () => {
    expect(LENGTH_REFERENCE).toBe(8);
    expect(lengthWeight(1, DEFAULT_RULES)).toBe(1);
    expect(lengthWeight(8, DEFAULT_RULES)).toBe(1);
    expect(lengthWeight(9, DEFAULT_RULES)).toBe((8 / 9) ** DEFAULT_RULES.length);
    expect(lengthWeight(32, DEFAULT_RULES)).toBe(4 ** -DEFAULT_RULES.length);
  });

  it('damps nothing when the rule is off (length 0)', () => {
    expect(lengthWeight(32, { ...DEFAULT_RULES, length: 0 })).toBe(1);
  });
});

describe('contextScale', () => {
  it("scales a short sentence's context by shortContext, a longer one's by the inverse of its length weight", () => {
    expect(contextScale(8, DEFAULT_RULES)).toBe(DEFAULT_RULES.shortContext);
    expect(contextScale(8, { ...DEFAULT_RULES, shortContext: 1 })).toBe(1);
    expect(contextScale(9, DEFAULT_RULES)).toBe(1 / lengthWeight(9, DEFAULT_RULES));
    expect(contextScale(16, DEFAULT_RULES)).toBeCloseTo(2 ** DEFAULT_RULES.length, 12);
  });
});
