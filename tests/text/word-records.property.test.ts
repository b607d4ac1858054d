// Properties of the shared word records (text/word-records.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';
import { wordLookup } from '../../src/text/word-records.js';
import { anyText } from './any-text.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

describe('token records', () => {
  it('a token has one record per surface, with its forms, and a break where the gap has punctuation', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenizeWords(text, options);
        let from = 0;
        tokens.forEach((token, i) => {
          const { surface, stem, isStopword } = token.word;
          const straight = surface.toLowerCase().replace(/’/g, "'");
          expect({ stem, isStopword }).toEqual({ stem: options.stem(straight), isStopword: options.stopwords.has(surface.toLowerCase()) || options.stopwords.has(straight) });
          if (surface.length <= 64) expect(wordLookup(options)(surface)).toBe(token.word);
          const at = text.indexOf(surface, from);
          // The same test as the regex it replaced, on the text between this token and the last.
          expect(token.breakBefore).toBe(i > 0 && /[^\s]/u.test(text.slice(from, at)));
          from = at + surface.length;
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the cleaner and the tokenizer share the records when they share the stopwords and the stem function', () => {
    const same = wordLookup({ stopwords: options.stopwords, stem: options.stem });
    expect(same('Markets')).toBe(wordLookup(options)('Markets'));
    expect(wordLookup({ stopwords: new Set(['markets']), stem: options.stem })('Markets').isStopword).toBe(true);
    expect(same('Markets').isStopword).toBe(false);
  });
});
