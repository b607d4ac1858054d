import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput, readTextFile } from '../../src/ingest/index.js';
import type { TextFileSource } from '../../src/types.js';
import { tempDir } from '../helpers.js';

describe('openInput', () => {
  it('lists files, files in subdirectories and what symbolic links point to, by the types the listing gives', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a.txt'), 'A.\n');
    writeFileSync(join(dir, 'b', 'c.txt'), 'C.\n');
    writeFileSync(join(elsewhere, 'd.txt'), 'D.\n');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link-to-a.txt'));
    symlinkSync(elsewhere, join(dir, 'linked-dir'));
    mkdirSync(join(dir, 'folder.txt')); // a directory named like a text file is walked, not read
    const listed: string[] = [];
    for await (const source of (await openInput({ input: dir, maxFileBytes: 1 << 20 }))()) listed.push(source.kind === 'file' ? source.path.slice(dir.length + 1) : `problem: ${source.kind}`);
    expect(listed).toEqual(['a.txt', 'b/c.txt', 'link-to-a.txt', 'linked-dir/d.txt']);
  });

  it('reads one .txt file as an input of one article and a .jsonl file whatever the case of its extension; says where a missing input was looked for', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'story.txt'), 'Story.\n');
    writeFileSync(join(dir, 'DATA.JSONL'), '{"id": "r1", "text": "Record."}\n');
    const items = async (input: string) => {
      const listed = [];
      for await (const source of (await openInput({ input, maxFileBytes: 1 << 20 }))()) listed.push(source);
      return listed;
    };
    // A file comes listed with its id and errors.csv name, which its reads and the run's look-ups take from it.
    expect(await items(join(dir, 'story.txt'))).toEqual([{ kind: 'file', path: join(dir, 'story.txt'), id: 'story', sourceFile: 'story.txt' }]);
    mkdirSync(join(dir, 'desk', '2024'), { recursive: true });
    writeFileSync(join(dir, 'desk', '2024', 'Brief.TXT'), 'Brief.\n');
    const nested = await items(join(dir, 'desk'));
    expect(nested).toEqual([{ kind: 'file', path: join(dir, 'desk', '2024', 'Brief.TXT'), id: '2024/Brief', sourceFile: '2024/Brief.TXT' }]);
    const read = readTextFile(nested[0] as TextFileSource, 1 << 20);
    expect(read.kind === 'article' && [read.article.id, read.article.sourceFile]).toEqual(['2024/Brief', '2024/Brief.TXT']);
    const [record] = await items(join(dir, 'DATA.JSONL'));
    expect(record?.kind === 'article' && [record.article.id, record.article.text]).toEqual(['r1', 'Record.']);
    await expect(items('no-such-input')).rejects.toThrow(`input no-such-input does not exist (paths are relative to the current directory, ${process.cwd()})`);
    await expect(items(join(dir, 'missing'))).rejects.toThrow(new RegExp(`^input ${join(dir, 'missing')} does not exist$`));
    writeFileSync(join(dir, 'data.jsonl.gz'), '');
    await expect(items(join(dir, 'data.jsonl.gz'))).rejects.toThrow(/must be a directory of \.txt files, a \.txt file or a \.jsonl file \(decompress it first: gunzip\)/);
  });

  it('says that an input which is a link loop or a broken link is one, not that it does not exist', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b.jsonl'), join(dir, 'a.jsonl'));
    symlinkSync(join(dir, 'a.jsonl'), join(dir, 'b.jsonl'));
    symlinkSync(join(dir, 'gone'), join(dir, 'broken'));
    const listing = async (input: string) => {
      for await (const source of (await openInput({ input, maxFileBytes: 1 << 20 }))()) expect(source).toBeUndefined();
    };
    await expect(listing(join(dir, 'a.jsonl'))).rejects.toThrow(new RegExp(`^input ${join(dir, 'a.jsonl')} is a symbolic link loop$`));
    await expect(listing(join(dir, 'broken'))).rejects.toThrow(new RegExp(`^input ${join(dir, 'broken')} is a broken symbolic link \\(to ${join(dir, 'gone')}\\)$`));
  });

  it('reports a directory it cannot read (a path over PATH_MAX) and lists the rest', async () => {
    const dir = tempDir();
    const name = 'd'.repeat(200);
    // Built by renames of short paths: 25 levels of 200 characters, deeper than PATH_MAX (4096).
    mkdirSync(join(dir, 'chain'));
    writeFileSync(join(dir, 'chain', 'deep.txt'), 'Deep.\n');
    for (let level = 0; level < 25; level++) {
      mkdirSync(join(dir, 'next'));
      renameSync(join(dir, 'chain'), join(dir, 'next', name));
      renameSync(join(dir, 'next'), join(dir, 'chain'));
    }
    mkdirSync(join(dir, 'in'));
    renameSync(join(dir, 'chain'), join(dir, 'in', 'deep'));
    writeFileSync(join(dir, 'in', 'top.txt'), 'Top.\n');
    const listed: string[] = [];
    try {
      for await (const source of (await openInput({ input: join(dir, 'in'), maxFileBytes: 1 << 20 }))()) {
        listed.push(source.kind === 'file' ? source.path.slice(dir.length + 1) : source.kind === 'problem' ? `${source.problem.severity}: ${source.problem.problem}` : source.kind);
      }
    } finally {
      // Taken apart the same way: removing it by its full path would fail too.
      renameSync(join(dir, 'in', 'deep'), join(dir, 'chain'));
      for (let level = 0; level < 25; level++) {
        renameSync(join(dir, 'chain', name), join(dir, 'next'));
        rmSync(join(dir, 'chain'), { recursive: true });
        renameSync(join(dir, 'next'), join(dir, 'chain'));
      }
    }
    expect(listed).toEqual(['error: directory cannot be read: ENAMETOOLONG', 'in/top.txt']);
  });

  it('keeps the first of the files whose ids are one (a.TXT, a.txt) and reports the others', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    for (const name of ['a.txt', 'a.TXT', 'a.Txt', 'b/a.txt', 'b.txt']) writeFileSync(join(dir, name), 'Text.\n');
    const listed: string[] = [];
    for await (const source of (await openInput({ input: dir, maxFileBytes: 1 << 20 }))()) {
      listed.push(source.kind === 'file' ? source.path.slice(dir.length + 1) : source.kind === 'problem' ? `${source.problem.sourceFile}: ${source.problem.problem}` : source.kind);
    }
    expect(listed).toEqual([
      'a.TXT',
      'a.Txt: duplicate id "a": a.TXT has it too (first file kept)',
      'a.txt: duplicate id "a": a.TXT has it too (first file kept)',
      'b.txt',
      'b/a.txt',
    ]);
  });
});
