import { describe, expect, it } from 'vitest';
import { pageKeys } from '../../src/clean/page-keys.js';
import { hashKeys } from '../../src/run/count-table.js';
import { bodyKey, duplicateWarning, FirstCopies, StoryCopies } from '../../src/run/duplicates.js';

describe('FirstCopies', () => {
  it('names the first article offered with a body for every later one, and nothing for distinct or empty bodies', () => {
    const copies = new FirstCopies();
    const offered = [['a', 'Oil rose.'], ['b', 'Oil fell.'], ['c', 'Oil rose.'], ['d', ''], ['e', ''], ['f', 'Oil rose.'], ['g', 'Oil fell. ']];
    expect(offered.map(([id, body]) => copies.firstCopy(bodyKey(body!), id!, `${id}.txt`)?.firstId ?? null)).toEqual([null, null, 'a', null, null, 'a', null]);
  });

  it("keeps one errors.csv row a body, on its first article, naming the first copies and counting the rest", () => {
    const copies = new FirstCopies();
    const groups = ['first', ...Array.from({ length: 14 }, (_, i) => `copy${i + 1}`)].map((id) => copies.firstCopy(bodyKey('Oil rose.'), id, `${id}.txt`));
    expect(groups[0]).toBeNull();
    // Every copy joins the one group, whose row is the same object throughout: the pipeline writes it once.
    expect(new Set(groups.slice(1)).size).toBe(1);
    const { row, copies: count } = groups[1]!;
    expect(count).toBe(14);
    expect(row).toMatchObject({ sourceFile: 'first.txt', articleId: 'first', stage: 'analyze', severity: 'warning' });
    expect(row.problem).toMatch(/^14 later articles have the same cleaned body \(duplicate_of\): copy1, copy2, .*, copy10 and 4 more; .*counted once/);
    expect(row.problem).not.toContain('copy11');
    // The first article's own file when it is not its id's .txt (a JSON Lines input's line).
    const lines = new FirstCopies();
    lines.firstCopy(bodyKey('Oil fell.'), 'x-1', 'feed.jsonl');
    expect(lines.firstCopy(bodyKey('Oil fell.'), 'x-2', 'feed.jsonl')!.row).toMatchObject({ sourceFile: 'feed.jsonl', articleId: 'x-1' });
    expect(duplicateWarning(1, ['x-2'])).toMatch(/^a later article has the same cleaned body \(duplicate_of\): x-2; /);
  });

  it('keys bodies, not their length or letters in another order', () => {
    expect(bodyKey('ab')).not.toBe(bodyKey('ba'));
    expect(bodyKey('ab')).toBe(bodyKey('ab'));
    expect(bodyKey('')).toBeNull();
    // The SHA-1 of the body's UTF-8 bytes, in base64 (FIPS 180 test vector "abc").
    expect(bodyKey('abc')).toBe('qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
    expect(bodyKey('Zürich')).toBe('m17kGi0JAP1sIXdhbJD2Tu5BtVo=');
  });
});

describe('StoryCopies', () => {
  const paragraph = (topic: string, k: number) => `${topic}: paragraph ${k} of the story, long enough to be one of the page's paragraphs and not its chrome.`;
  const page = (chrome: string[], paragraphs: string[]) => [...chrome, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const keysOf = (text: string) => {
    const { story, prose, paragraphs } = pageKeys(text);
    return [story === null ? null : hashKeys(prose === null ? [story] : [story, prose]), hashKeys(paragraphs)] as const;
  };

  it('takes a story on another site, with its own chrome, for a copy of the first, and other stories for none', () => {
    const story = Array.from({ length: 8 }, (_, k) => paragraph('Storm', k));
    const siteA = page(['Site A', 'Menu', "A long line of this site's own chrome that runs past eighty characters, as footers do."], story);
    const siteB = page(['Site B', 'Home'], story);
    const other = page(['Site A', 'Menu'], Array.from({ length: 8 }, (_, k) => paragraph('Budget', k)));
    const copies = new StoryCopies();
    expect([siteA, other, siteB, siteA].map((text) => copies.isCopy(...keysOf(text)))).toEqual([false, false, true, true]);
  });

  it('keeps apart the pages of a site whose long disclaimers outrank their own paragraphs', () => {
    const disclaimers = [0, 1, 2].map((k) => `Disclaimer ${k}: consult your physician before starting any programme; results vary and are not typical of every user of the site, which says so at length.`);
    const brief = (topic: string) => page(['Site'], [paragraph(topic, 0), ...disclaimers]);
    const copies = new StoryCopies();
    expect([brief('Storm'), brief('Budget'), brief('Storm')].map((text) => copies.isCopy(...keysOf(text)))).toEqual([false, false, true]);
  });

  it("takes a copy whose chrome adds long lines that end no sentence for a copy, and the site's other stories for none", () => {
    const story = Array.from({ length: 5 }, (_, k) => paragraph('Storm', k));
    const footer = 'Please read our terms and conditions and our privacy statement before you use this site at all.';
    const first = page(['Site', 'Menu'], [...story, footer]);
    const chrome = [
      "'); document.write(''); } else { if (CheckBrowser('mozilla', agent)) { document.write(''); } else { document.write(''); } } //-->",
      'This section of the site is no longer updated, please follow the links below for the news and sport from:',
      'Personal finance, cheap credit cards, home loans, used cars and nearly new cars, jobs in the region, homes',
    ];
    const second = page(['Site', 'Menu', chrome[0]!], [...story, chrome[1]!, footer, chrome[2]!]);
    const other = page(['Site', 'Menu', chrome[0]!], [...Array.from({ length: 5 }, (_, k) => paragraph('Budget', k)), chrome[1]!, footer, chrome[2]!]);
    const copies = new StoryCopies();
    expect([first, other, second].map((text) => copies.isCopy(...keysOf(text)))).toEqual([false, false, true]);
  });

  it('has no story for a page with fewer than two long paragraphs', () => {
    expect(new StoryCopies().isCopy(...keysOf(page(['Site'], [paragraph('Storm', 0)])))).toBe(false);
    expect(pageKeys(page(['Site'], [paragraph('Storm', 0)])).story).toBeNull();
  });
});
