// Properties of the sentence splitter on any string: nothing lost, nothing empty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { splitSentences, unwrapLines } from '../../src/text/sentences.js';
import { anyText, withoutSpace } from './any-text.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

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
