// bench:rules' table (scripts/rule-timings.ts): sorted by the best round, matches counted, the
// total over every rule. The clock is a counter the invented tests advance, so nothing is timed.
import { describe, expect, it } from 'vitest';
import { timeRules, timingTable, type TimedRule } from '../../scripts/rule-timings.js';
import { LINE_RULES } from '../../src/clean/line-rules.js';

const LINES = ['Share this story', 'The council met on Tuesday.', 'Advertisement', 'Share on Facebook', 'Votes were counted.'];

describe('timeRules', () => {
  let now = 0;
  const clock = () => now;
  /** A rule whose test advances the clock by `cost` per line and holds for lines starting with `prefix`. */
  const rule = (name: string, cost: number, prefix: string): TimedRule<string> => ({
    list: 'anywhere',
    name,
    reason: `${name} reason`,
    test: (line) => {
      now += cost;
      return line.startsWith(prefix);
    },
  });

  it('lists the rules slowest first, with their matches and time per 1,000 lines', () => {
    const timings = timeRules([rule('isCheap', 1, 'Advertisement'), rule('isDear', 4, 'Share'), rule('isMiddling', 2, 'Nothing')], LINES, 3, clock);
    expect(timings.map((t) => [t.name, t.ms, t.matches])).toEqual([
      ['isDear', 20, 2],
      ['isMiddling', 10, 0],
      ['isCheap', 5, 1],
    ]);
    expect(timings[0]!.usPer1000Lines).toBe((20 * 1e6) / LINES.length);
    expect(timings[0]!.reason).toBe('isDear reason');
  });

  it('keeps the best round, and breaks ties by name', () => {
    let calls = 0;
    // 10 per line in the first round, 1 after.
    const slowFirst: TimedRule<string> = { list: 'afterArticle', name: 'isB', reason: 'b', test: () => ((now += ++calls <= LINES.length ? 10 : 1), false) };
    const timings = timeRules([slowFirst, rule('isA', 1, 'x')], LINES, 2, clock);
    expect(timings.map((t) => [t.name, t.ms])).toEqual([
      ['isA', 5],
      ['isB', 5],
    ]);
  });
});

describe('timingTable', () => {
  const timing = (name: string, ms: number, matches: number) => ({ list: 'anywhere', name, reason: `${name} reason`, ms, matches, usPer1000Lines: ms * 10 });

  it('shows the first rules and the total over all of them', () => {
    const table = timingTable([timing('isDear', 3, 2), timing('isMiddling', 2, 1), timing('isCheap', 1, 4)], 2).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^rule +ms +matches +µs\/1k lines$/);
    expect(table[1]).toMatch(/^isDear \(anywhere: isDear reason\) +3\.0 +2 +30\.0$/);
    expect(table[2]).toMatch(/^isMiddling /);
    expect(table[3]).toMatch(/^total \(3 rules\) +6\.0 +7 +60\.0$/);
  });
});

describe("the cleaner's line rules", () => {
  it('each have a test with a name of its own, which the table shows', () => {
    const names = Object.values(LINE_RULES).flatMap((rules) => rules.map(([test]) => test.name));
    expect(names.filter((name) => name === '')).toEqual([]);
  });
});
