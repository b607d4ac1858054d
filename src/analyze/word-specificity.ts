// How specific a word is to an article: its IDF over the run's articles and the background corpus,
// and the share of documents that makes it the run's common vocabulary.
import { readFileSync } from 'node:fs';
import { smoothedIdf } from './terms.js';
import type { CorpusStats } from '../types.js';

interface BackgroundFrequencies {
  documents: number;
  documentFrequency: ReadonlyMap<string, number>;
}

let background: BackgroundFrequencies | null = null;

/**
 * Document frequencies of word stems in the Brown corpus (data/background-df.json, built by
 * scripts/build-background-df.ts), read on first use. The path works from src/ and from dist/.
 */
function backgroundFrequencies(): BackgroundFrequencies {
  if (!background) {
    const data = JSON.parse(readFileSync(new URL('../../data/background-df.json', import.meta.url), 'utf8')) as { documents: number; documentFrequency: Record<string, number> };
    background = { documents: data.documents, documentFrequency: new Map(Object.entries(data.documentFrequency)) };
  }
  return background;
}

interface DocumentCounts {
  /** Documents of the run with the word, and the run's documents. */
  run: number;
  runDocuments: number;
  /** The same over the run and the background corpus together. */
  pooled: number;
  pooledDocuments: number;
}

function documentCounts(stats: CorpusStats, stem: string): DocumentCounts {
  const reference = backgroundFrequencies();
  const run = stats.documentFrequency.get(stem) ?? 0;
  return { run, runDocuments: stats.documents, pooled: run + (reference.documentFrequency.get(stem) ?? 0), pooledDocuments: stats.documents + reference.documents };
}

/**
 * Smoothed IDF (terms.ts smoothedIdf, the terms' own) of a word over the run's articles plus
 * (`useBackground`) the background corpus: a run of a handful of articles still knows that
 * "countries" is common and "Lopilato" is not.
 */
export const wordSpecificity = (stats: CorpusStats, stem: string, useBackground: boolean): number => specificityFrom(documentCounts(stats, stem), useBackground);

function specificityFrom(counts: DocumentCounts, useBackground: boolean): number {
  const [df, documents] = useBackground ? [counts.pooled, counts.pooledDocuments] : [counts.run, counts.runDocuments];
  return smoothedIdf(documents, df);
}

/**
 * Articles a run needs before it has a common vocabulary of its own: in fewer, a third of the run is
 * one to three articles, and the background alone would bar its common words ("war", "government")
 * from an article about them.
 */
const MIN_COMMON_VOCABULARY_ARTICLES = 10;

/**
 * The share of documents with the word: the smaller of the run's share and (`useBackground`) the share
 * in the run and the background corpus together (wordFigures gives 0 in a run of fewer than MIN_COMMON_VOCABULARY_ARTICLES).
 * A large run decides alone ("company" is in 66 % of the 1k bench corpus's articles, 24 % of the Brown
 * corpus's); in a smaller one the background keeps a word of most articles ("glacier" in all of a dozen)
 * from counting as common, unless the background has it often too.
 */
function shareFrom({ run, runDocuments, pooled, pooledDocuments }: DocumentCounts, useBackground: boolean): number {
  const runShare = run / Math.max(1, runDocuments);
  return useBackground ? Math.min(runShare, pooled / pooledDocuments) : runShare;
}

/** A word's wordSpecificity and its share of documents (above), its counts looked up once. */
export function wordFigures(stats: CorpusStats, stem: string, useBackground: boolean): { specificity: number; share: number } {
  const counts = documentCounts(stats, stem);
  return { specificity: specificityFrom(counts, useBackground), share: stats.documents < MIN_COMMON_VOCABULARY_ARTICLES ? 0 : shareFrom(counts, useBackground) };
}
