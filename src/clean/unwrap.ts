// Hard-wrapped text: plain-text archives, e-mail and wire copy break every line at a fixed width
// (~72 characters), so a paragraph is several lines. The cleaner reads one line as one paragraph,
// which on such a page dropped the lines of a paragraph as "no sentence punctuation", ended a
// sentence at every line end and kept n-grams from running over it. A page found to be
// hard-wrapped has each paragraph's lines joined onto its first line; the lines joined away are
// left empty, so every line keeps its number (removed_lines.csv counts lines of the raw text).
import { englishLexicon } from '../text/pos-lexicon.js';
import { CJK_FULL_STOPS, FULL_STOPS } from '../text/sentence-marks.js';
import { lineBreakJoiner } from '../text/sentences.js';
import { hasWideCharacter, textColumns } from '../text/word-chars.js';
import { isBulletedItem } from './line-shape.js';

/** Lines shorter than this say nothing about the wrap width (titles, bylines, a paragraph's end). */
const MIN_MEASURED = 20;
/** Wrap widths seen in practice: 60-80 columns; web text has paragraphs on lines far longer. */
const WIDTH_RANGE = [25, 100] as const;
/**
 * A page is hard-wrapped when it has this many wraps inside a sentence (no full stop before, a
 * lowercase word after: a list of headlines of one length has neither)...
 */
const MIN_MID_SENTENCE_WRAPS = 2;
/** ...and most of its measured lines are full lines (the share of them that are wraps). */
const MIN_WRAP_SHARE = 0.5;

/**
 * The full stops the tokenizer knows (sentence-marks.ts), a colon, a semicolon and the full-width full stop: with a list of
 * its own, it would miss the Ethiopic full stop ("።"), and an Amharic paper's paragraphs of one length be read as a
 * hard-wrapped page's lines and run together.
 */
const SENTENCE_END = new RegExp(`[${FULL_STOPS}${CJK_FULL_STOPS}:;．]["'”’»)\\]」』）】]*$`, 'u');
const LOWERCASE_START = /^\p{Ll}/u;
/** A letter of a script without case (Hangul, Arabic, Hebrew, Devanagari, Chinese, Japanese …): any line of a paragraph may open with one. */
const CASELESS_START = /^\p{Lo}/u;
/**
 * Besides a bulleted list's item, a numbered item ("1. ", "2) ", "(a) "), a quoted line ("> ") and
 * a line led by a dash or star ("— Jane Doe", "-- ", "*Correction") start a line of their own in
 * plain text, whatever the width. Wider than the cleaner's list item (line-shape.ts isBulletedItem) on
 * purpose: a false start here only leaves one break unjoined, where there it would lose a title
 * ("1. FC Köln beat Bayern") or keep a run of signatures as a list.
 */
const PLAIN_TEXT_LINE_START = /^(?:[-–—*>]|\d{1,3}[.)]\s|\(\w\)\s)/u;
const startsLineOfItsOwn = (line: string): boolean => isBulletedItem(line) || PLAIN_TEXT_LINE_START.test(line);

/**
 * How a page's lines are measured: in characters (Python's textwrap, a Japanese e-mail's 35 full-width characters) or in
 * columns (textColumns: a Chinese, Japanese or Korean character takes two, as a terminal, an editor or a monospaced PDF
 * column counts them). `lengths`: each line's; `character`: what one wide character counts for.
 */
interface Measure {
  of: (text: string) => number;
  lengths: readonly number[];
  character: number;
}

const measureOf = (lines: readonly string[], of: Measure['of'], character: number): Measure => ({ of, lengths: lines.map(of), character });

const firstWordLength = (line: string, { of }: Measure): number => {
  const space = line.indexOf(' ');
  return of(space < 0 ? line : line.slice(0, space));
};

/**
 * A line this far over the column's width, or over its lines' median length, is no line of it: a PDF
 * page's running head (`THE HARBOUR GAZETTE   Friday, December 4, 2026   Page A3`) or a URL. Two
 * heads on a short page of a newspaper's narrow column are more than its longest tenth, and would set
 * the width at theirs; and a head over the column's first line would be joined to it.
 */
const OUTLIER_SHARE = 1.5;
/** At most this share of a page's measured lines are left out of the width as such lines. */
const MAX_OUTLIER_SHARE_OF_LINES = 0.25;

/**
 * The wrap width of a page of trimmed lines: the length of its longest measured line after the
 * longest tenth (a URL or a table row on a line of its own) and the lines far over the median, or null when the lines are not the
 * lines of a hard-wrapped page. A line alone between blank lines is not measured: it is a paragraph
 * of one line, or a line of its own such as the running head over each page of a PDF's narrow
 * column (`THE WEEKLY | Wednesday 4 December 2024 | Page 3`), which would set the width above the
 * column's and leave the page unjoined.
 */
function wrapWidth(lines: readonly string[], { lengths: all }: Measure): number | null {
  const measured = all.filter((length, i) => length >= MIN_MEASURED && (lines[i - 1] || lines[i + 1]));
  if (measured.length < MIN_MID_SENTENCE_WRAPS + 1) return null;
  measured.sort((a, b) => a - b);
  const median = measured[Math.floor(measured.length / 2)]!;
  const inColumn = measured.filter((length) => length <= OUTLIER_SHARE * median);
  // Heads are a few lines of a page; where a quarter of them are that long, they are its paragraphs (a printout of a web page).
  const lengths = inColumn.length >= measured.length * (1 - MAX_OUTLIER_SHARE_OF_LINES) ? inColumn : measured;
  const width = lengths[Math.ceil(lengths.length * 0.9) - 1]!;
  return width >= WIDTH_RANGE[0] && width <= WIDTH_RANGE[1] ? width : null;
}

/**
 * Chinese and Japanese are wrapped at a number of characters, each of which may open the next line, so a paragraph's lines
 * are the width but for kinsoku: a full stop or comma hangs past it, or the character before one moves down with it.
 */
const CJK_WIDTH_SLACK = 2;

/** A byline alone on its line (`By Alice Merton`): a headline of the column's width over it is no wrapped line. */
const BYLINE = /^By (?:\p{Lu}[\p{L}'’.-]*(?: |$)){1,4}$/u;
/** A full line is at least this share of the width: a sentence broken mid-way on one is a wrap whatever its next word's length. */
const FULL_LINE_SHARE = 0.75;

/**
 * Once a page is found hard-wrapped, a line of any length (of MIN_MEASURED or more) that breaks a
 * sentence before a lowercase word is wrapped: a newspaper's headline, set larger than the column's
 * text, wraps at fewer characters (`Council approves ferry` `terminal rebuild after` `decade of
 * delays`), and its last line alone would be read as the title.
 */
const HARD_WRAPPED_LINE_SHARE = 0;

/**
 * Whether the break after line i is a wrap: the next line's first word did not fit on it, or the
 * line, a full one (`fullLineShare` of the width), breaks a sentence before a lowercase word (a PDF's
 * justified column in a proportional font: its lines' lengths in characters vary by a word's length or more).
 */
function isWrap(lines: readonly string[], measure: Measure, i: number, width: number, fullLineShare = FULL_LINE_SHARE): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  const length = measure.lengths[i]!;
  if (!line || !next || length < MIN_MEASURED || length > OUTLIER_SHARE * width || startsLineOfItsOwn(next) || BYLINE.test(next)) return false;
  // Between Chinese or Japanese characters no space parts words: the line is wrapped when it is full, whatever it ends
  // with, and not when only no full stop ends it, as a headline over its paragraph.
  if (isCjkBreak(line, next)) return length >= width - CJK_WIDTH_SLACK * measure.character;
  if (length + 1 + firstWordLength(next, measure) > width) return true;
  // Before a caseless letter a paragraph's first line opens as its other lines do: only the width tells a headline over it from a wrap.
  if (CASELESS_START.test(next)) return false;
  return length >= fullLineShare * width && isMidSentence(line, next);
}

/**
 * A word no sentence ends with: a conjunction, an article or a preposition that joins what comes
 * next ("Councilors Tom Reyes and" over "Ana Sousa voted against the plan"). The line after it goes
 * on with the sentence in whatever case: a PDF column's break before a name would part a paragraph.
 */
const JOINING_WORD_AT_END = /(?:^|\s)(?:and|or|nor|but|the|a|an|of|to|with|from|und|oder|et|ou|y)$/u;

/** Whether the break between two lines is one between Chinese or Japanese characters, which it joins with nothing (lineBreakJoiner). */
const isCjkBreak = (line: string, next: string): boolean => lineBreakJoiner(line, next) === '';

/**
 * Whether a line breaks a sentence: no full stop at its end (`。`, `।`, `؟` too), and a lowercase word or a letter of a
 * script without case (Korean, Arabic, Chinese, Japanese …) next, or any word after a joining word.
 */
const isMidSentence = (line: string, next: string): boolean =>
  !SENTENCE_END.test(line) && (LOWERCASE_START.test(next) || CASELESS_START.test(next) || JOINING_WORD_AT_END.test(line));

/**
 * The trimmed lines with a hard-wrapped page's paragraphs joined onto their first lines (the
 * other lines of each paragraph left empty); any other page's lines as they were. A line is
 * continued when the next one's first word would not have fitted on it: a paragraph's last line,
 * a title or a list item leaves room, so it ends where it ends. A page with Chinese, Japanese or Korean
 * characters not found hard-wrapped in characters is measured again in columns: a Chinese newspaper's column
 * of 13-19 characters (26-38 columns) is too short to measure in characters (MIN_MEASURED, WIDTH_RANGE).
 */
export function unwrapHardWrapped(lines: readonly string[]): readonly string[] {
  const characters = measureOf(lines, (text) => text.length, 1);
  const joined = unwrapMeasured(lines, characters);
  return joined === lines && lines.some(hasWideCharacter) ? unwrapMeasured(lines, measureOf(lines, textColumns, 2)) : joined;
}

function unwrapMeasured(lines: readonly string[], measure: Measure): readonly string[] {
  const width = wrapWidth(lines, measure);
  if (width === null) return lines;
  let wraps = 0;
  let midSentence = 0;
  let measured = 0;
  for (let i = 0; i < lines.length; i++) {
    if (measure.lengths[i]! < MIN_MEASURED) continue;
    measured++;
    if (!isWrap(lines, measure, i, width)) continue;
    wraps++;
    if (isMidSentence(lines[i]!, lines[i + 1]!)) midSentence++;
  }
  if (midSentence < MIN_MID_SENTENCE_WRAPS || wraps < measured * MIN_WRAP_SHARE) return lines;
  const joined = [...lines];
  const pageWords = wordCounts(lines);
  let head = -1;
  for (let i = 0; i < lines.length; i++) {
    if (head >= 0) {
      joined[head] = joinWrapped(joined[head]!, lines[i]!, pageWords);
      joined[i] = '';
    } else head = i;
    if (!isWrap(lines, measure, i, width, HARD_WRAPPED_LINE_SHARE)) head = -1;
  }
  return joined;
}

/** A word broken at a line's end by a hyphen: its letters before the hyphen, and the next line's first letters (lowercase). */
const BROKEN_START = /(\p{L}+)-$/u;
const BROKEN_END = /^\p{Ll}\p{L}*/u;

/**
 * English endings that are no word of their own, so never a compound's second half: a word goes on
 * with one of them alone after a hyphen only where it was split to fit a line ("build-" "ing",
 * "dur-" "ing", "govern-" "ment"), which a newspaper's narrow column does every few lines.
 */
const SUFFIX_ALONE = /^(?:ing|ings|ed|ers?|est|ly|tions?|sions?|ments?|ness|ity|ities|ance|ence|ous|ive)$/u;

/**
 * Whether English's lexicon (natural's, which the tagger reads anyway) knows the word the two halves
 * make and not both halves as words: "cor-" "rosion" is "corrosion", where "well-" "known" and "re-"
 * "elect" are compounds of two words. A word the lexicon does not know (another language's) is no evidence.
 */
function isKnownSplitWord(start: string, end: string): boolean {
  const lexicon = englishLexicon();
  const known = (word: string): boolean => lexicon.get(word.toLowerCase()) !== undefined;
  return known(`${start}${end}`) && !(known(start) && known(end));
}

/**
 * A line and the wrapped line after it, as one: with a space, or nothing between Chinese or Japanese characters
 * (lineBreakJoiner, as the tokenizer joins a paragraph's lines). A hyphen at the end of a line is kept and the word
 * goes on without a space ("well-" "known": "well-known"), unless the word goes on in lower case
 * and the page has the word without the hyphen elsewhere ("eco-" "nomy" on a page that says
 * "economy": "economy"), it goes on with an ending alone (SUFFIX_ALONE), or English's lexicon knows
 * the word and not both halves (isKnownSplitWord: a PDF newspaper column's "found cor-" "rosion in
 * the steel piles" gives "corrosion"): only the page, the ending or the lexicon tells a
 * hyphenated compound from a word split to fit the width, so without that evidence the hyphen stays.
 */
function joinWrapped(line: string, next: string, pageWords: () => ReadonlyMap<string, number>): string {
  if (!line.endsWith('-')) return `${line}${lineBreakJoiner(line, next)}${next}`;
  return isSplitWord(line, next, pageWords) ? `${line.slice(0, -1)}${next}` : `${line}${next}`;
}

/** Whether `line` ends with a word split by a hyphen that `next` goes on with, by joinWrapped's evidence. */
function isSplitWord(line: string, next: string, pageWords: () => ReadonlyMap<string, number>): boolean {
  const start = BROKEN_START.exec(line)?.[1];
  const end = BROKEN_END.exec(next)?.[0];
  return start !== undefined && end !== undefined && (SUFFIX_ALONE.test(end) || pageWords().has(`${start}${end}`.toLowerCase()) || isKnownSplitWord(start, end));
}

/**
 * The trimmed lines with a word split at a column's foot joined again, on a page not hard-wrapped: an e-paper's text keeps
 * its paragraphs whole but for one broken where the printed column ended ("… met from reserves rather than by ratepay-"
 * "ers."), whose end would stay a line of its own and whose start keep its hyphen. Only with joinWrapped's
 * evidence that it is one word split (isSplitWord): "a long-" "term plan" on a page without "longterm" stays apart. The
 * line joined away is left empty, so every line keeps its number.
 */
export const joinSplitWords = (lines: readonly string[]): readonly string[] =>
  joinOntoNext(lines, (line, next, pageWords) => (line.endsWith('-') && isSplitWord(line, next, pageWords) ? `${line.slice(0, -1)}${next}` : null));

/** A paragraph's first letter set apart as a drop cap: one capital alone on its line. */
const DROP_CAP = /^\p{Lu}$/u;
const FIRST_WORD = /^\p{L}*/u;

/**
 * The trimmed lines with each drop cap joined onto the paragraph it opens, which is the next line
 * and goes on in lower case ("H" "ong Kong is burning."): the letter alone would go as too
 * short, leaving the word "ong" in the body and "ong Kong" as a keyphrase. The letter goes on with
 * no space, unless it is a word of its own ("A" "man was..."), which the page tells: it does not
 * have the joined word ("aman") and has the next word ("man") elsewhere. The line joined away is
 * left empty, so every line keeps its number.
 */
export const joinDropCaps = (lines: readonly string[]): readonly string[] =>
  joinOntoNext(lines, (letter, next, pageWords) => {
    if (!DROP_CAP.test(letter) || !LOWERCASE_START.test(next)) return null;
    const word = FIRST_WORD.exec(next)![0];
    const words = pageWords();
    const apart = !words.has(`${letter}${word}`.toLowerCase()) && (words.get(word.toLowerCase()) ?? 0) > 1;
    return apart ? `${letter} ${next}` : `${letter}${next}`;
  });

/**
 * The lines with each one `join` joins to the next (the two as one, or null) replaced by the two and the next left empty,
 * so that every line keeps its number; `lines` itself when none is joined. A line joined away is read as empty.
 */
function joinOntoNext(lines: readonly string[], join: (line: string, next: string, pageWords: () => ReadonlyMap<string, number>) => string | null): readonly string[] {
  let joined: string[] | null = null;
  const pageWords = wordCounts(lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const both = join(joined?.[i] ?? lines[i]!, lines[i + 1]!, pageWords);
    if (both === null) continue;
    joined ??= [...lines];
    joined[i] = both;
    joined[i + 1] = '';
  }
  return joined ?? lines;
}

/** The page's words, lowercased, with their counts, read once when a drop cap or a hyphen at a line's end asks for them. */
function wordCounts(lines: readonly string[]): () => ReadonlyMap<string, number> {
  let counts: Map<string, number> | null = null;
  return () => {
    if (counts) return counts;
    counts = new Map();
    for (const word of lines.join('\n').toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
}
