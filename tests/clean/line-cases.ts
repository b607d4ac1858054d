// Shared by the tests of the line model's features and of the chrome predicates (tests/clean/chrome/): a few English
// stopwords, a sentence of prose, a line or a page's lines as the cleaner describes them, and a predicate's cases as the lines it takes and the lines it leaves alone.
import { describe, expect, it } from 'vitest';
import { describeLine, type Line } from '../../src/clean/lines.js';

export const STOPWORDS = new Set(['the', 'a', 'of', 'to', 'and', 'in', 'on', 'that', 'it', 'was', 'for']);
export const PROSE = 'The council said on Monday that the new bridge over the river was finally ready for the traffic of the town.';
/** A line of `text` as the cleaner describes it, with STOPWORDS. */
export const line = (text: string): Line => describeLine(1, text, STOPWORDS);
/** A page's lines of `texts`, numbered from 1, as the cleaner describes them. */
export const pageLines = (texts: readonly string[]): Line[] => texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));

/** A line test's cases: the lines it takes, the lines it leaves alone. */
export function describeLineTest(name: string, test: (line: Line) => boolean, takes: readonly string[], leaves: readonly string[]): void {
  describe(name, () => {
    it.each(takes)('takes "%s"', (text) => expect(test(line(text))).toBe(true));
    it.each(leaves)('leaves "%s" alone', (text) => expect(test(line(text))).toBe(false));
  });
}
