// The word scanners (word-end.ts wordEnd, line-words.ts wordsAt) against the regexes they stand for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLine } from '../../src/clean/lines.js';
import { wordsAt, wordsOf } from '../../src/text/line-words.js';
import { WORD, wordEnd } from '../../src/text/word-end.js';
import { classAt, codePointBefore, HAN, hasUnspacedLetter, hasWideCharacter, textColumns, KANA, KHMER, LAO, LETTER, MARK, MYANMAR, NUMBER, PAIR, THAI, UNSPACED_LETTER, UNSPACED_SCRIPT_COUNT, unspacedLetterRanges, unspacedScriptOf } from '../../src/text/word-chars.js';

// Letters, numbers and marks of several kinds (astral ones, lone surrogates, capitals outside ASCII)
// and the characters the word rules join on or stop at.
const CHARACTERS = [
  'a', 'Z', 'é', 'ß', 'İ', 'ǅ', 'Ω', 'ω', '\u0301', '\u0e3a', '3', '٣', '²', 'Ⅻ', '𝟏', '𝐀', '𝑎', '𠀀', '北', 'ก', 'あ', '한',
  '\ud800', '\udc00', '.', ',', "'", '’', '-', ' ', '\u00a0', '!', '👍', '\u0dff', '\u0e00',
  // The zero-width non-joiner inside a Persian word, which the tokenizer joins on and the cleaner does not.
  '\u200c', 'ی',
  // The name endings and their near misses (word-end.ts NAME_ENDINGS).
  'com', 'co', 'uk', 'info', 'COM', 'c', 'in',
  // The ampersand joins two capitals ("AT&T").
  '&', 'T', 'É',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

/** The tokens wordEnd finds, scanning as tokenizeWords does. */
function scanned(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let start = 0; start < text.length; ) {
    const end = wordEnd(text, start);
    if (end < 0) start += classAt(text, start) & PAIR ? 2 : 1;
    else {
      found.push([start, end]);
      start = end;
    }
  }
  return found;
}

describe('the scripts without spaces between words', () => {
  it("give each script's letters as a character class (headlines.ts reads Thai's), all of them together", () => {
    expect(new RegExp(`^[${unspacedLetterRanges(THAI)}]+$`, 'u').test('ท่าเรือ')).toBe(true);
    expect(new RegExp(`[${unspacedLetterRanges(THAI)}]`, 'u').test('ສະພາ ကောင်စီ 港口')).toBe(false);
    expect(UNSPACED_LETTER).toBe(`[${[THAI, LAO, MYANMAR, KHMER, KANA, HAN].map((script) => unspacedLetterRanges(script)).join('')}]`);
  });

  it('number every script below UNSPACED_SCRIPT_COUNT, the length of an array counting them', () => {
    // The code points numbered past the count, in one assertion (an expect for each of the 69,000 had cost seconds).
    const beyond: number[] = [];
    for (let point = 0; point < 0x10000; point++) if (!(unspacedScriptOf(point) < UNSPACED_SCRIPT_COUNT)) beyond.push(point);
    for (let point = 0x10000; point <= 0x10ffff; point += 0x101) if (!(unspacedScriptOf(point) < UNSPACED_SCRIPT_COUNT)) beyond.push(point);
    expect(beyond).toEqual([]);
    expect(UNSPACED_SCRIPT_COUNT).toBe(Math.max(THAI, LAO, MYANMAR, KHMER, KANA, HAN) + 1);
  });

  it('read Han and kana by code point: the ideographs past U+FFFF, the radicals, the kana supplements and the marks among kana', () => {
    const scriptOf = (character: string): number => unspacedScriptOf(character.codePointAt(0)!);
    // An ideograph of CJK Extension B (a name's 𠮷), of Extension G, a Kangxi and a supplementary radical, the iteration mark.
    for (const han of ['中', '𠮷', '𠀀', '𰀀', '⼈', '⺀', '々']) expect(scriptOf(han), han).toBe(HAN);
    // Katakana's phonetic extensions (Ainu's small ㇰ), a hentaigana of the Kana Supplement, the long-vowel mark, the middle dot.
    for (const kana of ['あ', 'ア', 'ｱ', 'ㇰ', '𛀁', 'ー', '・', 'ﾞ']) expect(scriptOf(kana), kana).toBe(KANA);
    for (const other of ['a', '한', '😀', '𝐀', '\ud842', '\udfb7']) expect(scriptOf(other), other).toBe(0);
    expect(hasUnspacedLetter('Yoshinoya 𠮷')).toBe(true);
    expect(hasUnspacedLetter('Yoshinoya 😀')).toBe(false);
  });

  it('give the code point before a place, a surrogate pair whole', () => {
    expect(codePointBefore('中𠮷', 3)).toBe(0x20bb7);
    expect(codePointBefore('中𠮷', 2)).toBe(0xd842);
    expect(codePointBefore('\udfb7', 1)).toBe(0xdfb7);
    expect(codePointBefore('中', 0)).toBe(-1);
  });
});

describe('textColumns', () => {
  it('is the length of text without wide characters, and counts a wide one of the BMP twice', () => {
    for (const text of ['Harbour reopens', 'café “quoted” — 𝐀', '']) expect(textColumns(text), text).toBe(text.length);
    expect(textColumns('港湾の再整備')).toBe(12);
    expect(textColumns('항만 재정비 2026')).toBe(16);
    expect(textColumns('ＡＢ１、。')).toBe(10);
    // Past U+FFFF a character takes two code units, and two columns: an ideograph of Extension B, an emoji.
    expect(textColumns('𠮷野家😀')).toBe(8);
  });

  it('is more than the length exactly where hasWideCharacter says so', () => {
    fc.assert(
      fc.property(text, (text) => {
        expect(textColumns(text) > text.length).toBe(hasWideCharacter(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('classAt', () => {
  it('gives the classes the u-flag regexes test, and the width of the code point', () => {
    fc.assert(
      fc.property(text, fc.nat(), (text, at) => {
        if (!text) return;
        const i = at % text.length;
        const bits = classAt(text, i);
        const point = String.fromCodePoint(text.codePointAt(i)!);
        const character = bits & PAIR ? point : text[i]!;
        expect(character.length).toBe(bits & PAIR ? 2 : 1);
        expect((bits & LETTER) !== 0).toBe(/^\p{L}$/u.test(character));
        expect((bits & NUMBER) !== 0).toBe(/^\p{N}$/u.test(character));
        expect((bits & MARK) !== 0).toBe(/^\p{M}$/u.test(character));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wordEnd', () => {
  it('finds the matches of the WORD regex, at the same places', () => {
    fc.assert(
      fc.property(text, (text) => {
        const matches = [...text.matchAll(WORD)].map((match): [number, number] => [match.index, match.index + match[0].length]);
        expect(scanned(text)).toEqual(matches);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wordsAt', () => {
  const cut = (line: string, start: number, end: number): string => line.slice(start, end);
  /** The text at each of wordsAt's places. */
  const placedWords = (text: string, spans: readonly number[]): string[] => spans.flatMap((start, i) => (i % 2 ? [] : [text.slice(start, spans[i + 1])]));

  it('splits and counts a line as wordsOf (the regex) does', () => {
    fc.assert(
      fc.property(text, (text) => {
        const { spans, joined, scanned, ...counts } = wordsAt(text, cut, (word) => word);
        expect(counts).toEqual(wordsOf(text));
        expect(scanned).toBe(text.length);
        expect(placedWords(text, spans)).toEqual(counts.words);
        expect(joined).toEqual(counts.words.flatMap((word, k) => (/['’-]/u.test(word) ? [k] : [])));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads long lines from their first characters, as wordsOf does', () => {
    const long = 'Word and 北京时间今天上午 '.repeat(2000);
    const { spans, joined, scanned, ...counts } = wordsAt(long, cut, (word) => word);
    expect(counts).toEqual(wordsOf(long));
    // The count extrapolated to the whole line: 6 words a repeat (the ideographs one per two), 12,000 in all; the
    // first 16,384 characters alone hold 5,461 (a count of the sample alone had passed the comparison above).
    expect(Math.abs(counts.wordCount - 2000 * 6)).toBeLessThanOrEqual(1);
    expect(scanned).toBeLessThan(long.length);
    expect(spans[spans.length - 1]).toBeLessThanOrEqual(scanned);
    expect(placedWords(long, spans)).toEqual(counts.words);
    expect(joined).toEqual([]);
  });
});

describe('describeLine digitShare', () => {
  it('is the share of code units that start a number (\\p{N}) code point', () => {
    fc.assert(
      fc.property(text, (text) => {
        const line = describeLine(1, text, new Set());
        expect(line.digitShare).toBe(text.length ? (text.match(/\p{N}/gu)?.length ?? 0) / text.length : 0);
      }),
      { numRuns: 1000 },
    );
  });
});
