import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAdLabel } from '../../src/clean/chrome/ads.js';
import { isFirstPersonBio } from '../../src/clean/chrome/authors.js';
import { isFollowLink, isLanguageEditionLink, isReaderTools, isShareButton, isShareButtonName } from '../../src/clean/chrome/buttons.js';
import { isCommentsLink } from '../../src/clean/chrome/comments.js';
import { isDonationAppeal, isDonationBoxText, isDonationHeading } from '../../src/clean/chrome/donations.js';
import { FEATURES, featuresPastAdSlots, guardedTest, lineFeatures as featureRows, LITERAL_GUARDED } from '../../src/clean/line-features.js';
import { isBareLinkLabel, isJumpLink, isMoreStoriesLabel, isPagerLink, isStoryLink } from '../../src/clean/chrome/links.js';
import { isOpinionDisclaimer, isPrintEditionNote, isStudyTitle, isSyndicationNote } from '../../src/clean/chrome/notes.js';
import { isCreditUnderCaption, isGalleryPrompt, isMediaPlaceholder, isPictureCredit, isVideoCaption } from '../../src/clean/chrome/pictures.js';
import { isJumpLine, isPrintedNotice, isPrintoutFooter, isPrintoutHeader, isPrintoutTime, isRunningHead, isUnspacedCounter } from '../../src/clean/chrome/printout.js';
import { isBoxButton, isFormConfirmation, isReadingPrompt } from '../../src/clean/chrome/prompts.js';
import { isBulletedItem, isDataTableRow, isRuleLine, ruleMarks } from '../../src/clean/chrome/shape.js';
import { isSpeakerTurn, isTimeStamp, isTranscriptCue, isTranscriptNotice } from '../../src/clean/chrome/stamps.js';
import { describeLine } from '../../src/clean/lines.js';
import { normaliseText } from '../../src/ingest/index.js';

const STOPWORDS = new Set(['the', 'a', 'of', 'to', 'and', 'in', 'on', 'that', 'it', 'was', 'for']);
const feature = (name: string): number => FEATURES.findIndex((spec) => spec.name === name);
/** Each line's feature vector. */
const lineFeatures = (...args: Parameters<typeof featureRows>): Float64Array[] => {
  const rows = featureRows(...args);
  return Array.from({ length: rows.length }, (_, i) => rows.row(i));
};
const PROSE = 'The council said on Monday that the new bridge over the river was finally ready for the traffic of the town.';

/** afterCommentsHeading for each line of a page: prose, then the heading, then a comment. */
function afterHeading(heading: string): number[] {
  const texts = [PROSE, PROSE, PROSE, PROSE, heading, 'I think the bridge is a waste of money and time.'];
  const lines = texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));
  return lineFeatures(lines, texts.map(() => 1)).map((vector) => vector[feature('afterCommentsHeading')]!);
}

describe('lineFeatures: comments heading', () => {
  it.each(['5 comments', '[ 167 comments ]', 'Top Rated Comments', 'Leave a Reply', 'Kommentare (3)', 'Join the discussion', 'Join the conversation', "Readers' Comments", 'Reader’s comments', 'Most popular comments', 'Reader views (5)', "Readers' views", 'Comments are now closed for this story', '34 responses to “Council votes to close the old bridge”', 'One Response to “Why did the council wait?”', '6 thoughts on "The bridge, again"'])('marks the lines after "%s" as comments', (heading) => {
    expect(afterHeading(heading)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  // "Have your say": the BBC sets readers' views quoted in the story under it.
  it.each(['Share Tweet Comment', 'Commentary by our editor', 'Related stories', 'Have your say', 'Your views', 'Point of view', '12 responses to the survey were read out', 'Two thoughts on “the budget” came first.'])('does not take "%s" for a comments heading', (heading) => {
    expect(afterHeading(heading)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('needs prose before the heading (a menu link "Comments" at the top does not count)', () => {
    const texts = ['Comments', PROSE, PROSE];
    const lines = texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));
    expect(lineFeatures(lines, [1, 1, 1]).map((vector) => vector[feature('afterCommentsHeading')]!)).toEqual([0, 0, 0]);
  });

  it.each(['0 Comments', 'comments: 0', 'Comments (0)'])('does not open a comments section at "%s" (a count of none)', (heading) => {
    expect(afterHeading(heading)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('does not open a comments section at a "Comments" link between two paragraphs of the article', () => {
    const texts = [PROSE, PROSE, PROSE, 'Comments', PROSE, PROSE];
    const lines = texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));
    expect(lineFeatures(lines, texts.map(() => 1)).map((vector) => vector[feature('afterCommentsHeading')]!)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('does not open a comments section at a "Comments" button among share buttons repeated across articles', () => {
    const texts = [PROSE, PROSE, PROSE, 'Twitter', 'Comments', 'Print', PROSE];
    const lines = texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));
    const after = lineFeatures(lines, [1, 1, 1, 40, 12, 20, 1]).map((vector) => vector[feature('afterCommentsHeading')]!);
    expect(after).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The same heading after a menu line that is not repeated does open the section.
    const opened = lineFeatures(lines, [1, 1, 1, 1, 12, 20, 1]).map((vector) => vector[feature('afterCommentsHeading')]!);
    expect(opened).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  it('gives every line one value per feature, and window means that stay within 0..1', () => {
    const texts = ['Home', PROSE, 'Share', PROSE, PROSE, '3 hours ago'];
    const lines = texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));
    const vectors = lineFeatures(lines, [5, 1, 4, 1, 1, 1]);
    for (const vector of vectors) expect(vector).toHaveLength(FEATURES.length);
    const proseAround = vectors.map((vector) => vector[feature('proseAround')]!);
    // Line 0: of lines 1..3, two are prose; line 5: of lines 2..4, two are prose.
    expect(proseAround[0]).toBeCloseTo(2 / 3);
    expect(proseAround[5]).toBeCloseTo(2 / 3);
  });
});

describe('lineFeatures: storage', () => {
  it('keeps a page\'s vectors in one Float64Array, a row per line (no array per line: a million-line page)', () => {
    const texts = ['Home', PROSE, 'Share', PROSE, '3 hours ago'];
    const lines = texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));
    const rows = featureRows(lines, [5, 1, 4, 1, 1]);
    expect(rows.values).toBeInstanceOf(Float64Array);
    expect(rows.values).toHaveLength(texts.length * FEATURES.length);
    expect(rows.row(3).buffer).toBe(rows.values.buffer);
    expect([...rows.row(3)]).toEqual([...rows.values.slice(3 * FEATURES.length, 4 * FEATURES.length)]);
  });
});

describe('featuresPastAdSlots', () => {
  const paragraph = fc.constantFrom(
    PROSE,
    'Residents of the town said that they had waited for the bridge for more than ten years and were glad of it.',
    'The mayor told reporters that the work had cost less than the council had feared when it began in the spring.',
  );
  const chrome = fc.constantFrom('Share this article', 'Related Stories', 'Posted 10:42 AM', 'World News', '12 comments');
  const neighbourColumns = ['proseBefore', 'proseAfter', 'proseAround', 'repeatedAround', ...FEATURES.filter((spec) => /Within\d+$/u.test(spec.name)).map((spec) => spec.name)].map(feature);

  it('gives each line the neighbours it would have without the ad slots inside the text, and its own features as on the page', () => {
    // Each block is a paragraph with or without an ad slot over it, or a chrome line; a slot stands only between two paragraphs.
    const block = fc.oneof(paragraph.map((text) => ({ text, slotBefore: false })), paragraph.map((text) => ({ text, slotBefore: true })), chrome.map((text) => ({ text, slotBefore: false })));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 14 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 30, maxLength: 30 }), (blocks, counts) => {
        const texts: string[] = [];
        const slots = new Set<number>();
        blocks.forEach(({ text, slotBefore }, b) => {
          const afterParagraph = b > 0 && blocks[b - 1]!.text.length > 60;
          if (slotBefore && afterParagraph && text.length > 60) slots.add(texts.push('Advertisement') - 1);
          texts.push(text);
        });
        const lines = texts.map((text, i) => describeLine(i + 1, text, STOPWORDS));
        const repeatedIn = texts.map((_, i) => counts[i % counts.length]!);
        const rows = featuresPastAdSlots(lines, repeatedIn, new Set(), null);
        const onPage = featureRows(lines, repeatedIn, new Set(), null);
        const kept = texts.flatMap((_, i) => (slots.has(i) ? [] : [i]));
        const without = featureRows(kept.map((i) => lines[i]!), kept.map((i) => repeatedIn[i]!), new Set(), null);
        texts.forEach((_, i) => {
          const k = kept.indexOf(i);
          FEATURES.forEach((__, column) => {
            const expected = k >= 0 && neighbourColumns.includes(column) ? without.row(k)[column] : onPage.row(i)[column];
            expect(rows.row(i)[column]).toBe(expected);
          });
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('isCommentsLink', () => {
  const link = (text: string): boolean => isCommentsLink(describeLine(1, text, STOPWORDS));

  it.each(['Comments', 'Comments (12)', '12 Comments', '[ 4 comments ]', 'View comments', 'Leave a comment', 'Read all comments', '1 comment', 'Kommentare (3)', 'Commentaires'])(
    'takes "%s" for a link to the comments',
    (text) => {
      expect(link(text)).toBe(true);
    },
  );

  // A paper's opinion section, a report's subheadings, a sentence, a heading of commentary.
  it.each(['Comment', 'Kommentar', 'Discussion', 'Reactions', 'Comments were mixed.', 'Comments from the minister', 'Commentary'])('does not take "%s" for one', (text) => {
    expect(link(text)).toBe(false);
  });
});

describe('isPictureCredit', () => {
  const credit = (text: string): boolean => isPictureCredit(describeLine(1, text, STOPWORDS));

  it("takes an agency's caption naming where its subject stands in the picture, not a politician's party in a sentence (session 49)", () => {
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
    // The BBC's label run into its caption (session 45): it had opened the body.
    'Media captionWho is the new harbour master?',
    'Image captionThe bridge was closed for six months',
    'Photos: AP',
    'Photo: AFP via Getty Images',
    'Photo: courtesy of the family',
    // Its label in title case, after the caption's bar, as The Hindu sets it (session 37): the caption had been the title.
    'Commuters wait for a train at the Electronic City station in Bengaluru. File | Photo Credit: K. MURALI KUMAR',
    'Image Credit: Supplied',
    // Who lent the picture, alone or after its caption (session 33).
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
    // Tuổi Trẻ's label after its caption and a spaced dash, ERR's Estonian "author/source" (session 46).
    'Xe buýt điện chạy thử trên đường Nguyễn Huệ - Ảnh: HỮU HẠNH',
    'Pärnu uus bussijaam. Autor/allikas: Mari Kask/ERR',
    // Other languages' labels (session 30): the Polish one had been the body's first paragraph.
    'Fot. Andrzej Nowak / Polska Press',
    'Zdjęcie: Anna Wiśniewska',
    'Imagem: Reprodução/Instagram',
    'Fotoğraf: AA',
    'Фото: Иван Петров / ТАСС',
    // Kazakh's "picture" (session 48: Egemen Qazaqstan's credit had stayed between the paragraphs).
    'Сурет: аудан әкімдігінің баспасөз қызметі',
    // Maltese, Faroese, Breton and Mongolian labels (session 49), and a Kannada paper's label after its name.
    'Ritratt: Kunsill Lokali tal-Belt',
    'Mynd: Jógvan Poulsen',
    "Luc'hskeudenn: Ti-kêr Gwened",
    'Зураг: Дүүргийн Засаг даргын Тамгын газар',
    'ವಿಜಯನಗರ ಪತ್ರಿಕೆ ಚಿತ್ರ',
    // Assamese's and Bengali's "photo", Kurmanji's (session 50).
    'ফটো: বৰুৱা ষ্টুডিঅ\'',
    'Wêne: Rojda Kaya / MA',
    // Hungarian's and Croatian's, which a paper's credit to itself used first (site-notice.ts; session 51).
    'Fotó: Szabó Réka',
    'Fotografija: Ivana Horvatić / Harbour Press',
    // Kinyarwanda's "photos" over a gallery's photographers and a caption's "photo" (session 52).
    'Amafoto: Mugisha Eric & Uwase Claudine',
    'Abanyeshuri basura ikigo cy’ubushakashatsi i Rubona (Ifoto: Ikinyamakuru Umucyo)',
    // Labels in scripts without case (session 38): Independent Urdu's caption had been the first paragraph.
    'کراچی میں اسٹیٹ بینک آف پاکستان کی عمارت (فائل فوٹو: اے ایف پی)',
    'لاہور میں بارش کے بعد سڑک کا منظر (تصویر: رائٹرز)',
    'متظاهرون أمام مبنى البرلمان في بغداد (صورة: رويترز)',
    'दिल्ली में बारिश के बाद जलभराव (फोटो: पीटीआई)',
    // Indian languages' labels (session 45): Manorama's Malayalam caption had been the body's first paragraph.
    'കൊച്ചി മെട്രോ ട്രെയിൻ ആലുവ സ്റ്റേഷനിൽ. ചിത്രം: ജോസ്കുട്ടി പനയ്ക്കൽ ∙ മനോരമ',
    'சென்னை மெரினா கடற்கரை. படம்: ம.பிரபு',
    'ছবি: প্রথম আলো',
    // A credit glued to the caption's full stop, as NBC's pages scrape them (session 38).
    'Smoke rises from the derailment site near Fremont, Ohio, on Thursday.WTOL',
    'A bank\'s logo is displayed outside its branch in Harbour City.Reuters',
    'Firefighters work on the roof of the mill on Monday.KTLA 5',
    'Fans queue outside the stadium before the final.Jane Doe/Getty Images',
    // The New York Times' labelled credit run on after the caption (session 52: the caption had been a page's title).
    'Volunteers stack sandbags along the river wall on Sunday.Credit...Odile Marsh for The New York Times',
    'The old terminal will close in March.Credit…Pavel Renner/Associated Press',
    // A photographer's name alone glued on (session 39: headlines.ts had a test of its own that took it).
    'Smoke rises from the burning barge near Marietta, Ohio, on Thursday.Dale Pruitt',
    // The credit after a quote's closing mark, the line's last sentence mark (isGluedCredit looks there first).
    'Protesters outside the city hall chanted "Go home!"Reuters',
    // A credit alone, no label: a photographer and the outlet or agencies, or a stock agency.
    'Hal Brenner/The New York Times',
    'Reuters/Jane Doe',
    'J. Corwin Ashdale / AP',
    'Mirae Sohn/Bloomberg/Getty Images',
    // A masthead's words joined by a hyphen (session 33: a gallery's credits had stayed as its text).
    'Callie Vos/Sun-Times',
    'Ren Oduya / Post-Gazette',
    // An outlet or picture desk in capitals no list names (session 40: the credit had been a page's title).
    'Jane K. Doe/HARBORMEDIA',
    'Tom Reed/VALLEY-HERALD',
    'Getty Images',
    'AFP via Getty Images',
    'Getty Images for Netflix',
    'Photo illustration by Jane Doe',
    // A stock agency's name alone, as Forbes sets "GETTY" under each caption (session 37).
    'GETTY',
    'Shutterstock',
    'AFP/Getty Images',
    // Forbes' caption cut off with its expander (session 37).
    'Not every pillow is filled with down. If you wake up sneezing, try a washable one that ... [+]',
    'The new ferry terminal at Harbour Quay, which opened in May after two years of delays and … [+]',
    // An agency's photo credit: in brackets, before the photographer's slash, or closing the caption.
    'Flood water fills the square on Monday. (Reuters Photo)',
    'Flood water fills the square on Monday. AP Photo/Tom Reed',
    'Flood water fills the square on Monday. AFP Photo',
    // The agency alone in square brackets closing the caption, as Al Jazeera sets it (session 40).
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

describe('isPagerLink', () => {
  const pager = (text: string): boolean => isPagerLink(describeLine(1, text, STOPWORDS));

  it.each(['Previous post', 'Next post', '← Older', 'Newer →', 'Older posts', '« Previous', 'Previous | Next', 'Previous post: Mayor defends budget cuts as protests grow', 'Next » School meals to cost more', 'Next: WATCHING OHIO FROM AWAY'])(
    'takes "%s" for a pager link',
    (text) => {
      expect(pager(text)).toBe(true);
    },
  );

  it.each(['Next year the council will vote again', 'Previous post office closures angered residents', 'Older residents said the library mattered most', 'Next steps for the council', 'Next: the council vote', 'Next, the council will vote on the budget.'])(
    'leaves "%s" alone',
    (text) => {
      expect(pager(text)).toBe(false);
    },
  );
});

describe('isReaderTools', () => {
  const tools = (text: string): boolean => isReaderTools(describeLine(1, text, STOPWORDS));

  it.each(['Text size A A A', 'Font size', 'Increase text size', 'Listen to article 4 min', 'Listen to this story', 'Listen (5 min)', 'Save article', 'Save for later', 'Copy link', 'Gift this article', 'Share full article', 'Print this page', 'E-mail This Story   Print This Story', 'Print | Email | Share', 'Share · Save · Comments (12)', 'Purchase Licensing Rights, opens new tab', 'Create your free profile or log in to save this article', 'Sign in to save this story', 'Print-friendly page | Email this story to a friend', 'Printable version', 'Email this story to a friend', '글씨크기 조절하기', '글자 크기 조절', '文字サイズ', '字体大小', 'Schriftgröße', 'Taille du texte', 'Tamaño de letra'])(
    'takes "%s" for a row of reader tools',
    (text) => {
      expect(tools(text)).toBe(true);
    },
  );

  it.each([
    // A bare button word alone may be a heading; a sentence about the tools is the story's.
    'Print', 'Save', 'Listen', 'Share',
    'Save the date', 'Print edition sales fell again',
    'Listen to the full interview with the mayor on our podcast.',
    'Copy link to the report was sent to the council.',
    'The font size on the ballot papers was too small, voters said.',
    'Purchase licensing rights for the photos cost the paper $40,000 a year.',
    'Log in to save this article and read it later, the help page tells readers.',
    '글씨 크기가 작아 읽기 어렵다는 지적이 나왔다.', 'Die Schriftgröße der Stimmzettel war zu klein.',
  ])('leaves "%s" alone', (text) => {
    expect(tools(text)).toBe(false);
  });

  // A view counter is the page's widget (session 47): a Vietnamese paper's count under its standfirst had stayed in the body.
  // French "Lu … fois" since session 52.
  it.each(['Views: 1,234', 'Lượt xem: 12.406', 'Hits: 275', '阅读 1234', '閱讀數：5,210', '조회수 1,024', 'Просмотров: 3 512', 'Visualizações: 1.234', '8,931 views', '1.2K views', '12.406 lượt xem', 'Dibaca 2.310 kali', 'Lu 2 417 fois'])(
    'takes the view counter "%s" for a reader tool',
    (text) => expect(tools(text)).toBe(true),
  );
  it.each(['Views on the new budget', 'Hits of the summer', '1,234 readers wrote in', 'Views: mixed, the poll found.', 'Lu 3 fois par semaine'])('leaves "%s", no counter', (text) => {
    expect(tools(text)).toBe(false);
  });
});

describe('regexes guarded by their literal parts', () => {
  // Fragments near what the patterns look for, in any case, with the characters that case-fold onto ASCII.
  const fragment = fc.constantFrom(
    'Posted by', 'POSTED BY', 'poſted by', 'said:', 'WROTE :', 'Reply', 'report abuſe', 'Recommend 3', 'recommend',
    '©', '(C) 2019', '(c)2020', 'Copyright', 'COPYRIGHT', 'all rights reserved', 'All Rights Reſerved',
    'http://x.org', 'HTTPS://', 'www.x', 'WWW.X', 'a@b.de', 'ab@cd', '\u212a', 'ſ', 'İ', ' ', ':', '-', '— ', 'word', '42', 'é',
  );
  it('give what the regex alone gives', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 3 })), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        for (const pattern of Object.values(LITERAL_GUARDED)) expect(guardedTest(pattern, text)).toBe(pattern.regex.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('give lineFeatures what the regex alone gives', () => {
    const columns = { webAddress: feature('webAddress'), copyright: feature('copyright'), commentSignature: feature('commentSignature') };
    const text = fc.array(fc.oneof(fragment, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join('').trim() || 'x');
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const lines = texts.map((line, i) => describeLine(i + 1, line, STOPWORDS));
        lineFeatures(lines, lines.map(() => 1)).forEach((vector, i) => {
          for (const [name, column] of Object.entries(columns)) expect(vector[column]).toBe(LITERAL_GUARDED[name as keyof typeof columns].regex.test(texts[i]!) ? 1 : 0);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('line shape features', () => {
  const character = fc.constantFrom('A', 'b', 'Ω', 'ω', 'ß', 'İ', 'ǅ', '1', ' ', ':', '.', '-', '北', 'ſ', 'ﬀ');
  const line = fc.array(character, { minLength: 1, maxLength: 30 }).map((parts) => parts.join('').trim()).filter(Boolean);
  it('uppercase and endsWithColon are what their regex formulation gives', () => {
    const uppercase = feature('uppercase');
    const endsWithColon = feature('endsWithColon');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (texts) => {
        const lines = texts.map((text, i) => describeLine(i + 1, text, new Set()));
        lineFeatures(lines, lines.map(() => 1)).forEach((vector, i) => {
          const text = texts[i]!;
          expect(vector[uppercase]).toBe(lines[i]!.wordCount >= 2 && text === text.toUpperCase() && /\p{Lu}/u.test(text) ? 1 : 0);
          expect(vector[endsWithColon]).toBe(/:$/.test(text) ? 1 : 0);
        });
      }),
      { numRuns: 1000 },
    );
  });
});


describe('lineFeatures: timeStamp', () => {
  it.each([
    ['Updated 3 hours ago', 1],
    ['14:10 by Jane', 1],
    ['March 4, 2024', 1],
    ['２０２４年３月２９日', 1],
    ['٣ أبريل ٢٠٢٤', 1],
    ['Updated an hour ago', 0],
    ['Share this story', 0],
  ])('gives "%s" %d', (text, expected) => {
    const [vector] = lineFeatures([describeLine(1, text, STOPWORDS)], [1]);
    expect(vector![feature('timeStamp')]).toBe(expected);
  });
});

describe('isTimeStamp', () => {
  const line = (text: string) => describeLine(1, text, STOPWORDS);

  it('takes a time of day alone on its line, as live blogs stamp their entries', () => {
    const hour = fc.integer({ min: 0, max: 23 });
    const minute = fc.integer({ min: 0, max: 59 }).map((m) => String(m).padStart(2, '0'));
    const clock = fc.tuple(hour, minute, fc.constantFrom(':', '.'), fc.constantFrom('', ' PM', 'pm', ' a.m.', ' AM'), fc.constantFrom('', ' ET', ' GMT', ' BST'));
    fc.assert(
      fc.property(clock, ([h, m, separator, noon, zone]) => {
        // "14.10" alone may be a figure: a dot needs am or pm, or a time zone ("14.10 GMT").
        fc.pre(separator === ':' || noon !== '' || zone !== '');
        expect(isTimeStamp(line(`${h}${separator}${m}${noon}${zone}`))).toBe(true);
      }),
    );
  });

  it('takes a transcript\'s bracketed stamp alone on its line', () => {
    expect(isTimeStamp(line('[20:05:12]'))).toBe(true);
    expect(isTimeStamp(line('[20:05:12] HOLLOWAY: Thank you.'))).toBe(false);
  });

  // Its digit test (digitShare) counts every script's digits, as the ages' pattern does.
  it.each(['۵ ساعت قبل', 'منذ ٣ أيام', '45 mins ago'])('takes the age "%s", in any digits', (text) => {
    expect(isTimeStamp(line(text))).toBe(true);
  });

  it.each(['6.44', '14.10', '14.10 USD', '25.10 GMT', '14:10 Zelenskiy arrives in Brussels', 'At 2:10 PM the polls closed.', '2023', 'Updated 3 hours ago', '10:32 news'])('leaves "%s" alone', (text) => {
    expect(isTimeStamp(line(text))).toBe(false);
  });
});

describe('isBulletedItem', () => {
  it('takes a line opening with a bullet for a list item, whichever bullet a page uses', () => {
    for (const text of ['- Phase one: playground', '* Item', '+ Comfortable for long flights', '– Pension relief', '· Free parking', '• Pension relief', '•Pension relief', '‣ Nested item', '◦ Open item', '▪ Square item', '✓ Waterproof', '✔ Fast charging']) {
      expect(isBulletedItem(text), text).toBe(true);
    }
  });

  it('takes no line for an item whose mark opens other lines too without a space (a sign, a footnote, an end mark), nor a signature, a numbered or a quoted line', () => {
    for (const text of ['-5 degrees at dawn', '*Correction appended', '+3% on the year', '-30-', '—Jane Doe', '— Jane Doe, Boston', '1. Phase one', '> quoted line']) {
      expect(isBulletedItem(text), text).toBe(false);
    }
  });
});

describe('isDataTableRow', () => {
  // Lines as ingest passes them: tabs are spaces (normaliseText).
  const rows = (...texts: string[]) => normaliseText(texts.join('\n')).split('\n').map((text, i) => describeLine(i + 1, text, STOPWORDS));
  it.each(['FTSE 100 7,612.4 +0.3%', 'Euro Stoxx 50 4,312.9 +0.2%', 'S&P 500 | 5,051.41 | -45.86 | -0.90%', 'Brent crude\t$91.40\t+1.8%', 'Petrol (per litre) | €1.74 | -3c', 'Unleaded | 138.2p | -1.8p', 'Diesel  €1.69  +1.5c'])('takes "%s" for a table row', (text) => {
    expect(isDataTableRow(rows(text), 0)).toBe(true);
  });

  it('takes a header row of cells for one when a row of as many cells stands next to it', () => {
    const table = rows('Index | Close | Change | % Change', 'Dow Jones Industrial Average | 37,798.97 | -230.12 | -0.61%');
    expect(isDataTableRow(table, 0)).toBe(true);
    expect(isDataTableRow(rows('Home | News | Sport | Weather', PROSE), 0)).toBe(false);
    // Tab-separated, as a spreadsheet copies it; a heading of three words over such a row is no cells.
    expect(isDataTableRow(rows('Index\tClose\t% Change', 'Euro Stoxx 50\t4,312.9\t+0.2%'), 0)).toBe(true);
    expect(isDataTableRow(rows('European Markets Today', 'Euro Stoxx 50\t4,312.9\t+0.2%'), 0)).toBe(false);
  });

  it('takes a row whose figures have their unit apart for one, and the header row over it', () => {
    const table = rows('Item | Q1 2027 | Q1 2026 | Change', 'Net sales | $66.0 bln | $61.4 bln | +7.5%', 'Revenue | 1.2 million | 0.9 million | 3.1 pct');
    expect([0, 1, 2].map((i) => isDataTableRow(table, i))).toEqual([true, true, true]);
    expect(isDataTableRow(rows('Sales rose to $66.0 bln from $61.4 bln'), 0)).toBe(false);
  });

  it('takes a pipe table\'s head for one over its rule and rows, not over a rule alone', () => {
    const table = rows('| Team | P | W |', '|---|---|---|', '| Rovers | 10 | 7 |', '| United | 10 | 6 |');
    expect([0, 1, 2, 3].map((i) => isDataTableRow(table, i))).toEqual([true, true, true, true]);
    expect(isDataTableRow(rows('| Name | Role | Team |', '|---|---|---|', '| Ana | Coach | Rovers |'), 0)).toBe(false);
  });

  it.each([
    'About 300 people attended the vigil on Sunday.',
    'Gold slipped 0.3% after touching a record high',
    'Revenue rose to 1,234 from 1,100',
    'The S&P 500 lost 0.9% on Tuesday, while the Nasdaq dropped 1.4%.',
    'Dow Jones 37,798.97 -230.12 -0.61%.',
    'Top 10',
    'Fuel duty cut by 5p',
  ])('leaves "%s" alone', (text) => {
    expect(isDataTableRow(rows(text), 0)).toBe(false);
  });
});

describe('transcript lines', () => {
  const line = (text: string) => describeLine(1, text, STOPWORDS);
  it.each(['HOLLOWAY: You toured the damage today.', 'SEN. CLAIRE DUNMORE (D-IA): Thank you, Mark.', 'SEN. CHUCK SCHUMER (D-NY), MAJORITY LEADER: We have a deal.', 'COOPER (voice-over): The storm hit at dawn.'])('takes "%s" for a speaker\'s turn', (text) => {
    expect(isSpeakerTurn(line(text))).toBe(true);
  });

  it.each(['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'Sources: the ministry and the police.', 'The U.S. said: no deal.', 'NATO allies met in Brussels.'])('leaves "%s" alone', (text) => {
    expect(isSpeakerTurn(line(text))).toBe(false);
  });

  it.each(['(BEGIN VIDEOTAPE)', '(END VIDEOTAPE)', '(BEGIN VIDEO CLIP)', '(CROSSTALK)', '(COMMERCIAL BREAK)', '(Applause)'])('takes "%s" for a cue', (text) => {
    expect(isTranscriptCue(line(text))).toBe(true);
  });

  it.each(['(Reporting by Jane Doe)', '(AP)', '(Recasts, adds analyst comment)', 'BEGIN VIDEOTAPE of the hearing was shown.'])('leaves "%s" alone', (text) => {
    expect(isTranscriptCue(line(text))).toBe(false);
  });

  it.each(['This transcript was produced from a recording and may contain errors.', 'CNN transcripts are lightly edited for clarity.', 'Our transcripts are edited for length.'])('takes "%s" for a transcript\'s disclaimer', (text) => {
    expect(isTranscriptNotice(line(text))).toBe(true);
  });

  it.each(['The White House transcript was later edited for clarity, officials said.', 'A Senate transcript was released on Friday, and the defence said it may contain errors.'])('leaves a story\'s sentence about a transcript alone: "%s"', (text) => {
    expect(isTranscriptNotice(line(text))).toBe(false);
  });
});

describe('isRunningHead and isSyndicationNote', () => {
  const line = (text: string) => describeLine(1, text, STOPWORDS);

  it('takes a printed page\'s head or foot for a running head, and a table\'s row for none', () => {
    expect(isRunningHead(line('THE HARBOUR GAZETTE | Thursday 5 December 2024 | Page 7'))).toBe(true);
    expect(isRunningHead(line('THE PARISH COURIER | 3'))).toBe(true);
    expect(isRunningHead(line('Arsenal | 12 | 8 | 30'))).toBe(false);
    expect(isRunningHead(line('NYSE | 1234'))).toBe(false);
    expect(isRunningHead(line('S&P 500 | 5,051.41 | -45.86 | -0.90%'))).toBe(false);
  });

  it("takes a PDF's running head laid out with runs of spaces, a section-lettered page number at one end, and a spaced table's row for none", () => {
    expect(isRunningHead(line('THE HARBOUR GAZETTE          Friday, December 4, 2026          Page A3'))).toBe(true);
    expect(isRunningHead(line('B2          THE RIVERTON POST          Tuesday, March 10, 2026'))).toBe(true);
    expect(isRunningHead(line('NEW YORK KNICKS      41      102'))).toBe(false);
    expect(isRunningHead(line('BOSTON CELTICS     2024     118     104'))).toBe(false);
    expect(isRunningHead(line('THE HARBOUR GAZETTE  Friday 12'))).toBe(false);
  });

  it('takes a note naming the outlet a story first appeared in for a syndication note, and news of a publication for none', () => {
    expect(isSyndicationNote(line('This article is republished from The Conversation under a Creative Commons license. Read the original article.'))).toBe(true);
    expect(isSyndicationNote(line('This article was produced by KFF Health News, a national newsroom.'))).toBe(true);
    expect(isSyndicationNote(line('A version of this story appeared in the Morning Briefing newsletter on December 1.'))).toBe(true);
    expect(isSyndicationNote(line('A version of this article first appeared on Stateline.'))).toBe(true);
    expect(isSyndicationNote(line('A version of this article appears in print on Nov. 19, 2026, Section B, Page 3 of the New York edition.'))).toBe(false);
    expect(isSyndicationNote(line('A version of this article appeared in The Times print edition on Sunday.'))).toBe(false);
    expect(isSyndicationNote(line('The study was originally published in Nature last year.'))).toBe(false);
    expect(isSyndicationNote(line('This report was published in March and found that rents rose 9%.'))).toBe(false);
    expect(isSyndicationNote(line('This article was first published in print on page 20 of the weekend edition.'))).toBe(false);
  });

  it("takes the ARD broadcasters' note on where their programmes reported the story, and a story's sentence for none", () => {
    // tagesschau.de's under every story (session 40): it had been the last paragraph.
    expect(isSyndicationNote(line('Über dieses Thema berichtete WDR 5 am 03. November 2026 um 08:00 Uhr.'))).toBe(true);
    expect(isSyndicationNote(line('Über dieses Thema berichtete Deutschlandfunk am 3. November 2026 in den Nachrichten.'))).toBe(true);
    expect(isSyndicationNote(line('Dieses Thema im Programm:'))).toBe(true);
    expect(isSyndicationNote(line('Über dieses Thema berichtete die Zeitung bereits vor zwei Jahren ausführlich.'))).toBe(false);
  });

  it("takes a Turkish site's note that it compiles its news from the agencies, and a story's sentence for none (session 44)", () => {
    expect(isSyndicationNote(line('NTV.com.tr için haberlerimiz Anadolu Ajansı, Reuters ve diğer kaynaklardan derlenmektedir.'))).toBe(true);
    expect(isSyndicationNote(line('Haberlerimiz AA, DHA ve İHA kaynaklarından derlenmektedir.'))).toBe(true);
    expect(isSyndicationNote(line('Bakanlık, haberlerin ajanslardan derlendiğini açıkladı.'))).toBe(false);
    expect(isSyndicationNote(line('Haberlerimiz geçen yıl ödül aldı ve arşivden derlendi.'))).toBe(false);
  });

  it("takes a WordPress feed's footer naming the site a post appeared on, and a story's sentence about a post for none", () => {
    expect(isSyndicationNote(line("The post Riverbend's largest employer to add 600 jobs at expanded battery plant appeared first on Riverbend Ledger."))).toBe(true);
    expect(isSyndicationNote(line('The post 5 things to know about the new bus routes appeared first on CityBeat'))).toBe(true);
    expect(isSyndicationNote(line('The post, which appeared first on Facebook, was shared 10,000 times before it was deleted.'))).toBe(false);
    expect(isSyndicationNote(line('The post appeared first on Reddit on Monday, and news sites picked it up within hours.'))).toBe(false);
  });

  it('takes an Indonesian network\'s note on the site a story first ran on, and the first outlet\'s note on the nonprofit network it belongs to', () => {
    expect(isSyndicationNote(line('Artikel ini telah tayang di Kompas.com dengan judul "Banjir Rendam 14 RT di Jakarta Timur".'))).toBe(true);
    expect(isSyndicationNote(line('Artikel ini telah tayang di TribunJatim.com dengan judul Harga Cabai Naik Jelang Natal'))).toBe(true);
    expect(isSyndicationNote(line('North Dakota Monitor is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity.'))).toBe(true);
    expect(isSyndicationNote(line('Maine Morning Star is part of States Newsroom, the nation’s largest state-focused nonprofit news organization.'))).toBe(true);
    expect(isSyndicationNote(line('Artikel ini membahas banjir yang melanda Jakarta Timur pada Jumat pagi.'))).toBe(false);
    expect(isSyndicationNote(line('The hospital is part of a nonprofit health system that serves 40,000 patients a year.'))).toBe(false);
    expect(isSyndicationNote(line('Habitat for Humanity is a nonprofit that builds homes with volunteers and donors.'))).toBe(false);
  });

  it("takes a site's terms that a link to it is mandatory when its material is used, and a story's sentence on links for none (session 49)", () => {
    for (const note of [
      'При использовании материалов ссылка на «Вестник Заречья» обязательна.',
      "При використанні матеріалів посилання на «Вісник» обов'язкове.",
      'Ақпарат көшіріп басылса, «Таңшолпан» газетіне гиперсілтеме жасалуы міндетті.',
      'Նյութերն օգտագործելիս հղումը «Լուրեր» կայքին պարտադիր է։',
      'Reproduction of this material is permitted only with an active link to the Valley Herald.',
      'When using our stories, a link to riverdalepost.example is mandatory.',
    ]) expect(isSyndicationNote(line(note))).toBe(true);
    for (const sentence of [
      'To apply, a link to your portfolio is required by Friday.',
      'Врачи считают ссылку на старые данные необоснованной.',
      'The link between the two cases is mandatory reading for the jury, the judge said.',
    ]) expect(isSyndicationNote(line(sentence))).toBe(false);
  });

  it("takes an agency feed's note whatever the case of its word for the feed, as the note's pattern does (ſ is an s to it)", () => {
    expect(isSyndicationNote(line('(This story has not been edited by Daily Courier staff and is published from a SYNDICATED FEED.)'))).toBe(true);
    expect(isSyndicationNote(line('This report is auto-generated from Syndicated News feed.'))).toBe(true);
    expect(isSyndicationNote(line('This report is auto-generated from ſyndicated news feed.'))).toBe(true);
    expect(isSyndicationNote(line('Riverbend Ledger is a non-profit newsroom covering the valley.'))).toBe(true);
  });
});

describeLineTest(
  "isSyndicationNote: a publisher's note on reprints (session 37)",
  isSyndicationNote,
  ['For a reprint of this article, please contact reprints@lawwire.com.', 'To order reprints of this story, call 1-800-555-0199.', 'For reprints, please email permissions@example-journal.com'],
  ['For reprints of the 1962 edition, collectors now pay more than $400.', 'To order reprints, the paper once needed six weeks and a letter from the editor.'],
);

// A rule between parts of the page or of the text has no words: mid-text it had been kept as a line of the body.
describeLineTest(
  'isRuleLine: a line of rule characters only',
  isRuleLine,
  ['* * *', '___', '-----', '==============================', '•••', '— — —', '⁂'.repeat(3)],
  ['*', '--', '***Update***', '---- Forwarded message ----', '— Jane Doe', '1/2', '* The council met on Monday.'],
);

// A mobile page's gallery sets its prompt between two paragraphs: it had stayed in the body.
describeLineTest(
  "isGalleryPrompt: a gallery's prompt to go through its pictures",
  isGalleryPrompt,
  ['Swipe for more photos', 'Swipe left for more photos', 'Click here to see more images', 'Tap to view gallery', 'View Gallery', 'See all 12 photos', 'Open the photo gallery »'],
  ['See the photos of the flood damage here.', 'View more photos of the pier on our website', 'Swipe', 'Photo gallery', 'Scroll down for the full story'],
);

// A counter without spaces is a counter only by the lines next to it (line-rules.ts boxChrome): alone it may be a recipe's quantity.
describeLineTest('isUnspacedCounter: "1/6" alone on its line', isUnspacedCounter, ['1/6', '1/2', '2/2', '12/40'], ['6/1', '01/19', '1/2 cup sugar', '0/3', '1 / 6', '1/100']);
describeLineTest("isPrintoutTime: a browser printout's time of printing", isPrintoutTime, ['12/5/26, 8:41 AM', '05/12/2026, 08:41', '1/7/2027, 11:02 pm'], ['12/5/26', '8:41 AM', 'Dec 5, 2026, 8:41 AM', '12/5/26, 8:41 AM Water tariff hike']);
describeLineTest('isJumpLink: a link to another part of the page', isJumpLink, ['Skip to content', 'Skip to main content', 'Jump to comments', 'Jump to Recipe', 'See the sources for this fact-check', 'See all sources'], ['Skip to the end, the mayor said.', 'Jump to conclusions', 'See the sources of the river', 'Go to the polls']);
describeLineTest("isPrintoutHeader: a printout's time of printing and the page's title on one line", isPrintoutHeader, ['12/5/26, 8:41 AM Water tariff hike approved | Valley Times', '05/12/2026, 08:41 Council backs new bridge - The Courier', '1/7/2027, 11:02 pm Why did the ferry stop?'], ['12/5/26, 8:41 AM', '16/12/2007 06:28 PM', '1/10/2008, 6:07 a.m. EST', '12/5/26, 8:41 AM Closed', 'Posted 12/5/26, 8:41 AM by the editors']);
describeLineTest("isPrintoutFooter: a printout's page address and page number on one line", isPrintoutFooter, ['https://www.example.com/news/story.html 1/2', 'http://example.org/a 3/3'], ['https://www.example.com/news/story.html', 'https://www.example.com/news/story.html 3/2', 'See https://www.example.com/a 1/2', '1/2']);
describeLineTest("isPrintedNotice: a print view's notice of when it was printed", isPrintedNotice, ['Printed from rivertoncourier.example on December 5, 2026', 'Printed on 12/05/2026', 'PRINTED FROM www.example.com'], ['Printed in Germany', 'The report was printed on recycled paper.', 'Printed']);
describeLineTest("isJumpLine: a printed story's jump line to or from another page", isJumpLine, ['Continued on Page 9', 'Continued from page A1', "Cont'd on P. 4", 'Turn to Page 12', 'See COUNCIL, Page 9', 'Story continues on page B3'], ['Continued on the next page of the report', 'Turn to page 9 of the plan, the mayor said.', 'See page 9', 'Continued']);

describe('isRuleLine and ruleMarks', () => {
  const line = (text: string) => describeLine(1, text, STOPWORDS);

  it('takes no line with a letter or a digit in it for a rule, and counts no marks in it', () => {
    const mark = fc.constantFrom('-', '_', '*', '=', '~', '•', '—', ' ');
    const text = fc.tuple(fc.array(mark, { maxLength: 12 }), fc.string({ minLength: 1, maxLength: 12 }).filter((part) => /[\p{L}\p{N}]/u.test(part)), fc.array(mark, { maxLength: 12 }));
    fc.assert(
      fc.property(text, ([before, part, after]) => {
        const candidate = line(`${before.join('')}${part}${after.join('')}`.trim());
        expect(isRuleLine(candidate)).toBe(false);
        expect(ruleMarks(candidate)).toBe(0);
      }),
    );
  });
});

/** A line test's cases: the lines it takes, the lines it leaves alone. */
function describeLineTest(name: string, test: (line: ReturnType<typeof describeLine>) => boolean, takes: readonly string[], leaves: readonly string[]): void {
  describe(name, () => {
    const line = (text: string) => describeLine(1, text, STOPWORDS);
    it.each(takes)('takes "%s"', (text) => expect(test(line(text))).toBe(true));
    it.each(leaves)('leaves "%s" alone', (text) => expect(test(line(text))).toBe(false));
  });
}

describeLineTest(
  'isReadingPrompt: a plug written as a sentence',
  isReadingPrompt,
  [
    'Listen to the full episode on Apple Podcasts, Spotify or wherever you get your podcasts.',
    'Subscribe to The Daily Fix wherever you get your podcasts.',
    'Catch all the business news, market news, breaking news events and latest news updates on Live Mint. Download The Mint News App to get daily market updates.',
    'Download the HT app to read more news',
    'This article was read by an AI voice.',
    'Listen to this article',
    'Letters to the editor: Send your letter to letters@harbourgazette.example.com',
    'Email your letters to the editor to letters@harbourgazette.example.com.',
    // Session 33: they had been the last paragraph (the tester's storm update and council story).
    'Download the WGRZ app for the latest forecast and weather alerts.',
    'Thank you for supporting local journalism.',
    // Session 34: an Indian site's footer under the text (the s32 tester's Amar Ujala page).
    'Get all India News in Hindi related to live update of politics, sports, entertainment, technology and education etc.',
    'Get the latest Lucknow news in Hindi on our app.',
    'Stay updated with us for all breaking news from India News and more news in Hindi.',
    // Session 34: an opinion page's call for op-eds under the column, over the author's note (the tester's op-ed).
    'The Banner welcomes your letters and op-eds. Submit them at thebaltimorebanner.com/opinion.',
    'We welcome letters to the editor and guest columns. Email opinion@valleycourier.example.com.',
    // Session 35: a local station's footer, an obituary host's and a regional paper's plugs (the tester's alert, obituary and court pages).
    'For the latest news, weather, sports, and streaming video, head to KTLA.',
    'To plant trees in memory, please visit the Sympathy Store.',
    'To send flowers to the family of Robert Kowalski, please visit our floral store.',
    "Don't miss the biggest and most important stories from Greater Manchester - sign up to our newsletter here.",
    // The words its lead-up's plugs are looked for on (LEAD_UP_PLUG_WORDS) in any case, and with the long s that /iu reads as s.
    "DON'T MISS THE BIGGEST STORIES FROM GREATER MANCHESTER - SIGN UP TO OUR NEWSLETTER HERE.",
    "Don't miss the biggest stories from Greater Manchester - ſign up to our newsletter here.",
    'THE BANNER WELCOMES YOUR LETTERS AND OP-EDS. SUBMIT THEM AT THEBALTIMOREBANNER.COM/OPINION.',
    // Session 51: a broadcaster's note on when its programme airs, under the story.
    'Listen to Radio Kestrel News live at 12:30 and 18:30 weekdays - or listen back here.',
    'Listen to Harbour FM Gujarati at 7pm on Harbour Radio 3.',
    'Tune in to The Morning Brief every Sunday at 9:05 am.',
    'Dagsnyt kan høres hver dag kl. 8, 13 og 18 på Fjordradio.',
  ],
  [
    'Listen to the recording at the museum, the curator said.',
    'Watch the video from 2019 on the council website.',
    'Listeners at 8pm heard the minister concede the vote.',
    'Udsendelsen kan ses på hjemmesiden, oplyser kommunen.',
    'For the latest news on the fire, residents should check the county website.',
    'To plant trees along the river, the council will need volunteers, the mayor said.',
    'The charity asked supporters to sign up for our newsletter campaign at the town fair, organisers said in a statement on Friday.',
    'Download the NHS app to book a test, the health minister told parents on Monday.',
    'Listeners on Spotify streamed the album 40 million times in its first week.',
    'Catch all the fish you can, the skipper told his crew as the season closed.',
    'The article was read by a judge before the hearing resumed on Tuesday.',
    'Send a letter to the editor to complain, the mayor urged residents on Tuesday.',
    'Thank you for supporting our family through this, his widow wrote on Facebook.',
    'Get all the facts before you vote, the election commission urged on Monday.',
    'The channel will broadcast news in Hindi and English from January.',
    'The mayor welcomes your letters, she said, but will not answer each one.',
  ],
);

describeLineTest(
  'isOpinionDisclaimer',
  isOpinionDisclaimer,
  [
    "The views expressed in this article are the author's own and do not necessarily reflect the editorial position of the newspaper.",
    'Opinions expressed by Forbes Contributors are their own.',
    'Disclaimer: The views expressed here are those of the writer and do not necessarily represent those of the publisher.',
    'The opinions expressed in this commentary are solely those of the author.',
    // Afrikaans, Spanish, French and Portuguese (session 46): Maroela Media's had been the column's last paragraph.
    'Die menings wat in hierdie rubriek uitgespreek word, is dié van die skrywer en weerspieël nie noodwendig die standpunt van die koerant nie.',
    'Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.',
    'Les opinions exprimées dans ce texte n’engagent que leur auteur.',
    'As opiniões expressas neste artigo são de responsabilidade exclusiva do autor.',
  ],
  [
    'The views expressed at the meeting do not necessarily reflect council policy, the chair said.',
    'Die menings van die inwoners oor die plan verskil, het die raadslid gesê.',
    'Las opiniones expresadas por los vecinos fueron recogidas por el alcalde.',
    "The author's views were expressed in a letter that the board later published.",
    'Views expressed by residents ranged from anger to relief.',
  ],
);

describeLineTest(
  "isReadingPrompt: a sign-up box's consent line",
  isReadingPrompt,
  [
    'By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.',
    'By subscribing, you consent to receive emails from us under our privacy notice.',
    'By clicking Sign Up, you agree to our terms and privacy policy.',
  ],
  ['By signing up, you agree to let the company sell your data, critics say.', 'By registering early, farmers accept lower prices for their grain.'],
);

describeLineTest(
  'isReadingPrompt: an ask to follow the site on a messenger, by push alerts, or to subscribe (session 37)',
  isReadingPrompt,
  [
    "Join ST's WhatsApp Channel and get the latest news and must-reads.",
    'Follow the Herald on our Telegram channel for breaking news',
    'Sign up for Health & Family push alerts and have the best health news, tips and advice sent straight to your phone',
    'Subscribe: Get unlimited access to local news for just $1',
  ],
  [
    "The ministry's WhatsApp channel spread the rumour to 40,000 followers within an hour.",
    'Subscribers said the push alerts came too late to be useful.',
    'Follow-up checks found the Telegram channel was run from abroad.',
  ],
);

describeLineTest(
  'isDonationAppeal: a donation or membership box',
  isDonationAppeal,
  [
    'Donate now',
    'Donate',
    'Become a member',
    'Make a donation',
    'Support independent journalism',
    'Support our work',
    'Grist is a nonprofit newsroom. Your gift today will be matched.',
    'The Sun-Times is a nonprofit newsroom. Support our work.',
    'If you value our reporting, please consider a donation.',
    'We rely on readers like you to keep our journalism free.',
    'Jetzt spenden',
    'Unterstützen Sie unabhängigen Journalismus',
    'Faire un don',
    'Soutenez le journalisme indépendant',
    'Apoie o jornalismo independente',
    'Hazte socio',
    'Sostieni il nostro giornalismo',
    'Steun onafhankelijke journalistiek',
    'Wesprzyj nas',
    'Поддержите независимую журналистику',
    'Підтримайте нас',
    // Hungarian (session 45): Telex's heading called out alone, and the calls.
    'Támogasd a Telexet!',
    'Support The Valley Ledger!',
    'Támogass minket',
    'Támogasd a független újságírást!',
    // Afrikaans (session 46): Maroela Media's call and its button under the column.
    'Ondersteun onafhanklike Afrikaanse joernalistiek. Word vandag ’n vriend van die koerant.',
    'Skenk nou',
  ],
  [
    'Your donation will be matched by the Rotary Club until Friday, organisers said.',
    'Support for local journalism has fallen in every state, the study found.',
    'Support Ukraine rallies drew thousands in Berlin on Saturday.',
    'Donate blood this winter, the health service urged on Monday.',
    'The foundation became a member of the alliance in 2019.',
    'Faire un don à une association ouvre droit à une réduction d’impôt.',
    'Wesprzyj nas, apelowali mieszkańcy do radnych.',
    'Támogasd a csapatot, kérte az edző a szurkolókat.',
    'Ondersteun ons plaaslike boere, het die minister gevra.',
    'Support The Valley Ledger',
  ],
);

describe('isDonationBoxText', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const text = 'A Telex a független újságírásért dolgozik.';

  it("takes the box's line naming its journalism right under its call", () => {
    expect(isDonationBoxText(at(2, text), at(1, 'Támogasd a Telexet!'))).toBe(true);
    expect(isDonationBoxText(at(2, 'The Valley Ledger is reader-funded, independent journalism.'), at(1, 'Support independent journalism'))).toBe(true);
  });

  it('leaves it alone past a blank line, under a paragraph, or naming no journalism', () => {
    expect(isDonationBoxText(at(3, text), at(1, 'Támogasd a Telexet!'))).toBe(false);
    expect(isDonationBoxText(at(2, text), at(1, PROSE))).toBe(false);
    expect(isDonationBoxText(at(2, 'A villamosok tízpercenként járnak majd.'), at(1, 'Támogasd a Telexet!'))).toBe(false);
  });
});

describe('isCreditUnderCaption', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const caption = 'Nurses rally at the Capitol in Harbour City, Wednesday, Oct. 12, 2022, calling for more staff on wards.';

  // The spaces around the comma as a scraper may leave them (the credit's one comma, then the split at it).
  it.each(['Martin Calloway, AP', 'Hal Gentner, Reuters', 'Al Gorski, Associated Press', 'Jane Doe, Getty Images', 'Kelly Winslow, The Harbour Star', 'Martin Calloway ,  AP'])(
    'takes "%s" right under a caption set apart from the text for a credit',
    (credit) => expect(isCreditUnderCaption(at(11, credit), at(10, caption), at(8, PROSE))).toBe(true),
  );

  it("takes one right under a picture's own line", () => {
    expect(isCreditUnderCaption(at(11, 'Martin Calloway, AP'), at(10, '[Image]'), at(8, PROSE))).toBe(true);
    expect(isCreditUnderCaption(at(11, 'Martin Calloway, AP'), at(10, caption), at(9, '1 of 5'))).toBe(true);
  });

  it('leaves a contributor\'s line alone between paragraphs, under a paragraph of a page without blank lines, or of another shape', () => {
    expect(isCreditUnderCaption(at(12, 'Martin Calloway, AP'), at(10, caption), at(8, PROSE))).toBe(false);
    expect(isCreditUnderCaption(at(11, 'Martin Calloway, AP'), at(10, caption), at(9, PROSE))).toBe(false);
    expect(isCreditUnderCaption(at(11, 'Martin Calloway, AP'), at(10, 'Eastern Harbour quarterback Mike Glenn'), at(8, PROSE))).toBe(false);
    expect(isCreditUnderCaption(at(11, 'Martin Calloway, Indiana'), at(10, caption), at(8, PROSE))).toBe(false);
    expect(isCreditUnderCaption(at(11, 'Asked about it, Reuters'), at(10, caption), at(8, PROSE))).toBe(false);
    expect(isCreditUnderCaption(at(11, 'Martin Calloway, Jane Doe, AP'), at(10, caption), at(8, PROSE))).toBe(false);
  });
});

describe('isBareLinkLabel', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);

  it.each(['Also Read', 'Read more', 'READ NEXT', "Don't miss"])('takes "%s" right over a headline for a link\'s label', (label) => {
    expect(isBareLinkLabel(at(10, label), at(11, 'Trolley crisis: Why Limerick hospital is always the worst'))).toBe(true);
  });

  it("leaves a label over a blank line, a sentence or a button's words, and a line that is no label", () => {
    expect(isBareLinkLabel(at(10, 'Read more'), at(12, 'Trolley crisis: Why Limerick hospital is always the worst'))).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more'), at(11, PROSE))).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more'), at(11, 'Hide'))).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more'), undefined)).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more about the council'), at(11, 'Trolley crisis: Why Limerick hospital is always the worst'))).toBe(false);
  });
});

describe('isVideoCaption', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const caption = 'Firefighters battle the fire near Cudlee Creek.';

  it("takes the line right under a video player's length, a blank line under it, for its caption", () => {
    expect(isVideoCaption(at(12, caption), at(11, '1m'), at(10, 'Duration: 1 minute 12 seconds'), at(14, PROSE))).toBe(true);
    expect(isVideoCaption(at(12, caption), at(11, '2m 5s'), at(10, 'Duration: 2 minutes, 5 seconds'), undefined)).toBe(true);
    expect(isVideoCaption(at(11, caption), at(10, 'Duration: 2:31'), at(9, 'Watch'), at(13, PROSE))).toBe(true);
  });

  it("takes the title under a playlist's label and the next video's length for the video's, the story going on under it", () => {
    expect(isVideoCaption(at(12, 'Harbour Lions training report: Week 9'), at(11, '01:48'), at(10, 'Up next'), at(13, PROSE))).toBe(true);
    expect(isVideoCaption(at(12, 'New arrivals hall opens at the airport'), at(11, '2:14'), at(10, 'Now playing'), at(13, PROSE))).toBe(true);
    // A live blog's stamp under a heading: no playlist.
    expect(isVideoCaption(at(12, 'Harbour Lions training report: Week 9'), at(11, '01:48'), at(10, 'Latest updates'), at(13, PROSE))).toBe(false);
  });

  it('leaves a line with no length over it, the article going on right under it, or a paragraph', () => {
    // A live blog's stamp over its entry's heading, a count over a line: no player's length.
    expect(isVideoCaption(at(12, caption), at(11, '14:10'), at(10, PROSE), at(14, PROSE))).toBe(false);
    expect(isVideoCaption(at(12, caption), at(11, '1m'), at(10, PROSE), at(14, PROSE))).toBe(false);
    expect(isVideoCaption(at(12, caption), at(10, 'Duration: 1 minute 12 seconds'), at(8, PROSE), at(14, PROSE))).toBe(false);
    expect(isVideoCaption(at(12, `${PROSE} ${PROSE}`), at(11, 'Duration: 1 minute 12 seconds'), at(10, 'Watch'), at(14, PROSE))).toBe(false);
    expect(isVideoCaption(at(12, caption), at(11, 'Duration of the works: two years'), at(10, PROSE), at(14, PROSE))).toBe(false);
  });
});

describeLineTest(
  'isLanguageEditionLink: a link to the article in another language',
  isLanguageEditionLink,
  ['阅读简体中文版閱讀繁體中文版', 'Leer en español', 'Read in English', 'Read this article in Spanish', 'Lire en français', 'Auf Deutsch lesen', 'Ler em português', 'English version', 'Versión en español', 'Read in English | Leer en español', 'Читать на русском'],
  ['Read in English, the letter says the council will close the library.', 'English version of the report is due in March', 'Leer en español es un placer', 'Chinese edition sales rose 20 percent last year', 'English Edition', 'Read more'],
);

describeLineTest(
  "isReadingPrompt: a link to the whole story on the site",
  isReadingPrompt,
  ['Read more at texastribune.org', 'Read the full story at The Texas Tribune', 'Continue reading on nytimes.com/2026/12/04/us/story.html', 'Full story at BBC News'],
  ["Read more at the council's website.", 'Read more on the vote in our live blog'],
);

describeLineTest(
  'isReadingPrompt: a sign-up prompt closing a line after a short lead-up',
  isReadingPrompt,
  ['Want more Harbour Times? Sign up for our newsletter.', 'Stay up to date with Contoso. Subscribe to our newsletter.', "Get the latest news right in your inbox. Subscribe to Harbour.com's newsletters."],
  [
    'The mayor resigned on Tuesday after a vote of no confidence. Story continues below advertisement',
    'The council will publish its plan for the harbour in March, after a consultation with residents and businesses. Sign up for our newsletter.',
    'The library said residents can sign up for the newsletter at the front desk.',
  ],
);

describeLineTest(
  "isMoreStoriesLabel: a box of other stories' label naming where they come from",
  isMoreStoriesLabel,
  ['More from Arlington Heights', 'More in Politics', 'More From WIRED', 'More on washingtonpost.com', 'More on this story', 'MORE IN WORLD'],
  ['More from the council meeting was expected on Tuesday.', 'More than 200 people attended', 'More from the interview', 'more in politics'],
);

describe('isDonationHeading', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const appeal = 'The Valley Ledger is a nonprofit newsroom. Your gift today will be matched.';

  it("takes 'Support' and the site's name right over the box's appeal", () => {
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(2, appeal))).toBe(true);
  });

  it('leaves it alone over a paragraph, past a blank line, or as a story\'s heading', () => {
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(2, PROSE))).toBe(false);
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(3, appeal))).toBe(false);
    expect(isDonationHeading(at(1, 'Support for the ferry'), at(2, appeal))).toBe(false);
  });
});

describeLineTest(
  "isBoxButton: a sign-up box's bare button",
  isBoxButton,
  ['Subscribe', 'SUBSCRIBE NOW', 'Submit', 'Join now', 'Jetzt abonnieren', "S'abonner", 'Suscríbete', 'Подписаться'],
  ['Subscribe to our newsletter for the latest news.', 'Subscribers', 'Joining the club', 'Go-ahead for the bridge'],
);

describeLineTest(
  'isFollowLink: a follow link alone, wherever it stands',
  isFollowLink,
  [
    'Follow Us', 'Follow us on X and Instagram', 'Suivez-nous sur Facebook', 'Folgen Sie uns', 'Síguenos en Twitter',
    // An author's plug written as sentences (Forbes' contributors, session 37).
    'Follow me on LinkedIn or Twitter. Check out my website.', 'Follow me on Twitter.', 'Follow me on Twitter, LinkedIn and Instagram. Check out my book about the Arctic.',
    // A broadcaster's language service names itself (session 51).
    'Follow Radio Kestrel Urdu on Facebook, Instagram and YouTube.', 'Follow Harbour Latino on Twitter and Instagram.',
    // X named before another network in the plug (session 51).
    'Follow me on X or LinkedIn.', 'Follow me on X, Threads and Instagram.',
  ],
  [
    'Share', 'Share this article', 'Follow the money', 'Follow us, the guide told the group as the fog came down.',
    'Follow me on Twitter, he told his fans after the match.', 'Follow me on Twitter. The rest of the story is there, the mayor joked at the meeting.',
    'Follow the river, then turn left on Facebook Road.', 'Follow the signs to the clinic on Instagram Lane.',
    'Follow the route on X and Y axes.', 'Follow me on X or, better, come to the launch.',
  ],
);

describeLineTest(
  'isShareButton: a bare share button alone, wherever it stands',
  isShareButton,
  ['Share', 'SHARE', 'Share:', 'Teilen', 'Partager', 'Compartir', 'Share Via :', 'Share via', 'Share on:', 'Share this:', 'Share or comment on this article:'],
  ['Share this article', 'Share this', 'Share or comment on this article', 'Share prices', 'Shared', 'Share the road, police urge drivers.', 'Share via email the council said', 'Share on the rise'],
);

describeLineTest(
  "isShareButtonName: one network's share button alone (the title's search counts none against its window)",
  isShareButtonName,
  ['Twitter', 'WhatsApp', 'Email', 'E-mail', 'LinkedIn', 'Print', 'ВКонтакте'],
  ['Twitter Facebook', 'Twitter files', 'Print edition', 'Emailing the council', 'Messengers'],
);

// A sponsor's credit ending at its "by", the logo not scraped: PBS's had been a transcript page's title.
describe('isAdLabel: a sponsor credit', () => {
  const label = (text: string): boolean => isAdLabel(describeLine(1, text, STOPWORDS));

  it('is a credit line that ends at its "by"', () => {
    for (const text of ['Support Provided By:', 'Support for News Hour Provided By', 'Funding for this program is provided in part by:', 'Sponsored by', 'Paid for by', 'Made possible by:']) expect(label(text), text).toBe(true);
  });

  it('is not a sentence or headline that names who provided or sponsored something', () => {
    for (const text of ['Support provided by the state ended in March.', 'Sponsored by the mayor, the bill passed 7-2', 'Paid for by taxpayers: the stadium deal', 'Stand By']) expect(label(text), text).toBe(false);
  });
});

// Site chrome still kept as text (session 39): each line had stayed in the body.
describeLineTest(
  "isSyndicationNote: a site's offer to republish the article",
  isSyndicationNote,
  ['Republish this article', 'Republish our articles for free, online or in print, under a Creative Commons license.'],
  ['Republish', 'Republish this article, the editor told the wire service, and the row began.', 'Republishing the photos cost the paper $2,000.'],
);

describeLineTest(
  'isStudyTitle: the paper a press release reports',
  isStudyTitle,
  ['Study: Long-term load behaviour of prestressed concrete supports in cold climates', 'Study: "Sleep loss and memory in older adults", Journal of Ageing, 2026. DOI: 10.1000/ja.2026.12', 'Original study: Soil carbon under cover crops'],
  ['Study: the results show that most of the sites were dry.', 'Study hall was cancelled on Friday', 'The study: a summary'],
);

describeLineTest(
  "isFormConfirmation: what a reader's form says once sent",
  isFormConfirmation,
  ["Thanks for contacting us. We've received your submission.", 'Thank you for reporting!', 'Thank you for your submission.', 'Thanks for reporting this comment.'],
  ['Thank you for reporting this, she wrote to the council.', 'Thanks for contacting us, the spokesman said, and hung up.', 'Thank you'],
);

describeLineTest(
  'isFirstPersonBio: an author box written in the first person',
  isFirstPersonBio,
  ['I am a writer, journalist, professor and entrepreneur, not always in that order.', "I'm a senior reporter covering energy and climate.", 'I cover the business of sport for Forbes.'],
  ['I am a nurse, and last winter I worked 60 hours a week.', 'I was a reporter for ten years before I joined the council.', "I’m a two-time marathon runner, a mother of three, and a volunteer coach."],
);

describeLineTest(
  "isStoryLink: a video's link labelled with its colon",
  isStoryLink,
  ['WATCH: How engineers inspect a century-old bridge', 'Video: Robots galore at the fair'],
  // A menu's items naming the videos' sections (session 40).
  ['Video | Photos', 'Watch: the council said the vote would be live on its website.', 'Watch the video', 'Video: Arts', 'VIDEO: World News', 'Video: Opinion'],
);

describeLineTest(
  "isMediaPlaceholder: a video player's label with its length",
  isMediaPlaceholder,
  ['VIDEO 02:15', 'VIDEO03:45', 'Video 1:02:30', 'Media playback is unsupported on your device', 'Your browser does not support the video tag.'],
  ['VIDEO', 'Video 2 of 5', 'Video shows the 02:15 train leaving', 'Media playback is unsupported on your device, the app warns, so the club streams on radio.'],
);

describeLineTest(
  "isMediaPlaceholder: a picture's buttons under its caption and an old player's Flash detection note (session 50)",
  isMediaPlaceholder,
  ['Click here to enlarge.', 'Buy a copy of this picture.', 'Buy a print of this photo', 'Click here to bypass the Flash detection, as you run the newest Flash Player.'],
  ['Click here to enlarge the map of the flooded streets.', 'Buy a copy of this picture book for a child you know, the librarian said.', 'Click here to download.'],
);

describe('isBareLinkLabel: "Related article" and "Key Events" over a headline', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  it.each(['Related article', 'Key Events'])('takes "%s" with a headline right under it', (label) => {
    expect(isBareLinkLabel(at(1, label), at(2, 'Drivers face long detours as bridge repairs drag on'))).toBe(true);
  });
  it.each(['Read Next', 'Related article', "Don't miss"])('takes "%s" over a blank line and a headline: no button is so worded', (label) => {
    expect(isBareLinkLabel(at(1, label), at(3, 'Man rescued from frozen lake after three hours'))).toBe(true);
  });
  it('leaves "Read more" over a blank line and a headline: a button over a subheading', () => {
    expect(isBareLinkLabel(at(1, 'Read more'), at(3, 'What happens to the old bridge'))).toBe(false);
  });
  it('leaves "Key Events" over a paragraph, or over a blank line, as a subheading', () => {
    expect(isBareLinkLabel(at(1, 'Key Events'), at(2, PROSE))).toBe(false);
    expect(isBareLinkLabel(at(1, 'Key Events'), at(3, 'Council confirms spring opening'))).toBe(false);
  });
});

describe("isVideoCaption: a video's title on a page without blank lines", () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  it('takes a title (no full stop) under "VIDEO 02:15" with the text going on right under it', () => {
    expect(isVideoCaption(at(2, 'Why city bridges across the US are falling apart'), at(1, 'VIDEO 02:15'), undefined, at(3, PROSE))).toBe(true);
  });
  it('leaves a sentence there: it may be the article going on', () => {
    expect(isVideoCaption(at(2, 'Firefighters battle the fire near Cudlee Creek.'), at(1, 'Duration: 1 minute 12 seconds'), undefined, at(3, PROSE))).toBe(false);
  });
  it('takes a sentence under the length read and shown, a whole player (session 40)', () => {
    expect(isVideoCaption(at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(2, '1m'), at(1, 'Duration: 1 minute 12 seconds'), at(4, PROSE))).toBe(true);
  });
  it("takes a sentence under the player's label over its length, a whole player too (session 41)", () => {
    expect(isVideoCaption(at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(2, 'Duration: 1 minute 12 seconds'), at(1, 'Watch'), at(4, PROSE))).toBe(true);
    expect(isVideoCaption(at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(2, 'Duration: 2:31'), at(1, 'Play video'), at(4, PROSE))).toBe(true);
    // The label set apart from the length, a blank line between: no one player's.
    expect(isVideoCaption(at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(2, 'Duration: 2:31'), at(0, 'Watch'), at(4, PROSE))).toBe(false);
  });
});

// The session 41 tester's pages: notes, prompts and links that had stayed as the article's last paragraphs or between them.
describeLineTest(
  "isPrintEditionNote: a magazine's note naming its issue (session 41)",
  isPrintEditionNote,
  [
    'This article appears in the January 2027 print edition with the headline "The Keepers."',
    'This story appeared in the March 2026 print edition under the headline "Salt and Iron."',
    'Published in the print edition of the December 8, 2026, issue, with the headline “Night Shift.”',
  ],
  [
    'The magazine published in the print edition of 1953 a map nobody could read.',
    'Published in 2026, the report found the print edition losing readers.',
    'This article appears to be the first in the January 2027 series.',
  ],
);

describeLineTest(
  "isReadingPrompt: a sign-up box's consent, an offer and a pictograph's prompt (session 41)",
  isReadingPrompt,
  [
    'By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.',
    'By providing your email, you agree to our Terms and Privacy Policy.',
    "Don't miss out on the latest news and information.",
    'Subscribe to HARBOR PLUS to get access to The Harbor Daily & other 40+ titles, share up to 5 gadgets, listen to the news and download as early as 4am. Call 555 0100.',
    '📲 Participe do canal do g1 SP no WhatsApp',
    'Faça parte do canal do Diário Serrano no Telegram',
    '📩 Sign up for our newsletter',
    'Contact us at letters@harbormagazine.example.',
  ],
  [
    'By providing an email address, residents can get alerts when the river rises.',
    "Don't miss out on the fireworks: the council moved them to Saturday.",
    'Subscribe to the app to get a discount, the company told drivers.',
    'O canal do Panamá recebeu 30 navios no domingo.',
    '📲 The ministry sent the alert to every phone in the district.',
    'Contact us at the harbour office, the sign on the gate says.',
  ],
);

// The session 45 tester's ABC News (Australia) page: the sign-up box's note on the reader's data had been the last paragraph.
describeLineTest(
  "isReadingPrompt: a sign-up box's note on what becomes of the reader's data (session 45)",
  isReadingPrompt,
  [
    'Your information is being handled in accordance with the ABC Privacy Collection Statement.',
    'Your personal data will be processed in line with our Privacy Notice.',
    'Your details are used in accordance with the Riverton Courier privacy policy.',
  ],
  [
    'Your information is being handled by three agencies, the minister said.',
    "The patients' data was processed in accordance with the hospital's privacy rules, the inquiry found.",
  ],
);

// The session 44 tester's UOL page: the site's offer of its news alerts under every story had been the last paragraph.
describeLineTest(
  "isReadingPrompt: a Brazilian site's offer of its news, the whole line (session 44)",
  isReadingPrompt,
  ['Receba notícias do UOL. É grátis!', 'Receba as notícias do Diário Serrano', 'Assine notícias da Folha do Vale.'],
  ['Receba notícias do UOL sobre a greve e veja o que muda para quem usa o metrô nesta semana, disse o sindicato.', 'Recebeu notícias do filho só na sexta-feira.', 'O prefeito disse que as famílias receberam notícias da prefeitura.'],
);

describeLineTest(
  'isStoryLink: a bare "READ:" over a headline set into the text (session 41)',
  isStoryLink,
  ['READ: Manila bay cleanup volunteers collect 3 tons of trash', 'Read: Council approves new ferry timetable'],
  ['Read: the council said the vote would be held on Monday.', 'READ', 'Ready: the station opens on Monday'],
);

describeLineTest(
  "isStoryLink: the session 46 tester's labels: BBC Swahili's box and its closing line, Slovene, Peru's \"MIRA:\", Walla's, La Presse's",
  isStoryLink,
  [
    'Unaweza pia kusoma',
    'Mwisho wa Unaweza pia kusoma',
    'پایان بیشتر بخوانید',
    'Preberite še: Mestni avtobusi bodo vozili tudi ponoči',
    'MIRA: Corredor Morado amplía su horario desde el lunes',
    'עוד בוואלה',
    'Lisez « Le tramway de Québec coûtera un milliard de plus »',
    'Lisez la chronique « Le pont qui ne finit plus »',
  ],
  [
    'Mira',
    'Mira, no sabemos cuándo llegará el tren, dijo la vecina.',
    'Lisez « Le Petit Prince » à vos enfants, conseille la bibliothécaire.',
    'Mwisho wa mwaka huu serikali itazindua reli mpya.',
  ],
);

describeLineTest(
  "isStoryLink: the session 47 tester's labels: Latvian, Hausa, Telugu, and a dash after another language's label (Punjabi, Hindi)",
  isStoryLink,
  [
    'Lasi vēl: Jelgavā atklāj jaunu bibliotēku',
    'Karanta Kuma: An bude sabuwar kasuwa a Zaria',
    'Labarai masu alaka',
    'ఇవీ చదవండి:',
    "ਇਹ ਵੀ ਪੜ੍ਹੋ - ਅੰਮ੍ਰਿਤਸਰ 'ਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹਿਆ",
    'यह भी पढ़ें- नगर निगम ने पानी का बिल घटाया',
  ],
  [
    'Lasi vēl daudzas grāmatas, ieteica bibliotekāre.',
    'Karanta kuma rubuta na da muhimmanci ga yara, in ji malamin.',
    'Read more - the council said it would publish the figures.',
  ],
);

describeLineTest(
  "isStoryLink: the session 48 tester's labels: Armenian (after the Armenian comma), Nepali, Zulu",
  isStoryLink,
  [
    'Կարդալ նաև՝ Իջևանում բացվեց նոր գրադարան',
    'Կարդացեք նաև՝',
    'यो पनि पढ्नुहोस् : धरानमा नयाँ पुल निर्माण सुरु',
    'Funda nalokhu: Kuvulwa isibhedlela esisha eMgungundlovu',
  ],
  [
    'Կարդալ նաև գրքեր, խորհուրդ տվեց գրադարանավարը։',
    'Funda nalokhu ngokucophelela, kusho uthisha.',
  ],
);

describeLineTest(
  "isStoryLink: the session 50 tester's labels: Assamese, Malagasy",
  isStoryLink,
  ['আৰু পঢ়ক: শিৱসাগৰত নতুন পুথিভঁৰাল মুকলি', 'আৰু পঢ়ক', 'Vakio koa: Nisokatra ny tsena vaovao any Fianarantsoa'],
  ['Vakio koa ny boky rehetra, hoy ilay mpampianatra.'],
);

describeLineTest(
  "isStoryLink: the session 51 tester's label: Tajik, with and without the imperative's prefix",
  isStoryLink,
  ['Инчунин хонед: Дар Панҷакент боғи нав кушода шуд', 'Инчунин бихонед: Нархи гӯшт дар бозорҳо афзуд', 'Инчунин хонед'],
  ['Инчунин хонед, ки китобҳо дар китобхона ройгонанд.'],
);

describeLineTest(
  "isSyndicationNote: a science news site's credit for the release it runs (session 41)",
  isSyndicationNote,
  ['Story Source:', 'Materials provided by University of Lund. Note: Content may be edited for style and length.', 'Materials provided by Harbor Institute of Marine Science.'],
  ['Materials provided by the council were found to be out of date, the auditor said, and two were withdrawn.', 'The story source was never named.'],
);
