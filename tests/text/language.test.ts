import * as stopword from 'stopword';
import { describe, expect, it } from 'vitest';
import { stopwordLists, stopwordSet } from '../../src/text/language.js';

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
