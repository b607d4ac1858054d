// How the edge rules read a line: a sentence in any language or script (a Thai paragraph writes no
// full stop). Apart because the rules on links and on the article's end both ask it, and each of those
// modules would otherwise import the other for it.
import { isProse } from '../features/shape.js';
import { MAX_HEADLINE_WORDS } from '../headlines.js';
import type { Line } from '../lines.js';

const MIN_SENTENCE_WORDS = 4;
/**
 * A paragraph of Thai, which writes no full stop: a line of it longer than a headline. Under a link
 * set into the text ("อ่านข่าวที่เกี่ยวข้อง" over one headline) no line read as the article going on,
 * and the link stayed in the body (session 36).
 */
export const isThaiParagraph = (line: Line): boolean => line.wordCount > MAX_HEADLINE_WORDS && isThai(line);
const THAI = /\p{Script=Thai}/u;
/** A line in Thai script. */
export const isThai = (line: Line): boolean => THAI.test(line.text);
/** A line of prose, a short sentence of any case ("Die Sperrungen sollen bis Dienstag gelten.": German nouns are capitalised), or a Thai paragraph. */
export const isSentenceLine = (line: Line): boolean => isProse(line) || (line.wordCount >= MIN_SENTENCE_WORDS && line.endsWithSentencePunctuation) || isThaiParagraph(line);
