// A paywall's notice where the page's text stops ("Subscribe to continue reading", "This article is
// for subscribers only", "You have reached your limit of free articles"): not article text, and it
// says the article was cut short, which the user should know before reading its terms and sentiment.
import type { Line } from '../lines.js';

const PAYWALL = new RegExp(
  [
    // "Subscribe to continue reading", "Sign in to keep reading", "To continue reading, subscribe",
    // "Subscribe to read the rest", "Become a member to keep reading".
    '\\b(?:subscribe|subscription|sign in|log in|register|become a member)\\b.{0,40}\\b(?:(?:continue|keep) reading|to read the rest)\\b',
    // Business Insider's "Become an Insider and start reading now." (on a line of its own under its notice).
    '\\bbecome an? (?:member|subscriber|insider|supporter)\\s+(?:today\\s+)?(?:and|to)\\s+(?:start|keep|continue) reading\\b',
    '\\b(?:continue|keep) reading\\b.{0,40}\\b(?:subscribe|subscription|subscriber|sign in|log in|register)',
    // "This article is for subscribers only", "The rest of this story is available to subscribers":
    // the text is what is for subscribers ("The ad-free tier is available to subscribers" is news).
    // A line that starts "Subscribers only" is a label; inside a sentence it is news ("The feature is for subscribers only").
    // The label ends there, at a mark or on what is only for them: a word after it makes them a
    // sentence's subject ("Members only learned of the plan on Tuesday").
    // Members, as a club's are news ("content is for members of its friends scheme"), only with "only".
    '^\\W*(?:for )?(?:subscribers|members)[ -]only(?:\\s*(?:$|[^\\s\\p{L}\\p{N}])|[ -](?:content|articles?|stor(?:y|ies)|access|area|section|edition)\\b)|\\b(?:articles?|stor(?:y|ies)|content|pieces?) (?:is|are) (?:only |exclusively )?(?:available )?(?:to|for) (?:paying |premium |digital )?(?:subscribers\\b|members only\\b)',
    // The page speaking of itself, the outlet's name before "subscribers": "This story is available
    // exclusively to Business Insider subscribers." ("The series is available to Apple TV+ subscribers" is news).
    '\\bthis (?:article|story) is (?:only |exclusively )?available (?:only |exclusively )?to (?:\\S+ ){0,3}subscribers\\b',
    // "You have reached your limit of free articles", "You've used all your free articles this month",
    // "You have read 3 of 3 free articles this month" (the page speaking to its reader).
    '\\b(?:you have|you\'ve|you’ve) read (?:\\d+|all) (?:of|out of) (?:your |the )?(?:\\d+ )?free (?:articles|stories)\\b|\\b(?:limit|number) of free (?:articles|stories)\\b|\\bfree (?:article|story) limit\\b|\\bused (?:up )?(?:all )?(?:of )?your (?:\\d+ )?free (?:articles|stories)\\b',
    // "To read the whole article you must be registered", "TO READ THE FULL STORY".
    '\\bto read (?:this|the) (?:full |whole |entire )?(?:article|story)(?: in full)?(?:,? you must\\b|,? (?:please )?(?:subscribe|sign in|log in|register)\\b|\\W*$)',
    // German, French, Spanish, Italian, Portuguese: "nur für Abonnenten", "réservé aux abonnés",
    // and where a French paper's text stops: "Il vous reste 78 % de cet article à lire. La suite est réservée aux abonnés."
    '\\bnur für (?:abonnenten|abonnentinnen)\\b|\\bweiterlesen mit\\b|\\bréservée? aux abonnés\\b|\\bil vous reste \\d+\\s?% de cet article à lire|\\bexclusivo para (?:suscriptores|assinantes)\\b|\\briservato agli abbonati\\b',
    // Japanese papers' label of a paid article over its text ("有料記事", Mainichi's and Asahi's beside its length, "581文字") and
    // where the free part stops ("この記事は有料記事です。残り812文字"); the label under the date line would be read as the
    // story's byline.
    '^有料記事$|この記事は有料記事です',
  ].join('|'),
  'iu',
);

/** Notices are a sentence or two; a paragraph that mentions subscribers is article text. */
const MAX_NOTICE_WORDS = 30;

/**
 * A word every alternative of PAYWALL needs: most lines have none, and this ASCII test is far
 * cheaper than the case-insensitive Unicode one (0.34 ms a scrapinghub page for PAYWALL alone).
 */
const MAY_BE_NOTICE = /subscri|members.only|reading|free (?:article|stor)|to read|abonn|weiterlesen|suscrip|assinant|abbonat|article à lire|有料記事/i;

export const isPaywallNotice = (line: Line): boolean => line.wordCount <= MAX_NOTICE_WORDS && MAY_BE_NOTICE.test(line.text) && PAYWALL.test(line.text);

export const PAYWALL_NOTICE = 'paywall notice';

/** The article's warning when a paywall notice was removed from it. */
const paywallWarning = (notice: string): string => `the text is probably cut short by a paywall (the page says "${notice}"): its terms, keyphrases and sentiment are of the part before it`;

/** A notice of a few words without a sentence's end is a label ("Article réservé aux abonnés", "Subscribers only"). */
const MAX_LABEL_WORDS = 6;
/**
 * A body this long under a label is the whole article: a subscriber's copy of the page (Le Monde
 * labels every premium article so, cut short or not). A page cut short says so where it stops ("Il
 * vous reste 78 % de cet article à lire"), and that notice warns whatever the length.
 */
const LABELLED_COMPLETE_WORDS = 150;

/**
 * The paywall warning for an article, or null: for its first notice that says the text stops, which
 * a label set above the body does not say unless the body under it is short (then for the label).
 */
export function paywallWarningOf(notices: ReadonlyArray<{ line: number; text: string; words: number }>, firstBodyLine: number, bodyWords: number): string | null {
  const label = (notice: { line: number; text: string; words: number }): boolean =>
    notice.line < firstBodyLine && notice.words <= MAX_LABEL_WORDS && !/[.!?]$/u.test(notice.text);
  const stop = notices.find((notice) => !label(notice)) ?? (bodyWords < LABELLED_COMPLETE_WORDS ? notices[0] : undefined);
  return stop ? paywallWarning(stop.text) : null;
}
