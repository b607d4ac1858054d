// Date lines of the header: their labels (published, updated, in the languages pages use), the words a date line
// is made of, and the predicates on them. The lowest layer of src/clean/metadata/: it imports nothing from its
// siblings; names.ts and lift.ts read a line's date words from here.
import type { DateOrder } from '../../types.js';
import { findIsoDate, isMonthName, opensWithWeekday, readDate } from '../../text/dates.js';
import { asciiDigits } from '../../text/digits.js';
import { isTimeStamp } from '../chrome/stamps.js';
import type { Line } from '../lines.js';
import { isNewsAgencyName, isOutlet } from '../outlets.js';

// Not `\b`, which reads only ASCII letters as word characters: it never holds after "publié" and a space,
// and "Publié le 10 juillet 2023 à 09h12, modifié le …" (12 words) is a date line only with its label.
/**
 * Labels of when the article was published (or of its date); UPDATE_LABELS, of when it was last changed. "Article Launched" is
 * MediaNews Group's papers' ("Article Launched: 01/14/2008 02:57:26 AM PST", 10 words to the counter: a date line only labelled);
 * "Created" and "Last Edited" a TV station's site's ("Last Edited: Friday, 11 Dec 2026, 11:09 PM EST" over "Created: …", unlabelled
 * a table's rows); "Page updated" a US paper's after its day and a dash ("Saturday, December 5, 2026 - Page updated at 12:00 AM").
 * Catalan's "Publicat el …" and "Actualitzat el …" (Romanian's "Publicat" too), each a label: unlabelled, the two lines were read
 * as a table's rows.
 */
export const PUBLICATION_LABELS = 'published|posted|date|first published|originally published|article launched|created|publicado|publié|pubblicato|veröffentlicht|publiziert|gepubliceerd|publikacja|opublikowano|giriş|yayınlanma|diterbitkan|publicat|опубликовано|تاريخ النشر|פורסם';
export const UPDATE_LABELS = 'updated|last updated|page updated|last modified|modified|last edited|aktualisiert|mis à jour|mise à jour|modifié|actualizado|actualizada|atualizado|atualizada|atualização|aggiornato|modificato|modifica|bijgewerkt|aangepast|aktualizacja|zaktualizowano|güncelleme|son güncelleme|diperbarui|dikemas kini|actualitzat|actualitzada|обновлено|оновлено|oppdatert|opdateret|uppdaterad|päivitetty|aktualizováno|frissítve|آخر تحديث|עודכן|به‌روزرسانی شده|uppfært|dagført|最終更新|更新';
/**
 * Yonhap's label of the time it sent the story, which the page's markup runs into the date
 * ("송고시간2026-12-04 10:21"): a date line's label, or the line is page text.
 */
const SENT_LABEL = '송고시간';
/**
 * The Arabic "published" (نُشر, maybe without its vowel mark) with its colon, as Asharq Al-Awsat heads its stories ("نُشر:
 * 14:30-4 ديسمبر 2026 م ـ 24 جمادى الآخرة 1448 هـ", the Hijri date after the Gregorian): eleven words, a date line only
 * labelled. Only with the colon: the verb opens sentences ("نشر الموقع تقريرا …", the site published a report).
 * With "في" (on) before the colon as Al Arabiya heads its stories, "نشر في: 03 ديسمبر ,2026: 04:12 م GST".
 */
const ARABIC_PUBLISHED_LABEL = 'نُ?شر(?:\\s+في)?(?=\\s*:)';
export const DATE_LABEL = new RegExp(`^(?:(?:${PUBLICATION_LABELS}|${UPDATE_LABELS})(?![\\p{L}\\p{N}])|${SENT_LABEL}|${ARABIC_PUBLISHED_LABEL})\\s*:?`, 'iu');
/**
 * A date's label alone on its line, the date on the next: The Straits Times sets "UPDATED" over "Dec 04, 2026, 06:40 PM"
 * (header.ts crosses it between the author's name and the date line).
 */
export const isDateLabelLine = (line: Line): boolean => !/\p{N}/u.test(line.text) && isLabelledDateWords(line);
/**
 * A date line giving when the article was last changed. The article's date is when it was
 * published: a page heading its dates "Updated: 18 Nov 2019 9:38 pm" then "Posted: ... 8:11 pm"
 * (3 of the 47 scrapinghub pages with two date lines, one of 75 in l3s-dev) is dated by the second.
 * French, Spanish, Portuguese and Italian labels too ("Mis à jour le …", "Actualizado: …"), and
 * Dutch, Polish, Turkish, Indonesian and Russian ("Aktualizacja: …" over "Publikacja: …"), and
 * Arabic ("آخر تحديث: 4/12/2026 10:15 (توقيت مكة)", "last update", as Al Jazeera heads its stories; "تاريخ
 * النشر", "date of publication"). And Hebrew: ynet's "פורסם: 04.12.26, 16:05" over "עודכן: 04.12.26, 17:20" (published,
 * updated), whose two-digit year's date is read only labelled. And Chinese and Japanese 更新 ("updated"): CNA
 * sets "2026/12/4 16:30（12/4 18:05 更新）", a line of ten words, a date line and no title. And
 * Icelandic's and Faroese's "uppfært" and "dagført" (mbl's "… | 10:32 | Uppfært 11:05"). And Japanese 最終更新 ("last
 * updated"): Mainichi's "2026/12/5 17:30（最終更新 12/5 20:10）".
 */
export const UPDATE_LABEL = new RegExp(`^(?:${UPDATE_LABELS})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * A publication label inside a date line that opens with its update ("Updated: 13 March 2026 10:15 |
 * Published: 12 March 2026 09:10", "Actualizado: … | Publicado: …"): the article's date is after it, not the line's first.
 */
const PUBLICATION_INSIDE = new RegExp(`(?<![\\p{L}])(?:${PUBLICATION_LABELS})(?![\\p{L}\\p{N}])`, 'iu');
/** The part of a date line that dates the publication: from its publication label on when its update comes first, else all of it. */
export function publicationPart(text: string): string {
  const inside = UPDATE_LABEL.test(text) ? PUBLICATION_INSIDE.exec(text) : null;
  return inside ? text.slice(inside.index) : text;
}
/**
 * A date line naming who published the article, and when: "Published by The Morning Sentinel on Dec. 3, 2026.", as Legacy.com
 * dates the obituaries it hosts for a paper ("… from Dec. 3 to Dec. 5, 2026" when it ran some days).
 */
const PUBLISHED_BY = /^(?:first |originally )?(?:published|posted) by (.+?) (?:on|from) .*\d{4}\.?$/iu;
/**
 * A name after a date's last comma (group 1), as Indian business papers sign a wire's story under its date: "3 Dec, 2026, 1130 hrs IST,
 * PTI". The agency when it is one (outlets.ts isNewsAgencyName) and the words before it a date's alone (onlyDateWords).
 */
const AGENCY_AFTER_DATE = /,\s*(\p{L}[\p{L}.&' -]{0,29}?)\s*$/u;
/**
 * The outlet a date line says published the article (PUBLISHED_BY), the agency it names after its date (AGENCY_AFTER_DATE) or the paper it heads as a print page's folio (PRINT_FOLIO), else null: the paper, not the site hosting its page, is
 * the source an analyst groups by (not the host's copyright notice, "Legacy.com", under an obituary). A person
 * posting ("Posted by Rob Quill on January 9, 2008", a blog's) names none.
 */
export function publisherOfDateLine(line: Line): string | null {
  const name = PUBLISHED_BY.exec(line.text)?.[1];
  if (name !== undefined) return isOutlet(name) ? name : null;
  const agency = AGENCY_AFTER_DATE.exec(line.text);
  if (agency !== null && isNewsAgencyName(agency[1]!) && /\p{Nd}/u.test(line.text.slice(0, agency.index)) && onlyDateWords(line.text.slice(0, agency.index))) return agency[1]!;
  const paper = PRINT_FOLIO.exec(line.text)?.[1];
  return paper !== undefined && isOutlet(paper.toLowerCase().replace(/(?<!\S)\p{L}/gu, (letter) => letter.toUpperCase())) ? paper : null;
}
/**
 * A print page's folio, as an e-paper's print text heads each page: the paper's name in capitals (group 1), the day's date in capitals and
 * the page's number on either side ("THE HARBOUR CHRONICLE SATURDAY, DECEMBER 5, 2026 7", "8 THE HARBOUR CHRONICLE SATURDAY, …"). The
 * paper, an outlet's name once its capitals are lowered, published the page, not the site a "Read more at" line under the story
 * names.
 */
const PRINT_FOLIO = /^(?:\d{1,3}\s+)?(\p{Lu}[\p{Lu}'’.&-]*(?:\s+\p{Lu}[\p{Lu}'’.&-]*){0,4}?)\s+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),\s+\p{Lu}+\s+\d{1,2},\s+\d{4}(?:\s+\d{1,3})?$/u;
/**
 * A date of birth or death, as an obituary's facts box gives them ("Born: March 2, 1932", "Died:
 * September 29, 2023"): a date line, but not when the article was published, so no obituary is dated
 * by its subject's birth.
 */
export const LIFE_DATE_LABEL = /^(?:born|died|date of (?:birth|death)|geboren|gestorben|née?|décédée?|nacid[oa]|fallecid[oa])(?![\p{L}\p{N}])/iu;
/**
 * The words of a date line besides its date: numbers and times, weekdays, time zones, labels and a
 * relative age. Reuters pages head the text with "December 28, 2023 4:15 PM GMT Updated 2 hours
 * ago": 11 words and no leading label, a date line by its words alone (and the dateline after it then
 * opens the body and gives the source). Time zones spelled out too: Business Wire heads every release with
 * "Tuesday, October 24, 2023 07:30 AM Eastern Daylight Time" (9 words). A Chinese, Japanese or Korean date
 * and time are words of figures and their units ("2026年11月30日", "16時45分", "오후", "3시"): a Japanese date
 * line of nine words to the segmenter is a date line, not the page's title. A time's minutes
 * run into am or pm are one ("5:02am" gives "02am"): ABC News (Australia)'s "Posted Thu 4 Dec 2026 at
 * 5:02am, updated Thu 4 Dec 2026 at 9:47am", over the 14 words of other metadata lines.
 */
export const DATE_LINE_WORD =
  /^(?:\d+(?:st|nd|rd|th|[ap]m)?|\d{1,2}[h.]\d{2}|(?:\p{Nd}+[年月日時时分秒点點년월일시분초])+|午前|午後|上午|下午|오전|오후|[ap]m|[ap]\.m|gmt|utc|z|bst|cet|cest|eet|eest|wet|west|msk|mez|mesz|oez|oesz|ist|jst|kst|hkt|sgt|aest|aedt|est|edt|cst|cdt|mst|mdt|pst|pdt|hst|hdt|akst|akdt|et|pt|ct|mt|eastern|central|mountain|pacific|atlantic|daylight|standard|summer|time|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|published|updated|posted|last|first|modified|on|at|ago|an?|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)$/iu;
/**
 * A date line's words in German, French, Spanish, Portuguese, Italian and Dutch: weekdays, the words
 * joining day, month, year and time ("28 de noviembre de 2026 a las 09:45 horas", "le jeudi 3
 * décembre 2026 à 09h45", "09.45 Uhr"); Vietnamese weekdays, "thứ" and a numeral or "chủ nhật" (VnExpress
 * heads its stories "Thứ sáu, 4/12/2026, 08:15 (GMT+7)": nine words); Persian's words of an age
 * ("۵ ساعت قبل", five hours ago: hour, minute, day, week, ago); Thai's "น." after the time ("o'clock": "4 ธ.ค. 69 10:15 น.", a
 * two-digit year's date line) and "วันที่" ("date") before the day (Khaosod's "วันที่ 5 ธันวาคม 2569 - 11:24 น.");
 * Hebrew's words of an age ("עודכן לפני 2 שעות", updated 2 hours ago, Walla's line between the author's name and the date
 * line, which as page text would part the name from the date line); Arabic's era marks and the Hijri date papers set after
 * the Gregorian one ("نُشر: 14:30-4 ديسمبر 2026 م ـ 24 جمادى الآخرة 1448 هـ", Asharq Al-Awsat's, labelled "published");
 * Amharic's "day" and the Ethiopian era's mark ("ኅዳር 26 ቀን 2019 ዓ.ም.", else read as a sentence); Catalan's "les" before the time
 * ("Publicat el 4 de desembre de 2026 a les 09:40"). Not DATE_LINE_WORDs: "de"
 * and "le" are words of names ("Ana de la Cruz") that a byline after a date keeps.
 */
const OTHER_DATE_LINE_WORD =
  /^(?:thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda|terça|terca|quarta|quinta|sexta|feira|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|de|del|le|à|às|las|les|um|om|alle|ore|uhr|uur|h|hs|hora|horas|heure|heures|ساعت|دقیقه|روز|هفته|قبل|پیش|לפני|שניות|דקה|דקות|שעה|שעות|שעתיים|יום|ימים|יומיים|שבוע|שבועות|น|วันที่|م|ـ|هـ|محرم|صفر|ربيع|جمادى|الأول|الأولى|الآخر|الآخرة|الثاني|الثانية|رجب|شعبان|رمضان|شوال|ذو|القعدة|الحجة|ቀን|ዓ\.ም)$/iu;
/**
 * The words Khmer writes a date line with, run together as Khmer writes words: "day", a weekday, "the" (ordinal), "month",
 * "year", "hour", "minute", morning to night. Kampuchea Thmey's "ថ្ងៃសៅរ៍ ទី៥ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ១០:៣០ នាទីព្រឹក" (Saturday the
 * 5th, month December, year 2026, hour 10:30, minutes, morning), nine words: a date line, not the story's title.
 */
const KHMER_DATE_PARTS = /ថ្ងៃ|ទី|ខែ|ឆ្នាំ|ម៉ោង|នាទី|ព្រឹក|រសៀល|ល្ងាច|យប់|ច័ន្ទ|អង្គារ|ពុធ|ព្រហស្បតិ៍|សុក្រ|សៅរ៍|អាទិត្យ/gu;
const KHMER = /^\p{Script=Khmer}/u;
/** A Khmer word of date parts alone, maybe ending in a figure or a month's name ("ទី5", "ខែធ្នូ"). */
const isKhmerDateWord = (word: string): boolean => {
  if (!KHMER.test(word)) return false;
  const rest = word.replace(KHMER_DATE_PARTS, '');
  return rest !== word && (rest === '' || /^\d+$/u.test(rest) || isMonthName(rest));
};
const isDateLineWord = (word: string): boolean => DATE_LINE_WORD.test(word) || OTHER_DATE_LINE_WORD.test(word) || isMonthName(word) || isKhmerDateWord(word);
/** A numeric date as one word: "13.03.2026", "12.03.26". */
const NUMERIC_DATE_WORD = /^\d{1,4}(?:\.\d{1,4}){1,2}$/u;
/**
 * A line's words as date line words are told: letters and figures, dots inside ("13.03.2026"), and a script's marks and the
 * zero-width non-joiner Persian writes inside a word ("به‌روزرسانی", updated): without them the word is cut in two, and
 * neither half is a label's word.
 */
const DATE_LINE_WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.\u200c]*/gu;
/**
 * A figure the page's markup runs into a capitalised word, two boxes with no space between them: the Mirror's "08:31, 4
 * Dec 2026Updated 09:12, 4 Dec 2026". Read as one word, "2026Updated" is no date line word.
 */
const FIGURE_RUN_INTO_WORD = /(?<=\p{N})(?=\p{Lu}\p{Ll})/gu;
/**
 * A time's zone or its am or pm that the markup runs into the update's label in capitals after it: CNBC's "PUBLISHED WED,
 * MAR 16 20229:12 AM ESTUPDATED WED, MAR 16 20229:40 AM EST". "ESTUPDATED" is no date line word.
 */
const ZONE_RUN_INTO_LABEL = /(?<=(?<![\p{L}])(?:[AP]M|[A-Z]{1,3}T))(?=(?:UPDATED|PUBLISHED)(?![\p{L}]))/gu;
/**
 * Am or pm written in two words, as Spanish pages write it ("09:15 p. m."): one word, "p.m". Its letters apart are no date line
 * words (El Espectador's "3 de diciembre de 2026 - 09:15 p. m.").
 */
const SPACED_DAY_PART = /(?<![\p{L}])([ap])\. (m)(?![\p{L}])/giu;
/** How many words of a line are no date line words (nor words of `also`, lower case), any script's digits read as ASCII. */
const otherThanDateWords = (text: string, also: ReadonlySet<string> = NO_STOPWORDS): number =>
  (asciiDigits(text).replace(FIGURE_RUN_INTO_WORD, ' ').replace(ZONE_RUN_INTO_LABEL, ' ').replace(SPACED_DAY_PART, '$1.$2').match(DATE_LINE_WORDS) ?? []).filter((word) => !(isDateLineWord(word.replace(/\.$/u, '')) || NUMERIC_DATE_WORD.test(word) || also.has(word.toLowerCase()))).length;
/** A line of a date and nothing but date line words (or words of `also`, lower case). */
export const onlyDateWords = (text: string, also: ReadonlySet<string> = NO_STOPWORDS): boolean => otherThanDateWords(text, also) === 0;
/**
 * The words of the date labels ("mis", "à", "jour", "veröffentlicht", "aktualisiert") and the
 * prepositions joining a label to its date in German, Portuguese, Italian, Dutch, Indonesian, Spanish,
 * Polish and Russian ("am", "em", "il", "op", "pada", "pukul", "el", "w", "в"). The noun "update" among dates, as Anadolu sets it
 * after the publication's ("03.12.2026 - Update : 03.12.2026"), but no label alone: "Update:" opens a note on the story.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([...`${PUBLICATION_LABELS}|${UPDATE_LABELS}`.split(/[| ]/u), 'update', 'am', 'em', 'il', 'op', 'pada', 'pukul', 'el', 'w', 'в']);
/** A date's label and nothing but date words (or a label's) after it: "Updated 11:42 PM EST", "UPDATED", "Posted: 4 Dec 2026". */
const isLabelledDateWords = (line: Line): boolean => DATE_LABEL.test(line.text) && onlyDateWords(line.text, LABEL_WORDS);
/**
 * Most words of a line giving both the publication and the update ("Veröffentlicht am 12. März 2026,
 * 09:10 Uhr, aktualisiert am 13. März 2026, 10:15 Uhr": 15), over the 14 of other metadata lines.
 */
const MAX_TWO_DATES_WORDS = 24;
/**
 * An update's label after a spaced dash, as US stations' sites set it after the publication's date: "December 4, 2026 at 9:05 AM
 * AKST - Updated December 4 at 11:30 AM" (over 14 words, a date line's all the same). The dash starts after a non-space.
 */
const UPDATE_AFTER_DASH = new RegExp(`(?<!\\s)\\s+[-–—]\\s+(?:${UPDATE_LABELS})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * A labelled line of dates, their labels and nothing else, as long as MAX_TWO_DATES_WORDS: longer than other metadata lines may be.
 * The label opens the line, or an update's follows the date after a dash (UPDATE_AFTER_DASH).
 */
export const isLongDateLine = (line: Line): boolean =>
  line.wordCount <= MAX_TWO_DATES_WORDS && (isLabelledDateWords(line) || (UPDATE_AFTER_DASH.test(line.text) && onlyDateWords(line.text, LABEL_WORDS)));
/**
 * The place a date line opens with, before a comma: one to four words in Title Case, maybe joined by
 * a particle ("Madrid, 28 de noviembre de 2026 - 09:45 CET", "Frankfurt am Main, 3. Dezember 2026,
 * 09.45 Uhr"), which takes such a line over 8 words.
 */
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|da|do|di|la|le|am|an|sur|upon)){0,3}, /u;
/** The place of a line of a place, a comma and date line words (not a byline's name: "By Jane Doe, 20 November 2019"), else null. */
export const placeBeforeDate = (text: string): string | null => {
  const place = PLACE_BEFORE_DATE.exec(text);
  return place !== null && onlyDateWords(text.slice(place[0].length)) ? place[0] : null;
};
export const NO_STOPWORDS: ReadonlySet<string> = new Set();

/**
 * A date line in boxes set apart by bars, one or two of them a section's or the outlet's name: mbl's "Innlent | mbl | 5.12.2026
 * | 10:32 | Uppfært 11:05" (domestic, the outlet, the date, the time, updated at; over eight words). A named box is of one or two
 * words and no figure: a headline's or a sentence's is longer.
 * Or by spaced slashes, as the Times of India sets its writer, its desk and the date: "Name / TNN / Updated: Dec 5, 2026, 10:32
 * IST". Or by spaced dashes, as Kyodo News heads its stories with its name,
 * the date, the time and its sections: "KYODO NEWS - Dec 5, 2026 - 14:30 | All, Japan". A byline
 * rule reading such a line (metadata/lift.ts liftBylineAndDate) is tried before it.
 */
const BOX_BAR = /\s+[|/–—-]\s+/u;
const MAX_NAMED_BOXES = 2;
const MAX_NAMED_BOX_WORDS = 2;
export function isBarredDateLine(text: string): boolean {
  const boxes = text.split(BOX_BAR);
  // Two boxes when the date's is labelled, as Heraldo sets its desk's city before it: "Zaragoza | Actualizada 06/12/2026 a las 08:45".
  if (boxes.length < 2 || (boxes.length === 2 && !DATE_LABEL.test(boxes[1]!))) return false;
  const named = boxes.filter((box) => !onlyDateWords(box, LABEL_WORDS));
  return named.length <= MAX_NAMED_BOXES && named.every((box) => !/\p{N}/u.test(box) && box.split(/\s+/u).length <= MAX_NAMED_BOX_WORDS);
}

/**
 * A blog entry's meta line as WordPress themes (Enfold's) set it under the post's title: the date, the comment count, the
 * post's category and its author, run together by slashes ("March 3, 2026/2 Comments/in Club News /by editor"). Over eight
 * words with the category's, it would be page text: the post undated, and its headline over no header, the title lost to a
 * picture's caption the text repeats under each picture.
 */
const ENTRY_META_AFTER_DATE = /\/\s*(?:\d+|No) Comments?\s*\/\s*in [^/]+\/\s*by (\S+(?: \S+){0,2})$/iu;
export function isEntryMetaDateLine(text: string): boolean {
  return entryMetaUser(text) !== undefined;
}
/** A blog entry's comment count as a meta line's part ("2 Comments", "No Comments"). */
const ENTRY_COMMENTS = /^(?:\d+|No|One) Comments?$/iu;
/** A meta line's part labelled as the author ("by Jane Doe") or the category ("in Club News"). */
const ENTRY_USER = /^by (\S+(?: \S+){0,2})$/iu;
const ENTRY_CATEGORY = /^in \S/u;
/**
 * The parts that may be the user on a blog entry's meta line (isEntryMetaDateLine): Enfold's run together by slashes
 * (ENTRY_META_AFTER_DATE), or other themes' parted by spaced slashes, in any order: the date, the comment count, each once,
 * and the author and the category, each of four words at most. The user after "by" ("editor", "Jane Doe"), else the parts with no
 * label, in either order ("March 3, 2026 / Jane Doe / Club News / 2 Comments"); undefined for any other line. Which is a
 * person's name is the caller's to tell.
 */
export function entryMetaUser(text: string): string[] | undefined {
  const meta = ENTRY_META_AFTER_DATE.exec(text);
  if (meta !== null) return meta.index > 0 && onlyDateWords(text.slice(0, meta.index)) ? [meta[1]!] : undefined;
  const parts = text.split(' / ');
  if (parts.length < 3 || parts.length > 4) return undefined;
  const dates = parts.filter((part) => /\p{N}/u.test(part) && onlyDateWords(part));
  const counts = parts.filter((part) => ENTRY_COMMENTS.test(part));
  const rest = parts.filter((part) => !dates.includes(part) && !counts.includes(part));
  if (dates.length !== 1 || counts.length !== 1 || rest.some((part) => /\p{N}/u.test(part) || part.split(' ').length > 4)) return undefined;
  const labelled = rest.map((part) => ENTRY_USER.exec(part)?.[1]).find((user) => user !== undefined);
  return labelled !== undefined ? [labelled] : rest.filter((part) => !ENTRY_CATEGORY.test(part));
}

/**
 * The date of the date line above `lines[i]` with the time alone on `lines[i]` ("12 March 2026" over
 * "14:05 GMT", as pages set them in two boxes), else null, so that the article's date has
 * the time under it. Not when another time stands alone on the page: a live blog's
 * first entry is stamped so under its date line, and its time is the entry's.
 */
export function dateWithTimeUnder(lines: readonly Line[], i: number, dateOrder: DateOrder): string | null {
  const line = lines[i]!;
  if (i === 0 || !isTimeStamp(line) || lines.some((other) => other !== line && isTimeStamp(other))) return null;
  const iso = readDate(`${lines[i - 1]!.text} ${line.text}`, dateOrder)?.iso;
  return iso?.includes('T') ? iso : null;
}

/** A day of a month alone on its line ("3", "30"). */
const DAY_ALONE = /^(?:0?[1-9]|[12]\d|3[01])$/u;
/** A year alone on its line ("2026"). */
const YEAR_ALONE = /^(?:19|20)\d{2}$/u;
/**
 * The date a calendar's leaf gives when `lines[i]` is its year and the two lines over it its month and day, each alone on its line, in
 * either order ("Dec" / "3" / "2026", "3" / "December" / "2026"), as a Joomla theme sets a story's date over its headline; else null.
 */
export function calendarLeafDate(lines: readonly Line[], i: number, dateOrder: DateOrder): string | null {
  if (i < 2 || !YEAR_ALONE.test(lines[i]!.text)) return null;
  const [first, second] = [lines[i - 2]!.text, lines[i - 1]!.text];
  const monthDay = isMonthName(first) && DAY_ALONE.test(second) ? `${first} ${second}` : DAY_ALONE.test(first) && isMonthName(second) ? `${second} ${first}` : null;
  return monthDay === null ? null : (readDate(`${monthDay}, ${lines[i]!.text}`, dateOrder)?.iso ?? null);
}

/**
 * A line of date line words alone with a figure, whether a date is read from it or not ("Fri Dec 28, 7:05 AM ET" has no
 * year): a date line's shape, never a headline's: under the page's date line, where no date is read from it, it is still no title.
 */
export const isDateWordsLine = (line: Line): boolean => /\p{Nd}/u.test(line.text) && onlyDateWords(line.text);

/** A time of day: "5:30PM", "11:40 AM", "9:05am". */
const CLOCK = /\d{1,2}:\d{2}|\d\s?[ap]\.?m\b/iu;
/**
 * A line of date words with a time of day, a date or none ("Monday 5:30PM": Gizmodo stamps a story of this week so, under its
 * author's name): it stands where the date line does.
 */
export const isDateWordsWithTime = (line: Line): boolean => CLOCK.test(line.text) && isDateWordsLine(line);

/** Lines over a day's date at the page's top at most (isDayStamp): the masthead, a skip link, an account's link. */
const MAX_LINES_OVER_DAY_STAMP = 3;
/** Words of a line over the day's date at most: a masthead's or a link's, no prose. */
const MAX_WORDS_OVER_DAY_STAMP = 4;
/**
 * Whether line `i` is the day's date as papers set it by their masthead: among the page's first lines, short ones alone over it, a
 * weekday and the date's words alone, no time nor label ("Monday, December 7, 2026" under "The Kathmandu Post", "Sunday, December 6,
 * 2026" under "Daily Monitor"). It is the day the page was read, not the story's, whose own date line ("Published at : December
 * 5, 2026") comes after it: it gives way to the next date line (line-rules.ts).
 */
export const isDayStamp = (lines: readonly Line[], i: number): boolean => {
  const line = lines[i]!;
  return (
    i <= MAX_LINES_OVER_DAY_STAMP &&
    opensWithWeekday(line.text) &&
    !CLOCK.test(line.text) &&
    !DATE_LABEL.test(line.text) &&
    isDateWordsLine(line) &&
    lines.slice(0, i).every((over) => over.wordCount <= MAX_WORDS_OVER_DAY_STAMP && !over.endsWithSentencePunctuation)
  );
};

/** A labelled line of date words with a figure (with no date, a time or an age: "Updated 11:42 PM EST", "Posted 2 hours ago"). */
export const isLabelledTime = (line: Line): boolean => /\p{Nd}/u.test(line.text) && isLabelledDateWords(line);

/** Words other than a date's that make a short line ending in a full stop a sentence: "Sun, 13 Jan 2008 10:15a.m." has one. */
const SENTENCE_MIN_OTHER_WORDS = 3;
/**
 * A word opening a span from or to a date ("Vanaf 1 maart 2027.", "Until Jan. 22, 2027."): the answer to an article's "When?",
 * no page's date line, which never opens so.
 */
const SPAN_OPENING = /^(?:from|since|until|till|starting|vanaf|sinds|tot|ab|seit|bis|dès|depuis|jusqu[’']au|à partir du|desde|hasta|a partir del?|até|dal|fino al|a partire dal)\s/iu;
export const isDatedSentence = (line: Line): boolean =>
  line.endsWithSentencePunctuation && (otherThanDateWords(line.text) >= SENTENCE_MIN_OTHER_WORDS || SPAN_OPENING.test(line.text));

/** The characters of an ISO date's day ("2026-12-14"), before its time. */
const ISO_DAY_CHARS = 10;

/**
 * The date month first when `date` was read day first from a dotted date whose day and month could be either ("03.05.2026",
 * read 3 May) and that reading falls after every date the page prints over it while the month-first one (5 March) does not: a
 * US paper's "Published: 03.05.2026" under its masthead's "Sun, March 8, 2026". Dots are read day first on every page
 * (text/dates.ts), and the page's own day, its masthead's, is the latest date it prints. Only where the page's order is not
 * day first (`dateOrder`: an English page's, whose dates tell none) and by the dates over the line: a German page's newest story
 * is later than the older ones its lists give under it.
 */
export function monthFirstDottedDate(lines: readonly Line[], date: string, dateOrder: DateOrder): string | null {
  const [year, month, day] = date.slice(0, ISO_DAY_CHARS).split('-');
  if (dateOrder === 'dmy' || day === undefined || +day > 12 || day === month) return null;
  const dotted = [`${day}.${month}.${year}`, `${day}.${month}.${year!.slice(2)}`];
  const setting = lines.find((line) => line.digitShare > 0 && dotted.some((text) => line.text.includes(text)));
  if (setting === undefined) return null;
  let latest = '';
  for (const line of lines) {
    if (line === setting) break;
    if (line.digitShare === 0) continue;
    const other = findIsoDate(line.text)?.slice(0, ISO_DAY_CHARS);
    if (other !== undefined && other > latest) latest = other;
  }
  const monthFirst = `${year}-${day}-${month}`;
  return latest !== '' && date.slice(0, ISO_DAY_CHARS) > latest && monthFirst <= latest ? monthFirst + date.slice(ISO_DAY_CHARS) : null;
}
