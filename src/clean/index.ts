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
//      articles that do not read as prose (line-rules.ts removeAnywhere);
//   4. the article is the densest block of body-like lines that holds prose (block.ts),
//      its edges moved over what a page sets inside an article and off what closes it (edges/; live
//      blogs: live-blog.ts); lines before it hold the title and the header (title/, header.ts; line-rules.ts removeHead),
//      lines after it are related headlines and footer (line-rules.ts removeTail); weak lines inside it are
//      dropped; kept-article.ts makes the result.
//
// The method is general: site-specific lines come from the config's boilerplatePatterns, and lines
// repeated across many articles of the same run are site chrome (page-keys.ts lineKey, the pipeline's
// line-repetition pass).
import { findIsoDate, languageDateOrder, pageDateOrder } from '../text/dates.js';
import { unwrapLines } from '../text/sentences.js';
import type { CleanArticle, CleanArticleWithWords, DateOrder, RawArticle, RemovedLine, Word } from '../types.js';
import { continuesStory } from './edges/continues-story.js';
import { articleEnd, closesPageText, closingSentenceAfter, lifeDatesAfter, pageNoticeEnd, pastAdSlots, quotationSourcesKept, referencesAfter, timedTranscriptKept, toolsRowEnd, transcriptEnd } from './edges/article-end.js';
import { galleriesInText, galleryCaptionsBefore } from './edges/galleries.js';
import { bulletedListEnd, bulletedListsInside, ingredientListsInside, introducedListEnd, introducedListsInside, listingsAfter, scheduleAfter, summaryPointsOver, teamSheetAfter } from './edges/lists.js';
import { boxOfStoriesEnd, firstBriefHeading, linksUnderLabels, paragraphsOverStoryBox, pastLinkUnderLabel } from './edges/story-links.js';
import { droppedTables, figureRows, pastCellTable, pastTables, tablesInProse } from './edges/tables.js';
import { embeddedPostLines, proseAfterPosts } from './embedded.js';
import { isBylineBio, isNoteUnderNameHeading } from './chrome/authors.js';
import { isCommentsLink } from './chrome/comments.js';
import { isCopyrightNotice } from './chrome/copyright.js';
import { isLabelledLink, isTopicTags } from './chrome/links.js';
import { isRunningHead } from './chrome/printout.js';
import { isProse } from './line-shape.js';
import { ballOrder, isMatchMinute } from './chrome/stamps.js';
import { digestFirstItem, ledeBefore, openingParagraphs, proseBlock, wireLedeStart } from './block.js';
import { headerLine, headerName } from './header.js';
import { headerByline } from './metadata/header-byline.js';
import { isEmailAddressLine } from './metadata/names.js';
import { positionOf, type Line, type LineNumber, type PositionInCandidates, type PositionInLines, type RecordsOf } from './lines.js';
import { AFTER_ARTICLE_RULES, AUTHOR_BIO_AFTER, AUTHOR_CONTACT, DATA_TABLE_ROW, KEY_EVENTS, NAVIGATION, READER_COMMENTS, REFERENCES, removeAnywhere, removeHead, removeTail, weakReason, type Remove } from './line-rules.js';
import { lineKey } from './page-keys.js';
import { pageSource, removedLineGives } from './metadata/page-source.js';
import { keptArticle } from './kept-article.js';
import { placedWordsOf, scoreLines, type ScoredLines } from './scored-lines.js';
import { commentaryEnd, commentaryEntries, commentaryStart, isFirstLiveEntry, liveBlogHead, liveEntriesEnd, liveEntryHeadings, stampLookup } from './live-blog.js';
import { isAcademicAuthorLine, isEditNote } from './metadata/credits.js';
import { beginLift, type LiftedMetadata } from './metadata/lift.js';
import { DEFAULT_MODEL, explainRemoval, type LineModel } from './model.js';
import { isCopyrightHolder } from './metadata/site-notice.js';
import { bodyVocabulary, headlineOf, isHeadlineShaped, readsAs, type BodyReading } from './title/headlines.js';
import { findTitle } from './title/title.js';
import { pressReleaseClosing } from './release.js';
import { repeatedLines } from './repeats.js';
import { navigationPage } from './navigation.js';
import { BYLINE_REASON, HEADER_REASON, isCaptionOverHeader, isRemovedAs, removeHeaderInBlock, titleCandidates } from './title/title-lines.js';

export interface CleanContext {
  boilerplatePatterns: readonly RegExp[];
  /** How many articles of the run contain this line (by lineKey); 1 when unknown. */
  articlesWithLine: (key: string) => number;
  repeatedLineMinArticles: number;
  stopwords: ReadonlySet<string>;
  stem: (word: string) => string;
  /** The line model; the committed weights when absent (the training script passes its own). */
  model?: LineModel;
  /** How date lines' numeric dates whose day and month could be either are read (config clean.dateOrder); `auto` when absent. */
  dateOrder?: DateOrder;
}

// Fitted by hand on the development sets (eval:clean): a line inside the block needs this probability
// to stay (block.ts BLOCK_THRESHOLD takes lines into the block).
const KEEP_INSIDE_BLOCK = 0.35;
/** How far into the text a repeat of its title is looked for: a caption may stand between them. */
const TITLE_REPEAT_LINES = 3;

export function cleanArticle(raw: RawArticle, context: CleanContext): CleanArticle {
  return cleanWithWords(raw, context).article;
}

/**
 * cleanArticle, with the words the cleaner found in each body paragraph (for tokenizeArticle). Its steps, each reading
 * what the ones before gave: the page scored and cleared of what is never article text (scoredPage); the article's block
 * and its edges (articleBounds); the page parted around the article (articleParts), what metadata lines after page text there set undone (undoMetadataAfterPageText); the lines inside
 * it that are not its text removed (removeInsideArticle); its title (articleTitle); a byline the header gives without a
 * label (metadata/header-byline.ts headerByline); the lines over and after it removed (line-rules.ts removeHead, removeTail); its source (metadata/page-source.ts pageSource).
 */
export function cleanWithWords(raw: RawArticle, context: CleanContext): CleanArticleWithWords {
  const page = scoredPage(raw, context);
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
  headerByline(page, bounds, parts, body, title, entryHeading);
  removeHead(lines, parts.headAt, entryHeading, summary, metadata.title, page.remove);
  removeTail(lines, parts.tailAt, metadata, bounds.aboveArticle, reading, page.remove, page.scoredLines.signed);
  // An academic author's line under the title (The Conversation's "Jane Doe, Professor of Economics,
  // University of Leeds") is the byline when no line gave one. It had been the body's first paragraph.
  const academic = metadata.byline === null ? headerLine(lines, parts.firstInBlock, title?.line, isAcademicAuthorLine) : null;
  if (academic) {
    page.relabel(academic, 'metadata', 'byline');
    metadata.byline = academic.text;
  }
  const source = pageSource(page, parts.firstInBlock, title);
  // A printed page's date in its running head ("THE HARBOUR GAZETTE   Friday, December 4, 2026   Page A3", a PDF's
  // text), when no line gave one: a newspaper's page dates its stories there only, and the story had been undated.
  metadata.date ??= removedLineGives(lines, removed, (line) => (isRunningHead(line) ? findIsoDate(line.text, dateOrder) : null)) ?? null;
  return keptArticle(raw, lines, words, removed, lifted, cuts, dateOrder, { pageSource: source });
}

/**
 * What cleanWithWords's steps read and write: the page's lines as scored, the lines removed so far, the metadata lifted.
 * A line is named by its LineNumber (`removed`, `words`), its PositionInLines `i` (`probabilities`, `repeatedIn`) or its
 * PositionInCandidates `k` (Bounds, Opening): `lines[candidates[k]]` (lines.ts).
 */
interface Page {
  raw: RawArticle;
  context: CleanContext;
  scoredLines: ScoredLines;
  lines: readonly Line[];
  removed: Map<LineNumber, RemovedLine>;
  remove: Remove;
  /** Removes a line removed for one reason that another tells better (a name removed as a section label is the byline). */
  relabel: Remove;
  lifted: LiftedMetadata;
  dateOrder: DateOrder;
  /** What line-rules.ts removeAnywhere found on its way: the lines repeated across articles, the metadata lines, the teasers. */
  anywhere: ReturnType<typeof removeAnywhere>;
  /** The lines removeAnywhere left, where the article is looked for: as positions in `lines`, and as lines. */
  candidates: readonly PositionInLines[];
  candidateLines: readonly Line[];
  /** A line's word records (ScoredLines.words). */
  recordsOf: RecordsOf;
}

/**
 * Steps 1 to 3 of this file's header: the page's lines described and scored, the order its numeric dates are read in,
 * and what is never article text removed wherever it stands (line-rules.ts removeAnywhere), its metadata lifted.
 */
function scoredPage(raw: RawArticle, context: CleanContext): Page {
  const scoredLines = scoreLines(raw.text, context);
  const { lines, words, cuts } = scoredLines;
  const removed = new Map<number, RemovedLine>();
  const lifted = beginLift({ ...raw.givenMetadata });
  const remove: Remove = (line, kind, reason) => {
    if (!removed.has(line.number)) removed.set(line.number, { line: line.number, text: line.text, kind, reason });
  };
  const relabel: Remove = (line, kind, reason) => {
    removed.delete(line.number);
    remove(line, kind, reason);
  };
  // Unless the config says, the page's dates with a month name may tell how its numeric ones read,
  // else its language. Every date pageDateOrder reads has ASCII digits: a line without a number (digitShare) is not scanned.
  const pageOrder = context.dateOrder && context.dateOrder !== 'auto' ? context.dateOrder : pageDateOrder(lines.filter((line) => line.digitShare > 0).map((line) => line.text));
  const dateOrder = pageOrder === 'auto' ? languageDateOrder(scoredLines.language) : pageOrder;
  const anywhere = removeAnywhere(scoredLines, context, lifted, dateOrder, remove);
  // A Chinese wire header run into its paragraph, cut off it (page-lines.ts), names the author when no metadata line did.
  lifted.metadata.byline ??= cuts.wireHeaders[0]?.author ?? null;
  // A loop, not flatMap: its array per line was a tenth of this function (docs/scale-history.md, session 25).
  const candidates: PositionInLines[] = [];
  for (let i = 0; i < lines.length; i++) if (!removed.has(lines[i]!.number)) candidates.push(i);
  const candidateLines = candidates.map((i) => lines[i]!);
  const recordsOf = (line: Line): readonly Word[] => placedWordsOf(words, line).words;
  return { raw, context, scoredLines, lines, removed, remove, relabel, lifted, dateOrder, anywhere, candidates, candidateLines, recordsOf };
}

/** Where the article starts and ends among the page's candidate lines, and what the edges' rules found on the way. */
interface Bounds {
  /** The article's first and last line. */
  first: PositionInCandidates;
  last: PositionInCandidates;
  /** The article's lines kept however the line model scores them; the links under labels add theirs. */
  keptHoweverWeak: Set<PositionInCandidates>;
  /** Whether the article's line there is too weak to stay (KEEP_INSIDE_BLOCK). */
  weak: (k: PositionInCandidates) => boolean;
  /** The headlines of a box of other stories set into the text, and the cells of a table copied one a line. */
  storyBox: ReadonlySet<PositionInCandidates>;
  cells: ReadonlySet<PositionInCandidates>;
  /** The page's lines over the article. */
  aboveArticle: readonly Line[];
  /** The lines a live blog's or a timeline's stamp opened, and a live blog's entries' headings. */
  stampOpened: ReadonlySet<LineNumber>;
  headings: ReadonlySet<PositionInCandidates>;
  /** How many articles of the run hold each candidate line (ScoredLines.repeatedIn). */
  repeatedInCandidates: readonly number[];
}

/**
 * Step 4 of this file's header: the densest block of body-like lines that holds prose (`found`, block.ts proseBlock),
 * its edges moved over what a page sets inside an article (a lede, galleries, tables, lists, a live blog's entries) and
 * off what closes it (a related story's box, the author's note, references) by the rules of edges/ and live-blog.ts.
 * Its steps: where the article opens (articleOpening), where the line model's block ends (edges/article-end.ts articleEnd,
 * off a closing box of stories), then past what a page sets inside an article: a headline repeated mid-text
 * (pastRepeatedHeadlines), a live blog's or a match commentary's entries (pastLiveEntries), tables, ad slots and
 * galleries (pastTablesAndGalleries), lists, transcripts and the like (pastTextSetInside); then off what closes it
 * (closingMatterOff).
 */
function articleBounds(page: Page, found: { first: PositionInCandidates; last: PositionInCandidates; strongest: number }): Bounds {
  const { lines, candidates, candidateLines, removed, recordsOf, scoredLines } = page;
  const { repeatedIn, probabilities } = scoredLines;
  const opening = articleOpening(page, found);
  const { first, aboveArticle, keptHoweverWeak, lede, digestItem } = opening;
  let last = boxOfStoriesEnd(lines, candidates, first, articleEnd(candidateLines, first, found.last, aboveArticle), removed, recordsOf);
  const keepInside = Math.min(KEEP_INSIDE_BLOCK, found.strongest / 2);
  const weak = (k: PositionInCandidates): boolean => probabilities[candidates[k]!]! < keepInside;
  // The lede is kept however weak: its neighbours (a table, a list) weaken it. So is a digest's first item under its heading.
  if (lede < found.first) keptHoweverWeak.add(lede);
  if (digestItem !== null) keptHoweverWeak.add(digestItem + 1);
  last = pastRepeatedHeadlines(lines, candidateLines, first, last, weak, keptHoweverWeak, aboveArticle);
  const live = pastLiveEntries(page, opening, last);
  const cells = new Set<PositionInCandidates>();
  last = pastTablesAndGalleries(page, found.first, first, live.last, keptHoweverWeak, cells);
  const repeatedInCandidates = candidates.map((i) => repeatedIn[i]!);
  last = pastTextSetInside(page, first, last, keptHoweverWeak, aboveArticle, repeatedInCandidates);
  last = closingMatterOff(page, first, last);
  const headings = live.liveBlog ? liveEntryHeadings(candidateLines, first, last, live.stampBetween, live.stampOpened) : new Set<number>();
  return { first, last, keptHoweverWeak, weak, storyBox: opening.storyBox, cells, aboveArticle, stampOpened: live.stampOpened, headings, repeatedInCandidates };
}

/** Where the article opens (articleOpening), and what the rules found on the way. */
interface Opening {
  /** The article's first line. */
  first: PositionInCandidates;
  /** The lines over the article. */
  aboveArticle: readonly Line[];
  /** Where the block is moved up to: a briefs digest's first item's heading (block.ts digestFirstItem, else null), or the lede (ledeBefore). */
  lede: PositionInCandidates;
  digestItem: PositionInCandidates | null;
  /** The lines of a match commentary's entries (live-blog.ts commentaryEntries). */
  commentary: ReadonlySet<PositionInCandidates>;
  /** The lines kept inside the block however the line model scores them, and a box of other stories' headlines set into the text. */
  keptHoweverWeak: Set<PositionInCandidates>;
  storyBox: Set<PositionInCandidates>;
}

/**
 * Where the article opens: the block's first line moved up to a lede or a digest's first item, over a box of other
 * stories under the first paragraphs, tables, a gallery's captions and summary points over the text, to a commentary's
 * first entry and to a wire story's lede.
 */
function articleOpening(page: Page, found: { first: PositionInCandidates; last: PositionInCandidates }): Opening {
  const { lines, candidates, candidateLines, removed, recordsOf, scoredLines } = page;
  const { probabilities, cuts } = scoredLines;
  // Lines kept inside the block however the line model scores them.
  const keptHoweverWeak = new Set<PositionInCandidates>();
  const digestItem = digestFirstItem(lines, candidates, found.first, probabilities, removed);
  const opening = digestItem === null ? openingParagraphs(lines, candidates, found.first, removed) : null;
  const lede = digestItem ?? opening ?? ledeBefore(lines, candidates, found.first, probabilities, removed);
  // The story's first paragraphs are kept however weak, as a lede is; a line between them that is none (a picture's name label) is judged as the block's.
  if (opening !== null) for (let k = opening; k < found.first; k++) if (isProse(lines[candidates[k]!]!)) keptHoweverWeak.add(k);
  // Entries a match's minute or a cricket ball's number was cut off (live-blog.ts commentaryStampsCut).
  const minuteOpened = new Set(cuts.liveStamps.filter(({ stamp }) => isMatchMinute(stamp) || ballOrder(stamp) !== null).map(({ line }) => line));
  const commentary = commentaryEntries(lines, candidates, minuteOpened, page.anywhere.balls);
  // A box of other stories set into the text under its first paragraphs: its headlines go as links.
  const storyBox = new Set<PositionInCandidates>();
  const overStoryBox = paragraphsOverStoryBox(lines, candidates, lede, found.last, recordsOf, keptHoweverWeak, storyBox);
  const blockOpening = summaryPointsOver(lines, candidates, galleryCaptionsBefore(lines, candidates, pastTables(lines, candidates, overStoryBox, -1, keptHoweverWeak), keptHoweverWeak), keptHoweverWeak);
  const first = wireLedeStart(candidateLines, commentaryStart(commentary, blockOpening));
  return { first, aboveArticle: lines.slice(0, candidates[first]), lede, digestItem, commentary, keptHoweverWeak, storyBox };
}

/**
 * The article's last candidate line moved past a match commentary's entries, and a live blog's: each opens with a time
 * stamp (removed as such; a timeline's stay). `liveBlog`: whether the article is one; `stampBetween`, `stampOpened`: its
 * entries' stamps, for their headings (live-blog.ts liveEntryHeadings).
 */
function pastLiveEntries(page: Page, opening: Opening, end: PositionInCandidates): { last: PositionInCandidates; liveBlog: boolean; stampBetween: ReturnType<typeof stampLookup>; stampOpened: ReadonlySet<LineNumber> } {
  const { lines, candidates, candidateLines, scoredLines } = page;
  const { cuts } = scoredLines;
  const { first, commentary, keptHoweverWeak } = opening;
  const stampOpened = new Set([...cuts.liveStamps.map(({ line }) => line), ...cuts.timelineHeadings]);
  const stampBetween = stampLookup(lines, candidates, stampOpened);
  const liveBlog = stampBetween(first, end) || isFirstLiveEntry(candidateLines, first, end, stampBetween);
  let last = commentaryEnd(commentary, first, end, keptHoweverWeak);
  if (liveBlog) last = liveEntriesEnd(candidateLines, last, stampBetween, keptHoweverWeak);
  return { last, liveBlog, stampBetween, stampOpened };
}

/**
 * The article's last candidate line moved past tables and ad slots between its paragraphs, a table copied one cell a
 * line (its cells into `cells`) and a gallery. `blockFirst`: the first line of the block the line model found, from which a
 * gallery is looked for.
 */
function pastTablesAndGalleries(page: Page, blockFirst: PositionInCandidates, first: PositionInCandidates, end: PositionInCandidates, keptHoweverWeak: Set<PositionInCandidates>, cells: Set<PositionInCandidates>): PositionInCandidates {
  const { lines, candidates, removed, recordsOf } = page;
  const { metadata } = page.lifted;
  let last = pastAdSlots(lines, candidates, first, pastTables(lines, candidates, end, 1, keptHoweverWeak), keptHoweverWeak);
  // A table copied one cell a line, passed: its cells go as a table's rows.
  last = pastCellTable(lines, candidates, first, last, recordsOf, keptHoweverWeak, cells);
  // A credit under such a table ("Source: County Board of Elections") is the table's, not the article's source.
  if (cells.size) {
    const lastCell = Math.max(...cells);
    const underTable = (line: LineNumber): boolean => line > lines[candidates[lastCell]!]!.number && line < lines[candidates[lastCell + 1]!]!.number;
    const tableSourcing = page.anywhere.sourcings.at(-1);
    if (tableSourcing && underTable(tableSourcing.line)) metadata.source = tableSourcing.before;
  }
  // A gallery between the paragraphs: its captions removed on sight are its text. From the block the
  // line model found: a gallery between the lede and the text is the story's top gallery, whose captions go (ledeBefore).
  const gallery = galleriesInText(lines, candidates, blockFirst, last, removed, keptHoweverWeak);
  for (const caption of gallery.captions) removed.delete(caption.number);
  return gallery.last;
}

/**
 * The article's last candidate line moved past what a page sets inside or closing an article's text, its lines kept
 * (`keptHoweverWeak`): a link under a label, a closing sentence, prose after embedded posts, listings, lists (bulleted,
 * ingredients, introduced), tables in prose, a transcript, life dates, quotations' sources, a team sheet, a schedule's dates.
 */
function pastTextSetInside(page: Page, first: PositionInCandidates, end: PositionInCandidates, keptHoweverWeak: Set<PositionInCandidates>, aboveArticle: readonly Line[], repeatedInCandidates: readonly number[]): PositionInCandidates {
  const { lines, candidates, candidateLines, removed, recordsOf, scoredLines } = page;
  const { repeatedIn } = scoredLines;
  const closesText = (k: PositionInCandidates): boolean => closesPageText(lines, candidates, repeatedIn, k, aboveArticle);
  let last = pastLinkUnderLabel(lines, candidates, first, end, removed, recordsOf, closesText, keptHoweverWeak);
  const setInText = (line: Line): boolean => page.anywhere.teasers.has(line) || scoredLines.embedChrome.has(line.number) || isLabelledLink(line);
  last = closingSentenceAfter(lines, candidates, repeatedIn, first, last, recordsOf, keptHoweverWeak, setInText, aboveArticle);
  last = proseAfterPosts(candidateLines, last, keptHoweverWeak);
  last = listingsAfter(candidateLines, first, last, keptHoweverWeak);
  last = bulletedListEnd(candidateLines, last, keptHoweverWeak);
  bulletedListsInside(candidateLines, first, last, keptHoweverWeak);
  ingredientListsInside(candidateLines, first, last, keptHoweverWeak);
  introducedListsInside(candidateLines, repeatedInCandidates, first, last, keptHoweverWeak);
  tablesInProse(lines, candidates, first, last, keptHoweverWeak);
  last = transcriptEnd(candidateLines, first, last, keptHoweverWeak);
  timedTranscriptKept(lines, candidates, first, last, keptHoweverWeak);
  last = lifeDatesAfter(candidateLines, last, keptHoweverWeak);
  last = quotationSourcesKept(candidateLines, first, last, keptHoweverWeak);
  last = teamSheetAfter(candidateLines, last, keptHoweverWeak);
  last = scheduleAfter(candidateLines, last, keptHoweverWeak);
  return pageNoticeEnd(candidateLines, first, toolsRowEnd(lines, candidates, first, last, recordsOf), recordsOf);
}

/**
 * The article's last candidate line moved off what closes the page's text, not the article's: readers' signed comments,
 * a note on the byline's author (maybe under a heading naming them) and references, the last two removed.
 */
function closingMatterOff(page: Page, first: PositionInCandidates, end: PositionInCandidates): PositionInCandidates {
  const { candidates, candidateLines, remove } = page;
  const { signed } = page.scoredLines;
  const { metadata } = page.lifted;
  let last = end;
  // Readers' comments signed under their texts: the article ends over the first, whatever the edges took after it (a
  // comment sharing the story's words had gone on it as its closing sentence).
  if (signed) while (last > first && candidates[last]! >= signed.first) last--;
  // A note on the byline's author closing the text is the page's, as the credits are (edges/article-end.ts articleEnd).
  while (last > first && isBylineBio(candidateLines[last]!, metadata.byline)) last--;
  last = overReporterAddress(page, first, last);
  // So is a note under a heading naming its subject ("Sobre Ana Lima", then the paragraph on her), the heading with it.
  if (last - 1 > first && isNoteUnderNameHeading(candidateLines[last - 1]!, candidateLines[last]!, metadata.byline)) {
    for (const k of [last - 1, last]) remove(candidateLines[k]!, 'boilerplate', AUTHOR_BIO_AFTER);
    last -= 2;
  }
  const references = referencesAfter(candidateLines, first, last);
  if (references) {
    for (let k = references.start; k <= references.end; k++) remove(candidateLines[k]!, 'boilerplate', REFERENCES);
    last = Math.min(last, references.start - 1);
  }
  return last;
}

/**
 * The article's last candidate line moved over the reporter's e-mail address alone on its line (names.ts isEmailAddressLine), which
 * signs a signed story's end as Yonhap and US papers close theirs: the page's notes after it (Naver's note on the story's section)
 * had stayed in the body. Only when less of the block's text follows the address than precedes it (a contact in a list mid-story
 * is followed by the story); the address is removed as the author's contact.
 */
function overReporterAddress(page: Page, first: PositionInCandidates, last: PositionInCandidates): PositionInCandidates {
  const { candidateLines, remove } = page;
  if (page.lifted.metadata.byline === null) return last;
  const words = (from: number, to: number): number => candidateLines.slice(from, to).reduce((sum, line) => sum + line.wordCount, 0);
  for (let k = first + 1; k <= last; k++) {
    if (!isEmailAddressLine(candidateLines[k]!)) continue;
    if (words(k + 1, last + 1) >= words(first, k)) return last;
    remove(candidateLines[k]!, 'boilerplate', AUTHOR_CONTACT);
    return k - 1;
  }
  return last;
}

/**
 * The article's last candidate line, moved past a repeat of a headline from above the article or
 * opening it (its title, set again mid-text): that is not where the article ends when new prose
 * follows it, and the article goes on over the lines after it that are prose or strong enough to
 * stay inside the block (not `weak`). Its prose is kept however the line model scores it
 * (`keptHoweverWeak`: a story filed twice in a run has its paragraphs weakened as repeated). Not after a
 * three-word line (a section label: "Sport News Article"), nor when the line after the repeat is
 * text the article has already given (its own headline and lead listed again in a box of related
 * stories). `first`, `last`: the block's candidate lines.
 */
function pastRepeatedHeadlines(
  lines: readonly Line[], candidateLines: readonly Line[], first: PositionInCandidates, last: PositionInCandidates, weak: (k: PositionInCandidates) => boolean, keptHoweverWeak: Set<PositionInCandidates>, aboveArticle: readonly Line[],
): PositionInCandidates {
  const headlineKeys = new Set(
    lines.filter((line) => line.number <= candidateLines[first]!.number && line.wordCount >= 4 && isHeadlineShaped(line)).map((line) => lineKey(line.text)),
  );
  headlineKeys.delete('');
  const given = (k: PositionInCandidates): boolean => candidateLines.slice(first, last + 1).some((line) => line.text.includes(candidateLines[k]!.text));
  while (last + 2 < candidateLines.length && headlineKeys.has(lineKey(candidateLines[last + 1]!.text)) && isProse(candidateLines[last + 2]!) && !given(last + 2)) {
    let end = last + 2;
    while (end + 1 < candidateLines.length && (isProse(candidateLines[end + 1]!) || !weak(end + 1))) end++;
    for (let k = last + 2; k <= end; k++) if (isProse(candidateLines[k]!)) keptHoweverWeak.add(k);
    last = articleEnd(candidateLines, last + 2, end, aboveArticle);
  }
  return last;
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
  const tailDating = datings.find((dating) => dating.line > (tail[0]?.number ?? Infinity));
  if (tailDating) metadata.date = tailDating.before;
  const tailBylining = bylinings.find((bylining) => bylining.line > (tail[0]?.number ?? Infinity));
  if (tailBylining) metadata.byline = tailBylining.before;
  const tailSourcing = sourcings.find((sourcing) => sourcing.line > (tail[0]?.number ?? Infinity));
  if (tailSourcing) metadata.source = tailSourcing.before;
}

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
  inside.forEach((i, k) => {
    if (table.has(first + k)) remove(lines[i]!, 'boilerplate', DATA_TABLE_ROW);
    else if (isCommentsLink(lines[i]!)) remove(lines[i]!, 'boilerplate', READER_COMMENTS);
    else if (isTopicTags(lines[i]!)) remove(lines[i]!, 'boilerplate', NAVIGATION);
    else if (dropped(first + k)) remove(lines[i]!, 'boilerplate', weakReason(lines, i, explainRemoval(features.row(i), model)));
  });
  removeHeaderInBlock(lines, inside.filter((i) => !removed.has(lines[i]!.number)), removed, remove);
  // A body scraped twice into one file, a pull quote: its words were counted twice.
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
  const overHeader = (line: Line): boolean => overMetadata(line, HEADER_REASON);
  // Over a date line right over the byline too: WordPress sets a post's title over its date over "Posted by …".
  const overByline = (line: Line): boolean => {
    const under = lines[positionOf(lines, line) + 1];
    return overMetadata(line, BYLINE_REASON) || (under !== undefined && isRemovedAs(removed, under, HEADER_REASON) && overMetadata(under, BYLINE_REASON));
  };
  const liveHead = liveBlogHead(lines, head, firstInBlock, lines[inside[inside.length - 1]!]!.number, isMetadata, bounds.stampOpened);
  const briefHeading = liveHead.entryHeading ? null : firstBriefHeading(lines, head, body, isMetadata, overHeader);
  const { titleSearch, entryHeading, summary } = briefHeading ? { ...liveHead, titleSearch: head.filter((line) => line !== briefHeading), entryHeading: briefHeading } : liveHead;
  // A line a rule takes for the page's after the article (a share button, a copyright notice) is
  // never the article's headline listed there: "Share on Facebook" shares half its words with a body that says "shared".
  // Nor is the outlet's name the copyright notice holds (a newsletter's footer repeats it over its address).
  const copyrightNotices = tail.filter(isCopyrightNotice);
  const tailHeadlines = tail.filter((line) => !AFTER_ARTICLE_RULES.some(([test]) => test(line)) && !isCopyrightHolder(line, copyrightNotices));
  const { candidates, overHeaderInBlock } = titleCandidates(lines, removed, titleSearch, body, firstInBlock, copyrightNotices, overHeader);
  // The author's name alone next to the header's date line, read as the byline only after the title (metadata/header-byline.ts headerByline): to the
  // title's search the line over it stands over the header. ZDNet sets its headline and standfirst over "James Harrowby" over
  // the date line, and a picture's caption further up, sharing more of the body's words, had been the title.
  const authorName = metadata.byline === null ? headerName(lines, removed, repeated, firstInBlock, []) : null;
  // So does the line over a picture's caption over its credit over the header (isCaptionOverHeader: BILD's standfirst).
  const overHeaderOrName = (line: Line): boolean => {
    const under = positionOf(lines, line) + 1;
    return overHeader(line) || (authorName !== null && lines[under] === authorName) || isCaptionOverHeader(lines, under, removed);
  };
  const articlesWith = (line: Line): number => page.scoredLines.repeatedIn[positionOf(lines, line)] ?? 1;
  const title = findTitle({ ...reading, head: candidates, listed, articlesWith, body, tail: tailHeadlines, page: lines, metadata, overHeader: overHeaderOrName, overByline, overHeaderLine: overHeader });
  if (title) {
    if (repeated.has(title.line.number) || title.line === overHeaderInBlock) removed.delete(title.line.number);
    remove(title.line, 'title', title.reason);
  }
  if (title && title.line === overHeaderInBlock) for (const line of pageTextOverHeadline(lines, body, title.line, recordsOf)) remove(line, 'boilerplate', 'page text before the article');
  // A title that the text repeats as one of its first lines is no body text: it was counted as a
  // sentence, its words as terms. Scraped records repeat the title the input gave (JSONL `title`);
  // pages set the headline twice, in the header and again over the text (Japanese blogs: a
  // headline ending in "！？" reads as a sentence, and the block opened with the second copy).
  const givenTitle = raw.givenMetadata.title;
  const titleText = givenTitle || (title && headlineOf(title.line));
  const repeatsTitle = titleText ? readsAs(titleText) : null;
  const repeat = repeatsTitle ? body.slice(0, TITLE_REPEAT_LINES).find((line) => line !== title?.line && repeatsTitle(line.text)) : undefined;
  if (repeat) remove(repeat, 'title', givenTitle ? 'title (given by the input, repeated in the text)' : 'title (repeated in the text)');
  if (title) metadata.title ??= headlineOf(title.line);
  return { title, entryHeading, summary };
}

/**
 * The body's lines over the headline found inside the block, over the header there (title-lines.ts overHeaderInBlock): the page's,
 * which the block opened with (a CBS station's teasers, other stories' headlines run into their summaries; a blog network's ad
 * and tagline; a caption over the headline), and had stayed in the body once the headline was found among them. Not an article of
 * its own under its own headline, the first of them or the line right over them sharing the words of those under it
 * (continuesStory): two articles pasted into one file, the first unsigned, are kept as one body, with a warning (pasted.ts).
 */
function pageTextOverHeadline(lines: readonly Line[], body: readonly Line[], headline: Line, recordsOf: RecordsOf): Line[] {
  const over = body.filter((line) => line.number < headline.number);
  if (over.length === 0) return over;
  // Its headline opens them, or stands right over them (removed as page text over the block).
  const [heading, text] = isHeadlineShaped(over[0]!) ? [over[0], over.slice(1)] : [lines.slice(0, positionOf(lines, over[0]!)).findLast((line) => line.wordCount > 0), over];
  return heading && isHeadlineShaped(heading) && continuesStory(text, [heading], recordsOf) ? [] : over;
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
