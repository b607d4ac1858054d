// Where the article starts and what stands above it: the block of body-like lines that holds prose
// (proseBlock), moved up to the story's lede under the byline or date line (ledeBefore), to a digest's first item
// (digestFirstItem) or down past a headline over a wire story's lede (wireLedeStart); the header's lines read as
// metadata when no other line gave it: an author's name beside the date line (headerName), the byline by the date line
// (bylineByDate), an academic author's line or a news agency's name (headerLine), an outlet's masthead (headerMasthead,
// mastheadOfPublisher); and the boxes set over the text: a summary box (summaryBoxLines) and a table of contents
// (tableOfContentsLines).
import { datelineAt } from '../text/dateline.js';
import type { RemovedLine } from '../types.js';
import { mainBlock, type ScoredLine } from './block.js';
import { isToolButton } from './features/buttons.js';
import { isProse } from './features/shape.js';
import { isReadingTime, isRelativeAge, READING_TIME_REASON } from './features/stamps.js';
import { isHeadlineShaped } from './headlines.js';
import type { Line } from './lines.js';
import { bylineName } from './metadata/bylines.js';
import { isEditNote } from './metadata/credits.js';
import { isDateLabelLine } from './metadata/date-lines.js';
import { isMasthead, isNameWithAgency, isNameWithJobTitle, isNameWithFullStop, isNameWithOutlet, nameBeforeUnlistedOutlet, namePartedFromJobTitle, placedName } from './metadata/name-posts.js';
import { isCaselessName, isJobTitleLine, isNameLine, isNameOverJobTitle, isNamesLine, isPageWord, isPlaceNameLine } from './metadata/names.js';
import { isLabel } from './navigation.js';
import { isAggregatorName } from './outlets.js';

/** The reason line-rules.ts's rules give a picture's caption or credit; a lede has no credit under it (ledeBefore). */
export const PICTURE_CREDIT = 'picture caption or credit';

// Fitted by hand on the development sets (eval:clean): the block takes lines down to this
// probability (a body often holds a few weak lines: subheadings, list items); index.ts
// KEEP_INSIDE_BLOCK is what a line inside it needs to stay.
const BLOCK_THRESHOLD = 0.35;

/**
 * A name-shaped line (isNameLine, names joined: isNamesLine, a name after an Arabic dateline's place: placedName, or a name with its job title: isNameWithJobTitle) right above or below a date line, the story's age ("3 hours ago") or its reading time (a reader view's
 * "6–8 minutes" under the author's name, which is the story's only metadata line), both before the article's first
 * line `firstInBlock`, neither one of `kept` (the title, a live blog's first entry heading) nor removed
 * for anything but standing in other articles (an author's name heads all their articles); with no such line, a name
 * and a writer's post right under the title; else null. Never a line of the body.
 */
export function headerName(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, repeated: ReadonlySet<number>, firstInBlock: number, kept: ReadonlyArray<Line | null | undefined>): Line | null {
  const isHeaderCandidate = (line: Line | undefined): line is Line =>
    line !== undefined && line.number < firstInBlock && !kept.includes(line) && !(removed.has(line.number) && !repeated.has(line.number));
  for (let i = 0; i < lines.length && lines[i]!.number < firstInBlock; i++) {
    const reason = removed.get(lines[i]!.number)?.reason;
    if (!reason?.startsWith('date line') && reason !== READING_TIME_REASON && !isRelativeAge(lines[i]!)) continue;
    for (const step of [-1, 1]) {
      // Between the name and the date line a page may set the author's job title and e-mail
      // address ("Sarah Mitchell", "Staff Writer", "smitchell@…"), or the paper ("Burlington Free
      // Press", as the USA Today network's papers do): the name is above them. Or the story's
      // buttons ("Share", "Save", the BBC): the name is under them. Or the title, under the date line: City A.M. sets
      // its date line over the headline over the author's name (given twice, "Anna Menin" over "Anna Menin").
      let j = i + step;
      if (step > 0 && kept[0] && lines[j] === kept[0]) j += step;
      let underJobTitle = false;
      for (let crossed = 0; crossed < HEADER_NAME_NOTES && lines[j]; j += step) {
        const blogNote = isBlogHeaderNote(lines, j);
        if (!blogNote && !isNoteUnderName(lines[j]!)) break;
        underJobTitle ||= isJobTitleLine(lines[j]!);
        if (!blogNote) crossed++;
      }
      const next = lines[j];
      // Under the date line, the name over its job title ("SHAWN LEVY" over "The Oregonian Staff", a review's header): in
      // capitals, the name had been a section label.
      const overPost = step < 0 ? underJobTitle : isPostUnderName(lines[j + 1]);
      if (isHeaderCandidate(next) && !isProviderLabel(lines[j - 1]) && (overPost ? isNameOverJobTitle(next) : isNameLine(next) || isNamesLine(next) || isNameWithFullStop(next) || placedName(next) !== null)) return next;
      if (step < 0 && isHeaderCandidate(lines[i - 1]) && isCaselessNameUnderTitle(lines, i - 1, kept[0])) return lines[i - 1]!;
      // Else the line next to the date line may be the name with its job title: a job title line to
      // cross when a name stands over it ("Metro Times Staff Writer"); or with its agency ("CAROLINA
      // FUENTES Associated Press") or outlet ("Maria Clara Santos, ABS-CBN News"; one no list knows, "Erin Hitchcock, Burnaby
      // Now"), or a dash or comma before the job title ("Sally Grover - Celebrity News Service News Writer").
      const adjacent = lines[i + step];
      if (isHeaderCandidate(adjacent) && (isNameWithJobTitle(adjacent) || isNameWithAgency(adjacent) || isNameWithOutlet(adjacent) || namePartedFromJobTitle(adjacent) !== null || nameBeforeUnlistedOutlet(adjacent) !== null)) return adjacent;
    }
  }
  // With no date line, a name, a comma or a spaced dash and a job title right under the title ("Jane Doe, Health
  // Correspondent"): the post tells the line from a headline in title case, and the story had no author. The line
  // model may take it into the block as its first line, as it does an agency's line (headerLine).
  const underTitle = kept[0] ? lines[lines.indexOf(kept[0]) + 1] : undefined;
  return underTitle && underTitle.number <= firstInBlock && !removed.has(underTitle.number) && namePartedFromJobTitle(underTitle) !== null ? underTitle : null;
}

/**
 * The first line up to the article's first line `firstInBlock`, that line included, but the title,
 * that `is` holds for; else null. That line included: with no section label over the headline, the
 * line model takes a header's agency line into the block as its first line (tests/clean/header.test.ts),
 * and it had been the body's first paragraph. `is` is narrow (an agency's name alone, an academic
 * author's line without a full stop), so a paragraph of the story does not pass it.
 */
export function headerLine(lines: readonly Line[], firstInBlock: number, title: Line | undefined, is: (line: Line) => boolean): Line | null {
  for (let i = 0; i < lines.length && lines[i]!.number <= firstInBlock; i++) {
    if (lines[i] !== title && is(lines[i]!)) return lines[i]!;
  }
  return null;
}

/**
 * An outlet's masthead in the header proper (metadata/name-posts.ts isMasthead), after the title and up to the
 * article's first line `firstInBlock`: right under the title or right next to a line lifted as
 * metadata (the byline, a date line), where it signs the story; not in a menu under the title, nor
 * in a list of a group's papers, an outlet's name beside it ("The Times of Trenton" over "The Jersey
 * Journal" over "South Jersey Times"). Or right over the title under an aggregator's name (outlets.ts
 * isAggregatorName), which is no masthead: Apple News sets its own over the outlet's masthead over the
 * headline, and the story had no source. Else null.
 */
export function headerMasthead(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, firstInBlock: number, title: Line | undefined): Line | null {
  const start = title ? lines.indexOf(title) : -1;
  if (start < 0) return null;
  const isMetadata = (line: Line | undefined): boolean => line !== undefined && removed.get(line.number)?.kind === 'metadata';
  const isHeaderProper = (line: Line | undefined): boolean => line === title || isMetadata(line);
  const isMastheadLine = (line: Line | undefined): boolean => line !== undefined && isMasthead(line.text);
  // Over the title only on an aggregator's page: a line over a headline is a section's label more often ("More Latest News",
  // "Home News", "Football News": 8 clean bench pages had it for their source, every one wrong). The aggregator's name right over
  // it (Apple News') or over its menu (MSN's "MSN" over "Search the web", "News", … over "The Independent": the story had had no
  // source; session 43).
  const over = lines[start - 1];
  if (over && isMasthead(over.text) && !isMetadata(over) && lines.slice(0, start - 1).some((line) => isAggregatorName(line.text))) return over;
  for (let i = start + 1; i < lines.length && lines[i]!.number <= firstInBlock; i++) {
    const [before, after] = [lines[i - 1], lines[i + 1]];
    // A line read as the byline already ("CAROLINA FUENTES Associated Press") is no masthead.
    if (isMastheadLine(lines[i]) && !isMetadata(lines[i]) && (isHeaderProper(before) || isHeaderProper(after)) && !isMastheadLine(before) && !isMastheadLine(after)) return lines[i]!;
  }
  return null;
}

/**
 * The page's masthead (isMasthead) that a publisher's name opens with: "Midland Courier" over an AMP page's menu for the
 * "Midland Courier Media" of its copyright notice, the paper the source, not its company; else the name as given.
 */
export function mastheadOfPublisher(name: string, lines: readonly Line[]): string {
  return lines.find((line) => name.startsWith(`${line.text} `) && isMasthead(line.text))?.text ?? name;
}

/** Lines between a byline and the date line it stands by, at most ("By Jane Doe" over "Staff Writer" over "Published: …"). */
const BYLINE_DATE_GAP = 2;

/**
 * The byline line nearest a date line (on it, or up to BYLINE_DATE_GAP lines from it; the first of
 * the nearest) when the page's first byline line stands by none; else null. A menu's item read as a
 * byline ("By Any Means Necessary", a Sputnik show; PolitiFact's filters "By subject", "By speaker")
 * had been the author, and the real byline further down, by the date, lost. Only in the header, up
 * to the article's second paragraph of prose in `body` (its kept lines): a standfirst may stand over
 * the byline, but reader comments' "Posted by: Sean | Jan 10, 2008 4:49:12 PM" under the article
 * are no author's.
 */
export function bylineByDate(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, body: readonly Line[]): Line | null {
  const headerEnd = body.filter(isProse)[1]?.number ?? Infinity;
  const reason = (line: Line): string => (removed.get(line.number)?.kind === 'metadata' ? removed.get(line.number)!.reason : '');
  const bylines = lines.flatMap((line, i) => (line.number < headerEnd && reason(line).startsWith('byline') ? [i] : []));
  // Lines from the byline to the nearest date line up to BYLINE_DATE_GAP away, else Infinity.
  const dateDistance = (i: number): number => {
    let distance = Infinity;
    for (let j = Math.max(0, i - BYLINE_DATE_GAP); j <= i + BYLINE_DATE_GAP && j < lines.length; j++) {
      if (reason(lines[j]!).includes('date line')) distance = Math.min(distance, Math.abs(i - j));
    }
    return distance;
  };
  if (bylines.length < 2 || dateDistance(bylines[0]!) < Infinity) return null;
  const nearest = bylines.reduce((best, i) => (dateDistance(i) < dateDistance(best) ? i : best));
  return dateDistance(nearest) < Infinity ? lines[nearest]! : null;
}

/**
 * A name in a script without capitals (metadata/names.ts isCaselessName) at `lines[k]`, right under the headline `title`: no
 * line between them, nor between it and the date line under it, where an outlet signs in words as short. Not a line the
 * page gives above the headline too: the site's masthead ("आज तक" over Aaj Tak's menu) signing for its newsroom.
 */
const isCaselessNameUnderTitle = (lines: readonly Line[], k: number, title: Line | null | undefined): boolean =>
  k > 0 && title !== undefined && title !== null && lines[k - 1] === title && isCaselessName(lines[k]!) && !lines.slice(0, k - 1).some((line) => line.text === lines[k]!.text);

/** Job title, contact, outlet and button lines crossed between an author's name and the date line, at most. */
const HEADER_NAME_NOTES = 2;
/** A separator a page's markup leaves alone on its line between the header's parts ("·", "|"). */
const SEPARATOR_LINE = /^[·•|]$/u;
/** The author's follow button (Medium's, Substack's). */
const FOLLOW_BUTTON = /^(?:Follow|FOLLOW)$/u;
/** The publication a blog post is published in: its label alone, or with the name after it ("Published in City Transit"). */
const PUBLICATION_LABEL = /^(?:Published|PUBLISHED) in$/u;
const PUBLISHED_IN = /^(?:Published|PUBLISHED) in \p{Lu}\D*$/u;
/**
 * A line of a blog's header at `lines[j]`, crossed between the author's name and the date line beside the notes and not
 * counted among them: Medium sets "Jane Doe", "Follow", "Published in", "City Transit", "·", "6 min read", "·", "Dec 4,
 * 2026", the follow button, the publication's box (its label, maybe with the name under it), the reading time and
 * separators; past two notes, the author had gone unfound.
 */
const isBlogHeaderNote = (lines: readonly Line[], j: number): boolean => {
  const text = lines[j]!.text;
  return SEPARATOR_LINE.test(text) || FOLLOW_BUTTON.test(text) || isReadingTime(lines[j]!) || PUBLICATION_LABEL.test(text) || PUBLISHED_IN.test(text) || (j > 0 && PUBLICATION_LABEL.test(lines[j - 1]!.text));
};
/**
 * A press-release wire's label over the company that issued the release, "News provided by" (PR Newswire): the company
 * over the date line had been the byline ("Greenfield Robotics" reads as a name), the author of the release.
 */
const PROVIDER_LABEL = /^(?:news )?provided by\s*:?$/iu;
const isProviderLabel = (line: Line | undefined): boolean => line !== undefined && PROVIDER_LABEL.test(line.text);
/** An author's e-mail address or telephone number alone on its line. */
const CONTACT_LINE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d() .-]{7,})$/u;
/**
 * An outlet's subscription tier alone on its line, one or two capitalised words before it: Axios sets "Jane Doe" over
 * "Axios Pro" over the date line, and the author had gone unfound (the tier is no name: metadata/names.ts PAGE_WORDS).
 */
const SUBSCRIPTION_TIER = /^\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*)? (?:Pro|PRO|Plus|PLUS|Premium|PREMIUM)$/u;
const isSubscriptionTier = (line: Line): boolean => SUBSCRIPTION_TIER.test(line.text);
/**
 * The radio programme a story was broadcast on, as NPR sets it between the date line and the reporter's name ("Heard on
 * Morning Edition", "Heard on All Things Considered"): the author under it had gone unfound.
 */
const HEARD_ON = /^(?:Heard|HEARD) (?:on|ON)(?: \p{Lu}[\p{L}'’&.-]*| and| of| the){1,5}$/u;
/** A job title under the author's name, not a byline ending as one does ("By staff writers"). */
const isPostUnderName = (line: Line | undefined): boolean => line !== undefined && isJobTitleLine(line) && bylineName(line.text) === undefined;
/**
 * A contributor's line for the outlet, maybe with the place written from: UOL's "Colaboração para o UOL, em Curitiba",
 * "Special to the Pioneer Press" (the author over it had been unfound). Only the label, an outlet of up to four words and a
 * place after a comma: a sentence does not fit it.
 */
const CONTRIBUTOR_TO =
  /^(?:[Ss]pecial to|SPECIAL TO|[Cc]olaboração para|[Cc]olaboración para)(?: (?:the|o|a|el|la))?(?: [\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){1,4}(?:, (?:em|en|in|from|desde|de) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*| d[aeo]s?| de la){0,4})?$/u;
/**
 * A line a page sets between the author's name and the date line: a job title, a contributor's line (CONTRIBUTOR_TO), an e-mail address or
 * phone number, the outlet's name or its subscription tier, a reader tool's bare button (the BBC's "Share" and "Save" between
 * the story's age and the name: the author had gone unfound), the date's label over its date ("UPDATED",
 * The Straits Times: the name over the job title over it had been unfound), the place the author writes from (Folha's
 * "São Paulo", metadata/names.ts isPlaceNameLine: the author over it had been unfound), the programme it was heard on
 * (HEARD_ON). Not a byline ending as a job title does ("By staff writers", the newsroom signing): the headline over it had
 * been taken for the author's name.
 */
/**
 * One capitalised word alone, a city or the outlet's one-word name between the author's name and the date line: Ara's
 * "Laura Serra" over "Barcelona", News24's "Jenni Evans" over "News24" (session 45; the author had been unfound). Not in
 * capitals, nor a page's word (isPageWord): a label ("EXCLUSIVE") or a section ("Politics") parts a menu's item from the
 * date line, no author's name.
 */
const ONE_WORD_LINE = /^\p{Lu}[\p{Ll}\p{M}\p{N}'’.-]*$/u;
const isOneWordNote = (line: Line): boolean => ONE_WORD_LINE.test(line.text) && !isPageWord(line.text);
const isNoteUnderName = (line: Line): boolean =>
  isOneWordNote(line) ||
  isPostUnderName(line) ||
  HEARD_ON.test(line.text) ||
  CONTRIBUTOR_TO.test(line.text) ||
  CONTACT_LINE.test(line.text) ||
  isMasthead(line.text) ||
  isSubscriptionTier(line) ||
  isToolButton(line) ||
  isDateLabelLine(line) ||
  isPlaceNameLine(line);

/** How far before the block a lede under the header is looked for, in candidate lines. */
const LEDE_GAP_LINES = 25;
/**
 * Lines between a lede and the block at least: a line or two there are a picture's caption and
 * credit, a "Highlights" label, a standfirst under the byline, which benchmarks' gold leaves out.
 * Not for a wire story's lede (isWireLede), which none of these is. Counted in the page's lines,
 * those removed by rule too: a photo gallery between a lede and the text (its counters "1 of 12"
 * and captions, removed on sight) left two lines there, "Swipe for more" and "View gallery", and
 * the gallery's lede was dropped as page text before the article.
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
 * videos' titles over the story: all but the last went as page text, and the last opened the body over "Hong Kong (CNN
 * Business)A muddled view …", whose dateline, no longer the body's start, gave no source.
 */
export function wireLedeStart(candidateLines: readonly Line[], first: number): number {
  const over = candidateLines[first]!;
  // Words, not a link's address ("http://www.afxnews.com" under the date line, over the story, would be taken for the title).
  if (!(first + 1 < candidateLines.length && isHeadlineShaped(over) && /\s/u.test(over.text.trim()) && isWireLede(candidateLines[first + 1]!))) return first;
  // Nor the desk's note (an edit note is removed as such from the block's top; a correction, "(In paragraph 7, corrects …)",
  // "Corrects day of week in first paragraph", is the story's text) or the author's names (Reuters' "by Bill Rigby",
  // "Daisy Ku and Mathieu Robbins" over the dateline): the metadata rules read them, not this one.
  const note = isEditNote(over) || DESK_NOTE_OPENING.test(over.text);
  return note || bylineName(over.text) !== undefined || isNameLine(over) || isNamesLine(over) ? first : first + 1;
}
/** A wire desk's note over the story: in brackets, or a correction's. */
const DESK_NOTE_OPENING = /^\s*(?:\(|(?:Corrects|Clarifies)\b)/u;

/**
 * The block's first candidate line, moved up to the article's lede: a line of prose right under
 * the header's byline or date line, ending as a sentence does (a standfirst often does not), not
 * a picture's caption (a credit under it), from
 * LEDE_MIN_GAP_LINES to LEDE_GAP_LINES lines before the block. A table, a list or a
 * player's buttons between the lede and the rest (a results table, a recipe's ingredients, a
 * podcast's "Listen now" and "Download") cost the block more than the lede brings, so the lede was
 * dropped as page text before the article, and the title was searched below it (a table row was
 * the title). The lines between are inside the block, where the weak ones are removed as such; the
 * lede stays, however weak its neighbours make it. A wire story's lede is taken from right over the
 * block on: the site's chrome around it, repeated over a run's pages, had made it weaker than the
 * threshold the one paragraph after it set, and a Reuters story lost its first paragraph.
 */
export function ledeBefore(candidates: readonly number[], first: number, lines: readonly Line[], probabilities: readonly number[], removed: ReadonlyMap<number, RemovedLine>): number {
  for (let k = first - 1; k >= Math.max(0, first - LEDE_GAP_LINES); k--) {
    const i = candidates[k]!;
    const header = i > 0 ? removed.get(lines[i - 1]!.number) : undefined;
    const lede = lines[i]!;
    // A caption's credit stands under it, or under the caption given twice (the image's alt text and caption).
    const credited = lines.slice(i + 1, i + 3).some((line) => removed.get(line.number)?.reason === PICTURE_CREDIT);
    // A wire lede is prose by its dateline: cut off after a ticker, of names more than function words, it may read as none.
    // Right over the block it is the story's whatever it scores: the chrome and date lines around it, repeated
    // over a run's pages, weaken it below LEDE_MIN_PROBABILITY, which keeps out a teaser or a notice (no dateline).
    const wire = isWireLede(lede);
    const strongEnough = probabilities[i]! >= LEDE_MIN_PROBABILITY || (wire && k === first - 1);
    if (header?.kind !== 'metadata' || !/^(?:byline|date line)/u.test(header.reason) || !(wire || isProse(lede)) || credited || !strongEnough) continue;
    if (wire || (candidates[first]! - i > LEDE_MIN_GAP_LINES && lede.endsWithSentencePunctuation)) return k;
  }
  return first;
}

/** Items, each a heading over one paragraph, that open a digest at least: an article's subheadings fall between paragraphs of their own. */
const DIGEST_MIN_ITEMS = 3;
/**
 * A briefs digest's first item under the header's byline or date line, when the block opens at the next item's
 * heading: its heading's candidate index, else null (a block opening at the first item's paragraph keeps its heading
 * by edges/story-links.ts firstBriefHeading). A digest's items are a heading over one paragraph each, three or more in a row ("Falmouth
 * library extends Sunday hours" over its one sentence, then "Sagamore Bridge lane closures next week" over its own);
 * weaker than the block's threshold (a run's menus repeated around it), the first item's heading and paragraph had
 * been page text before the article: ledeBefore asks for a lede right under the header. The block
 * opens at the heading, and the heading and its paragraph are kept however weak, as a lede is.
 */
export function digestFirstItem(candidates: readonly number[], first: number, lines: readonly Line[], probabilities: readonly number[], removed: ReadonlyMap<number, RemovedLine>): number | null {
  const isItem = (line: Line): boolean => isProse(line) && line.endsWithSentencePunctuation;
  const isItemHeading = (line: Line): boolean => isHeadlineShaped(line) && !isProse(line);
  const itemLines = 2 * DIGEST_MIN_ITEMS;
  const heading = first - 2;
  if (heading < 0 || heading + itemLines > candidates.length) return null;
  const at = candidates[heading]!;
  // The items' headings and paragraphs stand together on the page, nothing removed between them.
  if (at < 1 || candidates[heading + itemLines - 1]! - at !== itemLines - 1) return null;
  const header = removed.get(lines[at - 1]!.number);
  if (header?.kind !== 'metadata' || !/^(?:byline|date line)/u.test(header.reason)) return null;
  const items = lines.slice(at, at + itemLines);
  return items.every((line, k) => (k % 2 === 0 ? isItemHeading(line) : isItem(line))) && probabilities[at + 1]! >= LEDE_MIN_PROBABILITY ? heading : null;
}

/**
 * The block, unless it holds no prose and prose follows it: then the best block after it (judged
 * against its own strongest line, as the page is). A short brief, a headline over one paragraph,
 * had the headline as its block (the neighbourhood features of a two-line page favour the first
 * line), so the body was the headline and the paragraph was dropped as "page text after the article".
 */
export function proseBlock(scored: readonly ScoredLine[], lines: readonly Line[]): { first: number; last: number; strongest: number } | null {
  const block = blockOf(scored, 0);
  if (!block) return block;
  const inside = lines.slice(block.first, block.last + 1);
  if (inside.some(isProse)) return block;
  const after = lines.slice(block.last + 1);
  // A block of labels alone gives way too: "World" over a headline was the body of a page that is
  // a section label and a headline, and the headline was dropped as a headline after the article.
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

export const SUMMARY_BOX = "page's summary over the article";
/** A summary box's label over it ("सार", "Summary") and the label under it that opens the full text ("विस्तार", "Full story"). */
const SUMMARY_LABEL = /^(?:सार|summary|in short|zusammenfassung|résumé|resumen|resumo|sintesi|samenvatting|streszczenie|кратко|коротко)\s*:?$/iu;
export const isSummaryLabel = (line: Line): boolean => SUMMARY_LABEL.test(line.text);
const FULL_TEXT_LABEL =
  /^(?:विस्तार|विस्तार से पढ़ें|full story|full text|full article|read the full (?:story|article)|in detail|ausführlich|en détail|en detalle|em detalhe|nel dettaglio|подробнее|детальніше)\s*:?$/iu;
/** Lines of prose a summary box holds at most. */
const MAX_SUMMARY_LINES = 3;

/**
 * The line numbers of the page's summary box: its label, its paragraphs of prose and the label
 * that opens the full text under them (Amar Ujala sets "सार", the summary, "विस्तार" between the
 * date line and the text). Prose, the summary had opened the article's block, and "Follow Us" under
 * the labels stayed in the body as its second paragraph. Only framed by both labels: a "Summary"
 * over key points the text goes on from is the text's.
 */
export function summaryBoxLines(lines: readonly Line[]): ReadonlySet<number> {
  for (let i = 0; i < lines.length; i++) {
    if (!isSummaryLabel(lines[i]!)) continue;
    const box = lines.slice(i + 1, i + 2 + MAX_SUMMARY_LINES);
    const end = box.findIndex((line) => FULL_TEXT_LABEL.test(line.text));
    if (end > 0 && box.slice(0, end).every(isProse)) return new Set(lines.slice(i, i + 2 + end).map((line) => line.number));
  }
  return new Set();
}

export const TABLE_OF_CONTENTS = 'table of contents';
/** A table of contents' label: "Table of contents", "In this article", "Jump to", "Sommaire", "目次". */
const CONTENTS_LABEL =
  /^(?:table of contents|contents|in this (?:article|story|guide|explainer)|on this page|jump to(?: a section)?|inhaltsverzeichnis|inhalt|sommaire|índice|indice|spis treści|inhoud|目次|目录|目錄|목차)\s*:?$/iu;
/** Entries a table of contents needs: one line repeating a later heading may be a teaser. */
const MIN_CONTENTS_ENTRIES = 2;
/** An entry's or a heading's number ("2. Who qualifies?"), which one of them may have and the other not. */
const SECTION_NUMBER = /^\d{1,2}[.)]\s+/u;
const sectionName = (line: Line): string => line.text.replace(SECTION_NUMBER, '');

/**
 * The line numbers of the page's table of contents: its label and the entries under it, each of them set again further
 * down as its section's heading. An explainer lists its questions so under the byline; kept, the last of them opened
 * the body, over its first paragraph. The first label the page has with two entries or more.
 */
export function tableOfContentsLines(lines: readonly Line[]): ReadonlySet<number> {
  let lastAt: Map<string, number> | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS_LABEL.test(lines[i]!.text)) continue;
    lastAt ??= new Map(lines.map((line, at) => [sectionName(line), at]));
    let end = i + 1;
    while (end < lines.length && (lastAt.get(sectionName(lines[end]!)) ?? end) > end) end++;
    if (end - i - 1 >= MIN_CONTENTS_ENTRIES) return new Set(lines.slice(i, end).map((line) => line.number));
  }
  return new Set();
}
