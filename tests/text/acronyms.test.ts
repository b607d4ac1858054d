// Stopwords in capitals read as acronyms (text/acronyms.ts), as tokenizeWords marks them.
import { describe, expect, it } from 'vitest';
import { countTerms } from '../../src/analyze/terms.js';
import { modalsFor, runStopwords, stemmerFor } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

describe('tokenizeWords in English: acronyms that are stopwords in lower case ("WHO", "IT", "US")', () => {
  const english = { stopwords: runStopwords({ language: 'en', stopwords: { newsWords: true, extra: [] } }), stem: stemmerFor('en'), modals: modalsFor({ stopwords: { newsWords: true, extra: [] } }, 'en') };
  const stopwordsIn = (text: string) => tokenizeWords(text, english).filter((t) => t.word.isStopword).map((t) => t.word.surface);
  const sentence = (text: string) => ({ index: 0, text, paragraph: 0, tokens: tokenizeWords(text, english) });

  it('reads a word in capitals between words with lowercase letters as no stopword', () => {
    expect(stopwordsIn('The WHO said US officials and IT staff told us.')).toEqual(['The', 'said', 'and', 'told', 'us']);
  });

  it('keeps it a stopword opening the sentence, beside another word in capitals (a headline, lead-in or heading), and as a negation for emphasis', () => {
    expect(stopwordsIn('THE boss said so.')).toEqual(['THE', 'said']);
    // "us" opens no sentence: "US" there is the country.
    expect(stopwordsIn('US condemns the crackdown.')).toEqual(['the']);
    expect(stopwordsIn('WHO IS TO BLAME FOR US')).toEqual(['WHO', 'IS', 'TO', 'FOR', 'US']);
    expect(stopwordsIn('He did NOT sign it.')).toEqual(['He', 'did', 'NOT', 'it']);
    // A lead-in or heading in capitals run into the sentence: its words stand beside capitals.
    expect(stopwordsIn('CONSIDER THE following case.')).toEqual(['THE']);
    expect(stopwordsIn('COMING TUESDAY IN SCIENCE; All the details.')).toEqual(['IN', 'All', 'the']);
    // Beside another acronym after a comma, it is still one.
    expect(stopwordsIn('The WHO, US and EU met.')).toEqual(['The', 'and']);
  });

  it('reads "WHO" opening a statement as the acronym ("who" opens only a question), and a tabloid\'s "THE" or "IT" as the word', () => {
    expect(stopwordsIn('WHO warns of a new outbreak.')).toEqual(['of', 'a']);
    expect(stopwordsIn('WHO officials said so.')).toEqual(['said']);
    expect(stopwordsIn('“WHO warns of a new outbreak,” the agency said.')).toEqual(['of', 'a', 'the', 'said']);
    // A question: the pronoun.
    expect(stopwordsIn('WHO knows?')).toEqual(['WHO']);
    expect(stopwordsIn('WHO pays for it?”')).toEqual(['WHO', 'for', 'it']);
    // A tabloid's lead-in in capitals: the word, as a subject pronoun may be ("IT was a night…").
    expect(stopwordsIn('THE boss said so.')).toEqual(['THE', 'said']);
    expect(stopwordsIn('IT was a night to remember.')).toEqual(['IT', 'was', 'a', 'to']);
  });

  it('reads a subject pronoun in capitals opening the sentence as an acronym before a noun, and as the pronoun before its verb', () => {
    expect(stopwordsIn('IT firms hired more staff.')).toEqual(['more']);
    expect(stopwordsIn('IT spending rose.')).toEqual([]);
    for (const verb of ['is', 'has', 'will', 'also']) expect(stopwordsIn(`IT ${verb} over.`)[0], verb).toBe('IT');
    // Not before a word in capitals or after a break: no running text to read.
    expect(stopwordsIn('IT, firms said.')[0]).toBe('IT');
  });

  it('reads the pronoun before a plural noun that is also its verb ("IT works") unless a finite verb follows in the clause ("IT costs rose")', () => {
    for (const text of ['IT works.', 'IT costs a lot to run.', 'IT matters to us.', 'IT works well for small shops, they said.', 'IT costs more than it earns.']) {
      expect(stopwordsIn(text)[0], text).toBe('IT');
    }
    expect(stopwordsIn('IT costs rose sharply.')).toEqual([]);
    expect(stopwordsIn('IT firms in India hired more staff.')).toEqual(['in', 'more']);
    expect(stopwordsIn('IT services firms will grow.')).toEqual(['will']);
    // A noun without a verb reading that agrees with the pronoun ("staff": no -s form) is the acronym's.
    expect(stopwordsIn('IT staff work late.')).toEqual([]);
  });

  it('reads no word in capitals as an acronym by its case inside a sentence in capitals', () => {
    expect(stopwordsIn('SHE, TOO, WAS HURT.')).toEqual(['SHE', 'TOO', 'WAS']);
    expect(stopwordsIn('2 OF THE MEN, BOTH 45, WERE HURT.')).toEqual(['OF', 'THE', 'BOTH', 'WERE']);
    // With running text around it, a lone one still is.
    expect(stopwordsIn('She, too, said the WHO, too.')).toEqual(['She', 'too', 'said', 'the', 'too']);
  });

  it('reads two acronyms side by side inside running text, or after one opening the sentence, as acronyms, but not a lead-in, heading or shouted end', () => {
    expect(stopwordsIn('Shares of US IT firms fell.')).toEqual(['of']);
    expect(stopwordsIn('US IT firms hired more staff.')).toEqual(['more']);
    expect(stopwordsIn('WHO IT staff were told.')).toEqual(['were', 'told']);
    expect(stopwordsIn('They passed the US EPA test.')).toEqual(['They', 'the']);
    // Opening the sentence with a word that opens a statement, a lead-in.
    expect(stopwordsIn('IT IS ironic that it rained.')).toEqual(['IT', 'IS', 'that', 'it']);
    // Not followed by running text: shouted, or a heading.
    expect(stopwordsIn('He said IT IS OVER.')).toEqual(['He', 'said', 'IT', 'IS', 'OVER']);
    // With a negation, emphasis.
    expect(stopwordsIn('This is NOT ALL bad.')).toEqual(['This', 'is', 'NOT', 'ALL']);
  });

  it('counts "US" and "WHO" as terms while "us" the pronoun is a stopword', () => {
    expect(english.stopwords.has('us')).toBe(true);
    const terms = countTerms([sentence('The WHO told us the US economy grew.'), sentence('Let us thank the WHO and the US.')], [1, 2]);
    const surfaces = terms.map((term) => term.surface);
    expect(terms.find((term) => term.n === 1 && term.surface === 'US')).toMatchObject({ count: 2 });
    expect(terms.find((term) => term.n === 1 && term.surface === 'WHO')).toMatchObject({ count: 2 });
    expect(surfaces).toContain('US economy');
    expect(surfaces.filter((surface) => /\bus\b/.test(surface))).toEqual([]);
  });
});
