// The time limits of the tests on a loaded machine: shared by vitest.config.ts and tests/helpers.ts.
import { availableParallelism, loadavg } from 'node:os';

/**
 * `idleMs`, what a test or a child process needs on an idle machine with room to spare, times the tasks waiting per core
 * (the last minute's load average over the cores) when more than one waits: the wall time it may take before it is taken
 * for hung. A CLI run of seeds/ takes 3 s of CPU, 2 s of wall time idle and 58 s at a load of 23 on 2 cores, where a fixed
 * 60 s limit had failed it; so scaled, a hang is still stopped, later on a loaded machine.
 */
export function loadScaled(idleMs: number): number {
  return Math.round(idleMs * Math.max(1, loadavg()[0]! / availableParallelism()));
}
