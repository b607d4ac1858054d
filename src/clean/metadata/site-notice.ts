// The site's name as the page's copyright notices confirm it or give it, the article's source when no line named one: whether a
// notice holds the name a header's line gives (site-header.ts finds that line), in full, by its first words, its company or its
// initials, or the page sets that name as a logo by a notice; else the publication a notice holds. The page's other lines that name
// the site (an owner's line, a prompt, a picture's credit, an about link, an e-paper's folio) are site-mentions.ts's. And whether a
// title candidate is a notice's holder, and a name as the page writes it.
import type { RemovedLine } from '../../types.js';
import { isCopyrightNotice, LEGAL_FORMS, noticeHolder, NOTICE_YEARS, withEnglishOpening } from '../chrome/copyright.js';
import { positionOfNumber, type Line } from '../lines.js';
import { SITE_ADDRESS_ALONE } from './page-addresses.js';
import { escaped } from './byline-casing.js';
import { areNames, isPageWord, isPageWordLine } from './names.js';
import { isNetworkName, isNetworkService, isOutlet, isOutletCompany, isOutletWordAlone, isNewsDesk } from '../outlets.js';

/** Whether the line is the name one of the copyright notices after the article holds (holdsCopyright). */
export const isCopyrightHolder = (line: Line, copyrightNotices: readonly Line[]): boolean => copyrightNotices.some((notice) => holdsCopyright(notice.text, line.text));

/**
 * What opens a copyright notice before the holder's name: "Copyright", "©", "(c)", the years, "by" ("Copyright © 2026 by The
 * Atlantic Monthly Group"), "of" after "Copyright" ("© Copyright of Harbourgraph Media Group Limited 2026"), and a comma after the
 * year and a year of this century in Roman numerals, as CBS writes it ("©MMVIII, CBS Interactive Inc."): after 2000 only, as "MM"
 * alone opens a holder's name as often ("© MM Media Ltd" keeps its "MM").
 */
const COPYRIGHT_OPENING = new RegExp(String.raw`^(?:copyright|©|\(c\)|${NOTICE_YEARS}|MM[XVI]+(?=[\s,])|by(?=\s)|(?<=copyright\s+)of(?=\s)|,|\s)+`, 'iu');
/** A copyright notice from its holder's name on: what follows COPYRIGHT_OPENING ("The Texas Tribune. All rights reserved."). */
const noticeHolding = (notice: string): string => withEnglishOpening(notice).replace(COPYRIGHT_OPENING, '');
/** What follows the holder's name in the notice, if anything: "© 2026 The Texas Tribune. All rights reserved." */
const AFTER_HOLDER = /^(?:$|[.,;|]|\s+all rights)/iu;
/**
 * Whether `name` is the holder a copyright notice names, right after its opening: not a headline
 * the notice goes on to ("Copyright 2004-2026 The Harbour magazine / Mayor to meet rivals over lunch today").
 */
function holdsCopyright(notice: string, name: string): boolean {
  const holder = noticeHolding(notice);
  return holder.startsWith(name) && AFTER_HOLDER.test(holder.slice(name.length));
}

/** A notice's © alone before its holder, no year ("© Harbourpost"), as a site's footer closes and a picture's credit names a paper's own photographer. */
export const BARE_MARK = /^©\s*/u;
/**
 * A masthead of one to three words and its tagline of two words or more after a spaced dash (group 1 the masthead), letters alone, as
 * a site's title line sets them: "harbour-online - Nachrichten für den Norden". Not a section before a score ("Basketball - M: Harbour
 * State 64, …"). The notice is asked for the masthead, not the whole line; mastheadBeforeDash says which mastheads of more than a word.
 */
const MASTHEAD_DASH_TAGLINE = /^([^\s:|]+(?:\s+(?![-–]\s)[^\s:|]+){0,2})\s+[-–]\s+(?:[\p{L}'’.,&]+(?:\s+[\p{L}'’.,&]+)+)$/u;
/**
 * The masthead a site line sets before its tagline after a dash (MASTHEAD_DASH_TAGLINE), else undefined: one word, or two or three
 * that name an outlet (outlets.ts isOutlet: "Harbour Mirror - Lagoonia Latest Breaking News and Headlines" over "Copyright © 2026
 * Lagoon Newspapers Ltd."). Two capitalised words before a dash are a person's name before a post as often ("Dana Reyes - Harbour
 * Science Contributor" under a headline), and a band's name before a song's as often ("The Harbour Lights - Down by the Quay").
 */
export function mastheadBeforeDash(text: string): string | undefined {
  const masthead = MASTHEAD_DASH_TAGLINE.exec(text)?.[1];
  return masthead !== undefined && (!masthead.includes(' ') || (isOutlet(masthead) && !isOutletWordAlone(masthead))) ? masthead : undefined;
}
/** Words of a site's name on the page's first line, over its menu ("DER SPIEGEL", "Folha de S.Paulo"). */
const MAX_MASTHEAD_WORDS = 4;
/**
 * The site's name the page opens with (its masthead over the menu, whatever its shape: "DER SPIEGEL", "Le Monde", "NOS",
 * "infobae") when the copyright notice `notice` holds it ("© DER SPIEGEL 2026", "Infobae © 2026", "Copyright Folha de
 * S.Paulo. Todos os direitos reservados.", a publisher's name opening with it: "© 2026 PÚBLICO Comunicação Social SA"; one of
 * the holders a slash joins: "© ARD-aktuell / tagesschau.de"; among the words of a company's name: "© EDICIONES EL PAÍS
 * S.L."; opening a company's name without the masthead's "The": "The Guardian" over "© 2026 Guardian News &
 * Media Limited", "The Boston Ledger" over "©2026 Boston Ledger Media Partners, LLC"; the notice holding the masthead's name
 * without the word for a paper it adds: "Punch Newspapers" over "Copyright PUNCH."), else null: no outlet's word names such
 * sites (outlets.ts isOutlet, copyrightOutlet). A menu's word over the page is no site's name: "News" over "Copyright 2008 News
 * Limited" is no source.
 */
export function siteNamedByNotice(site: Line, notice: Line): string | null {
  if (site.number === notice.number || !isSiteNameShaped(site) || !isCopyrightNotice(notice)) return null;
  const holder = noticeHolding(notice.text).replace(PAPER_WORD_OPENING, '');
  const name = site.text.toLowerCase();
  const company = publisherCompany(holder)?.toLowerCase();
  const companyHolds = company !== undefined && (companyInitialled(site, company) || mastheadEndsWithCompany(name, company));
  const heldAsWritten = holder.split(HOLDER_END, 1)[0]!.trim();
  const held = heldAsWritten.toLowerCase();
  const mastheadExtends = held.length > 0 && !isPageWord(held) && name.startsWith(held) && MASTHEAD_ADDITION.test(name.slice(held.length));
  const ownedOutlet = OWNER_ONLY_HOLDER.test(holder) && isOutlet(site.text);
  return holdsNameInFull(site.text, holder) || cyrillicMastheadOpens(holder, site.text) || companyHolds || mastheadExtends || initialsHeld(heldAsWritten, site) || ownedOutlet || mastheadAfterCompany(holder, name) || chineseSiteHolds(holder, site.text) || holderEndsWithName(held, name) || holderFirstWordOpens(heldAsWritten, site.text) || arabicRightsReservedFor(notice.text, site.text) ? site.text : null;
}
/**
 * Whether a notice's holding (`holder`, from the holder's name on) holds the masthead's name `site` in full, as words of its own: opening
 * the holding or one of the holders a slash joins ("© ARD-aktuell / tagesschau.de"), or among the words of its publisher's company ("©
 * EDICIONES EL PAÍS S.L."), or opening the company without the masthead's "The" ("The Guardian" over "© 2026 Guardian News & Media
 * Limited"). Not a word the company's first word merely shares with the masthead (holderFirstWordOpens): "Boston Ledger Today" (the
 * paper's show in its header) over "©2026 Boston Ledger Media Partners, LLC" is held by its first words only.
 */
function holdsNameInFull(site: string, holder: string): boolean {
  const name = site.toLowerCase();
  const opensWithName = (holding: string): boolean => holding.toLowerCase().startsWith(name) && !WORD_CHARACTER.test(holding.charAt(name.length));
  const company = publisherCompany(holder)?.toLowerCase();
  const unprefixed = site.replace(GLUED_ARTICLE, '').toLowerCase().replace(LEADING_THE, '');
  // A masthead's word for a daily paper is no word of the company's name ("<daily> Harbour" over "© 2026 Harbour Media Group", in Urdu).
  const withoutPaperWord = name.replace(DAILY_PAPER_WORD, '');
  const opensWithNamed = (holding: string): boolean => opensWithName(holding) || (withoutPaperWord !== name && holding.toLowerCase().startsWith(withoutPaperWord) && !WORD_CHARACTER.test(holding.charAt(withoutPaperWord.length)));
  return holder.split(CO_HOLDERS).some(opensWithNamed) || (company !== undefined && (` ${company.trim()} `.includes(` ${name} `) || (unprefixed !== name && !isPageWord(unprefixed) && company.startsWith(`${unprefixed} `))));
}
/**
 * The Latin letters each Cyrillic letter is written in (Serbian, Russian, Ukrainian, Bulgarian, Macedonian; with or without their
 * marks, "ž" read as "z" once the marks are left out, and the English spellings: "zh", "kh", "ts"); the hard and soft signs none.
 */
const CYRILLIC_IN_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: '(?:g|h)', ґ: 'g', д: 'd', ђ: '(?:dj|d)', ѓ: '(?:gj|g)', е: '(?:e|ye)', ё: '(?:yo|e)', є: '(?:ye|je)', ж: '(?:zh|z)', з: 'z',
  ѕ: 'dz', и: '(?:i|y)', і: 'i', ї: '(?:yi|i)', й: '(?:y|j|i)', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ћ: '(?:c|ch)', ќ: '(?:kj|k)', у: 'u', ў: 'u', ф: 'f', х: '(?:kh|h|x)', ц: '(?:ts|c)', ч: '(?:ch|c)', џ: '(?:dzh|dz)', ш: '(?:sh|s)',
  щ: '(?:shch|sht|sc)', ъ: '', ы: 'y', ь: '', э: 'e', ю: '(?:yu|ju|iu)', я: '(?:ya|ja|ia)',
};
/** A masthead of Cyrillic words alone, up to MAX_MASTHEAD_WORDS. */
const CYRILLIC_MASTHEAD = /^\p{Script=Cyrillic}+(?:\s+\p{Script=Cyrillic}+){0,3}$/u;
/**
 * Whether a notice's holding (`holder`, from the holder's name on) opens with the Cyrillic masthead `site` in Latin letters (CYRILLIC_IN_LATIN),
 * as a word of its own: Serbian and Russian publishers write their notices in Latin letters ("Copyright © Harbourika Newspapers and
 * Magazines d.o.o." under "Харбурика", which its menu names a section too). The holder's marks are left out ("Žurnal" as "Zurnal").
 */
function cyrillicMastheadOpens(holder: string, site: string): boolean {
  if (!CYRILLIC_MASTHEAD.test(site)) return false;
  const letters = [...site.toLowerCase()].map((letter) => (/\s/u.test(letter) ? String.raw`\s+` : CYRILLIC_IN_LATIN[letter]));
  if (letters.some((latin) => latin === undefined)) return false;
  return new RegExp(String.raw`^${letters.join('')}(?![\p{L}\p{N}])`, 'iu').test(holder.normalize('NFD').replace(/\p{M}/gu, ''));
}
/** A word for a daily paper opening a masthead, in Urdu, Persian, Hindi and Bengali ("روزنامہ", "दैनिक"), before the paper's name. */
const DAILY_PAPER_WORD = /^(?:روزنامہ|روزنامه|दैनिक|দৈনিক)\s+(?=\S)/u;
/**
 * Whether a removed copyright notice of the page holds the line's name in full (holdsNameInFull), the line a site's name's shape
 * (isSiteNameShaped) and no word of a company's alone ("Media" under "© 2026 Harbour Media Ltd").
 */
export function heldInFullByNotice(line: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): boolean {
  if (!isSiteNameShaped(line) || COMPANY_WORD_ALONE.test(line.text)) return false;
  return lines.some((notice) => notice.number !== line.number && removed.has(notice.number) && isCopyrightNotice(notice) && holdsNameInFull(line.text, noticeHolding(notice.text).replace(PAPER_WORD_OPENING, '')));
}
/**
 * The site's name the footer's logo gives, a line alone after the article that a removed notice's holder opens with, then only a company's
 * words and legal form (COMPANY_TAIL): "Harbourcrunch" over its links and "© 2026 Harbourcrunch Media LLC.", a header of the sections'
 * menu alone over the page, where the site line is a menu's item. Else null.
 */
export function footerLogoByNotice(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  const articleEnd = lines.findLast((line) => !removed.has(line.number))?.number ?? Infinity;
  const notices = lines.filter((line) => line.number > articleEnd && isCopyrightNotice(line));
  const companyOf = (name: string, notice: Line): boolean => {
    const holder = noticeHolding(notice.text);
    return holder.toLowerCase().startsWith(name.toLowerCase()) && COMPANY_TAIL.test(holder.slice(name.length));
  };
  const logo = lines.find((line) => line.number > articleEnd && isSiteNameShaped(line) && !COMPANY_NAME_WORD.test(line.text) && notices.some((notice) => notice.number !== line.number && companyOf(line.text, notice)));
  return logo?.text ?? null;
}
/** An article alone, in the languages mastheads set one in. */
export const LONE_ARTICLE = /^(?:the|a|an|le|la|les|el|los|las|il|lo|der|die|das|de|het)$/iu;
/** A name's first word, letters and digits ("Harbour" of "Harbour Tonga"). */
const FIRST_WORD = /^\p{L}[\p{L}\p{N}'’-]*(?=\s|$)/u;
/**
 * The footer's logo named as an outlet's (outlets.ts isOutlet: "Harbour News"), alone on its line after the article, when the masthead `site`
 * and a notice's holder open with its first word, the holder going on otherwise ("Harbour Tonga" over the page, "© 2026 Harbour Pacific."
 * under the logo): the brand the three share (three letters or more, no menu's word, no article: "The Harbour …" and "The Lagoon …" share
 * none), the logo the one outlet's name the page gives it. Else null, and when two such lines stand in
 * the footer (a group's list of its sites). A masthead alone over a notice sharing its first word names none: a sister paper's notice has that
 * shape ("Bandar Daily" over "© 2026 Bandar Samachar").
 */
export function footerOutletOfBrand(site: Line | undefined, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  const brand = site === undefined ? undefined : FIRST_WORD.exec(site.text)?.[0].toLowerCase();
  if (brand === undefined || site!.wordCount < MIN_NAMED_SITE_WORDS || brand.length < MIN_OPENING_WORD || isPageWord(brand) || LONE_ARTICLE.test(brand)) return null;
  const articleEnd = lines.findLast((line) => !removed.has(line.number))?.number ?? Infinity;
  const after = lines.filter((line) => line.number > articleEnd);
  const opensWithBrand = (text: string): boolean => FIRST_WORD.exec(text)?.[0].toLowerCase() === brand;
  if (!after.some((line) => isCopyrightNotice(line) && opensWithBrand(noticeHolding(line.text)))) return null;
  const logos = after.filter((line) => line.wordCount <= MAX_MASTHEAD_WORDS && opensWithBrand(line.text) && isOutlet(line.text) && !isNewsDesk(line.text));
  return logos.length === 1 ? logos[0]!.text : null;
}
/**
 * An Arabic notice's "all rights reserved" and what follows it (group 1), the © and the year maybe between: "جميع الحقوق محفوظة لليوم
 * السابع ٢٠٢٦" ("all rights reserved to Al-Youm Al-Sabea 2026").
 */
const ARABIC_RIGHTS_RESERVED = /جميع\s+الحقوق\s+محفوظة\s*(?:©\s*)?(?:\p{Nd}{4}\s*)?(\S.*)$/u;
/** The preposition "to" run into the holder (ل, maybe with the tatweel: "لـ") and a word for a site, a paper or a portal after it ("لموقع …"). */
const ARABIC_RESERVED_TO = /^ل(?:ـ\s*)?(?:(?:موقع|صحيفة|جريدة|بوابة)\s+)?/u;
/**
 * Whether an Arabic notice reserves the rights to the masthead `site` (ARABIC_RIGHTS_RESERVED, ARABIC_RESERVED_TO), as Egyptian and
 * Gulf papers close their pages: the preposition run into the name, which drops the alif of its article ("لليوم السابع" under "اليوم
 * السابع"), which the holder patterns read as no name. 0 bench raw lines hold حقوق.
 */
function arabicRightsReservedFor(notice: string, site: string): boolean {
  const after = ARABIC_RIGHTS_RESERVED.exec(notice)?.[1];
  if (after === undefined || !ARABIC_RESERVED_TO.test(after)) return false;
  const held = after.replace(ARABIC_RESERVED_TO, '');
  return [site, ...(site.startsWith('ال') ? [site.slice(1)] : [])].some((name) => held.startsWith(name) && !WORD_CHARACTER.test(held.charAt(name.length)));
}
/**
 * Whether the masthead's name `name` ends with the whole name of the publisher's company `company` (both in lower case) as words of their
 * own, a word of a menu's alone not: a company named for its site's last word ("Harbour Insider" over "Copyright © 2026 Insider Inc.").
 */
function mastheadEndsWithCompany(name: string, company: string): boolean {
  const held = company.trim();
  return held !== '' && name.endsWith(` ${held}`) && !isPageWord(held);
}
/** Letters of a holder's first word at least, for it to open the masthead's name (holderFirstWordOpens): "ESPN", "Golwg". */
const MIN_OPENING_WORD = 3;
/**
 * Whether the notice's holder (`held`, as written) opens with a word that opens the masthead's name `site` too, as a company names the
 * site it publishes by its own first word run into the site's: before digits ("golwg360" over "© Golwg Cyf 2026") or as capitals before
 * lower case ("ESPNcricinfo" over "© 2026 ESPN Sports Media Ltd."); as a word of its own only when the holder is a company's
 * (COMPANY_NAME_WORD: "Harbour Tonga" over "© 2026 Harbour Media Ltd"): a paper's notice under its sister paper's masthead shares a word
 * as often ("Bandar Daily" over "Bandar Samachar"), a holder of that word alone the festival's organiser ("Lagoon Festival" over
 * "Copyright LAGOON."), nor a network's, whose notice names the network, not its news service ("NHK NEWS WEB" over "Copyright NHK (Japan
 * Broadcasting Corporation)"), nor a menu's home link ("Harbour Home"). Not "The" nor a menu's word; a longer word's first letters are none
 * ("Harbourside" over "© Harbour Lagoon Ltd.").
 */
function holderFirstWordOpens(held: string, site: string): boolean {
  const first = /^\p{L}[\p{L}\p{N}'’-]*(?=\s|$)/u.exec(held)?.[0];
  if (first !== undefined && isPageWord(first)) return holderFirstTwoWordsOpen(held, site);
  if (first === undefined || first.length < MIN_OPENING_WORD || first.length >= site.length || LEADING_THE.test(`${first.toLowerCase()} `)) return false;
  if (site.slice(0, first.length).toLowerCase() !== first.toLowerCase()) return false;
  const rest = site.slice(first.length);
  const runInto = /^\p{N}/u.test(rest) || (/^\p{Lu}+$/u.test(first) && site.startsWith(first) && /^\p{Ll}/u.test(rest));
  return runInto || (/^\s/u.test(rest) && COMPANY_NAME_WORD.test(held) && !isPageWord(rest.trim()) && !isNetworkName(first));
}
/**
 * Whether a company's holder (COMPANY_NAME_WORD) opens with a menu's word and the next word, both opening the masthead `site` as words of their
 * own, the masthead longer: "Premium Harbour Nigeria" over "© 2026 Premium Harbour Services Limited", where "Premium" alone names no site.
 */
function holderFirstTwoWordsOpen(held: string, site: string): boolean {
  const opening = /^\S+\s+\S+/u.exec(held)?.[0];
  const name = site.toLowerCase();
  return opening !== undefined && COMPANY_NAME_WORD.test(held) && !COMPANY_NAME_WORD.test(opening) && name.startsWith(`${opening.toLowerCase()} `) && !isPageWord(name.slice(opening.length + 1));
}
/** A notice's year after its holder ("… 2026"). */
const YEAR_AFTER_HOLDER = new RegExp(String.raw`\s+${NOTICE_YEARS}$`, 'u');
/**
 * Whether the notice's holder (in lower case, up to HOLDER_END) ends with the masthead's name `name` as words of its own, before the year
 * if any: a company named as Kurdish, Persian and Arabic name theirs, the name last ("© … بۆ تۆڕی میدیایی ڕووداو 2026", "for the Rudaw media
 * network", under "ڕووداو").
 */
function holderEndsWithName(held: string, name: string): boolean {
  const holding = held.replace(YEAR_AFTER_HOLDER, '');
  return holding.length > name.length && holding.endsWith(name) && /\s/u.test(holding.charAt(holding.length - name.length - 1));
}
/** A Chinese notice's holder before its "all rights reserved" (group 1): "明報網站 · 版權所有 · 不得轉載" (the Ming Pao website's). */
const HOLDER_BEFORE_CHINESE_RIGHTS = /^(\S.{0,19}?)\s*[·•|｜,，]?\s*版[權权]所有/u;
/** What a Chinese site's name adds for a site, a news site or a paper's group ("明報新聞網", "明報網站"). */
const CHINESE_SITE_WORD = /(?:新聞網|新闻网|新聞|新闻|網站|网站|網|网|報系|报系)$/u;
/**
 * Whether a Chinese notice's holder before its "all rights reserved" (HOLDER_BEFORE_CHINESE_RIGHTS) is the masthead's name, each
 * without the word for a site or a news site it adds (CHINESE_SITE_WORD): Ming Pao's "明報網站 · 版權所有" under "明報新聞網".
 */
function chineseSiteHolds(holder: string, site: string): boolean {
  const held = HOLDER_BEFORE_CHINESE_RIGHTS.exec(holder)?.[1];
  const stem = (name: string): string => name.replace(CHINESE_SITE_WORD, '');
  return held !== undefined && stem(held).length >= MIN_CHINESE_NAME && stem(held) === stem(site);
}
/** Characters of a Chinese site's name at least, its site's word left out ("明報"). */
const MIN_CHINESE_NAME = 2;
/** What follows a publisher's company (COMPANY_HOLDER) when a comma parts it from the next of the notice's items ("…, Le Soir, Bruxelles, 2026"). */
const ITEM_AFTER_COMPANY = /^,\s*([^,.]+)/u;
/**
 * Whether the notice names the masthead `name` (in lower case) as the item after its publisher's company, as Belgian and French papers
 * write it: "© Rossel & Cie S.A., Le Soir, Bruxelles, 2026" under "Le Soir".
 */
function mastheadAfterCompany(holder: string, name: string): boolean {
  const company = COMPANY_HOLDER.exec(holder);
  return company !== null && ITEM_AFTER_COMPANY.exec(holder.slice(company[0].length))?.[1]?.trim().toLowerCase() === name;
}
/**
 * A notice naming no holder but the company that owns it ("© 2026 a Reach plc subsidiary", Reach's papers' footer; "Copyright 2026,
 * a Harbor Media company"): the holder is the page's own site. Read for an outlet's name over the page only (siteNamedByNotice),
 * one word too ("Mirror"): of the bench's 101 one-word first lines, 88 are a menu's or a button's ("Register", "Football", "Web"),
 * and none is over such a notice.
 */
const OWNER_ONLY_HOLDER = /^an?\s+\S.{0,60}?\s(?:subsidiary|company|division|brand)\b/iu;
/**
 * A character of a word: a letter, a digit, or a mark, as Indic scripts write their vowel signs after a consonant (a menu's
 * "<Assam>" is no whole word of the masthead "<Assamese> <Daily>" its notice holds, where the sign after it would read as a word's end).
 */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** Whether `name` stands in `text` as whole words, where it first stands. */
export function namedWithin(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && !WORD_CHARACTER.test(text.charAt(at - 1)) && !WORD_CHARACTER.test(text.charAt(at + name.length));
}
/**
 * A masthead in capitals as another line of the page writes it in capitals and lower case ("HARBOUR GLOBE" as a picture's credit's
 * "Agência Harbour Globe" writes it), else as it is: the masthead's capitals are its type, not its name.
 */
export function nameAsPageWritesIt(name: string, lines: readonly Line[]): string {
  if (/\p{Ll}/u.test(name)) return name;
  // Matched in the line as written: lower-casing may lengthen it ("İ" → "i̇") and shift an index found in the copy.
  const anyCase = new RegExp(escaped(name), 'iu');
  for (const line of lines) {
    const written = anyCase.exec(line.text)?.[0];
    if (written !== undefined && /\p{Ll}/u.test(written) && /^\p{Lu}/u.test(written) && namedWithin(line.text, written)) return written;
  }
  return name;
}
/**
 * The site's name the page opens with when the page repeats it alone right over or under a copyright notice, whoever the notice holds:
 * the footer's logo by the publisher's notice (Dnevnik's "Дневник" over "Всички права запазени © 2001-2026 Икономедиа АД", Barron's
 * "Barron's" by Dow Jones's), one word too, where a menu's word repeated elsewhere in the footer names no site (siteOverPublisherNotice
 * asks two). Else null.
 */
export function siteLogoByNotice(site: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  if (!isSiteNameShaped(site)) return null;
  const name = site.text.toLowerCase();
  const isNotice = (line: Line | undefined): boolean => line !== undefined && removed.has(line.number) && isCopyrightNotice(line);
  const isLogo = (line: Line): boolean => line.number !== site.number && removed.has(line.number) && line.text.toLowerCase() === name;
  return lines.some((line, i) => isLogo(line) && (isNotice(lines[i - 1]) || isNotice(lines[i + 1]))) ? site.text : null;
}
/** Words of a site's name at least, for the rules that would take a menu's one word for it ("Web", "IT"). */
const MIN_NAMED_SITE_WORDS = 2;
/**
 * Whether a publisher's company (in lower case) opens with the masthead's initials, maybe and a letter for its group, media or
 * publishing ("THE HINDU" over "© THG PUBLISHING PVT LTD.", "Hindustan Times" over "© HT Media Limited"): the masthead of two words or
 * more, the company's first word those capitals alone. Or the masthead is the
 * initials of the company's words, in capitals ("NZZ" over "Copyright © Neue Zürcher Zeitung AG. …"), as papers known by their
 * initials set them over the page.
 */
function companyInitialled(site: Line, company: string): boolean {
  const companyWords = company.trim().split(/\s+/u);
  if (site.wordCount === 1) return companyWords.length >= MIN_NAMED_SITE_WORDS && INITIALS_MASTHEAD.test(site.text) && site.text.toLowerCase() === initialsOf(companyWords);
  const initials = initialsOf(site.text.split(/\s+/u));
  const first = companyWords[0]!;
  return site.wordCount >= MIN_NAMED_SITE_WORDS && (first === initials || (first.length === initials.length + 1 && first.startsWith(initials) && COMPANY_INITIAL.test(first.at(-1)!)));
}
/** The initials of a name's words, in lower case. */
const initialsOf = (words: readonly string[]): string => words.map((word) => word.charAt(0)).join('').toLowerCase();
/**
 * Whether the notice's holder `held` (up to the © or its first stop, HOLDER_END, as written) is the masthead's initials in capitals
 * (INITIALS_MASTHEAD), the masthead of two words or more: an agency writes its notice so under its name in full ("MA © 2026 …" under
 * "Mezopotamya Ajansı", "© 2026 SCMP" under "South China Morning Post"), the reverse of companyInitialled's.
 */
function initialsHeld(held: string, site: Line): boolean {
  return site.wordCount >= MIN_NAMED_SITE_WORDS && INITIALS_MASTHEAD.test(held) && held.toLowerCase() === initialsOf(site.text.split(/\s+/u));
}
/** A masthead of initials: capitals alone ("NZZ"). */
const INITIALS_MASTHEAD = /^\p{Lu}{2,}$/u;
/** A company's letter after its masthead's initials: Group, Media, Publishing or Publications ("THG", "HTM"). */
const COMPANY_INITIAL = /^[gmp]$/u;
/** Whether the page's first line may be the site's name: a few words, no menu's word ("News" over the page is none). */
export const isSiteNameShaped = (site: Line): boolean => site.wordCount <= MAX_MASTHEAD_WORDS && !isPageWordLine(site);
/** Whether the line may be a masthead over a publisher's notice that does not name it: a site's name's shape (isSiteNameShaped), no company's word. */
export const isMastheadShaped = (site: Line): boolean => isSiteNameShaped(site) && !COMPANY_NAME_WORD.test(site.text);
/** Whether a removed line of the page other than `site` is a copyright notice, whoever it holds, or the publisher's company alone on its line (isCompanyAlone). */
export const pageHasPublisherNotice = (site: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): boolean =>
  lines.some((line) => line.number !== site.number && removed.has(line.number) && (isCopyrightNotice(line) || isCompanyAlone(line)));
/**
 * The site's name the page opens with when the copyright notice holds a publisher's company that does not name it (COMPANY_HOLDER:
 * Corriere della Sera's "Copyright 2026 © RCS Mediagroup S.p.a.") and another removed line names the site, in any case
 * (its newsletter's "Iscriviti alle newsletter di Corriere della Sera" under "CORRIERE DELLA SERA" over the menu): the
 * page's own name twice, its company's in the notice. Else null. A name in another line's
 * words only ("Sera" in "Serata" names none), and of two words or more: a menu's "Latest News" or "Web" over the page,
 * repeated in the menu or in a line's words, would be the source of 6 bench pages. An outlet's name over
 * the page (outlets.ts isOutlet) needs no other line: the publisher's notice under a paper's masthead ("Yorkshire Evening
 * Post" over "© 2026 National World Publishing Ltd.", "CBS News" over "© MMVIII, CBS Interactive Inc.") tells the site's own
 * page.
 */
export function siteOverPublisherNotice(site: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  // A site's address over the page is its name whoever the notice holds ("iDNES.cz" over "Copyright © 1999–2026 MAFRA, a.s.": one
  // word, and a company no pattern reads); no menu's word is so written.
  // So is a masthead the site line sets with its tagline ("harbour-online - Nachrichten für den Norden" over "Harbour Digital
  // Publishing GmbH"), a menu's word never; and the publisher's company alone on its line is its notice (isCompanyAlone).
  // The page's own line is read: siteLine gives the masthead without its tagline.
  if (SITE_ADDRESS_ALONE.test(site.text) || (isMastheadShaped(site) && mastheadBeforeDash(lines[positionOfNumber(lines, site.number)]?.text ?? '') !== undefined)) {
    return pageHasPublisherNotice(site, lines, removed) ? site.text : null;
  }
  if (site.wordCount < MIN_NAMED_SITE_WORDS || !isSiteNameShaped(site)) return null;
  const name = site.text.toLowerCase();
  const siteWords = new Set(name.split(' '));
  const companyOf = (line: Line): string | undefined => (isCopyrightNotice(line) || isCompanyRegistration(line) || isCompanyAlone(line) ? publisherCompany(noticeHolding(line.text)) : undefined);
  // A company sharing a word with the first line but not named by it tells a button, not the masthead ("Support Snopes" over
  // "© 1995 - 2019 by Snopes Media Group Inc."); an outlet's name is no button's.
  // A company named as an outlet is another paper's ("The Herald" over "© 2026 Harbour Herald Media Ltd"); an outlet's word
  // alone after "The" is as often a menu's ("The News" over "Copyright 2026 News Holdings Limited"). A masthead opening with its word for a
  // daily paper (DAILY_PAPER_WORD: "<daily> <name>" in Hindi over "© 2026 DB Harbour Ltd.") names an outlet as "Evening Post" does.
  const outlet = ((isOutlet(site.text) || isNetworkService(site.text)) && name.replace(LEADING_THE, '').includes(' ')) || LOWER_CASE_ARTICLE_MASTHEAD.test(site.text) || DAILY_PAPER_WORD.test(site.text);
  const holdsOtherCompany = (line: Line): boolean => {
    const company = companyOf(line)?.trim();
    return company !== undefined && (outlet ? !isOutletCompany(company) : !company.toLowerCase().split(/\s+/u).some((word) => siteWords.has(word)));
  };
  // The name alone on a line after the article is the footer's logo (Berita Harian's, over its company's notice); before it, a
  // menu's item repeated ("Latest News"), which is no masthead's.
  const articleEnd = lines.findLast((line) => !removed.has(line.number))?.number ?? Infinity;
  const others = lines.filter((line) => line.number !== site.number && removed.has(line.number));
  // A line naming the site without its "The" beside the notice's company names it as the company's (Vox Media's disclosure "If you buy
  // something from a Verge link, Vox Media may earn a commission." under "The Verge").
  const unprefixed = name.replace(LEADING_THE, '');
  const companies = unprefixed === name ? [] : others.flatMap((line) => companyOf(line)?.replace(/[\s,]+$/u, '').toLowerCase() ?? []);
  const namesSite = (line: Line): boolean => {
    const text = line.text.toLowerCase();
    if (text === name) return line.number > articleEnd;
    return (text.length > name.length && namedWithin(text, name)) || (namedWithin(text, unprefixed) && companies.some((company) => namedWithin(text, company)));
  };
  return others.some(holdsOtherCompany) && (outlet || others.some((line) => !isCopyrightNotice(line) && namesSite(line))) ? site.text : null;
}
/**
 * A masthead set with its article in lower case before the capitalised name, as Italian, Spanish, Dutch and German papers set
 * theirs ("la Repubblica", "il Fatto Quotidiano", "de Volkskrant", "der Freitag"): a menu's or a button's line is not so written
 * (0 bench lines of this shape), so over a publisher's company it is the site as an outlet's name is (siteOverPublisherNotice):
 * la Repubblica over "GEDI Periodici e Servizi S.p.A. - P.IVA …".
 */
const LOWER_CASE_ARTICLE_MASTHEAD = /^(?:il|lo|la|gli|le|el|los|las|les|der|die|das|de|het|the)\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}\p{N}'’.-]+){0,2}$/u;
/**
 * The publisher's company alone on its line, its name and legal form and nothing else (COMPANY_HOLDER: "Lagoon Editorial Información General,
 * S.L.U.", "Harbour Digital Publishing GmbH"), as Spanish and German sites close their pages with no ©: read as a notice holding it
 * (siteOverPublisherNotice).
 */
export const isCompanyAlone = (line: Line): boolean => line.wordCount <= MAX_COMPANY_ALONE_WORDS && COMPANY_ALONE.test(line.text);
/** Words of such a line at most: COMPANY_HOLDER's name and its legal form. */
const MAX_COMPANY_ALONE_WORDS = 8;
/**
 * A company's registration, as British publishers close their pages instead of a copyright notice ("Newsquest Media Group Ltd,
 * Loudwater Mill, Station Road, High Wycombe HP10 9TY | 01676637 | Registered in England and Wales"), and as
 * Italian publishers do, by their VAT number ("GEDI Periodici e Servizi S.p.A. - P.IVA 00906801006 - …", la Repubblica's): the
 * publisher's company opening it is read as a notice's (siteOverPublisherNotice).
 */
const COMPANY_REGISTRATION = /\bregistered in (?:england|scotland|wales|northern ireland|ireland)\b|\bregistered office\b|\bcompany (?:no\b|number\b|registration\b)|\b(?:p\.\s?iva|partita iva)\s/iu;
const MAX_REGISTRATION_WORDS = 40;
/**
 * The words every registration has one of, in any case (the long s spelt out: `iu` reads it as an s): a line without them skips
 * COMPANY_REGISTRATION, whose word boundaries under `iu` cost about 2 µs a short line (the cleaner's costliest pattern on the 10k
 * corpus, tried on each removed line of a page opening with a site's name); this test takes a sixth of that.
 */
const REGISTRATION_WORD = /regi[sſ]tered|company|p\.\s?iva|partita iva/i;
const isCompanyRegistration = (line: Line): boolean =>
  line.wordCount <= MAX_REGISTRATION_WORDS && REGISTRATION_WORD.test(line.text) && COMPANY_REGISTRATION.test(line.text);
/** Where the holder's name ends in a notice ("Copyright PUNCH. All rights reserved."). */
const HOLDER_END = /[.,;|©]/u;
/** A word for a paper a masthead adds to the name its notice holds ("Punch Newspapers" / "Copyright PUNCH."). */
const MASTHEAD_ADDITION = /^\s+(?:newspapers?|news|online)$/u;
/**
 * The word for a newspaper a notice names the paper with before its name, where the masthead has none: Vietnamese "Báo" ("© Bản quyền
 * thuộc Báo Tuổi Trẻ." under "Tuổi Trẻ Online", the masthead adding "Online": MASTHEAD_ADDITION). 0 bench
 * raw notices.
 */
const PAPER_WORD_OPENING = /^(?:báo|nhật báo)\s+/iu;
/** A masthead's article, which its publisher's company name leaves out ("The Guardian", "Guardian News & Media Limited"). */
const LEADING_THE = /^the\s+/u;
/**
 * An article a masthead writes run into its capitalised name, as the company leaves it out ("derStandard" over "© STANDARD
 * Verlagsgesellschaft m.b.H. 2026").
 */
const GLUED_ARTICLE = /^(?:der|die|das|de|het|la|le|il|el|the)(?=\p{Lu})/u;
/** The holders a notice joins with a slash ("© ARD-aktuell / tagesschau.de"). */
const CO_HOLDERS = /\s+\/\s+/u;
/**
 * A publisher's company as a notice holds it, its name (group 1) of up to six words, the first capitalised, an ampersand one ("Guardian
 * News & Media Limited") and a comma after the last ("Boston Ledger Media Partners, LLC"), and its legal form ("EDICIONES EL PAÍS S.L."):
 * the masthead over the menu among the name's words is the site's name (siteNamedByNotice). The Greek forms too ("© 2026 Η ΚΑΘΗΜΕΡΙΝΗ
 * Α.Ε." under "ΚΑΘΗΜΕΡΙΝΗ": the paper's article before its name). The forms are chrome/copyright.ts LEGAL_FORMS, shared with the
 * holder's. A country's letter in brackets before the form ("The New Straits Times Press (M) Berhad", Malaysia's; India's "(P) Ltd").
 */
const COMPANY_HOLDER = new RegExp(String.raw`^([\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*\s+(?:(?:[\p{L}\p{N}][\p{L}\p{N}&'’.-]*|&|\(\p{Lu}\)),?\s+){0,5})(?:${LEGAL_FORMS})\.?(?=$|[\s,;|])`, 'u');
/** A publisher's company and nothing after it (isCompanyAlone). */
const COMPANY_ALONE = new RegExp(String.raw`${COMPANY_HOLDER.source}$`, 'u');
/**
 * A publisher's company named by a word for a publishing house or a company before its name, with no legal form, as Spanish,
 * Portuguese, French and Italian publishers write their notices (group 1): "© 2026 Casa Editorial EL TIEMPO" under "EL TIEMPO",
 * "Todos los Derechos Reservados © Compañía Periodística Nacional 2026" under "EL UNIVERSAL". The masthead among its words
 * names the site as a company's with a legal form does (siteNamedByNotice), and a company not naming it tells the masthead over
 * the page when another line names it (siteOverPublisherNotice). 0 bench raw
 * notices so written.
 */
const PUBLISHING_HOUSE = /^((?:Casa Editorial|Compañía|Companhia|Compagnie|Editora|Editorial|Ediciones|Edições|Éditions|Grupo|Gruppo|Groupe)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|de|del|de la|do|da|di|du)){1,4})(?=$|[\s.,;|])/u;
/**
 * A publisher's company named by the word for a group of papers or a company it ends with, no legal form after it (group 1): "Copyright ©
 * 2026 Punjab Kesari Group." under Jagbani's masthead in Gurmukhi, which its e-paper's prompt names too; an ampersand among
 * its words ("© 2026 Highland News & Media", a Scottish weekly's publisher under its masthead).
 */
const COMPANY_BY_WORD = /^((?:(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&)\s+){1,4}(?:Group|Media|Holdings|Networks?|Communications|Publishing|Publications|Publishers|Newspapers|Broadcasting|Corporation|Enterprises))(?=$|[\s.,;|])/u;
/**
 * A publisher's company as the law of Russia and its neighbours has it written: the legal form first, the name in guillemets or quotation marks
 * after it (group 1), maybe with the masthead in quotation marks of its own ("© АО «Харбор», 2026", "© ООО «Издательский дом «Харбор»»").
 */
const FORM_BEFORE_QUOTED_NAME = /^(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОО|ТОВ|ПрАТ|ПАТ|АТ|ТАА|ААТ)\s*[«"„“]((?:[^«»"„“”]|[«"„“][^«»"„“”]+[»"“”])+)[»"“”]/u;
/** The quotation marks inside a company's name (FORM_BEFORE_QUOTED_NAME), which are no part of the masthead's name it holds. */
const QUOTATION_MARK = /[«»"„“”]/gu;
/** The name of a company FORM_BEFORE_QUOTED_NAME reads, its inner quotation marks left out, else undefined. */
const quotedCompany = (holder: string): string | undefined => FORM_BEFORE_QUOTED_NAME.exec(holder)?.[1]?.replace(QUOTATION_MARK, '');
/**
 * The publisher's company a notice holds, its name (COMPANY_HOLDER with a legal form, PUBLISHING_HOUSE, COMPANY_BY_WORD or
 * FORM_BEFORE_QUOTED_NAME: Kommersant's "© АО «Коммерсантъ», 2026" under its masthead), else undefined.
 */
const publisherCompany = (holder: string): string | undefined => COMPANY_HOLDER.exec(holder)?.[1] ?? PUBLISHING_HOUSE.exec(holder)?.[1] ?? COMPANY_BY_WORD.exec(holder)?.[1] ?? quotedCompany(holder);
/**
 * Where a notice's holder ends when the holder patterns ran on past it: a sentence's full stop, "All rights reserved" ("Copyright © 2026
 * Lagoonist All rights reserved.Privacy |Terms"), maybe after a dash ("© 2026 Lagoonist - All rights reserved"), and what
 * the notice leaves out of it ("© 2026 The Lagoon Republic unless otherwise noted."), the danda Bengali, Assamese and Hindi
 * end a sentence with ("© ২০২৬ <masthead>। <all rights reserved>।"): the holder is the name before them.
 */
const HOLDER_SENTENCE_END = /\.\s|।|\s+(?:[-–|]\s+)?all rights reserved|\s+unless otherwise (?:noted|stated|specified|indicated)/iu;
/**
 * A notice's holder shaped as a site's name: up to four words, "The" maybe first ("lagoonist", "The Lagoon Review", "Harbour!"); no comma. A
 * word may hold the zero-width (non-)joiner Persian writes between a word's parts ("بی‌بی‌سی", the BBC's notice's
 * holder).
 */
const SITE_NAME_HOLDER = /^(?:The\s+)?[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C\u200D&'’.!-]*(?:\s+[\p{L}\p{M}\p{N}\u200C\u200D&'’.!-]+){0,3}$/u;
/**
 * The words a company's or an institution's name has, a publication's not ("Lagoon Networks", "Harbour Valley Newspapers", "Coastline
 * Business Information", "Lagoon State University"), and the legal forms (LEGAL_FORMS): such a holder publishes the site, it is not its name.
 * Urdu's "میڈیا" and "گروپ" too ("… میڈیا گروپ", a Pakistani paper's group).
 */
const COMPANY_WORDS = String.raw`Media|Networks?|Group|میڈیا|گروپ|Holdings|Communications?|Corporation|Corp|Company|Co|Publishing|Publications|Publishers|Newspapers|Interactive|Entertainment|Ventures|Enterprises|Technologies|Systems|Information|Solutions|Digital|Internet|Institute|University|College|Foundation|Organi[sz]ation|Design|Studios?|Productions|Partners|Associates|Services|Broadcasting|Industries|${LEGAL_FORMS}`;
export const COMPANY_NAME_WORD = new RegExp(String.raw`(?:^|\s)(?:${COMPANY_WORDS})\.?(?=$|\s)`, 'u');
/** Whether a name of two words or more ends with a company's word or legal form (COMPANY_WORDS): "Harbour Blood Services", "Lagoon Valley Foundation". */
const COMPANY_NAME_END = new RegExp(String.raw`\S\s+(?:${COMPANY_WORDS})\.?$`, 'u');
export const endsWithCompanyWord = (name: string): boolean => COMPANY_NAME_END.test(name);
/**
 * Whether a one-word name is the brand a copyright notice's company is named for: its holder opens with the word, then a space or a
 * comma, and ends with a company's word or legal form ("Quayline" of "© 2026 Quayline Harbour Entertainment." or "© 2026 Quayline,
 * LLC."). A blogger's own notice holds her name, no company ("© Maren", "© 2026 Maren Holt").
 */
export function isBrandOfNoticeCompany(name: string, notice: Line): boolean {
  const holder = noticeHolder(notice)?.split(HOLDER_SENTENCE_END, 1)[0];
  return holder !== undefined && holder.startsWith(name) && /^[\s,]/u.test(holder.slice(name.length)) && endsWithCompanyWord(holder);
}
/** A company's word or legal form alone (COMPANY_WORDS), in any case: a menu's "Media", no site's name. */
const COMPANY_WORD_ALONE = new RegExp(String.raw`^(?:${COMPANY_WORDS})\.?$`, 'iu');
/** A company's words and legal form after its name, alone (COMPANY_WORDS): " Media Partners, LLC", " Media LLC". */
const COMPANY_TAIL = new RegExp(String.raw`^(?:,?\s+(?:${COMPANY_WORDS})\.?)+(?=$|[\s.,;|])`, 'u');
/**
 * A word for news or a medium in a holder's name: a publication's, in a person's name's shape too (metadata/names.ts areNames: "Radio
 * Lagoon Islands", "Valley Weekly"), and named so it needs no other line (publicationHolder). Hyphened to the word before
 * it too, as US papers join two names ("© Copyright 2026, The Harbourman-Review | Community Guidelines | …"), or
 * before the site's domain ending the name ("All content copyright Harbour Rowing News.com 1996 - 2026.").
 */
const MEDIUM_WORD = /(?:^|[\s-])(?:News|Press|Radio|TV|Television|Review|Magazine|Journal|Times|Daily|Weekly|Online)(?=$|\s|\.\p{Ll}{2,6}(?:\.\p{Ll}{2})?$)/u;
/**
 * Whether a notice's holder in Latin letters is the masthead over the page in another script, transliterated: as many words, the masthead
 * with no Latin letter, a site's name (isSiteNameShaped). Indian and Nepali sites close their pages in English ("Copyright © 2026 Harbour
 * Samachar." under the masthead in Gujarati, "© 2026 Onlineharbour." under it in Devanagari): no other line names the holder in its letters.
 */
export function isMastheadInLatinLetters(holder: string, site: Line): boolean {
  return LATIN_NAME.test(holder) && !/\p{Script=Latin}/u.test(site.text) && /\p{L}/u.test(site.text) && isSiteNameShaped(site) && holder.split(/\s+/u).length === site.wordCount;
}
/** A name in Latin letters alone, its words' joining marks too ("Harbour Samachar", "Onlineharbour"). */
const LATIN_NAME = /^[\p{Script=Latin}\s&'’.!-]+$/u;
/** A site's address, then a comma and what follows it (group 2): "Harbourtech.co.uk, Northwind Publishing". */
const ADDRESS_AND_MORE = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+),\s+(.+)$/u;
/**
 * A notice's holder without its publisher's company after the site's address and a comma (a company's word or legal form in it: "© 2026
 * Harbourtech.co.uk, Northwind Publishing."), as British publishers name their sites: the holder is the site's address, a publication's name.
 */
function addressBeforeCompany(holder: string | undefined): string | undefined {
  const parts = holder === undefined ? null : ADDRESS_AND_MORE.exec(holder);
  return parts && COMPANY_NAME_WORD.test(parts[2]!) ? parts[1] : holder;
}
/**
 * The word for a newspaper run into the paper's name, as scripts without spaces between words write a notice's holder: Lao "ໜັງສືພິມ" ("©
 * 2026 ໜັງສືພິມ<name>" under the name alone over the page and in its pictures' credits), Thai "หนังสือพิมพ์", Khmer "កាសែត", Burmese
 * "သတင်းစာ". The holder is the name without it (publicationHolder): with it no other line names the holder.
 * 0 bench raw lines in these scripts.
 */
const PAPER_WORD_RUN_IN = /^(?:ໜັງສືພິມ|หนังสือพิมพ์|កាសែត|သတင်းစာ)(?=\p{L})/u;
/**
 * The holder of a copyright notice when it is a publication's name, not a company's (SITE_NAME_HOLDER, no COMPANY_NAME_WORD nor a
 * person's name: "© 2026 The Lagoon Review. All Rights Reserved.", "© 2026 Harbour Ledgerline", "© lagoonist 2010-2026", "Copyright ©1998
 * - 2026 HARBOURBALL."), and another line of the page names it too (no other notice: its menu, its prompts, the story's own "told Lagoon
 * Review"), as the site's name over the page must be named twice (outletOverPage), or a word for news or a medium is in it (MEDIUM_WORD:
 * "Copyright 2026 Lagoon News Now.", "Copyright © 2026 Harbour TV." under a syndicated story), else null. Read last: no outlet's word
 * names such sites (outlets.ts isOutlet, copyrightOutlet). A blog's writer holds its notice as a site does ("© 2026 Jane Doe", the byline
 * "written by Jane Doe" naming her on the page): the holder the byline names is no source. Nor is a desk's name (outlets.ts
 * isNewsDesk: a blog's "© Copyright Latest News 2026" names its header's section).
 */
export function publicationHolder(notice: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, byline: string | null, site: Line | undefined): string | null {
  const holder = addressBeforeCompany(noticeHolder(notice)?.split(HOLDER_SENTENCE_END, 1)[0])?.replace(PAPER_WORD_RUN_IN, '');
  if (holder === undefined || !SITE_NAME_HOLDER.test(holder) || COMPANY_NAME_WORD.test(holder) || isPageWord(holder) || isNewsDesk(holder)) return null;
  if (site !== undefined && isMastheadInLatinLetters(holder, site)) return holder;
  if (!/^the\s/iu.test(holder) && !MEDIUM_WORD.test(holder) && areNames(holder)) return null;
  const name = holder.toLowerCase();
  if (byline !== null && namedWithin(byline.toLowerCase(), name)) return null;
  const namesHolder = (line: Line): boolean => line.number !== notice.number && !(removed.has(line.number) && isCopyrightNotice(line)) && namedWithin(line.text.toLowerCase(), name);
  return MEDIUM_WORD.test(holder) || lines.some(namesHolder) ? holder : null;
}
