// Posts the article embeds (a tweet: its text, then "— Jane Doe (@janedoe) May 3, 2019") are
// quoted content of the article, as a block quote is. Their lines are short and unpunctuated, so
// the line model finds them weak, and a post at the article's end would be cut off as a list of
// headlines; these helpers keep them with the article.
import { isProse } from './features.js';
import type { Line } from './lines.js';

const EMBEDDED_POST_SIGNATURE = /^[—–-]\s*.*\(@\w+\)/u;
/** At most this many lines of a post's text stand above its signature. */
const EMBEDDED_POST_LINES = 6;

/** The signature under an embedded post: "— Jane Doe (@janedoe) May 3, 2019". */
export function isEmbeddedPostSignature(line: Line): boolean {
  return EMBEDDED_POST_SIGNATURE.test(line.text);
}

/** Index of the article's last line once the embedded posts right after `last` are taken in. */
export function embeddedPostsEnd(lines: readonly Line[], last: number): number {
  let end = last;
  for (;;) {
    const next = lines.slice(end + 1, end + 1 + EMBEDDED_POST_LINES + 1).findIndex(isEmbeddedPostSignature);
    if (next < 0) return end;
    end += next + 1;
  }
}

/**
 * The article's last line once the prose after an embedded post that ends it is taken in, and into
 * `kept`: a post's signature at `last` with a paragraph after it (a tweet quoted before the story's
 * last line). The post's short lines around it made that paragraph a weak island after the block,
 * and it was dropped as page text after the article.
 */
export function proseAfterPosts(lines: readonly Line[], last: number, kept: Set<number>): number {
  while (last + 1 < lines.length && isEmbeddedPostSignature(lines[last]!) && isProse(lines[last + 1]!)) {
    kept.add(++last);
    while (last + 1 < lines.length && isProse(lines[last + 1]!)) kept.add(++last);
    last = embeddedPostsEnd(lines, last);
  }
  return last;
}

/**
 * Indexes (from `first` to `last`) of the lines of embedded posts: each signature, and the weak
 * lines right above it (the post's text), up to EMBEDDED_POST_LINES of them.
 */
export function embeddedPostLines(lines: readonly Line[], first: number, last: number, weak: (index: number) => boolean): Set<number> {
  const quoted = new Set<number>();
  for (let i = first; i <= last; i++) {
    if (!isEmbeddedPostSignature(lines[i]!)) continue;
    quoted.add(i);
    for (let k = i - 1; k >= first && k >= i - EMBEDDED_POST_LINES && weak(k) && !quoted.has(k); k--) quoted.add(k);
  }
  return quoted;
}
