// Tokenize: paragraphs -> sentences -> word tokens. Unicode-aware (letters and combining marks of any
// script stay in one word: "São", "café"), keeps contractions ("isn't"), acronyms ("U.S.") and
// names with a domain ending ("Amazon.com") whole, and splits no sentence after a news abbreviation
// ("Mr.", "Jan."), but for one that can end it before a function word ("Main St. The house").
// Reuters instrument codes ("VOD.L", ".DJI", "EUR=", "CLc1") are one token each, and no word.
// Every regular expression here is linear: no nested quantifiers over overlapping characters.
import type { CleanArticle, PlacedWords, Sentence, Token, TokenizedArticle, Word } from '../types.js';
import { englishLexicon } from './pos-lexicon.js';
import { CJK_FULL_STOPS, FULL_STOPS } from './sentence-marks.js';
import { isMonthName } from './dates.js';
import { classAt, codeUnits, LETTER, MARK, NUMBER, unspacedScriptOf } from './word-chars.js';
import { WordCache } from './word-cache.js';

/**
 * Endings after a dot that make a name one word with them ("Amazon.com", "Booking.com",
 * "Amazon.co.uk"): the generic top-level domains company and site names carry in news text, and
 * country codes that are no English word ("in", "it", "us", "me" are left out, so "the end.it was"
 * stays two words). Lowercase only: "end.The", a missing space, stays two words.
 */
const NAME_ENDINGS = new Set(['com', 'net', 'org', 'edu', 'gov', 'info', 'biz', 'io', 'tv', 'co', 'uk', 'au', 'ca', 'de', 'fr', 'eu']);
const LONGEST_ENDING = 4;

// A word token is what this regex matches (wordEnd finds it by char codes): an acronym with dots
// (U.S., e.g.), or a word: letters/digits with marks, joined by single apostrophes, hyphens,
// (between digits) a dot or comma: 3.5, 1,000, or (after a letter) a dot before one of
// NAME_ENDINGS that ends there: Amazon.com, Amazon.com's.
export const WORD = new RegExp(
  `(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:(?:['’\\-]|(?<=\\p{N})[.,](?=\\p{N})|(?<=\\p{L})\\.(?=(?:${[...NAME_ENDINGS].join('|')})(?![\\p{L}\\p{M}\\p{N}])))[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*`,
  'gu',
);
const HAS_LETTER = /\p{L}/u;

/**
 * Exchange suffixes of Reuters instrument codes (RICs) for shares: those of the Reuters bench corpus
 * and the other large exchanges. Not the single letters that follow an initial in a name or an
 * abbreviation written without its last dot ("U.S", "D.C", "A.G", "N.Y", "E.ON").
 */
const EXCHANGES = (
  'N O OQ A P PK OB L T PA DE F AX UL VX TO V KS KQ HK AS MI BO NS MC ST SS SZ HE BR J SA TW TWO SI OS OL KW TA CO ' +
  'KL BK JK MX SW IS WA BU PR AT LS I IR NZ BA SE CA QA DU AD Z'
).split(' ');
// A RIC: a share with its exchange ("VOD.L", "RDSa.L": share class a, "7203.T"; a ticker of one
// letter only on the New York Stock Exchange, "C.N", as "E.T" and "P.O" are abbreviations, and not
// "U.N"), an index (".DJI", ".N225"; not ".NET", a name), a currency, metal or bond yield ("EUR=",
// "US10YT=RR") or a continuation future ("CLc1", "LCOc1"). Tickers in plain capitals ("IBM") are
// words: they are also names. Linear: bounded quantifiers only.
const INSTRUMENT_CODE = new RegExp(
  `^(?:[A-Z0-9]{2,7}[a-z]?\\.(?:${EXCHANGES.join('|')})|[A-TV-Z]\\.N|\\.(?!NET$)[A-Z][A-Z0-9]{1,15}|(?=[A-Z0-9]{0,9}[A-Z])[A-Z0-9]{3,10}=[A-Z0-9]{0,6}|(?=[A-Z0-9]{0,5}[A-Z])[A-Z0-9]{1,6}[cv][0-9]{1,2})$`,
);

/** Whether the token is a Reuters instrument code (INSTRUMENT_CODE): no word, though it has letters. */
export const isInstrumentCode = (surface: string): boolean => INSTRUMENT_CODE.test(surface);

const isCodeCharacter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/** Whether the code unit is white space as the regex class `\s` has it (WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether text[from, to) has a character other than white space: without a slice and a regex, as it runs between every two tokens. */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

// Lowercase forms that end with a dot without ending a sentence ("wm", "chas", "thos": given names, "Wm. Wrigley Jr. Co.").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev hon st jr sr messrs mme mlle wm chas thos ' +
    'inc corp ltd co plc llc bros dept univ assn est approx ca cf vs etc al ' +
    'jan feb apr jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri ' +
    'ft mt ave blvd rd hwy'
  ).split(' '),
);
// Of those, the ones that can end a sentence: an address ("on Main St."), a company ("Acme Co."),
// a name ("John Smith Jr."), a list ("and so on, etc."). They end it when the next word is a
// function word (a stopword: "Main St. The house", "Acme Inc. It said"), as acronyms do, and not
// before a name ("St. Louis", "Acme Inc. Chairman"): a sentence rarely opens with a name right
// after one of these, while "St. The" is never a name. Titles (Mr., Dr., Gen.) and months never end one.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['st', 'ave', 'blvd', 'rd', 'hwy', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'jr', 'sr', 'etc']);
// Abbreviations that are words too ("He said no.", "They sat in the sun.", "The couple will wed."):
// these before a number ("No. 5", "fig. 3", "pp. 12", "Vol. 2")...
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'pp', 'op']);
// ...and these with a capital ("Sat. Jan. 5", "Mar. 3"), as day and month names are written.
const CAPITALISED_ABBREVIATIONS = new Set(['mar', 'wed', 'sat', 'sun']);

export interface TokenizerOptions {
  readonly stopwords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  /** Splits the runs of letters of a script without spaces between words into words (text/language.ts segmenterFor); none for spaced languages. */
  readonly segmenter?: Intl.Segmenter;
  /** Elided words split off the word they are joined to ("l'" of "l'opposition"; text/language.ts elisionsFor); none for English. */
  readonly elisions?: ReadonlySet<string>;
  /**
   * Lowercase words that are a modal verb or a name by where they stand ("may", "May": the month,
   * Theresa May; text/language.ts modalsFor): an occurrence read as the modal is marked (Word.modal,
   * markModals). Not in `stopwords`, which the cleaner and keyphrases read too.
   */
  readonly modals?: ReadonlySet<string>;
}

/**
 * Per stopword list and stem function, the record of every surface seen (types.ts `Word`): each
 * distinct surface is lowercased, stemmed and looked up in the stopwords once, and the occurrences
 * share one string per form, whose hash the later stages' lookups find already computed, and one
 * record, on which those stages keep what they work out per word. Keyed by the stopword set and
 * the stem function, not by an options object, so the cleaner (whose context holds the same two)
 * shares the records.
 */
const wordTables = new WeakMap<ReadonlySet<string>, WeakMap<TokenizerOptions['stem'], WordTable>>();

interface WordTable {
  ofSurface: (surface: string) => Word;
  ofRange: (text: string, start: number, end: number) => Word;
}

function wordTable(options: TokenizerOptions): WordTable {
  let byStem = wordTables.get(options.stopwords);
  if (!byStem) wordTables.set(options.stopwords, (byStem = new WeakMap()));
  let table = byStem.get(options.stem);
  if (!table) {
    const cache = new WordCache<Word>();
    const record = (surface: string): Word => wordRecord(surface, options);
    table = { ofSurface: (surface) => cache.get(surface, record), ofRange: (text, start, end) => cache.getRange(text, start, end, record) };
    byStem.set(options.stem, table);
  }
  return table;
}

/** The shared record of a surface (see wordTables), for these tokenizer options. */
export function wordLookup(options: TokenizerOptions): (surface: string) => Word {
  return wordTable(options).ofSurface;
}

/** wordLookup for the word text[start, end), which it cuts out only when it is not cached. */
export function wordRangeLookup(options: TokenizerOptions): (text: string, start: number, end: number) => Word {
  return wordTable(options).ofRange;
}

/**
 * A possessive `'s` cut off (apostrophes already straightened). Porter expects words without the
 * clitic (stem("russia's") is "russia'"), so "Russia's" and "Russia" were two terms in terms.csv
 * and corpus_terms.csv, splitting a name's count in two.
 */
const withoutPossessive = (word: string): string => (word.length > 2 && word.endsWith("'s") ? word.slice(0, -2) : word);

const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/;
/** Longest word joinsStopwords reads: the segmenter's inflections are a few characters. */
const LONGEST_JOINED = 12;

/**
 * Whether a word of hiragana only is a run of stopwords ("した" = "し" + "た", "すると", "ことに"):
 * Japanese inflections and auxiliaries, which the Japanese list (Slothlib's, in `stopword`) has one
 * by one and Intl.Segmenter gives joined ("承認した": "した" was the ja fixture's top term). Not every
 * word of hiragana only: content words and names are written so too ("りんご", "さいたま", "みずほ",
 * "ふるさと"), and none of those is a run of the list's words (docs/design.md, Stopwords). A list without
 * kana (every other language's) makes this false.
 */
function joinsStopwords(word: string, stopwords: ReadonlySet<string>): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x3041 || first > 0x309f || word.length > LONGEST_JOINED || !HIRAGANA_ONLY.test(word)) return false;
  // runs[i]: word[0, i) is a run of stopwords.
  const runs = [true];
  for (let end = 1; end <= word.length; end++) {
    runs[end] = false;
    for (let start = 0; start < end && !runs[end]; start++) runs[end] = runs[start]! && stopwords.has(word.slice(start, end));
  }
  return runs[word.length]!;
}

function wordRecord(surface: string, { stopwords, stem }: TokenizerOptions): Word {
  const lower = surface.toLowerCase();
  const straightApostrophes = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  // Every field, in copyOfWord's order: records and their readings share one hidden class (see there).
  return {
    surface,
    lower,
    stem: stem(withoutPossessive(straightApostrophes)),
    // Only an elided article or preposition split off its word ends with an apostrophe (WORD never
    // does): a function word, though the stopword lists have it without its apostrophe or not at all.
    isStopword: stopwords.has(lower) || stopwords.has(straightApostrophes) || straightApostrophes.endsWith("'") || joinsStopwords(lower, stopwords),
    modal: undefined,
    isWord: HAS_LETTER.test(surface) && !isInstrumentCode(surface),
    tag: undefined,
    sentiment: undefined,
    stopwordLists: undefined,
  };
}

/**
 * A copy of a record with its fields in wordRecord's order, so that the records and their readings
 * (readingOf) share one hidden class. A reading spread from its record (`{ ...word }`) had another
 * one; met only after the warm-up (an acronym, "may" the modal), it threw away the optimised code
 * of every function inlining a read of a word (isCapitalised, tagWords, countTerms, ...) in each
 * thread, and compiling that again is CPU that does not shrink with the corpus (docs/scale.md, session 24).
 */
function copyOfWord(word: Word): Word {
  return {
    surface: word.surface, lower: word.lower, stem: word.stem, isStopword: word.isStopword, modal: word.modal, isWord: word.isWord,
    tag: word.tag, sentiment: word.sentiment, stopwordLists: word.stopwordLists,
  };
}

/** Word tokens of one sentence. */
export function tokenizeWords(text: string, options: TokenizerOptions): Token[] {
  const wordAt = wordRangeLookup(options);
  return sentenceTokens(tokensIn(text, 0, text.length, wordAt, null, options.elisions), options, wordAt, asksQuestion(text, 0, text.length));
}

/** A sentence's tokens as found, split where the script has no spaces, then read in place (acronyms, modals). `asks`: the sentence ends with a question mark. */
function sentenceTokens(found: Token[], options: TokenizerOptions, wordAt: WordTable['ofRange'], asks: boolean): Token[] {
  return markModals(markAcronyms(options.segmenter ? segmentedTokens(found, options.segmenter, wordAt) : found, asks), options.modals);
}

const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;
const HAS_LOWERCASE = /\p{Ll}/u;
// Capitals for emphasis, not acronyms: "did NOT", "NO deal", "NOT ALL bad".
const EMPHASIS = new Set(['not', 'no', 'nor', 'never']);
// Words that open no statement, so in capitals there they are an acronym: object pronouns ("US
// condemns Syria crackdown"), and "who", which opens a sentence only to ask (as a relative pronoun
// it follows its noun): "WHO warns of…" is the agency, "WHO knows?" the pronoun. A tabloid's lead-in
// in capitals ("THE boss said", "IT was a night…") opens a statement with the word itself.
const OBJECT_PRONOUNS = new Set(['us', 'me', 'him', 'them', 'whom']);
const ASKING_ONLY = 'who';
/** Longest run of words in capitals read as acronyms side by side ("US IT", "US EPA"): a longer one is a title or shouting. */
const LONGEST_ACRONYM_RUN = 3;

/**
 * A word's record as read where it stands (an acronym, a modal verb): a copy of the shared surface
 * record with `change`, made once per record, since records are shared per surface and the
 * reading is per occurrence.
 */
function readingOf(readings: WeakMap<Word, Word>, word: Word, change: Partial<Word>): Word {
  let reading = readings.get(word);
  if (!reading) readings.set(word, (reading = Object.assign(copyOfWord(word), change)));
  return reading;
}

/** Stopwords read as acronyms where they stand (markAcronyms). */
const acronymReadings = new WeakMap<Word, Word>();
// The tag was read off the stopword record (analyze/pos.ts), so it is read again.
const AS_ACRONYM: Partial<Word> = { isStopword: false, tag: undefined };

const isAsciiLowercase = (code: number): boolean => code >= 0x61 && code <= 0x7a;
/**
 * Whether the text has a lowercase letter. Most words have one of a-z first or second, told by
 * char codes: the regex on every token was about a third of markAcronyms (docs/scale.md, session 25).
 */
const hasLowercase = (text: string): boolean => isAsciiLowercase(text.charCodeAt(0)) || isAsciiLowercase(text.charCodeAt(1)) || HAS_LOWERCASE.test(text);
/** Whether the token is a word of 2+ characters with no lowercase letter. */
const inCapitals = (token: Token): boolean => token.word.isWord && token.word.surface.length > 1 && !hasLowercase(token.word.surface);
/** Whether the token is a word with a lowercase letter, `joined` to the run of capitals beside it (no break between): running text goes on through the run. */
const lowercaseBeside = (token: Token | undefined, joined: boolean): boolean => joined && token !== undefined && hasLowercase(token.word.surface);

/**
 * The sentence's tokens with each stopword written in capitals only (2+ letters) marked no stopword
 * where it reads as an acronym ("WHO", "IT", "US"), which the lowercase lists took for the pronoun,
 * so "The WHO said" lost "WHO" from terms and keyphrases. Read by runs of words in capitals with no
 * break between them: a lone one inside the sentence is an acronym ("The WHO said", "told the WHO.")
 * unless the sentence is all in capitals, wire copy or a headline, where case tells nothing ("SHE, TOO, WAS HURT");
 * two or three side by side are when running text goes on through them ("shares of US IT firms
 * fell", "the US EPA test"), and not otherwise: a headline, heading or shouted end ("WHO IS TO
 * BLAME", "he said IT IS OVER."). Opening the sentence, a run is a lead-in ("CONSIDER THE following
 * case" made "CONSIDER THE" a DUC keyphrase candidate, "THE war in…") unless its first word opens no
 * statement (OBJECT_PRONOUNS, or "who" in a sentence that asks nothing: `asks`), alone or with
 * running text after the run ("US IT firms hired"), or it is a pronoun alone before a noun of
 * running text ("IT firms hired", where "IT was" is the pronoun: pronounBeforeNoun). A negation for emphasis is none, nor is its run
 * ("NOT ALL bad"). Per occurrence: records are shared per surface, and the cleaner reads the lists, not this.
 */
function markAcronyms(tokens: Token[], asks: boolean): Token[] {
  let lowercase: boolean | undefined;
  const inRunningText = (): boolean => (lowercase ??= tokens.some((token) => hasLowercase(token.word.surface)));
  for (let start = 0; start < tokens.length; ) {
    if (!inCapitals(tokens[start]!)) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < tokens.length && !tokens[end]!.breakBefore && inCapitals(tokens[end]!)) end++;
    if (readsAsAcronyms(tokens, start, end, asks, inRunningText)) {
      for (let i = start; i < end; i++) {
        const { word } = tokens[i]!;
        if (word.isStopword && CAPITALS_ONLY.test(word.surface)) tokens[i]!.word = readingOf(acronymReadings, word, AS_ACRONYM);
      }
    }
    start = end;
  }
  return tokens;
}

/**
 * Whether the run tokens[start, end) of words in capitals reads as acronyms (markAcronyms).
 * `inRunningText`: the sentence has a word with a lowercase letter, without which capitals tell nothing.
 */
function readsAsAcronyms(tokens: Token[], start: number, end: number, asks: boolean, inRunningText: () => boolean): boolean {
  if (end - start > LONGEST_ACRONYM_RUN) return false;
  for (let i = start; i < end; i++) if (EMPHASIS.has(tokens[i]!.word.lower)) return false;
  const next = tokens[end];
  const textAfter = lowercaseBeside(next, next !== undefined && !next.breakBefore);
  if (start === 0) {
    const first = tokens[0]!.word.lower;
    const opensNoStatement = OBJECT_PRONOUNS.has(first) || (first === ASKING_ONLY && !asks);
    return (opensNoStatement && (end === 1 || textAfter)) || (end === 1 && textAfter && pronounBeforeNoun(tokens));
  }
  return end - start === 1 ? inRunningText() : lowercaseBeside(tokens[start - 1], !tokens[start]!.breakBefore) && textAfter;
}

// Personal pronouns whose present verb takes -s ("IT works"); the others take the base form ("WE work").
const THIRD_PERSON_SINGULAR = new Set(['it', 'he', 'she']);
// Words that open a clause of its own, whose verb is not the subject's ("IT costs more than it earns").
const CLAUSE_OPENERS = new Set('that which who whom whose because if when while although though than as since unless whether where until'.split(' '));
// Most frequent tags of a verb heading a clause: finite, or a past participle ("IT firms hired").
const CLAUSE_VERB_TAGS = new Set(['VBD', 'VBN', 'VBP', 'VBZ', 'MD']);

/**
 * Whether tokens[0], lowercase a personal pronoun, is followed by a noun of running text and so is
 * an acronym: a pronoun opening a statement is its subject, followed by its verb or an adverb ("IT
 * was", "IT also has"), never by a noun, which follows an acronym ("IT firms", "IT spending"). A plural
 * noun that is also the pronoun's verb ("IT works", "IT costs a lot": the lexicon lists both as nouns
 * first) is the noun only when a verb follows in the clause, which the subject "IT costs" needs ("IT
 * costs rose"). The lexicon's most frequent tags, and all its tags for the agreement.
 */
function pronounBeforeNoun(tokens: readonly Token[]): boolean {
  const lexicon = englishLexicon();
  const pronoun = tokens[0]!.word.lower;
  const next = tokens[1]!.word.lower;
  if (lexicon.get(pronoun) !== 'PRP' || lexicon.get(next)?.startsWith('NN') !== true) return false;
  return !lexicon.tags(next).includes(THIRD_PERSON_SINGULAR.has(pronoun) ? 'VBZ' : 'VBP') || verbInClause(tokens, 2);
}

/** Whether a word from tokens[from] on, before a break or a word opening another clause, is mostly a verb heading a clause. */
function verbInClause(tokens: readonly Token[], from: number): boolean {
  const lexicon = englishLexicon();
  for (let i = from; i < tokens.length && !tokens[i]!.breakBefore && !CLAUSE_OPENERS.has(tokens[i]!.word.lower); i++) {
    if (CLAUSE_VERB_TAGS.has(lexicon.get(tokens[i]!.word.lower) ?? '')) return true;
  }
  return false;
}

/** Whether the sentence text[from, to) ends with a question mark (before closing quotes or brackets). */
function asksQuestion(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && (isSpace(text.charCodeAt(end - 1)) || CLOSING_QUOTES.includes(text[end - 1]!))) end--;
  const last = text[end - 1];
  return last === '?' || last === '？';
}

// A day of the month ("5", "25th") or a year ("2006") beside the word: "May 25", "May 2005" are the month.
const DAY_OR_YEAR = /^(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:1[89]|2[01])\d\d)$/;
const isDayOrYear = (token: Token | undefined): boolean => token !== undefined && DAY_OR_YEAR.test(token.word.surface);

/** Words read as a modal verb where they stand (markModals). */
const modalReadings = new WeakMap<Word, Word>();
// A tag read off the shared record ("May": a name) is read again, as the modal (analyze/pos.ts).
const AS_MODAL: Partial<Word> = { modal: true, tag: undefined };

/**
 * The sentence's tokens with each of `modals` that reads as the modal verb marked (Word.modal), which
 * no term starts or ends with, as with a stopword: "may" was a top term of the 1k bench corpus (398 uses in 247 articles),
 * counted with the month under one key. The month or name is written with a capital inside the
 * sentence ("in May", "Theresa May") or stands before a day or year ("may 25", "MAY 2005"); a
 * capital opening the sentence ("May we…") or a headline in capitals ("STOCKS MAY FALL") is the
 * modal unless a day or year is beside it. In a Title Case headline the capital tells nothing:
 * there what follows does (titleCaseModal: "Stocks May Fall").
 */
function markModals(tokens: Token[], modals: ReadonlySet<string> | undefined): Token[] {
  if (!modals) return tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const { surface, lower, isStopword } = token.word;
    if (isStopword || !modals.has(lower) || isDayOrYear(tokens[i + 1])) continue;
    const capitals = surface !== lower && surface === surface.toUpperCase();
    const name = surface !== lower && (capitals ? isDayOrYear(tokens[i - 1]) : i > 0 && !titleCaseModal(tokens, i));
    if (!name) token.word = readingOf(modalReadings, token.word, AS_MODAL);
  }
  return tokens;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
// Tags of the words a modal never follows: a determiner, possessive, preposition or "to" ("the May
// Bank Holiday", "in May", "to May").
const BEFORE_NO_MODAL = new Set(['DT', 'PRP$', 'WP$', 'IN', 'TO']);

/**
 * Whether the modal-or-month tokens[i], written with a capital inside the sentence, is the modal of
 * a Title Case headline ("Stocks May Fall", "Oil Prices May Rise Again"): the next word, in Title
 * Case with no break before it, can be a verb's base form (isBaseForm), and the word before is no
 * determiner or preposition ("the May Bank Holiday"). A day or year after it was ruled out before (markModals).
 */
function titleCaseModal(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.breakBefore || !TITLE_CASE.test(next.word.surface) || !isBaseForm(next.word.lower)) return false;
  const before = englishLexicon().get(tokens[i - 1]!.word.lower);
  return before === undefined || !BEFORE_NO_MODAL.has(before);
}

/**
 * Whether the lowercase word can be a verb's base form: the lexicon has it as VB, and not mostly as
 * a past form ("said", "got", "found" carry a stray VB reading: "Theresa May Said No"), unless it is
 * a present tense too, as the form itself (VBP) and as its third person ("hits"): "hit", "cut", "lay"
 * (the lexicon lists "hit" as VBD first). "Got" is a VBP without a third person, "found" the reverse
 * ("to found" is too rare a present).
 */
function isBaseForm(lower: string): boolean {
  const lexicon = englishLexicon();
  const tags = lexicon.tags(lower);
  return tags.includes('VB') && (tags[0] !== 'VBD' || (tags.includes('VBP') && lexicon.tags(thirdPersonOf(lower)).includes('VBZ')));
}

/** The third person singular of a verb's base form, by the spelling rules ("hits", "pushes", "tries"). */
function thirdPersonOf(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  return /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
}

/** Whether the text has a letter of a script without spaces between words (word-chars.ts unspacedScriptOf). */
function hasUnspacedLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (unspacedScriptOf(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The tokens with each one holding letters of a script without spaces between words replaced by
 * the words the segmenter finds in it ("中国经济增长放缓" was one token, now 中国 · 经济 · 增长 · 放缓),
 * with no break between them: n-grams run across them as across spaced words. Between two such
 * tokens stands punctuation or a space, and a space in such text ends a clause (Thai writes no full
 * stops), so it breaks n-grams as punctuation does. Only texts of such a language come here (their
 * tokenizer has a segmenter), so spaced text costs nothing.
 */
function segmentedTokens(tokens: Token[], segmenter: Intl.Segmenter, wordAt: WordTable['ofRange']): Token[] {
  const words: Token[] = [];
  let afterUnspaced = false;
  for (const token of tokens) {
    const { surface } = token.word;
    if (!hasUnspacedLetter(surface)) {
      words.push(token);
      afterUnspaced = false;
      continue;
    }
    let breakBefore = token.breakBefore || (afterUnspaced && words.length > 0);
    for (const { segment, index, isWordLike } of segmenter.segment(surface)) {
      if (!isWordLike) continue;
      words.push({ word: wordAt(surface, index, index + segment.length), breakBefore });
      breakBefore = false;
    }
    afterUnspaced = true;
  }
  return words;
}

/**
 * Word tokens of text[from, to), a sentence of the paragraph `text` (tokenizeWords of the
 * sentence: words do not run over the white space around it). `known`: the words the cleaner
 * found in the paragraph, whose records are taken instead of looked up again. `elisions`: the
 * elided words split off the words they open (elisionEnd).
 */
function tokensIn(text: string, from: number, to: number, wordAt: WordTable['ofRange'], known: KnownWords | null, elisions: ReadonlySet<string> | undefined): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  // The first token after the last white space: where a web or e-mail address would have started.
  let spaced = 0;
  for (let start = from; start < to; ) {
    if (known) {
      start = known.nextCandidate(start, to);
      if (start >= to) break;
    }
    const end = known?.sameWordEnd(text, start) ?? wordEnd(text, start);
    if (end < 0) {
      start += codeUnits(classAt(text, start));
      continue;
    }
    if (start === from || isSpace(text.charCodeAt(start - 1))) spaced = tokens.length;
    const address = addressEnd(text, start, end, to);
    if (address > 0) {
      // Its words so far go too; what follows it is cut off from what came before, as by punctuation.
      tokens.length = spaced;
      start = address;
      continue;
    }
    const elided = elisions ? elisionEnd(text, start, end, elisions) : -1;
    if (elided > 0) {
      // The elided word with its apostrophe, then the word it opens, as the next token with no break before it.
      tokens.push({ word: wordAt(text, start, elided), breakBefore: tokens.length > 0 && hasNonSpace(text, previousEnd, start) });
      previousEnd = start = elided;
      continue;
    }
    // An instrument code is one token: ".DJI" takes its dot, "VOD.L" and "EUR=EBS" what follows the word.
    const first = isIndexCode(text, from, start, end) ? start - 1 : start;
    const last = first === start ? codeEnd(text, from, start, end, to) : end;
    const word = known?.recordOf(first, last) ?? wordAt(text, first, last);
    tokens.push({ word, breakBefore: tokens.length > 0 && hasNonSpace(text, previousEnd, first) });
    previousEnd = start = last;
  }
  return tokens;
}

/** The longest elided word (language.ts ELISIONS: "quoiqu", "lorsqu", "puisqu"). */
const LONGEST_ELISION = 6;

/**
 * Where the elided word that opens the word text[start, end) ends, after its apostrophe
 * ("L'|opposition", "dell’|Unione"), or -1 when the word opens with none of `elisions` or is
 * nothing but it.
 */
function elisionEnd(text: string, start: number, end: number, elisions: ReadonlySet<string>): number {
  for (let i = start + 1; i < end - 1 && i - start <= LONGEST_ELISION; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x27 || code === 0x2019) return elisions.has(text.slice(start, i).toLowerCase()) ? i + 1 : -1;
  }
  return -1;
}

/**
 * Where the instrument code that the word text[start, end) of the sentence text[from, to) begins ends
 * ("VOD.L", "EUR=", "US10YT=RR"), or `end` when it begins none. Cheap tests first: this runs at every word.
 */
function codeEnd(text: string, from: number, start: number, end: number, to: number): number {
  const after = text.charCodeAt(end);
  if (after !== 0x2e && after !== 0x3d) return end;
  let stop = end + 1;
  while (stop < to && isCodeCharacter(text.charCodeAt(stop))) stop++;
  if (stop === end + 1 && after === 0x2e) return end;
  // The code ends where a word would: "VOD.Later" is no code.
  if (stop < to && (classAt(text, stop) & (LETTER | MARK | NUMBER)) !== 0) return end;
  if (opensSentence(text, from, start, stop, to)) return end;
  return isInstrumentCode(text.slice(start, stop)) ? stop : end;
}

/**
 * Whether the code-shaped text[start, stop) is an acronym, a full stop that lost its space and the
 * word "I" or "A" opening the next sentence ("the EU.I think", "with NATO.A new plan"): the suffix is
 * "I" or "A" before a lowercase word or an apostrophe ("I'm"), and a lowercase word stands right
 * before the acronym. A ticker of those exchanges (Irish, American) follows its company's name or a
 * bracket ("Corp USM.A both said", "(CRH.I)"): in the first 20,000 bench articles 22 of the 24 such
 * codes before a lowercase word, where "trust SLV.A is" and "fund XLF.A down" are read as words.
 */
function opensSentence(text: string, sentenceStart: number, start: number, stop: number, to: number): boolean {
  const letter = text.charCodeAt(stop - 1);
  if (text.charCodeAt(stop - 2) !== 0x2e || (letter !== 0x49 && letter !== 0x41)) return false;
  const after = text.charCodeAt(stop);
  const sentenceGoesOn = after === 0x27 || after === 0x2019 || (stop + 1 < to && isSpace(after) && STARTS_LOWERCASE.test(text.slice(stop + 1, stop + 3)));
  return sentenceGoesOn && ENDS_WITH_LOWERCASE_WORD.test(text.slice(Math.max(sentenceStart, start - 40), start));
}
const STARTS_LOWERCASE = /^\p{Ll}/u;
/** Text ending with a word that starts in lowercase, then white space ("… trade with "). */
const ENDS_WITH_LOWERCASE_WORD = /(?:^|[^\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}'’-]*\s+$/u;

/** Whether the word text[start, end) is an index code after its dot, which opens the sentence or follows a space or bracket (" .DJI", "(.SPX"). */
function isIndexCode(text: string, from: number, start: number, end: number): boolean {
  if (start - 1 < from || text.charCodeAt(start - 1) !== 0x2e) return false;
  const before = text.charCodeAt(start - 2);
  if (start - 1 > from && !isSpace(before) && before !== 0x28) return false;
  return isInstrumentCode(text.slice(start - 1, end));
}

const isSchemeWord = (text: string, start: number, end: number): boolean => {
  const word = text.slice(start, end).toLowerCase();
  return word === 'http' || word === 'https' || word === 'ftp';
};

/**
 * Where the web or e-mail address that the word text[start, end) belongs to ends (the next white
 * space), or -1: the word is a scheme before "://", a "www.", a site name before a path
 * ("example.com/", see NAME_ENDINGS) or the part of an address before "@" with a dotted domain
 * after it. Addresses are no words: "https", "www", "com" and the parts of a domain or a mailbox
 * had been counted, listed as terms and scored ("example.com/great-news").
 */
function addressEnd(text: string, start: number, end: number, to: number): number {
  // Cheap tests first: this runs at every word, and most are followed by a space, "," or a full stop.
  const after = text.charCodeAt(end);
  if (after === 0x3a) {
    if (text.charCodeAt(end + 1) !== 0x2f || text.charCodeAt(end + 2) !== 0x2f || !isSchemeWord(text, start, end)) return -1;
  } else if (after === 0x2e) {
    if (end - start !== 3 || end + 1 >= to || isSpace(text.charCodeAt(end + 1)) || text.slice(start, end).toLowerCase() !== 'www') return -1;
  } else if (after === 0x2f) {
    // A site name with a path ("example.com/news"): the name took its ending (wordEnd).
    const dot = text.lastIndexOf('.', end - 1);
    const ending = end - dot - 1;
    if (dot <= start || ending === 0 || nameEndingAt(text, dot + 1) !== ending) return -1;
  } else if (after !== 0x40 || end + 1 >= to || (classAt(text, end + 1) & (LETTER | NUMBER)) === 0) return -1;
  let stop = end;
  while (stop < to && !isSpace(text.charCodeAt(stop))) stop++;
  // A mailbox needs a dotted domain ("a@b" is no address).
  if (after === 0x40) {
    const dot = text.indexOf('.', end + 2);
    if (dot < 0 || dot + 1 >= stop) return -1;
  }
  return stop;
}

/**
 * A paragraph's words as the cleaner found them (text/line-words.ts wordsAt), walked along by the
 * tokenizer. The cleaner's rule for a word is not the tokenizer's ("U.S." is two words to it,
 * "rock--roll" one), but both start a word at every letter or number they reach, so the places
 * between the cleaner's words hold none and are skipped, and a word the tokenizer ends where the
 * cleaner's does is the same word, whose record it takes.
 */
class KnownWords {
  /** The first of the cleaner's words that starts at or after the tokenizer's place. */
  private next = 0;
  /** The end of the cleaner's words that start before that place. */
  private covered = 0;
  /** The first of line.joined not below `next`. */
  private nextJoined = 0;

  constructor(private readonly line: PlacedWords) {}

  /** The first place from `at` (up to `to`) where a token may start. */
  nextCandidate(at: number, to: number): number {
    const { spans, scanned } = this.line;
    while (2 * this.next < spans.length && spans[2 * this.next]! < at) {
      this.covered = Math.max(this.covered, spans[2 * this.next + 1]!);
      this.next++;
    }
    // Inside a word of the cleaner's that the tokenizer splits, or past what the cleaner read.
    if (at < this.covered || at >= scanned) return at;
    return Math.min(2 * this.next < spans.length ? spans[2 * this.next]! : scanned, to);
  }

  /**
   * Where the token at `start` ends when it is the cleaner's word there, known without wordEnd's
   * scan (wordEnd's answer otherwise). Without an apostrophe or hyphen, the cleaner's word is
   * letters, marks and numbers up to a character that is none of these nor a joiner, where the
   * tokenizer's word ends too, unless that character is a dot or comma, which can join numbers
   * or a name ending or end an acronym's letter ("3.5", "Amazon.com", "U.S."), or the cleaner stopped reading the line there.
   */
  sameWordEnd(text: string, start: number): number {
    const { spans, joined, scanned } = this.line;
    const k = this.next;
    if (2 * k >= spans.length || spans[2 * k] !== start) return wordEnd(text, start);
    while (this.nextJoined < joined.length && joined[this.nextJoined]! < k) this.nextJoined++;
    const end = spans[2 * k + 1]!;
    const after = text.charCodeAt(end);
    if (joined[this.nextJoined] === k || after === 0x2e || after === 0x2c || (end === scanned && end < text.length)) return wordEnd(text, start);
    return end;
  }

  /** The record of the token text[start, end) when the cleaner found that word there. */
  recordOf(start: number, end: number): Word | undefined {
    const { spans, words } = this.line;
    const k = this.next;
    return 2 * k < spans.length && spans[2 * k] === start && spans[2 * k + 1] === end ? words[k] : undefined;
  }
}

/**
 * Where the match of WORD that starts at text[start] ends (-1: none starts there), found by char
 * codes: WORD.exec's match arrays and cut-out words cost about a third of the tokenizer, and the
 * word is looked up where it stands (property-tested against the regex).
 */
export function wordEnd(text: string, start: number): number {
  // An acronym: two or more letters each followed by a dot, tried first as in WORD.
  let end = start;
  let letters = 0;
  for (;;) {
    const bits = end < text.length ? classAt(text, end) : 0;
    if ((bits & LETTER) === 0 || text.charCodeAt(end + codeUnits(bits)) !== 0x2e) break;
    end += codeUnits(bits) + 1;
    letters++;
  }
  if (letters >= 2) return end;
  const first = classAt(text, start);
  if ((first & (LETTER | NUMBER)) === 0) return -1;
  end = start + codeUnits(first);
  // The class of the last code point taken.
  let last = first;
  for (;;) {
    while (end < text.length) {
      const bits = classAt(text, end);
      if ((bits & (LETTER | MARK | NUMBER)) === 0) break;
      last = bits;
      end += codeUnits(bits);
    }
    if (end + 1 >= text.length) return end;
    // A joiner: an apostrophe or hyphen, or a dot or comma between two numbers, then a letter or
    // number; or a dot after a letter before a name ending.
    const code = text.charCodeAt(end);
    const next = classAt(text, end + 1);
    const joins =
      code === 0x27 || code === 0x2019 || code === 0x2d
        ? (next & (LETTER | NUMBER)) !== 0
        : code === 0x2c
          ? (last & NUMBER) !== 0 && (next & NUMBER) !== 0
          : code === 0x2e && ((last & NUMBER) !== 0 ? (next & NUMBER) !== 0 : (last & LETTER) !== 0 && nameEndingAt(text, end + 1) > 0);
    if (!joins) return end;
    last = next;
    end += 1 + codeUnits(next);
  }
}

/** The length of the name ending (NAME_ENDINGS) that text[at...] is, with no letter, mark or number after it; 0: none. */
function nameEndingAt(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= LONGEST_ENDING) {
    const code = text.charCodeAt(end);
    if (code < 0x61 || code > 0x7a) break;
    end++;
  }
  if (end === at || !NAME_ENDINGS.has(text.slice(at, end))) return 0;
  return end < text.length && (classAt(text, end) & (LETTER | MARK | NUMBER)) !== 0 ? 0 : end - at;
}

// Quotes and brackets that may close a sentence or open the next, in English and in the European
// languages' styles: German „…“ and »…«, French « … » (a space inside, only there: a Reuters ticker
// "Amazon.com. ( AMZN.O )" is no sentence end), Spanish ¿…? and ¡…!.
// With English quotes only, „Das ist gut.“ Die Opposition… or … baisse. « Nous… ran on as one sentence.
const CLOSING_QUOTES = `"'”’“‘»«›‹)\\]`;
const OPENING_QUOTES = `"'“‘„‚«»‹›(\\[¿¡`;
// A dash (hyphen, en or em dash, doubled or not) opens the next sentence as a quote can: a list
// run into one paragraph ("…Q3 GDP. - Dollar falls…", "…goals. -- Start by…") had been one sentence.
// Before a lowercase word it is an aside that goes on ("Northwest Airlines Corp. -- operating in").
const OPENING_DASH = '[\\-–—]{1,3}\\s*';
const NEXT_WORD = new RegExp(`^(?:${OPENING_DASH})?(?:[${OPENING_QUOTES}]|[«‹]\\s)?([\\p{L}]+)`, 'u');
// Chinese and Japanese end a sentence with a full-width mark (CJK_FULL_STOPS) and no space after
// it, then maybe a closing quote or bracket: "…发布。市长表示…" had been one sentence per paragraph.
const CJK_CLOSING_QUOTES = `」』）〕】”’"')`;
// The lookbehind starts a match only at the first mark of a run ("...."), so a long run is
// scanned once instead of once per mark (which made 1 MB of dots quadratic). After a space the
// next sentence opens with a capital, a digit, or a letter of a script without capitals (\p{Lo}:
// Arabic, Hebrew, Devanagari, Hangul...), where "قوي. وأضافوا" had run on as one sentence.
// matchAll reads a copy, so the shared expression's lastIndex never moves.
// Greek asks with ";" (U+037E, a semicolon after NFC): after a Greek letter it ends a sentence
// before a capital, as "?" does ("Τι θα γίνει; Η κυβέρνηση…" had been one sentence).
// A handle opens a sentence after a full stop whatever its case, as handles are often lowercase
// ("…rose. @reuters reported…" had been one sentence); inside a sentence nothing splits at one.
const SENTENCE_BOUNDARY = new RegExp(
  `(?<![${FULL_STOPS}])[${FULL_STOPS}]+(?:\\s?[»›])?[${CLOSING_QUOTES}]*\\s+(?=(?:${OPENING_DASH})?(?:[${OPENING_QUOTES}]|[«‹]\\s)?[\\p{Lu}\\p{Lo}\\p{N}]|[${OPENING_QUOTES}]?@[\\p{L}\\p{N}_])` +
    `|(?<![${CJK_FULL_STOPS}])[${CJK_FULL_STOPS}]+[${CJK_CLOSING_QUOTES}]*\\s*` +
    `|(?<=\\p{Script=Greek}\\p{M}*);(?:\\s?[»›])?[${CLOSING_QUOTES}]*\\s+(?=(?:[${OPENING_QUOTES}]|[«‹]\\s)?\\p{Lu})`,
  'gu',
);

/**
 * Splits one paragraph into sentences. A boundary is `.`, `!` or `?` (with any closing quotes or
 * brackets) followed by a space and a capital, digit, letter of a script without capitals (after
 * an opening quote or dash, if any) or a handle ("@reuters"), a Greek question mark (`;`) before a capital, or a Chinese or Japanese full stop (`。`, `！`, `？`) with or without a space, unless the word before the
 * dot is an abbreviation (one that can end a sentence, SENTENCE_FINAL_ABBREVIATIONS, does before a
 * stopword), a single initial, or an acronym followed by a word that is no stopword.
 */
export function splitSentences(paragraph: string, stopwords: ReadonlySet<string>): string[] {
  const spans = sentenceSpans(paragraph, stopwords);
  const sentences: string[] = [];
  for (let i = 0; i < spans.length; i += 2) sentences.push(paragraph.slice(spans[i], spans[i + 1]));
  return sentences;
}

/** splitSentences as places in the paragraph: sentence k is paragraph[spans[2k], spans[2k + 1]). */
function sentenceSpans(paragraph: string, stopwords: ReadonlySet<string>): number[] {
  const spans: number[] = [];
  // Trimmed (isSpace is what trim removes) and kept when not empty.
  const add = (from: number, to: number): void => {
    while (from < to && isSpace(paragraph.charCodeAt(from))) from++;
    while (to > from && isSpace(paragraph.charCodeAt(to - 1))) to--;
    if (from < to) spans.push(from, to);
  };
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(paragraph, match.index, end, stopwords)) continue;
    if (closesAside(paragraph, start, match.index, match[0])) continue;
    add(start, end);
    start = end;
  }
  add(start, paragraph.length);
  return spans;
}

/**
 * Whether the boundary `boundary` at text[at] is a "!" or "?" that closes brackets opened inside the
 * sentence text[start...]: an aside's mark or a name's ("Reuters Life!", "Yahoo!"), not the
 * sentence's end. "TOKYO Nov 6 (Reuters Life!) - News Corp.'s…" had made its dateline a sentence
 * of its own, scored for its "!". Brackets that open the sentence hold a sentence ("(He was angry!)").
 */
function closesAside(text: string, start: number, at: number, boundary: string): boolean {
  if (boundary[0] !== '!' && boundary[0] !== '?') return false;
  const closing = /[)\]]/.exec(boundary)?.[0];
  if (!closing) return false;
  const opening = text.lastIndexOf(closing === ')' ? '(' : '[', at);
  if (opening < start || text.lastIndexOf(closing, at) > opening) return false;
  return hasNonSpace(text, start, opening);
}

function endsSentence(text: string, dot: number, next: number, stopwords: ReadonlySet<string>): boolean {
  // The lookbehind lets only the start of the run try to reach the end, instead of every position.
  const before = /(?<![\p{L}\p{N}.])[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, dot - 40), dot))?.[0] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return SENTENCE_FINAL_ABBREVIATIONS.has(word) && startsWithStopword(text, next, stopwords);
  if (NUMBER_ABBREVIATIONS.has(word)) return next >= text.length || (classAt(text, next) & NUMBER) === 0;
  if (CAPITALISED_ABBREVIATIONS.has(word)) return before === word;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "John F. Kennedy"
  // A list item's number opening the paragraph: "1. The hills are steeper than they look" (a
  // listicle's headings) had made "1." a sentence of its own, with a neutral score that diluted the article's.
  if (dot === before.length && /^\d{1,3}$/u.test(before)) return false;
  // A time's "a.m." or "p.m." ends before a capital ("at 7:45 a.m. Middle schools"), unless it
  // opens the time's day or zone ("10 a.m. Tuesday", "9 a.m. ET", "9 a.m. Eastern").
  if ((word === 'a.m' || word === 'p.m') && /\d\s?$/u.test(text.slice(Math.max(0, dot - before.length - 2), dot - before.length))) {
    return !goesOnAfterTime(text, next);
  }
  // an acronym: "U.S. officials" goes on, "in the U.S. The company" ends
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return startsWithStopword(text, next, stopwords);
  return true;
}

const DAYS_AND_ZONES = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'today tomorrow tonight yesterday eastern central mountain pacific local').split(' '),
);

/** Whether the word at text[next] is a day, a month or a time zone ("EST", "GMT", "UTC"), which a time goes on with. */
function goesOnAfterTime(text: string, next: number): boolean {
  const nextWord = NEXT_WORD.exec(text.slice(next, next + 40))?.[1] ?? '';
  return DAYS_AND_ZONES.has(nextWord.toLowerCase()) || isMonthName(nextWord) || /^(?:\p{Lu}{1,3}T|UTC)$/u.test(nextWord);
}

/** Whether the word at text[next] (after an opening quote or bracket) is a stopword. */
function startsWithStopword(text: string, next: number, stopwords: ReadonlySet<string>): boolean {
  const nextWord = NEXT_WORD.exec(text.slice(next, next + 40))?.[1]?.toLowerCase() ?? '';
  return stopwords.has(nextWord);
}

/**
 * One paragraph's lines joined by single spaces. Split-and-trim, not a regex replace of
 * whitespace around newlines: that regex rescans a long run of spaces from every position in it,
 * quadratic on a 1 MB line.
 */
export function unwrapLines(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * Sentences of a cleaned article; paragraphs are the body's blank-line-separated blocks.
 * `bodyWords`: the cleaner's words of each paragraph (cleanWithWords), whose records the tokens
 * take instead of looking their words up again.
 */
export function tokenizeArticle(article: CleanArticle, options: TokenizerOptions, bodyWords?: readonly PlacedWords[]): TokenizedArticle {
  const wordAt = wordRangeLookup(options);
  const sentences: Sentence[] = [];
  const paragraphs = article.body.split(/\n\s*\n/);
  const known = bodyWords?.length === paragraphs.length ? bodyWords : undefined;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const text = unwrapLines(paragraph);
    // The cleaner's places are in the line, which is the paragraph when unwrapping left it as it was.
    const words = known && text === paragraph ? new KnownWords(known[paragraphIndex]!) : null;
    const spans = sentenceSpans(text, options.stopwords);
    for (let i = 0; i < spans.length; i += 2) {
      const found = tokensIn(text, spans[i]!, spans[i + 1]!, wordAt, words, options.elisions);
      const tokens = sentenceTokens(found, options, wordAt, asksQuestion(text, spans[i]!, spans[i + 1]!));
      sentences.push({ index: sentences.length, text: text.slice(spans[i], spans[i + 1]), paragraph: paragraphIndex, tokens });
    }
  });
  return { ...article, sentences };
}
