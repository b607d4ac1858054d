import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountTable, hashKeys } from '../../src/run/count-table.js';

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

  it('keeps several values per key through growth and retain', () => {
    const table = CountTable.empty(4, 3);
    const keys = Array.from({ length: 5000 }, (_, i) => `term ${i}`);
    const hashes = hashKeys(keys);
    keys.forEach((_, i) => {
      const at = table.entryFor(hashes[2 * i]!, hashes[2 * i + 1]!);
      table.values.set([i + 1, i * 2, i % 7], at);
    });
    const dropped = table.retain((values, at) => values[at + 2] !== 0);
    expect(dropped).toBe(keys.filter((_, i) => i % 7 === 0).length);
    const view = CountTable.fromBuffer(table.buffer, 3);
    keys.forEach((key, i) => {
      const at = view.offsetOf(key);
      if (i % 7 === 0) expect(at).toBe(-1);
      else expect([...view.values.subarray(at, at + 3)]).toEqual([i + 1, i * 2, i % 7]);
    });
    expect([...table.entries()]).toHaveLength(table.size);
  });

  it('keeps room for more keys after retain when asked, so the table does not grow back step by step', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `key ${i}`);
    const tight = CountTable.empty();
    const roomy = CountTable.empty();
    for (const table of [tight, roomy]) table.addHashes(hashKeys(keys));
    tight.retain((_, at) => Math.floor(at / 3) % 2 === 0);
    roomy.retain((_, at) => Math.floor(at / 3) % 2 === 0, 5000);
    expect(roomy.size).toBe(tight.size);
    expect(tight.size).toBeGreaterThan(1000);
    expect(tight.size).toBeLessThan(2000);
    expect(tight.capacity).toBeLessThan(5000);
    expect(roomy.capacity).toBeGreaterThanOrEqual(5000);
    const before = roomy.buffer;
    roomy.addHashes(hashKeys(Array.from({ length: 5000 - roomy.size }, (_, i) => `more ${i}`)));
    expect(roomy.buffer).toBe(before);
    expect(roomy.size).toBe(5000);
    for (const key of keys) expect(roomy.get(key)).toBe(tight.get(key));
  });

  it('prunes in place when the table keeps its size, and the kept keys and new ones are found after', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `key ${i}`);
    const table = CountTable.empty();
    keys.forEach((key, i) => table.add(key, i + 1));
    const before = table.buffer;
    const capacity = table.capacity;
    const dropped = table.retain((values, at) => values[at]! % 3 !== 0, capacity);
    expect(table.buffer).toBe(before);
    expect(table.capacity).toBe(capacity);
    expect(dropped).toBe(1000);
    expect(table.size).toBe(2000);
    keys.forEach((key, i) => expect(table.get(key)).toBe((i + 1) % 3 === 0 ? 0 : i + 1));
    table.add('new key', 7);
    expect(table.get('new key')).toBe(7);
    expect([...table.entries()]).toHaveLength(table.size);
  });

  it('refuses to change a shared view', () => {
    const view = CountTable.fromBuffer(CountTable.empty().buffer);
    expect(() => view.add('x', 1)).toThrow(/read-only/);
  });
});
