import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyVocabulary, endsWithAbbreviation, foldedText, isTitleShaped, overlapWithBody, readsAs } from '../../../src/clean/title/headlines.js';
import { wordsAt, wordsOf } from '../../../src/text/line-words.js';
import { stemmerFor, stopwordSet } from '../../../src/text/language.js';
import { HAN, KANA, unspacedLetterRanges } from '../../../src/text/word-chars.js';
import { wordLookup, wordRangeLookup } from '../../../src/text/word-records.js';
import { describeLineTest } from '../line-cases.js';

const vocabulary = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
const wordOf = wordLookup(vocabulary);
const wordAt = wordRangeLookup(vocabulary);
/** The cleaner's words of a line, as bodyVocabulary reads them. */
const placedWords = ({ text }: { text: string }) => wordsAt(text, wordAt, (w) => w.surface);

const word = fc.oneof(
  fc.constantFrom('Banks', 'banking', 'company’s', "company's", 'won’t', 'RATES', 'São', 'the', 'of', "mother-in-law's", 'state-owned', '冷凍倉庫', '倉庫向け', '蓄電池', 'の', 'iPhoneを販売', '𠮷野家', 'ស្ពានថ្មី', 'ตลาดน้ำ', 'မန္တလေး', 'ໂຮງໝໍ'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
);
const lineOf = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));

/**
 * A word of a script without spaces (a letter of word-chars.ts's tables in it) as its pairs of neighbouring characters: code
 * points when its first such letter is Han or kana, else clusters (a character with the marks after it, a character after
 * Khmer's coeng or Burmese's virama joined to the one before); null for any other word or one of a single character.
 */
const UNSPACED_LETTER = new RegExp(`[${unspacedLetterRanges()}]`, 'u');
const HAN_OR_KANA = new RegExp(`^[${unspacedLetterRanges(HAN)}${unspacedLetterRanges(KANA)}]$`, 'u');
const CLUSTER = /[\s\S](?:(?<=[\u17d2\u1039])[\s\S]|\p{M})*/gu;
function pairsOf(lower: string): string[] | null {
  const first = UNSPACED_LETTER.exec(lower)?.[0];
  if (first === undefined) return null;
  const characters = HAN_OR_KANA.test(first) ? [...lower] : lower.match(CLUSTER)!;
  return characters.length > 1 ? characters.slice(1).map((character, k) => characters[k]! + character) : null;
}

describe('overlapWithBody', () => {
  it('is the share of the lowercased non-stopwords whose stem the body has, a word of a script without spaces counting as its pairs of characters', () => {
    fc.assert(
      fc.property(lineOf, fc.array(word, { maxLength: 12 }), (line, bodyWords) => {
        const bodyStems = new Set(bodyWords.flatMap((w) => [vocabulary.stem(w.toLowerCase()), ...(pairsOf(w.toLowerCase()) ?? [])]));
        const content = wordsOf(line).words.map((w) => w.toLowerCase()).filter((w) => !vocabulary.stopwords.has(w));
        const units = content.map((w) => pairsOf(w) ?? [vocabulary.stem(w)]);
        const total = units.reduce((sum, pieces) => sum + pieces.length, 0);
        const shared = units.reduce((sum, pieces) => sum + pieces.filter((piece) => bodyStems.has(piece)).length, 0);
        expect(overlapWithBody(wordsOf(line).words.map(wordOf), bodyStems, vocabulary)).toBe(total ? shared / total : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a Japanese headline’s words in its text, which runs them into other words', () => {
    const body = '港湾地区の冷凍倉庫向けに蓄電池のレンタルサービスを来年4月から始めます。';
    const stems = bodyVocabulary([{ text: body }], placedWords, vocabulary);
    expect(overlapWithBody(wordsOf('冷凍倉庫向け蓄電池サービスを開始').words.map(wordOf), stems, vocabulary)).toBeGreaterThan(0.5);
    expect(overlapWithBody(wordsOf('大阪の百貨店で歳末商戦').words.map(wordOf), stems, vocabulary)).toBe(0);
  });
});

describe('bodyVocabulary', () => {
  it("is the stems of the lowercased words, curly apostrophes and all, from the cleaner's words of each line, and the pairs of characters of words of scripts without spaces", () => {
    fc.assert(
      fc.property(fc.array(lineOf, { maxLength: 6 }), (lines) => {
        const words = lines.flatMap((line) => wordsOf(line).words).map((w) => w.toLowerCase());
        const expected = new Set(words.flatMap((w) => [vocabulary.stem(w), ...(pairsOf(w) ?? [])]));
        expect(bodyVocabulary(lines.map((text) => ({ text })), placedWords, vocabulary)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readsAs', () => {
  // Words, every kind of white space \s has, and characters whose lowercase is longer (İ) or other than one letter (Σ, a surrogate pair).
  const piece = fc.constantFrom('Storm', 'STORM', 'storm', 'hits', 'Hits', 'İ', 'i̇', 'Σ', 'σ', '𐐀', '𐐨', 'é', 'x', ' ', '  ', '\t', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '\u200a', '\u1680', '\u205f', '\u202f', '\v', '\f', '\r', '\u200b', '.');
  const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 2 })), { maxLength: 8 }).map((pieces) => pieces.join(''));
  /** The text again with its case and spacing changed, so that many pairs read the same. */
  const restyled = (value: string, upper: boolean, space: string): string => (upper ? value.toUpperCase() : value.toLowerCase()).replace(/\s/gu, space);

  it('gives what folding both texts gives', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), fc.constantFrom(' ', '  ', '\t', '\u00a0 '), fc.boolean(), (title, other, upper, space, same) => {
        const line = same ? ` ${restyled(title, upper, space)} ` : other;
        expect(readsAs(title)(line)).toBe(foldedText(line) === foldedText(title));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a title set again in other case and spacing, not a paragraph opening with it', () => {
    const repeats = readsAs('Storm hits the  coast');
    expect(repeats('  STORM HITS\tTHE COAST ')).toBe(true);
    expect(repeats('Storm hits the coast, and thousands of homes lose power overnight.')).toBe(false);
  });
});

// A closing dot that is an abbreviation's, the line a headline: a time after a comma or after `at`, `by`, `until` or `from`,
// an initialism after a word in lower case, a street's `St.`. A time stamp set after a teaser's words is none.
describeLineTest('endsWithAbbreviation', endsWithAbbreviation,
  ['Hawks (21-6) At Rangers (15-12), 7:30 P.m.', 'Volunteers say the cold has them flooding rinks at 3 a.m.', 'Polls in Harwick stay open until 8 p.m.', 'Airline lands first jumbo jet in U.S.', 'Shares slide on Wall St.'],
  ['The ferry left the harbour at dawn.', 'Ferry crews load trucks before dawn 4:12 a.m.', 'More U.S.', 'Offices in Washington, D.C.']);

// A quotation's attribution under it, an embedded post's signature, an interview's reply: a dash opens each, never a headline.
describeLineTest('isTitleShaped', isTitleShaped,
  ['How much fish is taken from the lake without a licence?', 'Harbour wall to be rebuilt before the storms', 'Ferry fares – what changes in spring'],
  ['— Harold Brinkley on Monday, March 3rd, 2025 in a radio interview', '— Harbour Ferries (@harbourferries) March 3, 2025', '— Думаю, это будет суп из тыквы с гренками']);
