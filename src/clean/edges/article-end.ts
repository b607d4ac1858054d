// Edges: where the article ends. What closes the text as the page's goes (articleEnd,
// isPageNoteAfterText: credits, a copyright notice, an author's bio, a rule; the page's notice or its row of reader tools
// with nothing of the story under it, pageNoticeEnd and toolsRowEnd), so do references and notes after it (referencesAfter); what the line model left past the block's end but is the
// article's comes back: a short closing sentence (closingSentenceAfter) or section (closingSectionAfter), a paragraph after ad slots
// (pastAdSlots), a transcript's further turns (transcriptEnd) and its lines under their time stamps
// (timedTranscriptKept), an obituary's life dates, the bracketed sources under quotations. Apart
// because each reads the lines after the article's last paragraph and the notes a page closes its text with.
import { isSpeakerLabelLine, TRANSCRIPT_MIN_TURNS } from '../../text/speaker.js';
import { embeddedPostsEnd } from '../embedded.js';
import { isAdSlot } from '../chrome/ads.js';
import { isAuthorBio, isAuthorContact } from '../chrome/authors.js';
import { isReaderTools, isSitePolicyLink, isStandardsLink } from '../chrome/buttons.js';
import { isCommentsClosedNotice, isCommentsHeading, isLetterRules, isResponsePrompt, isWriterSignOff } from '../chrome/comments.js';
import { isCopyrightNotice } from '../chrome/copyright.js';
import { isLabelledLink, isStoryBoxLabel } from '../chrome/links.js';
import { isNumberedReference, isPageCitation, isPortalSectionNote, isPresumptionNote, isPrintEditionNote, isReferencesHeading, noteMark } from '../chrome/notes.js';
import { isSignedByAuthor } from '../chrome/pictures.js';
import { isBulletedItem, isProse, ruleMarks } from '../line-shape.js';
import { isSpeakerTurn, isTimeStamp } from '../chrome/stamps.js';
import { isHeadlineShaped } from '../title/headlines.js';
import { isRightUnderOnPage, positionsFromTo, type Line, type RecordsOf } from '../lines.js';
import { bylineName } from '../metadata/bylines.js';
import { isWireCredit } from '../metadata/wire-credits.js';
import { isCompanyAlone } from '../metadata/site-notice.js';
import { isContributorLine, isSiteSignature } from '../metadata/credits.js';
import { isLabel } from '../navigation.js';
import { continuesStory } from './continues-story.js';
import { endsSentence, isBoxOfTeasers, isSentenceLine, isThai, isThaiParagraph } from './shapes.js';

/**
 * A line that closes the text as the page's, not the article's: credits, a standards link, a copyright notice, how to cite the
 * page, a rule; an author's bio ("Jane Doe is a reporter covering …") or e-mail address ("Contact Jane Doe at …"); and what the
 * block takes in as sentences: a closed-comments notice, a question asking the reader to respond, a newsletter's sign-off
 * ("Thanks for reading. See you Monday."), a letters page's rules, a police log's presumption of innocence, a portal's note on
 * the section the outlet filed the story in, the site's and author's names signing it (isSiteSignature), a comments heading
 * naming the post, its title's question mark inside the quotes ("One Response to “… Why?”"). The reporter's e-mail
 * address alone closes the article earlier (bounds.ts overReporterAddress).
 */
export const isPageNoteAfterText = (line: Line, header: readonly Line[] = []): boolean =>
  isContributorLine(line, header) || isSiteSignature(line, header) || isStandardsLink(line) || isSitePolicyLink(line) || isCopyrightNotice(line) || isPageCitation(line) || isAuthorBio(line) || isAuthorContact(line) || isCommentsClosedNotice(line) || isCommentsHeading(line) || isResponsePrompt(line) || isWriterSignOff(line) || isLetterRules(line) || isPresumptionNote(line) || isPortalSectionNote(line) || ruleMarks(line) > 0;

/** A year from 1900 to 2099, as a copyright notice gives it. */
const NOTICE_YEAR = /\b(?:19|20)\d{2}\b/u;
/** The page's copyright notice: one with its year ("© 2007 ANI"), not a picture's credit ("Image copyright Reuters"). */
const isPageCopyrightNotice = (line: Line): boolean => NOTICE_YEAR.test(line.text) && isCopyrightNotice(line);

/**
 * The index of the article's last line in a block from `first` to `last`: the body ends with its
 * last sentence (headlines right after it belong to the list that follows; the lines crediting its
 * reporters are metadata, a link to the outlet's standards is chrome), or with the posts it embeds after that; a block without a sentence ends
 * where it ends. `header`: the page's lines above the article, whose byline tells an author's disclosure (isContributorLine).
 */
export function articleEnd(lines: readonly Line[], first: number, last: number, header: readonly Line[]): number {
  let end = last;
  // Without a sentence in the block there is no last one to end with (a headline over captions).
  // Thai writes no full stop: a Thai paragraph is its sentence, and no headline.
  const sentences = lines.slice(first, last + 1).some((line) => endsSentence(line) || isThaiParagraph(line));
  const headline = (line: Line): boolean => sentences && isHeadlineShaped(line) && !endsSentence(line) && !isThaiParagraph(line);
  // A standards link under the credits ends a wire page, and so do a rule, the contributors and the wire's copyright notice
  // under a syndicated story ("___", "Harbour Press writer … contributed to this report.", "Copyright 2025 The Harbour Press …"):
  // otherwise the notice after the credit keeps all three in the body.
  // A box's label under the last paragraph ("Most read", "Related Posts") is the page's, as a headline
  // there is; not one that introduces what follows or qualifies the text ("Key Features:", "(Rated R)").
  const boxLabel = (line: Line): boolean => sentences && isLabel(line) && !/[:)\]]$/u.test(line.text);
  const closing = (line: Line): boolean => isPageNoteAfterText(line, header) || headline(line) || boxLabel(line);
  // A credit inside the block with page chrome under it (two lines that are no prose) ends the article there: "With files from
  // the Harbour Press" over story tools and a box of other stories' headlines and summaries. A roundup's credit under each brief
  // has the next brief's prose under its heading. So does the page's copyright notice, its year given ("© 2007 Harbour Radio"
  // over the tags and the latest headlines). A picture's "Image copyright @BigMachine" between the paragraphs gives no year.
  for (let k = first + 1; k + 2 <= end; k++) {
    if (!isProse(lines[k + 1]!) && !isProse(lines[k + 2]!) && (isContributorLine(lines[k]!, header) || isPageCopyrightNotice(lines[k]!))) {
      end = k;
      break;
    }
  }
  while (end > first && closing(lines[end]!)) end--;
  return embeddedPostsEnd(lines, end);
}

/**
 * The article's last line once the page's copyright notice among the block's lines from `first` to `last` closes it: no line of
 * prose after the notice but another notice goes on with the story above it (continuesStory). The lines under a wire's notice
 * may be the site's and prose (a second notice, the rest of its terms, its independence of the bodies it reports on, its postal
 * address, a pitch for its membership), where articleEnd's cut, which asks for two lines of no prose under the notice, misses.
 */
export function pageNoticeEnd(lines: readonly Line[], first: number, last: number, recordsOf: RecordsOf): number {
  for (let k = first + 1; k <= last; k++) {
    if (!isPageCopyrightNotice(lines[k]!)) continue;
    const story = lines.slice(first, k).filter(isProse);
    const goesOn = (line: Line): boolean => isProse(line) && !isCopyrightNotice(line) && continuesStory(story, [line], recordsOf);
    if (!lines.slice(k + 1, last + 1).some(goesOn)) return k - 1;
  }
  return last;
}

/** Whether the candidate lines from `k` to `last` are a box's teasers, opening with a headline: prose alone may be the story going on. */
const teasersUnder = (lines: readonly Line[], candidates: readonly number[], k: number, last: number): boolean => {
  const items = candidates.slice(k, last + 1).map((i) => lines[i]!);
  return isHeadlineShaped(items[0]!) && isBoxOfTeasers(items);
};

/**
 * The article's last candidate line once a row of the page's reader tools (chrome/buttons.ts isReaderTools: "Print-friendly page |
 * Email this story to a friend"), or the article's note on where it ran in print (chrome/notes.ts isPrintEditionNote: "This
 * story was first published on page 14 of …", the page's tools under it), removed between two of the block's candidate
 * lines `candidates[first..last]`, closes it: the
 * prose under the row, read together, is shorter than the story above it and does not go on with it (continuesStory; a short
 * line of a poll may share a word or two with it, line by line), as teasers of other stories and a poll under the last
 * paragraph's tools. Teasers of stories on the article's subject share its names (a team's, its drivers'): under the row, headlines
 * each over a sentence (edges/shapes.ts isBoxOfTeasers) close it whatever words they share. A row under the first paragraphs, a
 * picture's buttons, has most of the story under it, which may share few words with a short lede; between two paragraphs the
 * story goes on under the row.
 */
const wordsOf = (lines: readonly Line[]): number => lines.reduce((sum, line) => sum + line.wordCount, 0);
const closesStoryAbove = (line: Line): boolean => isReaderTools(line) || isPrintEditionNote(line);
export function toolsRowEnd(lines: readonly Line[], candidates: readonly number[], first: number, last: number, recordsOf: RecordsOf): number {
  for (let k = first + 1; k <= last; k++) {
    if (!lines.slice(candidates[k - 1]! + 1, candidates[k]!).some(closesStoryAbove)) continue;
    const story = candidates.slice(first, k).map((i) => lines[i]!).filter(isProse);
    const under = candidates.slice(k, last + 1).map((i) => lines[i]!).filter(isProse);
    if (story.length > 0 && wordsOf(under) < wordsOf(story) && (!continuesStory(story, under, recordsOf) || teasersUnder(lines, candidates, k, last))) return k - 1;
  }
  return last;
}

/**
 * Whether candidate `k` is the page's last sentence: no candidate line after it is a sentence (isSentenceLine) but one that
 * closes the text as the page's (isPageNoteAfterText; `header`: the page's lines above the article, whose byline tells an
 * author's disclosure), a link right under a box's label (isStoryBoxLabel: "Dolar güne nasıl başladı?" under "İlgili Haberler",
 * another story's headline asked as a question), a line the run repeats (`repeatedIn`) or the publisher's company alone on its
 * line, its legal form's full stop read as a sentence's (metadata/site-notice.ts isCompanyAlone: "Harbour Editoriale S.p.A.").
 */
export function closesPageText(lines: readonly Line[], candidates: readonly number[], repeatedIn: readonly number[], k: number, header: readonly Line[]): boolean {
  const pages = (i: number): boolean => isPageNoteAfterText(lines[i]!, header) || (i > 0 && isStoryBoxLabel(lines[i - 1]!)) || repeatedIn[i]! >= 2 || isCompanyAlone(lines[i]!);
  return candidates.slice(k + 1).every((i) => !isSentenceLine(lines[i]!) || pages(i));
}

/** A sentence that speaks to the reader outside a quotation: the page's prompt ("You can view our open thread here."), not the story's. */
const ADDRESSES_READER = /^[^"“”‘’']*\b(?:you|your)\b[^"“”‘’']*$/iu;
export const addressesReader = (line: Line): boolean => ADDRESSES_READER.test(line.text);
/**
 * The story's lines of prose that speak to the reader, at least, for the story itself to be written so: a blog's or a how-to's
 * second person ("If your beds dry out by noon, …"), whose closing sentence speaks to the reader too ("Now you have …"). A tenth of
 * its lines and three: of the bench's gold texts, 438 in 484 speak to the reader in under a twentieth of their long lines.
 */
const READER_VOICE_SHARE = 0.1;
const MIN_READER_VOICE_LINES = 3;
const writtenToReader = (story: readonly Line[]): boolean => {
  const toReader = story.filter(addressesReader).length;
  return toReader >= MIN_READER_VOICE_LINES && toReader >= READER_VOICE_SHARE * story.length;
};

/** Words of a closing sentence at least, short of a sentence line's (edges/shapes.ts isSentenceLine). */
const MIN_CLOSING_SENTENCE_WORDS = 3;
/**
 * The article's last candidate line once a closing sentence right under `last` is taken in (into `kept`): short, with the page's
 * chrome under it, it scores under the block's threshold ("The final is set for Sunday, March 6 in Harbour City." over a time
 * stamp and a poll's label). A line of prose with no removed line between them but what a page sets in its text (`setInText`:
 * chrome/links.ts teasersGivenTwice, embedded.ts embedChromeLines, chrome/links.ts isLabelledLink), in no other article of the
 * run, not the page's (isPageNoteAfterText) nor speaking to the reader (but in a story itself written to the reader:
 * writtenToReader), that continues the story above (continuesStory): a
 * shorter sentence ("Test your sport knowledge and win...") or one repeated on the site's pages is the page's. A sentence sharing
 * too few words with the story, or short of prose's eight words, is taken when it is the page's last (closesPageText: "Der neue
 * Fahrplan gilt ab dem 14. Dezember 2026." over a box's label and its headline). `header`: the page's lines above the article (an
 * author's disclosure under it, signed with the byline, is the page's). A last paragraph signed with the byline's name in brackets
 * is a sentence so (`byline`).
 */
export function closingSentenceAfter(
  page: ClosingPage, first: number, last: number, kept: Set<number>,
): number {
  const { lines, candidates, repeatedIn, recordsOf, setInText, header } = page;
  const next = candidates[last + 1];
  if (next === undefined || !lines.slice(candidates[last]! + 1, next).every(setInText) || repeatedIn[next]! >= 2) return last;
  const line = lines[next]!;
  // Thai writes no full stop: a last paragraph shorter than a Thai paragraph (isThaiParagraph) reads as a headline, but one with a
  // box's label right under it is not the box's, whose headlines stand under the label ("โครงการนี้ใช้งบประมาณทั้งสิ้น 38 ล้านบาท"
  // over "อ่านข่าวที่เกี่ยวข้อง").
  const thaiOverBoxLabel = isThai(line) && lines[next + 1] !== undefined && isStoryBoxLabel(lines[next + 1]!);
  // A sentence of three words, as languages without articles close a report ("Presuda nije pravosnažna.": the verdict is not final),
  // short of a sentence line's four: taken only as the page's last sentence (closesPageText, below), never as going on with the story.
  const shortClosing = line.wordCount === MIN_CLOSING_SENTENCE_WORDS && line.endsWithSentencePunctuation && !isProse(line);
  // A speech's last words right over the credit signing the story ("Thank you." over "(By Jane Doe and John Roe)"): shorter still,
  // and speaking to the audience as a page's prompt speaks to the reader, but the credit under it tells it the story's.
  if (line.wordCount < MIN_CLOSING_SENTENCE_WORDS && line.endsWithSentencePunctuation && isRightUnderOnPage(lines[next + 1], line) && signsStory(lines[next + 1]!)) {
    kept.add(last + 1);
    return last + 1;
  }
  if (isLastAnswer(page, first, last)) {
    kept.add(last + 1);
    return last + 1;
  }
  // A paragraph signed with the author's name in brackets ("… for reconsideration. (Jane Doe / MindaNews)") ends with no mark of
  // a sentence's, and scores under the threshold.
  if (!(isSentenceLine(line) || thaiOverBoxLabel || shortClosing || isSignedByAuthor(line, page.byline)) || isPageNoteAfterText(line, header)) return last;
  const above = candidates.slice(first, last + 1).map((i) => lines[i]!).filter(isProse);
  const continues = isProse(line) && continuesStory(above, [line], recordsOf);
  // A sentence speaking to the reader is the page's prompt ("You can view our open thread here."), unless the story speaks to the
  // reader too and the sentence goes on with it.
  if (addressesReader(line) && !(continues && writtenToReader(above))) return last;
  if (!continues && !closesPageText(lines, candidates, repeatedIn, last + 1, header)) {
    return sentencesUnderLabelledLink(page, last, kept, above);
  }
  kept.add(last + 1);
  return last + 1;
}
/** Questions of an interview, each right over its answer, the block asks besides the one answered at least. */
const MIN_INTERVIEW_QUESTIONS = 2;
const isQuestion = (line: Line): boolean => /\?$/u.test(line.text);
/**
 * Whether the line right under the block's last line `last` is an interview's last answer given in a word or two ("Yes.", "Ja."):
 * an answer in a word (isAnswerInWord) to the question there, and the page's last sentence or over a closing sentence
 * closingSentenceAfter takes ("The minister added at the end that …").
 */
function isLastAnswer(page: ClosingPage, first: number, last: number): boolean {
  const { lines, candidates, repeatedIn, header } = page;
  if (!isAnswerInWord(lines, candidates, first, last + 1, last + 1)) return false;
  return closesPageText(lines, candidates, repeatedIn, last + 1, header) || closingSentenceAfter(page, first, last + 1, new Set()) !== last + 1;
}

/**
 * Whether the candidate line `k` answers the question right over it in a word or two ("Yes.", "Ja."): short of a closing
 * sentence's words, with its full stop, in a block from `first` to `last` that asks MIN_INTERVIEW_QUESTIONS other questions
 * each right over its answer. Short, the answer scores under the block's threshold, inside the block (bounds.ts weak) as at its
 * end (isLastAnswer). A poll's reply under the one question it asks stays out.
 */
export function isAnswerInWord(lines: readonly Line[], candidates: readonly number[], first: number, last: number, k: number): boolean {
  const [question, line] = [lines[candidates[k - 1]!], lines[candidates[k]!]];
  if (k <= first || question === undefined || line === undefined || line.wordCount >= MIN_CLOSING_SENTENCE_WORDS || !line.endsWithSentencePunctuation) return false;
  if (!isQuestion(question) || !isRightUnderOnPage(line, question)) return false;
  const answered = (j: number): boolean => {
    const asked = lines[candidates[j]!]!;
    const answer = lines[candidates[j + 1]!]!;
    return j !== k - 1 && isQuestion(asked) && isRightUnderOnPage(answer, asked) && !isQuestion(answer);
  };
  return positionsFromTo(first, last - 1).filter(answered).length >= MIN_INTERVIEW_QUESTIONS;
}

/** A brackets' text: "(By Jane Doe and John Roe)". */
const IN_BRACKETS = /^\((.+)\)$/u;
/** A credit signing a story under its last line: a wire's ("(Reporting by …; Editing by …)") or a byline in brackets ("(By Jane Doe and John Roe)"). */
const signsStory = (line: Line): boolean => isWireCredit(line.text) || bylineName(IN_BRACKETS.exec(line.text)?.[1] ?? '') !== undefined;

/** What closingSentenceAfter and closingSectionAfter read of the page, the same for both (bounds.ts pastTextSetInside). */
export interface ClosingPage {
  lines: readonly Line[];
  candidates: readonly number[];
  /** How many articles of the run hold each line (by position in lines). */
  repeatedIn: readonly number[];
  recordsOf: RecordsOf;
  /** What a page sets in its text, which may stand between the article and its closing sentence: a teaser, a video player's chrome, a labelled link. */
  setInText: (line: Line) => boolean;
  /** The page's lines above the article. */
  header: readonly Line[];
  /** The byline lifted so far: a last paragraph signed with its name in brackets is the story's (chrome/pictures.ts isSignedByAuthor). */
  byline: string | null;
}

/** Short sentences right under a link with its label on its line that go on with the article (sentencesUnderLabelledLink). */
const MIN_SENTENCES_UNDER_LINK = 2;
/**
 * The article's last candidate line once a run of short sentences right under a labelled link after `last` is taken in (into
 * `kept`): a story's two closing paragraphs of five and four words under "İlgili Haber: …", each too short to continue the story
 * alone. Two sentences or more, one under the other, that continue the story (`above`: its lines of prose) or close the page's
 * text, as under a label over links (story-links.ts pastLinkUnderLabel).
 */
function sentencesUnderLabelledLink(page: ClosingPage, last: number, kept: Set<number>, above: readonly Line[]): number {
  const { lines, candidates, repeatedIn, recordsOf, header } = page;
  if (!lines.slice(candidates[last]! + 1, candidates[last + 1]).some(isLabelledLink)) return last;
  const goesOn = (k: number): boolean => {
    const at = candidates[k];
    if (at === undefined || (k > last + 1 && at !== candidates[k - 1]! + 1) || repeatedIn[at]! >= 2) return false;
    const line = lines[at]!;
    return isSentenceLine(line) && !isPageNoteAfterText(line, header) && !addressesReader(line);
  };
  let end = last;
  while (goesOn(end + 1)) end++;
  const run = candidates.slice(last + 1, end + 1).map((i) => lines[i]!);
  if (run.length < MIN_SENTENCES_UNDER_LINK || !(continuesStory(above, run, recordsOf) || closesPageText(lines, candidates, repeatedIn, end, header))) return last;
  for (let k = last + 1; k <= end; k++) kept.add(k);
  return end;
}

/**
 * Words of an article's subheading at most ("What People Are Saying"): another story's headline, over its teaser's sentence in a
 * box the block took in, has more ("Harbour Rovers Extend Lead At Open").
 */
const MAX_SUBHEADING_WORDS = 5;
/** A subheading: a short headline-shaped line that is no sentence and no box's label ("Related", "Read more"). */
const isSubheading = (line: Line): boolean => line.wordCount <= MAX_SUBHEADING_WORDS && isHeadlineShaped(line) && !isSentenceLine(line) && !isStoryBoxLabel(line);

/**
 * The article's last candidate line once a closing section right under `last` is taken in (into `kept`): a subheading, nothing
 * between it and `last`, in no other article of the run, over a closing sentence of prose as closingSentenceAfter takes one (not
 * the page's last line alone: a press release's "Free Feed" over "Get our feed!"), on a page whose article already sets such
 * subheadings between its paragraphs ("What Happens Next" over one sentence, under "Why It Matters" higher up): with the page's
 * buttons under it, the sentence scores under the block's threshold.
 */
export function closingSectionAfter(
  page: ClosingPage, first: number, last: number, kept: Set<number>,
): number {
  const { lines, candidates, repeatedIn } = page;
  const heading = candidates[last + 1];
  if (heading === undefined || heading !== candidates[last]! + 1 || repeatedIn[heading]! >= 2 || !(isSubheading(lines[heading]!) || isQuestionHeading(lines[heading]!))) return last;
  const isSection = (k: number): boolean => isSubheading(lines[candidates[k]!]!) && isProse(lines[candidates[k - 1]!]!) && isProse(lines[candidates[k + 1]!]!);
  const sections = candidates.slice(first + 1, last).some((_, j) => isSection(first + 1 + j));
  const closing = candidates[last + 2];
  if (!sections || closing === undefined) return last;
  if (isProse(lines[closing]!) && closingSentenceAfter(page, first, last + 1, kept) !== last + 1) {
    kept.add(last + 1);
    return last + 2;
  }
  return isQuestionHeading(lines[heading]!) ? answerClosingText(page, last + 1, kept) : last;
}

/** A question asked as a heading ("When?", "What changes?"): a few words, no sentence's length, its question mark. */
const isQuestionHeading = (line: Line): boolean => line.wordCount <= MAX_SUBHEADING_WORDS && !isSentenceLine(line) && /\?$/u.test(line.text);

/**
 * The closing section's last candidate line when the sentences right under its heading at `heading`, one under the other, close the
 * page's text (closesPageText): a short answer and a pointer to more ("From 1 March 2027." and "More on the permits on the
 * Parking page." under "When?"), each short of prose or too far from the story's words for closingSentenceAfter, which takes a
 * closing sentence only where nothing but the page's follows it. In no other article of the run, none the page's
 * (isPageNoteAfterText) nor a prompt to the reader (addressesReader). `heading` and the sentences go into `kept`; `heading - 1`
 * when no sentence stands under it or another sentence follows them.
 */
function answerClosingText(page: ClosingPage, heading: number, kept: Set<number>): number {
  const { lines, candidates, repeatedIn, header } = page;
  const answers = (k: number): boolean => {
    const at = candidates[k];
    if (at === undefined || repeatedIn[at]! >= 2 || lines.slice(candidates[k - 1]! + 1, at).some((line) => line.wordCount > 0)) return false;
    const line = lines[at]!;
    return isSentenceLine(line) && !isPageNoteAfterText(line, header) && !addressesReader(line);
  };
  let end = heading;
  while (answers(end + 1)) end++;
  if (end === heading || !closesPageText(lines, candidates, repeatedIn, end, header)) return heading - 1;
  for (let k = heading; k <= end; k++) kept.add(k);
  return end;
}

/**
 * The article's last candidate line once paragraphs after ad slots are taken in: a line of prose after `last` with only ad slots
 * (labels, "Story continues below") between them (a mobile page's last paragraph under "Advertisement", chrome after it) goes on
 * the article, and into `kept`: the labels around it make it weaker than the block's threshold. So does a line of prose right
 * under `last`, nothing between them, with an ad slot right under it, on a page whose article already has an ad slot between its
 * paragraphs: the slot with the page's chrome after it weakens a short closing quote ("'It has been a long eight months,' said
 * …"). Not a line that closes the text as the page's (a copyright notice over the last slot), which articleEnd has cut off.
 */
export function pastAdSlots(lines: readonly Line[], candidates: readonly number[], first: number, last: number, kept: Set<number>): number {
  // Whether an ad slot stands between the article's lines so far, read on from where the last look stopped: a slice of the block
  // per paragraph taken would make a long page of paragraphs each over a slot quadratic.
  let scanned = candidates[first]!;
  let slotInside = false;
  const slotsInside = (): boolean => {
    for (; !slotInside && scanned < candidates[last]!; scanned++) slotInside = isAdSlot(lines[scanned]!);
    return slotInside;
  };
  while (last + 1 < candidates.length && isProse(lines[candidates[last + 1]!]!)) {
    const next = candidates[last + 1]!;
    const between = lines.slice(candidates[last]! + 1, next);
    const overSlot = !between.length && lines[next + 1] !== undefined && isAdSlot(lines[next + 1]!) && !isPageNoteAfterText(lines[next]!) && slotsInside();
    if (!overSlot && (!between.length || !between.every(isAdSlot))) break;
    kept.add(++last);
  }
  return last;
}

/**
 * The last line of a broadcast transcript whose block is `first` to `last`: the conversation goes on over the speakers' turns
 * after the block, and the lines of speech that continue a turn (prose with lower case: a notice in capitals ends it, as a
 * copyright notice does, "Copyright © 2008 The Harbour Press." under an interview's last turn). Short turns ("DUNMORE: Thank
 * you.") and the cues between them, removed as such ("(BEGIN VIDEOTAPE)"), would end the block. Every turn, inside the block or
 * after it, goes into `kept`, so that a short one is not dropped as weak.
 */
export function transcriptEnd(lines: readonly Line[], first: number, last: number, kept: Set<number>): number {
  const isSpeech = (line: Line | undefined): boolean => line !== undefined && isProse(line) && /\p{Ll}/u.test(line.text) && !isCopyrightNotice(line);
  const speakers = interviewSpeakers(lines, first, last);
  // A speaker's turn, or a web transcript's speaker named on a line over the speech ("Paul Solman:"), with its speech and the
  // sign-off ("For the Harbour News Hour, I'm Paul Solman in Dayton, Ohio."). Not a label over no speech ("Support Provided By:").
  // Or a turn of an interview's speakers named in Title Case (interviewSpeakers).
  const isTurn = (k: number): boolean =>
    isSpeakerTurn(lines[k]!) || (isSpeakerLabelLine(lines[k]!.text) && isSpeech(lines[k + 1])) || speakers.has(NAMED_TURN.exec(lines[k]!.text)?.[1] ?? '');
  let turns = 0;
  for (let k = first; k <= last && turns < TRANSCRIPT_MIN_TURNS; k++) if (isTurn(k)) turns++;
  if (turns < TRANSCRIPT_MIN_TURNS) return last;
  let end = last;
  // A dashed or bulleted list a turn introduces ("Okafor: Two things:" over "– money for …") is part of the turn.
  const listed = (k: number): boolean => isBulletedItem(lines[k]!.text) && (lines[k - 1]!.text.endsWith(':') || isBulletedItem(lines[k - 1]!.text));
  while (end + 1 < lines.length && (isTurn(end + 1) || isSpeech(lines[end + 1]) || listed(end + 1))) end++;
  for (let k = first; k <= end; k++) if (isTurn(k) || k > last) kept.add(k);
  return end;
}

/** A name in Title Case opening a line, one to three words, a colon and the speech: "Okafor: …", "Harbour Herald: …". */
const NAMED_TURN = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2}): \S/u;

/**
 * An interview's speakers in the block from `first` to `last`: the Title Case names (NAMED_TURN) opening two or more of its
 * lines, each most often followed, at the next line a name opens, by another of them, twice or more ("Harbour Herald: Will fares go
 * up?" / "Okafor: No."), when two or more names do. A name opening lines alone is a label ("Photo: …"), and so is one opening
 * the lines of a run (a video box's "Newsroom TV: …" links one under the other). Empty otherwise.
 */
function interviewSpeakers(lines: readonly Line[], first: number, last: number): ReadonlySet<string> {
  const names: string[] = [];
  for (let k = first; k <= last; k++) {
    const name = NAMED_TURN.exec(lines[k]!.text)?.[1];
    if (name) names.push(name);
  }
  const turns = new Map<string, { count: number; other: number; same: number }>();
  for (const name of names) turns.set(name, { count: (turns.get(name)?.count ?? 0) + 1, other: 0, same: 0 });
  // Only a name that opens two lines or more answers: a list of columns' headlines ("Commentary: …", "Obituary: …") is no talk.
  names.forEach((name, n) => {
    const next = names[n + 1];
    if (next === undefined || turns.get(next)!.count < 2) return;
    turns.get(name)![next === name ? 'same' : 'other']++;
  });
  const speakers = new Set([...turns].filter(([, turn]) => turn.count >= 2 && turn.other >= 2 && turn.other > turn.same).map(([name]) => name));
  return speakers.size >= 2 ? speakers : new Set();
}

/**
 * A video's transcript timed line by line inside the block from `first` to `last` (candidate indexes): each sentence right under
 * its time stamp alone on a line ("00:04" over "The airport opened its hall this afternoon …"), removed as such.
 * TRANSCRIPT_MIN_TURNS or more lines so timed go into `kept`: between short stamps the line model reads a line as weak.
 */
export function timedTranscriptKept(lines: readonly Line[], candidates: readonly number[], first: number, last: number, kept: Set<number>): void {
  const timed: number[] = [];
  for (let k = first; k <= last; k++) {
    const i = candidates[k]!;
    if (i > 0 && isTimeStamp(lines[i - 1]!) && isSentenceLine(lines[i]!)) timed.push(k);
  }
  if (timed.length >= TRANSCRIPT_MIN_TURNS) for (const k of timed) kept.add(k);
}

/**
 * A write-up's references or notes at its end (candidate lines `start` to `end`), or null: a heading ("References", "Sources",
 * "Notes", chrome/notes.ts isReferencesHeading) after the article's first line, inside its block from `first` to `last` or right
 * after it, over numbered items ("1. Hughes, T. P. …", "[1] …"), up to the last of them; written as sentences, the items would
 * stand in the body, their authors and journals among its terms. Without a heading: notes in brackets or with superscript marks
 * ending the block, or right after it, whose every mark the lines above them cite ("… found.[1]", "… weeks.¹"); a marked line
 * the text does not cite may be anything.
 */
export function referencesAfter(lines: readonly Line[], first: number, last: number): { start: number; end: number } | null {
  for (let k = first + 1; k <= Math.min(last + 1, lines.length - 2); k++) {
    if (!isReferencesHeading(lines[k]!) || !isNumberedReference(lines[k + 1]!)) continue;
    let end = k + 1;
    while (end + 1 < lines.length && isNumberedReference(lines[end + 1]!)) end++;
    return { start: k, end };
  }
  let end = last;
  while (end + 1 < lines.length && noteMark(lines[end + 1]!)) end++;
  let start = end + 1;
  while (start - 1 > first && noteMark(lines[start - 1]!)) start--;
  if (start > end) return null;
  const cited = lines.slice(first, start).map((line) => line.text).join('\n');
  for (let k = start; k <= end; k++) if (!cited.includes(noteMark(lines[k]!)!)) return null;
  return { start, end };
}

/**
 * An obituary's closing line of its subject's life dates ("Tomas Varga, clockmaker, born 14 June 1938; died 20 November 2026"):
 * a name and roles, then born and died. Headline-shaped under the last paragraph, it is no unrelated headline.
 */
const LIFE_DATES = /^\p{Lu}[^;]{0,150}, born [^;]{4,80}; died [^;]{4,80}$/u;

/** The article's last candidate line once a life-dates line right under `last` is taken in (into `kept`). */
export function lifeDatesAfter(lines: readonly Line[], last: number, kept: Set<number>): number {
  const next = lines[last + 1];
  if (!next || !LIFE_DATES.test(next.text)) return last;
  kept.add(last + 1);
  return last + 1;
}

/**
 * A quotation's source in square brackets under it, as religious and scholarly posts cite a saying or a passage: "[HR.
 * At-Tirmidzi no. 1997]" (a hadith's collection and number), "[Adab al-Mufrad hal. 63]" (a book's page), "[Matthew 5:9]". One
 * or two lines, opening with "[" and closing with "]", with a figure (a number, a page, a verse), right under a paragraph ending
 * with a closing quotation mark: short and without a sentence, it is kept with the quotation.
 */
const QUOTATION_END = /[”"»]$/u;
const MAX_QUOTATION_SOURCE_LINES = 2;
const MAX_QUOTATION_SOURCE_WORDS = 25;
/** The index of the last line of a bracketed source opening at lines[k] (QUOTATION_END's note), else null. */
function quotationSourceEnd(lines: readonly Line[], k: number): number | null {
  if (!lines[k]!.text.startsWith('[')) return null;
  let words = 0;
  for (let j = k; j < Math.min(lines.length, k + MAX_QUOTATION_SOURCE_LINES); j++) {
    const text = lines[j]!.text;
    words += lines[j]!.wordCount;
    if (words > MAX_QUOTATION_SOURCE_WORDS || (j > k && text.includes('['))) return null;
    if (text.endsWith(']')) return lines.slice(k, j + 1).some((line) => line.digitShare > 0) && !text.slice(0, -1).includes(']') ? j : null;
    if (text.includes(']')) return null;
  }
  return null;
}

/** The article's last candidate line once the bracketed sources under its quotations are kept (into `kept`), the one under its last paragraph too. */
export function quotationSourcesKept(lines: readonly Line[], first: number, last: number, kept: Set<number>): number {
  let end = last;
  for (let k = first + 1; k <= end + 1 && k < lines.length; k++) {
    if (!QUOTATION_END.test(lines[k - 1]!.text)) continue;
    const sourceEnd = quotationSourceEnd(lines, k);
    if (sourceEnd === null) continue;
    for (let j = k; j <= sourceEnd; j++) kept.add(j);
    end = Math.max(end, sourceEnd);
    k = sourceEnd;
  }
  return end;
}
