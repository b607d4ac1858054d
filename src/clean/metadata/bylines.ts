// Byline patterns: "By …" and its forms in other languages and scripts (Italian "di", Greek, Arabic, Korean, Japanese,
// Chinese wire bylines, role labels such as "Penulis:"), editors' credits, and the name a byline line gives
// (bylineName). Lifting a byline into the metadata is lift.ts's work; these only read the line.
import type { Line } from '../lines.js';
import { isNewsAgencyName } from '../outlets.js';
import { ARABIC_NAME, COMMA_AUTHOR_LABEL, isCaselessNameText, isHanName, isNewsroom, JOB_TITLE } from './names.js';
import { CHINESE_WIRE_HEADER } from './wire-credits.js';

/**
 * A byline: its label, then a colon or a spaced dash or bar ("By: Jane Doe", "By - Jane Doe"; not
 * "By-election") or a space, then a name with a letter: "By: Jane Doe", "By : Jane Doe" (the byline "Jane Doe", not ": Jane
 * Doe"), France 24's "Text by: …". Other languages' labels too: "by" ("بقلم …", "מאת …", Chinese "记者 王伟", also after the
 * outlet, "澎湃新闻记者 王磊", "本报记者 王磊", no title: a sentence "记者从…" has no space) and, only with a colon, "author"
 * ("Autor: …", "Autorin: …", "Auteur : …", "Autore: …", "Автор: …", Serbian "Аутор: …" (RTS's), Slovene "Avtor: …" (24ur's),
 * "作者：…"; "Autor des Jahres" is a heading), else nameless page text, and a Traditional Chinese page's "記者 陳志明／台北報導"
 * its title. A contributor's "Contributed by" (a site's header: "Contributed by Nicol Anstey<tab>Friday, 28 December 2007",
 * read whole a date line) and the Russian and Ukrainian writer's "Текст:" ("text", Wday.ru's "Текст: Вера Сотникова·12 октября
 * 2018") too. CNN labels a columnist's piece "Analysis by Jane Doe, CNN Editor-at-large" or "Opinion by …", music and film
 * review sites a critic's "Review by …" (not "Reviewed by", a fact-checker's credit as often). Blog themes'
 * "posted by" and "written by" in Portuguese and Spanish ("Publicado por: …", "Escrito por …"), French and Italian ("Publié
 * par", "Écrit par", "Pubblicato da", "Scritto da"). Armenian "Հեղինակ՝ …" ("author"), with the Armenian comma where other
 * languages set a colon, as Armenpress signs. Azerbaijani "Müəllif: …" and Somali "Qoraa: …" ("author", "writer"), as a sports
 * site and Hiiraan sign under the story. Romansh "Autur: …", "Autura: …" ("author"), as RTR signs under its date line. Lithuanian
 * "Autorius: …", "Autorė: …", Latvian "Autors: …", Hungarian "Szerző: …" ("author"), the Finnish writer's "Teksti: …" ("text") and
 * Croatian and Serbian "Piše: …", "Пише: …" ("writes"), with their colon: "Piše mu se …" opens a sentence. NDTV's
 * "Reported by …" (its editor after a comma: lift.ts EDITOR_CREDIT_AFTER; 0 bench raw lines open so).
 */
const BYLINE =
  /^(?:(?:by|from|written by|reporting by|reported by|story by|posted by|words by|text by|publicado por|escrito por|publié par|écrit par|pubblicato da|scritto da|interview by|review by|contributed by|analysis by|opinion by|por|par|von|door|av|af|bởi|بقلم|מאת|\p{Script=Han}{0,6}(?:记者|記者))(?:\s*[:：]\s*|\s+[|–—-]+\s+|\s+)|(?:authors?|autor|autorka|autorin|autora|autore|autur|autura|auteur|avtor|avtorica|autorius|autorė|autors|szerző|автор|аутор|текст|teksti|piše|пише|yazar|müəllif|qoraa|tác giả|लेखक|作者|հեղինակ)\s*[:：՝]\s*)((?=[^\p{L}]*\p{L})[^\s:：|–—-].*)$/iu;
/**
 * An Italian byline: "di" in lower case, then names alone ("di Mario Rossi", "di Mario Rossi e Anna
 * Bianchi", "di Anna di Stefano"). Read as other labels, in any case and before any text, it would take
 * headlines for bylines: "Di Maio says the government will fall" would give the byline "Maio says the…".
 */
const ITALIAN_BYLINE = /^di(?:\s*:\s*|\s+)(\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:\s+|,\s+|\s+e\s+)(?:\p{Lu}[\p{L}\p{M}'’.-]*|d[aeio]|del|della|dello|la|lo))*)$/u;
/**
 * Capitalised names and nothing else, joined by commas or "and" in the languages whose role labels
 * ROLE_LABEL, CASED_LABEL and EDITOR_LABEL read ("Budi Santoso dan Sari Dewi", "Ana Souza e João Lima", Romanian "și"), with
 * the lowercase particles of names ("Ana de la Cruz", "Hugo dos Santos", Dutch and Frisian "van der Meer", "ter Horst").
 */
const NAMES = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:(?:\\s+|,\\s+|\\s+(?:and|dan|e|y|și|&)\\s+)(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|d[aeiou]s?|del|della|der|den|ter|la|van|von|bin|binti))*";
/**
 * A writer named by their role, names alone after it (ROLE_NAMES): Indonesian "Penulis: Budi Santoso"
 * ("writer"), "Oleh: Budi Santoso" or "Oleh Budi Santoso" ("by"), "Reporter: Jane Doe", "Wartawan: …",
 * Portuguese "Texto de Ana Souza" or "Texto: Ana Souza", "Reportagem: …", else body text, and the
 * article with no author. "Reporter" only with its colon: "Reporter Jane Doe" opens a caption
 * or a sentence ("Reporter Jane Doe was injured"); "Texto de" goes on a headline ("Texto de lei …")
 * unless names alone follow it, and a menu's link ("Texto de Natal") unless two or more do. Other languages' words for
 * the reporter, with their colon: Antara's "Pewarta: Budi Santoso" (over "Editor: …") and "Kontributor:", Portuguese
 * "Repórter:", "Jornalista:", Spanish "Reportero:", "Periodista:", Italian "Giornalista:", Turkish "Muhabir:". Tok Pisin's
 * "Stori:" ("story"), as Wantok signs. Javanese "Panulis:" ("writer", Jaya Baya's), Papiamento "Pa:" and Xhosa "Nga:" ("by",
 * Extra's and Umhlobo Wenene's) with their colon; without it "pa" and "nga" are words of a sentence. Wolof "Aji bind ji:" and
 * "Bindkat:" ("the writer", as Senegalese sites in Wolof label the author), with their colon: "bind" ("write") is a word of
 * sentences. The Polish "Oprac.:" or "Oprac." ("compiled by"), as Gazeta.pl and Polish portals sign a story written from
 * agencies' and other papers' copy: its compiler is its author (0 bench raw lines open so). The English "Writer:", as a review
 * magazine's and a fan site's article box under the story sets it over its date, else a headline after the article (2 bench raw
 * lines, both the author's, not gold). Not "Story:": a video's chapter ("Story: Part 1").
 */
const ROLE_LABEL = /^(?:(?:penulis|panulis|reporter|wartawan|pewarta|kontributor|oleh|texto|reportagem|repórter|reportero|reportera|periodista|jornalista|giornalista|muhabir|stori|pa|nga|aji bind ji|bindkat|oprac\.|opracowanie|writer)\s*:\s*|(?:oleh|texto de|texto e fotos de|oprac\.)\s+)/iu;
/**
 * The Swahili "by", "Na", before names alone: Mwananchi signs "Na Elizabeth Edward". Capitalised as a label is: "na" is also
 * Swahili's "and" ("na wakulima …"), and in Polish or Czech "on" ("Na Ukrainie", "Na Slovensku": one word, no names; ROLE_NAMES
 * reads two or more).
 */
const SWAHILI_LABEL = /^(?:Na|NA)\s+/u;
/**
 * Swahili writes names in the Latin alphabet without diacritics; Polish and Czech write places after "Na" with them: "Na
 * Dolnym Śląsku" ("in Lower Silesia"), "Na Starém Městě", a subheading, no byline with the author "Dolnym Śląsku".
 */
const SWAHILI_NAMES = /^[A-Za-z'’.,\s-]+$/u;
/** The names after the Swahili label (SWAHILI_LABEL), written as Swahili writes them (SWAHILI_NAMES), else undefined. */
function swahiliName(text: string): string | undefined {
  const names = roleName(text, SWAHILI_LABEL);
  return names !== undefined && SWAHILI_NAMES.test(names) ? names : undefined;
}
/**
 * Other languages' "by" before two names or more alone (roleName), capitalised as a label is: the Tagalog "Ni" (Abante signs
 * "Ni Mylene Alfonso"), the Hausa "Daga" (Aminiya's "Daga Musa Abdullahi, Kano") and the Welsh "Gan" (BBC Cymru Fyw's "Gan Siôn
 * Elfyn"). In a sentence the word goes on in lower case: "ni" marks a name inside a Tagalog sentence ("Sinabi ni …"), the
 * Spanish "Ni" ("nor") goes on with "ni" ("Ni Messi ni Ronaldo"), "Daga cikin …" ("among …") and "Gan fod …" ("since …") open
 * sentences, no names. The Zulu "NGU" ("by"), as Isolezwe signs "NGU SIPHO NDLOVU"-shaped lines in capitals: the copula "ngu"
 * runs into its word ("ngumuntu") or goes on in lower case. The Breton "Gant" ("by", Ya!'s "Gant Gwenola Ar Menn"-shaped lines)
 * and the Maltese "Miktub minn" ("written by", TVM's) too: "Gant" in a sentence goes on in lower case ("Gant ar c'hoari …").
 * The Malagasy "Nosoratan'i" ("written by", Newsmada's) and the Māori "Nā" ("by", Te Ao Māori News'): read as names with the
 * name, they would stay in the author; "Nā reira …" ("therefore") goes on in lower case. The Frisian "Troch" ("by", as Omrop
 * Fryslân signs): read as a name line, the label would stay in the author; "Troch de …" ("through the …") goes on in lower
 * case. The Kinyarwanda "Yanditswe na" ("written by"; "Byanditswe na" too), as Rwandan news sites sign under the headline: in a
 * sentence the verb goes on in lower case after its subject ("… cyanditswe na …").
 */
const CASED_LABEL = /^(?:Ni|NI|Daga|DAGA|Gan|GAN|Gant|GANT|Ngu|NGU|Miktub minn|MIKTUB MINN|Nosoratan['’]i|NOSORATAN['’]I|Nā|NĀ|Troch|TROCH|(?:Yanditswe|Byanditswe) na|B?YANDITSWE NA)\s+/u;
/**
 * Tagalog joins two names with "at" ("and"): read as English's "at" in Abante's "Ni Mylene Alfonso at Juan Ramos"-shaped
 * line, a place would follow it (name-posts.ts NAME_AT_PLACE) and the second reporter be lost. After "Ni" the names are read
 * joined by "and", as the header's names are.
 */
const TAGALOG_LABEL = /^(?:Ni|NI)\s/u;
const TAGALOG_AND = / at (?=\p{Lu})/gu;
/**
 * The Irish "le" ("by") before two names or more alone, in lower case as Tuairisc signs ("le Caoimhe Ní Bhraonáin"-shaped).
 * Only in lower case: French "Le" opens a headline or a paper's name ("Le
 * Monde"), and "le" in a sentence goes on in lower case.
 */
const IRISH_LABEL = /^le\s+/u;
/**
 * The Romanian "de" ("by") before two names or more alone, in lower case as Romanian portals sign under the headline ("de Andreea
 * Mureșan"-shaped). Only in lower case: "De" opens headlines and sentences, and "de" inside a sentence goes on in lower case.
 */
const ROMANIAN_LABEL = /^de\s+/u;
const casedLabelName = (text: string): string | undefined => roleName(TAGALOG_LABEL.test(text) ? text.replace(TAGALOG_AND, ' and ') : text, CASED_LABEL);
/**
 * An Indonesian regional paper's reporter line over the story: "Laporan Wartawan Tribunjateng.com, Budi Santoso" ("report by
 * Tribunjateng.com's journalist, …"; "Reporter", "Kontributor" and "Koresponden" for the word), as Tribun's regional sites set
 * it under the photo's caption, over the first paragraph: the names after the comma are the author's.
 */
const INDONESIAN_REPORT = /^Laporan (?:Wartawan|Reporter|Kontributor|Koresponden) [^,]+, /u;
/**
 * An Amharic byline: "በ" ("by") run into the name, two or three words alone, as the Reporter signs ("በብሩክ ገብረመድኅን" shaped).
 * The prefix also means "in" or "at" and opens headlines and sentences
 * ("በአዲስ አበባ …", "in Addis Ababa"): those run on past three words.
 */
const AMHARIC_BYLINE = /^በ(\p{Script=Ethiopic}+(?: \p{Script=Ethiopic}+){1,2})$/u;
/**
 * A Thai byline: "ผู้เขียน" ("writer"), a colon or a space, and a name of one to three words, as Khaosod signs ("ผู้เขียน ชนิดา
 * ศรีสวัสดิ์"), over the article's first paragraph. Thai sets no space between the words of
 * a sentence: run into what follows, the word opens one.
 */
const THAI_BYLINE = /^ผู้เขียน(?:\s*[:：]\s*|\s+)(\p{Script=Thai}+(?: \p{Script=Thai}+){0,2})$/u;
/**
 * A Khmer byline: "ដោយ" ("by"), the Khmer colon and a name of one to three words, as Kampuchea Thmey signs ("ដោយ៖ សុខ សុភា"); a
 * Lao one: "ຂ່າວ" ("news", or "ຂ່າວ-ພາບ", news and photo), a colon and a name of two or three words, as Vientiane Mai signs
 * (the Khmer line else taken for the title). Only with the colon: in a sentence
 * "ដោយ" ("by", "because") and "ຂ່າວ" run into the words after them.
 */
const KHMER_BYLINE = /^ដោយ\s*[៖:]\s*(\p{Script=Khmer}+(?: \p{Script=Khmer}+){0,2})$/u;
const LAO_BYLINE = /^ຂ່າວ(?:\s*[-–]\s*ພາບ)?\s*:\s*(\p{Script=Lao}+(?: \p{Script=Lao}+){1,2})$/u;
/**
 * The BBC's byline on one line, its label and a comma before the name (names.ts COMMA_AUTHOR_LABEL; the label alone over the
 * name is EMPTY_BYLINE's), names alone after it. The BBC's Swahili and Persian pages set it so over the author's role. A name
 * in a script without capitals (names.ts isCaselessNameText) the label tells as one: BBC Tigrinya's.
 */
function commaAuthorName(text: string): string | undefined {
  const label = COMMA_AUTHOR_LABEL.exec(text);
  const name = label ? text.slice(label[0].length) : undefined;
  return name !== undefined && (ROLE_NAMES.test(name) || ARABIC_NAME.test(name) || isCaselessNameText(name)) ? name : undefined;
}
/**
 * An editor's credit: "Editor: Sari Dewi", Indonesian "Redaktur: …", "Penyunting: …", Portuguese "Edição:
 * …", "Edited by Tom Welby", "Editado por …" (names alone after it). The editor is not the author: the
 * line (under an Indonesian page's last paragraph) is removed as EDITOR_CREDIT.
 * A health site's reviewer is an editor too, "Medically reviewed by Noor Haddad, M.D., MPH", "Fact checked by
 * Greta Lindqvist-Moreau, PhD" (Healthline): a name the writer's story was checked by, not its author. Not "Reviewed
 * by" alone, which signs a book's or a film's review, whose reviewer is its author. Estonian "Toimetaja: …" (ERR closes its
 * stories with it over "Allikas: ERR" and the date: read as a headline, it would end the article there, and the source and the
 * date under it be taken for a related story's). 0 bench raw lines. "Edited by:" with a colon too, as DW closes its stories
 * (1 bench raw line, a fact-checker's, not gold).
 */
export const EDITOR_ROLES = String.raw`(?:(?:editor|redaktur|penyunting|edição|edicao|toimetaja)\s*:\s*|(?:edited by|editado por|(?:medically|clinically) reviewed by|fact[- ]checked by)(?:\s*:\s*|\s+))`;
const EDITOR_LABEL = new RegExp(`^${EDITOR_ROLES}`, 'iu');
/**
 * A Chinese editor's credit: "责任编辑：李华" ("editor in charge"), "编辑：…", "責任編輯：…", "责编：…", maybe in
 * brackets, as Chinese papers close their stories ("（责任编辑：王伟）"), a name or names of two to four ideographs.
 * It is no unrelated headline after the article, and the editor is not the author. Taiwan's CNA sets a date
 * code after it, the Minguo year, month and day ("（編輯：林家嫺）1151204").
 */
const CHINESE_EDITOR_CREDIT_BODY = String.raw`(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*\p{Script=Han}{2,4}(?:[、，,\s]+\p{Script=Han}{2,4})*`;
const MINGUO_DATE_CODE = String.raw`(?:\s*\d{7})?`;
const CHINESE_EDITOR_CREDIT = new RegExp(`^[（(]?${CHINESE_EDITOR_CREDIT_BODY}[）)]?${MINGUO_DATE_CODE}$`, 'u');
/**
 * Such a credit in its brackets run onto the last paragraph with no line break ("…盼各界支持。（編輯：林家嫺）1151204", as CNA
 * closes its stories): with the date code the paragraph has no sentence's end and would go whole as a headline after the article.
 */
const RUN_ON_CHINESE_EDITOR_CREDIT = new RegExp(`(?<=\\S)\\s*[（(]${CHINESE_EDITOR_CREDIT_BODY}[）)]${MINGUO_DATE_CODE}$`, 'u');
/** The bracketed Chinese editor's credit ending a line with text before it (RUN_ON_CHINESE_EDITOR_CREDIT), else null. */
export const runOnEditorCredit = (text: string): string | null => RUN_ON_CHINESE_EDITOR_CREDIT.exec(text)?.[0] ?? null;
/** Not /i: it would let \p{Lu} match lower case. */
const ROLE_NAMES = new RegExp(`^${NAMES}$`, 'u');
/** The names after a role's label (ROLE_LABEL, EDITOR_LABEL), else undefined. */
function roleName(text: string, role = ROLE_LABEL): string | undefined {
  const label = role.exec(text);
  const names = label ? text.slice(label[0].length) : undefined;
  // Without a colon, two names or more: "Texto de Natal" ("Christmas text") is a menu's link.
  const enough = label?.[0].includes(':') || /\s/u.test(names ?? '');
  return names !== undefined && enough && ROLE_NAMES.test(names) ? names : undefined;
}
/**
 * A Greek byline: the genitive article, then two names or more in the genitive ("Της Ελένης
 * Παπαδοπούλου", "Του Γιώργου Νικολάου", "Των Νίκου Δήμου και Μαρίας Κωστή"). Read as another
 * label, a headline opening with the article ("Του χρόνου θα …") would be one: names alone follow it.
 * Upper-case "ΚΑΙ" ("and") is no name: read both ways, a failing line of 24 words took 3.7 s.
 */
const GREEK_BYLINE = /^(?:Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)\s+(\p{Lu}[\p{L}\p{M}.-]*(?:(?:\s+|,\s+|\s+(?:και|ΚΑΙ)\s+)(?!ΚΑΙ(?![\p{L}\p{M}.-]))\p{Lu}[\p{L}\p{M}.-]*)+)$/u;
/**
 * An Arabic byline: "wrote" (كتب, or feminine كتبت) and a name of two to four words alone after it ("كتب محمد عبد الرحمن", as
 * Youm7 and Masrawy sign). Arabic has no capitals to tell a name, so a short line: "كتب الرئيس رسالة إلى البرلمان يطالب فيها"
 * (the president wrote a letter …) is a sentence.
 */
const ARABIC_BYLINE = /^(?:كتب|كتبت)\s*[:：-]?\s*(\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){1,3})$/u;
/**
 * A podcast's or a video's host, its author: "Presented by Laura Finch", "Hosted by Sam Okoro and Ana
 * Ruiz" (names alone: "Presented by the mayor, the award went to …" is a sentence), no page's title.
 * Two names or more: one alone is a sponsor's ("Presented by Toyota"). A public radio's episode page labels
 * its host "Host: Jane Doe". Not /i: it would
 * let \p{Lu} match lower case.
 */
export const HOST_BYLINE = /^(?:(?:[Pp]resented|PRESENTED|[Hh]osted|HOSTED) (?:by|BY):?|(?:[Hh]osts?|HOSTS?):)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:\s+|,\s+|\s+(?:and|&)\s+)\p{Lu}[\p{L}\p{M}'’.-]*)+)$/u;
/**
 * "By" run into the name, as a page's markup joins its label and link without a space ("ByMary
 * Kekatos", ABC News): the author is the name, not the line. Names alone after it, "By" in that case and a
 * capital then a small letter: no word opens so ("Byzantine", "BYU").
 */
const RUN_IN_BYLINE = /^By(\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?:(?:\s+|,\s+|\s+(?:and|&)\s+)\p{Lu}[\p{L}\p{M}'’.-]*)+)$/u;
const CHINESE_WIRE_BYLINE = new RegExp(`^[〔［[(（]?${CHINESE_WIRE_HEADER}[〕］\\])）]?$`, 'u');
/** A Korean byline: the name before 기자 ("reporter"), maybe with an e-mail address. */
const KOREAN_BYLINE = /^(\p{Script=Hangul}{2,4}(?:\s*[·,]\s*\p{Script=Hangul}{2,4})*)\s?기자(?:\s+\S+@\S+)?$/u;
/**
 * A Korean outlet's credit in square brackets opening a paragraph of the story, the outlet (or the place and the outlet) before
 * "=": the reporter's name and 기자 inside ("[OSEN=김민경 기자]"-shaped) or after it ("[서울=뉴시스] 홍길동 기자 = "), or a columnist's
 * name and the possessive 의 before the column's name, maybe after the writer's job title ("[엔터미디어=정덕현의 이슈공감]"-shaped,
 * "[엔터미디어=소설가 박생강의 옆구리tv]"). The credit stays in the paragraph, as a dateline does.
 */
const KOREAN_CREDIT_REPORTER = /^\[[^[\]=]{1,20}=\s*(\p{Script=Hangul}{2,4})\s?기자\s*\]|^\[[^[\]=]{1,20}=[^[\]]{1,20}\]\s*(\p{Script=Hangul}{2,4})\s?기자\s*=/u;
const KOREAN_CREDIT_COLUMNIST = /^\[[^[\]=]{1,20}=(?:\p{Script=Hangul}{2,6}\s)?(\p{Script=Hangul}{3})의\s[^[\]]{1,20}\]/u;
/**
 * The family names most Koreans bear (over nine in ten of them): a columnist's name before 의 opens with one. A column's name of
 * that shape opens with another syllable as often ("드라마의 …", "the drama's").
 */
const KOREAN_FAMILY_NAMES = new Set([...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부']);
/** The author a Korean credit opening one of the story's first `paragraphs` names (KOREAN_CREDIT_REPORTER, KOREAN_CREDIT_COLUMNIST), else null. */
export function koreanCreditAuthor(paragraphs: readonly string[]): string | null {
  for (const text of paragraphs) {
    if (!text.startsWith('[')) continue;
    const reporter = KOREAN_CREDIT_REPORTER.exec(text);
    if (reporter) return reporter[1] ?? reporter[2]!;
    const columnist = KOREAN_CREDIT_COLUMNIST.exec(text)?.[1];
    if (columnist !== undefined && KOREAN_FAMILY_NAMES.has(columnist[0]!)) return columnist;
  }
  return null;
}
/**
 * A Japanese byline: the name, then 記者 ("reporter"), as Japanese papers sign ("山田太郎記者", "山田 太郎 記者", a given name in
 * kana: "田中みどり記者"). The name is a Han name (isHanName: not an
 * office's or an agency's, "本報記者", "共同通信記者") or a family name and a given name in kana; else undefined.
 */
const JAPANESE_BYLINE = /^(.+?)[ \u3000]?記者$/u;
const KANA_GIVEN_NAME = /^\p{Script=Han}{1,3}[ \u3000]?[\p{Script=Hiragana}\p{Script=Katakana}]{2,4}$/u;
function japaneseByline(text: string): string | undefined {
  const name = JAPANESE_BYLINE.exec(text)?.[1];
  return name !== undefined && (isHanName(name) || KANA_GIVEN_NAME.test(name)) ? name : undefined;
}
/**
 * A headline about a "von der" name, not a German byline: "Von der Leyen says …", "Von der Leyen
 * fordert …" (a capitalised name, then a word in lower case: the sentence goes on). "Von der
 * Redaktion" ("by the editors") is a byline. Not /i: it would let \p{Lu} match lower case.
 */
const VON_DER_HEADLINE = /^(?:von|Von|VON) (?:der|den|dem) \p{Lu}[\p{L}\p{M}'’-]*\s+\p{Ll}/u;
/**
 * A headline opening with another language's label for "by", not a byline: "Par avion, le courrier…", "Door de storm vallen
 * bomen om", "Av alla dagar", "Por primera vez, …", "Von heute auf morgen", Vietnamese "Bởi vì …" ("because"): the label, then
 * a word in lower case or a number. A byline goes on with a name ("Par Jean Dupont", "door Jan de Vries", "Av TT", "Por Ana
 * Souza") or with the newsroom or "our" ("Par la rédaction", "Par notre envoyé spécial", "Door onze verslaggever", "Av
 * redaktionen", "Por nuestro corresponsal", "Von unserem Korrespondenten") or an article and a capital ("Por la Redacción",
 * "Von der Redaktion": the newsroom, which isNewsroom reads). So with a blog theme's "posted by" or "written by" in another
 * language ("Publicado por primera vez en 1998" is no byline). "Por primera vez, …" gives no author "primera vez, …". Not /i:
 * it would let \p{Ll} match upper case.
 */
const LABEL_HEADLINE =
  /^(?:[Pp]ar|PAR|[Dd]oor|DOOR|[Aa][vf]|A[VF]|[Pp]or|POR|[Vv]on|VON|[Bb]ởi|BỞI|(?:[Pp]ublicado|[Ee]scrito) por|(?:[Pp]ublié|[ÉéEe]crit) par|(?:[Pp]ubblicato|[Ss]critto) da)\s+(?!(?:la rédaction|notre|nos|de redactie|onze|redactie|redaktionen|redaksjonen|vår|våra|vårt|våre|vores|la redacción|redacción|nuestros?|nuestras?|a redação|redação|nossos?|nossas?|unsere[mnrs]?)(?![\p{L}\p{M}])|(?:la|le|les|el|los|las|a|o|de|het|der|dem|den)\s+\p{Lu})[\p{Ll}\p{N}]/u;
/**
 * What follows "by" in a phrase, not a byline: an article, then a word in lower case ("By the end of
 * the day on March 3, 2020", "By the numbers", "Por la tarde"), or a possessive ("From our sponsor:
 * ShipRight Logistics", a trade journal's sponsored box): its text is no author. A
 * newsroom signs so ("by the editorial board", "par la rédaction"), and a reporter named by their job
 * title ("by a staff reporter"): isNewsroom and JOB_TITLE tell them.
 */
const ARTICLE_PHRASE = /^(?:the|a|an|la|le|les|el|los|las|der|die|das|het|our|your|my|their|its)\s+\p{Ll}/u;
/** A possessive capitalised as a box's heading is ("From Our Partners", "From Your Community", over links): no name opens so. */
const POSSESSIVE_PHRASE = /^(?:our|your|my|their)\s/iu;
/**
 * A verb's -ing form in lower case after "by", the opening of a consent line or an instruction, no name: News24's "By
 * signing up, you agree to our Terms and Conditions" (no full stop) under a sign-up box after the article is no author
 * over the reporter's name in the header. Not /i: a capital is a name's ("By Sterling Jones").
 */
const GERUND_PHRASE = /^\p{Ll}{3,}ing\s/u;
/**
 * A quantifier or a demonstrative opening what follows "by", in any case: a phrase ("by all accounts") or a show's or a column's
 * name in a menu, capitalised as a title is (a radio site's "By Any Means Necessary" among its programmes, which as the page's
 * first byline would keep the headline under it from the title's candidates). No name opens with one.
 */
const QUANTIFIER_PHRASE = /^(?:any|all|every|each|some|this|that|these|those)\s/iu;
const isPhraseAfterBy = (name: string): boolean => GERUND_PHRASE.test(name) || QUANTIFIER_PHRASE.test(name) || ((ARTICLE_PHRASE.test(name) || POSSESSIVE_PHRASE.test(name)) && !isNewsroom(name) && !JOB_TITLE.test(name));
/**
 * A reporter's beat written before the name, in lower case ("By health reporter Rachel Clayton", "By national science,
 * technology and environment reporter Michael Slezak", ABC News (Australia)'s bylines): no part of the author's name.
 */
const BEAT_BEFORE_NAME = /^\p{Ll}[\p{L}'’&-]*(?:,?\s+[\p{L}'’&-]+){0,5}?\s+(?:reporter|correspondent)\s+(?=\p{Lu}\p{Ll})/u;
/**
 * "from" and words in lower case, no capital on the line: the end of the line above, not a byline ("Science News" over
 * "from research organizations", ScienceDaily's tagline: no author "research organizations"). A byline
 * names a person or an outlet with a capital ("from Walden Media"), or opens with one ("From staff reports").
 */
const FROM_PHRASE = /^from\s+[^\p{Lu}]*$/u;
/**
 * What a menu's or an archive's filter sorts its items by, after "By" ("By Country" over "England", "Scotland", a rugby
 * site's menu; PolitiFact's "By subject"): "Country" is no author. The line is still read as a byline, no
 * author's (metadata/lift.ts), as a desk's is: PolitiFact's filters removed so leave its header as it was.
 */
const MENU_FILTER = /^(?:country|countries|region|state|city|topic|subject|speaker|category|date|author|team|sport|location|type|section|tag|month|year|issue|brand|price|rating|popularity)$/iu;
export const isMenuFilter = (name: string): boolean => MENU_FILTER.test(name);
/** A label before a news agency written in lower case ("Von dpa", "Von dpa/AFP"): a byline, though LABEL_HEADLINE reads a headline. */
const isAgencyAfterLabel = (text: string): boolean => isNewsAgencyName(BYLINE.exec(text)?.[1]?.split(/[\s/,]/u)[0] ?? '');
/** A comma or colon closing a byline line: its role stands on the next line (Forbes' "By Jane Doe," over "Contributor."). */
const LINE_END_MARK = /\s*[,;:]$/u;
export const bylineName = (text: string): string | undefined => {
  if (VON_DER_HEADLINE.test(text) || (LABEL_HEADLINE.test(text) && !isAgencyAfterLabel(text)) || FROM_PHRASE.test(text)) return undefined;
  const name = (BYLINE.exec(text) ?? ITALIAN_BYLINE.exec(text) ?? GREEK_BYLINE.exec(text) ?? ARABIC_BYLINE.exec(text) ?? HOST_BYLINE.exec(text) ?? RUN_IN_BYLINE.exec(text) ?? KOREAN_BYLINE.exec(text) ?? CHINESE_WIRE_BYLINE.exec(text) ?? THAI_BYLINE.exec(text) ?? KHMER_BYLINE.exec(text) ?? LAO_BYLINE.exec(text) ?? AMHARIC_BYLINE.exec(text))?.[1] ?? roleName(text) ?? roleName(text, INDONESIAN_REPORT) ?? casedLabelName(text) ?? roleName(text, IRISH_LABEL) ?? roleName(text, ROMANIAN_LABEL) ?? swahiliName(text) ?? commaAuthorName(text) ?? japaneseByline(text);
  return name !== undefined && isPhraseAfterBy(name) ? undefined : name?.replace(BEAT_BEFORE_NAME, '').replace(LINE_END_MARK, '');
};
/**
 * A byline whose name the page left empty (a CMS with no author set): "By" alone, else in the body,
 * the first sentence of sentences.csv. "From" alone too (a line of its own, it is no sentence); not
 * "Door", Dutch for "by" but an English word, nor "Von", which a search box's date filter sets over "an" ("from", "to"). The
 * Spanish "Por" too, as La Nación sets it over the author's name in its card after the story.
 */
const EMPTY_BYLINE = /^(?:(?:by|from|por|written by|reporting by|story by|posted by|words by|text by|publicado por|escrito por|publié par|écrit par|pubblicato da|scritto da|interview by|presented by|hosted by)\s*[:—–-]?|(?:author|نویسنده)\s*[,،:])$/iu;
/**
 * A byline's label alone on its line ("By", "By —"; the BBC's "Author," and BBC Persian's "نویسنده,", over the name and
 * the author's "Role,"): its name may stand on the next line (header-byline.ts namesUnderBylineLabels).
 */
export const isEmptyByline = (line: Line): boolean => EMPTY_BYLINE.test(line.text);
/**
 * The heading of a box listing the story's authors alone on its line, maybe with a colon: RBC sets "Авторы" after the story with
 * each name on a line under it (header-byline.ts namesUnderAuthorsHeading). In the languages whose "author" BYLINE reads.
 */
const AUTHORS_HEADING = /^(?:authors?|авторы|автори|автор|autoren|autorin|autor|autora|autores|auteurs?|autori|autore)\s*:?$/iu;
export const isAuthorsHeading = (line: Line): boolean => AUTHORS_HEADING.test(line.text);

/**
 * An Indonesian desk's code, the reporter's and the editor's initials in brackets on a line of their own: "(ant/sur)",
 * "(mhd)", "(rdp/imk)", as Antara and detik set them under a paragraph, between two paragraphs a paragraph to the line
 * model. Lowercase letters only, two to four a name, four names at most.
 */
const DESK_CODE = /^\([a-z]{2,4}(?:\/[a-z]{2,4}){0,3}\)$/u;
export const isEditorCredit = (line: Line): boolean => roleName(line.text, EDITOR_LABEL) !== undefined || CHINESE_EDITOR_CREDIT.test(line.text) || DESK_CODE.test(line.text);
export const isByline = (line: Line): boolean => bylineName(line.text) !== undefined && !line.endsWithSentencePunctuation;
