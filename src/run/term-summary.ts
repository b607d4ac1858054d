// The corpus term summary of a pipeline run (the reduce of pass 2), built from term hashes: per
// term, the articles containing it (its document frequency), its count over the corpus, its highest
// count in one article, n, and the article it has been counted from. Readable forms are strings and
// most terms are never shown, so none is kept here: corpus_terms.csv lists a few thousand terms,
// and pass 3 finds their forms again in the spooled articles (SurfaceRequest, SurfaceChoice).
// The table lives in shared memory: pass 3's workers read document frequencies from it directly.
import { smoothedIdf, type TermTable } from '../analyze/terms.js';
import { readerOrder } from '../analyze/forms.js';
import { CountTable, writeHash } from './count-table.js';
import { round } from '../numbers.js';
import type { CorpusTerm, PackedTerms, TermCount } from '../types.js';
import { byCodeUnits } from '../order.js';

// The values kept per term.
const DOCUMENTS = 0; // first, so a view of the table reads as a document-frequency CountTable
const COUNT = 1;
const BEST = 2; // the term's highest count in one article
const N = 3;
const SINCE = 4; // 0-based place in the run of the first article counted (a pruned term starts again)
const TERM_VALUES = 5;

/** Per term in a worker's message (and in the spool): hash high, hash low, count in the article, n. */
export const PACKED = 4;
// Where each value sits in a term's PACKED numbers (the hash's two halves are at 0 and 1).
const PACKED_COUNT = 2;
const PACKED_N = 3;

/** An article's term counts as a worker sends them to the reduce: hashes and numbers, no strings. */
export function packTerms(terms: readonly TermCount[]): Uint32Array {
  const packed = new Uint32Array(terms.length * PACKED);
  terms.forEach((term, i) => {
    writeHash(term.key, packed, i * PACKED);
    packed[i * PACKED + PACKED_COUNT] = term.count;
    packed[i * PACKED + PACKED_N] = term.n;
  });
  return packed;
}

/** Pass 3's view of the document frequencies, from TermSummary.buffer. */
export const documentFrequencyView = (buffer: SharedArrayBuffer): CountTable => CountTable.fromBuffer(buffer, TERM_VALUES);

/** Pass 3: an article's spooled terms with their document frequencies (from documentFrequencyView), for scoreTerms. */
export function termTable({ packed, surface }: PackedTerms, documentFrequency: CountTable): TermTable {
  const documents = new Uint32Array(packed.length / PACKED);
  for (let i = 0; i < documents.length; i++) {
    const at = documentFrequency.offsetOfHash(packed[i * PACKED]!, packed[i * PACKED + 1]!);
    if (at >= 0) documents[i] = documentFrequency.values[at + DOCUMENTS]!;
  }
  return {
    length: documents.length,
    n: (i) => packed[i * PACKED + PACKED_N]!,
    count: (i) => packed[i * PACKED + PACKED_COUNT]!,
    documents: (i) => documents[i]!,
    surface,
  };
}

export class TermSummary {
  private readonly table: CountTable;
  /** Articles added (distinct bodies: pipeline.ts adds no duplicate). */
  articles = 0;

  /** `expectedTerms`: the table is made for that many terms at once (it grows past them). */
  constructor(expectedTerms = 1024) {
    this.table = CountTable.empty(expectedTerms, TERM_VALUES);
  }

  /** Distinct terms. */
  get size(): number {
    return this.table.size;
  }

  /** The table for documentFrequencyView in other threads; valid until the next add(). */
  get buffer(): SharedArrayBuffer {
    return this.table.buffer;
  }

  /**
   * Adds one article's packTerms(); `article` is its 0-based place in the run, which pass 3's
   * offerSurfaces compares with (places skipped by duplicates leave gaps).
   */
  add(packed: Uint32Array, article: number): void {
    this.articles++;
    for (let i = 0; i < packed.length; i += PACKED) {
      const at = this.table.entryFor(packed[i]!, packed[i + 1]!);
      const values = this.table.values;
      const count = packed[i + PACKED_COUNT]!;
      if (values[at + DOCUMENTS] === 0) {
        values[at + N] = packed[i + PACKED_N]!;
        values[at + SINCE] = article;
      }
      values[at + DOCUMENTS]++;
      values[at + COUNT] += count;
      if (count > values[at + BEST]!) values[at + BEST] = count;
    }
  }

  /**
   * Bounds memory: forgets every n-gram of two or more words seen in one article only so far.
   * Most multi-word n-grams occur once in the whole corpus, so this keeps the terms that matter;
   * a forgotten n-gram that comes back starts counting again, so its document frequency is
   * underestimated (its IDF, already near the maximum, is slightly too high). Returns how many
   * terms were dropped. The table keeps room for `room` terms: the summary grows back after a
   * pruning, and growing a table of a few hundred thousand terms doubling by doubling (each one
   * rehashes every term) was most of the 1.4 s the main thread spent growing it in a 10k run.
   */
  pruneRareNgrams(room = 0): number {
    return this.table.retain((values, at) => values[at + DOCUMENTS] !== 1 || values[at + N] === 1, room);
  }

  /**
   * The terms corpus_terms.csv may list: those with the `limit` highest counts, and every term tied
   * with the last of them (ties are broken by document frequency, then by the readable form).
   */
  candidates(limit: number): SurfaceRequest {
    const values = this.table.values;
    const threshold = nthHighest(this.counts(), limit);
    const terms: CorpusTerm[] = [];
    const wanted = CountTable.empty(limit, REQUEST_VALUES);
    for (const at of this.table.entries()) {
      if (values[at + COUNT]! < threshold) continue;
      const slot = wanted.entryForKeyOf(this.table, at);
      wanted.values[slot + INDEX] = terms.length + 1;
      wanted.values[slot + BEST_COUNT] = values[at + BEST]!;
      wanted.values[slot + FIRST_ARTICLE] = values[at + SINCE]!;
      const documents = values[at + DOCUMENTS]!;
      terms.push({ term: '', n: values[at + N]!, count: values[at + COUNT]!, documents, idf: round(smoothedIdf(this.articles, documents)) });
    }
    return { terms, buffer: wanted.buffer };
  }

  private *counts(): Generator<number> {
    for (const at of this.table.entries()) yield this.table.values[at + COUNT]!;
  }
}

/** Counts below this are tallied in a histogram by nthHighest; the few above it are sorted. */
const TALLIED_COUNTS = 4096;

/**
 * The n-th highest of the counts (ties counted), 0 when there are n or fewer. Linear: most terms
 * of a corpus summary have small counts, so a histogram of those and a sort of the few large ones
 * replace sorting every count (a 10k run's summary holds a few hundred thousand terms, and the
 * worker threads wait for this at the end of pass 2).
 */
export function nthHighest(counts: Iterable<number>, n: number): number {
  const tally = new Uint32Array(TALLIED_COUNTS);
  const large: number[] = [];
  let total = 0;
  for (const count of counts) {
    if (count < TALLIED_COUNTS) tally[count]++;
    else large.push(count);
    total++;
  }
  if (total <= n) return 0;
  if (large.length >= n) return large.sort((a, b) => b - a)[n - 1]!;
  let atLeast = large.length;
  for (let count = TALLIED_COUNTS - 1; ; count--) {
    atLeast += tally[count]!;
    if (atLeast >= n) return count;
  }
}

// The values per requested term.
const INDEX = 0; // 1 + its place in SurfaceRequest.terms
const BEST_COUNT = 1;
const FIRST_ARTICLE = 2;
const REQUEST_VALUES = 3;

/** What pass 3 looks for: the readable forms of the terms corpus_terms.csv may list. */
interface SurfaceRequest {
  /** The candidates, their readable form still empty. */
  terms: CorpusTerm[];
  /** A CountTable: term hash -> 1 + its place in terms, its highest count in one article, its first article. */
  buffer: SharedArrayBuffer;
}

/** Readable forms found in consecutive articles, as parallel lists. */
export interface SurfaceOffers {
  index: number[];
  surface: string[];
}

export const surfaceRequestView = (buffer: SharedArrayBuffer): CountTable => CountTable.fromBuffer(buffer, REQUEST_VALUES);

/**
 * Pass 3, per article (`article`: its 0-based place in the run): the forms of requested terms that
 * may be chosen. A term is shown as written in the article where it is most frequent (ties: the
 * first in readerOrder) among those the summary counted it in: the rule of addToCorpus in
 * analyze/terms.ts, which does not depend on the order of articles.
 */
export function offerSurfaces(request: CountTable, { packed, surface }: PackedTerms, article: number, into: SurfaceOffers): void {
  const values = request.values;
  for (let i = 0; i < packed.length; i += PACKED) {
    const at = request.offsetOfHash(packed[i]!, packed[i + 1]!);
    if (at < 0 || packed[i + PACKED_COUNT] !== values[at + BEST_COUNT] || article < values[at + FIRST_ARTICLE]!) continue;
    into.index.push(values[at + INDEX]! - 1);
    into.surface.push(surface(i / PACKED));
  }
}

/** The main thread's side: keeps the chosen form of each candidate, then ranks them. */
export class SurfaceChoice {
  constructor(private readonly request: SurfaceRequest) {}

  add(offers: SurfaceOffers): void {
    offers.index.forEach((index, i) => {
      const term = this.request.terms[index]!;
      const surface = offers.surface[i]!;
      // Most offers repeat the form already chosen (every article where the term has its highest count offers its form), which readerOrder would only compare with itself.
      if (term.term === '' || (surface !== term.term && readerOrder(surface, term.term) < 0)) term.term = surface;
    });
  }

  /** corpus_terms.csv: by count, then document frequency, then readable form; at most `limit`. */
  ranked(limit: number): CorpusTerm[] {
    return this.request.terms
      .sort((a, b) => b.count - a.count || b.documents - a.documents || byCodeUnits(a.term, b.term))
      .slice(0, limit);
  }
}
