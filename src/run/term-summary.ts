// The corpus term summary of a pipeline run (the reduce of pass 2), built from term hashes: per
// term, the articles containing it (its document frequency), its count over the corpus, its highest
// count in one article, n, and the article it has been counted from. Readable forms are strings and
// most terms are never shown, so none is kept here: corpus_terms.csv lists a few thousand terms,
// and pass 3 finds their forms again in the spooled articles (SurfaceRequest, SurfaceChoice).
// The table lives in shared memory: pass 3's workers read document frequencies from it directly.
// Stem groups (analyze/stem-groups.ts): the words' forms are summed in a second table, and after
// pass 2 splitStems decides which groups hold a name and a common word; the table then says so in
// its entries (SPLIT), which pass 3 reads to count a split stem's name as a term of its own.
import { smoothedIdf, type TermTable } from '../analyze/terms.js';
import { readerOrder } from '../analyze/forms.js';
import { splitWord, type StemForm } from '../analyze/stem-groups.js';
import { CountTable, writeHash } from './count-table.js';
import { round } from '../numbers.js';
import type { CorpusTerm, PackedTerms, TermCount } from '../types.js';

// The values kept per term.
const DOCUMENTS = 0; // first, so a view of the table reads as a document-frequency CountTable
const COUNT = 1;
const BEST = 2; // the term's highest count in one article
const N = 3;
const SINCE = 4; // 0-based place in the run of the first article counted (a pruned term starts again)
const TERM_VALUES = 5;

// The N value holds n in its low byte, and flags: a single word's variant (TermCount.variant), and
// SPLIT, set after pass 2 on the term of a split stem and on the variants that replace it.
const N_OF = 0xff;
const PROPER = 0x100;
const REST = 0x200;
const VARIANT = PROPER | REST;
const SPLIT = 0x400;

/** Per term in a worker's message (and in the spool): hash high, hash low, count in the article, n. */
export const PACKED = 4;
// Where each value sits in a term's PACKED numbers (the hash's two halves are at 0 and 1).
const PACKED_COUNT = 2;
const PACKED_N = 3;

/**
 * An article's term counts as a worker sends them to the reduce: hashes and numbers, no strings.
 * A single word's variants follow its term (analyze/stem-groups.ts stemGroups), which pass 3 relies on.
 */
export function packTerms(terms: readonly TermCount[]): Uint32Array {
  const packed = new Uint32Array(terms.length * PACKED);
  terms.forEach((term, i) => {
    writeHash(term.key, packed, i * PACKED);
    packed[i * PACKED + PACKED_COUNT] = term.count;
    packed[i * PACKED + PACKED_N] = term.n | (term.variant === 'proper' ? PROPER : term.variant === 'rest' ? REST : 0);
  });
  return packed;
}

// Per stem-group word in a worker's message: the hash of its key (its capitalised variant's), its
// two counts, the hashes of its stem and of its rest variant.
const FORM_PACKED = 8;
const FORM_CAPITALISED = 2;
const FORM_LOWERCASE = 3;
const FORM_STEM = 4;
const FORM_REST = 6;

/** An article's stem-group words (StemForm) as a worker sends them to the reduce. */
export function packForms(forms: readonly StemForm[]): Uint32Array {
  const packed = new Uint32Array(forms.length * FORM_PACKED);
  forms.forEach(({ word, stem, capitalisedInside, lowercase }, i) => {
    const at = i * FORM_PACKED;
    // A word's three hashes are the same in every article: worked out once, kept on its record.
    if (!word.hashes) {
      word.hashes = new Uint32Array(6);
      writeHash(word.key, word.hashes, 0);
      writeHash(stem, word.hashes, 2);
      writeHash(word.restKey, word.hashes, 4);
    }
    const hashes = word.hashes;
    packed[at] = hashes[0]!;
    packed[at + 1] = hashes[1]!;
    for (let k = 2; k < 6; k++) packed[at + FORM_STEM + k - 2] = hashes[k]!;
    packed[at + FORM_CAPITALISED] = capitalisedInside;
    packed[at + FORM_LOWERCASE] = lowercase;
  });
  return packed;
}

// The values kept per stem-group word.
const FORM_ARTICLES = 0; // non-zero for every word added
const FORM_VALUES = 7; // then the two counts, the stem's hash, the rest variant's hash (as packed)

/** Pass 3's view of the document frequencies, from TermSummary.buffer. */
export const documentFrequencyView = (buffer: SharedArrayBuffer): CountTable => CountTable.fromBuffer(buffer, TERM_VALUES);

/** An article's terms in pass 3, with the hash each is known by in the corpus tables (keyHigh, keyLow). */
export interface ArticleTerms extends TermTable {
  keyHigh(index: number): number;
  keyLow(index: number): number;
}

/**
 * Pass 3: an article's spooled terms with their document frequencies (from documentFrequencyView),
 * for scoreTerms. A split stem's term gives way to its variants when the article writes the stem's
 * name: the name's variant is a term, the rest variant stands for the stem's term (whose counts
 * splitStems made those of the rest). Other variants are left out.
 */
export function termTable({ packed, surface }: PackedTerms, documentFrequency: CountTable): ArticleTerms {
  const values = documentFrequency.values;
  const flags = (i: number): number => {
    const at = documentFrequency.offsetOfHash(packed[i * PACKED]!, packed[i * PACKED + 1]!);
    return at < 0 ? 0 : values[at + N]!;
  };
  // Per term listed: its place in `packed`, and the place of the entry whose hash keys it.
  const place: number[] = [];
  const key: number[] = [];
  const length = packed.length / PACKED;
  for (let i = 0; i < length; i++) {
    if (packed[i * PACKED + PACKED_N]! & VARIANT) continue;
    let end = i + 1;
    while (end < length && packed[end * PACKED + PACKED_N]! & VARIANT) end++;
    let name = -1;
    if (end > i + 1 && flags(i) & SPLIT) for (let v = i + 1; v < end && name < 0; v++) if (packed[v * PACKED + PACKED_N]! & PROPER && flags(v) & SPLIT) name = v;
    if (name < 0) {
      place.push(i);
      key.push(i);
      continue;
    }
    place.push(name);
    key.push(name);
    // Its rest, when the article has other occurrences of the stem, follows the name's variant.
    if (name + 1 < end && packed[(name + 1) * PACKED + PACKED_N]! & REST) {
      place.push(name + 1);
      key.push(i);
    }
  }
  const documents = Uint32Array.from(key, (k) => {
    const at = documentFrequency.offsetOfHash(packed[k * PACKED]!, packed[k * PACKED + 1]!);
    return at < 0 ? 0 : values[at + DOCUMENTS]!;
  });
  return {
    length: place.length,
    n: (i) => packed[place[i]! * PACKED + PACKED_N]! & N_OF,
    count: (i) => packed[place[i]! * PACKED + PACKED_COUNT]!,
    documents: (i) => documents[i]!,
    surface: (i) => surface(place[i]!),
    keyHigh: (i) => packed[key[i]! * PACKED]!,
    keyLow: (i) => packed[key[i]! * PACKED + 1]!,
  };
}

export class TermSummary {
  private readonly table: CountTable;
  private readonly forms: CountTable;
  /** Variants in the table (they are never pruned), and those splitStems made terms. */
  private variants = 0;
  private splits = 0;
  /** Articles added (distinct bodies: pipeline.ts adds no duplicate). */
  articles = 0;

  /** `expectedTerms`: the table is made for that many terms at once (it grows past them). */
  constructor(expectedTerms = 1024) {
    this.table = CountTable.empty(expectedTerms, TERM_VALUES);
    this.forms = CountTable.empty(expectedTerms / 10, FORM_VALUES);
  }

  /** Distinct terms (a stem's variants are none until splitStems makes its name one). */
  get size(): number {
    return this.table.size - this.variants + this.splits;
  }

  /** Entries held, variants included: what bounds the table's memory. */
  get entries(): number {
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
        if (values[at + N]! & VARIANT) this.variants++;
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
    return this.table.retain((values, at) => values[at + DOCUMENTS] !== 1 || (values[at + N]! & N_OF) === 1, room);
  }

  /** Adds one article's packForms() (the same articles as add()). */
  addForms(packed: Uint32Array): void {
    for (let i = 0; i < packed.length; i += FORM_PACKED) {
      const at = this.forms.entryFor(packed[i]!, packed[i + 1]!);
      const values = this.forms.values;
      if (values[at + FORM_ARTICLES] === 0) values.set(packed.subarray(i + FORM_STEM, i + FORM_PACKED), at + FORM_STEM - 1);
      values[at + FORM_ARTICLES]++;
      values[at + FORM_CAPITALISED - 1] += packed[i + FORM_CAPITALISED]!;
      values[at + FORM_LOWERCASE - 1] += packed[i + FORM_LOWERCASE]!;
    }
  }

  /**
   * After the last add: splits the stem groups that hold a name and a common word (stem-groups.ts
   * splitWord). The name's variant becomes a term; the stem's term keeps the rest: its document
   * frequency and count lose the articles and occurrences of the name, and its highest count in one
   * article is no longer known (0: pass 3 offers its forms from every article, SurfaceChoice keeps
   * the most frequent). Returns how many groups were split.
   */
  splitStems(): number {
    const forms = this.forms.values;
    const groups = new Map<string, number[]>();
    for (const at of this.forms.entries()) {
      const stem = `${forms[at + FORM_STEM - 1]}:${forms[at + FORM_STEM]}`;
      const group = groups.get(stem);
      if (group) group.push(at);
      else groups.set(stem, [at]);
    }
    const values = this.table.values;
    const offset = (high: number, low: number) => this.table.offsetOfHash(high, low);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const name = splitWord(group.map((at) => ({ capitalisedInside: forms[at + FORM_CAPITALISED - 1]!, lowercase: forms[at + FORM_LOWERCASE - 1]! })));
      if (name < 0) continue;
      const form = group[name]!;
      const term = offset(forms[form + FORM_STEM - 1]!, forms[form + FORM_STEM]!);
      const proper = this.table.offsetOfKeyOf(this.forms, form);
      const rest = offset(forms[form + FORM_REST - 1]!, forms[form + FORM_REST]!);
      const documents = term < 0 || proper < 0 ? 0 : values[term + DOCUMENTS]! - values[proper + DOCUMENTS]! + (rest < 0 ? 0 : values[rest + DOCUMENTS]!);
      // A common word was counted in some article, so the rest is never empty; 0 would mark the slot empty.
      if (documents === 0) continue;
      values[term + DOCUMENTS] = documents;
      values[term + COUNT] = values[term + COUNT]! - values[proper + COUNT]!;
      values[term + BEST] = 0;
      for (const at of [term, proper, rest]) if (at >= 0) values[at + N] = values[at + N]! | SPLIT;
      this.splits++;
    }
    this.forms.retain(() => false);
    return this.splits;
  }

  /**
   * The terms corpus_terms.csv may list: those with the `limit` highest counts, and every term tied
   * with the last of them (ties are broken by document frequency, then by the readable form).
   */
  candidates(limit: number): SurfaceRequest {
    const values = this.table.values;
    // Rest variants are counted in their stem's term, and a variant splitStems left is no term.
    const isTerm = (at: number): boolean => !(values[at + N]! & VARIANT) || (values[at + N]! & (PROPER | SPLIT)) === (PROPER | SPLIT);
    const listed = [...this.table.entries()].filter(isTerm);
    const counts = Uint32Array.from(listed, (at) => values[at + COUNT]!).sort();
    const threshold = counts.length > limit ? counts[counts.length - limit]! : 0;
    const terms: CorpusTerm[] = [];
    const wanted = CountTable.empty(limit, REQUEST_VALUES);
    for (const at of listed) {
      if (values[at + COUNT]! < threshold) continue;
      const slot = wanted.entryForKeyOf(this.table, at);
      wanted.values[slot + INDEX] = terms.length + 1;
      wanted.values[slot + BEST_COUNT] = values[at + BEST]!;
      wanted.values[slot + FIRST_ARTICLE] = values[at + SINCE]!;
      const documents = values[at + DOCUMENTS]!;
      terms.push({ term: '', n: values[at + N]! & N_OF, count: values[at + COUNT]!, documents, idf: round(smoothedIdf(this.articles, documents)) });
    }
    return { terms, buffer: wanted.buffer };
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

/** Readable forms found in consecutive articles, with their counts there, as parallel lists. */
export interface SurfaceOffers {
  index: number[];
  surface: string[];
  count: number[];
}

export const surfaceRequestView = (buffer: SharedArrayBuffer): CountTable => CountTable.fromBuffer(buffer, REQUEST_VALUES);

/**
 * Pass 3, per article (`article`: its 0-based place in the run): the forms of requested terms that
 * may be chosen. A term is shown as written in the article where it is most frequent (ties: the
 * first in readerOrder) among those the summary counted it in: the rule of addToCorpus in
 * analyze/terms.ts, which does not depend on the order of articles.
 */
export function offerSurfaces(request: CountTable, terms: ArticleTerms, article: number, into: SurfaceOffers): void {
  const values = request.values;
  for (let i = 0; i < terms.length; i++) {
    const at = request.offsetOfHash(terms.keyHigh(i), terms.keyLow(i));
    // A split stem's highest count is unknown (0): every article offers, SurfaceChoice keeps the highest.
    if (at < 0 || terms.count(i) < values[at + BEST_COUNT]! || article < values[at + FIRST_ARTICLE]!) continue;
    into.index.push(values[at + INDEX]! - 1);
    into.surface.push(terms.surface(i));
    into.count.push(terms.count(i));
  }
}

/** The main thread's side: keeps the chosen form of each candidate, then ranks them. */
export class SurfaceChoice {
  /** Per candidate, the count in its article of the form chosen so far. */
  private readonly counts: number[] = [];

  constructor(private readonly request: SurfaceRequest) {}

  add(offers: SurfaceOffers): void {
    offers.index.forEach((index, i) => {
      const term = this.request.terms[index]!;
      const surface = offers.surface[i]!;
      const count = offers.count[i]!;
      const best = this.counts[index] ?? 0;
      if (term.term === '' || count > best || (count === best && readerOrder(surface, term.term) < 0)) {
        term.term = surface;
        this.counts[index] = count;
      }
    });
  }

  /** corpus_terms.csv: by count, then document frequency, then readable form; at most `limit`. */
  ranked(limit: number): CorpusTerm[] {
    return this.request.terms
      .sort((a, b) => b.count - a.count || b.documents - a.documents || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, limit);
  }
}
