// The written forms of one term or keyphrase candidate in an article, counted to report its most
// frequent form. Most have a single form, so the others get a map only when one is seen.
import { byCodeUnits } from '../order.js';

export interface FormCounts {
  /** Occurrences, all forms together. */
  count: number;
  /** The first form seen, and its count. */
  surface: string;
  surfaceCount: number;
  otherSurfaces: Map<string, number> | null;
}

/** One more occurrence, written `surface`. */
export function countForm(counts: FormCounts, surface: string): void {
  counts.count++;
  if (surface === counts.surface) counts.surfaceCount++;
  else {
    counts.otherSurfaces ??= new Map();
    counts.otherSurfaces.set(surface, (counts.otherSurfaces.get(surface) ?? 0) + 1);
  }
}

/**
 * The most frequent form. Ties go to the form `tieRank` ranks lower, when it is given (computed only
 * on a tie: most have one form), then to the form seen first.
 */
export function mostFrequentForm(counts: FormCounts, tieRank?: (form: string) => number): string {
  let best = counts.surface;
  let bestCount = counts.surfaceCount;
  let bestRank: number | null = null;
  // Not `otherSurfaces ?? []`: iterating a fresh empty array allocates it and its iterator, for every term.
  if (!counts.otherSurfaces) return best;
  for (const [form, count] of counts.otherSurfaces) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
      bestRank = null;
    } else if (count === bestCount && tieRank) {
      bestRank ??= tieRank(best);
      const rank = tieRank(form);
      if (rank < bestRank) {
        best = form;
        bestRank = rank;
      }
    }
  }
  return best;
}

/** Words written in capitals ("NEW", "U.S."), single letters aside. */
export const wordsInCapitals = (form: string): number => form.split(' ').filter((word) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()).length;

const wordsWithCapitals = (form: string): number => form.split(' ').filter((word) => word !== word.toLowerCase()).length;

/**
 * The order a reader expects among equally frequent spellings of a term (negative: `a` first): fewer
 * words in capitals (a dateline's or a lead's "NEW YORK" shouts), then fewer words with a capital (a
 * common word is capitalised where it starts a sentence or a headline: "Schools"), then code-unit
 * order, so that the choice never depends on the order the forms were counted in.
 */
export function readerOrder(a: string, b: string): number {
  return wordsInCapitals(a) - wordsInCapitals(b) || wordsWithCapitals(a) - wordsWithCapitals(b) || byCodeUnits(a, b);
}
