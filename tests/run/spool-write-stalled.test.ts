// A spool file whose writes stop taking bytes without an error (write returns 0): the loop that
// writes the rest after a short writev must end with an error naming the file, not spin forever.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeSpoolFile } from '../../src/run/spool.js';

/** Writes the mocked writeSync took before it gave up on a loop that does not stop by itself. */
const MAX_CALLS = 1000;

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  let calls = 0;
  const writevSync = (): number => 0;
  const writeSync = (): number => {
    if (++calls > MAX_CALLS) throw new Error('writeSync called again and again after it wrote nothing');
    return 0;
  };
  return { ...fs, default: { ...fs, writevSync, writeSync }, writevSync, writeSync };
});

describe('writeSpoolFile when writes take nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spool-stalled-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails naming the file and the bytes written', () => {
    const path = join(dir, '000000.bin');
    expect(() => writeSpoolFile(path, [Buffer.from('a record')])).toThrow(/000000\.bin: wrote 0 of 8 bytes/u);
  });
});
