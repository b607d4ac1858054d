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
import type { Sentence, StemWord, TermCount, Token, Word } from '../types.js';

/** A word of a stem group and how an article writes it (the reduce sums these). */
export interface StemForm {
  /** The word (its keys), as its first form seen in the article has it. */
  word: StemWord;
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
/** A capital first, not all in capitals ("AG's" is in capitals: its possessive does not count). */
const isCapitalised = (surface: string): boolean => {
  const first = surface.charAt(0);
  const word = surface.replace(/['’]s$/u, '');
  return first !== first.toLowerCase() && word !== word.toUpperCase();
};

/** The word's place in its stem group, worked out once per word form (kept on its shared record). */
function formOf(word: Word): StemWord {
  if (word.stemForm) return word.stemForm;
  const base = formWord(word.lower);
  const lowercase = word.surface === word.lower;
  word.stemForm = { key: `${word.stem}${PROPER_MARK}${base}`, restKey: `${word.stem}${REST_MARK}${base}`, lowercase, capitalised: !lowercase && isCapitalised(word.surface), hashes: undefined };
  return word.stemForm;
}

/** A word form's occurrences in the article, and those after the first word of their sentence. */
interface WordTally {
  word: Word;
  count: number;
  inside: number;
}

/**
 * `terms` (countTerms of `sentences`) with, after each single-word term, its variants (see above),
 * and the stem groups' words. `isCounted` is the single-word test countTerms applies.
 */
export function stemGroups(sentences: readonly Sentence[], terms: readonly TermCount[], isCounted: (token: Token) => boolean): { terms: TermCount[]; forms: StemForm[] } {
  // Per stem, its word forms in the order first seen: one lookup per token (most stems have one form).
  const byStem = new Map<string, WordTally | WordTally[]>();
  for (const { tokens } of sentences) {
    let inside = false;
    for (const token of tokens) {
      const { word } = token;
      if (!word.isWord) continue;
      const first = !inside;
      inside = true;
      if (!isCounted(token)) continue;
      const seen = byStem.get(word.stem);
      let tally: WordTally | undefined;
      if (seen === undefined) byStem.set(word.stem, (tally = { word, count: 0, inside: 0 }));
      else if (!Array.isArray(seen)) {
        if (seen.word === word) tally = seen;
        else byStem.set(word.stem, [seen, (tally = { word, count: 0, inside: 0 })]);
      } else {
        tally = seen.find((t) => t.word === word);
        if (!tally) seen.push((tally = { word, count: 0, inside: 0 }));
      }
      tally.count++;
      if (!first) tally.inside++;
    }
  }
  const withVariants: TermCount[] = [];
  const forms: StemForm[] = [];
  for (const term of terms) {
    withVariants.push(term);
    const seen = term.n === 1 ? byStem.get(term.key) : undefined;
    if (!seen) continue;
    if (!Array.isArray(seen)) {
      const form = formOf(seen.word);
      if (form.lowercase) forms.push({ word: form, stem: term.key, capitalisedInside: 0, lowercase: seen.count });
      else if (form.capitalised) {
        if (seen.inside > 0) forms.push({ word: form, stem: term.key, capitalisedInside: seen.inside, lowercase: 0 });
        withVariants.push({ key: form.key, n: 1, count: seen.count, surface: seen.word.surface, variant: 'proper' });
      }
      continue;
    }
    addGroup(term, seen, withVariants, forms);
  }
  return { terms: withVariants, forms };
}

/** stemGroups for a stem written in several forms in the article (`tallies`, in the order first seen). */
function addGroup(term: TermCount, tallies: readonly WordTally[], withVariants: TermCount[], forms: StemForm[]): void {
  const byKey = new Map<string, StemForm>();
  const names: Array<{ form: StemWord; tallies: WordTally[] }> = [];
  for (const tally of tallies) {
    const form = formOf(tally.word);
    if (!form.lowercase && !form.capitalised) continue;
    let counts = byKey.get(form.key);
    if (!counts) byKey.set(form.key, (counts = { word: form, stem: term.key, capitalisedInside: 0, lowercase: 0 }));
    if (form.lowercase) counts.lowercase += tally.count;
    else {
      counts.capitalisedInside += tally.inside;
      const name = names.find((n) => n.form.key === form.key);
      if (name) name.tallies.push(tally);
      else names.push({ form, tallies: [tally] });
    }
  }
  for (const counts of byKey.values()) if (counts.capitalisedInside > 0 || counts.lowercase > 0) forms.push(counts);
  for (const { form, tallies: written } of names) {
    const count = written.reduce((sum, t) => sum + t.count, 0);
    withVariants.push({ key: form.key, n: 1, count, surface: mostFrequent(written), variant: 'proper' });
    const rest = tallies.filter((t) => !written.includes(t));
    if (rest.length) withVariants.push({ key: form.restKey, n: 1, count: term.count - count, surface: mostFrequent(rest), variant: 'rest' });
  }
}

/** The surface of the most frequent tally (ties: the first seen). */
function mostFrequent(tallies: readonly WordTally[]): string {
  let best = tallies[0]!;
  for (const tally of tallies) if (tally.count > best.count) best = tally;
  return best.word.surface;
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
