// Elided articles and prepositions (text/token-shapes.ts elisionEnd) and Welsh clitics (cliticStart), as tokenizeWords splits them.
import { describe, expect, it } from 'vitest';
import { countTerms } from '../../src/analyze/terms.js';
import { cliticsFor, elisionsFor, runStopwords, stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

const stopwords = stopwordSet('en', ["isn't"]);
const options = { stopwords, stem: stemmerFor('en') };

describe('tokenizeWords in French and Italian: elided articles and prepositions', () => {
  const tokenizer = (language: string) => ({ stopwords: runStopwords({ language, stopwords: { newsWords: true, extra: [] } }), stem: stemmerFor(language), elisions: elisionsFor(language) });
  const split = (language: string, text: string) => tokenizeWords(text, tokenizer(language)).map((t) => `${t.breakBefore ? '|' : ''}${t.word.surface}${t.word.isStopword ? '°' : ''}`).join(' ');

  it.each([
    ['fr', "L'opposition critique l’Europe", "L'° opposition critique l’° Europe"],
    ['fr', "qu'elle juge, s'achever jusqu'à l'état-major", "qu'° elle° juge |s'° achever jusqu'° à° l'° état-major"],
    ['fr', "C'est aujourd'hui, j'ai dit, n'a pas", "C'° est° aujourd'hui |j'° ai° dit |n'° a° pas°"],
    ['it', "La Banca d'Italia e dell'Unione, un'altra all'estero nell’anno", "La° Banca d'° Italia e° dell'° Unione |un'° altra all'° estero nell’° anno"],
    // Words that open with no elided word stay whole, an apostrophe and all.
    ['fr', "O'Brien isn't rock'n'roll, L'", "O'Brien isn't rock'n'roll |L°"],
  ])('%s: %s', (language, text, expected) => {
    expect(split(language, text)).toBe(expected);
  });

  it.each([
    ["Mae Cymru'n barod, sy’n golygu bod y cyngor i'r de o’r afon", "Mae° Cymru 'n° barod |sy° ’n° golygu bod° y° cyngor i° 'r° de o° ’r° afon"],
    ["a'i gwaith, i'w weld yn ei dŷ", "a° 'i° gwaith |i° 'w° weld yn° ei° dŷ"],
    // Words that close with no clitic stay whole: two letters or more after the apostrophe.
    ["rock'n'roll O'Neill", "rock'n'roll O'Neill"],
  ])('cy: splits the clitics off the words they close: %s', (text, expected) => {
    const welsh = { ...tokenizer('cy'), clitics: cliticsFor('cy') };
    expect(tokenizeWords(text, welsh).map((t) => `${t.breakBefore ? '|' : ''}${t.word.surface}${t.word.isStopword ? '°' : ''}`).join(' ')).toBe(expected);
  });

  it('splits nothing in English', () => {
    expect(tokenizeWords("L'opposition d'Italia qu'il O'Brien", options).map((t) => t.word.surface)).toEqual(["L'opposition", "d'Italia", "qu'il", "O'Brien"]);
    expect(elisionsFor('en')).toBeUndefined();
    expect(cliticsFor('en')).toBeUndefined();
  });

  it('counts the word as a term without its elided article, and writes an n-gram over it as the text does', () => {
    const sentence = (text: string, language: string) => ({ index: 0, text, paragraph: 0, tokens: tokenizeWords(text, tokenizer(language)) });
    const french = countTerms([sentence("L'opposition salue l'opposition.", 'fr')], [1, 3]);
    expect(french.find((term) => term.n === 1 && term.surface.toLowerCase() === 'opposition')?.count).toBe(2);
    expect(french.filter((term) => term.n === 1 && term.surface.includes("'"))).toEqual([]);
    expect(french.map((term) => term.surface)).toContain("salue l'opposition");
    const italian = countTerms([sentence("La Banca d'Italia", 'it')], [1, 3]);
    expect(italian.map((term) => term.surface).sort()).toEqual(['Banca', "Banca d'Italia", 'Italia']);
  });
});
