// "may" the modal and "May" the month (text/modals.ts), as tokenizeWords marks them.
import { describe, expect, it } from 'vitest';
import { countTerms } from '../../src/analyze/terms.js';
import { modalsFor, runStopwords, stemmerFor } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

describe('tokenizeWords in English: "may" the modal and "May" the month', () => {
  const english = { stopwords: runStopwords({ language: 'en', stopwords: { newsWords: true, extra: [] } }), stem: stemmerFor('en'), modals: modalsFor({ stopwords: { newsWords: true, extra: [] } }, 'en') };
  const modalsOf = (text: string) => tokenizeWords(text, english).filter((t) => t.word.modal).map((t) => t.word.surface);
  const sentence = (text: string) => ({ index: 0, text, paragraph: 0, tokens: tokenizeWords(text, english) });

  it('marks the modal, not the month or a name', () => {
    expect(modalsOf('Prices may rise in May, Theresa May said.')).toEqual(['may']);
    // Opening the sentence, the modal unless a day or year follows; a headline in capitals likewise.
    expect(modalsOf('May we go? May 25 was a Friday, May 2005 the low.')).toEqual(['May']);
    expect(modalsOf('May 25 was a Friday.')).toEqual([]);
    expect(modalsOf('May 2005 was the low.')).toEqual([]);
    expect(modalsOf('STOCKS MAY FALL ON 25 MAY')).toEqual(['MAY']);
    expect(modalsOf('the deal closed on may 25')).toEqual([]);
  });

  it('reads "May" in a Title Case headline as the modal before a verb\'s base form, and as the month or name otherwise', () => {
    expect(modalsOf('Stocks May Fall on Weak Data')).toEqual(['May']);
    expect(modalsOf('Oil Prices May Rise Again')).toEqual(['May']);
    // A past form, a noun or a day or year after it, or a determiner or preposition before it: the month or a name.
    expect(modalsOf('Theresa May Said No')).toEqual([]);
    expect(modalsOf('Theresa May Visits Paris')).toEqual([]);
    expect(modalsOf('Crowds Gather for the May Bank Holiday')).toEqual([]);
    expect(modalsOf('Sales Fell in May Last Year')).toEqual([]);
    expect(modalsOf('Shares Rose on May 3')).toEqual([]);
    expect(modalsOf('Plans for May 2024 Launch')).toEqual([]);
  });

  it('reads a base form the past tense shares ("Hit", "Cut": the lexicon lists the past first) as a base form after "May"', () => {
    expect(modalsOf('Stocks May Hit Record')).toEqual(['May']);
    expect(modalsOf('Banks May Cut Rates')).toEqual(['May']);
    // A past form only ("Said", "Got") is no base form, whatever stray VB reading the lexicon has.
    expect(modalsOf('Theresa May Got Her Way')).toEqual([]);
    // A past form with a rare base form of its own ("to found") that the lexicon never lists as a present: the past.
    expect(modalsOf('Theresa May Found Guilty of Contempt')).toEqual([]);
    expect(modalsOf('Stocks May Set Record')).toEqual(['May']);
  });

  it('counts the month as a term and the modal in none', () => {
    const terms = countTerms([sentence('Sales may fall, as in May.'), sentence('Sales rose in May and may rise again.')], [1, 2]);
    expect(terms.find((term) => term.n === 1 && term.surface.toLowerCase() === 'may')).toMatchObject({ n: 1, count: 2, surface: 'May' });
    expect(terms.map((term) => term.surface)).not.toContain('may rise');
    expect(terms.map((term) => term.surface)).not.toContain('may fall');
  });

  it('reads no modal with the news words off, nor in another language', () => {
    expect(modalsFor({ stopwords: { newsWords: false, extra: [] } }, 'en')).toBeUndefined();
    expect(modalsFor({ stopwords: { newsWords: true, extra: [] } }, 'de')).toBeUndefined();
  });
});
