import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyVocabulary } from '../../src/clean/headlines.js';
import { wordsOf } from '../../src/clean/lines.js';
import { stemmerFor, stopwordSet } from '../../src/language.js';
import { wordLookup } from '../../src/tokenize.js';

const vocabulary = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
const wordOf = wordLookup(vocabulary);

describe('bodyVocabulary', () => {
  it('is the stems of the lowercased words, curly apostrophes and all', () => {
    const word = fc.oneof(fc.constantFrom('Banks', 'banking', 'company’s', "company's", 'won’t', 'RATES', 'São'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }).map((words) => words.join(' ')), { maxLength: 6 }), (lines) => {
        const words = lines.map((line) => wordsOf(line).words);
        const expected = new Set(words.flat().map((w) => vocabulary.stem(w.toLowerCase())));
        expect(bodyVocabulary(words.map((line) => line.map(wordOf)), vocabulary)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
