// Word graph centrality, PositionRank-style (Florescu & Caragea, ACL 2017): words are nodes, words
// that occur within a few positions of each other are linked (weight = how often), and PageRank's
// random jump favours words that occur early and often (each occurrence adds 1 / position).
const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
// Stop when the ranks (summing to 1) move less than this in total: about 13 iterations on news, and
// DUC-2001 keyphrases come out as after 50 (the order of words settles long before the values).
const TOLERANCE = 1e-3;

export interface WordOccurrence {
  /** Node identity (the word's stem). */
  word: string;
  /** 0-based position among all the article's words (gaps count: they separate words). */
  position: number;
}

/** Centrality of each word, summing to 1. `window`: positions apart that still link two words. */
export function positionRank(occurrences: readonly WordOccurrence[], window: number): Map<string, number> {
  const index = new Map<string, number>();
  const node = occurrences.map(({ word }) => {
    let i = index.get(word);
    if (i === undefined) index.set(word, (i = index.size));
    return i;
  });
  const n = index.size;
  const jump = new Float64Array(n);
  const pairs = new Map<number, number>(); // smaller * n + larger -> co-occurrences
  for (let i = 0; i < occurrences.length; i++) {
    const a = node[i]!;
    jump[a]! += 1 / (occurrences[i]!.position + 1);
    for (let j = i + 1; j < occurrences.length && occurrences[j]!.position - occurrences[i]!.position < window; j++) {
      const b = node[j]!;
      if (a !== b) {
        const pair = a < b ? a * n + b : b * n + a;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
    }
  }
  normalise(jump);

  // Both directions of every pair, as flat arrays: the iterations below are the hot loop.
  const from = new Int32Array(pairs.size * 2);
  const to = new Int32Array(pairs.size * 2);
  const share = new Float64Array(pairs.size * 2);
  const outWeight = new Float64Array(n);
  let e = 0;
  for (const [pair, weight] of pairs) {
    const a = Math.floor(pair / n);
    const b = pair - a * n;
    from[e] = a;
    to[e] = b;
    share[e++] = weight;
    from[e] = b;
    to[e] = a;
    share[e++] = weight;
    outWeight[a]! += weight;
    outWeight[b]! += weight;
  }
  for (let k = 0; k < e; k++) share[k]! /= outWeight[from[k]!]!;

  let rank = Float64Array.from(jump);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) if (outWeight[v] === 0) dangling += rank[v]!;
    next.fill(0);
    for (let k = 0; k < e; k++) next[to[k]!]! += rank[from[k]!]! * share[k]!;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = (1 - DAMPING) * jump[v]! + DAMPING * (next[v]! + dangling * jump[v]!);
      change += Math.abs(next[v]! - rank[v]!);
    }
    [rank, next] = [next, rank];
    if (change < TOLERANCE) break;
  }
  const scores = new Map<string, number>();
  for (const [word, i] of index) scores.set(word, rank[i]!);
  return scores;
}

function normalise(values: Float64Array): void {
  const total = values.reduce((sum, v) => sum + v, 0);
  if (total > 0) for (let i = 0; i < values.length; i++) values[i]! /= total;
}
