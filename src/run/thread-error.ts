// A task's error on its way from a worker thread to this one. piscina posts it, and the structured
// clone of an Error keeps its message and stack but not its class, its own `name` (only a built-in
// error's) or its other properties (`code`): an InstallationError or a ConfigError raised in a task
// reached the command line as a plain Error, "Unexpected failure" and exit 1. The worker sends a
// plain object instead, which crosses whole, and the pool makes the error again.
import { ConfigError } from '../config-file.js';
import { InstallationError } from '../installation-error.js';

/** A task's error as it crosses the threads. */
interface SentError {
  readonly sentError: true;
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  readonly code: unknown;
}

/** The classes the command line tells errors apart by (cli.ts), made again from their name. */
const CLASSES: ReadonlyMap<string, new (message: string) => Error> = new Map<string, new (message: string) => Error>([
  ['ConfigError', ConfigError],
  ['InstallationError', InstallationError],
]);

/** The error a task threw, as it is sent to the main thread (worker.ts): what is no Error goes as it is. */
export function sendableError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const sent: SentError = { sentError: true, name: error.name, message: error.message, stack: error.stack, code: (error as NodeJS.ErrnoException).code };
  return sent;
}

/** The error a worker thread sent (sendableError) made again, of its class when the command line tells it by that; other rejections as they are. */
export function receivedError(error: unknown): unknown {
  if (!isSent(error)) return error;
  const made = new (CLASSES.get(error.name) ?? Error)(error.message);
  made.name = error.name;
  made.stack = error.stack;
  if (error.code !== undefined) Object.assign(made, { code: error.code });
  return made;
}

const isSent = (error: unknown): error is SentError => typeof error === 'object' && error !== null && (error as Partial<SentError>).sentError === true;
