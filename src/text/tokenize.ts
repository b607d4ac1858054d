// Tokenize: paragraphs -> sentences (sentences.ts) -> word tokens. Unicode-aware (letters and
// combining marks of any script stay in one word: "São", "café"), keeps contractions ("isn't"),
// acronyms ("U.S.") and names with a domain ending ("Amazon.com") whole (word-end.ts); instrument
// codes, addresses and elisions are found where a word starts (token-shapes.ts); each word's record
// is shared (word-records.ts) and read again where it stands (acronyms.ts, modals.ts).
import type { CleanArticle, PlacedWords, Sentence, Token, TokenizedArticle, Word } from '../types.js';
import { markAcronyms } from './acronyms.js';
import { KnownWords } from './known-words.js';
import { markModals } from './modals.js';
import { asksQuestion, sentenceSpans, unwrapLines } from './sentences.js';
import { addressEnd, cliticStart, codeEnd, elisionEnd, isIndexCode } from './token-shapes.js';
import { hasNonSpace, isSpace, wordEnd } from './word-end.js';
import { classAt, codeUnits, HAN, hasUnspacedLetter, LONGEST_WORD, unspacedScriptOf } from './word-chars.js';
import { HIRAGANA_ONLY, wordRangeLookup, type TokenizerOptions, type WordTable } from './word-records.js';

/** Word tokens of one sentence. */
export function tokenizeWords(text: string, options: TokenizerOptions): Token[] {
  const wordAt = wordRangeLookup(options);
  return sentenceTokens(tokensIn(text, 0, text.length, wordAt, null, options), options, wordAt, asksQuestion(text, 0, text.length));
}

/** A sentence's tokens as found, split where the script has no spaces, then read in place (acronyms, modals). `asks`: the sentence ends with a question mark. */
function sentenceTokens(found: Token[], options: TokenizerOptions, wordAt: WordTable['ofRange'], asks: boolean): Token[] {
  return markModals(markAcronyms(options.segmenter ? segmentedTokens(found, options.segmenter, wordAt, options.stopwords) : found, asks), options.modals);
}

/**
 * The tokens with each one holding letters of a script without spaces between words replaced by
 * the words the segmenter finds in it ("中国经济增长放缓" was one token, now 中国 · 经济 · 增长 · 放缓),
 * with no break between them: n-grams run across them as across spaced words. Between two such
 * tokens stands punctuation or a space, and a space in such text ends a clause (Thai writes no full
 * stops), so it breaks n-grams as punctuation does. Only texts of such a language come here (their
 * tokenizer has a segmenter), so spaced text costs nothing. Burmese syllables the segmenter leaves
 * alone in a row are one word (isLoneBurmeseSyllable), and so is a Japanese verb the segmenter cut
 * after its kanji (isOkuriganaAfter).
 */
function segmentedTokens(tokens: Token[], segmenter: Intl.Segmenter, wordAt: WordTable['ofRange'], stopwords: ReadonlySet<string>): Token[] {
  const words: Token[] = [];
  let afterUnspaced = false;
  for (const token of tokens) {
    const { surface } = token.word;
    if (!hasUnspacedLetter(surface)) {
      words.push(token);
      afterUnspaced = false;
      continue;
    }
    let breakBefore = token.breakBefore || (afterUnspaced && words.length > 0);
    // The syllables [syllablesStart, syllablesEnd) of surface, not yet pushed.
    let syllablesStart = 0;
    let syllablesEnd = 0;
    const push = (start: number, end: number) => {
      words.push({ word: wordAt(surface, start, end), breakBefore });
      breakBefore = false;
    };
    const pushSyllables = () => {
      if (syllablesEnd > syllablesStart) push(syllablesStart, syllablesEnd);
      syllablesStart = syllablesEnd;
    };
    // The last word pushed when it is a lone kanji: where it starts and ends in surface (end -1: it is not).
    let kanjiStart = 0;
    let kanjiEnd = -1;
    for (const { segment, index, isWordLike } of segmenter.segment(surface)) {
      if (!isWordLike) continue;
      if (isLoneBurmeseSyllable(segment, stopwords)) {
        if (syllablesEnd !== index) {
          pushSyllables();
          syllablesStart = index;
        }
        syllablesEnd = index + segment.length;
        continue;
      }
      pushSyllables();
      const end = index + segment.length;
      if (index === kanjiEnd && isOkuriganaAfter(segment, wordAt(surface, index, end))) {
        words[words.length - 1]!.word = wordAt(surface, kanjiStart, end);
        kanjiEnd = -1;
        continue;
      }
      push(index, end);
      [kanjiStart, kanjiEnd] = isLoneKanji(segment) ? [index, end] : [0, -1];
    }
    pushSyllables();
    afterUnspaced = true;
  }
  return words;
}

/** A segment of one Han character (one code point: an ideograph past U+FFFF is two UTF-16 units). */
function isLoneKanji(segment: string): boolean {
  const point = segment.codePointAt(0)!;
  return segment.length === (point > 0xffff ? 2 : 1) && unspacedScriptOf(point) === HAN;
}

/**
 * Whether a segment right after a lone kanji is the rest of its word: hiragana, and no function word nor piece
 * of one (word-records.ts isHiraganaStopword). ICU's dictionary lacks most inflected verbs and adjectives and
 * cuts them after the stem's kanji: `食|べた`, `行|われ|た`, `述|べた`, `詳|しく`; `べた`, `われ` and `しく`,
 * words of nothing, would be terms. Joined, the verb is one word, as are those ICU knows (`調べ|た`, `生まれ|た`).
 * A piece that is a function word stays one (`私|たち`, `何|か`), and a verb cut into lone kana keeps its kanji
 * as its term (`開|か|れ|た`). A kanji and a kana noun in one run are a compound (`生ごみ`, `町おこし`), one word too.
 */
const isOkuriganaAfter = (segment: string, word: Word): boolean => HIRAGANA_ONLY.test(segment) && !word.isStopword;

const BURMESE_ASAT = 0x103a;
const BURMESE_DOT_BELOW = 0x1037;
const BURMESE_VIRAMA = 0x1039;

/**
 * Whether a segment is one Burmese syllable (or a fragment of one, the kinzi `င်္`) and no stopword: ICU's
 * dictionary lacks most names and splits each into its syllables (`ဒေါ် | ခင် | ခင် | ဝင်း`, `အ | မေ | ရိ | ကန်`
 * America, `ဘ | င်္ | ဂ | လား` Bengal), and some compound verbs too (`ထွက် | ခွာ` "depart"), whose syllables would
 * each be a term; a row of them is one word. A particle (a stopword: `က`, `သည်`, `များ`) ends the row, so the
 * name whose syllable is one stays split (`ရန် | ကုန်` Yangon, `ရန်` "in order to"). A syllable opens with a
 * consonant or a vowel letter that no asat kills (the dot below may stand between, as NFC writes it) and that
 * stacks no consonant under it with a virama: that one is the last of a syllable, the stacked one opens the next
 * (`မန္တလေး` Mandalay is `မန်`, `တ`, `လေး`; `သင်္ဘော` "ship" two); digits are no syllable (docs/design.md, "Burmese syllables").
 */
function isLoneBurmeseSyllable(segment: string, stopwords: ReadonlySet<string>): boolean {
  let onsets = 0;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    // Burmese letters and marks (U+1000-U+109F) but its digits and punctuation (U+1040-U+104F).
    if (code < 0x1000 || code > 0x109f || (code >= 0x1040 && code <= 0x104f)) return false;
    if (!((code >= 0x1000 && code <= 0x102a) || code === 0x103f)) continue;
    const next = segment.charCodeAt(i + 1) === BURMESE_DOT_BELOW ? segment.charCodeAt(i + 2) : segment.charCodeAt(i + 1);
    if (next !== BURMESE_ASAT && next !== BURMESE_VIRAMA && ++onsets > 1) return false;
  }
  return !stopwords.has(segment);
}

/**
 * Word tokens of text[from, to), a sentence of the paragraph `text` (tokenizeWords of the
 * sentence: words do not run over the white space around it). `known`: the words the cleaner
 * found in the paragraph, whose records are taken instead of looked up again. The options' `elisions`
 * and `clitics`: the elided words split off the words they open (elisionEnd), the clitics off the
 * words they close (cliticStart).
 */
function tokensIn(text: string, from: number, to: number, wordAt: WordTable['ofRange'], known: KnownWords | null, { elisions, clitics }: TokenizerOptions): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  // The first token after the last white space: where a web or e-mail address would have started.
  let spaced = 0;
  for (let start = from; start < to; ) {
    if (known) {
      start = known.nextCandidate(start, to);
      if (start >= to) break;
    }
    const end = known?.sameWordEnd(text, start) ?? wordEnd(text, start);
    if (end < 0) {
      start += codeUnits(classAt(text, start));
      continue;
    }
    if (start === from || isSpace(text.charCodeAt(start - 1))) spaced = tokens.length;
    const address = addressEnd(text, start, end, to);
    if (address > 0) {
      // Its words so far go too; what follows it is cut off from what came before, as by punctuation.
      tokens.length = spaced;
      start = address;
      continue;
    }
    if (isPastedBlob(text, start, end)) {
      // Left out as an address is: the next word gets a break, since text stands between it and the last.
      start = end;
      continue;
    }
    const elided = elisions ? elisionEnd(text, start, end, elisions) : -1;
    if (elided > 0) {
      // The elided word with its apostrophe, then the word it opens, as the next token with no break before it.
      tokens.push({ word: wordAt(text, start, elided), breakBefore: tokens.length > 0 && hasNonSpace(text, previousEnd, start) });
      previousEnd = start = elided;
      continue;
    }
    const clitic = clitics ? cliticStart(text, start, end, clitics) : -1;
    if (clitic > 0) {
      // The word, then its clitic with the apostrophe, with no break between them.
      tokens.push({ word: wordAt(text, start, clitic), breakBefore: tokens.length > 0 && hasNonSpace(text, previousEnd, start) });
      tokens.push({ word: wordAt(text, clitic, end), breakBefore: false });
      previousEnd = start = end;
      continue;
    }
    // An instrument code is one token: ".DJI" takes its dot, "VOD.L" and "EUR=EBS" what follows the word.
    const first = isIndexCode(text, from, start, end) ? start - 1 : start;
    const last = first === start ? codeEnd(text, from, start, end, to) : end;
    const word = known?.recordOf(first, last) ?? wordAt(text, first, last);
    tokens.push({ word, breakBefore: tokens.length > 0 && hasNonSpace(text, previousEnd, first) });
    previousEnd = start = last;
  }
  return tokens;
}

const LETTERS_AND_DIGITS = /^[A-Za-z0-9]+$/;

/**
 * text[start, end) is a run of Latin letters and digits longer than any word: a base64 image, a hash or
 * a key pasted into the page. As a term it would fill a spreadsheet cell of terms.csv and keyphrases.csv.
 */
function isPastedBlob(text: string, start: number, end: number): boolean {
  return end - start > LONGEST_WORD && LETTERS_AND_DIGITS.test(text.slice(start, end));
}

/**
 * Sentences of a cleaned article; paragraphs are the body's blank-line-separated blocks.
 * `bodyWords`: the cleaner's words of each paragraph (cleanWithWords), whose records the tokens
 * take instead of looking their words up again.
 */
export function tokenizeArticle(article: CleanArticle, options: TokenizerOptions, bodyWords?: readonly PlacedWords[]): TokenizedArticle {
  const wordAt = wordRangeLookup(options);
  const sentences: Sentence[] = [];
  const paragraphs = article.body.split(/\n\s*\n/);
  const known = bodyWords?.length === paragraphs.length ? bodyWords : undefined;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const text = unwrapLines(paragraph);
    // The cleaner's places are in the line, which is the paragraph when unwrapping left it as it was.
    const words = known && text === paragraph ? new KnownWords(known[paragraphIndex]!) : null;
    const spans = sentenceSpans(text, options.stopwords);
    for (let i = 0; i < spans.length; i += 2) {
      const found = tokensIn(text, spans[i]!, spans[i + 1]!, wordAt, words, options);
      const tokens = sentenceTokens(found, options, wordAt, asksQuestion(text, spans[i]!, spans[i + 1]!));
      sentences.push({ index: sentences.length, text: text.slice(spans[i], spans[i + 1]), paragraph: paragraphIndex, tokens });
    }
  });
  return { ...article, sentences };
}
