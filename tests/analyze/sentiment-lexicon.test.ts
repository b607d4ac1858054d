import { describe, expect, it } from 'vitest';
import { parseVaderLexicon } from '../../src/analyze/sentiment-lexicon.js';

describe('parseVaderLexicon', () => {
  it('reads word and mean rating, and skips emoticons', () => {
    const lexicon = parseVaderLexicon(':)\t2.0\t1.2\t[2, 2]\ngood\t1.9\t0.9\t[2, 1]\nbad\t-2.5\t0.7\t[-2, -3]\n');
    expect([...lexicon]).toEqual([['good', 1.9], ['bad', -2.5]]);
  });
});
