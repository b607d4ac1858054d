// One JSONL line as a record: its id, its text and the metadata it gives, each checked.
import { findIsoDate, readDate } from '../text/dates.js';
import { unwrapLines } from '../text/sentences.js';
import type { ArticleMetadata, DateOrder } from '../types.js';
import { normaliseText } from './normalise.js';

/** `warnings`: the record's metadata fields that were no text, left empty. */
/** `id` on a refused record: its id when it has a valid one (errors.csv names the article whose text was missing), else null. */
type JsonlRecord = { ok: true; id: string; text: string; metadata: ArticleMetadata; warnings: string[] } | { ok: false; problem: string; id?: string };

/**
 * A metadata field as one clean line (scraped titles carry tabs, line breaks and control characters): its lines
 * joined as a body paragraph's are (unwrapLines: by nothing between Chinese or Japanese characters), other white space one space.
 */
const optionalString = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  return unwrapLines(normaliseText(value).replace(/[^\S\n]+/g, ' ')) || null;
};

// A date written as a number is read only where it can be one date alone: YYYYMMDD (years of
// text/dates.ts, 1900-2100), or a Unix time in seconds or milliseconds from 1980 to 2099. The ranges do
// not overlap (YYYYMMDD below 2.2e7; seconds 3.2e8-4.1e9; milliseconds from 3.2e11), so a number is
// never read two ways; 2023 (a year), a count or a time in microseconds stays empty, with a warning.
const EPOCH_SECONDS = [Date.UTC(1980, 0, 1) / 1000, Date.UTC(2100, 0, 1) / 1000] as const;

/** The ISO text of a date written as a number (20230303, 1677838500, 1677838500123), or null. */
function numericDate(value: number): string | null {
  if (Number.isInteger(value) && value >= 19000101 && value <= 21001231) {
    const [year, month, day] = [Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2023-02-30 over into March: an impossible day is no date.
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
  }
  const seconds = value >= EPOCH_SECONDS[0] && value < EPOCH_SECONDS[1] ? value : value >= EPOCH_SECONDS[0] * 1000 && value < EPOCH_SECONDS[1] * 1000 ? value / 1000 : null;
  // As the text of that instant in UTC is read ("2023-03-03T10:15:00Z" is 2023-03-03T10:15).
  return seconds === null ? null : findIsoDate(new Date(Math.floor(seconds) * 1000).toISOString());
}

/** A JSONL `date` as metadata, and the warning when it held none (`unread`). */
type GivenDate = { date: string | null; unread: string | null };

const NO_NUMERIC_DATE = 'neither a YYYYMMDD date nor a Unix time in seconds or milliseconds of 1980-2099: left empty';
/** Characters of an unread date text quoted in its warning. */
const MAX_QUOTED_DATE = 80;

/**
 * A JSONL `date` in the ISO 8601 the cleaner gives dates it lifts ("March 3, 2023" is 2023-03-03),
 * so that one column sorts and summary.html places the article in time; a number, or a text of
 * digits alone ("1677838500", as exports write Unix times), as numericDate reads it. A date that
 * is none of these is left empty with a warning that quotes it: kept as given in `date`, "yesterday"
 * sorted among the dates as text and "03/04/2023" became a date cell in whatever order the
 * spreadsheet's locale reads; and an empty `date` lets the cleaner date the article by its own date line.
 */
function givenDate(value: unknown, order: DateOrder): GivenDate {
  if (typeof value === 'number') return numericGivenDate(value, describeValue(value));
  const text = optionalString(value);
  if (text === null) return { date: null, unread: null };
  const quoted = JSON.stringify(text.length > MAX_QUOTED_DATE ? `${text.slice(0, MAX_QUOTED_DATE)}…` : text);
  if (/^\d+$/.test(text)) return numericGivenDate(Number(text), quoted);
  const reading = readDate(text, order);
  if (reading === null) return { date: null, unread: `"date" is ${quoted}, ${UNREAD.none}` };
  return reading.iso === null ? { date: null, unread: `"date" is ${quoted}, ${UNREAD[reading.unread]}` } : { date: reading.iso, unread: null };
}

/** Why a date text was not read, by readDate's answer. */
const UNREAD = {
  none: 'which holds no day, month and year read as a date: left empty',
  order: 'whose day and month could be either: left empty (set clean.dateOrder to "dmy" or "mdy" in pipeline.config.json)',
  impossible: 'a day its month does not have: left empty',
  calendar: "a date of Nepal's Bikram Sambat calendar, not converted: left empty",
} as const;

/** A date written as a number, `described` in the warning when it is none. */
function numericGivenDate(value: number, described: string): GivenDate {
  const date = numericDate(value);
  return { date, unread: date ? null : `"date" is ${described}, ${NO_NUMERIC_DATE}` };
}

/** Validates one JSONL line: `id` (string or number) and `text` (string) required. */
export function parseJsonlRecord(line: string, dateOrder: DateOrder = 'auto'): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    // A JSON file written with indentation fails on every line, with messages that never say so.
    const opening = /^\s*[[{]\s*$/.test(line) ? ' (JSON over several lines? JSONL has one object per line)' : '';
    // JSON.parse quotes the line: its control bytes (a run of NULs where a crash cut the file, a raw
    // escape sequence) went as they were into errors.csv and report.json.
    const message = (error as Error).message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return { ok: false, problem: `not valid JSON: ${message}${opening}` };
  }
  if (Array.isArray(value)) return { ok: false, problem: 'not a JSON object but an array (JSONL has one object per line, not an array of them)' };
  if (typeof value !== 'object' || value === null) return { ok: false, problem: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'number' && Number.isFinite(record.id) ? String(record.id) : record.id;
  if (!Object.hasOwn(record, 'id')) return { ok: false, problem: `"id" is missing: give each record its own "id" (a string or a number)${fieldsOf(record)}` };
  if (typeof id !== 'string' || !id.trim()) return { ok: false, problem: '"id" is missing, or not a non-empty string or a number' };
  if (!Object.hasOwn(record, 'text')) return { ok: false, id: id.trim(), problem: `"text" is missing: JSONL records give the article's text in "text"${textFieldHint(record)}${fieldsOf(record)}` };
  if (typeof record.text !== 'string') return { ok: false, id: id.trim(), problem: `"text" is ${describeValue(record.text)}, not text: give the article as one string` };
  // A field of another type is left empty, but not silently, and so is a date that is no date.
  const date = givenDate(record.date, dateOrder);
  const warnings = METADATA_FIELDS.flatMap((field) => {
    const value = record[field];
    if (field === 'date') return date.unread ? [date.unread] : [];
    if (value === undefined || value === null || typeof value === 'string') return [];
    return [`"${field}" is ${describeValue(value)}, not text: left empty`];
  });
  return {
    ok: true,
    id: id.trim(),
    text: record.text,
    metadata: {
      title: optionalString(record.title),
      date: date.date,
      byline: optionalString(record.author) ?? optionalString(record.byline),
      source: optionalString(record.source),
      url: optionalString(record.url),
    },
    warnings,
  };
}

const METADATA_FIELDS = ['title', 'date', 'author', 'byline', 'source', 'url'] as const;

/**
 * The fields a record has, for the error of a missing one: an export that names the text "body" or
 * "content" had every record refused with `"text" is missing`, which did not say what was there.
 */
function fieldsOf(record: Record<string, unknown>): string {
  const names = Object.keys(record);
  if (!names.length) return ' (the record is an empty object)';
  const listed = names.slice(0, MAX_FIELDS_LISTED).map((name) => JSON.stringify(name)).join(', ');
  return ` (the record has ${listed}${names.length > MAX_FIELDS_LISTED ? ` and ${names.length - MAX_FIELDS_LISTED} more` : ''})`;
}

const MAX_FIELDS_LISTED = 8;

/**
 * The field that most likely holds the article under another name: the longest string that is not
 * the id or a metadata field, named with the rename that fixes the file. Empty when there is none.
 */
function textFieldHint(record: Record<string, unknown>): string {
  let longest: { name: string; length: number } | null = null;
  for (const [name, value] of Object.entries(record)) {
    if (name === 'id' || (METADATA_FIELDS as readonly string[]).includes(name) || typeof value !== 'string' || !value.trim()) continue;
    if (!longest || value.length > longest.length) longest = { name, length: value.length };
  }
  return longest ? `; if ${JSON.stringify(longest.name)} holds it, rename that field "text"` : '';
}

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${String(value)})`;
};
