// Copyright notices, wherever a page sets them (isCopyrightNotice: a ©, "All rights reserved" in the languages the
// project lists, a rights notice in words), and the outlet a notice names as its holder (copyrightOutlet), the
// article's source when no other line gave one. metadata/site-notice.ts reads the publisher's company in them.
import type { Line } from '../lines.js';
import { areNames } from '../metadata/names.js';
import { isOutlet } from '../outlets.js';
import { guardedTest, LITERAL_GUARDED } from '../line-features.js';
import { isProse } from '../line-shape.js';

/**
 * A copyright notice: "© 2024 Daily Ledger. All rights reserved.", "Copyright 2024 Sports Daily Ltd",
 * and "All rights reserved" in the languages the project lists ("Alle Rechte vorbehalten", "Tous
 * droits réservés", "Все права защищены", since session 44 Hebrew "כל הזכויות שמורות" and Arabic "جميع الحقوق محفوظة": ynet's
 * notice was read as none): without a © such a notice under the last paragraph read as its last sentence. Not a
 * feature of the line model, whose weights were fitted without them. Since session 48 the other languages of Europe's and the
 * Caucasus's papers too (Georgian "ყველა უფლება დაცულია © 2026 …" opens the notice: its holder had been unread, and the story had
 * had no source; 0 bench raw lines hold one of them), since session 49 Afghan and Iranian sites' Pashto and Persian ("ټول حقونه خوندي دي
 * © ۲۰۲۶ …" under a Pashto masthead: the story had had no source; 0 bench raw lines), since session 56 Spanish and Portuguese without
 * their "all" ("Derechos reservados © Lagunario Diario, S.A. de C.V. 2026", Milenio's: the holder had been unread; 0 bench raw lines).
 */
const RIGHTS_RESERVED_WORDS = [
  String.raw`alle rechte vorbehalten|tous droits réservés|(?:todos los )?derechos reservados|(?:todos os )?direitos reservados|tutti i diritti riservati|alle rechten voorbehouden`,
  String.raw`все права защищены|wszelkie prawa zastrzeżone|כל הזכויות שמורות|جميع الحقوق محفوظة`,
  // Ukrainian, Bulgarian, Serbian (both scripts), Croatian and Bosnian, Slovene, Czech, Slovak, Romanian, Hungarian, Turkish.
  String.raw`(?:усі|всі) права захищені|всички права запазени|сва права задржана|sva prava (?:zadržana|pridržana)|vse pravice pridržane|všechna práva vyhrazena|všetky práva vyhradené`,
  String.raw`toate drepturile rezervate|minden jog fenntartva|tüm hakları saklıdır`,
  // Lithuanian, Latvian, Estonian, Finnish, Swedish, Danish, Norwegian; Georgian, Armenian; Pashto, Persian and Dari.
  String.raw`visos teisės saugomos|visas tiesības aizsargātas|kõik õigused kaitstud|kaikki oikeudet pidätetään|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter reservert`,
  String.raw`ყველა უფლება დაცულია|բոլոր իրավունքները պաշտպանված են|ټول حقونه خوندي دي|(?:تمامی|تمام|کلیه) حقوق محفوظ است`,
].join('|');
const OTHER_LANGUAGE_RIGHTS_RESERVED = new RegExp(String.raw`(?:^|[\s.,;©])(?:${RIGHTS_RESERVED_WORDS})`, 'iu');
/**
 * The same in Chinese and Japanese, which part no words with spaces: "版權所有 © 2026 中央通訊社" ("all rights
 * reserved"), "本網站之文字、圖片及影音，非經授權，不得轉載…" and "未经书面授权，不得转载" (not reprinted without
 * leave: CNA's and Xinhua's notice under every story, which had been the last paragraph), "無断転載を禁じます".
 */
const CJK_RIGHTS_RESERVED = /版[權权]所有|[未非][經经][^，,。]{0,6}?(?:授[權权]|同意|許可|许可)[^。]{0,24}?(?:不得|嚴禁|严禁|禁止|請勿|请勿)[^。]{0,12}?[轉转][載载]|無断(?:で)?(?:転載|複製|転用)/u;
/**
 * The same in Korean, whose papers close every story with it: "무단전재 및 재배포 금지", "<저작권자 ⓒ 한빛일보, 무단 전재-재배포
 * 금지>", "무단 전재 복사 배포 등을 금지합니다" (no reprinting or redistributing without leave), and "저작권자 ⓒ …" (the holder),
 * with the circled ⓒ the © rules do not know. Between two paragraphs it had stayed in the body. Redistribution must
 * be "금지" itself, not an object of it: a sentence reporting a ban says "무단 복제와 재배포를 금지하는 …". Yonhap's
 * notice writes the sign "(c)" and bans AI training too: "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
 * (session 52: it had stayed as the last paragraph of a tester's Naver page).
 */
const KOREAN_RIGHTS_RESERVED = /무단\s*(?:전재|복제|복사|배포)[^.。]{0,30}?배포(?:,\s*AI\s*학습\s*및\s*활용)?\s*(?:등을\s*)?금지|저작권자\s*(?:[©ⓒ]|\([cC]\))/u;
const MAX_SHORT_NOTICE_WORDS = 20;
/**
 * A rights notice in Chinese, Japanese or Korean (CJK_RIGHTS_RESERVED, KOREAN_RIGHTS_RESERVED): set phrases no
 * article sentence says, removed wherever they stand. Under the last paragraph and over a line of the site's
 * ("기사 제보는 …", a sentence), the notice had not closed the text (articleEnd reads back from the block's end)
 * and stayed in the body.
 */
export const isCjkRightsNotice = (line: Line): boolean =>
  (line.wordCount <= MAX_SHORT_NOTICE_WORDS && CJK_RIGHTS_RESERVED.test(line.text)) ||
  // The line's words count a web address's parts: "저작권자 ⓒ … 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지" is 22.
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && KOREAN_RIGHTS_RESERVED.test(line.text));
export const isCopyrightNotice = (line: Line): boolean =>
  (line.wordCount <= MAX_SHORT_NOTICE_WORDS && OTHER_LANGUAGE_RIGHTS_RESERVED.test(line.text)) ||
  isCjkRightsNotice(line) ||
  isRightsBelongingNotice(line) ||
  (line.wordCount <= MAX_SUBJECT_NOTICE_WORDS && SUBJECT_TO_COPYRIGHT.test(line.text)) ||
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && CARRIED_MATERIAL_NOTICE.test(line.text)) ||
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && RIGHTS_NOTICE.test(line.text)) ||
  (line.wordCount <= MAX_SUBJECT_NOTICE_WORDS && RIGHTS_NOTICE_RUN_ON.test(line.text)) ||
  (line.wordCount <= MAX_SITE_TERMS_WORDS && guardedTest(LITERAL_GUARDED.copyright, line.text) && NOTICE_WITH_TERMS.test(line.text)) ||
  // What LONG_COPYRIGHT matches COPYRIGHT matches too: the guarded test rules most lines out of both.
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && guardedTest(LITERAL_GUARDED.copyright, line.text) && (line.wordCount <= MAX_SHORT_NOTICE_WORDS || LONG_COPYRIGHT.test(line.text)) && !isSentenceOnCopyright(line)) ||
  // Asked only of lines with the terms' last word: the optional sentence before them made the scan twice the notice's other tests.
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && MATERIAL_TERMS_WORD.test(line.text) && MATERIAL_TERMS.test(line.text));

/**
 * A notice's year, or its range of years, the last in four digits or two ("2007-2026", "2026-27": Indian sites write the financial
 * year, and since session 44 a two-digit end no longer hides the holder after it), in any script's digits (since session 44:
 * Prothom Alo's "স্বত্ব © ২০২৬ প্রথম আলো" had named no source).
 */
export const NOTICE_YEARS = String.raw`\p{Nd}{4}(?:\s*[-–]\s*(?:\p{Nd}{4}|\p{Nd}{2})(?!\p{Nd}))?`;
/**
 * A site's notice with its terms of use on one line: "All content is copyright © 2026 Harbour Sports and its wire. All rights
 * reserved. This material is for the private use of readers only. Any other copying …" (50 words: the notice sentence with its
 * year and holder, a web address's dots in it, then "All rights reserved." as a sentence of its own, which no story's sentence
 * is, then the terms). Over
 * MAX_LONG_NOTICE_WORDS it had been read as prose, the article's last paragraph. The notice opens the line or its second
 * sentence (the site's terms may come first): after a paragraph's sentences it is run onto the story's text.
 */
const MAX_SITE_TERMS_WORDS = 90;
const NOTICE_WITH_TERMS = new RegExp(String.raw`^(?:[^.]+\.\s+)?[^.]{0,100}?(?:©|\(c\)|\bcopyright\b)(?:\s*©)?\s*${NOTICE_YEARS}(?:[^.]|\.(?=\S)){0,80}\.\s+all rights reserved\.(?:\s|$)`, 'iu');
/**
 * A paper's town and state or country and its country after its name in a notice, as a US paper's reads ("Copyright © 2026 Harbour
 * News-Sun, Harbourville, Ohio, USA. All rights reserved."): the holder had been the whole address, no outlet's name.
 */
const PLACE_AFTER_HOLDER = String.raw`(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?){1,2},\s+(?:USA|U\.S\.A|U\.S|United States|UK|United Kingdom|Canada|Australia|New Zealand|India|Ireland)`;
/**
 * The holder a copyright notice names after its year: "© 2026 The Valley Tribune. All rights reserved.", "Copyright © 2008
 * The Canadian Press", "(c) 2008, The Miami Herald.", "©2008 The Sports Network", since session 45 "Copyright 2026. Valley
 * Examiner. All Rights Reserved." (a full stop after the year: 2 scrapinghub and 1 l3s-dev notices had named no source) and the ©
 * after the year ("Copyright 2005 © ogpaper.com."). A year before it: "© Getty Images" under a
 * picture credits the picture. The group a paper belongs to after a comma is left out ("© 2026 The Lakeshore Times, a Harbor
 * Media company", "…, part of Gannett"): the paper is the holder, and the notice had named no outlet. Since session 43 a dash
 * may follow the year ("Copyright 2026 - KSTP-TV, LLC A Hubbard Broadcasting Company"), and "by" the holder ("(Copyright 2026 by
 * The Associated Press. …)", AP's copy on a station's page). Since session 48 the paper's town, state and country after it are left
 * out as its group is (PLACE_AFTER_HOLDER).
 */
const COPYRIGHT_HOLDER = new RegExp(
  String.raw`^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*${NOTICE_YEARS}(?:\s*©)?\s*[.,–-]?\s+(?:by\s+)?(.+?)(?:,\s+(?:an?|part of|a division of|a member of)\s+[^,.]{1,60}|${PLACE_AFTER_HOLDER})?[.,]?(?:\s+all rights reserved\.?)?$`,
  'iu',
);
/**
 * A notice naming its holder before the year ("© Reuters 2008 All rights reserved", "Copyright © CBC 2008", "© CanWest News
 * Service 2008"): the year is still needed ("© Getty Images" credits a picture). Since session 44 a dash may open it ("Copyright -
 * dinamani.com 2026. All rights reserved.", which had named no source).
 */
const COPYRIGHT_HOLDER_YEAR_AFTER = new RegExp(String.raw`^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?(?:\s+[-–])?\s*([^\d\s©–-].*?),?\s+${NOTICE_YEARS}\.?(?:\s+all rights reserved\.?)?$`, 'iu');
/**
 * A paper's company holding a notice without a year ("Copyright © The Asahi Shimbun Company. All rights reserved."): no picture's
 * credit is so written ("© Getty Images" needs its year), and the story had had no source. Since session 43.
 */
const PAPER_COMPANY_HOLDER = /^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*([^\d\s©].*?\s+Company)\.?(?:\s+all rights reserved\.?)?$/iu;
/**
 * The footer's links a notice runs on into after a bar ("Copyright © 2026, The Valley Tribune | Terms of Service | Privacy Policy"), and
 * since session 45 after a tab or a wide gap, as a footer's cells were saved ("(c) Copyright Harbourcall.com 2026        Contact Us"),
 * since session 48 after a bullet or a middle dot ("© 2026 The Harbour-Enterprise Company • 12 Quay Street, …").
 */
const NOTICE_LINKS = /\s+[|•·]\s|\t|\s{3,}/u;
/** A full stop or comma set after a space ("Copyright 2026 The Harbour News . All rights reserved."): the holder had kept the space. */
const SPACED_STOP = /\s+(?=[.,](?:\s|$))/gu;
/**
 * What a notice says powers the site, after its holder and years ("© Harbour.org 2003 - 2026 powered by Harbour Science Network", "Copyright ©
 * 2026 The Valley Tribune - Powered by WordPress"): it hid the holder, and the story had had no source. Since session 44.
 */
const POWERED_BY = /\s+(?:[-–|]\s+)?powered by\s.*$/isu;
/**
 * A notice's terms after its "All rights reserved." (a wire's under its copy: "Copyright 2026 The Associated Press. All rights
 * reserved." and AP's terms after it, "This material may not …", "© Reuters 2026. All rights reserved.
 * Republication … of Reuters content … is expressly prohibited"), and the brackets some pages set it in.
 */
const TERMS_AFTER_RIGHTS = /(all rights reserved\.?)\s.*$/isu;
const NOTICE_BRACKETS = /^\((.*)\)$/su;
const NOTICE_OPENING = /^\(?(?:©|\(c\)|copyright)/iu;
/**
 * The word "copyright" opening a notice in other languages: Arabic "حقوق النشر" and "حقوق الطبع والنشر" (Asharq Al-Awsat's "حقوق
 * النشر © 2026 الشرق الأوسط. جميع الحقوق محفوظة"), Indonesian and Malay "Hak Cipta" (since session 44 Malay's "Hak Cipta
 * Terpelihara", "copyright reserved"), Bengali "স্বত্ব" ("স্বত্ব © ২০২৬ প্রথম আলো"), Urdu "جملہ حقوق" ("all rights"). The notice's holder was not read after it,
 * and the story had no source. Since session 47 Vietnamese "Bản quyền thuộc" ("copyright belongs to"), after a © as Vietnamese
 * papers set it ("© Bản quyền thuộc Báo Tuổi Trẻ."; 0 bench raw lines).
 */
const OTHER_LANGUAGE_COPYRIGHT = /^(?:حقوق (?:الطبع و)?النشر|جملہ حقوق|hak cipta(?: terpelihara)?|স্বত্ব|(?:©\s*)?bản quyền thuộc(?: về)?)(?=[\s©])/iu;
/**
 * A notice opening with what it covers before "copyright": "All contents copyright © 2026, Harbourcrunch. All rights reserved", "All
 * content is copyright …". The holder was not read after it, and the story had had no source. Since session 48; since session 51 a
 * paper's "Images and text copyright © 2026 by …" (2 bench raw lines).
 */
const CONTENT_COPYRIGHT = /^(?:all (?:contents?|material)|images and text|text and images) (?:is |are )?copyright(?:ed)?(?=[\s©])/iu;
/**
 * The site's address opening the notice before its "Copyright" or ©: "Harbourmonthly.com Copyright (c) 2026 by The Harbour Monthly Group.
 * All Rights Reserved." The notice had been read as no notice's opening, its holder unread, and the story had had no source. Since session
 * 56; 1 bench raw line so written (an address over its company's notice, its page's source unchanged).
 */
const ADDRESS_BEFORE_NOTICE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}\s+(?=copyright\b|©)/iu;
/**
 * A Persian notice saying whose the site's rights are, the holder (group 1) last: "تمامی حقوق این سایت متعلق به همشهری آنلاین است."
 * ("all rights of this site belong to Hamshahri Online"), "کلیه حقوق مادی و معنوی متعلق به … می‌باشد" (material and moral rights):
 * the site's or those rights, which no article's sentence on other rights owned names. It has no © to be told by, and the
 * masthead it names had named no source. Since session 44.
 */
const RIGHTS_BELONG_TO = /^(?:تمامی|کلیه|همه)\s+حقوق\s+(?:مادی\s+و\s+معنوی\s+(?:این\s+(?:سایت|وب‌?سایت|پایگاه)\s+)?|این\s+(?:سایت|وب‌?سایت|پایگاه)\s+)متعلق\s+به\s+(.{2,60}?)\s+(?:است|می‌?باشد)\s*\.?$/u;
/**
 * The same notice saying for whom the rights are reserved, the holder (group 1) inside the phrase: "تمامی حقوق برای روزنامه … محفوظ است."
 * ("all rights are reserved for the … daily"), as Afghan and Iranian papers close their pages. Only "all rights reserved" without a
 * holder was read, and the masthead it names had named no source. Since session 50; 0 bench raw lines hold حقوق.
 */
const RIGHTS_RESERVED_FOR = /^(?:تمامی|تمام|کلیه|همه)\s+حقوق\s+(?:مادی\s+و\s+معنوی\s+)?(?:این\s+(?:سایت|وب‌?سایت|پایگاه)\s+)?برای\s+(.{2,60}?)\s+محفوظ\s+(?:است|می‌?باشد)\s*\.?$/u;
const isRightsBelongingNotice = (line: Line): boolean => line.wordCount <= MAX_SHORT_NOTICE_WORDS && (RIGHTS_BELONG_TO.test(line.text) || RIGHTS_RESERVED_FOR.test(line.text));
/**
 * "All rights reserved" in any language the notices are read in, opening the notice before its ©: walla!'s "כל הזכויות שמורות © 2026
 * וואלה תקשורת בע"מ", El Universal's "Todos los Derechos Reservados © Compañía Periodística Nacional 2026". The holder after the ©
 * was not read (the notice's opening is the © or "Copyright"), and the stories had had no source. Since session 47; 5 bench raw
 * lines so written ("All rights reserved ©2008" ×3, no holder after it).
 */
const RIGHTS_RESERVED_OPENING = new RegExp(String.raw`^(?:all rights reserved|${RIGHTS_RESERVED_WORDS})\.?\s*(?=©)`, 'iu');
/** The circled c Korean notices set for the © ("Copyright ⓒ …"), opening the notice. */
const CIRCLED_C = /^(copyright\s*)?ⓒ/iu;
/**
 * A footer's row of links run on before its notice, no bar between them, the last a link's usual last word: "Imprint Cookies Terms of Use
 * Privacy Policy © harbour magazine 2026". The notice opens after it; the holder had been unread, and the story had had no source. Since
 * session 51; 1 bench raw line so written. Not a notice's own opening ("Copyright and Trade Mark Notice © …", Trinity Mirror's).
 */
const FOOTER_LINKS_BEFORE_NOTICE = /^(?!Copyright\b)(?:(?:\p{Lu}[\p{L}&'’]*|and|of|&)\s+){1,12}?(?<=(?:Policy|Terms|Conditions|Notice|Imprint|Cookies|Contact|Sitemap|Use|Service|Us)\s+)(?=©)/u;
/** The notice opening with the word "Copyright" and the © (ADDRESS_BEFORE_NOTICE, FOOTER_LINKS_BEFORE_NOTICE, CIRCLED_C, OTHER_LANGUAGE_COPYRIGHT, CONTENT_COPYRIGHT, RIGHTS_RESERVED_OPENING, RIGHTS_BELONG_TO, RIGHTS_RESERVED_FOR), for the patterns reading its holder. */
export const withEnglishOpening = (notice: string): string =>
  notice.replace(ADDRESS_BEFORE_NOTICE, '').replace(FOOTER_LINKS_BEFORE_NOTICE, '').replace(CIRCLED_C, '$1©').replace(OTHER_LANGUAGE_COPYRIGHT, 'Copyright').replace(CONTENT_COPYRIGHT, 'Copyright').replace(RIGHTS_RESERVED_OPENING, 'Copyright ').replace(RIGHTS_BELONG_TO, 'Copyright $1').replace(RIGHTS_RESERVED_FOR, 'Copyright $1');
/** Words of a notice's holder and year at most, its terms left out: a longer line is a paragraph. */
const MAX_NOTICE_WORDS = 20;
/**
 * A company's legal form as notices write it, its full stop left out: English ("Inc", "Ltd", "LLC", "PLC", "ltd" in lower case: no word
 * is so spelt), Italian and Spanish ("S.p.A.", "S.L.", "S.L.U."), German, Dutch ("GmbH", "AG", "B.V."), Greek ("Α.Ε.") and since session 45
 * Malaysian forms ("Berhad", "Sdn Bhd": "The New Straits Times Press (M) Berhad" under Berita Harian), since session 48 the
 * Austrian and German spellings of GmbH ("STANDARD Verlagsgesellschaft m.b.H.", "mbH"); in the cases
 * written only ("SA", "AG" in lower case are words). One list, for a holder's (HOLDER_LEGAL_FORM) and a publisher's company
 * (metadata/site-notice.ts COMPANY_HOLDER), since session 44.
 */
export const LEGAL_FORMS = String.raw`S\.[Pp]\.[Aa]|SpA|S\.L\.U|S\.[LlAa]|S\.r\.l|Srl|SA|AG|GmbH|m\.b\.H|mbH|Ltd|LTD|ltd|Limited|LIMITED|Inc|INC|LLC|L\.L\.C|PLC|plc|Corp|CORP|Corporation|B\.V|N\.V|Α\.Ε|Ε\.Π\.Ε|Ι\.Κ\.Ε|Berhad|BERHAD|Bhd|BHD`;
/**
 * A holder's legal form closing the notice, maybe with the group it belongs to after it ("CNBC LLC", "MacRumors.com, LLC", "KSTP-TV,
 * LLC A Hubbard Broadcasting Company").
 */
const HOLDER_LEGAL_FORM = new RegExp(String.raw`,?\s+(?:${LEGAL_FORMS})\.?(?:,?\s+[Aa]n?\s+\S.{0,60})?$`, 'u');
/** The words a publisher's company is named by, which an outlet's name may end with too ("Vox Media", "NBCUniversal Media"). */
const COMPANY_WORD = /\s(?:Media|Network|Group|Holdings)$/u;
/**
 * The word a paper's publisher adds to the paper's name ("The New York Times Company", "The Seattle Times Company"), since session 48 with
 * its legal form after it ("Copyright © 2026. The Harbour Company Ltd.": the holder had been a company's, and the story had had no source);
 * not a firm's "& Company" ("Dow Jones & Company, Inc."). Since session 51 its publishing company ("The Herald-Lagoon Publishing Co.": 3
 * bench raw notices, 1 holding an outlet's name, whose story had had no source).
 */
const PAPER_COMPANY = new RegExp(String.raw`(?<!&)\s+(?:Publishing\s+(?:Company|Co\.?)|Company)(?:,?\s+(?:${LEGAL_FORMS})\.?)?$`, 'u');
/**
 * The outlet a copyright notice names (COPYRIGHT_HOLDER, outlets.ts isOutlet), else null: the site's own name, or the
 * agency's under its copy ("© 2008 AFP"). It is the article's source when no line gave one: a page whose only outlet
 * line was the notice under it had none. A publisher that is no outlet ("Acme Holdings Inc.") names none. Since session 42
 * also before its year (COPYRIGHT_HOLDER_YEAR_AFTER), before the footer's links after a bar (NOTICE_LINKS) or its terms
 * (TERMS_AFTER_RIGHTS), and a paper's company by the paper's name ("© 2019 The New York Times Company": The New York
 * Times): 20 bench pages' notices so written had named no source.
 */
export function copyrightOutlet(line: Line): string | null {
  // Most removed lines are no notice: told by their opening before the patterns.
  const text = withEnglishOpening(line.text);
  if (!NOTICE_OPENING.test(text)) return line.text.includes('©') ? (SITE_BEFORE_COMPANY_NOTICE.exec(line.text)?.[1] ?? null) : null;
  const holder = holderOf(text);
  return holder === null ? outletHeldWithoutYear(text) : (outletHeld(holder) ?? QUOTED_TITLE_HOLDER.exec(holder)?.[1] ?? holderGuardingItsContent(text, holder));
}
/**
 * A notice with no year opening with the word "Copyright", the holder (group 1) after a © or "by": "Copyright © The Harbour Shimbun.", a
 * Japanese paper's footer in English, "Copyright by Harbour Daily Online, All Rights Reserved". A picture's credit sets the © alone ("©
 * Reuters"), not the word.
 */
const COPYRIGHT_WITHOUT_YEAR = /^copyright\s*(?:©\s*|by\s+)?([^\d\s©].*?)[.,]?(?:\s+all rights reserved\.?)?$/iu;
/**
 * The outlet such a notice holds (COPYRIGHT_WITHOUT_YEAR, outlets.ts isOutlet), before the footer's links after it, else null: a company
 * ("Copyright © Harbour Media Corp") or a forum names none. Since session 54: the story had had no source; 1 bench raw notice so written
 * holds an outlet's name, its page's source read from its byline already.
 */
function outletHeldWithoutYear(text: string): string | null {
  const held = COPYRIGHT_WITHOUT_YEAR.exec(text.replace(TERMS_AFTER_RIGHTS, '$1').split(NOTICE_LINKS, 1)[0]!)?.[1];
  return held !== undefined && isOutlet(held) ? held : null;
}
/**
 * A holder that is a title in guillemets (group 1), maybe with what it is after it in lower case, as Kazakh, Armenian, Russian and
 * Ukrainian papers write their notices ("© 2026 «Дала таңы» республикалық газеті", the republican paper; "© 2026 «Լուրեր» պետական
 * լրատվական գործակալություն", the state news agency): the marks name a publication, and the story had had no source. A company sets its
 * legal form first ("ООО «…»") or after the title in capitals, and a title in a title ("«Издательский дом «…»»") is a company's. Since
 * session 49; 0 bench raw notices so written.
 */
const QUOTED_TITLE_HOLDER = /^«([^«»]+)»(?:\s+[\p{Ll}\p{M}]+)*$/u;
/**
 * A site's address holding a notice opening with the word "Copyright", no year ("Copyright ⓒ Harbourmedia.co.kr. 무단전재 및 재배포 금지",
 * Korean sites' notice with the circled c): no picture's credit is so written, and the story had had no source. Not a company named by
 * its address ("Copyright © Harbour.com Ltd."). Since session 48.
 */
const ADDRESS_HOLDER = new RegExp(String.raw`^copyright\s*©?\s*([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+?)\.?(?=\s|$)(?!\s+(?:${LEGAL_FORMS})\b)`, 'iu');
/** The holder a notice whose opening is in English (withEnglishOpening) names, whoever it is (copyrightOutlet), else null. */
function holderOf(text: string): string | null {
  const notice = withinNoticeWords(text.replace(NOTICE_BRACKETS, '$1').replace(TERMS_AFTER_RIGHTS, '$1').split(NOTICE_LINKS, 1)[0]!.replace(POWERED_BY, '').replace(SPACED_STOP, ''));
  if (notice === null) return null;
  return (COPYRIGHT_HOLDER.exec(notice) ?? COPYRIGHT_HOLDER_YEAR_AFTER.exec(notice) ?? PAPER_COMPANY_HOLDER.exec(notice) ?? ADDRESS_HOLDER.exec(notice))?.[1]?.replace(PAPER_COMPANY, '') ?? null;
}
/** The holder a copyright notice names, an outlet or not (a company, a site, a person), else null. */
export function noticeHolder(line: Line): string | null {
  const text = withEnglishOpening(line.text);
  return NOTICE_OPENING.test(text) ? holderOf(text) : null;
}
/**
 * A notice with the site's name before its © and the publisher's company after it with its year, the site's name (group 1) of up to
 * four capitalised words: "Guardian Unlimited © Guardian News … Limited 2007", "Loksatta © 2026 The Indian Express [P] Ltd.",
 * "Wccftech © 2019 NewAge ADS, LLC.". The company's legal form and a year tell it from a picture's credit ("Kenneth Arvelo © Reuters").
 * Since session 46: 5 bench raw lines (Guardian Unlimited ×4, Wccftech), none gold; the stories had had no source or the company's.
 */
const SITE_BEFORE_COMPANY_NOTICE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+©(?=.*\s${NOTICE_YEARS}(?:$|[\s.,]))(?=.*\s(?:${LEGAL_FORMS})\.?(?:$|[\s,;|]))`,
  'u',
);
/** The name a notice's terms close on as the one whose consent or permission they require ("… without the written consent of The Hindu"). */
const CONSENT_OF = /\b(?:consent|permission) of (.+?)\.?$/iu;
/**
 * The holder, whatever its name, when the notice's terms close on its consent (CONSENT_OF): "Copyright © 2007, The Hindu. Republication
 * … without the written consent of The Hindu", Teamtalk's
 * the same. The site guards its own pages so; a company (its legal form, a company's word) is a publisher's, no site's name. The
 * bench's raw pages hold 8 such notices (The Hindu ×5, The Hindu Business Line, Teamtalk, Reuters); their stories had had no source
 * but Reuters'. Since session 44. Else null.
 */
function holderGuardingItsContent(notice: string, holder: string): string | null {
  const guarding = CONSENT_OF.exec(notice)?.[1];
  return guarding?.toLowerCase() === holder.toLowerCase() && !HOLDER_LEGAL_FORM.test(holder) && !COMPANY_WORD.test(holder) && !isPersonsName(holder) ? holder : null;
}
/**
 * Whether a holder is a person's name (metadata/names.ts areNames), not a site's: a writer guards a blog's posts as a site does ("© 2026
 * Jane Doe. … without the written consent of Jane Doe"), and the writer is the author, no source. A site's name may have a
 * person's shape after "The" ("The Hindu"), which no person's opens with. Since session 45; 0 bench notices so written.
 */
const isPersonsName = (holder: string): boolean => !/^the\s/iu.test(holder) && areNames(holder);
/**
 * An online paper's name as its notice holds it, "Online" after a capitalised name ("Copyright © 2026 Thairath Online All rights
 * reserved." under its Thai masthead, "Independent Online"): a notice's holder is a name, where a menu's "Shop Online" is none.
 * Since session 43; the holder had named no source.
 */
const ONLINE_PAPER = /^(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}Online$/u;
/** A full stop and a sentence after it ("BBC. The BBC is not responsible …"; not the stop of "St. Louis"'s abbreviation alone). */
const SENTENCE_AFTER_HOLDER = /\.\s+(?=\p{Lu})/gu;
/**
 * The notice within MAX_NOTICE_WORDS: whole, else its sentences up to the last full stop (SENTENCE_AFTER_HOLDER) within them, else
 * null. Since session 43 a notice whose terms run on in a sentence after the holder's names it (The Hindu's "Copyright © 2007, The
 * Hindu. Republication … without the written consent of The Hindu" had named no source).
 */
function withinNoticeWords(notice: string): string | null {
  const words = (text: string): number => text.split(/\s+/u).length;
  if (words(notice) <= MAX_NOTICE_WORDS) return notice;
  let within: string | null = null;
  for (const stop of notice.matchAll(SENTENCE_AFTER_HOLDER)) {
    const sentences = notice.slice(0, stop.index);
    if (words(sentences) > MAX_NOTICE_WORDS) break;
    within = sentences;
  }
  return within;
}
/** "www." opening a site's address. */
const WORLD_WIDE_WEB = /^www\.(?=[\p{L}\p{N}-]+\.)/iu;
/**
 * The outlet a notice's holder names (outlets.ts isOutlet), else null: the holder itself; since session 43 without its legal form
 * ("© 2019 CNBC LLC", "Copyright © 2019 MacRumors.com, LLC"), not when it is a publisher's company ("Vox Media, Inc.", "© 2026 HT
 * Media Limited": metadata/site-notice.ts reads those for the masthead); or its words before a sentence the notice goes on with
 * ("Copyright © 2026 BBC. The BBC is not responsible for …"), the shortest such that is an outlet, so
 * that "St. Louis Post-Dispatch. …" is not cut to "St", and no company either ("Copyright 2026 Harbour Business Media. View our
 * Privacy Policy.", a trade weekly's publisher). 7 and 2 bench pages' notices so written had named no source. Since session 51 a site's
 * domain after "www." is read without it ("© 2004-2026 www.harbourzine.co.uk.": 1 bench raw notice, which had named no source).
 */
function outletHeld(held: string): string | null {
  const holder = held.replace(WORLD_WIDE_WEB, '');
  if (isOutlet(holder) || ONLINE_PAPER.test(holder)) return holder;
  const unincorporated = holder.replace(HOLDER_LEGAL_FORM, '');
  if (unincorporated !== holder) return isOutlet(unincorporated) && !COMPANY_WORD.test(unincorporated) ? unincorporated : null;
  for (const stop of holder.matchAll(SENTENCE_AFTER_HOLDER)) {
    const name = holder.slice(0, stop.index);
    if (isOutlet(name)) return COMPANY_WORD.test(name) ? null : name;
  }
  return null;
}

/**
 * A page's notice on itself with no © or "all rights reserved" (since session 43 also "Disclaimer: This article is
 * copyrighted by …", the last paragraph of a press release portal's
 * page): "This document is subject to copyright. …
 * no part may be reproduced …" (Phys.org
 * and its sister sites, 37 words under every story: it had been the last paragraph.)
 */
/** Words of such a notice at most: its opening is the page's alone, and the portal's, its addresses' parts counted, has 41. */
const MAX_SUBJECT_NOTICE_WORDS = 60;
const SUBJECT_TO_COPYRIGHT = /^(?:disclaimer:\s*)?(?:this|the) (?:news )?(?:document|article|story|material|content|page) is (?:(?:subject to|protected by) copyright|copyrighted by)\b/iu;
/**
 * A story's sentence on copyright, not a notice: the word in lower case naming what the law protects or forbids ("… an
 * admission of copyright infringement.", "… digital music without copyright protection."), in a sentence without a © or
 * "All rights reserved". Short, such a sentence had read as a notice (the bare word was enough): as the last paragraph it
 * would end the article over it. A notice says the material is copyright ("… is subject to copyright.", "All content
 * copyright Harbour Sports 2026"), with no such noun after the word.
 */
const COPYRIGHT_TOPIC = /(?<![\p{L}\p{N}])copyright (?:infringements?|protections?|laws?|holders?|owners?|claims?|cases?|lawsuits?|suits?|violations?|disputes?|royalt(?:y|ies))(?![\p{L}\p{N}])/u;
const NOTICE_SIGN = /©|\(c\)\s*\d{4}|\ball rights reserved\b/iu;
const isSentenceOnCopyright = (line: Line): boolean => isProse(line) && COPYRIGHT_TOPIC.test(line.text) && !NOTICE_SIGN.test(line.text);

/**
 * A broadcaster's notice on the agencies' copy it carries, under every story: "This service may include material from
 * Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be
 * reproduced." (ABC News; it had been the last paragraph). The service names itself and says the material is copyright;
 * a story's sentence about a service ("This service may include material from the archive, the library said") does not.
 */
const CARRIED_MATERIAL_NOTICE = /^this (?:service|site|website|page|programme|program) (?:may )?(?:includes?|contains?) material from\b[^.]{0,200}\bcopyright\b/iu;
/**
 * The wire's terms on a line of their own, the notice split over two (WTNH's "Content © Copyright 2000 - 2008 WorldNow, WTNH, …" over "This material may not be
 * published, …", session 45: with the site's note under it, it had kept the notice in the body), maybe after the
 * distributor's sentence ("Distributed by Internet Broadcasting. This material …").
 */
const MATERIAL_TERMS_WORD = /redistributed/iu;
const MATERIAL_TERMS = /^(?:[^.]{0,80}\.\s+)?This (?:material|article|story|content) may not be (?:published|reproduced), broadcast, rewritten,? (?:or|and) redistributed\b/iu;
/**
 * A wire's notice with its terms of use: "Copyright 2025 The Associated Press. All rights reserved.
 * This material may not be published, broadcast, rewritten or redistributed without permission."
 * (23 words: it stayed at the end of syndicated AP stories). Since session 48 "All rights reserved" in the other languages listed
 * (RIGHTS_RESERVED_WORDS: a Swiss paper's "Copyright © … AG. Alle Rechte vorbehalten. Eine Weiterverarbeitung … ist nicht gestattet.",
 * 31 words, had been read as no notice, and its holder as no source).
 */
const LONG_COPYRIGHT = new RegExp(String.raw`^(?:©|copyright\b|\(c\)\s*\d{4}).*(?:\b(?:all rights reserved|may not be (?:published|reproduced|redistributed))\b|[\s.,;©](?:${RIGHTS_RESERVED_WORDS}))`, 'iu');
const MAX_LONG_NOTICE_WORDS = 40;
/**
 * A rights notice without a © or "copyright": "Redistribution, republication, syndication … is
 * forbidden without the prior written consent of Harbour News.", "No part of this
 * article may be reproduced without written permission." Under a row of reader tools it had been the
 * article's last paragraph. It ends on the prior or written consent (and whose): a story's sentence
 * ("Reproduction of the paintings is prohibited without permission of the estate, the court ruled.")
 * names no written consent, or goes on after it. Since session 47 the noun may follow "The" ("The copying,
 * republication or redistribution of … is expressly prohibited …", a financial wire's notice under every story).
 */
const RIGHTS_NOUNS = String.raw`(?:(?:Any|The)\s+)?(?:[Uu]nauthori[sz]ed\s+)?(?:[Rr]edistribution|[Rr]eproduction|[Rr]epublication|[Rr]etransmission|[Dd]istribution|[Cc]opying|[Rr]euse|Unauthori[sz]ed)\b`;
const RIGHTS_NOTICE = new RegExp(
  String.raw`^(?:${RIGHTS_NOUNS}|No part of this\b).{0,160}?\bwithout\s+(?:the\s+)?(?:(?:prior|express|explicit)\s+)*(?:written\s+)?(?<=(?:prior|written)\s+)(?:consent|permission)(?:\s+(?:of|from)\s+(?:the\s+)?(?:publisher|copyright (?:holder|owner)|\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,4}))?(?:\s+(?:is|are)\s+(?:strictly\s+|expressly\s+)?prohibited)?\.?$`,
  'u',
);
/**
 * The same notice in the law's words ("… is expressly prohibited without the prior written consent of Harbour Wire"),
 * with the site's next notices run onto its line with no full stop between them ("Harbour Wire and its logo are
 * registered trademarks of … To contact us: …", over 50 words): a story reporting a ban does not say "expressly
 * prohibited without the prior written consent", and one that does goes on with a comma after whose consent it is
 * ("…, the judge said"), where the notices run on with none.
 */
const RIGHTS_NOTICE_RUN_ON = new RegExp(
  String.raw`^${RIGHTS_NOUNS}[^.]{0,160}?\b(?:is|are)\s+(?:strictly|expressly)\s+prohibited\s+without\s+(?:the\s+)?prior\s+written\s+(?:consent|permission)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^,]*$`,
  'u',
);
