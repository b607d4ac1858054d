// The look at the input that decides whether worker threads start before the config is validated.
// (Threads themselves need dist/run/worker.js: tests/pipeline.parallel.test.ts runs them.)
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputHasMoreThan, startWorkersEarly } from '../../src/run/early-workers.js';
import { tempDir as tempDirOf } from '../helpers.js';

const tempDir = () => tempDirOf('early-workers-');

function tree(files: string[]): string {
  const root = tempDir();
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'text');
  }
  return root;
}

describe('inputHasMoreThan', () => {
  it('counts .txt files (any case) in nested directories, not other files', () => {
    const files = Array.from({ length: 6 }, (_, i) => `${i % 3}/sub/${i}.${i % 2 ? 'TXT' : 'txt'}`);
    const root = tree([...files, 'a/notes.md', 'b/data.json', 'c/x.txt.bak']);
    expect(inputHasMoreThan(root, 5)).toBe(true);
    expect(inputHasMoreThan(root, 6)).toBe(false);
  });

  it('does not follow symbolic links', () => {
    const target = tree(['1.txt', '2.txt', '3.txt']);
    const root = tree(['0.txt']);
    symlinkSync(target, join(root, 'linked'));
    expect(inputHasMoreThan(root, 1)).toBe(false);
  });

  it('counts the lines of a .jsonl file, and nothing in another file', () => {
    const dir = tempDir();
    const jsonl = join(dir, 'a.jsonl');
    writeFileSync(jsonl, '{}\n'.repeat(4) + '{}');
    expect(inputHasMoreThan(jsonl, 3)).toBe(true);
    expect(inputHasMoreThan(jsonl, 4)).toBe(false);
    const capitals = join(dir, 'B.JSONL');
    writeFileSync(capitals, '{}\n'.repeat(4));
    expect(inputHasMoreThan(capitals, 3)).toBe(true);
    const other = join(dir, 'a.json');
    writeFileSync(other, '{}\n'.repeat(10));
    expect(inputHasMoreThan(other, 1)).toBe(false);
  });

  it('is false for a path that does not exist', () => {
    expect(inputHasMoreThan(join(tempDir(), 'missing'), 0)).toBe(false);
  });
});

describe('startWorkersEarly', () => {
  const large = tree(Array.from({ length: 40 }, (_, i) => `${i}.txt`));

  it('starts nothing without an input, for one thread or an invalid thread count, or a small input', () => {
    expect(startWorkersEarly(undefined, {})).toBeNull();
    expect(startWorkersEarly(undefined, { input: 42 })).toBeNull();
    expect(startWorkersEarly(large, { workers: 1 })).toBeNull();
    expect(startWorkersEarly(large, { workers: 'many' })).toBeNull();
    expect(startWorkersEarly(large, { workers: 2.5 })).toBeNull();
    expect(startWorkersEarly(tree(['1.txt']), { workers: 2 })).toBeNull();
  });

  it('starts nothing where there is no built worker file (src/ under test)', () => {
    expect(startWorkersEarly(large, { workers: 2 })).toBeNull();
    expect(startWorkersEarly(undefined, { input: large, workers: 2 })).toBeNull();
  });
});
