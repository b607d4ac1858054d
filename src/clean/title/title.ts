// The article's title (findTitle): among the headline-shaped lines before the body (headlines.ts), the one telling the
// body's story, chosen in named steps: the lines searched and the kinds of headline found among them (title-search.ts
// titleSearch, headlinesFound); then the rules here that give the line sharing most of the body's words up for the page's
// own headline (over the header, over its standfirst, under a kicker, named by a label or the page's title: the layouts of
// headline-layouts.ts); and a fallback when none is found (title-fallback.ts titleOrFallback).
import { isResultLine } from '../edges/tables.js';
import { SUMMARY_BOX_LABEL } from '../chrome/overviews.js';
import { ENGLISH_CAPTION, headlineNamedByPageTitle, headlineOverStandfirst, headlineOverStoriesLabel, headlineUnderPageTitle, headlineUnderScores, isCapitalsKickerOver, isKickerOver, isLettersHeading, isReaderWidget, isStandfirstLineOver, isTitleCaseOverSentenceCase, isTwoWordHeadline, isUnderHeaderUnder, MIN_LIST_LINES, type NextOnPage, opensStoriesBox, opensWithSameName, STAR_RATING } from './headline-layouts.js';
import { isTitleShaped, overlapWithBody, REVIEW_CREDIT, SAME_STORY_OVERLAP, stemsOf } from './headlines.js';
import { isCloseUnder, type Line } from '../lines.js';
import { headlinesFound, overLabelOverHeader, overSummaryOverByline, overToolsUnder, PAGE_HEADLINE_OVERLAP, standfirstOverHeader, titleSearch, type Headline, type HeadlinesFound, type TitleInput, type TitleSearch } from './title-search.js';
import { listedHeadlineOverHeader, titleOrFallback } from './title-fallback.js';

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
  // So is one over the share buttons and reader's tools over the header (overToolsUnder: a reading time, `Listen to this
  // article`, a row of share buttons): a standfirst shorter than its headline there would be the title.
  const standfirstOverName = (line: Line, upper: Line): boolean => {
    if (overHeaderLine(line) || overHeaderLine(overToolsUnder(search.page, line))) return true;
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
