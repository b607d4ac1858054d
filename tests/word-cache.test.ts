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

  it('computes words too long to be real words every time', () => {
    const cache = new WordCache<number>();
    const long = 'x'.repeat(500);
    let calls = 0;
    cache.get(long, () => ++calls);
    cache.get(long, () => ++calls);
    expect(calls).toBe(2);
  });
});
