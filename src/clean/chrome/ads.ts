// Ad slots between the paragraphs: their labels, sponsors' credits and the prompts that the article goes
// on past them. The line model reads past a slot set between prose (line-features.ts featuresPastAdSlots).
import { isRightUnderOnPage, type Line } from '../lines.js';
import { ARTICLE_GOES_ON_LINE, MAX_PROMPT_WORDS } from './prompts.js';

/**
 * An ad slot's label alone on its line, in any case, between dashes or not: "Advertisement" (also
 * misspelt, or "Advert", "Advertising"), its word in the other languages the pattern lists (Japanese "sponsored
 * link" too; Hindi "विज्ञापन", Arabic "إعلان", Indonesian "Iklan", Turkish "Reklam", also with a colon, Ukrainska
 * Pravda's "Реклама:"; Romanian "Publicitate", Swedish "Annons", Bengali "বিজ্ঞাপন"; Vietnamese "Quảng cáo", Hebrew
 * "פרסומת"; Greek "Διαφήμιση", Finnish "Mainos", Hungarian "Hirdetés", Danish "Annonce", Norwegian "Annonse", Croatian,
 * Serbian and Slovene "Oglas", Catalan "Publicitat", Latvian "Reklāma", Estonian "Reklaam"), or an ad's own prompt ("Hide ad", "Skip ad", "Scroll to continue with content"; CNN's "Ad Feedback" under
 * each of its ads), where an ad stood between the paragraphs. In a run of one page (nothing repeated) the line model
 * keeps it in the body, a paragraph between the article's.
 */
const AD_LABEL =
  /^[-–—\s]*(?:advertisement|advertisment|advert|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|publicitate|advertentie|annons|annonce|annonse|διαφ[ήη]μιση|mainos|hirdetés|oglas|publicitat|reklāma|reklaam|quảng cáo|פרסומת|реклама|reklama?|reclame|iklan|विज्ञापन|বিজ্ঞাপন|إعلان|اعلان|広告|スポンサーリンク|スポンサードリンク|광고|广告|廣告|hide ad|skip (?:ad|advert|advertisement)|ad feedback|(?:advertisement[-–—\s]+)?scroll to continue(?: with content)?)[-–—:\s]*$/iu;
/**
 * A sponsor's credit line with the sponsor's logo not scraped, ending at its "by": "Support Provided By:",
 * "Support for News Hour Provided By", "Sponsored by", "Paid for by" (PBS and public radio pages). PBS's
 * stands over a video transcript's headline, and reads as its title.
 */
const SPONSOR_CREDIT = /^(?:(?:support|funding|underwriting)(?: for [\p{L}\p{N}' ’&.-]{1,40}?)?(?: is)? provided|sponsored|paid for|brought to you|made possible)(?: in part)? by\s*:?$/iu;
/**
 * A sponsored post's label: alone ("Paid Post", "Advertisement feature", "Sponsored Content", as
 * scrapinghub's raw pages have them 20 times and their gold never), or naming the sponsor ("In
 * partnership with Greenleaf Energy", "Sponsored by MasterCard®"): a paid post's "In partnership
 * with …" over its headline is no title. Not "Brought to you by AAP", a wire's credit.
 */
const SPONSORED_LABEL = /^(?:(?:paid|sponsored|partner|promoted|branded|advertiser) (?:post|content|story|stories|feature)s?|sponsored|advertorial|paid partnership|advertisement features?)\s*:?$/iu;
/** The sponsor named after the label, a name of up to 40 characters and no clause ("Sponsored by the mayor, the bill passed"). */
const SPONSOR_NAMED = /^(?:(?:produced |presented )?in partnership with|sponsored(?: content)?(?: provided)? by)\s*:?\s+[^\s,;:.!?][^,;:!?]{0,39}$/iu;
const isSponsorLabel = (line: Line): boolean => SPONSORED_LABEL.test(line.text) || (SPONSOR_NAMED.test(line.text) && !line.endsWithSentencePunctuation);
export const isAdLabel = (line: Line): boolean => AD_LABEL.test(line.text) || SPONSOR_CREDIT.test(line.text) || isSponsorLabel(line);

/**
 * A price comparison widget set into a review or under it, as Future's sites set it (TechRadar, Tom's Guide, …): its
 * heading "Today's best Sony WH-1000XM6 deals", its buttons "View at Amazon", "See at Best Buy", "Check Amazon", and
 * its note "We check over 250 million products every day for the best prices": a heading and short paragraphs to the
 * line model. A retailer's button names it with a capital, three words at most: "View at dawn"
 * is no button.
 */
const PRICE_WIDGET_TEXT = /^(?:today['’]s best [^.!?]{1,60}? deals|see all prices|check amazon|we check over [\d,.]+ (?:million|billion) products every day for the best prices)$/iu;
const RETAILER_BUTTON = /^(?:View|See|Shop|Buy|Check)(?: (?:it|deal|price|now))? (?:at|on) \p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,2}$/u;
const MAX_PRICE_WIDGET_WORDS = 16;
export const isPriceWidget = (line: Line): boolean => line.wordCount <= MAX_PRICE_WIDGET_WORDS && (PRICE_WIDGET_TEXT.test(line.text) || RETAILER_BUTTON.test(line.text));

/**
 * A sponsor's resource offered under the article, its pitch ending on the call to get it: "For years, disk arrays were the
 * storage of choice. … Learn why teams are moving on in this whitepaper.", "… Find out how to measure the
 * speed of your web apps in this white paper." (a trade site's box of white papers under the article, each title over its
 * pitch). The call closes the line and names this white paper, e-book,
 * case study, webcast or webinar; a story names a report ("… the researchers write in the report.").
 */
const RESOURCE_PITCH = /(?:^|[.!?]\s+)(?:learn|find out|discover|see|read)\b(?:[^.!?]|\.(?=\d)){0,60}?\b(?:in|with|from) (?:this|our) (?:free )?(?:white ?paper|e-?book|case study|webcast|webinar)\s*[.!]?$/iu;
/** The pitch's resource, looked for first: the call's scan is for the few lines that name one. */
const RESOURCE_WORD = /white ?paper|e-?book|case study|webcast|webinar/iu;
/**
 * The same site's call to its library of them, or its resource of the day, opening the line: "Don't forget to check out
 * Harbortel's White Paper Library, which …", "Today's featured White Paper is titled Five Ways to …, brought to you by …".
 * Under the article they read as its last paragraphs; a story's sentence names a white paper otherwise ("The white
 * paper, published in May, …").
 */
const RESOURCE_LIBRARY_CALL = /^(?:(?:don['’]t forget|be sure) to )?(?:check out|visit|browse) [^.!?]{0,40}?\b(?:white ?paper|e-?book|webinar) library\b/iu;
const FEATURED_RESOURCE = /^(?:today['’]s |this week['’]s )?featured (?:white ?paper|e-?book|webcast|webinar)\b[^.!?]{0,60}?\b(?:is (?:titled|called)|brought to you by|sponsored by)\b/iu;
const MAX_RESOURCE_PITCH_WORDS = 60;
export const isResourcePitch = (line: Line): boolean =>
  line.wordCount <= MAX_RESOURCE_PITCH_WORDS && RESOURCE_WORD.test(line.text) && (RESOURCE_PITCH.test(line.text) || RESOURCE_LIBRARY_CALL.test(line.text) || FEATURED_RESOURCE.test(line.text));
/** Words of a resource's title at most, right over its pitch ("5 Reasons to Back Up Offsite", "Is Your Desktop a Security Threat?"): no statement, the box's. */
const MAX_RESOURCE_TITLE_WORDS = 12;
export const isResourceTitle = (line: Line, under: Line | undefined): boolean =>
  isRightUnderOnPage(under, line) && line.wordCount <= MAX_RESOURCE_TITLE_WORDS && !line.text.endsWith('.') && isResourcePitch(under);

/**
 * An ad slot between paragraphs: its label, or a prompt that the article goes on past it ("Story
 * continues below", "Article continues after this advertisement"). With only "Advertisement" taken
 * for one, the paragraphs around a prompt have no prose next to them, and an AMP page's last
 * paragraph goes as page text after the article.
 */
export const isAdSlot = (line: Line): boolean => isAdLabel(line) || (line.wordCount <= MAX_PROMPT_WORDS && ARTICLE_GOES_ON_LINE.test(line.text));
