// Page genres an exploratory tester found the cleaner getting wrong: live blogs,
// galleries, recipes, results tables, newsletters, polls, pull quotes, pages scraped twice. Each
// fixture is a small page of that genre, written for the test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const page = (name: string): string => readFileSync(new URL(`fixtures/page-genres/${name}`, import.meta.url), 'utf8');
const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const paragraphs = (body: string): string[] => body.split('\n\n').filter(Boolean);
const reasonOf = (cleaned: ReturnType<typeof clean>, text: string) => cleaned.removedLines.find((line) => line.text === text);

describe('a page scraped twice into one file', () => {
  const cleaned = clean(page('scraped-twice.txt'));
  const body = paragraphs(cleaned.body);

  it('keeps each paragraph once, the copies listed as repeated', () => {
    expect(body).toHaveLength(4);
    expect(new Set(body).size).toBe(body.length);
    const copies = cleaned.removedLines.filter((line) => line.reason === 'paragraph repeated (the page gives it twice)');
    expect(copies.map((line) => line.text)).toEqual(body);
  });

  it('finds the copy of a story of short paragraphs, only one of them long enough to count alone', () => {
    const short = clean(page('scraped-twice-short.txt'));
    expect(paragraphs(short.body)).toEqual(['The city council approved the budget on Tuesday after a long debate. The budget includes money for schools and roads.', 'Council members voted 7-2 in favour.']);
    expect(short.metadata.title).toBe('Council approves budget');
  });

  it('keeps a question an interview series asks each guest: one paragraph repeated alone is no copy of the page', () => {
    const question = 'What would you change about the town if you were elected next month?';
    const text = ['Three candidates answer our questions', question, 'Anna Berg: I would open the library on Sundays and fix the roads first.', question, 'Tom Ruiz: I would build more homes near the station and lower parking fees.'].join('\n');
    expect(paragraphs(clean(text).body).filter((paragraph) => paragraph === question)).toHaveLength(2);
  });
});

describe('a feature with pull quotes set between its paragraphs', () => {
  const cleaned = clean(page('pull-quotes.txt'));

  it('removes each pull quote, whose words the body gives with their attribution, and keeps the paragraphs it repeats', () => {
    for (const quote of ['“You never really stop listening for the foghorn, even when you are asleep.”', '“The sea does not care whether you are tired. It only cares whether the light is on.”']) {
      expect(reasonOf(cleaned, quote)).toMatchObject({ kind: 'boilerplate', reason: 'pull quote (repeated from the body)' });
    }
    expect(cleaned.body).toContain('"The sea does not care whether you are tired," he says. "It only cares whether the light is on."');
    expect(cleaned.body).toContain('"You never really stop listening for the foghorn, even when you are asleep," he says,');
  });

  it('keeps a quotation the body does not give elsewhere', () => {
    const text = page('pull-quotes.txt').replace('“The sea does not care whether you are tired. It only cares whether the light is on.”', '“The lamp was my whole life, and I would do it all again tomorrow.”');
    expect(clean(text).body).toContain('“The lamp was my whole life, and I would do it all again tomorrow.”');
  });
});

describe('a photo gallery with a counter over each caption', () => {
  const cleaned = clean(page('gallery-counters.txt'));

  it('removes the counters as such, none left between the captions', () => {
    for (const counter of ['1 of 12', '2 of 12', '3 of 12', '4 of 12']) expect(reasonOf(cleaned, counter)).toMatchObject({ kind: 'boilerplate', reason: 'gallery counter' });
    expect(paragraphs(cleaned.body).filter((paragraph) => /^\d+ of \d+$/u.test(paragraph))).toEqual([]);
    expect(paragraphs(cleaned.body)[0]).toMatch(/^Thousands of paper lanterns/u);
  });

  it('keeps a sentence that merely ends in a count', () => {
    const text = page('gallery-counters.txt').replace('2 of 12\n', 'The festival runs for 12 nights, and tonight is night 2 of 12.\n');
    expect(clean(text).body).toContain('night 2 of 12');
  });

  it('keeps a list of dates, which are no counters', () => {
    const text = ['Key dates in the case', 'The court heard the first appeal in January and the second in early February.', '01/19', 'Appeal lodged with the high court in the capital.', '02/02', 'Hearing adjourned after the judge fell ill on the first day.'].join('\n');
    expect(clean(text).removedLines.filter((line) => line.reason === 'gallery counter')).toEqual([]);
  });
});

describe('a gallery headed "Photos: …"', () => {
  const cleaned = clean(page('gallery-headline.txt'));

  it('takes the headline for the title, the credits under the pictures for credits', () => {
    expect(cleaned.metadata.title).toBe('Photos: Thousands turn out for city marathon in the rain');
    for (const credit of ['Photo: Jane Doe/Reuters', 'Photos: AP', 'Photo: Maria Lopez, AP']) expect(reasonOf(cleaned, credit)).toMatchObject({ reason: 'picture caption or credit' });
    expect(paragraphs(cleaned.body)).toHaveLength(4);
  });
});

describe('an AP story syndicated by a local paper', () => {
  const cleaned = clean(page('ap-syndicated.txt'));

  it('ends the body with the story: the rule, the contributor line and the wire\'s long copyright notice are removed', () => {
    expect(paragraphs(cleaned.body).at(-1)).toBe('The governor declared a state of emergency for the county, freeing up state funds for the response.');
    expect(reasonOf(cleaned, 'Associated Press writer Lucy Tran in Salt Lake City contributed to this report.')).toMatchObject({ kind: 'metadata', reason: 'contributor line' });
    expect(cleaned.removedLines.find((line) => line.text.startsWith('Copyright 2025 The Associated Press.'))).toMatchObject({ reason: 'copyright notice' });
  });

  it('keeps a paragraph about copyright that is no notice', () => {
    const text = page('ap-syndicated.txt').replace('The governor declared', 'Copyright lawyers said the photographs of the fire may not be published without the agency\'s consent, which is rarely refused.\nThe governor declared');
    expect(clean(text).body).toContain('Copyright lawyers said the photographs');
  });
});

describe('links to other stories set between the paragraphs', () => {
  const cleaned = clean(page('story-links-inline.txt'));

  it('removes each link whatever its label, "MORE:" too', () => {
    for (const link of ['READ MORE: Junior doctors vote to accept pay deal', 'Related: How long are you waiting? Check your local hospital', 'MORE: Cancer targets missed again as demand rises', 'Read more: Why A&E waits are still rising']) {
      expect(reasonOf(cleaned, link)).toMatchObject({ kind: 'headline', reason: 'link to another story' });
    }
    expect(paragraphs(cleaned.body)).toHaveLength(6);
  });

  it('removes a link set off its label by a spaced bar, as The Hindu sets "Also Read |"', () => {
    const link = 'Also Read | Suburban rail project gets Centre’s nod for second phase';
    const text = page('story-links-inline.txt').replace('READ MORE: Junior doctors vote to accept pay deal', link);
    expect(reasonOf(clean(text), link)).toMatchObject({ kind: 'headline', reason: 'link to another story' });
    // A sentence with a bar in it is no link.
    const sentence = 'More | than half of the patients waited over a year, the figures show.';
    expect(reasonOf(clean(page('story-links-inline.txt').replace('READ MORE: Junior doctors vote to accept pay deal', sentence)), sentence)).toBeUndefined();
  });

  it('removes a bare "Also Read" or "Read more" over the headlines set right under it, and keeps the paragraphs after it', () => {
    const text = (label: string) => [
      'Business', 'Kenya Power to raise electricity tariffs by 12 percent from January', 'By David Herbling', 'Dec 04, 2026', '',
      'The Energy and Petroleum Regulatory Authority approved a 12 percent rise in electricity tariffs from January, the regulator said on Thursday.', '',
      '"We have protected the poorest households. The increase falls mainly on large commercial users," Mr Kiptoo told journalists in Nairobi.', '',
      label, 'Kenya Power posts Sh30 billion profit as sales rise', 'Why your token units are running out faster', '',
      'Manufacturers criticised the decision, saying it would make Kenyan goods less competitive in the region.', '',
      'The new rates will apply for the next three years, after which the regulator will review them again.',
    ].join('\n');
    for (const label of ['Also Read', 'Read more']) {
      const cleaned = clean(text(label));
      // The headlines under it go as links too, not only as lines without sentence punctuation.
      for (const line of [label, 'Kenya Power posts Sh30 billion profit as sales rise', 'Why your token units are running out faster']) {
        expect(reasonOf(cleaned, line)).toMatchObject({ kind: 'headline', reason: 'link to another story' });
      }
      expect(paragraphs(cleaned.body)).toHaveLength(4);
      expect(paragraphs(cleaned.body).at(-1)).toMatch(/^The new rates will apply/u);
    }
  });

  it('removes a bare "Read More" over a headline given twice, and keeps the paragraph under the last one', () => {
    const teaser = (headline: string): string[] => ['Read More', headline, headline];
    const text = [
      'News', 'UK News', 'Pensioner left without heating for a month after boiler repair firm vanishes',
      'By Tom Price, News Reporter', '10:15, 2 Feb 2026',
      'A pensioner has been left without heating for a month after the firm paid to repair her boiler stopped answering calls.',
      'Joan Hardy, 82, paid £650 upfront in January and says nobody has been back to finish the job at her home in Wigan.',
      ...teaser('Energy bills to fall in April as price cap drops - what it means for you'),
      'Her son Martin said: "She has been sitting in two coats. We have rung them every day and the phone just rings out."',
      'Trading Standards said it had received several complaints about the firm and was looking into them.',
      ...teaser('Gran, 90, left in tears after rogue trader takes her life savings'),
      'The firm could not be reached for comment.',
      'Do you have a story to share? Email us at news@example.co.uk',
    ].join('\n');
    const cleaned = clean(text);
    for (const headline of ['Read More', 'Energy bills to fall in April as price cap drops - what it means for you', 'Gran, 90, left in tears after rogue trader takes her life savings']) {
      expect(reasonOf(cleaned, headline)).toMatchObject({ kind: 'headline', reason: 'link to another story' });
    }
    expect(paragraphs(cleaned.body).at(-1)).toBe('The firm could not be reached for comment.');
  });
});

describe("a station's video player over the story, its playlist's next video under it", () => {
  it("removes the next video's title under 'Up next' and its length: the story opens under it", () => {
    const next = 'Harbour Lions training report: Week 9';
    const text = [
      'WHRB News 4', 'Watch Live', 'Weather', 'Harbour bridge reopens after six months of repairs', 'by: Dana Ortiz', 'Posted: Dec 3, 2026 / 04:10 PM CST',
      'SHARE', 'Now playing', '02:31', 'Harbour bridge reopens after six months of repairs', 'Up next', '01:48', next,
      'HARBOUR CITY (WHRB) — The harbour bridge reopened to traffic on Wednesday after six months of repairs to its deck and cables.',
      'Crews replaced 40 of the bridge’s cables and resurfaced both lanes, the city’s transport department said.',
      'Trending Stories', 'Man arrested after chase on the interstate', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(reasonOf(cleaned, next)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(paragraphs(cleaned.body)[0]).toMatch(/^HARBOUR CITY \(WHRB\)/u);
  });
});

describe("a video's transcript timed line by line under the story", () => {
  it('keeps its first line, under its stamp, with the others', () => {
    const first = 'A new way across the water for commuters in the harbour.';
    const text = [
      'WHRB News 4', 'Watch Live', 'Weather', 'Harbour bridge reopens after six months of repairs', 'by: Dana Ortiz', 'Posted: Dec 3, 2026 / 04:10 PM CST',
      'SHARE',
      'HARBOUR CITY (WHRB) — The harbour bridge reopened to traffic on Wednesday after six months of repairs to its deck and cables.',
      'Crews replaced 40 of the bridge’s cables and resurfaced both lanes, the city’s transport department said.',
      'Video transcript', '00:00', first, '00:05', 'Drivers lined up before dawn to be the first across the reopened bridge this morning.',
      '00:12', 'The transport department says the work came in under budget and two weeks early.', '00:19', 'Tolls will stay the same until the end of next year.',
      'Trending Stories', 'Man arrested after chase on the interstate', '',
    ].join('\n');
    const body = paragraphs(clean(text).body);
    expect(body).toContain(first);
    expect(body.at(-1)).toBe('Tolls will stay the same until the end of next year.');
  });
});

describe('a video set between the paragraphs', () => {
  it("removes the video's caption under its player's length, and keeps the paragraphs around it", () => {
    const caption = 'Firefighters battle the fire near Cudlee Creek.';
    const text = [
      'Residents told to leave as bushfire threatens homes', '', 'By Tom Fedorowytsch', 'Posted Thu 4 Dec 2026 at 5:02am', '',
      'Residents in parts of the Adelaide Hills have been told to leave immediately as a fast-moving bushfire threatens homes.', '',
      'The Country Fire Service issued an emergency warning shortly after 7:30am for the fire, which has burnt more than 1,200 hectares.', '',
      'Watch', 'Duration: 1 minute 12 seconds', '1m', caption, '',
      'The Bureau of Meteorology has forecast a total fire ban for the district on Friday, with temperatures expected to reach 41 degrees.', '',
      'For emergency information, tune in to local radio or visit the fire service website.',
    ].join('\n');
    const cleaned = clean(text);
    expect(reasonOf(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(paragraphs(cleaned.body)).toHaveLength(4);
    expect(paragraphs(cleaned.body).at(-1)).toBe('For emergency information, tune in to local radio or visit the fire service website.');
  });

  it('removes the caption on a page without blank lines, under the length read and shown', () => {
    const caption = 'Firefighters battle the fire near Cudlee Creek.';
    const text = [
      'Residents told to leave as bushfire threatens homes', 'By Tom Fedorowytsch', 'Posted Thu 4 Dec 2026 at 5:02am',
      'Residents in parts of the Adelaide Hills have been told to leave immediately as a fast-moving bushfire threatens homes.',
      'The Country Fire Service issued an emergency warning shortly after 7:30am for the fire, which has burnt more than 1,200 hectares.',
      'Watch', 'Duration: 1 minute 12 seconds', '1m', caption,
      'The Bureau of Meteorology has forecast a total fire ban for the district on Friday, with temperatures expected to reach 41 degrees.',
      'For emergency information, tune in to local radio or visit the fire service website.',
    ].join('\n');
    const cleaned = clean(text);
    expect(reasonOf(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(cleaned.body).toContain('The Bureau of Meteorology has forecast a total fire ban');
  });
});

describe('a newsletter saved as a page', () => {
  const cleaned = clean(page('newsletter.txt'));

  it('removes its own chrome, never a title: forward, view in browser, sign-up and subscription notices', () => {
    for (const prompt of ['View in browser', 'Forward to a friend', 'Sign up', 'Did a friend forward you this email? Sign up here to get the Morning Briefing every weekday.', 'Forwarded this email? Sign up here.', 'You are receiving this email because you subscribed to the Morning Briefing.']) {
      expect(reasonOf(cleaned, prompt)).toMatchObject({ kind: 'boilerplate', reason: 'newsletter or reading prompt' });
    }
    expect(cleaned.metadata.title).not.toBe('Forward to a friend');
    expect(paragraphs(cleaned.body).at(-1)).toMatch(/^A tortoise that went missing/u);
  });

  it("removes each item's link to the whole story on the site, between the items", () => {
    const links = ['Read more at morningbriefing.co.uk', 'Read the full story at The Morning Briefing'];
    const text = page('newsletter.txt')
      .replace('quarter-point reduction.\n', `quarter-point reduction.\n${links[0]}\n`)
      .replace('run normally.\n', `run normally.\n${links[1]}\n`);
    const withLinks = clean(text);
    for (const link of links) expect(reasonOf(withLinks, link)).toMatchObject({ kind: 'boilerplate', reason: 'newsletter or reading prompt' });
    expect(withLinks.body).not.toMatch(/Read (?:more|the full story) at/u);
    expect(paragraphs(withLinks.body)).toContain(paragraphs(cleaned.body).at(-1));
  });
});

describe('a video page whose share buttons and player controls stand between its byline and the text', () => {
  const cleaned = clean(page('video-segment.txt'));

  it('takes the headline over the byline for the title, more than twelve lines above the text', () => {
    expect(cleaned.metadata.title).toBe('Why grocery prices are still rising after the inflation slowdown');
    expect(reasonOf(cleaned, 'Why grocery prices are still rising after the inflation slowdown')?.kind).toBe('title');
    expect(paragraphs(cleaned.body)).toContain('At a supermarket in Columbus, Ohio, coffee now costs nearly a third more than it did two years ago.');
  });
});

describe('an e-mail newsletter of one story, its greeting over the headline', () => {
  const cleaned = clean(page('newsletter-one-story.txt'));

  it("takes the story's headline under the greeting for the title, and keeps the greeting", () => {
    expect(cleaned.metadata.title).toBe('Ferry fares to Stornoway will double from January as the operator cuts its subsidy');
    expect(paragraphs(cleaned.body).slice(0, 2)).toEqual(["Good morning! It's Tuesday, and here's what you need to know about the islands today.", expect.stringMatching(/^The operator of the ferry/u)]);
  });
});

describe('an article with image credits and alt text between its paragraphs', () => {
  it('removes the picture\'s description for screen readers as a caption', () => {
    const cleaned = clean(page('image-credits.txt'));
    expect(reasonOf(cleaned, 'Alt text: A small blue planet in front of a glowing red star')).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(cleaned.body).not.toMatch(/Alt text/u);
  });
});

describe('a lede under the byline, cut off from the rest by a table, a list or a player\'s buttons', () => {
  it.each([
    ['results-table.txt', 'Premier League: Saturday\'s results and updated table', /^Arsenal closed the gap on the leaders/u],
    ['recipe.txt', 'Easy weeknight lentil soup', /^This soup has been my winter standby/u],
    ['podcast.txt', 'Episode 212: Why the housing market is stuck', /^In this episode, host Naomi Fischer/u],
  ])('%s: keeps the lede and takes the headline over the byline as the title', (name, title, lede) => {
    const cleaned = clean(page(name));
    expect(paragraphs(cleaned.body)[0]).toMatch(lede);
    expect(cleaned.metadata.title).toBe(title);
  });

  it('removes the results table\'s rows as such, none of them the title', () => {
    const cleaned = clean(page('results-table.txt'));
    // Its cells are tab-separated: ingest gives two spaces between them, and the header row goes with the rows.
    for (const row of ['Pos  Team  P  W  D  L  GD  Pts', '1  Liverpool  28  20  6  2  +38  66', '2  Arsenal  28  19  7  2  +40  64']) expect(reasonOf(cleaned, row), row).toMatchObject({ kind: 'boilerplate', reason: 'data table row' });
  });

  it('keeps the recipe\'s intro, its ingredients and its method', () => {
    // The ingredients are the recipe's text: they had been dropped as weak lines.
    const body = paragraphs(clean(page('recipe.txt')).body);
    expect(body).toContain('Season, stir in the lemon juice and serve with crusty bread.');
    for (const ingredient of ['1 tbsp olive oil', '250g red lentils, rinsed', '1.2 litres vegetable stock', '1 lemon, juiced']) expect(body).toContain(ingredient);
  });

  it('keeps an ingredient whose quantity is inside it, not first, among the others ("Zest of 2 oranges", "Salt, to taste")', () => {
    const intro = 'My grandmother made this cake every winter. It keeps for a week in a tin, if nobody finds the tin first.';
    const ingredients = ['Ingredients', '250g plain flour', '3 eggs', '1 cup sugar', '2 teaspoons baking powder', 'Zest of 2 oranges', 'Icing sugar, to serve'];
    const method = [
      'Method',
      'Heat the oven to 180C and line a round tin with baking paper.',
      'Whisk the eggs and sugar until pale, then fold in the flour, baking powder and zest.',
      'Bake for 40 minutes, until a skewer comes out clean, and dust with icing sugar once cool.',
    ];
    const cleaned = clean(['Food', 'An orange cake for the dark afternoons', 'Hanna Berg', '05 Dec 2026', 'Share', intro, ...ingredients, ...method, 'Most read', '© 2026 Valley Post'].join('\n'));
    const body = paragraphs(cleaned.body);
    for (const ingredient of ['3 eggs', 'Zest of 2 oranges', 'Icing sugar, to serve']) expect(body, ingredient).toContain(ingredient);
  });

  it('keeps the intro and the ingredients over the method when each ingredient gives its quantity after a dash', () => {
    const intro = 'With the holidays close, kitchens are busy again. This plum cake needs no oven: it bakes in a pressure cooker.';
    const ingredients = ['Ingredients', 'Flour - 2 cups', 'Sugar - 1 cup', 'Butter - 200 grams', 'Eggs - 4 nos', 'Raisins, dates - 1 cup'];
    const method = [
      'Method',
      'Soak the dried fruit in orange juice overnight.',
      'Beat the butter and sugar until light, then add the eggs one at a time.',
      'Fold in the flour and then the soaked fruit.',
      'Heat salt in the cooker, set the cake tin on it and cook for 45 minutes on a low flame.',
    ];
    const cleaned = clean(['Food', 'Plum cake at home this Christmas, no oven needed', 'Sunita Joseph', '05 Dec 2026, 10:30 AM IST', 'Share', intro, ...ingredients, ...method].join('\n'));
    expect(paragraphs(cleaned.body)).toEqual([intro, ...ingredients, ...method]);
  });

  it("keeps a news site's recipe's facts and ingredients between its intro and its method", () => {
    const text = [
      'Food', 'Recipes', 'Winter vegetable traybake', 'Priya Shah', 'Sat 4 Dec 2026', 'Share', '',
      'Some weeks I want dinner to cook itself. Everything here goes into one tin, and the oven does the rest of the work while you sit down.',
      '',
      'Use any squash you like: the skin of a red kuri softens enough that you do not need to peel it.',
      '',
      'Prep 15 min', 'Cook 45 min', 'Serves 4', '',
      '1 kg squash, deseeded and cut into wedges', '2 red onions, cut into eighths', '5 tbsp olive oil', '2 tsp ground cumin', '1 lemon, juiced', '',
      'Heat the oven to 220C. Put the squash and onions in a large roasting tin, add the oil and cumin, and toss to coat.',
      '',
      'Roast for 45 minutes, until the squash is soft and browned at the edges, then squeeze over the lemon juice and serve.',
      '',
      'Most viewed', 'Storm warning for the weekend', '© 2026 Daily News',
    ].join('\n');
    const body = paragraphs(clean(text).body);
    for (const line of ['Serves 4', 'Prep 15 min', '1 kg squash, deseeded and cut into wedges', '5 tbsp olive oil', '1 lemon, juiced']) expect(body).toContain(line);
    expect(body.at(-1)).toMatch(/^Roast for 45 minutes/u);
  });

  it('takes no ingredient for the title of a recipe with no intro, and keeps a headline that opens with a number', () => {
    const cleaned = clean(page('recipe-no-intro.txt'));
    expect(cleaned.metadata.title).toBe('Creamy mushroom risotto');
    for (const ingredient of ['250g chestnut mushrooms, sliced', '1/2 cup chicken broth']) expect(reasonOf(cleaned, ingredient)?.kind).toBe('boilerplate');
    const text = page('recipe-no-intro.txt').replace('Creamy mushroom risotto', '3 risotto mistakes that ruin the mushrooms');
    expect(clean(text).metadata.title).toBe('3 risotto mistakes that ruin the mushrooms');
  });

  it('leaves a picture caption under the byline out of the body', () => {
    const text = page('results-table.txt').replace('Arsenal closed the gap', 'Bukayo Saka celebrates after scoring the opening goal against Brentford at the Emirates.\nPhoto: Getty Images\nArsenal closed the gap');
    const caption = 'Bukayo Saka celebrates after scoring the opening goal against Brentford at the Emirates.';
    const cleaned = clean(text);
    expect(reasonOf(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
    expect(reasonOf(cleaned, 'Photo: Getty Images')).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
  });
});

describe('a wire story\'s lede right under the date line and over the one paragraph after it', () => {
  // The site's chrome and date lines recur over the run's pages, as in a crawl of one site: lines
  // near them score weaker, and the lede fell under the threshold the paragraph after it set.
  const text = page('wire-story.txt');
  const site = (story: string): string => text.replace(/^Shipping line[\s\S]*?(?=\nRelated stories)/mu, `${story}\n`);
  const run = [text, site('Port strike ends after pay deal\n\nPublished : 14 Mar 2007 10:40 AM\n\nThe dockers voted to return on Thursday.'), site('Steel output falls for third month\n\nBy Laura Menzies\nPublished : 13 Mar 2007 04:05 PM\n\nMills blamed the cost of power.'), site('Retail sales beat forecasts in February\n\nPublished : 12 Mar 2007 08:00 AM\n\nShoppers spent more on food and clothes.')];
  const cleanInRun = (page: string) => cleanArticle(article(page), contextFor([...run.slice(1), page]));

  it('keeps the lede, its dateline opening it, as the first paragraph', () => {
    const cleaned = cleanInRun(text);
    expect(paragraphs(cleaned.body)[0]).toMatch(/^ROTTERDAM \(Reuters\) - Nordvik Shipping/u);
    expect(cleaned.metadata.title).toBe('Shipping line cuts freight rates as demand slows');
  });

  it('keeps a lede cut off after its last ticker, names in most of its words', () => {
    // Neither ending as a sentence nor a fifth stopwords, it was no prose to the lede rule, and was dropped as page text before the article.
    const lede = 'ROTTERDAM (Reuters) - Nordvik Shipping ASA NVK.OL on Wednesday rejected a $2.1 billion offer from Baltic Freight Holdings AB BFH.ST, backing rival Hanseatic Container Lines AG ( HCL.DE ) and Meridian Port Partners LP ( MPP.N )';
    const cleaned = cleanInRun(text.replace(/^ROTTERDAM \(Reuters\) - Nordvik Shipping.*$/mu, lede));
    expect(paragraphs(cleaned.body)[0]).toBe(lede);
  });

  it('leaves out a picture\'s caption there, dated as a dateline is but signed by no agency', () => {
    const caption = 'ROTTERDAM, NETHERLANDS - MARCH 13: A Nordvik container ship leaves the port of Rotterdam. (Photo by Jan Visser/Getty Images)';
    expect(reasonOf(cleanInRun(text.replace(/^ROTTERDAM \(Reuters\) - Nordvik Shipping.*$/mu, caption)), caption)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
  });
});

describe('the end of the article', () => {
  it('removes a box\'s label under the last paragraph, "Most read" over a headline', () => {
    const cleaned = clean(page('pull-quotes.txt'));
    expect(paragraphs(cleaned.body).at(-1)).toMatch(/^Today the lighthouse is monitored/u);
    expect(reasonOf(cleaned, 'Most read')).toMatchObject({ kind: 'boilerplate' });
  });

  it('keeps a label that introduces or qualifies the text', () => {
    const text = page('pull-quotes.txt').replace('Most read\n', '(Rated R)\n');
    expect(paragraphs(clean(text).body).at(-1)).toBe('(Rated R)');
  });

  it.each(['Read more:', 'Read more »'])('removes "%s" under the last paragraph, a link\'s label without its link', (label) => {
    const cleaned = clean(page('pull-quotes.txt').replace('Most read\n', `${label}\n`));
    expect(paragraphs(cleaned.body).at(-1)).toMatch(/^Today the lighthouse is monitored/u);
    expect(reasonOf(cleaned, label)).toBeDefined();
  });

  it('names a comments link for what it is, and keeps a correction note at the end, as the benchmarks\' gold does', () => {
    const cleaned = clean(page('correction-at-end.txt'));
    expect(reasonOf(cleaned, 'Log in to comment')).toMatchObject({ kind: 'boilerplate', reason: 'reader comments heading or link' });
    expect(paragraphs(cleaned.body).at(-2)).toMatch(/^Correction: An earlier version/u);
  });
});

describe('a listicle with an ad slot between an item and the next item\'s heading', () => {
  const cleaned = clean(page('listicle-ad-slot.txt'));
  const body = paragraphs(cleaned.body);

  it('keeps the heading right under "Advertisement" over its paragraph, as the other items\' headings', () => {
    for (const heading of ["3. Colman's, South Shields", '5. The Fish Works, Aldeburgh']) expect(body[body.indexOf(heading) + 1], heading).toMatch(/^[A-Z].*\.$/u);
    expect(body.filter((paragraph) => /^\d\. /u.test(paragraph))).toHaveLength(6);
    expect(reasonOf(cleaned, 'Advertisement')).toMatchObject({ kind: 'boilerplate', reason: 'advertisement label' });
  });
});

describe('a photo gallery of short captions, each between its counter and its credit, over a report', () => {
  const cleaned = clean(page('gallery-short-captions.txt'));
  const body = paragraphs(cleaned.body);

  it('keeps every caption as the gallery\'s text, before the report, and removes counters and credits', () => {
    expect(body).toEqual([
      'The Norwegian barque Statsraad Lehmkuhl passes the lighthouse.',
      'Cadets climb the rigging of the Polish frigate Dar Mlodziezy.',
      'Crowds watch from the harbour wall near the fish market.',
      'A fireboat sprays water as the ships reach the inner harbour.',
      'The festival, held every four years, is expected to bring more than 300,000 visitors to the town over the weekend, organisers said.',
      'The ships will leave in a parade of sail on Monday afternoon.',
    ]);
    for (const credit of ['Tom Reed/Post-Gazette', 'Jane Clark/Post-Gazette']) expect(reasonOf(cleaned, credit)).toMatchObject({ reason: 'picture caption or credit' });
    expect(cleaned.metadata.title).toBe('Photos: Tall ships sail into the harbour for the summer festival');
  });
});

// A local paper's results page copied one cell a line, no blank lines: the table had ended the article, and the
// paragraphs under it went as page text after it.
describe('a runoff report with its results table copied one cell a line', () => {
  const text = page('runoff-results-cells.txt');

  it("keeps the paragraphs under the table, and removes its cells as a table's rows", () => {
    const cleaned = clean(text);
    expect(paragraphs(cleaned.body).at(-1)).toBe('Moss said he would not ask for a recount.');
    expect(reasonOf(cleaned, '4,118')).toMatchObject({ reason: 'data table row' });
    expect(cleaned.body).not.toContain('Precincts reporting');
    // The credit under the table is the table's: the paper's notice names the source.
    expect(cleaned.metadata.source).toBe('The Valley Courier');
  });

  it("leaves out prose under such cells that is another story's", () => {
    const other = text
      .replace(/^Okafor will take office.*$/mu, 'A new footbridge over the canal will open next spring, the city engineer said.')
      .replace(/^Moss said he would not.*$/mu, 'The bridge cost less than planned because steel prices fell.');
    const cleaned = clean(other);
    for (const line of ['A new footbridge over the canal will open next spring, the city engineer said.', 'The bridge cost less than planned because steel prices fell.']) {
      expect(reasonOf(cleaned, line)).toMatchObject({ kind: 'boilerplate', reason: 'page text after the article' });
    }
    expect(paragraphs(cleaned.body).at(-1)).toBe('Turnout was 31 percent, lower than in the November general election.');
  });
});

describe("an earnings story with its results table between the paragraphs, each figure's unit set apart", () => {
  const text = `Business
Harbour Freight quarterly profit rises on strong parcel volumes
By Jane Ortiz
December 4, 2026 9:48 PM UTC

Harbour Freight reported third-quarter profit above what analysts had forecast on Thursday, as parcel volumes grew and fuel costs fell.

The logistics group's shares rose about 3% in extended trading after the results were published.

Item | Q3 2026 | Q3 2025 | Change
Revenue | $4.1 bln | $3.8 bln | +7.9%
Net income | $412 mln | $366 mln | +12.6%

Analysts had forecast earnings of $1.92 per share on average, according to data compiled by LSEG.

The company kept its forecast for the full year and said it would buy back $500 million of its shares.
`;
  const cleaned = clean(text);

  it('keeps the table in the body, its rows between the paragraphs around it', () => {
    const body = paragraphs(cleaned.body);
    expect(body[1]).toMatch(/^The logistics group's shares/u);
    expect(body.slice(2, 5)).toEqual(['Item | Q3 2026 | Q3 2025 | Change', 'Revenue | $4.1 bln | $3.8 bln | +7.9%', 'Net income | $412 mln | $366 mln | +12.6%']);
    expect(body.at(-1)).toMatch(/^The company kept its forecast/u);
  });
});

describe('a photo gallery after the article, no prose after it', () => {
  it('ends the article over the gallery: its first caption, its credit on the next line, is no paragraph', () => {
    // Right under the last paragraph but for its counter, the first caption had stayed as the article's last paragraph.
    const cleaned = clean(page('gallery-after-article.txt'));
    expect(paragraphs(cleaned.body).at(-1)).toBe('The weather service said winds reached 70 mph on the coast and warned of more gusts on Saturday.');
    expect(cleaned.body).not.toContain('A fallen oak');
  });
});

describe('a photo gallery set between the paragraphs, each caption ending with its credit', () => {
  const text = page('gallery-between-paragraphs.txt');
  const cleaned = clean(text);
  const body = paragraphs(cleaned.body);

  it('keeps the captions, the gallery story\'s text, and the paragraph after the gallery', () => {
    expect(body.map((paragraph) => paragraph.slice(0, 30))).toEqual([
      'Lake-effect bands parked over ',
      'Crews from the Ohio Department',
      'A driver clears the windshield',
      'Snowplows line up at the ODOT ',
      'Students from Chardon High Sch',
      'Forecasters expect the bands t',
    ]);
    for (const counter of ['1 of 9', '2 of 9', '3 of 9']) expect(reasonOf(cleaned, counter)).toMatchObject({ reason: 'gallery counter' });
    expect(cleaned.removedLines.filter((line) => line.text === 'Enlarge')).toHaveLength(3);
  });

  it('removes the captions of a gallery over the text, and the caption of one picture between the paragraphs', () => {
    const gallery = text.slice(text.indexOf('1 of 9'), text.lastIndexOf('Enlarge\n') + 'Enlarge\n'.length);
    const over = clean(text.replace(gallery, '').replace('\n\nLake-effect', `\n${gallery}\nLake-effect`));
    expect(paragraphs(over.body)[0]).toMatch(/^Lake-effect/u);
    expect(over.body).not.toContain('(Photo by');
    const one = clean(text.replace(/2 of 9[^]*?3 of 9[^]*?Enlarge\n/u, ''));
    expect(one.body).not.toContain('(Photo by');
    expect(reasonOf(one, 'A driver clears the windshield of a car buried on Mayfield Road in South Euclid on Thursday morning. (Photo by Rita Kowal/The Plain Dealer)')).toMatchObject({ reason: 'picture caption or credit' });
  });
});

describe("a wire story under its editors' summary of three points without a full stop", () => {
  const text = `Reuters
Skip to main content
World
Business
Markets
Business
Autos & Transportation
Ford cuts annual profit forecast as tariff costs mount
By Jane Ortiz and Mark Dowling
December 3, 2026 8:15 PM UTC
Updated ago
Summary
Full-year profit forecast cut to $7 bln
Tariff costs seen at $2.5 bln this year
Shares fall 4% in extended trading

Dec 3 (Reuters) - Ford Motor cut its full-year profit forecast on Wednesday, saying tariffs on imported parts and steel would cost it about $2.5 billion this year, more than it had expected in the summer.

The Dearborn, Michigan-based automaker now expects adjusted earnings before interest and taxes of about $7 billion, down from its earlier forecast of $7.5 billion to $8 billion.

Chief Financial Officer Dana Whitlock told analysts that higher warranty costs had also weighed on the quarter, and that the company would keep cutting spending on electric vehicles.

Reporting by Jane Ortiz in Detroit; Editing by Anil Roy
Our Standards: The Reuters Trust Principles., opens new tab
Read Next
GM to add shifts at Kansas plant as truck demand holds up
© 2026 Reuters. All rights reserved`;
  const cleaned = clean(text);

  it('keeps the points as the body opening, the headline as the title', () => {
    expect(paragraphs(cleaned.body).slice(0, 4)).toEqual([
      'Full-year profit forecast cut to $7 bln',
      'Tariff costs seen at $2.5 bln this year',
      'Shares fall 4% in extended trading',
      expect.stringMatching(/^Dec 3 \(Reuters\) - Ford Motor cut/u),
    ]);
    expect(cleaned.metadata.title).toBe('Ford cuts annual profit forecast as tariff costs mount');
    expect(reasonOf(cleaned, 'Summary')).toMatchObject({ reason: 'section label or navigation' });
  });

  it('leaves a menu under a "Summary" item as it was', () => {
    const menu = clean(text.replace('Summary\nFull-year profit forecast cut to $7 bln\nTariff costs seen at $2.5 bln this year\nShares fall 4% in extended trading', 'Summary\nLocal Indices\nWorld Markets'));
    expect(paragraphs(menu.body)[0]).toMatch(/^Dec 3 \(Reuters\)/u);
  });
});

describe("a football match report with the teams' line-ups under it", () => {
  const text = `Sport
Football
Brighton 2-0 Everton
Tanabe and Marlow lift Brighton into the top half
Priya Nair at the Amex Stadium
Sat 29 Nov 2026 17.10 GMT

Kenji Tanabe scored one and made another for Danny Marlow as Brighton beat Everton 2-0 to climb into the top half of the table.

Tanabe opened the scoring after 20 minutes, cutting inside from the left and shooting past Jordan Renshaw at the near post.

Marlow headed in Tanabe's cross early in the second half, and Everton, without a win in five league games, rarely threatened after that.

"We played with courage and we deserved it," said Jonas Velder.

Brighton (4-2-3-1): Aldana; Brask, Coyle, Van Dael, Ibáñez; Doumbé, Faure (Hadji 80); Kassé, Lowrie, Tanabe (Okoro 85); Marlow (Quill 88)
Subs not used: Pryce, Ashdown, Ilan
Booked: Doumbé
Everton (4-4-1-1): Renshaw; Dallow, Wisniak, Holloway, Hrynko; Sarr, Faye, Tolland, McArdle; Diabaté; Nuno (Hartley-Shaw 60)
Booked: Wisniak, Faye

Explore more on these topics
Premier League
Most viewed
Arsenal go top after late winner at Villa Park
© 2026 Guardian News & Media Limited or its affiliates. All rights reserved.`;

  it('keeps the line-ups and the fields of the team sheet after the report', () => {
    const body = paragraphs(clean(text).body);
    expect(body.at(-5)).toMatch(/^Brighton \(4-2-3-1\): Aldana;/u);
    expect(body.slice(-4)).toEqual([
      'Subs not used: Pryce, Ashdown, Ilan',
      'Booked: Doumbé',
      expect.stringMatching(/^Everton \(4-4-1-1\): Renshaw;/u),
      'Booked: Wisniak, Faye',
    ]);
  });

  it('keeps line-ups under a heading naming them, players parted by commas', () => {
    const sheet = 'Line-ups\nBrighton\nVerbruggen, Brask, Coyle, Van Dael, Ibáñez, Doumbé, Faure, Kassé, Lowrie, Tanabe, Marlow.\nEverton: Renshaw, Dallow, Wisniak, Holloway, Hrynko, Sarr, Faye, Tolland, McArdle, Diabaté, Nuno\nSubs not used: Pryce, Ashdown, Ilan';
    const body = paragraphs(clean(text.replace(/Brighton \(4-2-3-1\)[^]*?Booked: Wisniak, Faye/u, sheet)).body);
    expect(body.slice(-5)).toEqual(sheet.split('\n'));
  });

  // One player a line with the shirt's number, as a live page lists them: the players are the report's as the comma list's are.
  const onePerLine = (heading: string) =>
    `${heading}\nBrighton\n1 Aldana\n34 Brask\n5 Coyle\n29 Van Dael\n30 Ibáñez\n17 Doumbé\n13 Faure\n11 Kassé\n14 Lowrie\n22 Tanabe\n18 Marlow`;
  it('keeps line-ups of one player a line, with the numbers, under a heading naming them', () => {
    const sheet = onePerLine('Line-ups');
    expect(paragraphs(clean(text.replace(/Brighton \(4-2-3-1\)[^]*?Booked: Wisniak, Faye/u, sheet)).body).slice(-13)).toEqual(sheet.split('\n'));
  });

  it('leaves out one player a line under no heading naming the line-ups', () => {
    const body = paragraphs(clean(text.replace(/Brighton \(4-2-3-1\)[^]*?Booked: Wisniak, Faye/u, onePerLine('Squad news'))).body);
    expect(body.at(-1)).toBe('"We played with courage and we deserved it," said Jonas Velder.');
  });

  it('leaves out a list parted by commas under no heading naming the line-ups', () => {
    const unnamed = 'Squad news\nBrighton\nVerbruggen, Brask, Coyle, Van Dael, Ibáñez, Doumbé, Faure, Kassé, Lowrie, Tanabe, Marlow.';
    expect(paragraphs(clean(text.replace(/Brighton \(4-2-3-1\)[^]*?Booked: Wisniak, Faye/u, unnamed)).body).at(-1)).toBe('"We played with courage and we deserved it," said Jonas Velder.');
  });

  it('leaves out lists of papers parted by semicolons, which have no formation', () => {
    const papers = text.replace(/Brighton \(4-2-3-1\)[^]*?Booked: Wisniak, Faye/u, 'Nova Scotia: Harbour Daily News; Cape Ridge Post; The Daily Ledger; Millbrook Daily News\nNew Brunswick: The Courier; The Lantern; The Citizen; Marshfield Tribune-Post');
    expect(paragraphs(clean(papers).body).at(-1)).toBe('"We played with courage and we deserved it," said Jonas Velder.');
  });
});

describe("a box's label naming where its stories come from, between the paragraphs", () => {
  it('goes with the headline under it: "More from Harbor Monthly" over a link had stayed in an interview', () => {
    const text = [
      'Harbor Monthly',
      'Subscribe',
      'Why the ferry still matters: a captain on forty years at sea',
      'By Ana Ruiz',
      'December 4, 2026',
      '',
      'Captain Lars Holm has crossed the sound more than 30,000 times. He spoke with us about fog, tides and the last wooden ferry.',
      '',
      'Harbor Monthly: What changed most in forty years?',
      '',
      'Holm: The radar. Before it, we crossed in fog by listening for the bell on the north buoy.',
      '',
      'More from Harbor Monthly',
      'The Island That Voted to Keep Its Ferry',
      '',
      'Harbor Monthly: Will you miss it?',
      '',
      'Holm: Every morning. But my knees will not, and the new crew is better than we were.',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body).not.toContain('More from Harbor Monthly');
    expect(cleaned.body).toContain('Harbor Monthly: Will you miss it?');
    expect(reasonOf(cleaned, 'More from Harbor Monthly')?.reason).toBe('link to another story');
  });
});

describe("an author's contact line with a correction under it", () => {
  it('is removed as the contact details, the correction staying the last paragraph', () => {
    const text = [
      'The Harbor Ledger',
      'Ferry operator fined $40,000 over missed safety drills',
      'By Nina Castro',
      'December 4, 2026',
      '',
      'The state maritime board fined the Harbor Island ferry operator $40,000 on Thursday for skipping monthly safety drills on two of its boats.',
      '',
      'Inspectors found that no drill had been logged on the Osprey since March, the board said in its ruling.',
      '',
      'Nina Castro can be reached at nina.castro@harborledger.example.',
      '',
      'Correction: An earlier version of this story gave the wrong amount for the fine. It is $40,000.',
    ].join('\n');
    const cleaned = clean(text);
    expect(paragraphs(cleaned.body).at(-1)).toBe('Correction: An earlier version of this story gave the wrong amount for the fine. It is $40,000.');
    expect(reasonOf(cleaned, 'Nina Castro can be reached at nina.castro@harborledger.example.')?.reason).toBe("author's contact details");
  });
});

describe('a blog post whose sentences end in an emoji ("… soon! 🙂")', () => {
  // A theatre's blog: its first and last paragraphs, read as no sentence for the emoji after the full stop, went as page
  // text before the article and as headlines after it.
  const body = paragraphs(clean(page('blog-emoji.txt')).body);

  it('keeps the first and last paragraphs with the quotes between them', () => {
    expect(body[0]).toMatch(/^Dozens of families came/u);
    expect(body[1]).toMatch(/^Here are a few of the notes/u);
    expect(body.at(-1)).toBe('We look forward to seeing you soon! 🙂');
    expect(body).toHaveLength(8);
  });
});

describe("a fact-check's box under its byline: the claim and the rating, each under its label", () => {
  const header = ['Fact Check', 'Health', 'No, tap water in the valley holds no dangerous amount of lithium', 'By Jana Weber', 'December 5, 2026'];
  const text = [
    'Since late November a post has been shared on social media more than 3,000 times.',
    'It says the valley\'s water works have been adding lithium to the tap water for years to keep people calm.',
    'We asked the regional environment office. A spokeswoman told us that no lithium is added to the water.',
    'Lithium occurs naturally in rock and so reaches the groundwater in small amounts, the office said.',
  ];
  const box = ['Claim', 'The water works add lithium to the tap water to keep people calm.', 'Rating', 'False. There is no evidence for the claim.'];

  it('opens the article at the claim\'s label: the box is the article\'s', () => {
    const cleaned = clean([...header, ...box, ...text].join('\n'));
    expect(paragraphs(cleaned.body)).toEqual([...box, ...text]);
  });

  it('in German, "Behauptung" over "Bewertung"', () => {
    const german = ['Behauptung', 'Die Wasserwerke setzen dem Leitungswasser Lithium zu, um die Menschen ruhigzustellen.', 'Bewertung', 'Falsch. Es gibt keine Belege für die Behauptung.'];
    const lede = ['Seit Ende November wird ein Beitrag in sozialen Netzwerken geteilt, der mehr als 3.000 Mal weitergeleitet wurde.', 'Darin heißt es, die Wasserwerke im Tal mischten dem Trinkwasser seit Jahren Lithium bei.', 'Wir haben beim Umweltamt der Region nachgefragt. Eine Sprecherin schrieb uns, Lithium werde dem Wasser nicht zugesetzt.'];
    const cleaned = clean(['Faktencheck', 'Nein, das Leitungswasser im Tal enthält keine gefährlichen Mengen an Lithium', 'von Jana Weber', '5. Dezember 2026', ...german, ...lede].join('\n'));
    expect(paragraphs(cleaned.body)[0]).toBe('Behauptung');
  });

  it('leaves a claim label over the byline where it is: the header is between', () => {
    const cleaned = clean(['Fact Check', 'Claim', box[1], 'Rating', 'False', 'No, tap water in the valley holds no dangerous amount of lithium', 'By Jana Weber', 'December 5, 2026', ...text].join('\n'));
    expect(paragraphs(cleaned.body)[0]).toBe(text[0]);
  });
});

// A fact-checker's page: its menu's archive filters ("By subject", "By speaker"), then the claim quoted over who made it and
// where, the headline over the byline and date line, the lead picture's caption, the text.
describe("a fact-check's claim over its headline, under a menu's filters read as bylines", () => {
  const menu = ['Editions', 'National', 'States', 'Ohio', 'Oregon', 'Truth-O-Meter', 'All', 'By subject', 'True', 'Mostly True', 'Half True', 'False', 'People', 'By speaker', 'Articles'];
  const claim = ['"Forty tonnes of fish a day are taken from the lake by boats without a licence."', '— Harold Brinkley on Monday, March 3rd, 2025 in an interview on a morning radio show'];
  const headline = 'How much fish do boats take from the lake without a licence?';
  const byline = 'By Corinna Vell on Friday, March 14th, 2025 at 9:40 a.m.';
  const caption = 'Fishing boats moored at the north harbour of the lake. (AP)';
  const text = [
    'In early March, state Sen. Harold Brinkley told a morning radio show that the lake needs more wardens on the water.',
    'Boats fishing without a licence, he said, take "forty tonnes of fish a day" from the lake.',
    'The state fisheries office counts the catch landed at the lake\'s harbours each season, and publishes it every spring.',
    'Its latest report gives a licensed catch of about 12 tonnes a day at the height of the season, and far less in winter.',
  ];
  const page = [...menu, ...claim, '', headline, '', byline, '', caption, '', ...text].join('\n');

  it('takes the headline over the byline for the title, not the claim over it', () => {
    const cleaned = clean(page);
    expect(cleaned.metadata.title).toBe(headline);
    expect(cleaned.metadata.byline).toBe('Corinna Vell');
  });
});

describe('a story with a subheading right under an ad slot between its paragraphs', () => {
  const cleaned = clean(page('subheading-under-ad-slot.txt'));
  const body = paragraphs(cleaned.body);

  it('keeps the subheading over its paragraph, the slot removed', () => {
    expect(body[body.indexOf('Station Costs Split Towns') + 1]).toMatch(/^Not everyone along the line/u);
    expect(body.at(-1)).toBe('Building work could start in 2028 at the earliest.');
    expect(reasonOf(cleaned, 'Advertisement')).toMatchObject({ kind: 'boilerplate', reason: 'advertisement label' });
  });
});

describe("a box of labelled facts under its heading inside the text: a match's sheet, a poll's method", () => {
  const report = [
    'Diário do Planalto', 'Nacional', 'Economia', 'Desporto', 'Cultura', 'Opinião', 'Desporto', 'Campeonato',
    'Académica do Huambo vence dérbi e sobe ao segundo lugar',
    'Os estudantes bateram o Ferroviário por 3-1 no Estádio dos Kurikutelas e ficam a dois pontos do líder.',
    'Helena Cassoma',
    '05 de Dezembro, 2026 | 18h40',
    'A Académica do Huambo venceu ontem o Ferroviário por 3-1, em jogo da 14.ª jornada do campeonato, e subiu ao segundo lugar da tabela.',
    'Lito Capemba abriu o marcador aos 11 minutos, num remate de fora da área que bateu no poste antes de entrar.',
    'O Ferroviário empatou antes do intervalo, mas dois golos de Nelo Sapalo na segunda parte decidiram o encontro.',
    'Ficha do jogo',
    'Estádio dos Kurikutelas, no Huambo',
    'Árbitro: Rui Tchipilica',
    "Académica: Tony; Beto, Kaluanda, Feliz e Dário; Capemba, Nando e Cachi (Vado, 75'); Sapalo, Mirô e Lelo.",
    "Ferroviário: Dinis; Gomes, Matuta, Paulo e Zeca; Ndala, Quim e Tó (Sabino, 60'); Kiala, Bento e Jaime.",
    "Golos: 1-0, Lito Capemba (11'); 1-1, Kiala (40'); 2-1 e 3-1, Nelo Sapalo (58' e 81').",
    'Disciplina: cartão amarelo para Matuta, Ndala e Cachi.',
    'No final, o treinador da Académica, Armindo Lussati, disse que a equipa jogou com cabeça.',
    'A próxima jornada leva a Académica a Benguela para defrontar o Nacional.',
    'Outras notícias', 'Ferroviário despede treinador adjunto', 'Ficha Técnica', '© 2026 Diário do Planalto. Todos os direitos reservados.',
  ];

  it("keeps the sheet's heading, venue and referee over the sides' line-ups, which the block keeps", () => {
    const body = paragraphs(clean(report.join('\n')).body);
    expect(body.slice(3, 11)).toEqual(report.slice(15, 23));
  });

  const poll = [
    'Jornal das Ilhas', 'Política', 'Economia', 'Sociedade', 'Desporto', 'Política',
    'Sondagem: candidata independente lidera em São Filipe',
    'Estudo dá 41% a Marta Fontes e 36% ao candidato do partido do governo.',
    'Por Rui Baessa',
    '4 Dez 2026, 09:15',
    'Uma sondagem realizada pelo Instituto Atlântico para o Jornal das Ilhas coloca a candidata independente Marta Fontes à frente na corrida à câmara de São Filipe.',
    'Intenções de voto:', 'Marta Fontes: 41%', 'Jorge Varela: 36%', 'Ana Semedo: 6%', 'Brancos e nulos: 3%', 'Não sabem: 14%',
    'Entre os eleitores com mais de 60 anos, a vantagem da candidata é ainda maior: 48% contra 30%.',
    'O candidato do governo lidera apenas nas zonas rurais do norte do concelho.',
    'Ficha técnica',
    'Universo: eleitores recenseados em São Filipe.',
    'Amostra: 640 entrevistas telefónicas, realizadas entre 18 e 25 de Novembro.',
    'Margem de erro: 3,9 pontos percentuais, com um grau de confiança de 95%.',
    'O director do Instituto Atlântico, Henrique Lobo, lembra que faltam três meses para a votação e que muito pode mudar.',
    'As eleições municipais estão marcadas para 14 de Março de 2027.',
    'Tags', 'Municipais 2027', 'Mais lidas', 'Porto da Furna reabre em Janeiro', 'Ficha técnica', 'Estatuto editorial', '© 2026 Jornal das Ilhas. Todos os direitos reservados.',
  ];

  it("keeps a poll's method box heading over its fields, which the block keeps", () => {
    expect(paragraphs(clean(poll.join('\n')).body)).toEqual(poll.slice(10, 25));
  });
});
