import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { positionRank } from '../../src/analyze/position-rank.js';

const sequence = (words: string[]) => words.map((word, position) => ({ word, position }));

/**
 * PositionRank as written first: pairs in a Map in first-seen order, ranks scattered over both
 * directions of each pair per iteration. positionRank sums each node's in-links instead; the same
 * terms in the same order, so the scores must be equal to the bit.
 */
function scatteredRank(occurrences: ReadonlyArray<{ word: string; position: number }>, window: number): Map<string, number> {
  const ids = new Map<string, number>();
  const node = occurrences.map(({ word }) => ids.get(word) ?? ids.set(word, ids.size).size - 1);
  const jump: number[] = new Array(ids.size).fill(0);
  const pairs = new Map<string, { a: number; b: number; weight: number }>();
  occurrences.forEach((occurrence, i) => {
    jump[node[i]!]! += 1 / (occurrence.position + 1);
    for (let j = i + 1; j < occurrences.length && occurrences[j]!.position - occurrence.position < window; j++) {
      if (node[i] === node[j]) continue;
      const [a, b] = [Math.min(node[i]!, node[j]!), Math.max(node[i]!, node[j]!)];
      const pair = pairs.get(`${a} ${b}`);
      if (pair) pair.weight++;
      else pairs.set(`${a} ${b}`, { a, b, weight: 1 });
    }
  });
  const total = jump.reduce((sum, v) => sum + v, 0);
  const start = jump.map((v) => (total > 0 ? v / total : v));
  const out: number[] = new Array(ids.size).fill(0);
  for (const { a, b, weight } of pairs.values()) {
    out[a]! += weight;
    out[b]! += weight;
  }
  let rank = [...start];
  for (let iteration = 0; iteration < 100; iteration++) {
    const dangling = rank.reduce((sum, r, v) => (out[v] === 0 ? sum + r : sum), 0);
    const next: number[] = new Array(ids.size).fill(0);
    for (const { a, b, weight } of pairs.values()) {
      next[b]! += rank[a]! * (weight / out[a]!);
      next[a]! += rank[b]! * (weight / out[b]!);
    }
    let change = 0;
    next.forEach((linked, v) => {
      next[v] = (1 - 0.85) * start[v]! + 0.85 * (linked + dangling * start[v]!);
      change += Math.abs(next[v]! - rank[v]!);
    });
    rank = next;
    if (change < 1e-3) break;
  }
  return new Map([...ids].map(([word, i]) => [word, rank[i]!]));
}

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

  it('gives the scores of the scattered formulation, to the bit', () => {
    const occurrences = fc.array(fc.record({ word: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), gap: fc.integer({ min: 0, max: 4 }) }), { maxLength: 120 });
    fc.assert(
      fc.property(occurrences, fc.integer({ min: 1, max: 12 }), (drawn, window) => {
        let position = 0;
        const sequenceWithGaps = drawn.map(({ word, gap }) => ({ word, position: (position += gap) }));
        const expected = scatteredRank(sequenceWithGaps, window);
        const scores = positionRank(sequenceWithGaps, window);
        expect([...scores.keys()]).toEqual([...expected.keys()]);
        for (const [word, score] of expected) expect(Object.is(scores.get(word), score)).toBe(true);
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
