// Benchmark: how fast summary.html opens for large corpora. For each size it generates a synthetic
// corpus (scripts/synthetic-corpus.ts), runs the built CLI on it, then opens the page in headless
// Chromium several times and reports the median time from navigation to the page being ready
// (tables and first cards built), plus the time to re-sort and to filter the article table.
//
//   npm run bench:summary                       # 1,000 and 10,000 articles
//   npm run bench:summary -- --articles 10000 --runs 5
//   npm run bench:summary -- --articles 1000 --screenshot docs/summary.png
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDist } from './build-dist.js';
import { chromiumInstalled, CHROMIUM_PATH, launchChromium } from './chromium.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';
import { scriptArgs } from './script-args.js';

const ROOT = resolve(import.meta.dirname, '..');
const values = scriptArgs('npm run bench:summary -- [options]', 'How fast summary.html opens in headless Chromium for synthetic corpora of each size (median of the runs).', {
  articles: { type: 'string', default: '1000,10000', value: 'N,N', help: 'corpus sizes, comma-separated' },
  runs: { type: 'string', default: '5', value: 'N', help: 'page loads per size' },
  screenshot: { type: 'string', value: 'FILE', help: 'also save a screenshot of the page (PNG)' },
});
const sizes = values.articles.split(',').map(Number);
const runs = Number(values.runs);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!chromiumInstalled()) {
  console.error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  process.exit(2);
}
buildDist();

const work = mkdtempSync(join(tmpdir(), 'bench-summary-'));
const chrome = await launchChromium();
try {
  console.log('articles | pipeline s | summary.html MB | ready ms (median, min-max) | DOMContentLoaded ms | sort ms | filter ms');
  for (const size of sizes) {
    const input = join(work, `corpus-${size}.jsonl`);
    const output = join(work, `output-${size}`);
    writeSyntheticCorpus(input, { articles: size });
    const started = Date.now();
    execFileSync(process.execPath, ['dist/cli.js', '--input', input, '--output', output, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    const pipelineSeconds = (Date.now() - started) / 1000;
    const page = join(output, 'summary.html');
    const ready: number[] = [];
    const domContentLoaded: number[] = [];
    const sort: number[] = [];
    const filter: number[] = [];
    for (let run = 0; run < runs; run++) {
      const tab = await chrome.context.newPage();
      await tab.goto(`file://${page}`);
      await tab.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      const timing = await tab.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const readyMark = performance.getEntriesByName('summary-ready')[0]!;
        const table = document.getElementById('articles-table')!;
        const titleHeader = table.querySelector<HTMLButtonElement>('th button.sort')!;
        let start = performance.now();
        titleHeader.click();
        const sortMs = performance.now() - start;
        const search = table.querySelector<HTMLInputElement>('input[type="search"]')!;
        search.value = 'harbour';
        start = performance.now();
        search.dispatchEvent(new Event('input'));
        const filterMs = performance.now() - start;
        return { ready: readyMark.startTime, domContentLoaded: navigation.domContentLoadedEventEnd, sortMs, filterMs };
      });
      ready.push(timing.ready);
      domContentLoaded.push(timing.domContentLoaded);
      sort.push(timing.sortMs);
      filter.push(timing.filterMs);
      if (values.screenshot && run === 0 && size === sizes[0]) {
        await tab.reload();
        await tab.waitForSelector('body[data-ready="true"]');
        await tab.setViewportSize({ width: 1280, height: 1660 });
        await tab.screenshot({ path: resolve(values.screenshot) });
      }
      await tab.close();
    }
    const megabytes = statSync(page).size / 1e6;
    console.log(
      `${size} | ${pipelineSeconds.toFixed(1)} | ${megabytes.toFixed(1)} | ${median(ready).toFixed(0)} (${Math.min(...ready).toFixed(0)}-${Math.max(...ready).toFixed(0)}) | ${median(domContentLoaded).toFixed(0)} | ${median(sort).toFixed(0)} | ${median(filter).toFixed(0)}`,
    );
  }
} finally {
  await chrome.close();
  rmSync(work, { recursive: true, force: true });
}
