import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeLine, isCloseUnder, isRightOverOnPage, isRightUnder, isRightUnderOnPage, positionOf, positionOfNumber, rightUnder } from '../../src/clean/lines.js';
import { guessStopwordLanguage } from '../../src/text/language-guess.js';
import { wordsOf } from '../../src/text/line-words.js';
import { scoreLines } from '../../src/clean/scored-lines.js';
import { contextFor } from './context.js';

describe('the language guess of a page of results', () => {
  // Initials and a results page's "d." (defeated) are one letter and a full stop: the German, French
  // and Slovenian lists have such letters, and an English results page was guessed German.
  const results = readFileSync(new URL('fixtures/page-genres/results-initials.txt', import.meta.url), 'utf8');

  it('does not count initials and abbreviations, one letter and a full stop', () => {
    expect(guessStopwordLanguage(results)?.language).toBe('eng');
  });

  it('is the cleaner\'s guess too: the page\'s sentences count English function words', () => {
    const { lines } = scoreLines(results, contextFor([results]));
    expect(lines.find((line) => line.text.startsWith('Coach Rivera said'))!.stopwordShare).toBeGreaterThan(0.25);
  });
});

describe('the title-case share on a page in a language that capitalises its nouns', () => {
  // German writes every noun with a capital: its prose read as capitalised as an English headline, and a subheading of two
  // words ("Getrennte Ablagen") 1.0 where English's "Separate filing" reads 0.5.
  const page = readFileSync(new URL('fixtures/german-subheadings.txt', import.meta.url), 'utf8');
  const share = (text: string, lines = scoreLines(page, contextFor([page])).lines): number => lines.find((line) => line.text === text)!.titleCaseShare;

  it('counts the first word\'s capital, not the nouns\' after it', () => {
    expect(share('Getrennte Ablagen')).toBeCloseTo(1 / 2);
    expect(share('Modellkommune Talstadt')).toBeCloseTo(1 / 2);
    // "Die" and the second sentence's "Wer": the nouns are not counted.
    const prose = page.split('\n').find((line) => line.startsWith('Die Bauämter'))!;
    expect(share(prose)).toBeCloseTo(2 / 31);
  });

  it('counts a stopword set with a capital after the first word, and a word in capitals, as title case', () => {
    const menu = `${page}\nZurück Zum Blog\nKONTAKT UND IMPRESSUM\n`;
    const lines = scoreLines(menu, contextFor([menu])).lines;
    expect(share('Zurück Zum Blog', lines)).toBeCloseTo(2 / 3);
    expect(share('KONTAKT UND IMPRESSUM', lines)).toBe(1);
  });

  it('reads an English page\'s capitals as before', () => {
    const english = 'Separate Filing Offices\nThe building offices keep their files in Berlin and Hamburg, which do not talk to each other.';
    const lines = scoreLines(english, contextFor([english])).lines;
    expect(lines.map((line) => line.titleCaseShare)).toEqual([1, 3 / 17]);
  });
});

describe('describeLine', () => {
  it('measures the signals the line model reads', () => {
    const line = describeLine(3, 'The Mayor said the bridge would reopen in 2021.', new Set(['the', 'would', 'in']));
    expect(line).toMatchObject({ number: 3, wordCount: 9, endsWithSentencePunctuation: true });
    expect(line.stopwordShare).toBeCloseTo(4 / 9);
    expect(line.titleCaseShare).toBeCloseTo(2 / 8);
  });

  it('reads a sentence ending in a footnote mark ("ten years.[2]") as ending in sentence punctuation', () => {
    // A study's write-up with numbered references: its first paragraph was no sentence, and the headline above it no title.
    for (const text of ['The study followed 2,000 adults for ten years.[2]', 'He agreed.”[12][13]']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(true);
    for (const text of ['Sleep and memory [2]', 'See table [a]']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(false);
  });

  it('reads a sentence ending in a superscript footnote mark ("within weeks.¹") as ending in sentence punctuation', () => {
    // A newsletter post's first paragraph ended so: no sentence, it was dropped as page text before the article.
    for (const text of ['Their homes would be under water within weeks.¹', 'Both are falling behind.²³', 'He agreed.”¹⁰']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(true);
    expect(describeLine(1, 'Area in km²', new Set()).endsWithSentencePunctuation).toBe(false);
  });

  it('knows the full stops the tokenizer knows: the Devanagari danda, the Arabic question mark', () => {
    for (const text of ['शहर में नया पुस्तकालय खोला गया।', 'पुस्तकालय खुला रहेगा॥', 'هل يفتح المكتب غدا؟']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(true);
  });

  it('knows the Urdu full stop and the halfwidth Japanese one as the tokenizer does', () => {
    for (const text of ['شہر میں نئی لائبریری کھل گئی۔', '図書館は来週開館する｡']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(true);
  });

  it('knows the full stops of Amharic, Armenian, Khmer and Burmese', () => {
    // Without the Ethiopic full stop ("።") a BBC Amharic page had no sentence: all its paragraphs went as page text.
    for (const text of ['ባንኩ ሐሙስ ባወጣው መግለጫ መመሪያው ተግባራዊ እንደሚሆን ገልጿል።', 'ገዥው ምን አሉ፧', 'Կառավարությունը հաստատեց բյուջեն։', 'កម្មករភាគច្រើនជាស្ត្រី។', 'အစိုးရက ကြေညာခဲ့သည်။']) {
      expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(true);
    }
    expect(describeLine(1, 'ተያያዥ ርዕሶች', new Set()).endsWithSentencePunctuation).toBe(false);
  });

  it('reads the star in brackets Indonesian papers close a story with after its full stop ("… mendatang. (*)")', () => {
    // Tribun's last paragraph ended so: no sentence, it was removed as a headline after the article.
    expect(describeLine(1, 'Jembatan baru itu dijadwalkan dibuka pada bulan Maret. (*)', new Set()).endsWithSentencePunctuation).toBe(true);
    for (const text of ['Harga beras naik (*)', 'Syarat berlaku.(*)']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(false);
  });

  it('reads an emoji after the full stop ("… soon! 🙂") as ending in sentence punctuation, a trade mark sign not', () => {
    // A blog's closing line ended so: no sentence, it was removed as a headline after the article.
    for (const text of ['We look forward to seeing you soon! 🙂', 'Have a look below! ⬇️', 'Two thumbs up. 👍🏽👍🏽']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(true);
    for (const text of ['Matinees every Saturday 🙂', 'Made by Northwind Inc.®']) expect(describeLine(1, text, new Set()).endsWithSentencePunctuation, text).toBe(false);
  });

  it('counts unspaced scripts by characters, not by runs', () => {
    expect(wordsOf('北京时间今天上午举行了新闻发布会').wordCount).toBe(8);
    // Ideographs past U+FFFF (CJK Extension B) are two UTF-16 units each and one character: four of them, two words.
    expect(wordsOf('𠀋𡈽𠮷𩸽').wordCount).toBe(2);
    expect(wordsOf('𠀋𡈽吉').wordCount).toBe(1);
    expect(describeLine(1, '新闻发布会今天举行。', new Set()).endsWithSentencePunctuation).toBe(true);
  });

  it('counts words as the unspaced-script regex and the segmenter alone would, whatever the characters', () => {
    const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
    const SEGMENTED = /[\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    const segmented = (word: string): number => Math.max([...segmenter.segment(word)].filter((segment) => segment.isWordLike).length, 1);
    const weight = (word: string): number => {
      const characters = [...word].length;
      if (characters <= 3) return 1;
      if (UNSPACED.test(word)) return Math.ceil(characters / 2);
      return SEGMENTED.test(word) ? segmented(word) : 1;
    };
    const character = fc.oneof(
      fc.constantFrom('a', 'é', 'ß', ' ', '-', 'ก', 'ข', '北', 'あ', 'ア', '한', '𠀀', 'ฺ', '\u0dff', '\u0e00', 'ក', 'ា', '្', 'ល', 'ສ', 'ະ', 'မ', 'ြ', '។'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const { words, wordCount } = wordsOf(text);
        expect(wordCount).toBe(words.reduce((sum, word) => sum + weight(word), 0));
      }),
    );
  });

  it('counts Khmer, Lao and Burmese words as the segmenter finds them, not one per run nor per two characters', () => {
    // Khmer writes zero-width spaces between words, which normaliseText drops: a paragraph is a few long runs.
    expect(wordsOf('ការដំឡើងនេះគឺកើនឡើង ១០ ដុល្លារ').wordCount).toBe(6);
    // A share button and a print button are a word each, labels; by characters they had counted four, a sentence's.
    expect(wordsOf('ចែករំលែក').wordCount).toBe(1);
    expect(wordsOf('បោះពុម្ព').wordCount).toBe(1);
    expect(wordsOf('ສະບາຍດີປະເທດລາວ').wordCount).toBe(3);
  });
});

describe('describeLine titleCaseShare', () => {
  it('is the share of capitalised words among words starting with a letter, any script', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Word', 'word', 'Élan', 'élan', '3rd', 'Ωmega', 'ωmega', '東京', 'İstanbul', 'ǅemal', 'x', 'Z', '42'), { maxLength: 12 }), (words) => {
        const line = describeLine(1, words.join(' '), new Set());
        const lettered = wordsOf(line.text).words.filter((w) => /^\p{L}/u.test(w));
        const expected = lettered.length ? lettered.filter((w) => /^\p{Lu}/u.test(w)).length / lettered.length : 0;
        expect(line.titleCaseShare).toBe(expected);
      }),
    );
  });
});

describe('describeLine digitShare', () => {
  // figureRows and the page's date order scan only lines with a number: a digit must never go uncounted.
  it('is above 0 for every line with an ASCII digit, in any script around it', () => {
    const piece = fc.constantFrom('7', '2024', '08/03/2024', 'Arsenal 2-1 Chelsea', '٣', '２', '½', '¹', '𝟙', 'x', ' ', 'é', '中', '\u200b');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (/[0-9]/.test(text)) expect(describeLine(1, text, new Set()).digitShare).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('positionOf', () => {
  it("finds a line where lines.indexOf does, in a page's non-empty lines, and no other line of the same number", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }), fc.integer({ min: 1, max: 200 }), (numbers, probe) => {
      const lines = [...numbers].sort((a, b) => a - b).map((number) => describeLine(number, `line ${number}`, new Set()));
      for (const line of lines) expect(positionOf(lines, line)).toBe(lines.indexOf(line));
      expect(positionOf(lines, describeLine(probe, `line ${probe}`, new Set()))).toBe(-1);
    }));
  });

  it('finds a number where findIndex on the lines\' numbers does (positionOfNumber), -1 for a number no line has', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }), fc.integer({ min: 0, max: 201 }), (numbers, probe) => {
      const lines = [...numbers].sort((a, b) => a - b).map((number) => describeLine(number, `line ${number}`, new Set()));
      for (const line of lines) expect(positionOfNumber(lines, line.number)).toBe(lines.indexOf(line));
      expect(positionOfNumber(lines, probe)).toBe(lines.findIndex((line) => line.number === probe));
    }));
  });
});

describe('rightUnder', () => {
  it('holds for a line with no blank line between it and the one over it, in the page or in the lines left after a removal', () => {
    const stopwords = new Set<string>();
    const page = scoreLines('Storm closes the bridge\nBy Ana Ruiz\n\nThe bridge shut on Monday.\nIt reopens on Friday.', contextFor([])).lines;
    expect(page.map((_, i) => i > 0 && rightUnder(page, i))).toEqual([false, true, false, true]);
    const left = [1, 2, 4].map((number) => describeLine(number, `line ${number}`, stopwords));
    expect(rightUnder(left, 1)).toBe(true);
    expect(rightUnder(left, 2)).toBe(false);
    expect(isRightUnder(left[1]!, left[0]!)).toBe(true);
    expect(isRightUnder(left[0]!, left[1]!)).toBe(false);
  });

  it('is false past either end of the page (isRightUnderOnPage)', () => {
    const left = [1, 2, 4].map((number) => describeLine(number, `line ${number}`, new Set()));
    expect(isRightUnderOnPage(left[1], left[0])).toBe(true);
    expect(isRightUnderOnPage(left[2], left[1])).toBe(false);
    expect(isRightUnderOnPage(left[3], left[2])).toBe(false);
    expect(isRightUnderOnPage(left[0], left[-1])).toBe(false);
    // The same read from the line above: its first argument is the one over the other.
    expect(isRightOverOnPage(left[0], left[1])).toBe(true);
    expect(isRightOverOnPage(left[1], left[0])).toBe(false);
    expect(isRightOverOnPage(left[-1], left[0])).toBe(false);
    expect(isRightOverOnPage(left[2], left[3])).toBe(false);
  });
});

describe('isCloseUnder', () => {
  it('holds for a line under another with one blank or removed line between them at most', () => {
    const page = scoreLines('Storm closes the bridge\n\nBy Ana Ruiz\n\n\nThe bridge shut on Monday.', contextFor([])).lines;
    expect(isCloseUnder(page[1]!, page[0]!)).toBe(true);
    expect(isCloseUnder(page[2]!, page[1]!)).toBe(false);
    const left = [1, 2, 4].map((number) => describeLine(number, `line ${number}`, new Set()));
    expect(isCloseUnder(left[1]!, left[0]!)).toBe(true);
    expect(isCloseUnder(left[2]!, left[1]!)).toBe(true);
    expect(isCloseUnder(left[2]!, left[0]!)).toBe(false);
  });
});
