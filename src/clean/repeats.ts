// Text the page gives twice inside the article: a body scraped twice into one file, and pull
// quotes, a sentence of the body set again in large type between the paragraphs. Either way the
// words were counted twice: terms, keyphrases, sentiment and the word count of the article. And a
// scraper's loop: one line written over and over, its words counted each time.
import type { RemovedLine } from '../types.js';
import type { Line } from './lines.js';

const REPEATED_PARAGRAPH = 'paragraph repeated (the page gives it twice)';
const PULL_QUOTE = 'pull quote (repeated from the body)';

/** A paragraph this long repeated word for word is a copy; shorter lines ("Thank you.", "No.") repeat in any text. */
const MIN_REPEATED_WORDS = 8;
/** A pull quote is a sentence or two, not a label. */
const MIN_QUOTE_WORDS = 5;
/** A whole line in quotation marks, nothing outside them. */
const QUOTATION = /^["“„«'‘][^"“”„«»]+["”»'’]$/u;
const CLAUSE_BREAK = /[.,;:!?…]+/u;

/** Lower-case words and spaces: what a pull quote and its paragraph share whatever their punctuation and quotation marks. */
const wordsText = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()} `;

/**
 * Of the article's lines, in order, those that repeat another, with the reason: a run of two or more
 * lines that earlier lines give word for word and in the same order, one of them a paragraph of
 * MIN_REPEATED_WORDS or more and all of twice that many words (a body scraped twice; one paragraph
 * repeated alone is left: an interview series asks each guest the same question), and a line that is a quotation alone whose every clause stands in
 * a longer paragraph of the article (the quote with its attribution, "he says", taken out; a pull
 * quote may come before its paragraph).
 */
export function repeatedLines(lines: readonly Line[]): Map<Line, string> {
  const repeats = new Map<Line, string>();
  const firstAt = new Map<string, number>();
  // Each line's earlier copy (its index), or -1.
  const copyOf = lines.map((line, i) => {
    if (line.wordCount === 0) return -1;
    const first = firstAt.get(line.text);
    if (first === undefined) firstAt.set(line.text, i);
    return first ?? -1;
  });
  // Runs of copies in the earlier lines' order. Short lines count in a run but do not make one: a
  // story of short paragraphs given twice ("Council members voted 7-2 in favour.") would keep its copy
  // whole, since no two of its paragraphs of MIN_REPEATED_WORDS stood side by side.
  for (let start = 0; start < lines.length; ) {
    let end = start;
    if (copyOf[start]! >= 0) while (end + 1 < lines.length && copyOf[end + 1]! > copyOf[end]!) end++;
    const run = lines.slice(start, end + 1);
    if (run.length >= 2 && run.some((line) => line.wordCount >= MIN_REPEATED_WORDS) && run.reduce((words, line) => words + line.wordCount, 0) >= 2 * MIN_REPEATED_WORDS) {
      for (const line of run) repeats.set(line, REPEATED_PARAGRAPH);
    }
    start = end + 1;
  }
  const quotes = lines.filter((line) => line.wordCount >= MIN_QUOTE_WORDS && !repeats.has(line) && QUOTATION.test(line.text));
  if (!quotes.length) return repeats;
  const texts = new Map(lines.map((line) => [line, wordsText(line.text)]));
  for (const quote of quotes) {
    const clauses = quote.text.split(CLAUSE_BREAK).map(wordsText).filter((clause) => clause.trim());
    const others = lines.filter((line) => line.wordCount > quote.wordCount && !repeats.has(line));
    if (clauses.every((clause) => others.some((line) => texts.get(line)!.includes(clause)))) repeats.set(quote, PULL_QUOTE);
  }
  return repeats;
}

/** A line given this many times in a row is a scraper's loop: no page repeats a line so (a results table's "-" cells hold no word). */
const MIN_LOOP_COPIES = 20;
export const LOOP_COPY = `copy of the line above (a scraper loop: one line ${MIN_LOOP_COPIES} or more times in a row)`;

/**
 * The copies of a line the page gives MIN_LOOP_COPIES or more times in a row (blank lines between
 * them aside); the first of each run stays, for the other rules to judge. Else a page caught in a
 * scraper's loop has the line counted in its words, terms and sentiment 20 or 200 times over, and
 * nothing says so (repeatedLines leaves one paragraph repeated alone).
 */
export function loopCopies(lines: readonly Line[]): Set<Line> {
  const copies = new Set<Line>();
  for (let start = 0, end = 0; start < lines.length; start = end) {
    for (end = start + 1; end < lines.length && lines[end]!.text === lines[start]!.text; end++);
    if (end - start >= MIN_LOOP_COPIES && lines[start]!.wordCount > 0) for (const copy of lines.slice(start + 1, end)) copies.add(copy);
  }
  return copies;
}

/** One warning per looped line, naming it (cut to 80 characters) and how often it stood, from its copies' removed lines. */
export function loopWarnings(removed: readonly RemovedLine[]): string[] {
  const copies = new Map<string, number>();
  for (const line of removed) if (line.reason === LOOP_COPY) copies.set(line.text, (copies.get(line.text) ?? 0) + 1);
  return [...copies].map(([text, count]) => {
    const shown = [...text].length > 80 ? `${[...text].slice(0, 79).join('')}…` : text;
    return `the line "${shown}" stands ${count + 1} times in a row (a scraper loop?): kept once, its copies removed`;
  });
}
