// `npm run check:bench-text`: every place in the repository (its files git tracks or would track) that
// holds a run of words of a bench line, found by scripts/shared-word-runs.ts. The bench data
// (../shared/bench: the raw pages of every cleaning set, the keyphrase and sentiment JSONL texts, the Reuters
// scale corpus) is research-only in part and must never be copied here, not even a byline into a fixture.
// A hit prints the file and line, the bench line's set and id and at most its first 60 characters, and a
// hash; scripts/check-bench-text.allow lists the hashes of generic chrome that many sites print word for
// word. Exit code 1 when a hit is not allowed; 0 without the bench data, which it says; 2 outside a git checkout.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { blankEscapes, EXCERPT, RepositoryIndex, wordsOf, type SharedRun } from './shared-word-runs.js';
import { scriptArgs } from './script-args.js';
import { ShortCopyFinder } from './short-bench-copies.js';

const ALLOW_FILE = 'scripts/check-bench-text.allow';
/** Files that cannot hold a copied line: generated, or the hashes themselves. */
const SKIPPED = new Set(['package-lock.json', ALLOW_FILE]);

const values = scriptArgs('npm run check:bench-text -- [options]', 'Lists every place in the repository that holds a run of words of a line of the bench data (../shared/bench, read at run time): file:line, the bench set and id, the bench line\'s first 60 characters and the hash the allow-list takes. Exit code 1 when a place is not in scripts/check-bench-text.allow.', {
  bench: { type: 'string', default: '../shared/bench', value: 'DIR', help: 'the bench data' },
  'min-words': { type: 'string', default: '7', value: 'N', help: 'words a shared run needs' },
  'min-chars': { type: 'string', default: '45', value: 'N', help: 'characters a shared run needs in the bench line' },
  allowed: { type: 'boolean', help: 'list the allowed places too' },
  short: { type: 'boolean', help: 'list short copies instead: names (two capitalised words) and whole short lines with a digit, on at most --max-pages bench pages' },
  'max-pages': { type: 'string', default: '3', value: 'N', help: 'with --short: bench pages a copy may stand on and still be listed' },
});

const thresholds = { minWords: Number(values['min-words']), minChars: Number(values['min-chars']) };
if (!Number.isInteger(thresholds.minWords) || thresholds.minWords < 1 || !Number.isInteger(thresholds.minChars) || thresholds.minChars < 0) {
  console.error('--min-words takes a whole number from 1, --min-chars one from 0.');
  process.exit(2);
}
const BENCH = resolve(values.bench);
if (!existsSync(BENCH)) {
  console.log(`No bench data at ${BENCH}: nothing to check against (it is read at run time, never part of the repository).`);
  process.exit(0);
}

/** A bench line and where it comes from. */
interface BenchLine {
  origin: string;
  text: string;
}

/** Every line of the bench: each raw page of each cleaning set, and the title and text of each JSONL record. */
function* benchLines(): Generator<BenchLine> {
  const clean = join(BENCH, 'clean');
  for (const set of existsSync(clean) ? readdirSync(clean).sort() : []) {
    const raw = join(clean, set, 'raw');
    if (!existsSync(raw)) continue;
    for (const file of readdirSync(raw).filter((name) => name.endsWith('.txt')).sort()) {
      const origin = `clean/${set}/${file.slice(0, -4)}`;
      for (const text of readFileSync(join(raw, file), 'utf8').split('\n')) yield { origin, text };
    }
  }
  for (const file of jsonlFiles(BENCH)) {
    const bytes = readFileSync(file);
    const name = relative(BENCH, file).replace(/\.jsonl(\.gz)?$/, '');
    for (const record of linesOf((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'))) {
      if (!record.trim()) continue;
      const { id, title, text } = JSON.parse(record) as { id?: string; title?: string; text?: string };
      const origin = `${name}/${id}`;
      for (const field of [title, text]) for (const line of field?.split('\n') ?? []) yield { origin, text: line };
    }
  }
}

/** The lines of a text one by one: the Reuters corpus split at once held a second copy of its 60 MB. */
function* linesOf(text: string): Generator<string> {
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    yield text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length + 1 : end + 1;
  }
}

function jsonlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? jsonlFiles(join(dir, entry.name)) : /\.jsonl(\.gz)?$/.test(entry.name) ? [join(dir, entry.name)] : []));
}

/**
 * The repository's text files: tracked, or new and not ignored. Outside a git checkout (a tarball, a `git archive`
 * export) the run stops: what could be committed is git's to say (its index and .gitignore), and an export was
 * checked in the checkout it came from.
 */
function repositoryFiles(): Array<{ path: string; text: string }> {
  const listing = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listing.status !== 0) {
    const why = listing.error?.message ?? listing.stderr.trim().split('\n')[0];
    console.error(`check:bench-text reads the files git tracks or would track, and git cannot list them here (${why}): run it in a git checkout of the repository.`);
    process.exit(2);
  }
  return [...new Set(listing.stdout.split('\0'))]
    .filter((path) => path && !SKIPPED.has(path) && existsSync(path))
    .flatMap((path) => {
      const bytes = readFileSync(path);
      return bytes.includes(0) ? [] : [{ path, text: bytes.toString('utf8') }];
    });
}

/** Overlapping runs in one file, as one place: its span, its longest run, and every bench line it came from. */
interface Place {
  path: string;
  start: number;
  end: number;
  longest: SharedRun;
  origins: Set<string>;
}

function places(runs: SharedRun[]): Place[] {
  const sorted = [...runs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
  const merged: Place[] = [];
  for (const run of sorted) {
    const last = merged.at(-1);
    if (last && last.path === run.path && run.start <= last.end) {
      last.end = Math.max(last.end, run.end);
      if (run.words.length > last.longest.words.length) last.longest = run;
      last.origins.add(run.origin);
    } else merged.push({ path: run.path, start: run.start, end: run.end, longest: run, origins: new Set([run.origin]) });
  }
  return merged;
}

/** The allow-list's key of a place: a short hash of its words, lowercased and joined by spaces. */
function placeHash(text: string): string {
  return createHash('sha256').update(wordsOf(text).map((word) => word.text).join(' ')).digest('hex').slice(0, 12);
}

function allowedHashes(): Set<string> {
  if (!existsSync(ALLOW_FILE)) return new Set();
  return new Set(readFileSync(ALLOW_FILE, 'utf8').split('\n').map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0]!).filter(Boolean));
}

const started = performance.now();
const files = repositoryFiles();
const texts = new Map(files.map(({ path, text }) => [path, text]));
const allow = allowedHashes();
let lines = 0;
let listed = 0;
let allowedCount = 0;

/** Prints a place unless allowed (or with --allowed), and counts it. */
function report(path: string, start: number, end: number, what: string): void {
  const text = texts.get(path)!;
  const hash = placeHash(blankEscapes(text.slice(start, end)));
  const allowed = allow.has(hash);
  if (allowed) allowedCount++;
  else listed++;
  if (allowed && !values.allowed) return;
  console.log(`${path}:${text.slice(0, start).split('\n').length}  ${hash}${allowed ? ' (allowed)' : ''}  ${what}`);
}

/** Where a place's bench text comes from: one origin, and how many more of `origins` in which sets. */
function originsText(shown: string, origins: ReadonlySet<string>): string {
  const sets = [...new Set([...origins].map((origin) => origin.replace(/\/[^/]*$/, '')))].join(', ');
  return `${shown}${origins.size > 1 ? ` (+${origins.size - 1} more in ${sets})` : ''}`;
}

if (values.short) {
  const maxPages = Number(values['max-pages']);
  const finder = new ShortCopyFinder(files, maxPages);
  for (const { origin, text } of benchLines()) {
    lines++;
    finder.see(text, origin);
  }
  for (const copy of finder.copies()) {
    report(copy.path, copy.start, copy.end, `${copy.kind}  "${texts.get(copy.path)!.slice(copy.start, copy.end).replace(/\s+/g, " ").slice(0, EXCERPT)}"  ${originsText(copy.origins[0]!, new Set(copy.origins))}`);
  }
} else {
  const index = new RepositoryIndex(
    files.map(({ path, text }) => ({ path, text: blankEscapes(text) })),
    thresholds,
  );
  const runs: SharedRun[] = [];
  for (const { origin, text } of benchLines()) {
    lines++;
    runs.push(...index.runsIn(text, origin));
  }
  for (const place of places(runs)) {
    report(place.path, place.start, place.end, `${place.longest.words.length} words  ${originsText(place.longest.origin, place.origins)}  "${place.longest.benchText.trim()}…"`);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${listed} places hold bench text (${allowedCount} more allowed); ${files.length} files against ${lines} bench lines in ${seconds} s.`);
if (listed) process.exitCode = 1;
