// The written forms of one term or keyphrase candidate in an article, counted to report its most
// frequent form. Most have a single form, so the others get a map only when one is seen.

export interface FormCounts {
  /** Occurrences, all forms together. */
  count: number;
  /** The first form seen, and its count. */
  surface: string;
  surfaceCount: number;
  otherSurfaces: Map<string, number> | null;
}

/** No occurrence yet of a term first written `surface`. */
export const noForms = (surface: string): FormCounts => ({ count: 0, surface, surfaceCount: 0, otherSurfaces: null });

/** `times` more occurrences (one by default), written `surface`. */
export function countForm(counts: FormCounts, surface: string, times = 1): void {
  counts.count += times;
  if (surface === counts.surface) counts.surfaceCount += times;
  else {
    counts.otherSurfaces ??= new Map();
    counts.otherSurfaces.set(surface, (counts.otherSurfaces.get(surface) ?? 0) + times);
  }
}

/** Adds every occurrence `other` counts to `counts`. */
export function addForms(counts: FormCounts, other: FormCounts): void {
  countForm(counts, other.surface, other.surfaceCount);
  if (other.otherSurfaces) for (const [form, times] of other.otherSurfaces) countForm(counts, form, times);
}

/**
 * The most frequent form. Ties go to the form `before` puts first (negative: its first argument),
 * when it is given (called only on a tie: most have one form), then to the form seen first.
 */
export function mostFrequentForm(counts: FormCounts, before?: (a: string, b: string) => number): string {
  let best = counts.surface;
  let bestCount = counts.surfaceCount;
  // Not `otherSurfaces ?? []`: iterating a fresh empty array allocates it and its iterator, for every term.
  if (!counts.otherSurfaces) return best;
  for (const [form, count] of counts.otherSurfaces) {
    if (count > bestCount || (count === bestCount && before && before(form, best) < 0)) {
      best = form;
      bestCount = count;
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
  return wordsInCapitals(a) - wordsInCapitals(b) || wordsWithCapitals(a) - wordsWithCapitals(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Adds a term's forms in one article: `written` (TermCount.forms) or, when it is null, `count` times `surface`. */
export function countTermForms(counts: FormCounts, surface: string, count: number, written: ReadonlyMap<string, number> | null): void {
  if (!written) countForm(counts, surface, count);
  else for (const [form, times] of written) countForm(counts, form, times);
}

/**
 * How corpus_terms.csv writes a term: its most frequent form over the corpus (counts summed over the
 * articles), ties in readerOrder. Sums and this choice do not depend on the order articles come in.
 */
export const corpusForm = (counts: FormCounts): string => mostFrequentForm(counts, readerOrder);
