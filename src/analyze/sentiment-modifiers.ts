// The rules applied to the lexicon words of one sentence (docs/sentiment.md): intensifiers and
// diminishers, capitals, negation, hedges, contrast, news terms, names, reversers, event words and
// verbs of rising and falling. A word's contribution is a function of its valence (wordContribution),
// which is what lets fit/sentiment-fit.ts learn valences through the rules.
import { AN_AMOUNT, DIRECTION_VERBS, NEWS_TERM_AFTER, NEWS_TERM_BEFORE, type VerbForm } from './sentiment-lexicon.js';
import { lengthWeight, type SentimentRules } from './sentiment-rules.js';
import {
  ADDED_WORD, AUXILIARY_WORD, BARRIER_WORD, BE_WORD, CAPITALS, CONTRAST_WORD, DETERMINER_WORD, DIMINISHER_WORD, DIRECTION_WORD, EVENT_WORD, HEDGE_WORD, INITIAL_CAPITAL,
  INTENSIFIER_WORD, LOWERCASE, MODAL_WORD, NEGATOR_WORD, NEWS_TERM_WORD, NOT_WORD, ONLY_WORD, REVERSER_WORD, wordSentiment, type SentimentLexicon,
} from './sentiment-words.js';
import type { Token, ValenceSource, WordSentiment } from '../types.js';

// Capitals are emphasis only against lowercase: a sentence in capitals throughout is a headline style.
const hasLowercase = (words: readonly WordSentiment[]): boolean => words.some((w) => (w.roles & LOWERCASE) !== 0);

// A headline in title case capitalises most words; running text capitalises names.
const isRunningText = (tokens: readonly Token[], words: readonly WordSentiment[]): boolean => {
  let lettered = 0;
  let capitalised = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word.isWord) continue;
    lettered++;
    if (words[i]!.roles & INITIAL_CAPITAL) capitalised++;
  }
  return capitalised * 2 < lettered;
};

const REVERSAL_REACH = 4;

/** Signed change of magnitude from intensifiers and diminishers right before the word. */
function degreeShift(tokens: readonly Token[], words: readonly WordSentiment[], i: number, step: number): number {
  let shift = 0;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const roles = words[j]!.roles;
    if (roles & INTENSIFIER_WORD) shift += step;
    else if (roles & DIMINISHER_WORD) shift -= step;
    else break;
    if (tokens[j]!.breakBefore) break;
  }
  return shift;
}

/**
 * A lexicon word in a sentence and what the rules do to it. Its contribution is a function of its
 * valence (wordContribution), which is what lets fit/sentiment-fit.ts learn valences through the rules.
 */
export interface WordOccurrence {
  /** As written. */
  word: string;
  /** Lowercased: the lexicon entry when `source` is 'lexicon'. */
  key: string;
  valence: number;
  source: ValenceSource;
  /** Magnitude added by intensifiers, diminishers and capitals. */
  shift: number;
  /** Product of the multiplying rules: inflection or embedding guess, sentence length, news term, negation, hedge, event word, contrast. */
  weight: number;
  isEvent: boolean;
  /** A learned word the published lexicons lack: context, not an evaluative word. */
  added: boolean;
}

export function wordContribution(valence: number, shift: number, weight: number, rules: SentimentRules): number {
  const contribution = Math.sign(valence) * Math.max(0, Math.abs(valence) + shift) * weight;
  return contribution > 0 ? contribution * rules.positive : contribution;
}

/** The lexicon words of one sentence, in text order, with the rules applied to each. */
export function wordOccurrences(tokens: readonly Token[], rules: SentimentRules, lexicon: SentimentLexicon): WordOccurrence[] {
  const found: WordOccurrence[] = [];
  const words = tokens.map((token) => wordSentiment(token, lexicon));
  // Computed at the first capitalised sentiment word, if any.
  let runningText: boolean | undefined;
  let lowercase: boolean | undefined;
  // The token each occurrence is, and whether a direction verb has composed it already (rule (m)).
  const foundTokens: number[] = [];
  const directed: boolean[] = [];
  let reversedUntil = -1;
  let negated = false;
  let hedged = false;
  let contrastAt = -1;
  let clauseStart = 0;
  const forLength = lengthWeight(tokens.length, rules);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = words[i]!;
    const roles = word.roles;
    // Negation and hedges reach to the end of the clause: the next punctuation mark or contrast word.
    if (token.breakBefore) {
      negated = hedged = false;
      reversedUntil = -1;
      clauseStart = i;
    }
    if (roles & CONTRAST_WORD) {
      negated = hedged = false;
      reversedUntil = -1;
      contrastAt = found.length;
      clauseStart = i + 1;
      continue;
    }
    if (isNumberSign(tokens, word, i)) continue;
    const negator = (roles & NEGATOR_WORD) !== 0 && !((roles & NOT_WORD) !== 0 && i + 1 < tokens.length && (words[i + 1]!.roles & ONLY_WORD) !== 0);
    if (roles & HEDGE_WORD) hedged = true;
    const entry = word.entry;
    if (entry) {
      let shift = degreeShift(tokens, words, i, rules.degree);
      // A word in capitals that neither lexicon rates is an acronym or a name ("RT", "PBS", "AIDS"), not a shout.
      if (roles & CAPITALS && entry.source !== 'embedding' && !(roles & ADDED_WORD) && (lowercase ??= hasLowercase(words))) shift += rules.emphasis;
      let weight = (entry.source === 'inflection' || entry.source === 'compound' ? rules.inflection : entry.source === 'embedding' ? rules.embedding : 1) * forLength;
      if (roles & NEWS_TERM_WORD || isNewsTermByNeighbour(tokens, words, i)) weight *= rules.newsTerm;
      if (negated) weight *= rules.negation;
      if (hedged) weight *= rules.hedge;
      if (i <= reversedUntil) weight *= rules.reversal;
      if (i > 0 && rules.name !== 1 && roles & INITIAL_CAPITAL && (runningText ??= isRunningText(tokens, words))) weight *= rules.name;
      found.push({ word: token.word.surface, key: word.key, valence: entry.valence, source: entry.source, shift, weight, isEvent: (roles & EVENT_WORD) !== 0, added: (roles & ADDED_WORD) !== 0 });
      foundTokens.push(i);
      directed.push(false);
    }
    if (roles & DIRECTION_WORD && !negated) {
      const verb = DIRECTION_VERBS.get(word.key)!;
      if (isIntransitiveVerb(tokens, words, i, clauseStart, verb.form)) composeDirection(found, foundTokens, directed, words, i, clauseStart, verb.falling, rules);
    }
    if (negator) negated = true;
    if (roles & REVERSER_WORD) reversedUntil = i + REVERSAL_REACH;
  }
  weighBySentence(found, contrastAt, rules);
  return found;
}

/**
 * The rules that weigh a sentence's words by the others: event words (rules.event) and a contrast word at `contrastAt` (the
 * occurrences before it weakened, those after it strengthened; -1: none).
 */
function weighBySentence(found: WordOccurrence[], contrastAt: number, rules: SentimentRules): void {
  // Next to the writer's own evaluative words, an event word is the topic, not the tone. Alone, it
  // is what readers react to ("Bomb kills 12 at a market"), so it keeps its weight. Guessed and learned
  // additions are context, not evaluative words.
  const evaluative = found.some((o) => !o.isEvent && o.valence !== 0 && o.weight !== 0 && o.source !== 'embedding' && !o.added);
  found.forEach((o, i) => {
    if (o.isEvent && evaluative) o.weight *= rules.event;
    if (contrastAt >= 0) o.weight *= i < contrastAt ? 1 - rules.contrast : 1 + rules.contrast;
  });
}

/** A number written as an amount (AN_AMOUNT): with a decimal point or a thousands separator. */
const AMOUNT = /^\d[\d,.]*[,.]\d/;

/**
 * A word that is a news term by its neighbour in its clause: the word after it (NEWS_TERM_BEFORE: "gross
 * domestic product") or the word before it (NEWS_TERM_AFTER: "100 billion won").
 */
function isNewsTermByNeighbour(tokens: readonly Token[], words: readonly WordSentiment[], i: number): boolean {
  const key = words[i]!.key;
  const measured = NEWS_TERM_BEFORE.get(key);
  if (measured !== undefined && i + 1 < tokens.length && !tokens[i + 1]!.breakBefore && measured.has(words[i + 1]!.key)) return true;
  const after = NEWS_TERM_AFTER.get(key);
  if (after === undefined || i === 0 || tokens[i]!.breakBefore) return false;
  return after.has(AMOUNT.test(tokens[i - 1]!.word.surface) ? AN_AMOUNT : words[i - 1]!.key);
}

/**
 * Whether a direction verb (DIRECTION_VERBS) at i is a verb of change without an object (rule (m)): not
 * followed by one in its clause ("dropped the charges") or by an infinitive ("declined to comment", "rose
 * to power"); an -s form not after a determiner ("its declines"); an -ing form only after "be" ("are
 * falling", not "slowing growth"); a base form only after a plural ("deaths fall") or a modal ("could
 * fall"), where it cannot be a noun ("great ease").
 */
function isIntransitiveVerb(tokens: readonly Token[], words: readonly WordSentiment[], i: number, clauseStart: number, form: VerbForm): boolean {
  const inClause = (j: number): boolean => j < tokens.length && !tokens[j]!.breakBefore;
  if (inClause(i + 1)) {
    const next = words[i + 1]!;
    if (next.roles & DETERMINER_WORD) return false;
    if (next.key === 'to' && inClause(i + 2) && tokens[i + 2]!.word.isWord && (words[i + 2]!.roles & DETERMINER_WORD) === 0) return false;
  }
  if (form === 'past') return true;
  const previous = i > clauseStart ? words[i - 1]! : null;
  if (form === 's') return !previous || (previous.roles & DETERMINER_WORD) === 0;
  if (form === 'ing') return previous !== null && (previous.roles & BE_WORD) !== 0;
  return previous !== null && ((previous.roles & MODAL_WORD) !== 0 || looksPlural(previous.key));
}

const looksPlural = (key: string): boolean => key.length > 2 && key.endsWith('s') && !/(?:ss|us|is)$/.test(key);

/**
 * The token a direction verb at i is said of (rule (m)), or -1: the word before it past auxiliaries
 * ("deaths have fallen"), or the word before the first preposition other than "of" within the reach
 * ("deaths in Iraq fell"); none when that is "to" ("expected to fall") or outside the reach.
 */
function subjectHead(words: readonly WordSentiment[], i: number, from: number): number {
  for (let j = from; j < i; j++) if (words[j]!.roles & BARRIER_WORD) return j - 1 >= from ? j - 1 : -1;
  let j = i - 1;
  while (j >= from && words[j]!.roles & AUXILIARY_WORD) j--;
  return j >= from && words[j]!.key !== 'to' ? j : -1;
}

/**
 * A verb of falling or rising takes its tone from its subject (rule (m)): the head found by subjectHead,
 * when it is one of the published lexicons' words (not an embedding guess or a learned addition, which
 * are a name's or a plain noun's context, not the subject's tone). A fall turns its sign ("deaths fell"
 * is good news), a rise keeps it ("unemployment rose"), and the verb's own valence then counts nothing;
 * otherwise the verb counts as before ("stocks fell"). Only the head: a modifier says what kind of
 * thing changed ("debt prices fell"), not whether its change is good.
 */
function composeDirection(
  found: WordOccurrence[], foundTokens: readonly number[], directed: boolean[], words: readonly WordSentiment[],
  i: number, clauseStart: number, falling: boolean, rules: SentimentRules,
): void {
  const head = subjectHead(words, i, Math.max(clauseStart, i - REVERSAL_REACH));
  if (head < 0) return;
  let k = foundTokens.length - 1;
  while (k >= 0 && foundTokens[k]! > head) k--;
  const o = found[k];
  if (!o || foundTokens[k] !== head || directed[k] || o.source === 'embedding' || o.added) return;
  if (wordContribution(o.valence, o.shift, o.weight, rules) === 0) return;
  directed[k] = true;
  if (falling) o.weight *= -1;
  const verb = found.length - 1;
  if (foundTokens[verb] === i) found[verb]!.weight = 0;
}

/**
 * "No." or "No" as the sign of a number ("No. 5 on the list", "No 10 said"): neither the negative
 * word (VADER -1.2) nor a negator. Told by a number right after it, behind a mark ("No. 5") or after
 * a capital "No" ("No 10"); a lowercase "no 10-year bonds" stays a negation.
 */
function isNumberSign(tokens: readonly Token[], word: WordSentiment, i: number): boolean {
  const next = tokens[i + 1];
  if (word.key !== 'no' || !next || next.word.isWord || !isDigit(next.word.surface.charCodeAt(0))) return false;
  return next.breakBefore || tokens[i]!.word.surface === 'No';
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
