// Wire copy's metadata as agencies and papers in other languages write it: bylines naming an agency,
// date lines, datelines and source lines. Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { isRelativeAge } from '../../src/clean/chrome/stamps.js';
import { cleanArticle } from '../../src/clean/index.js';
import { describeLine } from '../../src/clean/lines.js';
import { beginLift, liftMetadata } from '../../src/clean/metadata/lift.js';
import { emptyMetadata } from '../../src/ingest/index.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('a byline naming a news agency alone', () => {
  it.each([
    ['Par AFP', 'PARIS, 3 décembre 2026 (AFP) - Le gouvernement a présenté mercredi un plan de rénovation des écoles.', 'AFP'],
    ['Por EFE', 'Lima, 3 dic (EFE).- El Gobierno presentó este miércoles un plan para renovar las escuelas del país.', 'EFE'],
    ['Von dpa', 'Berlin (dpa) - Die Bundesregierung hat am Mittwoch einen Plan zur Sanierung der Schulen vorgestellt.', 'dpa'],
    ['By Reuters', 'The government presented a plan on Wednesday to renovate the country’s schools over five years.', 'Reuters'],
  ])('"%s" gives the source and no byline', (byline, lede, agency) => {
    const text = `Schools plan presented\n${byline}\n\n${lede}\n\nThe plan will cost about two billion over five years and covers some 400 buildings.\n\nTeachers' unions welcomed the plan but said it came too late.\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: null, source: agency });
    expect(cleaned.removedLines.find((line) => line.text === byline)?.kind).toBe('metadata');
  });
});

describe("the Baltic agency's name alone under the headline", () => {
  // Latvian papers set LETA's copy so (Diena's): else it gives neither source nor byline.
  it('"LETA" over the date line gives the source and no byline', () => {
    const cleaned = clean([
      'Rīgā atjaunos skolu stadionus', 'LETA', '2026. gada 3. decembris', '',
      'Rīgas dome nākamgad atjaunos stadionus sešās pašvaldības skolās, aģentūru LETA informēja domē.', '',
      'Darbi sāksies aprīlī un tiks pabeigti līdz mācību gada sākumam, un laukumi būs pieejami arī iedzīvotājiem.', '',
    ].join('\n'));
    expect(cleaned.metadata).toMatchObject({ byline: null, source: 'LETA' });
    expect(cleaned.removedLines.find((line) => line.text === 'LETA')?.kind).toBe('metadata');
  });
});

describe('the agencies of India, Indonesia, Spain, Portugal, Canada and the Nordic countries', () => {
  const page = (header: string, lede: string) =>
    `Bus overturns on ghat road, three killed\n${header}\n\n${lede}\n\nThe bus, carrying 48 pilgrims, lost control on a sharp bend and rolled down a slope, officials said.\n\nThe injured were taken to the district hospital, where two are said to be in a critical condition.\n`;
  const lede = 'Three people were killed and 12 others injured when a private bus carrying pilgrims overturned early on Thursday.';

  it.each([
    ['By Press Trust of India | Updated: Mar 12, 2026, 09:10 IST', lede, 'PTI', null],
    ['Author : IANS', lede, 'IANS', null],
    ['By Gordon Ashcroft, THE CANADIAN PRESS', lede, 'The Canadian Press', 'Gordon Ashcroft'],
    // The Canadian Press signs by its initials, as Canoe's pages print its copy: "CP" had been the author, with no source.
    ['By CP', lede, 'The Canadian Press', null],
    ['March 12, 2026', `TORONTO (CP) - ${lede}`, 'The Canadian Press', null],
    ['March 12, 2026', `Chennai, Mar 12 (IANS) - ${lede}`, 'IANS', null],
    ['March 12, 2026', `New Delhi, Mar 12 (ANI) - ${lede}`, 'ANI', null],
    ['12 de março de 2026', `Lisboa, 12 mar (Lusa) - ${lede}`, 'Lusa', null],
    ['Por Europa Press', lede, 'Europa Press', null],
    ['Av TT', lede, 'TT', null],
    ['Oleh: Antara', lede, 'Antara', null],
    // The job title at the agency after the names, as AP signs.
    ['By DANIEL FORTIN AP Sports Writer', lede, 'The Associated Press', 'DANIEL FORTIN'],
  ])('"%s" over "%s" gives the source %s', (header, first, source, byline) => {
    expect(clean(page(header, first)).metadata).toMatchObject({ source, byline });
  });
});

describe("an agency's byline over its dateline", () => {
  const page = (byline: string) =>
    `Wildfire forces evacuations near Los Angeles\n${byline}\nUpdated 9:42 PM EST, December 3, 2026\n\nLOS ANGELES (AP) — A fast-moving wildfire forced thousands of people to leave their homes north of Los Angeles on Wednesday.\n\nFire officials said the blaze had burned more than 4,000 acres by evening and was less than 10% contained.\n\nNo injuries had been reported, but at least a dozen structures were destroyed, officials said.\n`;

  it.each([
    ['By The Associated Press', null],
    ['By Associated Press', null],
    ['By Jane Doe, Associated Press', 'Jane Doe'],
  ])('"%s" over "(AP) —" gives the author %s and the source The Associated Press', (byline, author) => {
    expect(clean(page(byline)).metadata).toMatchObject({ byline: author, source: 'The Associated Press' });
  });

  it('gives the agency one source, whichever of its names the page wrote', () => {
    const noDateline = (header: string) =>
      `Wildfire forces evacuations near Los Angeles\n${header}\nDecember 3, 2026\n\nA fast-moving wildfire forced thousands of people to leave their homes north of Los Angeles on Wednesday.\n\nFire officials said the blaze had burned more than 4,000 acres by evening.\n`;
    for (const text of [page('By Jane Doe'), noDateline('By The Associated Press'), noDateline('By ASSOCIATED PRESS'), noDateline('Jane Doe | Associated Press'), noDateline('AP')]) {
      expect(clean(text).metadata.source, text.split('\n')[1]).toBe('The Associated Press');
    }
    expect(clean(noDateline('By REUTERS')).metadata.source).toBe('Reuters');
  });
});

describe('names and an agency on one line next to the date line, no "By"', () => {
  const page = (signature: string) =>
    `Chile's Congress approves pension overhaul after years of debate\n${signature}\nDecember 3, 2026, 6:05 PM\n\nSANTIAGO, Chile (AP) — Chile's Congress on Wednesday approved an overhaul of the country's private pension system.\n\nThe law raises employers' contributions by seven percentage points over nine years.\n\nOpposition lawmakers said the higher contributions would weigh on small businesses.\n`;

  it.each([
    ['CAROLINA FUENTES Associated Press', 'CAROLINA FUENTES'],
    ['ELENA BECATOROS and DEREK GATOPOULOS Associated Press', 'ELENA BECATOROS and DEREK GATOPOULOS'],
    ['Carolina Fuentes Associated Press', 'Carolina Fuentes'],
  ])('"%s" is the byline: author %s, source The Associated Press', (signature, author) => {
    const cleaned = clean(page(signature));
    expect(cleaned.metadata).toMatchObject({ byline: author, source: 'The Associated Press' });
    expect(cleaned.removedLines.find((line) => line.text === signature)?.reason).toBe('byline');
  });

  it('is no byline when the words before the agency are a section', () => {
    expect(clean(page('World News Associated Press')).metadata.byline).toBeNull();
  });
});

describe('a date line with its place, time and time zone in another language', () => {
  it.each([
    ['Madrid, 28 de noviembre de 2026 - 09:45 CET', '2026-11-28T09:45'],
    ['Buenos Aires, 28 de noviembre de 2026 a las 09:45 horas', '2026-11-28T09:45'],
    ['Lyon, le jeudi 3 décembre 2026 à 09h45 CET', '2026-12-03T09:45'],
    ['Frankfurt am Main, Donnerstag, 3. Dezember 2026, 09.45 Uhr MEZ', '2026-12-03T09:45'],
    ['Lisboa, 3 de dezembro de 2026 às 09h45 WET', '2026-12-03T09:45'],
    ['Roma, giovedì 3 dicembre 2026 alle ore 09:45 CET', '2026-12-03T09:45'],
    ['Amsterdam, donderdag 3 december 2026 om 09.45 uur CET', '2026-12-03T09:45'],
  ])('reads "%s"', (text, date) => {
    const metadata = emptyMetadata();
    expect(liftMetadata(describeLine(1, text, new Set(['de', 'la', 'le', 'am', 'om'])), beginLift(metadata), 0.1)).toBe('date line');
    expect(metadata.date).toBe(date);
  });

  it('reads a byline before the comma as the byline', () => {
    const metadata = emptyMetadata();
    expect(liftMetadata(describeLine(1, 'By Farah Osei, Thursday, 16 June 2022 14:20 GMT', new Set()), beginLift(metadata), 0.1)).toBe('byline and date line');
    expect(metadata).toMatchObject({ byline: 'Farah Osei', date: '2022-06-16T14:20' });
  });

  it('reads no sentence that opens with a place and holds a date', () => {
    const text = 'Madrid, 28 de noviembre de 2026: el museo abre sus puertas';
    expect(liftMetadata(describeLine(1, text, new Set(['de', 'el', 'sus'])), beginLift(emptyMetadata()), 0.1)).toBeNull();
  });
});

describe("a news agency's name alone on a line of the header", () => {
  it.each([
    ['ニュース > 社会\n東京の地下鉄、終電を三十分延長へ\n2026年11月12日 10時05分\n共同通信\n\n東京都は十二日、地下鉄の終電を来年春から三十分延長すると発表した。\n\n対象は都営地下鉄の四路線で、週末の深夜に運行する。\n\n利用者からは歓迎の声が上がっている。\n', '共同通信', 'Kyodo News', '東京都は十二日'],
    ['首页 > 国内\n北京地铁新线路年底开通\n2026年11月12日 10:05\n新华社\n\n北京市交通委员会12日宣布，地铁新线路将于年底开通运营。\n\n新线路全长约30公里，共设车站20座。\n\n开通后将缓解城市东部的交通压力。\n', '新华社', 'Xinhua', '北京市交通委员会'],
    ['뉴스 > 사회\n서울 지하철 막차 30분 연장\n2026.11.12 10:05\n연합뉴스\n\n서울시는 12일 내년 봄부터 지하철 막차 시간을 30분 연장한다고 밝혔다.\n\n주말 심야에 네 개 노선에서 운행한다.\n\n시민들은 환영의 뜻을 밝혔다.\n', '연합뉴스', 'Yonhap', '서울시는 12일'],
    ['World\nPort strike ends after three weeks\nReuters\nNovember 12, 2026\n\nDock workers at the country’s largest port returned to work on Thursday after a three-week strike over pay.\n\nThe union accepted a pay rise of 6% over two years.\n\nShipping lines said it would take a week to clear the backlog.\n', 'Reuters', 'Reuters', 'Dock workers'],
  ])('is the source (by its name in English), not the first paragraph (%#)', (text, agency, source, first) => {
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ source, byline: null });
    expect(cleaned.body.startsWith(first)).toBe(true);
    expect(cleaned.removedLines.find((line) => line.text === agency)?.kind).toBe('metadata');
  });

  it("gives way to the agency the dateline names, and leaves an author's byline", () => {
    const text = 'World\nPort strike ends after three weeks\nBy Jane Doe\nReuters\nNovember 12, 2026\n\nROTTERDAM (AP) — Dock workers returned to work on Thursday after a three-week strike over pay.\n\nThe union accepted a pay rise of 6% over two years.\n\nShipping lines said it would take a week to clear the backlog.\n';
    expect(clean(text).metadata).toMatchObject({ source: 'The Associated Press', byline: 'Jane Doe' });
  });
});

describe('a name alone over the age of the story', () => {
  it.each([
    ['3 hours ago'],
    ['45 mins ago'],
    ['2 days ago'],
    ['hace 3 horas'],
    ['il y a 3 heures'],
    ['vor 3 Stunden'],
    // A relative day and a time: "Dziś 08:30" (today) had been a section label, and the name over it no byline.
    ['Dziś 08:30'],
    ['Wczoraj 18:05'],
    ['Heute, 09:15 Uhr'],
    ['Hier à 18:05'],
    ['Сегодня, 09:45'],
    ['Today at 10:30 AM'],
  ])('is the byline over "%s"', (age) => {
    const text = `Top stories\nFor you\nThe Harbour Times\nFerry fares to rise by 8% from January\nMorwenna Hale\n${age}\nOpen in app\n\nFerry fares between the mainland and the islands will rise by 8% from January, the operator said on Tuesday.\n\nThe operator blamed higher fuel and crew costs for the increase.\n\nIslanders said the rise would hit those who travel for hospital appointments hardest.\n`;
    const cleaned = clean(text);
    expect(cleaned.metadata.byline).toBe('Morwenna Hale');
    expect(cleaned.removedLines.find((line) => line.text === age)).toMatchObject({ reason: 'time stamp' });
    expect(cleaned.body.startsWith('Ferry fares between')).toBe(true);
  });
});

describe('a relative day alone or in a sentence', () => {
  it('is no age of the story without its time, nor inside a sentence', () => {
    for (const text of ['Heute', 'Today', 'Today 10 things to know', 'Hier encore, le maire parlait à 18:05']) expect(isRelativeAge(describeLine(1, text, new Set())), text).toBe(false);
  });
});

// BBC Persian's "updated 5 hours ago" under its date line had been the first paragraph.
describe('the age of the story in Persian and Arabic', () => {
  it.each(['۵ ساعت قبل', '۳ روز پیش', '45 دقیقه قبل', 'منذ 5 ساعات', 'منذ ٣ أيام'])('"%s" is an age', (text) => {
    expect(isRelativeAge(describeLine(1, text, new Set()))).toBe(true);
  });
  // After "updated" it is a labelled time, metadata's (metadata.test.ts), as "Updated 2 hours ago" is.
  it.each(['۵ ساعت قبل از آغاز جلسه، نمایندگان به مجلس رسیدند', 'منذ 5 ساعات والمحتجون في الشارع', 'به‌روزرسانی شده ۵ ساعت قبل'])('"%s" is none', (text) => {
    expect(isRelativeAge(describeLine(1, text, new Set()))).toBe(false);
  });
});

describe("The Conversation's author line and disclosure", () => {
  const page = (author: string, disclosure: string) =>
    `Health\nWhy hospital waiting lists keep growing\n${author}\nPublished: December 1, 2026 2.15pm GMT\n\nWaiting lists for planned hospital treatment in England have grown every year for a decade, and the pandemic made them longer still.\n\nThe number of people waiting more than a year has fallen, but the total has not, because demand has grown faster than capacity.\n\nMore beds alone will not fix this: the staff to run them have to be trained first, which takes years.\n\n${disclosure}\n`;
  it.each([
    ['Jane Doe, Professor of Economics, University of Leeds', 'Jane Doe does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.'],
    ['Tomás Reyes, Senior Lecturer in Health Policy, King’s College London', 'Tomás Reyes receives funding from the National Institute for Health and Care Research.'],
    ['Amara Okafor, Research Fellow, Institute for Fiscal Studies', 'Amara Okafor has received funding from the Economic and Social Research Council.'],
  ])('reads "%s" as the byline and removes the disclosure', (author, disclosure) => {
    const cleaned = clean(page(author, disclosure));
    expect(cleaned.metadata.byline).toBe(author);
    expect(cleaned.body.startsWith('Waiting lists for planned')).toBe(true);
    expect(cleaned.body.trimEnd().endsWith('which takes years.')).toBe(true);
    expect(cleaned.removedLines.find((line) => line.text === disclosure)?.reason).toBe('author disclosure');
  });

  it('keeps a last paragraph on funding that is about someone else', () => {
    const cleaned = clean(page('Jane Doe, Professor of Economics, University of Leeds', 'The hospital trust receives funding from the government for another 200 beds.'));
    expect(cleaned.body.trimEnd().endsWith('another 200 beds.')).toBe(true);
  });

  // A company's funding is article text however it is named: a short disclosure is the author's only when the page is signed with its name.
  it.each([
    ['Jane Doe, Professor of Economics, University of Leeds', 'Acme Corp receives funding from three venture firms.'],
    ['By Jane Doe', 'Acme Corp has received funding from three venture firms.'],
    ['Acme Corp raises money for hospital software', 'Acme Corp receives funding from three venture firms.'],
  ])('under "%s" keeps "%s" as the last paragraph', (author, closing) => {
    const cleaned = clean(page(author, closing));
    expect(cleaned.body.trimEnd().endsWith(closing)).toBe(true);
  });

  // A director or chair is an academic's post only at an institution; at a company the line names a press contact or a quoted person.
  // A scientist too: a company has one ("Chief Scientist at Acme").
  // A hospital, a mall or a community centre is no research centre ("Centre for Cities"): a caption under the title names its nurse.
  // A caption describes its person ('a teacher at', an age, 'who teaches at'); an author's line names the post bare.
  it.each([
    'John Smith, Managing Director at Acme Corp',
    'John Smith, Communications Director',
    'Maria Lopez, Board Chair',
    'Ravi Menon, Chief Scientist at Acme',
    'Ravi Menon, Chief Scientist, Acme Corp',
    'Maria Lopez, a nurse at Mercy Medical Center',
    'Dan Cole, Manager, Riverside Community Centre',
    'Maria Lopez, a teacher at Lincoln High School',
    'Tom Reyes, 19, a student at Ohio State University',
    'Ana Ruiz, who teaches at Lakeside College',
  ])('takes no byline from "%s"', (line) => {
    expect(clean(page(line, 'Jane Doe receives funding from the Economic and Social Research Council.')).metadata.byline).toBeNull();
  });

  it.each([
    'Jane Doe, Director, Institute for Fiscal Studies',
    'Tomás Reyes, Chair in Public Health, University of Leeds',
    // The post before the institution, and the British "Centre" an institution as "Institute" is.
    'Ana Silva, Professor of Economics, Centre for Cities',
    'Ana Silva, Chair of Economics, Centre for Economic Performance',
    'Ravi Menon, Senior Research Scientist, University of Leeds',
    // An institution named bare with its article: the caption rule reads only a lower-case 'the'.
    'Mei Chen, The University of Queensland',
  ])('reads "%s" as the byline', (author) => {
    expect(clean(page(author, 'Jane Doe receives funding from the Economic and Social Research Council.')).metadata.byline).toBe(author);
  });

  it('removes a short disclosure signed by a "By" byline', () => {
    const disclosure = 'Jane Doe receives funding from the Economic and Social Research Council.';
    const cleaned = clean(page('By Jane Doe', disclosure));
    expect(cleaned.removedLines.find((line) => line.text === disclosure)?.reason).toBe('author disclosure');
  });
});

describe('a writer and an editor named by their roles', () => {
  it('takes the writer for the author and removes the editor credits, over and under an Indonesian story', () => {
    const text = [
      'Beranda', 'Regional', 'Pemkot Bandung Perbaiki 40 Ruas Jalan Jelang Musim Hujan', 'Penulis: Budi Santoso | Editor: Sari Dewi', 'Kamis, 12 Maret 2026 14:05 WIB', '',
      'Pemerintah Kota Bandung mulai memperbaiki 40 ruas jalan yang rusak menjelang musim hujan tahun ini.', '',
      'Kepala Dinas Pekerjaan Umum mengatakan perbaikan ditargetkan selesai dalam dua bulan dengan anggaran sekitar Rp 25 miliar.', '',
      'Warga diminta berhati-hati saat melintas di lokasi perbaikan karena sebagian lajur akan ditutup sementara.', '',
      'Redaktur: Sari Dewi', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Budi Santoso', date: '2026-03-12T14:05' });
    expect(cleaned.removedLines.filter((line) => line.kind === 'metadata').map((line) => line.reason)).toEqual(['byline', 'date line', 'editor credit']);
    expect(cleaned.body.startsWith('Pemerintah Kota Bandung')).toBe(true);
    expect(cleaned.body).not.toContain('Sari Dewi');
  });
});

describe("a date line's time on a line of its own under it", () => {
  const story = [
    'The city council approved a new budget on Wednesday that raises spending on schools and roads by four percent.', '',
    'The mayor said the plan would be paid for without new taxes, drawing on reserves built up over two years.', '',
    'Opposition members said the reserves were needed for emergencies and voted against the measure.', '',
  ];

  it.each([
    [['12 March 2026', '14:05 GMT'], '2026-03-12T14:05'],
    [['By Jane Doe', 'March 12, 2026', '2:05 PM EST'], '2026-03-12T14:05'],
    [['Jumat, 13 Maret 2026', '08:15 WIB'], '2026-03-13T08:15'],
  ])('dates the article with it and removes it as the date line: %j', (header, date) => {
    const cleaned = clean(['Council approves new budget for schools and roads', ...header, '', ...story].join('\n'));
    expect(cleaned.metadata.date).toBe(date);
    expect(cleaned.removedLines.find((line) => line.text === header.at(-1))).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });

  it("leaves a live blog's first entry stamp to the entry, and a second time to the date line that had its own", () => {
    const live = clean(['Council budget vote: live', '12 March 2026', '14:05 GMT', 'Ministers arrive for the vote', '', ...story, '13:40 GMT', 'Debate opens', '', 'The debate opened with a statement from the mayor about the reserves and the schools.', ''].join('\n'));
    expect(live.metadata.date).toBe('2026-03-12');
    const timed = clean(['Council approves new budget for schools and roads', '12 March 2026 10:00', '14:05', '', ...story].join('\n'));
    expect(timed.metadata.date).toBe('2026-03-12T10:00');
  });
});

describe("a newsroom desk in the header's byline", () => {
  it.each(['Web Desk', 'By Web Desk', 'Tim Redaksi'])('"%s" over the date line gives no author', (desk) => {
    const cleaned = clean([
      'Council approves new budget for schools and roads', desk, '12 March 2026', '',
      'The city council approved a new budget on Wednesday that raises spending on schools and roads by four percent.', '',
      'The mayor said the plan would be paid for without new taxes, drawing on reserves built up over two years.', '',
    ].join('\n'));
    expect(cleaned.metadata).toMatchObject({ byline: null, source: null, date: '2026-03-12' });
    expect(cleaned.body.startsWith('The city council')).toBe(true);
  });
});

describe("the page's kind by the date line", () => {
  // A news site sets a ministry's release so (Solomon Star's "Press Release" under the date line): it names no author.
  it.each(['Press Release', 'Media Release'])('"%s" gives no author', (kind) => {
    const cleaned = clean([
      'Ministry opens new clinic in the valley', '3 December 2026', kind, '',
      'The Ministry of Health has opened a new clinic in the valley that will serve about 9,000 people in six villages.', '',
      'The clinic, built with a grant of 2.1 million dollars, has two doctors, four nurses and a small maternity ward.', '',
    ].join('\n'));
    expect(cleaned.metadata).toMatchObject({ byline: null, date: '2026-12-03' });
    expect(cleaned.body.startsWith('The Ministry of Health')).toBe(true);
  });
});

describe('a Chinese wire header with no space after 記者', () => {
  it('gives the author and is removed, not taken for the title or a paragraph', () => {
    const cleaned = clean([
      '新聞', '行政院通過明年度總預算案　教育與交通經費增加', '記者王小明／台北報導', '2026年3月12日 14:05', '',
      '行政院今天召開院會，通過明年度中央政府總預算案，其中教育與交通建設經費較今年增加百分之四。', '',
      '主計總處表示，新增經費將優先用於偏鄉學校設備更新與道路養護，不會另外舉債。', '',
      '在野黨立委則批評預算編列過於樂觀，將在立法院審查時要求刪減部分項目。', '',
    ].join('\n'));
    expect(cleaned.metadata).toMatchObject({ byline: '王小明', date: '2026-03-12T14:05', title: '行政院通過明年度總預算案　教育與交通經費增加' });
    expect(cleaned.removedLines.find((line) => line.text === '記者王小明／台北報導')).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body.startsWith('行政院今天召開院會')).toBe(true);
  });
});

describe('a byline in capitals whose surname the page writes in lower case', () => {
  const page = (byline: string, bio: string) =>
    [
      'U.S. NEWS', 'Judge blocks Oregon rule limiting logging near salmon streams', byline, 'Updated 6:48 PM EST, December 4, 2026', 'Share',
      '',
      'PORTLAND, Ore. (AP) — A federal judge on Thursday blocked an Oregon rule that would have banned logging within 100 feet of salmon-bearing streams.',
      '',
      'The Oregon Department of Forestry said it was reviewing the decision.',
      '',
      'The rule had been due to take effect on January 1.',
      '',
      bio,
      'Copyright 2026 The Associated Press. All Rights Reserved.',
    ].join('\n');

  it.each([
    ['By CLAIRE MORRISON', 'Morrison covers the environment and the Pacific Northwest for The Associated Press.', 'Claire Morrison'],
    ['By TOM MCDONALD', 'McDonald covers courts for The Associated Press.', 'Tom McDonald'],
    ["By KATIE O'BRIEN", "O'Brien covers courts for The Associated Press.", "Katie O'Brien"],
    // One byline in one case: a name the page writes in capitals only is capitalised with the one it spells.
    ['By NORA VILLALBA and GREG TANNER', 'Tanner covers law enforcement for The Associated Press.', 'Nora Villalba and Greg Tanner'],
  ])('is cased as the page writes the surname: "%s"', (byline, bio, author) => {
    // AP's story page signs in capitals and names the reporter in the bio under the story: the author had been "CLAIRE MORRISON".
    expect(clean(page(byline, bio)).metadata.byline).toBe(author);
  });

  it('is kept as written when the page writes the surname in capitals only', () => {
    expect(clean(page('By CLAIRE MORRISON', 'Follow AP coverage of the environment.')).metadata.byline).toBe('CLAIRE MORRISON');
  });
});

// Taiwan's Central News Agency opens its stories with reporter, place and day in one bracket, which stays in the body.
describe("CNA's credit opening the story", () => {
  const page = (credit: string) =>
    `台北港擴建計畫今日通過\n2026/12/4 16:30\n\n${credit}台北市議會今天通過台北港擴建計畫，預計明年動工。\n\n市府表示，工程經費約新台幣十二億元。\n\n漁民表示樂見其成。\n`;

  it.each([
    ['（中央社記者王小明台北4日電）', '王小明'],
    ['（中央社記者林昱台北4日電）', '林昱'],
    ['（中央社記者王小明、李大華布魯塞爾4日專電）', '王小明、李大華'],
    // A name of two before a place of three the agency reports from (it had been "林昱華").
    ['（中央社記者林昱華盛頓4日專電）', '林昱'],
    ['（中央社記者林昱約翰尼斯堡4日專電）', '林昱'],
  ])('%s names the author, and stays in the body', (credit, author) => {
    const cleaned = clean(page(credit));
    expect(cleaned.metadata.byline).toBe(author);
    expect(cleaned.body.startsWith(credit)).toBe(true);
  });

  it('an agency credit with no reporter names none', () => {
    expect(clean(page('（中央社台北4日電）')).metadata.byline).toBeNull();
  });

  it('names the agency the source, with a reporter or without', () => {
    expect(clean(page('（中央社記者王小明台北4日電）')).metadata.source).toBe('Central News Agency');
    expect(clean(page('（中央社台北4日電）')).metadata.source).toBe('Central News Agency');
  });
});

// A station's dateline runs its name together ("(HarborNewsNow)") where its notice spaces it ("Copyright 2026 Harbor News Now."):
// one outlet, named as a reader writes it.
describe("a dateline's run-together outlet spelt out by the page's notice", () => {
  const page = (dateline: string, notice: string) =>
    [
      'Ferry service to the outer islands resumes', 'By HNS Staff | December 4, 2026 at 9:05 AM HST', '',
      `${dateline} - The ferry to the outer islands sailed again on Friday after three weeks of repairs to its engines.`, '',
      'The operator said the first crossing carried about two hundred passengers and forty cars.', '',
      'Islanders had relied on small planes and fishing boats while the ferry was in dry dock.', '',
      notice, '',
    ].join('\n');

  it('gives the spaced form the notice writes', () => {
    expect(clean(page('PORT ALDEN, Hawaii (HarborNewsNow)', 'Copyright 2026 Harbor News Now. All rights reserved.')).metadata.source).toBe('Harbor News Now');
  });

  it("keeps the dateline's form when the notice names another outlet", () => {
    expect(clean(page('PORT ALDEN, Hawaii (HarborNewsNow)', 'Copyright 2026 Island Media Group. All rights reserved.')).metadata.source).toBe('HarborNewsNow');
  });
});
