// Values computed once per distinct word form. Words repeat, and what the stages work out per word
// (lowercase, stem and stopword in the tokenizer, the lexical tag in pos.ts) costs more than one
// lookup. Bounded, so that a corpus of any size keeps a fixed-size cache.

import { LONGEST_WORD } from './word-chars.js';

/** Enough for the vocabulary of a large corpus; past it the cache starts again. */
const MAX_WORDS = 200_000;
/** The table starts this small and doubles while more than half full, up to twice MAX_WORDS. */
const FIRST_SLOTS = 1 << 12;

/**
 * A copy of a word cut from a text: a substring may keep its whole text alive, which a cache
 * entry must not. (Slicing a concatenation copies the characters.)
 */
export const detached = (word: string): string => ` ${word}`.slice(1);

/** FNV-1a's start and step, for a scanner that reads a word's code units anyway to hash them as it goes (line-words.ts wordsAt). */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** FNV-1a over the UTF-16 code units of text[start, end), as a signed 32-bit integer. */
export function rangeHash(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

function sameText(key: string, text: string, start: number, length: number): boolean {
  if (key.length !== length) return false;
  for (let i = 0; i < length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * An open-addressing hash table over the words' characters, looked up by a range of a text: the
 * cleaner and the tokenizer find a word's value without cutting the word out (no substring, no
 * regex match array), and a lookup reads one slot of a typed array (hash and index side by side)
 * and the key, instead of a Map's bucket, entry and key for a string whose hash V8 computes anew
 * (each cut word is a new string).
 */
export class WordCache<V> {
  /** Per slot: the key's hash and 1 + its entry's number; 0 marks an empty slot. */
  private slots = new Int32Array(2 * FIRST_SLOTS);
  /** Entry k's key at 2k and value at 2k + 1: side by side, so a hit reads one line of this array, not one in each of two. */
  private entries: Array<string | V> = [];
  private size = 0;

  /**
   * The value for `word`, computed on a miss by `compute`, which gets a copy of the word that holds
   * no larger text (the word itself when it is too long to cache).
   */
  get(word: string, compute: (word: string) => V): V {
    return word.length > LONGEST_WORD ? compute(word) : this.getRange(word, 0, word.length, compute);
  }

  /** get(text.slice(start, end), compute), without the slice when the word is cached; `hash`: the range's rangeHash when the caller has it. */
  getRange(text: string, start: number, end: number, compute: (word: string) => V, hash?: number): V {
    const length = end - start;
    // Longer "words" are not cached: no real word is, and they could hold much memory.
    if (length > LONGEST_WORD) return compute(text.slice(start, end));
    hash ??= rangeHash(text, start, end);
    const found = this.find(hash, text, start, length);
    if (found >= 0) return this.entries[2 * found + 1] as V;
    const key = detached(text.slice(start, end));
    const value = compute(key);
    this.add(hash, key, value);
    return value;
  }

  /** The entry number of text[start, start + length), or -1. */
  private find(hash: number, text: string, start: number, length: number): number {
    const { slots } = this;
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = slots[2 * slot + 1]!;
      if (index === 0) return -1;
      if (slots[2 * slot] === hash && sameText(this.entries[2 * index - 2] as string, text, start, length)) return index - 1;
    }
  }

  private add(hash: number, key: string, value: V): void {
    if (this.size >= MAX_WORDS) {
      this.entries = [];
      this.size = 0;
      this.slots.fill(0);
    } else if (2 * (this.size + 1) > this.slots.length / 2) this.grow();
    this.entries.push(key, value);
    this.place(hash, ++this.size);
  }

  /** Puts 1 + index into the first empty slot from the hash's own. */
  private place(hash: number, indexPlusOne: number): void {
    const { slots } = this;
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = indexPlusOne;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let slot = 0; slot < old.length / 2; slot++) if (old[2 * slot + 1] !== 0) this.place(old[2 * slot]!, old[2 * slot + 1]!);
  }
}
