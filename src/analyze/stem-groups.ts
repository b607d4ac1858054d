// Stem groups that hold two words: Porter gives "House" (the US House) and "housing" one stem, as
// "United"/"unit" and "Reserve"/"reservation". Terms are keyed by stem, so such a group was one row
// for two meanings. Whether a group holds a name and a common word is a corpus question (one
// article may write "House" only at the start of sentences), so it is decided once for the run
// from a mergeable summary, the same way for every article:
//   map (per article): per stem and word (its lowercase form without a plural or possessive
//        ending), the occurrences written with a capital inside a sentence and those written in
//        lowercase (StemForm); and for each word written with a capital, the stem's single-word
//        term split in two: those capitalised occurrences, and the rest (TermCount.variant);
//   reduce (run/term-summary.ts): the forms' counts summed over the corpus, and the variants'
//        document frequencies like any term's;
//   decide (splitWord): a stem splits when one of its words is a name (capitalised inside
//        sentences, seldom in lowercase) and another is a common word (mostly in lowercase); its
//        name's variant becomes a term of its own and the rest keeps the stem's key.
// Only single words are split: an n-gram's other words tell its meanings apart ("White House").
import { mostFrequentForm, type FormCounts } from './forms.js';
import type { Sentence, TermCount, Token } from '../types.js';

/** A word of a stem group and how an article writes it (the reduce sums these). */
export interface StemForm {
  /** stem + PROPER_MARK + word: also the key of the word's capitalised variant. */
  key: string;
  stem: string;
  /** Written with a capital (not all in capitals) after the first word of a sentence. */
  capitalisedInside: number;
  /** Written in lowercase. */
  lowercase: number;
}

/** Separates a stem from the word in the key of its capitalised variant ("hous\u0001house"). */
export const PROPER_MARK = '\u0001';
/** The same for the rest of the stem's occurrences ("hous\u0002house"). */
export const REST_MARK = '\u0002';

/**
 * The word a form belongs to, as far as the stem group needs it: lowercase, without a possessive or
 * plural ending, so "Houses" and "house's" are "house" while "housing" is a word of its own.
 */
export function formWord(lower: string): string {
  let word = lower.replace(/['’]s?$/u, '');
  if (word.length > 3 && word.endsWith('ies')) word = `${word.slice(0, -3)}y`;
  else if (word.length > 3 && /(?:ss|x|z|ch|sh)es$/u.test(word)) word = word.slice(0, -2);
  else if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  return word;
}

/** A capital first, not all in capitals ("AG's" is in capitals: its possessive does not count). */
const isCapitalised = (surface: string): boolean => {
  const first = surface.charAt(0);
  const word = surface.replace(/['’]s$/u, '');
  return first !== first.toLowerCase() && word !== word.toUpperCase();
};

/** Per stem: every surface of its single-word term, and per word written with a capital, those surfaces. */
interface StemTally {
  all: Map<string, number>;
  capitalised: Map<string, FormCounts>;
  forms: Map<string, StemForm>;
}

/**
 * `terms` (countTerms of `sentences`) with, after each single-word term, its variants (see above),
 * and the stem groups' forms. `isCounted` is the single-word test countTerms applies.
 */
export function stemGroups(sentences: readonly Sentence[], terms: readonly TermCount[], isCounted: (token: Token) => boolean): { terms: TermCount[]; forms: StemForm[] } {
  const stems = new Map<string, StemTally>();
  for (const { tokens } of sentences) {
    let inside = false;
    for (const token of tokens) {
      if (!token.word.isWord) continue;
      const first = !inside;
      inside = true;
      if (!isCounted(token)) continue;
      const { surface, lower, stem } = token.word;
      let tally = stems.get(stem);
      if (!tally) stems.set(stem, (tally = { all: new Map(), capitalised: new Map(), forms: new Map() }));
      tally.all.set(surface, (tally.all.get(surface) ?? 0) + 1);
      const lowercase = surface === lower;
      const capitalised = !lowercase && isCapitalised(surface);
      if (!lowercase && !capitalised) continue;
      const word = formWord(lower);
      if (capitalised) {
        const counts = tally.capitalised.get(word);
        if (!counts) tally.capitalised.set(word, { count: 1, surface, surfaceCount: 1, otherSurfaces: null });
        else {
          counts.count++;
          if (surface === counts.surface) counts.surfaceCount++;
          else (counts.otherSurfaces ??= new Map()).set(surface, (counts.otherSurfaces.get(surface) ?? 0) + 1);
        }
      }
      const key = `${stem}${PROPER_MARK}${word}`;
      let form = tally.forms.get(key);
      if (!form) tally.forms.set(key, (form = { key, stem, capitalisedInside: 0, lowercase: 0 }));
      if (lowercase) form.lowercase++;
      else if (!first) form.capitalisedInside++;
    }
  }
  const withVariants: TermCount[] = [];
  const forms: StemForm[] = [];
  for (const term of terms) {
    withVariants.push(term);
    const tally = term.n === 1 ? stems.get(term.key) : undefined;
    if (!tally) continue;
    for (const form of tally.forms.values()) if (form.capitalisedInside > 0 || form.lowercase > 0) forms.push(form);
    for (const [word, counts] of tally.capitalised) {
      const surface = mostFrequentForm(counts);
      withVariants.push({ key: `${term.key}${PROPER_MARK}${word}`, n: 1, count: counts.count, surface, variant: 'proper' });
      const rest = restForm(tally.all, counts);
      if (rest) withVariants.push({ key: `${term.key}${REST_MARK}${word}`, n: 1, count: term.count - counts.count, surface: rest, variant: 'rest' });
    }
  }
  return { terms: withVariants, forms };
}

/** The most frequent surface of the stem's other occurrences (ties: the first seen), or null when there are none. */
function restForm(all: Map<string, number>, capitalised: FormCounts): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [surface, count] of all) {
    if (surface === capitalised.surface || capitalised.otherSurfaces?.has(surface)) continue;
    if (count > bestCount) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

/** Fewest occurrences inside sentences for a word to be read as a name, or as a common word. */
export const MIN_OCCURRENCES = 3;
/** How many times more often a name is capitalised inside sentences than written in lowercase, and a common word the other way round. */
export const DOMINANCE = 2;

/** Corpus counts of one word of a stem group (StemForm summed over the articles). */
export interface FormTotals {
  capitalisedInside: number;
  lowercase: number;
}

/**
 * The group's word that is a name, when the group also holds a different common word: its index in
 * `forms`, or -1. Of several names the one capitalised most often, then the first.
 */
export function splitWord(forms: readonly FormTotals[]): number {
  const isName = (f: FormTotals) => f.capitalisedInside >= MIN_OCCURRENCES && f.capitalisedInside >= DOMINANCE * f.lowercase;
  const isCommon = (f: FormTotals) => f.lowercase >= MIN_OCCURRENCES && f.lowercase >= DOMINANCE * f.capitalisedInside;
  let name = -1;
  forms.forEach((form, i) => {
    if (isName(form) && (name < 0 || form.capitalisedInside > forms[name]!.capitalisedInside)) name = i;
  });
  return name >= 0 && forms.some((form, i) => i !== name && isCommon(form)) ? name : -1;
}
