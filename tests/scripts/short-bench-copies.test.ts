// check:bench-text --short's finder (scripts/short-bench-copies.ts) on invented files and bench pages: a
// two-word name or a short line with a digit that a file holds is listed when few pages print it, and not
// when many do, when the bench mostly writes its words lowercased, or when the line is any site's date.
import { describe, expect, it } from 'vitest';
import { ShortCopyFinder } from '../../scripts/short-bench-copies.js';

/** The copies the files hold after reading the bench, page by page (a page's lines, one after the other). */
function copies(files: Record<string, string>, pages: Record<string, string[]>, maxPages = 2) {
  const finder = new ShortCopyFinder(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    maxPages,
  );
  for (const [origin, lines] of Object.entries(pages)) for (const line of lines) finder.see(line, origin);
  return finder.copies().map(({ kind, path, start, end, origins }) => ({ kind, text: files[path]!.slice(start, end), origins }));
}

const PAGE = ['Harbour Courier', 'Ferry fares to rise in spring', 'By Odile Varga', 'The council votes on the fares next week, a note by the clerk says.'];

describe('ShortCopyFinder: names', () => {
  it('lists a byline name a test holds, with the page it stands on', () => {
    const test = "expect(lift('By Odile Varga')).toEqual({ byline: 'Odile Varga' });";
    expect(copies({ 'tests/a.test.ts': test }, { 'clean/set/page-1': PAGE })).toEqual([
      { kind: 'name', text: 'Odile Varga', origins: ['clean/set/page-1'] },
      { kind: 'name', text: 'Odile Varga', origins: ['clean/set/page-1'] },
    ]);
  });

  it('takes a name in capitals as the same name', () => {
    const pages = { 'clean/set/page-1': ['By ODILE VARGA and the desk', ...PAGE.slice(3)] };
    expect(copies({ 'tests/a.test.ts': "['Odile Varga', 'ODILE VARGA']" }, pages).map((copy) => copy.text)).toEqual(['Odile Varga', 'ODILE VARGA']);
  });

  it('leaves a pair of words the bench mostly writes lowercased, and a weekday or month', () => {
    const headline = "const title = 'Council Votes on Ferry Fares, Monday December 1';";
    const pages = { 'clean/set/page-1': ['Council Votes', 'Monday December 1, 2025', ...PAGE], 'clean/set/page-2': ['The council votes twice, and votes again.'] };
    expect(copies({ 'tests/a.test.ts': headline }, pages)).toEqual([]);
  });

  it('leaves a name that more than maxPages pages print, and one no page prints', () => {
    const pages = { 'clean/set/page-1': ['Port Ellery'], 'clean/set/page-2': ['News from Port Ellery'], 'clean/set/page-3': ['Port Ellery weather'] };
    expect(copies({ 'docs/a.md': 'A desk in Port Ellery, by Ines Morrow.' }, pages)).toEqual([]);
    expect(copies({ 'docs/a.md': 'A desk in Port Ellery, by Ines Morrow.' }, pages, 3).map((copy) => copy.text)).toEqual(['Port Ellery']);
  });

  it('takes two capitalised words only when one space parts them, not an escaped line break', () => {
    const source = String.raw`const page = 'Odile\nVarga';`;
    expect(copies({ 'tests/a.test.ts': source }, { 'clean/set/page-1': PAGE })).toEqual([]);
  });
});

describe('ShortCopyFinder: short lines', () => {
  const STAMP = 'Last changed at 9:05pm on 04.03.22';
  const pages = { 'clean/set/page-1': ['Home', STAMP, 'Fri Mar 4, 9:05 PM ET', '3 hours ago'] };

  it('lists a short line with a digit that a file holds whole, in a string or a line of its own', () => {
    const files = { 'tests/a.test.ts': `expect(lift('${STAMP}')).toBe(true);`, 'tests/b.test.ts': String.raw`const page = 'Home\n${STAMP}\nA line of the story.';`, 'docs/a.md': `A stamp:\n${STAMP}.\n` };
    expect(copies(files, pages)).toEqual(Array(3).fill({ kind: 'line', text: STAMP, origins: ['clean/set/page-1'] }));
  });

  it('leaves the line inside a longer sentence of the file', () => {
    expect(copies({ 'docs/a.md': `The page says it was ${STAMP} and no more.` }, pages)).toEqual([]);
  });

  it("leaves any site's date and counter lines: a stamp, an age", () => {
    expect(copies({ 'tests/a.test.ts': "['Fri Mar 4, 9:05 PM ET', '3 hours ago']" }, pages)).toEqual([]);
  });

  it('leaves a line whose shape, numbers aside, more than maxPages pages print', () => {
    const shaped = { 'clean/set/page-2': ['Last changed at 10:15pm on 05.03.22'], 'clean/set/page-3': ['Last changed at 8:40pm on 01.02.22'] };
    expect(copies({ 'tests/a.test.ts': `'${STAMP}'` }, { ...pages, ...shaped })).toEqual([]);
    expect(copies({ 'tests/a.test.ts': `'${STAMP}'` }, { ...pages, ...shaped }, 3)).toHaveLength(1);
  });
});
