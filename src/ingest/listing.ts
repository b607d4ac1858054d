// A directory input listed: its .txt files in path order, and why any other file in it is not read.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { IngestItem, Source } from '../types.js';
import { problemItem, readFailure } from './problems.js';
import { inputPath, textFileSource } from './sources.js';
import { byCodeUnits } from '../order.js';

/** The sources of a directory's .txt files, after the problems of its listing. */
export async function listDirectory(input: string, outputDirs: readonly string[]): Promise<Source[]> {
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
    const entries = await directoryEntries(root, dir, visited, outputDirs, problems);
    if (entries === null) return;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      // The entry's own type comes with the listing (readdir looks it up itself where the file
      // system does not give it): only a symbolic link needs a call, to follow it. An lstat per
      // entry, awaited one after the other, takes about 1.5 s of wall time per listing of 10,000 files.
      const kind = entry.isSymbolicLink() ? await stat(path).catch((error: NodeJS.ErrnoException) => error) : entry;
      const isText = extname(entry.name).toLowerCase() === '.txt';
      if (kind instanceof Error) {
        const what = kind.code === 'ELOOP' ? 'symbolic link loop' : kind.code === 'ENOENT' ? 'broken symbolic link' : `cannot be read: ${readFailure(kind, path)}`;
        problems.push(problemItem(inputPath(root, path), null, `${what}: not followed`, 'warning'));
      } else if (kind.isDirectory()) {
        await walk(path);
      } else if (isText && kind.isFile()) {
        files.push(path);
      } else if (isText) {
        // A FIFO would block the run forever; a device never ends.
        problems.push(problemItem(inputPath(root, path), null, 'not a regular file (pipe, socket or device): skipped'));
      } else if (kind.isFile() && entry.name.toLowerCase() === '.txt') {
        // All extension, so hidden (extname gives none) and meant as text: it would be left out silently.
        problems.push(problemItem(inputPath(root, path), null, `not read: ${extensionOnly(entry.name)}`, 'warning'));
      } else if (kind.isFile() && !entry.name.startsWith('.')) {
        const extension = extname(entry.name).toLowerCase();
        const seen = otherFiles.get(extension);
        const rel = inputPath(root, path);
        if (!seen) otherFiles.set(extension, { count: 1, first: rel });
        else otherFiles.set(extension, { count: seen.count + 1, first: rel < seen.first ? rel : seen.first });
      }
    }
  };
  await walk(root);
  problems.push(...otherFileProblems(root, otherFiles));
  files.sort(byCodeUnits);
  return { files, problems };
}

/**
 * The entries of a directory of the walk, or null where it is not read, with the problem why in `problems`: a link loop (its
 * real path is `visited` already), the run's output directory, a directory that cannot be read.
 */
async function directoryEntries(root: string, dir: string, visited: Set<string>, outputDirs: readonly string[], problems: IngestItem[]): Promise<Dirent[] | null> {
  try {
    // realpath fails like readdir (a path over PATH_MAX, a directory deleted meanwhile): outside
    // this try, one such directory would end the whole run ("Unexpected failure: ENAMETOOLONG").
    const real = await realpath(dir);
    if (visited.has(real)) {
      problems.push(problemItem(inputPath(root, dir), null, 'directory link loop: not followed again', 'warning'));
      return null;
    }
    visited.add(real);
    // The output directory inside the input is refused before the run (output-location.ts), but a
    // link in the input to a folder that holds it was followed: an earlier run's clean/ texts were
    // read as articles, each a duplicate of its own source.
    if (outputDirs.includes(real)) {
      problems.push(problemItem(inputPath(root, dir), null, 'the output directory (reached through a link): not read', 'warning'));
      return null;
    }
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(problemItem(inputPath(root, dir), null, `directory cannot be read: ${readFailure(error as NodeJS.ErrnoException, dir)}`));
    return null;
  }
}

/** One warning per extension of the files not read (`otherFiles`: how many, and the first by path), by extension. */
function otherFileProblems(root: string, otherFiles: ReadonlyMap<string, { count: number; first: string }>): IngestItem[] {
  return [...otherFiles].sort(([a], [b]) => (a < b ? -1 : 1)).map(([extension, { count, first }]) => {
    const kind = extension ? `ending in ${extension}` : 'without an extension';
    const what = count === 1 ? `this file (${kind})` : `${count} files ${kind}, this one first`;
    return problemItem(first, null, `not read: ${what}; only .txt files are analysed${howToRead(extension, join(root, first))}`, 'warning');
  });
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
export const extensionOnly = (name: string): string => `the file's name is only its extension "${name}" (a hidden file); rename it, as story.txt, to have it read`;
