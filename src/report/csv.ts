// CSV that spreadsheets open correctly: UTF-8 with BOM, CRLF, RFC 4180 quoting (including line breaks
// inside cells), numbers left numeric, formula-like text neutralised, cells cut to Excel's limit.
import { stringify } from 'csv-stringify/sync';
import { openTextFile } from './text-file.js';

export type CsvDialect = 'excel' | 'excel-eu';
export type CsvCell = string | number | null;

/** Excel refuses cells longer than 32,767 characters; we cut earlier and say so in the cell. */
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
 * A report is never split: one file per table keeps it loadable by any tool. A spreadsheet shows
 * only the first MAX_SHEET_ROWS rows of a longer file, so that is reported as a warning.
 */
export function sheetRowsWarning(fileName: string, dataRows: number): string | null {
  if (dataRows + 1 <= MAX_SHEET_ROWS) return null;
  return `${fileName} has ${dataRows} rows; Excel and LibreOffice show only the first ${MAX_SHEET_ROWS - 1} (use report.json or a database for the rest)`;
}

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
      // excel-eu: decimal comma. The cell stays a number for csv-stringify, so it is never formula-escaped.
      number: (value: number) => (dialect === 'excel-eu' ? String(value).replace('.', ',') : String(value)),
    },
  } as const;
}

/** Rows as CSV text without header or BOM: rendered where the rows are made (a worker thread). */
export function csvText(rows: readonly (readonly CsvCell[])[], columns: readonly string[], dialect: CsvDialect): string {
  return rows.length ? stringify(rows as CsvCell[][], { ...stringifyOptions(columns, dialect), header: false, bom: false }) : '';
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
