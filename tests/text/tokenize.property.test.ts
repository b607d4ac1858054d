// Properties of the tokenizer on any string: no exception, nothing invented, nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliticsFor, elisionsFor, stemmerFor, stopwordSet } from '../../src/text/language.js';
import { cleanWithWords, type CleanContext } from '../../src/clean/index.js';
import { wordsAt } from '../../src/text/line-words.js';
import { emptyMetadata, normaliseText } from '../../src/ingest/index.js';
import { splitSentences, unwrapLines } from '../../src/text/sentences.js';
import { isInstrumentCode } from '../../src/text/token-shapes.js';
import { LONGEST_WORD } from '../../src/text/word-chars.js';
import { tokenizeArticle, tokenizeWords } from '../../src/text/tokenize.js';
import { wordLookup, wordRangeLookup } from '../../src/text/word-records.js';
import { anyText } from './any-text.js';
import type { CleanArticle, PlacedWords, Word } from '../../src/types.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

describe('tokenizeWords', () => {
  it('tokens are the substrings of the text, in order, without spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let from = 0;
        for (const token of tokenizeWords(text, options)) {
          const at = text.indexOf(token.word.surface, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + token.word.surface.length;
          expect(token.word.surface).not.toMatch(/\s/u);
          expect(token.word.lower).toBe(token.word.surface.toLowerCase());
          expect(token.word.isWord).toBe(/\p{L}/u.test(token.word.surface) && !isInstrumentCode(token.word.surface));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenizeWords on words between spaces and punctuation', () => {
  // Nothing lost: the property above says what each token is, not that every word is one (a tokenizer dropping the
  // last word of a sentence, or taking a word of ten letters for a pasted blob, had passed it).
  // Latin letters up to the longest word (a longer run is a pasted blob, left out), and words of other letters.
  const word = fc.oneof(fc.stringMatching(new RegExp(`^[A-Za-z]{1,${LONGEST_WORD}}$`, 'u'), { size: 'max' }), fc.stringMatching(/^[a-zéßжλ]{1,12}$/u));
  const separator = fc.constantFrom(' ', '  ', ', ', '; ', ' (', ') ', ': ', ' – ');

  it('gives every word as a token, in order, with a break before it where punctuation stands', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 30 }), (pairs) => {
        const tokens = tokenizeWords(pairs.flat().join(''), options);
        expect(tokens.map((token) => token.word.surface)).toEqual(pairs.map(([surface]) => surface));
        expect(tokens.map((token) => token.breakBefore)).toEqual(pairs.map((_, i) => i > 0 && /\S/u.test(pairs[i - 1]![1])));
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenizeWords on words with diacritics and apostrophes', () => {
  // A word is its letters and combining marks, its parts joined by an apostrophe or a hyphen ("Zoë", "façade" with the
  // marks written apart, "नमस्ते", "O’Brien", "rock'n'roll"): the property above has precomposed letters only and no joiner.
  const letter = fc.constantFrom('a', 'Z', 'é', 'ø', 'ж', 'λ', 'ש', 'ب', 'न', 'ქ', '가');
  const mark = fc.constantFrom('\u0301', '\u0308', '\u0323', '\u0327', '\u05B7', '\u064E', '\u093E', '\u094D');
  const part = fc.tuple(letter, fc.array(fc.oneof(letter, mark), { maxLength: 8 })).map(([first, rest]) => first + rest.join(''));
  const word = fc.tuple(part, fc.array(fc.tuple(fc.constantFrom("'", '’', '-'), part), { maxLength: 3 })).map(([first, rest]) => first + rest.flat().join(''));
  const separator = fc.constantFrom(' ', '  ', ', ', '; ', ' (', ') ', ': ', ' – ', ' "', '" ');

  it('gives each word as one token, marks and inner apostrophes and all', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 20 }), (pairs) => {
        const tokens = tokenizeWords(pairs.flat().join(''), options);
        expect(tokens.map((token) => token.word.surface)).toEqual(pairs.map(([surface]) => surface));
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenizeWords with elisions (French, Italian)', () => {
  // French and Italian elided words, English words with apostrophes, and what stands between words.
  const elidedWord = fc.constantFrom("L'", 'l’', "d'", "qu'", "dell'", "un'", "jusqu'", "aujourd'hui", "O'Brien", "isn't", "rock'n'roll", "'", '’', 'opposition', 'Italia', 'à', 'a', '1');
  const separator = fc.constantFrom('', '', ' ', ', ', '. ', '-', "'");
  const words = fc.array(fc.tuple(elidedWord, separator), { maxLength: 20 }).map((parts) => parts.flat().join(''));
  const plain = (language: string) => ({ stopwords: stopwordSet(language), stem: stemmerFor(language) });

  it.each(['fr', 'it'])('%s: a token ending in an apostrophe is an elided word of the language, a stopword, joined to the next token', (language) => {
    const elisions = elisionsFor(language)!;
    // With acronyms and codes after the elided word too ("L'U.S.", "d'VOD.L"): what follows it is read as a word of its own.
    const withCodes = fc.array(fc.tuple(fc.oneof(elidedWord, fc.constantFrom('U.S.', '3.5', 'Amazon.com', 'VOD.L', '.DJI')), separator), { maxLength: 20 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, withCodes), (sample) => {
        const tokens = tokenizeWords(sample, { ...plain(language), elisions });
        let from = 0;
        let elidedEnd = -1;
        for (const { word, breakBefore } of tokens) {
          const at = sample.indexOf(word.surface, from);
          expect(at).toBeGreaterThanOrEqual(from);
          if (elidedEnd >= 0) {
            expect(at).toBe(elidedEnd);
            expect(breakBefore).toBe(false);
          }
          from = at + word.surface.length;
          elidedEnd = /['’]$/u.test(word.surface) ? from : -1;
          if (elidedEnd < 0) continue;
          expect(elisions.has(word.lower.slice(0, -1))).toBe(true);
          expect(word.isStopword).toBe(true);
        }
        expect(elidedEnd).toBe(-1);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['fr', 'it'])('%s: in words and punctuation, the elided words joined back to the words they open give the tokens without elisions', (language) => {
    fc.assert(
      fc.property(words, (sample) => {
        const joined: Array<[string, boolean]> = [];
        let elided = false;
        for (const { word, breakBefore } of tokenizeWords(sample, { ...plain(language), elisions: elisionsFor(language) })) {
          if (elided) joined[joined.length - 1]![0] += word.surface;
          else joined.push([word.surface, breakBefore]);
          elided = /['’]$/u.test(word.surface);
        }
        expect(joined).toEqual(tokenizeWords(sample, plain(language)).map((token) => [token.word.surface, token.breakBefore]));
      }),
      { numRuns: 1000 },
    );
  });
});

// Welsh clitics (token-shapes.ts cliticStart): the property of the elisions above, the other way round. A tokenizer
// that set a break before the clitic had passed every property, token-shapes.test.ts's examples alone red.
describe('tokenizeWords with clitics (Welsh)', () => {
  const cliticWord = fc.constantFrom("Cymru'n", 'sy’n', "i'r", 'o’r', "a'i", "i'w", "mae'N", "rock'n'roll", "O'Neill", "'r", "'", '’', 'afon', 'y', '1');
  const separator = fc.constantFrom('', '', ' ', ', ', '. ', '-', "'");
  const words = fc.array(fc.tuple(cliticWord, separator), { maxLength: 20 }).map((parts) => parts.flat().join(''));
  const welsh = { stopwords: stopwordSet('cy'), stem: stemmerFor('cy') };
  const clitics = cliticsFor('cy')!;

  it('cy: a token opening with an apostrophe is a clitic, a stopword, right after the token before with no break; joined back, the tokens without clitics', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, words), (sample) => {
        const joined: Array<[string, boolean]> = [];
        let from = 0;
        const tokens = tokenizeWords(sample, { ...welsh, clitics });
        for (const [k, { word, breakBefore }] of tokens.entries()) {
          const at = sample.indexOf(word.surface, from);
          expect(at).toBeGreaterThanOrEqual(from);
          if (/^['’]/u.test(word.surface)) {
            expect(clitics.has(`'${word.lower.slice(1)}`)).toBe(true);
            expect(word.isStopword).toBe(true);
            expect([at, breakBefore]).toEqual([from, false]);
            joined[joined.length - 1]![0] += word.surface;
          } else {
            // A word closing with a clitic, in either case, is split, unless a clitic was split off it already ("a'i'r").
            if (!/^['’]/u.test(tokens[k + 1]?.word.surface ?? '')) expect(word.surface).not.toMatch(/.['’][rniw]$/iu);
            joined.push([word.surface, breakBefore]);
          }
          from = at + word.surface.length;
        }
        expect(joined).toEqual(tokenizeWords(sample, welsh).map((token) => [token.word.surface, token.breakBefore]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenizeArticle', () => {
  it('any body: sentences are one line each, tokens come from their sentence', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const article: CleanArticle = { id: 'x', sourceFile: 'x.txt', encoding: 'utf-8', metadata: { title: null, date: null, byline: null, source: null, url: null }, body, removedLines: [], warnings: [] };
        const { sentences } = tokenizeArticle(article, options);
        sentences.forEach((sentence, i) => {
          expect(sentence.index).toBe(i);
          expect(sentence.text).not.toContain('\n');
          for (const token of sentence.tokens) expect(sentence.text).toContain(token.word.surface);
        });
      }),
      { numRuns: 300 },
    );
  });
});

// The property above says each token is of its sentence, not which sentences there are: an article whose last sentence was
// dropped, whose sentences all had paragraph 0, whose paragraphs were split at "\n\n" only, or whose sentences' tokens were read
// from the paragraph's start or asked whether the paragraph (not the sentence) ends in a question mark, had passed it.
describe('tokenizeArticle: the sentences and their tokens', () => {
  // With a byline, date lines and a headline list's lines: abbreviations and times that are no sentence end ("Apr.", "a.m."), lines without one.
  const piece = fc.constantFrom('The mayor said so.', 'WHO knew the plan.', 'Is it done?', 'Mr. Smith left.', 'U.S. officials met', '"It went."', 'and', '3.5', '\n', ' ', '\n \n', '\n\n', 'By Jane Doe', 'Apr. 29, 2023, 10:15 a.m. EDT', 'Published: 2023-04-29', '\nRelated stories\nCouncil Passes Budget\nStorm closes schools\n');
  const body = fc.oneof(anyText, fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join(' ')));

  it("are each paragraph's sentences, numbered in order with their paragraph, each with the tokens tokenizeWords gives it alone", () => {
    fc.assert(
      fc.property(body, (text) => {
        const { sentences } = tokenizeArticle(article(text), options);
        const expected = text.split(/\n\s*\n/).flatMap((paragraph, k) => splitSentences(unwrapLines(paragraph), options.stopwords).map((sentence) => [sentence, k]));
        expect(sentences.map((sentence) => [sentence.text, sentence.paragraph])).toEqual(expected);
        sentences.forEach((sentence, i) => {
          expect(sentence.index).toBe(i);
          expect(sentence.tokens).toEqual(tokenizeWords(sentence.text, options));
        });
      }),
      { numRuns: 500 },
    );
  });
});

// Lines where the cleaner's word rule and the tokenizer's differ ("U.S." and "3.5" are two words
// to the cleaner, "rock--roll" and "word-" one, "می‌شود" two to the cleaner and one to the tokenizer), and any text.
const wordPiece = fc.constantFrom('U.S.', 'e.g.', 'A.', '3.5', '1,000', '2.', 'rock--roll', "word-", "isn't", 'don’t', "''", '-x', 'well-known', 'Mr.', 'São', 'e\u0301', '👍', '𝐀b', '\ud800', '北京', 'a', 'The', '.', ',', '!', '"', ' ', '  ', '\t', 'https://x.org/a-b', 'http', '://', 'www.', 'jane.doe@x.com', '@', ':', 'Amazon.com', '.com', 'co', '.uk', "'s", '/', 'x.io/a', 'end.The', 'St.', 'Inc.', ' The ', 'VOD.L', 'RDSa', '.L', '.DJI', ' .SPX', '(', 'EUR=', '=EBS', 'CLc1', 'US10YT=RR', '7203.T', 'C.N', '&', 'AT', 'T', 'S&P', 'b&', 'می\u200cشود', '\u200c');
const bodyLine = fc.oneof(fc.array(wordPiece, { maxLength: 40 }).map((pieces) => pieces.join('')), anyText);
const article = (body: string): CleanArticle => ({ id: 'x', sourceFile: 'x.txt', encoding: 'utf-8', metadata: { title: null, date: null, byline: null, source: null, url: null }, body, removedLines: [], warnings: [] });
const placed = (line: string): PlacedWords => wordsAt(line, wordRangeLookup(options), (word) => word.surface);

describe('tokenizeArticle with the cleaner\'s words', () => {
  it('gives the tokens that scanning the body gives, for lines of any text', () => {
    fc.assert(
      fc.property(fc.array(bodyLine, { maxLength: 8 }), (texts) => {
        const lines = texts.map((text) => text.replace(/\n/g, ' ').trim()).filter(Boolean);
        const body = article(lines.join('\n\n'));
        expect(tokenizeArticle(body, options, lines.map(placed))).toEqual(tokenizeArticle(body, options));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the tokens that scanning the body gives in a French run, which splits elided words off the cleaner\'s words', () => {
    const french = { stopwords: stopwordSet('fr'), stem: stemmerFor('fr'), elisions: elisionsFor('fr') };
    const frenchLine = fc.array(fc.oneof(wordPiece, fc.constantFrom("L'", 'l’', "qu'", "jusqu'", "aujourd'hui", 'opposition')), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(frenchLine, { maxLength: 8 }), (texts) => {
        const lines = texts.map((text) => text.replace(/\n/g, ' ').trim()).filter(Boolean);
        const body = article(lines.join('\n\n'));
        const placedFrench = (line: string): PlacedWords => wordsAt(line, wordRangeLookup(french), (word) => word.surface);
        expect(tokenizeArticle(body, french, lines.map(placedFrench))).toEqual(tokenizeArticle(body, french));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the tokens that scanning the body gives, past the part of a long line the cleaner read', () => {
    const long = `${'U.S. rock--roll 3.5 and so on. '.repeat(528)}Unquestionably extraordinary words. ${'More words. '.repeat(50)}`.trim();
    const { scanned } = placed(long);
    // The cleaner stops reading inside a word ("extraordinary"), which goes on past it.
    expect(long.slice(scanned - 1, scanned + 1)).toMatch(/^\p{L}{2}$/u);
    const body = article(long);
    expect(tokenizeArticle(body, options, [placed(long)])).toEqual(tokenizeArticle(body, options));
  });

  it('gives the tokens that scanning the body gives, for pages the cleaner cleans', () => {
    const context: CleanContext = { boilerplatePatterns: [], articlesWithLine: () => 1, repeatedLineMinArticles: 3, ...options };
    // Pages with the lines the cleaner removes or keeps around a story (a byline, date lines, a list of headlines), so the words
    // it hands on are those of the lines it keeps between them.
    const pageLine = fc.constantFrom('By Jane Doe', 'Apr. 29, 2023, 10:15 a.m. EDT', 'Published: 2023-04-29', 'Related stories', 'Council Passes Budget', 'Storm closes schools across the county');
    const page = fc.array(fc.oneof(bodyLine, pageLine, fc.array(wordPiece, { minLength: 20, maxLength: 60 }).map((pieces) => `The council said ${pieces.join(' ')} on the budget.`)), { maxLength: 12 });
    fc.assert(
      fc.property(page, (lines) => {
        const raw = { id: 'x', sourceFile: 'x.txt', text: normaliseText(lines.join('\n')), encoding: 'utf-8', givenMetadata: emptyMetadata(), warnings: [] };
        const { article: cleaned, bodyWords } = cleanWithWords(raw, context);
        expect(tokenizeArticle(cleaned, options, bodyWords)).toEqual(tokenizeArticle(cleaned, options));
      }),
      { numRuns: 300 },
    );
  });

  it('takes the records it is given for the words at their places', () => {
    const record = (surface: string): Word => ({ ...wordLookup(options)(surface) });
    const [hello, world] = [record('Hello'), record('world')];
    const { sentences } = tokenizeArticle(article('Hello, world.'), options, [{ words: [hello, world], spans: [0, 5, 7, 12], joined: [], scanned: 13 }]);
    expect(sentences[0]!.tokens.map((token) => token.word)).toEqual([hello, world]);
    expect(sentences[0]!.tokens[0]!.word).toBe(hello);
    expect(sentences[0]!.tokens[1]!.word).toBe(world);
  });
});
