// The author's name and the date a header line gives without a "By" (src/clean/metadata/header-names.ts), read by the cleaner.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.js';
import { describeLine } from '../../../src/clean/lines.js';
import { nameBeforeDate } from '../../../src/clean/metadata/header-names.js';
import { article, contextFor } from '../context.js';

describe('a name, a dash and the date on one header line, with no "By"', () => {
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
  const body = [
    'Кабінет міністрів продовжив виплати за програмою "Зимова підтримка" до 31 березня 2027 року. Про це повідомила прем\'єр-міністерка.',
    'За її словами, кожен громадянин, який подасть заявку до 31 грудня, отримає одноразово 1000 гривень на комунальні послуги або ліки.',
    'Станом на 3 грудня заявки подали понад 14 мільйонів людей, найбільше через застосунок.',
  ];

  it.each([
    ['Олена Ковальчук — 4 грудня 2026, 09:45', 'Олена Ковальчук', '2026-12-04T09:45'],
    ['Jane Doe - March 3, 2026', 'Jane Doe', '2026-03-03'],
    // Over eight words, read whole it was no date line: the author was found, the date lost.
    ['Jane Doe - Thursday, March 3, 2026 at 9:45 a.m. EST', 'Jane Doe', '2026-03-03T09:45'],
    // The time after "року" ("of the year") had been lost.
    ['Олена Ковальчук — четвер, 4 грудня 2026 року, 09:45', 'Олена Ковальчук', '2026-12-04T09:45'],
  ])('is the byline and the date line: "%s"', (header, name, date) => {
    // Read whole it was a date line, and the article had no author.
    const cleaned = clean(['Уряд продовжив програму "Зимова підтримка" до березня', header, ...body].join('\n'));
    expect(cleaned.metadata).toMatchObject({ byline: name, date });
    expect(cleaned.removedLines.find((line) => line.text === header)?.reason).toBe('byline and date line');
  });

  it('reads a Han name run straight into the date, no dash between', () => {
    const header = '山本健太2026年12月4日 09時15分';
    const page = [
      '西日本ニュース', 'トップ', '地域', 'ログイン', '地域', '北九州市、路面電車の新路線を検討へ　2030年代の開業めざす', header, '写真・図版',
      '北九州市は4日、小倉駅と八幡地区を結ぶ路面電車の新路線について、導入の検討を始めると発表した。',
      '市内のバス路線では運転手の不足が続き、便数の削減が相次いでいる。',
      '市は来年度に需要の調査を行い、2028年度までに整備の方針をまとめる。', '市長は「通勤の足を守りたい」と話した。',
    ].join('\n');
    // Read whole, the line was neither a name nor a date line: the story had no author and no date.
    const cleaned = clean(page);
    expect(cleaned.metadata).toMatchObject({ byline: '山本健太', date: '2026-12-04T09:15' });
    expect(cleaned.removedLines.find((line) => line.text === header)?.reason).toBe('byline and date line');
    // A newsroom's or a section's name run into the date is no author.
    for (const text of ['西部本社2026年12月4日 09時15分', '社会2026年12月4日 09時15分']) expect(nameBeforeDate(describeLine(1, text, new Set()), 'auto'), text).toBeNull();
  });

  it('takes no byline from such a line in the text, where it lists an event', () => {
    const page = [
      'Concerts this spring', 'Published: 1 March 2026',
      'The city orchestra has announced its spring season, with four concerts in the town hall and one in the cathedral.',
      'Spring Concert — April 5, 2026',
      'Tickets go on sale next week at the box office and online, with discounts for students and pensioners.',
      'The orchestra said the cathedral concert would be recorded for the radio and broadcast in May.',
    ].join('\n');
    expect(clean(page).metadata.byline).toBeNull();
  });
});

// A header line of the name and its date with no dash, read whole a date line: the stories had had no author.
describe('a name and the date on one header line, parted by a bar, a cell or a space', () => {
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
  const page = (header: string, over = '') =>
    [
      over, 'Harbour ferry fares to rise in the new year', header,
      'Ferry fares across the harbour will rise by ten per cent from January, the transport authority said on Thursday.',
      'The authority blamed the cost of fuel and of the new terminal, which opened in the spring after two years of delays.',
      'Commuters with a monthly pass will pay four dollars more, and children will still travel free.',
    ].join('\n');

  it.each([
    ['Dana Whitfield | March 3, 2026', 'Dana Whitfield', '2026-03-03'],
    ['PETER OKAFOR 17/11/2026', 'PETER OKAFOR', '2026-11-17'],
    // A page's markup leaves a tab between the byline's box and the date's (a table's cells).
    ['LENA MARSH, Deputy Business Editor\tNovember 3 2026', 'LENA MARSH', '2026-11-03'],
    ['November 20, 2026 Tomas Riedel', 'Tomas Riedel', '2026-11-20'],
    // The job title a part of its own between the name and the date, or a comma between the name and the date.
    ['Dana Whitfield | Senior Reporter | March 3, 2026', 'Dana Whitfield', '2026-03-03'],
    ['Dana Whitfield · Reporter · March 3, 2026', 'Dana Whitfield', '2026-03-03'],
    ['Dana Whitfield, March 3, 2026', 'Dana Whitfield', '2026-03-03'],
    // A blog's entry meta line (WordPress themes): the author and the date, then the comment count and the post's categories.
    ['Marta Quintela 27/09/2026 Comente! Leitura, Jogos e Brincadeiras, Música', 'Marta Quintela', '2026-09-27'],
    ['Marta Quintela 23/08/2026 2 comentários Leitura, Atividades', 'Marta Quintela', '2026-08-23'],
    ['21/06/2026 Owen Tarrant All, Books, Kit Reviews, News', 'Owen Tarrant', '2026-06-21'],
    ['March 3, 2026 Owen Tarrant 4 Comments Reviews, Workshop Manuals', 'Owen Tarrant', '2026-03-03'],
  ])('is the byline and the date line: "%s"', (header, name, date) => {
    const cleaned = clean(page(header));
    expect(cleaned.metadata).toMatchObject({ byline: name, date });
    expect(cleaned.removedLines.find((line) => line.text === header.replace('\t', '  '))?.reason).toBe('byline and date line');
  });

  it.each([
    // "Contributed by" and Russian "Текст:" ("text") label the writer.
    ['Contributed by Nicol Ames\tFriday, 4 December 2026', 'Nicol Ames', '2026-12-04'],
    ['Текст: Ирина Соколова·4 декабря 2026', 'Ирина Соколова', '2026-12-04'],
  ])('reads the byline and the date of "%s"', (header, name, date) => {
    expect(clean(page(header)).metadata).toMatchObject({ byline: name, date });
  });

  it('reads no entry meta line in a dated headline or before words that are no categories', () => {
    expect(clean(page('Ferry fares rise 21/06/2026 Harbour, Transport')).metadata.byline).toBeNull();
    expect(clean(page('Owen Tarrant 21/06/2026 said fares, which rose, would fall')).metadata.byline).toBeNull();
  });

  it("leaves others' reporting credited after the name out of the author", () => {
    expect(clean(page('Contributed by: Jennifer Vale, with additional reporting by Tom Brent')).metadata.byline).toBe('Jennifer Vale');
  });

  it("is none for an outlet's masthead, a headline dated with a two-figure year, or a line over the title", () => {
    expect(clean(page('Harbour Courier | March 3, 2026')).metadata.byline).toBeNull();
    expect(clean(page('Harbour Courier | City | March 3, 2026')).metadata.byline).toBeNull();
    expect(clean(page('Harbour Courier, March 3, 2026')).metadata.byline).toBeNull();
    // A date's label and its weekday before the comma.
    expect(clean(page('Actualizado Viernes, 4 diciembre 2026 - 09:42')).metadata.byline).toBeNull();
    expect(clean(page('Updated Friday, March 3, 2026')).metadata.byline).toBeNull();
    expect(clean(page('Opening Bell 11.18.26')).metadata.byline).toBeNull();
    // An edition's number over the headline, at the page's top.
    expect(clean(page('Published: March 3, 2026', 'Web Issue 3044 March 3 2026')).metadata.byline).toBeNull();
  });
});
