// The fit scripts' tables (src/clean/weights.ts, src/analyze/sentiment-learned.ts, data/sentiment-*.txt) are
// generated files: with --check a fit compares what it would write with the committed file and writes nothing. A table fitted
// before a later change to the code it is fitted through stops coming out of its script, and nothing had
// said so (session 43 found both tables so: docs/cleaning-history.md, "Learned weights refitted").
import { existsSync, readFileSync } from 'node:fs';

/** Differing lines shown at most, each way. */
const SHOWN = 8;
/** Characters of a differing line shown (weights.ts's bodyMean is one long line). */
const WIDTH = 110;

/**
 * The lines of `committed` that `generated` lacks and those it adds (each counted as often as it occurs),
 * as "- line" / "+ line" pairs in file order, at most SHOWN of each; null when the texts are the same.
 */
export function generatedDifference(committed: string, generated: string): string | null {
  if (committed === generated) return null;
  const removed = linesNotIn(committed, generated);
  const added = linesNotIn(generated, committed);
  const shown: string[] = [];
  for (let i = 0; i < Math.min(SHOWN, Math.max(removed.length, added.length)); i++) {
    if (i < removed.length) shown.push(`- ${clip(removed[i]!)}`);
    if (i < added.length) shown.push(`+ ${clip(added[i]!)}`);
  }
  const more = Math.max(removed.length, added.length) > SHOWN ? [`(the first ${SHOWN} of each shown)`] : [];
  const summary = removed.length || added.length ? `${removed.length} of the committed lines and ${added.length} of the refitted differ` : 'the same lines in another order';
  return [shown.length ? `${summary}:` : summary, ...shown, ...more].join('\n');
}

function linesNotIn(text: string, other: string): string[] {
  const left = new Map<string, number>();
  for (const line of other.split('\n')) left.set(line, (left.get(line) ?? 0) + 1);
  return text.split('\n').filter((line) => {
    const count = left.get(line) ?? 0;
    left.set(line, count - 1);
    return count <= 0;
  });
}

const clip = (line: string): string => (line.length > WIDTH ? `${line.slice(0, WIDTH - 1)}…` : line);

/**
 * `--check`: says whether the committed `path` is `generated`, what `command` would write, and exits:
 * 0 when it is, 1 with the differing lines when not. Nothing is written.
 */
export function checkGenerated(path: string, generated: string, command: string): never {
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const difference = generatedDifference(committed, generated);
  if (difference === null) {
    console.log(`${path} is what \`${command}\` fits now.`);
    process.exit(0);
  }
  console.log(`${path} is not what \`${command}\` fits now: ${difference}`);
  console.log(`\`${command}\` rewrites it; measure the refit before committing it.`);
  process.exit(1);
}
