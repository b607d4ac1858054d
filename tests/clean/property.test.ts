// Properties of ingest normalisation and the cleaner on any text: no exception, the cleaned body is
// made of lines of the input in their order, and every non-empty line is kept or recorded as removed, exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle, passThrough, type CleanContext } from '../../src/clean/index.js';
import { pageLines } from '../../src/clean/page-lines.js';
import { scoreLines } from '../../src/clean/scored-lines.js';
import { OPENING_TRANSCRIPT_STAMP } from '../../src/clean/chrome/stamps.js';
import { joinDropCaps, unwrapHardWrapped } from '../../src/clean/unwrap.js';
import { emptyMetadata, normaliseText } from '../../src/ingest/index.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import type { RawArticle } from '../../src/types.js';

const stopwords = stopwordSet('en');
const context: CleanContext = {
  boilerplatePatterns: [/^Advertisement$/u],
  articlesWithLine: (key) => (key.length % 4) + 1, // some lines look repeated across articles
  repeatedLineMinArticles: 3,
  stopwords,
  stem: stemmerFor('en'),
};

// Lines shaped like a scraped page (prose, headlines, bylines, dates, chrome) and arbitrary ones.
const line = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('', '   ', 'Advertisement', 'By Jane Doe', 'Published: 2023-04-29', 'Share this', 'Council passes the city budget after debate', '\t=HYPERLINK("x")', '[20:00:00] COOPER: Good evening.'),
  fc.array(fc.constantFrom('the', 'council', 'said', 'budget', 'Mr.', 'U.S.', 'roads', 'é', '👍', 'and', 'of', 'school'), { minLength: 3, maxLength: 30 }).map((words) => `${words.join(' ')}.`),
);
// A paragraph of prose, over 100 characters, so the page is never taken for a hard-wrapped one (unwrap.ts).
const paragraph = fc.array(fc.constantFrom('the', 'council', 'said', 'budget', 'roads', 'school', 'and', 'of', 'mayor', 'members', 'would', 'plan'), { minLength: 24, maxLength: 40 }).map((words) => `The mayor said on Monday that ${words.join(' ')}.`);
// A story's page: a headline with its byline and date lines (each in a few shapes, or none), the paragraphs, and a list
// of headlines under a label. Of pages of lines alone, about 1 in 25 had a byline or a date line removed, and fewer a list.
const storyHeadline = fc.constantFrom('Council passes the city budget after debate', 'Storm closes schools across the county', 'Mayor Opens The New Bridge', 'Harbour fees to rise in spring', 'Local team wins the regional final');
const byline = fc.constantFrom('By Jane Doe', 'By JANE DOE and JOHN ROE', 'By Jane Doe, Staff Writer', 'Jane Doe | The Ledger', 'Written by Jane Doe');
const dateLine = fc.constantFrom('Published: 2023-04-29', 'April 29, 2023', 'Updated 10:15 a.m. EDT, Sat April 29, 2023', '29/04/2023 10:15', 'Posted on Saturday, April 29, 2023 at 10:15 am');
const headlineList = fc
  .tuple(fc.constantFrom('Related stories', 'More from News', 'Most read', 'You may also like'), fc.uniqueArray(storyHeadline, { minLength: 3, maxLength: 5 }))
  .map(([label, headlines]) => [label, ...headlines]);
const storyPage = fc
  .tuple(
    fc.array(line, { maxLength: 3 }),
    storyHeadline,
    fc.array(fc.oneof(byline, dateLine), { maxLength: 3 }),
    fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    fc.option(headlineList, { nil: [] }),
    fc.array(line, { maxLength: 3 }),
  )
  .map(([before, title, header, paragraphs, list, after]) => [...before, title, ...header, ...paragraphs, ...list, ...after].join('\n'));
const pageText = fc.oneof(
  fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, end]) => lines.join(end)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  storyPage,
);

const raw = (text: string, givenMetadata = emptyMetadata()): RawArticle => ({ id: 'x', sourceFile: 'x.txt', text: normaliseText(text), encoding: 'utf-8', givenMetadata, warnings: [] });

// What a JSONL record may give beside its text (jsonl-record.ts): none of it, or any strings, the title often one of the page's lines.
const givenField = fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('Council passes the city budget after debate', 'By Jane Doe', '2023-04-29', 'The Ledger')), { nil: null });
const givenMetadata = fc.oneof(
  fc.constant(emptyMetadata()),
  fc.record({ title: givenField, date: givenField, byline: givenField, source: givenField, url: givenField }),
);

describe('normaliseText', () => {
  it('is idempotent and leaves LF line ends only, NFC, no invisible splitters', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
        expect(once).not.toMatch(/[\r\u200B\u2060\uFEFF\u00AD\t]/u);
        expect(once).toBe(once.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanArticle', () => {
  // Lines of the page as the cleaner reads them: a transcript's stamp opening a line cut off, a drop
  // cap or a hard-wrapped paragraph's lines joined onto its first line (unwrap.ts, which has its own
  // properties), the others left empty. The stamps cut off are listed in one row of their own.
  it('the body is made of lines of the page; every non-empty line is kept or removed, once, every stamp cut off is listed, and the metadata given is kept', () => {
    fc.assert(
      fc.property(pageText, givenMetadata, (text, given) => {
        const article = raw(text, given);
        const stamps: string[] = [];
        const trimmed = article.text.split('\n').map((l) => {
          const stamp = OPENING_TRANSCRIPT_STAMP.exec(l.trim());
          if (stamp) stamps.push(stamp[1]!);
          return stamp ? l.trim().slice(stamp[0].length) : l.trim();
        });
        const lines = unwrapHardWrapped(joinDropCaps(trimmed));
        const cleaned = cleanArticle(article, context);
        const bodyLines = cleaned.body ? cleaned.body.split('\n\n') : [];
        const stampRows = cleaned.removedLines.filter((r) => r.reason.startsWith('transcript time stamp'));
        const removedLines = cleaned.removedLines.filter((r) => !stampRows.includes(r));
        expect(stampRows.map((r) => r.text)).toEqual(stamps.length ? [stamps.join(' ')] : []);
        // The body's paragraphs and the removed rows each in page order: a body written backwards had passed.
        let at = -1;
        for (const bodyLine of bodyLines) {
          at = lines.indexOf(bodyLine, at + 1);
          expect(at, bodyLine).toBeGreaterThanOrEqual(0);
        }
        for (const removed of removedLines) expect(removed.text).toBe(lines[removed.line - 1]);
        expect(bodyLines.length + removedLines.length).toBe(lines.filter(Boolean).length);
        for (let i = 1; i < removedLines.length; i++) expect(removedLines[i]!.line).toBeGreaterThan(removedLines[i - 1]!.line);
        if (!cleaned.body) expect(cleaned.warnings.some((warning) => warning.startsWith('nothing left after cleaning'))).toBe(true);
        for (const [field, value] of Object.entries(given)) if (value !== null) expect(cleaned.metadata[field as keyof typeof given], field).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  // The last property counts the kept and the removed lines: a line kept and also listed as removed, with another line
  // in neither, passed it. Here each line as the cleaner reads it (pageLines: its stamp, script, tweet button cut off) is
  // in the body or in one row removing it whole, never both; a row for a part cut off names a line of the page.
  const CUT_OFF = /cut off the (?:start|end) of (?:line (\d+)|\d+ lines \((\d+) to \d+\))$/u;
  const cutLine = fc.constantFrom(
    'The council will vote on the plan in March, the mayor said. Click to tweet',
    'Council passes the city budget after debate <script>window.dataLayer = [];</script>',
    '[20:00:40] COOPER: The vote was closer than expected.',
    '(Reporting by Jane Doe; Editing by John Roe)',
  );
  it('keeps exactly the lines it does not remove: no line is both in the body and removed, none is neither', () => {
    const page = fc.oneof(pageText, fc.array(fc.oneof(line, paragraph, cutLine), { maxLength: 25 }).map((lines) => lines.join('\n')));
    fc.assert(
      fc.property(page, givenMetadata, (text, given) => {
        const article = raw(text, given);
        const lines = pageLines(article.text);
        const cleaned = cleanArticle(article, context);
        const cuts = cleaned.removedLines.filter((row) => CUT_OFF.test(row.reason));
        const whole = cleaned.removedLines.filter((row) => !cuts.includes(row));
        for (const row of whole) expect(row.text, row.reason).toBe(lines[row.line - 1]);
        for (const row of cuts) expect(row.line, row.reason).toBe(Number(CUT_OFF.exec(row.reason)!.slice(1).find(Boolean)));
        for (const row of cuts) expect(row.line).toBeLessThanOrEqual(lines.length);
        const removedWhole = new Set(whole.map((row) => row.line));
        expect(removedWhole.size).toBe(whole.length);
        const kept = lines.filter((text, i) => text !== '' && !removedWhole.has(i + 1));
        expect(cleaned.body ? cleaned.body.split('\n\n') : []).toEqual(kept);
      }),
      { numRuns: 200 },
    );
  });

  // The properties above read the lines kept and removed, not why: a title found but left in the body, or removed as
  // another kind, had passed them. The title the page gives (none given) is the headline of a line removed as the title.
  it('a title it finds, when the input gives none, is read from a line it removes as the title', () => {
    const headline = fc.constantFrom('Council passes the city budget after debate', 'Title: Mayor opens the new bridge', 'NEWS | Storm closes schools across the county', 'Mayor opens the new bridge - The Ledger', 'BRIDGE OPENS');
    const page = fc
      .tuple(fc.array(line, { maxLength: 4 }), headline, fc.array(line, { maxLength: 3 }), fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.array(line, { maxLength: 5 }))
      .map((parts) => parts.flat().join('\n'));
    fc.assert(
      fc.property(fc.oneof(pageText, page), (text) => {
        const cleaned = cleanArticle(raw(text), context);
        const { title } = cleaned.metadata;
        if (title === null) return;
        expect(cleaned.removedLines.some((row) => row.kind === 'title' && row.text.includes(title)), title).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Well above the cleaner's block threshold (0.35).
  const CLEARLY_BODY = 0.45;
  it('never keeps fewer of the body\'s paragraphs for a repeat of the title between two of them', () => {
    const title = 'Council passes the city budget after debate';
    const page = fc.record({
      paragraphs: fc.uniqueArray(paragraph, { minLength: 2, maxLength: 8 }),
      at: fc.nat(),
      tail: fc.subarray(['Related stories', 'Storm warning issued for the weekend', 'Local team wins the regional final', '© 2024 The Ledger']),
      // How many articles of the run have each line: a story filed twice has its paragraphs in two
      // (three or more make them site chrome, weaker than any headline).
      seen: fc.func(fc.constantFrom(1, 1, 2)),
    });
    fc.assert(
      fc.property(page, ({ paragraphs, at, tail, seen }) => {
        const repeatAt = 1 + (at % (paragraphs.length - 1));
        const run: CleanContext = { ...context, articlesWithLine: (key) => (key === title.toLowerCase() ? 1 : seen(key)) };
        const kept = (lines: string[]) => new Set(cleanArticle(raw([title, ...lines, ...tail].join('\n')), run).body.split('\n\n'));
        const plain = [title, ...paragraphs, ...tail].join('\n');
        const without = kept(paragraphs);
        const withRepeat = kept([...paragraphs.slice(0, repeatAt), title, ...paragraphs.slice(repeatAt)]);
        // The line model reads a line's position and neighbours, so any added line moves the others'
        // body probabilities by a few hundredths, and a paragraph at the threshold may go either way
        // (seed 733802594: 0.350 kept, 0.336 with one more line). What the repeat must not do is end
        // the article: a paragraph kept clear of the threshold stays.
        const scored = scoreLines(normaliseText(plain), run);
        const clear = new Set(scored.lines.filter((_, i) => scored.probabilities[i]! >= CLEARLY_BODY).map((line) => line.text));
        for (const line of without) if (paragraphs.includes(line) && clear.has(line)) expect(withRepeat).toContain(line);
      }),
      { numRuns: 300 },
    );
  });

  // Cleaning is not idempotent on the page's chrome: a line it kept may go the second time, when what stood around it
  // has gone ('Share this' under a copyright line at the top, kept, was once the title of the body
  // alone). What it kept of the article must stay: a body cleaned again, as a record of it with its title would be, keeps its prose.
  it('a body cleaned again keeps every paragraph of prose it kept', () => {
    const chrome = fc.constantFrom('Share this', 'Advertisement', 'By Jane Doe', 'Published: 2023-04-29', 'Related stories', '© 2024 The Ledger', 'Home | News | Sport', 'Council passes the city budget after debate');
    const page = fc.array(fc.oneof({ weight: 3, arbitrary: paragraph }, chrome), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(page, (lines) => {
        const first = cleanArticle(raw(lines.join('\n\n')), context);
        const again = new Set(cleanArticle(raw(first.body, { ...emptyMetadata(), title: first.metadata.title }), context).body.split('\n\n'));
        for (const kept of first.body.split('\n\n')) if (lines.includes(kept) && kept.length > 100) expect(again, kept).toContain(kept);
      }),
      { numRuns: 200 },
    );
  });

  // The last property's example: 'Share this' alone is the label over a share row (one raw line of the dev sets' pages, after
  // an article, not gold), and had been kept over the paragraph, then taken for the title when the body was cleaned again.
  const LONE_PARAGRAPH = 'The council voted on Tuesday to keep the old library open for another year, after hundreds of residents wrote to ask it to.';
  it("removes 'Share this' over a lone paragraph as a share button, and the body cleaned again is the same", () => {
    const first = cleanArticle(raw(['© 2024 The Ledger', 'Share this', LONE_PARAGRAPH].join('\n')), context);
    expect(first.body).toBe(LONE_PARAGRAPH);
    expect(first.removedLines.find((line) => line.text === 'Share this')?.reason).toBe('share or follow links');
    const again = cleanArticle(raw(first.body), context);
    expect([again.body, again.metadata.title]).toEqual([LONE_PARAGRAPH, null]);
  });

  it('passThrough keeps every non-space character', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const article = raw(text);
        expect(passThrough(article).body.replace(/\s+/gu, '')).toBe(article.text.replace(/\s+/gu, ''));
      }),
    );
  });
});
