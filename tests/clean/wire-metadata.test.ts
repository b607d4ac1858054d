// Wire copy's metadata as agencies and papers in other languages write it: bylines naming an agency,
// date lines, datelines and source lines. Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { describeLine } from '../../src/clean/lines.js';
import { liftMetadata } from '../../src/clean/metadata.js';
import { emptyMetadata } from '../../src/ingest/index.js';
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

describe('a date line with its place, time and time zone in another language', () => {
  it.each([
    ['Madrid, 28 de noviembre de 2026 - 09:45 CET', '2026-11-28T09:45'],
    ['Buenos Aires, 28 de noviembre de 2026 a las 09:45 horas', '2026-11-28T09:45'],
    ['Lyon, le jeudi 3 décembre 2026 à 09h45 CET', '2026-12-03T09:45'],
    ['Frankfurt am Main, Donnerstag, 3. Dezember 2026, 09.45 Uhr MEZ', '2026-12-03T09:45'],
    ['Lisboa, 3 de dezembro de 2026 às 09h45 WET', '2026-12-03T09:45'],
    ['Roma, giovedì 3 dicembre 2026 alle ore 09:45 CET', '2026-12-03T09:45'],
    ['Amsterdam, donderdag 3 december 2026 om 09.45 uur CET', '2026-12-03T09:45'],
  ])('reads "%s"', (text, date) => {
    const metadata = emptyMetadata();
    expect(liftMetadata(describeLine(1, text, new Set(['de', 'la', 'le', 'am', 'om'])), metadata, 0.1)).toBe('date line');
    expect(metadata.date).toBe(date);
  });

  it('reads no sentence that opens with a place and holds a date', () => {
    const text = 'Madrid, 28 de noviembre de 2026: el museo abre sus puertas';
    expect(liftMetadata(describeLine(1, text, new Set(['de', 'el', 'sus'])), emptyMetadata(), 0.1)).toBeNull();
  });
});
