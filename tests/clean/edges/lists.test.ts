import { describe, expect, it } from 'vitest';
import { factBoxesInside, ingredientListsInside, introducedListEnd, introducedListsInside } from '../../../src/clean/edges/lists.js';
import { describeLine } from '../../../src/clean/lines.js';
import { cleanArticle } from '../../../src/clean/index.js';
import { article, contextFor } from '../context.js';

describe('introducedListEnd', () => {
  const lines = (texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'of', 'a'])));
  const once = (n: number) => new Array<number>(n).fill(1);

  it('takes in the items after a one-clause colon line, up to the first short label or repeated line', () => {
    const page = lines(['A sentence of the article that ends the prose part.', 'The list of the winners:', 'First prize to Ann Lee, Leeds', 'Second prize to Bo Chan, York', 'Contact', 'Third line of chrome here']);
    expect(introducedListEnd(page, once(6), 0)).toBe(3);
    expect(introducedListEnd(page, [1, 1, 1, 1, 3, 1], 1)).toBe(3);
    expect(introducedListEnd(page, [1, 1, 1, 2, 1, 1], 0)).toBe(2);
  });

  it('ends a list set right under its introduction at a blank line; one set apart from it runs over blank lines', () => {
    // Line numbers with gaps: blank lines between.
    const numbered = (texts: Array<[number, string]>) => texts.map(([number, text]) => describeLine(number, text, new Set(['the', 'of', 'a'])));
    const items = ['First prize to Ann Lee, Leeds', 'Second prize to Bo Chan, York', 'Council tax to rise by five per cent'];
    const under = numbered([[1, 'A sentence of the article that ends the prose part.'], [2, 'The list of the winners:'], [3, items[0]!], [4, items[1]!], [6, items[2]!]]);
    expect(introducedListEnd(under, once(5), 0)).toBe(3);
    const apart = numbered([[1, 'A sentence of the article that ends the prose part.'], [2, 'The list of the winners:'], [4, items[0]!], [5, items[1]!], [7, items[2]!]]);
    expect(introducedListEnd(apart, once(5), 0)).toBe(4);
  });

  it('takes a numbered item of any length when its number follows the last, and no other short line', () => {
    const page = lines(['A sentence of the article that ends the prose part.', 'The list of the winners:', '1. Ann Lee of Leeds', '2. Bo', '4. Chan', 'Contact']);
    expect(introducedListEnd(page, once(6), 0)).toBe(3);
    expect(introducedListEnd(page, [1, 1, 1, 2, 1, 1], 0)).toBe(2);
  });

  it("takes in a colon line right under the last line when nothing is left after it: what it introduced (embedded posts) is not in the text", () => {
    const numbered = (texts: Array<[number, string]>) => texts.map(([number, text]) => describeLine(number, text, new Set(['the', 'of', 'a', 'by'])));
    const closing: Array<[number, string]> = [[1, 'A sentence of the article that ends the prose part.'], [3, 'Readers online were quick to react to the plan:']];
    expect(introducedListEnd(numbered(closing), once(2), 0)).toBe(1);
    // Not under a break of more than a blank line, nor over a line left after it, nor when a label.
    expect(introducedListEnd(numbered([closing[0]!, [6, closing[1]![1]]]), once(2), 0)).toBe(0);
    expect(introducedListEnd(numbered([...closing, [5, 'Contact us']]), once(3), 0)).toBe(0);
    expect(introducedListEnd(numbered([closing[0]!, [3, 'Related coverage from Money: Retirement:']]), once(2), 0)).toBe(0);
  });

  it('leaves the end alone without an introduction, or when the colon line is a label', () => {
    const plain = lines(['A sentence of the article that ends the prose part.', 'First prize to Ann Lee, Leeds']);
    expect(introducedListEnd(plain, once(2), 0)).toBe(0);
    const label = lines(['A sentence of the article that ends the prose part.', 'Related coverage from Money: Retirement:', 'How to retire early and enjoy it']);
    expect(introducedListEnd(label, once(3), 0)).toBe(0);
  });
});

describe('introducedListsInside', () => {
  const lines = (texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'of', 'a', 'from'])));
  const opening = 'OAKDALE, Calif., May 4, 2026 (NEWSWIRE HUB) -- Oakdale Mills Inc. today reported results for its first quarter.';
  const closing = 'The company will hold a call for investors at 9 a.m. Eastern on Tuesday.';
  const keptUnder = (heading: string): number[] => {
    const page = lines([opening, heading, 'Net sales of $88.2 million, up 6% from a year ago', 'Operating margin of 12.4%, up from 11.9%', closing]);
    const kept = new Set<number>();
    introducedListsInside(page, new Array<number>(page.length).fill(1), 0, page.length - 1, kept);
    return [...kept];
  };

  it("keeps a release's highlights under their heading, as under a line introducing a list", () => {
    expect(keptUnder('First Quarter Highlights')).toEqual([2, 3]);
    expect(keptUnder('First Quarter 2026 Financial Highlights')).toEqual([2, 3]);
    expect(keptUnder('Key Highlights:')).toEqual([2, 3]);
    expect(keptUnder('The figures for the quarter:')).toEqual([2, 3]);
  });

  it('keeps no lines under a heading that does not end in its highlights, nor under a sentence about them', () => {
    expect(keptUnder('First Quarter Results')).toEqual([]);
    expect(keptUnder('Highlights of the quarter included the following')).toEqual([]);
  });
});

describe("a log's date headings between its entries", () => {
  // An invented town's weekly police log: each day's date alone over that day's report.
  const blotter = [
    'Riverton Patch',
    'News',
    'Crime & Safety',
    'Riverton Police Log: Stolen Bikes, A Broken Window',
    'By Lena Morrow, Patch Staff',
    'Dec 5, 2026 9:12 am ET',
    'Share',
    'RIVERTON, NJ — The following reports were taken from the Riverton Police Department\'s weekly log.',
    'Oct. 12',
    'A resident of Elm Street reported at 8:15 a.m. that two bicycles had been taken from an unlocked garage overnight.',
    'Oct. 13',
    'A shop owner on Main Street reported that a rock had been thrown through the front window after closing time.',
    'Oct. 14',
    'A 29-year-old Riverton man was charged with trespassing after he was found sleeping in a closed school gym.',
    'Everyone charged with a crime is presumed innocent until proven guilty in a court of law.',
    'Subscribe',
    'More from Riverton',
    'Riverton Library Extends Weekend Hours',
  ].join('\n');
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

  it('keeps every date heading with its entry', () => {
    const paragraphs = clean(blotter).body.split('\n\n');
    expect(paragraphs).toContain('Oct. 12');
    expect(paragraphs).toContain('Oct. 13');
    expect(paragraphs).toContain('Oct. 14');
  });

  it('leaves a lone date line between paragraphs to the line model', () => {
    const lone = blotter.replace('Oct. 13\n', '').replace('Oct. 14\n', '');
    expect(clean(lone).body.split('\n\n')[0]).toMatch(/^RIVERTON, NJ/u);
  });
});

describe('ingredientListsInside', () => {
  const lines = (texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'of', 'a', 'and', 'to'])));
  const keptOf = (texts: string[]): number[] => {
    const kept = new Set<number>();
    ingredientListsInside(lines(texts), 0, texts.length - 1, kept);
    return [...kept].sort((a, b) => a - b);
  };
  const prose = 'A paragraph of the story that says what the dish is and why it works so well in winter.';
  const method = 'Heat the oil in a pan and cook the onion until soft, then add the rest.';

  it('takes an ingredient whose quantity is inside it on a run of ingredients, at its end or inside it', () => {
    expect(keptOf([prose, 'Ingredients', '2 tbsp olive oil', '1 onion, chopped', '3 cups stock', 'Juice of 1 lemon', 'Directions', method])).toEqual([2, 3, 4, 5]);
    expect(keptOf([prose, '2 tbsp olive oil', 'Zest of 2 oranges', '1 onion, chopped', '3 cups stock', 'Salt and pepper, to taste', method])).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes none alone or opening a run, nor counts it towards the run', () => {
    expect(keptOf([prose, 'Juice of 1 lemon', '2 tbsp olive oil', '1 onion, chopped', '3 cups stock', method])).toEqual([2, 3, 4]);
    expect(keptOf([prose, '2 tbsp olive oil', '1 onion, chopped', 'Juice of 1 lemon', 'Zest of 2 oranges', method])).toEqual([]);
  });
});

describe('short items and short labels introducing them inside the article', () => {
  // An invented town paper's how-to story: a list under a label of two words, its items of a few words, and a
  // share of figures under a sentence ending in a colon, each item three words.
  const howTo = [
    'Riverside Courier',
    'News',
    'Local',
    'Parking permits can now be renewed online',
    'By Tomas Ferreira',
    'December 4, 2026',
    'Residents can now renew their street parking permits online instead of queueing at the town hall, the council said on Monday.',
    'The permit costs $40 a year and covers one vehicle registered at the address. The new spaces are shared by ward:',
    'Northgate: 40 spaces',
    'Millbrook: 25 spaces',
    'Eastfield: 15 spaces',
    'Schools keep the rest.',
    'What you need:',
    'Your plate number',
    'A utility bill in your name',
    'A card to pay the fee',
    'Steps:',
    'Open the council website and choose the parking permits page from its list of services.',
    'Upload the bill, pay the fee and wait for the permit to arrive by email within two working days.',
    'Permits bought before March keep their old price until they run out, a spokeswoman for the council said.',
    'Share this:',
    'More local news',
    'Harbour bridge closes for repairs',
    '© 2026 Riverside Courier',
  ].join('\n');
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

  it('keeps a short label ending in a colon and the short items under it where the article goes on after them', () => {
    const lines = clean(howTo).body.split('\n\n');
    for (const kept of ['What you need:', 'Your plate number', 'A utility bill in your name', 'A card to pay the fee', 'Steps:']) expect(lines).toContain(kept);
  });

  it('keeps items shorter than four words under a sentence introducing them', () => {
    const lines = clean(howTo).body.split('\n\n');
    for (const kept of ['Northgate: 40 spaces', 'Millbrook: 25 spaces', 'Eastfield: 15 spaces']) expect(lines).toContain(kept);
  });

  it('leaves a short colon label to the line model where nothing under it stays', () => {
    const lines = clean(howTo).body.split('\n\n');
    expect(lines).not.toContain('Share this:');
    expect(lines.at(-1)).toMatch(/^Permits bought before March/u);
  });
});

describe('a list introduced right after the block, its items short, the story going on under it', () => {
  // An invented port paper's market story: the day's prices under a sentence ending in a colon, each item two or three
  // words, then the story's last paragraph; the line model's block ends over the list.
  const wrap = [
    'Harbour Gazette',
    'News',
    'Business',
    'Fish prices climb as storms keep trawlers in port',
    'By Maren Olsen',
    'December 3, 2026',
    'Prices at the Westhaven fish auction rose for a third day on Wednesday as gales kept most of the trawler fleet in port.',
    'Only nine boats landed a catch, against more than forty on a normal winter day, the auction house said.',
    'Buyers from the inland restaurants paid the highest prices for cod since the spring.',
    'Auction prices on Wednesday (per kilo):',
    'Cod: 4.10',
    'Haddock: 3.85',
    'Plaice: 5.20',
    'Mackerel: 1.95',
    'Auction house officials said the trawler fleet should be back at sea by the weekend if the gales drop, and prices would then ease.',
    'Share this:',
    'More business news',
    'Bakery chain opens third shop in the old town',
    '© 2026 Harbour Gazette',
  ].join('\n');
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

  it('keeps the introduction, the items and the paragraph under them', () => {
    const lines = clean(wrap).body.split('\n\n');
    for (const kept of ['Auction prices on Wednesday (per kilo):', 'Cod: 4.10', 'Mackerel: 1.95']) expect(lines).toContain(kept);
    expect(lines.at(-1)).toMatch(/^Auction house officials said/u);
  });

  it("leaves prose under such a list that is not the story's: another box's teaser", () => {
    const teaser = wrap.replace(/^Auction house officials said.*$/mu, 'A new cafe on Quay Street now serves breakfast all day, its owner told our reporter on Tuesday.');
    const lines = clean(teaser).body.split('\n\n');
    expect(lines.join('\n')).not.toContain('A new cafe on Quay Street');
    expect(lines.at(-1)).toMatch(/^Buyers from the inland restaurants/u);
  });
});

describe('factBoxesInside', () => {
  const lines = (texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'of', 'a', 'and', 'to', 'in'])));
  const keptOf = (texts: string[], strong: readonly number[]): number[] => {
    const kept = new Set<number>();
    factBoxesInside(lines(texts), 0, texts.length - 1, (k) => strong.includes(k), kept);
    return [...kept].sort((a, b) => a - b);
  };
  const prose = 'A paragraph of the story that tells what the survey found and who paid for it in the end.';
  const box = ['Key facts', 'Sample: 500 people in the county', 'Dates: 3 to 9 March', 'Margin of error: 4 points'];

  it('takes the heading and the fields under it when two of the fields stay by their score', () => {
    expect(keptOf([prose, ...box, prose], [0, 2, 3, 5])).toEqual([1, 2, 3, 4]);
  });

  it("takes a short line without a sentence's end among the fields (a venue), not one after the last field", () => {
    expect(keptOf([prose, 'Match details', 'Harbour Park, in Kelby', 'Referee: Sam Doe', 'Kelby: Ames; Bo, Cy, Di; Ed, Fa; Gu, Hal', 'Dunmore: Ivo; Jay, Kim, Lu; Mo, Ned; Oz, Pat', 'Rating', prose], [0, 4, 5, 7]))
      .toEqual([1, 2, 3, 4, 5]);
  });

  it("leaves a label over other stories' headlines with kickers, which score under the threshold", () => {
    const links = ['More on this', 'Analysis: Why the survey matters now', 'Reaction: Farmers welcome the figures'];
    expect(keptOf([prose, ...links, prose], [0, 4])).toEqual([]);
  });
});
