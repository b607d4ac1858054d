// Posts the article embeds (a tweet: its text, then "— Jane Doe (@janedoe) May 3, 2019") are
// quoted content of the article, as a block quote is. Their lines are short and unpunctuated, so
// the line model finds them weak, and a post at the article's end would be cut off as a list of
// headlines; these helpers keep them with the article.
import { isProse } from './line-shape.js';
import { rightUnder, type Line } from './lines.js';

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
 * last line). The post's short lines around it make that paragraph a weak island after the block,
 * which would go as page text after the article.
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

/**
 * An embed's own words around a post, which the page's reader never wrote: Instagram's "View this
 * post on Instagram" and "A post shared by Jane Doe (@janedoe)", "View on Threads". The line model
 * kept them as paragraphs.
 */
const EMBED_CHROME =
  /^(?:view (?:this (?:post|photo|video|reel) |more )?on (?:instagram|threads|facebook|tiktok|bluesky)|an? (?:post|photo|video|reel) (?:shared|posted) by .{1,80}?\(?@[\w.]+\)?(?: on .{1,40})?)$/iu;
/** A post's button, alone on its line, with its count or not ("Reply", "Repost 12", "Like 1.2K"). */
const POST_BUTTON = /^(?:reply|replies|repost|reposts|quote|quotes|like|likes|share)(?:\s+\d[\d.,]*[km]?)?$/iu;
/** A post's age ("2h", "3d"). */
const POST_AGE = /^\d{1,2}[smhdw]$/u;
/** The button only a social platform's post has, not a comment under the article: "Repost". */
const REPOST = /^reposts?\b/iu;
/** A video player's link to its platform ("Watch on YouTube"), under the video's title. */
const WATCH_ON = /^(?:watch|view) on (?:youtube|vimeo|dailymotion)$/iu;
/** What a video player shows under that link: its channel's button, and the time played of the whole ("0:00 / 0:58"). */
const PLAYER_CONTROL = /^(?:subscribe|\d{1,2}(?::\d{2}){1,2} \/ \d{1,2}(?::\d{2}){1,2})$/iu;

/**
 * The lines of an embedded video player: "Watch on YouTube", the video's title right over it (no
 * sentence), and its controls right under it (PLAYER_CONTROL). Between the last two paragraphs, they
 * would be taken for headlines after the article, and the last paragraph under them for page text.
 */
function videoPlayerLines(lines: readonly Line[], i: number): Line[] {
  const player = [lines[i]!];
  const title = lines[i - 1];
  if (title && rightUnder(lines, i) && !title.endsWithSentencePunctuation) player.push(title);
  for (let k = i + 1; k < lines.length && rightUnder(lines, k) && PLAYER_CONTROL.test(lines[k]!.text); k++) player.push(lines[k]!);
  return player;
}

/**
 * Numbers of the lines that are an embedded post's chrome: EMBED_CHROME, a video player's lines
 * (videoPlayerLines), and a run of a post's age
 * and buttons with "Repost" among them (a Threads or Bluesky post's "2h", "Reply", "Repost"; a
 * comment's "Reply" and "Like" have none). The run would be taken for a comments section's heading, and
 * the article's last paragraph after it for a reader's comment.
 */
export function embedChromeLines(lines: readonly Line[]): Set<number> {
  const chrome = new Set<number>();
  let run: Line[] = [];
  const endRun = (): void => {
    if (run.some((line) => REPOST.test(line.text))) for (const line of run) chrome.add(line.number);
    run = [];
  };
  lines.forEach((line, i) => {
    if (POST_BUTTON.test(line.text) || POST_AGE.test(line.text)) run.push(line);
    else endRun();
    if (EMBED_CHROME.test(line.text)) chrome.add(line.number);
    if (WATCH_ON.test(line.text)) for (const player of videoPlayerLines(lines, i)) chrome.add(player.number);
  });
  endRun();
  return chrome;
}
