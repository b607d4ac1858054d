// Terms: per-article n-gram counts (map side) and TF-IDF once the corpus's document frequencies
// are known. The pipeline reduces the counts to document frequencies in term-summary.ts (term
// hashes in shared memory); the string-keyed summary here (addToCorpus), simpler, is kept as the
// reference the tests hold that one to (tests/run/term-summary.test.ts) and as what
// scripts/bench-keyphrases.ts and analyse-keyphrase-gold.ts count a corpus with. One
// document-frequency map replaces natural.TfIdf, which rescans every document for every term
// (quadratic in corpus size).
import { countForm, mostFrequentForm, readerOrder, type FormCounts } from './forms.js';
import type { CorpusStats, CorpusSummary, ScoredTerm, Sentence, TermCount, Token } from '../types.js';

const isTermEdge = ({ word }: Token): boolean => !word.isStopword && word.modal !== true && word.lower.length > 1;

const endsWithApostrophe = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x27 || last === 0x2019;
};

/**
 * Counts every n-gram (n in range) that starts and ends with a non-stopword, within a run of
 * tokens: an n-gram never spans punctuation or a token without letters. Stopwords stay inside runs
 * (they may sit inside an n-gram, never at its edges). The runs are walked in place, without
 * copying them out of the sentence.
 */
export function countTerms(sentences: readonly Sentence[], [minN, maxN]: readonly [number, number]): TermCount[] {
  const counts = new Map<string, TermTally>();
  for (const { tokens } of sentences) {
    for (let start = 0; start < tokens.length; start++) {
      const first = tokens[start]!;
      if (!first.word.isWord || !isTermEdge(first)) continue;
      // Keys and surfaces grow one word at a time instead of being joined again for every n.
      let key = first.word.stem;
      let surface = first.word.surface;
      for (let n = 1; n <= maxN; n++) {
        const token = tokens[start + n - 1]!;
        if (n > 1) {
          key = `${key} ${token.word.stem}`;
          // An elided word is written joined to the next ("Banca d'Italia"), as the text has it (text/token-shapes.ts elisionEnd).
          surface = endsWithApostrophe(surface) ? `${surface}${token.word.surface}` : `${surface} ${token.word.surface}`;
        }
        if (n >= minN && isTermEdge(token)) {
          const entry = counts.get(key);
          if (entry) countForm(entry, surface);
          else counts.set(key, { n, count: 1, surface, surfaceCount: 1, otherSurfaces: null });
        }
        const next = tokens[start + n];
        if (!next || next.breakBefore || !next.word.isWord) break;
      }
    }
  }
  const terms: TermCount[] = [];
  counts.forEach((entry, key) => terms.push({ key, n: entry.n, count: entry.count, surface: mostFrequentForm(entry) }));
  return terms;
}

/** Counts of one term in an article (ties between its forms go to the one seen first). */
interface TermTally extends FormCounts {
  n: number;
}

export function emptyCorpusSummary(): CorpusSummary {
  return { documents: 0, terms: new Map() };
}

/** Adds one article's counts to the corpus summary. Order-independent, so results are deterministic. */
export function addToCorpus(summary: CorpusSummary, termCounts: readonly TermCount[]): void {
  summary.documents++;
  for (const { key, count, surface } of termCounts) {
    const term = summary.terms.get(key);
    if (!term) {
      summary.terms.set(key, { documents: 1, count, surface, surfaceCount: count });
      continue;
    }
    term.documents++;
    term.count += count;
    // The readable form is the one with the highest count in any single article (ties: readerOrder),
    // which does not depend on the order articles arrive in.
    if (count > term.surfaceCount || (count === term.surfaceCount && readerOrder(surface, term.surface) < 0)) {
      term.surface = surface;
      term.surfaceCount = count;
    }
  }
}

/** What finalizing needs from a summary held in this thread (workers get a CountTable instead). */
export function documentFrequencies(summary: CorpusSummary): CorpusStats {
  return { documents: summary.documents, documentFrequency: { get: (key) => summary.terms.get(key)?.documents } };
}

/** Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1: never zero, never negative. */
export function inverseDocumentFrequency(stats: CorpusStats, key: string): number {
  return smoothedIdf(stats.documents, stats.documentFrequency.get(key) ?? 0);
}

/** inverseDocumentFrequency from the numbers: `documents` articles, `df` of them with the term. */
export const smoothedIdf = (documents: number, df: number): number => Math.log((1 + documents) / (1 + df)) + 1;

/**
 * An article's terms as scoreTerms reads them, by index: pass 3 reads them from the spool's
 * numbers (term-summary.ts termTable), without an object per term.
 */
export interface TermTable {
  readonly length: number;
  n(index: number): number;
  count(index: number): number;
  /** Articles of the corpus containing the term. */
  documents(index: number): number;
  surface(index: number): string;
}

/**
 * TF-IDF of an article's terms (`documents`: articles in the corpus), ranked within each n
 * (1 = best). Relative frequency is the count over all n-gram occurrences of the same n in the article.
 */
export function scoreTerms(terms: TermTable, documents: number, perN: number): ScoredTerm[] {
  const byN = new Map<number, number[]>();
  for (let i = 0; i < terms.length; i++) {
    const list = byN.get(terms.n(i));
    if (list) list.push(i);
    else byN.set(terms.n(i), [i]);
  }
  const scored: ScoredTerm[] = [];
  for (const n of [...byN.keys()].sort()) {
    const members = byN.get(n)!;
    const total = members.reduce((sum, i) => sum + terms.count(i), 0);
    // Scores in an array, and the best perN picked without sorting all of them: an article has
    // hundreds of terms per n and lists perN. The order is total (a surface determines its key),
    // so the pick equals the head of a full sort.
    const tfIdf = members.map((i) => (terms.count(i) / total) * smoothedIdf(documents, terms.documents(i)));
    const surfaces: string[] = [];
    const surface = (a: number): string => (surfaces[a] ??= terms.surface(members[a]!));
    const before = (a: number, b: number): boolean => {
      if (tfIdf[a]! !== tfIdf[b]!) return tfIdf[a]! > tfIdf[b]!;
      const countA = terms.count(members[a]!);
      const countB = terms.count(members[b]!);
      return countA !== countB ? countA > countB : surface(a) < surface(b);
    };
    bestFirst(members.length, perN, before).forEach((a, rank) => {
      const count = terms.count(members[a]!);
      scored.push({ term: surface(a), n, count, relativeFrequency: count / total, tfIdf: tfIdf[a]!, rank: rank + 1 });
    });
  }
  return scored;
}

/**
 * The indices 0..count-1 of the `limit` best items by `before` (true: a goes first), best first;
 * items neither before the other keep their index order, as in a stable sort.
 */
export function bestFirst(count: number, limit: number, before: (a: number, b: number) => boolean): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  for (let i = 0; i < count; i++) {
    if (best.length === limit && !before(i, best[limit - 1]!)) continue;
    // Insertion into a short sorted list: limit is small (terms.perArticle).
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && before(i, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = i;
  }
  return best;
}
