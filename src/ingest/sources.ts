// An input's id and the file errors.csv names it by, made once when it is listed.
import { basename, extname, relative, sep } from 'node:path';
import type { Source, TextFileSource } from '../types.js';

/**
 * Article id of a file from its path relative to the input directory: without extension, `/`-separated.
 * A name blank before its extension keeps it (" .txt"): the id " " was blank in every report.
 */
function idOfRelativePath(rel: string): string {
  const stem = rel.slice(0, rel.length - extname(rel).length);
  return (basename(stem).trim() ? stem : rel).split(sep).join('/');
}

/** The source of the .txt file `path` in the input directory `inputDir`. */
export function textFileSource(inputDir: string, path: string): TextFileSource {
  const rel = relative(inputDir, path);
  return { kind: 'file', path, id: idOfRelativePath(rel), sourceFile: slashed(rel) };
}

/**
 * A path below the input directory `root` as errors.csv names it: relative to `root`, `/`-separated
 * on every system, as its files' `source_file` is ("." for `root` itself). The listing's own problems
 * (a link loop, a broken link, a pipe) had Windows' `\` where its other rows had `/`.
 */
export const inputPath = (root: string, path: string): string => slashed(relative(root, path)) || '.';

const slashed = (rel: string): string => rel.split(sep).join('/');

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
