// `npm run check:bench-text` run on an invented bench (a raw page and a JSONL text, in the bench's layout) against
// this repository: the lines this file and the matcher's test hold are listed with their file, set and id, at most 60
// characters of the bench line, and exit code 1; without the bench data it says so and exits 0; outside a git checkout
// it says so and exits 2. Each run indexes the whole repository (20-30 s on a loaded runner): the limits are for that.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const COPIED = 'By Odile Varga on Thursday, March 3rd, 2022 at 9:40 a.m.';
const run = (args: string[], env = process.env) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-bench-text.ts', ...args], { encoding: 'utf8', env });
// The check lists the files git tracks or would track: a tarball or a `git archive` export has none to list.
const inCheckout = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout?.trim() === 'true';
if (!inCheckout) console.warn('\n*** SKIPPING the check:bench-text runs that list places: not a git checkout (a tarball or an export), whose files git cannot list. ***\n');

describe('check:bench-text', () => {
  it.skipIf(!inCheckout)('lists each place holding a bench line, and exits 1', () => {
    const bench = mkdtempSync(join(tmpdir(), 'bench-'));
    mkdirSync(join(bench, 'clean', 'invented-set', 'raw'), { recursive: true });
    writeFileSync(join(bench, 'clean', 'invented-set', 'raw', 'page-1.txt'), `Home | News\n${COPIED}, in the Harbour Courier's sports pages, with a tail\n`);
    mkdirSync(join(bench, 'sentiment'));
    writeFileSync(join(bench, 'sentiment', 'rated.jsonl'), `${JSON.stringify({ id: 'r1', text: 'A sentence only this test holds, word for word, in a rated set.' })}\n`);
    const { status, stdout } = run(['--bench', bench]);
    expect(status).toBe(1);
    // This file holds the rest of the page's line too (it writes it), so only the copied byline's places are read.
    const places = stdout.split('\n').filter((line) => line.includes('clean/invented-set/page-1  "By Odile Varga'));
    expect(places.map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['tests/scripts/check-bench-text.test.ts', 'tests/scripts/shared-word-runs.test.ts']));
    for (const line of places) {
      expect(line).toMatch(/^\S+:\d+ {2}[0-9a-f]{12} {2}13 words {2}clean\/invented-set\/page-1 {2}"By Odile Varga/u);
      expect(/"(.*)…"$/u.exec(line)![1]!.length).toBeLessThanOrEqual(60);
    }
    // A JSONL record's text is read as the raw pages' lines are (this file holds it too), named by its file and id.
    expect(stdout).toMatch(/^tests\/scripts\/check-bench-text\.test\.ts:\d+ .* sentiment\/rated\/r1 {2}"A sentence only this test/mu);
    expect(stdout).toMatch(/^\d+ places hold bench text \(\d+ more allowed\); \d+ files against \d+ bench lines in [\d.]+ s\.$/mu);
  }, 60_000);

  it.skipIf(!inCheckout)('with --short lists a name and a short line of a page, which the 7-word runs miss', () => {
    const bench = mkdtempSync(join(tmpdir(), 'bench-'));
    mkdirSync(join(bench, 'clean', 'invented-set', 'raw'), { recursive: true });
    writeFileSync(join(bench, 'clean', 'invented-set', 'raw', 'page-2.txt'), 'Home | News\nPhoto: Ines Morrow\nLast changed at 9:05pm on 04.03.22\nA picture taken by the harbour.\n');
    const { status, stdout } = run(['--bench', bench, '--short']);
    expect(status).toBe(1);
    const here = stdout.split('\n').filter((line) => line.startsWith('tests/scripts/check-bench-text.test.ts:'));
    expect(here).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\S+:\d+ {2}[0-9a-f]{12} {2}name {2}"Ines Morrow" {2}clean\/invented-set\/page-2$/u),
        expect.stringMatching(/ {2}line {2}"Last changed at 9:05pm on 04\.03\.22" {2}clean\/invented-set\/page-2$/u),
      ]),
    );
  }, 60_000);

  it('says the bench is missing and exits 0', () => {
    const { status, stdout } = run(['--bench', join(tmpdir(), 'no-such-bench-here')]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^No bench data at .*no-such-bench-here: nothing to check against/u);
  }, 60_000);

  it('outside a git checkout says it cannot list the files and exits 2', () => {
    const bench = mkdtempSync(join(tmpdir(), 'bench-'));
    mkdirSync(join(bench, 'clean', 'invented-set', 'raw'), { recursive: true });
    writeFileSync(join(bench, 'clean', 'invented-set', 'raw', 'page-3.txt'), 'Home | News\n');
    const { status, stdout, stderr } = run(['--bench', bench], { ...process.env, GIT_DIR: join(bench, 'no-repository') });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`check:bench-text reads the files git tracks or would track, and git cannot list them here (fatal: not a git repository: '${join(bench, 'no-repository')}'): run it in a git checkout of the repository.\n`);
  }, 60_000);
});
