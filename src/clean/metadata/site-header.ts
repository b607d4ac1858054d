// The line of the page's header that names the site: its first line past a cookie banner and the words set over a masthead, the
// masthead under a row of skip links, a breadcrumb's first step, a masthead's second line, the header's logo. site-notice.ts asks
// whether a copyright notice holds the name one of these gives, site-mentions.ts whether another line does; apart from them because
// these read the page's top, not its notices.
import { findIsoDate } from '../../text/dates.js';
import type { RemovedLine } from '../../types.js';
import { CONSENT_BANNER, CONSENT_BUTTON } from '../chrome/consent.js';
import { isJumpLink } from '../chrome/links.js';
import { describeLine, positionOfNumber, type Line } from '../lines.js';
import { NO_STOPWORDS } from './date-lines.js';
import { isPageWord } from './names.js';
import { BARE_MARK, heldInFullByNotice, LONE_ARTICLE, isMastheadInLatinLetters, isMastheadShaped, isSiteNameShaped, mastheadBeforeDash, nameAsPageWritesIt, pageHasPublisherNotice } from './site-notice.js';
import { isOutlet, isOutletWordAlone } from '../outlets.js';

/** Lines of a menu's own words, the reader's account links, the editions' links or a date over the site's name at most ("Menu" over "TIME"; "Sign in", "Explore", "Search" over "HT"). */
const MAX_PAGE_WORDS_OVER_SITE = 3;
/** A header's link to subscribe, in the languages its sites set it in ("Subscribe", "Abbonati", "Assine", "Suscríbete", "Subskrybuj"). */
const SUBSCRIBE_LINK = /^(?:subscribe|abbonati|assine|assinar|suscr[ií]bete|subskrybuj|abonnieren|s['’]abonner|abonneren)$/iu;
/** A header's link to sign in ("Sign in", "Accedi", "Entrar", "Iniciar sesión", "Zaloguj się", "Se connecter", "Anmelden", "Inloggen"). */
const SIGN_IN_LINK = /^(?:sign in|log ?in|accedi|entrar|iniciar sesi[oó]n|zaloguj się|se connecter|anmelden|inloggen)$/iu;
/** A header's search link ("Search", "Explore", "Buscar", "Cerca", "Szukaj"). */
const SEARCH_LINK = /^(?:search|explore|buscar|cerca|szukaj|pesquisar|rechercher|suche|zoeken)$/iu;
/**
 * The reader's account and search links a header sets over the site's logo ("Sign in", "Explore", "Search" over an Indian paper's initials;
 * "Accedi", "Buscar" in other languages),
 * none of them the site's name: the site line is looked for under them.
 */
const isAccountLink = (line: Line): boolean => SIGN_IN_LINK.test(line.text) || SUBSCRIBE_LINK.test(line.text) || SEARCH_LINK.test(line.text);
/**
 * The links to the site's editions and its e-paper a header sets over the masthead ("English Edition", "E-Paper" over an Indian business
 * paper's name), none of them the site's name.
 */
const EDITION_LINK = /^(?:(?:[\p{L}.]+\s+)?edition|e-?paper)$/iu;
/** Words of a date alone over the masthead at most ("Sunday, January 20th, 2008"). */
const MAX_DATE_STAMP_WORDS = 6;
/**
 * A line over the masthead that is no site's name: a menu's word alone, the day's date as papers set it over their name, or a skip
 * link over an outlet's name ("Skip to main content" over "The Harbour Courier", a local weekly's and a student paper's theme) or over
 * the site's logo as a home link (HOME_LINK: "The Harbour Verge homepage", Vox Media's sites with no cookie banner between). Over any
 * other line a skip link stays the site line: under it a blog's first menu item ("Free Courses") would be taken for its name.
 */
const isOverMasthead = (line: Line, next: Line | undefined): boolean =>
  isPageWord(line.text) || isAccountLink(line) || EDITION_LINK.test(line.text) || (line.wordCount <= MAX_DATE_STAMP_WORDS && findIsoDate(line.text) !== null) || (isJumpLink(line) && next !== undefined && (isOutlet(mastheadBeforeTagline(next).text) || isHomeLink(next)));
/** Whether the line is a site's logo as a link to its home page (HOME_LINK), a name before the link's words, not a menu's ("News Home"). */
const isHomeLink = (line: Line): boolean => {
  const name = HOME_LINK.exec(line.text)?.[1];
  return name !== undefined && isLinkedName(name);
};
/**
 * Whether the words before a logo's or a home link's are a name: no menu's word, nor an article alone (Vox Media's "The homepage" over "Vox"
 * and "Vox logo": "The" is neither the site line nor the header's logo).
 */
const isLinkedName = (name: string): boolean => !isPageWord(name) && !LONE_ARTICLE.test(name);
/**
 * The line that may hold the site's name, removed: the page's first, or the first under a menu's words alone (TIME sets
 * "Menu" over "TIME", and the notice "© 2026 TIME USA, LLC." holds the second, not the first) or under the day's date (the
 * Brandon Sun's "Sunday, January 20th, 2008" over "Brandon Sun").
 */
export function siteLine(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): Line | undefined {
  const top = pastConsentBanner(lines, removed);
  const at = top + lines.slice(top, top + MAX_PAGE_WORDS_OVER_SITE + 1).findIndex((line, i) => !isOverMasthead(line, lines[top + i + 1]));
  const site = at < top ? undefined : lines[at];
  if (!site || !lines.slice(0, at + 1).every((line) => removed.has(line.number))) return undefined;
  return mastheadBeforeTagline((isSkipLink(site) && mastheadUnderSkipLinks(lines, removed, at)) || site);
}
/** Lines under the masthead its header's subscribe and sign-in links are looked for in at most ("Menu", "Search", "Subscribe", "Sign in"). */
const MAX_ACCOUNT_ROW = 4;
/**
 * The site's name the masthead `site` gives when the header sets the reader's account links under it, a subscribe or sign-in link right under
 * it ("The Harbour Scot" over "Subscribe") or both among the next lines (each alone on its line, a menu's word, a search link or the day's
 * date between: "LA LAGUNA" over "Abbonati", "Accedi"), and the page closes with a publisher's notice or company, whoever it holds ("© 2026
 * Harbour Media SA"); else null. A menu's item is set over the next item, not over the account's links, so the masthead needs no other
 * line naming it.
 */
export function mastheadOverAccountLinks(site: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  if (!isMastheadShaped(site) || isOverMasthead(site, undefined) || isSkipLink(site) || isOutletWordAlone(site.text) || !/\p{L}{2}/u.test(site.text)) return null;
  const at = positionOfNumber(lines, site.number);
  const row = lines.slice(at + 1, at + 1 + MAX_ACCOUNT_ROW);
  let subscribe = false;
  let signIn = false;
  for (const [i, line] of row.entries()) {
    if (!removed.has(line.number)) break;
    if (SUBSCRIBE_LINK.test(line.text)) subscribe = true;
    else if (SIGN_IN_LINK.test(line.text)) signIn = true;
    else if (!isOverMasthead(line, undefined)) break;
    if ((i === 0 && (subscribe || signIn)) || (subscribe && signIn)) return pageHasPublisherNotice(site, lines, removed) ? nameAsPageWritesIt(site.text, lines) : null;
  }
  return null;
}
/** A skip link to any part of the page ("Skip to...", "Skip to sections navigation"), as a header's row of them sets it. */
const SKIP_TO = /^(?:skip|jump) to\b/iu;
/** Words of such a link at most. */
const MAX_SKIP_LINK_WORDS = 4;
const isSkipLink = (line: Line): boolean => isJumpLink(line) || (line.wordCount <= MAX_SKIP_LINK_WORDS && SKIP_TO.test(line.text));
/** Lines between a header's skip links and its masthead at most ("Skip to...", "Select", "Subscribe", "Sign In" over a paper's name). */
const MAX_LINES_UNDER_SKIP_LINK = 5;
/** Words of a header's link between its skip links and its masthead at most. */
const MAX_HEADER_LINK_WORDS = 3;
/**
 * The masthead under the header's skip links, when the site line is one of them (isSkipLink): the first removed line under the site line, the
 * lines between a header's short links (MAX_HEADER_LINK_WORDS: "Skip to footer", "Advertisement", "Sign In"), that is an outlet's name
 * (outlets.ts isOutlet: "The Harbour Journal", not the reader's "My Harbour Times") or its home link, or that the page repeats only after the
 * article, alone or after a bare © (the footer's logo: "The Harbour Hill" over the publisher's address and notice, "© HARBOUR"). Else
 * undefined: a skip link names no site. A blog's first menu item under one ("Free Courses") is repeated by the header's second menu
 * too.
 */
function mastheadUnderSkipLinks(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, at: number): Line | undefined {
  const articleEnd = lines.findLast((line) => !removed.has(line.number))?.number ?? Infinity;
  let underSkipLinks = true;
  let found: Line | undefined;
  for (const line of lines.slice(at + 1, at + 2 + MAX_LINES_UNDER_SKIP_LINK)) {
    if (!removed.has(line.number)) break;
    if (isSkipLink(line)) continue;
    const masthead = mastheadBeforeTagline(line);
    // The line a notice holds by its name in full is the masthead, before any other: "The Harbour Monthly" under "Site
    // Navigation", "Harbour Ledger" under "Harbour Ledger Today" (the paper's show, repeated in its footer) over "©2026 Harbour Ledger Media
    // Partners, LLC", not the skip link or the show.
    if (heldInFullByNotice(masthead, lines, removed)) return masthead;
    if (found === undefined && isSiteNameShaped(masthead) && isMastheadUnderSkipLinks(masthead, line, lines, underSkipLinks ? articleEnd : undefined)) found = masthead;
    if (line.wordCount > MAX_HEADER_LINK_WORDS) break;
    underSkipLinks = false;
  }
  return found;
}
/**
 * Whether a line under the header's skip links is the site's masthead (mastheadUnderSkipLinks): an outlet's name, its home link, or, right under
 * the skip links (the article's last line `articleEnd` given), its footer's logo: under the header's other links ("Search for:", "× Cancel") a
 * menu's items are repeated in the footer alone as often ("Facebook", "RSS Feed", "TIPS": 5 bench pages).
 */
function isMastheadUnderSkipLinks(masthead: Line, line: Line, lines: readonly Line[], articleEnd: number | undefined): boolean {
  if ((isOutlet(masthead.text) && !isOutletWordAlone(masthead.text) && !ACCOUNT_PAGE.test(masthead.text)) || isHomeLink(line)) return true;
  return articleEnd !== undefined && footerRepeats(masthead.text, line.number, lines, articleEnd) !== undefined;
}
/**
 * The lines other than line `number` that repeat the name `name` alone or after a bare © (in any case), when there are some and all stand
 * after the article's last line `articleEnd`: the footer's logo. Else undefined.
 */
function footerRepeats(name: string, number: number, lines: readonly Line[], articleEnd: number): Line[] | undefined {
  const lower = name.toLowerCase();
  // A line longer than the name (past a bare ©) is not lowercased: lowercasing lengthens a text ("İ") and shortens none, and
  // most of a page's lines are longer than its masthead.
  const repeats = lines.filter((other) => {
    const text = other.text.startsWith('©') ? other.text.replace(BARE_MARK, '') : other.text;
    return other.number !== number && text.length <= lower.length && text.toLowerCase() === lower;
  });
  return repeats.length > 0 && repeats.every((other) => other.number > articleEnd) ? repeats : undefined;
}
/**
 * The site line's name when the page's last line repeats it, and no other line but after the article (footerRepeats): the footer's logo
 * under its links, as a city's site sets "Stad Haven" over its menu and again last, printing no notice. Else null. Only the last line: a
 * menu's items are repeated alone in a footer's links as often (footerRepeats' note), and of the bench's first lines repeated last
 * (a close button "X" and one paper's name, which its notice gives) none is a menu's.
 */
export function mastheadRepeatedLast(site: Line, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | null {
  const last = lines.at(-1);
  if (last === undefined || !removed.has(last.number) || !isMastheadShaped(site) || !/\p{L}{2}/u.test(site.text)) return null;
  const articleEnd = lines.findLast((line) => !removed.has(line.number))?.number ?? Infinity;
  const repeats = footerRepeats(site.text, site.number, lines, articleEnd);
  return repeats?.at(-1) === last ? site.text : null;
}
/** The reader's own page of a site, a link of its account's menu: "My Times", "My Harbour". */
const ACCOUNT_PAGE = /^my\s/iu;
/** Lines over the page a breadcrumb is looked for in at most. */
const MAX_BREADCRUMB_LINE = 150;
/** A breadcrumb's label and its first step (group 1) before the next: "You are here Harbourgraph > News >", "You are in > harbour.com > News". */
const BREADCRUMB_ROOT = /^\s*you are (?:here|in)\b\s*[:>»›]?\s*([^>»›]*?\S)\s*[>»›]/iu;
/**
 * The site's name a breadcrumb's first step gives, removed, as the site line (siteLine) is asked of the notice: "You are here Harbourgraph
 * > News >" over "© Copyright of Harbourgraph Media Group Limited 2026", "You are here harbourweb.com > Management >" over its network's
 * company's notice, where the site line is a tagline or a menu's. A menu's word ("Home") or the site's home link ("LAT Home", HOME_LINK)
 * is none or its name.
 */
export function breadcrumbRoot(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): Line | undefined {
  for (const line of lines.slice(0, MAX_BREADCRUMB_LINE)) {
    const root = removed.has(line.number) ? BREADCRUMB_ROOT.exec(line.text)?.[1] : undefined;
    if (root !== undefined) return isPageWord(root) ? undefined : mastheadBeforeTagline(describeLine(line.number, root, NO_STOPWORDS));
  }
  return undefined;
}
/**
 * The line right under the site line, removed too, when the masthead is set on two lines: an outlet's name over another (a news service's
 * name over its broadcaster's, the notice the broadcaster's: "© 2026 Whakaata Harbour" under "Harbour Reo News" over "Whakaata Harbour"),
 * or the name in its own script over its Latin letters (isMastheadInLatinLetters; the notice its company's: "Copyright © 2026 Samudram
 * Media Group"). Read by siteNamedByNotice alone, after the site line: the notice must hold it. Under any other first line it is a menu's
 * item as often ("Quick Search" over "HARBOUR").
 */
export function mastheadSecondLine(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, site: Line | undefined): Line | undefined {
  const next = site && lines[positionOfNumber(lines, site.number) + 1];
  return next && removed.has(next.number) && (isOutlet(site.text) || isMastheadInLatinLetters(next.text, site)) ? next : undefined;
}
/** A masthead and its tagline or section after a bar, no bar in either ("Haaretz | Israel News"): the masthead is group 1. */
const MASTHEAD_BAR_TAGLINE = /^([^|]+?)\s+\|\s+[^|]+$/u;
/**
 * The site's logo as a link to its home page, its name (group 1) before the link's words: "Harbourgate Home", "The Harbour Verge homepage",
 * "harbour.co.nz - Home", "The Harbour - Back to home".
 */
const HOME_LINK = /^(\S.*?)\s*(?:[-–]\s*)?(?:home ?page|home|back to home)$/iu;
/**
 * The site line's masthead: its text before a tagline after a bar (MASTHEAD_BAR_TAGLINE), as Haaretz heads its page with "Haaretz |
 * Israel News" over "© Haaretz Daily Newspaper Ltd.", or before its home link's words (HOME_LINK: "The Harbour - Back to home" over
 * "© 2026 Harbour News & Media Limited", an address's "- Home", Vox Media's sites' "… homepage"), else the line: the notice holds the
 * masthead, not the whole line.
 */
function mastheadBeforeTagline(site: Line): Line {
  const masthead = MASTHEAD_BAR_TAGLINE.exec(site.text)?.[1] ?? mastheadBeforeDash(site.text) ?? HOME_LINK.exec(site.text)?.[1];
  return masthead === undefined ? site : describeLine(site.number, masthead, NO_STOPWORDS);
}
/** Lines over the article a header's logo is looked for in at most (headerLogo). */
const MAX_LOGO_LINE = 40;
/** Characters of a logo's line at most: the pattern's lazy name before spaces backtracks over a long run of them (a date line's 100,000). */
const MAX_LOGO_CHARACTERS = 80;
/**
 * The site's logo as its image's text or its home link names it, the name (group 1) before the words: "Harbour News Logo", "HN logo",
 * "The Harbour - Back to home", "Harbourside homepage". Not a bare "Home" after the name, as HOME_LINK reads on the first line: in a
 * header's menu "News Home" and "Sport Home" are its sections' links.
 */
const LOGO_OR_HOME_LINK = /^(\S.*?)\s*(?:[-–]\s*)?(?:logo|home ?page|back to home)$/iu;
/**
 * The site's logo in the page's header, removed, under the lines the site line is looked for in: its image's text or its link home
 * (LOGO_OR_HOME_LINK) as a line of its name (a menu's section "Entertainment Homepage" is none), in the header over the article's first
 * line `firstInBlock`. Asked as the site line is (metadata/page-source.ts) when the site line named nothing: a Guardian-like header sets
 * "Skip to main content", its editions' menu, then "The Harbour - Back to home"; a broadcaster's "Skip to content" … "HN logo": the
 * site line there is a skip link.
 */
export function headerLogo(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, firstInBlock: number): Line | undefined {
  for (const line of lines.slice(0, MAX_LOGO_LINE)) {
    if (line.number >= firstInBlock) break;
    const name = removed.has(line.number) && line.text.length <= MAX_LOGO_CHARACTERS ? LOGO_OR_HOME_LINK.exec(line.text)?.[1] : undefined;
    if (name !== undefined && isLinkedName(name)) return describeLine(line.number, name, NO_STOPWORDS);
  }
  return undefined;
}
/** Lines of a cookie-consent banner's text over the page at most. */
const MAX_BANNER_LINES = 12;
/**
 * Where the page starts under a cookie-consent banner saved over it: past its last line read as one, the sentences of its text
 * after it and its buttons ("We value your privacy", its text, "MORE OPTIONS", "DISAGREE", "AGREE" over "The Dorset Echo"). The
 * site's name is looked for under the banner, not in it. 0 when the page does not open with a banner.
 */
function pastConsentBanner(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): number {
  const top = lines.slice(0, MAX_BANNER_LINES);
  const isBanner = (line: Line | undefined): boolean => line !== undefined && removed.get(line.number)?.reason === CONSENT_BANNER;
  // Only a banner opening the page, maybe under a skip link (Vox Media's sites set "Skip to main content" over it): one under the
  // masthead and menu (Infobae's "Utilizamos cookies …" over "Entendido") is no page's top, and its button would be taken for the
  // site's name.
  if (!isBanner(top[0]) && !(top[0] !== undefined && isJumpLink(top[0]) && isBanner(top[1]))) return 0;
  let at = top.findLastIndex(isBanner) + 1;
  if (!top.slice(0, at).every((line) => removed.has(line.number))) return 0;
  while (at < lines.length && removed.has(lines[at]!.number) && (lines[at]!.endsWithSentencePunctuation || CONSENT_BUTTON.test(lines[at]!.text))) at++;
  return at;
}
