// Name lines: a line that is a person's name and nothing else (isNameLine, in Latin, Han, Hebrew, Arabic and caseless
// scripts), names joined by commas and "and", a job title alone, and what is no person's name (a newsroom, a desk, a
// place, a page's menu word). The header's author lines are read with these (header.ts, index.ts) and the bylines'
// names checked with them.
import { isMonthName } from '../../text/dates.js';
import { describeLine, lowerTextOf, type Line } from '../lines.js';
import { isNewsAgencyName, isOutlet, SECTION_WORDS } from '../outlets.js';
import { DATE_LINE_WORD, NO_STOPWORDS } from './date-lines.js';

/**
 * A social handle or e-mail address after the name, maybe after a bar, slash or comma: "Sofia Rossi
 * @sofiarossi", "Tom Ellis, tom@paper.example", the Philippine Daily Inquirer's "Jerome Aning - Reporter / @JAningINQ";
 * also before the outlet the byline is signed with ("Ellen Okafor | eokafor@denverpost.com | The Denver Post", as
 * MediaNews Group's papers set it): no part of the author's name. A telephone number after the address too
 * ("By Jane Doe janed@spokesman.com(509) 555-0142", The Spokesman-Review's).
 */
const CONTACT_AFTER_NAME = /(?<=[\p{L}\p{M}.])\s*(?:[|,/]\s*)?(?:@[\p{L}\p{N}_.]+|[^\s@|,]+@[^\s@|,]+\.[^\s@|,]+(?:\s*\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})?)(?=\s*[|,]|$)/u;
/**
 * A newsroom's desk (DESK_NAME, INITIALS_DESK) or its editors signing for the paper: "By Web Desk",
 * "News Desk", "Business Desk", Indonesian "Oleh: Tim Redaksi", and the editorial staff as other languages sign ("Par la rédaction",
 * "Von der Redaktion", "Door de redactie", "Av redaktionen", "Editorial staff"), or the agencies it drew on
 * ("By Agencies", as Indian papers sign wire copy; Spanish and Portuguese "Agencias", "Agências", Italian "Agenzie", French
 * "Agences"), its staff ("By staff writers", "Staff Reports", the Guardian's "Staff
 * and agencies") or correspondents ("From correspondents in Karachi"), a blog's software's default user ("Posted by
 * admin"). No person, so no author. Nor the source, which names the outlet: "Web Desk" signs for many papers, and would group
 * their articles as one outlet's. The line is the header's byline, removed as such, with no author.
 */
const NEWSROOM =
  /^(?:(?:tim\s+)?redaksi|newsroom|(?:news\s+)?agencies|agencias|agências|agenzie|agences|(?:the\s+)?editorial\s+(?:staff|team|board)|(?:der|la|de|el|a|die)?\s*(?:redaktion(?:en)?|rédaction|redactie|redacción|redação|redazione|redakcja|redaksjonen)|(?:our\s+)?staff(?:\s+(?:writers|reporters|reports?))?|staff\s+and\s+agencies|(?:our\s+)?correspondents(?:\s+in\s+\p{Lu}.*)?|admin|administrator|webmaster)$/iu;
/**
 * A newsroom named by its outlet or desk before the word, or by its city after it: LSM's "LSM.lv Ziņu redakcija" (LSM.lv's news desk,
 * Latvian), "Delfi redakcija", El Tiempo's "Redacción Bogotá", El Comercio's "Redacción EC": no author, nor part of one.
 * With Latvian and Lithuanian "redakcija", Czech "redakce", Slovak "redakcia" and Finnish "toimitus"; 0 bench raw lines hold
 * any of these words.
 */
const NEWSROOM_WORD = 'redakcija|redakce|redakcia|toimitus|redaktion|rédaction|redactie|redacción|redação|redazione|redakcja|redaksjonen';
const NAMED_NEWSROOM = new RegExp(`^(?:(?:[\\p{L}\\p{N}.&'’-]+\\s+){1,3}(?:${NEWSROOM_WORD})|(?:${NEWSROOM_WORD})(?:\\s+[\\p{L}\\p{M}.-]+){1,2})$`, 'iu');
/**
 * The outlet an outlet's staff signing names: "By Jerusalem Post Staff", "By JERUSALEM POST STAFF", "By Harbour Post staff"
 * (the outlet's name, outlets.ts isOutlet, then "Staff"), no author; the outlet in Title Case ("Jerusalem
 * Post"), else null. Not a name before "Staff" ("By Jane Staff"), nor names before the outlet's one word ("By Jane Doe
 * Globe Staff", the Boston Globe's: signed-bylines.ts namesBeforeOutletStaff).
 */
export function staffOutlet(name: string): string | null {
  // Sliced, not matched: a pattern's two runs of spaces took seconds on a table's padded line (quadratic).
  if (!name.endsWith(' Staff') && !name.endsWith(' STAFF') && !name.endsWith(' staff')) return null;
  const written = name.slice(0, -' Staff'.length).trim();
  // An outlet's name is read in Title Case (isOutlet), so that a byline in capitals ("By JERUSALEM POST STAFF") names it too.
  const outlet = /\p{Ll}/u.test(written) ? written : capitalisedWords(written);
  const space = outlet.lastIndexOf(' ');
  return isOutlet(outlet) && (space === -1 || !areNames(outlet.slice(0, space).trim())) ? outlet : null;
}
/**
 * A desk or a team, named by a section (outlets.ts SECTION_WORDS: "Metro Desk", "Sports Desk", a station's "KSTP Weather
 * Team"), the medium or the desk's work ("Web Desk", "News Desk", "Online Desk", "Monitoring Desk"), maybe after the
 * outlet's name ("India Today Web Desk", "The Business Desk"). Not any "… Desk": "By Jane Desk" is a person whose surname
 * is Desk.
 */
const DESK_NAME = new RegExp(
  `^(?:the\\s+)?(?:[\\p{L}&]+\\s+){0,2}(?:${SECTION_WORDS}|News|Web|Online|Digital|Foreign|Trending|Features?|Monitoring|Editorial|Editors?|Editor['’]s|Staff|Copy|Night|Crime|Live|Video|Photo|Social|Viral|State)\\s+(?:desk|team)$`,
  'iu',
);
/** An outlet's initials before "Desk" ("HT Desk", "TOI Desk"). Not /i: it would let \p{Lu} match lower case. */
const INITIALS_DESK = /^(?:[Tt]he\s+)?(\p{Lu}{2,5})\s+(Desk|DESK)$/u;
/** Letters of initials that may be a word: "TOI", "DNA". */
const SHORT_INITIALS = 3;
/**
 * Whether the name is an outlet's initials and "Desk" (INITIALS_DESK). A byline all in capitals has a
 * person's name in capitals too: there the initials are three letters or fewer ("TOI DESK"), have no
 * vowel ("NDTV DESK") or are an agency's ("IANS DESK"); "By JANE DESK" is a person's.
 */
function isInitialsDesk(name: string): boolean {
  const [, initials, desk] = INITIALS_DESK.exec(name) ?? [];
  if (initials === undefined) return false;
  return desk === 'Desk' || initials.length <= SHORT_INITIALS || !/[AEIOUY]/u.test(initials) || isNewsAgencyName(initials);
}
/** Whether a byline's name is the newsroom's, a desk's or an outlet's staff (NEWSROOM, NAMED_NEWSROOM, DESK_NAME, isInitialsDesk, staffOutlet), no person's. */
export const isNewsroom = (name: string): boolean => NEWSROOM.test(name) || NAMED_NEWSROOM.test(name) || DESK_NAME.test(name) || isInitialsDesk(name) || staffOutlet(name) !== null;

/**
 * A reporter's name in Arabic: two to four words, the first without the definite article ("محمد عبد
 * الله", "سارة الخطيب"). An outlet or an agency signs with it ("الجزيرة نت", "الأناضول"), or with
 * one word ("وكالات", "agencies"): no person.
 */
export const ARABIC_NAME = /^(?!ال)[\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){1,3}$/u;

/**
 * A person's name alone on its line, as pages that print the author without "By" give it: 2-3
 * capitalised words (initials inside: "Jane M. Doe"; "O'Brien", "Jean-Luc"; particles between them:
 * NAME_PARTICLES), no stopword but those particles, date word,
 * possessive ("Larry's Bio") or word of a page's sections and buttons ("World News", "Most Read",
 * "Share Article", "Subscriber Services") or of a subscription's tier ("Axios Pro", "Metro Plus", over the date
 * line), nor a job title ("Courier Staff Writer").
 */
const NAME_WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}[\\p{L}\\p{M}'’-]*";
/**
 * The particles of names between a given name and a surname: "Julien Le Goff", "Ana de la Cruz",
 * "Pieter van der Berg", "Ahmed bin Salman". They are stopwords of the page's language ("le", "de",
 * "van"), and a name holding one has a name line's shape only with them. Only inside a
 * name: first they open an outlet's name or a place ("Le Monde", "La Stampa", "De Telegraaf"). Catalan joins two
 * surnames with "i" ("and": VilaWeb's "Marta Puig i Soler", no section label).
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'binti', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'i', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von']);
/** A particle in lower case, or capitalised (NAME_WORD reads "Le" already). */
const NAME_PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
/** The generation after a surname ("Jane Doe Jr.", "Ben Smith, Sr.", "John Roe III"), as an author by the date line may sign. */
const NAME_SUFFIX = String.raw`(?:,? (?:Jr|Sr)\.|,? (?:II|III|IV))`;
/**
 * Two initials run together opening a name ("E.J. Dionne", "P.V. Raghunathan"), as an author by the date line may sign.
 * Not a place's or a country's ("U.S. Army", "L.A. Times Store", "D.C. Homepage", "S.C. Politics", the bench
 * pages' 31 lines of this shape beside one name) nor a high school's ("H.S. Sports").
 */
const RUN_TOGETHER_INITIALS = String.raw`(?!(?:U\.[SKN]|E\.U|D\.C|L\.A|N\.[YJCH]|S\.[CA]|B\.C|H\.S|V\.I)\.)\p{Lu}\.\p{Lu}\.`;
export const NAME_LINE = new RegExp(
  `^(?:${NAME_WORD}|\\p{Lu}\\.|${RUN_TOGETHER_INITIALS}) (?:${NAME_PARTICLE} ){0,2}(?:(?:${NAME_WORD}|\\p{Lu}\\.) (?:${NAME_PARTICLE} ){0,2})?${NAME_WORD}${NAME_SUFFIX}?$`,
  'u',
);
/**
 * A name of one word after the initial of the father's name run into it with its full stop, as Mongolian papers sign and name
 * people ("Б.Оюун"-shaped, IKON's author under its date line): with no space it has no name line's shape else. No raw
 * line of the bench's pages is of this shape.
 */
const GLUED_INITIAL_NAME = /^\p{Lu}\.\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u;
/** How many of the words, but the first and the last, are particles of names (NAME_PARTICLES). */
const particlesInside = (words: readonly string[]): number => words.slice(1, -1).filter((word) => NAME_PARTICLES.has(word.toLowerCase())).length;
const PAGE_WORDS = new Set([
  'advertisement', 'analysis', 'article', 'arts', 'audio', 'blog', 'blogs', 'breaking', 'business', 'column', 'comment', 'comments',
  'content', 'copy', 'culture', 'economy', 'edition', 'email', 'entertainment', 'exclusive', 'feature', 'features', 'follow', 'font',
  'gallery', 'gift', 'health', 'home', 'international', 'latest', 'lifestyle', 'link', 'listen', 'live', 'local', 'markets', 'menu', 'menú', 'menü',
  'national', 'navigation', 'news', 'newsletter', 'online', 'opinion', 'partner', 'photo', 'photos', 'plus', 'podcast', 'policy', 'politics', 'premium', 'print', 'printable', 'privacy', 'pro', 'read',
  'related', 'release', 'review', 'reviews', 'save', 'science', 'section', 'sections', 'share', 'size', 'sponsored', 'sport', 'sports',
  'stories', 'story', 'subscribe', 'subscriber', 'services', 'tech', 'technology', 'text', 'today', 'top', 'travel', 'unlimited', 'updates', 'video', 'videos', 'weather', 'world',
]);
/** Whether the text is one of a page's words alone ("News", "Home", "Menu", other languages' "Menú", "Menü"), a menu's item, not a name (PAGE_WORDS). */
export const isPageWord = (text: string): boolean => PAGE_WORDS.has(text.toLowerCase());
/** isPageWord of a line's text, lowercased once a record (lowerTextOf): the site line is asked thousands of times a page. */
export const isPageWordLine = (line: Line): boolean => PAGE_WORDS.has(lowerTextOf(line));
/**
 * The word a reporter's job title ends with ("Staff Writer", "Asia auto correspondent", Patch's "Patch Staff", NRK's "Journalist",
 * under which the name over it is no section label), maybe plural; a bureau's chief ("Robert Hayne, CTV Ottawa Bureau Chief",
 * under CTV's date line), one at large ("CNN Editor-at-large").
 */
export const JOB_TITLE_ROLE = String.raw`(?:(?:writer|reporter|journalist|correspondent|columnist|contributor|editor|photographer|critic|bureau chief)s?(?:[- ]at[- ]large)?|staff)`;
/**
 * A correspondent's or an envoy's post in the other languages of the bylines' labels, maybe with its adjective after it: Libération
 * signs "par Jane Doe, correspondante à Rennes"; Spanish and Italian papers "Ana Ruiz, enviada especial a Kiev", "Luca Neri, inviato a Kiev".
 */
export const CORRESPONDENT_ROLE = String.raw`(?:correspondant(?:e|s|es)?|corresponsal(?:es)?|correspondentes?|corrispondent[ei]|(?:sonder)?korrespondent(?:in|en)?|korespondent(?:ka)?|envoy[ée]e?s?|enviad[oa]s?|inviat[oaie])(?:\s+(?:sp[ée]ciale?s?|sp[ée]ciaux|especial(?:es)?|speciali?|speciale|permanente?s?|r[ée]gionale?s?|regional))?`;
/**
 * The place a post is held in after it: a preposition and a capitalised place ("correspondante à Rennes", "correspondent in Lagos",
 * "corrispondente da Pechino", "Korrespondentin in Kairo"), neither of them the author's. Not /i: it
 * would let \p{Lu} match lower case ("correspondent at large" is a post).
 */
const PREPOSITION_AND_PLACE = String.raw`(?:in|at|à|au|aux|en|em|no|na|a|ao|da|dal|dalla|de|desde|do|aus|w|we|z|ze)\s+(?:(?:the|la|le|les|el|los|las)\s+|l['’])?\p{Lu}`;
const PLACE_AFTER_POST = new RegExp(String.raw`\s+${PREPOSITION_AND_PLACE}[^,|]*$`, 'u');
/**
 * The place written from alone on its line after its preposition, one to four capitalised words and a place's particles: Le Devoir
 * sets "à Québec" between the author's name and the date line (header.ts crosses it to the name over it).
 */
const PLACE_WITH_PREPOSITION = new RegExp(String.raw`^${PREPOSITION_AND_PLACE}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|d[aeiou]s?|de la|del|du)){0,3}$`, 'u');
export const isPlaceWithPreposition = (text: string): boolean => PLACE_WITH_PREPOSITION.test(text);
/** The text without the place after a post at its end (PLACE_AFTER_POST): what the job title's tests read. */
export const withoutPlaceAfterPost = (text: string): string => text.replace(PLACE_AFTER_POST, '');
/** A reporter's job title, on its own line under the name ("Staff Writer", "Courier Staff Writer", "Contributing columnist"). */
export const JOB_TITLE = new RegExp(String.raw`\b${JOB_TITLE_ROLE}$`, 'iu');
const CORRESPONDENT_POST = new RegExp(String.raw`(?<![\p{L}\p{M}])${CORRESPONDENT_ROLE}$`, 'iu');
/** A job title or a correspondent's post in another language at the text's end, maybe with the place it is held in after it ("correspondante à Rennes"). */
export const isPlacedJobTitle = (text: string): boolean => {
  const post = withoutPlaceAfterPost(text);
  return JOB_TITLE.test(post) || CORRESPONDENT_POST.test(post);
};

/**
 * A job title alone on its line, maybe with the author's handle or e-mail address after it (Sky Sports' "Football News
 * Reporter @SamBlitz" under "Sam Blitz", whose name over it is then the author's).
 */
export const isJobTitleLine = (line: Line): boolean =>
  (line.wordCount <= 4 && !line.endsWithSentencePunctuation && JOB_TITLE.test(withoutContact(line.text))) || ARABIC_SCRIPT_JOB_TITLE.test(line.text);
/**
 * A correspondent's title in Urdu or Arabic, maybe with the place or the outlet after it: "نامہ نگار، کراچی" (correspondent,
 * Karachi), "نمائندہ خصوصی" (special correspondent), "مراسل الجزيرة" (Al Jazeera's correspondent). Urdu papers set it under
 * the name over the date line, and tells the name over it the author's.
 */
const ARABIC_SCRIPT_JOB_TITLE = /^(?:نامہ نگار|نامہ نگار خصوصی|نمائندہ|نمائندہ خصوصی|مراسل|مراسلة)(?:[،,]?\s+[\p{Script=Arabic}\p{M}]+){0,3}$/u;
/** A name in capitals, as some pages print the author over their job title ("KATIE O'BRIEN"). */
export const CAPITALS_NAME_LINE = /^\p{Lu}[\p{Lu}'’.-]* (?:\p{Lu}[\p{Lu}'’.-]* )?\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * A name line, maybe with the author's handle or e-mail address after it ("Alex Harring @alex_harring",
 * as CNBC signs): the handle or address is no part of a name's shape.
 */
export function isNameLine(line: Line): boolean {
  const name = withoutContact(line.text);
  return (NAME_LINE.test(name) && hasNameWordsOnly(line, name)) || GLUED_INITIAL_NAME.test(name) || isHanName(name) || isHebrewName(name);
}

/** An e-mail address alone on its line, its local part (group 1). */
const EMAIL_ADDRESS_LINE = /^([\w.+-]+)@[\w-]+(?:\.[\w-]+)+$/u;
export const isEmailAddressLine = (line: Line): boolean => EMAIL_ADDRESS_LINE.test(line.text);
/** An e-mail address anywhere in a line of text ("She may be reached at jdoe@harbour.example."). */
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\.\p{L}/u;
export const holdsEmailAddress = (line: Line): boolean => EMAIL_ADDRESS.test(line.text);
/** A name's words in lower case without their accents ("Kristín Ólafsdóttir": "kristin", "olafsdottir"), letters alone. */
const foldedWords = (name: string): string[] =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/u).map((word) => word.replace(/[^\p{L}]/gu, ''));
/** Letters of a name's word at least that a contact must hold: an initial or "Li" is in any address. */
const MIN_CONTACT_NAME_WORD = 3;
/** Whether an address's local part or a handle (`contact`, in lower case) holds one of the name's words ("jdoe", "jane.doe", "janedoewrites"). */
const contactHoldsName = (name: string, contact: string): boolean => foldedWords(name).some((word) => word.length >= MIN_CONTACT_NAME_WORD && contact.includes(word));
/**
 * A name line (isNameLine) right over the author's own e-mail address (`next`), as mbl.is sets the reporter under the
 * standfirst ("Kristín Ólafsdóttir" over "kristino@…"-shaped), both else read as navigation. The address's local part holds
 * one of the name's words of three letters or more ("jdoe", "jane.doe"), as a
 * newsroom's addresses are made: a desk's or a tip line's address under a name is no author's.
 */
export function isNameOverOwnAddress(line: Line, next: Line | undefined): boolean {
  const local = next === undefined ? undefined : EMAIL_ADDRESS_LINE.exec(next.text)?.[1]?.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (local === undefined || !isNameLine(line)) return false;
  return contactHoldsName(line.text, local);
}

/**
 * A name line with the author's own social handle after it (the handle holds one of the name's words of three letters or more,
 * as isNameOverOwnAddress's address does): Moneycontrol sets "Jane Doe @janedoewrites"-shaped lines under the standfirst, away
 * from its date line over the headline, where it would open the body. A
 * desk's or a show's handle after a name is no author's.
 */
const NAME_WITH_HANDLE = /^(.+?) @([\p{L}\p{N}_]+)$/u;
export function isNameWithOwnHandle(line: Line): boolean {
  const [, name, handle] = NAME_WITH_HANDLE.exec(line.text) ?? [];
  if (name === undefined || handle === undefined || !isNameLine(line)) return false;
  return contactHoldsName(name, handle.toLowerCase());
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
 * line (北陸新幹線, NHK's topic under its date line, no author).
 */
const HAN_NOT_NAME = /(?:[部社局省庁会室課所院者府県市区年月日線线]|新聞|新闻|通信|編集|编辑|[報报网網台])$/u;
export const isHanName = (text: string): boolean => HAN_NAME.test(text) && !HAN_NOT_NAME.test(text);
/**
 * A Hebrew name as ynet prints the author over the date line, alone on its line ("רוני כהן"): two or three words of
 * Hebrew letters, maybe with a geresh or a hyphen ("ג'ורג' בן-דוד"). Hebrew has no capitals to tell a name: one word alone
 * is as often a section ("כלכלה"), and the name is read
 * only where names are, by the header's date line or under a byline's label.
 */
const HEBREW_WORD = "\\p{Script=Hebrew}[\\p{Script=Hebrew}'-]*\\p{Script=Hebrew}'?";
const HEBREW_NAME = new RegExp(`^${HEBREW_WORD}(?: ${HEBREW_WORD}){1,2}$`, 'u');
/**
 * A word of a Hebrew page's sections, maybe after a one-letter prefix (ה "the", ב "in", ו "and", ל "to"): a section's
 * label of two words over the date line, "כדורגל ישראלי" (Israeli football), "ליגת העל" (the Premier League), "חדשות
 * ספורט" (sports news), is no author, though no capitals tell a name. No name holds one.
 */
const HEBREW_SECTION_WORD = /(?:^|\s)[הבול]?(?:חדשות|מבזקים|ספורט|כדורגל|כדורסל|ליגת|על|כלכלה|תרבות|בריאות|עולם|פוליטיקה|דעות|צרכנות|רכב|תיירות|מדע|טכנולוגיה|אוכל|בידור|יהדות)(?=\s|$)/u;
/**
 * A word of a Hebrew page's buttons, maybe after a one-letter prefix: share (שתפו, שתף, שיתוף), copy (העתקת, העתק), print,
 * send, save, comments. Walla sets "שתפו בפייסבוק" (share on Facebook) under the date line, over "שתפו בוואטסאפ": no
 * author, nor does it hide the name over the date line. No name holds one.
 */
const HEBREW_BUTTON_WORD = /(?:^|\s)[הבול]?(?:שתפו|שתף|שיתוף|העתקת|העתק|הדפסה|הדפס|שלחו|שלח|שמירה|שמור|תגובות|תגובה)(?=\s|$)/u;
const isHebrewName = (text: string): boolean => HEBREW_NAME.test(text) && !HEBREW_SECTION_WORD.test(text) && !HEBREW_BUTTON_WORD.test(text);
/**
 * Other scripts without capitals whose pages print the author's name alone over the date line: Mathrubhumi's
 * "അനീഷ് കുമാർ" (Malayalam), RFA's "សុខ សុភា" (Khmer), Aaj Tak's "राहुल शर्मा" (Devanagari).
 * Read only right under the headline and over the date line (header.ts headerName): an outlet signs with names as short
 * (BBC Amharic's "ቢቢሲ ኒውស አማርኛ"), but over the headline or between the name and the date line. In Devanagari the
 * paper's own correspondent (Loksatta's "लोकसत्ता प्रतिनिधी") and an agency (PTI's "पीटीआई भाषा") sign there too, in
 * the newsroom's words CASELESS_NEWSROOM lists, which no name line holds. Arabic script too (Jang's "احمد رضا" in Urdu over the
 * date line). Not Thai or Lao, which set spaces between phrases, not names. Bengali script too (Asomiya Pratidin's Assamese
 * name over its "প্ৰকাশ:" date line), Ethiopic, the BBC Tigrinya author's after its label (bylines.ts commaAuthorName), and
 * Thaana (Mihaaru's Dhivehi name between its headline and date line). Burmese writes a name as one word, its syllables
 * unspaced ("ဇော်ဝင်းနိုင်"-shaped, The Irrawaddy's), and spaces between phrases: one word of at most MYANMAR_NAME_LETTERS
 * there (a phrase of the headline's or the standfirst's runs longer or on past a space).
 */
const CASELESS_SCRIPTS = ['Malayalam', 'Tamil', 'Sinhala', 'Khmer', 'Devanagari', 'Arabic', 'Bengali', 'Ethiopic', 'Thaana'];
/** A word of one of those scripts: its letters and marks, and the joiners Malayalam writes inside a word. */
const scriptWord = (script: string): string => `\\p{Script=${script}}[\\p{Script=${script}}\\p{M}\\u200c\\u200d]*`;
/** Letters and marks of a Burmese name at most: a name of five syllables with their marks is about 20. */
const MYANMAR_NAME_LETTERS = 24;
const MYANMAR_NAME = `\\p{Script=Myanmar}{2,${MYANMAR_NAME_LETTERS}}`;
const CASELESS_NAME = new RegExp(`^(?:${[...CASELESS_SCRIPTS.map(scriptWord).map((word) => `${word}(?: ${word}){1,2}`), MYANMAR_NAME].join('|')})$`, 'u');
/**
 * The newsroom's words in those scripts, which sign for it as "Staff Reporter" does: Malayalam's correspondent (ലേഖകൻ,
 * ലേഖിക: "സ്വന്തം ലേഖകൻ", our own correspondent), desk and bureau; Tamil's reporter (நிருபர்: Dinamani's "நமது
 * நிருபர்", our reporter; செய்தியாளர்) and desk; Hindi's and Marathi's correspondent (प्रतिनिधि, प्रतिनिधी, संवाददाता),
 * bureau, desk, team, web, digital and news, the agencies (PTI's Hindi service भाषा, पीटीआई, आईएएनएस, एजेंसी, Marathi's
 * वृत्तसंस्था, news agency); in Arabic script the correspondent (Arabic مراسل, Persian خبرنگار, Urdu نامہ نگار, نمائندہ),
 * the agency (وكالة, خبرگزاری), desk and web (Jang's "ویب ڈیسک"), and a name with the article ("ال…", ARABIC_NAME's); Sinhala's
 * correspondent and reporter (නියෝජිත, වාර්තාකරු: "(අපේ නියෝජිත - ගාල්ල)", our correspondent, Galle). Burmese and Dhivehi
 * news (သတင်း, in သတင်းထောက်, reporter; ޚަބަރު), the section a page sets as a word alone.
 */
const CASELESS_NEWSROOM =
  /သတင်း|ޚަބަރު|නියෝජිත|වාර්තාකරු|ലേഖക|ലേഖിക|ഡെസ്ക|ബ്യൂറോ|நிருபர்|செய்தியாளர்|டெஸ்க்|प्रतिनिधि|प्रतिनिधी|संवाददाता|ब्यूरो|डेस्क|टीम|वेब|डिजिटल|न्यूज़|न्यूज|भाषा|पीटीआई|आईएएनएस|एजेंसी|एजेंसियां|वृत्तसंस्था|مراسل|خبرنگار|نامہ نگار|نمائندہ|وكالة|خبرگزاری|ڈیسک|ویب|^ال/u;
/** Two or three words of one of CASELESS_SCRIPTS alone on the line, none of them the newsroom's. */
export const isCaselessNameText = (text: string): boolean => CASELESS_NAME.test(text) && !CASELESS_NEWSROOM.test(text);
export const isCaselessName = (line: Line): boolean => isCaselessNameText(line.text);

/**
 * The label of the author's role alone on its line, under the name: the BBC's "Role,", BBC Persian's "نقش,". The role under
 * it ("بی‌بی‌سی فارسی", "Political correspondent") is the author's, never the title (title-lines.ts isHeaderNameOrRole), which
 * is the headline over the byline.
 */
const ROLE_LABEL_LINE = /^(?:role|نقش)\s*[,،:]$/iu;
export const isRoleLabel = (line: Line): boolean => ROLE_LABEL_LINE.test(line.text);
/**
 * The BBC's author line with its label and a comma before the name on one line ("Author, Jane Doe"; BBC Persian's "نویسنده، …";
 * bylines.ts reads the name after it): the line under it is the author's role, labelled in the service's language (Swahili's
 * "Nafasi, BBC Swahili, Dar es Salaam"), never the title (title-lines.ts isHeaderNameOrRole), though it stands over the date
 * line. BBC Igbo's "Onye dere ya," and BBC Tigrinya's "ደራሲ," ("author") too.
 */
export const COMMA_AUTHOR_LABEL = /^(?:author|autor|автор|نویسنده|onye dere ya|ደራሲ)\s*[,،]\s*/iu;
export const isLabelledAuthorLine = (line: Line): boolean => COMMA_AUTHOR_LABEL.test(line.text) && line.text.replace(COMMA_AUTHOR_LABEL, '') !== '';

/**
 * The name under a byline's label alone (header-byline.ts namesUnderBylineLabels): a name line, a name in capitals (McClatchy's "BY"
 * over "JAMAL PRICE") or in Arabic script (ARABIC_NAME), which no capitals tell but the label does: BBC
 * Persian's "نویسنده," over "نسیم حسینی".
 */
export const isNameUnderLabel = (line: Line): boolean => isNameLine(line) || isCapitalsName(line) || ARABIC_NAME.test(line.text);

/** A name line (isNameLine), or a name in capitals or in Arabic script ("علی حسن" over "نامہ نگار، کراچی"): read so only with a job title under it. */
export const isNameOverJobTitle = (line: Line): boolean => isNameLine(line) || isCapitalsName(line) || (ARABIC_NAME.test(line.text) && !isJobTitleLine(line));

/** A name in capitals (CAPITALS_NAME_LINE) of a name's words alone ("KATIE O'BRIEN", not "MOST READ"): read so only where a label or a job title says a name stands. */
const isCapitalsName = (line: Line): boolean => CAPITALS_NAME_LINE.test(line.text) && hasNameWordsOnly(line);

/** No stopword but a name's particles inside it, no job title, and name words alone (areNameWords) in the line's `name`. */
function hasNameWordsOnly(line: Line, name = line.text): boolean {
  const words = name.split(' ');
  if (Math.round(line.stopwordShare * line.wordCount) > particlesInside(words) || isJobTitleLine(line)) return false;
  return areNameWords(words);
}

/**
 * The words a place's name opens with ("New York", "San Diego", "Fort Worth", "North Carolina") and ends with ("Jersey City",
 * "Orange County", "Palm Springs"), none a given name's or a surname's: a place beside the outlet and the date line ("New
 * York · CBC News · Posted: …") is no author, nor "New York" one of "Jane Doe and New York". Brazil's and Spanish America's too
 * ("Porto Alegre", "Puerto Montt", "Belo Horizonte", "Campo Grande", "Ponta Grossa", "Juiz de Fora"): O Globo's "Por Jane Doe — Porto
 * Alegre" names one author, not two.
 */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(['new', 'san', 'santa', 'santo', 'são', 'los', 'las', 'fort', 'port', 'mount', 'cape', 'saint', 'sankt', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'ciudad', 'cidade', 'porto', 'puerto', 'belo', 'campo', 'ponta', 'juiz']);
const PLACE_LAST_WORDS: ReadonlySet<string> = new Set(['city', 'county', 'island', 'islands', 'springs', 'falls', 'heights', 'township', 'province', 'state', 'republic']);
/**
 * Places whose names neither word tells (PLACE_FIRST_WORDS, PLACE_LAST_WORDS): the cities and countries in two or three
 * words that datelines and bureaus name most: "Hong Kong" over the date line is no author.
 */
const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...['hong kong', 'tel aviv', 'buenos aires', 'abu dhabi', 'kuala lumpur', 'phnom penh', 'addis ababa', 'dar es salaam', 'rio de janeiro'],
  ...['la paz', 'el paso', 'baton rouge', 'des moines', 'long beach', 'palm beach', 'beverly hills', 'ho chi minh', 'nur-sultan'],
  ...['sri lanka', 'costa rica', 'puerto rico', 'el salvador', 'saudi arabia', 'sierra leone', 'burkina faso', 'united kingdom', 'united states'],
]);
const isPlaceName = (words: readonly string[]): boolean =>
  PLACE_FIRST_WORDS.has(words[0]!.toLowerCase()) || PLACE_LAST_WORDS.has(words.at(-1)!.toLowerCase()) || PLACE_NAMES.has(words.join(' ').toLowerCase());
/** A line of a name line's shape that is a place's name (isPlaceName). */
export const isPlaceNameLine = (line: Line): boolean => NAME_LINE.test(line.text) && isPlaceName(line.text.split(' '));
/**
 * No word of a page's sections and buttons, date word, month or possessive among the words, nor a
 * newsroom's desk (isNewsroom): "Web Desk" alone is no author's name, "Jane Desk" is; nor a place's name (isPlaceName).
 */
export const areNameWords = (words: readonly string[]): boolean =>
  !isNewsroom(words.join(' ')) &&
  !isPlaceName(words) &&
  words.every((word) => {
    const lower = word.toLowerCase();
    return !PAGE_WORDS.has(lower) && !DATE_LINE_WORD.test(lower) && !isMonthName(lower) && !/['’]s$/u.test(lower);
  });

/**
 * Names before an agency of two or more words on one line, no "By" (TRAILING_AGENCY): AP pages
 * scraped to text sign so next to the date line ("CAROLINA FUENTES Associated Press", "ELENA
 * BECATOROS and DEREK GATOPOULOS Associated Press"). Each name a name line's or one in capitals.
 */
export const NAME_SEPARATOR = /\s+(?:and|&)\s+|,\s+/u;
/** Names joined by commas and "and" (NAME_SEPARATOR), each a name line's shape with name words alone, or one such name. */
export const areNames = (text: string): boolean => text.split(NAME_SEPARATOR).every((name) => NAME_LINE.test(name) && areNameWords(name.split(' ')));
/** What joins names in words ("and", "&"), each a stopword of the line. */
const NAME_JOINERS = /\s(?:and|&)\s/gu;
/**
 * Two names or more joined as a byline joins them, alone on the line: "Jane Doe and John Roe", "Jane Doe, John Roe and
 * Ann Poe", as Bloomberg's stories syndicated on Yahoo sign over the date line. No stopword
 * but what joins them: "The Hague and New York" is no names' line. An "and" among them: a comma alone parts a name from
 * a post as often ("John Smith, Communications Director", a press contact).
 */
export function isNamesLine(line: Line): boolean {
  const joiners = line.text.match(NAME_JOINERS)?.length ?? 0;
  return joiners > 0 && !line.endsWithSentencePunctuation && Math.round(line.stopwordShare * line.wordCount) <= joiners && areNames(line.text);
}

/**
 * Names joined (isNamesLine) none of whose words the article's `body` writes in lower case, as it writes a common noun's: a
 * footer's link or a heading of their shape ("Customer Service & Call Centre", "Touch Bar and Escape Key", in the bench's
 * pages) is no authors' signature.
 */
export const isNamesSignature = (line: Line, body: readonly Line[]): boolean => isNamesLine(line) && !writesInLowerCase(line, body);

/**
 * The reporter's name of a signature in brackets under the article, the name and the place written from after a spaced dash, as
 * Sri Lankan papers sign ("(නිමල් පෙරේරා - ගාල්ල)"-shaped, Lankadeepa), else read as a headline after the article. The
 * name two or three words of a script without capitals (isCaselessName) or a name line's; the
 * place one or two words. Else null.
 */
const BRACKETED_SIGNATURE = /^\((\S+(?: \S+){1,3}) [-–—] ([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)\)$/u;
export function bracketedSignatureName(line: Line): string | null {
  const name = BRACKETED_SIGNATURE.exec(line.text)?.[1];
  return name !== undefined && (CASELESS_NAME.test(name) ? !CASELESS_NEWSROOM.test(name) : areNames(name)) ? name : null;
}

/**
 * The reporter's name in brackets alone on its line, of a script without capitals (CASELESS_SCRIPTS), maybe after one to three
 * initials with their full stops: Virakesari sets "(எஸ். ஜெகதீசன்)" between the date line and the text. Not the newsroom's
 * ("(நமது நிருபர்)", our reporter). The name, else null. A Latin script's bracketed words there are as often an agency or a
 * label ("(AFP)", "(Advertisement)"), so only these scripts' are read.
 */
const INITIALLED_CASELESS_NAME = new RegExp(`^(?:${CASELESS_SCRIPTS.map(scriptWord).map((word) => `(?:${word}\\. ?){1,3}${word}(?: ${word})?`).join('|')})$`, 'u');
export function bracketedCaselessName(line: Line): string | null {
  const name = /^\(([^()]+)\)$/u.exec(line.text)?.[1]?.trim();
  return name !== undefined && (CASELESS_NAME.test(name) || INITIALLED_CASELESS_NAME.test(name)) && !CASELESS_NEWSROOM.test(name) ? name : null;
}

/**
 * A name line after a dash or two, as a column or a trade paper's blog signs under its last paragraph ("--Jane Doe", "— Jane Doe"):
 * the author, not page text after the article. Not a hyphen and a space, a list's bullet ("- Contact
 * Us", a menu's item under the text), nor words the article's `body` writes in lower case. The name, else null.
 */
const SIGNATURE_DASH = /^(?:--\s*|-(?=\S)|[—–]\s*)(?=\p{Lu})/u;
export function dashedSignatureName(line: Line, body: readonly Line[]): string | null {
  const dash = SIGNATURE_DASH.exec(line.text);
  const name = dash ? describeLine(line.number, line.text.slice(dash[0].length), NO_STOPWORDS) : null;
  return name !== null && isNameLine(name) && !writesInLowerCase(name, body) ? name.text : null;
}

/**
 * A letter's closing alone on its line, over the writer's name ("Yours faithfully,", "Sincerely,", "Mit freundlichen Grüßen"),
 * as a paper's letters page signs a reader's letter. No raw line of the bench's pages is one.
 */
const LETTER_CLOSING =
  /^(?:yours,? (?:faithfully|sincerely|truly)|(?:very )?(?:sincerely|respectfully|faithfully)(?: yours)?|(?:kind |best |warm )?regards|cordialement|mit freundlichen grüßen|atentamente|atenciosamente|cordiali saluti|met vriendelijke groet(?:en)?)[,.]?$/iu;
export const isLetterClosing = (line: Line): boolean => LETTER_CLOSING.test(line.text);
/** The page's letter's closing (isLetterClosing) when it has exactly one, else undefined: a page of letters closes each. */
export function soleLetterClosing(lines: readonly Line[]): Line | undefined {
  const closings = lines.filter(isLetterClosing);
  return closings.length === 1 ? closings[0] : undefined;
}

/**
 * The reporters' names in lenticular brackets under the article, as Japanese papers sign (Mainichi's "【山田太郎】"-shaped, two
 * names parted by "、"). Each a Han
 * name (isHanName: not a desk's, an agency's or a place's, nor a bracketed topic's "【WordPress】"), and not a heading's noun
 * (HAN_HEADING): a press release's box under its text opens with "【会社概要】" ("company overview"); else null.
 */
const LENTICULAR_SIGNATURE = /^【([^【】]+)】$/u;
/** The nouns a bracketed heading of a Japanese page ends with: an overview, terms, details, information, a list, a date, a place, a price, a contact. */
const HAN_HEADING = /(?:概要|要項|事項|詳細|情報|一覧|内容|案内|記事|資料|日時|日程|期間|会場|場所|方法|料金|価格|結果|先)$/u;
export function lenticularSignatureName(line: Line): string | null {
  const names = LENTICULAR_SIGNATURE.exec(line.text)?.[1];
  return names !== undefined && names.split('、').every((name) => isHanName(name) && !HAN_HEADING.test(name)) ? names : null;
}

/**
 * A name in capitals (isCapitalsName) none of whose words the page's `lines` write in lower case: Tuổi Trẻ signs under the
 * article "MINH HÒA", where the comments' heading "BÌNH LUẬN" ("Bình luận (32)" on its button) may stand. A Vietnamese name's
 * every syllable is capitalised wherever it is written.
 */
export const isCapitalsSignature = (line: Line, lines: readonly Line[]): boolean => isCapitalsName(line) && !writesInLowerCase(line, lines);

/**
 * A Vietnamese name of four syllables, each capitalised ("Nguyễn Thị Minh Thư") or in capitals ("TRẦN THỊ THU HÀ", none of whose
 * syllables the page's `lines` write in lower case, as isCapitalsSignature reads one): the shape of a name line (NAME_LINE) and a
 * name in capitals stop at three words, and leave a four-syllable signature under the article page text.
 */
const FOUR_SYLLABLES = /^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){3}$/u;
const FOUR_SYLLABLES_IN_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}]*(?: \p{Lu}[\p{Lu}\p{M}]*){3}$/u;
export const isFourSyllableSignature = (line: Line, lines: readonly Line[]): boolean =>
  FOUR_SYLLABLES.test(line.text) || (FOUR_SYLLABLES_IN_CAPITALS.test(line.text) && !writesInLowerCase(line, lines));

/** Whether any of the line's words but what joins names is written in lower case in the `others`' text, as a common noun's is. */
export function writesInLowerCase(line: Line, others: readonly Line[]): boolean {
  const words = new Set(line.text.toLowerCase().split(/\s+/u).filter((word) => word !== 'and' && word !== '&'));
  return others.some((other) => other.text.split(/[^\p{L}\p{M}'’-]+/u).some((word) => words.has(word)));
}

/** A word in capitals as a name writes it: a capital, small letters after it, a capital after a hyphen or an apostrophe ("Jean-Luc"). */
export const capitalised = (word: string): string => word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
/** A text in capitals with each word capitalised ("FOX NEWS": "Fox News"), as an outlet's name is read (outlets.ts isOutlet). */
export const capitalisedWords = (text: string): string => text.split(' ').map(capitalised).join(' ');
