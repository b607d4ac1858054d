// Headline-shaped lines and how much of the body they tell: the shape a headline has (isHeadlineShaped; isTitleShaped: no
// table row, list item, caption, breadcrumb or share button), the stems of the body's words and a line's share of them
// (bodyVocabulary, overlapWithBody), a title line's headline without its label (headlineOf), and headlines after the
// article (relatedHeadlineReason). Which line before the body is the article's title is title.ts's (findTitle).
import type { PlacedWords, Word } from '../../types.js';
import { readDate } from '../../text/dates.js';
import { datelineAt } from '../../text/dateline.js';
import { segmentedWordCount } from '../../text/line-words.js';
import { isSpace } from '../../text/word-end.js';
import { HAN, hasUnspacedLetter, KANA, THAI, unspacedLetterRanges, unspacedScriptIn } from '../../text/word-chars.js';
import { isShareButtonName, isShareOrFollow, withoutToolsRunInto } from '../chrome/buttons.js';
import { isMoreStoriesLabel, isStoryBoxLabel, TOPIC_TAGS_LABEL } from '../chrome/links.js';
import { isGluedCredit } from '../chrome/pictures.js';
import { isBulletedItem, isPipeTableLine, isShortCellsRow } from '../line-shape.js';
import type { Line, RecordsOf } from '../lines.js';
import { isAggregatorName, isOutlet } from '../outlets.js';
import { SITE_ADDRESS_ALONE } from '../metadata/page-addresses.js';
import { isDateWordsLine } from '../metadata/date-lines.js';
import { isNameWithPost } from '../metadata/name-posts.js';

export interface Vocabulary {
  stopwords: ReadonlySet<string>;
  stem: (word: string) => string;
}

/** Words a headline has at most, but a long one right over the header (isLongHeadline). */
export const MAX_HEADLINE_WORDS = 25;

/** Words a headline has at least. */
export const MIN_HEADLINE_WORDS = 3;

/** A line shaped like a headline: a handful of words, no closing full stop (but an abbreviation's, endsWithAbbreviation). */
export function isHeadlineShaped(line: Line): boolean {
  const words = headlineWords(line);
  return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && (!line.text.endsWith('.') || endsWithAbbreviation(line));
}

/**
 * A time set after a comma at the end of the line ("Harbour Hawks (21-6) At Valley Rangers (15-12), 7:30 P.m.", a game
 * preview's headline; a TV listing's): its dot is the abbreviation's, no sentence's end. Read as a sentence, such a headline opening
 * the body is no title, and a menu's line over it ("Golden State Warriors Tickets") would be the title. So is one after
 * `at`, `by`, `until` or `from` (CBC's "… has them flooding ice at 3 a.m." over its standfirst, which would be the title).
 */
const TIME_AT_END = /(?:,| (?:at|by|until|till|from)) \d{1,2}(?:[:.]\d{2})? ?[ap]\.m\.$/iu;
/**
 * An initialism after a word in lower case or a street's "St." closing the line ("Airline lands first jumbo jet in U.S.", "…
 * transit upgrade for B.C.", "Banks drag down Wall St."): American and Canadian headlines end so, and the dot would read as a
 * sentence's end, the headline as none; a wire's brief would have its masthead for a title. Not after a capital or a comma: a menu's
 * "More U.S.", a dateline's "Washington, D.C.", opening hours' "… / 6.30 P.M." are no headlines. 21 raw lines of the clean bench end
 * so (other stories' teasers, menus' "More in U.S.", a team's "… St."), none a gold title.
 */
const ABBREVIATION_AT_END = /(?:(?<=(?:^|\s)\p{Ll}\p{L}* )(?:\p{Lu}\.){2,}|(?<=\p{Lu}\p{Ll}+ )St\.)$/u;
/** Whether the line's closing dot is an abbreviation's, no sentence's end: a time's (TIME_AT_END), an initialism's or a street's (ABBREVIATION_AT_END). */
export const endsWithAbbreviation = (line: Line): boolean => TIME_AT_END.test(line.text) || ABBREVIATION_AT_END.test(line.text);

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
export function headlineWords(line: Line): number {
  return SEGMENTED_WORDS.test(line.text) ? segmentedWordCount(line.text) : line.wordCount;
}

/**
 * A picture's caption: a sentence with its credit after it, in brackets ("… above 80 degrees. (Lisa Chen/Metro Times)") or
 * after a copyright sign ("The new tram at the depot. © City of Harbourton"), which no headline ends with.
 */
const CREDITED_SENTENCE = /[.!?]["”’]?\s*(?:\([^()]*\)|©[^©]*)$/u;

/**
 * A date and time written in figures, a label's word or two at most: more figures than letters, and
 * a date read. CNA's "2026/12/4 16:30（12/4 18:05 更新）" (an update's time after the publication's,
 * ten words to the line's count) is no date line and would be the title; a headline has words.
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
 * A breadcrumb's label, whatever follows it: Moneycontrol runs its steps together ("you are here: HomeNewsBusinessMarkets"),
 * with no separator between them, and the line would be the title over the headline under it (16 raw lines of the clean
 * bench open so, none in the gold).
 */
const BREADCRUMB_LABEL = /^you are here\s*:/iu;

/**
 * A breadcrumb of steps parted by ">" ("Home > Markets > Japan > Bank of Japan"): naming the story's
 * subjects, it shares more of the body's words than the headline under it, and would be the title
 * over it (line-shape.ts SEPARATORS, the line model's input, has no ">"). Or by "»" or "›", which
 * the line model weighs and the title search reads here: "Home » Sport » Football » A-League » Article"
 * over an l3s-dev page's headline (65 raw lines of the clean bench are such breadcrumbs, none in the gold). Its last step may be the
 * headline, of any length, after two short steps or more (MIN_STEPS_OVER_HEADLINE).
 */
/**
 * The short steps over a last step of any length that make a breadcrumb ending with the headline: the Economic
 * Times sets "Business News›News›Economy›Policy›<headline>" over the headline, and the whole line would be the title.
 */
const MIN_STEPS_OVER_HEADLINE = 3;
function isBreadcrumb(text: string): boolean {
  if (BREADCRUMB_LABEL.test(text)) return true;
  if (!/[>»›]/u.test(text)) return false;
  const steps = text.split(CRUMB_SEPARATOR).filter(Boolean);
  const isCrumb = (step: string): boolean => step.split(' ').length <= MAX_CRUMB_WORDS;
  return steps.length >= 2 && steps.slice(0, -1).every(isCrumb) && (steps.length >= MIN_STEPS_OVER_HEADLINE || isCrumb(steps.at(-1)!));
}

/**
 * A link back to an aggregator or to the page's top or home ("Go to Google News", "Back to top", "Return to homepage"):
 * an aggregator's copy of an AP story sets "Go to Google News" over it, which shares the body's "news" and would be its
 * title (11 raw lines of the clean bench are such links to an aggregator, 31 to the top, none in the gold).
 */
const BACK_LINK = /^(?:go|back|return)\s+to\s+(?:the\s+)?(.+?)\s*$/iu;
const PAGE_PLACE = /^(?:home\s?page|home|top|main page|front page)$/iu;
/**
 * The same links in Chinese, Japanese and Korean: "返回顶部", "返回网易首页", "ページの先頭へ", "トップへ戻る", "맨 위로",
 * and Sohu's "返回搜狐，查看更多" ("back to Sohu, see more") under every story, which would be its last paragraph but one. A portal's
 * name only before "home page" or "see more": "返回地球" ("return to Earth") is a headline.
 */
const OTHER_LANGUAGE_BACK_LINK = /^(?:(?:返回|回到)(?:顶部|頂部|首页|首頁|\p{Script=Han}{1,6}?(?:首页|首頁|[，,]\s*查看更多))|ページの?(?:先頭|トップ)へ(?:戻る)?|トップへ戻る|맨\s?위로)$/u;
export function isBackLink(text: string): boolean {
  if (OTHER_LANGUAGE_BACK_LINK.test(text)) return true;
  const place = BACK_LINK.exec(text)?.[1];
  return place !== undefined && (isAggregatorName(place) || PAGE_PLACE.test(place));
}
/**
 * A line leading into what follows it (ending in a colon: "Cities that top the list:" over a ranked list) or set wholly in
 * brackets (a note: "(Source: Prairie Institute for Labour Studies survey)"): no headline is either (no l3s-dev gold
 * title), and each would be the title of a page whose headline stands above the title window.
 */
export const BRACKETED = /^\(.*\)$/u;
const LEAD_IN_OR_NOTE = new RegExp(`${BRACKETED.source}|[:：]$`, 'u');
/**
 * A film's or a book's credit in a review's header, a field's label, a colon and its value ("Director : Vikram Sethi",
 * "Cast: …", "Running time: 1:50"): under the review's headline of two words, too short to be one, it shares the body's
 * words and would be the title (the clean bench's raw pages hold 10 such lines, none a gold title).
 */
export const REVIEW_CREDIT = /^(?:directors?|directed by|cast|starring|producers?|produced by|writers?|written by|screenplay|music|running time|runtime|rated|certificate|genre)\s*[:：]\s*\S/iu;
/**
 * A line opening with an em dash and a space: a quotation's attribution under it ("— Jane Doe on Monday, March 3rd, 2025 in a
 * radio interview", an embedded post's "— Name (@handle) date") or a speaker's reply in an interview (Russian writes dialogue
 * so). PolitiFact sets the claim over its attribution over the headline over the byline, and the attribution, longer than the
 * headline, would be taken for the headline over its standfirst. 95 raw lines of the clean bench open so, none a gold title.
 */
const OPENS_WITH_DASH = /^[—―]\s/u;
/**
 * Not a pipe table's line or a row of short cells (line-shape.ts isShortCellsRow; cells, never a headline), list item ("+ Comfortable for long flights" under a review's "Pros"), credited
 * caption (its credit in brackets or glued on: chrome/pictures.ts isGluedCredit), date (isDateInFigures, metadata/date-lines.ts
 * isDateWordsLine), breadcrumb, tags line (chrome/links.ts TOPIC_TAGS_LABEL: its words are the story's, and under the
 * standfirst it would be the title), link back (isBackLink), lead-in or note (LEAD_IN_OR_NOTE), or a box of other
 * stories' label (chrome/links.ts: "More from vnunet.com" over the site's other stories, on an l3s-dev page), a review's
 * credit (REVIEW_CREDIT), or an attribution or a reply opening with a dash (OPENS_WITH_DASH).
 */
export const isNoTableListOrCaption = (line: Line): boolean =>
  !isPipeTableLine(line) && !isShortCellsRow(line) && !isBulletedItem(line.text) && !CREDITED_SENTENCE.test(line.text) && !isGluedCredit(line.text) && !isDateInFigures(line) && !isDateWordsLine(line) && !isBreadcrumb(line.text) && !TOPIC_TAGS_LABEL.test(line.text) && !isBackLink(line.text) && !LEAD_IN_OR_NOTE.test(line.text) && !isMoreStoriesLabel(line) && !isStoryBoxLabel(line) && !REVIEW_CREDIT.test(line.text) && !OPENS_WITH_DASH.test(line.text);

/**
 * A share or follow button ("Share this with Twitter", "Follow us on X") or a network's name alone ("Twitter"),
 * chrome/buttons.ts: never a headline. The BBC sets a share panel of some 25 such lines between its headline (over the
 * date line) and the body; they would fill the title's window, and "Share this with Twitter" would be the title.
 */
export const isShareChrome = (line: Line): boolean => isShareOrFollow(line) || isShareButtonName(line);

/**
 * A line that may be the article's title: headline-shaped, and no table line, list item, caption, share button (isShareChrome),
 * author's name with their post (isNameWithPost) or company's name (COMPANY_NAME).
 */
export const isTitleShaped = (line: Line): boolean => isHeadlineShaped(line) && isNoTableListOrCaption(line) && !isShareChrome(line) && !isNameWithPost(line) && !COMPANY_NAME.test(line.text) && !opensWithAgencyDateline(line);
/**
 * A line opening with a wire story's dateline naming its agency (text/dateline.ts datelineAt: "(Reuters) - Standings in the NFL on
 * Monday", "LONDON (Reuters) - …"): the story's first line, never its headline. A wire table's one-line lede, without a full stop,
 * would be the title (and leave the body), its headline of two words over the date line taken for a section label.
 */
const opensWithAgencyDateline = (line: Line): boolean => DATELINE_DASH.test(line.text) && datelineAt(line.text)?.agency != null;
const DATELINE_DASH = /\s[-–—]/u;
/**
 * A company's name alone with its legal form in Japanese or Chinese (`株式会社…`, `…有限公司`): PR TIMES sets the issuer's name
 * over a release's headline and again over its date line, and, every character of it in the first paragraph, it would be the
 * title. One run of characters, no punctuation of a sentence or a list, of 20 or fewer besides the form.
 */
const COMPANY_NAME = /^(?:(?:株式会社|有限会社|合同会社)[^\s、。，：:（(]{1,20}|[^\s、。，：:（(]{1,20}(?:株式会社|有限会社|合同会社|有限公司|股份有限公司))$/u;

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
 * it would be page text before the article, and the page have no title.
 */
export function isLongHeadline(line: Line): boolean {
  const words = headlineWords(line);
  return words > MAX_HEADLINE_WORDS && words <= MAX_LONG_HEADLINE_WORDS && !line.endsWithSentencePunctuation && !SENTENCE_INSIDE.test(line.text) && isNoTableListOrCaption(line);
}

/** Words a headline written as sentences has at most ("Storm hits the coast. Thousands lose power."), or each of its two sentences. */
export const MAX_SENTENCE_HEADLINE_WORDS = 12;
/** Where one sentence of a line ends and the next starts. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’)]*)\s+(?=\p{Lu})/u;

/**
 * A headline written as sentences: a few words ending in a full stop, or two sentences of a few
 * words each (an op-ed's "Baltimore's vacant houses won't fix themselves. The city has to stop
 * waiting for buyers.", 14 words, would be page text and the page have no title); not a list item or
 * credited caption.
 */
export function isSentenceHeadline(line: Line): boolean {
  const words = headlineWords(line);
  return words >= 3 && /[.]$/u.test(line.text) && (words <= MAX_SENTENCE_HEADLINE_WORDS || isTwoShortSentences(line.text)) && isNoTableListOrCaption(line);
}

function isTwoShortSentences(text: string): boolean {
  const sentences = sentencesOutsideQuotes(text);
  return sentences.length === 2 && sentences.every((sentence) => sentence.split(' ').length <= MAX_SENTENCE_HEADLINE_WORDS);
}

/**
 * The line's sentences, a quotation's joined into the sentence that opens it: NJ.com's "Harbour County doubles down on ‘Rats.
 * We’re on it.’ They just might be." quotes a slogan of two sentences in the first of its own two, and would be read as
 * three.
 */
function sentencesOutsideQuotes(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(SENTENCE_BREAK)) {
    const last = sentences.length - 1;
    if (last >= 0 && opensQuote(sentences[last]!)) sentences[last] += ` ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}
/** Whether the text opens a quotation it does not close: more opening marks (at a word's start) than closing ones (at its end). */
const opensQuote = (text: string): boolean => (text.match(QUOTE_OPENING) ?? []).length > (text.match(QUOTE_CLOSING) ?? []).length;
const QUOTE_OPENING = /(?<![\p{L}\p{N}])[‘“]/gu;
const QUOTE_CLOSING = /[’”](?![\p{L}\p{N}])/gu;

/**
 * The stems of the body's words (`wordsOf`: the cleaner's words of a body line), for overlap with
 * headline-shaped lines. Only a word with an apostrophe (in `joined`) may have a stem other than its
 * record's (lowercaseStem), so the others' are read without testing their text; only a line with a
 * letter of a script without spaces (text/word-chars.ts hasUnspacedLetter) has words with pairs of characters: one scan
 * of its text, not one of each word's characters.
 */
export function bodyVocabulary<L extends Pick<Line, 'text'>>(body: readonly L[], wordsOf: (line: L) => PlacedWords, vocabulary: Vocabulary): Set<string> {
  const stems = new Set<string>();
  for (const line of body) {
    const { words, joined } = wordsOf(line);
    const mayHoldPairs = hasUnspacedLetter(line.text);
    let next = 0;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (k === joined[next]) {
        next++;
        stems.add(lowercaseStem(word, vocabulary));
      } else stems.add(word.stem);
      if (mayHoldPairs) addCharacterPairs(stems, word.lower);
    }
  }
  return stems;
}

/**
 * The pairs of neighbouring characters of a word of a script written without spaces between words, of two characters or
 * more; null for any other word. Chinese and Japanese set no spaces between words, so a run of their script between
 * punctuation marks is one word to the line (text/line-words.ts), and a headline's run is no run of the body's: a press
 * release's headline shares none of its text's words, the company's name over it, repeated word for word in the first
 * paragraph, all of them, and would be the title. Their pairs of characters are what a headline and its text share (冷凍倉庫
 * holds 冷凍 and 倉庫). Thai, Lao, Khmer and Burmese set spaces between phrases only: their characters are a letter's clusters
 * (letterClusters), a standfirst of Khmer sharing a run with the text would be the title over its headline, which shares none.
 */
function characterPairs(word: string): string[] | null {
  const script = unspacedScriptIn(word);
  if (script === 0) return null;
  const characters = script === HAN || script === KANA ? Array.from(word) : letterClusters(word);
  if (characters.length < 2) return null;
  const pairs: string[] = [];
  for (let k = 1; k < characters.length; k++) pairs.push(characters[k - 1]! + characters[k]!);
  return pairs;
}

/**
 * A word's letters each with the marks after it (vowel signs, tones), and a letter after a stacking sign (Khmer's coeng, Burmese's
 * virama) with the letter over it: one cluster each, as a reader sees them ("ស្ពាន" is ស្ពា and ន).
 */
function letterClusters(word: string): string[] {
  const clusters: string[] = [];
  let stacks = false;
  for (const character of word) {
    if (clusters.length && (stacks || MARK.test(character))) clusters[clusters.length - 1] += character;
    else clusters.push(character);
    stacks = STACKING_SIGN.test(character);
  }
  return clusters;
}
const MARK = /^\p{M}$/u;
/** Khmer's coeng and Burmese's virama: the next letter stacks under the one before. */
const STACKING_SIGN = /^[\u17d2\u1039]$/u;

/** Adds the word's pairs of characters (characterPairs), if any, to `stems`. */
function addCharacterPairs(stems: Set<string>, word: string): void {
  const pairs = characterPairs(word);
  if (pairs) for (const pair of pairs) stems.add(pair);
}

/**
 * The stem of the word's lowercase form as it stands: the record's, unless the word has a curly
 * apostrophe or ends in `'s`, which the tokenizer straightens or cuts off before stemming
 * (word-records.ts wordRecord) and the cleaner, whose line model was fitted without that, does not.
 */
const lowercaseStem = (word: Word, vocabulary: Vocabulary): string => (word.lower.includes('’') || word.lower.endsWith("'s") ? vocabulary.stem(word.lower) : word.stem);

/**
 * Share of a line's content-word stems that also occur in the body; `words`: its words' records. A word of Han or kana counts
 * as its pairs of characters (characterPairs), each found in the body or not.
 */
export function overlapWithBody(words: readonly Word[], bodyStems: ReadonlySet<string>, vocabulary: Vocabulary): number {
  let content = 0;
  let shared = 0;
  for (const word of words) {
    if (vocabulary.stopwords.has(word.lower)) continue;
    const pairs = characterPairs(word.lower);
    if (pairs) {
      content += pairs.length;
      for (const pair of pairs) if (bodyStems.has(pair)) shared++;
      continue;
    }
    content++;
    if (bodyStems.has(lowercaseStem(word, vocabulary))) shared++;
  }
  return content ? shared / content : 0;
}

/**
 * The label a CMS's or a scraper's export sets before the headline ("TITLE: …", "Headline: …"), or the desk's label for
 * the kind of news ("BREAKING: …", "EXCLUSIVE: …", "Última hora: …", or before a spaced bar: "Exclusive | …"): neither is the headline's. No gold title of
 * l3s-dev begins with a news-kind label; section labels ("Tennis: …", "Movie Review: …") the gold keeps, and so does this,
 * and a live blog's "Live: …" (live-blog.ts), which tells the page is no single story.
 */
const TITLE_LABEL =
  /^(?:title|headline|breaking(?: news)?|just in|developing|updated?|exclusive|watch|urgente?|última hora|exclusiv[ao]|eilmeldung|exklusiv|exclusif|ultim'ora|esclusiva)(?:\s*[:：]\s*|\s+[|｜]\s+)(?=\S)/iu;
/**
 * A cell in capitals after the headline's, two spaces or a tab apart (ingest/normalise.ts spacedTabs): a dateline's place
 * the page sets beside its headline ("… hybrid human-animal embryos  LONDON"), which would stand in the title. Only after
 * a headline with a small letter: a headline in capitals has no cell of its own in capitals to tell.
 */
const CAPITALS_CELL_AFTER = / {2,}\p{Lu}[\p{Lu}\p{M}.'’&/-]+(?: \p{Lu}[\p{Lu}\p{M}.'’&/-]+){0,3}$/u;
function withoutCapitalsCell(text: string): string {
  const cell = text.includes('  ') ? CAPITALS_CELL_AFTER.exec(text) : null;
  return cell && /\p{Ll}/u.test(text.slice(0, cell.index)) ? text.slice(0, cell.index) : text;
}
/**
 * The site's name after the headline, a spaced bar or dash before it, as a page's document title sets it when the page gives
 * its headline there alone ("<headline> | The Harbour Ledger", "<headline> - BBC News", "<headline> – harbourledger.com"): an
 * outlet's name (outlets.ts isOutlet) or a site's address alone (SITE_ADDRESS_ALONE), after the last such bar or dash. A
 * headline's own last part names none ("… rival - report", "Regatta - the club wins again").
 */
const SITE_AFTER_BAR = /^(.*\S)\s+[|\-–—]\s+(\S.*)$/u;
function withoutSiteName(text: string): string {
  const parts = SITE_AFTER_BAR.exec(text);
  if (!parts) return text;
  const name = parts[2]!.trim();
  return isOutlet(name) || SITE_ADDRESS_ALONE.test(name) ? parts[1]! : text;
}
/**
 * A title line's headline, without such a label (it would stand in articles.csv's title), reader tools run into its end
 * (chrome/buttons.ts withoutToolsRunInto), a cell in capitals after it (CAPITALS_CELL_AFTER) nor the site's name after it
 * (withoutSiteName).
 */
export const headlineOf = (line: Line): string => withoutSiteName(withoutCapitalsCell(withoutToolsRunInto(line.text.replace(TITLE_LABEL, ''))));

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
/** Share of its content words a headline shares with the body at least when it tells the body's story. */
export const SAME_STORY_OVERLAP = 0.5;
/** The stems of these lines' words, as bodyVocabulary gives a body's. */
export function stemsOf(lines: readonly Line[], recordsOf: RecordsOf, vocabulary: Vocabulary): Set<string> {
  const stems = new Set<string>();
  for (const line of lines) {
    for (const word of recordsOf(line)) {
      stems.add(lowercaseStem(word, vocabulary));
      addCharacterPairs(stems, word.lower);
    }
  }
  return stems;
}

/** What a line is read against once the article's body is known: the title's search and the lines after the article read it. */
export interface BodyReading {
  /** The stems of the body's words (bodyVocabulary). */
  bodyStems: ReadonlySet<string>;
  /** The page's stopwords and stemmer. */
  vocabulary: Vocabulary;
  recordsOf: RecordsOf;
}

/** Removal reason for a headline-shaped line after the body, or null when it is not headline-shaped. */
export function relatedHeadlineReason(line: Line, { bodyStems, vocabulary, recordsOf }: BodyReading): string | null {
  if (!isHeadlineShaped(line)) return null;
  return overlapWithBody(recordsOf(line), bodyStems, vocabulary) >= SAME_STORY_OVERLAP ? 'related headline after the article' : 'unrelated headline after the article';
}
