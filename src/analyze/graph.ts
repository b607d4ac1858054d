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
  // Each linked pair of nodes once (smaller node first), with how often they co-occur, in the
  // order pairs are first seen: the iterations below add up the ranks in that order.
  // Positions are distinct and in order, so a word links to at most window - 1 words after it.
  const pairs = new PairTable(occurrences.length * Math.max(1, window - 1));
  for (let i = 0; i < occurrences.length; i++) {
    const a = node[i]!;
    jump[a]! += 1 / (occurrences[i]!.position + 1);
    for (let j = i + 1; j < occurrences.length && occurrences[j]!.position - occurrences[i]!.position < window; j++) {
      const b = node[j]!;
      if (a !== b) pairs.add(Math.min(a, b), Math.max(a, b));
    }
  }
  normalise(jump);

  // Both directions of every pair, as flat arrays: the iterations below are the hot loop.
  const from = new Int32Array(pairs.size * 2);
  const to = new Int32Array(pairs.size * 2);
  const share = new Float64Array(pairs.size * 2);
  const outWeight = new Float64Array(n);
  let e = 0;
  for (let p = 0; p < pairs.size; p++) {
    const a = pairs.first[p]!;
    const b = pairs.second[p]!;
    const weight = pairs.count[p]!;
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

/**
 * Counts of node pairs in the order they are first added: an open-addressing table of indexes into
 * parallel arrays (a Map keyed by pair number did the same, more slowly, on every article).
 */
class PairTable {
  first: Int32Array;
  second: Int32Array;
  count: Float64Array;
  size = 0;
  /** 1 + index into the arrays, 0 for an empty slot; at most half full. */
  private slots: Int32Array;

  /** `expected`: the most pairs likely (the table grows past it). */
  constructor(expected: number) {
    const capacity = Math.max(16, expected);
    this.first = new Int32Array(capacity);
    this.second = new Int32Array(capacity);
    this.count = new Float64Array(capacity);
    this.slots = new Int32Array(slotsFor(capacity));
  }

  add(a: number, b: number): void {
    const mask = this.slots.length - 1;
    for (let slot = pairHash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        if (this.size === this.first.length) {
          this.grow();
          this.add(a, b);
          return;
        }
        this.first[this.size] = a;
        this.second[this.size] = b;
        this.count[this.size] = 1;
        this.slots[slot] = ++this.size;
        return;
      }
      if (this.first[entry - 1] === a && this.second[entry - 1] === b) {
        this.count[entry - 1]!++;
        return;
      }
    }
  }

  private grow(): void {
    const capacity = this.first.length * 2;
    const resized = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.first = resized(this.first, new Int32Array(capacity));
    this.second = resized(this.second, new Int32Array(capacity));
    this.count = resized(this.count, new Float64Array(capacity));
    this.slots = new Int32Array(slotsFor(capacity));
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.size; entry++) {
      let slot = pairHash(this.first[entry]!, this.second[entry]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

const pairHash = (a: number, b: number): number => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);

/** A power of two at least twice `entries`. */
function slotsFor(entries: number): number {
  let slots = 16;
  while (slots < entries * 2) slots *= 2;
  return slots;
}
