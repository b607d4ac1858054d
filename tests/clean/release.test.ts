import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLine } from '../../src/clean/lines.js';
import { FORWARD_LOOKING, FORWARD_LOOKING_LEGAL, isAboutHeading, isForwardLookingParagraph, isPressRelease } from '../../src/clean/release.js';

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

describe('isForwardLookingParagraph', () => {
  // Pieces of what the patterns look for, in any case, split, and with the characters that case-fold onto ASCII under /iu.
  const fragment = fc.constantFrom(
    'forward-looking statements', 'Forward Looking Information', 'FORWARD-LOOKING STATEMENT', 'forward‑looking', 'FoRwArD', 'forward', 'forwards', 'fo', 'rward', 'looking',
    'within the meaning of', 'Safe Harbour', 'undue reliance', 'differ materially', 'ſ', '\u212a', 'İ', 'ı', ' ', '-', '.', 'x', 'é',
  );
  it('gives what the two patterns alone give', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 3 })), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(isForwardLookingParagraph(text)).toBe(FORWARD_LOOKING.test(text) && FORWARD_LOOKING_LEGAL.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.', true],
    ['FORWARD-LOOKING INFORMATION: readers should not place undue reliance on these statements.', true],
    ['The company looked forward to the vote, which could differ materially from the forecast.', false],
  ])('"%s": %s', (text, paragraph) => {
    expect(isForwardLookingParagraph(text)).toBe(paragraph);
  });
});
