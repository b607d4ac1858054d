// Keyphrases' scores: a phrase's from its words' centrality, specificity and title, a single word's
// from its coverage and the fitted word model; the ranking's weights and their defaults.
import { wordSpecificity } from './word-specificity.js';
import type { CorpusStats, KeyphraseCandidate } from '../types.js';

/**
 * How a single word's score is made: its coverage (centrality x specificity x occurrences) times a
 * factor for each way a lone word tends to be a poor keyphrase. scripts/fit-keyphrase-words.ts
 * fits the factors as a logistic model of "this word is a gold keyphrase" on log(coverage) and the
 * two traits, and turns each trait's log-odds into the coverage that is worth as much
 * (exp(trait / log-coverage coefficient)). The coverage itself keeps its scale: the merge with the
 * phrases compares each word with the article's best word, and a flatter scale (the fit's own
 * odds, coverage^0.44) only moved words into articles whose body repeats the headline as its first
 * line (docs/keyphrases.md).
 */
export interface WordModel {
  /** Factor for a capitalised word that is not an acronym (`Lopilato` of a name, `Launching` of a headline). */
  capitalised: number;
  /** Factor for a word of fewer than 4 letters that is not an acronym (`pop`, `Sgt`, `new`). */
  short: number;
}

/** Fitted by `npx tsx scripts/fit-keyphrase-words.ts` on KPCrowd train (docs/keyphrases.md has the cross-validation). */
const FITTED_WORD_MODEL: WordModel = { capitalised: 0.49, short: 0.078 };
/** The word score before the fit: coverage alone. */
export const COVERAGE_WORD_MODEL: WordModel = { capitalised: 1, short: 1 };

/** The ranking's few free parameters (tuned on DUC-2001 dev, checked on KPCrowd train). */
export interface RankingWeights {
  /** Exponent of each word's IDF against the run's corpus (0: no corpus specificity). */
  specificity: number;
  /** Count the background corpus's documents into the IDF and into the common-vocabulary share. */
  backgroundCorpus: boolean;
  /** Multiplier for words of the headline (1: title ignored). */
  titleWordBonus: number;
  /** Divide by log(2 + position of the phrase's first occurrence): news says what matters first. */
  firstPositionDecay: boolean;
  /** At most two overlapping phrases ("prime minister" and "minister", never also "prime minister john major"). */
  removeRedundant: boolean;
  /** How single words are scored. */
  words: WordModel;
  /**
   * A lone word (a single word or a one-word phrase) in more than this share of the run's articles, and
   * of the run's and the background corpus's documents together, is the run's common vocabulary, not a
   * keyphrase ("company", "share" in a business wire's run); phrases with it still count. 1: no limit.
   */
  commonWordShare: number;
  /**
   * The same for a single word said mostly as a verb, at a lower share: a verb is an event, and one in
   * this share of the run's articles is the run's routine ("rose", "fell" in a markets wire), where a
   * noun of that share is still a topic ("sales"). 1: no limit.
   */
  commonVerbShare: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = { specificity: 1, backgroundCorpus: true, titleWordBonus: 2, firstPositionDecay: true, removeRedundant: true, words: FITTED_WORD_MODEL, commonWordShare: 1 / 3, commonVerbShare: 1 / 6 };

/** A word's specificity as the ranking weighs it, worked out from the corpus for one word (wordEvidence). */
const specificityOf = (stats: CorpusStats, stem: string, weights: RankingWeights): number => weightedSpecificity(wordSpecificity(stats, stem, weights.backgroundCorpus), weights);

/** The specificity the ranking multiplies by, from the word's (word-specificity.ts). */
export const weightedSpecificity = (specificity: number, weights: RankingWeights): number => (weights.specificity ? specificity ** weights.specificity : 1);

/** Sum over the words of centrality x specificity (x the title bonus), decayed by first position. */
export function phraseScore(candidate: KeyphraseCandidate, specificity: (stem: string) => number, weights: RankingWeights): number {
  let score = 0;
  candidate.stems.forEach((stem, i) => {
    score += candidate.wordScores[i]! * specificity(stem) * (candidate.wordInTitle[i] ? weights.titleWordBonus : 1);
  });
  return weights.firstPositionDecay ? score / Math.log(2 + candidate.firstPosition) : score;
}

/** What the word model weighs for one single-word candidate. */
interface WordEvidence {
  /**
   * A word listed on its own stands for how much of the article it covers, not for where it first
   * appears: centrality x specificity x occurrences (no decay, no title bonus; KPCrowd F1@10 of
   * single words only 18.8, against 17.4 with the phrase formula).
   */
  coverage: number;
  capitalised: boolean;
  short: boolean;
}

const HAS_LOWERCASE = /\p{Ll}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const FOUR_LETTERS = /^\P{L}*(?:\p{L}\P{L}*){4}/u;

/** A single word's evidence as the ranking weighs it, for the fit of the word model (scripts/fit-keyphrase-words.ts). */
export function wordEvidence(candidate: KeyphraseCandidate, stats: CorpusStats, weights: RankingWeights): WordEvidence {
  return evidenceWith(candidate, specificityOf(stats, candidate.stems[0]!, weights));
}

/**
 * The evidence given the word's specificity: the ranking passes the one it keeps per stem (rankKeyphrases'
 * `figures`), so a word's IDF is not worked out again for each of its candidates.
 */
function evidenceWith(candidate: KeyphraseCandidate, specificity: number): WordEvidence {
  const surface = candidate.surface;
  const acronym = !HAS_LOWERCASE.test(surface);
  return {
    coverage: candidate.wordScores[0]! * specificity * candidate.count,
    capitalised: !acronym && STARTS_CAPITALISED.test(surface),
    short: !acronym && !FOUR_LETTERS.test(surface),
  };
}

/** Coverage times the word model's factors for the traits the word has. */
export function wordScore(candidate: KeyphraseCandidate, specificity: (stem: string) => number, model: WordModel): number {
  const evidence = evidenceWith(candidate, specificity(candidate.stems[0]!));
  return evidence.coverage * (evidence.capitalised ? model.capitalised : 1) * (evidence.short ? model.short : 1);
}
