// `npm run bench`: throughput, linearity and memory of the full pipeline on scale corpora of 1k,
// 10k and 100k scraped-style articles (scripts/make-scale-corpus.ts, generated once into
// bench-data/ and reused), against a baseline run in the same invocation: a minimal Node script
// that reads the same files and counts words with one regular expression (one core).
// The machine may be shared, so absolute times are noisy; the ratio to the baseline is the figure,
// and CPU seconds (user + system, all threads) and the load average are printed with each row.
//
//   npm run bench [-- --sizes 1000,10000 --seed 1]
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { scaleCorpus, SOURCE } from './make-scale-corpus.js';
import { buildDist } from './build-dist.js';
import { measure } from './measure-run.js';
import { scriptArgs } from './script-args.js';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'bench-data');
const fmt = (value: number, digits = 1) => value.toFixed(digits);

async function main(): Promise<void> {
  const values = scriptArgs('npm run bench -- [options]', 'Throughput, linearity and memory of the full pipeline on scale corpora (bench-data/), against a one-regex word-count baseline run in the same invocation.', {
    sizes: { type: 'string', default: '1000,10000,100000', value: 'N,N', help: 'corpus sizes in articles, comma-separated' },
    seed: { type: 'string', default: '1', value: 'N', help: 'seed of the generated corpora' },
  });
  if (!existsSync(join(root, SOURCE))) {
    console.error(`${SOURCE} is missing: the bench corpora are built from the shared bench data (see ../shared/bench/README.md).`);
    process.exit(2);
  }
  buildDist();
  const sizes = values.sizes.split(',').map(Number);
  const rows = [];
  for (const size of sizes) {
    const input = await scaleCorpus(dataDir, size, Number(values.seed));
    const output = join(dataDir, `out-${size}`);
    const loadBefore = loadavg()[0]!;
    const baseline = measure([join(root, 'scripts/baseline-wordcount.mjs'), input], root);
    const { bytes } = JSON.parse(baseline.stdout) as { bytes: number };
    const pipeline = measure([join(root, 'dist/cli.js'), '--input', input, '--output', output, '--quiet'], root);
    rmSync(output, { recursive: true, force: true });
    const mb = bytes / 1e6;
    const row = {
      articles: size,
      inputMb: mb,
      baselineSeconds: baseline.seconds,
      baselineMbPerSecond: mb / baseline.seconds,
      pipelineSeconds: pipeline.seconds,
      pipelineMbPerSecond: mb / pipeline.seconds,
      articlesPerSecond: size / pipeline.seconds,
      peakRssMb: pipeline.peakRssMb,
      ratio: baseline.seconds / pipeline.seconds,
      baselineCpuSeconds: baseline.cpuSeconds,
      pipelineCpuSeconds: pipeline.cpuSeconds,
      loadAverage: [loadBefore, loadavg()[0]!],
    };
    rows.push(row);
    console.log(
      `${String(size).padStart(7)} articles ${fmt(mb).padStart(6)} MB | baseline ${fmt(row.baselineSeconds, 2).padStart(6)} s ${fmt(row.baselineMbPerSecond).padStart(5)} MB/s | ` +
        `pipeline ${fmt(row.pipelineSeconds, 2).padStart(7)} s ${fmt(row.pipelineMbPerSecond, 2).padStart(5)} MB/s ${fmt(row.articlesPerSecond, 0).padStart(5)} articles/s ` +
        `peak RSS ${row.peakRssMb === null ? '?' : fmt(row.peakRssMb, 0)} MB | pipeline/baseline ${fmt(row.ratio * 100)}%`,
    );
    const cpu = (value: number | null) => (value === null ? '?' : fmt(value, 1));
    console.log(
      `${' '.repeat(16)}CPU s: baseline ${cpu(row.baselineCpuSeconds)}, pipeline ${cpu(row.pipelineCpuSeconds)}` +
        (row.baselineCpuSeconds && row.pipelineCpuSeconds ? ` (ratio ${fmt((100 * row.baselineCpuSeconds) / row.pipelineCpuSeconds)}%)` : '') +
        ` | load average ${fmt(row.loadAverage[0]!)} -> ${fmt(row.loadAverage[1]!)}`,
    );
  }
  const bySize = new Map(rows.map((r) => [r.articles, r]));
  const [small, large] = [bySize.get(10_000), bySize.get(100_000)];
  if (small && large) {
    console.log(`Linearity: 100k took ${fmt(large.pipelineSeconds / small.pipelineSeconds, 2)}x the time of 10k (target <= 11x); ` +
      `peak RSS ${fmt(large.peakRssMb ?? NaN, 0)} MB vs ${fmt(small.peakRssMb ?? NaN, 0)} MB for 10x the input.`);
  }
  writeFileSync(join(dataDir, 'bench-results.json'), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
}

await main();
