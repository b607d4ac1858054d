// Header lines that carry the article's metadata: bylines, date lines, source credits. They are
// removed from the body and their content lifted into the article's metadata (liftMetadata: a line of a byline and a
// date parted by bars or dashes, a date then an author, an author then a date), a page's record of it (LiftedMetadata,
// beginLift) saying too how a field was set, which decides whether a later line's replaces it. The top of
// src/clean/metadata/: it reads lines with the sibling modules, and of them only header-names.ts (a header's name and
// date line, its date read as liftLine reads it), header-byline.ts (bylineOf) and page-source.ts (chineseDateLineSource)
// import it.
import type { ArticleMetadata, DateOrder } from '../../types.js';
import { isMonthName, readDate, writesFullYear } from '../../text/dates.js';
import { isEmbeddedPostSignature } from '../embedded.js';
import { isReaderTools, isToolText, isViewCount } from '../chrome/buttons.js';
import { isPictureCredit } from '../chrome/pictures.js';
import { isPrintedNotice } from '../chrome/printout.js';
import { BEFORE_CLOSING_READING_TIME, isReadingTime, isRelativeAge } from '../chrome/stamps.js';
import { describeLine, type Line, type LineNumber } from '../lines.js';
import { isOutlet } from '../outlets.js';
import { bylineName, EDITOR_ROLES, HOST_BYLINE, isByline, isEditorCredit, isEmptyByline, isMenuFilter } from './bylines.js';
import { DATE_LABEL, DATE_LINE_WORD, entryMetaUser, isBarredDateLine, isDatedSentence, isEntryMetaDateLine, isDateWordsLine, isLabelledTime, isLongDateLine, LABEL_WORDS, LIFE_DATE_LABEL, NO_STOPWORDS, onlyDateWords, placeBeforeDate, PUBLICATION_LABELS, publicationPart, UPDATE_LABEL, UPDATE_LABELS } from './date-lines.js';
import { authorBoxName, isNameThenOutlet } from './name-posts.js';
import { areNames, isNameLine, isNameWithOwnHandle, isNewsroom, isPlaceNameLine, staffOutlet, withoutContact } from './names.js';
import { isSourceAddress, liftSourceCredit, SITE_ADDRESS_ALONE, SOURCE } from './page-addresses.js';
import { agencyWithOutlet, liftBylineName } from './signed-bylines.js';
import { CREDIT_WORD, isWireCredit, wireCreditReporters } from './wire-credits.js';

/** A comma spaced as some pages set it between names ("Jane Doe , John Roe"): the byline has it unspaced. */
const SPACED_COMMA = /\s+,/gu;
/**
 * Dashes or a bar closing a byline with nothing after them ("By DAVID ROE - Associated Press Writer --", "By JANE ROE |
 * Special to the Pioneer Press |"): no part of the author. The spaces start after a non-space: else the match is tried
 * from every space of a long run, each scanning to its end (quadratic: seconds on a table's padded line).
 */
const TRAILING_DASHES = /(?<!\s)\s+(?:[-–—]+|\|)$/u;
/**
 * Others' reporting credited after the byline's name: MTV's "Contributed by: Jane Doe, with additional reporting by
 * John Roe". The author is the name, as a wire credit's reporter is before its "additional reporting by" (wire-credits.ts):
 * the credit is no part of the author. The spaces start after a non-space.
 */
const ADDITIONAL_REPORTING = /(?<!\s),?\s+with (?:additional |further )?reporting by\s.*$/iu;
/**
 * A link to the author's other stories run onto the byline, as The Register's markup joins it ("By John Lathey ? More by this
 * author", its bullet read as a question mark): no part of the author. The spaces start after a non-space.
 */
const MORE_BY_AUTHOR = /(?<!\s)\s*(?:[?»|•·-]\s*)?more (?:by|from) this author$/iu;
/** Where a Chinese reporter reported from, after the name: "記者 陳志明／台北報導". */
const CHINESE_REPORTING_PLACE = /(?<!\s)\s*[／/∕]\s*\p{L}{1,8}(?:報導|报道)$/u;
/**
 * An article's metadata as liftMetadata fills it line by line, with what later lines must know of how it was filled.
 * readPage (page.ts) makes one a page and passes it to each call (line-rules.ts metadataLifting), and keptArticle reads its
 * staff signing.
 */
export interface LiftedMetadata {
  readonly metadata: ArticleMetadata;
  /**
   * The byline is a host's line's (HOST_BYLINE): the next byline that is no host's replaces it. Politico's newsletters set
   * their sponsor so over the byline ("Presented by Wells Fargo" over "By Jane Doe and John Roe"): the sponsor is no
   * author.
   */
  bylineByHost: boolean;
  /**
   * The date gives way to the next date line that is no update: an update line's date, or a forwarding mail's "Sent:"
   * (line-rules.ts removeAnywhere).
   */
  dateGivesWay: boolean;
  /**
   * The first outlet's staff signing the page gives while no byline is lifted (names.ts staffOutlet: "By Harbour Post
   * Staff"), and its line: no author, but the outlet is the source when no other line names one, as a byline's outlet is
   * (kept-article.ts).
   */
  staffSigning: { readonly line: LineNumber; readonly outlet: string } | null;
  /**
   * Every date line read with its date, in page order, whether it set the date or not: the story's own, under its headline, may
   * come after a date the page sets over it (index.ts storyDateUnderHeadline).
   */
  readonly dateLines: DateLineReading[];
}

/** A date line's date, and whether its label says it is an update or the publication ("Updated: …", "Published: …"). */
export interface DateLineReading {
  readonly line: LineNumber;
  readonly date: string;
  readonly update: boolean;
  readonly published: boolean;
}

/** The record liftMetadata fills for a page whose metadata, maybe given by the input, is `metadata`: nothing lifted yet. */
export const beginLift = (metadata: ArticleMetadata): LiftedMetadata => ({ metadata, bylineByHost: false, dateGivesWay: false, staffSigning: null, dateLines: [] });

/**
 * A Chinese portal's date line: the date, the time and the outlet the story came from (group 1), maybe labelled ("2026年12月04日 09:12
 * 新华网", "2026-12-04 09:12:30 来源：人民网", as Sina, Sohu and NetEase print it). Each ideograph counting half a word, the
 * date alone counts 8, too many for a date line's words. The outlet is read too (chineseDateLineSource).
 */
const CHINESE_DATE_THEN_SOURCE = /^\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?:[来來]源[:：]\s*)?(\p{Script=Han}{2,10})$/u;
/**
 * The outlet a Chinese portal's date line names after the label "来源" (source), or unlabelled when a medium's word ends it (a paper's 报,
 * a site's 网, an agency's 社, a station's 台: "新华网"), else null: a portal carries other papers' copy under its own masthead, and the
 * paper is the story's source when no dateline names an agency (page-source.ts: "2026-12-05 10:32:15　来源: 浙江日报" under NetEase's
 * menu). Unlabelled, other words are a place's or a section's as often. 0 bench raw lines so written.
 */
export function chineseDateLineSource(line: Line): string | null {
  const outlet = CHINESE_DATE_THEN_SOURCE.exec(line.text)?.[1];
  return outlet !== undefined && (/[来來]源[:：]/u.test(line.text) || /[报報网網社台]$/u.test(outlet)) ? outlet : null;
}

/**
 * Removal reason when the line is metadata (and the metadata it carries, lifted), else null;
 * `dateOrder`: how a numeric date line whose day and month could be either is read; `underByline`: whether the line
 * right above was lifted as a byline.
 */
export function liftMetadata(line: Line, lifted: LiftedMetadata, bodyProbability: number, dateOrder: DateOrder = 'auto', underByline = false): string | null {
  if (bodyProbability > 0.9) return null;
  const uncredited = withoutCreditAfter(line);
  if (uncredited !== line) return liftMetadata(uncredited, lifted, bodyProbability, dateOrder, underByline);
  const date = dateCellBeforeTools(line, dateOrder);
  if (date !== null) return liftLine(date, lifted, dateOrder);
  if (line.wordCount > MAX_METADATA_WORDS && !isLongDateLine(line) && !isSourceAddress(line.text)) return liftLongByline(line, lifted, dateOrder, underByline);
  return liftBylineAndDate(line, lifted, dateOrder, underByline) ?? liftLine(line, lifted, dateOrder);
}

/**
 * An editor's or a reviewer's credit after a byline and a spaced dash (EDITOR_ROLES): "Written by Caroline Reed on
 * December 4, 2026 — Fact checked by Greta Lindqvist-Moreau, PhD", as Healthline signs. Read whole, the line is all
 * byline, and the author "Caroline Reed on December 4, 2026 — Fact checked by …". The dash starts after a non-space,
 * so a run of spaces is scanned once. Or after a comma, as NDTV signs: "Reported by Jane Doe, Edited by Tom Roe", the
 * editor no author.
 */
const EDITOR_CREDIT_AFTER = new RegExp(`(?<!\\s)(?:\\s+[-–—]|,)\\s+(?=${EDITOR_ROLES})`, 'iu');
/** The line without an editor's credit of names alone after a spaced dash or a comma (EDITOR_CREDIT_AFTER), else the line itself. */
function withoutCreditAfter(line: Line): Line {
  const dash = line.wordCount <= DATE_THEN_AUTHOR_MAX_WORDS ? EDITOR_CREDIT_AFTER.exec(line.text) : null;
  if (!dash) return line;
  const credit = describeLine(line.number, line.text.slice(dash.index + dash[0].length), NO_STOPWORDS);
  return isEditorCredit(credit) ? describeLine(line.number, line.text.slice(0, dash.index), NO_STOPWORDS) : line;
}

/**
 * A table's cells, which ingest sets two spaces apart (src/ingest/normalise.ts spacedTabs): a page's markup leaves a tab
 * between its byline's box and its date's, or between a date and the links after it (dateCellBeforeTools). The spaces
 * start after a non-space (a run is scanned once).
 */
export const CELLS = /(?<!\s) {2,}(?=\S)/u;
/** Bars parting the links and tools after the date's cell. */
const CELL_BARS = /\s+\|\s+/u;
/** Words of a link or a tool after the date's cell at most: "View all news", "Send to a friend". */
const MAX_TOOL_CELL_WORDS = 4;
/**
 * The date's cell of a line that sets the date before a row of the page's links and tools, parted by bars, one a reader tool
 * at least (chrome/buttons.ts isToolText): Fairfax's regional papers' "4 December 2026 - 3:42PM<tab>More local news  |  Send to a
 * friend  |  Print" over the headline. Read whole, it is page text, and the day stamp by the masthead dates the story. Else null.
 */
function dateCellBeforeTools(line: Line, dateOrder: DateOrder): Line | null {
  if (!line.text.includes('|')) return null;
  const gap = CELLS.exec(line.text);
  if (!gap) return null;
  const cell = line.text.slice(0, gap.index);
  const rest = line.text.slice(gap.index).trim().split(CELL_BARS);
  const links = rest.every((part) => !/[\p{N}.!?:]/u.test(part) && part.split(/\s+/u).length <= MAX_TOOL_CELL_WORDS);
  if (!links || !rest.some(isToolText) || !/\p{Nd}/u.test(cell) || !onlyDateWords(cell) || readDate(cell, dateOrder) === null) return null;
  return describeLine(line.number, cell, NO_STOPWORDS);
}

/** Words of a metadata line at most, but for dates alone (isLongDateLine), an address (isSourceAddress) and names alone (liftLongByline). */
const MAX_METADATA_WORDS = 14;

/**
 * A byline over MAX_METADATA_WORDS whose names are names alone (isNamesAlone), maybe with its date
 * after it (authorThenDate), up to DATE_THEN_AUTHOR_MAX_WORDS: several authors and the date make a
 * long line ("By Graham Oduya , Lin Tran on Tuesday, March 15th, 2022 at 10:41 a.m.", 15 words, as
 * PolitiFact signs), over the body's first paragraph. Or a byline and dates in parts
 * (liftBylineAndDate): Dinamani's "By … | Published On : 04th December 2026 06:45 AM | Last Updated : …"
 * (19 words). Else null.
 */
function liftLongByline(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder, underByline: boolean): string | null {
  if (line.wordCount > DATE_THEN_AUTHOR_MAX_WORDS) return null;
  const parted = METADATA_PARTS.test(line.text) ? liftBylineAndDate(line, lifted, dateOrder, underByline) : null;
  if (parted) return parted;
  // Cut into a byline and a date, the line is both or none: read whole, "By: Jane Doe   Last Updated: 1/16/08 9:50 AM ET
  // | 87 times read" (a date left unread) is all author.
  const parts = authorThenDate(line);
  if (parts) return isNamesAlone(parts[0]) ? liftAuthorThenDate(line, lifted, dateOrder) : null;
  return isNamesAlone(line.text) ? liftLine(line, lifted, dateOrder) : null;
}

/**
 * Whether a byline's name is names alone: each word a name's, a particle's or what joins names
 * (CREDIT_WORD), no date word (a weekday: "… March 2023 by Friday" is a sentence). A spaced comma
 * between names ("Jane Doe , John Roe") is no word, nor a spaced dash before the outlet ("John Roe -- Harbour Trade Weekly").
 */
function isNamesAlone(byline: string): boolean {
  const words = bylineName(byline)?.split(/\s+/u).map((word) => word.replace(/,$/u, '').replace(/^[-–—]{1,2}$/u, '')).filter(Boolean);
  return words !== undefined && words.every((word) => CREDIT_WORD.test(word) && !DATE_LINE_WORD.test(word));
}

/**
 * A metadata line's parts: "By Staff Reporter | Updated: Jul 3, 2023, 22:14 IST"; Japanese and Chinese
 * pages set a full-width slash or bar between them, spaced or not ("by 山田太郎 ／ 2024.05.20"), and the Times of India a
 * spaced slash ("TOI City Desk / TIMESOFINDIA.COM / Updated: Dec 4, 2026, 10:12 IST"). A match
 * starts only where no space is before it: else it is tried at every start inside a run of spaces, each scanning
 * to the run's end (quadratic: seconds on a line padded with 100,000 spaces). The leftmost
 * match starts at the run's first space anyway, so the parts are the same. A middle dot unspaced between a name and a
 * date's figure too (Wday.ru's "Текст: Вера Сотникова·12 октября 2018", else a date line whose author is lost;
 * not between names, as Korean bylines join them: "김철수·이영희 기자").
 */
export const METADATA_PARTS = /(?<!\s)\s+(?:[|•·/]\s+|\|(?=\p{Nd}))|(?<!\s)\s*[／｜]\s*|(?<=\p{L})·(?=\p{Nd})/u;
/**
 * The post's categories run into the time closing a metadata line, as Wired's blogs' markup joins them ("By Chuck Roe
 * March 2, 2021 | 4:12:09 PMCategories: Scooters"): the part is the time's, and the categories go with the line.
 */
const CATEGORIES_RUN_INTO_TIME = /(?<=\d ?[AP]M)(?:Categories|Category|Tags|Filed under|Topics):.*$/u;

/** A story's topic or categories, labelled, as a part of a byline's line (in Portuguese and Spanish too: "Categoria: Saúde"). */
const TOPIC_PART = /^(?:topics?|categor(?:y|ies|ia|ias|ía|ías)|catégories?|kategorien?|filed under|tags?|etiquetas|sections?)\s*:\s*\S/iu;
/**
 * An article's rating, as Interspire ArticleLive's sites close their byline's line before anyone rated it: "By Jane Doe |
 * Published 03/02/2026 | Club Events | Unrated". Beside it the part before is the story's category (CATEGORY_PART). Read
 * whole, the line is all author.
 */
const RATING_PART = /^(?:Unrated|UNRATED)$/u;
/** A category's name as a byline's line sets it before the rating: one to four capitalised words. */
const CATEGORY_PART = /^\p{Lu}[\p{L}&'’-]*(?: (?:\p{Lu}[\p{L}&'’-]*|&|and)){0,3}$/u;
/**
 * A news service's initials alone as a part of a byline's line: the Times of India signs its own service's copy "Name / TNN / Updated:
 * Dec 5, 2026, 10:32 IST" (Times News Network; the Indian Express' "ENS" likewise). It names no outlet (the source is the paper's),
 * and read whole the line is a date line whose author is lost.
 */
const WIRE_DESK = /^\p{Lu}{2,5}$/u;
/**
 * The story's age without "ago" as a part of a byline's line: TechCrunch signs "Jane Doe @janedoe / 2 days" under the headline
 * (read whole, page text, the story without author nor title). No date: the age counts from the day the page was read.
 */
const STORY_AGE_PART = /^\d{1,3} ?(?:mins?|minutes?|hrs?|hours?|days?|weeks?)$/u;
/**
 * Spaced dashes parting a byline's line where no bar or bullet does, as Portuguese and Spanish blog themes set it: "05/10/2018 -
 * Publicado por: Ana Souza - Categoria: Saúde - Tags: …", read so only with a byline among three parts or more
 * (liftBylineAndDate). Read whole, it is page text, with no author and no date. The spaces start after a non-space.
 */
const DASHED_PARTS = /(?<!\s)\s+[-–—]\s+/u;
/**
 * A byline and a date line set on one line ("By Staff Reporter | Updated: Jul 3, 2023, 22:14 IST",
 * "Posted by Staff Reporter | Updated: …"), each part lifted as its own line; else null. Read whole,
 * the first is all byline, date included, and the second a date line whose author is lost.
 */
function liftBylineAndDate(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder, underByline: boolean, parts = line.text.split(METADATA_PARTS)): string | null {
  if (parts.length < 2) {
    // A reading time run onto the date with no bar between (the Kyiv Independent's "December 4, 2026 5:48 PM 3 min read"):
    // nine words, too many for a date line. Parted there, it is a date and its reading time.
    const timed = line.text.split(BEFORE_CLOSING_READING_TIME);
    const withReadingTime = timed.length === 2 ? liftBylineAndDate(line, lifted, dateOrder, underByline, timed) : null;
    if (withReadingTime) return withReadingTime;
    const dashed = line.text.split(DASHED_PARTS);
    const hasByline = dashed.length > 2 && dashed.some((part) => isByline(describeLine(line.number, part, NO_STOPWORDS)));
    return (hasByline ? liftBylineAndDate(line, lifted, dateOrder, underByline, dashed) : null) ?? liftDateThenAuthor(line, lifted, dateOrder) ?? liftDateThenHandle(line, lifted, dateOrder) ?? liftAuthorThenDate(line, lifted, dateOrder) ?? liftAgeThenAuthor(line, lifted, dateOrder);
  }
  const wholeParts = parts.map((part) => describeLine(line.number, withRoleColon(part.replace(CATEGORIES_RUN_INTO_TIME, '')), NO_STOPWORDS));
  // Credits set as sentences in a part (creditSentences) are parts of their own, a picture's credit among them.
  const sentenced = wholeParts.map(creditSentences);
  const partLines = sentenced.flat();
  const creditSentenceParts = new Set(sentenced.filter((sentences, k) => sentences[0] !== wholeParts[k]).flat());
  const dated = partLines.map((part) => isDateLine(part, dateOrder));
  // A desk signs in the byline's place with no "By" ("TOI City Desk / TIMESOFINDIA.COM / Updated: …"): no author. A byline
  // and its date in one part ("By Chuck Roe January 10, 2008 | 6:46:13 PM", Wired's blogs) is the byline's part too.
  const signed = partLines.filter((part, k) => (isByline(part) || isNewsroom(part.text)) && (!dated[k] || (isByline(part) && authorThenDate(part) !== null)));
  // The outlet beside a date: CBC's "By Bryce Hoye · CBC News · Posted: Dec 04, 2026 4:00 AM EST | Last Updated: 3 hours
  // ago", else page text (no date, no source). Beside the byline alone it is the byline's ("By Jane Doe | Reuters": signedByline).
  // An ArticleLive site's category and rating closing the line (RATING_PART): the category is no outlet ("Club News").
  const rated = partLines.length > 2 && RATING_PART.test(partLines.at(-1)!.text) && CATEGORY_PART.test(partLines.at(-2)!.text);
  const ratedParts = rated ? partLines.slice(-2) : [];
  const outlets = dated.includes(true) ? partLines.filter((part) => !signed.includes(part) && !ratedParts.includes(part) && isOutlet(part.text)) : [];
  // A news service's initials beside a date (WIRE_DESK): the outlet's own desk, no outlet.
  const desks = dated.includes(true) ? partLines.filter((part) => !signed.includes(part) && !outlets.includes(part) && WIRE_DESK.test(part.text)) : [];
  // A name line with no "By" is the byline beside the outlet or a desk and a date only: CBC signs "Bryce Hoye · CBC News · Posted: …",
  // the Times of India "Name / TNN / Updated: …". Beside a date alone a place is as often set so ("New
  // York · Dec 4, 2026").
  // Beside the story's age alone (STORY_AGE_PART) only a name with the author's own handle: TechCrunch signs "Jane Doe @janedoe / 2 days".
  const aged = signed.length === 0 && outlets.length + desks.length === 0 && partLines.some((part) => STORY_AGE_PART.test(part.text));
  const named = signed.length === 0 && outlets.length + desks.length > 0 ? partLines.filter((part) => !outlets.includes(part) && !desks.includes(part) && isNameLine(part)) : aged ? partLines.filter(isNameWithOwnHandle) : [];
  const bylines = [...signed, ...named];
  // An editor's credit beside the writer's ("Penulis: Budi Santoso | Editor: Sari Dewi", as Indonesian pages sign).
  // A reading time beside them ("By Priya Raman · December 4, 2026 · 7 min read", a blog's header), an update's age, and
  // the place written from ("New York · CBC News · Posted: …": no author, the outlet and the date as beside a name).
  // The time alone after a byline's date (isDateWordsLine: Wired's "… January 10, 2008 | 6:46:13 PM"). A count of the story's
  // readers closing the line (Seneweb's "Par : Jane Doe - Site | date | Lu 1843 fois": else all author, the story undated).
  // The story's topic beside them (ZDNet's "By Jane Doe | March 15, 2022 -- 10:41 GMT (10:41 GMT) | Topic: Hardware"). A reader
  // tool's button closing the line (a blog's "Posted by Jane Doe at December 29, 2007 12:03 PM | Email This").
  const isOtherPart = (part: Line): boolean =>
    outlets.includes(part) || desks.includes(part) || isLabelledTime(part) || isEditorCredit(part) || isReadingTime(part) || isViewCount(part) || isPlaceNameLine(part) || (bylines.length === 1 && (isDateWordsLine(part) || TOPIC_PART.test(part.text) || ratedParts.includes(part) || STORY_AGE_PART.test(part.text) || isReaderTools(part) || (creditSentenceParts.has(part) && isPictureCredit(part))));
  // The outlet and a date stand without a byline too, when the story has no author ("New York · CBC News · Posted: …"), a
  // date line with its source. The date labelled, the place beside them, or the line
  // right under the byline ("Philippine Daily Inquirer / 05:12 AM December 04, 2026", as the Inquirer signs): a related
  // story's "Thomson Financial News | Wed, Mar 2 2022, 09:15 GMT" in a list after the article, a masthead's stamp
  // "Sunday, March 6, 2022 | Today's Toronto Star" over a wire's story, name no story's source.
  const isOutletAndDate = bylines.length === 0 && outlets.length > 0 && (underByline || partLines.some((part) => DATE_LABEL.test(part.text) || isPlaceNameLine(part)));
  // A date and its reading time alone (CBS Sports' "Nov 19, 2019 at 8:12 pm ET • 3 min read" under the byline): 11 words, too
  // many for a date line. Or the place written from (a place's name: names.ts isPlaceNameLine) and the date, as Milenio sets
  // them under the author's name ("Ciudad de México / 03.12.2026 15:42:00"): the place is no author's name.
  const isDateAndReadingTime = bylines.length === 0 && outlets.length === 0 && dated.includes(true) && partLines.every((part, k) => dated[k] || isReadingTime(part) || isPlaceNameLine(part));
  const isSigned = bylines.length === 1 || isOutletAndDate || isDateAndReadingTime;
  if (!isSigned || !partLines.every((part, k) => bylines.includes(part) || dated[k] || isOtherPart(part))) return null;
  // A part may be a byline and a date itself (liftAuthorThenDate): Barron's "By Al Rook Updated … / Original Nov. 19, 2026 8:02 am ET".
  for (const part of partLines) liftAuthorThenDate(part, lifted, dateOrder) ?? liftLine(part, lifted, dateOrder);
  for (const name of named) lifted.metadata.byline ??= withoutContact(name.text);
  for (const outlet of outlets) lifted.metadata.source ??= outlet.text;
  if (bylines.length === 0) return 'date line';
  return dated.includes(true) ? 'byline and date line' : 'byline';
}

/**
 * A writer's or an editor's role label with no colon, a capitalised name after it, as Kompas sets its
 * byline box: "Penulis Rizky Syahrial | Editor Irfan Maullana". Read only among a metadata line's
 * parts, each of which is a credit or a date (liftBylineAndDate): alone, "Reporter Jane Doe" opens a
 * caption or a sentence.
 */
const BARE_ROLE_LABEL = /^(penulis|reporter|wartawan|editor|redaktur|penyunting)\s+(?=\p{Lu})/iu;
/** The part with a colon after its bare role label (BARE_ROLE_LABEL), as ROLE_LABEL and EDITOR_LABEL read it. */
const withRoleColon = (part: string): string => part.replace(BARE_ROLE_LABEL, '$1: ');

/**
 * A writer's or a photographer's credit label with no colon, a capitalised name after it, as a university's news site sets its
 * credits after the date: "14 March 2026 | Story Jane Doe. Photo John Roe. Read time 4 min." Read only among a metadata line's
 * parts (liftBylineAndDate), as BARE_ROLE_LABEL is, and before two words at least, the first capitalised: "Story Highlights" and "Photo
 * Gallery" are a page's headings.
 */
const BARE_STORY_LABEL = /^(?:Story|STORY|Words|WORDS)\s+(?=\p{Lu}\S*\s+\S)/u;
const BARE_PHOTO_LABEL = /^(?:Photos?|PHOTOS?|Pictures?|PICTURES?)\s+(?=\p{Lu}\S*\s+\S)/u;
/** The part as a labelled credit: "By Jane Doe" of "Story Jane Doe", "Photo: John Roe" of "Photo John Roe" (BARE_STORY_LABEL, BARE_PHOTO_LABEL). */
const withCreditLabel = (part: string): string => part.replace(BARE_STORY_LABEL, 'By ').replace(BARE_PHOTO_LABEL, 'Photo: ');
/** A sentence's full stop after a word of two letters or more, not an initial's ("Jane Q. Doe"). */
const CREDIT_SENTENCE_END = /(?<=\p{L}{2})\.(?:\s+|$)/u;
/**
 * A metadata line's part as its credits, when it sets them as sentences (CREDIT_SENTENCE_END) or one bare-labelled credit
 * (withCreditLabel): each sentence a credit (a byline, a picture's credit, a reading time), a byline among them. Else the part itself,
 * whose sentences are a caption's or a standfirst's.
 */
function creditSentences(part: Line): Line[] {
  const texts = part.text.split(CREDIT_SENTENCE_END).filter(Boolean);
  // One sentence is read as it stands, its full stop too ("By Jane Doe Jr."), unless its label is bare.
  if (texts.length === 1 && withCreditLabel(part.text) === part.text) return [part];
  const sentences = (texts.length === 1 ? [part.text] : texts).map((sentence) => describeLine(part.number, withCreditLabel(sentence), NO_STOPWORDS));
  const credits = sentences.every((sentence) => isByline(sentence) || isPictureCredit(sentence) || isReadingTime(sentence));
  return credits && sentences.some((sentence) => isByline(sentence)) ? sentences : [part];
}

/** A date line that ends with its author: "Posted on February 7, 2024 by Jamie Lee" (a blog's header). */
// The space run before "by" starts after a non-space: else, tried from every space of a long run, the lazy
// date part makes it quadratic (over a minute on a line padded with 100,000 spaces).
const DATE_THEN_AUTHOR = /^(.*\d.*?)(?<!\s)\s+(by\s+\p{Lu}.*)$/u;
export const DATE_THEN_AUTHOR_MAX_WORDS = 24;
/**
 * The category a blog's header names between the date and "by" ("Posted on March 3, 2026 in Local News by Jamie Lee"), as
 * Vanguard heads its stories: "On December 5, 2026 11:52 am In News by …".
 */
const CATEGORY_BEFORE_AUTHOR = /(?<=\d\s*(?:[ap]\.?m\.?)?)\s+[Ii]n\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’-]*)){0,3}$/u;

/**
 * A date line ending with "by" and names, lifted as a date line and a byline: read whole it is a
 * date line and the author is lost. The date part has only date words (or a date label), the
 * author part only a name's words (a weekday is none: "… March 2023 by Friday" is a sentence; nor a
 * month alone).
 */
function liftDateThenAuthor(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder): string | null {
  // Header lines only: the pattern backtracks over a long line's digits.
  const parts = line.wordCount <= DATE_THEN_AUTHOR_MAX_WORDS && !line.endsWithSentencePunctuation ? DATE_THEN_AUTHOR.exec(line.text) : null;
  if (!parts) return null;
  const [dated, author] = [parts[1]!.replace(CATEGORY_BEFORE_AUTHOR, ''), parts[2]!].map((part) => describeLine(line.number, part, NO_STOPWORDS)) as [Line, Line];
  const names = author.text.split(/\s+/u).slice(1);
  // A month among a name's words is the name's ("by Dez Bryant", "by Alicia May"); alone it is a deadline ("by March").
  const isMonthAlone = names.length === 1 && isMonthName(names[0]!);
  const isAuthor = isByline(author) && names.length <= 8 && !isMonthAlone && isNamesAlone(author.text);
  if (!isAuthor || !(DATE_LABEL.test(dated.text) || onlyDateWords(dated.text)) || !isDateLine(dated, dateOrder)) return null;
  liftLine(dated, lifted, dateOrder);
  liftLine(author, lifted, dateOrder);
  return 'byline and date line';
}

/**
 * A date line ending with "By" or "by" and a forum member's handle, one word with a figure or an underscore in it (group 2): a fan
 * site's post stamps its date, time and poster so ("| Dec 03 2026 07:48 PM PST By HARBOR22"). The date part is group 1.
 */
const DATE_THEN_HANDLE = /^([^\n]*\d[^\n]*?)(?<!\s)\s+[Bb]y\s+((?=[\p{L}\p{N}_.-]*\p{L})(?=[\p{L}\p{N}_.-]*[\p{N}_])[\p{L}\p{N}_.-]{3,30})$/u;
/** Words of such a line at most. */
const MAX_DATE_THEN_HANDLE_WORDS = 12;
/**
 * A date line ending with a member's handle (DATE_THEN_HANDLE), its date lifted, else null: read whole, the line is no date line
 * and the story goes undated. The handle is no name, so no byline: the date part only date words.
 */
function liftDateThenHandle(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder): string | null {
  const parts = line.wordCount <= MAX_DATE_THEN_HANDLE_WORDS && !line.endsWithSentencePunctuation ? DATE_THEN_HANDLE.exec(line.text) : null;
  if (!parts) return null;
  const dated = describeLine(line.number, parts[1]!, NO_STOPWORDS);
  return onlyDateWords(dated.text, LABEL_WORDS) && isDateLine(dated, dateOrder) ? liftLine(dated, lifted, dateOrder) : null;
}

/**
 * A byline, a spaced dash and a date line ("by Jane Roe - January 2 2008"), or a byline and a
 * labelled date line ("Von Henrike Albrecht publiziert am 12. Oktober 2021", Barron's "By Al Rook Updated Nov. 19, 2026
 * 8:21 am ET", its update's: not the author "Al Rook Updated …"), maybe after a comma, with no space as the Boston
 * Globe's markup joins them ("By Jane Doe Globe Staff,Updated December 4, 2026, 11:40 a.m."): each read whole as a date
 * line, the author is lost. The byline part ends after a non-space, so a run of spaces is
 * scanned once.
 */
export const AUTHOR_DASH_DATE = new RegExp(`^(.*?\\S)(?:\\s+[-–—]\\s+|(?:,\\s*|\\s+)(?=(?:${PUBLICATION_LABELS}|${UPDATE_LABELS})(?![\\p{L}\\p{N}])))(.*\\d.*)$`, 'iu');
/**
 * A byline, "on" or "at" and its date: "By Dolores Whitcombe on Tuesday, March 15th, 2022 at 10:37 a.m.", as
 * PolitiFact signs; "Posted by Jane Doe at December 29, 2007 12:03 PM", as a blog signs under its post. Names alone before
 * "on" (isNamesAlone): "By the end of the year on …" is none. Read whole, the line is no byline but page text or a date line.
 */
const AUTHOR_ON_DATE = /^(.*?\S)\s+((?:on|at)\s+.*\d.*)$/iu;
/**
 * A byline, an ISO 8601 time stamp and the story's section: "By Pavel Rusu 2022-03-15T21:47:05Z Science &
 * Astronomy", as Space.com signs. Read whole it is a date line and the author is lost; the section
 * goes with the date line's part, removed with it. Names alone before the stamp, as for AUTHOR_ON_DATE.
 */
const AUTHOR_ISO_DATE = /^(.*?\S)\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*)$/u;
/**
 * A byline and a date line in two cells: "Contributed by Nicol Anstey<tab>Friday, 28 December 2007". Read whole, the line
 * is a date line and the author is lost.
 */
const AUTHOR_CELL_DATE = new RegExp(`^(.*?\\S)${CELLS.source}(.*\\d.*)$`, 'u');
/**
 * A byline and the story's age after a space: "By JEFF ROE, AP Business Writer 47 minutes ago", "… 1 hour, 44 minutes ago", as
 * Yahoo ran AP's stories. Read whole, the age is in the author and the agency no source. The age part is
 * checked as a line (isRelativeAge) by liftAuthorThenDate.
 */
const AUTHOR_AGE = /^(.*?\S)\s+(\d{1,3}\s?\p{L}+(?:,\s+\d{1,2}\s?\p{L}+)?\s+ago)$/u;
/**
 * A byline and its date after a space, the month's name first: "By Jane Doe November 19, 2019, 07:47 PM EST", "By Jane
 * Doe@janebeat Nov 18, 2019, 11:47am EST" (a handle run into the name, as SB Nation signs). Read whole, the line is all
 * author, date included, and the story undated. Names alone before the month (isNamesAlone), whose first word after
 * them is checked: a month among a name's words is the name's ("By Alicia May").
 */
const AUTHOR_MONTH_DATE = /^(.*?\S)\s+((\p{L}+)\.?\s+\d.*)$/u;
function authorMonthDate(text: string): [string, string] | null {
  const parts = AUTHOR_MONTH_DATE.exec(text);
  return parts && isMonthName(parts[3]!) && isNamesAlone(withoutContact(parts[1]!)) ? [parts[1]!, parts[2]!] : null;
}
/**
 * A byline, a comma and date words alone: "by Chris Roe, 30 December 2007" (placeBeforeDate reads "By Jane Doe, 20 November
 * 2019" as it reads a place, from its capital), "By Jane Doe, Reuters, 1/21/2008", "By John Roe -- Harbour Trade Weekly,
 * 1/21/2008" (an outlet after the name: no place's shape). Read whole, each is a date line, and the author lost, or the
 * outlet and the date before "January 21, 2008" are in the author. The text up to the first comma after which date words alone
 * stand, and its space, when names alone are before it (isNamesAlone); else null.
 */
const BY_LABEL = /^by\s/iu;
function commaBeforeDate(text: string): string | null {
  if (!BY_LABEL.test(text)) return null;
  for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 1)) {
    if (onlyDateWords(text.slice(comma + 2))) return isNamesAlone(text.slice(0, comma)) ? text.slice(0, comma + 2) : null;
  }
  return null;
}
/**
 * A byline's and a date line's texts on one line: at a comma before a place's date words (placeBeforeDate, commaBeforeDate), AUTHOR_DASH_DATE,
 * AUTHOR_CELL_DATE, AUTHOR_AGE, AUTHOR_ON_DATE, AUTHOR_ISO_DATE or authorMonthDate, else null. The patterns after the comma's
 * want a digit, and their lazy scans are tried only on a line with a number.
 */
function authorThenDate(line: Line): [string, string] | null {
  const { text } = line;
  const place = placeBeforeDate(text) ?? commaBeforeDate(text);
  if (place !== null) return [place.slice(0, -2), text.slice(place.length)];
  if (line.digitShare === 0) return null;
  const dashed = AUTHOR_DASH_DATE.exec(text) ?? AUTHOR_CELL_DATE.exec(text) ?? AUTHOR_AGE.exec(text);
  if (dashed) return [dashed[1]!, dashed[2]!];
  const named = AUTHOR_ON_DATE.exec(text) ?? AUTHOR_ISO_DATE.exec(text);
  return named && isNamesAlone(named[1]!) ? [named[1]!, named[2]!] : authorMonthDate(text);
}

/**
 * An author's label run into the story's age before it, no space between, as Dainik Bhaskar's markup joins its header: "जयपुर
 * 2 घंटे पहलेलेखक: राहुल शर्मा" (Jaipur, 2 hours ago, author: …). Read whole, the line is page text and the story has no
 * author. The age part is an age alone (isRelativeAge) or after a place of one or two words.
 */
const RUN_IN_AUTHOR_LABEL = /(?<=[\p{L}\p{M}\p{N}])(?=(?:author|autor|auteur|автор|yazar|लेखक|作者)\s*[:：])/iu;
const PLACE_BEFORE_AGE = /^(?:[\p{L}\p{M}]+ ){1,2}(?=\p{Nd})/u;
function liftAgeThenAuthor(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder): string | null {
  const at = line.digitShare > 0 && line.wordCount <= MAX_METADATA_WORDS ? RUN_IN_AUTHOR_LABEL.exec(line.text) : null;
  if (!at) return null;
  const aged = line.text.slice(0, at.index);
  const [age, author] = [aged.replace(PLACE_BEFORE_AGE, ''), line.text.slice(at.index)].map((part) => describeLine(line.number, part, NO_STOPWORDS)) as [Line, Line];
  if (!isRelativeAge(age) || !isByline(author)) return null;
  liftLine(author, lifted, dateOrder);
  return 'byline and date line';
}

/**
 * A byline, a comma and a date line: "By Farah Osei, Thursday, 16 June 2022 14:20 GMT", lifted
 * as both (or with a dash or a label between them: authorThenDate); read whole it is all byline,
 * date included, and the article has no date.
 */
function liftAuthorThenDate(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder): string | null {
  const parts = line.wordCount <= DATE_THEN_AUTHOR_MAX_WORDS ? authorThenDate(line) : null;
  if (parts === null) return null;
  const [author, dated] = parts.map((part) => describeLine(line.number, part, NO_STOPWORDS)) as [Line, Line];
  // A labelled date left unread is still the date's part ("By: Jane Doe   Last Updated: 1/14/26 11:15 AM ET", a one-figure
  // month with a two-figure year): read whole, the line is all author. So is the story's age (AUTHOR_AGE).
  if (!isByline(author) || !(isDateLine(dated, dateOrder) || isLabelledTime(dated) || isRelativeAge(dated))) return null;
  liftLine(author, lifted, dateOrder);
  liftLine(dated, lifted, dateOrder);
  return 'byline and date line';
}

/** The author a byline line names (liftMetadata on it alone), else null: a newsroom or an agency alone names none. */
export function bylineOf(line: Line, dateOrder: DateOrder): string | null {
  const own = beginLift({ title: null, date: null, byline: null, source: null, url: null });
  liftMetadata(line, own, 0, dateOrder);
  return own.metadata.byline;
}

/**
 * A heading with its date after a colon ("Letters to the editor: Dec. 5, 2026"): a title, not a date line (seven words and
 * a full year, else removed as a date line, and the first letter's heading taken for the title). Three words or more
 * before the colon, one in small letters, no figure (the date is after it) and none naming a date: "Fecha de publicación:
 * …" is a label.
 */
const HEADING_BEFORE_DATE = /^(?=(?:[^\s:\p{N}]+\s+){2,}[^\s:\p{N}]+:)(?![^:]*(?<!\p{L})(?:[Dd]ate|[Dd]ata|[Dd]atum|[Ff]echa)(?!\p{L}))[^:]*\s\p{Ll}[^:]*:\s/u;
/** A line of a place, a comma and date words (placeBeforeDate) whose place is no byline's name ("By Jane Doe, 20 November 2019"). */
const placeThenDateWords = (text: string): boolean => {
  const place = placeBeforeDate(text);
  return place !== null && bylineName(place.slice(0, -2)) === undefined;
};
/**
 * A line of a date (also one that gives no date: day and month in unknown order, an impossible day)
 * and little else: date words and the labels' words alone (Corriere della Sera's "4 dicembre 2026 (modifica il 4
 * dicembre 2026 | 21:40)", the update after the publication's date: nine words), or a short line, or a place and date
 * words alone (placeThenDateWords). A two-digit year's
 * date (no year of four digits) only labelled or alone with date words: a short line is as often a headline or a link
 * dated so ("Opening Bell 11.18.19", "• Mahler in Pendleton (05/26/07)"), no date line. Nor a sentence
 * (isDatedSentence): an article's last paragraph ("Bir sonraki PPK toplantısı 22 Ocak 2027'de yapılacak."). Nor a heading
 * before its date (HEADING_BEFORE_DATE). Nor a print view's
 * "Printed from … on <date>", the printing's date. A longer line in boxes set apart by bars, a section's and the outlet's
 * names among them, is one too (isBarredDateLine), and a blog entry's meta line of its date, comment count, category and
 * author (isEntryMetaDateLine).
 */
export const isDateLine = (line: Line, dateOrder: DateOrder, reading = readDate(line.text, dateOrder)): boolean =>
  Boolean(reading) &&
  (DATE_LABEL.test(line.text) ||
    onlyDateWords(line.text, LABEL_WORDS) ||
    CHINESE_DATE_THEN_SOURCE.test(line.text) ||
    (writesFullYear(line.text) && !isDatedSentence(line) && !HEADING_BEFORE_DATE.test(line.text) && (line.wordCount <= 8 || placeThenDateWords(line.text) || isBarredDateLine(line.text) || isEntryMetaDateLine(line.text)))) &&
  !isEmbeddedPostSignature(line) &&
  !isPrintedNotice(line);

/** Why a date line gives no date, as removed_lines.csv says it. */
const UNREAD_DATE_REASONS = {
  order: 'date line (day and month order unknown: date left empty)',
  impossible: 'date line (impossible date: date left empty)',
  calendar: 'date line (Bikram Sambat calendar: date left empty)',
} as const;

export function liftLine(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder): string | null {
  const { metadata } = lifted;
  const published = publicationPart(line.text);
  // The whole line again only when a publication part was cut from it: liftLine reads every short header line.
  const reading = readDate(published, dateOrder) ?? (published === line.text ? null : readDate(line.text, dateOrder));
  // A day and month whose order is unknown (03/04/2023) or a day the month does not have (29 Feb
  // 2023, a typo) still make a date line, without a date: the line is the page's, not the article's.
  if (reading && isDateLine(line, dateOrder, reading)) {
    const date = reading.iso;
    if (date === null) return UNREAD_DATE_REASONS[reading.unread];
    if (LIFE_DATE_LABEL.test(line.text)) return 'date of birth or death';
    const update = UPDATE_LABEL.test(published);
    lifted.dateLines.push({ line: line.number, date, update, published: !update && DATE_LABEL.test(published) });
    if (metadata.date === null || (lifted.dateGivesWay && !update)) {
      metadata.date = date;
      lifted.dateGivesWay = update;
    }
    // A blog entry's meta line signs the post: a person's name is the author, an account's ("editor", "siteadmin") none, and
    // two parts shaped as names (a category's "Garden Club" beside the author's) none either.
    const named = entryMetaUser(line.text)?.filter(areNames) ?? [];
    if (named.length === 1) metadata.byline ??= named[0]!;
    return 'date line';
  }
  // A labelled time or age and no date ("Updated 11:42 PM EST", "Posted 2 hours ago"): a live blog's
  // header, which among the lines above the article would be taken for its title.
  if (!reading && isLabelledTime(line)) return 'date line (a time, no date: date left empty)';
  // A byline that is a wire credit too ("Reporting by Jane Doe; Editing by John Roe") names its reporters alone.
  const named = bylineName(line.text);
  const byline = named !== undefined && isWireCredit(line.text) ? (wireCreditReporters(line.text) ?? named) : named;
  if (byline !== undefined && !line.endsWithSentencePunctuation) {
    const hosted = HOST_BYLINE.test(line.text);
    if (!hosted && lifted.bylineByHost) {
      lifted.bylineByHost = false;
      metadata.byline = null;
    }
    const name = withoutContact(byline.replace(CHINESE_REPORTING_PLACE, '').replace(ADDITIONAL_REPORTING, '').replace(MORE_BY_AUTHOR, '')).replace(SPACED_COMMA, ',').replace(TRAILING_DASHES, '').trim();
    if (!isNewsroom(name) && !isMenuFilter(name) && !SITE_ADDRESS_ALONE.test(name) && metadata.byline === null) {
      liftBylineName(name, metadata);
      if (hosted) lifted.bylineByHost = true;
    }
    const staff = metadata.byline === null && lifted.staffSigning === null ? staffOutlet(name) : null;
    if (staff !== null) lifted.staffSigning = { line: line.number, outlet: staff };
    return 'byline';
  }
  if (isEmptyByline(line)) return 'byline';
  if (isNameThenOutlet(line)) {
    metadata.byline ??= line.text;
    return 'byline';
  }
  const boxed = authorBoxName(line);
  if (boxed !== null) {
    metadata.byline ??= boxed;
    return 'byline';
  }
  if (isEditorCredit(line)) return 'editor credit';
  const agency = line.wordCount <= MAX_METADATA_WORDS ? agencyWithOutlet(line.text) : undefined;
  if (agency) {
    metadata.source ??= agency;
    return 'source credit';
  }
  const source = SOURCE.exec(line.text);
  // A picture's credit may carry the same label ("Quelle: picture alliance/Jane Doe"): the picture's, not the story's source.
  if (source && (line.wordCount <= 8 || isSourceAddress(line.text)) && !isPictureCredit(line)) {
    liftSourceCredit(source[1]!.trim(), metadata);
    return 'source credit';
  }
  return null;
}
