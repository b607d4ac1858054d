import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyUnion } from '../../src/analyze/lazy-union.js';

describe('LazyUnion', () => {
  it('is the Map of the union of its sources, keys in order, each value made once on first read', () => {
    const source = fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 30 }).map((entries) => new Map(entries));
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 4 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 20 }), (sources, reads) => {
        const made: string[] = [];
        const union = new LazyUnion(sources, (key) => {
          made.push(key);
          return { key };
        });
        const expectedKeys = [...new Set(sources.flatMap((s) => [...s.keys()]))];
        for (const key of reads) {
          const value = union.get(key);
          expect(value === undefined).toBe(!expectedKeys.includes(key));
          if (value) expect(union.get(key)).toBe(value);
          expect(union.has(key)).toBe(expectedKeys.includes(key));
        }
        expect(new Set(made).size).toBe(made.length);
        expect([...union.keys()]).toEqual(expectedKeys);
        expect([...union.values()]).toEqual(expectedKeys.map((key) => ({ key })));
        expect(union.size).toBe(expectedKeys.length);
        expect(made.length).toBe(expectedKeys.length);
      }),
      { numRuns: 200 },
    );
  });
});
