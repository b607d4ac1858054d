// Paths below a directory input as errors.csv names them, on Windows too: node:path is its win32 form here.
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:path', async () => (await vi.importActual<typeof import('node:path')>('node:path')).win32);
const { inputPath, textFileSource } = await import('../../src/ingest/sources.js');

describe('a path below the input on Windows', () => {
  it("is written with '/', as its files' source_file and id are", () => {
    // The listing's problems (a link loop, a broken link, a pipe) had been written with '\' where its files' rows had '/'.
    expect(inputPath('C:\\news', 'C:\\news\\2024\\bbc\\loop')).toBe('2024/bbc/loop');
    expect(inputPath('C:\\news', 'C:\\news\\2024\\feed.txt')).toBe('2024/feed.txt');
    expect(textFileSource('C:\\news', 'C:\\news\\2024\\bbc\\0001.txt')).toMatchObject({ id: '2024/bbc/0001', sourceFile: '2024/bbc/0001.txt' });
  });

  it("is '.' for the input itself (a directory that cannot be read)", () => {
    expect(inputPath('C:\\news', 'C:\\news')).toBe('.');
  });
});
