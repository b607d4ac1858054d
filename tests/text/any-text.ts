// Any Unicode, and text built from the characters the tokenizer's rules turn on: shared by the tokenizer's property tests.
import fc from 'fast-check';

export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom('a', 'B', 'é', '1', '.', ',', '!', '?', '…', "'", '’', '-', '"', '“', ')', ' ', '\n', 'Mr', 'U.S.', ' The ', '\u0301', '\u200d', '👍', 'ש', 'com', 'co', 'St', 'Inc', '/', 'VOD', 'L', 'DJI', 'c1', '=', '(', 'Oa'),
    maxLength: 120,
  }),
);

export const withoutSpace = (text: string): string => text.replace(/\s+/gu, '');
