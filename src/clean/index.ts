// Clean: decide, line by line, what of a scraped page is the article. Every line gets a kind
// (title / metadata / body / boilerplate / headline); only the body is kept, and every other
// non-empty line is recorded with the reason it was removed.
//
//   1. describe each line (lines.ts) in the page's own language, guessed from stopword hits
//      (text/language-guess.ts);
//   2. score it with the line model (features.ts, model.ts): probability of being article body;
//   3. remove what is never article text, wherever it stands: the config's site patterns, metadata
//      lines (bylines, dates: lifted into the metadata), the ANYWHERE_RULES (picture credits, time
//      stamps, paywall notices...), lines repeated across the run's articles that do not read as prose;
//   4. the article is the densest block of body-like lines (block.ts), its edges moved over what a
//      page sets inside an article and off what closes it (edges.ts; live blogs: live-blog.ts);
//      lines before it hold the title, lines after it are related headlines and footer; weak lines
//      inside it are dropped.
//
// The method is general: site-specific lines come from the config's boilerplatePatterns, and lines
// repeated across many articles of the same run are site chrome (see lineKey / the pipeline's
// line-repetition pass).
import { datelineAt, signOffAgency } from '../text/dateline.js';
import { pageDateOrder, readDate } from '../text/dates.js';
import { isSpace, unwrapLines, wordRangeLookup } from '../text/tokenize.js';
import type { ArticleMetadata, CleanArticle, CleanArticleWithWords, DateOrder, PlacedWords, RawArticle, RemovedLine, Word } from '../types.js';
import { ARCHIVE_BANNER, archiveBannerLines } from './archive.js';
import { mainBlock, type ScoredLine } from './block.js';
import {
  articleEnd,
  boxOfStoriesEnd,
  bulletedListEnd,
  bulletedListsInside,
  droppedTables,
  firstBriefHeading,
  introducedListEnd,
  lifeDatesAfter,
  linksUnderLabels,
  listingsAfter,
  pastAdSlots,
  pastLinkUnderLabel,
  pastTables,
  referencesAfter,
  transcriptEnd,
} from './edges.js';
import { embedChromeLines, embeddedPostLines, proseAfterPosts } from './embedded.js';
import { EMAIL_HEADER, emailHeaderLines } from './email-header.js';
import {
  featuresPastAdSlots,
  isAdLabel,
  isAnnouncedLink,
  isAuthorBio,
  isAuthorNoteShape,
  isBylineBio,
  isCommentsClosedNotice,
  isCommentsHeading,
  isCopyrightNotice,
  isCutOffHeadline,
  isDataTableRow,
  isGalleryCounter,
  isListAnnouncement,
  isListItemAnnouncement,
  isMarkdownImage,
  isMarketDataNotice,
  isPictureCredit,
  isPrintEditionNote,
  isProse,
  isReadingPrompt,
  isReadingTime,
  isRunningHead,
  isScriptOrStyle,
  isShareButtonRow,
  isShareOrFollow,
  isStandardsLink,
  isStoryLink,
  isSubscriberLogin,
  isSyndicationNote,
  isTimeStamp,
  isTipCall,
  isTranscriptCue,
  isTranscriptNotice,
  OPENING_LIVE_STAMP,
  OPENING_TRANSCRIPT_STAMP,
  TRAILING_SCRIPT_OR_STYLE,
  type FeatureRows,
} from './features.js';
import { describeLine, type Line } from './lines.js';
import { LIVE_ENTRY_HEAD_LINES, liveBlogHead, liveEntryHeadings } from './live-blog.js';
import { guessStopwordLanguageOfLists, isInitial, LANGUAGE_SAMPLE_WORDS, stopwordListsOf } from '../text/language-guess.js';
import { wordsAt } from '../text/line-words.js';
import { isAcademicAuthorLine, isEditNote, isJobTitleLine, isNameLine, isNameOverJobTitle, isNameWithJobTitle, isNewsAgencyName, isRelativeAge, liftCredit, liftMetadata, signedByline } from './metadata.js';
import { bodyProbability, DEFAULT_MODEL, explainRemoval, type LineModel } from './model.js';
import { pastedArticleWarning } from './pasted.js';
import { isPaywallNotice, PAYWALL_NOTICE, paywallWarningOf } from './paywall.js';
import { bodyVocabulary, figureRows, findTitle, headlineOf, isHeadlineShaped, relatedHeadlineReason } from './headlines.js';
import { pressReleaseClosing } from './release.js';
import { repeatedLines } from './repeats.js';
import { joinDropCaps, unwrapHardWrapped } from './unwrap.js';
import { isLabel, navigationPage } from './navigation.js';

export interface CleanContext {
  boilerplatePatterns: readonly RegExp[];
  /** How many articles of the run contain this line (by lineKey); 1 when unknown. */
  articlesWithLine: (key: string) => number;
  repeatedLineMinArticles: number;
  stopwords: ReadonlySet<string>;
  stem: (word: string) => string;
  /** The line model; the committed weights when absent (the training script passes its own). */
  model?: LineModel;
  /** How date lines' numeric dates whose day and month could be either are read (config clean.dateOrder); `auto` when absent. */
  dateOrder?: DateOrder;
}

/**
 * Lines this long are never site chrome: not counted across articles (their key is empty), nor
 * tried against the config's boilerplatePatterns. That bounds a pattern's backtracking, which
 * can grow with the square of the line's length or faster ("\s+$" on a line of spaces and an "x":
 * 2 ms at 2,000 characters, 1.8 s at 64,000, minutes on a 1 MB line); clean/patterns.ts refuses
 * the patterns that grow exponentially.
 */
const MAX_KEYED_LINE_CHARS = 2_000;

/** The identity of a line for cross-article repetition: case, digits and spacing folded. */
export function lineKey(line: string): string {
  if (line.length > MAX_KEYED_LINE_CHARS) return '';
  const lower = line.trim().toLowerCase();
  const folds = foldsIn(lower);
  const digitsFolded = folds & DIGITS ? lower.replace(/\d+/g, '0') : lower;
  return folds & SPACING ? digitsFolded.replace(/\s+/g, ' ') : digitsFolded;
}

const DIGITS = 1;
const SPACING = 2;

/**
 * Which of lineKey's replacements would change the text: DIGITS when it has an ASCII digit, SPACING
 * when it has white space other than single spaces. One scan by char codes instead of the two
 * regex replaces: the spacing one matched every space of every line (twice per line and article:
 * the repetition pass and the cleaner), and most lines need neither or only the first.
 */
function foldsIn(text: string): number {
  let folds = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) folds |= DIGITS;
    else if (code === 32 ? i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) : isSpace(code)) folds |= SPACING;
  }
  return folds;
}

/** What pageLines cut off the page's lines, each with its line's number, for the audit (see cutsRemoved). */
interface LineCuts {
  stamps: Array<{ line: number; stamp: string }>;
  /** Live-blog entry stamps cut off their headings (liveStampsCut). */
  liveStamps: Array<{ line: number; stamp: string }>;
  /** The lines of a timeline's stamped headings, their stamps left on them (liveStampsCut). */
  timelineHeadings: number[];
  scripts: Array<{ line: number; code: string }>;
}

/**
 * A page's trimmed lines, drop caps and a hard-wrapped page's paragraphs joined (unwrap.ts): what
 * both passes read. A broadcast transcript's time stamp opening a line ("[20:00:00] COOPER: Good
 * evening.") is cut off, the speech stays (the stamp's digits had been a sentence's words). A script
 * or style element ending a line of text ("Ministers meet <script>…</script>") is cut off, the text
 * stays (the line had been removed whole as script code, a headline so scraped with it). Each cut
 * goes into `cuts` when given. A stamp alone on its line is a time stamp (features.ts isTimeStamp),
 * a script alone script code (features.ts isScriptOrStyle).
 */
function pageLines(text: string, cuts?: LineCuts): readonly string[] {
  const lines = text.split('\n').map((line, i) => {
    const trimmed = cutTrailingScript(line.trim(), i + 1, cuts);
    if (trimmed.charCodeAt(0) !== 91 /* [ */) return trimmed;
    const stamp = OPENING_TRANSCRIPT_STAMP.exec(trimmed);
    if (!stamp) return trimmed;
    cuts?.stamps.push({ line: i + 1, stamp: stamp[1]! });
    return trimmed.slice(stamp[0].length);
  });
  return unwrapHardWrapped(joinDropCaps(liveStampsCut(lines, cuts)));
}

/** Entries a page's stamped headings head at least for it to be read as a live blog's. */
const LIVE_BLOG_MIN_STAMPED_HEADINGS = 2;

/**
 * The page's lines with each live-blog entry's stamp cut off the heading it opens ("12:04 GMT —
 * Ministers arrive": features.ts OPENING_LIVE_STAMP), so that the heading is read as one under a
 * bare stamp is: the page was no live blog to the cleaner, the first entry's heading was the title
 * or page text, the last entry was dropped, and "GMT" was a keyphrase. Only when
 * LIVE_BLOG_MIN_STAMPED_HEADINGS or more lines with distinct stamps head an entry: a heading over a
 * line that is no stamped heading itself (a schedule's or a timeline's items follow one another,
 * their times are the text), not ending in a full stop (a timeline's sentences do); and only when
 * the stamps run newest first (newestFirst). Oldest first they head a timeline's entries: the
 * stamps stay, and the headings are kept with their entries as a live blog's are (`cuts.timelineHeadings`).
 */
function liveStampsCut(lines: string[], cuts: LineCuts | undefined): string[] {
  // Only a line opening with a digit can open with a stamp: the test keeps every other line off the regex.
  const stamped = lines.map((line) => (isDigitCode(line.charCodeAt(0)) ? OPENING_LIVE_STAMP.exec(line) : null));
  const headings: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!stamped[i] || lines[i]!.endsWith('.')) continue;
    let next = i + 1;
    while (next < lines.length && !lines[next]) next++;
    if (next < lines.length && !stamped[next]) headings.push(i);
  }
  if (new Set(headings.map((i) => stamped[i]![1])).size < LIVE_BLOG_MIN_STAMPED_HEADINGS) return lines;
  if (!newestFirst(headings.map((i) => stamped[i]![1]!))) {
    for (const i of headings) cuts?.timelineHeadings.push(i + 1);
    return lines;
  }
  const cut = [...lines];
  for (const i of headings) {
    cuts?.liveStamps.push({ line: i + 1, stamp: stamped[i]![1]!.trim() });
    cut[i] = lines[i]!.slice(stamped[i]![0].length);
  }
  return cut;
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether stamps, in page order, run newest first, as a live blog's entries do: more of their steps
 * go back in time than forward (one step forward may be midnight). A timeline of stamped headings in
 * an article ("07:00 — Polls open", "13:30 — Turnout passes 40%", "22:00 — Polls close") runs oldest
 * first, and its times are its text: they had been cut off as a live blog's.
 */
function newestFirst(stamps: readonly string[]): boolean {
  const minutes = stamps.map(minuteOfDay);
  let steps = 0;
  for (let k = 1; k < minutes.length; k++) steps += Math.sign(minutes[k - 1]! - minutes[k]!);
  return steps > 0;
}

/** The minute of the day a stamp opening with a time of day (features.ts CLOCK_TIME) names: "2:10 PM" 850, "12.04pm" 724, "09:15" 555. */
function minuteOfDay(stamp: string): number {
  const [, hours, minutes, half] = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([AaPp])?/u.exec(stamp)!;
  const hour = half ? (Number(hours) % 12) + (/p/iu.test(half) ? 12 : 0) : Number(hours);
  return hour * 60 + Number(minutes ?? 0);
}

function cutTrailingScript(line: string, number: number, cuts: LineCuts | undefined): string {
  // Only a line ending in a closing tag can end in an element: the test keeps every other line off the regex.
  if (!line.endsWith('>')) return line;
  const script = TRAILING_SCRIPT_OR_STYLE.exec(line);
  if (!script) return line;
  cuts?.scripts.push({ line: number, code: script[2]! });
  return script[1]!;
}

/** Lines at least this long are a story's paragraphs, not a site's chrome (a menu, a headline, a label). */
const STORY_LINE_CHARS = 80;
/** Paragraphs whose keys make a story's key. */
const STORY_LINES = 3;

/** What the repetition pass reads of one raw text (see pageKeys). */
interface PageKeys {
  /** Distinct line keys: what is counted across articles. */
  lines: Set<string>;
  /** The page's STORY_LINES longest paragraphs; null with fewer than two. */
  story: string | null;
  /** Every paragraph of STORY_LINE_CHARS or more, distinct. */
  paragraphs: readonly string[];
}

/**
 * The page's line keys, and what tells copies of one story apart from other pages (the same page
 * saved twice, a wire story on several sites, each with its own chrome): run/duplicates.ts
 * StoryCopies takes a page with an earlier page's story key, which shares most of its paragraphs,
 * for a copy, and the pass counts a story's lines once; otherwise its paragraphs would look like
 * lines repeated across a site's pages, and be scored and removed as its chrome. Paragraph keys
 * keep their digits (template briefs differ in their figures only, copies do not); a paragraph too
 * long to be keyed (a whole body on one line) is known by its beginning.
 */
export function pageKeys(text: string): PageKeys {
  const lines = new Set<string>();
  // Each distinct paragraph key and the length of the line it keys.
  const paragraphs = new Map<string, number>();
  for (const line of pageLines(text)) {
    const key = lineKey(line);
    if (key && key.length <= 300) lines.add(key);
    if (line.length < STORY_LINE_CHARS) continue;
    const paragraph = line.slice(0, MAX_KEYED_LINE_CHARS).toLowerCase();
    if (!paragraphs.has(paragraph)) paragraphs.set(paragraph, line.length);
  }
  const story = [...paragraphs]
    .sort(([a, aLength], [b, bLength]) => bLength - aLength || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, STORY_LINES)
    .map(([paragraph]) => paragraph);
  return { lines, story: story.length >= 2 ? story.join('\n') : null, paragraphs: [...paragraphs.keys()] };
}

/** The distinct line keys of one raw text (what the repetition pass counts per article). */
export const distinctLineKeys = (text: string): Set<string> => pageKeys(text).lines;

/**
 * The reason for a comments heading or link after the article ("123 comments", "Join the
 * conversation"; they had been "unrelated headline after the article"). Not before it, where
 * "Comment & Opinion" is a section of the paper.
 */
const READER_COMMENTS = 'reader comments heading or link';
/**
 * The lines of the comments section under its heading, and a comment's buttons anywhere after the
 * article ("Like (12) Reply"): the names, stamps ("2 hours ago") and prompts ("Already a
 * subscriber? Log in") of the section had been "unrelated headline after the article".
 */
const COMMENTS_SECTION = 'reader comments section';
// The first lookahead, the buttons' first letters, spares most lines the second's scan of the whole line.
const COMMENT_BUTTONS = /^(?=[dflrsu])(?=.*\b(?:like|reply)\b)(?:(?:like|likes|reply|replies|report|share|flag|upvote|downvote)\s*(?:\(\d+\)|\d+)?\s*[|·•]?\s*){1,4}$/iu;

const READING_PROMPT = 'newsletter or reading prompt';
const DATA_TABLE_ROW = 'data table row';
const REFERENCES = 'references or notes after the article';
const PICTURE_CREDIT = 'picture caption or credit';
const AUTHOR_BIO_AFTER = 'author bio after the article';

/**
 * A line that set the article's date, and the date before it. A date line after the article and
 * after page text there (a box's label, a headline) is a related post's date under its headline:
 * the first date line anywhere had made it the article's when the header gave none. One that
 * closes the article, nothing kept between them ("Published 12 June 2024" under the last
 * paragraph), still dates it; so does the body's dateline when no line does.
 */
interface Dating {
  line: number;
  before: string | null;
}

/** A kind of line the cleaner removes on sight: its test, and the kind and reason it is listed with in removed_lines. */
type LineRule = readonly [test: (line: Line) => boolean, kind: RemovedLine['kind'], reason: string];

/** Lines that are never article text, wherever they stand; the first rule that holds names the line. */
const ANYWHERE_RULES: readonly LineRule[] = [
  [isScriptOrStyle, 'boilerplate', 'script or style code left by the scraper'],
  [isMarkdownImage, 'boilerplate', 'picture (Markdown image)'],
  [isPictureCredit, 'boilerplate', PICTURE_CREDIT],
  [isTimeStamp, 'boilerplate', 'time stamp'],
  [isStoryLink, 'headline', 'link to another story'],
  [isCutOffHeadline, 'headline', 'link to another story (headline cut off)'],
  [isPaywallNotice, 'boilerplate', PAYWALL_NOTICE],
  [isReadingPrompt, 'boilerplate', READING_PROMPT],
  [isReadingTime, 'boilerplate', 'reading time'],
  [isShareButtonRow, 'boilerplate', 'share or follow links'],
  [isAdLabel, 'boilerplate', 'advertisement label'],
  [isListAnnouncement, 'boilerplate', 'list announcement for screen readers'],
  [isGalleryCounter, 'boilerplate', 'gallery counter'],
  [isTranscriptCue, 'boilerplate', 'transcript cue'],
  [isTranscriptNotice, 'boilerplate', 'transcript notice'],
  [isSyndicationNote, 'boilerplate', 'syndication note'],
  [isPrintEditionNote, 'boilerplate', 'print edition note'],
  [isTipCall, 'boilerplate', "call for readers' tips"],
  [isMarketDataNotice, 'boilerplate', 'market data notice'],
  [isRunningHead, 'boilerplate', 'running head of a printed page'],
];

/**
 * Lines after the article named for what they are; headline-shaped, they had been "unrelated
 * headline after the article", which misleads an audit of the cleaning.
 */
const AFTER_ARTICLE_RULES: readonly LineRule[] = [
  [isCommentsHeading, 'boilerplate', READER_COMMENTS],
  [isCommentsClosedNotice, 'boilerplate', 'notice that comments are closed'],
  [isCopyrightNotice, 'boilerplate', 'copyright notice'],
  [isShareOrFollow, 'boilerplate', 'share or follow links'],
  [isStandardsLink, 'boilerplate', "link to the outlet's editorial standards"],
  [isAuthorBio, 'boilerplate', AUTHOR_BIO_AFTER],
];

// Fitted by hand on the development sets (eval:clean): the block takes lines down to this
// probability (a body often holds a few weak lines: subheadings, list items), and inside it a
// line needs KEEP_INSIDE_BLOCK to stay.
const BLOCK_THRESHOLD = 0.35;
const KEEP_INSIDE_BLOCK = 0.35;
/** How far into the text a repeat of its title is looked for: a caption may stand between them. */
const TITLE_REPEAT_LINES = 3;

/** The page's first words but initials (text/language-guess.ts isInitial), as many as the language guess reads; `texts`: the lines. */
function leadingWords(lines: ReadonlyArray<{ words: readonly Word[]; spans: readonly number[] }>, texts: readonly string[]): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { words: line, spans } = lines[i]!;
    // One word at a time: spreading a 1 MB line's words as arguments overflows the stack.
    for (let k = 0; k < line.length; k++) {
      if (words.length >= LANGUAGE_SAMPLE_WORDS) return words;
      if (!isInitial(line[k]!.lower, texts[i]!, spans[2 * k + 1]!)) words.push(line[k]!);
    }
  }
  return words;
}

interface ScoredLines {
  /** The non-empty lines. */
  lines: Line[];
  /** The shared records (text/word-records.ts) of every line's words and their places, by line number - 1. */
  words: PlacedWords[];
  repeatedIn: number[];
  features: FeatureRows;
  probabilities: number[];
  /** The transcript stamps and scripts cut off the lines (pageLines). */
  cuts: LineCuts;
  /** Numbers of the lines that are an embedded post's chrome (embedded.ts embedChromeLines). */
  embedChrome: ReadonlySet<number>;
}

/**
 * The non-empty lines of a page with their body probabilities (what the training script fits).
 * Each word is looked up once, as a shared record, for the language guess, the stopword shares,
 * the body's vocabulary and the tokenizer (cleanWithWords).
 */
export function scoreLines(text: string, context: CleanContext): ScoredLines {
  const cuts: LineCuts = { stamps: [], liveStamps: [], timelineHeadings: [], scripts: [] };
  const texts = pageLines(text, cuts);
  const wordAt = wordRangeLookup(context);
  const tokens = texts.map((content) => wordsAt(content, wordAt, surfaceOf));
  const words = tokens.map((line) => line.words);
  // Each word's stopword lists, read from its record line by line (kept on it: the guess reads the
  // page's first words' again), then the stopword counts from these arrays.
  const lists = words.map((line) => line.map(stopwordListsOf));
  const guess = guessStopwordLanguageOfLists(leadingWords(tokens, texts).map(stopwordListsOf));
  const stops = (i: number): number => (guess ? countListed(lists[i]!, guess.list) : countWords(words[i]!, (word) => context.stopwords.has(word.lower)));
  const stopwords = guess?.stopwords ?? context.stopwords;
  const lines = texts.map((content, i) => describeLine(i + 1, content, stopwords, { tokens: tokens[i]!, stops: stops(i) })).filter((line) => line.text);
  const repeatedIn = lines.map((line) => context.articlesWithLine(lineKey(line.text)));
  const embedChrome = embedChromeLines(lines);
  const features = featuresPastAdSlots(lines, repeatedIn, embedChrome);
  const model = context.model ?? DEFAULT_MODEL;
  return { lines, words: tokens, repeatedIn, features, probabilities: lines.map((_, i) => bodyProbability(features.row(i), model)), cuts, embedChrome };
}

const surfaceOf = (word: Word): string => word.surface;

/** How many of a line's words (given by their stopword lists) are in stopword list `list`. */
function countListed(lists: ReadonlyArray<readonly number[] | null>, list: number): number {
  let count = 0;
  for (const found of lists) if (found?.includes(list)) count++;
  return count;
}

function countWords(words: readonly Word[], test: (word: Word) => boolean): number {
  let count = 0;
  for (const word of words) if (test(word)) count++;
  return count;
}

export function cleanArticle(raw: RawArticle, context: CleanContext): CleanArticle {
  return cleanWithWords(raw, context).article;
}

/** cleanArticle, with the words the cleaner found in each body paragraph (for tokenizeArticle). */
export function cleanWithWords(raw: RawArticle, context: CleanContext): CleanArticleWithWords {
  const { lines, words, repeatedIn, features, probabilities, cuts, embedChrome } = scoreLines(raw.text, context);
  const model = context.model ?? DEFAULT_MODEL;
  const removed = new Map<number, RemovedLine>();
  const metadata: ArticleMetadata = { ...raw.givenMetadata };
  const remove = (line: Line, kind: RemovedLine['kind'], reason: string): void => {
    if (!removed.has(line.number)) removed.set(line.number, { line: line.number, text: line.text, kind, reason });
  };
  // Line numbers removed only for standing in other articles too: one may be this article's own
  // headline, which the site's other pages list (see findTitle).
  const repeated = new Set<number>();
  // Unless the config says, the page's dates with a month name may tell how its numeric ones read.
  const dateOrder = context.dateOrder && context.dateOrder !== 'auto' ? context.dateOrder : pageDateOrder(lines.map((line) => line.text));
  // The lines that set the date, in page order, with the date before each (see Dating).
  const datings: Dating[] = [];
  // A byline stands above and no prose after it yet: an author's note here opens an opinion column.
  let underByline = false;

  const banner = archiveBannerLines(lines);
  const mailHeader = emailHeaderLines(lines);
  // Lines that are never article text, wherever they stand.
  lines.forEach((line, i) => {
    if (banner.has(line.number)) {
      remove(line, 'boilerplate', ARCHIVE_BANNER);
      return;
    }
    if (mailHeader.has(line.number)) {
      remove(line, 'boilerplate', EMAIL_HEADER);
      return;
    }
    if (embedChrome.has(line.number)) {
      remove(line, 'boilerplate', "embedded post's chrome");
      return;
    }
    if (line.text.length <= MAX_KEYED_LINE_CHARS && context.boilerplatePatterns.some((pattern) => pattern.test(line.text))) {
      remove(line, 'boilerplate', 'site boilerplate pattern');
      return;
    }
    const dateBefore = metadata.date;
    const lifted = liftMetadata(line, metadata, probabilities[i]!, dateOrder);
    if (metadata.date !== dateBefore) datings.push({ line: line.number, before: dateBefore });
    if (lifted) {
      remove(line, 'metadata', lifted);
      if (lifted.startsWith('byline')) underByline = true;
      return;
    }
    const rule = ANYWHERE_RULES.find(([test]) => test(line));
    if (rule) {
      remove(line, rule[1], rule[2]);
      return;
    }
    if (underByline && isAuthorNoteShape(line) && i + 1 < lines.length && isProse(lines[i + 1]!)) {
      remove(line, 'boilerplate', 'author note before the article');
      return;
    }
    if (isProse(line)) underByline = false;
    if (i > 0 && isListItemAnnouncement(lines[i - 1]!) && isAnnouncedLink(line)) {
      remove(line, 'headline', 'link to another story');
      return;
    }
    const seenIn = repeatedIn[i]!;
    if (seenIn >= context.repeatedLineMinArticles && !isProse(line)) {
      remove(line, 'boilerplate', `repeated in ${seenIn} articles`);
      repeated.add(line.number);
    }
  });

  // A loop, not flatMap: its array per line was a tenth of this function (docs/scale.md, session 25).
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!removed.has(lines[i]!.number)) candidates.push(i);
  const scored = candidates.map((i, k) => ({ probability: probabilities[i]!, words: lines[i]!.wordCount, removedBefore: i - (k > 0 ? candidates[k - 1]! + 1 : 0) }));
  const candidateLines = candidates.map((i) => lines[i]!);
  const navigation = navigationPage(lines.filter((line) => removed.get(line.number)?.kind !== 'metadata'), candidateLines);
  if (navigation) {
    for (const line of candidateLines) remove(line, 'boilerplate', 'section label or navigation');
    return keptArticle(raw, lines, words, removed, metadata, cuts, dateOrder, { emptyBecause: navigation });
  }
  const found = proseBlock(scored, candidateLines);
  if (!found) return keptArticle(raw, lines, words, removed, metadata, cuts, dateOrder);
  // Lines kept inside the block however the line model scores them.
  const continued = new Set<number>();
  const lede = ledeBefore(candidates, found.first, lines, probabilities, removed);
  const block = { ...found, first: pastTables(lines, candidates, lede, -1, continued) };
  const aboveArticle = lines.slice(0, candidates[block.first]);
  const recordsOf = (line: Line): readonly Word[] => words[line.number - 1]!.words;
  let last = boxOfStoriesEnd(lines, candidates, block.first, articleEnd(candidateLines, block.first, block.last, aboveArticle), removed, recordsOf);
  const keepInside = Math.min(KEEP_INSIDE_BLOCK, block.strongest / 2);
  const weak = (k: number): boolean => probabilities[candidates[k]!]! < keepInside;
  // A repeat of a headline from above the article or opening it (its title, set again mid-text) is
  // not where the article ends when new prose follows it: the article goes on over the lines after
  // it that are prose or strong enough to stay inside the block. Its prose is kept however the line
  // model scores it (a story filed twice in a run has its paragraphs weakened as repeated). Not
  // after a three-word line (a section label: "Sport News Article"), nor when the line after the
  // repeat is text the article has already given (its own headline and lead listed again in a
  // box of related stories).
  const headlineKeys = new Set(
    lines.filter((line) => line.number <= candidateLines[block.first]!.number && line.wordCount >= 4 && isHeadlineShaped(line)).map((line) => lineKey(line.text)),
  );
  headlineKeys.delete('');
  const given = (k: number): boolean => candidateLines.slice(block.first, last + 1).some((line) => line.text.includes(candidateLines[k]!.text));
  // The lede is kept however weak: its neighbours (a table, a list) weaken it.
  if (lede < found.first) continued.add(lede);
  while (last + 2 < candidates.length && headlineKeys.has(lineKey(candidateLines[last + 1]!.text)) && isProse(candidateLines[last + 2]!) && !given(last + 2)) {
    let end = last + 2;
    while (end + 1 < candidates.length && (isProse(candidateLines[end + 1]!) || !weak(end + 1))) end++;
    for (let k = last + 2; k <= end; k++) if (isProse(candidateLines[k]!)) continued.add(k);
    last = articleEnd(candidateLines, last + 2, end, aboveArticle);
  }
  // A live blog's entries each open with a time stamp (removed as such; a timeline's stay): when stamps stand inside the
  // block, an entry whose stamp follows the block's last line is the article's too, up to its prose.
  // Its heading and a "Share" button between stamp and prose made the last entry of a page a weak
  // island after the block, and its paragraphs were dropped as page text after the article.
  // Time stamps before the text of lines[i] (alone on lines[0..i), or opening lines[0..i]), so that
  // each question below is two look-ups, not a scan of the page.
  const stampOpened = new Set([...cuts.liveStamps.map(({ line }) => line), ...cuts.timelineHeadings]);
  const stampsBefore = new Int32Array(lines.length);
  lines.forEach((line, i) => (stampsBefore[i] = (i > 0 ? stampsBefore[i - 1]! + (isTimeStamp(lines[i - 1]!) ? 1 : 0) : 0) + (stampOpened.has(line.number) ? 1 : 0)));
  /** A time stamp stands between candidate lines k and l (never stamps themselves). */
  const stampBetween = (k: number, l: number): boolean => stampsBefore[candidates[l]!]! > stampsBefore[candidates[k]!]!;
  const liveBlog = stampBetween(block.first, last);
  while (liveBlog && last + 1 < candidates.length && stampBetween(last, last + 1)) {
    let prose = last + 1;
    while (prose < Math.min(candidates.length, last + 1 + LIVE_ENTRY_HEAD_LINES) && !isProse(candidateLines[prose]!)) prose++;
    if (prose >= candidates.length || !isProse(candidateLines[prose]!)) break;
    let end = prose;
    while (end + 1 < candidates.length && isProse(candidateLines[end + 1]!)) end++;
    for (let k = prose; k <= end; k++) continued.add(k);
    last = end;
  }
  last = pastAdSlots(lines, candidates, block.first, pastTables(lines, candidates, last, 1, continued), continued);
  last = pastLinkUnderLabel(lines, candidates, block.first, last, removed, recordsOf, continued);
  last = proseAfterPosts(candidateLines, last, continued);
  last = listingsAfter(candidateLines, block.first, last, continued);
  last = bulletedListEnd(candidateLines, last, continued);
  bulletedListsInside(candidateLines, block.first, last, continued);
  last = transcriptEnd(candidateLines, block.first, last, continued);
  last = lifeDatesAfter(candidateLines, last, continued);
  // A note on the byline's author closing the text is the page's, as the credits are (edges.ts articleEnd).
  while (last > block.first && isBylineBio(candidateLines[last]!, metadata.byline)) last--;
  const references = referencesAfter(candidateLines, block.first, last);
  if (references) {
    for (let k = references.start; k <= references.end; k++) remove(candidateLines[k]!, 'boilerplate', REFERENCES);
    last = Math.min(last, references.start - 1);
  }
  const headings = liveBlog ? liveEntryHeadings(candidateLines, block.first, last, stampBetween, stampOpened) : new Set<number>();
  // Edit notes are the desk's, not the article's, nor its title; they open the block or stand before it.
  let firstText = block.first;
  while (firstText < last && isEditNote(lines[candidates[firstText]!]!)) firstText++;
  for (const i of candidates.slice(0, firstText)) if (isEditNote(lines[i]!)) remove(lines[i]!, 'metadata', 'wire edit note');
  const inside = candidates.slice(block.first, last + 1);
  // Kept as they are: list items are short and weak by every line feature.
  const listEnd = introducedListEnd(candidateLines, candidates.map((i) => repeatedIn[i]!), last);
  const list = candidates.slice(last + 1, listEnd + 1).map((i) => lines[i]!);
  const headAt = candidates.slice(0, block.first).filter((i) => !removed.has(lines[i]!.number));
  const head = headAt.map((i) => lines[i]!);
  const tailAt = candidates.slice(listEnd + 1);
  const tail = tailAt.map((i) => lines[i]!);
  const tailDating = datings.find((dating) => dating.line > (tail[0]?.number ?? Infinity));
  if (tailDating) metadata.date = tailDating.before;
  // Weak lines, and page text around the article, named for what they are when they are a table's rows.
  const weakReason = (i: number, reason: string): string => (isDataTableRow(lines, i) ? DATA_TABLE_ROW : reason);

  // A press release's closing sections (About, forward-looking statements, contacts), inside the block or just after it.
  for (const [k, reason] of pressReleaseClosing(candidateLines, block.first, last)) remove(candidateLines[k]!, 'boilerplate', reason);
  for (const k of linksUnderLabels(lines, candidates, block.first, last, removed, continued)) remove(candidateLines[k]!, 'headline', 'link to another story');
  const quoted = embeddedPostLines(candidateLines, block.first, last, weak);
  const dropped = (k: number): boolean => weak(k) && !quoted.has(k) && !continued.has(k) && !headings.has(k);
  const table = droppedTables(lines, candidates, block.first, last, dropped);
  // The last row of a results or standings table above the article may open its block ("4. Aston
  // Villa 55" under "3. Man City 59", next to the report's prose): it is the table's, not the text's.
  const rowsAbove = figureRows(candidateLines.slice(Math.max(0, block.first - 2), block.first + 2));
  if (block.first > 0 && rowsAbove.has(candidateLines[block.first - 1]!)) for (let k = block.first; k < last && rowsAbove.has(candidateLines[k]!); k++) table.add(k);
  inside.forEach((i, k) => {
    if (table.has(block.first + k)) remove(lines[i]!, 'boilerplate', DATA_TABLE_ROW);
    else if (dropped(block.first + k)) remove(lines[i]!, 'boilerplate', weakReason(i, explainRemoval(features.row(i), model)));
  });
  // A body scraped twice into one file, a pull quote: its words were counted twice.
  for (const [line, reason] of repeatedLines(inside.map((i) => lines[i]!).filter((line) => !removed.has(line.number)))) remove(line, 'boilerplate', reason);
  const body = [...inside.map((i) => lines[i]!).filter((line) => !removed.has(line.number)), ...list];
  const bodyStems = bodyVocabulary(body.map((line) => words[line.number - 1]!), context);
  const firstInBlock = lines[candidates[block.first]!]!.number;
  const listed = lines.filter((line) => line.number < firstInBlock && repeated.has(line.number));
  const isMetadata = (line: Line): boolean => removed.get(line.number)?.kind === 'metadata';
  const overHeader = (line: Line): boolean => {
    const under = lines[lines.indexOf(line) + 1];
    const header = under && removed.get(under.number);
    return header?.kind === 'metadata' && /^(?:byline|date line)/u.test(header.reason);
  };
  const liveHead = liveBlogHead(lines, head, firstInBlock, lines[inside[inside.length - 1]!]!.number, isMetadata, stampOpened);
  const briefHeading = liveHead.entryHeading ? null : firstBriefHeading(lines, head, body, isMetadata, overHeader);
  const { titleSearch, entryHeading, summary } = briefHeading ? { ...liveHead, titleSearch: head.filter((line) => line !== briefHeading), entryHeading: briefHeading } : liveHead;
  // A line a rule takes for the page's after the article (a share button, a copyright notice) is
  // never the article's headline listed there: "Share on Facebook" shares half its words with a body that says "shared".
  const tailHeadlines = tail.filter((line) => !AFTER_ARTICLE_RULES.some(([test]) => test(line)));
  const title = findTitle(titleSearch, listed, body, tailHeadlines, bodyStems, metadata, context, recordsOf, overHeader, lines[0]);
  if (title) {
    if (repeated.has(title.line.number)) removed.delete(title.line.number);
    remove(title.line, 'title', title.reason);
  }
  // A title that the text repeats as one of its first lines is no body text: it was counted as a
  // sentence, its words as terms. Scraped records repeat the title the input gave (JSONL `title`);
  // pages set the headline twice, in the header and again over the text (Japanese blogs: a
  // headline ending in "！？" reads as a sentence, and the block opened with the second copy).
  const givenTitle = raw.givenMetadata.title;
  const titleText = givenTitle || (title && headlineOf(title.line));
  const repeat = titleText ? body.slice(0, TITLE_REPEAT_LINES).find((line) => line !== title?.line && sameText(line.text, titleText)) : undefined;
  if (repeat) remove(repeat, 'title', givenTitle ? 'title (given by the input, repeated in the text)' : 'title (repeated in the text)');
  if (title) metadata.title ??= headlineOf(title.line);
  // A name alone next to the header's date line ("Jane Doe" over "Published: 3 March 2023") is the
  // byline without its "By": it was removed as a section label and the article had no author.
  const named = metadata.byline === null ? headerName(lines, removed, repeated, firstInBlock, [title?.line, entryHeading]) : null;
  if (named) {
    removed.delete(named.number);
    remove(named, 'metadata', 'byline');
    metadata.byline = named.text;
  }
  // Rows of results over the report ("Arsenal 2-1 Chelsea", "Man City 1-1 Tottenham"): a short one had
  // been a section label, a longer one page text before the article (isDataTableRow wants two figures at the end).
  const resultRows = figureRows(head);
  for (const i of headAt) {
    const line = lines[i]!;
    if (line === entryHeading) continue;
    if (metadata.title && line.text === metadata.title) remove(line, 'title', 'title');
    else if (summary.includes(line)) remove(line, 'boilerplate', "live blog's summary of its entries");
    else if (resultRows.has(line)) remove(line, 'boilerplate', DATA_TABLE_ROW);
    else if (isLabel(line)) remove(line, 'boilerplate', 'section label or navigation');
    else remove(line, 'boilerplate', weakReason(i, 'page text before the article'));
  }
  let inComments = false;
  for (const i of tailAt) {
    const line = lines[i]!;
    const credit = liftCredit(line, metadata, aboveArticle);
    if (credit) {
      remove(line, 'metadata', credit);
      continue;
    }
    if (isBylineBio(line, metadata.byline)) {
      remove(line, 'boilerplate', AUTHOR_BIO_AFTER);
      continue;
    }
    const rule = AFTER_ARTICLE_RULES.find(([test]) => test(line));
    if (rule) {
      remove(line, rule[1], rule[2]);
      inComments ||= rule[2] === READER_COMMENTS;
      continue;
    }
    if (inComments || COMMENT_BUTTONS.test(line.text)) {
      remove(line, 'boilerplate', COMMENTS_SECTION);
      continue;
    }
    if (isSubscriberLogin(line)) {
      remove(line, 'boilerplate', READING_PROMPT);
      continue;
    }
    const tableRow = isDataTableRow(lines, i);
    const headline = !tableRow && relatedHeadlineReason(line, bodyStems, context, recordsOf);
    if (headline) remove(line, 'headline', headline);
    else remove(line, 'boilerplate', tableRow ? DATA_TABLE_ROW : 'page text after the article');
  }
  // An academic author's line under the title (The Conversation's "Jane Doe, Professor of Economics,
  // University of Leeds") is the byline when no line gave one. It had been the body's first paragraph.
  const academic = metadata.byline === null ? headerLine(lines, firstInBlock, title?.line, isAcademicAuthorLine) : null;
  if (academic) {
    removed.delete(academic.number);
    remove(academic, 'metadata', 'byline');
    metadata.byline = academic.text;
  }
  // A news agency's name alone on a line of the header ("共同通信" under a Japanese date line,
  // "Reuters" under the headline) signs the story: the source when no source line, dateline, sign-off
  // or byline's outlet named one (keptArticle). It had been the body's first paragraph.
  const agency = headerLine(lines, firstInBlock, title?.line, (line) => isNewsAgencyName(line.text));
  if (agency) {
    removed.delete(agency.number);
    remove(agency, 'metadata', 'source credit');
  }
  return keptArticle(raw, lines, words, removed, metadata, cuts, dateOrder, { headerAgency: agency?.text });
}

/**
 * A name-shaped line (isNameLine, or a name with its job title: isNameWithJobTitle) right above or below a date line or the story's age ("3 hours ago"), both before the article's first
 * line `firstInBlock`, neither one of `kept` (the title, a live blog's first entry heading) nor removed
 * for anything but standing in other articles (an author's name heads all their articles); else null.
 * Never a line of the body.
 */
function headerName(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, repeated: ReadonlySet<number>, firstInBlock: number, kept: ReadonlyArray<Line | null | undefined>): Line | null {
  const isHeaderCandidate = (line: Line | undefined): line is Line =>
    line !== undefined && line.number < firstInBlock && !kept.includes(line) && !(removed.has(line.number) && !repeated.has(line.number));
  for (let i = 0; i < lines.length && lines[i]!.number < firstInBlock; i++) {
    if (!removed.get(lines[i]!.number)?.reason.startsWith('date line') && !isRelativeAge(lines[i]!)) continue;
    for (const step of [-1, 1]) {
      // Between the name and the date line a page may set the author's job title and e-mail
      // address ("Sarah Mitchell", "Staff Writer", "smitchell@…"): the name is above them.
      let j = i + step;
      let underJobTitle = false;
      for (let crossed = 0; crossed < HEADER_NAME_NOTES && lines[j] && (isJobTitleLine(lines[j]!) || CONTACT_LINE.test(lines[j]!.text)); crossed++, j += step) {
        underJobTitle ||= isJobTitleLine(lines[j]!);
      }
      const next = lines[j];
      if (isHeaderCandidate(next) && (step < 0 && underJobTitle ? isNameOverJobTitle(next) : isNameLine(next))) return next;
      // Else the line next to the date line may be the name with its job title: a job title line to
      // cross when a name stands over it ("Metro Times Staff Writer").
      const adjacent = lines[i + step];
      if (isHeaderCandidate(adjacent) && isNameWithJobTitle(adjacent)) return adjacent;
    }
  }
  return null;
}

/** The first line up to the article's first line `firstInBlock`, but the title, that `is` holds for; else null. */
function headerLine(lines: readonly Line[], firstInBlock: number, title: Line | undefined, is: (line: Line) => boolean): Line | null {
  for (let i = 0; i < lines.length && lines[i]!.number <= firstInBlock; i++) {
    if (lines[i] !== title && is(lines[i]!)) return lines[i]!;
  }
  return null;
}

/** Job title and contact lines crossed between an author's name and the date line, at most. */
const HEADER_NAME_NOTES = 2;
/** An author's e-mail address or telephone number alone on its line. */
const CONTACT_LINE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d() .-]{7,})$/u;

/** How far before the block a lede under the header is looked for, in candidate lines. */
const LEDE_GAP_LINES = 25;
/**
 * Lines between a lede and the block at least: a line or two there are a picture's caption and
 * credit, a "Highlights" label, a standfirst under the byline, which benchmarks' gold leaves out.
 * Not for a wire story's lede (isWireLede), which none of these is. Counted in the page's lines,
 * those removed by rule too: a photo gallery between a lede and the text (its counters "1 of 12"
 * and captions, removed on sight) left two lines there, "Swipe for more" and "View gallery", and
 * the gallery's lede was dropped as page text before the article.
 */
const LEDE_MIN_GAP_LINES = 3;
/** A lede's body probability at least: page text under a byline that is not the story (a teaser, a notice) scores lower. */
const LEDE_MIN_PROBABILITY = 0.15;

/**
 * A paragraph opening with a wire dateline that names its agency ("WASHINGTON (Reuters) - …"): the
 * story's first paragraph, never a caption or a standfirst, and as often cut off mid-sentence by
 * the page (its last ticker, "( T.N )", or no full stop). A caption dated in the same form
 * ("ROTTERDAM, NETHERLANDS - MARCH 13: …") names no agency.
 */
const isWireLede = (line: Line): boolean => Boolean(datelineAt(line.text)?.agency);

/**
 * The block's first candidate line, moved up to the article's lede: a line of prose right under
 * the header's byline or date line, ending as a sentence does (a standfirst often does not), not
 * a picture's caption (a credit under it), from
 * LEDE_MIN_GAP_LINES to LEDE_GAP_LINES lines before the block. A table, a list or a
 * player's buttons between the lede and the rest (a results table, a recipe's ingredients, a
 * podcast's "Listen now" and "Download") cost the block more than the lede brings, so the lede was
 * dropped as page text before the article, and the title was searched below it (a table row was
 * the title). The lines between are inside the block, where the weak ones are removed as such; the
 * lede stays, however weak its neighbours make it. A wire story's lede is taken from right over the
 * block on: the site's chrome around it, repeated over a run's pages, had made it weaker than the
 * threshold the one paragraph after it set, and a Reuters story lost its first paragraph.
 */
function ledeBefore(candidates: readonly number[], first: number, lines: readonly Line[], probabilities: readonly number[], removed: ReadonlyMap<number, RemovedLine>): number {
  for (let k = first - 1; k >= Math.max(0, first - LEDE_GAP_LINES); k--) {
    const i = candidates[k]!;
    const header = i > 0 ? removed.get(lines[i - 1]!.number) : undefined;
    const lede = lines[i]!;
    // A caption's credit stands under it, or under the caption given twice (the image's alt text and caption).
    const credited = lines.slice(i + 1, i + 3).some((line) => removed.get(line.number)?.reason === PICTURE_CREDIT);
    // A wire lede is prose by its dateline: cut off after a ticker, of names more than function words, it may read as none.
    // Right over the block it is the story's whatever it scores: the chrome and date lines around it, repeated
    // over a run's pages, weaken it below LEDE_MIN_PROBABILITY, which keeps out a teaser or a notice (no dateline).
    const wire = isWireLede(lede);
    const strongEnough = probabilities[i]! >= LEDE_MIN_PROBABILITY || (wire && k === first - 1);
    if (header?.kind !== 'metadata' || !/^(?:byline|date line)/u.test(header.reason) || !(wire || isProse(lede)) || credited || !strongEnough) continue;
    if (wire || (candidates[first]! - i > LEDE_MIN_GAP_LINES && lede.endsWithSentencePunctuation)) return k;
  }
  return first;
}

/**
 * The block, unless it holds no prose and prose follows it: then the best block after it (judged
 * against its own strongest line, as the page is). A short brief, a headline over one paragraph,
 * had the headline as its block (the neighbourhood features of a two-line page favour the first
 * line), so the body was the headline and the paragraph was dropped as "page text after the article".
 */
function proseBlock(scored: readonly ScoredLine[], lines: readonly Line[]): { first: number; last: number; strongest: number } | null {
  const block = blockOf(scored, 0);
  if (!block) return block;
  const inside = lines.slice(block.first, block.last + 1);
  if (inside.some(isProse)) return block;
  const after = lines.slice(block.last + 1);
  // A block of labels alone gives way too: "World" over a headline was the body of a page that is
  // a section label and a headline, and the headline was dropped as a headline after the article.
  const chosen = after.some(isProse) || (inside.every(isLabel) && !after.every(isLabel)) ? (blockOf(scored, block.last + 1) ?? block) : block;
  if (lines.slice(chosen.first, chosen.last + 1).some(isProse)) return chosen;
  // A page without prose (a headline alone, a gallery of captions): a section label opening the
  // block ("World", "In pictures") is the page's, not the article's.
  let first = chosen.first;
  while (first < chosen.last && isLabel(lines[first]!)) first++;
  return { ...chosen, first };
}

/**
 * The main block of the lines from `from` on. A page whose best line is weak (a short article amid
 * chrome, a bare list, a note) is judged against that line: the threshold is half its probability
 * when that is below BLOCK_THRESHOLD, as for the lines inside the block (a fixed threshold dropped
 * the second of two paragraphs at 0.3).
 */
function blockOf(scored: readonly ScoredLine[], from: number): { first: number; last: number; strongest: number } | null {
  const lines = scored.slice(from);
  // Not Math.max(...spread): a page of a million lines overflowed the stack with its million arguments.
  const strongest = lines.reduce((max, line) => Math.max(max, line.probability), 0);
  const block = mainBlock(lines, Math.min(BLOCK_THRESHOLD, strongest / 2));
  return block && { first: from + block.first, last: from + block.last, strongest };
}

/** Whether two lines read the same but for case and spacing (an input's title repeated as the page's first line). */
const sameText = (a: string, b: string): boolean => a.replace(/\s+/gu, ' ').trim().toLowerCase() === b.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The article once every removed line is decided: the other lines as the body's paragraphs (with
 * the cleaner's words of each), the metadata completed from the body's dateline and the byline,
 * the removed lines in page order and the warnings (nothing left, and why when `emptyBecause` says; a paywall's notice; a second article's header inside the text).
 */
function keptArticle(
  raw: RawArticle, lines: readonly Line[], words: readonly PlacedWords[], removed: Map<number, RemovedLine>, metadata: ArticleMetadata, cuts: LineCuts, dateOrder: DateOrder | undefined,
  { emptyBecause, headerAgency }: { emptyBecause?: string; headerAgency?: string } = {},
): CleanArticleWithWords {
  const kept = lines.filter((line) => !removed.has(line.number));
  const body = kept.map((line) => line.text).join('\n\n');
  // Wire copy names its agency in the dateline ("WASHINGTON (Reuters) - "), signs off with it ("…
  // al Senato. (ANSA).") or signs with it ("By TASS", "By Jane Doe, Reuters"), or a line of the header
  // names it alone (`headerAgency`): the article's source when no line gave one. The dateline stays
  // in the body, where extraction benchmarks keep it. A byline the page gave keeps its authors
  // only, unless its outlet is not the source (a "Source:" line, the input or the dateline named
  // another): then it keeps the outlet, which had been lost; one the input gave is left as it is.
  // A byline run into the dateline ("By Jane Doe NEW YORK Nov 1 (Reuters) - ") stays in the body with it.
  const dateline = datelineAt(body);
  metadata.byline ??= dateline?.byline ?? null;
  const signed = signedByline(metadata.byline);
  metadata.source ??= dateline?.agency ?? signOffAgency(body) ?? signed.outlet ?? headerAgency ?? null;
  if (metadata.byline !== raw.givenMetadata.byline && sameOutlet(signed.outlet, metadata.source)) metadata.byline = signed.authors;
  // A press release dates itself only in its dateline ("PHOENIX, April 9, 2024 /PRNewswire/ -- "):
  // it had no date. A wire's "Jan 15" without its year gives none.
  if (metadata.date === null && dateline) metadata.date = readDate(body.slice(dateline.start, dateline.start + dateline.length), dateOrder)?.iso ?? null;
  const warnings = [...raw.warnings];
  if (!body) warnings.push(emptyBecause ? `nothing left after cleaning: ${emptyBecause}` : 'nothing left after cleaning');
  const notices = lines.filter((line) => removed.get(line.number)?.reason === PAYWALL_NOTICE).map((line) => ({ line: line.number, text: line.text, words: line.wordCount }));
  const paywall = notices.length ? paywallWarningOf(notices, kept[0]?.number ?? Infinity, kept.reduce((sum, line) => sum + line.wordCount, 0)) : null;
  if (paywall) warnings.push(paywall);
  const pasted = pastedArticleWarning(lines, removed, kept);
  if (pasted) warnings.push(pasted);
  const article = {
    id: raw.id,
    sourceFile: raw.sourceFile,
    encoding: raw.encoding,
    metadata,
    body,
    removedLines: [...removed.values(), ...cutsRemoved(cuts)].sort((a, b) => a.line - b.line),
    warnings,
  };
  // Each kept line is one paragraph of the body, as it stands in the line (trimmed, no line break).
  return { article, bodyWords: kept.map((line) => words[line.number - 1]!) };
}

/** Whether a byline's outlet, if any, is the source: one name, with or without its "The", case and spacing aside. */
function sameOutlet(outlet: string | null, source: string | null): boolean {
  const name = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ').replace(/^the /u, '').trim();
  return outlet === null || (source !== null && name(outlet) === name(source));
}

/** What pageLines cut off the lines: a transcript's stamps in one row (stampsRemoved), a row for each live blog's stamp and each script. */
function cutsRemoved({ stamps, liveStamps, scripts }: LineCuts): RemovedLine[] {
  const scriptRows = scripts.map(({ line, code }): RemovedLine => ({ line, text: code, kind: 'boilerplate', reason: `script or style code cut off the end of line ${line}` }));
  const liveStampRows = liveStamps.map(({ line, stamp }): RemovedLine => ({ line, text: stamp, kind: 'boilerplate', reason: `time stamp cut off the start of line ${line}` }));
  return [...stampsRemoved(stamps), ...liveStampRows, ...scriptRows];
}

/**
 * The transcript stamps cut off the lines they opened, as one row at the first of those lines: the
 * stamps in order, and which lines they opened. A transcript has one at most turns (hundreds in an
 * hour), so a row each would swell removed_lines.csv with rows that say nothing more than the
 * stamps do; the lines themselves, kept or removed, have their own rows or are in the body.
 */
function stampsRemoved(stamps: LineCuts['stamps']): RemovedLine[] {
  const first = stamps[0];
  if (!first) return [];
  const last = stamps[stamps.length - 1]!;
  const reason = stamps.length === 1 ? `transcript time stamp cut off the start of line ${first.line}` : `transcript time stamps cut off the start of ${stamps.length} lines (${first.line} to ${last.line})`;
  return [{ line: first.line, text: stamps.map(({ stamp }) => stamp).join(' '), kind: 'boilerplate', reason }];
}

/** For input that is already clean (`--no-clean`): paragraphs as given, metadata from the input. */
export function passThrough(raw: RawArticle): CleanArticle {
  const body = raw.text
    .split(/\n\s*\n/)
    .map(unwrapLines)
    .filter(Boolean)
    .join('\n\n');
  return {
    id: raw.id,
    sourceFile: raw.sourceFile,
    encoding: raw.encoding,
    metadata: { ...raw.givenMetadata },
    body,
    removedLines: [],
    warnings: body ? [...raw.warnings] : [...raw.warnings, 'empty text'],
  };
}
