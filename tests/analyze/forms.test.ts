import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTermForms, corpusForm, countForm, mostFrequentForm, readerOrder, type FormCounts } from '../../src/analyze/forms.js';

const counted = (forms: readonly string[]): FormCounts => {
  const counts: FormCounts = { count: 1, surface: forms[0]!, surfaceCount: 1, otherSurfaces: null };
  for (const form of forms.slice(1)) countForm(counts, form);
  return counts;
};

describe('form counts', () => {
  it('give the most frequent form, ties to the first seen or to the lower tie rank, as a sort of all forms would', () => {
    const capitals = (form: string): number => [...form].filter((c) => c >= 'A' && c <= 'Z').length;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('us', 'US', 'Us', 'uS'), { minLength: 1, maxLength: 30 }), (forms) => {
        const counts = counted(forms);
        expect(counts.count).toBe(forms.length);
        const tally = new Map<string, number>();
        for (const form of forms) tally.set(form, (tally.get(form) ?? 0) + 1);
        // A stable sort keeps first-seen order among equals.
        const byCount = [...tally].sort((a, b) => b[1] - a[1]);
        const byCountThenCapitals = [...tally].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]));
        expect(mostFrequentForm(counts)).toBe(byCount[0]![0]);
        expect(mostFrequentForm(counts, capitals)).toBe(byCountThenCapitals[0]![0]);
      }),
    );
  });

  it('make no map while every occurrence has the first form', () => {
    expect(counted(['Iraq', 'Iraq', 'Iraq']).otherSurfaces).toBeNull();
    expect(counted(['Iraq', 'IRAQ']).otherSurfaces).toEqual(new Map([['IRAQ', 1]]));
  });
});

describe('the corpus form of a term', () => {
  it('is its most frequent spelling over the articles, summed, whichever article uses it most', () => {
    const forms = new Map<string, number>();
    addTermForms(forms, 'NEW YORK', 3, null);
    for (let i = 0; i < 2; i++) addTermForms(forms, 'New York', 1, null);
    addTermForms(forms, 'New York', 2, new Map([['New York', 1], ['new York', 1]]));
    expect(forms).toEqual(new Map([['NEW YORK', 3], ['New York', 3], ['new York', 1]]));
    expect(corpusForm(forms)).toBe('New York');
  });

  it('goes on a tie to fewer words in capitals, then fewer capitalised words, then code-unit order', () => {
    const tie = (...forms: string[]) => corpusForm(new Map(forms.map((form) => [form, 2])));
    expect(tie('NEW YORK', 'New York')).toBe('New York');
    expect(tie('Schools', 'schools')).toBe('schools');
    expect(tie('SCHOOLS', 'Schools', 'schools')).toBe('schools');
    expect(tie('U.S. schools', 'u.s. Schools')).toBe('u.s. Schools');
    expect(tie('Russia’s', "Russia's")).toBe("Russia's");
  });

  it('does not depend on the order forms were added in, and is the head of a sort by count, then readerOrder', () => {
    const form = fc.constantFrom('NEW YORK', 'New York', 'new york', 'New YORK', 'York', 'Ü', 'ü');
    fc.assert(
      fc.property(fc.array(fc.tuple(form, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 12 }), (added) => {
        const forward = new Map<string, number>();
        for (const [f, count] of added) addTermForms(forward, f, count, null);
        const backward = new Map<string, number>();
        for (const [f, count] of [...added].reverse()) addTermForms(backward, f, count, null);
        const sorted = [...forward].sort((a, b) => b[1] - a[1] || readerOrder(a[0], b[0]));
        expect(corpusForm(forward)).toBe(sorted[0]![0]);
        expect(corpusForm(backward)).toBe(corpusForm(forward));
      }),
    );
  });
});
