// `npm run bench:passes -- --input DIR [--dist DIR ...] [--rounds N]`: CPU time of each pass of the
// pipeline run in this one thread (workers 1), so that one stage's change shows without the noise
// of threads and start-up. Several --dist directories (builds of different commits: `npx tsc -p
// tsconfig.build.json --outDir X` in a copy of each) run alternately, round after round, and the
// config is this repository's pipeline.config.json. A pass's time runs from its first progress
// event to the next pass's first one (so each includes the next pass's first batch).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModule } from './load-module.js';
import { scriptArgs } from './script-args.js';

const values = scriptArgs('npm run bench:passes -- --input DIR [options]', 'CPU time of each pass of the pipeline in one thread (workers 1), for one build or several run alternately.', {
  input: { type: 'string', value: 'DIR', help: 'the input to run on, e.g. bench-data/scale-1000-seed1 (required)' },
  dist: { type: 'string', multiple: true, default: ['dist'], value: 'DIR', help: 'a build to time (npx tsc -p tsconfig.build.json --outDir DIR)' },
  rounds: { type: 'string', default: '3', value: 'N', help: 'rounds, each running every build' },
});
if (!values.input) throw new Error('--input DIR is required (e.g. bench-data/scale-1000-seed1)');

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

for (let round = 0; round < Number(values.rounds); round++) {
  for (const dist of values.dist) {
    const { runPipeline } = await loadModule('pipeline', dist);
    const { loadConfig, parseConfig } = await loadModule('config', dist);
    const output = join(mkdtempSync(join(tmpdir(), 'bench-passes-')), 'out');
    const config = parseConfig({ ...loadConfig('pipeline.config.json', true), input: values.input, output, workers: 1 }, 'bench:passes');
    const started: Record<string, number> = {};
    const start = cpuMs();
    await runPipeline(config, { clean: true, onProgress: ({ pass }) => (started[pass] ??= cpuMs()) });
    const end = cpuMs();
    const span = (from: string, to: number | undefined) => (started[from] === undefined || to === undefined ? '-' : (to - started[from]!).toFixed(0));
    console.log(
      `${dist} round ${round + 1}: start to first scan ${((started.scan ?? end) - start).toFixed(0)} ms, scan ${span('scan', started.analyze)} ms,` +
        ` analyze ${span('analyze', started.report)} ms, report ${span('report', end)} ms, total ${(end - start).toFixed(0)} ms`,
    );
    rmSync(output, { recursive: true, force: true });
  }
}
