// The byline a page gives without a label or under its text (header-byline.ts). Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.js';
import { article, contextFor } from '../context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('a name under a byline label alone on its line', () => {
  const page = (label: string, name = 'Yuki Noguchi') =>
    `Health\nHospitals that cut nurse staffing saw more deaths, study finds\nDecember 4, 2026 5:00 AM ET\n${label}\n${name}\nPlaylist\nDownload\n\nHospitals that reduced the number of registered nurses on their wards saw higher death rates among surgical patients, a study found.\n\nResearchers looked at records from 412 hospitals in four states, covering nearly 1.8 million patients.\n\nA similar bill is pending in Pennsylvania.\n`;

  it.each(['By', 'By —', 'Author,'])('is the author under "%s"', (label) => {
    const cleaned = clean(page(label));
    expect(cleaned.metadata.byline).toBe('Yuki Noguchi');
    expect(cleaned.removedLines.find((line) => line.text === 'Yuki Noguchi')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none when the line under the label is no name', () => {
    expect(clean(page('By', 'Embed')).metadata.byline).toBeNull();
  });

  // McClatchy's papers set "BY" over the name in capitals: the name had been a section label.
  it('is the author in capitals under "BY"', () => {
    const cleaned = clean(page('BY', 'YUKI NOGUCHI'));
    expect(cleaned.metadata.byline).toMatch(/^yuki noguchi$/iu);
    expect(cleaned.removedLines.find((line) => line.text === 'YUKI NOGUCHI')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none under "BY" when the line in capitals is a menu\'s words', () => {
    expect(clean(page('BY', 'MOST READ')).metadata.byline).toBeNull();
  });

  // PBS sets "By —" over each author's name, the name twice (its picture's text and its link): the second author had been left out.
  it('gives each name under its own label, joined', () => {
    const cleaned = clean(page('By —', 'Yuki Noguchi\nYuki Noguchi\nBy —\nTom Ellis\nTom Ellis'));
    expect(cleaned.metadata.byline).toBe('Yuki Noguchi and Tom Ellis');
    expect(cleaned.removedLines.filter((line) => line.reason === 'byline').map((line) => line.text)).toEqual(['By —', 'Yuki Noguchi', 'By —', 'Tom Ellis']);
  });
});

describe("a note on the byline's author inside or closing the article's text", () => {
  const STORY = [
    'The county fair will move to the old airfield next summer after the fairgrounds were sold to a housing developer.',
    'Organisers said the airfield gives them twice the space for livestock barns and parking.',
    '"We will miss the old grounds, but the new site solves our traffic problem," the fair board president said.',
    'The move is expected to cost about $2 million, most of it for water and power lines.',
  ];

  it('is removed inside the text when it gives the author\'s e-mail address, and the box under it stays', () => {
    const bio = 'Ray Dunmore is a writer for the Harbour Courier. He may be reached at rdunmore@harbourcourier.example.';
    const box = ['Fair at a glance', 'Dates: The fair runs for nine days in late July.', 'Tickets: Adults pay $12, and children under 10 get in free.'];
    const text = ['County fair to move to old airfield', 'By Ray Dunmore', 'December 4, 2026', '', ...STORY, bio, ...box, ''].join('\n\n');
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Ray Dunmore');
    expect(cleaned.removedLines.find((line) => line.text === bio)).toMatchObject({ kind: 'boilerplate', reason: 'author bio after the article' });
    expect(cleaned.body).toContain(box[2]);
  });

  it('is removed so under a byline printed in capitals with the paper after the name', () => {
    const bio = 'Ray Dunmore is a writer for the Harbour Courier. He may be reached at rdunmore@harbourcourier.example.';
    const text = ['County fair to move to old airfield', 'By RAY DUNMORE Harbour Courier', 'December 4, 2026', '', ...STORY, bio, 'Fair at a glance', 'Dates: The fair runs for nine days in late July.', ''].join('\n\n');
    expect(clean(text).removedLines.find((line) => line.text === bio)).toMatchObject({ kind: 'boilerplate', reason: 'author bio after the article' });
  });

  it('is removed closing the text when the byline is a name alone under the headline', () => {
    const bio = 'Mara Lindqvist is a Staff Writer at the Harbour Courier covering farms and rural towns. She is based in Albany.';
    const text = ['Harbour Courier', 'County fair to move to old airfield', 'Mara Lindqvist', '12.04.2026 10:09 AM', ...STORY, bio, 'Staff Writer', ''].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Mara Lindqvist');
    expect(cleaned.removedLines.find((line) => line.text === bio)).toMatchObject({ kind: 'boilerplate', reason: 'author bio after the article' });
    expect(cleaned.body.trim().endsWith(STORY.at(-1)!)).toBe(true);
  });

  it('stays inside the text without an address: a paragraph of the story may open with the author\'s name', () => {
    const line = 'Ray Dunmore is a former fair board member who helped choose the airfield, and disclosed that to his editors.';
    const text = ['County fair to move to old airfield', 'By Ray Dunmore', 'December 4, 2026', '', STORY[0], line, ...STORY.slice(1), ''].join('\n\n');
    expect(clean(text).body).toContain(line);
  });
});

describe('a name under the headline over its job title, no date line near', () => {
  const page = (post: string) =>
    [
      'Innovation',
      'How a small bakery chain cut its energy bill by a third',
      'Tessa Marlowe',
      post,
      'Small Business',
      'A bakery chain with nine shops in the Midlands has cut its energy bill by a third in a year, its owner says.',
      'The chain replaced its gas ovens with electric ones and moved its baking to the night, when power is cheaper.',
      'Other bakers have asked to visit the shops to see how the ovens work, the owner said.',
      '',
    ].join('\n');

  it.each(['Senior Contributor', 'Staff Writer'])('is the author over "%s", as Forbes sets it', (post) => {
    const cleaned = clean(page(post));
    expect(cleaned.metadata.byline).toBe('Tessa Marlowe');
    expect(cleaned.removedLines.find((line) => line.text === 'Tessa Marlowe')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none over a line that is no job title', () => {
    expect(clean(page('Healthcare')).metadata.byline).toBeNull();
  });
});
