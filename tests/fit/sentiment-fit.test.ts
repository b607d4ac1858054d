import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, PUBLISHED_LEXICON } from '../../src/analyze/sentiment.js';
import { DEFAULT_FIT, fitLearnedValences, type FitExample } from '../../src/fit/sentiment-fit.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

const tokenizer = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

// Made-up ratings: "handout" (in neither lexicon) marks texts readers rate negative, "splendid" is
// rated neutral here although the lexicons call it positive; "budget" carries no signal.
const texts: [string, number][] = [
  ['The budget is a handout to donors.', -2],
  ['Another handout arrived with the budget.', -2],
  ['A handout for the mayor, again.', -2],
  ['The splendid budget was approved.', 0],
  ['A splendid hall hosted the vote.', 0],
  ['The committee held a splendid vote.', 0],
  ['The budget was approved on time.', 0],
  ['A wonderful, generous gift to the city.', 2],
  ['The city was grateful and happy.', 2],
  ['A terrible and costly failure.', -2],
  ["The council wasn't ready.", -2],
  ["The mayor wasn't there.", -2],
];
const examples: FitExample[] = texts.flatMap(([text, score], i) =>
  // Each text in four groups, so every word passes minGroups.
  [0, 1, 2, 3].map((copy) => ({ sentences: [{ index: 0, text, paragraph: 0, tokens: tokenizeWords(text, tokenizer) }], score, group: `g${i}-${copy}` })),
);

describe('fitLearnedValences', () => {
  it('learns a negative valence for a new word and pulls a misleading published one toward the ratings', () => {
    const learned = fitLearnedValences(examples, DEFAULT_RULES, { ...DEFAULT_FIT, lambda: 1 });
    expect(PUBLISHED_LEXICON.valences.has('handout')).toBe(false);
    expect(learned.handout).toBeLessThan(-0.3);
    expect(learned.splendid).toBeLessThan(PUBLISHED_LEXICON.valences.get('splendid')!);
    // Stopwords are never entries; a negator may carry a tone of its own.
    for (const word of ['the', 'was', 'with', 'on']) expect(learned).not.toHaveProperty(word);
    expect(learned["wasn't"]).toBeLessThan(0);
  });

  it('stays at the published lexicon when the penalty is large, and fits only frequent words', () => {
    expect(fitLearnedValences(examples, DEFAULT_RULES, { ...DEFAULT_FIT, lambda: 1e6 })).toEqual({});
    // "handout" is in three texts, each in four groups.
    expect(fitLearnedValences(examples, DEFAULT_RULES, { ...DEFAULT_FIT, lambda: 1, minGroups: 12 })).toHaveProperty('handout');
    expect(fitLearnedValences(examples, DEFAULT_RULES, { ...DEFAULT_FIT, lambda: 1, minGroups: 13 })).not.toHaveProperty('handout');
  });

  it('fits only the words its scope allows', () => {
    const corrections = fitLearnedValences(examples, DEFAULT_RULES, { ...DEFAULT_FIT, lambda: 1, scope: 'corrections' });
    const additions = fitLearnedValences(examples, DEFAULT_RULES, { ...DEFAULT_FIT, lambda: 1, scope: 'additions' });
    expect(Object.keys(corrections).every((w) => PUBLISHED_LEXICON.valences.has(w))).toBe(true);
    expect(Object.keys(additions).some((w) => PUBLISHED_LEXICON.valences.has(w))).toBe(false);
    expect(additions).toHaveProperty('handout');
    expect(corrections).toHaveProperty('splendid');
  });

  it('keeps at most maxEntries, the largest changes, in alphabetical order', () => {
    const learned = fitLearnedValences(examples, DEFAULT_RULES, { ...DEFAULT_FIT, lambda: 1, maxEntries: 2 });
    expect(Object.keys(learned)).toHaveLength(2);
    expect(Object.keys(learned)).toEqual([...Object.keys(learned)].sort());
  });
});
