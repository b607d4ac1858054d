// "may" the modal verb told from "May" the month or name, where it stands ("May we…", "in May").
import type { Token, Word } from '../types.js';
import { englishLexicon } from './pos-lexicon.js';
import { readingOf } from './word-records.js';

// A day of the month ("5", "25th") or a year ("2006") beside the word: "May 25", "May 2005" are the month.
const DAY_OR_YEAR = /^(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:1[89]|2[01])\d\d)$/;
const isDayOrYear = (token: Token | undefined): boolean => token !== undefined && DAY_OR_YEAR.test(token.word.surface);

/** Words read as a modal verb where they stand (markModals). */
const modalReadings = new WeakMap<Word, Word>();
// A tag read off the shared record ("May": a name) is read again, as the modal (analyze/pos.ts).
const AS_MODAL: Partial<Word> = { modal: true, tag: undefined };

/**
 * The sentence's tokens with each of `modals` that reads as the modal verb marked (Word.modal), which
 * no term starts or ends with, as with a stopword: "may" was a top term of the 1k bench corpus (398 uses in 247 articles),
 * counted with the month under one key. The month or name is written with a capital inside the
 * sentence ("in May", "Theresa May") or stands before a day or year ("may 25", "MAY 2005"); a
 * capital opening the sentence ("May we…") or a headline in capitals ("STOCKS MAY FALL") is the
 * modal unless a day or year is beside it. In a Title Case headline the capital tells nothing:
 * there what follows does (titleCaseModal: "Stocks May Fall").
 */
export function markModals(tokens: Token[], modals: ReadonlySet<string> | undefined): Token[] {
  if (!modals) return tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const { surface, lower, isStopword } = token.word;
    if (isStopword || !modals.has(lower) || isDayOrYear(tokens[i + 1])) continue;
    const capitals = surface !== lower && surface === surface.toUpperCase();
    const name = surface !== lower && (capitals ? isDayOrYear(tokens[i - 1]) : i > 0 && !titleCaseModal(tokens, i));
    if (!name) token.word = readingOf(modalReadings, token.word, AS_MODAL);
  }
  return tokens;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
// Tags of the words a modal never follows: a determiner, possessive, preposition or "to" ("the May
// Bank Holiday", "in May", "to May").
const BEFORE_NO_MODAL = new Set(['DT', 'PRP$', 'WP$', 'IN', 'TO']);

/**
 * Whether the modal-or-month tokens[i], written with a capital inside the sentence, is the modal of
 * a Title Case headline ("Stocks May Fall", "Oil Prices May Rise Again"): the next word, in Title
 * Case with no break before it, can be a verb's base form (isBaseForm), and the word before is no
 * determiner or preposition ("the May Bank Holiday"). A day or year after it was ruled out before (markModals).
 */
function titleCaseModal(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.breakBefore || !TITLE_CASE.test(next.word.surface) || !isBaseForm(next.word.lower)) return false;
  const before = englishLexicon().get(tokens[i - 1]!.word.lower);
  return before === undefined || !BEFORE_NO_MODAL.has(before);
}

/**
 * Whether the lowercase word can be a verb's base form: the lexicon has it as VB, and not mostly as
 * a past form ("said", "got", "found" carry a stray VB reading: "Theresa May Said No"), unless it is
 * a present tense too, as the form itself (VBP) and as its third person ("hits"): "hit", "cut", "lay"
 * (the lexicon lists "hit" as VBD first). "Got" is a VBP without a third person, "found" the reverse
 * ("to found" is too rare a present).
 */
function isBaseForm(lower: string): boolean {
  const lexicon = englishLexicon();
  const tags = lexicon.tags(lower);
  return tags.includes('VB') && (tags[0] !== 'VBD' || (tags.includes('VBP') && lexicon.tags(thirdPersonOf(lower)).includes('VBZ')));
}

/** The third person singular of a verb's base form, by the spelling rules ("hits", "pushes", "tries"). */
function thirdPersonOf(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  return /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
}
