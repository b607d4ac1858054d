// Headline-shaped lines around the article: the article's own title (before the body, or repeated
// in a list after it) and lists of other stories' headlines. Which is which is told by how many of
// the headline's content words the body uses.
import type { ArticleMetadata, PlacedWords, Word } from '../types.js';
import { EDITOR_NOTE } from '../text/dateline.js';
import { readDate } from '../text/dates.js';
import { segmentedWordCount } from '../text/line-words.js';
import { isSpace } from '../text/word-end.js';
import { THAI, unspacedLetterRanges } from '../text/word-chars.js';
import { digitRuns, figureRows, isResultLine } from './edges/tables.js';
import { isShareButtonName, isShareOrFollow, withoutToolsRunInto } from './features/buttons.js';
import { isMoreStoriesLabel, isOtherStoriesLabel, isStoryBoxLabel } from './features/links.js';
import { isGluedCredit } from './features/pictures.js';
import { hasSeparators, isBulletedItem, isPipeTableLine, isProse, isShortCellsRow, isShortSentence } from './features/shape.js';
import { isCloseUnder, isRightUnder, type Line } from './lines.js';
import { isAggregatorName } from './outlets.js';
import { isDateWordsLine } from './metadata/date-lines.js';
import { isNameWithPost } from './metadata/name-posts.js';

interface Vocabulary {
  stopwords: ReadonlySet<string>;
  stem: (word: string) => string;
}

/** Words a headline has at most, but a long one right over the header (isLongHeadline). */
export const MAX_HEADLINE_WORDS = 25;

/** Words a headline has at least. */
const MIN_HEADLINE_WORDS = 3;

/** A line shaped like a headline: a handful of words, no closing full stop (but a time's "p.m.", endsWithTime). */
export function isHeadlineShaped(line: Line): boolean {
  const words = headlineWords(line);
  return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && (!line.text.endsWith('.') || endsWithTime(line));
}

/**
 * A time set after a comma at the end of the line ("Boston Celtics (29-4) At New Jersey Nets (18-17), 7:30 P.m.", a game
 * preview's headline; a TV listing's): its dot is the abbreviation's, no sentence's end. Such a headline opening the body had
 * been read as a sentence, and a menu's line over it ("Golden State Warriors Tickets") had been the title.
 */
const TIME_AFTER_COMMA = /, \d{1,2}(?:[:.]\d{2})? ?[ap]\.m\.$/iu;
const endsWithTime = (line: Line): boolean => TIME_AFTER_COMMA.test(line.text);

/** Thai letters, and the zero-width non-joiner Persian writes inside its words: lines headlineWords segments. */
const SEGMENTED_WORDS = new RegExp(`[${unspacedLetterRanges(THAI)}\\u200C]`, 'u');

/**
 * A line's words as a headline has them. The line's count (text/line-words.ts) reads a run of Thai
 * as one word per two characters and a Persian word as two or three where a zero-width non-joiner
 * stands in it: a Thai share button (`คัดลอกลิงก์`, "copy link", two words) counted six and a Persian
 * outlet's name (`بی‌بی‌سی فارسی`, two) four, each the title, as more than a section label's three;
 * a Thai headline of 16 words counted 30, too many for one. Such lines' words are the runtime's
 * word segmenter's (Intl.Segmenter: a dictionary for Thai, the joiner inside a word), counted as the line's
 * Lao, Khmer and Burmese runs are (segmentedWordCount). The line's own count of Thai stays one word per two
 * characters: the line model's inputs and isThaiParagraph (edges/shapes.ts) were set by it.
 */
function headlineWords(line: Line): number {
  return SEGMENTED_WORDS.test(line.text) ? segmentedWordCount(line.text) : line.wordCount;
}

/** A picture's caption: a sentence with its credit after it ("… above 80 degrees. (Lisa Chen/Metro Times)"). */
const CREDITED_SENTENCE = /[.!?]["”’]?\s*\([^()]*\)$/u;

/**
 * A date and time written in figures, a label's word or two at most: more figures than letters, and
 * a date read. CNA's "2026/12/4 16:30（12/4 18:05 更新）" (an update's time after the publication's,
 * ten words to the line's count) was no date line and had been the title; a headline has words.
 */
const isDateInFigures = (line: Line): boolean => line.digitShare > 0 && figuresOutnumberLetters(line.text) && readDate(line.text) !== null;

const FIGURE = /\p{N}/u;
const LETTER = /\p{L}/u;
function figuresOutnumberLetters(text: string): boolean {
  let balance = 0;
  for (const char of text) {
    if (FIGURE.test(char)) balance++;
    else if (LETTER.test(char)) balance--;
  }
  return balance > 0;
}

/** Words a breadcrumb's step has at most ("Bank of Japan", "Interest rates"). */
const MAX_CRUMB_WORDS = 4;
const CRUMB_SEPARATOR = /\s*[>»›]\s*/u;

/**
 * A breadcrumb of steps parted by ">" ("Home > Markets > Japan > Bank of Japan"): naming the story's
 * subjects, it shared more of the body's words than the headline under it, and had been the title
 * over it (features/shape.ts SEPARATORS, the line model's input, has no ">"). Or by "»" or "›", which
 * the line model weighs but the title search did not: "Home » Sport » Football » A-League » Article"
 * had been an l3s-dev title (65 raw lines of the clean bench are such breadcrumbs, none in the gold).
 */
function isBreadcrumb(text: string): boolean {
  if (!/[>»›]/u.test(text)) return false;
  const steps = text.split(CRUMB_SEPARATOR).filter(Boolean);
  return steps.length >= 2 && steps.every((step) => step.split(' ').length <= MAX_CRUMB_WORDS);
}

/**
 * A label of the story's tags or topics and what follows it ("Tags: vista, os, us, microsoft", "Filed under: Courts"):
 * its words are the story's, and under the standfirst, over the byline, it had been the title (42 raw lines of the
 * clean bench open so, none in the gold).
 */
const TAGS_LINE = /^(?:tags|tagged(?: with)?|topics|related topics|keywords|filed under)\s*:/iu;
/**
 * A link back to an aggregator or to the page's top or home ("Go to Google News", "Back to top", "Return to homepage"):
 * an aggregator's copy of an AP story sets "Go to Google News" over it, which shared the body's "news" and had been its
 * title (11 raw lines of the clean bench are such links to an aggregator, 31 to the top, none in the gold).
 */
const BACK_LINK = /^(?:go|back|return)\s+to\s+(?:the\s+)?(.+?)\s*$/iu;
const PAGE_PLACE = /^(?:home\s?page|home|top|main page|front page)$/iu;
export function isBackLink(text: string): boolean {
  const place = BACK_LINK.exec(text)?.[1];
  return place !== undefined && (isAggregatorName(place) || PAGE_PLACE.test(place));
}
/**
 * A line leading into what follows it (ending in a colon: "Cities that top the list:" over a ranked list) or set wholly in
 * brackets (a note: "(Source: Canadian Institute of Advanced Research survey)"): no headline is either (no l3s-dev gold
 * title), and each had been the title of a page whose headline stood above the title window.
 */
const BRACKETED = /^\(.*\)$/u;
const LEAD_IN_OR_NOTE = new RegExp(`${BRACKETED.source}|[:：]$`, 'u');
/**
 * A film's or a book's credit in a review's header, a field's label, a colon and its value ("Director : Anurag Kashyap",
 * "Cast: …", "Running time: 1:50"): under the review's headline of two words, too short to be one, it shared the body's
 * words and had been the title (the clean bench's raw pages hold 10 such lines, none a gold title).
 */
const REVIEW_CREDIT = /^(?:directors?|directed by|cast|starring|producers?|produced by|writers?|written by|screenplay|music|running time|runtime|rated|certificate|genre)\s*[:：]\s*\S/iu;
/**
 * Not a pipe table's line or a row of short cells (features/shape.ts isShortCellsRow; cells, never a headline), list item ("+ Comfortable for long flights" under a review's "Pros"), credited
 * caption (its credit in brackets or glued on: features/pictures.ts isGluedCredit), date (isDateInFigures, metadata/date-lines.ts
 * isDateWordsLine), breadcrumb, tags line (TAGS_LINE), link back (isBackLink), lead-in or note (LEAD_IN_OR_NOTE), or a box of other
 * stories' label (features/links.ts: "More from vnunet.com" over the site's other stories had been an l3s-dev title), or a review's
 * credit (REVIEW_CREDIT).
 */
const isNoTableListOrCaption = (line: Line): boolean =>
  !isPipeTableLine(line) && !isShortCellsRow(line) && !isBulletedItem(line.text) && !CREDITED_SENTENCE.test(line.text) && !isGluedCredit(line.text) && !isDateInFigures(line) && !isDateWordsLine(line) && !isBreadcrumb(line.text) && !TAGS_LINE.test(line.text) && !isBackLink(line.text) && !LEAD_IN_OR_NOTE.test(line.text) && !isMoreStoriesLabel(line) && !isStoryBoxLabel(line) && !REVIEW_CREDIT.test(line.text);

/**
 * A share or follow button ("Share this with Twitter", "Follow us on X") or a network's name alone ("Twitter"),
 * features/buttons.ts: never a headline. The BBC sets a share panel of some 25 such lines between its headline (over the
 * date line) and the body; they had filled the title's window, and "Share this with Twitter" had been the title.
 */
const isShareChrome = (line: Line): boolean => isShareOrFollow(line) || isShareButtonName(line);

/** A line that may be the article's title: headline-shaped, and no table line, list item, caption, share button (isShareChrome) or author's name with their post (isNameWithPost). */
const isTitleShaped = (line: Line): boolean => isHeadlineShaped(line) && isNoTableListOrCaption(line) && !isShareChrome(line) && !isNameWithPost(line);

/**
 * Words a long headline has at most: tabloids and Indian and Pakistani outlets write headlines of
 * 26 to 50 words ("Man, 45, arrested after woman found dead in flat in Croydon as police say …").
 */
const MAX_LONG_HEADLINE_WORDS = 50;
/** A sentence's end inside a line, a capital after it: a paragraph of sentences, which a headline is not. */
const SENTENCE_INSIDE = /[.!?]["'”’)]*\s+\p{Lu}/u;
/**
 * A headline longer than isHeadlineShaped allows: one clause of up to MAX_LONG_HEADLINE_WORDS words,
 * no sentence punctuation at its end or inside (a standfirst or a paragraph has it), no table line,
 * list item or caption. Only right over the header, and only when no other line is a headline:
 * it had been page text before the article, and the page had no title.
 */
function isLongHeadline(line: Line): boolean {
  const words = headlineWords(line);
  return words > MAX_HEADLINE_WORDS && words <= MAX_LONG_HEADLINE_WORDS && !line.endsWithSentencePunctuation && !SENTENCE_INSIDE.test(line.text) && isNoTableListOrCaption(line);
}

/** Lines of a standfirst under a long headline at most: the Daily Mail's points of the story, three or four. */
const MAX_STANDFIRST_POINTS = 4;

/** Words a headline written as sentences has at most ("Storm hits the coast. Thousands lose power."), or each of its two sentences. */
const MAX_SENTENCE_HEADLINE_WORDS = 12;
/** Where one sentence of a line ends and the next starts. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’)]*)\s+(?=\p{Lu})/u;

/**
 * A headline written as sentences: a few words ending in a full stop, or two sentences of a few
 * words each (an op-ed's "Baltimore's vacant houses won't fix themselves. The city has to stop
 * waiting for buyers.", 14 words, had been page text and the page had no title); not a list item or
 * credited caption.
 */
function isSentenceHeadline(line: Line): boolean {
  const words = headlineWords(line);
  return words >= 3 && /[.]$/u.test(line.text) && (words <= MAX_SENTENCE_HEADLINE_WORDS || isTwoShortSentences(line.text)) && isNoTableListOrCaption(line);
}

function isTwoShortSentences(text: string): boolean {
  const sentences = text.split(SENTENCE_BREAK);
  return sentences.length === 2 && sentences.every((sentence) => sentence.split(' ').length <= MAX_SENTENCE_HEADLINE_WORDS);
}

/**
 * The stems of the body's words (the cleaner's words of each body line), for overlap with
 * headline-shaped lines. Only a word with an apostrophe (in `joined`) may have a stem other than its
 * record's (lowercaseStem), so the others' are read without testing their text.
 */
export function bodyVocabulary(body: readonly PlacedWords[], vocabulary: Vocabulary): Set<string> {
  const stems = new Set<string>();
  for (const { words, joined } of body) {
    let next = 0;
    for (let k = 0; k < words.length; k++) {
      if (k === joined[next]) {
        next++;
        stems.add(lowercaseStem(words[k]!, vocabulary));
      } else stems.add(words[k]!.stem);
    }
  }
  return stems;
}

/**
 * The stem of the word's lowercase form as it stands: the record's, unless the word has a curly
 * apostrophe or ends in `'s`, which the tokenizer straightens or cuts off before stemming
 * (word-records.ts wordRecord) and the cleaner, whose line model was fitted without that, does not.
 */
const lowercaseStem = (word: Word, vocabulary: Vocabulary): string => (word.lower.includes('’') || word.lower.endsWith("'s") ? vocabulary.stem(word.lower) : word.stem);

/** The shared records (text/word-records.ts) of a line's words, in order (ScoredLines.words). */
type RecordsOf = (line: Line) => readonly Word[];

/** Share of a line's content-word stems that also occur in the body; `words`: its words' records. */
export function overlapWithBody(words: readonly Word[], bodyStems: ReadonlySet<string>, vocabulary: Vocabulary): number {
  let content = 0;
  let shared = 0;
  for (const word of words) {
    if (vocabulary.stopwords.has(word.lower)) continue;
    content++;
    if (bodyStems.has(lowercaseStem(word, vocabulary))) shared++;
  }
  return content ? shared / content : 0;
}

/**
 * The headline telling the story under a match's result at the top of a score widget (its scorers,
 * venue, attendance and referee under it: "Aston Villa 3-1 Newcastle" over "Watkins 12', 58'" over
 * "Villa Park"), when `best` is that result: sharing every word with the report, it had been the
 * title over the Guardian's "Ollie Watkins scores twice as Aston Villa see off Newcastle …" under the
 * widget. Only a result with two scores and figures in the line under it, as scorers have: a press
 * release's headline has a result's shape with one number ("Northwind Robotics Reports Third Quarter
 * 2026 Results" over its date line), and its subheading had been taken for the title. Of the
 * `headlines` under the result, the one sharing most of the body's words, half at least (a line of
 * scorers may share half: "Okafor 23', Lindqvist 67'"). A result right over that line is the page's
 * headline over its standfirst ("Ashvale 24-17 Carrick Park" over "Late try keeps …"), and stays the title.
 */
function headlineUnderScores(best: { line: Line; overlap: number }, headlines: ReadonlyArray<{ line: Line; overlap: number }>, head: readonly Line[]): { line: Line; overlap: number } {
  const under = head[head.indexOf(best.line) + 1];
  if (!isResultLine(best.line) || digitRuns(best.line.text) !== 2 || !under || under.digitShare === 0) return best;
  const story = headlines.filter(({ line, overlap }) => line.number > best.line.number && overlap >= SAME_STORY_OVERLAP);
  if (!story.length) return best;
  const most = story.reduce((top, headline) => (headline.overlap > top.overlap ? headline : top));
  return most.line === under ? best : most;
}

/**
 * The label a CMS's or a scraper's export sets before the headline ("TITLE: …", "Headline: …"), or the desk's label for
 * the kind of news ("BREAKING: …", "EXCLUSIVE: …", "Última hora: …"): neither is the headline's. No gold title of
 * l3s-dev begins with a news-kind label; section labels ("Tennis: …", "Movie Review: …") the gold keeps, and so does this,
 * and a live blog's "Live: …" (live-blog.ts), which tells the page is no single story.
 */
const TITLE_LABEL =
  /^(?:title|headline|breaking(?: news)?|just in|developing|updated?|exclusive|watch|urgente?|última hora|exclusiv[ao]|eilmeldung|exklusiv|exclusif|ultim'ora|esclusiva)\s*[:：]\s*(?=\S)/iu;
/**
 * A cell in capitals after the headline's, two spaces or a tab apart (ingest/normalise.ts spacedTabs): a dateline's place
 * the page sets beside its headline ("… hybrid human-animal embryos  LONDON"), which had stood in the title. Only after
 * a headline with a small letter: a headline in capitals has no cell of its own in capitals to tell.
 */
const CAPITALS_CELL_AFTER = / {2,}\p{Lu}[\p{Lu}\p{M}.'’&/-]+(?: \p{Lu}[\p{Lu}\p{M}.'’&/-]+){0,3}$/u;
function withoutCapitalsCell(text: string): string {
  const cell = text.includes('  ') ? CAPITALS_CELL_AFTER.exec(text) : null;
  return cell && /\p{Ll}/u.test(text.slice(0, cell.index)) ? text.slice(0, cell.index) : text;
}
/**
 * A title line's headline, without such a label (it had stood in articles.csv's title), reader tools run into its end
 * (features/buttons.ts withoutToolsRunInto) nor a cell in capitals after it (CAPITALS_CELL_AFTER).
 */
export const headlineOf = (line: Line): string => withoutCapitalsCell(withoutToolsRunInto(line.text.replace(TITLE_LABEL, '')));

/** A text with its case and spacing folded: what readsAs compares. */
export const foldedText = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * A test of whether a line reads as `text` but for case and spacing (foldedText: an input's title
 * repeated as the page's first line). The text is folded once, not per line; a line with more
 * characters other than white space than the folded text has is not folded at all: folding keeps
 * each of those, and lowercasing shortens none, so it cannot equal it. The lines asked are a body's
 * first paragraphs, mostly far longer than a title (folding them was about 2% of the cleaner).
 */
export function readsAs(text: string): (line: string) => boolean {
  const folded = foldedText(text);
  return (line) => !hasMoreThanVisible(line, folded.length) && foldedText(line) === folded;
}

/** Whether the text has more than `count` characters (UTF-16 code units) other than white space (`\s`). */
function hasMoreThanVisible(text: string, count: number): boolean {
  let visible = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i)) && ++visible > count) return true;
  return false;
}

/** A line opening with a quantity: "1 onion, finely chopped", "250g red lentils", "½ tsp salt". */
const QUANTITY_LED = /^(?:\d|[½¼¾⅓⅔⅛])/u;
/** A line opening with a quantity ("1 kg squash, deseeded", "½ tsp salt"). */
export const isQuantityLed = (line: Line): boolean => QUANTITY_LED.test(line.text);
const MIN_LIST_LINES = 3;

/**
 * The lines of a list of quantities among these (in page order): runs of MIN_LIST_LINES quantity-led
 * lines or more, each within two lines of the next. A recipe's ingredients, shaped like headlines,
 * had given it its title ("1/2 cup chicken broth"); one such line alone may be a headline ("3 killed in crash").
 */
function quantityLists(lines: readonly Line[]): Set<Line> {
  const lists = new Set<Line>();
  let run: Line[] = [];
  const endRun = (): void => {
    if (run.length >= MIN_LIST_LINES) for (const line of run) lists.add(line);
    run = [];
  };
  for (const line of lines) {
    if (!isQuantityLed(line)) continue;
    if (run.length && !isCloseUnder(line, run[run.length - 1]!)) endRun();
    run.push(line);
  }
  endRun();
  return lists;
}

/** A name of two capitalised words or more opening the line ("Margaret Ellery"), and opening the paragraph too. */
const OPENING_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)+(?![\p{L}\p{M}])/u;
function opensWithSameName(line: Line, paragraph: Line | undefined): boolean {
  const name = OPENING_NAME.exec(line.text)?.[0];
  return name !== undefined && paragraph !== undefined && name.length < line.text.length && paragraph.text.startsWith(name) && !/^[\p{L}\p{M}]/u.test(paragraph.text.slice(name.length));
}

/**
 * A headline right over its standfirst, both headline-shaped: the shorter line on top is the
 * headline ("Petrol and diesel prices fall for second month as Christmas approaches" over "Average
 * petrol price drops below €1.75 a litre for first time since spring"). A kicker over a headline
 * is shorter still, but of fewer than four words, which no title is here; a standfirst is no
 * shorter than its headline, in words (as long: "Nurses at Leeds hospitals to walk out on two days
 * next month" over "Union says nurses have had no pay offer for this financial year", 12 words
 * each: the standfirst had been the title); a standfirst of several lines counts the words of all
 * (the Guardian's two lines of 9 and 10 words under a headline of 14). Right over the header's byline
 * or date line (`overHeader`) a standfirst quoting the story's speaker may be the shorter ("Manovra,
 * via libera della Camera: taglio dell'Irpef per il ceto medio e stretta sulle banche" over "Il testo
 * passa al Senato. Giorgetti: «Conti in ordine, nessuna patrimoniale»" over "di Monica Guerzoni": the
 * standfirst had been the title), but not when the longer line holds it: "Home News Business News
 * Ascom announces …" over "Ascom announces …" is a breadcrumb run into the headline. A breadcrumb
 * over the headline is no headline either ("The Register » Security »").
 */
function isHeadlineOverStandfirst(upper: Line, standfirst: readonly Line[], overHeader: StandfirstOverHeader): boolean {
  const [first] = standfirst;
  const words = standfirst.reduce((sum, line) => sum + headlineWords(line), 0);
  return headlineWords(upper) <= words || (overHeader(standfirst[standfirst.length - 1]!, upper) && !upper.text.includes(first!.text));
}

/** Whether a standfirst's last line stands over the header, for the line `upper` over the standfirst (findTitle). */
type StandfirstOverHeader = (line: Line, upper: Line) => boolean;

/** The page's next line under a line (blank lines are no lines: `Line`s are the page's others). */
type NextOnPage = (line: Line) => Line | undefined;

/**
 * A line right over `lower` on the page, blank lines between them at most, that may be a headline or
 * a line of a standfirst: title-shaped, of MIN_TITLE_WORDS or more, no breadcrumb. Rolling Stone sets
 * a blank line between its headline and standfirst ("The Doobie Brothers Unite With Michael McDonald
 * for 50th Anniversary Tour", a blank line, "McDonald joins Tom Johnston, …"): the standfirst had been
 * the title. Over a blank line, of MIN_TITLE_WORDS_OVER_BLANK or more: on a page of lines parted by blank lines,
 * a picture's caption of four words over the headline ("Former Indonesian President Suharto") had become the title.
 */
const isStandfirstLineOver = (upper: Line, lower: Line, nextOnPage: NextOnPage): boolean =>
  nextOnPage(upper) === lower && headlineWords(upper) >= (isRightUnder(lower, upper) ? MIN_TITLE_WORDS : MIN_TITLE_WORDS_OVER_BLANK) && isTitleShaped(upper) && !hasSeparators(upper);
const MIN_TITLE_WORDS_OVER_BLANK = 5;

/** Lines of a standfirst at most, each headline-shaped (the Guardian's two under a match report's headline). */
const MAX_STANDFIRST_LINES = 2;

/**
 * The headline over `best` when `best` is a line of its standfirst (isHeadlineOverStandfirst): the
 * standfirst, written to sum the story up, shares more of the body's words than its headline, and
 * had been the title. Climbs over up to MAX_STANDFIRST_LINES lines of `head` right over one another
 * (`candidate`: no table row, list or line the site lists) to the nearest that tells the story too:
 * under the Guardian's "Ollie Watkins scores twice as Aston Villa see off Newcastle to climb to
 * fourth", the second line of its standfirst, "Morgan Rogers seals win after Isak had levelled
 * before half-time", had been the title (the first shares a third of the body's words). Over a
 * standfirst of two lines only to the first line of the run (opensRun): in a list of other stories'
 * headlines over the page's own, a line two lines up shares the body's words as often, and had
 * become the title (MacRumors' "First Impressions Praise Scissor Keyboard, Larger Display" over "Mac
 * Pro Shipping in December" over "13-Inch MacBook Pro With Scissor Keyboard Expected …").
 */
function headlineOverStandfirst(
  best: { line: Line; overlap: number }, head: readonly Line[], nextOnPage: NextOnPage, overHeader: StandfirstOverHeader, candidate: (line: Line) => boolean, overlapOf: (line: Line) => number,
): { line: Line; overlap: number } {
  const at = head.indexOf(best.line);
  const opensRun = (k: number): boolean => k === 0 || !candidate(head[k - 1]!) || !isStandfirstLineOver(head[k - 1]!, head[k]!, nextOnPage);
  for (let top = at; top > 0 && at - top < MAX_STANDFIRST_LINES; top--) {
    const upper = head[top - 1]!;
    if (!candidate(upper) || !isStandfirstLineOver(upper, head[top]!, nextOnPage)) break;
    if (!isHeadlineOverStandfirst(upper, head.slice(top, at + 1), overHeader) || (top < at && !opensRun(top - 1))) continue;
    const overlap = overlapOf(upper);
    if (tellsStoryAsHeadline(upper, overlap)) return { line: upper, overlap };
  }
  return best;
}

/**
 * Whether a headline over a standfirst tells the story too: more than half its words in the body.
 * A menu's link of four words shares half of them by chance ("Laws of the Game", "Home News Science
 * & Astronomy" over a football and a space story's headlines): a headline that short shares more.
 */
const tellsStoryAsHeadline = (line: Line, overlap: number): boolean => overlap > SAME_STORY_OVERLAP || (overlap === SAME_STORY_OVERLAP && headlineWords(line) > MIN_TITLE_WORDS);

/** Words of the shortest headline findTitle takes when a longer one competes: three are a section label's ("World News Today"). */
const MIN_TITLE_WORDS = 4;

const TITLE_SEARCH_LINES = 12;

/**
 * The lines of `head` the title is searched in: the last TITLE_SEARCH_LINES; or, when none of those
 * nor a line the site lists among them may be a title (`mayBeTitle`), the last ones up to
 * TITLE_SEARCH_LINES lines that may be a headline (of three words or more, as isHeadlineShaped
 * takes) and the lines of fewer words between them. A menu's items and share buttons are never the
 * title, and their run under the header had pushed the headline out of the search: The Hindu's (over
 * its standfirst, date line and byline) stood behind 11 of them (`Email`, `READ LATER`, `PRINT`),
 * Medium's behind its author's `Follow`, claps and `Listen`, and neither page had its title. Only
 * then: where the last twelve lines hold a headline, a line further up (a video box's "view all |
 * submit video", a weather widget's forecast) shared more of the body's words, and had become the
 * title over it. `filled`: whether the window holds that many lines.
 */
function titleWindow(head: readonly Line[], listed: readonly Line[], mayBeTitle: (line: Line) => boolean): { window: readonly Line[]; filled: boolean } {
  if (head.length <= TITLE_SEARCH_LINES) return { window: head, filled: head.length === TITLE_SEARCH_LINES };
  const last = head.slice(-TITLE_SEARCH_LINES);
  if (last.some(mayBeTitle) || listed.some((line) => line.number > last[0]!.number && mayBeTitle(line))) return { window: last, filled: true };
  let counted = 0;
  for (let k = head.length - 1; k >= 0; k--) if (headlineWords(head[k]!) >= MIN_HEADLINE_WORDS && ++counted === TITLE_SEARCH_LINES) return { window: head.slice(k), filled: true };
  return { window: head, filled: false };
}

const SAME_STORY_OVERLAP = 0.5;
/** Share of its words a headline right over the header shares with the body at least. */
const PAGE_HEADLINE_OVERLAP = 0.25;

/**
 * The article's title line: among the headline-shaped lines just before the body (not a table row), the one sharing
 * most words with the body (the nearest on ties); failing that, a headline opening the body, or
 * a headline after the body that shares at least half its words with it. Null when the input already gave a title.
 * `listed`: lines before the body removed for standing in other articles too. One of them may be
 * this article's headline, listed on the site's other pages; it competes if it shares at least half
 * its words with the body (site chrome does not). `overHeader`: whether the header's date line or
 * byline stands right under a line; a three-word line there is the page's headline when nothing
 * else is ("Premier League results" over its date, rows of results and a short report that names
 * none of its words: the page had no title); so is a headline written as sentences there ("Storm
 * hits the coast. Thousands lose power."), which ended in a full stop and had no title either (so is
 * one right over a standfirst over the header, which had been the title); and a
 * headline there telling the body's story wins over a match's result ("Ashford 1 Dunmore 2").
 * `overByline`: whether the header's byline does. `page`: the page's lines (not blank). `overHeaderLine`: whether a
 * line removed as the header's date line or byline stands right under a line; `overHeader` says so of the author's name
 * alone next to the date line too, which the header reads as the byline only after the title. A line over such a name
 * is a standfirst the longer headline over it may climb to (isHeadlineOverStandfirst) only when it shares few of that
 * line's words (less than PAGE_HEADLINE_OVERLAP, standfirstOverName).
 *
 * Its steps: the lines searched (titleSearch), read once into the kinds of headline found (headlinesFound); the one sharing
 * most of the body's words, given up for the page's headline over the header (pageHeadlineFirst), a headline of another
 * length (headlineOfOtherLength), the headline over its standfirst (headlineOverItsStandfirst), the headline a label or the
 * page's title names (headlineByLabelOrPageTitle); a fallback when none is found (titleOrFallback).
 */
export function findTitle(
  head: readonly Line[], listed: readonly Line[], body: readonly Line[], tail: readonly Line[], bodyStems: ReadonlySet<string>, metadata: ArticleMetadata, vocabulary: Vocabulary, recordsOf: RecordsOf,
  overHeader: (line: Line) => boolean, overByline: (line: Line) => boolean, page: readonly Line[], overHeaderLine: (line: Line) => boolean,
): { line: Line; reason: string } | null {
  if (metadata.title) return null;
  const search = titleSearch(head, listed, body, tail, bodyStems, vocabulary, recordsOf, overHeader, overByline, page, overHeaderLine);
  const found = headlinesFound(search);
  const { best: pageHeadline, underKicker } = pageHeadlineFirst(search, found);
  const otherLength = headlineOfOtherLength(search, found, pageHeadline);
  const overStandfirst = headlineOverItsStandfirst(search, found, otherLength, underKicker);
  return titleOrFallback(search, found, headlineByLabelOrPageTitle(search, overStandfirst));
}

/** A line and its share of content words in the body (overlapWithBody). */
type Headline = { line: Line; overlap: number };

/** What findTitle's steps read: its arguments, each line's share of the body's words, and the lines searched. */
interface TitleSearch {
  head: readonly Line[];
  listed: readonly Line[];
  body: readonly Line[];
  tail: readonly Line[];
  vocabulary: Vocabulary;
  recordsOf: RecordsOf;
  overHeader: (line: Line) => boolean;
  overByline: (line: Line) => boolean;
  page: readonly Line[];
  overHeaderLine: (line: Line) => boolean;
  /** The page's first line. */
  pageStart: Line | undefined;
  /** A line's share of content words in the body, computed once a line. */
  overlapOf: (line: Line) => number;
  /** Whether half a line's words or more are in the body (SAME_STORY_OVERLAP). */
  tellsStory: (line: Line) => boolean;
  /** The rows of a table of figures and the lines of a list of quantities, over the body or opening it: never the title. */
  rows: ReadonlySet<Line>;
  lists: ReadonlySet<Line>;
  /** The lines of `head` searched (titleWindow), and the lines the site lists among them. */
  window: readonly Line[];
  listedInWindow: ReadonlySet<Line>;
  /** The lines searched, nearest the body first: the window, the listed lines in it, a line over the byline above it. */
  lines: readonly Line[];
}

/** What findTitle searches (TitleSearch): the window of `head` (titleWindow) and the lines it adds to it. */
function titleSearch(
  head: readonly Line[], listed: readonly Line[], body: readonly Line[], tail: readonly Line[], bodyStems: ReadonlySet<string>, vocabulary: Vocabulary, recordsOf: RecordsOf,
  overHeader: (line: Line) => boolean, overByline: (line: Line) => boolean, page: readonly Line[], overHeaderLine: (line: Line) => boolean,
): TitleSearch {
  const [pageStart] = page;
  // Each line's share of words in the body, once: the window's search, the lines over the byline and the choice below all ask it.
  const overlaps = new Map<Line, number>();
  const overlapOf = (line: Line): number => {
    let overlap = overlaps.get(line);
    if (overlap === undefined) overlaps.set(line, (overlap = overlapWithBody(recordsOf(line), bodyStems, vocabulary)));
    return overlap;
  };
  const tellsStory = (line: Line): boolean => overlapOf(line) >= SAME_STORY_OVERLAP;
  // A line the search below may choose: a line of three words or a headline written as sentences only
  // when it tells the body's story (or, of three words, stands over the header). The Conversation's
  // disclosure (`… receives funding from …`), its partners' line and `View all partners` under the
  // author had kept the window from widening to the headline over them, and the page had no title.
  // The body's first two lines: its first may be the title, the second a row it makes with it.
  const rows = figureRows([...head, ...body.slice(0, 2)]);
  const lists = quantityLists(head);
  // Nor a table's row or a list's line, which the search skips: the rows of a ranked list ("1. Saint John", "2. Quebec
  // City") the cleaner left over the article had kept the window from widening to the headline over them.
  const mayBeTitle = (line: Line): boolean =>
    !rows.has(line) && !lists.has(line) &&
    (isTitleShaped(line) ? headlineWords(line) >= MIN_TITLE_WORDS || overHeader(line) || tellsStory(line) : (isSentenceHeadline(line) || isLongHeadline(line)) && tellsStory(line));
  // Share buttons, never a title, count for none of the window's lines: the BBC's share panel had filled it.
  const searched = head.filter((line) => !isShareChrome(line));
  const { window, filled } = titleWindow(searched, listed, mayBeTitle);
  const windowStart = filled ? window[0]!.number : 0;
  const listedInWindow = new Set(listed.filter((line) => line.number > windowStart));
  // A line over the header's byline further up, telling the body's story, is searched too: a video
  // page's headline over its byline stood behind more than TITLE_SEARCH_LINES lines of share buttons
  // and player controls, and the page had no title. Not over a date line alone: a site's name or a
  // breadcrumb over the date line at the top of the page ("Winnipeg Free Press Live", "BLOG >
  // Nutrition > Meal Plans") shares words with the body too.
  const overBylineAbove = searched.slice(0, searched.length - window.length).filter((line) => overByline(line) && tellsStory(line));
  const lines = [...overBylineAbove, ...window, ...listedInWindow].sort((a, b) => b.number - a.number);
  return { head, listed, body, tail, vocabulary, recordsOf, overHeader, overByline, page, overHeaderLine, pageStart, overlapOf, tellsStory, rows, lists, window, listedInWindow, lines };
}

/**
 * Whether the line stands right over a label of a few words over the header ("Guest Commentary" between an op-ed's
 * headline and its byline): the next line of `head` on the page, a blank line between them at most.
 */
function overLabelOverHeader({ head, overHeader }: TitleSearch, line: Line): boolean {
  const label = head[head.indexOf(line) + 1];
  return label !== undefined && isCloseUnder(label, line) && headlineWords(label) < MIN_TITLE_WORDS && !label.endsWithSentencePunctuation && overHeader(label);
}

/**
 * Whether the line stands right over a summary of sentences over the header's byline, a blank line between them at most:
 * gov.uk sets its headline over a summary over "From: Department for Transport".
 */
function overSummaryOverByline({ head, overByline }: TitleSearch, line: Line): boolean {
  const summary = head[head.indexOf(line) + 1];
  return summary !== undefined && isCloseUnder(summary, line) && summary.endsWithSentencePunctuation && !isTitleShaped(summary) && overByline(summary);
}

/**
 * The lines of a standfirst right under a line, down to the header's byline or date line: up to MAX_STANDFIRST_POINTS lines
 * of MIN_TITLE_WORDS or more, each shorter than the line, each next on the page (a blank line between them at most); none
 * when the header does not follow them.
 */
function standfirstOverHeader({ head, overHeader }: TitleSearch, line: Line): readonly Line[] {
  const at = head.indexOf(line);
  for (let k = at + 1; k < head.length && k - at <= MAX_STANDFIRST_POINTS; k++) {
    const point = head[k]!;
    if (!isCloseUnder(point, head[k - 1]!) || headlineWords(point) < MIN_TITLE_WORDS || headlineWords(point) >= headlineWords(line) || !isNoTableListOrCaption(point)) return [];
    if (overHeader(point)) return head.slice(at + 1, k + 1);
  }
  return [];
}

/** What the search found, by kind: each the nearest the body of its kind, but `best`. */
interface HeadlinesFound {
  /** The headline of MIN_TITLE_WORDS or more sharing most of the body's words, the nearest on ties. */
  best: Headline | null;
  /** A line of three words telling the body's story (half its words in it). */
  short: Headline | null;
  /** A line of three words right over the header, telling less of it. */
  headerLine: Line | null;
  /** A headline written as sentences telling the story, right over the header (or a label over it), and one elsewhere. */
  sentences: Line | null;
  sentencesNotOverHeader: Line | null;
  /** A long headline right over the header's byline or date line, or over a standfirst over it, telling the body's story (isLongHeadline). */
  long: Headline | null;
  /** A headline right over the header (or over a summary over the byline) telling the story (SAME_STORY_OVERLAP). */
  overTheHeader: Headline | null;
  /** The page's own headline, right over the header, telling the story in part (PAGE_HEADLINE_OVERLAP). */
  pageHeadline: Headline | null;
  /** Every headline of MIN_TITLE_WORDS or more, nearest the body first: one under a score widget may be the title (headlineUnderScores). */
  headlines: readonly Headline[];
}

/** The search's lines, each read once, nearest the body first, into the kinds findTitle chooses among (HeadlinesFound). */
function headlinesFound(search: TitleSearch): HeadlinesFound {
  const { lines, rows, lists, listedInWindow, overHeader, overlapOf, tellsStory } = search;
  let best: Headline | null = null;
  let short: Headline | null = null;
  let headerLine: Line | null = null;
  let sentences: Line | null = null;
  let sentencesNotOverHeader: Line | null = null;
  let long: Headline | null = null;
  let overTheHeader: Headline | null = null;
  let pageHeadline: Headline | null = null;
  const headlines: Headline[] = [];
  for (const line of lines) {
    if (rows.has(line) || lists.has(line)) continue;
    // A headline written as sentences, right over the header's byline or date line and telling the body's story.
    if (!isTitleShaped(line)) {
      if (isSentenceHeadline(line) && !listedInWindow.has(line) && tellsStory(line)) {
        if (overHeader(line) || overLabelOverHeader(search, line)) sentences ??= line;
        else sentencesNotOverHeader ??= line;
      } else if (isLongHeadline(line) && (overHeader(line) || standfirstOverHeader(search, line).length > 0) && !listedInWindow.has(line)) {
        const overlap = overlapOf(line);
        if (overlap >= SAME_STORY_OVERLAP) long ??= { line, overlap };
      }
      continue;
    }
    const overlap = overlapOf(line);
    if (listedInWindow.has(line) && overlap < SAME_STORY_OVERLAP) continue;
    // A line of three words is a section label ("World News Today"), unless no longer line is a
    // headline and the body tells its story ("Council approves budget" over a brief).
    if (headlineWords(line) < MIN_TITLE_WORDS) {
      if (overlap >= SAME_STORY_OVERLAP) short ??= { line, overlap };
      else if (!listedInWindow.has(line) && overHeader(line)) headerLine ??= line;
      continue;
    }
    if ((overHeader(line) || overSummaryOverByline(search, line)) && !listedInWindow.has(line)) {
      if (overlap >= PAGE_HEADLINE_OVERLAP) pageHeadline ??= { line, overlap };
      if (overlap >= SAME_STORY_OVERLAP) overTheHeader ??= { line, overlap };
    }
    headlines.push({ line, overlap });
    if (!best || overlap > best.overlap) best = { line, overlap };
  }
  return { best, short, headerLine, sentences, sentencesNotOverHeader, long, overTheHeader, pageHeadline, headlines };
}

/**
 * The page's own headline over the header (`overTheHeader`, `pageHeadline`) as the title before the line sharing most of
 * the body's words when that line is a match's result, a caption, an item of a list of other stories, a line under a
 * label of other stories or under a kicker, or a line the site lists; each rule says the page it was written for.
 * `underKicker`: the headline taken under its kicker, which headlineOverItsStandfirst leaves as it is.
 */
function pageHeadlineFirst(search: TitleSearch, found: HeadlinesFound): { best: Headline | null; underKicker: Headline | null } {
  const { head, listed, page, vocabulary, recordsOf, overHeader, overByline, overHeaderLine, overlapOf, listedInWindow } = search;
  const { overTheHeader, pageHeadline, headlines, headerLine } = found;
  let { best } = found;
  // Whether `upper` stands in `head` over other headlines over `lower`: an item of a list of other stories over the page's headline.
  const isOverHeadlinesOver = (upper: Line, lower: Line): boolean => {
    const [from, to] = [head.indexOf(upper), head.indexOf(lower)];
    return from >= 0 && from < to && head.slice(from + 1, to).some(isTitleShaped);
  };
  // A line under the header may share more words with the body than any headline: a match's result
  // (every word a name the report repeats: "Millfield United 0 Kenton Harriers 1" under the byline had
  // been the title, and the headline over the byline page text), a summary box's key point (Reuters'
  // "Membership fee income up 14%" under its date line). A headline over the header telling the story
  // is the title over a result, over the byline over any line: over a date line alone, a related
  // story's headline may share half the body's words (CityAM's "Initial public offerings: Is there
  // still a pulse?" over the date line over the headline, 0.75 of its words against the headline's 0.88);
  // sharing as many as the line under it, it is the title: Polygraph's claimant under its date line ("The
  // Russian and Syrian defense ministries", every word in the body, as the headline's) had been. A
  // result above that line is the page's headline, the line under it its standfirst ("Ashvale 24-17
  // Carrick Park" over "Late try keeps …"): the standfirst had been the title. So is a headline over a summary over the byline over a
  // line above it: gov.uk's breadcrumb step "Driving and road transport" over "Press release" over the
  // headline over its summary over "From: Department for Transport" named the story's subjects and
  // shared more of its words, and had been the title.
  if (
    best && overTheHeader && best.line !== overTheHeader.line &&
    (overSummaryOverByline(search, overTheHeader.line) || (best.line.number > overTheHeader.line.number && (isResultLine(best.line) || overByline(overTheHeader.line) || overTheHeader.overlap >= best.overlap)))
  )
    best = overTheHeader;
  // So is the page's headline over the header telling the story in part before a picture's caption right under that header
  // (ENGLISH_CAPTION), over no header of its own: "Lewis Hamilton attended the unveiling of the new McLaren in Stuttgart" under the story's date line,
  // 0.57 of its words in the body, had been the title over "Hamilton raring to go again" (0.25). Not before any line there: a
  // business weekly sets its headline under the date line ("Local biotech researcher dies"), and a subscription prompt over
  // that date line shares a quarter of the body's words by chance.
  if (best && pageHeadline && ENGLISH_CAPTION.test(best.line.text) && !overHeader(best.line) && isUnderHeaderUnder(best.line, pageHeadline.line, page, overHeaderLine)) best = pageHeadline;
  // The headline over the page's first date line or byline is the title before a line above it over other headlines (a
  // list of the site's latest stories: "Murless leads in Joburg" over "Els targets major success" … over "Clarke misfires in
  // Joburg" over its date line had been the title), telling the story (half its words), or in part (PAGE_HEADLINE_OVERLAP)
  // before a line sharing less than half: with the story's first paragraph lost over the block, "Jewell close to striker
  // move" shared a quarter, a menu's "Play Games and Bet" further up a third. Not over a later date line: a box of related
  // stories sets each headline over its own date. Nor before a line with no headline between them: a headline over its
  // reader tools over its standfirst over the date line. So is one of three words telling the story in part: Canwest's
  // "Wrong-way driver halted" (a third of its words) over its author and date line had lost the title to "Drugs to prevent
  // bone breaks may cause bone death, researchers find" (less) in the site's latest stories above it.
  const shortHeadline = headerLine && overlapOf(headerLine) >= PAGE_HEADLINE_OVERLAP ? { line: headerLine, overlap: overlapOf(headerLine) } : null;
  const firstOverHeader = best && (pageHeadline || shortHeadline) ? page.find(overHeader) : undefined;
  const atFirstHeader = firstOverHeader && [overTheHeader, pageHeadline, shortHeadline].find((headline) => headline?.line === firstOverHeader);
  if (best && atFirstHeader && (atFirstHeader.overlap >= SAME_STORY_OVERLAP || best.overlap < SAME_STORY_OVERLAP) && isOverHeadlinesOver(best.line, atFirstHeader.line) && !overHeader(best.line)) best = atFirstHeader;
  // So is the page's headline right over the byline, telling the story in part, before a line above it sharing less than half
  // and over no header of its own: a film review's "‘27 Dresses’ | 2 stars" (a quarter) over "By LOEY LOCKERBY", under a date
  // line of its own further up, had lost the title to a menu's giveaway over that date line, "Movie Passes: "How She Move"" (a third).
  if (best && pageHeadline && best.line.number < pageHeadline.line.number && best.overlap < SAME_STORY_OVERLAP && overByline(pageHeadline.line) && !overHeader(best.line)) best = pageHeadline;
  // The headline over the page's first date line or byline is the title before a line under a label of other stories between
  // them, telling the story in part (PAGE_HEADLINE_OVERLAP), searched above the window too: CBS sets its headline and standfirst
  // over the date line, then a box of videos and "Related", "Stories" and their headlines over the body, which filled the
  // window, and "Paroled Rapist Could Haunt Huckabee", sharing more of the body's words, had been the title; so had "Can Dr. Phil
  // Save Britney Spears?" under "Related Stories", over a headline and standfirst over a picture's credit over the date line.
  // Sharing none of the body's words too, before a line over no header of its own: a trade weekly's column "The Final
  // Chapter?" had lost the title to its author's other story on the subject under "ALSO BY THIS AUTHOR...". Not before a
  // line over a header: a masthead's "OTHER FREE CONTENT" over "FROM THE WALL STREET" (read as a byline) had taken it
  // from the page's headline over its byline, further down under other stories' labels.
  const underStoriesLabel = best && headlineOverStoriesLabel(best.line, head, page, overHeader);
  if (underStoriesLabel && isTitleShaped(underStoriesLabel) && !listed.includes(underStoriesLabel) && (overlapOf(underStoriesLabel) >= PAGE_HEADLINE_OVERLAP || !overHeader(best!.line))) best = { line: underStoriesLabel, overlap: overlapOf(underStoriesLabel) };
  // A kicker right over the headline over the header, no blank line between, fewer words than it (tagesschau.de's "Mehr Geld
  // für Pflegekräfte" over "Länder einigen sich auf neuen Tarifvertrag" over its date line): it names the story in the
  // body's words more than the headline does, and had been the title.
  const underKicker = best && pageHeadline && isKickerOver(best.line, pageHeadline.line, head) && !isTitleCaseOverSentenceCase(recordsOf(best.line), recordsOf(pageHeadline.line), vocabulary) ? pageHeadline : null;
  if (underKicker) best = underKicker;
  if (best) best = headlineUnderScores(best, headlines, head);
  // The page's headline over the header is the title before a line the site lists on its other
  // pages: a menu's "Letters to the Editor" shared half its words with a story's body, more than
  // "'Surge' Makes Annual Banned-Words List" did.
  if (best && pageHeadline && listedInWindow.has(best.line)) best = pageHeadline;
  return { best, underKicker };
}

/**
 * A headline longer than most (isLongHeadline) or of three or two words as the title before `best` when `best` tells the
 * story less or stands over no header of its own: each rule says the page it was written for.
 */
function headlineOfOtherLength(search: TitleSearch, found: HeadlinesFound, best: Headline | null): Headline | null {
  const { lines, overByline, overlapOf, listedInWindow } = search;
  const { long, short, headerLine } = found;
  // A long headline over the header telling the story is the title before a line that does not tell
  // it: a menu's "Trending: Budget 2026 | IPL Auction" over it had been the title.
  // So is one over its standfirst before the standfirst's lines: the Daily Mail sets a headline of 26 to
  // 40 words over three or four points of the story, and the point sharing most of the body's words had been the title.
  if (long && (!best || best.overlap < PAGE_HEADLINE_OVERLAP || standfirstOverHeader(search, long.line).includes(best.line))) best = long;
  // A headline of three words telling the story, under a longer line telling it in small part: a
  // related story's headline over its date line ("Council approves new parking charges for town
  // centre", one word of seven in the body) over the page's own "Storm cuts power" had been the title. Right over the header's
  // byline, under a line telling it in part (less than half): an ad's "Meet awesome TELUS phones" (a quarter) over
  // "Remembering Dusty Cohl" over "By BRUCE KIRKLAND -- Sun Media" had been the title.
  const shortOverByline = short !== null && overByline(short.line);
  if (best && short && best.overlap < (shortOverByline ? SAME_STORY_OVERLAP : PAGE_HEADLINE_OVERLAP) && short.line.number > best.line.number) best = short;
  // So is one right over the header telling none of it, under a line telling it no more: an editorial's "Capping the deal" over
  // its date line (its text says "stadium", "roof") had lost the title to a promotion above it, "Send us your pet pix!". Not
  // under a line right over it: that is the headline over its credit ("Staff and agencies") or label (overLabelOverHeader).
  if (best && !short && headerLine && best.overlap === 0 && headerLine.number > best.line.number && !overLabelOverHeader(search, best.line)) best = { line: headerLine, overlap: 0 };
  // So is one of two words nearest the body, a review's credits under it at most, every word of it in the body: a film's
  // ("Hanuman Returns" over "Director : Anurag Kashyap"), too short for a headline, had left the title to the credit. Right over
  // the byline, half its words do: "Sterjovski Derby-bound" over "By staff writers" (the body says "Derby") had left it to a
  // menu's "WIN Best Session Eva".
  const nearest = lines.find((line) => !REVIEW_CREDIT.test(line.text));
  const pair = nearest && !listedInWindow.has(nearest) && isTwoWordHeadline(nearest) && overlapOf(nearest) >= (overByline(nearest) ? SAME_STORY_OVERLAP : 1) ? nearest : null;
  if (best && pair && best.overlap < PAGE_HEADLINE_OVERLAP && pair.number > best.line.number) best = { line: pair, overlap: overlapOf(pair) };
  return best;
}

/**
 * The headline over its standfirst when `best` is a line of that standfirst: a three-word headline naming whom the body
 * opens with, one ending in a full stop, or a longer one over it (headlineOverStandfirst). `underKicker`: pageHeadlineFirst's.
 */
function headlineOverItsStandfirst(search: TitleSearch, found: HeadlinesFound, best: Headline | null, underKicker: Headline | null): Headline | null {
  const { head, body, page, vocabulary, recordsOf, overHeader, overHeaderLine, overlapOf, rows, lists, listedInWindow } = search;
  const { short, sentencesNotOverHeader } = found;
  // A headline of three words naming whom the body opens with, right over a standfirst over the
  // header: "Margaret Ellery obituary" over "Botanist who catalogued …" had lost the title to it. Not
  // a section label over the headline ("Clocks and watches"), which the body does not open with.
  // Right over it in `head`: a label the site repeats (`listed`) has no place there, and had been
  // read as standing over head's first line.
  // A headline ending in a full stop right over a standfirst over the header ("Scientists find water
  // ice near the Moon's south pole." over "A new map … shows ice …"): the standfirst had been the
  // title, the headline page text.
  const bestAt = best ? head.indexOf(best.line) : -1;
  const overBest = bestAt > 0 ? head[bestAt - 1] : undefined;
  const named = best && overBest && overHeader(best.line) ? (overBest === short?.line && opensWithSameName(short.line, body[0]) ? short.line : overBest === sentencesNotOverHeader ? sentencesNotOverHeader : null) : null;
  if (named) best = { line: named, overlap: 0 };
  // A standfirst over the author's name alone, too, when it shares few of the longer line's words: a standfirst adds to its
  // headline (Folha's "Programa da prefeitura prioriza bairros …" under "São Paulo vai plantar 50 mil árvores …" over
  // "Fernanda Mena" shares none of them, and had been the title), where a promotion's banner over the page's headline names
  // the same thing (BGR's "Black Friday 2019: Grab Amazon's Hottest Early Black Friday Deals Here" over "The 10 best early
  // Black Friday deals on Apple devices" over "Maren Estrada": half of them; taken for a headline, the banner had been the title).
  const standfirstOverName = (line: Line, upper: Line): boolean =>
    overHeaderLine(line) || (overHeader(line) && overlapWithBody(recordsOf(line), stemsOf([upper], recordsOf, vocabulary), vocabulary) < PAGE_HEADLINE_OVERLAP);
  if (best && !named && best !== underKicker) best = headlineOverStandfirst(best, head, (line) => page[page.indexOf(line) + 1], standfirstOverName, (line) => !rows.has(line) && !lists.has(line) && !listedInWindow.has(line), overlapOf);
  return best;
}

/**
 * The headline a label or the page's title names as the title before `best`: over a summary box's label, a letters page's
 * heading, the headline in the page's title as the browser shows it.
 */
function headlineByLabelOrPageTitle(search: TitleSearch, best: Headline | null): Headline | null {
  const { head, body, window, pageStart, overHeader, overlapOf, tellsStory, listedInWindow } = search;
  // The headline right over a summary box's label (CNN's "Story Highlights" over the story's points) is the title before
  // a point under it: written to sum the story up, a point shares more of its words, and one had been the title.
  const boxLabel = best && head.find((line) => line.number < best!.line.number && SUMMARY_BOX_LABEL.test(line.text));
  const overBox = boxLabel ? head[head.indexOf(boxLabel) - 1] : undefined;
  if (overBox && isCloseUnder(boxLabel!, overBox) && isTitleShaped(overBox) && !listedInWindow.has(overBox) && overlapOf(overBox) >= PAGE_HEADLINE_OVERLAP) best = { line: overBox, overlap: overlapOf(overBox) };
  // A letters page's heading over the header is its title, not the first letter's headline under it.
  const letters = window.find((line) => overHeader(line) && isLettersHeading(line));
  if (letters) best = { line: letters, overlap: overlapOf(letters) };
  if (best) best = headlineUnderPageTitle(best, [...window, ...body.slice(0, 1)]);
  // So is the headline the page's title on its first line names, searched above the window too: a paper's copy of a press
  // release set "News & Observer | newsobserver.com | The Force Is Strong With Soulcalibur(R) IV" first, the headline under its
  // date lines, then boxes of the paper's other stories filling the window, one of which had been the title.
  const namedByPageTitle = headlineNamedByPageTitle(pageStart, head, tellsStory);
  if (namedByPageTitle) best = { line: namedByPageTitle, overlap: overlapOf(namedByPageTitle) };
  return best;
}

/**
 * The title: `best`, or when there is none a line of three words or a headline written as sentences, a headline opening
 * the body (already clean text), a short headline opening the page, a headline of this article listed after it.
 */
function titleOrFallback(search: TitleSearch, found: HeadlinesFound, best: Headline | null): { line: Line; reason: string } | null {
  const { head, listed, body, tail, vocabulary, recordsOf, overHeader, overlapOf, tellsStory, rows, lists, listedInWindow, pageStart } = search;
  const { short, headerLine, sentences } = found;
  const [lone] = head;
  const shortLine = short?.line ?? headerLine ?? (head.length === 1 && !listed.length && !rows.has(lone!) && !lists.has(lone!) && isShortHeadlineOver(lone!, body[0], pageStart) ? lone! : null);
  // Already clean text: the title is the body's first line, a headline followed by prose; or a
  // page with no prose at all, a headline over picture captions or alone under the page's labels.
  // A text of that one line alone is the article (a corpus of headlines): it had been left empty.
  // A correction or editor's note set above the story opens such a text: the headline is under it.
  // So does an e-mail newsletter's greeting ("Good morning! It's Friday. Here's what you need to know
  // today."): its story's headline is under it, and the newsletter had no title.
  let opening = 0;
  while (opening < body.length - 1 && (EDITOR_NOTE.test(body[opening]!.text) || isGreeting(body[opening]!))) opening++;
  const [first, next] = body.slice(opening);
  // Or a headline right over the header's date line or byline, whatever follows: in a script without
  // capitals (Hangul) it scores as body and opens the block, and a subtitle under the date line left
  // the page without a title.
  const opensText = next ? next.endsWithSentencePunctuation || !body.some(isProse) || overHeader(first!) : head.length > 0;
  const opensWithHeadline = first !== undefined && isTitleShaped(first) && !rows.has(first) && (!first.endsWithSentencePunctuation || endsWithTime(first)) && opensText;
  // A line of three words or a headline written as sentences is the title when no longer headline is,
  // but not over a headline under a newsletter's greeting or an editor's note opening the body: the
  // newsletter's name over its date line ("The Morning Tide") shared a word of the greeting, and had been the title. Nor,
  // standing over no header, over a headline opening the body telling its story in part (PAGE_HEADLINE_OVERLAP): a team
  // menu's "CHOOSE A TEAM" (half its words in a game preview) had been the title over the preview's headline.
  const fallback = shortLine ?? sentences;
  const openingOverlap = opensWithHeadline ? overlapWithBody(recordsOf(first!), stemsOf(body.slice(opening + 1), recordsOf, vocabulary), vocabulary) : 0;
  if (!best && fallback && !(opensWithHeadline && (opening > 0 || (openingOverlap >= PAGE_HEADLINE_OVERLAP && !overHeader(fallback))))) best = { line: fallback, overlap: 0 };
  // A line before the body sharing few of its words (less than PAGE_HEADLINE_OVERLAP) is no title
  // over a headline opening the body and telling its story in part (a quarter of its words in the text under it): a
  // live blog's block opened at its headline (the standfirst under it ended in a full stop), and
  // "Skip to main content" had been the title; so had a page counter naming its section ("News: Page
  // (1) of 1 - 01/14/08", one word of seven in the body) over a story's. A game preview's headline shares less than half
  // (its records and time are no words of the text), and a menu's line had been the title over it.
  if (best && opensWithHeadline && overlapOf(best.line) < PAGE_HEADLINE_OVERLAP && openingOverlap >= PAGE_HEADLINE_OVERLAP) best = { line: first!, overlap: 0 };
  if (best) return { line: best.line, reason: listedInWindow.has(best.line) ? 'title (also listed in other articles)' : 'title' };
  if (opensWithHeadline) return { line: first!, reason: 'title' };
  if (first && !head.length && !rows.has(first) && isShortHeadlineOver(first, next, pageStart)) return { line: first, reason: 'title' };
  // Of MIN_TITLE_WORDS or more: a footer's link of three words shares half its words with any body by
  // chance ("Terms of Use", "use" in an op-ed's text, had been its title).
  const after = tail.find((line) => headlineWords(line) >= MIN_TITLE_WORDS && isTitleShaped(line) && tellsStory(line));
  return after ? { line: after, reason: 'headline of this article, listed after it (used as title)' } : null;
}

/**
 * A picture's caption in English: a name of one to three capitalised words, a verb in the simple past and its object ("Lewis
 * Hamilton attended the unveiling of …", "Jane Doe visited a school in …", "Karl Mertens held the cover …"), or a participle
 * with no auxiliary, a preposition before its object at most ("Police standing outside the court …"); or an intransitive
 * past so ("Maya Torres stood beside the car …"). A headline tells the past in the present ("Hamilton attends unveiling");
 * its "-ed" or "held" is mostly a passive's before a preposition ("Man charged with …", "Suspect held in …"), hence no
 * preposition after those, but may be one before an article ("Montgomery County declared a gun sanctuary"); and it may say
 * what is going on with a participle ("Japan turning its back on the PC"): findTitle asks it only of a line under the header
 * that stands over no header of its own. The present ("Police arrest …") is a headline's tense too: read only in a verb of
 * standing or waiting before a preposition of place and its object (PRESENT_POSTURE: none of the 20,000 Reuters headlines
 * of the scale bench, nor a title or raw line of the clean bench, reads so).
 */
const CAPTION_OBJECT = '(?:the|a|an|his|her|their|its) ';
const CAPTION_PREPOSITION = '(?:at|in|on|by|beside|behind|near|outside|inside|alongside|with|during|after|before|next to|in front of) ';
const IRREGULAR_PAST =
  'sat|stood|lay|knelt|held|met|took|gave|spoke|made|led|won|lost|left|ran|wore|saw|told|kept|brought|threw|shook|began|drove|rode|sang|wrote|fought|caught|bought|chose|broke|sent|built|found|heard|paid|struck|tore|ate|drank|flew|grew|knew|drew|sold|swam';
/**
 * A verb of standing or waiting in the present and a preposition of place, as a caption says where its people are ("Police
 * stand guard outside the court", "Protesters gather in front of the embassy"); not "by", "with" or "behind", a headline's
 * idioms ("Apple stands by its forecast").
 */
const PRESENT_POSTURE = '(?:stands?(?: guard)?|sits?|lies|lie|kneels?|waits?|gathers?|queues?|poses?|walks?) (?:outside|inside|beside|near|next to|in front of) ';
const ENGLISH_CAPTION = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’.-]+ ){1,3}(?:(?:\\p{Ll}+ed|${IRREGULAR_PAST}) ${CAPTION_OBJECT}|(?:\\p{Ll}+ing|sat|stood|lay|knelt) (?:${CAPTION_PREPOSITION})?${CAPTION_OBJECT}|${PRESENT_POSTURE}${CAPTION_OBJECT})`,
  'u',
);

/** Whether `line` stands right under the header's date lines or bylines (`overHeaderLine`) right under `headline` on the page. */
function isUnderHeaderUnder(line: Line, headline: Line, page: readonly Line[], overHeaderLine: (line: Line) => boolean): boolean {
  const [from, to] = [page.indexOf(headline), page.indexOf(line)];
  if (from < 0 || to - from < 2) return false;
  for (let k = from; k < to - 1; k++) if (!overHeaderLine(page[k]!)) return false;
  return true;
}

/**
 * The line over the page's first date line or byline (`overHeader`), over one line at most set wholly in brackets (a
 * picture's credit, "(x17agency.com)", LEAD_IN_OR_NOTE: no title) or removed before the title's search (not in `head`:
 * the wire's name, "The Associated Press", over an AP story's byline), in `head`, when a label of other stories
 * (isOtherStoriesLabel) stands between it and `line` under it on the page; else null.
 */
function headlineOverStoriesLabel(line: Line, head: readonly Line[], page: readonly Line[], overHeader: (line: Line) => boolean): Line | null {
  const at = page.findIndex(overHeader);
  const headline = at > 0 && (BRACKETED.test(page[at]!.text) || !head.includes(page[at]!)) ? page[at - 1] : page[at];
  if (!headline || headline.number >= line.number || !head.includes(headline)) return null;
  for (let k = at + 1; k < page.length && page[k] !== line; k++) if (isOtherStoriesLabel(page[k]!)) return headline;
  return null;
}

/**
 * The label of a box summing the story up in points under its headline (CNN's "Story Highlights"), or a live blog's
 * entries above the first one (live-blog.ts liveBlogHead: "Key points").
 */
export const SUMMARY_BOX_LABEL = /^(?:key (?:points|events|updates|developments)|(?:story )?highlights|summary|what we know(?: so far)?|catch up|in brief|at a glance)\s*:?$/iu;

/** A line of two capitalised words, no closing punctuation, no table line, list item or caption: "Hanuman Returns". */
const isTwoWordHeadline = (line: Line): boolean => headlineWords(line) === 2 && /^\p{Lu}\S* \p{Lu}/u.test(line.text) && !/[.!?:;,]$/u.test(line.text) && isNoTableListOrCaption(line);

/** Words of a kicker over a headline, at most ("Mehr Geld für Pflegekräfte"). */
const MAX_KICKER_WORDS = 5;
/**
 * Words of a headline under a kicker, at most: a longer line under a short one is its standfirst (CBS's "Screenwriter
 * Apologizes For Fatal Crash" over "'Pulp Fiction' Screenwriter Avary, Accused Of Drunk Driving, Apologizes After Fatal
 * Car Crash", 13 words, an l3s-dev page: tried without the bound, the standfirst had become the title).
 */
const MAX_KICKED_HEADLINE_WORDS = 8;
/**
 * Whether `kicker` is a short line right over `headline` in `head`, no blank line between, with fewer words than it and
 * the headline short too (findTitle); a kicker is the standfirst's headline otherwise (isHeadlineOverStandfirst).
 */
function isKickerOver(kicker: Line, headline: Line, head: readonly Line[]): boolean {
  // A match's result is its report's headline, the line under it the standfirst ("Ashvale 24-17 Carrick Park" over "Late
  // try keeps Ashvale's unbeaten home run going"), as findTitle reads it over the header.
  if (isResultLine(kicker)) return false;
  const [words, headlineLength] = [headlineWords(kicker), headlineWords(headline)];
  return head[head.indexOf(kicker) + 1] === headline && isRightUnder(headline, kicker) && words <= MAX_KICKER_WORDS && words < headlineLength && headlineLength <= MAX_KICKED_HEADLINE_WORDS;
}

/**
 * Whether the upper line is set in title case, a stopword after its first word capitalised ("Council Approves Plan For
 * Bypass"), and the lower in sentence case, one lowercase ("Work on the road could start by spring"): an English headline
 * over its standfirst. A kicker and its headline are set in one style, so such a pair is no kicker over its headline
 * (isKickerOver), though shaped as one: the standfirst had been the title. German capitalises no stopword inside a line
 * ("Mehr Lohn für Busfahrer"), so tagesschau.de's kicker is read as before.
 */
function isTitleCaseOverSentenceCase(upper: readonly Word[], lower: readonly Word[], vocabulary: Vocabulary): boolean {
  return setsStopwordInside(upper, vocabulary, CAPITALISED_WORD) && setsStopwordInside(lower, vocabulary, LOWERCASE_WORD);
}
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const LOWERCASE_WORD = /^\p{Ll}/u;
/** Whether a stopword after the line's first word is written as `written` has it (not "I" nor "US", all capitals). */
function setsStopwordInside(words: readonly Word[], vocabulary: Vocabulary, written: RegExp): boolean {
  for (let k = 1; k < words.length; k++) if (vocabulary.stopwords.has(words[k]!.lower) && written.test(words[k]!.surface)) return true;
  return false;
}

/**
 * A letters page's heading: a letters label, a colon or dash, and what the letters are about
 * ("Letters: Library cuts, the bypass and holiday parking", "Leserbriefe: …", "Cartas al director: …").
 * Its letters each open with a headline and close with a signature: the first letter's headline,
 * under the header's date line and sharing every word with the body, had been the page's title. A
 * page of letters is titled by its heading; only a page without one (a letter alone) by its headline.
 */
const LETTERS_HEADING =
  /^(?:letters(?: to the editor)?|your letters|readers['’]? letters|mailbag|leserbriefe|courrier des lecteurs|cartas(?: al director| de los lectores)?|lettere(?: al direttore)?|lezersbrieven|ingezonden brieven)\s*[:：–—-]\s*\S/iu;
const isLettersHeading = (line: Line): boolean => LETTERS_HEADING.test(line.text) && isTitleShaped(line);

/** The stems of these lines' words, as bodyVocabulary gives a body's. */
function stemsOf(lines: readonly Line[], recordsOf: RecordsOf, vocabulary: Vocabulary): Set<string> {
  const stems = new Set<string>();
  for (const line of lines) for (const word of recordsOf(line)) stems.add(lowercaseStem(word, vocabulary));
  return stems;
}

/** Words of a newsletter's greeting line at most: one opening a paragraph of the story is longer. */
const MAX_GREETING_WORDS = 20;
/** A newsletter's greeting opening its text: "Good morning!", "Hello, readers.", "Happy Friday," (English only). */
const GREETING = /^(?:good (?:morning|afternoon|evening)|hello|hi|hey|happy \p{L}+day)\b[^.!?,]{0,20}[.!?,]/iu;
const isGreeting = (line: Line): boolean => line.wordCount <= MAX_GREETING_WORDS && GREETING.test(line.text);

/** A page's title as the browser shows it: the headline, a dash or bar, the site's name ("… falls - The Seattle Times"). */
const SITE_AFTER_HEADLINE = /^(.+?) [-–—|] [^-–—|]+$/u;

/** What parts a page's title as the browser shows it: a spaced bar or dash between the site's names and the headline. */
const PAGE_TITLE_PARTS = / [-–—|] /u;

/**
 * The line of `head` the page's title on its first line (`pageStart`) names: its longest part, the headline beside the site's
 * names, standing on a line of its own, title-shaped and telling the story (`tellsStory`); else null.
 */
function headlineNamedByPageTitle(pageStart: Line | undefined, head: readonly Line[], tellsStory: (line: Line) => boolean): Line | null {
  if (!pageStart || !PAGE_TITLE_PARTS.test(pageStart.text)) return null;
  const headline = pageStart.text.split(PAGE_TITLE_PARTS).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
  return head.find((line) => line !== pageStart && line.text === headline && isTitleShaped(line) && tellsStory(line)) ?? null;
}

/**
 * The headline when `best` is the page's title as a printout's or scraper's header gives it (the
 * headline and the site's name) and the headline itself stands under it, before the body or opening
 * it: sharing as many of the body's words and more (the site's name, "Seattle"), the header's copy
 * had been the title.
 */
function headlineUnderPageTitle(best: { line: Line; overlap: number }, window: readonly Line[]): { line: Line; overlap: number } {
  const headline = SITE_AFTER_HEADLINE.exec(best.line.text)?.[1];
  const line = headline === undefined ? undefined : window.find((other) => other.number > best.line.number && other.text === headline);
  return line ? { line, overlap: best.overlap } : best;
}

/**
 * A headline of two or three words opening the page over a sentence of running text ("Storm
 * warning" over a short report): too short for isHeadlineShaped, or sharing no word with the
 * report, it had been removed as a section label, or left in the body, and the page had no title.
 * Only on the page's first line: a label over a scraped page's text has the page's lines above it.
 */
function isShortHeadlineOver(line: Line, next: Line | undefined, pageStart: Line | undefined): boolean {
  if (!next || !(isProse(next) || isShortSentence(next)) || line !== pageStart) return false;
  return line.wordCount >= 2 && line.wordCount <= 3 && /^\p{Lu}/u.test(line.text) && !/[.!?:;,]$/u.test(line.text) && !isPipeTableLine(line) && !isBulletedItem(line.text);
}

/** Removal reason for a headline-shaped line after the body, or null when it is not headline-shaped. */
export function relatedHeadlineReason(line: Line, bodyStems: ReadonlySet<string>, vocabulary: Vocabulary, recordsOf: RecordsOf): string | null {
  if (!isHeadlineShaped(line)) return null;
  return overlapWithBody(recordsOf(line), bodyStems, vocabulary) >= SAME_STORY_OVERLAP ? 'related headline after the article' : 'unrelated headline after the article';
}
