import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/ingest/index.js';
import { textFileSource } from '../../src/ingest/sources.js';
import { readTextFile } from '../../src/ingest/text-file.js';
import { tempDir } from '../helpers.js';

describe('readTextFile', () => {
  it('reads a file whole, and refuses one over the limit by its size', () => {
    const dir = tempDir();
    const body = 'Oil prices rose.\n'.repeat(5000);
    writeFileSync(join(dir, 'long.txt'), body);
    const read = (name: string, limit = 1 << 20) => readTextFile(textFileSource(dir, join(dir, name)), limit);
    expect(read('long.txt')).toMatchObject({ kind: 'article', article: { id: 'long', text: body, encoding: 'utf-8' } });
    expect(read('long.txt', 1000)).toMatchObject({ kind: 'problem', problem: { problem: 'file is 83.0 KB, over the limit of 1000 B (limits.maxFileBytes): if it holds many articles, give each its own file or JSONL record; otherwise raise limits.maxFileBytes in pipeline.config.json (at most 32.0 MB)' } });
    expect(read('missing.txt')).toMatchObject({ kind: 'problem', problem: { problem: 'cannot be read: it is gone (ENOENT): deleted or moved after the input was listed' } });
  });

  // A scraper's failed save: they had been articles of 0 words, among the pages left empty by cleaning.
  // "empty file" alone had said no more: the message says what to do, as ingest's other problems do.
  const NEXT_STEP = ': a failed download or save? Scrape the page again, or delete the file';
  it('refuses an empty file, one of whitespace and one that is only a byte-order mark, naming the problem and what to do', () => {
    const dir = tempDir();
    const files: Array<[string, string | Buffer, string]> = [
      ['empty.txt', '', `empty file${NEXT_STEP}`],
      ['blank.txt', ' \r\n\t\n\u00A0\u200B\n', `only whitespace${NEXT_STEP}`],
      ['bom.txt', Buffer.from([0xef, 0xbb, 0xbf]), `empty file (only a byte-order mark)${NEXT_STEP}`],
      ['utf16-blank.txt', Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), `only whitespace${NEXT_STEP}`],
    ];
    for (const [name, content] of files) writeFileSync(join(dir, name), content);
    for (const [name, , problem] of files) {
      expect(readTextFile(textFileSource(dir, join(dir, name)), 1 << 20), name).toEqual({
        kind: 'problem',
        problem: { sourceFile: name, articleId: name.replace('.txt', ''), stage: 'ingest', severity: 'error', problem },
      });
    }
    writeFileSync(join(dir, 'one-word.txt'), '\n\n  Breaking \n');
    expect(readTextFile(textFileSource(dir, join(dir, 'one-word.txt')), 1 << 20)).toMatchObject({ kind: 'article', article: { text: '\n\n  Breaking \n' } });
  });

  // Linux file names are bytes; APFS and NTFS refuse names that are not UTF-8.
  it.skipIf(process.platform !== 'linux')('says that a listed file or folder name is not UTF-8 (before: "cannot read: ENOENT")', async () => {
    const dir = tempDir();
    const latin1 = (name: string) => Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from(name)]);
    writeFileSync(latin1('.txt'), 'The cafe opened.\n');
    mkdirSync(latin1('s'));
    writeFileSync(Buffer.concat([latin1('s'), Buffer.from('/menu.txt')]), 'Soup.\n');
    const problems = [];
    for await (const source of (await openInput({ input: dir, maxFileBytes: 1 << 20 }))()) problems.push(source.kind === 'file' ? readTextFile(source, 1 << 20) : source);
    expect(problems.map((item) => item.kind === 'problem' && `${item.problem.sourceFile}: ${item.problem.problem}`)).toEqual([
      'caf\uFFFDs: directory cannot be read: its name is not valid UTF-8; rename it to have it read',
      'caf\uFFFD.txt: cannot be read: its name is not valid UTF-8; rename it to have it read',
    ]);
  });
});
