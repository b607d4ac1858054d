import { describe, expect, it } from 'vitest';
import { bylineCasedByPage } from '../../../src/clean/metadata/byline-casing.js';
import { pageLines } from '../line-cases.js';

// A story page that signs in capitals and writes the reporters' surnames in a line of its own (a bio, a credit).
const story = (...lines: string[]) => pageLines(['Harbour wall to be rebuilt before the storms', 'The council approved the plan on Tuesday.', ...lines]);

describe('bylineCasedByPage', () => {
  it('cases a byline in capitals as the page writes the surname, its other words capitalised', () => {
    expect(bylineCasedByPage('HELGA MARSDEN', story('Marsden covers the harbour for the Courier.'))).toBe('Helga Marsden');
    expect(bylineCasedByPage("ORLA MCFADDEN-O'NEILL", story("McFadden-O'Neill reported from the quay."))).toBe("Orla McFadden-O'Neill");
  });

  it('cases every name of the byline, joined by "and" (as AP writes it between names in capitals), "&" or a comma, when the page spells one surname', () => {
    const page = story('Marsden covers the harbour for the Courier.');
    expect(bylineCasedByPage('HELGA MARSDEN and TOBIAS QUILL', page)).toBe('Helga Marsden and Tobias Quill');
    expect(bylineCasedByPage('HELGA MARSDEN & TOBIAS QUILL', page)).toBe('Helga Marsden & Tobias Quill');
    expect(bylineCasedByPage('HELGA MARSDEN, TOBIAS QUILL', page)).toBe('Helga Marsden, Tobias Quill');
  });

  it('cases names joined by "AND" or another language\'s "and" in either case, the join in lower case', () => {
    const page = story('Marsden covers the harbour for the Courier.');
    expect(bylineCasedByPage('HELGA MARSDEN AND TOBIAS QUILL', page)).toBe('Helga Marsden and Tobias Quill');
    expect(bylineCasedByPage('HELGA MARSDEN Y TOBIAS QUILL', page)).toBe('Helga Marsden y Tobias Quill');
    expect(bylineCasedByPage('HELGA MARSDEN ET TOBIAS QUILL', page)).toBe('Helga Marsden et Tobias Quill');
    expect(bylineCasedByPage('HELGA MARSDEN und TOBIAS QUILL', page)).toBe('Helga Marsden und Tobias Quill');
    // A middle initial is no join: "HELGA Y MARSDEN" is one name, no name line's shape apart.
    expect(bylineCasedByPage('HELGA Y MARSDEN', page)).toBe('HELGA Y MARSDEN');
  });

  it('leaves a byline as written when the page spells none of its surnames, or it is not in capitals', () => {
    expect(bylineCasedByPage('HELGA MARSDEN', story('The harbour master said the work would take two years.'))).toBe('HELGA MARSDEN');
    // The surname in capitals elsewhere tells no spelling.
    expect(bylineCasedByPage('HELGA MARSDEN', story('MARSDEN: the harbour in pictures'))).toBe('HELGA MARSDEN');
    expect(bylineCasedByPage('Helga MARSDEN', story('Marsden covers the harbour for the Courier.'))).toBe('Helga MARSDEN');
  });

  it('reads the surname as a whole word of the page, not inside another', () => {
    expect(bylineCasedByPage('HELGA MARSDEN', story('The Marsdens moved to the quay in May.'))).toBe('HELGA MARSDEN');
    expect(bylineCasedByPage('INGRID HOLM', story('The ferry to Stockholm left the quay late.'))).toBe('INGRID HOLM');
  });
});
