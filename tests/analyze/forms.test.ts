import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addForms, corpusForm, countForm, countTermForms, mostFrequentForm, noForms, readerOrder, type FormCounts } from '../../src/analyze/forms.js';

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
        expect(mostFrequentForm(counts, (a, b) => capitals(a) - capitals(b))).toBe(byCountThenCapitals[0]![0]);
      }),
    );
  });

  it('make no map while every occurrence has the first form', () => {
    expect(counted(['Iraq', 'Iraq', 'Iraq']).otherSurfaces).toBeNull();
    expect(counted(['Iraq', 'IRAQ']).otherSurfaces).toEqual(new Map([['IRAQ', 1]]));
  });
});

describe('the corpus form of a term', () => {
  /** Form counts of (form, count) pairs added in order. */
  const summed = (added: readonly (readonly [string, number])[]): FormCounts => {
    const counts = noForms(added[0]![0]);
    for (const [form, count] of added) countTermForms(counts, form, count, null);
    return counts;
  };
  const tally = (counts: FormCounts): Map<string, number> => new Map([[counts.surface, counts.surfaceCount], ...(counts.otherSurfaces ?? [])]);

  it('is its most frequent spelling over the articles, summed, whichever article uses it most', () => {
    const counts = summed([['NEW YORK', 3], ['New York', 1], ['New York', 1]]);
    countTermForms(counts, 'New York', 2, new Map([['New York', 1], ['new York', 1]]));
    expect(tally(counts)).toEqual(new Map([['NEW YORK', 3], ['New York', 3], ['new York', 1]]));
    expect(counts.count).toBe(7);
    expect(corpusForm(counts)).toBe('New York');
  });

  it('goes on a tie to fewer words in capitals, then fewer capitalised words, then code-unit order', () => {
    const tie = (...forms: string[]) => corpusForm(summed(forms.map((form) => [form, 2] as const)));
    expect(tie('NEW YORK', 'New York')).toBe('New York');
    expect(tie('Schools', 'schools')).toBe('schools');
    expect(tie('SCHOOLS', 'Schools', 'schools')).toBe('schools');
    expect(tie('U.S. schools', 'u.s. Schools')).toBe('u.s. Schools');
    expect(tie('Russia’s', "Russia's")).toBe("Russia's");
  });

  it('does not depend on the order forms were added or merged in, and is the head of a sort by count, then readerOrder', () => {
    const form = fc.constantFrom('NEW YORK', 'New York', 'new york', 'New YORK', 'York', 'Ü', 'ü');
    const added = fc.array(fc.tuple(form, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(added, fc.nat(), (list, cut) => {
        const forward = summed(list);
        const backward = summed([...list].reverse());
        // Summed in two parts (two batches), the later first, then merged.
        const at = 1 + (cut % list.length);
        const merged = at < list.length ? summed(list.slice(at)) : summed(list);
        if (at < list.length) addForms(merged, summed(list.slice(0, at)));
        const sorted = [...tally(forward)].sort((a, b) => b[1] - a[1] || readerOrder(a[0], b[0]));
        expect(corpusForm(forward)).toBe(sorted[0]![0]);
        expect(corpusForm(backward)).toBe(corpusForm(forward));
        expect(tally(backward)).toEqual(tally(forward));
        expect(tally(merged)).toEqual(tally(forward));
        expect(corpusForm(merged)).toBe(corpusForm(forward));
      }),
    );
  });
});
