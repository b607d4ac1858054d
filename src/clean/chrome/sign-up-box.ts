// A sign-up box's lines: its button, and the pitch between its offer or a newsletter's heading and its button or consent line.
import type { Line } from '../lines.js';
import { isReadingPrompt, MAX_PROMPT_WORDS, SIGN_UP_CONSENT } from './prompts.js';

/** A sign-up box's button alone on its line: "Click here to sign up", "Sign up now", "Subscribe". */
const SIGN_UP_BUTTON = /^(?:click here to )?(?:sign up|subscribe|register)(?: here| now| today)?[.!]?$/iu;
/** A sign-up button alone on its line ("Subscribe", "Sign up now"). */
export const isSignUpButton = (line: Line): boolean => SIGN_UP_BUTTON.test(line.text);
/** A word of a sign-up box's offer: a newsletter's, an alert's by e-mail. A link's "Read more at …" is no offer. */
const SIGN_UP_OFFER_WORD = /\b(?:sign up|subscribe|newsletters?|e-?mail|alerts?|inbox)\b/iu;
/** Lines of a sign-up box's pitch between its offer and its button at most, and words in each. */
const MAX_PITCH_LINES = 3;
const MAX_PITCH_LINE_WORDS = 40;

/**
 * A sign-up box's offer right over its button, asking the reader to keep up or stay informed with the site's newsletters: Balkan
 * Insight's "Keep up with the latest news and investigations with BIRN’s newsletters." over "Sign up". A sentence about a
 * newsletter there ("The newsletter the official wrote …") asks nothing.
 */
const NEWSLETTER_OFFER = /^(?:keep up|stay (?:up to date|informed|in the know|on top)|never miss|don['’]t miss|get the (?:latest|best))\b[^.!?]{0,120}\bnewsletters?\b[^.!?]{0,40}[.!]?$/iu;
const MAX_OFFER_WORDS = 25;
const isNewsletterOffer = (line: Line): boolean => line.wordCount <= MAX_OFFER_WORDS && NEWSLETTER_OFFER.test(line.text);

/** A sign-up box's consent line alone (SIGN_UP_CONSENT): "I agree that <Site> can send me the "<Name>" newsletter." */
const SIGN_UP_CONSENT_LINE = new RegExp(`^(?:${SIGN_UP_CONSENT})`, 'iu');
const isSignUpConsent = (line: Line): boolean => line.wordCount <= MAX_PROMPT_WORDS && SIGN_UP_CONSENT_LINE.test(line.text);
/** A newsletter box's heading, its name: "Morning Huddle Newsletter", "The Daily Brief newsletter". */
const NEWSLETTER_HEADING = /^[^.!?:]{1,60}\bnewsletters?$/iu;
const MAX_NEWSLETTER_HEADING_WORDS = 6;
/**
 * A newsletter box's heading and pitch over its consent line (lines[i]), added to `pitch`: the heading naming the newsletter
 * at most MAX_PITCH_LINES lines up, short lines between (CBS Sports' "<Name> Newsletter" over "Get the day's big stories + …"
 * over "I agree that <Site> can send me …"), which under the last paragraph read as the article's.
 */
function newsletterBoxOver(lines: readonly Line[], i: number, pitch: Set<Line>): void {
  for (let k = i - 1; k >= Math.max(0, i - MAX_PITCH_LINES) && lines[k]!.wordCount <= MAX_PITCH_LINE_WORDS; k--) {
    if (lines[k]!.wordCount > MAX_NEWSLETTER_HEADING_WORDS || !NEWSLETTER_HEADING.test(lines[k]!.text)) continue;
    for (let j = k; j < i; j++) pitch.add(lines[j]!);
    return;
  }
}

/**
 * The lines of a sign-up box's pitch: up to MAX_PITCH_LINES short lines between the box's offer (a reading prompt naming
 * a sign-up, SIGN_UP_OFFER_WORD) and its button under them (SIGN_UP_BUTTON). Under "Start Receiving Wire-News-Portal.com News
 * Headlines per email." and over "Click here to sign up", "Wire-News-Portal.com announces its free news alert
 * service. …" and "Enter as many key words as you like. We e-mail you the matching headlines.", which read as the
 * article's last paragraphs. Only from a button up, or from a newsletter box's consent line up (newsletterBoxOver): a page has few.
 */
export function signUpPitchLines(lines: readonly Line[]): ReadonlySet<Line> {
  const pitch = new Set<Line>();
  for (let i = 2; i < lines.length; i++) {
    if (isSignUpConsent(lines[i]!)) newsletterBoxOver(lines, i, pitch);
    if (!SIGN_UP_BUTTON.test(lines[i]!.text)) continue;
    if (isNewsletterOffer(lines[i - 1]!)) pitch.add(lines[i - 1]!);
    for (let k = i - 2; k >= Math.max(0, i - 1 - MAX_PITCH_LINES) && lines[k + 1]!.wordCount <= MAX_PITCH_LINE_WORDS; k--) {
      if (!SIGN_UP_OFFER_WORD.test(lines[k]!.text) || !isReadingPrompt(lines[k]!)) continue;
      for (let j = k + 1; j < i; j++) pitch.add(lines[j]!);
      break;
    }
  }
  return pitch;
}
