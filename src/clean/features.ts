// The numbers the line model reads: one vector per line, from the line itself, its neighbours and
// how many articles of the run contain it. Each feature has a name and a reason shown to the user
// when it is what pushed the line out of the body.
import { findIsoDate } from '../text/dates.js';
import { isSpeakerTurnText } from '../text/speaker.js';
import { isConsentNotice } from './consent.js';
import type { Line } from './lines.js';
import { isNewsAgencyName, isOutlet } from './outlets.js';

interface FeatureSpec {
  name: string;
  /** Why a line is removed when this feature weighs most against it (see explainRemoval). */
  reason: string;
}

// Features averaged over the lines around each line: a body line sits among body-like lines.
const NEIGHBOURHOOD_RADII = [2, 6] as const;
const NEIGHBOURHOOD_FEATURES: ReadonlyArray<[name: string, what: string, of: string]> = [
  ['meanLogWords', 'are short', 'logWords'],
  ['meanSentenceEnd', 'lack sentence punctuation', 'sentenceEnd'],
  ['meanStopwordShare', 'have few function words', 'stopwordShare'],
  ['meanRepeated', 'are repeated in other articles', 'repeated'],
  ['meanTitleCase', 'are mostly capitalised', 'titleCaseShare'],
  ['meanTimeStamp', 'are time stamps (comments, lists of posts)', 'timeStamp'],
];

export const FEATURES: readonly FeatureSpec[] = [
  { name: 'bias', reason: 'not enough text to count as article' },
  { name: 'logWords', reason: 'too short' },
  { name: 'oneToThreeWords', reason: 'short label (1-3 words)' },
  { name: 'sentenceEnd', reason: 'no sentence punctuation' },
  { name: 'proseSentence', reason: 'not a sentence' },
  { name: 'stopwordShare', reason: 'few function words (list or label, not prose)' },
  { name: 'titleCaseShare', reason: 'mostly capitalised words (menu or headline)' },
  { name: 'digitShare', reason: 'mostly digits (date, time or count)' },
  { name: 'repeated', reason: 'repeated in other articles of the run' },
  { name: 'logRepeated', reason: 'repeated in other articles of the run' },
  { name: 'separators', reason: 'list of links or tags (separator characters)' },
  { name: 'webAddress', reason: 'web or e-mail address' },
  { name: 'copyright', reason: 'copyright or legal notice' },
  { name: 'endsWithColon', reason: 'label ending with a colon' },
  { name: 'uppercase', reason: 'all capitals (label)' },
  { name: 'startsLowercase', reason: 'starts in lower case (fragment)' },
  { name: 'longWithoutStopwords', reason: 'long run of words without function words (list of names or tags)' },
  { name: 'proseAround', reason: 'no prose nearby' },
  { name: 'proseBefore', reason: 'no prose just before' },
  { name: 'proseAfter', reason: 'no prose just after' },
  { name: 'repeatedAround', reason: 'amid lines repeated across articles' },
  { name: 'position', reason: 'late in the page' },
  { name: 'positionSquared', reason: 'at the edge of the page' },
  { name: 'commentsHeading', reason: 'heading of the comments section' },
  { name: 'afterCommentsHeading', reason: 'in the comments section' },
  { name: 'commentSignature', reason: 'comment author or time stamp' },
  { name: 'timeStamp', reason: 'short line with a date or time (time stamp)' },
  { name: 'fourToSevenWords', reason: 'short line (4-7 words)' },
  { name: 'eightToFourteenWords', reason: 'short line (8-14 words)' },
  ...NEIGHBOURHOOD_FEATURES.flatMap(([name, what]) =>
    NEIGHBOURHOOD_RADII.map((radius) => ({ name: `${name}Within${radius}`, reason: `lines nearby ${what}` })),
  ),
];

const column = (name: string): number => {
  const index = FEATURES.findIndex((spec) => spec.name === name);
  // A misspelt name would write its means to no column at all (a typed array ignores index -1).
  if (index < 0) throw new Error(`no line feature named ${name}`);
  return index;
};
/** Features that are the mean of another over the lines within a radius: [of, radius, feature]. */
const WINDOW_MEANS: ReadonlyArray<readonly [of: number, radius: number, feature: number]> = [
  [column('proseSentence'), 3, column('proseAround')],
  [column('repeated'), 3, column('repeatedAround')],
  ...NEIGHBOURHOOD_FEATURES.flatMap(([name, , of]) => NEIGHBOURHOOD_RADII.map((radius) => [column(of), radius, column(`${name}Within${radius}`)] as const)),
];

/** Lines this long are paragraphs that happen to name a photographer, not captions. */
const MAX_CAPTION_WORDS = 60;

/** A picture's caption or credit line ("Photo: Jane Doe, AP", "… (AP Photo/John Doe)"). */
export function isPictureCredit(line: Line): boolean {
  return (
    line.wordCount <= MAX_CAPTION_WORDS &&
    ((PHOTO_CREDIT.test(line.text) && !isGalleryHeadline(line.text)) ||
      isUnlabelledCredit(line.text) ||
      isStockAgencyCredit(line.text) ||
      isGluedCredit(line.text) ||
      JAPANESE_CAPTION.test(line.text) ||
      CUT_OFF_CAPTION.test(line.text) ||
      isCountedCaption(line))
  );
}

/**
 * A caption cut off with its expander, as Forbes sets it under a picture: "Not all duvets have real
 * feathers in them. If you are having an allergic reaction, you can try one ... [+]". It had stayed
 * between two paragraphs, a sentence and a half of no story.
 */
const CUT_OFF_CAPTION = /(?:\.\.\.|…)\s*\[\+\]$/u;

/**
 * A Japanese newspaper's caption (Asahi, Mainichi, Yomiuri, Kyodo): what the picture shows, an equals
 * sign, and where, when or by whom it was taken ("敦賀駅に停車する北陸新幹線の車両=福井県敦賀市",
 * "会見する社長＝3日、東京都千代田区、山田太郎撮影", "…＝同社提供"). It had been the body's first
 * paragraph. The part after the sign must end as a place, a credit or an agency does: a headline with
 * a rate ("円相場、1ドル=155円台に下落") does not.
 */
const JAPANESE_CAPTION =
  /^(?=[^=＝]*[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])[^=＝。！？]{6,60}[=＝][^=＝。！？]{0,50}(?:撮影|提供|[市区町村県都府道郡]|ロイター|共同|時事|AP|AFP|EPA)$/u;

/** A photographer's name in a credit: two to four capitalised words ("Doug Mills", "J. Scott Applewhite"). */
const PHOTOGRAPHER = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|da|del|al)){1,3}$/u;
/** Stock and picture agencies whose name alone credits a picture (isStockAgencyCredit): "Pool", "EPA", "Redux", "Polaris" alone name other things too. */
const STOCK_AGENCIES = ['getty', 'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'nurphoto', 'epa-efe'];
const STOCK_AGENCY_NAMES = new Set(STOCK_AGENCIES);
/** Picture agencies that name no news outlet (outlets.ts): a credit sets them by a photographer's name. */
const PICTURE_AGENCIES = new Set([...STOCK_AGENCIES, 'epa', 'sipa', 'sipa usa', 'zuma', 'redux', 'polaris', 'pool']);
// An outlet of one word is an agency's name: alone, the outlet words are menu words ("Register / Log In", "Press/Media Center").
// A masthead's words joined by a hyphen are one outlet's name ("Sun-Times", "Post-Gazette", "Star-Tribune").
const isCreditOutlet = (name: string): boolean => PICTURE_AGENCIES.has(name.toLowerCase()) || isNewsAgencyName(name) || (/[\s-]/u.test(name) && isOutlet(name));

/**
 * A credit alone on its line without a label or brackets: a photographer's name and the outlet or
 * agencies, joined by slashes, the name first or last ("Doug Mills/The New York Times", "Reuters/Jane
 * Doe", "Jeenah Moon/Bloomberg/Getty Images", "Ashlee Rezin/Sun-Times"). Under a picture's caption or over the first paragraph,
 * it had been the body's first paragraph. Two names ("Jane Doe/John Roe"), two organisations
 * ("Reuters/Ipsos") or a headline's words ("Reuters/Ipsos poll shows voters split") are none.
 */
function isUnlabelledCredit(text: string): boolean {
  if (!text.includes('/')) return false;
  const parts = text.split(/\s*\/\s*/u);
  if (parts.length < 2 || parts.length > 3) return false;
  const names = parts.filter((part) => !isCreditOutlet(part));
  return names.length === 1 && (names[0] === parts[0] || names[0] === parts[parts.length - 1]) && PHOTOGRAPHER.test(names[0]!);
}

/**
 * A picture agency's name alone on its line, or agencies joined by slashes, one a stock agency: Forbes
 * sets "GETTY" under each picture's caption, where it had stayed between two paragraphs; "Getty
 * Images", "AFP/Getty Images". A news agency alone ("Reuters") may be the story's source.
 */
function isStockAgencyCredit(text: string): boolean {
  // Split at the slashes and trimmed, not split at /\s*\/\s*/: that regex is quadratic on a line's long run of spaces.
  const parts = text.split('/').map((part) => part.trim());
  return parts.some((part) => STOCK_AGENCY_NAMES.has(part.toLowerCase())) && parts.every(isCreditOutlet);
}

/**
 * A caption with its credit glued to its full stop, no space between, as NBC's pages scrape them:
 * "Smoke rises from the derailment site near Fremont, Ohio, on Thursday.WTOL", "The WeWork logo is
 * displayed outside of a co-working space in New York.Reuters". Under the share buttons it had been
 * the body's first paragraph. The credit is an agency or outlet, a credit as isUnlabelledCredit or
 * isStockAgencyCredit reads one, or a broadcaster's call sign in capitals ("WTOL", "KTLA 5"); a
 * sentence glued to another ("… across Australia.Click Here", "… in 2008.Good luck") is none.
 */
const GLUED_CREDIT = /^\S+(?:\s+\S+){3}.*\p{Ll}{2}[.!?]["”’]?(\p{Lu}[^.!?]*)$/u;
const CALL_SIGN = /^\p{Lu}{2,6}(?:[ -](?:\d{1,2}|TV|News))?$/u;
function isGluedCredit(text: string): boolean {
  const credit = GLUED_CREDIT.exec(text)?.[1];
  return credit !== undefined && (CALL_SIGN.test(credit) || isCreditOutlet(credit) || isUnlabelledCredit(credit) || isStockAgencyCredit(credit));
}

/**
 * A credit alone on its line with a comma where isUnlabelledCredit has a slash: a photographer's
 * name, then the agency or outlet ("Michael Conroy, AP", "Hugh Gentry, Reuters", "Al Goldis,
 * Associated Press", as USA Today's papers credit a picture). A contributor's line has the same
 * shape: only under a caption is it a credit (isCreditUnderCaption).
 */
function isCommaCredit(line: Line): boolean {
  const parts = line.text.split(/\s*,\s*/u);
  return parts.length === 2 && PHOTOGRAPHER.test(parts[0]!) && isCreditOutlet(parts[1]!);
}

/** A picture's own line: its Markdown, a scraper's placeholder, a caption or credit, a gallery's counter or prompt. */
export const isPictureLine = (line: Line): boolean => isMarkdownImage(line) || isMediaPlaceholder(line) || isPictureCredit(line) || isGalleryCounter(line) || isGalleryPrompt(line);

/**
 * A comma credit (isCommaCredit) right under a picture's caption, no blank line between: a caption
 * written as a sentence that stands apart from the text above it (a blank line, or a picture's own
 * line, right over it), or a picture's line. Between the paragraphs it had stayed in the body. A
 * contributor's line alone between paragraphs, or under a paragraph of a page without blank lines
 * (the line above it right under the text's), stays.
 */
export function isCreditUnderCaption(line: Line, above: Line | undefined, aboveThat: Line | undefined): boolean {
  if (above === undefined || above.number !== line.number - 1 || !isCommaCredit(line)) return false;
  if (isPictureLine(above)) return true;
  const apart = aboveThat === undefined || aboveThat.number !== above.number - 1 || isPictureLine(aboveThat);
  return apart && isProse(above);
}

/**
 * A video player's length as a screen reader reads it: "Duration: 1 minute 12 seconds", "Duration:
 * 2:31"; and as the player shows it under that: "1m", "1m 12s", "45s". ABC News (Australia) sets them
 * over the video's caption.
 */
const VIDEO_DURATION = /^duration:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d+ (?:hours?|minutes?|seconds?)(?:,?\s+(?:and\s+)?\d+ (?:minutes?|seconds?)){0,2})$/iu;
const SHOWN_LENGTH = /^(?:\d+h\s*)?(?:\d+m\s*)?(?:\d+s)?$/u;
/** Words in a video's caption at most: the player's one line, not the paragraph under it. */
const MAX_VIDEO_CAPTION_WORDS = 30;

/**
 * A video's caption right under its player's length (VIDEO_DURATION, the shown length between them or
 * not), a blank line under it: "Firefighters battle the fire near Cudlee Creek." under "Watch",
 * "Duration: 1 minute 12 seconds", "1m" had stayed as a paragraph between the article's. A line with
 * no blank line under it may be the article going on (a page without blank lines), and stays.
 */
export function isVideoCaption(line: Line, above: Line | undefined, aboveThat: Line | undefined, below: Line | undefined): boolean {
  if (above === undefined || above.number !== line.number - 1 || below?.number === line.number + 1 || line.wordCount > MAX_VIDEO_CAPTION_WORDS) return false;
  if (VIDEO_DURATION.test(above.text)) return true;
  return SHOWN_LENGTH.test(above.text) && aboveThat !== undefined && aboveThat.number === above.number - 1 && VIDEO_DURATION.test(aboveThat.text);
}

/**
 * A picture as Markdown writes it, alone on its line: "![alt text](address)", or the same inside a
 * link ("[![alt](image)](page)"). Ingest keeps the markup (text/markdown.ts); an alt text written
 * as a sentence under the date line had been the body's first paragraph, address and all.
 */
const MARKDOWN_IMAGE = /^\[?!\[[^\]\n]*\]\([^\s()]+(?:\s+"[^"\n]*")?\)(?:\]\([^\s()]+\))?$/u;
export const isMarkdownImage = (line: Line): boolean => MARKDOWN_IMAGE.test(line.text);

/**
 * A scraper's placeholder for a picture or a video it did not save, alone on its line: "[Image]",
 * "[Video]", "[Image: A plume of smoke over Camarillo]" (its alt text after a colon), "[Embedded video]".
 * Between two paragraphs it had stayed as one. Since session 36 also the label a site sets over a
 * video player in the text, the player not scraped: Index's "Ajánlott videó" ("recommended video")
 * had stayed between two paragraphs. No box's label (isStoryBoxLabel): the article goes on under it,
 * and taken as one it had ended the article there.
 */
const MEDIA_PLACEHOLDER = /^\[(?:embedded )?(?:image|video|photo|picture|audio|graphic|gallery|media)(?::[^\]\n]*)?\]$/iu;
const VIDEO_LABEL = /^(?:recommended video|featured video|ajánlott videó|kiemelt videó)\s*:?$/iu;
/**
 * What a player or an embed shows until its script runs, which a scraper saves instead ("Loading...",
 * "Loading video…"): under the last paragraph of an ABC News (Australia) story it had been the last.
 */
const LOADING_PLACEHOLDER = /^loading(?: (?:video|player|content|comments|tweet|post|map|chart|graphic|interactive))?\s*(?:\.{3}|…)$/iu;
export const isMediaPlaceholder = (line: Line): boolean => MEDIA_PLACEHOLDER.test(line.text) || VIDEO_LABEL.test(line.text) || LOADING_PLACEHOLDER.test(line.text);

/**
 * A gallery's prompt to go through its pictures, alone on its line: "Swipe for more photos", "Click
 * here to see more images", "View gallery", "See all 12 photos". A mobile page sets it over its
 * gallery's counter between two paragraphs, where it had stayed in the body (the s36 tester's page).
 * A sentence goes on past the pictures ("See the photos of the flood here.").
 */
const GALLERY_PROMPT =
  /^(?:(?:swipe|scroll|click|tap)(?: (?:left|right|up|through|here))?(?: (?:for|to see|to view|to open))?|view|see|open|browse) (?:(?:more|all|the)(?: \d+)? (?:photos|pictures|images|slides)|(?:the )?(?:photo |picture |image )?gallery)\s*[.!»›→>]*$/iu;
export const isGalleryPrompt = (line: Line): boolean => GALLERY_PROMPT.test(line.text);

/**
 * A gallery's headline under a picture label ("Photos: Thousands turn out for city marathon in the
 * rain"): it had been removed as a credit and the gallery had no title. A credit names a
 * photographer or agency ("Photos: AP", "Photo: Jane Doe/Reuters", "Photo: AFP via Getty Images"),
 * capitalised words with a few small lowercase ones; a headline is a phrase of lowercase words.
 * Under a singular label it is one picture's caption, full stop or not ("Image: Jose Mourinho has
 * agreed a deal …": a scrapinghub page); a caption under a plural one ends with its full stop.
 */
const LABELLED_HEADLINE = /^(?:Photos|Pictures|Images|Fotos)\s*:\s*(\S.*[^.!?\s])$/u;
/** Lowercase words a credit has: "AFP via Getty Images", "Jane Doe for The Guardian", "courtesy of the family". */
export const CREDIT_WORDS = new Set(['via', 'for', 'by', 'of', 'and', 'the', 'de', 'van', 'von', 'da', 'del', 'courtesy', 'supplied', 'handout', 'file', 'staff', 'photographer']);
const MIN_HEADLINE_LOWERCASE_WORDS = 3;

function isGalleryHeadline(text: string): boolean {
  const rest = LABELLED_HEADLINE.exec(text)?.[1];
  if (!rest || PHOTO_CREDIT.test(rest)) return false;
  const lowercase = rest.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word) && !CREDIT_WORDS.has(word));
  return lowercase.length >= MIN_HEADLINE_LOWERCASE_WORDS;
}

/** A broadcast transcript's time stamp: "[20:05:12]". */
const TRANSCRIPT_STAMP = String.raw`\[\d{1,2}:\d{2}:\d{2}\]`;
/** A time of day: "14:10", "2:10 PM", "10.32am", "9:05 a.m.". */
const CLOCK_TIME = String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?|\d{1,2}(?:\.\d{2})?\s*[AaPp]\.?\s?[Mm]\.?)`;
/**
 * A time of day alone on its line ("14:10", "2:10 PM", "10.32am", "9:05 a.m. ET", a transcript's
 * "[20:05:12]"): a live blog's entry stamp, a transcript's or a page's clock, never article text.
 */
const TIME_STAMP = new RegExp(String.raw`^${CLOCK_TIME}(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?$|^${TRANSCRIPT_STAMP}$`, 'u');
/** Time zones a live blog's stamp names, when no separator stands between it and the heading ("09:15 BST Traders wait"). */
const STAMP_ZONE = String.raw`(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|WIB|AEST|AEDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)`;
/**
 * A live blog's entry stamp opening its heading's line ("12:04 GMT — Ministers arrive", "14:02 |
 * Markets open", "12.04pm: Ministers arrive", "09:15 BST Traders wait"), the stamp with its
 * separator in group 1: a dash, bar or colon after the time, or a time zone. The heading opens with
 * a capital or a letter of a script without case; not a range ("10:30 pm - 10:55 am") nor a
 * title that opens with a time ("3:10 To Yuma", no separator).
 */
export const OPENING_LIVE_STAMP = new RegExp(String.raw`^(${CLOCK_TIME}(?:\s+${STAMP_ZONE})?\s*[—–|:-]|${CLOCK_TIME}\s+${STAMP_ZONE})\s*(?=[\p{Lu}\p{Lo}])`, 'u');
/** A transcript's stamp opening a line of speech ("[20:00:00] COOPER: Good evening."), the stamp in group 1. */
export const OPENING_TRANSCRIPT_STAMP = new RegExp(String.raw`^(${TRANSCRIPT_STAMP})\s+(?=\S)`, 'u');

/**
 * A story's age alone, in English, Spanish, French, German, Portuguese and Italian: "3 hours ago",
 * "45 mins ago", "2d ago", "hace 3 horas", "il y a 3 heures", "vor 3 Stunden", "há 2 dias", "3 ore fa".
 * Google News copy gives it under the author's name, which had been no byline: in the header it
 * dates the story as a date line does (clean/index.ts headerName). Not a date line anywhere. A time
 * stamp (isTimeStamp) since session 32, as a clock time is, under a reader's comment too: a live
 * blog's entries are stamped so ("12 minutes ago" over "New tax on online gambling"), and the page
 * had been no live blog to the cleaner: its last entry was page text after the article.
 */
const RELATIVE_AGE =
  /^(?:\d{1,3}\s?(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago|hace\s+\d{1,3}\s+(?:minutos?|horas?|días?|dias?|semanas?)|il y a\s+\d{1,3}\s+(?:minutes?|heures?|jours?|semaines?)|vor\s+\d{1,3}\s+(?:minuten?|stunden?|tag(?:en)?|wochen?)|há\s+\d{1,3}\s+(?:minutos?|horas?|dias?|semanas?)|\d{1,3}\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae])\s+fa)$/iu;
/**
 * The same in Persian and Arabic, in their digits or ASCII ones: "۵ ساعت قبل", "۳ روز پیش", "منذ 5 ساعات".
 * After its label ("به‌روزرسانی شده ۵ ساعت قبل", "updated 5 hours ago", under BBC Persian's date line) it is a
 * labelled time, metadata.ts's (isLabelledTime), as "Updated 2 hours ago" is: this pattern had read the label too,
 * one line under two reasons' rules.
 */
const PERSIAN_ARABIC_AGE =
  /^\p{Nd}{1,3}\s+(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه)\s+(?:قبل|پیش)$|^منذ\s+\p{Nd}{1,3}\s+(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع)$/u;
/**
 * A relative day and a clock time, as pages date their stories in the header: Onet's "Dziś 08:30"
 * ("today"), "Wczoraj 18:05", "Heute, 09:15 Uhr", "Hier à 18:05", "Hoy 10:15", "Сегодня, 09:45", "Вчора о
 * 12:00", "Today at 10:30 AM". Dated by the day the page was read, which the text does not give: an
 * age, not a date. It had been a section label, and the author's name over it no byline.
 */
const RELATIVE_DAY_TIME = new RegExp(
  String.raw`^(?:today|yesterday|dziś|dzisiaj|wczoraj|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|сегодня|вчера|сьогодні|вчора|bugün|dün|hôm nay|hôm qua),?\s+(?:(?:at|à|a las|às|um|om|alle|в|о)\s+)?${CLOCK_TIME}(?:\s*(?:uhr|h))?$`,
  'iu',
);
export const isRelativeAge = (line: Line): boolean => RELATIVE_AGE.test(line.text) || PERSIAN_ARABIC_AGE.test(line.text) || RELATIVE_DAY_TIME.test(line.text);

export const isTimeStamp = (line: Line): boolean => line.wordCount <= 6 && (TIME_STAMP.test(line.text) || isRelativeAge(line));

/**
 * A broadcast transcript's cue alone on its line: "(BEGIN VIDEOTAPE)", "(END VIDEO CLIP)",
 * "(CROSSTALK)", "(COMMERCIAL BREAK)". What the speakers say goes on around it: short and in
 * capitals, the cues made the article's end ("(BEGIN VIDEOTAPE)" and what followed it were page
 * text after the article).
 */
const TRANSCRIPT_CUE =
  /^\((?:(?:BEGIN|END) (?:VIDEO ?TAPE|VIDEO CLIP|VIDEO|AUDIO CLIP|AUDIO|LIVE FEED|LIVE VIDEO|SOUNDBITE|SOUND ?BITE)|CROSSTALK|COMMERCIAL BREAK|BREAK|LAUGHTER|APPLAUSE|INAUDIBLE|UNINTELLIGIBLE|SINGING|MUSIC|NATURAL SOUND|OFF-MIKE|ON CAMERA)\)$/iu;
export const isTranscriptCue = (line: Line): boolean => TRANSCRIPT_CUE.test(line.text);

/**
 * The notice CNN sets over its transcripts: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS
 * FINAL FORM AND MAY BE UPDATED." A sentence in capitals, it had stayed as the body's first paragraph.
 * A podcast's machine transcript opens with its own ("This transcript was automatically generated and
 * may contain errors."), as a line that starts so: a sentence reporting one ("The court heard that the
 * transcript was …") does not.
 */
const TRANSCRIPT_NOTICE =
  /^(?:this is a rush transcript\b|(?:note:\s*)?(?:this |the )?transcripts? (?:(?:was|were|is|are|has been|have been) )?(?:(?:automatically|machine|computer|auto)[- ]?generated|generated by (?:a )?(?:computer|machine|software|ai))\b)/iu;
/**
 * A transcript's disclaimer under it, as radio and podcast pages set it: "This transcript was
 * produced from a recording and may contain errors.", "NPR transcripts are created on a rush deadline
 * … This text may not be in its final form and may be updated or revised in the future." (the
 * warning in its first or second sentence). It opens
 * with the transcript (this one, the outlet's) and says what a reader should beware of; a story's
 * sentence about a transcript ("The transcript of the hearing, which may contain errors, was
 * released …") names whose transcript it is. The outlet's name opens it bare: after an article
 * ("The White House transcript was later edited for clarity") the words are the story's. Since session 38
 * also NPR's newer wording, "Accuracy and availability of NPR transcripts may vary. Transcript text may be
 * revised …", which had been an NPR transcript's last paragraph, and the copyright notice over it with it.
 */
const TRANSCRIPT_DISCLAIMER =
  /^(?:(?:note:\s*)?(?:this|our|(?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}&]*\s+){1,3})\s*transcripts? (?:was|were|is|are|has been|have been) [^.]*?(?:\.\s+[^.]*?)?(?:may contain errors|may not be (?:in its final form|verbatim)|may be updated or revised|(?:lightly )?edited for (?:length|clarity))|Accuracy and availability of (?:\p{Lu}[\p{L}&]*\s+){0,3}transcripts may vary\b)/u;
export const isTranscriptNotice = (line: Line): boolean =>
  line.wordCount <= 30 ? TRANSCRIPT_NOTICE.test(line.text) || TRANSCRIPT_DISCLAIMER.test(line.text) : line.wordCount <= 60 && TRANSCRIPT_DISCLAIMER.test(line.text);

/**
 * A syndicated story's note on where it first appeared, named: "This article is republished from The
 * Conversation under a Creative Commons license.", "This story was originally published by Grist.",
 * "This article originally appeared on …". Under the last paragraph it had stayed in the body (the
 * outlet's name a term); over the headline it was page text before the article. Also where a version
 * of it ran ("A version of this story appeared in the Morning Briefing newsletter."), which the print
 * edition's note (PRINT_EDITION_NOTE) leaves to it. Not "This report":
 * one a story is about ("This report was published in March and found …"). Case matters (no `i`
 * flag): with it, \p{Lu} takes lowercase letters too ("published on page 20 of …").
 */
const SYNDICATION_NOTE =
  /^(?:[Tt]his (?:article|story|piece|post|column) (?:(?:was|is|has been) (?:originally |first )?(?:published|republished|produced|reproduced)|originally (?:appeared|ran)|first (?:appeared|ran))(?: here)? (?:on|in|by|from|with|at) (?:the )?\p{Lu}|A version of this (?:article|story|piece|post|column) (?:originally |first )?(?:appeared|appears|ran|was published) (?:on|in) (?:the )?\p{Lu}(?![^.]*\bprint\b))/u;
/**
 * The same note as Indonesian networks set it under a story run on their other sites ("Artikel ini
 * telah tayang di Kompas.com dengan judul …", the Kompas and Tribun networks' regional sites), and the
 * first outlet's note on the nonprofit newsroom it is or belongs to, which a republished story carries
 * under that note ("North Dakota Monitor is part of States Newsroom, a nonprofit news network …"):
 * each had stayed as the last paragraph. A nonprofit of another kind ("The hospital is part of a
 * nonprofit health system") is a story's.
 */
const OTHER_SYNDICATION_NOTE =
  /^(?:[Aa]rtikel ini (?:telah|sudah) (?:tayang|terbit|dimuat) di \S+ dengan judul\b|(?:\p{Lu}[\p{L}\p{M}'’.&-]*\s+){1,5}is (?:part of (?:\p{Lu}[\p{L}\p{M}'’.&-]*\s*){1,4}, )?(?:an?|the) [^.]{0,60}?\bnon-?profit\b[^.]{0,30}?\b(?:news|newsroom|journalism|media)\b)/u;
/**
 * A publisher's note on reprints under the article: "For a reprint of this article, please contact
 * reprints@law360.com.", "To order reprints of this story, call …", "For reprints, please email …". It had
 * stayed as the last paragraph (Law360's). The line opens so and names the contact: "For reprints of the
 * 1962 edition, collectors pay $400" is a story's.
 */
const REPRINT_NOTE = /^(?:For (?:a )?reprints?(?: of this (?:article|story|report))?|To (?:order|purchase|request) (?:a )?reprints?(?: of this (?:article|story|report))?),? (?:please )?(?:contact|e-?mail|call|visit|go to|write to)\b/iu;
/**
 * The footer a WordPress site's feed sets under every post, which an RSS reader's export or a scraper
 * of the feed keeps: "The post Riverbend's largest employer to add 600 jobs appeared first on Riverbend
 * Ledger." It had stayed as the last paragraph, and the body had the headline twice. The post's
 * title opens with a capital, a digit or a quote, and the site's name ends the line: "The post, which
 * appeared first on Facebook, was shared 10,000 times" is a story's.
 */
const FEED_FOOTER = /^The post [\p{Lu}\p{N}"“'‘].{0,200}? appeared first on ([^,;:.!?]{1,60})\.?$/u;
export const isSyndicationNote = (line: Line): boolean =>
  line.wordCount <= 40 && (SYNDICATION_NOTE.test(line.text) || OTHER_SYNDICATION_NOTE.test(line.text) || FEED_FOOTER.test(line.text) || REPRINT_NOTE.test(line.text));
/**
 * The site a feed's footer (FEED_FOOTER) names, else null: it is the article's source when no line gave one. The footer
 * names the site whatever its name's shape ("Riverbend Ledger": "Ledger" is no outlet's word), and the story had no source.
 */
export const feedFooterSite = (line: Line): string | null => (line.wordCount <= 40 ? (FEED_FOOTER.exec(line.text)?.[1]?.trim() ?? null) : null);

/**
 * A translated story's note: "This article was translated from German by Anna Roth.", "This
 * interview has been translated and edited for clarity.", "Translated from the Spanish by Ana
 * Ruiz", Le Monde's "Translation of an original article published in French on lemonde.fr; …", and
 * in the story's language: Tagalog "Ang artikulong ito ay isinalin mula sa Ingles.", German "Aus dem
 * Englischen übersetzt von …", French "Traduit de l'anglais par …", Spanish "Traducido del inglés
 * por …". It had been the article's last paragraph. A bare "Translated from …" is the whole line or
 * names its translator: "Translated from Latin, the motto means …" is a story's.
 */
const TRANSLATION_NOTE = new RegExp(
  [
    String.raw`^this (?:article|story|piece|text|interview|column|post) (?:was|has been|is) (?:(?:machine|automatically|partly|partially) )?(?:translated|machine-translated)\b`,
    String.raw`^(?:translated|translation) from (?:the )?\p{L}+(?: original)?(?: by [^,;]{2,60})?\.?$`,
    String.raw`^translation of an? (?:original )?(?:article|story) (?:originally |first )?published in \p{Lu}`,
    String.raw`^ang (?:artikulong|balitang) ito ay isinalin\b`,
    String.raw`^aus dem \p{L}+ (?:übersetzt|übertragen)\b`,
    String.raw`^(?:traduit de l['’]|traducido del |traduzido do |tradotto dall['’])\p{L}+(?: (?:par|por|da) [^,;]{2,60})?\.?$`,
  ].join('|'),
  'iu',
);
const MAX_TRANSLATION_NOTE_WORDS = 40;
export const isTranslationNote = (line: Line): boolean => line.wordCount <= MAX_TRANSLATION_NOTE_WORDS && TRANSLATION_NOTE.test(line.text);

/**
 * An opinion page's disclaimer, under the column or over it: "The views expressed in this article
 * are the author's own and do not necessarily reflect …", "Opinions expressed by Forbes Contributors
 * are their own.", "Disclaimer: The views expressed here are those of the writer." It had stayed as the
 * article's last paragraph. The views are the author's, or this article's (a writer, a contributor, a
 * columnist named in the sentence): "The views expressed at the meeting do not necessarily reflect
 * council policy, the chair said" is a story's.
 */
const OPINION_DISCLAIMER = new RegExp(
  String.raw`^(?:disclaimer\s*:\s*)?(?:the )?(?:views|opinions)\b(?=[^.]*\b(?:authors?|writers?|contributors?|columnists?|this (?:article|column|piece|post|commentary|op-ed))\b)` +
    String.raw`[^.]{0,60}?\bexpressed\b[^.]{0,120}?\b(?:(?:do|does) not necessarily (?:reflect|represent)|don['’]t necessarily (?:reflect|represent)|(?:are|is) (?:solely |entirely |strictly )?(?:those of|the (?:authors?|writers?|contributors?|columnists?)|their own|his own|her own))`,
  'iu',
);
const MAX_DISCLAIMER_WORDS = 60;
export const isOpinionDisclaimer = (line: Line): boolean => line.wordCount <= MAX_DISCLAIMER_WORDS && OPINION_DISCLAIMER.test(line.text);

/**
 * A sponsored post's disclosure: "This content was paid for by Greenleaf Energy and produced by
 * MetroPulse Studio. The MetroPulse newsroom was not involved in its creation.", "This article is
 * sponsored by …", "This is a paid post." It had been the article's last paragraph. Not a story's
 * funding note ("This story was funded by a grant from …"), which is the newsroom's own.
 */
const SPONSOR_DISCLOSURE = /^(?:this (?:content|article|story|post|feature|page) (?:was|is|has been) (?:paid for|sponsored)\b|this is (?:a )?(?:paid|sponsored) (?:post|content|article|feature)\b)/iu;
export const isSponsorDisclosure = (line: Line): boolean => line.wordCount <= MAX_DISCLAIMER_WORDS && SPONSOR_DISCLOSURE.test(line.text);

/**
 * A feedback poll's question or thanks, under the article: "Was this article helpful?", "Did you find
 * this story useful?", "How would you rate this article?", GOV.UK's "Is this page useful?", "Thanks
 * for your feedback!". The question ends in "?", a sentence: it had been the article's last paragraph,
 * over its "Yes" and "No" buttons.
 */
const FEEDBACK_POLL =
  /^(?:(?:was|is) (?:this|the) (?:article|story|page|post|information|answer) (?:helpful|useful|informative)|did you find (?:this|the) (?:article|story|page|post|information) (?:helpful|useful|informative)|how (?:helpful|useful) (?:was|is) (?:this|the) (?:article|story|page|post|information)|how would you rate (?:the quality of )?(?:this|the) (?:article|story|page|post)|rate this (?:article|story|page|post)|(?:thanks|thank you) for (?:your|the) feedback)[?!.:]?$/iu;
export const isFeedbackPoll = (line: Line): boolean => FEEDBACK_POLL.test(line.text);

/**
 * A newspaper's note on where the article ran in print, under its last paragraph: "A version of this
 * article appears in print on Nov. 19, 2026, Section B, Page 3 of the New York edition with the
 * headline: …", "This article appeared in the Finance & economics section of the print edition under
 * the headline …", "This story appeared in print on page 12". It had stayed as the last paragraph, or
 * gone as page text after the article. The article's own note (this article, this story), in print.
 */
const PRINT_EDITION_NOTE =
  /^(?:A version of this (?:article|story|review|column|essay)|This (?:article|story|review|column|essay)) (?:appears|appeared|ran|was published) (?:in print\b|in (?:the )?[\p{L}&, ]{0,60}?\bprint edition\b|on page \d)/u;
export const isPrintEditionNote = (line: Line): boolean => line.wordCount <= 60 && PRINT_EDITION_NOTE.test(line.text);

/**
 * A printed page's running head or foot, copied with the text from a PDF: the publication's name in
 * capitals and the page number at one end, set apart by pipes ("4 | THE VALLEY NEWSLETTER | SPRING
 * 2025", "THE HARBOUR GAZETTE | Thursday 5 December 2024 | Page 7"). Over the page it had been the
 * title, the headline under it the body's first paragraph. A table's row has no masthead of two words
 * in capitals, or no page number at its end. A PDF's text laid out as printed sets the parts apart
 * by runs of spaces instead, with a newspaper's section-lettered page number ("THE HARBOUR GAZETTE
 *     Friday, December 4, 2026     Page A3", "A3     THE HARBOUR GAZETTE     Friday, …"): there, as
 * a table's spaced row could be a masthead and a number, one of its three parts has the year.
 */
const PAGE_NUMBER_CELL = /^(?:(?:page|p\.|seite|página|pagina)\s*)?\p{Lu}?\d{1,4}$/iu;
const MASTHEAD_CELL = /^(?:[\p{Lu}'’&.-]+ )+[\p{Lu}'’&.-]+$/u;
const SPACED_PARTS = / {3,}/u;
const YEAR = /\b(?:19|20)\d\d\b/u;
export const isRunningHead = (line: Line): boolean => {
  if (line.endsWithSentencePunctuation) return false;
  const piped = line.text.includes('|');
  if (!piped && !SPACED_PARTS.test(line.text)) return false;
  const cells = line.text.split(piped ? '|' : SPACED_PARTS).map((cell) => cell.trim());
  if (cells.length < 2 || cells.length > 4 || (!piped && (cells.length !== 3 || !cells.some((cell) => YEAR.test(cell))))) return false;
  return (PAGE_NUMBER_CELL.test(cells[0]!) || PAGE_NUMBER_CELL.test(cells[cells.length - 1]!)) && cells.some((cell) => MASTHEAD_CELL.test(cell));
};

/**
 * A printed page's number in the footer of a browser's printout: "Page 1 of 2", "Seite 1 von 2",
 * "Page 1 sur 2" (the first number not past the second). It had stayed between two paragraphs.
 */
const PRINTED_PAGE_NUMBER = /^(?:page|seite|página|pagina|pag\.|strona)\s+([1-9]\d{0,2})\s+(?:of|von|de|sur|di|z)\s+([1-9]\d{0,2})$/iu;
/** Lines `pattern` reads as a counter, its two numbers captured, the first not past the second ("3 of 8", not "9 of 8"). */
const counterLines =
  (pattern: RegExp) =>
  (line: Line): boolean => {
    const numbers = pattern.exec(line.text);
    return numbers !== null && Number(numbers[1]) <= Number(numbers[2]);
  };
export const isPrintedPageNumber = counterLines(PRINTED_PAGE_NUMBER);

/**
 * A gallery's caption run into its counter in brackets, as Reuters pages scrape: "[1/2]A Skyvane
 * aircraft taxis at Stockholm Arlanda Airport … REUTERS/Tom Little/File Photo Purchase Licensing
 * Rights, opens new tab" (the first number not past the second). Its credit not last on the line, it
 * had been the body's first paragraph, over the wire's dateline, so the story had no source.
 */
const COUNTED_CAPTION = /^\[([1-9]\d{0,2})\/([1-9]\d{0,2})\]\s*\p{Lu}/u;
const isCountedCaption = counterLines(COUNTED_CAPTION);

/**
 * A counter written without spaces, "1/6", "1/2", alone on its line (the first number not past the
 * second). Alone it may be a recipe's quantity or a score, so it is a counter only by a line next to
 * it (index.ts boxChrome): a picture's line (a gallery's prompt over it: "Swipe for more photos" over
 * "1/6"), or a browser printout's page break (the time of printing under it, "12/5/26, 8:41 AM", the
 * page's address over the last page's). It had stayed between two paragraphs.
 */
const UNSPACED_COUNTER = /^([1-9]\d?)\/([1-9]\d?)$/u;
export const isUnspacedCounter = counterLines(UNSPACED_COUNTER);
/** A browser printout's time of printing alone on its line, over each printed page: "12/5/26, 8:41 AM", "05/12/2026, 08:41". */
const PRINTOUT_TIME = /^\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?,? \d{1,2}:\d{2}(?: ?[AP]M)?$/iu;
export const isPrintoutTime = (line: Line): boolean => PRINTOUT_TIME.test(line.text);

/**
 * A line of rule characters only: a rule between parts of the page or of the text ("___" over a
 * wire story's correction or between a live page's updates, a Markdown "* * *", "-----", "•••").
 * It has no words: mid-text and under the last paragraph it had been kept as one. `ruleMarks` counts
 * its marks (0 when it has anything else); a rule has RULE_MIN_MARKS, as Markdown's does, and at
 * the text's end (edges.ts articleEnd) one mark closes it too ("*", "--").
 */
const RULE_LINE = /^(?:[-_*=~•·—–─━⁂]\s*)+$/u;
const RULE_MIN_MARKS = 3;
export const ruleMarks = (line: Line): number => (RULE_LINE.test(line.text) ? line.text.replace(/\s/gu, '').length : 0);
export const isRuleLine = (line: Line): boolean => ruleMarks(line) >= RULE_MIN_MARKS;

/** A speaker's turn in a transcript ("HOLLOWAY: …", text/speaker.ts). */
export const isSpeakerTurn = (line: Line): boolean => isSpeakerTurnText(line.text);

/**
 * The same labels in the languages the project lists elsewhere (ad labels, comments headings): the
 * words news sites of those languages set over a link to another story or a box of them, "Leia
 * também: …", "Lesen Sie auch", "Читайте также", "関連記事", "Baca juga: …", "यह भी पढ़ें", "Läs också", "Citește și", "আরও পড়ুন". Such a label alone on its line heads a
 * box of links and is chrome too, also when it trails off ("Você pode gostar...", read as a sentence).
 */
const OTHER_LANGUAGE_STORY_LABELS = [
  // German
  'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'siehe auch', 'weitere artikel',
  // French
  'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'sur le même sujet', 'vous aimerez aussi', 'à lire également', 'articles similaires',
  // Spanish (Argentina's voseo too)
  'lee también', 'lea también', 'mirá también', 'leé también', 'ver también', 'te puede interesar', 'le puede interesar', 'noticias relacionadas', 'artículos relacionados', 'también te puede interesar',
  // Portuguese
  'leia também', 'leia mais', 'ler mais', 'veja também', 'saiba mais', 'você pode gostar', 'você também pode gostar', 'notícias relacionadas', 'artigos relacionados', 'posts relacionados',
  // Italian
  'leggi anche', 'vedi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati', 'notizie correlate',
  // Dutch
  'lees ook', 'lees meer', 'bekijk ook', 'zie ook', 'gerelateerde artikelen',
  // Russian
  'читайте также', 'читайте еще', 'читайте ещё', 'смотрите также', 'по теме', 'похожие статьи', 'вам также может понравиться',
  // Ukrainian
  'читайте також', 'дивіться також',
  // Polish
  'czytaj także', 'czytaj też', 'czytaj również', 'przeczytaj także', 'przeczytaj też', 'zobacz także', 'zobacz też', 'zobacz również',
  // Turkish: the capital dotted İ has no case-insensitive match for i (each i of a word, for a label in capitals: "İLGİLİ HABERLER")
  '[iİ]lg[iİ]l[iİ] haberler', 'bunu da okuyun', '[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r', 'benzer haberler',
  // Swedish, Danish and Norwegian; Romanian (with the comma or the cedilla below s); Czech
  'läs också', 'läs även', 'läs mer', 'læs også', 'les også', 'cite[șş]te [șş]i', 'čtěte také', 'čtěte též', 'mohlo by vás zajímat', 'související články',
  // Indonesian and Malay, Hindi, Arabic
  'baca juga', 'berita terkait', 'artikel terkait', 'यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'संबंधित खबरें', 'اقرأ أيضا', 'اقرأ أيضاً', 'أخبار ذات صلة', 'مواضيع ذات صلة',
  // Bengali
  'আরও পড়ুন', 'আরো পড়ুন',
  // Greek (in capitals without the accent: "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ"), Hungarian, Swahili, Persian, Thai: session 36, the s35
  // tester's pages, where the label and the headline under it had stayed between the paragraphs
  'διαβ[άα]στε (?:ακ[όο]μα|επ[ίι]σης)', 'σχετικ[άα] (?:[άα]ρθρα|θ[έε]ματα)', 'σχετικ[έε]ς ειδ[ήη]σεις',
  'kapcsolódó (?:cikkek|cikk|hírek)', 'ajánlott cikkek', 'ezt is ajánljuk', 'olvassa el ezt is',
  'soma (?:zaidi|pia)', 'habari (?:zaidi|zinazohusiana|nyingine)',
  'مطالب (?:پیشنهادی|مرتبط)', '(?:خبرهای|اخبار) مرتبط', '(?:بیشتر|همچنین) بخوانید',
  'อ่านข่าวที่เกี่ยวข้อง', 'ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวแนะนำ', 'อ่านเพิ่มเติม',
  // Finnish, Catalan, Bulgarian and Serbian (Cyrillic and Latin), Malay's bare "BACA:" and Tagalog, Urdu, Tamil
  'lue myös', 'lue lisää', 'us pot interessar', 'et pot interessar', 'llegiu també', 'llegeix també', 'notícies relacionades',
  'още по темата', 'прочетете още', 'вижте още', 'прочитајте још', 'pročitajte još', 'повезане вести', 'povezane vesti',
  'baca', 'basahin din', 'basahin', 'یہ بھی پڑھیے', 'یہ بھی پڑھیں', 'مزید پڑھیے', 'مزید پڑھیں', 'மேலும் படிக்க', 'இதையும் படிக்க', 'தொடர்புடைய செய்திகள்',
  // Slovak, Lithuanian, Latvian, Estonian, Welsh (session 37)
  'prečítajte si tiež', 'prečítajte si aj', 'čítajte aj', 'čítajte tiež', 'súvisiace články', 'taip pat skaitykite', 'susiję straipsniai', 'susiję', 'lasi arī', 'lasiet arī', 'loe ka', 'darllenwch hefyd',
  // Georgian, Kazakh, Marathi, Amharic (session 37)
  'ასევე წაიკითხეთ', 'ასევე იხილეთ', 'сондай-ақ оқыңыз', 'сондай-ақ қараңыз', 'हेही वाचा', 'हे ही वाचा', 'ተጨማሪ ለማንበብ',
  // Chinese, Japanese, Korean
  '相关新闻', '相关阅读', '相关文章', '延伸阅读', '相關新聞', '延伸閱讀', '関連記事', '関連ニュース', 'おすすめ記事', '관련기사', '관련 기사',
  // Hebrew
  'כתבות נוספות', 'כתבות נוספות למנויים', 'כתבות קשורות', 'עוד בנושא', 'קראו גם', 'קראו עוד',
];
/**
 * A link to another story set into the text: "Related: Residents protest library closures",
 * "READ MORE: Parking charges to rise", "MORE: Cancer targets missed again". A label, a colon, then a headline (no closing full stop);
 * the line model kept these inside the article, whose terms and sentences they joined.
 * Or the label alone ("Read more:"), its link's text not scraped: under the last paragraph it had
 * been the article's last (a label ending in a colon introduces what follows, articleEnd keeps it).
 * Or a spaced bar between the label and the headline, as The Hindu sets them ("Also Read | Namma Metro
 * ridership crosses 10 lakh on a single day"): it had stayed between the paragraphs.
 */
const STORY_LINK = new RegExp(
  `^(?:related(?: (?:stories|story|articles?|content|coverage|links?|reading))?|read more|more|read next|more reading|read also|also read|see also|recommended(?: reading)?|don['’]t miss|must read|you may also like|${OTHER_LANGUAGE_STORY_LABELS.join('|')})(?:\\s*[:：]\\s*(?:\\S|$)|\\s+\\|\\s+\\S)`,
  'iu',
);
/** English labels that head a box of other stories, never one link set into the text. */
const ENGLISH_STORY_BOX_LABELS = ['you may also like', 'you might also like', 'read more from our partners', 'more from our partners', 'recommended for you'];
const STORY_LABEL = new RegExp(`^(?:${[...ENGLISH_STORY_BOX_LABELS, ...OTHER_LANGUAGE_STORY_LABELS].join('|')})[\\s.…:：!»›>]*$`, 'iu');
const MAX_STORY_LINK_WORDS = 25;

/**
 * A box of other stories' label after the article naming where they come from: "More from Arlington
 * Heights", "More in Politics", "More From WIRED", "More on washingtonpost.com", "More on this story".
 * Under a comment's buttons (Patch's "Reply" / "Share") its headlines had been listed as the reader
 * comments section (index.ts removeTail).
 */
const MORE_STORIES_LABEL = /^(?:More|MORE) (?:[Ff]rom|[Ii]n|[Oo]n|FROM|IN|ON) (?:this story|the [Ww]eb|[\p{L}\p{N}-]+\.(?:com|org|net|co\.uk)|\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:&|and|of|the|news|[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*)){0,4})$/u;
export const isMoreStoriesLabel = (line: Line): boolean => MORE_STORIES_LABEL.test(line.text);

/** A box of other stories' label alone on its line ("You may also like", "Leia também", "Читайте также", "関連記事"). */
export const isStoryBoxLabel = (line: Line): boolean => STORY_LABEL.test(line.text);

/**
 * An English label over one link set into the text, alone with its colon, its headline on the next
 * line ("Read also:", "READ MORE:", "Related:", "See also:"): STORY_LINK removes the label, and the
 * headline under it had stayed in the body. Not a box's label (isStoryBoxLabel): taken as one, a bare
 * "Related" or "Read more" ended benchmark articles at it (eval:clean l3s-dev 0.967 -> 0.965).
 */
const ENGLISH_LINK_LABEL = /^(?:read also|also read|see also|related(?: stories| story| articles?)?|read more|read next)\s*[:：]$/iu;
/** A label over one link to another story set into the text: a box's label, or an English one with its colon. */
export const isStoryLinkLabel = (line: Line): boolean => isStoryBoxLabel(line) || ENGLISH_LINK_LABEL.test(line.text);

/**
 * A teaser set between the paragraphs as Reach's sites set it (the Mirror, the Express, the Manchester
 * Evening News): a bare "Read More" over another story's headline, given twice, as the link's text and
 * as its picture's. Without a colon the label is no STORY_LINK, and a bare "Read More" alone may be a
 * "continue reading" button (isStoryLinkLabel): the headline given twice right under it tells the teaser.
 * The label stayed in the body, and under the last paragraph the teaser had ended the article, the
 * paragraph after it lost as page text after the article.
 */
const TEASER_LABEL = /^(?:read more|read next|also read|read also|more on this story|don['’]t miss)$/iu;
/** A link's text as a headline gives it: no closing sentence punctuation, not a paragraph's length. */
const isLinkText = (line: Line): boolean => !line.endsWithSentencePunctuation && line.wordCount <= MAX_STORY_LINK_WORDS;
/** The lines of such teasers (the label and the headline's two copies). */
export function teasersGivenTwice(lines: readonly Line[]): Set<Line> {
  const teasers = new Set<Line>();
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!TEASER_LABEL.test(lines[i]!.text)) continue;
    const [label, headline, copy] = [lines[i]!, lines[i + 1]!, lines[i + 2]!];
    if (copy.text === headline.text && isLinkText(headline)) {
      for (const line of [label, headline, copy]) teasers.add(line);
    }
  }
  return teasers;
}

/** Words in the headline under a bare label at least: "Trolley crisis: Why Limerick hospital is always the worst", not a button's "Read more". */
const MIN_LINKED_HEADLINE_WORDS = 3;
/**
 * A bare teaser label (TEASER_LABEL) with another story's headline right under it, no blank line
 * between, between the paragraphs: The Nation's "Also Read" over two headlines, The Irish Times' "Read
 * more" over "Trolley crisis: Why Limerick hospital is always the worst". The headlines went as no
 * sentence, and the label had stayed as a paragraph of its own. The label line alone: taken as a box's
 * label, a bare "Read more" had ended benchmark articles at it (session 37, isStoryLinkLabel).
 */
export const isBareLinkLabel = (line: Line, below: Line | undefined): boolean =>
  TEASER_LABEL.test(line.text) && below !== undefined && below.number === line.number + 1 && below.wordCount >= MIN_LINKED_HEADLINE_WORDS && isLinkText(below);

/**
 * A box of other stories set between the paragraphs under its label naming where they come from, as
 * Bloomberg's stories syndicated on Yahoo Finance and elsewhere set it under their first paragraph: "Most
 * Read from Bloomberg" (or "… Bloomberg Businessweek") over its headlines. The box's short lines read as
 * the page's header over the article: the first paragraph, with the wire's dateline, was lost as page
 * text before the article, and the box's last headline opened the body. The headlines are the lines
 * under the label up to the first sentence (a line ending in a full stop) or a line too long for a headline.
 */
const MOST_READ_FROM = /^most read from [\p{L}\p{N}][\p{L}\p{N}.'’& -]{0,40}$/iu;
const MAX_BOXED_HEADLINES = 8;
export function storiesUnderMostReadLabel(lines: readonly Line[]): Set<Line> {
  const box = new Set<Line>();
  lines.forEach((label, i) => {
    if (!MOST_READ_FROM.test(label.text)) return;
    const headlines: Line[] = [];
    for (const line of lines.slice(i + 1, i + 1 + MAX_BOXED_HEADLINES)) {
      if (line.endsWithSentencePunctuation || line.wordCount > MAX_STORY_LINK_WORDS) break;
      headlines.push(line);
    }
    if (headlines.length) for (const line of [label, ...headlines]) box.add(line);
  });
  return box;
}

export const isStoryLink = (line: Line): boolean =>
  line.wordCount <= MAX_STORY_LINK_WORDS && (((!line.endsWithSentencePunctuation || /[?!]["'”’]?$/u.test(line.text)) && STORY_LINK.test(line.text)) || STORY_LABEL.test(line.text));

/**
 * A blog's pager between posts: "Previous post", "Next article", "← Older", "Newer →", "Older posts",
 * alone or before the other post's headline after a colon or an arrow ("Previous post: Mayor defends
 * budget cuts", "Next » School meals to cost more"). Under a short post the line model kept the pair
 * in the body, or named them page text and an unrelated headline. The word goes on to no sentence:
 * "Next year the council …", "Previous post office closures …" have no separator after the label.
 */
/** A pager's word between a blog's posts; a masthead is none of them either (metadata.ts isMasthead). */
export const PAGER_WORD = '(?:previous|prev|next|older|newer)';
const PAGER_LINK = new RegExp(
  String.raw`^(?:[«‹←<]\s*)?(?:${PAGER_WORD}\s+(?:posts?|articles?|stor(?:y|ies)|entr(?:y|ies)|page)|${PAGER_WORD})(?:\s*[»›→>])?(?:\s*(?:[:|–—-]|[»›→>])\s*\S.*)?$`,
  'iu',
);
/** A lowercase word after the label's separator: a subheading ("Next: the council vote"), not another post's headline. */
const LOWERCASE_AFTER_SEPARATOR = /^[^:»›→>|–—-]*[:»›→>|–—-]\s*\p{Ll}/u;
export const isPagerLink = (line: Line): boolean =>
  line.wordCount <= MAX_STORY_LINK_WORDS && !line.endsWithSentencePunctuation && PAGER_LINK.test(line.text) && !LOWERCASE_AFTER_SEPARATOR.test(line.text);

/**
 * An ad slot's label alone on its line, in any case, between dashes or not: "Advertisement" (also
 * misspelt, or "Advert", "Advertising"), its word in the other languages the pattern lists (Japanese "sponsored
 * link" too; since session 32 Hindi "विज्ञापन", Arabic "إعلان", Indonesian "Iklan", Turkish "Reklam": they
 * had stayed as paragraphs between the article's; since session 33 also with a colon, Ukrainska Pravda's "Реклама:"; since session 34 Romanian "Publicitate", Swedish "Annons", Bengali "বিজ্ঞাপন"), or an ad's own prompt ("Hide ad", "Skip ad", "Scroll to continue with content"; since session 38 CNN's "Ad Feedback" under each of its ads), where
 * an ad stood between the paragraphs. In a run of one page (nothing repeated) the line model kept it in the body.
 */
const AD_LABEL =
  /^[-–—\s]*(?:advertisement|advertisment|advert|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|publicitate|advertentie|annons|реклама|reklama?|reclame|iklan|विज्ञापन|বিজ্ঞাপন|إعلان|اعلان|広告|スポンサーリンク|スポンサードリンク|광고|广告|廣告|hide ad|skip (?:ad|advert|advertisement)|ad feedback|(?:advertisement[-–—\s]+)?scroll to continue(?: with content)?)[-–—:\s]*$/iu;
/**
 * A sponsor's credit line with the sponsor's logo not scraped, ending at its "by": "Support Provided By:",
 * "Support for News Hour Provided By", "Sponsored by", "Paid for by" (PBS and public radio pages). PBS's had
 * been a video transcript's title, as its headline listed after it (session 34).
 */
const SPONSOR_CREDIT = /^(?:(?:support|funding|underwriting)(?: for [\p{L}\p{N}' ’&.-]{1,40}?)?(?: is)? provided|sponsored|paid for|brought to you|made possible)(?: in part)? by\s*:?$/iu;
/**
 * A sponsored post's label: alone ("Paid Post", "Advertisement feature", "Sponsored Content", as
 * scrapinghub's raw pages have them 20 times and their gold never), or naming the sponsor ("In
 * partnership with Greenleaf Energy", "Sponsored by MasterCard®"): a paid post's "In partnership
 * with …" over its headline had been its title. Not "Brought to you by AAP", a wire's credit.
 */
const SPONSORED_LABEL = /^(?:(?:paid|sponsored|partner|promoted|branded|advertiser) (?:post|content|story|stories|feature)s?|sponsored|advertorial|paid partnership|advertisement features?)\s*:?$/iu;
/** The sponsor named after the label, a name of up to 40 characters and no clause ("Sponsored by the mayor, the bill passed"). */
const SPONSOR_NAMED = /^(?:(?:produced |presented )?in partnership with|sponsored(?: content)?(?: provided)? by)\s*:?\s+[^\s,;:.!?][^,;:!?]{0,39}$/iu;
const isSponsorLabel = (line: Line): boolean => SPONSORED_LABEL.test(line.text) || (SPONSOR_NAMED.test(line.text) && !line.endsWithSentencePunctuation);
export const isAdLabel = (line: Line): boolean => AD_LABEL.test(line.text) || SPONSOR_CREDIT.test(line.text) || isSponsorLabel(line);

/**
 * An ad slot between paragraphs: its label, or a prompt that the article goes on past it ("Story
 * continues below", "Article continues after this advertisement"). With only "Advertisement" taken
 * for one, the paragraphs around a prompt had no prose next to them, and an AMP page's last
 * paragraph was dropped as page text after the article.
 */
export const isAdSlot = (line: Line): boolean => isAdLabel(line) || (line.wordCount <= MAX_PROMPT_WORDS && ARTICLE_GOES_ON_LINE.test(line.text));

/**
 * The text a screen reader says around a list of links, scraped with the page: "list of 4 items",
 * "list 1 of 4", "end of list" (a box of other stories set into the article). Six of these lines
 * around four headlines made a run of chrome so long that the paragraphs after the box were cut
 * off as page text after the article.
 */
const LIST_ANNOUNCEMENT = /^(?:list of \d+ items?|list \d+ of \d+|end of list)$/iu;
export const isListAnnouncement = (line: Line): boolean => LIST_ANNOUNCEMENT.test(line.text);
/**
 * A gallery's or slideshow's counter alone on its line: "1 of 12", "Image 3 of 8", "4 / 12" (the
 * first number not past the second; an unspaced "01/19" is a date). Between the captions they were
 * kept as text, or read as a headline after the article that cut off the captions after it.
 */
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|foto|bild)\s+)?([1-9]\d{0,2})(?:\s+(?:of|von|de|sur|di)|\s+\/)\s+([1-9]\d{0,2})$/iu;
export const isGalleryCounter = counterLines(GALLERY_COUNTER);
/** "list 1 of 4": the line after it is the list's item, a link. */
export const isListItemAnnouncement = (line: Line): boolean => /^list \d+ of \d+$/iu.test(line.text);
/** "end of list": the box of links a screen reader announced is closed, and what follows is the page's text again. */
export const isListEndAnnouncement = (line: Line): boolean => /^end of list$/iu.test(line.text);
/** A list item announced so is a link to another story when it is headline-sized. */
export const isAnnouncedLink = (line: Line): boolean => line.wordCount <= MAX_STORY_LINK_WORDS;

/**
 * A prompt set between the paragraphs: "Sign up to our free sport newsletter and get the best
 * stories every morning", "Continue reading below", "Story continues below advertisement", "Get the
 * day's biggest market moves delivered to your inbox." The line model kept them inside the article
 * (a newsletter prompt reads like a sentence). A newsletter's own chrome too, "Forward to a
 * friend", "View in browser", "Did a friend forward you this email? Sign up here …": the first was
 * a newsletter's title, the last stayed in its body. A newsletter platform's own (Substack's "Thanks for reading
 * Field Notes! Subscribe for free to receive new posts …", "Field Notes is a reader-supported
 * publication. To receive new posts …") had been a post's last paragraph or stood inside it. A sign-up box's e-mail field ("Enter your email
 * address") had been an unrelated headline after the article.
 */
/**
 * A sign-up box's consent line under its button: "By signing up you agree to our Terms of Use and
 * acknowledge our Privacy Policy.", "By subscribing, you consent to receive emails … See our privacy
 * notice." Between paragraphs it had stayed in the body under the box's other lines, which went as
 * prompts. It names the site's terms or privacy policy: "By signing up, you agree to let the company
 * sell your data, critics say" is a story's.
 */
const SIGN_UP_CONSENT = String.raw`by (?:signing up|subscribing|registering|submitting[^.!?]{0,30}?|clicking[^.!?]{0,30}?|entering your e-?mail[^.!?]{0,20}?),? you (?:agree|acknowledge|consent|accept)\b[^.!?]{0,100}?\b(?:terms|privacy)\b`;
/**
 * An ask to follow the site on a messenger or by push alerts, or to subscribe, under the article or
 * between its paragraphs: "Join ST's WhatsApp Channel and get the latest news and must-reads.", "Sign up
 * for Health & Family push alerts and have the best health news … sent straight to your phone",
 * "Subscribe: Get unlimited access to local news for just $1" (a Gannett paper's, mid-text). The first
 * had been the article's last paragraph, the others stayed between its paragraphs. A story's sentence
 * about a channel names no joining ("The ministry's WhatsApp channel spread the rumour").
 */
const FOLLOW_PROMPT = String.raw`(?:join|follow)(?![-\p{L}])[^.!?]{0,40}?\b(?:whatsapp|telegram|signal) channel\b|sign up (?:for|to)\b[^.!?]{0,40}?\bpush (?:alerts|notifications)\b|subscribe(?: now| today)?\s*:\s*(?:get|enjoy|unlimited|only|just|try)\b`;
/**
 * The prompt where an ad or an expander stands and the article goes on under it: "Story continues below",
 * "Continue reading the main story", and since session 38 a bare "Story continues", the button Yahoo's
 * syndicated stories (USA Today's, Bloomberg's) set after their first paragraphs, which had stayed in the body.
 */
const ARTICLE_GOES_ON = String.raw`(?:the )?(?:story|article|text) continues(?: (?:below|after)\b|$)|continue reading (?:below|the (?:main )?(?:story|article))\b`;
/**
 * The same prompt as sites in the languages the project lists word it ("Weiterlesen nach der
 * Anzeige", "La suite après cette publicité", "Continua após a publicidade"): an ad slot too, since
 * session 30. Only a prompt, it had cut off the paragraphs after an ad ("Anzeige" over "Weiterlesen nach der Anzeige").
 */
const OTHER_LANGUAGE_GOES_ON = [
  '(?:der )?artikel (?:geht|wird) (?:unten|nach der (?:anzeige|werbung)) (?:weiter|fortgesetzt)', '(?:weiter|weiterlesen) nach der (?:anzeige|werbung)',
  "la suite (?:de l['’]article )?après (?:cette|la) publicité", "l['’]article continue (?:ci-dessous|après)",
  'la noticia continúa (?:abajo|tras)', 'continúa después de la publicidad',
  'continua (?:depois|após) (?:d?a publicidade|d?o anúncio)',
  "l['’]articolo continua (?:dopo|sotto)",
  'lees verder (?:onder|na) de advertentie',
  'продолжение (?:ниже|после рекламы)', 'статья продолжается',
  'dalszy ciąg (?:materiału|artykułu|tekstu) pod (?:wideo|reklamą|materiałem wideo)',
];
const ARTICLE_GOES_ON_LINE = new RegExp(`^(?:${[ARTICLE_GOES_ON, ...OTHER_LANGUAGE_GOES_ON].join('|')})`, 'iu');
const READING_PROMPT = new RegExp(
  String.raw`^(?:${ARTICLE_GOES_ON}|(?:sign up|subscribe|register) (?:to|for) (?:our|the)\b[^.!?]{0,60}\bnewsletters?\b|(?:get|receive|sign up|subscribe)\b[^.!?]{0,100}?\b(?:delivered|sent) (?:straight |directly |right )?to your inbox\b|forward (?:this (?:email |newsletter )?)?to a friend\b|view (?:this (?:email|newsletter) )?in (?:your |a )?(?:web )?browser\b|(?:did|has) (?:a friend|someone) (?:forward|send)(?:ed)? (?:you )?this\b|(?:were you )?forwarded this (?:e-?mail|newsletter|message)\b|(?:was )?this (?:e-?mail|newsletter) forwarded to you\b|you(?: are|['’]re) receiving this (?:email|newsletter|message)\b|thanks for reading\b[^.!?]{0,80}[!.]\s+subscribe\b|[^.!?]{1,80}? is a reader-supported publication\b|sign up(?: here| now)?$|(?:please )?(?:enter|type) your e-?mail(?: address)?(?: (?:here|below))?:?$|${SIGN_UP_CONSENT}|${FOLLOW_PROMPT})`,
  'iu',
);
const MAX_PROMPT_WORDS = 25;

/**
 * The same prompts as sites in the languages the project lists word them: sign up to the newsletter,
 * get it by e-mail, the article goes on below the advertisement ("Assine nossa newsletter", "Melden
 * Sie sich für unseren Newsletter an", "La suite après cette publicité", "Подпишитесь на рассылку").
 * Since session 30 also the site's asks under the article, which stayed as its last paragraph: report
 * an error ("Fehler gefunden? Jetzt melden.", a question, so that "Fehler gefunden haben die Prüfer …"
 * stays), rate the article ("Gostou deste artigo?"), send a tip ("Masz ciekawy temat?"), follow the
 * site ("Dołącz do nas na Facebooku!", "Simak breaking news …"); since session 32 its channel on a
 * messenger ("Receba as principais notícias de GZH no seu WhatsApp. Clique aqui e entre no canal.",
 * "Читайте РБК в Telegram"), which had stayed between the paragraphs; since session 33 French "Cet
 * article vous a été utile ?", Russian and Ukrainian sites' "select the mistake and press Ctrl+Enter"
 * and Ukrainian channels ("Підписуйтесь на канал УП у Telegram"), the last paragraph or between two; since
 * session 34 a Hindi site's plug for its app ("रहें हर खबर से अपडेट, डाउनलोड करें … Hindi News App …"), the last paragraph.
 */
/**
 * A social network as a prompt to follow the site names it, declined as Polish declines it ("na
 * Facebooku", "na Instagramie"; X only ending the line: "na X Festiwalu Nauki" is the tenth festival):
 * "Dołącz do nas na festiwalu …" ("join us at the festival") is a sentence, which the prompt's first
 * words alone had taken for the prompt and removed.
 */
const SOCIAL_NETWORK = String.raw`(?:(?:facebook|instagram|twitter|youtub|tiktok|linkedin|telegram|whatsapp|threads|discord)\p{L}*(?![\p{L}\p{N}])|(?:platformie )?x(?=[!.]*$))`;
const OTHER_LANGUAGE_PROMPTS = [
  // German
  'melden sie sich (?:jetzt )?(?:für|zu)[^.!?]{0,40}newsletter', '(?:jetzt )?(?:den |unseren )?newsletter abonnieren', 'jetzt (?:zum |für den )?newsletter anmelden',
  'fehler gefunden\\s*\\?', 'hat (?:ihnen )?(?:dieser|der) artikel gefallen\\s*\\?',
  // French
  '(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre|la|nos) (?:newsletter|lettre)',
  'vous avez (?:repéré|trouvé|vu) une (?:erreur|faute)[^.!?]{0,40}\\?', 'signaler une erreur', 'cet article vous a(?:-t-il)? (?:été utile|plu)\\s*\\?',
  // Spanish
  'suscríbete (?:a|gratis a) (?:nuestro|nuestra|la|el|nuestros|nuestras) (?:boletín|boletines|newsletter)', 'recib[eí][^.!?]{0,80}en tu (?:correo|email|e-mail|bandeja)',
  '¿?(?:has visto|viste|encontraste) (?:algún|un) error[^.!?]{0,40}\\?', '¿?te (?:ha gustado|gustó) (?:este artículo|esta noticia)\\s*\\?',
  // Portuguese
  '(?:assine|inscreva-se (?:na|em)|cadastre-se (?:na|em)) (?:a |nossa |na )?newsletter', 'receba (?:em seu|no seu|por) e-?mail',
  'encontrou (?:algum )?erro[^.!?]{0,40}\\?', 'gostou d(?:este|o) artigo\\s*\\?',
  'receba (?:as )?(?:principais |últimas )?notícias[^.!?]{0,60}? (?:no|pelo) (?:seu )?(?:whatsapp|telegram)', 'entre no canal d[eoa] [^.!?]{0,40}?(?:whatsapp|telegram)',
  // Italian
  'iscriviti alla (?:nostra )?newsletter', 'segnala(?:ci)? un errore',
  // Dutch
  '(?:schrijf je in|meld je aan) voor (?:onze|de) nieuwsbrief', 'fout gezien\\s*\\?',
  // Polish
  'zauważyłeś błąd\\s*\\?', 'masz ciekawy temat\\s*\\?', `dołącz do nas na ${SOCIAL_NETWORK}`,
  // Russian
  'подпишитесь на (?:нашу )?рассылку', 'подписывайтесь на (?:наш|нашу|наши) ', 'читайте [^.!?]{0,30}?(?:в|у) (?:telegram|телеграм|«?дзен|max)',
  // Russian and Ukrainian: select a mistake and press Ctrl+Enter to report it
  '(?:если вы заметили ошибку|якщо ви помітили помилку)[^.!?]{0,80}ctrl\\s*\\+\\s*enter',
  // Ukrainian
  'підписуйтесь на (?:наш|нашу|наші|канал|сторінку) ',
  // Hindi: stay updated with every story, download the app
  'रहें हर खबर से अपडेट', 'डाउनलोड करें[^।|]{0,80}?(?:app|ऐप)',
  // Greek and Swahili (session 36): get the news in your e-mail, "Λάβετε μια σύντομη επισκόπηση … στο email σας.", "Pata
  // habari kuu kila asubuhi kupitia barua pepe yako."; Kathimerini's had been the article's last paragraph
  '(?:λάβετε|λαμβάνετε|αποκτήστε)[^.!?;]{0,120}?στο (?:e-?mail|inbox) σας', '(?:εγγραφείτε|γραφτείτε) στο newsletter',
  'pata habari[^.!?]{0,80}?(?:kupitia|kwenye) barua pepe', 'jiunge na jarida(?: letu)?',
  // The article goes on past an ad
  ...OTHER_LANGUAGE_GOES_ON,
];
const OTHER_LANGUAGE_PROMPT = new RegExp(`^(?:${OTHER_LANGUAGE_PROMPTS.join('|')})`, 'iu');

/**
 * A longer prompt that offers a download or a subscription by name: it opens with the offer's verb
 * and names an e-book or a newsletter ("Baixe gratuitamente o nosso e-book com as melhores dicas …
 * e receba também a nossa newsletter semanal …", about 30 words, had stayed in the body). A long
 * line opening "Receba em seu e-mail as notícias do dia, e …" names neither and stays.
 */
const OFFER_PROMPT = new RegExp(
  '^(?:download|get|grab|claim|sign up|subscribe|baixe|fa[çc]a (?:o )?download|cadastre-se|inscreva-se|assine|descarga|desc[aá]rgate|suscr[ií]bete|' +
    't[ée]l[ée]chargez|inscrivez-vous|abonnez-vous|laden sie|holen sie sich|abonnieren sie|scarica|iscriviti|schrijf je in|meld je aan)\\s' +
    '.*?(?<![\\p{L}])(?:e-?books?|newsletters?|nieuwsbrief|boletim|boletín)(?![\\p{L}])',
  'iu',
);
const MAX_OFFER_PROMPT_WORDS = 45;

/**
 * A sign-up box's prompt to those who have subscribed ("Already a subscriber? Log in", "Already have
 * an account? Sign in"): after the article, where it had been an unrelated headline; under the
 * reader comments it is theirs.
 */
const SUBSCRIBER_LOGIN = /^already (?:a |an )?(?:subscriber|member|registered|have an account)\??\s*(?:log|sign) ?in\b/iu;
export const isSubscriberLogin = (line: Line): boolean => line.wordCount <= MAX_PROMPT_WORDS && SUBSCRIBER_LOGIN.test(line.text);

/**
 * A newsroom's call for readers' tips, under the article or between its paragraphs: "Got a story?
 * Email newsdesk@…", "Have you seen something that needs checking? Email us.", "Do you have a news
 * tip? Contact us at …". A question about a story, tip or something to tell, then how to send it
 * (call, send and tell only to "us": "Got something to sell? Send it to the auction house" is a story's).
 * It had stayed as the last paragraph. A question the article asks ("Have you got a plot yourself?
 * The council says …") goes on with no way to reach the newsroom.
 */
const TIP_CALL =
  /^(?:(?:have you )?got|do you have|have you (?:got|seen|spotted|noticed)|have|know of)\b[^.!?]{0,60}?\b(?:story|stories|news tip|tip|tip-off|something)\b[^.!?]{0,60}\?\s*(?:(?:please |then )?(?:(?:e-?mail|contact|message|text|get in touch|write to|whatsapp)\b|(?:call|send|tell)(?: [\p{L}'’]+){0,3} us\b))/iu;
export const isTipCall = (line: Line): boolean => line.wordCount <= 40 && TIP_CALL.test(line.text);

/**
 * A market report's notice that its figures are late: "Quotes delayed at least 15 minutes.", "Prices
 * are delayed by 20 minutes.", "All data delayed 15 mins". Under the text or a table of prices it had
 * stayed as the last paragraph. The sentence ends at the minutes: "Data delayed 15 minutes by an
 * outage left traders guessing" goes on, and is the story's.
 */
const MARKET_DATA_NOTICE =
  /^(?:all |stock |share |index |market )?(?:quotes?|prices?|data|figures)(?: (?:are|is|were))? delayed (?:by )?(?:at least |up to |a minimum of )?\d+\s*(?:min(?:ute)?s?)(?: or more)?(?:\.|$)/iu;
export const isMarketDataNotice = (line: Line): boolean => line.wordCount <= 25 && MARKET_DATA_NOTICE.test(line.text);

/**
 * A site's plug for its other channels, written as a sentence under or inside the article: a
 * podcast's ("Listen to the full episode on Apple Podcasts, Spotify or wherever you get your
 * podcasts."), an app's or the site's own ("Catch all the business news, market news … on Live
 * Mint.", "Download the HT app to read more news"), a read-aloud player's ("This article was read by
 * an AI voice.", "Listen to this article"), a call for letters ("Letters to the editor: Send your
 * letter to letters@…"), since session 33 a local station's app ("Download the WGRZ app for the latest
 * forecast and weather alerts.") and a local site's thanks ("Thank you for supporting local journalism."); since
 * session 34 an Indian site's footer in English ("Get all India News in Hindi related to … Stay updated with us for all
 * breaking news …").
 * They had stayed as the article's last paragraphs, or between them. The
 * plug names where to go: a podcast app, the news, the article read aloud, the letters' address; a
 * story about an app ("Download the NHS app to book a test") names none.
 */
const PLUG_PROMPT = new RegExp(
  '^(?:(?:listen|subscribe|follow)\\b[^.!?]{0,80}?\\b(?:on|via) (?:apple podcasts|spotify|google podcasts|amazon music|youtube music|pocket casts|overcast|iheartradio|audible)\\b' +
    '|(?:listen|subscribe|follow)\\b[^.!?]{0,80}\\bwherever you (?:get|listen to|find) your podcasts\\b' +
    '|catch all the\\b[^.!?]{0,120}?\\bnews\\b[^.!?]{0,80}?\\bon\\b' +
    '|download (?:the|our)\\b[^.!?]{0,30}?\\bapp\\b[^.!?]{0,60}?\\b(?:news|stories|updates|articles|alerts|forecasts?|headlines)\\b' +
    '|get (?:all|the latest|latest)\\b[^.!?]{0,40}?\\bnews in (?:hindi|english|marathi|bengali|bangla|tamil|telugu|gujarati|kannada|malayalam|punjabi|urdu|odia)\\b' +
    '|stay updated with us\\b' +
    // Session 35: Nexstar's stations' footer, "For the latest news, weather, sports, and streaming video, head to KTLA.";
    // an obituary host's or a funeral home's, "To plant trees in memory, please visit the Sympathy Store.", "To send
    // flowers to the family of Jane Doe, please visit our floral store."; a regional paper's ask ending in its sign-up,
    // "Don't miss the biggest and most important stories from Greater Manchester - sign up to our newsletter here."
    '|for the latest news, weather, sports,? and streaming video\\b' +
    '|to (?:send flowers|plant (?:a )?trees?)\\b[^.!?]{0,100}?\\bplease visit\\b' +
    '|[^.!?]{0,120}?\\bsign up (?:to|for) our\\b[^.!?]{0,40}?\\bnewsletters?(?: here| now| today)?[.!]?$' +
    '|thank you for (?:supporting|reading) (?:local |independent |our )?(?:journalism|news)\\b' +
    '|(?:this|the) (?:article|story) (?:was|is|has been) (?:read|narrated|voiced) (?:aloud )?(?:by|using|with) (?:an? )?(?:ai|artificial|automated|computer|synthetic)\\b' +
    '|listen to (?:this|the) (?:article|story)\\b[^.!?]{0,20}$' +
    '|letters? to the editor\\s*[:：—–-]\\s*(?:send|e-?mail|write|submit)\\b' +
    '|(?:send|e-?mail|submit) (?:us )?(?:a |your )?letters? to the editor\\b[^!?]{0,60}?@' +
    // An opinion page's call for op-eds, with where to send them (session 34): "The Banner welcomes your letters and op-eds. Submit them at …".
    '|[^.!?]{0,40}?\\bwelcomes? (?:your )?(?:letters|op-eds|opinion pieces|guest (?:columns|commentaries|essays))\\b[^!?]{0,80}?\\b(?:submit|send|e-?mail|write)\\b' +
    // Session 38: a link's call to click, no sentence (no full stop), as Fox News sets it between the paragraphs
    // ("CLICK HERE TO GET THE FOX NEWS APP") and sports sites under them ("Click here for more football headlines!");
    // "Click here to get more information or download this game." ends as a sentence, and a benchmark's gold keeps it.
    '|click here (?:to|for)\\b[^.?]{0,80}!?$)',
  'iu',
);

/**
 * A donation or membership box set between the paragraphs or under them: its button alone on its line
 * ("Donate now", "Become a member", "Jetzt spenden", "Faire un don"), its call ("Support independent
 * journalism", "Soutenez le journalisme indépendant", "Wesprzyj nas") and its ask ("Grist is a
 * nonprofit newsroom. Your gift today will be matched.", "If you value our reporting, please consider
 * a donation."). Grist's box had stayed between two answers of an interview. A story's sentence on
 * a charity's drive goes on past the ask ("Your donation will be matched by the Smith Foundation
 * until Friday"), opens with "Support for …" or names no journalism and no "us".
 */
const DONATION_BUTTON = new RegExp(
  '^(?:donate|donate here|donate to us|make a (?:donation|gift|contribution)|give (?:now|today)|contribute(?: now| today)?|become a (?:member|supporter|patron|sustaining member)' +
    '|jetzt (?:spenden|unterstützen|mitglied werden)|spenden sie jetzt|(?:faire|faites|je fais) un don|je (?:soutiens|donne)|devenez (?:membre|donateur)|dona (?:ahora|hoy|ora)|haz una donación|hazte (?:socio|miembro)' +
    '|doe (?:agora|hoje)|faça uma doação|seja (?:um )?(?:membro|apoiador)|fai una donazione|doneer(?: nu| vandaag)?|word (?:lid|donateur)|przekaż darowiznę|wesprzyj(?: nas)?|пожертвовать|підтримати)' +
    '(?: now| today| here| jetzt| maintenant| ahora| agora| ora| nu| teraz| сейчас| зараз)?\\s*[.!:→›»]*$',
  'iu',
);
/** The journalism a box asks to support, in the languages the project lists. */
const OUR_JOURNALISM = String.raw`(?:(?:independent|local|quality|nonprofit|non-profit|public[- ]service|fearless|trusted|our)\s+)?(?:journalism|reporting|newsroom|news|work|fact-checking)`;
/** The call alone in its sentence: "Wesprzyj nas, apelowali mieszkańcy" goes on as a story's. */
const DONATION_CALLS = [
  String.raw`support\s+(?:us|${OUR_JOURNALISM})`, String.raw`help\s+(?:us\s+)?(?:keep|fund|sustain|support)\s+(?:our\s+|this\s+)?(?:journalism|reporting|newsroom|work)`,
  'unterstützen sie (?:uns|(?:unabhängigen |unseren )?journalismus|unsere arbeit)', 'soutenez(?:-nous| le journalisme(?: indépendant)?| notre (?:journalisme|rédaction|travail))',
  'apoya(?: a)? (?:el periodismo(?: independiente)?|nuestro (?:periodismo|trabajo))', 'apoie o (?:nosso )?jornalismo(?: independente)?',
  "sostieni (?:il (?:nostro )?giornalismo(?: indipendente)?|l['’]informazione(?: libera)?|il nostro lavoro)", 'steun (?:ons|(?:onafhankelijke |onze )?journalistiek)',
  'wesprzyj (?:nas|niezależne dziennikarstwo)', 'поддержите (?:нас|независимую журналистику)', 'підтримайте (?:нас|незалежну журналістику)',
];
const DONATION_CALL = new RegExp(`^(?:${DONATION_CALLS.join('|')})\\s*(?:[.!:→›»]|$)`, 'iu');
/** The ask in a sentence of its own: a gift matched, a donation considered, readers' support relied on, "Support our work." closing the line. */
const DONATION_ASK = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:your (?:gift|donation|contribution)(?: today| now)? (?:will be|is|gets) (?:matched|doubled|tripled)(?: today)?[.!]?$` +
    String.raw`|(?:if you (?:value|like|enjoy|appreciate|rely on)[^.!?]{0,80}?,\s*)?(?:please )?consider (?:making )?(?:a (?:donation|gift|contribution)|donating|supporting (?:us|our (?:journalism|work|reporting)))\b` +
    String.raw`|we (?:rely|depend) on (?:readers|the generosity|donations|your (?:support|donations))\b|support (?:us|our (?:work|journalism|reporting|newsroom))[.!]?$)`,
  'iu',
);
const MAX_DONATION_WORDS = 40;
export const isDonationAppeal = (line: Line): boolean =>
  line.wordCount <= MAX_DONATION_WORDS && (DONATION_BUTTON.test(line.text) || DONATION_CALL.test(line.text) || DONATION_ASK.test(line.text));

/**
 * A donation box's heading naming the site ("Support Grist", "Soutenez Mediapart"), right over the
 * box's appeal with no blank line between: alone, "Support Ukraine" may head a story's section.
 */
const SUPPORT_SITE = /^(?:Support|Soutenez|Unterstützen Sie|Apoya|Apoie|Sostieni|Steun|Wesprzyj|Поддержите|Підтримайте)(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){1,3}$/u;
export const isDonationHeading = (line: Line, under: Line | undefined): boolean =>
  SUPPORT_SITE.test(line.text) && under !== undefined && under.number === line.number + 1 && isDonationAppeal(under);

/**
 * A sign-up box's bare button ("Subscribe", "Submit", "Join now", "Abonnieren", "Подписаться"): the
 * box's only when its prompt stands next to it (index.ts boxChrome).
 * Patch's "Subscribe" under "Enter your email" had stayed between two paragraphs; alone, a menu's
 * item is the menu's.
 */
const BOX_BUTTON =
  /^(?:subscribe(?: now| for free| today)?|sign me up|submit|join(?: now| today)?|go|abonnieren|jetzt abonnieren|anmelden|s['’]abonner|je m['’]abonne|s['’]inscrire|suscribirse|suscríbete|assinar|inscrever-se|iscriviti|abbonati|abonneren|aanmelden|subskrybuj|zapisz się|подписаться|підписатися)\s*[.!→›»]*$/iu;
export const isBoxButton = (line: Line): boolean => BOX_BUTTON.test(line.text);

/**
 * Kompas' prompt to follow it on a messenger ("Simak breaking news dan berita pilihan kami langsung di
 * ponselmu. … WhatsApp Channel : https://…. Pastikan kamu sudah install aplikasi WhatsApp ya."): with
 * the channel's address and the reminder it has 32 words, more than MAX_PROMPT_WORDS, and had stayed
 * as the last paragraph (session 34).
 */
const CHANNEL_PROMPT = /^simak breaking news\b/iu;

/**
 * A newsletter's or an aggregator's link to the whole story on the site, alone on its line: "Read more
 * at texastribune.org", "Read the full story at The Texas Tribune", "Continue reading on nytimes.com".
 * Between a newsletter's items it had stayed in the body. The site is a domain or a capitalised name:
 * "Read more at the council's website." is a sentence.
 */
const READ_MORE_AT =
  /^(?:read more|read (?:the )?(?:full|whole|entire) (?:story|article|report)|read the rest(?: of the (?:story|article))?|continue reading|keep reading|(?:the )?full (?:story|article))(?: here| online)? (?:at|on) (.+?)\s*[.!→›»]*$/iu;
const SITE_NAME = /^(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?|(?:The )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|and|&)){0,4})$/u;
const MAX_READ_MORE_AT_WORDS = 12;
const isReadMoreAt = (line: Line): boolean => {
  if (line.wordCount > MAX_READ_MORE_AT_WORDS) return false;
  const site = READ_MORE_AT.exec(line.text)?.[1];
  return site !== undefined && SITE_NAME.test(site);
};

/**
 * A sign-up prompt closing a line after a short sentence that leads up to it: "Want more Rolling Stone?
 * Sign up for our newsletter.", "Stay up to date with Ascom. Subscribe to our newsletter.", "Get the
 * latest updates right in your inbox. Subscribe to NJ.com's newsletters." Only a line's opening was
 * read, and these had stayed as the last paragraph or between two. At most MAX_LEAD_UP_WORDS words
 * before it, and not the prompt that the article goes on past an ad: a paragraph a scraper glued to
 * "Story continues below" is the story's.
 */
const LAST_SENTENCE = /^(.*[.!?]["'”’]?)\s+(\p{Lu}.*)$/u;
const MAX_LEAD_UP_WORDS = 12;
const isClosingPrompt = (line: Line): boolean => {
  if (line.wordCount > MAX_LEAD_UP_WORDS + MAX_PROMPT_WORDS) return false;
  const [, leadUp, last] = LAST_SENTENCE.exec(line.text) ?? [];
  if (leadUp === undefined || last === undefined || leadUp.split(/\s+/u).length > MAX_LEAD_UP_WORDS || ARTICLE_GOES_ON_LINE.test(last)) return false;
  return READING_PROMPT.test(last) || OTHER_LANGUAGE_PROMPT.test(last);
};

export const isReadingPrompt = (line: Line): boolean =>
  isReadMoreAt(line) ||
  isClosingPrompt(line) ||
  (line.wordCount <= MAX_PROMPT_WORDS && (READING_PROMPT.test(line.text) || OTHER_LANGUAGE_PROMPT.test(line.text))) ||
  (line.wordCount <= MAX_OFFER_PROMPT_WORDS && (OFFER_PROMPT.test(line.text) || PLUG_PROMPT.test(line.text) || CHANNEL_PROMPT.test(line.text)));

/**
 * A page's estimate of the reading time, alone on its line: "3 min read", "Reading time: 4 minutes",
 * and as sites in the languages the project lists word it ("Tempo de leitura: 2 minutos", "Lesezeit:
 * 3 Minuten", "Temps de lecture : 5 min", "Время чтения: 4 минуты"). Under the byline, with a
 * number and a full stop, it had been kept as the body's first line. The word for reading alone
 * ("Lecture 3 min.", "Lectura: 4 min", "Lettura 3 minuti") names a reading time only with minutes
 * after the number: "Lecture 3" is a course's heading.
 */
const NUMBER_OF = String.raw`(?:ca\.\s*|~\s*)?\d+(?:[-–]\d+)?\s*`;
const MINUTES = '(?:min|mins|minutes?|minuten|minutos|minuti|minut|мин|минуты?|минут)\\.?';
const READING_TIME = new RegExp(
  '^(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|durée de lecture|tiempo de lectura|tiempo estimado de lectura|tempo de leitura|tempo estimado de leitura|tempo di lettura|leestijd|leesduur|czas czytania|время чтения|время прочтения)\\s*[:：]?\\s*' +
    `${NUMBER_OF}\\p{L}*\\.?` +
    `|(?:read|reading|lecture|lectura|leitura|lettura|lesen|lezen)\\s*[:：]?\\s*${NUMBER_OF}${MINUTES}` +
    `|${NUMBER_OF}${MINUTES}\\s+(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|leestijd|leesduur|czytania|чтения))$`,
  'iu',
);
export const isReadingTime = (line: Line): boolean => line.wordCount <= 8 && READING_TIME.test(line.text);

/**
 * A headline cut off with two dots ("Council votes to close the old li.."), as boxes of other
 * stories shorten theirs: a sentence ends with one dot or an ellipsis of three, so the line read as
 * a short sentence and stayed (a Korean page kept three of them over its article). A long line so
 * cut is a teaser of the article itself, which gold texts keep.
 */
const CUT_OFF_HEADLINE = /[^.\s]\s?\.\.$/u;
const MAX_CUT_OFF_HEADLINE_WORDS = 12;
export const isCutOffHeadline = (line: Line): boolean => line.wordCount <= MAX_CUT_OFF_HEADLINE_WORDS && CUT_OFF_HEADLINE.test(line.text) && !/[.!?。！？]\s/u.test(line.text);

/**
 * How to cite the page, under the article: "Citation: Harbour ferry trial cuts emissions by half (2026,
 * December 4) retrieved 4 December 2026 from https://phys.org/news/…" (Phys.org and its sister sites,
 * with the copyright notice under it): it had been the last paragraph but one. It names the day the
 * page was retrieved and its address.
 */
const PAGE_CITATION = /^citation:.{10,400}?\bretrieved\b.{4,40}?\bfrom https?:\/\/\S+$/iu;
export const isPageCitation = (line: Line): boolean => PAGE_CITATION.test(line.text);

/**
 * A copyright notice: "© 2024 Daily Ledger. All rights reserved.", "Copyright 2024 Sports Daily Ltd",
 * and "All rights reserved" in the languages the project lists ("Alle Rechte vorbehalten", "Tous
 * droits réservés", "Все права защищены"): without a © such a notice under the last paragraph read
 * as its last sentence. Not a feature of the line model, whose weights were fitted without them.
 */
const OTHER_LANGUAGE_RIGHTS_RESERVED =
  /(?:^|[\s.,;©])(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|все права защищены|wszelkie prawa zastrzeżone)/iu;
export const isCopyrightNotice = (line: Line): boolean =>
  (line.wordCount <= 20 && OTHER_LANGUAGE_RIGHTS_RESERVED.test(line.text)) ||
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && SUBJECT_TO_COPYRIGHT.test(line.text)) ||
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && RIGHTS_NOTICE.test(line.text)) ||
  // What LONG_COPYRIGHT matches COPYRIGHT matches too: the guarded test rules most lines out of both.
  (line.wordCount <= MAX_LONG_NOTICE_WORDS && guardedTest(LITERAL_GUARDED.copyright, line.text) && (line.wordCount <= 20 || LONG_COPYRIGHT.test(line.text)));

/**
 * The holder a copyright notice names after its year: "© 2026 The Valley Tribune. All rights reserved.", "Copyright © 2008
 * The Canadian Press", "(c) 2008, The Miami Herald.", "©2008 The Sports Network". A year before it: "© Getty Images" under a
 * picture credits the picture.
 */
const COPYRIGHT_HOLDER = /^(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s+(.+?)[.,]?(?:\s+all rights reserved\.?)?$/iu;
/**
 * The outlet a copyright notice names (COPYRIGHT_HOLDER, outlets.ts isOutlet), else null: the site's own name, or the
 * agency's under its copy ("© 2008 AFP"). It is the article's source when no line gave one: a page whose only outlet
 * line was the notice under it had none. A publisher that is no outlet ("Acme Holdings Inc.") names none.
 */
export function copyrightOutlet(line: Line): string | null {
  const holder = line.wordCount <= 20 ? COPYRIGHT_HOLDER.exec(line.text)?.[1] : undefined;
  return holder !== undefined && isOutlet(holder) ? holder : null;
}

/**
 * A wire's notice with its terms of use: "Copyright 2025 The Associated Press. All rights reserved.
 * This material may not be published, broadcast, rewritten or redistributed without permission."
 * (23 words: it stayed at the end of syndicated AP stories).
 */
/**
 * A page's notice on itself with no © or "all rights reserved": "This document is subject to copyright.
 * Apart from any fair dealing … no part may be reproduced without the written permission." (Phys.org
 * and its sister sites, 37 words under every story: it had been the last paragraph.)
 */
const SUBJECT_TO_COPYRIGHT = /^(?:this|the) (?:document|article|story|material|content|page) is (?:subject to|protected by) copyright\b/iu;
const LONG_COPYRIGHT = /^(?:©|copyright\b|\(c\)\s*\d{4}).*\b(?:all rights reserved|may not be (?:published|reproduced|redistributed))\b/iu;
const MAX_LONG_NOTICE_WORDS = 40;
/**
 * A rights notice without a © or "copyright": "Redistribution, republication, syndication, rewriting or
 * broadcast is expressly prohibited without the prior written consent of AHN.", "No part of this
 * article may be reproduced without written permission." Under a row of reader tools it had been the
 * article's last paragraph. It ends on the prior or written consent (and whose): a story's sentence
 * ("Reproduction of the paintings is prohibited without permission of the estate, the court ruled.")
 * names no written consent, or goes on after it.
 */
const RIGHTS_NOTICE =
  /^(?:(?:Any\s+)?(?:[Uu]nauthori[sz]ed\s+)?(?:Redistribution|Reproduction|Republication|Retransmission|Distribution|Copying|Reuse|Unauthori[sz]ed)\b|No part of this\b).{0,160}?\bwithout\s+(?:the\s+)?(?:(?:prior|express|explicit)\s+)*(?:written\s+)?(?<=(?:prior|written)\s+)(?:consent|permission)(?:\s+(?:of|from)\s+(?:the\s+)?(?:publisher|copyright (?:holder|owner)|\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,4}))?(?:\s+(?:is|are)\s+(?:strictly\s+|expressly\s+)?prohibited)?\.?$/u;

/**
 * The heading of a write-up's references or notes, alone on its line, in the languages the cleaner
 * knows: "References", "Sources:", "Notes", "Einzelnachweise", "Références", "Fuentes", "Fontes",
 * "Fonti", "Bronnen", "Источники".
 */
const REFERENCES_HEADING = new RegExp(
  '^(?:references|sources|notes|footnotes|endnotes|bibliography|citations|works cited|' +
    'quellen|quellenangaben|einzelnachweise|anmerkungen|literatur|références|bibliographie|referencias|fuentes|notas|bibliografía|' +
    'referências|fontes|bibliografia|note|fonti|riferimenti|bronnen|noten|referenties|literatuur|источники|примечания|литература)\\s*[:：]?$',
  'iu',
);
export const isReferencesHeading = (line: Line): boolean => REFERENCES_HEADING.test(line.text);
/** A numbered reference or note: "1. Hughes, T. P. et al. (2018) …", "[2] Data from …", "3) …", "^ …", "¹ …" (a superscript mark, as NOTE_MARK). */
const NUMBERED_REFERENCE = /^(?:\[\d{1,3}\]|\d{1,3}[.)]|\^|[¹²³⁰⁴-⁹]{1,3})\s*\S/u;
export const isNumberedReference = (line: Line): boolean => NUMBERED_REFERENCE.test(line.text);
/**
 * The mark opening a note, in brackets or superscript as a text cites it: "[2] Data from …" gives
 * "[2]", a newsletter's "² Council papers …" gives "²" (its text cites "…the pumps.²").
 */
const NOTE_MARK = /^(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]{1,3})(?=\s*\S)/u;
export const noteMark = (line: Line): string | undefined => NOTE_MARK.exec(line.text)?.[0];

/**
 * An author's bio under the article: a name (two to four capitalised words), "is" in the languages
 * the cleaner knows, and a newsroom role within a few words ("Jane Doe is a reporter covering city
 * hall … Follow her on X", "Anna Schmidt ist Redakteurin im Ressort Lokales", "Marie Dupont est
 * journaliste", "Ana Souza é repórter", "Luca Rossi è giornalista", "Jan de Vries is verslaggever").
 * Prose, the line model had kept it as the article's last paragraph. Not a source's role
 * ("an analyst at …"): the roles are the newsroom's. Also a name or "The author" with the verb of
 * a beat ("covers", "writes about", "reports on"), and "The author is a … at/of <Name>" (an op-ed
 * writer's post elsewhere): these notes had stayed as the last paragraph (session 24).
 */
export const BIO_NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|de|da|van|von|der|den|di|del|dos|le|la)){1,3}";
/** "The author", "The writer": an op-ed's note on who wrote it. */
const THE_AUTHOR = '[Tt]he (?:author|writer)s?';
const AUTHOR_BIO = new RegExp(
  `^[-–—*_\\s]*(?:(?:${BIO_NAME}|${THE_AUTHOR})\\s+(?:is|ist|est|es|é|è)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,4}?` +
    '(?:reporter|correspondent|journalist|columnist|(?:staff|senior|freelance|contributing) writer|editor|contributor|' +
    '[Rr]edakteur(?:in)?|[Kk]orrespondent(?:in)?|[Rr]eporter(?:in)?|[Jj]ournalist(?:in|e)?|[Kk]olumnist(?:in)?|' +
    'journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|' +
    'periodista|redactor(?:a)?|corresponsal|reporter(?:o|a)|columnista|editor(?:a)?|' +
    'jornalista|repórter|redator(?:a)?|correspondente|colunista|' +
    'giornalista|redatt(?:ore|rice)|corrispondente|inviat(?:o|a)|editorialista|' +
    'verslaggever|redacteur|correspondent)(?![\\p{L}])' +
    // What a writer covers: "Maria Silva covers climate …", "Jane Doe writes about technology", "… reports on courts".
    `|(?:${BIO_NAME}|${THE_AUTHOR})\\s+(?:covers|writes (?:about|on|for)|reports (?:on|for|from))\\s` +
    // The note's subject by where it works, not by a newsroom role: "The author is a professor of economics at the University of …".
    `|${THE_AUTHOR}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){1,5}?(?:at|of|with|for)\\s+(?:the\\s+)?\\p{Lu})`,
  'u',
);
const MAX_AUTHOR_BIO_WORDS = 70;
export const isAuthorBio = (line: Line): boolean => line.wordCount <= MAX_AUTHOR_BIO_WORDS && AUTHOR_BIO.test(line.text);

/**
 * An author's contact details under the article, a name and an e-mail address: "Contact Dan Ellis at
 * dellis@example.com. Follow him on X @dellis.", "Reach …", "Email Tom Okafor at …", "Jane Doe can be
 * reached at jdoe@…", "Claire Withycombe: cwithycombe@…; Claire Withycombe covers education …". US
 * papers close every story so; it had stayed as the last paragraph. A name (capitalised words), not
 * "the harbour office", and an address: "The Red Cross can be reached at 1-800-…" is a notice's text.
 */
const AUTHOR_CONTACT = new RegExp(
  String.raw`^(?:(?:Contact|Reach|Email|E-mail)\s+${BIO_NAME}\s+at:?\s+\S+@|${BIO_NAME}\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+at:?\s+\S+@|${BIO_NAME}:\s*\S+@)`,
  'u',
);
const MAX_AUTHOR_CONTACT_WORDS = 40;
export const isAuthorContact = (line: Line): boolean => line.wordCount <= MAX_AUTHOR_CONTACT_WORDS && AUTHOR_CONTACT.test(line.text);

/** What parts the names of a byline's authors ("Jane Doe and John Roe", "Jane Doe, Health Reporter"). */
const BYLINE_PARTS = /,|&|\band\b/u;
/** What follows an author's name in a note on them: "is a", "was the". */
const NOTE_AFTER_NAME = /^\s+(?:is|was)\s+(?:a|an|the)\s/u;

/**
 * A note on the article's own author by a name of its byline (two words or more): "<name> is a …",
 * "<name> was the …", at most MAX_AUTHOR_BIO_WORDS. An opinion writer's note names a post no
 * newsroom role of AUTHOR_BIO is ("Rachel Ndlovu is a transport writer and former highways
 * engineer."), and stayed as the column's last paragraph; one about anyone else names another person.
 */
export function isBylineBio(line: Line, byline: string | null): boolean {
  if (!byline || line.wordCount > MAX_AUTHOR_BIO_WORDS) return false;
  return byline.split(BYLINE_PARTS).some((part) => {
    const name = part.trim();
    return name.includes(' ') && line.text.startsWith(name) && NOTE_AFTER_NAME.test(line.text.slice(name.length));
  });
}

/**
 * An author's note in the shape an opinion column sets it between the byline and the first
 * paragraph: a name, "is" or "was", a post at, of, with, for or to a capitalised body, one sentence
 * ("Helen Marsh is a professor of environmental economics at Northvale University and the author of
 * The Cost of Water."). A news lede can open the same way; a relative clause, a report's verb or a
 * time of the story ("… who warned the council for years, and on Tuesday …") makes it one.
 */
const AUTHOR_NOTE = new RegExp(`^${BIO_NAME}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,5}?(?:at|of|with|for|to)\\s+(?:the\\s+)?\\p{Lu}`, 'u');
const STORY_TELLING =
  /\b(?:who|whom|whose|which|when|where|while|until|since|after|before|but|said|says|told|yesterday|today|tonight|ago|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[.!?]["'”’)]*\s+\S/u;
const MAX_AUTHOR_NOTE_WORDS = 50;
export const isAuthorNoteShape = (line: Line): boolean =>
  line.wordCount <= MAX_AUTHOR_NOTE_WORDS && AUTHOR_NOTE.test(line.text) && !STORY_TELLING.test(line.text);

/**
 * Share and follow links: "Share this page", "Share on Facebook", "Follow us on Twitter and Facebook",
 * and the same buttons in the languages the project lists: "Partager sur Facebook", "Teilen",
 * "Compartilhe", "Condividi", "Поделиться", "Suivez-nous", "Folgen Sie uns", "Síguenos", "シェア", "分享"; since
 * session 34 "Följ oss", "Sledujte nás", "Urmărește-ne", "Bizi takip edin", "Ikuti kami di …", "تابع … على:".
 * Their words end at a space or the line's end: `\b` knows ASCII letters only.
 */
const FOLLOW = String.raw`follow\s+(?:us|me|him|her|them)\b.*|(?:suivez-nous|suivez nous|suivez-(?:le|la)|folgen sie (?:uns|ihr|ihm)|folge uns|síguenos|síguel[oa]|siga-nos|sigam-nos|siga-[oa]|seguici|seguil[oa]|volg ons|volg (?:hem|haar)|подписывайтесь|obserwuj nas|bizi takip edin|följ oss|sledujte nás|urmăre[șş]te-ne)(?:\s.*)?`
  // Indonesian "follow us on …"; Arabic "follow … on" with the network after it or none (Al Jazeera's "تابع الجزيرة نت على:").
  + String.raw`|ikuti kami(?:\s+di\s.*)?|تابع(?:وا|ونا|نا)?(?:\s+\S+){0,3}\s+على\s*:?`;
/** The share button's word in the languages the project lists besides English's "share". */
const OTHER_LANGUAGE_SHARE = '(?:partager|partagez|teilen|compartir|comparte|compartilhar|compartilhe|partilhar|condividi|delen|deel|поделиться|udostępnij|シェア|シェアする|分享|공유|공유하기)';
const SHARE_OR_FOLLOW = new RegExp(
  '^(?:share(?:\\s+(?:this|on|via)\\b.*)?' +
    `|${OTHER_LANGUAGE_SHARE}(?:\\s+(?:sur|auf|per|via|en|no|na|em|su|op|в|на|cet article|diesen artikel|este artigo|esta notícia|esta noticia|questo articolo)(?:\\s.*)?|\\s*[:：]?)` +
    `|${FOLLOW})$`,
  'iu',
);
const MAX_SHARE_OR_FOLLOW_WORDS = 8;
export const isShareOrFollow = (line: Line): boolean => line.wordCount <= MAX_SHARE_OR_FOLLOW_WORDS && !line.endsWithSentencePunctuation && SHARE_OR_FOLLOW.test(line.text);
/**
 * A follow link alone ("Follow Us", "Follow us on X", "Folgen Sie uns"), wherever it stands: under a
 * page's header it had opened the article's block, its first paragraph (the s32 tester's Amar
 * Ujala page); so with a colon over the network buttons the scraper did not keep ("Follow us on:",
 * "تابع الجزيرة نت على:", over Al Jazeera's article its first paragraph).
 */
const FOLLOW_LINK = new RegExp(`^(?:${FOLLOW})$`, 'iu');
/**
 * An author's plug written as sentences, the networks only, then a "check out my …" sentence or none:
 * Forbes' contributors close with "Follow me on Twitter or LinkedIn. Check out my website." FOLLOW_LINK
 * wants no full stop, and it had been the article's last paragraph (session 37).
 */
const FOLLOW_PLUG = new RegExp(
  String.raw`^follow (?:me|us) on ${SOCIAL_NETWORK}(?:(?:,|,?\s+or|,?\s+and)\s+${SOCIAL_NETWORK})*[.!](?:\s+check out my (?:website|blog|books?|podcast|newsletter|other work)\b[^.!?]{0,60}[.!])?$`,
  'iu',
);
export const isFollowLink = (line: Line): boolean =>
  (line.wordCount <= MAX_SHARE_OR_FOLLOW_WORDS && !line.endsWithSentencePunctuation && FOLLOW_LINK.test(line.text)) || FOLLOW_PLUG.test(line.text);
/**
 * A bare share button alone on its line ("Share", "Share:", "Teilen", "Partager"), wherever it stands:
 * ABC News (Australia) sets "Share" under its key points box, which the cleaner keeps as the article's
 * opening, and it had stayed between the box and the first paragraph. Until session 36 it was taken
 * after the article only (isShareOrFollow), as a heading it might be; no line of either benchmark's
 * gold is one, of their raw pages 24 are. Since session 37 with the network's place left out, "Share
 * via :", "Share on", and the label over the buttons, "Share this:" (Dinamani's "Share Via :" under its
 * byline had been the article's first paragraph); "Share this article" alone may be a heading.
 */
const SHARE_BUTTON = new RegExp(`^(?:share(?:\\s+(?:via|on)|\\s+this\\s*(?=[:：]))?|${OTHER_LANGUAGE_SHARE})\\s*[:：]?$`, 'iu');
export const isShareButton = (line: Line): boolean => SHARE_BUTTON.test(line.text);

/**
 * A link to the article in another language, each as its own language words it, one or several on a
 * line, joined by nothing, a space or a bar: the New York Times' "阅读简体中文版閱讀繁體中文版" under its
 * byline, "Leer en español", "Read in English", "Lire en français", "Auf Deutsch lesen", "Ler em
 * português", "English version", "Versión en español". They had been the body's first paragraph. A
 * sentence goes on past the language ("Read in English, the letter says …").
 */
const LANGUAGE_NAMES = String.raw`(?:simplified |traditional )?(?:english|spanish|french|german|portuguese|italian|chinese|japanese|korean|russian|ukrainian|arabic|hindi|turkish|dutch|polish|vietnamese)`;
const EDITION_LINK =
  String.raw`(?:(?:read|view)(?: (?:this|the) (?:article|story|page))? in ${LANGUAGE_NAMES}|${LANGUAGE_NAMES} version` +
  String.raw`|(?:leer|lee|lea|léalo|léelo)(?: (?:este artículo|esta nota|la nota))? en (?:español|inglés|portugués|francés)|versión en (?:español|inglés)` +
  String.raw`|lire(?: cet article)? en (?:français|anglais|espagnol|allemand)|version (?:française|anglaise|espagnole)` +
  String.raw`|(?:ler|leia)(?: esta (?:matéria|reportagem|notícia))? em (?:português|inglês|espanhol)|versão em (?:português|inglês)` +
  String.raw`|(?:auf (?:deutsch|englisch) lesen|(?:lesen sie )?(?:diesen artikel )?auf (?:deutsch|englisch)|deutsche version|englische version)` +
  String.raw`|leggi (?:l['’]articolo )?in (?:italiano|inglese)|читать на (?:русском|английском|украинском)(?: языке)?|читати (?:українською|англійською)` +
  String.raw`|(?:阅读|閱讀)(?:简体|簡體|繁体|繁體)中文版|英文版|한국어로 읽기|영어로 읽기|日本語で読む|英語で読む)`;
const LANGUAGE_EDITION_LINKS = new RegExp(`^${EDITION_LINK}(?:\\s*[|/·•]?\\s*${EDITION_LINK})*$`, 'iu');
export const isLanguageEditionLink = (line: Line): boolean => line.wordCount <= MAX_SHARE_OR_FOLLOW_WORDS * 2 && LANGUAGE_EDITION_LINKS.test(line.text);

/**
 * The names of the networks and actions a page's share buttons carry, in any language's page: a row
 * of them ("Whatsapp   Facebook   Pint   Baixar", "Facebook Twitter E-mail") is the buttons' text,
 * wherever it stands. Between a page's paragraphs the line model had kept them in the body.
 */
const SHARE_BUTTON_NAMES = new Set([
  'facebook', 'twitter', 'whatsapp', 'telegram', 'pinterest', 'pin', 'pint', 'linkedin', 'reddit', 'tumblr', 'email', 'e-mail', 'mail', 'print', 'messenger',
  'vk', 'vkontakte', 'вконтакте', 'одноклассники', 'weibo', 'wechat', 'qq', 'kakaotalk', 'flipboard', 'pocket', 'tweet', 'sms', 'threads', 'bluesky', 'xing', 'viber',
]);
const MAX_SHARE_ROW_WORDS = 8;
export function isShareButtonRow(line: Line): boolean {
  if (line.wordCount > MAX_SHARE_ROW_WORDS || line.endsWithSentencePunctuation) return false;
  const words = line.text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  const names = words.filter((word) => SHARE_BUTTON_NAMES.has(word)).length;
  return names >= 2 && 2 * names >= words.length;
}

/** What a reader tool acts on: "this article", "the story". */
const TOOL_OBJECT = String.raw`(?:this\s+|the\s+)?(?:article|story|page|post)`;
/** A reader tool's button whose label says what it does: "Listen to article 4 min", "Save article", "Copy link", "Text size A A A". */
const NAMED_TOOLS = [
  String.raw`(?:text|font)\s+size(?:\s+A[-+]?){0,3}`,
  String.raw`(?:increase|decrease|change|adjust|reset)\s+(?:the\s+)?(?:text|font)(?:\s+size)?`,
  String.raw`listen(?:\s+to\s+${TOOL_OBJECT})?\s*[:(]?\s*${NUMBER_OF}${MINUTES}\)?`,
  String.raw`listen\s+to\s+${TOOL_OBJECT}`,
  String.raw`(?:save|bookmark)\s+(?:${TOOL_OBJECT}|for\s+later|to\s+(?:my\s+)?(?:reading\s+)?list)`,
  // A save button's prompt to a reader not logged in: NBC's "Create your free profile or log in to save
  // this article" under the byline had been the title once the caption under the buttons went.
  String.raw`(?:create\s+(?:a|your)\s+free\s+(?:profile|account)\s+or\s+)?(?:log|sign)\s+in\s+to\s+(?:save|bookmark)\s+${TOOL_OBJECT}`,
  String.raw`copy(?:\s+the)?\s+link(?:\s+to\s+clipboard)?`,
  String.raw`link\s+copied`,
  String.raw`(?:gift|give)\s+${TOOL_OBJECT}`,
  // A picture's licensing button, with what a screen reader says of its link: Reuters' "Purchase Licensing
  // Rights, opens new tab" under each caption had stayed between a photo essay's paragraphs.
  String.raw`(?:purchase|request)\s+licensing\s+rights(?:,?\s+opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window))?`,
  String.raw`(?:print|e-?mail)\s+${TOOL_OBJECT}`,
  // "Share this article" alone is isShareOrFollow's, after the article.
  String.raw`share\s+full\s+${TOOL_OBJECT}`,
  // A broadcast page's buttons over and under its transcript: "Read the Full Transcript", "Watch the Full Episode".
  String.raw`(?:read|view|show|hide|see|download)\s+(?:the\s+)?(?:full\s+)?transcript`,
  String.raw`(?:watch|listen\s+to)\s+(?:this|the)\s+(?:full\s+)?(?:segment|episode)`,
];
/** A button's bare word: a tool only in a row of tools ("Print | Email | Share"); alone, "Print" or "Save" may be a heading. */
const BARE_TOOLS = ['print', 'e-?mail', 'share', 'save', 'saved', 'listen', String.raw`comments?\s*\(\d+\)`, String.raw`\d+\s+comments?`, String.raw`A[-+]?(?:\s+A[-+]?){1,2}`];
const TOOL = `(?:${[...NAMED_TOOLS, ...BARE_TOOLS].join('|')})`;
const READER_TOOLS = new RegExp(String.raw`^(?:(?:${NAMED_TOOLS.join('|')})|${TOOL}(?:\s*[|·•]?\s*${TOOL}){1,5})$`, 'iu');
const BARE_TOOL = new RegExp(`^(?:${BARE_TOOLS.join('|')})$`, 'iu');
/**
 * A reader tool's bare button alone on its line ("Share", "Save", "Print"): no tool by itself (it may
 * head a section), but the BBC sets "Share" and "Save" between the story's age and the author's name
 * (header.ts headerName crosses them).
 */
export const isToolButton = (line: Line): boolean => BARE_TOOL.test(line.text);
const MAX_READER_TOOL_WORDS = 12;

/**
 * A row of the page's reader tools, in its header or under the text: "Text size A A A", "Listen to
 * article 4 min", "Save article", "Copy link", "Gift this article", "Print | Email | Share". Between
 * two paragraphs, "Copy link" and "Font size" had cut the article off there (the paragraph after them
 * went as page text after the article); over the byline they were page text, a title candidate.
 */
export const isReaderTools = (line: Line): boolean => line.wordCount <= MAX_READER_TOOL_WORDS && !line.endsWithSentencePunctuation && READER_TOOLS.test(line.text);

/**
 * A link to the outlet's editorial standards: "Our Standards: The Thomson Reuters Trust
 * Principles." (Reuters pages end with it, under the wire credit), "Editorial Guidelines",
 * "Editorial Ethics and Guidelines". The label alone or before a colon: "Our standards have
 * slipped, the minister said." is a sentence.
 */
const STANDARDS_LINK = /^(?:our|editorial)(?:\s+editorial)?\s+(?:standards|principles|guidelines|policy|policies|ethics)(?:\s+(?:and|&)\s+(?:standards|principles|guidelines|policy|policies|ethics))?\s*(?::.*|\.?)$/iu;
const MAX_STANDARDS_LINK_WORDS = 12;

export const isStandardsLink = (line: Line): boolean => line.wordCount <= MAX_STANDARDS_LINK_WORDS && STANDARDS_LINK.test(line.text);

/**
 * A script or style element a scraper left in the text ("<script>window.dataLayer = …</script>",
 * "<style>.ad { … }</style>", an opening or closing tag alone): code, never text. Headline-shaped,
 * it had been "unrelated headline after the article" or a weak line of the block.
 */
const SCRIPT_OR_STYLE = /^<(?:script|style|noscript)\b[^>]*>|<\/(?:script|style|noscript)>$/iu;
export const isScriptOrStyle = (line: Line): boolean => line.text.includes('<') && SCRIPT_OR_STYLE.test(line.text);
/**
 * A script or style element ending a line of text, which is group 1 (a line it opens is script
 * code). The element holds no closing tag of its kind, so text between two elements stays.
 */
export const TRAILING_SCRIPT_OR_STYLE = /^(?!<(?:script|style|noscript)\b)(.*?\S)\s*(<(script|style|noscript)\b[^>]*>(?:(?!<\/\3>).)*<\/\3>)$/iu;

/**
 * A row of a data table: a market wrap's "FTSE 100 7,612.4 +0.3%" or "S&P 500 | 5,051.41 | -45.86 |
 * -0.90%", a header row over such rows ("Index | Close | Change | % Change"). Weak by every line
 * feature, rows were removed as "list of links or tags (separator characters)" or "no sentence
 * punctuation", which says nothing of what they are. Cells are split at pipes when the row has
 * them, else at runs of two spaces or more (a table set in columns: "FTSE 100    7,612.4   +0.3%",
 * or by tabs, which ingest gives as two spaces: ingest/normalise.ts spacedTabs) when those make three cells,
 * else at spaces; a row ends with two figures or more. A header row ("Index    Close    Change")
 * has as many cells as a row next to it, split so too, or, in a pipe table, as its rule under it.
 */
export function isDataTableRow(lines: readonly Line[], i: number): boolean {
  const cells = tableCells(lines[i]!);
  if (!cells) return false;
  if (endsWithFigures(cells)) return true;
  if (!CELL_SEPARATOR.test(lines[i]!.text) && !SPACED_CELLS.test(lines[i]!.text)) return false;
  const nextToRow = [lines[i - 1], lines[i + 1]].some((line) => {
    const other = line ? tableCells(line) : null;
    return other !== null && other.length === cells.length && endsWithFigures(other);
  });
  // A pipe table's head stands over its rule ("| Team | P | W |" over "|---|---|---|"), the rule over the rows.
  const next = lines[i + 1];
  return nextToRow || (next !== undefined && PIPE_RULE.test(next.text) && tableCells(next)?.length === cells.length && isDataTableRow(lines, i + 1));
}

/**
 * An item of a bulleted list: "- Phase one: playground", "• Pension relief", "+ Comfortable for long
 * flights", "✓ Waterproof". The one definition the cleaner uses. A hyphen, star, plus sign, en dash
 * or middle dot opens other lines too ("-5 degrees", "*Correction", "+3%"), so a space must follow
 * it; a bullet glyph needs none ("•Pension relief", as pages are often copied). Numbered lines are
 * not items here: "1. FC Köln beat Bayern" is a headline, a listicle's "1. The hills…" a heading.
 */
const BULLETED_ITEM = /^(?:[-+*–·]\s+|[•‣◦▪✓✔]\s*)\S/u;
export const isBulletedItem = (text: string): boolean => BULLETED_ITEM.test(text);

/** A line of a pipe (Markdown) table, its head, rule or a row: "| Name | Cost |", "|---|---|". */
export const isPipeTableLine = (line: Line): boolean => /^\|.*\|$/u.test(line.text);

/** A pipe table's rule under its head: "|---|---|", "| :--- | ---: |". */
const PIPE_RULE = /^\|(?:\s*:?-+:?\s*\|)+$/u;
/** A pipe table's rule under its head ("|---|---|"): no text of the table's. */
export const isPipeRule = (line: Line): boolean => PIPE_RULE.test(line.text);

const CELL_SEPARATOR = /\|/u;
/** Cells set apart by runs of spaces, as a table in columns is copied from a page. */
const SPACED_CELLS = /\S {2,}\S/u;
/**
 * A table's figure: a number with its sign, currency and unit, which a results table writes apart too
 * ("$66.0 bln", "1.2 million", "3.1 pct"): with the unit so set, an earnings story's rows had been no
 * table's and were dropped from its body ("list of links or tags (separator characters)"). A change in
 * cents or pence ("-3c", "+1.5c", "139.7p", "5¢") too: a fuel price table's last column had made none
 * of its rows a table's, and the table the article's prose frames was removed (tablesInProse).
 */
const FIGURE = /^[-+−–]?[$€£¥]?\d[\d,.]*(?:[cp¢]|\s?(?:%|pct|bps|[kmb]n?|bln|mln|trn|million|billion|trillion))?$/iu;
const MAX_ROW_CELLS = 12;
/** Words in a row of MAX_ROW_CELLS cells at most: longer lines (a paragraph, a 1 MB line) are not split. */
const MAX_ROW_WORDS = 40;

/** A pipe between cells with its spaces; a match starts only after a non-space, or a run of spaces costs quadratic time (metadata.ts METADATA_PARTS). */
const PIPE_CELL_SEPARATOR = /(?<!\s)\s*\|\s*/u;

/** The cells of a line that may be a table row (3 to MAX_ROW_CELLS cells, no closing full stop); null otherwise. */
function tableCells(line: Line): string[] | null {
  if (line.endsWithSentencePunctuation || line.wordCount > MAX_ROW_WORDS) return null;
  const spaced = !CELL_SEPARATOR.test(line.text) && SPACED_CELLS.test(line.text) ? line.text.split(/ {2,}/u).filter(Boolean) : null;
  const cells = spaced && spaced.length >= 3 ? spaced : line.text.split(CELL_SEPARATOR.test(line.text) ? PIPE_CELL_SEPARATOR : /\s+/u).filter(Boolean);
  return cells.length >= 3 && cells.length <= MAX_ROW_CELLS ? cells : null;
}

const endsWithFigures = (cells: readonly string[]): boolean => FIGURE.test(cells[cells.length - 1]!) && FIGURE.test(cells[cells.length - 2]!);

/** A line that reads as running prose: long enough, punctuated, with function words. */
export function isProse(line: Line): boolean {
  if (line.wordCount >= 8 && line.endsWithSentencePunctuation) return true;
  return line.wordCount >= 20 && line.stopwordShare >= 0.2;
}

/** Words in a short sentence: fewer than isProse's eight, more than a label's "See below." */
const SHORT_SENTENCE_WORDS = { min: 4, max: 7 };

/**
 * A sentence of running text under isProse's eight words: a capital first, a full stop last, and
 * most words in lower case (a headline or a title-case notice has them capitalised).
 */
export function isShortSentence(line: Line): boolean {
  return (
    line.wordCount >= SHORT_SENTENCE_WORDS.min &&
    line.wordCount <= SHORT_SENTENCE_WORDS.max &&
    /^\p{Lu}/u.test(line.text) &&
    /\.["'”’)]*$/u.test(line.text) &&
    line.titleCaseShare <= 0.34
  );
}

const SEPARATORS = /\s[|•·»›]\s|\s[|•·»›]$|^[|•·»›]\s/gu;
/** Whether a line's words are parted by a menu's or breadcrumb's separators ("News | Opinion | Sport", "Home » Security »"). */
export const hasSeparators = (line: Line): boolean => line.text.match(SEPARATORS) !== null;
const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\.\S|\S@\S+\.\p{L}{2,}/iu;
// A comments section starts with a short heading like "5 comments", "Leave a reply", "[ 167 comments ]",
// "Top rated comments", "Join the conversation", "Kommentare (3)": a few leading words, then the comments word.
const COMMENTS_HEADING = new RegExp(
  '^[\\[(]?\\s*(?:\\d+\\s+)?(?:(?:log|sign)\\s+in\\s+to\\s+)?(?:(?:top|most|rated|recent|newest|latest|reader|readers|add|leave|post|show|view|read|all|join|the|a|your|our)\\s+){0,3}' +
    '(?:comments?|replies|reply|responses|discussion|conversation|reactions|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|комментарии)(?![\\p{L}\\p{N}])',
  'iu',
);
/** A heading of the comments section, or a link to it: "5 comments", "Comments (4)", "Join the conversation", "Log in to comment". */
export const isCommentsHeading = (line: Line): boolean => line.wordCount <= 6 && !line.endsWithSentencePunctuation && COMMENTS_HEADING.test(line.text);
/**
 * A link to the comments in a shape no subheading or sentence has: the comments word with a count or
 * a verb, or plural alone ("Comments (12)", "12 Comments", "View comments", "Leave a comment",
 * "Kommentare (3)"). Set between the paragraphs, where it opens no comments section
 * (opensCommentsSection), it had stayed in the body as a paragraph. Not "Discussion" or "Reactions"
 * (a report's own subheadings), nor the singular alone, a paper's opinion section ("Comment").
 */
const COMMENTS_LINK = /^[\[(]?\s*(?:\d+\s+)?(?:(?:view|show|read|see|add|leave|post|write|all)\s+(?:(?:a|the|all|your)\s+)?)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|комментарии)\s*(?:\(\s*\d+\s*\)|\d+)?\s*[\])]?$/iu;
const OPINION_SECTION = /^(?:comment|kommentar|commentaire|comentario|comentário)$/iu;
export const isCommentsLink = (line: Line): boolean => COMMENTS_LINK.test(line.text) && !OPINION_SECTION.test(line.text);
// A page's notice that its comments are closed, set under the last paragraph as a sentence: "Comments
// are closed on this article.", "Commenting has been disabled.", "This story is closed for comments."
// Its full stop kept it from the comments headings, and it had stayed as the article's last paragraph.
const COMMENTS_CLOSED_WHERE = String.raw`(?:\s+(?:on|for|to)\s+(?:this|the)\s+(?:article|story|post|page))?`;
const COMMENTS_CLOSED = new RegExp(
  String.raw`^(?:(?:(?:the\s+)?comments?(?:\s+section)?|commenting)${COMMENTS_CLOSED_WHERE}\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)${COMMENTS_CLOSED_WHERE}` +
    String.raw`|(?:this|the)\s+(?:article|story|post|discussion)\s+is\s+(?:now\s+)?closed\s+(?:for|to)\s+(?:comments?|commenting))\s*[.!]?$`,
  'iu',
);
const COMMENTS_CLOSED_MAX_WORDS = 10;
/** A notice that the page takes no more comments: "Comments are closed on this article." */
export const isCommentsClosedNotice = (line: Line): boolean => line.wordCount <= COMMENTS_CLOSED_MAX_WORDS && COMMENTS_CLOSED.test(line.text);
/**
 * A letters page's rules for sending one, under the last letter: "Letters should be no more than 200
 * words and include your full name, address and phone number.", "Letters may be edited for length
 * and clarity." A sentence, it had stayed as the last letter's paragraph. Letters, then what they
 * should or may be, and a rule's words (a word limit, the writer's name or address, editing,
 * anonymity): "Letters should reach the council by Friday, the clerk said." is a story's.
 */
const LETTER_RULES = /^(?:letters|submissions)(?: to the editor)? (?:should|must|may|will|can|are)(?: not)?\b[^.!?]*?\b(?:\d+ words|(?:full )?names?|(?:home |e-?mail )?address|edited|anonymous|length)\b/iu;
const LETTER_RULES_MAX_WORDS = 40;
/** A letters page's rules for sending one ("Letters should be no more than 200 words …"). */
export const isLetterRules = (line: Line): boolean => line.wordCount <= LETTER_RULES_MAX_WORDS && LETTER_RULES.test(line.text);
/**
 * A newsletter's sign-off under its last item, a line of nothing but its farewells: "Thanks for
 * reading. See you Monday.", "That's all for today.", "Have a great weekend!", "Until tomorrow."
 * Short sentences with a full stop, it had stayed as the briefing's last paragraph. Only words that
 * take leave, each sentence whole: "Thanks for reading the report, the minister said." is a story's.
 */
const DAY = String.raw`(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:week|time|month|year)|then|soon|later|in the new year)`;
const FAREWELL = String.raw`(?:(?:and )?(?:many )?(?:thanks?|thank you)(?: (?:so|very) much)?(?: as always)? for (?:reading|joining us|being here|your time)` +
  String.raw`|(?:and )?(?:we(?:['’]ll)? |I(?:['’]ll)? )?(?:see|talk to|speak to) you ${DAY}|(?:and )?until ${DAY}|(?:that['’]s|that is) (?:all|it) for (?:today|now|this (?:week|morning|evening|edition))` +
  String.raw`|(?:and )?(?:have|enjoy) (?:a|your) (?:great|good|nice|lovely|wonderful|safe|restful|happy) (?:day|weekend|week|evening|holiday|holidays|${DAY}))`;
const SIGN_OFF = new RegExp(String.raw`^(?:${FAREWELL}\s*[.!,]\s*)+$`, 'iu');
const SIGN_OFF_MAX_WORDS = 16;
/** A newsletter's sign-off: a line of farewells alone ("Thanks for reading. See you Monday."). */
export const isNewsletterSignOff = (line: Line): boolean => line.wordCount <= SIGN_OFF_MAX_WORDS && SIGN_OFF.test(line.text);
const COMMENT_SIGNATURE = /^[—–-]*\s*posted by\b|\b(?:said|says|wrote|writes)\s*:$|^reply$|\breport abuse\b|\brecommend\b.*\d/iu;
/** Prose words that must come before a comments heading for it to count (menus also link "Comments"). */
const COMMENTS_AFTER_WORDS = 60;
const TIME = /\b\d{1,2}:\d{2}\b|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/iu;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/iu;
// A picture's credit or caption label: "Photo: Jane Doe, AP", "(Image: GETTY)", "Photo by …",
// "Image caption …", "… (AP Photo/John Doe)", "… / Getty Images", "Credit: ESA", "Foto: dpa" (and the
// labels of other languages, "Imagem:", "Zdjęcie:", "Fotoğraf:", "Фото:", "Fot. Jan Kowalski", session 30), an image's
// description for screen readers scraped with it ("Alt text: A small blue planet …");
// BBC pages scraped as text give their hidden labels with a comma: "Image source, EPA", "Image
// caption, The turbines …" (both had stayed in the body when the caption was a sentence). A caption
// ending with its credit in brackets, photographer and outlet or agency and photographer ("… on
// Tuesday. (Ben Ashworth/The River Times)", "(Reuters/Dana Whitfield)"), had stayed as a paragraph.
// Such a credit names a photographer, a name of two words or more on one side: two single names
// ("(Reuters/Ipsos)", "(CBS/YouGov)") credit a poll closing a paragraph, which had been removed.
// An agency after a slash ends a credit ("J. Scott Applewhite / AP file", "Dan Hill / AFP via Getty
// Images") or a caption goes on after it with a capital; a lowercase word after it that is no credit's
// ("an Ipsos/Reuters poll found …", "a YouGov/AP survey") is running text naming a poll, which had been removed.
/**
 * A stock agency's name as a credit gives it: closing the line ("Getty Images", "AFP via Getty
 * Images", "… (Credit: iStock)"), or before a slash or a credit's word ("Getty Images/iStockphoto",
 * "Getty Images for Netflix"). A sentence naming the agency goes on in lower case ("Getty Images
 * said on Monday it would cut 200 jobs", "Shutterstock shares rose") or closes on it with its full
 * stop ("… was sold to Getty Images."): it had been removed as a picture's credit.
 */
const STOCK_AGENCY_CREDIT = String.raw`\b(?:Getty Images|Shutterstock|iStock(?:photo)?)\b(?![,;]?\s+(?!(?:file|photo|photos|pool|via|for|handout|staff|and)\b)\p{Ll})(?!\.\s*$)`;
const AGENCY_AFTER_SLASH = String.raw`[/|]\s*(?:AP|AFP|EPA|Reuters|Bloomberg|Getty)\b(?!\s+(?!(?:file|photo|photos|pool|via|for|handout|staff)\b)\p{Ll})`;
/**
 * An agency's photo credit as captions end with it: in brackets ("(AP Photo/Evan Vucci)", "(AP Photo,
 * File)"), before a photographer's slash ("AP Photo/Evan Vucci") or closing the line. A sentence that
 * names one goes on after it ("an AP Photo taken in 1972 was sold …", "Reuters Photo editors chose
 * it …"): it had been removed as a credit.
 */
const AGENCY_PHOTO = '(?:AP|AFP|EPA|Reuters) Photo';
const AGENCY_PHOTO_CREDIT = String.raw`[(\[]\s*${AGENCY_PHOTO}\b|\b${AGENCY_PHOTO}(?=\s*(?:/|$))`;
/**
 * A credit of who lent the picture: "Courtesy of NASA", "Photo courtesy of the Smith family", "(Courtesy
 * of Jane Doe)", or after its caption's sentence ("… in 1962. Courtesy of the family"): a name of at most
 * eight words closing the line. A sentence opening so goes on in a clause after a comma or in another
 * sentence ("Courtesy of a £2 million grant from the lottery fund, the museum will reopen …"): "Courtesy
 * of" anywhere in a line had removed it as a picture's credit. "Photo courtesy of NASA" had been none.
 */
const COURTESY_CREDIT = String.raw`(?:^|[(\[/|]\s*|[.!?]\s+|\b(?:Photos?|Images?|Pictures?)\s+)[Cc]ourtesy of\s+(?!.*,\s*\p{Ll})(?!.*[.!?]\s)\S+(?:\s+\S+){0,7}$`;
/** A name in a bracketed credit of `more` words or more after its first: capitalised words, a few small ones between them ("The River Times", "Jane Doe for The Post"). */
const creditName = (more: 0 | 1): string => String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|of|the|for|via|de|van|von|da)){${more},5}`;
/**
 * Picture labels in scripts without case (session 38): Urdu "فوٹو", "فائل فوٹو" (file photo), "تصویر",
 * Arabic "صورة", "تصوير", Persian "عکس", Hindi "फोटो", "फ़ोटो", "तस्वीर". Independent Urdu ends a caption
 * with its credit in brackets ("کراچی میں اسٹیٹ بینک آف پاکستان کی عمارت (فائل فوٹو: اے ایف پی)"): it
 * had been the body's first paragraph.
 */
const OTHER_SCRIPT_PICTURE_LABELS = ['فائل فوٹو', 'فوٹو', 'تصویر', 'صورة', 'تصوير', 'عکس', 'फ़ोटो', 'फोटो', 'तस्वीर'];
const PHOTO_CREDIT = new RegExp(
  '(?:^|[(\\[.|]\\s*)(?:Photo|Photos|Photograph|Photo illustration|Image|Images|Picture|Pictures|Alt text|Image description|Credit|Photo [Cc]redit|Image [Cc]redit|Image copyright|Image caption|Image source|Media caption|Foto|Fotos|Bild|Imagen|Imagem|Crédito|Crédit photo|Zdjęcie|Fotoğraf|Фото|' + OTHER_SCRIPT_PICTURE_LABELS.join('|') + ')(?:\\s*:|\\s+by\\b|\\s+via\\b|(?<=caption|copyright)\\s|(?<=caption|copyright|source),)' +
    // Polish pages abbreviate it, a name after it: "Fot. Jan Kowalski / PAP" ("Fot. 3 pokazuje …" is a figure's).
    '|^Fot\\.\\s+\\p{Lu}\\p{Ll}' +
    '|' + AGENCY_PHOTO_CREDIT + '|' + STOCK_AGENCY_CREDIT + '|' + AGENCY_AFTER_SLASH + '|' + COURTESY_CREDIT +
    `|\\((?:${creditName(1)}\\s*/\\s*${creditName(0)}|${creditName(0)}\\s*/\\s*${creditName(1)})\\)$`,
  'u',
);

/**
 * Case-insensitive Unicode regexes are slow on paragraph-long lines, and most lines have none of
 * the words they look for: each of these runs only when the lowercased line has what one of its
 * alternatives needs (a literal part, a colon at the end). ſ (U+017F) and the Kelvin sign (U+212A)
 * match s and k under /iu, so lines with them always run it.
 */
// The literals are constants, not array literals in the tests: those were made anew for every line.
const WEB_ADDRESS_LITERALS = ['http', 'www.', '@'];
const COPYRIGHT_LITERALS = ['©', '(c)', 'copyright', 'all rights reserved'];
const COMMENT_SIGNATURE_LITERALS = ['posted by', 'reply', 'report abuse', 'recommend'];
export const LITERAL_GUARDED = {
  webAddress: { regex: WEB_ADDRESS, mayMatch: (lower: string) => includesAny(lower, WEB_ADDRESS_LITERALS) },
  copyright: { regex: COPYRIGHT, mayMatch: (lower: string) => includesAny(lower, COPYRIGHT_LITERALS) },
  commentSignature: { regex: COMMENT_SIGNATURE, mayMatch: (lower: string) => lower.endsWith(':') || includesAny(lower, COMMENT_SIGNATURE_LITERALS) },
} as const;
const FOLDS_TO_ASCII = /[\u017F\u212A]/u;
/**
 * Any literal of the three patterns: one scan of a line that has none of them (most lines) instead
 * of eleven `includes`; a line that has one is tested pattern by pattern.
 */
const ANY_LITERAL = new RegExp([...WEB_ADDRESS_LITERALS, ...COPYRIGHT_LITERALS, ...COMMENT_SIGNATURE_LITERALS].map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

function includesAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}

/**
 * pattern.regex.test(text), skipped when `lower` (text lowercased) cannot match; `folds`: whether the
 * text has ſ or the Kelvin sign (lineFeatures tests it once for the three patterns).
 */
export function guardedTest(pattern: { regex: RegExp; mayMatch: (lower: string) => boolean }, text: string, lower = text.toLowerCase(), folds = FOLDS_TO_ASCII.test(text)): boolean {
  return (folds || pattern.mayMatch(lower)) && pattern.regex.test(text);
}

/**
 * A label in capitals: the text unchanged by uppercasing, with a capital letter. An ASCII lowercase
 * letter (in most lines, one of the first) answers no without the uppercase copy.
 */
function isAllCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** "0 comments", "comments: 0", "Comments (0)": a count of none heads no comments. */
const NO_COMMENTS = /(?:^|[\s\[(:])0(?:[\s\])]|$)/u;

/**
 * The first of a numbered thread's comments ("1. About time too, …", "#1 Will it be wide enough …"):
 * under a bare "Comments" between prose it opens the thread, where the article's own paragraph (a
 * National Review page sets "Comments" between its paragraphs) has no number.
 */
const FIRST_COMMENT = /^(?:#\s?1|1[.)])\s+\p{L}/u;

/**
 * Whether the comments heading at line i starts the comments section, rather than being a link
 * where the article goes on: a bare "Comments" between two paragraphs of prose (unless the first of
 * numbered comments is under it, the numbered ones having stayed in the body), a button among
 * share buttons (short lines repeated in other articles on both sides: "Twitter / Comments /
 * Print"), or a count of none.
 */
function opensCommentsSection(lines: readonly Line[], i: number, prose: readonly boolean[], repeated: readonly boolean[]): boolean {
  if (NO_COMMENTS.test(lines[i]!.text)) return false;
  if (lines[i]!.wordCount === 1 && prose[i - 1] && prose[i + 1]) return FIRST_COMMENT.test(lines[i + 1]!.text);
  const shareButton = (k: number): boolean => repeated[k] === true && lines[k]!.wordCount <= 3;
  return !(shareButton(i - 1) && shareButton(i + 1));
}

/**
 * The feature vectors of a page's lines: row i is line i's, FEATURES.length values. One
 * Float64Array holds them all: on a page of 1,000,000 lines an array per line (and a
 * million-element array per window mean) took lineFeatures from 1.06 to 2.55 GB of RSS in 12.6 s;
 * this buffer, 330 MB, to 1.40 GB in 3.6 s.
 */
export class FeatureRows {
  readonly values: Float64Array;
  constructor(readonly length: number) {
    this.values = new Float64Array(length * FEATURES.length);
  }
  /** Line i's vector: a view into `values`, not a copy. */
  row(i: number): Float64Array {
    return this.values.subarray(i * FEATURES.length, (i + 1) * FEATURES.length);
  }
}

/** A listicle's numbered item heading ("4. Bad Ischl, Austria", "12) The Magpie, Whitby"): a number, then a capital. */
const NUMBERED_HEADING = /^\d{1,3}[.)]\s+\p{Lu}/u;
/** Words of a listicle's item heading at most. */
const MAX_ITEM_HEADING_WORDS = 12;

/**
 * lineFeatures, with an ad slot (isAdSlot) between two lines of prose left out of every other
 * line's neighbours: that ad slot stands inside one text. On a mobile (AMP) page with "Advertisement"
 * after every paragraph, no paragraph had prose next to it, and the lede and the last paragraph
 * scored so weak that they were dropped as page text before and after the article. So is a slot
 * between prose and a listicle's next item, its numbered heading over its paragraph ("4. Bad Ischl,
 * Austria"): with the label for a neighbour, that item's heading alone was dropped ("no sentence
 * punctuation") while the others stayed. Only a numbered one: a video player's "Thanks for
 * watching!Visit Website" over the next paragraph is the slot's chrome, and had been kept so (a
 * scrapinghub page). A label with chrome on one side ("Advert" over "Send us YOUR kit
 * review") still parts the article from it. So does an embedded post's chrome (`embedChrome`:
 * "3h", "Reply", "Repost" under a Threads post), which had left the article's last paragraph after
 * it without prose next to it.
 */
export function featuresPastAdSlots(lines: readonly Line[], repeatedIn: readonly number[], embedChrome: ReadonlySet<number> = NO_LINES): FeatureRows {
  const rows = lineFeatures(lines, repeatedIn, embedChrome);
  const ad = lines.map((line) => isAdSlot(line) || embedChrome.has(line.number));
  if (!ad.includes(true)) return rows;
  // The first line past the slots from i on, step by step (undefined past the page's edge).
  const past = (i: number, step: 1 | -1): number => {
    while (i >= 0 && i < lines.length && ad[i]) i += step;
    return i;
  };
  const proseAt = (i: number): boolean => lines[i] !== undefined && isProse(lines[i]);
  const itemOverProse = (i: number): boolean =>
    lines[i] !== undefined && NUMBERED_HEADING.test(lines[i].text) && lines[i].wordCount <= MAX_ITEM_HEADING_WORDS && !lines[i].endsWithSentencePunctuation && proseAt(i + 1);
  const inText = (i: number): boolean => proseAt(past(i, -1)) && (proseAt(past(i, 1)) || itemOverProse(past(i, 1)));
  const kept = lines.flatMap((_, i) => (ad[i] && inText(i) ? [] : [i]));
  if (kept.length === lines.length) return rows;
  const without = lineFeatures(
    kept.map((i) => lines[i]!),
    kept.map((i) => repeatedIn[i]!),
    embedChrome,
  );
  // Only what a line's neighbours give: its own features, its place in the page, are as they were.
  kept.forEach((i, k) => {
    for (const feature of NEIGHBOUR_COLUMNS) rows.values[i * FEATURES.length + feature] = without.row(k)[feature]!;
  });
  return rows;
}

/** The features a line takes from the lines around it. */
const NEIGHBOUR_COLUMNS = [column('proseBefore'), column('proseAfter'), ...WINDOW_MEANS.map(([, , feature]) => feature)];

const NO_LINES: ReadonlySet<number> = new Set();

/**
 * Feature vectors of the page's non-empty lines, in order. `repeatedIn[i]` is how many articles of
 * the run contain line i (1 = only this one). `embedChrome`: numbers of the lines that are an
 * embedded post's chrome (embedded.ts embedChromeLines), whose "Reply" is a post's button, never a
 * comments heading: it had made the article's last paragraph after a Threads post a comment.
 */
export function lineFeatures(lines: readonly Line[], repeatedIn: readonly number[], embedChrome: ReadonlySet<number> = NO_LINES): FeatureRows {
  // A cookie banner's notice is the consent platform's prose, not the page's: read as text, it had
  // put a "Comments" link under the byline after the text and opened the comments section there.
  const prose = lines.map((line) => isProse(line) && !isConsentNotice(line));
  const repeated = repeatedIn.map((n) => n >= 2);
  // Both need a digit (readDate a year's four, in any script's digits: \p{N}, which digitShare counts).
  const timeStamp = lines.map((line) => line.wordCount <= 14 && line.digitShare > 0 && (TIME.test(line.text) || findIsoDate(line.text) !== null));
  let proseWords = 0;
  let commentsStart = Infinity;
  const commentsHeading = lines.map((line, i) => {
    const heading = isCommentsHeading(line) && !embedChrome.has(line.number);
    if (heading && proseWords >= COMMENTS_AFTER_WORDS && commentsStart === Infinity && opensCommentsSection(lines, i, prose, repeated)) commentsStart = i;
    if (prose[i]) proseWords += line.wordCount;
    return heading;
  });
  const rows = new FeatureRows(lines.length);
  const width = FEATURES.length;
  lines.forEach((line, i) => {
    const position = lines.length > 1 ? i / (lines.length - 1) : 0.5;
    const words = line.wordCount;
    const lower = line.text.toLowerCase();
    const folds = FOLDS_TO_ASCII.test(line.text);
    // Whether any of the guarded patterns may match (commentSignature's guard also takes a final colon).
    const guarded = folds || lower.endsWith(':') || ANY_LITERAL.test(lower);
    const vector = [
      1,
      Math.log1p(Math.min(words, 100)),
      words <= 3 ? 1 : 0,
      line.endsWithSentencePunctuation ? 1 : 0,
      prose[i] ? 1 : 0,
      line.stopwordShare,
      line.titleCaseShare,
      line.digitShare,
      repeated[i] ? 1 : 0,
      Math.log2(Math.max(1, repeatedIn[i]!)),
      Math.min(3, line.text.match(SEPARATORS)?.length ?? 0),
      guarded && guardedTest(LITERAL_GUARDED.webAddress, line.text, lower, folds) ? 1 : 0,
      guarded && guardedTest(LITERAL_GUARDED.copyright, line.text, lower, folds) ? 1 : 0,
      line.text.endsWith(':') ? 1 : 0,
      words >= 2 && isAllCapitals(line.text) ? 1 : 0,
      /^\p{Ll}/u.test(line.text) ? 1 : 0,
      words >= 8 && line.stopwordShare < 0.1 ? 1 : 0,
      0, // proseAround (WINDOW_MEANS)
      i > 0 && prose[i - 1] ? 1 : 0,
      i < lines.length - 1 && prose[i + 1] ? 1 : 0,
      0, // repeatedAround (WINDOW_MEANS)
      position,
      (position - 0.5) ** 2,
      commentsHeading[i] ? 1 : 0,
      i > commentsStart ? 1 : 0,
      guarded && guardedTest(LITERAL_GUARDED.commentSignature, line.text, lower, folds) ? 1 : 0,
      timeStamp[i] ? 1 : 0,
      words >= 4 && words <= 7 ? 1 : 0,
      words >= 8 && words <= 14 ? 1 : 0,
    ];
    rows.values.set(vector, i * width);
  });
  // Means over the lines within a radius (the line itself left out), from prefix sums of the
  // columns filled above: one pass per feature instead of one per line and radius.
  const prefix = new Float64Array(lines.length + 1);
  for (const [of, radius, feature] of WINDOW_MEANS) {
    for (let i = 0; i < lines.length; i++) prefix[i + 1] = prefix[i]! + rows.values[i * width + of]!;
    for (let i = 0; i < lines.length; i++) {
      const first = Math.max(0, i - radius);
      const last = Math.min(lines.length - 1, i + radius);
      const seen = last - first;
      rows.values[i * width + feature] = seen ? (prefix[last + 1]! - prefix[first]! - rows.values[i * width + of]!) / seen : 0;
    }
  }
  return rows;
}

