// The article is one block of lines: the contiguous run whose body evidence outweighs the chrome
// inside it most (a maximum-sum segment). Long body-like lines count for more than short ones, and
// every line not likely body costs at least GAP_COST, so a run of menu lines splits two blocks;
// a run of CHROME_RUN_LINES such lines always does. The block that holds prose (proseBlock) is the
// article's, moved up to the story's lede under the byline or date line (ledeBefore; its first paragraphs right over
// the block, openingParagraphs), to a digest's first item (digestFirstItem) or down past a headline over a wire
// story's lede (wireLedeStart).

import { datelineAt } from '../text/dateline.js';
import type { RemovedLine } from '../types.js';
import { isOtherStoriesLabel } from './chrome/links.js';
import { isProse, isShortSentence } from './line-shape.js';
import { isHeadlineShaped } from './title/headlines.js';
import { HEADER_REASON, isRemovedAs } from './title/title-lines.js';
import { PICTURE_CREDIT } from './line-rules.js';
import type { Line } from './lines.js';
import { bylineName } from './metadata/bylines.js';
import { isEditNote } from './metadata/credits.js';
import { isNameLine, isNamesLine } from './metadata/names.js';
import { isMasthead } from './metadata/name-posts.js';
import { isLabel } from './navigation.js';

export interface ScoredLine {
  probability: number;
  words: number;
  /** Lines removed by rule right before this one (repeated chrome, metadata): they count towards a run of chrome. */
  removedBefore: number;
}

const GAP_COST = 4;
const MAX_LINE_WEIGHT = 60;
// A dozen lines in a row that are clearly not body (a menu, a "most popular" box) end any block:
// strong teasers of other stories after them must not pay for the gap and join the article.
const CHROME_RUN_LINES = 12;
const CHROME_PROBABILITY = 0.1;

/** First and last index of the main block, or null when no line's probability reaches the threshold. */
export function mainBlock(lines: readonly ScoredLine[], threshold = 0.5): { first: number; last: number } | null {
  let best: { first: number; last: number; sum: number } | null = null;
  let sum = 0;
  let start = 0;
  let chromeRun = 0;
  lines.forEach((line, i) => {
    const gain = (line.probability - threshold) * (GAP_COST + Math.min(line.words, MAX_LINE_WEIGHT));
    chromeRun = line.probability < CHROME_PROBABILITY ? chromeRun + line.removedBefore + 1 : 0;
    if (chromeRun >= CHROME_RUN_LINES) sum = 0;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gain;
    if (sum > 0 && (!best || sum > best.sum)) best = { first: start, last: i, sum };
  });
  return best;
}

// Fitted by hand on the development sets (eval:clean): the block takes lines down to this
// probability (a body often holds a few weak lines: subheadings, list items); index.ts
// KEEP_INSIDE_BLOCK is what a line inside it needs to stay.
const BLOCK_THRESHOLD = 0.35;

/** How far before the block a lede under the header is looked for, in candidate lines. */
const LEDE_GAP_LINES = 25;
/**
 * Lines between a lede and the block at least: a line or two there are a picture's caption and
 * credit, a "Highlights" label, a standfirst under the byline, which benchmarks' gold leaves out.
 * Not for a wire story's lede (isWireLede), which none of these is. Counted in the page's lines,
 * those removed by rule too: a photo gallery between a lede and the text (its counters "1 of 12"
 * and captions, removed on sight) leaves two lines there, "Swipe for more" and "View gallery", and
 * the gallery's lede would go as page text before the article.
 */
const LEDE_MIN_GAP_LINES = 3;
/** A lede's body probability at least: page text under a byline that is not the story (a teaser, a notice) scores lower. */
const LEDE_MIN_PROBABILITY = 0.15;

/**
 * A paragraph opening with a wire dateline that names its agency ("WASHINGTON (Reuters) - …"): the
 * story's first paragraph, never a caption or a standfirst, and as often cut off mid-sentence by
 * the page (its last ticker, "( T.N )", or no full stop). A caption dated in the same form
 * ("ROTTERDAM, NETHERLANDS - MARCH 13: …") names no agency.
 */
const isWireLede = (line: Line): boolean => Boolean(datelineAt(line.text)?.agency);

/**
 * The block's first candidate line, moved down past a headline right over a wire story's lede (isWireLede): the story
 * opens with its dateline, and a line over it that reads as a headline is the page's. CNN's pages set a playlist of
 * videos' titles over the story: all but the last go as page text, and the last would open the body over "Hong Kong (CNN
 * Business)A muddled view …", whose dateline, no longer the body's start, would give no source.
 */
export function wireLedeStart(candidateLines: readonly Line[], first: number): number {
  const over = candidateLines[first]!;
  // Words, not a link's address ("http://www.afxnews.com" under the date line, over the story, would be taken for the title).
  if (!(first + 1 < candidateLines.length && isHeadlineShaped(over) && /\s/u.test(over.text.trim()) && isWireLede(candidateLines[first + 1]!))) return first;
  // Nor the desk's note (an edit note is removed as such from the block's top; a correction, "(In paragraph 7, corrects …)",
  // "Corrects day of week in first paragraph", is the story's text) or the author's names (Reuters' "by Will Hardy",
  // "Ivy Lo and Mathieu Berthet" over the dateline): the metadata rules read them, not this one.
  return isDeskNote(over) || bylineName(over.text) !== undefined || isNameLine(over) || isNamesLine(over) ? first : first + 1;
}
/** A wire desk's note over the story: in brackets, or a correction's. */
const DESK_NOTE_OPENING = /^\s*(?:\(|(?:Corrects|Clarifies)\b)/u;
const isDeskNote = (line: Line): boolean => isEditNote(line) || DESK_NOTE_OPENING.test(line.text);

/**
 * The block's first candidate line, moved up to the article's lede: a line of prose right under
 * the header's byline or date line, ending as a sentence does (a standfirst often does not), not
 * a picture's caption (a credit under it), from
 * LEDE_MIN_GAP_LINES to LEDE_GAP_LINES lines before the block. A table, a list or a
 * player's buttons between the lede and the rest (a results table, a recipe's ingredients, a
 * podcast's "Listen now" and "Download") cost the block more than the lede brings, so the lede would
 * go as page text before the article, and the title be searched below it (a table row the
 * title). The lines between are inside the block, where the weak ones are removed as such; the
 * lede stays, however weak its neighbours make it. A wire story's lede is taken from right over the
 * block on: the site's chrome around it, repeated over a run's pages, makes it weaker than the
 * threshold the one paragraph after it sets, and a Reuters story would lose its first paragraph.
 */
export function ledeBefore(lines: readonly Line[], candidates: readonly number[], first: number, probabilities: readonly number[], removed: ReadonlyMap<number, RemovedLine>): number {
  for (let k = first - 1; k >= Math.max(0, first - LEDE_GAP_LINES); k--) {
    const i = candidates[k]!;
    const lede = lines[i]!;
    // A caption's credit stands under it, or under the caption given twice (the image's alt text and caption).
    const credited = lines.slice(i + 1, i + 3).some((line) => removed.get(line.number)?.reason === PICTURE_CREDIT);
    // A wire lede is prose by its dateline: cut off after a ticker, of names more than function words, it may read as none.
    // Right over the block it is the story's whatever it scores: the chrome and date lines around it, repeated
    // over a run's pages, weaken it below LEDE_MIN_PROBABILITY, which keeps out a teaser or a notice (no dateline).
    const wire = isWireLede(lede);
    // A sentence opening with a dateline without an agency ("DETROIT -- The …") is the story's first paragraph too: no caption or standfirst opens so.
    const datelined = wire || (lede.endsWithSentencePunctuation && datelineAt(lede.text) !== null);
    const strongEnough = probabilities[i]! >= LEDE_MIN_PROBABILITY || (wire && k === first - 1);
    const underHeader = underBylineOrDate(lines, i, removed) || (datelined && underHeaderButtons(lines, i, removed));
    if (!underHeader || !(wire || isProse(lede)) || credited || !strongEnough) continue;
    if (datelined || (lede.endsWithSentencePunctuation && (candidates[first]! - i > LEDE_MIN_GAP_LINES || isLinkUnderLabelBetween(lines, i, candidates[first]!, removed)))) return k;
  }
  return first;
}

/** Links under a box's label between a lede and the block at most: one set into the text, or two. */
const MAX_LINKS_UNDER_LEDE = 2;
/**
 * Whether the lines between `lines[from]` and `lines[to]` are a label over other stories (chrome/links.ts isOtherStoriesLabel:
 * "More Stories", "Related:") and its links under it, MAX_LINKS_UNDER_LEDE headlines at most, all removed: Eurosport sets
 * "More Stories" and one link between its first paragraph and the rest, fewer lines than a lede stands over the block
 * (LEDE_MIN_GAP_LINES), and the lede would go as page text before the article. No caption, credit or standfirst is so set.
 * The label is removed (a box's label, or repeated over the run's pages); the links may still be candidate lines.
 */
function isLinkUnderLabelBetween(lines: readonly Line[], from: number, to: number, removed: ReadonlyMap<number, RemovedLine>): boolean {
  const [label, ...links] = lines.slice(from + 1, to);
  return (
    label !== undefined && removed.has(label.number) && isOtherStoriesLabel(label) && links.length >= 1 && links.length <= MAX_LINKS_UNDER_LEDE &&
    links.every((line) => isHeadlineShaped(line) && !isProse(line))
  );
}

/**
 * The story's first paragraphs right over the block, under the header's byline or date line, when the line model left
 * them out: the top one's candidate index, else null. ledeBefore's lede stands LEDE_MIN_GAP_LINES or more lines over the
 * block; these stand closer, with nothing removed between them and the block (a caption's credit, a share row would be),
 * and the top one is prose ending as a sentence (a caption with its credit run on, "… back to the Moon [Orbital via AP]",
 * ends with none), not the page's description given again (the same text over the header: a standfirst), nor a wire
 * desk's note (a correction's "Corrects 6th paragraph …", over a story whose first paragraph opens with its byline). The
 * header's chrome around them, scored with them, makes a sports site's first two paragraphs and a gossip blog's first
 * weaker than the block's threshold, and they would go as page text before the article.
 */
export function openingParagraphs(lines: readonly Line[], candidates: readonly number[], first: number, removed: ReadonlyMap<number, RemovedLine>): number | null {
  let top = first;
  while (top > 0 && first - top < LEDE_MIN_GAP_LINES && candidates[top - 1] === candidates[top]! - 1) top--;
  const i = candidates[top]!;
  const lede = lines[i]!;
  if (top === first || !underBylineOrDate(lines, i, removed) || !isProse(lede) || !(lede.endsWithSentencePunctuation || isUnstoppedSentence(lede)) || isDeskNote(lede)) return null;
  return lines.slice(0, i).some((line) => line.text === lede.text) ? null : top;
}

/**
 * One long sentence without its full stop, as a small site's first paragraph often is ("Harbour Rovers have this
 * morning paid the fee … to secure the return of their former captain"): prose by its words (isProse), no sentence
 * ending inside it and no bracket at its end. A caption with its credit run on has one or the other: "… after the
 * vote. Jane Doe / AFP", "… back to the Moon [Orbital via AP]".
 */
const isUnstoppedSentence = (line: Line): boolean => line.wordCount >= 20 && !INNER_SENTENCE_END.test(line.text) && !CLOSING_BRACKET.test(line.text);
const INNER_SENTENCE_END = /[.!?…]["'”’)]*\s/u;
const CLOSING_BRACKET = /[\])]\s*$/u;

/**
 * Whether the line over `lines[i]` is the header's byline or date line, removed as metadata; or the outlet's masthead right
 * under one of them (metadata/name-posts.ts isMasthead), a small site signing its staff's story with its own name alone
 * ("Kaieteur News" under the date line, over "Kaieteur News – Finance Minister …"), which stands where a byline does and is
 * lifted as the source after the block is found (header.ts headerMasthead).
 */
function underBylineOrDate(lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>): boolean {
  if (i < 1) return false;
  const over = lines[i - 1]!;
  if (isRemovedAs(removed, over, HEADER_REASON)) return true;
  return i > 1 && !removed.has(over.number) && isMasthead(over.text) && isRemovedAs(removed, lines[i - 2]!, HEADER_REASON);
}

/** The lines between the header and a datelined lede at most (underHeaderButtons), and the words of each. */
const HEADER_BUTTON_LINES = 3;
const HEADER_BUTTON_WORDS = 6;
/**
 * Whether `lines[i]` stands under the header's byline or date line with a row of its buttons and short lines between
 * (underBylineOrDate of the line under them): up to HEADER_BUTTON_LINES lines of HEADER_BUTTON_WORDS words or fewer (no
 * prose), none a sentence of running text (the company's name ends "Inc."). A newswire's release sets "| Source: <company>", "Follow" and "Share" between its date line and the
 * release's datelined first paragraph, a local site "Reply" and "Share": the paragraph would go as page text before the article.
 */
function underHeaderButtons(lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>): boolean {
  for (let j = i - 1; j >= Math.max(1, i - HEADER_BUTTON_LINES); j--) {
    const button = lines[j]!;
    if (button.wordCount > HEADER_BUTTON_WORDS || isShortSentence(button)) return false;
    if (underBylineOrDate(lines, j, removed)) return true;
  }
  return false;
}

/** Items, each a heading over one paragraph, that open a digest at least: an article's subheadings fall between paragraphs of their own. */
const DIGEST_MIN_ITEMS = 3;
/**
 * A briefs digest's first item under the header's byline or date line, when the block opens at the next item's
 * heading: its heading's candidate index, else null (a block opening at the first item's paragraph keeps its heading
 * by edges/story-links.ts firstBriefHeading). A digest's items are a heading over one paragraph each, three or more in a row ("Falmouth
 * library extends Sunday hours" over its one sentence, then "Sagamore Bridge lane closures next week" over its own);
 * weaker than the block's threshold (a run's menus repeated around it), the first item's heading and paragraph would
 * be page text before the article: ledeBefore asks for a lede right under the header. The block
 * opens at the heading, and the heading and its paragraph are kept however weak, as a lede is.
 */
export function digestFirstItem(lines: readonly Line[], candidates: readonly number[], first: number, probabilities: readonly number[], removed: ReadonlyMap<number, RemovedLine>): number | null {
  const isItem = (line: Line): boolean => isProse(line) && line.endsWithSentencePunctuation;
  const isItemHeading = (line: Line): boolean => isHeadlineShaped(line) && !isProse(line);
  const itemLines = 2 * DIGEST_MIN_ITEMS;
  const heading = first - 2;
  if (heading < 0 || heading + itemLines > candidates.length) return null;
  const at = candidates[heading]!;
  // The items' headings and paragraphs stand together on the page, nothing removed between them.
  if (at < 1 || candidates[heading + itemLines - 1]! - at !== itemLines - 1) return null;
  if (!underBylineOrDate(lines, at, removed)) return null;
  const items = lines.slice(at, at + itemLines);
  return items.every((line, k) => (k % 2 === 0 ? isItemHeading(line) : isItem(line))) && probabilities[at + 1]! >= LEDE_MIN_PROBABILITY ? heading : null;
}

/**
 * The block, unless it holds no prose and prose follows it: then the best block after it (judged
 * against its own strongest line, as the page is). A short brief, a headline over one paragraph,
 * may have the headline as its block (the neighbourhood features of a two-line page favour the first
 * line), and the body would be the headline, the paragraph "page text after the article".
 */
export function proseBlock(scored: readonly ScoredLine[], lines: readonly Line[]): { first: number; last: number; strongest: number } | null {
  const block = blockOf(scored, 0);
  if (!block) return block;
  const inside = lines.slice(block.first, block.last + 1);
  if (inside.some(isProse)) return block;
  const after = lines.slice(block.last + 1);
  // A block of labels alone gives way too: "World" over a headline would be the body of a page that is
  // a section label and a headline, and the headline go as a headline after the article.
  const chosen = after.some(isProse) || (inside.every(isLabel) && !after.every(isLabel)) ? (blockOf(scored, block.last + 1) ?? block) : block;
  if (lines.slice(chosen.first, chosen.last + 1).some(isProse)) return chosen;
  // A page without prose (a headline alone, a gallery of captions): a section label opening the
  // block ("World", "In pictures") is the page's, not the article's.
  let first = chosen.first;
  while (first < chosen.last && isLabel(lines[first]!)) first++;
  return { ...chosen, first };
}

/**
 * The main block of the lines from `from` on. A page whose best line is weak (a short article amid
 * chrome, a bare list, a note) is judged against that line: the threshold is half its probability
 * when that is below BLOCK_THRESHOLD, as for the lines inside the block (a fixed threshold dropped
 * the second of two paragraphs at 0.3).
 */
function blockOf(scored: readonly ScoredLine[], from: number): { first: number; last: number; strongest: number } | null {
  const lines = scored.slice(from);
  // Not Math.max(...spread): a page of a million lines overflowed the stack with its million arguments.
  const strongest = lines.reduce((max, line) => Math.max(max, line.probability), 0);
  const block = mainBlock(lines, Math.min(BLOCK_THRESHOLD, strongest / 2));
  return block && { first: from + block.first, last: from + block.last, strongest };
}
