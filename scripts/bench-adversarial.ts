// Times ingest decoding, the cleaner, the tokenizer and the analysis (terms, sentiment, keyphrase
// candidates) on adversarial single lines (no newline) of 256 KB and 1 MB. Linear code takes about 4x as long on the 4x longer line; a regular expression
// that backtracks catastrophically shows up as 16x or worse (or never finishes).
// Run: npm run bench:adversarial
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../src/analyze/index.js';
import { cleanArticle, passThrough, type CleanContext } from '../src/clean/index.js';
import { distinctLineKeys } from '../src/clean/page-keys.js';
import { decodeBytes } from '../src/ingest/encoding.js';
import { emptyMetadata, normaliseText } from '../src/ingest/index.js';
import { stemmerFor, stopwordSet } from '../src/text/language.js';
import { tokenizeArticle } from '../src/text/tokenize.js';
import { scriptArgs } from './script-args.js';

scriptArgs('npm run bench:adversarial', 'Times decoding, the cleaner, the tokenizer and the analysis on adversarial single lines of 256 KB and 1 MB: linear code takes about 4x as long on the 4x longer line.', {});

const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Each case targets a regular-expression shape that backtracks when written carelessly.
const CASES: Record<string, (size: number) => string> = {
  'one letter repeated': (size) => repeat('a', size),
  'dots (sentence ends)': (size) => repeat('.', size),
  'spaces between two words': (size) => `a${' '.repeat(size - 2)}b`,
  'tabs and spaces': (size) => `x${repeat(' \t', size - 2)}y`,
  'dots and quotes': (size) => repeat('."', size),
  'closing quotes after a dot': (size) => `.${repeat('"', size - 1)}`,
  'initials (A. B. C.)': (size) => repeat('A. ', size),
  'acronym dots (a.a.a.)': (size) => repeat('a.', size),
  'digits with separators': (size) => repeat('1.1,', size),
  'hyphens and apostrophes': (size) => repeat("a-'", size),
  'digits and spaces (dates)': (size) => repeat('1 ', size),
  'emoji with ZWJ': (size) => repeat('👩‍👩‍👧‍👦', size),
  'RTL Arabic and Hebrew': (size) => repeat('مرحبا بالعالم שלום עולם ', size),
  'combining marks on one letter': (size) => `e${'\u0301'.repeat(size - 1)}`,
  'zero-width joiners': (size) => repeat('\u200d', size),
  'replacement characters': (size) => repeat('\uFFFD', size),
  'words and full stops': (size) => repeat('Word. ', size),
  // One sentence of 170,000 words: sentiment's drivers were looked up per word, quadratic (minutes).
  'words without a full stop': (size) => repeat('the market rose and traders were happy but the storm damage was terrible ', size),
};

const stopwords = stopwordSet('en');
const stem = stemmerFor('en');
const context: CleanContext = { boilerplatePatterns: [], articlesWithLine: () => 1, repeatedLineMinArticles: 3, stopwords, stem };

function millis(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

const STAGES = ['decode', 'clean', 'tokenize', 'analyze'] as const;
const analyzeOptions = {
  tokenizer: { stopwords, stem }, ngramRange: [1, 3] as const, sentiment: { positiveThreshold: 0.05, negativeThreshold: -0.05, learnedLexicon: true }, keyphraseWords: true,
};

/** Milliseconds of each stage on one line. */
function timeStages(line: string): Record<(typeof STAGES)[number], number> {
  const bytes = new TextEncoder().encode(line);
  let text = '';
  const decode = millis(() => {
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.problem);
    text = normaliseText(decoded.text);
  });
  const raw = { id: 'adversarial', sourceFile: 'adversarial.txt', text, encoding: 'utf-8', givenMetadata: emptyMetadata(), warnings: [] };
  let cleaned = passThrough(raw);
  const clean = millis(() => {
    distinctLineKeys(text);
    passThrough(raw);
    cleaned = cleanArticle(raw, context);
  });
  const tokenize = millis(() => tokenizeArticle(cleaned, { stopwords, stem }));
  const analyze = millis(() => analyzeArticle(cleaned, analyzeOptions));
  return { decode, clean, tokenize, analyze };
}

const rows: Array<Record<string, string>> = [];
let slowest = { ms: 0, what: '' };
let worstGrowth = { ratio: 0, what: '' };
for (const [name, make] of Object.entries(CASES)) {
  const small = timeStages(make(256 * 1024));
  const large = timeStages(make(1024 * 1024));
  const row: Record<string, string> = { case: name };
  for (const stage of STAGES) {
    row[`${stage} ms`] = large[stage].toFixed(0);
    if (large[stage] > slowest.ms) slowest = { ms: large[stage], what: `${name} / ${stage}` };
    // Ratios of stages that take a few milliseconds are noise, not growth.
    const ratio = large[stage] / Math.max(small[stage], 20);
    if (ratio > worstGrowth.ratio) worstGrowth = { ratio, what: `${name} / ${stage}` };
  }
  row['total ms'] = STAGES.reduce((sum, stage) => sum + large[stage], 0).toFixed(0);
  rows.push(row);
}
console.log(`Adversarial 1 MB lines (times for 1 MB; growth measured against 256 KB); load average ${loadavg()[0]!.toFixed(1)}:`);
console.table(rows);
console.log(`slowest stage: ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
console.log(`largest growth from 256 KB to 1 MB: x${worstGrowth.ratio.toFixed(1)} (${worstGrowth.what}); linear is about x4`);
