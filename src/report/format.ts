// Number formats shared by the reports, summary.html and the terminal summary, fixed so output
// never depends on the machine's locale.
import { round } from '../numbers.js';
import type { CsvDialect } from './csv.js';

/** An ISO date with the time of day, as the cleaner and the JSONL reader write it: `2023-04-29T20:19`. */
const DATE_WITH_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * An article's date as articles.csv writes it, in two cells: the day (`2023-04-29`), which every
 * spreadsheet reads as a date, and the time of day when the page gave one (`20:19`, 24-hour, so
 * that it sorts right even read as text), else empty. `2023-04-29T20:19` in one cell is text to
 * Excel and to LibreOffice's import dialog as it opens, so a column of both forms sorted the dated
 * articles of one form before those of the other. A date with no time of day leaves the time cell empty.
 */
export function dayAndTime(date: string | null): [day: string | null, time: string | null] {
  const withTime = date === null ? null : DATE_WITH_TIME.exec(date);
  return withTime ? [withTime[1]!, withTime[2]!] : [date, null];
}

/** 12345 -> "12,345". */
export const thousands = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A sentiment score with its sign and two decimals (or `digits`): "+0.25", "-0.40", "0.00". A score that
 * rounds to zero has no sign: the seeds' neutral article (-0.0011) would be "-0.00" in its bar, the
 * terminal and the timeline. summary.html's script is handed this function, so its cards agree.
 */
export function signedScore(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return value > 0 ? `+${text}` : text;
}

/**
 * A word that moved a sentence's score, as sentences.csv and the article cards show it: `crisis (-2.8)`;
 * `excel-eu` writes the contribution with the decimal comma its number cells have: `gain (+0,72)`.
 */
export function sentimentDriver(driver: { word: string; contribution: number }, dialect: CsvDialect = 'excel'): string {
  const text = contributionText(driver.contribution);
  return `${driver.word} (${dialect === 'excel-eu' ? text.replace('.', ',') : text})`;
}

/**
 * The text of each rounded contribution made so far: sentences.csv writes about
 * 180 drivers per article, with a few hundred distinct texts in a run (431 of 179,206 in the 1k
 * bench corpus), and String() of a double costs several times the lookup. Bounded for any input.
 */
const CONTRIBUTION_TEXTS = new Map<number, string>();
const MAX_CONTRIBUTION_TEXTS = 10_000;

/** A contribution rounded to two decimals, with its sign unless it rounds to zero (`(other words) (+0)` would be written in 94 rows of the 1k scale corpus's sentences.csv). */
function contributionText(contribution: number): string {
  const rounded = round(contribution, 2);
  let text = CONTRIBUTION_TEXTS.get(rounded);
  if (text === undefined) {
    text = `${rounded > 0 ? '+' : ''}${rounded}`;
    if (CONTRIBUTION_TEXTS.size >= MAX_CONTRIBUTION_TEXTS) CONTRIBUTION_TEXTS.clear();
    CONTRIBUTION_TEXTS.set(rounded, text);
  }
  return text;
}
