// `npm run bench:stages`: CPU per article of each per-article stage (clean, tokenize, terms,
// sentiment, keyphrase candidates), in one process, on the scale bench corpus (generate it first:
// `npm run make-scale-corpus -- --count 10000 --out bench-data/scale-10000-seed1 --seed 1`).
// The first --warm articles fill the per-word caches as a long run has them and are not counted;
// the next --count are, with process.cpuUsage() around each stage. The line-repetition counts come
// from the articles read. --dist DIR times another build's modules (e.g. main's dist/, built with
// `npx tsc -p tsconfig.build.json`), so two versions can be run alternately in the same minutes.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadModule, type ModulePath, type Modules } from './load-module.js';
import { scriptArgs } from './script-args.js';

const values = scriptArgs('npm run bench:stages -- [options]', 'CPU per article of each per-article stage (clean, tokenize, terms, sentiment, keyphrase candidates), in one process.', {
  corpus: { type: 'string', default: 'bench-data/scale-10000-seed1', value: 'DIR', help: 'a scale corpus (npm run make-scale-corpus)' },
  warm: { type: 'string', default: '500', value: 'N', help: 'articles run first to fill the caches, not counted' },
  count: { type: 'string', default: '2000', value: 'N', help: 'articles timed' },
  dist: { type: 'string', value: 'DIR', help: "another build's modules to time instead of src/ (e.g. main's dist/)" },
});
const warm = Number(values.warm);
const count = Number(values.count);

const load = <P extends ModulePath>(path: P) => loadModule(path, values.dist);
const { readTextFile, textFileSource } = await load('ingest/index');
const clean = await load('clean/index');
const { cleanArticle } = clean;
// A build from before session 30 has the page keys in clean/index.
const { distinctLineKeys } = 'distinctLineKeys' in clean ? (clean as unknown as Modules['clean/page-keys']) : await load('clean/page-keys');
// A build from before cleanWithWords (session 10) has only cleanArticle, and its tokenizer scans the body again.
const cleanWithWords = clean.cleanWithWords as typeof clean.cleanWithWords | undefined;
const { tokenizeArticle, tokenizeWords } = await load('text/tokenize');
const { countTerms } = await load('analyze/terms');
const { scoreArticle, DEFAULT_RULES, LEARNED_LEXICON, PUBLISHED_LEXICON } = await load('analyze/sentiment');
const { keyphraseCandidates } = await load('analyze/keyphrases');
const { runStopwords, stemmerFor } = await load('text/language');
const { parseConfig } = await load('config');

const config = parseConfig({});
const inputDir = resolve(values.corpus);
if (!existsSync(inputDir)) {
  console.error(`${values.corpus} does not exist: \`npm run bench\` generates it, or \`npm run make-scale-corpus -- --count 10000 --out bench-data/scale-10000-seed1 --seed 1\`; --corpus DIR names another`);
  process.exit(2);
}
const files = readdirSync(inputDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .slice(0, warm + count);
const raws = files.flatMap((file) => {
  const item = readTextFile(textFileSource(inputDir, join(inputDir, file)), config.limits.maxFileBytes);
  return item.kind === 'article' ? [item.article] : [];
});
const lineCounts = new Map<string, number>();
for (const raw of raws) for (const key of distinctLineKeys(raw.text)) lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);

const stopwords = runStopwords(config);
const stem = stemmerFor(config.language);
const tokenizer = { stopwords, stem };
const context = {
  boilerplatePatterns: config.clean.boilerplatePatterns.map((source) => new RegExp(source, 'u')),
  articlesWithLine: (key: string) => Math.max(1, lineCounts.get(key) ?? 0),
  repeatedLineMinArticles: config.clean.repeatedLineMinArticles,
  stopwords,
  stem,
};
const lexicon = config.sentiment.learnedLexicon ? LEARNED_LEXICON : PUBLISHED_LEXICON;

const stages = ['clean', 'tokenize', 'terms', 'sentiment', 'keyphrases'] as const;
const micros: Record<(typeof stages)[number], number> = { clean: 0, tokenize: 0, terms: 0, sentiment: 0, keyphrases: 0 };
const cpu = (): number => {
  const used = process.cpuUsage();
  return used.user + used.system;
};
raws.forEach((raw, index) => {
  const counted = index >= warm;
  let before = cpu();
  const lap = (stage: (typeof stages)[number]): void => {
    const now = cpu();
    if (counted) micros[stage] += now - before;
    before = now;
  };
  const { article: clean, bodyWords } = cleanWithWords ? cleanWithWords(raw, context) : { article: cleanArticle(raw, context), bodyWords: undefined };
  lap('clean');
  const { sentences } = tokenizeArticle(clean, tokenizer, bodyWords);
  const title = clean.metadata.title ? tokenizeWords(clean.metadata.title, tokenizer) : null;
  lap('tokenize');
  countTerms(sentences, config.terms.ngramRange);
  lap('terms');
  scoreArticle(sentences, config.sentiment, DEFAULT_RULES, lexicon);
  lap('sentiment');
  keyphraseCandidates(sentences, { title, singleWords: config.keyphrases.singleWordWeight > 0 });
  lap('keyphrases');
});
const measured = raws.length - warm;
const perArticle = (us: number): string => (us / 1000 / measured).toFixed(3);
const total = stages.reduce((sum, stage) => sum + micros[stage], 0);
console.log(`${stages.map((stage) => `${stage} ${perArticle(micros[stage])}`).join('  ')}  total ${perArticle(total)} ms per article (${measured} articles after ${warm} to warm up)`);
