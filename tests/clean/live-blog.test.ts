// Which lines head a live blog's entries under their stamps (live-blog.ts isEntryHeading).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEntryHeading, liveBlogHead } from '../../src/clean/live-blog.js';
import { describeLine } from '../../src/clean/lines.js';
import { stopwordSet } from '../../src/text/language.js';

const stopwords = stopwordSet('en');
const line = (text: string) => describeLine(1, text, stopwords);
const prose = line('The FTSE 100 closed down 0.6 per cent, with airlines and retailers the biggest fallers.');

describe('isEntryHeading', () => {
  it('takes a heading of two words in sentence case over the entry\'s prose', () => {
    for (const heading of ['Budget approved', 'Markets close', 'Turnout 64%']) expect(isEntryHeading(line(heading), prose), heading).toBe(true);
  });

  it('takes no two words over another line than prose, nor a live blog\'s label', () => {
    expect(isEntryHeading(line('Budget approved'), line('Share'))).toBe(false);
    expect(isEntryHeading(line('Budget approved'), undefined)).toBe(false);
    for (const label of ['Key event', 'Pinned post', 'Breaking news']) expect(isEntryHeading(line(label), prose), label).toBe(false);
  });

  it('never takes a name of two capitalised words (an entry\'s author under its stamp) for a heading, when the entry does not use them', () => {
    const word = fc.tuple(fc.constantFrom(...'ABCDEFGHKLMNOPRSTWÉÖ'), fc.stringMatching(/^[a-zéöü'’-]{1,9}$/u)).map(([capital, rest]) => capital + rest);
    const inProse = (name: string): boolean => prose.text.toLowerCase().includes(name.toLowerCase().slice(0, 4));
    fc.assert(
      fc.property(word, word, (first, last) => {
        fc.pre(!inProse(first) && !inProse(last));
        return !isEntryHeading(line(`${first} ${last}`), prose);
      }),
    );
  });

  it('takes two words in title case over an entry that uses one of them ("Budget Approved"), not a name the entry does not use', () => {
    const entry = line('Councillors approved the budget by 31 votes to 24 after almost five hours of debate.');
    for (const heading of ['Budget Approved', 'Debate Ends']) expect(isEntryHeading(line(heading), entry), heading).toBe(true);
    expect(isEntryHeading(line('Sarah Lyons'), entry)).toBe(false);
    expect(isEntryHeading(line('Key Event'), entry)).toBe(false);
  });
});

describe('liveBlogHead', () => {
  // Each line above the first stamp had been looked up in the page's lines and in the lines above the stamp
  // (indexOf, includes): 300,000 lines of menu there took 17 s, about 1 s now. Its speed is the benchmarks'
  // (npm run bench:large-inputs), not a timed test's: this one asserts what a head so long gives.
  it('reads a head of 300,000 lines of menu over the first stamp: every line a title candidate, no entry heading', () => {
    const texts = ['Council votes on the budget tonight', ...Array.from({ length: 300_000 }, (_, i) => `Section ${i}`), '10:02', prose.text, '10:15', prose.text];
    const lines = texts.map((text, i) => describeLine(i + 1, text, stopwords));
    const firstInBlock = lines.length - 2;
    const head = lines.slice(0, firstInBlock - 1);
    const { titleSearch, entryHeading } = liveBlogHead(lines, head, firstInBlock, lines.length, () => false, new Set());
    expect([titleSearch.length, titleSearch.at(-1)!.text, entryHeading]).toEqual([300_001, 'Section 299999', null]);
  }, 60_000);
});
