import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountTable, hashKeys } from '../src/count-table.js';

describe('CountTable', () => {
  it('counts like a Map of strings, through growth, and another thread\'s view reads the same', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 5 })), { maxLength: 3000 }), (additions) => {
        const table = CountTable.empty(4);
        const expected = new Map<string, number>();
        for (const [key, delta] of additions) {
          table.add(key, delta);
          expected.set(key, (expected.get(key) ?? 0) + delta);
        }
        expect(table.size).toBe(expected.size);
        const view = CountTable.fromBuffer(table.buffer);
        for (const [key, count] of expected) {
          expect(table.get(key)).toBe(count);
          expect(view.get(key)).toBe(count);
        }
        expect(view.get('\u0000never added')).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('adds hashes computed elsewhere as if the keys had been added', () => {
    const keys = ['wall street', 'oil', 'oil price', 'Oil', ''];
    const byKey = CountTable.empty();
    for (const key of keys) byKey.add(key, 1);
    const byHash = CountTable.empty();
    byHash.addHashes(hashKeys(keys));
    byHash.addHashes(hashKeys(['oil']));
    for (const key of keys) expect(byHash.get(key)).toBe(byKey.get(key) + (key === 'oil' ? 1 : 0));
  });

  it('refuses to change a shared view', () => {
    const view = CountTable.fromBuffer(CountTable.empty().buffer);
    expect(() => view.add('x', 1)).toThrow(/read-only/);
  });
});
