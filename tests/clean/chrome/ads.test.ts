import { describe, expect, it } from 'vitest';
import { isAdLabel } from '../../../src/clean/chrome/ads.js';
import { describeLineTest, line } from '../line-cases.js';

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

describeLineTest(
  "isAdLabel: a sponsored post's label, alone or naming the sponsor",
  isAdLabel,
  ['Paid Post', 'Advertisement feature', 'Sponsored Content', 'Partner content', 'Sponsored', 'In partnership with Greenleaf Energy', 'Sponsored by MasterCard®', 'Sponsored Content Provided by ARA'],
  ['In partnership with the county, the city will build 200 homes', 'Sponsored content is booming on social media', 'Paid posts on Instagram face new rules', 'In partnership with NASA.', 'Sponsored by the mayor, the bill passed 7-2'],
);
