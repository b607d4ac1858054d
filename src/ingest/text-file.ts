// One .txt file read: its bytes, decoded (encoding.ts), repaired (mojibake.ts) and normalised.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ArticleMetadata, IngestItem, TextFileSource } from '../types.js';
import { decodeBytes } from './encoding.js';
import { withMojibakeRepaired } from './mojibake.js';
import { normaliseText } from './normalise.js';
import { blankInput, overSizeLimit, problemItem, readFailure } from './problems.js';

/** The metadata of an article that came with none given (a .txt file's: the cleaner finds it). */
export const emptyMetadata = (): ArticleMetadata => ({ title: null, date: null, byline: null, source: null, url: null });

/**
 * Reads, decodes and normalises one .txt file. Synchronous: it runs in worker threads, where the
 * promise machinery of fs/promises costs more than the system calls on small files.
 */
export function readTextFile({ path, id, sourceFile }: TextFileSource, maxFileBytes: number): IngestItem {
  let bytes: Buffer;
  try {
    const read = readWhole(path, maxFileBytes);
    if (typeof read === 'number') {
      return problemItem(sourceFile, id, overSizeLimit('file', read, maxFileBytes));
    }
    bytes = read;
  } catch (error) {
    return problemItem(sourceFile, id, `cannot be read: ${readFailure(error as NodeJS.ErrnoException, path)}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return problemItem(sourceFile, id, decoded.problem);
  const { text, warnings: repairWarnings } = withMojibakeRepaired(decoded.text);
  const normalised = normaliseText(text);
  const blank = blankFileProblem(bytes.length, normalised);
  if (blank) return problemItem(sourceFile, id, blank);
  const warnings = [...decoded.warnings, ...repairWarnings];
  return {
    kind: 'article',
    article: { id, sourceFile, text: normalised, encoding: decoded.encoding, givenMetadata: emptyMetadata(), warnings },
  };
}

/**
 * Why a file holds no text to analyse, or null. An empty file, one of spaces and line ends, or one
 * that is only a byte-order mark would be an article row of 0 words, among the real empty pages
 * (all boilerplate), when it is a file that was never written: a scraper's failed save.
 */
function blankFileProblem(size: number, text: string): string | null {
  if (text.trim()) return null;
  if (size === 0) return blankInput('empty file', 'file');
  return blankInput(text ? 'only whitespace' : 'empty file (only a byte-order mark)', 'file');
}

/**
 * A file's bytes, or its size when that is over `maxBytes`. One open, fstat, read and close: a
 * stat of the path first and then readFileSync resolved the path twice, for every file in both
 * passes. Like readFileSync, it reads up to the size fstat gave.
 */
function readWhole(path: string, maxBytes: number): Buffer | number {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return size;
    const bytes = Buffer.allocUnsafeSlow(size);
    let filled = 0;
    for (let got = -1; filled < size && got !== 0; filled += got) got = readSync(fd, bytes, filled, size - filled, null);
    return filled < size ? bytes.subarray(0, filled) : bytes;
  } finally {
    closeSync(fd);
  }
}
