// The cleaner's words of a paragraph, walked along by the tokenizer so it takes their records.
import type { PlacedWords, Word } from '../types.js';
import { wordEnd, ZWNJ } from './word-end.js';

/**
 * A paragraph's words as the cleaner found them (text/line-words.ts wordsAt), walked along by the
 * tokenizer. The cleaner's rule for a word is not the tokenizer's ("U.S." is two words to it,
 * "rock--roll" one), but both start a word at every letter or number they reach, so the places
 * between the cleaner's words hold none and are skipped, and a word the tokenizer ends where the
 * cleaner's does is the same word, whose record it takes.
 */
export class KnownWords {
  /** The first of the cleaner's words that starts at or after the tokenizer's place. */
  private next = 0;
  /** The end of the cleaner's words that start before that place. */
  private covered = 0;
  /** The first of line.joined not below `next`. */
  private nextJoined = 0;

  constructor(private readonly line: PlacedWords) {}

  /** The first place from `at` (up to `to`) where a token may start. */
  nextCandidate(at: number, to: number): number {
    const { spans, scanned } = this.line;
    while (2 * this.next < spans.length && spans[2 * this.next]! < at) {
      this.covered = Math.max(this.covered, spans[2 * this.next + 1]!);
      this.next++;
    }
    // Inside a word of the cleaner's that the tokenizer splits, or past what the cleaner read.
    if (at < this.covered || at >= scanned) return at;
    return Math.min(2 * this.next < spans.length ? spans[2 * this.next]! : scanned, to);
  }

  /**
   * Where the token at `start` ends when it is the cleaner's word there, known without wordEnd's
   * scan (wordEnd's answer otherwise). Without an apostrophe or hyphen, the cleaner's word is
   * letters, marks and numbers up to a character that is none of these nor a joiner, where the
   * tokenizer's word ends too, unless that character is a dot, comma or ampersand, which can join numbers,
   * a name ending or capitals or end an acronym's letter ("3.5", "Amazon.com", "AT&T", "U.S."), a zero-width
   * non-joiner, which joins the tokenizer's word and not the cleaner's, or the cleaner stopped reading the line there.
   */
  sameWordEnd(text: string, start: number): number {
    const { spans, joined, scanned } = this.line;
    const k = this.next;
    if (2 * k >= spans.length || spans[2 * k] !== start) return wordEnd(text, start);
    while (this.nextJoined < joined.length && joined[this.nextJoined]! < k) this.nextJoined++;
    const end = spans[2 * k + 1]!;
    const after = text.charCodeAt(end);
    if (joined[this.nextJoined] === k || after === 0x2e || after === 0x2c || after === 0x26 || after === ZWNJ || (end === scanned && end < text.length)) return wordEnd(text, start);
    return end;
  }

  /** The record of the token text[start, end) when the cleaner found that word there. */
  recordOf(start: number, end: number): Word | undefined {
    const { spans, words } = this.line;
    const k = this.next;
    return 2 * k < spans.length && spans[2 * k] === start && spans[2 * k + 1] === end ? words[k] : undefined;
  }
}
