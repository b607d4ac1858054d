// Starting the worker threads before the config is validated and the input listed: a thread's
// start (Node's worker bootstrap, the stages' modules and lexicons) takes 0.5-2 s of wall time,
// which the main thread would spend waiting; started first, it overlaps the main thread's imports,
// the config's validation and the listing. Which input and how
// many threads are read from the command line and the config file as written; the run decides
// again from the validated config and the real listing (pipeline.ts), and the early threads are
// closed unused if it disagrees. A run of one batch runs in the main thread, so threads are
// started early only for an input that holds more than one batch at a bounded look.
import { closeSync, openSync, opendirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { BATCH_SIZE, startWorkers, workerThreads, type WorkerPool } from './pool.js';

/** Entries a look at a directory tree reads at most (a tree of mostly other files is not worth more). */
const MAX_ENTRIES_LOOKED_AT = 10_000;
/** Bytes of a .jsonl file read to count its records. */
const JSONL_HEAD_BYTES = 1 << 20;

/**
 * Worker threads for the run the command line and the config file (parsed JSON, not yet
 * validated) describe, or null when that run would not use them or it is unclear.
 */
export function startWorkersEarly(inputFlag: string | undefined, fileConfig: unknown): WorkerPool | null {
  const written = typeof fileConfig === 'object' && fileConfig !== null ? (fileConfig as Record<string, unknown>) : {};
  const input = inputFlag ?? written.input;
  const workers = written.workers ?? 'auto';
  if (typeof input !== 'string' || !(workers === 'auto' || (Number.isInteger(workers) && (workers as number) >= 1))) return null;
  const threads = workerThreads(workers as 'auto' | number);
  return threads > 1 && inputHasMoreThan(input, BATCH_SIZE) ? startWorkers(threads) : null;
}

/**
 * Whether the input holds more than `count` articles, as far as a bounded look tells: .txt files
 * found depth-first in a directory (symbolic links not followed), lines in the head of a .jsonl
 * file. False when it cannot tell.
 */
export function inputHasMoreThan(input: string, count: number): boolean {
  try {
    const info = statSync(input);
    if (info.isDirectory()) return textFilesAtLeast(input, count + 1, { left: MAX_ENTRIES_LOOKED_AT }) >= count + 1;
    return info.isFile() && extname(input).toLowerCase() === '.jsonl' && newlinesInHead(input) > count;
  } catch {
    return false;
  }
}

function textFilesAtLeast(dir: string, wanted: number, budget: { left: number }): number {
  const entries = opendirSync(dir);
  let found = 0;
  try {
    for (let entry = entries.readSync(); entry && found < wanted && budget.left-- > 0; entry = entries.readSync()) {
      if (entry.isDirectory()) found += textFilesAtLeast(join(dir, entry.name), wanted - found, budget);
      else if (entry.isFile() && extname(entry.name).toLowerCase() === '.txt') found++;
    }
  } finally {
    entries.closeSync();
  }
  return found;
}

function newlinesInHead(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(JSONL_HEAD_BYTES);
    const length = readSync(fd, head, 0, head.length, 0);
    let lines = 0;
    for (let at = head.indexOf(10); at !== -1 && at < length; at = head.indexOf(10, at + 1)) lines++;
    return lines;
  } finally {
    closeSync(fd);
  }
}
