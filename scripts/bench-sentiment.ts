// `npm run bench:sentiment`: speed of the sentence scorer itself (tokenizing is not timed), on
// sentences of the Reuters articles in ../shared/bench/scale, one core. Target: >= 50,000 sentences/s.
// Rates are per second of this process's CPU time, so other work on a shared machine does not count;
// wall-clock time is printed too.
// Options: --help.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scoreSentence } from '../src/analyze/sentiment-sentence.js';
import { stemmerFor, stopwordSet } from '../src/text/language.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenizeWords } from '../src/text/tokenize.js';
import type { Sentence } from '../src/types.js';
import { scriptArgs } from './script-args.js';

const CORPUS = resolve('../shared/bench/scale/reuters-20k.jsonl.gz');
const THRESHOLDS = { positiveThreshold: 0.05, negativeThreshold: -0.05 };

const values = scriptArgs('npm run bench:sentiment -- [options]', 'Speed of the sentence scorer on sentences of the Reuters articles in ../shared/bench/scale, one core (target: 50,000 sentences/s).', {
  articles: { type: 'string', default: '2000', value: 'N', help: 'articles whose sentences are scored' },
  rounds: { type: 'string', default: '5', value: 'N', help: 'rounds; the best is reported' },
});

if (!existsSync(CORPUS)) {
  console.error(`bench:sentiment needs ${CORPUS}; it is missing.`);
  process.exit(2);
}

const tokenizer = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
const texts = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter((line) => line.trim())
  .slice(0, Number(values.articles))
  .map((line) => (JSON.parse(line) as { text: string }).text);
const sentences: Sentence[] = texts.flatMap((text) =>
  text.split(/\n\s*\n/).flatMap((paragraph) => splitSentences(paragraph.replace(/\s*\n\s*/g, ' ').trim(), tokenizer.stopwords)),
).map((text, index) => ({ index, text, paragraph: 0, tokens: tokenizeWords(text, tokenizer) }));
const tokens = sentences.reduce((sum, s) => sum + s.tokens.length, 0);

let bestCpu = Infinity;
let bestWall = Infinity;
let checksum = 0;
for (let round = 0; round < Number(values.rounds); round++) {
  const wallStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const sentence of sentences) checksum += scoreSentence(sentence, THRESHOLDS).sentiment;
  const cpu = process.cpuUsage(cpuStart);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  bestWall = Math.min(bestWall, Number(process.hrtime.bigint() - wallStart) / 1e9);
}
const rate = (count: number, seconds: number): string => Math.round(count / seconds).toLocaleString('en');
console.log(`${sentences.length} sentences (${tokens} tokens) from ${texts.length} articles; best of ${values.rounds} rounds: ${bestCpu.toFixed(3)} s CPU, ${bestWall.toFixed(3)} s wall`);
console.log(`${rate(sentences.length, bestCpu)} sentences/s, ${rate(tokens, bestCpu)} tokens/s per CPU second (wall clock: ${rate(sentences.length, bestWall)} sentences/s; checksum ${checksum.toFixed(3)})`);
