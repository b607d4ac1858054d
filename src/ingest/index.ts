// Ingest: find the input files, decode their bytes (encoding.ts), normalise the text and give each
// article an id. The pure parts (normaliseText, parseJsonlRecord) come first, exported for testing;
// the file system is touched only from openInput on: the listing, and readTextFile, which the
// tasks call (tasks.ts).
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { findIsoDate } from '../text/dates.js';
import { decodeHtml } from '../text/html.js';
import { stripMarkdown } from '../text/markdown.js';
import type { ArticleMetadata, DateOrder, IngestItem, Problem, Source, TextFileSource } from '../types.js';
import { decodeBytes, notUtf8Jsonl, replacementsMade } from './encoding.js';
import { repairMojibake } from './mojibake.js';

export const emptyMetadata = (): ArticleMetadata => ({ title: null, date: null, byline: null, source: null, url: null });

// Invisible characters that only split words (ZWSP, word joiner, BOM, soft hyphen). ZWJ and ZWNJ are
// kept: they are meaningful in emoji sequences and in Persian or Indic scripts.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * normaliseText's replacements, in order (CRLF before lone CR and the other line separators). A
 * vertical tab is Word's manual line break (Shift+Enter) in text copied out of it: dropped as a
 * control character, it had joined the words on either side ("budgetBy Jane Doe").
 */
const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\r\n?/g, '\n'],
  [/[\v\f\u2028\u2029\u0085]/g, '\n'],
  [INVISIBLE, ''],
  [CONTROL, ''],
  [/[\u00A0\u2007\u202F]/g, ' '],
];

/** Any character one of the replacements or spacedTabs changes. */
const REPLACED = new RegExp([...REPLACEMENTS.map(([pattern]) => pattern.source), '\t'].join('|'));

/** Cells between tabs that make a line a table row (features.ts tableCells takes 3 or more). */
const MIN_TABBED_CELLS = 3;

/**
 * Tabs as spaces: those of a line of MIN_TABBED_CELLS cells or more between tabs, a table row
 * ("Index<tab>Close<tab>Change"), as two spaces between its cells, which the cleaner splits cells at
 * (a table set in columns); any other as one space. With one space each, a tab-separated header
 * row was three words, no cells, and stayed in the body when its rows went (features.ts isDataTableRow).
 */
function spacedTabs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      const cells = line.split('\t').map((cell) => cell.trim()).filter(Boolean);
      return cells.length >= MIN_TABBED_CELLS ? cells.join('  ') : line.replace(/\t/g, ' ');
    })
    .join('\n');
}

/**
 * HTML references decoded and common tags removed (text/html.ts), then NFC, LF line ends (also for
 * form feeds, vertical tabs and Unicode's line separators), no BOM,
 * no zero-width characters; non-breaking spaces and tabs become spaces (a table row's tabs two: spacedTabs);
 * Markdown's markup removed (text/markdown.ts).
 */
export function normaliseText(raw: string): string {
  // First, so that a decoded &nbsp; or &#8203; goes the way of the character itself.
  const text = decodeHtml(raw);
  // Most texts have none of those characters: one scan instead of five (each text is normalised
  // twice per run, in pass 1 and pass 2).
  const replaced = REPLACED.test(text) ? REPLACEMENTS.reduce((partly, [pattern, by]) => partly.replace(pattern, by), text) : text;
  const spaced = replaced.includes('\t') ? spacedTabs(replaced) : replaced;
  // After the line ends are LF: its heading and quote markers are read at a line's start.
  return stripMarkdown(spaced).normalize('NFC');
}

/**
 * Article id of a file from its path relative to the input directory: without extension, `/`-separated.
 * A name blank before its extension keeps it (" .txt"): the id " " was blank in every report.
 */
function idOfRelativePath(rel: string): string {
  const stem = rel.slice(0, rel.length - extname(rel).length);
  return (basename(stem).trim() ? stem : rel).split(sep).join('/');
}

/** `warnings`: the record's metadata fields that were no text, left empty. */
type JsonlRecord = { ok: true; id: string; text: string; metadata: ArticleMetadata; warnings: string[] } | { ok: false; problem: string };

/** A metadata field as one clean line (scraped titles carry tabs, line breaks and control characters). */
const optionalString = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  return normaliseText(value).replace(/\s+/g, ' ').trim() || null;
};

/**
 * A JSONL `date` in the ISO 8601 the cleaner gives dates it lifts ("March 3, 2023" is 2023-03-03),
 * so that one column sorts and summary.html places the article in time; kept as given when it
 * holds no date text/dates.ts reads (a Unix time, "yesterday").
 */
const givenDate = (value: unknown, order: DateOrder): string | null => {
  const date = optionalString(value);
  return date && (findIsoDate(date, order) ?? date);
};

// A date written as a number is read only where it can be one date alone: YYYYMMDD (years of
// text/dates.ts, 1900-2100), or a Unix time in seconds or milliseconds from 1980 to 2099. The ranges do
// not overlap (YYYYMMDD below 2.2e7; seconds 3.2e8-4.1e9; milliseconds from 3.2e11), so a number is
// never read two ways; 2023 (a year), a count or a time in microseconds stays empty, with a warning.
const EPOCH_SECONDS = [Date.UTC(1980, 0, 1) / 1000, Date.UTC(2100, 0, 1) / 1000] as const;

/** The ISO text of a date written as a number (20230303, 1677838500, 1677838500123), or null. */
function numericDate(value: number): string | null {
  if (Number.isInteger(value) && value >= 19000101 && value <= 21001231) {
    const [year, month, day] = [Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2023-02-30 over into March: an impossible day is no date.
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
  }
  const seconds = value >= EPOCH_SECONDS[0] && value < EPOCH_SECONDS[1] ? value : value >= EPOCH_SECONDS[0] * 1000 && value < EPOCH_SECONDS[1] * 1000 ? value / 1000 : null;
  // As the text of that instant in UTC is read ("2023-03-03T10:15:00Z" is 2023-03-03T10:15).
  return seconds === null ? null : findIsoDate(new Date(Math.floor(seconds) * 1000).toISOString());
}

/** Validates one JSONL line: `id` (string or number) and `text` (string) required. */
export function parseJsonlRecord(line: string, dateOrder: DateOrder = 'auto'): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    // A JSON file written with indentation fails on every line, with messages that never say so.
    const opening = /^\s*[[{]\s*$/.test(line) ? ' (JSON over several lines? JSONL has one object per line)' : '';
    // JSON.parse quotes the line: its control bytes (a run of NULs where a crash cut the file, a raw
    // escape sequence) went as they were into errors.csv and report.json.
    const message = (error as Error).message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return { ok: false, problem: `not valid JSON: ${message}${opening}` };
  }
  if (Array.isArray(value)) return { ok: false, problem: 'not a JSON object but an array (JSONL has one object per line, not an array of them)' };
  if (typeof value !== 'object' || value === null) return { ok: false, problem: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'number' && Number.isFinite(record.id) ? String(record.id) : record.id;
  if (typeof id !== 'string' || !id.trim()) return { ok: false, problem: '"id" is missing, or not a non-empty string or a number' };
  if (typeof record.text !== 'string') return { ok: false, problem: '"text" is missing or not a string' };
  // A field of another type is left empty, but not silently: a date written as a number that is
  // no date (see numericDate) had given articles no date with nothing to say why.
  const dateOfNumber = typeof record.date === 'number' ? numericDate(record.date) : null;
  const warnings = METADATA_FIELDS.flatMap((field) => {
    const value = record[field];
    if (value === undefined || value === null || typeof value === 'string' || (field === 'date' && dateOfNumber)) return [];
    if (field === 'date' && typeof value === 'number') return [`"date" is ${describeValue(value)}, neither a YYYYMMDD date nor a Unix time in seconds or milliseconds of 1980-2099: left empty`];
    return [`"${field}" is ${describeValue(value)}, not text: left empty`];
  });
  return {
    ok: true,
    id: id.trim(),
    text: record.text,
    metadata: {
      title: optionalString(record.title),
      date: dateOfNumber ?? givenDate(record.date, dateOrder),
      byline: optionalString(record.author) ?? optionalString(record.byline),
      source: optionalString(record.source),
      url: optionalString(record.url),
    },
    warnings,
  };
}

const METADATA_FIELDS = ['title', 'date', 'author', 'byline', 'source', 'url'] as const;

const describeValue = (value: unknown): string => {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${String(value)})`;
};

export interface IngestOptions {
  input: string;
  maxFileBytes: number;
  /** How a JSONL `date` whose day and month could be either is read (config clean.dateOrder); `auto` when absent. */
  dateOrder?: DateOrder;
  /**
   * Directories a directory input must not read, by real path: the run's output and staging
   * directories, which a link in the input can reach (pipeline.ts).
   */
  outputDirs?: readonly string[];
}

/** The source of the .txt file `path` in the input directory `inputDir`. */
export function textFileSource(inputDir: string, path: string): TextFileSource {
  const rel = relative(inputDir, path);
  return { kind: 'file', path, id: idOfRelativePath(rel), sourceFile: rel.split(sep).join('/') };
}

/** The id of an article still to be read (null for an input that failed at listing). */
export function sourceId(source: Source): string | null {
  if (source.kind === 'file') return source.id;
  return source.kind === 'article' ? source.article.id : null;
}

/** The file an input comes from, as errors.csv names it. */
export function sourceFileOf(source: Source): string {
  if (source.kind === 'file') return source.sourceFile;
  return source.kind === 'article' ? source.article.sourceFile : source.problem.sourceFile;
}

/**
 * The input, listed once, in order and without reading the text files yet: JSONL records come parsed
 * (one file, read sequentially), .txt files as paths for readTextFile. Each call of the function
 * returned lists the same inputs in the same order (the pipeline lists it once a pass). Pass 2 had
 * listed a directory anew, so a file added or removed meanwhile was seen by one pass only: its lines
 * not counted, or counted for an article not analysed. A directory's sources are kept (about 23 MB of
 * heap for 100,000 files, docs/scale.md), a JSONL file is read up to the size it has now (records
 * appended later are in no pass), its records parsed anew.
 */
export async function openInput(options: IngestOptions): Promise<() => AsyncIterable<Source> | Iterable<Source>> {
  const info = await stat(options.input).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) throw new IngestError(`input ${options.input} ${await whyNoInput(options.input, info)}`);
  // Extensions in any case, as for the files of a directory (data.JSONL was refused).
  const extension = extname(options.input).toLowerCase();
  if (info.isFile() && extension === '.jsonl') return () => readJsonl(options.input, info.size, options.maxFileBytes, options.dateOrder ?? 'auto');
  // One .txt file is an input of one article (it was refused): its id is its name, as in its directory.
  if (info.isFile() && extension === '.txt') {
    const sources = [textFileSource(dirname(options.input), options.input)];
    return () => sources;
  }
  if (info.isDirectory()) {
    const sources = await listDirectory(options.input, options.outputDirs ?? []);
    return () => sources;
  }
  if (info.isFile() && basename(options.input).toLowerCase() === '.txt') throw new IngestError(`input ${options.input}: ${extensionOnly(basename(options.input))}`);
  const hint = extension === '.gz' ? ' (decompress it first: gunzip)' : '';
  throw new IngestError(`input ${options.input} must be a directory of .txt files, a .txt file or a .jsonl file${hint}`);
}

/**
 * How a file left out of a directory input can be read, for the kinds a user puts beside their
 * articles expecting them read: a JSONL export is read as the input itself (the command to paste,
 * quoted for a POSIX shell), a web page as its text.
 */
function howToRead(extension: string, path: string): string {
  if (extension === '.jsonl') return `, and a .jsonl file only as the input itself: --input ${shellWord(path)}`;
  if (extension === '.html' || extension === '.htm') return ': save a web page as text (.txt) to have it read';
  return '';
}

const shellWord = (text: string): string => (/^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);

/** Why a file named ".txt" is not read: the name is all extension, which makes it a hidden file. */
const extensionOnly = (name: string): string => `the file's name is only its extension "${name}" (a hidden file); rename it, as story.txt, to have it read`;

/** Why the input could not be looked at. A link loop or a broken link was said not to exist. */
async function whyNoInput(input: string, error: NodeJS.ErrnoException): Promise<string> {
  if (error.code === 'ELOOP') return 'is a symbolic link loop';
  const target = await readlink(input).catch(() => null);
  if (target !== null) return `is a broken symbolic link (to ${resolve(dirname(input), target)})`;
  if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') return `cannot be read: ${readFailure(error, input)}`;
  // Run from another directory, "input": "seeds" of a config file named with --config was not
  // found with nothing to say where it was looked for (paths are not relative to the config file).
  return `does not exist${isAbsolute(input) ? '' : ` (paths are relative to the current directory, ${process.cwd()})`}`;
}

/** The sources of a directory's .txt files, after the problems of its listing. */
async function listDirectory(input: string, outputDirs: readonly string[]): Promise<Source[]> {
  const { files, problems } = await listTextFiles(input, outputDirs);
  const sources: Source[] = [...problems];
  // The id drops the extension, which .txt matches in any case: a.txt and a.TXT were two articles
  // with one id, and the second's clean/a.txt overwrote the first's. As in JSONL, the first is kept.
  const firstWithId = new Map<string, string>();
  for (const path of files) {
    const source = textFileSource(input, path);
    const { id, sourceFile } = source;
    const first = firstWithId.get(id);
    if (first === undefined) {
      firstWithId.set(id, sourceFile);
      sources.push(source);
    } else sources.push(problemItem(sourceFile, id, `duplicate id "${id}": ${first} has it too (first file kept)`));
  }
  return sources;
}

export class IngestError extends Error {
  override name = 'IngestError';
}

const problemItem = (sourceFile: string, articleId: string | null, problem: string, severity: Problem['severity'] = 'error'): IngestItem => ({
  kind: 'problem',
  problem: { sourceFile, articleId, stage: 'ingest', severity, problem },
});

/**
 * Why a listed path could not be read. A name that is not UTF-8 (Latin-1 names from old archives)
 * is listed with U+FFFD in place of its bytes, a path that does not exist: it was "cannot read:
 * ENOENT" of a file or folder the user can see. A file the user may not read had "cannot read:
 * EACCES", an error code to look up: the words say what happened and what to do.
 */
function readFailure(error: NodeJS.ErrnoException, path: string): string {
  if (error.code === 'ENOENT' && path.includes('\uFFFD')) return 'its name is not valid UTF-8; rename it to have it read';
  if (error.code === 'EACCES' || error.code === 'EPERM') return `permission denied (${error.code}); give the user running the pipeline read permission`;
  if (error.code === 'ENOENT') return 'it is gone (ENOENT): deleted or moved after the input was listed';
  return error.code ?? error.message;
}

const mojibakeWarnings = (repaired: number): string[] => (repaired ? [`${repaired} sequence(s) of UTF-8 read as Windows-1252 (mojibake such as "â€™" for "’") repaired`] : []);

/** A text file's text with its mojibake repaired, and the warning saying so. */
function withMojibakeRepaired(raw: string): { text: string; warnings: string[] } {
  const { text, repaired } = repairMojibake(raw);
  return { text, warnings: mojibakeWarnings(repaired) };
}

/**
 * A JSONL record's text and its title, byline and source with their mojibake repaired, and the
 * warning saying so: a title left misread was no longer found repeated in the repaired text, where
 * it stayed as the first paragraph.
 */
function recordWithMojibakeRepaired(raw: string, given: ArticleMetadata): { text: string; metadata: ArticleMetadata; warnings: string[] } {
  let repaired = 0;
  const repair = (value: string): string => {
    const result = repairMojibake(value);
    repaired += result.repaired;
    return result.text;
  };
  const field = (value: string | null): string | null => (value === null ? null : repair(value));
  const text = repair(raw);
  const metadata = { ...given, title: field(given.title), byline: field(given.byline), source: field(given.source) };
  return { text, metadata, warnings: mojibakeWarnings(repaired) };
}

/**
 * Reads, decodes and normalises one .txt file. Synchronous: it runs in worker threads, where the
 * promise machinery of fs/promises costs more than the system calls on small files.
 */
export function readTextFile({ path, id, sourceFile }: TextFileSource, maxFileBytes: number): IngestItem {
  let bytes: Buffer;
  try {
    const read = readWhole(path, maxFileBytes);
    if (typeof read === 'number') {
      return problemItem(sourceFile, id, `file is ${formatBytes(read)}, over the limit of ${formatBytes(maxFileBytes)} (limits.maxFileBytes)`);
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
 * that is only a byte-order mark had been an article row of 0 words, among the real empty pages
 * (all boilerplate), when it is a file that was never written: a scraper's failed save.
 */
function blankFileProblem(size: number, text: string): string | null {
  if (text.trim()) return null;
  if (size === 0) return 'empty file';
  return text ? 'only whitespace' : 'empty file (only a byte-order mark)';
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

/**
 * Every .txt file below the directory, sorted by path; symlinks are followed once, loops reported;
 * `outputDirs` (real paths) are not read.
 * Other files are not read, but counted per extension so a user who dropped in .html or .md files
 * learns why they are missing (hidden files such as .DS_Store are left out silently).
 */
async function listTextFiles(root: string, outputDirs: readonly string[]): Promise<{ files: string[]; problems: IngestItem[] }> {
  const files: string[] = [];
  const problems: IngestItem[] = [];
  const visited = new Set<string>();
  const otherFiles = new Map<string, { count: number; first: string }>();
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      // realpath fails like readdir (a path over PATH_MAX, a directory deleted meanwhile): outside
      // this try, one such directory ended the whole run ("Unexpected failure: ENAMETOOLONG").
      const real = await realpath(dir);
      if (visited.has(real)) {
        problems.push(problemItem(relative(root, dir) || '.', null, 'directory link loop: not followed again', 'warning'));
        return;
      }
      visited.add(real);
      // The output directory inside the input is refused before the run (output-location.ts), but a
      // link in the input to a folder that holds it was followed: an earlier run's clean/ texts were
      // read as articles, each a duplicate of its own source.
      if (outputDirs.includes(real)) {
        problems.push(problemItem(relative(root, dir), null, 'the output directory (reached through a link): not read', 'warning'));
        return;
      }
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(problemItem(relative(root, dir) || '.', null, `directory cannot be read: ${readFailure(error as NodeJS.ErrnoException, dir)}`));
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      // The entry's own type comes with the listing (readdir looks it up itself where the file
      // system does not give it): only a symbolic link needs a call, to follow it. An lstat per
      // entry, awaited one after the other, took about 1.5 s of wall time per listing of 10,000 files.
      const kind = entry.isSymbolicLink() ? await stat(path).catch((error: NodeJS.ErrnoException) => error) : entry;
      const isText = extname(entry.name).toLowerCase() === '.txt';
      if (kind instanceof Error) {
        const what = kind.code === 'ELOOP' ? 'symbolic link loop' : kind.code === 'ENOENT' ? 'broken symbolic link' : `cannot be read: ${readFailure(kind, path)}`;
        problems.push(problemItem(relative(root, path), null, `${what}: not followed`, 'warning'));
      } else if (kind.isDirectory()) {
        await walk(path);
      } else if (isText && kind.isFile()) {
        files.push(path);
      } else if (isText) {
        // A FIFO would block the run forever; a device never ends.
        problems.push(problemItem(relative(root, path), null, 'not a regular file (pipe, socket or device): skipped'));
      } else if (kind.isFile() && entry.name.toLowerCase() === '.txt') {
        // All extension, so hidden (extname gives none) and meant as text: it had been left out silently.
        problems.push(problemItem(relative(root, path).split(sep).join('/'), null, `not read: ${extensionOnly(entry.name)}`, 'warning'));
      } else if (kind.isFile() && !entry.name.startsWith('.')) {
        const extension = extname(entry.name).toLowerCase();
        const seen = otherFiles.get(extension);
        const rel = relative(root, path).split(sep).join('/');
        if (!seen) otherFiles.set(extension, { count: 1, first: rel });
        else otherFiles.set(extension, { count: seen.count + 1, first: rel < seen.first ? rel : seen.first });
      }
    }
  };
  await walk(root);
  for (const [extension, { count, first }] of [...otherFiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kind = extension ? `ending in ${extension}` : 'without an extension';
    const what = count === 1 ? `this file (${kind})` : `${count} files ${kind}, this one first`;
    problems.push(problemItem(first, null, `not read: ${what}; only .txt files are analysed${howToRead(extension, join(root, first))}`, 'warning'));
  }
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, problems };
}

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
async function* readJsonl(path: string, size: number, maxRecordBytes: number, dateOrder: DateOrder): AsyncGenerator<IngestItem> {
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
  // Lines that are not blank: a file with none had no errors.csv row, only "No articles found".
  let written = 0;
  for await (const line of readLines(path, maxRecordBytes, { size })) {
    const sourceFile = `${name}:${line.number}`;
    if (line.text === null || line.text.trim()) written++;
    if (line.text === null) {
      yield problemItem(sourceFile, null, `line ${line.number}: record is ${formatBytes(line.bytes)}, over the limit of ${formatBytes(maxRecordBytes)} (limits.maxFileBytes)`);
      continue;
    }
    if (!line.text.trim()) continue;
    const record = parseJsonlRecord(line.text, dateOrder);
    if (!record.ok) {
      yield problemItem(sourceFile, null, `line ${line.number}: ${record.problem}`);
      continue;
    }
    if (seen.has(record.id)) {
      yield problemItem(sourceFile, record.id, `line ${line.number}: duplicate id "${record.id}" (first record kept)`);
      continue;
    }
    const { text, metadata, warnings: repairWarnings } = recordWithMojibakeRepaired(record.text, record.metadata);
    const normalised = normaliseText(text);
    // As an empty .txt file is (blankFileProblem): a record whose scrape failed had been an article
    // of 0 words. Its id is not taken: a later record with it is read.
    if (!normalised.trim()) {
      yield problemItem(sourceFile, record.id, `line ${line.number}: "text" is ${record.text ? 'only whitespace' : 'empty'}`);
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

/** A line of a file; `text` is null when the line was over the limit (its bytes were counted, not kept). */
interface Line {
  number: number;
  text: string | null;
  bytes: number;
  /** Invalid UTF-8 sequences replaced with U+FFFD in `text`. */
  invalid: number;
}

// A BOM is dropped only at the start of the file (a line that begins with one is not JSON).
const UTF8_LINE = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const LF = 0x0a;
const CR = 0x0d;

/**
 * Which byte ends the lines of a file, told by its first line end: CR when that is a CR with no LF
 * after it (classic Mac OS, some old exports), else LF (a CR before it is dropped with the line).
 * Undefined while no line end has been seen, or the chunk ends in a CR whose next byte is unread.
 * Only the first line end decides: JSON allows a bare CR as whitespace inside a record. In a file of
 * CR line ends a later CRLF is one line end (readLines), as it is in a file of LF ones.
 */
function lineEndOf(chunk: Buffer): number | undefined {
  const cr = chunk.indexOf(CR);
  if (cr === -1) return chunk.includes(LF) ? LF : undefined;
  const lf = chunk.indexOf(LF);
  if (lf !== -1 && lf < cr) return LF;
  if (cr === chunk.length - 1) return undefined;
  return chunk[cr + 1] === LF ? LF : CR;
}

/**
 * The lines of a UTF-8 file (a BOM is dropped), streamed. A line longer than maxLineBytes is
 * dropped as it is read, so one 200 MB line without a newline never has to fit in memory. The
 * bytes are split at the line end byte before decoding (no UTF-8 sequence holds 0x0A or 0x0D), so
 * each line's own bytes tell a U+FFFD it encodes from one put in for invalid bytes. Lines end at LF
 * (or CRLF), or at CR in a file whose line ends are CR only: read as one line, its records were
 * lost under one error. `size`: the bytes read from the file's start (all when absent); `chunkBytes`:
 * the read size, small in tests to split line ends.
 */
export async function* readLines(path: string, maxLineBytes: number, { size, chunkBytes = 64 * 1024 }: { size?: number; chunkBytes?: number } = {}): AsyncGenerator<Line> {
  if (size === 0) return;
  let parts: Buffer[] = [];
  let bytes = 0;
  let number = 0;
  const finish = (): Line => {
    let line: Line = { number: ++number, text: null, bytes, invalid: 0 };
    if (bytes <= maxLineBytes) {
      const raw = Buffer.concat(parts, bytes);
      const text = UTF8_LINE.decode(raw);
      line = { ...line, text: text.replace(/\r$/, ''), invalid: replacementsMade(text, raw, 'utf-8') };
    }
    parts = [];
    bytes = 0;
    return line;
  };
  const add = (piece: Buffer): void => {
    bytes += piece.length;
    if (bytes <= maxLineBytes) parts.push(piece);
    else parts = [];
  };
  let first = true;
  let lineEnd: number | undefined;
  // A CR that ended a chunk before the line end was known: read again with the next chunk.
  let heldCr = false;
  // In a file of CR line ends, a CRLF is one line end too (records a newer tool appended): a line
  // ended at the chunk's last byte, a CR, and an LF opening the next chunk is that line end's.
  let afterCr = false;
  for await (const data of createReadStream(path, { highWaterMark: chunkBytes, end: size === undefined ? undefined : size - 1 })) {
    let chunk = data as Buffer;
    if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
    first = false;
    if (heldCr) chunk = Buffer.concat([Buffer.of(CR), chunk]);
    heldCr = false;
    lineEnd ??= lineEndOf(chunk);
    if (lineEnd === undefined && chunk.at(-1) === CR) {
      heldCr = true;
      chunk = chunk.subarray(0, -1);
    }
    let start: number = afterCr && chunk[0] === LF ? 1 : 0;
    for (let end = chunk.indexOf(lineEnd ?? LF, start); end !== -1; end = chunk.indexOf(lineEnd ?? LF, start)) {
      add(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
      if (lineEnd === CR && chunk[start] === LF) start++;
    }
    afterCr = lineEnd === CR && start === chunk.length && chunk.at(-1) === CR;
    add(chunk.subarray(start));
  }
  if (bytes > 0 || heldCr) yield finish();
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
