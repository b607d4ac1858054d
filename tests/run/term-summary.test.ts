import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToCorpus, emptyCorpusSummary, inverseDocumentFrequency, documentFrequencies } from '../../src/analyze/terms.js';
import { round } from '../../src/numbers.js';
import { documentFrequencyView, nthHighest, offerSurfaces, packTerms, SurfaceChoice, surfaceRequestView, termTable, TermSummary, type SurfaceOffers } from '../../src/run/term-summary.js';
import type { CorpusSummary, PackedTerms, TermCount } from '../../src/types.js';

// Articles as term lists: keys from a small vocabulary (so terms repeat across articles), a few
// surface forms per key, counts that tie often.
const WORDS = ['oil', 'price', 'rose', 'bank', 'rate'];
const term = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  form: fc.constantFrom('', 'X', 'x'),
  count: fc.integer({ min: 1, max: 3 }),
});
const article = fc.uniqueArray(term, { selector: (t) => t.words.join(' '), maxLength: 12 }).map((terms): TermCount[] =>
  terms.map((t) => ({ key: t.words.join(' '), n: t.words.length, count: t.count, surface: `${t.form}${t.words.join(' ')}` })),
);
/** An article's terms as the spool gives them back. */
const packed = (terms: TermCount[]): PackedTerms => ({ packed: packTerms(terms), surface: (i) => terms[i]!.surface });
/** Each article, and whether the summary is pruned after it. */
const corpus = fc.array(fc.tuple(article, fc.boolean()), { maxLength: 40 });

/** The pruning rule on the string-keyed summary, spelled out: multi-word n-grams seen in one article go. */
function pruneReference(stats: CorpusSummary): number {
  const rare = [...stats.terms].filter(([key, t]) => t.documents === 1 && key.includes(' '));
  for (const [key] of rare) stats.terms.delete(key);
  return rare.length;
}

/** corpus_terms.csv from the string-keyed summary: the reference the hashed one must match. */
function reference(stats: CorpusSummary, limit: number) {
  const corpus = documentFrequencies(stats);
  return [...stats.terms]
    .map(([key, t]) => ({ term: t.surface, n: key.split(' ').length, count: t.count, documents: t.documents, idf: round(inverseDocumentFrequency(corpus, key)) }))
    .sort((a, b) => b.count - a.count || b.documents - a.documents || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit);
}

describe('TermSummary', () => {
  it('pruning forgets multi-word n-grams seen in one article only, and keeps words and shared n-grams', () => {
    const counts = (...keys: string[]): TermCount[] => keys.map((key) => ({ key, surface: key, n: key.split(' ').length, count: 1 }));
    const summary = new TermSummary();
    summary.add(packTerms(counts('oil', 'price', 'rose', 'sharpli', 'oil price', 'price rose', 'rose sharpli', 'oil price rose', 'price rose sharpli')), 0);
    summary.add(packTerms(counts('oil', 'price', 'fell', 'oil price', 'price fell', 'oil price fell')), 1);
    expect(summary.pruneRareNgrams()).toBe(6);
    expect(summary.size).toBe(6);
    const frequencies = documentFrequencyView(summary.buffer);
    expect(['oil', 'price', 'rose', 'sharpli', 'fell', 'oil price'].map((key) => frequencies.get(key))).toEqual([2, 2, 1, 1, 1, 2]);
    expect(frequencies.get('price rose')).toBe(0);
  });

  it('gives the corpus terms, counts, document frequencies and readable forms of the string-keyed summary, pruned or not', () => {
    fc.assert(
      // room: the table's room after a pruning (the pipeline keeps room for limits.corpusTerms).
      fc.property(corpus, fc.integer({ min: 1, max: 30 }), fc.constantFrom(0, 50, 3000), (articles, limit, room) => {
        const hashed = new TermSummary(room > 0 ? room : undefined);
        const strings = emptyCorpusSummary();
        let droppedHashed = 0;
        let droppedStrings = 0;
        // Places in the run with gaps, as duplicates leave them (pipeline.ts adds no duplicate).
        for (const [i, [terms, prune]] of articles.entries()) {
          hashed.add(packTerms(terms), 2 * i);
          addToCorpus(strings, terms);
          if (prune) {
            droppedHashed += hashed.pruneRareNgrams(room);
            droppedStrings += pruneReference(strings);
          }
        }
        expect(droppedHashed).toBe(droppedStrings);
        expect(hashed.size).toBe(strings.terms.size);
        const frequencies = documentFrequencyView(hashed.buffer);
        for (const [key, t] of strings.terms) expect(frequencies.get(key)).toBe(t.documents);
        for (const [terms] of articles) {
          const table = termTable(packed(terms), frequencies);
          const rows = terms.map((_, i) => [table.n(i), table.count(i), table.documents(i), table.surface(i)]);
          expect(rows).toEqual(terms.map((t) => [t.n, t.count, strings.terms.get(t.key)?.documents ?? 0, t.surface]));
        }

        // Pass 3: the articles again, in batches that may arrive in any order.
        const request = hashed.candidates(limit);
        const view = surfaceRequestView(request.buffer);
        const offers = articles.map(([terms], i) => {
          const found: SurfaceOffers = { index: [], surface: [] };
          offerSurfaces(view, packed(terms), 2 * i, found);
          return found;
        });
        const choice = new SurfaceChoice(request);
        for (const found of offers.reverse()) choice.add(found);
        expect(choice.ranked(limit)).toEqual(reference(strings, limit));
      }),
      { numRuns: 400 },
    );
  });
});

describe('nthHighest (the count corpus_terms.csv candidates reach)', () => {
  it('is the n-th of the counts sorted from the highest, 0 when there are no more than n', () => {
    // Small counts that tie, as most terms' are, and counts past any bound a histogram of them might have.
    const count = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 100_000 }));
    fc.assert(
      fc.property(fc.array(count, { maxLength: 300 }), fc.integer({ min: 1, max: 320 }), (counts, n) => {
        const sorted = [...counts].sort((a, b) => b - a);
        expect(nthHighest(counts, n)).toBe(counts.length > n ? sorted[n - 1] : 0);
      }),
      { numRuns: 1000 },
    );
  });
});
