// `npm run check:bench-text` run on an invented bench (a raw page and a JSONL text, in the bench's layout) against
// a git checkout of a few invented files: each place holding a bench line is listed with its file, line, set and id,
// at most 60 characters of the bench line, and exit code 1; without the bench data it says so and exits 0; outside a
// git checkout it says so and exits 2. The checkout is a fresh one of its own: run in this repository, each run
// indexed all of its files (14 s of CPU for the two listing runs), for the same code path.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'check-bench-text.ts');
// Resolved here: node resolves --import from the working directory, and the checkouts below have no node_modules.
const TSX = import.meta.resolve('tsx');
const run = (args: string[], cwd: string, env = process.env) => spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd, encoding: 'utf8', env });

/** A bench directory holding one raw page of an invented cleaning set, and JSONL files by path. */
function bench(page: string, jsonl: Record<string, object[]> = {}): string {
  const dir = tempDir('bench-');
  mkdirSync(join(dir, 'clean', 'invented-set', 'raw'), { recursive: true });
  writeFileSync(join(dir, 'clean', 'invented-set', 'raw', 'page-1.txt'), page);
  for (const [path, records] of Object.entries(jsonl)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), records.map((record) => `${JSON.stringify(record)}\n`).join(''));
  }
  return dir;
}

/** A fresh git checkout holding `files` (path -> text), none committed: git lists new files it does not ignore too. */
function checkout(files: Record<string, string>): string {
  const dir = tempDir('checkout-');
  expect(spawnSync('git', ['init', '-q'], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('check:bench-text', () => {
  it('lists each place holding a bench line, and exits 1', () => {
    const copied = 'By Odile Varga on Thursday, March 3rd, 2022 at 9:40 a.m.';
    const page = `Home | News\n${copied}, in the Harbour Courier's sports pages, with a tail\n`;
    const rated = 'A sentence only a rated set holds, word for word, and the notes quote.';
    const repository = checkout({
      'docs/notes.md': `# Notes\n\nA byline as a page prints it:\n${copied}\n`,
      'tests/page.test.ts': `const line = '${copied}';\n\nconst quoted = '${rated}';\n`,
      'README.md': '# A repository\n\nNothing here was copied from a page: every sentence of it was written for this test.\n',
      '.gitignore': 'ignored/\n',
      'ignored/copy.md': `${copied}\n`,
    });
    const { status, stdout } = run(['--bench', bench(page, { 'sentiment/rated.jsonl': [{ id: 'r1', text: rated }] })], repository);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, -1).map((line) => line.replace(/ {2}[0-9a-f]{12} {2}/u, '  HASH  '))).toEqual([
      'docs/notes.md:4  HASH  13 words  clean/invented-set/page-1  "By Odile Varga on Thursday, March 3rd, 2022 at 9:40 a.m., in…"',
      'tests/page.test.ts:1  HASH  13 words  clean/invented-set/page-1  "By Odile Varga on Thursday, March 3rd, 2022 at 9:40 a.m., in…"',
      // A JSONL record's text is read as the raw pages' lines are, named by its file and id.
      'tests/page.test.ts:3  HASH  14 words  sentiment/rated/r1  "A sentence only a rated set holds, word for word, and the no…"',
    ]);
    expect(lines.at(-1)).toMatch(/^3 places hold bench text \(0 more allowed\); 4 files against 4 bench lines in [\d.]+ s\.$/u);
  });

  it('with --short lists a name and a short line of a page, which the 7-word runs miss', () => {
    const page = 'Home | News\nPhoto: Ines Morrow\nLast changed at 9:05pm on 04.03.22\nA picture taken by the harbour.\n';
    const repository = checkout({ 'docs/credits.md': '# Credits\n\nThe picture is by Ines Morrow.\n\nLast changed at 9:05pm on 04.03.22\n' });
    const { status, stdout } = run(['--bench', bench(page), '--short'], repository);
    expect(status).toBe(1);
    expect(stdout.trim().split('\n').slice(0, -1)).toEqual([
      expect.stringMatching(/^docs\/credits\.md:3 {2}[0-9a-f]{12} {2}name {2}"Ines Morrow" {2}clean\/invented-set\/page-1$/u),
      expect.stringMatching(/^docs\/credits\.md:5 {2}[0-9a-f]{12} {2}line {2}"Last changed at 9:05pm on 04\.03\.22" {2}clean\/invented-set\/page-1$/u),
    ]);
  });

  it('says the bench is missing and exits 0', () => {
    const { status, stdout } = run(['--bench', join(tmpdir(), 'no-such-bench-here')], checkout({}));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^No bench data at .*no-such-bench-here: nothing to check against/u);
  });

  it('outside a git checkout says it cannot list the files and exits 2', () => {
    const dir = bench('Home | News\n');
    const { status, stdout, stderr } = run(['--bench', dir], dir, { ...process.env, GIT_DIR: join(dir, 'no-repository') });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`check:bench-text reads the files git tracks or would track, and git cannot list them here (fatal: not a git repository: '${join(dir, 'no-repository')}'): run it in a git checkout of the repository.\n`);
  });
});
