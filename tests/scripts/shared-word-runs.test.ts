// check:bench-text's matcher (scripts/shared-word-runs.ts) on invented files and bench lines: a run of
// words a file shares with a line is found wherever the file breaks, quotes or escapes it; a shorter run,
// or one with a word changed inside it, is not.
import { describe, expect, it } from 'vitest';
import { blankEscapes, EXCERPT, RepositoryIndex, wordsOf } from '../../scripts/shared-word-runs.js';

const THRESHOLDS = { minWords: 7, minChars: 45 };
const BYLINE = 'By Odile Varga on Thursday, March 3rd, 2022 at 9:40 a.m.';

function index(files: Record<string, string>, thresholds = THRESHOLDS): RepositoryIndex {
  return new RepositoryIndex(
    Object.entries(files).map(([path, text]) => ({ path, text: blankEscapes(text) })),
    thresholds,
  );
}

describe('wordsOf', () => {
  it('gives lowercased words of letters and digits with their offsets, punctuation left out', () => {
    expect(wordsOf('Odile’s 9:40 a.m. — «Varga»')).toEqual([
      { text: 'odile', start: 0, end: 5 },
      { text: 's', start: 6, end: 7 },
      { text: '9', start: 8, end: 9 },
      { text: '40', start: 10, end: 12 },
      { text: 'a', start: 13, end: 14 },
      { text: 'm', start: 15, end: 16 },
      { text: 'varga', start: 21, end: 26 },
    ]);
  });

  it('counts each character of a script written without spaces as a word', () => {
    expect(wordsOf('東京で雨 Kim').map((word) => word.text)).toEqual(['東', '京', 'で', '雨', 'kim']);
  });
});

describe('blankEscapes', () => {
  it('blanks backslash escapes, keeping every offset', () => {
    const source = String.raw`'one.\nTwo\u2019s \'three\''`;
    expect(blankEscapes(source)).toHaveLength(source.length);
    expect(wordsOf(blankEscapes(source)).map((word) => word.text)).toEqual(['one', 'two', 's', 'three']);
  });
});

describe('RepositoryIndex.runsIn', () => {
  it('finds a bench line held by a test string, with where it stands in the file', () => {
    const test = `it('lifts the byline', () => {\n  const line = '${BYLINE}';\n});\n`;
    const [run, ...more] = index({ 'tests/a.test.ts': test, 'docs/b.md': 'Nothing alike here at all, not one word of it.' }).runsIn(`  ${BYLINE}`, 'clean/set/page-1');
    expect(more).toEqual([]);
    expect(run).toMatchObject({ path: 'tests/a.test.ts', origin: 'clean/set/page-1', benchText: BYLINE });
    expect(test.slice(run!.start, run!.end)).toBe(BYLINE.slice(0, -1));
    expect(run!.words).toEqual(wordsOf(BYLINE).map((word) => word.text));
  });

  it('finds the run across line breaks, string joins, escapes and another case', () => {
    const source = String.raw`const page = ['BY ODILE VARGA on Thursday,', "March 3rd, 2022\nat 9:40 A.M."].join('\n');`;
    expect(index({ 'tests/a.test.ts': source }).runsIn(BYLINE, 'clean/set/page-1')).toHaveLength(1);
  });

  it('finds the part of a longer bench line that a file holds', () => {
    const runs = index({ 'docs/a.md': `The page's byline (${BYLINE.slice(3)}) is lifted.` }).runsIn(`Home | Sport | ${BYLINE} | Share`, 'clean/set/page-2');
    expect(runs.map((run) => run.words.length)).toEqual([wordsOf(BYLINE).length - 1]);
  });

  it('leaves a run shorter than minWords or minChars, and one broken by a changed word', () => {
    const files = { 'tests/a.test.ts': `'${BYLINE}'` };
    expect(index(files).runsIn('By Odile Varga on Thursday, March 3rd', 'x/1')).toEqual([]);
    expect(index(files, { minWords: 7, minChars: 80 }).runsIn(BYLINE, 'x/1')).toEqual([]);
    const shortRuns = { minWords: 7, minChars: 20 };
    expect(index(files, shortRuns).runsIn('By Odile Varga on Friday, March 3rd, 2022 at 9:40 a.m.', 'x/1').map((run) => run.words.length)).toEqual([8]);
    expect(index(files, shortRuns).runsIn('By Odile Varga on Friday, March 4th, 2022 at 9:40 a.m.', 'x/1')).toEqual([]);
  });

  it('finds each file holding the run, and a file holding it twice at both places', () => {
    const runs = index({ 'tests/a.test.ts': `'${BYLINE}'`, 'tests/b.test.ts': `'${BYLINE}', '${BYLINE}'` }).runsIn(BYLINE, 'x/1');
    expect(runs.map((run) => [run.path, run.start])).toEqual([
      ['tests/a.test.ts', 1],
      ['tests/b.test.ts', 1],
      ['tests/b.test.ts', BYLINE.length + 5],
    ]);
  });

  it('never carries more than the first EXCERPT characters of the bench line', () => {
    const long = `${BYLINE} and a sentence that goes on for a good while longer than that`;
    const [run] = index({ 'tests/a.test.ts': `'${long}'` }).runsIn(long, 'x/1');
    expect(run!.benchText).toBe(long.slice(0, EXCERPT));
  });
});
