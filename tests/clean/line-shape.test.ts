import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBulletedItem, isDataTableRow, isMonospacedTableRow, isRuleLine, ruleMarks } from '../../src/clean/line-shape.js';
import { normaliseText } from '../../src/ingest/index.js';
import { describeLineTest, line, pageLines, PROSE } from './line-cases.js';

describe('isBulletedItem', () => {
  it('takes a line opening with a bullet for a list item, whichever bullet a page uses', () => {
    for (const text of ['- Phase one: playground', '* Item', '+ Comfortable for long flights', '– Pension relief', '· Free parking', '• Pension relief', '•Pension relief', '‣ Nested item', '◦ Open item', '▪ Square item', '✓ Waterproof', '✔ Fast charging']) {
      expect(isBulletedItem(text), text).toBe(true);
    }
  });

  it('takes no line for an item whose mark opens other lines too without a space (a sign, a footnote, an end mark), nor a signature, a numbered or a quoted line', () => {
    for (const text of ['-5 degrees at dawn', '*Correction appended', '+3% on the year', '-30-', '—Jane Doe', '— Jane Doe, Boston', '1. Phase one', '> quoted line']) {
      expect(isBulletedItem(text), text).toBe(false);
    }
  });
});

describe('isDataTableRow', () => {
  // Lines as ingest passes them: tabs are spaces (normaliseText).
  const rows = (...texts: string[]) => pageLines(normaliseText(texts.join('\n')).split('\n'));
  it.each(['FTSE 100 7,612.4 +0.3%', 'Euro Stoxx 50 4,312.9 +0.2%', 'S&P 500 | 5,051.41 | -45.86 | -0.90%', 'Brent crude\t$91.40\t+1.8%', 'Petrol (per litre) | €1.74 | -3c', 'Unleaded | 138.2p | -1.8p', 'Diesel  €1.69  +1.5c'])('takes "%s" for a table row', (text) => {
    expect(isDataTableRow(rows(text), 0)).toBe(true);
  });

  it('takes a header row of cells for one when a row of as many cells stands next to it', () => {
    const table = rows('Index | Close | Change | % Change', 'Dow Jones Industrial Average | 37,798.97 | -230.12 | -0.61%');
    expect(isDataTableRow(table, 0)).toBe(true);
    expect(isDataTableRow(rows('Home | News | Sport | Weather', PROSE), 0)).toBe(false);
    // Tab-separated, as a spreadsheet copies it; a heading of three words over such a row is no cells.
    expect(isDataTableRow(rows('Index\tClose\t% Change', 'Euro Stoxx 50\t4,312.9\t+0.2%'), 0)).toBe(true);
    expect(isDataTableRow(rows('European Markets Today', 'Euro Stoxx 50\t4,312.9\t+0.2%'), 0)).toBe(false);
  });

  it('takes a row whose figures have their unit apart for one, and the header row over it', () => {
    const table = rows('Item | Q1 2027 | Q1 2026 | Change', 'Net sales | $66.0 bln | $61.4 bln | +7.5%', 'Revenue | 1.2 million | 0.9 million | 3.1 pct');
    expect([0, 1, 2].map((i) => isDataTableRow(table, i))).toEqual([true, true, true]);
    expect(isDataTableRow(rows('Sales rose to $66.0 bln from $61.4 bln'), 0)).toBe(false);
  });

  it('takes a pipe table\'s head for one over its rule and rows, not over a rule alone', () => {
    const table = rows('| Team | P | W |', '|---|---|---|', '| Rovers | 10 | 7 |', '| United | 10 | 6 |');
    expect([0, 1, 2, 3].map((i) => isDataTableRow(table, i))).toEqual([true, true, true, true]);
    expect(isDataTableRow(rows('| Name | Role | Team |', '|---|---|---|', '| Ana | Coach | Rovers |'), 0)).toBe(false);
  });

  // An election story's results, as a tester's municipal page gave them: a count and its share in brackets, a row next to another.
  it('takes a count with its share in brackets for a row next to another such row, not alone (a headline)', () => {
    const results = rows('Liste Avenir : 9 204 voix (48,95 %)', 'Liste Union : 6 112 voix (32,51 %)', 'Jane Okafor (Labour) 11,842 (41.3 per cent)');
    expect([0, 1, 2].map((i) => isDataTableRow(results, i))).toEqual([true, true, true]);
    expect(isDataTableRow(rows('Harbour Labour wins 41 seats (52 %)', PROSE), 0)).toBe(false);
  });

  it.each([
    'About 300 people attended the vigil on Sunday.',
    'Gold slipped 0.3% after touching a record high',
    'Revenue rose to 1,234 from 1,100',
    'The S&P 500 lost 0.9% on Tuesday, while the Nasdaq dropped 1.4%.',
    'Dow Jones 37,798.97 -230.12 -0.61%.',
    'Top 10',
    'Fuel duty cut by 5p',
  ])('leaves "%s" alone', (text) => {
    expect(isDataTableRow(rows(text), 0)).toBe(false);
  });
});

// A rule between parts of the page or of the text has no words: mid-text it had been kept as a line of the body.
describeLineTest(
  'isRuleLine: a line of rule characters only',
  isRuleLine,
  ['* * *', '___', '-----', '==============================', '•••', '— — —', '⁂'.repeat(3)],
  ['*', '--', '***Update***', '---- Forwarded message ----', '— Jane Doe', '1/2', '* The council met on Monday.'],
);

// A wire factbox's table set in monospace: more cells than a row isDataTableRow reads, its empty cells lone dashes.
describeLineTest(
  'isMonospacedTableRow: a row with empty cells as lone dashes, or a head of cells joined by leader dots',
  isMonospacedTableRow,
  ['KESTRA 4.10 3.85 - - - - - - - - - -', 'VALMO 2) 1.25 1.50 1.75 - - - - - - - - -', 'AVG: 2.40 – – – – 2.55', 'PORT: END24..END25..Q1...Q2...Q3', 'TOTAL - - - -'],
  ['Rates rise - again - as inflation bites', 'Forget the plan ... just sail!', 'Wait...what? Markets stall', 'U.S. stocks fall 2.5 pct - Dow down 300', '- Phase one: playground', 'Score: 3 - 1 - 0'],
);

describe('isRuleLine and ruleMarks', () => {
  it('takes no line with a letter or a digit in it for a rule, and counts no marks in it', () => {
    const mark = fc.constantFrom('-', '_', '*', '=', '~', '•', '—', ' ');
    const text = fc.tuple(fc.array(mark, { maxLength: 12 }), fc.string({ minLength: 1, maxLength: 12 }).filter((part) => /[\p{L}\p{N}]/u.test(part)), fc.array(mark, { maxLength: 12 }));
    fc.assert(
      fc.property(text, ([before, part, after]) => {
        const candidate = line(`${before.join('')}${part}${after.join('')}`.trim());
        expect(isRuleLine(candidate)).toBe(false);
        expect(ruleMarks(candidate)).toBe(0);
      }),
    );
  });
});
