import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_VALENCES } from '../../src/analyze/sentiment-context.js';
import { EMBEDDED_VALENCES } from '../../src/analyze/sentiment-embedded.js';
import { ValenceTable } from '../../src/analyze/valence-table.js';

/** The plain reading: the word before a line's first space, the valence up to the next space, later lines winning. */
function reference(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [word, valence] = line.split(' ');
    if (word && valence !== undefined) map.set(word, Number(valence));
  }
  return map;
}

const expectSame = (table: ValenceTable, expected: Map<string, number>, probes: readonly string[] = []) => {
  expect(table.size).toBe(expected.size);
  expect([...table]).toEqual([...expected]);
  for (const [word, valence] of expected) {
    expect(table.has(word)).toBe(true);
    expect(table.get(word)).toBe(valence);
  }
  for (const probe of probes) expect(table.get(probe)).toBe(expected.get(probe));
};

describe('ValenceTable', () => {
  it('reads the generated tables as a Map of their lines would', () => {
    for (const text of [EMBEDDED_VALENCES, CONTEXT_VALENCES]) {
      const expected = reference(text);
      expect(expected.size).toBeGreaterThan(20_000);
      expectSame(new ValenceTable(text), expected, ['', 'zzzz-not-a-word', 'constructor']);
    }
  });

  it('reads any lines as a Map would: repeated words keep their last valence, lines without a word are skipped', () => {
    const word = fc.stringMatching(/^[a-z'-]{0,6}$/);
    const line = fc.oneof(
      fc.tuple(word, fc.double({ noNaN: true, noDefaultInfinity: true })).map(([w, v]) => `${w} ${v}`),
      fc.tuple(word, fc.integer({ min: -9, max: 9 }), word).map(([w, v, rest]) => `${w} ${v} ${rest}`),
      word,
      word.map((w) => ` ${w} 1`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.boolean(), fc.array(word, { maxLength: 10 }), (lines, finalNewline, probes) => {
        const text = lines.join('\n') + (finalNewline ? '\n' : '');
        expectSame(new ValenceTable(text), reference(text), probes);
      }),
      { numRuns: 300 },
    );
  });
});
