// The candidates and corpus of small articles, as the keyphrase tests build them.
import { keyphraseCandidates } from '../../src/analyze/keyphrases.js';
import { addToCorpus, countTerms, documentFrequencies, emptyCorpusSummary } from '../../src/analyze/terms.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeArticle, tokenizeWords } from '../../src/text/tokenize.js';
import type { CleanArticle, CorpusStats, KeyphraseCandidate, KeyphraseCandidates } from '../../src/types.js';

export const tokenizer = { stopwords: stopwordSet('en', ['says', 'said']), stem: stemmerFor('en') };

export function article(body: string, title: string | null = null): CleanArticle {
  return {
    id: 'a',
    sourceFile: 'a.txt',
    encoding: 'utf-8',
    metadata: { title, date: null, byline: null, source: null, url: null },
    body,
    removedLines: [],
    warnings: [],
  };
}

export function allCandidatesOf(body: string, title: string | null = null, singleWords = false): KeyphraseCandidates {
  const { sentences } = tokenizeArticle(article(body), tokenizer);
  return keyphraseCandidates(sentences, { title: title ? tokenizeWords(title, tokenizer) : null, singleWords });
}

export const candidatesOf = (body: string, title: string | null = null): KeyphraseCandidate[] => allCandidatesOf(body, title).phrases;
/** Corpus statistics of the given bodies, as the pipeline's reduce step builds them. */
export function corpusOf(...bodies: string[]): CorpusStats {
  const stats = emptyCorpusSummary();
  for (const body of bodies) addToCorpus(stats, countTerms(tokenizeArticle(article(body), tokenizer).sentences, [1, 3]));
  return documentFrequencies(stats);
}

export const surfaces = (candidates: readonly KeyphraseCandidate[]): string[] => candidates.map((c) => c.surface);

export const MAJOR = [
  'Prime Minister Major flew to Brussels.',
  'Prime Minister Major met the chancellor.',
  'The prime minister said the minister would resign.',
  'Prime Minister Major called the minister again, and the prime minister left.',
  'A minister and a prime minister agreed.',
].join(' ');
