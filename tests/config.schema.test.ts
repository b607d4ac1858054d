import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countTerms } from '../src/analyze/terms.js';
import { configJsonSchema, parseConfig } from '../src/config.js';
import { emptyMetadata } from '../src/ingest/index.js';
import { runStopwords, stemmerFor } from '../src/text/language.js';
import { tokenizeArticle } from '../src/text/tokenize.js';
import type { CleanArticle } from '../src/types.js';

const root = join(import.meta.dirname, '..');

describe('config files in the repository', () => {
  it('pipeline.config.schema.json is up to date with src/config.ts (npm run config:schema)', () => {
    expect(JSON.parse(readFileSync(join(root, 'pipeline.config.schema.json'), 'utf8'))).toEqual(configJsonSchema());
  });

  it('pipeline.config.json is valid and only sets documented keys', () => {
    const config = parseConfig(JSON.parse(readFileSync(join(root, 'pipeline.config.json'), 'utf8')));
    expect(config.input).toBe('seeds');
    expect(config.clean.boilerplatePatterns).toContain('^Clicky$');
  });

  it('pipeline.config.json treats titles before names as stopwords, as it does "mr", so no title is a term', () => {
    const config = parseConfig(JSON.parse(readFileSync(join(root, 'pipeline.config.json'), 'utf8')));
    const options = { stopwords: runStopwords(config), stem: stemmerFor(config.language) };
    const body = 'Mr. Hale met Dr. Park, Prof. Lee, Gen. Cruz, Sen. Reed, Rep. Diaz and Gov. Kemp.';
    const article: CleanArticle = { id: 'a', sourceFile: 'a.txt', encoding: 'utf-8', body, removedLines: [], warnings: [], metadata: emptyMetadata() };
    const unigrams = countTerms(tokenizeArticle(article, options).sentences, [1, 1]).map((t) => t.surface);
    expect(unigrams.sort()).toEqual(['Cruz', 'Diaz', 'Hale', 'Kemp', 'Lee', 'Park', 'Reed', 'met']);
  });
});
