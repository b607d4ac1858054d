/**
 * The marks that end a sentence, shared by the tokenizer's sentence splitter and the cleaner's
 * line features, so a script's full stop added to one is not missing from the other.
 */

/**
 * Besides ".", "!", "?", "…": the Devanagari danda and double danda (Hindi), the Arabic question
 * mark, the Urdu full stop (U+06D4), the Ethiopic full stop and question mark (Amharic, Tigrinya:
 * "።", "፧"), the Armenian full stop ("։"), the Khmer khan ("។") and the Myanmar full stop ("။").
 * A space comes after them. Without "።" no Amharic paragraph ended a sentence: a BBC Amharic page's
 * paragraphs were all removed as page text before the article, and its last one was the title.
 */
export const FULL_STOPS = '.!?…।॥؟۔።፧։។။';

/** Chinese and Japanese full-width marks and the halfwidth full stop: no space need come after them. */
export const CJK_FULL_STOPS = '。！？｡';
