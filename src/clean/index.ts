// Clean: decide, line by line, what of a scraped page is the article. Every line gets a kind
// (title / metadata / body / boilerplate / headline); only the body is kept, and every other
// non-empty line is recorded with the reason it was removed.
//
//   1. describe each line of the page (page-lines.ts: what both passes read) in the page's own
//      language, guessed from stopword hits (scored-lines.ts, lines.ts, text/language-guess.ts);
//   2. score it with the line model (line-features.ts, model.ts): probability of being article body;
//   3. remove what is never article text, wherever it stands: the config's site patterns, metadata
//      lines (bylines, dates: lifted into the metadata; metadata/), the ANYWHERE_RULES (picture credits, time
//      stamps, paywall notices...: chrome/, a module a kind), lines repeated across the run's
//      articles that do not read as prose (line-rules.ts removeAnywhere). Steps 1 to 3 give the Page (page.ts);
//   4. the article is the densest block of body-like lines that holds prose (block.ts; bounds.ts),
//      its edges moved over what a page sets inside an article and off what closes it (edges/; live
//      blogs: live-blog.ts); lines before it hold the title and the header (title/, header.ts; line-rules.ts removeHead),
//      lines after it are related headlines and footer (line-rules.ts removeTail); weak lines inside it are
//      dropped; kept-article.ts makes the result.
//
// The method is general: site-specific lines come from the config's boilerplatePatterns, and lines
// repeated across many articles of the same run are site chrome (page-keys.ts lineKey, the pipeline's
// line-repetition pass).
import { findIsoDate } from '../text/dates.js';
import { unwrapLines } from '../text/sentences.js';
import type { CleanArticle, CleanArticleWithWords, RawArticle } from '../types.js';
import { continuesStory } from './edges/continues-story.js';
import { introducedListEnd, introducesWhatFollows } from './edges/lists.js';
import { firstBriefHeading, linksUnderLabels } from './edges/story-links.js';
import { droppedTables, figureRows } from './edges/tables.js';
import { embeddedPostLines } from './embedded.js';
import { isCommentsLink } from './chrome/comments.js';
import { isCopyrightNotice } from './chrome/copyright.js';
import { isTopicTags } from './chrome/links.js';
import { isRunningHead } from './chrome/printout.js';
import { proseBlock } from './block.js';
import { headerLine, headerName } from './header.js';
import { articleBounds, type Bounds } from './bounds.js';
import { readPage, type CleanContext, type Page } from './page.js';
import { capitalsNameOverText, headerByline } from './metadata/header-byline.js';
import { isLetterClosing, soleLetterClosing } from './metadata/names.js';
import { monthFirstDottedDate } from './metadata/date-lines.js';
import { positionOf, type Line, type LineNumber, type PositionInCandidates, type PositionInLines, type RecordsOf } from './lines.js';
import { AFTER_ARTICLE_RULES, DATA_TABLE_ROW, KEY_EVENTS, NAVIGATION, PICTURE_CREDIT, READER_COMMENTS, removeHead, removeTail, weakReason } from './line-rules.js';
import { pageSource, removedLineGives } from './metadata/page-source.js';
import { isSiteAddress } from './metadata/page-addresses.js';
import { isProse } from './line-shape.js';
import { keptArticle } from './kept-article.js';
import { placedWordsOf } from './scored-lines.js';
import { liveBlogHead } from './live-blog.js';
import { isAcademicAuthorLine, isEditNote } from './metadata/credits.js';
import { DEFAULT_MODEL, explainRemoval } from './model.js';
import { isCopyrightHolder } from './metadata/site-notice.js';
import { bodyVocabulary, headlineOf, isHeadlineShaped, readsAs, type BodyReading } from './title/headlines.js';
import { findTitle } from './title/title.js';
import { TITLE_UNDER_CAPTIONS } from './title/title-fallback.js';
import { pressReleaseClosing } from './release.js';
import { repeatedLines } from './repeats.js';
import { navigationPage } from './navigation.js';
import { BYLINE_REASON, HEADER_REASON, isCaptionOverHeader, isRemovedAs, removeHeaderInBlock, titleCandidates, wrappedHeadlineRest } from './title/title-lines.js';

// The stage's surface: code outside clean/ imports the context with cleanArticle from here.
export type { CleanContext };

/** How far into the text a repeat of its title is looked for: a caption may stand between them. */
const TITLE_REPEAT_LINES = 3;

export function cleanArticle(raw: RawArticle, context: CleanContext): CleanArticle {
  return cleanWithWords(raw, context).article;
}

/**
 * cleanArticle, with the words the cleaner found in each body paragraph (for tokenizeArticle). Its steps, each reading
 * what the ones before gave: the page scored and cleared of what is never article text (readPage); a page of
 * navigation alone, kept empty (navigation.ts); the densest block of prose (block.ts proseBlock) and the article's edges
 * (articleBounds); the page parted around the article (articleParts), what metadata lines after page text there set
 * undone (undoMetadataAfterPageText); the lines inside it that are not its text removed (removeInsideArticle); its title
 * (articleTitle); a byline the header gives without a label (metadata/header-byline.ts headerByline); the lines over and
 * after it removed (line-rules.ts removeHead, removeTail); an academic author's line as the byline; its source
 * (metadata/page-source.ts pageSource); a printed page's running head's date.
 */
export function cleanWithWords(raw: RawArticle, context: CleanContext): CleanArticleWithWords {
  const page = readPage(raw, context);
  const { lines, removed, lifted, dateOrder, candidates, candidateLines } = page;
  const { metadata } = lifted;
  const { words, probabilities, cuts } = page.scoredLines;
  const navigation = navigationPage(lines.filter((line) => removed.get(line.number)?.kind !== 'metadata'), candidateLines);
  if (navigation) {
    for (const line of candidateLines) page.remove(line, 'boilerplate', NAVIGATION);
    return keptArticle(raw, lines, words, removed, lifted, cuts, dateOrder, { emptyBecause: navigation });
  }
  const scored = candidates.map((i, k) => ({ probability: probabilities[i]!, words: lines[i]!.wordCount, removedBefore: i - (k > 0 ? candidates[k - 1]! + 1 : 0) }));
  const found = proseBlock(scored, candidateLines);
  if (!found) return keptArticle(raw, lines, words, removed, lifted, cuts, dateOrder);
  const bounds = articleBounds(page, found);
  const parts = articleParts(page, bounds);
  undoMetadataAfterPageText(page, parts.tail);
  const body = removeInsideArticle(page, bounds, parts);
  const reading: BodyReading = { bodyStems: bodyVocabulary(body, (line) => placedWordsOf(words, line), context), vocabulary: context, recordsOf: page.recordsOf };
  const { title, entryHeading, summary } = articleTitle(page, bounds, parts, body, reading);
  pastSiteAddress(page, body);
  headerByline(page, bounds, parts, body, title, entryHeading);
  storyDateUnderHeadline(page, parts, title?.line, body);
  if (metadata.date !== null) metadata.date = monthFirstDottedDate(lines, metadata.date, dateOrder) ?? metadata.date;
  removeHead(lines, parts.headAt, entryHeading, summary, metadata.title, page.remove);
  removeTail(lines, parts.tailAt, metadata, bounds.aboveArticle, reading, page.remove, page.scoredLines.signed);
  // An academic author's line under the title (The Conversation's "Jane Doe, Professor of Economics,
  // University of Leeds") is the byline when no line gave one, not the body's first paragraph.
  const academic = metadata.byline === null ? headerLine(lines, parts.firstInBlock, title?.line, isAcademicAuthorLine) : null;
  if (academic) {
    page.relabel(academic, 'metadata', 'byline');
    metadata.byline = academic.text;
  }
  const source = pageSource(page, parts.firstInBlock, title);
  // A printed page's date in its running head ("THE HARBOUR GAZETTE   Friday, December 4, 2026   Page A3", a PDF's
  // text), when no line gave one: a newspaper's page dates its stories there only.
  metadata.date ??= removedLineGives(lines, removed, (line) => (isRunningHead(line) ? findIsoDate(line.text, dateOrder) : null)) ?? null;
  return keptArticle(raw, lines, words, removed, lifted, cuts, dateOrder, { pageSource: source });
}

/** The page parted around the article: the lines over it, its own, a list its text introduces after it, the lines after. */
interface Parts {
  /** The candidate lines over the article not removed yet: as positions in `lines`, and as lines. */
  headAt: readonly PositionInLines[];
  head: readonly Line[];
  /** The article's lines. */
  inside: readonly PositionInLines[];
  /** The lines of a list the text introduces, after its last line (kept). */
  list: readonly Line[];
  /** The candidate lines after the article and its list: as positions in `lines`, and as lines. */
  tailAt: readonly PositionInLines[];
  tail: readonly Line[];
  /** The article's first line. */
  firstInBlock: LineNumber;
}

/** The page parted around the article (Parts); the desk's edit notes over it removed on the way. */
function articleParts(page: Page, bounds: Bounds): Parts {
  const { lines, candidates, candidateLines, removed, remove } = page;
  const { first, last } = bounds;
  // Edit notes are the desk's, not the article's, nor its title; they open the block or stand before it.
  let firstText = first;
  while (firstText < last && isEditNote(lines[candidates[firstText]!]!)) firstText++;
  for (const i of candidates.slice(0, firstText)) if (isEditNote(lines[i]!)) remove(lines[i]!, 'metadata', 'wire edit note');
  const inside = candidates.slice(first, last + 1);
  // Kept as they are: list items are short and weak by every line feature.
  const listEnd = introducedListEnd(candidateLines, bounds.repeatedInCandidates, last);
  const list = candidates.slice(last + 1, listEnd + 1).map((i) => lines[i]!);
  const headAt = candidates.slice(0, first).filter((i) => !removed.has(lines[i]!.number));
  const head = headAt.map((i) => lines[i]!);
  const tailAt = candidates.slice(listEnd + 1);
  const tail = tailAt.map((i) => lines[i]!);
  return { headAt, head, inside, list, tailAt, tail, firstInBlock: lines[candidates[first]!]!.number };
}

/**
 * A date, byline or source line after the article and after page text there (`tail`'s first line) is a related post's, a
 * reader comment's or a related link's credit: the metadata it set goes back to what it was before it (line-rules.ts Dating,
 * Bylining, Sourcing). One closing the article, nothing kept between them, still dates, signs or sources it.
 */
function undoMetadataAfterPageText(page: Page, tail: readonly Line[]): void {
  const { metadata } = page.lifted;
  const { datings, bylinings, sourcings } = page.anywhere;
  const pageTextAt = pageTextStart(page, tail);
  const tailDating = datings.find((dating) => dating.line > pageTextAt);
  if (tailDating) metadata.date = tailDating.before;
  const tailBylining = bylinings.find((bylining) => bylining.line > pageTextAt);
  if (tailBylining) metadata.byline = tailBylining.before;
  const tailSourcing = sourcings.find((sourcing) => sourcing.line > pageTextAt);
  if (tailSourcing) metadata.source = tailSourcing.before;
}

/**
 * The number of the first line of page text after the article. A letter's closing ("Yours faithfully,"), the page's only one,
 * opening what follows the article is the letter's, and so are the writer's signature under it and a date line under that: a
 * reader's letter is dated where it is signed.
 */
function pageTextStart(page: Page, tail: readonly Line[]): number {
  const [closing, , underSignature] = tail;
  if (closing === undefined || !isLetterClosing(closing) || soleLetterClosing(page.lines) !== closing) return closing?.number ?? Infinity;
  const datesLetter = underSignature !== undefined && page.anywhere.datings.some((dating) => dating.line === underSignature.number);
  return tail[datesLetter ? 3 : 2]?.number ?? Infinity;
}

/**
 * A date over the headline later than a date line under it, before the text, is the page's, not the story's: the day the
 * page was read, as a paper sets it by its masthead with a time or words of its own ("Tue 15 Dec 2026 | 20:58 EST", "Search |
 * Classifieds  December 20, 2026" over a wire story's "Mon Dec 14, 2026 11:16am EST"), which isDayStamp does not know. The
 * date line under the headline dates the story (its update's date if no other, as a sports page gives only "Last Updated:
 * …"), and so does one between them labelled as the publication's ("Published: …") or right over the headline (a regional
 * paper's "4 December 2026 - 3:42PM" under its section's label, a portal's "06.12.2026 01:07" under its menu: the story's
 * own, set with it). A date over the headline labelled so is the story's; an earlier date is required, as the page's day
 * is the latest a page prints.
 */
function storyDateUnderHeadline(page: Page, parts: Parts, headline: Line | undefined, body: readonly Line[]): void {
  const { metadata, dateLines } = page.lifted;
  const textAt = body[0]?.number;
  const pageTextAt = pageTextStart(page, parts.tail);
  // The line that set the date, as undoMetadataAfterPageText left it.
  const setting = page.anywhere.datings.findLast((dating) => dating.line < pageTextAt);
  if (metadata.date === null || headline === undefined || textAt === undefined || setting === undefined || setting.line >= headline.number) return;
  if (dateLines.some((reading) => reading.line === setting.line && reading.published)) return;
  const day = metadata.date.slice(0, DAY_CHARS);
  const overHeadline = page.lines[positionOf(page.lines, headline) - 1]?.number;
  // A dotted date is compared as monthFirstDottedDate reads it: a US paper's "Published: 03.05.2026" under its headline, read 3 May, is
  // later than the masthead's "Tue, March 10, 2026", read 5 March it is not.
  const dateOf = (date: string): string => monthFirstDottedDate(page.lines, date, page.dateOrder) ?? date;
  const under = dateLines.filter(
    (reading) =>
      reading.line > setting.line &&
      reading.line < textAt &&
      (reading.line > headline.number || reading.published || reading.line === overHeadline) &&
      dateOf(reading.date).slice(0, DAY_CHARS) < day,
  );
  const story = under.find((reading) => !reading.update) ?? under[0];
  // Set as read: cleanWithWords reads the date month first after this, whichever line set it.
  if (story) metadata.date = story.date;
}

/** The characters of an ISO date's day ("2026-12-14"), before its time. */
const DAY_CHARS = 10;

/**
 * The lines inside the article that are not its text, removed: a press release's closing sections, a box of other stories
 * and links under labels, tables of figures, reader comments' links, weak lines (the line model's reason), the header's
 * lines the block opened with (title-lines.ts removeHeaderInBlock), paragraphs given twice. Gives the body: the article's
 * lines left, and the list its text introduces.
 */
function removeInsideArticle(page: Page, bounds: Bounds, parts: Parts): Line[] {
  const { lines, candidates, candidateLines, removed, remove, context } = page;
  const { features } = page.scoredLines;
  const { first, last, keptHoweverWeak, weak, storyBox, cells, headings } = bounds;
  const { inside, list } = parts;
  const model = context.model ?? DEFAULT_MODEL;
  // A press release's closing sections (About, forward-looking statements, contacts), inside the block or just after it.
  for (const [k, reason] of pressReleaseClosing(candidateLines, first, last)) remove(candidateLines[k]!, 'boilerplate', reason);
  for (const k of storyBox) remove(candidateLines[k]!, 'headline', 'link to another story');
  // Each link stands right under its label or the link before it: a key events box's links take its reason.
  for (const k of linksUnderLabels(lines, candidates, first, last, removed, keptHoweverWeak)) {
    const above = removed.get(lines[candidates[k]! - 1]!.number)?.reason;
    remove(candidateLines[k]!, 'headline', above === KEY_EVENTS ? KEY_EVENTS : 'link to another story');
  }
  const quoted = embeddedPostLines(candidateLines, first, last, weak);
  const dropped = (k: PositionInCandidates): boolean => weak(k) && !quoted.has(k) && !keptHoweverWeak.has(k) && !headings.has(k);
  const table = droppedTables(lines, candidates, first, last, dropped);
  for (const k of cells) table.add(k);
  // The last row of a results or standings table above the article may open its block ("4. Aston
  // Villa 55" under "3. Man City 59", next to the report's prose): it is the table's, not the text's.
  const rowsAbove = figureRows(candidateLines.slice(Math.max(0, first - 2), first + 2));
  if (first > 0 && rowsAbove.has(candidateLines[first - 1]!)) for (let k = first; k < last && rowsAbove.has(candidateLines[k]!); k++) table.add(k);
  // Why the block's line goes, or null where it stays.
  const goesAs = (k: PositionInCandidates): string | null => {
    const line = candidateLines[k]!;
    if (table.has(k)) return DATA_TABLE_ROW;
    if (isCommentsLink(line)) return READER_COMMENTS;
    if (isTopicTags(line)) return NAVIGATION;
    return dropped(k) && !introducesKept(k) ? weakReason(lines, candidates[k]!, explainRemoval(features.row(candidates[k]!), model)) : null;
  };
  // A line introducing what follows ("With 78 per cent counted, the figures showed:", "Third Quarter Highlights") is the text's
  // where the line under it stays (the list under it, inside the block or right after it): no sentence's punctuation, it scores weak.
  const introducesKept = (k: PositionInCandidates): boolean =>
    introducesWhatFollows(candidateLines[k]) && (k < last ? !removed.has(candidateLines[k + 1]!.number) && goesAs(k + 1) === null : list.length > 0);
  inside.forEach((i, k) => {
    const reason = goesAs(first + k);
    if (reason !== null) remove(lines[i]!, 'boilerplate', reason);
  });
  removeHeaderInBlock(lines, inside.filter((i) => !removed.has(lines[i]!.number)), removed, remove);
  // A body scraped twice into one file, a pull quote: else its words count twice.
  for (const [line, reason] of repeatedLines(inside.map((i) => lines[i]!).filter((line) => !removed.has(line.number)))) remove(line, 'boilerplate', reason);
  return [...inside.map((i) => lines[i]!).filter((line) => !removed.has(line.number)), ...list];
}

/**
 * The article's title (title.ts findTitle, among title-lines.ts titleCandidates), removed as such with a repeat of it
 * opening the text, and set as the metadata's when the input gave none; and where a live blog's or a brief's head is
 * (live-blog.ts liveBlogHead, edges/story-links.ts firstBriefHeading): its entry's heading and summary, which removeHead keeps.
 */
function articleTitle(
  page: Page, bounds: Bounds, parts: Parts, body: readonly Line[], reading: BodyReading,
): { title: { line: Line; reason: string } | null; entryHeading: Line | null | undefined; summary: readonly Line[] } {
  const { raw, lines, removed, remove, recordsOf } = page;
  const { metadata } = page.lifted;
  const { repeated } = page.anywhere;
  const { head, inside, tail, firstInBlock } = parts;
  const listed = lines.filter((line) => line.number < firstInBlock && repeated.has(line.number));
  const isMetadata = (line: Line): boolean => removed.get(line.number)?.kind === 'metadata';
  // Whether the line right under this one was removed as metadata for one of these reasons.
  const overMetadata = (line: Line, reason: RegExp): boolean => {
    const under = lines[positionOf(lines, line) + 1];
    return under !== undefined && isRemovedAs(removed, under, reason);
  };
  // A line right over the header's date line or byline as removed (findTitle's `overHeaderLine`; its `overHeader` is overHeaderOrName below).
  const overHeaderLine = (line: Line): boolean => overMetadata(line, HEADER_REASON);
  const liveHead = liveBlogHead(lines, head, firstInBlock, lines[inside[inside.length - 1]!]!.number, isMetadata, bounds.stampOpened);
  const briefHeading = liveHead.entryHeading ? null : firstBriefHeading(lines, head, body, isMetadata, overHeaderLine);
  const { titleSearch, entryHeading, summary } = briefHeading ? { ...liveHead, titleSearch: head.filter((line) => line !== briefHeading), entryHeading: briefHeading } : liveHead;
  // A line a rule takes for the page's after the article (a share button, a copyright notice) is
  // never the article's headline listed there: "Share on Facebook" shares half its words with a body that says "shared".
  // Nor is the outlet's name the copyright notice holds (a newsletter's footer repeats it over its address).
  const copyrightNotices = tail.filter(isCopyrightNotice);
  const tailHeadlines = tail.filter((line) => !AFTER_ARTICLE_RULES.some(([test]) => test(line)) && !isCopyrightHolder(line, copyrightNotices));
  const { candidates, headlineInBlock } = titleCandidates(lines, removed, titleSearch, body, firstInBlock, copyrightNotices, overHeaderLine);
  // The author's name alone next to the header's date line, read as the byline only after the title (metadata/header-byline.ts headerByline): to the
  // title's search the line over it stands over the header. ZDNet sets its headline and standfirst over "James Harrowby" over
  // the date line, and a picture's caption further up, sharing more of the body's words, would be the title.
  // So does a name in capitals right over the text (the Sun papers' "JANE DOE" under the headline, no date line on the page).
  const authorName = metadata.byline === null ? (headerName(lines, removed, repeated, firstInBlock, []) ?? capitalsNameOverText(lines, firstInBlock, undefined)) : null;
  // So does the line over a picture's caption over its credit over the header (isCaptionOverHeader: BILD's standfirst).
  const overHeaderOrName = (line: Line): boolean => {
    const under = positionOf(lines, line) + 1;
    return overHeaderLine(line) || (authorName !== null && lines[under] === authorName) || isCaptionOverHeader(lines, under, removed, authorName);
  };
  // Over the byline, or over a date line right over it: WordPress sets a post's title over its date over "Posted by …"; or over that
  // author's name alone.
  const overByline = (line: Line): boolean => {
    const under = lines[positionOf(lines, line) + 1];
    return overMetadata(line, BYLINE_REASON) || (under !== undefined && isRemovedAs(removed, under, HEADER_REASON) && overMetadata(under, BYLINE_REASON)) || (authorName !== null && under === authorName);
  };
  const articlesWith = (line: Line): number => page.scoredLines.repeatedIn[positionOf(lines, line)] ?? 1;
  const title = findTitle({ ...reading, head: candidates, listed, articlesWith, body, tail: tailHeadlines, page: lines, metadata, overHeader: overHeaderOrName, overByline, overHeaderLine });
  if (title) {
    if (repeated.has(title.line.number) || title.line === headlineInBlock) removed.delete(title.line.number);
    remove(title.line, 'title', title.reason);
  }
  // A headline the site breaks inside reaches the text as two lines; its second, a menu's short line to the page's rules, is the title's too.
  const rest = title && !raw.givenMetadata.title ? wrappedHeadlineRest(lines, title.line, headlineOf(title.line), removed, body) : null;
  if (rest) {
    removed.delete(rest.number);
    remove(rest, 'title', 'title (its second line)');
  }
  // The captions a headline was found under (title-fallback.ts headlineUnderCaptions) are no text, whatever words they share.
  if (title?.reason === TITLE_UNDER_CAPTIONS) for (const line of body) if (line.number < title.line.number) remove(line, 'boilerplate', PICTURE_CREDIT);
  if (title && title.line === headlineInBlock) for (const line of pageTextOverHeadline(lines, body, title.line, recordsOf)) remove(line, 'boilerplate', 'page text before the article');
  // A title that the text repeats as one of its first lines is no body text: else it counts as a
  // sentence, its words as terms. Scraped records repeat the title the input gave (JSONL `title`);
  // pages set the headline twice, in the header and again over the text (Japanese blogs: a
  // headline ending in "！？" reads as a sentence, and the block opens with the second copy).
  const givenTitle = raw.givenMetadata.title;
  const headline = title && headlineOf(title.line) + (rest ? ` ${rest.text}` : '');
  const titleText = givenTitle || headline;
  const repeatsTitle = titleText ? readsAs(titleText) : null;
  const repeat = repeatsTitle ? body.slice(0, TITLE_REPEAT_LINES).find((line) => line !== title?.line && repeatsTitle(line.text)) : undefined;
  if (repeat) remove(repeat, 'title', givenTitle ? 'title (given by the input, repeated in the text)' : 'title (repeated in the text)');
  if (title) metadata.title ??= headline;
  return { title, entryHeading, summary };
}

/**
 * The body's lines over the headline found inside the block (title-lines.ts titleCandidates' headlineInBlock): the page's,
 * which the block opened with (a CBS station's teasers, other stories' headlines run into their summaries; a blog network's ad
 * and tagline; a caption over the headline), which would stay in the body once the headline is found among them. Not an article of
 * its own under its own headline, the first of them or the line right over them sharing the words of those under it
 * (continuesStory): two articles pasted into one file, the first unsigned, are kept as one body, with a warning (pasted.ts).
 */
function pageTextOverHeadline(lines: readonly Line[], body: readonly Line[], headline: Line, recordsOf: RecordsOf): Line[] {
  const over = body.filter((line) => line.number < headline.number);
  if (over.length === 0) return over;
  // Its headline opens them, or stands right over them (removed as page text over the block).
  const [heading, text] = isHeadlineShaped(over[0]!) ? [over[0], over.slice(1)] : [lines.slice(0, positionOf(lines, over[0]!)).findLast((line) => line.wordCount > 0), over];
  // Not every line of an article is headline-shaped, as a box of betting offers' are ("Claim 50 free spins …!").
  return heading && isHeadlineShaped(heading) && !text.every(isHeadlineShaped) && continuesStory(text, [heading], recordsOf) ? [] : over;
}

/**
 * The body's first line removed when, the title removed over it, it is a site's address alone over prose (metadata/page-addresses.ts
 * isSiteAddress): a broadcaster's "toronto.example.ca" under its headline, a wire feed's "http://www.example.com" under the date line.
 * It names the site, not the story; under the text's first paragraph an address is a link the article gives.
 */
function pastSiteAddress(page: Page, body: readonly Line[]): void {
  const [opening, next] = body.filter((line) => !page.removed.has(line.number));
  if (opening !== undefined && next !== undefined && isSiteAddress(opening) && isProse(next)) page.remove(opening, 'boilerplate', 'page text before the article');
}

/** For input that is already clean (`--no-clean`): paragraphs as given, metadata from the input. */
export function passThrough(raw: RawArticle): CleanArticle {
  const body = raw.text
    .split(/\n\s*\n/)
    .map(unwrapLines)
    .filter(Boolean)
    .join('\n\n');
  return {
    id: raw.id,
    sourceFile: raw.sourceFile,
    encoding: raw.encoding,
    metadata: { ...raw.givenMetadata },
    body,
    removedLines: [],
    warnings: body ? [...raw.warnings] : [...raw.warnings, 'empty text'],
  };
}
