import { describe, expect, it } from 'vitest';
import { describeLine } from '../../src/clean/lines.js';
import { isAboutHeading, isPressRelease } from '../../src/clean/release.js';

const line = (text: string) => describeLine(1, text, new Set(['the', 'of', 'a', 'to', 'and']));

describe('isAboutHeading', () => {
  it.each(['About Northwind Robotics', 'About Acme Corp.', 'About the Author', 'About Harvest Lane Foods:', 'About S&P Global'])('takes "%s" for the heading of a note', (text) => {
    expect(isAboutHeading(line(text))).toBe(true);
  });

  it.each(['About 300 people were evacuated.', 'About half of the staff', 'About us and our readers', 'About Northwind Robotics, the company said little on Tuesday about its plans for the year.'])('leaves "%s" alone', (text) => {
    expect(isAboutHeading(line(text))).toBe(false);
  });
});

describe('isPressRelease', () => {
  it.each([
    ['PITTSBURGH, March 14, 2024 /PRNewswire/ -- Northwind Robotics Inc. today announced a round.', true],
    ['OMAHA, Neb.--(BUSINESS WIRE)--Harvest Lane Foods Inc. today reported record sales.', true],
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', false],
    ['The company announced a round on Tuesday.', false],
  ])('"%s": %s', (text, release) => {
    expect(isPressRelease([line(text)])).toBe(release);
  });
});
