import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formWord, splitWord, stemGroups } from '../../src/analyze/stem-groups.js';
import { countTerms, isSingleWordTerm } from '../../src/analyze/terms.js';
import { documentFrequencyView, packForms, packTerms, termTable, TermSummary } from '../../src/run/term-summary.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeArticle } from '../../src/text/tokenize.js';
import type { CleanArticle } from '../../src/types.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

function analyse(body: string) {
  const article: CleanArticle = {
    id: 'a', sourceFile: 'a.txt', encoding: 'utf-8', body, removedLines: [], warnings: [],
    metadata: { title: null, date: null, byline: null, source: null, url: null },
  };
  const { sentences } = tokenizeArticle(article, options);
  return stemGroups(sentences, countTerms(sentences, [1, 2]), isSingleWordTerm);
}

describe('formWord', () => {
  it('reads plural and possessive endings as the same word, other endings as other words', () => {
    expect(['House', 'houses', "house's", 'house’s', 'housing'].map((w) => formWord(w.toLowerCase()))).toEqual(['house', 'house', 'house', 'house', 'housing']);
    expect(['companies', 'taxes', 'churches', 'glass', 'us'].map(formWord)).toEqual(['company', 'tax', 'church', 'glass', 'us']);
  });
});

describe('stemGroups', () => {
  it("puts a capitalised word's variants after its stem's term and counts its words inside sentences and in lowercase", () => {
    const { terms, forms } = analyse('House members met. The House voted on housing. AG said the house was sold.');
    const hous = terms.findIndex((t) => t.key === 'hous');
    expect(terms.slice(hous, hous + 3)).toEqual([
      { key: 'hous', n: 1, count: 4, surface: 'House' },
      { key: 'hous\u0001house', n: 1, count: 2, surface: 'House', variant: 'proper' },
      { key: 'hous\u0002house', n: 1, count: 2, surface: 'housing', variant: 'rest' },
    ]);
    // Only single words have variants; a word in capitals is neither capitalised nor lowercase.
    expect(terms.filter((t) => t.variant).map((t) => t.key)).toEqual(['hous\u0001house', 'hous\u0002house']);
    expect(forms.filter((f) => f.stem === 'hous').map((f) => [f.word.key, f.word.restKey, f.capitalisedInside, f.lowercase])).toEqual([
      // The first "House" opens its sentence: capitalised, not inside.
      ['hous\u0001house', 'hous\u0002house', 1, 1],
      ['hous\u0001housing', 'hous\u0002housing', 0, 1],
    ]);
    expect(forms.some((f) => f.stem === 'ag')).toBe(false);
  });
});

describe('splitWord', () => {
  it('splits a name (capitalised inside sentences at least twice as often as not) from a different common word', () => {
    expect(splitWord([{ capitalisedInside: 6, lowercase: 3 }, { capitalisedInside: 0, lowercase: 3 }])).toBe(0);
    expect(splitWord([{ capitalisedInside: 1, lowercase: 5 }, { capitalisedInside: 9, lowercase: 1 }])).toBe(1);
    // No common word, a common word seen too seldom, or a name written in lowercase too often: one term.
    expect(splitWord([{ capitalisedInside: 9, lowercase: 0 }])).toBe(-1);
    expect(splitWord([{ capitalisedInside: 9, lowercase: 0 }, { capitalisedInside: 0, lowercase: 2 }])).toBe(-1);
    expect(splitWord([{ capitalisedInside: 5, lowercase: 3 }, { capitalisedInside: 0, lowercase: 9 }])).toBe(-1);
  });
});

describe('TermSummary.splitStems', () => {
  it("gives a split stem's name its own document frequency and count, and its term the rest's", () => {
    const bodies = [
      'Lawmakers in the House voted. The House adjourned. Housing costs rose.',
      'The vote in the House was close. Lawmakers in the House met.',
      'New housing starts fell. The housing market cooled. Prices of housing fell.',
      'House leaders spoke.',
    ];
    const summary = new TermSummary();
    const analyses = bodies.map(analyse);
    analyses.forEach(({ terms, forms }, i) => {
      summary.add(packTerms(terms), i);
      summary.addForms(packForms(forms));
    });
    const before = summary.size;
    expect(summary.splitStems()).toBe(1);
    expect(summary.size).toBe(before + 1);
    const view = documentFrequencyView(summary.buffer);
    const rows = analyses.map(({ terms }) => {
      const table = termTable({ packed: packTerms(terms), surface: (i) => terms[i]!.surface }, view);
      const words = Array.from({ length: table.length }, (_, i) => i).filter((i) => table.n(i) === 1 && table.surface(i).toLowerCase().startsWith('hous'));
      return words.map((i) => [table.surface(i), table.count(i), table.documents(i)]);
    });
    // "House" in articles 0, 1 and 3; the rest ("Housing", "housing") in articles 0 and 2.
    expect(rows).toEqual([
      [['House', 2, 3], ['Housing', 1, 2]],
      [['House', 2, 3]],
      [['housing', 3, 2]],
      [['House', 1, 3]],
    ]);
    expect(summary.candidates(100).terms.filter((t) => t.n === 1 && t.count >= 3).map((t) => [t.count, t.documents]).sort()).toContainEqual([4, 2]);
  });
});

describe('stem groups through the reduce', () => {
  // Sentences of words from stems that hold names, common words and both, written in several ways.
  const WORDS = ['House', 'house', 'houses', 'housing', 'Housing', 'HOUSE', 'United', 'units', 'unit', 'President', 'president', 'presidents', 'vote'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((words) => `${words.join(' ')}.`);
  const body = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));

  it("gives each article's single words the counts and document frequencies of keying every occurrence by the run's split", () => {
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 12 }), (bodies) => {
        const analyses = bodies.map(analyse);
        const summary = new TermSummary();
        analyses.forEach(({ terms, forms }, i) => {
          summary.add(packTerms(terms), i);
          summary.addForms(packForms(forms));
        });
        summary.splitStems();
        const view = documentFrequencyView(summary.buffer);

        // The reference: the split decided on the summed words, then every occurrence keyed by it.
        const totals = new Map<string, Map<string, { capitalisedInside: number; lowercase: number }>>();
        for (const { forms } of analyses) {
          for (const form of forms) {
            const words = totals.get(form.stem) ?? new Map<string, { capitalisedInside: number; lowercase: number }>();
            totals.set(form.stem, words);
            const total = words.get(form.word.key) ?? { capitalisedInside: 0, lowercase: 0 };
            words.set(form.word.key, { capitalisedInside: total.capitalisedInside + form.capitalisedInside, lowercase: total.lowercase + form.lowercase });
          }
        }
        const names = new Set<string>();
        for (const words of totals.values()) {
          const name = splitWord([...words.values()]);
          if (name >= 0) names.add([...words.keys()][name]!);
        }
        const keyed = bodies.map((text) => {
          const counts = new Map<string, number>();
          for (const word of text.split(/[ .]+/).filter(Boolean)) {
            const stem = options.stem(word.toLowerCase());
            const name = `${stem}\u0001${formWord(word.toLowerCase())}`;
            const capitalised = word[0] !== word[0]!.toLowerCase() && word !== word.toUpperCase();
            const key = capitalised && names.has(name) ? name : stem;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          return counts;
        });
        const documents = (key: string) => keyed.filter((counts) => counts.has(key)).length;
        analyses.forEach(({ terms }, i) => {
          const table = termTable({ packed: packTerms(terms), surface: (k) => terms[k]!.surface }, view);
          const rows = Array.from({ length: table.length }, (_, k) => k).filter((k) => table.n(k) === 1).map((k) => [table.count(k), table.documents(k)]);
          const expected = [...keyed[i]!].map(([key, count]) => [count, documents(key)]);
          expect(rows.sort()).toEqual(expected.sort());
        });
        const listed = summary.candidates(1000).terms.filter((t) => t.n === 1).map((t) => [t.count, t.documents]);
        const all = new Set(keyed.flatMap((counts) => [...counts.keys()]));
        expect(listed.sort()).toEqual([...all].map((key) => [keyed.reduce((sum, counts) => sum + (counts.get(key) ?? 0), 0), documents(key)]).sort());
      }),
      { numRuns: 200 },
    );
  });
});
