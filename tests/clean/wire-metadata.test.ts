// Wire copy's metadata as agencies and papers in other languages write it: bylines naming an agency,
// date lines, datelines and source lines. Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('a byline naming a news agency alone', () => {
  it.each([
    ['Par AFP', 'PARIS, 3 décembre 2026 (AFP) - Le gouvernement a présenté mercredi un plan de rénovation des écoles.', 'AFP'],
    ['Por EFE', 'Lima, 3 dic (EFE).- El Gobierno presentó este miércoles un plan para renovar las escuelas del país.', 'EFE'],
    ['Von dpa', 'Berlin (dpa) - Die Bundesregierung hat am Mittwoch einen Plan zur Sanierung der Schulen vorgestellt.', 'dpa'],
    ['By Reuters', 'The government presented a plan on Wednesday to renovate the country’s schools over five years.', 'Reuters'],
  ])('"%s" gives the source and no byline', (byline, lede, agency) => {
    const text = `Schools plan presented\n${byline}\n\n${lede}\n\nThe plan will cost about two billion over five years and covers some 400 buildings.\n\nTeachers' unions welcomed the plan but said it came too late.\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: null, source: agency });
    expect(cleaned.removedLines.find((line) => line.text === byline)?.kind).toBe('metadata');
  });
});
