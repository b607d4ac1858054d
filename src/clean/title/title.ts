// The article's title (findTitle): among the headline-shaped lines before the body (headlines.ts), the one telling the
// body's story, chosen in named steps: the lines searched (titleSearch), the kinds of headline found (headlinesFound), then
// the rules that give the line sharing most of the body's words up for the page's own headline (over the header, over
// its standfirst, under a kicker, named by a label or the page's title: the layouts of headline-layouts.ts), and a
// fallback when none is found (titleOrFallback).
import type { ArticleMetadata } from '../../types.js';
import { EDITOR_NOTE } from '../../text/dateline.js';
import { figureRows, isResultLine } from '../edges/tables.js';
import { isReaderTools, isToolButton } from '../chrome/buttons.js';
import { isCommentsLink } from '../chrome/comments.js';
import { SUMMARY_BOX_LABEL } from '../chrome/overviews.js';
import { isDataTableRow, isMonospacedTableRow, isProse } from '../line-shape.js';
import { ENGLISH_CAPTION, headlineNamedByPageTitle, headlineOverStandfirst, headlineOverStoriesLabel, headlineUnderPageTitle, headlineUnderScores, isCapitalsKickerOver, isGreeting, isKickerOver, isLettersHeading, isReaderWidget, isShortHeadlineOver, isStandfirstLineOver, isTitleCaseOverSentenceCase, isTwoWordHeadline, isUnderHeaderUnder, MAX_STANDFIRST_POINTS, MIN_LIST_LINES, MIN_TITLE_WORDS, type NextOnPage, opensStoriesBox, opensWithSameName, quantityLists, STAR_RATING } from './headline-layouts.js';
import { endsWithAbbreviation, headlineWords, isLongHeadline, isNoTableListOrCaption, isSentenceHeadline, isShareChrome, isTitleShaped, MAX_SENTENCE_HEADLINE_WORDS, MIN_HEADLINE_WORDS, overlapWithBody, REVIEW_CREDIT, SAME_STORY_OVERLAP, stemsOf, type BodyReading } from './headlines.js';
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
const PAGE_HEADLINE_OVERLAP = 0.25;

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

/**
 * The article's title line: among the headline-shaped lines just before the body (not a table row), the one sharing
 * most words with the body (the nearest on ties); failing that, a headline opening the body, or
 * a headline after the body that shares at least half its words with it. Null when the input already gave a title.
 *
 * Its steps: the lines searched (titleSearch), read once into the kinds of headline found (headlinesFound); the one sharing
 * most of the body's words, given up for the page's headline over the header (pageHeadlineFirst), a headline of another
 * length (headlineOfOtherLength), the headline over its standfirst (headlineOverItsStandfirst), the headline a label or the
 * page's title names (headlineByLabelOrPageTitle); a fallback when none is found (titleOrFallback).
 */
export function findTitle(input: TitleInput): { line: Line; reason: string } | null {
  if (input.metadata.title) return null;
  const search = titleSearch(input);
  const found = headlinesFound(search);
  const { best: pageHeadline, underKicker } = pageHeadlineFirst(search, found);
  const otherLength = headlineOfOtherLength(search, found, pageHeadline);
  const overStandfirst = headlineOverItsStandfirst(search, found, otherLength, underKicker);
  return titleOrFallback(search, found, headlineByLabelOrPageTitle(search, overStandfirst));
}

/** A line and its share of content words in the body (overlapWithBody). */
type Headline = { line: Line; overlap: number };

/** What findTitle's steps read: its input, each line's share of the body's words, and the lines searched. */
interface TitleSearch extends TitleInput {
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
function titleSearch(input: TitleInput): TitleSearch {
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
function overLabelOverHeader({ head, overHeader }: TitleSearch, line: Line): boolean {
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
function overSummaryOverByline({ head, page, overByline }: TitleSearch, line: Line): boolean {
  const summary = head[head.indexOf(line) + 1];
  if (summary === undefined || !isCloseUnder(summary, line) || !summary.endsWithSentencePunctuation || isTitleShaped(summary)) return false;
  let last = page.indexOf(summary);
  while (last + 1 < page.length && isShareOrTool(page[last + 1]!)) last++;
  return overByline(page[last]!);
}

/** A share button or a reader's tool alone on its line (`Facebook`, `Print`, `Comments`). */
const isShareOrTool = (line: Line): boolean => isShareChrome(line) || isReaderTools(line) || isToolButton(line) || isCommentsLink(line);

/**
 * The lines of a standfirst right under a line, down to the header's byline or date line: up to MAX_STANDFIRST_POINTS lines
 * of MIN_TITLE_WORDS or more, each shorter than the line, each next on the page (a blank line between them at most); none
 * when the header does not follow them.
 */
function standfirstOverHeader({ head, overHeader }: TitleSearch, line: Line): readonly Line[] {
  const at = head.indexOf(line);
  for (let k = at + 1; k < head.length && k - at <= MAX_STANDFIRST_POINTS; k++) {
    const point = head[k]!;
    if (!isCloseUnder(point, head[k - 1]!) || headlineWords(point) < MIN_TITLE_WORDS || headlineWords(point) >= headlineWords(line) || !isNoTableListOrCaption(point)) return [];
    if (overHeader(point)) return head.slice(at + 1, k + 1);
  }
  return [];
}

/** What the search found, by kind: each the nearest the body of its kind, but `best`. */
interface HeadlinesFound {
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
function headlinesFound(search: TitleSearch): HeadlinesFound {
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

/**
 * The page's own headline over the header (`overTheHeader`, `pageHeadline`) as the title before the line sharing most of
 * the body's words when that line is a match's result, a caption, an item of a list of other stories, a line under a
 * label of other stories or under a kicker, or a line the site lists (and the headline under a kicker in capitals before
 * the kicker, over the header or not): a rule a layout, each saying the page it was
 * written for, in the order they give the title up. `underKicker`: the headline taken under its kicker, which
 * headlineOverItsStandfirst leaves as it is.
 */
function pageHeadlineFirst(search: TitleSearch, found: HeadlinesFound): { best: Headline | null; underKicker: Headline | null } {
  if (!found.best) return { best: null, underKicker: null };
  let best = found.best;
  best = headlineOverHeaderBeforeLineUnder(search, found, best);
  best = headlineBeforeCaptionUnderHeader(search, found, best);
  best = firstHeaderHeadlineBeforeListAbove(search, found, best);
  best = headlineOverBylineBeforeLineAbove(search, found, best);
  best = headlineBeforeListOverIt(search, found, best);
  best = headlineUnderStoriesLabelFirst(search, best);
  best = headlineUnderCapitalsKickerBeforeLineAbove(search, found, best);
  const underKicker = headlineUnderKicker(search, found, best) ?? headlineUnderCapitalsKicker(search, best);
  if (underKicker) best = underKicker;
  best = headlineUnderScores(best, found.headlines, search.head);
  return { best: headlineBeforeListedLine(search, found, best), underKicker };
}

/**
 * A line under the header may share more words with the body than any headline: a match's result
 * (every word a name the report repeats: "Millfield United 0 Kenton Harriers 1" under the byline would
 * be the title, and the headline over the byline page text), a summary box's key point (Reuters'
 * "Membership fee income up 14%" under its date line). A headline over the header telling the story
 * is the title over a result, over the byline over any line: over a date line alone, a related
 * story's headline may share half the body's words (CityAM's "Share listings: Is there
 * any life left?" over the date line over the headline, 0.75 of its words against the headline's 0.88);
 * sharing as many as the line under it, it is the title: Polygraph's claimant under its date line ("The
 * Russian and Syrian defense ministries", every word in the body, as the headline's) would be. A
 * result above that line is the page's headline, the line under it its standfirst ("Ashvale 24-17
 * Carrick Park" over "Late try keeps …"): the standfirst would be the title. So is a headline over a summary over the byline over a
 * line above it: gov.uk's breadcrumb step "Driving and road transport" over "Press release" over the
 * headline over its summary over "From: Department for Transport" names the story's subjects and
 * shares more of its words, and would be the title.
 */
function headlineOverHeaderBeforeLineUnder(search: TitleSearch, { overTheHeader, pageHeadline }: HeadlinesFound, best: Headline): Headline {
  const { overByline } = search;
  // Telling the story in part, it is the title over a result under it: a roundup's results name the teams its text names.
  if (!overTheHeader && pageHeadline && best.line.number > pageHeadline.line.number && isResultLine(best.line)) return pageHeadline;
  return overTheHeader && best.line !== overTheHeader.line &&
    (overSummaryOverByline(search, overTheHeader.line) || (best.line.number > overTheHeader.line.number && (isResultLine(best.line) || overByline(overTheHeader.line) || overTheHeader.overlap >= best.overlap)))
    ? overTheHeader
    : best;
}

/**
 * The page's headline over the header telling the story in part is the title before a picture's caption right under that header
 * (ENGLISH_CAPTION), over no header of its own: "The driver watched the launch of his team's new car in Stuttgart" under the story's date line,
 * 0.57 of its words in the body, would be the title over "Driver eager to race again" (0.25). Not before any line there: a
 * business weekly sets its headline under the date line ("Local marine researcher dies"), and a subscription prompt over
 * that date line shares a quarter of the body's words by chance.
 */
function headlineBeforeCaptionUnderHeader({ page, overHeader, overHeaderLine }: TitleSearch, { pageHeadline }: HeadlinesFound, best: Headline): Headline {
  return pageHeadline && ENGLISH_CAPTION.test(best.line.text) && !overHeader(best.line) && isUnderHeaderUnder(best.line, pageHeadline.line, page, overHeaderLine) ? pageHeadline : best;
}

/**
 * The headline over the page's first date line or byline is the title before a line above it over other headlines (a
 * list of the site's latest stories: "Brandt leads in Durban" over "Ames targets major success" … over "Hollins misfires in
 * Durban" over its date line would be the title), telling the story (half its words), or in part (PAGE_HEADLINE_OVERLAP)
 * before a line sharing less than half: with the story's first paragraph lost over the block, "Marlow close to striker
 * move" shares a quarter, a menu's "Play Games and Bet" further up a third. Not over a later date line: a box of related
 * stories sets each headline over its own date. Nor before a line with no headline between them: a headline over its
 * reader tools over its standfirst over the date line. So is one of three words telling the story in part: Canwest's
 * "Wrong-way cyclist halted" (a third of its words) over its author and date line would lose the title to "Pills that ease
 * back pain may harm the liver, doctors warn" (less) in the site's latest stories above it; or telling it: a weekly's
 * "The Budget Clock" over its byline would lose it to a story of the site's list above (0.8 of its words in the body).
 */
function firstHeaderHeadlineBeforeListAbove({ head, page, overHeader, overlapOf }: TitleSearch, { overTheHeader, pageHeadline, headerLine, short }: HeadlinesFound, best: Headline): Headline {
  // Whether `upper` stands in `head` over other headlines over `lower`: an item of a list of other stories over the page's headline.
  const isOverHeadlinesOver = (upper: Line, lower: Line): boolean => {
    const [from, to] = [head.indexOf(upper), head.indexOf(lower)];
    return from >= 0 && from < to && head.slice(from + 1, to).some(isTitleShaped);
  };
  const shortHeadline = short && overHeader(short.line) ? short : headerLine && overlapOf(headerLine) >= PAGE_HEADLINE_OVERLAP ? { line: headerLine, overlap: overlapOf(headerLine) } : null;
  const firstOverHeader = pageHeadline || shortHeadline ? page.find(overHeader) : undefined;
  const atFirstHeader = firstOverHeader && [overTheHeader, pageHeadline, shortHeadline].find((headline) => headline?.line === firstOverHeader);
  return atFirstHeader && (atFirstHeader.overlap >= SAME_STORY_OVERLAP || best.overlap < SAME_STORY_OVERLAP) && isOverHeadlinesOver(best.line, atFirstHeader.line) && !overHeader(best.line) ? atFirstHeader : best;
}

/**
 * The page's headline right over the byline, telling the story in part, is the title before a line above it sharing less than half
 * and over no header of its own: a film review's "‘27 Dresses’ | 2 stars" (a quarter) over "By LORNA LOCKHART", under a date
 * line of its own further up, would lose the title to a menu's giveaway over that date line, "Movie Passes: "How She Move"" (a third).
 */
function headlineOverBylineBeforeLineAbove({ overHeader, overByline }: TitleSearch, { pageHeadline }: HeadlinesFound, best: Headline): Headline {
  return pageHeadline && best.line.number < pageHeadline.line.number && best.overlap < SAME_STORY_OVERLAP && overByline(pageHeadline.line) && !overHeader(best.line) ? pageHeadline : best;
}

/**
 * The page's headline over the header, telling the story in part, is the title before the last of a list of other stories'
 * headlines right over it (a run of MIN_LIST_LINES headlines, each right over the next): CNN sets its trending stories over
 * the headline over the byline, and the last, "Why you should always air the bedroom before you go to bed" (0.6 of its words
 * in the body against the headline's 0.29), would be the title.
 */
function headlineBeforeListOverIt(search: TitleSearch, { pageHeadline }: HeadlinesFound, best: Headline): Headline {
  return pageHeadline && nextOnPageOf(search)(best.line) === pageHeadline.line && !search.overHeader(best.line) && closesHeadlineList(search, best.line) ? pageHeadline : best;
}

/**
 * The headline over the page's first date line or byline is the title before a line under a label of other stories between
 * them, telling the story in part (PAGE_HEADLINE_OVERLAP), searched above the window too: CBS sets its headline and standfirst
 * over the date line, then a box of videos and "Related", "Stories" and their headlines over the body, which fill the
 * window, and "Paroled Felon Could Haunt Governor", sharing more of the body's words, would be the title; so would "Can Dr. Phil
 * Save Britney Spears?" under "Related Stories", over a headline and standfirst over a picture's credit over the date line.
 * Sharing none of the body's words too, before a line over no header of its own: a trade weekly's column "The Final
 * Chapter?" would lose the title to its author's other story on the subject under "ALSO BY THIS AUTHOR...". Not before a
 * line over a header: a masthead's "OTHER FREE CONTENT" over "FROM THE WALL STREET" (read as a byline) would take it
 * from the page's headline over its byline, further down under other stories' labels.
 */
function headlineUnderStoriesLabelFirst({ head, page, listed, overHeader, overlapOf }: TitleSearch, best: Headline): Headline {
  const underStoriesLabel = headlineOverStoriesLabel(best.line, head, page, overHeader);
  return underStoriesLabel && isTitleShaped(underStoriesLabel) && !listed.includes(underStoriesLabel) && (overlapOf(underStoriesLabel) >= PAGE_HEADLINE_OVERLAP || !overHeader(best.line)) ? { line: underStoriesLabel, overlap: overlapOf(underStoriesLabel) } : best;
}

/**
 * The page's headline over the header, telling the story in part (PAGE_HEADLINE_OVERLAP), right under a section's label in capitals
 * (isCapitalsKickerOver) is the title before a line above the label over no header of its own: the label opens the article's header,
 * and the lines over it are the site's. A US regional paper sets its picks' teasers over "SPORTS" over the headline, the lead
 * picture's caption, the byline and the date line; a teaser every word of which the body holds ("Harbour ferry fares rising", with
 * the most-read list's last items opening the block) would be the title.
 */
function headlineUnderCapitalsKickerBeforeLineAbove({ head, overHeader, recordsOf, vocabulary }: TitleSearch, { pageHeadline }: HeadlinesFound, best: Headline): Headline {
  const kicker = pageHeadline ? head[head.indexOf(pageHeadline.line) - 1] : undefined;
  if (!pageHeadline || !kicker || best.line.number >= kicker.number || overHeader(best.line) || !isCapitalsKickerOver(kicker, pageHeadline.line, head)) return best;
  // A line telling the headline's story over the label is the page's headline, the line under the label its standfirst: 20 Minutes
  // sets "À Lyon, la métropole veut planter …" over "VÉGÉTALISATION" over "Les cours d'école de la métropole …" over the author.
  return overlapWithBody(recordsOf(best.line), stemsOf([pageHeadline.line], recordsOf, vocabulary), vocabulary) < PAGE_HEADLINE_OVERLAP ? pageHeadline : best;
}

/**
 * The page's headline when `best` is a kicker right over it over the header, no blank line between, fewer words than it
 * (tagesschau.de's "Mehr Geld für Pflegekräfte" over "Länder einigen sich auf neuen Tarifvertrag" over its date line): the
 * kicker names the story in the body's words more than the headline does, and would be the title.
 */
function headlineUnderKicker({ head, vocabulary, recordsOf }: TitleSearch, { pageHeadline }: HeadlinesFound, best: Headline): Headline | null {
  return pageHeadline && isKickerOver(best.line, pageHeadline.line, head) && !isTitleCaseOverSentenceCase(recordsOf(best.line), recordsOf(pageHeadline.line), vocabulary) ? pageHeadline : null;
}

/**
 * The headline right under `best` when `best` is a category label in capitals over it (isCapitalsKickerOver), the headline
 * searched, not listed by the site, telling the story in part (PAGE_HEADLINE_OVERLAP); else null. A coaching blog sets
 * "GROWING A SMALL FIRM" over "Why the Best Owners Plan a Year Ahead" over its share counts, and the label,
 * the blog's subject in the body's words, would be the title.
 */
function headlineUnderCapitalsKicker({ head, lines, overlapOf, listedInWindow }: TitleSearch, best: Headline): Headline | null {
  const headline = head[head.indexOf(best.line) + 1];
  if (!headline || !lines.includes(headline) || listedInWindow.has(headline) || !isTitleShaped(headline) || !isCapitalsKickerOver(best.line, headline, head)) return null;
  const overlap = overlapOf(headline);
  return overlap >= PAGE_HEADLINE_OVERLAP ? { line: headline, overlap } : null;
}

/**
 * The page's headline over the header is the title before a line the site lists on its other
 * pages: a menu's "Letters to the Editor" shares half its words with a story's body, more than
 * "'Surge' Makes Annual Banned-Words List" does. So is a headline the site lists too, right over the header under that line
 * (listedHeadlineOverHeader): in a run of one site's pages, each headline stands in a few others' boxes of stories, and the
 * masthead opening every page ("The Harbour Ledger Daily", half its words in a text saying "daily ledger") would be the title
 * over it (titleOrFallback: a masthead of three words).
 */
function headlineBeforeListedLine(search: TitleSearch, { pageHeadline }: HeadlinesFound, best: Headline): Headline {
  const { listedInWindow, overHeader, overlapOf } = search;
  if (!listedInWindow.has(best.line)) return best;
  if (pageHeadline) return pageHeadline;
  const listedOverHeader = overHeader(best.line) ? null : listedHeadlineOverHeader(search);
  return listedOverHeader && listedOverHeader.number > best.line.number ? { line: listedOverHeader, overlap: overlapOf(listedOverHeader) } : best;
}

/**
 * A headline longer than most (isLongHeadline) or of three or two words as the title before `best` when `best` tells the
 * story less or stands over no header of its own: each rule says the page it was written for.
 */
function headlineOfOtherLength(search: TitleSearch, found: HeadlinesFound, best: Headline | null): Headline | null {
  const { lines, overHeader, overByline, overlapOf, listedInWindow } = search;
  const { long, short, headerLine, sentences } = found;
  // A long headline over the header telling the story is the title before a line that does not tell
  // it: a menu's "Trending: Budget 2026 | IPL Auction" over it would be the title.
  // So is one over its standfirst before the standfirst's lines: the Daily Mail sets a headline of 26 to
  // 40 words over three or four points of the story, and the point sharing most of the body's words would be the title.
  // Not under its own headline, though: a long line right under the line sharing most of the body's words, a headline
  // opening its run (not a list's last item), is that headline's standfirst. The Globe and Mail sets "Finger pointing starts amid
  // anger" (a fifth of its words in the body) over a standfirst of 29 words over the author and date line, and with the
  // author read, the standfirst would be the title.
  if (long && (!best || best.overlap < PAGE_HEADLINE_OVERLAP || standfirstOverHeader(search, long.line).includes(best.line)) && !(best && isHeadlineOverItsStandfirst(search, best.line, long.line))) best = long;
  // So is a headline written as sentences over the header, telling the story, before a line over no header of its own
  // sharing fewer of the body's words, unless that line is its headline over it: NJ.com's "Harbour County doubles down on
  // ‘Rats. We’re on it.’ They just might be." over its date line would lose the title to a masthead in the menu above ("The
  // Times of Trenton", half its words in the text).
  if (best && sentences && !overHeader(best.line) && best.overlap < overlapOf(sentences) && !isHeadlineOverItsStandfirst(search, best.line, sentences)) best = { line: sentences, overlap: overlapOf(sentences) };
  // A headline of three words telling the story, under a longer line telling it in small part: a
  // related story's headline over its date line ("Council approves new parking charges for town
  // centre", one word of seven in the body) over the page's own "Storm cuts power" would be the title. Right over the header's
  // byline, under a line telling it in part (less than half): an ad's "Meet awesome TELUS phones" (a quarter) over
  // "Remembering Otto Brandvold" over "By BRENT HALVERSON -- Sun Media" would be the title.
  const shortOverByline = short !== null && overByline(short.line);
  if (best && short && best.overlap < (shortOverByline ? SAME_STORY_OVERLAP : PAGE_HEADLINE_OVERLAP) && short.line.number > best.line.number) best = short;
  // So is one every word of which the body repeats, near over the header (isNearOverHeader), under a line sharing fewer: Sputnik
  // sets a column's headline over the picture's credit, "Columnists", the date line and the byline, under a menu of its shows,
  // and a show's name of six words sharing two thirds would be the title.
  else if (best && short && short.overlap === 1 && best.overlap < 1 && short.line.number > best.line.number && isNearOverHeader(search, short.line)) best = short;
  // So is one right over the header telling none of it, under a line telling it no more: an editorial's "Sealing the deal" over
  // its date line (its text says "stadium", "roof") would lose the title to a promotion above it, "Send us your garden pix!". Not
  // under a line right over it: that is the headline over its credit ("Staff and agencies") or label (overLabelOverHeader).
  if (best && !short && headerLine && best.overlap === 0 && headerLine.number > best.line.number && !overLabelOverHeader(search, best.line)) best = { line: headerLine, overlap: 0 };
  // So is one of two words nearest the body, a review's credits under it at most, every word of it in the body: a film's
  // ("Garuda Rises" over "Director : Vikram Sethi"), too short for a headline, would leave the title to the credit. Right over
  // the byline, half its words do: "Tanner Leeds-bound" over "By staff writers" (the body says "Leeds") would leave it to a
  // menu's "WIN Best Seats Ever". Over the byline it may be written in sentence case and stand further from the body: a game
  // studio's blog sets "Patch notes" over its date line over "Posted by …" over "Leave a comment", and a menu's item would be the title.
  // Right over the date line, every word of it in the body, in sentence case too: a wire table's "NFL standings" over its date line
  // over "(Reuters) - Standings in the NFL on Monday" would leave its page without a title.
  const isPair = (line: Line): boolean =>
    !listedInWindow.has(line) && (overByline(line) ? isTwoWordHeadline(line, 'sentence case') && overlapOf(line) >= SAME_STORY_OVERLAP : isTwoWordHeadline(line, overHeader(line) ? 'sentence case' : 'title case') && overlapOf(line) >= 1);
  const nearest = lines.find((line) => !REVIEW_CREDIT.test(line.text));
  const pair = (nearest && isPair(nearest) ? nearest : lines.find((line) => overByline(line) && isPair(line))) ?? null;
  // Over the byline, so is one with no other headline on the page; over the date line, one in sentence case ("NFL standings"): two
  // capitalised words there name the station or the author as often ("CTV Toronto" over its date line, every word in the text).
  if (pair && (best ? best.overlap < PAGE_HEADLINE_OVERLAP && pair.number > best.line.number : overByline(pair) || (overHeader(pair) && !isTwoWordHeadline(pair)))) best = { line: pair, overlap: overlapOf(pair) };
  return best;
}

/** Lines over the header's date line or byline a headline may stand (isNearOverHeader): a picture's credit and a section's label between. */
const NEAR_HEADER_LINES = 3;
/**
 * Whether the line stands NEAR_HEADER_LINES lines at most over the header's date line or byline (`overHeaderLine`), and not
 * right under one of its lines (an author's name under "Author:").
 */
function isNearOverHeader({ page, overHeaderLine }: TitleSearch, line: Line): boolean {
  const at = page.indexOf(line);
  const twoUp = page[at - 2];
  return !(twoUp && overHeaderLine(twoUp)) && page.slice(at, at + NEAR_HEADER_LINES).some(overHeaderLine);
}

/**
 * The headline right over a review's rating in stars right over `line`, telling the story in part (PAGE_HEADLINE_OVERLAP):
 * a review's headline judges in words its text does not use ("The Long Field: a quiet, devastating drama about a Kerry farm
 * family", a quarter), and the standfirst under the rating, sharing as many, would be the title. Else null.
 */
function headlineOverRating({ page, head, overlapOf, listedInWindow }: TitleSearch, line: Line): Line | null {
  const at = page.indexOf(line);
  const [headline, rating] = [page[at - 2], page[at - 1]];
  return headline && rating && STAR_RATING.test(rating.text) && head.includes(headline) && isTitleShaped(headline) && !listedInWindow.has(headline) && overlapOf(headline) >= PAGE_HEADLINE_OVERLAP ? headline : null;
}

/** The page's next line under a line, a reader's widget (isReaderWidget) passed over (blank lines are no lines: `page` holds the others). */
const nextOnPageOf = ({ page }: TitleSearch): NextOnPage => (line) => {
  let next = page.indexOf(line) + 1;
  while (next < page.length && isReaderWidget(page[next]!)) next++;
  return page[next];
};

/** Whether `line` is the last of MIN_LIST_LINES headline-shaped lines or more on the page, each right over the next (isStandfirstLineOver). */
function closesHeadlineList(search: TitleSearch, line: Line): boolean {
  const { page } = search;
  const nextOnPage = nextOnPageOf(search);
  const at = page.indexOf(line);
  for (let k = at; k > at - MIN_LIST_LINES + 1; k--) if (k < 1 || !isStandfirstLineOver(page[k - 1]!, page[k]!, nextOnPage)) return false;
  return true;
}

/**
 * Whether `upper` is a headline right over `lower`, its standfirst (isStandfirstLineOver), and opens its run: the line over
 * it is no such line over it (an item of a list of other stories' headlines is).
 */
function isHeadlineOverItsStandfirst(search: TitleSearch, upper: Line, lower: Line): boolean {
  const nextOnPage = nextOnPageOf(search);
  const above = search.head[search.head.indexOf(upper) - 1];
  return isStandfirstLineOver(upper, lower, nextOnPage) && !(above && isStandfirstLineOver(above, upper, nextOnPage));
}

/**
 * The headline over its standfirst when `best` is a line of that standfirst: a three-word headline naming whom the body
 * opens with, one ending in a full stop, or a longer one over it (headlineOverStandfirst). `underKicker`: pageHeadlineFirst's.
 */
function headlineOverItsStandfirst(search: TitleSearch, found: HeadlinesFound, best: Headline | null, underKicker: Headline | null): Headline | null {
  const { head, body, vocabulary, recordsOf, overHeader, overHeaderLine, overlapOf, rows, lists, listedInWindow } = search;
  const { short, sentencesNotOverHeader } = found;
  // A headline of three words naming whom the body opens with, right over a standfirst over the
  // header: "Margaret Ellery obituary" over "Botanist who catalogued …" would lose the title to it. Not
  // a section label over the headline ("Clocks and watches"), which the body does not open with.
  // Right over it in `head`: a label the site repeats (`listed`) has no place there, and would be
  // read as standing over head's first line.
  // A headline ending in a full stop right over a standfirst over the header ("Scientists find water
  // ice near the Moon's south pole." over "A new map … shows ice …"): the standfirst would be the
  // title, the headline page text.
  const bestAt = best ? head.indexOf(best.line) : -1;
  const overBest = bestAt > 0 ? head[bestAt - 1] : undefined;
  const named = best && overBest && overHeader(best.line) ? (overBest === short?.line && opensWithSameName(short.line, body[0]) ? short.line : overBest === sentencesNotOverHeader ? sentencesNotOverHeader : null) : null;
  if (named) best = { line: named, overlap: 0 };
  // A review's headline over its rating over its standfirst (headlineOverRating), and the headline over a widget over it (nextOnPageOf).
  const rated = best && !named ? headlineOverRating(search, best.line) : null;
  if (rated) return { line: rated, overlap: overlapOf(rated) };
  // A standfirst over the author's name alone, too, when it shares few of the longer line's words: a standfirst adds to its
  // headline (Folha's "Programa da prefeitura prioriza bairros …" under "São Paulo vai plantar 50 mil árvores …" over
  // "Fernanda Mena" shares none of them, and would be the title), where a promotion's banner over the page's headline names
  // the same thing (BGR's "Black Friday 2026: Grab This Year's Best Early Black Friday Deals" over "The 8 best early
  // Black Friday deals on laptops" over "Jane Doe": half of them; taken for a headline, the banner would be the title).
  // Less than half when both are set in one case: a banner in title case over a headline in sentence case is the promotion's; the
  // Daily Star's "Only two of the six canals have been dredged, officials say" shares a third of its headline's words.
  const standfirstOverName = (line: Line, upper: Line): boolean => {
    if (overHeaderLine(line)) return true;
    if (!overHeader(line)) return false;
    const shared = overlapWithBody(recordsOf(line), stemsOf([upper], recordsOf, vocabulary), vocabulary);
    return shared < PAGE_HEADLINE_OVERLAP || (shared < SAME_STORY_OVERLAP && !isTitleCaseOverSentenceCase(recordsOf(upper), recordsOf(line), vocabulary));
  };
  if (best && !named && best !== underKicker) best = headlineOverStandfirst(best, head.filter((line) => !isReaderWidget(line)), nextOnPageOf(search), standfirstOverName, (line) => !rows.has(line) && !lists.has(line) && !listedInWindow.has(line), overlapOf, (line) => closesHeadlineList(search, line), (line) => overlapOf(line) >= PAGE_HEADLINE_OVERLAP, (line) => opensStoriesBox(line, search.page));
  return best;
}

/**
 * The headline a label or the page's title names as the title before `best`: over a summary box's label, a letters page's
 * heading, the headline in the page's title as the browser shows it.
 */
function headlineByLabelOrPageTitle(search: TitleSearch, best: Headline | null): Headline | null {
  const { head, body, window, pageStart, overHeader, overlapOf, tellsStory, listedInWindow } = search;
  // The headline right over a summary box's label (CNN's "Story Highlights" over the story's points) is the title before
  // a point under it: written to sum the story up, a point shares more of its words, and one would be the title.
  const boxLabel = best && head.find((line) => line.number < best!.line.number && SUMMARY_BOX_LABEL.test(line.text));
  const overBox = boxLabel ? head[head.indexOf(boxLabel) - 1] : undefined;
  if (overBox && isCloseUnder(boxLabel!, overBox) && isTitleShaped(overBox) && !listedInWindow.has(overBox) && overlapOf(overBox) >= PAGE_HEADLINE_OVERLAP) best = { line: overBox, overlap: overlapOf(overBox) };
  // A letters page's heading over the header is its title, not the first letter's headline under it.
  const letters = window.find((line) => overHeader(line) && isLettersHeading(line));
  if (letters) best = { line: letters, overlap: overlapOf(letters) };
  if (best) best = headlineUnderPageTitle(best, [...window, ...body.slice(0, 1)]);
  // So is the headline the page's title on its first line names, searched above the window too: a paper's copy of a press
  // release set "News & Observer | newsobserver.com | A New Hero Joins Harbour Quest(R) II" first, the headline under its
  // date lines, then boxes of the paper's other stories filling the window, one of which would be the title.
  const namedByPageTitle = headlineNamedByPageTitle(pageStart, head, tellsStory);
  if (namedByPageTitle) best = { line: namedByPageTitle, overlap: overlapOf(namedByPageTitle) };
  return best;
}

/**
 * The title: `best`, or when there is none a line of three words or a headline written as sentences, a headline opening
 * the body (already clean text), a short headline opening the page, a headline of this article listed after it.
 */
function titleOrFallback(search: TitleSearch, found: HeadlinesFound, best: Headline | null): { line: Line; reason: string } | null {
  const { head, listed, body, tail, vocabulary, recordsOf, overHeader, overlapOf, tellsStory, rows, lists, listedInWindow, pageStart } = search;
  const { short, headerLine, sentences } = found;
  const [lone] = head;
  const shortLine = short?.line ?? headerLine ?? (head.length === 1 && !listed.length && !rows.has(lone!) && !lists.has(lone!) && isShortHeadlineOver(lone!, body[0], pageStart) ? lone! : null);
  // Already clean text: the title is the body's first line, a headline followed by prose; or a
  // page with no prose at all, a headline over picture captions or alone under the page's labels.
  // A text of that one line alone is the article (a corpus of headlines): it would be left empty.
  // A correction or editor's note set above the story opens such a text: the headline is under it.
  // So does an e-mail newsletter's greeting ("Good morning! It's Friday. Here's what you need to know
  // today."): its story's headline is under it, not the greeting.
  let opening = 0;
  while (opening < body.length - 1 && (EDITOR_NOTE.test(body[opening]!.text) || isGreeting(body[opening]!))) opening++;
  const [first, next] = body.slice(opening);
  // Or a headline right over the header's date line or byline, whatever follows: in a script without
  // capitals (Hangul) it scores as body and opens the block, and a subtitle under the date line would leave
  // the page without a title. A question or an exclamation ends none of it: Moneycontrol's headline opening the block ("Economy
  // slows while shares soar; time for caution?") would leave the title to a breadcrumb's label, a group's "What is …?"
  // over its answer would leave its page without one, and a blog's post title under its date line ("Vote! Vote! Vote!") to the
  // blog's tagline. Of MAX_SENTENCE_HEADLINE_WORDS at most, as a headline written as sentences: a lede's question opening the
  // block under the header ("Every spring the same argument returns: should …?", 16 words) is none.
  const opensText = next ? next.endsWithSentencePunctuation || !body.some(isProse) || overHeader(first!) : head.length > 0;
  const opensWithHeadline = first !== undefined && isTitleShaped(first) && !rows.has(first) && (!first.endsWithSentencePunctuation || endsWithAbbreviation(first) || isAskingOrExclaimingHeadline(first)) && opensText;
  // A line of three words or a headline written as sentences is the title when no longer headline is,
  // but not over a headline under a newsletter's greeting or an editor's note opening the body: the
  // newsletter's name over its date line ("The Morning Tide") shares a word of the greeting, and would be the title. Nor,
  // standing over no header, over a headline opening the body telling its story in part (PAGE_HEADLINE_OVERLAP): a team
  // menu's "CHOOSE A TEAM" (half its words in a game preview) would be the title over the preview's headline.
  // Not a line of three words the site lists over a headline it lists right over the header: in a run of one site's pages, the
  // masthead opening every page ("The Harbour Ledger", half its words in a text saying "ledger") would be the title over it.
  // The fallback is looked for only where it is read, no headline found (best): in 1,000 scale-corpus pages best is set 867 of 870 times.
  const listedOverHeader = best ? null : listedHeadlineOverHeader(search);
  const isListedOver = (line: Line): boolean => listedOverHeader !== null && listedInWindow.has(line) && !overHeader(line) && line.number < listedOverHeader.number;
  // A word or a wire's slug right over the header (acronymOverHeader), or a headline the site lists there, before a short line
  // that is not: the masthead over a slug ("Money News Network", two of its words in the text by chance) would be the title, and
  // so would a factbox table's label of three words under the table ("NO. OF CHANGES"), the listed headline over the date line.
  const wordOverHeader = best ? null : acronymOverHeader(search);
  const shortFallback = shortLine && !isListedOver(shortLine) && (!(wordOverHeader ?? listedOverHeader) || overHeader(shortLine)) ? shortLine : null;
  const fallback = best ? null : (shortFallback ?? sentences ?? listedOverHeader ?? wordOverHeader);
  const openingOverlap = opensWithHeadline ? overlapWithBody(recordsOf(first!), stemsOf(body.slice(opening + 1), recordsOf, vocabulary), vocabulary) : 0;
  if (!best && fallback && !(opensWithHeadline && (opening > 0 || (openingOverlap >= PAGE_HEADLINE_OVERLAP && !overHeader(fallback))))) best = { line: fallback, overlap: 0 };
  // A line before the body sharing few of its words (less than PAGE_HEADLINE_OVERLAP) is no title
  // over a headline opening the body and telling its story in part (a quarter of its words in the text under it): a
  // live blog's block opens at its headline (the standfirst under it ends in a full stop), and
  // "Skip to main content" would be the title; so would a page counter naming its section ("News: Page
  // (1) of 1 - 01/16/08", one word of seven in the body) over a story's. A game preview's headline shares less than half
  // (its records and time are no words of the text), and a menu's line would be the title over it.
  if (best && opensWithHeadline && overlapOf(best.line) < PAGE_HEADLINE_OVERLAP && openingOverlap >= PAGE_HEADLINE_OVERLAP) best = { line: first!, overlap: 0 };
  if (best) return { line: best.line, reason: listedInWindow.has(best.line) ? 'title (also listed in other articles)' : 'title' };
  if (opensWithHeadline) return { line: first!, reason: 'title' };
  if (first && !head.length && !rows.has(first) && isShortHeadlineOver(first, next, pageStart)) return { line: first, reason: 'title' };
  const underCaptions = headlineUnderCaptions(search);
  if (underCaptions) return { line: underCaptions, reason: TITLE_UNDER_CAPTIONS };
  // Of MIN_TITLE_WORDS or more: a footer's link of three words shares half its words with any body by
  // chance ("Terms of Use", "use" in an op-ed's text, would be its title).
  const after = tail.find((line) => headlineWords(line) >= MIN_TITLE_WORDS && isTitleShaped(line) && tellsStory(line));
  return after ? { line: after, reason: 'headline of this article, listed after it (used as title)' } : null;
}

/** The reason of a title found under the captions opening the text (headlineUnderCaptions): the captions over it are removed too. */
export const TITLE_UNDER_CAPTIONS = 'title (under the pictures\' captions opening the text)';
/** Captions over the headline at least and at most (headlineUnderCaptions), and the words of each at most. */
const MIN_CAPTIONS_OVER_HEADLINE = 2;
const MAX_CAPTIONS_OVER_HEADLINE = 3;
const MAX_CAPTION_WORDS = 25;

/**
 * A headline among the body's first lines under the captions of the lead pictures, when no title was found over the body: a TV
 * station's page sets the captions right under its date line, the headline under them, then its text ("A police officer checks
 * a driver at a roadside stop." over "Police fed up after two caught speeding"), and the block opens at the
 * captions; a headline of the station's newscast among the other stories listed after the text would be the title. The
 * captions open the text right under the header's date line or byline, two or three lines (MIN_CAPTIONS_OVER_HEADLINE,
 * MAX_CAPTIONS_OVER_HEADLINE) ending in a sentence's punctuation, of MAX_CAPTION_WORDS words at most; the headline,
 * title-shaped, ending in none, shares half its words with the text under it and stands over prose (the site's address
 * between them at most). Not under one line: a page without a headline opening its text with a lede over a subheading would
 * lose the lede to the captions and take the subheading for its title; nor under a line of a lede's length.
 */
function headlineUnderCaptions({ body, page, overHeaderLine, rows, recordsOf, vocabulary }: TitleSearch): Line | null {
  const start = positionOf(page, body[0]!);
  const overText = start >= 2 ? page[start - 2] : undefined;
  if (!overText || !overHeaderLine(overText)) return null;
  for (let at = 1; at <= MAX_CAPTIONS_OVER_HEADLINE && at < body.length - 1; at++) {
    const caption = body[at - 1]!;
    if (!caption.endsWithSentencePunctuation || caption.wordCount > MAX_CAPTION_WORDS) return null;
    const line = body[at]!;
    if (at < MIN_CAPTIONS_OVER_HEADLINE || !isTitleShaped(line) || line.endsWithSentencePunctuation || headlineWords(line) < MIN_TITLE_WORDS || rows.has(line)) continue;
    if (!body.slice(at + 1, at + 3).some(isProse)) continue;
    if (overlapWithBody(recordsOf(line), stemsOf(body.slice(at + 1), recordsOf, vocabulary), vocabulary) >= SAME_STORY_OVERLAP) return line;
  }
  return null;
}

/**
 * The page's headline the site lists on its other pages ("You may also like"), right over the header's date line or byline,
 * telling the story in part (PAGE_HEADLINE_OVERLAP): a listed line competes only when it shares half its words with the body,
 * and a wire story's headline over its short text ("Grain exports at two-year low in May" over a text saying "lowest level" and
 * "last month": two of five) would leave its page without a title (the one-site corpus's pages, eval:clean). So is one of three
 * words or more telling less of it, listed on fewer of the run's pages than each listed line over it (isListedLessThanChrome):
 * a brief's headline ("Harbour index slips further", a third; "Grain buyer readies rival offer", none of its words in a text
 * saying "bid") would leave 27 of the 10,000 pages of a one-site corpus without a title, and a masthead over it would be the title
 * of 11 more. Else null.
 */
function listedHeadlineOverHeader(search: TitleSearch): Line | null {
  const { listedInWindow, overHeader, overlapOf } = search;
  for (const line of listedInWindow) {
    if (!overHeader(line)) continue;
    if (isTitleShaped(line) && ((headlineWords(line) >= MIN_TITLE_WORDS && overlapOf(line) >= PAGE_HEADLINE_OVERLAP) || isListedLessThanChrome(search, line))) return line;
    // So is a headline too short to be title-shaped that the body names (isShortHeadlineNamed), listed so: the same wire story
    // given on three or four pages of a one-site corpus ("NFL standings", "BAE", a slug) would leave each without a title.
    if (isListedLessThanChrome(search, line) && isShortHeadlineNamed(search, line)) return line;
  }
  return null;
}

/**
 * A headline too short to be title-shaped that the body names: two words in sentence case every word of which it writes
 * ("NFL standings"), or a word in capitals or a wire's slug its first line writes (isWordNamedFirst).
 */
const isShortHeadlineNamed = (search: TitleSearch, line: Line): boolean =>
  (isTwoWordHeadline(line, 'sentence case') && search.overlapOf(line) >= 1) || isWordNamedFirst(search.body, line);

/**
 * Whether the site lists the line on fewer of the run's pages than each line it lists over it, of which there is one at least: a
 * story's headline stands in a few other pages' boxes of stories, the masthead and the menu over it on every page of the site.
 */
function isListedLessThanChrome({ listed, articlesWith }: TitleSearch, line: Line): boolean {
  const over = listed.filter((other) => other.number < line.number);
  const seenIn = articlesWith(line);
  return over.length > 0 && over.every((other) => articlesWith(other) > seenIn);
}

/**
 * A headline of one word in capitals, a name the story is about ("ACMR" over a wire story's date line, the company named in its
 * first sentence and through the text), right over the header's date line or byline, not listed by the site, the body's first
 * line naming it as written: too short for any headline, it would be a section label and the page have no title. A section's
 * label over the date line ("SPORT", "NEWS") is a word the text writes in lower case. Else null.
 */
function acronymOverHeader({ lines, body, overHeader, listedInWindow }: TitleSearch): Line | null {
  const line = lines.find((line) => overHeader(line) && !listedInWindow.has(line) && (ACRONYM.test(line.text) || WIRE_SLUG.test(line.text)));
  return line && isWordNamedFirst(body, line) ? line : null;
}

/** Whether the line is a word in capitals (ACRONYM) the body's first line writes as is, or a slug (WIRE_SLUG) one of whose words it writes. */
function isWordNamedFirst(body: readonly Line[], line: Line): boolean {
  const [first] = body;
  if (!first) return false;
  const written = (word: string, flags: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, flags).test(first.text);
  if (ACRONYM.test(line.text)) return written(line.text, 'u');
  return WIRE_SLUG.test(line.text) && line.text.split('-').some((part) => written(part, 'iu'));
}
const ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * A wire story's slug, words in capitals joined by hyphens ("US-HARBOUR-PORTS"), which a one-site corpus of wire copy gives for
 * a headline over the date line: one of its words in the body's first line (in any case), it is the title, not the
 * masthead over it.
 */
const WIRE_SLUG = /^\p{Lu}{2,}(?:-\p{Lu}{2,}){1,4}$/u;

/**
 * A headline asking or exclaiming: ending in "?" or "!", of MAX_SENTENCE_HEADLINE_WORDS at most ("What is the Harbour Reform Group
 * (HRG)?", "Vote! Vote! Vote!").
 */
const isAskingOrExclaimingHeadline = (line: Line): boolean => ASKING_OR_EXCLAIMING.test(line.text) && headlineWords(line) <= MAX_SENTENCE_HEADLINE_WORDS;
const ASKING_OR_EXCLAIMING = /[?!]$/u;
