// Stopwords written in capitals read as acronyms where they stand ("The WHO said", "US IT firms").
import type { Token, Word } from '../types.js';
import { englishLexicon } from './pos-lexicon.js';
import { readingOf } from './word-records.js';

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

/** Stopwords read as acronyms where they stand (markAcronyms). */
const acronymReadings = new WeakMap<Word, Word>();
// The tag was read off the stopword record (analyze/pos.ts), so it is read again.
const AS_ACRONYM: Partial<Word> = { isStopword: false, tag: undefined };

const isAsciiLowercase = (code: number): boolean => code >= 0x61 && code <= 0x7a;
/**
 * Whether the text has a lowercase letter. Most words have one of a-z first or second, told by
 * char codes: the regex on every token costs about a third of markAcronyms.
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
export function markAcronyms(tokens: Token[], asks: boolean): Token[] {
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
