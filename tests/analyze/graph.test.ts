import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { positionRank } from '../../src/analyze/graph.js';

const sequence = (words: string[]) => words.map((word, position) => ({ word, position }));

describe('positionRank', () => {
  it('gives scores that sum to 1, one per distinct word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 60 }), (words) => {
        const scores = positionRank(sequence(words), 3);
        expect(scores.size).toBe(new Set(words).size);
        expect([...scores.values()].reduce((sum, s) => sum + s, 0)).toBeCloseTo(1, 6);
      }),
    );
  });

  it('ranks an early word above a late one with the same links', () => {
    const scores = positionRank(sequence(['early', 'hub', 'x', 'y', 'z', 'hub', 'late']), 2);
    expect(scores.get('early')!).toBeGreaterThan(scores.get('late')!);
  });

  it('ranks a word linked to many others above one linked to few', () => {
    const words = ['rare', 'filler', 'hub', 'a', 'hub', 'b', 'hub', 'c', 'hub', 'd'];
    const scores = positionRank(sequence(words), 2);
    expect(scores.get('hub')!).toBeGreaterThan(scores.get('a')!);
    expect(scores.get('hub')!).toBeGreaterThan(scores.get('rare')!);
  });

  it('links only words within the window', () => {
    const far = positionRank([{ word: 'a', position: 0 }, { word: 'b', position: 50 }], 10);
    // no link: each keeps exactly its position weight (1/1 and 1/51, normalised)
    expect(far.get('a')! / far.get('b')!).toBeCloseTo(51, 6);
  });

  it('returns nothing for an article without words', () => {
    expect(positionRank([], 10).size).toBe(0);
  });

  it('counts links of words at the same position (more links than a word has neighbours in order)', () => {
    const words = Array.from({ length: 40 }, (_, i) => ({ word: `w${i % 8}`, position: 0 }));
    const scores = positionRank(words, 10);
    expect(scores.size).toBe(8);
    // Every word is linked to every other as often: all equal.
    for (const score of scores.values()) expect(score).toBeCloseTo(1 / 8, 9);
  });
});
