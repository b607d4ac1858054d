import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { analyzeArticle } from '../../src/analyze/index.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSpool, encodeSpoolRecord, SpoolReader, writeSpoolFile } from '../../src/run/spool.js';
import { safeFileName } from '../../src/report/clean-files.js';
import { shownArticle } from '../../src/report/worker-rows.js';
import { packTerms } from '../../src/run/term-summary.js';
import type { ArticleAnalysis, KeyphraseCandidate } from '../../src/types.js';
import type { SpooledAnalysis } from '../../src/run/spool.js';

const analysis: ArticleAnalysis = analyzeArticle(
  {
    id: 'a/1', sourceFile: 'a/1.txt', encoding: 'utf-8', warnings: ['a warning'],
    metadata: { title: 'Central bank raises interest rates', date: '2024-03-01', byline: 'Jane Doe', source: null, url: null },
    body: 'The central bank raised interest rates again. Markets fell sharply, and Acme Corp\'s shares lost 3.5%.\n\nInvestors welcomed the clear guidance from the central bank.',
    removedLines: [{ line: 1, text: 'Business Wire', kind: 'boilerplate', reason: 'site name' }],
  },
  { tokenizer: { stopwords: stopwordSet('en'), stem: stemmerFor('en') }, ngramRange: [1, 3], sentiment: { positiveThreshold: 0.05, negativeThreshold: -0.05, learnedLexicon: true }, keyphraseWords: true },
);

/** A spool file: its articles' records one after the other, each with its clean/ file's name (`shown`: with what is shown of each). */
const encodeSpool = (analyses: ArticleAnalysis[], shown: boolean): Uint8Array =>
  Buffer.concat(analyses.map((a) => encodeSpoolRecord(a, packTerms(a.termCounts), safeFileName(a.article.id), shown ? shownArticle(a, a.article.id) : null)));

/** A decoded record with its packed terms read out, to compare with the analysis it came from. */
const readable = ({ analysis: { terms, ...rest }, shown, fileName }: SpooledAnalysis) => ({
  analysis: rest,
  packed: [...terms.packed],
  surfaces: Array.from({ length: terms.packed.length / 4 }, (_, i) => terms.surface(i)),
  shown,
  fileName,
});
/** What the spool gives back of an analysis: without its body, sentences and removed lines, which only ShownArticle shows. */
function expected(analysis: ArticleAnalysis, shown: boolean) {
  const { termCounts, ...rest } = analysis;
  return {
    analysis: { ...rest, article: { ...rest.article, body: '', removedLines: [] }, sentiment: { ...rest.sentiment, sentences: [] } },
    packed: [...packTerms(termCounts)],
    surfaces: termCounts.map((t) => t.surface),
    shown: shown ? shownArticle(analysis, analysis.article.id) : null,
    // Pass 3 takes the article's clean/ file name from the spool, not from its id again.
    fileName: safeFileName(analysis.article.id),
  };
}

describe('the spool', () => {
  it('gives back an analysis, its terms packed, and what is shown of it', () => {
    expect(analysis.keyphraseCandidates.phrases.some((c) => c.wordInTitle.some(Boolean))).toBe(true);
    expect(analysis.keyphraseCandidates.words.length).toBeGreaterThan(0);
    expect(analysis.termCounts.length).toBeGreaterThan(10);
    expect([...decodeSpool(encodeSpool([analysis, analysis], true))].map(readable)).toEqual([expected(analysis, true), expected(analysis, true)]);
  });

  it('leaves out the body, sentences and removed lines, and keeps their counts', () => {
    const [back] = [...decodeSpool(encodeSpool([analysis], false))].map(readable) as [ReturnType<typeof readable>];
    expect(back).toEqual(expected(analysis, false));
    expect(back.shown).toBeNull();
    expect(back.analysis.sentenceCount).toBe(3);
    expect(back.analysis.removedLineCount).toBe(1);
  });

  it('keeps text of any script, an empty batch, and articles without terms', () => {
    const unusual: ArticleAnalysis = {
      ...analysis,
      article: { ...analysis.article, metadata: { ...analysis.article.metadata, title: 'Zürich 東京 \ud83d\ude00 "quoted"\n' } },
      termCounts: [{ key: 'zürich 東京', surface: 'Zürich 東京', n: 2, count: 3 }, { key: '😀', surface: '😀', n: 1, count: 1 }],
      keyphraseCandidates: { phrases: [], words: [] },
    };
    const empty: ArticleAnalysis = { ...analysis, termCounts: [], keyphraseCandidates: { phrases: [], words: [] } };
    expect([...decodeSpool(encodeSpool([], true))]).toEqual([]);
    expect([...decodeSpool(encodeSpool([unusual, empty, analysis], true))].map(readable)).toEqual([unusual, empty, analysis].map((a) => expected(a, true)));
  });

  it('writes a batch to a file and reads it back, whatever the size of the file read before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spool-'));
    try {
      const records = (n: number) => Array.from({ length: n }, () => encodeSpoolRecord(analysis, packTerms(analysis.termCounts), safeFileName(analysis.article.id), shownArticle(analysis, analysis.article.id)));
      const reader = new SpoolReader();
      for (const [name, n] of [['big', 5], ['small', 1], ['none', 0], ['bigger', 9]] as const) {
        writeSpoolFile(join(dir, name), records(n));
        expect([...decodeSpool(reader.read(join(dir, name)))].map(readable)).toEqual(Array.from({ length: n }, () => expected(analysis, true)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('keyphrase candidates read back from the spool', () => {
  // V8's own test of hidden classes: a second split of a one-character key gave a holey array, whose
  // other class deoptimised pass 3's keyphrase ranking in each thread (docs/scale-history.md, session 24).
  setFlagsFromString('--allow-natives-syntax');
  const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
  const candidate = (key: string): KeyphraseCandidate => {
    const stems = key.split(' ');
    return { key, surface: key, stems, wordScores: stems.map(() => 0.25), wordInTitle: stems.map(() => false), count: 1, firstPosition: 0, verb: false };
  };

  it('have their stems in arrays of one hidden class, one-letter keys too', () => {
    const withLetter = { ...analysis, keyphraseCandidates: { phrases: [candidate('stock price')], words: [candidate('t'), candidate('stock')] } };
    const bytes = encodeSpool([withLetter], false);
    const stems = [1, 2, 3].flatMap(() => [...decodeSpool(bytes)].flatMap(({ analysis: a }) => [...a.keyphraseCandidates.phrases, ...a.keyphraseCandidates.words].map((c) => c.stems)));
    expect(stems.map((s) => s.join(' '))).toEqual(Array.from({ length: 3 }, () => ['stock price', 't', 'stock']).flat());
    for (const each of stems) expect(haveSameMap(each, stems[0]!)).toBe(true);
  });

  it('keep whether a single word is said as a verb (the ranking leaves out the run\'s common verbs)', () => {
    const withVerb = { ...analysis, keyphraseCandidates: { phrases: [candidate('stock price')], words: [{ ...candidate('rose'), verb: true }, candidate('stock')] } };
    const [read] = [...decodeSpool(encodeSpool([withVerb], false))];
    expect(read!.analysis.keyphraseCandidates.words.map((c) => c.verb)).toEqual([true, false]);
  });
});
