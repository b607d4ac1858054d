// Runs the built CLI (built first unless current, build-dist.ts) on large generated inputs and reports the outcome, the
// time and the peak memory: a 1-million-line text file (processed), a 200 MB text file and a
// 200 MB JSONL record (refused by limits.maxFileBytes without being loaded).
// Run: npm run bench:large-inputs   (files go to a temporary directory, removed at the end)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDist } from './build-dist.js';
import { scriptArgs } from './script-args.js';

scriptArgs('npm run bench:large-inputs', 'Runs the built CLI on a 1-million-line text file, a 200 MB text file and a 200 MB JSONL record (in a temporary directory): outcome, time and peak memory.', {});
buildDist();

const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli.js');
const MB = 1024 * 1024;
const root = mkdtempSync(join(tmpdir(), 'bench-large-'));

async function writeFile(path: string, pieces: () => Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const piece of pieces()) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'close');
}

/** Runs the CLI in a node process that prints its own peak memory when done. */
function run(input: string): { exit: number | null; seconds: number; peakMb: number; problems: string[] } {
  const output = join(root, 'out');
  const probe = `await import(${JSON.stringify(CLI)}); process.on('exit', () => console.error('PEAK_RSS_KB=' + process.resourceUsage().maxRSS));`;
  const started = Date.now();
  // After `--`, argv[1] is a placeholder for the script name: the CLI reads process.argv.slice(2).
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe, '--', 'cli.js', '--input', input, '--output', output, '--quiet'], { encoding: 'utf8' });
  const peak = /PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1];
  const manifest = child.status === 0 ? JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8')) : { problems: [] };
  return {
    exit: child.status,
    seconds: (Date.now() - started) / 1000,
    peakMb: peak ? Math.round(Number(peak) / 1024) : NaN,
    problems: manifest.problems.map((p: { sourceFile: string; problem: string }) => `${p.sourceFile}: ${p.problem}`),
  };
}

const cases: Array<[string, () => Promise<string>]> = [
  [
    '1,000,000-line text file',
    async () => {
      mkdirSync(join(root, 'lines'));
      await writeFile(join(root, 'lines', 'million.txt'), function* () {
        for (let i = 0; i < 1_000_000; i++) yield `Item ${i} ok.\n`;
      });
      return join(root, 'lines');
    },
  ],
  [
    '200 MB text file',
    async () => {
      mkdirSync(join(root, 'big'));
      await writeFile(join(root, 'big', 'huge.txt'), function* () {
        const line = 'The council approved the budget after a long debate about roads and schools.\n';
        for (let written = 0; written < 200 * MB; written += line.length) yield line;
      });
      return join(root, 'big');
    },
  ],
  [
    '200 MB JSONL record without a newline',
    async () => {
      const path = join(root, 'huge.jsonl');
      await writeFile(path, function* () {
        yield '{"id":"huge","text":"';
        for (let i = 0; i < 200; i++) yield 'a'.repeat(MB);
        yield '"}';
      });
      return path;
    },
  ],
];

console.log(`load average ${loadavg()[0]!.toFixed(1)}`);
try {
  for (const [name, make] of cases) {
    const input = await make();
    const result = run(input);
    console.log(`${name}: exit ${result.exit}, ${result.seconds.toFixed(1)} s, peak memory ${result.peakMb} MB`);
    for (const problem of result.problems) console.log(`  ${problem}`);
    rmSync(input, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
