// Edges: where the article's block of body lines really starts and ends. The line model scores
// lines one by one, and the block it gives (block.ts) stops short of what a page sets inside an
// article (a table, ad slots, a bulleted list, a transcript's short turns, a list its text
// introduces) and runs on over what closes it (credits, a box of other stories, references). Each
// rule here moves one edge, or names lines inside the block that stay or go as a whole (a list's
// items, a table's rows, a roundup's first heading); cleanWithWords (index.ts) composes them.
// Apart from index.ts so that the composition reads as one sequence and the edge rules in one place.
import { isSpeakerLabelLine, TRANSCRIPT_MIN_TURNS } from '../text/speaker.js';
import { inStopwordList, stopwordListsOf } from '../text/language-guess.js';
import { segmenterFor } from '../text/language.js';
import { hasUnspacedLetter } from '../text/word-chars.js';
import type { RemovedLine, Word } from '../types.js';
import { embeddedPostsEnd } from './embedded.js';
import { isAdSlot } from './features/ads.js';
import { isAuthorBio, isAuthorContact } from './features/authors.js';
import { isStandardsLink } from './features/buttons.js';
import { isCommentsClosedNotice, isLetterRules, isWriterSignOff } from './features/comments.js';
import { isBareLinkLabel, isListEndAnnouncement, isStoryBoxLabel, isStoryLinkLabel } from './features/links.js';
import { isCopyrightNotice, isNumberedReference, isPageCitation, isReferencesHeading, noteMark } from './features/notes.js';
import { isGalleryCounter, isPictureCredit } from './features/pictures.js';
import { isBulletedItem, isDataTableRow, isPipeRule, isPipeTableLine, isProse, isShortSentence, ruleMarks } from './features/shape.js';
import { isSpeakerTurn } from './features/stamps.js';
import { isSummaryLabel } from './header.js';
import { isHeadlineShaped, isQuantityLed, MAX_HEADLINE_WORDS } from './headlines.js';
import type { Line } from './lines.js';
import { isContributorLine, isSiteSignature } from './metadata/credits.js';
import { isLabel } from './navigation.js';

/**
 * The candidate lines (indices) from `first` to `last` that are rows of a table inside the article
 * of which the line model drops a row (`dropped`): the table goes as a whole. Its first and last
 * rows, next to prose, scored as body while the rows between them did not, and half a table (two
 * of four rows of a market wrap) stayed in the body. A table the model keeps whole stays: some
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

/**
 * The rows of the tables inside the block from `first` to `last` that the article's prose frames,
 * but a pipe table's rule, into `kept`: a paragraph right above the table, which introduces it, and
 * one right under it, where the article goes on (a game's line score between the report's
 * paragraphs, a market wrap's index levels, a price list). The table is the article's content: the
 * benchmarks' gold keeps the rows of such tables (3 of 3 rows the cleaner had dropped inside an
 * article), where it keeps 59 of the 609 rows the cleaner drops at the article's edges, which stay
 * dropped (droppedTables).
 */
export function tablesInProse(lines: readonly Line[], candidates: readonly number[], first: number, last: number, kept: Set<number>): void {
  const prose = (k: number): boolean => k >= first && k <= last && isProse(lines[candidates[k]!]!);
  for (const run of tablesInBlock(lines, candidates, first, last)) {
    if (prose(run[0]! - 1) && prose(run[run.length - 1]! + 1)) for (const k of run) if (!isPipeRule(lines[candidates[k]!]!)) kept.add(k);
  }
}

/**
 * The last line of a broadcast transcript whose block is `first` to `last`: the conversation goes
 * on over the speakers' turns after the block, and the lines of speech that continue a turn (prose
 * with lower case: a notice in capitals ends it, as a copyright notice does: an interview's "AP: …"
 * had taken in "Copyright © 2008 The Canadian Press."). Short turns ("DUNMORE: Thank you.") and the
 * cues between them, removed as such ("(BEGIN VIDEOTAPE)"), had ended the block, and the rest of the
 * conversation was dropped as page text after the article. Every turn, inside the block or after it,
 * goes into `kept`, so that a short one is not dropped as weak.
 */
export function transcriptEnd(lines: readonly Line[], first: number, last: number, kept: Set<number>): number {
  const isSpeech = (line: Line | undefined): boolean => line !== undefined && isProse(line) && /\p{Ll}/u.test(line.text) && !isCopyrightNotice(line);
  // A speaker's turn, or a web transcript's speaker named on a line over the speech ("Paul Solman:"), where
  // the block had ended at the last name and dropped its speech, the sign-off ("For the PBS News Hour, I'm
  // Paul Solman in Dayton, Ohio."), as page text after the article. Not a label over no speech ("Support Provided By:").
  const isTurn = (k: number): boolean => isSpeakerTurn(lines[k]!) || (isSpeakerLabelLine(lines[k]!.text) && isSpeech(lines[k + 1]));
  let turns = 0;
  for (let k = first; k <= last && turns < TRANSCRIPT_MIN_TURNS; k++) if (isTurn(k)) turns++;
  if (turns < TRANSCRIPT_MIN_TURNS) return last;
  let end = last;
  while (end + 1 < lines.length && (isTurn(end + 1) || isSpeech(lines[end + 1]))) end++;
  for (let k = first; k <= end; k++) if (isTurn(k) || k > last) kept.add(k);
  return end;
}

/**
 * The block's first candidate line, moved up over a photo gallery's captions right above it, each
 * between its counter and its credit, both removed on sight ("2 of 8" over "Children sled down the
 * hill at Soldier Field's south lawn." over "Ashlee Rezin/Sun-Times"). Short, they scored under the
 * block's threshold but the last, which opened the block alone and was then removed as a caption
 * opening the article (index.ts captionOpening): the gallery's captions, its text, were page text
 * before the article. They go into `kept`, however weak.
 */
export function galleryCaptionsBefore(lines: readonly Line[], candidates: readonly number[], first: number, kept: Set<number>): number {
  const framed = (i: number): boolean => i > 0 && i + 1 < lines.length && isGalleryCounter(lines[i - 1]!) && isPictureCredit(lines[i + 1]!);
  while (first > 0 && framed(candidates[first - 1]!)) kept.add(--first);
  return first;
}

/** Points a summary box over the article holds at most, and words a point has at least (a subheading, a button under the box has fewer). */
const MAX_SUMMARY_POINTS = 6;
const MIN_SUMMARY_POINT_WORDS = 4;

/**
 * The block's first candidate line `first`, moved up to the first point of a summary box right over
 * the article or opening it: a summary label (header.ts isSummaryLabel: "Summary", "In short:"), then
 * up to MAX_SUMMARY_POINTS lines of MIN_SUMMARY_POINT_WORDS words or more, one right under the other,
 * the block's first line among them or right under them. The points go into `kept`: the article's
 * editors' summary, which the text goes on from (the benchmarks' gold keeps a page's "SUMMARY"
 * boxes). Reuters sets "Summary" over three points without a full stop ("Membership fee income up
 * 14%", "Shares up 2% after the bell"): the last, stronger, opened the block, the first was taken for
 * the title, and the page's headline went as page text before the article.
 */
export function summaryPointsOver(lines: readonly Line[], candidates: readonly number[], first: number, kept: Set<number>): number {
  for (let label = first - 1; label >= Math.max(0, first - MAX_SUMMARY_POINTS - 1); label--) {
    if (!isSummaryLabel(lines[candidates[label]!]!)) continue;
    let end = label;
    while (end + 1 < candidates.length && end - label < MAX_SUMMARY_POINTS && lines[candidates[end + 1]!]!.wordCount >= MIN_SUMMARY_POINT_WORDS && rightUnder(lines, candidates[end + 1]!)) end++;
    if (end === label || end + 1 < first) return first;
    for (let k = label + 1; k <= end; k++) kept.add(k);
    return label + 1;
  }
  return first;
}

/** Pictures a gallery set between the article's paragraphs shows at least (one is a picture's caption, which the benchmarks' gold leaves out). */
const MIN_GALLERY_PICTURES = 2;
/** Words of a gallery's caption at least: a credit alone is shorter. */
const MIN_GALLERY_CAPTION_WORDS = 5;
/** Words of a gallery's button under a caption at most ("Expand", "View larger"). */
const MAX_GALLERY_BUTTON_WORDS = 2;

/**
 * The captions (line indices) of the photo gallery from lines[i] on, and the index of the line after
 * it: pictures, each its counter ("1 of 12") right over its caption, which may end with its credit
 * (then removed on sight as a picture's caption), with a credit alone or a button ("Expand") under it.
 */
function galleryAt(lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>): { captions: number[]; next: number } {
  const isCaption = (line: Line | undefined): boolean => line !== undefined && line.wordCount >= MIN_GALLERY_CAPTION_WORDS && (isPictureCredit(line) || !removed.has(line.number));
  const isUnderCaption = (line: Line): boolean => isPictureCredit(line) || (!removed.has(line.number) && line.wordCount <= MAX_GALLERY_BUTTON_WORDS && !isProse(line));
  const captions: number[] = [];
  while (i < lines.length && isGalleryCounter(lines[i]!) && isCaption(lines[i + 1])) {
    captions.push(i + 1);
    for (i += 2; i < lines.length && isUnderCaption(lines[i]!); i++);
  }
  return { captions, next: i };
}

/**
 * The article's last candidate line once the photo galleries set between its paragraphs (galleryAt)
 * are taken in, with the prose after one right under `last`; and the galleries' captions that were
 * removed on sight, which the caller keeps. A gallery of MIN_GALLERY_PICTURES or more inside the
 * block from `first` to `last`, or right under it, with a line of prose after it, where the article
 * goes on. The Denver Post sets its galleries so, each caption ending with its credit ("… on
 * Thursday. (Photo by Hyoung Chang/The Denver Post)"): the captions, a gallery story's text, were
 * removed as pictures' captions, and the buttons between them ("Expand") weakened the closing
 * paragraph under the block's threshold, so it went as page text after the article. The captions
 * that were candidates and the prose after the gallery go into `kept` (the buttons, weak, are
 * dropped inside the block). A gallery over the article's text or after it stays as it was: the
 * benchmarks' gold leaves out the captions of a wire story's pictures there. The caller passes the
 * block the line model found as `first`: a gallery between the lede and the text is the story's top gallery.
 */
export function galleriesInText(
  lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>, kept: Set<number>,
): { last: number; captions: Line[] } {
  const candidateAt = new Map(candidates.map((i, k) => [i, k]));
  const captions: Line[] = [];
  for (let i = candidates[first]! + 1; i <= candidates[last]! + 1 && i < lines.length; i++) {
    const gallery = galleryAt(lines, i, removed);
    if (gallery.captions.length < MIN_GALLERY_PICTURES) continue;
    // With no prose after it, the gallery is the page's pictures after the article: the block ends over it.
    if (!lines.slice(gallery.next, Math.max(gallery.next, candidates[last]!) + 1).some(isProse)) return { last: candidateBefore(candidates, i, first, last), captions };
    const next = candidateAt.get(gallery.next);
    if (next === undefined || !isProse(lines[gallery.next]!)) continue;
    for (const caption of gallery.captions) {
      const candidate = candidateAt.get(caption);
      if (candidate === undefined) captions.push(lines[caption]!);
      else kept.add(candidate);
    }
    if (next > last) {
      last = next;
      kept.add(last);
      while (last + 1 < candidates.length && isProse(lines[candidates[last + 1]!]!)) kept.add(++last);
    }
    i = gallery.next;
  }
  return { last, captions };
}

/** The last candidate from `first` to `last` over line `i`. */
function candidateBefore(candidates: readonly number[], i: number, first: number, last: number): number {
  let k = last;
  while (k > first && candidates[k]! >= i) k--;
  return k;
}

/** The run of table lines (rows of figures, a pipe table's head and rule) from candidate `from` on, in steps of `step`: where it ends, and how many rows of figures it has. */
function tableRun(lines: readonly Line[], candidates: readonly number[], from: number, step: 1 | -1): { next: number; rows: number } {
  let next = from;
  let rows = 0;
  for (; next >= 0 && next < candidates.length; next += step) {
    if (isDataTableRow(lines, candidates[next]!)) rows++;
    // A pipe table's head or rule has no figures, so is no data row, but goes on the table.
    else if (!isPipeTableLine(lines[candidates[next]!]!)) break;
  }
  return { next, rows };
}

/**
 * The article's last candidate line once paragraphs after ad slots are taken in: a line of prose
 * after `last` with only ad slots (labels, "Story continues below") between them (a mobile page's last paragraph under
 * "Advertisement", chrome after it) goes on the article, and into `kept`. The labels around it made
 * it weaker than the block's threshold, and it was dropped as page text after the article. So does
 * a line of prose right under `last`, nothing between them, with an ad slot right under it, on a
 * page whose article already has an ad slot between its paragraphs: a page sets its ads after the
 * article's paragraphs, and the slot with the page's chrome after it had weakened a short closing
 * quote ("'It has been a long eight months,' said …") below the threshold. Not a line that closes
 * the text as the page's (a copyright notice over the last slot), which articleEnd has cut off.
 */
export function pastAdSlots(lines: readonly Line[], candidates: readonly number[], first: number, last: number, kept: Set<number>): number {
  const slotsInside = (): boolean => lines.slice(candidates[first]!, candidates[last]!).some(isAdSlot);
  while (last + 1 < candidates.length && isProse(lines[candidates[last + 1]!]!)) {
    const next = candidates[last + 1]!;
    const between = lines.slice(candidates[last]! + 1, next);
    const overSlot = !between.length && lines[next + 1] !== undefined && isAdSlot(lines[next + 1]!) && !isPageNoteAfterText(lines[next]!) && slotsInside();
    if (!overSlot && (!between.length || !between.every(isAdSlot))) break;
    kept.add(++last);
  }
  return last;
}

/** A listing's field: a label of one to three words, a colon and its value ("Where: Pier Pavilion", "Price: £9, children £5"). */
const LISTING_FIELD = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,2})\s*:\s+\S/u;
const MAX_LISTING_FIELD_WORDS = 12;
/** Fields of its own a listing has at least, and distinct labels the article's own listing has. */
const MIN_LISTING_FIELDS = 2;
/** Lines over a listing's fields at most: its name. */
const LISTING_NAME_LINES = 2;

/** The label of a line that is a listing's field, lower-cased; null for any other line. */
function listingFieldLabel(line: Line): string | null {
  if (line.wordCount > MAX_LISTING_FIELD_WORDS || isProse(line)) return null;
  return LISTING_FIELD.exec(line.text)?.[1]!.toLowerCase() ?? null;
}

/**
 * The article's last candidate line once the listings after `last` that have the fields of one
 * inside the block are taken in (a what's-on article's events, each its name, "Where:", "When:",
 * "Price:" and a paragraph): a listing of MIN_LISTING_FIELDS or more fields, all with labels the
 * block's listing has, under at most LISTING_NAME_LINES lines of its name, and the prose after it,
 * which goes into `kept`. Four weak lines before each paragraph ended the block after the first
 * listing, and the others' paragraphs were dropped as page text after the article. The names and
 * fields are judged inside the block as the first listing's are.
 */
export function listingsAfter(lines: readonly Line[], first: number, last: number, kept: Set<number>): number {
  const labels = new Set<string>();
  for (let k = first; k <= last; k++) {
    const label = listingFieldLabel(lines[k]!);
    if (label) labels.add(label);
  }
  if (labels.size < MIN_LISTING_FIELDS) return last;
  const prose = (k: number): boolean => k < lines.length && isProse(lines[k]!);
  for (;;) {
    let next = last + 1;
    for (let name = 0; name < LISTING_NAME_LINES && next < lines.length && !prose(next) && !listingFieldLabel(lines[next]!); name++) next++;
    let fields = 0;
    for (; next < lines.length && labels.has(listingFieldLabel(lines[next]!) ?? ''); next++) fields++;
    if (fields < MIN_LISTING_FIELDS || !prose(next)) return last;
    for (; prose(next); next++) kept.add(next);
    last = next - 1;
  }
}

/**
 * The article's edge once tables set inside it are taken in, from its first candidate line
 * outwards (`step` -1) or its last (`step` 1): two or more rows of figures (a market wrap's index
 * levels, with a pipe table's head and rule) beyond `edge`, then prose (after the table, also a short
 * sentence on the very next line), which goes on the article, and into `kept`. Short and without a sentence, the rows had ended the block, and the paragraphs
 * past the table were dropped as page text before or after the article. The rows are judged inside
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

/** Items a list inside the article holds at most: a longer run of bullets is a page's list of links. */
const MAX_BULLETED_ITEMS = 12;

/**
 * The article's last candidate line once a bulleted list inside it is taken in: two or more bulleted
 * items right after `last`, then prose, which goes on the article, or a subheading over prose ("What
 * happens next?"). The items, the subheading and the prose go into `kept`: short and without a
 * sentence, the items had ended the block, and were dropped with the lines after them as headlines
 * and page text after the article.
 */
export function bulletedListEnd(lines: readonly Line[], last: number, kept: Set<number>): number {
  let end = last;
  for (;;) {
    let next = end + 1;
    while (next < lines.length && next - end <= MAX_BULLETED_ITEMS && isBulletedItem(lines[next]!.text)) next++;
    if (next - end - 1 < 2 || next - end > MAX_BULLETED_ITEMS || next >= lines.length) return end;
    if (isHeadlineShaped(lines[next]!) && next + 1 < lines.length && isProse(lines[next + 1]!)) kept.add(next++);
    else if (!isProse(lines[next]!)) return end;
    for (let k = end + 1; k < next; k++) kept.add(k);
    while (next < lines.length && isProse(lines[next]!)) kept.add(next++);
    end = next - 1;
  }
}

/**
 * The items of the bulleted lists inside the article's block from `first` to `last`, into `kept`:
 * runs of two to MAX_BULLETED_ITEMS - 1 bulleted items with the article going on after them. Short
 * and without a sentence, the items had been dropped as weak lines ("no sentence punctuation"),
 * and the line introducing them ("The phases are:") was left over nothing; bulletedListEnd kept a
 * list only when it stood at the block's end.
 */
export function bulletedListsInside(lines: readonly Line[], first: number, last: number, kept: Set<number>): void {
  for (let k = first + 1; k < last; k++) {
    let next = k;
    while (next < last && isBulletedItem(lines[next]!.text)) next++;
    if (next - k >= 2 && next - k < MAX_BULLETED_ITEMS) for (let item = k; item < next; item++) kept.add(item);
    k = next;
  }
}

/** Ingredients a recipe lists at least, each on its line. */
const MIN_INGREDIENTS = 3;
/** Words an ingredient has at most ("1 kg squash, deseeded and cut into 3cm wedges": 9). */
const MAX_INGREDIENT_WORDS = 14;
/** A recipe's facts over its ingredients: "Serves 4", "Prep 15 min", "Cook 45 min", "Makes 12", "Total time: 1 hr". */
const RECIPE_FACT = /^(?:serves|makes|yield|prep(?:aration)?(?: time)?|cook(?:ing)?(?: time)?|total(?: time)?)\s*:?\s*\d/iu;

/**
 * An ingredient on its line: a quantity first, a few words, no sentence; not a numbered item ("1.
 * Orbital") nor a table's row, which ends with a figure ("1 Arsenal 12 9 2 1 28").
 */
const isIngredient = (line: Line): boolean =>
  isQuantityLed(line) && line.wordCount <= MAX_INGREDIENT_WORDS && !line.endsWithSentencePunctuation && !ITEM_NUMBER.test(line.text) && !/\p{N}$/u.test(line.text);

/**
 * A recipe's ingredients inside the article's block from `first` to `last`, into `kept`: runs of
 * MIN_INGREDIENTS ingredients or more with the method going on after them, and the recipe's facts
 * right over them ("Serves 4"). A recipe's ingredients are its text; short and without a sentence,
 * they had been dropped as weak lines ("no sentence punctuation", "lines nearby are short"), the
 * method kept without them.
 */
export function ingredientListsInside(lines: readonly Line[], first: number, last: number, kept: Set<number>): void {
  for (let k = first + 1; k < last; k++) {
    let next = k;
    while (next < last && isIngredient(lines[next]!)) next++;
    if (next - k >= MIN_INGREDIENTS) {
      let top = k;
      while (top - 1 > first && RECIPE_FACT.test(lines[top - 1]!.text)) top--;
      for (let item = top; item < next; item++) kept.add(item);
    }
    k = next;
  }
}

/**
 * The first brief's heading in a roundup of briefs ("News in brief" over its date line, then short
 * items each under a headline of its own), or null: the head's last line, right over the body and
 * right under the page's header (a byline or date line with a line over it, the page's headline),
 * when it and the body are shaped as a box's teasers are (isBoxOfTeasers: headlines each over a
 * paragraph). It stays over its brief, as the later ones' headings do; sharing most words with the
 * body, it had been the page's title, and the page's headline page text.
 */
export function firstBriefHeading(lines: readonly Line[], head: readonly Line[], body: readonly Line[], isMetadata: (line: Line) => boolean, overHeader: (line: Line) => boolean): Line | null {
  const heading = head[head.length - 1];
  if (!heading || !body.length) return null;
  const at = lines.indexOf(heading);
  const underHeader = at > 0 && isMetadata(lines[at - 1]!) && head.some((line) => line.number < heading.number && overHeader(line));
  return underHeader && isHeadlineShaped(heading) && lines[at + 1] === body[0] && isBoxOfTeasers([heading, ...body]) ? heading : null;
}

/** Headlines under a box's label that make it a box of other stories, not one link set into the text. */
const STORY_BOX_HEADLINES = 3;

/**
 * The block's last candidate line `last`, moved up to before a box of other stories inside it: a
 * box label (removed as a link, features/links.ts isStoryBoxLabel: "関連記事", "Leia também", "You may
 * also like") over STORY_BOX_HEADLINES headline-shaped lines that are no prose, or, after the
 * article's prose, over teasers of other stories to the block's end (isBoxOfTeasers, and not
 * continuesStory: the article's sections under one link set into it). The box's titles, long lines
 * in an unspaced script, scored as body, and a Japanese blog page kept them and its author's
 * profile after them; teasers written as sentences ("Você pode gostar...", then a paragraph of
 * each post) scored as body too. A label over one link, where the article goes on, is not a box.
 */
export function boxOfStoriesEnd(lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>, recordsOf: (line: Line) => readonly Word[]): number {
  for (let k = first + 1; k <= last; k++) {
    if (!openBoxLabelBetween(lines, removed, candidates[k - 1]! + 1, candidates[k]!)) continue;
    const next = candidates.slice(k, k + STORY_BOX_HEADLINES).map((i) => lines[i]!);
    if (next.length === STORY_BOX_HEADLINES && next.every((line) => isHeadlineShaped(line) && !isProse(line))) return k - 1;
    const before = candidates.slice(first, k).map((i) => lines[i]!);
    const under = candidates.slice(k, last + 1).map((i) => lines[i]!);
    if (before.some(isProse) && isBoxOfTeasers(under) && !continuesStory(before.filter(isProse), under, recordsOf)) return k - 1;
  }
  return last;
}

/**
 * Whether the lines from `from` to before `to`, removed, hold a box's label (isStoryBoxLabel) that
 * no screen reader's "end of list" closes under it. The removed lines between two candidates are
 * the only places a label stands. Al Jazeera sets "اقرأ أيضا" ("Read also") over its links, each
 * announced ("list 1 of 2"), and "end of list" under them in the middle of the article: the two
 * paragraphs after that read as a box's teasers, and the article had ended at the label.
 */
function openBoxLabelBetween(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, from: number, to: number): boolean {
  let open = false;
  for (let i = from; i < to; i++) {
    if (!removed.has(lines[i]!.number)) continue;
    if (isStoryBoxLabel(lines[i]!)) open = true;
    else if (isListEndAnnouncement(lines[i]!)) open = false;
  }
  return open;
}

const MIN_SENTENCE_WORDS = 4;
/**
 * A paragraph of Thai, which writes no full stop: a line of it longer than a headline. Under a link
 * set into the text ("อ่านข่าวที่เกี่ยวข้อง" over one headline) no line read as the article going on,
 * and the link stayed in the body (session 36).
 */
const isThaiParagraph = (line: Line): boolean => line.wordCount > MAX_HEADLINE_WORDS && /\p{Script=Thai}/u.test(line.text);
/** A line of prose, a short sentence of any case ("Die Sperrungen sollen bis Dienstag gelten.": German nouns are capitalised), or a Thai paragraph. */
const isSentenceLine = (line: Line): boolean => isProse(line) || (line.wordCount >= MIN_SENTENCE_WORDS && line.endsWithSentencePunctuation) || isThaiParagraph(line);

/**
 * A headline asking a question: one sentence, its question mark last ("Will the new bridge fix the town's traffic for good?"),
 * maybe after one statement, as Polish and German papers write them ("Warszawa: strefa działa od roku. Co się zmieniło?":
 * Wyborcza's link under "Czytaj również" had stayed in the body).
 */
const QUESTION_HEADLINE = /^(?:[^.!?]+[.!?] )?[^.!?]+\?["'”’]?$/u;
const isQuestionHeadline = (line: Line): boolean => QUESTION_HEADLINE.test(line.text);

/**
 * How many links to other stories set into the text under their label start at candidate `k` (0
 * when none): a box label removed right above it ("Mehr zum Thema", "Lees ook", "相关阅读"), or a
 * bare teaser label right over its headline (features/links.ts isBareLinkLabel: Mathrubhumi's "Also Read"
 * over a Malayalam headline the line model kept), then the fewest lines each headline-shaped and
 * no prose with a sentence right under them (isSentenceLine), where the article goes on. Tagesspiegel sets two links under its label in the
 * middle of the text. Fewer than STORY_BOX_HEADLINES such lines in a row: a box of other stories
 * has more, and a short question among them ("Com Quantos Botões se Faz uma Brincadeira?" under
 * "Artigos relacionados" and two headlines) reads as a sentence. A question headline of eight words or
 * more is prose by its length and question mark: it is a link when set right under the label or the
 * link over it ("Read more:" over "Will the new bridge finally fix the town's traffic problems for
 * good?", which had stayed as a paragraph); set apart by a blank line it is the article's question.
 */
function linksUnderLabel(lines: readonly Line[], candidates: readonly number[], k: number, removed: ReadonlyMap<number, RemovedLine>): number {
  const at = candidates[k];
  if (at === undefined || at === 0) return 0;
  const label = lines[at - 1]!;
  if (!removed.has(label.number) || !(isStoryLinkLabel(label) || isBareLinkLabel(label, lines[at]))) return 0;
  const line = (n: number): Line | undefined => (k + n < candidates.length ? lines[candidates[k + n]!] : undefined);
  // A question headline of eight words or more reads as prose: set right under the label, or under the link over it, it is a link.
  const setAsLink = (n: number): boolean => (n === 0 || candidates[k + n] === candidates[k + n - 1]! + 1) && rightUnder(lines, candidates[k + n]!);
  const isLink = (n: number): boolean => line(n) !== undefined && isHeadlineShaped(line(n)!) && (!isProse(line(n)!) || (isQuestionHeadline(line(n)!) && setAsLink(n)));
  let run = 0;
  while (run < STORY_BOX_HEADLINES && isLink(run)) run++;
  if (run >= STORY_BOX_HEADLINES) return 0;
  const boxed = linksSetUnderLabel(lines, candidates, k, run);
  if (boxed && isSentenceLine(line(boxed)!)) return boxed;
  for (let links = 1; links <= run; links++) if (line(links) !== undefined && isSentenceLine(line(links)!)) return links;
  return 0;
}

/** Whether lines[i] stands right under the line before it: no blank line, nor a removed line, between them. */
const rightUnder = (lines: readonly Line[], i: number): boolean => lines[i]!.number === lines[i - 1]!.number + 1;

/**
 * How many candidate lines from `k` on, up to `run`, are set one right under the other under the
 * label above `k`, as a box's links are, before a line that is not (after a blank line, the article
 * going on); 0 when the line after the `run` is set so too. A question headline in the box ("Dolar/TL güne nasıl
 * başladı?" under "İLGİLİ HABERLER" and another headline) reads as a sentence, and had been kept as
 * the article going on. A page without blank lines gives no box here (the fewest links are taken).
 */
function linksSetUnderLabel(lines: readonly Line[], candidates: readonly number[], k: number, run: number): number {
  for (let n = 0; n <= run && k + n < candidates.length; n++) {
    const at = candidates[k + n]!;
    if (!rightUnder(lines, at) || (n > 0 && candidates[k + n - 1] !== at - 1)) return n;
  }
  return 0;
}

/**
 * The links set into the text under their labels inside the block (linksUnderLabel), to be removed:
 * the line model had kept some as paragraphs. The sentences right under them go into `kept`: the
 * label and the links weakened them as they weaken those after the block (pastLinkUnderLabel), and a
 * short one had gone as "lines nearby are short".
 */
export function linksUnderLabels(lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>, kept: Set<number>): number[] {
  const links: number[] = [];
  for (let k = first + 1; k < last; k++) {
    const count = linksUnderLabel(lines, candidates, k, removed);
    if (!count) continue;
    for (let link = k; link < k + count; link++) links.push(link);
    k += count;
    for (let next = k; next <= last && isSentenceLine(lines[candidates[next]!]!); next++) kept.add(next);
  }
  return links;
}

/** Lines of prose after one link set into the text that go on with the article whatever words they share with it. */
const PROSE_AFTER_LINK_LINES = 2;

/**
 * The candidate line right after the last link of the links set into the text (linksUnderLabel)
 * either right under `last` or inside the block with nothing but sentences from there to `last`
 * (the article going on under them to the block's end); null when there are none.
 */
function underLastLinks(lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>): number | null {
  const after = linksUnderLabel(lines, candidates, last + 1, removed);
  if (after) return last + 1 + after;
  let run = last;
  while (run > first && isSentenceLine(lines[candidates[run]!]!)) run--;
  for (let start = run; start > Math.max(first, run - STORY_BOX_HEADLINES + 1); start--) {
    // The last links may read as sentences ("How much will bridge tolls rise?"): they end at or past the run.
    const links = linksUnderLabel(lines, candidates, start, removed);
    if (links && start + links > run) return start + links;
  }
  return null;
}

/**
 * The article's last candidate line once the prose after links set into the text is taken in, and
 * into `kept`: links right under `last`, or inside the block with the article's sentences running
 * from them to its end (underLastLinks). Their label, their headlines and the site's chrome under
 * the short paragraphs after them (a label repeated on the site's other pages) had weakened those
 * below the block's threshold, and they went as page text after the article (Tagesspiegel's last
 * paragraph under "Mehr zum Thema" and two links). Not a box of teasers: the run of sentences
 * (isSentenceLine) is PROSE_AFTER_LINK_LINES lines or more, or one that continues the story above
 * (continuesStory), and no headline over a sentence of prose follows it (another teaser); nor a
 * line that closes the text as the page's (a copyright notice).
 */
export function pastLinkUnderLabel(
  lines: readonly Line[],
  candidates: readonly number[],
  first: number,
  last: number,
  removed: ReadonlyMap<number, RemovedLine>,
  recordsOf: (line: Line) => readonly Word[],
  kept: Set<number>,
): number {
  const line = (k: number): Line => lines[candidates[k]!]!;
  const goesOn = (k: number): boolean => k < candidates.length && isSentenceLine(line(k)) && !isPageNoteAfterText(line(k));
  for (let start = underLastLinks(lines, candidates, first, last, removed); start !== null; start = underLastLinks(lines, candidates, first, last, removed)) {
    let end = Math.max(start, last);
    while (goesOn(end + 1)) end++;
    // The line right under the links, past the block, is one the page closes its text with ("© 2024 Jornal da Cidade."): no article going on.
    if (end === last || (start > last && !goesOn(start))) break;
    const run = candidates.slice(start, end + 1).map((i) => lines[i]!);
    const teaserAfter = end + 2 < candidates.length && isHeadlineShaped(line(end + 1)) && isProse(line(end + 2)) && line(end + 2).endsWithSentencePunctuation;
    const above = candidates.slice(first, Math.min(start, last + 1)).map((i) => lines[i]!).filter(isProse);
    if (teaserAfter || (run.length < PROSE_AFTER_LINK_LINES && !continuesStory(above, run, recordsOf))) break;
    for (let k = start; k <= end; k++) kept.add(k);
    last = end;
  }
  return last;
}

/**
 * Whether candidate `k` is the page's last sentence: no candidate line after it is a sentence
 * (isSentenceLine) but one that closes the text as the page's (isPageNoteAfterText; `header`: the
 * page's lines above the article, whose byline tells an author's disclosure).
 */
function closesPageText(lines: readonly Line[], candidates: readonly number[], k: number, header: readonly Line[]): boolean {
  return candidates.slice(k + 1).every((i) => !isSentenceLine(lines[i]!) || isPageNoteAfterText(lines[i]!, header));
}

/** A sentence that speaks to the reader outside a quotation: the page's prompt ("You can view our open thread here."), not the story's. */
const ADDRESSES_READER = /^[^"“”‘’']*\b(?:you|your)\b[^"“”‘’']*$/iu;

/**
 * The article's last candidate line once a closing sentence right under `last` is taken in (into
 * `kept`): a line of prose with no removed line between them but what a page sets in its text
 * (`setInText`: a teaser, "Read More" over another story's headline given twice, features/links.ts
 * teasersGivenTwice; an embedded video player, embedded.ts embedChromeLines; the sentence under either
 * had been page text after the article), in no other article of the run, not
 * one that closes the text as the page's (isPageNoteAfterText) nor speaks to the reader, that
 * continues the story above (continuesStory). Short, with the page's chrome under it, it had scored
 * under the block's threshold, and the article's last paragraph went as page text after the article
 * ("The All-Star Game is scheduled for Sunday, January 27 in Atlanta." over a time stamp and a
 * poll's label). A shorter sentence ("Test your sport knowledge and win...") and one repeated on
 * the site's pages ("Stay up to date with Ascom. Subscribe to our newsletter.") are the page's. A
 * sentence that shares too few words with the story, or is short of prose's eight words, is taken
 * when it is the page's last (closesPageText): "Der neue Fahrplan gilt ab dem 14. Dezember 2026."
 * over a box's label and its headline had gone as page text after the article. `header`: the
 * page's lines above the article (an author's disclosure under it, signed with the byline, is the page's).
 */
export function closingSentenceAfter(
  lines: readonly Line[], candidates: readonly number[], repeatedIn: readonly number[], first: number, last: number, recordsOf: (line: Line) => readonly Word[], kept: Set<number>,
  setInText: (line: Line) => boolean, header: readonly Line[],
): number {
  const next = candidates[last + 1];
  if (next === undefined || !lines.slice(candidates[last]! + 1, next).every(setInText) || repeatedIn[next]! >= 2) return last;
  const line = lines[next]!;
  if (!isSentenceLine(line) || isPageNoteAfterText(line, header) || ADDRESSES_READER.test(line.text)) return last;
  const above = candidates.slice(first, last + 1).map((i) => lines[i]!).filter(isProse);
  if (!(isProse(line) && continuesStory(above, [line], recordsOf)) && !closesPageText(lines, candidates, last + 1, header)) return last;
  kept.add(last + 1);
  return last + 1;
}

/**
 * Share of the content words under a box's label that the article's prose above it uses, from which
 * they go on with its story: subheadings each over one paragraph are shaped as teasers are (a
 * headline over a sentence), but name what the article names. Teasers are of other stories: 5-12%
 * of their words are the article's on the benchmark page and fixtures that have them, where one
 * story's sections share 20-36%.
 */
const STORY_CONTINUED_OVERLAP = 0.2;
/**
 * The same for text in a script without spaces between words (Japanese, Chinese, Thai), by the words
 * the segmenter finds (contentKeys): a story's next paragraph uses more words of its own than in a
 * spaced language. On sentences of our own (four Japanese and Chinese stories going on after a link,
 * four teasers of other stories after it), the stories' next paragraphs share 15-69% of their words with
 * the prose above, the teasers none; a teaser of a story on a like subject (the budget under the
 * railway's costs) shares 17%, and is taken for the story's.
 */
const UNSPACED_STORY_CONTINUED_OVERLAP = 0.12;

/**
 * Whether the lines `under` a box's label share STORY_CONTINUED_OVERLAP of their content words
 * (contentKeys) with the article's `prose` above it, a word shared when both hold one core of it
 * (wordCores): the same word with or without an affix.
 */
function continuesStory(prose: readonly Line[], under: readonly Line[], recordsOf: (line: Line) => readonly Word[]): boolean {
  const story = new Set(prose.flatMap((line) => contentKeys(line, recordsOf)).flatMap(wordCores));
  const keys = under.flatMap((line) => contentKeys(line, recordsOf));
  const shared = keys.filter((key) => wordCores(key).some((core) => story.has(core))).length;
  const overlap = under.some((line) => hasUnspacedLetter(line.text)) ? UNSPACED_STORY_CONTINUED_OVERLAP : STORY_CONTINUED_OVERLAP;
  return keys.length > 0 && shared / keys.length >= overlap;
}

/** Letters of a word's core, at least: a shorter run of letters is part of too many words. */
const MIN_CORE_LETTERS = 4;
/** Letters a word may have around its core: an affix (Hebrew "ה" "the", "ב" "in"; Turkish "-da" "in"). */
const AFFIX_LETTERS = 2;

/**
 * The runs of letters in `key` that leave out AFFIX_LETTERS of its letters at most and hold
 * MIN_CORE_LETTERS at least (a shorter key is its own one core). Two words holding one core are the
 * same word with an affix on or off, in any language: the stemmers strip a few languages' endings,
 * and a language with none (Hebrew, Turkish, Hungarian) had shared only the words it wrote alike:
 * ynet's closing sentence under a link (`החלטת הריבית הבאה …`) shared one of its six words with the
 * story (`החלטת` "the decision of" is `ההחלטה` "the decision" there), and went as page text.
 */
function wordCores(key: string): string[] {
  const letters = [...key];
  const cores: string[] = [];
  for (let length = Math.min(letters.length, Math.max(MIN_CORE_LETTERS, letters.length - AFFIX_LETTERS)); length <= letters.length; length++) {
    for (let start = 0; start + length <= letters.length; start++) cores.push(letters.slice(start, start + length).join(''));
  }
  return cores;
}

/** A word in none of the stopword lists: the page's language may not be the run's. */
const isContentWord = (word: Word): boolean => word.isWord && !stopwordListsOf(word);

/** Finds the words in a run of letters of a script without spaces: ICU's dictionaries go by the script, so a Japanese segmenter splits Chinese and Thai too. */
const UNSPACED_WORDS = segmenterFor('ja')!;
/** Hiragana alone (or with the long-vowel mark): an inflection or a particle, which the Japanese list has in parts ("された", "について"). */
const HIRAGANA_ONLY = /^[\u3041-\u309f\u30fc]+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * The keys of the line's content words (isContentWord) that continuesStory compares: a spaced word's
 * stem, and the content words the segmenter finds in a run of letters of a script without spaces,
 * which the cleaner's tokenizer (the run's language's) reads as one word. Whole clauses, those runs
 * shared nothing with the article, and the paragraph after a link set into a Japanese article ("関連記事")
 * had been page text after it.
 */
function contentKeys(line: Line, recordsOf: (line: Line) => readonly Word[]): string[] {
  const keys: string[] = [];
  for (const word of recordsOf(line)) {
    if (!isContentWord(word)) continue;
    if (!hasUnspacedLetter(word.surface)) {
      keys.push(word.stem);
      continue;
    }
    for (const { segment, isWordLike } of UNSPACED_WORDS.segment(word.lower)) {
      if (isWordLike && HAS_LETTER.test(segment) && !HIRAGANA_ONLY.test(segment) && !inStopwordList(segment)) keys.push(segment);
    }
  }
  return keys;
}

/** Lines a teaser's headline stands over at most in a box of teasers (its sentence, its date). */
const TEASER_LINES_PER_HEADLINE = 2;

/**
 * Whether the lines under a box's label, to the article block's end, are its teasers, whatever
 * their shape: two or more, either prose alone (a sentence or a paragraph of each story), or
 * headlines each over at most TEASER_LINES_PER_HEADLINE lines, one of them prose at most (a
 * teaser's sentence; the other its date or buttons). A label over one link set into the text
 * ("Leia também", a headline, then the article's paragraphs) has one headline over the rest, or
 * the article's subheadings after it, each over its paragraphs: two paragraphs under each had read
 * as teasers, and the article ended at the label.
 */
function isBoxOfTeasers(items: readonly Line[]): boolean {
  if (items.length < 2) return false;
  // A headline ending in a question mark is prose too, and may be the one link set into the text.
  const headlines = items.flatMap((line, k) => (isHeadlineShaped(line) ? [k] : []));
  if (headlines.length === 0) return items.every(isProse);
  if (headlines[0] !== 0 || headlines.length < 2) return false;
  return [...headlines, items.length].every((at, h, all) => {
    if (h === 0) return true;
    const under = items.slice(all[h - 1]! + 1, at);
    return under.length <= TEASER_LINES_PER_HEADLINE && under.filter(isProse).length <= 1;
  });
}

/**
 * A write-up's references or notes at its end (candidate lines `start` to `end`), or null: a
 * heading ("References", "Sources", "Notes", features/notes.ts isReferencesHeading) after the article's
 * first line, inside its block from `first` to `last` or right after it, over numbered items ("1.
 * Hughes, T. P. …", "[1] …"), up to the last of them. Written as sentences, the items stood in the
 * body, their authors' names and journals among the article's terms. Without a heading: notes in
 * brackets or with superscript marks ending the block, or right after it, whose every mark the lines
 * above them cite ("… found.[1]", "… weeks.¹"); a marked line the text does not cite may be anything.
 */
export function referencesAfter(lines: readonly Line[], first: number, last: number): { start: number; end: number } | null {
  for (let k = first + 1; k <= Math.min(last + 1, lines.length - 2); k++) {
    if (!isReferencesHeading(lines[k]!) || !isNumberedReference(lines[k + 1]!)) continue;
    let end = k + 1;
    while (end + 1 < lines.length && isNumberedReference(lines[end + 1]!)) end++;
    return { start: k, end };
  }
  let end = last;
  while (end + 1 < lines.length && noteMark(lines[end + 1]!)) end++;
  let start = end + 1;
  while (start - 1 > first && noteMark(lines[start - 1]!)) start--;
  if (start > end) return null;
  const cited = lines.slice(first, start).map((line) => line.text).join('\n');
  for (let k = start; k <= end; k++) if (!cited.includes(noteMark(lines[k]!)!)) return null;
  return { start, end };
}

/**
 * A line that closes the text as the page's, not the article's: credits, a standards link, a
 * copyright notice, how to cite the page, a rule. An author's bio under the text ("Jane Doe is a
 * reporter covering …") is the page's, as the credits are, and so is the author's e-mail address
 * ("Contact Jane Doe at …"); so are a notice that comments are closed, a newsletter's sign-off
 * ("Thanks for reading. See you Monday."), a letters page's rules ("Letters should be no more
 * than 200 words …"), which the block takes in as sentences, and the site's and author's names signing it (isSiteSignature).
 */
const isPageNoteAfterText = (line: Line, header: readonly Line[] = []): boolean =>
  isContributorLine(line, header) || isSiteSignature(line, header) || isStandardsLink(line) || isCopyrightNotice(line) || isPageCitation(line) || isAuthorBio(line) || isAuthorContact(line) || isCommentsClosedNotice(line) || isWriterSignOff(line) || isLetterRules(line) || ruleMarks(line) > 0;

/**
 * The index of the article's last line in a block from `first` to `last`: the body ends with its
 * last sentence (headlines right after it belong to the list that follows; the lines crediting its
 * reporters are metadata, a link to the outlet's standards is chrome), or with the posts it embeds after that; a block without a sentence ends
 * where it ends. `header`: the page's lines above the article, whose byline tells an author's disclosure (isContributorLine).
 */
export function articleEnd(lines: readonly Line[], first: number, last: number, header: readonly Line[]): number {
  let end = last;
  // Without a sentence in the block there is no last one to end with (a headline over captions).
  // Thai writes no full stop: a Thai paragraph is its sentence, and no headline.
  const sentences = lines.slice(first, last + 1).some((line) => line.endsWithSentencePunctuation || isThaiParagraph(line));
  const headline = (line: Line): boolean => sentences && isHeadlineShaped(line) && !line.endsWithSentencePunctuation && !isThaiParagraph(line);
  // A standards link under the credits ends a Reuters page: it had kept itself and the credit above it in the body.
  // A syndicated wire story ends with a rule, the contributors and the wire's copyright notice ("___",
  // "Associated Press writer … contributed to this report.", "Copyright 2025 The Associated Press …"):
  // the notice after the credit had kept all three in the body.
  // A box's label under the last paragraph ("Most read", "Related Posts") is the page's, as a headline
  // there is; not one that introduces what follows or qualifies the text ("Key Features:", "(Rated R)").
  const boxLabel = (line: Line): boolean => sentences && isLabel(line) && !/[:)\]]$/u.test(line.text);
  const closing = (line: Line): boolean => isPageNoteAfterText(line, header) || headline(line) || boxLabel(line);
  while (end > first && closing(lines[end]!)) end--;
  return embeddedPostsEnd(lines, end);
}

// A list the article introduces ("The tour dates:", "You will need:") is part of it; its items are
// lines of a few words each, up to the first label, menu item or line repeated in other articles.
const LIST_INTRO_MIN_WORDS = 4;
/** One clause ending in a colon ("Related coverage from X: Money:" is a label, not an introduction). */
const LIST_INTRO = /^[^:]+:$/u;
/** Words of a line under such an introduction, which is its item whatever it opens with (a bullet or none: isBulletedItem is not asked). */
const INTRODUCED_ITEM_WORDS = [4, 40] as const;

/** A line introducing a list: one clause of LIST_INTRO_MIN_WORDS or more ending in a colon. */
const isListIntro = (line: Line | undefined): boolean => line !== undefined && line.wordCount >= LIST_INTRO_MIN_WORDS && line.text.endsWith(':') && LIST_INTRO.test(line.text);

/** Whether lines[i] may be an item of a list introduced above it (INTRODUCED_ITEM_WORDS, and in fewer than two articles of the run). */
const isIntroducedItem = (lines: readonly Line[], repeatedIn: readonly number[], i: number): boolean =>
  lines[i]!.wordCount >= INTRODUCED_ITEM_WORDS[0] && lines[i]!.wordCount <= INTRODUCED_ITEM_WORDS[1] && repeatedIn[i]! < 2;

/** A numbered item's number: "15) Thriller (Vinile)", "3. Paris". */
const ITEM_NUMBER = /^(\d{1,3})[.)]\s/u;
const itemNumber = (line: Line): number | null => {
  const found = ITEM_NUMBER.exec(line.text);
  return found ? Number(found[1]) : null;
};

/**
 * The last item of the list introduced at lines[intro], up to lines[limit]; `intro` when there is
 * none. An item is isIntroducedItem's, or, however short, the next number of a numbered list (a gift
 * list's "15) Thriller (Vinile)", three words, had ended it, and its items 16 to 22 were lost as
 * headlines after the article). With `closedByBreak`, the items after the first stand one right
 * under the other (rightUnder), and the first break ends the list.
 */
function introducedItemsEnd(lines: readonly Line[], repeatedIn: readonly number[], intro: number, limit: number, closedByBreak: boolean): number {
  let end = intro;
  let numbered: number | null = null;
  for (; end + 1 <= limit && (end === intro || !closedByBreak || rightUnder(lines, end + 1)); end++) {
    const number = itemNumber(lines[end + 1]!);
    const nextNumber = numbered !== null && number === numbered + 1 && lines[end + 1]!.wordCount <= INTRODUCED_ITEM_WORDS[1] && repeatedIn[end + 1]! < 2;
    if (!nextNumber && !isIntroducedItem(lines, repeatedIn, end + 1)) break;
    numbered = number ?? numbered;
  }
  return end;
}

/**
 * Index of the last line of the article once a list introduced by its last line(s) is taken in. A
 * list set right under its introduction ends at its first break: the related headlines a blank line
 * under "The proposed cuts include:" and its items had been taken in as more items. One set apart
 * from it, a blank line under the introduction, may have one between its items too (an Italian
 * gift list's items, each over its link, a blank line between them, all in its page's gold).
 */
export function introducedListEnd(lines: readonly Line[], repeatedIn: readonly number[], last: number): number {
  const intro = [last, last + 1].find((i) => isListIntro(lines[i]));
  if (intro === undefined || intro + 1 >= lines.length) return last;
  const end = introducedItemsEnd(lines, repeatedIn, intro, lines.length - 1, rightUnder(lines, intro + 1));
  return end > intro ? end : last;
}

/** Items a list inside the article has at least for them to stay however weak. */
const MIN_INTRODUCED_ITEMS = 2;

/**
 * The items of the lists the article introduces inside its block from `first` to `last`, into
 * `kept`: under a line introducing a list (isListIntro: "Expected totals through Sunday:"),
 * MIN_INTRODUCED_ITEMS or more items (isIntroducedItem) on lines one right under the other (a blank
 * line ends the list: "Watch: Storm Team 2 forecast …" under a storm's snowfall totals is a video's
 * link), the article going on after them. Short and without a sentence ("East Aurora and Boston:
 * 20 to 36 inches"), the items had been dropped as weak lines, and the introduction left over
 * nothing; introducedListEnd took in such a list only at the block's end.
 */
export function introducedListsInside(lines: readonly Line[], repeatedIn: readonly number[], first: number, last: number, kept: Set<number>): void {
  for (let k = first; k < last; k++) {
    if (!isListIntro(lines[k])) continue;
    const end = introducedItemsEnd(lines, repeatedIn, k, last - 1, true);
    if (end - k < MIN_INTRODUCED_ITEMS) continue;
    for (let item = k + 1; item <= end; item++) kept.add(item);
    k = end;
  }
}

/**
 * An obituary's closing line of its subject's life dates ("Tomas Varga, clockmaker, born 14 June 1938;
 * died 20 November 2026"): a name and roles, then born and died. Shaped like a headline, under the
 * last paragraph, it had been removed as an unrelated headline after the article.
 */
const LIFE_DATES = /^\p{Lu}[^;]{0,150}, born [^;]{4,80}; died [^;]{4,80}$/u;

/** The article's last candidate line once a life-dates line right under `last` is taken in (into `kept`). */
export function lifeDatesAfter(lines: readonly Line[], last: number, kept: Set<number>): number {
  const next = lines[last + 1];
  if (!next || !LIFE_DATES.test(next.text)) return last;
  kept.add(last + 1);
  return last + 1;
}

/**
 * A quotation's source in square brackets under it, as religious and scholarly posts cite a saying or a passage: "[HR.
 * At-Tirmidzi no. 1997]" (a hadith's collection and number), "[Ni’matul Ukhuwah hal. 41]" (a book's page), "[Matthew 5:9]". One
 * or two lines, opening with "[" and closing with "]", with a figure (a number, a page, a verse), right under a paragraph
 * ending with a closing quotation mark. Short and without a sentence, it had been dropped inside the text ("no sentence
 * punctuation"), or under the last paragraph as an unrelated headline.
 */
const QUOTATION_END = /[”"»]$/u;
const MAX_QUOTATION_SOURCE_LINES = 2;
const MAX_QUOTATION_SOURCE_WORDS = 25;
/** The index of the last line of a bracketed source opening at lines[k] (QUOTATION_END's note), else null. */
function quotationSourceEnd(lines: readonly Line[], k: number): number | null {
  if (!lines[k]!.text.startsWith('[')) return null;
  let words = 0;
  for (let j = k; j < Math.min(lines.length, k + MAX_QUOTATION_SOURCE_LINES); j++) {
    const text = lines[j]!.text;
    words += lines[j]!.wordCount;
    if (words > MAX_QUOTATION_SOURCE_WORDS || (j > k && text.includes('['))) return null;
    if (text.endsWith(']')) return lines.slice(k, j + 1).some((line) => line.digitShare > 0) && !text.slice(0, -1).includes(']') ? j : null;
    if (text.includes(']')) return null;
  }
  return null;
}

/** The article's last candidate line once the bracketed sources under its quotations are kept (into `kept`), the one under its last paragraph too. */
export function quotationSourcesKept(lines: readonly Line[], first: number, last: number, kept: Set<number>): number {
  let end = last;
  for (let k = first + 1; k <= end + 1 && k < lines.length; k++) {
    if (!QUOTATION_END.test(lines[k - 1]!.text)) continue;
    const sourceEnd = quotationSourceEnd(lines, k);
    if (sourceEnd === null) continue;
    for (let j = k; j <= sourceEnd; j++) kept.add(j);
    end = Math.max(end, sourceEnd);
    k = sourceEnd;
  }
  return end;
}

/** A football team's line-up with its formation: "Aston Villa (4-2-3-1): Martínez; Cash, Konsa, Torres, Digne; …". */
const LINEUP_WITH_FORMATION = /^[^:;()]{2,40}\(\d(?:-\d){2,3}\):?\s+[^;]+(?:;[^;]+){2,}$/u;
/** A team's list under its name: players in groups parted by semicolons ("Newcastle: Pope 5; Trippier 6, Schär 5; …"). */
const TEAM_LIST = /^[^:;]{2,40}:\s+[^;]+(?:;[^;]+){2,}$/u;
/** A field of a match report's team sheet: "Half-time: Aston Villa 1-1 Newcastle", "Subs not used: …", "Booked: …". */
const TEAM_SHEET_FIELD = /^(?:half-time|full-time|subs(?: not used)?|substitutes|booked|bookings|sent off|goals|scorers|referee|attendance|venue)\s*:\s+\S/iu;
/** Words of a heading in a team sheet at most ("Player ratings"). */
const MAX_TEAM_SHEET_HEADING_WORDS = 3;
/** A team sheet's heading naming it ("Line-ups", "Confirmed lineups", "Starting XI"). */
const LINEUPS_HEADING = /^(?:(?:team|starting|confirmed) )?(?:line-?ups?|starting (?:xi|eleven))$/iu;
/**
 * A side's players parted by commas, seven names at least, maybe under the team's name and its colon ("Raya, White,
 * Saliba, Gabriel, Timber, Rice, Ødegaard, Partey, Saka, Havertz, Martinelli."): each a capitalised name of up to four
 * words ("de Ligt" too).
 */
const PLAYER_LIST = /^(?:[^:;,]{2,40}:\s+)?(?:(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3},\s+){6,}(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\.?$/u;
const isTeamList = (line: Line): boolean => TEAM_LIST.test(line.text) || PLAYER_LIST.test(line.text);
/** A player alone on the line with the shirt's number, as a live page lists a side: "22 Mitoma", "29 Van Hecke". */
const SQUAD_NUMBER_LINE = /^\d{1,2}\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;
/** Players one a line in a side's list at least, as PLAYER_LIST's names. */
const MIN_SQUAD_LINES = 7;
/** The lines from `from` on in runs of MIN_SQUAD_LINES squad lines (SQUAD_NUMBER_LINE) or more: a side's list one player a line. */
function squadRuns(lines: readonly Line[], from: number): Set<number> {
  const runs = new Set<number>();
  let start = from;
  for (let k = from; k <= lines.length; k++) {
    if (k < lines.length && SQUAD_NUMBER_LINE.test(lines[k]!.text)) continue;
    if (k - start >= MIN_SQUAD_LINES) for (let j = start; j < k; j++) runs.add(j);
    start = k + 1;
  }
  return runs;
}

/**
 * The article's last candidate line once a match report's team sheet right under `last` is taken in
 * (into `kept`): line-ups, one with its formation at least ("Aston Villa (4-2-3-1): Martínez; Cash,
 * …"), the sheet's fields ("Subs not used: …", "Booked: …") and a short heading over a team's list
 * ("Player ratings"). The Guardian sets them under the report: lists of names, they had been
 * headlines after the article, and a report's players were lost. The benchmarks' gold keeps a results
 * page's team lines ("Viera (4-0): K. Hupfer 1 goal. …"). A formation makes the sheet: two lists of a
 * group's papers parted by semicolons ("Nova Scotia: Amherst Daily News; Cape Breton Post; …") are none. A
 * heading naming the line-ups makes it too: a match's text commentary closes with them ("Line-ups", "Arsenal", then
 * the players parted by commas), and they are its players as much as the report's (session 40); or one player a line
 * with the shirt's number ("22 Mitoma", squadRuns, session 41).
 */
export function teamSheetAfter(lines: readonly Line[], last: number, kept: Set<number>): number {
  const squads = squadRuns(lines, last + 1);
  const isTeamLine = (k: number): boolean => squads.has(k) || isTeamList(lines[k]!);
  const isSheetLine = (k: number): boolean => {
    const line = lines[k]!;
    if (LINEUP_WITH_FORMATION.test(line.text) || isTeamLine(k) || TEAM_SHEET_FIELD.test(line.text) || LINEUPS_HEADING.test(line.text)) return true;
    return line.wordCount <= MAX_TEAM_SHEET_HEADING_WORDS && !line.endsWithSentencePunctuation && k + 1 < lines.length && isTeamLine(k + 1);
  };
  let end = last;
  while (end + 1 < lines.length && isSheetLine(end + 1)) end++;
  const sheet = lines.slice(last + 1, end + 1);
  const named = sheet.length > 0 && LINEUPS_HEADING.test(sheet[0]!.text) && sheet.some((_, k) => isTeamLine(last + 1 + k));
  if (!named && !sheet.some((line) => LINEUP_WITH_FORMATION.test(line.text))) return last;
  for (let k = last + 1; k <= end; k++) kept.add(k);
  return end;
}
