// The words of a sentence a keyphrase can be made of: its noun runs (adjectives then nouns, names
// with their initials) and its verbs, without dates, quantifiers, months and picture credits.
import { contractionTag, isListedCapitalisedAsCommonNoun, isSuperlative, isTitleCaseLine, type WordClass } from './pos.js';
import type { Token } from '../types.js';

// Words that are nouns or adjectives but never make a phrase a topic: dates and times ("last
// week", "Thursday") and quantifying adjectives ("other", "several"). They end a phrase like a stopword,
// but for a quantifier that is a name's (isQuantifierOfName: "First Amendment", "Last Supper").
const QUANTIFIERS = new Set('first last next other such many several own same few more most much certain various latest'.split(' '));
const NOT_TOPICAL = new Set([
  ...('yesterday today tomorrow tonight day days week weeks weekend month months year years decade decades ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night').split(' '),
  ...QUANTIFIERS,
]);
// Months, dates as the days of NOT_TOPICAL are ("October sales", "November" were top keyphrases
// of the 1k bench corpus), but for a name's (isMonth). Written with a capital only: "a protest march".
// Abbreviated too: a police log's entries each open with "Nov. 3:", and "Nov" was its top keyphrase.
const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
// Abbreviations written inside a name, before more of it ("Wm. Wrigley Jr. Co.", "St. Louis", "Mt.
// Everest"): their dot does not end the name, as a capital initial's does not ("Daryl F. Gates").
// Not titles ("Dr. Jones": the title is no part of the person) nor company words ("Acme Inc. Chairman").
const NAME_ABBREVIATIONS = new Set(['jr', 'sr', 'st', 'mt', 'ft', 'wm', 'chas', 'thos']);
// A picture credit, glued to a caption's name ("Getty Images Stefano Gabbana"), is never part of a
// phrase: the credits that PHOTO_CREDIT in clean/chrome/photo-credits.ts finds without a slash. A bare agency name
// is left: it starts and ends names ("Reuters Media Summit", "Reuters Group Plc", "Thomson Reuters",
// "Michael Bloomberg"), and KPCrowd's gold lists "Reuters" and "Bloomberg".
const CREDIT_WORDS = new Set(['shutterstock', 'istock', 'istockphoto']);
const CREDIT_SECOND_WORDS = new Map([
  ['getty', 'images'],
  ['ap', 'photo'],
  ['afp', 'photo'],
  ['epa', 'photo'],
  ['reuters', 'photo'],
]);

export interface Word {
  surface: string;
  stem: string;
  position: number;
  /**
   * An initial inside a name ("F." of "Daryl F. Gates"): written in the phrase but no word of its
   * key, score or graph. A letter says nothing of the topic, and counted it made every name with
   * an initial outscore the article's other phrases (DUC-2001 F1@10 -0.1); "Daryl Gates" is the same person.
   */
  initial: boolean;
}

/** Content words usable in a candidate: no stopwords, single letters, dates, quantifiers or contractions (whatever the stopwords). */
const isUsable = ({ word }: Token): boolean => !word.isStopword && word.lower.length > 1 && !NOT_TOPICAL.has(word.lower) && contractionTag(word.lower) === undefined;

/** Whether tokens[i] is a month, not part of a name: a capitalised word of a name beside it ("Theresa May", "May Department Stores"; not "In May"). */
function isMonth(tokens: readonly Token[], i: number): boolean {
  const { word } = tokens[i]!;
  if (!MONTHS.has(word.lower) || word.surface === word.lower) return false;
  const before = tokens[i - 1];
  const nameBefore = before !== undefined && !tokens[i]!.breakBefore && startsUpper(before) && isUsable(before);
  return !nameBefore && !continuesName(tokens, i + 1);
}

/**
 * Whether tokens[i] is a quantifier written with a capital inside a sentence of running text before
 * more of a name ("the First Amendment", "the Last Supper"): the capital is the name's. Not a
 * sentence's first word ("Many Americans") nor in a Title Case line, where every word has one.
 */
function isQuantifierOfName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!QUANTIFIERS.has(token.word.lower) || !startsUpper(token) || !tokens.slice(0, i).some((t) => t.word.isWord)) return false;
  return continuesName(tokens, i + 1) && isUsable(tokens[i + 1]!) && !isTitleCaseLine(tokens);
}

/** Verbs of one sentence that are not stopwords ("married", "tossed"; not "is", "said"). */
export function verbs(tokens: readonly Token[], classes: readonly WordClass[], offset: number): Word[] {
  const found: Word[] = [];
  tokens.forEach((token, i) => {
    if (classes[i] === 'verb' && token.word.isWord && isUsable(token)) found.push({ surface: token.word.surface, stem: token.word.stem, position: offset + i, initial: false });
  });
  return found;
}

/**
 * Maximal runs of adjectives followed by nouns (`<JJ>*<NN>+`), inside one punctuation-free stretch,
 * without stopwords, months (isMonth) or superlatives (isSuperlative: "largest oil spill" and "worst oil spill" were
 * candidates apart from "oil spill"); keyphrase-candidates.ts phraseOf says which give phrase candidates. A possessive noun
 * ("Iraq's") ends its run and loses its `'s`. The dot of an initial or a name abbreviation inside a
 * name (afterNameDot, which reads the sentence's `text`; none for a headline) does not end a run
 * and stays in the surface ("Daryl F. Gates").
 */
export function nounRuns(tokens: readonly Token[], classes: readonly WordClass[], offset: number, text: string | null): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let nouns = 0;
  const flush = (): void => {
    // An initial that no more of the name follows is none ("Plan B. The board").
    while (run.at(-1)?.initial) run.pop();
    if (nouns > 0) runs.push(run);
    // A new array only when the run had words: flush is called at every token that ends a run.
    if (run.length > 0) run = [];
    nouns = 0;
  };
  let creditEnd = -1;
  tokens.forEach((token, i) => {
    // A lone capital before a name's dot is an initial, a noun of the name whatever the lexicon says ("A", "I").
    const initial = token.word.lower.length === 1 && afterNameDot(tokens, i + 1, text);
    const wordClass = initial ? 'noun' : classes[i]!;
    const credit = creditLength(tokens, i);
    if (credit > 0) creditEnd = i + credit;
    const usable =
      initial ||
      ((wordClass === 'noun' || (wordClass === 'adjective' && !isSuperlative(tokens, i))) && (isUsable(token) || isQuantifierOfName(tokens, i)) && i >= creditEnd && !isMonth(tokens, i));
    const nameGoesOn = token.breakBefore && run.at(-1)?.position === offset + i - 1 && afterNameDot(tokens, i, text);
    const ends = !usable || (token.breakBefore && !nameGoesOn) || (wordClass === 'adjective' && nouns > 0);
    if (ends) flush();
    if (!usable) return;
    // Only when the run went on: an adjective after the dot ("St. Louis-based") ended it.
    if (nameGoesOn && !ends) run[run.length - 1]!.surface += '.';
    const possessive = isPossessive(token.word.surface);
    // The record's stem is already that of the word without its `'s` (word-records.ts wordRecord).
    const surface = possessive ? token.word.surface.slice(0, -2) : token.word.surface;
    run.push({ surface, stem: token.word.stem, position: offset + i, initial });
    if (wordClass === 'noun' && !initial) nouns++;
    if (possessive) flush();
  });
  flush();
  return runs;
}

/** A capitalised word or one in capitals ("Getty", "AFP"), not a lowercase word that spells the same. */
const startsUpper = (token: Token): boolean => token.word.surface !== token.word.lower && /^\p{Lu}/u.test(token.word.surface);

/** Capitalised token `i` following the one before it without punctuation. */
const continuesName = (tokens: readonly Token[], i: number): boolean => i < tokens.length && !tokens[i]!.breakBefore && startsUpper(tokens[i]!);

/**
 * Whether only the dot of an initial or a name abbreviation (NAME_ABBREVIATIONS) separates the
 * capitalised tokens[i] from the capitalised token before it ("F. Gates", "Jr. Co."). The sentence's
 * text tells that dot from other punctuation ("Plan B, Congress"); a sentence end the tokenizer
 * split off ("Tom Welby Jr. The jury") is none, nor one it kept, where the word after the dot is
 * one the lexicon knows capitalised as a common noun, a sentence's first word ("vitamin C. Researchers found").
 */
function afterNameDot(tokens: readonly Token[], i: number, text: string | null): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (text === null || token === undefined || before === undefined || !token.breakBefore || !startsUpper(token) || !startsUpper(before)) return false;
  // Another initial may follow ("H. G. Wells": the lexicon lists "G" as a noun).
  if (token.word.lower.length > 1 && isListedCapitalisedAsCommonNoun(token.word)) return false;
  const lower = before.word.lower;
  return (lower.length === 1 || NAME_ABBREVIATIONS.has(lower)) && text.includes(`${before.word.surface}. ${token.word.surface}`);
}

/** How many tokens from `i` are a picture credit ("Getty Images", "AP Photo", "Shutterstock"), or 0. */
function creditLength(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  const lower = token.word.lower;
  // The set lookups first: this runs at every token.
  const second = CREDIT_SECOND_WORDS.get(lower);
  if ((second === undefined && !CREDIT_WORDS.has(lower)) || !startsUpper(token)) return 0;
  if (second === undefined) return 1;
  return continuesName(tokens, i + 1) && tokens[i + 1]!.word.lower === second ? 2 : 0;
}

/** Ends with `'s` or `’s` ("Iraq's"): char codes, as this runs on every noun and adjective. */
function isPossessive(surface: string): boolean {
  const apostrophe = surface.charCodeAt(surface.length - 2);
  return surface.charCodeAt(surface.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}
