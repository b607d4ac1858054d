import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToCorpus, bestFirst, countTerms, documentFrequencies, emptyCorpusSummary, inverseDocumentFrequency, scoreTerms, type TermTable } from '../../src/analyze/terms.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeArticle } from '../../src/text/tokenize.js';
import type { CleanArticle, CorpusStats, CorpusSummary, Sentence, TermCount, Token } from '../../src/types.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

function terms(body: string, range: [number, number] = [1, 3]): TermCount[] {
  const article: CleanArticle = {
    id: 'a', sourceFile: 'a.txt', encoding: 'utf-8', body, removedLines: [], warnings: [],
    metadata: { title: null, date: null, byline: null, source: null, url: null },
  };
  return countTerms(tokenizeArticle(article, options).sentences, range);
}
/** An article's terms for scoreTerms, with document frequencies from a string-keyed summary. */
const table = (counts: TermCount[], stats: CorpusStats): TermTable => ({
  length: counts.length,
  n: (i) => counts[i]!.n,
  count: (i) => counts[i]!.count,
  documents: (i) => stats.documentFrequency.get(counts[i]!.key) ?? 0,
  surface: (i) => counts[i]!.surface,
});
const keys = (counts: TermCount[], n: number) => counts.filter((t) => t.n === n).map((t) => t.surface).sort();

describe('countTerms', () => {
  it('counts stems and reports the most frequent surface form', () => {
    const counts = terms('Markets fell. The market rallied. Markets closed.', [1, 1]);
    const market = counts.find((t) => t.key === 'market');
    expect(market).toMatchObject({ count: 3, surface: 'Markets' });
  });

  it("counts a possessive under its noun: Russia's, Russia’s and Russia are one term", () => {
    const counts = terms("Russia's army moved. Russia’s navy waited. Russia said so. The banks' losses grew.", [1, 2]);
    expect(counts.find((t) => t.key === 'russia')).toMatchObject({ n: 1, count: 3, surface: "Russia's" });
    expect(counts.find((t) => t.key === 'russia armi')).toMatchObject({ count: 1, surface: "Russia's army" });
    expect(counts.filter((t) => t.surface.toLowerCase().startsWith('russia') && t.n === 1)).toHaveLength(1);
    expect(counts.find((t) => t.key === 'bank')).toMatchObject({ count: 1 });
  });

  it('counts no instrument code, and no n-gram across one', () => {
    const counts = terms('Shell RDSa.L rose. Oil CLc1 fell and the euro EUR= gained on the Dow .DJI today.');
    expect(counts.map((t) => t.surface).sort()).toEqual(['Dow', 'Oil', 'Shell', 'euro', 'fell', 'gained', 'rose', 'today']);
  });

  it('never lets an n-gram cross a sentence, punctuation, or start or end with a stopword', () => {
    const counts = terms('Prime minister of Britain spoke. Trade talks, tariffs rose.');
    expect(keys(counts, 2)).toEqual(['Britain spoke', 'Prime minister', 'Trade talks', 'tariffs rose']);
    expect(keys(counts, 3)).toEqual(['minister of Britain']);
  });

  it('equals counting every n-gram of runs cut out of each sentence, in first-seen order', () => {
    const isEdge = ({ word }: Token): boolean => !word.isStopword && word.lower.length > 1;
    const reference = (sentences: readonly Sentence[], [minN, maxN]: [number, number]): TermCount[] => {
      const counts = new Map<string, { n: number; count: number; forms: Map<string, number> }>();
      for (const sentence of sentences) {
        const runs: Token[][] = [[]];
        for (const token of sentence.tokens) {
          if (token.breakBefore || !token.word.isWord) runs.push([]);
          if (token.word.isWord) runs[runs.length - 1]!.push(token);
        }
        for (const run of runs) {
          for (let start = 0; start < run.length; start++) {
            for (let n = minN; n <= maxN && start + n <= run.length; n++) {
              const gram = run.slice(start, start + n);
              if (!isEdge(gram[0]!) || !isEdge(gram[n - 1]!)) continue;
              const key = gram.map((t) => t.word.stem).join(' ');
              const surface = gram.map((t) => t.word.surface).join(' ');
              const entry = counts.get(key) ?? counts.set(key, { n, count: 0, forms: new Map() }).get(key)!;
              entry.count++;
              entry.forms.set(surface, (entry.forms.get(surface) ?? 0) + 1);
            }
          }
        }
      }
      return [...counts].map(([key, { n, count, forms }]) => ({ key, n, count, surface: [...forms].reduce((best, form) => (form[1] > best[1] ? form : best))[0] }));
    };
    const word = fc.constantFrom('Oil', 'oil', 'prices', 'price', 'of', 'the', 'rose', 'a', '2023', 'G20', 'U.S.', 'x');
    const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', ' - ', ' (');
    const text = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 40 }).map((parts) => parts.flat().join(''));
    const range = fc.constantFrom<[number, number]>([1, 1], [1, 3], [2, 3], [1, 2], [3, 3]);
    fc.assert(
      fc.property(text, range, (body, ngramRange) => {
        const article: CleanArticle = { id: 'a', sourceFile: 'a.txt', encoding: 'utf-8', body, removedLines: [], warnings: [], metadata: { title: null, date: null, byline: null, source: null, url: null } };
        const { sentences } = tokenizeArticle(article, options);
        expect(countTerms(sentences, ngramRange)).toEqual(reference(sentences, ngramRange));
      }),
    );
  });

  it('ignores numbers as terms but keeps words with digits', () => {
    const counts = terms('In 2023 the G20 met.', [1, 1]);
    expect(keys(counts, 1)).toEqual(['G20', 'met']);
  });
});

describe('corpus statistics', () => {
  const a = terms('Oil prices rose. Oil demand grew.');
  const b = terms('Oil exports fell.');
  const c = terms('Gold prices rose.');

  it('are the same whatever order articles are added in', () => {
    // Two forms of one stem, once each: the readable form must not be whichever came first.
    const plural = terms('Markets rallied.');
    const singular = terms('Market rallied.');
    const forward = emptyCorpusSummary();
    for (const t of [a, b, c, plural, singular]) addToCorpus(forward, t);
    const backward = emptyCorpusSummary();
    for (const t of [singular, plural, c, b, a]) addToCorpus(backward, t);
    expect(backward.documents).toBe(5);
    expect(backward.terms.get('market')?.surface).toBe('Market');
    const sorted = (stats: CorpusSummary) => [...stats.terms].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(sorted(backward)).toEqual(sorted(forward));
  });

  it('write a term tied between articles as a reader expects: not in capitals, then not capitalised', () => {
    const summary = emptyCorpusSummary();
    for (const t of [terms('NEW YORK SCHOOLS reopened.'), terms('Schools in New York reopened.'), terms('In New York, schools reopened.')]) addToCorpus(summary, t);
    expect(summary.terms.get('new york')?.surface).toBe('New York');
    expect(summary.terms.get('school')?.surface).toBe('schools');
  });

  it('gives rarer terms a higher idf and ranks tf-idf within each n', () => {
    const summary = emptyCorpusSummary();
    for (const t of [a, b, c]) addToCorpus(summary, t);
    const stats = documentFrequencies(summary);
    expect(inverseDocumentFrequency(stats, 'oil')).toBeLessThan(inverseDocumentFrequency(stats, 'gold'));
    expect(inverseDocumentFrequency(stats, 'never-seen')).toBeGreaterThan(inverseDocumentFrequency(stats, 'gold'));
    const scored = scoreTerms(table(a, stats), stats.documents, 10).filter((t) => t.n === 1);
    expect(scored[0]).toMatchObject({ term: 'Oil', count: 2, rank: 1 });
    expect(scored.reduce((sum, t) => sum + t.relativeFrequency, 0)).toBeCloseTo(1);
    expect(scored.map((t) => t.rank)).toEqual(scored.map((_, i) => i + 1));
  });
});

describe('scoreTerms', () => {
  it('equals a full stable sort by tf-idf, then count, then surface, cut to perN within each n', () => {
    const word = fc.constantFrom('oil', 'price', 'rose', 'bank', 'rate', 'Oil');
    const termList = fc.uniqueArray(
      fc.record({ words: fc.array(word, { minLength: 1, maxLength: 3 }), count: fc.integer({ min: 1, max: 4 }), documents: fc.integer({ min: 0, max: 5 }) }),
      { selector: (t) => t.words.join(' '), maxLength: 30 },
    );
    fc.assert(
      fc.property(termList, fc.integer({ min: 0, max: 8 }), (list, perN) => {
        const counts: TermCount[] = list.map((t) => ({ key: t.words.join(' '), surface: t.words.join(' '), n: t.words.length, count: t.count }));
        const frequencies = new Map(list.map((t) => [t.words.join(' '), t.documents]));
        const stats: CorpusStats = { documents: 5, documentFrequency: frequencies };
        const expected = [1, 2, 3].flatMap((n) => {
          const same = counts.filter((t) => t.n === n);
          const total = same.reduce((sum, t) => sum + t.count, 0);
          return same
            .map((t) => ({ term: t.surface, n, count: t.count, relativeFrequency: t.count / total, tfIdf: (t.count / total) * inverseDocumentFrequency(stats, t.key) }))
            .sort((a, b) => b.tfIdf - a.tfIdf || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
            .slice(0, perN)
            .map((t, i) => ({ ...t, rank: i + 1 }));
        });
        expect(scoreTerms(table(counts, stats), stats.documents, perN)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bestFirst', () => {
  it('equals the head of a stable sort, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (scores, limit) => {
        const sorted = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
        expect(bestFirst(scores.length, limit, (a, b) => scores[a]! > scores[b]!)).toEqual(sorted.slice(0, limit));
      }),
    );
  });
});
