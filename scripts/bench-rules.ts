// `npm run bench:rules`: what each of the cleaner's line rules (clean/line-rules.ts LINE_RULES: the
// anywhere and after-article lists) costs, each test run on every line of the cleaning benchmark's
// raw pages (../shared/bench/clean, read at run time) and of the 1k scale corpus (bench-data/,
// generated as `npm run bench` does if missing), the lines described as the cleaner describes them
// (scored-lines.ts scoreLines). A rule is timed on every line, though in the cleaner an earlier rule
// may have taken some: the figure is what the rule costs where it stands first. One thread, wall
// time, best of the rounds, printed with the floor (a test that does nothing): run it twice before
// trusting a small difference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINE_RULES } from '../src/clean/line-rules.js';
import type { Line } from '../src/clean/lines.js';
import { scoreLines } from '../src/clean/scored-lines.js';
import { normaliseText } from '../src/ingest/index.js';
import { CLEAN_BENCH, CLEAN_SETS, contextFor, loadPages, requireBench, textsOf } from './clean-bench-data.js';
import { scaleCorpus } from './make-scale-corpus.js';
import { timeRules, timingTable, type TimedRule } from './rule-timings.js';
import { scriptArgs } from './script-args.js';

const values = scriptArgs('npm run bench:rules -- [options]', "Time of each of the cleaner's line rules (anywhere and after-article) over every line of the cleaning benchmark's raw pages and the 1k scale corpus, slowest first.", {
  top: { type: 'string', default: '20', value: 'N', help: 'rules to list (the total counts them all)' },
  rounds: { type: 'string', default: '5', value: 'N', help: 'rounds; the best is reported' },
});
requireBench(CLEAN_BENCH);

/** The texts' lines as the cleaner reads them, with the run's context built over these texts. */
function linesOf(texts: readonly string[]): Line[] {
  const context = contextFor(texts);
  return texts.flatMap((text) => scoreLines(text, context).lines);
}

const scaleDir = await scaleCorpus(join(import.meta.dirname, '..', 'bench-data'), 1000, 1);
const scaleTexts = readdirSync(scaleDir, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.txt'))
  .sort()
  .map((path) => normaliseText(readFileSync(join(scaleDir, path), 'utf8')));
const lines = [...CLEAN_SETS.flatMap((set) => linesOf(textsOf(loadPages(set)))), ...linesOf(scaleTexts)];

const rules: Array<TimedRule<Line>> = Object.entries(LINE_RULES).flatMap(([list, listed]) => listed.map(([test, , reason]) => ({ list, name: test.name, reason, test })));
// A test that does nothing, timed at the same call site as the rules: the floor under every rule's figure.
const empty: TimedRule<Line> = { list: 'none', name: 'empty test', reason: 'the loop and the call alone', test: () => false };
const all = timeRules([...rules, empty], lines, Number(values.rounds));
const floor = all.find((timing) => timing.list === empty.list)!;
console.log(`${lines.length} lines (${CLEAN_SETS.join(', ')} raw pages and ${scaleTexts.length} scale-corpus pages), ${rules.length} rules, best of ${values.rounds} rounds`);
console.log(timingTable(all.filter((timing) => timing !== floor), Number(values.top)));
console.log(`floor (a test that does nothing, at the same call site): ${floor.ms.toFixed(1)} ms, ${floor.usPer1000Lines.toFixed(1)} µs per 1,000 lines`);
