// Valences for words the lexicons lack, guessed from word embeddings: a ridge regression from a word's
// (L2-normalised) vector to its lexicon valence, trained on the lexicon itself and on frequent words the
// lexicons leave out (as 0: a word frequent enough that VADER's and AFINN's authors saw it and gave no
// rating is mostly neutral). No rated text is used, so nothing here is fitted on a bench set. The fitted
// map is then applied to the frequent words the lexicons lack ("seized", "crackdown", "plunges").
// `npm run fit:sentiment-embeddings` runs it on GloVe vectors and writes data/sentiment-embedded.txt; a run
// never loads this module, only the scripts and tests do.
import { byCodeUnits } from '../order.js';

interface EmbeddingFitOptions {
  /** Ridge penalty on the weights (not on the intercept). */
  lambda: number;
  /** Words of this frequency rank or better that the lexicon lacks are trained as neutral (0). */
  neutralRank: number;
  /** Weight of each of those neutral words in the fit (a lexicon word weighs 1). */
  neutralWeight: number;
  /** Valences are written for the words of this frequency rank or better that the lexicon lacks. */
  outputRank: number;
  /** Guesses smaller than this in magnitude are left out: they would only add noise to plain sentences. */
  minMagnitude: number;
}

export const DEFAULT_EMBEDDING_FIT: Readonly<EmbeddingFitOptions> = { lambda: 1, neutralRank: 50_000, neutralWeight: 1, outputRank: 50_000, minMagnitude: 0.1 };

/** Words the fit considers: lowercase letters, with inner apostrophes or hyphens (exported: the context fit takes the same words). */
export const EMBEDDABLE = /^[a-z][a-z'-]+$/;

/** Word vectors in frequency order (most frequent first), as GloVe lists them. */
export interface WordVectors {
  words: readonly string[];
  vector(index: number): ArrayLike<number>;
  dimensions: number;
}

/** Solves the symmetric positive definite system A x = b (Cholesky); A is row-major n x n. */
export function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (sum <= 0) throw new Error('solveSymmetric: matrix is not positive definite');
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j]!;
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * y[k]!;
    y[i] = sum / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}

/** The first `dimensions` values scaled to length 1, in an array `extra` longer (zeros); the context fit's vectors too. */
export function unitVector(vector: ArrayLike<number>, dimensions: number, extra = 0): Float64Array {
  const out = new Float64Array(dimensions + extra);
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += vector[d]! ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < dimensions; d++) out[d] = vector[d]! * scale;
  return out;
}

/** The unit vector with a constant 1 appended for the intercept. */
function features(vector: ArrayLike<number>, dimensions: number): Float64Array {
  const out = unitVector(vector, dimensions, 1);
  out[dimensions] = 1;
  return out;
}

/** Ridge weights (last one the intercept) from word vectors to valences. */
function fitValenceMap(vectors: WordVectors, lexicon: ReadonlyMap<string, number>, options: EmbeddingFitOptions): Float64Array {
  const n = vectors.dimensions + 1;
  const gram = new Float64Array(n * n);
  const moment = new Float64Array(n);
  vectors.words.forEach((word, index) => {
    const valence = lexicon.get(word);
    const neutral = valence === undefined && index < options.neutralRank && EMBEDDABLE.test(word);
    if (valence === undefined && !neutral) return;
    const x = features(vectors.vector(index), vectors.dimensions);
    const weight = neutral ? options.neutralWeight : 1;
    for (let i = 0; i < n; i++) {
      moment[i]! += weight * x[i]! * (valence ?? 0);
      for (let j = 0; j <= i; j++) gram[i * n + j]! += weight * x[i]! * x[j]!;
    }
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) gram[j * n + i] = gram[i * n + j]!;
    if (i < n - 1) gram[i * n + i]! += options.lambda;
  }
  return solveSymmetric(gram, moment, n);
}

/**
 * Guessed valences (rounded to 0.01) of the frequent words the lexicon lacks, in alphabetical order.
 * Stopwords get none: their guesses are noise ("at", "on" next to "hall" and "meeting").
 */
export function embeddedValences(
  vectors: WordVectors, lexicon: ReadonlyMap<string, number>, stopwords: ReadonlySet<string>, options: EmbeddingFitOptions = DEFAULT_EMBEDDING_FIT,
): [string, number][] {
  const weights = fitValenceMap(vectors, lexicon, options);
  const guesses: [string, number][] = [];
  const limit = Math.min(options.outputRank, vectors.words.length);
  for (let index = 0; index < limit; index++) {
    const word = vectors.words[index]!;
    if (lexicon.has(word) || stopwords.has(word) || !EMBEDDABLE.test(word)) continue;
    const x = features(vectors.vector(index), vectors.dimensions);
    let valence = 0;
    for (let d = 0; d < x.length; d++) valence += x[d]! * weights[d]!;
    const rounded = Math.round(valence * 100) / 100;
    if (Math.abs(rounded) >= options.minMagnitude) guesses.push([word, rounded]);
  }
  return guesses.sort((a, b) => byCodeUnits(a[0], b[0]));
}
