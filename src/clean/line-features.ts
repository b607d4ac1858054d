// The numbers the line model reads: one vector per line, from the line itself, its neighbours and
// how many articles of the run contain it. Each feature has a name and a reason shown to the user
// when it is what pushed the line out of the body.
import { isConsentNotice } from './chrome/consent.js';
import { lowerTextOf, type Line } from './lines.js';
import { isAdSlot } from './chrome/ads.js';
import { isCommentsClosedNotice, isCommentsHeading, opensCommentsSection, signedComments, type SignedComments } from './chrome/comments.js';
import { isProse, separatorCount } from './line-shape.js';
import { isDatedShortLine } from './chrome/stamps.js';

interface FeatureSpec {
  name: string;
  /** Why a line is removed when this feature weighs most against it (see explainRemoval). */
  reason: string;
}

// Features averaged over the lines around each line: a body line sits among body-like lines.
const NEIGHBOURHOOD_RADII = [2, 6] as const;
const NEIGHBOURHOOD_FEATURES: ReadonlyArray<[name: string, what: string, of: string]> = [
  ['meanLogWords', 'are short', 'logWords'],
  ['meanSentenceEnd', 'lack sentence punctuation', 'sentenceEnd'],
  ['meanStopwordShare', 'have few function words', 'stopwordShare'],
  ['meanRepeated', 'are repeated in other articles', 'repeated'],
  ['meanTitleCase', 'are mostly capitalised', 'titleCaseShare'],
  ['meanTimeStamp', 'are time stamps (comments, lists of posts)', 'timeStamp'],
];

export const FEATURES: readonly FeatureSpec[] = [
  { name: 'bias', reason: 'not enough text to count as article' },
  { name: 'logWords', reason: 'too short' },
  { name: 'oneToThreeWords', reason: 'short label (1-3 words)' },
  { name: 'sentenceEnd', reason: 'no sentence punctuation' },
  { name: 'proseSentence', reason: 'not a sentence' },
  { name: 'stopwordShare', reason: 'few function words (list or label, not prose)' },
  { name: 'titleCaseShare', reason: 'mostly capitalised words (menu or headline)' },
  { name: 'digitShare', reason: 'mostly digits (date, time or count)' },
  { name: 'repeated', reason: 'repeated in other articles of the run' },
  { name: 'logRepeated', reason: 'repeated in other articles of the run' },
  { name: 'separators', reason: 'list of links or tags (separator characters)' },
  { name: 'webAddress', reason: 'web or e-mail address' },
  { name: 'copyright', reason: 'copyright or legal notice' },
  { name: 'endsWithColon', reason: 'label ending with a colon' },
  { name: 'uppercase', reason: 'all capitals (label)' },
  { name: 'startsLowercase', reason: 'starts in lower case (fragment)' },
  { name: 'longWithoutStopwords', reason: 'long run of words without function words (list of names or tags)' },
  { name: 'proseAround', reason: 'no prose nearby' },
  { name: 'proseBefore', reason: 'no prose just before' },
  { name: 'proseAfter', reason: 'no prose just after' },
  { name: 'repeatedAround', reason: 'amid lines repeated across articles' },
  { name: 'position', reason: 'late in the page' },
  { name: 'positionSquared', reason: 'at the edge of the page' },
  { name: 'commentsHeading', reason: 'heading of the comments section' },
  { name: 'afterCommentsHeading', reason: 'in the comments section' },
  { name: 'commentSignature', reason: 'comment author or time stamp' },
  { name: 'timeStamp', reason: 'short line with a date or time (time stamp)' },
  { name: 'fourToSevenWords', reason: 'short line (4-7 words)' },
  { name: 'eightToFourteenWords', reason: 'short line (8-14 words)' },
  ...NEIGHBOURHOOD_FEATURES.flatMap(([name, what]) =>
    NEIGHBOURHOOD_RADII.map((radius) => ({ name: `${name}Within${radius}`, reason: `lines nearby ${what}` })),
  ),
];

const column = (name: string): number => {
  const index = FEATURES.findIndex((spec) => spec.name === name);
  // A misspelt name would write its means to no column at all (a typed array ignores index -1).
  if (index < 0) throw new Error(`no line feature named ${name}`);
  return index;
};
/** Features that are the mean of another over the lines within a radius: [of, radius, feature]. */
const WINDOW_MEANS: ReadonlyArray<readonly [of: number, radius: number, feature: number]> = [
  [column('proseSentence'), 3, column('proseAround')],
  [column('repeated'), 3, column('repeatedAround')],
  ...NEIGHBOURHOOD_FEATURES.flatMap(([name, , of]) => NEIGHBOURHOOD_RADII.map((radius) => [column(of), radius, column(`${name}Within${radius}`)] as const)),
];

// The patterns of the line model's own features (lineFeatures).
const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\.\S|\S@\S+\.\p{L}{2,}/iu;
// `(?<!\w)` for a leading `\b`: before a letter the same, and under `iu` V8 makes `\b` lookarounds that keep the
// regex from skipping ahead to where an alternative may start.
const COMMENT_SIGNATURE = /^[—–-]*\s*posted by\b|(?<!\w)(?:said|says|wrote|writes)\s*:$|^reply$|(?<!\w)report abuse\b|(?<!\w)recommend\b.*\d/iu;
/** Prose words that must come before a comments heading for it to count (menus also link "Comments"). */
const COMMENTS_AFTER_WORDS = 60;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/iu;

/**
 * Case-insensitive Unicode regexes are slow on paragraph-long lines, and most lines have none of
 * the words they look for: each of these runs only when the lowercased line has what one of its
 * alternatives needs (a literal part, a colon at the end). ſ (U+017F) and the Kelvin sign (U+212A)
 * match s and k under /iu, so lines with them always run it.
 */
// The literals are constants, not array literals in the tests: those were made anew for every line.
const WEB_ADDRESS_LITERALS = ['http', 'www.', '@'];
const COPYRIGHT_LITERALS = ['©', '(c)', 'copyright', 'all rights reserved'];
const COMMENT_SIGNATURE_LITERALS = ['posted by', 'reply', 'report abuse', 'recommend'];
export const LITERAL_GUARDED = {
  webAddress: { regex: WEB_ADDRESS, mayMatch: (lower: string) => includesAny(lower, WEB_ADDRESS_LITERALS) },
  copyright: { regex: COPYRIGHT, mayMatch: (lower: string) => includesAny(lower, COPYRIGHT_LITERALS) },
  commentSignature: { regex: COMMENT_SIGNATURE, mayMatch: (lower: string) => lower.endsWith(':') || includesAny(lower, COMMENT_SIGNATURE_LITERALS) },
} as const;
/** The two characters a `u` regex's case folding reads as ASCII letters (ſ as s, the Kelvin sign as k): a lowercased copy's search misses them. */
export const FOLDS_TO_ASCII = /[\u017F\u212A]/u;
/**
 * Any literal of the three patterns: one scan of a line that has none of them (most lines) instead
 * of eleven `includes`; a line that has one is tested pattern by pattern.
 */
const ANY_LITERAL = new RegExp([...WEB_ADDRESS_LITERALS, ...COPYRIGHT_LITERALS, ...COMMENT_SIGNATURE_LITERALS].map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

function includesAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}

/**
 * pattern.regex.test(text), skipped when `lower` (text lowercased) cannot match; `folds`: whether the
 * text has ſ or the Kelvin sign (lineFeatures tests it once for the three patterns).
 */
export function guardedTest(pattern: { regex: RegExp; mayMatch: (lower: string) => boolean }, text: string, lower = text.toLowerCase(), folds = FOLDS_TO_ASCII.test(text)): boolean {
  return (folds || pattern.mayMatch(lower)) && pattern.regex.test(text);
}

/**
 * A label in capitals: the text unchanged by uppercasing, with a capital letter. An ASCII lowercase
 * letter (in most lines, one of the first) answers no without the uppercase copy.
 */
function isAllCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/**
 * The feature vectors of a page's lines: row i is line i's, FEATURES.length values. One
 * Float64Array holds them all: on a page of 1,000,000 lines an array per line (and a
 * million-element array per window mean) took lineFeatures from 1.06 to 2.55 GB of RSS in 12.6 s;
 * this buffer, 330 MB, to 1.40 GB in 3.6 s.
 */
export class FeatureRows {
  readonly values: Float64Array;
  constructor(readonly length: number) {
    this.values = new Float64Array(length * FEATURES.length);
  }
  /** Line i's vector: a view into `values`, not a copy. */
  row(i: number): Float64Array {
    return this.values.subarray(i * FEATURES.length, (i + 1) * FEATURES.length);
  }
}

/** A listicle's numbered item heading ("4. Bad Ischl, Austria", "12) The Magpie, Whitby"): a number, then a capital. */
const NUMBERED_HEADING = /^\d{1,3}[.)]\s+\p{Lu}/u;
/** A subheading's opening: a capital, in any script that has them, or a letter of one that has none. */
const HEADING_OPENING = /^[\p{Lu}\p{Lo}]/u;
/** Words of a subheading or a listicle's item heading at most, and at least (one word under a slot is a button's as often). */
const MAX_ITEM_HEADING_WORDS = 12;
const MIN_HEADING_WORDS = 2;
/**
 * A subheading ("Streit um die Bahnsteige") or a listicle's numbered item heading: a few words from a capital, no sentence's
 * punctuation at the end or inside. A video player's line under an ad slot ("Thanks for watching!Visit Website") has it inside.
 */
const isHeadingShaped = (line: Line): boolean =>
  line.wordCount <= MAX_ITEM_HEADING_WORDS && !line.endsWithSentencePunctuation &&
  (NUMBERED_HEADING.test(line.text) || (line.wordCount >= MIN_HEADING_WORDS && HEADING_OPENING.test(line.text) && !/[.!?]/u.test(line.text)));

/**
 * lineFeatures, with an ad slot (isAdSlot) between two lines of prose left out of every other
 * line's neighbours: that ad slot stands inside one text. On a mobile (AMP) page with "Advertisement"
 * after every paragraph, no paragraph would have prose next to it, and the lede and the last
 * paragraph score so weak that they go as page text before and after the article. So is a slot
 * between prose and a subheading or a listicle's next item over its paragraph (isHeadingShaped:
 * "Streit um die Bahnsteige", "4. Bad Ischl, Austria"): with the label for a neighbour, that heading
 * alone would go ("no sentence punctuation") while the others stay. A video player's "Thanks for
 * watching!Visit Website" over the next paragraph is the slot's chrome: the slot stays its
 * neighbour, and it goes with it. A label with chrome on one side ("Advert" over "Send us YOUR kit
 * review") still parts the article from it. So does an embedded post's chrome (`embedChrome`:
 * "3h", "Reply", "Repost" under a Threads post), which would leave the article's last paragraph
 * after it without prose next to it. `signed`: the page's signed comments (lineFeatures).
 */
export function featuresPastAdSlots(lines: readonly Line[], repeatedIn: readonly number[], embedChrome: ReadonlySet<number>, signed: SignedComments | null): FeatureRows {
  const rows = lineFeatures(lines, repeatedIn, embedChrome, signed);
  const ad = lines.map((line) => isAdSlot(line) || embedChrome.has(line.number));
  if (!ad.includes(true)) return rows;
  // The first line past the slots from i on, step by step (undefined past the page's edge).
  const past = (i: number, step: 1 | -1): number => {
    while (i >= 0 && i < lines.length && ad[i]) i += step;
    return i;
  };
  const proseAt = (i: number): boolean => lines[i] !== undefined && isProse(lines[i]);
  const headingOverProse = (i: number): boolean => lines[i] !== undefined && isHeadingShaped(lines[i]) && proseAt(i + 1);
  const inText = (i: number): boolean => proseAt(past(i, -1)) && (proseAt(past(i, 1)) || headingOverProse(past(i, 1)));
  const kept = lines.flatMap((_, i) => (ad[i] && inText(i) ? [] : [i]));
  if (kept.length === lines.length) return rows;
  // Only what a line's neighbours give changes: its own features, its place in the page, are as they
  // were, and the neighbours' columns are read from its own (a line's own features do not depend on the
  // other lines), so the kept lines' rows are copied rather than described again.
  const width = FEATURES.length;
  const without = new FeatureRows(kept.length);
  kept.forEach((i, k) => without.values.set(rows.row(i), k * width));
  fillNeighbourColumns(without);
  kept.forEach((i, k) => {
    for (const feature of NEIGHBOUR_COLUMNS) rows.values[i * width + feature] = without.values[k * width + feature]!;
  });
  return rows;
}

const PROSE_SENTENCE = column('proseSentence');
const PROSE_BEFORE = column('proseBefore');
const PROSE_AFTER = column('proseAfter');
/** The features a line takes from the lines around it. */
const NEIGHBOUR_COLUMNS = [PROSE_BEFORE, PROSE_AFTER, ...WINDOW_MEANS.map(([, , feature]) => feature)];

/**
 * The columns each row takes from the rows before and after it (NEIGHBOUR_COLUMNS), from their own
 * columns: whether the line before and the line after are prose, and the means over the lines within
 * a radius (the line itself left out), from prefix sums: one pass per feature instead of one per line
 * and radius.
 */
function fillNeighbourColumns(rows: FeatureRows): void {
  const { values, length } = rows;
  const width = FEATURES.length;
  for (let i = 0; i < length; i++) {
    values[i * width + PROSE_BEFORE] = i > 0 ? values[(i - 1) * width + PROSE_SENTENCE]! : 0;
    values[i * width + PROSE_AFTER] = i < length - 1 ? values[(i + 1) * width + PROSE_SENTENCE]! : 0;
  }
  const prefix = new Float64Array(length + 1);
  for (const [of, radius, feature] of WINDOW_MEANS) {
    for (let i = 0; i < length; i++) prefix[i + 1] = prefix[i]! + values[i * width + of]!;
    for (let i = 0; i < length; i++) {
      const first = Math.max(0, i - radius);
      const last = Math.min(length - 1, i + radius);
      const seen = last - first;
      values[i * width + feature] = seen ? (prefix[last + 1]! - prefix[first]! - values[i * width + of]!) / seen : 0;
    }
  }
}

const NO_LINES: ReadonlySet<number> = new Set();

/** The words of the prose lines before line `end`. */
function proseWordsBefore(lines: readonly Line[], prose: readonly boolean[], end: number): number {
  let words = 0;
  for (let i = 0; i < end; i++) if (prose[i]) words += lines[i]!.wordCount;
  return words;
}

/**
 * Feature vectors of the page's non-empty lines, in order. `repeatedIn[i]` is how many articles of
 * the run contain line i (1 = only this one). `embedChrome`: numbers of the lines that are an
 * embedded post's chrome (embedded.ts embedChromeLines), whose "Reply" is a post's button, never a
 * comments heading: else the article's last paragraph after a Threads post is a comment. `signed`:
 * the readers' comments signed under their texts among `lines` (comments.ts signedComments; scoreLines
 * finds them once for this and for the cleaner).
 */
export function lineFeatures(
  lines: readonly Line[], repeatedIn: readonly number[], embedChrome: ReadonlySet<number> = NO_LINES, signed: SignedComments | null = signedComments(lines),
): FeatureRows {
  // A cookie banner's notice is the consent platform's prose, not the page's: read as text, it would
  // put a "Comments" link under the byline after the text and open the comments section there.
  const prose = lines.map((line) => isProse(line) && !isConsentNotice(line));
  const repeated = repeatedIn.map((n) => n >= 2);
  const page: PageFacts = { prose, repeated, repeatedIn, timeStamp: lines.map(isDatedShortLine), ...commentsSection(lines, prose, repeated, embedChrome, signed) };
  const rows = new FeatureRows(lines.length);
  const width = FEATURES.length;
  lines.forEach((line, i) => rows.values.set(featureVector(line, i, lines.length, page), i * width));
  fillNeighbourColumns(rows);
  return rows;
}

/** What lineFeatures works out over the whole page before a line's vector: a value per line, and where the readers' comments start. */
interface PageFacts {
  prose: readonly boolean[];
  repeated: readonly boolean[];
  repeatedIn: readonly number[];
  timeStamp: readonly boolean[];
  commentsHeading: readonly boolean[];
  /** The index of the line the comments section opens under (Infinity when none does). */
  commentsStart: number;
}

/**
 * The lines that are a comments section's heading (not an embedded post's "Reply": `embedChrome`), and the index of the line
 * the section opens under: a heading or a notice that comments are closed after COMMENTS_AFTER_WORDS of prose, or the line
 * over the first of the readers' comments signed under their texts.
 */
function commentsSection(
  lines: readonly Line[], prose: readonly boolean[], repeated: readonly boolean[], embedChrome: ReadonlySet<number>, signed: SignedComments | null,
): { commentsHeading: boolean[]; commentsStart: number } {
  let proseWords = 0;
  let commentsStart = Infinity;
  const commentsHeading = lines.map((line, i) => {
    const heading = isCommentsHeading(line) && !embedChrome.has(line.number);
    // A notice that comments are closed opens the section too: the comments already posted stand under it.
    if (commentsStart === Infinity && proseWords >= COMMENTS_AFTER_WORDS && (heading || isCommentsClosedNotice(line)) && opensCommentsSection(lines, i, prose, repeated)) commentsStart = i;
    if (prose[i]) proseWords += line.wordCount;
    return heading;
  });
  // Readers' comments signed under their texts with no heading over them (the comment form's "Post a comment" under
  // them is one): the section opens over the first.
  const firstComment = signed?.first;
  if (firstComment !== undefined && firstComment <= commentsStart && proseWordsBefore(lines, prose, firstComment) >= COMMENTS_AFTER_WORDS) commentsStart = firstComment - 1;
  return { commentsHeading, commentsStart };
}

/** Line `i`'s features of `count` lines, in FEATURES' order; the columns its neighbours give are 0 (fillNeighbourColumns). */
function featureVector(line: Line, i: number, count: number, page: PageFacts): number[] {
  const position = count > 1 ? i / (count - 1) : 0.5;
  const words = line.wordCount;
  const lower = lowerTextOf(line);
  const folds = FOLDS_TO_ASCII.test(line.text);
  // Whether any of the guarded patterns may match (commentSignature's guard also takes a final colon).
  const guarded = folds || lower.endsWith(':') || ANY_LITERAL.test(lower);
  return [
    1,
    Math.log1p(Math.min(words, 100)),
    words <= 3 ? 1 : 0,
    line.endsWithSentencePunctuation ? 1 : 0,
    page.prose[i] ? 1 : 0,
    line.stopwordShare,
    line.titleCaseShare,
    line.digitShare,
    page.repeated[i] ? 1 : 0,
    Math.log2(Math.max(1, page.repeatedIn[i]!)),
    Math.min(3, separatorCount(line.text)),
    guarded && guardedTest(LITERAL_GUARDED.webAddress, line.text, lower, folds) ? 1 : 0,
    guarded && guardedTest(LITERAL_GUARDED.copyright, line.text, lower, folds) ? 1 : 0,
    line.text.endsWith(':') ? 1 : 0,
    words >= 2 && isAllCapitals(line.text) ? 1 : 0,
    /^\p{Ll}/u.test(line.text) ? 1 : 0,
    words >= 8 && line.stopwordShare < 0.1 ? 1 : 0,
    0, // proseAround (WINDOW_MEANS)
    0, // proseBefore (fillNeighbourColumns)
    0, // proseAfter (fillNeighbourColumns)
    0, // repeatedAround (WINDOW_MEANS)
    position,
    (position - 0.5) ** 2,
    page.commentsHeading[i] ? 1 : 0,
    i > page.commentsStart ? 1 : 0,
    guarded && guardedTest(LITERAL_GUARDED.commentSignature, line.text, lower, folds) ? 1 : 0,
    page.timeStamp[i] ? 1 : 0,
    words >= 4 && words <= 7 ? 1 : 0,
    words >= 8 && words <= 14 ? 1 : 0,
  ];
}
