import { describe, expect, it } from 'vitest';
import { isAdLabel } from '../../../src/clean/chrome/ads.js';
import { line } from '../line-cases.js';

// A sponsor's credit ending at its "by", the logo not scraped: PBS's had been a transcript page's title.
describe('isAdLabel: a sponsor credit', () => {
  const label = (text: string): boolean => isAdLabel(line(text));

  it('is a credit line that ends at its "by"', () => {
    for (const text of ['Support Provided By:', 'Support for News Hour Provided By', 'Funding for this program is provided in part by:', 'Sponsored by', 'Paid for by', 'Made possible by:']) expect(label(text), text).toBe(true);
  });

  it('is not a sentence or headline that names who provided or sponsored something', () => {
    for (const text of ['Support provided by the state ended in March.', 'Sponsored by the mayor, the bill passed 7-2', 'Paid for by taxpayers: the stadium deal', 'Stand By']) expect(label(text), text).toBe(false);
  });
});
