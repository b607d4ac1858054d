// Keyphrases in two steps, so the per-article work can run anywhere and the corpus is needed last;
// this module is the stage's surface.
//   keyphraseCandidates (map, keyphrase-candidates.ts): noun phrases (adjectives then nouns, from
//     the part-of-speech classes of pos.ts: noun-runs.ts) and, on request, single words (the
//     phrases' words and verbs), each with the centrality of its words in the article's word graph
//     (position-rank.ts, PositionRank: co-occurrence plus early and frequent mention) and which
//     words the title has.
//   rankKeyphrases (reduce, below): per word, centrality x specificity (IDF against the run's corpus:
//     word-specificity.ts) x a title bonus, summed over the phrase, decayed by the phrase's first
//     position (keyphrase-scores.ts); then at most two overlapping phrases are kept
//     (keyphrase-redundancy.ts). Single words (centrality x specificity x count, times the fitted
//     word model's factors) compete with the phrases with a configured weight.
//     docs/keyphrases.md has the measured effect of each part.
import { isDuplicate, isRedundant, overlaps } from './keyphrase-redundancy.js';
import { DEFAULT_WEIGHTS, phraseScore, specificityOf, wordScore, type RankingWeights } from './keyphrase-scores.js';
import { commonShare } from './word-specificity.js';
import { detached } from '../text/word-cache.js';
import type { CorpusStats, Keyphrase, KeyphraseCandidate, KeyphraseCandidates } from '../types.js';

export { keyphraseCandidates } from './keyphrase-candidates.js';
export { COVERAGE_WORD_MODEL, DEFAULT_WEIGHTS, wordEvidence, type RankingWeights, type WordModel } from './keyphrase-scores.js';

export interface RankOptions {
  /** Keyphrases per article. */
  limit: number;
  /**
   * How strongly single words compete with noun phrases (0: phrases only). The next keyphrase is
   * the next single word when its score relative to the article's best single word, times this
   * weight, beats the next phrase's score relative to the article's best phrase.
   */
  singleWordWeight: number;
}

interface Scored {
  candidate: KeyphraseCandidate;
  score: number;
}

interface Queue {
  items: readonly Scored[];
  next: number;
  fits: (candidate: KeyphraseCandidate) => boolean;
}

/** What rankKeyphrases reads of the corpus for each keyphrase word (by stem): its specificity and its share of documents (commonShare). */
export interface WordFigures {
  specificity: Map<string, number>;
  commonShare: Map<string, number>;
}
export const noWordFigures = (): WordFigures => ({ specificity: new Map(), commonShare: new Map() });

/** The stem's value in `memo`, computed and kept (under a copy of the stem) the first time. */
function remembered(memo: Map<string, number>, stem: string, compute: () => number): number {
  let value = memo.get(stem);
  if (value === undefined) memo.set(detached(stem), (value = compute()));
  return value;
}

/**
 * Final scores with corpus specificity; the best `limit` candidates, redundant ones removed, phrases
 * and single words merged by `singleWordWeight`. A keyphrase's score is relative to the article's
 * best phrase (1), a single word's to the best single word times the weight, so scores fall with
 * the rank.
 */
export function rankKeyphrases(
  candidates: KeyphraseCandidates,
  stats: CorpusStats,
  options: RankOptions,
  weights: RankingWeights = DEFAULT_WEIGHTS,
  figures: WordFigures = noWordFigures(),
): Keyphrase[] {
  // A word is in several candidates, and common words in most articles: its specificity (two
  // lookups, a logarithm) and its share of documents (two lookups) are computed once per `figures`,
  // which the caller may keep for every article ranked against the same stats and weights (pass 3
  // keeps one per worker; its keys are copies: a stem cut from a spool record's text would keep that
  // whole text alive).
  const specificity = (stem: string): number => remembered(figures.specificity, stem, () => specificityOf(stats, stem, weights));
  const shareOf = (stem: string): number => remembered(figures.commonShare, stem, () => commonShare(stats, stem, weights.backgroundCorpus));
  // Left out before the scale is set: the article's best word is then the best of the others.
  const isCommonWord = (c: KeyphraseCandidate): boolean => c.stems.length === 1 && shareOf(c.stems[0]!) > weights.commonWordShare;
  const phrases = relativeToBest(byScore(candidates.phrases.filter((c) => !isCommonWord(c)), (c) => phraseScore(c, specificity, weights)), 1);
  // A common verb is left out after the scale is set: it was often the article's best word, and the
  // next best word taking its scale let more words outrank the phrases (9 of the 1k corpus's lists lost 3-7 entries).
  const isCommonVerb = (c: KeyphraseCandidate): boolean => c.verb && shareOf(c.stems[0]!) > weights.commonVerbShare;
  const words = relativeToBest(byScore(candidates.words.filter((c) => !isCommonWord(c)), (c) => wordScore(c, specificity, weights.words)), options.singleWordWeight).filter((s) => !isCommonVerb(s.candidate));
  const chosen: Scored[] = [];
  const listed: KeyphraseCandidate[] = [];
  const phraseFits = (c: KeyphraseCandidate): boolean => !isDuplicate(c, listed) && !(weights.removeRedundant && isRedundant(c, listed));
  // A word inside a listed phrase says less than the phrase did ("minister" after "prime minister").
  const wordFits = (c: KeyphraseCandidate): boolean => !isDuplicate(c, listed) && !(weights.removeRedundant && listed.some((p) => overlaps(p.stems, c.stems)));
  const phraseQueue: Queue = { items: phrases, next: 0, fits: phraseFits };
  const wordQueue: Queue = { items: words, next: 0, fits: wordFits };
  while (chosen.length < options.limit) {
    const phrase = peekNext(phraseQueue);
    const word = peekNext(wordQueue);
    const takeWord = word !== undefined && (phrase === undefined || word.score > phrase.score);
    const queue = takeWord ? wordQueue : phraseQueue;
    const next = takeWord ? word : phrase;
    if (!next) break;
    queue.next++;
    chosen.push(next);
    listed.push(next.candidate);
  }
  return chosen.map(({ candidate, score }, i) => ({ rank: i + 1, keyphrase: candidate.surface, keyphraseScore: score }));
}

/** Best first; ties by first position, then key, so the order never depends on input order. */
function byScore(candidates: readonly KeyphraseCandidate[], score: (c: KeyphraseCandidate) => number): Scored[] {
  return candidates
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => b.score - a.score || a.candidate.firstPosition - b.candidate.firstPosition || (a.candidate.key < b.candidate.key ? -1 : 1));
}

/** Scores of a best-first list divided by the best one, times `factor`: two kinds on one scale. */
function relativeToBest(items: readonly Scored[], factor: number): Scored[] {
  const best = items[0]?.score ?? 0;
  return items.map(({ candidate, score }) => ({ candidate, score: best > 0 ? (factor * score) / best : 0 }));
}

/**
 * The queue's next candidate that fits the list so far, left in the queue. Skipped candidates
 * never fit later (the list only grows), so the queue moves forward only.
 */
function peekNext(queue: Queue): Scored | undefined {
  while (queue.next < queue.items.length && !queue.fits(queue.items[queue.next]!.candidate)) queue.next++;
  return queue.items[queue.next];
}
