// The lexicons the scorer reads (learned entries, embedding guesses) and what a word's record holds.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, LEARNED_LEXICON, PUBLISHED_LEXICON } from '../../src/analyze/sentiment.js';
import { scoreSentence } from '../../src/analyze/sentiment-sentence.js';
import { sentimentLexicon, withLearnedValences } from '../../src/analyze/sentiment-words.js';
import { combinedLexicon } from '../../src/analyze/sentiment-lexicon.js';
import { ValenceTable } from '../../src/analyze/valence-table.js';
import { contributionOf, sentence, thresholds } from './sentiment-helpers.js';

describe('withLearnedValences', () => {
  // The learned entries on their own: the shipped context valences would add to every word here.
  const NO_CONTEXT = { ...DEFAULT_RULES, context: 0 };
  it('replaces published valences and adds words, which then go through the rules like any entry', () => {
    const lexicon = withLearnedValences({ good: 3.5, handout: -2 });
    expect(contributionOf('The plan is good.', 'good', NO_CONTEXT, lexicon)).toBeCloseTo(3.5 * NO_CONTEXT.positive);
    expect(contributionOf('The plan is a handout.', 'handout', NO_CONTEXT, lexicon)).toBeCloseTo(-2);
    const flipping = { ...NO_CONTEXT, negation: -0.5 };
    expect(contributionOf('The plan is not a handout.', 'handout', flipping, lexicon)).toBeCloseTo(1 * flipping.positive);
    expect(contributionOf('The plan is a handout.', 'handout')).toBe(0);
  });

  it('lets a negator carry a tone of its own and still negate the words after it', () => {
    // A learned valence from MIN_NAMED_VALENCE: the word is its own driver.
    const lexicon = withLearnedValences({ not: -0.6 });
    const rules = { ...NO_CONTEXT, negation: -0.5 };
    expect(contributionOf('The plan is not good.', 'not', rules, lexicon)).toBeCloseTo(-0.6);
    expect(contributionOf('The plan is not good.', 'good', rules, lexicon)).toBeCloseTo(contributionOf('The plan is not good.', 'good', rules));
  });

  it('does not read added words in capitals as shouting (acronyms: "AIDS", "RJR")', () => {
    const lexicon = withLearnedValences({ aids: -0.1, good: 3.5 });
    const contribution = (text: string, word: string): number => scoreSentence(sentence(text), thresholds, DEFAULT_RULES, lexicon).drivers.find((d) => d.word === word)?.contribution ?? 0;
    expect(contribution('Money for AIDS research.', 'AIDS')).toBeCloseTo(contribution('Money for aids research.', 'aids'));
    expect(contribution('It was GOOD research.', 'GOOD')).toBeGreaterThan(contribution('It was good research.', 'good'));
  });

  it('keeps what the rules know of a word per lexicon: the same word record scored with another lexicon gets that lexicon\'s roles', () => {
    // "aids" is a learned addition in one lexicon and a published word in the other; the shared
    // word record is scored with each in turn, and each answer must be the one a fresh record gives.
    const added = withLearnedValences({ aids: -3 });
    const published = sentimentLexicon(new Map([...PUBLISHED_LEXICON.valences, ['aids', -3]]), new Set(), new Map(), new Map());
    const shouted = (lexicon: typeof added): number => scoreSentence(sentence('Money for AIDS research.'), thresholds, DEFAULT_RULES, lexicon).drivers.find((d) => d.word === 'AIDS')?.contribution ?? 0;
    const first = [shouted(added), shouted(published)];
    expect(Math.abs(first[1]!)).toBeGreaterThan(Math.abs(first[0]!));
    expect([shouted(added), shouted(published)]).toEqual(first);
  });

  it('does not count added words as evaluative for the event-word rule', () => {
    const rules = { ...NO_CONTEXT, event: 0.5 };
    const lexicon = withLearnedValences({ flood: -1, sunday: -0.5 });
    const alone = contributionOf('Three people died in the flood on Sunday.', 'died', rules, lexicon);
    expect(alone).toBeCloseTo(contributionOf('Three people died in the flood on Sunday.', 'died', rules));
  });
});

describe('embedding guesses', () => {
  const guesses = sentimentLexicon(PUBLISHED_LEXICON.valences, new Set(), new ValenceTable('crackdown -0.8\ngood 3\nsunday -0.5\ncomplicates 0.4\n'), new Map());

  it('read "word valence" lines', () => {
    expect([...new ValenceTable('crackdown -0.8\nplunges -0.47\n')]).toEqual([['crackdown', -0.8], ['plunges', -0.47]]);
    // As splitting each line at its spaces reads them: no word before the first space, or no space: skipped; a third field: ignored.
    expect([...new ValenceTable('\n gain 1\nnospace\nfall -1 extra\nrise 0.5')]).toEqual([['fall', -1], ['rise', 0.5]]);
  });

  it('score words the lexicons lack, weighted by the embedding rule and through the other rules', () => {
    expect(contributionOf('A crackdown followed.', 'crackdown', DEFAULT_RULES, guesses)).toBeCloseTo(-0.8 * DEFAULT_RULES.embedding);
    expect(contributionOf('A crackdown followed.', 'crackdown', { ...DEFAULT_RULES, embedding: 0.5 }, guesses)).toBeCloseTo(-0.4);
    expect(contributionOf('There was no crackdown.', 'crackdown', { ...DEFAULT_RULES, negation: 0 }, guesses)).toBe(0);
    expect(contributionOf('A crackdown followed.', 'crackdown')).toBe(0);
  });

  it('never replace a lexicon entry or an inflection the lexicons know', () => {
    expect(contributionOf('The plan is good.', 'good', DEFAULT_RULES, guesses)).toBeCloseTo(contributionOf('The plan is good.', 'good'));
    // "complicates" is found through "complicated" before its guess is read.
    expect(contributionOf('It complicates the plan.', 'complicates', DEFAULT_RULES, guesses)).toBeCloseTo(contributionOf('It complicates the plan.', 'complicates'));
  });

  it('are not evaluative words for the event-word rule', () => {
    const rules = { ...DEFAULT_RULES, event: 0.5 };
    expect(contributionOf('Three people died on Sunday.', 'died', rules, guesses)).toBeCloseTo(contributionOf('Three people died on Sunday.', 'died', rules));
  });

  it('are not shouted when written in capitals: a word no lexicon rates is an acronym or a name', () => {
    expect(contributionOf('The CRACKDOWN followed.', 'CRACKDOWN', DEFAULT_RULES, guesses)).toBeCloseTo(contributionOf('The crackdown followed.', 'crackdown', DEFAULT_RULES, guesses));
    // A lexicon word in capitals still is.
    expect(contributionOf('The plan is GOOD.', 'GOOD', DEFAULT_RULES, guesses)).toBeGreaterThan(contributionOf('The plan is good.', 'good', DEFAULT_RULES, guesses));
  });
});

describe('PUBLISHED_LEXICON', () => {
  it('is built once, on first use, from the published valences', () => {
    const built = sentimentLexicon(combinedLexicon());
    expect(PUBLISHED_LEXICON.words).toBe(PUBLISHED_LEXICON.words);
    expect([...PUBLISHED_LEXICON.words.keys()]).toEqual([...built.words.keys()]);
    expect({ ...PUBLISHED_LEXICON, words: null, inflectedSeen: null }).toEqual({ ...built, words: null, inflectedSeen: null });
  });
});

describe('words with no sentiment in news', () => {
  it('reads no valence into the exchange letter of an instrument code ("RDSa.L"), VADER\'s "l"', () => {
    const rose = (text: string) => scoreSentence(sentence(text), thresholds, DEFAULT_RULES, LEARNED_LEXICON);
    expect(rose('Shares of Royal Dutch Shell (RDSa.L) rose.').drivers.map((d) => d.word)).not.toContain('L');
    expect(rose('Shares of Royal Dutch Shell (RDSa.L) rose.').sentiment).toBe(rose('Shares of Royal Dutch Shell (RDSa.ZQ) rose.').sentiment);
  });

  it('reads none into them as parts of a hyphenated word either ("L-1011", "Reuters-Ipsos")', () => {
    const scored = (text: string) => scoreSentence(sentence(text), thresholds, DEFAULT_RULES, LEARNED_LEXICON);
    expect(scored('We flew home aboard a Lockheed L-1011.').drivers.map((d) => d.word)).not.toContain('L-1011');
    // An agency in a compound counts as an unknown name would.
    expect(scored('A Reuters-Ipsos poll was taken.').sentiment).toBe(scored('A Zqxvw-Ipsos poll was taken.').sentiment);
  });
});

describe('news agencies', () => {
  it('carry no sentiment, neither a valence nor a context valence, in any case', () => {
    // With every table shipped: the agencies' valences were embedding guesses and context valences.
    const confirmedBy = (name: string) => scoreSentence(sentence(`The figures were confirmed by ${name} on Monday.`), thresholds, DEFAULT_RULES, LEARNED_LEXICON);
    const unknownName = confirmedBy('Zqxvw');
    for (const name of ['Reuters', 'TASS', 'UPI', 'Xinhua', 'AP', 'REUTERS']) {
      const scored = confirmedBy(name);
      expect(scored.drivers.map((d) => d.word)).not.toContain(name);
      expect(scored.sentiment).toBe(unknownName.sentiment);
    }
  });
});
