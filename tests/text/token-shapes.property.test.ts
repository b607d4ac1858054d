// Properties of the tokens that are no plain word (text/token-shapes.ts): instrument codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { isInstrumentCode } from '../../src/text/token-shapes.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

describe('instrument codes', () => {
  // Codes, and pieces of them, words and numbers, with what stands between words in news text. (A code of
  // one letter before a full stop, "C.N.", is an acronym: tokenize.test.ts.)
  const piece = fc.constantFrom('VOD.L', 'RDSa.L', '.DJI', '.N225', 'EUR=', 'EUR=EBS', 'US10YT=RR', 'CLc1', '7203.T', 'GOOG.O', 'VOD', '.L', '=', 'L', 'U.S.', 'U.S', 'D.C', 'E.ON', '3.5', 'a.m.', 'Amazon.com', 'oil', 'Shell', "isn't");
  const separator = fc.constantFrom(' ', ' ', ' (', ') ', ', ', '. ', ' - ');
  it('a code standing alone is one token and no word, and leaves the tokens around it as they are without it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, separator), { maxLength: 20 }), (parts) => {
        const tokens = tokenizeWords(parts.flat().join(''), options);
        const codes = tokens.filter((t) => !t.word.isWord && /\p{L}/u.test(t.word.surface)).map((t) => t.word.surface);
        expect(codes).toEqual(parts.map(([p]) => p).filter(isInstrumentCode));
        const withoutCodes = parts.map(([p, s]) => [isInstrumentCode(p) ? '' : p, s]).flat().join('');
        expect(tokens.filter((t) => !isInstrumentCode(t.word.surface)).map((t) => t.word.surface)).toEqual(tokenizeWords(withoutCodes, options).map((t) => t.word.surface));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a full stop without its space', () => {
  it('"I" or "A" after a lowercase word, a code-shaped acronym and a dot, before a lowercase word, are words; after a name they make a code', () => {
    const shape = fc.stringMatching(/^[A-Z][A-Z0-9]{1,6}$/);
    const lowercase = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(lowercase, shape, fc.constantFrom('I', 'A'), lowercase, (before, acronym, letter, next) => {
        expect(tokenizeWords(`${before} ${acronym}.${letter} ${next}`, options).map((t) => t.word.surface)).toEqual([before, acronym, letter, next]);
        const code = `${acronym}.${letter}`;
        expect(tokenizeWords(`Acme ${code} ${next}`, options).map((t) => t.word.surface)).toEqual(isInstrumentCode(code) ? ['Acme', code, next] : ['Acme', acronym, letter, next]);
      }),
      { numRuns: 300 },
    );
  });
});
