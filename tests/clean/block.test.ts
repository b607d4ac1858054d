import { describe, expect, it } from 'vitest';
import { digestFirstItem, ledeBefore, mainBlock, openingParagraphs, type ScoredLine } from '../../src/clean/block.js';
import { describeLine } from '../../src/clean/lines.js';
import type { RemovedLine } from '../../src/types.js';

const body = (words = 30): ScoredLine => ({ probability: 0.9, words, removedBefore: 0 });
const menu = (removedBefore = 0): ScoredLine => ({ probability: 0.02, words: 1, removedBefore });

describe('mainBlock', () => {
  it('is the densest run of body-like lines, across a few weak lines inside it', () => {
    const lines = [menu(), menu(), body(), { probability: 0.2, words: 3, removedBefore: 0 }, body(), body(), menu()];
    expect(mainBlock(lines, 0.35)).toEqual({ first: 2, last: 5, sum: expect.any(Number) });
  });

  it('is null when no line reaches the threshold', () => {
    expect(mainBlock([menu(), menu()], 0.35)).toBeNull();
  });

  it('does not carry the article across a long run of menu lines to the teasers after it', () => {
    const teasers = [body(25), body(25), body(25), body(25)];
    const article = [body(), body(), body(), body(), body()];
    // Five menu lines cost less than the teasers bring: the block spans them.
    expect(mainBlock([...article, ...Array.from({ length: 5 }, () => menu()), ...teasers], 0.35)).toMatchObject({ first: 0, last: 13 });
    // A dozen or more always end the block.
    expect(mainBlock([...article, ...Array.from({ length: 12 }, () => menu()), ...teasers], 0.35)).toMatchObject({ first: 0, last: 4 });
  });

  it('counts the lines removed by rule (repeated menu items) towards that run', () => {
    const teasers = [body(25), body(25), body(25), body(25)];
    const article = [body(), body(), body(), body(), body()];
    // Five menu lines left, with eight repeated ones removed between them: thirteen lines of chrome.
    const menus = [menu(), menu(4), menu(), menu(4), menu()];
    expect(mainBlock([...article, ...menus, ...teasers], 0.35)).toMatchObject({ first: 0, last: 4 });
  });
});

describe('digestFirstItem', () => {
  const stopwords = new Set(['the', 'a', 'of', 'to', 'for', 'and', 'in', 'on', 'its', 'from', 'after', 'said']);
  const date = 'Published 7:00 a.m. ET Dec. 5, 2026';
  const items = [
    'Harbour ferry cuts winter crossings',
    'The island ferry will run five crossings a day from Monday until the end of March, the ferry authority said.',
    'Town pool closed for roof repairs',
    'The Eastfield pool will close for three weeks from Dec. 1 while contractors replace part of its roof, the parks department said.',
    'Farmers market returns to the green',
    'The Saturday market will move back to the town green this weekend after a month in the school car park, organisers said.',
  ];
  // The run's repeated menus weaken the first item: the block opens at the second item's heading.
  const digestOf = (texts: string[]) => {
    const lines = [date, ...texts].map((text, i) => describeLine(i + 1, text, stopwords));
    const removed = new Map([[1, { line: 1, text: date, kind: 'metadata' as const, reason: 'date line' }]]);
    const candidates = lines.map((_, i) => i).slice(1);
    return digestFirstItem(lines, candidates, 2, lines.map(() => 0.35), removed);
  };

  it('moves a block opening at the second item\'s heading up to the first item\'s, under the date line', () => {
    expect(digestOf(items)).toBe(0);
  });

  it('takes no article whose subheadings fall between paragraphs of their own, nor two items alone', () => {
    expect(digestOf([...items.slice(0, 4), 'The pool reopened in 2019 after a two-year refurbishment paid for by the town.'])).toBeNull();
    expect(digestOf(items.slice(0, 4))).toBeNull();
  });
});

describe('ledeBefore', () => {
  const stopwords = new Set(['the', 'a', 'of', 'to', 'for', 'and', 'in', 'on', 'its', 'from', 'after', 'said', 'into']);
  const date = 'Published: Friday, January 18, 2026';
  const story = [
    'After the first period the shot count read Harbour 16, Valley 5, and the home crowd had started to leave.',
    'The visitors were last in the league in shots on goal for the third week running.',
  ];
  // The block opens at the story's second paragraph, two lines under a weak first one right under the date line.
  const ledeOf = (lede: string) => {
    const texts = [date, lede, '', ...story];
    const lines = texts.map((text, i) => describeLine(i + 1, text, stopwords)).filter((line) => line.text !== '');
    const removed = new Map([[1, { line: 1, text: date, kind: 'metadata' as const, reason: 'date line' }]]);
    const candidates = [1, 2, 3];
    return ledeBefore(lines, candidates, 1, [0, 0.2, 0.9, 0.9], removed);
  };

  it('takes a sentence opening with a dateline, no agency named, for the lede', () => {
    expect(ledeOf('HARBOUR CITY -- The rink turned into a classroom for the visitors.')).toBe(0);
  });

  it('leaves a sentence so close over the block, without a dateline, to the block (openingParagraphs reads it): a standfirst or a caption stands there', () => {
    expect(ledeOf('The rink turned into a classroom for the visitors on Thursday.')).toBe(1);
  });

  // A local site's "Reply" and "Share" (removed on sight) or a newswire's "| Source: …" and "Follow" (left) between the date line and the lede.
  const ledeUnder = (buttons: readonly string[], lede: string) => {
    const texts = [date, ...buttons, lede, ...story];
    const lines = texts.map((text, i) => describeLine(i + 1, text, stopwords));
    const removed = new Map<number, RemovedLine>([[1, { line: 1, text: date, kind: 'metadata', reason: 'date line' }]]);
    for (const [i, text] of buttons.entries()) if (text === 'Share') removed.set(i + 2, { line: i + 2, text, kind: 'boilerplate', reason: 'share or follow links' });
    const candidates = lines.map((_, i) => i).filter((i) => !removed.has(i + 1));
    const ledeAt = candidates.indexOf(buttons.length + 1);
    return ledeBefore(lines, candidates, ledeAt + 1, texts.map((_, i) => (i <= buttons.length + 1 ? 0.2 : 0.9)), removed) - ledeAt;
  };

  it('takes a datelined sentence under a row of the header\'s buttons for the lede, the buttons between it and the date line', () => {
    expect(ledeUnder(['Reply', 'Share'], 'HARBOUR CITY, OR — The following items were taken from the police log.')).toBe(0);
    expect(ledeUnder(['| Source: Harbour Rinks Inc.', 'Follow', 'Share'], 'HARBOUR CITY, Ore., Jan. 18, 2026 (RINK WIRE) -- Harbour Rinks Inc. opened a rink.')).toBe(0);
  });

  it('takes none under a sentence or a longer line, nor one without a dateline, nor under more than three lines', () => {
    expect(ledeUnder(['Reply', 'Share'], 'The following items were taken from the police log this week.')).toBe(1);
    expect(ledeUnder(['The visitors lost again.', 'Share'], 'HARBOUR CITY, OR — The following items were taken from the police log.')).toBe(1);
    expect(ledeUnder(['Watch the highlights of the game from Thursday night', 'Share'], 'HARBOUR CITY, OR — The following items were taken from the police log.')).toBe(1);
    expect(ledeUnder(['Reply', 'Follow', 'Print', 'Share'], 'HARBOUR CITY, OR — The following items were taken from the police log.')).toBe(1);
  });

  // A sports site's "More Stories" label (removed: repeated over the run's pages) and one link between the first paragraph and the
  // rest, fewer lines than a lede stands over the block.
  const ledeOverLinks = (between: readonly string[]) => {
    const lede = 'Harbour beat Valley 3-1 on Friday night to end a run of five games without a win at home.';
    const texts = [date, lede, ...between, ...story];
    const lines = texts.map((text, i) => describeLine(i + 1, text, stopwords));
    const removed = new Map<number, RemovedLine>([[1, { line: 1, text: date, kind: 'metadata', reason: 'date line' }]]);
    if (between.length) removed.set(3, { line: 3, text: between[0]!, kind: 'boilerplate', reason: 'repeated in 4 articles' });
    const candidates = lines.map((_, i) => i).filter((i) => !removed.has(i + 1));
    // The lede is candidate 0: whether the block moves up to it.
    return ledeBefore(lines, candidates, candidates.indexOf(2 + between.length), texts.map((_, i) => (i <= 1 ? 0.2 : 0.9)), removed) === 0;
  };

  it('takes the lede over a label of other stories and a link or two, the block under them', () => {
    expect(ledeOverLinks(['More Stories', 'League scores and scorers'])).toBe(true);
    expect(ledeOverLinks(['Related:', 'League scores and scorers', 'Valley coach under pressure'])).toBe(true);
  });

  it('takes none over a line that is no label of stories (a summary box), nor over a label over a sentence', () => {
    expect(ledeOverLinks(['Highlights', 'League scores and scorers'])).toBe(false);
    expect(ledeOverLinks(['More Stories', 'The visitors had the better of the first half.'])).toBe(false);
  });

  // A small site signing its staff's stories with its own name alone under the date line (a candidate line: it is lifted as
  // the source after the block is found), the lede under it, a list between the lede and the block.
  const ledeUnderName = (name: string, header = date) => {
    const lede = 'The Harbour Courier team beat Valley 3-1 on Friday night to end a run of five games without a win at home.';
    const list = ['Scorers:', 'Ann Lee – 2', 'Tom Vasquez – 1'];
    const texts = [header, name, lede, ...list, ...story];
    const lines = texts.map((text, i) => describeLine(i + 1, text, stopwords));
    const removed = new Map<number, RemovedLine>();
    if (header === date) removed.set(1, { line: 1, text: date, kind: 'metadata', reason: 'date line' });
    const candidates = lines.map((_, i) => i).filter((i) => !removed.has(i + 1));
    const ledeAt = candidates.indexOf(2);
    // Whether the block moves up to the lede.
    return ledeBefore(lines, candidates, candidates.indexOf(3 + list.length), texts.map((_, i) => (i <= 2 ? 0.2 : i <= 2 + list.length ? 0.1 : 0.9)), removed) === ledeAt;
  };

  it("takes the lede under the outlet's name signing the story under the date line, as under a byline", () => {
    expect(ledeUnderName('Harbour Courier')).toBe(true);
    expect(ledeUnderName('The Valley Gazette')).toBe(true);
  });

  it("takes none under a menu's word or a line that is no outlet's name, nor under a name with no date line over it", () => {
    expect(ledeUnderName('Sport')).toBe(false);
    expect(ledeUnderName('Listen to this story')).toBe(false);
    expect(ledeUnderName('Harbour Courier', 'Sport')).toBe(false);
  });
});

describe('openingParagraphs', () => {
  const stopwords = new Set(['the', 'a', 'of', 'to', 'for', 'and', 'in', 'on', 'its', 'from', 'after', 'said', 'has', 'have', 'is', 'that', 'with']);
  const date = 'March 14, 2026';
  const lede = 'Harbour Rovers have sacked their manager after a run of nine games without a win, the club said on Saturday.';
  const second = 'The board met on Friday night after the 2-0 home defeat to Eastfield.';
  const story = [
    'Assistant coach Jane Doe will take charge of the first team for the trip to Valley Athletic on Tuesday, with a new manager expected before the end of the month.',
    'The club is fourth from bottom of the league with eleven games left.',
  ];
  // The block opens at `story`; the lines between the date line and it, as the page gives them (removed ones marked).
  const openingOf = (between: Array<string | { removed: string }>, over: string[] = []) => {
    const texts = [...over, date, ...between.map((line) => (typeof line === 'string' ? line : line.removed)), ...story];
    const lines = texts.map((text, i) => describeLine(i + 1, text, stopwords));
    const shareRows = between.flatMap((line) => (typeof line === 'string' ? [] : [line.removed]));
    const removed = new Map<number, RemovedLine>();
    for (const line of lines) {
      if (line.text === date) removed.set(line.number, { line: line.number, text: date, kind: 'metadata', reason: 'date line' });
      else if (shareRows.includes(line.text)) removed.set(line.number, { line: line.number, text: line.text, kind: 'boilerplate', reason: 'share buttons or reader tools' });
    }
    const candidates = lines.map((line, i) => (removed.has(line.number) ? -1 : i)).filter((i) => i >= 0);
    return openingParagraphs(lines, candidates, candidates.length - story.length, removed);
  };

  it('takes the story\'s first paragraphs under the date line, right over the block with nothing removed between', () => {
    expect(openingOf([lede, second])).toBe(0);
    expect(openingOf([lede])).toBe(0);
  });

  it('takes none set apart from the block by a removed line, nor a caption with its credit run on, a standfirst given twice or a desk\'s note', () => {
    expect(openingOf([lede, { removed: 'Share  Tweet' }])).toBeNull();
    expect(openingOf(['Fans leave the ground after the defeat to Eastfield on Saturday [Jane Roe via AP]'])).toBeNull();
    expect(openingOf([lede], [lede])).toBeNull();
    expect(openingOf(['Corrects 3rd paragraph to give the manager\'s full name as John Roe.'])).toBeNull();
  });

  it('takes a first paragraph of one long sentence without its full stop, not a caption with its credit run on after its sentences', () => {
    // A small sports site's first paragraph ended so, and went as page text before the article.
    const unstopped = 'Harbour Rovers have this morning paid the fee in full to the league to secure the return of their former captain from Valley Athletic';
    expect(openingOf([unstopped, second])).toBe(0);
    expect(openingOf(['Fans leave the ground after the defeat to Eastfield on Saturday. The club is fourth from bottom of the league with eleven games left. Jane Roe / AFP'])).toBeNull();
    expect(openingOf(['Fans leave the ground after the home defeat to Eastfield on Saturday night in the rain as the board meets (Jane Roe via AP)'])).toBeNull();
  });
});

// A page that sets its byline's label and the author's name on lines of their own ("By" over "Yuki
// Noguchi", NPR; "By —" over the name, PBS): the label was an empty byline, the name a section label.
