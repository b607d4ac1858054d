// The CSV writer: whatever the cells hold, the file parses back to the same cells (formula-like text
// neutralised with a leading apostrophe, over-long cells cut with a marker).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText, IDS_NAMED, MAX_CELL_CHARS, MAX_SHEET_ROWS, numericIdsWarning, openCsv, readsAsOtherNumber, sheetRowsWarning, stringifyOptions, truncateCell, TRUNCATION_MARKER, type CsvCell, type CsvDialect } from '../../src/report/csv.js';
import { readCsv, tempDir } from '../helpers.js';

// csv-stringify's escape_formulas: also the full-width forms, which Apple Numbers reads as formula signs.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Lone surrogates cannot be written as UTF-8; they become U+FFFD. */
const wellFormed = (text: string): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text));

/**
 * What a spreadsheet should show for a cell we wrote: a cell over MAX_CELL_CHARS is its first MAX_CELL_CHARS code units,
 * less a pair's first half they end in, and the marker (stated here, not by truncateCell: a cut one short, or
 * between a pair's halves, had passed the properties).
 */
function meant(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return dialect === 'excel-eu' ? String(cell).replace('.', ',') : String(cell);
  const whole = wellFormed(cell);
  const text = whole.length > MAX_CELL_CHARS ? `${whole.slice(0, MAX_CELL_CHARS).replace(/[\uD800-\uDBFF]$/u, '')}${TRUNCATION_MARKER}` : whole;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function roundTrip(rows: CsvCell[][], columns: string[], dialect: CsvDialect): string[][] {
  // Through bytes, as in the file: UTF-8 cannot hold a lone surrogate.
  const text = Buffer.from(stringify(rows, stringifyOptions(columns, dialect))).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, delimiter: dialect === 'excel-eu' ? ';' : ',' }) as string[][];
}

// Strings made of the characters that break CSV and spreadsheets, mixed with any Unicode.
const hostileString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', 'x') }),
  fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', "'", ' ', 'a', '1', '.', '\uFEFF', '😀', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20') }),
);
const cell: fc.Arbitrary<CsvCell> = fc.oneof(hostileString, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(null));

describe('every CSV parses back to the cells that were meant', () => {
  it('rows rendered in pieces (article by article, as the workers do) join into the text of all rows at once', () => {
    const rowsOf3 = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(rowsOf3, { maxLength: 5 }), fc.constantFrom('excel', 'excel-eu' as const), (pieces, dialect) => {
        const columns = ['a', 'b', 'c'];
        expect(pieces.map((rows) => csvText(rows, columns, dialect)).join('')).toBe(csvText(pieces.flat(), columns, dialect));
      }),
      { numRuns: 300 },
    );
  });

  it("csvText writes the bytes csv-stringify writes, for rows of plain cells and of cells that need its quoting, escaping or cutting", () => {
    // Plain text often, so that whole rows of it occur; a cut cell sometimes; rows shorter or longer than the columns.
    const plainText = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '.', "'", '-', ':', 'é', '😀', '\uFEFF') });
    const anyCell: fc.Arbitrary<CsvCell> = fc.oneof(
      { weight: 4, arbitrary: plainText },
      { weight: 2, arbitrary: hostileString },
      { weight: 2, arbitrary: fc.oneof(fc.double(), fc.integer()) },
      fc.constant(null),
      fc.constant(''),
      fc.constant('x'.repeat(MAX_CELL_CHARS + 1)),
    );
    const row = fc.oneof({ weight: 5, arbitrary: fc.array(anyCell, { minLength: 3, maxLength: 3 }) }, fc.array(anyCell, { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.constantFrom('excel', 'excel-eu' as const), (rows, dialect) => {
        const columns = ['a', 'b', 'c'];
        const written = rows.length ? stringify(rows, { ...stringifyOptions(columns, dialect), header: false, bom: false }) : '';
        expect(csvText(rows, columns, dialect)).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });

  for (const dialect of ['excel', 'excel-eu'] as const) {
    it(`${dialect}: any cells`, () => {
      fc.assert(
        fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
          const parsed = roundTrip(rows, ['a', 'b', 'c'], dialect);
          expect(parsed[0]).toEqual(['a', 'b', 'c']);
          expect(parsed.slice(1)).toEqual(rows.map((row) => row.map((c) => meant(c, dialect))));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('a cell about as long as a spreadsheet takes parses back whole or cut, an emoji, a quote or a letter at the cut', () => {
    const longCell = fc
      .tuple(fc.integer({ min: -2, max: 2 }), fc.constantFrom('😀', '"', 'x'))
      .map(([offset, end]) => `${'a'.repeat(MAX_CELL_CHARS + offset - 1)}${end.repeat(3)}`);
    fc.assert(
      fc.property(longCell, fc.constantFrom('excel', 'excel-eu' as const), (text, dialect) => {
        expect(roundTrip([[text]], ['a'], dialect)[1]).toEqual([meant(text, dialect)]);
      }),
      { numRuns: 40 },
    );
  });

  it('no written cell starts with a formula character', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 1, maxLength: 5 }), (cells) => {
        for (const value of roundTrip([cells], cells.map((_, i) => `c${i}`), 'excel')[1]!) expect(value).not.toMatch(FORMULA_START);
      }),
    );
  });

  it('negative numbers stay numbers (no apostrophe), strings that look negative do not', () => {
    expect(roundTrip([[-0.25, '-0.25', '=1+1']], ['n', 's', 'f'], 'excel')[1]).toEqual(['-0.25', "'-0.25", "'=1+1"]);
    expect(roundTrip([['\uFF1D1+1', '\uFF20SUM(A1)']], ['a', 'b'], 'excel')[1]).toEqual(["'\uFF1D1+1", "'\uFF20SUM(A1)"]);
    expect(roundTrip([[-0.25, 1234.5, 3]], ['a', 'b', 'c'], 'excel-eu')[1]).toEqual(['-0,25', '1234,5', '3']);
  });
});

describe('dialects', () => {
  it('excel: comma, CRLF after every row, BOM; excel-eu: semicolon', () => {
    expect(stringify([['x', 1.5]], stringifyOptions(['a', 'b'], 'excel'))).toBe('\uFEFFa,b\r\nx,1.5\r\n');
    expect(stringify([['x;y', 1.5]], stringifyOptions(['a', 'b'], 'excel-eu'))).toBe('\uFEFFa;b\r\n"x;y";1,5\r\n');
  });

  it('line breaks inside a cell are quoted, so a row never splits', () => {
    expect(stringify([['one\ntwo', 'three\rfour']], stringifyOptions(['a', 'b'], 'excel'))).toBe('\uFEFFa,b\r\n"one\ntwo","three\rfour"\r\n');
  });
});

describe('Excel limits', () => {
  it(`cells over ${MAX_CELL_CHARS} characters are cut with a marker, under Excel's 32,767`, () => {
    const cut = truncateCell('a'.repeat(100_000));
    expect(cut).toBe('a'.repeat(MAX_CELL_CHARS) + TRUNCATION_MARKER);
    expect(cut.length).toBeLessThanOrEqual(32_767);
    expect(truncateCell('b'.repeat(MAX_CELL_CHARS))).toBe('b'.repeat(MAX_CELL_CHARS));
  });

  it('the cut never splits an emoji into a lone surrogate', () => {
    const text = 'a'.repeat(MAX_CELL_CHARS - 1) + '😀'.repeat(10);
    const cut = truncateCell(text);
    expect(cut).toBe('a'.repeat(MAX_CELL_CHARS - 1) + TRUNCATION_MARKER);
    expect(cut).not.toMatch(/\p{Cs}/u); // no lone surrogate
  });

  it('a report longer than a sheet is warned about, a full sheet is not', () => {
    expect(sheetRowsWarning('terms.csv', MAX_SHEET_ROWS - 1)).toBeNull();
    expect(sheetRowsWarning('terms.csv', MAX_SHEET_ROWS)).toBe(
      'terms.csv has 1048576 rows; Excel and LibreOffice show only the first 1048575 (use report.json or a database for the rest)',
    );
  });
});

describe('article ids a spreadsheet shows as other numbers', () => {
  it('are numbers whose text is not how a spreadsheet writes the number, or longer than the 15 digits Excel keeps', () => {
    const ids = ['0042', '00', '1.10', '1e5', '1E5', '1234567890123456', '42', '0', '1.5', '123456789012345', 'a-0042', '0042a', '-42', '000/0001', '2024-01-05', '4 2', ''];
    expect(ids.filter(readsAsOtherNumber)).toEqual(['0042', '00', '1.10', '1e5', '1E5', '1234567890123456']);
  });

  // The examples name one id, and five of 999: a warning of exactly five that went on ", … and 0 more" had passed them.
  it('are counted in one warning that names the first five, and how many more only when there are more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (count) => {
        const ids = Array.from({ length: Math.min(count, IDS_NAMED) }, (_, i) => String(i).padStart(4, '0'));
        const named = count > IDS_NAMED ? `${ids.join(', ')}, … and ${count - IDS_NAMED} more` : ids.join(', ');
        const noun = count === 1 ? 'article id reads' : 'article ids read';
        expect(numericIdsWarning(ids, count)!.split(': ')[0]).toBe(`${count} ${noun} as another number in a spreadsheet (${named})`);
      }),
    );
  });

  it('are counted in one warning that names the first five', () => {
    expect(numericIdsWarning([], 0)).toBeNull();
    expect(numericIdsWarning(['0042'], 1)).toMatch(/^1 article id reads as another number in a spreadsheet \(0042\): /);
    expect(numericIdsWarning(['0001', '0002', '0003', '0004', '0005'], 999)).toMatch(/^999 article ids read as another number in a spreadsheet \(0001, 0002, 0003, 0004, 0005, … and 994 more\): /);
  });
});

describe('openCsv', () => {
  it('streams rows to a file and counts them', async () => {
    const path = join(tempDir(), 'rows.csv');
    const file = openCsv(path, ['id', 'text', 'n'], 'excel');
    for (let i = 0; i < 1000; i++) await file.write([[`id${i}`, i % 2 ? '=SUM(A1)' : 'plain', i]]);
    await file.close();
    expect(file.rows).toBe(1000);
    const rows = parse(readFileSync(path, 'utf8'), { bom: true }) as string[][];
    expect(rows).toHaveLength(1001);
    expect(rows[2]).toEqual(['id1', "'=SUM(A1)", '1']);
  });

  // The file as the run writes it: rows from the main thread (write) between rows a worker rendered (csvText), handed
  // over as text or as its UTF-8 bytes (writeText). The properties above read csv-stringify's text, not the file.
  it('a file written in pieces parses back to its header and the cells meant, in order', async () => {
    const piece = fc.record({ rows: fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 4 }), how: fc.constantFrom('rows', 'text', 'bytes') });
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 6 }), fc.constantFrom('excel', 'excel-eu' as const), async (pieces, dialect) => {
        const columns = ['a', 'b', 'c'];
        const path = join(tempDir('csv-'), 'rows.csv');
        const file = openCsv(path, columns, dialect);
        for (const { rows, how } of pieces) {
          const text = csvText(rows, columns, dialect);
          if (how === 'rows') await file.write(rows);
          else await file.writeText(how === 'text' ? text : new TextEncoder().encode(text), rows.length);
        }
        await file.close();
        const written = pieces.flatMap(({ rows }) => rows);
        expect(file.rows).toBe(written.length);
        expect(readCsv(path, dialect === 'excel-eu' ? ';' : ',')).toEqual([columns, ...written.map((row) => row.map((c) => meant(c, dialect)))]);
      }),
      { numRuns: 100 },
    );
  });
});
