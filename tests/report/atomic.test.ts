// The output directory holds one complete run, old or new, whatever happens to the process.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageOutput } from '../../src/report/atomic.js';
import { CLI, readCsvRecords, readJson, runCli, tempDir } from '../helpers.js';

const listing = (dir: string) => readdirSync(dir).sort();

/** The entries of a directory that may vanish while we look: none if it is gone. */
function entriesOf(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

describe('stageOutput', () => {
  it('a first run appears whole; nothing is left beside it', async () => {
    const parent = tempDir();
    const staging = await stageOutput(join(parent, 'out'));
    writeFileSync(join(staging.dir, 'a.csv'), 'new');
    expect(listing(parent)).toEqual([`.out.staging-${process.pid}`]);
    await staging.commit();
    expect(listing(parent)).toEqual(['out']);
    expect(listing(join(parent, 'out'))).toEqual(['a.csv']);
  });

  it('an earlier run is replaced as a whole, not merged', async () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'out'));
    writeFileSync(join(parent, 'out', 'stale.csv'), 'old');
    const staging = await stageOutput(join(parent, 'out'));
    writeFileSync(join(staging.dir, 'a.csv'), 'new');
    await staging.commit();
    expect(listing(parent)).toEqual(['out']);
    expect(listing(join(parent, 'out'))).toEqual(['a.csv']);
  });

  it('discard leaves the earlier run untouched, and a commit after it is refused', async () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'out'));
    writeFileSync(join(parent, 'out', 'old.csv'), 'old');
    const staging = await stageOutput(join(parent, 'out'));
    writeFileSync(join(staging.dir, 'a.csv'), 'new');
    await staging.discard();
    await expect(staging.commit()).rejects.toThrow('interrupted');
    expect(listing(parent)).toEqual(['out']);
    expect(listing(join(parent, 'out'))).toEqual(['old.csv']);
  });

  it('a discard (signal) during a commit waits for it: the new run ends up in place', async () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'out'));
    const staging = await stageOutput(join(parent, 'out'));
    writeFileSync(join(staging.dir, 'a.csv'), 'new');
    const committed = staging.commit();
    await staging.discard();
    await committed;
    expect(listing(join(parent, 'out'))).toEqual(['a.csv']);
  });

  it('leftovers of a killed run are cleaned: staging dropped, a retired complete run restored', async () => {
    const parent = tempDir();
    const deadPid = 2 ** 22 + 1; // above Linux's pid_max: no such process
    mkdirSync(join(parent, `.out.staging-${deadPid}`));
    mkdirSync(join(parent, `.out.retired-${deadPid}`));
    writeFileSync(join(parent, `.out.retired-${deadPid}`, 'old.csv'), 'old');
    const staging = await stageOutput(join(parent, 'out'));
    expect(listing(parent)).toEqual([`.out.staging-${process.pid}`, 'out']);
    expect(listing(join(parent, 'out'))).toEqual(['old.csv']);
    await staging.discard();
  });

  it('a retired run is dropped when the new one was already in place', async () => {
    const parent = tempDir();
    const deadPid = 2 ** 22 + 1;
    mkdirSync(join(parent, 'out'));
    writeFileSync(join(parent, 'out', 'new.csv'), 'new');
    mkdirSync(join(parent, `.out.retired-${deadPid}`));
    const staging = await stageOutput(join(parent, 'out'));
    await staging.discard();
    expect(listing(parent)).toEqual(['out']);
    expect(listing(join(parent, 'out'))).toEqual(['new.csv']);
  });

  it("another live run's staging directory is left alone", async () => {
    const parent = tempDir();
    const other = `.out.staging-${process.ppid}`;
    mkdirSync(join(parent, other));
    const staging = await stageOutput(join(parent, 'out'));
    expect(listing(parent)).toContain(other);
    await staging.discard();
  });
});

// Deterministic filler articles, enough for a run to take a few seconds.
function writeArticles(dir: string, count: number): void {
  const words = 'council budget school road winter teacher mayor vote city plan debate funding repair season office district'.split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  mkdirSync(dir, { recursive: true });
  for (let a = 0; a < count; a++) {
    const sentences = Array.from({ length: 30 }, () => {
      const sentence = Array.from({ length: 12 }, () => words[next() % words.length]).join(' ');
      return `The ${sentence} was discussed again today.`;
    });
    writeFileSync(join(dir, `article-${a}.txt`), `Headline number ${a} about the city\n\n${sentences.join(' ')}\n`);
  }
}

const REPORT_FILES = ['README.md', 'articles.csv', 'clean', 'corpus_terms.csv', 'errors.csv', 'keyphrases.csv', 'manifest.json', 'removed_lines.csv', 'report.json', 'sentences.csv', 'summary.html', 'terms.csv'];

/** Checks that a directory holds one whole run and returns which input it came from. */
function completeRunInput(output: string): string {
  expect(listing(output)).toEqual(REPORT_FILES);
  const manifest = readJson(join(output, 'manifest.json'));
  const analysed = manifest.counts.articlesAnalysed;
  expect(readCsvRecords(join(output, 'articles.csv'))).toHaveLength(analysed);
  expect(readdirSync(join(output, 'clean'))).toHaveLength(analysed);
  expect(readJson(join(output, 'report.json')).articles).toHaveLength(analysed);
  return manifest.config.input;
}

describe('a CLI run killed at any point', async () => {
  const root = tempDir();
  const oldInput = join(root, 'old-input');
  const newInput = join(root, 'new-input');
  const output = join(root, 'out');
  writeArticles(oldInput, 3);
  writeArticles(newInput, 150);
  const first = await runCli(['--input', oldInput, '--output', output, '--quiet']);

  /** Starts a run into the same output and signals it when `when` says so. */
  async function killedRun(signal: NodeJS.Signals, when: (entries: string[]) => boolean): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [CLI, '--input', newInput, '--output', output, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
    let done = false;
    void exited.then(() => (done = true));
    // This run's staging directory only (a killed run's leftover is there until it is cleaned),
    // read with care: the swap renames it away at any moment.
    const staging = join(root, `.out.staging-${child.pid}`);
    while (!done) {
      if (when(entriesOf(staging))) {
        child.kill(signal);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return exited;
  }

  const moments: Array<[string, (entries: string[]) => boolean]> = [
    ['while writing the reports', (entries) => entries.includes('report.json')],
    ['just before the swap', (entries) => entries.includes('manifest.json')],
  ];

  it('the first run completed', () => {
    expect(first.code).toBe(0);
    expect(completeRunInput(output)).toBe(oldInput);
  });

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
    for (const [moment, when] of moments) {
      it(`${signal} ${moment}: old or new run, complete`, async () => {
        const result = await killedRun(signal, when);
        if (signal !== 'SIGKILL') {
          // Interrupted (130/143) or, when the signal came too late, finished (0); never a crash.
          expect([0, signal === 'SIGINT' ? 130 : 143]).toContain(result.code);
          expect(result.stderr).toBe('');
          expect(readdirSync(root).filter((entry) => entry.startsWith('.out.'))).toEqual([]);
        }
        const present = existsSync(output) ? completeRunInput(output) : null;
        if (present === null) {
          // Only possible for kill -9 between the two renames: the previous run (old, or new when an
          // earlier signal came too late to stop its run) waits, whole, to be restored.
          expect(signal).toBe('SIGKILL');
          const retired = readdirSync(root).find((entry) => entry.startsWith('.out.retired-'))!;
          expect([oldInput, newInput]).toContain(completeRunInput(join(root, retired)));
        } else {
          expect([oldInput, newInput]).toContain(present);
        }
      });
    }
  }

  it('the next run cleans up every leftover and completes', async () => {
    const run = await runCli(['--input', oldInput, '--output', output, '--quiet']);
    expect(run.code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['new-input', 'old-input', 'out']);
    expect(completeRunInput(output)).toBe(oldInput);
    expect(readFileSync(join(output, 'README.md'), 'utf8')).toContain('output/');
  });
});
