// Keyphrase evaluation: runs the real pipeline (dist/cli.js) on each bench JSONL, turns its
// report.json into {"id","keyphrases"} rows and prints the bench scorer's P/R/F1 table.
// Bench data is read from ../shared/bench at run time and never copied into the repository.
//   npm run eval:keyphrases [-- --set duc2001-dev] [--per-doc DIR] [--single-word-weight 0.3]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDist } from './build-dist.js';
import { scriptArgs } from './script-args.js';

const BENCH = resolve('../shared/bench/keyphrases');
const SETS = ['duc2001-dev', 'kpcrowd-train'];
// Enough rows for the scorer's largest cut-off (15); the ranking does not depend on the count.
const PER_ARTICLE = 15;

const values = scriptArgs('npm run eval:keyphrases -- [options]', 'Runs the pipeline (dist/cli.js) on each keyphrase bench set (../shared/bench/keyphrases) and prints the bench scorer\'s P/R/F1.', {
  set: { type: 'string', multiple: true, value: 'NAME', help: `a set to evaluate (default: ${SETS.join(', ')})` },
  'per-doc': { type: 'string', value: 'DIR', help: 'also write the per-document scores into DIR' },
  'single-word-weight': { type: 'string', value: 'W', help: "keyphrases.singleWordWeight (default: pipeline.config.json's)" },
});
const sets = values.set ?? SETS;

if (!existsSync(join(BENCH, 'score.mjs'))) {
  console.error(`Bench data not found at ${BENCH} (expected ../shared/bench/keyphrases/ next to the project). Nothing to evaluate.`);
  process.exit(2);
}
buildDist();

const work = mkdtempSync(join(tmpdir(), 'eval-keyphrases-'));
try {
  const config = existsSync('pipeline.config.json') ? JSON.parse(readFileSync('pipeline.config.json', 'utf8')) : {};
  config.keyphrases = { ...config.keyphrases, perArticle: PER_ARTICLE };
  if (values['single-word-weight'] !== undefined) config.keyphrases.singleWordWeight = Number(values['single-word-weight']);
  delete config.$schema;
  const configPath = join(work, 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  for (const set of sets) {
    const gold = join(BENCH, `${set}.jsonl`);
    if (!existsSync(gold)) {
      console.error(`${gold} is missing; skipped.`);
      continue;
    }
    const output = join(work, set);
    const started = process.hrtime.bigint();
    execFileSync('node', ['dist/cli.js', '--config', configPath, '--input', gold, '--output', output, '--no-clean', '--quiet'], { stdio: 'inherit' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const report = JSON.parse(readFileSync(join(output, 'report.json'), 'utf8')) as { articles: Array<{ id: string; keyphrases: Array<{ keyphrase: string }> }> };
    const predictions = join(work, `${set}.pred.jsonl`);
    writeFileSync(predictions, report.articles.map((a) => JSON.stringify({ id: a.id, keyphrases: a.keyphrases.map((k) => k.keyphrase) })).join('\n') + '\n');
    if (values['per-doc']) mkdirSync(values['per-doc'], { recursive: true });
    const perDoc = values['per-doc'] ? ['--per-doc', resolve(values['per-doc'], `${set}.tsv`)] : [];
    console.log(`\n== ${set} (${report.articles.length} articles, pipeline ${seconds.toFixed(1)} s)`);
    console.log(execFileSync('node', [join(BENCH, 'score.mjs'), gold, predictions, ...perDoc], { encoding: 'utf8' }).trimEnd());
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
