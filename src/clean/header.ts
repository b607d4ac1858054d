// What stands above the article: the header's lines read as metadata when no other line gave it: an author's name
// beside the date line (headerName), the byline by the date line (bylineByDate), an academic author's line or a news
// agency's name (headerLine), an outlet's masthead (headerMasthead, mastheadOfPublisher), a public body under GOV.UK's "From:"
// label (publicBodyUnderFromLabel) or a ministry under the state's name (ministryUnderStateName). Where the article's block
// starts is block.ts's; the boxes set over the text (a summary, a table of contents) are chrome/overviews.ts's.
import type { RemovedLine } from '../types.js';
import { isShareButton, isShareButtonName, isShareOrFollow, isToolButton } from './chrome/buttons.js';
import { isBareHandle } from './chrome/pictures.js';
import { isSignUpButton } from './chrome/sign-up-box.js';
import { isProse } from './line-shape.js';
import { isReadingTime, isRelativeAge, READING_TIME_REASON } from './chrome/stamps.js';
import type { Line } from './lines.js';
import { bylineName } from './metadata/bylines.js';
import { isDateLabelLine, isDateWordsWithTime } from './metadata/date-lines.js';
import { isMasthead, isNameWithAgency, isNameWithJobTitle, isNameWithFullStop, isNameWithOutlet, nameAfterLabelBar, nameBeforeBracketedPost, nameBeforePageInitials, nameBeforePlaceWrittenFrom, nameBeforeUnlistedOutlet, namePartedFromJobTitle, placedName } from './metadata/name-posts.js';
import { isCapitalsSignature, isCaselessName, isEmailAddressLine, isJobTitleLine, isNameLine, isNameOverJobTitle, isNamesLine, isPlaceNameLine, isPlaceWithPreposition } from './metadata/names.js';
import { namesBeforeSlashedOutlet } from './metadata/signed-bylines.js';
import { isAggregatorName, isNetworkService } from './outlets.js';

/**
 * A name-shaped line (isNameLine, names joined: isNamesLine, a name after an Arabic dateline's place: placedName, or a name with
 * its job title: isNameWithJobTitle) right above or below a date line, a weekday and a time with no date (isDateWordsWithTime),
 * the story's age ("3 hours ago") or its reading time (a reader view's "6–8 minutes" under the author's name, the story's only
 * metadata line), both before the article's first line `firstInBlock`, neither one of `kept` (the title, a live blog's first
 * entry heading) nor removed for anything but standing in other articles (an author's name heads all their articles); with no
 * such line, a name and a writer's post right under the title or the date line, which the line model may take into the block as
 * its first line; else null. Never another line of the body.
 */
export function headerName(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, repeated: ReadonlySet<number>, firstInBlock: number, kept: ReadonlyArray<Line | null | undefined>): Line | null {
  const isHeaderCandidate = (line: Line | undefined): line is Line =>
    line !== undefined && line.number < firstInBlock && !kept.includes(line) && !(removed.has(line.number) && !repeated.has(line.number));
  for (let i = 0; i < lines.length && lines[i]!.number < firstInBlock; i++) {
    const reason = removed.get(lines[i]!.number)?.reason;
    if (!reason?.startsWith('date line') && reason !== READING_TIME_REASON && !isRelativeAge(lines[i]!) && !isDateWordsWithTime(lines[i]!)) continue;
    for (const step of [-1, 1]) {
      // Between the name and the date line a page may set the author's job title and e-mail address ("Sarah Mitchell", "Staff
      // Writer", "smitchell@…"), or the paper ("Burlington Free Press"): the name is above them. Or the story's buttons ("Share",
      // "Save"): the name is under them. Or the title, under the date line: some pages set the date line over the headline over
      // the author's name (given twice, "Anna Verdi" over "Anna Verdi").
      let j = i + step;
      if (step > 0 && kept[0] && lines[j] === kept[0]) j += step;
      let underJobTitle = false;
      let underShareBar = false;
      for (let crossed = 0; crossed < HEADER_NAME_NOTES && lines[j]; j += step) {
        const blogNote = isBlogHeaderNote(lines, j);
        // A bar of share buttons, a line a network ("Share on Twitter", "Share via email"), is crossed as one note.
        const shareBar = isShareOrFollow(lines[j]!) || isShareButtonName(lines[j]!);
        underShareBar ||= shareBar;
        const note = blogNote || shareBar || isNoteUnderName(lines[j]!);
      // One word right over the date line, the name right over it: the section's label ("Molly Fenn" over "Ideas" over
      // "11.14.2019 09:00 AM") or the place written from ("Leeds"), a place's name of more words too.
        if (!note && step < 0 && j === i - 1 && (isOneWord(lines[j]!) || isPlaceWrittenFrom(lines[j]!))) {
          j += step;
          // The outlet's initials right over the date line, the place written from over them: Balkan Insight's name over
          // "Pristina" over "BIRN" over the date.
          if (OUTLET_INITIALS.test(lines[i - 1]!.text) && lines[j] && isOneWord(lines[j]!)) j += step;
          break;
        }
        if (!note) break;
        // A contributor's line ("Special to The Globe and Mail") is a post too: the name in capitals over it is the author's.
        underJobTitle ||= isJobTitleLine(lines[j]!) || CONTRIBUTOR_TO.test(lines[j]!.text);
        if (!blogNote && !(shareBar && crossed > 0 && isShareOrFollow(lines[j - step]!))) crossed++;
      }
      const next = lines[j];
      // Under the date line, the name over its job title ("SHAWN LOWRY" over "The Harbour Staff", a review's header), which in
      // capitals reads as a section label.
      const overPost = step < 0 ? underJobTitle : isPostUnderName(lines[j + 1]);
      if (isHeaderCandidate(next) && !isProviderLabel(lines[j - 1]) && (overPost ? isNameOverJobTitle(next) : isNameLine(next) || isNamesLine(next) || isNameWithFullStop(next) || placedName(next) !== null)) return next;
      // Under the date line and the share bar under it, the name with its outlet after a comma (RNZ's "Jane Doe, <partner
      // paper>" over a partner's story). Over the date line, away from it, a name with an outlet is as often a picture's credit.
      if (isHeaderCandidate(next) && step > 0 && underShareBar && isNameWithOutlet(next)) return next;
      // A name in capitals between the headline (maybe one of its copies on the page) and the date line, none of its words one the
      // page writes in lower case (a kicker's): "JANE DOE" so set is the author, not a section label.
      if (isHeaderCandidate(next) && step < 0 && kept[0] && lines[j - 1]?.text === kept[0].text && isCapitalsSignature(next, lines)) return next;
      if (isHeaderCandidate(lines[i + step]) && isCaselessNameByTitle(lines, i + step, i, kept[0])) return lines[i + step]!;
      // Else the line next to the date line may be the name with its job title: a job title line to cross when a name stands over
      // it ("Metro Times Staff Writer"); or with its agency ("MARIA OCAMPO Associated Press") or outlet ("Ana Clara Reyes, ABS-CBN
      // News"; one no list knows, "Jane Doe, Burnaby Now"), or a dash or comma before the job title ("Jane Doe - Celebrity News
      // Service News Writer"), or the newsroom in brackets after the name ("Jane Doe (LSM.lv Ziņu redakcija)"), or the paper's
      // initials the page gives ("Jane Doe HS"); or after a section's label and a bar ("Opinion | Jane Doe").
      const adjacent = lines[i + step];
      // Right over the date line, the name and the place written from ("Jane Doe, Luzern").
      if (isHeaderCandidate(adjacent) && step < 0 && nameBeforePlaceWrittenFrom(adjacent) !== null) return adjacent;
      if (isHeaderCandidate(adjacent) && (isNameWithJobTitle(adjacent) || isNameWithAgency(adjacent) || isNameWithOutlet(adjacent) || namePartedFromJobTitle(adjacent) !== null || nameBeforeUnlistedOutlet(adjacent) !== null || nameBeforeBracketedPost(adjacent) !== null || nameBeforePageInitials(adjacent, lines) !== null || nameAfterLabelBar(adjacent) !== null)) return adjacent;
      // The line model takes a name and its post right under the date line into the block as its first line, as it does one
      // right under the title (below): "Jane Doe/Senior Staff Reporter", "Jane Doe - Staff Writer" are no paragraph.
      if (step > 0 && adjacent?.number === firstInBlock && !removed.has(adjacent.number) && namePartedFromJobTitle(adjacent) !== null) return adjacent;
    }
  }
  // With no date line, a name, a comma or a spaced dash and a job title right under the title ("Jane Doe, Health
  // Correspondent"): the post tells the line from a headline in title case. The line model may take it into the block as its
  // first line, as it does an agency's line (headerLine).
  const underTitle = kept[0] ? lines[lines.indexOf(kept[0]) + 1] : undefined;
  return underTitle && underTitle.number <= firstInBlock && !removed.has(underTitle.number) && namePartedFromJobTitle(underTitle) !== null ? underTitle : null;
}

/**
 * The first line up to the article's first line `firstInBlock`, that line included, but the title, that `is` holds for; else
 * null. That line included: with no section label over the headline, the line model takes a header's agency line into the
 * block as its first line (tests/clean/header.test.ts). `is` is narrow (an agency's name alone, an academic author's line
 * without a full stop), so a paragraph of the story does not pass it.
 */
export function headerLine(lines: readonly Line[], firstInBlock: number, title: Line | undefined, is: (line: Line) => boolean): Line | null {
  for (let i = 0; i < lines.length && lines[i]!.number <= firstInBlock; i++) {
    if (lines[i] !== title && is(lines[i]!)) return lines[i]!;
  }
  return null;
}

/**
 * An outlet's masthead in the header proper (metadata/name-posts.ts isMasthead), after the title and up to the article's first
 * line `firstInBlock`: right under the title or right next to a line lifted as metadata (the byline, a date line), where it signs
 * the story; not in a menu under the title, nor in a list of a group's papers, an outlet's name beside it ("The Times of Harbourton"
 * over "The Harbour Journal" over "South Harbour Times"). Or right over the title under an aggregator's name (outlets.ts
 * isAggregatorName), which is no masthead: "Apple News" over the outlet's masthead over the headline. Else null.
 */
export function headerMasthead(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, firstInBlock: number, title: Line | undefined): Line | null {
  const start = title ? lines.indexOf(title) : -1;
  if (start < 0) return null;
  const isMetadata = (line: Line | undefined): boolean => line !== undefined && removed.get(line.number)?.kind === 'metadata';
  const isHeaderProper = (line: Line | undefined): boolean => line === title || isMetadata(line);
  const isMastheadLine = (line: Line | undefined): boolean => line !== undefined && isMasthead(line.text);
  // Over the title only on an aggregator's page: a line over a headline is a section's label more often ("More Latest News",
  // "Home News", "Football News") than a masthead. The aggregator's name right over it ("Apple
  // News") or over its menu ("MSN" over "Search the web", "News", … over "The Harbour Independent").
  const over = lines[start - 1];
  if (over && isMasthead(over.text) && !isMetadata(over) && lines.slice(0, start - 1).some((line) => isAggregatorName(line.text))) return over;
  for (let i = start + 1; i < lines.length && lines[i]!.number <= firstInBlock; i++) {
    const [before, after] = [lines[i - 1], lines[i + 1]];
    // A line read as the byline already ("CAROLINA FUENTES Associated Press") is no masthead.
    if (isMastheadLine(lines[i]) && !isMetadata(lines[i]) && (isHeaderProper(before) || isHeaderProper(after)) && !isMastheadLine(before) && !isMastheadLine(after)) return lines[i]!;
  }
  return null;
}

/** A "From" label alone on its line, as GOV.UK sets it over the bodies a page is from. */
const FROM_LABEL = /^from\s*:?$/iu;
/**
 * A public body's name: up to eight words, each capitalised or a particle ("of", "for", "and", "the", "&"), one of them a word for
 * a government's body ("Department for Transport", "Ministry of Defence", "HM Treasury", "Home Office", "Environment Agency"); a
 * minister's name and title ("The Rt Hon Jane Doe MP") has none.
 */
const PUBLIC_BODY = /^(?=(?:\S+\s+){0,7}\S+$)(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|&)\s+)*?(?:Department|Ministry|Office|Agency|Council|Commission|Authority|Service|Treasury|Committee|Executive|Government|Cabinet|Bureau|Inspectorate|Directorate|Board|Police)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|&))*$/u;
/** Whether the name is a public body's (PUBLIC_BODY: "Northern Space Agency", "Harbour City Council"). */
export const isPublicBody = (name: string): boolean => PUBLIC_BODY.test(name);
/**
 * The public body a government's page names under its "From" label over the article (FROM_LABEL, PUBLIC_BODY): "From:" over
 * "Department for Transport" over "Published". The department is the press release's source, the label no byline and the body
 * no section label. Up to the article's first line `firstInBlock`; else null.
 */
export function publicBodyUnderFromLabel(lines: readonly Line[], firstInBlock: number): Line | null {
  return lines.find((line, i) => i > 0 && line.number < firstInBlock && FROM_LABEL.test(lines[i - 1]!.text) && PUBLIC_BODY.test(line.text)) ?? null;
}

/** A state's name heading a government's letterhead: "Republic of …", "République d'…", Haitian Creole's "Repiblik Dayiti", a kingdom's; up to six words. */
const STATE_NAME = /^(?=(?:\S+\s+){0,5}\S+$)(?:the\s+)?(?:republic|république|república|repubblica|republik|repiblik|republika|kingdom|royaume|reino|königreich)\b/iu;
/**
 * A ministry's name opening its line, in the languages of the states' letterheads ("Ministry of Health", "Ministère de la Santé", "Ministerio
 * de Salud", Haitian Creole's "Ministè Sante Piblik ak Popilasyon (MSPP)"), in any case; up to twelve words.
 */
const MINISTRY = /^(?=(?:\S+\s+){0,11}\S+$)(?:ministry|ministère|ministerio|ministério|ministero|ministerium|ministè|ministarstvo|ministerstvo|ministerie)\s/iu;
/**
 * The ministry a government's bulletin names under the state's name opening the page (STATE_NAME over MINISTRY: "REPUBLIC OF …"
 * over "MINISTRY OF HEALTH (MOH)", as a ministry's letterhead heads its press releases and bulletins): the bulletin's source,
 * over the article's first line `firstInBlock`; else null.
 */
export function ministryUnderStateName(lines: readonly Line[], firstInBlock: number): Line | null {
  const [state, ministry] = lines;
  return state !== undefined && ministry !== undefined && ministry.number < firstInBlock && STATE_NAME.test(state.text) && MINISTRY.test(ministry.text) ? ministry : null;
}

/**
 * The page's masthead (isMasthead) that a publisher's name opens with: "Midland Courier" over an AMP page's menu for the "Midland
 * Courier Media" of its copyright notice, the paper the source, not its company; or the site's name a notice holding its address
 * gives it (siteOfAddress: "Harbourmani" over "www.harbourmani.com" for "Copyright - harbourmani.com 2026", "The Harbour Star" for
 * "theharbourstar.net"); else the name as given.
 */
export function mastheadOfPublisher(name: string, lines: readonly Line[]): string {
  return lines.find((line) => name.startsWith(`${line.text} `) && isMasthead(line.text))?.text ?? siteOfAddress(name, lines) ?? name;
}
/** A site's address, no scheme nor path, and the name before its domain (group 1): "dinamani.com", "www.harbournews.co.uk". */
const SITE_ADDRESS_NAME = /^(?:www\.)?([\p{L}\p{N}-]+)\.\p{L}{2,}(?:\.\p{L}{2})?$/iu;
/**
 * The line naming the site of an address alone, in any case, over the address or a line holding it, as a footer sets its logo
 * ("Harbourmani" over "www.harbourmani.com"), or a line of the words the address runs together; else null. A menu's item of that
 * name ("PopMatters" over "Watch") is no logo.
 */
function siteOfAddress(address: string, lines: readonly Line[]): string | null {
  const name = SITE_ADDRESS_NAME.exec(address)?.[1]?.toLowerCase();
  if (name === undefined) return null;
  const logo = lines.findIndex((line, i) => line.text.toLowerCase() === name && lines[i + 1]?.text.toLowerCase().includes(`${name}.`) === true);
  if (logo >= 0) return lines[logo]!.text;
  // Or a name of words the address runs together, its "The" maybe left out ("The Harbour Star" for "theharbourstar.net", "The Lagoon Post" for
  // "lagoonpost.com"): the masthead the page sets is the story's source, not the address.
  const spelt = lines.find((line) => line.wordCount >= MIN_SPELT_WORDS && line.wordCount <= MAX_SPELT_WORDS && SPELT_NAME.test(line.text) && [name, `the${name}`].includes(line.text.toLowerCase().replace(/\s+/gu, '')));
  return spelt?.text ?? null;
}
/** Words of a name an address runs together, at least and at most ("The Harbour Star"). */
const MIN_SPELT_WORDS = 2;
const MAX_SPELT_WORDS = 5;
/** Letters and digits alone between the words of such a name. */
const SPELT_NAME = /^[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)+$/u;

/** Lines between a byline and the date line it stands by, at most ("By Jane Doe" over "Staff Writer" over "Published: …"). */
const BYLINE_DATE_GAP = 2;

/**
 * The byline line nearest a date line (on it, or up to BYLINE_DATE_GAP lines from it; the first of the nearest) when the page's
 * first byline line stands by none; else null: a menu's item read as a byline ("By Any Means Necessary", a show; a fact-checker's
 * filters "By subject", "By speaker") is no author, and the real byline further down, by the date, is. Only in the header, up to
 * the article's second paragraph of prose in `body` (its kept lines): a standfirst may stand over the byline, but reader
 * comments' "Posted by: Gil | Jan 12, 2008 3:27:40 PM" under the article are no author's.
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
 * A name in a script without capitals (metadata/names.ts isCaselessName) at `lines[k]`, next to the date line at `lines[date]`
 * and the headline `title`: between them (right under the headline, right over the date line), or right under a date line right
 * under the headline (as Pashto pages set it); no line between, where an outlet signs in words as short. Not a line the page
 * gives above the headline too: the site's masthead ("आज तक" over its menu) signing for its newsroom.
 */
function isCaselessNameByTitle(lines: readonly Line[], k: number, date: number, title: Line | null | undefined): boolean {
  const titled = k < date ? lines[k - 1] === title : k === date + 1 && lines[date - 1] === title;
  return k > 0 && title !== undefined && title !== null && titled && lines[k] !== undefined && isCaselessName(lines[k]) && !lines.slice(0, lines.indexOf(title)).some((line) => line.text === lines[k]!.text);
}

/** Job title, contact, outlet and button lines crossed between an author's name and the date line, at most. */
const HEADER_NAME_NOTES = 2;
/**
 * One word with a capital: a section's label ("Ideas", "Business"), a place's name ("Leeds", "Barcelona") or the outlet's
 * one-word name ("News24" under "Jenni Evans"). Not a sign-up button (chrome/sign-up-box.ts isSignUpButton): a masthead "Harbour
 * Denver" over "Subscribe" is no author. (A reader tool's button is crossed as a note.)
 */
const isOneWord = (line: Line): boolean => ONE_WORD_SHAPE.test(line.text) && !isSignUpButton(line);
const ONE_WORD_SHAPE = /^\p{Lu}[\p{L}\p{M}\p{N}'’.-]+$/u;
/** An outlet's initials alone, two to five capitals ("BIRN"). */
const OUTLET_INITIALS = /^\p{Lu}{2,5}$/u;
/**
 * A place's name of two to five words opening with an article, as Spanish, Catalan and French places' do ("El Prat de
 * Llobregat"-shaped places between the author's name and the date line). No person's name opens with an article. (A place such
 * as "New York" there is read before this rule.) Or the place after its preposition (names.ts isPlaceWithPreposition: "à Québec"), or with its country's or state's code
 * (PLACE_WITH_CODE).
 */
const isPlaceWrittenFrom = (line: Line): boolean =>
  ARTICLE_PLACE.test(line.text) || PLACE_WITH_CODE.test(line.text) || isPlaceWithPreposition(line.text) || isDeskOfPaper(line.text);
/**
 * The place written from or the newsroom and the paper's short name, parted by a slash, as Galician and Spanish papers set them
 * under the author's name ("A CORUÑA / LA VOZ", "Redacción / La Voz"): one to three words each, no figure. Not a name with its outlet
 * ("Jane Doe / Khmer Times", signed-bylines.ts namesBeforeSlashedOutlet), which is the byline itself.
 */
const DESK_OF_PAPER = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2} \/ \p{Lu}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2}$/u;
const isDeskOfPaper = (text: string): boolean => DESK_OF_PAPER.test(text) && namesBeforeSlashedOutlet(text) === null;
/** A place of one to three capitalised words with its country's or state's code after a comma: "Santo Domingo, RD", "Wichita, KS". */
const PLACE_WITH_CODE = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}, \p{Lu}{2,3}$/u;
const ARTICLE_PLACE = /^(?:El|La|Le|Les|Los|Las|L['’])\s?\p{Lu}[\p{L}\p{M}'’-]*(?: (?:de|del|d['’]\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}[\p{L}\p{M}'’-]*)){0,3}$/u;
/** A separator a page's markup leaves alone on its line between the header's parts ("·", "|"). */
const SEPARATOR_LINE = /^[·•|]$/u;
/** The author's follow button (Medium's, Substack's). */
const FOLLOW_BUTTON = /^(?:Follow|FOLLOW)$/u;
/** The publication a blog post is published in: its label alone, or with the name after it ("Published in City Transit"). */
const PUBLICATION_LABEL = /^(?:Published|PUBLISHED) in$/u;
const PUBLISHED_IN = /^(?:Published|PUBLISHED) in \p{Lu}\D*$/u;
/**
 * A line of a blog's header at `lines[j]`, crossed between the author's name and the date line beside the notes and not counted
 * among them (a blog's header holds more than two): "Jane Doe", "Follow", "Published in", "City Transit", "·", "6 min read", "·",
 * "Dec 4, 2026", the follow button, the publication's box (its label, maybe with the name under it), the reading time and separators.
 */
const isBlogHeaderNote = (lines: readonly Line[], j: number): boolean => {
  const text = lines[j]!.text;
  return SEPARATOR_LINE.test(text) || FOLLOW_BUTTON.test(text) || isReadingTime(lines[j]!) || PUBLICATION_LABEL.test(text) || PUBLISHED_IN.test(text) || (j > 0 && PUBLICATION_LABEL.test(lines[j - 1]!.text));
};
/**
 * A press-release wire's label over the company that issued the release, "News provided by": the company over the date line
 * ("Greenfield Robotics" reads as a name) is no byline, no author of the release.
 */
const PROVIDER_LABEL = /^(?:news )?provided by\s*:?$/iu;
const isProviderLabel = (line: Line | undefined): boolean => line !== undefined && PROVIDER_LABEL.test(line.text);
/** An author's telephone number alone on its line (their e-mail address alone: metadata/names.ts isEmailAddressLine). */
const PHONE_LINE = /^\+?[\d() .-]{7,}$/u;
/**
 * An outlet's subscription tier alone on its line, one or two capitalised words before it ("Jane Doe" over "Harbour Pro" over the
 * date line): crossed, so that the author is found (the tier is no name: metadata/names.ts PAGE_WORDS).
 */
const SUBSCRIPTION_TIER = /^\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*)? (?:Pro|PRO|Plus|PLUS|Premium|PREMIUM)$/u;
const isSubscriptionTier = (line: Line): boolean => SUBSCRIPTION_TIER.test(line.text);
/**
 * The radio programme a story was broadcast on, as public radio sets it between the date line and the reporter's name ("Heard on
 * Morning Edition", "Heard on All Things Considered"), crossed, so that the author under it is found.
 */
const HEARD_ON = /^(?:Heard|HEARD) (?:on|ON)(?: \p{Lu}[\p{L}'’&.-]*| and| of| the){1,5}$/u;
/** A job title under the author's name, not a byline ending as one does ("By staff writers"). */
export const isPostUnderName = (line: Line | undefined): boolean => line !== undefined && isJobTitleLine(line) && bylineName(line.text) === undefined;
/**
 * A contributor's line for the outlet, maybe with the place written from ("Colaboração para o UOL, em Curitiba", "Special to the
 * Pioneer Press", "Special to The Globe and Mail"), crossed to the author over it. Only the label, an outlet of up to four words
 * (maybe joined by "and" or "of") and a place after a comma: a sentence does not fit it.
 */
const CONTRIBUTOR_TO =
  /^(?:[Ss]pecial to|SPECIAL TO|[Cc]olaboração para|[Cc]olaboración para)(?: (?:the|o|a|el|la))?(?:(?: and| of| e| y)? [\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){1,4}(?:, (?:em|en|in|from|desde|de) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*| d[aeo]s?| de la){0,4})?$/u;
/**
 * A line a page sets between the author's name and the date line, crossed so that the name is found: a job title, a contributor's
 * line (CONTRIBUTOR_TO), an e-mail address, a social handle alone ("@janedoe") or a phone number, the outlet's name or its subscription tier, a reader tool's bare button
 * ("Share" and "Save" between the story's age and the name), a bare share button in any language ("Partager"), the date's label
 * over its date ("UPDATED"), the place the author writes from ("São Paulo", metadata/names.ts isPlaceNameLine), the programme it
 * was heard on (HEARD_ON), a network's service (outlets.ts isNetworkService). Not a byline ending as a job title does ("By staff
 * writers", the newsroom signing): the headline over it would be taken for the author's name.
 */
const isNoteUnderName = (line: Line): boolean =>
  isPostUnderName(line) ||
  HEARD_ON.test(line.text) ||
  CONTRIBUTOR_TO.test(line.text) ||
  isEmailAddressLine(line) ||
  isBareHandle(line) ||
  PHONE_LINE.test(line.text) ||
  isMasthead(line.text) ||
  isNetworkService(line.text) ||
  isSubscriptionTier(line) ||
  isToolButton(line) ||
  isShareButton(line) ||
  isDateLabelLine(line) ||
  isPlaceNameLine(line);
