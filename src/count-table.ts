// A counter keyed by strings that the worker threads can share without copying: each key is stored
// as a 64-bit hash (never the string) in an open-addressing table inside a SharedArrayBuffer.
// The pipeline uses it for the two corpus summaries workers must read: how many articles contain
// each line (for the cleaner) and each term's document frequency (for TF-IDF and keyphrases).
// Two different keys share a hash with probability about n²/2⁶⁵ (1 in 10 million for 2 million
// keys); a collision would add the two keys' counts, nothing worse.

const SLOT = 3; // hash high word, hash low word, count (0 = empty slot)
const MAX_LOAD = 0.5;

let hashHigh = 0;
let hashLow = 0;

/** Two independent 32-bit multiplicative hashes of the UTF-16 code units (cyrb53's mixing). */
function hashKey(key: string): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashHigh = h1 >>> 0;
  hashLow = h2 >>> 0;
}

/** The hashes of several keys, as [high, low] pairs: what a worker sends instead of the strings. */
export function hashKeys(keys: Iterable<string>): Uint32Array {
  const list = [...keys];
  const hashes = new Uint32Array(list.length * 2);
  list.forEach((key, i) => {
    hashKey(key);
    hashes[2 * i] = hashHigh;
    hashes[2 * i + 1] = hashLow;
  });
  return hashes;
}

export class CountTable {
  private slots: Uint32Array;
  private used = 0;

  private constructor(slots: Uint32Array, used: number) {
    this.slots = slots;
    this.used = used;
  }

  static empty(expectedKeys = 1024): CountTable {
    let capacity = 1024;
    while (capacity * MAX_LOAD < expectedKeys) capacity *= 2;
    return new CountTable(new Uint32Array(new SharedArrayBuffer(capacity * SLOT * 4)), 0);
  }

  /** A read-only view of a table built elsewhere (in another thread). */
  static fromBuffer(buffer: SharedArrayBuffer): CountTable {
    return new CountTable(new Uint32Array(buffer), -1);
  }

  /** The memory to hand to workers; valid until the next add() that grows the table. */
  get buffer(): SharedArrayBuffer {
    return this.slots.buffer as SharedArrayBuffer;
  }

  get size(): number {
    return this.used;
  }

  get(key: string): number {
    hashKey(key);
    return this.slots[this.find(hashHigh, hashLow) + 2]!;
  }

  add(key: string, delta: number): void {
    hashKey(key);
    this.addHash(hashHigh, hashLow, delta);
  }

  /** Adds every [high, low] pair of hashKeys() output once. */
  addHashes(hashes: Uint32Array, delta = 1): void {
    for (let i = 0; i < hashes.length; i += 2) this.addHash(hashes[i]!, hashes[i + 1]!, delta);
  }

  private addHash(high: number, low: number, delta: number): void {
    if (this.used < 0) throw new Error('CountTable.fromBuffer() views are read-only');
    const at = this.find(high, low);
    if (this.slots[at + 2] === 0) {
      this.slots[at] = high;
      this.slots[at + 1] = low;
      this.used++;
    }
    this.slots[at + 2] += delta;
    if (this.used > (this.slots.length / SLOT) * MAX_LOAD) this.grow();
  }

  /** The slot holding the hash, or the empty slot where it would go (linear probing). */
  private find(high: number, low: number): number {
    const mask = this.slots.length / SLOT - 1;
    for (let i = low & mask; ; i = (i + 1) & mask) {
      const at = i * SLOT;
      if (this.slots[at + 2] === 0 || (this.slots[at] === high && this.slots[at + 1] === low)) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(new SharedArrayBuffer(old.byteLength * 2));
    this.used = 0;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2] !== 0) this.addHash(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }
}
