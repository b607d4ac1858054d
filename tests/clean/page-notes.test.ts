// A sponsored, polled or translated page's notes: a sponsored post's labels and its
// sponsor's disclosure, a feedback poll under the article, a translated story's note. Each had been
// the title or the article's last paragraph. Each fixture is a small page written for the test.
import { describe, expect, it } from 'vitest';
import { isAdLabel } from '../../src/clean/chrome/ads.js';
import { isAffiliateDisclosure, isDevelopingStoryNote, isDonorDisclosure, isFeedbackPoll, isPortalSectionNote, isPresumptionNote, isSponsorDisclosure, isTranslationNote } from '../../src/clean/chrome/notes.js';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';
import { describeLineTest } from './line-cases.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const lastParagraph = (cleaned: ReturnType<typeof clean>): string | undefined => cleaned.body.split('\n\n').at(-1);
const reasonOf = (cleaned: ReturnType<typeof clean>, text: string): string | undefined => cleaned.removedLines.find((line) => line.text === text)?.reason;

describeLineTest(
  "isAdLabel: a sponsored post's label, alone or naming the sponsor",
  isAdLabel,
  ['Paid Post', 'Advertisement feature', 'Sponsored Content', 'Partner content', 'Sponsored', 'In partnership with Greenleaf Energy', 'Sponsored by MasterCard®', 'Sponsored Content Provided by ARA'],
  ['In partnership with the county, the city will build 200 homes', 'Sponsored content is booming on social media', 'Paid posts on Instagram face new rules', 'In partnership with NASA.', 'Sponsored by the mayor, the bill passed 7-2'],
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

describe("a local site's police log", () => {
  const text = [
    'Town Pages', 'Elm Falls, OR', 'News Feed', 'Crime & Safety',
    'Elm Falls Police Log: Mailbox Thefts, Bike Recovered',
    'By Priya Castellanos, Town Pages Staff',
    'Jan 9, 2026 7:45 am PT',
    'Reply', 'Share',
    'ELM FALLS, OR — The following items were taken from the Elm Falls Police Department\'s weekly activity log.',
    'A resident of River Road reported on Monday morning that the family\'s mailbox had been pried open and emptied overnight.',
    'A 41-year-old Salem man was charged with theft on Thursday after a neighbor photographed his van at two of the mailboxes.',
    'Everyone charged with a crime is presumed innocent until proven guilty in a court of law.',
    'Subscribe',
    'More from Elm Falls',
    'Elm Falls Library Extends Winter Hours',
  ].join('\n');

  it('ends with the last entry, not the note that those it names are presumed innocent', () => {
    const cleaned = clean(text);
    expect(lastParagraph(cleaned)).toBe('A 41-year-old Salem man was charged with theft on Thursday after a neighbor photographed his van at two of the mailboxes.');
    expect(reasonOf(cleaned, 'Everyone charged with a crime is presumed innocent until proven guilty in a court of law.')).toBe('page text after the article');
  });
});

// A tester's Naver page: an agency's story closes with its reporter's address and, under the notices, the
// portal's note on the section the outlet filed it in; both had stayed as the article's last lines.
describeLineTest(
  "isPortalSectionNote: a portal's note on the story's section",
  isPortalSectionNote,
  ['기사 섹션 분류 안내', '이 기사는 언론사에서 경제 섹션으로 분류했습니다.', '이 기사는 언론사에서 IT/과학 섹션으로 분류했습니다.'],
  ['시는 이번 사업을 문화 섹션으로 분류했다고 밝혔다.', '기사 섹션'],
);

describe("a portal's copy of an agency's story", () => {
  const last = '시는 다음 달부터 주민 설명회를 열 계획이다.';
  const text = [
    'NAVER', '뉴스', '경제', '연합뉴스',
    '대전 시내버스 노선 12개 다음 달 개편',
    '입력2026.03.04. 오전 10:12',
    '김민준 기자',
    '(대전=연합뉴스) 김민준 기자 = 대전시가 다음 달부터 시내버스 노선 12개를 개편한다고 4일 밝혔다.',
    '새 노선은 신도시와 도심을 잇는 급행 노선 3개를 포함하며, 배차 간격은 평균 4분 줄어든다.',
    last,
    'mjkim@example.co.kr',
    '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
    '기사 섹션 분류 안내',
    '이 기사는 언론사에서 경제 섹션으로 분류했습니다.',
    '좋아요', '슬퍼요',
  ].join('\n');

  it("ends with the story's last paragraph, not the reporter's address or the portal's section note", () => {
    const cleaned = clean(text);
    expect(lastParagraph(cleaned)).toBe(last);
    for (const line of ['mjkim@example.co.kr', '기사 섹션 분류 안내', '이 기사는 언론사에서 경제 섹션으로 분류했습니다.']) expect(cleaned.body).not.toContain(line);
    expect(reasonOf(cleaned, '이 기사는 언론사에서 경제 섹션으로 분류했습니다.')).toBe('page text after the article');
  });
});

describe('a sponsored post', () => {
  const text = [
    'Daily Courier', 'News', 'Money',
    'Paid Post',
    'In partnership with Northgate Credit Union',
    'Five ways first-time buyers can save for a deposit',
    'December 3, 2026',
    'Advertisement feature',
    '',
    'Saving for a first home can feel impossible when rents take half of what you earn, but small changes add up faster than most people expect.',
    '',
    'Setting up an automatic transfer on payday means the money is gone before you can spend it, and many savers barely notice it.',
    '',
    'Government schemes can add up to a quarter on top of what you put away each year, up to a limit.',
    'This content was paid for by Northgate Credit Union and produced by Courier Studio. The Daily Courier newsroom was not involved in its creation.',
    'More from the Courier',
  ].join('\n');

  it('takes the headline for the title and removes the labels and the disclosure', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata.title).toBe('Five ways first-time buyers can save for a deposit');
    expect(lastParagraph(cleaned)).toMatch(/^Government schemes/u);
    for (const label of ['Paid Post', 'In partnership with Northgate Credit Union', 'Advertisement feature']) expect(reasonOf(cleaned, label)).toBe('advertisement label');
  });
});

describe.each([
  {
    name: 'a feedback poll under the article',
    note: 'Was this article helpful?',
    reason: 'reader feedback poll',
    after: ['Yes', 'No', 'Thanks for your feedback!'],
  },
  { name: "a translated story's note", note: 'This article was translated from German by Anna Roth.', reason: 'translation note', after: [] },
  { name: "a site's affiliate note", note: 'When you purchase through links on our site, we may earn an affiliate commission.', reason: 'affiliate link disclosure', after: [] },
  { name: "a breaking story's note", note: 'This is a developing story. Check back for updates.', reason: 'developing story note', after: ['Sign up for breaking news alerts'] },
])('$name', ({ note, reason, after }) => {
  const text = [
    'Council tax: what the new bands mean for you',
    'By Sam Ortiz',
    '',
    'Most households in the borough will pay between £60 and £140 more a year from April, after the council approved new bands on Tuesday.',
    '',
    'Residents on the lowest incomes can apply for a reduction of up to 80 percent, the council said.',
    note,
    ...after,
    '© 2026 Borough News',
  ].join('\n');

  it('is removed, and the paragraph over it is the last', () => {
    const cleaned = clean(text);
    expect(lastParagraph(cleaned)).toMatch(/^Residents on the lowest incomes/u);
    expect(reasonOf(cleaned, note)).toBe(reason);
  });
});
