import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.js';
import { pageAddressOf } from '../../../src/clean/metadata/page-addresses.js';
import { emptyMetadata } from '../../../src/ingest/index.js';
import { article, contextFor } from '../context.js';

// A scraper or a browser's "save as text" prints the page's address over or under it: it had been
// the body's first paragraph (and the title went unfound under it), or a `date line` when its path
// held a date.
describe("the page's web address over or under the page", () => {
  const story = [
    'Harbour council passes budget after long debate',
    'The harbour council approved its budget for next year on Thursday evening after a debate that lasted more than four hours.',
    'Councillors voted eleven to four in favour of the plan, which raises spending on flood defences and the ferry terminal.',
    'The mayor said the vote showed that the town was ready to invest, while opponents warned about rising debt.',
  ];
  const clean = (text: string, url: string | null = null) =>
    cleanArticle({ ...article(text), givenMetadata: { ...emptyMetadata(), url } }, contextFor([text]));

  it.each([
    ['over the page, with no date in it', 'https://www.riverside-post.example/news/local/harbour-budget-passed', 0],
    ['under the page, with a date in it', 'https://www.example-gazette.com/2026/12/04/harbour-council-budget', -1],
    ['over the page, a short link with a query', 'http://example-gazette.com/?p=48213', 0],
    ['over the page, without a scheme, in angle brackets', '<www.example-gazette.com/local/harbour-budget>', 0],
  ])('is removed and gives `url`: %s', (_, address, at) => {
    const lines = at === 0 ? [address, ...story] : [...story, address];
    const cleaned = clean(lines.join('\n'));
    expect(cleaned.metadata.url).toBe(address.replace(/^<|>$/g, ''));
    expect(cleaned.removedLines.find((line) => line.text === address)).toMatchObject({ kind: 'metadata', reason: 'web address of the page' });
    expect(cleaned.metadata.title).toBe(story[0]);
    expect(cleaned.body.startsWith('The harbour council approved')).toBe(true);
  });

  it("keeps a date its path gives, and the input's own url", () => {
    const address = 'https://www.example-gazette.com/2026/12/04/harbour-council-budget';
    expect(clean([...story, address].join('\n')).metadata.date).toBe('2026-12-04');
    expect(clean([address, ...story].join('\n'), 'https://given.example/story/1').metadata.url).toBe('https://given.example/story/1');
  });

  it("leaves a site's home address, an address among the paragraphs and a sentence with an address", () => {
    expect(pageAddressOf('www.example-gazette.com')).toBeNull();
    expect(pageAddressOf('https://www.example-gazette.com/')).toBeNull();
    expect(pageAddressOf('Read the report at https://www.example-gazette.com/report')).toBeNull();
    // Alone, it is no page's: the text is only a link (its warning quotes it).
    expect(clean('https://www.example-gazette.com/2026/12/04/harbour-council-budget').metadata.url).toBeNull();
    const inside = [...story.slice(0, 2), 'https://www.council.example/budget-2027.pdf', ...story.slice(2)].join('\n');
    const cleaned = clean(inside);
    expect(cleaned.metadata.url).toBeNull();
    expect(cleaned.removedLines.map((line) => line.reason)).not.toContain('web address of the page');
  });

  // A report the article cites, linked under its last paragraph: it had been the page's `url`.
  it.each([
    ['under the last paragraph', [...story, 'https://www.harbour-council.example/reports/2027/harbour-flood-defence-plan.pdf']],
    ['under a line that introduces it', [...story, 'The full budget report:', 'https://www.harbour-council.example/reports/2027/budget']],
    ['a short link under the last paragraph', [...story, 'https://www.harbour-council.example/?doc=4812']],
  ])("leaves the link the article closes with: %s", (_, lines) => {
    const cleaned = clean(lines.join('\n'));
    expect(cleaned.metadata.url).toBeNull();
    expect(cleaned.removedLines.map((line) => line.reason)).not.toContain('web address of the page');
  });

  // A browser's printout copied as text: its header (the page's title and address) over each printed
  // page, its footer (the page number, the time of printing) under it. The address over the second
  // page had stayed between two paragraphs, and the one over the first had been the title.
  const printed = (address: string) => [
    'Harbour council passes budget after long debate - Riverside Post',
    address,
    story[0],
    'By Ellen Marsh',
    ...story.slice(1, 3),
    'Page 1 of 2',
    '12/4/2026, 10:14 AM',
    'Harbour council passes budget after long debate - Riverside Post',
    address,
    story[3],
    'Page 2 of 2',
    '12/4/2026, 10:14 AM',
  ];

  it("removes a printout's address over each printed page and its page numbers", () => {
    const address = 'https://www.riverside-post.example/news/local/harbour-budget-passed';
    const cleaned = clean(printed(address).join('\n'));
    expect(cleaned.metadata.title).toBe(story[0]);
    expect(cleaned.metadata.url).toBe(address);
    expect(cleaned.body).toBe(story.slice(1).join('\n\n'));
    expect(cleaned.removedLines.filter((line) => line.text === address).map((line) => line.reason)).toEqual(['web address of the page', 'web address of the page']);
    expect(cleaned.removedLines.find((line) => line.text === 'Page 1 of 2')?.reason).toBe('page number of a printout');
  });

  it('takes no web address for the title', () => {
    const address = 'https://www.riverside-post.example/news/local/harbour-council-passes-budget-after-long-debate';
    const cleaned = clean(['Riverside Post', address, ...story].join('\n'));
    expect(cleaned.metadata.title).toBe(story[0]);
  });

  it("takes the last line under the page's footer, whatever its path names", () => {
    const address = 'https://www.example-gazette.com/news/48213';
    const cleaned = clean([...story, '© 2026 Example Gazette. All rights reserved.', address].join('\n'));
    expect(cleaned.metadata.url).toBe(address);
  });
});
