// A line's shape: prose or a short sentence, a list item, a table's row, a rule, a script element,
// menu separators. The line model and most other parts of the cleaner read these.
import type { Line } from './lines.js';

/**
 * A line of rule characters only: a rule between parts of the page or of the text ("___" over a
 * wire story's correction or between a live page's updates, a Markdown "* * *", "-----", "•••").
 * It has no words, though mid-text and under the last paragraph it reads as one. `ruleMarks` counts
 * its marks (0 when it has anything else); a rule has RULE_MIN_MARKS, as Markdown's does, and at
 * the text's end (edges/article-end.ts articleEnd) one mark closes it too ("*", "--").
 */
const RULE_LINE = /^(?:[-_*=~•·—–─━⁂]\s*)+$/u;
const RULE_MIN_MARKS = 3;
export const ruleMarks = (line: Line): number => (RULE_LINE.test(line.text) ? line.text.replace(/\s/gu, '').length : 0);
export const isRuleLine = (line: Line): boolean => ruleMarks(line) >= RULE_MIN_MARKS;

/**
 * A script or style element a scraper left in the text ("<script>window.dataLayer = …</script>",
 * "<style>.ad { … }</style>", an opening or closing tag alone): code, never text, nor an "unrelated
 * headline after the article" or a weak line of the block.
 */
const SCRIPT_OR_STYLE = /^<(?:script|style|noscript)\b[^>]*>|<\/(?:script|style|noscript)>$/iu;
export const isScriptOrStyle = (line: Line): boolean => line.text.includes('<') && SCRIPT_OR_STYLE.test(line.text);
/**
 * A script or style element ending a line of text, which is group 1 (a line it opens is script
 * code). The element holds no closing tag of its kind, so text between two elements stays.
 */
export const TRAILING_SCRIPT_OR_STYLE = /^(?!<(?:script|style|noscript)\b)(.*?\S)\s*(<(script|style|noscript)\b[^>]*>(?:(?!<\/\3>).)*<\/\3>)$/iu;

/**
 * A row of a data table: a market wrap's "FTSE 100 7,612.4 +0.3%" or "S&P 500 | 5,051.41 | -45.86 |
 * -0.90%", a header row over such rows ("Index | Close | Change | % Change"). Weak by every line
 * feature, rows would go as "list of links or tags (separator characters)" or "no sentence
 * punctuation", which says nothing of what they are. Cells are split at pipes when the row has
 * them, else at runs of two spaces or more (a table set in columns: "FTSE 100    7,612.4   +0.3%",
 * or by tabs, which ingest gives as two spaces: ingest/normalise.ts spacedTabs) when those make three cells,
 * else at spaces; a row ends with two figures or more. A header row ("Index    Close    Change")
 * has as many cells as a row next to it, split so too, or, in a pipe table, as its rule under it.
 */
export function isDataTableRow(lines: readonly Line[], i: number): boolean {
  const cells = tableCells(lines[i]!);
  if (!cells) return false;
  if (endsWithFigures(cells)) return true;
  if (isShareRow(lines[i]!)) return [lines[i - 1], lines[i + 1]].some((line) => line !== undefined && isShareRow(line));
  if (!CELL_SEPARATOR.test(lines[i]!.text) && !SPACED_CELLS.test(lines[i]!.text)) return false;
  const nextToRow = [lines[i - 1], lines[i + 1]].some((line) => {
    const other = line ? tableCells(line) : null;
    return other !== null && other.length === cells.length && endsWithFigures(other);
  });
  // A pipe table's head stands over its rule ("| Team | P | W |" over "|---|---|---|"), the rule over the rows.
  const next = lines[i + 1];
  return nextToRow || (next !== undefined && PIPE_RULE.test(next.text) && tableCells(next)?.length === cells.length && isDataTableRow(lines, i + 1));
}

/**
 * An item of a bulleted list: "- Phase one: playground", "• Pension relief", "+ Comfortable for long
 * flights", "✓ Waterproof". The one definition the cleaner uses. A hyphen, star, plus sign, en dash
 * or middle dot opens other lines too ("-5 degrees", "*Correction", "+3%"), so a space must follow
 * it; a bullet glyph needs none ("•Pension relief", as pages are often copied). Numbered lines are
 * not items here: "1. FC Köln beat Bayern" is a headline, a listicle's "1. The hills…" a heading.
 */
const BULLETED_ITEM = /^(?:[-+*–·]\s+|[•‣◦▪✓✔]\s*)\S/u;
export const isBulletedItem = (text: string): boolean => BULLETED_ITEM.test(text);
/** A text with no lowercase letter and two capitals at least ("GROWING A SMALL BUSINESS", "EU"); a script without case has none. */
const IN_CAPITALS = /^\P{Ll}*\p{Lu}\P{Ll}*\p{Lu}\P{Ll}*$/u;
export const isInCapitals = (text: string): boolean => IN_CAPITALS.test(text);

/** A line of a pipe (Markdown) table, its head, rule or a row: "| Name | Cost |", "|---|---|". */
export const isPipeTableLine = (line: Line): boolean => /^\|.*\|$/u.test(line.text);

/** A pipe table's rule under its head: "|---|---|", "| :--- | ---: |". */
const PIPE_RULE = /^\|(?:\s*:?-+:?\s*\|)+$/u;
/** A pipe table's rule under its head ("|---|---|"): no text of the table's. */
export const isPipeRule = (line: Line): boolean => PIPE_RULE.test(line.text);

const CELL_SEPARATOR = /\|/u;
/** Cells set apart by runs of spaces, as a table in columns is copied from a page. */
const SPACED_CELLS = /\S {2,}\S/u;
/**
 * A table's figure: a number with its sign, currency and unit, which a results table writes apart too
 * ("$66.0 bln", "1.2 million", "3.1 pct"), so that an earnings story's rows are a table's, not dropped
 * from its body ("list of links or tags (separator characters)"). A change in cents or pence ("-3c",
 * "+1.5c", "139.7p", "5¢") too, so that a fuel price table's rows are a table's, which the article's
 * prose frames (tablesInProse).
 */
const FIGURE = /^[-+−–]?[$€£¥]?\d[\d,.]*(?:[cp¢]|\s?(?:%|pct|bps|[kmb]n?|bln|mln|trn|million|billion|trillion))?$/iu;
/** A table's cell alone on its line, a figure ("18,412", "51.7%"): a table copied one cell a line. */
export const isFigureCell = (line: Line): boolean => FIGURE.test(line.text);
const MAX_ROW_CELLS = 12;
/** Words in a row of MAX_ROW_CELLS cells at most: longer lines (a paragraph, a 1 MB line) are not split. */
const MAX_ROW_WORDS = 40;

/** A pipe between cells with its spaces; a match starts only after a non-space, or a run of spaces costs quadratic time (metadata/lift.ts METADATA_PARTS). */
const PIPE_CELL_SEPARATOR = /(?<!\s)\s*\|\s*/u;

/** The cells of a line that may be a table row (3 to MAX_ROW_CELLS cells, no closing full stop); null otherwise. */
function tableCells(line: Line): string[] | null {
  if (line.endsWithSentencePunctuation || line.wordCount > MAX_ROW_WORDS) return null;
  const spaced = !CELL_SEPARATOR.test(line.text) && SPACED_CELLS.test(line.text) ? line.text.split(/ {2,}/u).filter(Boolean) : null;
  const cells = spaced && spaced.length >= 3 ? spaced : line.text.split(CELL_SEPARATOR.test(line.text) ? PIPE_CELL_SEPARATOR : /\s+/u).filter(Boolean);
  return cells.length >= 3 && cells.length <= MAX_ROW_CELLS ? cells : null;
}

/** Words in each cell of a row of short cells (isShortCellsRow). */
const MAX_SHORT_CELL_WORDS = 3;
const SPACED_CELL_SEPARATOR = / {2,}/u;
/**
 * A row of three or more short cells set apart by runs of spaces (a tab between cells reads so, ingest/normalise.ts
 * spacedTabs): a table's head ("Pos  Player  Plays  %  Stats"), a menu's items, a calendar's week. No headline: a stats
 * table's head is no game story's title. The clean bench's raw pages hold 361 such lines, none a gold title or line.
 */
export function isShortCellsRow(line: Line): boolean {
  if (!SPACED_CELLS.test(line.text)) return false;
  const cells = line.text.trim().split(SPACED_CELL_SEPARATOR);
  return cells.length >= 3 && cells.every((cell) => cell.split(' ').length <= MAX_SHORT_CELL_WORDS);
}

/**
 * A row of a table a wire sets in monospace (a factbox's rates by month), its empty cells lone dashes ("KESTRA 3.25 3.60 - - -
 * - - - - -", the months to come) or its head's cells joined by leader dots ("PORT: END24..END25..Q1...Q2...Q3"): more cells
 * than tableCells reads (MAX_ROW_CELLS), and a footnote's mark ("VALMO 1) 2.95 …") makes the rows' shapes differ
 * (edges/tables.ts figureRows). No headline or sentence has three dashes standing alone, or three runs of dots with no space
 * after them (no raw line of the clean bench has either; 3 pages of the 10k one-site corpus, 40 lines, 37 of them one factbox's).
 */
const MONOSPACED_CELLS = /(?:^|\s)[-–—](?:\s+[-–—]){2}(?:\s|$)|(?:[\p{L}\p{N}]+\.{2,}){3}[\p{L}\p{N}]/u;
export const isMonospacedTableRow = (line: Line): boolean => MONOSPACED_CELLS.test(line.text);

/**
 * A row of an election's results as a story sets them, a count and its share in brackets closing it, a unit's word maybe between
 * ("Liste Avenir : 9 204 voix (48,95 %)", "Jane Okafor (Labour) 11,842 (41.3 per cent)"): a row only next to another such row
 * (isDataTableRow), as a headline may end so ("Harbour Labour wins 41 seats (52 %)"). No raw line of the clean bench ends so.
 */
const SHARE_ROW = /\d\s*(?:\p{L}+\s*)?\(\s*[-+]?\d[\d,.]*\s?(?:%|per ?cent|percent|pct)\s*\)$/iu;
const isShareRow = (line: Line): boolean => line.text.endsWith(')') && SHARE_ROW.test(line.text);

const endsWithFigures = (cells: readonly string[]): boolean => FIGURE.test(cells[cells.length - 1]!) && FIGURE.test(cells[cells.length - 2]!);

/** A line that reads as running prose: long enough, punctuated, with function words. */
export function isProse(line: Line): boolean {
  if (line.wordCount >= 8 && line.endsWithSentencePunctuation) return true;
  return line.wordCount >= 20 && line.stopwordShare >= 0.2;
}

/** Words in a short sentence: fewer than isProse's eight, more than a label's "See below." */
const SHORT_SENTENCE_WORDS = { min: 4, max: 7 };

/**
 * A sentence of running text under isProse's eight words: a capital first, a full stop last, and
 * most words in lower case (a headline or a title-case notice has them capitalised).
 */
export function isShortSentence(line: Line): boolean {
  return (
    line.wordCount >= SHORT_SENTENCE_WORDS.min &&
    line.wordCount <= SHORT_SENTENCE_WORDS.max &&
    /^\p{Lu}/u.test(line.text) &&
    /\.["'”’)]*$/u.test(line.text) &&
    line.titleCaseShare <= 0.34
  );
}

const SEPARATORS = /\s[|•·»›]\s|\s[|•·»›]$|^[|•·»›]\s/gu;
/** SEPARATORS' marks: a line without one (most lines) is not matched against it (57 → 23 ms over 81,674 lines). */
const SEPARATOR_MARK = /[|•·»›]/u;
/** How many of a menu's or breadcrumb's separators part the text's words ("News | Opinion | Sport": 2); the line model's input. */
export const separatorCount = (text: string): number => (SEPARATOR_MARK.test(text) ? (text.match(SEPARATORS)?.length ?? 0) : 0);
/** Whether a line's words are parted by a menu's or breadcrumb's separators ("News | Opinion | Sport", "Home » Security »"). */
export const hasSeparators = (line: Line): boolean => separatorCount(line.text) > 0;
