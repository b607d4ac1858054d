// Pages of the kinds an analyst's corpus holds (session 22's tester wrote them in the style of
// several outlets): titles and bylines the cleaner had read wrongly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const page = (name: string): string => readFileSync(new URL(`fixtures/analyst-week/${name}`, import.meta.url), 'utf8');
const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('the title', () => {
  it('is never an item of a bulleted list (a review\'s pros and cons) but the headline over it', () => {
    const cleaned = clean(page('product-review.txt'));
    expect(cleaned.metadata.title).toBe('Sony WH-1000XM5 review: still the best noise-cancelling headphones you can buy');
  });

  it('is never a picture\'s caption, a sentence with its credit after it', () => {
    const cleaned = clean(page('gallery.txt'));
    expect(cleaned.metadata.title ?? '').not.toMatch(/Lisa Chen\/Metro Times\)$/u);
  });
});

describe('the byline', () => {
  it('is the name over a job title ("Courier Staff Writer"), never the job title', () => {
    expect(clean(page('school-board.txt')).metadata.byline).toBe("KATIE O'BRIEN");
  });

  it('is the name over a job title and an e-mail address above the date line', () => {
    expect(clean(page('springfield-council.txt')).metadata.byline).toBe('Sarah Mitchell');
  });
});
