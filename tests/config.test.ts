// Invalid configuration: exit code 2, a message naming the key and the fix, and nothing written.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandLineConfig, loadConfig, parseConfig, settingWarnings } from '../src/config.js';
import { ConfigError, readConfigFile } from '../src/config-file.js';
import { runPipeline } from '../src/pipeline.js';
import { HOSTILE, readCsvRecords, runCli, tempDir } from './helpers.js';

const INPUT = join(HOSTILE, 'articles');

/** The message of a path starting with "~", with the path it would have meant in a shell. */
const notExpanded = (rest: string): string => `"~" means the home directory only to a shell, which did not expand it here: write the full path (${join(homedir(), rest)})`;

function configFile(text: string): string {
  const path = join(tempDir(), 'pipeline.config.json');
  writeFileSync(path, text);
  return path;
}

const messageOf = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('no ConfigError thrown');
};

describe('config messages', () => {
  it('a JSON syntax error gives its line and column', () => {
    const path = configFile('{\n  "input": "seeds",\n  "output": "out"\n  "language": "en"\n}\n');
    expect(messageOf(() => loadConfig(path, true))).toBe(`${path} is not valid JSON: Expected ',' or '}' after property value at line 4, column 3 (a comma missing at the end of line 3?)`);
    // On one line the comma could be missing anywhere before: no guess.
    expect(messageOf(() => loadConfig(configFile('{ "workers": 2 "language": "en" }'), true))).toMatch(/at line 1, column 16$/);
  });

  // V8 said only "Expected double-quoted property name" or "Expected property name or '}'": what to change was left to guess.
  it("the slips of a hand edit are named: a comma after the last entry, a comma missing at a line's end, single quotes", () => {
    const trailing = configFile('{\n  "input": "seeds",\n  "output": "out",\n}\n');
    expect(messageOf(() => loadConfig(trailing, true))).toBe(
      `${trailing} is not valid JSON: Expected double-quoted property name at line 4, column 1 (a comma after the last entry, at line 3: JSON allows none, remove it)`,
    );
    const nested = configFile('{ "clean": { "enabled": true, },\n  "workers": 2 }');
    expect(messageOf(() => loadConfig(nested, true))).toMatch(/at line 1, column 31 \(a comma after the last entry, at line 1: JSON allows none, remove it\)$/);
    const missing = configFile('{\n  "clean": { "enabled": true }\n  "workers": 2\n}');
    expect(messageOf(() => loadConfig(missing, true))).toMatch(/at line 3, column 3 \(a comma missing at the end of line 2\?\)$/);
    const quotes = configFile("{\n  'input': 'seeds'\n}");
    expect(messageOf(() => loadConfig(quotes, true))).toBe(`${quotes} is not valid JSON: Expected property name or '}' at line 2, column 3 (JSON writes names and texts in double quotes, "like this")`);
  });

  // Node 20's V8 gives these no position ("Unexpected token ']', "…" is not valid JSON"), and the message had no line or column.
  it("a comma after an array's last entry, and a value in single quotes, have their line and column", () => {
    const array = configFile('{\n  "stopwords": {\n    "extra": [\n      "foo",\n      "bar",\n    ]\n  }\n}\n');
    expect(messageOf(() => loadConfig(array, true))).toMatch(/ at line 6, column 5 \(a comma after the last entry, at line 5: JSON allows none, remove it\)$/);
    // A comma and a bracket inside a string are no slip: the first outside strings is.
    expect(messageOf(() => loadConfig(configFile('{ "stopwords": { "extra": ["a,]", "b",] } }'), true))).toMatch(/ at line 1, column 39 \(a comma after the last entry/);
    const quoted = configFile('{\n  "language": \'en\'\n}');
    expect(messageOf(() => loadConfig(quoted, true))).toMatch(/ at line 2, column 15 \(JSON writes names and texts in double quotes, "like this"\)$/);
  });

  it('a --config file that is not there says where it was looked for and that the option can be left out', () => {
    const dir = tempDir();
    const missing = join(dir, 'pipline.config.json');
    expect(messageOf(() => loadConfig(missing, true))).toBe(
      `config file ${missing} does not exist (paths are relative to the current directory, ${process.cwd()}): check the path, or leave out --config to use pipeline.config.json there, or every default without it`,
    );
    expect(messageOf(() => loadConfig(dir, true))).toBe(`config file ${dir} is a directory: give the path of a .json file`);
    expect(loadConfig(missing, false)).toEqual(parseConfig({}));
  });

  it('a file saved as UTF-16 (Notepad\'s "Unicode", PowerShell\'s ">") says so, with or without its BOM', () => {
    // Before: 'is not valid JSON: Unexpected token \'�\', "��{ " w o "... is not valid JSON'.
    const text = '{ "workers": 1 }\n';
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), Buffer.from(text, 'utf16le')]) {
      const path = join(tempDir(), 'pipeline.config.json');
      writeFileSync(path, bytes);
      expect(messageOf(() => loadConfig(path, true))).toBe(`${path} is not UTF-8 text: it has NUL bytes or a UTF-16 byte-order mark (saved as UTF-16, Notepad's "Unicode"?); save it as UTF-8`);
    }
  });

  it('a comment says that JSON has none (before: "Expected property name or \'}\'")', () => {
    const path = configFile('{\n  // four threads\n  "workers": 4\n}\n');
    expect(messageOf(() => loadConfig(path, true))).toBe(`${path} is not valid JSON: Expected property name or '}' at line 2, column 3 (a comment: JSON has none, remove it)`);
    const block = configFile('{ "workers": 4 /* four threads */ }');
    expect(messageOf(() => loadConfig(block, true))).toMatch(/at line 1, column 16 \(a comment: JSON has none, remove it\)$/);
  });

  it('a key written twice says which and on which lines (JSON.parse kept the last silently)', () => {
    const path = configFile('{\n  "workers": 2,\n  "limits": { "maxFileBytes": 1000,\n    "maxFileBytes": 2000 },\n  "workers": 8\n}\n');
    expect(messageOf(() => loadConfig(path, true))).toBe(
      `${path} is invalid:\n  "workers": written twice (lines 2 and 5), only the last would count; remove one\n  "limits.maxFileBytes": written twice (lines 3 and 4), only the last would count; remove one`,
    );
    // An escaped name is the same key; keys of different objects, and strings that are values, are not twice.
    const escaped = configFile('{ "language": "en", "lang\\u0075age": "de", "stopwords": { "extra": ["language"] }, "clean": { "extra": 1 } }');
    expect(messageOf(() => loadConfig(escaped, true))).toMatch(/^\S+ is invalid:\n  "language": written twice \(line 1\)/);
    const thrice = configFile('{"csv": {"dialect": "excel",\n"dialect": "excel",\n"dialect": "excel-eu"}}');
    expect(messageOf(() => loadConfig(thrice, true))).toBe(`${thrice} is invalid:\n  "csv.dialect": written 3 times (lines 1, 2 and 3), only the last would count; remove all but one`);
  });

  it('a number too large for JSON (1e400) is named as such, not as "received Infinity (got null)"', () => {
    const path = configFile('{ "limits": { "corpusTerms": 1e400 } }');
    expect(messageOf(() => loadConfig(path, true))).toBe(`${path} is invalid:\n  "limits.corpusTerms": Too big: not a finite number (got a number beyond the largest JSON can hold, read as Infinity)`);
  });

  it('each bad key gets one line, whatever number it holds', () => {
    // JSON holds no NaN; 1e400 reads as Infinity.
    const number = fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(1e20, -1e20, Infinity, -Infinity, 2 ** 53 + 2));
    fc.assert(
      fc.property(number, number, (workers, maxFileBytes) => {
        let message = '';
        try {
          parseConfig({ workers, limits: { maxFileBytes } });
        } catch (error) {
          message = (error as Error).message;
        }
        const keys = message.split('\n').slice(1).map((line) => line.trim().split(':')[0]);
        expect(keys).toEqual([...new Set(keys)]);
        expect(message).not.toContain('(got null)');
      }),
    );
  });

  it('an empty file says how to get the defaults', () => {
    const path = configFile('\uFEFF  \n');
    expect(messageOf(() => loadConfig(path, true))).toBe(`${path} is empty: write {} to use every default`);
  });

  it.each([
    [{ inptu: 'x' }, '"inptu": unknown key (did you mean "input"?)'],
    [{ terms: { ngram: [1, 2] } }, '"terms.ngram": unknown key (remove it; allowed here: ngramRange, perArticle, topInSummary, corpusLimit)'],
    [{ terms: { topInSummary: -3 } }, '"terms.topInSummary": Too small: expected number to be >=1 (got -3)'],
    [{ keyphrases: { perArticle: '10' } }, '"keyphrases.perArticle": Invalid input: expected number, received string: write it without quotes, 10 (got "10")'],
    [{ limits: { maxFileBytes: '16MB' } }, '"limits.maxFileBytes": Invalid input: expected number, received string: write the size in bytes, without quotes, 16777216 for 16MB (got "16MB")'],
    [{ limits: { maxFileBytes: '512 KB' } }, '"limits.maxFileBytes": Invalid input: expected number, received string: write the size in bytes, without quotes, 524288 for 512 KB (got "512 KB")'],
    [{ terms: { perArticle: 'twenty' } }, '"terms.perArticle": Invalid input: expected number, received string: write a number, without quotes (got "twenty")'],
    [{ terms: { ngramRange: [3, 1] } }, '"terms.ngramRange": the first value (3) must not exceed the second (1): write [1, 3]'],
    [{ csv: { dialect: 'excel-de' } }, '"csv.dialect": Invalid option: expected one of "excel"|"excel-eu" (got "excel-de")'],
    [{ clean: { dateOrder: 'ymd' } }, '"clean.dateOrder": Invalid option: expected one of "auto"|"dmy"|"mdy" (got "ymd")'],
    [{ limits: { maxFileBytes: 1e9 } }, '"limits.maxFileBytes": Too big: expected number to be <=33554432 (got 1000000000)'],
    [{ sentiment: { positiveThreshold: -0.5 } }, '"sentiment": negativeThreshold (-0.05) must be below positiveThreshold (-0.5)'],
    [{ nearDuplicates: { threshold: 0.3 } }, '"nearDuplicates.threshold": Too small: expected number to be >=0.5 (got 0.3)'],
    [{ nearDuplicates: { threshold: 80 } }, '"nearDuplicates.threshold": Too big: expected number to be <=1 (got 80)'],
    [{ workers: '4' }, '"workers": must be "auto" or a number of threads from 1 to 256 (got "4")'],
    [{ workers: 1e20 }, '"workers": Too big: expected number to be <=256 (got 100000000000000000000)'],
    [{ limits: { maxFileBytes: Infinity } }, '"limits.maxFileBytes": Too big: not a finite number (got a number beyond the largest JSON can hold, read as Infinity)'],
    [{ workers: -Infinity }, '"workers": must be "auto" or a number of threads from 1 to 256 (got a negative number beyond the largest JSON can hold, read as -Infinity)'],
    [null, '"(top level)": Invalid input: expected object, received null (got null)'],
    [{ input: '~/news' }, `"input": ${notExpanded('news')} (got "~/news")`],
    [{ output: '~/news-reports' }, `"output": ${notExpanded('news-reports')} (got "~/news-reports")`],
    [{ clean: { boilerplatePatterns: ['^ok$', '('] } }, '"clean.boilerplatePatterns.1": is not a valid regular expression: Unterminated group (got "(")'],
    [{ stopwords: { extra: ['said', 'New York'] } }, '"stopwords.extra.1": a stopword is one word, without spaces: this entry would match no word (for "New York", list "new" and "york") (got "New York")'],
  ])('%j -> %s', (config, message) => {
    expect(messageOf(() => parseConfig(config))).toBe(`config is invalid:\n  ${message}`);
  });

  it('nearDuplicates.threshold defaults to 0.8 and takes any value from 0.5 to 1', () => {
    expect(parseConfig({}).nearDuplicates.threshold).toBe(0.8);
    expect(parseConfig({ nearDuplicates: { threshold: 1 } }).nearDuplicates.threshold).toBe(1);
    expect(parseConfig({ nearDuplicates: { threshold: 0.5 } }).nearDuplicates.threshold).toBe(0.5);
  });

  it('every bad key is listed, not only the first', () => {
    const message = messageOf(() => parseConfig({ language: 'english', terms: { perArticle: 0 }, extra: true }));
    expect(message.split('\n').slice(1).map((line) => line.trim().split(':')[0])).toEqual(['"language"', '"terms.perArticle"', '"extra"']);
  });
});

/** A refused run: its config file, its --input and --output in a temp directory, and what is there before it. */
interface Refused {
  /** A config file's text, written to a file of its own and given as --config (else the defaults: no file in the directory). */
  config?: string;
  output?: (dir: string) => string;
  input?: (dir: string) => string;
  prepare?: (dir: string) => void;
}

/**
 * What the command line does with --config, --input and --output, in this process (a CLI run costs half a second of CPU
 * before it refuses): the file read (readConfigFile) and validated with the options (commandLineConfig), then the run
 * started (runPipeline), which checks the output before it writes anything. The refusal's message, which the command line
 * prints after "Error: " with exit code 2 (the CLI's own runs: below); a config file's names the file.
 */
async function refusal(options: Refused): Promise<string> {
  const dir = tempDir();
  options.prepare?.(dir);
  const before = readdirSync(dir).sort();
  const file = options.config === undefined ? join(dir, 'pipeline.config.json') : configFile(options.config);
  const paths = { input: options.input?.(dir) ?? INPUT, output: options.output?.(dir) ?? join(dir, 'out') };
  const refused = await Promise.resolve()
    .then(() => runPipeline(commandLineConfig(readConfigFile(file, options.config !== undefined), file, paths), { clean: true }))
    .then(() => null, (error: unknown) => error);
  expect(refused).toBeInstanceOf(ConfigError);
  expect(readdirSync(dir).sort()).toEqual(before);
  const { message } = refused as ConfigError;
  if (options.config !== undefined) expect(message.slice(0, file.length + 4)).toBe(`${file} is `);
  return message;
}

describe('a bad config or output is refused before the run writes anything (the command line in this process)', () => {
  it('unknown key', async () => {
    expect(await refusal({ config: '{"ouptut": "x"}' })).toContain('"ouptut": unknown key (did you mean "output"?)');
  });

  it('a boilerplate pattern that can backtrack for hours, named with the part at fault', async () => {
    const message = await refusal({ config: JSON.stringify({ clean: { boilerplatePatterns: ['^Clicky$', '^(\\w+\\s?)+$'] } }) });
    expect(message).toContain('"clean.boilerplatePatterns.1": may take exponential time (catastrophic backtracking): "(\\w+\\s?)+" repeats without bound "\\w+"');
    expect(message).toContain('(got "^(\\\\w+\\\\s?)+$")');
  });

  // "~" is a shell's: "output": "~/news-reports" in a config file made a folder named "~" in the current
  // directory, and `rm -rf ~` to remove it would delete the home directory.
  it('an output path that starts with "~", quoted on the command line (the config file: above)', async () => {
    expect(await refusal({ output: () => '~/news-reports' })).toContain(`"output": ${notExpanded('news-reports')} (got "~/news-reports")`);
    expect(await refusal({ output: () => '~' })).toContain(`"output": ${notExpanded('')} (got "~")`);
  });

  it('wrong type', async () => {
    expect(await refusal({ config: '{"clean": {"enabled": "yes"}}' })).toContain('"clean.enabled": Invalid input: expected boolean, received string (got "yes")');
  });

  it('negative top-N', async () => {
    expect(await refusal({ config: '{"keyphrases": {"topInSummary": -1}}' })).toContain('"keyphrases.topInSummary": Too small: expected number to be >=1 (got -1)');
  });

  it('output equal to the input', async () => {
    const message = await refusal({
      prepare: (dir) => writeFileSync(join(dir, 'a.txt'), 'text'),
      input: (dir) => dir,
      output: (dir) => dir,
    });
    expect(message).toMatch(/"output": .* is the input; choose another directory/);
  });

  it('output inside the input', async () => {
    const message = await refusal({ prepare: (dir) => mkdirSync(join(dir, 'in')), input: (dir) => join(dir, 'in'), output: (dir) => join(dir, 'in', 'reports') });
    expect(message).toMatch(/"output": .* is inside the input .*; its reports would be read as articles next run/);
  });

  it('output containing the input', async () => {
    const message = await refusal({ prepare: (dir) => mkdirSync(join(dir, 'in')), input: (dir) => join(dir, 'in'), output: (dir) => dir });
    expect(message).toMatch(/contains the input .*; replacing it would delete the input/);
  });

  it('output inside the input through a symbolic link', async () => {
    const message = await refusal({
      prepare: (dir) => {
        mkdirSync(join(dir, 'in'));
        symlinkSync(join(dir, 'in'), join(dir, 'link'));
      },
      input: (dir) => join(dir, 'in'),
      output: (dir) => join(dir, 'link', 'reports'),
    });
    expect(message).toMatch(/is inside the input/);
  });

  it('output path that is a file', async () => {
    const message = await refusal({ prepare: (dir) => writeFileSync(join(dir, 'report.csv'), 'x'), output: (dir) => join(dir, 'report.csv') });
    expect(message).toMatch(/"output": .*report\.csv exists and is not a directory; choose a directory path/);
  });

  it('output below a file', async () => {
    const message = await refusal({ prepare: (dir) => writeFileSync(join(dir, 'file'), 'x'), output: (dir) => join(dir, 'file', 'out') });
    expect(message).toMatch(/"output": .*file is a file, so .* cannot be created; choose a directory path/);
  });

  it('output that is a directory of other files (before: they were deleted with it)', async () => {
    const message = await refusal({
      prepare: (dir) => {
        mkdirSync(join(dir, 'documents'));
        writeFileSync(join(dir, 'documents', 'notes.txt'), 'mine');
        writeFileSync(join(dir, 'documents', 'manifest.json'), '{"name": "a web app"}');
      },
      output: (dir) => join(dir, 'documents'),
    });
    expect(message).toMatch(/"output": .*documents holds other files \(no manifest\.json of an earlier run\); .* choose a new or empty directory/);
  });

  it('output that holds a README.md of its own (only the note a run writes stands for an earlier run)', async () => {
    const message = await refusal({
      prepare: (dir) => {
        mkdirSync(join(dir, 'documents'));
        writeFileSync(join(dir, 'documents', 'README.md'), '# My notes\n');
      },
      output: (dir) => join(dir, 'documents'),
    });
    expect(message).toMatch(/documents holds other files/);
  });

  it("output that holds an earlier run's reports and a spreadsheet saved beside them (before: deleted with them)", async () => {
    const message = await refusal({
      prepare: (dir) => {
        mkdirSync(join(dir, 'reports'));
        writeFileSync(join(dir, 'reports', 'manifest.json'), '{"tool": "news-text-pipeline"}');
        writeFileSync(join(dir, 'reports', 'articles.xlsx'), 'mine');
      },
      output: (dir) => join(dir, 'reports'),
    });
    expect(message).toMatch(/"output": .*reports holds an earlier run's reports and files no run writes \(articles\.xlsx\); .* move them elsewhere, or choose a new directory/);
  });

  it('output that is a symbolic link', async () => {
    const message = await refusal({ prepare: (dir) => symlinkSync(tempDir(), join(dir, 'link')), output: (dir) => join(dir, 'link') });
    expect(message).toMatch(/"output": .*link is a symbolic link; .* give the directory itself/);
  });

  // /proc stands for any mount point (a Docker volume): before, the run went through and its swap failed with EBUSY.
  it.skipIf(!existsSync('/proc/self'))('output that is a mount point', async () => {
    expect(await refusal({ output: () => '/proc' })).toMatch(/"output": \/proc is a mount point, which a run cannot replace as a whole; give a directory inside it \(\/proc\/reports\)/);
  });

  it.skipIf(!existsSync('/proc/self'))('output where nothing can be created', async () => {
    expect(await refusal({ output: () => '/proc/reports' })).toMatch(/"output": cannot create the staging directory \/proc\/\.reports\.staging-\d+ in \/proc, where the reports are written before they replace \/proc\/reports \(ENOENT: no such file or directory\); choose an output directory in a directory you can write to/);
  });

});

describe('the CLI refuses a bad config: exit code 2, the message on stderr, nothing written', () => {
  async function refuses(options: Refused & { cwd?: (dir: string) => string }) {
    const dir = tempDir();
    options.prepare?.(dir);
    const before = readdirSync(dir).sort();
    const args = ['--input', options.input?.(dir) ?? INPUT, '--output', options.output?.(dir) ?? join(dir, 'out')];
    if (options.config !== undefined) args.push('--config', configFile(options.config));
    const run = await runCli(args, { cwd: options.cwd?.(dir) ?? dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(before);
    return run.stderr;
  }

  it('syntax error', async () => {
    expect(await refuses({ config: '{"language": "en",}' })).toMatch(/^Error: \S+pipeline\.config\.json is not valid JSON: .* at line 1, column 19/);
  });

  // The current directory is the process's own: this refusal is the command line's alone.
  it('output that is the current directory or holds it (before: EBUSY after the whole run)', async () => {
    expect(await refuses({ output: () => '.' })).toMatch(/^Error: "output": \. is or contains the current directory/);
    const stderr = await refuses({ prepare: (dir) => mkdirSync(join(dir, 'reports', 'clean'), { recursive: true }), cwd: (dir) => join(dir, 'reports', 'clean'), output: () => '..' });
    expect(stderr).toMatch(/"output": \.\. is or contains the current directory/);
  });
  // One run for two checks. A run into an earlier run's reports, which the refusals above do not refuse either:
  // report/staged-output.test.ts ("the next run cleans up every leftover and completes").
  it('a config that is fine runs into an empty directory (the refusals above are not the CLI failing on everything), and its clean.dateOrder reaches the cleaner: a day-first date line gives its date', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    cpSync(INPUT, input, { recursive: true });
    writeFileSync(join(input, 'day-first.txt'), 'Council approves budget after long debate\nPublished: 03/04/2021\nThe city council approved the annual budget on Monday after a debate that lasted more than six hours.\n');
    mkdirSync(join(dir, 'out'));
    const result = await runCli(['--input', input, '--output', join(dir, 'out'), '--config', configFile('{"keyphrases": {"topInSummary": 1}, "clean": {"dateOrder": "dmy"}}'), '--quiet']);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'manifest.json'))).toBe(true);
    expect(readCsvRecords(join(dir, 'out', 'articles.csv')).find((row) => row.article_id === 'day-first')!.date).toBe('2021-04-03');
  });
});

describe('settingWarnings', () => {
  it('says when valid settings leave part of the reports empty or shorter than asked, and nothing for the defaults', () => {
    expect(settingWarnings(parseConfig({}))).toEqual([]);
    expect(settingWarnings(parseConfig({ terms: { ngramRange: [1, 2] }, keyphrases: { perArticle: 5, topInSummary: 5 } }))).toEqual([]);
    const warnings = settingWarnings(parseConfig({ terms: { ngramRange: [2, 3] }, keyphrases: { perArticle: 3, topInSummary: 5 } }));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^"terms.ngramRange" starts at 2: .*top_terms/);
    expect(warnings[1]).toBe('"keyphrases.topInSummary" is 5 but "keyphrases.perArticle" is 3: articles.csv lists at most 3');
  });
});
