// Properties of the tokenizer on any string: no exception, nothing invented, nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemmerFor, stopwordSet } from '../src/language.js';
import { splitSentences, tokenizeArticle, tokenizeWords, unwrapLines } from '../src/tokenize.js';
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
          const at = text.indexOf(token.surface, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + token.surface.length;
          expect(token.surface).not.toMatch(/\s/u);
          expect(token.lower).toBe(token.surface.toLowerCase());
          expect(token.hasLetter).toBe(/\p{L}/u.test(token.surface));
        }
      }),
      { numRuns: 500 },
    );
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
          for (const token of sentence.tokens) expect(sentence.text).toContain(token.surface);
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
