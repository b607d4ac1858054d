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

  it('property: every distinct line stays once, in its place', () => {
    const text = fc.constantFrom('Yes.', 'The council met on Monday.', looped, '-');
    const run = fc.tuple(text, fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(fc.array(run, { maxLength: 8 }), (runs) => {
        const lines = describeLines(runs.flatMap(([line, times]) => Array<string>(times).fill(line)));
        const copies = loopCopies(lines);
        const kept = lines.filter((line) => !copies.has(line)).map((line) => line.text);
        const collapse = (texts: string[]) => texts.filter((line, i) => line !== texts[i - 1]);
        expect(collapse(kept)).toEqual(collapse(lines.map((line) => line.text)));
        for (const copy of copies) expect(copy.wordCount).toBeGreaterThan(0);
      }),
    );
  });
});

function describeLines(texts: readonly string[]) {
  return texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'on'])));
}
