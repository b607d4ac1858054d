// One sentence's score: its words' contributions (sentiment-modifiers.ts), its "!" and the context
// valences of its words, squashed to -1..1 by VADER's normalisation. Every contribution is kept in the
// drivers, so they add up to the raw score the sentence score comes from: a sentiment word as its own
// driver, the topic's tone (weak guesses and learned additions, context valences) pooled as
// OTHER_WORDS. A wire story's credit line is not read.
import { isHeadlineForm } from './sentiment-headline.js';
import { wordContribution, wordOccurrences, type WordOccurrence } from './sentiment-modifiers.js';
import { DEFAULT_RULES, LENGTH_REFERENCE, labelFor, lengthWeight, normalise, type SentimentRules, type SentimentThresholds } from './sentiment-rules.js';
import { DEFAULT_LEXICON, wordSentiment, type SentimentLexicon } from './sentiment-words.js';
import { WIRE_CREDIT_ROLES } from '../text/wire-credit.js';
import type { Sentence, SentenceSentiment, SentimentDriver, Token } from '../types.js';

const MAX_EXCLAMATIONS = 4;
const EXCLAMATION_SHARE = 0.4;

/**
 * The valence (VADER's -4..4) from which a word with an inferred valence is named as a driver: an
 * embedding guess, a learned addition (a word VADER and AFINN lack), another inflection's or a compound
 * part's. Under it the word is the topic's tone, pooled as OTHER_WORDS: the guesses of "will" (+0.34),
 * "new" (+0.28) and "economy" (-0.13), the learned "percent" (+0.05) and "years" (by "year", -0.07) had
 * been most of the drivers of news sentences and read as if "will" made them positive. Half a point of
 * VADER's scale, where its raters' mean still calls a word neutral; an inferred valence reaching it is a
 * sentiment word the lexicons lack ("delays" -0.95, "partnership" +0.62). The words still count in the score.
 */
export const MIN_NAMED_VALENCE = 0.5;

/** A word of VADER or AFINN (as the fit corrected it) is a sentiment word; an inferred valence is one only from MIN_NAMED_VALENCE. */
const isNamed = (o: WordOccurrence): boolean => (o.source === 'lexicon' && !o.added) || Math.abs(o.valence) >= MIN_NAMED_VALENCE;

/** The word contributions of one sentence: their sum, the sentiment words' drivers in text order, and the sum of the rest. */
function wordContributions(tokens: readonly Token[], rules: SentimentRules, lexicon: SentimentLexicon): { raw: number; drivers: SentimentDriver[]; pooled: number } {
  const drivers: SentimentDriver[] = [];
  let raw = 0;
  let pooled = 0;
  for (const o of wordOccurrences(tokens, rules, lexicon)) {
    const contribution = wordContribution(o.valence, o.shift, o.weight, rules);
    if (contribution === 0) continue;
    raw += contribution;
    if (isNamed(o)) drivers.push({ word: o.word, contribution });
    else pooled += contribution;
  }
  return { raw, drivers, pooled };
}

/** "!" outside brackets: one inside them belongs to a name or an aside ("(Reuters Life!)", "Yahoo!" in a ticker's brackets), not to the sentence. */
function exclamationMarks(text: string): number {
  let depth = 0;
  let marks = 0;
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (char === '!' && depth === 0) marks++;
  }
  return marks;
}

/** "!" strengthens whatever the sentence already says; it is a driver of its own. */
export function exclamation(text: string, raw: number, rules: SentimentRules): SentimentDriver | null {
  if (raw === 0 || rules.emphasis === 0 || !text.includes('!')) return null;
  const marks = Math.min(MAX_EXCLAMATIONS, exclamationMarks(text));
  if (marks === 0) return null;
  return { word: '!', contribution: Math.sign(raw) * marks * EXCLAMATION_SHARE * rules.emphasis };
}

/** Inverse of `normalise`, for |score| < 1. */
const denormalise = (score: number, alpha: number): number => (score * Math.sqrt(alpha)) / Math.sqrt(1 - score * score);

/** Context valences of the tokens of the sentence being scored (reused: this runs on every sentence). */
let contextValences = new Float64Array(256);

/** The driver that pools what no sentiment word of the sentence gives: the topic's tone (weak guesses, learned additions, context shares). */
export const OTHER_WORDS = '(other words)';

/** Scores stay short of +-1 so that the raw score they come from is finite. */
const MAX_SCORE = 0.99;

/**
 * Context valences: the sentence score moves by the mean context valence of its content words. That
 * move is expressed on the raw scale and shared among the words by their context valences, so the
 * drivers still add up to the raw score the sentence score comes from. A word that is also a named
 * driver gets its share added to that driver; the others' shares are the topic's, returned as `pooled`.
 */
function addContext(
  tokens: readonly Token[], drivers: SentimentDriver[], raw: number, rules: SentimentRules, lexicon: SentimentLexicon,
): { raw: number; pooled: number } {
  const unmoved = { raw, pooled: 0 };
  if (rules.context === 0 || lexicon.context.size === 0) return unmoved;
  if (contextValences.length < tokens.length) contextValences = new Float64Array(tokens.length * 2);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const valence = wordSentiment(tokens[i]!, lexicon).context;
    contextValences[i] = valence ?? 0;
    if (valence === undefined) continue;
    sum += valence;
    count++;
  }
  if (count === 0 || sum === 0) return unmoved;
  // The words of a long sentence are damped for its length (lengthWeight), as their sum grows with it; the
  // context is a mean, which does not, and is scaled up by the same factor, as in its fit
  // (scripts/fit-sentiment-context.ts). Beyond the reference length both terms then grow like the sum of
  // their words over sqrt(n); before, a long sentence's context counted less against its words the longer it was.
  // A short sentence's context is scaled by rules.shortContext. This is contextScale (the fit's), with a
  // division for long sentences instead of its reciprocal: the two differ in the last bit, which reorders
  // drivers of equal contribution in sentences.csv.
  const mean = (rules.context * sum) / count;
  const shift = tokens.length > LENGTH_REFERENCE ? mean / lengthWeight(tokens.length, rules) : mean * rules.shortContext;
  const score = Math.max(-MAX_SCORE, Math.min(MAX_SCORE, normalise(raw, rules.alpha) + shift));
  const moved = denormalise(score, rules.alpha) - raw;
  if (moved === 0) return unmoved;
  // Each word's share is moved * valence / sum. Words that already drive the score get theirs added;
  // the others' are pooled: a word with a context valence and no sentiment word's valence is the
  // topic ("meeting", "people", "says"), which would be listed as a driver of its own.
  let pooled = moved;
  // The first driver of each word, as drivers.find gave it: a find per token made a sentence of n
  // words cost n x its drivers, quadratic (a 1 MB line of words without a full stop took minutes).
  const firstDriver = new Map<string, SentimentDriver>();
  for (const d of drivers) if (!firstDriver.has(d.word)) firstDriver.set(d.word, d);
  for (let i = 0; i < tokens.length; i++) {
    const valence = contextValences[i]!;
    if (valence === 0) continue;
    const driver = firstDriver.get(tokens[i]!.word.surface);
    if (!driver) continue;
    driver.contribution += (moved * valence) / sum;
    pooled -= (moved * valence) / sum;
  }
  return { raw: raw + moved, pooled };
}

/**
 * Words that credit a wire story's staff after "(" ("Reporting by", "Additional reporting by", "Editing by":
 * WIRE_CREDIT_ROLES), and their other forms ("Compiling by", "Edited by", "Written by", "Reported by"),
 * which the cleaner's credit line (clean/metadata/wire-credits.ts CREDIT_ROLE) has not: there "Written by" opens a
 * byline (BYLINE), and the other three would change which last lines it removes, unmeasured.
 */
const CREDIT_VERBS = new Set([...WIRE_CREDIT_ROLES, 'compiling', 'edited', 'written', 'reported']);

/**
 * The tokens a sentence's sentiment is read from: all but a wire story's credit line, which starts a
 * clause ("(Additional reporting by Hope Glory; Editing by Tom Best)", alone or closing a sentence) and
 * runs to its end. On the 10,000 Reuters bench articles 4,826 sentences were such lines, 2,869 of them
 * labelled positive and 670 negative from the reporters' names and "reporting" (docs/sentiment.md).
 */
export function sentimentTokens(tokens: readonly Token[]): readonly Token[] {
  // The word at k when it follows the word before it in the same clause.
  const joined = (k: number): string | undefined => (k < tokens.length && !tokens[k]!.breakBefore ? tokens[k]!.word.lower : undefined);
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !tokens[i]!.breakBefore) continue;
    let j = i;
    let word = tokens[i]!.word.lower;
    if (word === 'with') word = joined(++j) ?? '';
    if (word === 'additional' || word === 'further') word = joined(++j) ?? '';
    if (CREDIT_VERBS.has(word) && joined(j + 1) === 'by') return tokens.slice(0, i);
  }
  return tokens;
}

export function scoreSentence(
  sentence: Sentence, thresholds: SentimentThresholds, rules: SentimentRules = DEFAULT_RULES, lexicon: SentimentLexicon = DEFAULT_LEXICON,
): SentenceSentiment {
  if (rules.headlineEvent !== rules.event && isHeadlineForm(sentence)) rules = { ...rules, event: rules.headlineEvent };
  const tokens = sentimentTokens(sentence.tokens);
  const words = wordContributions(tokens, rules, lexicon);
  const drivers = words.drivers;
  const bang = exclamation(sentence.text, words.raw, rules);
  if (bang) drivers.push(bang);
  const { raw, pooled } = addContext(tokens, drivers, words.raw + (bang?.contribution ?? 0), rules, lexicon);
  const topic = words.pooled + pooled;
  if (Math.abs(topic) > 1e-12) drivers.push({ word: OTHER_WORDS, contribution: topic });
  const sentiment = normalise(raw, rules.alpha);
  drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { index: sentence.index, text: sentence.text, sentiment, label: labelFor(sentiment, thresholds), drivers };
}
