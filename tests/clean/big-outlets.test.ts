// Layouts of the biggest English-language outlets as their pages scrape (a tester's): each
// fixture is a short page of that outlet's shape, its story written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const paragraphs = (body: string): string[] => body.split('\n\n').filter(Boolean);
const reasonOf = (cleaned: ReturnType<typeof clean>, text: string) => cleaned.removedLines.find((line) => line.text === text);

describe("a Reuters page whose picture's caption is run into the gallery's counter", () => {
  const caption = '[1/2]A ferry leaves the harbour in Bergen, Norway, May 3, 2025. REUTERS/Lise Aserud/File Photo Purchase Licensing Rights, opens new tab';
  const text = [
    'Ferry operator Fjordlink to cut 600 jobs',
    'By Anna Berg',
    '',
    caption,
    '',
    'OSLO, Dec 4 (Reuters) - Norwegian ferry operator Fjordlink will cut about 600 jobs over two years as fuel costs rise, it said on Friday.',
    '',
    'The cuts will fall mostly on office staff in Bergen and Oslo, the company said, adding that no routes would close.',
    '',
    'Unions said they would seek talks with management next week.',
    '',
  ].join('\n');
  const cleaned = clean(text);

  it('removes the caption as a picture caption, so the dateline opens the body and gives the source', () => {
    expect(reasonOf(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(paragraphs(cleaned.body)[0]).toMatch(/^OSLO, Dec 4 \(Reuters\) - /);
    expect(cleaned.metadata.source).toBe('Reuters');
  });

  it('removes the caption with its counter in words, as the newer pages copy it', () => {
    const counted = caption.replace('[1/2]', 'Item 1 of 2 ');
    const cleanedCounted = clean(text.replace(caption, counted));
    expect(reasonOf(cleanedCounted, counted)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(paragraphs(cleanedCounted.body)[0]).toMatch(/^OSLO, Dec 4 \(Reuters\) - /);
  });

  it('leaves a paragraph opening with an agenda item counted in words, no agency credit after it', () => {
    const agenda = 'Item 3 of 7 The board approved the new timetable for the winter routes without a vote.';
    expect(clean(text.replace('Unions said they would seek talks with management next week.', agenda)).body).toContain(agenda);
  });

  it('leaves a paragraph opening with a bracketed note that is no counter', () => {
    const note = '[Editor\'s note: Fjordlink is part-owned by the state.] The company said no routes would close.';
    expect(clean(text.replace(caption, note)).body).toContain(note);
  });
});

describe("a Fox News page's call to click between the paragraphs", () => {
  const prompt = 'CLICK HERE TO GET THE FOX NEWS APP';
  const text = [
    'Man charged after stealing ambulance, leading police on chase',
    'By Kerry Lang Fox News',
    '',
    'A man is facing felony charges after police say he stole an ambulance outside a nursing home early Thursday.',
    '',
    'Troopers spotted the vehicle on the interstate about 20 minutes later and tried to stop it, the patrol said.',
    '',
    prompt,
    '',
    'He has been charged with grand theft of a motor vehicle and was being held at the county jail on Friday.',
    '',
    'The fire department said it would review its policy on leaving vehicles running during calls.',
    '',
  ].join('\n');

  it('removes the call, in capitals or not, with an exclamation mark, an initial\'s full stop or a dash before it, as a prompt', () => {
    for (const call of [prompt, 'Click here for more football headlines!', 'CLICK HERE FOR MORE U.S. NEWS', '-- Click here for more election updates']) {
      const cleaned = clean(text.replace(prompt, call));
      expect(reasonOf(cleaned, call)).toMatchObject({ kind: 'boilerplate', reason: 'newsletter or reading prompt' });
      expect(paragraphs(cleaned.body)).toHaveLength(4);
    }
  });

  it('leaves a sentence that asks to click', () => {
    const sentence = 'Click here for more information or to download this game.';
    expect(clean(text.replace(prompt, sentence)).body).toContain(sentence);
  });
});

describe("a Fox News page's other stories' headlines in capitals between the paragraphs", () => {
  const headline = 'RETIRED TEACHER FINISHES HER 50TH MARATHON ON HER 70TH BIRTHDAY';
  const text = [
    'Lakeside bakery rebuilds a year after fire, rehires every worker',
    'By Kerry Lang Fox News',
    'Published March 3, 2026 9:15am EST',
    'A bakery that burned down last winter reopened on Saturday with every one of its 14 workers back on the payroll.',
    'Customers queued around the block before the doors opened at six, owner Dana Whitcombe said.',
    headline,
    'Whitcombe said insurance covered about half of the rebuild and a town fundraiser paid for the new ovens.',
    'The bakery plans to open a second counter at the farmers market in the summer.',
  ].join('\n');

  it('removes the headline in capitals between two paragraphs as a link to another story', () => {
    const cleaned = clean(text);
    expect(reasonOf(cleaned, headline)).toMatchObject({ kind: 'headline', reason: 'link to another story' });
    expect(paragraphs(cleaned.body)).toHaveLength(4);
  });

  it('leaves a short subheading or a question in capitals', () => {
    for (const heading of ['WHAT THE COUNCIL DECIDED ON TUESDAY', 'WHO WILL PAY FOR THE REBUILD OF THE BAKERY?']) expect(clean(text.replace(headline, heading)).body).toContain(heading);
  });
  // A video's headline under its box's "Video" label, blank lines between, as Fox sets one.
  it('removes a video\'s headline in capitals under its "Video" label, the paragraphs round them kept', () => {
    const video = "FORMER MAYOR'S CHARITY BAKES 10,000 LOAVES FOR FOOD BANKS ACROSS THREE COUNTIES, SAYS IT WILL DO MORE";
    const spaced = text.split('\n').flatMap((line) => (line === headline ? ['Video', '', video] : [line])).join('\n\n');
    const cleaned = clean(spaced);
    expect(cleaned.body).not.toContain(video);
    expect(paragraphs(cleaned.body)).toHaveLength(4);
  });
});

describe("a tech site's page with its affiliate note and its writer's note over the story", () => {
  const first = 'Northwind is cutting the price of its folding phone by $150 and adding a stylus to the box from next month.';
  const text = [
    'Northwind’s folding phone gets cheaper and gains a stylus',
    'The price cut applies in every market where the phone is sold.',
    'by Dana Reyes',
    'Mar 3, 2026, 4:10 PM UTC',
    'Comments',
    'If you buy something from a Gizmo link, Northwind Media may earn a commission. See our ethics statement.',
    'Image: Northwind',
    'Dana Reyes is a news writer covering phones, tablets, and home gadgets.',
    first,
    'The company says the stylus clips into the hinge and charges from the phone itself.',
    'Orders at the new price open on Monday.',
  ].join('\n');

  it("removes the affiliate note and the writer's note, so the story's first paragraph opens the body", () => {
    const cleaned = clean(text);
    expect(reasonOf(cleaned, 'Dana Reyes is a news writer covering phones, tablets, and home gadgets.')).toMatchObject({ kind: 'boilerplate', reason: 'author note before the article' });
    expect(paragraphs(cleaned.body)[0]).toBe(first);
  });
});

describe('a Bloomberg story syndicated with its "Most Read from Bloomberg" box under the first paragraph', () => {
  const box = ['Most Read from Bloomberg', "Wall Street's Biggest Banks Brace for Year-End Funding Squeeze", 'China Moves to Curb Exports of Battery Technology', 'The Billionaire Who Bought a Ski Town'];
  const lede = "(Bloomberg) -- Copper climbed to a record as a strike at one of Chile's largest mines entered its third week.";
  const text = [
    'Copper Hits Record as Chile Mine Strike Drags On',
    'Jack Farrow',
    'Fri, December 4, 2026 at 4:12 AM EST',
    '',
    lede,
    '',
    ...box,
    '',
    'Benchmark copper on the London Metal Exchange rose as much as 2.4% to $11,860 a ton on Friday.',
    '',
    'Workers at the mine walked off the job on Nov. 16 after talks over bonuses broke down, and its owner has declared force majeure.',
    '',
    'Union leaders said Thursday they were willing to return to talks but would not accept the latest offer.',
    '',
  ].join('\n');
  const cleaned = clean(text);

  it('removes the box as links to other stories, and the first paragraph opens the body and gives the source', () => {
    for (const line of box) expect(reasonOf(cleaned, line)).toMatchObject({ kind: 'headline', reason: 'link to another story' });
    expect(paragraphs(cleaned.body)[0]).toBe(lede);
    expect(paragraphs(cleaned.body)).toHaveLength(4);
    expect(cleaned.metadata.source).toBe('Bloomberg');
  });

  it('takes no sentence under the label for a headline', () => {
    const sentence = 'Most read from Bloomberg were the stories on copper, a spokesperson said.';
    const cleanedSentence = clean(text.replace(box[0]!, sentence));
    expect(paragraphs(cleanedSentence.body).slice(0, 2)).toEqual([lede, sentence]);
    expect(reasonOf(cleanedSentence, box[1]!)).toMatchObject({ kind: 'boilerplate', reason: 'no sentence punctuation' });
  });
});

// Sky News sets two of its headlines under "Read more from Sky News:" between the paragraphs: they had stayed in the body.
describe('a Sky News story with its "Read more from Sky News:" box between the paragraphs', () => {
  const box = ['Read more from Sky News:', 'Snow closes mountain pass for second day', 'Village shop saved by residents buying shares'];
  const after = 'The operator said it hoped to restore the full timetable before the end of the month.';
  const text = [
    'Sky News', 'Home', 'UK', 'World', 'Politics',
    'Flights to island airport cancelled after runway lights fail',
    'Islanders face a week without flights while engineers replace the lighting system.',
    'Morven Ashby',
    'Scotland reporter',
    'Thursday 3 December 2026 14:05, UK',
    'All flights to an island airport in the Hebrides have been cancelled for a week after its runway lights failed during a storm.',
    'The airport operator said engineers had found water damage in the cables under the runway on Wednesday night.',
    'Patients with hospital appointments on the mainland are being offered places on the ferry instead.',
    ...box,
    'A local councillor said the cancellations showed how fragile the island\'s links to the mainland had become.',
    after,
    'Related Topics', 'Scotland',
  ].join('\n');
  const cleaned = clean(text);

  it('removes the label and its headlines as links to other stories, and keeps the paragraphs round them', () => {
    for (const line of box) expect(cleaned.body).not.toContain(line);
    expect(cleaned.body).toContain('A local councillor said the cancellations');
    expect(cleaned.body.trim().endsWith(after)).toBe(true);
  });
});

describe("a story syndicated on Yahoo, with its 'Story continues' button after the first paragraphs", () => {
  const text = [
    'Grandmother wins $2 million lottery prize with numbers from fortune cookie',
    'Mara Jennings, USA TODAY',
    'Fri, December 4, 2026 at 11:20 AM UTC',
    '',
    'A Virginia grandmother who played the same lottery numbers for 20 years has won a $2 million prize.',
    '',
    'Loretta Pike, 72, of Roanoke, matched five white balls in the Nov. 28 drawing, the state lottery said Thursday.',
    '',
    'Story continues',
    '',
    '"My kids told me to give it up years ago," she said. "I told them the cookie knew something."',
    '',
    'She said she plans to pay off her house and take her grandchildren to Disney World.',
    '',
  ].join('\n');

  it('removes the button as a prompt that the article goes on, and keeps the paragraphs on both sides', () => {
    const cleaned = clean(text);
    expect(reasonOf(cleaned, 'Story continues')).toMatchObject({ kind: 'boilerplate' });
    expect(paragraphs(cleaned.body)).toHaveLength(4);
  });

  it('leaves a sentence that the story continues', () => {
    const sentence = 'The story continues to divide the town, where the cookie is now framed at the restaurant.';
    expect(clean(text.replace('Story continues', sentence)).body).toContain(sentence);
  });
});

describe("an NPR transcript ending with the copyright notice and NPR's newer disclaimer", () => {
  const copyright = 'Copyright © 2026 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.';
  const disclaimer =
    "Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors or match updates to audio. Audio on npr.org may be edited after its original broadcast or publication. The authoritative record of NPR's programming is the audio record.";
  const text = [
    'Rural hospitals are closing maternity wards',
    'December 4, 2026 4:48 PM ET',
    '',
    'ANNA LOUISE MERCER, HOST:',
    '',
    'More than a hundred rural hospitals have stopped delivering babies. Jonah Whitaker reports from Kansas.',
    '',
    'JONAH WHITAKER, BYLINE: When the hospital in Pratt closed its birthing unit, Kelsey Tran was 30 weeks pregnant.',
    '',
    'KELSEY TRAN: I remember reading the letter in the car and thinking, where am I going to go?',
    '',
    'WHITAKER: State lawmakers are considering a bill that would pay rural hospitals to keep nurses on standby.',
    '',
    copyright,
    '',
    disclaimer,
    '',
  ].join('\n');
  const cleaned = clean(text);

  it('removes both, and the last turn ends the body', () => {
    expect(reasonOf(cleaned, disclaimer)).toMatchObject({ kind: 'boilerplate', reason: 'transcript notice' });
    expect(reasonOf(cleaned, copyright)).toMatchObject({ kind: 'boilerplate' });
    expect(paragraphs(cleaned.body).at(-1)).toMatch(/^WHITAKER: State lawmakers/);
  });

  it('leaves a sentence of a story about the accuracy of transcripts', () => {
    const sentence = 'The accuracy and availability of court transcripts may vary from county to county, the report found.';
    // In the text, over the notice: under it, a sentence that shares none of the story's words is the page's (edges/article-end.ts pageNoticeEnd).
    expect(clean(text.replace(disclaimer, '').replace(copyright, `${sentence}\n\n${copyright}`)).body).toContain(sentence);
  });
});

describe("a CNN page's 'Ad Feedback' under each ad slot", () => {
  const text = [
    'Storm-battered Gulf Coast towns face weeks without power',
    'By Rebecca Holt, CNN',
    'Updated 9:14 AM EST, Fri December 4, 2026',
    '',
    '(CNN) — Tens of thousands of homes along the coast could remain without electricity for up to three weeks, officials said Friday.',
    '',
    'Ad Feedback',
    '',
    'The storm came ashore Tuesday with sustained winds near 80 mph, an unusual strength for December.',
    '',
    'Officials urged people not to run generators indoors after two people were treated for carbon monoxide poisoning.',
    '',
  ].join('\n');

  it('removes it as an advertisement label, and the paragraphs on both sides stay', () => {
    const cleaned = clean(text);
    expect(reasonOf(cleaned, 'Ad Feedback')).toMatchObject({ kind: 'boilerplate', reason: 'advertisement label' });
    expect(paragraphs(cleaned.body)).toHaveLength(3);
  });
});

describe("an NDTV page's reporter and editor on one line under the headline", () => {
  const text = [
    'India News',
    'Coastal Town In Kerala Opens Free Night Bus For Hospital Staff',
    'Reported by Meera Pillai, Edited by Arjun Sethi',
    'India News',
    'Dec 04, 2026 08:40 am IST',
    'Read Time: 2 mins',
    'Share',
    'Kochi:',
    'A coastal town in Kerala has started a free night bus for nurses and other hospital staff who finish their shifts after midnight.',
    'The bus runs every hour between the district hospital and the town centre, officials said on Thursday.',
    'The service will be reviewed after three months, and may be extended to two more routes.',
    '',
  ].join('\n');
  const cleaned = clean(text);

  it('takes the reporter for the author, not the editor, and removes the line as a byline', () => {
    expect(cleaned.metadata.byline).toBe('Meera Pillai');
    expect(reasonOf(cleaned, 'Reported by Meera Pillai, Edited by Arjun Sethi')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });
});

describe("a DW page's editor credit under the story", () => {
  const text = [
    'Germany',
    'Village bakeries in Bavaria share one oven to cut energy costs',
    'Lena Hofbauer',
    '12/04/2026December 4, 2026',
    'Six bakeries in a Bavarian valley now bake their bread in one shared wood-fired oven to save on gas and electricity.',
    'The bakers take turns at the oven from three in the morning, each with a two-hour slot.',
    '"We used to compete, now we drink coffee together at four in the morning," one of the bakers said.',
    'The district pays for the firewood for the first year.',
    'Edited by: Jonas Rieger',
    'Send us your feedback',
    '',
  ].join('\n');
  const cleaned = clean(text);

  it('removes the credit as an editor credit, the story ends before it, and the editor is no author', () => {
    expect(reasonOf(cleaned, 'Edited by: Jonas Rieger')).toMatchObject({ kind: 'metadata', reason: 'editor credit' });
    expect(paragraphs(cleaned.body).at(-1)).toBe('The district pays for the firewood for the first year.');
    expect(cleaned.metadata.byline).not.toBe('Jonas Rieger');
  });
});

describe("an AP story closing with its writer's credit and the place written from", () => {
  const credit = 'Associated Press writer Nadia Ferreira contributed from Albuquerque.';
  const text = [
    'Desert town pays residents to tear out their lawns',
    'By  CALVIN ROURKE',
    'Updated 2:05 PM EST, December 4, 2026',
    'SANTA MIRA, N.M. (AP) — A desert town in New Mexico will pay homeowners up to $3,000 to replace their lawns with gravel and native plants.',
    'The town council approved the program on Tuesday after a summer in which the town came close to running out of water.',
    '“We cannot keep watering grass in the desert,” the mayor said.',
    credit,
    'Copyright 2026 The Associated Press. All Rights Reserved.',
    '',
  ].join('\n');
  const cleaned = clean(text);

  it('removes the credit as a contributor line, and the last quote ends the body', () => {
    expect(reasonOf(cleaned, credit)).toMatchObject({ kind: 'metadata', reason: 'contributor line' });
    expect(paragraphs(cleaned.body).at(-1)).toBe('“We cannot keep watering grass in the desert,” the mayor said.');
  });
});

describe("a New York Post page's caption over its photographer's credit for the paper", () => {
  const caption = 'Volunteers have been handing out blankets at the shelter since Monday.';
  const credit = 'Odile Marsh for NY Post';
  const text = [
    'Queens shelter runs out of beds as cold snap hits city',
    'By',
    'Rafael Quint',
    'Published Dec. 4, 2026, 6:10 p.m. ET',
    'Share this article:',
    caption,
    credit,
    'A Queens homeless shelter turned away dozens of people on Wednesday night as temperatures fell below freezing, The Post has learned.',
    'Staff said every one of its 120 beds was taken by 9 p.m. and that they handed out subway fares to a warming center in Brooklyn.',
    '“We have never had to send this many people away,” said a volunteer who has worked there for six years.',
    'The city said it would open two more warming centers by the weekend.',
    'Read Next',
  ].join('\n');
  const cleaned = clean(text);

  it('removes the credit and the caption over it, and the story opens the body', () => {
    expect(reasonOf(cleaned, credit)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(cleaned.body).not.toContain(caption);
    expect(paragraphs(cleaned.body)[0]).toMatch(/^A Queens homeless shelter turned away/);
  });
});

describe("an NZ Herald page's read-aloud box and caption credited after a spaced slash", () => {
  const login = 'Already a subscriber? Sign in here';
  const note = 'Listening to articles is free for open-access content—explore other articles or learn more about text-to-speech.';
  const caption = 'Ferries wait at the wharf in Devonport this week. Photo / Kiri Waaka';
  const text = [
    'Auckland ferry timetable cut again as skipper shortage drags on',
    'By',
    'Moana Whitcombe',
    'Transport Reporter·NZ Herald·',
    '4 Dec, 2026 05:00 PM',
    '3 mins to read',
    'Share',
    'Subscribe to listen',
    'Access to Herald Premium articles require a Premium subscription. Subscribe now to listen.',
    login,
    note,
    caption,
    'Auckland Transport will cut a further 40 ferry sailings a week from Monday because it cannot find enough skippers.',
    'The cuts fall mostly on the early morning and late evening runs to Devonport and Half Moon Bay.',
    '“We know this is frustrating for regular passengers,” a spokeswoman said.',
    'The operator said it had hired six trainee skippers who would be ready by the autumn.',
    'Latest from New Zealand',
  ].join('\n');
  const cleaned = clean(text);

  it("removes the box's note and the caption, and keeps the story", () => {
    expect(reasonOf(cleaned, note)).toMatchObject({ kind: 'boilerplate', reason: 'newsletter or reading prompt' });
    expect(reasonOf(cleaned, caption)).toMatchObject({ kind: 'boilerplate', reason: 'picture caption or credit' });
    expect(cleaned.body).toContain('Auckland Transport will cut a further 40 ferry sailings');
  });
});

describe("a Newsweek page's mission line over the story and its closing section", () => {
  const mission = 'Harbour Weekly is committed to finding the facts behind the noise and the people behind the facts.';
  const closing = 'The first repair crews are expected on the pier in February.';
  const text = [
    'Harbour Weekly',
    'U.S.',
    'Map Shows Which Piers on the Coast Need Repairs First',
    'By Dana Whitlock',
    'Coastal Reporter',
    'Published',
    'Dec 04, 2026 at 10:15 AM EST',
    'Share',
    'News Article',
    mission,
    'Piers in the Carolinas and Georgia are the most in need of repairs after a season of storms, according to a new survey of coastal towns.',
    'The survey, published this week by a group of coastal engineers, rated more than 300 piers by the state of their supports.',
    'Why It Matters',
    'Piers bring visitors to small coastal towns, and several have already closed to the public this year.',
    'What To Know',
    'The engineers said saltwater had eaten into the supports of older wooden piers faster than expected.',
    'Towns with concrete piers reported fewer problems, the survey found.',
    'What Happens Next',
    closing,
    'Request Reprint & Licensing',
    'Submit Correction',
    'View Editorial Guidelines',
    'About the writer',
  ].join('\n');
  const cleaned = clean(text);

  it('removes the mission line over the first paragraph, which opens the body', () => {
    expect(cleaned.body).not.toContain(mission);
    expect(paragraphs(cleaned.body)[0]).toMatch(/^Piers in the Carolinas and Georgia/);
  });

  it('keeps the last subheading and the sentence under it', () => {
    expect(paragraphs(cleaned.body).slice(-2)).toEqual(['What Happens Next', closing]);
  });

  it('keeps a first paragraph so worded that goes on with the story', () => {
    const opening = 'Harbour Piers is committed to rebuilding the old wooden piers on the coast.';
    const cleanedOpening = clean(text.replace(mission, opening));
    expect(paragraphs(cleanedOpening.body)[0]).toBe(opening);
  });
});

describe("a paper's day's date by its masthead over the story's own date line", () => {
  // The Kathmandu Post's and the Daily Monitor's header: the day the page was read had dated the story.
  const page = (stamp: string, dateLine: string) =>
    [
      'The Harbour Ledger',
      stamp,
      'Subscribe',
      'National',
      'Business',
      'Sports',
      'Pokhara to close lakeside road to cars on weekends',
      'Asha Karki',
      dateLine,
      'Pokhara Metropolitan City will close the lakeside road to cars on Saturdays and Sundays from January, officials said on Thursday.',
      'The city says the change will make the promenade safer for the thousands of visitors who walk there each weekend.',
      'Shop owners along the road have asked for a loading zone at each end, and the city said it would consider it.',
      'About Us',
      'Privacy Policy',
    ].join('\n');

  it('dates the story by its date line, the day\'s date giving way', () => {
    expect(clean(page('Monday, December 7, 2026', 'Published at : December 3, 2026')).metadata.date).toBe('2026-12-03');
    expect(clean(page('Sunday, December 6, 2026', 'Thursday, December 03, 2026')).metadata.date).toBe('2026-12-03');
  });

  it('keeps a date at the top as the story\'s when no earlier date line stands under the headline', () => {
    expect(clean(page('Monday, December 7, 2026', 'Pokhara')).metadata.date).toBe('2026-12-07');
    expect(clean(page('Monday, December 7, 2026 10:15 AM', 'Pokhara')).metadata.date).toBe('2026-12-07T10:15');
    expect(clean(page('Monday, December 7, 2026 10:15 AM', 'Published at : December 9, 2026')).metadata.date).toBe('2026-12-07T10:15');
  });

  it('dates the story by the date line under its headline when the date over it is later, whatever its shape', () => {
    // A wire portal's stamp with its time, a stamp run into the header's links, one with no weekday: none is isDayStamp's.
    expect(clean(page('Monday, December 7, 2026 10:15 AM', 'Published at : December 3, 2026')).metadata.date).toBe('2026-12-03');
    expect(clean(page('Tue 8 Dec 2026 | 20:58 EST', 'Mon Dec 7, 2026 11:16am EST')).metadata.date).toBe('2026-12-07T11:16');
    expect(clean(page('Search |  Classifieds  December 9, 2026', 'December 4, 2026')).metadata.date).toBe('2026-12-04');
    // A sports page's only date under its headline is its update's.
    expect(clean(page('Tuesday 8 December 2026', 'Last Updated: 2:55am GMT 29/11/2026')).metadata.date).toBe('2026-11-29T02:55');
  });

  it('dates the story by an earlier date line right over its headline', () => {
    // A finance portal's release: the day's stamp run into its search box, the release's own date and time over its headline.
    const portal = (over: string) =>
      [
        'Profisuche  |  Di. 08.12.2026', 'Anmeldename:', 'Harbour Wire  ·  Neueste Meldungen  ·  Archiv', over,
        'Harbour Devices launches a remote that learns the household', '',
        'Harbour Devices on Sunday unveiled a universal remote control that learns which devices a household uses each evening.', '',
        'The company said the remote would go on sale in March at a price of 149 dollars, with a smaller model to follow.', '',
        'Analysts said the market for such remotes had grown by a fifth last year as homes added streaming boxes and speakers.', '',
      ].join('\n');
    expect(clean(portal('06.12.2026 01:07')).metadata.date).toBe('2026-12-06T01:07');
    // One line higher, with the portal's links between, it is no date of the headline's.
    expect(clean(portal('06.12.2026 01:07\nDruckversion  ·  Senden')).metadata.date).toBe('2026-12-08');
  });

  it('keeps a date over the headline labelled as the publication\'s', () => {
    expect(clean(page('Published: December 7, 2026', 'December 3, 2026')).metadata.date).toBe('2026-12-07');
  });
});
