// Reports are written into a staging directory next to the output directory and swapped in at the
// end, so the output directory always holds one complete run: the old one or the new one.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const STAGING = '.staging-';
const RETIRED = '.retired-';

export interface Staging {
  dir: string;
  /** Moves the staged reports into place, replacing an earlier run. */
  commit(): Promise<void>;
  /** Removes the staging directory (after a failure or an interruption). */
  discard(): Promise<void>;
}

export async function stageOutput(outputDir: string): Promise<Staging> {
  const parent = dirname(outputDir);
  const name = basename(outputDir);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(parent, name);
  const dir = join(parent, `.${name}${STAGING}${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  return {
    dir,
    async commit() {
      const retired = join(parent, `.${name}${RETIRED}${process.pid}`);
      const hadOld = await rename(outputDir, retired).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      await rename(dir, outputDir);
      if (hadOld) await rm(retired, { recursive: true, force: true });
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Cleans up after a run that was killed: staging directories are dropped; a retired directory is
 * an earlier complete run, put back if the kill came between the two renames of commit().
 */
async function removeLeftovers(parent: string, name: string): Promise<void> {
  const entries = await readdir(parent);
  for (const entry of entries.sort()) {
    if (entry.startsWith(`.${name}${STAGING}`)) await rm(join(parent, entry), { recursive: true, force: true });
  }
  for (const entry of entries.sort()) {
    if (!entry.startsWith(`.${name}${RETIRED}`)) continue;
    const restored = await rename(join(parent, entry), join(parent, name)).then(
      () => true,
      () => false,
    );
    if (!restored) await rm(join(parent, entry), { recursive: true, force: true });
  }
}
