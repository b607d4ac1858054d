// A page's lines as both passes read them (the repetition pass's keys, the cleaner): trimmed, with
// what opens or ends a line without being its text cut off (a transcript's time stamps, a live blog's
// entry stamps: live-blog.ts, a trailing script element, a Chinese wire header run into its paragraph or an editor's
// credit run onto it, a quote box's tweet button), what is cut out of a line (a name's hover card of headlines), drop caps and hard-wrapped paragraphs
// joined (unwrap.ts); and the removed_lines.csv rows of what was cut.
import type { RemovedLine } from '../types.js';
import { TRAILING_SCRIPT_OR_STYLE } from './line-shape.js';
import { OPENING_TRANSCRIPT_STAMP } from './chrome/stamps.js';
import { liveStampsCut, commentaryStampsCut } from './live-blog.js';
import { runOnEditorCredit } from './metadata/bylines.js';
import { runInWireHeader } from './metadata/wire-credits.js';
import { joinDropCaps, joinSplitWords, unwrapHardWrapped } from './unwrap.js';

/** What pageLines cut off the page's lines, each with its line's number, for the audit (see cutsRemoved). */
export interface LineCuts {
  stamps: Array<{ line: number; stamp: string }>;
  /** Live-blog entry stamps cut off their headings (liveStampsCut). */
  liveStamps: Array<{ line: number; stamp: string }>;
  /** The lines of a timeline's stamped headings, their stamps left on them (liveStampsCut). */
  timelineHeadings: number[];
  scripts: Array<{ line: number; code: string }>;
  /** Chinese wire headers cut off the paragraphs they were run into (metadata/wire-credits.ts runInWireHeader), with their authors. */
  wireHeaders: Array<{ line: number; header: string; author: string }>;
  /** Chinese editors' credits cut off the ends of the paragraphs they were run onto (metadata/bylines.ts runOnEditorCredit). */
  editorCredits: Array<{ line: number; credit: string }>;
  /** A quote box's tweet button cut off the end of its sentence (cutTweetButton). */
  tweetButtons: Array<{ line: number; button: string }>;
  /** A name's hover card of other stories' headlines cut out of the sentence it was run into (cutNameCard). */
  nameCards: Array<{ line: number; card: string }>;
}

/**
 * A page's trimmed lines, drop caps, a hard-wrapped page's paragraphs and words split at a column's foot joined (unwrap.ts): what
 * both passes read. A broadcast transcript's time stamp opening a line ("[20:00:00] COOPER: Good
 * evening.") is cut off, the speech stays (the stamp's digits are no sentence's words). A script
 * or style element ending a line of text ("Ministers meet <script>…</script>") is cut off, the text
 * stays (whole, the line would go as script code, a headline so scraped with it). A Chinese
 * wire header run into the paragraph it heads ("〔記者王小明／台北報導〕行政院今天…") is cut off, the
 * paragraph stays (the header is no words of it; its author is lifted by clean/index.ts); so is an editor's credit
 * run onto the last paragraph ("…盼各界支持。（編輯：林家嫺）1151204"), which with its date code would make the paragraph
 * a headline after the article; so is a quote box's tweet button run onto its sentence ("… as any other.Click To
 * Tweet"), whose words are no paragraph's. Each cut
 * goes into `cuts` when given. A stamp alone on its line is a time stamp (chrome/stamps.ts isTimeStamp),
 * a script alone script code (line-shape.ts isScriptOrStyle).
 */
export function pageLines(text: string, cuts?: LineCuts): readonly string[] {
  const lines = barsParted(text.split('\n')).map((line, i) => {
    const trimmed = cutTrailingScript(line.trim(), i + 1, cuts);
    const stamp = trimmed.charCodeAt(0) === 91 /* [ */ ? OPENING_TRANSCRIPT_STAMP.exec(trimmed) : null;
    if (stamp) {
      cuts?.stamps.push({ line: i + 1, stamp: stamp[1]! });
      return trimmed.slice(stamp[0].length);
    }
    return cutNameCard(cutTweetButton(cutEditorCredit(cutWireHeader(trimmed, i + 1, cuts), i + 1, cuts), i + 1, cuts), i + 1, cuts);
  });
  return joinSplitWords(unwrapHardWrapped(joinDropCaps(commentaryStampsCut(liveStampsCut(lines, cuts), cuts))));
}

/**
 * A scraper may join every line of a page with " | ": the header on one line, the story's paragraphs
 * and the chrome after them on another. Read so, the story is one line with the page's links run
 * into it, and the whole body would go as page text after the article. A page with a line of
 * MIN_JOINED_SENTENCES sentences between bars is such a page: each of its lines is read as the lines
 * its bars part. Elsewhere a bar stays: a table's row, a byline with its editor ("Penulis … | Editor …").
 * Line numbers (removed_lines.csv) then count the parted lines.
 */
const JOINING_BAR = ' | ';
const MIN_JOINED_SENTENCES = 3;
/** A part that is a sentence: a few words and a full stop, question or exclamation mark at its end. */
const JOINED_SENTENCE = /^\S+(?: \S+){5,}[.!?…]["'”’)]*$/u;
const isBarJoinedProse = (line: string): boolean =>
  line.includes(JOINING_BAR) && line.split(JOINING_BAR).filter((part) => JOINED_SENTENCE.test(part.trim())).length >= MIN_JOINED_SENTENCES;

function barsParted(lines: string[]): string[] {
  if (!lines.some(isBarJoinedProse)) return lines;
  return lines.flatMap((line) => (line.includes(JOINING_BAR) ? line.split(JOINING_BAR) : [line]));
}

function cutTrailingScript(line: string, number: number, cuts: LineCuts | undefined): string {
  // Only a line ending in a closing tag can end in an element: the test keeps every other line off the regex.
  if (!line.endsWith('>')) return line;
  const script = TRAILING_SCRIPT_OR_STYLE.exec(line);
  if (!script) return line;
  cuts?.scripts.push({ line: number, code: script[2]! });
  return script[1]!;
}

/** Characters a bracketed Chinese wire header opens with (metadata/wire-credits.ts runInWireHeader): only such a line is read for one. */
const WIRE_HEADER_BRACKETS = new Set(['〔', '［', '[', '(', '（']);

/** The line without the Chinese wire header run into it ("〔記者王小明／台北報導〕行政院今天…"), which goes into `cuts` with its author. */
function cutWireHeader(line: string, number: number, cuts: LineCuts | undefined): string {
  const found = WIRE_HEADER_BRACKETS.has(line.charAt(0)) ? runInWireHeader(line) : null;
  if (!found) return line;
  cuts?.wireHeaders.push({ line: number, ...found });
  return line.slice(found.header.length).trimStart();
}

/** Last characters of a line a run-on Chinese editor's credit can end (metadata/bylines.ts runOnEditorCredit): only such a line is read for one. */
const EDITOR_CREDIT_END = /[）)\d]$/u;

/** The line without the Chinese editor's credit run onto its end ("…。（編輯：林家嫺）1151204"), which goes into `cuts`. */
function cutEditorCredit(line: string, number: number, cuts: LineCuts | undefined): string {
  const credit = EDITOR_CREDIT_END.test(line) ? runOnEditorCredit(line) : null;
  if (credit === null) return line;
  cuts?.editorCredits.push({ line: number, credit: credit.trim() });
  return line.slice(0, -credit.length);
}

/**
 * A blog's quote box: a sentence of the post set apart for sharing, its button run on ("Every shop on the high street
 * started as someone's risky idea.Click To Tweet"), as WordPress's quote-box plugins print it. The sentence stays where
 * it stands (the development sets' gold keeps it), the button goes. Only after a sentence's end, glued or spaced: a
 * line of the button alone is a share button (chrome/buttons.ts).
 */
const TWEET_BUTTON = /(?<=[.!?…]["'”’)]*)\s*(?:click|tap) to tweet$/iu;
function cutTweetButton(line: string, number: number, cuts: LineCuts | undefined): string {
  // The test keeps every other line off the regex.
  if (!/tweet$/iu.test(line)) return line;
  const button = TWEET_BUTTON.exec(line);
  if (!button) return line;
  cuts?.tweetButtons.push({ line: number, button: button[0].trim() });
  return line.slice(0, button.index);
}

/**
 * A politics site's name card: a politician's name in the text links to a card the page shows on hover, the name again in full,
 * then the site's latest headlines about them and "MORE" (The Hill's "Rep. Dana WhitfieldDana Marie WhitfieldSenate passes water
 * bill | … MORE (D-Ore.) said …"). A scraper runs the card into the sentence, glued to the name: the card's headlines are no words
 * of the paragraph, and a lede so swollen went as page text. The card is cut out, from the name given again (its first name glued
 * to the name's last letter) to the first "MORE" after it, at most MAX_NAME_CARD_CHARS on; the name and the sentence stay.
 */
const MAX_NAME_CARD_CHARS = 800;
/** A word of a name: capitalised, parted by a hyphen, an apostrophe or an abbreviation's full stop ("Ocasio-Cortez", "O'Brien", "Gov."). */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:['’.-]\p{Lu}?\p{Ll}*)*`;
const NAME_CARD = new RegExp(String.raw`(\p{Lu}\p{Ll}+)((?: ${NAME_WORD})+)(?<=\p{Ll})(\1[ \p{Lu}].{0,${MAX_NAME_CARD_CHARS}}? MORE)(?=[ ,.;:)]|$)`, 'u');
function cutNameCard(line: string, number: number, cuts: LineCuts | undefined): string {
  // The test keeps every other line off the regex.
  if (!line.includes(' MORE')) return line;
  const card = NAME_CARD.exec(line);
  if (!card) return line;
  const start = card.index + card[1]!.length + card[2]!.length;
  cuts?.nameCards.push({ line: number, card: card[3]! });
  return cutNameCard(line.slice(0, start) + line.slice(start + card[3]!.length), number, cuts);
}

/** What pageLines cut off the lines: a transcript's stamps in one row (stampsRemoved), a row for each live blog's stamp and each script. */
export function cutsRemoved({ stamps, liveStamps, scripts, wireHeaders, editorCredits, tweetButtons, nameCards }: LineCuts): RemovedLine[] {
  const scriptRows = scripts.map(({ line, code }): RemovedLine => ({ line, text: code, kind: 'boilerplate', reason: `script or style code cut off the end of line ${line}` }));
  const liveStampRows = liveStamps.map(({ line, stamp }): RemovedLine => ({ line, text: stamp, kind: 'boilerplate', reason: `time stamp cut off the start of line ${line}` }));
  const headerRows = wireHeaders.map(({ line, header }): RemovedLine => ({ line, text: header, kind: 'metadata', reason: `byline cut off the start of line ${line}` }));
  const creditRows = editorCredits.map(({ line, credit }): RemovedLine => ({ line, text: credit, kind: 'metadata', reason: `editor credit cut off the end of line ${line}` }));
  const buttonRows = tweetButtons.map(({ line, button }): RemovedLine => ({ line, text: button, kind: 'boilerplate', reason: `share button cut off the end of line ${line}` }));
  const cardRows = nameCards.map(({ line, card }): RemovedLine => ({ line, text: card, kind: 'boilerplate', reason: `links to other stories cut out of line ${line}` }));
  return [...stampsRemoved(stamps), ...liveStampRows, ...scriptRows, ...headerRows, ...creditRows, ...buttonRows, ...cardRows];
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
