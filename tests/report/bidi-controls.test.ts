import { describe, expect, it } from 'vitest';
import { BIDI_CONTROLS } from '../../src/report/bidi-controls.js';

describe('BIDI_CONTROLS', () => {
  it('matches the embeddings, overrides and isolates, and not their neighbours', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(controls.replace(BIDI_CONTROLS, '')).toBe('');
    // Paragraph separator, narrow no-break space, a word joiner and an invisible separator stay.
    const neighbours = '\u2029\u202f\u2060\u2063\u206a';
    expect(neighbours.replace(BIDI_CONTROLS, '')).toBe(neighbours);
  });
});
