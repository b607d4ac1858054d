import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineKey } from '../../src/clean/page-keys.js';

describe('lineKey', () => {
  it('folds case, digits and spacing so repeated chrome matches across articles', () => {
    expect(lineKey('  Updated 12:30  PM ')).toBe(lineKey('updated 9:05 pm'));
    expect(lineKey('Share')).not.toBe(lineKey('Shares'));
  });

  it('is the text trimmed, lowercased, with digit runs as 0 and white space runs as one space', () => {
    const character = fc.constantFrom('a', 'B', 'İ', '1', '٣', '0', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\n', '.', '𝟏');
    const text = fc.oneof(fc.array(character, { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(text, (line) => {
        expect(lineKey(line)).toBe(line.trim().toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});
