import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, openInput, readTextFile, textFileSource } from '../../src/ingest/index.js';
import type { TextFileSource } from '../../src/types.js';
import { decodeHtml } from '../../src/text/html.js';
import { stripMarkdown } from '../../src/text/markdown.js';
import { tempDir } from '../helpers.js';

/** What normaliseText promises, step by step: its quick test for "nothing to replace" must not change it. */
const normalisedStepByStep = (text: string): string =>
  stripMarkdown(replacedStepByStep(text)).normalize('NFC');
const replacedStepByStep = (text: string): string =>
  decodeHtml(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\v\f\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .split('\n')
    .map((line) => {
      // A line of three cells or more between tabs is a table row: two spaces between its cells.
      const cells = line.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '');
      return cells.length >= 3 ? cells.join('  ') : line.replace(/\t/g, ' ');
    })
    .join('\n');

const special = ['&amp;', '&nbsp;', '&#8203;', '<p>', '\r', '\r\n', '\f', '\u2028', '\u2029', '\u0085', '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u0007', '\u000B', '\u001F', '\u007F', '\t', '\u00A0', '\u2007', '\u202F', 'e\u0301', '\u00E9', '\n', ' ', '# ', '> ', '**', '*', '__', '[a](https://b.c)', '&gt; '];
const mixedText = fc.array(fc.oneof(fc.constantFrom(...special), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('normaliseText', () => {
  it('decodes HTML references and drops common tags before the other replacements', () => {
    expect(normaliseText('<p>Coast &amp; cities&nbsp;flooded, it&#8217;s said</p>')).toBe(' Coast & cities flooded, it’s said ');
    expect(normaliseText('Zero&#8203;width')).toBe('Zerowidth');
  });

  it("reads a vertical tab (Word's manual line break) and a form feed as line breaks, which had joined the words around them", () => {
    expect(normaliseText('Council approves budget\u000BBy Jane Doe\u000Cpage two')).toBe('Council approves budget\nBy Jane Doe\npage two');
    expect(normaliseText('line&#11;break')).toBe('line\nbreak');
  });

  it('gives a row of cells between tabs two spaces between its cells, where the cleaner splits cells, and other tabs one space', () => {
    expect(normaliseText('Index\tClose\t% Change\r\nFTSE 100 \t 7,612.4\t\t+0.3%\nName:\tJane Doe\n\tIndented\tline')).toBe('Index  Close  % Change\nFTSE 100  7,612.4  +0.3%\nName: Jane Doe\n Indented line');
  });

  it('equals its replacements applied one after the other, with or without characters to replace', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'grapheme-ascii', maxLength: 200 })), (text) => {
        expect(normaliseText(text)).toBe(normalisedStepByStep(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readTextFile', () => {
  it('reads a file whole, and refuses one over the limit by its size', () => {
    const dir = tempDir();
    const body = 'Oil prices rose.\n'.repeat(5000);
    writeFileSync(join(dir, 'long.txt'), body);
    const read = (name: string, limit = 1 << 20) => readTextFile(textFileSource(dir, join(dir, name)), limit);
    expect(read('long.txt')).toMatchObject({ kind: 'article', article: { id: 'long', text: body, encoding: 'utf-8' } });
    expect(read('long.txt', 1000)).toMatchObject({ kind: 'problem', problem: { problem: 'file is 83.0 KB, over the limit of 1000 B (limits.maxFileBytes)' } });
    expect(read('missing.txt')).toMatchObject({ kind: 'problem', problem: { problem: 'cannot be read: it is gone (ENOENT): deleted or moved after the input was listed' } });
  });

  // A scraper's failed save: they had been articles of 0 words, among the pages left empty by cleaning.
  it('refuses an empty file, one of whitespace and one that is only a byte-order mark, naming the problem', () => {
    const dir = tempDir();
    const files: Array<[string, string | Buffer, string]> = [
      ['empty.txt', '', 'empty file'],
      ['blank.txt', ' \r\n\t\n\u00A0\u200B\n', 'only whitespace'],
      ['bom.txt', Buffer.from([0xef, 0xbb, 0xbf]), 'empty file (only a byte-order mark)'],
      ['utf16-blank.txt', Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), 'only whitespace'],
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
