// Number formats shared by the reports, summary.html and the terminal summary, fixed so output
// never depends on the machine's locale.
import { round } from '../numbers.js';
import type { CsvDialect } from './csv.js';

/** 12345 -> "12,345". */
export const thousands = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A sentiment score with its sign and two decimals: "+0.25", "-0.40", "0.00". */
export const signedScore = (value: number): string => (value > 0 ? `+${value.toFixed(2)}` : value.toFixed(2));

/**
 * A word that moved a sentence's score, as sentences.csv and the article cards show it: `crisis (-2.8)`;
 * `excel-eu` writes the contribution with the decimal comma its number cells have: `gain (+0,72)`.
 */
export function sentimentDriver(driver: { word: string; contribution: number }, dialect: CsvDialect = 'excel'): string {
  const text = contributionText(driver.contribution);
  return `${driver.word} (${dialect === 'excel-eu' ? text.replace('.', ',') : text})`;
}

/**
 * The text of each rounded contribution made so far, positive and not: sentences.csv writes about
 * 180 drivers per article, with a few hundred distinct texts in a run (431 of 179,206 in the 1k
 * bench corpus), and String() of a double costs several times the lookup. Bounded for any input.
 */
const CONTRIBUTION_TEXTS = { positive: new Map<number, string>(), other: new Map<number, string>() };
const MAX_CONTRIBUTION_TEXTS = 10_000;

function contributionText(contribution: number): string {
  const rounded = round(contribution, 2);
  const texts = contribution > 0 ? CONTRIBUTION_TEXTS.positive : CONTRIBUTION_TEXTS.other;
  let text = texts.get(rounded);
  if (text === undefined) {
    text = `${contribution > 0 ? '+' : ''}${rounded}`;
    if (texts.size >= MAX_CONTRIBUTION_TEXTS) texts.clear();
    texts.set(rounded, text);
  }
  return text;
}
