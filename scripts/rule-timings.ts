// The pure part of `npm run bench:rules`: each rule's test run over every line, its best time over
// the rounds and how many lines it holds for, as a table sorted slowest first.

/** A rule to time: where it is listed, its name (the test function's), the reason it removes lines for, and its test. */
export interface TimedRule<L> {
  list: string;
  name: string;
  reason: string;
  test: (line: L) => boolean;
}

export interface RuleTiming {
  list: string;
  name: string;
  reason: string;
  /** The best round's milliseconds over all the lines. */
  ms: number;
  /** How many lines the test holds for. */
  matches: number;
  /** Microseconds per 1,000 lines (the best round). */
  usPer1000Lines: number;
}

/**
 * Each rule's test over every line, `rounds` times (each round runs every rule in turn, so the
 * host's load falls on all of them alike), slowest first by the best round; `clock` in ms.
 */
export function timeRules<L>(rules: ReadonlyArray<TimedRule<L>>, lines: readonly L[], rounds: number, clock: () => number = () => performance.now()): RuleTiming[] {
  const best = rules.map(() => Infinity);
  const matches = rules.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    rules.forEach((rule, r) => {
      let count = 0;
      const start = clock();
      for (const line of lines) if (rule.test(line)) count++;
      best[r] = Math.min(best[r]!, clock() - start);
      matches[r] = count;
    });
  }
  return rules
    .map(({ list, name, reason }, r) => ({ list, name, reason, ms: best[r]!, matches: matches[r]!, usPer1000Lines: lines.length ? (best[r]! * 1e6) / lines.length : 0 }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
}

/** The first `top` timings as a text table, with the total over all of them. */
export function timingTable(timings: readonly RuleTiming[], top: number): string {
  const rows = timings.slice(0, top).map((t) => [`${t.name} (${t.list}: ${t.reason})`, t.ms.toFixed(1), String(t.matches), t.usPer1000Lines.toFixed(1)]);
  const totalMs = timings.reduce((sum, t) => sum + t.ms, 0);
  const totalUs = timings.reduce((sum, t) => sum + t.usPer1000Lines, 0);
  rows.push([`total (${timings.length} rules)`, totalMs.toFixed(1), String(timings.reduce((sum, t) => sum + t.matches, 0)), totalUs.toFixed(1)]);
  const header = ['rule', 'ms', 'matches', 'µs/1k lines'];
  const width = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  const format = (row: readonly string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(width[c]!) : cell.padStart(width[c]!))).join('  ');
  return [format(header), ...rows.map(format)].join('\n');
}
