import { describe, expect, it } from 'vitest';
import { bodyKey, duplicateWarning, FirstCopies } from '../../src/run/duplicates.js';

describe('FirstCopies', () => {
  it('names the first article offered with a body for every later one, and nothing for distinct or empty bodies', () => {
    const copies = new FirstCopies();
    const offered = [['a', 'Oil rose.'], ['b', 'Oil fell.'], ['c', 'Oil rose.'], ['d', ''], ['e', ''], ['f', 'Oil rose.'], ['g', 'Oil fell. ']];
    expect(offered.map(([id, body]) => copies.firstCopy(bodyKey(body!), id!))).toEqual([null, null, 'a', null, null, 'a', null]);
  });

  it('keys bodies, not their length or letters in another order', () => {
    expect(bodyKey('ab')).not.toBe(bodyKey('ba'));
    expect(bodyKey('ab')).toBe(bodyKey('ab'));
    expect(bodyKey('')).toBeNull();
  });

  it('says in the warning which article is the first copy and what the copy counts for', () => {
    expect(duplicateWarning('0/0003')).toMatch(/^same cleaned body as article "0\/0003" \(duplicate_of\).*counted once/);
  });
});
