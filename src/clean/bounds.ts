// Where the article starts and ends on the page (step 4 of index.ts's header): the densest block of body-like lines,
// its edges moved over what a page sets inside an article and off what closes it (edges/, live-blog.ts). articleBounds
// first, then its steps in the order it takes them.
import { articleEnd, closesPageText, isAnswerInWord, closingSectionAfter, closingSentenceAfter, lifeDatesAfter, pageNoticeEnd, pastAdSlots, quotationSourcesKept, referencesAfter, timedTranscriptKept, toolsRowEnd, transcriptEnd } from './edges/article-end.js';
import { galleriesInText, galleryCaptionsBefore } from './edges/galleries.js';
import { bulletedListEnd, bulletedListsInside, dateHeadingsInside, factBoxesInside, ingredientListsInside, introducedListsInside, introducesWhatFollows, listingsAfter, recipeOpening, scheduleAfter, shortListAfter, summaryPointsOver, teamSheetAfter } from './edges/lists.js';
import { boxOfStoriesEnd, pastBoxHeadlines, paragraphsOverStoryBox, pastLinkUnderLabel } from './edges/story-links.js';
import { pastCellTable, pastTables, tablesInProse } from './edges/tables.js';
import { proseAfterPosts } from './embedded.js';
import { isBylineBio, isNoteUnderNameHeading } from './chrome/authors.js';
import { isLabelledLink } from './chrome/links.js';
import { isOutletMission } from './chrome/notes.js';
import { isPictureCredit } from './chrome/pictures.js';
import { isClaimLabel, isRatingLabel } from './chrome/overviews.js';
import { isCommentsHeading } from './chrome/comments.js';
import { isSubscriberLogin } from './chrome/prompts.js';
import { continuesStory } from './edges/continues-story.js';
import { isProse } from './line-shape.js';
import { endsSentence, isSentenceLine } from './edges/shapes.js';
import { ballOrder, isMatchMinute } from './chrome/stamps.js';
import { digestFirstItem, ledeBefore, openingParagraphs, wireLedeStart } from './block.js';
import { isEmailAddressLine } from './metadata/names.js';
import { isRightUnderOnPage, positionsFromTo, type Line, type LineNumber, type PositionInCandidates } from './lines.js';
import { AUTHOR_BIO_AFTER, AUTHOR_CONTACT, REFERENCES } from './line-rules.js';
import { lineKey } from './page-keys.js';
import { commentaryEnd, commentaryEntries, commentaryStart, isFirstLiveEntry, liveEntriesEnd, liveEntryHeadings, stampLookup } from './live-blog.js';
import { isHeadlineShaped } from './title/headlines.js';
import type { Page } from './page.js';
import type { Word } from '../types.js';
import { englishLexicon } from '../text/pos-lexicon.js';

// Fitted by hand on the development sets (eval:clean): a line inside the block needs this probability
// to stay (block.ts BLOCK_THRESHOLD takes lines into the block).
const KEEP_INSIDE_BLOCK = 0.35;
// A sentence standing between two lines that stay needs this share of it (fitted on the development sets): its neighbours
// vouch for it, where a short sentence or a heading in capitals scores low on its shape alone.
const SENTENCE_BETWEEN_KEPT_SHARE = 0.75;

/** Where the article starts and ends among the page's candidate lines, and what the edges' rules found on the way. */
export interface Bounds {
  /** The article's first and last line. */
  first: PositionInCandidates;
  last: PositionInCandidates;
  /** The article's lines kept however the line model scores them; the links under labels add theirs. */
  keptHoweverWeak: Set<PositionInCandidates>;
  /** Whether the article's line there is too weak to stay (KEEP_INSIDE_BLOCK; a sentence between two lines that stay, a share of it). */
  weak: (k: PositionInCandidates) => boolean;
  /** The headlines of a box of other stories set into the text, and the cells of a table copied one a line. */
  storyBox: ReadonlySet<PositionInCandidates>;
  cells: ReadonlySet<PositionInCandidates>;
  /** The page's lines over the article. */
  aboveArticle: readonly Line[];
  /** The lines a live blog's or a timeline's stamp opened, and a live blog's entries' headings. */
  stampOpened: ReadonlySet<LineNumber>;
  headings: ReadonlySet<PositionInCandidates>;
  /** How many articles of the run hold each candidate line (ScoredLines.repeatedIn). */
  repeatedInCandidates: readonly number[];
}

/**
 * Step 4 of index.ts's header: the densest block of body-like lines that holds prose (`found`, block.ts proseBlock),
 * its edges moved over what a page sets inside an article (a lede, galleries, tables, lists, a live blog's entries) and
 * off what closes it (a related story's box, the author's note, references) by the rules of edges/ and live-blog.ts.
 * Its steps: where the article opens (articleOpening), where the line model's block ends (edges/article-end.ts articleEnd,
 * off a closing box of stories), then past what a page sets inside an article: a headline repeated mid-text
 * (pastRepeatedHeadlines), a live blog's or a match commentary's entries (pastLiveEntries), tables, ad slots and
 * galleries (pastTablesAndGalleries), lists, transcripts and the like (pastTextSetInside); then off what closes it
 * (closingMatterOff).
 */
export function articleBounds(page: Page, found: { first: PositionInCandidates; last: PositionInCandidates; strongest: number }): Bounds {
  const { lines, candidates, candidateLines, removed, recordsOf, scoredLines } = page;
  const { repeatedIn, probabilities } = scoredLines;
  const opening = articleOpening(page, found);
  const { first, aboveArticle, keptHoweverWeak, lede, digestItem } = opening;
  let last = boxOfStoriesEnd(lines, candidates, first, articleEnd(candidateLines, first, found.last, aboveArticle), removed, recordsOf);
  const keepInside = Math.min(KEEP_INSIDE_BLOCK, found.strongest / 2);
  const probabilityOf = (k: PositionInCandidates): number => probabilities[candidates[k]!] ?? 0;
  const weak = (k: PositionInCandidates): boolean => probabilityOf(k) < keepInside && !sentenceBetweenKept(k) && !likeKeptLine(k) && !answerKept(k);
  // An interview's answer in a word ("Yes.") under its question that stays: short, it scores under the threshold.
  const answerKept = (k: PositionInCandidates): boolean => stays(k - 1) && isAnswerInWord(lines, candidates, first, found.last, k);
  // A heading or a signature shaped as one the line model's block keeps, between lines shaped as that one's neighbours are, each
  // of them staying or so shaped too: a letters page's second headline and the first letter's signature ("Ruth Doe, Halden" over
  // "Thank you to the crews", as "Mark Roe, Pine Ridge" over "Bike lanes make Main Street safer" further down), a digest's first
  // heading under its intro line. Not a label the block gives twice ("SUMMARY" under each section, a picture's "[Agency]"): a
  // box's or a credit's, whichever of them scores over the threshold.
  let keptShapes: Set<string> | undefined;
  let blockTexts: Map<string, number> | undefined;
  const shapesAround = (k: PositionInCandidates): string => [k - 1, k, k + 1].map((j) => (candidateLines[j] ? lineShape(candidateLines[j]) : '')).join('|');
  const shapedAsKept = (k: PositionInCandidates): boolean => {
    const line = candidateLines[k];
    if (line === undefined || probabilityOf(k) < keepInside * SENTENCE_BETWEEN_KEPT_SHARE || isSentenceLine(line)) return false;
    const block = positionsFromTo(found.first, found.last);
    keptShapes ??= new Set(block.filter((j) => probabilityOf(j) >= keepInside && !isSentenceLine(candidateLines[j]!)).map(shapesAround));
    blockTexts ??= block.reduce((texts, j) => texts.set(candidateLines[j]!.text, (texts.get(candidateLines[j]!.text) ?? 0) + 1), new Map<string, number>());
    return (blockTexts.get(line.text) ?? 0) < 2 && keptShapes.has(shapesAround(k));
  };
  const likeKeptLine = (k: PositionInCandidates): boolean =>
    shapedAsKept(k) && [k - 1, k + 1].every((j) => probabilityOf(j) >= keepInside || keptHoweverWeak.has(j) || shapedAsKept(j));
  const sentenceBetweenKept = (k: PositionInCandidates): boolean =>
    probabilityOf(k) >= keepInside * SENTENCE_BETWEEN_KEPT_SHARE && stays(k - 1) && stays(k + 1)
    && isSentenceLine(candidateLines[k]!) && (!isCaptionOverCredit(k) || (isCaptionOverCredit(k - 1) && isCaptionOverCredit(k + 1)));
  // A neighbour stays by its own score, as a line the edges' rules keep however weak, or as the introduction of such a line (a
  // recipe's "Zutaten:" over its ingredients: index.ts removeInsideArticle keeps it so).
  const keptAlone = (k: PositionInCandidates): boolean => probabilityOf(k) >= keepInside || keptHoweverWeak.has(k);
  const stays = (k: PositionInCandidates): boolean => keptAlone(k) || (introducesWhatFollows(candidateLines[k]) && keptAlone(k + 1));
  // A picture's caption is a sentence too: the credit right under it tells it; between two captions that stay, it is a gallery's
  // the article gives as its text.
  const isCaptionOverCredit = (k: PositionInCandidates): boolean => {
    const i = candidates[k];
    return i !== undefined && isRightUnderOnPage(lines[i + 1], lines[i]) && isPictureCredit(lines[i + 1]!);
  };
  // The lede is kept however weak: its neighbours (a table, a list) weaken it. So is a digest's first item under its heading.
  if (lede < found.first) keptHoweverWeak.add(lede);
  if (digestItem !== null) keptHoweverWeak.add(digestItem + 1);
  last = pastRepeatedHeadlines(lines, candidateLines, first, last, weak, keptHoweverWeak, aboveArticle);
  const live = pastLiveEntries(page, opening, last);
  const cells = new Set<PositionInCandidates>();
  last = pastTablesAndGalleries(page, found.first, first, live.last, keptHoweverWeak, cells);
  const repeatedInCandidates = candidates.map((i) => repeatedIn[i]!);
  last = pastTextSetInside(page, first, last, keptHoweverWeak, aboveArticle, repeatedInCandidates);
  last = closingMatterOff(page, first, last);
  factBoxesInside(candidateLines, first, last, keptAlone, keptHoweverWeak);
  const headings = live.liveBlog ? liveEntryHeadings(candidateLines, first, last, live.stampBetween, live.stampOpened) : new Set<number>();
  return { first, last, keptHoweverWeak, weak, storyBox: opening.storyBox, cells, aboveArticle, stampOpened: live.stampOpened, headings, repeatedInCandidates };
}

/** What likeKeptLine compares a line and its neighbours by: prose, a sentence, or the mark it ends with, a comma in it, a headline's shape. */
const lineShape = (line: Line): string => {
  if (isProse(line)) return 'prose';
  if (isSentenceLine(line)) return 'sentence';
  const end = /[?:.!]$/u.exec(line.text)?.[0] ?? '';
  return `${end}${line.text.includes(',') ? ',' : ''}${isHeadlineShaped(line) ? 'headline' : ''}`;
};

/** Where the article opens (articleOpening), and what the rules found on the way. */
interface Opening {
  /** The article's first line. */
  first: PositionInCandidates;
  /** The lines over the article. */
  aboveArticle: readonly Line[];
  /** Where the block is moved up to: a briefs digest's first item, the story's first paragraphs or its lede (block.ts). */
  lede: PositionInCandidates;
  /** A briefs digest's first item's heading (block.ts digestFirstItem), else null. */
  digestItem: PositionInCandidates | null;
  /** The lines of a match commentary's entries (live-blog.ts commentaryEntries). */
  commentary: ReadonlySet<PositionInCandidates>;
  /** The lines kept inside the block however the line model scores them, and a box of other stories' headlines set into the text. */
  keptHoweverWeak: Set<PositionInCandidates>;
  storyBox: Set<PositionInCandidates>;
}

/**
 * Where the article opens: the block's first line moved up to a lede or a digest's first item, over a box of other
 * stories under the first paragraphs, tables, a gallery's captions and summary points over the text, to a commentary's
 * first entry and to a wire story's lede, past an outlet's mission statement, a box of other stories' last headlines over the
 * text, a paywall box's log-in prompt and a caption echoing the first paragraph's opening words or naming what it tells of.
 */
function articleOpening(page: Page, found: { first: PositionInCandidates; last: PositionInCandidates }): Opening {
  const { lines, candidates, candidateLines, removed, recordsOf, scoredLines } = page;
  const { probabilities, cuts } = scoredLines;
  // Lines kept inside the block however the line model scores them.
  const keptHoweverWeak = new Set<PositionInCandidates>();
  const digestItem = digestFirstItem(lines, candidates, found.first, probabilities, removed);
  const opening = digestItem === null ? openingParagraphs(lines, candidates, found.first, removed) : null;
  const lede = digestItem ?? opening ?? ledeBefore(lines, candidates, found.first, probabilities, removed);
  // The story's first paragraphs are kept however weak, as a lede is; a line between them that is none (a picture's name label) is judged as the block's.
  if (opening !== null) for (let k = opening; k < found.first; k++) if (isProse(lines[candidates[k]!]!)) keptHoweverWeak.add(k);
  // Entries a match's minute or a cricket ball's number was cut off (live-blog.ts commentaryStampsCut).
  const minuteOpened = new Set(cuts.liveStamps.filter(({ stamp }) => isMatchMinute(stamp) || ballOrder(stamp) !== null).map(({ line }) => line));
  const commentary = commentaryEntries(lines, candidates, minuteOpened, page.anywhere.balls);
  // A box of other stories set into the text under its first paragraphs: its headlines go as links.
  const storyBox = new Set<PositionInCandidates>();
  const overStoryBox = paragraphsOverStoryBox(lines, candidates, lede, found.last, recordsOf, keptHoweverWeak, storyBox);
  const blockOpening = summaryPointsOver(lines, candidates, galleryCaptionsBefore(lines, candidates, pastTables(lines, candidates, overStoryBox, -1, keptHoweverWeak), keptHoweverWeak), keptHoweverWeak);
  const opened = pastBoxHeadlines(lines, candidates, pastOutletMission(page, wireLedeStart(candidateLines, commentaryStart(commentary, blockOpening)), found.last), found.last);
  const first = recipeOpening(candidateLines, overClaimBox(page, pastLedeEcho(page, pastSubscriberLogin(candidateLines, opened, found.last), found.last), keptHoweverWeak), keptHoweverWeak);
  return { first, aboveArticle: lines.slice(0, candidates[first]), lede, digestItem, commentary, keptHoweverWeak, storyBox };
}

/**
 * The article's first candidate line moved past an outlet's mission statement opening it (chrome/notes.ts isOutletMission)
 * that shares too few words with the block's prose under it to go on with its story (edges/continues-story.ts continuesStory).
 */
function pastOutletMission(page: Page, first: PositionInCandidates, last: PositionInCandidates): PositionInCandidates {
  const { candidateLines, recordsOf } = page;
  const opening = candidateLines[first]!;
  if (first >= last || !isOutletMission(opening)) return first;
  return continuesStory(candidateLines.slice(first + 1, last + 1).filter(isProse), [opening], recordsOf) ? first : first + 1;
}

/**
 * The article's first candidate line moved past a paywall box's log-in prompt opening it (chrome/prompts.ts isSubscriberLogin):
 * the NZ Herald's read-aloud box sets "Already a subscriber? Sign in here" over the first paragraph. Removed so only where it
 * opens the article: under a comments heading the same line is the comments section's.
 */
function pastSubscriberLogin(candidateLines: readonly Line[], first: PositionInCandidates, last: PositionInCandidates): PositionInCandidates {
  return first < last && isSubscriberLogin(candidateLines[first]!) ? first + 1 : first;
}

/** Candidate lines from a fact-check's claim label to the article's first line at most: the claim, the rating's label, the rating, a link on it. */
const MAX_CLAIM_BOX_LINES = 6;
/**
 * The article's first candidate line moved up to a fact-check's box over it (chrome/overviews.ts isClaimLabel, isRatingLabel): the
 * claim's label with the claim under it (a blank line between at most), then the rating's label, at most MAX_CLAIM_BOX_LINES over the first line or the
 * first line itself, no metadata line removed between them. The box is the article's, the claim it checks and the verdict: else the block
 * opens at the rating's label, the claim cut off as page text, or past the box. Its lines are kept however weak, as the labels are.
 */
function overClaimBox(page: Page, first: PositionInCandidates, keptHoweverWeak: Set<PositionInCandidates>): PositionInCandidates {
  const { lines, candidates, candidateLines, removed } = page;
  for (let k = first; k >= Math.max(0, first - MAX_CLAIM_BOX_LINES); k--) {
    const [label, claim] = [candidateLines[k]!, candidateLines[k + 1]];
    if (!isClaimLabel(label)) continue;
    // The claim under its label, at most a blank line between.
    const claimUnder = claim !== undefined && claim.number - label.number <= 2;
    if (k === first || !claimUnder || !candidateLines.slice(k + 2, first + 1).some(isRatingLabel)) return first;
    const metadataBetween = lines.slice(candidates[k]!, candidates[first]).some((line) => removed.get(line.number)?.kind === 'metadata');
    if (metadataBetween) return first;
    for (let box = k; box < first; box++) keptHoweverWeak.add(box);
    return k;
  }
  return first;
}

/** Words a line opening the article shares with the paragraph under it, from their first, to echo it (pastLedeEcho). */
const ECHO_WORDS = 5;
/** Words of a line that echoes the paragraph under it at most: a caption's or a teaser's sentence. */
const MAX_ECHO_LINE_WORDS = 20;
const firstWords = (line: Line): string => line.text.toLowerCase().split(/\s+/u, ECHO_WORDS).join(' ');
/**
 * The article's first candidate line moved past a sentence opening it that the paragraph right under it opens with too, its first
 * ECHO_WORDS words: NU.nl's uncredited caption over the first paragraph, "The bicycle park under the station in Zwolle is full on busy
 * days." over "The bicycle park under the station in Zwolle is to be doubled …". A caption or a
 * teaser written from the lede, not the story's first paragraph; no bench page sets two lines so (0 raw lines of either set). Or past
 * a caption naming what that paragraph tells of (isCaptionOfLede).
 */
function pastLedeEcho(page: Page, first: PositionInCandidates, last: PositionInCandidates): PositionInCandidates {
  const { candidateLines } = page;
  const [opening, under] = [candidateLines[first]!, candidateLines[first + 1]];
  if (first >= last || !isRightUnderOnPage(under, opening)) return first;
  const echoes = opening.wordCount >= ECHO_WORDS && opening.wordCount <= MAX_ECHO_LINE_WORDS && opening.endsWithSentencePunctuation && under.wordCount > opening.wordCount;
  return (echoes && firstWords(opening) === firstWords(under)) || isCaptionOfLede(page, first) ? first + 1 : first;
}

/** Words of an uncaptioned picture's caption without a stopword at most (isCaptionOfLede), and how many times longer the paragraph under it is. */
const MAX_NAMING_CAPTION_WORDS = 6;
const LEDE_TIMES_CAPTION = 2;
/** A question's or an exclamation's mark closing a line: a caption ends in a full stop. */
const ASKS_OR_EXCLAIMS = /[?!？！]["'”’»)]*$/u;
/** Lines of the page over a caption, the story's headline and standfirst among them, whose words it may name (isCaptionOfLede). */
const HEADER_LINES_OVER_CAPTION = 6;
/** Letters two words are compared by at most: a word and its inflected forms share them (Turkish "bölgesinde", "bölgedeki"). */
const NAMING_STEM_LETTERS = 5;
/** A line's words, lower case, of three letters or more, cut to NAMING_STEM_LETTERS: the words a caption and the story are compared by. */
const namingStems = (text: string): string[] =>
  text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter((word) => [...word].length >= 3).map((word) => [...word].slice(0, NAMING_STEM_LETTERS).join(''));
/**
 * A picture's caption naming what it shows over the first paragraph, a noun phrase with a full stop: Sözcü's "<Place> metrosunun şantiye
 * alanı." ("the building site of the metro") over "<The city council> … <Place> metrosunun iki istasyonu için …", UCT News' "Solar water
 * heaters on the roof of a residence on the <campus>." over its lede. A noun phrase: at most MAX_NAMING_CAPTION_WORDS words, none a stopword
 * of the page's language (a sentence has one: "It was a long night."), or on an English page up to MAX_ECHO_LINE_WORDS words with no verb
 * the lexicon reads finite (hasFiniteVerb). Its words, but stopwords, named by the story, two of them or half, whichever is more: the paragraph
 * under it, LEDE_TIMES_CAPTION times as long, and the HEADER_LINES_OVER_CAPTION lines over it (the headline, a standfirst: Cumhuriyet's
 * "<Landslide area>'s AFAD teams." shares one word with its lede, three more with the standfirst). An opening noun phrase of the story's own
 * ("Average daily intake 1,850 kcal.") names other words.
 */
function isCaptionOfLede(page: Page, first: PositionInCandidates): boolean {
  const { lines, candidates, candidateLines, recordsOf } = page;
  const [opening, under] = [candidateLines[first]!, candidateLines[first + 1]!];
  if (opening.wordCount < 2 || !opening.endsWithSentencePunctuation || ASKS_OR_EXCLAIMS.test(opening.text) || under.wordCount < LEDE_TIMES_CAPTION * opening.wordCount || !isProse(under)) return false;
  const withoutStopword = opening.wordCount <= MAX_NAMING_CAPTION_WORDS && opening.stopwordShare === 0;
  if (!withoutStopword && !(page.scoredLines.language === 'eng' && opening.wordCount <= MAX_ECHO_LINE_WORDS && !hasFiniteVerb(recordsOf(opening)))) return false;
  const named = namingStems(recordsOf(opening).filter((word) => !word.isStopword).map((word) => word.surface).join(' '));
  const at = candidates[first]!;
  const story = new Set([under, ...lines.slice(Math.max(0, at - HEADER_LINES_OVER_CAPTION), at)].flatMap((line) => namingStems(line.text)));
  const shared = named.filter((stem) => story.has(stem)).length;
  return shared >= Math.max(2, named.length / 2);
}

/**
 * Whether a word of an English sentence has a finite verb's or a modal's reading first in the lexicon ("leaves", "will"), or a past
 * participle's with a past tense's among its readings ("called", "arrested": a lede's verbs): a caption's noun phrase has none, its
 * participles ("emanating", "taken") aside. Words the lexicon lacks (names) are none.
 */
function hasFiniteVerb(words: readonly Word[]): boolean {
  const lexicon = englishLexicon();
  return words.some((word) => {
    if (!word.isWord) return false;
    const tags = lexicon.tags(word.surface).length > 0 ? lexicon.tags(word.surface) : lexicon.tags(word.lower);
    const first = tags[0];
    return first === 'MD' || first === 'VB' || first === 'VBD' || first === 'VBZ' || first === 'VBP' || (first === 'VBN' && tags.includes('VBD'));
  });
}

/**
 * The article's last candidate line, moved past a repeat of a headline from above the article or
 * opening it (its title, set again mid-text): that is not where the article ends when new prose
 * follows it, and the article goes on over the lines after it that are prose or strong enough to
 * stay inside the block (not `weak`). Its prose is kept however the line model scores it
 * (`keptHoweverWeak`: a story filed twice in a run has its paragraphs weakened as repeated). Not after a
 * three-word line (a section label: "Sport News Article"), nor when the line after the repeat is
 * text the article has already given (its own headline and lead listed again in a box of related
 * stories). `first`, `last`: the block's candidate lines.
 */
function pastRepeatedHeadlines(
  lines: readonly Line[], candidateLines: readonly Line[], first: PositionInCandidates, last: PositionInCandidates, weak: (k: PositionInCandidates) => boolean, keptHoweverWeak: Set<PositionInCandidates>, aboveArticle: readonly Line[],
): PositionInCandidates {
  const headlineKeys = new Set(
    lines.filter((line) => line.number <= candidateLines[first]!.number && line.wordCount >= 4 && isHeadlineShaped(line)).map((line) => lineKey(line.text)),
  );
  headlineKeys.delete('');
  const given = (k: PositionInCandidates): boolean => candidateLines.slice(first, last + 1).some((line) => line.text.includes(candidateLines[k]!.text));
  while (last + 2 < candidateLines.length && headlineKeys.has(lineKey(candidateLines[last + 1]!.text)) && isProse(candidateLines[last + 2]!) && !given(last + 2)) {
    let end = last + 2;
    while (end + 1 < candidateLines.length && (isProse(candidateLines[end + 1]!) || !weak(end + 1))) end++;
    for (let k = last + 2; k <= end; k++) if (isProse(candidateLines[k]!)) keptHoweverWeak.add(k);
    last = articleEnd(candidateLines, last + 2, end, aboveArticle);
  }
  return last;
}

/**
 * The article's last candidate line moved past a match commentary's entries, and a live blog's: each opens with a time
 * stamp (removed as such; a timeline's stay). `liveBlog`: whether the article is one; `stampBetween`, `stampOpened`: its
 * entries' stamps, for their headings (live-blog.ts liveEntryHeadings).
 */
function pastLiveEntries(page: Page, opening: Opening, end: PositionInCandidates): { last: PositionInCandidates; liveBlog: boolean; stampBetween: ReturnType<typeof stampLookup>; stampOpened: ReadonlySet<LineNumber> } {
  const { lines, candidates, candidateLines, scoredLines } = page;
  const { cuts } = scoredLines;
  const { first, commentary, keptHoweverWeak } = opening;
  const stampOpened = new Set([...cuts.liveStamps.map(({ line }) => line), ...cuts.timelineHeadings]);
  const stampBetween = stampLookup(lines, candidates, stampOpened);
  const liveBlog = stampBetween(first, end) || isFirstLiveEntry(candidateLines, first, end, stampBetween);
  let last = commentaryEnd(commentary, first, end, keptHoweverWeak);
  if (liveBlog) last = liveEntriesEnd(candidateLines, last, stampBetween, keptHoweverWeak);
  return { last, liveBlog, stampBetween, stampOpened };
}

/**
 * The article's last candidate line moved past tables and ad slots between its paragraphs, a table copied one cell a
 * line (its cells into `cells`) and a gallery. `blockFirst`: the first line of the block the line model found, from which a
 * gallery is looked for.
 */
function pastTablesAndGalleries(page: Page, blockFirst: PositionInCandidates, first: PositionInCandidates, end: PositionInCandidates, keptHoweverWeak: Set<PositionInCandidates>, cells: Set<PositionInCandidates>): PositionInCandidates {
  const { lines, candidates, removed, recordsOf } = page;
  const { metadata } = page.lifted;
  let last = pastAdSlots(lines, candidates, first, pastTables(lines, candidates, end, 1, keptHoweverWeak), keptHoweverWeak);
  // A table copied one cell a line, passed: its cells go as a table's rows.
  last = pastCellTable(lines, candidates, first, last, recordsOf, keptHoweverWeak, cells);
  // A credit under such a table ("Source: County Board of Elections") is the table's, not the article's source.
  if (cells.size) {
    const lastCell = Math.max(...cells);
    const underTable = (line: LineNumber): boolean => line > lines[candidates[lastCell]!]!.number && line < lines[candidates[lastCell + 1]!]!.number;
    const tableSourcing = page.anywhere.sourcings.at(-1);
    if (tableSourcing && underTable(tableSourcing.line)) metadata.source = tableSourcing.before;
  }
  // A gallery between the paragraphs: its captions removed on sight are its text. From the block the
  // line model found: a gallery between the lede and the text is the story's top gallery, whose captions go (ledeBefore).
  const gallery = galleriesInText(lines, candidates, blockFirst, last, removed, keptHoweverWeak);
  for (const caption of gallery.captions) removed.delete(caption.number);
  return gallery.last;
}

/**
 * The article's last candidate line moved past what a page sets inside or closing an article's text, its lines kept
 * (`keptHoweverWeak`): a link under a label, a closing sentence, prose after embedded posts, listings, lists (bulleted,
 * ingredients, introduced), a log's date headings, tables in prose, a transcript, life dates, quotations' sources, a team sheet, a schedule's dates.
 */
function pastTextSetInside(page: Page, first: PositionInCandidates, end: PositionInCandidates, keptHoweverWeak: Set<PositionInCandidates>, aboveArticle: readonly Line[], repeatedInCandidates: readonly number[]): PositionInCandidates {
  const { lines, candidates, candidateLines, removed, recordsOf, scoredLines } = page;
  const { repeatedIn } = scoredLines;
  const closesText = (k: PositionInCandidates): boolean => closesPageText(lines, candidates, repeatedIn, k, aboveArticle);
  let last = pastLinkUnderLabel(lines, candidates, first, end, removed, recordsOf, closesText, keptHoweverWeak);
  const setInText = (line: Line): boolean => page.anywhere.teasers.has(line) || scoredLines.embedChrome.has(line.number) || isLabelledLink(line);
  const closing = { lines, candidates, repeatedIn, recordsOf, setInText, header: aboveArticle, byline: page.lifted.metadata.byline };
  // Short closing sentences one under the other, each taken as the one before it was ("The accused was not in court. / The verdict is not final.").
  for (let next = closingSentenceAfter(closing, first, last, keptHoweverWeak); next !== last; next = closingSentenceAfter(closing, first, last, keptHoweverWeak)) last = next;
  last = closingSectionAfter(closing, first, last, keptHoweverWeak);
  last = proseAfterPosts(candidateLines, last, keptHoweverWeak);
  last = listingsAfter(candidateLines, first, last, keptHoweverWeak);
  last = bulletedListEnd(candidateLines, last, keptHoweverWeak);
  last = shortListAfter(candidateLines, repeatedInCandidates, first, last, recordsOf, keptHoweverWeak);
  bulletedListsInside(candidateLines, first, last, keptHoweverWeak);
  ingredientListsInside(candidateLines, first, last, keptHoweverWeak);
  introducedListsInside(candidateLines, repeatedInCandidates, first, last, keptHoweverWeak);
  dateHeadingsInside(candidateLines, first, last, keptHoweverWeak);
  tablesInProse(lines, candidates, first, last, keptHoweverWeak);
  last = transcriptEnd(candidateLines, first, last, keptHoweverWeak);
  timedTranscriptKept(lines, candidates, first, last, keptHoweverWeak);
  last = lifeDatesAfter(candidateLines, last, keptHoweverWeak);
  last = quotationSourcesKept(candidateLines, first, last, keptHoweverWeak);
  last = teamSheetAfter(candidateLines, last, keptHoweverWeak);
  last = scheduleAfter(candidateLines, last, keptHoweverWeak);
  return pageNoticeEnd(candidateLines, first, toolsRowEnd(lines, candidates, first, last, recordsOf), recordsOf);
}

/**
 * The article's last candidate line moved off what closes the page's text, not the article's: readers' signed comments,
 * a note on the byline's author (maybe under a heading naming them) and references, the last two removed.
 */
function closingMatterOff(page: Page, first: PositionInCandidates, end: PositionInCandidates): PositionInCandidates {
  const { candidates, candidateLines, remove } = page;
  const { signed } = page.scoredLines;
  const { metadata } = page.lifted;
  let last = end;
  // Readers' comments signed under their texts: the article ends over the first, whatever the edges took after it (a
  // comment sharing the story's words would go on it as its closing sentence).
  // Their heading over them goes with them ("One Response to “<Title>”").
  if (signed) {
    while (last > first && candidates[last]! >= signed.first) last--;
    while (last > first && isCommentsHeading(candidateLines[last]!)) last--;
  }
  // A note on the byline's author closing the text is the page's, as the credits are (edges/article-end.ts articleEnd).
  const overBio = last;
  while (last > first && isBylineBio(candidateLines[last]!, metadata.byline)) last--;
  // Headlines right over the note are a box's, as headlines under the last sentence are (articleEnd, which took the note for the
  // article's last line).
  if (last < overBio) while (last > first && isHeadlineShaped(candidateLines[last]!) && !endsSentence(candidateLines[last]!)) last--;
  last = overReporterAddress(page, first, last);
  last = overMenuPromo(page, first, last);
  // So is a note under a heading naming its subject ("Sobre Ana Lima", then the paragraph on her), the heading with it.
  if (last - 1 > first && isNoteUnderNameHeading(candidateLines[last - 1]!, candidateLines[last]!, metadata.byline)) {
    for (const k of [last - 1, last]) remove(candidateLines[k]!, 'boilerplate', AUTHOR_BIO_AFTER);
    last -= 2;
  }
  const references = referencesAfter(candidateLines, first, last);
  if (references) {
    for (let k = references.start; k <= references.end; k++) remove(candidateLines[k]!, 'boilerplate', REFERENCES);
    last = Math.min(last, references.start - 1);
  }
  return last;
}

/**
 * The article's last candidate line moved over a promo of the site's own closing the block: a heading given as a link of the
 * page's menu over the article too (the same text whole, headline-shaped, no prose) over one line of prose, its pitch. A TV
 * station closes its stories with "<Station> Tax Center: <Name>, CPA" over "Have all your tax questions answered …". A subheading
 * of the story is not given in the menu; the page's headline given again under the last paragraph, nothing under it, is the
 * article's own (gold keeps it), and a table of contents over the article gives the article's other headings too.
 */
function overMenuPromo(page: Page, first: PositionInCandidates, last: PositionInCandidates): PositionInCandidates {
  const { lines, candidates, candidateLines } = page;
  const [heading, pitch] = [candidateLines[last - 1]!, candidateLines[last]!];
  if (last - 1 <= first || !isHeadlineShaped(heading) || isProse(heading) || heading.endsWithSentencePunctuation || !isProse(pitch)) return last;
  const over = new Set(lines.slice(0, candidates[first]).map((line) => line.text));
  // A table of contents over the article gives its other headings too ("What about renters?" among the questions of a guide).
  const contents = candidateLines.slice(first, last - 1).some((line) => over.has(line.text));
  if (!over.has(heading.text) || contents) return last;
  // Nor is the page's headline with its outlet after a dash, a printout's header over each printed page ("<headline> - <Outlet>").
  const headlineWithOutlet = lines.some((line) => line !== heading && heading.text.startsWith(line.text) && /^\s+[-–—|]\s/u.test(heading.text.slice(line.text.length)));
  return headlineWithOutlet ? last : last - 2;
}

/**
 * The article's last candidate line moved over the reporter's e-mail address alone on its line (names.ts isEmailAddressLine), which
 * signs a signed story's end as Yonhap and US papers close theirs: the page's notes after it (Naver's note on the story's section)
 * are no body text. Only when less of the block's text follows the address than precedes it (a contact in a list mid-story
 * is followed by the story); the address is removed as the author's contact.
 */
function overReporterAddress(page: Page, first: PositionInCandidates, last: PositionInCandidates): PositionInCandidates {
  const { candidateLines, remove } = page;
  if (page.lifted.metadata.byline === null) return last;
  const words = (from: number, to: number): number => candidateLines.slice(from, to).reduce((sum, line) => sum + line.wordCount, 0);
  for (let k = first + 1; k <= last; k++) {
    if (!isEmailAddressLine(candidateLines[k]!)) continue;
    if (words(k + 1, last + 1) >= words(first, k)) return last;
    remove(candidateLines[k]!, 'boilerplate', AUTHOR_CONTACT);
    return k - 1;
  }
  return last;
}
