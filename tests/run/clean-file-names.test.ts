import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CleanFileNames, fileNameOf, foldedName } from '../../src/run/clean-file-names.js';
import { safeFileName } from '../../src/report/index.js';

/** Names given to ids met in batches of the given sizes, as a run gives them. */
function namesInBatches(ids: readonly string[], sizes: readonly number[]): string[] {
  const names = new CleanFileNames();
  const renamings = new Map<string, string>();
  let at = 0;
  for (const size of sizes) {
    for (const [id, name] of names.renamings(ids.slice(at, at + size))) renamings.set(id, name);
    at += size;
  }
  for (const [id, name] of names.renamings(ids.slice(at))) renamings.set(id, name);
  return ids.map((id) => fileNameOf(id, renamings));
}

// Ids and their variants in case and normalisation: what meets on macOS and Windows volumes.
const variant = (id: string, upper: (i: number) => boolean, decomposed: boolean): string =>
  [...id].map((c, i) => (upper(i) ? c.toUpperCase() : c.toLowerCase())).join('').normalize(decomposed ? 'NFD' : 'NFC');
const ids = fc
  .array(fc.tuple(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('story', 'straße', 'zürich', 'Ärger', 'con', 'constructor', '__proto__')), fc.func(fc.boolean()), fc.boolean()), { maxLength: 12 })
  .map((parts) => [...new Set(parts.flatMap(([id, upper, decomposed]) => [id, variant(id, upper, decomposed)]))]);

describe('CleanFileNames', () => {
  it('keeps the first of ids that differ only in case their safe name and hashes the others', () => {
    const names = namesInBatches(['story', 'Story', 'STORY', 'zürich', 'zu\u0308rich', 'other'], []);
    expect(names[0]).toBe('story');
    expect(names[3]).toBe('zürich');
    expect(names[5]).toBe('other');
    for (const i of [1, 2, 4]) expect(names[i]).toMatch(/-[0-9a-f]{8}$/);
  });

  it('gives distinct ids names that differ as those volumes compare them, whatever the batches', () => {
    fc.assert(
      fc.property(ids, fc.array(fc.nat(5), { maxLength: 4 }), (distinct, sizes) => {
        const names = namesInBatches(distinct, sizes);
        expect(new Set(names.map(foldedName)).size).toBe(distinct.length);
        expect(names).toEqual(namesInBatches(distinct, []));
        // An id whose name no earlier id has keeps its safe name.
        const seen = new Set<string>();
        distinct.forEach((id, i) => {
          if (!seen.has(foldedName(safeFileName(id)))) expect(names[i]).toBe(safeFileName(id));
          seen.add(foldedName(names[i]!));
        });
      }),
      { numRuns: 300 },
    );
  });
});
