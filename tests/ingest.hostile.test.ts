// Hostile input at the ingest stage: every bad file gets a clear outcome, none stops the batch.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, listSources, normaliseText, parseJsonlRecord, readLines, readTextFile, type IngestOptions } from '../src/ingest.js';
import type { IngestItem } from '../src/types.js';
import { HOSTILE, tempDir } from './helpers.js';

const ARTICLES = join(HOSTILE, 'articles');
const fixture = (name: string): Buffer => readFileSync(join(ARTICLES, name));

function decodedText(name: string): { text: string; encoding: string; warnings: string[] } {
  const decoded = decodeBytes(fixture(name));
  if (!decoded.ok) throw new Error(`${name}: ${decoded.problem}`);
  return { ...decoded, text: normaliseText(decoded.text) };
}

/** The articles of an input, each text file read as a worker reads it (tasks.ts), with a problem for each bad input. */
async function* readArticles(options: IngestOptions): AsyncGenerator<IngestItem> {
  for await (const source of listSources(options)) yield source.kind === 'file' ? readTextFile(source, options.maxFileBytes) : source;
}

async function collect(input: string, maxFileBytes = 1024 * 1024): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readArticles({ input, maxFileBytes })) items.push(item);
  return items;
}

const problemsOf = (items: IngestItem[]) => items.flatMap((item) => (item.kind === 'problem' ? [item.problem] : []));
const articlesOf = (items: IngestItem[]) => items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));

describe('binary files are not text', () => {
  it.each([
    ['photo.txt', 'not text: looks like a PNG image'],
    ['archive.txt', 'not text: looks like a gzip archive'],
    ['nul-bytes.txt', 'not text: contains NUL bytes (binary file?)'],
  ])('%s -> %s', (name, problem) => {
    expect(decodeBytes(fixture(name))).toEqual({ ok: false, problem });
  });

  it('says what a macOS "._" file is (AppleDouble metadata), not only that it holds NUL bytes', () => {
    const appleDouble = Buffer.concat([Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]), Buffer.from('Mac OS X        '), Buffer.alloc(64)]);
    expect(decodeBytes(appleDouble)).toEqual({ ok: false, problem: 'not text: looks like macOS file metadata (an AppleDouble "._" file beside the article, not an article)' });
  });

  it('UTF-16LE text without a BOM that starts like a gzip header (謟 is 1F 8B) is text', () => {
    const text = '謟 а    A一аAа 一 AAA一  AааааA一A аA一аA аааа ';
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('a file that is mostly control bytes is not text', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, problem: expect.stringContaining('not text') });
  });
});

describe('encodings', () => {
  it.each([
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-no-bom.txt', 'utf-16le'],
  ])('%s is decoded as %s', (name, encoding) => {
    const decoded = decodedText(name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toMatch(/^Zoë’s café opened in Kraków\.\nThe city council/);
    expect(decoded.warnings).toEqual([]);
  });

  const SAMPLES = {
    russian: 'Министр финансов заявил, что бюджет на 2024 год будет сбалансирован.\nРынки отреагировали спокойно.\n',
    greek: 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.\n',
    chinese: '国务院总理在北京会见了来访的代表团，双方就经济合作交换了意见。\n',
    arabic: 'قال وزير المالية إن الميزانية ستكون متوازنة هذا العام.\n',
    emoji: 'Fans cheered 🎉 as the 🏆 arrived in São Paulo.\n',
  };
  const encode = (text: string, encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'): Buffer => {
    if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
    if (encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
    const codes = [...text].map((c) => c.codePointAt(0)!);
    const out = Buffer.alloc(codes.length * 4);
    codes.forEach((code, i) => (encoding === 'utf-32le' ? out.writeUInt32LE(code, i * 4) : out.writeUInt32BE(code, i * 4)));
    return out;
  };
  const BOMS = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], 'utf-32le': [0xff, 0xfe, 0, 0], 'utf-32be': [0, 0, 0xfe, 0xff] } as const;

  describe.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'] as const)('%s in any script, with or without a BOM', (encoding) => {
    it.each(Object.entries(SAMPLES))('%s', (_, text) => {
      for (const bom of [true, false]) {
        const bytes = Buffer.concat([Buffer.from(bom ? BOMS[encoding] : []), encode(text, encoding)]);
        expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding, warnings: [] });
      }
    });
  });

  it('binary data with NUL bytes is not mistaken for UTF-16 or UTF-32', () => {
    const integers = Buffer.from(new Uint32Array(Array.from({ length: 500 }, (_, i) => (i * 7919) % 4096)).buffer);
    let seed = 42;
    const noise = Buffer.from(Array.from({ length: 4000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff));
    for (const bytes of [integers, noise]) {
      expect(bytes.includes(0)).toBe(true);
      expect(decodeBytes(bytes)).toEqual({ ok: false, problem: 'not text: contains NUL bytes (binary file?)' });
    }
  });

  // A few characters can read as text in either byte order; a page of text cannot.
  it('property: text of 40+ letters, spaces and punctuation in mixed scripts survives UTF-16/32 without a BOM', () => {
    const character = fc.oneof(
      fc.constantFrom(' ', '\n', ',', '.'),
      fc.integer({ min: 0x41, max: 0x5a }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0x430, max: 0x44f }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)),
    );
    const text = fc.array(character, { minLength: 40, maxLength: 300 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('utf-16le', 'utf-16be', 'utf-32le', 'utf-32be' as const), (sample, encoding) => {
        const decoded = decodeBytes(encode(sample, encoding));
        expect(decoded).toMatchObject({ ok: true, text: sample });
      }),
    );
  });

  it('Windows-1252 is detected, decoded exactly, and said so', () => {
    const decoded = decodedText('windows-1252.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.split('\n')[0]).toBe('Le café « spécial » coûte 5 € — c’est “cher”, dit-on à Besançon.');
    expect(decoded.warnings).toEqual([expect.stringMatching(/^not valid UTF-8; decoded as windows-1252 \(detected, confidence \d+%\)$/)]);
  });

  it('Latin-1 is decoded exactly (WHATWG reads ISO-8859-1 as its superset windows-1252)', () => {
    const decoded = decodedText('latin1.txt');
    expect(decoded.text.split('\n')[0]).toBe('Señor Muñoz visitó Zürich y Århus; ¡qué frío!');
    expect(decoded.encoding).toBe('windows-1252');
  });

  it('a lone legacy byte that chardet calls UTF-8 still decodes as windows-1252, nothing replaced', () => {
    const decoded = decodeBytes(Buffer.from('Caf\xe9', 'latin1'));
    expect(decoded).toMatchObject({ ok: true, text: 'Café', encoding: 'windows-1252' });
    expect(decoded.ok && decoded.warnings).toEqual(['not valid UTF-8; decoded as windows-1252 (fallback)']);
  });

  it('invalid UTF-8 in UTF-8 text: replaced with U+FFFD, counted and reported', () => {
    const decoded = decodedText('invalid-utf8.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.split('\n')[0]).toBe('Grüße aus Köln, \uFFFD( und München \uFFFD.');
    expect(decoded.warnings).toEqual(['2 invalid UTF-8 sequence(s) replaced with U+FFFD']);
  });

  it('a U+FFFD that the bytes encode is text, not a replaced sequence: only the replacements made are counted', () => {
    // Scraped text often carries U+FFFD from an earlier, broken conversion; this file's bytes are valid.
    const text = 'Prices rose 5 \uFFFD in May.';
    for (const [encoding, bytes] of [
      ['utf-8', Buffer.from(text)],
      ['utf-8 (BOM)', Buffer.from(`\uFEFF${text}`)],
      ['utf-16le', Buffer.from(`\uFEFF${text}`, 'utf16le')],
    ] as const) {
      expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding, warnings: [] });
    }
    const damaged = decodeBytes(Buffer.concat([Buffer.from('Grüße aus Köln, caf'), Buffer.from([0xe9]), Buffer.from(' \uFFFD in Stra'), Buffer.from([0xdf]), Buffer.from('e')]));
    expect(damaged).toMatchObject({ ok: true, text: 'Grüße aus Köln, caf\uFFFD \uFFFD in Stra\uFFFDe', warnings: ['2 invalid UTF-8 sequence(s) replaced with U+FFFD'] });
  });

  it('mixed CRLF, CR and LF line ends all become LF', () => {
    expect(decodedText('mixed-line-ends.txt').text.split('\n')).toEqual([
      'Line one ends with CRLF.',
      'Line two ends with CR.',
      'Line three ends with LF.',
      'Line four has none.',
    ]);
  });

  it('emoji, right-to-left text and joiners survive; combining marks are composed; invisible splitters go', () => {
    const lines = decodedText('unicode.txt').text.split('\n');
    expect(lines[0]).toContain('👩‍👩‍👧‍👦');
    expect(lines[0]).toContain('🇺🇦');
    expect(lines[1]).toContain('مرحبا بالعالم');
    expect(lines[1]).toContain('שלום עולם');
    expect(lines[2]).toContain('Café and naïve');
    expect(lines[3]).toContain('cooperate');
    expect(lines[3]).toContain('می\u200Cخواهم');
  });

  it('empty and whitespace-only files decode to (almost) nothing, without a problem', () => {
    expect(decodedText('empty.txt').text).toBe('');
    expect(decodedText('whitespace-only.txt').text.trim()).toBe('');
  });
});

describe('a directory of hostile files', () => {
  it('reads every decodable file and reports the rest; non-.txt files are not read, with a warning', async () => {
    const items = await collect(ARTICLES);
    const problems = problemsOf(items);
    expect(problems.map((p) => [p.sourceFile, p.severity, p.problem.slice(0, 8)])).toEqual([
      ['notes.md', 'warning', 'not read'],
      ['archive.txt', 'error', 'not text'],
      ['nul-bytes.txt', 'error', 'not text'],
      ['photo.txt', 'error', 'not text'],
    ]);
    const ids = articlesOf(items).map((a) => a.id);
    expect(ids).toContain('good');
    expect(ids).toContain('empty');
    expect(ids).not.toContain('notes');
    expect(ids).toHaveLength(12);
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
      ['a.html', 'warning', 'not read: 3 files ending in .html, this one first; only .txt files are analysed'],
    ]);
  });

  it('a file over limits.maxFileBytes is refused by its size, never read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    writeFileSync(join(dir, 'small.txt'), 'A small article that fits well within the limit set here.\n');
    const items = await collect(dir, 1024);
    expect(articlesOf(items).map((a) => a.id)).toEqual(['small']);
    expect(problemsOf(items)).toEqual([
      expect.objectContaining({ sourceFile: 'big.txt', severity: 'error', problem: 'file is 2.0 KB, over the limit of 1.0 KB (limits.maxFileBytes)' }),
    ]);
  });
});

describe('JSONL records', () => {
  it('each bad record is reported by line number; the others are analysed', async () => {
    const items = await collect(join(HOSTILE, 'records.jsonl'));
    expect(problemsOf(items).map((p) => `${p.sourceFile} | ${p.problem}`)).toEqual([
      expect.stringMatching(/^records\.jsonl:2 \| line 2: not valid JSON: /),
      'records.jsonl:3 | line 3: "text" is missing or not a string',
      'records.jsonl:4 | line 4: "id" is missing, or not a non-empty string or a number',
      'records.jsonl:5 | line 5: duplicate id "a1" (first record kept)',
      'records.jsonl:8 | line 8: not a JSON object but an array (JSONL has one object per line, not an array of them)',
    ]);
    const articles = articlesOf(items);
    expect(articles.map((a) => [a.id, a.sourceFile])).toEqual([
      ['a1', 'records.jsonl:1'],
      ['7', 'records.jsonl:7'],
      ['a2', 'records.jsonl:9'],
    ]);
    expect(articles[2]!.givenMetadata.title).toBe('Title with tabs and a line break');
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
      expect.objectContaining({ sourceFile: 'huge-record.jsonl:2', problem: 'line 2: record is 293.0 KB, over the limit of 97.7 KB (limits.maxFileBytes)' }),
    ]);
  });

  it('parseJsonlRecord gives a date in ISO 8601 when it reads one, else as given', () => {
    const dateOf = (date: unknown) => {
      const record = parseJsonlRecord(JSON.stringify({ id: 'a', text: 't', date }));
      return record.ok ? record.metadata.date : undefined;
    };
    expect(dateOf('March 3, 2023')).toBe('2023-03-03');
    expect(dateOf('Fri, 3 Mar 2023 10:15')).toBe('2023-03-03T10:15');
    expect(dateOf('2023-03-03T10:15:00Z')).toBe('2023-03-03T10:15');
    expect(dateOf('1678000000')).toBe('1678000000');
    expect(dateOf(' ')).toBeNull();
  });

  it('parseJsonlRecord reads a date written as a number when it can only be one date: YYYYMMDD, or a Unix time in seconds or milliseconds', () => {
    const read = (date: number) => {
      const record = parseJsonlRecord(JSON.stringify({ id: 'a', text: 't', date }));
      return record.ok ? [record.metadata.date, record.warnings] : undefined;
    };
    expect(read(20230303)).toEqual(['2023-03-03', []]);
    expect(read(19991231)).toEqual(['1999-12-31', []]);
    // 2023-03-03T10:15:00Z, as the text "2023-03-03T10:15:00Z" is read.
    expect(read(1677838500)).toEqual(['2023-03-03T10:15', []]);
    expect(read(1677838500123)).toEqual(['2023-03-03T10:15', []]);
    expect(read(1677838500.5)).toEqual(['2023-03-03T10:15', []]);
    // No day 30 in February, no month 13, no year so read; a count, a time in microseconds, a negative number.
    for (const date of [20230230, 20231301, 30230303, 12345, 1677838500123456, -1677838500, 2023]) {
      expect(read(date), String(date)).toEqual([null, [`"date" is a number (${date}), neither a YYYYMMDD date nor a Unix time in seconds or milliseconds of 1980-2099: left empty`]]);
    }
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
    expect(await dateOf('auto')).toBe('03/04/2023');
    expect(await dateOf('dmy')).toBe('2023-04-03');
    expect(await dateOf('mdy')).toBe('2023-03-04');
  });

  it('parseJsonlRecord accepts numeric ids and rejects other kinds', () => {
    expect(parseJsonlRecord('{"id": 12, "text": "t"}')).toMatchObject({ ok: true, id: '12' });
    for (const id of ['true', 'null', '[]', '{}', '""', '"  "', '1e999']) {
      expect(parseJsonlRecord(`{"id": ${id}, "text": "t"}`)).toEqual({ ok: false, problem: '"id" is missing, or not a non-empty string or a number' });
    }
  });

  it('parseJsonlRecord says when the file looks like JSON rather than JSONL (an array, or an object over several lines)', () => {
    const records = [{ id: 'a', text: 't' }];
    expect(parseJsonlRecord(JSON.stringify(records))).toEqual({ ok: false, problem: 'not a JSON object but an array (JSONL has one object per line, not an array of them)' });
    const [first, second] = JSON.stringify(records, null, 2).split('\n');
    expect(parseJsonlRecord(first!)).toEqual({ ok: false, problem: 'not valid JSON: Unexpected end of JSON input (JSON over several lines? JSONL has one object per line)' });
    expect(parseJsonlRecord(second!)).toMatchObject({ ok: false, problem: expect.stringMatching(/\(JSON over several lines\?/) });
    expect(parseJsonlRecord('{"id": "a", "text": ')).toEqual({ ok: false, problem: expect.not.stringMatching(/several lines/) });
    expect(parseJsonlRecord('"text"')).toEqual({ ok: false, problem: 'not a JSON object' });
  });
});

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
