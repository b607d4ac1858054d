// summary.html: one self-contained page to look at a run. The overview and the charts are static
// HTML and SVG drawn here; the tables and article cards are built in the browser by one inline
// script from a JSON block, a page at a time, so 10,000 articles stay fast. A Content-Security-Policy
// forbids every network request and every script but our own (pinned by its hash). The output has
// no timestamps: the same run gives a byte-identical page.
import { createHash } from 'node:crypto';
import { barChart, labelChart, sentimentBarChart, sentimentProfile, timelineChart, type Bar } from './html/charts.js';
import { signedScore, thousands } from './format.js';
import { escapeHtml, jsonForScript } from './html/escape.js';
import { summaryPageScript } from './html/page-script.js';
import { PAGE_STYLE } from './html/page-style.js';
import {
  ARTICLE_COLUMNS,
  bySentiment,
  corpusOverview,
  DETAILED_ARTICLES,
  rowTitle,
  sentimentTimeline,
  type ArticleDetail,
  type ArticleRow,
  type ScoredRow,
  type CorpusOverview,
  type SummaryData,
} from './summary-data.js';
import { byCodeUnits } from '../order.js';

/** Up to this many articles the sentiment chart labels every one; above it, the extremes. */
const LABEL_EVERY_ARTICLE_UP_TO = 40;
const EXTREMES_SHOWN = 15;
const TOP_TERMS_SHOWN = 25;
const TOP_PHRASES_SHOWN = 15;
const CLOUD_TERMS = 60;
/** Keyphrases the overview names (topicsNote). */
const TOPICS_SHOWN = 10;

const TERM_COLUMNS = ['term', 'n', 'count', 'documents', 'idf'] as const;

/** The JSON block the page script reads: rows as tuples (column names once) to keep the file small. */
export interface PageData {
  articleColumns: string[];
  articles: Array<Array<ArticleRow[keyof ArticleRow]>>;
  details: Array<ArticleDetail | null>;
  detailedArticles: number;
  termColumns: string[];
  terms: Array<Array<string | number>>;
}

function tile(stat: string, label: string, value: string, alert = false): string {
  return `<div class="tile${alert ? ' alert' : ''}${value.length > 12 ? ' wide' : ''}" data-stat="${stat}"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
}

function overviewSection(overview: CorpusOverview, keyphrases: SummaryData['keyphrases']): string {
  const dates = overview.dates;
  const tiles = [
    tile('articles', 'Articles analysed', thousands(overview.articles)),
    tile('words', 'Words', thousands(overview.words)),
    tile('sentences', 'Sentences', thousands(overview.sentences)),
    tile('date-range', 'Date range', dates ? (dates.first === dates.last ? dates.first : `${dates.first} – ${dates.last}`) : 'no dates'),
    tile('dated', 'Articles with a date', thousands(dates?.dated ?? 0)),
    tile('sources', 'Sources', thousands(overview.sources.distinct)),
    tile('failed', 'Failed', thousands(overview.failed), overview.failed > 0),
    tile('empty', 'Empty after cleaning', thousands(overview.empty), overview.empty > 0),
    tile('warnings', 'With warnings', thousands(overview.withWarnings), overview.withWarnings > 0),
    tile('duplicates', 'Duplicates (same body as an earlier article)', thousands(overview.duplicates), overview.duplicates > 0),
    tile('near-duplicates', 'Near-duplicates of an earlier article', thousands(overview.nearDuplicates)),
    tile('removed-lines', 'Lines removed by cleaning', thousands(overview.removedLines)),
    tile('mean-sentiment', 'Mean sentiment (−1 to +1)', overview.meanSentiment === null ? 'not scored' : signedScore(overview.meanSentiment)),
    ...(overview.notScored ? [tile('not-scored', 'Sentiment not scored (another language or no text)', thousands(overview.notScored), true)] : []),
  ].join('');
  const sources = overview.sources.top.length
    ? `<p class="note">Top sources: ${overview.sources.top.map((s) => `${escapeHtml(s.source)} (${thousands(s.articles)})`).join(', ')}</p>`
    : '<p class="note">No source names were given with the articles.</p>';
  return `<section id="overview"><h2>Overview</h2><dl class="tiles">${tiles}</dl>${sources}${topicsNote(keyphrases)}</section>`;
}

/**
 * What the corpus is about, on the first screen: the keyphrases most articles share. The overview
 * had said how many articles, words, dates and sources, and what they were about only below the
 * sentiment charts, a screen and more further down.
 */
function topicsNote(keyphrases: SummaryData['keyphrases']): string {
  if (!keyphrases.length) return '';
  const shown = keyphrases.slice(0, TOPICS_SHOWN).map((k) => `${escapeHtml(k.keyphrase)} (${thousands(k.articles)})`).join(', ');
  return `<p class="note" id="topics">Topics (the keyphrases most articles share, with how many): ${shown} · <a href="#top-keyphrases">more</a></p>`;
}

const articleBar = (row: ScoredRow): Bar => ({ label: rowTitle(row), value: row.sentiment, id: row.id, note: `${row.label}, id ${row.id}` });

function sentimentSection(data: SummaryData, overview: CorpusOverview): string {
  if (!data.rows.length) return '<section id="sentiment"><h2>Sentiment</h2><p class="note">No articles were analysed.</p></section>';
  const sorted = bySentiment(data.rows);
  const labels = overview.labels;
  // Articles in another language than the lexicons' (sentiment.otherLanguages) or with no text have no score: say how many the charts leave out.
  const notScored = overview.notScored
    ? ` · ${thousands(overview.notScored)} not scored (another language than English, or no text; left out of every chart and the mean)`
    : '';
  if (!sorted.length) {
    return `<section id="sentiment"><h2>Sentiment</h2><p class="note">No article's sentiment was scored: each of the ${thousands(overview.notScored)} reads as another language than English, the lexicons' (sentiment.otherLanguages), or has no text.</p></section>`;
  }
  const parts = [
    `<h3>Articles by label</h3><p class="note">${thousands(labels.negative)} negative · ${thousands(labels.neutral)} neutral · ${thousands(labels.positive)} positive${notScored}</p>`,
    labelChart(labels, 'Articles by sentiment label'),
  ];
  if (sorted.length <= LABEL_EVERY_ARTICLE_UP_TO) {
    parts.push('<h3>Every article, most negative first</h3>', sentimentBarChart(sorted.map(articleBar), 'Sentiment of every article'));
  } else {
    // A story's copies (duplicate_of) would take two places among the extremes.
    const distinct = sorted.filter((r) => !r.duplicate);
    parts.push(
      '<h3>Every article, sorted by sentiment</h3>',
      sentimentProfile(sorted.map((r) => r.sentiment), 'Sentiment of every article, sorted'),
      '<div class="columns">',
      `<div><h3>${EXTREMES_SHOWN} most negative</h3>${sentimentBarChart(distinct.slice(0, EXTREMES_SHOWN).map(articleBar), 'Most negative articles')}</div>`,
      `<div><h3>${EXTREMES_SHOWN} most positive</h3>${sentimentBarChart(distinct.slice(-EXTREMES_SHOWN).reverse().map(articleBar), 'Most positive articles')}</div>`,
      '</div>',
    );
  }
  const timeline = sentimentTimeline(data.rows);
  parts.push('<h3>Over time</h3>');
  parts.push(
    timeline
      ? timelineChart(timeline, `Mean sentiment per ${timeline.unit}`)
      : `<p class="note">Needs articles dated on at least two different days (${thousands(overview.dates?.dated ?? 0)} of ${thousands(overview.articles)} have a date).</p>`,
  );
  return `<section id="sentiment"><h2>Sentiment</h2><p class="note">Scores run from −1 (negative) to +1 (positive); an article's score is the mean of its sentences. Click a bar to open the article's card.</p>${parts.join('')}</section>`;
}

/** Most frequent single words in a few type sizes, alphabetical: a word cloud that reads as a list. */
function termCloud(data: SummaryData): string {
  const words = data.corpusTerms.filter((t) => t.n === 1).slice(0, CLOUD_TERMS);
  if (!words.length) return '';
  const max = words[0]!.count;
  const spans = [...words]
    .sort((a, b) => byCodeUnits(a.term.toLowerCase(), b.term.toLowerCase()))
    .map((t) => `<span class="s${1 + Math.min(4, Math.floor(Math.sqrt(t.count / max) * 5))}" title="${escapeHtml(`${t.term}: ${times(t.count)} in ${articlesCount(t.documents)}`)}">${escapeHtml(t.term)}</span>`);
  return `<h3>Term cloud</h3><div class="cloud">${spans.join(' ')}</div>`;
}

// "in 1 articles" stood beside every term of a small corpus.
const articlesCount = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;
const times = (n: number): string => `${n} time${n === 1 ? '' : 's'}`;

/**
 * What corpus_terms.csv holds beyond the page's table. "corpus_terms.csv has more" sent a reader
 * looking for a rare term to a file cut at terms.corpusLimit (20,000 of 47,440 terms in a 300-article run).
 */
function corpusTermsCsvNote(data: SummaryData): string {
  if (data.corpusTermsInCsv >= data.corpusTermsTotal) return 'corpus_terms.csv has them all';
  return `corpus_terms.csv has the ${thousands(data.corpusTermsInCsv)} most frequent (terms.corpusLimit)`;
}

function termsSection(data: SummaryData): string {
  const termBars = (n: (value: number) => boolean, limit: number): Bar[] =>
    data.corpusTerms
      .filter((t) => n(t.n))
      .slice(0, limit)
      .map((t) => ({ label: t.term, value: t.count, note: `in ${articlesCount(t.documents)}` }));
  const words = termBars((n) => n === 1, TOP_TERMS_SHOWN);
  const phrases = termBars((n) => n > 1, TOP_PHRASES_SHOWN);
  const keyphrases = data.keyphrases.slice(0, TOP_PHRASES_SHOWN).map((k) => ({ label: k.keyphrase, value: k.articles }));
  const chart = (title: string, bars: Bar[], counted: (count: number) => string, id: string): string =>
    `<div id="${id}"><h3>${title}</h3>${bars.length ? barChart(bars, title, counted) : '<p class="note">None in this corpus.</p>'}</div>`;
  const shown = data.corpusTerms.length < data.corpusTermsTotal ? ` (the ${thousands(data.corpusTerms.length)} most frequent of ${thousands(data.corpusTermsTotal)}; ${corpusTermsCsvNote(data)})` : '';
  return (
    '<section id="terms"><h2>Terms and keyphrases</h2><p class="note">Terms are counted under their stems and shown as written in the article that uses them most (on a tie between articles, the spelling with fewer words in capitals, then fewer capitalised words); stopwords are left out.</p>' +
    '<div class="columns">' +
    chart('Top terms (times used)', words, times, 'top-terms') +
    `<div>${chart('Top phrases (times used)', phrases, times, 'top-phrases')}${chart('Keyphrases shared by articles (articles)', keyphrases, articlesCount, 'top-keyphrases')}</div>` +
    '</div>' +
    termCloud(data) +
    `<h3>All terms${shown}</h3><div id="terms-table" class="table-root"><noscript><p class="note">The term table needs JavaScript; corpus_terms.csv has the same rows.</p></noscript></div>` +
    '</section>'
  );
}

function problemsSection(data: SummaryData): string {
  if (!data.problemsTotal) return '<section id="problems"><h2>Problems</h2><p class="note">No article failed and none came with a warning.</p></section>';
  const rows = data.problems
    .map((p) => `<tr class="problem-${p.severity}"><td class="nowrap">${escapeHtml(p.severity)}</td><td class="nowrap">${escapeHtml(p.stage)}</td><td class="name">${escapeHtml(p.sourceFile)}</td><td class="name">${escapeHtml(p.articleId ?? '')}</td><td>${escapeHtml(p.problem)}</td></tr>`)
    .join('');
  const more = data.problemsTotal > data.problems.length ? `<p class="note">The first ${thousands(data.problems.length)} of ${thousands(data.problemsTotal)}; errors.csv has them all.</p>` : '';
  return (
    `<section id="problems"><h2>Problems</h2><p class="note">Errors: the article was skipped. Warnings: it was analysed but needs care (an article with nothing left after cleaning is one).</p>` +
    `<table class="data" id="problems-table"><thead><tr><th>Severity</th><th>Stage</th><th>Source file</th><th>Article</th><th>Problem</th></tr></thead><tbody>${rows}</tbody></table>${more}</section>`
  );
}

/** Article rows per piece of the page's JSON block (about 300 KB of it). */
const ROWS_PER_PIECE = 1_000;

/**
 * The JSON block the page script reads (PageData, made safe by jsonForScript), in pieces: the article rows a
 * thousand at a time. The block as one string is 30 MB at 100,000 articles (twice that in memory when a title is
 * not Latin-1), the page around it another copy and its UTF-8 bytes a third: about 280 MB more of the main thread's
 * memory at the end of the run (docs/scale-history.md, "Memory and CPU").
 */
function* pageDataPieces(data: SummaryData): Generator<string> {
  const articleColumns: PageData['articleColumns'] = [...ARTICLE_COLUMNS];
  yield `{"articleColumns":${jsonForScript(articleColumns)},"articles":[`;
  // Each row's tuple is its JSON already (SummaryRow.json): the rows joined by commas are the whole array's JSON.
  for (let at = 0; at < data.rows.length; at += ROWS_PER_PIECE) {
    yield `${at ? ',' : ''}${data.rows.slice(at, at + ROWS_PER_PIECE).map((row) => row.json).join(',')}`;
  }
  const terms: PageData['terms'] = data.corpusTerms.map((t) => TERM_COLUMNS.map((column) => t[column]));
  const termColumns: PageData['termColumns'] = [...TERM_COLUMNS];
  yield `],"details":${jsonForScript(data.details)},"detailedArticles":${DETAILED_ARTICLES},"termColumns":${jsonForScript(termColumns)},"terms":${jsonForScript(terms)}}`;
}

/** summary.html in pieces, to be written one after the other (pageDataPieces says why). */
export function* summaryHtmlPieces(data: SummaryData): Generator<string> {
  const overview = corpusOverview(data);
  // Under tsx or vitest, esbuild wraps inner functions in __name(fn, "name") calls that refer to
  // its module helper; the identity stand-in keeps the inlined source runnable however it was built.
  const script = `((__name) => (${summaryPageScript.toString()})(${signedScore.toString()}))((fn) => fn);`;
  const scriptHash = createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const dates = overview.dates ? ` · ${overview.dates.first === overview.dates.last ? overview.dates.first : `${overview.dates.first} to ${overview.dates.last}`}` : '';
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corpus summary · ${thousands(overview.articles)} articles</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>Corpus summary</h1>
<p class="lede">${thousands(overview.articles)} articles · ${thousands(overview.words)} words${escapeHtml(dates)} · the same run as the CSV files and report.json next to this page</p>
<nav><a href="#overview">Overview</a><a href="#sentiment">Sentiment</a><a href="#terms">Terms</a><a href="#articles">Articles</a><a href="#cards">Cards</a><a href="#problems">Problems</a></nav>
</header>
<main>
${overviewSection(overview, data.keyphrases)}
${sentimentSection(data, overview)}
${termsSection(data)}
<section id="articles"><h2>Articles</h2><p class="note">Click a column to sort, a title to open its card. Distinctive terms are the article's highest TF-IDF terms against this corpus.</p><div id="articles-table" class="table-root"><noscript><p class="note">The article table needs JavaScript; articles.csv has the same rows.</p></noscript></div></section>
<section id="cards"><h2>Article cards</h2><p class="note">In the order and with the filter of the article table. Removed lines show what the cleaner dropped, and why.</p><div id="cards-pager"></div><div id="cards-list" class="cards"></div></section>
${problemsSection(data)}
</main>
<footer>Made by news-text-pipeline. Every number here is also in articles.csv, corpus_terms.csv, errors.csv and report.json.</footer>
<script type="application/json" id="summary-data">`;
  yield* pageDataPieces(data);
  yield `</script>
<script>${script}</script>
</body>
</html>
`;
}
