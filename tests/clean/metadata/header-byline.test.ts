// The byline a page gives without a label or under its text (header-byline.ts). Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.js';
import { article, contextFor } from '../context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('a name under a byline label alone on its line', () => {
  const page = (label: string, name = 'Yuki Noguchi') =>
    `Health\nHospitals that cut nurse staffing saw more deaths, study finds\nDecember 4, 2026 5:00 AM ET\n${label}\n${name}\nPlaylist\nDownload\n\nHospitals that reduced the number of registered nurses on their wards saw higher death rates among surgical patients, a study found.\n\nResearchers looked at records from 412 hospitals in four states, covering nearly 1.8 million patients.\n\nA similar bill is pending in Pennsylvania.\n`;

  it.each(['By', 'By —', 'Author,'])('is the author under "%s"', (label) => {
    const cleaned = clean(page(label));
    expect(cleaned.metadata.byline).toBe('Yuki Noguchi');
    expect(cleaned.removedLines.find((line) => line.text === 'Yuki Noguchi')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none when the line under the label is no name', () => {
    expect(clean(page('By', 'Embed')).metadata.byline).toBeNull();
  });

  // McClatchy's papers set "BY" over the name in capitals (session 43): the name had been a section label.
  it('is the author in capitals under "BY"', () => {
    const cleaned = clean(page('BY', 'YUKI NOGUCHI'));
    expect(cleaned.metadata.byline).toMatch(/^yuki noguchi$/iu);
    expect(cleaned.removedLines.find((line) => line.text === 'YUKI NOGUCHI')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none under "BY" when the line in capitals is a menu\'s words', () => {
    expect(clean(page('BY', 'MOST READ')).metadata.byline).toBeNull();
  });

  // PBS sets "By —" over each author's name, the name twice (its picture's text and its link): the second author had been left out.
  it('gives each name under its own label, joined', () => {
    const cleaned = clean(page('By —', 'Yuki Noguchi\nYuki Noguchi\nBy —\nTom Ellis\nTom Ellis'));
    expect(cleaned.metadata.byline).toBe('Yuki Noguchi and Tom Ellis');
    expect(cleaned.removedLines.filter((line) => line.reason === 'byline').map((line) => line.text)).toEqual(['By —', 'Yuki Noguchi', 'By —', 'Tom Ellis']);
  });
});
