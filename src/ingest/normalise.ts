// The text as every later stage reads it, whatever the page or the export gave: HTML references
// and tags, Markdown markup, line ends, invisible and control characters, tabs (normaliseText).
import { decodeHtml } from './html.js';
import { stripMarkdown } from './markdown.js';

// The characters normaliseText replaces, as character classes' bodies. Invisible characters that only split words
// (ZWSP, word joiner, BOM, soft hyphen); ZWJ and ZWNJ are kept: they are meaningful in emoji sequences and in Persian or
// Indic scripts. A vertical tab is Word's manual line break (Shift+Enter) in text copied out of it: dropped as a control
// character, it would join the words on either side ("budgetBy Jane Doe").
const LINE_SEPARATORS = '\\v\\f\\u2028\\u2029\\u0085';
const INVISIBLES = '\\u200B\\u2060\\uFEFF\\u00AD';
const CONTROLS = '\\u0000-\\u0008\\u000E-\\u001F\\u007F';
const FIXED_SPACES = '\\u00A0\\u2007\\u202F';

/** normaliseText's replacements, in order (CRLF before lone CR and the other line separators). */
const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\r\n?/g, '\n'],
  [new RegExp(`[${LINE_SEPARATORS}]`, 'g'), '\n'],
  [new RegExp(`[${INVISIBLES}]`, 'g'), ''],
  [new RegExp(`[${CONTROLS}]`, 'g'), ''],
  [new RegExp(`[${FIXED_SPACES}]`, 'g'), ' '],
];

/**
 * Any character one of the replacements or spacedTabs changes: one character class, which scans a text in about a
 * third of the CPU the alternation of the replacements' patterns takes (docs/scale-history.md).
 */
const REPLACED = new RegExp(`[\\r${LINE_SEPARATORS}${INVISIBLES}${CONTROLS}${FIXED_SPACES}\\t]`);

/** Cells between tabs that make a line a row of cells (a table's row, or a headline and the cell after it). */
const MIN_TABBED_CELLS = 2;

/** A list item's mark, which a word processor sets a tab after ("-<tab>First point", "2.<tab>Second point"). */
const LIST_MARK = /^(?:[-+*–·•‣◦▪]|\d{1,3}[.)])$/u;

/**
 * Tabs as spaces: those of a line of MIN_TABBED_CELLS cells or more between tabs as two spaces between its cells,
 * which the cleaner splits cells at (a table set in columns); any other (indenting a line, closing it, after a list
 * item's mark) as one space. With one space each, a tab-separated header row ("Index<tab>Close<tab>Change") was three
 * words, no cells, and stayed in the body when its rows went (line-shape.ts isDataTableRow); and a page's tools
 * or dateline in the cell after its headline ("… Season Finale<tab>Save Email Print") read as the headline's words,
 * and stood in the title (headlines.ts headlineOf).
 */
function spacedTabs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      const cells = line.split('\t').map((cell) => cell.trim()).filter(Boolean);
      return cells.length > MIN_TABBED_CELLS || (cells.length === MIN_TABBED_CELLS && !LIST_MARK.test(cells[0]!)) ? cells.join('  ') : line.replace(/\t/g, ' ');
    })
    .join('\n');
}

/**
 * HTML references decoded and common tags removed (html.ts), then NFC, LF line ends (also for
 * form feeds, vertical tabs and Unicode's line separators), no BOM,
 * no zero-width characters; non-breaking spaces become spaces, tabs two between cells (spacedTabs);
 * Markdown's markup removed (markdown.ts).
 */
export function normaliseText(raw: string): string {
  // First, so that a decoded &nbsp; or &#8203; goes the way of the character itself.
  const text = decodeHtml(raw);
  // Most texts have none of those characters: one scan instead of five (each text is normalised
  // twice per run, in pass 1 and pass 2).
  const replaced = REPLACED.test(text) ? REPLACEMENTS.reduce((partly, [pattern, by]) => partly.replace(pattern, by), text) : text;
  const spaced = replaced.includes('\t') ? spacedTabs(replaced) : replaced;
  // After the line ends are LF: its heading and quote markers are read at a line's start.
  return stripMarkdown(spaced).normalize('NFC');
}
