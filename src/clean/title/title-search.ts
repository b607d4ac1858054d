// What findTitle (title.ts) searches and what it finds there: the lines of the head searched (titleSearch: the last lines
// over the body, widened past share buttons and table rows; a line over the byline further up; not a place the body names), and
// those lines read once into the kinds of headline the choice weighs (headlinesFound), with the relations to the header they ask.
import type { ArticleMetadata } from '../../types.js';
import { figureRows } from '../edges/tables.js';
import { isReaderTools, isToolButton } from '../chrome/buttons.js';
import { isCommentsLink } from '../chrome/comments.js';
import { isDataTableRow, isMonospacedTableRow } from '../line-shape.js';
import { isReaderWidget, MAX_STANDFIRST_POINTS, MIN_TITLE_WORDS, quantityLists } from './headline-layouts.js';
import { isAdSlot } from '../chrome/ads.js';
import { isReadingTime } from '../chrome/stamps.js';
import { headlineWords, isLongHeadline, isNoTableListOrCaption, isSentenceHeadline, isShareChrome, isTitleShaped, MIN_HEADLINE_WORDS, overlapWithBody, SAME_STORY_OVERLAP, type BodyReading } from './headlines.js';
import { isCloseUnder, positionOf, type Line } from '../lines.js';
import { isEmailAddressLine, NAME_LINE } from '../metadata/names.js';

/** Lines of `head` the title is searched in (titleWindow). */
const TITLE_SEARCH_LINES = 12;

/**
 * The lines of `head` the title is searched in: the last TITLE_SEARCH_LINES; or, when none of those
 * nor a line the site lists among them may be a title (`mayBeTitle`), the last ones up to
 * TITLE_SEARCH_LINES lines that may be a headline (of three words or more, as isHeadlineShaped
 * takes) and the lines of fewer words between them. A menu's items and share buttons are never the
 * title, and their run under the header would push the headline out of the search: The Hindu's (over
 * its standfirst, date line and byline) stands behind 11 of them (`Email`, `READ LATER`, `PRINT`),
 * Medium's behind its author's `Follow`, claps and `Listen`. Only
 * then: where the last twelve lines hold a headline, a line further up (a video box's "view all |
 * submit video", a weather widget's forecast) may share more of the body's words, and would become the
 * title over it. `filled`: whether the window holds that many lines.
 */
function titleWindow(head: readonly Line[], listed: readonly Line[], mayBeTitle: (line: Line) => boolean): { window: readonly Line[]; filled: boolean } {
  if (head.length <= TITLE_SEARCH_LINES) return { window: head, filled: head.length === TITLE_SEARCH_LINES };
  const last = head.slice(-TITLE_SEARCH_LINES);
  if (last.some(mayBeTitle) || listed.some((line) => line.number > last[0]!.number && mayBeTitle(line))) return { window: last, filled: true };
  let counted = 0;
  for (let k = head.length - 1; k >= 0; k--) if (headlineWords(head[k]!) >= MIN_HEADLINE_WORDS && ++counted === TITLE_SEARCH_LINES) return { window: head.slice(k), filled: true };
  return { window: head, filled: false };
}

/** Share of its words a headline right over the header shares with the body at least. */
export const PAGE_HEADLINE_OVERLAP = 0.25;

/** What findTitle reads: the page's lines around the body, the body's words, and where the header's lines stand. */
export interface TitleInput extends BodyReading {
  /** The lines over the body the title is searched among (title-lines.ts titleCandidates). */
  head: readonly Line[];
  /**
   * Lines before the body removed for standing in other articles too. One of them may be this article's headline, listed
   * on the site's other pages; it competes if it shares at least half its words with the body (site chrome does not).
   */
  listed: readonly Line[];
  /** How many articles of the run hold the line (the pipeline's count of repeated lines; 1 when unknown). */
  articlesWith: (line: Line) => number;
  body: readonly Line[];
  /** The lines after the body that may be its headline given again. */
  tail: readonly Line[];
  /** The page's lines (not blank). */
  page: readonly Line[];
  /** The metadata so far: no title is looked for when the input gave one. */
  metadata: ArticleMetadata;
  /**
   * Whether the header's date line or byline stands right under a line, or the author's name alone next to the date line,
   * which the header reads as the byline only after the title. A three-word line there is the page's headline when nothing
   * else is ("Premier League results" over its date, rows of results and a short report that names none of its words); so
   * is a headline written as sentences there ("Storm hits the coast. Thousands lose power."), though it ends in a full stop
   * (so is one right over a standfirst over the header, which would be the title); and a headline there telling the body's
   * story wins over a match's result ("Ashford 1 Dunmore 2").
   */
  overHeader: (line: Line) => boolean;
  /** Whether the header's byline stands right under a line (its date line between them at most). */
  overByline: (line: Line) => boolean;
  /**
   * Whether a line removed as the header's date line or byline stands right under a line (not the author's name alone, as
   * `overHeader`): a line over such a name is a standfirst the longer headline over it may climb to
   * (isHeadlineOverStandfirst) only when it shares few of that line's words (less than PAGE_HEADLINE_OVERLAP, standfirstOverName).
   */
  overHeaderLine: (line: Line) => boolean;
}

/** A line and its share of content words in the body (overlapWithBody). */
export type Headline = { line: Line; overlap: number };

/** What findTitle's steps read: its input, each line's share of the body's words, and the lines searched. */
export interface TitleSearch extends TitleInput {
  /** The page's first line. */
  pageStart: Line | undefined;
  /** A line's share of content words in the body, computed once a line. */
  overlapOf: (line: Line) => number;
  /** Whether half a line's words or more are in the body (SAME_STORY_OVERLAP). */
  tellsStory: (line: Line) => boolean;
  /** The rows of a table of figures and the lines of a list of quantities, over the body or opening it: never the title. */
  rows: ReadonlySet<Line>;
  lists: ReadonlySet<Line>;
  /** The lines of `head` searched (titleWindow), and the lines the site lists among them. */
  window: readonly Line[];
  listedInWindow: ReadonlySet<Line>;
  /** The lines searched, nearest the body first: the window, the listed lines in it, a line over the byline above it. */
  lines: readonly Line[];
}

/** What findTitle searches (TitleSearch): the window of `head` (titleWindow) and the lines it adds to it. */
export function titleSearch(input: TitleInput): TitleSearch {
  const { head, listed, body, bodyStems, vocabulary, recordsOf, overHeader, overByline, page } = input;
  const [pageStart] = page;
  // Each line's share of words in the body, once: the window's search, the lines over the byline and the choice below all ask it.
  const overlaps = new Map<Line, number>();
  const overlapOf = (line: Line): number => {
    let overlap = overlaps.get(line);
    if (overlap === undefined) overlaps.set(line, (overlap = overlapWithBody(recordsOf(line), bodyStems, vocabulary)));
    return overlap;
  };
  const tellsStory = (line: Line): boolean => overlapOf(line) >= SAME_STORY_OVERLAP;
  // A line the search below may choose: a line of three words or a headline written as sentences only
  // when it tells the body's story (or, of three words, stands over the header). The Conversation's
  // disclosure (`… receives funding from …`), its partners' line and `View all partners` under the
  // author would keep the window from widening to the headline over them, and the page have no title.
  const rows = tableRows(head, body, page);
  const lists = quantityLists(head);
  // Nor a table's row or a list's line, which the search skips: the rows of a ranked list ("1. Saint John", "2. Quebec
  // City") the cleaner left over the article would keep the window from widening to the headline over them.
  const mayBeTitle = (line: Line): boolean =>
    !rows.has(line) && !lists.has(line) &&
    (isTitleShaped(line) ? headlineWords(line) >= MIN_TITLE_WORDS || overHeader(line) || tellsStory(line) : (isSentenceHeadline(line) || isLongHeadline(line)) && tellsStory(line));
  // Share buttons and a table's rows set in monospace, never a title, count for none of the window's lines: the BBC's share
  // panel would fill it, and a wire factbox's rates by month (isMonospacedTableRow) would hide the headline over the date line.
  // Nor an e-mail address alone: the reporter's, under the byline, names the paper the body quotes ("… sa hun til Avisa") and
  // would be the title of three words telling the story.
  const searched = head.filter((line) => !isShareChrome(line) && !isMonospacedTableRow(line) && !isEmailAddressLine(line));
  const { window, filled } = titleWindow(searched, listed, mayBeTitle);
  const windowStart = filled ? window[0]!.number : 0;
  const listedInWindow = new Set(listed.filter((line) => line.number > windowStart));
  // A line over the header's byline further up, telling the body's story, is searched too: a video
  // page's headline over its byline stands behind more than TITLE_SEARCH_LINES lines of share buttons
  // and player controls. Not over a date line alone: a site's name or a
  // breadcrumb over the date line at the top of the page ("Winnipeg Free Press Live", "BLOG >
  // Nutrition > Meal Plans") shares words with the body too.
  const overBylineAbove = searched.slice(0, searched.length - window.length).filter((line) => overByline(line) && tellsStory(line));
  const searchedLines = [...overBylineAbove, ...window, ...listedInWindow].sort((a, b) => b.number - a.number);
  const names = namesTheBodyWrites(searchedLines, body, (line) => isTitleShaped(line) && headlineWords(line) >= MIN_TITLE_WORDS && !rows.has(line) && !lists.has(line) && tellsStory(line));
  const lines = names.size ? searchedLines.filter((line) => !names.has(line)) : searchedLines;
  return { ...input, pageStart, overlapOf, tellsStory, rows, lists, window, listedInWindow, lines };
}

/**
 * The lines of `lines` that are a name the body writes as is, capitals and all, after a word of its sentence (NAME_LINE: "El Prat
 * de Llobregat" in "… the town hall of El Prat de Llobregat has opened …"), when another line is a headline telling the story
 * (`tellingHeadline`): La Vanguardia sets the story's place between the author and the date line, and the place, every word of it
 * in the body, would be the title over the headline further up. A headline is written otherwise in the text (its capitals, its
 * words); a film's or a book's name may be a review's headline, but then no other headline tells the story.
 */
function namesTheBodyWrites(lines: readonly Line[], body: readonly Line[], tellingHeadline: (line: Line) => boolean): Set<Line> {
  const names = lines.filter((line) => NAME_LINE.test(line.text) && body.some((paragraph) => writesAfterWord(paragraph.text, line.text)));
  return names.length && lines.some((line) => !names.includes(line) && tellingHeadline(line)) ? new Set(names) : new Set();
}

/** Whether `text` holds `name` after a word of its sentence (a small letter or a comma and a space before it), no letter after. */
function writesAfterWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (AFTER_WORD.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_FIRST.test(text.slice(at + name.length))) return true;
  }
  return false;
}
const AFTER_WORD = /[\p{Ll},] $/u;
const LETTER_FIRST = /^[\p{L}\p{M}]/u;

/**
 * The rows of a table of figures over the body or opening it (figureRows), and a table's header row in `head` right over two
 * rows of its on the page (isDataTableRow: as many cells, split so too; one row under it may be a date line, "January 08, 2008"
 * under a blog's "« Older post | Main | Newer post »"), the rows removed before the search: a Telugu paper's
 * election results set "Party | Wards won | Vote share" over its rows, under the headline, its byline and date line; naming
 * the body's words (parties, wards, votes), the header would be the title.
 */
function tableRows(head: readonly Line[], body: readonly Line[], page: readonly Line[]): Set<Line> {
  // The body's first two lines: its first may be the title, the second a row it makes with it.
  const rows = figureRows([...head, ...body.slice(0, 2)]);
  for (const line of head) {
    const at = positionOf(page, line);
    const [next, second] = [page[at + 1], page[at + 2]];
    if (at >= 0 && next && second && isCloseUnder(next, line) && isCloseUnder(second, next) && isDataTableRow(page, at) && isDataTableRow(page, at + 1) && isDataTableRow(page, at + 2)) rows.add(line);
  }
  return rows;
}

/**
 * Whether the line stands right over a label of a few words over the header ("Guest Commentary" between an op-ed's
 * headline and its byline): the next line of `head` on the page, a blank line between them at most.
 */
export function overLabelOverHeader({ head, overHeader }: TitleSearch, line: Line): boolean {
  const label = head[head.indexOf(line) + 1];
  return label !== undefined && isCloseUnder(label, line) && headlineWords(label) < MIN_TITLE_WORDS && !label.endsWithSentencePunctuation && overHeader(label);
}

/**
 * Whether the line stands right over a summary of sentences over the header's byline, a blank line between them at most:
 * gov.uk sets its headline over a summary over "From: Department for Transport". A row of share buttons and reader tools
 * may stand between the summary and the byline (isShareOrTool): Fox Business sets its headline and summary over
 * `Facebook`, `Twitter`, `Comments`, `Print`, `Email` over the byline, and a video's title under the byline, sharing more of
 * the body's words, would be the title.
 */
export function overSummaryOverByline({ head, page, overByline }: TitleSearch, line: Line): boolean {
  const summary = head[head.indexOf(line) + 1];
  if (summary === undefined || !isCloseUnder(summary, line) || !summary.endsWithSentencePunctuation || isTitleShaped(summary)) return false;
  return overByline(overToolsUnder(page, summary));
}

/**
 * The last of the share buttons and reader's tools right under `line` on the page (isShareOrTool), or `line` when none is: what
 * stands right over the header when they stand between it and the line.
 */
export function overToolsUnder(page: readonly Line[], line: Line): Line {
  let last = page.indexOf(line);
  while (last + 1 < page.length && isShareOrTool(page[last + 1]!)) last++;
  return page[last] ?? line;
}

/**
 * A share button or a reader's tool alone on its line (`Facebook`, `Print`, `Comments`), a reader's widget (a count of comments,
 * a rating), the reading time or an ad's label: a site sets them between its headline or standfirst and the byline.
 */
const isShareOrTool = (line: Line): boolean =>
  isShareChrome(line) || isReaderTools(line) || isToolButton(line) || isCommentsLink(line) || isReaderWidget(line) || isReadingTime(line) || isAdSlot(line);

/**
 * The lines of a standfirst right under a line, down to the header's byline or date line: up to MAX_STANDFIRST_POINTS lines
 * of MIN_TITLE_WORDS or more, each shorter than the line, each next on the page (a blank line between them at most); none
 * when the header does not follow them.
 */
export function standfirstOverHeader({ head, overHeader }: TitleSearch, line: Line): readonly Line[] {
  const at = head.indexOf(line);
  for (let k = at + 1; k < head.length && k - at <= MAX_STANDFIRST_POINTS; k++) {
    const point = head[k]!;
    if (!isCloseUnder(point, head[k - 1]!) || headlineWords(point) < MIN_TITLE_WORDS || headlineWords(point) >= headlineWords(line) || !isNoTableListOrCaption(point)) return [];
    if (overHeader(point)) return head.slice(at + 1, k + 1);
  }
  return [];
}

/** What the search found, by kind: each the nearest the body of its kind, but `best`. */
export interface HeadlinesFound {
  /** The headline of MIN_TITLE_WORDS or more sharing most of the body's words, the nearest on ties. */
  best: Headline | null;
  /** A line of three words telling the body's story (half its words in it). */
  short: Headline | null;
  /** A line of three words right over the header, telling less of it. */
  headerLine: Line | null;
  /** A headline written as sentences telling the story, right over the header (or a label over it), and one elsewhere. */
  sentences: Line | null;
  sentencesNotOverHeader: Line | null;
  /** A long headline right over the header's byline or date line, or over a standfirst over it, telling the body's story (isLongHeadline). */
  long: Headline | null;
  /** A headline right over the header (or over a summary over the byline) telling the story (SAME_STORY_OVERLAP). */
  overTheHeader: Headline | null;
  /** The page's own headline, right over the header, telling the story in part (PAGE_HEADLINE_OVERLAP). */
  pageHeadline: Headline | null;
  /** Every headline of MIN_TITLE_WORDS or more, nearest the body first: one under a score widget may be the title (headlineUnderScores). */
  headlines: readonly Headline[];
}

/** The search's lines, each read once, nearest the body first, into the kinds findTitle chooses among (HeadlinesFound). */
export function headlinesFound(search: TitleSearch): HeadlinesFound {
  const { lines, rows, lists, listedInWindow, overHeader, overlapOf, tellsStory } = search;
  let best: Headline | null = null;
  let short: Headline | null = null;
  let headerLine: Line | null = null;
  let sentences: Line | null = null;
  let sentencesNotOverHeader: Line | null = null;
  let long: Headline | null = null;
  let overTheHeader: Headline | null = null;
  let pageHeadline: Headline | null = null;
  const headlines: Headline[] = [];
  for (const line of lines) {
    if (rows.has(line) || lists.has(line)) continue;
    // A headline written as sentences, right over the header's byline or date line and telling the body's story.
    if (!isTitleShaped(line)) {
      if (isSentenceHeadline(line) && !listedInWindow.has(line) && tellsStory(line)) {
        if (overHeader(line) || overLabelOverHeader(search, line)) sentences ??= line;
        else sentencesNotOverHeader ??= line;
      } else if (isLongHeadline(line) && (overHeader(line) || standfirstOverHeader(search, line).length > 0) && !listedInWindow.has(line)) {
        const overlap = overlapOf(line);
        if (overlap >= SAME_STORY_OVERLAP) long ??= { line, overlap };
      }
      continue;
    }
    const overlap = overlapOf(line);
    if (listedInWindow.has(line) && overlap < SAME_STORY_OVERLAP) continue;
    // A line of three words is a section label ("World News Today"), unless no longer line is a
    // headline and the body tells its story ("Council approves budget" over a brief).
    if (headlineWords(line) < MIN_TITLE_WORDS) {
      if (overlap >= SAME_STORY_OVERLAP) short ??= { line, overlap };
      else if (!listedInWindow.has(line) && overHeader(line)) headerLine ??= line;
      continue;
    }
    if ((overHeader(line) || overSummaryOverByline(search, line)) && !listedInWindow.has(line)) {
      if (overlap >= PAGE_HEADLINE_OVERLAP) pageHeadline ??= { line, overlap };
      if (overlap >= SAME_STORY_OVERLAP) overTheHeader ??= { line, overlap };
    }
    headlines.push({ line, overlap });
    if (!best || overlap > best.overlap) best = { line, overlap };
  }
  return { best, short, headerLine, sentences, sentencesNotOverHeader, long, overTheHeader, pageHeadline, headlines };
}
