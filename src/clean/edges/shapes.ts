// How the edge rules read a line: a sentence in any language or script (a Thai paragraph writes no
// full stop). Apart because the rules on links and on the article's end both ask it, and each of those
// modules would otherwise import the other for it.
import { WIRE_CREDIT_ROLES } from '../../text/wire-credit.js';
import { isProse } from '../line-shape.js';
import { isHeadlineShaped, MAX_HEADLINE_WORDS } from '../title/headlines.js';
import type { Line } from '../lines.js';

const MIN_SENTENCE_WORDS = 4;
/**
 * A paragraph of Thai, which writes no full stop: a line of it longer than a headline, so that under a
 * link set into the text ("อ่านข่าวที่เกี่ยวข้อง" over one headline) a line reads as the article going on.
 */
export const isThaiParagraph = (line: Line): boolean => line.wordCount > MAX_HEADLINE_WORDS && isThai(line);
const THAI = /\p{Script=Thai}/u;
/** A line in Thai script. */
export const isThai = (line: Line): boolean => THAI.test(line.text);
/**
 * A desk's or agency's tag in capitals after a paragraph's last sentence: "Fares stay the same. (HW)", "… he said. (ANI)".
 * The line ends with a bracket, not a full stop, and a short last paragraph so tagged would read as a headline after the
 * article.
 */
const DESK_TAG_END = /[.!?]["'”’]?\s*\(\p{Lu}{2,5}\)$/u;
/**
 * A wire's credit in brackets run onto the last paragraph after its full stop: "… have sold well since the spring. (Reporting
 * by Jane Doe; editing by John Roe)", as Reuters' copy on other sites ends. The line ends with a bracket, and the story's last
 * paragraph would read as a headline after the article.
 */
const WIRE_CREDIT_END = new RegExp(String.raw`[.!?]["'”’]?\s*\((?:additional )?(?:${WIRE_CREDIT_ROLES.join('|')}) by [^()]+\)$`, 'iu');
/** A line ending a sentence: with its full stop, or with a desk's tag (DESK_TAG_END) or a wire's credit (WIRE_CREDIT_END) after it. */
export const endsSentence = (line: Line): boolean => line.endsWithSentencePunctuation || DESK_TAG_END.test(line.text) || WIRE_CREDIT_END.test(line.text);
/** A line of prose, a short sentence of any case ("Die Sperrungen sollen bis Dienstag gelten.": German nouns are capitalised), or a Thai paragraph. */
export const isSentenceLine = (line: Line): boolean => isProse(line) || (line.wordCount >= MIN_SENTENCE_WORDS && endsSentence(line)) || isThaiParagraph(line);

/** Lines a teaser's headline stands over at most in a box of teasers (its sentence, its date). */
const TEASER_LINES_PER_HEADLINE = 2;

/**
 * Whether the lines under a box's label, to the article block's end, are its teasers, whatever
 * their shape: two or more, either prose alone (a sentence or a paragraph of each story), or
 * headlines each over at most TEASER_LINES_PER_HEADLINE lines, one of them prose at most (a
 * teaser's sentence; the other its date or buttons). A label over one link set into the text
 * ("Leia também", a headline, then the article's paragraphs) has one headline over the rest, or
 * the article's subheadings after it, each over its paragraphs: two paragraphs under each would read
 * as teasers, and the article end at the label.
 */
export function isBoxOfTeasers(items: readonly Line[]): boolean {
  if (items.length < 2) return false;
  // A headline ending in a question mark is prose too, and may be the one link set into the text.
  const headlines = items.flatMap((line, k) => (isHeadlineShaped(line) ? [k] : []));
  if (headlines.length === 0) return items.every(isProse);
  if (headlines[0] !== 0 || headlines.length < 2) return false;
  return [...headlines, items.length].every((at, h, all) => {
    if (h === 0) return true;
    const under = items.slice(all[h - 1]! + 1, at);
    return under.length <= TEASER_LINES_PER_HEADLINE && under.filter(isProse).length <= 1;
  });
}
