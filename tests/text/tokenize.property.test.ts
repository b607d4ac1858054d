// Properties of the tokenizer on any string: no exception, nothing invented, nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elisionsFor, stemmerFor, stopwordSet } from '../../src/text/language.js';
import { cleanWithWords, type CleanContext } from '../../src/clean/index.js';
import { wordsAt } from '../../src/text/line-words.js';
import { emptyMetadata, normaliseText } from '../../src/ingest/index.js';
import { isInstrumentCode, isSpace, splitSentences, tokenizeArticle, tokenizeWords, unwrapLines, wordLookup, wordRangeLookup } from '../../src/text/tokenize.js';
import type { CleanArticle, PlacedWords, Word } from '../../src/types.js';

const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };

// Any Unicode, and text built from the characters the tokenizer's rules turn on.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom('a', 'B', 'é', '1', '.', ',', '!', '?', '…', "'", '’', '-', '"', '“', ')', ' ', '\n', 'Mr', 'U.S.', ' The ', '\u0301', '\u200d', '👍', 'ש', 'com', 'co', 'St', 'Inc', '/', 'VOD', 'L', 'DJI', 'c1', '=', '(', 'Oa'),
    maxLength: 120,
  }),
);

const withoutSpace = (text: string): string => text.replace(/\s+/gu, '');

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

describe('instrument codes', () => {
  // Codes, and pieces of them, words and numbers, with what stands between words in news text. (A code of
  // one letter before a full stop, "C.N.", is an acronym: tokenize.test.ts.)
  const piece = fc.constantFrom('VOD.L', 'RDSa.L', '.DJI', '.N225', 'EUR=', 'EUR=EBS', 'US10YT=RR', 'CLc1', '7203.T', 'GOOG.O', 'VOD', '.L', '=', 'L', 'U.S.', 'U.S', 'D.C', 'E.ON', '3.5', 'a.m.', 'Amazon.com', 'oil', 'Shell', "isn't");
  const separator = fc.constantFrom(' ', ' ', ' (', ') ', ', ', '. ', ' - ');
  it('a code standing alone is one token and no word, and leaves the tokens around it as they are without it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, separator), { maxLength: 20 }), (parts) => {
        const tokens = tokenizeWords(parts.flat().join(''), options);
        const codes = tokens.filter((t) => !t.word.isWord && /\p{L}/u.test(t.word.surface)).map((t) => t.word.surface);
        expect(codes).toEqual(parts.map(([p]) => p).filter(isInstrumentCode));
        const withoutCodes = parts.map(([p, s]) => [isInstrumentCode(p) ? '' : p, s]).flat().join('');
        expect(tokens.filter((t) => !isInstrumentCode(t.word.surface)).map((t) => t.word.surface)).toEqual(tokenizeWords(withoutCodes, options).map((t) => t.word.surface));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a full stop without its space', () => {
  it('"I" or "A" after a lowercase word, a code-shaped acronym and a dot, before a lowercase word, are words; after a name they make a code', () => {
    const shape = fc.stringMatching(/^[A-Z][A-Z0-9]{1,6}$/);
    const lowercase = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(lowercase, shape, fc.constantFrom('I', 'A'), lowercase, (before, acronym, letter, next) => {
        expect(tokenizeWords(`${before} ${acronym}.${letter} ${next}`, options).map((t) => t.word.surface)).toEqual([before, acronym, letter, next]);
        const code = `${acronym}.${letter}`;
        expect(tokenizeWords(`Acme ${code} ${next}`, options).map((t) => t.word.surface)).toEqual(isInstrumentCode(code) ? ['Acme', code, next] : ['Acme', acronym, letter, next]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('token records', () => {
  it('a token has one record per surface, with its forms, and a break where the gap has punctuation', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenizeWords(text, options);
        let from = 0;
        tokens.forEach((token, i) => {
          const { surface, stem, isStopword } = token.word;
          const straight = surface.toLowerCase().replace(/’/g, "'");
          expect({ stem, isStopword }).toEqual({ stem: options.stem(straight), isStopword: options.stopwords.has(surface.toLowerCase()) || options.stopwords.has(straight) });
          if (surface.length <= 64) expect(wordLookup(options)(surface)).toBe(token.word);
          const at = text.indexOf(surface, from);
          // The same test as the regex it replaced, on the text between this token and the last.
          expect(token.breakBefore).toBe(i > 0 && /[^\s]/u.test(text.slice(from, at)));
          from = at + surface.length;
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the cleaner and the tokenizer share the records when they share the stopwords and the stem function', () => {
    const same = wordLookup({ stopwords: options.stopwords, stem: options.stem });
    expect(same('Markets')).toBe(wordLookup(options)('Markets'));
    expect(wordLookup({ stopwords: new Set(['markets']), stem: options.stem })('Markets').isStopword).toBe(true);
    expect(same('Markets').isStopword).toBe(false);
  });
});

describe('isSpace', () => {
  it('is the regex class \\s on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpace(code)).toBe(/\s/u.test(String.fromCharCode(code)));
  });
});

describe('splitSentences', () => {
  it('sentences are trimmed, non-empty, and together hold every non-space character of the paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const paragraph = unwrapLines(text);
        const sentences = splitSentences(paragraph, options.stopwords);
        for (const sentence of sentences) {
          expect(sentence).toBe(sentence.trim());
          expect(sentence).not.toBe('');
        }
        expect(withoutSpace(sentences.join(''))).toBe(withoutSpace(paragraph));
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

// Lines where the cleaner's word rule and the tokenizer's differ ("U.S." and "3.5" are two words
// to the cleaner, "rock--roll" and "word-" one), and any text.
const wordPiece = fc.constantFrom('U.S.', 'e.g.', 'A.', '3.5', '1,000', '2.', 'rock--roll', "word-", "isn't", 'don’t', "''", '-x', 'well-known', 'Mr.', 'São', 'e\u0301', '👍', '𝐀b', '\ud800', '北京', 'a', 'The', '.', ',', '!', '"', ' ', '  ', '\t', 'https://x.org/a-b', 'http', '://', 'www.', 'jane.doe@x.com', '@', ':', 'Amazon.com', '.com', 'co', '.uk', "'s", '/', 'x.io/a', 'end.The', 'St.', 'Inc.', ' The ', 'VOD.L', 'RDSa', '.L', '.DJI', ' .SPX', '(', 'EUR=', '=EBS', 'CLc1', 'US10YT=RR', '7203.T', 'C.N');
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
    const page = fc.array(fc.oneof(bodyLine, fc.array(wordPiece, { minLength: 20, maxLength: 60 }).map((pieces) => `The council said ${pieces.join(' ')} on the budget.`)), { maxLength: 12 });
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

describe('unwrapLines', () => {
  it('joins lines with single spaces, keeping every non-space character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const joined = unwrapLines(text);
        expect(joined).not.toContain('\n');
        expect(joined).toBe(joined.trim());
        expect(withoutSpace(joined)).toBe(withoutSpace(text));
      }),
    );
  });
});
