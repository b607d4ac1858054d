// Time on a line of its own: a time stamp, a live blog's or transcript's stamp opening a line, a story's
// age, a reading time; and a broadcast transcript's cues, notices and speakers' turns. Short and
// numeric, they part a live blog's entries or a transcript's speech from the page's chrome.
import { findIsoDate } from '../../text/dates.js';
import { isSpeakerTurnText } from '../../text/speaker.js';
import type { Line } from '../lines.js';

/** A broadcast transcript's time stamp: "[20:05:12]". */
const TRANSCRIPT_STAMP = String.raw`\[\d{1,2}:\d{2}:\d{2}\]`;
/** A time of day: "14:10", "2:10 PM", "10.32am", "9:05 a.m.". */
const CLOCK_TIME = String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?|\d{1,2}(?:\.\d{2})?\s*[AaPp]\.?\s?[Mm]\.?)`;
/** Time zones a live blog's stamp names, when no separator stands between it and the heading ("09:15 BST Traders wait"). */
const STAMP_ZONE = String.raw`(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|WIB|AEST|AEDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)`;
/**
 * A 24-hour time written with a point and its zone, as some live blogs stamp their entries ("15.42 GMT", "09.05 AEDT"): without
 * the zone "15.42" is a figure as often as a time, so the zone is asked for.
 */
const ZONED_POINT_TIME = String.raw`(?:[01]?\d|2[0-3])\.[0-5]\d\s+${STAMP_ZONE}`;
/**
 * A time with the hour mark, as French pages write it ("16h20", "16 h 20") and Spanish ones set it after the clock ("13:05 h",
 * "09:12h"): a time of day only, so that "24h00" or "4h" (a duration) is none.
 */
const HOUR_MARK_TIME = String.raw`(?:[01]?\d|2[0-3])(?:\s?h\s?[0-5]\d|:[0-5]\d\s?h)`;
/**
 * A time of day alone on its line ("14:10", "2:10 PM", "10.32am", "9:05 a.m. ET", "15.42 GMT", "16h20", a transcript's
 * "[20:05:12]"): a live blog's entry stamp, a transcript's or a page's clock, never article text.
 */
const TIME_STAMP = new RegExp(String.raw`^${CLOCK_TIME}(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?$|^${ZONED_POINT_TIME}$|^${HOUR_MARK_TIME}$|^${TRANSCRIPT_STAMP}$`, 'u');
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

// `(?<!\w)` for a leading `\b`: before a digit the same, and under `iu` V8 makes `\b` lookarounds that keep the regex
// from skipping ahead to the digits.
const TIME = /(?<!\w)\d{1,2}:\d{2}\b|(?<!\w)\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/iu;
const MAX_DATED_LINE_WORDS = 14;
/**
 * A short line with a date or a time in it, anywhere ("Posted by: Gil | Jan 12, 2008 3:27:40 PM", "3 hours ago"): the
 * line model's timeStamp. Both need a digit (readDate a year's four, in any script's digits: \p{N}, which digitShare counts).
 */
export const isDatedShortLine = (line: Line): boolean =>
  line.wordCount <= MAX_DATED_LINE_WORDS && line.digitShare > 0 && (TIME.test(line.text) || findIsoDate(line.text) !== null);

/**
 * A story's age alone, in English, Spanish, French, German, Portuguese and Italian: "3 hours ago", "2d ago", "1 hour, 44 minutes
 * ago", "hace 3 horas", "il y a 3 heures", "vor 3 Stunden", "há 2 dias", "3 ore fa". Under the author's name it dates the story
 * as a date line does (clean/header.ts headerName); not a date line anywhere. A time stamp (isTimeStamp), as a clock time is: a
 * live blog stamps its entries so ("12 minutes ago" over "New tax on online gambling").
 */
const RELATIVE_AGE =
  /^(?:\d{1,3}\s?(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)(?:,?\s+\d{1,2}\s?(?:minutes?|mins?))?\s+ago|hace\s+\d{1,3}\s+(?:minutos?|horas?|días?|dias?|semanas?)|il y a\s+\d{1,3}\s+(?:minutes?|heures?|jours?|semaines?)|vor\s+\d{1,3}\s+(?:minuten?|stunden?|tag(?:en)?|wochen?)|há\s+\d{1,3}\s+(?:minutos?|horas?|dias?|semanas?)|\d{1,3}\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae])\s+fa)$/iu;
/**
 * The same in Persian and Arabic, in their digits or ASCII ones: "۵ ساعت قبل", "۳ روز پیش", "منذ 5 ساعات". After its label
 * ("به‌روزرسانی شده ۵ ساعت قبل", updated 5 hours ago) it is a labelled time, metadata/date-lines.ts's (isLabelledTime), as
 * "Updated 2 hours ago" is, so the label is not read here.
 */
const PERSIAN_ARABIC_AGE =
  /^\p{Nd}{1,3}\s+(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه)\s+(?:قبل|پیش)$|^منذ\s+\p{Nd}{1,3}\s+(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع)$/u;
/**
 * A relative day and a clock time, as pages date their stories in the header: "Dziś 08:30" ("today"), "Wczoraj 18:05", "Heute,
 * 09:15 Uhr", "Hier à 18:05", "Сегодня, 09:45", "Today at 10:30 AM". Dated by the day the page was read, which the text does not
 * give: an age, not a date, and the name over it a byline.
 */
const RELATIVE_DAY_TIME = new RegExp(
  String.raw`^(?:today|yesterday|dziś|dzisiaj|wczoraj|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|сегодня|вчера|сьогодні|вчора|bugün|dün|hôm nay|hôm qua),?\s+(?:(?:at|à|a las|às|um|om|alle|в|о)\s+)?${CLOCK_TIME}(?:\s*(?:uhr|h))?$`,
  'iu',
);
/** The same in Hindi: "2 घंटे पहले" (2 hours ago), as Hindi papers date their stories in the header. */
const HINDI_AGE = /^\p{Nd}{1,3}\s+(?:सेकंड|मिनट|घंटा|घंटे|दिन|हफ्ता|हफ्ते|सप्ताह)\s+पहले$/u;
export const isRelativeAge = (line: Line): boolean =>
  RELATIVE_AGE.test(line.text) || PERSIAN_ARABIC_AGE.test(line.text) || HINDI_AGE.test(line.text) || RELATIVE_DAY_TIME.test(line.text);

/**
 * A match's minute alone on its line, as a text commentary stamps its entries: "12'", "45'+2'", "90+5'" (the minute mark, a
 * prime or an apostrophe, tells it from a bare number); the stamps make the page a live blog to the cleaner.
 */
const MARKED_MINUTE = String.raw`\d{1,3}(?:['’′](?:\s?\+\s?\d{1,2}['’′]?)?|\+\d{1,2}['’′])`;
const MATCH_MINUTE = new RegExp(`^${MARKED_MINUTE}$`, 'u');
/** A match's minute alone ("90'+5'"): a line's text, or a stamp cut off one. */
export const isMatchMinute = (text: string): boolean => MATCH_MINUTE.test(text);
/** A cricket ball's number alone, its over and its ball ("19.6"); a rating or a price reads the same (live-blog.ts ballNumberStamps). */
const BALL_NUMBER = /^\d{1,3}\.[1-6]$/u;
const BALLS_PER_OVER = 6;
/** The ball's count in the innings (19.6 is the 120th) when the text is a ball's number, else null. */
export function ballOrder(text: string): number | null {
  if (!BALL_NUMBER.test(text)) return null;
  const [over, ball] = text.split('.').map(Number);
  return over! * BALLS_PER_OVER + ball!;
}
/**
 * A cricket commentary's entry: the bowler to the batter, a comma, then the ball ("Carter to Lowe, no run", "Dhanraj to Smith,
 * FOUR, …"), with a full stop or without (without one it is no sentence to live-blog.ts ballNumberStamps). Read only under a
 * ball's number.
 */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;
const CRICKET_ENTRY = new RegExp(`^${NAME_WORDS} to ${NAME_WORDS}, \\S`, 'u');
export const isCricketEntry = (text: string): boolean => CRICKET_ENTRY.test(text);
/** A match's minute opening its entry's line ("90'+5' Match ends, …"), the minute in group 1 (live-blog.ts commentaryStampsCut). */
export const OPENING_MATCH_MINUTE = new RegExp(`^(${MARKED_MINUTE})\\s+(?=[\\p{Lu}\\p{Lo}])`, 'u');
/** A cricket ball's number opening its entry's line ("19.6 Carter to Lowe, 1 run, …"), the number in group 1. */
export const OPENING_BALL_NUMBER = /^(\d{1,3}\.[1-6])\s+(?=[\p{Lu}\p{Lo}])/u;
/** Every stamp has a digit (\d, or \p{Nd} in PERSIAN_ARABIC_AGE): a line without a number (digitShare counts \p{N}) is no stamp, and is not tried. */
export const isTimeStamp = (line: Line): boolean =>
  line.wordCount <= 6 && line.digitShare > 0 && (TIME_STAMP.test(line.text) || isMatchMinute(line.text) || isRelativeAge(line));

/**
 * A broadcast transcript's cue alone on its line: "(BEGIN VIDEOTAPE)", "(END VIDEO CLIP)", "(CROSSTALK)", "(COMMERCIAL BREAK)".
 * What the speakers say goes on around it: short and in capitals, a cue would otherwise end the article.
 */
const TRANSCRIPT_CUE =
  /^\((?:(?:BEGIN|END) (?:VIDEO ?TAPE|VIDEO CLIP|VIDEO|AUDIO CLIP|AUDIO|LIVE FEED|LIVE VIDEO|SOUNDBITE|SOUND ?BITE)|CROSSTALK|COMMERCIAL BREAK|BREAK|LAUGHTER|APPLAUSE|INAUDIBLE|UNINTELLIGIBLE|SINGING|MUSIC|NATURAL SOUND|OFF-MIKE|ON CAMERA)\)$/iu;
export const isTranscriptCue = (line: Line): boolean => TRANSCRIPT_CUE.test(line.text);

/**
 * The notice a broadcaster sets over its transcripts: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY
 * BE UPDATED." (a sentence in capitals), and a podcast's machine transcript's ("This transcript was automatically generated and
 * may contain errors."), as a line that starts so: a sentence reporting one ("The court heard that the transcript was …") does not.
 */
const TRANSCRIPT_NOTICE =
  /^(?:this is a rush transcript\b|(?:note:\s*)?(?:this |the )?transcripts? (?:(?:was|were|is|are|has been|have been) )?(?:(?:automatically|machine|computer|auto)[- ]?generated|generated by (?:a )?(?:computer|machine|software|ai))\b)/iu;
/**
 * A transcript's disclaimer under it, as radio and podcast pages set it: "This transcript was produced from a recording and may
 * contain errors.", "Harbour Radio transcripts are created on a rush deadline … This text may not be in its final form …",
 * "Accuracy and availability of … transcripts may vary." (the warning in its first or second sentence). It opens with the
 * transcript (this one, the outlet's, its name bare) and says what a reader should beware of; a story's sentence ("The
 * transcript of the hearing, which may contain errors, was released …", "The White House transcript was later edited for
 * clarity") names whose transcript it is.
 */
const TRANSCRIPT_DISCLAIMER =
  /^(?:(?:note:\s*)?(?:this|our|(?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}&]*\s+){1,3})\s*transcripts? (?:was|were|is|are|has been|have been) [^.]*?(?:\.\s+[^.]*?)?(?:may contain errors|may not be (?:in its final form|verbatim)|may be updated or revised|(?:lightly )?edited for (?:length|clarity))|Accuracy and availability of (?:\p{Lu}[\p{L}&]*\s+){0,3}transcripts may vary\b)/u;
export const isTranscriptNotice = (line: Line): boolean =>
  line.wordCount <= 30 ? TRANSCRIPT_NOTICE.test(line.text) || TRANSCRIPT_DISCLAIMER.test(line.text) : line.wordCount <= 60 && TRANSCRIPT_DISCLAIMER.test(line.text);

/** A speaker's turn in a transcript ("HOLLOWAY: …", text/speaker.ts). */
export const isSpeakerTurn = (line: Line): boolean => isSpeakerTurnText(line.text);

/**
 * A page's estimate of the reading time, alone on its line: "3 min read", "Reading time: 4 minutes", "Tempo de leitura: 3 minutos",
 * "Lesezeit: 3 Minuten", "Время чтения: 4 минуты"; under the byline it would be the body's first line. The word for reading alone
 * ("Lecture 3 min.", "Lettura 3 minuti") names one only with minutes after the number: "Lecture 3" is a course's heading. A
 * browser's reader view gives a range of minutes alone ("6–8 minutes"), read so only with the word written out: "20 min" alone
 * is as often a recipe's cooking time. The story's length in words, labelled, is the same estimate ("Wordcount: 717", "Word count:
 * 1,204" under the last paragraph, where it reads as the article's).
 */
export const NUMBER_OF = String.raw`(?:ca\.\s*|~\s*)?\d+(?:[-–]\d+)?\s*`;
export const MINUTES = '(?:min|mins|minutes?|minuten|minutos|minuti|minut|мин|минуты?|минут)\\.?';
const READING_TIME_WORDS =
  '(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|durée de lecture|tiempo de lectura|tiempo estimado de lectura|tempo de leitura|tempo estimado de leitura|tempo di lettura|leestijd|leesduur|czas czytania|время чтения|время прочтения)\\s*[:：]?\\s*' +
    `${NUMBER_OF}\\p{L}*\\.?` +
    `|(?:read|reading|lecture|lectura|leitura|lettura|lesen|lezen)\\s*[:：]?\\s*${NUMBER_OF}${MINUTES}` +
    `|${NUMBER_OF}${MINUTES}\\s+(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|leestijd|leesduur|czytania|чтения)` +
    '|\\d+[-–]\\d+\\s+(?:minutes|minuten|minutos|minuti|минуты|минут)' +
    // Or the story's length in words, its measure in a regional paper's footer under the text ("Wordcount: 717").
    '|word ?count\\s*[:：]\\s*\\d[\\d,.]*)';
const READING_TIME = new RegExp(`^${READING_TIME_WORDS}$`, 'iu');
/**
 * The spaces before a reading time closing a line, where a header runs its boxes together with no bar between them ("December 4,
 * 2026 5:48 PM 3 min read": lift.ts liftBylineAndDate parts it there). The spaces start after a non-space, as METADATA_PARTS's do.
 */
export const BEFORE_CLOSING_READING_TIME = new RegExp(`(?<!\\s)\\s+(?=${READING_TIME_WORDS}$)`, 'iu');
/** The reason a reading time is removed for: header.ts headerName reads a name next to one as the byline. */
export const READING_TIME_REASON = 'reading time';
export const isReadingTime = (line: Line): boolean => line.wordCount <= 8 && READING_TIME.test(line.text);
