// Pages that hold no article: a site's section front or an index of links (menus, headlines of
// other stories, the footer). Their menu items would become the title and the body, without a warning.
import { isProse, isShortSentence } from './line-shape.js';
import type { Line } from './lines.js';

/** A section label or menu item: a few words, no sentence ("World", "In pictures"). */
export const isLabel = (line: Line): boolean => line.wordCount <= 3 && !line.endsWithSentencePunctuation;

/** Menu items a page needs to read as navigation: a section label over a headline is no menu. */
const NAVIGATION_MIN_ITEMS = 5;

/**
 * Why the page is navigation, not an article, or null: none of the lines left for the body (`left`)
 * is text (prose, or a short sentence: a brief of three), and at least half of the page's lines
 * (`page`, its metadata aside), NAVIGATION_MIN_ITEMS or more, are menu items: labels without
 * figures (a results table's rows are no menu). Counted over the whole page, as a run removes a
 * site's menus from each of its pages as repeated, and the headlines of other stories are left.
 * A gallery's captions and a headline-only page have too few labels.
 */
export function navigationPage(page: readonly Line[], left: readonly Line[]): string | null {
  if (left.some((line) => isProse(line) || isShortSentence(line))) return null;
  const items = page.filter((line) => isLabel(line) && !/\d/u.test(line.text)).length;
  if (items < NAVIGATION_MIN_ITEMS || items * 2 < page.length) return null;
  return `no article text found, the page looks like navigation (${items} of its ${page.length} lines are menu items of 1-3 words, and no line is a paragraph or sentence)`;
}
