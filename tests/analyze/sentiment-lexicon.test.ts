import { describe, expect, it } from 'vitest';
import { inflectionLexicon, parseVaderLexicon, valenceByInflection } from '../../src/analyze/sentiment-lexicon.js';

describe('parseVaderLexicon', () => {
  it('reads word and mean rating, and skips emoticons', () => {
    const lexicon = parseVaderLexicon(':)\t2.0\t1.2\t[2, 2]\ngood\t1.9\t0.9\t[2, 1]\nbad\t-2.5\t0.7\t[-2, -3]\n');
    expect([...lexicon]).toEqual([['good', 1.9], ['bad', -2.5]]);
  });
});

describe('valenceByInflection', () => {
  const lexicon = new Map([['exclude', -0.9], ['excluded', -1.5], ['concerned', -1], ['complicated', -1.6], ['lack', -1.5]]);
  const valence = (word: string) => valenceByInflection(word, inflectionLexicon(lexicon), lexicon);

  it('does not read a participle used as a preposition as its verb', () => {
    expect(valence('excluding')).toBeUndefined();
    expect(valence('concerning')).toBeUndefined();
  });

  it('reads the verb\'s other forms through their base as before', () => {
    expect(valence('excludes')).toBeCloseTo((-0.9 - 1.5) / 2);
    expect(valence('complicates')).toBe(-1.6);
    expect(valence('lacks')).toBe(-1.5);
  });
});
