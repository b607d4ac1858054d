import { describe, expect, it } from 'vitest';
import { isBareLinkLabel, isHeadlineRunIntoDateline, isJumpLink, isMoreStoriesLabel, isPagerLink, isStoryBoxLabel, isStoryLink, headlinesBetweenParagraphs } from '../../../src/clean/chrome/links.js';
import { describeLine } from '../../../src/clean/lines.js';
import { describeLineTest, line, pageLines, PROSE, STOPWORDS } from '../line-cases.js';

describe('isPagerLink', () => {
  const pager = (text: string): boolean => isPagerLink(line(text));

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

describeLineTest('isJumpLink: a link to another part of the page', isJumpLink, ['Skip to content', 'Skip to main content', 'Jump to comments', 'Jump to Recipe', 'See the sources for this fact-check', 'See all sources'], ['Skip to the end, the mayor said.', 'Jump to conclusions', 'See the sources of the river', 'Go to the polls']);

describe('isBareLinkLabel', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);

  it.each(['Also Read', 'Read more', 'READ NEXT', "Don't miss"])('takes "%s" right over a headline for a link\'s label', (label) => {
    expect(isBareLinkLabel(at(10, label), at(11, 'Trolley crisis: Why Limerick hospital is always the worst'))).toBe(true);
  });

  it('takes "Read more" right over a question headline, not over a question of a paragraph\'s length', () => {
    expect(isBareLinkLabel(at(10, 'Read more'), at(11, 'Flooding in the river city: Whose job is it anyway?'))).toBe(true);
    expect(isBareLinkLabel(at(10, 'Read more'), at(11, 'Why did the council wait three years to start the work, and what happens now to the canals, the footpaths and the families who have lived along their banks for so long?'))).toBe(false);
  });

  it("leaves a label over a blank line, a sentence or a button's words, and a line that is no label", () => {
    expect(isBareLinkLabel(at(10, 'Read more'), at(12, 'Trolley crisis: Why Limerick hospital is always the worst'))).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more'), at(11, PROSE))).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more'), at(11, 'Hide'))).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more'), undefined)).toBe(false);
    expect(isBareLinkLabel(at(10, 'Read more about the council'), at(11, 'Trolley crisis: Why Limerick hospital is always the worst'))).toBe(false);
  });
});

describeLineTest(
  "isMoreStoriesLabel: a box of other stories' label naming where they come from",
  isMoreStoriesLabel,
  ['More from Arlington Heights', 'More in Politics', 'More From WIRED', 'More on washingtonpost.com', 'More on this story', 'MORE IN WORLD'],
  ['More from the council meeting was expected on Tuesday.', 'More than 200 people attended', 'More from the interview', 'more in politics'],
);

describeLineTest(
  "isStoryLink: a video's link labelled with its colon",
  isStoryLink,
  ['WATCH: How engineers inspect a century-old bridge', 'Video: Robots galore at the fair'],
  // A menu's items naming the videos' sections.
  ['Video | Photos', 'Watch: the council said the vote would be live on its website.', 'Watch the video', 'Video: Arts', 'VIDEO: World News', 'Video: Opinion'],
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

describeLineTest(
  'isStoryLink: "Also on" and the site\'s address run into the headline, no colon',
  isStoryLink,
  ['Also on rt.com Harbour council votes to close the old ferry pier', 'ALSO ON harbour-news.co.uk Ferry strike called off after late talks'],
  // A box's label alone, a sentence, and an abbreviation.
  ['Also on Reuters', 'Also on harbour.com', 'Also on U.S. soil, the ferry firm cut two routes.', 'Also on Jan. 5 the council met again', 'Also on the agenda was the old pier.'],
);

describeLineTest(
  'isStoryLink: a bare "READ:" over a headline set into the text',
  isStoryLink,
  ['READ: Manila bay cleanup volunteers collect 3 tons of trash', 'Read: Council approves new ferry timetable'],
  ['Read: the council said the vote would be held on Monday.', 'READ', 'Ready: the station opens on Monday'],
);

describeLineTest(
  "isStoryLink: BBC Swahili's box and its closing line, Slovene, Peru's \"MIRA:\", Walla's, La Presse's",
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
  "isStoryLink: Latvian, Hausa, Telugu, and a dash after another language's label (Punjabi, Hindi)",
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
  "isStoryLink: Armenian (after the Armenian comma), Nepali, Zulu",
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
  "isStoryLink: Assamese, Malagasy",
  isStoryLink,
  ['আৰু পঢ়ক: শিৱসাগৰত নতুন পুথিভঁৰাল মুকলি', 'আৰু পঢ়ক', 'Vakio koa: Nisokatra ny tsena vaovao any Fianarantsoa'],
  ['Vakio koa ny boky rehetra, hoy ilay mpampianatra.'],
);

describeLineTest(
  "isStoryLink: Sindhi, Māori, Khmer (after Khmer's colon), Cebuano, Papiamento, Xhosa",
  isStoryLink,
  [
    'اهو پڻ پڙهو: سکر ۾ نئين لائبريري کلي وئي',
    'Pānuihia anō: Ka whakatuwheratia he whare pukapuka hou ki Ōtaki',
    'អានបន្ថែម៖ សាលារៀនថ្មីបើកនៅខេត្តតាកែវ',
    'BASAHA: Bag-ong merkado giablihan sa Talisay',
    'Lesa tambe: Biblioteka nobo habri na Otrobanda',
    'Funda nangakumbi: Kuvulwe ithala leencwadi elitsha eQonce',
  ],
  [
    'Basaha ang libro, matud pa sa magtutudlo.',
    'Lesa tambe e buki aki, el a bisa.',
    'Funda nangakumbi ngemithetho emitsha, utshilo utitshala.',
  ],
);

describeLineTest(
  "isStoryLink: Tajik, with and without the imperative's prefix",
  isStoryLink,
  ['Инчунин хонед: Дар Панҷакент боғи нав кушода шуд', 'Инчунин бихонед: Нархи гӯшт дар бозорҳо афзуд', 'Инчунин хонед'],
  ['Инчунин хонед, ки китобҳо дар китобхона ройгонанд.'],
);

// A magazine's box under the story: its site's promos under the headlines had been the article's last paragraphs.
describeLineTest(
  "isStoryBoxLabel: a magazine's 'More Great … Stories'",
  isStoryBoxLabel,
  ['More Great WIRED Stories', 'More Great Harbour Review Stories', 'MORE GREAT STORIES'],
  ['More great stories were told at the fair.', 'More Great Lakes stories are planned for spring', 'More great reporting from the valley'],
);

describeLineTest(
  "isStoryLink: a link to the story's section, its arrow or ellipsis after 'More … news'",
  isStoryLink,
  ['More sport news...', 'More Money News »', 'MORE STORIES »', 'More news >>', 'More World of Harbour Rowing News…'],
  ['More News Stories', 'More Latest News', 'More news is expected on Friday.', 'More people read the news online than in print...'],
);

describeLineTest(
  "isStoryLink: Turkish singular 'related news', a label in capitals run into its headline",
  isStoryLink,
  ["İlgili Haber: Ordu'da fındık bahçeleri sular altında", 'İLGİLİ HABER: Rize çay üreticilerine destek', 'LÆS OGSÅ Huslejen i Odense stiger igen', 'LES OGSÅ Ny bybane til Fyllingsdalen åpner i mai', 'LEIA TAMBÉM Câmara de Braga aprova novo parque'],
  ['İlgili haber kanalları açıklama yapmadı.', 'Læs også rapporten om huslejen i Odense', 'LES OGSÅ DETTE HER', 'Les også boka, sa læreren.'],
);

describe('isBareLinkLabel: Polish "Czytaj więcej" over a headline', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  it('takes the label right over a headline, not over a blank line or a sentence', () => {
    expect(isBareLinkLabel(at(1, 'Czytaj więcej'), at(2, 'Gdańsk: nowa linia autobusowa na Wyspę Sobieszewską'))).toBe(true);
    expect(isBareLinkLabel(at(1, 'Czytaj więcej'), at(3, 'Gdańsk: nowa linia autobusowa na Wyspę Sobieszewską'))).toBe(false);
    expect(isBareLinkLabel(at(1, 'Czytaj więcej'), at(2, 'Radni zdecydują o budżecie w przyszłym tygodniu, powiedział prezydent.'))).toBe(false);
  });
});

describe('headlinesBetweenParagraphs', () => {
  const found = (texts: readonly string[]): string[] => [...headlinesBetweenParagraphs(pageLines(texts))].map((line) => line.text);
  const between = (text: string): string[] => found(['The clerk was convicted in May on 40 counts of fraud.', text, 'The fund said members would be repaid by June.']);
  it("takes another story's headline quoting its subject between two paragraphs", () => {
    expect(between("'Follow the cash' - how investigators found the missing funds")).toEqual(["'Follow the cash' - how investigators found the missing funds"]);
    expect(between('“We were never told” — families of the flood victims speak out')).toEqual(['“We were never told” — families of the flood victims speak out']);
  });
  it("leaves a quote the story gives as a sentence, and such a headline not between two paragraphs", () => {
    expect(between("'We will appeal' - the lawyer told reporters outside the court.")).toEqual([]);
    expect(between("'We will appeal,' the lawyer said")).toEqual([]);
    expect(found(["'Follow the cash' - how investigators found the missing funds", 'The fund said members would be repaid by June.'])).toEqual([]);
  });
  it('takes a headline in capitals of eight words or more between two paragraphs, or under its video label under one', () => {
    expect(between('FERRY CREW RESCUES FOUR FISHERMEN OFF THE NORTH PIER')).toEqual(['FERRY CREW RESCUES FOUR FISHERMEN OFF THE NORTH PIER']);
    const video = ['The clerk was convicted in May on 40 counts of fraud.', 'Video', 'FERRY CREW RESCUES FOUR FISHERMEN OFF THE NORTH PIER', 'The fund said members would be repaid by June.'];
    expect(found(video)).toEqual(['FERRY CREW RESCUES FOUR FISHERMEN OFF THE NORTH PIER']);
  });
  it('leaves a subheading in capitals, and a quoted headline under a video label', () => {
    expect(between('HOW THE VOTES WERE COUNTED')).toEqual([]);
    const video = ['The clerk was convicted in May on 40 counts of fraud.', 'Video', "'Follow the cash' - how investigators found the missing funds", 'The fund said members would be repaid by June.'];
    expect(found(video)).toEqual([]);
  });
});

describeLineTest(
  "isStoryBoxLabel: Croatian and Serbian 'read this too' alone over its link",
  isStoryBoxLabel,
  ['Pročitajte i ovo', 'PROČITAJTE I OVO', 'Прочитајте и ово'],
  ['Pročitajte i ovo pismo, rekao je gradonačelnik.', 'Pročitajte'],
);

describeLineTest(
  "isHeadlineRunIntoDateline: another story's headline in capitals run into its teaser's dateline",
  isHeadlineRunIntoDateline,
  [
    'THE COUNCIL THAT FORGOT ITS BUDGETHARBOUR CITY -- It was a long night at city hall on Tuesday, and the council passed a budget.',
    'WHY THE FERRY STILL MATTERS TO USNORTH POINT — Ask anyone on the north shore how they get to work, and they will tell you.',
  ],
  [
    'SALT LAKE CITY -- The state legislature passed a bill on Tuesday that would cut the sales tax on groceries by half.',
    'JACKSONVILLE, N.C. -- Military officials said on Monday that the base would reopen its gates to visitors next week.',
    'THE COUNCIL THAT FORGOT ITS BUDGET -- A NIGHT AT CITY HALL',
  ],
);
