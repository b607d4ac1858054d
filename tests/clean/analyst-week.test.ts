// Pages of the kinds an analyst's corpus holds (a tester wrote them in the style of
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

  it('is never an item of a bulleted list whichever bullet marks it', () => {
    for (const bullet of ['◦ ', '‣ ', '•']) {
      const cleaned = clean(page('product-review.txt').replace(/^\+ /gmu, bullet));
      expect(cleaned.metadata.title, bullet).toBe('Sony WH-1000XM5 review: still the best noise-cancelling headphones you can buy');
    }
  });

  it('is never a picture\'s caption, a sentence with its credit after it', () => {
    // The headline over the captions: "not the caption" alone held for no title at all.
    expect(clean(page('gallery.txt')).metadata.title).toBe('Photos: Thousands turn out for city marathon despite the heat');
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

describe('the date', () => {
  it("is a press release's dateline's when no date line gives one", () => {
    const cleaned = clean(page('press-release.txt'));
    expect(cleaned.metadata.date).toBe('2024-04-09');
    expect(cleaned.body).toMatch(/^PHOENIX, April 9, 2024 \/PRNewswire\/ -- /u);
  });

  it("is a date line's before the dateline's, and none from a dateline without a year", () => {
    expect(clean('Oil rises on supply fears in the Middle East\n\nPublished: March 1, 2024\n\nNEW YORK, Feb 28, 2024 (Reuters) - Oil prices rose on Wednesday as traders weighed supply risks in the Middle East.\n\nBrent crude gained 1% to $83 a barrel by midday, its highest level in a month.').metadata.date).toBe('2024-03-01');
    expect(clean('Oil rises on supply fears in the Middle East\n\nSINGAPORE, Jan 15 (Reuters) - Oil prices rose on Monday as attacks on ships in the Red Sea disrupted trade.\n\nBrent crude futures were up 62 cents at $78.91 a barrel by 0430 GMT.').metadata.date).toBeNull();
  });
});

describe('pages with an ad slot between their paragraphs', () => {
  const amp = page('amp-ad-slots.txt');
  const wire = page('wire-ad-slots.txt');
  const run = contextFor([amp, wire]);

  it("keep a mobile (AMP) page's lede and its last paragraph before the ads", () => {
    const paragraphs = cleanArticle(article(amp), run).body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Regional Transit will keep its base bus fare/u);
    expect(paragraphs.at(-1)).toBe('The board will revisit fares when it adopts the 2026 budget next fall.');
    expect(paragraphs).toHaveLength(5);
  });

  it("keep a French mobile page's last paragraph between two 'Publicité' labels", () => {
    const french = page('amp-publicite.txt');
    const paragraphs = cleanArticle(article(french), contextFor([french, amp])).body.split('\n\n');
    expect(paragraphs.at(-1)).toBe("L'opposition dénonce une politique « anti-voitures » qui pénaliserait les habitants de la périphérie.");
    expect(paragraphs).toHaveLength(4);
  });

  it("keep a wire story's dateline paragraph over an ad slot", () => {
    const cleaned = cleanArticle(article(wire), run);
    expect(cleaned.body).toMatch(/^FLAGSTAFF, Ariz\. \(AP\) — A fast-moving wildfire/u);
    expect(cleaned.body.split('\n\n')).toHaveLength(5);
  });
});

describe("a match report's title", () => {
  it('is the headline over the byline and date line, not the score line under them', () => {
    const cleaned = clean(page('match-score-line.txt'));
    expect(cleaned.metadata.title).toBe('Harriers hold on for first away win of the season');
    expect(cleaned.metadata.byline).toBe('Owen Pritchard');
  });
});

describe("a CMS export's header fields", () => {
  it('give the title without its label and the author as the byline', () => {
    const cleaned = clean(page('cms-export.txt'));
    expect(cleaned.metadata).toMatchObject({ title: 'Harbour authority approves new ferry terminal', byline: 'Grace Whitfield', date: '2024-09-05' });
    expect(cleaned.body).toMatch(/^The harbour authority on Thursday approved/u);
  });

  it('in any case, with "Headline" and "Authors" too', () => {
    const cleaned = clean('Headline: Harbour authority approves new ferry terminal\nAuthors: Grace Whitfield, Tom Baird\n\nThe harbour authority on Thursday approved a $48 million ferry terminal on the north pier, ending a three-year dispute.\n\nThe terminal will have two berths and a waiting hall for 400 passengers.');
    expect(cleaned.metadata).toMatchObject({ title: 'Harbour authority approves new ferry terminal', byline: 'Grace Whitfield, Tom Baird' });
  });
});
