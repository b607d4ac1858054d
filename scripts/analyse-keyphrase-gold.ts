// What the two keyphrase golds ask for, and how far our candidates could go: gold phrases per
// article and their length, the word classes of single-word gold, the share of gold in the text
// and in our candidates (candidate recall), the best possible top 10 from our candidates (oracle),
// single-word TF-IDF, and a bound for mixing single words into the list (docs/keyphrases.md).
// Bench data is read from ../shared/bench at run time.   npx tsx scripts/analyse-keyphrase-gold.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../src/analyze/index.js';
import { rankKeyphrases } from '../src/analyze/keyphrases.js';
import { tagWords } from '../src/analyze/pos.js';
import { addToCorpus, documentFrequencies, emptyCorpusSummary, inverseDocumentFrequency } from '../src/analyze/terms.js';
import { loadConfig } from '../src/config.js';
import { runStopwords, stemmerFor } from '../src/text/language.js';
import { tokenizeArticle } from '../src/text/tokenize.js';
import type { CorpusStats, KeyphraseCandidate, Sentence } from '../src/types.js';
import { KEYPHRASE_BENCH, loadKeyphraseScorer, readBenchArticles } from './keyphrase-bench-data.js';

const { evaluate, makeNormalizer } = await loadKeyphraseScorer('Nothing to analyse.');
const normalise = makeNormalizer();
const config = loadConfig('pipeline.config.json', false);
const tokenizer = { stopwords: runStopwords(config), stem: stemmerFor(config.language) };
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;
const f1 = (gold: unknown[], predictions: Prediction[]): string =>
  [5, 10, 15].map((k) => evaluate(gold, predictions).macro[k]!.F1.toFixed(2)).join(' / ');

interface GoldArticle {
  id: string;
  text: string;
  keyphrases: string[];
}

// Single words among the top 10, for the bound on mixing them in.
const SINGLE_WORD_SLOTS = [0, 2, 4, 6, 8, 10];

for (const set of ['duc2001-dev', 'kpcrowd-train']) {
  const path = resolve(KEYPHRASE_BENCH, `${set}.jsonl`);
  const gold = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
  const articles = readBenchArticles(path);
  const stats = emptyCorpusSummary();
  const analyses = articles.map((article) => {
    const analysis = analyzeArticle(article, { tokenizer, ngramRange: config.terms.ngramRange, sentiment: config.sentiment, keyphraseWords: true });
    addToCorpus(stats, analysis.termCounts);
    return analysis;
  });
  const corpus = documentFrequencies(stats);
  const lengths = [0, 0, 0, 0];
  const wordClasses = new Map<string, number>();
  let answersTotal = 0;
  let inText = 0;
  let inPhraseCandidates = 0;
  let inAnyCandidate = 0;
  const oracle: Prediction[] = [];
  const tfIdf: Prediction[] = [];
  const bound = SINGLE_WORD_SLOTS.map(() => 0);
  analyses.forEach((analysis, i) => {
    const article = gold[i]!;
    const answers = new Set(article.keyphrases.map((k) => normalise.phrase(k)).filter(Boolean));
    const text = ` ${normalise.tokens(article.text).join(' ')} `;
    const present = [...answers].filter((a) => text.includes(` ${a} `));
    const phraseKeys = new Set(analysis.keyphraseCandidates.phrases.map((c) => normalise.phrase(c.surface)));
    const anyKeys = new Set([...phraseKeys, ...analysis.keyphraseCandidates.words.map((c) => normalise.phrase(c.surface))]);
    for (const answer of answers) lengths[Math.min(answer.split(' ').length, 4) - 1]!++;
    answersTotal += answers.size;
    inText += present.length;
    inPhraseCandidates += [...answers].filter((a) => phraseKeys.has(a)).length;
    inAnyCandidate += [...answers].filter((a) => anyKeys.has(a)).length;
    for (const wordClass of singleWordClasses(tokenizeArticle(articles[i]!, tokenizer).sentences, answers)) wordClasses.set(wordClass, (wordClasses.get(wordClass) ?? 0) + 1);
    oracle.push({ id: article.id, keyphrases: [...answers].filter((a) => anyKeys.has(a)) });
    tfIdf.push({ id: article.id, keyphrases: singleWordTfIdf(analysis.keyphraseCandidates.words, corpus) });
    // The top phrases keep their ranks; each single-word slot is a hit while gold single words
    // present in the text (and not already hit) last: no single-word ranking can do better.
    const ranked = rankKeyphrases(analysis.keyphraseCandidates, corpus, { limit: 10, singleWordWeight: 0 }).map((k) => normalise.phrase(k.keyphrase));
    SINGLE_WORD_SLOTS.forEach((slots, s) => {
      const phraseHits = ranked.slice(0, 10 - slots).filter((k) => answers.has(k));
      const singleHits = Math.min(slots, present.filter((a) => !a.includes(' ') && !phraseHits.includes(a)).length);
      const correct = phraseHits.length + singleHits;
      const [precision, recall] = [correct / 10, correct / answers.size];
      bound[s]! += correct ? (2 * precision * recall) / (precision + recall) : 0;
    });
  });
  const singles = [...wordClasses.values()].reduce((a, b) => a + b, 0);
  console.log(`\n== ${set}: ${analyses.length} articles, ${(answersTotal / analyses.length).toFixed(1)} gold phrases per article`);
  console.log(`gold phrase length: ${lengths.map((n, i) => `${i === 3 ? '4+' : i + 1} words ${percent(n, answersTotal)}`).join(', ')}`);
  console.log(`single-word gold by our word class where it first occurs: ${[...wordClasses].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${percent(n, singles)}`).join(', ')}`);
  console.log(`gold in the text ${percent(inText, answersTotal)}; in phrase candidates ${percent(inPhraseCandidates, answersTotal)}; in phrase or single-word candidates ${percent(inAnyCandidate, answersTotal)}`);
  console.log(`oracle (gold among our candidates) F1@5/10/15: ${f1(gold, oracle)}`);
  console.log(`single-word TF-IDF (nouns, adjectives, verbs; IDF over the run) F1@5/10/15: ${f1(gold, tfIdf)}`);
  console.log(`F1@10 bound, our top phrases + n perfect single words in the top 10: ${SINGLE_WORD_SLOTS.map((n, s) => `n=${n}: ${((100 * bound[s]!) / analyses.length).toFixed(1)}`).join(', ')}`);
}

interface Prediction {
  id: string;
  keyphrases: string[];
}

/** Word class of each single-word gold answer where it first occurs ("noun", "verb (capitalised)", "stopword other", "not in text"). */
function singleWordClasses(sentences: readonly Sentence[], answers: ReadonlySet<string>): string[] {
  const found = new Map<string, string>();
  for (const { tokens } of sentences) {
    const classes = tagWords(tokens);
    tokens.forEach((token, i) => {
      const key = normalise.phrase(token.word.surface);
      if (answers.has(key) && !key.includes(' ') && !found.has(key)) {
        found.set(key, `${token.word.isStopword ? 'stopword ' : ''}${classes[i]}${/^\p{Lu}/u.test(token.word.surface) ? ' (capitalised)' : ''}`);
      }
    });
  }
  return [...answers].filter((a) => !a.includes(' ')).map((a) => found.get(a) ?? 'not in text');
}

/** The 15 single words with the highest count x IDF over the run (no background corpus, no graph). */
function singleWordTfIdf(words: readonly KeyphraseCandidate[], corpus: CorpusStats): string[] {
  const score = (w: KeyphraseCandidate): number => w.count * inverseDocumentFrequency(corpus, w.key);
  return [...words].sort((a, b) => score(b) - score(a) || a.firstPosition - b.firstPosition).slice(0, 15).map((w) => w.surface);
}
