// The form a headline is written in (docs/sentiment.md, (r) and (s)): a short sentence without closing
// punctuation. Defined by form, never by data set, so that any text written that way (a
// headline, a subhead) gets the headline rules; `npm run eval:sentiment-headlines` prints how many
// sentences of each bench set have it.
import type { Sentence } from '../types.js';

/** A headline states one event: most are 5-10 words; 12 leaves room for a name or a number. */
export const HEADLINE_WORDS = 12;

// Closing quotes and brackets after the last word are looked through ("... ‘not guilty’").
const CLOSERS = /["'”’»)\]]+$/u;
// A sentence of running text ends in a full stop, "!" or "?"; a clause ends in ":", ";", "," or a dash.
const CLOSING_MARK = /[.!?…:;,\-–—]$/u;

/** A sentence of 1..HEADLINE_WORDS words whose text does not end in punctuation. */
export function isHeadlineForm(sentence: Sentence): boolean {
  let words = 0;
  for (const token of sentence.tokens) if (token.word.isWord && ++words > HEADLINE_WORDS) return false;
  return words > 0 && !CLOSING_MARK.test(sentence.text.trimEnd().replace(CLOSERS, ''));
}
