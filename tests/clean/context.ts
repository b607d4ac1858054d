// Shared by the cleaner's tests: the context the pipeline builds for a run over some texts (the
// cleaning scripts' own), and a raw article.
import { emptyMetadata, normaliseText } from '../../src/ingest/index.js';
import type { RawArticle } from '../../src/types.js';

export { contextFor } from '../../scripts/clean-bench-data.js';

export const article = (text: string, id = 'a'): RawArticle => ({
  id,
  sourceFile: `${id}.txt`,
  text: normaliseText(text),
  encoding: 'utf-8',
  givenMetadata: emptyMetadata(),
  warnings: [],
});
