// The fit scripts' --check (scripts/generated-file.ts): the committed table against the one a fit gives now.
// The fits themselves need ../shared/bench, which CI lacks; `npm run train:clean -- --check` and
// `npm run fit:sentiment -- --check` run them where it is.
import { describe, expect, it } from 'vitest';
import { generatedDifference } from '../../scripts/generated-file.js';

const table = (values: Record<string, number>): string =>
  ['// Generated: do not edit by hand.', 'export const TABLE = {', ...Object.entries(values).map(([word, value]) => `  "${word}": ${value},`), '};', ''].join('\n');

describe('generatedDifference', () => {
  it('is null when the refit gives the committed text', () => {
    expect(generatedDifference(table({ calm: 1.2, storm: -2 }), table({ calm: 1.2, storm: -2 }))).toBeNull();
  });

  it('pairs each committed line the refit moved with its new value, in file order', () => {
    const committed = table({ calm: 1.2, quiet: 0.4, storm: -2 });
    const refitted = table({ calm: 1.21, quiet: 0.4, storm: -1.99 });
    expect(generatedDifference(committed, refitted)).toBe(
      ['2 of the committed lines and 2 of the refitted differ:', '-   "calm": 1.2,', '+   "calm": 1.21,', '-   "storm": -2,', '+   "storm": -1.99,'].join('\n'),
    );
  });

  it('lists entries the refit drops or adds, each counted as often as it occurs', () => {
    const committed = table({ calm: 1.2, storm: -2 }) + '  0,\n';
    const refitted = table({ calm: 1.2, gale: -1.5, storm: -2 }) + '  0,\n  0,\n';
    expect(generatedDifference(committed, refitted)).toBe(['0 of the committed lines and 2 of the refitted differ:', '+   "gale": -1.5,', '+   0,'].join('\n'));
  });

  it('shows at most eight lines each way, and cuts a long line', () => {
    const many = (shift: number) => table(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`w${i}`, i + shift])));
    const lines = generatedDifference(many(0), many(0.5))!.split('\n');
    expect(lines[0]).toBe('20 of the committed lines and 20 of the refitted differ:');
    expect(lines.filter((line) => line.startsWith('-'))).toHaveLength(8);
    expect(lines.at(-1)).toBe('(the first 8 of each shown)');
    const long = generatedDifference(`bodyMean: [${'0.5, '.repeat(40)}]\n`, `bodyMean: [${'0.25, '.repeat(40)}]\n`)!;
    expect(long.split('\n')[1]).toMatch(/^- bodyMean: \[0\.5, .{90,}…$/);
    expect(long.split('\n')[1]!.length).toBe(112);
  });

  it('says so when the lines are the same in another order', () => {
    expect(generatedDifference(table({ calm: 1, storm: -2 }), table({ storm: -2, calm: 1 }))).toBe('the same lines in another order');
  });
});
