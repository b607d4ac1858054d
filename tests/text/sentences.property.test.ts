// Properties of the sentence splitter on any string: nothing lost, nothing empty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { runBeforeDot, splitSentences, unwrapLines } from '../../src/text/sentences.js';
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

describe('runBeforeDot', () => {
  // What it reads back by char code: the regex it replaced, over the 40 code units before the dot.
  const oracle = (text: string, dot: number): number => {
    const slice = text.slice(Math.max(0, dot - 40), dot);
    return dot - (/(?<![\p{L}\p{N}.])[\p{L}\p{N}.]*$/u.exec(slice)?.[0] ?? '').length;
  };
  // Letters and numbers of both planes, dots, and surrogates alone or cut off by the reach's edge.
  const runs = fc.string({ unit: fc.constantFrom('a', 'É', '1', '٣', '.', ' ', ',', '𝐀', '𝟙', '😀', '\ud835', '\udc00', 'abcdefghij'), maxLength: 40 });
  it('gives where the regex [\\p{L}\\p{N}.]*$ over the 40 code units before the dot starts its match', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, runs), fc.nat(), (text, at) => {
        const dot = text.length ? at % (text.length + 1) : 0;
        expect(runBeforeDot(text, dot)).toBe(oracle(text, dot));
      }),
      { numRuns: 3000 },
    );
  });
});
