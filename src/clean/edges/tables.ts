// Edges: tables of figures set inside the article (a market wrap's index levels, a game's line
// score). Short and without a sentence, their rows score under the line model's threshold: a table
// goes or stays as a whole inside the block (droppedTables, tablesInProse), and the prose past one
// at either edge of the block goes on the article (pastTables). Apart because a table is told by
// its rows' figures and a pipe table's rules, which no other edge rule reads. Rows of figures
// over the article or opening it (figureRows: results, standings) are never its title nor its
// first paragraph (title/title-search.ts, line-rules.ts removeHead, cleanWithWords); a match's result
// alone (isResultLine) may be a report's headline.
import { isDataTableRow, isFigureCell, isPipeRule, isPipeTableLine, isProse, isShortSentence } from '../line-shape.js';
import { isCloseUnder, type Line, type RecordsOf } from '../lines.js';
import { continuesStory } from './continues-story.js';

/**
 * The candidate lines (indices) from `first` to `last` that are rows of a table inside the article
 * of which the line model drops a row (`dropped`): the table goes as a whole. Its first and last
 * rows, next to prose, score as body while the rows between them do not, which would leave half a
 * table (two of four rows of a market wrap) in the body. A table the model keeps whole stays: some
 * pages' gold keeps theirs; so does one the article's prose frames (tablesInProse, in `kept`).
 */
export function droppedTables(lines: readonly Line[], candidates: readonly number[], first: number, last: number, dropped: (k: number) => boolean): Set<number> {
  const rows = new Set<number>();
  // A pipe table's rule, no text, goes whatever its rows do (tablesInProse).
  const droppedRow = (k: number): boolean => dropped(k) && !isPipeRule(lines[candidates[k]!]!);
  for (const run of tablesInBlock(lines, candidates, first, last)) if (run.some(droppedRow)) for (const k of run) rows.add(k);
  return rows;
}

/** The runs of two or more rows of a table (isDataTableRow) among the candidate lines from `first` to `last`. */
function tablesInBlock(lines: readonly Line[], candidates: readonly number[], first: number, last: number): number[][] {
  const tables: number[][] = [];
  let run: number[] = [];
  for (let k = first; k <= last + 1; k++) {
    if (k <= last && isDataTableRow(lines, candidates[k]!)) run.push(k);
    else {
      if (run.length >= 2) tables.push(run);
      run = [];
    }
  }
  return tables;
}

/** Words of a table's credit under its rows at most: "Source: DSE", "Quelle: Statistisches Bundesamt". */
const MAX_TABLE_CREDIT_WORDS = 5;
/** A table's credit, a label and its colon over a few words, no sentence: what the table's figures come from. */
const TABLE_CREDIT = /^\p{L}+\s*[:：]\s*\S/u;
const isTableCredit = (line: Line): boolean => line.wordCount <= MAX_TABLE_CREDIT_WORDS && !line.endsWithSentencePunctuation && TABLE_CREDIT.test(line.text);

/**
 * The rows of the tables inside the block from `first` to `last` that the article's prose frames,
 * but a pipe table's rule, into `kept`: a paragraph right above the table, which introduces it, and
 * one right under it, where the article goes on (a game's line score between the report's
 * paragraphs, a market wrap's index levels, a price list), a pipe table's head over the rows and its credit under them
 * taken with them. The table is the article's content: the
 * benchmarks' gold keeps the rows of such tables (3 of 3 rows the line model drops inside an
 * article), where it keeps 59 of the 609 rows the cleaner drops at the article's edges, which stay
 * dropped (droppedTables).
 */
export function tablesInProse(lines: readonly Line[], candidates: readonly number[], first: number, last: number, kept: Set<number>): void {
  const prose = (k: number): boolean => k >= first && k <= last && isProse(lines[candidates[k]!]!);
  const line = (k: number): Line => lines[candidates[k]!]!;
  for (const run of tablesInBlock(lines, candidates, first, last)) {
    let [top, bottom] = [run[0]!, run[run.length - 1]!];
    // A pipe table's head and rule over its rows, and its credit under them ("Source: DSE"), go with the table.
    while (top - 1 > first && isPipeTableLine(line(top - 1))) top--;
    if (bottom + 1 < last && isTableCredit(line(bottom + 1))) bottom++;
    if (prose(top - 1) && prose(bottom + 1)) for (let k = top; k <= bottom; k++) if (!isPipeRule(line(k))) kept.add(k);
  }
}

/** The run of table lines (rows of figures, a pipe table's head and rule) from candidate `from` on, in steps of `step`: where it ends, and how many rows of figures it has. */
function tableRun(lines: readonly Line[], candidates: readonly number[], from: number, step: 1 | -1): { next: number; rows: number } {
  // Upwards, the table's credit under its last row ("Source: Stock exchange") goes on the table.
  let next = step === -1 && from > 0 && isTableCredit(lines[candidates[from]!]!) && isDataTableRow(lines, candidates[from - 1]!) ? from - 1 : from;
  let rows = 0;
  for (; next >= 0 && next < candidates.length; next += step) {
    if (isDataTableRow(lines, candidates[next]!)) rows++;
    // A pipe table's head or rule has no figures, so is no data row, but goes on the table.
    else if (!isPipeTableLine(lines[candidates[next]!]!)) break;
  }
  return { next, rows };
}

/**
 * The article's edge once tables set inside it are taken in, from its first candidate line
 * outwards (`step` -1) or its last (`step` 1): two or more rows of figures (a market wrap's index
 * levels, with a pipe table's head and rule) beyond `edge`, then prose (after the table, also a short
 * sentence on the very next line), which goes on the article, and into `kept`. Short and without a sentence, the rows
 * would end the block, and the paragraphs past the table go as page text before or after the article. The rows are judged inside
 * the block as any table there is (droppedTables).
 */
export function pastTables(lines: readonly Line[], candidates: readonly number[], edge: number, step: 1 | -1, kept: Set<number>): number {
  const prose = (k: number): boolean => k >= 0 && k < candidates.length && isProse(lines[candidates[k]!]!);
  // A short closing sentence ("The company kept its full-year outlook.") on the line right after the table.
  const closing = (k: number): boolean => step === 1 && k < candidates.length && candidates[k]! === candidates[k - 1]! + 1 && isShortSentence(lines[candidates[k]!]!);
  for (;;) {
    const run = tableRun(lines, candidates, edge + step, step);
    if (run.rows < 2 || !(prose(run.next) || closing(run.next))) return edge;
    kept.add(run.next);
    let next = run.next + step;
    for (; prose(next); next += step) kept.add(next);
    edge = next - step;
  }
}

/** Words of a table's cell copied alone on its line at most ("Precincts reporting: 42 of 42"). */
const MAX_CELL_WORDS = 5;
/** Figures alone on their lines a table so copied has at least ("18,412", "51.7%", a row's two for two candidates). */
const MIN_FIGURE_CELLS = 4;

/**
 * The article's last candidate line once a table copied one cell a line right after `last` is passed (an election's
 * results: "Candidate", "Votes", "Pct.", "Renee Holloway", "18,412", "51.7%", …): a run of short lines (MAX_CELL_WORDS,
 * no prose), MIN_FIGURE_CELLS of them a figure alone, then prose that goes on with the story above (continuesStory),
 * which goes on the article, and into `kept`; the cells go into `cells`, to be removed as a table's rows. No line of
 * such a table is a row (isDataTableRow reads a row on one line), and the cells would end the article, the paragraphs
 * under the table lost as page text after it. Prose sharing too few words with the story is another's.
 */
export function pastCellTable(lines: readonly Line[], candidates: readonly number[], first: number, last: number, recordsOf: RecordsOf, kept: Set<number>, cells: Set<number>): number {
  const line = (k: number): Line => lines[candidates[k]!]!;
  let next = last + 1;
  let figures = 0;
  for (; next < candidates.length && line(next).wordCount <= MAX_CELL_WORDS && !isProse(line(next)); next++) if (isFigureCell(line(next))) figures++;
  if (figures < MIN_FIGURE_CELLS || next >= candidates.length || !isProse(line(next))) return last;
  const above = candidates.slice(first, last + 1).map((i) => lines[i]!).filter(isProse);
  let end = next;
  while (end + 1 < candidates.length && isProse(line(end + 1))) end++;
  if (!continuesStory(above, candidates.slice(next, end + 1).map((i) => lines[i]!), recordsOf)) return last;
  for (let k = last + 1; k < next; k++) cells.add(k);
  for (let k = next; k <= end; k++) kept.add(k);
  return end;
}

/**
 * A line's shape: runs of digits as "0", runs of capitalised words (names) as "A", other words as
 * "a". "Arsenal 2-1 Chelsea" and "Man City 1-1 Tottenham" are both "A 0-0 A"; "1. Liverpool 64" is "0. A 0".
 */
export const shapeOf = (text: string): string =>
  text.replace(/\d+/gu, '0').replace(/\p{Lu}[\p{L}\p{M}.'’&-]*(?: \p{Lu}[\p{L}\p{M}.'’&-]*)*/gu, 'A').replace(/\p{Ll}[\p{L}\p{M}'’-]*/gu, 'a');

/**
 * The rows of a table of figures among these lines (in page order): lines with a figure whose shape
 * a line within two lines of them has too (match results, a league table's rows), one not ending with the other's text. A results page's
 * last row is no title ("Newcastle 0-2 Aston Villa"); one result alone may be a match
 * report's headline.
 */
export function figureRows(lines: readonly Line[]): Set<Line> {
  const rows = new Set<Line>();
  // Each run of digits is one "0" of a shape, so lines of one shape have as many runs: most
  // neighbours differ there, and their shapes (three Unicode regexes over the line) are not needed.
  // A line without a number (digitShare, which counts \p{N}) has no run, and is not scanned for one.
  const runs = lines.map((line) => (line.digitShare > 0 ? digitRuns(line.text) : 0));
  const shapes: Array<string | undefined> = [];
  const shape = (k: number): string => (shapes[k] ??= shapeOf(lines[k]!.text));
  for (let k = 1; k < lines.length; k++) {
    if (runs[k]! > 0 && runs[k] === runs[k - 1] && isCloseUnder(lines[k]!, lines[k - 1]!) && shape(k) === shape(k - 1) && !endsWithOther(lines[k]!.text, lines[k - 1]!.text)) rows.add(lines[k]!).add(lines[k - 1]!);
  }
  return rows;
}

/**
 * Whether one text ends with the other: the headline under a breadcrumb run into it ("HomeSPORT
 * NEWSBREAKING NEWS: Harbour United Sign Striker …" over "BREAKING NEWS: Harbour United Sign Striker …") has
 * its shape and figures, but the two are no table's rows, and the page's headline is its title.
 */
const endsWithOther = (text: string, other: string): boolean => text.endsWith(other) || other.endsWith(text);

/**
 * A match's result alone: names and their scores ("Millfield United 0 Kenton Harriers 1", "Arsenal 2-1 Chelsea", "CENTRAL 71, NORTH 66"),
 * or a school roundup's winner, "d." or "def." and the loser over the score ("Eastfield d. Lakeview 70-44").
 */
export const isResultLine = (line: Line): boolean => /^A,? (?:0(?:[-–]0)?,? A(?: 0)?|a\. A 0[-–]0)$/u.test(shapeOf(line.text));

const DIGIT_RUN = /\d+/g;
/**
 * How many runs of ASCII digits (shapeOf's `\d+`) the text has. The regex finds them: its compiled scan reads a
 * long line's letters several times faster than a loop over char codes, and most lines asked have few runs.
 */
export function digitRuns(text: string): number {
  let runs = 0;
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(text)) runs++;
  return runs;
}
