// The spool: pass 2 writes each batch's analyses to a file, pass 3 reads them back (pipeline.ts).
// Each article is one JSON line, written and parsed once, so it is kept small: term counts and
// keyphrase candidates as arrays rather than objects, and past the articles that reports show in
// full (articlesShownInFull) without what pass 2 has already rendered (sentences, removed lines)
// or no report needs again (the cleaned body, already in clean/<id>.txt).
import type { ArticleAnalysis, KeyphraseCandidate, KeyphraseCandidates, TermCount } from './types.js';

export interface SpooledAnalysis {
  analysis: ArticleAnalysis;
  /** False: the analysis comes without its body, sentence list and removed lines (their counts remain). */
  complete: boolean;
}

/** Term counts as parallel lists. */
type SpooledTerms = [keys: string[], surfaces: string[], n: number[], counts: number[]];
/** A keyphrase candidate; its stems are its key split at spaces, its title words a bit mask. */
type SpooledCandidate = [key: string, surface: string, count: number, firstPosition: number, inTitle: number, ...wordScores: number[]];

interface SpoolRecord {
  analysis: Omit<ArticleAnalysis, 'termCounts' | 'keyphraseCandidates'>;
  complete: boolean;
  terms: SpooledTerms;
  candidates: { phrases: SpooledCandidate[]; words: SpooledCandidate[] };
}

export function spoolLine(analysis: ArticleAnalysis, complete: boolean): string {
  const { termCounts, keyphraseCandidates, ...rest } = analysis;
  const record: SpoolRecord = {
    analysis: complete
      ? rest
      : { ...rest, article: { ...rest.article, body: '', removedLines: [] }, sentiment: { ...rest.sentiment, sentences: [] } },
    complete,
    terms: [termCounts.map((t) => t.key), termCounts.map((t) => t.surface), termCounts.map((t) => t.n), termCounts.map((t) => t.count)],
    candidates: { phrases: keyphraseCandidates.phrases.map(spoolCandidate), words: keyphraseCandidates.words.map(spoolCandidate) },
  };
  return JSON.stringify(record);
}

export function readSpoolLine(line: string): SpooledAnalysis {
  const record = JSON.parse(line) as SpoolRecord;
  const [keys, surfaces, n, counts] = record.terms;
  const termCounts: TermCount[] = keys.map((key, i) => ({ key, surface: surfaces[i]!, n: n[i]!, count: counts[i]! }));
  const keyphraseCandidates: KeyphraseCandidates = { phrases: record.candidates.phrases.map(readCandidate), words: record.candidates.words.map(readCandidate) };
  return { analysis: { ...record.analysis, termCounts, keyphraseCandidates }, complete: record.complete };
}

function spoolCandidate(candidate: KeyphraseCandidate): SpooledCandidate {
  const inTitle = candidate.wordInTitle.reduce((mask, title, i) => (title ? mask | (1 << i) : mask), 0);
  return [candidate.key, candidate.surface, candidate.count, candidate.firstPosition, inTitle, ...candidate.wordScores];
}

function readCandidate([key, surface, count, firstPosition, inTitle, ...wordScores]: SpooledCandidate): KeyphraseCandidate {
  const stems = key.split(' ');
  return { key, surface, stems, wordScores, wordInTitle: stems.map((_, i) => (inTitle & (1 << i)) !== 0), count, firstPosition };
}
