// A printed or PDF page's lines copied with its text: running heads, page numbers, jump lines, counters written
// without spaces, a browser printout's time of printing. They break the text at every printed page.
import { isRightOverOnPage, isRightUnderOnPage, type Line } from '../lines.js';

/**
 * A printed page's running head or foot, copied with the text from a PDF: the publication's name in
 * capitals and the page number at one end, set apart by pipes ("4 | THE VALLEY NEWSLETTER | SPRING
 * 2025", "THE HARBOUR GAZETTE | Thursday 5 December 2024 | Page 7"), which over the page reads as the
 * title, the headline under it as the body's first paragraph. A table's row has no masthead of two words
 * in capitals, or no page number at its end. A PDF's text laid out as printed sets the parts apart
 * by runs of spaces instead, with a newspaper's section-lettered page number ("THE HARBOUR GAZETTE
 *     Friday, December 4, 2026     Page A3", "A3     THE HARBOUR GAZETTE     Friday, …"): there, as
 * a table's spaced row could be a masthead and a number, one of its three parts has the year.
 */
const PAGE_NUMBER_CELL = /^(?:(?:page|p\.|seite|página|pagina)\s*)?\p{Lu}?\d{1,4}$/iu;
const MASTHEAD_CELL = /^(?:[\p{Lu}'’&.-]+ )+[\p{Lu}'’&.-]+$/u;
const SPACED_PARTS = / {3,}/u;
const YEAR = /\b(?:19|20)\d\d\b/u;
export const isRunningHead = (line: Line): boolean => {
  if (line.endsWithSentencePunctuation) return false;
  const piped = line.text.includes('|');
  if (!piped && !SPACED_PARTS.test(line.text)) return false;
  const cells = line.text.split(piped ? '|' : SPACED_PARTS).map((cell) => cell.trim());
  if (cells.length < 2 || cells.length > 4 || (!piped && (cells.length !== 3 || !cells.some((cell) => YEAR.test(cell))))) return false;
  return (PAGE_NUMBER_CELL.test(cells[0]!) || PAGE_NUMBER_CELL.test(cells[cells.length - 1]!)) && cells.some((cell) => MASTHEAD_CELL.test(cell));
};

/**
 * A printed page's number in the footer of a browser's printout or a PDF bulletin, between two paragraphs: "Page 1 of 2", "Seite
 * 1 von 2", "Paj 1 sou 2", "Pagina 1 van 2", "Side 1 av 2", "Страница 1 из 2", "Halaman 1 dari 2" (the first number not past the
 * second).
 */
const PRINTED_PAGE_NUMBER =
  /^(?:page|seite|página|pagina|pag\.|strona|strana|stranica|paj|side|sida|halaman|ukurasa|страница|сторінка)\s+([1-9]\d{0,2})\s+(?:of|von|de|sur|di|z|van|av|af|od|dari|wa|sou|из|з)\s+([1-9]\d{0,2})$/iu;
/**
 * Whether `pattern` reads the line as a counter, its two numbers captured, the first not past the second ("3 of 8", not
 * "9 of 8"). Each counter's test calls it by a name of its own, which bench:rules prints: a function a factory returns
 * has none.
 */
export function readsAsCounter(pattern: RegExp, line: Line): boolean {
  const numbers = pattern.exec(line.text);
  return numbers !== null && Number(numbers[1]) <= Number(numbers[2]);
}
export const isPrintedPageNumber = (line: Line): boolean => readsAsCounter(PRINTED_PAGE_NUMBER, line);

/**
 * A printed page's running head or foot by its page number: a bulletin's name and issue number right over or under "Paj 1 sou 2"
 * ("MSPP – Bilten Enfòmasyon No. 48", a PDF's, between the paragraphs). No sentence, a few
 * words, an issue's number: a subheading of the next page has none.
 */
const ISSUE_NUMBER = /(?:^|[\s(])(?:No\.?|Nº|N°|Nr\.?|#|Vol\.|Issue|Nimewo|Numéro|Número|Numero|Ausgabe|Выпуск|№)\s*\d{1,4}\b/u;
const MAX_RUNNING_FOOT_WORDS = 10;
export const isRunningFootByPageNumber = (line: Line, above: Line | undefined, below: Line | undefined): boolean =>
  line.wordCount <= MAX_RUNNING_FOOT_WORDS &&
  !line.endsWithSentencePunctuation &&
  ISSUE_NUMBER.test(line.text) &&
  ((isRightOverOnPage(above, line) && isPrintedPageNumber(above)) || (isRightUnderOnPage(below, line) && isPrintedPageNumber(below)));

/**
 * A counter written without spaces, "1/6", "1/2", alone on its line (the first number not past the
 * second). Alone it may be a recipe's quantity or a score, so it is a counter only by a line next to
 * it (clean/line-rules.ts boxChrome): a picture's line (a gallery's prompt over it: "Swipe for more photos" over
 * "1/6"), or a browser printout's page break (the time of printing under it, "12/5/26, 8:41 AM", the
 * page's address over the last page's), between two paragraphs.
 */
const UNSPACED_COUNTER = /^([1-9]\d?)\/([1-9]\d?)$/u;
export const isUnspacedCounter = (line: Line): boolean => readsAsCounter(UNSPACED_COUNTER, line);
/** A browser printout's time of printing: "12/5/26, 8:41 AM", "05/12/2026, 08:41". */
const PRINTOUT_TIME_SOURCE = String.raw`\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?,? \d{1,2}:\d{2}(?: ?[AP]M)?`;
/** The time of printing alone on its line, over each printed page. */
const PRINTOUT_TIME = new RegExp(`^${PRINTOUT_TIME_SOURCE}$`, 'iu');
export const isPrintoutTime = (line: Line): boolean => PRINTOUT_TIME.test(line.text);

/**
 * A browser printout's header and footer as a PDF's text runs each into one line: the time of printing then the page's
 * title ("12/5/26, 9:14 AM City approves … | Riverton Courier", three words of it at least, not a time's am or pm), and
 * the page's address then its number ("https://www.example.com/news/story.html 1/2"), a space or a tab between (ingest's
 * normalise.ts makes a tab between two cells two spaces). Each printed page has them, so the second page's stand between
 * two paragraphs of the body.
 */
const PRINTOUT_TIME_THEN_TITLE = new RegExp(`^${PRINTOUT_TIME_SOURCE}\\s+(?![AP]M\\b)\\S+ \\S+ \\S`, 'iu');
export const isPrintoutHeader = (line: Line): boolean => PRINTOUT_TIME_THEN_TITLE.test(line.text);
const ADDRESS_THEN_COUNTER = /^https?:\/\/\S+\s+([1-9]\d?)\/([1-9]\d?)$/iu;
export const isPrintoutFooter = (line: Line): boolean => readsAsCounter(ADDRESS_THEN_COUNTER, line);

/**
 * A site's print view's notice of where and when it was printed: "Printed from rivertoncourier.example on December 5,
 * 2026", "Printed on 12/05/2026". Its date is the printing's, not the article's, even when it stands first
 * (metadata/lift.ts isDateLine does not read it).
 */
const PRINTED_NOTICE = /^printed (?:from|on) \S/iu;
const MAX_PRINTED_NOTICE_WORDS = 12;
export const isPrintedNotice = (line: Line): boolean => line.wordCount <= MAX_PRINTED_NOTICE_WORDS && PRINTED_NOTICE.test(line.text);

/**
 * A printed story's jump line, copied with an e-paper's text where the story breaks to another page: "Continued on Page
 * 9", "Continued from page A1", "Turn to Page 4", "See COUNCIL, Page 9", which between two paragraphs reads as one. A
 * page number closes it: "Continued on the next page of the report" is no jump line.
 */
const JUMP_LINE = /^(?:(?:continued|cont(?:['’]d|\.)?|story continues) (?:on|from)|turn to|see [^,]{1,30},) (?:page|pg\.?|p\.) ?[A-Z]?\d{1,3}[A-Z]?\.?$/iu;
export const isJumpLine = (line: Line): boolean => JUMP_LINE.test(line.text);
