// The output directories a run refuses before any work, called directly (tests/config.test.ts runs the
// CLI on each refusal: exit code 2, nothing written).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { outputReadme } from '../../src/report/main-writer.js';
import { checkOutputLocation } from '../../src/report/output-location.js';
import { tempDir } from '../helpers.js';

const location = (input: string, output: string) => checkOutputLocation(parseConfig({ input, output }));

describe('checkOutputLocation', () => {
  const dir = tempDir('location-');
  const input = join(dir, 'in');
  mkdirSync(input);
  const directory = (name: string, files: Record<string, string>): string => {
    mkdirSync(join(dir, name));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, name, file), text);
    return join(dir, name);
  };

  it('takes a new directory, an empty one, an earlier run\'s reports and the note a run writes alone', async () => {
    await expect(location(input, join(dir, 'new'))).resolves.toBeUndefined();
    await expect(location(input, directory('empty', {}))).resolves.toBeUndefined();
    await expect(location(input, directory('run', { 'manifest.json': '{"tool": "news-text-pipeline"}', 'articles.csv': '' }))).resolves.toBeUndefined();
    await expect(location(input, directory('note', { 'README.md': outputReadme('note') }))).resolves.toBeUndefined();
  });

  it('says in the note it writes (and the repository\'s output/README.md) to keep one\'s own files in another folder, which a run refuses', async () => {
    expect(outputReadme('out')).toContain('Keep your own files (a spreadsheet saved from a report, charts) in another folder: a run refuses a folder that holds files it does not write.');
    await expect(location(input, directory('saved', { 'manifest.json': '{"tool": "news-text-pipeline"}', 'articles.csv': '', 'my-chart.ods': '' }))).rejects.toThrow(/files no run writes \(my-chart\.ods\)/);
  });

  it("refuses a directory of someone's files, another program's manifest.json or README.md among them", async () => {
    for (const [name, files] of [['docs', { 'notes.txt': 'mine' }], ['app', { 'manifest.json': '{"name": "a web app"}' }], ['mine', { 'README.md': '# My notes\n' }]] as const) {
      await expect(location(input, directory(name, files))).rejects.toThrow(/holds other files \(no manifest\.json of an earlier run\)/);
    }
  });

  // A spreadsheet saved beside the CSVs it was made from (LibreOffice's "Save As" offers their folder),
  // or a folder of charts: the next run replaced the directory and deleted them without a word.
  it("refuses an earlier run's reports with files no run writes beside them, and names them", async () => {
    const run = { 'manifest.json': '{"tool": "news-text-pipeline"}', 'articles.csv': '' };
    const added = directory('run-and-mine', { ...run, 'articles.xlsx': 'mine', 'notes.txt': 'mine' });
    mkdirSync(join(added, 'charts'));
    await expect(location(input, added)).rejects.toThrow(
      /"output": .*run-and-mine holds an earlier run's reports and files no run writes \(articles\.xlsx, charts\/, notes\.txt\); a run replaces the output directory as a whole, which would delete them: move them elsewhere, or choose a new directory$/,
    );
  });

  it("takes an earlier run's reports beside hidden files and office lock files (a report open in a spreadsheet)", async () => {
    const run = { 'manifest.json': '{"tool": "news-text-pipeline"}', 'articles.csv': '', 'README.md': outputReadme('run-open') };
    await expect(location(input, directory('run-open', { ...run, '.~lock.articles.csv#': 'x', '.DS_Store': 'x', '~$report.xlsx': 'x' }))).resolves.toBeUndefined();
  });

  it('refuses the input, a directory inside it and one holding it', async () => {
    await expect(location(input, input)).rejects.toThrow(/is the input/);
    await expect(location(input, join(input, 'reports'))).rejects.toThrow(/is inside the input/);
    await expect(location(input, dir)).rejects.toThrow(/contains the input .*; replacing it would delete the input/);
  });

  // It had said why, and left where the reports should go to the reader.
  it('names a directory beside the input for the reports, relative when the input is below the current directory', async () => {
    const elsewhere = `choose a directory outside the input, such as ${join(dir, 'in-reports')}`;
    await expect(location(input, join(input, 'reports'))).rejects.toThrow(`its reports would be read as articles next run: ${elsewhere}`);
    await expect(location(input, dir)).rejects.toThrow(`replacing it would delete the input: ${elsewhere}`);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expect(location('in/', 'in/out')).rejects.toThrow(/: choose a directory outside the input, such as in-reports$/);
    } finally {
      process.chdir(cwd);
    }
  });
});
