// Byline casing: a byline printed in capitals ("By KATIE O'BRIEN") written with its names capitalised and spelled as
// the page spells them elsewhere (bylineCasedByPage, for kept-article.ts).
import type { Line } from '../lines.js';
import { capitalised, CAPITALS_NAME_LINE } from './names.js';

/**
 * A byline's names in capitals ("CLAIRE MORRISON", as AP's story page signs) cased as the page writes each name's
 * surname in another line ("Morrison covers the environment …", the reporter's bio under the story), its other words
 * capitalised ("Claire"), not "CLAIRE MORRISON". The page's spelling tells the surname's own case
 * ("McDonald", "O'Brien") and that the words are a person's; a byline's other names are capitalised with it, so that it
 * reads in one case. A byline none of whose surnames the page writes so is kept as written: title-cased
 * blindly, McDONALD, DeSANTIS or an outlet's initials come out wrong.
 */
export function bylineCasedByPage(byline: string, lines: readonly Line[]): string {
  const parts = byline.split(NAME_JOIN);
  const names = parts.filter((_, k) => k % 2 === 0);
  if (!names.every((name) => CAPITALS_NAME_LINE.test(name))) return byline;
  // One byline in one case: the names the page writes in capitals only are capitalised with those it spells.
  const surnames = names.map((name) => spellingOnPage(name.split(' ').at(-1)!, lines));
  if (surnames.every((surname) => surname === null)) return byline;
  return parts.map((part, k) => (k % 2 === 0 ? casedName(part, surnames[k / 2]!) : part.toLowerCase())).join('');
}
/**
 * What joins a byline's names, kept when it is split (bylineCasedByPage), in lower case once the names are cased: "and", "&" and
 * the "and" of the languages the bylines' labels read, in either case ("JANE DOE AND JOHN ROE", "ANA RUIZ Y JUAN GIL", "LÉA PIC ET
 * JEAN ROY", "LENA HART UND TOM ROTH"). A name in capitals has two words or more: a middle initial "Y" or "E" parts none.
 */
const NAME_JOIN = /(\s+(?:and|AND|&|y|Y|e|E|et|ET|und|UND|en|EN|dan|DAN|i|I)\s+|,\s+)/u;
/** A name in capitals with its words capitalised and its surname as the page spells it, when it does. */
const casedName = (name: string, surname: string | null): string => {
  const words = name.split(' ');
  return [...words.slice(0, -1).map(capitalised), surname ?? capitalised(words.at(-1)!)].join(' ');
};
/** The word as a line of the page writes it with a small letter ("Morrison" for "MORRISON"), else null. */
function spellingOnPage(word: string, lines: readonly Line[]): string | null {
  const written = new RegExp(`(?<![\\p{L}\\p{M}])${escaped(word)}(?![\\p{L}\\p{M}])`, 'giu');
  for (const line of lines) {
    for (const [spelling] of line.text.matchAll(written)) if (/\p{Ll}/u.test(spelling)) return spelling;
  }
  return null;
}
export const escaped = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
