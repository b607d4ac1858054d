import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLine } from '../../../src/clean/lines.js';
import { cleanArticle } from '../../../src/clean/index.js';
import { bylineName } from '../../../src/clean/metadata/bylines.js';
import { isContributorLine, isEditNote, liftCredit } from '../../../src/clean/metadata/credits.js';
import { beginLift, liftMetadata } from '../../../src/clean/metadata/lift.js';
import { isNameLine } from '../../../src/clean/metadata/names.js';
import { signedByline } from '../../../src/clean/metadata/signed-bylines.js';
import { emptyMetadata } from '../../../src/ingest/index.js';
import { article, contextFor } from '../context.js';

const lift = (text: string, probability = 0.1) => {
  const metadata = emptyMetadata();
  const reason = liftMetadata(describeLine(1, text, new Set(['the', 'of'])), beginLift(metadata), probability);
  return { reason, metadata };
};

describe('liftMetadata', () => {
  describe('a byline', () => {
    it.each([
      ['By Jane Calloway', 'Jane Calloway'],
      ['Reporting by Tom Ellis and Ana Ruiz', 'Tom Ellis and Ana Ruiz'],
      // A wire credit unbracketed and short enough to be read as a byline: its reporters, not its editors nor places.
      ['Reporting by Tom Ellis; Editing by Ana Ruiz', 'Tom Ellis'],
      ['Reporting by Tom Ellis in Portsmouth; editing by Ana Ruiz and Lee Park', 'Tom Ellis'],
      ['Reporting by Tom Ellis. Editing by Ana Ruiz', 'Tom Ellis'],
      ['Reporting by Tom Ellis; Additional reporting by Ana Ruiz', 'Tom Ellis'],
      // An interview's interviewer is its author: the line had been page text and the byline empty.
      ['Interview by Tom Walsh', 'Tom Walsh'],
      // A review's critic is its author, as music and film review sites label it: the line had been page text.
      ['Review by Tom Walsh', 'Tom Walsh'],
      // A podcast's or a video's host is its author: "Presented by …" had been the page's title.
      ['Presented by Laura Finch', 'Laura Finch'],
      ['Hosted by Sam Okoro and Ana Ruiz', 'Sam Okoro and Ana Ruiz'],
      ['Von Anna Becker', 'Anna Becker'],
      ['Por María López', 'María López'],
      // Its separator is not the name's.
      ['By: Jane Doe', 'Jane Doe'],
      ['By : Jane Doe', 'Jane Doe'],
      ['BY:JANE DOE', 'JANE DOE'],
      ['By - Jane Doe', 'Jane Doe'],
      // "By" run into the name by the page's markup (ABC News).
      ['ByMary Kekatos', 'Mary Kekatos'],
      ['ByLuke Barr and Jay O\'Brien', "Luke Barr and Jay O'Brien"],
      ['Written by | Jane Doe', 'Jane Doe'],
      ['Von: Anna Becker', 'Anna Becker'],
      // Other languages' labels: "author" with its colon, "by" without one; a Chinese reporter's place of reporting is no name.
      ['Autor: Katarzyna Wójcik', 'Katarzyna Wójcik'],
      ['Автор: Иван Петров', 'Иван Петров'],
      ['Аутор: Марија Јовановић', 'Марија Јовановић'],
      ['Tác giả: Nguyễn Văn An', 'Nguyễn Văn An'],
      ['Yazar: Ayşe Yılmaz', 'Ayşe Yılmaz'],
      ['लेखक: राहुल शर्मा', 'राहुल शर्मा'],
      ['بقلم: أحمد المصري', 'أحمد المصري'],
      ['מאת: דנה כהן', 'דנה כהן'],
      ['מאת דנה כהן', 'דנה כהן'],
      ['记者 王伟', '王伟'],
      // After the outlet: The Paper's "澎湃新闻记者 王磊" under the headline had been the title.
      ['澎湃新闻记者 王磊', '王磊'],
      ['本报记者 王伟', '王伟'],
      ['記者 陳志明／台北報導', '陳志明'],
      // With no space after 記者, and in the brackets Taiwanese papers set it in: the place and "reported" tell it from a sentence.
      ['記者王小明／台北報導', '王小明'],
      ['〔記者王小明／台北報導〕', '王小明'],
      ['记者李娜/北京报道', '李娜'],
      ['記者王小明、陳美玲／台北報導', '王小明、陳美玲'],
      ['作者：李娜', '李娜'],
      ['김민수 기자', '김민수'],
      ['김민수 기자 minsu@example.co.kr', '김민수'],
    ])('lifts the byline of "%s"', (text, byline) => {
      expect(lift(text)).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline } });
    });

    // Japanese papers sign with the name, then 記者 ("reporter"): the line had been page text, and the story had no author.
    it.each([
      ['山田太郎記者', '山田太郎'],
      ['山田 太郎 記者', '山田 太郎'],
      ['田中みどり記者', '田中みどり'],
    ])('lifts the Japanese byline "%s"', (text, byline) => {
      expect(lift(text)).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline } });
    });

    // An office, an agency or a paper's reporter is no name; nor a phrase.
    it.each(['本報記者', '共同通信記者', '中央社記者', '記者', '東京都の記者'])('takes no author from "%s"', (text) => {
      expect(lift(text).metadata.byline).toBeNull();
    });

    it('lifts an Italian byline, "di" in lower case over names, and no headline opening with "Di"', () => {
      for (const [text, byline] of [['di Mario Rossi', 'Mario Rossi'], ['di Mario Rossi e Anna Bianchi', 'Mario Rossi e Anna Bianchi'], ['di Giovanni De Luca', 'Giovanni De Luca'], ['di: Mario Rossi', 'Mario Rossi']]) {
        expect(lift(text), text).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline } });
      }
      for (const text of ['Di Maio says the government will fall', 'Di Caprio wins his first Oscar', 'Di Maio Quits', 'di sera la città si svuota', 'DI MAIO: NO DEAL']) {
        expect(lift(text).metadata.byline, text).toBeNull();
      }
    });

    it('takes no sentence opening with "Presented by" or "Hosted by" for a host\'s byline', () => {
      for (const text of ['Presented by the mayor, the award went to a nurse', 'Hosted by the council, the summit drew 400 delegates']) expect(lift(text).metadata.byline, text).toBeNull();
    });

    it('takes no sponsor\'s single name after "Presented by" for a host\'s byline', () => {
      for (const text of ['Presented by Toyota', 'PRESENTED BY: ROLEX', 'Hosted by Spotify']) expect(lift(text).metadata.byline, text).toBeNull();
    });

    it('lifts a Greek byline, "Του"/"Της"/"Των" before names in the genitive, and no headline opening with the article', () => {
      for (const [text, byline] of [['Της Ελένης Παπαδοπούλου', 'Ελένης Παπαδοπούλου'], ['Του Γιώργου Νικολάου', 'Γιώργου Νικολάου'], ['Των Νίκου Δήμου και Μαρίας Κωστή', 'Νίκου Δήμου και Μαρίας Κωστή'], ['ΤΟΥ ΚΩΣΤΑ ΑΝΤΩΝΙΟΥ', 'ΚΩΣΤΑ ΑΝΤΩΝΙΟΥ']]) {
        expect(lift(text), text).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline } });
      }
      for (const text of ['Της Αθήνας η ομορφιά', 'Της Ελλάδας', 'Του χρόνου θα είναι καλύτερα']) {
        expect(lift(text).metadata.byline, text).toBeNull();
      }
    });

    // Upper-case "ΚΑΙ" ("and") reads as a name too: tried both ways at each one, a failing line of 24 words took 3.7 s.
    // The suite's 60 s limit bounds that growth (41 words tried both ways would take years); it measures no speed (linear,
    // the line takes microseconds), so no tighter limit a loaded host could trip.
    it('reads a Greek byline in linear time on a long line of upper-case "ΚΑΙ"', () => {
      expect(bylineName(`ΤΟΥ ΚΩΣΤΑ${' ΚΑΙ ΝΙΚΟΥ'.repeat(40)} ΚΑΙ ο δήμαρχος`)).toBeUndefined();
      expect(bylineName(`ΤΟΥ ΚΩΣΤΑ${' ΚΑΙ ΝΙΚΟΥ'.repeat(40)}`)).toBe(`ΚΩΣΤΑ${' ΚΑΙ ΝΙΚΟΥ'.repeat(40)}`);
    });

    it('leaves the comma or colon closing a byline line out of the name (its role on the next line)', () => {
      for (const [text, byline] of [['By Dana Whitcombe,', 'Dana Whitcombe'], ['By Dana Whitcombe ,', 'Dana Whitcombe'], ['Written by Ola Brekke:', 'Ola Brekke']]) {
        expect(lift(text).metadata.byline, text).toBe(byline);
      }
    });

    it('takes no headline about von der Leyen for a German byline; "Von der Redaktion" still is one', () => {
      for (const text of ['Von der Leyen says the EU will act on tariffs', 'Von der Leyen fordert mehr Geld für die Verteidigung']) expect(lift(text).metadata.byline, text).toBeNull();
      expect(lift('Von der Redaktion')).toEqual({ reason: 'byline', metadata: emptyMetadata() });
    });

    it('takes no headline opening with "Par", "Door", "Av" or "Af" for a byline; names after them still are one, the newsroom a byline with no author', () => {
      for (const text of ['Par avion, le courrier arrive en retard', 'Par la fenêtre du train', 'Door de storm vallen bomen om', 'Door personeelstekort sluit het zwembad', 'Av alla dagar kom regnet i dag', 'Av 100 sökande fick tio jobb', 'Af samme grund lukker skolen', 'Af 300 ansøgere fik ti job']) {
        expect(lift(text).metadata.byline, text).toBeNull();
      }
      for (const [text, byline] of [
        ['Par Jean Dupont', 'Jean Dupont'],
        ['par Jean-Pierre Martin, envoyé spécial à Kiev', 'Jean-Pierre Martin, envoyé spécial à Kiev'],
        ['Par notre correspondant à Rome', 'notre correspondant à Rome'],
        ['Door Jan de Vries', 'Jan de Vries'],
        ['Door onze verslaggever', 'onze verslaggever'],
        ['Av Anna Svensson', 'Anna Svensson'],
        ['Av TT', 'TT'],
        // Danish: DR's byline had given no author (a tester's page).
        ['Af Sofie Kjær Nielsen', 'Sofie Kjær Nielsen'],
        ['Af Ritzau', 'Ritzau'],
      ]) {
        expect(lift(text), text).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline } });
      }
      // The newsroom signing is no person, as a desk is not ('Tim Redaksi'): the line goes, with no author.
      for (const text of ['Par la rédaction', 'Door de redactie', 'Av redaktionen', 'Af redaktionen', 'Por la Redacción', 'By the editorial staff']) {
        expect(lift(text), text).toEqual({ reason: 'byline', metadata: emptyMetadata() });
      }
    });

    it("takes a reporter's beat written before the name for no part of it (ABC News's bylines)", () => {
      for (const [text, byline] of [
        ['By health reporter Rachel Clayton', 'Rachel Clayton'],
        ['By national science, technology and environment reporter Michael Slezak', 'Michael Slezak'],
        ['By political reporter Tom Lowrey and Jake Evans', 'Tom Lowrey and Jake Evans'],
        ['By Rachel Clayton', 'Rachel Clayton'],
      ]) {
        expect(lift(text).metadata.byline, text).toBe(byline);
      }
    });

    it('lifts a byline without the social handle or e-mail address the page sets after the name', () => {
      // They had stood in articles.csv's byline as part of the name ("Sofia Rossi @sofiarossi").
      expect(lift('By Sofia Rossi @sofiarossi')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Sofia Rossi' } });
      expect(lift('By Sofia Rossi | @sofia_rossi').metadata.byline).toBe('Sofia Rossi');
      expect(lift('By Tom Ellis, tom.ellis@courier.example').metadata.byline).toBe('Tom Ellis');
      expect(lift('By Tom Ellis and Ana Ruiz').metadata.byline).toBe('Tom Ellis and Ana Ruiz');
      expect(lift('By @sofiarossi').metadata.byline).toBe('@sofiarossi');
    });

    it('lifts an Arabic byline: "wrote" and a name', () => {
      // Youm7 and Masrawy sign so: the line had been page text and the article had no author.
      expect(lift('كتب محمد عبد الرحمن')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'محمد عبد الرحمن' } });
      expect(lift('كتبت - سارة أحمد').metadata.byline).toBe('سارة أحمد');
      // The president wrote a letter to parliament asking …: a sentence, no byline.
      expect(lift('كتب الرئيس رسالة إلى البرلمان يطالب فيها').metadata.byline).toBeNull();
    });

    it('lifts a byline without the e-mail address set between the name and the outlet', () => {
      // MediaNews Group's papers sign so: the address had stayed in the author's name.
      expect(lift('By Ellen Okafor | eokafor@denverpost.com | The Denver Post').metadata.byline).toBe('Ellen Okafor | The Denver Post');
      expect(lift('By Ellen Okafor, eokafor@pioneer.example, Pioneer Press').metadata.byline).toBe('Ellen Okafor, Pioneer Press');
    });

    it('takes no byline from a label followed by no name', () => {
      for (const text of ['By-election results', 'By 2030', 'By -', 'By ...']) expect(lift(text).metadata.byline, text).toBeNull();
    });

    it('removes a byline label whose name the page left empty, lifting nothing', () => {
      for (const text of ['By', 'By:', 'BY', 'Written by', 'Reporting by :', 'From', 'From:', 'FROM']) expect(lift(text), text).toEqual({ reason: 'byline', metadata: emptyMetadata() });
      // "Door" is Dutch for "by", and a word of its own in English.
      expect(lift('Door').reason).toBeNull();
    });

    it('reads no byline from "by", an article and a word in lower case: a phrase, not a name', () => {
      // "the end of the day on March 3, 2020" had been the author.
      for (const text of ['By the end of the day on March 3, 2020', 'By the numbers', 'By a narrow margin', 'Por la tarde', 'Par les temps qui courent']) {
        expect(lift(text).metadata.byline, text).toBeNull();
        expect(bylineName(text), text).toBeUndefined();
      }
      // A newsroom, an agency named with its article and a reporter named by their job title still sign so.
      expect(lift('By The Associated Press').metadata.byline).toBe('The Associated Press');
      for (const text of ['by the editorial board', 'Par la rédaction']) expect(lift(text).reason, text).toBe('byline');
      expect(lift('By a staff reporter').metadata.byline).toBe('a staff reporter');
    });

    // A radio site's menu of its programmes had given its first byline so.
    it('reads no byline from "by" and a quantifier or a demonstrative: a phrase or a show\'s name in a menu', () => {
      for (const text of ['By Every Road Home', 'By All Accounts', 'by all means', 'By This Hour Tomorrow', 'BY ANY OTHER NAME']) {
        expect(lift(text).metadata.byline, text).toBeNull();
        expect(bylineName(text), text).toBeUndefined();
      }
      expect(lift('By Anya Petrova').metadata.byline).toBe('Anya Petrova');
    });

    it('reads no byline from "by" and a verb\'s -ing form in lower case: a sign-up box\'s consent line is no author', () => {
      // News24's consent line under its sign-up box, no full stop, had been the author over the reporter's name.
      for (const text of ['By signing up, you agree to our Terms and Conditions', 'By posting a reply you accept the Terms and Conditions', 'By tapping Register you accept our Privacy Notice']) {
        expect(lift(text).metadata.byline, text).toBeNull();
        expect(bylineName(text), text).toBeUndefined();
      }
      // A name with a capital still signs, whatever it ends with.
      expect(lift('By Sterling Jones').metadata.byline).toBe('Sterling Jones');
    });

    it('reads no byline from a label and a possessive in lower case: a sponsored box\'s credit is no author', () => {
      for (const text of ['From our sponsor: ShipRight Logistics', 'From our partners at Acme Bank', 'By your local councillors']) {
        expect(lift(text).metadata.byline, text).toBeNull();
      }
      // A reporter named by their job title after "our" still signs.
      expect(lift('By our correspondent').metadata.byline).toBe('our correspondent');
      expect(lift('By Our Special Correspondent').reason).toBe('byline');
    });
  });

  describe('a byline signed with an outlet, a desk or an agency', () => {
    it('lifts a name, a spaced dash or bar and an outlet, with no "By", as the byline signed with the outlet', () => {
      for (const [text, authors, outlet] of [
        ['Budi Santoso - detikJabar', 'Budi Santoso', 'detikJabar'],
        ['Jane Doe | Reuters', 'Jane Doe', 'Reuters'],
        ['Sari Dewi - Kompas.com', 'Sari Dewi', 'Kompas.com'],
        ['Jane Doe | The Washington Post', 'Jane Doe', 'The Washington Post'],
      ]) {
        const { reason, metadata } = lift(text);
        expect(reason, text).toBe('byline');
        expect(signedByline(metadata.byline), text).toEqual({ authors, outlet });
      }
      // A job title, a desk, a comma (a picture's credit) or no name before it: no byline.
      for (const text of ['Jane Doe - Staff Writer', 'Jane Doe | Business News', 'Jane Doe, Reuters', 'Home | World News', 'Markets - detikFinance']) {
        expect(lift(text), text).toEqual({ reason: null, metadata: emptyMetadata() });
      }
    });

    it('removes a newsroom desk signing as the byline, and takes it for no author and no source', () => {
      for (const text of ['By Web Desk', 'By News Desk', 'By The Business Desk', 'Oleh: Tim Redaksi', 'Penulis: Redaksi']) {
        expect(lift(text), text).toEqual({ reason: 'byline', metadata: emptyMetadata() });
      }
      expect(lift('By Jane Doe').metadata.byline).toBe('Jane Doe');
    });

    it('tells a desk, named by a section, the medium or the outlet\'s initials, from a person whose surname is Desk', () => {
      for (const text of ['By Metro Desk', 'By Online Desk', 'By India Today Web Desk', 'By HT Desk', 'By Monitoring Desk', 'By Agencies', 'By News Agencies']) {
        expect(lift(text), text).toEqual({ reason: 'byline', metadata: emptyMetadata() });
      }
      expect(lift('By Jane Desk')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Jane Desk' } });
      // In capitals the person's name is in capitals too, kept as written: initials are short, have no vowel or are an agency's.
      expect(lift('By JANE DESK')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'JANE DESK' } });
      for (const text of ['By TOI DESK', 'By NDTV DESK', 'By IANS DESK']) expect(lift(text), text).toEqual({ reason: 'byline', metadata: emptyMetadata() });
      // Alone by the date line too: a name, where a desk is none.
      expect(isNameLine(describeLine(1, 'Jane Desk', new Set()))).toBe(true);
      expect(isNameLine(describeLine(1, 'Web Desk', new Set()))).toBe(false);
      // A print button by the date line had been the author.
      expect(isNameLine(describeLine(1, 'Printable Version', new Set()))).toBe(false);
    });

    it('takes a byline that is an agency alone for the source, and no person', () => {
      const outlet = (byline: string | null) => signedByline(byline).outlet;
      expect(['TASS', 'Reuters', 'The Associated Press', 'xinhua'].map(outlet)).toEqual(['TASS', 'Reuters', 'The Associated Press', 'xinhua']);
      expect(['TASS', 'Reuters', 'AFP'].map((byline) => signedByline(byline).authors)).toEqual([null, null, null]);
      expect(['Jane Doe', 'Reuters staff', 'TASS and Jane Doe', null].map(outlet)).toEqual([null, null, null, null]);
      // CNN signs as the agencies do: "Jane Doe and Tom Roe, CNN" had kept CNN in the author, and the story had no source.
      expect(signedByline('Jane Doe and Tom Roe, CNN')).toEqual({ authors: 'Jane Doe and Tom Roe', outlet: 'CNN' });
    });

    // The Indian Express signs its newsroom's copy "By Express News Service": it had been the author.
    it.each(['Express News Service', 'Tribune News Service', 'Religion News Service', 'The Canadian Press Wire Service'])('takes the news service "%s" for the source, and no person', (byline) => {
      expect(signedByline(byline)).toEqual({ authors: null, outlet: byline });
    });

    it.each(['News Service', 'Jane Service', 'Jane Doe, News Service'])('takes "%s" for no news service alone', (byline) => {
      expect(signedByline(byline).authors).toBe(byline);
    });

    it.each([
      ['Jane Doe, Tom Welby, Reuters', 'Jane Doe, Tom Welby', 'Reuters'],
      ['Jane Doe, Reuters', 'Jane Doe', 'Reuters'],
      ['Jane Doe | Reuters', 'Jane Doe', 'Reuters'],
      ['Jane Doe, John Smith and Ann Lee, Reuters', 'Jane Doe, John Smith and Ann Lee', 'Reuters'],
      ['Jane Doe and The Associated Press', 'Jane Doe', 'The Associated Press'],
      ['BRENT HALVERSON -- Sun Media', 'BRENT HALVERSON', 'Sun Media'],
      ['Ana Ruiz, The Washington Post', 'Ana Ruiz', 'The Washington Post'],
      ['Jane Doe, Sky News', 'Jane Doe', 'Sky News'],
      ['Jane Doe | Fox Business News', 'Jane Doe', 'Fox Business News'],
      ['ELENI MAVRIDOU and PETROS KALOGERAS Associated Press', 'ELENI MAVRIDOU and PETROS KALOGERAS', 'Associated Press'],
      ['Jane Doe The Associated Press', 'Jane Doe', 'The Associated Press'],
      ['Priya Raman | The Riverside Courier', 'Priya Raman', 'The Riverside Courier'],
      ['Jane Doe, San Francisco Chronicle', 'Jane Doe', 'San Francisco Chronicle'],
      ['Tom Ellis -- The Observer', 'Tom Ellis', 'The Observer'],
      ['Ana Ruiz, The Cincinnati Enquirer', 'Ana Ruiz', 'The Cincinnati Enquirer'],
      ['Jane Doe | Toronto Star', 'Jane Doe', 'Toronto Star'],
      ['Mark Lee, Evening Standard', 'Mark Lee', 'Evening Standard'],
      ['Jane Doe and Daily Mail', 'Jane Doe', 'Daily Mail'],
      // Two boxes of the page's markup set apart by a run of spaces (Global News): the whole had been the source.
      ['Sean Whitlow  Global News', 'Sean Whitlow', 'Global News'],
      // After a slash, as Khmer Times signs its own and Swedish papers an agency's copy: the whole had been the author.
      ['Jane Doe / Khmer Times', 'Jane Doe', 'Khmer Times'],
      ['Jane Doe/TT', 'Jane Doe', 'TT'],
      ['JANE DOE/REUTERS', 'JANE DOE', 'REUTERS'],
      // The agency's "The" is its name's: the author had been "Jane Doe, The".
      ['Jane Doe, The Associated Press', 'Jane Doe', 'The Associated Press'],
      ['JANE DOE, THE ASSOCIATED PRESS', 'JANE DOE', 'THE ASSOCIATED PRESS'],
      // The writer's job title at the agency is neither the author's nor the source's.
      ['DANIEL FORTIN AP Sports Writer', 'DANIEL FORTIN', 'AP'],
      ['Jane Doe, Associated Press Writer', 'Jane Doe', 'Associated Press'],
      ['Jane Doe, The Associated Press Business Writer', 'Jane Doe', 'The Associated Press'],
      ['Jane Doe, Reuters Correspondent', 'Jane Doe', 'Reuters'],
      // Not kept whole, job title and agency in the author.
      ['MARTIN LOWE, Associated Press Writer', 'MARTIN LOWE', 'Associated Press'],
      // An agency's one-word name after a middle initial is the surname: the author had been "Michael R.".
      ['Michael R. Bloomberg Opinion Columnist', 'Michael R. Bloomberg', null],
      ['Jane Q. Doe, Associated Press Writer', 'Jane Q. Doe', 'Associated Press'],
      // A job title after a comma or a spaced dash is no author's.
      ['Jane Doe, Staff Writer', 'Jane Doe', null],
      ['Jane Doe, Staff Reporter', 'Jane Doe', null],
      ['Chang-Ho Kim, Asia auto correspondent', 'Chang-Ho Kim', null],
      ['Jane Doe - Staff Writer', 'Jane Doe', null],
      ['Ana Ruiz and Tom Ellis, Staff Writers', 'Ana Ruiz and Tom Ellis', null],
      ['Simon Fairlie, European Insurance Correspondent', 'Simon Fairlie', null],
      // After a slash, as the Gleaner signs.
      ['Jane Doe/Staff Reporter', 'Jane Doe', null],
      ['Jane Doe / Senior Staff Reporter', 'Jane Doe', null],
      // After a spaced bar, as a byline box sets the post beside the name under the date line (the post had stayed in the author).
      ['Jane Doe | Reporter', 'Jane Doe', null],
      ['Jane Doe | Senior Correspondent', 'Jane Doe', null],
      ['JANE DOE | STAFF WRITER', 'JANE DOE', null],
      // The office a parish's or a university's writer signs for, no outlet.
      ['Jane Doe, Parish Communications', 'Jane Doe', null],
      ['Jane Doe, Office of Public Affairs', 'Jane Doe', null],
      ['Jane Doe, Marketing and Communications', 'Jane Doe', null],
      // A paper's bureau by its initials, as the Economic Times signs ("ET Bureau" had stayed in the author).
      ['Jane Doe, ET Bureau', 'Jane Doe', null],
      ['Jane Doe, Washington Bureau', 'Jane Doe', null],
      // A menu's items are no names before an office.
      ['Advertising, Marketing', 'Advertising, Marketing', null],
      // A correspondent's post in other languages, and the place a post is held in (Libération's "…, correspondante à …").
      ['Maëlle Quéméner, correspondante à Saint-Malo', 'Maëlle Quéméner', null],
      ['Ana Ruiz, enviada especial a Kiev', 'Ana Ruiz', null],
      ['Luca Neri, corrispondente da Pechino', 'Luca Neri', null],
      ['Lena Hartwig, Korrespondentin in Kairo', 'Lena Hartwig', null],
      ['Jane Doe, correspondent in Lagos', 'Jane Doe', null],
      ['Jane Doe, Reuters correspondent in Lagos', 'Jane Doe', 'Reuters'],
      // A place after a spaced dash, as O Globo signs; what comes before it read as a byline ("g1" the network).
      ['Renato Lins — Rio de Janeiro', 'Renato Lins', null],
      ['Renato Lins, g1 — São Paulo', 'Renato Lins', 'g1'],
      // A newsroom before a spaced dash or bar, whatever follows: no author.
      ['Staff reports - Scores all evening at harbourpost.com', null, null],
      ['Staff Report | More on our live page', null, null],
    ])('reads "%s" as its authors and the outlet it is signed with', (byline, authors, outlet) => {
      expect(signedByline(byline)).toEqual({ authors, outlet });
    });

    // A paper named with "The" whose last word is no outlet's word: the outlet had stayed in the author, and the story had no source.
    it.each([
      ['Meg Britton-Mehlisch, The Berkshire Eagle', 'Meg Britton-Mehlisch', 'The Berkshire Eagle'],
      ['Jane Doe | The Day', 'Jane Doe', 'The Day'],
      ['Ana Ruiz and Tom Ellis, The Conversation', 'Ana Ruiz and Tom Ellis', 'The Conversation'],
    ])('reads "%s" as its authors and the outlet named with "The"', (byline, authors, outlet) => {
      expect(signedByline(byline)).toEqual({ authors, outlet });
    });

    // A newsroom, a job title or an institution named with "The" is no outlet; nor "The" alone.
    it.each(['Jane Doe and The Editorial Board', 'Jane Doe, The Ohio State University', 'Jane Doe, The Chief Correspondent', 'Jane Doe, The', 'Jane Doe, the Berkshire Eagle'])(
      'names no outlet in "%s"',
      (byline) => {
        expect(signedByline(byline).outlet).toBeNull();
      },
    );

    it.each(['Jane Doe — Tom Roe', 'Jane Doe, Washington', 'Jane Doe, Tom Welby', 'Jane Doe | 5 minutes ago', 'Jane Doe, Business News', 'Jane Doe | Breaking News', 'Jane Doe, World and Politics News', 'Michael R. Bloomberg', 'Jane Doe, Team Leader', 'Jane Doe, Lisa Sun', 'Jane Doe, Book Review'])(
      'names no outlet in "%s" and keeps it whole',
      (byline) => {
        expect(signedByline(byline)).toEqual({ authors: byline, outlet: null });
      },
    );
  });

  describe('a date line', () => {
    it('reads "Article Launched:" as a publication label', () => {
      // MediaNews Group's papers: 10 words to the counter, unlabelled it was no date line and the story undated.
      expect(lift('Article Launched: 01/14/2026 02:57:26 AM PST')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-01-14T02:57' } });
    });

    it('reads "Created:" as a publication label and "Last Edited:" as an update\'s', () => {
      // A TV station's site heads its stories so, the update first: unlabelled, each was a table's row and the story undated.
      const lifted = beginLift(emptyMetadata());
      const texts = ['Last Edited: Tuesday, 08 Dec 2026, 9:12 PM EST', 'Created: Tuesday, 08 Dec 2026, 7:51 PM EST'];
      texts.forEach((text, i) => expect(liftMetadata(describeLine(i + 1, text, new Set(['the', 'of'])), lifted, 0.1), text).toBe('date line'));
      expect(lifted.metadata.date).toBe('2026-12-08T19:51');
    });

    it("reads a blog entry's meta line of its date, comment count, category and author run together by slashes", () => {
      // A WordPress theme's (Enfold's) line under the post's title: 11 words, it was page text and the post undated.
      expect(lift('March 3, 2026/2 Comments/in Harbour Club News /by editor')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-03-03' } });
      // The author after "by" when a person's name: the post had been unsigned. An account's name ("editor") is none.
      expect(lift('March 3, 2026/No Comments/in Club News /by Jane Doe')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-03-03', byline: 'Jane Doe' } });
      // Other themes' orders, parted by spaced slashes: the date, the author (after "by" or alone), the category, the comment count.
      const dated = { ...emptyMetadata(), date: '2026-03-03', byline: 'Jane Doe' };
      expect(lift('March 3, 2026 / 2 Comments / in Club News / by Jane Doe')).toEqual({ reason: 'date line', metadata: dated });
      expect(lift('March 3, 2026 / Jane Doe / Club News / 2 Comments')).toEqual({ reason: 'date line', metadata: dated });
      expect(lift('March 3, 2026 / by Jane Doe / in Club News / No Comments')).toEqual({ reason: 'date line', metadata: dated });
      expect(lift('March 3, 2026 / Club News / Jane Doe / 2 Comments')).toEqual({ reason: 'date line', metadata: dated });
      // A category shaped as a name beside the author's: neither is taken.
      expect(lift('March 3, 2026 / Jane Doe / Garden Club / 2 Comments').metadata.byline).toBeNull();
      expect(lift('March 3, 2026 / 2 Comments / in Club News / by webeditor')).toEqual({ reason: 'date line', metadata: { ...dated, byline: null } });
      // Not a headline naming a date before such words, nor the comment count alone in a sentence.
      expect(lift('Storm of March 3, 2026/2 Comments/in Harbour Club News /by editor').reason).not.toBe('date line');
    });

    it("reads Hawaii's and Alaska's time zones as date line words, before an update too", () => {
      // A Honolulu station's byline and date line, its update after a dash: with "HST" unknown the line had stayed in the body.
      const lifted = beginLift(emptyMetadata());
      const text = 'By Jane Doe | December 3, 2026 at 7:41 AM HST - Updated December 3 at 10:12 AM';
      expect(liftMetadata(describeLine(1, text, new Set(['the', 'of'])), lifted, 0.1)).toBe('byline and date line');
      expect(lifted.metadata).toEqual({ ...emptyMetadata(), date: '2026-12-03T07:41', byline: 'Jane Doe' });
      expect(lift('By Tom Roe | December 4, 2026 at 9:05 AM AKST - Updated December 4 at 11:30 AM').metadata.date).toBe('2026-12-04T09:05');
    });

    it('reads a date line and its update after a spaced dash, over 14 words, as one date line', () => {
      // A station's stamp alone on its line: over the other metadata lines' 14 words, yet no long byline.
      expect(lift('December 4, 2026 at 9:05 AM AKST - Updated December 4 at 11:30 AM')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04T09:05' } });
      expect(lift('Friday, December 4th 2026, 9:05 AM HST - Updated Saturday, December 5th 2026, 11:30 AM HST').metadata.date).toBe('2026-12-04T09:05');
      // Words of no date's after the dash leave it unread.
      expect(lift('December 4, 2026 at 9:05 AM AKST - Updated with the mayor’s comments on the ferry schedule').reason).toBeNull();
    });

    it("reads a paper's day and its page's update after a dash as a date line", () => {
      // A US paper's stamp over its headline, the page's update labelled as the page's: the words "Page updated" had made it page text.
      expect(lift('Saturday, December 5, 2026 - Page updated at 12:00 AM').reason).toBe('date line');
      expect(lift('Saturday, December 5, 2026 - Page updated at 12:00 AM').metadata.date?.slice(0, 10)).toBe('2026-12-05');
    });

    it('reads a date line in a cell of its own before a row of the page\'s tools and links', () => {
      // A regional paper's row under the section's label, over the headline: read whole it was page text, and the day the page
      // was read, by the masthead, dated the story.
      expect(lift('4 December 2026 - 3:42PM  More local news  |  Send to a friend  |  Print')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04T15:42' } });
      expect(lift('Friday, December 4, 2026  Email this story  |  Print')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04' } });
      // Cells with no tool among them are a menu's or a sentence's: "|" parts of no reader tool leave the line unread.
      expect(lift('4 December 2026 - 5:57PM  More local news  |  Local sport  |  Weather').reason).toBeNull();
      expect(lift('4 December 2026  The council voted to close the pool  |  Print').reason).toBeNull();
    });

    it('lifts date lines as ISO 8601', () => {
      expect(lift('Last updated: 3 March 2021 14:05').metadata.date).toBe('2021-03-03T14:05');
      expect(lift('Nov 20, 2019').reason).toBe('date line');
    });

    it('takes the publication date over an update date given before it, and keeps the first of other dates', () => {
      const dateOf = (...texts: string[]): string | null => {
        const lifted = beginLift(emptyMetadata());
        texts.forEach((text, i) => liftMetadata(describeLine(i + 1, text, new Set(['the', 'of'])), lifted, 0.1));
        return lifted.metadata.date;
      };
      expect(dateOf('Updated: 18 Nov 2019 9:38 pm', 'Posted: 18 Nov 2019 8:11 pm')).toBe('2019-11-18T20:11');
      expect(dateOf('Last updated: 5 March 2024', 'First published: 1 March 2024')).toBe('2024-03-01');
      expect(dateOf('UPDATED: January 20, 2008', 'Friday, January 18, 2008')).toBe('2008-01-18');
      expect(dateOf('Published: March 1, 2024', 'Updated: March 5, 2024')).toBe('2024-03-01');
      expect(dateOf('Updated: March 5, 2024')).toBe('2024-03-05');
      expect(dateOf('March 1, 2024', 'March 2, 2024')).toBe('2024-03-01');
      // A developing story's pair, the update first ("Originally published" had stayed as the first paragraph).
      expect(dateOf('Updated December 4, 2026, 9:47 p.m.', 'Originally published December 4, 2026, 6:15 p.m.')).toBe('2026-12-04T18:15');
      expect(lift('Originally published December 4, 2026, 6:15 p.m.').reason).toBe('date line');
    });

    it('takes the publication date over an update date given before it in French, Spanish, Portuguese, Italian, Polish, Turkish, Dutch, Indonesian and Russian too', () => {
      const dateOf = (...texts: string[]): string | null => {
        const lifted = beginLift(emptyMetadata());
        texts.forEach((text, i) => expect(liftMetadata(describeLine(i + 1, text, new Set(['the', 'of'])), lifted, 0.1), text).toBe('date line'));
        return lifted.metadata.date;
      };
      expect(dateOf('Mis à jour le 12 juillet 2023 à 10h05', 'Publié le 10 juillet 2023 à 09h12')).toMatch(/^2023-07-10/u);
      expect(dateOf('Mise à jour : 12 juillet 2023', 'Publié le 10 juillet 2023')).toBe('2023-07-10');
      expect(dateOf('Actualizado: 5 de marzo de 2024', 'Publicado: 1 de marzo de 2024')).toBe('2024-03-01');
      expect(dateOf('Atualizado em 5 de março de 2024', 'Publicado em 1 de março de 2024')).toBe('2024-03-01');
      expect(dateOf('Aggiornato il 5 marzo 2024 alle 10:15', 'Pubblicato il 1 marzo 2024')).toBe('2024-03-01');
      // The update's date had been the article's.
      expect(dateOf('Aktualizacja: 05.03.2024 10:15', 'Publikacja: 01.03.2024 08:05')).toBe('2024-03-01T08:05');
      expect(dateOf('Güncelleme: 05.03.2024 10:15', 'Giriş: 01.03.2024 08:05')).toBe('2024-03-01T08:05');
      expect(dateOf('Son Güncelleme: 05.03.2024 10:15', 'Yayınlanma: 01.03.2024 08:05')).toBe('2024-03-01T08:05');
      expect(dateOf('Bijgewerkt: 5 maart 2024', 'Gepubliceerd: 1 maart 2024')).toBe('2024-03-01');
      expect(dateOf('Diperbarui 5 Maret 2024', 'Diterbitkan 1 Maret 2024')).toBe('2024-03-01');
      expect(dateOf('Обновлено: 05.03.2024 10:15', 'Опубликовано: 01.03.2024 08:05')).toBe('2024-03-01T08:05');
    });

    it('takes the publication date over an update date given before it in Portuguese, Scandinavian, Finnish, Czech, Ukrainian, Hungarian and Malay', () => {
      const dateOf = (...texts: string[]): string | null => {
        const lifted = beginLift(emptyMetadata());
        texts.forEach((text, i) => expect(liftMetadata(describeLine(i + 1, text, new Set(['the', 'of'])), lifted, 0.1), text).toBe('date line'));
        return lifted.metadata.date;
      };
      // The update's time had been the article's (Estadão's "Atualização: 04/12/2026 | 21h48" over its publication).
      expect(dateOf('Atualização: 14/03/2024 | 21h48', 'Publicado em 13/03/2024 | 18h05')).toBe('2024-03-13T18:05');
      // Spanish's feminine ("la noticia" updated), Heraldo's: without it a tester's weather warning is undated.
      for (const label of ['Atualizada em', 'Actualizada', 'Oppdatert', 'Opdateret', 'Uppdaterad', 'Päivitetty', 'Aktualizováno', 'Оновлено:', 'Frissítve:', 'Dikemas kini']) {
        expect(dateOf(`${label} 14.03.2024 10:15`, '13.03.2024 08:05'), label).toBe('2024-03-13T08:05');
      }
    });

    it("dates a story by its update alone after the desk's city and a bar, as Heraldo heads it", () => {
      const dateOf = (text: string): { reason: string | null; date: string | null } => {
        const lifted = beginLift(emptyMetadata());
        return { reason: liftMetadata(describeLine(1, text, new Set(['the', 'of'])), lifted, 0.1, 'dmy'), date: lifted.metadata.date };
      };
      expect(dateOf('Zaragoza | Actualizada 06/12/2026 a las 08:45')).toEqual({ reason: 'date line', date: '2026-12-06T08:45' });
      expect(dateOf('Huesca | Publicado el 04/12/2026')).toEqual({ reason: 'date line', date: '2026-12-04' });
      // Unlabelled, two boxes are a heading's and its date as often: only a third box makes them a date line.
      expect(dateOf('Los vecinos de Zaragoza | 06/12/2026 a las 08:45 en la plaza mayor')).toEqual({ reason: null, date: null });
    });

    it('takes the publication date from a line giving the update first and the publication after it', () => {
      for (const text of ['Updated: 13 March 2026 10:15 | Published: 12 March 2026 09:10', 'Actualizado: 13 marzo 2026 - 10:15 | Publicado: 12 marzo 2026 - 09:10']) {
        expect(lift(text), text).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-03-12T09:10' } });
      }
    });

    it('lifts a line of both the publication and the update, longer than other metadata lines, with the publication date', () => {
      for (const text of [
        'Veröffentlicht am 12. März 2026, 09:10 Uhr, aktualisiert am 13. März 2026, 10:15 Uhr',
        'Aktualisiert am 13.03.2026 um 10:15 Uhr, veröffentlicht am 12.03.2026 um 09:10 Uhr',
        'Publicado em 12 de março de 2026 às 09h10, atualizado em 13 de março de 2026 às 10h15',
        'PUBLISHED: April 7, 2024 at 7:42 pm | UPDATED: April 7, 2024 at 11:05 pm',
      ]) {
        expect(lift(text).reason, text).toBe('date line');
        expect(lift(text).metadata.date, text).toMatch(/^(?:2026-03-12T09:10|2024-04-07T19:42)$/u);
      }
      // A sentence about a publication and an update is not one.
      expect(lift('Published on March 3, 2019, the report was updated in 2021 after criticism from unions and was widely read.').reason).toBeNull();
    });

    it('lifts a line of both dates whose times run into am or pm, as ABC News (Australia) heads its stories', () => {
      expect(lift('Posted Thu 4 Dec 2026 at 5:02am, updated Thu 4 Dec 2026 at 9:47am')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04T05:02' } });
      expect(lift('Posted Mon 2 Mar 2026 at 11:40pm, updated Tue 3 Mar 2026 at 6:05am').metadata.date).toBe('2026-03-02T23:40');
      // A sentence with such a time is no date line.
      expect(lift('Posted on Thu 4 Dec 2026 at 5:02am, the video was watched by thousands of people before it was removed.').reason).toBeNull();
    });

    it('lifts a date line that goes on with a time zone and a relative age, unlabelled (Reuters pages)', () => {
      expect(lift('December 28, 2023 4:15 PM GMT Updated 2 hours ago')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2023-12-28T16:15' } });
      expect(lift('Thu, Dec. 28, 2023 at 4:15 p.m. ET Updated a day ago').metadata.date).toBe('2023-12-28T16:15');
      expect(lift('December 28, 2023 4:15 PM GMT the shares of the company fell sharply').reason).toBeNull();
      expect(lift('Tuesday, October 24, 2023 07:30 AM Eastern Daylight Time').metadata.date).toBe('2023-10-24T07:30');
      expect(lift('October 24, 2023 the Eastern time zone saw standard summer daylight').reason).toBeNull();
    });

    it("lifts a date line whose update the page's markup runs into the publication's year (the Mirror's)", () => {
      // Read as one word, "2026Updated" was no date line's: the line had been page text and the article undated.
      expect(lift('08:31, 4 Dec 2026Updated 09:12, 4 Dec 2026')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04T08:31' } });
      expect(lift('Published 4 December 2026Last updated 5 December 2026').metadata.date).toBe('2026-12-04');
      // A year run into any other word is no date line's.
      expect(lift('4 Dec 2026Trump rally draws thousands to the old city square').reason).toBeNull();
    });

    it("lifts CNBC's date line whose time zone the markup runs into the update's label", () => {
      // "ESTUPDATED" was no date line word: the line had been page text and the article undated.
      expect(lift('PUBLISHED FRI, DEC 4 20267:05 AM ESTUPDATED FRI, DEC 4 20269:16 AM EST')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04T07:05' } });
      expect(lift('PUBLISHED FRI, DEC 4 20264:29 AM ESTUPDATED AN HOUR AGO').metadata.date).toBe('2026-12-04T04:29');
      expect(lift('FRI, DEC 4 20267:05 AM ESTUPDATED FRI, DEC 4 20269:16 AM EST').metadata.date).toBe('2026-12-04T07:05');
      // A word run into the label that is no zone is none: the line is too long for an unlabelled date line.
      expect(lift('FRI, DEC 4 20267:05 AM MARKETSUPDATED FRI, DEC 4 20269:16 AM EST').reason).toBeNull();
    });

    it('lifts numeric dates whose order is known, and removes a date line whose order is not without lifting a date', () => {
      expect(lift('Published: 13/04/2023')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2023-04-13' } });
      expect(lift('Aktualisiert am 30.03.2023').metadata.date).toBe('2023-03-30');
      expect(lift('Published: 03/04/2023')).toEqual({ reason: 'date line (day and month order unknown: date left empty)', metadata: emptyMetadata() });
    });

    it('lifts a date with a two-digit year from a line of date words or a labelled one, and from no headline or link dated so', () => {
      expect(lift('17/01/08 14:52')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2008-01-17T14:52' } });
      expect(lift('Last updated at 10:40am on 09.02.08')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2008-02-09T10:40' } });
      expect(lift('11/21/19 7:24 AM')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2019-11-21T07:24' } });
      expect(lift('Last Updated: 1/16/08 9:50 AM ET')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2008-01-16T09:50' } });
      for (const text of ['Closing Bell 11.18.19', '• Brahms in Ashland (05/26/07)', 'Norwegian album charts, week ending 06/01/08', 'Morning Pup Bowl (11/20/19)']) {
        expect(lift(text), text).toEqual({ reason: null, metadata: emptyMetadata() });
      }
      // Four figures beside it that are no date's year (a film's name) make it no full year's date line.
      for (const text of ['• Summer Camp 2008 (07/15/08)', '• Road Trip 2007 (6/15/07)']) expect(lift(text), text).toEqual({ reason: null, metadata: emptyMetadata() });
      expect(lift('Monday, January 14, 2008 (1/14/08)').metadata.date).toBe('2008-01-14');
    });

    it('takes no short sentence with a date and a full stop for a date line: the article\'s closing sentence stays', () => {
      for (const text of ["Bir sonraki PPK toplantısı 22 Ocak 2027'de yapılacak.", 'The next hearing is set for Jan. 22, 2027.', 'Les travaux dureront jusqu’au 3 mars 2027.']) {
        expect(lift(text), text).toEqual({ reason: null, metadata: emptyMetadata() });
      }
      expect(lift('Friday, 4 December 2026.').reason).toBe('date line');
      expect(lift('Sun, 13 Jan 2008 10:15a.m.').metadata.date).toBe('2008-01-13T10:15');
    });

    it("takes no short line that opens with a span's word and ends in a full stop for a date line: an answer under a question heading", () => {
      for (const text of ['Vanaf 1 maart 2027.', 'From March 1, 2027.', 'Ab 1. März 2027.', 'Desde el 1 de marzo de 2027.', 'Until Jan. 22, 2027.', 'À partir du 3 mars 2027.']) {
        expect(lift(text), text).toEqual({ reason: null, metadata: emptyMetadata() });
      }
      // A weekday's date with a full stop is still a date line.
      expect(lift('Friday, 4 December 2026.').reason).toBe('date line');
    });

    it('reads a label ending in a letter outside ASCII ("Publié le …") on a date line of more than 8 words', () => {
      expect(lift('Publié le 10 juillet 2023 à 09h12, modifié le 10 juillet 2023 à 16h40')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2023-07-10T09:12' } });
    });

    it('lifts a date line of over 8 words that holds dates and their labels alone, the update after the publication (Corriere della Sera)', () => {
      expect(lift('4 dicembre 2026 (modifica il 4 dicembre 2026 | 21:40)')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04' } });
      expect(lift('12 March 2026, updated 13 March 2026 10:15 GMT')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-03-12' } });
      // Labelled, the update alone dates the article until a publication's date line does.
      expect(lift('Modificato il 5 dicembre 2026 alle ore 09:10')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T09:10' } });
      // Other words than a date's and its labels': a sentence, or a headline dated so.
      expect(lift('4 dicembre 2026: la Camera approva la legge di Bilancio, il testo al Senato').reason).toBeNull();
    });

    it("lifts a date line in boxes set apart by bars, a section's and the outlet's names among them (mbl's)", () => {
      expect(lift('Erlent | vefur | 5.12.2026 | 10:32 | Uppfært 11:05')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T10:32' } });
      expect(lift('Sport | Dagblaðið | 5 December 2026 | 10:32 GMT | Updated 11:05')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T10:32' } });
      // A headline's box: a related story dated so.
      expect(lift('Sport | Council votes to close the old pool | 5.12.2026 | 10:32').reason).toBeNull();
    });

    it("lifts a date line whose boxes spaced dashes part, the outlet's name and its sections beside the date (Kyodo News')", () => {
      expect(lift('KYODO NEWS - Mar 3, 2026 - 16:10 | All, Japan')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-03-03T16:10' } });
      // A headline's box: a related story dated so.
      expect(lift('Sport - Council votes to close the old pool - Mar 3, 2026 - 16:10').reason).toBeNull();
    });

    it("lifts a line whose boxes spaced slashes part, a writer's name and a desk beside the date (the Times of India's)", () => {
      // "TNN" is the paper's own news service, no outlet; the name beside it had been lost.
      expect(lift('Meera Kulkarni / TNN / Updated: Dec 5, 2026, 10:32 IST')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Meera Kulkarni', date: '2026-12-05T10:32' },
      });
      // The desk alone beside the date names no author, nor does a place's name beside it.
      expect(lift('TNN / Updated: Dec 5, 2026, 10:32 IST').metadata).toEqual({ ...emptyMetadata(), date: '2026-12-05T10:32' });
      expect(lift('New Town / TNN / Updated: Dec 5, 2026, 10:32 IST').metadata.byline).toBeNull();
      // A byline with its own label is read as the byline and the date line.
      expect(lift('By Meera Kulkarni / Updated: Dec 5, 2026, 10:32 IST')).toMatchObject({ reason: 'byline and date line', metadata: { byline: 'Meera Kulkarni', date: '2026-12-05T10:32' } });
      // A headline's box.
      expect(lift('Pune / Civic body to widen the old ring road / Dec 5, 2026').reason).toBeNull();
    });

    it('removes an obituary\'s dates of birth and death without taking them for the article\'s date', () => {
      expect(lift('Born: March 2, 1932')).toEqual({ reason: 'date of birth or death', metadata: emptyMetadata() });
      expect(lift('Died: September 29, 2023').metadata.date).toBeNull();
      expect(lift('Né le 2 mars 1932').metadata.date).toBeNull();
      expect(lift('Posted: September 30, 2023').metadata.date).toBe('2023-09-30');
    });

    it('removes a date line whose day its month does not have, says so, and lifts no date', () => {
      const impossible = { reason: 'date line (impossible date: date left empty)', metadata: emptyMetadata() };
      // Typos of pages: they stayed in the body (month names) or were blamed on the day and month order (numbers).
      for (const line of ['Published: 29 Feb 2023', 'Published : 31 Apr 2023 25:61 PM', 'Posted: 31/04/2023', 'Updated 13/13/2023', 'April 31, 2023']) {
        expect(lift(line), line).toEqual(impossible);
      }
      expect(lift('Published: 29 Feb 2024').metadata.date).toBe('2024-02-29');
      expect(lift('Published: 03/04/2023').reason).toBe('date line (day and month order unknown: date left empty)');
      // Onlinekhabar's Bikram Sambat date line had been page text (its table of month lengths unsettled).
      expect(lift('२०८३ पुस ३ गते १०:२०')).toEqual({ reason: 'date line (Bikram Sambat calendar: date left empty)', metadata: emptyMetadata() });
      // Not date expressions: a year outside 1900-2100 is a code or a number.
      expect(lift('Call 0800-12-34').reason).toBeNull();
    });

    it('reads a date line with its update marked 更新 ("updated"), as CNA and Japanese papers set it', () => {
      // CNA's date and, in brackets, the time it was updated: ten words with 更新, it had been no date line and was the title.
      expect(lift('2026/12/4 16:30（12/4 18:05 更新）')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04T16:30' } });
      expect(lift('2026年12月4日 18時05分 更新').metadata.date).toBe('2026-12-04T18:05');
      // Mainichi's "last updated" (最終更新) in the brackets: the line had been page text and the story undated.
      expect(lift('2026/12/5 17:30（最終更新 12/5 20:10）')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T17:30' } });
      // A sentence opening with the word has no date.
      expect(lift('更新された制度は2026年から始まる').reason).toBeNull();
      expect(lift('最終更新の日付は2026年12月5日だった').reason).toBeNull();
      const page = ['中央社 CNA', '產經', '央行理監事會 利率連3凍 房市管制加碼', '2026/12/4 16:30（12/4 18:05 更新）', '字級', '列印',
        '中央銀行今天召開第4季理監事聯席會議，決議政策利率維持不變，重貼現率維持2%，為連續第3季凍漲。',
        '央行總裁會後記者會表示，台灣今年經濟成長率預估上修至4.6%，通膨已回落至2%以下。',
        '新措施包括第2戶購屋貸款成數上限由5成降為4成，並自12月5日起實施。'].join('\n');
      const cleaned = cleanArticle(article(page), contextFor([page]));
      expect(cleaned.metadata).toMatchObject({ title: '央行理監事會 利率連3凍 房市管制加碼', date: '2026-12-04T16:30' });
    });

    it('lifts a Solar Hijri date line and a Thai one with a two-figure year', () => {
      // Both had been page text, the article undated.
      expect(lift('جمعه ۱۴ آذر ۱۴۰۵ - ۱۰:۳۰')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T10:30' } });
      expect(lift('4 ธ.ค. 69 10:15 น.')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-04T10:15' } });
      // Khaosod's, with "วันที่" ("date") before the day: it had been the body's first line, the story undated.
      expect(lift('วันที่ 5 ธันวาคม 2569 - 11:24 น.')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T11:24' } });
    });

    it('lifts an Ethiopian paper\'s date line, the word for day and the era mark among its words', () => {
      // Its three words besides the date and the closing full stop made it a sentence: it had opened the body, the story undated.
      expect(lift('ኅዳር 26 ቀን 2019 ዓ.ም.')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05' } });
    });

    it('removes a labelled time with no date ("Updated 11:42 PM EST", "Posted 2 hours ago") as a date line, lifting no date', () => {
      // A live blog's header line: it had stayed a candidate for the title and became the page's title.
      const timeOnly = { reason: 'date line (a time, no date: date left empty)', metadata: emptyMetadata() };
      for (const line of ['Updated 11:42 PM EST', 'Last updated: 9:05 a.m. ET', 'Posted 2 hours ago', 'Published at 14:10 GMT']) expect(lift(line), line).toEqual(timeOnly);
      // BBC Persian's "updated 5 hours ago", in Persian digits: it had been the body's first paragraph.
      for (const line of ['به‌روزرسانی شده ۵ ساعت قبل', 'به‌روزرسانی شده ۴۰ دقیقه پیش']) expect(lift(line), line).toEqual(timeOnly);
      expect(lift('به‌روزرسانی شده برای همه کاربران').reason).toBeNull();
      // Without a number it is a label or a heading; with other words, a sentence.
      for (const line of ['Updated', 'Updated daily', 'Updated 10 times since the vote', 'Posted 2 hours ago by a reader']) expect(lift(line).reason, line).toBeNull();
    });
  });

  describe('a byline and a date on one line', () => {
    it('lifts a byline and a date set on one line as both, the byline without the date', () => {
      expect(lift('By Staff Reporter | Updated: Jul 3, 2023, 22:14 IST')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Staff Reporter', date: '2023-07-03T22:14' },
      });
      expect(lift('Posted by Jane Calloway | Updated: Jun 18, 2024, 9:45 AM').metadata).toEqual({ ...emptyMetadata(), byline: 'Jane Calloway', date: '2024-06-18T09:45' });
      // An outlet after the pipe is the byline's, as before (signedByline reads it).
      expect(lift('By Jane Calloway | Reuters')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Jane Calloway | Reuters' } });
    });

    it('lifts a date and its reading time set on one line without a byline', () => {
      // CBS Sports' line under the byline, 11 words: no date line, and the story undated.
      expect(lift('Nov 18, 2026 at 9:24 pm ET • 2 min read')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-11-18T21:24' } });
      // A part that is neither a date nor a reading time makes no date line.
      expect(lift('Nov 18, 2026 at 9:24 pm ET • 2 min read • Share this story').reason).toBeNull();
    });

    it('lifts a date with its reading time run onto it, no bar between', () => {
      // The Kyiv Independent's header, nine words: it had been page text, the story undated.
      expect(lift('December 5, 2026 6:12 PM 4 min read')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T18:12' } });
      // Words other than the date's before the reading time make no date line.
      expect(lift('Council meets on December 5, 2026 about the budget 4 min read').reason).toBeNull();
    });

    it("reads a Spanish date line's \"p. m.\" as a date line word", () => {
      // El Espectador's date line had been page text, the story undated.
      expect(lift('5 de diciembre de 2026 - 07:20 p. m.')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-05T19:20' } });
    });

    it('lifts a byline and a date set on one line with a reading time, or with the update, over 14 words', () => {
      // A blog's header: read whole it was all byline, date and reading time included, and the post undated.
      expect(lift('By Priya Raman · December 4, 2026 · 7 min read')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Priya Raman', date: '2026-12-04' },
      });
      // Dinamani's header, 19 words: over the 14 of a metadata line, it had been page text and the article undated.
      const dinamani = lift('By Staff Reporter | Published On : 04th December 2026 06:45 AM | Last Updated : 04th December 2026 09:10 AM');
      expect(dinamani).toEqual({ reason: 'byline and date line', metadata: { ...emptyMetadata(), byline: 'Staff Reporter', date: '2026-12-04T06:45' } });
      // Over 24 words the line is no metadata line.
      expect(lift('By Jane Doe and Tom Welby and Ann Lee | Published: Thursday, December 4, 2026 at 10:15 a.m. EST | Updated: 11:20 a.m.').reason).toBeNull();
    });

    it("lifts a byline, the outlet and the date set on one line in parts, the update an age (CBC's header, 20 words)", () => {
      // Over 14 words and with the outlet a part of its own, the line had been page text: no date, no source.
      expect(lift('By Bryce Hoye · CBC News · Posted: Dec 04, 2026 4:00 AM EST | Last Updated: 3 hours ago')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Bryce Hoye', source: 'CBC News', date: '2026-12-04T04:00' },
      });
      // Without a date among the parts, an outlet after the byline is the byline's, as before (signedByline reads it).
      expect(lift('By Jane Calloway | Reuters').metadata).toEqual({ ...emptyMetadata(), byline: 'Jane Calloway | Reuters' });
    });

    it('lifts the name without "By" beside the outlet and the date (CBC signs so)', () => {
      expect(lift('Bryce Hoye · CBC News · Posted: Dec 04, 2026 4:00 AM EST | Last Updated: 3 hours ago')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Bryce Hoye', source: 'CBC News', date: '2026-12-04T04:00' },
      });
      // Beside a date alone a name-shaped part may be a place; beside the outlet alone it is no metadata line.
      expect(lift('New York · Posted: Dec 04, 2026 4:00 AM EST | Last Updated: 3 hours ago').metadata.byline).toBeNull();
      expect(lift('Bryce Hoye · CBC News').reason).toBeNull();
    });

    it("lifts the name with the author's own handle beside the story's age (TechCrunch signed so)", () => {
      // It had been page text, and the story had no author. The age gives no date.
      expect(lift('Priya Nandakumar @priyanandakumar / 2 days')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Priya Nandakumar' } });
      // A desk's handle, or a name without one, beside the age names no author.
      for (const line of ['Priya Nandakumar @harbourdesk / 2 days', 'Priya Nandakumar / 2 days']) expect(lift(line).reason, line).toBeNull();
    });

    it('lifts the outlet and the date set in parts without a byline (a story with no author)', () => {
      // The place, the outlet and the date: the line had been page text, the story undated and without source.
      expect(lift('New York · CBC News · Posted: Jan 05, 2026 10:00 AM ET')).toEqual({
        reason: 'date line',
        metadata: { ...emptyMetadata(), source: 'CBC News', date: '2026-01-05T10:00' },
      });
      expect(lift('Reuters | Published: December 4, 2026 3:41 PM UTC').metadata).toEqual({ ...emptyMetadata(), source: 'Reuters', date: '2026-12-04T15:41' });
      // Right under the byline, the outlet and the date need neither (the Inquirer signs so).
      const underByline = emptyMetadata();
      expect(liftMetadata(describeLine(2, 'Philippine Daily Inquirer / 05:12 AM December 04, 2026', new Set()), beginLift(underByline), 0.1, 'auto', true)).toBe('date line');
      expect(underByline).toEqual({ ...emptyMetadata(), source: 'Philippine Daily Inquirer', date: '2026-12-04T05:12' });
      // With no label nor place, a related story's line in a list, a masthead's stamp of the day: no story's source.
      expect(lift('Philippine Daily Inquirer / 05:12 AM December 04, 2026').metadata.source).toBeNull();
      expect(lift('Thomson Financial News | Wed, Jan 16 2026, 07:50 GMT').metadata.source).toBeNull();
      expect(lift("Sunday, January 20, 2026 | Today's Toronto Star").metadata.source).toBeNull();
      // Without the outlet, or with a part that is none of a metadata line's, it is no such line.
      expect(lift('New York · Toronto · Posted: Jan 05, 2026 10:00 AM ET').metadata.source).toBeNull();
      expect(lift('Opinion · CBC News · Read the full story · Posted: Jan 05, 2026 10:00 AM ET').reason).toBeNull();
    });

    it('lifts a date line that ends with its author, as blogs write it ("Posted on … by Jamie Lee")', () => {
      expect(lift('Posted on February 7, 2024 by Jamie Lee')).toEqual({ reason: 'byline and date line', metadata: { ...emptyMetadata(), byline: 'Jamie Lee', date: '2024-02-07' } });
      expect(lift('Published March 3, 2023 at 10:15 am by Jane Doe and Tom Ellis').metadata).toEqual({ ...emptyMetadata(), byline: 'Jane Doe and Tom Ellis', date: '2023-03-03T10:15' });
      // A sentence that goes on after its date is no date line, whatever "by" it has.
      expect(lift('Sales rose in March 2023 by a wide margin').reason).toBeNull();
      expect(lift('Prices fell 5% in March 2023 by Friday').metadata.byline).toBeNull();
    });

    it('lifts such a line with the category between the date and "by" (Vanguard\'s "On … In News by …")', () => {
      expect(lift('On March 3, 2026 4:10 pm In News by Chidi Okafor')).toEqual({ reason: 'byline and date line', metadata: { ...emptyMetadata(), byline: 'Chidi Okafor', date: '2026-03-03T16:10' } });
      expect(lift('Posted on March 3, 2026 in Local News by Jamie Lee').metadata).toEqual({ ...emptyMetadata(), byline: 'Jamie Lee', date: '2026-03-03' });
      // A sentence's place after its date is no category.
      expect(lift('Sales rose in March 2026 in Lagos by Friday').metadata.byline).toBeNull();
    });

    it("lifts the date of such a line ending with a forum member's handle, not the handle", () => {
      // A fan site's post stamps its date, time and poster's user name on one line: it had been page text, the story undated.
      expect(lift('| Dec 03 2026 07:48 PM PST By HARBOR22')).toEqual({ reason: 'date line', metadata: { ...emptyMetadata(), date: '2026-12-03T19:48' } });
      expect(lift('Posted on March 3, 2026 by lagoon_fan').metadata).toEqual({ ...emptyMetadata(), date: '2026-03-03' });
      // A sentence's "by" and a figure is none's.
      expect(lift('Prices rose in March 2026 by 2025').reason).toBeNull();
    });

    it('reads a name that is also a month after a date line\'s "by" as the author ("by Dez Bryant", "by Alicia May"); a month alone is none', () => {
      for (const author of ['Dez Bryant', 'Alicia May', 'June Sarpong and Tom Ellis']) {
        expect(lift(`Posted on February 7, 2024 by ${author}`).metadata, author).toEqual({ ...emptyMetadata(), byline: author, date: '2024-02-07' });
      }
      expect(lift('Posted on February 7, 2024 by March').metadata.byline).toBeNull();
    });

    it("lifts Barron's byline with its update's date, then the original date after a spaced slash", () => {
      // The author had been "Al Rook Updated Nov. 19, 2026 8:21 am ET"; the article's date is the original's.
      expect(lift('By Al Rook Updated Nov. 19, 2026 8:21 am ET / Original Nov. 19, 2026 8:02 am ET')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Al Rook', date: '2026-11-19T08:02' },
      });
      expect(lift('By Jane Doe Updated Dec. 4, 2026 9:15 am ET').metadata).toMatchObject({ byline: 'Jane Doe', date: '2026-12-04T09:15' });
      // A long line cut so whose date part is no date line is not all author; a labelled date left unread is the date's part.
      expect(lift('By: Jane Doe   Last Updated: Jan 14 11:15 AM ET | 105 times read by our readers').metadata.byline).toBeNull();
      expect(lift('By: Jane Doe   Last Updated: Jan 14 11:15 AM ET')).toEqual({ reason: 'byline and date line', metadata: { ...emptyMetadata(), byline: 'Jane Doe' } });
      // A one-figure month with a two-figure year is read: the line is a byline and a date.
      expect(lift('By: Jane Doe   Last Updated: 1/14/26 11:15 AM ET | 105 times read by our readers')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Jane Doe', date: '2026-01-14T11:15' },
      });
    });

    it("reads the Times of India's byline box: a desk, the site's domain and the date, parted by spaced slashes", () => {
      // It had been page text: the article undated and without source.
      expect(lift('TOI City Desk / TIMESOFINDIA.COM / Updated: Dec 4, 2026, 10:12 IST')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), date: '2026-12-04T10:12', source: 'TIMESOFINDIA.COM' },
      });
      expect(lift('By Jane Doe / Updated: Dec 4, 2026, 10:12 IST').metadata).toMatchObject({ byline: 'Jane Doe', date: '2026-12-04T10:12' });
      // A path of sections with a date names no author nor source.
      for (const line of ['News / India / Dec 4, 2026', 'Mumbai / Pune / Updated: Dec 4, 2026, 10:12 IST']) expect(lift(line).metadata, line).toMatchObject({ byline: null, source: null });
      const page = ['The Times of India', 'Mumbai civic body clears coastal road extension after two-year delay', 'TOI City Desk / TIMESOFINDIA.COM / Updated: Dec 4, 2026, 10:12 IST',
        'MUMBAI: The civic standing committee on Thursday cleared the extension of the coastal road to the northern suburbs, two years after the plan was first put forward.',
        'Officials said work on the first stretch would begin in the new year and take about three years to finish, at a cost the committee put at Rs 8,000 crore.',
        'Residents of the fishing villages along the route have asked for the alignment to be moved away from their landing sites.'].join('\n');
      const cleaned = cleanArticle(article(page), contextFor([page]));
      expect(cleaned.metadata).toMatchObject({ date: '2026-12-04T10:12', byline: null });
      expect(cleaned.metadata.source).toMatch(/^(?:TIMESOFINDIA\.COM|The Times of India)$/u);
    });

    it('lifts a byline and a date line joined by a spaced dash or a publication label, as both', () => {
      for (const [text, byline, date] of [
        ['by Wendell Strayhorn - January 2 2008', 'Wendell Strayhorn', '2008-01-02'],
        ['by Imogen Castell — November 18, 2019', 'Imogen Castell', '2019-11-18'],
        ['By Rhea Moncada - 11/19/19 06:56 AM EST', 'Rhea Moncada', '2019-11-19T06:56'],
        ['Von Henrike Albrecht publiziert am 12. Oktober 2021', 'Henrike Albrecht', '2021-10-12'],
      ]) {
        expect(lift(text), text).toEqual({ reason: 'byline and date line', metadata: { ...emptyMetadata(), byline, date } });
      }
      // A job title after the dash is the byline's, no date.
      expect(lift('By Jane Doe - Staff Writer')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Jane Doe - Staff Writer' } });
    });

    it('reads a byline, "on" or an ISO time stamp, and its date as both, however many names it has', () => {
      for (const [text, byline, date] of [
        ['By Dolores Whitcombe on Tuesday, March 15th, 2022 at 10:37 a.m.', 'Dolores Whitcombe', '2022-03-15T10:37'],
        // 15 words, over other metadata lines' 14; its spaced comma is unspaced.
        ['By Graham Oduya , Lin Tran on Tuesday, March 15th, 2022 at 10:41 a.m.', 'Graham Oduya, Lin Tran', '2022-03-15T10:41'],
        ['Written by Corinne Ashby, MS, RD on March 9, 2022', 'Corinne Ashby, MS, RD', '2022-03-09'],
        // An ISO time stamp and the section after the names, as Space.com signs: it had been a date line alone.
        ['By Pavel Rusu 2022-03-15T21:47:05Z Science & Astronomy', 'Pavel Rusu', '2022-03-15T21:47'],
        ['By Ana Ruiz and Tom Ellis 2026-12-04T09:15:00+01:00 Health', 'Ana Ruiz and Tom Ellis', '2026-12-04T09:15'],
      ]) {
        expect(lift(text), text).toEqual({ reason: 'byline and date line', metadata: { ...emptyMetadata(), byline, date } });
      }
      const names = 'By Ida Brennan, Omar Castell, Ruth Ngata, Felix Arroyo, Mae Lindqvist, Tobias Reyes and Jane Doe';
      expect(lift(names)).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: names.slice(3) } });
      // A sentence opening with "By" before "on" and a date is none, long or short.
      expect(lift('By the time the council met on Monday, March 3, 2020 at 9 a.m. the decision had already been made by members').reason).toBeNull();
      expect(lift('By the end of the day on March 3, 2020').metadata.date).toBeNull();
    });
  });

  describe('a credit line: roles, editors, sources, wire credits, contributors', () => {
    it.each([
      ['Penulis: Budi Santoso', 'Budi Santoso'],
      ['Oleh: Budi Santoso', 'Budi Santoso'],
      ['Oleh Budi Santoso dan Sari Dewi', 'Budi Santoso dan Sari Dewi'],
      ['Reporter: Jane Doe', 'Jane Doe'],
      ['Wartawan : Rizky Pratama', 'Rizky Pratama'],
      ['Texto de Ana Souza', 'Ana Souza'],
      ['Texto: Ana de Souza e João Lima', 'Ana de Souza e João Lima'],
      // Swahili's "by" (Mwananchi): the line had been page text.
      ['Na Elizabeth Edward', 'Elizabeth Edward'],
      ['NA JOHN MUSHI', 'JOHN MUSHI'],
    ])('lifts the writer a role label names: "%s"', (text, byline) => {
      expect(lift(text)).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline } });
    });

    // Kompas sets its byline box so, the labels without their colons: only beside one another (or a date) are they credits.
    it.each([
      ['Penulis Rizky Syahrial | Editor Irfan Maullana', 'Rizky Syahrial'],
      ['Reporter Dewi Lestari | Redaktur Agus Salim', 'Dewi Lestari'],
      ['Penulis Rizky Syahrial | 04/12/2026, 08:45 WIB', 'Rizky Syahrial'],
    ])('lifts the writer from a line of bare role labels and names: "%s"', (text, byline) => {
      expect(lift(text)).toMatchObject({ reason: expect.stringMatching(/^byline/u), metadata: { byline } });
    });

    // A university's news site sets its credits as sentences after the date, the labels without colons: the line had been page
    // text, the story with neither date nor author.
    it.each([
      ['14 March 2026 | Story Lindiwe Khumalo. Photo Pieter van Wyk. Read time 4 min.', 'Lindiwe Khumalo', '2026-03-14'],
      ['14 March 2026 | Words Lindiwe Khumalo. Photos Pieter van Wyk.', 'Lindiwe Khumalo', '2026-03-14'],
      ['14 March 2026 | Story Lindiwe Khumalo', 'Lindiwe Khumalo', '2026-03-14'],
    ])('lifts the writer from credits set as sentences beside the date: "%s"', (text, byline, date) => {
      expect(lift(text)).toEqual({ reason: 'byline and date line', metadata: { ...emptyMetadata(), byline, date } });
    });

    it('takes no line of credit-shaped sentences that are not all credits', () => {
      for (const text of [
        '14 March 2026 | Story Lindiwe Khumalo. Photo Pieter van Wyk. The council met on Tuesday.',
        '14 March 2026 | Story Highlights',
        '14 March 2026 | Photo Pieter van Wyk. Read time 4 min.',
        'Story Lindiwe Khumalo. Photo Pieter van Wyk.',
      ]) {
        expect(lift(text).metadata.byline, text).toBeNull();
      }
    });

    it('takes no line of bare role labels whose parts are not all credits or dates', () => {
      for (const text of ['Reporter Jane Doe | Sports', 'Penulis Rizky Syahrial | Baca juga', 'Editor Irfan Maullana | Editor Sari Dewi', 'Penulis buku | Editor Irfan Maullana']) {
        expect(lift(text).reason, text).toBeNull();
      }
    });

    it('takes no caption, sentence or headline opening with a role\'s word for a writer', () => {
      for (const text of ['Reporter Jane Doe', 'Reporter Jane Doe was injured in the blast', 'Texto de lei aprovado pelo Senado', 'Texto de Natal', 'Oleh karena itu', 'Reporter: the police said nothing', 'Na wakulima wa korosho', 'Na Ukrainie', 'na Elizabeth Edward', 'Na Dolnym Śląsku', 'Na Starém Městě']) {
        expect(lift(text), text).toEqual({ reason: null, metadata: emptyMetadata() });
      }
    });

    it('removes an editor\'s credit as such, and takes the editor for no author', () => {
      for (const text of ['Editor: Sari Dewi', 'Redaktur: Sari Dewi', 'Penyunting : Sari Dewi', 'Edited by Tom Welby', 'Edited by: Tom Welby', 'Edição: Ana Souza', 'Toimetaja: Kati Saar']) {
        expect(lift(text), text).toEqual({ reason: 'editor credit', metadata: emptyMetadata() });
      }
      expect(lift('Penulis: Budi Santoso | Editor: Sari Dewi')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Budi Santoso' } });
      // A health site's reviewers check the writer's story: they are not its authors.
      for (const text of ['Medically reviewed by Noor Haddad, M.D., MPH', 'Fact checked by Greta Lindqvist-Moreau, PhD', 'Fact-checked by Tom Welby']) {
        expect(lift(text), text).toEqual({ reason: 'editor credit', metadata: emptyMetadata() });
      }
      expect(lift('Written by Caroline Reed on December 4, 2026 — Fact checked by Greta Lindqvist-Moreau, PhD')).toEqual({
        reason: 'byline and date line',
        metadata: { ...emptyMetadata(), byline: 'Caroline Reed', date: '2026-12-04' },
      });
      expect(lift('By Tom Ellis - Medically reviewed by Ana Ruiz, MD')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Tom Ellis' } });
      // NDTV's reporter and editor after a comma: the reporter is the author.
      expect(lift('Reported by Meera Pillai, Edited by Arjun Sethi')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Meera Pillai' } });
      expect(lift('Reported by Meera Pillai')).toEqual({ reason: 'byline', metadata: { ...emptyMetadata(), byline: 'Meera Pillai' } });
      // A book's reviewer is the review's author: no editor.
      expect(lift('Reviewed by Jane Doe').reason).not.toBe('editor credit');
      // Chinese papers close their stories so: it had been an unrelated headline after the article.
      for (const text of ['责任编辑：李华', '（责任编辑：王伟）', '責任編輯：陳志明', '编辑：张三、李四', '(责编: 刘洋)', '（編輯：林家嫺）1151204']) {
        expect(lift(text), text).toEqual({ reason: 'editor credit', metadata: emptyMetadata() });
      }
      for (const text of ['编辑部：欢迎读者来信', '责任编辑：李华表示，这篇文章经过了三次修改']) expect(lift(text).reason, text).toBeNull();
      for (const text of ["Editor's note: this story has been updated", 'Edited by the time it reached the printer, the letter read differently', 'Editor: the paper regrets the error']) {
        expect(lift(text).reason, text).toBeNull();
      }
    });

    it('lifts a source credit', () => {
      expect(lift('Source: Mercury News')).toEqual({ reason: 'source credit', metadata: { ...emptyMetadata(), source: 'Mercury News' } });
      expect(lift('来源：东方日报')).toEqual({ reason: 'source credit', metadata: { ...emptyMetadata(), source: '东方日报' } });
      expect(lift('Źródło: PAP')).toEqual({ reason: 'source credit', metadata: { ...emptyMetadata(), source: 'PAP' } });
      // Al Jazeera's under every story, and the label in Italian, Portuguese, Dutch and Hindi: it had stayed as the last paragraph.
      expect(lift('المصدر : الجزيرة + وكالات')).toEqual({ reason: 'source credit', metadata: { ...emptyMetadata(), source: 'الجزيرة + وكالات' } });
      for (const [text, source] of [['Fonte: Agência Brasil', 'Agência Brasil'], ['Bron: ANP', 'ANP'], ['स्रोत: भाषा', 'भाषा']]) expect(lift(text).metadata.source, text).toBe(source);
      // News Limited's papers label the agency's copy so: it had been page text, the story without source.
      expect(lift('Article from: Agence France-Presse').metadata.source).toBe('Agence France-Presse');
      // South Slavic, Bulgarian and Slovene labels: a Serbian broadcaster's "Извор:" under the byline had named no source.
      for (const [text, source] of [['Извор: РТС', 'РТС'], ['Izvor: Hina', 'Hina'], ['Източник: БТА', 'БТА'], ['Vir: STA', 'STA']]) expect(lift(text).metadata.source, text).toBe(source);
      // Estonian, and Greek in capitals, which drop the accent: ERR's and a Greek paper's closing labels had named no source.
      for (const [text, source] of [['Allikas: BNS', 'BNS'], ['ΠΗΓΗ: ΑΠΕ-ΜΠΕ', 'ΑΠΕ-ΜΠΕ'], ['Πηγή: ΑΠΕ-ΜΠΕ', 'ΑΠΕ-ΜΠΕ']]) expect(lift(text).metadata.source, text).toBe(source);
      // Lithuanian and Latvian labels, as 15min and Delfi close a story.
      for (const [text, source] of [['Šaltinis: ELTA', 'ELTA'], ['Avots: LETA', 'LETA']]) expect(lift(text).metadata.source, text).toBe(source);
      // A credit listing two sources, the site's newsroom and an agency: the first credited, not the list.
      for (const [text, source] of [['Izvor: K7, Tanjug', 'K7'], ['Sources: The Harbour Institute, Valley News', 'The Harbour Institute'], ['Source: Harbour Information, a Coastline company', 'Harbour Information, a Coastline company']]) {
        expect(lift(text).metadata.source, text).toBe(source);
      }
      // A newsroom's initials after its name and a slash, the editor's in brackets (CNA's had been kept in the source);
      // an agency's regional service in three lower-case letters keeps its name (below), and so does a second agency.
      for (const [text, source] of [['Source: CNA/ar(ng)', 'CNA'], ['Source: Harbour Times/kl', 'Harbour Times'], ['Source: AGENCIES/ng', 'AGENCIES'], ['Source: Reuters/dpa', 'Reuters/dpa']]) {
        expect(lift(text).metadata.source, text).toBe(source);
      }
      // A picture's credit under the same label, an agency and a photographer (WELT's had been the story's source);
      // an agency's regional desk after it names no photographer and stays the source.
      for (const text of ['Quelle: picture alliance/Lena Brandhorst', 'Quelle: picture alliance/dpa/Lena Brandhorst', 'Quelle: Lena Brandhorst/imago']) expect(lift(text).metadata.source, text).toBeNull();
      expect(lift('Quelle: dpa/lnw').metadata.source).toBe('dpa/lnw');
      // The site's name before a desk's initials in lower case and the agency after their slash (n-tv's had been kept whole).
      for (const [text, source] of [['Quelle: harbour.de, kwe/dpa', 'harbour.de'], ['Quelle: Lagunenblatt, mbr/dpa', 'Lagunenblatt']]) expect(lift(text).metadata.source, text).toBe(source);
    });

    it.each([
      ['(Reporting by Nina Castellano, editing by Hugh Barrow)', 'Nina Castellano'],
      ['(Reporting by Tomas Ferrell; Editing by Grace Mbeki)', 'Tomas Ferrell'],
      ['(Additional reporting by Ivo Marek in Brno; Editing by Lena Vogt)', null],
      ['(Editing by Hugh Barrow)', null],
    ])('reads the wire credit "%s"', (text, byline) => {
      const metadata = emptyMetadata();
      expect(liftCredit(describeLine(1, text, new Set(['the', 'of'])), metadata)).toBe('wire credit line');
      expect(metadata.byline).toBe(byline);
    });

    it.each([
      ['(Recasts, adds analyst comment, share price)', true],
      ['(Corrects first paragraph to show that profit rose 11 percent, not operating profit)', true],
      ['(Updates with Le Courrier report starting in third paragraph.)', true],
      ['(Adds comment from Acme (ACME.N) chief executive)', true],
      ['(adds a pinch of salt to taste)', false],
      ['(The council adds that the toll will stay.)', false],
      ['Adds analyst comment', false],
      ['(Adds analyst comment', false],
    ])('tells a wire edit note: "%s" %s', (text, note) => {
      expect(isEditNote(describeLine(1, text, new Set(['the', 'of'])))).toBe(note);
    });

    it('keeps the byline the page gave, and takes no sentence in brackets for a credit', () => {
      const metadata = { ...emptyMetadata(), byline: 'Jane Calloway' };
      expect(liftCredit(describeLine(1, '(Reporting by Nina Castellano)', new Set()), metadata)).toBe('wire credit line');
      expect(metadata.byline).toBe('Jane Calloway');
      expect(liftCredit(describeLine(1, '(The report by the committee was published on Monday.)', new Set()), emptyMetadata())).toBeNull();
      expect(liftCredit(describeLine(1, 'Reporting by the committee was published on Monday.', new Set()), emptyMetadata())).toBeNull();
    });

    it.each([
      ['Additional reporting by Jane Doe in Paris; Editing by John Smith', 'wire credit line', null],
      ['Reporting by Nina Castellano', 'wire credit line', 'Nina Castellano'],
      ['Jane Doe reported from Washington.', 'contributor line', null],
      ['Jane Doe and John Roe reported from Kyiv and Moscow.', 'contributor line', null],
      ['Jane Doe reported from Washington, and John Roe from the West Bank.', 'contributor line', null],
      ['Marta Okafor contributed reporting from Port Harcourt.', 'contributor line', null],
      ['AP Business Writer Dana Whitlow in Taipei contributed to this report.', 'contributor line', null],
      ["CNN's Rafael Ortiz and June Parkes contributed to this report.", 'contributor line', null],
      ['Associated Press writer Dana Whitlow contributed from Denver.', 'contributor line', null],
      ['AP writers Dana Whitlow in Reno and Tom Roe contributed.', 'contributor line', null],
      ['Marta Okafor and Tom Roe contributed from Lagos and Abuja.', 'contributor line', null],
      ['MARTA OKAFOR CONTRIBUTED REPORTING FROM PORT HARCOURT.', 'contributor line', null],
      ['Reporting by Elena Marsh; additional reporting by Colin Avery, Priya Nand Sharma and Beatriz Solano-Reyes; Editing by Owen Tully', 'wire credit line', 'Elena Marsh'],
      ['Compiled by Reuters staff with Ana de la Cruz at the United Nations', 'wire credit line', null],
      ['Reporting by Ahmed al-Omran and Hugo dos Santos; Editing by Jan ter Haar', 'wire credit line', 'Ahmed al-Omran and Hugo dos Santos'],
      ['Reporting by Ana Pérez y García in São Paulo; Editing by Guy d’Alema', 'wire credit line', 'Ana Pérez y García'],
    ])('reads "%s" as a line crediting the reporters (%s)', (text, reason, byline) => {
      const metadata = emptyMetadata();
      expect(liftCredit(describeLine(1, text, new Set(['the', 'of', 'to', 'this', 'and', 'in', 'from'])), metadata)).toBe(reason);
      expect(metadata.byline).toBe(byline);
    });

    it.each([
      'The minister reported from the summit that talks had stalled.',
      'Police said the suspect reported from his cell that he was ill.',
      // A news outlet is capitalised like a reporter: what it reported is no place.
      'Reuters reported in March that the company was weighing a sale.',
      'The Wall Street Journal reported in January that talks had stalled.',
      "Higher costs contributed to this report's gloomy outlook.",
      // A player's or a donor's contribution, no writer's: no role before the names, or no place after "from".
      'Okafor contributed.',
      'Okafor contributed two goals.',
      'Most of the money was contributed from the fund of the city.',
      'Residents contributed to this report by the council, which found the bridge unsafe, and asked for a second one to be written by the end of the year, so that the town could plan its budget and decide on the repairs before the winter storms arrived.',
      // Without brackets, a credit's role is followed by names and places only: these are sentences that lost their full stop.
      'Research by Oxford Economics suggests that prices will keep rising through the winter',
      'Reporting by the committee found that the bridge was unsafe',
    ])('takes no article sentence for a contributor line: "%s"', (text) => {
      expect(isContributorLine(describeLine(1, text, new Set(['the', 'of', 'to', 'this', 'and', 'in', 'from'])))).toBe(false);
    });

    it('reads an unbracketed credit of any names and places as one, and no longer when a sentence goes on after them', () => {
      const name = fc.stringMatching(/^[A-Z][a-z]{1,8}(?: [A-Z][a-z]{1,10})?$/);
      const names = fc.array(name, { minLength: 1, maxLength: 3 }).map((list) => list.join(' and '));
      const role = fc.constantFrom('Reporting by', 'Additional reporting by', 'Editing by', 'Research by', 'Writing by');
      // A credit line is capped at 40 words (a paragraph that mentions a contribution is article text): three roles
      // of three two-word names each in a two-word place run to 42.
      const credit = fc
        .array(fc.tuple(role, names, fc.option(name, { nil: undefined })), { minLength: 1, maxLength: 3 })
        .map((parts) => parts.map(([r, n, place]) => `${r} ${n}${place ? ` in ${place}` : ''}`).join('; '))
        .filter((text) => text.split(' ').length <= 40);
      const verb = fc.constantFrom('suggests', 'found', 'shows', 'was', 'will');
      fc.assert(
        fc.property(credit, verb, fc.stringMatching(/^[a-z]{2,8}$/), (text, said, what) => {
          const line = (t: string) => describeLine(1, t, new Set(['the', 'of', 'and', 'in']));
          expect(isContributorLine(line(text))).toBe(true);
          expect(isContributorLine(line(`${text} ${said} ${what}`))).toBe(false);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('a line that is no metadata', () => {
    it('leaves sentences alone, even when they start like a byline or hold a date', () => {
      expect(lift('By the end of the week the road will be open again.').reason).toBeNull();
      expect(lift('On March 3, 2021 the council voted to rebuild the bridge over the river, after years of debate about the cost.').reason).toBeNull();
      expect(lift('By Jane Calloway', 0.95).reason).toBeNull();
      // An author label needs its colon ("Autor des Jahres" is a heading); a Chinese sentence opening with 记者 has no space after it.
      expect(lift('Autor des Jahres').reason).toBeNull();
      expect(lift('记者从市政府获悉').reason).toBeNull();
      // A word opening with "By" is no byline run into its name.
      expect(lift('Byzantine Empire Exhibition').reason).toBeNull();
      expect(lift('BYU Cougars Beat Utah').reason).toBeNull();
    });

    it('leaves the signature of an embedded post to the article (it quotes the post)', () => {
      expect(lift('— Jane Doe (@janedoe) May 3, 2019').reason).toBeNull();
      expect(lift('— Jane Doe, May 3, 2019').reason).toBe('date line');
    });
  });
});

describe('a Japanese or Chinese name alone next to the date line', () => {
  const page = (name: string): string =>
    [
      '毎日ニュース', 'トップ', '経済', '日銀、政策金利を0.75％に引き上げ　1月以来の利上げ', name, '2026年12月19日 15時40分',
      '日本銀行は19日、金融政策決定会合で政策金利を0.5％から0.75％に引き上げることを決めた。利上げは今年1月以来となる。',
      '植田和男総裁は記者会見で、賃金と物価の好循環が強まっていると説明した。春闘での高い賃上げが中小企業にも広がりつつあるとみている。',
      '決定には9人の政策委員のうち8人が賛成し、1人が反対した。',
    ].join('\n');
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

  it.each(['山田太郎', '山田 太郎', '王小明'])('is the author: "%s" over the date line', (name) => {
    // Not a name to isNameLine's capitalised words, it had been a section label and the article had no author.
    const cleaned = clean(page(name));
    expect(cleaned.metadata.byline).toBe(name);
    expect(cleaned.removedLines.find((line) => line.text === name)?.reason).toBe('byline');
  });

  it.each(['経済部', '東京支局', '朝日新聞', '国際', '国土交通省', '北陸新幹線'])('is no author when it names a newsroom, an outlet or a section: "%s"', (name) => {
    expect(clean(page(name)).metadata.byline).toBeNull();
  });
});

describe('a name with particles alone next to the date line', () => {
  const page = (name: string): string =>
    [
      'Actualité', 'Nantes. Le tramway de la ligne 1 fermé deux semaines en janvier pour des travaux', name, 'Publié le 4 décembre 2026 à 07h15',
      "Les usagers du tramway nantais devront s'armer de patience cet hiver. La ligne 1 sera fermée du lundi 5 au dimanche 18 janvier, a annoncé jeudi la métropole.",
      'Ces deux semaines de fermeture doivent permettre de remplacer les rails entre la gare et le centre-ville, usés par vingt ans de circulation.',
      'Des bus de substitution circuleront toutes les cinq minutes aux heures de pointe, a précisé la vice-présidente chargée des mobilités.',
    ].join('\n');
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

  it.each(['Julien Le Goff', 'Ana de la Cruz', 'Pieter van der Berg', 'Marie du Pont', 'Marta Puig i Soler'])('is the author: "%s" over the date line', (name) => {
    // Its particle is a stopword of the page's language: the line had no name's shape, and was a section label.
    const cleaned = clean(page(name));
    expect(cleaned.metadata.byline).toBe(name);
    expect(cleaned.removedLines.find((line) => line.text === name)?.reason).toBe('byline');
  });

  it('reads particles inside a name only, and no other stopword', () => {
    const stopwords = new Set(['le', 'la', 'de', 'du', 'van', 'der', 'et', 'les']);
    const name = (text: string) => isNameLine(describeLine(1, text, stopwords));
    for (const text of ['Julien Le Goff', 'Ana de la Cruz', 'Pieter van der Berg', 'Ahmed bin Salman']) expect(name(text), text).toBe(true);
    // An outlet's or a place's name opening with the article, a particle last, other stopwords, more than two particles.
    for (const text of ['Le Monde', 'La Stampa', 'De Telegraaf', 'Jean Le', 'Jean Et Marie', 'Les Echos Paris', 'Ana de la de Cruz', 'Marta i', 'i Soler']) expect(name(text), text).toBe(false);
  });

  it('reads a generation after the surname', () => {
    const name = (text: string) => isNameLine(describeLine(1, text, new Set(['the'])));
    for (const text of ['Jane Doe Jr.', 'Ben Smith, Sr.', 'John Roe III', 'Michael S. Roe Jr.']) expect(name(text), text).toBe(true);
    for (const text of ['Jane Jr.', 'Doe Jr. Jane']) expect(name(text), text).toBe(false);
  });

  it("reads two initials run together opening a name, not a place's", () => {
    const name = (text: string) => isNameLine(describeLine(1, text, new Set(['the'])));
    for (const text of ['E.J. Dunmore', 'P.V. Raghunathan', 'J.K. Rowling Jr.']) expect(name(text), text).toBe(true);
    for (const text of ['U.S. Army', 'U.K. Edition', 'L.A. Times', 'D.C. Homepage', 'Dunmore E.J.']) expect(name(text), text).toBe(false);
  });
});

describe("a name by the header's date line with the author's handle or the outlet's staff title", () => {
  const page = (over: string, under: string) =>
    [
      'Markets', 'Stocks close higher as jobs report eases rate worries', over, 'Published Fri, Dec 4 2026 4:02 PM EST', under,
      'Stocks rose on Friday after a softer-than-expected jobs report strengthened bets on a rate cut by the central bank before the year is out.',
      'The Dow Jones Industrial Average added 352.18 points, or 0.8%, while the S&P 500 gained 0.8% and the Nasdaq Composite climbed 1.1%.',
      'Technology shares led the gains, while energy stocks lagged as oil slipped below $66 a barrel.',
    ].join('\n');
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

  it.each([
    ['Share', 'Alex Harring @alex_harring', 'Alex Harring'],
    ['Lisa Ruiz, Patch Staff', 'Share', 'Lisa Ruiz'],
    ['Tom Ellis, tom.ellis@paper.example', 'Share', 'Tom Ellis'],
  ])('is the byline: "%s" / "%s"', (over, under, name) => {
    // The handle or the staff title had given the line no name's shape: the article had no author.
    const cleaned = clean(page(over, under));
    expect(cleaned.metadata.byline).toBe(name);
    expect(cleaned.removedLines.find((line) => line.text === (over === 'Share' ? under : over))?.reason).toBe('byline');
  });

  it("reads an outlet's initials before \"Staff\" as the source", () => {
    // "IGN Staff" had been read as a job title and dropped: the story had no source.
    const cleaned = clean(page('Eric Tam, IGN Staff', 'Share'));
    expect(cleaned.metadata).toMatchObject({ byline: 'Eric Tam', source: 'IGN' });
    // A byline in capitals: its names' words are initials' shape too.
    expect(signedByline('JANE DOE, NEWS STAFF')).toEqual({ authors: 'JANE DOE', outlet: null });
  });

  it('reads a handle after a name only, and "Staff" as a job title after a name', () => {
    expect(isNameLine(describeLine(1, 'Alex Harring @alex_harring', new Set()))).toBe(true);
    expect(isNameLine(describeLine(1, '@alex_harring', new Set()))).toBe(false);
    expect(signedByline('Lisa Ruiz, Patch Staff')).toEqual({ authors: 'Lisa Ruiz', outlet: null });
  });
});

describe('a name over the job title "Journalist" over the date line', () => {
  const page = (title: string) =>
    [
      'Økonomi', 'Norges Bank holder renten uendret på 4 prosent', 'Sentralbanken varsler likevel at renten trolig blir satt ned i mars.',
      'Ingrid Halvorsen', title, 'Publisert 4. des. 2026 kl. 10:00', 'Del',
      'Norges Bank holder styringsrenten uendret på 4 prosent. Det ble kjent torsdag klokken 10.',
      'Beslutningen var ventet av de fleste økonomer, etter at prisveksten i november falt til 2,8 prosent.',
      'Kronekursen svekket seg litt etter kunngjøringen. En euro kostet 11,62 kroner torsdag ettermiddag.',
    ].join('\n');
  const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

  it.each(['Journalist', 'Senior Journalist', 'Freelance journalist'])('is the byline over "%s"', (title) => {
    // NRK sets the name over "Journalist": no job title the name was read over, the article had no author.
    expect(clean(page(title)).metadata.byline).toBe('Ingrid Halvorsen');
  });
});

describe('a byline signed with the institution that published the story', () => {
  it('takes the institution after the names of a "by" line for the source', () => {
    // "by Laura Mendes, University of Würzburg" (phys.org) had been all author, and the story had no source.
    expect(lift('by Laura Mendes, University of Würzburg').metadata).toMatchObject({ byline: 'Laura Mendes', source: 'University of Würzburg' });
    expect(lift('By Ana Ruiz and Tom Ellis, Max Planck Institute for Biology').metadata).toMatchObject({ byline: 'Ana Ruiz and Tom Ellis', source: 'Max Planck Institute for Biology' });
    const text = "Nanotechnology\nHoneybees use the sun's position to tell time when flowers close\nby Laura Mendes, University of Würzburg\nDecember 4, 2026\n\nHoneybees remember not only where flowers grow but when they close, and they use the position of the sun to keep track of the time, according to a study published in Nature.\n\nResearchers trained colonies to visit artificial flowers that offered sugar water only in the morning.\n\nAfter a week, the bees stopped visiting the flowers in the afternoon, even on days when the flowers remained open.\n";
    expect(cleanArticle(article(text), contextFor([text])).metadata).toMatchObject({ byline: 'Laura Mendes', source: 'University of Würzburg' });
  });

  it('keeps an academic author\'s post with the institution, and an institution after a place, in the byline', () => {
    for (const byline of ['Jane Doe, Professor of Economics, University of Leeds', 'Jane Doe, Director, Institute for Fiscal Studies', 'Jane Doe, University of California, Berkeley']) {
      expect(lift(`By ${byline}`).metadata, byline).toMatchObject({ byline, source: null });
    }
  });
});

describe("a Chinese portal's date line with the story's outlet after the time", () => {
  it('is a date line', () => {
    // Sina's "date time outlet" over Xinhua's copy had been page text, and the story undated.
    expect(lift('2026年11月03日 08:05 人民网')).toMatchObject({ reason: 'date line', metadata: { date: '2026-11-03T08:05' } });
    expect(lift('2026-11-03 08:05:12 来源：中国新闻网').reason).toBe('date line');
    expect(lift('2026年11月03日 08:05 记者从市交通局获悉，地铁三号线将于年底开通。').reason).toBeNull();
  });
});

describe("a byline's place or post after the names", () => {
  it('leaves out the place after a comma and a place or post in brackets', () => {
    // German papers sign "Von Katrin Elger, Hannover", Le Monde "Par Claire Ané (Grenoble, envoyée spéciale)": the place had stayed in the author.
    expect(lift('Von Lena Hartwig, Hannover').metadata).toMatchObject({ byline: 'Lena Hartwig', source: null });
    expect(lift('By Lena Hartwig and Jonas Brandt, Baden-Baden').metadata.byline).toBe('Lena Hartwig and Jonas Brandt');
    expect(lift('Par Élise Marchand (Lyon, envoyée spéciale)').metadata).toMatchObject({ byline: 'Élise Marchand', source: null });
    expect(lift('Par Élise Marchand (à Bruxelles)').metadata.byline).toBe('Élise Marchand');
  });

  it('reads a blog entry line parted by spaced dashes, its byline labelled in Portuguese', () => {
    // A Brazilian WordPress theme's line had been page text, the post with no author and no date.
    const parted = lift('12/11/2026 - Publicado por: Renata Vilela - Categoria: Cidade - Tags: obras praia');
    expect(parted).toMatchObject({ reason: 'byline and date line', metadata: { byline: 'Renata Vilela' } });
    expect(lift('Escrito por Renata Vilela').metadata.byline).toBe('Renata Vilela');
    expect(lift('Publicado por primera vez en 1998').reason).toBeNull();
    expect(lift('Jane Doe - Staff Writer - Harbour City').metadata.byline).toBeNull();
  });

  it('leaves out a newsroom or a job title in brackets whatever the names look like', () => {
    // Khaleej Times signs its staff as the first line does: the newsroom in brackets had stayed in the author.
    expect(lift('By K.T.Rahman and Sara J. Collins (Our staff reporters)').metadata.byline).toBe('K.T.Rahman and Sara J. Collins');
    expect(lift('By K.T.Rahman (Staff Writer)').metadata.byline).toBe('K.T.Rahman');
    expect(lift('By K.T.Rahman (Dubai Marina)').metadata.byline).toBe('K.T.Rahman (Dubai Marina)');
  });

  it('keeps an outlet and initials for the readings that know them', () => {
    expect(lift('By Jane Doe, Reuters').metadata.byline).toBe('Jane Doe, Reuters');
    expect(lift('By Jane Doe, NDR').metadata.byline).toBe('Jane Doe, NDR');
  });
});

// `Source: https://…` had put the address in `source`, where an analyst groups articles by outlet.
describe('a Source: credit with a web address', () => {
  it.each([
    ['Source: https://www.example-gazette.com/local/harbour-budget', null, 'https://www.example-gazette.com/local/harbour-budget'],
    ['Source: Example Gazette (https://www.example-gazette.com)', 'Example Gazette', null],
    ['Source: Example Gazette - www.example-gazette.com/local/harbour-budget', 'Example Gazette', 'www.example-gazette.com/local/harbour-budget'],
    ['Source: www.example-gazette.com', 'www.example-gazette.com', null],
    ['Source: Reuters', 'Reuters', null],
    ['Source: Office for National Statistics - Labour Force Survey', 'Office for National Statistics - Labour Force Survey', null],
    // A long address: its path's words had put the line over the metadata lines' limits.
    [
      'Source: https://www.example-gazette.com/news/local/2026/12/04/harbour-council-passes-budget-after-long-debate-over-flood-defences-and-ferry-terminal',
      null,
      'https://www.example-gazette.com/news/local/2026/12/04/harbour-council-passes-budget-after-long-debate-over-flood-defences-and-ferry-terminal',
    ],
  ])('%s gives source %s and url %s', (text, source, url) => {
    const { reason, metadata } = lift(text);
    expect(reason).toBe('source credit');
    expect([metadata.source, metadata.url]).toEqual([source, url]);
  });
});

// What a byline's line runs onto the name had stayed in the author.
describe("a byline's name without what the page runs onto it", () => {
  it.each([
    // A telephone number after the e-mail address (The Spokesman-Review's).
    ['By Megan Hale meganh@paper.example(509) 555-0142', 'Megan Hale'],
    // A link to the author's other stories (The Register's, its bullet read as a question mark).
    ['By John Lyle ? More by this author', 'John Lyle'],
    // CNN's labels of a column.
    ['Analysis by Chris Vane', 'Chris Vane'],
    ['Opinion by Dana Ruiz', 'Dana Ruiz'],
  ])('"%s" is the byline of "%s"', (text, name) => {
    expect(lift(text)).toEqual({ reason: 'byline', metadata: expect.objectContaining({ byline: name }) });
  });

  it("takes a site's address alone for no author", () => {
    expect(lift('by Quotesfeed.com')).toEqual({ reason: 'byline', metadata: expect.objectContaining({ byline: null }) });
  });

  it("leaves a job title of four words before the role out of the author", () => {
    expect(signedByline('Chris Fell, Los Angeles Times Staff Writer').authors).toBe('Chris Fell');
  });

  it('leaves an editor or writer at large out of the author', () => {
    expect(signedByline('Chris Vane, CNN Editor-at-large')).toEqual({ authors: 'Chris Vane', outlet: 'CNN' });
    expect(signedByline('Dana Ruiz, Writer at Large')).toEqual({ authors: 'Dana Ruiz', outlet: null });
  });

  it("takes the outlet's staff signing before the outlet for no author", () => {
    expect(signedByline('Staff, The Harbour Examiner')).toEqual({ authors: null, outlet: 'The Harbour Examiner' });
  });

  // Interspire ArticleLive's sites close the line with the category and the rating: it had been all author.
  it("reads the byline and the date beside an ArticleLive site's category and rating", () => {
    expect(lift('By Harbour Rowing Club | Published  01/13/2026 | Club Events | Unrated')).toEqual({
      reason: 'byline and date line',
      metadata: expect.objectContaining({ byline: 'Harbour Rowing Club', date: '2026-01-13', source: null }),
    });
    // Without the rating no part tells a category from other words.
    expect(lift('By Harbour Rowing Club | Published  01/13/2026 | Club Events').metadata.date).toBeNull();
  });

  // Seneweb closes the line with its count of readers: the line had been all author, the story undated.
  it("reads the byline and the date beside a count of the story's readers", () => {
    expect(lift('Par : Mariama Sow - Dakarinfo.example | 12 novembre, 2026 à 08:45 | Lu 2417 fois')).toEqual({
      reason: 'byline and date line',
      metadata: expect.objectContaining({ byline: 'Mariama Sow - Dakarinfo.example', date: '2026-11-12T08:45' }),
    });
  });

  it("reads the byline and the date beside the story's topic", () => {
    // ZDNet's: the line had been all author, the story undated.
    expect(lift('By Jason Cole | November 18, 2026 -- 19:14 GMT (19:14 GMT) | Topic: Hardware')).toEqual({
      reason: 'byline and date line',
      metadata: expect.objectContaining({ byline: 'Jason Cole', date: expect.stringMatching(/^2026-11-18/u) }),
    });
  });
});

describe("a regional paper's date line before its row of tools, under the masthead's day", () => {
  it("dates the story by it, not by the day the page was read", () => {
    const page = [
      'Harbour Hill news, classifieds and community.', '', '   Monday, 7 December 2026', '', 'Home', '', 'Local', '', 'Sport', '', 'Weather', '',
      'WORLD > Sport', '',
      '4 December 2026 - 3:42PM\tMore local news  |  Send to a friend  |  Print', '',
      'Coach quits after third straight loss', '',
      'The national rugby league coach resigned on Friday after his side lost its third match in a row at home.', '',
      'The board said it would name an interim coach before the next round and begin a search for a permanent one.', '',
      'Players thanked the coach for his four seasons in charge and said the decision had come as a surprise.', '',
    ].join('\n');
    const cleaned = cleanArticle(article(page), contextFor([page]));
    expect(cleaned.metadata.date).toBe('2026-12-04T15:42');
    expect(cleaned.removedLines.find((line) => line.text.startsWith('4 December'))).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });
});
