// ReportWriter's end of a run (main-writer.ts finish): corpus_terms.csv has every term it is given, summary.html's term table
// the first TERMS_ON_PAGE of them, and the page says how many there are and how many the CSV has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ReportWriter } from '../../src/report/main-writer.js';
import { TERMS_ON_PAGE } from '../../src/report/summary-data.js';
import type { PageData } from '../../src/report/summary-html.js';
import { readCsv, tempDir } from '../helpers.js';

it(`puts the ${TERMS_ON_PAGE} most frequent of more corpus terms on summary.html, and says how many the run and the CSV have`, async () => {
  const dir = tempDir('main-writer-');
  const writer = await ReportWriter.open(dir, { dialect: 'excel', topKeyphrases: 5, topTerms: 5, jsonArticleLimit: 5 }, 'reports');
  // In corpus_terms.csv's order, the most frequent first: 500 more than the page shows, of 800 more in the run (terms.corpusLimit).
  const terms = Array.from({ length: TERMS_ON_PAGE + 500 }, (_, k) => ({ term: `harbour${k}`, n: 1, count: 10_000 - k, documents: 1, idf: 1 }));
  const written = await writer.finish(terms, TERMS_ON_PAGE + 800);
  expect([written.corpusTermsWritten, written.corpusTermsTotal]).toEqual([TERMS_ON_PAGE + 500, TERMS_ON_PAGE + 800]);
  expect(readCsv(join(dir, 'corpus_terms.csv')).length).toBe(1 + TERMS_ON_PAGE + 500);
  const html = readFileSync(join(dir, 'summary.html'), 'utf8');
  expect(html).toContain('<h3>All terms (the 2,000 most frequent of 2,800; corpus_terms.csv has the 2,500 most frequent (terms.corpusLimit))</h3>');
  const page = JSON.parse(/<script type="application\/json" id="summary-data">(.*?)<\/script>/su.exec(html)![1]!) as PageData;
  const term = page.termColumns.indexOf('term');
  expect(page.terms.map((row) => row[term])).toEqual(terms.slice(0, TERMS_ON_PAGE).map((t) => t.term));
});
