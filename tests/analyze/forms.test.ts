import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countForm, mostFrequentForm, readerOrder, type FormCounts } from '../../src/analyze/forms.js';

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

describe('readerOrder', () => {
  it('counts words in capitals first, then capitalised words, then code-unit order', () => {
    const sorted = ['NEW YORK', 'New York', 'new york', 'Schools', 'schools', 'SCHOOLS'].sort(readerOrder);
    expect(sorted).toEqual(['new york', 'schools', 'Schools', 'New York', 'SCHOOLS', 'NEW YORK']);
  });

  it('is a total order: antisymmetric, and 0 only for the same string', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      expect(Math.sign(readerOrder(a, b)) + Math.sign(readerOrder(b, a))).toBe(0);
      expect(readerOrder(a, b) === 0).toBe(a === b);
    }));
  });
});
