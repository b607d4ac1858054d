// Edges: photo galleries (a counter, "2 of 8", over each caption, a credit under it) over the
// article's first line or between its paragraphs. Their captions are removed on sight as pictures'
// captions and their buttons weaken the prose around them; these rules decide when a gallery's
// captions are the story's text and where the article goes on past one. Apart because they read
// the gallery's own lines (counters, credits, buttons), which the other edge rules do not.
import type { RemovedLine } from '../../types.js';
import { isGalleryCounter, isPictureCredit } from '../chrome/pictures.js';
import { isProse } from '../line-shape.js';
import type { Line } from '../lines.js';

/**
 * The block's first candidate line, moved up over a photo gallery's captions right above it, each
 * between its counter and its credit, both removed on sight ("2 of 8" over "Children sled down the
 * hill at Soldier Field's south lawn." over "Callie Vos/Sun-Times"). Short, they score under the
 * block's threshold but the last, which opens the block alone and would go as a caption
 * opening the article (title-lines.ts captionOpening): the gallery's captions, its text, would be page text
 * before the article. They go into `kept`, however weak.
 */
export function galleryCaptionsBefore(lines: readonly Line[], candidates: readonly number[], first: number, kept: Set<number>): number {
  const framed = (i: number): boolean => i > 0 && i + 1 < lines.length && isGalleryCounter(lines[i - 1]!) && isPictureCredit(lines[i + 1]!);
  while (first > 0 && framed(candidates[first - 1]!)) kept.add(--first);
  return first;
}

/** Pictures a gallery set between the article's paragraphs shows at least (one is a picture's caption, which the benchmarks' gold leaves out). */
const MIN_GALLERY_PICTURES = 2;
/** Words of a gallery's caption at least: a credit alone is shorter. */
const MIN_GALLERY_CAPTION_WORDS = 5;
/** Words of a gallery's button under a caption at most ("Expand", "View larger"). */
const MAX_GALLERY_BUTTON_WORDS = 2;

/**
 * The captions (line indices) of the photo gallery from lines[i] on, and the index of the line after
 * it: pictures, each its counter ("1 of 12") right over its caption, which may end with its credit
 * (then removed on sight as a picture's caption), with a credit alone or a button ("Expand") under it.
 */
function galleryAt(lines: readonly Line[], i: number, removed: ReadonlyMap<number, RemovedLine>): { captions: number[]; next: number } {
  const isCaption = (line: Line | undefined): boolean => line !== undefined && line.wordCount >= MIN_GALLERY_CAPTION_WORDS && (isPictureCredit(line) || !removed.has(line.number));
  const isUnderCaption = (line: Line): boolean => isPictureCredit(line) || (!removed.has(line.number) && line.wordCount <= MAX_GALLERY_BUTTON_WORDS && !isProse(line));
  const captions: number[] = [];
  while (i < lines.length && isGalleryCounter(lines[i]!) && isCaption(lines[i + 1])) {
    captions.push(i + 1);
    for (i += 2; i < lines.length && isUnderCaption(lines[i]!); i++);
  }
  return { captions, next: i };
}

/**
 * The article's last candidate line once the photo galleries set between its paragraphs (galleryAt)
 * are taken in, with the prose after one right under `last`; and the galleries' captions that were
 * removed on sight, which the caller keeps. A gallery of MIN_GALLERY_PICTURES or more inside the
 * block from `first` to `last`, or right under it, with a line of prose after it, where the article
 * goes on. The Denver Post sets its galleries so, each caption ending with its credit ("… on
 * Thursday. (Photo by Hyoung Chang/The Denver Post)"): the captions, a gallery story's text, would go
 * as pictures' captions, and the buttons between them ("Expand") weaken the closing paragraph under
 * the block's threshold, so it would go as page text after the article. The captions
 * that were candidates and the prose after the gallery go into `kept` (the buttons, weak, are
 * dropped inside the block). A gallery over the article's text or after it stays as it was: the
 * benchmarks' gold leaves out the captions of a wire story's pictures there. The caller passes the
 * block the line model found as `first`: a gallery between the lede and the text is the story's top gallery.
 */
export function galleriesInText(
  lines: readonly Line[], candidates: readonly number[], first: number, last: number, removed: ReadonlyMap<number, RemovedLine>, kept: Set<number>,
): { last: number; captions: Line[] } {
  const candidateAt = new Map(candidates.map((i, k) => [i, k]));
  const captions: Line[] = [];
  for (let i = candidates[first]! + 1; i <= candidates[last]! + 1 && i < lines.length; i++) {
    const gallery = galleryAt(lines, i, removed);
    if (gallery.captions.length < MIN_GALLERY_PICTURES) continue;
    // With no prose after it, the gallery is the page's pictures after the article: the block ends over it.
    if (!lines.slice(gallery.next, Math.max(gallery.next, candidates[last]!) + 1).some(isProse)) return { last: candidateBefore(candidates, i, first, last), captions };
    const next = candidateAt.get(gallery.next);
    if (next === undefined || !isProse(lines[gallery.next]!)) continue;
    for (const caption of gallery.captions) {
      const candidate = candidateAt.get(caption);
      if (candidate === undefined) captions.push(lines[caption]!);
      else kept.add(candidate);
    }
    if (next > last) {
      last = next;
      kept.add(last);
      while (last + 1 < candidates.length && isProse(lines[candidates[last + 1]!]!)) kept.add(++last);
    }
    i = gallery.next;
  }
  return { last, captions };
}

/** The last candidate from `first` to `last` over line `i`. */
function candidateBefore(candidates: readonly number[], i: number, first: number, last: number): number {
  let k = last;
  while (k > first && candidates[k]! >= i) k--;
  return k;
}
