// Two articles pasted one after the other into one file: the second one's header (its byline and
// date line, removed as metadata) stands between the first one's paragraphs and its own. The
// cleaner keeps both as one body, as it splits no file; the user is told, since the terms and
// sentiment of both are counted as one article's.
import type { RemovedLine } from '../types.js';
import type { Line } from './lines.js';

/** How far apart a header's byline and date line may stand (a headline or a job title between). */
const HEADER_SPAN = 2;

/**
 * The warning for a byline next to a date line inside the body (after its first kept line, before
 * its last), or null. Only when the body has a byline above it, the first article's (else the one
 * inside is the one article's, under a standfirst or a caption the body opens with), and only one
 * inside (readers' comments kept in the body are each signed "Posted by: Jane | Jan 10, 2008").
 */
export function pastedArticleWarning(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, kept: readonly Line[]): string | null {
  if (kept.length < 2) return null;
  const [first, last] = [kept[0]!.number, kept[kept.length - 1]!.number];
  const metadataReason = (line: Line | undefined): string => {
    const removal = line && removed.get(line.number);
    return removal?.kind === 'metadata' ? removal.reason : '';
  };
  if (!lines.some((line) => line.number < first && metadataReason(line).startsWith('byline'))) return null;
  const inside = (i: number): string => (lines[i] && lines[i]!.number > first && lines[i]!.number < last ? metadataReason(lines[i]) : '');
  const isHeaderAt = (i: number): boolean =>
    inside(i) === 'byline and date line' || (inside(i) === 'byline' && [-HEADER_SPAN, -1, 1, HEADER_SPAN].some((step) => inside(i + step).startsWith('date line')));
  const headers = lines.filter((_, i) => isHeaderAt(i));
  if (headers.length !== 1) return null;
  const [header] = headers;
  return `a second byline and date line inside the text ("${header!.text}", line ${header!.number}): two articles may be pasted into one file; they were cleaned and counted as one`;
}
