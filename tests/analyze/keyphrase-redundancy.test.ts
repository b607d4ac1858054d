import { describe, expect, it } from 'vitest';
import { isDuplicate, isRedundant, overlaps } from '../../src/analyze/keyphrase-redundancy.js';
import type { KeyphraseCandidate } from '../../src/types.js';

/** A candidate of the stems written (their surface the same), the only fields these rules read. */
const phrase = (stems: string): KeyphraseCandidate => {
  const list = stems.split(' ');
  return { key: stems, surface: stems, stems: list, wordScores: list.map(() => 0.1), wordInTitle: list.map(() => false), count: 1, firstPosition: 0, verb: false };
};

describe('overlaps', () => {
  it('finds the shorter phrase as a run of the longer one, at its start, middle or end, either way round', () => {
    expect(overlaps(['prime', 'minist'], ['former', 'prime', 'minist'])).toBe(true);
    expect(overlaps(['minist'], ['prime', 'minist'])).toBe(true);
    expect(overlaps(['former', 'prime', 'minist'], ['former'])).toBe(true);
    expect(overlaps(['harbour', 'wall'], ['harbour', 'wall'])).toBe(true);
  });

  it('takes the same stems in another order, apart or partly shared for no overlap', () => {
    expect(overlaps(['prime', 'minist'], ['minist', 'prime'])).toBe(false);
    expect(overlaps(['prime', 'minist'], ['prime', 'new', 'minist'])).toBe(false);
    expect(overlaps(['storm', 'surg'], ['storm', 'damag'])).toBe(false);
  });
});

describe('isDuplicate', () => {
  it('is a candidate whose key is listed, not one sharing a stem', () => {
    expect(isDuplicate(phrase('harbour wall'), [phrase('storm'), phrase('harbour wall')])).toBe(true);
    expect(isDuplicate(phrase('harbour wall'), [phrase('harbour'), phrase('wall')])).toBe(false);
  });
});

describe('isRedundant', () => {
  it('allows one overlap: a phrase containing, or contained in, one listed phrase', () => {
    expect(isRedundant(phrase('hurrican andrew claim'), [phrase('hurrican andrew'), phrase('flood')])).toBe(false);
    expect(isRedundant(phrase('minist'), [phrase('prime minist')])).toBe(false);
  });

  it('refuses a phrase overlapping two listed phrases', () => {
    expect(isRedundant(phrase('prime minist'), [phrase('prime minist john major'), phrase('minist'), phrase('flood')])).toBe(true);
    expect(isRedundant(phrase('minist'), [phrase('prime minist'), phrase('minist financ')])).toBe(true);
  });

  it('refuses a phrase whose one partner already has a partner of its own', () => {
    // "storm damag" overlaps "storm" alone; "storm" overlaps "storm surg" too.
    expect(isRedundant(phrase('storm damag'), [phrase('storm'), phrase('storm surg')])).toBe(true);
    expect(isRedundant(phrase('storm damag'), [phrase('storm'), phrase('flood')])).toBe(false);
  });

  it('is no overlap at all with an empty list or phrases apart', () => {
    expect(isRedundant(phrase('storm'), [])).toBe(false);
    expect(isRedundant(phrase('storm damag'), [phrase('flood'), phrase('harbour wall')])).toBe(false);
  });
});
