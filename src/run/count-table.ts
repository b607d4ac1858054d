// A counter keyed by strings that the worker threads can share without copying: each key is stored
// as a 64-bit hash (never the string) in an open-addressing table inside a SharedArrayBuffer, with
// one or more 32-bit values per key (the first is the count; 0 marks an empty slot).
// The pipeline uses it for the corpus summaries workers must read: how many articles contain each
// line (for the cleaner), each term's document frequency and corpus counts (term-summary.ts).
// Two different keys share a hash with probability about n²/2⁶⁵ (1 in 10 million for 2 million
// keys); a collision would add the two keys' counts, nothing worse.

const HASH = 2; // hash high word, hash low word, then the values
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

/** Writes the key's hash as [high, low] at `at` in `into`. */
export function writeHash(key: string, into: Uint32Array, at: number): void {
  hashKey(key);
  into[at] = hashHigh;
  into[at + 1] = hashLow;
}

/** The hashes of several keys, as [high, low] pairs: what a worker sends instead of the strings. */
export function hashKeys(keys: Iterable<string>): Uint32Array {
  const list = [...keys];
  const hashes = new Uint32Array(list.length * 2);
  list.forEach((key, i) => writeHash(key, hashes, 2 * i));
  return hashes;
}

/** Slots for `keys` keys: a power of two, at least 1024, at most MAX_LOAD full. */
function capacityFor(keys: number): number {
  let capacity = 1024;
  while (capacity * MAX_LOAD < keys) capacity *= 2;
  return capacity;
}

export class CountTable {
  private slots: Uint32Array;
  private used: number;
  private readonly slot: number;

  private constructor(slots: Uint32Array, used: number, values: number) {
    this.slots = slots;
    this.used = used;
    this.slot = HASH + values;
  }

  /** A table for about `expectedKeys` keys (it grows past them), with `values` numbers per key. */
  static empty(expectedKeys = 1024, values = 1): CountTable {
    return new CountTable(new Uint32Array(new SharedArrayBuffer(capacityFor(expectedKeys) * (HASH + values) * 4)), 0, values);
  }

  /** A read-only view of a table built elsewhere (in another thread). */
  static fromBuffer(buffer: SharedArrayBuffer, values = 1): CountTable {
    return new CountTable(new Uint32Array(buffer), -1, values);
  }

  /** The memory to hand to workers; valid until the next change that grows the table or retain(), which may rewrite it in place. */
  get buffer(): SharedArrayBuffer {
    return this.slots.buffer as SharedArrayBuffer;
  }

  get size(): number {
    return this.used;
  }

  /** Keys the table holds before it grows. */
  get capacity(): number {
    return (this.slots.length / this.slot) * MAX_LOAD;
  }

  /**
   * Every key's values: the entry at `offset` (from offsetOf, entryFor or entries) has its values at
   * values[offset], values[offset + 1], ...; valid until the next change that grows the table.
   */
  get values(): Uint32Array {
    return this.slots;
  }

  get(key: string): number {
    const at = this.offsetOf(key);
    return at < 0 ? 0 : this.slots[at]!;
  }

  /** Where the key's values are, or -1 when it was never added. */
  offsetOf(key: string): number {
    hashKey(key);
    return this.offsetOfHash(hashHigh, hashLow);
  }

  /** offsetOf for a hash from writeHash/hashKeys. */
  offsetOfHash(high: number, low: number): number {
    const at = this.find(high, low);
    return this.slots[at + HASH] === 0 ? -1 : at + HASH;
  }

  add(key: string, delta: number): void {
    hashKey(key);
    const at = this.entryFor(hashHigh, hashLow); // first: it may grow the table
    this.slots[at] += delta;
  }

  /** Adds every [high, low] pair of hashKeys() output once. */
  addHashes(hashes: Uint32Array, delta = 1): void {
    for (let i = 0; i < hashes.length; i += 2) {
      const at = this.entryFor(hashes[i]!, hashes[i + 1]!);
      this.slots[at] += delta;
    }
  }

  /**
   * Where the hash's values are, after adding it with every value 0 when it was absent: the caller
   * must then make the first value non-zero (0 marks an empty slot).
   */
  entryFor(high: number, low: number): number {
    if (this.used < 0) throw new Error('CountTable.fromBuffer() views are read-only');
    if (this.used + 1 > this.capacity) this.grow();
    const at = this.find(high, low);
    if (this.slots[at + HASH] === 0) {
      this.slots[at] = high;
      this.slots[at + 1] = low;
      this.used++;
    }
    return at + HASH;
  }

  /** entryFor with the hash of `from`'s entry at `offset`. */
  entryForKeyOf(from: CountTable, offset: number): number {
    return this.entryFor(from.slots[offset - HASH]!, from.slots[offset - HASH + 1]!);
  }

  /** offsetOfHash for the hash of `from`'s entry at `offset`. */
  offsetOfKeyOf(from: CountTable, offset: number): number {
    return this.offsetOfHash(from.slots[offset - HASH]!, from.slots[offset - HASH + 1]!);
  }

  /** The offsets of every entry's values, in slot order (the same for the same additions). */
  *entries(): Generator<number> {
    for (let at = 0; at < this.slots.length; at += this.slot) if (this.slots[at + HASH] !== 0) yield at + HASH;
  }

  /**
   * Forgets the entries `keep` refuses (it is given the values and an entry's offset); returns how
   * many were dropped. The kept entries move to a table sized for them, or for `room` keys when
   * that is more: a table that is to fill up again is not grown step by step (each growth rehashes
   * every key), so memory shrinks only when it is not about to grow back.
   */
  retain(keep: (values: Uint32Array, offset: number) => boolean, room = 0): number {
    const old = this.slots;
    const before = this.used;
    const kept: number[] = [];
    for (let at = 0; at < old.length; at += this.slot) if (old[at + HASH] !== 0 && keep(old, at + HASH)) kept.push(at);
    const length = capacityFor(Math.max(kept.length, room)) * this.slot;
    this.used = 0;
    if (length === old.length) {
      // The same size (a summary pruned to make room again): the kept entries go back into this
      // memory, not into a new table of tens of MB whose every page would be faulted in afresh.
      const keptEntries = new Uint32Array(kept.length * this.slot);
      kept.forEach((at, i) => keptEntries.set(old.subarray(at, at + this.slot), i * this.slot));
      old.fill(0);
      for (let at = 0; at < keptEntries.length; at += this.slot) this.copyEntry(keptEntries, at);
    } else {
      this.slots = new Uint32Array(new SharedArrayBuffer(length * 4));
      for (const at of kept) this.copyEntry(old, at);
    }
    return before - this.used;
  }

  /** The slot holding the hash, or the empty slot where it would go (linear probing). */
  private find(high: number, low: number): number {
    const mask = this.slots.length / this.slot - 1;
    for (let i = low & mask; ; i = (i + 1) & mask) {
      const at = i * this.slot;
      if (this.slots[at + HASH] === 0 || (this.slots[at] === high && this.slots[at + 1] === low)) return at;
    }
  }

  private copyEntry(from: Uint32Array, at: number): void {
    const to = this.entryFor(from[at]!, from[at + 1]!);
    this.slots.set(from.subarray(at + HASH, at + this.slot), to);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(new SharedArrayBuffer(old.byteLength * 2));
    this.used = 0;
    for (let at = 0; at < old.length; at += this.slot) if (old[at + HASH] !== 0) this.copyEntry(old, at);
  }
}
