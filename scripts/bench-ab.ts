// `npm run bench:ab`: two builds of the pipeline compared by CPU on one corpus, as fairly as a shared host allows. On
// this 2-core host the build run second in a pair was seen to take up to 7% more user CPU than the same build run first
// (docs/scale-history.md, session 51), so the builds take turns at going first: a warm-up pair (not counted), then
// rounds with A first and B first alternately. It prints every run (user and system CPU, wall time, peak RSS, the load
// average at its start), whether the two outputs are byte-identical in each round, and the median and spread of each
// build's user CPU and of B's difference from A, also by which ran first.
//
//   npm run bench:ab -- --a /work/snap/start/dist --b dist --input bench-data/scale-10000-seed1 [--rounds 4]
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, type Measure } from './measure-run.js';
import { scriptArgs } from './script-args.js';

const root = join(import.meta.dirname, '..');
/** What differs between two runs of the same input whatever the build: the run's timestamp and versions, the generated note. */
const RUN_RECORDS = new Set(['manifest.json', 'README.md']);

const values = scriptArgs('npm run bench:ab -- --a DIST --b DIST --input DIR [options]', 'Two builds (their dist/ directories) run in turns on one corpus; user CPU medians and spreads, outputs compared.', {
  a: { type: 'string', value: 'DIST', help: 'the first build: a dist/ directory holding cli.js' },
  b: { type: 'string', value: 'DIST', help: 'the second build' },
  input: { type: 'string', value: 'DIR', help: 'the corpus (a directory of .txt files or a .jsonl file)' },
  rounds: { type: 'string', default: '4', value: 'N', help: 'counted rounds after the warm-up pair, half of them with B first' },
});
if (!values.a || !values.b || !values.input) {
  console.error('--a, --b and --input are required (npm run bench:ab -- --help)');
  process.exit(2);
}
const builds = { A: resolve(values.a), B: resolve(values.b) };
const input = resolve(values.input);
const outputs = { A: join(tmpdir(), 'bench-ab-A'), B: join(tmpdir(), 'bench-ab-B') };

type Build = keyof typeof builds;
interface Run extends Measure {
  load: number;
}

function run(build: Build): Run {
  const load = loadavg()[0]!;
  const measured = measure([join(builds[build], 'cli.js'), '--input', input, '--output', outputs[build], '--quiet'], root);
  const shown = (value: number | null, digits: number) => (value === null ? '?' : value.toFixed(digits));
  console.log(
    `  ${build}: user ${shown(measured.userSeconds, 2)} s, system ${shown(measured.cpuSeconds === null || measured.userSeconds === null ? null : measured.cpuSeconds - measured.userSeconds, 2)} s, ` +
      `wall ${measured.seconds.toFixed(1)} s, peak RSS ${shown(measured.peakRssMb, 0)} MB, load ${load.toFixed(1)} at its start`,
  );
  return { ...measured, load };
}

/** The files (paths relative to the two directories) whose bytes differ or that only one directory holds, run records left out. */
function differingFiles(left: string, right: string, under = ''): string[] {
  const entries = (dir: string) => new Map(readdirSync(join(dir, under), { withFileTypes: true }).map((entry) => [entry.name, entry.isDirectory()]));
  const [leftEntries, rightEntries] = [entries(left), entries(right)];
  const differing: string[] = [];
  for (const name of new Set([...leftEntries.keys(), ...rightEntries.keys()])) {
    const path = join(under, name);
    if (under === '' && RUN_RECORDS.has(name)) continue;
    const [leftDir, rightDir] = [leftEntries.get(name), rightEntries.get(name)];
    if (leftDir === undefined || rightDir === undefined || leftDir !== rightDir) differing.push(path);
    else if (leftDir) differing.push(...differingFiles(left, right, path));
    else if (!readFileSync(join(left, path)).equals(readFileSync(join(right, path)))) differing.push(path);
  }
  return differing;
}

const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const spread = (numbers: readonly number[], digits: number, unit: string): string =>
  `median ${median(numbers).toFixed(digits)}${unit} (${Math.min(...numbers).toFixed(digits)} to ${Math.max(...numbers).toFixed(digits)}${unit}, ${numbers.length} rounds)`;

const rounds = Number(values.rounds);
const counted: Array<{ first: Build; A: Run; B: Run }> = [];
for (let round = 0; round <= rounds; round++) {
  // Round 0 warms the host's caches for both builds and is not counted; then odd rounds run A first, even ones B first.
  const first: Build = round % 2 === 1 || round === 0 ? 'A' : 'B';
  const second: Build = first === 'A' ? 'B' : 'A';
  console.log(round === 0 ? 'warm-up (not counted):' : `round ${round}, ${first} first:`);
  const runs = { [first]: run(first), [second]: run(second) } as Record<Build, Run>;
  const differing = differingFiles(outputs.A, outputs.B);
  console.log(`  outputs ${differing.length === 0 ? 'byte-identical' : `differ in ${differing.length} files: ${differing.slice(0, 5).join(', ')}`}`);
  if (round > 0) counted.push({ first, ...runs });
}
for (const output of Object.values(outputs)) rmSync(output, { recursive: true, force: true });

if (counted.some(({ A, B }) => A.userSeconds === null || B.userSeconds === null)) {
  console.log('no CPU times (/usr/bin/time missing): nothing to compare');
  process.exit(0);
}
const user = (build: Build, rows = counted) => rows.map((row) => row[build].userSeconds!);
const difference = (rows: typeof counted) => rows.map(({ A, B }) => (100 * (B.userSeconds! - A.userSeconds!)) / A.userSeconds!);
console.log(`user CPU, A ${builds.A}: ${spread(user('A'), 2, ' s')}`);
console.log(`user CPU, B ${builds.B}: ${spread(user('B'), 2, ' s')}`);
console.log(`B against A, each round: ${spread(difference(counted), 1, ' %')}`);
for (const first of ['A', 'B'] as const) {
  const rows = counted.filter((row) => row.first === first);
  if (rows.length > 0) console.log(`  rounds with ${first} first: ${spread(difference(rows), 1, ' %')}`);
}
console.log(`load average at the runs' starts: ${Math.min(...counted.flatMap(({ A, B }) => [A.load, B.load])).toFixed(1)} to ${Math.max(...counted.flatMap(({ A, B }) => [A.load, B.load])).toFixed(1)}`);
