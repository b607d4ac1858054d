// White space as the tokenizer tells it by char codes (text/word-end.ts).
import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/text/word-end.js';

describe('isSpace', () => {
  it('is the regex class \\s on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpace(code)).toBe(/\s/u.test(String.fromCharCode(code)));
  });
});
