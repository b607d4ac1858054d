// Keyphrase speed on one core: tags, candidates (map step) and ranking (reduce step) over the
// DUC-2001 dev articles, reported per article and per 700 words. natural's BrillPOSTagger is timed
// on the same sentences for comparison. Tokenizing is shared with the other analyses and reported
// apart.   npm run bench:keyphrases
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { keyphraseCandidates, rankKeyphrases } from '../src/analyze/keyphrases.js';
import { tagWords } from '../src/analyze/pos.js';
import { addToCorpus, countTerms, emptyCorpusStats } from '../src/analyze/terms.js';
import { loadConfig } from '../src/config.js';
import { stemmerFor, stopwordSet } from '../src/language.js';
import { tokenizeArticle, tokenizeWords } from '../src/tokenize.js';
import type { Sentence, Token } from '../src/types.js';
import { readBenchArticles } from './bench-articles.js';

const INPUT = resolve('../shared/bench/keyphrases/duc2001-dev.jsonl');
const ROUNDS = 5;
if (!existsSync(INPUT)) {
  console.error(`Bench data not found at ${INPUT} (expected ../shared/bench/ next to the project). Nothing to measure.`);
  process.exit(2);
}

const config = loadConfig('pipeline.config.json', false);
const tokenizer = { stopwords: stopwordSet(config.language, config.stopwords.extra), stem: stemmerFor(config.language) };
const articles = readBenchArticles(INPUT);

/** Milliseconds per call of `work` over all articles, best of ROUNDS after one warm-up round. */
function time<T>(items: readonly T[], work: (item: T) => unknown): number {
  let best = Infinity;
  for (let round = 0; round <= ROUNDS; round++) {
    const started = process.hrtime.bigint();
    for (const item of items) work(item);
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / items.length;
    if (round > 0) best = Math.min(best, ms);
  }
  return best;
}

const tokenized = articles.map((article) => ({
  sentences: tokenizeArticle(article, tokenizer).sentences,
  title: article.metadata.title ? tokenizeWords(article.metadata.title, tokenizer) : null,
}));
const words = tokenized.reduce((sum, a) => sum + a.sentences.reduce((n, s) => n + s.tokens.filter((t) => t.hasLetter).length, 0), 0) / tokenized.length;
const stats = emptyCorpusStats();
for (const { sentences } of tokenized) addToCorpus(stats, countTerms(sentences, config.terms.ngramRange));
const candidates = tokenized.map(({ sentences, title }) => keyphraseCandidates(sentences, { title, stem: tokenizer.stem }));

const require = createRequire(import.meta.url);
const { BrillPOSTagger, Lexicon, RuleSet } = require('natural/lib/natural/brill_pos_tagger/index.js');
const brill = new BrillPOSTagger(new Lexicon('EN', 'NN', 'NNP'), new RuleSet('EN')) as { tag(words: string[]): unknown };
const tagAll = (sentences: readonly Sentence[], tag: (tokens: readonly Token[]) => unknown) => sentences.forEach((s) => tag(s.tokens));

const rows: Array<[string, number]> = [
  ['tokenize (shared, not keyphrases)', time(articles, (article) => tokenizeArticle(article, tokenizer))],
  ['tag words (pos.ts)', time(tokenized, ({ sentences }) => tagAll(sentences, tagWords))],
  ["tag words (natural's BrillPOSTagger)", time(tokenized, ({ sentences }) => tagAll(sentences, (tokens) => brill.tag(tokens.map((t) => t.surface))))],
  ['candidates (map: tags, phrases, graph)', time(tokenized, ({ sentences, title }) => keyphraseCandidates(sentences, { title, stem: tokenizer.stem }))],
  ['rank (reduce: IDF, redundancy)', time(candidates, (c) => rankKeyphrases(c, stats, config.keyphrases.perArticle))],
];
const extraction = rows[3]![1] + rows[4]![1];
console.log(`${articles.length} articles, ${words.toFixed(0)} words each on average; best of ${ROUNDS} rounds, one core`);
console.log('step'.padEnd(42) + 'ms/article'.padStart(12) + 'ms/700 words'.padStart(14));
for (const [name, ms] of [...rows, ['keyphrase extraction (candidates + rank)', extraction] as [string, number]]) {
  console.log(name.padEnd(42) + ms.toFixed(3).padStart(12) + ((ms * 700) / words).toFixed(3).padStart(14));
}
