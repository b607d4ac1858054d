import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, phraseScore } from '../../src/analyze/keyphrase-scores.js';
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
