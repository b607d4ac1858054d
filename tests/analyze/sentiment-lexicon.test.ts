import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflectionLexicon, parseVaderLexicon, valenceByInflection } from '../../src/analyze/sentiment-lexicon.js';

describe('parseVaderLexicon', () => {
  it('reads word and mean rating, and skips emoticons', () => {
    const lexicon = parseVaderLexicon(':)\t2.0\t1.2\t[2, 2]\ngood\t1.9\t0.9\t[2, 1]\nbad\t-2.5\t0.7\t[-2, -3]\n');
    expect([...lexicon]).toEqual([['good', 1.9], ['bad', -2.5]]);
  });
});

describe('valenceByInflection', () => {
  const lexicon = new Map([
    ['good', 2.3], ['odd', -1.5], ['cool', 1], ['united', 1.3], ['unite', 1.2], ['enterprising', 1.6], ['gift', 1.8], ['increase', 1],
    ['shoot', -1.1], ['refine', 0.8], ['exclude', -0.9], ['excluded', -1.5], ['concerned', -1], ['complicated', -1.6], ['hail', 1], ['lack', -1.5],
  ]);
  const valence = (word: string) => valenceByInflection(word, inflectionLexicon(lexicon), lexicon);

  it('reads a noun as its own base word only: a plural as its singular, a gerund as its verb', () => {
    expect(valence('gifts')).toBe(1.8);
    expect(valence('increases')).toBe(1);
    expect(valence('shooting')).toBe(-1.1);
    expect(valence('refining')).toBe(0.8);
  });

  it('gives a noun neither an -ed/-ing adjective of its inflection base nor a base that is mostly an adjective', () => {
    // "units" is not "united", "enterprises" not "enterprising"; "goods" are not "good", "odds" not "odd", "cooling" not "cool".
    for (const noun of ['units', 'enterprises', 'goods', 'odds', 'cooling']) expect(valence(noun)).toBeUndefined();
  });

  it('reads a verb form through its base as before', () => {
    expect(valence('complicates')).toBe(-1.6);
    expect(valence('hails')).toBe(1);
    expect(valence('lacks')).toBe(-1.5);
    expect(valence('unites')).toBeCloseTo((1.3 + 1.2) / 2);
  });

  it('does not read a participle used as a preposition as its verb', () => {
    expect(valence('excluding')).toBeUndefined();
    expect(valence('concerning')).toBeUndefined();
    expect(valence('excludes')).toBeCloseTo((-0.9 - 1.5) / 2);
  });

  it('gives a plural noun of a lexicon word nothing but that word\'s own valence', () => {
    // Nouns natural's lexicon has mostly as plurals (NNS), with a singular in the fixture's lexicon or not.
    const plurals = ['gifts', 'goods', 'units', 'odds', 'enterprises', 'increases', 'humans', 'contents', 'corners', 'appeals'];
    fc.assert(
      fc.property(fc.constantFrom(...plurals), fc.double({ min: -4, max: 4, noNaN: true }), (plural, rating) => {
        const withSingular = new Map([...lexicon, [`${plural.slice(0, -1)}ed`, rating], [`${plural.slice(0, -1)}ing`, rating]]);
        const read = valenceByInflection(plural, inflectionLexicon(withSingular), withSingular);
        expect(read === undefined || read === withSingular.get(plural.slice(0, -1)) || read === withSingular.get(plural.slice(0, -2))).toBe(true);
      }),
    );
  });
});
