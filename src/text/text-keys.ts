// An index of keys that are ranges of one large text (a word list read at start-up): each key is
// kept as its start and end in the text, in typed arrays, and found through an open-addressing
// table of their hashes. Every worker thread loads tens of thousands of such keys; a Map would
// need a string, an entry and often a value object per key, built one by one, which costs each
// thread a few hundred milliseconds of CPU and most of its start-up garbage. Lookups are rarer than keys here: the stages cache what they find per word form.

import { rangeHash } from './word-cache.js';

const MAX_LOAD = 0.5;
const EMPTY = -1;

/** The hash of text[start, end), unsigned as the Uint32Array of hashes keeps it. */
const hashRange = (text: string, start: number, end: number): number => rangeHash(text, start, end) >>> 0;

export class TextKeys {
  /** The text the keys are ranges of. */
  readonly text: string;
  private starts: Uint32Array;
  private ends: Uint32Array;
  private hashes: Uint32Array;
  /** Key number + 1 per slot (0: empty); capacity a power of two. */
  private slots: Int32Array;
  private count = 0;

  constructor(text: string, expectedKeys = 1024) {
    this.text = text;
    const keys = Math.max(16, expectedKeys);
    this.starts = new Uint32Array(keys);
    this.ends = new Uint32Array(keys);
    this.hashes = new Uint32Array(keys);
    let capacity = 16;
    while (capacity * MAX_LOAD < keys) capacity *= 2;
    this.slots = new Int32Array(capacity);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.count;
  }

  /**
   * The number of the key text[start, end): a new one (size - 1 after the call) if the key was not
   * there, else the number it was first added under.
   */
  add(start: number, end: number): number {
    const hash = hashRange(this.text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry === EMPTY) break;
      if (this.hashes[entry] === hash && this.rangeEquals(entry, start, end)) return entry;
    }
    if (this.count === this.starts.length) this.growKeys();
    const entry = this.count++;
    this.starts[entry] = start;
    this.ends[entry] = end;
    this.hashes[entry] = hash;
    if (this.count > this.slots.length * MAX_LOAD) this.rehash(this.slots.length * 2);
    else this.place(entry);
    return entry;
  }

  /** The number of a key, or -1. */
  find(key: string): number {
    const hash = hashRange(key, 0, key.length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry === EMPTY) return EMPTY;
      if (this.hashes[entry] === hash && this.keyEquals(entry, key)) return entry;
    }
  }

  /** The key numbered `entry`, as a string. */
  key(entry: number): string {
    return this.text.slice(this.starts[entry], this.ends[entry]);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private growKeys(): void {
    const grow = (from: Uint32Array): Uint32Array => {
      const to = new Uint32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.hashes = grow(this.hashes);
  }

  private rangeEquals(entry: number, start: number, end: number): boolean {
    const from = this.starts[entry]!;
    if (this.ends[entry]! - from !== end - start) return false;
    return this.text.startsWith(this.text.slice(start, end), from);
  }

  private keyEquals(entry: number, key: string): boolean {
    const from = this.starts[entry]!;
    return this.ends[entry]! - from === key.length && this.text.startsWith(key, from);
  }
}
