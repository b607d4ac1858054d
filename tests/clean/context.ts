// Shared by the cleaner's tests: the context the pipeline builds for a run over some texts, and a raw article.
import { distinctLineKeys, type CleanContext } from '../../src/clean/index.js';
import { loadConfig } from '../../src/config.js';
import { emptyMetadata, normaliseText } from '../../src/ingest/index.js';
import { runStopwords, stemmerFor } from '../../src/text/language.js';
import type { RawArticle } from '../../src/types.js';

const config = loadConfig('pipeline.config.json', true);

/** The context the pipeline builds for a run over these texts, in the config's language or `language`'s. */
export function contextFor(texts: readonly string[], language = config.language): CleanContext {
  const seen = new Map<string, number>();
  for (const text of texts) for (const key of distinctLineKeys(text)) seen.set(key, (seen.get(key) ?? 0) + 1);
  return {
    boilerplatePatterns: config.clean.boilerplatePatterns.map((source) => new RegExp(source, 'u')),
    articlesWithLine: (key) => seen.get(key) ?? 1,
    repeatedLineMinArticles: config.clean.repeatedLineMinArticles,
    stopwords: runStopwords({ ...config, language }),
    stem: stemmerFor(language),
  };
}

export const article = (text: string, id = 'a'): RawArticle => ({
  id,
  sourceFile: `${id}.txt`,
  text: normaliseText(text),
  encoding: 'utf-8',
  givenMetadata: emptyMetadata(),
  warnings: [],
});
