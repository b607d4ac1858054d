// Edges: other stories' links and teasers. A box of other stories inside the block ends the article
// over it (boxOfStoriesEnd), unless the block opens under it and the paragraphs over it are the story's
// (paragraphsOverStoryBox); links set into the text under their label go, and the article goes on
// under them (linksUnderLabels, pastLinkUnderLabel); a roundup's first brief keeps its heading
// (firstBriefHeading). Apart because these rules read the removed labels over the links and tell a
// box of teasers from the article's own sections (isBoxOfTeasers, continues-story.ts).
import type { RemovedLine } from '../../types.js';
import { isBareLinkLabel, isHeadBoxLabel, isListEndAnnouncement, isQuestionHeadline, isOtherStoriesLabel, isStoryBoxLabel, isStoryLinkLabel } from '../chrome/links.js';
import { isProse } from '../line-shape.js';
import { isHeadlineShaped } from '../title/headlines.js';
import { rightUnder, type Line, type RecordsOf } from '../lines.js';
import { addressesReader, isPageNoteAfterText } from './article-end.js';
import { continuesStory } from './continues-story.js';
import { isBoxOfTeasers, isSentenceLine, isThaiParagraph } from './shapes.js';

/**
 * The first brief's heading in a roundup of briefs ("News in brief" over its date line, then short
 * items each under a headline of its own), or null: the head's last line, right over the body and
 * right under the page's header (a byline or date line with a line over it, the page's headline),
 * when it and the body are shaped as a box's teasers are (isBoxOfTeasers: headlines each over a
 * paragraph). It stays over its brief, as the later ones' headings do; sharing most words with the
 * body, it would be read as the page's title, and the page's headline as page text.
 */
export function firstBriefHeading(lines: readonly Line[], head: readonly Line[], body: readonly Line[], isMetadata: (line: Line) => boolean, overHeader: (line: Line) => boolean): Line | null {
  const heading = head[head.length - 1];
  if (!heading || !body.length) return null;
  const at = lines.indexOf(heading);
  const underHeader = at > 0 && isMetadata(lines[at - 1]!) && head.some((line) => line.number < heading.number && overHeader(line));
  return underHeader && isHeadlineShaped(heading) && lines[at + 1] === body[0] && isBoxOfTeasers([heading, ...body]) ? heading : null;
}

/** Headlines under a box's label that make it a box of other stories, not one link set into the text. */
const STORY_BOX_HEADLINES = 3;

/**
 * The block's last candidate line `last`, moved up to before a box of other stories inside it: a
 * box label (removed as a link, chrome/links.ts isStoryBoxLabel: "関連記事", "Leia também", "You may
 * also like") over STORY_BOX_HEADLINES headline-shaped lines that are no prose, or, after the
 * article's prose, over teasers of other stories to the block's end (isBoxOfTeasers, and not
 * continuesStory: the article's sections under one link set into it). The box's titles, long lines
 * in an unspaced script, scored as body, and a Japanese blog page kept them and its author's
 * profile after them; teasers written as sentences ("Você pode gostar...", then a paragraph of
 * each post) scored as body too. A label over one link, where the article goes on, is not a box.
 */
export function boxOfStoriesEnd(lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>, recordsOf: RecordsOf): number {
  for (let k = first + 1; k <= last; k++) {
    if (!openBoxLabelBetween(lines, removed, candidates[k - 1]! + 1, candidates[k]!)) continue;
    const next = candidates.slice(k, k + STORY_BOX_HEADLINES).map((i) => lines[i]!);
    if (next.length === STORY_BOX_HEADLINES && next.every((line) => isHeadlineShaped(line) && !isProse(line))) return k - 1;
    const before = candidates.slice(first, k).map((i) => lines[i]!);
    const under = candidates.slice(k, last + 1).map((i) => lines[i]!);
    if (before.some(isProse) && isBoxOfTeasers(under) && !continuesStory(before.filter(isProse), under, recordsOf)) return k - 1;
  }
  return last;
}

/**
 * The block's first candidate line once the article's paragraphs over a box of other stories set into its text are
 * taken in (into `kept`), the box's headlines into `box`: the block from `first` to `last` opens under the box, or with
 * its last headlines, and over them stand a box's label (isOtherStoriesLabel: "Related Stories", "More stories") with
 * STORY_BOX_HEADLINES or more headlines under it, and over the label paragraphs that share the story's words
 * (continuesStory): a page that sets "Related Stories" and "Top Entertainment stories" with their headlines after the story's
 * second paragraph opens the block at the box's last headlines, and the two paragraphs over it are the article's. Paragraphs
 * of another story over the box share too few words.
 */
export function paragraphsOverStoryBox(
  lines: readonly Line[], candidates: readonly number[], first: number, last: number, recordsOf: RecordsOf, kept: Set<number>, box: Set<number>,
): number {
  const at = (k: number): Line => lines[candidates[k]!]!;
  let opening = first;
  // A headline asked as a question may be prose ("'Idol' Stars for Real, or Just Reality TV?"); the label is a candidate
  // line unless a rule removed it (one the run's pages repeat).
  const inBox = (line: Line): boolean => isHeadlineShaped(line) || isOtherStoriesLabel(line);
  while (opening <= last && inBox(at(opening))) opening++;
  let over = first - 1;
  while (over >= 0 && inBox(at(over))) over--;
  if (opening > last || over < 0 || !isProse(at(over))) return first;
  const between = lines.slice(candidates[over]! + 1, candidates[opening]!);
  if (!between.some(isOtherStoriesLabel) || between.filter((line) => isHeadlineShaped(line) && !isOtherStoriesLabel(line)).length < STORY_BOX_HEADLINES) return first;
  let top = over;
  while (top - 1 >= 0 && isProse(at(top - 1))) top--;
  const paragraphs = candidates.slice(top, over + 1).map((i) => lines[i]!);
  const story = candidates.slice(opening, last + 1).map((i) => lines[i]!).filter(isProse);
  if (!continuesStory(story, paragraphs, recordsOf)) return first;
  for (let k = top; k <= over; k++) kept.add(k);
  for (let k = over + 1; k < opening; k++) box.add(k);
  return top;
}

/** Lines from a box's label to the block's first line at most (pastBoxHeadlines): the topic's name and the box's headlines. */
const MAX_HEAD_BOX_LINES = 8;
/** Words of a topic's name under a box's label at most ("More On:" over "taliban"). */
const MAX_TOPIC_WORDS = 3;
/** A teaser's summary cut off with an ellipsis ("Two people in the town have fallen ill with the fever,..."). */
const CUT_SUMMARY = /(?:\.\.\.|…)$/u;

/**
 * The block's first candidate line moved past the last headlines of a box of other stories set between the header and the
 * article, and past a teaser's cut summary under them: the line opening the block is headline-shaped and no prose, and it and
 * the lines over it are set right under one another, no blank line between, up to a box's label (chrome/links.ts
 * isHeadBoxLabel: the New York Post's "More On:" over the topic's name and four headlines, "see also" over one teaser), each
 * headline-shaped and no prose but a topic's name right under the label. The line model reads a headline quoting a word
 * ("Senator rips mayor's 'reckless' housing plan") as body, so the block would open at the box's last headline. The lines from the
 * moved first line on must open with prose (the article's first paragraph), or the block is left as it is.
 */
export function pastBoxHeadlines(lines: readonly Line[], candidates: readonly number[], first: number, last: number): number {
  const isBoxHeadline = (line: Line): boolean => isHeadlineShaped(line) && !isProse(line);
  const isCutSummary = (i: number): boolean => i > 0 && CUT_SUMMARY.test(lines[i]!.text) && rightUnder(lines, i) && isBoxHeadline(lines[i - 1]!);
  // The block may open at the teaser's summary, its headline under the block's threshold.
  const cut = isCutSummary(candidates[first]!);
  const at = cut ? candidates[first]! - 1 : candidates[first]!;
  if (!isBoxHeadline(lines[at]!)) return first;
  let top = at;
  while (top > 0 && at - top < MAX_HEAD_BOX_LINES && rightUnder(lines, top) && !isHeadBoxLabel(lines[top - 1]!)) {
    const over = lines[top - 1]!;
    const topic = top - 2 >= 0 && isHeadBoxLabel(lines[top - 2]!) && rightUnder(lines, top - 1) && over.wordCount <= MAX_TOPIC_WORDS && !over.endsWithSentencePunctuation;
    if (!isBoxHeadline(over) && !topic) return first;
    top--;
  }
  if (top === 0 || !rightUnder(lines, top) || !isHeadBoxLabel(lines[top - 1]!)) return first;
  let k = first;
  const setUnder = (n: number): boolean => n <= last && candidates[n] === candidates[n - 1]! + 1;
  if (!cut) {
    while (setUnder(k + 1) && isBoxHeadline(lines[candidates[k + 1]!]!)) k++;
    if (setUnder(k + 1) && isCutSummary(candidates[k + 1]!)) k++;
  }
  return k < last && isProse(lines[candidates[k + 1]!]!) ? k + 1 : first;
}

/**
 * Whether the lines from `from` to before `to`, removed, hold a box's label (isStoryBoxLabel) that
 * no screen reader's "end of list" closes under it. The removed lines between two candidates are
 * the only places a label stands. Al Jazeera sets "اقرأ أيضا" ("Read also") over its links, each
 * announced ("list 1 of 2"), and "end of list" under them in the middle of the article: the two
 * paragraphs after that would read as a box's teasers, and the article end at the label.
 */
function openBoxLabelBetween(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, from: number, to: number): boolean {
  let open = false;
  for (let i = from; i < to; i++) {
    if (!removed.has(lines[i]!.number)) continue;
    if (isStoryBoxLabel(lines[i]!)) open = true;
    else if (isListEndAnnouncement(lines[i]!)) open = false;
  }
  return open;
}

/**
 * How many links to other stories set into the text under their label start at candidate `k` (0
 * when none): a box label removed right above it ("Mehr zum Thema", "Lees ook", "相关阅读"), or a
 * bare teaser label right over its headline (chrome/links.ts isBareLinkLabel: Mathrubhumi's "Also Read"
 * over a Malayalam headline the line model kept), then the fewest lines each headline-shaped and
 * no prose with a sentence right under them (isSentenceLine), where the article goes on. Tagesspiegel sets two links under its label in the
 * middle of the text. Fewer than STORY_BOX_HEADLINES such lines in a row: a box of other stories
 * has more, and a short question among them ("Com Quantas Linhas se Faz uma Rede?"-shaped, under
 * "Artigos relacionados" and two headlines) reads as a sentence. A question headline of eight words or
 * more is prose by its length and question mark: it is a link when set right under the label or the
 * link over it ("Read more:" over "Will the new bridge finally fix the town's traffic problems for
 * good?"); set apart by a blank line it is the article's question.
 */
function linksUnderLabel(lines: readonly Line[], candidates: readonly number[], k: number, removed: ReadonlyMap<number, RemovedLine>): number {
  const at = candidates[k];
  if (at === undefined || at === 0) return 0;
  const label = lines[at - 1]!;
  if (!removed.has(label.number) || !(isStoryLinkLabel(label) || isBareLinkLabel(label, lines[at]))) return 0;
  const line = (n: number): Line | undefined => (k + n < candidates.length ? lines[candidates[k + n]!] : undefined);
  // A question headline of eight words or more reads as prose: set right under the label, or under the link over it, it is a link.
  const setAsLink = (n: number): boolean => (n === 0 || candidates[k + n] === candidates[k + n - 1]! + 1) && rightUnder(lines, candidates[k + n]!);
  // A Thai paragraph (no full stop, few spaces) is headline-shaped too: two under one link would make three links, a box of
  // other stories, and end the article over the label.
  const isLink = (n: number): boolean =>
    line(n) !== undefined && isHeadlineShaped(line(n)!) && !isThaiParagraph(line(n)!) && (!isProse(line(n)!) || (isQuestionHeadline(line(n)!) && setAsLink(n)));
  let run = 0;
  while (run < STORY_BOX_HEADLINES && isLink(run)) run++;
  if (run >= STORY_BOX_HEADLINES) return 0;
  const boxed = linksSetUnderLabel(lines, candidates, k, run);
  if (boxed && isSentenceLine(line(boxed)!)) return boxed;
  for (let links = 1; links <= run; links++) if (line(links) !== undefined && isSentenceLine(line(links)!)) return links;
  return 0;
}

/**
 * How many candidate lines from `k` on, up to `run`, are set one right under the other under the
 * label above `k`, as a box's links are, before a line that is not (after a blank line, the article
 * going on); 0 when the line after the `run` is set so too. A question headline in the box ("Dolar/TL güne nasıl
 * başladı?" under "İLGİLİ HABERLER" and another headline) reads as a sentence, not as the article
 * going on. A page without blank lines gives no box here (the fewest links are taken).
 */
function linksSetUnderLabel(lines: readonly Line[], candidates: readonly number[], k: number, run: number): number {
  for (let n = 0; n <= run && k + n < candidates.length; n++) {
    const at = candidates[k + n]!;
    if (!rightUnder(lines, at) || (n > 0 && candidates[k + n - 1] !== at - 1)) return n;
  }
  return 0;
}

/**
 * The links set into the text under their labels inside the block (linksUnderLabel), to be removed:
 * the line model keeps some as paragraphs. The sentences right under them go into `kept`: the label
 * and the links weaken them as they weaken those after the block (pastLinkUnderLabel), and a short
 * one would go as "lines nearby are short".
 */
export function linksUnderLabels(lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>, kept: Set<number>): number[] {
  const links: number[] = [];
  for (let k = first + 1; k < last; k++) {
    const count = linksUnderLabel(lines, candidates, k, removed);
    if (!count) continue;
    for (let link = k; link < k + count; link++) links.push(link);
    k += count;
    for (let next = k; next <= last && isSentenceLine(lines[candidates[next]!]!); next++) kept.add(next);
  }
  return links;
}

/** Lines of prose after one link set into the text that go on with the article whatever words they share with it. */
const PROSE_AFTER_LINK_LINES = 2;

/**
 * The candidate line right after the last link of the links set into the text (linksUnderLabel)
 * either right under `last` or inside the block with nothing but sentences from there to `last`
 * (the article going on under them to the block's end); null when there are none.
 */
function underLastLinks(lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>): number | null {
  const after = linksUnderLabel(lines, candidates, last + 1, removed);
  if (after) return last + 1 + after;
  let run = last;
  while (run > first && isSentenceLine(lines[candidates[run]!]!)) run--;
  for (let start = run; start > Math.max(first, run - STORY_BOX_HEADLINES + 1); start--) {
    // The last links may read as sentences ("How much will bridge tolls rise?"): they end at or past the run.
    const links = linksUnderLabel(lines, candidates, start, removed);
    if (links && start + links > run) return start + links;
  }
  return null;
}

/**
 * The article's last candidate line once the prose after links set into the text is taken in, and
 * into `kept`: links right under `last`, or inside the block with the article's sentences running
 * from them to its end (underLastLinks). Their label, their headlines and the site's chrome under
 * the short paragraphs after them (a label repeated on the site's other pages) weaken those below
 * the block's threshold, and they would go as page text after the article (a last paragraph under
 * "Mehr zum Thema" and two links). Not a box of teasers: the run of sentences
 * (isSentenceLine) is PROSE_AFTER_LINK_LINES lines or more, or one that continues the story above
 * (continuesStory), or, on a page that sets no blank line between its lines, is the page's last sentence (`closesText`,
 * article-end.ts closesPageText: the story's last sentence under "আরও পড়ুন" and its link may share none of the story's words;
 * where blank lines set the paragraphs apart, such a sentence set apart under the link is read as another story's teaser), and no
 * headline over a sentence of prose follows it (another teaser); nor a line that closes the text as the page's (a
 * copyright notice).
 */
export function pastLinkUnderLabel(
  lines: readonly Line[],
  candidates: readonly number[],
  first: number,
  last: number,
  removed: ReadonlyMap<number, RemovedLine>,
  recordsOf: RecordsOf,
  closesText: (k: number) => boolean,
  kept: Set<number>,
): number {
  const line = (k: number): Line => lines[candidates[k]!]!;
  const goesOn = (k: number): boolean => k < candidates.length && isSentenceLine(line(k)) && !isPageNoteAfterText(line(k));
  for (let start = underLastLinks(lines, candidates, first, last, removed); start !== null; start = underLastLinks(lines, candidates, first, last, removed)) {
    let end = Math.max(start, last);
    while (goesOn(end + 1)) end++;
    // The line right under the links, past the block, is one the page closes its text with ("© 2024 Jornal da Cidade."): no article going on.
    if (end === last || (start > last && !goesOn(start))) break;
    const run = candidates.slice(start, end + 1).map((i) => lines[i]!);
    const teaserAfter = end + 2 < candidates.length && isHeadlineShaped(line(end + 1)) && isProse(line(end + 2)) && line(end + 2).endsWithSentencePunctuation;
    const above = candidates.slice(first, Math.min(start, last + 1)).map((i) => lines[i]!).filter(isProse);
    // Without blank lines a question under the links may be the box's last link ("Pflegenotstand: Wie viele Fachkräfte
    // fehlen?"), and a sentence speaking to the reader the site's promo ("… all local stories you want right in the palm of your hand.").
    const lastSentence = (): boolean =>
      line(end).number - line(first).number === candidates[end]! - candidates[first]! && !run.some((sentence) => isQuestionHeadline(sentence) || addressesReader(sentence)) && closesText(end);
    if (teaserAfter || (run.length < PROSE_AFTER_LINK_LINES && !continuesStory(above, run, recordsOf) && !lastSentence())) break;
    for (let k = start; k <= end; k++) kept.add(k);
    last = end;
  }
  return last;
}
