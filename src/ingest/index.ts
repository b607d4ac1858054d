// Ingest, the first stage: the input listed once (a directory's .txt files: listing.ts; a JSONL
// file's records: jsonl.ts), each text file read, decoded and normalised when its task runs
// (text-file.ts, in the worker threads), each article given its id (sources.ts). openInput is the
// entry; the rest is what the other stages, the scripts and the tests take from this one.
import { readlink, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, resolve } from 'node:path';
import type { DateOrder, Source } from '../types.js';
import { readJsonl } from './jsonl.js';
import { extensionOnly, listDirectory } from './listing.js';
import { IngestError, readFailure } from './problems.js';
import { textFileSource } from './sources.js';

export { parseJsonlRecord } from './jsonl-record.js';
export { normaliseText } from './normalise.js';
export { IngestError } from './problems.js';
export { sourceFileOf, sourceId, textFileSource } from './sources.js';
export { emptyMetadata, readTextFile } from './text-file.js';

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
