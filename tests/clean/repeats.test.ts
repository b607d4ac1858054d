// A scraper caught in a loop writes one line over and over: its words were counted each time, and
// nothing said so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { describeLine } from '../../src/clean/lines.js';
import { loopCopies } from '../../src/clean/repeats.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const looped = 'Engineers replaced more than two hundred rivets and repainted the whole span in its original green colour.';
const page = (times: number): string =>
  [
    'Bridge reopens after repairs',
    'By Jane Roe',
    'The old river bridge reopened to traffic on Monday after six months of repairs to its steel frame and deck.',
    ...Array<string>(times).fill(looped),
    'The council said the work came in under budget, and cyclists will have a new lane from next spring.',
    'Residents welcomed the reopening, which cuts the drive to the station by twenty minutes.',
  ].join('\n\n');

describe('a line repeated 20 or more times in a row (a scraper loop)', () => {
  it('is kept once, its copies removed, with one warning naming the line', () => {
    const cleaned = clean(page(25));
    expect(cleaned.body.split('\n\n')).toEqual([
      'The old river bridge reopened to traffic on Monday after six months of repairs to its steel frame and deck.',
      looped,
      'The council said the work came in under budget, and cyclists will have a new lane from next spring.',
      'Residents welcomed the reopening, which cuts the drive to the station by twenty minutes.',
    ]);
    const copies = cleaned.removedLines.filter((line) => line.text === looped);
    expect(copies).toHaveLength(24);
    expect(new Set(copies.map((line) => line.reason))).toEqual(new Set(['copy of the line above (a scraper loop: one line 20 or more times in a row)']));
    expect(cleaned.warnings).toEqual([
      'the line "Engineers replaced more than two hundred rivets and repainted the whole span in…" stands 25 times in a row (a scraper loop?): kept once, its copies removed',
    ]);
    expect(cleaned.metadata).toMatchObject({ title: 'Bridge reopens after repairs', byline: 'Jane Roe' });
  });

  it('leaves a line repeated fewer times, and a repeat with other lines between', () => {
    expect(clean(page(19)).warnings).toEqual([]);
    const alternating = describeLines(Array.from({ length: 40 }, (_, i) => (i % 2 ? 'Yes.' : looped)));
    expect(loopCopies(alternating).size).toBe(0);
  });

  // Stated by runs: a page of runs of one line each keeps a run of 20 or more of a line with words as its first line alone,
  // and every other run whole. (That nothing but copies goes, alone, held for a loopCopies that found none.)
  it('property: a run of 20 or more copies of a line with words is kept as its first line, every other run whole', () => {
    const text = fc.constantFrom('Yes.', 'The council met on Monday.', looped, '-');
    const run = fc.tuple(text, fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(fc.array(run, { maxLength: 8 }), (runs) => {
        const texts = runs.flatMap(([line, times]) => Array<string>(times).fill(line));
        const lines = describeLines(texts);
        const copies = loopCopies(lines);
        // Runs of the same line given one after the other are one run.
        const merged: Array<[string, number]> = [];
        for (const line of texts) {
          if (merged.at(-1)?.[0] === line) merged.at(-1)![1]++;
          else merged.push([line, 1]);
        }
        const expected = merged.flatMap(([line, times]) => Array<string>(times >= 20 && line !== '-' ? 1 : times).fill(line));
        expect(lines.filter((line) => !copies.has(line)).map((line) => line.text)).toEqual(expected);
        // The copy removed is never a run's first line.
        lines.forEach((line, i) => {
          if (copies.has(line)) expect(lines[i - 1]?.text).toBe(line.text);
        });
      }),
    );
  });
});

function describeLines(texts: readonly string[]) {
  return texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'on'])));
}
