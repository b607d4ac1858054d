// Header lines that carry the article's metadata: bylines, date lines, source credits. They are
// removed from the body and their content lifted into the article's metadata.
import type { ArticleMetadata, DateOrder } from '../types.js';
import { asciiDigits, isMonthName, readDate, writesFullYear } from '../text/dates.js';
import { datelineAt, NEWS_AGENCIES } from '../text/dateline.js';
import { WIRE_CREDIT_ROLES } from '../text/wire-credit.js';
import { isEmbeddedPostSignature } from './embedded.js';
import { BIO_NAME } from './features/authors.js';
import { PAGER_WORD } from './features/links.js';
import { isProse } from './features/shape.js';
import { isReadingTime, isTimeStamp } from './features/stamps.js';
import { describeLine, type Line } from './lines.js';
import { isNetworkName, isNewsAgencyName, isNewsService, isOutlet, NETWORK_KEYS, SECTION_WORDS } from './outlets.js';

/**
 * A byline: its label, then a colon or a spaced dash or bar ("By: Jane Doe", "By - Jane Doe"; not
 * "By-election") or a space, then a name with a letter. "By: Jane Doe" was no byline and stayed in
 * the body; "By : Jane Doe" gave the byline ": Jane Doe"; France 24's "Text by: …" had opened the body (session 39).
 * Other languages' labels too: "by"
 * ("بقلم …", "מאת …", Chinese "记者 王伟": a sentence "记者从…" has no space) and, only with a
 * colon, "author" ("Autor: …", "Автор: …", "作者：…"; "Autor des Jahres" is a heading). They had
 * stayed nameless page text, and a Traditional Chinese page's "記者 陳志明／台北報導" was its title.
 */
const BYLINE =
  /^(?:(?:by|from|written by|reporting by|story by|posted by|words by|text by|interview by|por|par|von|door|av|af|bởi|بقلم|מאת|记者|記者)(?:\s*[:：]\s*|\s+[|–—-]+\s+|\s+)|(?:authors?|autor|autorka|автор|yazar|tác giả|लेखक|作者)\s*[:：]\s*)((?=[^\p{L}]*\p{L})[^\s:：|–—-].*)$/iu;
/**
 * An Italian byline: "di" in lower case, then names alone ("di Mario Rossi", "di Mario Rossi e Anna
 * Bianchi", "di Anna di Stefano"). Read as other labels, in any case and before any text, it took
 * headlines for bylines: "Di Maio says the government will fall" gave the byline "Maio says the…".
 */
const ITALIAN_BYLINE = /^di(?:\s*:\s*|\s+)(\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:\s+|,\s+|\s+e\s+)(?:\p{Lu}[\p{L}\p{M}'’.-]*|d[aeio]|del|della|dello|la|lo))*)$/u;
/**
 * Capitalised names and nothing else, joined by commas or "and" in the languages whose role labels
 * ROLE_BYLINE and EDITOR_CREDIT read ("Budi Santoso dan Sari Dewi", "Ana Souza e João Lima"), with
 * the lowercase particles of names ("Ana de la Cruz", "Hugo dos Santos").
 */
const NAMES = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:(?:\\s+|,\\s+|\\s+(?:and|dan|e|y|&)\\s+)(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|d[aeiou]s?|del|della|la|van|von|bin|binti))*";
/**
 * A writer named by their role, names alone after it (ROLE_NAMES): Indonesian "Penulis: Budi Santoso"
 * ("writer"), "Oleh: Budi Santoso" or "Oleh Budi Santoso" ("by"), "Reporter: Jane Doe", "Wartawan: …",
 * Portuguese "Texto de Ana Souza" or "Texto: Ana Souza", "Reportagem: …". They had stayed in the body,
 * and the article had no author. "Reporter" only with its colon: "Reporter Jane Doe" opens a caption
 * or a sentence ("Reporter Jane Doe was injured"); "Texto de" goes on a headline ("Texto de lei …")
 * unless names alone follow it, and a menu's link ("Texto de Natal") unless two or more do.
 */
const ROLE_LABEL = /^(?:(?:penulis|reporter|wartawan|oleh|texto|reportagem)\s*:\s*|(?:oleh|texto de|texto e fotos de)\s+)/iu;
/**
 * The Swahili "by", "Na", before names alone: Mwananchi signs "Na Elizabeth Edward", which had been page text,
 * and the story had no author. Capitalised as a label is: "na" is also Swahili's "and" ("na wakulima …"), and in
 * Polish or Czech "on" ("Na Ukrainie", "Na Slovensku": one word, no names; ROLE_NAMES reads two or more).
 */
const SWAHILI_LABEL = /^(?:Na|NA)\s+/u;
/**
 * Swahili writes names in the Latin alphabet without diacritics; Polish and Czech write places after "Na" with them: "Na
 * Dolnym Śląsku" ("in Lower Silesia"), "Na Starém Městě", a subheading, had been a byline, the author "Dolnym Śląsku".
 */
const SWAHILI_NAMES = /^[A-Za-z'’.,\s-]+$/u;
/** The names after the Swahili label (SWAHILI_LABEL), written as Swahili writes them (SWAHILI_NAMES), else undefined. */
function swahiliName(text: string): string | undefined {
  const names = roleName(text, SWAHILI_LABEL);
  return names !== undefined && SWAHILI_NAMES.test(names) ? names : undefined;
}
/**
 * An editor's credit: "Editor: Sari Dewi", Indonesian "Redaktur: …", "Penyunting: …", Portuguese "Edição:
 * …", "Edited by Tom Smith", "Editado por …" (names alone after it). The editor is not the author: the
 * line had stayed in the body (an Indonesian page's last paragraph) and is removed as EDITOR_CREDIT.
 * A health site's reviewer is an editor too, "Medically reviewed by Alana Biggers, M.D., MPH", "Fact checked by
 * Jill Seladi-Schulman, PhD" (Healthline): a name the writer's story was checked by, not its author. Not "Reviewed
 * by" alone, which signs a book's or a film's review, whose reviewer is its author.
 */
const EDITOR_ROLES = String.raw`(?:(?:editor|redaktur|penyunting|edição|edicao)\s*:\s*|(?:edited by|editado por|(?:medically|clinically) reviewed by|fact[- ]checked by)\s+)`;
const EDITOR_LABEL = new RegExp(`^${EDITOR_ROLES}`, 'iu');
const EDITOR_CREDIT = 'editor credit';
/**
 * A Chinese editor's credit: "责任编辑：李华" ("editor in charge"), "编辑：…", "責任編輯：…", "责编：…", maybe in
 * brackets, as Chinese papers close their stories ("（责任编辑：王伟）"), a name or names of two to four ideographs.
 * It had been an unrelated headline after the article; the editor is not the author. Taiwan's CNA sets a date
 * code after it, the Minguo year, month and day ("（編輯：林家嫺）1151204").
 */
const CHINESE_EDITOR_CREDIT_BODY = String.raw`(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*\p{Script=Han}{2,4}(?:[、，,\s]+\p{Script=Han}{2,4})*`;
const MINGUO_DATE_CODE = String.raw`(?:\s*\d{7})?`;
const CHINESE_EDITOR_CREDIT = new RegExp(`^[（(]?${CHINESE_EDITOR_CREDIT_BODY}[）)]?${MINGUO_DATE_CODE}$`, 'u');
/**
 * Such a credit in its brackets run onto the last paragraph with no line break ("…盼各界支持。（編輯：林家嫺）1151204", as CNA
 * closes its stories): with the date code the paragraph had no sentence's end and went whole as a headline after the article.
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
 * A podcast's or a video's host, its author: "Presented by Laura Finch", "Hosted by Sam Okoro and Ana
 * Ruiz" (names alone: "Presented by the mayor, the award went to …" is a sentence). It had been the
 * page's title. Two names or more: one alone is a sponsor's ("Presented by Toyota"). Not /i: it would
 * let \p{Lu} match lower case.
 */
/**
 * An Arabic byline: "wrote" (كتب, or feminine كتبت) and a name of two to four words alone after it
 * ("كتب محمد عبد الرحمن", as Youm7 and Masrawy sign): the line had been page text and the article had
 * no author. Arabic has no capitals to tell a name, so a short line: "كتب الرئيس رسالة إلى البرلمان
 * يطالب فيها" (the president wrote a letter …) is a sentence.
 */
const ARABIC_BYLINE = /^(?:كتب|كتبت)\s*[:：-]?\s*(\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){1,3})$/u;
const HOST_BYLINE = /^(?:[Pp]resented|PRESENTED|[Hh]osted|HOSTED) (?:by|BY):?\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:\s+|,\s+|\s+(?:and|&)\s+)\p{Lu}[\p{L}\p{M}'’.-]*)+)$/u;
/**
 * "By" run into the name, as a page's markup joins its label and link without a space ("ByMary
 * Kekatos", ABC News): the line had been the author. Names alone after it, "By" in that case and a
 * capital then a small letter: no word opens so ("Byzantine", "BYU").
 */
const RUN_IN_BYLINE = /^By(\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?:(?:\s+|,\s+|\s+(?:and|&)\s+)\p{Lu}[\p{L}\p{M}'’.-]*)+)$/u;
/**
 * A Chinese wire header with no space after 記者 ("reporter"): "記者王小明／台北報導", "记者李娜/北京报道", in
 * the brackets Taiwanese papers set it in ("〔記者王小明／台北報導〕"). The place and "reported" after the
 * slash tell it from a sentence opening with 記者 ("记者从市政府获悉…"); the name is the author, the
 * place where it was reported from. It had been the page's title or first paragraph.
 */
const CHINESE_WIRE_HEADER = String.raw`(?:記者|记者)(\p{Script=Han}{2,4}(?:[、，,]\s*\p{Script=Han}{2,4})*)\s*[／/∕]\s*\p{Script=Han}{1,8}(?:報導|报道)`;
const CHINESE_WIRE_BYLINE = new RegExp(`^[〔［[(（]?${CHINESE_WIRE_HEADER}[〕］\\])）]?$`, 'u');
/**
 * Such a header in its brackets run into the paragraph it heads, with no line break ("〔記者王小明／台北報導〕
 * 行政院今天…"): it had stayed in the body, its first words, and the article had no author.
 */
const RUN_IN_CHINESE_WIRE_HEADER = new RegExp(`^[〔［[(（]${CHINESE_WIRE_HEADER}[〕］\\])）](?=\\s*\\S)`, 'u');
/** The bracketed Chinese wire header opening a line with text after it (RUN_IN_CHINESE_WIRE_HEADER) and its author, else null. */
export function runInWireHeader(text: string): { header: string; author: string } | null {
  const header = RUN_IN_CHINESE_WIRE_HEADER.exec(text);
  return header && { header: header[0], author: header[1]! };
}
/**
 * Taiwan's Central News Agency's credit opening a story, its reporters, the place and the day in one bracket: "（中央社記者
 * 王小明台北4日電）" ("CNA reporter Wang Xiaoming, Taipei, 4th, wire"), "（中央社記者王小明、李大華東京4日專電）", or the place
 * alone ("（中央社台北4日電）"). It stays in the body, as a dateline does (the place and the day are the story's); the story had
 * no author and no source. No mark parts the last name from the place: the name is three ideographs, as most Chinese names
 * are, before a place of two to four ("台北", "布魯塞爾"), or two where four ideographs stand in all, or before a place of
 * three or four the agency reports from abroad (CNA_PLACES: "林昱華盛頓" had given the author "林昱華").
 */
const CNA_CREDIT = /^[（(]中央社(?:記者((?:\p{Script=Han}{2,4}、)*)(\p{Script=Han}{4,7})|\p{Script=Han}{2,4})\d{1,2}日專?電[）)]/u;
const CNA_PLACE_NAME_WORDS = 4;
const CNA_SHORT_NAME = 2;
/** Places of three or four ideographs CNA's correspondents report from (its bureaus abroad and the cities they cover). */
const CNA_PLACES: ReadonlySet<string> = new Set([
  '華盛頓', '洛杉磯', '舊金山', '休士頓', '芝加哥', '西雅圖', '波士頓', '亞特蘭大', '多倫多', '溫哥華', '渥太華', '墨西哥市', '聖保羅',
  '新加坡', '雅加達', '吉隆坡', '馬尼拉', '胡志明市', '新德里', '莫斯科', '日內瓦', '維也納', '布拉格', '華沙',
  '布魯塞爾', '法蘭克福', '斯特拉斯堡', '阿姆斯特丹', '馬德里', '里斯本', '耶路撒冷', '伊斯坦堡', '安卡拉', '德黑蘭', '利雅德', '阿布達比',
  '墨爾本', '坎培拉', '奧克蘭', '威靈頓', '約翰尼斯堡',
]);
/** What a CNA credit opening the body (CNA_CREDIT) gives: the agency, and its reporters joined by "、" as the credit joins them (null when it names none); else null. */
export function agencyCredit(body: string): { agency: string; author: string | null } | null {
  const credit = CNA_CREDIT.exec(body);
  if (!credit) return null;
  const last = credit[2];
  if (last === undefined) return { agency: '中央社', author: null };
  const short = last.length === CNA_PLACE_NAME_WORDS || CNA_PLACES.has(last.slice(CNA_SHORT_NAME));
  return { agency: '中央社', author: `${credit[1]!}${last.slice(0, short ? CNA_SHORT_NAME : CNA_SHORT_NAME + 1)}` };
}
/** A Korean byline: the name before 기자 ("reporter"), maybe with an e-mail address. */
const KOREAN_BYLINE = /^(\p{Script=Hangul}{2,4}(?:\s*[·,]\s*\p{Script=Hangul}{2,4})*)\s?기자(?:\s+\S+@\S+)?$/u;
/**
 * A Japanese byline: the name, then 記者 ("reporter"), as Japanese papers sign ("山田太郎記者", "山田 太郎 記者", a given name in
 * kana: "田中みどり記者"). It had been page text, and the story had no author. The name is a Han name (isHanName: not an
 * office's or an agency's, "本報記者", "共同通信記者") or a family name and a given name in kana; else undefined.
 */
const JAPANESE_BYLINE = /^(.+?)[ \u3000]?記者$/u;
const KANA_GIVEN_NAME = /^\p{Script=Han}{1,3}[ \u3000]?[\p{Script=Hiragana}\p{Script=Katakana}]{2,4}$/u;
function japaneseByline(text: string): string | undefined {
  const name = JAPANESE_BYLINE.exec(text)?.[1];
  return name !== undefined && (isHanName(name) || KANA_GIVEN_NAME.test(name)) ? name : undefined;
}
/**
 * A social handle or e-mail address after the name, maybe after a bar or comma: "Sofia Rossi
 * @sofiarossi", "Tom Ellis, tom@paper.example"; also before the outlet the byline is signed with
 * ("Ellen Okafor | eokafor@denverpost.com | The Denver Post", as MediaNews Group's papers set it):
 * the address had stayed in the author's name.
 */
const CONTACT_AFTER_NAME = /(?<=[\p{L}\p{M}.])\s*(?:[|,]\s*)?(?:@[\p{L}\p{N}_.]+|[^\s@|,]+@[^\s@|,]+\.[^\s@|,]+)(?=\s*[|,]|$)/u;
/** A comma spaced as some pages set it between names ("Matthew Digby , Minh Do"): the byline has it unspaced. */
const SPACED_COMMA = /\s+,/gu;
/** Where a Chinese reporter reported from, after the name: "記者 陳志明／台北報導". */
const CHINESE_REPORTING_PLACE = /(?<!\s)\s*[／/∕]\s*\p{L}{1,8}(?:報導|报道)$/u;
/**
 * A headline about a "von der" name, not a German byline: "Von der Leyen says …", "Von der Leyen
 * fordert …" (a capitalised name, then a word in lower case: the sentence goes on). "Von der
 * Redaktion" ("by the editors") is a byline. Not /i: it would let \p{Lu} match lower case.
 */
const VON_DER_HEADLINE = /^(?:von|Von|VON) (?:der|den|dem) \p{Lu}[\p{L}\p{M}'’-]*\s+\p{Ll}/u;
/**
 * A headline opening with the French, Dutch or Scandinavian label for "by", not a byline: "Par avion,
 * le courrier…", "Door de storm vallen bomen om", "Av alla dagar" (the label, then a word in lower
 * case or a number). A byline goes on with a name ("Par Jean Dupont", "door Jan de Vries", "Av TT")
 * or with the newsroom or "our" ("Par la rédaction", "Par notre envoyé spécial", "Door onze
 * verslaggever", "Av redaktionen"). Not /i: it would let \p{Ll} match upper case.
 */
const LABEL_HEADLINE =
  /^(?:[Pp]ar|PAR|[Dd]oor|DOOR|[Aa][vf]|A[VF])\s+(?!(?:la rédaction|notre|nos|de redactie|onze|redactie|redaktionen|redaksjonen|vår|våra|vårt|våre|vores)(?![\p{L}\p{M}]))[\p{Ll}\p{N}]/u;
/**
 * What follows "by" in a phrase, not a byline: an article, then a word in lower case ("By the end of
 * the day on March 3, 2020", "By the numbers", "Por la tarde"), or a possessive ("From our sponsor:
 * ShipRight Logistics", a trade journal's sponsored box, had been the author). Its text had been the author. A
 * newsroom signs so ("by the editorial board", "par la rédaction"), and a reporter named by their job
 * title ("by a staff reporter"): isNewsroom and JOB_TITLE tell them.
 */
const ARTICLE_PHRASE = /^(?:the|a|an|la|le|les|el|los|las|der|die|das|het|our|your|my|their|its)\s+\p{Ll}/u;
const isPhraseAfterBy = (name: string): boolean => ARTICLE_PHRASE.test(name) && !isNewsroom(name) && !JOB_TITLE.test(name);
/**
 * A reporter's beat written before the name, in lower case ("By health reporter Rachel Clayton", "By national science,
 * technology and environment reporter Michael Slezak", ABC News (Australia)'s bylines): it had been the author's name.
 */
const BEAT_BEFORE_NAME = /^\p{Ll}[\p{L}'’&-]*(?:,?\s+[\p{L}'’&-]+){0,5}?\s+(?:reporter|correspondent)\s+(?=\p{Lu}\p{Ll})/u;
export const bylineName = (text: string): string | undefined => {
  if (VON_DER_HEADLINE.test(text) || LABEL_HEADLINE.test(text)) return undefined;
  const name = (BYLINE.exec(text) ?? ITALIAN_BYLINE.exec(text) ?? GREEK_BYLINE.exec(text) ?? ARABIC_BYLINE.exec(text) ?? HOST_BYLINE.exec(text) ?? RUN_IN_BYLINE.exec(text) ?? KOREAN_BYLINE.exec(text) ?? CHINESE_WIRE_BYLINE.exec(text))?.[1] ?? roleName(text) ?? swahiliName(text) ?? japaneseByline(text);
  return name !== undefined && isPhraseAfterBy(name) ? undefined : name?.replace(BEAT_BEFORE_NAME, '');
};
/**
 * A byline whose name the page left empty (a CMS with no author set): "By" alone stayed in the body,
 * the first sentence of sentences.csv. "From" alone too (a line of its own, it is no sentence); not
 * "Door", Dutch for "by" but an English word.
 */
const EMPTY_BYLINE = /^(?:(?:by|from|written by|reporting by|story by|posted by|words by|text by|interview by|presented by|hosted by)\s*[:—–-]?|(?:author|نویسنده)\s*[,،:])$/iu;
/**
 * A byline's label alone on its line ("By", "By —"; the BBC's "Author," and BBC Persian's "نویسنده,", over the name and
 * the author's "Role,"): its name may stand on the next line (index.ts nameUnderBylineLabel).
 */
export const isEmptyByline = (line: Line): boolean => EMPTY_BYLINE.test(line.text);
// Not `\b`, which reads only ASCII letters as word characters: it never holds after "publié" and a space,
// so "Publié le 10 juillet 2023 à 09h12, modifié le …" (12 words) was no date line and left no date.
/** Labels of when the article was published (or of its date); UPDATE_LABELS, of when it was last changed. */
const PUBLICATION_LABELS = 'published|posted|date|first published|originally published|publicado|publié|pubblicato|veröffentlicht|publiziert|gepubliceerd|publikacja|opublikowano|giriş|yayınlanma|diterbitkan|опубликовано|تاريخ النشر|פורסם';
const UPDATE_LABELS = 'updated|last updated|last modified|modified|aktualisiert|mis à jour|mise à jour|modifié|actualizado|atualizado|aggiornato|modificato|modifica|bijgewerkt|aangepast|aktualizacja|zaktualizowano|güncelleme|son güncelleme|diperbarui|обновлено|آخر تحديث|עודכן|به‌روزرسانی شده|更新';
/**
 * Yonhap's label of the time it sent the story, which the page's markup runs into the date
 * ("송고시간2026-12-04 10:21"): no date line, it had been page text and the article had no date.
 */
const SENT_LABEL = '송고시간';
const DATE_LABEL = new RegExp(`^(?:(?:${PUBLICATION_LABELS}|${UPDATE_LABELS})(?![\\p{L}\\p{N}])|${SENT_LABEL})\\s*:?`, 'iu');
/**
 * A date's label alone on its line, the date on the next: The Straits Times sets "UPDATED" over "Dec 04, 2026, 06:40 PM"
 * (header.ts crosses it between the author's name and the date line).
 */
export const isDateLabelLine = (line: Line): boolean => !/\p{N}/u.test(line.text) && isLabelledDateWords(line);
/**
 * A date line giving when the article was last changed. The article's date is when it was
 * published: a page heading its dates "Updated: 18 Nov 2019 9:38 pm" then "Posted: ... 8:11 pm"
 * (3 of the 47 scrapinghub pages with two date lines, one of 75 in l3s-dev) had the update's.
 * French, Spanish, Portuguese and Italian labels too ("Mis à jour le …", "Actualizado: …"), and
 * Dutch, Polish, Turkish, Indonesian and Russian ("Aktualizacja: …" over "Publikacja: …", session 30), and
 * Arabic ("آخر تحديث: 4/12/2026 10:15 (توقيت مكة)", "last update", as Al Jazeera heads its stories; "تاريخ
 * النشر", "date of publication"): Al Jazeera's had been page text, and a page with no other date line undated. And
 * Hebrew: ynet's "פורסם: 04.12.26, 16:05" over "עודכן: 04.12.26, 17:20" (published, updated) had been page text,
 * its two-digit year's date unread unlabelled, and the article undated. And Chinese and Japanese 更新 ("updated"): CNA
 * sets "2026/12/4 16:30（12/4 18:05 更新）", a line of ten words that had been no date line but the page's title.
 */
const UPDATE_LABEL = new RegExp(`^(?:${UPDATE_LABELS})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * A publication label inside a date line that opens with its update ("Updated: 13 March 2026 10:15 |
 * Published: 12 March 2026 09:10", "Actualizado: … | Publicado: …"): the article's date is after it.
 * Read from the line's start, the update's date had been the article's.
 */
const PUBLICATION_INSIDE = new RegExp(`(?<![\\p{L}])(?:${PUBLICATION_LABELS})(?![\\p{L}\\p{N}])`, 'iu');
/** The part of a date line that dates the publication: from its publication label on when its update comes first, else all of it. */
function publicationPart(text: string): string {
  const inside = UPDATE_LABEL.test(text) ? PUBLICATION_INSIDE.exec(text) : null;
  return inside ? text.slice(inside.index) : text;
}
/**
 * A date of birth or death, as an obituary's facts box gives them ("Born: March 2, 1932", "Died:
 * September 29, 2023"): a date line, but not when the article was published. An obituary with no
 * other date line was dated 1932.
 */
const LIFE_DATE_LABEL = /^(?:born|died|date of (?:birth|death)|geboren|gestorben|née?|décédée?|nacid[oa]|fallecid[oa])(?![\p{L}\p{N}])/iu;
/**
 * Metadata whose byline a host's line gave (HOST_BYLINE): the next byline that is no host's replaces it. Politico's
 * newsletters set their sponsor so over the byline ("Presented by Wells Fargo" over "By Jane Doe and John Roe"), and
 * the sponsor had been the author.
 */
const bylinedByHost = new WeakSet<ArticleMetadata>();
/** Metadata whose date an update line gave: the next date line that is no update replaces it. */
const datedByUpdate = new WeakSet<ArticleMetadata>();
/** The date just set gives way to the next date line that is no update, as an update's does: a forwarding mail's "Sent:" (index.ts). */
export const giveWayToLaterDate = (metadata: ArticleMetadata): void => void datedByUpdate.add(metadata);
/**
 * The words of a date line besides its date: numbers and times, weekdays, time zones, labels and a
 * relative age. Reuters pages head the text with "December 28, 2023 4:15 PM GMT Updated 2 hours
 * ago": 11 words and no leading label, so it had stayed in the body (its "PM GMT" a keyphrase, its
 * date unread, and the dateline after it no longer opening the body, so no source). Time zones
 * spelled out too: Business Wire heads every release with "Tuesday, October 24, 2023 07:30 AM
 * Eastern Daylight Time" (9 words: no date was read). A Chinese, Japanese or Korean date and time
 * are words of figures and their units ("2026年11月30日", "16時45分", "오후", "3시"): a Japanese date
 * line of nine words to the segmenter had stayed unread, and been the page's title. A time's minutes
 * run into am or pm are one ("5:02am" gives "02am"): ABC News (Australia)'s "Posted Thu 4 Dec 2026 at
 * 5:02am, updated Thu 4 Dec 2026 at 9:47am", over the 14 words of other metadata lines, had been page text.
 */
const DATE_LINE_WORD =
  /^(?:\d+(?:st|nd|rd|th|[ap]m)?|\d{1,2}[h.]\d{2}|(?:\p{Nd}+[年月日時时分秒点點년월일시분초])+|午前|午後|上午|下午|오전|오후|[ap]m|[ap]\.m|gmt|utc|z|bst|cet|cest|eet|eest|wet|west|msk|mez|mesz|oez|oesz|ist|jst|kst|hkt|sgt|aest|aedt|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|mt|eastern|central|mountain|pacific|atlantic|daylight|standard|summer|time|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|published|updated|posted|last|first|modified|on|at|ago|an?|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)$/iu;
/**
 * A date line's words in German, French, Spanish, Portuguese, Italian and Dutch: weekdays, the words
 * joining day, month, year and time ("28 de noviembre de 2026 a las 09:45 horas", "le jeudi 3
 * décembre 2026 à 09h45", "09.45 Uhr"); Vietnamese weekdays, "thứ" and a numeral or "chủ nhật" (VnExpress
 * heads its stories "Thứ sáu, 4/12/2026, 08:15 (GMT+7)": nine words, it had been no date line); Persian's words of an age
 * ("۵ ساعت قبل", five hours ago: hour, minute, day, week, ago); Thai's "น." after the time ("o'clock": "4 ธ.ค. 69 10:15 น.", a
 * two-digit year's date line, had been page text). Not DATE_LINE_WORDs: "de" and "le" are words of names ("Ana
 * de la Cruz") that a byline after a date keeps.
 */
const OTHER_DATE_LINE_WORD =
  /^(?:thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda|terça|terca|quarta|quinta|sexta|feira|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|de|del|le|à|às|las|um|om|alle|ore|uhr|uur|h|hs|hora|horas|heure|heures|ساعت|دقیقه|روز|هفته|قبل|پیش|น)$/iu;
const isDateLineWord = (word: string): boolean => DATE_LINE_WORD.test(word) || OTHER_DATE_LINE_WORD.test(word) || isMonthName(word);
/** A numeric date as one word: "13.03.2026", "12.03.26". */
const NUMERIC_DATE_WORD = /^\d{1,4}(?:\.\d{1,4}){1,2}$/u;
/**
 * A line's words as date line words are told: letters and figures, dots inside ("13.03.2026"), and a script's marks and the
 * zero-width non-joiner Persian writes inside a word ("به‌روزرسانی", updated): without them the word was cut in two, and
 * neither half was a label's word.
 */
const DATE_LINE_WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.\u200c]*/gu;
/**
 * A figure the page's markup runs into a capitalised word, two boxes with no space between them: the Mirror's "08:31, 4
 * Dec 2026Updated 09:12, 4 Dec 2026". Read as one word, "2026Updated" was no date line word, and the article undated.
 */
const FIGURE_RUN_INTO_WORD = /(?<=\p{N})(?=\p{Lu}\p{Ll})/gu;
/**
 * A time's zone or its am or pm that the markup runs into the update's label in capitals after it: CNBC's "PUBLISHED TUE,
 * NOV 19 20197:05 AM ESTUPDATED TUE, NOV 19 20197:16 AM EST". "ESTUPDATED" was no date line word, and the article undated.
 */
const ZONE_RUN_INTO_LABEL = /(?<=(?<![\p{L}])(?:[AP]M|[A-Z]{1,3}T))(?=(?:UPDATED|PUBLISHED)(?![\p{L}]))/gu;
/** How many words of a line are no date line words (nor words of `also`, lower case), any script's digits read as ASCII. */
const otherThanDateWords = (text: string, also: ReadonlySet<string> = NO_STOPWORDS): number =>
  (asciiDigits(text).replace(FIGURE_RUN_INTO_WORD, ' ').replace(ZONE_RUN_INTO_LABEL, ' ').match(DATE_LINE_WORDS) ?? []).filter((word) => !(isDateLineWord(word.replace(/\.$/u, '')) || NUMERIC_DATE_WORD.test(word) || also.has(word.toLowerCase()))).length;
/** A line of a date and nothing but date line words (or words of `also`, lower case). */
const onlyDateWords = (text: string, also: ReadonlySet<string> = NO_STOPWORDS): boolean => otherThanDateWords(text, also) === 0;
/**
 * The words of the date labels ("mis", "à", "jour", "veröffentlicht", "aktualisiert") and the
 * prepositions joining a label to its date in German, Portuguese, Italian, Dutch, Indonesian, Spanish,
 * Polish and Russian ("am", "em", "il", "op", "pada", "pukul", "el", "w", "в").
 */
const LABEL_WORDS: ReadonlySet<string> = new Set([...`${PUBLICATION_LABELS}|${UPDATE_LABELS}`.split(/[| ]/u), 'am', 'em', 'il', 'op', 'pada', 'pukul', 'el', 'w', 'в']);
/** A date's label and nothing but date words (or a label's) after it: "Updated 11:42 PM EST", "UPDATED", "Posted: 4 Dec 2026". */
const isLabelledDateWords = (line: Line): boolean => DATE_LABEL.test(line.text) && onlyDateWords(line.text, LABEL_WORDS);
/**
 * Most words of a line giving both the publication and the update ("Veröffentlicht am 12. März 2026,
 * 09:10 Uhr, aktualisiert am 13. März 2026, 10:15 Uhr": 15), over the 14 of other metadata lines.
 */
const MAX_TWO_DATES_WORDS = 24;
/** A labelled line of dates, their labels and nothing else, as long as MAX_TWO_DATES_WORDS: it had stayed in the body as too long for metadata. */
const isLongDateLine = (line: Line): boolean => line.wordCount <= MAX_TWO_DATES_WORDS && isLabelledDateWords(line);
/**
 * The place a date line opens with, before a comma: one to four words in Title Case, maybe joined by
 * a particle ("Madrid, 28 de noviembre de 2026 - 09:45 CET", "Frankfurt am Main, 3. Dezember 2026,
 * 09.45 Uhr"). With it such a line had over 8 words and was no date line.
 */
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|da|do|di|la|le|am|an|sur|upon)){0,3}, /u;
/** The place of a line of a place, a comma and date line words (not a byline's name: "By Jane Doe, 20 November 2019"), else null. */
const placeBeforeDate = (text: string): string | null => {
  const place = PLACE_BEFORE_DATE.exec(text);
  return place !== null && onlyDateWords(text.slice(place[0].length)) ? place[0] : null;
};
/**
 * A Chinese portal's date line: the date, the time and the outlet the story came from, maybe labelled ("2026年12月04日 09:12
 * 新华网", "2026-12-04 09:12:30 来源：人民网", as Sina, Sohu and NetEase print it). Each ideograph counting half a word, the
 * date alone counts 8 and the line was no date line: the story was undated.
 */
const CHINESE_DATE_THEN_SOURCE = /^\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?:[来來]源[:：]\s*)?\p{Script=Han}{2,10}$/u;
const placeThenDateWords = (text: string): boolean => {
  const place = placeBeforeDate(text);
  return place !== null && bylineName(place.slice(0, -2)) === undefined;
};
/**
 * A newsroom's desk (DESK_NAME, INITIALS_DESK) or its editors signing for the paper: "By Web Desk",
 * "News Desk", "Business Desk", Indonesian "Oleh: Tim Redaksi", and the editorial staff as other languages sign ("Par la rédaction",
 * "Von der Redaktion", "Door de redactie", "Av redaktionen", "Editorial staff"), or the agencies it drew on
 * ("By Agencies", as Indian papers sign wire copy). No person: it had been
 * the author. Nor the source, which names the outlet: "Web Desk" signs for many papers, and would group
 * their articles as one outlet's. The line is the header's byline, removed as such, with no author.
 */
const NEWSROOM =
  /^(?:(?:tim\s+)?redaksi|newsroom|(?:news\s+)?agencies|(?:the\s+)?editorial\s+(?:staff|team|board)|(?:der|la|de|el|a|die)?\s*(?:redaktion(?:en)?|rédaction|redactie|redacción|redação|redazione|redakcja|redaksjonen))$/iu;
/**
 * A desk, named by a section (outlets.ts SECTION_WORDS: "Metro Desk", "Sports Desk"), the medium or
 * the desk's work ("Web Desk", "News Desk", "Online Desk", "Monitoring Desk"), maybe after the
 * outlet's name ("India Today Web Desk", "The Business Desk"). Any "… Desk" had been one: "By Jane
 * Desk", a person whose surname is Desk, had lost the author.
 */
const DESK_NAME = new RegExp(
  `^(?:the\\s+)?(?:[\\p{L}&]+\\s+){0,2}(?:${SECTION_WORDS}|News|Web|Online|Digital|Foreign|Trending|Features?|Monitoring|Editorial|Editors?|Editor['’]s|Staff|Copy|Night|Crime|Live|Video|Photo|Social|Viral|State)\\s+desk$`,
  'iu',
);
/** An outlet's initials before "Desk" ("HT Desk", "TOI Desk"). Not /i: it would let \p{Lu} match lower case. */
const INITIALS_DESK = /^(?:[Tt]he\s+)?(\p{Lu}{2,5})\s+(Desk|DESK)$/u;
/** Letters of initials that may be a word: "TOI", "DNA". */
const SHORT_INITIALS = 3;
/**
 * Whether the name is an outlet's initials and "Desk" (INITIALS_DESK). A byline all in capitals has a
 * person's name in capitals too: there the initials are three letters or fewer ("TOI DESK"), have no
 * vowel ("NDTV DESK") or are an agency's ("IANS DESK"); "By JANE DESK" had had no author.
 */
function isInitialsDesk(name: string): boolean {
  const [, initials, desk] = INITIALS_DESK.exec(name) ?? [];
  if (initials === undefined) return false;
  return desk === 'Desk' || initials.length <= SHORT_INITIALS || !/[AEIOUY]/u.test(initials) || isNewsAgencyName(initials);
}
/** Whether a byline's name is the newsroom's or a desk's (NEWSROOM, DESK_NAME, isInitialsDesk), no person's. */
const isNewsroom = (name: string): boolean => NEWSROOM.test(name) || DESK_NAME.test(name) || isInitialsDesk(name);
const SOURCE = /^(?:source|sources|fuente|fonte|quelle|bron|źródło|источник|kaynak|nguồn|المصدر|स्रोत|来源|來源|出典|출처)\s*[:：]\s*(\S.*)$/iu;
/**
 * A credit's role: "Reporting by", "additional reporting by", "Editing by" (WIRE_CREDIT_ROLES), and
 * "Research by", which the sentiment leaves out: it reads any clause's opening words, and "Research
 * by Oxford Economics suggests…" is article text; here only names may follow (isWireCredit).
 */
const CREDIT_ROLE = `(?:additional )?(?:${[...WIRE_CREDIT_ROLES, 'research'].join('|')}) by`;
const BRACKETED_CREDIT = new RegExp(`^\\(${CREDIT_ROLE} [^()]+\\)$`, 'iu');
const UNBRACKETED_CREDIT = new RegExp(`^${CREDIT_ROLE} [^()]+(?<![.!?])$`, 'iu');
const CREDIT_ROLES = new RegExp(CREDIT_ROLE, 'giu');
/**
 * A word of a name or place in a credit, or what they are joined with ("Jane Doe and Ann Roe in New York; …",
 * "Reuters staff"): lowercase particles of names too, alone or joined ("Ana de la Cruz", "Hugo dos Santos", "Ahmed al-Omran").
 */
const CREDIT_WORD = /^(?:(?:\p{Ll}{1,3}['’-])?\p{Lu}[\p{L}\p{M}'’.-]*|and|&|in|at|from|for|of|the|with|staff|al|bin|bint|ibn|da|das|de|del|der|di|do|dos|du|la|le|ten|ter|van|von|y)$/u;
/**
 * A wire story's closing credit: "(Reporting by Ed Leefeldt; Editing by John Wallace)", or without
 * the brackets and a closing full stop ("Additional reporting by Jane Doe in Paris; Editing by John
 * Smith"), where only names, places and further roles follow "by": a last line "Research by Oxford
 * Economics suggests that prices will keep rising" is article text that lost its full stop.
 */
function isWireCredit(text: string): boolean {
  if (BRACKETED_CREDIT.test(text)) return true;
  if (!UNBRACKETED_CREDIT.test(text)) return false;
  return namesOnly(text.replace(CREDIT_ROLES, ' '));
}
/** Whether a credit's text is names, places and the words joining them alone (CREDIT_WORD). */
const namesOnly = (text: string): boolean => text.split(/[\s,;]+/u).every((word) => word === '' || CREDIT_WORD.test(word));
/**
 * Bloomberg's closing credit of those who helped the author: "--With assistance from Jane Doe and Tom Roe.", after two
 * hyphens or a dash or none, names alone after it ("With assistance from the central bank, the lender …" is a sentence).
 * It had stayed as the last paragraph; they are no authors of the story (a contributor line).
 */
const ASSISTANCE_CREDIT = /^(?:--|[-–—])?\s*With assistance (?:from|by) (.+?)\.?$/u;
const isAssistanceCredit = (text: string): boolean => {
  const names = ASSISTANCE_CREDIT.exec(text)?.[1];
  return names !== undefined && namesOnly(names);
};
/**
 * A sentence crediting the article's reporters at its end: "Keith Bradsher contributed reporting
 * from Hong Kong.", "AP writer Kelly Olsen in Seoul contributed to this report.", "Jane Doe and John
 * Roe reported from Washington." (their names, capitalised, then "reported from" or "in" and places:
 * "Reuters reported in March that the company…" is article text; so is what "contributed to this
 * report's" outlook).
 */
const CONTRIBUTED = /\bcontributed (?:additional )?(?:reporting|to this (?:report|story|article)(?!['’]))\b[^.!?]*[.!]$/iu;
/**
 * CONTRIBUTED's word, a first test: a literal without /u is found about twenty times faster than the
 * pattern scans a paragraph. No other letter case-folds to one of its letters, so it is exact.
 */
const CONTRIBUTED_WORD = /contributed /i;
const REPORTED_FROM = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}\p{M}'’.-]*){0,11}\s+reported (?:from|in)(?:,?\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|from|in|of|the)){1,12}\.$/u;
/** Credit lines are a sentence or two; a paragraph that mentions a contribution is article text. */
const MAX_CONTRIBUTOR_WORDS = 40;
/**
 * A wire story's edit note, between its headline and its text: "(Recasts, adds analyst comment)",
 * "(Corrects paragraph 5)", "(Updates with Fitch downgrade)". Wire desks start it with a capital verb;
 * it may name a ticker in brackets ("(Adds Acme (ACME.N) comment)").
 */
const EDIT_NOTE = /^\((?:Adds|Updates|Recasts|Corrects|Refiles|Repeats|Rewrites|Changes|Fixes|Removes|Inserts|Clarifies|Amends|Writes through|New throughout)\b[^()]*(?:\([^()]*\)[^()]*)*\)$/u;
/** Its reporters: up to the first ";", ", editing by" and the like, or the closing bracket. */
const CREDITED_REPORTERS = /^\(?(?:reporting|writing) by (.+?)(?:;|, [a-z ]+ by |\)|$)/iu;
/** " in Washington" after a reporter's name. */
const REPORTER_PLACE = / in [^,]+?(?=,| and |$)/gu;

/**
 * Removal reason when the line is metadata (and the metadata it carries, lifted), else null;
 * `dateOrder`: how a numeric date line whose day and month could be either is read.
 */
export function liftMetadata(line: Line, metadata: ArticleMetadata, bodyProbability: number, dateOrder: DateOrder = 'auto'): string | null {
  if (bodyProbability > 0.9) return null;
  const uncredited = withoutCreditAfter(line);
  if (uncredited !== line) return liftMetadata(uncredited, metadata, bodyProbability, dateOrder);
  if (line.wordCount > MAX_METADATA_WORDS && !isLongDateLine(line) && !isSourceAddress(line.text)) return liftLongByline(line, metadata, dateOrder);
  return liftBylineAndDate(line, metadata, dateOrder) ?? liftLine(line, metadata, dateOrder);
}

/**
 * An editor's or a reviewer's credit after a byline and a spaced dash (EDITOR_ROLES): "Written by Caroline Reed on
 * December 4, 2026 — Fact checked by Jill Seladi-Schulman, PhD", as Healthline signs. Read whole, the line was all
 * byline, and the author "Caroline Reed on December 4, 2026 — Fact checked by …". The dash starts after a non-space,
 * so a run of spaces is scanned once.
 */
const CREDIT_AFTER_DASH = new RegExp(`(?<!\\s)\\s+[-–—]\\s+(?=${EDITOR_ROLES})`, 'iu');
/** The line without an editor's credit of names alone after a spaced dash (CREDIT_AFTER_DASH), else the line itself. */
function withoutCreditAfter(line: Line): Line {
  const dash = line.wordCount <= DATE_THEN_AUTHOR_MAX_WORDS ? CREDIT_AFTER_DASH.exec(line.text) : null;
  if (!dash) return line;
  const credit = describeLine(line.number, line.text.slice(dash.index + dash[0].length), NO_STOPWORDS);
  return isEditorCredit(credit) ? describeLine(line.number, line.text.slice(0, dash.index), NO_STOPWORDS) : line;
}

/** Words of a metadata line at most, but for dates alone (isLongDateLine), an address (isSourceAddress) and names alone (liftLongByline). */
const MAX_METADATA_WORDS = 14;

/**
 * A byline over MAX_METADATA_WORDS whose names are names alone (isNamesAlone), maybe with its date
 * after it (authorThenDate), up to DATE_THEN_AUTHOR_MAX_WORDS: several authors and the date make a
 * long line ("By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", 15 words, as
 * PolitiFact signs), which had stayed as the body's first paragraph. Or a byline and dates in parts
 * (liftBylineAndDate): Dinamani's "By … | Published On : 04th December 2026 06:45 AM | Last Updated : …"
 * (19 words) had been page text and the article undated. Else null.
 */
function liftLongByline(line: Line, metadata: ArticleMetadata, dateOrder: DateOrder): string | null {
  if (line.wordCount > DATE_THEN_AUTHOR_MAX_WORDS) return null;
  const parted = METADATA_PARTS.test(line.text) ? liftBylineAndDate(line, metadata, dateOrder) : null;
  if (parted) return parted;
  // Cut into a byline and a date, the line is both or none: read whole, "By: Ryan McNeill   Last Updated: 1/14/08 11:15 AM ET
  // | 105 times read" (a date left unread) had been all author.
  const parts = authorThenDate(line.text);
  if (parts) return isNamesAlone(parts[0]) ? liftAuthorThenDate(line, metadata, dateOrder) : null;
  return isNamesAlone(line.text) ? liftLine(line, metadata, dateOrder) : null;
}

/**
 * Whether a byline's name is names alone: each word a name's, a particle's or what joins names
 * (CREDIT_WORD), no date word (a weekday: "… March 2023 by Friday" is a sentence). A spaced comma
 * between names ("Matthew Digby , Minh Do") is no word.
 */
function isNamesAlone(byline: string): boolean {
  const words = bylineName(byline)?.split(/\s+/u).map((word) => word.replace(/,$/u, '')).filter(Boolean);
  return words !== undefined && words.every((word) => CREDIT_WORD.test(word) && !DATE_LINE_WORD.test(word));
}

/**
 * A metadata line's parts: "By Staff Reporter | Updated: Jul 3, 2023, 22:14 IST"; Japanese and Chinese
 * pages set a full-width slash or bar between them, spaced or not ("by 山田太郎 ／ 2024.05.20"), and the Times of India a
 * spaced slash ("TOI City Desk / TIMESOFINDIA.COM / Updated: Dec 4, 2026, 10:12 IST", which had been page text). A match
 * starts only where no space is before it: tried at every start inside a run of spaces, each scanning
 * to the run's end, it took seconds on a line padded with 100,000 spaces (quadratic). The leftmost
 * match starts at the run's first space anyway, so the parts are the same.
 */
const METADATA_PARTS = /(?<!\s)\s+[|•·/]\s+|(?<!\s)\s*[／｜]\s*/u;
const NO_STOPWORDS: ReadonlySet<string> = new Set();

/**
 * A byline and a date line set on one line ("By Staff Reporter | Updated: Jul 3, 2023, 22:14 IST",
 * "Posted by Staff Reporter | Updated: …"), each part lifted as its own line; else null. Read whole,
 * the first was all byline, date included, and the second a date line whose author was lost.
 */
function liftBylineAndDate(line: Line, metadata: ArticleMetadata, dateOrder: DateOrder): string | null {
  const parts = line.text.split(METADATA_PARTS);
  if (parts.length < 2) return liftDateThenAuthor(line, metadata, dateOrder) ?? liftAuthorThenDate(line, metadata, dateOrder);
  const partLines = parts.map((part) => describeLine(line.number, withRoleColon(part), NO_STOPWORDS));
  const dated = partLines.map((part) => isDateLine(part, dateOrder));
  // A desk signs in the byline's place with no "By" ("TOI City Desk / TIMESOFINDIA.COM / Updated: …"): no author.
  const signed = partLines.filter((part, k) => (isByline(part) || isNewsroom(part.text)) && !dated[k]);
  // The outlet beside a date: CBC's "By Bryce Hoye · CBC News · Posted: Dec 04, 2026 4:00 AM EST | Last Updated: 3 hours
  // ago" had been page text (no date, no source). Beside the byline alone it is the byline's ("By Jane Doe | Reuters": signedByline).
  const outlets = dated.includes(true) ? partLines.filter((part) => !signed.includes(part) && isOutlet(part.text)) : [];
  // A name line with no "By" is the byline beside the outlet and a date only: CBC signs "Bryce Hoye · CBC News · Posted: …",
  // and the story had no author. Beside a date alone a place is as often set so ("New York · Dec 4, 2026").
  const named = signed.length === 0 && outlets.length > 0 ? partLines.filter((part) => !outlets.includes(part) && isNameLine(part)) : [];
  const bylines = [...signed, ...named];
  // An editor's credit beside the writer's ("Penulis: Budi Santoso | Editor: Sari Dewi", as Indonesian pages sign).
  // A reading time beside them ("By Priya Raman · December 4, 2026 · 7 min read", a blog's header), an update's age, and
  // the place written from ("New York · CBC News · Posted: …": no author, the outlet and the date as beside a name).
  const isOtherPart = (part: Line): boolean => outlets.includes(part) || isLabelledTime(part) || isEditorCredit(part) || isReadingTime(part) || isPlaceNameLine(part);
  if (bylines.length !== 1 || !partLines.every((part, k) => bylines.includes(part) || dated[k] || isOtherPart(part))) return null;
  // A part may be a byline and a date itself (liftAuthorThenDate): Barron's "By Al Root Updated … / Original Nov. 19, 2026 8:02 am ET".
  for (const part of partLines) liftAuthorThenDate(part, metadata, dateOrder) ?? liftLine(part, metadata, dateOrder);
  for (const name of named) metadata.byline ??= withoutContact(name.text);
  for (const outlet of outlets) metadata.source ??= outlet.text;
  return dated.includes(true) ? 'byline and date line' : 'byline';
}

/**
 * A writer's or an editor's role label with no colon, a capitalised name after it, as Kompas sets its
 * byline box: "Penulis Rizky Syahrial | Editor Irfan Maullana". Read only among a metadata line's
 * parts, each of which is a credit or a date (liftBylineAndDate): alone, "Reporter Jane Doe" opens a
 * caption or a sentence. The line was page text and the article had no author.
 */
const BARE_ROLE_LABEL = /^(penulis|reporter|wartawan|editor|redaktur|penyunting)\s+(?=\p{Lu})/iu;
/** The part with a colon after its bare role label (BARE_ROLE_LABEL), as ROLE_LABEL and EDITOR_LABEL read it. */
const withRoleColon = (part: string): string => part.replace(BARE_ROLE_LABEL, '$1: ');

/** A date line that ends with its author: "Posted on February 7, 2024 by Jamie Lee" (a blog's header). */
// The space run before "by" starts after a non-space: tried from every space of a long run, the lazy
// date part made it quadratic (a line padded with 100,000 spaces took over a minute).
const DATE_THEN_AUTHOR = /^(.*\d.*?)(?<!\s)\s+(by\s+\p{Lu}.*)$/u;
const DATE_THEN_AUTHOR_MAX_WORDS = 24;

/**
 * A date line ending with "by" and names, lifted as a date line and a byline: read whole it was a
 * date line and the author was lost. The date part has only date words (or a date label), the
 * author part only a name's words (a weekday is none: "… March 2023 by Friday" is a sentence; nor a
 * month alone).
 */
function liftDateThenAuthor(line: Line, metadata: ArticleMetadata, dateOrder: DateOrder): string | null {
  // Header lines only: the pattern backtracks over a long line's digits.
  const parts = line.wordCount <= DATE_THEN_AUTHOR_MAX_WORDS && !line.endsWithSentencePunctuation ? DATE_THEN_AUTHOR.exec(line.text) : null;
  if (!parts) return null;
  const [dated, author] = [parts[1]!, parts[2]!].map((part) => describeLine(line.number, part, NO_STOPWORDS)) as [Line, Line];
  const names = author.text.split(/\s+/u).slice(1);
  // A month among a name's words is the name's ("by Dez Bryant", "by Alicia May"); alone it is a deadline ("by March").
  const isMonthAlone = names.length === 1 && isMonthName(names[0]!);
  const isAuthor = isByline(author) && names.length <= 8 && !isMonthAlone && isNamesAlone(author.text);
  if (!isAuthor || !(DATE_LABEL.test(dated.text) || onlyDateWords(dated.text)) || !isDateLine(dated, dateOrder)) return null;
  liftLine(dated, metadata, dateOrder);
  liftLine(author, metadata, dateOrder);
  return 'byline and date line';
}

/**
 * A byline, a spaced dash and a date line ("by Paul Cashmere - January 2 2008"), or a byline and a
 * labelled date line ("Von Moritz Bachmann publiziert am 25. September 2018", Barron's "By Al Root Updated Nov. 19, 2026
 * 8:21 am ET", its update's: the author had been "Al Root Updated …"): each read whole as a date line, the author was lost. The byline part ends after a non-space, so a run of spaces is
 * scanned once.
 */
const AUTHOR_DASH_DATE = new RegExp(`^(.*?\\S)(?:\\s+[-–—]\\s+|\\s+(?=(?:${PUBLICATION_LABELS}|${UPDATE_LABELS})(?![\\p{L}\\p{N}])))(.*\\d.*)$`, 'iu');
/**
 * A byline, "on" and its date: "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", as
 * PolitiFact signs. Names alone before "on" (isNamesAlone): "By the end of the year on …" is none.
 * Read whole, the line was no byline nor a date line, and had stayed page text.
 */
const AUTHOR_ON_DATE = /^(.*?\S)\s+(on\s+.*\d.*)$/iu;
/**
 * A byline, an ISO 8601 time stamp and the story's section: "By Mike Wall 2019-11-18T20:51:19Z Science &
 * Astronomy", as Space.com signs. Read whole it was a date line and the author was lost; the section
 * goes with the date line's part, removed with it. Names alone before the stamp, as for AUTHOR_ON_DATE.
 */
const AUTHOR_ISO_DATE = /^(.*?\S)\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*)$/u;
/** A byline's and a date line's texts on one line: at a comma before a place's date words (placeBeforeDate), AUTHOR_DASH_DATE, AUTHOR_ON_DATE or AUTHOR_ISO_DATE, else null. */
function authorThenDate(text: string): [string, string] | null {
  const place = placeBeforeDate(text);
  if (place !== null) return [place.slice(0, -2), text.slice(place.length)];
  const dashed = AUTHOR_DASH_DATE.exec(text);
  if (dashed) return [dashed[1]!, dashed[2]!];
  const named = AUTHOR_ON_DATE.exec(text) ?? AUTHOR_ISO_DATE.exec(text);
  return named && isNamesAlone(named[1]!) ? [named[1]!, named[2]!] : null;
}

/**
 * A byline, a comma and a date line: "By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", lifted
 * as both (or with a dash or a label between them: authorThenDate); read whole it was all byline,
 * date included, and the article had no date.
 */
function liftAuthorThenDate(line: Line, metadata: ArticleMetadata, dateOrder: DateOrder): string | null {
  const parts = line.wordCount <= DATE_THEN_AUTHOR_MAX_WORDS ? authorThenDate(line.text) : null;
  if (parts === null) return null;
  const [author, dated] = parts.map((part) => describeLine(line.number, part, NO_STOPWORDS)) as [Line, Line];
  // A labelled date left unread is still the date's part ("By: Jane Doe   Last Updated: 1/14/26 11:15 AM ET", a one-figure
  // month with a two-figure year): read whole, the line had been all author.
  if (!isByline(author) || !(isDateLine(dated, dateOrder) || isLabelledTime(dated))) return null;
  liftLine(author, metadata, dateOrder);
  liftLine(dated, metadata, dateOrder);
  return 'byline and date line';
}

/**
 * The name a date line opens with before a spaced dash, with no "By" ("Олена Ковальчук — 4 грудня 2026,
 * 09:45", as Ukrainska Pravda signs), else null: the line was a date line and the article had no author.
 * index.ts reads it in the header only: in the text, "Spring Concert — April 5, 2026" lists an event.
 */
export const nameBeforeDate = (line: Line, dateOrder: DateOrder): string | null => nameAndDate(line, dateOrder)?.[0].text ?? null;

/** The name line and the date line a header line is made of (nameBeforeDate), else null. */
function nameAndDate(line: Line, dateOrder: DateOrder): [Line, Line] | null {
  const parts = line.wordCount <= DATE_THEN_AUTHOR_MAX_WORDS ? AUTHOR_DASH_DATE.exec(line.text) : null;
  if (!parts) return null;
  const [name, dated] = [parts[1]!, parts[2]!].map((part) => describeLine(line.number, part, NO_STOPWORDS)) as [Line, Line];
  return isNameLine(name) && isDateLine(dated, dateOrder) ? [name, dated] : null;
}

/**
 * The name of such a line lifted as the byline, and its date part as a date line (liftLine: a date
 * the header gave already stays). Read whole, a line of over eight words ("Jane Doe - Thursday, March
 * 3, 2026 at 9:45 a.m. EST") was no date line, and the article had its author but no date.
 */
export function liftNameBeforeDate(line: Line, metadata: ArticleMetadata, dateOrder: DateOrder): void {
  const [name, dated] = nameAndDate(line, dateOrder) ?? [];
  if (!name || !dated) return;
  metadata.byline = name.text;
  liftLine(dated, metadata, dateOrder);
}

/**
 * A reporter's name in Arabic: two to four words, the first without the definite article ("محمد عبد
 * الله", "سارة الخطيب"). An outlet or an agency signs with it ("الجزيرة نت", "الأناضول"), or with
 * one word ("وكالات", "agencies"): no person.
 */
const ARABIC_NAME = /^(?!ال)[\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){1,3}$/u;

/**
 * The reporter's name after an Arabic dateline's place and dash, alone on a line of the header, as Al
 * Jazeera signs over its date line ("القاهرة – محمد عبد الله": Cairo, then the name), or before the place
 * (nameAtPlace: "Jacob Steinberg at Villa Park"), else null. The
 * line had been page text before the article, and the story had no author. index.ts reads it next to
 * the date line only (header.ts headerName): in the text, a place and a dash open the story.
 */
export function placedName(line: Line): string | null {
  if (line.endsWithSentencePunctuation) return null;
  const dateline = datelineAt(line.text);
  const name = dateline && !dateline.agency ? line.text.slice(dateline.length) : null;
  return name !== null && ARABIC_NAME.test(name) ? name : nameAtPlace(line);
}

/**
 * A name line's name, then "at" or "in" and the place the reporter writes from, capitalised: the Guardian signs a
 * match report "Jacob Steinberg at Villa Park" and a dispatch "Helena Smith in Athens" over its date line. The line
 * had no name's shape, and the story no author.
 */
const NAME_AT_PLACE = /^(\S.*?) (?:at|in) (?:the )?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
function nameAtPlace(line: Line): string | null {
  const name = NAME_AT_PLACE.exec(line.text)?.[1];
  return name !== undefined && isNameLine(describeLine(line.number, name, NO_STOPWORDS)) ? name : null;
}

/**
 * A name's closing full stop after a surname's small letter, not an initial's: Ouest-France signs "Anne-Laure Roux." over
 * its date line, which had no name line's shape, and the story no author.
 */
const NAME_FULL_STOP = /(?<=\p{Ll})\.$/u;
/** A name line with a full stop after it (NAME_FULL_STOP). */
export const isNameWithFullStop = (line: Line): boolean =>
  NAME_FULL_STOP.test(line.text) && isNameLine(describeLine(line.number, line.text.replace(NAME_FULL_STOP, ''), NO_STOPWORDS));

/**
 * The author's name a header line gives alone (headerName's line): the name after its place (placedName) or before its
 * job title (namePartedFromJobTitle; not one naming an outlet, "Tom Krisher, Ap Auto Writer", whose agency signedByline
 * reads as the source), else the line without a contact or a full stop after it.
 */
export const headerNameText = (line: Line): string =>
  placedName(line) ?? (signedByline(line.text).outlet === null ? namePartedFromJobTitle(line) : null) ?? withoutContact(line.text).replace(NAME_FULL_STOP, '');

/**
 * The date of the date line above `lines[i]` with the time alone on `lines[i]` ("12 March 2026" over
 * "14:05 GMT", as pages set them in two boxes), else null: the time had been removed as a time stamp
 * and the article dated without it. Not when another time stands alone on the page: a live blog's
 * first entry is stamped so under its date line, and its time is the entry's.
 */
export function dateWithTimeUnder(lines: readonly Line[], i: number, dateOrder: DateOrder): string | null {
  const line = lines[i]!;
  if (i === 0 || !isTimeStamp(line) || lines.some((other) => other !== line && isTimeStamp(other))) return null;
  const iso = readDate(`${lines[i - 1]!.text} ${line.text}`, dateOrder)?.iso;
  return iso?.includes('T') ? iso : null;
}

/** The author a byline line names (liftMetadata on it alone), else null: a newsroom or an agency alone names none. */
export function bylineOf(line: Line, dateOrder: DateOrder): string | null {
  const own: ArticleMetadata = { title: null, date: null, byline: null, source: null, url: null };
  liftMetadata(line, own, 0, dateOrder);
  return own.byline;
}

const isEditorCredit = (line: Line): boolean => roleName(line.text, EDITOR_LABEL) !== undefined || CHINESE_EDITOR_CREDIT.test(line.text);
const isByline = (line: Line): boolean => bylineName(line.text) !== undefined && !line.endsWithSentencePunctuation;

/**
 * A line of a date (also one that gives no date: day and month in unknown order, an impossible day)
 * and little else: date words and the labels' words alone (Corriere della Sera's "4 dicembre 2026 (modifica il 4
 * dicembre 2026 | 21:40)", the update after the publication's date: nine words, it had been page text and the
 * article undated), or a short line. A two-digit year's date (no year of four digits) only labelled or alone with date
 * words: a short line is as often a headline or a link dated so ("Opening Bell 11.18.19", "• Mahler
 * in Pendleton (05/26/07)"), and had been taken for the page's date line. Nor a sentence
 * (isDatedSentence): an article's last paragraph ("Bir sonraki PPK toplantısı 22 Ocak 2027'de
 * yapılacak.") had been removed as a date line.
 */
const isDateLine = (line: Line, dateOrder: DateOrder, reading = readDate(line.text, dateOrder)): boolean =>
  Boolean(reading) &&
  (DATE_LABEL.test(line.text) ||
    onlyDateWords(line.text, LABEL_WORDS) ||
    CHINESE_DATE_THEN_SOURCE.test(line.text) ||
    (writesFullYear(line.text) && !isDatedSentence(line) && (line.wordCount <= 8 || placeThenDateWords(line.text)))) &&
  !isEmbeddedPostSignature(line);

/**
 * A line of date line words alone with a figure, whether a date is read from it or not ("Fri Dec 28, 7:05 AM ET" has no
 * year): a date line's shape, never a headline's. Under the page's date line it was left unread, and it had been the title.
 */
export const isDateWordsLine = (line: Line): boolean => /\p{Nd}/u.test(line.text) && onlyDateWords(line.text);

/** A labelled line of date words with a figure (with no date, a time or an age: "Updated 11:42 PM EST", "Posted 2 hours ago"). */
const isLabelledTime = (line: Line): boolean => /\p{Nd}/u.test(line.text) && isLabelledDateWords(line);

/** Words other than a date's that make a short line ending in a full stop a sentence: "Sun, 13 Jan 2008 10:15a.m." has one. */
const SENTENCE_MIN_OTHER_WORDS = 3;
const isDatedSentence = (line: Line): boolean => line.endsWithSentencePunctuation && otherThanDateWords(line.text) >= SENTENCE_MIN_OTHER_WORDS;

function liftLine(line: Line, metadata: ArticleMetadata, dateOrder: DateOrder): string | null {
  const published = publicationPart(line.text);
  // The whole line again only when a publication part was cut from it: liftLine reads every short header line.
  const reading = readDate(published, dateOrder) ?? (published === line.text ? null : readDate(line.text, dateOrder));
  // A day and month whose order is unknown (03/04/2023) or a day the month does not have (29 Feb
  // 2023, a typo) still make a date line, without a date: the line is the page's, not the article's.
  if (reading && isDateLine(line, dateOrder, reading)) {
    const date = reading.iso;
    if (date === null) return reading.unread === 'order' ? 'date line (day and month order unknown: date left empty)' : 'date line (impossible date: date left empty)';
    if (LIFE_DATE_LABEL.test(line.text)) return 'date of birth or death';
    const update = UPDATE_LABEL.test(published);
    if (metadata.date === null || (datedByUpdate.has(metadata) && !update)) {
      metadata.date = date;
      if (update) datedByUpdate.add(metadata);
      else datedByUpdate.delete(metadata);
    }
    return 'date line';
  }
  // A labelled time or age and no date ("Updated 11:42 PM EST", "Posted 2 hours ago"): a live blog's
  // header, which had stayed among the lines above the article and been taken for its title.
  if (!reading && isLabelledTime(line)) return 'date line (a time, no date: date left empty)';
  const byline = bylineName(line.text);
  if (byline !== undefined && !line.endsWithSentencePunctuation) {
    const hosted = HOST_BYLINE.test(line.text);
    if (!hosted && bylinedByHost.delete(metadata)) metadata.byline = null;
    if (!isNewsroom(byline) && metadata.byline === null) {
      liftBylineName(withoutContact(byline.replace(CHINESE_REPORTING_PLACE, '')).replace(SPACED_COMMA, ',').trim(), metadata);
      if (hosted) bylinedByHost.add(metadata);
    }
    return 'byline';
  }
  if (isEmptyByline(line)) return 'byline';
  if (isNameThenOutlet(line)) {
    metadata.byline ??= line.text;
    return 'byline';
  }
  if (isEditorCredit(line)) return EDITOR_CREDIT;
  const source = SOURCE.exec(line.text);
  if (source && (line.wordCount <= 8 || isSourceAddress(line.text))) {
    liftSourceCredit(source[1]!.trim(), metadata);
    return 'source credit';
  }
  return null;
}

/**
 * A person's name alone on its line, as pages that print the author without "By" give it: 2-3
 * capitalised words (initials inside: "Jane M. Doe"; "O'Brien", "Jean-Luc"; particles between them:
 * NAME_PARTICLES), no stopword but those particles, date word,
 * possessive ("Larry's Bio") or word of a page's sections and buttons ("World News", "Most Read",
 * "Share Article", "Subscriber Services") or of a subscription's tier ("Axios Pro", "Metro Plus": over the date
 * line it had been the author), nor a job title ("Courier Staff Writer" had been the byline).
 */
const NAME_WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}[\\p{L}\\p{M}'’-]*";
/**
 * The particles of names between a given name and a surname: "Julien Le Goff", "Ana de la Cruz",
 * "Pieter van der Berg", "Ahmed bin Salman". They are stopwords of the page's language ("le", "de",
 * "van"), so a name holding one had no name line's shape and the author went unfound. Only inside a
 * name: first they open an outlet's name or a place ("Le Monde", "La Stampa", "De Telegraaf"). Catalan joins two
 * surnames with "i" ("and": VilaWeb's "Marta Puig i Soler", which had been a section label).
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'binti', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'i', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von']);
/** A particle in lower case, or capitalised (NAME_WORD reads "Le" already). */
const NAME_PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
/** The generation after a surname ("Jane Doe Jr.", "Ben Smith, Sr.", "John Roe III"): such an author by the date line had been unfound. */
const NAME_SUFFIX = String.raw`(?:,? (?:Jr|Sr)\.|,? (?:II|III|IV))`;
/**
 * Two initials run together opening a name ("E.J. Dionne", "P.V. Ramanathan"): such an author by the date line had been
 * unfound. Not a place's or a country's ("U.S. Army", "L.A. Times Store", "D.C. Homepage", "S.C. Politics", the bench
 * pages' 31 lines of this shape beside one name) nor a high school's ("H.S. Sports").
 */
const RUN_TOGETHER_INITIALS = String.raw`(?!(?:U\.[SKN]|E\.U|D\.C|L\.A|N\.[YJCH]|S\.[CA]|B\.C|H\.S|V\.I)\.)\p{Lu}\.\p{Lu}\.`;
const NAME_LINE = new RegExp(
  `^(?:${NAME_WORD}|\\p{Lu}\\.|${RUN_TOGETHER_INITIALS}) (?:${NAME_PARTICLE} ){0,2}(?:(?:${NAME_WORD}|\\p{Lu}\\.) (?:${NAME_PARTICLE} ){0,2})?${NAME_WORD}${NAME_SUFFIX}?$`,
  'u',
);
/** How many of the words, but the first and the last, are particles of names (NAME_PARTICLES). */
const particlesInside = (words: readonly string[]): number => words.slice(1, -1).filter((word) => NAME_PARTICLES.has(word.toLowerCase())).length;
const PAGE_WORDS = new Set([
  'advertisement', 'analysis', 'article', 'arts', 'audio', 'blog', 'blogs', 'breaking', 'business', 'column', 'comment', 'comments',
  'content', 'copy', 'culture', 'economy', 'edition', 'email', 'entertainment', 'exclusive', 'feature', 'features', 'follow', 'font',
  'gallery', 'gift', 'health', 'home', 'international', 'latest', 'lifestyle', 'link', 'listen', 'live', 'local', 'markets', 'menu',
  'national', 'news', 'newsletter', 'opinion', 'partner', 'photo', 'photos', 'plus', 'podcast', 'politics', 'premium', 'print', 'pro', 'read',
  'related', 'review', 'reviews', 'save', 'science', 'section', 'sections', 'share', 'size', 'sponsored', 'sport', 'sports',
  'stories', 'story', 'subscribe', 'subscriber', 'services', 'tech', 'technology', 'text', 'today', 'top', 'travel', 'updates', 'video', 'videos', 'weather', 'world',
]);
/** Whether the text is one of a page's words alone ("News", "Home", "Menu"), a menu's item, not a name (PAGE_WORDS). */
export const isPageWord = (text: string): boolean => PAGE_WORDS.has(text.toLowerCase());
/**
 * The word a reporter's job title ends with ("Staff Writer", "Asia auto correspondent", Patch's "Patch Staff", NRK's "Journalist",
 * under which the name over it had been a section label), maybe plural.
 */
const JOB_TITLE_ROLE = String.raw`(?:(?:writer|reporter|journalist|correspondent|columnist|contributor|editor|photographer|critic)s?|staff)`;
/** A reporter's job title, on its own line under the name ("Staff Writer", "Courier Staff Writer", "Contributing columnist"). */
const JOB_TITLE = new RegExp(String.raw`\b${JOB_TITLE_ROLE}$`, 'iu');
/** The reason a page's own web address is removed with: it is the article's `url`. */
export const PAGE_ADDRESS = 'web address of the page';
/** A line that is one web address and nothing else (in angle brackets, as e-mail clients set it). */
const ADDRESS_ONLY = /^<?((?:https?:\/\/|www\.)\S+?)>?$/iu;
export const isAddressLine = (line: Line): boolean => ADDRESS_ONLY.test(line.text);

/** An address as a URL, a scheme given to one that starts with `www.` (throws when it is none). */
const addressUrl = (address: string): URL => new URL(/^www\./iu.test(address) ? `https://${address}` : address);

/**
 * The web address a text is, when it is only the address of a page of a site (a path or a query
 * after the host: `https://www.example.com/2026/12/04/story-slug`, `https://example.com/?p=123`),
 * else null. A site's home address alone (`www.example.com`) names the site, not the page.
 */
export function pageAddressOf(text: string): string | null {
  const address = ADDRESS_ONLY.exec(text)?.[1];
  if (!address) return null;
  try {
    const url = addressUrl(address);
    return url.hostname.includes('.') && (url.pathname.length > 1 || url.search.length > 1) ? address : null;
  } catch {
    return null;
  }
}

/** A source credit's name and, after it in brackets or after a dash or bar, its web address: "Example Gazette (https://www.example-gazette.com)". */
const NAME_THEN_ADDRESS = /^(.*?\S)\s*(?:\(\s*(\S+)\s*\)|[-–—|]\s*(\S+))$/u;

/**
 * A `Source:` credit whose value is a page's address alone: the words of a long address's path
 * (`…/city-council-approves-new-budget-for-road-repairs`) are counted as the line's, and over the
 * metadata lines' limits it had been an `unrelated headline after the article`, its url lost.
 */
function isSourceAddress(text: string): boolean {
  const value = SOURCE.exec(text)?.[1];
  return value !== undefined && pageAddressOf(value.trim()) !== null;
}

/**
 * A `Source:` credit's value lifted: a page's address (`Source: https://www.example.com/news/story`)
 * is the article's `url`, not its source, which it had been; a name with an address after it gives
 * the name as the source and the address, a page's, as the url. A site's home address alone still
 * names the source.
 */
function liftSourceCredit(value: string, metadata: ArticleMetadata): void {
  const page = pageAddressOf(value);
  if (page) {
    metadata.url ??= page;
    return;
  }
  const parts = NAME_THEN_ADDRESS.exec(value);
  const address = parts && ADDRESS_ONLY.test(parts[2] ?? parts[3]!) ? (parts[2] ?? parts[3])! : null;
  if (address) metadata.url ??= pageAddressOf(address);
  metadata.source ??= address ? parts![1]! : value;
}

/**
 * The page's first or last line when it is the page's web address (pageAddressOf), as scrapers and
 * browsers' "save as text" print it over or under the page (over it, any line above the first paragraph): in the middle of the text an address
 * is the article's (a link it gives), and stays for the line rules. It had been a `date line` when
 * its path held a date, and else the body's first paragraph, and the title went unfound under it.
 */
export function pageAddressLines(lines: readonly Line[]): Map<number, string> {
  // A text of the address alone is no page under it: its "no words to count" warning quotes it.
  if (lines.length < 2) return new Map();
  // Over the page: any line above its first paragraph, where a printout's header sets the address
  // under the page's title (the address's slug's words had made it the title).
  const firstProse = lines.findIndex(isProse);
  const ends = [...lines.slice(0, Math.max(1, firstProse)), lines.at(-1)!];
  const found = new Map(ends.flatMap((line) => {
    const address = pageAddressOf(line.text);
    if (!address || (line === lines.at(-1) && isCitedLink(lines, address))) return [];
    return [[line.number, address] as const];
  }));
  for (const [number, address] of printedHeaderAddresses(lines)) found.set(number, address);
  return found;
}

/**
 * A page's address on two lines or more: a browser's printout repeats its header, the page's title
 * and address, over each printed page. A link the article gives stands once. The address over the
 * second page had stayed between two paragraphs, and the one over the first had been the title.
 */
function printedHeaderAddresses(lines: readonly Line[]): Map<number, string> {
  const byAddress = new Map<string, number[]>();
  for (const line of lines) {
    const address = pageAddressOf(line.text);
    if (address) byAddress.set(address, [...(byAddress.get(address) ?? []), line.number]);
  }
  return new Map([...byAddress].filter(([, numbers]) => numbers.length >= 2).flatMap(([address, numbers]) => numbers.map((number) => [number, address] as const)));
}

/**
 * Whether the page's last line, `address`, is the link the article closes with (a report it cites)
 * rather than the page's own: it stands right under a paragraph or a line that introduces it ("The
 * full report:"), and its path's last words do not name the headline. The page's own address stands
 * under the footer, or names the story (`…/2026/12/04/harbour-council-budget`); the cited one had
 * been taken for the page's `url` and removed from the body.
 */
function isCitedLink(lines: readonly Line[], address: string): boolean {
  const above = lines.at(-2)!;
  return (isProse(above) || above.text.endsWith(':')) && !namesHeadline(address, lines);
}

/** Words of a slug that name a story: of three letters or more ("2026", "p", "id" name none). */
const SLUG_WORD = /\p{L}{3,}/gu;
const MIN_SLUG_WORDS = 2;
/** Letters a slug's word and the headline's are compared on: a slug may inflect a word otherwise ("council-approved-budget"). */
const SLUG_STEM = 5;
const slugStem = (word: string): string => word.toLowerCase().slice(0, SLUG_STEM);

/**
 * Whether the last part of the address's path (`harbour-council-budget`, its extension left out)
 * has two words or more, all in one line above the page's first paragraph, its headline. A link the
 * article cites shares some of the story's words (`road-repairs-budget-plan` under "City council
 * approves new budget for road repairs"), not all.
 */
function namesHeadline(address: string, lines: readonly Line[]): boolean {
  const path = addressUrl(address).pathname;
  const slug = (path.split('/').filter(Boolean).at(-1) ?? '').replace(/\.\w+$/u, '');
  const words = (slug.match(SLUG_WORD) ?? []).map(slugStem);
  if (words.length < MIN_SLUG_WORDS) return false;
  const firstParagraph = lines.findIndex(isProse);
  return lines.slice(0, firstParagraph < 0 ? lines.length : firstParagraph).some((line) => {
    const lineWords = new Set((line.text.match(/\p{L}+/gu) ?? []).map(slugStem));
    return words.every((word) => lineWords.has(word));
  });
}

/**
 * A job title alone on its line, maybe with the author's handle or e-mail address after it (Sky Sports' "Football News
 * Reporter @SamBlitz" under "Sam Blitz": with it the line was no job title, the name over it no author's).
 */
export const isJobTitleLine = (line: Line): boolean =>
  (line.wordCount <= 4 && !line.endsWithSentencePunctuation && JOB_TITLE.test(withoutContact(line.text))) || ARABIC_SCRIPT_JOB_TITLE.test(line.text);
/**
 * A correspondent's title in Urdu or Arabic, maybe with the place or the outlet after it: "نامہ نگار، کراچی" (correspondent,
 * Karachi), "نمائندہ خصوصی" (special correspondent), "مراسل الجزيرة" (Al Jazeera's correspondent). Urdu papers set it under
 * the name over the date line, where the name had been page text and the story had no author.
 */
const ARABIC_SCRIPT_JOB_TITLE = /^(?:نامہ نگار|نامہ نگار خصوصی|نمائندہ|نمائندہ خصوصی|مراسل|مراسلة)(?:[،,]?\s+[\p{Script=Arabic}\p{M}]+){0,3}$/u;
/** A name in capitals, as some pages print the author over their job title ("KATIE O'BRIEN"). */
const CAPITALS_NAME_LINE = /^\p{Lu}[\p{Lu}'’.-]* (?:\p{Lu}[\p{Lu}'’.-]* )?\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * A byline's names in capitals ("CLAIRE MORRISON", as AP's story page signs) cased as the page writes each name's
 * surname in another line ("Morrison covers the environment …", the reporter's bio under the story), its other words
 * capitalised ("Claire"): the author had been "CLAIRE MORRISON". The page's spelling tells the surname's own case
 * ("McDonald", "O'Brien") and that the words are a person's; a byline's other names are capitalised with it, so that it
 * reads in one case. A byline none of whose surnames the page writes so is kept as written (session 33): title-cased
 * blindly, McDONALD, DeSANTIS or an outlet's initials came out wrong.
 */
export function bylineCasedByPage(byline: string, lines: readonly Line[]): string {
  const parts = byline.split(NAME_JOIN);
  const names = parts.filter((_, k) => k % 2 === 0);
  if (!names.every((name) => CAPITALS_NAME_LINE.test(name))) return byline;
  // One byline in one case: the names the page writes in capitals only are capitalised with those it spells.
  const surnames = names.map((name) => spellingOnPage(name.split(' ').at(-1)!, lines));
  if (surnames.every((surname) => surname === null)) return byline;
  return parts.map((part, k) => (k % 2 === 0 ? casedName(part, surnames[k / 2]!) : part)).join('');
}
/** What joins a byline's names, kept when it is split (bylineCasedByPage). */
const NAME_JOIN = /(\s+(?:and|&)\s+|,\s+)/u;
/** A name in capitals with its words capitalised and its surname as the page spells it, when it does. */
const casedName = (name: string, surname: string | null): string => {
  const words = name.split(' ');
  return [...words.slice(0, -1).map(capitalised), surname ?? capitalised(words.at(-1)!)].join(' ');
};
/** The word as a line of the page writes it with a small letter ("Morrison" for "MORRISON"), else null. */
function spellingOnPage(word: string, lines: readonly Line[]): string | null {
  const written = new RegExp(`(?<![\\p{L}\\p{M}])${escaped(word)}(?![\\p{L}\\p{M}])`, 'giu');
  for (const line of lines) {
    for (const [spelling] of line.text.matchAll(written)) if (/\p{Ll}/u.test(spelling)) return spelling;
  }
  return null;
}
/** A word in capitals as a name writes it: a capital, small letters after it, a capital after a hyphen or an apostrophe ("Jean-Luc"). */
const capitalised = (word: string): string => word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/**
 * A name line, maybe with the author's handle or e-mail address after it ("Alex Harring @alex_harring",
 * as CNBC signs): with it the line had no name's shape, and the article no author.
 */
export function isNameLine(line: Line): boolean {
  const name = withoutContact(line.text);
  return (NAME_LINE.test(name) && hasNameWordsOnly(line, name)) || isHanName(name) || isHebrewName(name);
}

/** The name without a handle or e-mail address after it (CONTACT_AFTER_NAME). */
export const withoutContact = (text: string): string => text.replace(CONTACT_AFTER_NAME, '');

/**
 * A Japanese or Chinese name as papers print the author over the date line, alone on its line
 * ("山田太郎", "山田 太郎", "王小明"): three to five ideographs, or a family name and a given name of one
 * to three each with a space between. Two ideographs alone are as often a section ("社会", "国际").
 */
const HAN_NAME = /^(?:\p{Script=Han}{3,5}|\p{Script=Han}{1,3}[ \u3000]\p{Script=Han}{1,3})$/u;
/**
 * How the names of newsrooms, outlets, offices and places end, and dates, which a name does not: a
 * department (経済部), a company or agency (新華社, 共同通信, 朝日新聞, 人民日报, 电视台), a bureau (東京支局),
 * a ministry (国土交通省), a prefecture or city (大阪府, 横浜市), an editor or reporter (责任编辑, 本报记者), a date (十二月), a railway
 * line (北陸新幹線, NHK's topic under its date line, which had been the author).
 */
const HAN_NOT_NAME = /(?:[部社局省庁会室課所院者府県市区年月日線线]|新聞|新闻|通信|編集|编辑|[報报网網台])$/u;
const isHanName = (text: string): boolean => HAN_NAME.test(text) && !HAN_NOT_NAME.test(text);
/**
 * A Hebrew name as ynet prints the author over the date line, alone on its line ("רוני כהן"): two or three words of
 * Hebrew letters, maybe with a geresh or a hyphen ("ג'ורג' בן-דוד"). It had been page text, and the story had no
 * author. Hebrew has no capitals to tell a name: one word alone is as often a section ("כלכלה"), and the name is read
 * only where names are, by the header's date line or under a byline's label.
 */
const HEBREW_WORD = "\\p{Script=Hebrew}[\\p{Script=Hebrew}'-]*\\p{Script=Hebrew}'?";
const HEBREW_NAME = new RegExp(`^${HEBREW_WORD}(?: ${HEBREW_WORD}){1,2}$`, 'u');
/**
 * A word of a Hebrew page's sections, maybe after a one-letter prefix (ה "the", ב "in", ו "and", ל "to"): a section's
 * label of two words over the date line, "כדורגל ישראלי" (Israeli football), "ליגת העל" (the Premier League), "חדשות
 * ספורט" (sports news), had been the author, as no capitals tell a name. No name holds one.
 */
const HEBREW_SECTION_WORD = /(?:^|\s)[הבול]?(?:חדשות|מבזקים|ספורט|כדורגל|כדורסל|ליגת|על|כלכלה|תרבות|בריאות|עולם|פוליטיקה|דעות|צרכנות|רכב|תיירות|מדע|טכנולוגיה|אוכל|בידור|יהדות)(?=\s|$)/u;
const isHebrewName = (text: string): boolean => HEBREW_NAME.test(text) && !HEBREW_SECTION_WORD.test(text);
/**
 * Other scripts without capitals whose pages print the author's name alone over the date line: Mathrubhumi's
 * "അനീഷ് കുമാർ" (Malayalam), RFA's "សុខ សុភា" (Khmer); both stories had no author. Read only right under the headline
 * and over the date line (header.ts headerName): an outlet signs with names as short (BBC Amharic's "ቢቢሲ ኒውስ አማርኛ"),
 * but over the headline or between the name and the date line. Not the scripts of northern India: there the paper's
 * own correspondent signs so (Loksatta's "लोकसत्ता प्रतिनिधी", the paper's correspondent) and an agency (PTI's "पीटीआई
 * भाषा"), in words no list here holds. Nor Thai, Lao or Burmese, which set spaces between phrases, not names.
 */
const CASELESS_SCRIPTS = ['Malayalam', 'Tamil', 'Sinhala', 'Khmer'];
/** A word of one of those scripts: its letters and marks, and the joiners Malayalam writes inside a word. */
const scriptWord = (script: string): string => `\\p{Script=${script}}[\\p{Script=${script}}\\p{M}\\u200c\\u200d]*`;
const CASELESS_NAME = new RegExp(`^(?:${CASELESS_SCRIPTS.map(scriptWord).map((word) => `${word}(?: ${word}){1,2}`).join('|')})$`, 'u');
/**
 * The newsroom's words in those scripts, which sign for it as "Staff Reporter" does: Malayalam's correspondent (ലേഖകൻ,
 * ലേഖിക: "സ്വന്തം ലേഖകൻ", our own correspondent), desk and bureau; Tamil's reporter (நிருபர்: Dinamani's "நமது
 * நிருபர்", our reporter; செய்தியாளர்) and desk.
 */
const CASELESS_NEWSROOM = /ലേഖക|ലേഖിക|ഡെസ്ക|ബ്യൂറോ|நிருபர்|செய்தியாளர்|டெஸ்க்/u;
/** Two or three words of one of CASELESS_SCRIPTS alone on the line, none of them the newsroom's. */
export const isCaselessName = (line: Line): boolean => CASELESS_NAME.test(line.text) && !CASELESS_NEWSROOM.test(line.text);

/**
 * The label of the author's role alone on its line, under the name: the BBC's "Role,", BBC Persian's "نقش,". The role under
 * it ("بی‌بی‌سی فارسی", "Political correspondent") is the author's, never the title (index.ts isHeaderNameOrRole): BBC
 * Persian's had been, and the headline over the byline page text.
 */
const ROLE_LABEL_LINE = /^(?:role|نقش)\s*[,،:]$/iu;
export const isRoleLabel = (line: Line): boolean => ROLE_LABEL_LINE.test(line.text);

/**
 * The name under a byline's label alone (index.ts nameUnderBylineLabel): a name line, or a name in Arabic script (ARABIC_NAME),
 * which no capitals tell but the label does: BBC Persian's "نویسنده," over "نسیم حسینی" had been page text, and the
 * story had no author.
 */
export const isNameUnderLabel = (line: Line): boolean => isNameLine(line) || ARABIC_NAME.test(line.text);

/** A name line (isNameLine), or a name in capitals or in Arabic script ("علی حسن" over "نامہ نگار، کراچی"): read so only with a job title under it. */
export const isNameOverJobTitle = (line: Line): boolean =>
  isNameLine(line) || (CAPITALS_NAME_LINE.test(line.text) && hasNameWordsOnly(line)) || (ARABIC_NAME.test(line.text) && !isJobTitleLine(line));

/** No stopword but a name's particles inside it, no job title, and name words alone (areNameWords) in the line's `name`. */
function hasNameWordsOnly(line: Line, name = line.text): boolean {
  const words = name.split(' ');
  if (Math.round(line.stopwordShare * line.wordCount) > particlesInside(words) || isJobTitleLine(line)) return false;
  return areNameWords(words);
}

/**
 * The words a place's name opens with ("New York", "San Diego", "Fort Worth", "North Carolina") and ends with ("Jersey City",
 * "Orange County", "Palm Springs"), none a given name's or a surname's: a place beside the outlet and the date line ("New
 * York · CBC News · Posted: …") had been the author, and "Jane Doe and New York" two authors.
 */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(['new', 'san', 'santa', 'santo', 'são', 'los', 'las', 'fort', 'port', 'mount', 'cape', 'saint', 'sankt', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater']);
const PLACE_LAST_WORDS: ReadonlySet<string> = new Set(['city', 'county', 'island', 'islands', 'springs', 'falls', 'heights', 'township', 'province', 'state', 'republic']);
const isPlaceName = (words: readonly string[]): boolean => PLACE_FIRST_WORDS.has(words[0]!.toLowerCase()) || PLACE_LAST_WORDS.has(words.at(-1)!.toLowerCase());
/** A line of a name line's shape that is a place's name (isPlaceName). */
export const isPlaceNameLine = (line: Line): boolean => NAME_LINE.test(line.text) && isPlaceName(line.text.split(' '));
/**
 * No word of a page's sections and buttons, date word, month or possessive among the words, nor a
 * newsroom's desk (isNewsroom): "Web Desk" alone is no author's name, "Jane Desk" is; nor a place's name (isPlaceName).
 */
const areNameWords = (words: readonly string[]): boolean =>
  !isNewsroom(words.join(' ')) &&
  !isPlaceName(words) &&
  words.every((word) => {
    const lower = word.toLowerCase();
    return !PAGE_WORDS.has(lower) && !DATE_LINE_WORD.test(lower) && !isMonthName(lower) && !/['’]s$/u.test(lower);
  });

/**
 * Words of a job title after the name on the same line: at least two ("Courier Staff Writer" is an
 * outlet's job title, not "Courier Staff" the writer), at most four ("UK technology editor").
 */
const MIN_JOB_TITLE_WORDS = 2;
const MAX_JOB_TITLE_WORDS = 4;

/**
 * Prepositions the stopword lists lack: a name and a job title hold none, a headline in title case may
 * ("Miller Wins Naked Photos Case Against Photographer" had passed for a name and its job title).
 */
const UNLISTED_PREPOSITION = /\b(?:against|amid|among|across|behind|beyond|despite|during|near|onto|toward|towards|until|upon|versus|within|without)\b/iu;

/**
 * A name, then the author's job title on the same line, as pages without "By" print the author
 * ("Alex Whitmore Technology correspondent", "Alex Hern UK technology editor"): no stopword nor
 * preposition (UNLISTED_PREPOSITION), the job title last (JOB_TITLE), a name line's two or three
 * words before it. The name over its job title on two lines is isNameOverJobTitle's.
 */
export function isNameWithJobTitle(line: Line): boolean {
  if (line.stopwordShare > 0 || line.endsWithSentencePunctuation || !JOB_TITLE.test(line.text) || UNLISTED_PREPOSITION.test(line.text)) return false;
  const words = line.text.split(' ');
  return [2, 3].some((k) => {
    // A comma may part the name from its job title ("Lisa Ruiz, Patch Staff", as Patch signs).
    const name = words.slice(0, k).join(' ').replace(/,$/u, '');
    return words.length - k >= MIN_JOB_TITLE_WORDS && words.length - k <= MAX_JOB_TITLE_WORDS && NAME_LINE.test(name) && areNameWords(name.split(' '));
  });
}

/**
 * A byline's last part, after its last comma, pipe, spaced dash or "and" ("Jane Doe, Reuters",
 * "Jane Doe | Reuters", "Bruce Kirkland -- Sun Media", "Jane Doe and The Associated Press").
 */
const LAST_PART = /^(.*\S)\s*(?:,|\||\s[-–—]{1,2}|\sand)\s+([^,|]+)$/iu;
/**
 * A byline ending in an agency of two or more words with no separator before it, as AP pages
 * scraped to text give it: "ELENA BECATOROS and DEREK GATOPOULOS Associated Press". Read at its
 * last "and", the second author was taken for part of the outlet's name and lost. One-word agencies
 * are left out: "Michael R. Bloomberg" is a person. The agency's "The" is its name's, not the
 * authors' last word (NOT_THE): "Jane Doe, The Associated Press" had the author "Jane Doe, The".
 */
const NOT_THE = String.raw`(?<!(?:^|[\s,])the)`;
const TRAILING_AGENCY = new RegExp(
  `^(.*?[\\p{L}.])${NOT_THE}\\s+(${[...NEWS_AGENCIES, ...NETWORK_KEYS].filter((name) => name.includes(' ')).sort((a, b) => b.length - a.length).join('|')})$`,
  'iu',
);
/** What ends a byline's authors before an outlet: the outlet is then read by LAST_PART. */
const SEPARATED = /(?:\s(?:and|&)|[,|\-–—])$/iu;

/**
 * Names before an agency of two or more words on one line, no "By" (TRAILING_AGENCY): AP pages
 * scraped to text sign so next to the date line ("CAROLINA FUENTES Associated Press", "ELENA
 * BECATOROS and DEREK GATOPOULOS Associated Press"). Each name a name line's or one in capitals; the
 * line had been page text before the article, and the story had no author.
 */
const NAME_SEPARATOR = /\s+(?:and|&)\s+|,\s+/u;
/** Names joined by commas and "and" (NAME_SEPARATOR), each a name line's shape with name words alone, or one such name. */
const areNames = (text: string): boolean => text.split(NAME_SEPARATOR).every((name) => NAME_LINE.test(name) && areNameWords(name.split(' ')));
/** What joins names in words ("and", "&"), each a stopword of the line. */
const NAME_JOINERS = /\s(?:and|&)\s/gu;
/**
 * Two names or more joined as a byline joins them, alone on the line: "Jane Doe and John Roe", "Jane Doe, John Roe and
 * Ann Poe", as Bloomberg's stories syndicated on Yahoo sign over the date line (the story had no author). No stopword
 * but what joins them: "The Hague and New York" is no names' line. An "and" among them: a comma alone parts a name from
 * a post as often ("John Smith, Communications Director", a press contact).
 */
export function isNamesLine(line: Line): boolean {
  const joiners = line.text.match(NAME_JOINERS)?.length ?? 0;
  return joiners > 0 && !line.endsWithSentencePunctuation && Math.round(line.stopwordShare * line.wordCount) <= joiners && areNames(line.text);
}
export function isNameWithAgency(line: Line): boolean {
  const names = TRAILING_AGENCY.exec(line.text)?.[1];
  if (names === undefined || line.endsWithSentencePunctuation || SEPARATED.test(names)) return false;
  return names.split(NAME_SEPARATOR).every((name) => (NAME_LINE.test(name) || CAPITALS_NAME_LINE.test(name)) && areNameWords(name.split(' ')));
}

/**
 * An outlet's masthead on its own line (the header's, under the title): an outlet's name of two words
 * or more, hyphens joining them too ("The Sydney Morning Herald", "Gulf-Times"). One word is a menu's
 * ("News", "Register"), and so is a link between a blog's posts ("Previous Post", "Next Post").
 */
const POST_LINK = new RegExp(String.raw`^${PAGER_WORD}\s`, 'iu');
export const isMasthead = (text: string): boolean => /[\s-]/u.test(text) && !POST_LINK.test(text) && isOutlet(text);

/**
 * A name line (isNameLine), a spaced dash or bar and the outlet it writes for ("Budi Santoso -
 * detikJabar", "Jane Doe | Reuters"), with no "By": the page's byline, which had stayed in the body.
 * Not a comma ("Jane Doe, Reuters" under a picture is its credit), nor a job title after the dash
 * ("Jane Doe - Staff Writer": no outlet). Its outlet is the source (signedByline).
 */
const NAME_THEN_OUTLET = /^(\S.*?) (?:[-–—]{1,2}|\|) (\S.*)$/u;
function isNameThenOutlet(line: Line, parted = NAME_THEN_OUTLET): boolean {
  const parts = parted.exec(line.text);
  return parts !== null && isOutlet(parts[2]!) && isNameLine(describeLine(line.number, parts[1]!, NO_STOPWORDS));
}
/**
 * A name line, a comma and the outlet it writes for (isNameThenOutlet): ABS-CBN signs "Maria Clara Santos, ABS-CBN News"
 * over its date line, and the story had no author. Read next to the header's date line only (header.ts headerName):
 * elsewhere "Jane Doe, Reuters" is a picture's credit.
 */
const NAME_COMMA_OUTLET = /^(\S.*?), (\S.*)$/u;
export const isNameWithOutlet = (line: Line): boolean => !line.endsWithSentencePunctuation && isNameThenOutlet(line, NAME_COMMA_OUTLET);

/** Words of a job title after a comma or spaced dash parting it from the name ("Celebrity News Service News Writer"). */
const MAX_PARTED_JOB_TITLE_WORDS = 6;
/** An outlet's name not known to isOutlet after the name: one to three capitalised words ("Burnaby Now"). */
const CAPITALISED_OUTLET = /^\p{Lu}[\p{L}\p{M}&'’.-]*(?: \p{Lu}[\p{L}\p{M}&'’.-]*){0,2}$/u;
/** A name, a comma or a spaced dash, and what follows it. */
const NAME_THEN_PART = /^(.+?)(,| [-–—]{1,2}) (.+)$/u;

/**
 * A person's name with their post or outlet on one line, as an author signs without "By": with a
 * job title (isNameWithJobTitle, or after a comma or spaced dash: "Sally Grover - Celebrity News
 * Service News Writer"), an agency (isNameWithAgency) or an outlet (isNameWithOutlet, or one of three
 * capitalised words at most after a two-word name and a comma: "Erin Hitchcock, Burnaby Now"). Never
 * the page's title (headlines.ts): both had been. Not after a dash nor a longer name: a headline in
 * title case is shaped so more often ("Joe Cole - Nightmare", "Bill Clinton Speaks, Girl Faints").
 */
export function isNameWithPost(line: Line): boolean {
  if (line.endsWithSentencePunctuation) return false;
  if (isNameWithJobTitle(line) || isNameWithAgency(line) || isNameWithOutlet(line) || namePartedFromJobTitle(line) !== null) return true;
  const parts = NAME_THEN_PART.exec(line.text);
  if (!parts) return false;
  const [, name = '', separator, post = ''] = parts;
  return separator === ',' && name.split(' ').length === 2 && NAME_LINE.test(name) && areNameWords(name.split(' ')) && CAPITALISED_OUTLET.test(post);
}

/**
 * The name of a line that is a name, a comma or a spaced dash and a job title ("Sally Grover - Celebrity News Service News
 * Writer"), else null: under the date line it signs the story (header.ts headerName), which had had no author.
 */
export function namePartedFromJobTitle(line: Line): string | null {
  if (line.endsWithSentencePunctuation) return null;
  const [, name = '', , post = ''] = NAME_THEN_PART.exec(line.text) ?? [];
  return NAME_LINE.test(name) && areNameWords(name.split(' ')) && JOB_TITLE.test(post) && post.split(' ').length <= MAX_PARTED_JOB_TITLE_WORDS ? name : null;
}

/** Words of a reporter's job title: "Sports Writer", "European Insurance Correspondent", "Staff Writers". */
const JOB_TITLE_WORDS = String.raw`(?:[\p{L}-]+\s+){0,3}${JOB_TITLE_ROLE}`;
const escaped = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/**
 * Names, a news agency and the writer's job title at the agency: "JOSEPH WHITE AP Sports Writer",
 * "Jane Doe, Associated Press Writer", as AP signs. The job title had stayed in the author and the
 * story had no source.
 */
const AGENCY_JOB_TITLE = new RegExp(
  `^(.*?[\\p{L}.])${NOT_THE},?\\s+(${[...NEWS_AGENCIES].sort((a, b) => b.length - a.length).map(escaped).join('|')})\\s+${JOB_TITLE_WORDS}$`,
  'iu',
);
/**
 * Names, then a comma or a spaced dash and the writer's job title: "Chang-Ran Kim, Asia auto
 * correspondent", "Jane Doe - Staff Writer", "Ana Ruiz and Tom Ellis, Staff Writers". The author is
 * the names: the job title had stayed in it, and an author signing under two titles stood as two.
 */
const JOB_TITLE_AFTER = new RegExp(`^(.*?\\S)\\s*(?:,|\\s[-–—]{1,2})\\s+${JOB_TITLE_WORDS}$`, 'iu');

/** A name's middle initial ("Michael R."): no name ends with one. */
const ENDS_WITH_INITIAL = /(?:^|\s)\p{Lu}\.$/u;
/**
 * The author when an agency's one-word name after the names is the person's surname (the names end
 * with a middle initial): "Michael R. Bloomberg Opinion Columnist" is Michael R. Bloomberg, with no
 * outlet (his job title dropped), else null. Read as names, agency and job title, the author had been
 * "Michael R." and the source Bloomberg.
 */
function agencyAsSurname(names: string, agency: string): { authors: string; outlet: null } | null {
  return ENDS_WITH_INITIAL.test(names) && !agency.includes(' ') ? { authors: `${names} ${agency}`, outlet: null } : null;
}

/**
 * Names, "for" and the outlet they write for, as the Daily Mail signs ("By JOHN SMITH FOR DAILYMAIL.COM", "By Jane Doe,
 * Chief Political Correspondent For The Daily Mail"): the author had kept the outlet, and the story had no source.
 */
const FOR_OUTLET = /^(.*?\S)\s+(?:for|For|FOR)\s+(\S.*)$/u;
/** An outlet's name (isOutlet) in a byline, maybe in capitals as the byline is ("FOX NEWS", "THE DAILY MAIL", "DAILYMAIL.COM"). */
const isBylineOutlet = (name: string): boolean => isOutlet(name) || (!/\p{Ll}/u.test(name) && isOutlet(name.split(' ').map(capitalised).join(' ')));

/**
 * A byline read as its authors and the outlet it is signed with, which is the article's source:
 * a known agency, a network or a news service on its own ("TASS", from "By TASS", "Par AFP", "Por EFE", "Von dpa", "By CNN";
 * "By Express News Service": the outlet and no author; it had been the byline too), or a last part (after the last comma, pipe, spaced
 * dash or "and") that is a known agency or an outlet's name ("Jane Doe, Tom Smith, Reuters": "Jane Doe, Tom
 * Smith" and "Reuters"), or the outlet the names write for (FOR_OUTLET). Any other byline is all authors, with no outlet.
 */
export function signedByline(byline: string | null): { authors: string | null; outlet: string | null } {
  if (!byline) return { authors: byline, outlet: null };
  if (isNewsAgencyName(byline) || isNetworkName(byline) || isNewsService(byline)) return { authors: null, outlet: byline };
  const agencyTitled = AGENCY_JOB_TITLE.exec(byline);
  if (agencyTitled) return agencyAsSurname(agencyTitled[1]!, agencyTitled[2]!) ?? { authors: agencyTitled[1]!, outlet: agencyTitled[2]! };
  const writtenFor = FOR_OUTLET.exec(byline);
  if (writtenFor && isBylineOutlet(writtenFor[2]!)) return { authors: signedByline(writtenFor[1]!).authors, outlet: writtenFor[2]! };
  const titled = JOB_TITLE_AFTER.exec(byline);
  if (titled) return signedByline(titled[1]!);
  const trailing = TRAILING_AGENCY.exec(byline);
  if (trailing && !SEPARATED.test(trailing[1]!)) return { authors: trailing[1]!, outlet: trailing[2]! };
  const parts = LAST_PART.exec(byline);
  const outlet = parts?.[2]!.trim();
  if (!outlet || !(isBylineOutlet(outlet) || isNamedWithThe(outlet))) return { authors: byline, outlet: null };
  return { authors: parts![1]!, outlet };
}

/**
 * A byline's last part named with "The" and capitalised words alone: "By Meg Britton-Mehlisch, The Berkshire Eagle",
 * a paper whose last word is no outlet's word ("Eagle", "Union", "Day", "Conversation"). It had stayed in the
 * author, and the story had no source. No person's name opens with "The"; a newsroom does ("The Editorial Board"),
 * a job title ("The Guardian's Correspondent") and an institution ("The Ohio State University", an academic
 * author's line kept whole) too: none is the outlet.
 */
const NAMED_WITH_THE = /^The(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){1,4}$/u;
const isNamedWithThe = (name: string): boolean => NAMED_WITH_THE.test(name) && !isNewsroom(name) && !JOB_TITLE.test(name) && !INSTITUTION.test(name);

/**
 * An institution's name alone: capitalised words and the small words joining them ("University of
 * Würzburg", "Max Planck Institute for Biology", "Imperial College London"), at most eight.
 */
const INSTITUTION_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|for|and|the|de|du|des|di|für)){0,7}$/u;
/**
 * A "by" line's names and, after its last comma, the institution that published the story (phys.org's
 * "by Laura Mendes, University of Würzburg", a university's press office), else null: the author had
 * kept the institution, and the story had no source. Each name a name line's, the institution's name
 * alone, no post. Only after "by": The Conversation's author line under the title ("Mei Chen, The
 * University of Queensland", "Amara Okafor, Research Fellow, Institute for Fiscal Studies") is the
 * academic author's, kept whole (isAcademicAuthorLine).
 */
function institutionAfterNames(byline: string): { names: string; institution: string } | null {
  const parts = LAST_PART.exec(byline);
  if (!parts) return null;
  const [names, institution] = [parts[1]!, parts[2]!.trim()];
  return areNames(names) && INSTITUTION_NAME.test(institution) && INSTITUTION.test(institution) && !ACADEMIC_POST.test(institution) ? { names, institution } : null;
}

/**
 * A "by" line's names before the place the reporter writes from or their post, after a comma as one capitalised word
 * (German papers' "Von Katrin Elger, Hannover") or in brackets (Le Monde's "Par Claire Ané (Grenoble, envoyée spéciale)"),
 * else null: the place had stayed in the author. Not an outlet ("Jane Doe, Reuters", "Jane Doe (AFP)": signedByline reads
 * those), initials ("Jane Doe, NDR", "John Smith, MD") nor a name's suffix ("Ben Smith, Sr.", NAME_SUFFIX).
 */
const NAMES_THEN_PLACE = /^(.*?\S),\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)$|^(.*?\S)\s*\(([^()]+)\)$/u;
function namesBeforePlace(byline: string): string | null {
  const parts = NAMES_THEN_PLACE.exec(byline);
  if (!parts) return null;
  const [names, after] = parts[1] !== undefined ? [parts[1], parts[2]!] : [parts[3]!, parts[4]!];
  return areNames(names) && !isOutlet(after) ? names : null;
}

/** A "by" line's name lifted as the byline, or its names as the byline and its institution as the source (institutionAfterNames), or its names without their place (namesBeforePlace). */
function liftBylineName(name: string, metadata: ArticleMetadata): void {
  const signed = metadata.byline === null ? institutionAfterNames(name) : null;
  metadata.byline ??= signed?.names ?? namesBeforePlace(name) ?? name;
  if (signed) metadata.source ??= signed.institution;
}

export const isEditNote = (line: Line): boolean => EDIT_NOTE.test(line.text);

/**
 * An academic author's disclosure of interests, as The Conversation closes every article (English,
 * French and Spanish editions): "Jane Doe does not work for, consult, own shares in or receive
 * funding from any company …", "Jane Doe receives funding from the ESRC.", and its partner's note
 * ("University of Leeds provides funding as a member of The Conversation UK."). It had stayed as
 * the article's last paragraph. A name opens it: "The hospital trust receives funding from …" is
 * article text. The fixed wording tells a disclosure by itself; "receives funding from" does only
 * from the author (AUTHOR_FUNDED): "Acme Corp receives funding from …" is a company's news.
 */
const AUTHOR_DISCLOSURE = new RegExp(
  `^${BIO_NAME}(?:,? and ${BIO_NAME})?\\s+(?:(?:does|do) not work for, consult, own shares in|ne travaille(?:nt)? pas, ne conseille(?:nt)? pas|no recibe(?:n)? salario)` +
    '|^[^.]{3,80} provides? funding as (?:a |one of the )?(?:founding )?(?:member|partner)s? of The Conversation',
  'u',
);
const AUTHOR_FUNDED = new RegExp(`^(${BIO_NAME})(?:,? and ${BIO_NAME})?\\s+(?:receives?|(?:has|have) received) funding from`, 'u');
/**
 * A site's note on who funds it, naming itself, under the article: Golwg360's "Mae Golwg360 yn cael ei ariannu gan
 * Lywodraeth Cymru." (Welsh, "Golwg360 is funded by …"), "The Ferret is funded by its members.", "Correctiv wird durch
 * Spenden finanziert.", "Mediapart est financé par ses abonnés.", "Agência Pública é financiada por …". It had stayed as
 * the last paragraph. The name (one to three capitalised words) must be the site's: a line above the article is the
 * name alone (its masthead) or an address holding it (isSiteName): "The Hospital Trust is funded by the NHS." names no site.
 */
const FUNDED_NAME = String.raw`((?:The )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,2})`;
const SITE_FUNDED = new RegExp(
  `^(?:Mae(?:['’]r)? ${FUNDED_NAME} yn cael ei (?:ariannu|gefnogi|noddi) gan` +
    `|${FUNDED_NAME} (?:is|are) (?:(?:mainly|partly|largely|entirely) )?(?:funded|financed|supported) (?:in part )?by` +
    `|${FUNDED_NAME} (?:receives?|gets) funding from` +
    `|${FUNDED_NAME} wird (?:von|durch) [^.!?]{1,80}? (?:gefördert|finanziert)` +
    `|${FUNDED_NAME} est (?:financée?|soutenue?) par` +
    `|${FUNDED_NAME} (?:está|es|é) (?:financiad[oa]|apoyad[oa]) por)\\b`,
  'u',
);
const MAX_FUNDING_NOTE_WORDS = 60;
/** Whether a line above the article names the site `name`: its masthead (the name alone) or its address ("golwg360.cymru"). */
function isSiteName(name: string, header: readonly Line[]): boolean {
  const lower = name.toLowerCase();
  const compact = lower.replace(/^the /u, '').replace(/[^\p{L}\p{N}]/gu, '');
  return header.some((line) => {
    const text = line.text.toLowerCase();
    return text === lower || text === lower.replace(/^the /u, '') || (/[a-z0-9-]\.[a-z]{2,}/u.test(text) && text.replace(/[^\p{L}\p{N}.\/]/gu, '').includes(`${compact}.`));
  });
}
/** A desk named by one or two words before "Desk" ("Mint Desk", "The Mint Desk"), which may be the outlet's name (isSiteDesk). */
const NAMED_DESK = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)?)\s+(?:Desk|DESK)$/u;
/**
 * Whether a byline is the site's own desk, the words before "Desk" the site's name as a line of `header` gives it (isSiteName:
 * Mint's "By Mint Desk" under its masthead "Mint" or beside "livemint.com"). DESK_NAME reads a desk by a section's word, the
 * medium or the outlet's initials, and "Mint" is none: the desk had been the author. Only the page tells the paper's name
 * from a surname ("By Jane Desk" is a person's); like any desk, no author and not the source (isNewsroom).
 */
export function isSiteDesk(byline: string, header: readonly Line[]): boolean {
  const name = NAMED_DESK.exec(byline)?.[1];
  return name !== undefined && isSiteName(name, header);
}
/** Words of a site's name before the author's in its signature at most (isSiteSignature: "Ouest-France", "The Harbour Courier"). */
const MAX_SITE_NAME_WORDS = 3;
/**
 * Whether the line is the site's name and a person's (a full stop after it allowed), the site named by a line of `header`
 * (isSiteName): Ouest-France closes its articles with "Ouest-France Anne-Laure Roux.", the byline over its date line again,
 * which had stayed as the last paragraph.
 */
export function isSiteSignature(line: Line, header: readonly Line[]): boolean {
  const words = line.text.split(' ');
  if (words.length > MAX_SITE_NAME_WORDS + 4) return false;
  for (let k = 1; k <= MAX_SITE_NAME_WORDS && words.length - k >= 2; k++) {
    const name = describeLine(line.number, words.slice(k).join(' '), NO_STOPWORDS);
    if ((isNameLine(name) || isNameWithFullStop(name)) && isSiteName(words.slice(0, k).join(' '), header)) return true;
  }
  return false;
}
/** Whether the line is the site's own funding note (SITE_FUNDED), the site named by a line of `header`. */
export function isSiteFundingNote(line: Line, header: readonly Line[]): boolean {
  if (line.wordCount > MAX_FUNDING_NOTE_WORDS) return false;
  const name = SITE_FUNDED.exec(line.text)?.slice(1).find((group) => group !== undefined);
  return name !== undefined && isSiteName(name, header);
}
/** A line above the article that signs it with the name: "Jane Doe, Professor …", "By Jane Doe", "Jane Doe and Tom Smith". */
const signs = (line: Line, name: string): boolean => {
  const text = line.text.replace(/^by\s+/iu, '');
  return text.startsWith(name) && /^(?:$|,|\s+(?:and|&)\s)/u.test(text.slice(name.length));
};
/** A disclosure is a few sentences. */
const MAX_DISCLOSURE_WORDS = 80;
/** Whether the line discloses the interests of the author who signs one of the `header` lines (the page's lines above the article). */
function isAuthorDisclosure(line: Line, header: readonly Line[]): boolean {
  if (line.wordCount > MAX_DISCLOSURE_WORDS) return false;
  if (AUTHOR_DISCLOSURE.test(line.text)) return true;
  const name = AUTHOR_FUNDED.exec(line.text)?.[1];
  return name !== undefined && header.some((above) => signs(above, name));
}

/**
 * A line crediting the article's reporters and editors, or disclosing its author's interests, which
 * the article ends with (see liftCredit). Without the `header` lines only a disclosure's fixed wording tells one.
 */
export const isContributorLine = (line: Line, header: readonly Line[] = []): boolean => isAuthorDisclosure(line, header) || isSiteFundingNote(line, header) || isCreditLine(line);

/** A line crediting the article's reporters and editors: a wire credit, "… contributed reporting", "… reported from …", "--With assistance from …". */
function isCreditLine(line: Line): boolean {
  if (line.wordCount > MAX_CONTRIBUTOR_WORDS) return false;
  return isWireCredit(line.text) || (CONTRIBUTED_WORD.test(line.text) && CONTRIBUTED.test(line.text)) || REPORTED_FROM.test(line.text) || isAssistanceCredit(line.text);
}

/**
 * An academic author's line under the title: the name, a comma, the post and the institution ("Jane
 * Doe, Professor of Economics, University of Leeds", "Amara Okafor, Research Fellow, Institute for
 * Fiscal Studies"), as The Conversation signs its articles. It had stayed in the body, and the article
 * had no byline. A director or chair is an academic's post only with an institution's name ("Jane Doe,
 * Director, Institute for Fiscal Studies"): "John Smith, Managing Director at Acme Corp" is a press
 * contact or a quoted person, not the author; so is a scientist ("Chief Scientist at Acme"). The post
 * or the institution in either part after the name ("Professor of Economics, Centre for Cities" had
 * been none: the last part had to hold it), a research centre too ("Centre for Cities", "Center for
 * …"): not a hospital's or a community's ("a nurse at Mercy Medical Center" is a caption). A post is
 * named bare: a caption describes its person ("Maria Lopez, a teacher at Lincoln High School", "Tom
 * Reyes, 19, a student at …", "Ana Ruiz, who teaches at …").
 */
const ACADEMIC_AUTHOR = new RegExp(`^${BIO_NAME}, ([^,]{2,100}(?:, [^,]{2,100})?)$`, 'u');
const ACADEMIC_POST = /(?<![\p{L}])(?:Professor|Lecturer|Reader|Fellow|Researcher|Candidate|Student|Dean)(?![\p{L}])/u;
const INSTITUTION = /(?<![\p{L}])(?:University|College|Institute|School|(?:Centre|Center) for)(?![\p{L}])/u;
const MAX_ACADEMIC_AUTHOR_WORDS = 20;
// Case-sensitive: 'The University of Sydney' is an institution named bare.
const DESCRIBED_PERSON = /^(?:an?|the|who|whose|\d+)(?![\p{L}\p{N}])/u;
const isAcademicPost = (post: string | undefined): boolean =>
  post !== undefined && !DESCRIBED_PERSON.test(post) && (ACADEMIC_POST.test(post) || INSTITUTION.test(post));
export const isAcademicAuthorLine = (line: Line): boolean =>
  line.wordCount <= MAX_ACADEMIC_AUTHOR_WORDS && !line.endsWithSentencePunctuation && isAcademicPost(ACADEMIC_AUTHOR.exec(line.text)?.[1]);
/**
 * An academic's post alone on its line, as The Conversation sets it under the author's name: the post,
 * a comma, the institution ("Senior Lecturer in Public Finance, University of Leeds"). index.ts
 * isHeaderNameOrRole keeps it from the title. Both parts: a headline names a school or a university
 * too ("Bus explosion kills Sri Lankan school children"), a menu a "College" or "Student Journal".
 */
export function isAcademicPostLine(line: Line): boolean {
  if (line.wordCount > MAX_ACADEMIC_AUTHOR_WORDS || line.endsWithSentencePunctuation) return false;
  const comma = line.text.indexOf(', ');
  return comma > 0 && ACADEMIC_POST.test(line.text.slice(0, comma)) && INSTITUTION.test(line.text.slice(comma + 2));
}

/**
 * Removal reason for a wire credit or a contributor line after the article (a wire credit's
 * reporters lifted as the byline when the page gave none), else null. Only after the body (the
 * cleaner ends the article before those closing it): the cleaning benchmarks' gold keeps credits
 * that stand inside it. Its names are not the article's subject, and had been its top terms.
 * `header`: the page's lines above the article, which sign it (isAuthorDisclosure).
 */
export function liftCredit(line: Line, metadata: ArticleMetadata, header: readonly Line[] = []): string | null {
  if (isAuthorDisclosure(line, header)) return 'author disclosure';
  if (isSiteFundingNote(line, header)) return "site's funding note";
  if (!isCreditLine(line)) return null;
  if (!isWireCredit(line.text)) return 'contributor line';
  const reporters = CREDITED_REPORTERS.exec(line.text)?.[1]?.replace(REPORTER_PLACE, '').trim();
  if (reporters) metadata.byline ??= reporters;
  return 'wire credit line';
}
