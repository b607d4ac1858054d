import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordCache } from '../../src/text/word-cache.js';

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

  it('gives the same value, computed once, to words met again after the table has grown', () => {
    const cache = new WordCache<{ word: string }>();
    let calls = 0;
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i % 12_000}`);
    const first = new Map(words.map((word) => [word, cache.get(word, (w) => (calls++, { word: w }))]));
    for (const word of [...words].reverse()) expect(cache.get(word, () => ({ word: 'recomputed' }))).toBe(first.get(word));
    expect(calls).toBe(12_000);
  });

  it('finds a word by its place in a text as by itself, computing it once from a copy', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('the', 'The', 'bank', 'banks', 'São', '東京', '𝐀b'), { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const cache = new WordCache<string>();
        const computed: string[] = [];
        const compute = (w: string): string => (computed.push(w), `${w}!`);
        let start = 0;
        for (const word of words) {
          expect(cache.getRange(text, start, start + word.length, compute)).toBe(`${word}!`);
          expect(cache.get(word, compute)).toBe(`${word}!`);
          start += word.length + 1;
        }
        expect(computed).toEqual([...new Set(words)]);
      }),
    );
  });

  it('starts again past its size limit, still giving each word its own value', () => {
    const cache = new WordCache<string>();
    let calls = 0;
    const compute = (w: string): string => (calls++, w.toUpperCase());
    // The words given a value not their own, in one assertion: an expect per word had cost 4 s of CPU.
    const wrong: string[] = [];
    for (let i = 0; i < 250_000; i++) if (cache.get(`w${i}`, compute) !== `W${i}`) wrong.push(`w${i}`);
    for (let i = 249_000; i < 250_000; i++) if (cache.get(`w${i}`, compute) !== `W${i}`) wrong.push(`w${i} again`);
    expect(wrong).toEqual([]);
    expect(calls).toBe(250_000);
    expect(cache.get('w0', compute)).toBe('W0');
    expect(calls).toBe(250_001);
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
