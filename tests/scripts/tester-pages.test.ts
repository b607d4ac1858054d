import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage, pageSetNames, PageSetError, readPageSet } from '../../scripts/tester-pages.js';
import { tempDir } from '../helpers.js';

/** A set folder under a fresh root: its pages (name -> text) and its expectations.json text. */
function setRoot(pages: Record<string, string>, expectations: string): string {
  const root = tempDir('tester-pages-');
  mkdirSync(join(root, 'one', 'pages'), { recursive: true });
  for (const [page, text] of Object.entries(pages)) writeFileSync(join(root, 'one', 'pages', page), text);
  writeFileSync(join(root, 'one', 'expectations.json'), expectations);
  return root;
}

const page = 'Harbour reopens after storm\nBy Ann Lee\nThe harbour reopened on Monday.\n';

describe('the testers\' page sets (npm run eval:pages)', () => {
  it('reads every committed set: each expectation names a page there and only known fields, each page is checked', () => {
    const names = pageSetNames();
    expect(names).toContain('session-39');
    for (const name of names) expect(readPageSet(name).expectations.size, name).toBeGreaterThan(0);
  });

  it.each([
    ['a page not in pages/', { 'b.txt': { title: 'x' } }, /b\.txt: no such page/],
    ['an unknown field', { 'a.txt': { headline: 'x' } }, /unknown field "headline"/],
    ['a field of the wrong shape', { 'a.txt': { absent: 'Advertisement' } }, /absent must be a list of strings/],
    ['an empty list of answers', { 'a.txt': { title: [] } }, /title must be a string or a list of strings/],
    ['a page without an expectation', {}, /no expectation for a\.txt/],
  ])('refuses a set with %s', (_, expectations, message) => {
    const root = setRoot({ 'a.txt': page }, JSON.stringify(expectations));
    expect(() => readPageSet('one', root)).toThrow(PageSetError);
    expect(() => readPageSet('one', root)).toThrow(message);
  });

  it('refuses an expectations file that is not JSON', () => {
    expect(() => readPageSet('one', setRoot({ 'a.txt': page }, '{ "a.txt": '))).toThrow(/not JSON/);
  });

  it('checks the fields exactly, the first and last lines by their start, chrome by text or whole line', () => {
    const row = { title: 'Harbour reopens after storm', byline: 'Ann Lee', date: '', source: '' };
    const body = 'The harbour reopened on Monday.\n\nShare\nShips queued outside overnight.\n';
    const results = checkPage('a.txt', {
      title: 'Harbour reopens after storm', byline: ['', 'Ann Lee'], date: '2026-12-04',
      first: 'The harbour reopened', last: 'Ships waited',
      absent: ['Advertisement'], absentLines: ['Share', 'Ships'],
    }, row, body);
    expect(results.map(({ check, ok }) => [check, ok])).toEqual([
      ['title', true], ['date', false], ['byline', true], ['first line', true], ['last line', false], ['chrome removed', false],
    ]);
    expect(results.find((result) => result.check === 'chrome removed')!.detail).toBe('expected none kept, got "Share"');
  });

  it("checks the article's own text is still in the body, naming what was lost", () => {
    const row = { title: 'Harbour reopens after storm', byline: '', date: '', source: '' };
    const body = 'The harbour reopened on Monday.\n\nShips queued outside overnight.\n';
    const kept = checkPage('a.txt', { present: ['queued outside', 'The harbour reopened'] }, row, body);
    expect(kept).toEqual([{ page: 'a.txt', check: 'article kept', ok: true, detail: 'expected none lost, got ' }]);
    const lost = checkPage('a.txt', { present: ['The results were:', 'queued outside', 'Turnout was 71 per cent.'] }, row, body);
    expect(lost.map(({ check, ok, detail }) => [check, ok, detail])).toEqual([
      ['article kept', false, 'expected none lost, got "The results were:", "Turnout was 71 per cent."'],
    ]);
  });

  it('fails a page that gave no article once, whatever it expects', () => {
    expect(checkPage('a.txt', { title: 'x', first: 'y' }, undefined, '')).toEqual([{ page: 'a.txt', check: 'in articles.csv', ok: false, detail: 'no row' }]);
  });
});
