// Shared by the end-to-end tests: run the built CLI (tests/global-setup.ts builds dist/), read its CSVs.
import { spawn, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli.js');
export const HOSTILE = resolve(import.meta.dirname, 'fixtures', 'hostile');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` to completion. */
export function runCli(args: string[], options: SpawnOptions & { nodeArgs?: string[] } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
}

const tempDirs: string[] = [];

/**
 * Removes the directories tempDir made since the last call: after each test file (tests/setup.ts; a worker that
 * runs many files evaluates this module once).
 */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh directory under the system temp dir, removed after the test file. */
export function tempDir(prefix = 'hostile-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** A CSV report as rows of cells, header first (the BOM is checked and dropped). */
export function readCsv(path: string, delimiter = ','): string[][] {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('\uFEFF')) throw new Error(`${path} has no UTF-8 BOM`);
  return parse(text.slice(1), { delimiter, relax_column_count: false }) as string[][];
}

/** A CSV report as objects keyed by its header. */
export function readCsvRecords(path: string, delimiter = ','): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(path, delimiter);
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
