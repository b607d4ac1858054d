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

  it("refuses a directory of someone's files, another program's manifest.json or README.md among them", async () => {
    for (const [name, files] of [['docs', { 'notes.txt': 'mine' }], ['app', { 'manifest.json': '{"name": "a web app"}' }], ['mine', { 'README.md': '# My notes\n' }]] as const) {
      await expect(location(input, directory(name, files))).rejects.toThrow(/holds other files \(no manifest\.json of an earlier run\)/);
    }
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
