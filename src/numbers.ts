// The precision of every number the run writes, shared by the stages that compute a value and
// the reports that print it (a label is given to the score as printed: analyze/sentiment-rules.ts).

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * Rounds for stable, readable output: the same run gives byte-identical files on any machine.
 * The value is Number(value.toFixed(digits)), computed without the string round trip when that
 * is exact (a run rounds about 200 numbers per article; 0.15-0.23 µs each through the string,
 * 0.02 µs without, in-process): the scaled value's integers are exact below 2^52, and away from a
 * tie its error (at most |scaled| * 2^-53) cannot change which integer is nearest; that integer
 * divided by the power of ten is then the double nearest the decimal toFixed writes, as its parse is.
 */
export const round = (value: number, digits = 6): number => {
  const scale = POWERS_OF_TEN[digits];
  const scaled = scale === undefined ? NaN : value * scale;
  const rounded =
    Math.abs(scaled) < 2 ** 52 && Math.abs(scaled - Math.floor(scaled) - 0.5) > Math.abs(scaled) * 2 ** -51 + 2 ** -40
      ? Math.round(scaled) / scale!
      : Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** Decimals of the sentiment scores in the reports and report.json. */
const SENTIMENT_DIGITS = 4;

/**
 * A sentiment score as the reports print it. Labels are given to this value, not to the score
 * before rounding (analyze/sentiment-rules.ts labelFor): 0.04996 prints as 0.05 and was labelled
 * neutral at the threshold 0.05.
 */
export const sentimentScore = (value: number): number => round(value, SENTIMENT_DIGITS);
