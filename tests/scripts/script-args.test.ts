// Every bench and eval script, and every script package.json runs, answers --help with its usage and
// options and exit code 0, before it reads any bench data, builds or writes anything: `npm run
// fit:sentiment-context -- --help` had started the fit, which rewrites data/sentiment-context.txt. An unknown
// option is the problem and the usage on stderr, exit code 2, without parseArgs' stack trace.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScriptRun } from './run-scripts.js';

const RUN_BY_NPM = Object.values(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>).flatMap((command) => /\btsx scripts\/([\w-]+\.ts)/.exec(command)?.[1] ?? []);
const SCRIPTS = [...new Set([...readdirSync('scripts').filter((name) => /^(bench|eval)(-.*)?\.ts$/.test(name)), ...RUN_BY_NPM])].sort();

/** Each script run with each of `args` (run-scripts.ts: all of them in one tsx process), by argument, then by name. */
function runEach(args: readonly string[]): Promise<Map<string, Map<string, ScriptRun>>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/scripts/run-scripts.ts', ...args, '--', ...SCRIPTS]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      if (status !== 0) return fail(new Error(`run-scripts.ts exited ${status}: ${stderr}`));
      const runs = JSON.parse(stdout) as ScriptRun[];
      done(new Map(args.map((arg) => [arg, new Map(runs.filter((run) => run.arg === arg).map((run) => [run.script, run]))])));
    });
  });
}

describe('--help and an unknown option of the bench, eval, fit and other scripts', () => {
  let helps: Map<string, ScriptRun>;
  let bogus: Map<string, ScriptRun>;
  // One process runs them all, tsx compiling each script once: on one core under a load of 30 a process per script
  // took up to 33 s, so the limit is for a loaded CI runner, not a bound on speed.
  beforeAll(async () => {
    const runs = await runEach(['--help', '--bogus']);
    [helps, bogus] = [runs.get('--help')!, runs.get('--bogus')!];
  }, 180_000);

  it('lists the scripts it checks', () => {
    expect(SCRIPTS).toContain('bench.ts');
    expect(SCRIPTS).toContain('eval-sentiment.ts');
    expect(SCRIPTS).toContain('fit-sentiment-context.ts');
    expect(SCRIPTS).toContain('make-scale-corpus.ts');
    expect(SCRIPTS).toContain('write-config-schema.ts');
  });

  it.each(SCRIPTS)('%s prints its usage and options and exits 0', (script) => {
    const { status, stdout, stderr } = helps.get(script)!;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: /);
    expect(stdout).toMatch(/^options:$/m);
    expect(stdout).toMatch(/^ {2}-h, --help {2,}this text$/m);
  });

  it.each(SCRIPTS)('%s refuses an unknown option with the problem and its usage, exit 2', (script) => {
    const { status, stdout, stderr } = bogus.get(script)!;
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Unknown option '--bogus'.*\n\nusage: /);
    expect(stderr).not.toContain('    at ');
  });

  it("gives make-scale-corpus's required options in its usage", () => {
    expect(helps.get('make-scale-corpus.ts')!.stdout).toMatch(/^usage: .*--count N --out/);
  });
});
