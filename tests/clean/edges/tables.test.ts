import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureRows, shapeOf, tablesInProse } from '../../../src/clean/edges/tables.js';
import { describeLine, type Line } from '../../../src/clean/lines.js';

describe('figureRows', () => {
  // Results, standings and prose around them: names, lowercase words, numbers of one or more digits.
  const piece = fc.constantFrom('Arsenal', 'Man City', 'Aston Villa', 'won', 'the', '1', '2', '10', '2023', '3.5', '-', ' ', ', ', '. ', ':', '(', ')');
  const name = fc.constantFrom('Arsenal', 'Man City', 'Aston Villa', 'Hull');
  const lineText = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join('').trim() || '0'),
    fc.tuple(name, fc.nat(120), fc.nat(120), name).map(([home, a, b, away]) => `${home} ${a}-${b} ${away}`),
    fc.tuple(fc.nat(25), name, fc.nat(120)).map(([place, club, points]) => `${place}. ${club} ${points}`),
  );
  const page = fc.array(fc.tuple(lineText, fc.integer({ min: 1, max: 3 })), { maxLength: 10 }).map((texts) => {
    let number = 0;
    return texts.map(([text, step]): Line => describeLine((number += step), text, new Set()));
  });

  // Two lines where one ends with the other's text are no rows (a headline under a breadcrumb run into it):
  // fast-check finds identical neighbours only now and then, so the property had passed most runs without the exception.
  it("are the lines with a digit whose shape a line at most two lines before or after has (a line's own neighbours, in order), unless one ends with the other", () => {
    fc.assert(
      fc.property(page, (lines) => {
        const expected = new Set<Line>();
        const shapes = lines.map((line) => (/\d/u.test(line.text) ? shapeOf(line.text) : null));
        for (let k = 1; k < lines.length; k++) {
          const [text, before] = [lines[k]!.text, lines[k - 1]!.text];
          const nested = text.endsWith(before) || before.endsWith(text);
          if (shapes[k] !== null && shapes[k] === shapes[k - 1] && lines[k]!.number - lines[k - 1]!.number <= 2 && !nested) expected.add(lines[k]!).add(lines[k - 1]!);
        }
        expect(figureRows(lines)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tablesInProse', () => {
  // An invented weekly market report: a pipe table's head over its rows and its credit under them, prose around.
  const report = [
    'Turnover on the Harbor Exchange rose 9 per cent this week to 14.2 billion shillings, brokers said on Friday.',
    "Shares of the two largest lenders led the gains, making up almost half of the week's trades.",
    'Company | Price | Change',
    'Bayline Bank | 612 | +2.1%',
    'Cedar Mills | 3,480 | -0.6%',
    'Dune Cement | 1,905 | +0.4%',
    'Source: HE',
    'Analyst Rose Mwita said local pension funds had bought ahead of the dividend season in February.',
    "The exchange's total value stood at 19.4 trillion shillings at Friday's close.",
  ];
  const lines = report.map((text, i) => describeLine(i + 1, text, new Set(['the', 'of', 'a', 'at', 'in', 'on', 'to'])));
  const candidates = lines.map((_, i) => i);
  const keptOf = (page: readonly Line[]): number[] => {
    const kept = new Set<number>();
    tablesInProse(page, candidates.slice(0, page.length), 0, page.length - 1, kept);
    return [...kept].sort((a, b) => a - b);
  };

  it("keeps the rows of a table the prose frames, its head over them and its credit under them too", () => {
    expect(keptOf(lines)).toEqual([2, 3, 4, 5, 6]);
  });

  it('keeps the rows with prose right above and under them', () => {
    const bare = lines.filter((_, i) => i !== 2 && i !== 6).map((line, i) => describeLine(i + 1, line.text, new Set(['the', 'of', 'a', 'at', 'in', 'on', 'to'])));
    expect(keptOf(bare)).toEqual([2, 3, 4]);
  });

  it('keeps no rows with no prose under the table', () => {
    expect(keptOf(lines.slice(0, 7))).toEqual([]);
  });
});
