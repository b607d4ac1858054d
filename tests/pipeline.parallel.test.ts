// The parallel pipeline end to end (built CLI, worker threads from dist/run/worker.js): the reports do
// not depend on the number of workers or their timing, report.json is capped, and a run killed
// halfway leaves no partial report behind.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScaled, readCsvRecords, spawnLimited, tempDir } from './helpers.js';

const root = join(import.meta.dirname, '..');
const cores = availableParallelism();

const SUBJECTS = ['The central bank', 'Oil producers', 'The finance ministry', 'Shareholders of Acme Corp', 'Union leaders', 'Regulators in Brussels'];
const VERBS = ['raised', 'cut', 'defended', 'criticised', 'welcomed', 'delayed'];
const OBJECTS = ['interest rates', 'the merger plan', 'quarterly profit forecasts', 'fuel subsidies', 'the trade agreement', 'new capital rules'];

/** A scraped-style page: shared chrome, title, byline, date, body, other headlines. Deterministic. */
function page(i: number): string {
  const pick = <T>(list: T[], k: number) => list[(i * 7 + k * 3) % list.length]!;
  const body = Array.from({ length: 4 + (i % 5) }, (_, k) =>
    `${pick(SUBJECTS, k)} ${pick(VERBS, k + 1)} ${pick(OBJECTS, k + 2)} on day ${i + k}, saying the decision was not good for growth but would help savers.`,
  );
  const headlines = [1, 2, 3].map((k) => `${pick(SUBJECTS, k + 5)} ${pick(VERBS, k)} ${pick(OBJECTS, k)} in week ${(i + k) % 9}`);
  return ['Business Wire Daily', 'Clicky', 'Markets', '', `${pick(SUBJECTS, 9)} ${pick(VERBS, 9)} ${pick(OBJECTS, 9)} number ${i}`, '', 'By Jane Doe', `Published : ${1 + (i % 28)} Mar 2024 0${1 + (i % 9)}:15 PM`, '', ...body.flatMap((p) => [p, '']), ...headlines].join('\n');
}

function writeCorpus(count: number): string {
  const input = tempDir('parallel-in-');
  for (let i = 0; i < count; i++) {
    const path = join(input, String(Math.floor(i / 50)), `${String(i).padStart(4, '0')}.txt`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, page(i));
  }
  return input;
}

function writeConfig(settings: object): string {
  const path = join(tempDir('parallel-config-'), 'config.json');
  writeFileSync(path, JSON.stringify({ clean: { boilerplatePatterns: ['^Clicky$'] }, ...settings }));
  return path;
}

function runCli(args: string[], nodeOptions: string[] = []) {
  const result = spawnLimited(process.execPath, [...nodeOptions, join(root, 'dist/cli.js'), ...args], { cwd: root });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result;
}

/** Every file of an output directory but the manifest (it has timestamps), path -> bytes. */
function reports(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'manifest.json') continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path));
  }
  return files;
}

/** A copy of the built installation (dist/, data/, package.json) to break; its node_modules is the test's to link. */
function installationCopy(): string {
  const copy = tempDir('parallel-copy-');
  for (const part of ['dist', 'data', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
  return copy;
}

/** A run of the copy's CLI that stops before writing anything, with exit code 2: its stderr. */
function refusedRun(copy: string, input: string, workers: number): string {
  const out = join(tempDir('parallel-out-'), 'out');
  const run = spawnLimited(process.execPath, [join(copy, 'dist/cli.js'), '--config', writeConfig({ workers }), '--input', input, '--output', out, '--quiet'], { cwd: copy });
  expect(run.signal, `workers ${workers}`).toBeNull();
  expect(run.status, `workers ${workers}: ${run.stderr}`).toBe(2);
  expect(existsSync(out)).toBe(false);
  return run.stderr;
}

/**
 * The installed node_modules linked into `copy`, but for `missing` (a path below node_modules): the
 * directories on its path are made, and hold links to all else.
 */
function linkNodeModulesBut(copy: string, missing: string): void {
  const linkAllBut = (from: string, to: string, [name, ...rest]: string[]) => {
    mkdirSync(to);
    for (const entry of readdirSync(from)) {
      if (entry !== name) symlinkSync(join(from, entry), join(to, entry));
      else if (rest.length) linkAllBut(join(from, entry), join(to, entry), rest);
    }
  };
  linkAllBut(realpathSync(join(root, 'node_modules')), join(copy, 'node_modules'), missing.split('/'));
}

// Each test runs the CLI up to three times on up to 72 articles, each run killed as hung at its own limit (spawnLimited); the
// test's limit is for a loaded CI runner, scaled by the load (no bound on speed: npm run bench measures that). On one core under
// a load of 30, three runs on 150 articles had taken up to 31 s.
describe('parallel pipeline', { timeout: loadScaled(180_000) }, () => {
  // Three batches (BATCH_SIZE 32), one short: more batches than two workers, so a worker takes a second one while the
  // other is busy, and the reports are put back in the input's order. 150 articles (five batches) had been read so.
  const input = writeCorpus(70);
  const inputRuns = new Map<number, { out: string; stdout: string; stderr: string; status: number | null }>();
  /**
   * The run of `input` with `workers`, made once for the tests that read it, with report.json capped at 40 articles.
   * With more workers than cores, the run prints --json and node is given a V8 option (a thread's own command line
   * refuses one).
   */
  const runOfInput = (workers: number) => {
    const made = inputRuns.get(workers);
    if (made) return made;
    const out = join(tempDir('parallel-out-'), 'out');
    const args = [join(root, 'dist/cli.js'), '--config', writeConfig({ workers, limits: { reportJsonArticles: 40 } }), '--input', input, '--output', out];
    const run = workers > cores ? spawnLimited(process.execPath, ['--max-old-space-size=1024', ...args, '--json'], { cwd: root }) : spawnLimited(process.execPath, [...args, '--quiet'], { cwd: root });
    const result = { out, stdout: run.stdout, stderr: run.stderr, status: run.status };
    inputRuns.set(workers, result);
    return result;
  };

  it('writes byte-identical reports with one worker and with several, and runs no more threads than cores, saying so', () => {
    // The second asks for more threads than there are cores: it gets one per core (workerThreads), and the terminal
    // names the number used.
    const [one, many] = [runOfInput(1), runOfInput(cores + 1)];
    expect([one.status, one.stderr]).toEqual([0, '']);
    expect(many.status).toBe(0);
    expect(JSON.parse(many.stdout).workers).toBe(cores);
    expect(many.stderr).toContain(`Warning: "workers": ${cores + 1} is more than the ${cores} core${cores === 1 ? '' : 's'} of this machine (os.availableParallelism()); using at most ${cores} worker thread`);
    const outputs = [one, many].map(({ out }) => reports(out));
    expect([one, many].map(({ out }) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.workers)).toEqual([1, cores]);
    expect(outputs[0]!.size).toBeGreaterThan(70);
    expect(outputs[0]!.get('removed_lines.csv')!.toString()).toContain('repeated in 70 articles');
    expect([...outputs[1]!.keys()].sort()).toEqual([...outputs[0]!.keys()].sort());
    for (const [path, bytes] of outputs[0]!) expect(outputs[1]!.get(path)!.equals(bytes), path).toBe(true);
  });

  it('flags duplicate bodies and counts each distinct body once in the corpus statistics, whatever the workers', () => {
    // `input` with two more pages: its run is the corpus without the copies.
    const copies = writeCorpus(70);
    // The same page again under a later name (another batch), and a syndicated copy: another title, the same body.
    writeFileSync(join(copies, '1', '0100.txt'), page(3));
    writeFileSync(join(copies, '1', '0101.txt'), page(60).replace(/number 60$/m, 'as syndicated by Wire Two'));
    const run = (input: string, workers: number) => {
      const out = join(tempDir('parallel-out-'), 'out');
      runCli(['--config', writeConfig({ workers }), '--input', input, '--output', out, '--quiet']);
      return out;
    };
    const [plain, one, two] = [runOfInput(cores + 1).out, run(copies, 1), run(copies, 2)];
    const withCopies = reports(two);
    for (const [path, bytes] of reports(one)) expect(withCopies.get(path)!.equals(bytes), path).toBe(true);

    const articles = readCsvRecords(join(two, 'articles.csv'));
    expect(articles.filter((a) => a.duplicate_of).map((a) => [a.article_id, a.duplicate_of])).toEqual([['1/0100', '0/0003'], ['1/0101', '1/0060']]);
    expect(articles.find((a) => a.article_id === '1/0101')!.title).toContain('Wire Two');
    const warnings = readCsvRecords(join(two, 'errors.csv')).filter((e) => e.problem.includes('duplicate_of'));
    // One row a body, on its first article, naming the copy.
    expect(warnings.map((e) => [e.article_id, e.severity, e.problem.startsWith('a later article has') && e.problem.includes(`: 1/010`)])).toEqual([['0/0003', 'warning', true], ['1/0060', 'warning', true]]);
    const json = JSON.parse(readFileSync(join(two, 'report.json'), 'utf8'));
    expect(json.articles.map((a: { duplicateOf: string | null }) => a.duplicateOf).filter(Boolean)).toEqual(['0/0003', '1/0060']);
    const counts = JSON.parse(readFileSync(join(two, 'manifest.json'), 'utf8')).counts;
    expect(counts).toMatchObject({ articlesAnalysed: 72, articlesDuplicate: 2 });
    // Articles with warnings are those with a warning of their own, as summary.html counts them: not a body's row for its copies.
    const html = readFileSync(join(two, 'summary.html'), 'utf8');
    expect(html).toContain(`data-stat="warnings"><dt>With warnings</dt><dd>${counts.articlesWithWarnings}</dd>`);
    expect(counts.articlesWithWarnings).toBe(articles.filter((a) => a.warnings).length);

    // Document frequencies, IDF and corpus terms as if the copies were not there; each copy's TF-IDF is its first copy's.
    expect(readFileSync(join(two, 'corpus_terms.csv')).equals(readFileSync(join(plain, 'corpus_terms.csv')))).toBe(true);
    const terms = readCsvRecords(join(two, 'terms.csv'));
    const termsOf = (id: string) => terms.filter((t) => t.article_id === id).map(({ article_id: _, ...rest }) => rest);
    const plainTerms = readCsvRecords(join(plain, 'terms.csv'));
    expect(terms.filter((t) => !t.article_id.startsWith('1/010'))).toEqual(plainTerms);
    expect(termsOf('1/0100')).toEqual(termsOf('0/0003'));
    expect(termsOf('1/0101')).toEqual(termsOf('1/0060'));
  });

  it('names near-duplicates of earlier articles whatever the workers, and changes nothing else in the reports', () => {
    // Stories of eight sentences, none repeated (page() repeats its sentences, which the cleaner takes for chrome).
    const pick = (list: string[], i: number, k: number, step: number) => list[(i * step + k * 5) % list.length]!;
    const story = (i: number) => Array.from({ length: 8 }, (_, k) =>
      `${pick(SUBJECTS, i, k, 1)} ${pick(VERBS, i, k, 2)} ${pick(OBJECTS, i, k, 3)} after talks in ${pick(['Paris', 'Lagos', 'Lima', 'Oslo', 'Hanoi', 'Quito', 'Cairo'], i, k, 4)} that ran ${i * 31 + k * 7} minutes, officials told reporters.`,
    );
    const text = (title: string, sentences: string[]) => [title, '', ...sentences.flatMap((p) => [p, ''])].join('\n');
    const input = tempDir('parallel-in-');
    for (let i = 0; i < 40; i++) writeFileSync(join(input, `${String(i).padStart(2, '0')}.txt`), text(`Talks number ${i}`, story(i)));
    // An update (a paragraph added), a correction (one word), and an exact copy, which is a duplicate only.
    writeFileSync(join(input, '40.txt'), text('Talks number 8, updated', [...story(8), 'A spokesman declined to comment further on the outcome late on Friday.']));
    writeFileSync(join(input, '41.txt'), text('Talks number 3', story(3).map((s) => s.replace('officials told', 'diplomats told'))));
    writeFileSync(join(input, '42.txt'), text('Talks number 3', story(3)));
    const run = (workers: number, threshold: number) => {
      const out = join(tempDir('parallel-out-'), 'out');
      runCli(['--config', writeConfig({ workers, nearDuplicates: { threshold } }), '--input', input, '--output', out, '--quiet']);
      return out;
    };
    const [one, two, strict] = [run(1, 0.8), run(2, 0.8), run(2, 1)];
    const flagged = reports(two);
    for (const [path, bytes] of reports(one)) expect(flagged.get(path)!.equals(bytes), path).toBe(true);

    const articles = readCsvRecords(join(two, 'articles.csv'));
    expect(articles.filter((a) => a.duplicate_of || a.near_duplicate_of).map((a) => [a.article_id, a.duplicate_of, a.near_duplicate_of])).toEqual([['40', '', '08'], ['41', '', '03'], ['42', '03', '']]);
    const json = JSON.parse(readFileSync(join(two, 'report.json'), 'utf8'));
    expect(json.articles.slice(40).map((a: { nearDuplicateOf: string | null }) => a.nearDuplicateOf)).toEqual(['08', '03', null]);
    expect(JSON.parse(readFileSync(join(two, 'manifest.json'), 'utf8')).counts).toMatchObject({ articlesDuplicate: 1, articlesNearDuplicate: 2 });

    // Reported only: every other report, and every other column, as when only identical shingles are near enough.
    const strictReports = reports(strict);
    for (const [path, bytes] of flagged) if (!['articles.csv', 'report.json', 'summary.html'].includes(path)) expect(strictReports.get(path)!.equals(bytes), path).toBe(true);
    const withoutNear = (dir: string) => readCsvRecords(join(dir, 'articles.csv')).map(({ near_duplicate_of: _, ...rest }) => rest);
    expect(withoutNear(strict)).toEqual(withoutNear(two));
    expect(readCsvRecords(join(strict, 'articles.csv')).filter((a) => a.near_duplicate_of)).toEqual([]);
  });

  it("writes a corpus term tied between articles as a reader expects, not in capitals first, whatever the workers", () => {
    // One article shouts NEW YORK and SCHOOLS as often as another writes New York and schools: a tie.
    const dir = tempDir('forms-');
    const texts = [
      'Officials in NEW YORK said on Monday that NEW YORK SCHOOLS reopened and SCHOOLS were ready.',
      'Officials in New York said on Tuesday that New York schools reopened and schools were ready.',
      ...Array.from({ length: 60 }, (_, i) => `Parents met on day ${i} to talk about the city budget and the weather.`),
    ];
    writeFileSync(join(dir, 'in.jsonl'), texts.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
    const corpusTerms = (workers: number) => {
      const out = join(tempDir('forms-out-'), 'out');
      runCli(['--config', writeConfig({ workers }), '--input', join(dir, 'in.jsonl'), '--output', out, '--no-clean', '--quiet']);
      return readCsvRecords(join(out, 'corpus_terms.csv'));
    };
    const [one, two] = [corpusTerms(1), corpusTerms(2)];
    expect(two).toEqual(one);
    const shown = (...terms: string[]) => terms.map((term) => one.filter((t) => t.term.toLowerCase() === term).map((t) => t.term));
    expect(shown('new york', 'schools')).toEqual([['New York'], ['schools']]);
  });

  it('runs an input of one batch in the main thread, with the same reports', () => {
    const small = writeCorpus(20);
    const outputs = [1, 2].map((workers) => {
      const out = join(tempDir('parallel-out-'), 'out');
      runCli(['--config', writeConfig({ workers }), '--input', small, '--output', out, '--quiet']);
      expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.workers).toBe(1);
      return reports(out);
    });
    expect(outputs[0]!.size).toBeGreaterThan(20);
    for (const [path, bytes] of outputs[0]!) expect(outputs[1]!.get(path)!.equals(bytes), path).toBe(true);
  });

  // The threads start before the config is validated (early-workers.ts): whatever fails after
  // that must still end them, or the process would not exit.
  it('exits 2 with the message of an invalid config given with an input large enough for early threads', () => {
    const out = join(tempDir('parallel-out-'), 'out');
    const run = spawnLimited(process.execPath, [join(root, 'dist/cli.js'), '--config', writeConfig({ workers: 2, terms: { perArticle: 0 } }), '--input', input, '--output', out, '--quiet'], { cwd: root });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Error: .*config\.json is invalid:\n {2}"terms\.perArticle": /);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when the input named in the config file turns out unusable after the threads started', () => {
    const run = spawnLimited(process.execPath, [join(root, 'dist/cli.js'), '--config', writeConfig({ workers: 2, input, output: join(input, 'reports') }), '--quiet'], { cwd: root });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Error: "output": .* is inside the input/);
    expect(existsSync(join(input, 'reports'))).toBe(false);
  });

  // The sentiment tables are files of data/ (valence-table.ts) that every scoring thread reads as it
  // starts: a thread that failed to start ended the process with piscina's stack (or, unheard, left the
  // run waiting), and then, its error's class lost between threads, with "Unexpected failure" and a stack.
  it('exits 2 with one line naming a missing or damaged sentiment table, whether worker threads or the main thread score', () => {
    const copy = installationCopy();
    symlinkSync(realpathSync(join(root, 'node_modules')), join(copy, 'node_modules'), 'junction');
    const restore = 'The sentiment tables ship with the code in data/: restore them from the repository (git checkout -- data/).';
    const context = join(copy, 'data', 'sentiment-context.txt');
    renameSync(context, `${context}.moved`);
    for (const workers of [2, 1]) expect(refusedRun(copy, input, workers), `workers ${workers}`).toBe(`Error: ${context}: cannot be read (ENOENT). ${restore}\n`);
    renameSync(`${context}.moved`, context);
    const embedded = join(copy, 'data', 'sentiment-embedded.txt');
    const lines = readFileSync(embedded, 'utf8').split('\n');
    const firstWord = lines.findIndex((line) => !line.startsWith('#'));
    lines[firstWord] = 'not-a-valence x';
    writeFileSync(embedded, lines.join('\n'));
    expect(refusedRun(copy, input, 2)).toBe(`Error: ${embedded}: is damaged: line ${firstWord + 1} is not "word valence": "not-a-valence x". ${restore}\n`);
  });

  // natural's part-of-speech lexicon is read in the thread that first tokenizes, inside a task: missing, it
  // was "Unexpected failure" and a stack, and in a worker thread its error lost its name on the way here.
  it("exits 2 with one line naming a missing part-of-speech lexicon, whether worker threads or the main thread tokenize", () => {
    const copy = installationCopy();
    const lexicon = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
    linkNodeModulesBut(copy, lexicon);
    const restore = 'The part-of-speech lexicon comes with the natural package: reinstall the dependencies (npm ci).';
    for (const workers of [2, 1]) expect(refusedRun(copy, input, workers), `workers ${workers}`).toBe(`Error: ${lexicon}: cannot be read (MODULE_NOT_FOUND). ${restore}\n`);
  });

  // natural's stemmers are loaded as each thread sets up its tasks: without the natural package, the run
  // was "Unexpected failure" and a stack.
  it('exits 2 with one line naming the stemmer when the natural package is missing, whether worker threads or the main thread tokenize', () => {
    const copy = installationCopy();
    linkNodeModulesBut(copy, 'natural');
    const reinstall = 'The stemmers come with the natural package: reinstall the dependencies (npm ci).';
    for (const workers of [2, 1]) {
      expect(refusedRun(copy, input, workers), `workers ${workers}`).toBe(`Error: natural/lib/natural/stemmers/porter_stemmer.js: cannot be read (MODULE_NOT_FOUND). ${reinstall}\n`);
    }
  });

  // A package the code imports at load (stopword) was missing: "Unexpected failure", a stack and exit 1,
  // for what `npm ci` mends.
  it('exits 2 with one line naming a package that is not installed, whether worker threads or the main thread run', () => {
    const copy = installationCopy();
    linkNodeModulesBut(copy, 'stopword');
    for (const workers of [2, 1]) {
      expect(refusedRun(copy, input, workers), `workers ${workers}`).toBe("Error: the package 'stopword' is not installed: install the dependencies (npm ci).\n");
    }
  });

  it('runs in the main thread an input that looked larger than a batch (blank lines) and is not', () => {
    const dir = tempDir('parallel-jsonl-');
    const sparse = join(dir, 'articles.jsonl');
    const records = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Oil prices rose ${i} percent.\n\nBanks fell.` }));
    writeFileSync(sparse, records.join('\n'.repeat(20)));
    const outputs = [1, 2].map((workers) => {
      const out = join(tempDir('parallel-out-'), 'out');
      runCli(['--config', writeConfig({ workers }), '--input', sparse, '--output', out, '--quiet']);
      expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.workers).toBe(1);
      return reports(out);
    });
    for (const [path, bytes] of outputs[0]!) expect(outputs[1]!.get(path)!.equals(bytes), path).toBe(true);
  });

  // A V8 option holds for every thread of the process; a thread's own command line refuses it. On one core (a CI
  // runner may have one) the run is in the main thread (workerThreads): no thread to start.
  it('lists the first limits.reportJsonArticles articles in report.json and says how many it left out; runs its threads when node is given a V8 option', () => {
    const { out, status } = runOfInput(cores + 1);
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.workers).toBe(cores);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.articles.map((a: { id: string }) => a.id)).toEqual(Array.from({ length: 40 }, (_, i) => `0/${String(i).padStart(4, '0')}`));
    expect(report.articlesNotListed).toBe(30);
    expect(report.note).toMatch(/first 40 articles/);
    const articlesCsv = readFileSync(join(out, 'articles.csv'), 'utf8').trim().split('\r\n');
    expect(articlesCsv).toHaveLength(71);
  });

  it('shows the first articles in full when inputs before them failed (the spool keeps their complete analyses)', () => {
    // 60 broken records first: the articles of the batch at record 2,048 move to places 1,988 on,
    // among the first 2,040 that report.json lists in full.
    const dir = tempDir('parallel-jsonl-');
    const input = join(dir, 'articles.jsonl');
    const broken = Array.from({ length: 60 }, (_, i) => `{"id": "broken-${i}"`);
    const good = Array.from({ length: 2100 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Oil prices rose ${i} percent. Banks fell.\n\nTraders said rates ${i} were high.` }));
    writeFileSync(input, [...broken, ...good].join('\n'));
    const out = join(tempDir('parallel-out-'), 'out');
    const run = spawnLimited(process.execPath, [join(root, 'dist/cli.js'), '--config', writeConfig({ workers: 2, limits: { reportJsonArticles: 2040 } }), '--input', input, '--output', out, '--quiet', '--no-clean'], { cwd: root });
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.articles).toHaveLength(2040);
    for (const [i, article] of report.articles.entries()) {
      expect(article.id).toBe(`a${i}`);
      expect(article.body).toContain('Traders said');
      expect(article.sentiment.sentences).toHaveLength(3);
    }
    expect(readFileSync(join(out, 'sentences.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1 + 3 * 2100);
    expect(readFileSync(join(out, 'errors.csv'), 'utf8').trim().split('\r\n')).toHaveLength(61);
  }, 120_000);

  // The run kills itself (kill -9) once a thread has written the 2nd cleaned text of 33 (two batches, the smallest input
  // run in threads): in pass 2, with the threads at work, whatever the machine's speed. The test had watched the
  // staging directory from outside, and failed when the run finished before it saw 100 texts there.
  it('leaves no partial report when killed halfway, and a rerun completes', () => {
    const big = writeCorpus(33);
    const parent = tempDir('parallel-kill-');
    const out = join(parent, 'out');
    const config = writeConfig({ workers: 2 });
    // Loaded before the CLI and before each worker thread's module (node --import): the clean/ texts are written by
    // writeFileSync in the thread that analyses the article (tasks.ts).
    const killer = join(tempDir('parallel-killer-'), 'kill-at-2nd-text.mjs');
    writeFileSync(
      killer,
      `import { createRequire, syncBuiltinESMExports } from 'node:module';
import { basename, dirname } from 'node:path';
const fs = createRequire(import.meta.url)('node:fs');
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = (path, ...rest) => {
  writeFileSync(path, ...rest);
  const dir = dirname(String(path));
  if (basename(dir) === 'clean' && fs.readdirSync(dir).length > 1) process.kill(process.pid, 'SIGKILL');
};
syncBuiltinESMExports();
`,
    );
    const killed = spawnLimited(process.execPath, ['--import', killer, join(root, 'dist/cli.js'), '--config', config, '--input', big, '--output', out, '--quiet'], { cwd: root });
    expect(killed.signal).toBe('SIGKILL');
    const [staging] = readdirSync(parent).filter((name) => name.startsWith('.out.staging-'));
    expect(readdirSync(join(parent, staging!, 'clean')).length).toBeGreaterThan(1);
    expect(readdirSync(join(parent, staging!, 'clean')).length).toBeLessThan(33);
    expect(existsSync(out)).toBe(false);

    runCli(['--config', config, '--input', big, '--output', out, '--quiet']);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readFileSync(join(out, 'articles.csv'), 'utf8').trim().split('\r\n')).toHaveLength(34);
    expect(readdirSync(join(out, 'clean'))).toHaveLength(33);
  });
});
