// Whether lines under a box's label or after the article's last line go on with its story: the
// share of their content words the article's prose above uses, a word's core matched with or
// without an affix, and the words of a script without spaces found by the segmenter. Apart because
// it reads words, not lines (the language's stopword lists, stems, a segmenter), and the rules on
// links (story-links.ts) and on the closing sentence (article-end.ts) both ask it.
import { inStopwordList, stopwordListsOf } from '../../text/language-guess.js';
import { segmenterFor } from '../../text/language.js';
import { hasUnspacedLetter } from '../../text/word-chars.js';
import type { Word } from '../../types.js';
import type { Line, RecordsOf } from '../lines.js';

/**
 * Share of the content words under a box's label that the article's prose above it uses, from which
 * they go on with its story: subheadings each over one paragraph are shaped as teasers are (a
 * headline over a sentence), but name what the article names. Teasers are of other stories: 5-12%
 * of their words are the article's on the benchmark page and fixtures that have them, where one
 * story's sections share 20-36%.
 */
const STORY_CONTINUED_OVERLAP = 0.2;
/**
 * The same for text in a script without spaces between words (Japanese, Chinese, Thai), by the words
 * the segmenter finds (contentKeys): a story's next paragraph uses more words of its own than in a
 * spaced language. On sentences of our own (four Japanese and Chinese stories going on after a link,
 * four teasers of other stories after it), the stories' next paragraphs share 15-69% of their words with
 * the prose above, the teasers none; a teaser of a story on a like subject (the budget under the
 * railway's costs) shares 17%, and is taken for the story's.
 */
const UNSPACED_STORY_CONTINUED_OVERLAP = 0.12;

/**
 * Whether the lines `under` a box's label share STORY_CONTINUED_OVERLAP of their content words
 * (contentKeys) with the article's `prose` above it, a word shared when both hold one core of it
 * (wordCores): the same word with or without an affix.
 */
export function continuesStory(prose: readonly Line[], under: readonly Line[], recordsOf: RecordsOf): boolean {
  const story = new Set(prose.flatMap((line) => contentKeys(line, recordsOf)).flatMap(wordCores));
  const keys = under.flatMap((line) => contentKeys(line, recordsOf));
  const shared = keys.filter((key) => wordCores(key).some((core) => story.has(core))).length;
  const overlap = under.some((line) => hasUnspacedLetter(line.text)) ? UNSPACED_STORY_CONTINUED_OVERLAP : STORY_CONTINUED_OVERLAP;
  return keys.length > 0 && shared / keys.length >= overlap;
}

/** Letters of a word's core, at least: a shorter run of letters is part of too many words. */
const MIN_CORE_LETTERS = 4;
/** Letters a word may have around its core: an affix (Hebrew "ה" "the", "ב" "in"; Turkish "-da" "in"). */
const AFFIX_LETTERS = 2;

/**
 * The runs of letters in `key` that leave out AFFIX_LETTERS of its letters at most and hold
 * MIN_CORE_LETTERS at least (a shorter key is its own one core). Two words holding one core are the
 * same word with an affix on or off, in any language: the stemmers strip a few languages' endings,
 * and a language with none (Hebrew, Turkish, Hungarian) would share only the words it writes alike:
 * ynet's closing sentence under a link (`החלטת הריבית הבאה …`) shares one of its six words with the
 * story so (`החלטת` "the decision of" is `ההחלטה` "the decision" there), and would go as page text.
 */
function wordCores(key: string): string[] {
  const letters = [...key];
  const cores: string[] = [];
  for (let length = Math.min(letters.length, Math.max(MIN_CORE_LETTERS, letters.length - AFFIX_LETTERS)); length <= letters.length; length++) {
    for (let start = 0; start + length <= letters.length; start++) cores.push(letters.slice(start, start + length).join(''));
  }
  return cores;
}

/** A word in none of the stopword lists: the page's language may not be the run's. */
const isContentWord = (word: Word): boolean => word.isWord && !stopwordListsOf(word);

/** Finds the words in a run of letters of a script without spaces: ICU's dictionaries go by the script, so a Japanese segmenter splits Chinese and Thai too. */
const UNSPACED_WORDS = segmenterFor('ja')!;
/** Hiragana alone (or with the long-vowel mark): an inflection or a particle, which the Japanese list has in parts ("された", "について"). */
const HIRAGANA_ONLY = /^[\u3041-\u309f\u30fc]+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * The keys of the line's content words (isContentWord) that continuesStory compares: a spaced word's
 * stem, and the content words the segmenter finds in a run of letters of a script without spaces,
 * which the cleaner's tokenizer (the run's language's) reads as one word. Whole clauses, those runs
 * share nothing with the article, and the paragraph after a link set into a Japanese article ("関連記事")
 * would go as page text after it.
 */
function contentKeys(line: Line, recordsOf: RecordsOf): string[] {
  const keys: string[] = [];
  for (const word of recordsOf(line)) {
    if (!isContentWord(word)) continue;
    if (!hasUnspacedLetter(word.surface)) {
      keys.push(word.stem);
      continue;
    }
    for (const { segment, isWordLike } of UNSPACED_WORDS.segment(word.lower)) {
      if (isWordLike && HAS_LETTER.test(segment) && !HIRAGANA_ONLY.test(segment) && !inStopwordList(segment)) keys.push(segment);
    }
  }
  return keys;
}
