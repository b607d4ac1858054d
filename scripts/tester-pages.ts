// The testers' invented pages (scripts/eval-pages/<set>/pages/*.txt, one folder a session's tester)
// and what the cleaner must give on each (<set>/expectations.json): read and checked here, run by
// `npm run eval:pages`; tests/scripts/tester-pages.test.ts keeps every set readable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_SETS = 'scripts/eval-pages';

/** One answer, or the answers taken as right (a byline the page may or may not be read as giving). */
type Alternatives = string | string[];

/**
 * What one page must give: the articles.csv fields exactly, the cleaned body's first and last
 * non-blank lines by their start, text (`absent`) or whole lines (`absentLines`) that must not survive, and
 * text of the article (`present`) that must: a line inside the body the first and last lines do not vouch for.
 */
export interface PageExpectation {
  title?: Alternatives;
  date?: Alternatives;
  byline?: Alternatives;
  source?: Alternatives;
  first?: Alternatives;
  last?: Alternatives;
  absent?: string[];
  absentLines?: string[];
  present?: string[];
}

const CSV_FIELDS = ['title', 'date', 'byline', 'source'] as const;
const LINE_FIELDS = ['first', 'last'] as const;
const LIST_FIELDS = ['absent', 'absentLines', 'present'] as const;
const FIELDS: readonly string[] = [...CSV_FIELDS, ...LINE_FIELDS, ...LIST_FIELDS];

export interface PageSet {
  name: string;
  pagesDir: string;
  expectations: Map<string, PageExpectation>;
}

/** A set whose expectations cannot be read as meant: the eval stops rather than score it. */
export class PageSetError extends Error {}

export function pageSetNames(root = PAGE_SETS): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');

/** Reads a set, or throws PageSetError naming what is wrong: an unknown field, a value of the wrong shape, a page not there or not checked. */
export function readPageSet(name: string, root = PAGE_SETS): PageSet {
  const dir = join(root, name);
  const pagesDir = join(dir, 'pages');
  const file = join(dir, 'expectations.json');
  if (!existsSync(pagesDir) || !existsSync(file)) throw new PageSetError(`${dir}: needs pages/ and expectations.json`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PageSetError(`${file}: not JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new PageSetError(`${file}: not an object of page -> expectation`);
  const pages = new Set(readdirSync(pagesDir).filter((page) => page.endsWith('.txt')));
  const expectations = new Map<string, PageExpectation>();
  for (const [page, want] of Object.entries(parsed)) {
    const where = `${file}: ${page}`;
    if (!pages.has(page)) throw new PageSetError(`${where}: no such page in ${pagesDir}`);
    if (typeof want !== 'object' || want === null || Array.isArray(want)) throw new PageSetError(`${where}: not an object`);
    for (const [field, value] of Object.entries(want as Record<string, unknown>)) {
      if (!FIELDS.includes(field)) throw new PageSetError(`${where}: unknown field ${JSON.stringify(field)} (fields: ${FIELDS.join(', ')})`);
      const isList = (LIST_FIELDS as readonly string[]).includes(field);
      if (isList ? !isStringList(value) : typeof value !== 'string' && !isStringList(value)) {
        throw new PageSetError(`${where}: ${field} must be ${isList ? 'a list of strings' : 'a string or a list of strings'}`);
      }
    }
    expectations.set(page, want as PageExpectation);
  }
  const unchecked = [...pages].filter((page) => !expectations.has(page));
  if (unchecked.length) throw new PageSetError(`${file}: no expectation for ${unchecked.join(', ')}`);
  return { name, pagesDir, expectations };
}

/** One check on one page: its name (a field, `first line`, `chrome removed`, `article kept`), and why it failed. */
export interface CheckResult {
  page: string;
  check: string;
  ok: boolean;
  detail: string;
}

/** An articles.csv row as csv-parse gives it with columns. */
export type ArticleRow = Record<string, string>;

const list = (answers: Alternatives): string[] => (Array.isArray(answers) ? answers : [answers]);
const show = (answers: Alternatives): string => list(answers).map((answer) => JSON.stringify(answer)).join(' or ');

/** The page's checks against its articles.csv row (undefined: the page gave no article) and cleaned body. */
export function checkPage(page: string, want: PageExpectation, row: ArticleRow | undefined, body: string): CheckResult[] {
  if (!row) return [{ page, check: 'in articles.csv', ok: false, detail: 'no row' }];
  const results: CheckResult[] = [];
  const add = (check: string, ok: boolean, expected: string, got: string) => results.push({ page, check, ok, detail: `expected ${expected}, got ${got}` });
  for (const field of CSV_FIELDS) {
    const expected = want[field];
    if (expected !== undefined) add(field, list(expected).includes(row[field] ?? ''), show(expected), JSON.stringify(row[field]));
  }
  const lines = body.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  for (const [field, got] of [['first', lines[0] ?? ''], ['last', lines.at(-1) ?? '']] as const) {
    const expected = want[field];
    if (expected !== undefined) add(`${field} line`, list(expected).some((start) => got.startsWith(start)), `a line starting ${show(expected)}`, JSON.stringify(got.slice(0, 90)));
  }
  if (want.absent || want.absentLines) {
    const kept = [...(want.absent ?? []).filter((text) => body.includes(text)), ...(want.absentLines ?? []).filter((line) => lines.includes(line))];
    add('chrome removed', kept.length === 0, 'none kept', kept.map((text) => JSON.stringify(text)).join(', '));
  }
  if (want.present) {
    const lost = want.present.filter((text) => !body.includes(text));
    add('article kept', lost.length === 0, 'none lost', lost.map((text) => JSON.stringify(text)).join(', '));
  }
  return results;
}
