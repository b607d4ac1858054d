// Word records shared per surface and their readings in place (text/word-records.ts).
import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { modalsFor, runStopwords, stemmerFor } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

describe('word records and their readings in place (acronym, modal)', () => {
  // V8's own test of hidden classes: a reading with another class than its record made the optimised
  // code of every function reading words deoptimise once per thread, after the warm-up (docs/scale-history.md, session 24).
  setFlagsFromString('--allow-natives-syntax');
  const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
  const english = { stopwords: runStopwords({ language: 'en', stopwords: { newsWords: true, extra: [] } }), stem: stemmerFor('en'), modals: modalsFor({ stopwords: { newsWords: true, extra: [] } }, 'en') };
  const wordOf = (text: string, surface: string) => tokenizeWords(text, english).find((t) => t.word.surface === surface)!.word;

  it('share the hidden class of the records, with the same fields in the same order', () => {
    const record = wordOf('The harbour was quiet.', 'harbour');
    const modal = wordOf('Prices may rise.', 'may');
    const acronym = wordOf('The WHO said so.', 'WHO');
    expect([modal.modal, acronym.isStopword]).toEqual([true, false]);
    for (const reading of [modal, acronym]) {
      expect(Object.keys(reading)).toEqual(Object.keys(record));
      expect(haveSameMap(reading, record)).toBe(true);
    }
  });
});
