// Reports are written into a staging directory next to the output directory and swapped in at the
// end, so the output directory always holds one complete run: the old one or the new one.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const STAGING = '.staging-';
const RETIRED = '.retired-';

interface Staging {
  dir: string;
  /** Moves the staged reports into place, replacing an earlier run. Fails after discard(). */
  commit(): Promise<void>;
  /** Removes the staging directory (after a failure or an interruption); waits for a commit under way. */
  discard(): Promise<void>;
}

/** Fails with a message naming what could not be done where: the staging directory is the output's sibling, not the output. */
export async function stageOutput(outputDir: string): Promise<Staging> {
  const parent = dirname(outputDir);
  const name = basename(outputDir);
  const dir = join(parent, `.${name}${STAGING}${process.pid}`);
  const failing = (what: string) => (error: NodeJS.ErrnoException) => {
    throw new Error(`${what} (${reasonOf(error)})`, { cause: error });
  };
  await mkdir(parent, { recursive: true }).catch(failing(`cannot create ${parent}, the directory that holds ${outputDir}`));
  await removeLeftovers(parent, name).catch(failing(`cannot remove an interrupted run's leftovers in ${parent}`));
  await rm(dir, { recursive: true, force: true })
    .then(() => mkdir(dir))
    .catch(failing(`cannot create the staging directory ${dir} in ${parent}, where the reports are written before they replace ${outputDir}`));
  // A signal handler may call discard() while commit() runs: whichever starts first wins, so an
  // interruption never removes the staged run after the old one was moved aside.
  let committing: Promise<void> | null = null;
  let discarded = false;
  return {
    dir,
    commit() {
      if (discarded) return Promise.reject(new Error('the run was interrupted; nothing committed'));
      committing ??= swapIn(dir, outputDir, join(parent, `.${name}${RETIRED}${process.pid}`));
      return committing;
    },
    async discard() {
      if (committing) {
        await committing.catch(() => undefined);
        return;
      }
      discarded = true;
      // Moved out of the way first: writes still under way then fail instead of recreating files
      // in a directory being deleted (which would leave it behind).
      const trash = `${dir}-discarded`;
      await rename(dir, trash).catch(() => undefined);
      // A worker's file opened just before the rename can still appear while rm walks the trash
      // (ENOTEMPTY): rm walks it again then.
      await rm(trash, { recursive: true, force: true, maxRetries: 3 });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The swap failed (EXDEV, EBUSY, EPERM: a bind mount, a share, a program holding the directory):
 * the run's complete reports stay in the staging directory, and the message says where they and
 * the previous reports are and what to do, instead of a stack trace.
 */
export class SwapError extends Error {
  override name = 'SwapError';

  /** `previous`: where the earlier run's reports are now (null when there were none). */
  constructor(outputDir: string, staged: string, previous: string | null, cause: NodeJS.ErrnoException) {
    const reason = reasonOf(cause);
    const output = resolve(outputDir);
    const kept =
      previous === null ? '' : previous === outputDir ? `; the previous reports in ${output} are unchanged` : `; the previous reports could not be put back either: they are whole in ${resolve(previous)}, and the next run into ${output} puts them back first`;
    super(
      `could not move the finished reports into ${output} (${reason}). The complete reports of this run are in ${resolve(staged)}${kept}. ` +
        `Move or copy that folder where you want it before the next run into ${output}, which deletes it. ` +
        'A run replaces the output directory by renaming: if it is on a bind mount or a network share, or open in another program, ' +
        'close that program or choose an output directory elsewhere.',
      { cause },
    );
  }
}

/** "EXDEV: cross-device link not permitted, rename 'a' -> 'b'" without its paths, which the messages name in words. */
function reasonOf(error: NodeJS.ErrnoException): string {
  return error.message.replace(/, (rename|open|scandir|mkdir|rmdir|unlink) .*$/s, '');
}

/** Two renames: the old run aside, the new one in. A failed second rename puts the old run back. */
async function swapIn(staged: string, outputDir: string, retired: string): Promise<void> {
  const hadOld = await rename(outputDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw new SwapError(outputDir, staged, outputDir, error);
    },
  );
  try {
    await rename(staged, outputDir);
  } catch (error) {
    const putBack = hadOld && (await rename(retired, outputDir).then(() => true, () => false));
    throw new SwapError(outputDir, staged, hadOld ? (putBack ? outputDir : retired) : null, error as NodeJS.ErrnoException);
  }
  // The new run is in place: a previous run that cannot be deleted now (a file held open) is only
  // clutter, which the next run's removeLeftovers deletes, not a failure of this one.
  if (hadOld) await rm(retired, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Cleans up after a run that was killed: staging directories are dropped; a retired directory is
 * an earlier complete run, put back if the kill came between the two renames of swapIn(). Leftovers
 * of a process that is still running (another run into the same output) are left alone.
 */
async function removeLeftovers(parent: string, name: string): Promise<void> {
  const entries = (await readdir(parent)).sort();
  const leftovers = (kind: string) => entries.filter((entry) => entry.startsWith(`.${name}${kind}`) && !isRunning(Number(entry.slice(name.length + kind.length + 1))));
  for (const entry of leftovers(STAGING)) await rm(join(parent, entry), { recursive: true, force: true });
  for (const entry of leftovers(RETIRED)) {
    const restored = await rename(join(parent, entry), join(parent, name)).then(
      () => true,
      () => false,
    );
    if (!restored) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
