// Name lines with something after the name: a job title, an agency, an outlet, a place, a full stop ("Jane Doe, Staff
// Writer", "Jane Doe | Reuters", "Jane Doe at the Capitol"), and the name parted from it. Built on names.ts; the
// header's author lines (header.ts, headlines.ts) are told from headlines with these.
import { datelineAt, NEWS_AGENCIES } from '../../text/dateline.js';
import { PAGER_WORD } from '../chrome/links.js';
import { describeLine, type Line } from '../lines.js';
import { isNewsAgencyName, isOutlet, isOutletWithWordAfter, isPlaceToday, NETWORK_KEYS } from '../outlets.js';
import { NO_STOPWORDS } from './date-lines.js';
import { ARABIC_NAME, areNames, areNameWords, CAPITALS_NAME_LINE, isNameLine, isNewsroom, isPlaceNameLine, isPlacedJobTitle, JOB_TITLE, NAME_LINE, NAME_SEPARATOR } from './names.js';

/**
 * The reporter's name after an Arabic dateline's place and dash, alone on a line of the header, as Al
 * Jazeera signs over its date line ("القاهرة – محمد عبد الله": Cairo, then the name), or a colon, as Asharq Al-Awsat
 * does ("الرياض: فهد العتيبي"), or before the place
 * (nameAtPlace: "Jacob Steinberg at Villa Park"), else null: the story's author, not page text before
 * the article. index.ts reads it next to
 * the date line only (header.ts headerName): in the text, a place and a dash open the story.
 */
export function placedName(line: Line): string | null {
  if (line.endsWithSentencePunctuation) return null;
  const dateline = datelineAt(line.text);
  const name = dateline && !dateline.agency ? line.text.slice(dateline.length) : arabicNameAfterColon(line.text);
  return name !== null && ARABIC_NAME.test(name) ? name : nameAtPlace(line);
}
/** An Arabic place of one or two words and a colon, then the rest of the line. */
const ARABIC_PLACE_COLON = /^[\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+)?\s*:\s*(\S.*)$/u;
/**
 * A credit's label before its colon, not a place: photography (تصوير), editing (تحرير), translation (ترجمة), the source
 * (المصدر), review (مراجعة): the name after it is no author's.
 */
const ARABIC_CREDIT_LABEL = /^(?:تصوير|تحرير|ترجمة|المصدر|مصدر|مراجعة|تدقيق|إشراف|رسوم|المحرر|محرر)\s*:/u;
const arabicNameAfterColon = (text: string): string | null => (ARABIC_CREDIT_LABEL.test(text) ? null : (ARABIC_PLACE_COLON.exec(text)?.[1] ?? null));

/**
 * A name line's name, then "at" or "in" and the place the reporter writes from, capitalised: the Guardian signs a
 * match report "Jacob Steinberg at Villa Park" and a dispatch "Helena Smith in Athens" over its date line, a line
 * of no name's shape else. A byline's names so too (signed-bylines.ts namesBeforePlace).
 */
export const NAME_AT_PLACE = /^(\S.*?) (?:at|in) ((?:the )?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u;
function nameAtPlace(line: Line): string | null {
  const name = NAME_AT_PLACE.exec(line.text)?.[1];
  return name !== undefined && isNameLine(describeLine(line.number, name, NO_STOPWORDS)) ? name : null;
}

/**
 * A name's closing full stop after a surname's small letter, not an initial's: Ouest-France signs "Anne-Laure Roux." over
 * its date line, a line of no name line's shape else.
 */
export const NAME_FULL_STOP = /(?<=\p{Ll})\.$/u;
/** A name line with a full stop after it (NAME_FULL_STOP). */
export const isNameWithFullStop = (line: Line): boolean =>
  NAME_FULL_STOP.test(line.text) && isNameLine(describeLine(line.number, line.text.replace(NAME_FULL_STOP, ''), NO_STOPWORDS));

/**
 * Words of a job title after the name on the same line: at least two ("Courier Staff Writer" is an
 * outlet's job title, not "Courier Staff" the writer), at most four ("UK technology editor").
 */
const MIN_JOB_TITLE_WORDS = 2;
const MAX_JOB_TITLE_WORDS = 4;

/**
 * Prepositions the stopword lists lack: a name and a job title hold none, a headline in title case may
 * ("Singer Wins Privacy Case Against Photographer" is no name and job title).
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
 * A byline ending in an agency of two or more words with no separator before it, as AP pages
 * scraped to text give it: "ELENA BECATOROS and DEREK GATOPOULOS Associated Press". Read at its
 * last "and", the second author is taken for part of the outlet's name and lost. One-word agencies
 * are left out: "Michael R. Bloomberg" is a person. The agency's "The" is its name's, not the
 * authors' last word (NOT_THE): the author of "Jane Doe, The Associated Press" is "Jane Doe".
 */
export const NOT_THE = String.raw`(?<!(?:^|[\s,])the)`;
export const TRAILING_AGENCY = new RegExp(
  `^(.*?[\\p{L}.])${NOT_THE}\\s+(${[...NEWS_AGENCIES, ...NETWORK_KEYS].filter((name) => name.includes(' ')).sort((a, b) => b.length - a.length).join('|')})$`,
  'iu',
);
/** Words of a line of names and an outlet (namesBeforeOutlet) at most: three names and a paper of four words. */
const MAX_NAMES_AND_OUTLET_WORDS = 14;
/**
 * A byline's names and, with no separator, an outlet's name of two words or more after them (isOutlet, or isOutletWithWordAfter),
 * as the USA Today network's papers sign over the date line ("Mara Quinn and Tom J. Ellis Sioux Falls Argus Leader", "Jane
 * Doe Des Moines Register"), neither the title nor all author; else null. The shortest names first ("Jane Doe" of
 * "Jane Doe Sioux Falls …"). Not one word: "Mary Jane Star" is a name; nor an outlet's name whole. A name in capitals
 * before a paper's name in Title Case, the case telling where the name ends (the York papers' "FRANK DELUCCA Daily
 * Record/Sunday News": a paper's weekday and Sunday titles parted by a slash, each an outlet's name), is no author whole.
 */
export function namesBeforeOutlet(byline: string): { authors: string; outlet: string } | null {
  // Each split point joins the line again, so the pieces are bounded, a run of spaces' empty ones too: a hostile page's
  // padding would cost its length squared. The split itself stops one piece past the bound: split whole, a paragraph costs a
  // third of the time here.
  const words = byline.split(' ', MAX_NAMES_AND_OUTLET_WORDS + 1);
  if (words.length > MAX_NAMES_AND_OUTLET_WORDS) return null;
  // An outlet's name whole is no names ("India Post News Weekly", "The Sydney Morning Herald", "Winnipeg Free Press Live"),
  // unless the case parts them.
  const isOutletWhole = isOutlet(byline) || isOutletWithWordAfter(byline);
  for (let k = 2; k <= words.length - 2; k++) {
    const outlet = words.slice(k).join(' ');
    const names = words.slice(0, k).join(' ');
    if (!isOutletWhole && (isOutlet(outlet) || isOutletWithWordAfter(outlet) || isPlaceToday(outlet)) && !SEPARATED.test(names) && areNames(names)) return { authors: names, outlet };
    if (CAPITALS_NAME_LINE.test(names) && areNameWords(words.slice(0, k)) && NOT_CAPITALS.test(outlet) && outlet.split('/').every(isOutlet)) return { authors: names, outlet };
  }
  return null;
}
/** A word with a small letter: an outlet's name in Title Case after a name in capitals. */
const NOT_CAPITALS = /^\p{Lu}\p{Ll}/u;
/** What ends a byline's authors before an outlet: the outlet is then read by LAST_PART. */
export const SEPARATED = /(?:\s(?:and|&)|[,|\-–—])$/iu;
export function isNameWithAgency(line: Line): boolean {
  if (!line.endsWithSentencePunctuation && line.wordCount <= MAX_NAMES_AND_OUTLET_WORDS && namesBeforeOutlet(line.text) !== null) return true;
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
 * detikJabar", "Jane Doe | Reuters"), with no "By": the page's byline, no body text.
 * Not a comma ("Jane Doe, Reuters" under a picture is its credit), nor a job title after the dash
 * ("Jane Doe - Staff Writer": no outlet). Its outlet is the source (signedByline).
 */
const NAME_THEN_OUTLET = /^(\S.*?) (?:[-–—]{1,2}|\|) (\S.*)$/u;
export function isNameThenOutlet(line: Line, parted = NAME_THEN_OUTLET): boolean {
  const parts = parted.exec(line.text);
  return parts !== null && isOutlet(parts[2]!) && isNameLine(describeLine(line.number, parts[1]!, NO_STOPWORDS));
}
/**
 * A column's label run into its columnist's name with no "By", as Yahoo's opinion pages set it over the headline ("Opinion Jane
 * Doe"): the name, a name line's (isNameLine), else null; the line is no section label. Read right over the headline only
 * (metadata/header-byline.ts): elsewhere such a label heads a menu's link ("Opinion Poll").
 */
const COLUMN_LABEL = /^(?:Opinion|OPINION|Commentary|COMMENTARY|Column|COLUMN)\s+(?=\p{Lu})/u;
export function nameAfterColumnLabel(line: Line): string | null {
  const label = line.endsWithSentencePunctuation ? null : COLUMN_LABEL.exec(line.text);
  const name = label ? line.text.slice(label[0].length) : null;
  return name !== null && isNameLine(describeLine(line.number, name, NO_STOPWORDS)) ? name : null;
}

/**
 * A section's or a column's label, a spaced bar and the writer's name, as news and opinion pages set them by the date line
 * ("Opinion | Jane Doe", "Politics | Jane Doe"): the name, a name line's (isNameLine), else null; the line is no section label.
 * The label one to three words, the first capitalised, no name line itself. Read next to the header's date line only
 * (header.ts headerName): elsewhere a bar joins a menu's or a breadcrumb's items.
 */
const LABEL_THEN_BAR = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}) \| (?=\p{Lu})/u;
export function nameAfterLabelBar(line: Line): string | null {
  const label = line.endsWithSentencePunctuation ? null : LABEL_THEN_BAR.exec(line.text);
  if (!label || isNameLine(describeLine(line.number, label[1]!, NO_STOPWORDS))) return null;
  const name = line.text.slice(label[0].length);
  return isNameLine(describeLine(line.number, name, NO_STOPWORDS)) ? name : null;
}

/**
 * An author box's name with its link to the author's other stories run into it, as AutoIndustriya's markup joins them ("Jane
 * DoeView More Articles"): the name, else null. The box stands under the headline, over the standfirst and away from the date
 * line, where the author is its name and not a photo credit's before the date line ("Name <date>"). Run in only: after
 * a space the link's words may end a heading in title case ("Click Here To Read All Posts").
 */
const AUTHOR_BOX_LINK = /^(.*\p{Ll})(?:View|See|Read) (?:More|All) (?:Articles|Stories|Posts)$/u;
export function authorBoxName(line: Line): string | null {
  const name = AUTHOR_BOX_LINK.exec(line.text)?.[1];
  return name !== undefined && isNameLine(describeLine(line.number, name, NO_STOPWORDS)) ? name : null;
}

/**
 * A name line, a comma and the outlet it writes for (isNameThenOutlet): ABS-CBN signs "Maria Clara Santos, ABS-CBN News"
 * over its date line. Read next to the header's date line only (header.ts headerName):
 * elsewhere "Jane Doe, Reuters" is a picture's credit.
 */
const NAME_COMMA_OUTLET = /^(\S.*?), (\S.*)$/u;
export const isNameWithOutlet = (line: Line): boolean => !line.endsWithSentencePunctuation && isNameThenOutlet(line, NAME_COMMA_OUTLET);

/** An outlet's name no list knows: two to four capitalised words ("Burnaby Now", "The Province", "Business Insider"). */
const UNLISTED_OUTLET = /^\p{Lu}[\p{L}\p{M}&'’.-]*(?: \p{Lu}[\p{L}\p{M}&'’.-]*){1,3}$/u;
/** A picture desk's or agency's words: "Jane Doe, Getty Images" by the date line credits the picture over it. */
const PICTURE_DESK = /(?<![\p{L}])(?:images|photos?|pictures|getty|pool|handout)(?![\p{L}])/iu;
/** A post's last word, not an outlet's: a press contact's or a quoted person's line ("John Smith, Communications Director", "Maria Lopez, Board Chair"). */
const POST_LAST_WORD = /(?<![\p{L}])(?:director|chair|chairman|chairwoman|president|manager|officer|chief|head|secretary|minister|spokes(?:man|woman|person)|founder|executive|professor|lecturer|fellow|analyst|coach|mayor|governor|counsel|partner|ceo|cfo|cto)$/iu;
/**
 * The name of a line that is a name, a comma and the outlet it writes for when no list knows the outlet (UNLISTED_OUTLET),
 * or two outlets joined by a semicolon, the news service's and the paper's: Canwest's papers sign "Jane Doe, Burnaby
 * Now", "John Roe, The Province", "Lena Ortiz, Canwest News Service; Ottawa Citizen" next to the date line, Business
 * Insider's German edition "Mara Quinn, Business Insider". Else null. One word after
 * the comma is none, a place as often as an outlet ("Lena Ortiz, Manila"); nor a place's name (isPlaceNameLine: "Jane Doe, New
 * York"; not a paper's named with "The", "The Province"), a job title or another post (POST_LAST_WORD), or a picture's credit
 * (PICTURE_DESK). Read next to the header's date line only (header.ts headerName).
 */
export function nameBeforeUnlistedOutlet(line: Line): string | null {
  if (line.endsWithSentencePunctuation) return null;
  const [, name = '', separator, post = ''] = NAME_THEN_PART.exec(line.text) ?? [];
  if (separator !== ',' || !NAME_LINE.test(name) || !areNameWords(name.split(' ')) || JOB_TITLE.test(post) || POST_LAST_WORD.test(post) || PICTURE_DESK.test(post)) return null;
  const outlets = post.split(/;\s*/u);
  const isPlace = (outlet: string): boolean => !outlet.startsWith('The ') && isPlaceNameLine(describeLine(line.number, outlet, NO_STOPWORDS));
  return outlets.length <= 2 && outlets.every((outlet) => UNLISTED_OUTLET.test(outlet) && !isPlace(outlet)) ? name : null;
}

/** One capitalised word, the place a reporter writes from ("Luzern", "Washington"). */
const ONE_WORD_PLACE = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u;
/** One word in capitals after a name in capitals: the place or the partner outlet ("JANE DOE, FUTURISM"-shaped, ScienceAlert's). */
const ONE_WORD_IN_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
/**
 * The name of a line that is a name, a comma and the one-word place the reporter writes from, as NZZ and trade papers sign right
 * over the date line ("Jane Doe, Luzern"-shaped), or a name in capitals and one word in capitals (the place or an
 * outlet). Read right
 * over the header's date line only (header.ts headerName): elsewhere a one-word part after a comma is as often an outlet's name
 * (nameBeforeUnlistedOutlet) or a picture's credit. Not a job title, a post (POST_LAST_WORD) nor a picture desk. Else null.
 */
export function nameBeforePlaceWrittenFrom(line: Line): string | null {
  const [, name = '', separator, place = ''] = NAME_THEN_PART.exec(line.text) ?? [];
  const capitals = CAPITALS_NAME_LINE.test(name) && ONE_WORD_IN_CAPITALS.test(place);
  if (separator !== ',' || !(capitals || ONE_WORD_PLACE.test(place)) || JOB_TITLE.test(place) || POST_LAST_WORD.test(place) || PICTURE_DESK.test(place)) return null;
  return (capitals || NAME_LINE.test(name)) && areNameWords(name.split(' ')) ? name : null;
}

/**
 * The writer's trade and town after a comma on the line under their name, as a reader's column signs ("Enseignant,
 * Ouagadougou"-shaped: a capitalised word, maybe words in lower case after it, then one place's word). The lower case tells the
 * trade from a second name.
 */
const TRADE_THEN_TOWN = /^\p{Lu}\p{Ll}+(?: \p{Ll}[\p{Ll}'’-]*){0,3}, \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u;
export const isTradeAndTown = (line: Line): boolean => TRADE_THEN_TOWN.test(line.text) && !PICTURE_DESK.test(line.text);

/**
 * A name line's name before its newsroom or job title in brackets, as LSM signs over its date line ("Jane Doe (LSM.lv Ziņu
 * redakcija)", names.ts isNewsroom), or before a paper's name, as the Jakarta Post signs ("Jane Doe (The Harbour Post)"), else
 * null: with the brackets the line has no name's shape. Not an agency's: "Jane Doe (AP)"
 * next to the date line credits a picture as often. Read next to the header's date line only (header.ts headerName).
 */
const NAME_THEN_BRACKETS = /^(\S.*?)\s*\(([^()]+)\)$/u;
export function nameBeforeBracketedPost(line: Line): string | null {
  const [, name, post = ''] = NAME_THEN_BRACKETS.exec(line.text) ?? [];
  const paper = isOutlet(post) && !isNewsAgencyName(post) && !PICTURE_DESK.test(post);
  return name !== undefined && (isNewsroom(post) || JOB_TITLE.test(post) || paper) && isNameLine(describeLine(line.number, name, NO_STOPWORDS)) ? name : null;
}

/**
 * A name line's name and the paper's initials after it, no separator between them: Helsingin Sanomat signs over its date line
 * "Jane Doe HS"-shaped, Finnish papers with their initials so. Read whole, the line has no name's shape, and the story no author. The name
 * and the initials (two to four capitals, not a generation's numeral: "Jane Doe III"), else null.
 */
const NAME_THEN_INITIALS = /^(\S.*?) (?!(?:II|III|IV|VI|VII|VIII)$)(\p{Lu}{2,4})$/u;
export function nameBeforeInitials(line: Line): { name: string; initials: string } | null {
  const [, name, initials] = NAME_THEN_INITIALS.exec(line.text) ?? [];
  return name !== undefined && initials !== undefined && isNameLine(describeLine(line.number, name, NO_STOPWORDS)) ? { name, initials } : null;
}
/** Two to four capitalised words, as a paper's name is written out ("Helsingin Sanomat"), maybe after its copyright sign. */
const WRITTEN_OUT_NAME = /^(?:©\s*)?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})$/u;
const initialsOf = (text: string): string | null => WRITTEN_OUT_NAME.exec(text)?.[1]!.split(' ').map((word) => word[0]).join('') ?? null;
/**
 * The name of a line that is a name and initials (nameBeforeInitials) the page's `lines` give as its paper's: a line alone (the
 * masthead's short form, "HS" under "Helsingin Sanomat") or a paper's name written out whose words they open; else null. Initials
 * the page does not give may be a school's or a team's after a pictured player ("Jane Doe HS" is a high school's too). Read next
 * to the header's date line only (header.ts headerName).
 */
export function nameBeforePageInitials(line: Line, lines: readonly Line[]): string | null {
  const parts = nameBeforeInitials(line);
  return parts !== null && lines.some((other) => other.text === parts.initials || initialsOf(other.text) === parts.initials) ? parts.name : null;
}

/** Words of a job title after a comma or spaced dash parting it from the name ("Celebrity News Service News Writer"). */
const MAX_PARTED_JOB_TITLE_WORDS = 6;
/** An outlet's name not known to isOutlet after the name: one to three capitalised words ("Burnaby Now"). */
const CAPITALISED_OUTLET = /^\p{Lu}[\p{L}\p{M}&'’.-]*(?: \p{Lu}[\p{L}\p{M}&'’.-]*){0,2}$/u;
/** A name, a comma or a spaced dash or bar, and what follows it (the bar read by namePartedFromJobTitle alone: the others want a comma). */
const NAME_THEN_PART = /^(.+?)(,| [-–—]{1,2}| \|{1,2}) (.+)$/u;
/**
 * A name, a slash and what follows it, as the Gleaner signs under its date line ("Jane Doe/Staff Reporter"-shaped: with the
 * slash the line has no name's shape).
 */
const NAME_SLASH_PART = /^(.+?)( ?\/) ?(.+)$/u;

/**
 * A person's name with their post or outlet on one line, as an author signs without "By": with a
 * job title (isNameWithJobTitle, or after a comma or spaced dash: "Jane Doe - Celebrity News
 * Service News Writer"), an agency (isNameWithAgency) or an outlet (isNameWithOutlet, or one of three
 * capitalised words at most after a two-word name and a comma: "Jane Doe, Burnaby Now"). Never
 * the page's title (headlines.ts), though either reads as one. Not after a dash nor a longer name: a headline in
 * title case is shaped so more often ("Ray Dunmore - Nightmare", "Mayor Dunmore Speaks, Boy Faints").
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
 * The name of a line that is a name, a comma, a spaced dash or bar or a slash and a job title ("Jane Doe - Celebrity News Service News
 * Writer", "Jane Doe | Reporter", "Jane Doe/Staff Reporter"), else null: under the date line it signs the story (header.ts headerName).
 * The name in capitals too, as Nikkei Asia signs over its date line ("JANE DOE, Nikkei staff writer"-shaped).
 */
export function namePartedFromJobTitle(line: Line): string | null {
  if (line.endsWithSentencePunctuation) return null;
  const [, name = '', , post = ''] = NAME_THEN_PART.exec(line.text) ?? NAME_SLASH_PART.exec(line.text) ?? [];
  return (NAME_LINE.test(name) || CAPITALS_NAME_LINE.test(name)) && areNameWords(name.split(' ')) && isPlacedJobTitle(post) && post.split(' ').length <= MAX_PARTED_JOB_TITLE_WORDS ? name : null;
}
