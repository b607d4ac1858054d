// The header's lines that name the site (src/clean/metadata/site-header.ts), read on a page's lines and what the cleaner
// removed: page-source.test.ts reaches them through whole pages, where another rule often gives the same source.
import { describe, expect, it } from 'vitest';
import { CONSENT_BANNER } from '../../../src/clean/chrome/consent.js';
import { describeLine, type Line } from '../../../src/clean/lines.js';
import { breadcrumbRoot, headerLogo, mastheadSecondLine, siteLine } from '../../../src/clean/metadata/site-header.js';
import { stopwordSet } from '../../../src/text/language.js';
import type { RemovedLine } from '../../../src/types.js';

/** A line of the page: removed as page chrome, or kept (the article's), or removed as a cookie banner's. */
type Row = string | { kept: string } | { banner: string };

const stopwords = stopwordSet('en');
const PARAGRAPH = { kept: 'The county board voted on Thursday to rebuild the old bridge over the Mill River, closed to trucks since 2019.' };

function read(rows: readonly Row[]): { lines: Line[]; removed: Map<number, RemovedLine> } {
  const lines = rows.map((row, i) => describeLine(i + 1, typeof row === 'string' ? row : 'kept' in row ? row.kept : row.banner, stopwords));
  const removed = new Map<number, RemovedLine>();
  rows.forEach((row, i) => {
    if (typeof row === 'string') removed.set(i + 1, { line: i + 1, text: lines[i]!.text, kind: 'boilerplate', reason: 'navigation' });
    else if ('banner' in row) removed.set(i + 1, { line: i + 1, text: lines[i]!.text, kind: 'boilerplate', reason: CONSENT_BANNER });
  });
  return { lines, removed };
}
const siteOf = (...rows: Row[]): string | undefined => {
  const { lines, removed } = read(rows);
  return siteLine(lines, removed)?.text;
};

describe('siteLine', () => {
  it("passes over the day's date set over the masthead", () => {
    expect(siteOf('Sunday, January 20th, 2026', 'Harbour Sun', PARAGRAPH)).toBe('Harbour Sun');
  });

  it("passes over a menu's button set over the masthead, in other languages too", () => {
    expect(siteOf('Menu', 'Harbour Sun', PARAGRAPH)).toBe('Harbour Sun');
    expect(siteOf('Menü', 'Hafenblatt', PARAGRAPH)).toBe('Hafenblatt');
    expect(siteOf('MENÚ', 'El Puerto', PARAGRAPH)).toBe('El Puerto');
  });

  it('is none when a line over it, or the line itself, is the article\'s', () => {
    expect(siteOf({ kept: 'Harbour Sun' }, PARAGRAPH)).toBeUndefined();
  });

  it('is the masthead under a skip link that names no part of the page a jump link does ("Skip to sections navigation")', () => {
    expect(siteOf('Skip to sections navigation', 'The Harbour Journal', PARAGRAPH)).toBe('The Harbour Journal');
  });

  it("is the first outlet's name under the skip links, not a later one", () => {
    expect(siteOf('Skip to sections navigation', 'The Harbour Journal', 'The Valley Tribune', PARAGRAPH)).toBe('The Harbour Journal');
  });

  it('looks for the masthead under the skip links no further than a kept line or a line longer than a link', () => {
    expect(siteOf('Skip to content', { kept: 'Breaking: the bridge is closed' }, 'The Harbour Journal', PARAGRAPH)).toBe('Skip to content');
    expect(siteOf('Skip to content', 'Get the news in your inbox every morning', 'The Harbour Journal', PARAGRAPH)).toBe('Skip to content');
  });

  it("takes under the skip links a home link's name, and the footer's logo the page repeats after a bare ©, but no outlet's word alone", () => {
    expect(siteOf('Skip to sections navigation', 'Harbourgate Home', PARAGRAPH)).toBe('Harbourgate');
    expect(siteOf('Skip to sections navigation', 'HARBOUR', PARAGRAPH, { kept: 'Construction starts next spring.' }, '© HARBOUR')).toBe('HARBOUR');
    expect(siteOf('Skip to sections navigation', 'Journal', PARAGRAPH)).toBe('Skip to sections navigation');
  });

  it('starts past a cookie banner and its buttons under a skip link', () => {
    const banner = [{ banner: 'We value your privacy' }, { banner: 'We and our partners store cookies on your device to measure the audience.' }, 'AGREE'];
    expect(siteOf('Skip to main content', ...banner, 'The Dorset Harbour Echo', PARAGRAPH)).toBe('The Dorset Harbour Echo');
  });
});

describe('breadcrumbRoot', () => {
  const rootOf = (...rows: Row[]): string | undefined => {
    const { lines, removed } = read(rows);
    return breadcrumbRoot(lines, removed)?.text;
  };

  it("is a removed breadcrumb's first step, before a tagline after a bar", () => {
    expect(rootOf('Menu', 'You are here Harbourgraph > News > Local', PARAGRAPH)).toBe('Harbourgraph');
    expect(rootOf('Menu', 'You are here Harbourgraph | Daily News > Business >', PARAGRAPH)).toBe('Harbourgraph');
  });

  it("is none for a menu's word or a breadcrumb the article keeps", () => {
    expect(rootOf('Menu', 'You are here Home > News > Local', PARAGRAPH)).toBeUndefined();
    expect(rootOf('Menu', { kept: 'You are here Harbourgraph > News > Local' }, PARAGRAPH)).toBeUndefined();
  });
});

describe('mastheadSecondLine', () => {
  it("is the removed line under an outlet's name, and none when the article keeps it", () => {
    const second = (under: Row): string | undefined => {
      const { lines, removed } = read(['Harbour Reo News', under, PARAGRAPH]);
      return mastheadSecondLine(lines, removed, lines[0])?.text;
    };
    expect(second('Whakaata Harbour')).toBe('Whakaata Harbour');
    expect(second({ kept: 'Whakaata Harbour' })).toBeUndefined();
  });
});

describe('headerLogo', () => {
  const logoOf = (rows: readonly Row[], firstInBlock = rows.indexOf(PARAGRAPH) + 1): string | undefined => {
    const { lines, removed } = read(rows);
    return headerLogo(lines, removed, firstInBlock)?.text;
  };

  it("is the name a removed logo's text gives over the article, past a section's home page and an article alone", () => {
    expect(logoOf(['Skip to content', 'The homepage', 'Sport homepage', 'Harbour News logo', PARAGRAPH])).toBe('Harbour News');
  });

  it('is none under the article\'s first line, on a kept line, or on a line longer than a logo\'s', () => {
    expect(logoOf(['Skip to content', PARAGRAPH, 'Harbour News logo'], 2)).toBeUndefined();
    expect(logoOf(['Skip to content', { kept: 'Harbour News logo' }, PARAGRAPH])).toBeUndefined();
    expect(logoOf(['Skip to content', `The ${'very '.repeat(16)}long caption under a picture of the old logo`, PARAGRAPH])).toBeUndefined();
  });
});
