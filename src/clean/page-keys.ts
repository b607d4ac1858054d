// What the repetition pass counts of a page (pipeline pass 1): each line's key, case, digits and
// spacing folded, so that a site's chrome is told by standing in many articles; and the story's key,
// which tells copies of one story from pages that share chrome.
import { endsWithSentenceMark } from './lines.js';
import { pageLines } from './page-lines.js';
import { byCodeUnits } from '../order.js';

/**
 * Lines this long are never site chrome: not counted across articles (their key is empty), nor
 * tried against the config's boilerplatePatterns. That bounds a pattern's backtracking, which
 * can grow with the square of the line's length or faster ("\s+$" on a line of spaces and an "x":
 * 2 ms at 2,000 characters, 1.8 s at 64,000, minutes on a 1 MB line); clean/patterns.ts refuses
 * the patterns that grow exponentially.
 */
export const MAX_KEYED_LINE_CHARS = 2_000;

/** The identity of a line for cross-article repetition: case, digits and spacing folded. */
export function lineKey(line: string): string {
  if (line.length > MAX_KEYED_LINE_CHARS) return '';
  const lower = line.trim().toLowerCase();
  const folds = foldsIn(lower);
  const digitsFolded = folds & DIGITS ? lower.replace(/\d+/g, '0') : lower;
  return folds & SPACING ? digitsFolded.replace(/\s+/g, ' ') : digitsFolded;
}

const DIGITS = 1;
const SPACING = 2;

const ASCII_DIGIT = /[0-9]/;
/**
 * White space other than a single space, what `\s+` → ' ' changes: a `\s` but the space, or a space before a `\s`. The first
 * class spelt out (`[^\S ]` scans slower).
 */
const FOLDED_SPACING = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| \s/;
/**
 * Which of lineKey's replacements would change the text: DIGITS when it has an ASCII digit, SPACING
 * when it has white space other than single spaces. Two regex tests rather than the two replaces
 * on every line (the spacing one matched every space of every line, twice per line and article:
 * the repetition pass and the cleaner); most lines need neither or only the first. A test scans a
 * line for a few instructions a character, a loop over its char codes for tens.
 */
function foldsIn(text: string): number {
  return (ASCII_DIGIT.test(text) ? DIGITS : 0) | (FOLDED_SPACING.test(text) ? SPACING : 0);
}

/** Lines at least this long are a story's paragraphs, not a site's chrome (a menu, a headline, a label). */
const STORY_LINE_CHARS = 80;
/** Paragraphs whose keys make a story's key. */
const STORY_LINES = 3;

/** What the repetition pass reads of one raw text (see pageKeys). */
interface PageKeys {
  /** Distinct line keys: what is counted across articles. */
  lines: Set<string>;
  /** The page's STORY_LINES longest paragraphs; null with fewer than two. */
  story: string | null;
  /** The paragraphs that end a sentence, sorted; null with fewer than two. */
  prose: string | null;
  /** Every paragraph of STORY_LINE_CHARS or more, distinct. */
  paragraphs: readonly string[];
}

/**
 * The page's line keys, and what tells copies of one story apart from other pages (the same page
 * saved twice, a wire story on several sites, each with its own chrome): run/duplicates.ts
 * StoryCopies takes a page with an earlier page's story key, which shares most of its paragraphs,
 * for a copy, and the pass counts a story's lines once; otherwise its paragraphs would look like
 * lines repeated across a site's pages, and be scored and removed as its chrome. Paragraph keys
 * keep their digits (template briefs differ in their figures only, copies do not); a paragraph too
 * long to be keyed (a whole body on one line) is known by its beginning.
 */
export function pageKeys(text: string): PageKeys {
  const lines = new Set<string>();
  // Each distinct paragraph key and the length of the line it keys; which of them end a sentence.
  const paragraphs = new Map<string, number>();
  const sentences = new Set<string>();
  for (const line of pageLines(text)) {
    const key = lineKey(line);
    if (key && key.length <= 300) lines.add(key);
    if (line.length < STORY_LINE_CHARS) continue;
    const paragraph = line.slice(0, MAX_KEYED_LINE_CHARS).toLowerCase();
    if (!paragraphs.has(paragraph)) paragraphs.set(paragraph, line.length);
    if (endsWithSentenceMark(line)) sentences.add(paragraph);
  }
  const story = [...paragraphs]
    .sort(([a, aLength], [b, bLength]) => bLength - aLength || byCodeUnits(a, b))
    .slice(0, STORY_LINES)
    .map(([paragraph]) => paragraph);
  return {
    lines,
    story: story.length >= 2 ? story.join('\n') : null,
    prose: sentences.size >= 2 ? [...sentences].sort().join('\n') : null,
    paragraphs: [...paragraphs.keys()],
  };
}

/** The distinct line keys of one raw text (what the repetition pass counts per article). */
export const distinctLineKeys = (text: string): Set<string> => pageKeys(text).lines;
