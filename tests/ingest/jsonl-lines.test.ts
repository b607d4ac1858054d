import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/ingest/jsonl-lines.js';
import { tempDir } from '../helpers.js';

describe('readLines', () => {
  it('splits on LF, drops CR before it and a leading BOM, counts bytes of every line', async () => {
    const path = join(tempDir(), 'lines.txt');
    writeFileSync(path, '\uFEFFone\r\ntwo\n\nthré\n' + 'z'.repeat(50));
    const lines = [];
    for await (const line of readLines(path, 20)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'one', bytes: 4, invalid: 0 },
      { number: 2, text: 'two', bytes: 3, invalid: 0 },
      { number: 3, text: '', bytes: 0, invalid: 0 },
      { number: 4, text: 'thré', bytes: 5, invalid: 0 },
      { number: 5, text: null, bytes: 50, invalid: 0 },
    ]);
  });

  it('splits a file whose line ends are CR only (classic Mac OS) on CR, also across chunks', async () => {
    const path = join(tempDir(), 'mac.jsonl');
    const records = ['{"id":"a","text":"One."}', '{"id":"b","text":"Two."}', '', 'x'.repeat(70000), '{"id":"c","text":"Three."}'];
    writeFileSync(path, records.join('\r') + '\r');
    const lines = [];
    for await (const line of readLines(path, 100000)) lines.push(line.text);
    expect(lines).toEqual(records);
  });

  it('reads a file whose line ends change from CR to CRLF (old records, then new ones) with each record on its line, wherever the stream splits it', async () => {
    // Split on CR, each CRLF line had left its LF at the start of the next record and a last line of "\n"
    // (the records parsed, JSON errors gave positions one off).
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-z{}":]{0,5}$/), { minLength: 2, maxLength: 6 }), fc.array(fc.constantFrom('\r', '\r\n'), { minLength: 6, maxLength: 6 }), fc.integer({ min: 1, max: 8 }), async (texts, ends, chunk) => {
        const path = join(tempDir(), 'ends.jsonl');
        writeFileSync(path, texts.map((text, i) => text + (i === 0 ? '\r' : ends[i]!)).join(''));
        const lines = [];
        for await (const line of readLines(path, 1000, { chunkBytes: chunk })) lines.push({ number: line.number, text: line.text });
        expect(lines).toEqual(texts.map((text, i) => ({ number: i + 1, text })));
      }),
      { numRuns: 200 },
    );
  });

  it('tells CR-only line ends from CRLF by the first line end, wherever the stream splits it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-z{}":]{0,5}$/), { minLength: 1, maxLength: 6 }), fc.constantFrom('\r', '\n', '\r\n'), fc.integer({ min: 1, max: 8 }), async (texts, end, chunk) => {
        const path = join(tempDir(), 'ends.jsonl');
        writeFileSync(path, texts.join(end) + end);
        const lines = [];
        for await (const line of readLines(path, 1000, { chunkBytes: chunk })) lines.push(line.text);
        expect(lines).toEqual(texts);
      }),
      { numRuns: 200 },
    );
  });
});
