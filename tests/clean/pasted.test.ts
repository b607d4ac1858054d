// Two articles pasted one after the other into one file: the cleaner keeps them as one body (it
// splits no file) and warns, naming the second article's header. Pages written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const story = (title: string, byline: string, date: string, paragraphs: readonly string[]) => [`${title}\n${byline}\n${date}`, ...paragraphs].join('\n\n');
const bridge = story('Old bridge to close for three months of repairs', 'By Nadia Hassan', '14 October 2026', [
  'The old road bridge over the river will close on Monday for three months while engineers replace its worn bearings.',
  'Drivers will be sent on a twelve-mile detour through the villages to the north, and buses will run to a new timetable.',
  'The council said the work could not wait until spring because the bearings had worn faster than expected.',
]);
const library = story('Library to open on Sundays from next month', 'By Owen Price', '14 October 2026', [
  'The central library will open on Sunday afternoons from November, after a trial over the summer drew more visitors than expected.',
  'Volunteers will staff the reading rooms, and the children’s section will host a story hour each week.',
  'The library’s manager said the extra day costs little because the building is heated on Sundays anyway.',
]);
const pastedWarning = (warnings: readonly string[]) => warnings.find((warning) => warning.includes('pasted'));

describe('two articles pasted into one file', () => {
  it('keeps them as one body and warns, naming the second byline', () => {
    const cleaned = clean(`${bridge}\n\n${library}\n`);
    expect(cleaned.body).toContain('bearings had worn faster');
    expect(cleaned.body).toContain('story hour each week');
    expect(pastedWarning(cleaned.warnings)).toMatch(/By Owen Price/);
  });

  it('gives no such warning for one article, nor for one whose header stands under its standfirst', () => {
    expect(pastedWarning(clean(`${bridge}\n`).warnings)).toBeUndefined();
    expect(pastedWarning(clean(`${library}\n`).warnings)).toBeUndefined();
    const standfirst = 'Engineers say the bearings have worn faster than expected, and the work cannot wait until spring.';
    const cleaned = clean(bridge.replace('\nBy Nadia Hassan', `\n\n${standfirst}\n\nBy Nadia Hassan`) + '\n');
    // The standfirst over the byline is the header's (title-lines.ts standfirstOverByline), no paragraph of the body.
    expect(cleaned.removedLines.find((line) => line.text === standfirst)?.reason).toBe('page text before the article');
    expect(pastedWarning(cleaned.warnings)).toBeUndefined();
  });
});

describe('pasted articles, other shapes', () => {
  const market = story('Market hall reopens after a year of works', 'By Leila Osman', '15 October 2026', [
    'The Victorian market hall reopened on Saturday after a year of works to repair its roof and glass.',
    'Thirty traders have taken stalls, among them a cheesemonger and two bakers new to the town.',
    'The council said footfall on the first day was twice what it had hoped for.',
  ]);
  const unsigned = (text: string) => text.replace(/\nBy [^\n]+\n[^\n]+/u, '');

  it('warns when the first article has no byline, naming the second one\'s', () => {
    expect(pastedWarning(clean(`${unsigned(bridge)}\n\n${library}\n`).warnings)).toMatch(/By Owen Price/);
  });

  it('warns for three articles pasted one after the other', () => {
    expect(pastedWarning(clean(`${bridge}\n\n${library}\n\n${market}\n`).warnings)).toMatch(/By Owen Price.* and 1 more\): 3 articles may be pasted/);
  });

  it('gives no warning for readers\' comments kept under an unsigned article, each signed under its text', () => {
    const comments = [
      'We walk over that bridge every day and nobody has told us where the footpath will go.',
      'Posted by: Jane Roe | 14 October 2026 04:12 PM',
      'Three months is optimistic, the last repairs took twice as long as the council said.',
      'Posted by: Tom Hale | 14 October 2026 05:40 PM',
    ];
    const cleaned = clean(`${unsigned(bridge)}\n\n${comments.join('\n\n')}\n`);
    expect(cleaned.body).toContain('took twice as long');
    expect(pastedWarning(cleaned.warnings)).toBeUndefined();
  });

  it('gives no warning for one story its author signs again under an update', () => {
    const updated = `${bridge}\n\nUPDATE\nBy Nadia Hassan\n14 October 2026, 16:20\n\nThe council has since said the bridge will reopen to pedestrians at weekends.\n\nA shuttle bus will also run every twenty minutes between the two ends of the detour.\n`;
    const cleaned = clean(updated);
    expect(cleaned.body).toContain('reopen to pedestrians');
    expect(pastedWarning(cleaned.warnings)).toBeUndefined();
  });
});
