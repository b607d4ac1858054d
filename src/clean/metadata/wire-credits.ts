// Wire credits: a news agency's header run into the body (Chinese "記者…／…報導", CNA's "（中央社記者…電）") and the
// wire's credit line ("(Reporting by …; Editing by …)"). No sibling imports: bylines.ts and credits.ts build on these.
import { WIRE_CREDIT_ROLES } from '../../text/wire-credit.js';

/**
 * A Chinese wire header with no space after 記者 ("reporter"): "記者王小明／台北報導", "记者李娜/北京报道", in
 * the brackets Taiwanese papers set it in ("〔記者王小明／台北報導〕"). The place and "reported" after the
 * slash tell it from a sentence opening with 記者 ("记者从市政府获悉…"); the name is the author, the
 * place where it was reported from: neither the page's title nor its first paragraph.
 */
export const CHINESE_WIRE_HEADER = String.raw`(?:記者|记者)(\p{Script=Han}{2,4}(?:[、，,]\s*\p{Script=Han}{2,4})*)\s*[／/∕]\s*\p{Script=Han}{1,8}(?:報導|报道)`;
/**
 * Such a header in its brackets run into the paragraph it heads, with no line break ("〔記者王小明／台北報導〕
 * 行政院今天…"): else the paragraph's first words, and no author.
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
 * alone ("（中央社台北4日電）"). It stays in the body, as a dateline does (the place and the day are the story's), and gives its
 * author and source. No mark parts the last name from the place: the name is three ideographs, as most Chinese names
 * are, before a place of two to four ("台北", "布魯塞爾"), or two where four ideographs stand in all, or before a place of
 * three or four the agency reports from abroad (CNA_PLACES: "林昱華盛頓" is "林昱" in "華盛頓", not "林昱華").
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
export const CREDIT_WORD = /^(?:(?:\p{Ll}{1,3}['’-])?\p{Lu}[\p{L}\p{M}'’.-]*|and|&|in|at|from|for|of|the|with|staff|al|bin|bint|ibn|da|das|de|del|der|di|do|dos|du|la|le|ten|ter|van|von|y)$/u;
/**
 * A wire story's closing credit: "(Reporting by Nina Castellano; Editing by Hugh Barrow)", or without
 * the brackets and a closing full stop ("Additional reporting by Jane Doe in Paris; Editing by John
 * Smith"), where only names, places and further roles follow "by": a last line "Research by Oxford
 * Economics suggests that prices will keep rising" is article text that lost its full stop.
 */
export function isWireCredit(text: string): boolean {
  if (BRACKETED_CREDIT.test(text)) return true;
  if (!UNBRACKETED_CREDIT.test(text)) return false;
  return namesOnly(text.replace(CREDIT_ROLES, ' '));
}
/** A credit's reporters: up to the first ";", ", editing by", ". Editing by" and the like, or the closing bracket. */
const CREDITED_REPORTERS = /^\(?(?:reporting|writing) by (.+?)(?:;|[,.] [a-z ]+ by |\)|$)/iu;
/** " in Washington" after a reporter's name. */
const REPORTER_PLACE = / in [^,]+?(?=,| and |$)/gu;
/** The reporters a wire credit (isWireCredit) names, without the places they reported from; else null (an editor's credit alone). */
export const wireCreditReporters = (text: string): string | null => CREDITED_REPORTERS.exec(text)?.[1]?.replace(REPORTER_PLACE, '').trim() || null;
/** Whether a credit's text is names, places and the words joining them alone (CREDIT_WORD). */
export const namesOnly = (text: string): boolean => text.split(/[\s,;]+/u).every((word) => word === '' || CREDIT_WORD.test(word));
