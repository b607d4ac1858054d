// What the command line prints when a run ends: a one-screen table (counts, top terms, most negative
// and positive articles) for people, or a stable JSON document for scripts (`--json`).
import { join, sep } from 'node:path';
import stringWidth from 'string-width';
import { BIDI_CONTROLS } from './bidi-controls.js';
import { signedScore, thousands } from './format.js';
import { OUTPUT_FILE_NAMES } from './output-files.js';
import type { Problem } from '../types.js';
import { runCounts, type RunHighlights, type RunSummary } from './summary-data.js';

const PROBLEMS_LISTED = 10;
/** What a score is measured on, once beside the mean: "mean +0.05" alone could be a share or a count. */
const SENTIMENT_SCALE = '(scale -1 to +1)';

/**
 * The width to print to, in columns: the terminal's (`columns` of a TTY stream), else COLUMNS, which
 * shells set and users export for a pipe (`| less`), else 80. The summary had used 80 for any
 * output that was not a terminal and 120 for `--quiet`'s errors on any.
 */
export function terminalWidth(stream: { columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  if (stream.columns && stream.columns > 0) return stream.columns;
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/** Colour only for a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

type Paint = (text: string) => string;
interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
}

const sgr = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLORS: Palette = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39) };
const PLAIN: Palette = { bold: String, dim: String, red: String, green: String, yellow: String };

/**
 * A text's grapheme clusters, the pieces a line is cut between: a flag, a family emoji or a letter
 * with a combining accent is several code points, and cut among them it showed as a broken glyph.
 */
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string): string[] => Array.from(graphemeSegmenter.segment(text), (piece) => piece.segment);

/**
 * The screen columns a text takes (string-width: East Asian wide and emoji take two, combining
 * marks and zero-width characters none). Counted in characters, a line of Chinese or of emoji
 * took twice the width it was cut to and ran over the terminal's edge.
 */
const columns = (text: string): number => stringWidth(text);

/** The longest start of `text`, in whole graphemes, that fits in `width` columns. */
function fittedStart(text: string, width: number): string {
  let fitted = '';
  let used = 0;
  for (const piece of graphemes(text)) {
    used += columns(piece);
    if (used > width) break;
    fitted += piece;
  }
  return fitted;
}

/**
 * Text from articles made safe for a terminal: control characters (escape sequences that could
 * recolour, move the cursor or retitle the window) become spaces; bidi controls (BIDI_CONTROLS) are
 * dropped, since one left open reorders the rest of the line in a terminal that applies bidi (a
 * title's U+202E reversed the text after it); cut to `width` columns, an ellipsis marking the cut.
 */
export function terminalText(text: string, width: number): string {
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(BIDI_CONTROLS, '');
  return columns(safe) <= width ? safe : `${fittedStart(safe, Math.max(1, width - 1))}…`;
}

/** Lines of a problem past this many are cut (errors.csv has it whole): a JSON error can quote a long record. */
const MAX_PROBLEM_LINES = 6;
/** Continuation lines of a wrapped problem stand under its text, after its list indent and two more spaces. */
const CONTINUATION = '    ';

/**
 * `text` (made safe as terminalText does) in lines of at most `width` columns, broken between
 * words; a word longer than a line (a path, a URL) is broken inside, between graphemes. The lines
 * after the first open with `indent`, which counts in their width. A problem cut at the width had
 * lost its end, where the how-to sits ("…, and a .jsonl file only as the input itself: --input ~/fee…").
 */
export function wrappedText(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const room = (): number => Math.max(1, width - (lines.length ? columns(indent) : 0));
  const endLine = (): void => {
    lines.push(line);
    line = '';
    used = 0;
  };
  for (const word of terminalText(text, Infinity).split(' ')) {
    let rest = graphemes(word).map((piece) => ({ piece, width: columns(piece) }));
    while (rest.length) {
      const gap = line ? 1 : 0;
      const fits = room() - used - gap;
      const take = graphemesHere(rest, fits, room(), line === '');
      if (take) {
        const taken = rest.slice(0, take);
        line += (gap ? ' ' : '') + taken.map((grapheme) => grapheme.piece).join('');
        used += gap + taken.reduce((sum, grapheme) => sum + grapheme.width, 0);
        rest = rest.slice(take);
      }
      if (rest.length) endLine();
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines.map((piece, index) => (index ? indent + piece : piece));
}

/**
 * How many of a word's graphemes go on the current line, which has `fits` columns left of `room`:
 * all when they fit; none when the word fits a line of its own, which it then starts; else as many
 * as fit (a word longer than a line: a path, a URL), and one at least on an empty line, so that a
 * grapheme wider than the whole line still moves on.
 */
function graphemesHere(word: readonly { width: number }[], fits: number, room: number, emptyLine: boolean): number {
  const wordWidth = word.reduce((sum, grapheme) => sum + grapheme.width, 0);
  if (wordWidth <= fits) return word.length;
  if (!emptyLine && wordWidth <= room) return 0;
  let used = 0;
  let count = 0;
  while (count < word.length && used + word[count]!.width <= fits) used += word[count++]!.width;
  return count || (emptyLine ? 1 : 0);
}

const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columns(text)));
const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - columns(text))) + text;

interface TerminalOptions {
  color: boolean;
  /** Terminal width in columns (80 when unknown; terminalWidth). */
  width?: number;
}

/** "1 sentence", "20 sentences": a terminal line reads "10 words in 1 sentence". */
const counted = (value: number, noun: string): string => `${thousands(value)} ${noun}${value === 1 ? '' : 's'}`;

export function formatRunSummary(summary: RunSummary, options: TerminalOptions): string {
  const paint = options.color ? COLORS : PLAIN;
  // Titles and problems are cut or wrapped to the width; below 40 columns they would be a word a line.
  const width = Math.max(40, options.width ?? 80);
  const { overview } = summary.highlights;
  const count = (value: number, alert: Paint): string => (value > 0 ? alert(thousands(value)) : thousands(value));
  const dates = overview.dates ? `${overview.dates.first} to ${overview.dates.last} (${thousands(overview.dates.dated)} dated)` : 'no dates';
  const lines = [
    paint.bold(`Run finished in ${(summary.durationMs / 1000).toFixed(1)} s`),
    '',
    ...overviewLines(paint.bold('Articles '), [
      `read ${thousands(summary.articlesRead)}`, `analysed ${thousands(summary.articlesAnalysed)}`, `failed ${count(summary.articlesFailed, paint.red)}`,
      `empty ${count(overview.empty, paint.yellow)}`, `with warnings ${count(summary.articlesWithWarnings, paint.yellow)}`,
      ...(summary.articlesDuplicate ? [`duplicates ${count(summary.articlesDuplicate, paint.yellow)}`] : []),
      ...(summary.articlesNearDuplicate ? [`near-duplicates ${thousands(summary.articlesNearDuplicate)}`] : []),
    ], width),
    ...overviewLines(paint.bold('Words    '), [`${thousands(overview.words)} in ${counted(overview.sentences, 'sentence')}`, `${counted(overview.removedLines, 'line')} removed by cleaning`], width),
    ...overviewLines(paint.bold('Dates    '), [dates, `${thousands(overview.sources.distinct)} source${overview.sources.distinct === 1 ? '' : 's'}`], width),
    ...overviewLines(paint.bold('Sentiment'), [
      paint.red(`${thousands(overview.labels.negative)} negative`), `${thousands(overview.labels.neutral)} neutral`, paint.green(`${thousands(overview.labels.positive)} positive`),
      `mean ${overview.meanSentiment === null ? 'none' : `${signedScore(overview.meanSentiment)} ${SENTIMENT_SCALE}`}`,
      ...(overview.notScored ? [`${paint.yellow(`not scored ${thousands(overview.notScored)}`)} (another language or no text)`] : []),
    ], width),
    ...topTermsTable(summary.highlights, paint),
    ...articleTable('Most negative', summary.highlights.mostNegative, paint.red, paint, width),
    ...articleTable('Most positive', summary.highlights.mostPositive, paint.green, paint, width),
    ...configLines(summary, paint, width),
    ...problemLines(summary, paint, width),
    ...spreadsheetLines(summary, paint, width),
    ...notReadLines(summary, paint, width),
    ...noArticleLines(summary, paint, width),
    '',
    `Reports in ${join(summary.outputDir, sep)} (${OUTPUT_FILE_NAMES})`,
    `Look at the corpus: ${paint.bold(summaryHtml(summary))}`,
  ];
  return lines.join('\n');
}

/** Under the label of an overview line, where its continuation lines start. */
const OVERVIEW_INDENT = ' '.repeat(13);

/**
 * An overview line: its label (9 columns) and its items parted by " · ", broken between items where
 * the next would pass the width, the rest under the first item. With a run's duplicates and
 * near-duplicates the Articles line takes about 100 columns, which the terminal would break anywhere. An
 * item wider than a line's room after the label is broken between its words (at 40 columns the date
 * range "2024-01-01 to 2024-12-31 (1,234 dated)" and "not scored 12 (another language or no text)"
 * would run past the edge).
 */
function overviewLines(label: string, items: readonly string[], width: number): string[] {
  const room = width - OVERVIEW_INDENT.length;
  // Each piece with what parts it from the one before on a line: an item, or a word of an item wider than the room.
  const pieces = items.flatMap((item) =>
    columns(item) <= room ? [{ text: item, joiner: ' · ' }] : item.split(' ').map((word, i) => ({ text: word, joiner: i ? ' ' : ' · ' })),
  );
  const lines: string[] = [];
  let line = `  ${label}  ${pieces[0]!.text}`;
  for (const { text, joiner } of pieces.slice(1)) {
    if (columns(line) + columns(joiner) + columns(text) <= width) line += joiner + text;
    else {
      lines.push(line);
      line = OVERVIEW_INDENT + text;
    }
  }
  return [...lines, line];
}

function topTermsTable(highlights: RunHighlights, paint: Palette): string[] {
  if (!highlights.topTerms.length) return [];
  const termWidth = Math.max(4, ...highlights.topTerms.map((t) => columns(terminalText(t.term, 30))));
  return [
    '',
    paint.bold('Top terms'),
    paint.dim(`  ${padEnd('term', termWidth)}  ${padStart('uses', 8)}  ${padStart('articles', 8)}`),
    ...highlights.topTerms.map((t) => `  ${padEnd(terminalText(t.term, 30), termWidth)}  ${padStart(thousands(t.count), 8)}  ${padStart(thousands(t.documents), 8)}`),
  ];
}

function articleTable(heading: string, articles: RunHighlights['mostNegative'], tone: Paint, paint: Palette, width: number): string[] {
  if (!articles.length) return [];
  return [
    '',
    paint.bold(heading),
    ...articles.map((a) => `  ${tone(padStart(signedScore(a.sentiment), 6))}  ${terminalText(a.title, width - 12)}`),
  ];
}

/** A heading over the first few of `notes`, in yellow, or nothing. */
function noteLines(heading: string, notes: readonly Problem[], paint: Palette, width: number): string[] {
  if (!notes.length) return [];
  return ['', paint.yellow(paint.bold(heading)), ...problemList(notes, width).map((line) => paint.yellow(line))];
}

/** Settings that make the run say less than it seems to (a language it has no resources for). */
const configLines = (summary: RunSummary, paint: Palette, width: number): string[] => noteLines('Config', summary.problems.filter((p) => p.stage === 'config'), paint, width);

/**
 * What a spreadsheet will not show as written (problems.ts, worker-rows.ts): article ids it reads as
 * other numbers, a report longer than a sheet, a cell cut to a cell's size. These were in errors.csv
 * alone, though they are what an analyst meets first on opening the CSVs.
 */
const spreadsheetLines = (summary: RunSummary, paint: Palette, width: number): string[] => noteLines('Spreadsheets', summary.problems.filter((p) => p.stage === 'report'), paint, width);

function problemLines(summary: RunSummary, paint: Palette, width: number): string[] {
  const errors = summary.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return [];
  return ['', paint.red(paint.bold('Problems')), ...errorLines(summary, width).map((line) => paint.red(line))];
}

/** The input's own warnings: files and links of the input that were not read, which no article row shows. */
const inputWarnings = (summary: RunSummary): Problem[] => summary.problems.filter((p) => p.severity === 'warning' && p.stage === 'ingest' && p.articleId === null);

/**
 * Files of the input left out (a JSONL export or web pages beside the .txt files) had a line in
 * errors.csv alone: the terminal said "read 15" and nothing of them. A run without articles lists
 * them under its own heading (noArticleLines).
 */
function notReadLines(summary: RunSummary, paint: Palette, width: number): string[] {
  // The heading says "not read": the lines keep the width for the why (and the how, for a .jsonl file).
  const notRead = inputWarnings(summary).map((p) => ({ ...p, problem: p.problem.replace(/^not read: /, '') }));
  return summary.articlesRead === 0 ? [] : noteLines('Not read', notRead, paint, width);
}

/**
 * A run that found no article said only "read 0": why (a directory of .html files, say) was in
 * errors.csv alone. The warnings are the reason: files that were not read, links not followed.
 */
function noArticleLines(summary: RunSummary, paint: Palette, width: number): string[] {
  if (summary.articlesRead > 0) return [];
  const warnings = summary.problems.filter((p) => p.severity === 'warning' && p.stage !== 'config');
  return ['', `${paint.yellow(paint.bold('No articles found:'))} only .txt files (a directory of them, or one) and .jsonl files are read`, ...problemList(warnings, width)];
}

/** Joined, not appended: `--output out/` printed `out//summary.html`. */
const summaryHtml = (summary: RunSummary): string => join(summary.outputDir, 'summary.html');

/** One line per failed article (the first few), e.g. for `--quiet`, which prints nothing else. */
export function errorLines(summary: RunSummary, width = 80): string[] {
  return problemList(summary.problems.filter((p) => p.severity === 'error'), width);
}

/** The first few problems, each wrapped to the width (its text whole up to MAX_PROBLEM_LINES lines). */
function problemList(problems: readonly Problem[], width: number): string[] {
  const lines = problems.slice(0, PROBLEMS_LISTED).flatMap((p) => problemLinesOf(`${p.sourceFile}: ${p.problem}`, width - 2).map((line) => `  ${line}`));
  if (problems.length > PROBLEMS_LISTED) lines.push(`  ... and ${thousands(problems.length - PROBLEMS_LISTED)} more in errors.csv`);
  return lines;
}

function problemLinesOf(text: string, width: number): string[] {
  const lines = wrappedText(text, width, CONTINUATION);
  if (lines.length <= MAX_PROBLEM_LINES) return lines;
  const last = lines[MAX_PROBLEM_LINES - 1]!;
  return [...lines.slice(0, MAX_PROBLEM_LINES - 1), `${fittedStart(last, width - 1)}…`];
}

/** The `--json` document: counts, corpus overview, highlights and every problem. */
export function jsonRunSummary(summary: RunSummary) {
  const { overview, topTerms, mostNegative, mostPositive } = summary.highlights;
  return {
    outputDir: summary.outputDir,
    summaryHtml: summaryHtml(summary),
    startedAt: summary.startedAt,
    durationMs: summary.durationMs,
    workers: summary.workers,
    corpusTermsDropped: summary.corpusTermsDropped,
    counts: {
      ...runCounts(summary),
      articlesEmpty: overview.empty,
      words: overview.words,
      sentences: overview.sentences,
      removedLines: overview.removedLines,
    },
    dates: overview.dates,
    sources: overview.sources,
    sentiment: { labels: overview.labels, mean: overview.meanSentiment, notScored: overview.notScored },
    topTerms,
    mostNegative,
    mostPositive,
    reportRows: summary.reportRows,
    problems: summary.problems,
  };
}
