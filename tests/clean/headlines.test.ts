import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyVocabulary, overlapWithBody } from '../../src/clean/headlines.js';
import { wordsAt, wordsOf } from '../../src/clean/lines.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { wordLookup, wordRangeLookup } from '../../src/text/tokenize.js';

const vocabulary = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
const wordOf = wordLookup(vocabulary);
const wordAt = wordRangeLookup(vocabulary);

const word = fc.oneof(fc.constantFrom('Banks', 'banking', 'company’s', "company's", 'won’t', 'RATES', 'São', 'the', 'of', "mother-in-law's", 'state-owned'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }));
const lineOf = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));

describe('overlapWithBody', () => {
  it('is the share of the lowercased non-stopwords whose stem the body has, read from the word records', () => {
    fc.assert(
      fc.property(lineOf, fc.array(word, { maxLength: 12 }), (line, bodyWords) => {
        const bodyStems = new Set(bodyWords.map((w) => vocabulary.stem(w.toLowerCase())));
        const content = wordsOf(line).words.map((w) => w.toLowerCase()).filter((w) => !vocabulary.stopwords.has(w));
        const expected = content.length ? content.filter((w) => bodyStems.has(vocabulary.stem(w))).length / content.length : 0;
        expect(overlapWithBody(wordsOf(line).words.map(wordOf), bodyStems, vocabulary)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bodyVocabulary', () => {
  it("is the stems of the lowercased words, curly apostrophes and all, from the cleaner's words of each line", () => {
    fc.assert(
      fc.property(fc.array(lineOf, { maxLength: 6 }), (lines) => {
        const expected = new Set(lines.flatMap((line) => wordsOf(line).words).map((w) => vocabulary.stem(w.toLowerCase())));
        expect(bodyVocabulary(lines.map((line) => wordsAt(line, wordAt, (w) => w.surface)), vocabulary)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
