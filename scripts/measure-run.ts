// One Node script run as a child process, timed: wall time, CPU time (user and system, all threads) and peak RSS from
// /usr/bin/time when the host has it. Used by `npm run bench` and `npm run bench:ab`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

export interface Measure {
  seconds: number;
  /** User CPU seconds of the process and its threads. */
  userSeconds: number | null;
  /** User + system CPU seconds of the process and its threads. */
  cpuSeconds: number | null;
  peakRssMb: number | null;
  stdout: string;
}

/** Runs `node ARGS` in `cwd`; throws with its stderr when it fails. */
export function measure(args: string[], cwd: string): Measure {
  const statsDir = mkdtempSync(join(tmpdir(), 'measure-run-'));
  const statsFile = join(statsDir, 'time');
  const withTime = existsSync(TIME);
  const started = performance.now();
  const run = withTime
    ? spawnSync(TIME, ['-f', '%e %U %S %M', '-o', statsFile, process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const stats = withTime && existsSync(statsFile) ? readFileSync(statsFile, 'utf8') : '';
  rmSync(statsDir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  const [, user, system, peakKb] = withTime ? stats.trim().split('\n').pop()!.split(/\s+/).map(Number) : [];
  const cpuSeconds = (user ?? NaN) + (system ?? NaN);
  return {
    seconds,
    userSeconds: Number.isFinite(user) ? user! : null,
    cpuSeconds: Number.isFinite(cpuSeconds) ? cpuSeconds : null,
    peakRssMb: Number.isFinite(peakKb) ? peakKb! / 1024 : null,
    stdout: run.stdout,
  };
}
