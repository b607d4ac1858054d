// `npm run eval:pages`: runs the real pipeline (node dist/cli.js) over each set of the testers'
// invented pages (scripts/eval-pages/<set>/pages) and prints, per set and in total, how many of the
// set's checks pass (title, date, byline, source, the body's first and last lines, chrome that must
// go, lines of the article that must stay: scripts/tester-pages.ts). It measures: failing checks
// (known gaps) exit 0; a missing page or an invalid expectations file exits 1.
// Options: --set, --verbose, --help.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildDist } from './build-dist.js';
import { scriptArgs } from './script-args.js';
import { checkPage, PAGE_SETS, pageSetNames, PageSetError, readPageSet, type ArticleRow, type CheckResult, type PageSet } from './tester-pages.js';

const values = scriptArgs('npm run eval:pages -- [options]', `Runs the pipeline (dist/cli.js) over each set of the testers' invented pages (${PAGE_SETS}/<set>/pages) and prints the checks of <set>/expectations.json passed, per set and in total. Exits 0 when checks fail, 1 when a page is missing or an expectations file is invalid.`, {
  set: { type: 'string', value: 'NAME', help: 'one set only (a folder of scripts/eval-pages)' },
  verbose: { type: 'boolean', help: 'print each failing check: page, check, expected, got' },
});

function evaluateSet(set: PageSet, workDir: string): CheckResult[] {
  const output = join(workDir, set.name);
  execFileSync('node', ['dist/cli.js', '--input', set.pagesDir, '--output', output, '--quiet'], { stdio: 'inherit' });
  const rows = parse(readFileSync(join(output, 'articles.csv')), { bom: true, columns: true }) as ArticleRow[];
  const bySourceFile = new Map(rows.map((row) => [row.source_file, row]));
  return [...set.expectations].flatMap(([page, want]) => {
    const row = bySourceFile.get(page);
    return checkPage(page, want, row, row ? readFileSync(join(output, row.clean_file!), 'utf8') : '');
  });
}

const tally = (results: CheckResult[]): string => `${results.filter((result) => result.ok).length}/${results.length}`;

function main(): void {
  buildDist();
  const names = values.set === undefined ? pageSetNames() : [values.set];
  let sets: PageSet[];
  try {
    sets = names.map((name) => readPageSet(name));
  } catch (error) {
    if (!(error instanceof PageSetError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const width = Math.max('total'.length, ...names.map((name) => name.length)) + 2;
  const workDir = mkdtempSync(join(tmpdir(), 'eval-pages-'));
  const all: CheckResult[] = [];
  try {
    for (const set of sets) {
      const results = evaluateSet(set, workDir);
      all.push(...results);
      console.log(`${set.name.padEnd(width)} ${tally(results)}`);
      if (values.verbose) for (const { page, check, detail } of results.filter((result) => !result.ok)) console.log(`  FAIL ${page} ${check}: ${detail}`);
    }
    console.log(`${'total'.padEnd(width)} ${tally(all)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main();
