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
  const { index, jump, pairs } = wordGraph(occurrences, window);
  const rank = pageRank(jump, inLinks(pairs, index.size));
  const scores = new Map<string, number>();
  for (const [word, i] of index) scores.set(word, rank[i]!);
  return scores;
}

/**
 * The graph's nodes (`index`: word -> node), each node's random-jump weight (`jump`, summing to 1: 1 / position for each
 * occurrence) and its links (`pairs`).
 */
function wordGraph(occurrences: readonly WordOccurrence[], window: number): { index: Map<string, number>; jump: Float64Array; pairs: PairTable } {
  const index = new Map<string, number>();
  const node = occurrences.map(({ word }) => {
    let i = index.get(word);
    if (i === undefined) index.set(word, (i = index.size));
    return i;
  });
  const jump = new Float64Array(index.size);
  // Each linked pair of nodes once (smaller node first), with how often they co-occur, in the
  // order pairs are first seen: pageRank's iterations add up the ranks in that order.
  // Positions are distinct and in order, so a word links to at most window - 1 words after it.
  const pairs = pairTable(occurrences.length * Math.max(1, window - 1));
  for (let i = 0; i < occurrences.length; i++) {
    const a = node[i]!;
    jump[a]! += 1 / (occurrences[i]!.position + 1);
    for (let j = i + 1; j < occurrences.length && occurrences[j]!.position - occurrences[i]!.position < window; j++) {
      const b = node[j]!;
      if (a !== b) pairs.add(Math.min(a, b), Math.max(a, b));
    }
  }
  normalise(jump);
  return { index, jump, pairs };
}

/** Each node's in-links (`source[k]` for k from `inStart[v]` to `inStart[v + 1]`), with the share of the source's rank each carries. */
interface InLinks {
  outWeight: Float64Array;
  inStart: Int32Array;
  source: Int32Array;
  share: Float64Array;
}

/**
 * Both directions of every pair, grouped by the node they lead to (counting sort): each node's
 * rank is summed from its in-links in one run, without scattered writes. Within a node's group the
 * links keep the order of the pairs, so every sum adds the same terms in the same order as
 * scattering over the pairs did: the ranks are the same to the bit.
 */
function inLinks(pairs: PairTable, n: number): InLinks {
  const outWeight = new Float64Array(n);
  const inStart = new Int32Array(n + 1);
  for (let p = 0; p < pairs.size; p++) {
    const weight = pairs.count[p]!;
    outWeight[pairs.first[p]!]! += weight;
    outWeight[pairs.second[p]!]! += weight;
    inStart[pairs.first[p]! + 1]!++;
    inStart[pairs.second[p]! + 1]!++;
  }
  for (let v = 0; v < n; v++) inStart[v + 1]! += inStart[v]!;
  const source = new Int32Array(pairs.size * 2);
  const share = new Float64Array(pairs.size * 2);
  const filled = inStart.slice(0, n);
  for (let p = 0; p < pairs.size; p++) {
    const a = pairs.first[p]!;
    const b = pairs.second[p]!;
    const weight = pairs.count[p]!;
    let k = filled[b]!++;
    source[k] = a;
    share[k] = weight / outWeight[a]!;
    k = filled[a]!++;
    source[k] = b;
    share[k] = weight / outWeight[b]!;
  }
  return { outWeight, inStart, source, share };
}

/** PageRank with the random jump `jump` over the links, until the ranks settle (TOLERANCE) or MAX_ITERATIONS. */
function pageRank(jump: Float64Array, { outWeight, inStart, source, share }: InLinks): Float64Array {
  const n = jump.length;
  let rank = Float64Array.from(jump);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let dangling = 0;
    // Every node's rank is read and added, times 0 unless the node is dangling (the sum is the
    // same to the bit): read and added only for the rare dangling node, they have no type feedback
    // when the function is first optimised, and the first article with one throws the code away
    // (docs/scale-history.md, "the JIT"). A conditional 0 instead of the product would be a small integer,
    // which an article with a dangling node would deoptimise again.
    for (let v = 0; v < n; v++) dangling += rank[v]! * (outWeight[v] === 0 ? 1 : 0);
    let change = 0;
    for (let v = 0; v < n; v++) {
      let linked = 0;
      for (let k = inStart[v]!, end = inStart[v + 1]!; k < end; k++) linked += rank[source[k]!]! * share[k]!;
      const value = (1 - DAMPING) * jump[v]! + DAMPING * (linked + dangling * jump[v]!);
      next[v] = value;
      change += Math.abs(value - rank[v]!);
    }
    [rank, next] = [next, rank];
    if (change < TOLERANCE) break;
  }
  return rank;
}

function normalise(values: Float64Array): void {
  const total = values.reduce((sum, v) => sum + v, 0);
  if (total > 0) for (let i = 0; i < values.length; i++) values[i]! /= total;
}

/**
 * Counts of node pairs in the order they are first added: an open-addressing table of indexes into
 * parallel arrays (a Map keyed by pair number did the same, more slowly, on every article). One
 * table serves every article of the thread (PAIRS): its arrays are kept and only the slots in use
 * cleared, instead of about 60 KB of typed arrays allocated and zeroed per article.
 */
class PairTable {
  first = new Int32Array(16);
  second = new Int32Array(16);
  count = new Float64Array(16);
  size = 0;
  /** 1 + index into the arrays, 0 for an empty slot; at most half full. Only slots[0, mask] are in use. */
  private slots = new Int32Array(32);
  private mask = 31;

  /** Empties the table for `expected` pairs at most (it grows past that). */
  reset(expected: number): this {
    const capacity = Math.max(16, expected);
    if (this.first.length < capacity) {
      this.first = new Int32Array(capacity);
      this.second = new Int32Array(capacity);
      this.count = new Float64Array(capacity);
    }
    const slots = slotsFor(capacity);
    if (this.slots.length < slots) this.slots = new Int32Array(slots);
    else this.slots.fill(0, 0, slots);
    this.mask = slots - 1;
    this.size = 0;
    return this;
  }

  add(a: number, b: number): void {
    const mask = this.mask;
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
    const mask = (this.mask = this.slots.length - 1);
    for (let entry = 0; entry < this.size; entry++) {
      let slot = pairHash(this.first[entry]!, this.second[entry]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

/** The table every article of the thread reuses, up to this many pairs (1.5 MB of arrays); an article needing more gets its own, so one huge input does not keep a huge table. */
const MAX_REUSED_PAIRS = 65_536;
// Made at its full size (1.5 MB per thread) so that no article makes reset() allocate: the
// allocations in a branch the warm-up articles have not taken have no type feedback, and the first
// larger article throws the optimised positionRank away (docs/scale-history.md, "the JIT").
const PAIRS = new PairTable().reset(MAX_REUSED_PAIRS);

/** An empty pair table for `expected` pairs at most: the reused one when it is not too big. */
const pairTable = (expected: number): PairTable => (expected <= MAX_REUSED_PAIRS ? PAIRS : new PairTable()).reset(expected);

const pairHash = (a: number, b: number): number => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);

/** A power of two at least twice `entries`. */
function slotsFor(entries: number): number {
  let slots = 16;
  while (slots < entries * 2) slots *= 2;
  return slots;
}
