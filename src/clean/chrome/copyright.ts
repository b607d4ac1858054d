// Copyright notices, wherever a page sets them (isCopyrightNotice: a ©, "All rights reserved" in the languages the
// project lists, a rights notice in words), and the outlet a notice names as its holder (copyrightOutlet), the
// article's source when no other line gave one. metadata/site-notice.ts reads the publisher's company in them.
import { lowerTextOf, type Line } from '../lines.js';
import { areNames } from '../metadata/names.js';
import { isOutlet } from '../outlets.js';
import { FOLDS_TO_ASCII, LITERAL_GUARDED } from '../line-features.js';
import { isProse } from '../line-shape.js';

/**
 * "All rights reserved" in the other languages notices are written in ("Alle Rechte vorbehalten", "Tous droits réservés",
 * "Все права защищены", "כל הזכויות שמורות", Spanish and Portuguese also without their "all": "Derechos reservados © …"):
 * without a ©, such a notice under the last paragraph read as its last sentence. Not a line-model feature (fitted without them).
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
 * The same in Chinese and Japanese, which part no words with spaces: "版權所有 © 2026 …" (all rights reserved), "未经书面授权，
 * 不得转载" (not to be reprinted without leave, under every story of some agencies), "無断転載を禁じます".
 */
const CJK_RIGHTS_RESERVED = /版[權权]所有|[未非][經经][^，,。]{0,6}?(?:授[權权]|同意|許可|许可)[^。]{0,24}?(?:不得|嚴禁|严禁|禁止|請勿|请勿)[^。]{0,12}?[轉转][載载]|無断(?:で)?(?:転載|複製|転用)/u;
/**
 * The same in Korean, whose papers close every story with it: "무단전재 및 재배포 금지", "<저작권자 ⓒ 한빛일보, 무단 전재-재배포 금지>"
 * (and AI training banned too), and "저작권자 ⓒ …" (the holder), with ⓒ or "(c)". Redistribution must be "금지" itself, not its
 * object: a sentence reporting a ban says "무단 복제와 재배포를 금지하는 …".
 */
const KOREAN_RIGHTS_RESERVED = /무단\s*(?:전재|복제|복사|배포)[^.。]{0,30}?배포(?:,\s*AI\s*학습\s*및\s*활용)?\s*(?:등을\s*)?금지|저작권자\s*(?:[©ⓒ]|\([cC]\))/u;
const MAX_SHORT_NOTICE_WORDS = 20;
/**
 * A rights notice in Chinese, Japanese or Korean: set phrases no article sentence says, removed wherever they stand (under the
 * last paragraph and over a line of the site's such as "기사 제보는 …", it does not close the text for articleEnd).
 */
export const isCjkRightsNotice = (line: Line): boolean =>
  (line.wordCount <= MAX_SHORT_NOTICE_WORDS && CJK_RIGHTS_RESERVED.test(line.text)) ||
  // The line's words count a web address's parts: "저작권자 ⓒ … 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지" is 22.
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && KOREAN_RIGHTS_RESERVED.test(line.text));
/**
 * The answer for each line record asked: the cleaner's passes ask about the same short line several times (line-rules,
 * article-end, index.ts's tail, site-notice's readers), and a record's text and counts do not change. Weak, so the
 * answers go with the page's lines.
 */
const noticeAnswers = new WeakMap<Line, boolean>();
export const isCopyrightNotice = (line: Line): boolean => {
  // No test below asks of a longer line.
  if (line.wordCount > MAX_SITE_TERMS_WORDS) return false;
  let answer = noticeAnswers.get(line);
  if (answer === undefined) noticeAnswers.set(line, (answer = readsAsCopyrightNotice(line)));
  return answer;
};
const readsAsCopyrightNotice = (line: Line): boolean => {
  const words = line.wordCount;
  const text = line.text;
  if ((words <= MAX_SHORT_NOTICE_WORDS && (OTHER_LANGUAGE_RIGHTS_RESERVED.test(text) || REUSE_TERMS.test(text))) || isCjkRightsNotice(line) || isRightsBelongingNotice(line)) return true;
  // The English notices' patterns, each asked only of a line with a word it needs (one lowercased copy, a search a word):
  // most lines have none of them, and a regex test costs more than the search.
  const lower = lowerTextOf(line);
  const folds = FOLDS_TO_ASCII.test(text);
  if (
    lower.includes('without') &&
    ((words <= MAX_LONG_NOTICE_WORDS && (RIGHTS_NOTICE.test(text) || MATERIAL_NOT_REPRODUCED.test(text))) || (words <= MAX_SUBJECT_NOTICE_WORDS && RIGHTS_NOTICE_RUN_ON.test(text)))
  ) {
    return true;
  }
  if (
    (folds || LITERAL_GUARDED.copyright.mayMatch(lower)) &&
    ((words <= MAX_SUBJECT_NOTICE_WORDS && SUBJECT_TO_COPYRIGHT.test(text)) ||
      (words <= MAX_LONG_NOTICE_WORDS && CARRIED_MATERIAL_NOTICE.test(text)) ||
      // What NOTICE_WITH_TERMS and LONG_COPYRIGHT match COPYRIGHT matches too.
      (LITERAL_GUARDED.copyright.regex.test(text) &&
        (NOTICE_WITH_TERMS.test(text) || (words <= MAX_LONG_NOTICE_WORDS && (words <= MAX_SHORT_NOTICE_WORDS || LONG_COPYRIGHT.test(text)) && !isSentenceOnCopyright(line)))))
  ) {
    return true;
  }
  // MATERIAL_TERMS only of lines with its last word: the optional sentence before the terms made its scan twice the other tests.
  return words <= MAX_LONG_NOTICE_WORDS && (folds || lower.includes('redistributed')) && MATERIAL_TERMS.test(text);
};

/**
 * A notice's year or range of years, the last in four digits or two ("2007-2026", "2026-27": Indian sites write the financial
 * year), in any script's digits ("স্বত্ব © ২০২৬ …").
 */
export const NOTICE_YEARS = String.raw`\p{Nd}{4}(?:\s*[-–]\s*(?:\p{Nd}{4}|\p{Nd}{2})(?!\p{Nd}))?`;
/**
 * A site's notice with its terms of use on one line, up to 90 words: "All content is copyright © 2026 Harbour Sports. All rights
 * reserved. This material is for the private use of readers only. …". "All rights reserved." as a sentence of its own after the
 * year tells it from prose; the notice opens the line or its second sentence (after a story's sentences it is run onto the text).
 */
const MAX_SITE_TERMS_WORDS = 90;
const NOTICE_WITH_TERMS = new RegExp(String.raw`^(?:[^.]+\.\s+)?[^.]{0,100}?(?:©|\(c\)|\bcopyright\b)(?:\s*©)?\s*${NOTICE_YEARS}(?:[^.]|\.(?=\S)){0,80}\.\s+all rights reserved\.(?:\s|$)`, 'iu');
/**
 * A paper's town, state or country after its name ("Copyright © 2026 Harbour News-Sun, Harbourville, Ohio, USA."), left out of
 * the holder, which would otherwise be the whole address.
 */
const PLACE_AFTER_HOLDER = String.raw`(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?){1,2},\s+(?:USA|U\.S\.A|U\.S|United States|UK|United Kingdom|Canada|Australia|New Zealand|India|Ireland)`;
/**
 * The holder a notice names after its year: "© 2026 The Valley Tribune. All rights reserved.", "(c) 2008, The Harbour Herald.",
 * "Copyright 2026. Valley Examiner.", "Copyright 2026 - KSTP-TV, LLC …", "(Copyright 2026 by The Harbour Press.)". The year is
 * needed: "© Getty Images" under a picture credits the picture. The group after a comma ("…, a Harbor Media company", "…, part
 * of …") and the paper's place (PLACE_AFTER_HOLDER) are left out: the paper is the holder.
 */
const COPYRIGHT_HOLDER = new RegExp(
  String.raw`^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*${NOTICE_YEARS}(?:\s*©)?\s*[.,–-]?\s+(?:by\s+)?(.+?)(?:,\s+(?:an?|part of|a division of|a member of)\s+[^,.]{1,60}|${PLACE_AFTER_HOLDER})?[.,]?(?:\s+all rights reserved\.?)?$`,
  'iu',
);
/**
 * A notice naming its holder before the year ("© Reuters 2008 All rights reserved", "Copyright - harbourdaily.com 2026."): the
 * year is still needed ("© Getty Images" credits a picture).
 */
const COPYRIGHT_HOLDER_YEAR_AFTER = new RegExp(String.raw`^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?(?:\s+[-–])?\s*([^\d\s©–-].*?),?\s+${NOTICE_YEARS}\.?(?:\s+all rights reserved\.?)?$`, 'iu');
/**
 * A paper's company holding a notice without a year ("Copyright © The Harbour Shimbun Company. All rights reserved."): no
 * picture's credit is so written.
 */
const PAPER_COMPANY_HOLDER = /^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*([^\d\s©].*?\s+Company)\.?(?:\s+all rights reserved\.?)?$/iu;
/**
 * What ends a notice run on into the footer's links: a bar, a bullet or a middle dot ("Copyright © 2026, The Valley Tribune |
 * Terms of Service"), a tab or a wide gap, as a footer's cells are saved ("(c) Copyright Harbourcall.com 2026        Contact Us").
 */
const NOTICE_LINKS = /\s+[|•·]\s|\t|\s{3,}/u;
/** A full stop or comma set after a space ("Copyright 2026 The Harbour News . All rights reserved."): left out of the holder. */
const SPACED_STOP = /\s+(?=[.,](?:\s|$))/gu;
/**
 * What powers the site, after the holder and years ("Copyright © 2026 The Valley Tribune - Powered by WordPress"): left out
 * of the holder.
 */
const POWERED_BY = /\s+(?:[-–|]\s+)?powered by\s.*$/isu;
/**
 * A notice's terms after its "All rights reserved." (a wire's terms under its copy, "This material may not be …"), and the
 * brackets some pages set it in.
 */
const TERMS_AFTER_RIGHTS = /(all rights reserved\.?)\s.*$/isu;
const NOTICE_BRACKETS = /^\((.*)\)$/su;
const NOTICE_OPENING = /^\(?(?:©|\(c\)|copyright)/iu;
/**
 * "Copyright" in other languages, opening a notice: Arabic "حقوق النشر" and "حقوق الطبع والنشر", Indonesian and Malay "Hak Cipta"
 * ("Hak Cipta Terpelihara"), Bengali "স্বত্ব", Urdu "جملہ حقوق" (not before "بحق": RIGHTS_RESERVED_FOR), Vietnamese "Bản quyền thuộc" (after a © as its papers set it:
 * "© Bản quyền thuộc Báo Harbour."). Read as "Copyright", so that the holder after it is read.
 */
const OTHER_LANGUAGE_COPYRIGHT = /^(?:حقوق (?:الطبع و)?النشر|جملہ حقوق(?!\s+بحق)|hak cipta(?: terpelihara)?|স্বত্ব|(?:©\s*)?bản quyền thuộc(?: về)?)(?=[\s©])/iu;
/**
 * A notice naming what it covers before "copyright" ("All contents copyright © 2026, Harbourcrunch.", "Images and text copyright ©
 * 2026 by …"), read as "Copyright" for its holder.
 */
const CONTENT_COPYRIGHT = /^(?:all (?:contents?|material)|images and text|text and images) (?:is |are )?copyright(?:ed)?(?=[\s©])/iu;
/**
 * The site's address opening the notice before its "Copyright" or © ("Harbourmonthly.com Copyright (c) 2026 by The Harbour Monthly
 * Group."): left out, so that the notice's opening is found.
 */
const ADDRESS_BEFORE_NOTICE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}\s+(?=copyright\b|©)/iu;
/**
 * A Persian notice saying whose the site's rights are, the holder (group 1) last: "تمامی حقوق این سایت متعلق به … است." ("all rights
 * of this site belong to …"), "کلیه حقوق مادی و معنوی متعلق به … می‌باشد" (material and moral rights). It has no ©; an article's
 * sentence on rights owned names no site's rights.
 */
const RIGHTS_BELONG_TO = /^(?:تمامی|کلیه|همه)\s+حقوق\s+(?:مادی\s+و\s+معنوی\s+(?:این\s+(?:سایت|وب‌?سایت|پایگاه)\s+)?|این\s+(?:سایت|وب‌?سایت|پایگاه)\s+)متعلق\s+به\s+(.{2,60}?)\s+(?:است|می‌?باشد)\s*\.?$/u;
/**
 * The same saying for whom the rights are reserved, the holder (group 1) inside: "تمامی حقوق برای روزنامه … محفوظ است." ("all rights
 * are reserved for the … daily"), as Afghan and Iranian papers close their pages; and Urdu's "جملہ حقوق بحق … محفوظ ہیں" ("all rights
 * reserved in favour of …"), as Pakistani papers do, with no ©.
 */
const RIGHTS_RESERVED_FOR =
  /^(?:(?:تمامی|تمام|کلیه|همه)\s+حقوق\s+(?:مادی\s+و\s+معنوی\s+)?(?:این\s+(?:سایت|وب‌?سایت|پایگاه)\s+)?برای|جملہ\s+حقوق\s+بحق)\s+(.{2,60}?)\s+محفوظ\s+(?:است|می‌?باشد|ہیں)\s*[.۔]?$/u;
const isRightsBelongingNotice = (line: Line): boolean => line.wordCount <= MAX_SHORT_NOTICE_WORDS && (RIGHTS_BELONG_TO.test(line.text) || RIGHTS_RESERVED_FOR.test(line.text));
/**
 * "All rights reserved" in any language listed, opening the notice before its © ("Todos los Derechos Reservados © Compañía
 * Periodística Harbour 2026"): read as "Copyright", so that the holder after the © is read.
 */
const RIGHTS_RESERVED_OPENING = new RegExp(String.raw`^(?:all rights reserved|${RIGHTS_RESERVED_WORDS})\.?\s*(?=©)`, 'iu');
/** The circled c Korean notices set for the © ("Copyright ⓒ …"), opening the notice. */
const CIRCLED_C = /^(copyright\s*)?ⓒ/iu;
/**
 * A footer's row of links run on before its notice with no bar, the last a link's usual last word ("Imprint Cookies Terms of Use
 * Privacy Policy © harbour magazine 2026"): left out. Not a notice's own opening ("Copyright and Trade Mark Notice © …").
 */
const FOOTER_LINKS_BEFORE_NOTICE = /^(?!Copyright\b)(?:(?:\p{Lu}[\p{L}&'’]*|and|of|&)\s+){1,12}?(?<=(?:Policy|Terms|Conditions|Notice|Imprint|Cookies|Contact|Sitemap|Use|Service|Us)\s+)(?=©)/u;
/** The openings withEnglishOpening rewrites, each with what it puts in its place, in the order it replaces them. */
const ENGLISH_OPENINGS: readonly (readonly [RegExp, string])[] = [
  [ADDRESS_BEFORE_NOTICE, ''], [FOOTER_LINKS_BEFORE_NOTICE, ''], [CIRCLED_C, '$1©'], [OTHER_LANGUAGE_COPYRIGHT, 'Copyright'], [CONTENT_COPYRIGHT, 'Copyright'],
  [RIGHTS_RESERVED_OPENING, 'Copyright '], [RIGHTS_BELONG_TO, 'Copyright $1'], [RIGHTS_RESERVED_FOR, 'Copyright $1'],
];
/**
 * ENGLISH_OPENINGS' patterns joined, one pattern for each set of flags: whether any of them matches. A replace changes a text only
 * where its pattern matches, so a line none of them matches is left as it is by all, and two tests tell it where eight replaces
 * did (withEnglishOpening is asked of every removed line, several times). No pattern refers back to a group by its number.
 */
const ANY_ENGLISH_OPENING: readonly RegExp[] = [...new Set(ENGLISH_OPENINGS.map(([pattern]) => pattern.flags))].map((flags) =>
  new RegExp(ENGLISH_OPENINGS.filter(([pattern]) => pattern.flags === flags).map(([pattern]) => `(?:${pattern.source})`).join('|'), flags),
);
/** The notice opening with the word "Copyright" and the © (ENGLISH_OPENINGS), for the patterns reading its holder. */
export const withEnglishOpening = (notice: string): string =>
  ANY_ENGLISH_OPENING.some((pattern) => pattern.test(notice)) ? ENGLISH_OPENINGS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), notice) : notice;
/** Words of a notice's holder and year at most, its terms left out: a longer line is a paragraph. */
const MAX_NOTICE_WORDS = 20;
/**
 * A company's legal form as notices write it, its full stop left out: English ("Inc", "Ltd", "LLC", "ltd" in lower case: no word is
 * so spelt), Italian, Spanish ("S.L.", "S.L.U."), German and Austrian ("GmbH", "m.b.H."), Dutch, Greek ("Α.Ε."), Polish, Czech and
 * Slovak ("Sp. z o.o.", "s.r.o.", "a.s."), Portuguese and Brazilian ("Lda.", "Ltda."), Malaysian ("Berhad", "Sdn Bhd"); in the cases
 * written only ("SA", "AG" in lower case are words). One list for a holder's (HOLDER_LEGAL_FORM) and a publisher's company
 * (metadata/site-notice.ts COMPANY_HOLDER).
 */
export const LEGAL_FORMS = String.raw`[Ss]p\. z o\.o|[Ss]pol\. s r\.o|s\.r\.o|a\.s|S\.[Pp]\.[Aa]|SpA|S\.L\.U|S\.[LlAa]|S\.r\.l|Srl|SA|AG|GmbH|m\.b\.H|mbH|Ltd|LTD|ltd|Limited|LIMITED|Inc|INC|LLC|L\.L\.C|PLC|plc|Corp|CORP|Corporation|B\.V|N\.V|Lda|LDA|Ltda|LTDA|Α\.Ε|Ε\.Π\.Ε|Ι\.Κ\.Ε|Berhad|BERHAD|Bhd|BHD`;
/**
 * A holder's legal form closing the notice, maybe with the group it belongs to after it ("KHBR-TV LLC", "MacRumors.com, LLC", "KSTP-TV,
 * LLC A Hubbard Broadcasting Company").
 */
const HOLDER_LEGAL_FORM = new RegExp(String.raw`,?\s+(?:${LEGAL_FORMS})\.?(?:,?\s+[Aa]n?\s+\S.{0,60})?$`, 'u');
/** The words a publisher's company is named by, which an outlet's name may end with too ("Vox Media", "NBCUniversal Media"). */
const COMPANY_WORD = /\s(?:Media|Network|Group|Holdings)$/u;
/**
 * The word a paper's publisher adds to the paper's name ("The Harbour Times Company", "The Herald-Lagoon Publishing Co."), maybe with
 * its legal form ("The Harbour Company Ltd."): left out, the paper is the outlet. Not a firm's "& Company" ("Dow Jones & Company").
 */
const PAPER_COMPANY = new RegExp(String.raw`(?<!&)\s+(?:Publishing\s+(?:Company|Co\.?)|Company)(?:,?\s+(?:${LEGAL_FORMS})\.?)?$`, 'u');
/**
 * The outlet a copyright notice names (outlets.ts isOutlet), else null: the site's own name, or the agency's under its copy
 * ("© 2008 AFP"), the article's source when no other line gave one. A publisher that is no outlet ("Acme Holdings Inc.") names
 * none; a paper's company names the paper ("© 2026 The Harbour Times Company": The Harbour Times).
 */
export function copyrightOutlet(line: Line): string | null {
  // Most removed lines are no notice: told by their opening before the patterns.
  const text = withEnglishOpening(line.text);
  if (!NOTICE_OPENING.test(text)) return line.text.includes('©') ? (SITE_BEFORE_COMPANY_NOTICE.exec(line.text)?.[1] ?? null) : null;
  const holder = holderOf(text);
  return holder === null ? outletHeldWithoutYear(text) : (outletHeld(holder) ?? QUOTED_TITLE_HOLDER.exec(holder)?.[1] ?? holderGuardingItsContent(text, holder));
}
/**
 * A notice with no year opening with the word "Copyright", the holder (group 1) after a © or "by" ("Copyright © The Harbour
 * Shimbun.", "Copyright by Harbour Daily Online"). A picture's credit sets the © alone ("© Reuters"), not the word.
 */
const COPYRIGHT_WITHOUT_YEAR = /^copyright\s*(?:©\s*|by\s+)?([^\d\s©].*?)[.,]?(?:\s+all rights reserved\.?)?$/iu;
/**
 * The outlet such a notice holds (COPYRIGHT_WITHOUT_YEAR, outlets.ts isOutlet), before the footer's links after it, else null: a
 * company ("Copyright © Harbour Media Corp") or a forum names none.
 */
function outletHeldWithoutYear(text: string): string | null {
  const held = COPYRIGHT_WITHOUT_YEAR.exec(text.replace(TERMS_AFTER_RIGHTS, '$1').split(NOTICE_LINKS, 1)[0]!)?.[1];
  return held !== undefined && isOutlet(held) ? held : null;
}
/**
 * A holder that is a title in guillemets (group 1), maybe with what it is in lower case after it, as Kazakh, Armenian, Russian
 * and Ukrainian papers write it ("© 2026 «Дала таңы» республикалық газеті", the republican paper). A company sets its legal form
 * first ("ООО «…»") or a title in capitals after it, and a title in a title ("«Издательский дом «…»»") is a company's.
 */
const QUOTED_TITLE_HOLDER = /^«([^«»]+)»(?:\s+[\p{Ll}\p{M}]+)*$/u;
/**
 * A site's address holding a notice with no year ("Copyright ⓒ Harbourmedia.co.kr. 무단전재 및 재배포 금지"): no picture's credit
 * is so written. Not a company named by its address ("Copyright © Harbour.com Ltd.").
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
 * A notice with the site's name before its © and the publisher's company with its year after it, the site's name (group 1) of up
 * to four capitalised words ("Harbourtech © 2019 NewAge Harbour, LLC."). The legal form and the year tell it from a picture's
 * credit ("Kenneth Arvelo © Reuters").
 */
const SITE_BEFORE_COMPANY_NOTICE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+©(?=.*\s${NOTICE_YEARS}(?:$|[\s.,]))(?=.*\s(?:${LEGAL_FORMS})\.?(?:$|[\s,;|]))`,
  'u',
);
/** The name a notice's terms close on as the one whose consent or permission they require ("… without the written consent of The Hindu"). */
const CONSENT_OF = /\b(?:consent|permission) of (.+?)\.?$/iu;
/**
 * The holder, whatever its name, when the notice's terms close on its consent (CONSENT_OF): "Copyright © 2026, The Harbour Star.
 * Republication … without the written consent of The Harbour Star". A site guards its own pages so; a company (its legal form,
 * a company's word) or a person is no site's name. Else null.
 */
function holderGuardingItsContent(notice: string, holder: string): string | null {
  const guarding = CONSENT_OF.exec(notice)?.[1];
  return guarding?.toLowerCase() === holder.toLowerCase() && !HOLDER_LEGAL_FORM.test(holder) && !COMPANY_WORD.test(holder) && !isPersonsName(holder) ? holder : null;
}
/**
 * Whether a holder is a person's name (metadata/names.ts areNames): a writer guards a blog's posts as a site does ("© 2026 Jane
 * Doe. … without the written consent of Jane Doe"), and is its author, no source. No person's name opens with "The" ("The Hindu").
 */
const isPersonsName = (holder: string): boolean => !/^the\s/iu.test(holder) && areNames(holder);
/**
 * An online paper's name, "Online" after a capitalised name ("Copyright © 2026 Harbourrath Online All rights reserved."): a
 * notice's holder is a name, where a menu's "Shop Online" is none.
 */
const ONLINE_PAPER = /^(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}Online$/u;
/** A full stop and a sentence after it ("BBC. The BBC is not responsible …"; not the stop of "St. Louis"'s abbreviation alone). */
const SENTENCE_AFTER_HOLDER = /\.\s+(?=\p{Lu})/gu;
/**
 * The notice within MAX_NOTICE_WORDS: whole, else its sentences up to the last full stop (SENTENCE_AFTER_HOLDER) within them, else
 * null: terms running on after the holder's sentence ("Copyright © 2026, The Harbour Star. Republication …") leave the holder.
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
 * The outlet a notice's holder names (outlets.ts isOutlet), else null: the holder itself ("www." left out); without its legal form
 * ("© 2026 KHBR-TV LLC"), unless it is a publisher's company ("Vox Media, Inc.": metadata/site-notice.ts reads those); or its words
 * before a sentence the notice goes on with ("Copyright © 2026 BBC. The BBC is not responsible …"), the shortest such that is an
 * outlet, so that "St. Louis Post-Dispatch. …" is not cut to "St", and no company ("Harbour Business Media. View our …").
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
 * A page's notice on itself with no © or "all rights reserved": "This document is subject to copyright. … no part may be
 * reproduced …" (a science site's, under every story), "Disclaimer: This article is copyrighted by …" (a press release portal's).
 */
/** Words of such a notice at most: its opening is the page's alone, and the portal's, its addresses' parts counted, has 41. */
const MAX_SUBJECT_NOTICE_WORDS = 60;
const SUBJECT_TO_COPYRIGHT = /^(?:disclaimer:\s*)?(?:this|the) (?:news )?(?:document|article|story|material|content|page) is (?:(?:subject to|protected by) copyright|copyrighted by)\b/iu;
/**
 * A story's sentence on copyright, not a notice: the word in lower case naming what the law protects or forbids ("… an admission of
 * copyright infringement."), with no © or "All rights reserved"; as the last paragraph it would end the article over it. A notice
 * says the material is copyright ("All content copyright Harbour Sports 2026"), with no such noun after the word.
 */
const COPYRIGHT_TOPIC = /(?<![\p{L}\p{N}])copyright (?:infringements?|protections?|laws?|holders?|owners?|claims?|cases?|lawsuits?|suits?|violations?|disputes?|royalt(?:y|ies))(?![\p{L}\p{N}])/u;
const NOTICE_SIGN = /©|\(c\)\s*\d{4}|\ball rights reserved\b/iu;
const isSentenceOnCopyright = (line: Line): boolean => isProse(line) && COPYRIGHT_TOPIC.test(line.text) && !NOTICE_SIGN.test(line.text);

/**
 * A broadcaster's notice on the agencies' copy it carries, under every story: "This service may include material from Agence
 * France-Presse (AFP), Reuters and the BBC World Service which is copyright and cannot be reproduced." The service names itself and
 * says the material is copyright; a story's sentence ("This service may include material from the archive, the library said") does not.
 */
const CARRIED_MATERIAL_NOTICE = /^this (?:service|site|website|page|programme|program) (?:may )?(?:includes?|contains?) material from\b[^.]{0,200}\bcopyright\b/iu;
/**
 * A wire's terms on a line of their own, the notice split over two ("Content © Copyright 2000 - 2008 …" over its terms, "This
 * material may not be …"), maybe after the distributor's sentence ("Distributed by Harbour Broadcasting. This material …").
 */
const MATERIAL_TERMS = /^(?:[^.]{0,80}\.\s+)?This (?:material|article|story|content) may not be (?:published|reproduced), broadcast, rewritten,? (?:or|and) redistributed\b/iu;
/**
 * A wire's notice with its terms of use ("Copyright 2025 The Harbour Press. All rights reserved." and the terms, "This material
 * may not be …", 23 words), or with "All rights reserved" in another
 * language (RIGHTS_RESERVED_WORDS: "Copyright © … AG. Alle Rechte vorbehalten. Eine Weiterverarbeitung … ist nicht gestattet.").
 */
const LONG_COPYRIGHT = new RegExp(String.raw`^(?:©|copyright\b|\(c\)\s*\d{4}).*(?:\b(?:all rights reserved|may not be (?:published|reproduced|redistributed))\b|[\s.,;©](?:${RIGHTS_RESERVED_WORDS}))`, 'iu');
const MAX_LONG_NOTICE_WORDS = 40;
/**
 * A rights notice without a © or "copyright": "Redistribution, republication, syndication … is forbidden without the prior written
 * consent of Harbour News.", "No part of this article may be reproduced without written permission.", "The copying … is expressly
 * prohibited …". It ends on the prior or written consent (and whose): a story's sentence ("Reproduction of the paintings is
 * prohibited without permission of the estate, the court ruled.") names no written consent, or goes on after it.
 */
const RIGHTS_NOUNS = String.raw`(?:(?:Any|The)\s+)?(?:[Uu]nauthori[sz]ed\s+)?(?:[Rr]edistribution|[Rr]eproduction|[Rr]epublication|[Rr]etransmission|[Dd]istribution|[Cc]opying|[Rr]euse|Unauthori[sz]ed)\b`;
const RIGHTS_NOTICE = new RegExp(
  String.raw`^(?:${RIGHTS_NOUNS}|No part of this\b).{0,160}?\bwithout\s+(?:the\s+)?(?:(?:prior|express|explicit)\s+)*(?:written\s+)?(?<=(?:prior|written)\s+)(?:consent|permission)(?:\s+(?:of|from)\s+(?:the\s+)?(?:publisher|copyright (?:holder|owner)|\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,4}))?(?:\s+(?:is|are)\s+(?:strictly\s+|expressly\s+)?prohibited)?\.?$`,
  'u',
);
/**
 * The page's material said not to be reproduced without written permission, maybe under "All rights reserved.": "All rights reserved.
 * This material and any other digital content on this platform may not be reproduced, published, broadcast, written or distributed in
 * full or in part, without written permission from HARBOUR NEWS." (35 words), "No part of this publication may be copied … without
 * the prior written consent of the publisher." The material is the page's own (this, the), and the line ends on whose permission:
 * a story's sentence goes on past it ("…, the court ruled").
 */
const MATERIAL_NOT_REPRODUCED = new RegExp(
  String.raw`^(?:all rights reserved\.\s+)?(?:this|the|no part of this) (?:material|content|article|story|report|publication|website|site)\b[^.]{0,100}?\b(?:may|must|can|shall) not be (?:reproduced|republished|copied|published|redistributed|distributed)\b[^.]{0,120}?\bwithout\s+(?:the\s+)?(?:(?:prior|express|explicit)\s+)*written\s+(?:consent|permission)(?:\s+(?:of|from)\s+[^.,]{1,60})?\.?$`,
  'iu',
);
/**
 * A site's terms for reusing its material, in the languages whose sites close every story with them and no ©: South Slavic
 * "Zabranjeno je prenošenje sadržaja bez dozvole redakcije." (taking the content without the editors' leave is forbidden),
 * Serbian Cyrillic "Забрањено је преузимање садржаја без дозволе."; Russian "При использовании материалов ссылка на сайт
 * обязательна." (a link is required when the material is used), Ukrainian "При використанні матеріалів посилання обов'язкове.",
 * Kyrgyz "Материалдарды колдонууда шилтеме милдеттүү.", Kazakh "… сілтеме міндетті.", maybe after the site's own sentence
 * ("Расмий сайт. …"). Under the last paragraph such a line reads as the story's sentence, and the article's short last
 * sentence over it would go as page text (edges/article-end.ts closesPageText). A story reporting a ban names what is banned
 * otherwise, or not as the page's own content.
 */
const REUSE_TERMS = new RegExp(
  [
    // Cyrillic words end at a space, not at `\b` (ASCII only).
    String.raw`^(?:zabranjeno|zabranjuje se|забрањено|забранено|prepovedano)\s(?:[^.]{0,80}?\s)?(?:preuzimanje|prenošenje|kopiranje|objavljivanje|umnožavanje|преузимање|преношење|копирање|преземање|povzemanje)\s+(?:i\s+\p{L}+\s+)?(?:sadržaja|садржаја|содржините|vsebin)\s(?:[^.]{0,40}?\s)?(?:bez|без|brez)\s`,
    String.raw`(?:^|[.!]\s+)(?:при|в случае)\s+(?:полного или частичного\s+|полном или частичном\s+)?(?:использовании|использования|цитировании|копировании|перепечатке)\s+(?:материалов|информации)[^.]{0,60}?\s(?:гипер)?ссылка[^.]{0,60}?\sобязательна`,
    String.raw`(?:^|[.!]\s+)при\s+(?:використанні|цитуванні|передруку)\s+матеріалів[^.]{0,60}?\s(?:гіпер)?посилання[^.]{0,60}?\sобов['’ʼ]язкове`,
    String.raw`(?:^|[.!]\s+)материалдарды\s+(?:колдонууда|пайдаланғанда|пайдаланған кезде)\s+(?:гипер)?(?:шилтеме|сілтеме)\s+(?:милдеттүү|міндетті)`,
  ].join('|'),
  'iu',
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
