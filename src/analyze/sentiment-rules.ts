// Sentiment rules: the few numbers the scorer's rules use (SentimentRules, DEFAULT_RULES; docs/sentiment.md),
// the thresholds that label a score, and the scales every part of the scorer shares: VADER's
// normalisation x / sqrt(x^2 + alpha) and the damping of long sentences.
import { sentimentScore } from '../numbers.js';
import type { SentimentLabel } from '../types.js';

/**
 * The few numbers the rules use (docs/sentiment.md). Each rule is switched off by its neutral value:
 * 1 for a multiplier, 0 for an addition.
 */
export interface SentimentRules {
  /** Multiplier for a word in the scope of a negator (VADER flips with -0.74; news readers mostly just discount). */
  negation: number;
  /** Magnitude an intensifier adds to the next sentiment word and a diminisher takes away (VADER: 0.293). */
  degree: number;
  /** Words before "but"/"however" count (1 - contrast), words after it (1 + contrast) (VADER: 0.5). */
  contrast: number;
  /** Multiplier for words after a hedge ("may", "reportedly") in the same clause. */
  hedge: number;
  /** Magnitude an ALL-CAPS sentiment word gains (VADER: 0.733); each "!" adds 0.4 times this (VADER: 0.292). */
  emphasis: number;
  /** Multiplier for event words ("war", "died", "victims") in a sentence that also has evaluative words. */
  event: number;
  /**
   * `event` in a sentence of headline form (sentiment-headline.ts), such as a subhead: a headline has
   * no writer's evaluation beside its event, and readers rate the emotion the event evokes. Equal to `event`
   * for no headline rule.
   */
  headlineEvent: number;
  /** Multiplier for words whose usual sense in news is a neutral term ("interest", "United", "party"). */
  newsTerm: number;
  /** Multiplier for positive words: news and editorials praise rarely and use positive words in criticism. */
  positive: number;
  /** Multiplier for words found only through another inflection ("complicates" -> "complicated") or a part of a hyphenated word ("war-torn"). */
  inflection: number;
  /** Multiplier for words the lexicons lack whose valence is guessed from word embeddings ("seized", "crackdown"). */
  embedding: number;
  /** Multiplier for a capitalised word inside a sentence written in lowercase: a name ("Dick Hallam", "Friends of the Park"). */
  name: number;
  /** Multiplier for a sentiment word a few words after a word that reverses it ("reduce the risk", "ban the abuse"). */
  reversal: number;
  /**
   * Exponent of the damping of long sentences: in a sentence of n > LENGTH_REFERENCE words every word counts
   * (LENGTH_REFERENCE / n) ^ length; 0 for a plain sum. Readers rate a long sentence no more strongly than a
   * short one for having more sentiment words, and a sum of n words grows like n (or sqrt(n) when they disagree).
   */
  length: number;
  /** Multiplier for the context valences (fit/sentiment-context-fit.ts): 1 as fitted, 0 for the lexicon alone. */
  context: number;
  /**
   * Multiplier for the context mean of a sentence of at most LENGTH_REFERENCE words (one the length rule does
   * not damp; a longer one's context is scaled by the inverse of its words' length weight). The context
   * fit scales such sentences alike, so the table is fitted for the value in use.
   */
  shortContext: number;
  /** Normalisation constant: a raw score of sqrt(alpha) maps to 0.71. */
  alpha: number;
}

/**
 * shortContext, embedding, event, positive, length, negation, hedge, name, reversal and alpha: chosen with the
 * fitted tables, refitted per fold, by the tie rule (`npm run fit:sentiment-context`; NYT CV by editorial, ties
 * broken on VADER's sets; docs/sentiment.md, "selection rules declared before the experiments"). degree, contrast and emphasis: VADER's published values.
 * inflection: a fixed half weight for a guess. newsTerm: the list's words are dropped. headlineEvent: chosen by
 * cross-validation on the SemEval-2007 trial headlines (`npm run eval:sentiment-headlines`; docs/sentiment.md (r), (s)).
 */
export const DEFAULT_RULES: Readonly<SentimentRules> = {
  negation: 0,
  degree: 0.293,
  contrast: 0.5,
  hedge: 0.6,
  emphasis: 0.733,
  event: 0.4,
  headlineEvent: 1,
  newsTerm: 0,
  positive: 0.8,
  inflection: 0.5,
  embedding: 1.5,
  name: 0.25,
  reversal: 0,
  length: 0.75,
  context: 1,
  shortContext: 2,
  alpha: 10,
};

export interface SentimentThresholds {
  positiveThreshold: number;
  negativeThreshold: number;
}

/**
 * The label of a score as the reports print it (rounded first, then compared with the thresholds),
 * so a sentence printed as 0.05 is positive at the threshold 0.05 whatever its later decimals.
 * The scores themselves stay unrounded: the article mean, the evaluations and the fits read them.
 */
export function labelFor(score: number, thresholds: SentimentThresholds): SentimentLabel {
  const printed = sentimentScore(score);
  if (printed >= thresholds.positiveThreshold) return 'positive';
  if (printed <= thresholds.negativeThreshold) return 'negative';
  return 'neutral';
}

export const normalise = (raw: number, alpha: number): number => raw / Math.sqrt(raw * raw + alpha);

/** Sentences up to this many words (a headline's length) are not damped for length. */
export const LENGTH_REFERENCE = 8;

/** What every word of a sentence of `words` words counts for its length (rules.length). */
export const lengthWeight = (words: number, rules: SentimentRules): number =>
  words > LENGTH_REFERENCE && rules.length !== 0 ? (LENGTH_REFERENCE / words) ** rules.length : 1;

/** The factor the context mean of a sentence of `words` words is scaled by (see addContext); the context fit uses it too. */
export const contextScale = (words: number, rules: SentimentRules): number =>
  words > LENGTH_REFERENCE ? 1 / lengthWeight(words, rules) : rules.shortContext;
