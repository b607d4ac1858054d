// Bylines labelled in another language, or a host's, and the name each gives: one list for bylineName's test
// (metadata/bylines.test.ts) and the page's (clean/bylines.test.ts: the author, the line out of the body), so that a
// label tested at one level is tested at the other. Each line was page text, the article's first paragraph, the
// title or kept in the author before its label was read; the sites' names say where the label is from.
export const LABELLED_BYLINES: readonly (readonly [line: string, name: string])[] = [
  // Abante "Ni …" (Tagalog), Aminiya "Daga …" (Hausa), BBC Cymru Fyw "Gan …" (Welsh), the Reporter "በ…" (Amharic, run into
  // the name), a public radio's "Host:", Khaosod "ผู้เขียน …" (Thai, "writer", a space or a colon after it), 24ur "Avtor: …"
  // (Slovene).
  ['Ni Carlo Mendoza', 'Carlo Mendoza'],
  ['Daga Halima Bello', 'Halima Bello'],
  ['Gan Gwenllian Prys', 'Gwenllian Prys'],
  ['በሰላም ታደሰ', 'ሰላም ታደሰ'],
  ['Host: Maya Lindqvist', 'Maya Lindqvist'],
  ['ผู้เขียน สมศรี ใจดี', 'สมศรี ใจดี'],
  ['ผู้เขียน: สมศรี ใจดี', 'สมศรี ใจดี'],
  ['Avtor: Nina Kovač', 'Nina Kovač'],
  // Armenpress "Հեղինակ՝ …" (Armenian), Tuairisc "le …" (Irish), Isolezwe "NGU …" (Zulu), Ya! "Gant …" (Breton), TVM
  // "Miktub minn …" (Maltese), "Müəllif: …" (Azerbaijani), "Qoraa: …" (Somali).
  ['Հեղինակ՝ Լիլիթ Հովսեփյան', 'Լիլիթ Հովսեփյան'],
  ['le Aoife Nic Giolla Bhríde', 'Aoife Nic Giolla Bhríde'],
  ['NGU THANDEKA MKHIZE', 'THANDEKA MKHIZE'],
  ['Ngu Thandeka Mkhize', 'Thandeka Mkhize'],
  ['Gant Nolwenn Ar Gall', 'Nolwenn Ar Gall'],
  ['Miktub minn Roberta Camilleri Zahra', 'Roberta Camilleri Zahra'],
  ['Müəllif: Elvin Qasımlı', 'Elvin Qasımlı'],
  ['Qoraa: Hodan Cabdi Warsame', 'Hodan Cabdi Warsame'],
  // Newsmada "Nosoratan'i …" (Malagasy, "written by"), Te Ao Māori News "Nā …" (Māori, "by") and Omrop Fryslân "Troch …"
  // (Frisian) kept in the author; Wantok "Stori: …" (Tok Pisin), RTR "Autura: …" (Romansh), Jaya Baya "Panulis: …"
  // (Javanese), Extra "Pa: …" (Papiamento) and Umhlobo Wenene "Nga: …" (Xhosa) page text.
  ["Nosoratan'i Voahangy Rasoanaivo", 'Voahangy Rasoanaivo'],
  ['Nā Tamati Wharerau-Kingi', 'Tamati Wharerau-Kingi'],
  ['Troch Wytske van der Meer', 'Wytske van der Meer'],
  ['Stori: Joseph Kapera', 'Joseph Kapera'],
  ['Autura: Seraina Bundi', 'Seraina Bundi'],
  ['Panulis: Endah Purwaningsih', 'Endah Purwaningsih'],
  ['Pa: Jurick Sulvaran', 'Jurick Sulvaran'],
  ['Nga: Lwazi Mabandla', 'Lwazi Mabandla'],
  // Kampuchea Thmey "ដោយ៖ …" (Khmer; the title) and Vientiane Mai "ຂ່າວ: …" (Lao).
  ['ដោយ៖ ចាន់ សុភាព', 'ចាន់ សុភាព'],
  ['ຂ່າວ: ບຸນມີ ສີສະຫວັດ', 'ບຸນມີ ສີສະຫວັດ'],
  // Kigali Today "Yanditswe na …" (Kinyarwanda) and a Wolof site's "Aji bind ji: …".
  ['Yanditswe na Claudine Mukeshimana', 'Claudine Mukeshimana'],
  ['Byanditswe na Eric Nshimiyimana', 'Eric Nshimiyimana'],
  ['Aji bind ji: Awa Ndiaye Gueye', 'Awa Ndiaye Gueye'],
  ['Bindkat: Moussa Sarr', 'Moussa Sarr'],
  // Gazeta.pl "Oprac.: …" (Polish, "compiled by").
  ['Oprac.: Tomasz Wierzbicki', 'Tomasz Wierzbicki'],
  ['oprac. Tomasz Wierzbicki', 'Tomasz Wierzbicki'],
  // A fan site's and a review magazine's article box, "Writer: …" (a headline after the article).
  ['Writer: Corin Vale', 'Corin Vale'],
  // Finnish "Teksti: …" ("text"), Hungarian "Szerző: …", Lithuanian "Autorius: …" and "Autorė: …", Latvian "Autors: …"
  // ("author") and Croatian and Serbian "Piše: …" ("writes") under the headline.
  ['Teksti: Aino Lehtonen', 'Aino Lehtonen'],
  ['Szerző: Farkas Dóra', 'Farkas Dóra'],
  ['Autorius: Mantas Jankauskas', 'Mantas Jankauskas'],
  ['Autorė: Rūta Vaitkutė', 'Rūta Vaitkutė'],
  ['Autors: Ilze Kalniņa', 'Ilze Kalniņa'],
  ['Piše: Marija Kovačević', 'Marija Kovačević'],
  ['Пише: Милица Јовановић', 'Милица Јовановић'],
  // A Romanian portal's "de …" ("by") in lower case under the headline, two names joined by "și".
  ['de Andreea Mureșan', 'Andreea Mureșan'],
  ['de Ioana Drăgulescu și Mihai Stoica', 'Ioana Drăgulescu și Mihai Stoica'],
];
