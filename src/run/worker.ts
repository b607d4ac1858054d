// A worker thread's side of the pool (piscina loads it through worker-entry.cts): it makes the
// task handler (tasks.ts) from the first task's setup, runs each task, and hands its byte buffers back
// (and a failed task's error, whole: thread-error.ts).
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { sendableError } from './thread-error.js';
import { createTaskHandler, type AnalyzeResult, type ReportResult, type ScanResult, type TaskHandler, type WorkerSetup, type WorkerTask } from '../tasks.js';

/** What a worker thread is sent per task: the run's setup comes with each (see WorkerPool in pool.ts). */
export interface WorkerMessage {
  setup: WorkerSetup;
  task: WorkerTask;
}

// In a worker thread (piscina): each task calls the default export. A pool serves one run, so
// every message has the same setup and the task handler is made from the first.
let taskHandler: TaskHandler | null = null;

export default function runTask({ setup, task }: WorkerMessage): unknown {
  try {
    taskHandler ??= createTaskHandler(setup);
    const result = taskHandler.run(task);
    return move({ [transferableSymbol]: [...resultBuffers(result)], [valueSymbol]: result });
  } catch (error) {
    throw sendableError(error);
  }
}

/**
 * The byte buffers of a result, handed over to the main thread instead of copied (transferList):
 * a copy cost the serialisation here and again the deserialisation there, each into freshly
 * allocated memory (page faults), for megabytes of rendered rows per batch. Every buffer listed
 * belongs to this result alone (utf8Groups, packTerms, hashKeys, minHashSignature): Node's shared pool never is.
 */
export function resultBuffers(result: ScanResult | AnalyzeResult | ReportResult): Set<ArrayBuffer> {
  const buffers = new Set<ArrayBuffer>();
  const add = (bytes: Uint8Array | Uint32Array | null) => {
    if (bytes) buffers.add(bytes.buffer as ArrayBuffer);
  };
  if (Array.isArray(result)) {
    for (const page of result) {
      add(page?.lines ?? null);
      add(page?.story ?? null);
      add(page?.paragraphs ?? null);
    }
  } else if ('items' in result) {
    for (const item of result.items) {
      if (item.kind !== 'analysed') continue;
      add(item.terms);
      add(item.signature);
    }
    add(result.details.sentences.bytes);
    add(result.details.removed_lines.bytes);
  } else {
    for (const rows of Object.values(result.csv)) add(rows.bytes);
    add(result.json.bytes);
  }
  return buffers;
}
