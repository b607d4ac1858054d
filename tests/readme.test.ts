// The README's facts a newcomer acts on, held to the code: the sample rows to what a run on seeds/
// writes, the config table (docs/reference.md) to the schema's keys and defaults, the commands to
// package.json, the sizes it gives of the shipped tables to the tables, and the module table to
// src/. Each had drifted from the code unnoticed. And the links between README, CHANGELOG and
// docs/ resolve, since the README was split into them; and the cleaning history's index names its files' sessions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LEARNED_VALENCES } from '../src/analyze/sentiment-learned.js';
import { PUBLISHED_LEXICON } from '../src/analyze/sentiment.js';
import { parseConfig } from '../src/config.js';
import { REPORT_COLUMNS } from '../src/report/index.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const reference = readFileSync(join(root, 'docs/reference.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };

/** The text of `doc` (the README unless given) from a heading to the next heading of the same or a higher level. */
function section(heading: string, doc = readme): string {
  const start = doc.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(' ');
  const rest = doc.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`\\n#{1,${level}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

/** The rows of the Markdown table lines in `text`, as cells (the first table's header and separator left out). */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.startsWith('|'));
  // Split at every bar: the cells read here (sample rows, config keys and defaults) hold none.
  return lines.slice(2).map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
}

/** A file name pattern whose `*` stands for any characters but `/`. */
const glob = (pattern: string): RegExp => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/**
 * The files under `base` (`src`) that no row of the module table in `text` names; each name must be a file. A row's files
 * are in its directory (the one its first name is in), or else under `base`: `clean/` | ... (`unwrap.ts`) is
 * clean/unwrap.ts, `analyze/keyphrases.ts` | ... `text/pos-lexicon.ts` is text/pos-lexicon.ts; `*` stands for any name.
 */
function filesNotNamed(text: string, base: string): string[] {
  const dirPath = join(root, base);
  const files = (readdirSync(dirPath, { recursive: true }) as string[]).map((file) => file.split('\\').join('/')).filter((file) => /\.c?ts$/.test(file));
  const named = new Set<string>();
  for (const row of text.split('\n').filter((line) => line.startsWith('| `'))) {
    const names = [...row.matchAll(/`([\w*./-]+)`/g)].map((match) => match[1]!).filter((name) => /\.c?ts$|\/$/.test(name));
    const dir = posix.dirname(names[0]!.replace(/\/$/, '/.'));
    for (const name of names) {
      const path = [posix.join(dir, name), name].find((candidate) => (candidate.includes('*') ? files.some((file) => glob(candidate).test(file)) : existsSync(join(dirPath, candidate))));
      expect(path, `${name} (a row of ${dir}/)`).toBeDefined();
      if (!name.endsWith('/')) for (const file of files) if (glob(path!).test(file)) named.add(file);
    }
  }
  return files.filter((file) => !named.has(file));
}

/**
 * docs/reference.md's entry of each CSV report under "Every column": the columns its heading lists
 * in order (`**terms.csv** (`a`, `b`, ...)`) and the text that describes them. A column removed,
 * renamed or moved in the code had stayed in the list a reader goes by, since only each column's
 * presence somewhere in the section was tested.
 */
function reportEntries(): Map<string, { columns: string[]; text: string }> {
  const entries = section('## Every column', reference).split(/\n(?=\*\*\w+\.csv\*\*)/).slice(1);
  return new Map(
    entries.map((entry) => {
      const [heading, report, list] = /^\*\*(\w+)\.csv\*\* \(([^)]*)\)/.exec(entry) ?? [entry.slice(0, 40)];
      expect(list, `${heading}: its columns in brackets after the name`).toBeDefined();
      return [report!, { columns: list!.split(', ').map((name) => name.replace(/^`|`$/g, '')), text: entry.slice(heading.length) }];
    }),
  );
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('README.md', () => {
  it('gives the Node version package.json requires', () => {
    expect(/Node (\S+) or later/.exec(readme)?.[1]).toBe(/^>=(\S+)$/.exec(packageJson.engines.node)?.[1]);
  });

  it('names only npm scripts that exist (so does docs/reference.md)', () => {
    const named = new Set([...`${readme}\n${reference}`.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((match) => match[1]!));
    expect(named.size).toBeGreaterThan(10);
    for (const name of named) expect(packageJson.scripts, name).toHaveProperty([name]);
  });

  it('describes every column of every CSV report in its own entry (docs/reference.md)', () => {
    const entries = reportEntries();
    expect([...entries.keys()].sort()).toEqual(Object.keys(REPORT_COLUMNS).sort());
    for (const [report, { columns, text }] of entries) {
      for (const name of columns) expect(text, `${report}.csv ${name}`).toContain(`\`${name}\``);
    }
  });

  // An auditor looks a reason of removed_lines.csv up there: `reading time`, `notice that comments are
  // closed` and `link to another story (headline cut off)` had been written by the cleaner and named nowhere.
  it('names every reason of the cleaner\'s line rules in "Reading removed_lines.csv" (docs/reference.md)', () => {
    const rules = readFileSync(join(root, 'src/clean/line-rules.ts'), 'utf8');
    const reasons = [...rules.matchAll(/\[\s*\w+,\s*'(?:boilerplate|metadata|headline|title)',\s*'([^']+)'\s*\]/g)].map((match) => match[1]!);
    expect(reasons.length).toBeGreaterThan(20);
    const described = section('## Reading removed_lines.csv', reference).replace(/\s+/g, ' ');
    expect(reasons.filter((reason) => !described.includes(`\`${reason}`))).toEqual([]);
  });

  it('lists every config key with the default the schema gives it (docs/reference.md)', () => {
    const defaults = parseConfig({}) as unknown as Record<string, unknown>;
    const leaves = (value: Record<string, unknown>, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner && typeof inner === 'object' && !Array.isArray(inner) ? leaves(inner as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const rows = tableRows(section('## Configuration', reference)).map(([key, value]) => [key!.replace(/`/g, ''), value!.replace(/`/g, '')] as const);
    const listed = new Map(rows.filter(([key]) => key !== '$schema'));
    expect([...listed.keys()].sort()).toEqual(leaves(defaults).sort());
    for (const [key, written] of listed) {
      const actual = key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], defaults);
      // Strings are written with or without quotes (`auto`, `"auto"`), arrays and numbers as JSON.
      expect(typeof actual === 'string' ? written.replace(/^"|"$/g, '') : JSON.parse(written), key).toEqual(actual);
    }
  });

  it('names in its brief Configuration only keys the schema has, and every top-level key', () => {
    const defaults = parseConfig({}) as unknown as Record<string, unknown>;
    const paths = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...paths(inner, `${prefix}${key}.`)])
        : [];
    const known = new Set(paths(defaults));
    const list = section('## Configuration')
      .split('\n')
      .filter((line) => /^(- | {2})/.test(line))
      .join('\n');
    // In its list a dotted name, or a group's `name.*`, is a key; file names and values (`excel`) are not.
    const named = [...list.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z*]+)+)`/g)]
      .map((match) => match[1]!.replace(/\.\*$/, ''))
      .filter((name) => !/\.(csv|json|md|ts)$/.test(name));
    expect(named.length).toBeGreaterThan(10);
    for (const name of named) expect(known, name).toContain(name);
    for (const key of Object.keys(defaults)) expect(list, key).toContain(`\`${key}`);
  });

  it('gives the sizes of the shipped sentiment tables', () => {
    const written = (what: string) => Number(new RegExp(`\\(([\\d,]+) ${what}\\)`).exec(readme)?.[1]?.replace(/,/g, ''));
    expect(written('word valences')).toBe(Object.keys(LEARNED_VALENCES).length);
    expect(written('context valences')).toBe(PUBLISHED_LEXICON.context.size);
    expect(written('guessed valences')).toBe(PUBLISHED_LEXICON.embedded.size);
  });

  it('names every file of src/ in the module table of "How it works", and no file that is gone', () => {
    expect(filesNotNamed(section('## How it works'), 'src')).toEqual([]);
  });

  it("names every file of src/clean/ in docs/cleaning.md's module table, and no file that is gone (the README's rows of chrome/, metadata/ and edges/ point there)", () => {
    expect(filesNotNamed(section('### Modules', readFileSync(join(root, 'docs/cleaning.md'), 'utf8')), 'src/clean')).toEqual([]);
  });

  describe('its sample from seeds/ is what npm run pipeline writes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'readme-')), 'out');
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--output', out, '--quiet'], { cwd: root, encoding: 'utf8' });
    const sample = section('### A sample (from `seeds/`)');

    it('articles.csv', () => {
      expect(run.status).toBe(0);
      const header = sample.split('\n').find((line) => line.startsWith('| article_id'))!;
      const columns = header.slice(1, -1).split('|').map((cell) => cell.trim());
      const written = readCsv(join(out, 'articles.csv'));
      const shown = tableRows(sample.slice(sample.indexOf(header)));
      expect(shown.length).toBe(written.length);
      shown.forEach((cells, i) => {
        const row = written[i]!;
        expect(Object.fromEntries(columns.map((column, k) => [column, cells[k] ?? '']))).toEqual(Object.fromEntries(columns.map((column) => [column, row[column]])));
      });
    });

    it("docs/reference.md's column lists are the headers of the CSV files it wrote, in order", () => {
      const written = readdirSync(out).filter((name) => name.endsWith('.csv'));
      const entries = reportEntries();
      expect(written.map((name) => name.replace(/\.csv$/, '')).sort()).toEqual([...entries.keys()].sort());
      for (const name of written) {
        const header = readFileSync(join(out, name), 'utf8').replace(/^\uFEFF/, '').split('\r\n', 1)[0]!;
        expect(entries.get(name.replace(/\.csv$/, ''))!.columns, name).toEqual(header.split(','));
        // The README's "Bad input" names errors.csv's columns too.
        if (name === 'errors.csv') expect(section('## Bad input')).toContain(`(\`${header.split(',').join(', ')}\`)`);
      }
    });

    it('removed_lines.csv', () => {
      const block = /`removed_lines.csv`:\n\n```\n([\s\S]*?)```/.exec(sample)![1]!.trim().split('\n');
      const written = readFileSync(join(out, 'removed_lines.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
      expect(block).toEqual(written.slice(0, block.length));
    });
  });
});

/** GitHub's anchor for a heading: lowercased, inline code marks and punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

describe('relative links in README.md, CHANGELOG.md and docs/**/*.md', () => {
  const docs = ['README.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  // Code is not Markdown: a `# comment` in a code block is no heading, `[sic](1998)` in a code span no link.
  const withoutCodeBlocks = (file: string): string => readFileSync(join(root, file), 'utf8').replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
  const anchors = (file: string): Set<string> => new Set([...withoutCodeBlocks(file).matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1]!)));

  it.each(docs)('%s links only to files and headings that exist', (file) => {
    const links = [...withoutCodeBlocks(file).replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
    for (const link of links) {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path ? posix.join(posix.dirname(file), path) : file;
      expect(existsSync(join(root, target)), `${file}: ${link}`).toBe(true);
      if (anchor !== undefined && target.endsWith('.md')) expect([...anchors(target)], `${file}: ${link}`).toContain(anchor);
    }
  });
});

// The index is kept by hand: a session adds its section to a topic's file and its number to the topic's line, and a
// label's range of sessions stays true only while no later section joins the topic.
describe("docs/cleaning-history.md's Contents", () => {
  const contents = section('## Contents', readFileSync(join(root, 'docs/cleaning-history.md'), 'utf8'));
  const entries = [...contents.matchAll(/^- \[([^\]]+)\]\(cleaning-history\/([^)]+)\)(?:: (.+))?$/gm)].map((match) => ({
    label: match[1]!,
    file: match[2]!,
    sessions: match[3]?.split(', ').map(Number) ?? [],
  }));

  it('links every topic file once', () => {
    const files = readdirSync(join(root, 'docs/cleaning-history')).filter((name) => name.endsWith('.md'));
    expect(entries.map((entry) => entry.file).sort()).toEqual(files.sort());
  });

  it("lists the sessions of each topic's sections in order, within the range its label names", () => {
    for (const { label, file, sessions } of entries) {
      const text = readFileSync(join(root, 'docs/cleaning-history', file), 'utf8');
      const headings = [...new Set([...text.matchAll(/^### .*\(sessions? (\d+)(-\d+)?[:,)]/gm)].filter((match) => match[2] === undefined).map((match) => Number(match[1])))];
      expect(sessions, file).toEqual(headings);
      const range = /\(sessions (\d+)-(\d+)\)$/.exec(label);
      if (range) for (const session of sessions) expect(session >= Number(range[1]) && session <= Number(range[2]), `${label}: ${session}`).toBe(true);
    }
  });
});
