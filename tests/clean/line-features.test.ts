import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES, featuresPastAdSlots, guardedTest, lineFeatures as featureRows, LITERAL_GUARDED } from '../../src/clean/line-features.js';
import { describeLine } from '../../src/clean/lines.js';
import { line, pageLines, PROSE } from './line-cases.js';

const feature = (name: string): number => FEATURES.findIndex((spec) => spec.name === name);

/** Each line's feature vector. */
const lineFeatures = (...args: Parameters<typeof featureRows>): Float64Array[] => {
  const rows = featureRows(...args);
  return Array.from({ length: rows.length }, (_, i) => rows.row(i));
};

/** afterCommentsHeading for each line of a page: prose, then the heading, then a comment. */
function afterHeading(heading: string): number[] {
  const texts = [PROSE, PROSE, PROSE, PROSE, heading, 'I think the bridge is a waste of money and time.'];
  const lines = pageLines(texts);
  return lineFeatures(lines, texts.map(() => 1)).map((vector) => vector[feature('afterCommentsHeading')]!);
}

describe('lineFeatures: comments heading', () => {
  it.each(['5 comments', '[ 167 comments ]', 'Top Rated Comments', 'Leave a Reply', 'Kommentare (3)', 'Join the discussion', 'Join the conversation', "Readers' Comments", 'Reader’s comments', 'Most popular comments', 'Reader views (5)', "Readers' views", 'Comments are now closed for this story', '34 responses to “Council votes to close the old bridge”', 'One Response to “Why did the council wait?”', '6 thoughts on "The bridge, again"'])('marks the lines after "%s" as comments', (heading) => {
    expect(afterHeading(heading)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  // "Have your say": the BBC sets readers' views quoted in the story under it.
  it.each(['Share Tweet Comment', 'Commentary by our editor', 'Related stories', 'Have your say', 'Your views', 'Point of view', '12 responses to the survey were read out', 'Two thoughts on “the budget” came first.'])('does not take "%s" for a comments heading', (heading) => {
    expect(afterHeading(heading)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('needs prose before the heading (a menu link "Comments" at the top does not count)', () => {
    const texts = ['Comments', PROSE, PROSE];
    const lines = pageLines(texts);
    expect(lineFeatures(lines, [1, 1, 1]).map((vector) => vector[feature('afterCommentsHeading')]!)).toEqual([0, 0, 0]);
  });

  it.each(['0 Comments', 'comments: 0', 'Comments (0)'])('does not open a comments section at "%s" (a count of none)', (heading) => {
    expect(afterHeading(heading)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('does not open a comments section at a "Comments" link between two paragraphs of the article', () => {
    const texts = [PROSE, PROSE, PROSE, 'Comments', PROSE, PROSE];
    const lines = pageLines(texts);
    expect(lineFeatures(lines, texts.map(() => 1)).map((vector) => vector[feature('afterCommentsHeading')]!)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('does not open a comments section at a "Comments" button among share buttons repeated across articles', () => {
    const texts = [PROSE, PROSE, PROSE, 'Twitter', 'Comments', 'Print', PROSE];
    const lines = pageLines(texts);
    const after = lineFeatures(lines, [1, 1, 1, 40, 12, 20, 1]).map((vector) => vector[feature('afterCommentsHeading')]!);
    expect(after).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The same heading after a menu line that is not repeated does open the section.
    const opened = lineFeatures(lines, [1, 1, 1, 1, 12, 20, 1]).map((vector) => vector[feature('afterCommentsHeading')]!);
    expect(opened).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  it('gives every line one value per feature, and window means that stay within 0..1', () => {
    const texts = ['Home', PROSE, 'Share', PROSE, PROSE, '3 hours ago'];
    const lines = pageLines(texts);
    const vectors = lineFeatures(lines, [5, 1, 4, 1, 1, 1]);
    for (const vector of vectors) expect(vector).toHaveLength(FEATURES.length);
    const proseAround = vectors.map((vector) => vector[feature('proseAround')]!);
    // Line 0: of lines 1..3, two are prose; line 5: of lines 2..4, two are prose.
    expect(proseAround[0]).toBeCloseTo(2 / 3);
    expect(proseAround[5]).toBeCloseTo(2 / 3);
  });
});

describe('lineFeatures: storage', () => {
  it('keeps a page\'s vectors in one Float64Array, a row per line (no array per line: a million-line page)', () => {
    const texts = ['Home', PROSE, 'Share', PROSE, '3 hours ago'];
    const lines = pageLines(texts);
    const rows = featureRows(lines, [5, 1, 4, 1, 1]);
    expect(rows.values).toBeInstanceOf(Float64Array);
    expect(rows.values).toHaveLength(texts.length * FEATURES.length);
    expect(rows.row(3).buffer).toBe(rows.values.buffer);
    expect([...rows.row(3)]).toEqual([...rows.values.slice(3 * FEATURES.length, 4 * FEATURES.length)]);
  });
});

describe('featuresPastAdSlots', () => {
  const paragraph = fc.constantFrom(
    PROSE,
    'Residents of the town said that they had waited for the bridge for more than ten years and were glad of it.',
    'The mayor told reporters that the work had cost less than the council had feared when it began in the spring.',
  );
  const chrome = fc.constantFrom('Share this article', 'Related Stories', 'Posted 10:42 AM', 'World News', '12 comments');
  const neighbourColumns = ['proseBefore', 'proseAfter', 'proseAround', 'repeatedAround', ...FEATURES.filter((spec) => /Within\d+$/u.test(spec.name)).map((spec) => spec.name)].map(feature);

  it('gives each line the neighbours it would have without the ad slots inside the text, and its own features as on the page', () => {
    // Each block is a paragraph with or without an ad slot over it, or a chrome line; a slot stands only between two paragraphs.
    const block = fc.oneof(paragraph.map((text) => ({ text, slotBefore: false })), paragraph.map((text) => ({ text, slotBefore: true })), chrome.map((text) => ({ text, slotBefore: false })));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 14 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 30, maxLength: 30 }), (blocks, counts) => {
        const texts: string[] = [];
        const slots = new Set<number>();
        blocks.forEach(({ text, slotBefore }, b) => {
          const afterParagraph = b > 0 && blocks[b - 1]!.text.length > 60;
          if (slotBefore && afterParagraph && text.length > 60) slots.add(texts.push('Advertisement') - 1);
          texts.push(text);
        });
        const lines = pageLines(texts);
        const repeatedIn = texts.map((_, i) => counts[i % counts.length]!);
        const rows = featuresPastAdSlots(lines, repeatedIn, new Set(), null);
        const onPage = featureRows(lines, repeatedIn, new Set(), null);
        const kept = texts.flatMap((_, i) => (slots.has(i) ? [] : [i]));
        const without = featureRows(kept.map((i) => lines[i]!), kept.map((i) => repeatedIn[i]!), new Set(), null);
        texts.forEach((_, i) => {
          const k = kept.indexOf(i);
          FEATURES.forEach((__, column) => {
            const expected = k >= 0 && neighbourColumns.includes(column) ? without.row(k)[column] : onPage.row(i)[column];
            expect(rows.row(i)[column]).toBe(expected);
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  // A subheading over its paragraph under the slot is the text going on; a video player's line there ("Thanks for
  // watching!Visit Website") has a sentence's punctuation inside, and the slot stays its neighbour.
  it.each([
    ['Station Costs Split Towns', 1],
    ['4. Bad Ischl, Austria', 1],
    ['Thanks for watching!Visit Website', 0],
    ['Watch: the bridge opens. More videos', 0],
  ])('skips a slot between prose and "%s" over prose: %i', (heading, skipped) => {
    const lines = pageLines([PROSE, 'Advertisement', heading, PROSE]);
    expect(featuresPastAdSlots(lines, [1, 1, 1, 1], new Set(), null).row(2)[feature('proseBefore')]).toBe(skipped);
  });
});

describe('regexes guarded by their literal parts', () => {
  // Fragments near what the patterns look for, in any case, with the characters that case-fold onto ASCII.
  const fragment = fc.constantFrom(
    'Posted by', 'POSTED BY', 'poſted by', 'said:', 'WROTE :', 'Reply', 'report abuſe', 'Recommend 3', 'recommend',
    '©', '(C) 2019', '(c)2020', 'Copyright', 'COPYRIGHT', 'all rights reserved', 'All Rights Reſerved',
    'http://x.org', 'HTTPS://', 'www.x', 'WWW.X', 'a@b.de', 'ab@cd', '\u212a', 'ſ', 'İ', ' ', ':', '-', '— ', 'word', '42', 'é',
  );
  it('give what the regex alone gives', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 3 })), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        for (const pattern of Object.values(LITERAL_GUARDED)) expect(guardedTest(pattern, text)).toBe(pattern.regex.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('give lineFeatures what the regex alone gives', () => {
    const columns = { webAddress: feature('webAddress'), copyright: feature('copyright'), commentSignature: feature('commentSignature') };
    const text = fc.array(fc.oneof(fragment, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join('').trim() || 'x');
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const lines = pageLines(texts);
        lineFeatures(lines, lines.map(() => 1)).forEach((vector, i) => {
          for (const [name, column] of Object.entries(columns)) expect(vector[column]).toBe(LITERAL_GUARDED[name as keyof typeof columns].regex.test(texts[i]!) ? 1 : 0);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('line shape features', () => {
  const character = fc.constantFrom('A', 'b', 'Ω', 'ω', 'ß', 'İ', 'ǅ', '1', ' ', ':', '.', '-', '北', 'ſ', 'ﬀ');
  const line = fc.array(character, { minLength: 1, maxLength: 30 }).map((parts) => parts.join('').trim()).filter(Boolean);
  it('uppercase and endsWithColon are what their regex formulation gives', () => {
    const uppercase = feature('uppercase');
    const endsWithColon = feature('endsWithColon');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (texts) => {
        const lines = texts.map((text, i) => describeLine(i + 1, text, new Set()));
        lineFeatures(lines, lines.map(() => 1)).forEach((vector, i) => {
          const text = texts[i]!;
          expect(vector[uppercase]).toBe(lines[i]!.wordCount >= 2 && text === text.toUpperCase() && /\p{Lu}/u.test(text) ? 1 : 0);
          expect(vector[endsWithColon]).toBe(/:$/.test(text) ? 1 : 0);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lineFeatures: timeStamp', () => {
  it.each([
    ['Updated 3 hours ago', 1],
    ['14:10 by Jane', 1],
    ['March 4, 2024', 1],
    ['２０２４年３月２９日', 1],
    ['٣ أبريل ٢٠٢٤', 1],
    ['Updated an hour ago', 0],
    ['Share this story', 0],
  ])('gives "%s" %d', (text, expected) => {
    const [vector] = lineFeatures([line(text)], [1]);
    expect(vector![feature('timeStamp')]).toBe(expected);
  });
});
