// Every bench and eval script, and every script package.json runs, answers --help with its usage and
// options and exit code 0, before it reads any bench data, builds or writes anything: `npm run
// fit:sentiment-context -- --help` had started the fit, which rewrites data/sentiment-context.txt.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const RUN_BY_NPM = Object.values(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>).flatMap((command) => /\btsx scripts\/([\w-]+\.ts)/.exec(command)?.[1] ?? []);
const SCRIPTS = [...new Set([...readdirSync('scripts').filter((name) => /^(bench|eval)(-.*)?\.ts$/.test(name)), ...RUN_BY_NPM])].sort();

function help(script: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, '--help']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('--help of the bench, eval, fit and other scripts', () => {
  it('lists the scripts it checks', () => {
    expect(SCRIPTS).toContain('bench.ts');
    expect(SCRIPTS).toContain('eval-sentiment.ts');
    expect(SCRIPTS).toContain('fit-sentiment-context.ts');
    expect(SCRIPTS).toContain('write-config-schema.ts');
  });

  // Run five at a time (vitest's maxConcurrency), each tsx compiling its script: on one core under a load of 30 one
  // took 33 s, so the limit is for a loaded CI runner, not a bound on speed.
  it.concurrent.each(SCRIPTS)('%s prints its usage and options and exits 0', async (script) => {
    const { status, stdout, stderr } = await help(script);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: /);
    expect(stdout).toMatch(/^options:$/m);
    expect(stdout).toMatch(/^ {2}-h, --help {2,}this text$/m);
  }, 180_000);
});
