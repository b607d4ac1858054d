// Properties of the tokenizer on any string: no exception, nothing invented, nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemmerFor, stopwordSet } from '../src/language.js';
import { isSpace, splitSentences, tokenizeArticle, tokenizeWords, unwrapLines, wordLookup } from '../src/tokenize.js';
import type { CleanArticle } from '../src/types.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

// Any Unicode, and text built from the characters the tokenizer's rules turn on.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom('a', 'B', 'é', '1', '.', ',', '!', '?', '…', "'", '’', '-', '"', '“', ')', ' ', '\n', 'Mr', 'U.S.', ' The ', '\u0301', '\u200d', '👍', 'ש'),
    maxLength: 120,
  }),
);

const withoutSpace = (text: string): string => text.replace(/\s+/gu, '');

describe('tokenizeWords', () => {
  it('tokens are the substrings of the text, in order, without spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let from = 0;
        for (const token of tokenizeWords(text, options)) {
          const at = text.indexOf(token.word.surface, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + token.word.surface.length;
          expect(token.word.surface).not.toMatch(/\s/u);
          expect(token.word.lower).toBe(token.word.surface.toLowerCase());
          expect(token.word.hasLetter).toBe(/\p{L}/u.test(token.word.surface));
        }
      }),
      { numRuns: 500 },
    );
  });
});

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

describe('isSpace', () => {
  it('is the regex class \\s on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpace(code)).toBe(/\s/u.test(String.fromCharCode(code)));
  });
});

describe('splitSentences', () => {
  it('sentences are trimmed, non-empty, and together hold every non-space character of the paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const paragraph = unwrapLines(text);
        const sentences = splitSentences(paragraph, options.stopwords);
        for (const sentence of sentences) {
          expect(sentence).toBe(sentence.trim());
          expect(sentence).not.toBe('');
        }
        expect(withoutSpace(sentences.join(''))).toBe(withoutSpace(paragraph));
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenizeArticle', () => {
  it('any body: sentences are one line each, tokens come from their sentence', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const article: CleanArticle = { id: 'x', sourceFile: 'x.txt', encoding: 'utf-8', metadata: { title: null, date: null, byline: null, source: null, url: null }, body, removedLines: [], warnings: [] };
        const { sentences } = tokenizeArticle(article, options);
        sentences.forEach((sentence, i) => {
          expect(sentence.index).toBe(i);
          expect(sentence.text).not.toContain('\n');
          for (const token of sentence.tokens) expect(sentence.text).toContain(token.word.surface);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('unwrapLines', () => {
  it('joins lines with single spaces, keeping every non-space character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const joined = unwrapLines(text);
        expect(joined).not.toContain('\n');
        expect(joined).toBe(joined.trim());
        expect(withoutSpace(joined)).toBe(withoutSpace(text));
      }),
    );
  });
});
