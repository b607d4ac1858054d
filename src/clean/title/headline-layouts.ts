// How sites set their headline among the lines around it, as findTitle (title.ts) reads them: a standfirst under it (one
// line or two, or points), a kicker over it, a score widget over a match report's, a picture's caption under the header
// under it, a label of other stories between it and the body, a summary box's label under it, a letters page's heading,
// a newsletter's greeting over it, the page's title as the browser shows it naming it, and a recipe's list of quantities,
// which is none.
import type { Word } from '../../types.js';
import { digitRuns, isResultLine } from '../edges/tables.js';
import { isOtherStoriesLabel } from '../chrome/links.js';
import { hasSeparators, isBulletedItem, isInCapitals, isPipeTableLine, isProse, isShortSentence } from '../line-shape.js';
import { BRACKETED, headlineWords, isNoTableListOrCaption, isQuantityLed, isTitleShaped, SAME_STORY_OVERLAP, type Vocabulary } from './headlines.js';
import { isCloseUnder, isRightUnder, type Line } from '../lines.js';

/**
 * The headline telling the story under a match's result at the top of a score widget (its scorers,
 * venue, attendance and referee under it: "Aston Villa 3-1 Newcastle" over "Watkins 12', 58'" over
 * "Villa Park"), when `best` is that result: sharing every word with the report, it would be the
 * title over the Guardian's "Ollie Watkins scores twice as Aston Villa see off Newcastle …" under the
 * widget. Only a result with two scores and figures in the line under it, as scorers have: a press
 * release's headline has a result's shape with one number ("Northwind Robotics Reports Third Quarter
 * 2026 Results" over its date line), whose subheading is no title. Of the
 * `headlines` under the result, the one sharing most of the body's words, half at least (a line of
 * scorers may share half: "Okafor 23', Lindqvist 67'"). A result right over that line is the page's
 * headline over its standfirst ("Ashvale 24-17 Carrick Park" over "Late try keeps …"), and stays the title.
 */
export function headlineUnderScores(best: { line: Line; overlap: number }, headlines: ReadonlyArray<{ line: Line; overlap: number }>, head: readonly Line[]): { line: Line; overlap: number } {
  const under = head[head.indexOf(best.line) + 1];
  if (!isResultLine(best.line) || digitRuns(best.line.text) !== 2 || !under || under.digitShare === 0) return best;
  const story = headlines.filter(({ line, overlap }) => line.number > best.line.number && overlap >= SAME_STORY_OVERLAP);
  if (!story.length) return best;
  const most = story.reduce((top, headline) => (headline.overlap > top.overlap ? headline : top));
  return most.line === under ? best : most;
}

export const MIN_LIST_LINES = 3;

/**
 * The lines of a list of quantities among these (in page order): runs of MIN_LIST_LINES quantity-led
 * lines or more, each within two lines of the next. A recipe's ingredients, shaped like headlines,
 * are no recipe's title ("1/2 cup chicken broth"); one such line alone may be a headline ("3 killed in crash").
 */
export function quantityLists(lines: readonly Line[]): Set<Line> {
  const lists = new Set<Line>();
  let run: Line[] = [];
  const endRun = (): void => {
    if (run.length >= MIN_LIST_LINES) for (const line of run) lists.add(line);
    run = [];
  };
  for (const line of lines) {
    if (!isQuantityLed(line)) continue;
    if (run.length && !isCloseUnder(line, run[run.length - 1]!)) endRun();
    run.push(line);
  }
  endRun();
  return lists;
}

/** A name of two capitalised words or more opening the line ("Margaret Ellery"), and opening the paragraph too. */
const OPENING_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)+(?![\p{L}\p{M}])/u;
export function opensWithSameName(line: Line, paragraph: Line | undefined): boolean {
  const name = OPENING_NAME.exec(line.text)?.[0];
  return name !== undefined && paragraph !== undefined && name.length < line.text.length && paragraph.text.startsWith(name) && !/^[\p{L}\p{M}]/u.test(paragraph.text.slice(name.length));
}

/**
 * A headline right over its standfirst, both headline-shaped: the shorter line on top is the
 * headline ("Petrol and diesel prices fall for second month as Christmas approaches" over "Average
 * petrol price drops below €1.75 a litre for first time since spring"). A kicker over a headline
 * is shorter still, but of fewer than four words, which no title is here; a standfirst is no
 * shorter than its headline, in words (as long: "Nurses at Leeds hospitals to walk out on two days
 * next month" over "Union says nurses have had no pay offer for this financial year", 12 words
 * each); a standfirst of several lines counts the words of all
 * (the Guardian's two lines of 9 and 10 words under a headline of 14). Right over the header's byline
 * or date line (`overHeader`) a standfirst quoting the story's speaker may be the shorter ("Manovra,
 * via libera della Camera: taglio dell'Irpef per il ceto medio e stretta sulle banche" over "Il testo
 * passa al Senato. Giorgetti: «Conti in ordine, nessuna patrimoniale»" over "di Monica Guerzoni"), but
 * not when the longer line holds it: "Home News Business News
 * Ascom announces …" over "Ascom announces …" is a breadcrumb run into the headline. A breadcrumb
 * over the headline is no headline either ("The Register » Security »").
 */
function isHeadlineOverStandfirst(upper: Line, standfirst: readonly Line[], overHeader: StandfirstOverHeader): boolean {
  const [first] = standfirst;
  const words = standfirst.reduce((sum, line) => sum + headlineWords(line), 0);
  return headlineWords(upper) <= words || (overHeader(standfirst[standfirst.length - 1]!, upper) && !upper.text.includes(first!.text));
}

/**
 * A reader's widget a site sets between its headline and its standfirst: a review's rating in stars ("★★★★☆": The Irish
 * Times), a count of comments ("New, 15 comments": The Verge): the headline over it is over its standfirst, which is no
 * title (1 and 23 raw lines of the clean bench are such lines, none in the gold).
 */
export const isReaderWidget = (line: Line): boolean => STAR_RATING.test(line.text) || COMMENTS_COUNT.test(line.text);
export const STAR_RATING = /^[★☆✩✭⭐]+$/u;
const COMMENTS_COUNT = /^(?:new, )?\d+ comments?$/iu;

/** Whether a standfirst's last line stands over the header, for the line `upper` over the standfirst (findTitle). */
type StandfirstOverHeader = (line: Line, upper: Line) => boolean;

/** The page's next line under a line (blank lines are no lines: `Line`s are the page's others). */
export type NextOnPage = (line: Line) => Line | undefined;

/**
 * A line right over `lower` on the page, blank lines between them at most, that may be a headline or
 * a line of a standfirst: title-shaped, of MIN_TITLE_WORDS or more, no breadcrumb. Rolling Stone sets
 * a blank line between its headline and standfirst ("The Harbour Brothers Reunite With Their First Singer
 * for 40th Anniversary Tour", a blank line, "The singer joins the band's founders, …"). Over a blank line, of
 * MIN_TITLE_WORDS_OVER_BLANK or more: on a page of lines parted by blank lines, a picture's caption of four words over
 * the headline ("Former Indonesian President Suharto") is no headline.
 */
export const isStandfirstLineOver = (upper: Line, lower: Line, nextOnPage: NextOnPage): boolean =>
  nextOnPage(upper) === lower && headlineWords(upper) >= (isRightUnder(lower, upper) ? MIN_TITLE_WORDS : MIN_TITLE_WORDS_OVER_BLANK) && isTitleShaped(upper) && !hasSeparators(upper);
const MIN_TITLE_WORDS_OVER_BLANK = 5;

/** Lines of a standfirst at most, each headline-shaped (the Guardian's two under a match report's headline). */
const MAX_STANDFIRST_LINES = 2;
/** Lines of a standfirst under a headline at most when they are points of the story: the Daily Mail's, three or four. */
export const MAX_STANDFIRST_POINTS = 4;

/**
 * The headline over `best` when `best` is a line of its standfirst (isHeadlineOverStandfirst): the
 * standfirst, written to sum the story up, shares more of the body's words than its headline, and
 * would be the title. Climbs over up to MAX_STANDFIRST_LINES lines of `head` right over one another
 * (`candidate`: no table row, list or line the site lists) to the nearest that tells the story too:
 * under the Guardian's "Ollie Watkins scores twice as Aston Villa see off Newcastle to climb to
 * fourth", the second line of its standfirst, "Morgan Rogers seals win after Isak had levelled
 * before half-time", would be the title (the first shares a third of the body's words). Over a
 * standfirst of two lines only to the first line of the run (opensRun): in a list of other stories'
 * headlines over the page's own, a line two lines up shares the body's words as often, and would
 * become the title (MacRumors' "Early Reviews Praise New Keyboard, Brighter Display" over "Mac
 * Mini Shipping in March" over "14-Inch MacBook Air With New Keyboard Expected …"). Never to the last of a list of
 * headlines (`closesList`): CNN's last trending story over its headline is no title; nor to the first under a label of other
 * stories (`opensBox`, opensStoriesBox). First, to the headline opening a standfirst's run over the header telling the story in
 * part (`tellsInPart`, runOpeningOverHeader).
 */
export function headlineOverStandfirst(
  best: { line: Line; overlap: number }, head: readonly Line[], nextOnPage: NextOnPage, overHeader: StandfirstOverHeader, candidate: (line: Line) => boolean, overlapOf: (line: Line) => number,
  closesList: (line: Line) => boolean, tellsInPart: (line: Line) => boolean, opensBox: (line: Line) => boolean,
): { line: Line; overlap: number } {
  const at = head.indexOf(best.line);
  const opening = runOpeningOverHeader(at, head, nextOnPage, overHeader, candidate, closesList) ?? headlineOverPoints(at, head, nextOnPage, overHeader, candidate, overlapOf);
  if (opening && tellsInPart(opening) && !opensBox(opening)) return { line: opening, overlap: overlapOf(opening) };
  const opensRun = (k: number): boolean => k === 0 || !candidate(head[k - 1]!) || !isStandfirstLineOver(head[k - 1]!, head[k]!, nextOnPage);
  for (let top = at; top > 0 && at - top < MAX_STANDFIRST_LINES; top--) {
    const upper = head[top - 1]!;
    if (!candidate(upper) || closesList(upper) || opensBox(upper) || !isStandfirstLineOver(upper, head[top]!, nextOnPage)) break;
    if (!isHeadlineOverStandfirst(upper, head.slice(top, at + 1), overHeader) || (top < at && !opensRun(top - 1))) continue;
    const overlap = overlapOf(upper);
    if (tellsStoryAsHeadline(upper, overlap)) return { line: upper, overlap };
  }
  return best;
}

/**
 * Whether `line` stands under a label of other stories on the page (`page`: its lines but blank ones; isCloseUnder), removed or
 * not (isOtherStoriesLabel: "Related Stories", "Top stories", "More from <outlet>"): it opens their box, no headline over its standfirst. A box of two headlines right over the page's own over its byline
 * reads as a headline over a standfirst of two lines, and the first of them would be the title.
 */
export function opensStoriesBox(line: Line, page: readonly Line[]): boolean {
  const label = page[page.indexOf(line) - 1];
  return label !== undefined && isCloseUnder(line, label) && isOtherStoriesLabel(label);
}

/**
 * The line opening a run of lines each right under the last (isStandfirstLineOver, no blank line between) down to the line at
 * `at` over the header: a headline over its standfirst of MAX_STANDFIRST_LINES at most, each line longer than a kicker or a
 * label (MAX_KICKER_WORDS), the headline shorter than a standfirst of two lines together; else null. Over a standfirst of one line
 * it may be the longer: Nikkei Asia sets a headline of 11 words over a standfirst of 10, and the standfirst, sharing more of the
 * body's words, would be the title (so would a sports page's standfirst as long as its headline, over the byline). A wire's release, a cricket site's report and a business paper's
 * story tell it in fewer of the body's words in their headline than in the standfirst summing it up ("Wheat Falls to
 * Three-Month Low as Rains Ease Drought Fears", a third, over "Showers across the plains lift crop ratings for a second week"
 * over "Farmers have held back sales while prices recover" over the byline), and the standfirst would be the title. Not a
 * line of a longer run (a list of other stories' headlines), nor one over a blank line: a section's line in capitals
 * ("TOP STORIES - IN THIS SECTION - CONTENTS") over the page's headline shares a quarter of the body's words by chance.
 */
function runOpeningOverHeader(at: number, head: readonly Line[], nextOnPage: NextOnPage, overHeader: StandfirstOverHeader, candidate: (line: Line) => boolean, closesList: (line: Line) => boolean): Line | null {
  const opensUnder = (k: number): boolean => k > 0 && candidate(head[k - 1]!) && !closesList(head[k - 1]!) && isStandfirstLineOver(head[k - 1]!, head[k]!, nextOnPage) && isRightUnder(head[k]!, head[k - 1]!);
  let top = at;
  while (at - top < MAX_STANDFIRST_LINES && opensUnder(top)) top--;
  if (top === at || opensUnder(top)) return null;
  const [upper, standfirst] = [head[top]!, head.slice(top + 1, at + 1)];
  const standfirstWords = standfirst.reduce((sum, line) => sum + headlineWords(line), 0);
  return [upper, ...standfirst].every((line) => headlineWords(line) > MAX_KICKER_WORDS) && (standfirst.length === 1 || headlineWords(upper) < standfirstWords) && overHeader(head[at]!, upper) ? upper : null;
}

/**
 * The headline over its standfirst's points, MAX_STANDFIRST_LINES + 1 to MAX_STANDFIRST_POINTS lines each right under the last
 * down to the line at `at` over the header, the points telling the story (SAME_STORY_OVERLAP of their words in the body, on
 * average), each in part, the headline longer than each point and opening the run; else null. The Daily Mail sets its headline
 * over three or four points summing the story up in the body's words over the byline; read as a list of headlines (closesList),
 * the run gives no headline, and the last point would be the title. A point may tell what only a caption in the text told (the
 * award's ceremony under the picture of its winner, a fifth of its words in the text without the caption): the average holds it.
 * Another list of stories' headlines over the page's own shares the body's words by chance, not in every line.
 */
function headlineOverPoints(at: number, head: readonly Line[], nextOnPage: NextOnPage, overHeader: StandfirstOverHeader, candidate: (line: Line) => boolean, overlapOf: (line: Line) => number): Line | null {
  const isPointUnder = (k: number): boolean => k > 0 && candidate(head[k - 1]!) && isStandfirstLineOver(head[k - 1]!, head[k]!, nextOnPage) && isRightUnder(head[k]!, head[k - 1]!);
  // The points under the line at `at` too, down to the header: the line sharing most of the body's words may be any point.
  let last = at;
  while (last - at < MAX_STANDFIRST_POINTS && last + 1 < head.length && candidate(head[last + 1]!) && isTitleShaped(head[last + 1]!) && isPointUnder(last + 1)) last++;
  let top = at;
  while (last - top <= MAX_STANDFIRST_POINTS && isPointUnder(top)) top--;
  const [upper, points] = [head[top]!, head.slice(top + 1, last + 1)];
  const shares = points.map(overlapOf);
  const isPoints = points.length > MAX_STANDFIRST_LINES && points.length <= MAX_STANDFIRST_POINTS && points.every((point, k) => shares[k]! > 0 && headlineWords(point) < headlineWords(upper)) &&
    shares.reduce((sum, share) => sum + share, 0) / shares.length >= SAME_STORY_OVERLAP;
  return isPoints && overHeader(head[last]!, upper) ? upper : null;
}

/**
 * Whether a headline over a standfirst tells the story too: more than half its words in the body.
 * A menu's link of four words shares half of them by chance ("Laws of the Game", "Home News Science
 * & Astronomy" over a football and a space story's headlines): a headline that short shares more.
 */
const tellsStoryAsHeadline = (line: Line, overlap: number): boolean => overlap > SAME_STORY_OVERLAP || (overlap === SAME_STORY_OVERLAP && headlineWords(line) > MIN_TITLE_WORDS);

/** Words of the shortest headline findTitle takes when a longer one competes: three are a section label's ("World News Today"). */
export const MIN_TITLE_WORDS = 4;

/**
 * A picture's caption in English: a name of one to three capitalised words, a verb in the simple past and its object ("Lewis
 * Hamilton attended the unveiling of …", "Jane Doe visited a school in …", "Karl Mertens held the cover …"), or a participle
 * with no auxiliary, a preposition before its object at most ("Police standing outside the court …"); or an intransitive
 * past so ("Maya Torres stood beside the car …"). A headline tells the past in the present ("Hamilton attends unveiling");
 * its "-ed" or "held" is mostly a passive's before a preposition ("Man charged with …", "Suspect held in …"), hence no
 * preposition after those, but may be one before an article ("Montgomery County declared a gun sanctuary"); and it may say
 * what is going on with a participle ("Japan turning its back on the PC"): findTitle asks it only of a line under the header
 * that stands over no header of its own. The present ("Police arrest …") is a headline's tense too: read only in a verb of
 * standing or waiting before a preposition of place and its object (PRESENT_POSTURE: none of the 20,000 Reuters headlines
 * of the scale bench, nor a title or raw line of the clean bench, reads so).
 */
const CAPTION_OBJECT = '(?:the|a|an|his|her|their|its) ';
const CAPTION_PREPOSITION = '(?:at|in|on|by|beside|behind|near|outside|inside|alongside|with|during|after|before|next to|in front of) ';
const IRREGULAR_PAST =
  'sat|stood|lay|knelt|held|met|took|gave|spoke|made|led|won|lost|left|ran|wore|saw|told|kept|brought|threw|shook|began|drove|rode|sang|wrote|fought|caught|bought|chose|broke|sent|built|found|heard|paid|struck|tore|ate|drank|flew|grew|knew|drew|sold|swam';
/**
 * A verb of standing or waiting in the present and a preposition of place, as a caption says where its people are ("Police
 * stand guard outside the court", "Protesters gather in front of the embassy"); not "by", "with" or "behind", a headline's
 * idioms ("Apple stands by its forecast").
 */
const PRESENT_POSTURE = '(?:stands?(?: guard)?|sits?|lies|lie|kneels?|waits?|gathers?|queues?|poses?|walks?) (?:outside|inside|beside|near|next to|in front of) ';
export const ENGLISH_CAPTION = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’.-]+ ){1,3}(?:(?:\\p{Ll}+ed|${IRREGULAR_PAST}) ${CAPTION_OBJECT}|(?:\\p{Ll}+ing|sat|stood|lay|knelt) (?:${CAPTION_PREPOSITION})?${CAPTION_OBJECT}|${PRESENT_POSTURE}${CAPTION_OBJECT})`,
  'u',
);

/** Whether `line` stands right under the header's date lines or bylines (`overHeaderLine`) right under `headline` on the page. */
export function isUnderHeaderUnder(line: Line, headline: Line, page: readonly Line[], overHeaderLine: (line: Line) => boolean): boolean {
  const [from, to] = [page.indexOf(headline), page.indexOf(line)];
  if (from < 0 || to - from < 2) return false;
  for (let k = from; k < to - 1; k++) if (!overHeaderLine(page[k]!)) return false;
  return true;
}

/**
 * The line over the page's first date line or byline (`overHeader`), over one line at most set wholly in brackets (a
 * picture's credit, "(x17agency.com)", LEAD_IN_OR_NOTE: no title) or removed before the title's search (not in `head`:
 * the wire's name, "The Associated Press", over an AP story's byline), in `head`, when a label of other stories
 * (isOtherStoriesLabel) stands between it and `line` under it on the page; else null.
 */
export function headlineOverStoriesLabel(line: Line, head: readonly Line[], page: readonly Line[], overHeader: (line: Line) => boolean): Line | null {
  const at = page.findIndex(overHeader);
  const headline = at > 0 && (BRACKETED.test(page[at]!.text) || !head.includes(page[at]!)) ? page[at - 1] : page[at];
  if (!headline || headline.number >= line.number || !head.includes(headline)) return null;
  for (let k = at + 1; k < page.length && page[k] !== line; k++) if (isOtherStoriesLabel(page[k]!)) return headline;
  return null;
}

/**
 * A line of two capitalised words, no closing punctuation, no table line, list item or caption: "Garuda Rises"; in
 * `'sentence case'`, its first word capitalised ("Patch notes").
 */
export const isTwoWordHeadline = (line: Line, style: 'title case' | 'sentence case' = 'title case'): boolean =>
  headlineWords(line) === 2 && (style === 'title case' ? TWO_CAPITALISED_WORDS : CAPITALISED_START).test(line.text) && !/[.!?:;,]$/u.test(line.text) && isNoTableListOrCaption(line);
const TWO_CAPITALISED_WORDS = /^\p{Lu}\S* \p{Lu}/u;
const CAPITALISED_START = /^\p{Lu}/u;

/** Words of a kicker over a headline, at most ("Mehr Geld für Pflegekräfte"). */
const MAX_KICKER_WORDS = 5;
/**
 * Words of a headline under a kicker, at most: a longer line under a short one is its standfirst (CBS's "Director
 * Apologizes For Fatal Crash" over "'Harbour Nights' Director Vance, Charged With Drunk Driving, Apologizes For Fatal
 * Car Crash", 13 words, an l3s-dev page: without the bound, the standfirst becomes the title). Not eight: a podcast's
 * show name ("The Main Street Hour", named in its transcript) over its episode's title of nine words over the date line
 * would be the title.
 */
const MAX_KICKED_HEADLINE_WORDS = 12;
/**
 * Whether `kicker` is a short line right over `headline` in `head`, no blank line between, with fewer words than it and
 * the headline short too (findTitle); a kicker is the standfirst's headline otherwise (isHeadlineOverStandfirst).
 */
export function isKickerOver(kicker: Line, headline: Line, head: readonly Line[]): boolean {
  // A match's result is its report's headline, the line under it the standfirst ("Ashvale 24-17 Carrick Park" over "Late
  // try keeps Ashvale's unbeaten home run going"), as findTitle reads it over the header.
  if (isResultLine(kicker)) return false;
  const [words, headlineLength] = [headlineWords(kicker), headlineWords(headline)];
  return head[head.indexOf(kicker) + 1] === headline && isRightUnder(headline, kicker) && words <= MAX_KICKER_WORDS && words < headlineLength && headlineLength <= MAX_KICKED_HEADLINE_WORDS;
}

/**
 * Whether `kicker` is a category label in capitals right over `headline` in `head`, no blank line between: of MAX_KICKER_WORDS
 * at most, over a line not in capitals of more words. A blog sets its post's categories so over the headline, and the kicker,
 * naming the blog's subject, may share more of the body's words than the headline (findTitle); unlike isKickerOver, the
 * headline may be of any length: the capitals tell the two apart.
 */
export function isCapitalsKickerOver(kicker: Line, headline: Line, head: readonly Line[]): boolean {
  const words = headlineWords(kicker);
  return isInCapitals(kicker.text) && words <= MAX_KICKER_WORDS && head[head.indexOf(kicker) + 1] === headline && isRightUnder(headline, kicker) &&
    !isInCapitals(headline.text) && headlineWords(headline) > words;
}

/**
 * Whether the upper line is set in title case, a stopword after its first word capitalised ("Council Approves Plan For
 * Bypass"), and the lower in sentence case, one lowercase ("Work on the road could start by spring"): an English headline
 * over its standfirst. A kicker and its headline are set in one style, so such a pair is no kicker over its headline
 * (isKickerOver), though shaped as one, and the standfirst no title. German capitalises no stopword inside a line
 * ("Mehr Lohn für Busfahrer"), so tagesschau.de's kicker is read as before.
 */
export function isTitleCaseOverSentenceCase(upper: readonly Word[], lower: readonly Word[], vocabulary: Vocabulary): boolean {
  return setsStopwordInside(upper, vocabulary, CAPITALISED_WORD) && setsStopwordInside(lower, vocabulary, LOWERCASE_WORD);
}
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const LOWERCASE_WORD = /^\p{Ll}/u;
/** Whether a stopword after the line's first word is written as `written` has it (not "I" nor "US", all capitals). */
function setsStopwordInside(words: readonly Word[], vocabulary: Vocabulary, written: RegExp): boolean {
  for (let k = 1; k < words.length; k++) if (vocabulary.stopwords.has(words[k]!.lower) && written.test(words[k]!.surface)) return true;
  return false;
}

/**
 * A letters page's heading: a letters label, a colon or dash, and what the letters are about
 * ("Letters: Library cuts, the bypass and holiday parking", "Leserbriefe: …", "Cartas al director: …").
 * Its letters each open with a headline and close with a signature: the first letter's headline,
 * under the header's date line and sharing every word with the body, would be the page's title. A
 * page of letters is titled by its heading; only a page without one (a letter alone) by its headline.
 */
const LETTERS_HEADING =
  /^(?:letters(?: to the editor)?|your letters|readers['’]? letters|mailbag|leserbriefe|courrier des lecteurs|cartas(?: al director| de los lectores)?|lettere(?: al direttore)?|lezersbrieven|ingezonden brieven)\s*[:：–—-]\s*\S/iu;
export const isLettersHeading = (line: Line): boolean => LETTERS_HEADING.test(line.text) && isTitleShaped(line);

/** Words of a newsletter's greeting line at most: one opening a paragraph of the story is longer. */
const MAX_GREETING_WORDS = 20;
/** A newsletter's greeting opening its text: "Good morning!", "Hello, readers.", "Happy Friday," (English only). */
const GREETING = /^(?:good (?:morning|afternoon|evening)|hello|hi|hey|happy \p{L}+day)\b[^.!?,]{0,20}[.!?,]/iu;
export const isGreeting = (line: Line): boolean => line.wordCount <= MAX_GREETING_WORDS && GREETING.test(line.text);

/** A page's title as the browser shows it: the headline, a dash or bar, the site's name ("… falls - The Seattle Times"). */
const SITE_AFTER_HEADLINE = /^(.+?) [-–—|] [^-–—|]+$/u;

/** What parts a page's title as the browser shows it: a spaced bar or dash between the site's names and the headline. */
const PAGE_TITLE_PARTS = / [-–—|] /u;

/**
 * The line of `head` the page's title on its first line (`pageStart`) names: its longest part, the headline beside the site's
 * names, standing on a line of its own, title-shaped and telling the story (`tellsStory`); else null.
 */
export function headlineNamedByPageTitle(pageStart: Line | undefined, head: readonly Line[], tellsStory: (line: Line) => boolean): Line | null {
  if (!pageStart || !PAGE_TITLE_PARTS.test(pageStart.text)) return null;
  const headline = pageStart.text.split(PAGE_TITLE_PARTS).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
  return head.find((line) => line !== pageStart && line.text === headline && isTitleShaped(line) && tellsStory(line)) ?? null;
}

/**
 * The headline when `best` is the page's title as a printout's or scraper's header gives it (the
 * headline and the site's name) and the headline itself stands under it, before the body or opening
 * it: sharing as many of the body's words and more (the site's name, "Seattle"), the header's copy
 * would be the title.
 */
export function headlineUnderPageTitle(best: { line: Line; overlap: number }, window: readonly Line[]): { line: Line; overlap: number } {
  const headline = SITE_AFTER_HEADLINE.exec(best.line.text)?.[1];
  const line = headline === undefined ? undefined : window.find((other) => other.number > best.line.number && other.text === headline);
  return line ? { line, overlap: best.overlap } : best;
}

/**
 * A headline of two or three words opening the page over a sentence of running text ("Storm
 * warning" over a short report): too short for isHeadlineShaped, or sharing no word with the
 * report, it would go as a section label, or stay in the body, and the page have no title.
 * Only on the page's first line: a label over a scraped page's text has the page's lines above it.
 */
export function isShortHeadlineOver(line: Line, next: Line | undefined, pageStart: Line | undefined): boolean {
  if (!next || !(isProse(next) || isShortSentence(next)) || line !== pageStart) return false;
  return line.wordCount >= 2 && line.wordCount <= 3 && /^\p{Lu}/u.test(line.text) && !/[.!?:;,]$/u.test(line.text) && !isPipeTableLine(line) && !isBulletedItem(line.text);
}
