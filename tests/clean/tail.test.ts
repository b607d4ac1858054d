// What follows the article (session 24): the dates of related posts listed under it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const page = (name: string): string => readFileSync(new URL(`fixtures/tail/${name}`, import.meta.url), 'utf8');
const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const reasonOf = (cleaned: ReturnType<typeof clean>, text: string) => cleaned.removedLines.find((line) => line.text === text)?.reason;

describe('a date line after the article', () => {
  it("is a related post's date under its headline, not the article's: no date when the header gives none", () => {
    const cleaned = clean(page('related-post-date.txt'));
    expect(cleaned.metadata.date).toBeNull();
    // Still removed as what it is.
    expect(reasonOf(cleaned, '14 March 2023')).toBe('date line');
  });

  it("is the article's when it closes the article, before what follows it", () => {
    expect(clean(page('dated-after-article.txt')).metadata.date).toBe('2024-06-12');
  });

  it("leaves the header's date the article's", () => {
    const text = page('related-post-date.txt').replace('Home | News | Opinion | Contact\n', '$&5 June 2024\n');
    expect(clean(text).metadata.date).toBe('2024-06-05');
  });
});
