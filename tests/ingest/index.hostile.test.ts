// Hostile input at the ingest stage: every bad file gets a clear outcome, none stops the batch.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openInput, readTextFile, type IngestOptions } from '../../src/ingest/index.js';
import type { IngestItem } from '../../src/types.js';
import { HOSTILE, tempDir } from '../helpers.js';

const ARTICLES = join(HOSTILE, 'articles');

/** The articles of an input, each text file read as a worker reads it (tasks.ts), with a problem for each bad input. */
async function* readArticles(options: IngestOptions): AsyncGenerator<IngestItem> {
  for await (const source of (await openInput(options))()) yield source.kind === 'file' ? readTextFile(source, options.maxFileBytes) : source;
}

async function collect(input: string, maxFileBytes = 1024 * 1024): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readArticles({ input, maxFileBytes })) items.push(item);
  return items;
}

const problemsOf = (items: IngestItem[]) => items.flatMap((item) => (item.kind === 'problem' ? [item.problem] : []));
const articlesOf = (items: IngestItem[]) => items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));

describe('a directory of hostile files', () => {
  it('reads every decodable file and reports the rest; non-.txt files are not read, with a warning', async () => {
    const items = await collect(ARTICLES);
    const problems = problemsOf(items);
    expect(problems.map((p) => [p.sourceFile, p.severity, p.problem.slice(0, 8)])).toEqual([
      ['notes.md', 'warning', 'not read'],
      ['archive.txt', 'error', 'not text'],
      ['empty.txt', 'error', 'empty fi'],
      ['photo.txt', 'error', 'not text'],
      ['whitespace-only.txt', 'error', 'only whi'],
    ]);
    const ids = articlesOf(items).map((a) => a.id);
    expect(ids).toContain('good');
    expect(ids).toContain('nul-bytes');
    expect(ids).not.toContain('notes');
    expect(ids).toHaveLength(11);
  });

  it('symbolic link loops, broken links and pipes are reported, not followed or waited on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.txt'), 'A real article sits here among the traps of this directory.\n');
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up')); // a directory loop
    symlinkSync('self.txt', join(dir, 'self.txt')); // a link to itself
    symlinkSync('missing.txt', join(dir, 'dangling.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(dir, 'zeros.txt'));
    const items = await collect(dir);
    expect(articlesOf(items).map((a) => a.id)).toEqual(['real']);
    expect(problemsOf(items).map((p) => `${p.sourceFile}: ${p.problem}`).sort()).toEqual([
      'dangling.txt: broken symbolic link: not followed',
      'pipe.txt: not a regular file (pipe, socket or device): skipped',
      'self.txt: symbolic link loop: not followed',
      'sub/up: directory link loop: not followed again',
      'zeros.txt: not a regular file (pipe, socket or device): skipped',
    ]);
  });

  it('files that are not .txt are counted per extension in one warning each; hidden files are ignored', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'story.txt'), 'The only article in this directory is a plain text file.\n');
    for (const name of ['b/one.HTML', 'a.html', 'c.html', 'README', '.DS_Store']) writeFileSync(join(dir, name), 'x');
    const items = await collect(dir);
    expect(articlesOf(items).map((a) => a.id)).toEqual(['story']);
    expect(problemsOf(items).map((p) => [p.sourceFile, p.severity, p.problem])).toEqual([
      ['README', 'warning', 'not read: this file (without an extension); only .txt files are analysed'],
      ['a.html', 'warning', 'not read: 3 files ending in .html, this one first; only .txt files are analysed: save a web page as text (.txt) to have it read'],
    ]);
  });

  // A user who put a .jsonl export or saved web pages among the .txt files was told only that .txt
  // files are analysed: not that the .jsonl is read when it is the input, nor what to do with a page.
  it("a .jsonl file or web page among the .txt files: the warning says how to have it read", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "feed's exports"));
    writeFileSync(join(dir, 'story.txt'), 'The only article in this directory is a plain text file.\n');
    writeFileSync(join(dir, "feed's exports", 'a.jsonl'), '{"id": "a", "text": "An article in a record."}\n');
    writeFileSync(join(dir, 'page.htm'), '<p>x</p>');
    const items = await collect(dir);
    expect(problemsOf(items).map((p) => [p.sourceFile, p.problem])).toEqual([
      ['page.htm', 'not read: this file (ending in .htm); only .txt files are analysed: save a web page as text (.txt) to have it read'],
      [
        "feed's exports/a.jsonl",
        `not read: this file (ending in .jsonl); only .txt files are analysed, and a .jsonl file only as the input itself: --input '${dir}/feed'\\''s exports/a.jsonl'`,
      ],
    ]);
  });

  // ".txt" is all extension: a hidden file, which had been left out with no word; " .txt" had the id " ", blank in every report.
  it('a file named only ".txt" is reported, and one whose name before ".txt" is blank keeps its whole name as its id', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    for (const name of ['.txt', 'sub/.TXT', ' .txt', 'story.txt']) writeFileSync(join(dir, name), 'A short article written for the test, in one plain sentence.\n');
    const items = await collect(dir);
    expect(articlesOf(items).map((a) => a.id)).toEqual([' .txt', 'story']);
    expect(problemsOf(items).map((p) => [p.sourceFile, p.severity, p.problem]).sort()).toEqual([
      ['.txt', 'warning', 'not read: the file\'s name is only its extension ".txt" (a hidden file); rename it, as story.txt, to have it read'],
      ['sub/.TXT', 'warning', 'not read: the file\'s name is only its extension ".TXT" (a hidden file); rename it, as story.txt, to have it read'],
    ]);
    // Given as the input, it had been "must be a directory of .txt files, a .txt file or a .jsonl file".
    await expect(collect(join(dir, '.txt'))).rejects.toThrow(`input ${join(dir, '.txt')}: the file's name is only its extension ".txt" (a hidden file); rename it, as story.txt, to have it read`);
  });

  it('a file over limits.maxFileBytes is refused by its size, never read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    writeFileSync(join(dir, 'small.txt'), 'A small article that fits well within the limit set here.\n');
    const items = await collect(dir, 1024);
    expect(articlesOf(items).map((a) => a.id)).toEqual(['small']);
    expect(problemsOf(items)).toEqual([
      expect.objectContaining({ sourceFile: 'big.txt', severity: 'error', problem: 'file is 2.0 KB, over the limit of 1.0 KB (limits.maxFileBytes): if it holds many articles, give each its own file or JSONL record; otherwise raise limits.maxFileBytes in pipeline.config.json (at most 32.0 MB)' }),
    ]);
  });
});

describe('JSONL records', () => {
  it('each bad record is reported by line number; the others are analysed', async () => {
    const items = await collect(join(HOSTILE, 'records.jsonl'));
    expect(problemsOf(items).map((p) => `${p.sourceFile} | ${p.problem}`)).toEqual([
      expect.stringMatching(/^records\.jsonl:2 \| line 2: not valid JSON: /),
      'records.jsonl:3 | line 3: "text" is missing: JSONL records give the article\'s text in "text" (the record has "id", "title")',
      'records.jsonl:4 | line 4: "id" is missing, or not a non-empty string or a number',
      'records.jsonl:5 | line 5: duplicate id "a1" (first record kept)',
      'records.jsonl:8 | line 8: not a JSON object but an array (JSONL has one object per line, not an array of them)',
    ]);
    // A record refused for its text has an id: errors.csv names the article (it had been empty).
    expect(problemsOf(items).map((p) => p.articleId)).toEqual([null, 'no-text', null, 'a1', null]);
    const articles = articlesOf(items);
    expect(articles.map((a) => [a.id, a.sourceFile])).toEqual([
      ['a1', 'records.jsonl:1'],
      ['7', 'records.jsonl:7'],
      ['a2', 'records.jsonl:9'],
    ]);
    expect(articles[2]!.givenMetadata.title).toBe('Title with tabs and a line break');
  });

  // As an empty .txt file is: a record whose scrape failed had been an article of 0 words.
  it('a record whose text is empty or only whitespace is an error naming its line; a later record with its id is read', async () => {
    const path = join(tempDir(), 'blank.jsonl');
    const records = [
      { id: 'a', text: '' },
      { id: 'b', text: ' \n\t\u200B\u00A0 ', title: 'Harbour plan approved' },
      { id: 'b', text: 'The council approved the harbour plan on Tuesday.' },
    ];
    writeFileSync(path, records.map((record) => JSON.stringify(record)).join('\n'));
    const items = await collect(path);
    expect(problemsOf(items)).toEqual([
      { sourceFile: 'blank.jsonl:1', articleId: 'a', stage: 'ingest', severity: 'error', problem: 'line 1: "text" is empty: a failed download or save? Scrape the page again, or delete the line' },
      { sourceFile: 'blank.jsonl:2', articleId: 'b', stage: 'ingest', severity: 'error', problem: 'line 2: "text" is only whitespace: a failed download or save? Scrape the page again, or delete the line' },
    ]);
    expect(articlesOf(items).map((a) => [a.id, a.sourceFile])).toEqual([['b', 'blank.jsonl:3']]);
  });

  it('a file with CR-only line ends (classic Mac OS) gives one article per record, not one unreadable line', async () => {
    const path = join(tempDir(), 'mac.jsonl');
    writeFileSync(path, `${JSON.stringify({ id: 'a', text: 'The council approved the park.' })}\r${JSON.stringify({ id: 'b', text: 'Rain is due.' })}\r`);
    const items = await collect(path);
    expect(problemsOf(items)).toEqual([]);
    expect(articlesOf(items).map((a) => [a.id, a.sourceFile])).toEqual([
      ['a', 'mac.jsonl:1'],
      ['b', 'mac.jsonl:2'],
    ]);
  });

  it('a file without a record (empty, a BOM, blank lines) says so in errors.csv: the run had said only "No articles found"', async () => {
    const dir = tempDir();
    const problems = async (name: string, bytes: string) => {
      writeFileSync(join(dir, name), Buffer.from(bytes, 'latin1'));
      return (await collect(join(dir, name))).map((item) => item.kind === 'problem' && `${item.problem.sourceFile}: ${item.problem.severity}: ${item.problem.problem}`);
    };
    expect(await problems('empty.jsonl', '')).toEqual(['empty.jsonl: warning: no records: the file is empty']);
    expect(await problems('bom.jsonl', '\xef\xbb\xbf')).toEqual(['bom.jsonl: warning: no records: every line of the file is blank']);
    expect(await problems('blank.jsonl', '\n \r\n\t\n')).toEqual(['blank.jsonl: warning: no records: every line of the file is blank']);
    // A file of bad lines has their errors, and no line of its own.
    expect(await problems('bad.jsonl', '{\n')).toEqual([expect.stringMatching(/^bad\.jsonl:1: error: line 1: not valid JSON/)]);
  });

  it('a file that is not UTF-8 JSONL as a whole (UTF-16 or UTF-32, gzip) is refused as the input, by its encoding, not line by line', async () => {
    // Windows PowerShell's `Out-File` and `>` write UTF-16LE with a BOM; Node's 'utf16le' writes none.
    // Before, each line was an error quoting NUL bytes ("not valid JSON: Unexpected token '�'").
    const dir = tempDir();
    const records = `${JSON.stringify({ id: 'a', text: 'The council approved the park.' })}\n${JSON.stringify({ id: 'b', text: 'Rain is due.' })}\n`;
    const files: Array<[string, Buffer, RegExp]> = [
      ['bom16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(records, 'utf16le')]), /^input .*bom16\.jsonl is UTF-16LE text: JSONL must be UTF-8 \(RFC 8259\); convert it first/],
      ['plain16.jsonl', Buffer.from(records, 'utf16le'), /plain16\.jsonl is UTF-16LE text/],
      ['bom32.jsonl', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from(records.replace(/./gs, (c) => `\0\0\0${c}`), 'latin1')]), /bom32\.jsonl is UTF-32BE text/],
      ['packed.jsonl', gzipSync(records), /^input .*packed\.jsonl looks like a gzip archive \(decompress it first: gunzip\)$/],
    ];
    for (const [name, bytes, message] of files) {
      writeFileSync(join(dir, name), bytes);
      await expect(collect(join(dir, name)), name).rejects.toThrow(message);
    }
  });

  it('a record with control bytes is quoted in its problem with them escaped, so errors.csv gets no NUL or escape sequence', async () => {
    // A run of NULs where a crash cut an appended file (JSON.parse quotes it), and a raw escape sequence in a string.
    const path = join(tempDir(), 'control-bytes.jsonl');
    const good = (id: string) => `${JSON.stringify({ id, text: 'Short text.' })}\n`;
    writeFileSync(path, `${good('a')}\0\0\0\0\n{"id":"b","text":"\u001b[31mred"}\n${good('c')}`);
    const items = await collect(path);
    const problems = problemsOf(items).map((p) => p.problem);
    expect(problems).toEqual([expect.stringMatching(/^line 2: not valid JSON: .*\\u0000/), expect.stringMatching(/^line 3: not valid JSON: Bad control character/)]);
    for (const problem of problems) expect(problem).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(articlesOf(items).map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('invalid UTF-8 inside a record is replaced and reported on that article', async () => {
    const path = join(tempDir(), 'bad-bytes.jsonl');
    writeFileSync(path, Buffer.concat([Buffer.from('{"id":"x","text":"caf'), Buffer.from([0xe9]), Buffer.from(' au lait"}\n')]));
    const [article] = articlesOf(await collect(path));
    expect(article!.text).toBe('caf\uFFFD au lait');
    expect(article!.warnings).toEqual(['1 invalid UTF-8 sequence(s) replaced with U+FFFD']);
  });

  it('a U+FFFD written in a record is text: only the invalid bytes of its own line are counted', async () => {
    const path = join(tempDir(), 'replacement-characters.jsonl');
    const record = (id: string, text: string) => Buffer.from(`${JSON.stringify({ id, text })}\n`);
    writeFileSync(path, Buffer.concat([
      record('literal', 'Prices rose 5 \uFFFD in May.'),
      Buffer.from('{"id":"both","text":"caf'), Buffer.from([0xe9]), Buffer.from(' \uFFFD"}\n'),
      record('after', '\uFFFD'),
    ]));
    const articles = articlesOf(await collect(path));
    expect(articles.map((a) => [a.id, a.text, a.warnings])).toEqual([
      ['literal', 'Prices rose 5 \uFFFD in May.', []],
      ['both', 'caf\uFFFD \uFFFD', ['1 invalid UTF-8 sequence(s) replaced with U+FFFD']],
      ['after', '\uFFFD', []],
    ]);
  });

  it('a record over the limit is skipped while streaming; the records around it are read', async () => {
    const path = join(tempDir(), 'huge-record.jsonl');
    const good = (id: string) => JSON.stringify({ id, text: 'Short text.' });
    writeFileSync(path, `${good('before')}\n{"id":"huge","text":"${'y'.repeat(300_000)}"}\n${good('after')}`);
    const items = await collect(path, 100_000);
    expect(articlesOf(items).map((a) => a.id)).toEqual(['before', 'after']);
    expect(problemsOf(items)).toEqual([
      expect.objectContaining({ sourceFile: 'huge-record.jsonl:2', problem: 'line 2: record is 293.0 KB, over the limit of 97.7 KB (limits.maxFileBytes): if it holds many articles, give each its own file or JSONL record; otherwise raise limits.maxFileBytes in pipeline.config.json (at most 32.0 MB)' }),
    ]);
  });

  it('warns, naming the file and line, of a metadata field that is not text nor a date read from a number, and leaves it empty', async () => {
    const path = join(tempDir(), 'typed.jsonl');
    const records = [
      { id: 'a', text: 'The council met.', date: 20230303 },
      { id: 'b', text: 'The council met.', date: 1677801600, title: ['Council', 'meets'], author: null },
      { id: 'c', text: 'The council met.', date: '2023-03-03', source: true },
      { id: 'd', text: 'The council met.', date: 42 },
    ];
    writeFileSync(path, records.map((record) => JSON.stringify(record)).join('\n'));
    const articles = articlesOf(await collect(path));
    expect(articles.map((a) => [a.sourceFile, a.givenMetadata.date, a.givenMetadata.title, a.givenMetadata.source, a.warnings])).toEqual([
      ['typed.jsonl:1', '2023-03-03', null, null, []],
      ['typed.jsonl:2', '2023-03-03T00:00', null, null, ['line 2: "title" is an array, not text: left empty']],
      ['typed.jsonl:3', '2023-03-03', null, null, ['line 3: "source" is a boolean (true), not text: left empty']],
      ['typed.jsonl:4', null, null, null, ['line 4: "date" is a number (42), neither a YYYYMMDD date nor a Unix time in seconds or milliseconds of 1980-2099: left empty']],
    ]);
  });

  it('reads a JSONL date whose day and month could be either by clean.dateOrder, through the pipeline', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'a', text: 'The council met.', date: '03/04/2023' })}\n`);
    const dateOf = async (dateOrder: 'auto' | 'dmy' | 'mdy') => {
      for await (const item of readArticles({ input, maxFileBytes: 1_000_000, dateOrder })) if (item.kind === 'article') return item.article.givenMetadata.date;
      return undefined;
    };
    expect(await dateOf('auto')).toBeNull();
    expect(await dateOf('dmy')).toBe('2023-04-03');
    expect(await dateOf('mdy')).toBe('2023-03-04');
  });
});
