import { describe, expect, it } from 'vitest';
import { articlePath, scrapedPage, seededRandom } from '../../scripts/make-scale-corpus.js';

const articles = ['Alpha', 'Beta', 'Gamma', 'Delta'].map((name, i) => ({
  title: `${name} company reports record quarterly profit`,
  text: `${name} said on Monday its profit rose.\n\nAnalysts had expected less.`,
  author: i % 2 ? '' : `${name} Writer`,
  published: '',
  date: `2007010${i + 1}`,
}));

describe('make-scale-corpus', () => {
  it('writes the same pages for the same seed, other pages for another seed', () => {
    const pages = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 10 }, (_, i) => scrapedPage(articles, i, random));
    };
    expect(pages(7)).toEqual(pages(7));
    expect(pages(7)).not.toEqual(pages(8));
  });

  it('surrounds the body with chrome, byline, date and 3-8 other headlines, cycling past the source', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 12; i++) {
      const article = articles[i % articles.length]!;
      const lines = scrapedPage(articles, i, random).trimEnd().split('\n');
      const body = lines.indexOf('Analysts had expected less.');
      expect(lines.slice(0, body)).toContain(article.title);
      expect(lines.slice(0, body).some((line) => /^Published : \d\d \w{3} 2007 \d\d:\d\d [AP]M$/.test(line))).toBe(true);
      if (article.author) expect(lines).toContain(`By ${article.author}`);
      const after = lines.slice(body + 1).filter((line) => line.endsWith('record quarterly profit'));
      expect(after.length).toBeLessThanOrEqual(8);
      expect(after).not.toContain(article.title);
    }
    expect(articlePath(12345)).toBe('012/012345.txt');
  });
});
