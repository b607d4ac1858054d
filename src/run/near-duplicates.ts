// Near-duplicate bodies: a wire story's updates, refiles and corrections, which differ by a few words
// or a paragraph and so escape duplicates.ts's exact body hash. Reported only (articles.csv
// near_duplicate_of): unlike exact copies they are counted in every statistic, since whether an
// update is a new story is the analyst's call.
//
// MinHash with LSH banding. A worker turns each cleaned body into a signature (minHashSignature: a
// pure function of the body, SIGNATURE_LENGTH numbers); the main thread offers the signatures in
// input order (NearDuplicates), so which earlier article is named depends neither on the workers
// nor on the batches. Two bodies' signatures agree at each place with probability equal to the
// Jaccard similarity of their sets of SHINGLE_WORDS-word shingles; the share of places that agree
// estimates it. Bands of the signature find the candidates without comparing every pair.

/** Hash functions, so numbers per signature (a multiple of 4: minHashSignature): the estimate's standard error is sqrt(J(1 - J) / 64), 0.05 at J = 0.8. */
export const SIGNATURE_LENGTH = 64;
/** Words per shingle: word order counts, so two bodies sharing their vocabulary but not their sentences differ. */
const SHINGLE_WORDS = 3;
/** Bodies with fewer distinct shingles (about 20 words) are not compared: a one-line brief or a stub matches too easily. */
export const MIN_SHINGLES = 20;
/** Recall a pair exactly at the threshold should have of becoming a candidate (bandRows). */
const CANDIDATE_RECALL = 0.99;
/** Signatures per block of the main thread's store (grown a block at a time, never copied). */
const BLOCK_SIGNATURES = 1024;

/** A 32-bit number's bits mixed (MurmurHash3's finaliser), as an int32. */
const mix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/** A small seeded generator (splitmix32), for the hash family's constants. */
function seededNumbers(seed: number, count: number): Uint32Array {
  const numbers = new Uint32Array(count);
  let state = seed | 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) | 0;
    numbers[i] = mix(state) >>> 0;
  }
  return numbers;
}

// Hash function i maps a shingle's hash x to (x ^ XOR[i]) * MULTIPLY[i] mod 2^32: a permutation of
// 32-bit numbers (the multiplier is odd). The shingle hashes are already well mixed, so this light
// family (two operations per shingle and function) estimates as a fully random one would (tested:
// the spread of the estimate is the binomial one).
const CONSTANTS = seededNumbers(0x5eed, 2 * SIGNATURE_LENGTH);
const XOR = CONSTANTS.subarray(0, SIGNATURE_LENGTH);
const MULTIPLY = CONSTANTS.subarray(SIGNATURE_LENGTH).map((n) => n | 1);
/** A 32-bit number's sign bit, as an int32 (`^` gives int32s). */
const TOP_BIT = 0x80000000 | 0;

// Lowercased ASCII code of each ASCII letter and digit, 0 for every other ASCII character.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) ASCII_WORD[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;

// Scratch memory reused from one body to the next (each thread has its own): the words' and the
// shingles' hashes. Only the signature is allocated per body. A longer array (for a body of over
// 2 MB: limits.maxFileBytes allows 32) is made for its body alone, not kept for the thread's life.
const MAX_KEPT_SCRATCH = 1 << 20;
let words = new Uint32Array(1024);
let shingles = new Uint32Array(1024);
const scratchOf = (kept: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> => (size <= kept.length ? kept : new Uint32Array(size));

/** The hashes of the lowercased words of a text (runs of letters and digits): FNV-1a of their characters, mixed. */
function hashWords(text: string): Uint32Array {
  const into = scratchOf(words, (text.length >> 1) + 1);
  if (into.length <= MAX_KEPT_SCRATCH) words = into;
  let count = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let code = i < text.length ? text.charCodeAt(i) : 32;
    if (code < 128) code = ASCII_WORD[code]!;
    else if (OTHER_WORD_CHAR.test(text[i]!)) code = text[i]!.toLowerCase().charCodeAt(0);
    else code = 0;
    if (code !== 0) {
      if (!inWord) h = 0x811c9dc5;
      h = Math.imul(h ^ code, 0x01000193);
      inWord = true;
    } else if (inWord) {
      into[count++] = mix(h);
      inWord = false;
    }
  }
  return into.subarray(0, count);
}

/** The distinct shingle hashes of a body (each SHINGLE_WORDS consecutive words), sorted; valid until the next call. */
export function shingleHashes(body: string): Uint32Array {
  const wordHashes = hashWords(body);
  const count = Math.max(0, wordHashes.length - SHINGLE_WORDS + 1);
  const into = scratchOf(shingles, count);
  if (into.length <= MAX_KEPT_SCRATCH) shingles = into;
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ wordHashes[i + k]!, 0x5bd1e995) ^ (h >>> 15);
    into[i] = mix(h);
  }
  const sorted = into.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.subarray(0, distinct);
}

/**
 * The MinHash signature of a cleaned body: for each hash function, the least hash of its shingles.
 * Null for a body with fewer than MIN_SHINGLES distinct shingles, which is not compared. Pure:
 * runs in the worker threads.
 */
export function minHashSignature(body: string): Uint32Array | null {
  const distinct = shingleHashes(body);
  if (distinct.length < MIN_SHINGLES) return null;
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  // The least unsigned hash, found among signed ones: the top bit flipped, the order of unsigned 32-bit numbers is that
  // of signed ones, and every value stays a small integer (an unsigned one over 2^31 is a double, and the loop would be
  // a fifth slower); the top bit is flipped back when stored. Four hash functions per pass over the shingles, each
  // shingle read once for the four: one function per pass takes twice the CPU (docs/scale-history.md).
  for (let i = 0; i < SIGNATURE_LENGTH; i += 4) {
    const xor0 = XOR[i]!, xor1 = XOR[i + 1]!, xor2 = XOR[i + 2]!, xor3 = XOR[i + 3]!;
    const multiply0 = MULTIPLY[i]!, multiply1 = MULTIPLY[i + 1]!, multiply2 = MULTIPLY[i + 2]!, multiply3 = MULTIPLY[i + 3]!;
    let least0 = 0x7fffffff, least1 = 0x7fffffff, least2 = 0x7fffffff, least3 = 0x7fffffff;
    for (let k = 0; k < distinct.length; k++) {
      const shingle = distinct[k]! | 0;
      const hashed0 = Math.imul(shingle ^ xor0, multiply0) ^ TOP_BIT;
      if (hashed0 < least0) least0 = hashed0;
      const hashed1 = Math.imul(shingle ^ xor1, multiply1) ^ TOP_BIT;
      if (hashed1 < least1) least1 = hashed1;
      const hashed2 = Math.imul(shingle ^ xor2, multiply2) ^ TOP_BIT;
      if (hashed2 < least2) least2 = hashed2;
      const hashed3 = Math.imul(shingle ^ xor3, multiply3) ^ TOP_BIT;
      if (hashed3 < least3) least3 = hashed3;
    }
    signature[i] = least0 ^ TOP_BIT;
    signature[i + 1] = least1 ^ TOP_BIT;
    signature[i + 2] = least2 ^ TOP_BIT;
    signature[i + 3] = least3 ^ TOP_BIT;
  }
  return signature;
}

/** The estimated Jaccard similarity of two signatures: the share of places where they agree. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let agree = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) agree++;
  return agree / SIGNATURE_LENGTH;
}

/**
 * Signature places per band: the most (fewest chance candidates) with which a pair whose similarity
 * is exactly the threshold still shares a band with probability CANDIDATE_RECALL or more, i.e.
 * 1 - (1 - threshold^rows)^bands >= CANDIDATE_RECALL with bands = floor(SIGNATURE_LENGTH / rows).
 * At 0.8: 5 places, 12 bands (a pair at 0.8 is a candidate with probability 0.992, at 0.5 0.32).
 */
export function bandRows(threshold: number): number {
  let rows = 1;
  for (let r = 2; r <= SIGNATURE_LENGTH; r++) {
    const bands = Math.floor(SIGNATURE_LENGTH / r);
    if (1 - (1 - threshold ** r) ** bands >= CANDIDATE_RECALL) rows = r;
  }
  return rows;
}

/**
 * The earliest near-duplicate of each article, offered in input order. Each band keeps, per value
 * of its places (hashed to a 32-bit key), the first article that had it; an article's candidates
 * are those first articles, kept when their whole signatures agree at `threshold` of the places or
 * more, and the earliest kept is named. A pair sharing no band is not found (bandRows); nor is one
 * whose every shared band an earlier, not near enough article had first (rare: it must share each
 * of those bands' five values too). Memory: one signature (256 bytes) and, at 0.8, 12 Map entries
 * per compared article (about 820 bytes in all), never a text.
 */
export class NearDuplicates {
  private readonly rows: number;
  private readonly bands: Array<Map<number, number>>;
  private readonly blocks: Uint32Array[] = [];
  private readonly ids: string[] = [];

  constructor(private readonly threshold: number) {
    this.rows = bandRows(threshold);
    this.bands = Array.from({ length: Math.floor(SIGNATURE_LENGTH / this.rows) }, () => new Map<number, number>());
  }

  /** The id of the earliest earlier article whose signature agrees at the threshold, or null; then remembers this one. */
  earliestNearDuplicate(signature: Uint32Array | null, id: string): string | null {
    if (signature === null) return null;
    const index = this.ids.length;
    let earliest = -1;
    for (let band = 0; band < this.bands.length; band++) {
      const key = this.bandKey(signature, band);
      const first = this.bands[band]!.get(key);
      if (first === undefined) this.bands[band]!.set(key, index);
      else if ((earliest < 0 || first < earliest) && estimatedJaccard(signature, this.signature(first)) >= this.threshold) earliest = first;
    }
    this.store(signature, id);
    return earliest < 0 ? null : this.ids[earliest]!;
  }

  private bandKey(signature: Uint32Array, band: number): number {
    let h = band;
    for (let i = band * this.rows; i < (band + 1) * this.rows; i++) h = Math.imul(h ^ signature[i]!, 0x5bd1e995) ^ (h >>> 13);
    // A small integer, which a Map keeps without allocating a number.
    return mix(h) | 0;
  }

  private signature(index: number): Uint32Array {
    const at = (index % BLOCK_SIGNATURES) * SIGNATURE_LENGTH;
    return this.blocks[Math.floor(index / BLOCK_SIGNATURES)]!.subarray(at, at + SIGNATURE_LENGTH);
  }

  private store(signature: Uint32Array, id: string): void {
    const index = this.ids.length;
    if (index % BLOCK_SIGNATURES === 0) this.blocks.push(new Uint32Array(BLOCK_SIGNATURES * SIGNATURE_LENGTH));
    this.blocks[this.blocks.length - 1]!.set(signature, (index % BLOCK_SIGNATURES) * SIGNATURE_LENGTH);
    this.ids.push(id);
  }
}
