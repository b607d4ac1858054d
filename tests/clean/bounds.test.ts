// bounds.ts articleBounds: where the article starts and ends on the page. A page for each of its steps, in the layout of
// a kind of site, on which that step alone finds the article's first or last line: with the step skipped, the test fails
// (each was tried so). Through cleanArticle, which finds the block (block.ts proseBlock) the steps move.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import type { CleanArticle } from '../../src/types.js';
import { article, contextFor } from './context.js';

/** A page of `lines` cleaned in a run with the `others` pages. */
function clean(lines: readonly string[], others: readonly string[] = []): CleanArticle {
  const text = lines.join('\n');
  return cleanArticle(article(text), contextFor([text, ...others]));
}

const removedAs = (cleaned: CleanArticle, text: string) => cleaned.removedLines.find((line) => line.text === text);

describe('articleBounds: where the article opens', () => {
  it("moves up to the lede under the date line over a podcast player's buttons, which had left it page text before the article", () => {
    const lede = 'The harbour wall has been rebuilt twice in ten years, and engineers now say the sea will break it again unless the town tries something new.';
    const episode = [
      'In this episode our reporter walks the length of the wall with the engineer who designed its last repair and asks what went wrong.',
      'They meet the fishermen who moor along it every night and who say they no longer trust it in a winter storm.',
      "The council's plan for a third repair goes before its members next month, and a decision is expected before the spring tides.",
    ];
    const cleaned = clean(['Podcasts', 'Why the harbour wall keeps failing', 'By Lena Marsh', 'December 2, 2026', lede, 'Listen now', 'Download', 'Subscribe', ...episode]);
    expect(cleaned.body.split('\n\n')).toEqual([lede, ...episode]);
    // Inside the article, the buttons go as its too short lines.
    expect(removedAs(cleaned, 'Listen now')).toMatchObject({ kind: 'boilerplate', reason: 'too short' });
  });
});

describe('articleBounds: past a paywall box\'s log-in prompt opening the article', () => {
  const story = [
    'Kiwifruit packers in the Bay of Plenty have started hiring a month early after a warm winter brought the harvest forward.',
    'Packhouses usually take on seasonal staff in late March, when backpackers arrive for the autumn work.',
    'One packhouse near Te Puke said it had already filled half of its night shifts with students on holiday.',
  ];
  const header = ['Harbour Herald', 'Business', 'Kiwifruit packers hire early as harvest comes forward', 'By Aroha Tane', '4 Dec, 2026 04:00 PM', 'Share'];

  it('removes "Already a subscriber? Sign in here" over the first paragraph as page text before the article', () => {
    const player = ['Subscribe to listen', 'Access to Harbour Premium articles requires a Premium subscription. Subscribe now to listen.', 'Already a subscriber? Sign in here'];
    const note = 'Listening to articles is free for open-access content—explore other articles or learn more about text-to-speech.';
    const cleaned = clean([...header, ...player, note, 'Packers at a shed near Te Puke this week. Photo / Mere Hohaia', ...story, '© Copyright 2026 Harbour Media']);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, 'Already a subscriber? Sign in here')).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
  });
});

describe("articleBounds: past an uncredited caption echoing the first paragraph's opening", () => {
  const header = ['Harbour Nieuws', 'Binnenland', 'Gemeente Deventer wil busstation uitbreiden', '3 december 2026 14:12', 'Door Pieter Looman', 'Deel via', 'Kopieer link'];
  const story = [
    'Het busstation naast het station van Deventer moet de komende jaren worden uitgebreid. De gemeente wil er zes perrons bij bouwen.',
    'Op werkdagen staan de bussen nu al voor acht uur in de rij. Reizigers wachten dan op straat, waar weinig ruimte is.',
    '"We zien elk jaar meer mensen die met de bus naar de trein komen", zegt wethouder Ilse Brink.',
  ];

  it('removes the caption as page text before the article, and keeps a first paragraph opening otherwise', () => {
    const caption = 'Het busstation naast het station van Deventer is op drukke dagen vol.';
    const cleaned = clean([...header, caption, ...story, '© 2026 Harbour Media']);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
    const other = 'Het stadsbestuur van Deventer wil vaart maken met het plan.';
    expect(clean([...header, other, ...story, '© 2026 Harbour Media']).body.split('\n\n')).toEqual([other, ...story]);
  });
});

describe("articleBounds: past an uncredited caption naming what the first paragraph tells of", () => {
  const header = ['HABER KÖRFEZ', 'Gündem', 'Ekonomi', 'Kadıköy iskelesine yeni bekleme salonu yapılacak', 'Haber Merkezi', 'Yayınlanma: 03.12.2026 - 09:40', 'Abone Ol', 'Google News'];
  const story = [
    'İstanbul Büyükşehir Belediyesi, Kadıköy iskelesinin bekleme salonunu yenilemek için ihaleye çıkacağını açıkladı.',
    'Belediye meclisinde kabul edilen plana göre salonun kapasitesi iki katına çıkarılacak.',
    'Çalışmaların bahar aylarında başlaması ve bir yıl içinde bitmesi bekleniyor.',
  ];

  it('removes the caption as page text before the article, and keeps an opening sentence of the story that names other words', () => {
    const caption = 'Kadıköy iskelesinin bekleme salonu.';
    const cleaned = clean([...header, caption, ...story, '© 2026 Haber Körfez']);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
    const opening = 'Yolcular yıllardır şikâyetçiydi.';
    expect(clean([...header, opening, ...story, '© 2026 Haber Körfez']).body.split('\n\n')).toEqual([opening, ...story]);
  });
});

describe("articleBounds: past an uncredited caption naming what the headline and the standfirst tell of", () => {
  const header = [
    'GAZETE LİMAN', 'Gündem', 'Türkiye', "Rize'de sel nedeniyle 8 dükkan boşaltıldı",
    "Rize'nin Çayeli ilçesinde sel riski taşıyan çarşıdaki 8 dükkan itfaiye ekiplerince boşaltıldı.", 'Haber Merkezi', '4 Aralık 2026 Cuma 11:05',
  ];
  const story = [
    "Rize'nin Çayeli ilçesine bağlı Madenli köyünde dere taşması riski nedeniyle 8 dükkan boşaltıldı.",
    'Valilikten yapılan açıklamaya göre, iki gündür süren yağışlar nedeniyle dere yatağındaki su seviyesi yükseldi.',
    'Dükkan sahipleri mallarını belediyenin gösterdiği depolara taşıdı.',
  ];

  it('removes the caption sharing one word with the first paragraph and three with the standfirst as page text before the article', () => {
    const caption = 'Çarşıda çalışan itfaiye ekipleri.';
    const cleaned = clean([...header, caption, ...story, '© 2026 Gazete Liman']);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
  });
});

describe("articleBounds: past an English caption with no finite verb naming what the story tells of", () => {
  const header = ['Harbour University News', 'Campus news', 'Harbour residences switch to rainwater toilets', '04 December 2026 | Story Lerato Dube. Photo Ayanda Khoza.'];
  const story = [
    'Three residences on the Harbour campus now flush their toilets with rainwater, saving the university an estimated 9 million litres of mains water a year.',
    'The project, run by the estates office, fitted tanks under each building during the winter break and linked them to the existing pipes.',
    'The office plans to fit the same tanks to four more residences on the hill campus next year, once this year\'s figures are in.',
  ];

  it('removes the noun phrase as page text before the article, and keeps an opening sentence with a verb', () => {
    const caption = 'Rainwater tanks beside a residence on the Harbour campus.';
    const cleaned = clean([...header, caption, ...story, '© Harbour University 2026']);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
    const opening = 'Rainwater tanks now stand beside every residence on the Harbour campus.';
    expect(clean([...header, opening, ...story, '© Harbour University 2026']).body.split('\n\n')).toEqual([opening, ...story]);
  });
});

describe("articleBounds: past a site's address alone opening the article", () => {
  const story = [
    'HALIFAX (AP) - Ferry crossings between the island and the mainland were cancelled on Friday morning as gales of up to 110 km/h swept the harbour.',
    'The operator said the first sailing would leave once the wind dropped below 70 km/h, which forecasters expect by the evening.',
    '"Nobody will be put on a boat until it is safe," a spokesperson for the operator told reporters at the terminal.',
    'Schools on the island will stay open, the district said, and buses will run to their usual timetable.',
    'Harbour police asked drivers to stay off the causeway, where waves were breaking over the road at high tide on Friday morning.',
    'The power company said about 4,000 homes on the island had lost electricity overnight, most of them in the villages along the north shore.',
    'Crews would begin repairs once the wind allowed their trucks onto the causeway, the company said, but some homes could wait until Sunday.',
    'The last time the harbour closed for a whole day was in February, when a storm of the same strength kept the ferries tied up for 30 hours.',
  ];
  const header = ['Harbour Wire', 'Markets', 'Send', 'Add To', 'Ferry service cut as gales close the harbour'];

  // A blank line between the lines, as the wire's pages set them: the address, over strong paragraphs, is inside the block.
  it.each(['http://www.harbourwire.com', 'http://www.harbourwire.com/'])('removes %s under the date line over the first paragraph', (address) => {
    const cleaned = clean([...header, '', 'Fri, Dec 4 2026, 09:12 GMT', '', address, '', story.join('\n\n'), '', '© 2026 Harbour Wire']);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, address)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
  });
});

describe("articleBounds: past a box of other stories' last headlines between the header and the article", () => {
  const header = ['New York Daily Ledger', 'NEWS', 'Two climbers rescued after a week stranded on a glacier', 'By Jane Porter', 'March 4, 2026 | 3:15pm', 'Enlarge Image', 'Rescuers carry one of the climbers to a helicopter', 'AP'];
  const story = [
    'Two climbers who spent a week stranded on a glacier in the Alaska Range were rescued on Monday, officials said, after a break in the weather let a helicopter reach them.',
    'The pair, both from Colorado, had set out on a two-week trip and lost their tent in a storm on the third night, according to the park service.',
    'They survived by digging a snow cave and rationing what food they had left, a ranger told reporters at the airfield.',
    'Both men were flown to a hospital in Anchorage and are expected to recover.',
  ];
  const headlines = ['Hiker found alive after nine days lost in Utah canyon', 'Fisherman pulled from icy river by passing jogger', "Senator rips mayor's 'reckless' housing plan"];
  const page = (box: readonly string[]) => [...header, ...box, '', story[0]!, '', story[1]!, '', story[2]!, '', story[3]!, '', 'Filed under alaska ,  rescues', 'SHARE THIS ARTICLE:'];

  it('removes "More On:", the topic and every headline under it, the last quoting a word, as page text before the article', () => {
    const cleaned = clean(page(['More On:', 'rescues', ...headlines]));
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, headlines[2]!)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
  });

  it("removes a bare \"see also\" teaser's headline and its cut summary under the box", () => {
    const teaser = ['see also', 'Hikers rescued from flooded canyon', 'Three hikers were pulled from a flooded canyon in Utah on Sunday,...'];
    const cleaned = clean(page(['More On:', 'rescues', ...headlines, ...teaser]));
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, teaser[2]!)).toMatchObject({ kind: 'boilerplate', reason: 'page text before the article' });
  });

  it('keeps a headline-shaped line opening the article when no box label is over it', () => {
    const cleaned = clean(page(['Rescues', ...headlines]));
    expect(cleaned.body.split('\n\n')[0]).toBe(headlines[2]);
  });
});

describe('articleBounds: where the article ends', () => {
  const header = ['The Millbrook Courier', 'Home', 'News', 'Quarry plan returns to the county board', 'By Tobias Fenwick', 'December 3, 2026'];
  const story = [
    'The county board will hear a revised plan for the old limestone quarry on Thursday, a year after residents packed the hall to oppose the first one.',
    'The new plan cuts the number of lorries allowed each day by half and moves the entrance away from the primary school on Ridge Lane.',
    'Residents who spoke against the first plan said they would read the new one closely before deciding whether to object again.',
    "The quarry company said the changes answered every concern raised at last year's hearing and that it hoped to start work in the spring.",
  ];

  it("ends over a promo of the site's own under the last paragraph, its heading given in the menu over the article", () => {
    const promo = 'Channel 6 Garden Desk: Ask Pat Moss';
    const pitch = 'Send your gardening questions to our expert, Pat Moss of the County Growers Guild. Plus get seasonal planting tips every week!';
    const menu = ['Channel 6 News', 'Weather', 'Sports', 'Contests', promo, 'Traffic'];
    const cleaned = clean([...menu, 'Quarry plan returns to the county board', 'Posted Dec. 3, 2026', ...story, promo, pitch, 'Content © Copyright 2026 Channel 6. All Rights Reserved.']);
    expect(cleaned.body.split('\n\n')).toEqual(story);
  });

  it('takes in a line introducing what the text no longer holds (embedded posts) under the last paragraph, nothing but repeated chrome after it', () => {
    const intro = 'Neighbours on the county forum were quick to react to the plan:';
    // The footer stands on other pages of the run: repeated, it goes on sight, and the introduction is the page's last line left.
    const footer = ['Terms of Service Privacy Notice', '© Copyright Courier Group 2026'];
    const cleaned = clean([...header, ...story, '', intro, '', 'Published 10:02 AM EST Dec 3, 2026', ...footer], ['Other story', 'Another story', 'A third story'].map((other) => [other, ...footer].join('\n')));
    expect(cleaned.body.split('\n\n')).toEqual([...story, intro]);
  });

  it('keeps the last heading and its paragraph when a table of contents over the article gives the other headings too', () => {
    const headings = ['Who pays the new fee', 'When the fee starts'];
    const answers = [story[0]!, 'The fee starts with the first bill of the new year and rises each spring after that, the board said.'];
    const cleaned = clean([...header, 'In this guide', ...headings, story[1]!, headings[0]!, answers[0]!, story[2]!, headings[1]!, answers[1]!, '© 2026 The Millbrook Courier']);
    expect(cleaned.body.split('\n\n').slice(-2)).toEqual([headings[1], answers[1]]);
  });

  it("goes on past a live blog's entries to the last one, whose stamp the block ended over", () => {
    const entries = [
      ['18:42', 'Coast road reopens', 'The coast road between Millbrook and Eastfield has reopened after crews spent the afternoon clearing fallen trees from both lanes.'],
      ['18:15', 'Schools to open late', "The county's schools will open two hours late tomorrow so that bus drivers can check their routes in daylight, the education office said."],
      ['17:50', 'Power cut hits two villages', 'About 900 homes in Oakley and Fernside lost power this afternoon when a line came down.'],
      ['17:20', 'Ferry services suspended', 'All ferry crossings from the harbour are cancelled until the wind drops, the operator said this afternoon.'],
    ];
    // The share row and the box under it stand on another page of the run too: the last entry's neighbours weaken it.
    const chrome = ['Share', 'Most read'];
    const cleaned = clean(['Harbour Evening News', 'Live: Storm Dara closes roads across the county', 'By Priya Vance', ...entries.flat(), ...chrome], [chrome.join('\n')]);
    expect(cleaned.body.split('\n\n')).toEqual(entries.flatMap(([, heading, text]) => [heading, text]));
    expect(removedAs(cleaned, '17:20')).toMatchObject({ kind: 'boilerplate', reason: 'time stamp' });
  });

  it("goes on past a table of figures between the paragraphs to the paragraph under it, and removes the table's rows", () => {
    const rows = ['Harbour 100 7,412.55 +0.9%', 'Harbour 250 19,806.10 +0.6%', 'Small caps 4,118.02 +0.4%', 'Tech 2,950.77 +1.2%', 'Banks 1,204.33 -0.2%', 'Energy 988.41 -1.6%'];
    const first = 'Shares rose on Thursday as oil prices eased for a third day, lifting airlines and carmakers while energy companies fell.';
    const under = 'Airline shares led the gains.';
    const cleaned = clean(['Markets', 'Shares close higher as oil prices ease', 'By Daniel Osei', 'December 4, 2026', first, ...rows, under]);
    expect(cleaned.body.split('\n\n')).toEqual([first, under]);
    for (const row of rows) expect(removedAs(cleaned, row), row).toMatchObject({ kind: 'boilerplate', reason: 'data table row' });
  });

  it("goes on past what a page sets under the text as its own: an obituary's line of life dates", () => {
    const obituary = [
      'Ada Quinlan, who has died aged 88, guided more than ten thousand ships into Millbrook harbour in a career that began when she was nineteen.',
      'She was the first woman to qualify as a pilot on that stretch of coast, and for years the only one, working nights in all weathers.',
      "After she retired she taught navigation at the sailing club and wrote a short history of the harbour's lighthouses.",
      'She is survived by her two sons, Peter and Owen, and five grandchildren.',
    ];
    const lifeDates = 'Ada Quinlan, harbour pilot, born 2 May 1938; died 21 November 2026';
    const cleaned = clean(['Obituaries', 'Ada Quinlan, harbour pilot who guided ships for forty years', 'By Martin Okafor', 'November 30, 2026', ...obituary, lifeDates]);
    expect(cleaned.body.split('\n\n')).toEqual([...obituary, lifeDates]);
  });

  it('ends off the references closing a write-up, which go as such', () => {
    const references = ['References', '1. Millbrook County Planning Office, Quarry Traffic Survey, 2025.', '2. Ridge Lane Primary School, Letter to the County Board, March 2026.'];
    const cleaned = clean([...header, ...story, ...references]);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    for (const line of references) expect(removedAs(cleaned, line), line).toMatchObject({ kind: 'boilerplate', reason: 'references or notes after the article' });
  });

  it("ends a signed story over its reporter's e-mail address, the page's note after it going as page text", () => {
    const address = 'tfenwick@millbrookcourier.example';
    const note = "Readers can find every story on the quarry hearing, and the board's earlier decisions on it, in the county section of our website.";
    const cleaned = clean([...header, ...story, address, note]);
    expect(cleaned.body.split('\n\n')).toEqual(story);
    expect(removedAs(cleaned, address)).toMatchObject({ kind: 'boilerplate', reason: "author's contact details" });
    expect(removedAs(cleaned, note)).toMatchObject({ kind: 'boilerplate', reason: 'page text after the article' });
  });

  it('goes on past its headline set again mid-text, when a story filed twice in the run has its paragraphs weakened as repeated', () => {
    const headline = 'Night buses return to the harbour route';
    const lead = 'The transport authority will run night buses on the harbour route again from January, two years after the service was cut. The mayor said the buses would run every half hour.';
    const rest = 'Unions said they would push for more drivers on the late shifts next year.';
    const related = ['Related stories', 'Cycle lane on Mill Street opens next week', 'Rail fares to rise by three percent in March', 'New car park planned beside the ferry terminal'];
    const copy = ['Harbour night service restored', '', lead, '', rest].join('\n');
    const cleaned = clean([headline, '', lead, '', headline, '', rest, '', ...related], [copy]);
    expect(cleaned.body.split('\n\n')).toEqual([lead, rest]);
    expect(cleaned.removedLines.filter((line) => line.text === headline).map((line) => line.reason)).toEqual(['title', 'title (repeated in the text)']);
  });
});

describe('articleBounds: a weak sentence between two lines that stay', () => {
  const intro = [
    'The town council of Harbourton returns from its autumn break on Tuesday with more business left over than at any time since the flood of 2019, when it sat through the summer to rebuild the quay, and its members, the mayor and the officers who advise them all say that the winter will decide how the town looks for the next ten years.',
    'Residents have written to the council in their hundreds, the local paper has printed letters every week, and a petition asking for the harbour wall to be rebuilt in stone rather than concrete has gathered more than four thousand names, which is nearly half of the people who live in the town and more than voted at the last election.',
    'Five questions before the council meets:',
  ];
  const questions = ['WHO WILL CHAIR THE FINANCE COMMITTEE?', 'WILL THEY FIX THE WALL?', 'WHAT ABOUT THE BUDGET?', 'CAN THE MAYOR HOLD ON?', 'WHO PAYS FOR BUSES?'];
  const answers = [
    'The town council meets again next week with a long list of unfinished business, from the harbour wall to the bus station and the budget for the next two years.',
    'Its members have put off the hardest votes twice already, and the fishermen who moor along the wall say they have waited long enough for an answer.',
    'The mayor says the budget will be balanced by March, though the finance committee has yet to see the figures and two members have asked for an audit.',
    'Engineers will report on the wall in January, and a decision on a third repair is expected before the spring tides arrive in the first week of April.',
    "Six new stops are wanted by the bus company, at the council's cost, it says.",
  ];

  const closing = 'Whatever the council decides, the people of Harbourton will have their say in May, when half of its seats are up for election and the harbour wall, the buses and the budget are sure to be the questions every candidate is asked on the doorstep, at the market and in the letters page of the local paper every week until the vote.';

  it("keeps a preview's last question heading, weaker than the block's threshold, between two paragraphs that stay", () => {
    const sections = questions.flatMap((question, n) => [question, '', answers[n]!, '', '___', '']);
    const page = ['Harbour Herald', 'Politics', 'Five questions for the council this winter', 'By Lena Marsh', 'December 2, 2026', 'Share', 'Tweet',
      ...intro.flatMap((line) => [line, '']), ...sections, closing, '', 'Related stories', 'Harbour wall fails again', '© 2026 Harbour Media'];
    const cleaned = clean(page);
    expect(cleaned.body.split('\n\n')).toEqual([...intro, ...questions.flatMap((question, n) => [question, answers[n]!]), closing]);
  });
});

describe('articleBounds: a weak sentence next to a line that stays as an introduction or among captions', () => {
  it("keeps a one-line quote between a recipe's first paragraph and the label introducing its ingredients", () => {
    const opening = 'Lebkuchen gehören in Tirol zu jedem Advent. Bäckermeister Anton Reiter aus Hall backt sie seit dreißig Jahren nach dem Rezept seines Großvaters und verrät, worauf es ankommt.';
    const quote = '„Der Teig muss über Nacht ruhen“, sagt er.';
    const ingredients = ['Zutaten für etwa 40 Stück:', '300 g Roggenmehl', '250 g Honig', '80 g Rohrzucker', '1 Ei', '2 TL Lebkuchengewürz'];
    const steps = [
      "So geht's:",
      'Den Honig mit dem Zucker erwärmen und abkühlen lassen.',
      'Mehl, Ei und Gewürz unterrühren und den Teig über Nacht kühl stellen.',
      'Den Teig ausrollen, Formen ausstechen und bei 180 Grad etwa zehn Minuten backen.',
      'In einer Dose halten die Lebkuchen mehrere Wochen.',
    ];
    const page = ['Tiroler Rundschau', 'Tirol', 'Österreich', 'Welt', 'Leben', 'Genuss', 'So gelingen Lebkuchen wie beim Bäcker', 'Ein Haller Bäckermeister verrät sein Rezept.',
      'Eva Moser', '05. Dezember 2026 08:00 Uhr', opening, quote, ...ingredients, ...steps, 'Mehr zum Thema', 'Die schönsten Adventmärkte im Land', 'Tiroler Rundschau', 'Impressum', '© 2026 Tiroler Rundschau'];
    const cleaned = clean(page);
    expect(cleaned.body.split('\n\n')).toEqual([opening, quote, ...ingredients, ...steps]);
  });
});

describe("articleBounds: a gallery's weak caption among captions that stay", () => {
  it('keeps a caption over its credit between two captions over their credits that stay, and removes the credits', () => {
    const credit = 'Tom Reyes/Ledger Staff';
    const opening = ['The kite festival, now in its ninth year, filled the dunes north of the pier with more than four hundred kites on Sunday afternoon.', 'Organisers said the wind held from noon until dusk for the first time since the festival began.'];
    const captions = [
      'Children flew paper kites shaped like dragons, owls and fish along the dune path.',
      'A drummer from the Seaview Brass Band led the first flyers out of the car park.',
      'Volunteers spent two weekends at the harbour hall helping families build their kites.',
      'A kite shaped like the old lighthouse drew cheers as it rose over the pier.',
      'Wet sand on the beach caught the shadows of hundreds of kites at dusk.',
      'The festival ended with a lantern walk along the beach, where flyers left their kites by the lifeguard hut.',
    ];
    const page = ['Seaview Daily Ledger', 'Subscribe', 'Log In', 'Local', 'Photos', 'In photos: Kites fill the dunes for the spring festival', 'By Tom Reyes', 'Ledger Staff', 'Updated April 12, 2026, 6:10 p.m.', 'Share on Facebook',
      ...opening, ...captions.flatMap((caption, n) => [`${n + 1} of ${captions.length}`, caption, credit]), 'Tom Reyes can be reached at tom.reyes@seaviewledger.example.', 'Show comments', '©2026 Seaview Daily Ledger Media, LLC'];
    const cleaned = clean(page);
    expect(cleaned.body.split('\n\n')).toEqual([...opening, ...captions]);
  });
});

describe('articleBounds: a weak heading or signature shaped as one the block keeps', () => {
  it("keeps a letters page's first signature and second headline, each weak, as the next letter's signature and headline stay", () => {
    const letters = [
      ['Pool closure leaves swimmers stranded', "The town's decision to shut the Riverside pool on Sundays will hurt the families who can least afford the private club across the bridge.", 'I ask the council to find the $25,000 somewhere else.', 'Edith Morrow, Lanford'],
      ['Praise for the leaf collection crews', "Last week's gale covered our street in leaves, and the town crew had them gone by Tuesday morning. They deserve our thanks.", 'Samuel Okoro, Birch Hill'],
      ['Crossing guards keep children safe', 'As a parent who walks to the school gate every morning, I welcome the new crossing guards on Elm Street. Drivers have already slowed down.', "Let's keep them on when the budget is set in spring.", 'Dana Whitfield, Lanford'],
    ];
    const page = ['The Lanford Courier', 'Subscribe', 'Log in', 'News', 'Sports', 'Opinion', 'Obituaries', 'Opinion', 'Letters', 'Letters to the editor: Nov. 21, 2026', 'Nov 21, 2026', 'Share',
      ...letters.flat(), 'Submit a letter', 'Letters should be 250 words or fewer and include your name, address and phone number. We do not print anonymous letters.', 'Most popular', 'Lanford council approves budget', '© 2026 The Lanford Courier'];
    const cleaned = clean(page);
    expect(cleaned.body.split('\n\n')).toEqual([...letters[0]!.slice(1), ...letters[1]!, ...letters[2]!.slice(0, 3)]);
  });
});

describe("articleBounds: an interview's answer in a word inside the block", () => {
  const opening = 'Minister, the new bridge over the Tarn was meant to open in 2029. Why the delay?';
  const turns = [
    'The planning hearings for the southern approach took longer than we expected. Building costs have also gone up.',
    'By how much?',
    'About 18 percent.',
    'What does that mean for commuters from the north?',
    'From June we run the 14 and 15 buses every ten minutes in the morning and evening peaks.',
    'And the cyclists?',
    'We are talking to the council about a temporary lane on the old ferry road. I expect an agreement in the spring.',
    'Will the budget hold this time?',
    'Yes.',
  ];
  const closing = 'The minister added at the end that the rail line to Oxley is not affected by the delay, and that the ferry will keep running until the bridge opens.';
  const page = (answers: readonly string[]): string[] => ['Valley Courier', 'Local', 'Politics', 'Business', 'Sport', 'Opinion', 'Subscribe', 'Sign in', 'Politics', 'Interview',
    '"The bridge will not open before 2031"', 'Transport minister Alma Reyes on delays, commuter numbers and the buses from the north.', 'Owen Pritchard',
    '06.12.2026 at 07:00', 'Reading time: 4 minutes', opening, ...answers, closing, 'More on this', 'Free buses: passenger numbers keep rising',
    'Commuters spend longer in traffic every day', 'Courier Media Group', 'Imprint', 'Privacy', '© 2026 Valley Courier'];

  it('keeps "Yes." between the question it answers and the closing sentence, which the block keeps', () => {
    expect(clean(page(turns)).body.split('\n\n')).toEqual([opening, ...turns, closing]);
  });

  it('removes a short reply under the one question a page asks as a weak line', () => {
    const poll = page(['The planning hearings for the southern approach took longer than we expected. Building costs have also gone up.', 'Will the budget hold this time?', 'Yes.']);
    expect(removedAs(clean(poll), 'Yes.')).toMatchObject({ kind: 'boilerplate', reason: 'too short' });
  });
});
