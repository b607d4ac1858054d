// The input is listed once: every pass sees the same articles, whatever changes in it while the run goes on.
import { appendFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { runPipeline } from '../src/pipeline.js';
import { readCsvRecords, tempDir } from './helpers.js';

const story = (name: string) => `Council ${name} passes the budget\n\nThe council of ${name} voted on Tuesday to pass the budget for next year.\n`;

/** Runs the pipeline (in this thread) on `input`, calling `change` once, when pass 1 has scanned its first batch. */
async function runChangingInput(input: string, change: () => void): Promise<{ ids: string[]; errors: string[] }> {
  const output = join(tempDir(), 'out');
  let changed = false;
  await runPipeline(parseConfig({ input, output, workers: 1 }), {
    clean: true,
    onProgress: ({ pass }) => {
      if (pass !== 'scan' || changed) return;
      changed = true;
      change();
    },
  });
  expect(changed).toBe(true);
  return {
    ids: readCsvRecords(join(output, 'articles.csv')).map((row) => row.article_id!),
    errors: readCsvRecords(join(output, 'errors.csv')).map((row) => `${row.source_file}: ${row.problem}`),
  };
}

describe('an input that changes between the passes', () => {
  it('a file added after pass 1 listed the directory is in no pass; one removed is an error, not an article pass 1 alone counted', async () => {
    const input = join(tempDir(), 'in');
    mkdirSync(input);
    for (const name of ['a', 'b', 'c']) writeFileSync(join(input, `${name}.txt`), story(name));
    // Before: pass 2 listed the directory again and analysed "added", whose lines pass 1 never counted.
    const run = await runChangingInput(input, () => {
      writeFileSync(join(input, 'added.txt'), story('added'));
      rmSync(join(input, 'b.txt'));
    });
    expect(run.ids).toEqual(['a', 'c']);
    expect(run.errors).toEqual(['b.txt: cannot be read: it is gone (ENOENT): deleted or moved after the input was listed']);
  });

  it('a record appended to a JSONL file after pass 1 read it is in no pass', async () => {
    const input = join(tempDir(), 'feed.jsonl');
    writeFileSync(input, ['a', 'b'].map((id) => `${JSON.stringify({ id, text: story(id) })}\n`).join(''));
    const run = await runChangingInput(input, () => appendFileSync(input, `${JSON.stringify({ id: 'added', text: story('added') })}\n`));
    expect(run.ids).toEqual(['a', 'b']);
    expect(run.errors).toEqual([]);
  });
});

describe('an input that reaches the output directory through a link', () => {
  it("does not read the earlier run's reports as articles", async () => {
    // A link in the input to a folder that holds the output: the check that the output is not inside the
    // input resolves the output's links, not the input's.
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), story('a'));
    symlinkSync(dir, join(input, 'all'));
    const config = parseConfig({ input, output: join(dir, 'out'), workers: 1 });
    await runPipeline(config, { clean: true });
    // Before: the second run analysed the first's clean/a.txt as the article "all/out/clean/a", a duplicate of "a".
    await runPipeline(config, { clean: true });
    expect(readCsvRecords(join(dir, 'out', 'articles.csv')).map((row) => row.article_id)).toEqual(['a']);
    const errors = readCsvRecords(join(dir, 'out', 'errors.csv')).map((row) => `${row.source_file}: ${row.problem}`);
    expect(errors).toContain('all/out: the output directory (reached through a link): not read');
  });
});
