// Credit lines and the site's own lines, mostly at the article's end: contributors' and wire credits, edit notes,
// authors' disclosures and funding notes, the site's signature and desk, an academic author's line. liftCredit
// removes a credit line and lifts its reporters as the byline (edges/article-end.ts, line-rules.ts removeTail).
import type { ArticleMetadata } from '../../types.js';
import { BIO_NAME } from '../chrome/authors.js';
import { PHOTO_WIRE } from '../chrome/photo-credits.js';
import { describeLine, type Line } from '../lines.js';
import { NO_STOPWORDS } from './date-lines.js';
import { isNameWithFullStop } from './name-posts.js';
import { isNameLine } from './names.js';
import { isWireCredit, namesOnly, wireCreditReporters } from './wire-credits.js';

/**
 * Bloomberg's closing credit of those who helped the author: "--With assistance from Jane Doe and Tom Roe.", after two
 * hyphens or a dash or none, names alone after it ("With assistance from the central bank, the lender …" is a sentence).
 * They are no authors of the story (a contributor line), and the line no paragraph. So is a Canadian paper's credit of the
 * wires its story drew on, "With files from the Canadian Press" (CBC, CTV): it closes the article, so that a box of other
 * stories' headlines and summaries after it is no text of it.
 */
const ASSISTANCE_CREDIT = /^(?:--|[-–—])?\s*With (?:assistance (?:from|by)|files from) (.+?)\.?$/u;
const isAssistanceCredit = (text: string): boolean => {
  const names = ASSISTANCE_CREDIT.exec(text)?.[1];
  return names !== undefined && namesOnly(names);
};
/**
 * A sentence crediting the article's reporters at its end: "Marta Okafor contributed reporting
 * from Port Harcourt.", "AP writer Dana Whitlow in Taipei contributed to this report.", "Jane Doe and John
 * Roe reported from Washington." (their names, capitalised, then "reported from" or "in" and places:
 * "Reuters reported in March that the company…" is article text; so is what "contributed to this
 * report's" outlook).
 */
const CONTRIBUTED = /\bcontributed (?:additional )?(?:reporting|to this (?:report|story|article)(?!['’]))\b[^.!?]*[.!]$/iu;
/**
 * CONTRIBUTED's word, a first test: a literal without /u is found about twenty times faster than the
 * pattern scans a paragraph. No other letter case-folds to one of its letters, so it is exact.
 */
const CONTRIBUTED_WORD = /contributed[ .]/i;
const CAPITALISED_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PLACE_WORDS = String.raw`(?:,?\s+(?:${CAPITALISED_WORD}|and|from|in|of|the)){1,12}`;
/** Names alone, capitalised, joined by spaces, commas and "and". */
const CREDITED_NAMES = String.raw`${CAPITALISED_WORD}(?:(?:,\s+|\s+and\s+|\s+)${CAPITALISED_WORD}){0,11}`;
const REPORTED_FROM = new RegExp(`^${CREDITED_NAMES}\\s+reported (?:from|in)${PLACE_WORDS}\\.$`, 'u');
/**
 * A wire's closing credit of its writers by their role, "contributed" and maybe the place they wrote from, no "to this report":
 * "Associated Press writer Jane Doe contributed from Denver.", "AP writers Jane Doe in Reno and Tom Roe contributed." (the
 * outlet's name, the role, then names and places alone), no paragraph of the article. The role tells it from a
 * sentence ("Smith contributed." in a match report): without one, only names and "contributed from" a place (NAMES_CONTRIBUTED_FROM).
 */
const WRITER_ROLE = String.raw`(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?)`;
const WRITERS_CONTRIBUTED = new RegExp(`^(?:${CAPITALISED_WORD}\\s+){0,4}${WRITER_ROLE}(?:,?\\s+(?:${CAPITALISED_WORD}|and|in|of|the)){1,20}\\s+contributed(?: from${PLACE_WORDS})?\\.$`, 'u');
const NAMES_CONTRIBUTED_FROM = new RegExp(`^${CREDITED_NAMES}\\s+contributed from${PLACE_WORDS}\\.$`, 'u');
const isContributedCredit = (text: string): boolean => CONTRIBUTED_WORD.test(text) && (CONTRIBUTED.test(text) || WRITERS_CONTRIBUTED.test(text) || NAMES_CONTRIBUTED_FROM.test(text));
/** Credit lines are a sentence or two; a paragraph that mentions a contribution is article text. */
const MAX_CONTRIBUTOR_WORDS = 40;
/**
 * A wire story's edit note, between its headline and its text: "(Recasts, adds analyst comment)",
 * "(Corrects paragraph 5)", "(Updates with Fitch downgrade)". Wire desks start it with a capital verb;
 * it may name a ticker in brackets ("(Adds Acme (ACME.N) comment)").
 */
const EDIT_NOTE = /^\((?:Adds|Updates|Recasts|Corrects|Refiles|Repeats|Rewrites|Changes|Fixes|Removes|Inserts|Clarifies|Amends|Writes through|New throughout)\b[^()]*(?:\([^()]*\)[^()]*)*\)$/u;

export const isEditNote = (line: Line): boolean => EDIT_NOTE.test(line.text);

/**
 * An academic author's disclosure of interests, as The Conversation closes every article (English,
 * French and Spanish editions): "Jane Doe does not work for, consult, own shares in or receive
 * funding from any company …", "Jane Doe receives funding from the ESRC.", and its partner's note
 * ("University of Leeds provides funding as a member of The Conversation UK."), no paragraph of
 * the article. A name opens it: "The hospital trust receives funding from …" is
 * article text. The fixed wording tells a disclosure by itself; "receives funding from" does only
 * from the author (AUTHOR_FUNDED): "Acme Corp receives funding from …" is a company's news.
 */
const AUTHOR_DISCLOSURE = new RegExp(
  `^${BIO_NAME}(?:,? and ${BIO_NAME})?\\s+(?:(?:does|do) not work for, consult, own shares in|ne travaille(?:nt)? pas, ne conseille(?:nt)? pas|no recibe(?:n)? salario)` +
    '|^[^.]{3,80} provides? funding as (?:a |one of the )?(?:founding )?(?:member|partner)s? of The Conversation',
  'u',
);
const AUTHOR_FUNDED = new RegExp(`^(${BIO_NAME})(?:,? and ${BIO_NAME})?\\s+(?:receives?|(?:has|have) received) funding from`, 'u');
/**
 * A site's note on who funds it, naming itself, under the article: Golwg360's "Mae Golwg360 yn cael ei ariannu gan
 * Lywodraeth Cymru." (Welsh, "Golwg360 is funded by …"), "The Ferret is funded by its members.", "Correctiv wird durch
 * Spenden finanziert.", "Mediapart est financé par ses abonnés.", "Agência Pública é financiada por …", no paragraph of
 * the article. The name (one to three capitalised words) must be the site's: a line above the article is the
 * name alone (its masthead) or an address holding it (isSiteName): "The Hospital Trust is funded by the NHS." names no site.
 */
const FUNDED_NAME = String.raw`((?:The )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,2})`;
const SITE_FUNDED = new RegExp(
  `^(?:Mae(?:['’]r)? ${FUNDED_NAME} yn cael ei (?:ariannu|gefnogi|noddi) gan` +
    `|${FUNDED_NAME} (?:is|are) (?:(?:mainly|partly|largely|entirely) )?(?:funded|financed|supported) (?:in part )?by` +
    `|${FUNDED_NAME} (?:receives?|gets) funding from` +
    `|${FUNDED_NAME} wird (?:von|durch) [^.!?]{1,80}? (?:gefördert|finanziert)` +
    `|${FUNDED_NAME} est (?:financée?|soutenue?) par` +
    `|${FUNDED_NAME} (?:está|es|é) (?:financiad[oa]|apoyad[oa]) por)\\b`,
  'u',
);
const MAX_FUNDING_NOTE_WORDS = 60;
/** Whether a line above the article names the site `name`: its masthead (the name alone) or its address ("golwg360.cymru"). */
function isSiteName(name: string, header: readonly Line[]): boolean {
  const lower = name.toLowerCase();
  const compact = lower.replace(/^the /u, '').replace(/[^\p{L}\p{N}]/gu, '');
  return header.some((line) => {
    const text = line.text.toLowerCase();
    return text === lower || text === lower.replace(/^the /u, '') || (/[a-z0-9-]\.[a-z]{2,}/u.test(text) && text.replace(/[^\p{L}\p{N}.\/]/gu, '').includes(`${compact}.`));
  });
}
/** A desk named by one or two words before "Desk" ("Mint Desk", "The Mint Desk"), which may be the outlet's name (isSiteDesk). */
const NAMED_DESK = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)?)\s+(?:Desk|DESK)$/u;
/**
 * Whether a byline is the site's own desk, the words before "Desk" the site's name as a line of `header` gives it (isSiteName:
 * Mint's "By Mint Desk" under its masthead "Mint" or beside "livemint.com"). DESK_NAME reads a desk by a section's word, the
 * medium or the outlet's initials, and "Mint" is none: the desk would be the author. Only the page tells the paper's name
 * from a surname ("By Jane Desk" is a person's); like any desk, no author and not the source (isNewsroom).
 */
export function isSiteDesk(byline: string, header: readonly Line[]): boolean {
  const name = NAMED_DESK.exec(byline)?.[1];
  return name !== undefined && isSiteName(name, header);
}
/**
 * A byline of a name and an agency in brackets ("By Jane Doe (AP)"), the name the one an agency's photo credit on the page gives
 * ("… (AP Photo/Jane Doe)", "… (AP Photo/The Harbour Press, Jane Doe)"): the photographer's, as sites running an agency's story
 * put its picture's credit in the byline's place, not the author's, so "Jane Doe (AP)" is no author. A byline
 * without the agency in brackets may name a reporter who took their own picture, and stays.
 */
const NAME_WITH_AGENCY = new RegExp(String.raw`^(.+?)\s+\((?:${PHOTO_WIRE})\)$`, 'u');
const AGENCY_PHOTO_CREDIT = new RegExp(String.raw`\((?:${PHOTO_WIRE}) Photo/([^()]+)\)`, 'gu');
export function isPhotographerByline(byline: string, lines: readonly Line[]): boolean {
  const name = NAME_WITH_AGENCY.exec(byline)?.[1];
  if (name === undefined) return false;
  return lines.some((line) => line.text.includes(' Photo/') && [...line.text.matchAll(AGENCY_PHOTO_CREDIT)].some((credit) => credit[1]!.split(/\s*[,/]\s*/u).includes(name)));
}

/** Words of a site's name before the author's in its signature at most (isSiteSignature: "Ouest-France", "The Harbour Courier"). */
const MAX_SIGNATURE_SITE_WORDS = 3;
/**
 * Whether the line is the site's name and a person's (a full stop after it allowed), the site named by a line of `header`
 * (isSiteName): Ouest-France closes its articles with "Ouest-France Anne-Laure Roux.", the byline over its date line again,
 * no paragraph of the article.
 */
export function isSiteSignature(line: Line, header: readonly Line[]): boolean {
  // Tried on every line after the article, paragraphs too: the spaces are counted before the line is split, and the site's
  // name (a few lines of the header) is looked for before the rest is described as a name.
  if (!hasAtMostSpaces(line.text, MAX_SIGNATURE_SITE_WORDS + 3)) return false;
  const words = line.text.split(' ');
  for (let k = 1; k <= MAX_SIGNATURE_SITE_WORDS && words.length - k >= 2; k++) {
    if (!isSiteName(words.slice(0, k).join(' '), header)) continue;
    const name = describeLine(line.number, words.slice(k).join(' '), NO_STOPWORDS);
    if (isNameLine(name) || isNameWithFullStop(name)) return true;
  }
  return false;
}
function hasAtMostSpaces(text: string, most: number): boolean {
  let spaces = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) if (++spaces > most) return false;
  return true;
}
/** Whether the line is the site's own funding note (SITE_FUNDED), the site named by a line of `header`. */
export function isSiteFundingNote(line: Line, header: readonly Line[]): boolean {
  if (line.wordCount > MAX_FUNDING_NOTE_WORDS) return false;
  const name = SITE_FUNDED.exec(line.text)?.slice(1).find((group) => group !== undefined);
  return name !== undefined && isSiteName(name, header);
}
/** A line above the article that signs it with the name: "Jane Doe, Professor …", "By Jane Doe", "Jane Doe and Tom Welby". */
const signs = (line: Line, name: string): boolean => {
  const text = line.text.replace(/^by\s+/iu, '');
  return text.startsWith(name) && /^(?:$|,|\s+(?:and|&)\s)/u.test(text.slice(name.length));
};
/** A disclosure is a few sentences. */
const MAX_DISCLOSURE_WORDS = 80;
/** Whether the line discloses the interests of the author who signs one of the `header` lines (the page's lines above the article). */
function isAuthorDisclosure(line: Line, header: readonly Line[]): boolean {
  if (line.wordCount > MAX_DISCLOSURE_WORDS) return false;
  if (AUTHOR_DISCLOSURE.test(line.text)) return true;
  const name = AUTHOR_FUNDED.exec(line.text)?.[1];
  return name !== undefined && header.some((above) => signs(above, name));
}

/**
 * A line crediting the article's reporters and editors, or disclosing its author's interests, which
 * the article ends with (see liftCredit). Without the `header` lines only a disclosure's fixed wording tells one.
 */
export const isContributorLine = (line: Line, header: readonly Line[] = []): boolean => isAuthorDisclosure(line, header) || isSiteFundingNote(line, header) || isCreditLine(line);

/** A line crediting the article's reporters and editors: a wire credit, "… contributed reporting", "… reported from …", "--With assistance from …". */
function isCreditLine(line: Line): boolean {
  if (line.wordCount > MAX_CONTRIBUTOR_WORDS) return false;
  return isWireCredit(line.text) || isContributedCredit(line.text) || REPORTED_FROM.test(line.text) || isAssistanceCredit(line.text);
}

/**
 * An academic author's line under the title: the name, a comma, the post and the institution ("Jane
 * Doe, Professor of Economics, University of Leeds", "Amara Okafor, Research Fellow, Institute for
 * Fiscal Studies"), as The Conversation signs its articles: the article's byline, not its body. A director or chair is an academic's post only with an institution's name ("Jane Doe,
 * Director, Institute for Fiscal Studies"): "John Smith, Managing Director at Acme Corp" is a press
 * contact or a quoted person, not the author; so is a scientist ("Chief Scientist at Acme"). The post
 * or the institution in either part after the name ("Professor of Economics, Centre for Cities" is
 * one, the post in one part and the institution in the other), a research centre too ("Centre for Cities", "Center for
 * …"): not a hospital's or a community's ("a nurse at Mercy Medical Center" is a caption). A post is
 * named bare: a caption describes its person ("Maria Lopez, a teacher at Lincoln High School", "Tom
 * Reyes, 19, a student at …", "Ana Ruiz, who teaches at …").
 */
const ACADEMIC_AUTHOR = new RegExp(`^${BIO_NAME}, ([^,]{2,100}(?:, [^,]{2,100})?)$`, 'u');
export const ACADEMIC_POST = /(?<![\p{L}])(?:Professor|Lecturer|Reader|Fellow|Researcher|Candidate|Student|Dean)(?![\p{L}])/u;
export const INSTITUTION = /(?<![\p{L}])(?:University|College|Institute|School|(?:Centre|Center) for)(?![\p{L}])/u;
const MAX_ACADEMIC_AUTHOR_WORDS = 20;
// Case-sensitive: 'The University of Sydney' is an institution named bare.
const DESCRIBED_PERSON = /^(?:an?|the|who|whose|\d+)(?![\p{L}\p{N}])/u;
const isAcademicPost = (post: string | undefined): boolean =>
  post !== undefined && !DESCRIBED_PERSON.test(post) && (ACADEMIC_POST.test(post) || INSTITUTION.test(post));
export const isAcademicAuthorLine = (line: Line): boolean =>
  line.wordCount <= MAX_ACADEMIC_AUTHOR_WORDS && !line.endsWithSentencePunctuation && isAcademicPost(ACADEMIC_AUTHOR.exec(line.text)?.[1]);
/**
 * An academic's post alone on its line, as The Conversation sets it under the author's name: the post,
 * a comma, the institution ("Senior Lecturer in Public Finance, University of Leeds"). index.ts
 * isHeaderNameOrRole keeps it from the title. Both parts: a headline names a school or a university
 * too ("Bus crash injures village school children"), a menu a "College" or "Student Journal".
 */
export function isAcademicPostLine(line: Line): boolean {
  if (line.wordCount > MAX_ACADEMIC_AUTHOR_WORDS || line.endsWithSentencePunctuation) return false;
  const comma = line.text.indexOf(', ');
  return comma > 0 && ACADEMIC_POST.test(line.text.slice(0, comma)) && INSTITUTION.test(line.text.slice(comma + 2));
}

/**
 * Removal reason for a wire credit or a contributor line after the article (a wire credit's
 * reporters lifted as the byline when the page gave none), else null. Only after the body (the
 * cleaner ends the article before those closing it): the cleaning benchmarks' gold keeps credits
 * that stand inside it. Its names are not the article's subject, and would be its top terms.
 * `header`: the page's lines above the article, which sign it (isAuthorDisclosure).
 */
export function liftCredit(line: Line, metadata: ArticleMetadata, header: readonly Line[] = []): string | null {
  if (isAuthorDisclosure(line, header)) return 'author disclosure';
  if (isSiteFundingNote(line, header)) return "site's funding note";
  if (!isCreditLine(line)) return null;
  if (!isWireCredit(line.text)) return 'contributor line';
  const reporters = wireCreditReporters(line.text);
  if (reporters !== null) metadata.byline ??= reporters;
  return 'wire credit line';
}
