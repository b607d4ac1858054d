// Two articles pasted one after the other into one file: the second one's header (its byline and
// date line, removed as metadata) stands between the first one's paragraphs and its own. The
// cleaner keeps both as one body, as it splits no file; the user is told, since the terms and
// sentiment of both are counted as one article's.
import type { RemovedLine } from '../types.js';
import type { Line } from './lines.js';

/** How far apart a header's byline and date line may stand (a headline or a job title between). */
const HEADER_SPAN = 2;
/**
 * Kept lines an article has at least: over the first header when no byline stands above the body
 * (a standfirst or a caption opens a body over its own header), and between two headers (readers'
 * comments kept in the body are each one paragraph, signed "Posted by: Jane | Jan 10, 2008").
 */
const MIN_UNSIGNED_ARTICLE_LINES = 3;
const MIN_ARTICLE_LINES = 2;

/** A byline's name, without the date a "byline and date line" goes on with: "By Nadia Hassan | 14 October 2026" signs as "By Nadia Hassan". */
const signature = (text: string): string => text.split(/\s*[|•·,]\s*|\s+\d/u)[0]!.toLowerCase();

/**
 * The warning for bylines next to a date line inside the body (after its first kept line, before
 * its last), or null: a header each pasted article after the first opens with. Not the byline
 * above the body signing again (an update to the story), and each article long enough (above).
 * Not when a byline closes the body: readers' comments kept in it are signed under their text
 * ("Posted by: Jane | Jan 10, 2008"), an article opens with its header.
 */
export function pastedArticleWarning(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, kept: readonly Line[]): string | null {
  if (kept.length < 2) return null;
  const [first, last] = [kept[0]!.number, kept[kept.length - 1]!.number];
  const metadataReason = (line: Line | undefined): string => {
    const removal = line && removed.get(line.number);
    return removal?.kind === 'metadata' ? removal.reason : '';
  };
  const byline = lines.find((line) => line.number < first && metadataReason(line).startsWith('byline'));
  if (metadataReason(lines.find((line) => line.number > last)).startsWith('byline')) return null;
  const inside = (i: number): string => (lines[i] && lines[i]!.number > first && lines[i]!.number < last ? metadataReason(lines[i]) : '');
  const isHeaderAt = (i: number): boolean =>
    inside(i) === 'byline and date line' || (inside(i) === 'byline' && [-HEADER_SPAN, -1, 1, HEADER_SPAN].some((step) => inside(i + step).startsWith('date line')));
  const headers = lines.filter((line, i) => isHeaderAt(i) && !(byline && signature(line.text) === signature(byline.text)));
  if (!headers.length) return null;
  const keptBetween = (from: number, to: number): number => kept.filter((line) => line.number > from && line.number < to).length;
  if (keptBetween(0, headers[0]!.number) < (byline ? 1 : MIN_UNSIGNED_ARTICLE_LINES)) return null;
  if (headers.some((header, k) => k > 0 && keptBetween(headers[k - 1]!.number, header.number) < MIN_ARTICLE_LINES)) return null;
  const [header] = headers;
  const [more, articles] = headers.length > 1 ? [` and ${headers.length - 1} more`, String(headers.length + 1)] : ['', 'two'];
  return `a second byline and date line inside the text ("${header!.text}", line ${header!.number}${more}): ${articles} articles may be pasted into one file; they were cleaned and counted as one`;
}
