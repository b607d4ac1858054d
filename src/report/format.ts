// Number formats shared by the reports, summary.html and the terminal summary, fixed so output
// never depends on the machine's locale.

/** Rounds for stable, readable output: the same run gives byte-identical files on any machine. */
export const round = (value: number, digits = 6): number => {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** 12345 -> "12,345". */
export const thousands = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A sentiment score with its sign and two decimals: "+0.25", "-0.40", "0.00". */
export const signedScore = (value: number): string => (value > 0 ? `+${value.toFixed(2)}` : value.toFixed(2));

/** A word that moved a sentence's score, as sentences.csv and the article cards show it: `crisis (-2.8)`. */
export const sentimentDriver = (driver: { word: string; contribution: number }): string =>
  `${driver.word} (${driver.contribution > 0 ? '+' : ''}${round(driver.contribution, 2)})`;
