// Learned lexicon entries: valences fitted to human ratings *through* the scorer's rules, so a learned
// word is just another lexicon entry (negated, hedged, damped like any other) and every score stays
// the sum of its drivers. The fit is ridge regression toward the published valences: each word's
// valence may move away from its VADER/AFINN value (or from 0 for a word the lexicons lack) only as
// far as the ratings of the texts it occurs in pay for, against a penalty lambda * (change)^2.
// Minimised by Adam on the squared error of a linear map of the article score onto the human score
// (the map is refitted in closed form at every step: only the correlation matters, not the scale).
// `npm run fit:sentiment` runs it and writes sentiment-learned.ts; a run never loads this module, only
// the scripts and tests do.
import { DEFAULT_RULES, PUBLISHED_LEXICON, type SentimentRules } from '../analyze/sentiment.js';
import { wordContribution, wordOccurrences } from '../analyze/sentiment-modifiers.js';
import { normalise } from '../analyze/sentiment-rules.js';
import { exclamation, sentimentTokens } from '../analyze/sentiment-sentence.js';
import { buildLexicon, type SentimentLexicon } from '../analyze/sentiment-words.js';
import type { Sentence, Token } from '../types.js';

export interface FitExample {
  sentences: readonly Sentence[];
  /** Human score (any scale: the fit maps the article score onto it linearly). */
  score: number;
  /** Texts of one group (an editorial) count once when deciding whether a word is frequent enough. */
  group: string;
  /** Weight of the example's squared error (1 unless a tuning set should count less). */
  weight?: number;
}

export interface FitOptions {
  /** Ridge penalty per unit of squared change of a valence (larger: closer to the published lexicon). */
  lambda: number;
  /** Which words are fitted: corrections of published valences, additions of words the lexicons lack, or both. */
  scope: 'corrections' | 'additions' | 'both';
  /** A word is fitted only if it occurs in at least this many groups. */
  minGroups: number;
  /** The table keeps at most this many entries, the largest changes. */
  maxEntries: number;
  /** Changes smaller than this are not worth an entry. */
  minChange: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_FIT: Readonly<FitOptions> = {
  lambda: 10,
  scope: 'both',
  minGroups: 3,
  maxEntries: 3000,
  minChange: 0.05,
  iterations: 300,
  learningRate: 0.05,
};

// Stopwords other than lexicon words are too frequent to mean anything. Rule words ("not", "don't",
// "seems") may get an entry: their own tone is one thing (in editorials a negation is itself a sign of
// criticism), what they do to the words after them another, and the rule keeps doing that.
const FITTABLE = /^\p{Ll}[\p{Ll}'-]+$/u;

function isCandidate(token: Token, published: ReadonlyMap<string, number>, scope: FitOptions['scope']): boolean {
  const word = token.word.lower;
  if (!FITTABLE.test(word)) return false;
  if (published.has(word)) return scope !== 'additions';
  return scope !== 'corrections' && !token.word.isStopword && word.length >= 3;
}

/** Words that occur in at least `minGroups` groups. */
function candidateWords(examples: readonly FitExample[], published: ReadonlyMap<string, number>, options: FitOptions): string[] {
  const groups = new Map<string, Set<string>>();
  for (const example of examples) {
    for (const sentence of example.sentences) {
      for (const token of sentence.tokens) {
        if (!isCandidate(token, published, options.scope)) continue;
        const seen = groups.get(token.word.lower) ?? new Set<string>();
        seen.add(example.group);
        groups.set(token.word.lower, seen);
      }
    }
  }
  return [...groups].filter(([, seen]) => seen.size >= options.minGroups).map(([word]) => word).sort();
}

/** One fitted word in one sentence. */
interface Slot {
  word: number;
  shift: number;
  weight: number;
}

/** A sentence as the fit sees it: the part of its raw score that does not depend on fitted words, and the slots. */
interface FitSentence {
  fixed: number;
  slots: Slot[];
}

function fitSentences(
  examples: readonly FitExample[], words: readonly string[], lexicon: SentimentLexicon, rules: SentimentRules,
): FitSentence[][] {
  const index = new Map(words.map((w, i) => [w, i]));
  return examples.map((example) =>
    example.sentences.map((sentence) => {
      const occurrences = wordOccurrences(sentimentTokens(sentence.tokens), rules, lexicon);
      const slots: Slot[] = [];
      let fixed = 0;
      for (const o of occurrences) {
        const word = o.source === 'lexicon' ? index.get(o.key) : undefined;
        if (word === undefined) fixed += wordContribution(o.valence, o.shift, o.weight, rules);
        else slots.push({ word, shift: o.shift, weight: o.weight });
      }
      // "!" follows the sign of the sentence as the published lexicon scores it.
      const published = occurrences.reduce((sum, o) => sum + wordContribution(o.valence, o.shift, o.weight, rules), 0);
      fixed += exclamation(sentence.text, published, rules)?.contribution ?? 0;
      return { fixed, slots };
    }),
  );
}

/** Slope of the contribution in the valence (the contribution is piecewise linear in it). */
function contributionSlope(valence: number, slot: Slot, rules: SentimentRules): number {
  if (valence !== 0 && Math.abs(valence) + slot.shift <= 0) return 0;
  const positive = valence === 0 ? slot.weight > 0 : valence * slot.weight > 0 && valence > 0;
  return slot.weight * (positive ? rules.positive : 1);
}

/** Least-squares a, b of y ~ a * x + b. */
function linearMap(x: readonly number[], y: readonly number[]): { a: number; b: number } {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  const a = sxx > 0 ? sxy / sxx : 0;
  return { a, b: my - a * mx };
}

/**
 * Valences fitted on the examples, for the words whose valence moved by at least `minChange`:
 * word -> valence on VADER's -4..4 scale, in alphabetical order.
 */
export function fitLearnedValences(
  examples: readonly FitExample[], rules: SentimentRules = DEFAULT_RULES, options: FitOptions = DEFAULT_FIT,
): Record<string, number> {
  const published = PUBLISHED_LEXICON.valences;
  const words = candidateWords(examples, published, options);
  const prior = words.map((w) => published.get(w) ?? PUBLISHED_LEXICON.embedded.get(w) ?? 0);
  // Fitted words the lexicons lack enter at their embedding guess (0 without one); inflections keep
  // falling back on the published lexicon.
  const fitLexicon = buildLexicon({
    ...PUBLISHED_LEXICON,
    valences: new Map([...published, ...words.map((w, i): [string, number] => [w, prior[i]!])]),
    added: new Set(words.filter((w) => !published.has(w))),
  });
  const data = fitSentences(examples, words, fitLexicon, rules);
  const gold = examples.map((e) => e.score);
  const valence = [...prior];
  const adam = { m: new Float64Array(words.length), v: new Float64Array(words.length) };
  const [beta1, beta2] = [0.9, 0.999];
  for (let step = 1; step <= options.iterations; step++) {
    const raws = data.map((sentences) => sentences.map((s) => s.fixed + s.slots.reduce((sum, slot) => sum + wordContribution(valence[slot.word]!, slot.shift, slot.weight, rules), 0)));
    const predicted = raws.map((raw) => (raw.length ? raw.reduce((sum, r) => sum + normalise(r, rules.alpha), 0) / raw.length : 0));
    const { a, b } = linearMap(predicted, gold);
    const gradient = prior.map((p, j) => 2 * options.lambda * (valence[j]! - p));
    data.forEach((sentences, i) => {
      const error = 2 * (examples[i]!.weight ?? 1) * (a * predicted[i]! + b - gold[i]!) * a / sentences.length;
      sentences.forEach((sentence, s) => {
        const raw = raws[i]![s]!;
        const slope = error * rules.alpha / (raw * raw + rules.alpha) ** 1.5;
        for (const slot of sentence.slots) gradient[slot.word]! += slope * contributionSlope(valence[slot.word]!, slot, rules);
      });
    });
    for (let j = 0; j < words.length; j++) {
      adam.m[j] = beta1 * adam.m[j]! + (1 - beta1) * gradient[j]!;
      adam.v[j] = beta2 * adam.v[j]! + (1 - beta2) * gradient[j]! ** 2;
      const m = adam.m[j]! / (1 - beta1 ** step);
      const v = adam.v[j]! / (1 - beta2 ** step);
      valence[j] = valence[j]! - (options.learningRate * m) / (Math.sqrt(v) + 1e-8);
    }
  }
  const changed = words
    .map((word, j) => ({ word, valence: Math.round(valence[j]! * 100) / 100, change: Math.abs(valence[j]! - prior[j]!) }))
    .filter((e) => e.change >= options.minChange)
    .sort((x, y) => y.change - x.change || (x.word < y.word ? -1 : 1))
    .slice(0, options.maxEntries)
    .sort((x, y) => (x.word < y.word ? -1 : 1));
  return Object.fromEntries(changed.map((e) => [e.word, e.valence]));
}
