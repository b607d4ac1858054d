// The names of clean/<name>.txt in a run. An id's name is its safe file name (report/index.ts),
// but macOS and Windows volumes ignore case and Unicode normalisation: `Story` and `story` in one
// JSONL wrote one clean/story.txt there, the second article's text over the first's. The main
// thread meets the ids in input order and gives every id whose name another already has, as those
// volumes compare names, the hashed name; the tasks of the passes carry these few renamings.
import { hashedFileName, safeFileName } from '../report/index.js';

/** Id -> file name, for the ids of a batch that do not keep their safe file name (a Map: ids such as `constructor`). */
export type Renamings = ReadonlyMap<string, string>;

/** A name as a volume that ignores case and Unicode normalisation compares it. */
export const foldedName = (name: string): string => name.normalize('NFD').toUpperCase().toLowerCase().normalize('NFC');

export const fileNameOf = (id: string, renamings: Renamings): string => renamings.get(id) ?? safeFileName(id);

/** The names taken so far in the run, folded (one short string an article). */
export class CleanFileNames {
  private readonly taken = new Set<string>();

  /** The renamings of ids met in this order. */
  renamings(ids: Iterable<string>): Renamings {
    const renamings = new Map<string, string>();
    for (const id of ids) {
      const folded = foldedName(safeFileName(id));
      if (!this.taken.has(folded)) {
        this.taken.add(folded);
        continue;
      }
      const hashed = hashedFileName(id);
      renamings.set(id, hashed);
      this.taken.add(foldedName(hashed));
    }
    return renamings;
  }
}
