// Pages of the kinds a new analyst's corpus held (a tester wrote them, in the styles of
// AMP pages, social embeds and copy-paste from blogs): what the cleaner got wrong on them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const page = (name: string): string => readFileSync(new URL(`fixtures/analyst-corpus/${name}`, import.meta.url), 'utf8');
const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('an ad slot between paragraphs labelled other than "Advertisement"', () => {
  it('("Story continues below", "Hide Ad", "SCROLL TO CONTINUE WITH CONTENT") keeps the paragraphs around it', () => {
    const cleaned = clean(page('ad-slot-prompts.txt'));
    const paragraphs = cleaned.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The town council planted more than 3,000 street trees/u);
    expect(paragraphs.at(-1)).toBe('A second round of planting will start in November, with applications open until the end of June.');
    expect(paragraphs).toHaveLength(5);
    expect(cleaned.body).not.toMatch(/Hide Ad|SCROLL TO CONTINUE|Article continues|scroll to continue/u);
  });
});

describe('the last paragraph of a page that sets ads between its paragraphs', () => {
  it('stays when an ad slot follows it: a short closing quote over "Advertisement", "Hide Ad" and the comments', () => {
    // Two pages of the same site: its chrome repeats, which weakens the lines next to it.
    const text = page('closing-quote-before-ads.txt');
    const cleaned = cleanArticle(article(text), contextFor([text, page('closing-quote-sibling.txt'), page('closing-quote-sibling.txt')]));
    const paragraphs = cleaned.body.split('\n\n');
    expect(paragraphs.at(-1)).toBe('"We have waited all winter," said volunteer Ken Adair.');
    expect(paragraphs).toHaveLength(4);
    expect(cleaned.body).not.toMatch(/Hide Ad|Advertisement|Comments/u);
  });
});

describe("a photo gallery's lede", () => {
  it('stays over the gallery set between it and the rest of the text (counters, captions, "Swipe for more")', () => {
    const cleaned = clean(page('gallery-lede.txt'));
    const paragraphs = cleaned.body.split('\n\n');
    expect(paragraphs[0]).toBe("Eighteen tall ships sailed into Fernhaven on Sunday for the town's first maritime festival in a decade.");
    expect(paragraphs).toHaveLength(3);
    expect(cleaned.body).not.toMatch(/Swipe for more|of 8|View gallery|Photo:/u);
  });
});

describe('listings set in the text as a heading, fields and a paragraph each', () => {
  it('("Venue:", "Dates:", "Tickets:") keep the paragraphs of the listings after the first, as the first keeps its own', () => {
    const paragraphs = clean(page('event-listings.txt')).body.split('\n\n');
    expect(paragraphs.at(-1)).toBe('The castle stays open late for torch-lit tours. Wrap up warm.');
    expect(paragraphs).toContain('A ranger shows children how to find crabs at low tide.');
    expect(paragraphs).toContain('Eight shows for children, two of them in Welsh. Book early.');
  });
});

describe("an embedded post's chrome", () => {
  it('("View this post on Instagram", "A post shared by Name (@handle)") is removed on sight, the paragraphs around it kept', () => {
    const cleaned = clean(page('instagram-embed.txt'));
    expect(cleaned.body).not.toMatch(/View this post|A post shared by/u);
    expect(cleaned.body.split('\n\n')).toHaveLength(4);
    expect(cleaned.removedLines.filter((line) => /View this post|A post shared by/u.test(line.text)).map((line) => line.reason)).toEqual(["embedded post's chrome", "embedded post's chrome"]);
  });
});

describe('a Threads or Bluesky post the article embeds', () => {
  it('("3h", "Reply", "Repost" under it) is no comments section: the paragraph after it stays', () => {
    const cleaned = clean(page('threads-post-then-last-paragraph.txt'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('Passenger groups said refunds should be paid automatically rather than on request.');
    expect(cleaned.body).not.toMatch(/^(?:3h|Reply|Repost)$/mu);
  });
});

describe("an opinion writer's bio under the column", () => {
  const text = page('opinion-bio-last.txt');
  it('("Owen Marsh is a former planning officer …", the byline\'s name) is removed as an author bio', () => {
    const cleaned = clean(text);
    expect(cleaned.body.split('\n\n').at(-1)).toBe('It is time the council planned for the shoppers it actually has.');
    expect(cleaned.removedLines.find((line) => line.text.startsWith('Owen Marsh is'))?.reason).toBe('author bio after the article');
  });
  it('is told from a last paragraph about someone else, which stays', () => {
    const other = text.replace('Owen Marsh is a former planning officer', 'Dorothy Keel is a former planning officer');
    expect(clean(other).body.split('\n\n').at(-1)).toMatch(/^Dorothy Keel is a former planning officer/u);
  });
});

describe('a picture in Markdown', () => {
  it('("![alt](address)", also as a link) is never a paragraph, even with its alt text a sentence under the date line', () => {
    const cleaned = clean(page('markdown-image-under-date.txt'));
    expect(cleaned.body.split('\n\n')[0]).toMatch(/^The island ferry operator will add two crossings/u);
    expect(cleaned.body).not.toMatch(/!\[|img\.example/u);
    expect(cleaned.removedLines.filter((line) => line.text.includes('![')).map((line) => line.reason)).toEqual(['picture (Markdown image)', 'picture (Markdown image)']);
  });
});

// A scraper's placeholder for a picture or a video it did not save, alone on its line ("[Image]",
// "[Video]", "[Image: Firefighters on Santa Rosa Road]"): it had stayed between two paragraphs (a tester's wildfire page).
describe("a scraper's placeholder for a picture or a video", () => {
  const paragraphs = [
    'A fast-moving wildfire forced the evacuation of about 4,000 homes in Ventura County on Friday, fire officials said.',
    'The fire had burned about 2,800 acres by late morning and was not contained, according to the county fire department.',
    'Evacuation centers were opened at Camarillo High School and the county fairgrounds.',
  ];
  // A site's label over its video player, the player not scraped: "Recommended video", "Featured Video";
  // what a player or an embed shows until its script runs: "Loading...", "Loading video…".
  // The BBC's notice in place of its player.
  it.each(['[Image]', '[Video]', '[IMAGE]', '[Image: A plume of smoke over Camarillo]', '[Embedded video]', 'Recommended video', 'Featured Video', 'Loading...', 'Loading video…', 'Media playback is unsupported on your device'])('("%s") is never a paragraph', (placeholder) => {
    const text = ['Wildfire forces evacuation of 4,000 homes in Ventura County', 'By Amanda Ruiz', 'December 4, 2026', '', paragraphs[0], '', placeholder, '', ...paragraphs.slice(1)].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body).toBe(paragraphs.join('\n\n'));
    expect(cleaned.removedLines.find((line) => line.text === placeholder)?.reason).toBe('picture or video placeholder');
  });
});

describe('a post the article embeds', () => {
  it('is followed by the rest of the article: the paragraph after its signature stays', () => {
    const paragraphs = clean(page('post-then-last-paragraph.txt')).body.split('\n\n');
    expect(paragraphs.at(-1)).toBe('Harbourside said she would stay at the club as a coach for its academy goalkeepers next season.');
    expect(paragraphs.at(-2)).toBe('— Ilse Marten (@ilsemarten1) May 11, 2026');
  });
});

describe('a Japanese date line with its time', () => {
  it('("2026年11月30日 16時45分", nine words to the segmenter) dates the article and is never its title', () => {
    const cleaned = clean(page('japanese-date-with-time.txt'));
    expect(cleaned.metadata).toMatchObject({ title: '大阪市、来春から市バスの運賃を一律250円に', date: '2026-11-30T16:45' });
    expect(cleaned.removedLines.find((line) => line.text.startsWith('2026年'))?.reason).toBe('date line');
  });
});

describe("a newsletter platform's prompts inside a post", () => {
  it('("… is a reader-supported publication.", "Thanks for reading …! Subscribe for free …") are removed, the paragraphs around them kept', () => {
    const cleaned = clean(page('newsletter-post-prompts.txt'));
    const paragraphs = cleaned.body.split('\n\n');
    expect(paragraphs.at(-1)).toBe('Only four have closed in the past decade, a survival rate no private chain can match.');
    expect(paragraphs).toHaveLength(4);
    expect(cleaned.removedLines.filter((line) => /reader-supported|Thanks for reading/u.test(line.text)).map((line) => line.reason)).toEqual(['newsletter or reading prompt', 'newsletter or reading prompt']);
  });
});

describe('notes on the article itself after its last paragraph', () => {
  it("(a print edition's \"A version of this article appears in print …\", \"This article appeared in … the print edition\") are removed as a print edition note", () => {
    for (const [name, last] of [
      ['print-edition-note.txt', 'The island council said it would ask the state to subsidize the lost sailings, as it did in 2019.'],
      ['print-edition-note-section.txt', 'Deposits at the twenty largest credit unions rose by 14% in the year to September.'],
    ] as const) {
      const cleaned = clean(page(name));
      expect(cleaned.body.split('\n\n').at(-1)).toBe(last);
      expect(cleaned.removedLines.find((line) => /print edition|appears in print/u.test(line.text))?.reason).toBe('print edition note');
    }
  });

  it("(a transcript's disclaimer: \"This transcript was created on a rush deadline and may contain errors\") is removed as a transcript notice", () => {
    const cleaned = clean(page('transcript-disclaimer.txt'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('HOST: Mary Okonjo, thank you.');
    expect(cleaned.removedLines.find((line) => line.text.startsWith('This transcript was created'))?.reason).toBe('transcript notice');
  });

  it('is removed when it takes two sentences ("… are created on a rush deadline by a contractor. This text may not be in its final form …")', () => {
    const disclaimer = 'Riverside Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future.';
    const cleaned = clean(page('transcript-disclaimer.txt').replace(/^This transcript was created.*$/mu, disclaimer));
    expect(cleaned.removedLines.find((line) => line.text === disclaimer)?.reason).toBe('transcript notice');
  });

  it('stays when it is a sentence of the story about a transcript or a print edition', () => {
    const text = page('transcript-disclaimer.txt').replace(/^This transcript was created.*$/mu, 'The transcript of the hearing, which may contain errors, was released by the court on Friday.');
    expect(clean(text).body).toMatch(/The transcript of the hearing/u);
  });
});

describe("a newsroom's call for readers' tips under the article", () => {
  it('("Got a story? Email …", "Have you seen something that needs checking? Email us.") is removed, the last paragraph kept', () => {
    const cleaned = clean(page('tip-call-last.txt'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('The council said it was looking for land to create 120 new plots but had no budget to buy it.');
    expect(cleaned.removedLines.find((line) => line.text.startsWith('Got a story?'))?.reason).toBe("call for readers' tips");
    const factCheck = page('tip-call-last.txt').replace(/^Got a story\?.*$/mu, 'Have you seen something that needs checking? Email us.');
    expect(clean(factCheck).removedLines.find((line) => line.text.startsWith('Have you seen'))?.reason).toBe("call for readers' tips");
  });

  it('is told from a question the article asks its readers', () => {
    const text = page('tip-call-last.txt').replace(/^Got a story\?.*$/mu, 'Have you got a plot yourself? The council says tenants who no longer use theirs should hand them back.');
    expect(clean(text).body).toMatch(/Have you got a plot yourself\?/u);
  });

  it("is told from a quoted question answered with a request to someone else (\"Tell me, senator\", \"Send it to the auction house\")", () => {
    for (const line of ['"Do you have something to hide? Tell me, senator," the prosecutor said.', 'Got something to sell? Send it to the auction house by Friday, the organisers say, and it will be valued free.']) {
      expect(clean(page('tip-call-last.txt').replace(/^Got a story\?.*$/mu, line)).body, line).toContain(line);
    }
    const callUs = page('tip-call-last.txt').replace(/^Got a story\?.*$/mu, 'Do you have a news tip? Call us on 0800 123 456.');
    expect(clean(callUs).removedLines.find((line) => line.text.startsWith('Do you have a news tip'))?.reason).toBe("call for readers' tips");
  });

  it('takes a briefs column\'s call, a brief sent to the newsroom\'s address ("Have a brief? Send it to news@…"), for one', () => {
    const text = page('tip-call-last.txt').replace(/^Got a story\?.*$/mu, 'Have a brief? Send it to news@ferncastlepost.example.');
    const cleaned = clean(text);
    expect(cleaned.removedLines.find((line) => line.text.startsWith('Have a brief?'))?.reason).toBe("call for readers' tips");
    expect(cleaned.body.split('\n\n').at(-1)).toBe('The council said it was looking for land to create 120 new plots but had no budget to buy it.');
  });
});

describe("a market report's data notices", () => {
  it('("Quotes delayed at least 15 minutes.", "Prices are delayed by 20 minutes.") are removed as a market data notice', () => {
    const cleaned = clean(page('market-report-delay-note.txt'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('Traders now put the chance of a rate cut in February at about one in three, down from one in two a week ago.');
    expect(cleaned.body).not.toMatch(/delayed/u);
    expect(cleaned.removedLines.filter((line) => /delayed/u.test(line.text)).map((line) => line.reason)).toEqual(['market data notice', 'market data notice']);
  });

  it('is told from a sentence of the story about a delay', () => {
    for (const text of ['Prices delayed by the strike rose 3% once the port reopened.', 'Data delayed 15 minutes by an outage left traders guessing.']) {
      expect(clean(page('market-report-delay-note.txt').replace('Prices are delayed by 20 minutes.', text)).body).toContain(text);
    }
  });
});

describe("a match report headed by its result", () => {
  it('("Ashvale 24-17 Carrick Park" over a standfirst over the byline) takes the result for its title, not the standfirst', () => {
    const cleaned = clean(page('result-headline-over-standfirst.txt'));
    expect(cleaned.metadata.title).toBe('Ashvale 24-17 Carrick Park');
    expect(cleaned.body.split('\n\n')[0]).toMatch(/^Ashvale kept their unbeaten home record/u);
  });
});

describe("an obituary's closing line of its subject's life dates", () => {
  it('("Tomas Varga, clockmaker, born 14 June 1938; died 20 November 2026") ends the article, the lists after it go', () => {
    const cleaned = clean(page('obituary-life-line.txt'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('Tomas Varga, clockmaker, born 14 June 1938; died 20 November 2026');
    expect(cleaned.body).not.toMatch(/Explore more|Ferry services|Most viewed/u);
  });

  it('takes its headline of three words ("Tomas Varga obituary") for the title, not the standfirst under it', () => {
    expect(clean(page('obituary-life-line.txt')).metadata.title).toBe('Tomas Varga obituary');
    // A section label over the headline shares fewer of its words with the body than the headline does.
    const labelled = page('obituary-life-line.txt').replace('Tomas Varga obituary', 'Clocks and watches');
    expect(clean(labelled).metadata.title).toBe("Clockmaker whose restorations kept the town hall's bells in time for forty years");
  });

  // A label the site sets over each of its pages is removed as repeated: it stands in no place among the lines over the body.
  it('takes no section label the site repeats for the title, though the body opens with its name', () => {
    const story = (headline: string, lead: string) =>
      `Taylor Swift news\n${headline}\nBy Helen Marsh\nTue 1 Dec 2026 10.30 GMT\nTaylor Swift ${lead}\nThe singer's team said more dates would follow next year.\nTickets go on sale on Friday morning.\n`;
    const texts = [
      story('Eras tour adds three nights at Wembley', 'added three nights at Wembley on Tuesday after the first shows sold out within minutes.'),
      story('Singer donates to food banks in every tour city', 'gave money to food banks in every city of her tour, the charities said on Monday.'),
      story('New album to be released in April', 'will release a new album in April, her label said, her first since the tour began.'),
    ];
    expect(cleanArticle(article(texts[0]!), contextFor(texts)).metadata.title).toBe('Eras tour adds three nights at Wembley');
  });

  it('is no headline of another story when a list of them follows a line that only mentions a birth', () => {
    const text = page('obituary-life-line.txt').replace(/^Tomas Varga, clockmaker, born.*$/mu, 'Born to run: the marathon season opens');
    const cleaned = clean(text);
    expect(cleaned.removedLines.find((line) => line.text === 'Born to run: the marathon season opens')).toMatchObject({ kind: 'headline', reason: 'unrelated headline after the article' });
    expect(cleaned.metadata.title).toBe('Tomas Varga obituary');
  });
});

describe('a name and its job title on one line over the date line, with no "By"', () => {
  it('("Priya Nandakumar Environment correspondent") is the byline', () => {
    expect(clean(page('name-with-job-title.txt')).metadata.byline).toBe('Priya Nandakumar Environment correspondent');
  });

  it('is not a section name over a job title, nor a line with a stopword', () => {
    for (const line of ['Technology News editor', 'Letters to the editor', 'Meet our new correspondent']) {
      expect(clean(page('name-with-job-title.txt').replace('Priya Nandakumar Environment correspondent', line)).metadata.byline, line).toBeNull();
    }
  });
});
