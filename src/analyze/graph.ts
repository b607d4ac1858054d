// Word graph centrality, PositionRank-style (Florescu & Caragea, ACL 2017): words are nodes, words
// that occur within a few positions of each other are linked (weight = how often), and PageRank's
// random jump favours words that occur early and often (each occurrence adds 1 / position).
const DAMPING = 0.85;
const ITERATIONS = 30;

export interface WordOccurrence {
  /** Node identity (the word's stem). */
  word: string;
  /** 0-based position among all the article's words (gaps count: they separate words). */
  position: number;
}

/** Centrality of each word, summing to 1. `window`: positions apart that still link two words. */
export function positionRank(occurrences: readonly WordOccurrence[], window: number): Map<string, number> {
  const index = new Map<string, number>();
  for (const { word } of occurrences) if (!index.has(word)) index.set(word, index.size);
  const n = index.size;
  const scores = new Map<string, number>();
  if (n === 0) return scores;

  const jump = new Float64Array(n);
  const edges = new Map<number, number>(); // from * n + to -> weight
  for (let i = 0; i < occurrences.length; i++) {
    const a = index.get(occurrences[i]!.word)!;
    jump[a]! += 1 / (occurrences[i]!.position + 1);
    for (let j = i + 1; j < occurrences.length && occurrences[j]!.position - occurrences[i]!.position < window; j++) {
      const b = index.get(occurrences[j]!.word)!;
      if (a === b) continue;
      edges.set(a * n + b, (edges.get(a * n + b) ?? 0) + 1);
      edges.set(b * n + a, (edges.get(b * n + a) ?? 0) + 1);
    }
  }
  normalise(jump);

  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const outWeight = new Float64Array(n);
  for (const [edge, w] of edges) {
    const a = Math.floor(edge / n);
    from.push(a);
    to.push(edge - a * n);
    weight.push(w);
    outWeight[a]! += w;
  }

  let rank = Float64Array.from(jump);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let v = 0; v < n; v++) if (outWeight[v] === 0) dangling += rank[v]!;
    for (let e = 0; e < from.length; e++) next[to[e]!]! += (rank[from[e]!]! * weight[e]!) / outWeight[from[e]!]!;
    for (let v = 0; v < n; v++) next[v] = (1 - DAMPING) * jump[v]! + DAMPING * (next[v]! + dangling * jump[v]!);
    rank = next;
  }
  for (const [word, i] of index) scores.set(word, rank[i]!);
  return scores;
}

function normalise(values: Float64Array): void {
  const total = values.reduce((sum, v) => sum + v, 0);
  if (total > 0) for (let i = 0; i < values.length; i++) values[i]! /= total;
}
