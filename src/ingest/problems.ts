// What ingest reports: the problem row of an input it could not read, in words a user can act on,
// and the error that stops the run (an input that is not there, or no kind it reads).
import type { IngestItem, Problem } from '../types.js';

/** An input the run cannot start from (none there, or no kind it reads): the run stops with its message (cli.ts). */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** The row an input that is not read (or is read with a warning) adds to errors.csv. */
export const problemItem = (sourceFile: string, articleId: string | null, problem: string, severity: Problem['severity'] = 'error'): IngestItem => ({
  kind: 'problem',
  problem: { sourceFile, articleId, stage: 'ingest', severity, problem },
});

/**
 * Why a listed path could not be read. A name that is not UTF-8 (Latin-1 names from old archives)
 * is listed with U+FFFD in place of its bytes, a path that does not exist: it was "cannot read:
 * ENOENT" of a file or folder the user can see. A file the user may not read had "cannot read:
 * EACCES", an error code to look up: the words say what happened and what to do.
 */
export function readFailure(error: NodeJS.ErrnoException, path: string): string {
  if (error.code === 'ENOENT' && path.includes('\uFFFD')) return 'its name is not valid UTF-8; rename it to have it read';
  if (error.code === 'EACCES' || error.code === 'EPERM') return `permission denied (${error.code}); give the user running the pipeline read permission`;
  if (error.code === 'ENOENT') return 'it is gone (ENOENT): deleted or moved after the input was listed';
  return error.code ?? error.message;
}

/**
 * Why a file or a JSONL record (`unit`: "file", "line") has no text to analyse (`problem`: "empty
 * file"), and what to do: such an input is a scraper's failed download or save, and the page is
 * fetched again or the input dropped. "empty file" alone had named no next step, as every other
 * problem of ingest does.
 */
export const blankInput = (problem: string, unit: 'file' | 'line'): string => `${problem}: a failed download or save? Scrape the page again, or delete the ${unit}`;

/** The most limits.maxFileBytes may be. Measured: one 32 MB article peaks at 1.5 GB of memory (16 MB at 1.1 GB); more risks running out. */
export const MAX_FILE_BYTES_CEILING = 32 * 1024 * 1024;

/**
 * Why a file or JSONL record is refused for its size, and what to do: a single article is rarely over
 * 1 MB, so a bigger one is usually many articles in one; the limit itself can rise only to the ceiling
 * measured safe for memory.
 */
export function overSizeLimit(what: string, bytes: number, limit: number): string {
  return `${what} is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)} (limits.maxFileBytes): if it holds many articles, give each its own file or JSONL record; otherwise raise limits.maxFileBytes in pipeline.config.json (at most ${formatBytes(MAX_FILE_BYTES_CEILING)})`;
}

/** A size as a problem row gives it ("2.5 MB"). */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
