import { describe, expect, it } from 'vitest';
import { patternProblem } from '../../src/clean/patterns.js';

describe('patternProblem', () => {
  it.each([
    '^Clicky$',
    '^Advertisement$',
    '^Share (on )?(Facebook|Twitter|Email)$',
    '^\\p{Lu}[\\p{L} ]+$',
    '^(ab){2,}$',
    '^\\d{1,2}:\\d{2}$',
    '^(?:Read|See) more: .*$',
    '\\(a+\\)+',
    '[(|+*]+',
    '(?<=Photo)\\s+\\S+',
    '^(?<word>\\w)\\k<word>+$',
    '^\\u{1F4F7} .+$',
    // Alternatives that are plain words, none beginning another, split a text one way only.
    '^(Share|Tweet|Email)( \\| (Share|Tweet|Email))*$',
    '^(?:Facebook|Twitter|\\+1)+$',
  ])('accepts %s', (source) => {
    expect(patternProblem(source)).toBeNull();
  });

  it.each([
    ['(a+)+$', '"(a+)+" repeats without bound "a+"'],
    ['^(\\w+\\s?)*$', '"(\\w+\\s?)*" repeats without bound "\\w+"'],
    ['(.*)*x', '"(.*)*" repeats without bound ".*"'],
    ['(a|a)*$', '"(a|a)*" repeats without bound "(a|a)"'],
    ['^(?:x(a{1,3})y)+$', '"(?:x(a{1,3})y)+" repeats without bound "a{1,3}"'],
    ['((a|aa)c){2,}', '"((a|aa)c){2,}" repeats without bound "(a|aa)"'],
    ['^(Tweet|Tweets)+$', '"(Tweet|Tweets)+" repeats without bound "(Tweet|Tweets)"'],
    ['^(a||b)+$', '"(a||b)+" repeats without bound "(a||b)"'],
    ['^(\\w|a)+$', '"(\\w|a)+" repeats without bound "(\\w|a)"'],
    ['((a+){2})+?', '"((a+){2})+?" repeats without bound "a+"'],
    ['(?<n>b?)*', '"(?<n>b?)*" repeats without bound "b?"'],
  ])('refuses %s, naming the repeated part and the part inside it', (source, naming) => {
    const problem = patternProblem(source)!;
    expect(problem).toMatch(/^may take exponential time \(catastrophic backtracking\): /);
    expect(problem).toContain(naming);
  });

  it("says why a pattern does not compile, in V8's words", () => {
    expect(patternProblem('(')).toBe('is not a valid regular expression: Unterminated group');
    expect(patternProblem('a{2,1}')).toBe('is not a valid regular expression: numbers out of order in {} quantifier');
    // Valid without the `u` flag the patterns are compiled with, not with it.
    expect(patternProblem('\\p{Letter')).toMatch(/^is not a valid regular expression: /);
  });

  it.each(['', '.*', 'Share|', '^(Share)?', '\\s*', '$'])('refuses %j, which matches every line', (source) => {
    expect(patternProblem(source)).toMatch(/^matches every line /);
  });

  it('accepts a pattern for empty lines only, which never matches a line the cleaner reads', () => {
    expect(patternProblem('^\\s*$')).toBeNull();
  });

  it('says that inline flags are not JavaScript', () => {
    expect(patternProblem('(?i)^share$')).toMatch(/^is not a valid regular expression: .*inline flags such as "\(\?i\)" are not JavaScript/);
  });
});
