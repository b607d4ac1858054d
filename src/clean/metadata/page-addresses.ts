// Page addresses: the page's own web address printed on it (lifted as the article's url), told from a link the
// article cites by its slug naming the headline, and a source credit's address ("Source: Example Gazette (https://…)").
import type { ArticleMetadata } from '../../types.js';
import { isProse } from '../line-shape.js';
import type { Line } from '../lines.js';

/**
 * A source credit's label and its value: "Source: Reuters", "Fuente: EFE", "Źródło: PAP", "来源：东方日报", "Sumber: Antara",
 * "Izvor: Hina", "Източник: БТА", "Vir: STA", "Allikas: ERR", "Šaltinis: ELTA", "Avots: LETA", News Limited's "Article from: AAP". Greek in capitals drops the
 * accent ("ΠΗΓΗ: ΑΠΕ-ΜΠΕ": `iu` lowers it to "πηγη", not "πηγή"), so both spellings are listed.
 */
export const SOURCE =
  /^(?:source|sources|article from|fuente|fonte|quelle|bron|źródło|источник|kaynak|nguồn|المصدر|स्रोत|来源|來源|出典|출처|sumber|källa|kilde|lähde|zdroj|forrás|sursa|sursă|πηγή|πηγη|منبع|מקור|джерело|ที่มา|izvor|извор|източник|vir|allikas|šaltinis|avots)\s*[:：]\s*(\S.*)$/iu;
/** The reason a page's own web address is removed with: it is the article's `url`. */
export const PAGE_ADDRESS = 'web address of the page';
/** A line that is one web address and nothing else (in angle brackets, as e-mail clients set it). */
const WEB_ADDRESS_LINE = /^<?((?:https?:\/\/|www\.)\S+?)>?$/iu;
export const isWebAddressLine = (line: Line): boolean => WEB_ADDRESS_LINE.test(line.text);

/**
 * A site's address alone, no scheme nor path ("Financials.com", "iDNES.cz"). As a byline's name it names no person (lift.ts:
 * a quotes widget's credit in a sidebar, "by Financials.com", is no author); over the page, it is the site's own name
 * (site-notice.ts).
 */
export const SITE_ADDRESS_ALONE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/** A site's home address alone, with its scheme or without ("toronto.example.ca", "http://www.example.com/"): it names the site, no page of it (pageAddressOf). */
export const isSiteAddress = (line: Line): boolean => SITE_ADDRESS_ALONE.test(line.text) || (isWebAddressLine(line) && pageAddressOf(line.text) === null);

/** An address as a URL, a scheme given to one that starts with `www.` (throws when it is none). */
const addressUrl = (address: string): URL => new URL(/^www\./iu.test(address) ? `https://${address}` : address);

/**
 * The web address a text is, when it is only the address of a page of a site (a path or a query
 * after the host: `https://www.example.com/2026/12/04/story-slug`, `https://example.com/?p=123`),
 * else null. A site's home address alone (`www.example.com`) names the site, not the page.
 */
export function pageAddressOf(text: string): string | null {
  const address = WEB_ADDRESS_LINE.exec(text)?.[1];
  if (!address) return null;
  try {
    const url = addressUrl(address);
    return url.hostname.includes('.') && (url.pathname.length > 1 || url.search.length > 1) ? address : null;
  } catch {
    return null;
  }
}

/** A source credit's name and, after it in brackets or after a dash or bar, its web address: "Example Gazette (https://www.example-gazette.com)". */
const NAME_THEN_ADDRESS = /^(.*?\S)\s*(?:\(\s*(\S+)\s*\)|[-–—|]\s*(\S+))$/u;

/**
 * A `Source:` credit whose value is a page's address alone: the words of a long address's path
 * (`…/city-council-approves-new-budget-for-road-repairs`) are counted as the line's, and over the
 * metadata lines' limits it would be an `unrelated headline after the article`, its url lost.
 */
export function isSourceAddress(text: string): boolean {
  const value = SOURCE.exec(text)?.[1];
  return value !== undefined && pageAddressOf(value.trim()) !== null;
}

/**
 * A `Source:` credit's value lifted: a page's address (`Source: https://www.example.com/news/story`)
 * is the article's `url`, not its source; a name with an address after it gives
 * the name as the source and the address, a page's, as the url. A site's home address alone still
 * names the source.
 */
export function liftSourceCredit(value: string, metadata: ArticleMetadata): void {
  const page = pageAddressOf(value);
  if (page) {
    metadata.url ??= page;
    return;
  }
  const parts = NAME_THEN_ADDRESS.exec(value);
  const address = parts && WEB_ADDRESS_LINE.test(parts[2] ?? parts[3]!) ? (parts[2] ?? parts[3])! : null;
  if (address) metadata.url ??= pageAddressOf(address);
  metadata.source ??= address ? parts![1]! : (FIRST_CREDITED.exec(value)?.[1] ?? value).replace(DESK_INITIALS, '');
}
/**
 * The initials a newsroom signs a story's credit with after its name and a slash, the writer's two letters and the editor's in brackets
 * after them, or two letters alone: CNA's "Source: CNA/ar(ng)", "Source: Reuters/lk". After a capitalised name only: an agency's regional
 * service in three lower-case letters ("Quelle: dpa/lnw") keeps its name. The initials are no part of the source.
 */
const DESK_INITIALS = /(?<=^\p{Lu}[\p{L}\p{N}. ]*)\/(?:\p{Ll}{2}|\p{Ll}{2,3}\(\p{Ll}{2,3}\))$/u;
/**
 * The first of the names a credit lists after commas (group 1), each capitalised: "Izvor: N1, Beta" (the site's own newsroom and an
 * agency), "Sources: The Harbour Foundation, Valley News", "Source: Harbour Ministry of Defence, October 25, 2026" (a date after the
 * name). The source is one outlet, the first credited. Also before a desk's initials in lower case and the agency after their
 * slash, as German sites sign their stories ("Quelle: harbour.de, kwe/dpa": the initials and the agency are no part of the source).
 */
const FIRST_CREDITED = /^([^,]+?),\s+(?=\p{Lu}|\p{Ll}{2,4}\/\p{L})/u;

/**
 * The page's first or last line when it is the page's web address (pageAddressOf), as scrapers and
 * browsers' "save as text" print it over or under the page (over it, any line above the first paragraph): in the middle of the text an address
 * is the article's (a link it gives), and stays for the line rules. Left in, it reads as a `date line`
 * when its path holds a date, else as the body's first paragraph, and hides the title under it.
 */
export function pageAddressLines(lines: readonly Line[]): Map<number, string> {
  // A text of the address alone is no page under it: its "no words to count" warning quotes it.
  if (lines.length < 2) return new Map();
  // Over the page: any line above its first paragraph, where a printout's header sets the address
  // under the page's title (the address's slug's words would make it the title).
  const firstProse = lines.findIndex(isProse);
  const ends = [...lines.slice(0, Math.max(1, firstProse)), lines.at(-1)!];
  const found = new Map(ends.flatMap((line) => {
    const address = pageAddressOf(line.text);
    if (!address || (line === lines.at(-1) && isCitedLink(lines, address))) return [];
    return [[line.number, address] as const];
  }));
  for (const [number, address] of printedHeaderAddresses(lines)) found.set(number, address);
  return found;
}

/**
 * A page's address on two lines or more: a browser's printout repeats its header, the page's title
 * and address, over each printed page. A link the article gives stands once. The address over the
 * second page would stay between two paragraphs, and the one over the first be read as the title.
 */
function printedHeaderAddresses(lines: readonly Line[]): Map<number, string> {
  const byAddress = new Map<string, number[]>();
  for (const line of lines) {
    const address = pageAddressOf(line.text);
    if (address) byAddress.set(address, [...(byAddress.get(address) ?? []), line.number]);
  }
  return new Map([...byAddress].filter(([, numbers]) => numbers.length >= 2).flatMap(([address, numbers]) => numbers.map((number) => [number, address] as const)));
}

/**
 * Whether the page's last line, `address`, is the link the article closes with (a report it cites)
 * rather than the page's own: it stands right under a paragraph or a line that introduces it ("The
 * full report:"), and its path's last words do not name the headline. The page's own address stands
 * under the footer, or names the story (`…/2026/12/04/harbour-council-budget`); the cited one is
 * the article's, kept in the body, not the page's `url`.
 */
function isCitedLink(lines: readonly Line[], address: string): boolean {
  const above = lines.at(-2)!;
  return (isProse(above) || above.text.endsWith(':')) && !namesHeadline(address, lines);
}

/** Words of a slug that name a story: of three letters or more ("2026", "p", "id" name none). */
const SLUG_WORD = /\p{L}{3,}/gu;
const MIN_SLUG_WORDS = 2;
/** Letters a slug's word and the headline's are compared on: a slug may inflect a word otherwise ("council-approved-budget"). */
const SLUG_STEM = 5;
const slugStem = (word: string): string => word.toLowerCase().slice(0, SLUG_STEM);

/**
 * Whether the last part of the address's path (`harbour-council-budget`, its extension left out)
 * has two words or more, all in one line above the page's first paragraph, its headline. A link the
 * article cites shares some of the story's words (`road-repairs-budget-plan` under "City council
 * approves new budget for road repairs"), not all.
 */
function namesHeadline(address: string, lines: readonly Line[]): boolean {
  const path = addressUrl(address).pathname;
  const slug = (path.split('/').filter(Boolean).at(-1) ?? '').replace(/\.\w+$/u, '');
  const words = (slug.match(SLUG_WORD) ?? []).map(slugStem);
  if (words.length < MIN_SLUG_WORDS) return false;
  const firstParagraph = lines.findIndex(isProse);
  return lines.slice(0, firstParagraph < 0 ? lines.length : firstParagraph).some((line) => {
    const lineWords = new Set((line.text.match(/\p{L}+/gu) ?? []).map(slugStem));
    return words.every((word) => lineWords.has(word));
  });
}
