// errors.csv's rows for the run's settings and for reports too long for a spreadsheet.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { MAX_SHEET_ROWS } from '../../src/report/csv.js';
import { configProblems, sheetRowsProblems } from '../../src/report/problems.js';

describe('configProblems', () => {
  it('has no row for the defaults', () => {
    expect(configProblems(parseConfig({}))).toEqual([]);
  });

  it("gives a warning row, stage config, for each setting that is allowed but probably not meant", () => {
    const rows = configProblems(parseConfig({ language: 'xx' }));
    expect(rows.map((row) => row.problem)).toEqual([expect.stringMatching(/^"language": "xx" has no stopword list or stemmer here/), expect.stringMatching(/^"language": "xx" sets the stopwords and stems only/)]);
    for (const row of rows) expect(row).toMatchObject({ sourceFile: 'config', articleId: null, stage: 'config', severity: 'warning' });
  });
});

describe('sheetRowsProblems', () => {
  const counts = { articles: 3, terms: MAX_SHEET_ROWS, corpus_terms: MAX_SHEET_ROWS - 1, keyphrases: 0, sentences: 0, removed_lines: 0, errors: 0 };

  it('names each report with more rows than a spreadsheet shows (its header takes one)', () => {
    expect(sheetRowsProblems(counts)).toEqual([
      { sourceFile: 'terms.csv', articleId: null, stage: 'report', severity: 'warning', problem: expect.stringMatching(/^terms\.csv has 1048576 rows; Excel and LibreOffice show only the first 1048575/) },
    ]);
  });
});
