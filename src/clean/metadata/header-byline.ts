// The byline a page gives without a label, or under its text: cleanWithWords (index.ts) reads it after the article's title
// is found, since a name alone by the date line is the title's search's too (index.ts articleTitle).
import type { DateOrder, RawArticle, RemovedLine } from '../../types.js';
import { isBylineBio, noteAuthor } from '../chrome/authors.js';
import { isPictureCredit } from '../chrome/pictures.js';
import { bylineByDate, headerLine, headerName, isPostUnderName } from '../header.js';
import { describeLine, positionOf, positionOfNumber, type Line } from '../lines.js';
import { AUTHOR_BIO_AFTER, AUTHOR_NOTE_BEFORE, type Remove } from '../line-rules.js';
import { escaped } from './byline-casing.js';
import { isAuthorsHeading, isEmptyByline } from './bylines.js';
import { isPhotographerByline, isSiteDesk } from './credits.js';
import { headerNameText, liftNameBeforeDate, nameBeforeDate } from './header-names.js';
import { NO_STOPWORDS } from './date-lines.js';
import { isNameWithOutlet, isTradeAndTown, nameAfterColumnLabel, nameBeforePlaceWrittenFrom, nameBeforeUnlistedOutlet } from './name-posts.js';
import { bylineOf, type LiftedMetadata } from './lift.js';
import { bracketedCaselessName, bracketedSignatureName, dashedSignatureName, holdsEmailAddress, isCapitalsSignature, isFourSyllableSignature, isNameLine, isNameOverJobTitle, isNameOverOwnAddress, isNamesSignature, isNameUnderLabel, isNameWithOwnHandle, isNewsroom, lenticularSignatureName, soleLetterClosing, writesInLowerCase } from './names.js';
import { isNamedWithThe, namesBeforeSlashedOutlet, signedByline } from './signed-bylines.js';

/** What headerByline reads of the page cleanWithWords cleans (page.ts Page), and how it removes and relabels lines. */
interface BylinePage {
  raw: RawArticle;
  lines: readonly Line[];
  removed: ReadonlyMap<number, RemovedLine>;
  remove: Remove;
  relabel: Remove;
  lifted: LiftedMetadata;
  dateOrder: DateOrder;
  scoredLines: { language: string | null };
  anywhere: { repeated: ReadonlySet<number> };
}

/**
 * The byline when the header gives it without a label, or the page signs the article under its text: a byline by the date
 * line, a name alone or before the date line, names under an empty "By", a signature after the text; and a desk named by
 * the site's own name is no author. Each such line is relabelled as the byline it is.
 */
export function headerByline(
  page: BylinePage, bounds: { aboveArticle: readonly Line[] }, parts: { tail: readonly Line[]; firstInBlock: number },
  body: readonly Line[], title: { line: Line } | null, entryHeading: Line | null | undefined,
): void {
  const { raw, lines, removed, remove, relabel, lifted, dateOrder, scoredLines } = page;
  const { metadata } = lifted;
  const { repeated } = page.anywhere;
  const { aboveArticle } = bounds;
  const { tail, firstInBlock } = parts;
  // The byline by the header's date line over a menu's item read as one (header.ts bylineByDate).
  const byDate = raw.givenMetadata.byline === null ? bylineByDate(lines, removed, body) : null;
  if (byDate) metadata.byline = bylineOf(byDate, dateOrder);
  // A desk named by the site's own name ("By Mint Desk" under the masthead "Mint") is no author, as any desk is (isSiteDesk).
  if (metadata.byline !== null && raw.givenMetadata.byline === null && isSiteDesk(metadata.byline, aboveArticle)) metadata.byline = null;
  // So is the photographer the page's agency photo credit names, in the byline's place (metadata/credits.ts isPhotographerByline).
  if (metadata.byline !== null && raw.givenMetadata.byline === null && isPhotographerByline(metadata.byline, lines)) metadata.byline = null;
  // A name alone next to the header's date line ("Jane Doe" over "Published: 3 March 2023") is the
  // byline without its "By", not a section label.
  // A name opening the header's date line before a dash ("Олена Ковальчук — 4 грудня 2026, 09:45") is the byline too.
  const underTitle = (line: Line): boolean => title !== null && line.number > title.line.number;
  const nameDated = metadata.byline === null ? headerLine(lines, firstInBlock, title?.line, (line) => nameBeforeDate(line, dateOrder, underTitle(line)) !== null) : null;
  if (nameDated) {
    relabel(nameDated, 'metadata', 'byline and date line');
    liftNameBeforeDate(nameDated, lifted, dateOrder, underTitle(nameDated));
  }
  // A byline of an outlet signing alone ("From Times Online", metadata/signed-bylines.ts signedByline) names no author: the name
  // by the date line is the author, the outlet the source (The Times' pages set "Steve Burden" under the headline).
  const signing = metadata.byline !== null && raw.givenMetadata.byline === null ? signedByline(metadata.byline) : null;
  const authorless = metadata.byline === null || signing?.authors === null;
  const labelled = authorless ? namesUnderBylineLabels(lines, firstInBlock) : [];
  // A name alone by the date line that the story's opening names is its subject, not its author (isSubjectName).
  const byDateName = authorless ? headerName(lines, removed, repeated, firstInBlock, [title?.line, entryHeading]) : null;
  // A note on that name opening the text ("Jane Doe is a transport researcher …", an opinion site's under the date line) is on its
  // author, no story's subject: the opening is read past it.
  const byDateAuthor = byDateName !== null && !isSubjectName(byDateName, body.filter((line) => !removed.has(line.number) && !isBylineBio(line, byDateName.text))) ? byDateName : null;
  const unlabelled = authorless ? (byDateAuthor ?? nameOverOwnAddress(lines, firstInBlock, title?.line) ?? nameWithOwnHandle(lines, title?.line) ?? nameOverPostUnderTitle(lines, title?.line) ?? capitalsNameOverText(lines, firstInBlock, title?.line) ?? bracketedNameOverText(lines, firstInBlock) ?? nameUnderPictureCredit(lines, firstInBlock, body) ?? columnistOverTitle(lines, title?.line) ?? slashedNameUnderTitle(lines, removed, title?.line)) : null;
  const named = labelled.length > 0 ? labelled : [unlabelled].filter((line) => line !== null);
  // An outlet named with "The" under a byline's label alone (a newsletter's "Author:" over "The Harbour Brief") is the site
  // signing: no author, its name the source.
  const site = authorless && named.length === 0 ? siteUnderBylineLabel(lines, firstInBlock) : null;
  if (site) {
    relabel(site, 'metadata', 'byline');
    metadata.source ??= site.text;
  }
  for (const line of named) relabel(line, 'metadata', 'byline');
  if (named.length > 0) {
    metadata.source ??= signing?.outlet ?? null;
    metadata.byline = joinedNames([...new Set(named.map(headerNameText))]);
  }
  // Vietnamese papers sign under the last paragraph, the name alone ("Ngọc Anh", as VnExpress does; in capitals, "MINH HÒA", as
  // Tuổi Trẻ does: isCapitalsSignature, of four syllables too), and the Guardian's live blogs with names joined ("Jessica
  // Murray and Tom Ambrose", metadata/names.ts isNamesSignature): the byline when the header gave none, not page text after
  // the article. Sri Lankan papers sign in brackets, the name and the place written from (metadata/names.ts
  // bracketedSignatureName), Japanese papers in lenticular brackets (lenticularSignatureName). A column or a blog signs after
  // a dash ("--Jane Doe", dashedSignatureName), Russian papers with the place written from ("Jane Doe, Kazan"-shaped, as
  // Kommersant signs: name-posts.ts nameBeforePlaceWrittenFrom), a sports site with its own name ("Jane Doe, Goal.com":
  // isNameWithOutlet).
  // A reader's letter signs under its closing ("Yours faithfully," over "Jane Doe" or "Jane Doe, Harbourside"), whether the
  // closing ends the text or opens the page text after it: the writer is the author.
  const letter = metadata.byline === null ? letterSignature(lines, body, tail) : null;
  if (letter) {
    remove(letter.line, 'metadata', 'byline');
    metadata.byline = letter.name;
  }
  const signature = metadata.byline === null && tail[0] ? tail[0] : null;
  const signed = signature && signatureName(signature, scoredLines.language, lines, body);
  if (signature && signed) {
    remove(signature, 'metadata', 'byline');
    metadata.byline = signed;
  }
  const listed = metadata.byline === null ? namesUnderAuthorsHeading(lines, tail) : [];
  if (listed.length > 0) {
    for (const line of listed) remove(line, 'metadata', 'byline');
    metadata.byline = joinedNames(listed.slice(1).map((line) => line.text));
  }
  const newsroom = newsroomByDateLine(lines, removed);
  if (newsroom) relabel(newsroom, 'metadata', 'byline');
  // A note on the author after the article's first line names them when the header named none (chrome/authors.ts
  // noteAuthor): "Dana Whitfield is a national sports columnist for The Harbour Press.", "Tom Okafor can be reached at: …".
  // The note stays what it was (an author's bio, contact details).
  if (metadata.byline === null) metadata.byline = lines.reduce<string | null>((found, line) => found ?? (line.number > firstInBlock ? noteAuthor(line) : null), null);
  // A note on the byline's author opening the article's text (chrome/authors.ts isBylineBio), as The Verge sets it between the
  // picture's credit and the story's first paragraph ("Jane Doe is a news writer covering …"): no body's first line.
  const opening = body.filter((line) => !removed.has(line.number));
  if (opening.length > 1 && isBylineBio(opening[0]!, metadata.byline)) remove(opening[0]!, 'boilerplate', AUTHOR_NOTE_BEFORE);
  // One closing the text, or inside it with the author's e-mail address (a US paper's "Jane Doe is a writer for the Harbour Courier.
  // She may be reached at …" over the story's "at a glance" box): the article's end passes such a note only when the byline is
  // found late, as a name alone under the headline is here (bounds.ts closingMatterOff reads it when the byline is lifted first).
  for (const [k, line] of opening.entries()) {
    if (k > 0 && (k === opening.length - 1 || holdsEmailAddress(line)) && isBylineBio(line, metadata.byline)) remove(line, 'boilerplate', AUTHOR_BIO_AFTER);
  }
}

/** The story's first paragraphs, where its subject is named (isSubjectName). */
const OPENING_PARAGRAPHS = 2;
/** A reporter's verb after their name in a standfirst: "Jane Doe of Harbour Public reports.", "Jane Doe has more." */
const REPORTS = String.raw`(?<![\p{L}])(?:reports|reported|has more|has the story|has this report)(?![\p{L}])`;
/**
 * Whether a name alone (metadata/names.ts isNameLine) is the story's subject: each of its words stands in the text's first
 * paragraphs `body` (its kept lines), as a club's news page sets the club's name over its date line ("Harbour United" over the
 * date, "Harbour United FC defenders …" opening the text) and a school sports page a pictured swimmer's caption ("Jane Doe
 * Trinity" over the date, "Trinity Academy junior Jane Doe won …"). An author the text names is named in a note after it
 * ("Jane Doe can be reached at …"), not in its opening, but for a standfirst saying they report (REPORTS: a radio transcript's "Jane
 * Doe of Harbour Public reports.").
 */
function isSubjectName(line: Line, body: readonly Line[]): boolean {
  if (!isNameLine(line)) return false;
  const opening = body.slice(0, OPENING_PARAGRAPHS).map((paragraph) => paragraph.text).join(' ');
  const words = line.text.split(' ');
  if (new RegExp(`(?<![\\p{L}\\p{M}])${escaped(words[0]!)}[^.!?]*${REPORTS}`, 'u').test(opening)) return false;
  return words.every((word) => new RegExp(`(?<![\\p{L}\\p{M}])${escaped(word)}(?![\\p{L}\\p{M}])`, 'u').test(opening));
}

/** The language guess's name for Vietnamese (ISO 639-3), whose papers sign under the article. */
const VIETNAMESE = 'vie';

/** The author's name a signature right under the article gives, as headerByline reads it, else null. */
function signatureName(line: Line, language: string | null, lines: readonly Line[], body: readonly Line[]): string | null {
  const vietnamese = language === VIETNAMESE && (isNameLine(line) || isCapitalsSignature(line, lines) || isFourSyllableSignature(line, lines));
  if (vietnamese || isNamesSignature(line, body)) return line.text;
  const signed = dashedSignatureName(line, body) ?? nameBeforePlaceWrittenFrom(line) ?? (isNameWithOutlet(line) ? signedByline(line.text).authors : null) ?? nameOverTradeAndTown(line, lines);
  // A page of letters signs each so ("Jane Doe, Harbourside" under each letter): the last signature is one writer's of many.
  return bracketedSignatureName(line) ?? lenticularSignatureName(line) ?? (signed !== null && !body.some(isSignedShape) && !signsLetterAbove(line, lines, body) ? signed : null);
}
/**
 * Whether a line of the article over the signature `line`, kept or not, is a name and a place as letters sign ("Jane Doe,
 * Harbourside"): a short letter's signature between two letters goes as a short line, and the page is still one of letters.
 */
function signsLetterAbove(line: Line, lines: readonly Line[], body: readonly Line[]): boolean {
  const first = body[0]?.number ?? line.number;
  return lines.some((other) => other.number > first && other.number < line.number && nameBeforePlaceWrittenFrom(other) !== null);
}
/**
 * The writer's name under a letter's closing (names.ts soleLetterClosing), the closing the page's only one and among the text's last
 * two lines or the first after it; the name alone or before the place written from. Else null: a page of letters closes each.
 */
function letterSignature(lines: readonly Line[], body: readonly Line[], tail: readonly Line[]): { line: Line; name: string } | null {
  const sole = soleLetterClosing(lines);
  const closing = sole !== undefined && [...body.slice(-2), tail[0]].includes(sole) ? sole : null;
  const line = closing ? lines[positionOf(lines, closing) + 1] : undefined;
  const name = line === undefined ? null : isNameLine(line) ? line.text : nameBeforePlaceWrittenFrom(line);
  return line !== undefined && name !== null ? { line, name } : null;
}

/** A name line over the writer's trade and town (name-posts.ts isTradeAndTown), as Lefaso.net signs a reader's column: the name, else null. */
function nameOverTradeAndTown(line: Line, lines: readonly Line[]): string | null {
  const under = lines[positionOf(lines, line) + 1];
  return isNameLine(line) && under !== undefined && isTradeAndTown(under) ? line.text : null;
}
/** A line of the text shaped as a signature: a name alone, or with the place written from or an outlet after a comma. */
const isSignedShape = (line: Line): boolean => isNameLine(line) || nameBeforePlaceWrittenFrom(line) !== null || nameBeforeUnlistedOutlet(line) !== null || isNameWithOutlet(line);

/**
 * The name lines under a byline's label alone on its line ("By" over "Yuki Noguchi", as NPR sets them;
 * "By —" over the name, PBS, once for each author; "Autor" over the name, as La República sets its author's card in the header),
 * above the article's first line `firstInBlock`: read apart, the label is an empty byline and the name a section label; with
 * two labels each names an author (PBS's).
 */
function namesUnderBylineLabels(lines: readonly Line[], firstInBlock: number): Line[] {
  return lines.filter((line, i) => i > 0 && line.number < firstInBlock && (isEmptyByline(lines[i - 1]!) || isAuthorsHeading(lines[i - 1]!)) && isNameUnderLabel(line));
}

/** A line under a byline's label alone, over the article, that is an outlet named with "The" (signed-bylines.ts isNamedWithThe), else null. */
function siteUnderBylineLabel(lines: readonly Line[], firstInBlock: number): Line | null {
  return lines.find((line, i) => i > 0 && line.number < firstInBlock && isEmptyByline(lines[i - 1]!) && isNamedWithThe(line.text)) ?? null;
}

/** Lines after the article a box of its authors may open within: its share buttons or tags may stand between. */
const AUTHORS_BOX_SPAN = 5;
/**
 * A box of the story's authors after it: its heading (bylines.ts isAuthorsHeading) or a byline's label alone (isEmptyByline) among
 * the first lines after the article and the names right under it, one a line (names.ts isNameUnderLabel), heading first; else
 * none. RBC lists its authors so under the story ("Авторы" over each name), La Nación its author's card ("Por" over the
 * name): the story's authors, not page text.
 */
function namesUnderAuthorsHeading(lines: readonly Line[], tail: readonly Line[]): Line[] {
  // The label alone was removed as an empty byline (lift.ts liftLine) before the tail was parted: it is the line over one of the tail's.
  const headingAt = (line: Line): number => {
    const i = positionOf(lines, line);
    return isAuthorsHeading(line) ? i : i > 0 && isEmptyByline(lines[i - 1]!) ? i - 1 : -1;
  };
  const at = tail.slice(0, AUTHORS_BOX_SPAN).map(headingAt).find((i) => i >= 0);
  if (at === undefined) return [];
  let end = at + 1;
  while (end < lines.length && isNameUnderLabel(lines[end]!)) end++;
  return end > at + 1 ? lines.slice(at, end) : [];
}

/**
 * A name right over the author's own e-mail address between the headline `title` and the article's first line `firstInBlock`
 * (metadata/names.ts isNameOverOwnAddress), else null: mbl.is sets it under the standfirst, away from its date line.
 */
function nameOverOwnAddress(lines: readonly Line[], firstInBlock: number, title: Line | undefined): Line | null {
  if (title === undefined) return null;
  return lines.find((line, i) => line.number > title.number && line.number < firstInBlock && isNameOverOwnAddress(line, lines[i + 1])) ?? null;
}

/**
 * A newsroom signing alone (metadata/names.ts isNewsroom: El Comercio's "Redacción EC", the Guardian's "Staff and agencies")
 * right over or under the page's first date line, else null: a byline with no author's name. El Comercio's stands between the
 * standfirst and the date line, inside the article's block.
 */
function newsroomByDateLine(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): Line | null {
  const date = lines.findIndex((line) => isDateLineRemoval(removed.get(line.number)));
  if (date < 0) return null;
  return [lines[date - 1], lines[date + 1]].find((line) => line !== undefined && removed.get(line.number)?.kind !== 'metadata' && isNewsroom(line.text)) ?? null;
}
const isDateLineRemoval = (removal: RemovedLine | undefined): boolean => removal?.kind === 'metadata' && removal.reason.startsWith('date line');

/** Lines under the headline a name with its own handle may stand on: right under it, or under the standfirst. */
const HANDLE_NAME_SPAN = 2;
/**
 * A name with the author's own handle (metadata/names.ts isNameWithOwnHandle) right under the headline `title` or under the
 * standfirst, else null: the handle tells it from a paragraph of the story, so it may stand inside the article's block.
 */
function nameWithOwnHandle(lines: readonly Line[], title: Line | undefined): Line | null {
  const at = title === undefined ? -1 : positionOf(lines, title);
  if (at < 0) return null;
  return lines.slice(at + 1, at + 1 + HANDLE_NAME_SPAN).find(isNameWithOwnHandle) ?? null;
}

/**
 * A name right under the headline `title` over its newsroom job title alone (header.ts isPostUnderName), else null: Forbes sets
 * "Jane Doe" over "Senior Contributor" under the headline, no date line near: the author, no section label. The job title
 * tells the name from a menu's item or a picture's credit.
 */
function nameOverPostUnderTitle(lines: readonly Line[], title: Line | undefined): Line | null {
  const at = title === undefined ? -1 : positionOf(lines, title);
  const name = at < 0 ? undefined : lines[at + 1];
  return name !== undefined && isNameOverJobTitle(name) && isPostUnderName(lines[at + 2]) ? name : null;
}

/**
 * A name in capitals (metadata/names.ts isCapitalsSignature: none of its words one the page writes in lower case) right over the
 * article's first line `firstInBlock`, under the headline `title` or on a page whose title was not found, else null: the Sun papers
 * of Canoe set "JANE DOE" so between the headline and the text, no date line on the page: the author, no section label. A
 * kicker in capitals there has a page's word or is written in lower case in the text.
 */
export function capitalsNameOverText(lines: readonly Line[], firstInBlock: number, title: Line | undefined): Line | null {
  const at = positionOfNumber(lines, firstInBlock);
  const name = at > 0 ? lines[at - 1]! : undefined;
  return name !== undefined && name !== title && (title === undefined || lines[at - 2] === title) && isCapitalsSignature(name, lines) ? name : null;
}

/** A reporter's name in brackets right over the article's first line `firstInBlock` (names.ts bracketedCaselessName), else null. */
function bracketedNameOverText(lines: readonly Line[], firstInBlock: number): Line | null {
  const at = positionOfNumber(lines, firstInBlock);
  const name = at > 0 ? lines[at - 1]! : undefined;
  return name !== undefined && bracketedCaselessName(name) !== null ? name : null;
}

/**
 * A name line right under a picture's credit and right over the article's first line `firstInBlock`, its surname nowhere in the text
 * `body`, else null: Rzeczpospolita sets "Foto: …" over the author's name over the story: the author, no section label. A
 * caption naming the person pictured there names someone the story names.
 */
function nameUnderPictureCredit(lines: readonly Line[], firstInBlock: number, body: readonly Line[]): Line | null {
  const at = positionOfNumber(lines, firstInBlock);
  const [credit, name] = at > 1 ? [lines[at - 2]!, lines[at - 1]!] : [];
  if (credit === undefined || name === undefined || !isPictureCredit(credit) || !isNameLine(name)) return null;
  const surname = name.text.split(' ').at(-1)!;
  return body.some((line) => line.text.includes(surname)) ? null : name;
}

/**
 * A name, a slash and its outlet or agency (signed-bylines.ts namesBeforeSlashedOutlet) right under the headline `title` and
 * right over the date line, else null: Khmer Times sets "Jane Doe / Khmer Times" there, Swedish papers "Jane Doe/TT". The line has
 * a photographer's credit's shape and is removed as one; a credit stands under its picture's caption or over the text, not
 * between the headline and the date line.
 */
function slashedNameUnderTitle(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, title: Line | undefined): Line | null {
  const at = title === undefined ? -1 : positionOf(lines, title);
  const [line, date] = at < 0 ? [] : [lines[at + 1], lines[at + 2]];
  return line !== undefined && date !== undefined && isDateLineRemoval(removed.get(date.number)) && namesBeforeSlashedOutlet(line.text) !== null ? line : null;
}

/**
 * A column's label run into its columnist's name right over the headline `title` (name-posts.ts nameAfterColumnLabel: Yahoo's "Opinion
 * Jane Doe"), none of the name's words one the page writes in lower case (a breadcrumb's "Opinion Editorials"), else null.
 */
function columnistOverTitle(lines: readonly Line[], title: Line | undefined): Line | null {
  const at = title === undefined ? -1 : positionOf(lines, title);
  const over = at > 0 ? lines[at - 1]! : undefined;
  const name = over === undefined ? null : nameAfterColumnLabel(over);
  return name !== null && !writesInLowerCase(describeLine(over!.number, name, NO_STOPWORDS), lines) ? over! : null;
}

/** Names as a byline joins them: "Paul Solman", "Paul Solman and Ryan Connelly Holmes", "A, B and C". */
const joinedNames = (names: readonly string[]): string => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!);
