// A JSONL input: its records in file order, each an article or the problem that kept it out.
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { DateOrder, IngestItem } from '../types.js';
import { notUtf8Jsonl } from './encoding.js';
import { parseJsonlRecord } from './jsonl-record.js';
import { readLines } from './jsonl-lines.js';
import { recordWithMojibakeRepaired } from './mojibake.js';
import { normaliseText } from './normalise.js';
import { blankInput, IngestError, overSizeLimit, problemItem, readFailure } from './problems.js';

/** The first bytes of a file, at most `length`. */
function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.allocUnsafe(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The records of the first `size` bytes of a JSONL file. */
export async function* readJsonl(path: string, size: number, maxRecordBytes: number, dateOrder: DateOrder): AsyncGenerator<IngestItem> {
  const name = basename(path);
  let head: Buffer;
  try {
    // notUtf8Jsonl's guess of UTF-16 or UTF-32 (encoding.ts guessWideEncoding) reads the first 8 KB.
    head = readHead(path, 8192);
  } catch (error) {
    // As for an unreadable .txt input (the stream's EACCES was an unexpected failure).
    yield problemItem(name, null, `cannot be read: ${readFailure(error as NodeJS.ErrnoException, path)}`);
    return;
  }
  const notUtf8 = notUtf8Jsonl(head);
  if (notUtf8) throw new IngestError(`input ${path} ${notUtf8}`);
  const seen = new Set<string>();
  // Lines that are not blank: a file with none gets an errors.csv row, not only "No articles found".
  let written = 0;
  for await (const line of readLines(path, maxRecordBytes, { size })) {
    const sourceFile = `${name}:${line.number}`;
    if (line.text === null || line.text.trim()) written++;
    if (line.text === null) {
      yield problemItem(sourceFile, null, `line ${line.number}: ${overSizeLimit('record', line.bytes, maxRecordBytes)}`);
      continue;
    }
    if (!line.text.trim()) continue;
    const record = parseJsonlRecord(line.text, dateOrder);
    if (!record.ok) {
      yield problemItem(sourceFile, record.id ?? null, `line ${line.number}: ${record.problem}`);
      continue;
    }
    if (seen.has(record.id)) {
      yield problemItem(sourceFile, record.id, `line ${line.number}: duplicate id "${record.id}" (first record kept)`);
      continue;
    }
    const { text, metadata, warnings: repairWarnings } = recordWithMojibakeRepaired(record.text, record.metadata);
    const normalised = normaliseText(text);
    // As an empty .txt file is (blankFileProblem): a record whose scrape failed would be an article
    // of 0 words. Its id is not taken: a later record with it is read.
    if (!normalised.trim()) {
      const blank = `"text" is ${record.text ? 'only whitespace' : 'empty'}`;
      yield problemItem(sourceFile, record.id, `line ${line.number}: ${blankInput(blank, 'line')}`);
      continue;
    }
    seen.add(record.id);
    const recordWarnings = [...record.warnings, ...repairWarnings].map((warning) => `line ${line.number}: ${warning}`);
    const warnings = [...(line.invalid ? [`${line.invalid} invalid UTF-8 sequence(s) replaced with U+FFFD`] : []), ...recordWarnings];
    yield {
      kind: 'article',
      article: { id: record.id, sourceFile, text: normalised, encoding: 'jsonl', givenMetadata: metadata, warnings },
    };
  }
  if (!written) yield problemItem(name, null, `no records: ${size ? 'every line of the file is blank' : 'the file is empty'}`, 'warning');
}
