// The fits behind `npm run fit:sentiment-context` (scripts/fit-sentiment-context.ts), one per training part
// and setting: the learned lexicon entries and the context table fitted on the NYT editorial dev snippets of
// some folds, and the real scorer's scores with them. A fit is a pure function of (training folds, setting),
// so the script asks for each one once, whatever number of choices need it (the inner CVs of two outer folds
// share their training parts: outer fold 0's inner fold 1 trains on the same three folds as outer fold 1's
// inner fold 0), and runs them in worker threads, two at a time by default (`--workers N`; 0 runs them in
// the main thread, as the script did before it had workers).
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { PUBLISHED_LEXICON, scoreArticle, type SentimentRules } from '../src/analyze/sentiment.js';
import { contextScale } from '../src/analyze/sentiment-rules.js';
import { sentimentLexicon, withLearnedValences, type SentimentLexicon } from '../src/analyze/sentiment-words.js';
import { fitLearnedValences } from '../src/fit/sentiment-fit.js';
import { contextValence, fitContextModel, frequencyWeight, type ContextExample } from '../src/fit/sentiment-context-fit.js';
import type { Sentence } from '../src/types.js';
import { BENCH, fitExamples, foldOf, readJsonl, setPath, tokenized, type BenchRecord } from './sentiment-bench-data.js';

export const TRAINING_SET = 'nyt-editorials-dev';
const CHECK_SET = 'semeval07-headlines-trial';
/** Out-of-domain rated texts (not news), printed for each setting and used by the tie rule. */
export const TUNING_SETS = ['vader_tweets', 'vader_movie', 'vader_amazon'];
/** The sets scored by a fit asked for its other-set figures, in this order. */
export const OTHER_SETS = [CHECK_SET, ...TUNING_SETS];
const THRESHOLDS = { positiveThreshold: 0.05, negativeThreshold: -0.05 };

export interface Setting {
  smoothing: number;
  lambda: number;
  /** The scorer's rules: the defaults in the grid; the rule stages vary one at a time from the setting written. */
  rules: Readonly<SentimentRules>;
}

const ruleKey = (rules: Readonly<SentimentRules>): string => JSON.stringify(rules);

/** Content words of the vocabulary with their unit vectors (one row each) and frequency ranks, as sent to the workers. */
export interface Vocabulary {
  words: string[];
  ranks: Int32Array;
  dimensions: number;
  /** words.length x dimensions unit vectors. */
  units: Float64Array;
}

/** A fit: the learned entries and the context table fitted on `trainFolds`, with the rules of `setting`. */
interface Fit {
  trainFolds: readonly number[];
  setting: Setting;
  /** Also score the SemEval headlines and VADER's sets (OTHER_SETS) with it. */
  others: boolean;
}

interface FitResult {
  /** Score of every dev record outside the training folds (all of them when it trained on all): NaN for the others. */
  scores: Float64Array;
  /** Pearson r on OTHER_SETS when asked for. */
  others: number[] | null;
}

const { pearson } = (await import(pathToFileURL(`${BENCH}/score.mjs`).href)) as { pearson: (x: number[], y: number[]) => number };
export { pearson };

export const records = readJsonl<BenchRecord>(setPath(TRAINING_SET));
export const gold = records.map((r) => r.score);
export const folds = records.map((r) => foldOf(r.doc_id!));

/** The fitting side: tokenized sets and the caches that depend on the rules or the smoothing only. */
function createFitter(vocabulary: Vocabulary) {
  const { dimensions } = vocabulary;
  const units = new Map(vocabulary.words.map((word, k) => [word, { unit: vocabulary.units.subarray(k * dimensions, (k + 1) * dimensions), rank: vocabulary.ranks[k]! }]));
  const articles = tokenized(records);
  const fitData = fitExamples(records, articles);
  let otherSets: Array<{ articles: Sentence[][]; gold: number[] }> | null = null;

  /** Mean weighted unit vector of a sentence's content words (null without any). */
  function sentenceVector(sentence: Sentence, smoothing: number): Float64Array | null {
    const sum = new Float64Array(dimensions);
    let n = 0;
    for (const token of sentence.tokens) {
      const entry = units.get(token.word.lower);
      if (!entry) continue;
      const weight = frequencyWeight(entry.rank, smoothing);
      for (let d = 0; d < sum.length; d++) sum[d]! += weight * entry.unit[d]!;
      n++;
    }
    return n ? sum.map((v) => v / n) : null;
  }

  /** Each record's score by the published lexicon and the rules, without context valences (the context model's lexicon score). */
  const baseByRules = new Map<string, number[]>();
  function baseScores(rules: Readonly<SentimentRules>): number[] {
    let found = baseByRules.get(ruleKey(rules));
    if (!found) {
      const noContext = { ...rules, context: 0 };
      found = articles.map((sentences) => scoreArticle(sentences, THRESHOLDS, noContext, PUBLISHED_LEXICON).sentiment);
      baseByRules.set(ruleKey(rules), found);
    }
    return found;
  }

  /** A sentence's vector and its length in words (the scorer scales its context by contextScale of it). */
  const sentenceVectorsBySmoothing = new Map<number, Array<Array<{ vector: Float64Array; words: number }>>>();
  function sentenceVectors(smoothing: number) {
    let found = sentenceVectorsBySmoothing.get(smoothing);
    if (!found) {
      found = articles.map((sentences) =>
        sentences.flatMap((s) => {
          const vector = sentenceVector(s, smoothing);
          return vector ? [{ vector, words: s.tokens.length }] : [];
        }),
      );
      sentenceVectorsBySmoothing.set(smoothing, found);
    }
    return found;
  }

  /**
   * The context table of a model fitted on the given records, centred on their sentences: the model sees each
   * sentence's vector less the training sentences' mean vector, scaled as the scorer scales it, so the table
   * (word valences less the mean's) gives the scorer exactly the fitted term. Centring before the scaling keeps
   * the part all vectors share from becoming a length effect.
   */
  function contextTable(train: readonly number[], setting: Setting): Map<string, number> {
    const byRecord = sentenceVectors(setting.smoothing);
    const sentences = train.flatMap((i) => byRecord[i]!);
    const centre = new Float64Array(dimensions);
    for (const { vector } of sentences) for (let d = 0; d < vector.length; d++) centre[d]! += vector[d]! / sentences.length;
    const rules = setting.rules;
    const base = baseScores(rules);
    const examples: ContextExample[] = train.map((i) => {
      const meanVector = new Float64Array(dimensions);
      const own = byRecord[i]!;
      for (const { vector, words } of own) {
        const scale = contextScale(words, rules);
        for (let d = 0; d < vector.length; d++) meanVector[d]! += ((vector[d]! - centre[d]!) * scale) / own.length;
      }
      return { base: base[i]!, meanVector, score: gold[i]! };
    });
    const model = fitContextModel(examples, setting.lambda);
    const offset = contextValence(centre, model, 0);
    return new Map(
      [...units].map(([word, { unit, rank }]) => [word, Math.round(contextValence(unit, model, offset, frequencyWeight(rank, setting.smoothing)) * 1000) / 1000]),
    );
  }

  // The learned lexicon entries (sentiment-fit.ts) depend on the rules but not on the context setting: one fit
  // per training part and rules. Only the parts a lexicon is built from are kept (a built lexicon's word map
  // is tens of megabytes, and a run fits hundreds of these).
  const learnedByTrain = new Map<string, Pick<SentimentLexicon, 'valences' | 'added' | 'embedded'>>();
  function learnedFor(trainFolds: readonly number[], train: readonly number[], rules: Readonly<SentimentRules>) {
    const key = `${trainFolds.join(',')} ${ruleKey(rules)}`;
    let learned = learnedByTrain.get(key);
    if (!learned) {
      const { valences, added, embedded } = withLearnedValences(fitLearnedValences(train.map((i) => fitData[i]!), rules));
      learned = { valences, added, embedded };
      learnedByTrain.set(key, learned);
    }
    return learned;
  }

  const trainingRecords = (trainFolds: readonly number[]): number[] => records.flatMap((_, i) => (trainFolds.includes(folds[i]!) ? [i] : []));

  /** The shipped scorer's lexicon fitted on the training folds: learned entries and context table. */
  function fittedLexicon(trainFolds: readonly number[], setting: Setting): SentimentLexicon {
    const train = trainingRecords(trainFolds);
    const learned = learnedFor(trainFolds, train, setting.rules);
    return sentimentLexicon(learned.valences, learned.added, learned.embedded, contextTable(train, setting));
  }

  function evaluate(fit: Fit): FitResult {
    const lexicon = fittedLexicon(fit.trainFolds, fit.setting);
    const whole = fit.trainFolds.length === new Set(folds).size;
    const scores = new Float64Array(records.length).fill(NaN);
    articles.forEach((sentences, i) => {
      if (whole || !fit.trainFolds.includes(folds[i]!)) scores[i] = scoreArticle(sentences, THRESHOLDS, fit.setting.rules, lexicon).sentiment;
    });
    if (!fit.others) return { scores, others: null };
    otherSets ??= OTHER_SETS.map((set) => {
      const setRecords = readJsonl<BenchRecord>(setPath(set));
      return { articles: tokenized(setRecords), gold: setRecords.map((r) => r.score) };
    });
    const others = otherSets.map((set) => pearson(set.articles.map((s) => scoreArticle(s, THRESHOLDS, fit.setting.rules, lexicon).sentiment), set.gold));
    return { scores, others };
  }

  return { evaluate, baseScores, contextTable: (setting: Setting) => contextTable(trainingRecords([...new Set(folds)]), setting) };
}

/** A fit waiting for its worker; `urgent` ones go first. */
interface Queued {
  fit: Fit;
  urgent: boolean;
  resolve: (result: FitResult) => void;
}

/**
 * Runs fits, each once: a fit asked for again is answered from memory, and one asked for without the other
 * sets is answered by the same fit with them. With workers, each training part's fits go to one worker (the
 * first to see the part gets it, in turn), so each worker fits a part's learned entries once per rules. A
 * worker has one fit at a time and takes the urgent ones first: the choices made on all of dev, which the
 * next rule stage waits for, before the nested CVs, which only print.
 */
export class FitRunner {
  private readonly done = new Map<string, Promise<FitResult>>();
  private readonly queued = new Map<string, Queued>();
  private readonly workers: Array<{ worker: Worker; queue: Queued[]; busy: Queued | null }> = [];
  private readonly workerOfPart = new Map<string, number>();
  private local: ReturnType<typeof createFitter> | null = null;

  constructor(private readonly vocabulary: Vocabulary, workers: number) {
    for (let w = 0; w < workers; w++) {
      // tsx's loader does not reach a worker started from a .ts file: the worker registers it, then imports this module.
      const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`, {
        eval: true,
        workerData: { role: 'sentiment-context-fits', vocabulary },
      });
      const slot = { worker, queue: [] as Queued[], busy: null as Queued | null };
      worker.on('message', ({ result }: { result: FitResult }) => {
        slot.busy!.resolve(result);
        slot.busy = null;
        this.dispatch(slot);
      });
      worker.on('error', (error) => {
        console.error(error);
        process.exit(1);
      });
      this.workers.push(slot);
    }
  }

  /** The fitter of the main thread (for `--workers 0` and for what the script writes). */
  fitter(): ReturnType<typeof createFitter> {
    return (this.local ??= createFitter(this.vocabulary));
  }

  run(fit: Fit, urgent = false): Promise<FitResult> {
    const key = `${fit.trainFolds.join(',')}|${fit.setting.smoothing}|${fit.setting.lambda}|${ruleKey(fit.setting.rules)}`;
    const known = this.done.has(`${key}|others`) ? `${key}|others` : fit.others ? null : this.done.has(key) ? key : null;
    if (known) {
      if (urgent && this.queued.has(known)) this.queued.get(known)!.urgent = true;
      return this.done.get(known)!;
    }
    const own = fit.others ? `${key}|others` : key;
    const result = this.workers.length ? this.send(own, fit, urgent) : Promise.resolve().then(() => this.fitter().evaluate(fit));
    this.done.set(own, result);
    return result;
  }

  private send(key: string, fit: Fit, urgent: boolean): Promise<FitResult> {
    const part = fit.trainFolds.join(',');
    if (!this.workerOfPart.has(part)) this.workerOfPart.set(part, this.workerOfPart.size % this.workers.length);
    const slot = this.workers[this.workerOfPart.get(part)!]!;
    return new Promise((resolve) => {
      const job: Queued = {
        fit,
        urgent,
        resolve: (result) => {
          this.queued.delete(key);
          resolve(result);
        },
      };
      this.queued.set(key, job);
      slot.queue.push(job);
      this.dispatch(slot);
    });
  }

  private dispatch(slot: (typeof this.workers)[number]): void {
    if (slot.busy || !slot.queue.length) return;
    const next = Math.max(0, slot.queue.findIndex((job) => job.urgent));
    slot.busy = slot.queue.splice(next, 1)[0]!;
    slot.worker.postMessage({ fit: slot.busy.fit });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'sentiment-context-fits') {
  const fitter = createFitter((workerData as { vocabulary: Vocabulary }).vocabulary);
  parentPort!.on('message', ({ fit }: { fit: Fit }) => {
    const result = fitter.evaluate(fit);
    parentPort!.postMessage({ result }, [result.scores.buffer as ArrayBuffer]);
  });
}
