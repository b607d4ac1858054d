// The lines between an article's headline and its text, as the title's search and the block's opening read them: a
// picture's caption over its credit, a standfirst over the picture or the byline, a feed item's summary, a reporter's
// name and post, an outlet's name. The block may open with such lines, which are the header's (removeHeaderInBlock), and
// the title's search leaves them out (titleCandidates); title.ts findTitle chooses among what is left.
import type { RemovedLine } from '../../types.js';
import { isMasthead } from '../metadata/name-posts.js';
import { bylineName, isMenuFilter } from '../metadata/bylines.js';
import { isAcademicPostLine } from '../metadata/credits.js';
import { isJobTitleLine, isLabelledAuthorLine, isNameLine, isRoleLabel } from '../metadata/names.js';
import { headlineWords, isHeadlineShaped, MAX_HEADLINE_WORDS } from './headlines.js';
import { MIN_TITLE_WORDS } from './headline-layouts.js';
import { isCloseUnder, isRightOverOnPage, isRightUnderOnPage, positionOf, type Line } from '../lines.js';
import { isCommaCreditLine } from '../chrome/pictures.js';
import { PICTURE_CREDIT, type Remove } from '../line-rules.js';
import { isCopyrightHolder } from '../metadata/site-notice.js';
import { SUMMARY_BOX, SUMMARY_BOX_LABEL } from '../chrome/overviews.js';
import { onlyDateWords } from '../metadata/date-lines.js';
import { isMonthName, opensWithWeekday } from '../../text/dates.js';

/**
 * The header's lines the block opened with (`openingAt`: the block's kept lines, as positions in `lines`), removed: a
 * standfirst over a picture with the byline under it, and the picture's caption (standfirstOverPicture); a standfirst over
 * the byline (standfirstOverByline) or a feed item's summary (feedItemSummary); a caption over its credit (captionOpening).
 */
export function removeHeaderInBlock(lines: readonly Line[], openingAt: readonly number[], removed: ReadonlyMap<number, RemovedLine>, remove: Remove): void {
  const standfirst = standfirstOverPicture(lines, openingAt, removed);
  if (standfirst) {
    remove(standfirst, 'boilerplate', 'page text before the article');
    remove(lines[openingAt[1]!]!, 'boilerplate', PICTURE_CREDIT);
  }
  const headerStandfirst = standfirstOverByline(lines, openingAt, removed) ?? feedItemSummary(lines, openingAt);
  if (headerStandfirst) remove(headerStandfirst, 'boilerplate', 'page text before the article');
  for (const line of summaryBoxOpening(lines, openingAt, removed)) remove(line, 'boilerplate', SUMMARY_BOX);
  for (const line of captionOpening(lines, openingAt, removed)) remove(line, 'boilerplate', PICTURE_CREDIT);
}

/**
 * The lines title.ts findTitle searches: `titleSearch` (the lines over the article it may search) but a picture's caption
 * under the header's byline or date line (isCaptionOverCredit, isCaptionUnderCredit) and a line of the header that is never its title
 * (isHeaderNameOrRole); and a line inside the block that may be the headline (`headlineInBlock`): the line over the header when the
 * header stands inside the block, or a headline with its date run in among the block's first lines on a page with no header.
 * `firstInBlock`: the block's first line number; `overHeader`: whether the header's byline or date line stands right under a line.
 */
export function titleCandidates(
  lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, titleSearch: readonly Line[], body: readonly Line[], firstInBlock: number, copyrightNotices: readonly Line[],
  overHeader: (line: Line) => boolean,
): { candidates: Line[]; headlineInBlock: Line | null } {
  // Not a menu's filter read as a byline (bylines.ts isMenuFilter): PolitiFact's "By subject" over its claim, headline and
  // byline would stand for the header far above the block, and the claim opening the block would be the title.
  const header = lines.find((line) => isRemovedAs(removed, line, HEADER_REASON) && !isMenuFilter(bylineName(line.text) ?? ''));
  const headerAt = header ? lines.indexOf(header) : -1;
  // A line of a headline's length right over the header: the page's headline, or a line under it (a wire desk's name).
  const overHeaderLine = headerAt > 0 ? lines[headerAt - 1]! : undefined;
  const headlineOverHeader = overHeaderLine !== undefined && isTitleLengthHeadline(overHeaderLine);
  const caption = (line: Line): boolean => {
    if (headerAt < 0) return false;
    const at = positionOf(lines, line);
    if (line.number < header!.number) return isCaptionOverHeader(lines, at, removed);
    return line.number > header!.number && (isCaptionOverCredit(lines, at, removed) || isCaptionUnderCredit(lines, at, removed) || (headlineOverHeader && isCaptionOverCommaCredit(lines, at, removed)));
  };
  // The line over the header when the header stands inside the block and the line was removed there
  // as weak: a CBS station's teasers (other stories' headlines run into their summaries) open the
  // block over the story, its headline over the date line is removed in it, and a weather widget's
  // forecast over the teasers would be the title.
  // Not a picture's credit over the byline ("Anna Greenleaf/The New York Times"). Or kept there as text, headline-shaped: a blog
  // network's ad and tagline (sentences) open the block over the post's headline over its date and author line, and the ad's
  // first line would be the title, the headline the body's.
  const lineOverHeader = headerAt > 0 && header!.number > firstInBlock ? lines[headerAt - 1]! : undefined;
  const removedOverHeader = lineOverHeader && removed.get(lineOverHeader.number);
  const keptOverHeader = lineOverHeader !== undefined && !removedOverHeader && isHeadlineShaped(lineOverHeader) && body.includes(lineOverHeader);
  const overHeaderInBlock = (removedOverHeader?.kind === 'boilerplate' && removedOverHeader.reason !== PICTURE_CREDIT) || keptOverHeader ? lineOverHeader! : null;
  // And, over a kept line there, the block's first line, headline-shaped, right over it: a Thai headline written as one run
  // scores as prose and opens the block over its standfirst over the date line, and the standfirst would be the title, the
  // headline page text over it.
  // Not under a headline of its own right over it: then it is the standfirst (Smithsonian's headline, standfirst, caption, byline).
  const openingOverIt = keptOverHeader && headerAt > 1 ? lines[headerAt - 2]! : undefined;
  const overOpening = headerAt > 2 ? lines[headerAt - 3]! : undefined;
  const underHeadline = isRightOverOnPage(overOpening, lines[headerAt - 2]) && isTitleLengthHeadline(overOpening);
  const headlineOpening = isRightOverOnPage(openingOverIt, lineOverHeader) && openingOverIt.number === firstInBlock && !removed.has(openingOverIt.number) && isHeadlineShaped(openingOverIt) && !underHeadline && body.includes(openingOverIt) ? [openingOverIt] : [];
  const toggled = picturesAroundCaptionToggles(lines, overHeader);
  // Or a headline with its date run in, among the block's first lines (a betting site's "… straight-sets win @ Monday 14 January,
  // 07:40 GMT" under a box of offers the block opens with: an offer would be the title, the offers the text's opening).
  const headlineInBlock = overHeaderInBlock ?? (headerAt < 0 ? body.slice(0, DATED_HEADLINE_LINES).find(isHeadlineWithDate) ?? null : null);
  const candidates = [...titleSearch.filter((line) => !caption(line) && !toggled.has(line) && !isWireNote(line) && !isHeaderNameOrRole(lines, line, copyrightNotices, overHeader)), ...headlineOpening, ...(headlineInBlock ? [headlineInBlock] : [])];
  return { candidates, headlineInBlock };
}

/** A headline-shaped line of a title's length at least (headline-layouts.ts MIN_TITLE_WORDS): a label or a kicker is shorter. */
const isTitleLengthHeadline = (line: Line): boolean => isHeadlineShaped(line) && headlineWords(line) >= MIN_TITLE_WORDS;

/** The block's first lines a headline with its date run in is looked for among (titleCandidates). */
const DATED_HEADLINE_LINES = 6;
/** A headline, " @ " and its date and time alone (a weekday or a month named, no year needed): "Harbour United sign striker @ Friday 4 December, 09:10 GMT". */
function isHeadlineWithDate(line: Line): boolean {
  const at = line.text.lastIndexOf(' @ ');
  if (at < 0) return false;
  const [headline, date] = [line.text.slice(0, at), line.text.slice(at + 3)];
  const named = opensWithWeekday(date) || date.split(/[\s,]+/u).some(isMonthName);
  return /\p{Nd}/u.test(date) && named && onlyDateWords(date) && !/[.!?]$/u.test(headline) && headline.split(/\s+/u).length >= MIN_TITLE_WORDS;
}

/**
 * A wire story's line over its text that is never its headline: a correction note ("Corrects the share price in paragraph 14",
 * brackets or none) and a lead-in cut at its link ("(For other stories from the motor show, go to", its bracket left open). Under
 * the date line, sharing more of the body's words than the headline, each would be the title (4 pages of a one-site corpus of 10,000).
 */
const isWireNote = (line: Line): boolean => CORRECTION_NOTE.test(line.text) || OPEN_BRACKET_ONLY.test(line.text);
const CORRECTION_NOTE = /^\(?Corrects\s/u;
const OPEN_BRACKET_ONLY = /^\([^)]*$/u;

/** A picture's controls to hide its caption (NPR's `hide caption` over `toggle caption`). */
const CAPTION_TOGGLE = /^(?:hide|show|toggle) caption$/iu;

/**
 * The lines of a picture around its caption's controls (CAPTION_TOGGLE): the line right over them and the line right under
 * them, and, when those two are the same line given twice (the credit), the caption over the first. NPR sets the lead
 * picture's caption over its credit ("Ann Doe for NPR"), `hide caption`, `toggle caption` and the credit again under the
 * byline: the credit, a name and an outlet written like a headline, would be the title, and with the caption they fill
 * the title's search, the headline over the date line above them left out. Not a line right over the header (`overHeader`): a
 * headline over its date line is never a caption.
 */
function picturesAroundCaptionToggles(lines: readonly Line[], overHeader: (line: Line) => boolean): Set<Line> {
  const pictures = new Set<Line>();
  const isToggle = (line: Line | undefined): boolean => line !== undefined && CAPTION_TOGGLE.test(line.text);
  for (let i = 0; i < lines.length; i++) {
    if (!isToggle(lines[i]) || isToggle(lines[i - 1])) continue;
    let last = i;
    while (isToggle(lines[last + 1])) last++;
    const [over, under] = [lines[i - 1], lines[last + 1]];
    const caption = over && under && over.text === under.text ? lines[i - 2] : undefined;
    for (const line of [caption, over, under]) if (line && !overHeader(line)) pictures.add(line);
    i = last;
  }
  return pictures;
}

/** Words of a picture's credit alone on its line ("Photo: Tom Reed/Reuters"); a caption that ends with its credit is longer. */
const MAX_CREDIT_WORDS = 8;
/** Words of a label between a caption and its credit (the New York Times' "Credit..."). */
const MAX_CREDIT_LABEL_WORDS = 2;

/**
 * Whether lines[i] is a picture's caption over its credit: a credit alone, removed as such, right
 * under it or under a short label. Under the byline or date line, a caption telling the body's story
 * would be the title, and the headline above the byline page text. A line over a caption that ends
 * with its credit ("… on Tuesday. (AP Photo/Tom Reed)") is the page's headline, not a caption.
 */
function isCaptionOverCredit(lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>): boolean {
  const creditAlone = (line: Line | undefined): boolean => isCreditAlone(line, removed) && !CREDIT_OVER_PICTURE.test(line!.text);
  const next = lines[i + 1];
  return creditAlone(next) || (next !== undefined && next.wordCount <= MAX_CREDIT_LABEL_WORDS && creditAlone(lines[i + 2]));
}

/**
 * Whether lines[i] is a picture's caption right over a comma credit (chrome/pictures.ts isCommaCreditLine: "Jane Doe, Associated
 * Press") that no rule removed as the byline: the line rules leave such a credit alone, as a contributor's line has its shape,
 * but under the header's date line it credits the lead picture. The Detroit News sets "<team> quarterback <name>" over "<name>,
 * Associated Press" under its date line, and the caption, its words the report's, would be the title over the headline above
 * the header. A byline so written ("Jane Doe, The Associated Press", read as the byline) is no credit; nor is one under a
 * headline under the date line over no line of a headline's length (titleCandidates' headlineOverHeader), where no byline
 * reading took it: "Published …" over "Harbour stuns Ridgemont to reach the final" over "Jane Doe, Associated Press".
 */
const isCaptionOverCommaCredit = (lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>): boolean => {
  const credit = lines[i + 1];
  return isRightUnderOnPage(credit, lines[i]) && removed.get(credit.number)?.kind !== 'metadata' && isCommaCreditLine(credit);
};

/** A picture's credit alone on its line, removed as such (MAX_CREDIT_WORDS, no caption ending with it). */
const isCreditAlone = (line: Line | undefined, removed: ReadonlyMap<number, RemovedLine>): line is Line =>
  line !== undefined && line.wordCount <= MAX_CREDIT_WORDS && removed.get(line.number)?.reason === PICTURE_CREDIT && !CAPTION_WITH_CREDIT.test(line.text);

/**
 * Whether lines[i] is a picture's caption over its credit alone right over the header's byline or date line, under a headline
 * or its standfirst (a line of MIN_TITLE_WORDS or more right over it): BILD sets its headline and standfirst over the lead
 * picture's caption, "Foto: <photographer>", the byline and the date line, and the caption, telling the story in the body's
 * words, would be the title. A headline right over a credit alone (a picture with no caption) has no such line over it. So
 * is a caption ending with its credit, removed as a picture's, right over the header: Nikkei Asia sets its headline and
 * standfirst over "… at a plant in <place>. (Photo by <photographer>)" over the byline, and with the header under a caption,
 * the standfirst, sharing more of the body's words, would be the title over its headline. The header's byline may be the
 * author's name read only after the title (`authorName`: header.ts headerName, Nikkei's "NAME, Nikkei staff writer" over the date
 * line: with the name not yet removed as the byline, the standfirst would stay the title).
 */
export function isCaptionOverHeader(lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>, authorName: Line | null = null): boolean {
  const [above, under] = [lines[i - 1], lines[i + 1]];
  const isHeader = (line: Line | undefined): boolean => line !== undefined && (isRemovedAs(removed, line, HEADER_REASON) || line === authorName);
  if (!(isRightOverOnPage(above, lines[i]) && isTitleLengthHeadline(above))) return false;
  if (isCreditedCaption(lines[i]!, removed)) return isHeader(under);
  return isCreditAlone(under, removed) && !CREDIT_OVER_PICTURE.test(under.text) && isHeader(lines[i + 2]);
}

/** A picture's caption with its credit run in, removed as a picture's credit: longer than a credit alone (MAX_CREDIT_WORDS). */
const isCreditedCaption = (line: Line, removed: ReadonlyMap<number, RemovedLine>): boolean => line.wordCount > MAX_CREDIT_WORDS && removed.get(line.number)?.reason === PICTURE_CREDIT;

/**
 * Whether lines[i] is a picture's caption under its credit alone: UOL sets the credit over the caption ("Imagem: Rodrigo
 * Félix/Prefeitura de Curitiba" over "Ônibus biarticulado na Praça Tiradentes, no centro de Curitiba"), as the BBC does
 * (CREDIT_OVER_PICTURE). Under the header's date line, the caption shares more of the body's words than the headline over
 * the header, and would be the title.
 */
const isCaptionUnderCredit = (lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>): boolean => i > 0 && isCreditAlone(lines[i - 1], removed);

/** A short caption ending with its credit in brackets ("Harbour Co chairman Jane Doe (Credit: Getty Images)"): no credit alone. */
const CAPTION_WITH_CREDIT = /^[^(\[]*\p{L}[^(\[]*[(\[][^)\]]*[)\]]$/u;
/** BBC's credit, set over its picture and the caption under it: the line above it is the text's. */
const CREDIT_OVER_PICTURE = /^Image (?:copyright|source)\b/u;
/**
 * The block's first lines when they are a picture's caption over its credit alone (isCaptionOverCredit),
 * more text after them: the credit removed, the caption would join the article as its first paragraph
 * ("Goose down drying on racks in a factory hall …" over "Photo: Getty Images"). The
 * caption may be given several times in a row, as the image's alt text over it and again in a
 * lightbox ("Former Harbour State Gov. Jane Doe, left, speaks …" four times over the AP story):
 * every copy opening the block goes. Only at the start: further in, a paragraph over a picture's
 * credit without a caption is the text's. Not in a gallery, whose captions, each over its credit and
 * each its own, are its text. `keptAt`: the block's kept lines as positions in `lines` (a
 * lines.indexOf per kept line took 5 s on a page of 150,000 lines).
 */
function captionOpening(lines: readonly Line[], keptAt: readonly number[], removed: ReadonlyMap<number, RemovedLine>): Line[] {
  const captions = new Set(keptAt.filter((i) => isCaptionOverCredit(lines, i, removed)).map((i) => lines[i]!.text));
  if (captions.size !== 1) return [];
  const from = summaryPointsOver(lines, keptAt, (line) => captions.has(line.text));
  const opening = keptAt.findIndex((i, k) => k >= from && !captions.has(lines[i]!.text));
  return opening > from ? keptAt.slice(from, opening).map((i) => lines[i]!) : [];
}

/**
 * How many of the block's first kept lines are a summary box's points over a caption (`isCaption`): under their label
 * (SUMMARY_BOX_LABEL) right over the block, one right under the other, MAX_HEADER_SUMMARY_POINTS at most, the caption right
 * under the last. CNBC sets "KEY POINTS" and two points over the lead picture's caption and its credit, then the text: the
 * points stay (summaryBoxOpening), and the caption, under them, would be the body's third paragraph. 0 when there are none.
 */
function summaryPointsOver(lines: readonly Line[], keptAt: readonly number[], isCaption: (line: Line) => boolean): number {
  const label = keptAt.length > 0 ? lines[keptAt[0]! - 1] : undefined;
  if (!label || !SUMMARY_BOX_LABEL.test(label.text)) return 0;
  let points = 0;
  while (points < MAX_HEADER_SUMMARY_POINTS && points < keptAt.length && keptAt[points] === keptAt[0]! + points && !isCaption(lines[keptAt[points]!]!)) points++;
  const caption = keptAt[points];
  return points > 0 && caption === keptAt[0]! + points && isCaption(lines[caption]!) ? points : 0;
}

/**
 * The block's first kept line when a picture's caption over its credit follows it and the header's
 * byline or date line stands under the picture, before the text: the New York Times sets the
 * headline, the standfirst, the picture ("President Trump at the Economic Club …", "Credit...", the
 * credit) and the byline over the text, and the standfirst and the caption would be the body's first
 * two paragraphs (captionOpening takes a caption opening the block, and only when the page has no
 * other). Both stand over the byline, in the header; the caller removes the caption with it. A
 * paragraph over a picture with no byline under it is the text's.
 */
function standfirstOverPicture(lines: readonly Line[], keptAt: readonly number[], removed: ReadonlyMap<number, RemovedLine>): Line | null {
  const at = keptAt.length >= 3 ? keptAt[1]! : -1;
  if (at < 0 || !isCaptionOverCredit(lines, at, removed)) return null;
  // The caption's label and credit, then the byline: no line of the text between.
  const underPicture = lines.slice(at + 1, at + 1 + PICTURE_LINES);
  const header = underPicture.findIndex((line) => isRemovedAs(removed, line, HEADER_REASON));
  return header >= 0 && underPicture.slice(0, header).every((line) => removed.has(line.number) || line.wordCount <= MAX_CREDIT_LABEL_WORDS) ? lines[keptAt[0]!]! : null;
}
/** Lines under a caption down to the byline at most: a label, the credit, the byline. */
const PICTURE_LINES = 3;
/** The reasons of the header's metadata lines, and of its byline. */
export const HEADER_REASON = /^(?:byline|date line)/u;
export const BYLINE_REASON = /^byline/u;
/** Whether the line was removed as metadata for one of these reasons. */
export function isRemovedAs(removed: ReadonlyMap<number, RemovedLine>, line: Line, reason: RegExp): boolean {
  const removal = removed.get(line.number);
  return removal?.kind === 'metadata' && reason.test(removal.reason);
}

/**
 * The block's first kept line when the header's byline stands under it and the text under the header:
 * Apple News and the Wall Street Journal set the headline, the standfirst ("There are more devices … Here's
 * how to figure out what's best for you."), the byline and the date line, then the text. A sentence, the
 * standfirst opens the block and would be the body's first paragraph, which the benchmarks' gold leaves
 * out (4 scrapinghub pages: 2 WSJ standfirsts, PolitiFact's question, a caption). Over a date line alone
 * it stays: l3s-dev's gold keeps a lede set between the headline and the date line ("House prices
 * recovered in December after …").
 */
function standfirstOverByline(lines: readonly Line[], keptAt: readonly number[], removed: ReadonlyMap<number, RemovedLine>): Line | null {
  if (keptAt.length < 3) return null;
  const between = lines.slice(keptAt[0]! + 1, keptAt[1]!);
  // The lead picture's caption may stand under the header (the Chicago Tribune's standfirst, byline, date line, caption, text).
  let end = between.length;
  while (end > 0 && removed.get(between[end - 1]!.number)?.reason === PICTURE_CREDIT) end--;
  const header = between.slice(0, end);
  return header.some((line) => isRemovedAs(removed, line, BYLINE_REASON)) && header.every((line) => isRemovedAs(removed, line, HEADER_REASON)) ? lines[keptAt[0]!]! : null;
}

/** Points of a summary box in the header at most (summaryBoxOpening). */
const MAX_HEADER_SUMMARY_POINTS = 3;
/**
 * The block's opening lines that are a summary box's (SUMMARY_BOX_LABEL): its label opening the block over the points (the Nation's
 * "What you need to know:" over two points over the lede under the date line; the points stay, as the text's summary), or the
 * points under their label over the header's date line or byline (the Daily Monitor's label and point between the byline and the
 * date line, over the text): the header's, not the text's first paragraph.
 */
function summaryBoxOpening(lines: readonly Line[], keptAt: readonly number[], removed: ReadonlyMap<number, RemovedLine>): Line[] {
  const at = keptAt[0];
  if (at === undefined || keptAt.length < 2) return [];
  if (SUMMARY_BOX_LABEL.test(lines[at]!.text)) return keptAt[1] === at + 1 ? [lines[at]!] : [];
  const label = lines[at - 1];
  if (!label || !SUMMARY_BOX_LABEL.test(label.text)) return [];
  let last = 0;
  while (last + 1 < keptAt.length && last + 1 < MAX_HEADER_SUMMARY_POINTS && keptAt[last + 1] === keptAt[last]! + 1) last++;
  const header = lines.slice(keptAt[last]! + 1, keptAt[last + 1]);
  return header.length > 0 && header.every((line) => isRemovedAs(removed, line, HEADER_REASON)) ? keptAt.slice(0, last + 1).map((i) => lines[i]!) : [];
}

/** A feed item's summary field ("Summary: Commissioners approved …"), and a field of the item ("Categories: News, Courts"). */
const FEED_SUMMARY = /^(?:summary|description|excerpt)\s*:\s*\S/iu;
const FEED_FIELD = /^\p{L}[\p{L} ]{0,24}:\s+\S/u;
/**
 * The block's first kept line when it is a feed item's summary field right under another of its fields, over the block
 * (an RSS reader's export: "Title:", "Link:", "Published:", "Author:", "Categories:", "Summary:", then the
 * text): the feed's summary of the story, which would be its first paragraph. A "Summary:" line apart
 * from such fields is the page's own (a scrapinghub gold keeps one under a results link).
 */
function feedItemSummary(lines: readonly Line[], keptAt: readonly number[]): Line | null {
  const at = keptAt.length >= 2 ? keptAt[0]! : -1;
  const field = lines[at - 1];
  return at > 0 && FEED_SUMMARY.test(lines[at]!.text) && isRightOverOnPage(field, lines[at]) && FEED_FIELD.test(field.text) ? lines[at]! : null;
}

/**
 * A line of the header that shares the body's words by chance, never its title: a reporter's job
 * title under their name ("Tom Pryce" over "Cost of living correspondent", as the BBC sets them), an academic's post
 * under theirs (The Conversation's "Senior Lecturer in Public Finance, University of Leeds"), a role under its
 * label ("Role,", "نقش,": metadata/names.ts isRoleLabel) or under the author's line labelled on one line (isLabelledAuthorLine),
 * the outlet's name a copyright notice after the article gives ("The Baltimore Banner" over the
 * menu, "© 2026 The Baltimore Banner") and an outlet's masthead over the header's byline or date
 * line (`overHeader`: "Le Journal de Québec" over "Publié le 4 décembre 2026"). Each would be the
 * title over a headline the body tells less of ("What is … and who does it affect?").
 */
function isHeaderNameOrRole(lines: readonly Line[], line: Line, copyrightNotices: readonly Line[], overHeader: (line: Line) => boolean): boolean {
  const above = lines[positionOf(lines, line) - 1];
  if (above && (((isJobTitleLine(line) || isAcademicPostLine(line)) && isNameLine(above)) || isRoleLabel(above) || isLabelledAuthorLine(above))) return true;
  return (isMasthead(line.text) && overHeader(line)) || isCopyrightHolder(line, copyrightNotices);
}

/** Words a headline's second line has at most (a line of it, not a standfirst). */
const MAX_WRAPPED_LINE_WORDS = 12;
/** A headline's line that goes on: ends in a letter, a digit, a comma, a quote or a spaced dash (not a sentence's or a label's punctuation). */
const GOES_ON = /(?:[\p{L}\p{N},'’"”]|\s[–—-])$/u;
/** A line that carries on a sentence: a word in lowercase, then more. */
const LOWERCASE_WORD_FIRST = /^\p{Ll}[\p{L}'’-]*\s/u;
/**
 * A headline's line ending in an article, a preposition or a conjunction written in lowercase, which no headline ends with
 * ("… adds a year to", "… opening of the"): the line under it goes on with it whatever it opens with, a name or a number
 * ("Kessel commuters' wait", "2.4km harbour tunnel"). In lowercase only: "Plan A", "Vitamin E" end in a capital.
 */
const ENDS_IN_JOINING_WORD =
  /(?:^|\s)(?:the|a|an|of|and|or|nor|to|der|die|das|des|dem|den|und|von|le|la|les|du|et|el|los|las|del|y|il|lo|gli|della|di|da|dos|de)$/u;
/** A line opening with a capital or a digit, then more. */
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.,-]*\s/u;
/** What no headline's words hold: a handle, an address, a path, a menu's bar ("chevron_left", "toronto.example.ca"). */
const NO_HEADLINE_WORDS = /[_@/|]|\.\p{L}/u;

/**
 * The headline's second line, when the site sets a break inside it (`<h1>Harbour tunnel to open a year late,<br>transport
 * authority admits</h1>`) and the page's text has it as two lines: the title ends in no sentence's or label's punctuation (a
 * comma or a spaced dash may end it), in
 * cased letters not all capitals, and the line right under it (a blank line between at most), outside the body and removed as
 * no metadata (the page's rules take it for a menu's short line), opens with a word in lowercase (or with any word after a
 * title ending in an article, a preposition or a conjunction: ENDS_IN_JOINING_WORD), ends in no sentence's
 * punctuation and holds no address. The title is both lines; the second is no page text.
 */
export function wrappedHeadlineRest(lines: readonly Line[], headline: Line, text: string, removed: ReadonlyMap<number, RemovedLine>, body: readonly Line[]): Line | null {
  const next = lines[positionOf(lines, headline) + 1];
  if (next === undefined || !isCloseUnder(next, headline) || body.includes(next)) return null;
  const kind = removed.get(next.number)?.kind;
  if (kind !== undefined && kind !== 'boilerplate') return null;
  const goesOn = LOWERCASE_WORD_FIRST.test(next.text) || (ENDS_IN_JOINING_WORD.test(text) && CAPITAL_OR_DIGIT_FIRST.test(next.text));
  if (!GOES_ON.test(text) || text === text.toUpperCase() || !goesOn || NO_HEADLINE_WORDS.test(next.text)) return null;
  const words = headlineWords(next);
  return !next.endsWithSentencePunctuation && words >= 2 && words <= MAX_WRAPPED_LINE_WORDS && headlineWords(headline) + words <= MAX_HEADLINE_WORDS ? next : null;
}
