// The banner a web archive or a search engine's cache sets over a page it saved: the Wayback
// Machine's ("The Wayback Machine - https://web.archive.org/web/…", its count of captures, the
// first and last capture's dates, a calendar, "About this capture") and Google's cache ("This is
// Google's cache of https://…. It is a snapshot of the page as it appeared on …", its links, "Tip:
// To quickly find your search term on this page, …"). The cache's notice, a sentence of prose, reads
// as the body's first paragraph and the headline under it as page text before the article; the
// archive's capture dates are not the article's.
import type { Line } from '../lines.js';

export const ARCHIVE_BANNER = 'web archive or cache banner';

/** A banner's first line, and the line that closes it. */
const BANNERS: ReadonlyArray<{ opens: RegExp; closes: RegExp }> = [
  { opens: /^the wayback machine - https?:\/\/web\.archive\.org\/\S+$/iu, closes: /^about this capture$/iu },
  { opens: /^this is google['’]s cache of https?:\/\/\S+/iu, closes: /^tip: to quickly find your search term on this page\b/iu },
];
/** The banner's lines stand at the top of the page, a dozen at most: a closing line further down is none of it. */
const MAX_BANNER_LINES = 12;

/**
 * The line numbers of the banner at the top of the page (its opening line among the first 3 lines,
 * through its closing line within MAX_BANNER_LINES; the opening line alone when none closes it).
 */
export function archiveBannerLines(lines: readonly Line[]): ReadonlySet<number> {
  const found = new Set<number>();
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    const banner = BANNERS.find(({ opens }) => opens.test(lines[i]!.text));
    if (!banner) continue;
    const end = lines.slice(i, i + MAX_BANNER_LINES).findIndex((line) => banner.closes.test(line.text));
    for (let k = i; k <= i + Math.max(end, 0); k++) found.add(lines[k]!.number);
    break;
  }
  return found;
}
