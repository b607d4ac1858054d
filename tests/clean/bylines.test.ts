// Which of a page's bylines signs the article: the header's, by its date line, not a menu's item
// read as one nor a reader comment's under the article. Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { isOutlet } from '../../src/clean/outlets.js';
import { article, contextFor } from './context.js';
import { LABELLED_BYLINES } from './metadata/labelled-bylines.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

const STORY = [
  'The city council on Tuesday approved a plan to rebuild the harbour wall, which storms damaged twice last winter.',
  'The work will cost about 12 million and should be finished before the autumn storms of next year.',
  'Fishermen who moor their boats along the wall said they had waited a long time for the repairs.',
  'The council will ask the national government to pay for half of the cost, its leader said.',
].join('\n\n');

describe('a byline in a reader comment under the article', () => {
  it.each([
    'Posted by: Kessler | December 29, 2007 02:40 PM',
    // Read as a byline and a date line since its "on" is.
    'Posted by: Kessler on December 29, 2007 02:40 PM',
  ])('"%s" signs the comment, not the article', (comment) => {
    const text = `Harbour wall to be rebuilt\nDecember 29, 2007\n\n${STORY}\n\n2 Comments\nGreat news, finally!\n${comment}\nTook them long enough.\nPosted by: Wade Lindgren | December 29, 2007 03:05 PM\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBeNull();
    expect(cleaned.metadata.date).toBe('2007-12-29');
  });

  it('the byline closing the article still signs it', () => {
    const text = `Harbour wall to be rebuilt\nDecember 29, 2007\n\n${STORY}\n\nPosted by: Colin Marsh | December 29, 2007 11:52 AM\n\n2 Comments\nGreat news, finally!\nPosted by: Kessler | December 29, 2007 02:40 PM\n`;
    expect(clean(text).metadata.byline).toBe('Colin Marsh');
  });
});

describe("a menu's item read as a byline above the header", () => {
  const menu = 'Radio\nOpen Water Hour\nBy Every Road Possible\nHigh Stakes\nFair & Square\nSide Roads\n';

  it('gives way to the byline by the date line', () => {
    const text = `${menu}Harbour wall to be rebuilt\nColumnists\n20:42 19.11.2019\nby Corwin Ashby\n\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Corwin Ashby');
    expect(cleaned.metadata.date).toBe('2019-11-19T20:42');
  });

  it('gives way to a byline on the date line, its names and date after "on"', () => {
    const filters = 'Issues\nBy subject\nPeople\nBy speaker\n';
    const text = `${filters}Harbour wall to be rebuilt\n\nBy Dolores Whitcombe on Tuesday, March 15th, 2022 at 10:37 a.m.\n\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Dolores Whitcombe');
    expect(cleaned.metadata.date).toBe('2022-03-15T10:37');
  });

  it('is no byline when no byline stands by a date line: a quantifier opens no name', () => {
    const text = `${menu}Harbour wall to be rebuilt\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBeNull();
  });
});

// The Indian Express signs its newsroom's copy with its news service: the article's source, no author.
describe("an outlet's news service signing the article", () => {
  it('is the source, and the article has no author', () => {
    const text = `Cities\nHarbour wall to be rebuilt before the monsoon\nBy Express News Service | Updated: December 4, 2026 09:10 IST\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: null, source: 'Express News Service', date: '2026-12-04T09:10' });
  });
});

// The Berkshire Eagle signs "By Meg Britton-Mehlisch, The Berkshire Eagle": "Eagle" is no outlet's word, so the paper had
// stayed in the author and the story had no source.
describe("a byline signed with a paper named with \"The\"", () => {
  it('gives the names as the author and the paper as the source', () => {
    const text = `Local News\nHarbour wall to be rebuilt before the storms\nBy Meg Britton-Mehlisch, The Berkshire Eagle\nDec 4, 2026\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: 'Meg Britton-Mehlisch', source: 'The Berkshire Eagle', date: '2026-12-04' });
  });
});

// A sponsor, a subscription's tier or an outlet read as the author.
describe("a newsletter's sponsor over its byline", () => {
  it.each([
    ['over', 'Presented by Acme Energy\nBy Jane Doe and John Roe\n'],
    ['under', 'By Jane Doe and John Roe\nPresented by Acme Energy\n'],
  ])('gives way to the "By" line %s it', (_, lines) => {
    const text = `Playbook\nHarbour wall to be rebuilt before the storms\n${lines}December 4, 2026\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBe('Jane Doe and John Roe');
  });

  it('a host with no "By" line on the page is still the author', () => {
    const text = `The Harbour Podcast\nHarbour wall to be rebuilt before the storms\nPresented by Laura Finch\nDecember 4, 2026\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBe('Laura Finch');
  });

  it("a reader comment's byline under the article does not replace the host", () => {
    const comments = '2 Comments\nGreat news, finally!\nPosted by: Kessler | December 29, 2007 02:40 PM\nTook them long enough.\n';
    const text = `The Harbour Podcast\nHarbour wall to be rebuilt before the storms\nPresented by Laura Finch\nDecember 4, 2026\n\n${STORY}\n\n${comments}`;
    expect(clean(text).metadata.byline).toBe('Laura Finch');
  });
});

describe("a subscription's tier by the date line", () => {
  it.each(['Axios Pro', 'Metro Plus'])('"%s" is no author', (tier) => {
    const text = `Harbour wall to be rebuilt before the storms\n${tier}\nDecember 4, 2026\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBeNull();
  });

  it('is crossed between the author over it and the date line', () => {
    const text = `Harbour wall to be rebuilt before the storms\nJane Doe\nAxios Pro\nDecember 4, 2026\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBe('Jane Doe');
  });
});

describe("a desk named by the site's own name", () => {
  const page = (header: string, byline: string) => `${header}\nHarbour wall to be rebuilt before the storms\n${byline}\n4 Dec 2026, 06:15 AM IST\n\n${STORY}\n`;

  it.each(['Mint', 'www.harbourmint.com'])('is no author under "%s"', (header) => {
    expect(clean(page(header, 'By Mint Desk')).metadata.byline).toBeNull();
  });

  it("is a person's name where the page names no such site", () => {
    expect(clean(page('Mint', 'By Jane Desk')).metadata.byline).toBe('Jane Desk');
    expect(clean(page('Harbour News', 'By Mint Desk')).metadata.byline).toBe('Mint Desk');
  });
});

describe("a place's name in the byline's place", () => {
  const page = (header: string) => `Harbour wall to be rebuilt before the storms\n${header}\n\n${STORY}\n`;

  it.each(['New York\nDecember 4, 2026', 'Fort Worth\nDecember 4, 2026', 'Hong Kong\nDecember 4, 2026', 'Buenos Aires\nDecember 4, 2026', 'Jane Doe and New York\nFri, December 4, 2026 at 6:15 AM GMT+1'])(
    '"%s" names no author',
    (header) => {
      expect(clean(page(header)).metadata).toMatchObject({ byline: null, date: expect.stringMatching(/^2026-12-04/) });
    },
  );

  it('is a part of the byline and date line beside the name', () => {
    expect(clean(page('By Bryce Hoye · New York · Posted: Dec 04, 2026 4:00 AM EST')).metadata).toMatchObject({ byline: 'Bryce Hoye', date: '2026-12-04T04:00' });
  });

  it('a name and another name are still the byline', () => {
    expect(clean(page('Jane Doe and Oliver North\nDecember 4, 2026')).metadata.byline).toBe('Jane Doe and Oliver North');
  });

  it.each(['New Harbour', 'San Marco', 'Clark County', 'Tel Aviv'])('"%s" between the author and the date line is crossed, the name over it the author', (place) => {
    expect(clean(page(`Marta Lins\n${place}\n4.dez.2026 às 13h15`)).metadata).toMatchObject({ byline: 'Marta Lins', date: expect.stringMatching(/^2026-12-04/) });
  });
});

describe('an outlet signed in the byline', () => {
  const page = (byline: string, date = 'December 4, 2026') => `Harbour wall to be rebuilt before the storms\n${byline}\n${date}\n\n${STORY}\n`;

  it.each([
    ['By Jane Doe, CNN', 'Jane Doe', 'CNN'],
    ['By JANE DOE, FOX NEWS', 'JANE DOE', 'Fox News'],
    ['Kerry Langford Fox News', 'Kerry Langford', 'Fox News'],
    ['By JOHN SMITH FOR DAILYMAIL.COM', 'JOHN SMITH', 'DAILYMAIL.COM'],
    ['By Jane Doe, Chief Political Correspondent For The Daily Mail', 'Jane Doe', 'The Daily Mail'],
    ['By Amy Roe | Coast Advance Media for Harbour.com', 'Amy Roe', 'Harbour.com'],
    ['Mara Jennings, USA TODAY', 'Mara Jennings', 'USA Today'],
    ['Rūta Jankauskienė, LRT.lt', 'Rūta Jankauskienė', 'LRT.lt'],
    ['Von Lena Hartwig, NDR', 'Lena Hartwig', 'NDR'],
    ['Por Ana Duarte, g1 RJ', 'Ana Duarte', 'g1 RJ'],
    // A guest writer on an opinion page: the comma before "For" had stayed in the author.
    ['by Jane Doe, For The Harbour Courier', 'Jane Doe', 'The Harbour Courier'],
    // "for the" and a paper no list knows: the author had kept "for the Harbour Courier".
    ['By Jane Doe for the Harbour Courier', 'Jane Doe', 'The Harbour Courier'],
    // "with" a news agency whose copy the story draws on: the author had kept "with AFP".
    ['By Jane Doe with AFP', 'Jane Doe', 'AFP'],
    ['By Jane Doe, with Reuters', 'Jane Doe', 'Reuters'],
  ])('"%s": the person is the author, the outlet the source', (byline, author, source) => {
    expect(clean(page(byline)).metadata).toMatchObject({ byline: author, source });
  });

  // The masthead's short name: the page's masthead and notice name the paper in full.
  const mastheaded = (paper: string) => `${paper}\nSubscribe\nLog in\n${page('by Jane Doe, For The Courier')}\n© 2026 ${paper}, LLC\n`;

  it('"For The Courier" on The Harbour Courier\'s page: the page\'s fuller name is the source', () => {
    expect(clean(mastheaded('The Harbour Courier')).metadata).toMatchObject({ byline: 'Jane Doe', source: 'The Harbour Courier' });
  });

  it('"For The Courier" on another paper\'s page keeps its outlet', () => {
    expect(clean(mastheaded('The Harbour Tribune')).metadata).toMatchObject({ byline: 'Jane Doe', source: 'The Courier' });
  });

  it.each([
    'By Jane Doe for the second time', 'By Jane Doe, MD', 'By Jane Doe, Austin TX', 'By Jane Doe with agencies',
    // Title Case after "for the" that names a time, no paper: "The Second Time" is no source.
    'By Jane Doe for the Second Time', 'By Jane Doe for the Last Time', 'By Jane Doe for the Time Being',
  ])('"%s" names no outlet', (byline) => {
    expect(clean(page(byline)).metadata.source).toBeNull();
  });
});

describe('a name with a full stop after it by the date line', () => {
  const page = (header: string) => `Harbour wall to be rebuilt before the storms\n${header}\n\n${STORY}\n`;

  it('is the author, without the full stop', () => {
    expect(clean(page('Harbour Courier\nClaire-Anne Morel.\nPublié le 04/12/2026 à 08h15')).metadata.byline).toBe('Claire-Anne Morel');
  });

  it('an initial alone before the full stop is no name', () => {
    expect(clean(page('Jane M.\nPublié le 04/12/2026 à 08h15')).metadata.byline).toBeNull();
  });
});

describe("a name, a dash and the writer's post at an outlet's service by the date line", () => {
  const page = (header: string) => `${header}\n\nPort Ellis, CA (HNS) - ${STORY}\n`;

  it('is the byline, the name alone the author', () => {
    expect(clean(page('December 4, 2026 4:48 a.m. EST\nMara Quinn - Harbour News Service News Writer')).metadata.byline).toBe('Mara Quinn');
  });

  it('a name, a dash and no post is no byline', () => {
    expect(clean(page('December 4, 2026 4:48 a.m. EST\nRay Dunmore - Hard Winter')).metadata.byline).toBeNull();
  });
});

describe("the site's and the author's names closing the article", () => {
  const page = (signature: string) => `Harbour Courier\nHarbour wall to be rebuilt before the storms\nClaire-Anne Morel.\nPublié le 04/12/2026 à 08h15\n\n${STORY}\n${signature}\n`;

  it("are the page's, not the last paragraph", () => {
    expect(clean(page('Harbour Courier Claire-Anne Morel.')).body).toMatch(/its leader said\.$/u);
  });

  it("a name after another outlet's stays", () => {
    expect(clean(page('Valley Gazette Claire-Anne Morel.')).body).toMatch(/Claire-Anne Morel\.$/u);
  });
});

describe("a byline with the author's handle after a slash", () => {
  it.each(['By: Jane Doe - Reporter / @JaneDoeHC', 'By: Jane Doe / @JaneDoeHC'])('"%s": the name alone is the author', (byline) => {
    expect(clean(`Harbour wall to be rebuilt before the storms\n${byline}\nDecember 4, 2026\n\n${STORY}\n`).metadata.byline).toBe('Jane Doe');
  });
});

// The Gleaner sets the name and the post after a slash under its date line: the line had no name's shape, and the story no author;
// a longer one the line model took into the block as its first line, as a dash's.
describe("a name and the writer's post right under the date line", () => {
  it.each(['Dorett Campbell-Reid/Staff Reporter', 'Dorett Campbell-Reid/Senior Staff Reporter', 'Dorett Campbell-Reid - Senior Staff Reporter'])('"%s": the name is the author, the line out of the body', (byline) => {
    const cleaned = clean(`Harbour wall to be rebuilt before the storms\nPublished: Friday | December 4, 2026 | 12:09 AM\n${byline}\n\n${STORY}\n`);
    expect(cleaned.metadata.byline).toBe('Dorett Campbell-Reid');
    expect(cleaned.body).not.toContain('Staff Reporter');
  });

  it('a name and a post that is no writer\'s is no byline', () => {
    expect(clean(`Harbour wall to be rebuilt before the storms\nPublished: Friday | December 4, 2026 | 12:09 AM\nDorett Campbell-Reid/Chief Executive\n\n${STORY}\n`).metadata.byline).toBeNull();
  });
});

// A parish's news page signs "By Name, Parish Communications": the office had stayed in the author.
describe('a name and the office it writes for after a comma', () => {
  it('the name is the author, the office no source', () => {
    const text = `Hillcrest Community Church\nParish News\nHarvest supper raises funds for the roof\nOctober 12, 2026\nBy Rosalind Ferris, Parish Communications\n\n${STORY}\n`;
    const { metadata } = clean(text);
    expect(metadata.byline).toBe('Rosalind Ferris');
    expect(metadata.source).not.toBe('Parish Communications');
  });
});

describe("a name and the writer's post under the title, with no date line", () => {
  const page = (header: string) => `Harbour wall to be rebuilt before the storms\n${header}\n\n${STORY}\n`;

  // A bar between them too, as a regional paper's theme sets it with no date line near: the line had been page text, no author.
  it.each(['Jane Doe, Health Correspondent', 'Jane Doe - Staff Writer', 'Jane Doe | Reporter', 'Jane Doe | Senior Reporter'])('"%s" is the byline, the name the author, and out of the body', (byline) => {
    const cleaned = clean(page(byline));
    expect(cleaned.metadata.byline).toBe('Jane Doe');
    expect(cleaned.body).not.toContain(byline);
  });

  it('a name and a post that is no writer\'s is no byline', () => {
    expect(clean(page('Jane Doe, Chief Executive')).metadata.byline).toBeNull();
    expect(clean(page('Jane Doe | Chief Executive')).metadata.byline).toBeNull();
  });
});

describe('"from" and words in lower case under a site\'s tagline', () => {
  const page = (header: string) => `Harbour wall to be rebuilt before the storms\n${header}\nDecember 4, 2026\n\n${STORY}\n`;

  it('ends the line above, no byline', () => {
    expect(clean(page('Science News\nfrom research organizations')).metadata.byline).toBeNull();
  });

  it('"from" and an outlet is still the byline line, the outlet signing no author but the source', () => {
    const cleaned = clean(page('from Walden Media'));
    expect(cleaned.metadata).toMatchObject({ byline: null, source: 'Walden Media' });
    expect(cleaned.removedLines.find((removed) => removed.text === 'from Walden Media')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });
});

describe("a byline and the outlet's staff run into the update's date", () => {
  const page = (header: string) => `Harbour wall to be rebuilt before the storms\n${header}\n\n${STORY}\n`;

  it.each(['By Jane Doe Courier Staff,Updated December 4, 2026, 11:40 a.m.', 'By Jane Doe Courier Staff, Updated December 4, 2026, 11:40 a.m.'])(
    '"%s": the name is the author, the update the date',
    (header) => {
      expect(clean(page(header)).metadata).toMatchObject({ byline: 'Jane Doe', date: '2026-12-04T11:40' });
    },
  );

  it('a surname "Staff" stays the author\'s', () => {
    expect(clean(page('By Jane Staff\nDecember 4, 2026')).metadata.byline).toBe('Jane Staff');
  });
});

describe('the radio programme between the date line and the reporter', () => {
  it.each(['Heard on Morning Edition', 'Heard on All Things Considered'])('"%s" is crossed, the name under it the author', (programme) => {
    const text = `Harbour wall to be rebuilt before the storms\nDecember 4, 2026 5:04 AM ET\n${programme}\nLena Marsh\n4-Minute Listen\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: 'Lena Marsh', date: '2026-12-04T05:04' });
  });
});

// Jagbani names its reporter in brackets in the dateline ("Place (Name) : …"): the story had had no author.
it("names the reporter in the Punjab Kesari group's dateline the author, the dateline kept in the body", () => {
  const lede = 'ਲੁਧਿਆਣਾ (ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ) : ਸ਼ਹਿਰ ਵਿੱਚ ਅੱਜ ਤੋਂ ਨਵੀਂ ਬੱਸ ਸੇਵਾ ਸ਼ੁਰੂ ਹੋ ਗਈ ਹੈ ਅਤੇ ਪਹਿਲੇ ਦਿਨ ਹਜ਼ਾਰਾਂ ਲੋਕਾਂ ਨੇ ਸਫ਼ਰ ਕੀਤਾ।';
  const rest = ['ਨਗਰ ਨਿਗਮ ਨੇ ਕਿਹਾ ਕਿ ਅਗਲੇ ਮਹੀਨੇ ਵੀਹ ਹੋਰ ਬੱਸਾਂ ਸੜਕਾਂ ਉੱਤੇ ਆਉਣਗੀਆਂ।', 'ਯਾਤਰੀਆਂ ਨੇ ਕਿਹਾ ਕਿ ਨਵੀਂ ਸੇਵਾ ਨਾਲ ਰੋਜ਼ਾਨਾ ਸਫ਼ਰ ਸੌਖਾ ਹੋ ਜਾਵੇਗਾ।'];
  const cleaned = clean(['ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵੀਂ ਬੱਸ ਸੇਵਾ ਸ਼ੁਰੂ', 'Saturday, Dec 05, 2026 - 11:20 AM (IST)', lede, ...rest].join('\n'));
  expect(cleaned.metadata.byline).toBe('ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ');
  expect(cleaned.body.startsWith(lede)).toBe(true);
});

// The BBC's World Service pages set the service between the name and the date line ("BBC Yorùbá"): the author had
// gone unfound.
describe("a network's service in another language between the reporter and the date line", () => {
  it.each(['BBC Yorùbá', 'BBC News Mundo', 'BBC Cymru Fyw'])('"%s" is crossed, the name over it the author', (service) => {
    const text = `Harbour wall to be rebuilt before the storms\nLena Marsh\n${service}\n4 December 2026\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBe('Lena Marsh');
  });
});

describe("a byline with the story's age after it", () => {
  const page = (byline: string) => `Harbour wall to be rebuilt before the storms\n${byline}\n\n${STORY}\n`;

  it.each([
    ['By MARA QUINN, Associated Press Writer 47 minutes ago', 'MARA QUINN'],
    ['By MARA QUINN, AP Business Writer 1 hour, 44 minutes ago', 'MARA QUINN'],
    ['By MARA QUINN – 1 day ago', 'MARA QUINN'],
    ['By MARA QUINN - Associated Press Writer --', 'MARA QUINN'],
  ])('"%s": the author is the name', (byline, author) => {
    expect(clean(page(byline)).metadata.byline).toBe(author);
  });

  it("the agency in the writer's post is the source", () => {
    expect(clean(page('By MARA QUINN, Associated Press Writer 47 minutes ago')).metadata.source).toBe('The Associated Press');
  });
});

describe('a byline and its date with no separator between them', () => {
  const page = (byline: string) => `Harbour wall to be rebuilt before the storms\n${byline}\n\n${STORY}\n`;

  it.each([
    ['By Mara Quinn November 19, 2026, 07:47 PM EST', '2026-11-19T19:47'],
    ['By Mara Quinn@marabeat Nov 18, 2026, 11:47am EST', '2026-11-18T11:47'],
  ])('"%s": the name is the author, the rest the date', (byline, date) => {
    expect(clean(page(byline)).metadata).toMatchObject({ byline: 'Mara Quinn', date });
  });

  it('a month that is a surname stays the name\'s', () => {
    expect(clean(page('By Alicia May\nNovember 19, 2026')).metadata.byline).toBe('Alicia May');
  });

  // Wired's blogs set the time after a bar, and their markup ran the post's categories into it: the line had
  // been all author, and the story undated.
  it.each(['By Mara Quinn January 10, 2026 | 6:46:13 PM', 'By Mara Quinn January 10, 2026 | 6:46:13 PMCategories: Harbours'])(
    '"%s": the name is the author, the rest the date',
    (byline) => {
      const cleaned = clean(page(byline));
      expect(cleaned.metadata).toMatchObject({ byline: 'Mara Quinn', date: '2026-01-10' });
      expect(cleaned.removedLines.find((line) => line.text === byline)).toMatchObject({ kind: 'metadata', reason: 'byline and date line' });
    },
  );
});

describe("a writer's post run into the name", () => {
  it.each(['By Mara QuinnStaff Writer', 'By Mara QuinnBusiness Columnist', 'By Ian McDonaldStaff Writer'])('"%s": the author is the name', (byline) => {
    const text = `Harbour wall to be rebuilt before the storms\n${byline}\nNov. 19, 2026\n5:50 PM\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBe(byline.slice(3).replace(/(?:Staff Writer|Business Columnist)$/u, ''));
  });

  // Reach's regional papers set the post after the name with no separator ("By Jane Doe Senior Reporter"): it had
  // stayed in the author. A rank or a beat opens the post, else nothing tells where the names end.
  it.each([
    ['By Mara Quinn Senior Reporter', 'Mara Quinn'],
    ['By Mara Quinn Local Democracy Reporter', 'Mara Quinn'],
    ['BY MARA QUINN CHIEF REPORTER', 'MARA QUINN'],
    ['By Mary Ann Quinn Business Writer', 'Mary Ann Quinn'],
  ])('"%s": the author is the name, the post after it dropped', (byline, author) => {
    const text = `Harbour Post\nHarbour wall to be rebuilt before the storms\n${byline}\nNov. 19, 2026\n5:50 PM\n\n${STORY}\n\n© 2026 Harbour Post\n`;
    expect(clean(text).metadata.byline).toBe(author);
  });

  // Fox Business's markup runs its name into the author's ("By Mara QuinnFOXBusiness" as the page has it): all had been author.
  it.each([
    ['By Mara QuinnFOXBusiness', 'Mara Quinn', 'Fox Business'],
    ['By Ian McDonaldReuters', 'Ian McDonald', 'Reuters'],
    ['By Ian McDonald', 'Ian McDonald', null],
  ])('"%s": the name is the author, the outlet run into it the source', (byline, author, source) => {
    const text = `Harbour wall to be rebuilt before the storms\n${byline}\nNov. 19, 2026\n5:50 PM\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: author, source });
  });
});

describe('a byline naming the place the reporter writes from after "in"', () => {
  it.each(['By Mara Quinn in Sydney', 'By Mara Quinn and Tom Ellis in New York'])('"%s": the author is the names', (byline) => {
    const text = `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n${byline}\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBe(byline.slice(3).replace(/ in .*$/u, ''));
  });
});

describe("a menu's filter read as a byline", () => {
  it.each(['By Country', 'By Topic'])('"%s" names no author', (filter) => {
    const text = `Home\nNews\n${filter}\nEngland\nScotland\nHarbour wall to be rebuilt before the storms\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBeNull();
  });
});

describe('an outlet signing with the agency whose copy it ran, no "By"', () => {
  const page = (credit: string, lede = STORY) => `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n${credit}\n${lede}\n`;

  it.each(['CHANNEL 9 with AFP', 'Harbour Courier with Reuters', 'Text by: CHANNEL 9 with AFP'])('"%s" is a credit: the agency the source, no author, out of the body', (credit) => {
    const cleaned = clean(page(credit));
    expect(cleaned.metadata).toMatchObject({ byline: null, source: 'AFP' === credit.slice(-3) ? 'AFP' : 'Reuters' });
    expect(cleaned.body).not.toContain(credit);
  });

  it('a person with the agency is still the author', () => {
    expect(clean(page('By Jane Doe with AFP')).metadata).toMatchObject({ byline: 'Jane Doe', source: 'AFP' });
  });
});

describe("a reporter's or an author's label in other languages", () => {
  it.each(['Pewarta: Budi Santoso', 'Kontributor: Budi Santoso', 'Repórter: Budi Santoso', 'Reportero: Budi Santoso', 'Periodista: Budi Santoso', 'Jornalista: Budi Santoso', 'Giornalista: Budi Santoso', 'Muhabir: Budi Santoso', 'Autorin: Budi Santoso', 'Auteur : Budi Santoso', 'Autore: Budi Santoso'])(
    '"%s" names the author, and the editor under it none',
    (label) => {
      const text = `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n\n${STORY}\n${label}\nEditor: Sari Dewi\n`;
      const cleaned = clean(text);
      expect(cleaned.metadata.byline).toBe('Budi Santoso');
      expect(cleaned.body).not.toContain('Budi Santoso');
    },
  );

  it('a quoted reporter\'s words after the label are no byline', () => {
    expect(clean(`Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n\n${STORY}\nPeriodista: ¿Cuándo empiezan las obras?\n`).metadata.byline).toBeNull();
  });
});

// The labels and names are metadata/labelled-bylines.ts's, bylineName's cases too.
describe('a byline labelled in another language, or a host\'s, under the headline', () => {
  it.each(LABELLED_BYLINES)('"%s" names the author', (byline, name) => {
    const cleaned = clean(`Harbour wall to be rebuilt before the storms\n${byline}\nDecember 4, 2026\n\n${STORY}\n`);
    expect(cleaned.metadata.byline).toBe(name);
    expect(cleaned.body).not.toContain(name);
  });
});

// Moneycontrol sets the author with their handle under the standfirst, its date line over the headline: the line had
// stayed the body's first, and the story had no author.
describe("a name with the author's own handle under the standfirst", () => {
  const page = (name: string) =>
    [
      'Last Updated : Dec 04, 2026 10:12 AM IST | Source: Harbourmarkets.example',
      'Harbour index at a record; is it time to book profits?',
      'Quarterly results were broadly in line with estimates, but the rally has run ahead of earnings, analysts say.',
      name,
      '',
      STORY,
    ].join('\n');

  it('is the author, the line removed', () => {
    const cleaned = clean(page('Priya Venkatesan @priyavwrites'));
    expect(cleaned.metadata.byline).toBe('Priya Venkatesan');
    expect(cleaned.removedLines.find((line) => line.text === 'Priya Venkatesan @priyavwrites')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it("is none when the handle is a desk's, not the name's", () => {
    expect(clean(page('Priya Venkatesan @harbourdesk')).metadata.byline).toBeNull();
  });
});

describe("a one-word place after the name on the name's line", () => {
  const page = (name: string, lede: string) => `Harbour wall to be rebuilt before the storms\n${name}\nDecember 4, 2026\n\n${lede}\n\n${STORY}\n`;

  it('is left out of the author when the dateline opens with it', () => {
    expect(clean(page('Jane Doe Lagos', 'LAGOS — The state government said on Tuesday that the new ferry terminal would open in the spring.')).metadata.byline).toBe('Jane Doe');
  });

  it('is left out of the author when the body has it after "in"', () => {
    expect(clean(page('Ana Lima Brasília', 'The ministry said on Tuesday in Brasília that the new rail line would open in the spring.')).metadata.byline).toBe('Ana Lima');
  });

  it('a surname the body names otherwise stays the author\'s', () => {
    expect(clean(page('Maria Clara Santos', 'Coach Pedro Santos said on Tuesday that the club would play its next match in Recife.')).metadata.byline).toBe('Maria Clara Santos');
  });

  it('a place the body does not name stays, nothing telling it from a surname', () => {
    expect(clean(page('Jane Doe Lagos', 'The state government said on Tuesday that the new ferry terminal would open in the spring.')).metadata.byline).toBe('Jane Doe Lagos');
  });
});

describe('a newsroom, its staff or an outlet signing, no person', () => {
  const page = (byline: string) => `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n${byline}\n\n${STORY}\n`;

  // In capitals too: "By HARBOUR POST STAFF" had been the author.
  // A station's team named by its section: "By WXYZ Weather Team" had been the author.
  // A newsroom named by its outlet or its city: "… Ziņu redakcija" (Latvian), "Redacción …" (El Tiempo's).
  it.each(['By staff writers', 'By Staff Reports', 'Staff and agencies', 'Posted by admin', 'By Harbour Post Staff', 'By HARBOUR POST STAFF', 'From Our Partners', 'By WXYZ Weather Team', 'By the Sports Team', 'By Ostas.lv Ziņu redakcija', 'Por Redacción Cali'])('"%s" names no author', (byline) => {
    expect(clean(page(byline)).metadata.byline).toBeNull();
  });

  it.each([
    ['by Harbour Post News Weekly', 'Harbour Post News Weekly'],
    ['By The Harbour Courier', 'The Harbour Courier'],
  ])('"%s": the outlet is the source, no author', (byline, outlet) => {
    expect(clean(page(byline)).metadata).toMatchObject({ byline: null, source: outlet });
  });

  // The staff signing named the outlet, but the story had no source.
  it.each([
    ['By Harbour Post Staff', 'Harbour Post'],
    ['By HARBOUR POST STAFF', 'Harbour Post'],
    ['By Harbour Post staff', 'Harbour Post'],
  ])('"%s": the outlet is the source, no author', (byline, outlet) => {
    expect(clean(page(byline)).metadata).toMatchObject({ byline: null, source: outlet });
  });

  it("an outlet's staff signing gives way to the agency the dateline names", () => {
    const text = `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\nBy Harbour Post Staff\n\nWASHINGTON (AP) — ${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: null, source: 'The Associated Press' });
  });

  it("a related story's staff signing after the article names no source", () => {
    const text = `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n\n${STORY}\n\nMore news\nFerry fares to rise in the spring\nBy Harbour Post Staff\nDecember 3, 2026\n`;
    expect(clean(text).metadata).toMatchObject({ byline: null, source: null });
  });

  it('a line of a name\'s shape over the newsroom\'s byline is not the author', () => {
    const text = `Harbour News\nSport\nWIN A Trip To The Final\nSterling Harbour-bound\nBy staff writers\nDecember 4, 2026\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBeNull();
  });

  // El Comercio sets its desk between the standfirst and the date line: it had stayed in the body.
  it("a newsroom's line alone right over the date line, inside the article's block, is removed as the byline", () => {
    const text = [
      'Diario Costero',
      'Callao: el nuevo muelle de pescadores abrirá en marzo, anuncia el municipio',
      'La municipalidad informó que las obras del muelle artesanal terminarán antes de la temporada de anchoveta.',
      'Redacción DC',
      'Actualizado el 04/12/2026 09:40 a. m.',
      'La Municipalidad del Callao anunció que el nuevo muelle de pescadores artesanales abrirá en marzo del 2027, con espacio para ochenta embarcaciones.',
      'Según el municipio, la obra costó 14 millones de soles y fue financiada con fondos del gobierno regional.',
      'Los pescadores pidieron que el muelle cuente con una cámara de frío para conservar la pesca del día.',
      '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBeNull();
    expect(cleaned.removedLines.find((line) => line.text === 'Redacción DC')).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body).not.toContain('Redacción DC');
  });

  // An agency story's page putting its picture's credit in the byline's place: the photographer had been the author.
  it("a name and an agency in brackets that the page's agency photo credit names is the photographer, no author", () => {
    const page = (byline: string) =>
      [
        'Harbour Hawks edge Rivermen 4-3 in overtime',
        'Harbour Hawks forward Tomas Reilly (17) celebrates his goal against the Rivermen during the third period on Tuesday. (AP Photo/The Coastal Press, Dana Whitcombe)',
        'Email',
        byline,
        'Published: 2026-12-04 02:10:33',
        '',
        STORY,
      ].join('\n');
    expect(clean(page('By Dana Whitcombe (AP)')).metadata.byline).toBeNull();
    expect(clean(page('By Lena Marsh (AP)')).metadata.byline).toBe('Lena Marsh (AP)');
    expect(clean(page('By Dana Whitcombe')).metadata.byline).toBe('Dana Whitcombe');
  });

  it.each(['By Emily Post', 'By JANE STAR', 'By Jane Staff', 'By JANE STAFF', 'By JANE DOE POST STAFF', 'By Our Correspondent', 'By Jane Team'])('"%s" is still the author', (byline) => {
    expect(clean(page(byline)).metadata.byline).toBe(byline.slice(3));
  });
});

describe('a byline, a comma and its date', () => {
  it('"by Mara Quinn, 30 December 2026": the name is the author, the rest the date', () => {
    const text = `Harbour wall to be rebuilt before the storms\nby Mara Quinn, 30 December 2026\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: 'Mara Quinn', date: '2026-12-30' });
  });

  // With the outlet between the name and the date the line had been a date line, and the author lost.
  it.each([
    ['By Mara Quinn, Reuters, 1/21/2008', { byline: 'Mara Quinn', source: 'Reuters', date: '2008-01-21' }],
    ['By Mara Quinn, Reuters, January 21, 2008', { byline: 'Mara Quinn', source: 'Reuters', date: '2008-01-21' }],
    ['By Mara Quinn -- Harbour Gazette, 1/21/2008', { byline: 'Mara Quinn', source: 'Harbour Gazette', date: '2008-01-21' }],
  ])('"%s": the name is the author, the outlet the source, the rest the date', (byline, metadata) => {
    expect(clean(`Harbour wall to be rebuilt before the storms\n${byline}\n\n${STORY}\n`).metadata).toMatchObject(metadata);
  });

  it('a phrase after "By" is no author', () => {
    expect(clean(`Harbour wall to be rebuilt before the storms\nBy the end of the year, March 3, 2020\n\n${STORY}\n`).metadata.byline).toBeNull();
  });
});

describe("a byline's outlet named as an agency's service, or the paper a contributor writes for", () => {
  const page = (byline: string) => `Harbour wall to be rebuilt before the storms\n${byline}\nDecember 4, 2026\n\n${STORY}\n`;

  it.each([
    ['By Jane Doe, CNN Business', 'CNN Business'],
    ['By JANE DOE | Special to the Harbour Press |', 'Harbour Press'],
  ])('"%s": the name is the author, the outlet the source', (byline, outlet) => {
    expect(clean(page(byline)).metadata).toMatchObject({ byline: byline.includes('JANE') ? 'JANE DOE' : 'Jane Doe', source: outlet });
  });
});

// The Guardian's live blogs set their authors under the last entry ("Jessica Murray and Tom Ambrose" over "Topics"): the
// line had been an unrelated headline after the article, and the blog had no author.
describe("the authors' names joined under the article", () => {
  const page = (signature: string) => `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n\n${STORY}\n\nShare\n${signature}\nTopics\nHarbours\nLocal news\n`;

  it('are the byline when the header gave none', () => {
    const cleaned = clean(page('Mara Quinn and Tom Ellis'));
    expect(cleaned.metadata.byline).toBe('Mara Quinn and Tom Ellis');
    expect(cleaned.removedLines.find((line) => line.text === 'Mara Quinn and Tom Ellis')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('a name alone there is no byline: a tag or a person the story names', () => {
    expect(clean(page('Mara Quinn')).metadata.byline).toBeNull();
  });

  // A footer's link or a heading of a name's shape: the story writes its words in lower case ("wall", "storms").
  it.each(['Harbour Wall and Storm Repairs', 'Sea Wall & Fishing Boats'])('"%s" is no byline', (heading) => {
    expect(clean(page(heading)).metadata.byline).toBeNull();
  });

  it("give way to the header's byline", () => {
    const text = page('Mara Quinn and Tom Ellis').replace('December 4, 2026\n', 'December 4, 2026\nBy Ana Ruiz\n');
    expect(clean(text).metadata.byline).toBe('Ana Ruiz');
  });
});

// The USA Today network's papers sign over the date line with the names and the paper, no separator ("Mara Quinn and Tom J.
// Ellis Sioux Falls Argus Leader"): the line had been the title, and the story had no author.
describe("names and the paper's name with no separator, over the date line", () => {
  const page = (signature: string) => `Welcome to the Harbour network\nHarbour wall to be rebuilt before the storms\n${signature}\nPublished 10:02 AM EST Nov 19, 2026\n\n${STORY}\n`;

  it.each([
    ['Mara Quinn and Tom J. Ellis Sioux Falls Argus Leader', 'Mara Quinn and Tom J. Ellis', 'Sioux Falls Argus Leader'],
    ['Mara Quinn Des Moines Register', 'Mara Quinn', 'Des Moines Register'],
    // A paper named by its state and "Today", as the network's Florida daily is (the line had been page text).
    ['Mara Quinn Oregon Today', 'Mara Quinn', 'Oregon Today'],
  ])('"%s": the names are the author, the paper the source', (signature, author, source) => {
    const cleaned = clean(page(signature));
    expect(cleaned.metadata).toMatchObject({ title: 'Harbour wall to be rebuilt before the storms', byline: author, source, date: '2026-11-19T10:02' });
  });

  it("a name whose last word is an outlet's is still the name", () => {
    expect(clean(page('By Mary Jane Star')).metadata).toMatchObject({ byline: 'Mary Jane Star', source: null });
  });

  it('a section named by a state and "Today" alone is no outlet', () => {
    expect(isOutlet('Oregon Today')).toBe(false);
    expect(clean(page('Deals Today')).metadata).toMatchObject({ byline: null, source: null });
  });

  // The York papers sign "By TOM ELLIS Daily Record/Sunday News": the name in capitals, the paper's weekday and Sunday
  // titles parted by a slash; all had been the author.
  it("a name in capitals before the paper's titles, parted by a slash or not", () => {
    expect(clean(page('By MARA QUINN Daily Courier/Sunday News')).metadata).toMatchObject({ byline: 'MARA QUINN', source: 'Daily Courier/Sunday News' });
    expect(clean(page('By MARA QUINN Harbour Courier')).metadata).toMatchObject({ byline: 'MARA QUINN', source: 'Harbour Courier' });
  });
});

// US papers and wires name a columnist only in a note under the story ("Dana Whitfield is a national sports
// columnist for The Harbour Press.", "Tom Okafor can be reached at: …"); the story had had no author.
describe('a note on the author under the article, no byline in the header', () => {
  const page = (note: string) => `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n\n${STORY}\n\n${note}\n\nMore Local News\n`;

  it.each([
    ['Dana Whitfield is a national sports columnist for The Harbour Press. Write to her at dwhitfield@harbourpress.example', 'Dana Whitfield'],
    ['Tom Okafor can be reached at: tokafor@harbournews.example', 'Tom Okafor'],
    ['Contact Ann Lee at alee@harbournews.example or 555-0100.', 'Ann Lee'],
  ])('"%s" names the author', (note, author) => {
    expect(clean(page(note)).metadata.byline).toBe(author);
  });

  it("names none when it tells what a site covers, or is the author's without a name", () => {
    expect(clean(page('Science Wire covers all the latest research advances and health news')).metadata.byline).toBeNull();
    expect(clean(page('The author is a columnist for The Harbour Press.')).metadata.byline).toBeNull();
  });

  it("gives way to the header's byline", () => {
    const text = `Harbour wall to be rebuilt before the storms\nBy Jane Doe\nDecember 4, 2026\n\n${STORY}\n\nTom Okafor can be reached at: tokafor@harbournews.example\n`;
    expect(clean(text).metadata.byline).toBe('Jane Doe');
  });
});

// news.com.au signs agency copy "From correspondents in Karachi, Pakistan": it had been the author.
describe("correspondents in a place signing the article", () => {
  it('name no author', () => {
    const text = `Breaking News\nHarbour wall to be rebuilt before the storms\nFrom correspondents in Lagos, Nigeria\nDecember 4, 2026\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: null, date: '2026-12-04' });
  });
});

// An outlet's site named so signed the Times' and the Guardian's pages of 2008, and had been their author.
describe("an outlet's online arm in the byline's place", () => {
  it('is no author under the date line', () => {
    const text = `Harbour wall to be rebuilt before the storms\nStaff and agencies\nSaturday December 29, 2007\nGuardian Unlimited\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: null, date: '2007-12-29' });
  });

  it('signing "From" it, is the source, and the name under the headline the author', () => {
    const text = `Sitemap\nFrom Times Online\nJanuary 14, 2008\n\nHarbour wall to be rebuilt before the storms\nMark Ellery\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: 'Mark Ellery', source: 'Times Online', date: '2008-01-14' });
  });

  it("a site's policy link by the date line is no author of an agency's story", () => {
    const text = `Privacy Policy\n\nThu, January 10, 2008\n\nHarbour wall to be rebuilt before the storms\nBy CP\n\n${STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: null, source: 'The Canadian Press' });
  });
});

// The lead's list of bylines left unread or read with what follows the names.
/** The page's line `text`, removed as its byline. */
const removedAsByline = (cleaned: ReturnType<typeof clean>, text: string) =>
  expect(cleaned.removedLines.find((line) => line.text === text)).toMatchObject({ kind: 'metadata', reason: 'byline' });
describe('a name with the initial of the father\'s name run into it, under the date line', () => {
  // IKON's layout: masthead, menu, headline, date line, the name, the share button.
  const page = (name: string) =>
    `ӨДРИЙН.MN\nМэдээ\nНийгэм\nСпорт\nШинэ гүүрийг Туул голын дээгүүр ашиглалтад орууллаа\n2026 оны 12 сарын 04\n${name}\nХуваалцах\n` +
    'Нийслэлийн захиргаа Туул голын дээгүүр шинэ гүүрийг өнөөдөр ашиглалтад орууллаа.\n\nГүүрний урт 240 метр бөгөөд хоёр жилийн хугацаанд баригджээ.\n\nИрэх онд дахин хоёр гүүр барихаар төлөвлөж байна.\n';

  it('is the author, the initial kept', () => {
    const cleaned = clean(page('Д.Сарангэрэл'));
    expect(cleaned.metadata.byline).toBe('Д.Сарангэрэл');
    removedAsByline(cleaned, 'Д.Сарангэрэл');
  });

  it('an initial run into a word in lower case is no name', () => {
    expect(clean(page('Д.сарангэрэл')).metadata.byline).toBeNull();
  });
});

describe("a name over the author's own e-mail address under the standfirst", () => {
  // mbl.is's layout: the bar-parted date line over the headline, the standfirst, the name over its address, the caption.
  const page = (name: string, address: string) =>
    `Innlent | Fréttavefur | 4.12.2026 | 09:12\nHarbour wall to be rebuilt before the storms\nThe council says the work will start in the spring.\n${name}\n${address}\nThe old wall at low tide. Photo/Per Olsen\n\n${STORY}\n`;

  it('is the author', () => {
    const cleaned = clean(page('Sólveig Þórðardóttir', 'solveigt@frettavefur.is'));
    expect(cleaned.metadata.byline).toBe('Sólveig Þórðardóttir');
    removedAsByline(cleaned, 'Sólveig Þórðardóttir');
  });

  it("a desk's address under a name is no author's", () => {
    expect(clean(page('Sólveig Þórðardóttir', 'frettir@frettavefur.is')).metadata.byline).toBeNull();
  });
});

describe('a name and the place written from, right over the date line', () => {
  const page = (header: string) => `Harbour wall to be rebuilt before the storms\nThe council approved the plan by one vote.\n${header}\n\n${STORY}\n`;

  it('is the byline, the name alone the author', () => {
    const cleaned = clean(page('Jana Brunner, Luzern\n04.12.2026, 05.30 Uhr'));
    expect(cleaned.metadata.byline).toBe('Jana Brunner');
    removedAsByline(cleaned, 'Jana Brunner, Luzern');
  });

  // In capitals, the outlet a science site ran the story from after the comma.
  it('is the byline in capitals too', () => {
    expect(clean(page('JANA BRUNNER, SKYWATCH\n04 DEC 2026')).metadata.byline).toBe('JANA BRUNNER');
  });

  it.each(['Jana Brunner, Getty\n04.12.2026, 05.30 Uhr', '04.12.2026, 05.30 Uhr\nJana Brunner, Luzern'])('is none as a picture\'s credit or under the date line: "%s"', (header) => {
    expect(clean(page(header)).metadata.byline).toBeNull();
  });
});

describe("an Indonesian regional paper's reporter line under the photo's caption", () => {
  // Tribun's regional layout: the labelled byline under the date line, the photo's credit, its caption, the reporter line.
  const text =
    'Harianpesisir.com\nHome » Kota\nBanjir Rendam Dua Desa di Pesisir Utara\nSabtu, 4 Desember 2026 09:20 WIB\nPenulis: Dewi Lestari | Editor: Agus Salim\nHARIANPESISIR.COM/DEWI LESTARI\n' +
    'Warga mendorong sepeda motor melewati genangan di Desa Tambakrejo, Sabtu (4/12/2026).\nLaporan Wartawan Harianpesisir.com, Dewi Lestari\n' +
    'HARIANPESISIR.COM, PESISIR - Banjir merendam dua desa di pesisir utara sejak Jumat malam.\n\nKetinggian air di beberapa rumah mencapai 50 sentimeter.\n\nSebanyak 120 warga mengungsi ke balai desa terdekat.\n';

  it('is a byline, removed, and the caption over it goes with the header', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Dewi Lestari');
    expect(cleaned.removedLines.find((line) => line.text.startsWith('Laporan Wartawan'))).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body.startsWith('HARIANPESISIR.COM, PESISIR - Banjir')).toBe(true);
  });
});

describe("a byline's outlet that the page prints over its headline", () => {
  // A trade magazine's layout: its name at the top, the byline with the outlet and the date after a double dash.
  const page = (masthead: string, byline: string) => `Register | Login\n${masthead}\nHome\nNews\nHarbour wall to be rebuilt before the storms\n${byline}\n\n${STORY}\n`;

  it('is the source, the names the author', () => {
    expect(clean(page('Harbour & Quay', 'By Jane Doe -- Harbour & Quay, 1/21/2026')).metadata).toMatchObject({ byline: 'Jane Doe', source: 'Harbour & Quay' });
  });

  it('is no outlet when it is a name', () => {
    expect(clean(page('John Roe', 'By Jane Doe, John Roe')).metadata.byline).toBe('Jane Doe, John Roe');
  });
});

describe("a wire byline whose signature names the dateline's agency", () => {
  const page = (dateline: string) => `Harbour wall to be rebuilt before the storms\nBy Jane Doe Reuters Sportswire Contributing Writer\n\n${dateline} -- ${STORY}\n`;

  it('gives the names alone, the agency the source', () => {
    expect(clean(page('PORT ELLIS (Sportswire)')).metadata).toMatchObject({ byline: 'Jane Doe', source: 'Sportswire' });
  });

  it('keeps the outlet when the source is another', () => {
    const text = page('PORT ELLIS').replace('Harbour wall', 'Source: Harbour Gazette\nHarbour wall');
    expect(clean(text).metadata).toMatchObject({ byline: 'Jane Doe Reuters Sportswire Contributing Writer', source: 'Harbour Gazette' });
  });
});

// Seneweb sets its byline, its site's address, the date and a count of readers on one line: all had been the author,
// and the story undated.
describe("a byline's line closed by a count of the story's readers", () => {
  it('gives the author, the site and the date', () => {
    const text = `Actualité\nSociété\nHarbour wall to be rebuilt before the storms\nPar : Mariama Sow - Dakarinfo.com | 12 novembre, 2026 à 08:45 | Lu 2417 fois\nPartager\n\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Mariama Sow', date: '2026-11-12T08:45', source: 'Dakarinfo.com' });
    expect(cleaned.removedLines.find((line) => line.text.startsWith('Par : '))).toMatchObject({ kind: 'metadata', reason: 'byline and date line' });
  });
});

// AutoIndustriya sets its author box under the headline, the link to the author's stories run into the name, and the photo's
// credit before the date line under the standfirst: the box had been page text, and the photographer the author.
describe("an author box's name with the link to the author's stories run into it", () => {
  const page = (box: string) =>
    [
      'Auto News',
      'Harbour wall to be rebuilt before the storms',
      box,
      'The council wants the work finished before the autumn storms',
      'Dario Mendez November 20, 2026 12:32',
      '',
      STORY,
    ].join('\n');

  it('is the author, over the photographer before the date line', () => {
    const cleaned = clean(page('Lorna FigueraView More Articles'));
    expect(cleaned.metadata).toMatchObject({ byline: 'Lorna Figuera', date: '2026-11-20T12:32' });
    expect(cleaned.removedLines.find((line) => line.text === 'Lorna FigueraView More Articles')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none when no name stands before the link', () => {
    expect(clean(page('Click Here To Read All Posts')).metadata.byline).toBe('Dario Mendez');
  });
});

// RBC lists the story's authors after it, under "Авторы", each name on a line, its tags' box under them: the names had been page
// text, and the story had no author. A byline's label alone heads such a box too.
describe("a box of the story's authors after it", () => {
  const page = (box: string) => `Harbour wall to be rebuilt before the storms\nDecember 4, 2026\n\n${STORY}\nShare\n${box}\nTags\nHarbour\nCouncil\n`;

  it.each([
    ['Авторы\nАнна Соколова', 'Анна Соколова'],
    ['Authors\nMira Castellanos\nTom Welby', 'Mira Castellanos and Tom Welby'],
    // La Nación's author's card, "Por" over the name: the name had been page text.
    ['Por\nMira Castellanos', 'Mira Castellanos'],
  ])('names the authors: "%s"', (box, authors) => {
    const cleaned = clean(page(box));
    expect(cleaned.metadata.byline).toBe(authors);
    expect(cleaned.removedLines.filter((line) => line.reason === 'byline').map((line) => line.text)).toEqual(box.split('\n'));
  });

  it('names none when no name stands under the heading', () => {
    expect(clean(page('Authors\nMost read stories of the week')).metadata.byline).toBeNull();
  });
});

// Japanese papers sign under the story with the reporters' names in lenticular brackets, as the Mainichi does: the
// line had been page text after the article, and the story had no author.
describe("a Japanese paper's reporters in lenticular brackets under the article", () => {
  const page = (signature: string) =>
    [
      'ニュース',
      '港の防波堤、来年春までに改修へ　冬の高波で損傷',
      '2026/12/4 18:05',
      '市は4日、冬の高波で壊れた港の防波堤を来年春までに改修すると発表した。',
      '工事費は約12億円で、国に半分の負担を求める。',
      '防波堤沿いに船を止める漁業者からは、早い工事を望む声が上がっていた。',
      '市長は「漁業者の安全を第一に工事を進めたい」と話した。',
      signature,
      '関連記事',
      '漁港の市場、朝の見学を再開',
      '',
    ].join('\n');

  it.each([
    ['【川端美咲】', '川端美咲'],
    ['【川端美咲、森田健一】', '川端美咲、森田健一'],
  ])('names the authors: "%s"', (signature, authors) => {
    const cleaned = clean(page(signature));
    expect(cleaned.metadata.byline).toBe(authors);
    expect(cleaned.removedLines.find((line) => line.text === signature)).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it.each(['【速報】', '【大阪市】', '【WordPress】', '【会社概要】', '【開催日時】'])('names none for a topic, a place, a heading or a word in brackets: "%s"', (signature) => {
    expect(clean(page(signature)).metadata.byline).toBeNull();
  });
});

// Bylines the testers' pages and the dev sets left unread. Each page is one we wrote in the site's layout.
describe("a name over its wire desk's name and the reading time, over the date line", () => {
  it('is the byline (news.com.au\'s "NCA NewsWire" under the name)', () => {
    const text = `National\nHarbour wall to be rebuilt before the storms\nFishermen have waited two winters for the repairs.\nMira Castellanos\nNCA NewsWire\n3 min read\nDecember 4, 2026 - 9:14AM\nShare\n\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Mira Castellanos', date: '2026-12-04T09:14', source: 'NCA NewsWire' });
    expect(cleaned.removedLines.find((line) => line.text === 'Mira Castellanos')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });
});

describe("a byline signed with the paper's bureau by its initials", () => {
  it('the name is the author (the Economic Times\' "By Name, ET Bureau")', () => {
    const text = `Harbour wall to be rebuilt before the storms\nBy Mira Castellanos, HC Bureau\nLast Updated: Dec 04, 2026, 10:42:00 PM IST\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBe('Mira Castellanos');
  });
});

describe('a name, an unspaced bar and the date with its update, under the standfirst', () => {
  it("is the byline and the date line (Anadolu's \"Name |04.12.2026 - Update : 04.12.2026\")", () => {
    const header = 'Mira Castellanos |04.12.2026 - Update : 04.12.2026';
    const text = `World\nHarbour wall to be rebuilt before the storms\nFishermen have waited two winters for the repairs, the council says\n${header}\nHARBOURTON\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Mira Castellanos', date: '2026-12-04' });
    expect(cleaned.removedLines.find((line) => line.text === header)).toMatchObject({ kind: 'metadata', reason: 'byline and date line' });
  });
});

describe('a name under the share button under the date lines', () => {
  it('is the byline (Aftonbladet\'s "Dela artikel" over the name)', () => {
    const text = [
      'Nyheter', 'Hamnmuren byggs om före vinterns stormar', 'Fiskarna har väntat i två vintrar på reparationen',
      'Publicerad 4 dec 2026 kl 15.42', 'Uppdaterad 4 dec 2026 kl 16.10', 'Dela artikel', 'Mira Castellanos', 'Nyheter',
      'Kommunen beslutade på tisdagen att bygga om hamnmuren, som stormarna skadade två gånger förra vintern.',
      'Arbetet kostar omkring tolv miljoner kronor och ska vara klart före nästa höst.',
      'Fiskarna som förtöjer sina båtar längs muren säger att de har väntat länge på reparationen.',
      'Kommunen ska be staten betala hälften av kostnaden, sade kommunstyrelsens ordförande.', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Mira Castellanos', date: '2026-12-04T15:42' });
    expect(cleaned.removedLines.find((line) => line.text === 'Dela artikel')).toMatchObject({ kind: 'boilerplate' });
  });
});

describe('a name over the place written from and the date, parted by a slash', () => {
  it("the name is the byline, the place none (Milenio's \"Ciudad de México / date\")", () => {
    const text = `Política\nHarbour wall to be rebuilt before the storms\nFishermen have waited two winters for the repairs.\nMira Castellanos\nCiudad de México / 04.12.2026 15:42:00\nCompartir\n\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Mira Castellanos', date: '2026-12-04T15:42' });
    expect(cleaned.removedLines.find((line) => line.text.startsWith('Ciudad de México'))).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });
});

describe('a name in capitals between the headline and the text, no date line on the page', () => {
  const page = (name: string) => `Home\nNews\nSports\nFlames win their fifth in a row\n${name}\n\n${STORY}\n`;

  it('is the byline (the Sun papers\' "JANE DOE" over the text)', () => {
    const cleaned = clean(page('MIRA CASTELLANOS'));
    expect(cleaned.metadata.byline).toBe('MIRA CASTELLANOS');
    expect(cleaned.removedLines.find((line) => line.text === 'MIRA CASTELLANOS')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('names none for a kicker whose words the text writes in lower case', () => {
    expect(clean(page('HARBOUR WALL')).metadata.byline).toBeNull();
  });
});

describe("a column's label run into the columnist's name over the headline", () => {
  const page = (over: string) => `News\nOpinion\nLocal\n${over}\nTHE HARBOUR WALL CANNOT WAIT ANOTHER WINTER\nFri Dec 4, 6:09 PM ET\n\n${STORY}\n`;

  it('the name is the byline (Yahoo\'s "Opinion Jane Doe")', () => {
    const cleaned = clean(page('Opinion Mira Castellanos'));
    expect(cleaned.metadata.byline).toBe('Mira Castellanos');
    expect(cleaned.removedLines.find((line) => line.text === 'Opinion Mira Castellanos')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('names none for a breadcrumb whose words the page writes in lower case', () => {
    expect(clean(page('Opinion Council Wall')).metadata.byline).toBeNull();
  });
});

describe("a Korean outlet's credit in brackets opening the first paragraph", () => {
  const page = (credit: string) =>
    [
      '하버뉴스', '사회', '정치', '항구 방파제, 내년 봄까지 보수한다', '기사입력 2026-12-04 10:21', '',
      `${credit} 시는 4일 지난 겨울 폭풍으로 두 차례 부서진 항구 방파제를 내년 봄까지 보수한다고 밝혔다.`, '',
      '공사비는 약 120억 원으로, 시는 정부에 절반을 부담해 달라고 요청할 계획이다.', '',
      '방파제를 따라 배를 대는 어민들은 오래 전부터 보수를 기다려 왔다고 말했다.', '',
      '시장은 "어민의 안전을 가장 먼저 생각하겠다"고 말했다.', '',
    ].join('\n');

  it.each([
    ['[하버뉴스=김도윤 기자]', '김도윤'],
    ['[서울=하버통신] 이서연 기자 =', '이서연'],
    ['[하버미디어=정민호의 도시산책]', '정민호'],
    ['[하버미디어=칼럼니스트 최민준의 도시산책]', '최민준'],
  ])('names the author: "%s", and stays in the paragraph', (credit, author) => {
    const cleaned = clean(page(credit));
    expect(cleaned.metadata.byline).toBe(author);
    expect(cleaned.body.split('\n\n')[0]).toMatch(/^\[/u);
  });

  it.each(['[하버미디어=드라마의 시간]', '[사진=하버통신]'])('names none for a column without a name or a picture credit: "%s"', (credit) => {
    expect(clean(page(credit)).metadata.byline).toBeNull();
  });
});

describe("a correspondent's post and place, or a place after a dash, after the byline's names", () => {
  const FRENCH_STORY = [
    'La mairie a fermé trois plages du littoral cette semaine après une nouvelle marée d’algues, selon un arrêté publié lundi.',
    'Les associations de riverains demandent depuis des années un plan de ramassage plus rapide et mieux financé.',
    'Le préfet doit réunir les élus du département au début du mois prochain pour en discuter.',
  ].join('\n\n');
  const PORTUGUESE_STORY = [
    'A prefeitura anunciou nesta terça-feira um plano para trocar os ônibus a diesel da orla por veículos elétricos até 2029.',
    'Segundo a secretaria de transportes, a troca deve reduzir em um terço o custo de manutenção da frota.',
    'A empresa que opera as linhas informou que vai analisar a proposta antes de assinar o novo contrato.',
  ].join('\n\n');

  it.each([
    ['par Maëlle Quéméner, correspondante à Saint-Malo', 'Maëlle Quéméner'],
    ['par Maëlle Quéméner, notre envoyée spéciale à Kyiv', 'Maëlle Quéméner'],
    ['par Maëlle Quéméner et Yves Tanguy, correspondants en Bretagne', 'Maëlle Quéméner et Yves Tanguy'],
  ])('"%s": the author is the names', (byline, author) => {
    const text = `Accueil\nEnvironnement\nLes algues vertes ferment trois plages du littoral\n${byline}\npublié le 4 décembre 2026 à 10h05\n\n${FRENCH_STORY}\n`;
    expect(clean(text).metadata).toMatchObject({ byline: author, date: '2026-12-04T10:05' });
  });

  it('reads the name over the date line with no "par" too, a post that holds no place left as it was', () => {
    const page = (line: string) => `Accueil\nEnvironnement\nLes algues vertes ferment trois plages du littoral\n${line}\npublié le 4 décembre 2026 à 10h05\n\n${FRENCH_STORY}\n`;
    expect(clean(page('Maëlle Quéméner, correspondante à Saint-Malo')).metadata.byline).toBe('Maëlle Quéméner');
    expect(clean(page('Maëlle Quéméner, correspondante')).metadata.byline).toBe('Maëlle Quéméner');
    expect(clean(page('Maëlle Quéméner, maire de Saint-Malo')).metadata.byline).toBeNull();
  });

  it.each([
    ['Por Renato Albuquerque Lins — Rio de Janeiro', 'Renato Albuquerque Lins'],
    ['Por Renato Albuquerque Lins — Brasília', 'Renato Albuquerque Lins'],
    ['Por Renato Albuquerque Lins — Porto Alegre', 'Renato Albuquerque Lins'],
    ['Por Renato Albuquerque Lins — Belo Horizonte', 'Renato Albuquerque Lins'],
  ])('"%s": the author is the names', (byline, author) => {
    const text = `Início\nRio\nPrefeitura quer ônibus elétricos na orla até 2029\n${byline}\n04/12/2026 06h00  Atualizado há 1 hora\n\n${PORTUGUESE_STORY}\n`;
    expect(clean(text).metadata.byline).toBe(author);
  });
});

describe("a name and a paper's name in brackets over the date line", () => {
  it('the name is the byline ("Jane Doe (The Harbour Post)", as the Jakarta Post signs)', () => {
    const text = `The Harbour Post\nNews\nCity\nHarbour wall to be rebuilt before the storms\nThe council says the wall will be finished by next autumn.\nMara Quinn (The Harbour Post)\nPortsmouth   ●   Fri, December 4, 2026\nShare this article\n\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Mara Quinn', date: '2026-12-04' });
    expect(cleaned.removedLines.find((line) => line.text === 'Mara Quinn (The Harbour Post)')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it("names none for an agency in brackets, a picture's credit as often", () => {
    const text = `The Harbour Post\nNews\nCity\nHarbour wall to be rebuilt before the storms\nThe council says the wall will be finished by next autumn.\nMara Quinn (AP)\nPortsmouth   ●   Fri, December 4, 2026\nShare this article\n\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBeNull();
  });
});

describe("a name under a picture's credit, right over the text", () => {
  const POLISH_STORY = [
    'Zarząd dróg miejskich unieważnił przetarg na przebudowę mostu nad rzeką, bo obie oferty przekroczyły budżet o jedną czwartą.',
    'Miasto przeznaczyło na inwestycję 140 mln zł, a tańsza z ofert opiewała na 178 mln zł.',
    '– Nie podpiszemy umowy, na którą nas nie stać – powiedział zastępca prezydenta miasta Marek Zieliński.',
    'Nowy przetarg ma zostać ogłoszony wiosną, a most zostanie zamknięty najwcześniej za dwa lata.',
  ].join('\n\n');
  const page = (name: string) =>
    `Kraj\nTransport\nPoznań: przebudowa mostu Dworcowego znów opóźniona\nMiasto unieważniło przetarg, bo obie oferty przekroczyły budżet.\nPublikacja: 04.12.2026 09:12\nMost Dworcowy w Poznaniu\nFoto: Adobe Stock\n${name}\n${POLISH_STORY}\n`;

  it('the name is the byline (Rzeczpospolita\'s)', () => {
    const cleaned = clean(page('Joanna Kaczmarek-Wilk'));
    expect(cleaned.metadata.byline).toBe('Joanna Kaczmarek-Wilk');
    expect(cleaned.removedLines.find((line) => line.text === 'Joanna Kaczmarek-Wilk')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('names none when the story names the person: a caption of who is pictured', () => {
    expect(clean(page('Marek Zieliński')).metadata.byline).toBeNull();
  });
});

describe("a name with the paper's initials after it, over the date line", () => {
  const FINNISH_STORY = [
    'Kaupunginhallitus päätti maanantaina, että sataman aallonmurtaja korjataan ensi kesänä kahden myrskyn jälkeen.',
    'Korjaus maksaa arviolta kaksitoista miljoonaa euroa, ja työt alkavat heti jäiden lähdettyä.',
    'Kalastajat ovat odottaneet korjausta jo vuosia, kertoo satamayhdistyksen puheenjohtaja.',
  ].join('\n\n');
  // Helsingin Sanomat's layout: masthead and its initials, menu, headline, standfirst, the name and initials, the date lines.
  const page = (masthead: string, name: string) =>
    `${masthead}\nEtusivu\nKaupunki\nSataman aallonmurtaja korjataan ensi kesänä\nKorjaus maksaa kaksitoista miljoonaa euroa.\n${name}\nJulkaistu 4.12.2026 8:15\n\n${FINNISH_STORY}\n`;

  it.each([
    ['Rannikon Sanomat\nRS', 'Aino Virtanen RS'],
    ['Rannikon Sanomat', 'Aino Virtanen RS'],
  ])('the name is the byline when the page gives the initials as its paper\'s (%j)', (masthead, name) => {
    const cleaned = clean(page(masthead, name));
    expect(cleaned.metadata.byline).toBe('Aino Virtanen');
    removedAsByline(cleaned, name);
  });

  it("names none for initials the page does not give, a school's or a team's as often", () => {
    expect(clean(page('Rannikon Sanomat', 'Aino Virtanen HS')).metadata.byline).toBeNull();
  });
});

describe('a name over the place written from after its preposition, over the date line', () => {
  const FRENCH_STORY = [
    'La municipalité a confirmé vendredi que la reconstruction du quai principal sera reportée au printemps prochain.',
    'Les pêcheurs qui amarrent leurs bateaux le long du quai attendent ces travaux depuis plusieurs années.',
    'Le conseil demandera au gouvernement de payer la moitié de la facture, a précisé le maire.',
  ].join('\n\n');
  // Le Devoir's layout: section, headline, standfirst, the name, the place after "à", the date line.
  const page = (place: string) =>
    `Société\nLa reconstruction du quai reportée au printemps\nLes pêcheurs devront attendre encore un an.\nLouis-Philippe Gagnon\n${place}\n4 décembre 2026\n\n${FRENCH_STORY}\n`;

  it.each(['à Rimouski', 'à Trois-Rivières', 'en Gaspésie'])('the name is the byline: "%s"', (place) => {
    const cleaned = clean(page(place));
    expect(cleaned.metadata).toMatchObject({ byline: 'Louis-Philippe Gagnon', date: '2026-12-04' });
    removedAsByline(cleaned, 'Louis-Philippe Gagnon');
  });
});

describe('a signature under the last paragraph', () => {
  const RUSSIAN_STORY = [
    'Городские власти в пятницу объявили, что ремонт набережной начнется весной и продлится два года.',
    'Подрядчик заменит гранитные плиты и установит новое освещение вдоль всей набережной.',
    'По словам представителей мэрии, стоимость работ составит около 900 млн руб.',
  ].join('\n\n');
  // Kommersant's layout: menu, headline, date line, the story, the signature, the rubrics under it.
  const russianPage = (signature: string) =>
    `Главное\nОбщество\nНабережную закроют на ремонт\n04.12.2026, 10:15\n\n${RUSSIAN_STORY}\n${signature}\nРубрики\nОбщество\nКонтакты\n`;
  const page = (story: string, signature: string) => `News\nCity\nHarbour wall to be rebuilt\n04.12.2026, 10:15\n\n${story}\n${signature}\nTopics\nCity\nContact us\n`;

  it.each([
    ['Ольга Миронова, Самара', russianPage, 'Ольга Миронова'],
    ['--Corwin Ashby', (signature: string) => page(STORY, signature), 'Corwin Ashby'],
    ['— Corwin Ashby', (signature: string) => page(STORY, signature), 'Corwin Ashby'],
    ['Corwin Ashby, Pitchside.com', (signature: string) => page(STORY, signature), 'Corwin Ashby'],
  ])('"%s" names the author', (signature, pageOf, author) => {
    const cleaned = clean(pageOf(signature));
    expect(cleaned.metadata.byline).toBe(author);
    removedAsByline(cleaned, signature);
  });

  it.each(['- Contact Us', '- Corwin Ashby'])('names none for a list\'s item after its bullet: "%s"', (item) => {
    expect(clean(page(STORY, item)).metadata.byline).toBeNull();
  });

  it("names none on a page of letters, each signed so: the last is one writer's of many", () => {
    const letters = [
      'The council should have rebuilt the harbour wall years ago, before the storms damaged it twice.',
      'Ruth Abernathy, Portsmouth',
      'I moor my boat along the wall and welcome the repairs, though the cost seems high to me.',
    ].join('\n\n');
    expect(clean(page(letters, 'Wade Lindgren, Southsea')).metadata.byline).toBeNull();
  });

  it('names none on a page of letters whose first signature goes as a short line between two letters', () => {
    // A regional paper's letters page: each letter under its heading, signed with the name and the suburb.
    const text = [
      'The Harbour Gazette', 'Subscribe', 'News', 'Sport', 'Opinion', 'Letters to the editor',
      'Ferry timetable change leaves commuters stranded', 'March 4 2026 - 6:00am',
      'Ferry timetable change leaves commuters stranded',
      'I WRITE about the new ferry timetable, which moves the first crossing from 6.40 to 7.15 in the morning.',
      'Those of us who start work in the city at eight can no longer get there on time.',
      'Did anyone ask the people who catch it?',
      'I urge the operator to bring back the early crossing before winter.',
      'Corwin Ashby, Eastbank',
      'Well done, Eastbank lifeguards',
      'MY son was pulled from a rip at the north end of the beach last Sunday afternoon.',
      'Two lifeguards reached him within a minute and stayed with him until the ambulance arrived.',
      'We are so grateful.',
      'Maren Tolliver, Northcliff',
      'Have your say',
      'Letters should be no more than 200 words and include your name and suburb.',
      'More from Opinion',
      '© 2026 Harbour Gazette Media. All rights reserved.',
    ].join('\n');
    expect(clean(text).metadata.byline).toBeNull();
  });
});

describe("a byline's degrees and licences after the name", () => {
  const page = (byline: string) => `Health\nNutrition\nHarbour wall to be rebuilt\n${byline}\nDecember 4, 2026\n\n${STORY}\n`;

  it.each([
    ['By Jane Doe, MS, RDN', 'Jane Doe'],
    ['Written by Jane Doe, MS, RD on December 4, 2026', 'Jane Doe'],
    ['By Tom Welby, M.D., MPH', 'Tom Welby'],
    ['By Ana Ruiz, PhD, CRNP', 'Ana Ruiz'],
    ['By Jane Doe, MS, RD (CA)', 'Jane Doe'],
  ])('"%s": the author is the name', (byline, author) => {
    expect(clean(page(byline)).metadata.byline).toBe(author);
  });
});

describe("the agencies' desk signing in another language", () => {
  const SPANISH_STORY = [
    'El ayuntamiento aprobó el martes un plan para reconstruir el muelle del puerto, dañado dos veces por los temporales del invierno.',
    'Las obras costarán unos doce millones de euros y deberán terminar antes de los temporales del próximo otoño.',
    'Los pescadores que amarran sus barcos en el muelle dijeron que llevaban años esperando la reparación.',
  ].join('\n\n');
  const page = (byline: string) => `Portada\nEconomía\nEl puerto reconstruirá su muelle antes del otoño\n${byline}\n04/12/2026\n\n${SPANISH_STORY}\n`;

  it.each(['Por AGENCIAS: Agencia Portuaria', 'Por Agencias', 'Por AGENCIAS'])('"%s" names no author', (byline) => {
    const cleaned = clean(page(byline));
    expect(cleaned.metadata.byline).toBeNull();
    removedAsByline(cleaned, byline);
  });
});

describe('a name, the place written from and the outlet after a comma, then the date, under the headline', () => {
  // vnunet.com's layout: menu, headline, the name line with its date, an ad's label, the story.
  const page = (line: string) => `News\nSecurity\nHarbour wall to be rebuilt\n\n${line}\nADVERTISEMENT\n\n${STORY}\n`;

  it.each([
    ['Corwin Ashby in Portsmouth, harbourpost.com 04 Dec 2026', 'Corwin Ashby'],
    ['Corwin Ashby, harbourpost.com 04 Dec 2026', 'Corwin Ashby'],
  ])('"%s": the name is the byline, the date the date', (line, author) => {
    const cleaned = clean(page(line));
    expect(cleaned.metadata).toMatchObject({ byline: author, date: '2026-12-04' });
  });
});

describe("a Spanish-language page's author card in its header: 'Autor' alone over the name and the author's bio", () => {
  const text = [
    'Sociedad',
    'Cusco: amplían horario del tren a Ollantaytambo desde enero',
    'La empresa operadora añadirá tres salidas semanales en la temporada alta.',
    'Autor',
    'Lucía Huamán Ccori',
    'Redactora de la sección Sociedad. Cubre el sur andino desde 2019.',
    '05 Dic 2026 | 10:35 h',
    'El tren que une Cusco con Ollantaytambo tendrá tres salidas adicionales por semana a partir del 8 de enero, informó el ministerio.',
    'Las nuevas salidas serán los lunes, miércoles y sábados, con partida a las 6.10 a. m. desde la estación de Poroy.',
    'Según el ministerio, la ocupación del servicio superó el 90% entre julio y octubre de este año.',
    'Los boletos podrán comprarse desde el 15 de diciembre en la web de la empresa y en la estación.',
  ].join('\n');

  it('signs the article with the name under the label', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Lucía Huamán Ccori');
    expect(cleaned.removedLines.find((line) => line.text === 'Lucía Huamán Ccori')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });
});

describe('a name, a slash and the outlet or agency between the headline and the date line', () => {
  // A Cambodian paper's layout ("Name / Paper" under the headline) and a Swedish one's ("Name/TT", the agency's copy), each
  // with a picture's caption and its credit under the date line.
  const english = (line: string) =>
    `Harbour Post\nNational\nHarbour wall to be rebuilt by next spring\n${line}\nDecember 5, 2026\nWorkers at the harbour wall. HP/Tom Ellis\n${STORY}\n`;
  const swedish = (line: string) =>
    `Nyheter\nSverige\nNy bro över älven öppnar i vår\n${line}\nPublicerad 5 december 2026 kl 10.32\nDen nya bron över älven i Norrhamn öppnar för trafik i april, meddelar Trafikverket på fredagen.\nBygget har pågått i tre år och kostat omkring 900 miljoner kronor, enligt myndigheten.\n– Vi är glada att kunna öppna bron före sommaren, säger projektledaren Lars Ek.\nDen gamla bron ska rivas under hösten.\n`;

  it.each([
    [english('Dara Sokha / Harbour Post'), 'Dara Sokha / Harbour Post', 'Dara Sokha', 'Harbour Post'],
    [english('Dara Sokha/Reuters'), 'Dara Sokha/Reuters', 'Dara Sokha', 'Reuters'],
    [swedish('Karin Holmberg/TT'), 'Karin Holmberg/TT', 'Karin Holmberg', 'TT'],
  ])('"%s": the name is the byline, the outlet the source', (text, line, author, source) => {
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: author, source });
    expect(cleaned.removedLines.find((removed) => removed.text === line)).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it("is a picture's credit over the caption, no date line under it", () => {
    const text = `News\nHarbour wall to be rebuilt by next spring\nDara Sokha/Reuters\nWorkers at the harbour wall on Tuesday.\n${STORY}\n`;
    expect(clean(text).metadata.byline).toBeNull();
  });
});

describe("a name alone by the date line that the story's opening names", () => {
  // A club's news page sets the club's name over the date line; a school sports page a swimmer's caption.
  const page = (name: string, opening: string) =>
    `Sport\nFootball\nNEWS ARTICLE\nHarbour United centre-backs back for the Mariners' visit\n${name}\nTuesday January 8, 2008\n\n${opening}\n\n${STORY}\n`;

  it.each([
    ['Harbour United', 'Harbour United FC can call on both first-choice centre-backs again when the Mariners visit the Quay Stadium this weekend.'],
  ])('"%s" is its subject, no author', (name, opening) => {
    expect(clean(page(name, opening)).metadata.byline).toBeNull();
  });

  it("a swimmer's caption over the date line, under two others", () => {
    const text = [
      'Sport', 'Swimming', 'Article', 'State swim meet 2026: results', '', 'Dara Whitlow backstroke final', '', 'Leon Marsh North one-metre', '',
      'Tom Okafor Trinity', 'Posted: Fri 6:45 PM, Feb 16, 2026  |', 'Updated: Sat 8:31 PM, Feb 17, 2026', '', 'SEE ALL MEET RESULTS HERE', '',
      'Results: Class 4: Southfield junior Ray Munro took the diving crown with 388.15 points, a school record.', '',
      'Trinity Academy junior Tom Okafor won his third state title in two years, taking the medley race on Saturday.', '',
      'Okafor finished a close second to Harbour Heights swimmer Dara Whitlow in the backstroke final.', '',
      'Leon Marsh of North placed first on the one-metre board.', '',
      'Sam Ortiz of East was runner-up in the sprint freestyle.',
    ].join('\n');
    expect(clean(text).metadata.byline).toBeNull();
  });

  it('a name the opening does not name is the author; one named in a note after the text still is', () => {
    const opening = 'Harbour United FC can call on both first-choice centre-backs again when the Mariners visit the Quay Stadium this weekend.';
    expect(clean(page('Corwin Ashby', opening)).metadata.byline).toBe('Corwin Ashby');
    const noted = `${page('Corwin Ashby', opening)}\nCorwin Ashby can be reached at the sports desk.\n`;
    expect(clean(noted).metadata.byline).toBe('Corwin Ashby');
    // A radio transcript's standfirst names its reporter, who reports.
    const reported = `News\nHarbour towns rebuild their walls\nCorwin Ashby\nTuesday January 8, 2008\n\nDozens of harbour towns have formed districts to rebuild their walls. Corwin Ashby of Harbour Public reports.\n\n${STORY}\n`;
    expect(clean(reported).metadata.byline).toBe('Corwin Ashby');
  });
});

describe('an organisation signing as the byline', () => {
  // A community paper runs a charity's release "By <charity> | Published <date>"; a science site a space agency's, "by <agency>".
  const page = (byline: string) => `Community News\nHarbour wall to be rebuilt by next spring\n${byline}\nDecember 5, 2026\n\n${STORY}\n`;

  it.each(['By Harbour Blood Services', 'by Northern Space Agency', 'By Lagoon Valley Foundation', 'By Harbour Heart Institute'])('"%s" is no author', (byline) => {
    const cleaned = clean(page(byline));
    expect(cleaned.metadata.byline).toBeNull();
    expect(cleaned.removedLines.find((removed) => removed.text === byline)).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  // A Japanese patent office's blog signs its posts with the office's name ("…特許事務所", "patent office"); a Chinese company's and a
  // Korean association's news pages with theirs: organisations' names in scripts no Latin word list reads.
  const JAPANESE_STORY = [
    '先日、港の防波堤を改修する計画が市議会で承認されたというニュースがありました。',
    '工事には約十二億円がかかり、来年の秋までに完了する予定とのことです。',
    '防波堤の近くに船を係留している漁師たちは、長い間この改修を待っていたと話しています。',
  ].join('\n\n');
  const japanesePage = (byline: string) => `ブログ\nHOME >\nブログ >\n防波堤の改修と商標の話\n${byline} ／ 2026.12.01\n\n${JAPANESE_STORY}\n`;

  it.each(['by ハーバー国際特許事務所', 'by 株式会社ハーバー', 'by ハーバー商事株式会社'])('"%s" is no author', (byline) => {
    const cleaned = clean(japanesePage(byline));
    expect(cleaned.metadata.byline).toBeNull();
    expect(cleaned.metadata.source).toBe(byline.slice(3));
  });

  it('"by 山田太郎" still names its author', () => {
    expect(clean(japanesePage('by 山田太郎')).metadata.byline).toBe('山田太郎');
  });

  it.each([
    ['By Corwin Ashby', 'Corwin Ashby'],
    ['By Jane Service', 'Jane Service'],
    ['By Corwin Ashby, Harbour Heart Institute', 'Corwin Ashby'],
  ])('"%s" still names its author', (byline, author) => {
    expect(clean(page(byline)).metadata.byline).toBe(author);
  });
});

describe("the site signing with its brand's one word, the notice's company named for it", () => {
  // A game studio's blog signs "Posted by <brand>" under its footer's "© 2026 <brand> <words> Entertainment"; a fitness site signs
  // "<date> | BY: <brand>" under "© 2026 <brand>, LLC": the site, no author.
  const page = (byline: string, notice: string) => `Blog\nHarbour wall to be rebuilt\nDecember 5, 2026\n${byline}\n\n${STORY}\n\nLeave a comment\n${notice}\n`;

  it.each([
    ['Posted by Quayline', '© 2026 Quayline Harbour Entertainment. All rights reserved'],
    ['BY: Quayline', '© 2026 Quayline, LLC. All rights reserved.'],
  ])('"%s" is no author', (byline, notice) => {
    const cleaned = clean(page(byline, notice));
    expect(cleaned.metadata.byline).toBeNull();
    expect(cleaned.metadata.source).toBe('Quayline');
    expect(cleaned.removedLines.find((removed) => removed.text === byline)).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it.each([
    // A blogger's first name, the notice hers or none: "© Maren", "© 2026 Maren Holt".
    ['written by Maren', '© Maren'],
    ['written by Maren', '© 2026 Maren Holt. All rights reserved'],
    ['written by Maren', 'Privacy policy'],
    // Another word than the notice's company's first.
    ['Posted by Maren', '© 2026 Quayline Harbour Entertainment. All rights reserved'],
  ])('"%s" over "%s" still names its author', (byline, notice) => {
    expect(clean(page(byline, notice)).metadata.byline).toBe('Maren');
  });
});

describe("a name in capitals over a contributor's line, over the date line", () => {
  // The Globe and Mail's layout: the headline, its standfirst, the name in capitals, "Special to <paper>", the date line.
  const page = (name: string) =>
    `World\nHarbour wall blamed for the flood\nOfficials say the old wall gave way before the storm reached its height\n${name}\nSpecial to The Harbour and Bay Mail\nDecember 29, 2007 at 11:29 AM EST\n\n${STORY}\n`;

  it('names the author, not the credit', () => {
    const cleaned = clean(page('CORWIN ASHBY'));
    expect(cleaned.metadata.byline).toBe('CORWIN ASHBY');
    removedAsByline(cleaned, 'CORWIN ASHBY');
  });

  it('names none for a section label in capitals', () => {
    expect(clean(page('MOST READ')).metadata.byline).toBeNull();
  });
});

describe("a name and the outlet after a comma under the story's share buttons", () => {
  // RNZ's layout for a partner's story: the date line, a bar of share buttons, "Name, <partner paper>", the caption.
  const page = (name: string) =>
    `Pacific\nHarbour wall to be rebuilt\n4:18 pm on 5 December 2026\nShare this\nShare on Twitter\nShare on Facebook\nShare via email\nShare on LinkedIn\n${name}\nThe harbour wall. Photo: Lagoon Island News\n\n${STORY}\n`;

  it('names the author', () => {
    const cleaned = clean(page('Corwin Ashby, Lagoon Island News'));
    expect(cleaned.metadata.byline).toBe('Corwin Ashby');
    removedAsByline(cleaned, 'Corwin Ashby, Lagoon Island News');
  });
});

describe('a name over the place written from and the outlet, a line each, over the date line', () => {
  // Balkan Insight's layout: the name, the city, the network's initials, the date, the time.
  const page = (lines: string) => `News\nHarbour wall to be rebuilt\nThe council approved the plan after two storms damaged the old wall last winter.\n${lines}\nDecember 4, 2026\n10:58\n\n${STORY}\n`;

  it('names the author', () => {
    const cleaned = clean(page('Corwin Ashby\nPristina\nHRN'));
    expect(cleaned.metadata.byline).toBe('Corwin Ashby');
  });
});

describe("a letter's signature under its closing", () => {
  // A paper's letters page: menu, headline, "Dear Editor,", the letter, its closing, the writer's name, the date line, a note.
  const LETTER = [
    'Every evening the ferry from the island leaves ten minutes early, and those of us who work late in town miss it.',
    'The harbour board promised last spring to publish a timetable that the crews would keep. None has appeared.',
    'A ferry that leaves before its time is worse than one that is late.',
  ].join('\n\n');
  const page = (closing: string, signature: string) =>
    `Harbour Courier\nNews\nLetters\nOpinion\nThe island ferry should keep its timetable\nDear Editor,\n\n${LETTER}\n${closing}\n${signature}\nDecember 4, 2026\nEditor's note: Letters express the views of their writers.\nRelated\nHarbour wall to be rebuilt\n`;

  it.each([
    ['Yours faithfully,', 'Wade Lindgren', 'Wade Lindgren'],
    ['Yours sincerely,', 'Wade Lindgren', 'Wade Lindgren'],
    ['Sincerely,', 'Ruth Abernathy-Cole', 'Ruth Abernathy-Cole'],
    ['Respectfully,', 'Wade Lindgren, Southsea', 'Wade Lindgren'],
  ])('"%s" over "%s" names the author', (closing, signature, author) => {
    const cleaned = clean(page(closing, signature));
    expect(cleaned.metadata.byline).toBe(author);
    removedAsByline(cleaned, signature);
  });

  it('names none for a line under the closing that is no name', () => {
    expect(clean(page('Yours faithfully,', 'A worried commuter')).metadata.byline).toBeNull();
  });

  it('dates the letter by the date line under its signature', () => {
    expect(clean(page('Yours faithfully,', 'Wade Lindgren')).metadata.date).toBe('2026-12-04');
    expect(clean(page('Respectfully,', 'Wade Lindgren, Southsea')).metadata.date).toBe('2026-12-04');
  });
});

describe("a signature under the last paragraph over the writer's trade and town", () => {
  // Lefaso.net's reader's column: the text, the name, "Trade, Town", the comments' heading.
  const FRENCH_STORY = [
    'Chaque matin, je traverse le marché du quartier avec mes enfants et nous marchons dans la boue.',
    'La commune avait promis de paver les allées et de construire des latrines publiques il y a trois ans.',
    'Je demande un calendrier public et un budget affiché à l’entrée du marché.',
  ].join('\n\n');
  const page = (signature: string) => `Accueil\nOpinions\nTribune : nos marchés méritent mieux\nsamedi 5 décembre 2026\n\n${FRENCH_STORY}\n${signature}\nVos commentaires\nDans la même rubrique\nContacts\n`;

  it.each(['Amadou Sawadogo\nEnseignant, Koudougou', 'Amadou Sawadogo\nJuriste, Bobo-Dioulasso'])('"%s" names the author', (signature) => {
    const cleaned = clean(page(signature));
    expect(cleaned.metadata.byline).toBe('Amadou Sawadogo');
    removedAsByline(cleaned, 'Amadou Sawadogo');
  });

  it('names none for a name alone', () => {
    expect(clean(page('Amadou Sawadogo')).metadata.byline).toBeNull();
  });
});

describe('a byline, "at" and its date', () => {
  // A blog signs its post under the text: "Posted by <name> at <date> <time> | Email This", the readers' comments under it.
  it.each([
    ['Posted by Colin Marsh at December 29, 2007 12:03 PM | Email This', 'Colin Marsh'],
    ['By Colin Marsh at 11:52 AM, December 29, 2007', 'Colin Marsh'],
  ])('"%s" signs the article and dates it', (byline, author) => {
    const text = `Harbour wall to be rebuilt\n\n${STORY}\n\n${byline}\n\nComments\nGreat news, finally!\nPosted by: Kessler on December 29, 2007 02:40 PM\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe(author);
    expect(cleaned.metadata.date).toMatch(/^2007-12-29/);
  });
});

describe("a name and its post after a spaced bar, as a byline box sets them", () => {
  it.each([
    ['Corwin Ashby | Reporter', 'Corwin Ashby'],
    ['By Corwin Ashby | Senior Correspondent', 'Corwin Ashby'],
  ])('"%s" over the date line names the author without the post', (byline, author) => {
    const text = `Harbour News\nHome\nHarbour wall to be rebuilt\n${byline}\nDecember 3, 2026\n\n${STORY}\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe(author);
    expect(cleaned.metadata.date).toBe('2026-12-03');
    expect(cleaned.body).not.toContain(byline);
  });
});

describe("a section's or a column's label, a spaced bar and the writer's name by the date line", () => {
  it.each([
    ['Opinion | Corwin Ashby\nDecember 3, 2026', 'Opinion | Corwin Ashby'],
    ['Guest column | Corwin Ashby\nDecember 3, 2026', 'Guest column | Corwin Ashby'],
    ['December 3, 2026\nPolitics | Corwin Ashby', 'Politics | Corwin Ashby'],
  ])('names the author of "%s", the label no part of it', (header, line) => {
    const cleaned = clean(`Harbour News\nHome\nHarbour wall to be rebuilt\n${header}\n\n${STORY}\n`);
    expect(cleaned.metadata.byline).toBe('Corwin Ashby');
    expect(cleaned.metadata.date).toBe('2026-12-03');
    expect(cleaned.body).not.toContain(line);
  });

  it('names none for a menu of sections so set', () => {
    expect(clean(`Harbour News\nHome\nHarbour wall to be rebuilt\nPolitics | Harbour Sport\nDecember 3, 2026\n\n${STORY}\n`).metadata.byline).toBeNull();
  });
});

describe("an outlet named with \"The\" under a byline's label alone", () => {
  it('is the site signing: no author, its name the source', () => {
    const cleaned = clean(`Harbour Brief\nHome\nMorning Note 12.03.26\nAuthor:\nThe Harbour Brief\nPublish date:\nDec 3, 2026\n\n${STORY}\n`);
    expect(cleaned.metadata.byline).toBeNull();
    expect(cleaned.metadata.source).toBe('The Harbour Brief');
    expect(cleaned.metadata.date).toBe('2026-12-03');
  });

  it('leaves a person under the label the author', () => {
    expect(clean(`Harbour Brief\nHome\nMorning Note 12.03.26\nAuthor:\nCorwin Ashby\nPublish date:\nDec 3, 2026\n\n${STORY}\n`).metadata.byline).toBe('Corwin Ashby');
  });
});
