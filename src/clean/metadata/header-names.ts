// The author's name a header line gives without a "By": alone on its line (headerNameText), or with the date on one line,
// after a dash, a bar, a table's cell or a space (nameBeforeDate; liftNameBeforeDate lifts both). header-byline.ts headerByline
// reads these in the header only, after liftMetadata (lift.ts) has read every line.
import type { DateOrder } from '../../types.js';
import { isMonthName, writesFullYear } from '../../text/dates.js';
import { describeLine, type Line } from '../lines.js';
import { isNewsAgencyName, isOutlet } from '../outlets.js';
import { bylineName } from './bylines.js';
import { LABEL_WORDS, NO_STOPWORDS, onlyDateWords } from './date-lines.js';
import { AUTHOR_DASH_DATE, CELLS, DATE_THEN_AUTHOR_MAX_WORDS, isDateLine, liftLine, METADATA_PARTS, type LiftedMetadata } from './lift.js';
import { nameAfterColumnLabel, nameAfterLabelBar, nameBeforeBracketedPost, nameBeforeInitials, nameBeforePlaceWrittenFrom, nameBeforeUnlistedOutlet, NAME_FULL_STOP, namePartedFromJobTitle, placedName } from './name-posts.js';
import { ARABIC_NAME, bracketedCaselessName, capitalisedWords, isNameLine, isNameUnderLabel, JOB_TITLE, withoutContact } from './names.js';
import { signedByline } from './signed-bylines.js';

/**
 * The name a date line opens with before a spaced dash, with no "By" ("Олена Ковальчук — 4 грудня 2026, 09:45", as
 * Ukrainska Pravda signs), or a Han name run into it (HAN_NAME_RUN_INTO_DATE), else null: read whole, the line is a date line with no author.
 * index.ts reads it in the header only: in the text, "Spring Concert — April 5, 2026" lists an event.
 */
export const nameBeforeDate = (line: Line, dateOrder: DateOrder, underTitle = false): string | null => nameAndDate(line, dateOrder, underTitle)?.[0].text ?? null;

/**
 * A Japanese or Chinese name run straight into its date, no space nor dash between: the Asahi's "佐藤美咲2026年12月4日 17時30分".
 * Read whole, the line is neither a name nor a date line, with no author and no date. The name is a Han
 * name (isNameLine: not a newsroom's, an outlet's or a section's).
 */
const HAN_NAME_RUN_INTO_DATE = /^(\p{Script=Han}{3,5})(\p{Nd}.*)$/u;
/**
 * The name line and the date line a header line is made of (nameBeforeDate), else null; a name and date words with no dash
 * (nameAndDateWords) only `underTitle`, the line under the page's title: over it, a page's top sets an edition's number so
 * ("Web Issue 2917 January 16 2008"), and a site's list of stories a picture's credit ("Harlan Co November 21, 2019 11:47").
 */
function nameAndDate(line: Line, dateOrder: DateOrder, underTitle: boolean): [Line, Line] | null {
  if (line.wordCount > DATE_THEN_AUTHOR_MAX_WORDS || line.digitShare === 0) return null;
  const parts = AUTHOR_DASH_DATE.exec(line.text) ?? HAN_NAME_RUN_INTO_DATE.exec(line.text);
  if (!parts) return underTitle ? nameAndDateWords(line, dateOrder) : null;
  const [name, dated] = [parts[1]!, parts[2]!].map((part) => describeLine(line.number, part, NO_STOPWORDS)) as [Line, Line];
  if (isNameLine(name) && isDateLine(dated, dateOrder)) return [name, dated];
  // A dash inside the date part after a bar (Anadolu's "Jane Doe |03.12.2026 - Update : 03.12.2026"): the bar parts the name.
  return underTitle ? nameAndDateWords(line, dateOrder) : null;
}

/** A word opening with a figure, as a date's day or year does. */
const FIGURE_WORD = /^\p{Nd}/u;
/**
 * The texts a header line of words parted by spaces may be a name and a date in: before the first figure or month's name
 * before a figure ("STAN ROWBERRY 31/12/2007", "Jane Doe November 19, 2019"), and after the last word with a figure
 * ("November 20, 2019 Emiliano Ferrante").
 */
function spacedParts(text: string): [string, string][] {
  const words = text.split(/\s+/u);
  const first = words.findIndex((word, k) => FIGURE_WORD.test(word) || (isMonthName(word.replace(/\.$/u, '')) && FIGURE_WORD.test(words[k + 1] ?? '')));
  const last = words.findLastIndex((word) => /\p{Nd}/u.test(word));
  const parts: [string, string][] = [];
  // A comma may part the name from the date ("Jane Doe, November 19, 2019"): no part of the name. A date's words before it are
  // the date's, no name ("Actualizado Viernes, 4 diciembre 2026": the label and the weekday).
  const before = words.slice(0, first);
  const named = before.at(-1)?.endsWith(',') && before.some((word) => onlyDateWords(word.replace(/,$/u, ''), LABEL_WORDS)) ? null : before.join(' ').replace(/,$/u, '');
  if (first > 0 && named !== null) parts.push([named, words.slice(first).join(' ')]);
  if (last >= 0 && last < words.length - 1) parts.push([words.slice(last + 1).join(' '), words.slice(0, last + 1).join(' ')]);
  return parts;
}
/**
 * A header line of the author's name (the name alone, in capitals too, or with its job title: headerNameOf) and date words
 * alone, with no "By": parted as a metadata line's parts are (METADATA_PARTS: a bar, a bullet, a slash: "Malcolm Pryde |
 * January 10, 2008", The Australian's; with the job title a part between: "Jane Doe | Reporter | March 3, 2026") or a table's cells
 * (CELLS: "MARK SEWELL, Deputy Business Editor<tab>January 01 2008"), or by a space or a comma, the name first or last ("STAN
 * ROWBERRY 31/12/2007", "Jane Doe, March 3, 2026", "November 20, 2019 Emiliano Ferrante"). Read whole, each is a date
 * line with no author. The date part is date words and a date's labels alone, with a year of four figures (a
 * headline dated so, "Opening Bell 11.18.19", is none); the name part no outlet's masthead, no agency's name, no place
 * (isNameLine). Else null.
 */
function nameAndDateWords(line: Line, dateOrder: DateOrder): [Line, Line] | null {
  const barred = line.text.split(METADATA_PARTS);
  const parted = barred.length === 1 ? line.text.split(CELLS) : barred;
  // The name's job title may be a part of its own between the name and the date ("Jane Doe | Senior Reporter | March 3, 2026").
  const titled = parted.length === 3 && JOB_TITLE.test(parted[1]!.trim());
  const pairs: [string, string][] = parted.length === 2 ? [[parted[0]!, parted[1]!], [parted[1]!, parted[0]!]] : titled ? [[parted[0]!, parted[2]!]] : parted.length === 1 ? spacedParts(line.text) : [];
  return nameAndDateOfParts(line, pairs, dateOrder) ?? (parted.length === 1 ? nameAndDateBeforeCategories(line, dateOrder) : null);
}

/** The first of the name and date texts a header line was parted into that are a name (headerNameOf) and date words alone. */
function nameAndDateOfParts(line: Line, pairs: readonly [string, string][], dateOrder: DateOrder): [Line, Line] | null {
  for (const [nameText, dateText] of pairs) {
    const [name, dated] = [nameText, dateText].map((part) => describeLine(line.number, part.trim(), NO_STOPWORDS)) as [Line, Line];
    const author = headerNameOf(name);
    if (author !== null && writesFullYear(dated.text) && onlyDateWords(dated.text, LABEL_WORDS) && isDateLine(dated, dateOrder)) return [describeLine(line.number, author, NO_STOPWORDS), dated];
  }
  return null;
}

/**
 * What a blog's entry meta line sets after its author and date (WordPress themes): the comment count ("2 comentários", "4
 * Comments", "Comente!") and the post's categories, two or more parted by commas, each one to four words in Title Case but
 * for a joining word ("Alfabetização, Brinquedos e Brincadeiras, Música", "All, Books, Kit Reviews, News").
 */
const CATEGORY = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?: (?:\\p{Lu}[\\p{L}\\p{M}'’-]*|e|y|et|and|und|&)){0,3}";
const ENTRY_META_TAIL = new RegExp(`^(?:(?:\\p{Nd}+|No|Sem|Sin) \\p{L}+ |\\p{L}+! )?${CATEGORY}(?:, ${CATEGORY})+$`, 'u');
/**
 * The name and the date of a blog's entry meta line under the title: "Ana Souza 27/09/2018 Comente! Escola,
 * Jogos e Brincadeiras, Música", "21/06/2014 John Roe All, Books, Kit Reviews". Read whole, each is page text, with
 * no author and no date. The name and date are the shortest words before the tail that are both (a first
 * category of one word after the name, as the tail's words alone cannot tell where a name ends).
 */
function nameAndDateBeforeCategories(line: Line, dateOrder: DateOrder): [Line, Line] | null {
  if (!line.text.includes(', ')) return null;
  const words = line.text.split(' ');
  for (let end = 2; end < words.length - 1; end++) {
    if (words[end - 1]!.endsWith(',') || !ENTRY_META_TAIL.test(words.slice(end).join(' '))) continue;
    const parts = nameAndDateOfParts(line, spacedParts(words.slice(0, end).join(' ')), dateOrder);
    if (parts !== null) return parts;
  }
  return null;
}

/**
 * The author's name a header's name part gives (nameAndDateWords): a name line, a name in capitals, or either with its job
 * title after a comma or a spaced dash (namePartedFromJobTitle: "MARK SEWELL, Deputy Business Editor") or its outlet after a comma
 * (nameBeforeCommaOutlet); not an outlet's name. Else null.
 */
function headerNameOf(part: Line): string | null {
  // No person's name opens with "The" ("The Schmooze, November 19, 2007": a blog's name and its date in a sidebar).
  if (isOutlet(part.text) || isOutlet(capitalisedWords(part.text)) || isNewsAgencyName(part.text) || bylineName(part.text) !== undefined || /^the\s/iu.test(part.text)) return null;
  if (isNameUnderLabel(part) && !ARABIC_NAME.test(part.text)) return part.text;
  const titled = namePartedFromJobTitle(part) ?? namePartedFromJobTitle(describeLine(part.number, capitalisedWords(part.text), NO_STOPWORDS));
  return titled === null ? nameBeforeCommaOutlet(part) : part.text.slice(0, titled.length);
}

/**
 * The name of a header's name part that is a name, maybe with the place written from after "in" or "at", then a comma and the
 * outlet (isOutlet: "Jane Doe in Brussels, harbourpost.com", as vnunet.com signed under its headline with the date after it): the
 * author, not page text; else null.
 */
function nameBeforeCommaOutlet(part: Line): string | null {
  const comma = part.text.lastIndexOf(', ');
  if (comma < 0 || !isOutlet(part.text.slice(comma + 2))) return null;
  const name = describeLine(part.number, part.text.slice(0, comma), NO_STOPWORDS);
  return isNameLine(name) ? name.text : placedName(name);
}

/**
 * The name of such a line lifted as the byline, and its date part as a date line (liftLine: a date
 * the header gave already stays). Read whole, a line of over eight words ("Jane Doe - Thursday, March
 * 3, 2026 at 9:45 a.m. EST") is no date line, and the article would have its author but no date.
 */
export function liftNameBeforeDate(line: Line, lifted: LiftedMetadata, dateOrder: DateOrder, underTitle: boolean): void {
  const [name, dated] = nameAndDate(line, dateOrder, underTitle) ?? [];
  if (!name || !dated) return;
  lifted.metadata.byline = name.text;
  liftLine(dated, lifted, dateOrder);
}

/**
 * The author's name a header line gives alone (headerName's line): the name after its place (placedName), before its newsroom
 * or job title in brackets (nameBeforeBracketedPost) or its paper's initials (nameBeforeInitials), or before its job title or an outlet no list knows (namePartedFromJobTitle, nameBeforeUnlistedOutlet; not one naming an outlet, "Tom
 * Ellis, Ap Auto Writer", "John Roe, The Province", whose outlet signedByline reads as the source), else the line
 * without a contact or a full stop after it.
 */
export const headerNameText = (line: Line): string =>
  bracketedCaselessName(line) ??
  placedName(line) ??
  nameAfterColumnLabel(line) ??
  nameAfterLabelBar(line) ??
  nameBeforeBracketedPost(line) ??
  nameBeforeInitials(line)?.name ??
  (signedByline(line.text).outlet === null ? (namePartedFromJobTitle(line) ?? nameBeforeUnlistedOutlet(line) ?? nameBeforePlaceWrittenFrom(line)) : null) ??
  withoutContact(line.text).replace(NAME_FULL_STOP, '');
