import { describe, expect, it } from 'vitest';
import type { WordClass } from '../../src/analyze/pos.js';
import { nounRuns, verbs } from '../../src/analyze/noun-runs.js';
import { tokenizeWords } from '../../src/text/tokenize.js';
import { tokenizer } from './keyphrase-helpers.js';

// The classes are given by hand, one per token, so that each test is of the runs alone, whatever the tagger says.
const runsOf = (text: string, classes: WordClass[], offset = 0, withText = true) => {
  const tokens = tokenizeWords(text, tokenizer);
  expect(tokens).toHaveLength(classes.length);
  return nounRuns(tokens, classes, offset, withText ? text : null);
};
const surfacesOf = (runs: { surface: string }[][]) => runs.map((run) => run.map((word) => word.surface));

describe('nounRuns', () => {
  it('gives maximal adjective-then-noun runs, with their stems and positions from the offset', () => {
    const runs = runsOf('The harbour council approved a new ferry timetable.', ['other', 'noun', 'noun', 'verb', 'other', 'adjective', 'noun', 'noun'], 10);
    expect(runs).toEqual([
      [
        { surface: 'harbour', stem: 'harbour', position: 11, initial: false },
        { surface: 'council', stem: 'council', position: 12, initial: false },
      ],
      [
        { surface: 'new', stem: 'new', position: 15, initial: false },
        { surface: 'ferry', stem: 'ferri', position: 16, initial: false },
        { surface: 'timetable', stem: 'timet', position: 17, initial: false },
      ],
    ]);
  });

  it('ends a run at an adjective after a noun and at punctuation, and drops a run of adjectives alone', () => {
    expect(surfacesOf(runsOf('harbour new ferry', ['noun', 'adjective', 'noun']))).toEqual([['harbour'], ['new', 'ferry']]);
    expect(surfacesOf(runsOf('harbour, ferry', ['noun', 'noun']))).toEqual([['harbour'], ['ferry']]);
    expect(surfacesOf(runsOf('bright calm', ['adjective', 'adjective']))).toEqual([]);
  });

  it("ends a run at a possessive and cuts its 's, and leaves out a superlative", () => {
    const runs = runsOf("Norland's harbour, then the largest ferry", ['noun', 'noun', 'other', 'other', 'adjective', 'noun']);
    expect(surfacesOf(runs)).toEqual([['Norland'], ['harbour'], ['ferry']]);
    expect(runs[0]![0]!.stem).toBe('norland');
  });

  it("keeps a name's initial and its dot when the sentence's text has them, and splits the name without the text", () => {
    const classes: WordClass[] = ['noun', 'noun', 'noun', 'verb'];
    const runs = runsOf('Daryl F. Gates visited', classes);
    expect(surfacesOf(runs)).toEqual([['Daryl', 'F.', 'Gates']]);
    expect(runs[0]!.map((word) => word.initial)).toEqual([false, true, false]);
    expect(surfacesOf(runsOf('Daryl F. Gates visited', classes, 0, false))).toEqual([['Daryl'], ['Gates']]);
  });

  it('drops an initial that no more of the name follows', () => {
    expect(surfacesOf(runsOf('Plan B. The board approved it', ['noun', 'noun', 'other', 'noun', 'verb', 'other']))).toEqual([['Plan'], ['board']]);
  });

  it("leaves out a picture credit and a month, but not a name's May", () => {
    const text = 'Getty Images Stefano Gabbana in May with Theresa May';
    const runs = runsOf(text, ['noun', 'noun', 'noun', 'noun', 'other', 'noun', 'other', 'noun', 'noun']);
    expect(surfacesOf(runs)).toEqual([
      ['Stefano', 'Gabbana'],
      ['Theresa', 'May'],
    ]);
  });
});

describe('verbs', () => {
  it('gives the verbs that are words and no stopwords, at their positions from the offset', () => {
    const tokens = tokenizeWords('Officials said 42 boats sailed', tokenizer);
    // "said" is a stopword of the tokenizer, "42" no word: neither is a verb to keep, whatever its class.
    const found = verbs(tokens, ['noun', 'verb', 'verb', 'noun', 'verb'], 7);
    expect(found).toEqual([{ surface: 'sailed', stem: 'sail', position: 11, initial: false }]);
  });

  it('takes only the tokens classed as verbs', () => {
    const tokens = tokenizeWords('crews repaired docks', tokenizer);
    expect(verbs(tokens, ['noun', 'verb', 'noun'], 0).map((word) => word.surface)).toEqual(['repaired']);
    expect(verbs(tokens, ['verb', 'verb', 'verb'], 0).map((word) => word.surface)).toEqual(['crews', 'repaired', 'docks']);
  });
});
