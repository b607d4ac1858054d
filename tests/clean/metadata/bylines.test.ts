// A byline line's name (bylineName): a label for "by" and what follows it, a name or a headline's words.
import { describe, expect, it } from 'vitest';
import { bylineName } from '../../../src/clean/metadata/bylines.js';

describe('bylineName', () => {
  // "Por primera vez, …" had given the author "primera vez, …".
  it.each(['Por primera vez, un tren cruza el puente nuevo', 'Por qué suben los alquileres', 'Von heute auf morgen schließt das Bad', 'Bởi vì mưa lớn, trận đấu bị hoãn'])(
    'reads no byline from a headline opening with a label and a word in lower case: "%s"',
    (headline) => {
      expect(bylineName(headline)).toBeUndefined();
    },
  );

  it.each([
    ['Por Ana Souza', 'Ana Souza'],
    ['Por nuestro corresponsal en Quito', 'nuestro corresponsal en Quito'],
    ['Por la Redacción', 'la Redacción'],
    ['Von unserem Korrespondenten', 'unserem Korrespondenten'],
    ['Von der Redaktion', 'der Redaktion'],
    ['Bởi Trần Thu Hà', 'Trần Thu Hà'],
    // A news agency written in lower case is no headline's word.
    ['Von dpa/AFP', 'dpa/AFP'],
  ])('reads the name or the newsroom after the label: "%s"', (byline, name) => {
    expect(bylineName(byline)).toBe(name);
  });

  it('reads a Tagalog byline before two names or more, not the Spanish "Ni" ("nor")', () => {
    expect(bylineName('Ni Carlo Mendoza')).toBe('Carlo Mendoza');
    expect(bylineName('Ni Messi ni Ronaldo')).toBeUndefined();
    expect(bylineName('Ni Messi')).toBeUndefined();
  });

  // Aminiya signs "Daga …" (Hausa), BBC Cymru Fyw "Gan …" (Welsh), Abante "Ni … at …" (Tagalog, "and"): once page text.
  it.each([
    ['Daga Halima Bello, Kaduna', 'Halima Bello, Kaduna'],
    ['Gan Gwenllian Prys', 'Gwenllian Prys'],
    ['Ni Carlo Mendoza at Liza Ramos', 'Carlo Mendoza and Liza Ramos'],
  ])('reads the names after a capitalised label in Hausa, Welsh or Tagalog: "%s"', (byline, name) => {
    expect(bylineName(byline)).toBe(name);
  });

  it.each(['Daga cikin manoman jihar, kashi uku sun koma birni', 'Daga Kano zuwa Abuja', 'Gan fod y bont ar gau', 'Gan Gymru'])(
    'reads no byline from a sentence or a heading opening with "Daga" or "Gan": "%s"',
    (text) => {
      expect(bylineName(text)).toBeUndefined();
    },
  );

  // Armenpress signs "Հեղինակ՝ …" (Armenian), Tuairisc "le …" (Irish), Isolezwe "NGU …" (Zulu): once page text.
  it.each([
    ['Հեղինակ՝ Լիլիթ Հովսեփյան', 'Լիլիթ Հովսեփյան'],
    ['le Aoife Nic Giolla Bhríde', 'Aoife Nic Giolla Bhríde'],
    ['NGU THANDEKA MKHIZE', 'THANDEKA MKHIZE'],
    ['Ngu Thandeka Mkhize', 'Thandeka Mkhize'],
    ['Gant Nolwenn Ar Gall', 'Nolwenn Ar Gall'],
    ['Miktub minn Roberta Camilleri Zahra', 'Roberta Camilleri Zahra'],
    ['Müəllif: Elvin Qasımlı', 'Elvin Qasımlı'],
    ['Qoraa: Hodan Cabdi Warsame', 'Hodan Cabdi Warsame'],
    // Newsmada's "Nosoratan'i …" (Malagasy, "written by") and Te Ao Māori News' "Nā …" (Māori, "by") had been kept in the
    // author, Wantok's "Stori: …" (Tok Pisin) page text.
    ["Nosoratan'i Voahangy Rasoanaivo", 'Voahangy Rasoanaivo'],
    ['Nā Tamati Wharerau-Kingi', 'Tamati Wharerau-Kingi'],
    ['Stori: Joseph Kapera', 'Joseph Kapera'],
    // Omrop Fryslân's "Troch …" (Frisian) had been kept in the author, RTR's "Autura: …" (Romansh), Jaya Baya's "Panulis: …"
    // (Javanese), Extra's "Pa: …" (Papiamento) and Umhlobo Wenene's "Nga: …" (Xhosa) page text.
    ['Troch Wytske van der Meer', 'Wytske van der Meer'],
    ['Autura: Seraina Bundi', 'Seraina Bundi'],
    ['Panulis: Endah Purwaningsih', 'Endah Purwaningsih'],
    ['Pa: Jurick Sulvaran', 'Jurick Sulvaran'],
    ['Nga: Lwazi Mabandla', 'Lwazi Mabandla'],
    // Kigali Today's "Yanditswe na …" (Kinyarwanda) and a Wolof site's "Aji bind ji: …" had been page text.
    ['Yanditswe na Claudine Mukeshimana', 'Claudine Mukeshimana'],
    ['Byanditswe na Eric Nshimiyimana', 'Eric Nshimiyimana'],
    ['Aji bind ji: Awa Ndiaye Gueye', 'Awa Ndiaye Gueye'],
    ['Bindkat: Moussa Sarr', 'Moussa Sarr'],
    // Gazeta.pl's "Oprac.: …" (Polish, "compiled by") had been page text.
    ['Oprac.: Tomasz Wierzbicki', 'Tomasz Wierzbicki'],
    ['oprac. Tomasz Wierzbicki', 'Tomasz Wierzbicki'],
    // A fan site's and a review magazine's article box, "Writer: …" (it had been a headline after the article).
    ['Writer: Corin Vale', 'Corin Vale'],
    // Finnish "Teksti: …" ("text"), Hungarian "Szerző: …", Lithuanian "Autorius: …" and "Autorė: …", Latvian "Autors: …" ("author")
    // and Croatian and Serbian "Piše: …" ("writes") under the headline had been page text.
    ['Teksti: Aino Lehtonen', 'Aino Lehtonen'],
    ['Szerző: Farkas Dóra', 'Farkas Dóra'],
    ['Autorius: Mantas Jankauskas', 'Mantas Jankauskas'],
    ['Autorė: Rūta Vaitkutė', 'Rūta Vaitkutė'],
    ['Autors: Ilze Kalniņa', 'Ilze Kalniņa'],
    ['Piše: Marija Kovačević', 'Marija Kovačević'],
    ['Пише: Милица Јовановић', 'Милица Јовановић'],
    // A Romanian portal's "de …" ("by") in lower case under the headline had been page text.
    ['de Andreea Mureșan', 'Andreea Mureșan'],
    ['de Ioana Drăgulescu și Mihai Stoica', 'Ioana Drăgulescu și Mihai Stoica'],
  ])('reads the names after a label in another language: "%s"', (byline, name) => {
    expect(bylineName(byline)).toBe(name);
  });

  it.each(['le nouveau pont ouvrira en mai', 'Le Petit Journal de Lyon', 'le Brun', 'Ngu yena owasiza abantu', 'Ngumuntu omuhle', "Gant ar c'hoari e oa bet digoret ar gouel", 'Gantry crane reopens at the port', 'Nā reira ka tū te hui ki Rotorua', 'Nā te aha i pēnei ai?', 'Stori bilong ol papamama', 'Troch de rein gie de merke net troch', 'Troch Snits', 'Pa kiko e gobièrnu no a kumpli', 'Nga phandle kwesikolo kukho amanzi', 'Yanditswe na komite y’akarere', 'Aji bind ji dafa wax ne', 'Opracowanie nowych przepisów potrwa rok', 'oprac. kw', 'Writer: the one who stayed', 'Piše mu se, ali ne odgovara', 'Teksti on pitkä'])(
    'reads no byline from a sentence, a paper or a heading opening with a label\'s word: "%s"',
    (text) => {
      expect(bylineName(text)).toBeUndefined();
    },
  );

  // Kampuchea Thmey signs "ដោយ៖ …" (Khmer; the line had been the title) and Vientiane Mai "ຂ່າວ: …" (Lao; page text).
  it('reads a Khmer or a Lao byline after its label and colon, not a sentence opening with the word', () => {
    expect(bylineName('ដោយ៖ ចាន់ សុភាព')).toBe('ចាន់ សុភាព');
    expect(bylineName('ຂ່າວ: ບຸນມີ ສີສະຫວັດ')).toBe('ບຸນມີ ສີສະຫວັດ');
    expect(bylineName('ຂ່າວ-ພາບ: ບຸນມີ ສີສະຫວັດ')).toBe('ບຸນມີ ສີສະຫວັດ');
    expect(bylineName('ដោយសារភ្លៀងធ្លាក់ខ្លាំង ផ្លូវជាតិត្រូវបិទ')).toBeUndefined();
    expect(bylineName('ຂ່າວດີສຳລັບຊາວກະສິກອນ ໃນປີນີ້')).toBeUndefined();
  });

  it('reads an Amharic byline run into its "በ", not a headline opening with the prefix', () => {
    expect(bylineName('በሰላም ታደሰ')).toBe('ሰላም ታደሰ');
    expect(bylineName('በባሕር ዳር ከተማ አዲስ ድልድይ ተመረቀ')).toBeUndefined();
    expect(bylineName('በዓላት')).toBeUndefined();
  });

  it('reads a host labelled with a colon, names alone after it', () => {
    expect(bylineName('Host: Maya Lindqvist')).toBe('Maya Lindqvist');
    expect(bylineName('Hosts: Maya Lindqvist and Omar Reyes')).toBe('Maya Lindqvist and Omar Reyes');
    expect(bylineName('Host: the city of Harbourton')).toBeUndefined();
  });

  it('reads the BBC\'s label and name on one line, names alone after the comma', () => {
    expect(bylineName('Author, Amani Juma')).toBe('Amani Juma');
    expect(bylineName('نویسنده، سارا کریمی')).toBe('سارا کریمی');
    expect(bylineName('Author, teacher and activist')).toBeUndefined();
    // BBC Igbo's and BBC Tigrinya's labels.
    expect(bylineName('Onye dere ya, Adaeze Nnadi-Okolie')).toBe('Adaeze Nnadi-Okolie');
    expect(bylineName('ደራሲ, ሰላም ገብረሚካኤል')).toBe('ሰላም ገብረሚካኤል');
    expect(bylineName('ደራሲ, ናይ ከተማ መቐለ ምምሕዳር ኣብ ሓድሽ መደብ')).toBeUndefined();
  });

  it('reads a Thai byline with a space or a colon after the label, not a sentence run into it', () => {
    expect(bylineName('ผู้เขียน: สมศรี ใจดี')).toBe('สมศรี ใจดี');
    expect(bylineName('ผู้เขียนบทความนี้ได้รับรางวัล')).toBeUndefined();
  });

  // Tribun's regional sites set it under the photo's caption: it had opened the body.
  it("reads an Indonesian regional paper's reporter line, the names after the outlet", () => {
    expect(bylineName('Laporan Wartawan Harianpesisir.com, Dewi Lestari')).toBe('Dewi Lestari');
    expect(bylineName('Laporan Kontributor Harianpesisir.com, Dewi Lestari dan Agus Salim')).toBe('Dewi Lestari dan Agus Salim');
    expect(bylineName('Laporan Wartawan Harianpesisir.com, kemarin sore')).toBeUndefined();
    expect(bylineName('Laporan keuangan perusahaan, Januari 2026')).toBeUndefined();
  });
});
