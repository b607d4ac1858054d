// A sponsored, polled or translated page's notes: a sponsored post's labels and its
// sponsor's disclosure, a feedback poll under the article, a translated story's note. Each had been
// the title or the article's last paragraph. Each fixture is a small page written for the test; the notes' predicates
// are tested line by line in chrome/notes.test.ts and chrome/ads.test.ts.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const lastParagraph = (cleaned: ReturnType<typeof clean>): string | undefined => cleaned.body.split('\n\n').at(-1);
const reasonOf = (cleaned: ReturnType<typeof clean>, text: string): string | undefined => cleaned.removedLines.find((line) => line.text === text)?.reason;

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
// A tester's Naver page: an agency's story closes with its reporter's address and, under the notices, the
// portal's note on the section the outlet filed it in; both had stayed as the article's last lines.
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
