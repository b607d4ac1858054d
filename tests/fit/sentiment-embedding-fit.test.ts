import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_EMBEDDING_FIT, embeddedValences, solveSymmetric, type WordVectors } from '../../src/fit/sentiment-embedding-fit.js';

// Made-up 3-d vectors in frequency order: praise points along the first axis, blame along the second,
// neutral words along the third. "splendour" and "wreckage" are the words the lexicon lacks.
const table: [string, number[]][] = [
  ['the', [0.1, 0.1, 1]],
  ['city', [0, 0, 1]],
  ['good', [1, 0, 0.1]],
  ['bad', [0, 1, 0.1]],
  ['street', [0.05, 0, 1]],
  ['great', [0.9, 0.1, 0]],
  ['awful', [0.1, 0.9, 0]],
  ['splendour', [0.95, 0.05, 0.1]],
  ['wreckage', [0.05, 0.95, 0.1]],
  ['42', [1, 1, 1]],
];
const vectors: WordVectors = { words: table.map(([w]) => w), dimensions: 3, vector: (i) => table[i]![1] };
const lexicon = new Map([['good', 2], ['great', 3], ['bad', -2], ['awful', -3]]);
const NO_STOPWORDS = new Set<string>();
const options = { ...DEFAULT_EMBEDDING_FIT, lambda: 0.01, minMagnitude: 0 };

describe('solveSymmetric', () => {
  it('solves a symmetric positive definite system', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 9, maxLength: 9 }), fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }), (m, b) => {
        // B^T B + I is symmetric positive definite.
        const a = new Float64Array(9);
        for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
          let sum = i === j ? 1 : 0;
          for (let k = 0; k < 3; k++) sum += m[k * 3 + i]! * m[k * 3 + j]!;
          a[i * 3 + j] = sum;
        }
        const x = solveSymmetric(a, Float64Array.from(b), 3);
        for (let i = 0; i < 3; i++) {
          const ax = a[i * 3]! * x[0]! + a[i * 3 + 1]! * x[1]! + a[i * 3 + 2]! * x[2]!;
          expect(ax).toBeCloseTo(b[i]!, 6);
        }
      }),
    );
  });
});

describe('embeddedValences', () => {
  it('guesses valences for words the lexicon lacks from their neighbours in the vector space', () => {
    const guesses = new Map(embeddedValences(vectors, lexicon, NO_STOPWORDS, options));
    expect(guesses.get('splendour')).toBeGreaterThan(1);
    expect(guesses.get('wreckage')).toBeLessThan(-1);
    expect(Math.abs(guesses.get('street')!)).toBeLessThan(0.5);
    for (const word of lexicon.keys()) expect(guesses.has(word)).toBe(false);
    // Only words: no numbers.
    expect(guesses.has('42')).toBe(false);
  });

  it('trains frequent missing words as neutral, so they pull the guesses of similar words towards 0', () => {
    const withNeutral = new Map(embeddedValences(vectors, lexicon, NO_STOPWORDS, { ...options, neutralRank: 10 }));
    const without = new Map(embeddedValences(vectors, lexicon, NO_STOPWORDS, { ...options, neutralRank: 0 }));
    expect(Math.abs(withNeutral.get('street')!)).toBeLessThan(Math.abs(without.get('street')!) + 1e-9);
  });

  it('keeps the frequent words only, leaves out stopwords and small guesses, and lists the words in order', () => {
    expect(embeddedValences(vectors, lexicon, NO_STOPWORDS, { ...options, outputRank: 5 }).map(([w]) => w)).toEqual(['city', 'street', 'the']);
    expect(embeddedValences(vectors, lexicon, new Set(['the']), { ...options, outputRank: 5 }).map(([w]) => w)).toEqual(['city', 'street']);
    const large = embeddedValences(vectors, lexicon, NO_STOPWORDS, { ...options, minMagnitude: 1 });
    expect(large.map(([w]) => w)).toEqual(['splendour', 'wreckage']);
    expect(large.every(([, v]) => Math.abs(v) >= 1 && Math.round(v * 100) / 100 === v)).toBe(true);
  });
});
