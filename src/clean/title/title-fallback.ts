// The title when findTitle's choice (title.ts) found none, or a line the body's opening outdoes (titleOrFallback): a short line
// over the header, a headline written as sentences, a headline the site lists or a wire's slug over the header, a headline
// opening the body or under its captions, a headline after the body.
import { EDITOR_NOTE } from '../../text/dateline.js';
import { isProse } from '../line-shape.js';
import { isGreeting, isShortHeadlineOver, isTwoWordHeadline, MIN_TITLE_WORDS } from './headline-layouts.js';
import { endsWithAbbreviation, headlineWords, isTitleShaped, MAX_SENTENCE_HEADLINE_WORDS, overlapWithBody, SAME_STORY_OVERLAP, stemsOf } from './headlines.js';
import { positionOf, type Line } from '../lines.js';
import { PAGE_HEADLINE_OVERLAP, type Headline, type HeadlinesFound, type TitleSearch } from './title-search.js';


/**
 * The title: `best`, or when there is none a line of three words or a headline written as sentences, a headline opening
 * the body (already clean text), a short headline opening the page, a headline of this article listed after it.
 */
export function titleOrFallback(search: TitleSearch, found: HeadlinesFound, best: Headline | null): { line: Line; reason: string } | null {
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
export function listedHeadlineOverHeader(search: TitleSearch): Line | null {
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
