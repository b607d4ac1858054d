// The record of each distinct word (types.ts Word), shared by its occurrences, and the copies that
// read one where it stands (an acronym, a modal verb).
import type { Word } from '../types.js';
import { isInstrumentCode } from './token-shapes.js';
import { WordCache } from './word-cache.js';

export interface TokenizerOptions {
  readonly stopwords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  /** Splits the runs of letters of a script without spaces between words into words (text/language.ts segmenterFor); none for spaced languages. */
  readonly segmenter?: Intl.Segmenter;
  /** Elided words split off the word they are joined to ("l'" of "l'opposition"; text/language.ts elisionsFor); none for English. */
  readonly elisions?: ReadonlySet<string>;
  /** Clitics split off the word they close, each an apostrophe and a letter ("'n" of "mae'n"; text/language.ts cliticsFor); none for English. */
  readonly clitics?: ReadonlySet<string>;
  /**
   * Lowercase words that are a modal verb or a name by where they stand ("may", "May": the month,
   * Theresa May; text/language.ts modalsFor): an occurrence read as the modal is marked (Word.modal,
   * modals.ts markModals). Not in `stopwords`, which the cleaner and keyphrases read too.
   */
  readonly modals?: ReadonlySet<string>;
}

const HAS_LETTER = /\p{L}/u;

/**
 * Per stopword list and stem function, the record of every surface seen (types.ts `Word`): each
 * distinct surface is lowercased, stemmed and looked up in the stopwords once, and the occurrences
 * share one string per form, whose hash the later stages' lookups find already computed, and one
 * record, on which those stages keep what they work out per word. Keyed by the stopword set and
 * the stem function, not by an options object, so the cleaner (whose context holds the same two)
 * shares the records.
 */
const wordTables = new WeakMap<ReadonlySet<string>, WeakMap<TokenizerOptions['stem'], WordTable>>();

export interface WordTable {
  ofSurface: (surface: string) => Word;
  /** `hash`: the range's rangeHash (word-cache.ts) when the caller has it. */
  ofRange: (text: string, start: number, end: number, hash?: number) => Word;
}

function wordTable(options: TokenizerOptions): WordTable {
  let byStem = wordTables.get(options.stopwords);
  if (!byStem) wordTables.set(options.stopwords, (byStem = new WeakMap()));
  let table = byStem.get(options.stem);
  if (!table) {
    const cache = new WordCache<Word>();
    const japaneseList = hasHiraganaWord(options.stopwords);
    const record = (surface: string): Word => wordRecord(surface, options, japaneseList);
    table = { ofSurface: (surface) => cache.get(surface, record), ofRange: (text, start, end, hash) => cache.getRange(text, start, end, record, hash) };
    byStem.set(options.stem, table);
  }
  return table;
}

/** The shared record of a surface (see wordTables), for these tokenizer options. */
export function wordLookup(options: TokenizerOptions): (surface: string) => Word {
  return wordTable(options).ofSurface;
}

/** wordLookup for the word text[start, end), which it cuts out only when it is not cached. */
export function wordRangeLookup(options: TokenizerOptions): WordTable['ofRange'] {
  return wordTable(options).ofRange;
}

/**
 * A possessive `'s` cut off (apostrophes already straightened). Porter expects words without the
 * clitic (stem("russia's") is "russia'"), so "Russia's" and "Russia" were two terms in terms.csv
 * and corpus_terms.csv, splitting a name's count in two.
 */
const withoutPossessive = (word: string): string => (word.length > 2 && word.endsWith("'s") ? word.slice(0, -2) : word);

/** A word of hiragana only: Japanese inflections, particles, and the words written in kana. */
export const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/;
/** Longest word isHiraganaStopword reads: the segmenter's inflections are a few characters. */
const LONGEST_HIRAGANA_STOPWORD = 12;
/** Hiragana that opens no Japanese word: the small kana (ぁぃぅぇぉっゃゅょゎ) and ん. */
const OPENS_NO_WORD = /^[\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3093]/;
const SMALL_TSU = 'っ';
/**
 * Words Japanese news spells in kana, their kanji being outside the jōyō list (`がん` 癌 "cancer", `がれき` 瓦礫
 * "rubble", `あっせん` 斡旋 "mediation", `ずさん` 杜撰 "sloppy"), or by custom (`もやし`, `はがき`), that are runs of the
 * list's words (が + ん) and were lost as terms: the ones of that kind among the 586 hiragana words of ICU's dictionary
 * that such a run makes (every join of up to three of the list's words). The rest of those are written in kanji in news
 * (`はなし` 話, `さかな` 魚), and the runs the segmenter gives in news text are inflections and particles (docs/design.md).
 */
const KANA_SPELLED_WORDS: ReadonlySet<string> = new Set('がん がれき あっせん ずさん てんかん きれい せき かばん もやし はがき おでん のれん れんが'.split(' '));

/**
 * Whether a word of hiragana only is a function word of the Japanese list's (which the caller has looked up as a
 * whole) by its parts: a run of stopwords ("した" = "し" + "た", "すると", "ことに": Japanese inflections and
 * auxiliaries, which the list (Slothlib's, in `stopword`) has one by one and Intl.Segmenter gives joined; "した" was
 * the ja fixture's top term), or a piece of a word no word can be: ICU's dictionary lacks most inflected verb forms
 * and cuts them up, the stem's kanji, then the inflection in pieces (集|まっ|た, 分|か|っ|た, 帰|って, め|ぐ|り of
 * めぐり), and `まっ` and `っ` were top terms. A piece is a lone kana, or opens with a small kana or ん (`っ`, `って`,
 * `んで`), or ends with the small tsu (`まっ`, `わっ`; the interjections `あっ`, `えっ` are no terms either).
 * Not every word of hiragana only: content words and names are written so too ("りんご", "さいたま", "みずほ",
 * "ふるさと", "ごみ"), and none of those is a run of the list's words or such a piece (docs/design.md, Stopwords); the
 * ones that are (`がん`, が + ん) are KANA_SPELLED_WORDS. A list without kana (every other language's) makes this false.
 */
function isHiraganaStopword(word: string, stopwords: ReadonlySet<string>, japaneseList: boolean): boolean {
  const first = word.charCodeAt(0);
  if (!japaneseList || first < 0x3041 || first > 0x309f || word.length > LONGEST_HIRAGANA_STOPWORD || !HIRAGANA_ONLY.test(word)) return false;
  if (word.length === 1 || OPENS_NO_WORD.test(word) || word.endsWith(SMALL_TSU)) return true;
  if (KANA_SPELLED_WORDS.has(word)) return false;
  // runs[i]: word[0, i) is a run of stopwords.
  const runs = [true];
  for (let end = 1; end <= word.length; end++) {
    runs[end] = false;
    for (let start = 0; start < end && !runs[end]; start++) runs[end] = runs[start]! && stopwords.has(word.slice(start, end));
  }
  return runs[word.length]!;
}

/** Whether the stopword list has a word of hiragana (Japanese's), which isHiraganaStopword reads. */
const hasHiraganaWord = (stopwords: ReadonlySet<string>): boolean => [...stopwords].some((word) => HIRAGANA_ONLY.test(word));

function wordRecord(surface: string, { stopwords, stem }: TokenizerOptions, japaneseList: boolean): Word {
  const lower = surface.toLowerCase();
  const straightApostrophes = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  // Every field, in copyOfWord's order: records and their readings share one hidden class (see there).
  return {
    surface,
    lower,
    stem: stem(withoutPossessive(straightApostrophes)),
    // Only an elided article or preposition split off its word ends with an apostrophe (word-end.ts WORD never
    // does): a function word, though the stopword lists have it without its apostrophe or not at all.
    isStopword: stopwords.has(lower) || stopwords.has(straightApostrophes) || straightApostrophes.endsWith("'") || isHiraganaStopword(lower, stopwords, japaneseList),
    modal: undefined,
    isWord: HAS_LETTER.test(surface) && !isInstrumentCode(surface),
    tag: undefined,
    sentiment: undefined,
    stopwordLists: undefined,
  };
}

/**
 * A copy of a record with its fields in wordRecord's order, so that the records and their readings
 * (readingOf) share one hidden class. A reading spread from its record (`{ ...word }`) has another
 * one; met only after the warm-up (an acronym, "may" the modal), it throws away the optimised code
 * of every function inlining a read of a word (isCapitalised, tagWords, countTerms, ...) in each
 * thread, and compiling that again is CPU that does not shrink with the corpus.
 */
function copyOfWord(word: Word): Word {
  return {
    surface: word.surface, lower: word.lower, stem: word.stem, isStopword: word.isStopword, modal: word.modal, isWord: word.isWord,
    tag: word.tag, sentiment: word.sentiment, stopwordLists: word.stopwordLists,
  };
}

/**
 * A word's record as read where it stands (an acronym, a modal verb): a copy of the shared surface
 * record with `change`, made once per record, since records are shared per surface and the
 * reading is per occurrence.
 */
export function readingOf(readings: WeakMap<Word, Word>, word: Word, change: Partial<Word>): Word {
  let reading = readings.get(word);
  if (!reading) readings.set(word, (reading = Object.assign(copyOfWord(word), change)));
  return reading;
}
