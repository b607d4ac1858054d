// Sentiment: each sentence is scored from a lexicon (VADER + AFINN-165, see sentiment-lexicon.ts, with
// the entries learned on NYT editorials laid over it, see fit/sentiment-fit.ts and sentiment-learned.ts) with
// rules for what the lexicon alone gets wrong, then squashed to -1..1 with VADER's normalisation
// x / sqrt(x^2 + alpha). Every word's final contribution is kept as a driver, so the drivers add up
// to the raw score the sentence score comes from. The article score is the mean of its sentences: a
// sum over a whole article saturates on long texts and says nothing about how much of it is negative.
//
// The parts: sentiment-rules.ts (the rules' numbers, labels), sentiment-words.ts (the lexicons, each
// word's record), sentiment-modifiers.ts (the rules applied to a sentence's words), sentiment-sentence.ts
// (a sentence's score and drivers). This module scores the article from its sentences and lists its
// drivers (each sentence's strongest, the article's top words); it is the stage's surface, with the
// rules and lexicons a config picks.
import { OTHER_WORDS, scoreSentence } from './sentiment-sentence.js';
import { DEFAULT_RULES, labelFor, type SentimentRules, type SentimentThresholds } from './sentiment-rules.js';
import { DEFAULT_LEXICON, type SentimentLexicon } from './sentiment-words.js';
import { bestFirst } from './terms.js';
import { isOtherThanEnglish } from '../text/language-guess.js';
import type { ArticleSentiment, Sentence, SentenceSentiment, SentimentDriver, SentimentLabel, Token } from '../types.js';

// What analyze/index.ts and the scripts take from the stage: the rules and lexicons a config picks.
export { DEFAULT_RULES, type SentimentRules, type SentimentThresholds } from './sentiment-rules.js';
export { LEARNED_LEXICON, PUBLISHED_LEXICON } from './sentiment-words.js';

/** What the article scorer takes from the config. */
interface SentimentOptions extends SentimentThresholds {
  /** Drivers listed per sentence (listedDrivers); every driver when absent. */
  driversPerSentence?: number;
}

/** Strongest sentences listed per direction in the article summary. */
const STRONGEST_SENTENCES = 3;
/** The article's strongest sentiment words listed of each sign (topPositiveWords, topNegativeWords). */
const TOP_WORDS = 5;

/**
 * Contributions under this show as 0 at the two decimals sentences.csv gives them: a driver that
 * reads "WASHINGTON (0)" explains nothing, so such words are pooled with the unlisted ones.
 */
const SHOWN_CONTRIBUTION = 0.005;

/**
 * A sentence's drivers as reported: the `listed` strongest that show, then everything else pooled
 * as OTHER_WORDS (with any context share pooled already), so the list still adds up to the raw
 * score. `drivers` come strongest first (scoreSentence).
 */
export function listedDrivers(drivers: readonly SentimentDriver[], listed: number): SentimentDriver[] {
  const kept: SentimentDriver[] = [];
  let pooled = 0;
  for (const d of drivers) {
    if (d.word !== OTHER_WORDS && kept.length < listed && Math.abs(d.contribution) >= SHOWN_CONTRIBUTION) kept.push(d);
    else pooled += d.contribution;
  }
  if (Math.abs(pooled) > 1e-12) kept.push({ word: OTHER_WORDS, contribution: pooled });
  return kept;
}

/** Indices of the most positive (direction 1) or most negative (-1) sentences with that label. */
function strongest(scored: readonly SentenceSentiment[], label: SentimentLabel, direction: 1 | -1): number[] {
  return scored
    .filter((s) => s.label === label)
    .sort((a, b) => direction * (b.sentiment - a.sentiment) || a.index - b.index)
    .slice(0, STRONGEST_SENTENCES)
    .map((s) => s.index);
}

/** Longer sentences have their stems indexed: a scan for each driver would be quadratic in their length. */
const SCANNED_SENTENCE = 64;

/**
 * The stem of a sentence's word by its surface, as a map of the tokens' surfaces to their stems
 * gives it (the last token's; a surface's records share their stem): every driver but '!' and
 * OTHER_WORDS is a word of its sentence. Most sentences are short and have a few drivers, whose
 * stems a scan finds without a map entry and an array for every token.
 */
function stemReader(tokens: readonly Token[]): (surface: string) => string {
  if (tokens.length > SCANNED_SENTENCE) {
    const stems = new Map(tokens.map((t) => [t.word.surface, t.word.stem]));
    return (surface) => stems.get(surface)!;
  }
  return (surface) => {
    let i = tokens.length - 1;
    while (tokens[i]!.word.surface !== surface) i--;
    return tokens[i]!.word.stem;
  };
}

/**
 * The article's TOP_WORDS strongest sentiment words of each sign, strongest total first: every
 * driver counts. The forms of one word ("rise", "rises"; one stem, as terms.csv counts them) are one entry, written as the form that
 * contributed most: apart they would take two of the five places. Forms that drove the score in opposite
 * directions stay apart: Porter gives "objective" and "objection" one stem.
 */
function topWords(sentences: readonly Sentence[], scored: readonly SentenceSentiment[]): { positive: string[]; negative: string[] } {
  const byForm = new Map<string, { stem: string; total: number }>();
  scored.forEach((s, k) => {
    let stemOf: ((surface: string) => string) | undefined;
    for (const d of s.drivers) {
      if (d.word === '!' || d.word === OTHER_WORDS) continue;
      const form = d.word.toLowerCase();
      let entry = byForm.get(form);
      if (!entry) byForm.set(form, (entry = { stem: (stemOf ??= stemReader(sentences[k]!.tokens))(d.word), total: 0 }));
      entry.total += d.contribution;
    }
  });
  const byStem = new Map<string, { total: number; form: string; formTotal: number }>();
  for (const [form, { stem, total }] of byForm) {
    const key = `${total > 0 ? '+' : '-'}${stem}`;
    const entry = byStem.get(key);
    if (!entry) byStem.set(key, { total, form, formTotal: total });
    else {
      entry.total += total;
      if (Math.abs(total) > Math.abs(entry.formTotal) || (Math.abs(total) === Math.abs(entry.formTotal) && form < entry.form)) Object.assign(entry, { form, formTotal: total });
    }
  }
  const entries = [...byStem.values()];
  // The strongest few of each sign picked, not every entry sorted. Forms are distinct, so the order is total.
  const strongestOf = (sign: 1 | -1): string[] => {
    const signed = entries.filter(({ total }) => sign * total > 0);
    const before = (a: number, b: number): boolean => {
      const [x, y] = [Math.abs(signed[a]!.total), Math.abs(signed[b]!.total)];
      return x !== y ? x > y : signed[a]!.form < signed[b]!.form;
    };
    return bestFirst(signed.length, TOP_WORDS, before).map((i) => signed[i]!.form);
  };
  return { positive: strongestOf(1), negative: strongestOf(-1) };
}

/**
 * The sentences of an article in English that are clearly in another language (language-guess.ts
 * isOtherThanEnglish: a German or French quote, a bilingual notice), which the English lexicons do not
 * read: an English article quoting German had "die" (the) among its top negative words. None when half
 * the sentences or more are such: the article is in that language, and scored so only when the config
 * asks (sentiment.otherLanguages "score").
 */
function otherLanguageSentences(sentences: readonly Sentence[]): ReadonlySet<Sentence> {
  const other = new Set(sentences.filter((s) => isOtherThanEnglish(s.tokens.map((t) => t.word))));
  return 2 * other.size < sentences.length ? other : new Set();
}

/** A sentence the lexicons do not read: 0, neutral, no drivers, as a sentence without sentiment words. */
const unread = (s: Sentence, options: SentimentThresholds): SentenceSentiment => ({ index: s.index, text: s.text, sentiment: 0, label: labelFor(0, options), drivers: [] });

/** Sentence and article scores; the article's top words count every driver, sentences list their strongest (listedDrivers). */
export function scoreArticle(
  sentences: readonly Sentence[], options: SentimentOptions, rules: SentimentRules = DEFAULT_RULES, lexicon: SentimentLexicon = DEFAULT_LEXICON,
): ArticleSentiment {
  const other = otherLanguageSentences(sentences);
  const scored = sentences.map((s) => (other.has(s) ? unread(s, options) : scoreSentence(s, options, rules, lexicon)));
  const sentiment = scored.length ? scored.reduce((sum, s) => sum + s.sentiment, 0) / scored.length : 0;
  const top = topWords(sentences, scored);
  const listed = options.driversPerSentence;
  if (listed !== undefined) for (const s of scored) s.drivers = listedDrivers(s.drivers, listed);
  return {
    sentiment,
    label: labelFor(sentiment, options),
    positiveSentences: scored.filter((s) => s.label === 'positive').length,
    negativeSentences: scored.filter((s) => s.label === 'negative').length,
    strongestPositiveSentences: strongest(scored, 'positive', 1),
    strongestNegativeSentences: strongest(scored, 'negative', -1),
    sentences: scored,
    topPositiveWords: top.positive,
    topNegativeWords: top.negative,
  };
}
