// Report: writes each article's rows as soon as it is final (CSV, JSON, cleaned text), then the
// corpus-level files. All files go into a staging directory (see atomic.ts).
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { openCsv, type CsvCell, type CsvDialect, type CsvFile } from './csv.js';
import type { ArticleResult, CorpusStats, Problem } from '../types.js';
import { inverseDocumentFrequency } from '../analyze/terms.js';

export const REPORT_COLUMNS = {
  articles: [
    'article_id', 'source_file', 'title', 'date', 'byline', 'source', 'url', 'encoding', 'words', 'sentences',
    'removed_lines', 'sentiment', 'sentiment_label', 'positive_sentences', 'negative_sentences',
    'top_positive_words', 'top_negative_words', 'top_keyphrases', 'top_terms', 'warnings',
  ],
  terms: ['article_id', 'term', 'n', 'count', 'relative_frequency', 'tf_idf', 'rank'],
  corpus_terms: ['term', 'n', 'count', 'documents', 'idf'],
  keyphrases: ['article_id', 'rank', 'keyphrase', 'score'],
  sentences: ['article_id', 'sentence', 'text', 'sentiment', 'label', 'drivers'],
  removed_lines: ['article_id', 'line', 'text', 'kind', 'reason'],
  errors: ['source_file', 'article_id', 'stage', 'severity', 'problem'],
} as const;

export type ReportName = keyof typeof REPORT_COLUMNS;

export interface ReportOptions {
  dialect: CsvDialect;
  topKeyphrases: number;
  topTerms: number;
  corpusTermLimit: number;
}

/** Rounds for stable, readable output: the same run gives byte-identical files on any machine. */
export const round = (value: number, digits = 6): number => {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** A file name for an id: safe on every OS, unique (a hash is added when the id had to change). */
export function safeFileName(id: string): string {
  const safe = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);
  if (safe === id && safe) return safe;
  return `${safe || 'article'}-${createHash('sha1').update(id).digest('hex').slice(0, 8)}`;
}

const signed = (value: number): string => (value > 0 ? `+${round(value, 2)}` : `${round(value, 2)}`);

export class ReportWriter {
  private readonly csv: Record<ReportName, CsvFile>;
  private readonly json: WriteStream;
  private articlesInJson = 0;
  private problemsInJson: Problem[] = [];

  private constructor(
    readonly dir: string,
    private readonly options: ReportOptions,
  ) {
    this.csv = Object.fromEntries(
      Object.entries(REPORT_COLUMNS).map(([name, columns]) => [name, openCsv(join(dir, `${name}.csv`), columns, options.dialect)]),
    ) as Record<ReportName, CsvFile>;
    this.json = createWriteStream(join(dir, 'report.json'));
    this.json.write('{\n"articles": [\n');
  }

  static async open(dir: string, options: ReportOptions): Promise<ReportWriter> {
    await mkdir(join(dir, 'clean'), { recursive: true });
    return new ReportWriter(dir, options);
  }

  async writeArticle(result: ArticleResult): Promise<void> {
    const { analysis, terms, keyphrases } = result;
    const { article, sentiment } = analysis;
    const id = article.id;
    const m = article.metadata;
    const unigrams = terms.filter((t) => t.n === 1);
    await this.csv.articles.write([
      id, article.sourceFile, m.title, m.date, m.byline, m.source, m.url, article.encoding, analysis.words, analysis.sentenceCount,
      article.removedLines.length, round(sentiment.sentiment, 4), sentiment.label, sentiment.positiveSentences, sentiment.negativeSentences,
      sentiment.topPositiveWords.join('; '), sentiment.topNegativeWords.join('; '),
      keyphrases.slice(0, this.options.topKeyphrases).map((k) => k.keyphrase).join('; '),
      unigrams.slice(0, this.options.topTerms).map((t) => t.term).join('; '),
      article.warnings.join('; '),
    ]);
    for (const t of terms) {
      await this.csv.terms.write([id, t.term, t.n, t.count, round(t.relativeFrequency), round(t.tfIdf), t.rank]);
    }
    for (const k of keyphrases) await this.csv.keyphrases.write([id, k.rank, k.keyphrase, round(k.keyphraseScore)]);
    for (const s of sentiment.sentences) {
      const drivers = s.drivers.map((d) => `${d.word} (${signed(d.contribution)})`).join('; ');
      await this.csv.sentences.write([id, s.index + 1, s.text, round(s.sentiment, 4), s.label, drivers]);
    }
    for (const line of article.removedLines) await this.csv.removed_lines.write([id, line.line, line.text, line.kind, line.reason]);
    await writeFile(join(this.dir, 'clean', `${safeFileName(id)}.txt`), article.body ? `${article.body}\n` : '');
    await this.writeJson(`${this.articlesInJson++ ? ',\n' : ''}${JSON.stringify(articleJson(result))}`);
  }

  async writeProblem(problem: Problem): Promise<void> {
    this.problemsInJson.push(problem);
    const row: CsvCell[] = [problem.sourceFile, problem.articleId, problem.stage, problem.severity, problem.problem];
    await this.csv.errors.write(row);
  }

  /** Corpus terms by count (then documents, then term), capped at corpusTermLimit rows. */
  async finish(stats: CorpusStats): Promise<{ corpusTermsWritten: number; corpusTermsTotal: number }> {
    const entries = [...stats.corpusCount]
      .map(([key, count]) => ({ key, count, documents: stats.documentFrequency.get(key) ?? 0, term: stats.surfaceForms.get(key)?.surface ?? key }))
      .sort((a, b) => b.count - a.count || b.documents - a.documents || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, this.options.corpusTermLimit);
    await this.writeJson('\n],\n"corpusTerms": [\n');
    for (const [i, e] of entries.entries()) {
      const n = e.key.split(' ').length;
      const idf = round(inverseDocumentFrequency(stats, e.key));
      await this.csv.corpus_terms.write([e.term, n, e.count, e.documents, idf]);
      await this.writeJson(`${i ? ',\n' : ''}${JSON.stringify({ term: e.term, n, count: e.count, documents: e.documents, idf })}`);
    }
    await this.writeJson(`\n],\n"problems": ${JSON.stringify(this.problemsInJson)}\n}\n`);
    this.json.end();
    await once(this.json, 'close');
    await Promise.all(Object.values(this.csv).map((file) => file.close()));
    return { corpusTermsWritten: entries.length, corpusTermsTotal: stats.corpusCount.size };
  }

  rowCounts(): Record<ReportName, number> {
    return Object.fromEntries(Object.entries(this.csv).map(([name, file]) => [name, file.rows])) as Record<ReportName, number>;
  }

  private async writeJson(text: string): Promise<void> {
    if (!this.json.write(text)) await once(this.json, 'drain');
  }
}

function articleJson({ analysis, terms, keyphrases }: ArticleResult) {
  const { article, sentiment } = analysis;
  return {
    id: article.id,
    sourceFile: article.sourceFile,
    metadata: article.metadata,
    encoding: article.encoding,
    words: analysis.words,
    sentences: analysis.sentenceCount,
    warnings: article.warnings,
    sentiment: {
      score: round(sentiment.sentiment, 4),
      label: sentiment.label,
      positiveSentences: sentiment.positiveSentences,
      negativeSentences: sentiment.negativeSentences,
      topPositiveWords: sentiment.topPositiveWords,
      topNegativeWords: sentiment.topNegativeWords,
      sentences: sentiment.sentences.map((s) => ({
        index: s.index,
        text: s.text,
        score: round(s.sentiment, 4),
        label: s.label,
        drivers: s.drivers.map((d) => ({ word: d.word, contribution: round(d.contribution, 4) })),
      })),
    },
    keyphrases: keyphrases.map((k) => ({ rank: k.rank, keyphrase: k.keyphrase, score: round(k.keyphraseScore) })),
    terms: terms.map((t) => ({ term: t.term, n: t.n, count: t.count, relativeFrequency: round(t.relativeFrequency), tfIdf: round(t.tfIdf), rank: t.rank })),
    removedLines: article.removedLines,
    body: article.body,
  };
}
