// The page's lines as both passes read them: what is cut off a line without being its text.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { pageLines, type LineCuts } from '../../src/clean/page-lines.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const noCuts = (): LineCuts => ({ stamps: [], liveStamps: [], timelineHeadings: [], scripts: [], wireHeaders: [], editorCredits: [], tweetButtons: [], nameCards: [] });

describe('a Chinese wire header run into the paragraph it heads', () => {
  const lede = '中央氣象署今天表示，颱風持續逼近，北部山區今晚起有豪雨發生的機率，民眾應注意防範。';
  const page = (first: string) =>
    `颱風逼近 北部山區豪雨特報\n${first}\n氣象署指出，颱風中心目前位於鵝鑾鼻東南方約五百公里海面上，以每小時十五公里速度向西北前進。\n預報員表示，明天起各地風雨將逐漸增強，山區需嚴防坍方與落石。\n交通部也提醒民眾，出門前先留意道路與航班資訊。\n`;

  it('is cut off the paragraph, which stays, and its reporter is the author', () => {
    for (const [header, author] of [['〔記者王小明／台北報導〕', '王小明'], ['（記者王小明、陳美玲／台北報導） ', '王小明、陳美玲'], ['[记者李娜/北京报道]', '李娜']]) {
      const cleaned = clean(page(`${header}${lede}`));
      expect(cleaned.metadata.byline, header).toBe(author);
      expect(cleaned.body.startsWith(lede), header).toBe(true);
      expect(cleaned.removedLines).toContainEqual({ line: 2, text: header.trim(), kind: 'metadata', reason: 'byline cut off the start of line 2' });
    }
  });

  it('leaves a paragraph opening with 記者 in brackets otherwise, and a header alone on its line to the byline rule', () => {
    const cuts = noCuts();
    const aside = '（記者會上，部長表示將檢討預算）';
    expect(pageLines(`${aside}${lede}\n〔記者王小明／台北報導〕`, cuts)).toEqual([`${aside}${lede}`, '〔記者王小明／台北報導〕']);
    expect(cuts.wireHeaders).toEqual([]);
    const alone = clean(page(`〔記者王小明／台北報導〕\n${lede}`));
    expect(alone.metadata.byline).toBe('王小明');
    expect(alone.removedLines.find((line) => line.line === 2)?.reason).toBe('byline');
  });
});

// A scraper that joins every line of the page with " | " (one line for the header, one for the
// story and what follows it): the story's paragraphs were one line, the page's chrome run into it,
// and the whole body was dropped as page text after the article.
describe("a page whose scraper joined its lines with ' | '", () => {
  const story = [
    'Bus drivers in Leeds will strike on two weekends in January in a dispute over pay, the Unite union has announced.',
    'The walkouts are planned for 10 and 11 January and 17 and 18 January, causing disruption on most routes in the city.',
    'A spokesperson for the bus company said it was disappointed by the decision and urged the union to return to talks.',
    'Passengers are advised to check before they travel, as a reduced timetable is expected on strike days.',
  ];
  const page = [
    'Skip to main content | Menu | Search | News | UK | World | Sport',
    'Bus drivers in Leeds to strike on two weekends in January',
    'Jane Hollis | Friday 04 December 2026 11:20 GMT | Comments',
    [...story, 'Read more', 'Rail fares to rise by 4.6% in March', 'Most popular', '© 2026 Northern News Ltd'].join(' | '),
  ].join('\n');

  it('is read as the lines the bars part: the story, its byline and date, and the chrome apart', () => {
    expect(pageLines('Menu | News | Sport\nFirst sentence of a story that goes on here. | Second sentence of the story, which goes on. | Third one, the last sentence of it.')).toEqual([
      'Menu', 'News', 'Sport', 'First sentence of a story that goes on here.', 'Second sentence of the story, which goes on.', 'Third one, the last sentence of it.',
    ]);
    const cleaned = clean(page);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(cleaned.metadata).toMatchObject({ title: 'Bus drivers in Leeds to strike on two weekends in January', byline: 'Jane Hollis', date: '2026-12-04T11:20' });
  });

  it('leaves a line of bars on a page with no such line alone: a table row, a byline with its editor', () => {
    expect(pageLines('Dow Jones Industrial Average | 44,918.54 | +0.4%\nPenulis Rizky Syahrial | Editor Irfan Maullana\nThe index rose. | It fell back later in the day.')).toEqual([
      'Dow Jones Industrial Average | 44,918.54 | +0.4%', 'Penulis Rizky Syahrial | Editor Irfan Maullana', 'The index rose. | It fell back later in the day.',
    ]);
  });
});

// A blog post's quote boxes (WordPress plugins): a sentence set apart for sharing, the tweet button run onto it. The
// button's words had stayed in the paragraph, or the line had gone with them as no sentence.
describe("a quote box's tweet button run onto its sentence", () => {
  const paragraphs = [
    'Most small shops do not fail in their first year because of a bad idea. They fail because the owner runs out of time before the idea finds its customers.',
    'I have seen it happen on my own street more than once, and every time the signs were there months before the shutters came down.',
    "Every shop on the high street started as someone's risky idea.Click To Tweet",
    'So how do you buy yourself that time? Start smaller than you think you should, and keep your first costs where you can see them.',
    'A market stall, a pop-up weekend or an online shop with ten products will teach you more than a year of planning ever could. Click to tweet',
    'Then grow only as fast as your customers ask you to, and not a day sooner than that.',
  ];
  const cleaned = clean(`Small Shops, Big Patience\nMarch 9, 2026 by Ada Quill\n${paragraphs.join('\n\n')}\n`);

  it('is cut off the sentence, which stays in the body', () => {
    expect(cleaned.body).toContain("Every shop on the high street started as someone's risky idea.\n");
    expect(cleaned.body).toContain('will teach you more than a year of planning ever could.\n');
    expect(cleaned.body).not.toMatch(/tweet/iu);
    expect(cleaned.removedLines.filter((line) => line.reason.startsWith('share button cut off'))).toEqual([
      { line: 7, text: 'Click To Tweet', kind: 'boilerplate', reason: 'share button cut off the end of line 7' },
      { line: 11, text: 'Click to tweet', kind: 'boilerplate', reason: 'share button cut off the end of line 11' },
    ]);
  });

  it('is cut after a question too, and left after words that end no sentence and on a line of the button alone', () => {
    const cuts = noCuts();
    expect(pageLines('Is a pop-up worth its rent? Click to tweet\nBest of the week Click To Tweet\nClick To Tweet', cuts)).toEqual(['Is a pop-up worth its rent?', 'Best of the week Click To Tweet', 'Click To Tweet']);
    expect(cuts.tweetButtons).toEqual([{ line: 1, button: 'Click to tweet' }]);
  });
});

// A politics site's name cards: each politician's name in the text is a link whose hover card (the name again, in full, then
// three of the site's headlines about them and "MORE") the scraper ran into the sentence. The card's words had stayed in the
// paragraph, or the lede had gone with them as page text.
describe("a name's hover card of headlines run into the sentence", () => {
  const paragraphs = [
    'Sen. Dana WhitfieldDana Marie WhitfieldSenate passes water bill after long night | Farm groups split over subsidies | Rail unions back safety plan Whitfield asks for hearing on bridge repairs MORE (D-Ore.) said Tuesday that the bridge repairs in her state could not wait for next year’s budget.',
    'The bridge, which carries about 40,000 cars a day, was closed to trucks in March after inspectors found cracks in two of its piers.',
    'Rep. Tom OkaforTom OkaforHouse panel grills rail chiefs on delays Okafor wins backing of county leaders MORE (R-Ohio), who leads the transport panel, said he would hold the hearing before the end of the month.',
    'Whitfield said the state had done its part and that the money was already in the federal budget, waiting for the department to release it.',
  ];
  const cleaned = clean(`Whitfield presses for bridge repair funds\nBy Lena Hart - 03/10/26 4:12 PM EST\n${paragraphs.join('\n\n')}\n`);

  it('is cut out of the sentence, which stays in the body with the name once', () => {
    expect(cleaned.body.split('\n\n')).toEqual([
      'Sen. Dana Whitfield (D-Ore.) said Tuesday that the bridge repairs in her state could not wait for next year’s budget.',
      paragraphs[1],
      'Rep. Tom Okafor (R-Ohio), who leads the transport panel, said he would hold the hearing before the end of the month.',
      paragraphs[3],
    ]);
    expect(cleaned.removedLines.filter((line) => line.reason.startsWith('links to other stories cut out'))).toEqual([
      { line: 3, text: 'Dana Marie WhitfieldSenate passes water bill after long night | Farm groups split over subsidies | Rail unions back safety plan Whitfield asks for hearing on bridge repairs MORE', kind: 'boilerplate', reason: 'links to other stories cut out of line 3' },
      { line: 7, text: 'Tom OkaforHouse panel grills rail chiefs on delays Okafor wins backing of county leaders MORE', kind: 'boilerplate', reason: 'links to other stories cut out of line 7' },
    ]);
  });

  it('is left where the name is not given again glued to itself, or no MORE closes it', () => {
    const cuts = noCuts();
    const lines = [
      'Dana Whitfield and Dana Marie Whitfield both ran for the seat; READ MORE about them below.',
      'Sen. Dana WhitfieldDana Whitfield said the bill would pass.',
      'TOKYO — McDonaldMcDonald ran in capitals MORE THAN ever.',
    ];
    expect(pageLines(lines.join('\n'), cuts)).toEqual(lines);
    expect(cuts.nameCards).toEqual([]);
  });
});
