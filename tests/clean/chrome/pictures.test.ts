import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAgedCaption, isCreditUnderCaption, isGalleryPrompt, isPictureCredit, isUnderCaptionButton } from '../../../src/clean/chrome/pictures.js';
import { describeLine } from '../../../src/clean/lines.js';
import { describeLineTest, line, pageLines, PROSE, STOPWORDS } from '../line-cases.js';

describe('isPictureCredit', () => {
  const credit = (text: string): boolean => isPictureCredit(line(text));

  it("takes an agency's caption naming where its subject stands in the picture, not a politician's party in a sentence", () => {
    for (const text of [
      "Harbour City's Jane Doe (R) clashes with Riverton's Tom Roe during their cup semi-final at Union Park in Leeds. A late own goal gave Harbour City a 2-1 win.",
      'Mayor Ana Ruiz (2nd L) listens to residents at a meeting in Riverton, December 4.',
      'Riverton goalkeeper Sam Okafor (C) celebrates with his team-mates at Union Park.',
    ]) expect(credit(text), text).toBe(true);
    for (const text of [
      'Sen. Jane Doe (R) voted against the bill in committee on Tuesday.',
      'Rep. Tom Roe (R) says the plan would cost jobs in his district.',
      'Gov. Ana Ruiz (D) signed the budget at the state capitol in Salem.',
    ]) expect(credit(text), text).toBe(false);
  });

  it('takes a staff photographer\'s credit alone on its line ("Wen Li Chao/Globe Staff"), not a menu\'s pair of sections', () => {
    for (const text of ['Wen Li Chao/Globe Staff', 'Jane Doe / Herald Staff Photographer', 'Mark Ruiz/Courier Contributor']) expect(credit(text), text).toBe(true);
    for (const text of ['Emergency Services/Armed Forces', 'Call Center/CRM', 'Privacy Policy/Your California Privacy Rights', 'Harbour Staff/Volunteers']) expect(credit(text), text).toBe(false);
  });

  it.each([
    'Photo: Maria Lopez, AP',
    'The mayor opens the bridge on Tuesday. (AP Photo/Tom Reed, File)',
    'Image copyright Getty Images',
    'Image caption The bridge was closed for six months',
    'Crowds gathered by the river (Image: GETTY)',
    'Photo by Sam Hill/Getty Images',
    'A model of the new station. Credit: City Council',
    'Rescue workers on the quay. Tom Reed / Reuters',
    'Foto: Anna Becker',
    'Image source, EPA',
    'Image caption, The turbines off Great Yarmouth were built in 2012 and will be replaced within ten years.',
    'Media caption, The minister spoke to reporters outside Downing Street',
    // The BBC's label run into its caption: it had opened the body.
    'Media captionWho is the new harbour master?',
    'Image captionThe bridge was closed for six months',
    'Photos: AP',
    'Photo: AFP via Getty Images',
    'Photo: courtesy of the family',
    // Its label in title case, after the caption's bar, as The Hindu sets it: the caption had been the title.
    'Commuters wait for a train at the Electronic City station in Bengaluru. File | Photo Credit: K. MURALI KUMAR',
    'Image Credit: Supplied',
    // Who lent the picture, alone or after its caption.
    'Courtesy of NASA',
    'Photo courtesy of the Smith family',
    '(Courtesy of Jane Doe)',
    'The couple on their wedding day in 1962. Courtesy of the family',
    'Pictures: Jane Doe for The Guardian',
    'Photos: Firefighters tackle the blaze on the roof of the mill.',
    'Image: The minister has agreed a deal to build the bridge',
    // A caption, the credit in brackets after it: photographer and outlet, or agency and photographer.
    'Volunteers fill sandbags on Mill Lane on Tuesday. (Ben Ashworth/The River Times)',
    'The minister leaves Downing Street after the vote. (Reuters/Dana Whitfield)',
    'Fans queue outside the stadium before the final (AFP/Getty)',
    // An agency after a slash, then the credit's own words or the caption going on.
    'The senator speaks to reporters at the Capitol. Maria K. Lane / AP file',
    'Workers clear the road near the dam. Tom Reed/Reuters photo',
    'Dan Hill / AFP via Getty Images',
    'Tom Reed/Reuters Residents wait for buses outside the station on Monday.',
    // Tuổi Trẻ's label after its caption and a spaced dash, ERR's Estonian "author/source".
    'Xe buýt điện chạy thử trên đường Nguyễn Huệ - Ảnh: HỮU HẠNH',
    'Pärnu uus bussijaam. Autor/allikas: Mari Kask/ERR',
    // Other languages' labels: the Polish one had been the body's first paragraph.
    'Fot. Andrzej Nowak / Polska Press',
    'Zdjęcie: Anna Wiśniewska',
    'Imagem: Reprodução/Instagram',
    'Fotoğraf: AA',
    'Фото: Иван Петров / ТАСС',
    // Kazakh's "picture" (Egemen Qazaqstan's credit had stayed between the paragraphs).
    'Сурет: аудан әкімдігінің баспасөз қызметі',
    // Maltese, Faroese, Breton and Mongolian labels, and a Kannada paper's label after its name.
    'Ritratt: Kunsill Lokali tal-Belt',
    'Mynd: Jógvan Poulsen',
    "Luc'hskeudenn: Ti-kêr Gwened",
    'Зураг: Дүүргийн Засаг даргын Тамгын газар',
    'ವಿಜಯನಗರ ಪತ್ರಿಕೆ ಚಿತ್ರ',
    // Assamese's and Bengali's "photo", Kurmanji's.
    'ফটো: বৰুৱা ষ্টুডিঅ\'',
    'Wêne: Rojda Kaya / MA',
    // Hungarian's and Croatian's, which a paper's credit to itself used first (site-notice.ts).
    'Fotó: Szabó Réka',
    'Fotografija: Ivana Horvatić / Harbour Press',
    // Kinyarwanda's "photos" over a gallery's photographers and a caption's "photo".
    'Amafoto: Mugisha Eric & Uwase Claudine',
    'Abanyeshuri basura ikigo cy’ubushakashatsi i Rubona (Ifoto: Ikinyamakuru Umucyo)',
    // t-online's credit labelled "Quelle" in its bracket, the agency on either side of the slash.
    'Eine Straßenbahn am Neumarkt (Archivbild): Die Strecke ist zwei Kilometer lang. (Quelle: Jonas Feldrich/imago)',
    'Der Bürgermeister bei der Eröffnung. (Quelle: IMAGO/Lena Hartwig)',
    'Ein Zug im Hauptbahnhof (Symbolbild). (Quelle: Rolf Amsel/dpa)',
    // WELT's credit alone under its caption, an agency and a photographer.
    'Quelle: picture alliance/Jonas Feldrich',
    'Quelle: picture alliance/dpa/Jonas Feldrich',
    // Labels in scripts without case: Independent Urdu's caption had been the first paragraph.
    'کراچی میں اسٹیٹ بینک آف پاکستان کی عمارت (فائل فوٹو: اے ایف پی)',
    'لاہور میں بارش کے بعد سڑک کا منظر (تصویر: رائٹرز)',
    'متظاهرون أمام مبنى البرلمان في بغداد (صورة: رويترز)',
    'दिल्ली में बारिश के बाद जलभराव (फोटो: पीटीआई)',
    // Indian languages' labels: Manorama's Malayalam caption had been the body's first paragraph.
    'കൊച്ചി മെട്രോ ട്രെയിൻ ആലുവ സ്റ്റേഷനിൽ. ചിത്രം: ജോസ്കുട്ടി പനയ്ക്കൽ ∙ മനോരമ',
    'சென்னை மெரினா கடற்கரை. படம்: ம.பிரபு',
    'ছবি: প্রথম আলো',
    // Burmese, Lao, Khmer (its colon "៖") and Romansh labels, the Burmese label and credit parted by a dash in brackets.
    'ရန်ကုန်မြို့ရှိ ဈေးတစ်ခု။ (ဓာတ်ပုံ - မြန်မာ့အလင်း)',
    'ພາບ: ຂ່າວສານ',
    'រូបភាព៖ ផ្សារថ្មី',
    'La staziun nova a Cuira. (Maletg: Gion Caduff)',
    // Armenian's label, its separator the Armenian comma (a tester's page had opened its body with the credit).
    'Լուսանկարը՝ Գյումրիի քաղաքապետարանի',
    'Լուսանկարը: Արամ Պետրոսյան',
    // A credit glued to the caption's full stop, as NBC's pages scrape them.
    'Smoke rises from the derailment site near Fremont, Ohio, on Thursday.WTOL',
    'A bank\'s logo is displayed outside its branch in Harbour City.Reuters',
    'Firefighters work on the roof of the mill on Monday.KTLA 5',
    'Fans queue outside the stadium before the final.Jane Doe/Getty Images',
    // The New York Times' labelled credit run on after the caption (the caption had been a page's title).
    'Volunteers stack sandbags along the river wall on Sunday.Credit...Odile Marsh for The New York Times',
    'The old terminal will close in March.Credit…Pavel Renner/Associated Press',
    // The credit run on after the caption's full stop and a space, no label: a masthead no list names after
    // the slash, as Business Insider credits its pictures, or the outlet after a comma, as USA TODAY's papers do.
    'A converted warehouse in Harbour City now holds 12 climbing walls. Odile Marsh/Harbour Insider',
    'Commuters crowd the platform at Union Station on Monday morning. Pavel Renner, USA TODAY',
    'Crews clear snow from the runway before dawn. Reuters/Jane Doe',
    // A photographer's name alone glued on (headlines.ts had a test of its own that took it).
    'Smoke rises from the burning barge near Marietta, Ohio, on Thursday.Dale Pruitt',
    // The credit after a quote's closing mark, the line's last sentence mark (isGluedCredit looks there first).
    'Protesters outside the city hall chanted "Go home!"Reuters',
    // A credit alone, no label: a photographer and the outlet or agencies, or a stock agency.
    'Hal Brenner/The New York Times',
    'Reuters/Jane Doe',
    'J. Corwin Ashdale / AP',
    'Mirae Sohn/Bloomberg/Getty Images',
    // A masthead's words joined by a hyphen (a gallery's credits had stayed as its text).
    'Callie Vos/Sun-Times',
    'Ren Oduya / Post-Gazette',
    // An outlet or picture desk in capitals no list names (the credit had been a page's title).
    'Jane K. Doe/HARBORMEDIA',
    'Tom Reed/VALLEY-HERALD',
    'Getty Images',
    'AFP via Getty Images',
    'Getty Images for Netflix',
    'Photo illustration by Jane Doe',
    // A stock agency's name alone, as Forbes sets "GETTY" under each caption.
    'GETTY',
    'Shutterstock',
    'AFP/Getty Images',
    // Forbes' caption cut off with its expander.
    'Not every pillow is filled with down. If you wake up sneezing, try a washable one that ... [+]',
    'The new ferry terminal at Harbour Quay, which opened in May after two years of delays and … [+]',
    // An agency's photo credit: in brackets, before the photographer's slash, or closing the caption.
    'Flood water fills the square on Monday. (Reuters Photo)',
    'Flood water fills the square on Monday. AP Photo/Tom Reed',
    'Flood water fills the square on Monday. AFP Photo',
    // The agency alone in square brackets closing the caption, as Al Jazeera sets it.
    'Rescue teams search the rubble of the market in the north of the city [EPA]',
    // A Japanese newspaper's caption: what the picture shows = where, when or by whom.
    '敦賀駅に停車する北陸新幹線の車両=福井県敦賀市',
    '記者会見する社長＝3日、東京都千代田区、山田太郎撮影',
    '新製品を発表する担当者＝同社提供',
    '演説する大統領＝ロイター',
  ])('takes "%s" for a caption or credit', (text) => {
    expect(credit(text)).toBe(true);
  });

  it.each([
    // Japanese headlines and sentences with an equals sign: a rate, a sentence's end.
    '円相場、1ドル=155円台に下落',
    '日経平均＝終値は3日続伸、半導体株が上昇',
    '会見した社長は「値上げは避けられない」と述べた＝東京都千代田区。',
    'The photo by the river was taken in the spring.',
    'Fot. 3 pokazuje most przed remontem.',
    'Images of the flood were shared widely on Monday.',
    'Photographers waited outside the court all day.',
    // A glued credit is the line's end: a sentence mark after it makes a sentence of it.
    'Smoke rises from the derailment site near Fremont, Ohio, on Thursday.WTOL reported it first.',
    'The credit union said its members would not be affected.',
    // The word "Credit" after a sentence with a space, or with no label's dots: a sentence goes on.
    'The bank raised its rates. Credit... Card holders will pay more from June.',
    'Lenders tightened their terms in May.Credit was harder to find all summer.',
    'The image source, a leaked memo, was never named.',
    // A gallery's headline under the label.
    'Photos: Thousands turn out for city marathon in the rain',
    'Pictures: Lantern festival lights up the old town',
    // A source of figures closing a paragraph, labelled as t-online labels its credits.
    'Die Arbeitslosenquote lag im November bei 5,9 Prozent. (Quelle: Bundesagentur für Arbeit)',
    'Die Preise stiegen um 2,3 Prozent. (Quelle: Statistisches Bundesamt/Destatis)',
    'Ein Sprecher bestätigte den Unfall. (Quelle: dpa)',
    // An agency's regional desk, no photographer.
    'Quelle: dpa/lnw',
    // Brackets with a slash that credit no picture.
    'Inflation rose to 3.1% in the year to March (year/year).',
    'The deal was first reported in 2019 (see below/above).',
    // A poll's credit closing a paragraph: two organisations, no photographer.
    'Support for the plan fell to 38 percent in November, its lowest level this year (Reuters/Ipsos)',
    'Four in ten voters said prices were their main worry, up from a quarter in the spring. (CBS/YouGov)',
    // A poll named by its two organisations, the agency after the slash, in the running text.
    'Support for the plan fell to 38 percent in November, an Ipsos/Reuters poll found on Tuesday.',
    'A YouGov/AP survey of 1,200 adults showed most voters wanted the bridge rebuilt.',
    // A stock agency named in a sentence, as its subject or its object.
    'Getty Images said on Monday it would cut 200 jobs after a fall in sales.',
    'The photo agency Getty Images, which is based in Seattle, was sold in 2018.',
    'Shutterstock shares rose 5% on Tuesday',
    'The archive was bought last year by Getty Images.',
    // The agency as a company, in a wire story's headline and its first paragraph.
    'Harbour Capital to buy Getty Images for $1.8 bln',
    // Closing a headline after a word in lower case that is no credit's.
    'Buyout group to acquire Getty Images',
    'Media investor agrees to buy Shutterstock',
    'SEATTLE (Wire) - Getty Images Inc told investors on Tuesday that a buyout group had offered $1.8 billion for the whole company.',
    // A news agency or a word that names other things alone: the story's source, a heading.
    'Reuters',
    'Pool',
    'EPA',
    'Press the [+] button to expand the caption, the help page says.',
    'A spokesman told the agency [AFP] on Monday that the talks would resume next week.',
    // Slashes between names that credit no picture: two people, two organisations, menu words.
    'Jane Doe/John Roe',
    'Reuters/Ipsos Poll Shows Voters Split',
    'Register / Log In',
    'Press/Media Center',
    // A menu's words over a short acronym.
    'Call Center/CRM',
    'News Feeds/RSS',
    // A sentence opening with "Courtesy of": a clause or another sentence goes on after the name.
    'Courtesy of a £2 million grant from the lottery fund, the museum will reopen its east wing in May.',
    'Courtesy of Netflix, the series returns for a third season in March.',
    'Courtesy of the rain. The match was called off at half-time.',
    'Log-In/Sign-Up',
    'Jane Doe/Left-Wing',
    // An agency's photo named in a sentence that goes on after it.
    'The picture, an AP Photo taken by a freelance photographer in 1972, was sold at auction on Friday.',
    'Reuters Photo editors chose it as one of the pictures of the year.',
    // A picture named in a sentence of a script without case, no label's colon after it.
    'پولیس نے کہا کہ تصویر میں نظر آنے والے شخص کی شناخت کر لی گئی ہے۔',
    // Kazakh's "picture" opening a sentence, no colon after it.
    'Сурет көрмесі сенбіде облыстық мұражайда ашылады.',
    // The Kannada label closing a sentence ("his new film.") or opening one: no credit alone on its line.
    'ಅವರ ಹೊಸ ಚಿತ್ರ.',
    'ಚಿತ್ರ ಪ್ರದರ್ಶನ ಸೋಮವಾರ ಆರಂಭವಾಗಲಿದೆ',
    // A paragraph's last sentence after its full stop: names joined by "and", a poll's two organisations, a place after a
    // comma, a section's menu pair.
    'The club signed two new players on Friday. Other new signings include Tom Reed, Sam Hill and Ana Ruiz.',
    'Most voters back the plan, the survey found. Reuters/Ipsos',
    'Letters to the editor can be sent by post. Jane Doe, Riverton',
    'The station reopens after repairs in spring. Travel/Weather',
    // Romansh "maletg" and a label's dash in a sentence, no bracket closing the line on the credit.
    'Ella ha pitturà in maletg da la vischnanca.',
    'The council published a map (Image - see below) of the new routes on Monday.',
    // Sentences glued to a sentence or a button, no credit after the full stop.
    'Cheap calls and text across Australia.Click Here',
    'I would be interested in a dealership at fifty miles a gallon.Good luck peace danny',
    'The council said the bridge would open in May.The Mayor Said So',
    'The plan was approved by the board on Tuesday.READ MORE',
    'Every small business lives by the laws of cash flow, just like a big one.Click To Tweet',
    "We'll assume you're ok with this, but you can opt-out if you wish.Accept Read More",
  ])('does not take the prose "%s" for a credit', (text) => {
    expect(credit(text)).toBe(false);
  });

  it('takes no sentence glued to a caption for its credit: a capitalised word, then small words', () => {
    const word = fc.constantFrom('council', 'said', 'bridge', 'would', 'open', 'in', 'may', 'the', 'river', 'reporters', 'waited');
    const opener = fc.constantFrom('The', 'Reuters', 'Officials', 'WTOL', 'It', 'Getty', 'Residents', 'AP');
    fc.assert(
      fc.property(opener, fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '', '!'), (first, rest, end) => {
        const text = `Smoke rises from the derailment site near Fremont on Thursday.${[first, ...rest].join(' ')}${end}`;
        expect(credit(text)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves paragraphs longer than any caption alone', () => {
    expect(credit(`${'The council met again to discuss the bridge and the toll. '.repeat(7)}Photo: Maria Lopez`)).toBe(false);
  });
});

// A mobile page's gallery sets its prompt between two paragraphs: it had stayed in the body.
describeLineTest(
  "isGalleryPrompt: a gallery's prompt to go through its pictures",
  isGalleryPrompt,
  ['Swipe for more photos', 'Swipe left for more photos', 'Click here to see more images', 'Tap to view gallery', 'View Gallery', 'See all 12 photos', 'Open the photo gallery »'],
  ['See the photos of the flood damage here.', 'View more photos of the pier on our website', 'Swipe', 'Photo gallery', 'Scroll down for the full story'],
);

describe('isCreditUnderCaption', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const caption = 'Nurses rally at the Capitol in Harbour City, Wednesday, Oct. 12, 2022, calling for more staff on wards.';

  // The spaces around the comma as a scraper may leave them (the credit's one comma, then the split at it).
  it.each(['Martin Calloway, AP', 'Hal Gentner, Reuters', 'Al Gorski, Associated Press', 'Jane Doe, Getty Images', 'Kelly Winslow, The Harbour Star', 'Martin Calloway ,  AP'])(
    'takes "%s" right under a caption set apart from the text for a credit',
    (credit) => expect(isCreditUnderCaption([at(8, PROSE), at(10, caption), at(11, credit)], 2)).toBe(true),
  );

  it("takes one right under a picture's own line", () => {
    expect(isCreditUnderCaption([at(8, PROSE), at(10, '[Image]'), at(11, 'Martin Calloway, AP')], 2)).toBe(true);
    expect(isCreditUnderCaption([at(9, '1 of 5'), at(10, caption), at(11, 'Martin Calloway, AP')], 2)).toBe(true);
  });

  it('leaves a contributor\'s line alone between paragraphs, under a paragraph of a page without blank lines, or of another shape', () => {
    expect(isCreditUnderCaption([at(8, PROSE), at(10, caption), at(12, 'Martin Calloway, AP')], 2)).toBe(false);
    expect(isCreditUnderCaption([at(9, PROSE), at(10, caption), at(11, 'Martin Calloway, AP')], 2)).toBe(false);
    expect(isCreditUnderCaption([at(8, PROSE), at(10, 'Eastern Harbour quarterback Mike Glenn'), at(11, 'Martin Calloway, AP')], 2)).toBe(false);
    expect(isCreditUnderCaption([at(8, PROSE), at(10, caption), at(11, 'Martin Calloway, Indiana')], 2)).toBe(false);
    expect(isCreditUnderCaption([at(8, PROSE), at(10, caption), at(11, 'Asked about it, Reuters')], 2)).toBe(false);
    expect(isCreditUnderCaption([at(8, PROSE), at(10, caption), at(11, 'Martin Calloway, Jane Doe, AP')], 2)).toBe(false);
  });
});

describeLineTest(
  "isPictureCredit: a photographer's credit for the paper that sent them, the NZ Herald's spaced slash, a bracketed courtesy, a Tajik credit",
  isPictureCredit,
  [
    'Odile Marsh for NY Post',
    'Tomas Vint for The New York Times',
    'Rowers train on the harbour at dawn this week. Photo / Kiri Waaka',
    'Photo / Supplied',
    'Tugs wait at the quay before their first tow, March 2026. (Courtesy: Harbour Authority)',
    'A volunteer sorts donated coats at the hall. (Courtesy)',
    // Tajik sites' credit by where the picture comes from.
    'Акс аз бойгонии Хатлон-Пресс',
  ],
  [
    'By Odile Marsh for The Guardian',
    'Odile Marsh for Congress',
    'Tickets for Harbour Rovers',
    'Photos / Videos',
    'Photos/Videos',
    'The photo / video booth opens at noon.',
    'Courtesy: the council asked drivers to slow down near the school.',
    'Акс аз ҷониби вазорат гирифта шуд.',
  ],
);

describeLineTest(
  "isPictureCredit: a staff credit glued to the caption, a credit after a spaced dash, a caption's note on the picture's kind",
  isPictureCredit,
  [
    'The old reading room of the Alder Row branch in Marlow.Tessa Quill/Globe Staff',
    "Pupils of a school in the 3rd arrondissement in their new yard. — P. Garnier/20 Minutes",
    'The new yard of a school in Vesoul, in October. – Lucie Ferrand, AFP',
    'حافلة تحمل كتبا في إحدى القرى (تعبيرية)',
    'مبنى البلدية في المدينة (صورة أرشيفية)',
    'Harbour minister Rajan Mehta (file photo)',
    'Commuters wait for a bus in Pune. (Representational image)',
  ],
  [
    'The mayor said the branch would reopen in May.Staff were told on Friday',
    'The council will vote again in spring. — Tessa Quill, who chairs the board, disagreed.',
    'Rain fell all week. — P. Garnier',
    'وقال رئيس البلدية إن المشروع سيكتمل العام المقبل (تعبيرية) ثم أضاف أن التمويل متوفر.',
    'The minister, pictured in 2019 (file photo), said he would not resign over the row with the council, which had asked him to explain the costs of the new quay and the delays to it.',
  ],
);

describeLineTest(
  "isPictureCredit: a label in capitals and its credit in capitals, alone or after the caption",
  isPictureCredit,
  ['ẢNH: THU HÀ NGUYỄN', 'PHOTO: REUTERS', 'FOTO: EFE/J. PÉREZ', 'Xe buýt điện chờ khách ở bến Bình Tây. ẢNH: THU HÀ'],
  ['PHOTOS: Inside the new stadium on match day', 'ẢNH: Xe buýt điện chờ khách ở bến', 'PHOTO: The mayor at the opening'],
);

// Gannett's papers set the caption and its credit under the picture's buttons: both had opened the body.
describe('isUnderCaptionButton', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const caption = 'Volunteers plant trees along the river path on Saturday.';
  const taken = (lines: Array<[number, string]>): number[] => {
    const described = lines.map(([number, text]) => at(number, text));
    return described.filter((_, i) => isUnderCaptionButton(described, i)).map((line) => line.number);
  };

  it('takes the caption right under "Hide Caption" and the masthead credit right under it', () => {
    expect(taken([[1, 'Show Caption'], [2, 'Hide Caption'], [3, caption], [4, 'Mara Quist, Harbour Free Press'], [5, PROSE]])).toEqual([3, 4]);
    expect(taken([[1, 'Hide Caption'], [2, caption], [3, PROSE]])).toEqual([2]);
    expect(taken([[1, 'Hide Caption'], [2, caption], [3, 'Mara Quist, 20 Minutes'], [4, PROSE]])).toEqual([2, 3]);
  });

  it('takes nothing past a blank line, no paragraph, and no contributor line under other lines', () => {
    expect(taken([[1, 'Hide Caption'], [3, caption], [4, 'Mara Quist, Harbour Free Press']])).toEqual([]);
    expect(taken([[1, 'Hide Caption'], [2, `${PROSE} ${PROSE}`], [3, PROSE]])).toEqual([]);
    expect(taken([[1, PROSE], [2, caption], [3, 'Mara Quist, Harbour Free Press']])).toEqual([]);
  });
});

describe('isAgedCaption', () => {
  const between = (text: string): boolean => {
    const [above, caption, below] = pageLines(['She has sung in the choir every Sunday since the chapel reopened.', text, 'Her grandson nominated her for the award this spring.']);
    return isAgedCaption(caption!, above, below);
  };
  it("takes a tabloid's caption naming its subject with their age between two paragraphs", () => {
    expect(between('Edith Marlowe, 88, with the medal presented to her at the town hall in Ripon on Monday')).toBe(true);
    expect(between('Arthur Penhale, 72, pictured outside the chapel he has looked after since 1990')).toBe(true);
  });
  it("leaves the story's sentences naming someone with their age, and a caption not between paragraphs", () => {
    expect(between('Edith Marlowe, 88, was given the medal at the town hall on Monday.')).toBe(false);
    expect(between('Edith Marlowe, 88, from Ripon, said she was surprised')).toBe(false);
    expect(between('Edith Marlowe, 88, in the choir since 1960, sang on Sunday.')).toBe(false);
    const [caption, below] = pageLines(['Edith Marlowe, 88, with the medal presented to her on Monday', 'Her grandson nominated her.']);
    expect(isAgedCaption(caption!, undefined, below)).toBe(false);
  });
});

describeLineTest(
  "isPictureCredit: Lithuanian 'nuotr.' ('photo') after whom it credits, closing the caption, or before the name",
  isPictureCredit,
  ['Senamiesčio aikštė / Jono Petraičio / BNS nuotr.', 'Rasos Kairytės nuotr.', '15min nuotr.', 'Nuotr. Tomo Vaitkaus'],
  ['Fotografas paskelbė naujas nuotraukas.', 'Nuotr. 3 rodo tiltą prieš remontą.'],
);

describeLineTest(
  "isPictureCredit: a caption closed by its photographer's name in capitals after its full stop, no label",
  isPictureCredit,
  ['El paso a desnivel de la avenida, en el kilómetro 4. JUAN PÉREZ ROJAS', 'Vecinos de Sacaba protestan frente a la alcaldía. MARÍA LUZ ARCE'],
  [
    'El ministro anunció que la obra empezará en enero, dijo. EUROPA PRESS',
    'La medida regirá desde el lunes. AGENCIA EFE',
    'HARBOURLINE EV. CITY CONCEPT',
    'The council approved the budget. Read more about it. NO',
  ],
);

describeLineTest(
  'isPictureCredit: a credit under its copyright label, alone on its line between the captions of a photo story',
  isPictureCredit,
  ['© Copyright : Karim Bennani / Le Journal', '© Copyright: Harbour Times', 'Copyright : Sara Alaoui / Harbour Times', '©Copyright : Archives'],
  ['Copyright : the law protects the author for seventy years.', '© 2026 Harbour Times. All rights reserved.', 'Copyright and the press: a new bill explained', '© Copyright : les ayants droit ont saisi le tribunal, qui rendra sa décision en mars prochain, a précisé leur avocat à la presse.'],
);
