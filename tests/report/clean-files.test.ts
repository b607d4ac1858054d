// The names of clean/ files: safe on every OS, distinct where case and normalisation are ignored
// (CleanFileNames), and the files written under them (cleanTextFile).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CleanFileNames, cleanTextFile, foldedName, safeFileName } from '../../src/report/clean-files.js';
import type { CleanArticle } from '../../src/types.js';

/** Names given to ids met in batches of the given sizes, as a run gives them. */
function namesInBatches(ids: readonly string[], sizes: readonly number[]): string[] {
  const taken = new CleanFileNames();
  const batchNames = (batch: readonly string[]): string[] => {
    const names = taken.names(batch);
    return batch.map((id) => names.get(id)!);
  };
  let at = 0;
  const names = sizes.flatMap((size) => batchNames(ids.slice(at, (at += size))));
  return [...names, ...batchNames(ids.slice(at))];
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

const article: CleanArticle = {
  id: 'a/1', sourceFile: 'a/1.txt', encoding: 'utf-8', warnings: [], removedLines: [],
  metadata: { title: null, date: null, byline: null, source: null, url: null },
  body: 'The central bank raised interest rates again.',
};

describe('cleanTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clean-names-'));
  mkdirSync(join(dir, 'clean'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (id: string): string => {
    const file = cleanTextFile(dir, { ...article, id }, safeFileName(id));
    writeFileSync(file.path, file.text);
    return basename(file.path);
  };

  it('keeps ids that are safe file names as they are', () => {
    for (const id of ['000_25bcccac6cd7d71a', 'Zürich-2024.v2', '新闻'.repeat(40)]) expect(write(id)).toBe(`${id}.txt`);
    expect(safeFileName('2024/bbc/0001')).toMatch(/^2024_bbc_0001-[0-9a-f]{8}$/);
  });

  it("names a changed id by the first 8 hex digits of the id's SHA-1, so its clean file keeps its name from run to run", () => {
    // sha1('2024/bbc/0001') = 0536b37d...
    expect(safeFileName('2024/bbc/0001')).toBe('2024_bbc_0001-0536b37d');
  });

  it('hashes the names Windows keeps for devices', () => {
    for (const id of ['con', 'NUL.txt', 'com1']) expect(write(id)).toMatch(/-[0-9a-f]{8}\.txt$/);
  });

  it('gives any id, however long and in any script, a name the file system takes (at most 255 bytes)', () => {
    // 140 CJK characters are 420 bytes: before, ENAMETOOLONG ended the whole run (a JSONL id, or nested folders' names).
    const ids = ['新闻'.repeat(70), `${'Ж'.repeat(100)}/${'Ж'.repeat(100)}`, '\u{1D400}'.repeat(200), 'a'.repeat(300)];
    for (const id of ids) expect(Buffer.byteLength(write(id))).toBeLessThanOrEqual(255);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (id) => {
        expect(Buffer.byteLength(write(id))).toBeLessThanOrEqual(255);
      }),
    );
    expect(readdirSync(join(dir, 'clean')).length).toBeGreaterThan(ids.length);
  });
});
