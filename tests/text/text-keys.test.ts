import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextKeys } from '../../src/text/text-keys.js';

describe('TextKeys', () => {
  it('numbers the distinct ranges of a text in order of first appearance, and finds them by string, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8, unit: 'binary' }), { maxLength: 400 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 20 }), (keys, probes) => {
        const text = keys.join('');
        const index = new TextKeys(text, 1);
        const expected = new Map<string, number>();
        let at = 0;
        for (const key of keys) {
          const number = index.add(at, at + key.length);
          if (!expected.has(key)) expected.set(key, expected.size);
          expect(number).toBe(expected.get(key));
          at += key.length;
        }
        expect(index.size).toBe(expected.size);
        for (const [key, number] of expected) {
          expect(index.find(key)).toBe(number);
          expect(index.key(number)).toBe(key);
        }
        for (const probe of probes) expect(index.find(probe)).toBe(expected.get(probe) ?? -1);
      }),
      { numRuns: 200 },
    );
  });
});
