// The dateline that opens wire copy: "WASHINGTON (Reuters) - ", "CALGARY, Alberta (Reuters) - ",
// "PARIS, Jan 8 (AFP) - ", "NEW YORK -- ", "KOCHI: ", "Jakarta, Indonesia – ". It is article text
// (extraction benchmarks keep it in the body), but its place and agency are not what the article
// is about: counted as terms, they make the dateline city the first keyphrase of much wire copy.

import { isMonthName } from './dates.js';
import { isTranscript } from './speaker.js';

// The place in capitals (up to four words: "NEW YORK", "SHENZHEN/WANZHOU"), an optional qualifier
// after a comma ("Alberta", "Jan 8", "N.C."), an optional agency in brackets or, as PR Newswire
// writes it, between slashes ("PITTSBURGH, March 14, 2024 /PRNewswire/ -- ": the wire is the release's
// source, its city and wire no terms), then a dash or, as Indian papers write it, a colon ("NEW DELHI: ",
// "KOCHI: ": else the city is the article's first keyphrase).
const PLACE_NAME = "(\\p{Lu}[\\p{Lu}\\p{M}.'’/&-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'’/&-]*){0,3})";
// Or a date after the place without a comma, as Reuters wrote it for some years ("TOKYO Nov 6
// (Reuters Life!) - ", "NEW YORK Jan 12 (Reuters) - "): a month's name (checked: monthAfterPlace) and a day.
const PLACE = `${PLACE_NAME}(?:, [^()\\n]{1,40}?| \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?!\\d))?`;
// EFE writes a full stop before the dash: "MADRID, 20 nov (EFE).- ". The dash is hyphens, an en or em dash, or the horizontal
// bar some US stations' pages set for it ("SAN MATEO (AP) ― ").
const AGENCY = "(?:\\(([^()\\n]{1,30})\\) ?\\.? ?|/([^/\\s][^/\\n]{0,29})/ ?)?";
const DATELINE = new RegExp(`^${PLACE} ?${AGENCY}(?:-{1,3}|[–—―]|:) `, 'u');
/**
 * A place in Title Case ("Jakarta", "Rio de Janeiro"), only with its country or state after a comma
 * and then a dash: "Jakarta, Indonesia – The …", "Raleigh, N.C. (AP) — …". Without the country, or
 * before a colon, a capitalised phrase is as likely a sentence's subject or a label ("Washington –
 * the city – …", "Update: …"), and a lowercase word after the dash goes on a sentence.
 */
const TITLE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const TITLE_PLACE = `(${TITLE_WORD}(?: (?:de|da|do|dos|das|del|di|la|le|el|al|am|of|on|upon|sur) ${TITLE_WORD}| ${TITLE_WORD}){0,3})`;
const TITLE_CASE_DATELINE = new RegExp(`^${TITLE_PLACE}, ${TITLE_WORD}(?: ${TITLE_WORD}){0,3} ?${AGENCY}(?:-{1,3}|[–—―]) (?=[\\p{Lu}\\p{N}"“‘'])`, 'u');
/**
 * News agencies that sign stories in their own name, in datelines ("Berlin (dpa) – "), bylines ("By
 * TASS") and header lines of their own; Chinese, Japanese and Korean pages name Kyodo, Jiji, Xinhua,
 * Yonhap, Reuters, AP and AFP in their own script (共同通信, 新华社, 연합뉴스), Russian ones TASS, RIA
 * Novosti and Interfax in Cyrillic. Each agency's names, the first the one `source` gives it: an AP
 * story says "AP" in its dateline, "The Associated Press" in its byline, "ASSOCIATED PRESS" in a header
 * line, and an analyst grouping by source wants one name for all. The name is the agency's in its English copy, in full ("The Associated Press", "Kyodo News",
 * "PA Media") unless it signs with its initials ("AFP", "dpa", "EFE").
 */
const AGENCY_NAMES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['The Associated Press', 'AP', 'Associated Press', '美联社', '美聯社'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse', '法新社'],
  ['ANSA'], ['Anadolu Agency', 'Anadolu Ajansı'], ['Bernama'], ['Bloomberg'], ['dpa', 'Deutsche Presse-Agentur'], ['EFE', 'Agencia EFE'], ['Interfax', 'интерфакс'],
  ['Jiji Press', 'Jiji', '時事通信', '時事通信社'],
  ['Kyodo News', 'Kyodo', '共同通信', '共同通信社', '共同社'],
  // PA's copy on Google News closes "Copyright © 2008 The Press Association.": the name is listed with its "The" too, so that notice names the source.
  ['PA Media', 'PA', 'Press Association', 'The Press Association'],
  ['Reuters', 'Thomson Reuters', '路透社', 'ロイター', '로이터'],
  ['RIA Novosti', 'риа новости'], ['TASS', 'тасс'], ['UPI', 'United Press International'],
  ['Xinhua', 'Xinhua News Agency', '新华社', '新華社'],
  ['Yonhap', 'Yonhap News Agency', '연합뉴스', '聯合ニュース', '韩联社', '韓聯社'],
  // India's agencies sign "By Press Trust of India | Updated: …" or "(IANS)".
  ['PTI', 'Press Trust of India'], ['IANS', 'Indo-Asian News Service'], ['ANI', 'Asian News International'],
  ['Antara', 'Antara News'], ['Europa Press'], ['Lusa'],
  // The Canadian Press signs by its initials too ("TORONTO (CP) - ", Canoe's "By CP"). A railway and a party, also "CP", sign
  // no copy.
  ['The Canadian Press', 'Canadian Press', 'CP'],
  ['NTB'], ['TT', 'TT Nyhetsbyrån'],
  // Latvia's agency, whose copy Latvian papers run under its name alone ("LETA" under the headline).
  ['LETA'],
  // Australia's and New Zealand's agencies, as Fairfax's and News Limited's pages sign their copy ("© AAP 2008", "Brought to you by
  // NZPA"), the stories' source. "AAP" names a paediatricians' academy in the US too, but that academy's notices and credits
  // spell its name; a bare "AAP" signing, in brackets or in a notice is the agency's.
  ['AAP', 'Australian Associated Press'], ['NZPA', 'New Zealand Press Association'],
  // CNN signs its copy as the agencies do, wherever it runs: "Cairo (CNN) — ", "By Jane Doe, CNN": the story's source.
  ['CNN'],
  // Taiwan's Central News Agency by its Chinese names (its credit "（中央社記者王小明台北4日電）"); not "CNA", which names
  // Singapore's Channel NewsAsia too.
  ['Central News Agency', '中央社', '中央通訊社'],
  // The Caribbean Media Corporation, whose copy the region's papers reprint, its initials closing the dateline ("BRIDGETOWN,
  // Barbados, Dec 5, CMC – ").
  ['CMC', 'Caribbean Media Corporation'],
];
/** Each agency's source name (AGENCY_NAMES) by any of its names in lower case. */
const AGENCY_SOURCE_NAMES: ReadonlyMap<string, string> = new Map(
  AGENCY_NAMES.flatMap((names) => names.map((name) => [name.toLowerCase(), names[0]] as const)),
);
/** Every name of a news agency, in lower case. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(AGENCY_SOURCE_NAMES.keys());
/** The name `source` gives an agency, for any of its names in any case ("AP", "ASSOCIATED PRESS": "The Associated Press"); any other name as it is. */
export const agencySourceName = (name: string): string => AGENCY_SOURCE_NAMES.get(name.toLowerCase()) ?? name;
/**
 * The story's first word run into the agency's closing bracket, with no dash, as CNN's pages scraped to text give it
 * ("(CNN)President Donald Trump …", "Hong Kong (CNN Business)A muddled view …"), which names the source. A capital, then
 * a small letter or a space: prose sets a space after a bracket.
 */
const RUN_INTO_STORY = '(?=\\p{Lu}[\\p{Ll}\\s])';
/**
 * A place in Title Case without its country, maybe the day and month after a comma, then a news
 * agency in brackets and a dash: "Berlin (dpa) – ", "Hamburg (dpa/lno) - ", "Paris (AFP) — ",
 * "Madrid, 20 nov (EFE).- " (EFE's full stop before the dash, as in its capitals' datelines), and
 * the month first, as the agencies' English copy writes it: "La Paz, Aug 14 (EFE).- ". The agency
 * tells it from a sentence's subject; it is the story's source, and the city and "dpa" are no terms.
 */
const AGENCY_DATELINE = new RegExp(
  `^${TITLE_PLACE}(?:, (?:\\d{1,2}(?: de)? (\\p{L}+)\\.?|(\\p{L}+)\\.? \\d{1,2}(?!\\d)))? \\(([^()\\n]{1,30})\\)(?: ?\\.? ?(?:-{1,3}|[–—―]) (?=[\\p{Lu}\\p{N}"“‘'])|${RUN_INTO_STORY})`,
  'u',
);
function agencyDateline(text: string): RegExpExecArray | null {
  const match = AGENCY_DATELINE.exec(text);
  const month = match?.[2] ?? match?.[3];
  if (!match || (month !== undefined && !isMonthName(month)) || !isNewsAgency(match[4]!.split('/')[0]!.trim())) return null;
  // The agency where the other patterns have it.
  match[2] = match[4]!;
  return match;
}
/**
 * A wire dateline without its place, as Reuters writes it over a story from no one city ("Nov 20
 * (Reuters) - "), or as pages that dropped the place give it ("(Reuters) - "). Only with a news
 * agency: a date and a dash alone open a list's item ("June 9 -- Riverside Hall").
 */
const PLACELESS_DATELINE = new RegExp(`^(?:(\\p{Lu}\\p{Ll}{2,8})\\.? \\d{1,2} )?\\(([^()\\n]{1,30})\\)(?: ?(?:-{1,3}|[–—―]) |${RUN_INTO_STORY})`, 'u');
function placelessDateline(text: string): RegExpExecArray | null {
  const match = PLACELESS_DATELINE.exec(text);
  return match && (match[1] === undefined || isMonthName(match[1])) && isNewsAgency(match[2]!) ? match : null;
}
/**
 * A full date, its year's four figures, then the outlet's initials in brackets and a dash, no place: Hiiraan Online opens its stories
 * so, the weekday in the story's language ("Sabti December 05, 2026 (HOL) — "), the story's only date. The month a month's name
 * (isMonthName), the initials two to six capitals.
 */
const DATED_DATELINE = /^(?:\p{L}+,? )?(\p{L}+)\.? \d{1,2},? \d{4} \((\p{Lu}{2,6})\) ?(?:-{1,3}|[–—―]) /u;
function datedDateline(text: string): RegExpExecArray | null {
  const match = DATED_DATELINE.exec(text);
  if (!match || !isMonthName(match[1]!)) return null;
  // The initials are the site's own, which names itself better elsewhere (Hiiraan's "HOL" is no source to give): only an
  // agency's are the source.
  if (!isNewsAgency(match[2]!)) delete match[2];
  return match;
}
/**
 * A byline run into the dateline, as Reuters pages scraped to text give it: "By Jane Doe and John Roe
 * NEW YORK Nov 1 (Reuters) - ". Capitalised names (initials, "O'Brien", "Shalal-Esa") up to the place
 * in capitals: else the article has no source, and the names and "Reuters" count as its terms. A
 * job title after the names is the byline's, as on a byline's own line ("By Jane Doe , European
 * Markets Correspondent LONDON …", the comma spaced as some pages give it).
 */
const NAME_WORD = "\\p{Lu}(?:['’]?\\p{Ll}[\\p{L}\\p{M}'’-]*|\\.)";
const RUN_IN_BYLINE = new RegExp(`^By (${NAME_WORD}(?: ?,? (?:and )?${NAME_WORD}){0,7}) (?=\\p{Lu}\\p{Lu})`, 'u');
/** Longest name of an agency's service after its own ("Reuters Health", "AFP Relaxnews", "Reuters Life!"). */
const LONGEST_SERVICE = 2;
const SERVICE_WORD = /^\p{Lu}[\p{L}\p{M}]*!?$/u;
/**
 * Whether the name in a dateline's brackets is a news agency's (NEWS_AGENCIES), maybe with the name
 * of one of its services after it in Title Case: a wire's lifestyle, health or commentary desk signs
 * so ("Tokyo (Reuters Life!) - "), a dateline too. A byline's outlet too ("Jane Doe, CNN Business":
 * clean/metadata/signed-bylines.ts isBylineOutlet).
 */
export function isNewsAgency(name: string): boolean {
  const words = name.split(' ');
  for (let agencyWords = words.length; agencyWords >= 1 && words.length - agencyWords <= LONGEST_SERVICE; agencyWords--) {
    if (NEWS_AGENCIES.has(words.slice(0, agencyWords).join(' ').toLowerCase()) && words.slice(agencyWords).every((word) => SERVICE_WORD.test(word))) return true;
  }
  return false;
}
/** Whether a word and a number after the place (PLACE without a comma) are a date: "Nov 6", not "Screens 5". */
function monthAfterPlace(story: string, place: string): boolean {
  const date = /^ (\p{Lu}\p{Ll}+)\.? \d/u.exec(story.slice(place.length));
  return !date || isMonthName(date[1]!);
}
/** Words in capitals before a colon or dash that label the story rather than place it ("UPDATE: …"). */
const LABELS = new Set([
  'ALERT', 'ANALYSIS', 'BREAKING', 'BREAKING NEWS', 'COLUMN', 'COMMENT', 'COMMENTARY', 'DEVELOPING', 'EDITORIAL', 'EXCLUSIVE',
  'EXPLAINER', 'FACT CHECK', 'FACTBOX', 'FEATURE', 'FLASH', 'ICYMI', 'INSIGHT', 'INTERVIEW', 'JUST IN', 'LISTEN', 'LIVE',
  'LIVE UPDATES', 'NOTE', 'OBITUARY', 'OPINION', 'PHOTO', 'PHOTOS', 'PREVIEW', 'READ MORE', 'RECAP', 'RELATED', 'REVIEW',
  'SPECIAL REPORT', 'SPONSORED', 'UPDATE', 'UPDATED', 'URGENT', 'VIDEO', 'WARNING', 'WATCH',
]);
/** An advice column's salutation ("DEAR ABBY: My husband …") is no place either. */
const isLabel = (words: string): boolean => LABELS.has(words) || words.startsWith('DEAR ');
/**
 * Before a colon, a paragraph of prose: a headline set above the text says who said what the same
 * way ("CDC: Fall in U.S. Flu Cases Largest in 20 Years", as a KPCrowd text's first line runs).
 */
const SENTENCE_END = /[.!?]["”’)]?$/u;
function paragraphOf(text: string): string {
  const end = text.indexOf('\n\n');
  return (end < 0 ? text : text.slice(0, end)).trimEnd();
}
/** Business Wire's: "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced…". */
const BUSINESS_WIRE_DATELINE = new RegExp(`^${PLACE}--\\(([^()\\n]{1,30})\\)--(?=\\p{L})`, 'u');
/**
 * TASS's and Interfax's: "МОСКВА, 14 марта. /ТАСС/. ": the day and month, a full stop, maybe the
 * agency between slashes. Counted as a term, the city would be a page's first keyphrase ("НОВОСИБИРСК").
 */
const DOTTED_DATELINE = new RegExp(`^${PLACE_NAME}, \\d{1,2} \\p{L}+\\. (?:/([^/\\s][^/\\n]{0,29})/\\.? )?`, 'u');
/**
 * Arabic copy's: "القاهرة – ", "بيروت (رويترز) - ". Arabic has no capitals to tell a place by, so
 * one to three words and then the dash, as no sentence opens.
 */
const ARABIC_DATELINE = /^([\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){0,2}) ?(?:\(([^()\n]{1,30})\) ?)?(?:-{1,3}|[–—―]) /u;
/**
 * Hindi agency copy's: "नई दिल्ली, 14 मार्च (भाषा) ", "मुंबई, १४ मार्च (आईएएनएस)। ", "लखनऊ, 3 अगस्त - ":
 * one to three words of Devanagari (no capitals here either), the day (Western or Devanagari digits)
 * and a month's name, then the agency in brackets (maybe a danda after it) or a dash. Without either
 * the sentence goes on after the date ("नई दिल्ली, 14 मार्च को …": "on 14 March").
 */
const HINDI_DATELINE = /^([\p{Script=Devanagari}\p{M}]+(?: [\p{Script=Devanagari}\p{M}]+){0,2}), [\d\u0966-\u096F]{1,2} ([\p{Script=Devanagari}\p{M}]+) ?(?:\(([^()\n]{1,30})\)।? ?(?:(?:-{1,3}|[–—―]) )?|(?:-{1,3}|[–—―]) )/u;
function hindiDateline(text: string): RegExpExecArray | null {
  const match = HINDI_DATELINE.exec(text);
  if (!match || !isMonthName(match[2]!)) return null;
  // The agency where the other patterns have it.
  match[2] = match[3]!;
  return match;
}

/**
 * An editor's note set above the story: "Correction: An earlier version of this story misstated…",
 * "Clarification, May 3:", "Editor's note:". It is the article's (the benchmarks' gold keeps such
 * notes), but the wire story, and its dateline, begin in the paragraph after it.
 */
export const EDITOR_NOTE = /^(?:Corrections?|Clarifications?|Editor['’]s note|Editors['’] note)\b[^:\n]{0,40}:/iu;

/**
 * A Chinese agency's dateline: the agency in Han script (NEWS_AGENCIES), the place, the month and day and 电 ("wire"; 专电, a
 * special one), maybe its reporters in brackets after it: "新华社武汉12月4日电（记者 王磊）", as Sina and the papers run Xinhua's
 * copy, "法新社巴黎12月4日电". It gives the story's source and author; like a dateline it stays in the body.
 */
const HAN_AGENCIES = [...NEWS_AGENCIES].filter((name) => /^\p{Script=Han}+$/u.test(name)).sort((a, b) => b.length - a.length);
const CHINESE_WIRE_DATELINE = new RegExp(
  String.raw`^(${HAN_AGENCIES.join('|')})\p{Script=Han}{1,8}?\d{1,2}月\d{1,2}日[专專]?[电電](?:[（(][记記]者\s?(\p{Script=Han}{2,4}(?:[、\s]\p{Script=Han}{2,4})*)[）)])?`,
  'u',
);
function chineseWireDateline(story: string): Omit<Dateline, 'start'> | null {
  const match = CHINESE_WIRE_DATELINE.exec(story);
  if (!match) return null;
  return { length: match[0].length, agency: match[1]!, ...(match[2] ? { byline: match[2].split(/[、\s]/u).join('、') } : {}) };
}

/**
 * The Punjab Kesari group's dateline, in Gurmukhi (Jagbani) or Devanagari (Punjab Kesari): the place, the reporter's name in
 * brackets and a colon ("ਜਲੰਧਰ (ਹਰਪ੍ਰੀਤ ਸਿੰਘ) : …", "जालंधर (राजेश शर्मा): …"). The name is the byline, an agency there the source
 * (isNewsAgency, INDIC_AGENCY: PTI's Hindi service "भाषा", IANS, UNI's "वार्ता", "एजेंसी", agency, in either script). Without the
 * colon the brackets are a sentence's.
 */
const INDIC_AGENCY = /^(?:भाषा|ਭਾਸ਼ਾ|आईएएनएस|ਆਈਏਐਨਐਸ|वार्ता|ਵਾਰਤਾ|यूएनआई|ਯੂਐਨਆਈ|एजेंसी|ਏਜੰਸੀ)$/u;
const INDIC_WORDS = (most: number): string => String.raw`[\p{Script=Gurmukhi}\p{Script=Devanagari}\p{M}]+(?: [\p{Script=Gurmukhi}\p{Script=Devanagari}\p{M}]+){0,${most}}`;
const BRACKETED_REPORTER_DATELINE = new RegExp(`^${INDIC_WORDS(2)} ?\\((${INDIC_WORDS(3)})\\) ?: `, 'u');
function bracketedReporterDateline(story: string): Omit<Dateline, 'start'> | null {
  const match = BRACKETED_REPORTER_DATELINE.exec(story);
  if (!match) return null;
  const named = match[1]!;
  return isNewsAgency(named) || INDIC_AGENCY.test(named) ? { length: match[0].length, agency: named } : { length: match[0].length, agency: null, byline: named };
}

interface Dateline {
  /** Where the dateline starts: 0, or past the editor's notes that open the text. */
  start: number;
  /** Characters of the text the dateline takes, its dash and the space after it included. */
  length: number;
  /** The agency named in brackets ("Reuters", "AP"), or null. */
  agency: string | null;
  /** The names of a byline run into the dateline (RUN_IN_BYLINE), which the dateline then starts with, or of the reporters a Chinese agency's dateline names after it (CHINESE_WIRE_DATELINE), or in brackets after the place (BRACKETED_REPORTER_DATELINE). */
  byline?: string;
}

/**
 * The dateline opening `text` (an article body, paragraphs separated by blank lines), or opening
 * its first paragraph after the editor's notes above the story; null when there is none.
 */
export function datelineAt(text: string): Dateline | null {
  let start = 0;
  while (EDITOR_NOTE.test(text.slice(start, start + 60))) {
    const paragraphEnd = text.indexOf('\n\n', start);
    if (paragraphEnd < 0) return null;
    start = paragraphEnd + 2;
  }
  const story = start ? text.slice(start) : text;
  // Only before a dateline that names its agency: "By Monday NATO - " opens a sentence.
  const byline = RUN_IN_BYLINE.exec(story);
  const signed = byline && placedDateline(story.slice(byline[0].length));
  if (signed?.agency) return { start, length: byline![0].length + signed.length, agency: signed.agency, byline: byline![1]!.replace(/ ,/gu, ',') };
  const dateline = placedDateline(story) ?? chineseWireDateline(story) ?? bracketedReporterDateline(story);
  return dateline && { start, ...dateline };
}

/** The dateline opening `story`: its length and agency. */
function placedDateline(story: string): Omit<Dateline, 'start'> | null {
  const capitals = DATELINE.exec(story) ?? BUSINESS_WIRE_DATELINE.exec(story) ?? DOTTED_DATELINE.exec(story);
  const match = capitals && /\p{Lu}\p{Lu}/u.test(capitals[1]!) && !isLabel(capitals[1]!) && monthAfterPlace(story, capitals[1]!) ? capitals : (TITLE_CASE_DATELINE.exec(story) ?? agencyDateline(story) ?? placelessDateline(story) ?? datedDateline(story) ?? ARABIC_DATELINE.exec(story) ?? hindiDateline(story));
  if (!match) return null;
  // Before a colon: a paragraph of prose, and not a speaker's turn in a transcript ("TRUMP: We will …",
  // "ANDERSON COOPER, CNN ANCHOR: Good evening.": the speaker's words are no dateline's).
  if (match[0].endsWith(': ') && (!SENTENCE_END.test(paragraphOf(story)) || isTranscript(story))) return null;
  return { length: match[0].length, agency: bracketAgency((match[2] ?? match[3])?.trim()) ?? lastPartAgency(match[0]) };
}
/** An agency named after the dateline's last comma, no brackets, as the Caribbean Media Corporation signs ("…, Dec 5, CMC – "). */
function lastPartAgency(dateline: string): string | null {
  const last = /, ([^,()]{1,30}?) ?(?:-{1,3}|[–—―]) $/u.exec(dateline)?.[1];
  return last !== undefined && isNewsAgency(last) ? last : null;
}
/**
 * The agency a dateline's brackets name: none when they list words with commas that are not all news agencies
 * (isNewsAgency). Examiner.com set its map and news links in the dateline ("SAN JOSE (Map, News) - "), which name
 * no source; an outlet names itself without a comma ("(KDKA)", "(HealthDay News)").
 */
function bracketAgency(name: string | undefined): string | null {
  if (!name) return null;
  // A date names no source: Malaysian papers set it in the brackets ("KUCHING (Dec 6): "), MindaNews after its own name
  // ("DAVAO CITY (MindaNews / 04 December) — ").
  const dated = / \/ (.+)$/u.exec(name);
  if (dated && isDayAndMonth(dated[1]!)) name = name.slice(0, dated.index);
  if (isDayAndMonth(name)) return null;
  return !name.includes(',') || name.split(',').every((part) => isNewsAgency(part.trim())) ? name : null;
}

/** A line of its own signing off, maybe after a dash or a bare ©, the name (group 1), maybe with a full stop: "- NZPA", "— AAP.", "IANS", "© AAP". */
const SIGN_OFF_LINE = /^(?:(?:-{1,2}|[–—―]|©)\s*)?([^()\n]{1,30}?)\.?$/u;
/**
 * The news agency a line of its own under the last paragraph signs with, after a dash as New Zealand's sites close wire copy ("- NZPA"),
 * alone as Indian and Australian portals do ("IANS", "AAP") or after a bare © ("© AAP"), else null: only an agency (isNewsAgency),
 * as a list's "- Careers" names none. Right under the text, "© AAP" signs it; further down, under a video's links, it is as often a
 * picture's credit (kept-article.ts reads the line under the last kept one only).
 */
export function signOffLineAgency(line: string): string | null {
  const name = SIGN_OFF_LINE.exec(line.trim())?.[1];
  return name !== undefined && isNewsAgency(name) ? name : null;
}

/** A day and a month's name (isMonthName) either way round: "Dec 6", "04 December". */
function isDayAndMonth(text: string): boolean {
  const match = /^(?:(\p{L}+)\.? \d{1,2}|\d{1,2} (\p{L}+)\.?)$/u.exec(text);
  return match !== null && isMonthName((match[1] ?? match[2])!);
}

/** An agency's name in brackets closing the text, maybe with a full stop after it: "… al Senato. (ANSA)." */
const SIGN_OFF = /\s\(([^()\n]{1,30})\)\.?$/u;
/**
 * The news agency that signs off the body's last paragraph, as ANSA ends its stories ("ROMA, 20 DIC -
 * …. (ANSA)."): its dateline names no agency, and the sign-off is the story's source. Only a news agency
 * (isNewsAgency, the first of agencies joined by "/"): brackets closing a sentence hold much else.
 */
export function signOffAgency(body: string): string | null {
  const name = SIGN_OFF.exec(body.trimEnd())?.[1]!.trim();
  return name && isNewsAgency(name.split('/')[0]!.trim()) ? name : null;
}
