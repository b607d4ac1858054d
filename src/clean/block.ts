// The article is one block of lines: the contiguous run whose body evidence outweighs the chrome
// inside it most (a maximum-sum segment). Long body-like lines count for more than short ones, and
// every line not likely body costs at least GAP_COST, so a run of menu lines splits two blocks;
// a run of CHROME_RUN_LINES such lines always does.

export interface ScoredLine {
  probability: number;
  words: number;
  /** Lines removed by rule right before this one (repeated chrome, metadata): they count towards a run of chrome. */
  removedBefore: number;
}

const GAP_COST = 4;
const MAX_LINE_WEIGHT = 60;
// A dozen lines in a row that are clearly not body (a menu, a "most popular" box) end any block:
// strong teasers of other stories after them must not pay for the gap and join the article.
const CHROME_RUN_LINES = 12;
const CHROME_PROBABILITY = 0.1;

/** First and last index of the main block, or null when no line's probability reaches the threshold. */
export function mainBlock(lines: readonly ScoredLine[], threshold = 0.5): { first: number; last: number } | null {
  let best: { first: number; last: number; sum: number } | null = null;
  let sum = 0;
  let start = 0;
  let chromeRun = 0;
  lines.forEach((line, i) => {
    const gain = (line.probability - threshold) * (GAP_COST + Math.min(line.words, MAX_LINE_WEIGHT));
    chromeRun = line.probability < CHROME_PROBABILITY ? chromeRun + line.removedBefore + 1 : 0;
    if (chromeRun >= CHROME_RUN_LINES) sum = 0;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gain;
    if (sum > 0 && (!best || sum > best.sum)) best = { first: start, last: i, sum };
  });
  return best;
}
