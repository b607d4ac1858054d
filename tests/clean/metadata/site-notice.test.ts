// What src/clean/metadata/site-notice.ts reads off a page's lines alone; page-source.test.ts reaches the rest through whole pages.
import { describe, expect, it } from 'vitest';
import { describeLine } from '../../../src/clean/lines.js';
import { nameAsPageWritesIt } from '../../../src/clean/metadata/site-notice.js';
import { stopwordSet } from '../../../src/text/language.js';

const stopwords = stopwordSet('en');
const page = (...texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, stopwords));

describe('nameAsPageWritesIt', () => {
  it('gives a capitals masthead as another line writes it in capitals and lower case', () => {
    expect(nameAsPageWritesIt('HARBOUR GLOBE', page('HARBOUR GLOBE', 'Photo: Agência Harbour Globe'))).toBe('Harbour Globe');
  });

  it('finds it after a letter whose lower case is longer ("İ" → "i̇")', () => {
    expect(nameAsPageWritesIt('HARBOUR GLOBE', page('HARBOUR GLOBE', 'Foto: İlker Demir / Harbour Globe'))).toBe('Harbour Globe');
  });

  it('keeps the capitals when no line writes it otherwise, or only inside a longer word', () => {
    expect(nameAsPageWritesIt('HARBOUR GLOBE', page('HARBOUR GLOBE', 'The HARBOUR GLOBE team'))).toBe('HARBOUR GLOBE');
    expect(nameAsPageWritesIt('HARBOUR GLOBE', page('HARBOUR GLOBE', 'Read the Harbour Globetrotter column'))).toBe('HARBOUR GLOBE');
  });

  it('leaves a name already in lower case as it is, however another line writes it', () => {
    expect(nameAsPageWritesIt('Harbour Globe', page('HARBOUR GLOBE', 'Photo: Harbour GLOBE'))).toBe('Harbour Globe');
  });
});
