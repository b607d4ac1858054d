import { describe, expect, it } from 'vitest';
import { tagWords } from '../../src/analyze/pos.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

const tokenizer = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

/** `word/class` for every token, to compare whole sentences at once. */
function tagged(text: string): string {
  const tokens = tokenizeWords(text, tokenizer);
  const classes = tagWords(tokens);
  return tokens.map((t, i) => `${t.word.surface}/${classes[i]}`).join(' ');
}

describe('tagWords', () => {
  it('reads a verb as a noun after a determiner, and a noun as a verb after a modal', () => {
    expect(tagged('They set a record')).toContain('record/noun');
    expect(tagged('They will record it')).toContain('record/verb');
  });

  it('keeps a verb with no noun reading a verb after a demonstrative ("That helped benchmark indexes")', () => {
    expect(tagged('That helped benchmark indexes recover')).toContain('helped/verb benchmark/noun');
    expect(tagged('This prompted new talks')).toContain('prompted/verb');
    expect(tagged('They won that vote')).toContain('vote/noun');
    expect(tagged('the recommended halt')).toContain('recommended/noun halt/noun');
  });

  it('reads an adjective as a verb after a modal, and a noun or adjective after a subject pronoun', () => {
    expect(tagged('the NFL will fine Rudolph')).toBe('the/other NFL/noun will/verb fine/verb Rudolph/noun');
    expect(tagged('We use Arrowhead water and they plan talks')).toBe('We/other use/verb Arrowhead/noun water/noun and/other they/other plan/verb talks/noun');
    // Not after "to", which may open a phrase, nor after a pronoun that may be an object.
    expect(tagged('rose to new highs')).toContain('new/adjective highs/noun');
    expect(tagged('Phase I trial')).toContain('trial/noun');
  });

  it('reads a singular noun between a plural noun and the start of a noun phrase as a verb', () => {
    expect(tagged('bright structures show diffuse gas')).toBe('bright/adjective structures/noun show/verb diffuse/adjective gas/noun');
    expect(tagged('the sales tax rose')).toContain('tax/noun');
  });

  it('reads a capitalised verb after a capitalised noun as part of a name', () => {
    expect(tagged('Fact Check: Is it true')).toContain('Fact/noun Check/noun');
    expect(tagged('users of Apple Pay said')).toContain('Apple/noun Pay/noun');
    expect(tagged('Police say more')).toContain('say/verb');
    expect(tagged('INSURERS EXPECT claims')).toBe('INSURERS/noun EXPECT/verb claims/noun');
  });

  it('takes no capitalised word for a name in a Title Case line, where capitals say nothing', () => {
    expect(tagged('Investors Dump Stocks')).toBe('Investors/noun Dump/verb Stocks/noun');
    expect(tagged('Banks Cut Rates as Investors Flee')).toBe('Banks/noun Cut/verb Rates/noun as/other Investors/noun Flee/verb');
    // Running text keeps its names: one lowercase content word is enough.
    expect(tagged('Apple Pay launches in Europe')).toContain('Apple/noun Pay/noun');
  });

  it('reads a noun with a verb reading that agrees with the noun before it as its verb in a Title Case line', () => {
    expect(tagged('Investors Fear Recession')).toBe('Investors/noun Fear/verb Recession/noun');
    expect(tagged('Stocks Rally As Fed Holds Rates')).toBe('Stocks/noun Rally/verb As/other Fed/noun Holds/verb Rates/noun');
    // Not when the next word could as well be its verb: "Prices" is the subject of "Rise", "Report" of "Shows".
    expect(tagged('Oil Prices Rise After Storm')).toBe('Oil/noun Prices/noun Rise/verb After/other Storm/noun');
    expect(tagged('Jobs Report Shows Hiring Slowed')).toContain('Jobs/noun Report/noun');
    // Nor when a later noun of the run could: "Hits" is the verb of "Sales Tax Rise", not "Tax" of "Sales".
    expect(tagged('Sales Tax Rise Hits Shoppers')).toBe('Sales/noun Tax/noun Rise/noun Hits/verb Shoppers/noun');
    // Nor without agreement ("Health Care": a singular subject's verb ends in -s), nor in running text.
    expect(tagged('Health Care Costs Climb')).toContain('Health/noun Care/noun');
    expect(tagged('investors sold Stock Market Rally shares')).toContain('Market/noun Rally/noun');
  });

  it('reads a capitalised adjective between capitalised words of running text as part of the name', () => {
    expect(tagged('Royal Dutch Shell said on Monday it would sell assets.')).toContain('Royal/noun Dutch/noun Shell/noun');
    expect(tagged('shares of Anglo Irish Bank fell')).toContain('Anglo/noun Irish/noun Bank/noun');
    // At the start of a name, or before a lowercase word, it is the adjective it reads as.
    expect(tagged('British Airways and the Democratic Party said')).toContain('British/adjective Airways/noun and/other the/other Democratic/adjective');
    expect(tagged('On Monday Dutch officials said')).toContain('Dutch/adjective officials/noun');
    // A capitalised common noun that opens the sentence is no name: "Investors" does not join "British Airways".
    expect(tagged('Investors British Airways shares rose')).toContain('British/adjective');
    // Nor does Title Case join a headline into one name.
    expect(tagged('Royal Dutch Shell Profits Fall')).toContain('Dutch/adjective');
  });

  it('tags acronyms as nouns, including the one the lexicon calls a pronoun', () => {
    expect(tagged('US and EU officials met U.S. envoys')).toBe('US/noun and/other EU/noun officials/noun met/verb U.S./noun envoys/noun');
  });

  it('reads headline capitals through their lowercase entry', () => {
    expect(tagged('INSURERS EXPECT claims')).toBe('INSURERS/noun EXPECT/verb claims/noun');
  });

  it('tags numbers, spelled out or in digits, as numbers', () => {
    expect(tagged('two 150,000 7.3bn dozens')).toBe('two/number 150,000/number 7.3bn/number dozens/number');
  });

  it('guesses unknown words from their shape', () => {
    expect(tagged('the flurbly zorbing of glorpistic Zandovia')).toBe('the/other flurbly/other zorbing/verb of/other glorpistic/adjective Zandovia/noun');
  });

  it('tags an unknown hyphenated word by its last part', () => {
    expect(tagged('storm-related zorb-insurers')).toBe('storm-related/adjective zorb-insurers/noun');
  });
});
