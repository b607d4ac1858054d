import { describe, expect, it } from 'vitest';
import { firstPublisher, isAffiliateDisclosure, isDevelopingStoryNote, isDonorDisclosure, isFeedbackPoll, isOpinionDisclaimer, isOutletMission, isPortalSectionNote, isPresumptionNote, isPrintEditionNote, isSponsorDisclosure, isStudyTitle, isSyndicationNote, isTranslationNote } from '../../../src/clean/chrome/notes.js';
import { describeLineTest, line } from '../line-cases.js';

describe('isSyndicationNote', () => {
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
    // tagesschau.de's under every story: it had been the last paragraph.
    expect(isSyndicationNote(line('Über dieses Thema berichtete WDR 5 am 03. November 2026 um 08:00 Uhr.'))).toBe(true);
    expect(isSyndicationNote(line('Über dieses Thema berichtete Deutschlandfunk am 3. November 2026 in den Nachrichten.'))).toBe(true);
    expect(isSyndicationNote(line('Dieses Thema im Programm:'))).toBe(true);
    expect(isSyndicationNote(line('Über dieses Thema berichtete die Zeitung bereits vor zwei Jahren ausführlich.'))).toBe(false);
  });

  it("takes a Turkish site's note that it compiles its news from the agencies, and a story's sentence for none", () => {
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

  it("takes a site's terms that a link to it is mandatory when its material is used, and a story's sentence on links for none", () => {
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

  it('takes a note that the article ran first in another paper in other languages, without reading the paper as its publisher', () => {
    for (const note of [
      'Este artikolo fue publikado primero en La Boz, el periódiko en ladino de Salóniko.',
      'Este artículo fue publicado primero en El Diario del Valle.',
      'Este artigo foi publicado primeiro no Jornal da Serra.',
      'Cet article a été publié initialement dans La Gazette du Port.',
      "Questo articolo è stato pubblicato per la prima volta su Il Corriere del Lago.",
      'Dieser Artikel erschien zuerst bei Hafenblatt Online.',
    ]) {
      expect(isSyndicationNote(line(note))).toBe(true);
      expect(firstPublisher(line(note))).toBeNull();
    }
    for (const sentence of ['Este artículo fue publicado primero en 2019 y corregido después.', 'Dieser Artikel erschien zuerst vor zehn Jahren.']) expect(isSyndicationNote(line(sentence))).toBe(false);
  });

  it("takes an agency feed's note whatever the case of its word for the feed, as the note's pattern does (ſ is an s to it)", () => {
    expect(isSyndicationNote(line('(This story has not been edited by Daily Courier staff and is published from a SYNDICATED FEED.)'))).toBe(true);
    expect(isSyndicationNote(line('This report is auto-generated from Syndicated News feed.'))).toBe(true);
    expect(isSyndicationNote(line('This report is auto-generated from ſyndicated news feed.'))).toBe(true);
    expect(isSyndicationNote(line('Riverbend Ledger is a non-profit newsroom covering the valley.'))).toBe(true);
  });
});

describeLineTest(
  "isSyndicationNote: a publisher's note on reprints",
  isSyndicationNote,
  ['For a reprint of this article, please contact reprints@lawwire.com.', 'To order reprints of this story, call 1-800-555-0199.', 'For reprints, please email permissions@example-journal.com'],
  ['For reprints of the 1962 edition, collectors now pay more than $400.', 'To order reprints, the paper once needed six weeks and a letter from the editor.'],
);

describeLineTest(
  'isOpinionDisclaimer',
  isOpinionDisclaimer,
  [
    "The views expressed in this article are the author's own and do not necessarily reflect the editorial position of the newspaper.",
    'Opinions expressed by Forbes Contributors are their own.',
    'Disclaimer: The views expressed here are those of the writer and do not necessarily represent those of the publisher.',
    'The opinions expressed in this commentary are solely those of the author.',
    // A platform's under every story, its readers' and contributors' statements "made" there.
    'DISCLAIMER: The Views, Comments, Opinions, Contributions and Statements made by Readers and Contributors on this platform do not necessarily represent the views or policy of Harbourside Media Limited.',
    // Afrikaans, Spanish, French and Portuguese: Maroela Media's had been the column's last paragraph.
    'Die menings wat in hierdie rubriek uitgespreek word, is dié van die skrywer en weerspieël nie noodwendig die standpunt van die koerant nie.',
    'Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.',
    'Les opinions exprimées dans ce texte n’engagent que leur auteur.',
    'As opiniões expressas neste artigo são de responsabilidade exclusiva do autor.',
    // After a sentence saying what the piece is, as a reader's column opens (Lefaso.net's).
    'Ceci est une tribune d’un lecteur. Les opinions exprimées n’engagent que son auteur.',
    'This is an opinion column. The views expressed are those of the author.',
    // Chinese portals', Sohu's under every story its members post.
    '平台声明：该文观点仅代表作者本人，本号系信息发布平台，仅提供信息存储空间服务。',
    '声明：本文觀點僅代表作者個人立場。',
  ],
  [
    'The views expressed at the meeting do not necessarily reflect council policy, the chair said.',
    'Die menings van die inwoners oor die plan verskil, het die raadslid gesê.',
    'Las opiniones expresadas por los vecinos fueron recogidas por el alcalde.',
    "The author's views were expressed in a letter that the board later published.",
    'Views expressed by residents ranged from anger to relief.',
    'The views made public by the report’s authors are being studied by the council.',
    '该观点仅代表少数居民的看法。',
    'This is an opinion the council shares. The views expressed at the meeting do not necessarily reflect council policy.',
    'Ceci est une tribune. Les opinions exprimées par les habitants ont surpris le maire.',
  ],
);

// Site chrome still kept as text: each line had stayed in the body.
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

// A tester's pages: notes, prompts and links that had stayed as the article's last paragraphs or between them.
describeLineTest(
  "isPrintEditionNote: a magazine's note naming its issue",
  isPrintEditionNote,
  [
    'This article appears in the January 2027 print edition with the headline "The Keepers."',
    'This story appeared in the March 2026 print edition under the headline "Salt and Iron."',
    'Published in the print edition of the December 8, 2026, issue, with the headline “Night Shift.”',
    // A paper's site under its print story, the page named.
    'This story was first published on page 14 of the Harbour Evening Star on January 17, 2027',
  ],
  [
    'The magazine published in the print edition of 1953 a map nobody could read.',
    'Published in 2026, the report found the print edition losing readers.',
    'This article appears to be the first in the January 2027 series.',
    'This article was originally published on Harbourism.',
  ],
);

// Public radio's note under a segment's page, when it went on air (a tester's WBUR interview had ended with it).
describeLineTest(
  "isSyndicationNote: a radio page's note on when the segment aired",
  isSyndicationNote,
  ['This segment aired on December 4, 2026.', 'This segment aired on Dec. 4, 2026.', 'This episode originally aired on March 3, 2026.', 'This interview was broadcast on 5 December 2026.'],
  [
    'This segment aired on Channel 4 and drew 300 complaints from viewers.',
    'This episode aired on December 4, 2026, two days after the flood, and was watched by a million people.',
    'The segment aired on December 4, 2026.',
  ],
);

describeLineTest(
  "isSyndicationNote: a science news site's credit for the release it runs",
  isSyndicationNote,
  ['Story Source:', 'Materials provided by University of Lund. Note: Content may be edited for style and length.', 'Materials provided by Harbor Institute of Marine Science.'],
  ['Materials provided by the council were found to be out of date, the auditor said, and two were withdrawn.', 'The story source was never named.'],
);

describeLineTest(
  "isOutletMission: an outlet's statement of its mission, one sentence",
  isOutletMission,
  ['Harbour Weekly is committed to finding the facts behind the noise and the people behind the facts.', 'The Valley Courier is dedicated to telling the stories of the valley.'],
  [
    'Harbour Rail is committed to reopening the line by March, a spokesman said.',
    'The council is committed to building 200 homes.',
    'Harbour Weekly is committed to the truth. Its editor said so on Monday.',
  ],
);

describeLineTest(
  "isSyndicationNote: a site's licence for its stories and the pointer to its terms",
  isSyndicationNote,
  [
    'Creative Commons License',
    'This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.',
    'The content on this website is licensed under the Creative Commons BY-SA licence.',
    'Please view the republishing articles page for more information.',
  ],
  [
    "The museum's photos are licensed under a Creative Commons licence, the curator said.",
    'Creative Commons licenses let the archive share its maps.',
    'Please view the new timetable before travelling.',
  ],
);

describeLineTest(
  "isSponsorDisclosure: a sponsored post's disclosure",
  isSponsorDisclosure,
  [
    'This content was paid for by Greenleaf Energy and produced by MetroPulse Studio. The MetroPulse newsroom was not involved in its creation.',
    'This article is sponsored by Harbor Bank.',
    'This is a paid post.',
  ],
  ['This story was funded by a grant from the Knight Foundation.', 'The festival was sponsored by Harbor Bank for the third year.', 'This content is not available in your region.'],
);

// A nonprofit newsroom's note on a donor its story names: it had been the article's last paragraph.
describeLineTest(
  "isDonorDisclosure: a nonprofit newsroom's disclosure of a donor",
  isDonorDisclosure,
  [
    'Disclosure: The Lakeland Growers Association has been a financial supporter of The Prairie Ledger, a nonprofit newsroom.',
    'Disclosure: Harbor Bank is a financial supporter of Eastside Voice.',
    'Disclosures: The Kessler Foundation and Rivera Health are donors to Capitol Watch.',
  ],
  ['Disclosure: Gadget Daily may earn a commission on some of the products on this page.', 'Disclosure: The author owns shares in Harbor Bank.', 'The Lakeland Growers Association has been a financial supporter of the mayor since 2019.'],
);

// A tester's review and breaking story: a review site's affiliate note had opened the body, a breaking
// story's note that it is still being written had closed it.
describeLineTest(
  "isAffiliateDisclosure: a site's note that it earns from the shops it links to",
  isAffiliateDisclosure,
  [
    "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
    'Gadget Weekly is supported by its readers. If you buy something through links in this article, we may earn a commission.',
    'Contoso may receive an affiliate commission if you buy something through links in this article.',
    // Vox Media's sites under the byline: it had been the body's first paragraph.
    'If you buy something from a Lagoon link, Tidewater Media may earn a commission. See our ethics statement.',
    'If you buy anything from a Gizmo Weekly link, Northwind Media may earn a commission.',
  ],
  [
    'Disclosure: Gadget Daily may earn a commission on some of the products on this page.',
    'If you buy a car from a dealer link, the dealer may earn a commission, the regulator warned.',
    'Retailers earn an affiliate commission on each sale, the report found, and most readers do not know it.',
    'When you buy a ticket through the app, the council gets nothing.',
    'If you buy something from a street vendor, the seller may earn a commission on top of the price, the report said.',
  ],
);

describeLineTest(
  "isDevelopingStoryNote: a breaking story's note that it is still being written",
  isDevelopingStoryNote,
  ['This is a developing story. Check back for updates.', 'This story is developing and will be updated.', 'This article will be updated.', 'Check back later for updates.'],
  ['This is a developing area of law, the judge said.', 'The story is developing faster than the police expected.', 'Check back the figures before you file, the clerk told them.'],
);

// A tester's police blotter: a local site's note under each log had been its last paragraph.
describeLineTest(
  "isPresumptionNote: a police log's note that those it names are presumed innocent",
  isPresumptionNote,
  [
    'Everyone charged with a crime is presumed innocent until proven guilty in a court of law.',
    'All suspects are presumed innocent until proven guilty.',
    'Anyone arrested is considered innocent until proven guilty in court.',
    'Those named in this report should be presumed innocent until proven otherwise.',
  ],
  [
    'Jordan Vale is presumed innocent until proven guilty, his lawyer said.',
    'All three men charged are presumed innocent until proven guilty, the judge reminded the jury.',
    'He remains presumed innocent until the trial in March.',
    'Everyone charged in the case pleaded not guilty on Monday.',
  ],
);

describeLineTest(
  "isFeedbackPoll: a feedback poll's question or thanks",
  isFeedbackPoll,
  ['Was this article helpful?', 'Is this page useful?', 'Did you find this story useful?', 'How would you rate this article?', 'Rate this Article', 'Thanks for your feedback!', 'How does this make you feel?', 'Do you like the content of this article?', 'Did you enjoy this story?'],
  [
    'Was the story helpful to the defence?',
    'Is this page useful to investors, the regulator asked?',
    'Thanks for your feedback, the mayor told residents.',
    'Was this helpful or harmful to the town?',
    'How does this make you feel about the vote, the host asked the mayor.',
    'Do you like the story so far, the teacher asked the class.',
  ],
);

describeLineTest(
  "isTranslationNote: a translated story's note",
  isTranslationNote,
  [
    'This article was translated from German by Anna Roth.',
    'This interview has been translated and edited for clarity.',
    'Translated from the Spanish by Ana Ruiz',
    'Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the English version.',
    'Ang artikulong ito ay isinalin mula sa Ingles.',
    'Aus dem Englischen übersetzt von Jan Meyer.',
    "Traduit de l'anglais par Marie Dupont.",
    'Traducido del inglés por Ana Ruiz.',
  ],
  [
    'Translated from Latin, the motto means "let it be".',
    'The report was translated into 12 languages and sent to every school.',
    'This article was the most read on the site last year.',
    'Translation from English to Welsh costs the council £2m a year, the audit found.',
  ],
);

// A tester's Naver page: the portal's note on the section the outlet filed the story in had stayed as its last line.
describeLineTest(
  "isPortalSectionNote: a portal's note on the story's section",
  isPortalSectionNote,
  ['기사 섹션 분류 안내', '이 기사는 언론사에서 경제 섹션으로 분류했습니다.', '이 기사는 언론사에서 IT/과학 섹션으로 분류했습니다.'],
  ['시는 이번 사업을 문화 섹션으로 분류했다고 밝혔다.', '기사 섹션'],
);
