// How the edge rules read a line and where it stands: a sentence in any language or script (a Thai
// paragraph writes no full stop), and a line set right under the one above it. Apart because the
// rules on links, on the article's end and on lists all ask them, and each of those modules would
// otherwise import another for them.
import { isProse } from '../features/shape.js';
import { MAX_HEADLINE_WORDS } from '../headlines.js';
import type { Line } from '../lines.js';

const MIN_SENTENCE_WORDS = 4;
/**
 * A paragraph of Thai, which writes no full stop: a line of it longer than a headline. Under a link
 * set into the text ("อ่านข่าวที่เกี่ยวข้อง" over one headline) no line read as the article going on,
 * and the link stayed in the body (session 36).
 */
export const isThaiParagraph = (line: Line): boolean => line.wordCount > MAX_HEADLINE_WORDS && /\p{Script=Thai}/u.test(line.text);
/** A line of prose, a short sentence of any case ("Die Sperrungen sollen bis Dienstag gelten.": German nouns are capitalised), or a Thai paragraph. */
export const isSentenceLine = (line: Line): boolean => isProse(line) || (line.wordCount >= MIN_SENTENCE_WORDS && line.endsWithSentencePunctuation) || isThaiParagraph(line);

/** Whether lines[i] stands right under the line before it: no blank line, nor a removed line, between them. */
export const rightUnder = (lines: readonly Line[], i: number): boolean => lines[i]!.number === lines[i - 1]!.number + 1;
