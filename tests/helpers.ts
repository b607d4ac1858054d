// Shared by the end-to-end tests: run the built CLI (tests/global-setup.ts builds dist/), read its CSVs.
import { spawn, spawnSync, type SpawnOptions, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadScaled } from './load.js';

export const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli.js');
export const HOSTILE = resolve(import.meta.dirname, 'fixtures', 'hostile');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export { loadScaled };

/** A CLI run of the tests' inputs (a few articles, or the 33-70 that start the threads: 1-3 s of CPU) on an idle machine, with room to spare. */
export const CLI_RUN_IDLE_MS = 30_000;

/**
 * The time limit of a test that makes `runs` CLI runs: each run's own limit (runCli, runCliSync) at the load when the
 * file is collected. A test that waits in spawnSync cannot be stopped by vitest's timer, only failed after it returns:
 * the run's own limit is what stops a hang there.
 */
export const cliTestLimit = (runs = 1): number => runs * loadScaled(CLI_RUN_IDLE_MS);

/** Why a process was stopped at its limit: the failure a hung one gives. */
const hung = (command: string, limit: number): Error =>
  new Error(`${command} was still running after ${Math.round(limit / 1000)} s (load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores): killed as hung`);

/** spawnSync, the process killed at its limit (loadScaled: `idleMs` idle) with an error; text output. */
export function spawnLimited(command: string, args: readonly string[], options: SpawnSyncOptions & { idleMs?: number } = {}): SpawnSyncReturns<string> {
  const { idleMs = CLI_RUN_IDLE_MS, ...spawnOptions } = options;
  const limit = loadScaled(idleMs);
  const result = spawnSync(command, args, { encoding: 'utf8', ...spawnOptions, timeout: limit, killSignal: 'SIGKILL' }) as SpawnSyncReturns<string>;
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') throw hung([command, ...args].join(' '), limit);
  return result;
}

/** Runs `node dist/cli.js ...args` to completion, or kills it at its limit (loadScaled: `idleMs` idle) and rejects. */
export function runCli(args: string[], options: SpawnOptions & { nodeArgs?: string[]; idleMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const limit = loadScaled(options.idleMs ?? CLI_RUN_IDLE_MS);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(hung(`node dist/cli.js ${args.join(' ')}`, limit));
    }, limit);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

/** runCli in the test's own thread (spawnLimited): `node [nodeArgs] <cli> ...args`, `cli` dist/cli.js or an installation copy's. */
export function runCliSync(args: string[], options: SpawnSyncOptions & { nodeArgs?: string[]; cli?: string; idleMs?: number } = {}): CliResult {
  const { nodeArgs = [], cli = CLI, ...spawnOptions } = options;
  const result = spawnLimited(process.execPath, [...nodeArgs, cli, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
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
