// The files of clean/: each article's cleaned body as clean/<name>.txt, and the names. An id's name
// is its safe file name, but macOS and Windows volumes ignore case and Unicode normalisation:
// `Story` and `story` in one JSONL are one clean/story.txt there, and the second article's text
// would overwrite the first's. So the main thread meets the ids in input order and gives every id
// whose name another already has, as those volumes compare names, the hashed name; pass 2's tasks
// carry their articles' names, and the spool carries each article's name to pass 3.
import { hash } from 'node:crypto';
import { join } from 'node:path';
import type { CleanArticle } from '../types.js';

/**
 * File systems allow 255 bytes per name (ext4, XFS); 120 characters of CJK are 360 bytes in UTF-8,
 * and a longer name fails with ENAMETOOLONG, which would end the whole run.
 */
const MAX_NAME_BYTES = 255;
const TEXT_SUFFIX = '.txt';
const HASH_SUFFIX_BYTES = '-12345678'.length + TEXT_SUFFIX.length;

/**
 * A file name for an id: safe on every OS, unique (a hash is added when the id had to change). Ids
 * that differ only in case share a name on macOS and Windows: the run gives all but the first the
 * hashed name (CleanFileNames).
 */
export function safeFileName(id: string): string {
  const safe = safeNameChars(id);
  if (safe === id && safe && Buffer.byteLength(safe) + TEXT_SUFFIX.length <= MAX_NAME_BYTES && !WINDOWS_DEVICE_NAME.test(safe)) return safe;
  return hashedFileName(id);
}

/**
 * The id's safe characters, cut to fit, and a short hash of the whole id. Every id with a `/` gets
 * one, in the main thread and in pass 2: the one-shot `hash` makes no Hash object, where `createHash`
 * makes one each time (about 1% of a 10k run's CPU; docs/scale-history.md).
 */
const hashedFileName = (id: string): string =>
  `${headOfBytes(safeNameChars(id), MAX_NAME_BYTES - HASH_SUFFIX_BYTES) || 'article'}-${hash('sha1', id, 'hex').slice(0, 8)}`;

const safeNameChars = (id: string): string => id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);

/** Names Windows keeps for devices, with any extension: clean/con.txt cannot be created there. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/iu;

/** The longest head of the text (whole code points) that is at most `limit` bytes in UTF-8. */
function headOfBytes(text: string, limit: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > limit) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * Id -> its clean/ file's name, for every id of a batch (a Map: ids such as `constructor`), as the main
 * thread gives them (CleanFileNames), so the worker does not hash every id with a `/` a second time.
 */
export type FileNames = ReadonlyMap<string, string>;

/** A name as a volume that ignores case and Unicode normalisation compares it. */
export const foldedName = (name: string): string => name.normalize('NFD').toUpperCase().toLowerCase().normalize('NFC');

/** The names taken so far in the run, folded (one short string an article). */
export class CleanFileNames {
  private readonly taken = new Set<string>();

  /** The names of ids met in this order: each id's safe name, or its hashed name where an earlier id took that one. */
  names(ids: Iterable<string>): FileNames {
    const names = new Map<string, string>();
    for (const id of ids) {
      const safe = safeFileName(id);
      const folded = foldedName(safe);
      if (!this.taken.has(folded)) {
        this.taken.add(folded);
        names.set(id, safe);
        continue;
      }
      const hashed = hashedFileName(id);
      names.set(id, hashed);
      this.taken.add(foldedName(hashed));
    }
    return names;
  }
}

/** Where an article's cleaned body is, relative to the output directory (articles.csv clean_file). */
export const cleanFilePath = (fileName: string): string => `clean/${fileName}${TEXT_SUFFIX}`;

/** The cleaned body as written to clean/<name>.txt (`fileName`). */
export const cleanTextFile = (dir: string, article: CleanArticle, fileName: string): { path: string; text: string } => ({
  path: join(dir, cleanFilePath(fileName)),
  text: article.body ? `${article.body}\n` : '',
});
