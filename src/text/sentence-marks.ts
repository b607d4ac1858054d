/**
 * The marks that end a sentence, shared by the tokenizer's sentence splitter and the cleaner's
 * line features, so a script's full stop added to one is not missing from the other.
 */

/**
 * Besides ".", "!", "?", "…": the Devanagari danda and double danda (Hindi), the Arabic question
 * mark, the Urdu full stop (U+06D4). A space comes after them.
 */
export const FULL_STOPS = '.!?…।॥؟۔';

/** Chinese and Japanese full-width marks and the halfwidth full stop: no space need come after them. */
export const CJK_FULL_STOPS = '。！？｡';
