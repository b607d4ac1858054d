// The header's lines read as metadata (header.ts). Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { wireLedeStart } from '../../src/clean/block.js';
import { cleanArticle } from '../../src/clean/index.js';
import { describeLine } from '../../src/clean/lines.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('headerLine', () => {
  // With no section label above the headline, the line model puts the agency's line into the block
  // as its first line: headerLine searches through that line, or the agency is the first paragraph.
  it.each([
    ['東京の地下鉄、終電を三十分延長へ\n2026年11月12日 10時05分\n共同通信\n\n東京都は十二日、地下鉄の終電を来年春から三十分延長すると発表した。\n\n対象は都営地下鉄の四路線で、週末の深夜に運行する。\n\n利用者からは歓迎の声が上がっている。\n', 'Kyodo News', '東京都は十二日'],
    ['Port strike ends after three weeks\nReuters\n\nDock workers at the country’s largest port returned to work on Thursday after a three-week strike over pay.\n\nThe union accepted a pay rise of 6% over two years.\n\nShipping lines said it would take a week to clear the backlog.\n', 'Reuters', 'Dock workers'],
  ])("takes a news agency's name opening the article's block as the source, by its name in English (%#)", (text, source, first) => {
    const cleaned = clean(text);
    expect(cleaned.metadata.source).toBe(source);
    expect(cleaned.body.startsWith(first)).toBe(true);
  });

  it('takes no line after the first line of the block', () => {
    const text = 'Port strike ends after three weeks\n\nDock workers at the country’s largest port returned to work on Thursday after a three-week strike over pay.\n\nReuters\n\nThe union accepted a pay rise of 6% over two years.\n\nShipping lines said it would take a week to clear the backlog.\n';
    expect(clean(text).metadata.source).toBeNull();
  });
});

describe("an outlet's masthead under the title", () => {
  const page = (masthead: string, over = '') =>
    `National\n${over}Heatwave to push Sydney past 40 degrees on Saturday\n${masthead}\nUpdated 4 December 2026 — 6:30pm AEST\n\nSydney is expected to swelter through its hottest day of the year on Saturday, with temperatures forecast to pass 40 degrees in the western suburbs.\n\nThe Bureau of Meteorology has issued a severe heatwave warning for much of NSW and urged people to stay indoors.\n\nA cool change is expected to arrive late on Sunday.\n`;

  it.each(['The Sydney Morning Herald', 'Gulf-Times', 'Hindustan-Times'])('"%s" is the source, not the author', (masthead) => {
    const cleaned = clean(page(masthead));
    expect(cleaned.metadata).toMatchObject({ byline: null, source: masthead });
    expect(cleaned.removedLines.find((line) => line.text === masthead)?.reason).toBe('source credit');
  });

  it('is no source over the title, where a menu links to a sister paper', () => {
    expect(clean(page('Updated daily', 'The Canberra Times\n')).metadata.source).toBeNull();
  });

  it("is the source over the title under an aggregator's name (Apple News' copy of the outlet's story)", () => {
    const cleaned = clean(page('Updated daily', 'Apple News\nThe Canberra Times\n'));
    expect(cleaned.metadata.source).toBe('The Canberra Times');
    expect(cleaned.removedLines.find((line) => line.text === 'The Canberra Times')?.reason).toBe('source credit');
  });

  it("is the source over the title on an aggregator's page, its name over the menu (MSN's copy)", () => {
    const cleaned = clean(page('Updated daily', 'MSN\nSearch the web\nWeather\nMoney\nThe Canberra Times\n'));
    expect(cleaned.metadata.source).toBe('The Canberra Times');
    // With no aggregator's name on the page, the line over the title is a menu's link to a sister paper.
    expect(clean(page('Updated daily', 'Search the web\nWeather\nMoney\nThe Canberra Times\n')).metadata.source).toBeNull();
  });

  it("is no source in a menu of a group's papers under the title", () => {
    expect(clean(page('The Star-Ledger\nThe Jersey Journal\nSouth Jersey Times')).metadata.source).toBeNull();
  });

  it.each(['Breaking News', 'Main News', 'News', 'Previous Post'])('is no source when it is a desk or a link: "%s"', (line) => {
    expect(clean(page(line)).metadata.source).toBeNull();
  });
});

// The USA Today network's header: the author's name, the paper under it, the date line under that. The
// paper, a name of three capitalised words next to the date line, had been the author (a tester's
// obituary); it is crossed, as a job title is, to the name over it.
describe("an outlet's name between the author's name and the date line", () => {
  const page = (outlet: string): string =>
    [
      'Obituaries',
      'Peggy Ellison, Burlington librarian for four decades, dies at 91',
      "Dan D'Ambrosio",
      outlet,
      'Published 6:02 a.m. ET Dec. 4, 2026',
      '',
      "Margaret Ellison, who ran the children's room at Fletcher Free Library for 41 years, died Tuesday at her home. She was 91.",
      '',
      'She started the Saturday story hour in 1962; it still runs today.',
      '',
    ].join('\n');

  it.each(['Burlington Free Press', 'The Burlington Free Press'])('is no author but the source: "%s"', (outlet) => {
    const cleaned = clean(page(outlet));
    expect(cleaned.metadata.byline).toBe("Dan D'Ambrosio");
    expect(cleaned.metadata.source).toBe(outlet);
    expect(cleaned.body.startsWith('Margaret Ellison')).toBe(true);
  });
});

describe("a broadcaster's sports arm under the author's name", () => {
  const page = (under: string[]): string =>
    [
      'Football',
      'Harbour Town reach the cup final after a late winner at Northgate',
      'Owen Pritchard',
      ...under,
      'Published 4 December 2026',
      '',
      'Harbour Town reached the county cup final for the first time in 30 years after a stoppage-time header settled a tense semi-final at Northgate on Thursday.',
      '',
      'The visitors had trailed at half-time but drew level through their captain before the substitute struck with the last attack of the game.',
      '',
    ].join('\n');

  it.each([[['BBC Sport']], [['Football reporter', 'BBC Sport']]])('is no author but the source: %j', (under) => {
    // "BBC Sport" was no outlet: the name over it was a section label, and the story had no author nor source.
    expect(clean(page(under)).metadata).toMatchObject({ byline: 'Owen Pritchard', source: 'BBC Sport' });
  });

  it('names no source when the line is a country\'s sports body', () => {
    expect(clean(page(['UK Sport'])).metadata.source).toBeNull();
  });
});

// A French or Spanish paper's name, its word first ("Journal De Montréal", "Diário de Notícias"), has a
// name's shape (capitalised words, a particle between them): next to the date line it had been the author.
describe("a paper's name opening with its word, between the author's name and the date line", () => {
  const page = (over: string, outlet: string): string =>
    [
      'Actualités',
      "Québec prolonge l'aide au chauffage jusqu'à la fin de mars",
      over,
      outlet,
      'Publié le 4 décembre 2026 à 07h15',
      '',
      "Le gouvernement du Québec prolonge de trois mois le programme d'aide au chauffage destiné aux ménages à faible revenu, a annoncé jeudi la ministre des Finances.",
      '',
      "Près de 210 000 ménages ont reçu l'aide l'hiver dernier, selon le ministère, qui prévoit une hausse des demandes cette année.",
      '',
    ].join('\n');

  it.each(['Journal De Montréal', 'Tribune de Genève'])('is no author but the source: "%s"', (outlet) => {
    const cleaned = clean(page('Marie-Ève Tremblay', outlet));
    expect(cleaned.metadata).toMatchObject({ byline: 'Marie-Ève Tremblay', source: outlet });
    expect(cleaned.body.startsWith('Le gouvernement du Québec')).toBe(true);
  });

  it('is no author with no name over it', () => {
    expect(clean(page('Actualités', 'Journal De Montréal')).metadata.byline).toBeNull();
  });

  // It shares a word with the text ("Québec"): over the date line it had been the title, the headline page text.
  it('is no title over the date line: the headline is', () => {
    const cleaned = clean(page('Marie-Ève Tremblay', 'Le Journal de Québec'));
    expect(cleaned.metadata).toMatchObject({ title: "Québec prolonge l'aide au chauffage jusqu'à la fin de mars", byline: 'Marie-Ève Tremblay', source: 'Le Journal de Québec' });
  });
});

// The BBC's header: the headline, the story's age, its "Share" and "Save" buttons, then the author's
// name over their job title. The buttons between the age and the name had hidden the name (a section
// label), and the story had no author.
describe("an author's name under the age's share and save buttons", () => {
  const page = (buttons: readonly string[], name = 'Nadia Farouk'): string =>
    [
      'BBC',
      'Home',
      'News',
      'Why are rail fares in England going up by 4.6% in March?',
      '5 hours ago',
      ...buttons,
      name,
      'Transport correspondent',
      '',
      'Regulated rail fares in England will rise by 4.6% from 1 March, the government has confirmed, the largest increase in three years.',
      '',
      'The rise covers season tickets on most commuter routes and some off-peak returns on longer journeys.',
      '',
      'Passenger groups said the increase would push more people back into their cars.',
      '',
    ].join('\n');

  it.each([[['Share', 'Save']], [['Share']], [['Save', 'Share']]])('is the author under %j', (buttons) => {
    const cleaned = clean(page(buttons));
    expect(cleaned.metadata.byline).toBe('Nadia Farouk');
    expect(cleaned.removedLines.find((line) => line.text === 'Nadia Farouk')).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body.startsWith('Regulated rail fares')).toBe(true);
  });

  it('is none when no name stands under the buttons', () => {
    expect(clean(page(['Share', 'Save'], 'Live updates')).metadata.byline).toBeNull();
  });
});

// La Presse sets its share button, "Partager", between its date lines and the author's name: the name had gone unfound
//.
describe("an author's name under a share button in another language", () => {
  it.each(['Partager', 'Teilen', 'Compartir'])('is the author under "%s"', (button) => {
    const text = [
      'Actualités',
      'Le traversier de Sorel reprendra du service en janvier',
      'Publié le 3 décembre 2026 à 7 h 05',
      button,
      'Julien Tremblay',
      '',
      'Le traversier entre Sorel et Saint-Ignace-de-Loyola reprendra du service à la mi-janvier, après trois mois de réparations.',
      '',
      'La société des traversiers a précisé que les horaires d’hiver seront en vigueur dès la reprise.',
      '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Julien Tremblay');
    expect(cleaned.body.startsWith('Le traversier entre Sorel')).toBe(true);
  });
});

// A date line over the headline over the author's name (given twice, as City A.M. sets it): the name, next to the
// headline only, had not been read, and the story had no author.
describe("an author's name under the headline under the date line", () => {
  const page = (name: string): string =>
    [
      'Markets', 'Companies', 'Opinion', '',
      'Wednesday 4 December 2026 9:22 am',
      'Harbour Freight to raise £400m in a London listing',
      name, name, '', 'Share', '',
      'Harbour Freight is set to raise up to £400m from its listing in London next week, pricing its shares at a discount to its rivals.', '',
      'The shipping group told investors on Wednesday that demand for the shares had been strong, with the books covered by lunchtime.', '',
      'Harbour Freight carried a record number of containers through its three ports last year, and plans a fourth on the Humber.', '',
    ].join('\n');

  it('is the author', () => {
    const cleaned = clean(page('Nadia Farouk'));
    expect(cleaned.metadata).toMatchObject({ title: 'Harbour Freight to raise £400m in a London listing', byline: 'Nadia Farouk' });
    expect(cleaned.body.startsWith('Harbour Freight is set')).toBe(true);
  });

  it('is none when no name stands there', () => {
    expect(clean(page('Live updates')).metadata.byline).toBeNull();
  });
});

// The Guardian signs a match report "Jacob Steinberg at Villa Park", a dispatch "Helena Smith in Athens", over the date
// line: with the place the line had no name's shape, and the story no author.
describe("a reporter's name and the place they write from, over the date line", () => {
  const page = (signature: string): string =>
    [
      'Sport',
      'Football',
      'Harbour Town 2-0 Riverside',
      'Late goals send the hosts top as Riverside slip to a third straight defeat',
      signature,
      'Sat 5 Dec 2026 17.30 GMT',
      '',
      'Harbour Town went top of the table with two goals in the last ten minutes, both from corners that Riverside never cleared.',
      '',
      'The visitors had the better of the first half and hit the post twice before the break.',
      '',
      'Riverside have now lost three league games in a row for the first time in two seasons.',
      '',
    ].join('\n');

  it.each([
    ['Tom Ellis at Harbour Park', 'Tom Ellis'],
    ['Ana Ruiz in Athens', 'Ana Ruiz'],
    ['Jane Doe at the Emirates Stadium', 'Jane Doe'],
  ])('is the author: "%s"', (signature, name) => {
    const cleaned = clean(page(signature));
    expect(cleaned.metadata).toMatchObject({ byline: name, date: '2026-12-05T17:30' });
    expect(cleaned.removedLines.find((line) => line.text === signature)).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it.each(['Fans at Harbour Park', 'Match report at Harbour Park', 'Tom Ellis at the ground'])('gives no author: "%s"', (signature) => {
    expect(clean(page(signature)).metadata.byline).toBeNull();
  });
});

/** A short story's page with the header lines given between its headline and its text. */
const busFarePage = (...header: string[]): string =>
  [
    'Transport',
    'Bus fares to rise by 3 cents from April as operating costs climb',
    ...header,
    '',
    'Adult commuters paying by card will pay 3 cents more for each bus and train journey from April, the fare council said on Thursday.',
    '',
    'The council said higher energy prices and wages had raised the cost of running the network by 6 per cent this year.',
    '',
    'Concession fares for students and seniors will not change, it added.',
    '',
  ].join('\n');

describe("an author's name over a job title and what stands between it and the date line", () => {
  const page = busFarePage;

  it('is the byline over its job title and the date\'s label alone on its line', () => {
    // The Straits Times sets "UPDATED" over its date: the name two lines further up had been unfound.
    for (const label of ['UPDATED', 'Published', 'Updated:']) {
      expect(clean(page('Priya Nair', 'Senior Transport Correspondent', label, 'Dec 04, 2026, 06:40 PM')).metadata.byline, label).toBe('Priya Nair');
    }
  });

  it("is the byline over its job title with the writer's handle after it", () => {
    // Sky Sports signs "Football News Reporter @SamBlitz" under the name.
    expect(clean(page('Tom Keane', 'Transport Reporter @tomkeane', 'Thursday 4 December 2026 22:07, UK')).metadata.byline).toBe('Tom Keane');
  });

  it("is the byline over the writer's handle alone on its line", () => {
    // The handle's line between the name and the date line had left the name unfound.
    expect(clean(page('Tom Keane', '@tomkeane', 'Thursday 4 December 2026 22:07, UK')).metadata.byline).toBe('Tom Keane');
  });

  it('is none over a label that is no date\'s, or over three lines', () => {
    // A kicker over the name: right under the headline, the name over its job title is the byline by itself (header-byline.ts nameOverPostUnderTitle).
    expect(clean(page('Transport', 'Priya Nair', 'Senior Transport Correspondent', 'EXCLUSIVE', 'Dec 04, 2026, 06:40 PM')).metadata.byline).toBeNull();
    expect(clean(page('Transport', 'Priya Nair', 'Senior Transport Correspondent', 'UPDATED', 'Published', 'Dec 04, 2026, 06:40 PM')).metadata.byline).toBeNull();
  });
});

describe('a name in a script without capitals right under the headline and over the date line', () => {
  const malayalam = (...header: string[]): string =>
    [
      'വാർത്ത',
      'കേരളം',
      'തിരുവനന്തപുരത്ത് പുതിയ ബസ് ടെർമിനൽ തുറന്നു',
      ...header,
      'Share',
      '',
      'തിരുവനന്തപുരം നഗരത്തിലെ പുതിയ ബസ് ടെർമിനൽ ബുധനാഴ്ച മുഖ്യമന്ത്രി ഉദ്ഘാടനം ചെയ്തു. ടെർമിനലിൽ ഒരേ സമയം അമ്പത് ബസുകൾക്ക് നിർത്താൻ സൗകര്യമുണ്ട്.',
      '',
      'യാത്രക്കാർക്കായി വിശ്രമമുറികളും ഭക്ഷണശാലകളും ഒരുക്കിയിട്ടുണ്ട്. പദ്ധതിക്ക് ആകെ നാൽപ്പത് കോടി രൂപ ചെലവായി.',
      '',
      'അടുത്ത മാസം മുതൽ ദീർഘദൂര സർവീസുകളും ഇവിടെ നിന്ന് ആരംഭിക്കുമെന്ന് ഗതാഗത മന്ത്രി പറഞ്ഞു.',
      '',
    ].join('\n');
  const DATE = 'Published: 03 Dec 2026, 09:15 AM IST';

  it('is the author: Malayalam, Khmer, Assamese', () => {
    // Mathrubhumi and RFA's Khmer service print the name so: the stories had no author.
    expect(clean(malayalam('രമ്യ നായർ', DATE)).metadata.byline).toBe('രമ്യ നായർ');
    const khmer = [
      'សេដ្ឋកិច្ច',
      'ក្រសួង​អប់រំ​ប្រកាស​កាលវិភាគ​ប្រឡង​ថ្មី​សម្រាប់​ឆ្នាំ​ក្រោយ',
      'ចាន់ ដារា',
      '2026.12.03',
      '',
      'ក្រសួង​អប់រំ យុវជន និង​កីឡា​បាន​ប្រកាស​កាលវិភាគ​ប្រឡង​សញ្ញាបត្រ​មធ្យមសិក្សា​ទុតិយភូមិ​សម្រាប់​ឆ្នាំ​ក្រោយ ដែល​នឹង​ធ្វើ​ឡើង​នៅ​ខែ​វិច្ឆិកា។',
      '',
      'សិស្ស​ជាង​មួយ​សែន​នាក់​នឹង​ចូល​រួម​ប្រឡង​នៅ​ទូទាំង​ប្រទេស ហើយ​លទ្ធផល​នឹង​ប្រកាស​នៅ​ខែ​ធ្នូ។',
      '',
      'មន្ត្រី​ក្រសួង​បាន​និយាយ​ថា ការ​ត្រៀម​រៀបចំ​បាន​ចាប់​ផ្ដើម​រួច​ហើយ។',
      '',
    ].join('\n');
    expect(clean(khmer).metadata.byline).toBe('ចាន់ ដារា');
    // Asomiya Pratidin prints the name in Assamese (Bengali script) so: the story had had no author.
    const assamese = [
      'মূল পৃষ্ঠা',
      'গুৱাহাটীত নতুন বাছ সেৱা আৰম্ভ',
      'ৰূপালী বৰুৱা',
      'প্ৰকাশ: ৩ ডিচেম্বৰ ২০২৬, ০৯:১৫ বজাত',
      'গুৱাহাটী মহানগৰত বুধবাৰৰ পৰা নতুন বাছ সেৱা আৰম্ভ হৈছে। নতুন বাছবোৰ প্ৰতি পোন্ধৰ মিনিটত চলিব।',
      'পৰিবহণ বিভাগৰ মতে প্ৰথম পৰ্যায়ত বিশখন নতুন বাছ চলোৱা হৈছে আৰু অহা মাহত আৰু দহখন যোগ কৰা হ’ব।',
      'যাত্ৰীসকলে কয় যে নতুন সেৱাৰ ফলত দৈনিক যাত্ৰাত বহু সময় ৰাহি হ’ব।',
    ].join('\n');
    expect(clean(assamese).metadata.byline).toBe('ৰূপালী বৰুৱা');
  });

  // Mihaaru prints the name in Dhivehi (Thaana script) so, and The Irrawaddy in Burmese as one word: page text, no author.
  const dhivehi = [
    'ކުޅިވަރު',
    'ހުޅުމާލޭގައި އައު ބަސް ސަރވިސް ފަށައިފި',
    'އާމިނަތު ޝަހުމާ',
    '3 ޑިސެމްބަރު 2026',
    'ހުޅުމާލޭގައި އައު ބަސް ސަރވިސް ބުދަ ދުވަހު ފަށައިފިއެވެ. ބަސްތައް ކޮންމެ ފަނަރަ މިނެޓަކުން ދުވާނެއެވެ.',
    'ފުރަތަމަ ބައިގައި ވިހި ބަހެއް ދުއްވާނެ ކަމަށް ކުންފުނިން ބުނެއެވެ.',
    'ދަތުރުކުރާ މީހުން ބުނީ، އައު ސަރވިސްއާއެކު ވަގުތު ސަލާމަތްވާނެ ކަމަށެވެ.',
  ].join('\n');
  const burmese = (name: string): string =>
    [
      'ပင်မ',
      'စီးပွားရေး',
      'ရန်ကုန်တွင် ဘတ်စ်ကားလိုင်းသစ် သုံးခု ဖွင့်',
      name,
      'ဒီဇင်ဘာ ၃၊ ၂၀၂၆',
      'ရန်ကုန်မြို့တွင် ဘတ်စ်ကားလိုင်းသစ် သုံးခုကို ဒီဇင်ဘာ ၂ ရက်က စတင် ပြေးဆွဲခဲ့ကြောင်း မြို့တော်စည်ပင်က ပြောသည်။',
      'လိုင်းသစ်များတွင် ဘတ်စ်ကား အစီး နှစ်ဆယ် ပြေးဆွဲမည်ဖြစ်ပြီး မိနစ် ဆယ်ငါးမိနစ်လျှင် တစ်စီး ထွက်မည်ဖြစ်သည်။',
      'ခရီးသည်များက လိုင်းသစ်ကြောင့် နေ့စဉ် ခရီးသွားချိန် တိုလာမည်ဟု ဆိုသည်။',
    ].join('\n');

  it('is the author: Dhivehi, and Burmese as one word', () => {
    expect(clean(dhivehi).metadata.byline).toBe('އާމިނަތު ޝަހުމާ');
    expect(clean(burmese('မြင့်မြတ်သူ')).metadata.byline).toBe('မြင့်မြတ်သူ');
  });

  it('is none in Burmese for the news section or two phrases', () => {
    expect(clean(burmese('သတင်း')).metadata.byline).toBeNull();
    expect(clean(burmese('ဓာတ်ပုံ ရန်ကုန်')).metadata.byline).toBeNull();
  });

  it('is none with a line between it and the headline or the date line, or signed by the newsroom', () => {
    // An outlet signs with two or three words too, between the name and the date line.
    expect(clean(malayalam('രമ്യ നായർ', 'മലയാള വാർത്ത', DATE)).metadata.byline).toBeNull();
    expect(clean(malayalam('Share', 'രമ്യ നായർ', DATE)).metadata.byline).toBeNull();
    // "Our own correspondent".
    expect(clean(malayalam('സ്വന്തം ലേഖകൻ', DATE)).metadata.byline).toBeNull();
  });
});

describe('a name in Devanagari right under the headline and over the date line', () => {
  const hindi = (name: string): string =>
    [
      'नगर समाचार',
      'होम',
      'देश',
      'शहर में नई बस सेवा शुरू, अब आधे घंटे में पहुंचेंगे स्टेशन',
      name,
      'भोपाल, 03 दिसंबर 2026,',
      'शहर में नई बस सेवा बुधवार से शुरू हो गई है। नई बसें हर पंद्रह मिनट पर चलेंगी और स्टेशन तक का सफर आधे घंटे में पूरा होगा।',
      'नगर निगम के अनुसार, पहले चरण में बीस नई बसें चलाई गई हैं और अगले महीने दस और बसें जोड़ी जाएंगी।',
      'यात्रियों ने कहा कि नई सेवा से रोज के सफर में काफी समय बचेगा।',
    ].join('\n');

  it("is the author, as Aaj Tak signs", () => {
    expect(clean(hindi('सुनीता वर्मा')).metadata.byline).toBe('सुनीता वर्मा');
  });

  it("is none when the newsroom, an agency or the site's masthead signs", () => {
    // The paper's correspondent (Loksatta's), PTI's Hindi service, the masthead over the menu.
    for (const signature of ['नगर प्रतिनिधी', 'पीटीआई भाषा', 'नगर समाचार']) expect(clean(hindi(signature)).metadata.byline, signature).toBeNull();
  });
});

describe("a name over a contributor's line for the outlet over the date line", () => {
  it('is the author', () => {
    // UOL sets "Colaboração para o UOL, em Curitiba" between its contributor's name and the date line.
    for (const note of ['Colaboração para o Diário, em Curitiba', 'Special to the Harbor City News']) {
      expect(clean(busFarePage('Lena Ortiz', note, 'Posted at Dec 04 2026 02:15 PM')).metadata.byline, note).toBe('Lena Ortiz');
    }
  });
});

describe('a name in Arabic script right under the headline and over the date line', () => {
  const urdu = (name: string): string =>
    [
      'شہر نامہ',
      'تازہ ترین',
      'کھیل',
      'لاہور میں نئی بس سروس شروع، کرایہ 40 روپے',
      name,
      '03 دسمبر ، 2026',
      'لاہور میں نئی بس سروس کا آغاز بدھ کے روز کر دیا گیا، پہلے مرحلے میں بیس بسیں شہر کی مختلف سڑکوں پر چلیں گی۔',
      'محکمہ ٹرانسپورٹ کے مطابق اگلے ماہ مزید دس بسیں سروس میں شامل کی جائیں گی۔',
      'شہریوں نے کہا کہ نئی سروس سے روزانہ کے سفر میں کافی وقت بچے گا۔',
    ].join('\n');

  it('is the author, as Jang signs', () => {
    expect(clean(urdu('سلمان حیدر')).metadata.byline).toBe('سلمان حیدر');
  });

  it("is none when the desk or the site's masthead signs", () => {
    for (const signature of ['ویب ڈیسک', 'شہر نامہ']) expect(clean(urdu(signature)).metadata.byline, signature).toBeNull();
  });
});

// Tolo's Pashto pages set the name under the date line right under the headline: it had been a section label.
describe('a name in Arabic script right under a date line right under the headline', () => {
  const pashto = (...header: string[]): string =>
    [
      'ښار خبرونه',
      'کور',
      'ورزش',
      'په جلال آباد کې نوې کتابتون پرانیستل شو',
      ...header,
      'شریکول',
      'د ننګرهار ولایت په جلال آباد ښار کې یو نوی عامه کتابتون نن پرانیستل شو او په کې شاوخوا لس زره کتابونه ایښودل شوي دي.',
      'د ولایت د اطلاعاتو او فرهنګ ریاست مسؤلینو ویلي چې کتابتون به هره ورځ د سهار له اتو بجو تر ماښام پورې خلاص وي.',
      'سیمه‌ییزو زده کوونکو له دې کار هرکلی کړی دی.',
    ].join('\n');
  const DATE = '03 دسمبر ، 2026';

  it('is the author', () => {
    expect(clean(pashto(DATE, 'نصیر احمد شینواری')).metadata.byline).toBe('نصیر احمد شینواری');
  });

  it('is none when the page gives the line above the headline too, or a line stands between the headline and the date line', () => {
    expect(clean(pashto(DATE, 'ښار خبرونه')).metadata.byline).toBeNull();
    expect(clean(pashto('کابل', DATE, 'نصیر احمد شینواری')).metadata.byline).toBeNull();
  });
});

describe("a name, a comma and the outlet it writes for, next to the date line", () => {
  const page = busFarePage;

  it('is the author, and the outlet the source', () => {
    // ABS-CBN signs "Maria Clara Santos, ABS-CBN News" over its date line: the story had no author.
    for (const [byline, outlet] of [['Lena Ortiz', 'Harbor City News'], ['Derrik J. Vance', 'THE ASSOCIATED PRESS']]) {
      const { metadata } = clean(page(`${byline}, ${outlet}`, 'Posted at Dec 04 2026 02:15 PM'));
      expect(metadata.byline, byline).toBe(byline);
      expect(metadata.source, byline).not.toBeNull();
    }
  });

  it('is none away from the date line', () => {
    expect(clean(page('Lena Ortiz, Harbor City News', 'Share', 'Posted at Dec 04 2026 02:15 PM')).metadata.byline).toBeNull();
  });

  // One word after the comma is the place written from right over the date line (none until then): no outlet.
  it('gives the name alone and no source when the part after the comma is a place', () => {
    expect(clean(page('Lena Ortiz, Manila', 'Posted at Dec 04 2026 02:15 PM')).metadata).toMatchObject({ byline: 'Lena Ortiz', source: null });
  });

  // Canwest's papers and Business Insider sign so with outlets no list knows; the stories had had no author.
  it.each([
    ['Erin Haddow, Burnaby Now', 'Erin Haddow', null],
    ['Tim Shore, Canwest News Service; Ottawa Citizen', 'Tim Shore', null],
    ['Tanya Lowe, Business Insider', 'Tanya Lowe', null],
    // A paper named with "The" is the byline's outlet (signed-bylines.ts isNamedWithThe), the source.
    ['Jason Birch, The Province', 'Jason Birch', 'The Province'],
    // A bureau's chief is a reporter's job title (metadata/names.ts JOB_TITLE_ROLE).
    ['Robert Pine, CTV Ottawa Bureau Chief', 'Robert Pine', null],
  ])('is the author when the outlet after the comma is one no list knows: "%s"', (line, byline, source) => {
    expect(clean(page(line, 'Published: Thursday, December 03, 2026')).metadata).toMatchObject({ byline, source });
  });

  it("is none for a place's or a picture's credit after the comma", () => {
    for (const line of ['Lena Ortiz, New York', 'Lena Ortiz, Getty Images']) {
      expect(clean(page(line, 'Published: Thursday, December 03, 2026')).metadata.byline, line).toBeNull();
    }
  });
});

// LSM signs "Name (LSM.lv Ziņu redakcija)" over its date line, the newsroom in brackets: the line had no name's shape,
// and the story no author.
describe('a name and its newsroom or job title in brackets, next to the date line', () => {
  it.each([
    ['Lena Ortiz (Ostas.lv Ziņu redakcija)', 'Lena Ortiz'],
    ['Lena Ortiz (Redacción Cali)', 'Lena Ortiz'],
    ['Lena Ortiz (Staff Writer)', 'Lena Ortiz'],
  ])('"%s": the name is the author', (line, byline) => {
    expect(clean(busFarePage(line, '5. decembris, 2026 09:14')).metadata.byline).toBe(byline);
  });

  it('is none for an agency in the brackets, as often a picture\'s credit', () => {
    expect(clean(busFarePage('Lena Ortiz (AP)', '5. decembris, 2026 09:14')).metadata.byline).toBeNull();
  });
});

// Medium sets its author's follow button, the publication's box, the reading time and separators between the name and
// the date line: more than the two notes crossed before, and the story had no author.
describe("a blog's author over its follow button, publication and reading time", () => {
  const story =
    'The Riverside Transit Authority will add four trams to the Green Line by June, cutting the wait between trams to six minutes at peak hours.\n\nThe line between Old Town and the airport runs with nine trams today, and commuters have complained of crowded cars.\n\nThe first of the new trams reached the depot last week and is being tested, the authority’s director said.';
  const page = (header: string[]) => ['Riverside to get four more trams by June', ...header, '', story, ''].join('\n');

  it.each([
    [['Maya Patel', 'Follow', '6 min read', '·', 'Dec 4, 2026']],
    [['Maya Patel', 'Follow', 'Published in', 'City Transit', '·', '6 min read', '·', 'Dec 4, 2026']],
    [['Maya Patel', 'Follow', 'Published in City Transit', '6 min read', '·', 'Dec 4, 2026']],
  ])('is the byline (%#)', (header) => {
    expect(clean(page(header)).metadata).toMatchObject({ byline: 'Maya Patel', date: '2026-12-04' });
  });

  it('the publication under its label is no author', () => {
    expect(clean(page(['Published in', 'City Transit', '6 min read', '·', 'Dec 4, 2026'])).metadata.byline).toBeNull();
  });
});

// Bloomberg's stories syndicated on Yahoo sign with the names alone over the date line, joined as a byline joins them.
describe('names joined alone over the date line', () => {
  const page = (names: string) => busFarePage(names, 'Fri, December 4, 2026 at 6:15 AM GMT+1', '3 min read');

  it.each(['Jane Doe and John Roe', 'Jane Doe, John Roe and Ann Poe', 'Jane Doe & John Roe'])('"%s" is the byline', (names) => {
    expect(clean(page(names)).metadata.byline).toBe(names);
  });

  it.each(['The Hague and New York', 'Oil, Gas and Power'])('"%s" is none', (names) => {
    expect(clean(page(names)).metadata.byline).toBeNull();
  });
});

describe("a wire story's dateline under a playlist of videos' titles", () => {
  const page = (lede: string): string =>
    [
      'Markets',
      'Ferry operator warns of a winter of delays as fuel costs climb',
      '',
      'By Lena Hart, CNN Business',
      '',
      'Updated 0412 GMT (1212 HKT) December 4, 2026',
      '',
      'Port workers vote to strike over new shift rules',
      'Why shipping rates keep falling this year',
      'Inside the race to build electric ferries',
      'What a weaker yen means for tourists',
      '',
      lede,
      '',
      'Shares of the operator fell 4% in early trading after it said crossings would be cut by a fifth through February.',
      '',
      'The company blamed fuel costs that have risen for six straight months.',
      '',
    ].join('\n');

  it("opens the body at the dateline, under the playlist's last title, and the dateline names the source", () => {
    // The last title had opened the body, and the dateline under it gave no source.
    const cleaned = clean(page('Hong Kong (CNN Business)Ferry passengers in Asia face a winter of delays, an operator warned on Thursday.'));
    expect(cleaned.body.startsWith('Hong Kong (CNN Business)Ferry passengers')).toBe(true);
    expect(cleaned.metadata.source).toBe('CNN Business');
  });

  it("moves past a headline over the dateline, not a link's address (it would be taken for the title) nor over a lede with none", () => {
    const lines = (...texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'of'])));
    const lede = 'NEW YORK (AP) - Ferry passengers face a winter of delays, an operator warned on Thursday.';
    expect(wireLedeStart(lines('What a weaker yen means for tourists', lede), 0)).toBe(1);
    expect(wireLedeStart(lines('http://www.harbourwire.com/news/ferries', lede), 0)).toBe(0);
    expect(wireLedeStart(lines('What a weaker yen means for tourists', 'Ferry passengers face a winter of delays, an operator warned on Thursday.'), 0)).toBe(0);
    // The desk's notes and the author's names are the metadata rules'.
    const notes = ['(Recasts, adds analyst comment, share price)', '(In paragraph 4, corrects name of ferry operator)', 'Corrects day of week in first paragraph'];
    for (const over of [...notes, 'by Lena Hart', 'Lena Hart and Tom Okafor']) expect(wireLedeStart(lines(over, lede), 0), over).toBe(0);
  });
});

// The Oregonian's review header sets the critic's name in capitals under the date line, over the staff title.
describe('a name under the date line over its job title', () => {
  const page = (...header: string[]) =>
    [
      'Monster movie shakes the city, and the box office',
      'Friday, January 18, 2026',
      ...header,
      'The monster arrives twenty minutes in, and from then on the film never lets the audience catch its breath.',
      'Shot as if on a camcorder by the partygoers, it turns a familiar story into something close and frightening.',
      'It runs a lean 85 minutes, and the effects hold up even on the small screen.',
    ].join('\n');

  it('is the byline', () => {
    expect(clean(page('DANA COLE', 'The Courier Staff')).metadata.byline).toBe('DANA COLE');
  });

  it('is none in capitals without the job title under it', () => {
    expect(clean(page('ROYAL VISIT')).metadata.byline).toBeNull();
  });
});

// The Times Union sets the author's name in capitals between the headline and the date line, no label nor job title:
// the name had been a section label.
describe('a name in capitals between the headline and the date line', () => {
  const DATE_LINE = 'Dec. 4, 2026Updated: Dec. 4, 2026 1:35 a.m.';

  it('is the author', () => {
    const cleaned = clean(busFarePage('TESSA QUIRINO', DATE_LINE));
    expect(cleaned.metadata.byline).toBe('TESSA QUIRINO');
    expect(cleaned.removedLines.find((line) => line.text === 'TESSA QUIRINO')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none for words the story writes in lower case (a kicker), or away from the headline', () => {
    expect(clean(busFarePage('BUS FARES', DATE_LINE)).metadata.byline).toBeNull();
    expect(clean(busFarePage('Photo gallery', 'TESSA QUIRINO', DATE_LINE)).metadata.byline).toBeNull();
  });
});

// Nikkei Asia signs over its date line with the name in capitals, a comma and the outlet's staff role: the line had
// been page text, and the story had no author.
describe('a name in capitals, a comma and its job title over the date line', () => {
  const page = (signature: string) => busFarePage('A bus leaves the central depot on Thursday. (Photo by Rory Kestrel)', signature, 'December 4, 2026 05:32 JST');

  it.each(['PRIYA NAIRTON, Harbour staff writer', 'TOM O. ELLIS, Harbour Times senior correspondent'])('is the author: "%s"', (signature) => {
    const cleaned = clean(page(signature));
    expect(cleaned.metadata.byline).toBe(signature.slice(0, signature.indexOf(',')));
    expect(cleaned.removedLines.find((line) => line.text === signature)).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none for a menu\'s words in capitals before the job title', () => {
    expect(clean(page('MOST READ, Harbour staff writer')).metadata.byline).toBeNull();
  });
});

/** A short story's page: the lines over its text given (a header), then three paragraphs on harbour seals. */
const sealsPage = (...top: string[]): string =>
  [
    ...top,
    '',
    'Harbour seals have returned to breed on the estuary for the first time in forty years, wardens said on Monday.',
    '',
    'Twelve pups were counted on the sandbanks this autumn, and the wardens expect more next year as the fish return.',
    '',
    'The estuary was cleaned up in the nineties, when the last of the paper mills upstream closed.',
    '',
  ].join('\n');
const SEALS_HEADLINE = 'Harbour seals return to the estuary after forty years';

// Gizmodo stamps a story of this week with its weekday and time alone under the author's name ("Monday 5:30PM"),
// no date: the name had been a section label, and the story had no author.
describe("an author's name over a weekday's time stamp", () => {
  const page = (name: string, stamp: string): string => sealsPage('SCIENCE', SEALS_HEADLINE, name, stamp, '•', 'Filed to:', 'WILDLIFE');

  it.each(['Monday 5:30PM', 'Friday 11:40 AM', 'Tue 9:05am'])('is the author over "%s"', (stamp) => {
    const cleaned = clean(page('Nadia Farouk', stamp));
    expect(cleaned.metadata.byline).toBe('Nadia Farouk');
    expect(cleaned.removedLines.find((line) => line.text === 'Nadia Farouk')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  it('is none over a weekday alone, or for a line that is no name', () => {
    expect(clean(page('Nadia Farouk', 'Monday')).metadata.byline).toBeNull();
    expect(clean(page('Live updates', 'Monday 5:30PM')).metadata.byline).toBeNull();
  });
});

// Wired sets the section's label between the author's name and the date line ("Molly Fenn" over "Ideas" over
// "11.14.2019 09:00 AM"), a regional page the place written from ("Tom Harker" over "Leeds"): the name had been a section label.
describe("an author's name over one word over the date line", () => {
  const page = (...header: string[]): string => sealsPage('Science', 'Business', ...header, SEALS_HEADLINE);

  // Wired's sections, a place, Ara's city, News24's one-word masthead: the author had been unfound.
  it.each(['Ideas', 'BUSINESS', 'Politics', 'Leeds', 'Barcelona', 'News24'])('is the author over "%s"', (label) => {
    const cleaned = clean(page('Nadia Farouk', label, '11.14.2026 09:00 AM'));
    expect(cleaned.metadata).toMatchObject({ byline: 'Nadia Farouk', title: SEALS_HEADLINE });
    expect(cleaned.removedLines.find((line) => line.text === 'Nadia Farouk')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  // La Vanguardia sets the place written from in words of its own language, with the photographer's credit over the author's name.
  // Listín Diario sets the place with its country's code ("Santo Domingo, RD"), as US pages their state's.
  it.each(['El Prat de Llobregat', "L'Hospitalet de Llobregat", 'New York', 'Santo Domingo, RD', 'Wichita, KS'])('is the author over a place of more words: "%s"', (place) => {
    const cleaned = clean(page('Pau Lindqvist', 'Nadia Farouk', place, '11.14.2026 09:00 AM'));
    expect(cleaned.metadata.byline).toBe('Nadia Farouk');
    expect(cleaned.removedLines.find((line) => line.text === 'Nadia Farouk')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  // Galician and Spanish papers set the place written from or the newsroom and the paper's short name, parted by a slash ("A CORUÑA / LA
  // VOZ", "Redacción / La Voz"): the author over it had been a section label.
  it.each(['Redacción / El Faro', 'PORTO NOVO / O FARO', 'Santiago / La Voz'])('is the author over a place or a newsroom and the paper: "%s"', (desk) => {
    const cleaned = clean(page('Pau Lindqvist', 'Nadia Farouk', desk, '11.14.2026 09:00 AM'));
    expect(cleaned.metadata.byline).toBe('Nadia Farouk');
    expect(cleaned.removedLines.find((line) => line.text === 'Nadia Farouk')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  // A sign-up button parts a menu's item from the date line: Axios's masthead "Axios Denver" over "Subscribe" had been the author.
  it.each(['Subscribe', 'Register'])('is none over "%s", a sign-up button', (label) => {
    expect(clean(page('Nadia Farouk', label, '11.14.2026 09:00 AM')).metadata.byline).toBeNull();
  });

  it('is none over two such lines, over a job title, or under the date line', () => {
    expect(clean(page('Nadia Farouk', 'Ideas', 'Leeds', '11.14.2026 09:00 AM')).metadata.byline).toBeNull();
    expect(clean(page('Nadia Farouk', 'Science Reporter', 'Ideas', '11.14.2026 09:00 AM')).metadata.byline).toBeNull();
    expect(clean(page('11.14.2026 09:00 AM', 'Ideas', 'Nadia Farouk')).metadata.byline).toBeNull();
  });
});

describe("a date set as a calendar's leaf, its month, day and year on lines of their own", () => {
  const leaf = (date: readonly string[]): string =>
    [
      'Harbour World News', 'Home', 'World', 'Asia', ...date,
      "'Heavy rain' floods the lagoon villages\t| Print |\t E-mail", 'World', 'By Agencies', '',
      'Heavy rain has flooded six villages around the lagoon, forcing about 2,000 people from their homes, officials said on Thursday.',
      '', 'The district office said boats had been sent to carry the elderly and the sick to a school on higher ground.',
      '', 'More rain is expected over the weekend, and the weather office has warned that the river may burst its banks.',
    ].join('\n');

  it('dates the story', () => {
    // A Joomla theme's leaf over the headline: the story had been undated.
    expect(clean(leaf(['Dec', '3', '2026'])).metadata.date).toBe('2026-12-03');
    expect(clean(leaf(['3', 'December', '2026'])).metadata.date).toBe('2026-12-03');
  });

  it('is no date with a line of other words between, or a figure no day', () => {
    expect(clean(leaf(['Dec', '3', 'Archive', '2026'])).metadata.date).toBeNull();
    expect(clean(leaf(['Dec', '33', '2026'])).metadata.date).toBeNull();
  });
});

describe("the story's first paragraph under the outlet's name signing it, a list between it and the rest", () => {
  const budgetPage = (credit: string): string =>
    [
      'Harbour Courier', 'Home', 'News', 'Sport',
      'Harbour council sets 2027 budget at $84 million', 'December 2, 2026', credit,
      "Harbour Courier – Mayor Ellen Drossos on Tuesday presented an $84 million budget for 2027 to the town council, the largest in the town's history.",
      "The budget is 9 per cent larger than this year's, and rates will rise by 3.1 per cent.",
      'Main items:', 'Roads – $21 million', 'Water – $14 million', 'Parks – $6 million', 'Library – $3 million', 'Harbour works – $9 million', 'Waste – $5 million',
      'The mayor said the rates rebate for pensioners would rise from $250 to $300 a year.',
      'Parking fees rise to $4 an hour.',
      'Councillor Tom Vasquez said the budget "leaves the east side behind" and called for a new bus route.',
      'The council votes on the budget on Thursday.',
      'Share this:', 'Related', 'Copyright © 2026 Harbour Courier. All Rights Reserved.',
    ].join('\n');

  it('opens the body, the list kept, as under a byline', () => {
    for (const credit of ['Harbour Courier', 'By Ellen Park']) {
      const { body } = clean(budgetPage(credit));
      expect(body.startsWith('Harbour Courier – Mayor Ellen Drossos'), credit).toBe(true);
      expect(body, credit).toContain('Main items:\n\nRoads – $21 million');
      expect(body, credit).toContain('Waste – $5 million');
    }
  });
});
