import { describe, expect, it } from 'vitest';
import { smoothedIdf } from '../../src/analyze/terms.js';
import { wordFigures, wordSpecificity } from '../../src/analyze/word-specificity.js';
import type { CorpusStats } from '../../src/types.js';

// data/background-df.json: 500 documents of the Brown corpus; "glacier" is in 2 of them, "countri" in 185; an invented
// name ("quennevil") in none.
const BACKGROUND_DOCUMENTS = 500;
const stats = (documents: number, frequencies: Record<string, number>): CorpusStats => ({ documents, documentFrequency: new Map(Object.entries(frequencies)) });

describe('wordSpecificity', () => {
  it("is the smoothed IDF over the run's articles alone without the background", () => {
    const run = stats(4, { glacier: 4, quennevil: 1 });
    expect(wordSpecificity(run, 'glacier', false)).toBe(smoothedIdf(4, 4));
    expect(wordSpecificity(run, 'quennevil', false)).toBe(smoothedIdf(4, 1));
    expect(wordSpecificity(run, 'absent', false)).toBe(smoothedIdf(4, 0));
  });

  it('is the smoothed IDF over the run and the background corpus together with it', () => {
    const run = stats(4, { glacier: 4, quennevil: 1 });
    expect(wordSpecificity(run, 'glacier', true)).toBe(smoothedIdf(4 + BACKGROUND_DOCUMENTS, 4 + 2));
    expect(wordSpecificity(run, 'quennevil', true)).toBe(smoothedIdf(4 + BACKGROUND_DOCUMENTS, 1));
    // A run of a handful of articles still knows that "countri" is common and the name is not.
    expect(wordSpecificity(stats(4, { countri: 1 }), 'countri', true)).toBeLessThan(wordSpecificity(run, 'quennevil', true));
  });
});

describe('wordFigures', () => {
  it('gives the specificity wordSpecificity gives', () => {
    const run = stats(12, { glacier: 3 });
    for (const useBackground of [false, true]) expect(wordFigures(run, 'glacier', useBackground).specificity).toBe(wordSpecificity(run, 'glacier', useBackground));
  });

  it('gives no share of documents in a run of fewer than 10 articles, the run having no common vocabulary of its own', () => {
    expect(wordFigures(stats(9, { glacier: 9 }), 'glacier', false).share).toBe(0);
    expect(wordFigures(stats(9, { glacier: 9 }), 'glacier', true).share).toBe(0);
    expect(wordFigures(stats(10, { glacier: 10 }), 'glacier', false).share).toBe(1);
  });

  it("takes the smaller of the run's share and the share in the run and the background together", () => {
    // In every article of the run but rare in the background: not common.
    expect(wordFigures(stats(10, { glacier: 10 }), 'glacier', true).share).toBe((10 + 2) / (10 + BACKGROUND_DOCUMENTS));
    // Common in the background but in a tenth of the run: the run's share.
    expect(wordFigures(stats(10, { countri: 1 }), 'countri', true).share).toBe(0.1);
  });
});
