// Runs worker tasks (worker.ts) on a piscina thread pool, or in this thread when there is one
// worker or no built worker file: `npm run pipeline` runs dist/ where the built worker files exist, while
// tests import src/*.ts, where a worker thread could not load worker.ts.
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { WorkerSetup, WorkerTask } from '../tasks.js';
import { receivedError } from './thread-error.js';
import type { WorkerMessage } from './worker.js';

export interface TaskRunner {
  /** Threads running tasks (1: this thread). */
  readonly threads: number;
  run<R>(task: WorkerTask): Promise<R>;
  /** Ends the threads; calling it again waits for the same end. */
  close(): Promise<void>;
}

/** CommonJS, which loads worker.js with import() (see worker-entry.cts for why). */
export const WORKER_FILE = new URL('./worker-entry.cjs', import.meta.url);

/**
 * Twice V8's default young generation (32 MB semi-spaces, three of them make it) for the worker
 * threads: each batch's live objects survive a scavenge or two whatever its size, so half as many
 * scavenges copy about half as much. 10k articles: 6.6% less CPU over four pairs run side by side,
 * for about 95 MB more peak RSS (docs/scale-history.md). The main thread keeps the default.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * The heap limit (v8 heap_size_limit, MB) below which the workers keep V8's default young generation.
 * A worker at its heap limit gets 16 MB more from Node to be stopped (ERR_WORKER_OUT_OF_MEMORY, its
 * article left out); a full collection moves the young generation's survivors into old space at
 * once, up to a 32 MB semi-space of them with the larger one, and past those 16 MB V8 aborts the
 * whole process (exit 134, no report written). 240,000 list lines (3.6 MB) under a 50 MB heap:
 * 4 of 6 runs abort with 96 MB, 0 of 6 with the default (docs/scale-history.md, "a worker's heap limit").
 */
const LARGE_YOUNG_GENERATION_MIN_HEAP_MB = 1024;

/** The workers' resource limits for a process whose heap limit (v8's heap_size_limit) is `heapLimitBytes`. */
export function workerResourceLimits(heapLimitBytes: number): ResourceLimits {
  return heapLimitBytes >= LARGE_YOUNG_GENERATION_MIN_HEAP_MB * 1024 * 1024 ? { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } : {};
}

/** Articles per worker task: large enough that messaging costs little, small enough to keep both cores busy. */
export const BATCH_SIZE = 32;

/**
 * Threads for the `workers` setting: one per core for "auto", and never more than the cores. The
 * stages are CPU-bound, so a thread beyond the cores only adds its start-up (modules, lexicons)
 * and its heap. 300 articles on 2 cores, two runs each: 2 threads 7.1-8.5 CPU s (user + system),
 * 0.34 GB peak RSS, 6.8-8.4 s wall; 8 threads 14.7-16.8 CPU s, 0.70 GB, 13.7-15.4 s; 32 threads
 * 28.6-29.7 CPU s, 1.6 GB, 29.5-31.0 s. `workers: 256` started 256 threads.
 */
export function workerThreads(setting: 'auto' | number): number {
  const cores = availableParallelism();
  return setting === 'auto' ? cores : Math.min(setting, cores);
}

/** What the command line says when `workers` asks for more threads than workerThreads() gives; null otherwise. */
export function workersWarning(setting: 'auto' | number): string | null {
  const used = workerThreads(setting);
  if (setting === 'auto' || setting <= used) return null;
  return `"workers": ${setting} is more than the ${used} core${used === 1 ? '' : 's'} of this machine (os.availableParallelism()); using at most ${used} worker thread${used === 1 ? '' : 's'}, since more would only cost memory and start-up time`;
}

/**
 * Worker threads started before the run's setup is known: they load their modules while this
 * thread reads the config and lists the input. The setup goes with every task (a few hundred
 * bytes to copy; the task handler is made from the first one a thread gets, see worker.ts).
 */
export interface WorkerPool {
  readonly threads: number;
  run<R>(message: WorkerMessage): Promise<R>;
  /** Ends the threads; the same promise every time it is called. */
  close(): Promise<void>;
}

/**
 * `run` whose tasks, running and later, are rejected with the first error `source` emits. A task is
 * held only while it runs: racing each against one promise that never settles kept every task's
 * result reachable from that promise's reactions (a 100k-article run's peak RSS went 0.86 -> 2.6 GB).
 */
export function rejectingOnError<M, R>(run: (message: M) => Promise<R>, source: EventEmitter): (message: M) => Promise<R> {
  const running = new Set<(error: unknown) => void>();
  let failure: { error: unknown } | null = null;
  source.on('error', (error: unknown) => {
    failure ??= { error };
    for (const reject of running) reject(error);
    running.clear();
  });
  return (message) => {
    if (failure) return Promise.reject(failure.error);
    return new Promise<R>((resolve, reject) => {
      running.add(reject);
      run(message).then(resolve, reject).finally(() => running.delete(reject));
    });
  };
}

/** `threads` worker threads, or null for one thread or where there is no built worker file. */
export function startWorkers(threads: number): WorkerPool | null {
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER_FILE))) return null;
  const pool = new Piscina({
    filename: WORKER_FILE.href, minThreads: threads, maxThreads: threads, idleTimeout: 60_000,
    resourceLimits: workerResourceLimits(getHeapStatistics().heap_size_limit),
  });
  // A thread that cannot start (a module or a data file it loads is missing or damaged) fails every
  // task with its error: piscina emits that error on the pool, which ends the process with piscina's
  // stack when nothing listens, and starts no more threads, so the run's tasks would wait forever.
  // A task's error comes as worker.ts sent it (thread-error.ts): made again with its class and name.
  const run = rejectingOnError(
    (message: WorkerMessage) =>
      pool.run(message).catch((error: unknown) => {
        throw receivedError(error);
      }),
    pool,
  );
  let closing: Promise<void> | null = null;
  return {
    threads,
    run: <R>(message: WorkerMessage) => run(message) as Promise<R>,
    close: () => (closing ??= pool.destroy()),
  };
}

/**
 * A runner on `threads` threads: the workers started early when there are as many, new ones
 * otherwise (the early ones are then told to close, whoever started them awaits that), or this
 * thread. The stages (and their lexicons, stemmer, stopword lists) are imported only in the
 * threads that run them, which keeps the main thread small.
 */
export async function createRunner(setup: WorkerSetup, threads: number, started: WorkerPool | null = null): Promise<TaskRunner> {
  // Its starter awaits the closing and sees any error; this only starts it.
  if (started && started.threads !== threads) started.close().catch(() => undefined);
  const workers = started?.threads === threads ? started : startWorkers(threads);
  if (workers) {
    return {
      threads,
      run: (task) => workers.run({ setup, task }),
      close: workers.close,
    };
  }
  const { createTaskHandler } = await import('../tasks.js');
  const handler = createTaskHandler(setup);
  return {
    threads: 1,
    run: async <R>(task: WorkerTask) => handler.run(task) as R,
    close: async () => undefined,
  };
}

/**
 * Runs one task per item with at most `inFlight` running, and yields the results in the order of
 * the items, whichever finishes first: the reduce and the reports see the input order, so the
 * output does not depend on thread timing.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T>, run: (item: T) => Promise<R>, inFlight: number): AsyncGenerator<R> {
  const running: Array<Promise<R>> = [];
  for await (const item of items) {
    const task = run(item);
    task.catch(() => undefined); // awaited below, in order; this only stops an early unhandled rejection
    running.push(task);
    if (running.length >= inFlight) yield await running.shift()!;
  }
  while (running.length) yield await running.shift()!;
}

/**
 * The first `count` items of a stream, and the whole stream again (those items, then the rest):
 * the stream is read once, so a listing is not redone to learn how long it is.
 */
export async function peek<T>(items: AsyncIterable<T>, count: number): Promise<{ head: T[]; all: AsyncIterable<T> }> {
  const iterator = items[Symbol.asyncIterator]();
  const head: T[] = [];
  let ended = false;
  while (head.length < count && !ended) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else head.push(next.value);
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, all: all() };
}

/** Groups a stream (or a list) into arrays of up to `size` items. */
export async function* batches<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Whether a task failed because its worker thread reached its heap limit (Node stops the thread; piscina starts another). */
function workerOutOfMemory(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** A batch's task run whole, or (its worker thread ran out of memory) one source at a time. */
type BatchOutcome<R> = { whole: R } | { parts: R[]; leftOut: Set<number> };

/**
 * Runs a batch's task. When its worker thread runs out of memory (one huge article can take it
 * past its heap limit on a machine with little memory, and so can a batch holding a few large
 * ones), the batch's sources run one at a time instead (`part`: the source's index; null for the
 * whole batch): the results of those that pass, in order, and the indexes of those that run out of
 * memory alone, which are left out. Such an article costs only itself, not the run and every other
 * article's results. Any other failure is not an article's to bear (a full disk, a bug) and is rethrown.
 */
export async function runLeavingOut<S, R>(sources: readonly S[], run: (sources: S[], part: number | null) => Promise<R>): Promise<BatchOutcome<R>> {
  try {
    return { whole: await run([...sources], null) };
  } catch (error) {
    if (!workerOutOfMemory(error)) throw error;
  }
  const parts: R[] = [];
  const leftOut = new Set<number>();
  for (const [index, source] of sources.entries()) {
    try {
      parts.push(await run([source], index));
    } catch (error) {
      if (!workerOutOfMemory(error)) throw error;
      leftOut.add(index);
    }
  }
  return { parts, leftOut };
}
