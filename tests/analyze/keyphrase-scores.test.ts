import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COVERAGE_WORD_MODEL, DEFAULT_WEIGHTS, phraseScore, weightedSpecificity, wordScore } from '../../src/analyze/keyphrase-scores.js';
import type { KeyphraseCandidate } from '../../src/types.js';

const candidate = (wordScores: number[], wordInTitle: boolean[], firstPosition: number): KeyphraseCandidate => {
  const stems = wordScores.map((_, i) => `w${i}`);
  return { key: stems.join(' '), surface: stems.join(' '), stems, wordScores, wordInTitle, count: 1, firstPosition, verb: false };
};

describe('phraseScore', () => {
  const scores = fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 });
  const specificity = () => 1;

  it('falls as the phrase first appears later, and ignores the position without the decay', () => {
    fc.assert(
      fc.property(scores, fc.nat(500), fc.integer({ min: 1, max: 500 }), (wordScores, position, later) => {
        const at = (p: number, firstPositionDecay: boolean) => phraseScore(candidate(wordScores, wordScores.map(() => false), p), specificity, { ...DEFAULT_WEIGHTS, firstPositionDecay });
        expect(at(position + later, true)).toBeLessThan(at(position, true));
        expect(at(position + later, false)).toBe(at(position, false));
      }),
    );
  });

  it('rises when one of its words is in the title, and grows with each word it has', () => {
    fc.assert(
      fc.property(scores, fc.nat(4), fc.nat(100), (wordScores, titleIndex, position) => {
        const i = titleIndex % wordScores.length;
        const plain = phraseScore(candidate(wordScores, wordScores.map(() => false), position), specificity, DEFAULT_WEIGHTS);
        const inTitle = phraseScore(candidate(wordScores, wordScores.map((_, j) => j === i), position), specificity, DEFAULT_WEIGHTS);
        expect(inTitle).toBeGreaterThan(plain);
        const longer = phraseScore(candidate([...wordScores, 0.5], [...wordScores.map(() => false), false], position), specificity, DEFAULT_WEIGHTS);
        expect(longer).toBeGreaterThan(plain);
      }),
    );
  });

  it('weighs each word by its specificity: a word every article has adds nothing', () => {
    const common = (stem: string) => (stem === 'w1' ? 0 : 1);
    const withCommon = phraseScore(candidate([0.4, 0.9], [false, false], 3), common, DEFAULT_WEIGHTS);
    expect(withCommon).toBe(phraseScore(candidate([0.4], [false], 3), specificity, DEFAULT_WEIGHTS));
  });
});

describe('weightedSpecificity', () => {
  it('raises the specificity to the weight, and is 1 at weight 0', () => {
    const at = (specificity: number, weight: number) => weightedSpecificity(specificity, { ...DEFAULT_WEIGHTS, specificity: weight });
    expect(at(4, 0.5)).toBe(2);
    expect(at(3, 2)).toBe(9);
    expect(at(3, 1)).toBe(3);
    expect(at(3, 0)).toBe(1);
    // Weight 0 ignores the corpus altogether, even a word every article has.
    expect(at(0, 0)).toBe(1);
  });
});

describe('wordScore', () => {
  // One occurrence's centrality 0.5, three occurrences, specificity 2: coverage 3.
  const single = (surface: string): KeyphraseCandidate => ({ key: 'harbour', surface, stems: ['harbour'], wordScores: [0.5], wordInTitle: [false], count: 3, firstPosition: 0, verb: false });
  const specificity = (stem: string) => (stem === 'harbour' ? 2 : 0);
  const model = { capitalised: 0.5, short: 0.1 };
  const score = (surface: string) => wordScore(single(surface), specificity, model);

  it("is the word's coverage, centrality x its stem's specificity x occurrences, for a lowercase word of 4 letters or more", () => {
    expect(score('harbour')).toBe(3);
    expect(score('pier')).toBe(3);
    // Letters are counted, not characters.
    expect(score('co-op')).toBe(3);
  });

  it('takes the factor of each trait: capitalised, short, or both; an acronym has neither', () => {
    expect(score('Harbour')).toBe(1.5);
    expect(score('pie')).toBeCloseTo(0.3, 12);
    // Three letters in four characters.
    expect(score("o'er")).toBeCloseTo(0.3, 12);
    expect(score('Sgt')).toBeCloseTo(0.15, 12);
    expect(score('NATO')).toBe(3);
    expect(score('EU')).toBe(3);
  });

  it('is the coverage alone with the coverage model', () => {
    expect(wordScore(single('Sgt'), specificity, COVERAGE_WORD_MODEL)).toBe(3);
  });
});
