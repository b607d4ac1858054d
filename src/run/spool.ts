// The spool: pass 2 writes each batch's analyses to a file, pass 3 reads them back (pipeline.ts).
// Most of an analysis is term counts and keyphrase candidates: hundreds of short strings and
// numbers per article. They go into a compact binary file, written and read once: the strings
// concatenated (their lengths stored), the integers and the candidates' word scores in typed
// arrays, so reading back is a few slices instead of parsing JSON (which took about a tenth of
// the pipeline's CPU time). Terms are spooled as the numbers the corpus reduce gets (their key
// hashes, counts and n: packTerms) and their surfaces, and come back packed (PackedTerms): pass 3
// looks document frequencies up by hash and makes a surface string only for the terms it shows. The
// rest of an analysis is one small JSON string per article, without what pass 2 has already
// rendered (sentences, removed lines) or no report needs again (the body, already in
// clean/<name>.txt, whose name the record carries for pass 3: report/clean-files.ts). The articles that reports
// show in full (articlesShownInFull) come with what is shown of them (ShownArticle: report.json's
// text and the summary card), rendered in pass 2.
import { closeSync, fstatSync, openSync, readSync, writeSync, writevSync } from 'node:fs';
import type { ShownArticle } from '../report/worker-rows.js';
import { PACKED } from './term-summary.js';
import type { ArticleAnalysis, KeyphraseCandidate, KeyphraseCandidates, SpooledArticle } from '../types.js';

export interface SpooledAnalysis {
  /** Without its body, sentence list and removed lines (their counts remain). */
  analysis: SpooledArticle;
  /** What the reports show of an article shown in full; null for the others. */
  shown: ShownArticle | null;
  /** Its file's name in clean/ (report/clean-files.ts). */
  fileName: string;
}

interface SpoolHeader {
  analysis: Omit<ArticleAnalysis, 'termCounts' | 'keyphraseCandidates'>;
  /** ShownArticle's detail; its report.json text follows the header as two texts of their own (not escaped into it). */
  detail: ShownArticle['detail'] | null;
  fileName: string;
}

/**
 * A spool file is its articles' records one after the other. A record's bytes: 4 uint32 (text
 * bytes, integers, floats, packed term numbers), the floats, the packed term numbers, the
 * integers, the UTF-8 text (the header, ShownArticle's two report.json texts when there is one,
 * the term surfaces, the keyphrase candidates' keys and surfaces).
 */
const HEADER_BYTES = 16;

/** Appends values to three streams; decodeSpool takes them back in the same order. */
class Encoder {
  readonly texts: string[] = [];
  readonly integers: number[] = [];
  readonly floats: number[] = [];

  text(value: string): void {
    this.texts.push(value);
    this.integers.push(value.length);
  }
}

/**
 * One article's record for the spool file of its batch (written as soon as it is analysed: bytes
 * outside the JavaScript heap); `packedTerms`: packTerms(analysis.termCounts); `fileName`: its
 * clean/ file's name; `shown`: for the articles shown in full, shownArticle(analysis).
 */
export function encodeSpoolRecord(analysis: ArticleAnalysis, packedTerms: Uint32Array, fileName: string, shown: ShownArticle | null): Uint8Array {
  const out = new Encoder();
  const { termCounts, keyphraseCandidates, ...rest } = analysis;
  const header: SpoolHeader = {
    analysis: { ...rest, article: { ...rest.article, body: '', removedLines: [] }, sentiment: { ...rest.sentiment, sentences: [] } },
    detail: shown?.detail ?? null,
    fileName,
  };
  out.text(JSON.stringify(header));
  if (shown) {
    out.text(shown.json.head);
    out.text(shown.json.tail);
  }
  out.integers.push(keyphraseCandidates.phrases.length, keyphraseCandidates.words.length);
  for (const term of termCounts) out.text(term.surface);
  for (const candidate of [...keyphraseCandidates.phrases, ...keyphraseCandidates.words]) encodeCandidate(out, candidate);
  const text = out.texts.join('');
  const textBytes = Buffer.byteLength(text);
  const floatsAt = HEADER_BYTES;
  const packedAt = floatsAt + out.floats.length * 8;
  const integersAt = packedAt + packedTerms.byteLength;
  const textAt = integersAt + out.integers.length * 4;
  // Every byte is written below, straight into the record: a buffer of its own (never pooled) starts at offset 0, aligned for the views.
  const bytes = Buffer.allocUnsafeSlow(textAt + textBytes);
  new Uint32Array(bytes.buffer, 0, 4).set([textBytes, out.integers.length, out.floats.length, packedTerms.length]);
  new Float64Array(bytes.buffer, floatsAt, out.floats.length).set(out.floats);
  new Uint32Array(bytes.buffer, packedAt, packedTerms.length).set(packedTerms);
  new Uint32Array(bytes.buffer, integersAt, out.integers.length).set(out.integers);
  bytes.write(text, textAt);
  return bytes;
}

/** A candidate's stems are its key split at spaces, its title words a bit mask (phrases have at most 3 words). */
function encodeCandidate(out: Encoder, candidate: KeyphraseCandidate): void {
  out.text(candidate.key);
  out.text(candidate.surface);
  const inTitle = candidate.wordInTitle.reduce((mask, title, i) => (title ? mask | (1 << i) : mask), 0);
  out.integers.push(candidate.count, candidate.firstPosition, inTitle, candidate.verb ? 1 : 0, candidate.wordScores.length);
  out.floats.push(...candidate.wordScores);
}

/**
 * Writes a batch's records (encodeSpoolRecord) as one spool file, with one writev call: joining
 * them first copied each batch's records (about 0.7 MB) into a freshly allocated buffer.
 */
export function writeSpoolFile(path: string, records: readonly Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    const size = records.reduce((sum, record) => sum + record.length, 0);
    const written = records.length ? writevSync(fd, records) : 0;
    // A disk that is nearly full takes part of the batch and says how much, without an error: the
    // rest is written on, and where there is no room at all that write fails with ENOSPC, which the
    // command line explains (before: "wrote 278528 of 1157263 bytes", an unexpected failure). A
    // write that takes nothing and says no error would take nothing again: the loop ends on it.
    if (written < size) {
      const rest = Buffer.concat(records).subarray(written);
      for (let at = 0; at < rest.length; ) {
        const took = writeSync(fd, rest, at);
        if (took === 0) throw new Error(`spool file ${path}: wrote ${written + at} of ${size} bytes`);
        at += took;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads spool files into one buffer it keeps (grown to the largest file): a buffer per file, as
 * readFileSync makes, came each time in newly mapped memory, every page of it a page fault.
 */
export class SpoolReader {
  private buffer = Buffer.allocUnsafeSlow(0);

  /** The file's bytes, valid until the next read (decodeSpool copies out all it keeps). */
  read(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(Math.max(size, this.buffer.length * 2));
      for (let at = 0; at < size; ) {
        const read = readSync(fd, this.buffer, at, size - at, at);
        if (read === 0) throw new Error(`spool file ${path}: ended after ${at} of ${size} bytes`);
        at += read;
      }
      return this.buffer.subarray(0, size);
    } finally {
      closeSync(fd);
    }
  }
}

/** The analyses of a spool file, in the order they were written, one at a time. */
export function* decodeSpool(bytes: Uint8Array): Generator<SpooledAnalysis> {
  for (let at = 0; at < bytes.length; ) {
    const record = decodeRecord(bytes, at);
    yield record.spooled;
    at = record.end;
  }
}

function decodeRecord(bytes: Uint8Array, at: number): { spooled: SpooledAnalysis; end: number } {
  // Copied out (Buffer's slice is a view): a record's bytes need not sit at an offset the typed arrays can view.
  const copy = (from: number, length: number): ArrayBuffer => Uint8Array.prototype.slice.call(bytes, at + from, at + from + length).buffer;
  const [textBytes, integerCount, floatCount, packedCount] = new Uint32Array(copy(0, HEADER_BYTES));
  const floats = new Float64Array(copy(HEADER_BYTES, floatCount! * 8));
  const packedAt = HEADER_BYTES + floatCount! * 8;
  const packed = new Uint32Array(copy(packedAt, packedCount! * 4));
  const integersAt = packedAt + packedCount! * 4;
  const integers = new Uint32Array(copy(integersAt, integerCount! * 4));
  const textAt = integersAt + integerCount! * 4;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + at + textAt, textBytes).toString('utf8');
  let nextText = 0;
  let nextInteger = 0;
  let nextFloat = 0;
  const takeText = (): string => {
    const length = integers[nextInteger++]!;
    nextText += length;
    return text.slice(nextText - length, nextText);
  };
  const takeCandidate = (): KeyphraseCandidate => {
    const key = takeText();
    const surface = takeText();
    const count = integers[nextInteger++]!;
    const firstPosition = integers[nextInteger++]!;
    const inTitle = integers[nextInteger++]!;
    const verb = integers[nextInteger++] === 1;
    // A loop, not Array.from(floats.subarray()): a typed-array view per candidate costs more than the copy.
    const wordScores: number[] = [];
    for (let end = nextFloat + integers[nextInteger++]!; nextFloat < end; nextFloat++) wordScores.push(floats[nextFloat]!);
    // A one-word key as [key], not split: V8 gives a second split of a one-character string a holey
    // array, of another hidden class, which deoptimises pass 3's ranking in each thread.
    const stems = key.includes(' ') ? key.split(' ') : [key];
    return { key, surface, stems, wordScores, wordInTitle: stems.map((_, i) => (inTitle & (1 << i)) !== 0), count, firstPosition, verb };
  };
  const header = JSON.parse(takeText()) as SpoolHeader;
  const shown = header.detail ? { detail: header.detail, json: { head: takeText(), tail: takeText() } } : null;
  const terms = packed.length / PACKED;
  const phrases = integers[nextInteger++]!;
  const words = integers[nextInteger++]!;
  // Where each surface starts in the text (the next one's start is where it ends).
  const surfaceStart = new Uint32Array(terms + 1);
  surfaceStart[0] = nextText;
  for (let i = 0; i < terms; i++) surfaceStart[i + 1] = surfaceStart[i]! + integers[nextInteger++]!;
  nextText = surfaceStart[terms]!;
  const surface = (index: number): string => text.slice(surfaceStart[index], surfaceStart[index + 1]);
  const keyphraseCandidates: KeyphraseCandidates = { phrases: [], words: [] };
  for (let i = 0; i < phrases; i++) keyphraseCandidates.phrases.push(takeCandidate());
  for (let i = 0; i < words; i++) keyphraseCandidates.words.push(takeCandidate());
  return { spooled: { analysis: { ...header.analysis, terms: { packed, surface }, keyphraseCandidates }, shown, fileName: header.fileName }, end: at + textAt + textBytes };
}
