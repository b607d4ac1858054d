// The language of a page or an article's body, guessed from its function words (the `stopword`
// package's lists) and its script: the cleaner's stopword shares are in the page's own language, and
// an article in another language than the run's gets its own stopwords and stemmer (tasks.ts).
import { stopwordLists } from './language.js';
import { WORDS } from './line-words.js';
import type { PlacedWords, Word } from '../types.js';
import { classAt, codeUnits, HAN, KANA, KHMER, LAO, LETTER, MYANMAR, THAI, UNSPACED_SCRIPT_COUNT, unspacedScriptOf } from './word-chars.js';

/** Words read to guess a page's language: plenty for a guess, and long pages cost no more. */
export const LANGUAGE_SAMPLE_WORDS = 5000;

// The `stopword` package's lists, minus its variants and the numbers list.
const LISTS: ReadonlyArray<[string, ReadonlySet<string>]> = Object.entries(stopwordLists)
  .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && /^[a-z]{3}$/.test(entry[0]))
  .map(([name, words]) => [name, new Set(words.map((w) => w.toLowerCase()))]);

/** Word -> indexes (in LISTS) of the lists containing it: one lookup per word instead of one per list. */
const LISTS_BY_WORD = new Map<string, number[]>();
LISTS.forEach(([, words], index) => {
  for (const word of words) {
    const lists = LISTS_BY_WORD.get(word);
    if (lists) lists.push(index);
    else LISTS_BY_WORD.set(word, [index]);
  }
});

/**
 * The lists' languages, most widely spoken first (Ethnologue's first- and second-language
 * speakers, roughly): close calls go to the more common language (see CLOSE_CALL).
 */
const BY_SPEAKERS = (
  'eng zho hin spa fra ara ben por rus urd ind deu jpn mar tur vie tgl kor hau fas swa msa ita guj yor pol ukr mya nld ron ' +
  'zul kur afr som sot hun ell swe ces cat heb bul hye dan fin hrv slk nob lit slv glg lgg epo lav gle est cym eus bre lat'
).split(' ');
/** Each list's place in BY_SPEAKERS (unlisted languages last). */
const SPEAKER_RANK = LISTS.map(([name]) => (BY_SPEAKERS.includes(name) ? BY_SPEAKERS.indexOf(name) : BY_SPEAKERS.length));
/**
 * A list whose hits are within this factor of the leading list's is as good a guess, and the more
 * widely spoken of them is taken: close languages share most function words, and a list's coverage
 * says as much about the list as about the page. Galician's list has "é", "foi", "ser", "sobre",
 * "pode", which Portuguese's lacks, and a Portuguese news page was guessed Galician (1.13x the
 * Portuguese list's hits; a Galician page of the same news is 1.37x).
 */
const CLOSE_CALL = 1.2;

/**
 * Spellings a language writes in about every paragraph and no close language of the lists writes: a
 * text without any is not in that language, however close its list's count (CLOSE_CALL).
 * - Czech: its letters ř, ě and ů, four to nine in a paragraph of 24 to 32 words of Czech news, none in
 *   Slovak, whose function words are mostly Czech's: a Slovak paragraph of 29 words had 12 of the Slovak
 *   list's words and 10 of the Czech list's, a close call, and was read as Czech (its terms counted with
 *   Czech's stopwords).
 * - Malay and Indonesian, two standards of one language, whose function words are mostly one list's: the
 *   words each spells its own way, Malay `bahawa` ("that"), `kerana` ("because"), `iaitu` ("namely"),
 *   `sahaja` ("only") and `selepas` ("after", which Indonesian says `setelah`), Indonesian `bahwa`, `karena`,
 *   `yaitu`. Not Indonesian `saja` nor `setelah`, which Malay writes too. Malay pages were read as Malay
 *   only by the content words of the package's Malay list (`kerajaan`, `menteri`: language.ts OWN_LISTS),
 *   and as Indonesian without them. These spellings decide between the two beyond a close call too
 *   (OTHER_STANDARD); a text with neither's goes by the lists' counts (the Indonesian list's, mostly).
 */
const OWN_SPELLINGS: Readonly<Record<string, RegExp>> = {
  ces: /[řěůŘĚŮ]/u,
  msa: /\b(?:bahawa|kerana|iaitu|sahaja|selepas)\b/iu,
  ind: /\b(?:bahwa|karena|yaitu)\b/iu,
};

/**
 * The lists of two standards of one language, each the other's (its index in LISTS; -1: none), told apart
 * by their OWN_SPELLINGS whatever their lists' counts: the package's Indonesian list (753 words, verbs among them:
 * `digunakan`, `berada`, `sering`) had 18 words of an invented Malay paragraph of 42 words in lower case,
 * the Malay list of function words 14, farther apart than a close call. (The Indonesian list without its
 * content words, language.ts OWN_LISTS, has 13 of them: the spellings still decide.)
 */
const OTHER_STANDARD: readonly number[] = LISTS.map(([name]) => {
  const other = ({ ind: 'msa', msa: 'ind' } as Readonly<Record<string, string>>)[name];
  return LISTS.findIndex(([list]) => list === other);
});

export interface LanguageGuess {
  /** ISO 639-3 name of the `stopword` list. */
  language: string;
  stopwords: ReadonlySet<string>;
  /** Its index among the lists (what `stopwordListsOf` gives). */
  list: number;
}

/**
 * The stopword list that covers most of the page's words: the page's language as far as function
 * words tell (ISO 639-3 name of the `stopword` list), or null when no list covers 5% of the words.
 */
export function guessStopwordLanguage(text: string): LanguageGuess | null {
  const words = [...text.matchAll(WORDS)].filter((match) => !isInitial(match[0], text, match.index + match[0].length)).map((match) => match[0]);
  return guessFromLists(words, (word) => LISTS_BY_WORD.get(word.toLowerCase()), text);
}

/**
 * Whether the word, ending at `end` in `text`, is an initial or an abbreviation: one letter and a full
 * stop ("J. Ortiz", a results page's "Eastside d. Northfield"). No function word, it counts for no
 * language: the German, French and Slovenian lists have one-letter entries ("d", "j", "k"), and an
 * English results page was guessed French, its lines' function words counted in French.
 */
export const isInitial = (word: string, text: string, end: number): boolean => word.length === 1 && text.charCodeAt(end) === 0x2e;

/** A word written in lower case, as function words are in running text (otherLanguage). */
const isLowerCase = (word: Word): boolean => word.surface === word.lower;

/**
 * guessStopwordLanguage for a page's words given by the stopword lists that have each of them
 * (stopwordListsOf of their shared records, word-records.ts, or LISTS_BY_WORD: null or undefined for
 * a word in none), in page order, initials left out (isInitial). `text`: the text the words are of,
 * read for OWN_SPELLINGS in a close call; without it, spellings decide nothing.
 */
export function guessStopwordLanguageOfLists(lists: ReadonlyArray<readonly number[] | null | undefined>, text?: string): LanguageGuess | null {
  return guessFromLists(lists, (found) => found, text);
}

/**
 * How clearly another language must lead: its list covers at least this many times the words the
 * run's language's list does. Chosen on the dev pages (reuters-20k's first 1,000, l3s-dev and
 * scrapinghub, cleaned): every English page is guessed English but one racecard of names (Slovenian
 * list 1.07x English), a Japanese page is 1.5x for Danish, and every other page in another language
 * is 2.78x or more (Italian; most 8x and over).
 */
const OTHER_LANGUAGE_MARGIN = 2;

/**
 * And at least this many of the text's words are in the other language's list: about one sentence's
 * function words. A headline has one or two ("Two die in hotel fire": German "die" and "in" against
 * English "in"), which named it German; since such an article's sentiment is not scored and its
 * terms take that language's stopwords (tasks.ts), a guess needs this much to go on. Chosen as one
 * sentence's worth, then checked: every other-language page of scrapinghub's gold bodies has 10 or
 * more, and no English text of the benches reaches it (1 to 4 in the sentiment sets' snippets and
 * headlines, none in l3s-dev, DUC-2001 and the 1k Reuters corpus).
 */
const MIN_OTHER_LANGUAGE_WORDS = 5;

/**
 * Or fewer, when the text has at least this many words in lower case (two sentences' worth)...
 * Turkish and Finnish say with suffixes what English says with function words: a Turkish news item of
 * 31 such words has 3 of its list's and no English one, and was scored with the English lexicons.
 */
const MIN_WORDS_FOR_SHARE = 20;
/** ...of which the run's language's function words are under this share (English running text: 0.4 and more). */
const MAX_RUN_LANGUAGE_SHARE = 0.1;

/**
 * And that many of them different words of two letters or more: one word said over and over ("de de
 * de", a list of "ok", the words "link" left of Markdown links) named Spanish, Hungarian, Lithuanian,
 * and letters ("a b c d", "o e a") German and Portuguese. A sentence of running text has several (the
 * Turkish item above: 3 of its list's words, all different).
 */
const MIN_DISTINCT_OTHER_LANGUAGE_WORDS = 3;
/** The lists (LISTS_BY_WORD's arrays) of the one-letter words, which MIN_DISTINCT_OTHER_LANGUAGE_WORDS leaves out. */
const ONE_LETTER_WORDS_LISTS = new Set<readonly number[]>([...LISTS_BY_WORD].filter(([word]) => word.length === 1).map(([, lists]) => lists));

/**
 * The language (ISO 639-3 name of its `stopword` list) whose function words clearly lead in `text`
 * when it is not `expected`, the run's language's list: null when `expected` leads, or has no list,
 * or no other list leads it by OTHER_LANGUAGE_MARGIN, or its words are too few to go on (the
 * thresholds above). Links, addresses, handles and hashtags are no words (withoutLinks). A text
 * mostly in a script without spaces between words is told by its script instead (unspacedLanguage).
 * `paragraphs`: the cleaner's words of each of the text's paragraphs when the text is a cleaned body
 * (clean/index.ts cleanWithWords), read instead of scanning the text again (sampleLowerCaseLists).
 */
export function otherLanguage(text: string, expected: string | undefined, paragraphs?: readonly PlacedWords[]): string | null {
  const expectedIndex = LISTS.findIndex(([name]) => name === expected);
  if (expectedIndex < 0) return null;
  // The sample's words are in its first characters (a word is a few of them): a 1 MB body is not read whole.
  const head = text.slice(0, LANGUAGE_SAMPLE_WORDS * 20);
  const sample = withoutLinks(head);
  const unspaced = unspacedLanguage(sample);
  if (unspaced) return unspaced === expected ? null : unspaced;
  // The cleaner's records hold the links' words too: a text with links is scanned without them.
  // Only words written in lower case: function words are, in running text. Tickers' exchange letters and
  // table heads ("HON.N", "W L T PF PA") spelt German and French ones, "Jan", "Nov", "Bank" Malay ones, and
  // English tables of them were named German, French, Malay and left unscored. Each word as the indexes of
  // the lists that have it.
  const lists =
    (paragraphs && sample === head && sampleLowerCaseLists(sample, text, paragraphs)) ||
    (sample.match(WORDS) ?? []).slice(0, LANGUAGE_SAMPLE_WORDS).filter((word) => word === word.toLowerCase()).map((word) => LISTS_BY_WORD.get(word));
  const guess = guessStopwordLanguageOfLists(lists, sample);
  const scriptLists = listsOfScript(sample);
  if (scriptLists && !scriptLists.includes(expected!)) {
    // Mostly letters the run's language is not written in: another language, however few function words a
    // short text gives (a Hebrew brief would be scored with the English lexicons: 0, neutral).
    return guess && scriptLists.includes(guess.language) ? guess.language : scriptLists[0]!;
  }
  return clearlyLeading(lists, guess, expectedIndex);
}

/**
 * The language of the words given by their lists (`lists`, in text order) when the `guess` from
 * them clearly leads the run's language (list `expectedIndex`): by OTHER_LANGUAGE_MARGIN, with words
 * enough to go on (the thresholds above); null otherwise.
 */
function clearlyLeading(lists: ReadonlyArray<readonly number[] | null | undefined>, guess: LanguageGuess | null, expectedIndex: number): string | null {
  if (!guess || guess.list === expectedIndex) return null;
  let guessed = 0;
  let ours = 0;
  // A word's lists are one array, shared by its every occurrence (LISTS_BY_WORD): one per distinct word.
  const distinctGuessed = new Set<readonly number[]>();
  for (const found of lists) {
    if (found?.includes(guess.list)) {
      guessed++;
      if (!ONE_LETTER_WORDS_LISTS.has(found)) distinctGuessed.add(found);
    }
    if (found?.includes(expectedIndex)) ours++;
  }
  const fewOfOurs = lists.length >= MIN_WORDS_FOR_SHARE && ours < MAX_RUN_LANGUAGE_SHARE * lists.length;
  const enough = (guessed >= MIN_OTHER_LANGUAGE_WORDS || fewOfOurs) && distinctGuessed.size >= MIN_DISTINCT_OTHER_LANGUAGE_WORDS;
  return guessed >= OTHER_LANGUAGE_MARGIN * ours && enough ? guess.language : null;
}

/** The index of the English list, the sentiment lexicons' language. */
const ENGLISH = LISTS.findIndex(([name]) => name === 'eng');

/**
 * Whether a sentence's words (its tokens' records) are clearly in another language than English, by
 * otherLanguage's thresholds on its words in lower case: a German or French sentence quoted in an
 * English article ("Die Regierung hat die Pläne für den Hafen gestoppt.") is not read with the English
 * lexicons (analyze/sentiment.ts), where German "die" (the) had scored as English "die".
 */
export function isOtherThanEnglish(words: readonly Word[]): boolean {
  if (othersThanEnglish(words) < MIN_NOT_ENGLISH_WORDS) return false;
  const lists = words.filter(isLowerCase).map(stopwordListsOf);
  return clearlyLeading(lists, guessStopwordLanguageOfLists(lists), ENGLISH) !== null;
}

/**
 * Words in another list and not in English's that a sentence clearly in another language has at least:
 * with one, the other list's words are English's too but that one, and cannot lead English's two to
 * one with MIN_OTHER_LANGUAGE_WORDS of them, nor give MIN_DISTINCT_OTHER_LANGUAGE_WORDS when English's
 * are under a tenth. Most English sentences have none, and are not guessed at: about 1 µs a sentence of
 * the 1k corpus, where the guess took 4.4.
 */
const MIN_NOT_ENGLISH_WORDS = 2;

/** How many of the words in lower case are in a stopword list other than English's, and not in English's. */
function othersThanEnglish(words: readonly Word[]): number {
  let count = 0;
  for (const word of words) {
    if (!isLowerCase(word)) continue;
    const found = stopwordListsOf(word);
    if (found && !found.includes(ENGLISH)) count++;
  }
  return count;
}

/**
 * A link's or an address's characters are no words of a language: "com" and "de" are Portuguese
 * function words, and an article of only URLs (`https://example.com/...`) was named Portuguese. So are
 * a handle's and a hashtag's (`@de`, `#para`). Each such token (a run of non-spaces holding `://`,
 * `www.` or `@`, or opening with `#`) becomes a space; the text is returned as it was when it has none.
 * Tokens are matched from their first character only (`(?<!\S)`), so a long run of non-spaces is
 * read once, not once per character in it.
 */
function withoutLinks(text: string): string {
  if (!LINK_MARK.test(text)) return text;
  return text.replace(LINK_TOKEN, ' ');
}

const LINK_MARK = /:\/\/|www\.|@|#/i;
const LINK_TOKEN = /(?<!\S)(?:#|\S*?(?::\/\/|www\.|@))\S*/giu;

/**
 * The stopword lists of the sample's first LANGUAGE_SAMPLE_WORDS words that are in lower case (otherLanguage),
 * from the cleaner's records, when the sample is the whole text and the cleaner read every paragraph whole;
 * otherwise null (scan the sample). The
 * paragraphs are the text's lines joined by blank lines (clean/kept-article.ts keptArticle), and a word never
 * runs over a line break, so the WORDS matches of the text are the paragraphs' words in order
 * (line-words.ts wordsAt finds exactly WORDS' matches). Each word's stopword lists are on its record
 * already (clean/scored-lines.ts scoreLines read them): this saved the lowercasing and a map look-up of every
 * body word, about 0.15 ms an article, 3.5% of a 10k run's profile.
 */
function sampleLowerCaseLists(sample: string, text: string, paragraphs: readonly PlacedWords[]): Array<readonly number[] | null> | null {
  if (sample.length !== text.length || !paragraphs.length) return null;
  // Each paragraph's `scanned` is at most its length, so the sum reaches the text's length only when every one was read whole.
  let read = 2 * (paragraphs.length - 1);
  for (const paragraph of paragraphs) read += paragraph.scanned;
  if (read !== text.length) return null;
  const lists: Array<readonly number[] | null> = [];
  let sampled = 0;
  for (const paragraph of paragraphs) {
    for (const word of paragraph.words) {
      if (sampled++ === LANGUAGE_SAMPLE_WORDS) return lists;
      if (isLowerCase(word)) lists.push(stopwordListsOf(word));
    }
  }
  return lists;
}

/** The languages (ISO 639-3) of the scripts of Southeast Asia written without spaces (word-chars.ts), each that script's only one here. */
const SOUTHEAST_ASIAN: ReadonlyArray<readonly [script: number, language: string]> = [
  [THAI, 'tha'],
  [LAO, 'lao'],
  [MYANMAR, 'mya'],
  [KHMER, 'khm'],
];

/**
 * The language of a text whose letters are mostly of a script written without spaces between
 * words: Thai, Lao, Burmese or Khmer by their scripts, else Japanese when a tenth of the letters are
 * kana, else Chinese; null otherwise. A run of such letters is one "word" to the tokenizer, so no
 * stopword list covers a Chinese or Japanese page and it got no language warning, while its terms were
 * whole clauses. By char codes: most pages have none of these letters and cost one pass over the sample.
 */
function unspacedLanguage(sample: string): string | null {
  const counts = new Array<number>(UNSPACED_SCRIPT_COUNT).fill(0);
  let characters = 0;
  for (let i = 0; i < sample.length; i++, characters++) {
    const point = sample.codePointAt(i)!;
    counts[unspacedScriptOf(point)]!++;
    if (point > 0xffff) i++;
  }
  const kana = counts[KANA]!;
  const han = counts[HAN]!;
  const unspaced = characters - counts[0]!;
  if (unspaced === 0) return null;
  let letters = 0;
  for (let i = 0; i < sample.length; ) {
    const bits = classAt(sample, i);
    if (bits & LETTER) letters++;
    i += codeUnits(bits);
  }
  if (2 * unspaced < letters) return null;
  const [script, language] = SOUTHEAST_ASIAN.reduce((most, next) => (counts[next[0]]! > counts[most[0]]! ? next : most));
  if (counts[script]! > kana + han) return language;
  return 10 * kana >= unspaced ? 'jpn' : 'zho';
}

/**
 * Scripts of spaced writing other than Latin that `stopword` has lists for, by UTF-16 code unit, each
 * with the lists of its languages, most widely spoken first (BY_SPEAKERS).
 */
const SCRIPTS: ReadonlyArray<{ ranges: ReadonlyArray<readonly [from: number, to: number]>; lists: readonly string[] }> = [
  { ranges: [[0x0370, 0x03ff], [0x1f00, 0x1fff]], lists: ['ell'] },
  { ranges: [[0x0400, 0x052f]], lists: ['rus', 'ukr', 'bul'] },
  { ranges: [[0x0530, 0x058f]], lists: ['hye'] },
  { ranges: [[0x0590, 0x05ff]], lists: ['heb'] },
  { ranges: [[0x0600, 0x06ff], [0x0750, 0x077f], [0xfb50, 0xfdff], [0xfe70, 0xfeff]], lists: ['ara', 'urd', 'fas', 'kur'] },
  { ranges: [[0x0900, 0x097f]], lists: ['hin', 'mar'] },
  { ranges: [[0x0980, 0x09ff]], lists: ['ben'] },
  { ranges: [[0x0a80, 0x0aff]], lists: ['guj'] },
  { ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]], lists: ['kor'] },
];

/**
 * The lists of the script (SCRIPTS) that has more of the sample's letters than the Latin alphabet
 * has, or null. Latin letters are counted by code below U+0370 (punctuation, digits and the
 * multiplication and division signs are not letters), others by the ranges.
 */
function listsOfScript(sample: string): readonly string[] | null {
  let latin = 0;
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x0370) {
      const lower = code | 0x20;
      if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) latin++;
      continue;
    }
    const script = SCRIPTS.findIndex(({ ranges }) => ranges.some(([from, to]) => code >= from && code <= to));
    if (script >= 0) counts[script]!++;
  }
  let best = 0;
  for (let script = 1; script < counts.length; script++) if (counts[script]! > counts[best]!) best = script;
  return counts[best]! > latin ? SCRIPTS[best]!.lists : null;
}

/** The indexes of the stopword lists that have the word, kept on its shared record; null: none. */
export function stopwordListsOf(word: Word): readonly number[] | null {
  // Not `??=`: null (in no list, most words) is a known answer too.
  if (word.stopwordLists === undefined) word.stopwordLists = LISTS_BY_WORD.get(word.lower) ?? null;
  return word.stopwordLists;
}

/** Whether a lowercase word is in any of the stopword lists: stopwordListsOf for a word without a record (a word the segmenter finds inside one of the cleaner's, clean/edges/continues-story.ts). */
export const inStopwordList = (lower: string): boolean => LISTS_BY_WORD.has(lower);

/**
 * The guess from the first LANGUAGE_SAMPLE_WORDS words, each given by the lists that have it (`listsOf`):
 * the list that has most of them, or the most widely spoken of those within CLOSE_CALL of it whose
 * language's OWN_SPELLINGS `text` does not lack; null when no list has 5% of them. The words come as text
 * (guessStopwordLanguage) or as the lists their shared records hold (guessStopwordLanguageOfLists),
 * which the cleaner has looked up already.
 */
function guessFromLists<W>(words: readonly W[], listsOf: (word: W) => readonly number[] | null | undefined, text?: string): LanguageGuess | null {
  const hits = noListHits();
  const sampled = Math.min(words.length, LANGUAGE_SAMPLE_WORDS);
  for (let i = 0; i < sampled; i++) addListHits(hits, listsOf(words[i]!));
  return guessStopwordLanguageOfHits(hits, sampled, text);
}

/** Each list's count of the words read (addListHits), none yet. Pushed, not `new Array(n).fill(0)`: a packed array, whose counts are incremented without a check for holes. */
export function noListHits(): number[] {
  const hits: number[] = [];
  for (let index = 0; index < LISTS.length; index++) hits.push(0);
  return hits;
}

/** Counts a word, given by the lists that have it (null or undefined: none), for each of its lists. By index, not for-of: the cheaper loop in TurboFan here. */
export function addListHits(hits: number[], lists: readonly number[] | null | undefined): void {
  if (lists) for (let i = 0; i < lists.length; i++) hits[lists[i]!]!++;
}

/**
 * guessStopwordLanguage from each list's count of the words read (`hits`, addListHits) and how many words were read
 * (`sampled`, at most LANGUAGE_SAMPLE_WORDS): for a caller that counts its words where it finds them (clean/scored-lines.ts).
 */
export function guessStopwordLanguageOfHits(hits: readonly number[], sampled: number, text?: string): LanguageGuess | null {
  let best = 0;
  for (let index = 1; index < hits.length; index++) if (hits[index]! > hits[best]!) best = index;
  if (!sampled || hits[best]! < 0.05 * sampled) return null;
  const ruledOut = (index: number): boolean => text !== undefined && OWN_SPELLINGS[LISTS[index]![0]]?.test(text) === false;
  let chosen = best;
  for (let index = 0; index < hits.length; index++) {
    if (CLOSE_CALL * hits[index]! >= hits[best]! && (SPEAKER_RANK[index]! < SPEAKER_RANK[chosen]! || ruledOut(chosen)) && !ruledOut(index)) chosen = index;
  }
  const standard = OTHER_STANDARD[chosen]!;
  if (standard >= 0 && ruledOut(chosen) && !ruledOut(standard) && hits[standard]! >= 0.05 * sampled) chosen = standard;
  const [language, stopwords] = LISTS[chosen]!;
  return { language, stopwords, list: chosen };
}
