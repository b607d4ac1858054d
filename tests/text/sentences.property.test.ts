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
  // Chinese and Japanese characters and their punctuation, between which a line break joins with nothing: Han and kana
  // by script, the radicals (U+2E80…) and the ideographs past U+FFFF ("𠀀") too, and the marks written among kana that are
  // no kana by script (the long-vowel mark, the middle dot, the voiced marks, their half-width forms).
  const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3099-\u309c\u30a0\u30fb\u30fc\uff70\uff9e\uff9f\u3001-\u303f\uff01-\uff60]`;
  const cjkBreak = new RegExp(`(?<=${CJK})\n(?=${CJK})`, 'gu');
  const oracle = (text: string): string =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
      .replace(cjkBreak, '')
      .replace(/\n/g, ' ');
  const cjkLines = fc.array(fc.constantFrom('港湾', '計画を', '承認した。', '「', 'ー', '，', '𠮷野家', '⼈', 'iPhone', ' ', '\n', '  \n', '한국', '😀'), { maxLength: 12 }).map((parts) => parts.join(''));

  it('joins lines with single spaces, with nothing between Chinese or Japanese characters, keeping every non-space character', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, cjkLines), (text) => {
        const joined = unwrapLines(text);
        expect(joined).not.toContain('\n');
        expect(joined).toBe(joined.trim());
        expect(withoutSpace(joined)).toBe(withoutSpace(text));
        expect(joined).toBe(oracle(text));
      }),
      { numRuns: 500 },
    );
  });

  it('joins a CJK radical or an ideograph past U+FFFF with nothing, as the ideographs of the BMP (seed -412599285 drew "⺀\\n𠀀")', () => {
    expect(unwrapLines('⺀\n𠀀')).toBe('⺀𠀀');
    expect(unwrapLines('中\n𠀀')).toBe('中𠀀');
    expect(unwrapLines('𠮷\n野家')).toBe('𠮷野家');
    expect(unwrapLines('中\n😀')).toBe('中 😀');
  });

  it('joins a wrapped Chinese or Japanese line to the one before with nothing, and other scripts with a space', () => {
    expect(unwrapLines('中国经济增\n长放缓。')).toBe('中国经济增长放缓。');
    expect(unwrapLines('市議会は、\n新しい計画を承認した。\n「港」は')).toBe('市議会は、新しい計画を承認した。「港」は');
    expect(unwrapLines('Apple の\niPhone が\n売れた')).toBe('Apple の iPhone が売れた');
    expect(unwrapLines('서울시는\n계획을')).toBe('서울시는 계획을');
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
