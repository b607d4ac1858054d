// Runs scripts of scripts/ one after another in this one process, each as `tsx scripts/NAME ARG` runs it alone,
// and prints, as JSON, each run's exit code and what it wrote to stdout and stderr. script-args.test.ts checks every
// script's --help and an unknown option through it: one tsx start for all of them, where a process per script had cost
// a cold start each (0.4-1.3 s of CPU, 25 scripts).
//   node --import tsx tests/scripts/run-scripts.ts ARG... -- NAME...   (each script run once with each ARG)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What one run gave. */
export interface ScriptRun {
  script: string;
  arg: string;
  status: number;
  stdout: string;
  stderr: string;
}

/** process.exit called by a script: the run ends there, with its code. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

const end = process.argv.indexOf('--', 2);
const [args, scripts] = [process.argv.slice(2, end), process.argv.slice(end + 1)];
const { stdout, stderr } = process;
const writeOut = stdout.write.bind(stdout);
const writeErr = stderr.write.bind(stderr);
const exit = process.exit.bind(process);
const runs: ScriptRun[] = [];
for (const [k, arg] of args.entries()) {
  for (const script of scripts) {
    const run: ScriptRun = { script, arg, status: 0, stdout: '', stderr: '' };
    stdout.write = ((chunk: string | Uint8Array) => ((run.stdout += String(chunk)), true)) as typeof stdout.write;
    stderr.write = ((chunk: string | Uint8Array) => ((run.stderr += String(chunk)), true)) as typeof stderr.write;
    process.exit = ((code?: number) => {
      throw new Exit(code ?? 0);
    }) as typeof process.exit;
    // A module of its own for each run, as when run alone: an earlier run may have imported this one (bench.ts imports
    // make-scale-corpus.ts, and each script runs once per ARG), and a module is evaluated once. The script is
    // process.argv[1], query and all, as node sets it for a script it runs: make-scale-corpus.ts runs its main only when
    // it is process.argv[1].
    const path = resolve('scripts', script);
    const query = `run-${k}`;
    process.argv = [process.execPath, `${path}?${query}`, arg];
    try {
      await import(`${pathToFileURL(path).href}?${query}`);
      run.status = process.exitCode === undefined ? 0 : Number(process.exitCode);
    } catch (error) {
      if (error instanceof Exit) run.status = error.code;
      else {
        run.status = 1;
        run.stderr += `${(error as Error).stack ?? error}\n`;
      }
    }
    process.exitCode = undefined;
    runs.push(run);
  }
}
stdout.write = writeOut;
stderr.write = writeErr;
stdout.write(JSON.stringify(runs), () => exit(0));
