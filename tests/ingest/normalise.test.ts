import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/normalise.js';
import { decodeHtml } from '../../src/ingest/html.js';
import { stripMarkdown } from '../../src/ingest/markdown.js';

/** What normaliseText promises, step by step: its quick test for "nothing to replace" must not change it. */
const normalisedStepByStep = (text: string): string =>
  stripMarkdown(replacedStepByStep(text)).normalize('NFC');
const replacedStepByStep = (text: string): string =>
  decodeHtml(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\v\f\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .split('\n')
    .map((line) => {
      // A line of two cells or more between tabs is a row of cells: two spaces between them; not a list item's mark and its text.
      const cells = line.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '');
      return cells.length >= 3 || (cells.length === 2 && !/^(?:[-+*–·•‣◦▪]|\d{1,3}[.)])$/u.test(cells[0]!)) ? cells.join('  ') : line.replace(/\t/g, ' ');
    })
    .join('\n');

const special = ['&amp;', '&nbsp;', '&#8203;', '<p>', '\r', '\r\n', '\f', '\u2028', '\u2029', '\u0085', '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u0007', '\u000B', '\u001F', '\u007F', '\t', '\u00A0', '\u2007', '\u202F', 'e\u0301', '\u00E9', '\n', ' ', '# ', '> ', '**', '*', '__', '[a](https://b.c)', '&gt; '];
const mixedText = fc.array(fc.oneof(fc.constantFrom(...special), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('normaliseText', () => {
  it('decodes HTML references and drops common tags before the other replacements', () => {
    expect(normaliseText('<p>Coast &amp; cities&nbsp;flooded, it&#8217;s said</p>')).toBe(' Coast & cities flooded, it’s said ');
    expect(normaliseText('Zero&#8203;width')).toBe('Zerowidth');
  });

  it("reads a vertical tab (Word's manual line break) and a form feed as line breaks, which had joined the words around them", () => {
    expect(normaliseText('Council approves budget\u000BBy Jane Doe\u000Cpage two')).toBe('Council approves budget\nBy Jane Doe\npage two');
    expect(normaliseText('line&#11;break')).toBe('line\nbreak');
  });

  it('gives a row of cells between tabs two spaces between its cells, where the cleaner splits cells, and other tabs one space', () => {
    expect(normaliseText('Index\tClose\t% Change\r\nFTSE 100 \t 7,612.4\t\t+0.3%\nName:\tJane Doe\n\tIndented\tline\n\tIndented\n-\tFirst point\n2.\tSecond point')).toBe(
      'Index  Close  % Change\nFTSE 100  7,612.4  +0.3%\nName:  Jane Doe\nIndented  line\n Indented\n- First point\n2. Second point',
    );
  });

  it('equals its replacements applied one after the other, with or without characters to replace', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'grapheme-ascii', maxLength: 200 })), (text) => {
        expect(normaliseText(text)).toBe(normalisedStepByStep(text));
      }),
      { numRuns: 1000 },
    );
  });
});
