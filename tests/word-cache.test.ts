import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordCache } from '../src/word-cache.js';

describe('WordCache', () => {
  it('computes each distinct word once and gives back what was computed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('the', 'The', 'bank', 'banks', 'São', '東京', ''), { maxLength: 40 }), (words) => {
        const cache = new WordCache<string>();
        const computed: string[] = [];
        const values = words.map((word) => cache.get(word, (w) => (computed.push(w), `${w}!`)));
        expect(values).toEqual(words.map((w) => `${w}!`));
        expect(computed).toEqual([...new Set(words)]);
      }),
    );
  });

  it('gives the same value, computed once, to words met again after the recent words have started again', () => {
    const cache = new WordCache<{ word: string }>();
    let calls = 0;
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i % 12_000}`);
    const first = new Map(words.map((word) => [word, cache.get(word, (w) => (calls++, { word: w }))]));
    for (const word of [...words].reverse()) expect(cache.get(word, () => ({ word: 'recomputed' }))).toBe(first.get(word));
    expect(calls).toBe(12_000);
  });

  it('computes words too long to be real words every time', () => {
    const cache = new WordCache<number>();
    const long = 'x'.repeat(500);
    let calls = 0;
    cache.get(long, () => ++calls);
    cache.get(long, () => ++calls);
    expect(calls).toBe(2);
  });
});
