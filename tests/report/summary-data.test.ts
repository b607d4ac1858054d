import { describe, expect, test } from 'vitest';
import {
  articleDetail,
  ARTICLE_COLUMNS,
  articleRow,
  corpusOverview,
  DETAILED_ARTICLES,
  rowTitle,
  runHighlights,
  sentimentTimeline,
  SummaryCollector,
  summaryEntry,
  summaryRow,
  type SummaryRow,
} from '../../src/report/summary-data.js';
import { addArticleRows, emptyArticleRows, shownArticle } from '../../src/report/worker-rows.js';
import type { ArticleResult, SentenceSentiment } from '../../src/types.js';

const sentence = (index: number, sentiment: number): SentenceSentiment => ({
  index,
  text: `Sentence ${index} scores ${sentiment}.`,
  sentiment,
  label: sentiment > 0.05 ? 'positive' : sentiment < -0.05 ? 'negative' : 'neutral',
  drivers: sentiment ? [{ word: sentiment < 0 ? 'crisis' : 'hope', contribution: sentiment * 4 }, { word: 'very', contribution: sentiment }] : [],
});

function result(id: string, options: { title?: string | null; date?: string | null; source?: string | null; words?: number; sentiment?: number; scores?: number[]; removed?: number; keyphrases?: string[] } = {}): ArticleResult {
  const scores = options.scores ?? [options.sentiment ?? 0];
  const sentiment = options.sentiment ?? scores.reduce((a, b) => a + b, 0) / scores.length;
  return {
    analysis: {
      article: {
        id,
        sourceFile: `${id}.txt`,
        encoding: 'utf-8',
        metadata: { title: options.title === undefined ? `Title of ${id}` : options.title, date: options.date ?? null, byline: null, source: options.source ?? null, url: null },
        body: 'Body.',
        removedLines: Array.from({ length: options.removed ?? 0 }, (_, i) => ({ line: i + 1, text: `chrome line ${i + 1}`, kind: 'boilerplate' as const, reason: 'test' })),
        warnings: options.words === 0 ? ['nothing left after cleaning'] : [],
      },
      wordCount: options.words ?? 100,
      sentenceCount: scores.length,
      removedLineCount: options.removed ?? 0,
      sentiment: {
        sentiment,
        label: sentiment > 0.05 ? 'positive' : sentiment < -0.05 ? 'negative' : 'neutral',
        positiveSentences: 0,
        negativeSentences: 0,
        sentences: scores.map((s, i) => sentence(i, s)),
        topPositiveWords: [],
        topNegativeWords: [],
        strongestPositiveSentences: [],
        strongestNegativeSentences: [],
      },
      keyphraseCandidates: { phrases: [], words: [] },
    },
    terms: [
      { term: 'harbour', n: 1, count: 3, relativeFrequency: 0.1, tfIdf: 0.3, rank: 1 },
      { term: 'harbour plan', n: 2, count: 2, relativeFrequency: 0.5, tfIdf: 0.9, rank: 1 },
      { term: 'ferry', n: 1, count: 1, relativeFrequency: 0.05, tfIdf: 0.2, rank: 2 },
    ],
    keyphrases: (options.keyphrases ?? []).map((keyphrase, i) => ({ rank: i + 1, keyphrase, keyphraseScore: 1 })),
  };
}

const rows = (...results: ArticleResult[]): SummaryRow[] => results.map((r) => summaryRow(articleRow(r)));
/** An article's summary entry with its details, as for the first articles of a run. */
const entry = (article: ArticleResult) => summaryEntry(article, articleDetail(article.analysis, `clean/${article.analysis.article.id}.txt`));

describe('articleRow and articleDetail', () => {
  test('distinctive terms are the single words in TF-IDF rank order; long titles are cut', () => {
    const row = articleRow(result('a', { title: 'x'.repeat(500) }));
    expect(row.distinctive).toEqual(['harbour', 'ferry']);
    expect([...row.title].length).toBe(200);
    expect(row.title.endsWith('…')).toBe(true);
    expect(articleRow(result('b', { title: null })).title).toBe('b.txt');
  });

  test('a date is shown as articles.csv gives it, the day and the time of day apart; a date kept as given as it is', () => {
    expect(['2023-04-29T20:19', '2023-04-29', 'spring 2024', null].map((date) => articleRow(result('a', { date })).date)).toEqual(['2023-04-29 20:19', '2023-04-29', 'spring 2024', null]);
  });

  test('strongest sentences: the two most negative, then the two most positive, numbered from 1', () => {
    const detail = articleDetail(result('a', { scores: [0.2, -0.7, 0.9, 0, -0.1, 0.5] }).analysis, 'clean/a.txt');
    expect(detail.strongest.map((s) => [s.sentence, s.sentiment])).toEqual([[2, -0.7], [5, -0.1], [3, 0.9], [6, 0.5]]);
    expect(detail.strongest[0]!.drivers).toEqual(['crisis (-2.8)', 'very (-0.7)']);
  });

  test('keeps at most 30 removed lines and says how many more there are', () => {
    const detail = articleDetail(result('a', { removed: 45 }).analysis, 'clean/a.txt');
    expect(detail.removed.length).toBe(30);
    expect(detail.removedNotShown).toBe(15);
  });
});

describe('SummaryCollector', () => {
  // Rows as objects with arrays of keyphrases and terms took 939 bytes of heap each: about 90 MB of the main thread's at 100,000 articles.
  test("keeps each row as its page tuple's JSON and plain values, no arrays or objects; the title reads back from the JSON", () => {
    const article = result('a', { title: 'Port <b>strike</b> ends', keyphrases: ['harbour plan', 'dock'] });
    const row = summaryEntry(article, null).row;
    expect(Object.values(row).filter((value) => typeof value === 'object' && value !== null)).toEqual([]);
    const full = articleRow(article);
    expect(JSON.parse(row.json)).toEqual(ARTICLE_COLUMNS.map((column) => full[column]));
    expect(row.json).not.toContain('<');
    expect(rowTitle(row)).toBe('Port <b>strike</b> ends');
  });

  test(`keeps a row for every article but details only for the first ${DETAILED_ARTICLES} (addArticleRows)`, () => {
    const collector = new SummaryCollector();
    const rows = emptyArticleRows();
    const options = { dialect: 'excel' as const, topKeyphrases: 5, topTerms: 5, jsonArticleLimit: 10 };
    for (let i = 0; i < DETAILED_ARTICLES + 3; i++) {
      const article = result(`a${i}`);
      addArticleRows(rows, article, options, i, shownArticle(article.analysis, `a${i}`), { duplicateOf: null, nearDuplicateOf: null, fileName: `a${i}` });
    }
    for (const entry of rows.summary) collector.addArticle(entry);
    const data = collector.summary([], 0);
    expect(data.rows.length).toBe(DETAILED_ARTICLES + 3);
    expect(data.details.filter(Boolean).length).toBe(DETAILED_ARTICLES);
    expect(data.details.at(-1)).toBeNull();
  });

  test('counts keyphrases once per article, case-insensitively, and lists those shared by two or more', () => {
    const collector = new SummaryCollector();
    collector.addArticle(entry(result('a', { keyphrases: ['Harbour Plan', 'harbour plan', 'ferry'] })));
    collector.addArticle(entry(result('b', { keyphrases: ['harbour plan', 'dock'] })));
    collector.addArticle(entry(result('c', { keyphrases: ['dock', 'Harbour plan'] })));
    expect(collector.summary([], 0).keyphrases).toEqual([
      { keyphrase: 'Harbour Plan', articles: 3 },
      { keyphrase: 'dock', articles: 2 },
    ]);
  });

  test('counts failures and keeps the first problems', () => {
    const collector = new SummaryCollector();
    for (let i = 0; i < 1_005; i++) collector.addProblem({ sourceFile: `f${i}`, articleId: null, stage: 'ingest', severity: i % 2 ? 'warning' : 'error', problem: 'bad' });
    const data = collector.summary([], 0);
    expect(data.failed).toBe(503);
    expect(data.problemsTotal).toBe(1_005);
    expect(data.problems.length).toBe(1_000);
  });
});

describe('corpusOverview and runHighlights', () => {
  const collector = new SummaryCollector();
  collector.addArticle(entry(result('a', { date: '2024-01-05T10:00', source: 'Gazette', sentiment: -0.4, removed: 2 })));
  collector.addArticle(entry(result('b', { date: '2023-12-30', source: 'Gazette', sentiment: 0.3, words: 50 })));
  collector.addArticle(entry(result('c', { date: 'spring 2024', source: 'Times', sentiment: 0, words: 0 })));
  collector.addArticle(entry(result('d', { sentiment: -0.4 })));
  collector.addProblem({ sourceFile: 'x.txt', articleId: null, stage: 'ingest', severity: 'error', problem: 'not text' });
  const data = collector.summary([
    { term: 'harbour', n: 1, count: 9, documents: 3, idf: 1.1 },
    { term: 'harbour plan', n: 2, count: 5, documents: 2, idf: 1.3 },
    { term: 'ferry', n: 1, count: 4, documents: 1, idf: 1.6 },
  ], 3);

  test('counts words, labels, sources, empty and failed articles; the date range ignores unparsed dates', () => {
    const overview = corpusOverview(data);
    expect(overview).toMatchObject({ articles: 4, words: 250, removedLines: 2, empty: 1, failed: 1, withWarnings: 1 });
    expect(overview.dates).toEqual({ first: '2023-12-30', last: '2024-01-05', dated: 2 });
    expect(overview.sources).toEqual({ distinct: 2, top: [{ source: 'Gazette', articles: 2 }, { source: 'Times', articles: 1 }] });
    expect(overview.labels).toEqual({ negative: 2, neutral: 1, positive: 1 });
    expect(overview.meanSentiment).toBe(-0.125);
  });

  test('most negative ties are broken by id; top terms are single words', () => {
    const highlights = runHighlights(data);
    expect(highlights.mostNegative.map((a) => a.id)).toEqual(['a', 'd']);
    expect(highlights.mostPositive.map((a) => a.id)).toEqual(['b']);
    expect(highlights.topTerms.map((t) => t.term)).toEqual(['harbour', 'ferry']);
  });
});

describe('articles whose sentiment is not scored (another language)', () => {
  /** An article of `result`'s whose sentiment was not scored (analyze/index.ts, sentiment.otherLanguages). */
  const unscored = (id: string, date?: string): ArticleResult => {
    const article = result(id, { date: date ?? null, sentiment: -0.65 });
    return { ...article, analysis: { ...article.analysis, sentiment: { sentiment: null, label: null, sentences: [{ index: 0, text: 'Die Regierung.' }] } } };
  };

  test('are counted, and left out of the labels, the mean, the extremes, the timeline and the strongest sentences', () => {
    const collector = new SummaryCollector();
    collector.addArticle(entry(result('a', { date: '2024-01-01', sentiment: -0.4 })));
    collector.addArticle(entry(unscored('de', '2024-01-01')));
    collector.addArticle(entry(result('b', { date: '2024-01-02', sentiment: 0.2 })));
    collector.addArticle(entry(unscored('fr', '2024-01-03')));
    const data = collector.summary([], 0);
    expect(data.rows.map((r) => [r.id, r.sentiment, r.label])).toEqual([['a', -0.4, 'negative'], ['de', null, null], ['b', 0.2, 'positive'], ['fr', null, null]]);
    expect(data.details[1]!.strongest).toEqual([]);
    const overview = corpusOverview(data);
    expect(overview).toMatchObject({ articles: 4, notScored: 2, labels: { negative: 1, neutral: 0, positive: 1 }, meanSentiment: -0.1 });
    const highlights = runHighlights(data);
    expect([...highlights.mostNegative, ...highlights.mostPositive].map((a) => a.id)).toEqual(['a', 'b']);
    expect(sentimentTimeline(data.rows)!.buckets.map((b) => [b.start, b.articles, b.meanSentiment])).toEqual([['2024-01-01', 1, -0.4], ['2024-01-02', 1, 0.2]]);
  });

  test('a run with none scored has no mean', () => {
    const collector = new SummaryCollector();
    collector.addArticle(entry(unscored('de')));
    expect(corpusOverview(collector.summary([], 0))).toMatchObject({ notScored: 1, meanSentiment: null });
  });
});

describe('duplicates in the summary', () => {
  test('a copy is counted, but not listed twice among the extremes nor tallied twice among the keyphrases', () => {
    const collector = new SummaryCollector();
    collector.addArticle(entry(result('a', { sentiment: -0.4, keyphrases: ['harbour plan'] })));
    collector.addArticle(summaryEntry(result('a-copy', { sentiment: -0.4, keyphrases: ['harbour plan'] }), null, { duplicateOf: 'a', nearDuplicateOf: null }));
    collector.addArticle(entry(result('b', { sentiment: -0.2, keyphrases: ['harbour plan'] })));
    const data = collector.summary([], 0);
    expect(corpusOverview(data)).toMatchObject({ articles: 3, duplicates: 1 });
    expect(runHighlights(data).mostNegative.map((a) => a.id)).toEqual(['a', 'b']);
    expect(data.keyphrases).toEqual([{ keyphrase: 'harbour plan', articles: 2 }]);
  });

  test('a near-duplicate is counted as one, and otherwise like any article: among the extremes and in the keyphrase tally', () => {
    const collector = new SummaryCollector();
    collector.addArticle(entry(result('a', { sentiment: -0.4, keyphrases: ['harbour plan'] })));
    collector.addArticle(summaryEntry(result('a-update', { sentiment: -0.3, keyphrases: ['harbour plan'] }), null, { duplicateOf: null, nearDuplicateOf: 'a' }));
    const data = collector.summary([], 0);
    expect(data.rows.map((r) => r.nearDuplicate)).toEqual([false, true]);
    expect(corpusOverview(data)).toMatchObject({ articles: 2, duplicates: 0, nearDuplicates: 1 });
    expect(runHighlights(data).mostNegative.map((a) => a.id)).toEqual(['a', 'a-update']);
    expect(data.keyphrases).toEqual([{ keyphrase: 'harbour plan', articles: 2 }]);
  });
});

describe('sentimentTimeline', () => {
  test('needs two distinct days', () => {
    expect(sentimentTimeline(rows(result('a', { date: '2024-01-01' }), result('b', { date: '2024-01-01T09:00' }), result('c')))).toBeNull();
  });

  test('days over a short span, with empty days kept as gaps', () => {
    const timeline = sentimentTimeline(rows(result('a', { date: '2024-01-01', sentiment: 0.2 }), result('b', { date: '2024-01-01', sentiment: -0.4 }), result('c', { date: '2024-01-04', sentiment: 0.5 })))!;
    expect(timeline.unit).toBe('day');
    expect(timeline.buckets).toEqual([
      { start: '2024-01-01', articles: 2, meanSentiment: -0.1 },
      { start: '2024-01-02', articles: 0, meanSentiment: null },
      { start: '2024-01-03', articles: 0, meanSentiment: null },
      { start: '2024-01-04', articles: 1, meanSentiment: 0.5 },
    ]);
  });

  test('weeks start on Monday; months and years for longer spans', () => {
    const weeks = sentimentTimeline(rows(result('a', { date: '2024-01-03' }), result('b', { date: '2024-06-30' })))!;
    expect(weeks.unit).toBe('week');
    expect(weeks.buckets[0]!.start).toBe('2024-01-01');
    expect(weeks.buckets.at(-1)!.start).toBe('2024-06-24');
    expect(weeks.buckets.filter((b) => b.articles).length).toBe(2);
    const months = sentimentTimeline(rows(result('a', { date: '2021-03-15' }), result('b', { date: '2024-01-31' })))!;
    expect(months.unit).toBe('month');
    expect(months.buckets.length).toBe(35);
    const years = sentimentTimeline(rows(result('a', { date: '1990-07-01' }), result('b', { date: '2024-01-31' })))!;
    expect(years.unit).toBe('year');
    expect(years.buckets.map((b) => b.start).slice(0, 2)).toEqual(['1990-01-01', '1991-01-01']);
  });

  test('150,000 dated articles, more than a call takes as arguments, span their first to last day', () => {
    const row = summaryRow(articleRow(result('a')));
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + (i % 3_000))).toISOString().slice(0, 10);
    const timeline = sentimentTimeline(Array.from({ length: 150_000 }, (_, i) => ({ ...row, id: `a${i}`, day: day(i) })))!;
    expect(timeline.unit).toBe('month');
    expect([timeline.buckets[0]!.start, timeline.buckets.at(-1)!.start]).toEqual(['2000-01-01', day(2_999).slice(0, 8) + '01']);
    expect(timeline.buckets.reduce((sum, b) => sum + b.articles, 0)).toBe(150_000);
  });
});
