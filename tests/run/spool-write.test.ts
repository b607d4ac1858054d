// A spool file written to a disk that is nearly full: writev may write part of the batch and return
// the count (no error), as it did on a 40 MB tmpfs. The rest must still be written, so that a full
// disk ends in the ENOSPC the command line explains, not in "wrote N of M bytes".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeSpoolFile } from '../../src/run/spool.js';

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  // The first writev of each file writes 5 bytes and returns that count, as a filling disk does.
  const shortened = new Set<number>();
  const writevSync = (fd: number, buffers: NodeJS.ArrayBufferView[]): number => {
    if (shortened.has(fd)) return fs.writevSync(fd, buffers);
    shortened.add(fd);
    return fs.writeSync(fd, Buffer.concat(buffers as Uint8Array[]).subarray(0, 5));
  };
  return { ...fs, default: { ...fs, writevSync }, writevSync };
});

describe('writeSpoolFile on a short write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spool-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the rest of the records after the bytes the first write took', () => {
    const records = [Buffer.from('first record, '), Buffer.from('second record, '), Buffer.from('third')];
    const path = join(dir, '000000.bin');
    writeSpoolFile(path, records);
    expect(readFileSync(path, 'utf8')).toBe('first record, second record, third');
  });
});
