// The lines the cleaner removes by their kind, and the reason each is listed with in removed_lines.csv: the
// ANYWHERE_RULES and the page's boxes removed wherever they stand, metadata lines lifted as they go (removeAnywhere,
// step 3 of index.ts); over the article, the title given again, navigation and page text (removeHead); after it, the
// AFTER_ARTICLE_RULES, credits, the comments section and headlines (removeTail). Apart from index.ts, which finds the
// article and composes the stages, because these name lines one at a time by what they are, wherever the article is.
import type { ArticleMetadata, DateOrder, RemovedLine } from '../types.js';
import { ARCHIVE_BANNER, archiveBannerLines } from './chrome/archive.js';
import { CONSENT_BANNER, isConsentNotice, isScriptNotice, SCRIPT_NOTICE_REASON } from './chrome/consent.js';
import { EMAIL_FOOTER, EMAIL_HEADER, emailHeaderLines, isEmailFooter } from './chrome/email-header.js';
import { isAdLabel, isPriceWidget, isResourcePitch, isResourceTitle } from './chrome/ads.js';
import { isAuthorBio, isAuthorContact, isAuthorNoteShape, isBylineBio, isFirstPersonBio } from './chrome/authors.js';
import { isBookmarkingNote, isFollowLink, isLanguageEditionLink, isReaderTools, isShareButton, isShareButtonRow, isShareOrFollow, isSitePolicyLink, isStandardsLink } from './chrome/buttons.js';
import { isCommentBoxNotice, isCommentRules, isCommentsClosedNotice, isCommentsHeading, isLetterRules, isPostFeedLinks, isWriterSignOff, type SignedComments } from './chrome/comments.js';
import { isCjkRightsNotice, isCopyrightNotice } from './chrome/copyright.js';
import { isDonationAppeal, isDonationBoxText, isDonationHeading } from './chrome/donations.js';
import { cutOffHeadlineRuns, headlinesBetweenParagraphs, isAnnouncedLink, isBareLinkLabel, isCutOffHeadline, isHeadlineRunIntoDateline, isJumpLink, isKeyEventsLabel, isListAnnouncement, isListItemAnnouncement, isMoreStoriesLabel, isPagerLink, isRunTogetherLinks, isStoryLink, storiesUnderMostReadLabel, teasersGivenTwice } from './chrome/links.js';
import { isAffiliateDisclosure, isCountryAcknowledgement, isDevelopingStoryNote, isDonorDisclosure, isFeedbackPoll, isOpinionDisclaimer, isPageCitation, isPrintEditionNote, isReviewMethodHeading, isReviewMethodNote, isSponsorDisclosure, isStudyTitle, isSyndicationNote, isTranslationNote, sponsorMessageLines } from './chrome/notes.js';
import { isAgedCaption, isCaptionOverCreditApart, isCreditUnderCaption, isGalleryCounter, isGalleryPrompt, isHandleCredit, isPictureCredit, isPictureLine, isSignedByAuthor, isUnderBbcPictureLabel, isUnderCaptionApart, isUnderCaptionButton } from './chrome/pictures.js';
import { isMarkdownImage, isMediaPlaceholder, isVideoCaption } from './chrome/media.js';
import { isJumpLine, isPrintedNotice, isPrintedPageNumber, isPrintoutFooter, isPrintoutHeader, isPrintoutTime, isRunningFootByPageNumber, isRunningHead, isUnspacedCounter } from './chrome/printout.js';
import { isBoxButton, isFormConfirmation, isMarketDataNotice, isReadingPrompt, isSubscriberLogin, isTipCall } from './chrome/prompts.js';
import { signUpPitchLines } from './chrome/sign-up-box.js';
import { isDataTableRow, isProse, isRuleLine, isScriptOrStyle } from './line-shape.js';
import { isReadingTime, isTimeStamp, isTranscriptCue, isTranscriptNotice, READING_TIME_REASON } from './chrome/stamps.js';
import { figureRows } from './edges/tables.js';
import { aiSummaryLines, SUMMARY_BOX, summaryBoxLines, TABLE_OF_CONTENTS, tableOfContentsLines } from './chrome/overviews.js';
import { rightUnder, type Line } from './lines.js';
import { MAX_KEYED_LINE_CHARS } from './page-keys.js';
import type { ScoredLines } from './scored-lines.js';
import { ballNumberStamps } from './live-blog.js';
import { liftCredit } from './metadata/credits.js';
import { calendarLeafDate, dateWithTimeUnder, isDayStamp } from './metadata/date-lines.js';
import { liftMetadata, type LiftedMetadata } from './metadata/lift.js';
import { isWebAddressLine, PAGE_ADDRESS, pageAddressLines } from './metadata/page-addresses.js';
import { isPaywallNotice, PAYWALL_NOTICE } from './chrome/paywall.js';
import { isBackLink, relatedHeadlineReason, type BodyReading } from './title/headlines.js';
import { LOOP_COPY, loopCopies } from './repeats.js';
import { isLabel } from './navigation.js';
import type { CleanContext } from './page.js';

/**
 * The reason for a comments heading or link after the article ("123 comments", "Join the
 * conversation", no "unrelated headline after the article"), and for a link to the
 * comments between its paragraphs (isCommentsLink). Not before it, where "Comment & Opinion" is a
 * section of the paper.
 */
export const READER_COMMENTS = 'reader comments heading or link';
/**
 * The lines of the comments section under its heading, and a comment's buttons anywhere after the
 * article ("Like (12) Reply"): the names, stamps ("2 hours ago") and prompts ("Already a
 * subscriber? Log in") of the section, no "unrelated headline after the article".
 */
const COMMENTS_SECTION = 'reader comments section';
// The first lookahead, the buttons' first letters, spares most lines the second's scan of the whole line.
const COMMENT_BUTTONS = /^(?=[dflrsu])(?=.*\b(?:like|reply)\b)(?:(?:like|likes|reply|replies|report|share|flag|upvote|downvote)\s*(?:\(\d+\)|\d+)?\s*[|·•]?\s*){1,4}$/iu;

const READING_PROMPT = 'newsletter or reading prompt';
const SHARE_OR_FOLLOW = 'share or follow links';
const DONATION_APPEAL = 'donation or membership appeal';
const RESOURCE_PITCH = "sponsor's white paper pitch";
export const DATA_TABLE_ROW = 'data table row';
/** A picture's caption or credit; a lede has no credit under it (block.ts ledeBefore). */
export const PICTURE_CREDIT = 'picture caption or credit';
export const REFERENCES = 'references or notes after the article';
const PRINTOUT_PAGE_NUMBER = 'page number of a printout';
const RUNNING_HEAD = 'running head of a printed page';
export const NAVIGATION = 'section label or navigation';
/** A link back to the page's top or home, or to an aggregator (headlines.ts isBackLink), between an explainer's sections too. */
const isBackLinkLine = (line: Line): boolean => isBackLink(line.text);
const GALLERY_COUNTER = 'gallery counter';
export const AUTHOR_BIO_AFTER = 'author bio after the article';
export const AUTHOR_NOTE_BEFORE = 'author note before the article';
export const AUTHOR_CONTACT = "author's contact details";
const COPYRIGHT_NOTICE = 'copyright notice';
const REVIEW_METHOD_NOTE = "site's note on why to trust its reviews";
/** A live blog's box of links to its own entries, its label and the headlines under it: they link to no other story. */
export const KEY_EVENTS = "live blog's key events";

/**
 * A line that set the article's date, and the date before it. A date line after the article and
 * after page text there (a box's label, a headline) is a related post's date under its headline:
 * the first date line anywhere would make it the article's when the header gives none. One that
 * closes the article, nothing kept between them ("Published 12 June 2024" under the last
 * paragraph), still dates it; so does the body's dateline when no line does.
 */
interface Dating {
  line: number;
  before: string | null;
}
/**
 * A line that set the byline, and the byline before it: a byline after the article and after page
 * text there is a reader comment's ("Posted by: Walters | December 29, 2007 01:15 PM"), as a date
 * line there is a related post's (Dating). One closing the article still signs it.
 */
type Bylining = Dating;
/**
 * A line that set the source, and the source before it: a "Source:" line after the article and after page text
 * there is a related link's or an image's credit ("Source: San Jose Mercury News" under a related headline), as a
 * date line there is a related post's (Dating). One closing the article still names its source.
 */
type Sourcing = Dating;

/** A kind of line the cleaner removes on sight: its test, and the kind and reason it is listed with in removed_lines. */
type LineRule = readonly [test: (line: Line) => boolean, kind: RemovedLine['kind'], reason: string];

/** Lines that are never article text, wherever they stand; the first rule that holds names the line. */
const ANYWHERE_RULES: readonly LineRule[] = [
  [isScriptOrStyle, 'boilerplate', 'script or style code left by the scraper'],
  [isConsentNotice, 'boilerplate', CONSENT_BANNER],
  [isMarkdownImage, 'boilerplate', 'picture (Markdown image)'],
  [isMediaPlaceholder, 'boilerplate', 'picture or video placeholder'],
  [isPictureCredit, 'boilerplate', PICTURE_CREDIT],
  [isCjkRightsNotice, 'boilerplate', COPYRIGHT_NOTICE],
  [isTimeStamp, 'boilerplate', 'time stamp'],
  [isStoryLink, 'headline', 'link to another story'],
  [isHeadlineRunIntoDateline, 'headline', 'link to another story'],
  // A box's label naming where its stories come from, between the paragraphs too ("More from TIME" over a headline).
  [isMoreStoriesLabel, 'headline', 'link to another story'],
  // A box's links run together on one line: the page's, wherever it stands.
  [isRunTogetherLinks, 'headline', 'link to another story'],
  [isCutOffHeadline, 'headline', 'link to another story (headline cut off)'],
  [isPagerLink, 'headline', 'link to the previous or next post'],
  [isPaywallNotice, 'boilerplate', PAYWALL_NOTICE],
  [isReadingPrompt, 'boilerplate', READING_PROMPT],
  [isDonationAppeal, 'boilerplate', DONATION_APPEAL],
  [isReadingTime, 'boilerplate', READING_TIME_REASON],
  [isShareButtonRow, 'boilerplate', SHARE_OR_FOLLOW],
  [isFollowLink, 'boilerplate', SHARE_OR_FOLLOW],
  [isShareButton, 'boilerplate', SHARE_OR_FOLLOW],
  [isBookmarkingNote, 'boilerplate', SHARE_OR_FOLLOW],
  [isPostFeedLinks, 'boilerplate', READER_COMMENTS],
  [isLanguageEditionLink, 'headline', 'link to the article in another language'],
  [isReaderTools, 'boilerplate', 'share buttons or reader tools'],
  [isAdLabel, 'boilerplate', 'advertisement label'],
  [isResourcePitch, 'boilerplate', RESOURCE_PITCH],
  [isListAnnouncement, 'boilerplate', 'list announcement for screen readers'],
  [isRuleLine, 'boilerplate', 'rule (a line of rule characters)'],
  [isGalleryCounter, 'boilerplate', GALLERY_COUNTER],
  [isGalleryPrompt, 'boilerplate', 'gallery prompt'],
  [isTranscriptCue, 'boilerplate', 'transcript cue'],
  [isTranscriptNotice, 'boilerplate', 'transcript notice'],
  [isSyndicationNote, 'boilerplate', 'syndication note'],
  [isTranslationNote, 'boilerplate', 'translation note'],
  [isPrintEditionNote, 'boilerplate', 'print edition note'],
  [isCountryAcknowledgement, 'boilerplate', "site's acknowledgement of country"],
  // Between two paragraphs too: a correction under it is no reason to keep it as the article's paragraph but one.
  [isAuthorContact, 'boilerplate', AUTHOR_CONTACT],
  [isOpinionDisclaimer, 'boilerplate', 'opinion disclaimer'],
  [isSponsorDisclosure, 'boilerplate', "sponsored post's disclosure"],
  [isDonorDisclosure, 'boilerplate', "newsroom's donor disclosure"],
  [isAffiliateDisclosure, 'boilerplate', 'affiliate link disclosure'],
  [isDevelopingStoryNote, 'boilerplate', 'developing story note'],
  [isStudyTitle, 'boilerplate', 'title of the study the release reports'],
  [isReviewMethodHeading, 'boilerplate', REVIEW_METHOD_NOTE],
  [isPriceWidget, 'boilerplate', 'price comparison widget'],
  [isCommentBoxNotice, 'boilerplate', COMMENTS_SECTION],
  [isCommentRules, 'boilerplate', COMMENTS_SECTION],
  [isScriptNotice, 'boilerplate', SCRIPT_NOTICE_REASON],
  [isFeedbackPoll, 'boilerplate', 'reader feedback poll'],
  [isTipCall, 'boilerplate', "call for readers' tips"],
  [isFormConfirmation, 'boilerplate', "confirmation of a reader's form"],
  [isMarketDataNotice, 'boilerplate', 'market data notice'],
  [isBackLinkLine, 'boilerplate', NAVIGATION],
  [isJumpLink, 'boilerplate', NAVIGATION],
  [isRunningHead, 'boilerplate', RUNNING_HEAD],
  [isPrintoutHeader, 'boilerplate', RUNNING_HEAD],
  [isPrintedNotice, 'boilerplate', RUNNING_HEAD],
  [isJumpLine, 'boilerplate', RUNNING_HEAD],
  [isPrintedPageNumber, 'boilerplate', PRINTOUT_PAGE_NUMBER],
  [isPrintoutFooter, 'boilerplate', PRINTOUT_PAGE_NUMBER],
  [isEmailFooter, 'boilerplate', EMAIL_FOOTER],
];

/**
 * Lines after the article named for what they are; headline-shaped, they would be "unrelated
 * headline after the article", which misleads an audit of the cleaning: so would a web address alone,
 * its path's words counted as a headline's (a report the article cites, linked under its last
 * paragraph: metadata/page-addresses.ts isCitedLink).
 */
export const AFTER_ARTICLE_RULES: readonly LineRule[] = [
  [isCommentsHeading, 'boilerplate', READER_COMMENTS],
  [isCommentsClosedNotice, 'boilerplate', 'notice that comments are closed'],
  [isWriterSignOff, 'boilerplate', "writer's sign-off"],
  [isLetterRules, 'boilerplate', "letters page's rules for sending one"],
  [isCopyrightNotice, 'boilerplate', COPYRIGHT_NOTICE],
  [isPageCitation, 'boilerplate', 'citation of this page'],
  [isShareOrFollow, 'boilerplate', SHARE_OR_FOLLOW],
  [isStandardsLink, 'boilerplate', "link to the outlet's editorial standards"],
  [isSitePolicyLink, 'boilerplate', "link to the site's terms or privacy policy"],
  [isAuthorBio, 'boilerplate', AUTHOR_BIO_AFTER],
  [isWebAddressLine, 'boilerplate', 'web address (a link) after the article'],
];

/** Both lists of line rules, read-only, for scripts/bench-rules.ts to time each rule over real lines. */
export const LINE_RULES: Readonly<{ anywhere: readonly LineRule[]; afterArticle: readonly LineRule[] }> = { anywhere: ANYWHERE_RULES, afterArticle: AFTER_ARTICLE_RULES };

/** Removes a line as `kind` for `reason`, unless it is removed already. */
export type Remove = (line: Line, kind: RemovedLine['kind'], reason: string) => void;

/**
 * Removes the lines that are never article text, wherever they stand (step 3 of index.ts): an archive's
 * banner, a forwarded e-mail's header, a sponsor's message, a cricket commentary's ball numbers (live-blog.ts ballNumberStamps), an embedded post's chrome, the config's site patterns,
 * metadata lines (lifted into `lifted.metadata`), ANYWHERE_RULES, an author's note under the byline, a link
 * a list item announces, a bare teaser label over a headline (chrome/links.ts isBareLinkLabel), and lines repeated across the run's articles that do not read as prose.
 */
export function removeAnywhere(
  { lines, repeatedIn, probabilities, embedChrome }: ScoredLines, context: CleanContext, lifted: LiftedMetadata, dateOrder: DateOrder, remove: Remove,
): { repeated: Set<number>; datings: Dating[]; bylinings: Bylining[]; sourcings: Sourcing[]; teasers: Set<Line>; balls: Set<number> } {
  // Line numbers removed only for standing in other articles too: one may be this article's own
  // headline, which the site's other pages list (see findTitle).
  const repeated = new Set<number>();
  // A byline stands above and no prose after it yet: an author's note here opens an opinion column.
  let underByline = false;
  const mail = emailHeaderLines(lines);
  const metadataLines = metadataLifting(lines, probabilities, lifted, dateOrder, mail.dates);
  const { foundAs, balls, teasers } = pageFindings(lines, embedChrome, mail.header);
  // A caption's credit closing the page's last paragraph that names the byline's author is the reporter's signature, and the
  // paragraph the story's. Over the text a caption credits the reporter so too ("(<Name>/CBC)" under the lead photo): prose follows it.
  let lastProse: number | undefined;
  const signsLastParagraph = (line: Line, i: number): boolean => isSignedByAuthor(line, lifted.metadata.byline) && i >= (lastProse ??= lines.findLastIndex(isProse));
  // Lines that are never article text, wherever they stand.
  lines.forEach((line, i) => {
    const found = foundAs(line) ?? sitePatternFound(line, context);
    if (found) {
      remove(line, ...found);
      return;
    }
    const reason = metadataLines.reasonOf(line, i);
    if (reason) {
      remove(line, 'metadata', reason);
      if (reason.startsWith('byline')) underByline = true;
      return;
    }
    const rule = ANYWHERE_RULES.find(([test, , why]) => test(line) && !(why === PICTURE_CREDIT && signsLastParagraph(line, i)));
    if (rule) {
      remove(line, rule[1], rule[2]);
      return;
    }
    const box = boxChrome(lines, i);
    if (box) {
      remove(line, 'boilerplate', box);
      return;
    }
    if ((underByline && isAuthorNoteShape(line) && i + 1 < lines.length && isProse(lines[i + 1]!)) || (isFirstPersonBio(line) && (underByline || underHeaderLabel(lines, i)))) {
      remove(line, 'boilerplate', AUTHOR_NOTE_BEFORE);
      return;
    }
    if (isProse(line)) underByline = false;
    if ((i > 0 && isListItemAnnouncement(lines[i - 1]!) && isAnnouncedLink(line)) || isBareLinkLabel(line, lines[i + 1])) {
      remove(line, 'headline', isKeyEventsLabel(line) ? KEY_EVENTS : 'link to another story');
      return;
    }
    const seenIn = repeatedIn[i]!;
    if (seenIn >= context.repeatedLineMinArticles && !isProse(line)) {
      remove(line, 'boilerplate', `repeated in ${seenIn} articles`);
      repeated.add(line.number);
    }
  });
  const { datings, bylinings, sourcings } = metadataLines;
  return { repeated, datings, bylinings, sourcings, teasers, balls };
}

/**
 * The config's site pattern a line matches, as its removal's kind and reason. The reason names the pattern: with several in
 * the config, an auditor would re-run each to learn which one took a line it should not have.
 */
function sitePatternFound(line: Line, context: CleanContext): [kind: RemovedLine['kind'], reason: string] | null {
  const sitePattern = line.text.length <= MAX_KEYED_LINE_CHARS ? context.boilerplatePatterns.find((pattern) => pattern.test(line.text)) : undefined;
  return sitePattern ? ['boilerplate', `site boilerplate pattern ${sitePattern.source}`] : null;
}

/**
 * The metadata lines of a page read in order (removeAnywhere): `reasonOf` lifts what line `i` gives into `lifted.metadata`
 * (liftMetadata; a time under the date line; the page's own web address, pageAddressLines) and gives its removal reason,
 * else null; `datings`, `bylinings`, `sourcings`: the lines that set the date, byline and source, in page order, with the
 * value before each. `mailDates`: a forwarded mail's "Sent:" lines (chrome/email-header.ts emailHeaderLines).
 */
function metadataLifting(
  lines: readonly Line[], probabilities: readonly number[], lifted: LiftedMetadata, dateOrder: DateOrder, mailDates: ReadonlySet<number>,
): { reasonOf: (line: Line, i: number) => string | null; datings: Dating[]; bylinings: Bylining[]; sourcings: Sourcing[] } {
  const { metadata } = lifted;
  // The lines that set the date, in page order, with the date before each (see Dating).
  const datings: Dating[] = [];
  const bylinings: Bylining[] = [];
  const sourcings: Sourcing[] = [];
  // The last line lifted as a byline: the outlet and the date right under it are the story's (liftMetadata).
  let bylineLine = -1;
  const addresses = pageAddressLines(lines);
  const reasonOf = (line: Line, i: number): string | null => {
    const dateBefore = metadata.date;
    // The time under the date line that dated the article, on a line of its own.
    const timed = i > 0 && datings.at(-1)?.line === lines[i - 1]!.number && !dateBefore?.includes('T') ? dateWithTimeUnder(lines, i, dateOrder) : null;
    if (timed) {
      metadata.date = timed;
      datings.push({ line: line.number, before: dateBefore });
      return 'date line';
    }
    // A calendar's leaf ("Dec" / "3" / "2026"), read at its year when no line dated the article: its lines alone are no date line.
    const leaf = dateBefore === null ? calendarLeafDate(lines, i, dateOrder) : null;
    if (leaf) {
      metadata.date = leaf;
      datings.push({ line: line.number, before: dateBefore });
      return 'date line';
    }
    const bylineBefore = metadata.byline;
    const sourceBefore = metadata.source;
    const reason = liftMetadata(line, lifted, probabilities[i]!, dateOrder, i > 0 && lines[i - 1]!.number === bylineLine);
    if (metadata.date !== dateBefore) {
      datings.push({ line: line.number, before: dateBefore });
      // A forwarding mail's "Sent:" gives way to the next date line that is no update, as an update's does.
      if (mailDates.has(line.number)) lifted.dateGivesWay = true;
      // So does the day's date a paper sets by its masthead (isDayStamp): the day the page was read.
      if (isDayStamp(lines, i)) lifted.dateGivesWay = true;
    }
    if (metadata.byline !== bylineBefore) bylinings.push({ line: line.number, before: bylineBefore });
    if (metadata.source !== sourceBefore) sourcings.push({ line: line.number, before: sourceBefore });
    // After liftMetadata: a date in the address's path (`/2026/12/04/`) dates the article, as it did
    // when the line was taken for a date line. An address the input gave (JSONL `url`) is kept.
    const address = addresses.get(line.number);
    if (address) {
      metadata.url ??= address;
      return PAGE_ADDRESS;
    }
    if (reason?.startsWith('byline')) bylineLine = line.number;
    return reason;
  };
  return { reasonOf, datings, bylinings, sourcings };
}

/**
 * The lines of the page's boxes and copies, found over the whole page before its lines are read one by one (removeAnywhere):
 * a looped byline's or date line's copy, an archive's banner, a forwarded e-mail's header (`mailHeader`), a summary box, a
 * table of contents, a sponsor's message, a sign-up pitch, a cricket commentary's ball numbers (`balls`), links to other
 * stories set into the text (`teasers`, read as such by closingSentenceAfter), an embedded post's chrome. `foundAs`: the
 * kind and reason of the first of them that holds a line, else null.
 */
function pageFindings(
  lines: readonly Line[], embedChrome: ReadonlySet<number>, mailHeader: ReadonlySet<number>,
): { foundAs: (line: Line) => [kind: RemovedLine['kind'], reason: string] | null; balls: Set<number>; teasers: Set<Line> } {
  const banner = archiveBannerLines(lines);
  const loops = loopCopies(lines);
  const summaryBox = summaryBoxLines(lines);
  const aiSummary = aiSummaryLines(lines);
  const contents = tableOfContentsLines(lines);
  const sponsorMessages = sponsorMessageLines(lines);
  const signUpPitch = signUpPitchLines(lines);
  const balls = ballNumberStamps(lines);
  const givenTwice = teasersGivenTwice(lines);
  const teasers = new Set([...givenTwice.keys(), ...storiesUnderMostReadLabel(lines), ...headlinesBetweenParagraphs(lines), ...cutOffHeadlineRuns(lines)]);
  const foundAs = (line: Line): [kind: RemovedLine['kind'], reason: string] | null => {
    // First: a copy of a looped byline or date line is no second one to lift.
    if (loops.has(line)) return ['boilerplate', LOOP_COPY];
    if (banner.has(line.number)) return ['boilerplate', ARCHIVE_BANNER];
    if (mailHeader.has(line.number)) return ['boilerplate', EMAIL_HEADER];
    if (summaryBox.has(line.number) || aiSummary.has(line.number)) return ['boilerplate', SUMMARY_BOX];
    if (contents.has(line.number)) return ['boilerplate', TABLE_OF_CONTENTS];
    if (sponsorMessages.has(line)) return ['boilerplate', "sponsor's message"];
    if (signUpPitch.has(line)) return ['boilerplate', READING_PROMPT];
    if (balls.has(line.number)) return ['boilerplate', 'time stamp'];
    if (teasers.has(line)) {
      const label = givenTwice.get(line);
      return ['headline', label && isKeyEventsLabel(label) ? KEY_EVENTS : 'link to another story'];
    }
    if (embedChrome.has(line.number)) return ['boilerplate', "embedded post's chrome"];
    return null;
  };
  return { foundAs, balls, teasers };
}

/**
 * The reason for lines[i] when it is a donation box's heading or a sign-up box's bare button, by the
 * box's appeal or prompt next to it: "Support Grist" right over "Grist is a nonprofit newsroom. …",
 * "Subscribe" between "Enter your email" and "By subscribing, you agree to …", or between two
 * paragraphs (a sign-up button set into the text). Alone they name no
 * box ("Support Ukraine" may head a story's section, "Subscribe" is a menu's item). So for a
 * picture's credit by its caption: "Michael Brandt, AP" under it, alone a contributor's line; for a caption set apart by its credit
 * right under it, alone a short paragraph; for a handle
 * by a picture's label over it ("Фото" over "@handle"), alone a tweet's author; for a caption by the BBC's label alone
 * over it ("Image caption,") or by a picture's caption buttons ("Hide Caption"), and the credit under that caption; for a
 * video's caption by the player's length right over it, and a gallery's by its counter right under
 * it, alone a short paragraph; and for a counter written without spaces by a picture or a
 * printout's page break ("1/6" under "Swipe for more photos"), alone maybe a recipe's quantity. null
 * otherwise.
 */
function boxChrome(lines: readonly Line[], i: number): string | null {
  const line = lines[i]!;
  if (isCreditUnderCaption(lines, i) || isCaptionOverCreditApart(lines, i) || isHandleCredit(lines[i - 1], line) || isHandleCredit(line, lines[i + 1]) || isVideoCaption(lines, i) || isCaptionOverCounter(lines, i) || isUnderBbcPictureLabel(line, lines[i - 1]) || isUnderCaptionButton(lines, i) || isAgedCaption(line, lines[i - 1], lines[i + 1])) return PICTURE_CREDIT;
  if (isDonationHeading(line, lines[i + 1], lines[i - 1]) || isDonationBoxText(lines, i)) return DONATION_APPEAL;
  if (isResourceTitle(line, lines[i + 1])) return RESOURCE_PITCH;
  if (isReviewMethodNote(line, lines[i - 1])) return REVIEW_METHOD_NOTE;
  if (isRunningFootByPageNumber(line, lines[i - 1], lines[i + 1])) return RUNNING_HEAD;
  if (isUnspacedCounter(line)) return unspacedCounterReason(lines, i);
  if (!isBoxButton(line)) return null;
  // Next to a donation box's button ("Donate", "Subscribe") it is a menu's item. Between two
  // paragraphs it is a sign-up button set into the text: Substack's "Subscribe" under a post's
  // opening paragraph.
  const next = [lines[i - 1], lines[i + 1]];
  const isPrompted = next.some((by) => by !== undefined && isReadingPrompt(by));
  return isPrompted || next.every((by) => by !== undefined && isProse(by)) ? READING_PROMPT : null;
}

/** Words of a header's label at most: an author's name, role or the section ("Bruce Lee", "Senior Contributor", "Healthcare"). */
const MAX_HEADER_LABEL_WORDS = 4;
/** lines[i] is set right under a label of the page's header (no blank line between): a short line, no prose. */
function underHeaderLabel(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  return above !== undefined && rightUnder(lines, i) && above.wordCount <= MAX_HEADER_LABEL_WORDS && !isProse(above);
}

/** lines[i] is a gallery's caption set apart over its counter without spaces ("1/12": unspacedCounterReason), the picture's as the counter is. */
const isCaptionOverCounter = (lines: readonly Line[], i: number): boolean =>
  i + 1 < lines.length && isUnspacedCounter(lines[i + 1]!) && isUnderCaptionApart(lines, i + 1);

/**
 * A counter written without spaces alone on its line (lines[i], "1/6"), by the lines next to it: a
 * gallery's by a picture's line, a printout's page number by its time of printing or the page's
 * address (chrome/printout.ts isUnspacedCounter), a gallery's too right under its caption (a
 * sentence of one line set apart, a blank line over it and under the counter: "Workers lift a beam
 * into place." over "1/12", no credit to tell the picture, between two paragraphs);
 * null by any other line (a recipe's "1/2" among its ingredients).
 */
function unspacedCounterReason(lines: readonly Line[], i: number): string | null {
  const by = [lines[i - 1], lines[i + 1]].filter((line): line is Line => line !== undefined);
  if (by.some(isPictureLine)) return GALLERY_COUNTER;
  if (by.some((line) => isPrintoutTime(line) || isWebAddressLine(line))) return PRINTOUT_PAGE_NUMBER;
  return isUnderCaptionApart(lines, i) ? GALLERY_COUNTER : null;
}

/** A weak line's or page text's reason, or DATA_TABLE_ROW when lines[i] is a table's row. */
export const weakReason = (lines: readonly Line[], i: number, reason: string): string => (isDataTableRow(lines, i) ? DATA_TABLE_ROW : reason);

/**
 * Removes the lines above the article that are still there, but the heading of its first entry
 * (`entryHeading`, a live blog's or a brief's): the title given again, a live blog's `summary` box,
 * rows of results, section labels, and the rest as page text.
 */
export function removeHead(lines: readonly Line[], headAt: readonly number[], entryHeading: Line | null | undefined, summary: readonly Line[], title: string | null, remove: Remove): void {
  // Rows of results over the report ("Arsenal 2-1 Chelsea", "Man City 1-1 Tottenham"): a short one would
  // be a section label, a longer one page text before the article (isDataTableRow wants two figures at the end).
  const resultRows = figureRows(headAt.map((i) => lines[i]!));
  for (const i of headAt) {
    const line = lines[i]!;
    if (line === entryHeading) continue;
    if (title && line.text === title) remove(line, 'title', 'title');
    else if (summary.includes(line)) remove(line, 'boilerplate', "live blog's summary of its entries");
    else if (resultRows.has(line)) remove(line, 'boilerplate', DATA_TABLE_ROW);
    else if (isLabel(line)) remove(line, 'boilerplate', NAVIGATION);
    else remove(line, 'boilerplate', weakReason(lines, i, 'page text before the article'));
  }
}

/**
 * Removes the lines after the article (and a list it introduces): credits and an author's
 * disclosure lifted into `metadata`, the author's bio, AFTER_ARTICLE_RULES, the comments section,
 * a subscriber's log-in prompt, a table's rows, headlines (related to the body's words or not), and
 * the rest as page text. `aboveArticle`: the page's lines above the article. `signed`: readers' comments signed under
 * their texts, from the first comment to the last signature (chrome/comments.ts signedComments).
 */
export function removeTail(
  lines: readonly Line[], tailAt: readonly number[], metadata: ArticleMetadata, aboveArticle: readonly Line[], reading: BodyReading, remove: Remove, signed: SignedComments | null,
): void {
  let inComments = false;
  let previous = tailAt[0] ?? 0;
  for (const i of tailAt) {
    const line = lines[i]!;
    // A box of other stories' label ends the comments section: the headlines under it are no comments. It is removed
    // wherever it stands (ANYWHERE_RULES), so it is looked for among the lines since the tail's last.
    if (inComments && lines.slice(previous + 1, i).some(isMoreStoriesLabel)) inComments = false;
    previous = i;
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
      // A notice that comments are closed opens the comments section as a heading does (the comments posted stand under it).
      inComments ||= rule[2] === READER_COMMENTS || rule[0] === isCommentsClosedNotice;
      continue;
    }
    if (inComments || COMMENT_BUTTONS.test(line.text) || (signed && i >= signed.first && i <= signed.last)) {
      remove(line, 'boilerplate', COMMENTS_SECTION);
      continue;
    }
    if (isSubscriberLogin(line)) {
      remove(line, 'boilerplate', READING_PROMPT);
      continue;
    }
    const tableRow = isDataTableRow(lines, i);
    const headline = !tableRow && relatedHeadlineReason(line, reading);
    if (headline) remove(line, 'headline', headline);
    else remove(line, 'boilerplate', tableRow ? DATA_TABLE_ROW : 'page text after the article');
  }
}
