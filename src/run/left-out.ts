// Pass 2's batch whose worker thread ran out of memory and so ran one source at a time (pool.ts
// runLeavingOut): its parts joined back into the batch's result and spool file, with an errors.csv
// row in the place of each source left out.
import { readFile, rm } from 'node:fs/promises';
import { sourceFileOf, sourceId } from '../ingest/index.js';
import { joinDetails } from '../report/index.js';
import type { AnalyzeResult } from '../tasks.js';
import type { Problem, Source } from '../types.js';
import { writeSpoolFile } from './spool.js';

/** The spool file of one source run alone (`part`: its index in the batch), or of the whole batch (null). */
export const partSpoolFile = (spoolFile: string, part: number | null): string => (part === null ? spoolFile : `${spoolFile}.${part}`);

/** A batch's result and spool file from its sources' parts (each spooled to partSpoolFile), with an error for each left out. */
export async function joinParts(sources: Source[], parts: AnalyzeResult[], leftOut: Set<number>, spoolFile: string, complete: boolean): Promise<AnalyzeResult> {
  // A spool file is its records one after the other (spool.ts): the parts' files, joined, are the batch's.
  const kept = sources.flatMap((_, index) => (leftOut.has(index) ? [] : [partSpoolFile(spoolFile, index)]));
  writeSpoolFile(spoolFile, await Promise.all(kept.map((file) => readFile(file))));
  await Promise.all(kept.map((file) => rm(file)));
  const items: AnalyzeResult['items'] = [];
  let part = 0;
  for (const [index, source] of sources.entries()) {
    if (leftOut.has(index)) items.push({ kind: 'problem', problem: outOfMemoryProblem(source) });
    else items.push(...parts[part++]!.items);
  }
  return { items, details: joinDetails(parts.map((result) => result.details)), complete };
}

/** errors.csv's row for an input whose analysis took a worker thread past its heap limit. */
function outOfMemoryProblem(source: Source): Problem {
  return {
    sourceFile: sourceFileOf(source), articleId: sourceId(source), stage: 'analyze', severity: 'error',
    problem: 'ran out of memory while being analysed (the worker thread reached its heap limit) and is left out; more memory for Node (NODE_OPTIONS=--max-old-space-size=MB) may let it through, a lower limits.maxFileBytes refuses such files up front',
  };
}
