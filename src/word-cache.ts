// Values computed once per distinct word form. Words repeat, and what the stages work out per word
// (lowercase, stem and stopword in the tokenizer, the lexical tag in pos.ts) costs more than one
// map lookup. Bounded, so that a corpus of any size keeps a fixed-size cache.

/** Enough for the vocabulary of a large corpus; past it the cache starts again. */
const MAX_WORDS = 200_000;
/** Longer "words" are not cached: no real word is, and they could hold much memory. */
const MAX_WORD_LENGTH = 64;

/**
 * A copy of a word cut from a text: a substring may keep its whole text alive, which a cache
 * entry must not. (Slicing a concatenation copies the characters.)
 */
const detached = (word: string): string => ` ${word}`.slice(1);

/**
 * Words the recent map holds before it starts again: about 50 articles' worth, small enough to stay
 * in the CPU's caches. Chosen by bench:stages on the 10k scale corpus (alternating pairs): 8,192 was
 * faster than 2,048 (cleaner misses 152 -> 69 per article) and than 32,768 (24 misses, a colder map).
 */
const RECENT_WORDS = 8192;

export class WordCache<V> {
  private readonly values = new Map<string, V>();
  /**
   * The words met lately, in front of `values`: a lookup in a map of 200,000 words misses the CPU's
   * caches three or four times (bucket, entry, key), and an article's words repeat within it (the
   * cleaner and the tokenizer look up the same body) and across articles (function words).
   */
  private recent = new Map<string, V>();

  /**
   * The value for `word`, computed on a miss by `compute`, which gets a copy of the word that holds
   * no larger text (the word itself when it is too long to cache).
   */
  get(word: string, compute: (word: string) => V): V {
    if (word.length > MAX_WORD_LENGTH) return compute(word);
    let value = this.recent.get(word);
    if (value !== undefined) return value;
    const key = detached(word);
    value = this.values.get(word);
    if (value === undefined) {
      value = compute(key);
      if (this.values.size >= MAX_WORDS) this.values.clear();
      this.values.set(key, value);
    }
    if (this.recent.size >= RECENT_WORDS) this.recent = new Map();
    this.recent.set(key, value);
    return value;
  }
}
