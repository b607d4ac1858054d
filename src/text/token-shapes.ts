// Tokens that are no plain word: instrument codes ("VOD.L"), web and e-mail addresses, elisions ("l'").
// Every regular expression here is linear: no nested quantifiers over overlapping characters.
import { isSpace, nameEndingAt } from './word-end.js';
import { classAt, LETTER, MARK, NUMBER } from './word-chars.js';

/**
 * Exchange suffixes of Reuters instrument codes (RICs) for shares: those of the Reuters bench corpus
 * and the other large exchanges. Not the single letters that follow an initial in a name or an
 * abbreviation written without its last dot ("U.S", "D.C", "A.G", "N.Y", "E.ON").
 */
const EXCHANGES = (
  'N O OQ A P PK OB L T PA DE F AX UL VX TO V KS KQ HK AS MI BO NS MC ST SS SZ HE BR J SA TW TWO SI OS OL KW TA CO ' +
  'KL BK JK MX SW IS WA BU PR AT LS I IR NZ BA SE CA QA DU AD Z'
).split(' ');
// A RIC: a share with its exchange ("VOD.L", "RDSa.L": share class a, "7203.T"; a ticker of one
// letter only on the New York Stock Exchange, "C.N", as "E.T" and "P.O" are abbreviations, and not
// "U.N"), an index (".DJI", ".N225"; not ".NET", a name), a currency, metal or bond yield ("EUR=",
// "US10YT=RR") or a continuation future ("CLc1", "LCOc1"). Tickers in plain capitals ("IBM") are
// words: they are also names. Linear: bounded quantifiers only.
const INSTRUMENT_CODE = new RegExp(
  `^(?:[A-Z0-9]{2,7}[a-z]?\\.(?:${EXCHANGES.join('|')})|[A-TV-Z]\\.N|\\.(?!NET$)[A-Z][A-Z0-9]{1,15}|(?=[A-Z0-9]{0,9}[A-Z])[A-Z0-9]{3,10}=[A-Z0-9]{0,6}|(?=[A-Z0-9]{0,5}[A-Z])[A-Z0-9]{1,6}[cv][0-9]{1,2})$`,
);

/** Whether the token is a Reuters instrument code (INSTRUMENT_CODE): no word, though it has letters. */
export const isInstrumentCode = (surface: string): boolean => INSTRUMENT_CODE.test(surface);

const isCodeCharacter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/** The longest elided word (language.ts ELISIONS: "quoiqu", "lorsqu", "puisqu"). */
const LONGEST_ELISION = 6;

/**
 * Where the elided word that opens the word text[start, end) ends, after its apostrophe
 * ("L'|opposition", "dell’|Unione"), or -1 when the word opens with none of `elisions` or is
 * nothing but it.
 */
export function elisionEnd(text: string, start: number, end: number, elisions: ReadonlySet<string>): number {
  for (let i = start + 1; i < end - 1 && i - start <= LONGEST_ELISION; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x27 || code === 0x2019) return elisions.has(text.slice(start, i).toLowerCase()) ? i + 1 : -1;
  }
  return -1;
}

/**
 * Where the clitic that closes the word text[start, end) starts, at its apostrophe ("mae|'n",
 * "i|’r"), or -1 when the word closes with none of `clitics` (each an apostrophe and one letter,
 * written straight) or is nothing but it.
 */
export function cliticStart(text: string, start: number, end: number, clitics: ReadonlySet<string>): number {
  const apostrophe = end - 2;
  if (apostrophe <= start) return -1;
  const code = text.charCodeAt(apostrophe);
  if (code !== 0x27 && code !== 0x2019) return -1;
  return clitics.has(`'${text[end - 1]!.toLowerCase()}`) ? apostrophe : -1;
}

/**
 * Where the instrument code that the word text[start, end) of the sentence text[from, to) begins ends
 * ("VOD.L", "EUR=", "US10YT=RR"), or `end` when it begins none. Cheap tests first: this runs at every word.
 */
export function codeEnd(text: string, from: number, start: number, end: number, to: number): number {
  const after = text.charCodeAt(end);
  if (after !== 0x2e && after !== 0x3d) return end;
  let stop = end + 1;
  while (stop < to && isCodeCharacter(text.charCodeAt(stop))) stop++;
  if (stop === end + 1 && after === 0x2e) return end;
  // The code ends where a word would: "VOD.Later" is no code.
  if (stop < to && (classAt(text, stop) & (LETTER | MARK | NUMBER)) !== 0) return end;
  if (opensSentence(text, from, start, stop, to)) return end;
  return isInstrumentCode(text.slice(start, stop)) ? stop : end;
}

/**
 * Whether the code-shaped text[start, stop) is an acronym, a full stop that lost its space and the
 * word "I" or "A" opening the next sentence ("the EU.I think", "with NATO.A new plan"): the suffix is
 * "I" or "A" before a lowercase word or an apostrophe ("I'm"), and a lowercase word stands right
 * before the acronym. A ticker of those exchanges (Irish, American) follows its company's name or a
 * bracket ("Corp USM.A both said", "(CRH.I)"): in the first 20,000 bench articles 22 of the 24 such
 * codes before a lowercase word, where "trust SLV.A is" and "fund XLF.A down" are read as words.
 */
function opensSentence(text: string, sentenceStart: number, start: number, stop: number, to: number): boolean {
  const letter = text.charCodeAt(stop - 1);
  if (text.charCodeAt(stop - 2) !== 0x2e || (letter !== 0x49 && letter !== 0x41)) return false;
  const after = text.charCodeAt(stop);
  const sentenceGoesOn = after === 0x27 || after === 0x2019 || (stop + 1 < to && isSpace(after) && STARTS_LOWERCASE.test(text.slice(stop + 1, stop + 3)));
  return sentenceGoesOn && ENDS_WITH_LOWERCASE_WORD.test(text.slice(Math.max(sentenceStart, start - 40), start));
}
const STARTS_LOWERCASE = /^\p{Ll}/u;
/** Text ending with a word that starts in lowercase, then white space ("… trade with "). */
const ENDS_WITH_LOWERCASE_WORD = /(?:^|[^\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}'’-]*\s+$/u;

/** Whether the word text[start, end) is an index code after its dot, which opens the sentence or follows a space or bracket (" .DJI", "(.SPX"). */
export function isIndexCode(text: string, from: number, start: number, end: number): boolean {
  if (start - 1 < from || text.charCodeAt(start - 1) !== 0x2e) return false;
  const before = text.charCodeAt(start - 2);
  if (start - 1 > from && !isSpace(before) && before !== 0x28) return false;
  return isInstrumentCode(text.slice(start - 1, end));
}

const isSchemeWord = (text: string, start: number, end: number): boolean => {
  const word = text.slice(start, end).toLowerCase();
  return word === 'http' || word === 'https' || word === 'ftp';
};

/**
 * Where the web or e-mail address that the word text[start, end) belongs to ends (the next white
 * space), or -1: the word is a scheme before "://", a "www.", a site name before a path
 * ("example.com/", see word-end.ts NAME_ENDINGS) or the part of an address before "@" with a dotted domain
 * after it. Addresses are no words: "https", "www", "com" and the parts of a domain or a mailbox
 * would be counted, listed as terms and scored ("example.com/great-news").
 */
export function addressEnd(text: string, start: number, end: number, to: number): number {
  // Cheap tests first: this runs at every word, and most are followed by a space, "," or a full stop.
  const after = text.charCodeAt(end);
  if (after === 0x3a) {
    if (text.charCodeAt(end + 1) !== 0x2f || text.charCodeAt(end + 2) !== 0x2f || !isSchemeWord(text, start, end)) return -1;
  } else if (after === 0x2e) {
    if (end - start !== 3 || end + 1 >= to || isSpace(text.charCodeAt(end + 1)) || text.slice(start, end).toLowerCase() !== 'www') return -1;
  } else if (after === 0x2f) {
    // A site name with a path ("example.com/news"): the name took its ending (word-end.ts wordEnd).
    const dot = text.lastIndexOf('.', end - 1);
    const ending = end - dot - 1;
    if (dot <= start || ending === 0 || nameEndingAt(text, dot + 1) !== ending) return -1;
  } else if (after !== 0x40 || end + 1 >= to || (classAt(text, end + 1) & (LETTER | NUMBER)) === 0) return -1;
  let stop = end;
  while (stop < to && !isSpace(text.charCodeAt(stop))) stop++;
  // A mailbox needs a dotted domain ("a@b" is no address).
  if (after === 0x40) {
    const dot = text.indexOf('.', end + 2);
    if (dot < 0 || dot + 1 >= stop) return -1;
  }
  return stop;
}
