// The names news organisations sign with: the wire agencies (text/dateline.ts NEWS_AGENCIES) and
// outlets named as papers and networks are. A byline's outlet (metadata/signed-bylines.ts) and a picture's credit
// (chrome/pictures.ts) are told by them.
import { agencySourceName, NEWS_AGENCIES } from '../text/dateline.js';

/** The words for what a news organisation is, which name a page or a desk as often when alone ("About Press", "Contact Media"). */
const OUTLET_KIND_WORDS = ['News', 'Press', 'Agency', 'Media', 'Network', 'Wire'];
/** Words in lower case, so that a text is lowercased once to be looked for among them (not once per word). */
const lowercased = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => word.toLowerCase()));
const OUTLET_KIND_WORDS_LOWER = lowercased(OUTLET_KIND_WORDS);
/** Whether the text is one of those words alone (OUTLET_KIND_WORDS), in any case. */
export const isOutletKindWord = (text: string): boolean => OUTLET_KIND_WORDS_LOWER.has(text.toLowerCase());
/**
 * The words news organisations are named with: what they are (an agency, a network), what a paper is or carries ("Times",
 * "Journal", "Mail", "Ledger"), the messenger, watchman or citizen it calls itself ("Courier", "Sentinel", "Argus", "Clarion"),
 * the light or sky it shines as ("Star", "Globe"), the echo it gives back ("Northern Echo"; "Amazon Echo" is a device, never alone
 * on a line). Left out are words that end job titles ("Reporter", "Leader"), sections ("Review"), surnames ("Sun": "Lisa Sun";
 * "Banner"; "Bee": "Samantha Bee", and a spelling bee), devices ("Monitor", "Recorder": "Gaming Monitor", "Phone Recorder") or a
 * party's members ("Democrat": "Liberal Democrat", "House Democrat").
 */
const OUTLET_WORDS = [
  ...OUTLET_KIND_WORDS,
  ...['Times', 'Post', 'Journal', 'Gazette', 'Mail', 'Express', 'Bulletin', 'Record', 'Register', 'Standard', 'Daily', 'Weekly', 'Telegraph', 'Independent'],
  ...['Herald', 'Tribune', 'Courier', 'Messenger', 'Dispatch', 'Chronicle', 'Courant', 'Advertiser', 'Statesman', 'Guardian', 'Observer', 'Examiner', 'Inquirer', 'Enquirer', 'Sentinel'],
  ...['Ledger', 'Spectator', 'Argus', 'Citizen', 'Clarion'],
  ...['Star', 'Globe', 'Mirror', 'Beacon', 'Echo'],
  // A wire service's word in one, as an outlet's syndication desk names itself ("NCA NewsWire", "AAP Newswire"), so that the
  // author's name over it is found.
  ...['NewsWire', 'Newswire'],
  // Japan's word for a newspaper ("The Harbour Shimbun"), no English word.
  ...['Shimbun'],
];
const OUTLET_WORDS_LOWER = lowercased(OUTLET_WORDS);
/** Whether the text is one of the outlet words alone (OUTLET_WORDS: "Register", "Times"), in any case: a menu's item or a button as often. */
export const isOutletWordAlone = (text: string): boolean => OUTLET_WORDS_LOWER.has(text.toLowerCase());
/**
 * An outlet's name: up to four capitalised words ending in an outlet word ("Sun Media", "Anadolu
 * Agency", "The Washington Post", "The Riverside Courier"), joined by hyphens as some mastheads are
 * ("Gulf-Times", "Hindustan-Times"). A job title ("Staff Writer", "Associated Press Writer") or a
 * place does not look like one; a desk does (DESK).
 */
const OUTLET_NAME = new RegExp(`^(?:The\\s+)?(?:\\p{Lu}[\\p{L}&'.-]*(?:\\s+|-)){0,3}(?:${OUTLET_WORDS.join('|')})$`, 'u');
/**
 * A paper named by an outlet word joined by a hyphen to another word ("Springfield News-Sun", "The Press-Enterprise", "Lexington
 * Herald-Leader"), after "The" or a place's words: alone such a word is as often a prefix's ("Post-Election").
 */
const OUTLET_COMPOUND_NAME = new RegExp(`^(?:The\\s+|(?:\\p{Lu}[\\p{L}&'.-]*\\s+){1,3})(?:${OUTLET_WORDS.join('|')})-\\p{Lu}\\p{Ll}+$`, 'u');
/**
 * An outlet's name (OUTLET_NAME) and one capitalised word after its outlet word, as papers are named ("Sioux Falls Argus
 * Leader", "Times Colonist", "Herald Sun"), not a job title ("Globe Staff"). Read only after a byline's names (metadata/
 * name-posts.ts namesBeforeOutlet): alone, "Post Office" or "Times Square" is no outlet.
 */
export function isOutletWithWordAfter(name: string): boolean {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1);
  // Four words at most: a headline in title case is longer ("Teen Film Critic Gets Media Opportunity").
  return space > 0 && name.split(' ').length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(last) && last !== 'Staff' && !JOB_TITLE_WORDS.test(last) && OUTLET_NAME.test(name.slice(0, space));
}
/** A word a job title ends with after an outlet's name ("Globe Reporter"). */
const JOB_TITLE_WORDS = /^(?:Writers?|Reporters?|Journalists?|Correspondents?|Columnists?|Contributors?|Editors?|Photographers?|Critics?)$/u;
/**
 * A paper named as French, Spanish, Portuguese and Italian papers are: the paper's word first, then "of" and a place or a day
 * ("Journal de Montréal", "Diário de Notícias", "Corriere della Sera", "Journal du Dimanche"), the particle maybe capitalised as a
 * masthead sets it ("Journal De Montréal"). With a particle between capitalised words it has a name's shape (metadata/names.ts
 * isNameLine: "Ana de la Cruz"), and next to the date line it would be read as the author.
 */
const PAPER_FIRST_WORDS = ['Journal', 'Jornal', 'Diário', 'Diario', 'Gazette', 'Gazeta', 'Gazzetta', 'Corriere', 'Giornale', 'Courrier', 'Correio', 'Tribune', 'Tribuna', 'Periódico', 'Heraldo', 'Voz', 'Eco'];
const PAPER_OF = new RegExp(
  `^(?:(?:Le|La|Il|El|O|A)\\s+)?(?:${PAPER_FIRST_WORDS.join('|')})\\s+[Dd](?:e|u|es|a|o|as|os|el|ella|ello|elle|i)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?$`,
  'u',
);
/** The sections an outlet's desks are named by ("Business News", "Metro Desk"). */
export const SECTION_WORDS =
  'Main|Business|Breaking|Latest|Top|World|International|National|Local|Regional|Metro|City|Sports?|Politics|Political|Tech|Technology|Science|Health|Entertainment|Arts?|Culture|Lifestyle|Travel|Weather|Education|Markets?|Money|Finance|Financial|Economy|Economic|Opinion|Community|Campus';
/**
 * The places and languages an outlet's sections are named by in its menus and breadcrumbs ("India News", "UK News", "Hindi News ›
 * India News", "Texas News"): the continents, the countries news sites most often section by, the states of the US, and India's
 * languages; over the title such a section is no source. Not "Gulf" nor "Arab" (Gulf News and Arab News are papers), nor
 * Australia's states ("NT News" is a paper).
 */
const PLACE_SECTION_WORDS = [
  'India|Pakistan|China|UK|US|USA|America|Europe|Asia|Africa|Australia|Canada|Middle East|Hindi|English|Tamil|Telugu|Marathi|Bengali|Bangla|Gujarati|Kannada|Malayalam|Punjabi',
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland',
  'Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma',
  'Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
].join('|');
/**
 * A paper named by its state or country and "Today" ("Florida Today"): read only after a byline's names (metadata/name-posts.ts
 * namesBeforeOutlet: "Jane Doe Florida Today" over the date line). Alone, such a line heads a section as often ("Texas Today"),
 * so isOutlet does not read it.
 */
const PLACE_TODAY = new RegExp(`^(?:${PLACE_SECTION_WORDS}) (?:Today|TODAY)$`, 'u');
export const isPlaceToday = (name: string): boolean => PLACE_TODAY.test(name);
/**
 * The topics an outlet's sections are named by that no outlet is named by ("Auto News", "Celebrity News", "Real Estate News",
 * "Related News"), which menus hold by the dozen. Not "Daily", "Morning", "Evening": papers' names ("Daily News", "Dallas Morning
 * News").
 */
const TOPIC_SECTION_WORDS =
  'Autos?|Motoring|Cars|Celebrity|Showbiz|Bollywood|Hollywood|Music|Movies?|Film|TV|Television|Style|Fashion|Beauty|Food|Property|Real Estate|Racing|Football|Soccer|Cricket|Golf|Tennis|Crime|Religion|Odd|Weird|Strange|Offbeat|Related|More|Other|All|Recent|Current|Trending|Internet|Climate Change|Environment|Gaming|Company|Forex';
/**
 * A desk of the outlet, not the outlet: section words before "News" or "Wire" ("Business News",
 * "Breaking News", "World and Politics News", "India News", "Auto News"), where "Sky News" and "Fox News" are outlets.
 */
const DESK = new RegExp(`^(?:(?:${SECTION_WORDS}|${PLACE_SECTION_WORDS}|${TOPIC_SECTION_WORDS})(?:\\s+and|\\s+&)?\\s+)+(?:News|Wire)$`, 'iu');
/**
 * Whether the name is an outlet's desk for news (DESK: "Latest News", "India News"), no publication's. Not a "… Wire": Business Wire holds its
 * notices as the wire service it is.
 */
export const isNewsDesk = (name: string): boolean => name.endsWith(' News') && DESK.test(name);

/**
 * Networks and outlets named by no outlet word (OUTLET_NAME): broadcasters by their initials, and names of their own, which
 * bylines run into ("Kerry Langford Fox News", "Mara Jennings, USA TODAY", "By JOHN SMITH FOR MAILONLINE"; CNN, which signs as
 * the agencies do, is text/dateline.ts AGENCY_NAMES'). The two-word names read already ("Fox News") are here for a name run into
 * them (metadata/name-posts.ts TRAILING_AGENCY). Each by its name in lower case, to the name the source gives it, whichever case
 * the page wrote.
 */
const NETWORK_NAMES = [
  ...['CNBC', 'MSNBC', 'BBC', 'NPR', 'PBS', 'CBS', 'NBC', 'ABC', 'CBC', 'ITV', 'SBS', 'NHK'],
  ...['BBC News', 'CBS News', 'NBC News', 'ABC News', 'CBC News', 'Fox News', 'Fox Business', 'Sky News', 'Al Jazeera'],
  ...['USA Today', 'Axios', 'Politico', 'HuffPost', 'MailOnline'],
  // Public broadcasters sign their reporters' pieces by their initials ("Von Julia Weigelt, NDR"), Globo's news site by
  // its name ("Por Beatriz Cavalcanti, g1 PE"). Not the two-letter ones ("BR", "HR", "DR"): a menu's words, a state's code.
  ...['ARD', 'ZDF', 'NDR', 'WDR', 'SWR', 'MDR', 'RBB', 'ORF', 'SRF', 'RTBF', 'RTVE', 'RAI', 'NRK', 'SVT', 'YLE', 'g1'],
  // The commercial broadcaster of Luxembourg, Germany, the Netherlands and Belgium, as its news sites sign.
  ...['RTL'],
  // South Africa's public broadcaster, whose radio stations and news site close with its notice ("© 2026 SABC.").
  ...['SABC'],
];
const NETWORKS: ReadonlyMap<string, string> = new Map(NETWORK_NAMES.map((name) => [name.toLowerCase(), name]));
/** Every name of a network (NETWORK_NAMES), in lower case. */
export const NETWORK_KEYS: ReadonlySet<string> = new Set(NETWORKS.keys());
/**
 * The word for news a public broadcaster names its news service with after its own name, in the languages of the networks listed
 * (NETWORK_NAMES): "Yle Uutiset", "SVT Nyheter", "RAI Notizie", as "BBC News" is named (a masthead over the page).
 */
const NETWORK_NEWS_WORD = /^(?:Uutiset|Nyheter|Nyheder|Nachrichten|Notizie|Noticias|Notícias|Nieuws|Actualités|Info)$/iu;
/**
 * Whether the text is a network's name (NETWORK_NAMES), maybe with the word for news after it (NETWORK_NEWS_WORD), and nothing else, in
 * any case ("CNN", "USA TODAY", "Yle Uutiset").
 */
export const isNetworkName = (text: string): boolean => {
  const space = text.lastIndexOf(' ');
  return NETWORKS.has(text.toLowerCase()) || (space > 0 && NETWORK_NEWS_WORD.test(text.slice(space + 1)) && NETWORKS.has(text.slice(0, space).toLowerCase()));
};
/**
 * A network's service in another language, a country or a region: a network's name (isNetworkName) and one or two capitalised
 * words, as a World Service page sets it between the author's name and the date line ("BBC Yorùbá", "BBC News Mundo": header.ts),
 * or a broadcaster heads its pages in a country's language ("RTL Lëtzebuerg" over its company's notice: metadata/site-notice.ts
 * siteOverPublisherNotice).
 */
export function isNetworkService(text: string): boolean {
  // Two to four words: a longer line's split is cut at its fifth, which answers no (splitting a whole paragraph was most of its time).
  const words = text.split(' ', 5);
  return [1, 2].some((k) => words.length - k >= 1 && words.length - k <= 2 && isNetworkName(words.slice(0, k).join(' ')) && words.slice(k).every((word) => /^\p{Lu}/u.test(word)));
}
/** The name the source gives a network (NETWORK_NAMES) in any case ("USA TODAY": "USA Today"); any other name as it is. */
export const networkSourceName = (name: string): string => NETWORKS.get(name.toLowerCase()) ?? name;
/**
 * News aggregators, whose name heads their copy of another outlet's story ("Apple News" over "The Seaport Gazette" over
 * the headline): the aggregator is no masthead of the story, nor a second paper listed beside the outlet's.
 */
const AGGREGATORS: ReadonlySet<string> = new Set(['apple news', 'google news', 'yahoo news', 'microsoft start', 'msn', 'flipboard', 'smartnews', 'newsbreak']);
/** Whether the text is a news aggregator's name (AGGREGATORS) and nothing else, in any case. */
export const isAggregatorName = (text: string): boolean => AGGREGATORS.has(text.toLowerCase());
/** Whether the text is a news agency's name and nothing else ("Reuters", "TASS", "共同通信"). */
export const isNewsAgencyName = (text: string): boolean => NEWS_AGENCIES.has(text.toLowerCase());
/**
 * An online outlet's brand as it signs its pages: a word in lower case with a capital inside ("detikJabar", "kumparanNEWS"), or a
 * site's domain ("Kompas.com", "Tempo.co", "LRT.lt", "POLYGRAPH.info"), any country's, in capitals too ("TIMESOFINDIA.COM", a
 * byline box's). No name of a person is so written.
 */
const BRAND = /^(?:\p{Ll}{2,}\p{Lu}[\p{L}\p{N}]*|[\p{L}\p{N}-]+\.(?:com|net|org|info|news|co\.[a-z]{2}|[a-z]{2}|COM|CO|NET|ORG|CO\.UK|IN))$/u;
/**
 * An outlet's news service, which signs the copy its newsroom writes or syndicates ("Express News Service", "Tribune News
 * Service", "Religion News Service"): no person is so named, so it is no author.
 */
const NEWS_SERVICE = /^(?:The\s+)?(?:\p{Lu}[\p{L}&'.-]*\s+){1,3}(?:News|Wire|Press)\s+Service$/u;
// The word it ends with first: most names isOutlet is asked of end otherwise, and the pattern read their capitalised words first.
export const isNewsService = (name: string): boolean => name.endsWith('Service') && NEWS_SERVICE.test(name);
/**
 * A North American broadcaster's call sign with its service ("KSTP-TV", "WTOP-FM", "CFTO-TV"), as stations sign their notices
 * ("Copyright 2026 - KSTP-TV, LLC"). Not the letters alone: "KPMG", "WHO" are as often.
 */
const CALL_SIGN = /^[CKW][A-Z]{2,3}-(?:TV|DT|FM|AM)$/u;
/**
 * An outlet's sports arm, its name and "Sport" or "Sports", as signed under the author's name ("BBC Sport", "CBS Sports",
 * "Telegraph Sport"), which no outlet's word ends. The name a network's, an agency's, a paper's (OUTLET_NAME) or a broadcaster's
 * named by none of them (SPORTS_BROADCASTERS: "Sky Sports", "BT Sport"); not any initials (a school menu's "UA Sports"), a
 * country's ("UK Sport", a funding body; "US Sports") or a menu's ("HS Sports", "College Sports").
 */
const SPORTS_ARM = /^(.+?)\s+Sports?$/u;
const SPORTS_BROADCASTERS: ReadonlySet<string> = new Set(['Sky', 'Fox', 'BT', 'TNT', 'beIN', 'TSN', 'STV', 'RTÉ', 'RTE', 'Yahoo', 'Yahoo!']);
function isSportsArm(name: string): boolean {
  // The word it ends with first: SPORTS_ARM's lazy name is tried at each of a name's characters.
  const outlet = name.endsWith('Sport') || name.endsWith('Sports') ? SPORTS_ARM.exec(name)?.[1] : undefined;
  return outlet !== undefined && (SPORTS_BROADCASTERS.has(outlet) || isNamedOutlet(outlet));
}
/**
 * An outlet's site named as papers named theirs before their names were their sites': the outlet's name and "Online" or
 * "Unlimited" ("Times Online", "Guardian Unlimited"), which by a date line would be read as the author ("From Times Online").
 * The name an agency's, a network's or a paper's (isNamedOutlet), not a word of what outlets are alone ("News Online", a menu's)
 * nor a shop's ("Cars Online").
 */
const ONLINE_ARM = /^(.+?)\s+(?:Online|ONLINE|Unlimited|UNLIMITED)$/u;
function isOnlineArm(name: string): boolean {
  // The word it ends with first, as isSportsArm reads its own.
  const outlet = /(?:Online|ONLINE|Unlimited|UNLIMITED)$/u.test(name) ? ONLINE_ARM.exec(name)?.[1] : undefined;
  return outlet !== undefined && !isOutletKindWord(outlet) && isNamedOutlet(outlet);
}
/** An agency, a network or an outlet's name (OUTLET_NAME) that is no desk: what a sports arm's name opens with, and an outlet (isOutlet). */
const isNamedOutlet = (name: string): boolean => isNewsAgencyName(name) || isNetworkName(name) || ((OUTLET_NAME.test(name) || OUTLET_COMPOUND_NAME.test(name)) && !DESK.test(name));
/**
 * A Japanese paper's name: its place's or its own name in Han characters or kana, then the word for a newspaper or a daily ("新聞",
 * "日報", "新報"), maybe its online edition's word after it ("オンライン", "デジタル", "電子版"), as papers head their pages and
 * portals credit the paper under a date line ("Shimbun" is only its transliteration). Read on a Japanese page only
 * (metadata/page-source.ts): in Chinese "新聞" is news, and a Hong Kong paper's menu's "即時新聞" (breaking news) is no paper.
 */
const JAPANESE_PAPER = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,8}(?:新聞|日報|新報)(?:オンライン|デジタル|電子版)?$/u;
/** Whether the text is a Japanese paper's name and nothing else (JAPANESE_PAPER: "港湾新聞", "港湾日報"). */
export const isJapanesePaperName = (text: string): boolean => JAPANESE_PAPER.test(text);
/**
 * An agency, a network ("CNN"), an outlet's name ("Reuters", "The Washington Post", "Journal de Montréal"), a news service,
 * an online brand ("detikJabar", "Cleveland.com"), a sports arm ("BBC Sport"), an online arm ("Times Online") or a station's
 * call sign ("KSTP-TV"), not a desk ("Business News").
 */
export const isOutlet = (name: string): boolean =>
  isNamedOutlet(name) || PAPER_OF.test(name) || isNewsService(name) || BRAND.test(name) || isSportsArm(name) || isOnlineArm(name) || CALL_SIGN.test(name);

/** A company's last word that names what it is, not an outlet: "Media", "Network" ("Harbour Media Ltd"). */
const COMPANY_KIND_WORD = /\s+(?:Media|Networks?)$/u;
/**
 * Whether a publisher's company is named as an outlet is (isOutlet) by more than its last word for a medium: "Valley Herald Media"
 * (a paper's company, another paper's under "The Harbour Post"), not "Harbour Media" (any company's, as "Nexstar Media"): a
 * company's "Media" alone would make the masthead over "© 2026 Harbour Media Limited" another paper's (site-notice.ts
 * siteOverPublisherNotice, metadata/page-source.ts).
 */
export const isOutletCompany = (company: string): boolean => {
  const name = company.replace(/[\s,]+$/u, '');
  return isOutlet(name) && (!COMPANY_KIND_WORD.test(name) || isOutlet(name.replace(COMPANY_KIND_WORD, '')));
};
/**
 * Whether a name is an outlet's only by its last word for a medium, "Media" or "Network" (isOutlet, not isOutletCompany): "Polder Media", a
 * publisher's company as a notice holds it. The site's name over the page comes before it (metadata/page-source.ts).
 */
export const isOutletByKindWordAlone = (name: string): boolean => isOutlet(name) && !isOutletCompany(name);

/** An outlet's name to compare: one agency's names as one, case, spacing and a leading "The" aside. */
export function outletName(text: string): string {
  return agencySourceName(text.replace(/\s+/gu, ' ').trim()).toLowerCase().replace(/^the /u, '');
}
/** Whether an outlet's name is the last words of a fuller one: "The Inquirer" of "The Philadelphia Inquirer". */
export function shortNameOf(outlet: string, fuller: string): boolean {
  return outletName(fuller).endsWith(` ${outletName(outlet)}`);
}
