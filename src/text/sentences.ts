// Sentence splitting (no end after a news abbreviation such as "Mr." or "Jan."), and whether a sentence asks.
// Every regular expression here is linear: no nested quantifiers over overlapping characters.
import { isMonthName } from './dates.js';
import { CJK_FULL_STOPS, FULL_STOPS } from './sentence-marks.js';
import { hasNonSpace, isSpace } from './word-end.js';
import { classAt, codePointBefore, HAN, KANA, LETTER, NUMBER, unspacedScriptOf } from './word-chars.js';

// Lowercase forms that end with a dot without ending a sentence ("wm", "chas", "thos": given names, "Wm. Wrigley Jr. Co.").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev hon st jr sr messrs mme mlle wm chas thos ' +
    'inc corp ltd co plc llc bros dept univ assn est approx ca cf vs etc al ' +
    'jan feb apr jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri ' +
    'ft mt ave blvd rd hwy'
  ).split(' '),
);
// Of those, the ones that can end a sentence: an address ("on Main St."), a company ("Acme Co."),
// a name ("John Smith Jr."), a list ("and so on, etc."). They end it when the next word is a
// function word (a stopword: "Main St. The house", "Acme Inc. It said"), as acronyms do, and not
// before a name ("St. Louis", "Acme Inc. Chairman"): a sentence rarely opens with a name right
// after one of these, while "St. The" is never a name. Titles (Mr., Dr., Gen.) and months never end one.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['st', 'ave', 'blvd', 'rd', 'hwy', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'jr', 'sr', 'etc']);
// Abbreviations that are words too ("He said no.", "They sat in the sun.", "The couple will wed."):
// these before a number ("No. 5", "fig. 3", "pp. 12", "Vol. 2")...
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'pp', 'op']);
// ...and these with a capital ("Sat. Jan. 5", "Mar. 3"), as day and month names are written.
const CAPITALISED_ABBREVIATIONS = new Set(['mar', 'wed', 'sat', 'sun']);

// Quotes and brackets that may close a sentence or open the next, in English and in the European
// languages' styles: German „…“ and »…«, French « … » (a space inside, only there: a Reuters ticker
// "Amazon.com. ( AMZN.O )" is no sentence end), Spanish ¿…? and ¡…!.
// With English quotes only, „Das ist gut.“ Die Opposition… or … baisse. « Nous… ran on as one sentence.
const CLOSING_QUOTES = `"'”’“‘»«›‹)\\]`;
const OPENING_QUOTES = `"'“‘„‚«»‹›(\\[¿¡`;
// A dash (hyphen, en or em dash, doubled or not) opens the next sentence as a quote can: a list
// run into one paragraph ("…Q3 GDP. - Dollar falls…", "…goals. -- Start by…") would be one sentence.
// Before a lowercase word it is an aside that goes on ("Northwest Airlines Corp. -- operating in").
const OPENING_DASH = '[\\-–—]{1,3}\\s*';
const NEXT_WORD = new RegExp(`^(?:${OPENING_DASH})?(?:[${OPENING_QUOTES}]|[«‹]\\s)?([\\p{L}]+)`, 'u');
// Chinese and Japanese end a sentence with a full-width mark (CJK_FULL_STOPS) and no space after
// it, then maybe a closing quote or bracket: "…发布。市长表示…" would be one sentence per paragraph.
const CJK_CLOSING_QUOTES = `」』）〕】”’"')`;
// The lookbehind starts a match only at the first mark of a run ("...."), so a long run is
// scanned once instead of once per mark (which made 1 MB of dots quadratic). After a space the
// next sentence opens with a capital, a digit, or a letter of a script without capitals (\p{Lo}:
// Arabic, Hebrew, Devanagari, Hangul...), where "قوي. وأضافوا" would run on as one sentence.
// matchAll reads a copy, so the shared expression's lastIndex never moves.
// Greek asks with ";" (U+037E, a semicolon after NFC): after a Greek letter it ends a sentence
// before a capital, as "?" does ("Τι θα γίνει; Η κυβέρνηση…" would be one sentence).
// A handle opens a sentence after a full stop whatever its case, as handles are often lowercase
// ("…rose. @reuters reported…" would be one sentence); inside a sentence nothing splits at one.
const SENTENCE_BOUNDARY = new RegExp(
  `(?<![${FULL_STOPS}])[${FULL_STOPS}]+(?:\\s?[»›])?[${CLOSING_QUOTES}]*\\s+(?=(?:${OPENING_DASH})?(?:[${OPENING_QUOTES}]|[«‹]\\s)?[\\p{Lu}\\p{Lo}\\p{N}]|[${OPENING_QUOTES}]?@[\\p{L}\\p{N}_])` +
    `|(?<![${CJK_FULL_STOPS}])[${CJK_FULL_STOPS}]+[${CJK_CLOSING_QUOTES}]*\\s*` +
    `|(?<=\\p{Script=Greek}\\p{M}*);(?:\\s?[»›])?[${CLOSING_QUOTES}]*\\s+(?=(?:[${OPENING_QUOTES}]|[«‹]\\s)?\\p{Lu})`,
  'gu',
);

/**
 * Splits one paragraph into sentences. A boundary is `.`, `!` or `?` (with any closing quotes or
 * brackets) followed by a space and a capital, digit, letter of a script without capitals (after
 * an opening quote or dash, if any) or a handle ("@reuters"), a Greek question mark (`;`) before a capital, or a Chinese or Japanese full stop (`。`, `！`, `？`) with or without a space, unless the word before the
 * dot is an abbreviation (one that can end a sentence, SENTENCE_FINAL_ABBREVIATIONS, does before a
 * stopword), a single initial, or an acronym followed by a word that is no stopword.
 */
export function splitSentences(paragraph: string, stopwords: ReadonlySet<string>): string[] {
  const spans = sentenceSpans(paragraph, stopwords);
  const sentences: string[] = [];
  for (let i = 0; i < spans.length; i += 2) sentences.push(paragraph.slice(spans[i], spans[i + 1]));
  return sentences;
}

/** splitSentences as places in the paragraph: sentence k is paragraph[spans[2k], spans[2k + 1]). */
export function sentenceSpans(paragraph: string, stopwords: ReadonlySet<string>): number[] {
  const spans: number[] = [];
  // Trimmed (isSpace is what trim removes) and kept when not empty.
  const add = (from: number, to: number): void => {
    while (from < to && isSpace(paragraph.charCodeAt(from))) from++;
    while (to > from && isSpace(paragraph.charCodeAt(to - 1))) to--;
    if (from < to) spans.push(from, to);
  };
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(paragraph, match.index, end, stopwords)) continue;
    if (closesAside(paragraph, start, match.index, match[0])) continue;
    add(start, end);
    start = end;
  }
  add(start, paragraph.length);
  return spans;
}

/**
 * Whether the boundary `boundary` at text[at] is a "!" or "?" that closes brackets opened inside the
 * sentence text[start...]: an aside's mark or a name's ("Reuters Life!", "Yahoo!"), not the
 * sentence's end. "TOKYO Nov 6 (Reuters Life!) - News Corp.'s…" would make its dateline a sentence
 * of its own, scored for its "!". Brackets that open the sentence hold a sentence ("(He was angry!)").
 */
function closesAside(text: string, start: number, at: number, boundary: string): boolean {
  if (boundary[0] !== '!' && boundary[0] !== '?') return false;
  const closing = /[)\]]/.exec(boundary)?.[0];
  if (!closing) return false;
  const opening = text.lastIndexOf(closing === ')' ? '(' : '[', at);
  if (opening < start || text.lastIndexOf(closing, at) > opening) return false;
  return hasNonSpace(text, start, opening);
}

/** How far before a dot endsSentence reads the word it closes, in code units. */
const WORD_BEFORE_DOT_REACH = 40;

/**
 * Where the run of letters, numbers and dots (`[\p{L}\p{N}.]`, by code point) that ends at text[dot] starts, reading
 * back at most WORD_BEFORE_DOT_REACH code units; `dot` when there is none. Read back by char code: a regex over the
 * slice (`[\p{L}\p{N}.]*$`) was tried at each of its 40 positions, at every full stop of every paragraph.
 */
export function runBeforeDot(text: string, dot: number): number {
  const from = Math.max(0, dot - WORD_BEFORE_DOT_REACH);
  let start = dot;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if (code === 0x2e) {
      start--;
      continue;
    }
    const pair = (code & 0xfc00) === 0xdc00 && start - 2 >= from && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    // A surrogate alone, or half of a pair that the dot or the reach cuts, is no letter.
    if ((code & 0xf800) === 0xd800 && !pair) break;
    const at = pair ? start - 2 : start - 1;
    if ((classAt(text, at) & (LETTER | NUMBER)) === 0) break;
    start = at;
  }
  return start;
}

function endsSentence(text: string, dot: number, next: number, stopwords: ReadonlySet<string>): boolean {
  const before = text.slice(runBeforeDot(text, dot), dot);
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return SENTENCE_FINAL_ABBREVIATIONS.has(word) && startsWithStopword(text, next, stopwords);
  if (NUMBER_ABBREVIATIONS.has(word)) return next >= text.length || (classAt(text, next) & NUMBER) === 0;
  if (CAPITALISED_ABBREVIATIONS.has(word)) return before === word;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "John F. Kennedy"
  // A list item's number opening the paragraph: "1. The hills are steeper than they look" (a
  // listicle's headings) would make "1." a sentence of its own, with a neutral score that dilutes the article's.
  if (dot === before.length && /^\d{1,3}$/u.test(before)) return false;
  // A time's "a.m." or "p.m." ends before a capital ("at 7:45 a.m. Middle schools"), unless it
  // opens the time's day or zone ("10 a.m. Tuesday", "9 a.m. ET", "9 a.m. Eastern").
  if ((word === 'a.m' || word === 'p.m') && /\d\s?$/u.test(text.slice(Math.max(0, dot - before.length - 2), dot - before.length))) {
    return !goesOnAfterTime(text, next);
  }
  // an acronym: "U.S. officials" goes on, "in the U.S. The company" ends
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return startsWithStopword(text, next, stopwords);
  return true;
}

const DAYS_AND_ZONES = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'today tomorrow tonight yesterday eastern central mountain pacific local').split(' '),
);

/**
 * Whether the word at text[next] is a day, a month or a time zone ("EST", "GMT", "UTC"), which a time
 * goes on with. A month only with its day or year after it ("4 p.m. June 3", "5 p.m. Dec. 4"): a name
 * may be a month's ("8 p.m. Dez Bryant caught …", "7 p.m. May Hollis will sing").
 */
function goesOnAfterTime(text: string, next: number): boolean {
  const after = text.slice(next, next + 40);
  const nextWord = NEXT_WORD.exec(after);
  const word = nextWord?.[1] ?? '';
  const isMonth = isMonthName(word) && /^\.?,?\s*\d/u.test(after.slice(nextWord![0].length));
  return DAYS_AND_ZONES.has(word.toLowerCase()) || isMonth || /^(?:\p{Lu}{1,3}T|UTC)$/u.test(word);
}

/** Whether the word at text[next] (after an opening quote or bracket) is a stopword. */
function startsWithStopword(text: string, next: number, stopwords: ReadonlySet<string>): boolean {
  const nextWord = NEXT_WORD.exec(text.slice(next, next + 40))?.[1]?.toLowerCase() ?? '';
  return stopwords.has(nextWord);
}

/**
 * Whether the code point is Chinese or Japanese writing: a Han ideograph (past U+FFFF too), kana, or the
 * punctuation of those scripts ("。", "、", "「」", the full-width "，", "！", "（）"), after which no space comes.
 */
function isCjk(point: number): boolean {
  const script = unspacedScriptOf(point);
  return script === HAN || script === KANA || (point >= 0x3001 && point <= 0x303f) || (point >= 0xff01 && point <= 0xff60);
}

/**
 * What a line break inside a paragraph stands for between the trimmed `line` and `next`: nothing between Chinese
 * or Japanese characters (isCjk), which write no space between words, so that the break is the page's wrapping;
 * a space had split a word in two ("经济增" and "长") and ended a clause for the n-grams (tokenize.ts
 * segmentedTokens). Else one space.
 */
export const lineBreakJoiner = (line: string, next: string): string => (isCjk(codePointBefore(line, line.length)) && isCjk(next.codePointAt(0) ?? -1) ? '' : ' ');

/**
 * One paragraph's lines joined (lineBreakJoiner: by single spaces, or by nothing between Chinese or Japanese
 * characters). Split-and-trim, not a regex replace of whitespace around newlines: that regex rescans a long
 * run of spaces from every position in it, quadratic on a 1 MB line.
 */
export function unwrapLines(paragraph: string): string {
  let joined = '';
  for (const untrimmed of paragraph.split('\n')) {
    const line = untrimmed.trim();
    if (!line) continue;
    joined = joined ? joined + lineBreakJoiner(joined, line) + line : line;
  }
  return joined;
}

/** Whether the sentence text[from, to) ends with a question mark (before closing quotes or brackets). */
export function asksQuestion(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && (isSpace(text.charCodeAt(end - 1)) || CLOSING_QUOTES.includes(text[end - 1]!))) end--;
  const last = text[end - 1];
  return last === '?' || last === '？';
}
