// Live blogs: a page of entries, each under a time stamp (removed as such) and most under a
// heading. Which lines head the entries inside the article, and which of the lines above the first
// entry hold the page's title and its summary box; and, as the page's lines are read (page-lines.ts),
// each entry's stamp cut off the heading it opens. Apart from edges/ because a live blog's head
// and entries are their own shape of page, asked about only when stamps stand in the block.
import { hasSeparators, isProse } from './line-shape.js';
import { ballOrder, isCricketEntry, isMatchMinute, isTimeStamp, OPENING_BALL_NUMBER, OPENING_LIVE_STAMP, OPENING_MATCH_MINUTE } from './chrome/stamps.js';
import { isHeadlineShaped } from './title/headlines.js';
import { SUMMARY_BOX_LABEL } from './chrome/overviews.js';
import { positionOf, type Line } from './lines.js';
import type { LineCuts } from './page-lines.js';

/** Lines between a live-blog entry's time stamp and its prose: a heading, a share button, a byline. */
const LIVE_ENTRY_HEAD_LINES = 3;

/**
 * A line that may head a live blog's entry under its stamp: headline-shaped, or a heading of two
 * words right over the entry's prose (`next`), as live blogs write them ("Budget approved", "Markets
 * close"), which isHeadlineShaped's three words leave out: the line model drops them as too
 * short, or as a section label over the body's first paragraph. Written in sentence case, its
 * second word in lower case (or a figure): a person's name is capitalised, and a name under the
 * stamp ("Sarah Lyons", the entry's author) heads no entry. Not a live blog's own label over an
 * entry ("Key event", "Pinned post").
 */
export function isEntryHeading(line: Line, next: Line | undefined): boolean {
  if (isHeadlineShaped(line)) return true;
  if (line.wordCount !== 2 || next === undefined || !isProse(next) || LIVE_ENTRY_LABEL.test(line.text)) return false;
  return TWO_WORD_HEADING.test(line.text) || (TITLE_CASE_TWO_WORDS.test(line.text) && sharesWord(line, next));
}

/** Two words in sentence case, no closing full stop or colon: "Budget approved", "Turnout 64%". */
const TWO_WORD_HEADING = /^\p{Lu}\S*\s+[\p{Ll}\p{N}]\S*(?<![.:])$/u;
/** Two words in title case, no closing full stop or colon: "Budget Approved", and a name ("Sarah Lyons"). */
const TITLE_CASE_TWO_WORDS = /^\p{Lu}\S*\s+\p{Lu}\S*(?<![.:])$/u;
/** Letters of a word compared between a heading and its entry ("Approved" / "approved", "Library" / "libraries"); shorter words are not compared. */
const SHARED_WORD_LETTERS = 4;
const wordStarts = (text: string): string[] => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= SHARED_WORD_LETTERS).map((word) => word.slice(0, SHARED_WORD_LETTERS + 1));

/**
 * Whether a heading in title case names what its entry's prose tells (`prose` uses one of its
 * words: "Budget Approved" over "Councillors approved the budget …"): a name under the stamp, the
 * entry's author ("Sarah Lyons"), is not in the entry it signs.
 */
function sharesWord(heading: Line, prose: Line): boolean {
  const starts = new Set(wordStarts(prose.text));
  return wordStarts(heading.text).some((start) => starts.has(start));
}
/** A live blog's labels over an entry, not its heading. */
const LIVE_ENTRY_LABEL = /^(?:key (?:event|update|point)|pinned post|breaking news|latest updates?|live updates?)$/iu;

/**
 * The candidate lines (indices) from `first` to `last` that head a live blog's entries: after an
 * entry's time stamp, the first heading (isEntryHeading) among the LIVE_ENTRY_HEAD_LINES before its
 * prose (a "Share" button may stand before it), or the line the stamp opened (`stampOpened`). They
 * are the article's text, as the first entry's heading is (liveBlogHead); short and without a full
 * stop, the line model drops some of them inside the block ("no sentence punctuation") and
 * keeps others, so a page would keep one heading in three.
 */
export function liveEntryHeadings(
  lines: readonly Line[], first: number, last: number, stampBetween: (k: number, l: number) => boolean, stampOpened: ReadonlySet<number>,
): Set<number> {
  const headings = new Set<number>();
  for (let k = Math.max(first, 1); k <= last; k++) {
    if (!stampBetween(k - 1, k)) continue;
    for (let h = k; h < Math.min(last, k + LIVE_ENTRY_HEAD_LINES) && !isProse(lines[h]!); h++) {
      // A line its stamp opened is the heading, however short ("10:31 GMT — Good morning").
      if (!isEntryHeading(lines[h]!, lines[h + 1]) && !stampOpened.has(lines[h]!.number)) continue;
      // Only a heading over its entry's prose: the lines after it up to the prose are the entry's head too.
      if (lines.slice(h + 1, k + LIVE_ENTRY_HEAD_LINES + 1).some(isProse)) headings.add(h);
      break;
    }
  }
  return headings;
}

/**
 * A live blog's head: its entries open with a time stamp (removed as such) and most with a
 * heading, and the body starts at an entry: stamps stand before the body and inside it (stamps
 * before it alone may be a clock in the header or a list of other stories). When a headline of 4+
 * words stands above the first stamp, the title is searched there (the page's headline, not the first
 * entry's heading, which shares more of its words with the body), and the heading right before
 * the body, after a stamp, is its entry's and stays in the body as the later entries' headings do.
 * Otherwise the head as it is. Above the first stamp, the headline the page's byline or date line
 * follows is the title: a box of summary bullets there ("Key points", then headline-shaped
 * statements of the day's news) shares more words with the entries than the headline does, and a
 * bullet would win. That box, from its label to the first stamp, is `summary`: it restates the
 * entries (their words would count twice; "Key events" boxes are links to them), so it is left out
 * of the body, named for what it is (not "page text before the article").
 */
export function liveBlogHead(
  lines: readonly Line[], head: readonly Line[], firstInBlock: number, lastInBlock: number, isMetadata: (line: Line) => boolean, stampOpened: ReadonlySet<number>,
): { titleSearch: readonly Line[]; entryHeading: Line | null; summary: readonly Line[] } {
  // Where each stamp stands: a line's number, or half a line before the heading it opened.
  const stamps = lines.flatMap((line) => (isTimeStamp(line) ? [line.number] : stampOpened.has(line.number) ? [line.number - 0.5] : [])).filter((at) => at <= lastInBlock);
  const firstStamp = stamps[0] !== undefined && stamps[0] < firstInBlock && stamps[stamps.length - 1]! > firstInBlock ? stamps[0] : null;
  const aboveStamp = firstStamp !== null ? head.filter((line) => line.number < firstStamp) : [];
  const isHeadline = (line: Line): boolean => line.wordCount >= 4 && isHeadlineShaped(line);
  if (!aboveStamp.some(isHeadline)) return { titleSearch: head, entryHeading: null, summary: [] };
  const aboveStampLines = new Set(aboveStamp);
  const last = head[head.length - 1]!;
  const at = lines.indexOf(last);
  const underStamp = stampOpened.has(last.number) || (at > 0 && isTimeStamp(lines[at - 1]!));
  const opensBody = lines[at + 1]?.number === firstInBlock && underStamp && isEntryHeading(last, lines[at + 1]);
  // The line right over `line` on the page, when it is a headline above the first stamp (not a menu
  // line: "Home | News | Business | Sport" over the headline shared more words with the entries).
  const headlineOver = (line: Line): Line | undefined => {
    const over = lines[positionOf(lines, line) - 1];
    return over !== undefined && aboveStampLines.has(over) && isHeadline(over) && !hasSeparators(over) ? over : undefined;
  };
  // The headline over the header, or the standfirst between them: the page's headline over it and
  // the standfirst are both searched (findTitle tells them apart). The standfirst alone would be the
  // title, and one ending in a full stop would leave a summary bullet the title.
  const overMetadata = aboveStamp.find((line) => {
    const next = lines[positionOf(lines, line) + 1];
    return next !== undefined && isMetadata(next) && (isHeadline(line) || headlineOver(line) !== undefined);
  });
  const overStandfirst = overMetadata && headlineOver(overMetadata);
  // Under the headline: a label above it is the page's menu.
  const titleAt = overMetadata ? aboveStamp.indexOf(overMetadata) : -1;
  const summaryAt = aboveStamp.findIndex((line, k) => k > titleAt && SUMMARY_BOX_LABEL.test(line.text));
  const summary = summaryAt < 0 ? [] : aboveStamp.slice(summaryAt);
  const titleSearch = overMetadata ? (overStandfirst ? [overStandfirst, overMetadata] : [overMetadata]) : aboveStamp;
  return { titleSearch, entryHeading: opensBody ? last : null, summary };
}


/** Entries a page's stamped headings head at least for it to be read as a live blog's. */
const LIVE_BLOG_MIN_STAMPED_HEADINGS = 2;

/**
 * The page's lines with each live-blog entry's stamp cut off the heading it opens ("12:04 GMT —
 * Ministers arrive": chrome/stamps.ts OPENING_LIVE_STAMP), so that the heading is read as one under a
 * bare stamp is: else the page is no live blog to the cleaner, the first entry's heading the title
 * or page text, the last entry dropped, and "GMT" a keyphrase. Only when
 * LIVE_BLOG_MIN_STAMPED_HEADINGS or more lines with distinct stamps head an entry: a heading over a
 * line that is no stamped heading itself (a schedule's or a timeline's items follow one another,
 * their times are the text), not ending in a full stop (a timeline's sentences do); and only when
 * the stamps run newest first (newestFirst). Oldest first they head a timeline's entries: the
 * stamps stay, and the headings are kept with their entries as a live blog's are (`cuts.timelineHeadings`).
 */
export function liveStampsCut(lines: string[], cuts: LineCuts | undefined): string[] {
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
 * first, and its times are its text, not a live blog's stamps to cut off.
 */
function newestFirst(stamps: readonly string[]): boolean {
  const minutes = stamps.map(minuteOfDay);
  let steps = 0;
  for (let k = 1; k < minutes.length; k++) steps += Math.sign(minutes[k - 1]! - minutes[k]!);
  return steps > 0;
}

/** The minute of the day a stamp opening with a time of day (chrome/stamps.ts CLOCK_TIME) names: "2:10 PM" 850, "12.04pm" 724, "09:15" 555. */
function minuteOfDay(stamp: string): number {
  const [, hours, minutes, half] = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([AaPp])?/u.exec(stamp)!;
  const hour = half ? (Number(hours) % 12) + (/p/iu.test(half) ? 12 : 0) : Number(hours);
  return hour * 60 + Number(minutes ?? 0);
}

/**
 * Whether a time stamp stands between candidate lines k and l (never stamps themselves): a stamp alone
 * on its line (isTimeStamp) or one cut off the line it opened (`stampOpened`, page line numbers).
 * The stamps before each line are counted once, so that each question is two look-ups, not a scan
 * of the page.
 */
export function stampLookup(lines: readonly Line[], candidates: readonly number[], stampOpened: ReadonlySet<number>): (k: number, l: number) => boolean {
  // Time stamps before the text of lines[i] (alone on lines[0..i), or opening lines[0..i]).
  const stampsBefore = new Int32Array(lines.length);
  lines.forEach((line, i) => (stampsBefore[i] = (i > 0 ? stampsBefore[i - 1]! + (isTimeStamp(lines[i - 1]!) ? 1 : 0) : 0) + (stampOpened.has(line.number) ? 1 : 0)));
  return (k, l) => stampsBefore[candidates[l]!]! > stampsBefore[candidates[k]!]!;
}

/** Words of the page's headline over a live blog's first stamp (liveBlogHead reads the title there too). */
const LIVE_HEADLINE_WORDS = 4;

/**
 * Whether the block from `first` to `last`, no stamp inside it, is a live blog's first entry with
 * its later entries after it: a time stamp over the entry's heading right over the block, a
 * headline of LIVE_HEADLINE_WORDS or more words above that stamp (the page's), and right after the
 * block LIVE_BLOG_MIN_STAMPED_HEADINGS or more entries in a row, each a stamp, a heading
 * (isEntryHeading) and prose. Entries of one paragraph each are weak, their headings and stamps
 * around them, and the block is the first entry alone: with no stamp inside it the page would be no
 * live blog, and every later entry go as page text after the article. A clock in the header over
 * the article's headline has no headline above it, and a list of other stories under the article
 * no stamped heading over the text.
 */
export function isFirstLiveEntry(lines: readonly Line[], first: number, last: number, stampBetween: (k: number, l: number) => boolean): boolean {
  const heading = first - 1;
  if (heading < 1 || !stampBetween(heading - 1, heading) || !isEntryHeading(lines[heading]!, lines[first])) return false;
  if (!lines.slice(0, heading).some((line) => line.wordCount >= LIVE_HEADLINE_WORDS && isHeadlineShaped(line))) return false;
  let entries = 0;
  for (let k = last; entries < LIVE_BLOG_MIN_STAMPED_HEADINGS && k + 2 < lines.length; entries++) {
    if (!stampBetween(k, k + 1) || !isEntryHeading(lines[k + 1]!, lines[k + 2]) || !isProse(lines[k + 2]!)) return false;
    for (k += 2; k + 1 < lines.length && isProse(lines[k + 1]!) && !stampBetween(k, k + 1); k++);
  }
  return entries >= LIVE_BLOG_MIN_STAMPED_HEADINGS;
}

/**
 * The article's last candidate line, moved over the live blog's entries after `last`: when stamps
 * stand inside the block, an entry whose stamp follows the block's last line is the article's too,
 * up to its prose, which is kept however weak (`keptHoweverWeak`). Its heading and a "Share" button
 * between stamp and prose make the last entry of a page a weak island after the block, and its
 * paragraphs would go as page text after the article.
 */
export function liveEntriesEnd(lines: readonly Line[], last: number, stampBetween: (k: number, l: number) => boolean, keptHoweverWeak: Set<number>): number {
  while (last + 1 < lines.length && stampBetween(last, last + 1)) {
    let prose = last + 1;
    while (prose < Math.min(lines.length, last + 1 + LIVE_ENTRY_HEAD_LINES) && !isProse(lines[prose]!)) prose++;
    if (prose >= lines.length || !isProse(lines[prose]!)) break;
    let end = prose;
    while (end + 1 < lines.length && isProse(lines[end + 1]!)) end++;
    for (let k = prose; k <= end; k++) keptHoweverWeak.add(k);
    last = end;
  }
  return last;
}

/** Minute stamps a page needs for its entries to be read as a match's text commentary. */
const MIN_COMMENTARY_STAMPS = 4;

/**
 * The page's lines with a match's minute cut off each entry it opens ("90'+5' Match ends, Arsenal 2, Chelsea 1.",
 * chrome/stamps.ts OPENING_MATCH_MINUTE), each into `cuts.liveStamps`, when MIN_COMMENTARY_STAMPS lines or more open
 * so: else the minute is the entry's first word, and the page no commentary (commentaryEntries). Only sentences: a
 * shop's list of cables opens with their lengths in feet ("8' RCA Audio Interconnect Cable", on an l3s-dev page).
 * Else a cricket ball's number so cut ("19.6 Carter to Lowe, 1 run, …", OPENING_BALL_NUMBER; the entry a sentence or
 * the bowler to the batter, isCricketEntry), when the lines opening so run ball by ball as ballNumberStamps wants
 * ("2.1 The tenant shall …", a clause, counts up).
 */
const ENTRY_SENTENCE_END = /[.!?]["'”’)]*$/u;
export function commentaryStampsCut(lines: string[], cuts: LineCuts | undefined): string[] {
  // Only a line opening with a digit can open with a stamp: the test keeps every other line off the regexes, and a page
  // with fewer such lines than a commentary's stamps (most pages) is given back before any array of its lines is made.
  // Lines, not sentences: a cricket ball's entry may have no full stop (isCricketEntry).
  const opensWithDigit = (line: string): boolean => isDigitCode(line.charCodeAt(0));
  if (lines.filter(opensWithDigit).length < MIN_COMMENTARY_STAMPS) return lines;
  const isEntry = (line: string): boolean => opensWithDigit(line) && ENTRY_SENTENCE_END.test(line);
  const entries = lines.map(isEntry);
  let stamped = lines.map((line, i) => (entries[i] ? OPENING_MATCH_MINUTE.exec(line) : null));
  if (stamped.filter((stamp) => stamp !== null).length < MIN_COMMENTARY_STAMPS) {
    // A ball's entry may have no full stop when it names the bowler and the batter (isCricketEntry), asked once a line.
    const ballStamp = (line: string): { stamp: RegExpExecArray; bowled: boolean } | null => {
      const stamp = opensWithDigit(line) ? OPENING_BALL_NUMBER.exec(line) : null;
      if (!stamp) return null;
      const bowled = isCricketEntry(line.slice(stamp[0].length));
      return ENTRY_SENTENCE_END.test(line) || bowled ? { stamp, bowled } : null;
    };
    const balls = lines.map(ballStamp);
    stamped = balls.map((ball) => ball?.stamp ?? null);
    const taken = balls.flatMap((ball) => (ball ? [{ order: ballOrder(ball.stamp[1]!)!, bowled: ball.bowled }] : []));
    if (!runsBallByBall(taken.map(({ order }) => order), taken.every(({ bowled }) => bowled))) return lines;
  }
  return lines.map((line, i) => {
    const stamp = stamped[i];
    if (!stamp) return line;
    cuts?.liveStamps.push({ line: i + 1, stamp: stamp[1]! });
    return line.slice(stamp[0].length);
  });
}

const MAX_BALLS_BETWEEN_STAMPS = 2;
/**
 * Balls (ballOrder, in page order) run ball by ball as ballNumberStamps wants: enough of them, the newest first, none far
 * from the one over it; oldest first too when `eitherWay` (every entry names the bowler and the batter, isCricketEntry, as
 * no numbered clause does: an archived ball-by-ball page runs oldest first).
 */
function runsBallByBall(orders: readonly number[], eitherWay: boolean): boolean {
  if (orders.length < MIN_COMMENTARY_STAMPS || orders[0] === orders.at(-1)) return false;
  const steps = (from: readonly number[]): boolean => from.every((order, k) => k === 0 || (from[k - 1]! >= order && from[k - 1]! - order <= MAX_BALLS_BETWEEN_STAMPS));
  return steps(orders) || (eitherWay && steps([...orders].reverse()));
}
/**
 * The page lines (their numbers) that are a cricket commentary's ball numbers, each over its entry ("19.6" over
 * "Bumrah to Smith, 1 run, driven to long-on."): a ball's number alone on its line (chrome/stamps.ts ballOrder)
 * over a sentence, MIN_COMMENTARY_STAMPS of them or more, ball after ball, the newest first as a live commentary
 * runs (a ball given twice, an extra, or one skipped, an entry with no full stop, keeps the run; an entry naming the
 * bowler and the batter, isCricketEntry, needs none, and with every entry so the run may go oldest first). A rating or a price
 * alone on its line reads the same, and a table's figures or a list of ratings run in no such steps: the page's run
 * decides, never the line. Numbered clauses ("2.1" over "The tenant shall …", "2.2" …) step as balls do, but up.
 * Empty on any other page.
 */
export function ballNumberStamps(lines: readonly Line[]): Set<number> {
  const balls: Array<{ number: number; order: number; bowled: boolean }> = [];
  lines.forEach((line, i) => {
    // Only a line opening with a digit can be a ball's number: the test keeps every other line off the regex.
    const order = isDigitCode(line.text.charCodeAt(0)) ? ballOrder(line.text) : null;
    const entry = lines[i + 1];
    if (order === null || entry === undefined) return;
    const bowled = isCricketEntry(entry.text);
    if (bowled || entry.endsWithSentencePunctuation) balls.push({ number: line.number, order, bowled });
  });
  const run = runsBallByBall(balls.map(({ order }) => order), balls.every(({ bowled }) => bowled));
  return new Set(run ? balls.map(({ number }) => number) : []);
}

/**
 * The candidates (indices into `candidates`) that are a match's text commentary entries: a sentence under its minute
 * stamp ("90'+5'" over "Match ends, Arsenal 2, Chelsea 1.", chrome/stamps.ts isMatchMinute), under a cricket
 * ball's number (`balls`, page line numbers: ballNumberStamps) or with its minute or ball's number cut off it
 * (`minuteOpened`, page line numbers: commentaryStampsCut), on a page of MIN_COMMENTARY_STAMPS stamps or more. The entries are short ("Foul by
 * Moisés Caicedo (Chelsea).", "First Half begins."), weak by every line feature, and no prose (liveEntriesEnd wants
 * prose): the last entries of the match would go as page text before the article, the kick-off after it. Empty on any
 * other page.
 */
export function commentaryEntries(lines: readonly Line[], candidates: readonly number[], minuteOpened: ReadonlySet<number>, balls: ReadonlySet<number>): Set<number> {
  const entries = new Set<number>();
  let stamps = minuteOpened.size + balls.size;
  for (const line of lines) if (isMatchMinute(line.text)) stamps++;
  if (stamps < MIN_COMMENTARY_STAMPS) return entries;
  candidates.forEach((i, k) => {
    const line = lines[i]!;
    const underBall = i > 0 && balls.has(lines[i - 1]!.number);
    const underMinute = minuteOpened.has(line.number) || underBall || (i > 0 && isMatchMinute(lines[i - 1]!.text));
    // A ball's entry naming the bowler and the batter may have no full stop ("Carter to Lowe, no run").
    if (underMinute && (line.endsWithSentencePunctuation || ((underBall || minuteOpened.has(line.number)) && isCricketEntry(line.text)))) entries.add(k);
  });
  return entries;
}

/** The block's first candidate moved back over the commentary entries (commentaryEntries) right before it, when it opens with one. */
export function commentaryStart(entries: ReadonlySet<number>, first: number): number {
  if (entries.has(first)) while (entries.has(first - 1)) first--;
  return first;
}

/**
 * The block's last candidate moved over the commentary entries right after it, when it ends with one, and every entry
 * from `first` to there kept however weak (`keptHoweverWeak`).
 */
export function commentaryEnd(entries: ReadonlySet<number>, first: number, last: number, keptHoweverWeak: Set<number>): number {
  if (entries.has(last)) while (entries.has(last + 1)) last++;
  for (let k = first; k <= last; k++) if (entries.has(k)) keptHoweverWeak.add(k);
  return last;
}
