// The summary's text and JSON; the CLI's --json, --quiet and colour on a pipe are asserted on pipeline.e2e's runs.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { RunSummary } from '../../src/report/summary-data.js';
import { errorLines, formatRunSummary, jsonRunSummary, terminalText, terminalWidth, useColor, wrappedText } from '../../src/report/terminal-summary.js';

const ESC = '\u001b';

const summary: RunSummary = {
  articlesRead: 3,
  articlesAnalysed: 2,
  articlesFailed: 1,
  articlesWithWarnings: 0,
  problems: [{ sourceFile: 'bad.txt', articleId: null, stage: 'ingest', severity: 'error', problem: 'not text: looks like a PNG image' }],
  outputDir: 'output',
  reportRows: { articles: 2, terms: 0, corpus_terms: 0, keyphrases: 0, sentences: 0, removed_lines: 0, errors: 1 },
  highlights: {
    overview: {
      articles: 2, words: 300, sentences: 20, removedLines: 4, empty: 0, withWarnings: 0, duplicates: 0, nearDuplicates: 0, failed: 1,
      dates: { first: '2024-01-01', last: '2024-01-09', dated: 2 },
      sources: { distinct: 1, top: [{ source: 'Gazette', articles: 2 }] },
      labels: { negative: 1, neutral: 0, positive: 1 },
      notScored: 0,
      meanSentiment: -0.05,
    },
    topTerms: [{ term: 'harbour', count: 12, documents: 2 }],
    mostNegative: [{ id: 'a', title: `Evil \u001b]0;owned\u0007title\u001b[31m`, sentiment: -0.4 }],
    mostPositive: [{ id: 'b', title: 'Good news', sentiment: 0.3 }],
  },
  startedAt: '2024-01-01T00:00:00.000Z',
  durationMs: 1234,
  passMs: { setup: 100, scan: 200, analyze: 600, report: 200, finish: 134 },
  workers: 2,
  corpusTermsDropped: 0,
  articlesDuplicate: 0,
  articlesNearDuplicate: 0,
};

describe('useColor', () => {
  test('only on a TTY, and never with NO_COLOR set or TERM=dumb', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });
});

describe('formatRunSummary', () => {
  test('counts duplicate and near-duplicate articles when there are some, in the text and the --json document', () => {
    const withCopies = { ...summary, articlesDuplicate: 2, articlesNearDuplicate: 3 };
    expect(formatRunSummary(withCopies, { color: false, width: 200 })).toContain('with warnings 0 · duplicates 2 · near-duplicates 3');
    expect(jsonRunSummary(withCopies).counts).toMatchObject({ articlesDuplicate: 2, articlesNearDuplicate: 3 });
    expect(formatRunSummary(summary, { color: false })).not.toContain('duplicates');
  });

  test('says how many articles\' sentiment was not scored, in the text and the --json document, and a mean of none when no article was', () => {
    const overview = { ...summary.highlights.overview, notScored: 2 };
    const some = { ...summary, highlights: { ...summary.highlights, overview } };
    expect(formatRunSummary(some, { color: false, width: 200 })).toContain('1 positive · mean -0.05 (scale -1 to +1) · not scored 2 (another language or no text)');
    expect(jsonRunSummary(some).sentiment).toEqual({ labels: overview.labels, mean: -0.05, notScored: 2 });
    const none = { ...summary, highlights: { ...summary.highlights, overview: { ...overview, labels: { negative: 0, neutral: 0, positive: 0 }, meanSentiment: null } } };
    expect(formatRunSummary(none, { color: false, width: 200 })).toContain('0 positive · mean none · not scored 2');
    expect(formatRunSummary(summary, { color: false })).not.toContain('not scored');
  });

  // "mean +0.05" alone could be a share or a count: the scale is said once, beside the mean.
  test('gives the scale of the sentiment beside its mean', () => {
    expect(formatRunSummary(summary, { color: false })).toMatch(/^ {2}Sentiment {2}.* · mean -0\.05 \(scale -1 to \+1\)$/m);
  });

  test('writes one sentence and one line removed in the singular', () => {
    const overview = { ...summary.highlights.overview, words: 10, sentences: 1, removedLines: 1 };
    expect(formatRunSummary({ ...summary, highlights: { ...summary.highlights, overview } }, { color: false })).toContain('10 in 1 sentence · 1 line removed by cleaning');
    expect(formatRunSummary(summary, { color: false })).toContain('300 in 20 sentences · 4 lines removed by cleaning');
  });

  test('plain text without colour: counts, top terms, extremes, problems, and no escape sequence from a title', () => {
    const text = formatRunSummary(summary, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toContain('read 3 · analysed 2 · failed 1');
    expect(text).toMatch(/harbour\s+12\s+2/);
    expect(text).toContain('-0.40  Evil  ]0;owned title [31m');
    expect(text).toContain('+0.30  Good news');
    expect(text).toContain('bad.txt: not text: looks like a PNG image');
    expect(text).toContain('output/summary.html');
    expect(text).not.toContain('duplicates');
  });

  test('with colour, escape sequences come only from us', () => {
    const text = formatRunSummary(summary, { color: true });
    expect(text).toContain(`${ESC}[31m`);
    expect(text).not.toContain('\u0007');
    expect(text).not.toContain(`${ESC}]`);
  });

  // A run with duplicates and near-duplicates had an Articles line of about 100 columns, which an
  // 80-column terminal broke in the middle of a count.
  test('the overview lines are broken between their items at the width, the rest under the first item, colours counting no columns', () => {
    const overview = { ...summary.highlights.overview, notScored: 1234 };
    const busy = { ...summary, articlesRead: 100_000, articlesAnalysed: 99_000, articlesFailed: 1000, articlesWithWarnings: 12_345, articlesDuplicate: 2345, articlesNearDuplicate: 3456, highlights: { ...summary.highlights, overview } };
    for (const width of [60, 80]) {
      for (const color of [false, true]) {
        const lines = formatRunSummary(busy, { color, width }).split('\n');
        const head = lines.slice(2, lines.indexOf('', 2));
        for (const line of head) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
        const plain = head.join('\n').replace(/\u001b\[[0-9;]*m/g, '');
        expect(plain.split('\n').filter((line) => !line.startsWith('  ')), plain).toEqual([]);
        expect(plain.replace(/\n {13}/g, ' · ')).toContain('read 100,000 · analysed 99,000 · failed 1,000 · empty 0 · with warnings 12,345 · duplicates 2,345 · near-duplicates 3,456');
        expect(plain.replace(/\n {13}/g, ' · ')).toContain('mean -0.05 (scale -1 to +1) · not scored 1,234 (another language or no text)');
      }
    }
    expect(formatRunSummary(busy, { color: false, width: 80 }).split('\n')[2]).toBe('  Articles   read 100,000 · analysed 99,000 · failed 1,000 · empty 0');
  });

  // At 40 columns the date range (38 columns) and "not scored …" passed the edge: an item wider than a line after the label.
  test('an item wider than a line after the label is broken between its words, under the first item', () => {
    const overview = { ...summary.highlights.overview, dates: { first: '2024-01-01', last: '2024-12-31', dated: 1234 }, removedLines: 12_345, notScored: 12 };
    const wide = { ...summary, highlights: { ...summary.highlights, overview } };
    for (const color of [false, true]) {
      const lines = formatRunSummary(wide, { color, width: 40 }).split('\n');
      const head = lines.slice(2, lines.indexOf('', 2));
      for (const line of head) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
      const plain = head.join('\n').replace(/\u001b\[[0-9;]*m/g, '');
      expect(plain.replace(/\n {13}/g, ' ')).toContain('2024-01-01 to 2024-12-31 (1,234 dated)');
      expect(plain.replace(/\n {13}/g, ' ')).toContain('not scored 12 (another language or no text)');
    }
    expect(formatRunSummary(wide, { color: false, width: 40 }).split('\n').filter((line) => line.includes('2024-'))).toEqual(['  Dates      2024-01-01 to 2024-12-31']);
  });

  test('long titles are cut to the terminal width', () => {
    const long = { ...summary, highlights: { ...summary.highlights, mostPositive: [{ id: 'b', title: 'word '.repeat(60), sentiment: 0.3 }] } };
    const widest = Math.max(...formatRunSummary(long, { color: false, width: 80 }).split('\n').filter((l) => l.includes('word')).map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(80);
  });

  // Cut at 68 characters, a Chinese title took 136 columns and a term column of Japanese ran out of line.
  test('titles and terms in Chinese, Japanese, Korean or emoji are cut and padded by screen columns, not characters', () => {
    const wide: RunSummary = {
      ...summary,
      highlights: {
        ...summary.highlights,
        topTerms: [{ term: '東京都', count: 12, documents: 2 }, { term: 'harbour', count: 9, documents: 2 }],
        mostNegative: [{ id: 'a', title: '国务院总理在北京主持召开国务院常务会议，研究部署进一步扩大内需和稳定外贸的政策措施'.repeat(2), sentiment: -0.4 }],
        mostPositive: [{ id: 'b', title: '🎉👨‍👩‍👧🇫🇷 서울 시민 축제 '.repeat(8), sentiment: 0.3 }],
      },
    };
    const lines = formatRunSummary(wide, { color: false, width: 80 }).split('\n');
    for (const line of lines.filter((l) => !l.startsWith('Reports in'))) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(lines.find((l) => l.includes('国务院'))).toMatch(/…$/);
    const terms = lines.filter((l) => /東京都|harbour/.test(l));
    expect(terms.map((l) => stringWidth(l))).toEqual([terms[0]!.length + 3, terms[0]!.length + 3]);
  });
});

test("the width is the terminal's, else COLUMNS, else 80", () => {
  expect(terminalWidth({ columns: 132 }, { COLUMNS: '100' })).toBe(132);
  expect(terminalWidth({}, { COLUMNS: '100' })).toBe(100);
  expect(terminalWidth({ columns: 0 }, { COLUMNS: 'wide' })).toBe(80);
  expect(terminalWidth({}, {})).toBe(80);
});

// A problem was cut at the width: the end of a hint (the command to paste) was lost.
describe('problems are wrapped to the width, not cut', () => {
  const hint = 'not read: this file (ending in .jsonl); only .txt files are analysed, and a .jsonl file only as the input itself: --input /home/analyst/exports/2026-12/feed.jsonl';
  const failed = 'not text: looks like macOS file metadata (an AppleDouble "._" file beside the article, not an article)';
  const many: RunSummary = {
    ...summary,
    problems: [
      { sourceFile: 'exports/feed.jsonl', articleId: null, stage: 'ingest', severity: 'warning', problem: hint },
      { sourceFile: '2026/12/._story.txt', articleId: '2026/12/._story', stage: 'ingest', severity: 'error', problem: failed },
    ],
  };

  test.each([60, 80, 132])('at %i columns every line fits and every word is there', (width) => {
    const lines = formatRunSummary(many, { color: false, width }).split('\n');
    const listed = lines.slice(lines.findIndex((line) => line === 'Problems'), lines.findIndex((line) => line.startsWith('Reports in')));
    for (const line of listed) expect([...line].length, line).toBeLessThanOrEqual(width);
    const words = listed.join(' ').split(/\s+/);
    for (const word of `${hint} ${failed}`.replace(/^not read: /, '').split(' ')) expect(words).toContain(word);
    expect(listed.join('\n')).not.toContain('…');
  });

  test("--quiet's error lines wrap to the width given, continuation lines indented under the text", () => {
    expect(errorLines(many, 60)).toEqual([
      '  2026/12/._story.txt: not text: looks like macOS file',
      '      metadata (an AppleDouble "._" file beside the article,',
      '      not an article)',
    ]);
  });

  test('a word longer than a line is broken inside it; a very long problem is cut after six lines', () => {
    expect(wrappedText(`see ${'x'.repeat(25)}`, 10, '  ')).toEqual(['see xxxxxx', '  xxxxxxxx', '  xxxxxxxx', '  xxx']);
    const long: RunSummary = { ...summary, problems: [{ ...summary.problems[0]!, problem: 'word '.repeat(200) }] };
    const lines = errorLines(long, 60);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toMatch(/…$/);
  });

  // Graphemes of one to two columns, and of several code points (a family emoji, a flag, e and a combining acute).
  const grapheme = fc.constantFrom('a', 'é', 'e\u0301', '😀', '👨‍👩‍👧', '🇫🇷', '東', '한', 'ｶ', '-', '/');

  test('property: wrapped lines fit the width in screen columns and keep the words in order', () => {
    const word = fc.array(grapheme, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 16, max: 120 }), (words, width) => {
        const lines = wrappedText(words.join(' '), width, '    ');
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.map((line, i) => (i ? line.slice(4) : line)).join(' ')).toBe(words.join(' '));
      }),
    );
  });

  test('property: a word longer than a line is broken between graphemes, each line within the width', () => {
    fc.assert(
      fc.property(fc.array(grapheme, { minLength: 1, maxLength: 80 }), fc.integer({ min: 6, max: 40 }), (pieces, width) => {
        const lines = wrappedText(pieces.join(''), width, '  ');
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.map((line, i) => (i ? line.slice(2) : line)).join('')).toBe(pieces.join(''));
      }),
    );
  });
});

test('terminalText replaces control characters and cuts by screen columns between graphemes', () => {
  expect(terminalText('a\u001b[2Jb\r\nc', 80)).toBe('a [2Jb c');
  expect(terminalText('😀😀😀😀', 5)).toBe('😀😀…');
  expect(terminalText('东京都知事选举结果', 8)).toBe('东京都…');
  expect(terminalText('🇫🇷🇩🇪👨‍👩‍👧x', 7)).toBe('🇫🇷🇩🇪👨‍👩‍👧x');
  expect(terminalText('🇫🇷🇩🇪👨‍👩‍👧xy', 7)).toBe('🇫🇷🇩🇪👨‍👩‍👧…');
  expect(terminalText('🇫🇷🇩🇪👨‍👩‍👧xy', 6)).toBe('🇫🇷🇩🇪…');
  expect(terminalText('Cafe\u0301 Cafe\u0301', 6)).toBe('Cafe\u0301 …');
});

test('property: terminalText never takes more columns than it is given', () => {
  const text = fc.array(fc.constantFrom('a', 'é', 'e\u0301', '😀', '👨‍👩‍👧', '🇫🇷', '東', ' '), { maxLength: 60 }).map((pieces) => pieces.join(''));
  fc.assert(fc.property(text, fc.integer({ min: 2, max: 100 }), (title, width) => {
    expect(stringWidth(terminalText(title, width))).toBeLessThanOrEqual(width);
  }));
});

test('terminalText drops bidi overrides, embeddings and isolates: a title or a file name cannot reverse what follows it on the line', () => {
  // U+202E (right-to-left override) showed "Invoice \u202Efdp.exe" as "Invoice exe.pdf", and the rest of the line reversed.
  expect(terminalText('Invoice \u202Efdp.exe', 80)).toBe('Invoice fdp.exe');
  expect(terminalText('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i', 80)).toBe('abcdefghi');
  // Marks set the direction of neutral characters only; Hebrew and Arabic text uses them.
  expect(terminalText('\u200F\u05E9\u05DC\u05D5\u05DD (\u061C3)\u200E', 80)).toBe('\u200F\u05E9\u05DC\u05D5\u05DD (\u061C3)\u200E');
  const hostile = { ...summary, highlights: { ...summary.highlights, mostPositive: [{ id: 'b', title: 'Council \u202Etegdub', sentiment: 0.3 }] } };
  expect(formatRunSummary(hostile, { color: false })).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});

test('a run without articles says which files are read, and lists the warnings that tell why none was', () => {
  const none: RunSummary = {
    ...summary, articlesRead: 0, articlesAnalysed: 0, articlesFailed: 0,
    problems: [{ sourceFile: 'page.html', articleId: null, stage: 'ingest', severity: 'warning', problem: 'not read: 12 files ending in .html, this one first; only .txt files are analysed' }],
  };
  const text = formatRunSummary(none, { color: false });
  expect(text).toContain('No articles found: only .txt files (a directory of them, or one) and .jsonl files are read\n  page.html: not read: 12 files ending in .html');
  expect(formatRunSummary(summary, { color: false })).not.toContain('No articles found');
});

// A JSONL export or web pages beside the .txt files were left out with a warning in errors.csv alone:
// the terminal said "read 15" and nothing of the files it had not read.
test('files of the input that were not read are listed under Not read, once, when other articles were', () => {
  const notRead = 'not read: this file (ending in .jsonl); only .txt files are analysed';
  const some: RunSummary = {
    ...summary,
    problems: [
      { sourceFile: 'feed.jsonl', articleId: null, stage: 'ingest', severity: 'warning', problem: notRead },
      { sourceFile: 'a.txt', articleId: 'a', stage: 'clean', severity: 'warning', problem: 'nothing left after cleaning' },
    ],
  };
  const text = formatRunSummary(some, { color: false });
  expect(text).toContain('Not read\n  feed.jsonl: this file (ending in .jsonl); only .txt files are analysed\n');
  expect(text.split('(ending in .jsonl)')).toHaveLength(2);
  expect(text).not.toContain('nothing left after cleaning');
  // A run without articles lists it under its own heading, as before.
  expect(formatRunSummary({ ...some, articlesRead: 0, articlesAnalysed: 0 }, { color: false }).split('(ending in .jsonl)')).toHaveLength(2);
});

test('a config warning is shown once, under Config, also when no article was found', () => {
  const warning = '"language": "ge" has no stopword list or stemmer here';
  const none: RunSummary = {
    ...summary, articlesRead: 0, articlesAnalysed: 0, articlesFailed: 0,
    problems: [{ sourceFile: 'config', articleId: null, stage: 'config', severity: 'warning', problem: warning }],
  };
  const text = formatRunSummary(none, { color: false });
  expect(text).toContain(`Config\n  config: ${warning}`);
  expect(text.split(warning)).toHaveLength(2);
});

// Article ids a spreadsheet reads as other numbers, a report longer than a sheet, a cut cell: in
// errors.csv alone, though they are what an analyst meets first on opening the CSVs.
test('what a spreadsheet will not show as written is listed under Spreadsheets, once', () => {
  const ids = '3 article ids read as another number in a spreadsheet (0042, 0043, 1.10): 0042 shows as 42';
  const cut = 'sentences.csv, sentence 2: text cut to its first 32,000 of 48,075 characters';
  const some: RunSummary = {
    ...summary,
    problems: [
      { sourceFile: 'a.txt', articleId: 'a', stage: 'clean', severity: 'warning', problem: 'nothing left after cleaning' },
      { sourceFile: 'page.txt', articleId: 'page', stage: 'report', severity: 'warning', problem: cut },
      { sourceFile: 'articles.csv', articleId: null, stage: 'report', severity: 'warning', problem: ids },
    ],
  };
  const text = formatRunSummary(some, { color: false, width: 200 });
  expect(text).toContain(`Spreadsheets\n  page.txt: ${cut}\n  articles.csv: ${ids}\n`);
  expect(text.split(ids)).toHaveLength(2);
  expect(text).not.toContain('nothing left after cleaning');
  expect(formatRunSummary(summary, { color: false })).not.toContain('Spreadsheets');
});

test('the output directory is named once, with or without a final slash', () => {
  for (const outputDir of ['out', 'out/']) {
    const text = formatRunSummary({ ...summary, outputDir }, { color: false });
    expect(text).toContain('Reports in out/ (summary.html');
    expect(text).toContain('Look at the corpus: out/summary.html');
    expect(jsonRunSummary({ ...summary, outputDir }).summaryHtml).toBe('out/summary.html');
  }
});

test('errorLines lists the first ten failures and counts the rest', () => {
  const many = { ...summary, problems: Array.from({ length: 13 }, (_, i) => ({ ...summary.problems[0]!, sourceFile: `f${i}.txt` })) };
  const lines = errorLines(many);
  expect(lines.length).toBe(11);
  expect(lines.at(-1)).toBe('  ... and 3 more in errors.csv');
});
