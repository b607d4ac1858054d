import { describe, expect, it } from 'vitest';
import { embeddedPostLines, embeddedPostsEnd, isEmbeddedPostSignature } from '../../src/clean/embedded.js';
import { cleanArticle } from '../../src/clean/index.js';
import { describeLine } from '../../src/clean/lines.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const lines = (texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'of', 'a', 'on'])));

describe('embedded posts', () => {
  it('recognises the signature under an embedded post', () => {
    expect(isEmbeddedPostSignature(lines(['— Harbour Council (@harbourcouncil) March 3, 2021'])[0]!)).toBe(true);
    expect(isEmbeddedPostSignature(lines(['— the mayor, speaking on Monday'])[0]!)).toBe(false);
  });

  it('takes in the posts right after the article, and nothing beyond them', () => {
    const page = lines([
      'The council shared the news on its account on Monday morning.',
      'The bridge is open again!',
      '— Harbour Council (@harbourcouncil) March 3, 2021',
      'Thank you all for your patience.',
      '— Harbour Council (@harbourcouncil) March 3, 2021',
      'Most read',
      'Storm warning issued for the weekend',
    ]);
    expect(embeddedPostsEnd(page, 0)).toBe(4);
    expect(embeddedPostsEnd(page.slice(0, 2), 0)).toBe(0);
  });

  it('marks a signature and the weak lines of its post above it, not the strong paragraph before', () => {
    const page = lines(['The council shared the news on Monday morning.', 'bridge.', 'open.', '— Harbour Council (@harbourcouncil) March 3, 2021', 'The next paragraph of the article goes on.']);
    const weak = (k: number) => k === 1 || k === 2;
    expect([...embeddedPostLines(page, 0, 4, weak)].sort()).toEqual([1, 2, 3]);
  });
});

describe('an embedded video player between the last two paragraphs', () => {
  const text = [
    'Harbour Times', 'News', 'Harbour ferry gets its first electric boat', 'By Nia Hughes', 'December 4, 2026', '',
    'The harbour ferry service took delivery of its first electric boat on Thursday, after two years of delays at the yard in Ostend.',
    '',
    'The boat will carry 120 passengers between the two piers and charge at the north pier overnight, the operator said.',
    '',
    'Watch the boat arrive below.',
    '',
    'Electric ferry arrives in Harbour Town',
    'Watch on YouTube',
    'Subscribe',
    '0:00 / 1:12',
    '',
    'The electric ferry will start carrying passengers between the piers in March, once its crew has trained on it.',
    'Related',
    'Harbour Town votes to extend its pier',
    '© 2026 Harbour Times',
  ].join('\n');

  it("removes the player's lines as an embed's chrome and keeps the paragraph under it", () => {
    // The player's lines had been headlines after the article, and the last paragraph page text after it.
    const cleaned = clean(text);
    for (const line of ['Electric ferry arrives in Harbour Town', 'Watch on YouTube', 'Subscribe', '0:00 / 1:12']) {
      expect(cleaned.removedLines.find((removed) => removed.text === line)?.reason, line).toBe("embedded post's chrome");
    }
    expect(cleaned.body.split('\n\n').at(-1)).toMatch(/^The electric ferry will start carrying passengers/u);
  });
});
