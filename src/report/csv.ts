// CSV that spreadsheets open correctly: UTF-8 with BOM, CRLF, RFC 4180 quoting (including line breaks
// inside cells), numbers left numeric, formula-like text neutralised, cells cut to Excel's limit.
import { stringify } from 'csv-stringify/sync';
import { thousands } from './format.js';
import { openTextFile } from './text-file.js';

export type CsvDialect = 'excel' | 'excel-eu';
export type CsvCell = string | number | null;

/** Characters a spreadsheet cell holds (Excel's limit; LibreOffice opens longer ones, Excel refuses the file). */
const SHEET_CELL_CHARS = 32_767;

/** Excel refuses cells longer than SHEET_CELL_CHARS; we cut earlier and say so in the cell and in errors.csv (cutCellWarning). */
export const MAX_CELL_CHARS = 32_000;
export const TRUNCATION_MARKER = ' …[truncated]';
/** Rows Excel can show, header included. */
export const MAX_SHEET_ROWS = 1_048_576;

/** A cell cut to MAX_CELL_CHARS with a marker; never between the two halves of an emoji. */
export function truncateCell(value: string): string {
  if (value.length <= MAX_CELL_CHARS) return value;
  const last = value.charCodeAt(MAX_CELL_CHARS - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return value.slice(0, end) + TRUNCATION_MARKER;
}

/**
 * errors.csv's text for a cell truncateCell cut, `where` naming the report, the row and the column
 * (`sentences.csv, sentence 2: text`): the cut would be said only by the marker at the cell's end,
 * which no one finds in a file of a million rows.
 */
export function cutCellWarning(where: string, length: number): string {
  return `${where} cut to its first ${thousands(MAX_CELL_CHARS)} of ${thousands(length)} characters (a spreadsheet cell holds at most ${thousands(SHEET_CELL_CHARS)}; the cell ends in "${TRUNCATION_MARKER.trim()}")`;
}

/**
 * A report is never split: one file per table keeps it loadable by any tool. A spreadsheet shows
 * only the first MAX_SHEET_ROWS rows of a longer file, so that is reported as a warning.
 */
export function sheetRowsWarning(fileName: string, dataRows: number): string | null {
  if (dataRows + 1 <= MAX_SHEET_ROWS) return null;
  return `${fileName} has ${dataRows} rows; Excel and LibreOffice show only the first ${MAX_SHEET_ROWS - 1} (use report.json or a database for the rest)`;
}

/** Text a spreadsheet reads as a number, whatever its import settings: digits, a decimal part, an exponent. */
const NUMBER_TEXT = /^\d+(?:\.\d+)?(?:e\d+)?$/i;
/** Significant digits Excel keeps of a number (LibreOffice shows more than 15 as `1.23456789012346E+018`). */
const SHEET_DIGITS = 15;

/**
 * Whether a spreadsheet shows a text cell as another number: `0042` as 42, `1.10` as 1.1, `1e5` as
 * 100000, an id of 16 digits or more rounded. No CSV quoting keeps such a text as text in Excel or
 * in LibreOffice's import dialog as it opens (tested, tests/report/libreoffice.test.ts).
 */
export function readsAsOtherNumber(text: string): boolean {
  return NUMBER_TEXT.test(text) && (String(Number(text)) !== text || text.replace(/\D/g, '').length > SHEET_DIGITS);
}

/** Ids named in numericIdsWarning. */
export const IDS_NAMED = 5;

/**
 * The warning for a run whose article ids a spreadsheet changes (readsAsOtherNumber, `ids` the
 * first of them): the id column of every CSV then no longer reads as the file or record it names.
 */
export function numericIdsWarning(ids: readonly string[], count: number): string | null {
  if (!count) return null;
  const named = ids.slice(0, IDS_NAMED).join(', ') + (count > IDS_NAMED ? `, … and ${count - IDS_NAMED} more` : '');
  const noun = count === 1 ? 'article id reads' : 'article ids read';
  return `${count} ${noun} as another number in a spreadsheet (${named}): 0042 shows as 42, 1.10 as 1.1, and more than 15 digits are rounded; source_file and clean_file keep each id whole (to keep article_id as written, set its column to Text on import: Excel's Data > From Text/CSV, LibreOffice's import dialog)`;
}

/** excel-eu: decimal comma. A number cell stays a number for csv-stringify, so it is never formula-escaped. */
const numberText = (value: number, dialect: CsvDialect): string => (dialect === 'excel-eu' ? String(value).replace('.', ',') : String(value));

export function stringifyOptions(columns: readonly string[], dialect: CsvDialect) {
  return {
    header: true,
    columns: [...columns],
    bom: true,
    delimiter: dialect === 'excel-eu' ? ';' : ',',
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      string: truncateCell,
      number: (value: number) => numberText(value, dialect),
    },
  } as const;
}

/**
 * What makes csv-stringify quote a text with the options above (a delimiter, quote or line break): the cell is put
 * between quotes, its quotes doubled.
 */
const NEEDS_QUOTING: Record<CsvDialect, RegExp> = {
  excel: /[,"\r\n]/,
  'excel-eu': /[;"\r\n]/,
};

/**
 * A formula sign first, which csv-stringify's escape_formulas sets an apostrophe before. A number's text has none of
 * these but a leading minus, which csv-stringify leaves on numbers.
 */
const FORMULA_SIGN_FIRST = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const QUOTES = /"/g;

/**
 * A row's CSV line, cells quoted as csv-stringify quotes them (numbers as numberText), or null for a row csv-stringify
 * must write: a cell to cut (truncateCell) or to escape as a formula, or a row of another length than the columns.
 */
function directLine(row: readonly CsvCell[], columns: number, dialect: CsvDialect): string | null {
  // csv-stringify cuts a row to the columns.
  if (row.length !== columns) return null;
  const delimiter = dialect === 'excel-eu' ? ';' : ',';
  const needsQuoting = NEEDS_QUOTING[dialect];
  let line = '';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (i) line += delimiter;
    if (typeof cell === 'number') line += numberText(cell, dialect);
    else if (typeof cell === 'string') {
      if (cell.length > MAX_CELL_CHARS || FORMULA_SIGN_FIRST.test(cell)) return null;
      line += needsQuoting.test(cell) ? `"${cell.replace(QUOTES, '""')}"` : cell;
    } else if (cell !== null) return null;
  }
  return `${line}\r\n`;
}

/**
 * Rows as CSV text without header or BOM: rendered where the rows are made (a worker thread). A row
 * whose cells need no formula escaping or cutting (nearly all rows) is joined and quoted here, any
 * other goes through csv-stringify: the same bytes either way (tested). Through csv-stringify (per
 * cell a cast call, a context object, two arrays, four searches of a text) a 10k run's 1.13 million
 * rows take 2.8-3.8 CPU s, 1.2-1.4 s so; quoting here the cells
 * that need it (sentences.csv's and removed_lines.csv's texts) spares the rest.
 */
export function csvText(rows: readonly (readonly CsvCell[])[], columns: readonly string[], dialect: CsvDialect): string {
  let text = '';
  let pending: CsvCell[][] = [];
  const flush = () => {
    if (!pending.length) return;
    text += stringify(pending, { ...stringifyOptions(columns, dialect), header: false, bom: false });
    pending = [];
  };
  for (const row of rows) {
    const line = directLine(row, columns.length, dialect);
    if (line === null) pending.push(row as CsvCell[]);
    else {
      flush();
      text += line;
    }
  }
  flush();
  return text;
}

export interface CsvFile {
  /** Appends rows already rendered by csvText (as UTF-8 bytes when they come from a worker). */
  writeText(text: string | Uint8Array, rows: number): Promise<void>;
  write(rows: readonly (readonly CsvCell[])[]): Promise<void>;
  /** Rows written so far, header excluded. */
  readonly rows: number;
  close(): Promise<void>;
}

/** A CSV file written as rows come: BOM and header first, then appended text. */
export function openCsv(path: string, columns: readonly string[], dialect: CsvDialect): CsvFile {
  const out = openTextFile(path);
  void out.write(stringify([], stringifyOptions(columns, dialect)));
  let rows = 0;
  return {
    get rows() {
      return rows;
    },
    async writeText(text, count) {
      rows += count;
      await out.write(text);
    },
    async write(list) {
      rows += list.length;
      await out.write(csvText(list, columns, dialect));
    },
    close: () => out.close(),
  };
}
