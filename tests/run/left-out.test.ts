// A batch run one source at a time after its worker thread ran out of memory, joined back into one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDetailRows, renderDetails } from '../../src/report/worker-rows.js';
import { textFileSource } from '../../src/ingest/index.js';
import { joinParts, partSpoolFile } from '../../src/run/left-out.js';
import type { AnalyzeResult } from '../../src/tasks.js';
import type { Source } from '../../src/types.js';
import { tempDir } from '../helpers.js';

const inputDir = '/in';
const source = (name: string): Source => textFileSource(inputDir, join(inputDir, `${name}.txt`));
const part = (id: string): AnalyzeResult => ({
  items: [{ kind: 'analysed', id, sourceFile: `${id}.txt`, terms: new Uint32Array(), problems: [], bodyKey: null, signature: null }],
  details: renderDetails(emptyDetailRows()),
  complete: true,
});

describe('joinParts', () => {
  it("puts an error row in the place of each source left out, and joins the others' spool files into the batch's", async () => {
    const spoolFile = join(tempDir('left-out-'), '000000.bin');
    writeFileSync(partSpoolFile(spoolFile, 0), 'first;');
    writeFileSync(partSpoolFile(spoolFile, 2), 'third;');
    const joined = await joinParts([source('a'), source('b'), source('c')], [part('a'), part('c')], new Set([1]), spoolFile, true);
    expect(joined.items.map((item) => (item.kind === 'analysed' ? item.id : item.problem.articleId))).toEqual(['a', 'b', 'c']);
    expect(joined.items[1]).toEqual({
      kind: 'problem',
      problem: { sourceFile: 'b.txt', articleId: 'b', stage: 'analyze', severity: 'error', problem: expect.stringMatching(/^ran out of memory while being analysed .* limits\.maxFileBytes/) },
    });
    expect(joined.complete).toBe(true);
    expect(readFileSync(spoolFile, 'utf8')).toBe('first;third;');
    expect([0, 2].map((index) => existsSync(partSpoolFile(spoolFile, index)))).toEqual([false, false]);
  });

  it('names the whole batch spool file for part null', () => {
    expect(partSpoolFile('/s/000001.bin', null)).toBe('/s/000001.bin');
    expect(partSpoolFile('/s/000001.bin', 4)).toBe('/s/000001.bin.4');
  });
});
