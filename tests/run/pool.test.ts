import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventEmitter, once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { batches, inOrder, peek, rejectingOnError, runLeavingOut, WORKER_FILE, workerResourceLimits, workersWarning, workerThreads } from '../../src/run/pool.js';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('rejectingOnError', () => {
  it('rejects the running tasks and every later one with the first error the pool emits', async () => {
    const pool = new EventEmitter();
    const run = rejectingOnError((n: number) => (n === 1 ? Promise.resolve(10) : new Promise<number>(() => undefined)), pool);
    expect(await run(1)).toBe(10);
    const stuck = run(2);
    pool.emit('error', new Error('cannot start'));
    await expect(stuck).rejects.toThrow('cannot start');
    await expect(run(1)).rejects.toThrow('cannot start');
  });

  it('holds no finished task\'s result (a 100k run had kept them all)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const run = rejectingOnError(async (n: number) => ({ n, payload: new Array<number>(1000).fill(n) }), new EventEmitter());
    const results: WeakRef<object>[] = [];
    for (let n = 0; n < 200; n++) results.push(new WeakRef(await run(n)));
    // A WeakRef keeps its target to the end of the job that made or read it: collect after it.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(results.filter((result) => result.deref() !== undefined)).toHaveLength(0);
  });
});

describe('inOrder', () => {
  it('yields results in input order whatever order the tasks finish in, with a bounded number running', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), async (delays, inFlight) => {
        let running = 0;
        let mostRunning = 0;
        const run = async (i: number) => {
          running++;
          mostRunning = Math.max(mostRunning, running);
          await new Promise((resolve) => setTimeout(resolve, delays[i]));
          running--;
          return i * 10;
        };
        const results = await collect(inOrder(from(delays.map((_, i) => i)), run, inFlight));
        expect(results).toEqual(delays.map((_, i) => i * 10));
        expect(mostRunning).toBeLessThanOrEqual(inFlight);
      }),
      { numRuns: 25 },
    );
  });

  it('passes a failed task\'s error on', async () => {
    const run = async (i: number) => {
      if (i === 2) throw new Error('task 2 failed');
      return i;
    };
    await expect(collect(inOrder(from([0, 1, 2, 3]), run, 2))).rejects.toThrow('task 2 failed');
  });
});

/** What piscina rejects a task with when Node stopped its worker thread at the heap limit. */
const outOfMemory = () => Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });

describe('runLeavingOut', () => {
  /** A task over sources (their weights) that runs out of memory when they weigh more than `limit` together. */
  function task(limit: number) {
    const calls: Array<{ sources: number[]; part: number | null }> = [];
    const run = async (sources: number[], part: number | null) => {
      calls.push({ sources, part });
      if (sources.reduce((sum, weight) => sum + weight, 0) > limit) throw outOfMemory();
      return sources.map((weight) => weight * 10);
    };
    return { run, calls };
  }

  it('runs the batch once when it passes', async () => {
    const { run, calls } = task(100);
    expect(await runLeavingOut([1, 2, 3], run)).toEqual({ whole: [10, 20, 30] });
    expect(calls).toEqual([{ sources: [1, 2, 3], part: null }]);
  });

  it('when the batch runs out of memory, runs each source alone and leaves out exactly those that run out of memory alone', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 5, max: 40 }), async (weights, limit) => {
      const { run, calls } = task(limit);
      const outcome = await runLeavingOut(weights, run);
      if (weights.reduce((a, b) => a + b, 0) <= limit) {
        expect(outcome).toEqual({ whole: weights.map((weight) => weight * 10) });
        return;
      }
      // Also when each passes alone and only the batch is too much (a few large articles together).
      expect(outcome).toEqual({ parts: weights.filter((weight) => weight <= limit).map((weight) => [weight * 10]), leftOut: new Set(weights.flatMap((weight, index) => (weight > limit ? [index] : []))) });
      expect(calls.slice(1)).toEqual(weights.map((weight, index) => ({ sources: [weight], part: index })));
    }), { numRuns: 200 });
  });

  it('passes any other failure on without trying the sources alone: a full disk or a bug is not one article\'s', async () => {
    const calls: number[][] = [];
    const run = async (sources: number[]) => {
      calls.push(sources);
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await expect(runLeavingOut([1, 2], run)).rejects.toThrow('no space left on device');
    expect(calls).toEqual([[1, 2]]);
  });
});

describe('workerThreads', () => {
  const cores = availableParallelism();

  it('is one per core for "auto" and never more than the cores: `workers: 256` started 256 threads on 2 cores', () => {
    expect(workerThreads('auto')).toBe(cores);
    expect(workerThreads(1)).toBe(1);
    expect(workerThreads(cores)).toBe(cores);
    expect(workerThreads(cores + 1)).toBe(cores);
    expect(workerThreads(256)).toBe(Math.min(256, cores));
  });

  it('warns, naming the number asked for and the number used, only when it lowers the setting', () => {
    expect(workersWarning('auto')).toBeNull();
    expect(workersWarning(1)).toBeNull();
    expect(workersWarning(cores)).toBeNull();
    const warning = workersWarning(cores + 1)!;
    expect(warning).toContain(`"workers": ${cores + 1}`);
    expect(warning).toContain(`using at most ${cores}`);
  });
});

describe('workerResourceLimits', () => {
  const MB = 1024 * 1024;

  it('gives the workers the larger young generation from a 1 GB heap limit on, V8\'s default below it', () => {
    expect(workerResourceLimits(4144 * MB)).toEqual({ maxYoungGenerationSizeMb: 96 });
    expect(workerResourceLimits(1024 * MB)).toEqual({ maxYoungGenerationSizeMb: 96 });
    expect(workerResourceLimits(1023 * MB)).toEqual({});
    expect(workerResourceLimits(98 * MB)).toEqual({}); // --max-old-space-size=50
  });
});

describe('batches', () => {
  it('groups items in order, the last batch possibly shorter', async () => {
    expect(await collect(batches(from([1, 2, 3, 4, 5]), 2))).toEqual([[1, 2], [3, 4], [5]]);
    expect(await collect(batches(from([]), 3))).toEqual([]);
  });
});

describe('peek', () => {
  it('gives the first items and then the whole stream, reading it once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer(), { maxLength: 10 }), fc.integer({ min: 0, max: 12 }), async (items, count) => {
        let reads = 0;
        async function* counted() {
          for (const item of items) {
            reads++;
            yield item;
          }
        }
        const { head, all } = await peek(counted(), count);
        expect(head).toEqual(items.slice(0, count));
        expect(await collect(all)).toEqual(items);
        expect(reads).toBe(items.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe('worker threads', () => {
  const entry = join(import.meta.dirname, '../../dist/run/worker-entry.cjs');
  const noRequireOfModules = process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module') ? ['--no-experimental-require-module'] : [];

  it('load a CommonJS entry: require() runs it without linking an ES module (which a closing pool could abort) and it gives the handler', async () => {
    expect(basename(fileURLToPath(WORKER_FILE))).toBe(basename(entry));
    const code = `const { parentPort } = require('node:worker_threads');
      try { Promise.resolve(require(${JSON.stringify(entry)})).then((handler) => parentPort.postMessage(typeof handler)); }
      catch (error) { parentPort.postMessage(error.code); }`;
    const worker = new Worker(code, { eval: true, execArgv: noRequireOfModules });
    const [outcome] = (await once(worker, 'message')) as [string];
    await worker.terminate();
    expect(outcome).toBe('function');
  });
});
