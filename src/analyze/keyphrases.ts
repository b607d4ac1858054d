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
import { DEFAULT_WEIGHTS, phraseScore, weightedSpecificity, wordScore, type RankingWeights } from './keyphrase-scores.js';
import { wordFigures } from './word-specificity.js';
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

/**
 * What rankKeyphrases reads of the corpus for each keyphrase word, by stem: its specificity and its share of
 * documents, worked out together the first time the stem is asked for and kept (the key a copy of the stem: a
 * stem cut from a spool record's text would keep that whole text alive). One map from the stem to its place in
 * two arrays of numbers: a map per figure looked each stem up twice and kept a heap number per value.
 */
export class WordFigures {
  private readonly places = new Map<string, number>();
  private specificities = new Float64Array(256);
  private shares = new Float64Array(256);
  // A lone word's share of documents is asked for just before its specificity (rankKeyphrases): the last
  // stem's place answers the second question without a look-up.
  private lastStem: string | null = null;
  private lastPlace = 0;

  /** Stems kept. */
  get size(): number {
    return this.places.size;
  }

  // The place first: finding it may grow the arrays, and `this.shares[this.placeOf(…)]` reads the array before the call.
  specificity(stem: string, compute: (stem: string) => { specificity: number; share: number }): number {
    const place = this.placeOf(stem, compute);
    return this.specificities[place]!;
  }

  share(stem: string, compute: (stem: string) => { specificity: number; share: number }): number {
    const place = this.placeOf(stem, compute);
    return this.shares[place]!;
  }

  private placeOf(stem: string, compute: (stem: string) => { specificity: number; share: number }): number {
    if (stem === this.lastStem) return this.lastPlace;
    let place = this.places.get(stem);
    if (place === undefined) {
      place = this.places.size;
      if (place === this.shares.length) {
        this.specificities = grown(this.specificities);
        this.shares = grown(this.shares);
      }
      const figures = compute(stem);
      this.specificities[place] = figures.specificity;
      this.shares[place] = figures.share;
      this.places.set(detached(stem), place);
    }
    this.lastStem = stem;
    this.lastPlace = place;
    return place;
  }
}

const grown = (values: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
};

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
  figures = new WordFigures(),
): Keyphrase[] {
  // A word is in several candidates, and common words in most articles: its specificity and its share of
  // documents (two lookups, a logarithm) are computed once per `figures`, which the caller may keep for
  // every article ranked against the same stats and weights (pass 3 keeps one per worker).
  const compute = (stem: string): { specificity: number; share: number } => {
    const { specificity, share } = wordFigures(stats, stem, weights.backgroundCorpus);
    return { specificity: weightedSpecificity(specificity, weights), share };
  };
  const specificity = (stem: string): number => figures.specificity(stem, compute);
  const shareOf = (stem: string): number => figures.share(stem, compute);
  // Left out before the scale is set: the article's best word is then the best of the others.
  const isCommonWord = (c: KeyphraseCandidate): boolean => c.stems.length === 1 && shareOf(c.stems[0]!) > weights.commonWordShare;
  const isUncommon = (c: KeyphraseCandidate): boolean => !isCommonWord(c);
  const phrases = relativeToBest(byScore(candidates.phrases, isUncommon, (c) => phraseScore(c, specificity, weights)), 1);
  // A common verb is left out after the scale is set: it was often the article's best word, and the
  // next best word taking its scale let more words outrank the phrases (9 of the 1k corpus's lists lost 3-7 entries).
  const isCommonVerb = (c: KeyphraseCandidate): boolean => c.verb && shareOf(c.stems[0]!) > weights.commonVerbShare;
  const words = relativeToBest(byScore(candidates.words, isUncommon, (c) => wordScore(c, specificity, weights.words)), options.singleWordWeight).filter((s) => !isCommonVerb(s.candidate));
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

/**
 * The candidates `kept`, best first; ties by first position, then key, so the order never depends on input order.
 * Each is scored right after it is kept: the two read the same word's figures (WordFigures' last stem).
 */
function byScore(candidates: readonly KeyphraseCandidate[], kept: (c: KeyphraseCandidate) => boolean, score: (c: KeyphraseCandidate) => number): Scored[] {
  const scored: Scored[] = [];
  for (const candidate of candidates) if (kept(candidate)) scored.push({ candidate, score: score(candidate) });
  return scored
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
