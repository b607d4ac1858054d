// Keyphrase speed on one thread: tags, candidates (map step) and ranking (reduce step) over the
// DUC-2001 dev articles, in milliseconds per 700 words, CPU and wall time. natural's BrillPOSTagger
// is timed on the same sentences for comparison. Tokenizing is shared with the other analyses and
// reported apart.   npm run bench:keyphrases [-- --single-word-weight 0.3]
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { keyphraseCandidates, rankKeyphrases } from '../src/analyze/keyphrases.js';
import { tagWords } from '../src/analyze/pos.js';
import { addToCorpus, countTerms, documentFrequencies, emptyCorpusSummary } from '../src/analyze/terms.js';
import { loadConfig } from '../src/config.js';
import { runStopwords, stemmerFor } from '../src/text/language.js';
import { tokenizeArticle, tokenizeWords } from '../src/text/tokenize.js';
import type { Sentence, Token } from '../src/types.js';
import { readBenchArticles } from './keyphrase-bench-data.js';
import { scriptArgs } from './script-args.js';

const values = scriptArgs('npm run bench:keyphrases -- [options]', 'Keyphrase speed on one thread over the DUC-2001 dev articles (../shared/bench/keyphrases), next to natural\'s BrillPOSTagger.', {
  'single-word-weight': { type: 'string', value: 'W', help: 'keyphrases.singleWordWeight (default: pipeline.config.json\'s)' },
});
const INPUT = resolve('../shared/bench/keyphrases/duc2001-dev.jsonl');
const ROUNDS = 5;
if (!existsSync(INPUT)) {
  console.error(`Bench data not found at ${INPUT} (expected ../shared/bench/ next to the project). Nothing to measure.`);
  process.exit(2);
}

const config = loadConfig('pipeline.config.json', false);
const tokenizer = { stopwords: runStopwords(config), stem: stemmerFor(config.language) };
const articles = readBenchArticles(INPUT);
const singleWordWeight = values['single-word-weight'] === undefined ? config.keyphrases.singleWordWeight : Number(values['single-word-weight']);
const singleWords = singleWordWeight > 0;

interface Timing {
  cpu: number;
  wall: number;
}

/**
 * Milliseconds per call of `work` over all articles, best of ROUNDS after one warm-up round. CPU
 * time is the figure to read: on a shared machine wall time also counts waiting for a core.
 */
function time<T>(items: readonly T[], work: (item: T) => unknown): Timing {
  const best = { cpu: Infinity, wall: Infinity };
  for (let round = 0; round <= ROUNDS; round++) {
    const cpuStart = process.cpuUsage();
    const wallStart = process.hrtime.bigint();
    for (const item of items) work(item);
    const cpu = process.cpuUsage(cpuStart);
    if (round === 0) continue;
    best.cpu = Math.min(best.cpu, (cpu.user + cpu.system) / 1000 / items.length);
    best.wall = Math.min(best.wall, Number(process.hrtime.bigint() - wallStart) / 1e6 / items.length);
  }
  return best;
}

const tokenized = articles.map((article) => ({
  sentences: tokenizeArticle(article, tokenizer).sentences,
  title: article.metadata.title ? tokenizeWords(article.metadata.title, tokenizer) : null,
}));
const words = tokenized.reduce((sum, a) => sum + a.sentences.reduce((n, s) => n + s.tokens.filter((t) => t.word.isWord).length, 0), 0) / tokenized.length;
const stats = emptyCorpusSummary();
for (const { sentences } of tokenized) addToCorpus(stats, countTerms(sentences, config.terms.ngramRange));
const candidates = tokenized.map(({ sentences, title }) => keyphraseCandidates(sentences, { title, singleWords }));

const require = createRequire(import.meta.url);
const { BrillPOSTagger, Lexicon, RuleSet } = require('natural/lib/natural/brill_pos_tagger/index.js');
const brill = new BrillPOSTagger(new Lexicon('EN', 'NN', 'NNP'), new RuleSet('EN')) as { tag(words: string[]): unknown };
const tagAll = (sentences: readonly Sentence[], tag: (tokens: readonly Token[]) => unknown) => sentences.forEach((s) => tag(s.tokens));

const rows: Array<[string, Timing]> = [
  ['tokenize (shared, not keyphrases)', time(articles, (article) => tokenizeArticle(article, tokenizer))],
  ['tag words (pos.ts)', time(tokenized, ({ sentences }) => tagAll(sentences, tagWords))],
  ["tag words (natural's BrillPOSTagger)", time(tokenized, ({ sentences }) => tagAll(sentences, (tokens) => brill.tag(tokens.map((t) => t.word.surface))))],
  ['candidates (map: tags, phrases, graph)', time(tokenized, ({ sentences, title }) => keyphraseCandidates(sentences, { title, singleWords }))],
  ['rank (reduce: IDF, redundancy)', time(candidates, (c) => rankKeyphrases(c, documentFrequencies(stats), { limit: config.keyphrases.perArticle, singleWordWeight }))],
];
const [candidatesTime, rankTime] = [rows[3]![1], rows[4]![1]];
rows.push(['keyphrase extraction (candidates + rank)', { cpu: candidatesTime.cpu + rankTime.cpu, wall: candidatesTime.wall + rankTime.wall }]);
const per700 = (ms: number): string => ((ms * 700) / words).toFixed(3).padStart(12);
console.log(`${articles.length} articles, ${words.toFixed(0)} words each on average; singleWordWeight ${singleWordWeight}; best of ${ROUNDS} rounds, one thread; ms per 700 words`);
console.log('step'.padEnd(42) + 'CPU'.padStart(12) + 'wall'.padStart(12));
for (const [name, { cpu, wall }] of rows) console.log(name.padEnd(42) + per700(cpu) + per700(wall));
