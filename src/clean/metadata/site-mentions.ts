// The site's name as lines other than its copyright notice confirm it (site-header.ts finds the line that gives it): a line saying
// what owns the site, a prompt to follow the site or get its app, a picture's credit, an e-paper's folio, an about link, another line
// naming an outlet's masthead or a greeting over the page; and the outlet a removed line names when no line named one (an owner's line,
// an about link, a postal address, a media register). What a notice holds is site-notice.ts's.
import { findIsoDate } from '../../text/dates.js';
import { isCopyrightNotice, LEGAL_FORMS } from '../chrome/copyright.js';
import { PICTURE_CREDIT_LABEL } from '../chrome/photo-credits.js';
import type { RemovedLine } from '../../types.js';
import { lowerTextOf, type Line } from '../lines.js';
import { isNetworkName, isOutlet, isOutletKindWord, isOutletWordAlone, networkSourceName } from '../outlets.js';
import { isPageWord } from './names.js';
import { SITE_ADDRESS_ALONE } from './page-addresses.js';
import { BARE_MARK, COMPANY_NAME_WORD, isSiteNameShaped, namedWithin } from './site-notice.js';

/**
 * What a footer line says after the site's name of what owns it: "Food & Wine is part of the Dotdash Meredith publishing family.",
 * "Live Science is part of Future US Inc", "Billboard is a subsidiary of …", "Slate is published by …"; "trade mark" in two
 * words, as British publishers write it ("icHarbour™ is a trade mark of …"), and a trademark with no owner named ("\"Harbour Star\" is a
 * registered trademark.").
 */
const OWNED_BY =
  /^,? (?:is|are) (?:an? )?(?:(?:registered )?trade ?mark|part|member|division|subsidiary|brand|publication|property) of |^ (?:is|are) (?:owned|published|operated) by |^ is an? (?:registered )?trade ?mark(?=\.|$)/iu;
/**
 * The site's name the page opens with when a line says what owns it, the name first (OWNED_BY) or opening the company's
 * (COMPANY_AFTER_SITE), else null: Food & Wine's footer "Food & Wine is part of the Dotdash Meredith publishing family." under no
 * copyright notice. A masthead written as the site's address opens its company's name without the address's ending ("La Voce
 * Portuale S.p.A." under "La Voce Portuale.it", the notice naming nobody).
 */
export function siteNamedByOwner(site: Line, line: Line): string | null {
  if (site.number === line.number || !isSiteNameShaped(site)) return null;
  const text = lowerTextOf(line);
  if (text.startsWith(lowerTextOf(site))) {
    const rest = line.text.slice(site.text.length);
    return OWNED_BY.test(rest) || COMPANY_AFTER_SITE.test(rest) ? site.text : null;
  }
  const bare = ADDRESS_ENDING.test(site.text) ? site.text.replace(ADDRESS_ENDING, '') : '';
  return bare !== '' && text.startsWith(bare.toLowerCase()) && COMPANY_AFTER_SITE.test(line.text.slice(bare.length)) ? site.text : null;
}
/** A site's address's ending after its name ("….it", "….co.uk"), which its company's name leaves out. */
const ADDRESS_ENDING = /(?<=\p{L})\.(?:[a-z]{2,3}|co\.[a-z]{2})$/u;
/**
 * What a line after the site's name says when it is the publisher's company named for the site, alone on its line: up to three
 * capitalised words and its legal form ("Mwananchi Communications Ltd" over "© 2026 Haki zote zimehifadhiwa", a notice holding no
 * name under "Mwananchi" over the page).
 */
const COMPANY_AFTER_SITE = new RegExp(String.raw`^(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3},?\s+(?:${LEGAL_FORMS})\.?$`, 'u');
/**
 * A line inviting the reader to follow the site on its social networks (group 1, or 2 in Hebrew, 3 in Thai): "Follow Mirror:" over the
 * networks' links, "Follow harbournet on Instagram", "Join harbournet on WhatsApp", ynet's "הצטרפו לערוץ הטלגרם של ynet" (join ynet's
 * Telegram channel), in Portuguese, Spanish, Italian, French, German and Dutch, the site's name maybe after an article (Estadão's "Siga o
 * Estadão no Google Discover" under "Estadão" over the page; 0 bench lines). Not "Follow" and a name alone: a topic's button ("Follow
 * Football") under a section's label over the page. In Thai too, whose words run on without spaces: "ติดตามข่าวสดได้ทาง LINE" ("follow
 * Khaosod on LINE").
 */
const FOLLOW_SITE =
  /^(?:(?:follow|join|siga|sigue|segui|suivez|folgen sie|volg)\s+(?:(?:o|a|el|la|il|lo|le|l'|dem|der)\s+)?(.+?)(?:\s*:|\s+(?:on|no|na|en|em|su|sur|auf|op)\s+\S.{0,40})|(?:הצטרפו|עקבו)\s+\S+(?:\s+\S+){0,2}?\s+של\s+(.+?)|ติดตาม\s*(\S.*?)\s*ได้(?:ทาง|ที่)\s*\S.{0,40})$/iu;
/** Words of such a line at most. */
const MAX_FOLLOW_WORDS = 12;
/**
 * The site's name the page opens with when a line invites the reader to follow it by that name exactly (FOLLOW_SITE), else null: the
 * Mirror's "Follow Mirror:" over its social links, ynet's Telegram prompt. A menu's word over the page is no site line
 * (isSiteNameShaped). Of the bench's raw pages none has such a line naming its first line (Billboard's bare "Follow Billboard" is a topic
 * button's shape).
 */
export function siteNamedByFollowPrompt(site: Line, line: Line): string | null {
  if (site.number === line.number || line.wordCount > MAX_FOLLOW_WORDS || !isSiteNameShaped(site)) return null;
  const follow = FOLLOW_SITE.exec(line.text);
  const followed = follow?.[1] ?? follow?.[2] ?? follow?.[3];
  return followed !== undefined && followed.toLowerCase() === site.text.toLowerCase() ? site.text : null;
}
/**
 * The site's name the page opens with when a picture's credit gives that name alone (chrome/photo-credits.ts PICTURE_CREDIT_LABEL), else null:
 * a paper credits its own photographers' pictures to itself ("Foto: Harbourske" under "Harbourske" over the menu, over its publisher's "©
 * 2026 Harbour Press d.o.o."). One word too: a menu's word is no site line (isSiteNameShaped), and no picture is credited to a menu's
 * item. The site, not the publisher's company, is the story's source.
 */
export function siteNamedByPictureCredit(site: Line, line: Line): string | null {
  if (site.number === line.number || !isSiteNameShaped(site)) return null;
  const label = PICTURE_CREDIT_LABEL.exec(line.text) ?? BARE_MARK.exec(line.text);
  if (label !== null && line.text.slice(label[0].length).toLowerCase() === site.text.toLowerCase()) return site.text;
  // Or the credit closing a caption gives the photographer, a slash and the site ("… Jean Harbour / Le Lagon" under "Le
  // Lagon", a paper crediting its staff's picture to itself, its notice holding no name).
  const credited = line.text.slice(0, line.text.length - site.text.length);
  return line.text.toLowerCase().endsWith(site.text.toLowerCase()) && PHOTOGRAPHER_SLASH.test(credited) ? site.text : null;
}
/** Where a printed page's folio parts its page number, the paper's name and the date: a spaced dash or bar. */
const FOLIO_PART_SEPARATOR = /\s+[-–|]\s+/u;
/** Words of a printed page's folio at most: its page, the paper's name and the date. */
const MAX_FOLIO_WORDS = 16;
/** A folio's page number, maybe after the language's word for a page and with a section's letter ("Page 7", "Pes 5", "A3"). */
const FOLIO_PAGE = /^(?:\p{L}+\.?\s+)?\p{Lu}?\d{1,3}$/u;
/**
 * The site's name the page opens with when a line holding a date and a page number names it as one of its parts (FOLIO_PART_SEPARATOR,
 * FOLIO_PAGE), else null: an e-paper's text repeats each printed page's folio ("Pes 5 - HARBOUR - Wik Desemba 3 - 9, 2026" under "HARBOUR"
 * over the page), the paper named by its page and date. A menu's
 * word is no site line (isSiteNameShaped), and a section's label before a date has no page number ("Obituaries | December 3, 2026").
 */
export function siteNamedByFolio(site: Line, line: Line): string | null {
  if (site.number === line.number || line.wordCount > MAX_FOLIO_WORDS || !isSiteNameShaped(site) || !FOLIO_PART_SEPARATOR.test(line.text)) return null;
  const name = site.text.toLowerCase();
  const parts = line.text.split(FOLIO_PART_SEPARATOR);
  return parts.some((part) => part.toLowerCase() === name) && parts.some((part) => FOLIO_PAGE.test(part)) && findIsoDate(line.text) !== null ? site.text : null;
}
/** A photographer's capitalised name and a slash closing what a caption's credit sets before the site's name ("Jean Harbour / "). */
const PHOTOGRAPHER_SLASH = /(?:^|\s)\p{Lu}[\p{L}'’.-]*\s*\/\s*$/u;
/** Words of a line offering the site's app at most ("Gratis de AD-app", "Download the Harbour News app"). */
const MAX_APP_PROMPT_WORDS = 8;
/** The word a line offering an app ends with, after the app's name and a hyphen or a space: "Gratis de AD-app", "Lade die RUNDBLICK-App". */
const APP_WORD = /[- ]app$/iu;
/**
 * The site's name the page opens with when a line offers the site's app by that name (APP_WORD), else null: AD's "Gratis de AD-app" in
 * the footer under "AD" over its cookie wall, a notice holding only its publisher's company ("© 2026 DPG Media B.V."). One word too: a
 * site names its app so, a menu's word is no app's name ("iPad app" under no site line "iPad").
 */
export function siteNamedByAppPrompt(site: Line, line: Line): string | null {
  if (site.number === line.number || line.wordCount > MAX_APP_PROMPT_WORDS || !isSiteNameShaped(site)) return null;
  const text = line.text.toLowerCase();
  const offered = text.replace(APP_WORD, '');
  const name = site.text.toLowerCase();
  return offered !== text && (offered === name || offered.endsWith(` ${name}`)) ? site.text : null;
}
/** Where a line says what its subject is part of or owned by: the verb after the subject (OWNED_BY). */
const OWNER_VERB = /,? (?:is|are) /u;
/** Words of a line saying what owns an outlet at most: a footer's sentence, not a paragraph's. */
const MAX_OWNER_LINE_WORDS = 40;
/**
 * The outlet a removed line says is owned by or part of another (OWNED_BY), its name first, else null: CBS Sports' footer (the site "is a
 * registered trademark of" its broadcaster) under "© 2004-2019 CBS Interactive." (a company's), its first line
 * "CBSSports.com", where the site line names no source. An outlet's name only (isOutlet): "The canal is owned by …" names none.
 * Opening any sentence of the line, its trademark's sign and quotation marks
 * left out (Trinity Mirror's regional sites close on "Copyright and Trade Mark Notice © … owned by or licensed to … Limited. The Harbour
 * Chronicle™ is a trade mark of … Limited.").
 */
export function outletNamedByOwner(line: Line): string | null {
  return ownedNames(line).find(({ name }) => isOutlet(name))?.name ?? null;
}
/**
 * What each sentence of a removed line says is owned by or part of another (OWNED_BY), its name first: the name, its trademark's sign
 * and quotation marks left out, and what the sentence says after it.
 */
function ownedNames(line: Line): { name: string; owner: string }[] {
  // A line without the verb has it in no sentence: 144 of the 41,040 removed lines asked here in 2,000 pages of the 10k scale corpus.
  if (line.wordCount > MAX_OWNER_LINE_WORDS || !OWNER_VERB.test(line.text)) return [];
  const owned: { name: string; owner: string }[] = [];
  for (const start of [0, ...[...line.text.matchAll(SENTENCE_START)].map((stop) => stop.index + stop[0].length)]) {
    const sentence = line.text.slice(start);
    const at = sentence.search(OWNER_VERB);
    const name = at > 0 ? sentence.slice(0, at).replace(MARK_AFTER_NAME, '').replace(QUOTED_NAME, '$1') : '';
    if (name !== '' && OWNED_BY.test(sentence.slice(at))) owned.push({ name, owner: sentence.slice(at) });
  }
  return owned;
}
/** A publication's name as a footer names it: up to four capitalised words, "The" maybe first, an ampersand among them ("Harbour Science", "Harbour & Table"). */
const PUBLICATION_NAME = /^(?:The\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}'’.-]*){0,3}$/u;
/** What a footer says its publication is to its owner, not a trade mark: a product is one as often ("Harbourphone is a trademark of …"). */
const TRADE_MARK = /^,? (?:is|are) an? (?:registered )?trade ?mark/iu;
/**
 * The publication a removed line says is part of, published or owned by a company (ownedNames; the owner's words a company's,
 * COMPANY_NAME_WORD: "Harbour Science is part of Northwind US Inc, a global publisher of magazines and websites.", "Harbour
 * Review is published by The Harbour Group, a Northwind Holdings Company") when another line of the page names it too, else null: no
 * outlet's word names such sites (outletNamedByOwner). Not what a story's sentence says is owned
 * ("The canal is owned by the state": no name, no company).
 */
export function publicationNamedByOwner(line: Line, lines: readonly Line[]): string | null {
  for (const { name, owner } of ownedNames(line)) {
    if (!PUBLICATION_NAME.test(name) || isPageWord(name) || TRADE_MARK.test(owner) || !COMPANY_NAME_WORD.test(owner.replace(/[,.;]/gu, ''))) continue;
    const lower = name.toLowerCase();
    if (lines.some((other) => other.number !== line.number && namedWithin(lowerTextOf(other), lower))) return name;
  }
  return null;
}
/** A sentence's full stop and the spaces after it, where the next sentence of a footer's line starts. */
const SENTENCE_START = /\.\s+/gu;
/** The trademark's sign after a name ("icHarbour™"). */
const MARK_AFTER_NAME = /[™®]$/u;
/** A name in quotation marks ("\"Harbour Star\""), group 1 the name. */
const QUOTED_NAME = /^["“](.+)["”]$/u;
/**
 * A footer's link about the site or to write to it, in the languages pages set it in, before the site's name ("About …", "Om …"),
 * and the label of a box of the site's other stories ("Recommended from Medium" under "Medium" over the page, no
 * notice under it; "More from Sportsnet", the one such line of the bench's pages, names its own).
 */
const ABOUT_SITE = /^(?:about|contact|om|kontakta|kontakt|über|over|à propos de|acerca de|sobre|contacto|contato|fale com|tentang|kontak|more from|recommended from)\s+/iu;
/**
 * The site's name the page opens with when a footer's link is about it or writes to it (ABOUT_SITE and the name: SVT's "Om SVT Nyheter"
 * and "Kontakta SVT Nyheter" under "SVT Nyheter" over the menu), else null: the page names itself. A menu's words over the page are no
 * site line (siteLine, isSiteNameShaped).
 */
export function siteNamedByAboutLink(site: Line, line: Line): string | null {
  if (site.number === line.number || !isSiteNameShaped(site)) return null;
  const about = ABOUT_SITE.exec(line.text);
  return about !== null && line.text.slice(about[0].length).toLowerCase() === site.text.toLowerCase() ? site.text : null;
}
/** Words of a footer's link about the site at most ("About the Real Cities Network |"). */
const MAX_ABOUT_LINK_WORDS = 8;
/** A bar after a footer's link, where the page's links were set in a row ("About SunHerald.com |"). */
const TRAILING_BAR = /\s*\|$/u;
/** A group of outlets' sites, whose about page is the group's, not the page's ("About the Real Cities Network", McClatchy's). */
const OUTLET_GROUP = /\s(?:Network|Media)$/u;
/**
 * The outlet a footer's link is about or writes to (ABOUT_SITE and an outlet's name alone, outlets.ts isOutlet), else null: "About
 * the BBC", "About Cape Argus", "Contact CT Post", "About SunHerald.com |" under no notice naming one, or a company's; read
 * after every other line (index.ts). The article kept ("About the Mirror": "The
 * Mirror"); not a group of sites (OUTLET_GROUP), nor a word for an outlet alone ("About Press", "Contact Media").
 */
export function outletAboutLink(line: Line): string | null {
  if (line.wordCount > MAX_ABOUT_LINK_WORDS) return null;
  const about = ABOUT_SITE.exec(line.text);
  if (about === null) return null;
  const named = line.text.slice(about[0].length).replace(TRAILING_BAR, '');
  const name = named.replace(LEADING_THE_ANY_CASE, 'The ');
  const bare = named.replace(LEADING_THE_ANY_CASE, '');
  if (OUTLET_GROUP.test(name) || isOutletKindWord(bare)) return null;
  if (isOutlet(name)) return name;
  return isOutlet(bare) ? networkSourceName(bare) : null;
}
/** Words of a footer's name in full at least and at most (footerNameOfMasthead): "Harbour Tidende", "The Harbour Valley Star". */
const MIN_FULL_NAME_WORDS = 2;
const MAX_FULL_NAME_WORDS = 4;
/** A masthead of capitals alone, two to five ("HT"), that a name's initials may spell. */
const INITIALS = /^\p{Lu}{2,5}$/u;
/** A site's address of one name before its domain ("harbours.dk", "harbourleader.com"): the name is group 1. */
const ADDRESS_NAME = /^(?:www\.)?([\p{L}\p{N}-]{3,})\.\p{L}{2,}(?:\.\p{L}{2})?$/u;
/** A word of a name in full, capitalised ("Harbour", "Tidende"). */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/**
 * The site's name in full a line alone after the article gives where the masthead over the page `site` is its short form, else null: its
 * initials ("HT" over the menu, "Harbour Tidende" in the footer over the privacy links, as Norwegian papers close their pages) or its address,
 * whose name is the footer name's words run together or its first word ("harbourleader.com" and "Harbour Leader"; "harbours.dk" over the
 * menu, "Harbours Stiftstidende" in the footer, a Danish paper's). The name two to four capitalised words, its other words no menu's
 * ("Harbourleader Top Jobs" is a section's link), and the one such line after the article: a page with no notice names its paper only so.
 */
export function footerNameOfMasthead(site: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  const initials = INITIALS.test(site.text) ? site.text.toLowerCase() : undefined;
  const address = ADDRESS_NAME.exec(site.text)?.[1]?.toLowerCase();
  if (initials === undefined && address === undefined) return null;
  const names = (line: Line): boolean => {
    const words = line.text.split(/\s+/u);
    if (words.length < MIN_FULL_NAME_WORDS || words.length > MAX_FULL_NAME_WORDS || !words.every((word) => CAPITALISED_WORD.test(word))) return false;
    const lower = words.map((word) => word.toLowerCase());
    if (initials !== undefined) return lower.map((word) => word.charAt(0)).join('') === initials;
    return lower.join('') === address || (lower[0] === address && lower.slice(1).every((word) => !isPageWord(word)));
  };
  const articleEnd = lines.findLast((line) => !removed.has(line.number))?.number ?? Infinity;
  const found = lines.filter((line) => line.number > articleEnd && names(line));
  return found.length === 1 ? found[0]!.text : null;
}
/** A year of the press's centuries in a line ("1952", "2004"). */
const YEAR = /(?<![\p{L}\p{N}])(?:1[6-9]|20)\d{2}(?![\p{L}\p{N}])/u;
/** Words of a footer's sentence about the site at most ("Harbour Leaf has appeared since 2004."). */
const MAX_SITE_SENTENCE_WORDS = 12;
/** What a footer line sets after the site's name to say what the site is: a comma and words none capitalised ("…, le quotidien de référence"). */
const SITE_DESCRIPTION = /^,\s+\p{Ll}[^\s,]*(?:\s+[^\p{Lu}\s][^\s,]*)*\.?$/u;
/**
 * The site's name over the page `site` when a removed line after the article opens a sentence with it, a lower-case word after the name
 * and a year in the line, else null: a small paper's footer says since when it appears, in its language ("Harbour Leaf has appeared since
 * 2004.", "Hafenblatt erscheint seit 1952."), where it prints no notice. The site's own name as a sentence's subject; a capitalised word
 * after it is another name's ("Harbour Leaf Awards 2026"). Or the name, a comma and what the site is, no year needed (SITE_DESCRIPTION:
 * "Écho du Lagon, le journal de la baie" over a notice naming nobody): a story's link opening with a place and a comma names a
 * subject, a capitalised word ("Harbour, the Council approves …"). Bench raw: no line of 12 words or fewer opens so with one of its
 * page's first five lines, in either shape.
 */
export function siteNamedByFooterSentence(site: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  if (!isSiteNameShaped(site)) return null;
  const name = site.text.toLowerCase();
  const articleEnd = lines.findLast((line) => !removed.has(line.number))?.number ?? Infinity;
  const opens = (line: Line): boolean => {
    if (line.number <= articleEnd || line.wordCount > MAX_SITE_SENTENCE_WORDS || !line.text.toLowerCase().startsWith(name)) return false;
    const rest = line.text.slice(name.length);
    return (/^\s+\p{Ll}/u.test(rest) && YEAR.test(line.text)) || SITE_DESCRIPTION.test(rest);
  };
  return lines.some(opens) ? site.text : null;
}
/**
 * A masthead's last word that is the word for a paper (patrika) in Bengali and Hindi, after the paper's name ("<name> পত্রিকা"), as
 * Kolkata's and Rajasthan's dailies are named: an outlet's name as "… Journal" is. Latin letters have isOutlet's words.
 */
const PAPER_WORD_LAST = /\S\s+(?:পত্রিকা|पत्रिका)$/u;
/**
 * The site's name over the page when it is an outlet's name (outlets.ts isOutlet: "ABC News", "Axios", "The Riverside Courier"; or ends
 * with its word for a paper in Bengali or Hindi, PAPER_WORD_LAST) and
 * another line of the page names it too, in the name the source gives it, else null: read last, when no line named the source, as
 * pages with no notice name their outlet only so (ABC's picture credit "(ABC News: …)", Axios's "Axios Denver" under its stories; a
 * public broadcaster's news service by the broadcaster's name alone, Yle's "Yle" in the footer under "Yle Uutiset"). Alone over the
 * page it may be a link to another site; an outlet's word alone is a button ("Register | Login").
 */
export function outletOverPage(site: Line, lines: readonly Line[]): string | null {
  if (!isSiteNameShaped(site) || !(isOutlet(site.text) || PAPER_WORD_LAST.test(site.text)) || isOutletWordAlone(site.text)) return null;
  const space = site.text.lastIndexOf(' ');
  const network = space > 0 && isNetworkName(site.text.slice(0, space)) ? site.text.slice(0, space) : site.text;
  const names = [site.text, network].map((name) => name.toLowerCase());
  return lines.some((line) => line.number !== site.number && names.some((name) => namedWithin(lowerTextOf(line), name))) ? networkSourceName(site.text) : null;
}
/**
 * A site's greeting on the page's first line, its name (group 1) after "Welcome to": before the skip links of an accessible page's
 * header ("Welcome to Harbour Sun. Skip to: Search Box Section Navigation …"), before "’s European Union Experience" (the site a
 * publisher serves readers in the EU), or alone ("Welcome to HARBOURSPORTS.com.au"). Up to five words, no sentence's full stop last.
 */
const SITE_GREETING = /^Welcome to (\S+(?:\s+\S+){0,4}?)(?:\.\s+Skip (?:directly )?to:.*|[’']s European Union Experience)?$/iu;
/**
 * The site's name the page's first line greets the reader with (SITE_GREETING) when another line of the page names it too, as a
 * masthead over the page must be named twice (outletOverPage), else null: Australian papers' "Welcome to Harbour Sun. Skip to: …"
 * over the menu, the footer's "Harbour Sun"; the name is no outlet's (outlets.ts isOutlet).
 */
export function siteGreeting(line: Line, lines: readonly Line[]): string | null {
  if (line.number !== lines[0]?.number) return null;
  const name = SITE_GREETING.exec(line.text)?.[1];
  if (name === undefined || name.endsWith('.') || isPageWord(name)) return null;
  const lower = name.toLowerCase();
  // Or, a site's address, a notice whoever it holds, as over the page (siteOverPublisherNotice): "Welcome to HARBOURSPORTS.com.au" over its
  // publisher's company's notice, named by no other line.
  const namedOrNoticed = (other: Line): boolean => namedWithin(lowerTextOf(other), lower) || (SITE_ADDRESS_ALONE.test(name) && isCopyrightNotice(other));
  return lines.some((other) => other.number !== line.number && namedOrNoticed(other)) ? name : null;
}
/** "The" opening a name, in any case ("About the Mirror"). */
const LEADING_THE_ANY_CASE = /^the\s+/iu;
/**
 * A sender's postal address under a newsletter, its name first: "Harbor City Ledger, 400 Pier Avenue, Harbor City, CA 90710" (the
 * address US law has mailings carry), a street's number, a town, and a US ZIP code or a UK postcode last.
 */
const NAME_AT_POSTAL_ADDRESS = /^([^,|]{3,60}), \d{1,6}[A-Za-z]? [^,|]{3,60}(?:, [^,|]{2,40}){0,3},? (?:[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})$/u;
/** Characters of such a line at most. */
const MAX_POSTAL_LINE = 200;
/**
 * The outlet whose postal address a line gives (NAME_AT_POSTAL_ADDRESS, outlets.ts isOutlet), else null: a newsletter's web
 * version signs so under its last item. A company's or a person's address names none.
 */
export function outletAtPostalAddress(line: Line): string | null {
  if (line.text.length > MAX_POSTAL_LINE || !/\d[A-Z]{0,2}$/u.test(line.text)) return null;
  const name = NAME_AT_POSTAL_ADDRESS.exec(line.text)?.[1];
  return name !== undefined && isOutlet(name) ? name : null;
}
/**
 * A Russian online publication's registration as the media law has its footer print it: "Сетевое издание «Harbourday.ru (Харбордэй.ру)»
 * Свидетельство о регистрации СМИ …", "Электронное периодическое издание «…»" ("online publication", "electronic periodical"), the
 * publication's registered name (group 1) in guillemets, its transliteration in brackets after it left out.
 */
const REGISTERED_MEDIA = /(?:^|[\s«"„])(?:сетевое|электронное периодическое) издание\s+«([^«»()]*[^\s«»()])(?:\s*\([^()«»]*\))?»/iu;
/** Characters of a footer's line holding a registration at most: it goes on with the licence's number, its date and the regulator. */
const MAX_REGISTRATION_LINE = 600;
/**
 * The publication a Russian site's registration names (REGISTERED_MEDIA), else null: the notice over it holds the publisher's company
 * ("© ООО «Харбор Пресс», 2026"), no outlet. 2 bench raw lines so written.
 */
export function registeredMediaOutlet(line: Line): string | null {
  return line.text.length <= MAX_REGISTRATION_LINE ? (REGISTERED_MEDIA.exec(line.text)?.[1] ?? null) : null;
}
