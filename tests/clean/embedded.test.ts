import { describe, expect, it } from 'vitest';
import { embeddedPostLines, embeddedPostsEnd, isEmbeddedPostSignature } from '../../src/clean/embedded.js';
import { describeLine } from '../../src/clean/lines.js';

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
