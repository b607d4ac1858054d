// What reports show of the articles shown in full is made in pass 2 (shownArticle) and put together
// with what needs the corpus in pass 3 (addArticleRows): report.json's entry must be what one
// JSON.stringify of the whole entry makes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { articlesShownInFull, REPORT_COLUMNS } from '../../src/report/index.js';
import { addArticleRows, addDetailRows, emptyArticleRows, emptyDetailRows, renderArticleRows, renderDetails, shownArticle, utf8Groups } from '../../src/report/worker-rows.js';
import { MAX_CELL_CHARS } from '../../src/report/csv.js';
import type { ArticleResult } from '../../src/types.js';

const analysis = analyzeArticle(
  {
    id: 'a/1', sourceFile: 'a/1.txt', encoding: 'utf-8', warnings: ['a warning'],
    metadata: { title: 'Zürich "quoted" bank raises rates', date: '2024-03-01', byline: 'Jane Doe', source: null, url: null },
    body: 'The central bank raised interest rates again. Markets fell sharply, and Acme Corp\'s shares lost 3.5%.\n\nInvestors welcomed the "clear" guidance \ud83d\ude00.',
    removedLines: [{ line: 1, text: 'Business Wire', kind: 'boilerplate', reason: 'site name' }],
  },
  { tokenizer: { stopwords: stopwordSet('en'), stem: stemmerFor('en') }, ngramRange: [1, 2], sentiment: { positiveThreshold: 0.05, negativeThreshold: -0.05, learnedLexicon: true }, keyphraseWords: false },
);
const result: ArticleResult = {
  analysis,
  terms: [{ term: 'central bank', n: 2, count: 2, relativeFrequency: 0.0512345678, tfIdf: 0.3, rank: 1 }],
  keyphrases: [{ rank: 1, keyphrase: 'central bank', keyphraseScore: 1 / 3 }],
};
const options = { dialect: 'excel' as const, topKeyphrases: 5, topTerms: 5, jsonArticleLimit: 2 };

describe('addArticleRows with shownArticle', () => {
  it("writes report.json's entry as one JSON.stringify of it would, keys in order", () => {
    const rows = emptyArticleRows();
    addArticleRows(rows, result, options, 0, shownArticle(analysis, 'a_1-abcdef12'), { duplicateOf: 'first-copy', nearDuplicateOf: 'an-earlier-version', fileName: 'a_1-abcdef12' });
    const [entry] = rows.json as [string];
    const parsed = JSON.parse(entry) as Record<string, unknown>;
    expect(JSON.stringify(parsed)).toBe(entry);
    expect(Object.keys(parsed)).toEqual(['id', 'sourceFile', 'cleanFile', 'metadata', 'encoding', 'words', 'sentences', 'warnings', 'sentiment', 'duplicateOf', 'nearDuplicateOf', 'keyphrases', 'terms', 'removedLines', 'body']);
    expect(parsed.duplicateOf).toBe('first-copy');
    expect(parsed.nearDuplicateOf).toBe('an-earlier-version');
    expect(rows.csv.articles.texts.join('')).toMatch(/,first-copy,an-earlier-version\r\n$/);
    expect(parsed.cleanFile).toBe('clean/a_1-abcdef12.txt');
    expect(rows.csv.articles.texts.join('')).toContain(',clean/a_1-abcdef12.txt,');
    expect(parsed.body).toBe(analysis.article.body);
    expect(parsed.keyphrases).toEqual([{ rank: 1, keyphrase: 'central bank', score: 0.333333 }]);
    expect((parsed.sentiment as { sentences: unknown[] }).sentences.length).toBe(analysis.sentenceCount);
    expect(renderArticleRows(rows).json.entries).toBe(1);
  });

  const first = { duplicateOf: null, nearDuplicateOf: null, fileName: 'a' };
  it('lists articles past limits.reportJsonArticles in no report.json entry, and refuses an article shown in full without what is shown', () => {
    const rows = emptyArticleRows();
    addArticleRows(rows, result, options, options.jsonArticleLimit, shownArticle(analysis, 'a'), first);
    expect(rows.json).toEqual([]);
    expect(rows.summary[0]!.detail).not.toBeNull();
    expect(() => addArticleRows(emptyArticleRows(), result, options, articlesShownInFull(options) - 1, null, first)).toThrow(/shown in full/);
    addArticleRows(rows, result, options, articlesShownInFull(options), null, first);
    expect(rows.summary[1]!.detail).toBeNull();
  });
});

describe('addDetailRows', () => {
  it("writes sentences.csv's drivers with excel-eu's decimal comma, as its number cells", () => {
    const driversOf = (dialect: 'excel' | 'excel-eu'): string[] => {
      const rows = emptyDetailRows();
      addDetailRows(rows, analysis, dialect);
      const text = rows.sentences.texts.join('');
      return [...text.matchAll(/\(([-+][\d.,]+)\)/g)].map((m) => m[1]!);
    };
    const point = driversOf('excel');
    expect(point.some((d) => d.includes('.'))).toBe(true);
    expect(driversOf('excel-eu')).toEqual(point.map((d) => d.replace('.', ',')));
  });
});

// A cell over MAX_CELL_CHARS is cut with a marker at its end (csv.ts truncateCell), which had been
// all that said so: no one finds it in a file of a million rows.
describe('a cell cut to a spreadsheet\'s size', () => {
  // A base64 image pasted into the text: one sentence, and the script line the cleaner removed.
  const blob = 'iVBORw0KGgoAAAANSUhEUgAA'.repeat(1_500);
  const long = analyzeArticle(
    { ...analysis.article, metadata: { ...analysis.article.metadata, title: `Gallery ${blob}` }, body: `The council met. The image ${blob} was attached.`, removedLines: [{ line: 9, text: `<script>var d="${blob}";</script>`, kind: 'boilerplate', reason: 'code' }] },
    { tokenizer: { stopwords: stopwordSet('en'), stem: stemmerFor('en') }, ngramRange: [1, 1], sentiment: { positiveThreshold: 0.05, negativeThreshold: -0.05, learnedLexicon: true }, keyphraseWords: false },
  );
  const cut = (where: string, length: number, whole = '') => ({
    sourceFile: 'a/1.txt', articleId: 'a/1', stage: 'report', severity: 'warning',
    problem: `${where} cut to its first 32,000 of ${length.toLocaleString('en')} characters (a spreadsheet cell holds at most 32,767; the cell ends in "…[truncated]")${whole}`,
  });

  it('gets an errors.csv row naming the article, the report, the row and the column, once per cell', () => {
    const details = emptyDetailRows();
    addDetailRows(details, long, 'excel');
    const sentence = long.sentiment.sentences.find((s) => s.text.length > MAX_CELL_CHARS)!;
    const { sentences, removed_lines } = renderDetails(details);
    expect(sentences.cut).toEqual([cut(`sentences.csv, sentence ${sentence.index + 1}: text`, sentence.text.length, "; the article's clean file has the whole sentence")]);
    expect(removed_lines.cut).toEqual([cut('removed_lines.csv, line 9: text', long.article.removedLines[0]!.text.length, '; the source file has the whole line')]);

    const rows = emptyArticleRows();
    addArticleRows(rows, { ...result, analysis: long }, options, 0, shownArticle(long, 'a'), { duplicateOf: null, nearDuplicateOf: null, fileName: 'a' });
    const rendered = renderArticleRows(rows).csv;
    expect(rendered.articles.cut).toEqual([cut('articles.csv: title', long.article.metadata.title!.length)]);
    expect([rendered.terms.cut, rendered.keyphrases.cut]).toEqual([[], []]);
  });

  it('gets none under the limit', () => {
    const details = emptyDetailRows();
    addDetailRows(details, analysis, 'excel');
    expect([details.sentences.cut, details.removed_lines.cut]).toEqual([[], []]);
  });
});

describe('an article whose sentiment is not scored (another language)', () => {
  const unscored = analyzeArticle(analysis.article, {
    tokenizer: { stopwords: stopwordSet('en'), stem: stemmerFor('en') }, ngramRange: [1, 2], sentiment: { positiveThreshold: 0.05, negativeThreshold: -0.05, learnedLexicon: true }, keyphraseWords: false, scoreSentiment: false,
  });
  const cells = (text: string): string[] => text.replace(/\r\n$/, '').split(',');

  it('has empty score cells labelled "not scored" in articles.csv and sentences.csv, and null scores in report.json', () => {
    const rows = emptyArticleRows();
    addArticleRows(rows, { ...result, analysis: unscored }, options, 0, shownArticle(unscored, 'a'), { duplicateOf: null, nearDuplicateOf: null, fileName: 'a' });
    const sentimentAt = REPORT_COLUMNS.articles.indexOf('sentiment');
    expect(cells(rows.csv.articles.texts.join('')).slice(sentimentAt, sentimentAt + 6)).toEqual(['', 'not scored', '', '', '', '']);
    const json = JSON.parse(rows.json[0]!) as { sentiment: { score: unknown; label: unknown; sentences: Array<{ text: string; score: unknown; drivers: unknown[] }> } };
    expect(json.sentiment.score).toBeNull();
    expect(json.sentiment.label).toBeNull();
    expect(json.sentiment.sentences.map((s) => [s.score, s.drivers])).toEqual(analysis.sentiment.sentences.map(() => [null, []]));
    expect(json.sentiment.sentences.map((s) => s.text)).toEqual(analysis.sentiment.sentences.map((s) => s.text));
    expect(rows.summary[0]!.row).toMatchObject({ sentiment: null, label: null });

    const details = emptyDetailRows();
    addDetailRows(details, unscored, 'excel');
    const sentenceRows = details.sentences.texts.join('').split('\r\n').filter(Boolean);
    expect(sentenceRows).toHaveLength(unscored.sentenceCount);
    expect(sentenceRows[0]).toBe('a/1,1,The central bank raised interest rates again.,,not scored,');
  });
});

describe('utf8Groups', () => {
  it("gives each group's texts as the UTF-8 of their concatenation, all groups in one buffer of their own", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), { maxLength: 5 }), (groups) => {
        const bytes = utf8Groups(groups);
        expect(bytes.map((b) => Buffer.from(b).toString())).toEqual(groups.map((texts) => Buffer.from(texts.join('')).toString()));
        expect(new Set(bytes.map((b) => b.buffer)).size).toBeLessThanOrEqual(1);
        if (bytes.length) expect(bytes[0]!.buffer.byteLength).toBe(bytes.reduce((sum, b) => sum + b.length, 0));
      }),
    );
  });
});
