import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datelineAt, signOffAgency, signOffLineAgency } from '../../src/text/dateline.js';

describe('datelineAt', () => {
  it("finds a Chinese agency's dateline, with its reporters", () => {
    // Xinhua's copy run by a portal: the story had no source and no author.
    expect(datelineAt('新华社南昌11月3日电（记者 刘洋）江西省今年新建乡村公路三千公里。')).toEqual({ start: 0, length: '新华社南昌11月3日电（记者 刘洋）'.length, agency: '新华社', byline: '刘洋' });
    expect(datelineAt('新华社南昌11月3日电（记者刘洋、陈静）江西省今年新建乡村公路三千公里。')?.byline).toBe('刘洋、陈静');
    expect(datelineAt('法新社巴黎11月3日专电 法国议会通过预算。')).toEqual({ start: 0, length: '法新社巴黎11月3日专电'.length, agency: '法新社' });
    // No agency, or no wire's 电: a sentence.
    expect(datelineAt('记者从南昌11月3日电话会议获悉，江西省今年新建乡村公路三千公里。')).toBeNull();
    expect(datelineAt('新华社南昌分社11月3日举办开放日活动。')).toBeNull();
  });

  // Jagbani and Punjab Kesari set the place, the reporter in brackets and a colon: the story had had no author.
  it("finds the Punjab Kesari group's dateline, with its reporter or agency in brackets", () => {
    expect(datelineAt('ਲੁਧਿਆਣਾ (ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ) : ਸ਼ਹਿਰ ਵਿੱਚ ਨਵੀਂ ਬੱਸ ਸੇਵਾ ਸ਼ੁਰੂ ਹੋਈ ਹੈ।')).toEqual({ start: 0, length: 'ਲੁਧਿਆਣਾ (ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ) : '.length, agency: null, byline: 'ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ' });
    expect(datelineAt('कानपुर (सुनील वर्मा): शहर में नई बस सेवा शुरू हुई है।')?.byline).toBe('सुनील वर्मा');
    expect(datelineAt('कानपुर (भाषा): शहर में नई बस सेवा शुरू हुई है।')).toMatchObject({ agency: 'भाषा' });
    // Without the colon the brackets are the sentence's.
    expect(datelineAt('कानपुर (उत्तर प्रदेश) में नई बस सेवा शुरू हुई है।')).toBeNull();
  });

  it('finds the wire datelines news agencies write, with their agency', () => {
    const cases: Array<[string, string, string | null]> = [
      ['WASHINGTON (Reuters) - The central bank is set to keep rates on hold.', 'WASHINGTON (Reuters) - ', 'Reuters'],
      ['CALGARY, Alberta (Reuters) - Shell Canada shares jumped.', 'CALGARY, Alberta (Reuters) - ', 'Reuters'],
      ['SHENZHEN/WANZHOU, China (Reuters) - Li Wenhao did not graduate.', 'SHENZHEN/WANZHOU, China (Reuters) - ', 'Reuters'],
      ['PARIS, Jan 8 (AFP) - The president spoke.', 'PARIS, Jan 8 (AFP) - ', 'AFP'],
      ['ST. JOSEPH, Mich. (AP) — Health authorities reported a case.', 'ST. JOSEPH, Mich. (AP) — ', 'AP'],
      // A station's page sets the dash as a horizontal bar: the story had had no source.
      ['LAKEPORT (AP) ― Health authorities reported a case.', 'LAKEPORT (AP) ― ', 'AP'],
      ['Lakeport, Calif. (AP) ― Health authorities reported a case.', 'Lakeport, Calif. (AP) ― ', 'AP'],
      ['NEW YORK -- Standing in front of the building, she spoke.', 'NEW YORK -- ', null],
      ['DUBAI, United Arab Emirates — The carrier said on Sunday.', 'DUBAI, United Arab Emirates — ', null],
      // CNN signs its copy as the agencies do: the story had had no source.
      ['Cairo (CNN) — Negotiators returned to Cairo on Friday.', 'Cairo (CNN) — ', 'CNN'],
      ['(CNN) — Negotiators returned to Cairo on Friday.', '(CNN) — ', 'CNN'],
      // The story run into the bracket, as CNN's pages scraped to text give it: no dateline had been read.
      ['(CNN)Negotiators returned to Cairo on Friday.', '(CNN)', 'CNN'],
      ['Hong Kong (CNN Business)A muddled view of the talks weighed on shares.', 'Hong Kong (CNN Business)', 'CNN Business'],
      // A site's links set in the brackets are no agency (the story's source had been `Map, News`); agencies listed are.
      ['SAN JOSE (Map, News) - The council met on Tuesday.', 'SAN JOSE (Map, News) - ', null],
      ['BEIRUT (AP, Reuters) - The council met on Tuesday.', 'BEIRUT (AP, Reuters) - ', 'AP, Reuters'],
      // A date in the brackets, as Malaysian papers set it, or after the outlet's name, as MindaNews does, names no source (not `Dec 6`,
      // not `MindaNews / 04 December`).
      ['KUCHING (Dec 6): The council met on Tuesday.', 'KUCHING (Dec 6): ', null],
      ['IPOH (6 Dec) - The council met on Tuesday.', 'IPOH (6 Dec) - ', null],
      ['GENERAL SANTOS CITY (MindaNews / 11 March) — The council met on Tuesday.', 'GENERAL SANTOS CITY (MindaNews / 11 March) — ', 'MindaNews'],
      // The Caribbean Media Corporation signs after the date, no brackets (a tester's page reprinting its copy had the
      // reprinting paper for its source); a last part no agency's names none.
      ['KINGSTOWN, St Vincent, Mar 3, CMC – The council met on Tuesday.', 'KINGSTOWN, St Vincent, Mar 3, CMC – ', 'CMC'],
      ['CASTRIES, St Lucia, Mar 3, Reuters – The council met on Tuesday.', 'CASTRIES, St Lucia, Mar 3, Reuters – ', 'Reuters'],
      ['CASTRIES, St Lucia, Mar 3 – The council met on Tuesday.', 'CASTRIES, St Lucia, Mar 3 – ', null],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text)).toEqual({ start: 0, length: prefix.length, agency });
  });

  it('finds a wire dateline whose date follows the place without a comma, and an agency with its service in the brackets', () => {
    const cases: Array<[string, string, string]> = [
      ["TOKYO Nov 6 (Reuters Life!) - Harbour Corp.'s Jane Doe said on Monday.", 'TOKYO Nov 6 (Reuters Life!) - ', 'Reuters Life!'],
      ['NEW YORK Jan 12 (Reuters) - Shares fell.', 'NEW YORK Jan 12 (Reuters) - ', 'Reuters'],
      ['WASHINGTON Sept. 3 (AP) - Lawmakers met.', 'WASHINGTON Sept. 3 (AP) - ', 'AP'],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text), text).toEqual({ start: 0, length: prefix.length, agency });
    // Capitals, a word and a number that are no date: a headline's.
    expect(datelineAt('AMC Screens 5 (Reuters) - The chain said.')).toBeNull();
    // Run into a word in lower case or a figure, or with no agency in the brackets, it is none.
    for (const text of ['Hong Kong (Reuters)the shares fell.', '(Reuters)2026 was a year.', 'Hong Kong (Hang Seng)Shares fell.']) expect(datelineAt(text), text).toBeNull();
  });

  it('finds a dateline with the byline run into it, and gives the byline', () => {
    const cases: Array<[string, string, string, string]> = [
      ['By Ada Moreno CHICAGO Mar 3 (Reuters) - Grain prices rose.', 'By Ada Moreno CHICAGO Mar 3 (Reuters) - ', 'Reuters', 'Ada Moreno'],
      ['By Lena Hart and Omar Diaz TOKYO/LONDON Dec 5 (Reuters) - Banks fell.', 'By Lena Hart and Omar Diaz TOKYO/LONDON Dec 5 (Reuters) - ', 'Reuters', 'Lena Hart and Omar Diaz'],
      ['By Sam R. Ortiz-Lee SAN DIEGO (AP) — The port reopened.', 'By Sam R. Ortiz-Lee SAN DIEGO (AP) — ', 'AP', 'Sam R. Ortiz-Lee'],
      // A job title after the names, its comma spaced as some wire pages give it.
      ['By Ana Ruiz , Chief Markets Correspondent MADRID Mar 4 (Reuters) - Shares fell.', 'By Ana Ruiz , Chief Markets Correspondent MADRID Mar 4 (Reuters) - ', 'Reuters', 'Ana Ruiz, Chief Markets Correspondent'],
      ['By Ana Ruiz, Energy Editor MADRID Mar 4 (Reuters) - Oil fell.', 'By Ana Ruiz, Energy Editor MADRID Mar 4 (Reuters) - ', 'Reuters', 'Ana Ruiz, Energy Editor'],
    ];
    for (const [text, prefix, agency, byline] of cases) expect(datelineAt(text), text).toEqual({ start: 0, length: prefix.length, agency, byline });
    // No agency: a sentence's "By" and a subject in capitals as likely ("By Monday NATO - the alliance - had agreed").
    for (const text of ['By Monday NATO - the alliance - had agreed.', 'By Ada Moreno CHICAGO - Grain prices rose.', 'By then NEW YORK (Reuters) - had closed.']) expect(datelineAt(text), text).toBeNull();
  });

  it("finds a wire dateline without its place (the date and the agency, or the agency alone), and EFE's with a full stop before the dash", () => {
    const cases: Array<[string, string, string]> = [
      ['Mar 3 (Reuters) - Grain prices rose.', 'Mar 3 (Reuters) - ', 'Reuters'],
      ['Sept. 14 (AP) — The port reopened.', 'Sept. 14 (AP) — ', 'AP'],
      ['(Reuters) - Grain prices rose.', '(Reuters) - ', 'Reuters'],
      ['SEVILLA, 4 mar (EFE).- El Gobierno aprobó hoy el plan.', 'SEVILLA, 4 mar (EFE).- ', 'EFE'],
      ['SEVILLA, 4 mar (EFE) .- El Gobierno aprobó hoy el plan.', 'SEVILLA, 4 mar (EFE) .- ', 'EFE'],
      // The place in Title Case, the day and month after it: the agency tells it from a sentence.
      ['Madrid, 20 nov (EFE).- El Gobierno aprobó hoy el plan.', 'Madrid, 20 nov (EFE).- ', 'EFE'],
      ['Sevilla, 4 de marzo (EFE) - El Gobierno aprobó hoy el plan.', 'Sevilla, 4 de marzo (EFE) - ', 'EFE'],
      // English copy of the same agencies writes the month first.
      ['La Paz, Aug 14 (EFE).- Bolivia opened the plant.', 'La Paz, Aug 14 (EFE).- ', 'EFE'],
      ['Buenos Aires, Sept. 3 (EFE) - The central bank cut its rate.', 'Buenos Aires, Sept. 3 (EFE) - ', 'EFE'],
      ['Hanoi, March 5 (AFP) – The port reopened.', 'Hanoi, March 5 (AFP) – ', 'AFP'],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text), text).toEqual({ start: 0, length: prefix.length, agency });
    // Without a place, no agency in the brackets or no month: a sentence's or a list's.
    for (const text of ['May 5 (Saturday) - The fair opens.', 'May 5 - The fair opens.', 'Round 3 (Reuters) - The fair opens.', '(Updated) - The fair opens.', 'Madrid, 20 nov (sábado) - El mercado abre.', 'Madrid, 20 puntos (EFE) - El equipo ganó.', 'Denver, Round 3 (Reuters) - The fair opens.']) {
      expect(datelineAt(text), text).toBeNull();
    }
  });

  it("finds a full date before the site's initials in brackets, no place, and takes only an agency's initials for the agency", () => {
    expect(datelineAt('Isniin November 16, 2026 (HOL) — Roobab culus ayaa ka da’ay magaalada.')).toEqual({ start: 0, length: 'Isniin November 16, 2026 (HOL) — '.length, agency: null });
    expect(datelineAt('Monday, March 2, 2026 (AP) - The bridge reopened.')).toEqual({ start: 0, length: 'Monday, March 2, 2026 (AP) - '.length, agency: 'AP' });
    // No month's name, no year, or words in the brackets: a list's item or a sentence.
    for (const text of ['Round 3, 2026 (HOL) — The fair opens.', 'November 16 (HOL) — The fair opens.', 'November 16, 2026 (Monday) — The fair opens.']) expect(datelineAt(text), text).toBeNull();
  });

  it('finds the datelines of press-release wires, with the wire as the agency', () => {
    const cases: Array<[string, string, string]> = [
      ['PITTSBURGH, March 14, 2024 /PRNewswire/ -- Northwind Robotics Inc. today announced a round.', 'PITTSBURGH, March 14, 2024 /PRNewswire/ -- ', 'PRNewswire'],
      ['SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced its results.', 'SAN FRANCISCO--(BUSINESS WIRE)--', 'BUSINESS WIRE'],
      ['NEW YORK, March 14, 2024 (GLOBE NEWSWIRE) -- Acme Corp. today announced a deal.', 'NEW YORK, March 14, 2024 (GLOBE NEWSWIRE) -- ', 'GLOBE NEWSWIRE'],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text)).toEqual({ start: 0, length: prefix.length, agency });
    expect(datelineAt('NEW YORK / LONDON are the two cities.')).toBeNull();
  });

  it('finds the datelines of Russian and Arabic agency copy', () => {
    const cases: Array<[string, string, string | null]> = [
      // TASS and Interfax: the place in capitals, the day and month, a full stop, maybe the agency between slashes.
      ['НОВОСИБИРСК, 14 марта. Мэрия Новосибирска открыла мост.', 'НОВОСИБИРСК, 14 марта. ', null],
      ['МОСКВА, 14 марта. /ТАСС/. Президент провел совещание.', 'МОСКВА, 14 марта. /ТАСС/. ', 'ТАСС'],
      ['КИЇВ, 3 листопада. Уряд ухвалив рішення.', 'КИЇВ, 3 листопада. ', null],
      // Arabic has no capitals: one to three words of Arabic script, maybe the agency in brackets, then a dash.
      ['القاهرة – ارتفعت أسعار الذهب اليوم.', 'القاهرة – ', null],
      ['بيروت (رويترز) - قال مسؤولون إن المحادثات انتهت.', 'بيروت (رويترز) - ', 'رويترز'],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text)).toEqual({ start: 0, length: prefix.length, agency });
    for (const text of ['Мэрия, 14 марта. Открыт мост.', 'وقال محللون إن الطلب قوي في الأشهر الماضية – وأضافوا أن', 'MOSCOW, 14 March 2024. The talks ended.']) expect(datelineAt(text), text).toBeNull();
  });

  it('finds the dateline of Hindi agency copy: the place, the day and month, the agency in brackets', () => {
    const cases: Array<[string, string, string | null]> = [
      ['नई दिल्ली, 14 मार्च (भाषा) केंद्र सरकार ने सोमवार को नई योजना की घोषणा की।', 'नई दिल्ली, 14 मार्च (भाषा) ', 'भाषा'],
      ['मुंबई, १४ मार्च (आईएएनएस)। शेयर बाजार में आज तेजी रही।', 'मुंबई, १४ मार्च (आईएएनएस)। ', 'आईएएनएस'],
      ['लखनऊ, 3 अगस्त - राज्य सरकार ने बजट पेश किया।', 'लखनऊ, 3 अगस्त - ', null],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text), text).toEqual({ start: 0, length: prefix.length, agency });
    // A sentence that opens with a place and a date goes on after them: no brackets, no dash.
    for (const text of ['नई दिल्ली, 14 मार्च को सरकार ने नई योजना की घोषणा की।', 'दिल्ली, मुंबई (और कोलकाता) में बारिश हुई।']) expect(datelineAt(text), text).toBeNull();
  });

  it('finds a place in capitals before a colon, as Indian papers write the dateline', () => {
    const cases: Array<[string, string]> = [
      ['KOCHI: The state government on Monday announced a relief package.', 'KOCHI: '],
      ['NEW DELHI: Prime Minister Narendra Modi spoke on Tuesday.', 'NEW DELHI: '],
      ['THIRUVANANTHAPURAM, March 3: The assembly met.', 'THIRUVANANTHAPURAM, March 3: '],
    ];
    for (const [text, prefix] of cases) expect(datelineAt(text)).toEqual({ start: 0, length: prefix.length, agency: null });
  });

  it("takes no speaker's turn of a transcript (3 or more turns) for a dateline; a place before a colon in other text still is one", () => {
    const transcript = (first: string): string => [first, 'BLITZER: And what did the White House say about the vote?', 'The statement came late.', 'ACOSTA: Wolf, they said very little tonight.'].join('\n\n');
    for (const first of ['TRUMP: We will build it, and we will finish it.', 'ANDERSON COOPER, CNN ANCHOR: Good evening.', 'BLITZER: Welcome back.']) {
      expect(datelineAt(transcript(first)), first).toBeNull();
    }
    // Two turns, or turns the page does not have: the colon dateline of an Indian paper.
    expect(datelineAt('KOCHI: The state government announced a relief package.\n\nMINISTER: It will be paid this month.\n\nThe opposition called it too little.')).toEqual({ start: 0, length: 'KOCHI: '.length, agency: null });
    // A dash dateline over a transcript's turns is still one.
    expect(datelineAt(`WASHINGTON (Reuters) - The hearing went on.\n\n${transcript('TRUMP: We will win.')}`)).toEqual({ start: 0, length: 'WASHINGTON (Reuters) - '.length, agency: 'Reuters' });
  });

  it('finds a place in Title Case with its country or state before a dash', () => {
    const cases: Array<[string, string, string | null]> = [
      ['Jakarta, Indonesia – The government raised fuel prices.', 'Jakarta, Indonesia – ', null],
      ['Rio de Janeiro, Brazil - Police said on Sunday.', 'Rio de Janeiro, Brazil - ', null],
      ['Raleigh, N.C. (AP) — Lawmakers voted on Monday.', 'Raleigh, N.C. (AP) — ', 'AP'],
      ['Abu Dhabi, United Arab Emirates — The carrier said.', 'Abu Dhabi, United Arab Emirates — ', null],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text)).toEqual({ start: 0, length: prefix.length, agency });
  });

  it('finds a place in Title Case without its country before a news agency in brackets and a dash', () => {
    const cases: Array<[string, string, string]> = [
      ['Berlin (dpa) – The German government announced new measures.', 'Berlin (dpa) – ', 'dpa'],
      ['Hamburg (dpa/lno) - Der Senat hat am Montag entschieden.', 'Hamburg (dpa/lno) - ', 'dpa/lno'],
      ['Paris (AFP) — The president spoke.', 'Paris (AFP) — ', 'AFP'],
      ['New Delhi (PTI) - "We will act," the minister said.', 'New Delhi (PTI) - ', 'PTI'],
    ];
    for (const [text, prefix, agency] of cases) expect(datelineAt(text)).toEqual({ start: 0, length: prefix.length, agency });
    // An agency's service after its name: Reuters Life!, Reuters Health, AFP Relaxnews.
    const services: Array<[string, string, string]> = [
      ["Tokyo (Reuters Life!) - News Corp.'s chief spoke.", 'Tokyo (Reuters Life!) - ', 'Reuters Life!'],
      ['New York (Reuters Health) - People who sleep less eat more.', 'New York (Reuters Health) - ', 'Reuters Health'],
      ['Paris (AFP Relaxnews) – The show opens.', 'Paris (AFP Relaxnews) – ', 'AFP Relaxnews'],
    ];
    for (const [text, prefix, agency] of services) expect(datelineAt(text), text).toEqual({ start: 0, length: prefix.length, agency });
    // Not an agency in the brackets: a sentence's subject and an aside.
    for (const text of ['Microsoft (MSFT) – The company said.', 'Berlin (the capital) – The city said.', 'Berlin (Reuters said) – The city said.']) expect(datelineAt(text), text).toBeNull();
  });

  it('takes no label, speaker-less sentence or Title Case phrase before a colon or dash for a dateline', () => {
    for (const text of [
      'UPDATE: The company revised its forecast.',
      'BREAKING NEWS: A fire broke out.',
      'EXCLUSIVE: Inside the talks.',
      'WATCH: The moment the bridge fell.',
      'Q: What happens next?',
      'DEAR CLARA: My sister has borrowed my car every weekend since June.',
      'CDC: Fall in U.S. Flu Cases Largest in 20 Years\n\nFewer people are falling ill.',
      'Kochi: The state government announced a package.',
      'Update: The company revised its forecast.',
      'Washington said on Monday it would act.',
      'Washington – the city – is quiet.',
      'Paris, meanwhile – the capital – was calm.',
      'Jakarta, Indonesia – the capital – was calm.',
      'The talks in Jakarta, Indonesia – The government said.',
      'Jakarta, Indonesia and the region – The government said.',
    ]) expect(datelineAt(text), text).toBeNull();
  });

  it('leaves alone what opens ordinary prose and headlines', () => {
    for (const text of [
      'The central bank - as expected - held rates.',
      'U.S. - China talks resume on Monday.',
      'UPDATE 2-Fenwick profit falls after accounting charge',
      'I - for one - disagree.',
      'Washington (Reuters) - lowercase places are not datelines here.',
      '',
    ]) expect(datelineAt(text)).toBeNull();
  });

  it('takes exactly the place, qualifier, agency and dash of any generated dateline', () => {
    const capitals = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 10 });
    const place = fc.array(capitals, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const qualifier = fc.option(fc.constantFrom('Alberta', 'Jan 8', 'N.C.', 'United Kingdom'), { nil: undefined });
    const agency = fc.option(fc.constantFrom('Reuters', 'AP', 'AFP', 'Bloomberg News'), { nil: undefined });
    const dash = fc.constantFrom('-', '--', '—', '–');
    fc.assert(
      fc.property(place, qualifier, agency, dash, (where, detail, who, mark) => {
        const prefix = `${where}${detail ? `, ${detail}` : ''}${who ? ` (${who})` : ''} ${mark} `;
        expect(datelineAt(`${prefix}The story starts here.`)).toEqual({ start: 0, length: prefix.length, agency: who ?? null });
      }),
    );
  });

  it('finds the dateline of the story under the editor\'s notes set above it', () => {
    const story = 'NEW YORK (Reuters) - Oil prices climbed on Tuesday.';
    for (const notes of [
      ['Correction: An earlier version of this story misstated the size of the draw.'],
      ['Clarification, May 3: The company said the plan was not final.', "Editor's note: This story was updated."],
      ['CORRECTION: The headline misstated the price.'],
    ]) {
      const text = [...notes, story, 'Brent gained 1.2 percent.'].join('\n\n');
      const start = text.indexOf(story);
      expect(datelineAt(text)).toEqual({ start, length: 'NEW YORK (Reuters) - '.length, agency: 'Reuters' });
    }
  });

  it('finds no dateline under a note when the story does not open with one, nor in a note alone', () => {
    expect(datelineAt('Correction: An earlier version misstated the price.\n\nOil prices rose on Tuesday.')).toBeNull();
    expect(datelineAt('Correction: NEW YORK (Reuters) - was the wrong dateline.')).toBeNull();
    expect(datelineAt('Background: the talks\n\nNEW YORK (Reuters) - Oil prices rose.')).toBeNull();
  });
});

describe('signOffAgency', () => {
  it("reads the agency that signs off wire copy's last paragraph in brackets", () => {
    expect(signOffAgency('MILANO, 3 DIC - La giunta ha approvato il piano.\n\nIl voto finale è atteso a gennaio. (ANSA).')).toBe('ANSA');
    expect(signOffAgency('The vote is expected in January (ANSA)')).toBe('ANSA');
    expect(signOffAgency('Il voto finale è atteso a gennaio. (ANSA/dpa).\n')).toBe('ANSA/dpa');
  });

  it('reads nothing from brackets that name no agency, or stand inside the text', () => {
    expect(signOffAgency('The film opens on Friday (Rated R).')).toBeNull();
    expect(signOffAgency('(ANSA) Il voto finale è atteso a gennaio.')).toBeNull();
    expect(signOffAgency('')).toBeNull();
  });
});

describe('signOffLineAgency', () => {
  it("reads the agency a line of its own signs with, after a dash or alone, and nothing else", () => {
    expect(signOffLineAgency('- NZPA')).toBe('NZPA');
    expect(signOffLineAgency('— AAP.')).toBe('AAP');
    expect(signOffLineAgency('-- Reuters')).toBe('Reuters');
    expect(signOffLineAgency('NZPA')).toBe('NZPA');
    expect(signOffLineAgency('Agence France-Presse')).toBe('Agence France-Presse');
    expect(signOffLineAgency('© AAP')).toBe('AAP');
    expect(signOffLineAgency('© Harbour Photos')).toBeNull();
    expect(signOffLineAgency('- Careers')).toBeNull();
    expect(signOffLineAgency('Careers')).toBeNull();
    expect(signOffLineAgency('— Posted by Harbour Rob')).toBeNull();
  });
});
