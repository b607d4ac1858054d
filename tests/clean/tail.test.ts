// What follows the article (session 24): related posts' dates, a release's footer and a sign-up box.
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

describe('what closes a page after the article, named for what it is in removed_lines', () => {
  it("calls a press release's SOURCE line after its end mark the release's footer", () => {
    const cleaned = clean(page('release-source-after-end-mark.txt'));
    expect(reasonOf(cleaned, '###')).toBe('press-release boilerplate (end mark)');
    expect(reasonOf(cleaned, 'SOURCE Harbourline Energy')).toBe('press-release boilerplate (SOURCE line)');
  });

  it("calls a newsletter box's e-mail field and its subscribers' log-in prompts", () => {
    const cleaned = clean(page('newsletter-box.txt'));
    for (const text of ['Sign up for our daily newsletter', 'Enter your email address', 'Already a subscriber? Log in']) {
      expect(reasonOf(cleaned, text), text).toBe('newsletter or reading prompt');
    }
  });
});
