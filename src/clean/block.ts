// The article is one block of lines: the contiguous run whose body evidence outweighs the chrome
// inside it most (a maximum-sum segment). Long body-like lines count for more than short ones, and
// every line not likely body costs at least GAP_COST, so a run of menu lines splits two blocks.

export interface ScoredLine {
  probability: number;
  words: number;
}

const GAP_COST = 4;
const MAX_LINE_WEIGHT = 60;

/** First and last index of the main block, or null when no line's probability reaches the threshold. */
export function mainBlock(lines: readonly ScoredLine[], threshold = 0.5): { first: number; last: number } | null {
  let best: { first: number; last: number; sum: number } | null = null;
  let sum = 0;
  let start = 0;
  lines.forEach((line, i) => {
    const gain = (line.probability - threshold) * (GAP_COST + Math.min(line.words, MAX_LINE_WEIGHT));
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gain;
    if (sum > 0 && (!best || sum > best.sum)) best = { first: start, last: i, sum };
  });
  return best;
}
