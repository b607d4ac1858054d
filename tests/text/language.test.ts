import * as stopword from 'stopword';
import { describe, expect, it } from 'vitest';
import { languageWarning, stopwordLists, stopwordSet } from '../../src/text/language.js';

describe('stopwordLists', () => {
  it("are the stopword package's exports in the order its ESM namespace lists them", () => {
    const namespace = Object.entries(stopword as unknown as Record<string, unknown>).filter(([name]) => name !== 'default');
    expect(Object.entries(stopwordLists)).toEqual(namespace);
    expect(Object.keys(stopwordLists)).toContain('eng');
  });

  it('give the language its list, lowercased, with the extra words', () => {
    const english = stopwordSet('en', ['Reuters']);
    expect(english.has('the')).toBe(true);
    expect(english.has('reuters')).toBe(true);
    expect(stopwordSet('xx', ['Foo'])).toEqual(new Set(['foo']));
  });
});

describe('languageWarning', () => {
  it('warns of a code with neither a stopword list nor a stemmer, naming the codes that have a list', () => {
    expect(languageWarning('ge')).toMatch(/^"language": "ge" has no stopword list or stemmer here.* de, /);
    expect([languageWarning('en'), languageWarning('de'), languageWarning('pl')]).toEqual([null, null, null]);
  });
});
