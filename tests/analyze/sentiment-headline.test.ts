// The form the headline candidates of docs/sentiment.md (r) apply to: short, and no closing punctuation.
import { describe, expect, it } from 'vitest';
import { HEADLINE_WORDS, isHeadlineForm } from '../../src/analyze/sentiment-headline.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

const tokenizer = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
const headline = (text: string): boolean => isHeadlineForm({ index: 0, text, paragraph: 0, tokens: tokenizeWords(text, tokenizer) });

describe('isHeadlineForm', () => {
  it('takes a short sentence set without a full stop, through closing quotes and brackets', () => {
    expect(headline('Bomb kills 12 at market')).toBe(true);
    expect(headline('Jury finds doctor ‘not guilty’')).toBe(true);
    expect(headline('(Reporting by Ann Smith)')).toBe(true);
  });

  it('leaves sentences that end in punctuation, as running text does', () => {
    for (const text of ['The bomb killed 12 people.', 'Is the market turning?', 'Rescuers free trapped miners!', 'Here is what we know:', 'Bomb kills 12 at market …', 'He called it “a disgrace.”', '(Reporting by Ann Smith.)']) {
      expect(headline(text)).toBe(false);
    }
  });

  it('counts words, not numbers or marks, up to HEADLINE_WORDS', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + i)}`).join(' ');
    expect(headline(words(HEADLINE_WORDS))).toBe(true);
    expect(headline(words(HEADLINE_WORDS + 1))).toBe(false);
    expect(headline(`${words(HEADLINE_WORDS)} 2007 - 12`)).toBe(true);
    expect(headline('2007')).toBe(false);
  });
});
