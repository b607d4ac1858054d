// A press release (PR Newswire, Business Wire, ...) ends with what the wire carries under every
// release: the company's "About <Company>" note, the "Forward-Looking Statements" or "Safe Harbor"
// paragraphs, the media contacts, PR Newswire's "SOURCE <Company>" line and its "###" end mark. The
// note, statements, contacts and end mark are not the news: they stood in the body, their words
// among the release's terms and keyphrases ("forward-looking statements", "Private Securities
// Litigation Reform Act", the company's self-description under every release it sends). The About
// note goes as a whole, heading and paragraphs with one reason: else its heading goes as too short
// while its paragraph stays, or, after the article's block, both go as page text after the article
// under other reasons. l3s-dev's gold keeps the note on its one PR Newswire page
// (recall 0.976 -> 0.975 on the set). The SOURCE line stays inside the block, as that gold keeps it;
// after it, where it goes anyway, it is named for what it is, not a related headline. A
// release on a company's own site has no wire's dateline: its closing sections tell it (pressReleaseClosing).
import { datelineAt } from '../text/dateline.js';
import { isProse } from './line-shape.js';
import { rightUnder, type Line } from './lines.js';
import { holdsEmailAddress } from './metadata/names.js';

/** Wires whose dateline (`/PRNewswire/`, `--(BUSINESS WIRE)--`, src/text/dateline.ts) makes the text a press release. */
const RELEASE_WIRE = /newswire|business ?wire|accesswire|prweb|marketwire/iu;

/**
 * Whether the article opening with these lines is a press release: a release wire's dateline opens
 * one of them. Not only the first: with no page above it, the release's headline opens the block
 * and the dateline is second (and its contacts are no unrelated headlines).
 */
export function isPressRelease(opening: readonly Line[]): boolean {
  return opening.some((line) => {
    const agency = datelineAt(line.text)?.agency;
    return agency !== null && agency !== undefined && RELEASE_WIRE.test(agency);
  });
}

/**
 * "About Northwind Robotics", "About Acme Corp.", "About the Author": About, then capitalised words
 * (and the small words of a name). "About 300 people were evacuated." is a sentence.
 */
const ABOUT_HEADING = /^About (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:[\p{Lu}\p{N}&][\p{L}\p{N}&.,'’-]*|of|the|and|for|de|du|la))*:?$/u;
const MAX_HEADING_WORDS = 8;
/** "Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements", "Safe Harbor Statement". */
const FORWARD_LOOKING_HEADING =
  /^(?:(?:cautionary|special|important) (?:note|statement|language)s? (?:regarding|concerning|about|on|relating to) )?(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statements?)?)(?: (?:disclaimer|notice))?:?$/iu;
/** A paragraph of the statements without their heading: it names them and what the lawyers add. */
export const FORWARD_LOOKING = /\bforward[- ]looking (?:statements?|information)\b/iu;
export const FORWARD_LOOKING_LEGAL = /\b(?:within the meaning of|Private Securities Litigation Reform Act|safe harbou?r|undue reliance|differ materially)\b/iu;
/**
 * What FORWARD_LOOKING needs, found by a scan for a literal: the pattern (case-insensitive Unicode,
 * a word boundary first) is slow on paragraph-long lines, and every line of every article's block
 * is asked whether it opens a release's section (about 0.02 ms an article; docs/scale-history.md, session
 * 33). No character but these letters matches them under /iu (only ſ and the Kelvin sign fold onto
 * ASCII, onto s and k), so a line without "forward" in some case cannot match.
 */
const SAYS_FORWARD = /forward/i;

/** A paragraph of forward-looking statements without their heading (FORWARD_LOOKING and FORWARD_LOOKING_LEGAL). */
export const isForwardLookingParagraph = (text: string): boolean => SAYS_FORWARD.test(text) && FORWARD_LOOKING.test(text) && FORWARD_LOOKING_LEGAL.test(text);
/** "Media Contact:", "Contacts", "Investor Relations Contact: Jane Doe, +1 …", "Press contacts". */
const CONTACT_HEADING = /^(?:(?:media|press|investors?|news media|company)(?: relations)?(?: and (?:media|investor) relations)? )?contacts?(?:\s*:.*)?$/iu;
const MAX_CONTACT_HEADING_WORDS = 14;
/**
 * The press contacts written as one sentence: "For interviews contact the press office: press@…,
 * +44 …", "For media enquiries, please contact Jane Roe at jroe@example.org." A university's release
 * sets them so under its notes to editors, where they read as its last paragraph. An e-mail address or
 * a phone number in it, and the press named: "Contact with the virus was rare, the authors said." is
 * the story's, and so is a news story's "For more information, contact the library on 01632 960 555."
 */
const CONTACT_SENTENCE = /^(?:for [^.:;]{1,60}?,? )?(?:please )?contact\b/iu;
const PHONE_NUMBER = /\+?\d[\d ()-]{7,}\d/u;
const NAMES_PRESS = /\b(?:press|media|interviews?|journalists?|communications)\b/iu;
const MAX_CONTACT_SENTENCE_WORDS = 30;
const isContactSentence = (line: Line): boolean =>
  line.wordCount <= MAX_CONTACT_SENTENCE_WORDS && CONTACT_SENTENCE.test(line.text) && (holdsEmailAddress(line) || PHONE_NUMBER.test(line.text)) && NAMES_PRESS.test(line.text);
/** "Notes to editors", "Note to Editors:", "Notes for editors": a release's background for the journalists it goes to. */
const NOTES_HEADING = /^notes? (?:to|for) (?:the )?editors?:?$/iu;
/** PR Newswire's last lines: "SOURCE Northwind Robotics Inc.", "###". */
const SOURCE_LINE = /^SOURCE \p{Lu}/u;
const END_MARK = /^(?:# ?){3}$|^-30-$/u;
/** Contact details: a name, a title, an address, a phone number, a label ("Investors:"). */
const MAX_CONTACT_LINE_WORDS = 8;
/** Paragraphs a section holds at most: a note of a few paragraphs, the lawyers' few more. */
const MAX_ABOUT_LINES = 4;
const MAX_FORWARD_LOOKING_LINES = 8;
const MAX_NOTES_LINES = 6;

type Section = 'about' | 'forward-looking' | 'contact' | 'notes';

const isReleaseEnd = (line: Line): boolean => SOURCE_LINE.test(line.text) || END_MARK.test(line.text);

const REASONS: Readonly<Record<Section | 'end' | 'source' | 'past', string>> = {
  about: 'press-release boilerplate (about the company)',
  'forward-looking': 'press-release boilerplate (forward-looking statements)',
  contact: 'press-release boilerplate (media contact)',
  notes: 'press-release boilerplate (notes to editors)',
  end: 'press-release boilerplate (end mark)',
  source: 'press-release boilerplate (SOURCE line)',
  // What the block holds under the release's end is the page's: its pitch for the wire site, as the lines after it are.
  past: 'page text after the article',
};

export const isAboutHeading = (line: Line): boolean => line.wordCount <= MAX_HEADING_WORDS && ABOUT_HEADING.test(line.text);

/** The section a line opens, or null. */
function sectionOpenedBy(line: Line): Section | null {
  if (isAboutHeading(line)) return 'about';
  if (NOTES_HEADING.test(line.text)) return 'notes';
  if (line.wordCount <= MAX_HEADING_WORDS && FORWARD_LOOKING_HEADING.test(line.text)) return 'forward-looking';
  if (isForwardLookingParagraph(line.text)) return 'forward-looking';
  if ((line.wordCount <= MAX_CONTACT_HEADING_WORDS && !line.endsWithSentencePunctuation && CONTACT_HEADING.test(line.text)) || isContactSentence(line)) return 'contact';
  return null;
}

const isContactDetail = (line: Line): boolean => line.wordCount <= MAX_CONTACT_LINE_WORDS && !isProse(line);

/**
 * The closing boilerplate of a press release whose block runs from `first` to `last` among `lines`:
 * a map from line index to removal reason, empty when there is none. It starts at the first About,
 * forward-looking or contact section, end mark or SOURCE line after the release's first line, up to the line after the block
 * (contacts are short lines the block leaves out), and takes each section's lines up to the first
 * line that fits none; after PR Newswire's "SOURCE" line or the end mark the block's lines are the page's (a financial
 * site's "Sign up for … Free!" and its pitch under a release it carries, no last paragraphs). The About note's
 * paragraphs are taken after the block too (the block often ends before them, as with the
 * contacts). The SOURCE line is walked over but kept inside the block (see the top of this file). "About 300
 * people…" opens no section.
 */
function releaseBoilerplate(lines: readonly Line[], first: number, last: number): Map<number, string> {
  const reasons = new Map<number, string>();
  let start = -1;
  for (let k = first + 1; k <= Math.min(last + 1, lines.length - 1) && start < 0; k++) if (sectionOpenedBy(lines[k]!) || isReleaseEnd(lines[k]!)) start = k;
  if (start < 0) return reasons;
  let section: Section | 'ended' | null = null;
  let linesInSection = 0;
  for (let k = start; k < lines.length; k++) {
    const line = lines[k]!;
    const opened: Section | null = section === 'ended' ? null : sectionOpenedBy(line);
    const blankBefore = !rightUnder(lines, k);
    let reason: string | null = null;
    let kept = false;
    if (opened) {
      section = opened;
      linesInSection = 0;
      reason = REASONS[opened];
    } else if (isReleaseEnd(line)) {
      section = 'ended';
      // Past the block the SOURCE line goes anyway: named for what it is, not a related headline.
      if (!SOURCE_LINE.test(line.text)) reason = REASONS.end;
      else if (k > last) reason = REASONS.source;
      else kept = true;
    } else if (section === 'ended') {
      if (k <= last) reason = REASONS.past;
    } else if (section === 'about' && linesInSection < MAX_ABOUT_LINES && (k <= last || isProse(line))) reason = REASONS.about;
    else if (section === 'forward-looking' && linesInSection < MAX_FORWARD_LOOKING_LINES && k <= last) reason = REASONS['forward-looking'];
    else if (section === 'notes' && linesInSection < MAX_NOTES_LINES && (k <= last || isProse(line))) reason = REASONS.notes;
    // A contact block's lines are short; after a blank line only a label ("Media:") goes on with it.
    else if (section === 'contact' && isContactDetail(line) && (!blankBefore || line.text.endsWith(':'))) reason = REASONS.contact;
    if (!reason && !kept) break;
    if (!opened) linesInSection++;
    if (reason) reasons.set(k, reason);
  }
  return reasons;
}

/** Kinds of closing section (About, forward-looking statements, contacts, notes to editors, end mark, SOURCE line) that tell a release without its wire's dateline. */
const RELEASE_CLOSING_KINDS = 2;

/**
 * The closing boilerplate of the press release whose block runs from `first` to `last` among
 * `lines` (releaseBoilerplate), or an empty map when the text is no release: a release wire's
 * dateline opens it, or it closes with RELEASE_CLOSING_KINDS kinds of a release's sections. A release
 * on a company's own site has no wire's dateline, and its notes to editors and About note would stay
 * in the body; a news article's note about a group it names ("About Save Our Library") is one kind.
 */
export function pressReleaseClosing(lines: readonly Line[], first: number, last: number): Map<number, string> {
  const closing = releaseBoilerplate(lines, first, last);
  if (isPressRelease(lines.slice(first, first + 3)) || new Set(closing.values()).size >= RELEASE_CLOSING_KINDS) return closing;
  return new Map();
}
