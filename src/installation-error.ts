// An error of the installation, not of the input or the config: a file the code ships with (data/)
// or a package provides (natural's part-of-speech lexicon and stemmers) is missing or damaged, or a
// package is not installed at all. The command line prints its message alone and exits 2 (cli.ts).

/** A file the code ships with is missing or damaged: the run cannot start until it is restored. */
export class InstallationError extends Error {
  override name = 'InstallationError';
}

/**
 * Whether the error is an InstallationError, told by its name: thrown as a worker thread loads its
 * modules, it reaches this thread as a plain Error (its class is lost in Node's copy of it between
 * threads) that keeps its own `name`. A task's error is made again in its class (run/thread-error.ts).
 */
export const isInstallationError = (error: unknown): error is Error => error instanceof Error && error.name === InstallationError.name;

/**
 * The package whose absence the error reports (Node's "Cannot find module 'stopword'" or "Cannot find
 * package 'zod' imported from ..."), or null. Told by the message, which is all that is sure to cross
 * from a thread that failed to load. A relative or absolute path not found is the code's own fault,
 * not the installation's, and is no package.
 */
export function missingPackage(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const name = /^Cannot find (?:module|package) '([^']+)'/.exec(error.message)?.[1];
  return name && !/^[./]|^[A-Za-z]:|\\/.test(name) ? name : null;
}
