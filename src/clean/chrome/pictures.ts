// A picture's own lines: its captions and credits, a gallery's counters and prompts, a tabloid's caption naming its
// subject's age, a caption set apart over its credit. They stand between the paragraphs and read like text or headlines, so
// the cleaner removes them on sight or by the lines next to them. A picture's Markdown, a scraper's placeholder and a
// video's lines are media.ts's (isPictureLine asks them too); a credit's own text, its labels and agencies, photo-credits.ts's.
import { isRightOverOnPage, isRightUnder, isRightUnderOnPage, type Line } from '../lines.js';
import { isNewsAgencyName, isOutlet } from '../outlets.js';
import { readsAsCounter } from './printout.js';
import { isProse } from '../line-shape.js';
import { CAPTION_BUTTON, isMarkdownImage, isMediaPlaceholder } from './media.js';
import { isPhotoCredit, LABEL_LAST_CREDIT, PICTURE_LABEL, STAFF_CREDIT_LINE, WIRE_INITIALS } from './photo-credits.js';

/** Lines this long are paragraphs that happen to name a photographer, not captions. */
const MAX_CAPTION_WORDS = 60;

/** A picture's caption or credit line ("Photo: Jane Doe, AP", "… (AP Photo/John Doe)"). */
export function isPictureCredit(line: Line): boolean {
  return (
    line.wordCount <= MAX_CAPTION_WORDS &&
    ((isPhotoCredit(line.text) && !isGalleryHeadline(line.text)) ||
      isUnlabelledCredit(line.text) ||
      isCommissionedCredit(line.text) ||
      isStockAgencyCredit(line.text) ||
      isGluedCredit(line.text) ||
      isRunOnCredit(line.text) ||
      isDashedCredit(line.text) ||
      hasGluedCreditLabel(line.text) ||
      isPictureKindNote(line) ||
      isCopyrightCredit(line.text) ||
      isJapaneseCaption(line.text) ||
      CUT_OFF_CAPTION.test(line.text) ||
      (line.text.includes('(') && PLACED_CAPTION.test(line.text)) ||
      isCountedCaption(line) ||
      LABEL_LAST_CREDIT.test(line.text) ||
      isCaptionClosedByCapitalsName(line))
  );
}

/**
 * A caption closed by its photographer's name in capitals after its full stop, with no label, as Bolivian and other Latin
 * American papers set it under the picture ("El puente de la avenida Blanco Galindo, en el kilómetro 2. JUAN PÉREZ ROJAS"): a
 * sentence in mixed case, then two to four words in capitals. An agency or an outlet so set signs a paragraph ("… dijo el
 * ministro. EUROPA PRESS"), which stays.
 */
const CAPITALS_NAME_AFTER_STOP = /[.!?]["”’]?\s+(\p{Lu}[\p{Lu}\p{M}]+(?:\s+\p{Lu}[\p{Lu}\p{M}]+){1,3})$/u;
const MIXED_CASE_OPENING = /^\p{Lu}\p{Ll}/u;
const MAX_CAPITALS_CLOSED_CAPTION_WORDS = 40;
function isCaptionClosedByCapitalsName(line: Line): boolean {
  const last = line.text.at(-1) ?? '';
  if (last === last.toLowerCase() || line.wordCount > MAX_CAPITALS_CLOSED_CAPTION_WORDS || !MIXED_CASE_OPENING.test(line.text)) return false;
  const name = CAPITALS_NAME_AFTER_STOP.exec(line.text)?.[1];
  return name !== undefined && !isOutlet(name) && !isNewsAgencyName(name);
}

/**
 * An agency's caption naming where its subject stands in the picture, set between the paragraphs without a credit:
 * "Harbour City's Jane Doe (R) clashes with Riverton's Tom Roe during their cup semi-final at Union Park in Leeds. …", "…
 * (2nd L) speaks at …". The mark in brackets, a verb in the present tense and where it happens; the story tells in the
 * past. A US politician's party in the same brackets goes on with "says", "said" or a past tense: "Sen. Jane Doe (R)
 * voted against the bill."
 */
// Asked only of a line with a bracket: its lazy opening tries each of its first 80 places for the bracket's space.
const PLACED_CAPTION = /^[^.!?]{2,80}? \((?:L|R|C|(?:2nd|3rd|4th) (?:L|R|from [LR]))\) (?!(?:says|is|was|has|does)\b)\p{Ll}+s\b[^.!?]*\b(?:during|at|in)\b/u;

/**
 * A caption cut off with its expander, as Forbes sets it under a picture: "Mould grows in damp
 * soil, and offices with heating on all day give it plenty of warmth ... [+]", between two
 * paragraphs, a sentence and a half of no story.
 */
const CUT_OFF_CAPTION = /(?:\.\.\.|…)\s*\[\+\]$/u;

/**
 * A Japanese newspaper's caption (Asahi, Mainichi, Yomiuri, Kyodo): what the picture shows, an equals
 * sign, and where, when or by whom it was taken ("敦賀駅に停車する北陸新幹線の車両=福井県敦賀市",
 * "会見する社長＝3日、東京都千代田区、山田太郎撮影", "…＝同社提供"), over the first paragraph.
 * The part after the sign must end as a place, a credit or an agency does: a headline with
 * a rate ("円相場、1ドル=155円台に下落") does not.
 */
// Reuters, Kyodo and Jiji as Japanese captions write them: in katakana and as the short forms "共同" and "時事" (text/dateline.ts
// AGENCY_NAMES names the agencies in full, "共同通信", as their stories sign); the agencies of WIRE_INITIALS in Latin capitals.
const JAPANESE_CAPTION = new RegExp(
  String.raw`^(?=[^=＝]*[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])[^=＝。！？]{6,60}[=＝][^=＝。！？]{0,50}(?:撮影|提供|[市区町村県都府道郡]|ロイター|共同|時事|${WIRE_INITIALS.join('|')})$`,
  'u',
);

// The equals sign first: the caption's lookahead for a Japanese letter scanned every line (15% of isPictureCredit on the development sets' lines).
const isJapaneseCaption = (text: string): boolean => (text.includes('=') || text.includes('＝')) && JAPANESE_CAPTION.test(text);

/** A photographer's name in a credit: two to four capitalised words ("Hal Brenner", "J. Corwin Ashdale"). */
const PHOTOGRAPHER = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|da|del|al)){1,3}$/u;
/** Stock and picture agencies whose name alone credits a picture (isStockAgencyCredit): "Pool", "EPA", "Redux", "Polaris" alone name other things too. */
const STOCK_AGENCIES = ['getty', 'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'nurphoto', 'epa-efe'];
const STOCK_AGENCY_NAMES = new Set(STOCK_AGENCIES);
const LONGEST_STOCK_AGENCY = Math.max(...STOCK_AGENCIES.map((name) => name.length));
/** Picture agencies that name no news outlet (outlets.ts): a credit sets them by a photographer's name. */
const PICTURE_AGENCIES = new Set([...STOCK_AGENCIES, 'epa', 'sipa', 'sipa usa', 'zuma', 'redux', 'polaris', 'pool']);
// An outlet of one word is an agency's name: alone, the outlet words are menu words ("Register / Log In", "Press/Media Center").
// A masthead's words joined by a hyphen are one outlet's name ("Sun-Times", "Post-Gazette", "Star-Tribune").
const isCreditOutlet = (name: string): boolean => PICTURE_AGENCIES.has(name.toLowerCase()) || isNewsAgencyName(name) || (/[\s-]/u.test(name) && isOutlet(name));

/** What a credit says after the outlet of an old or pooled picture ("Marta Okafor / Reuters file"). */
const FILE_PICTURE = /\s+(?:file|pool|handout)$/iu;
/**
 * A credit alone on its line without a label or brackets: a photographer's name and the outlet or
 * agencies, joined by slashes, the name first or last ("Hal Brenner/The New York Times", "Reuters/Jane
 * Doe", "Mirae Sohn/Bloomberg/Getty Images", "Callie Vos/Sun-Times", "Marta Okafor / Reuters file"). Under a picture's caption or over the first paragraph,
 * where it reads as the body's first. Two names ("Jane Doe/John Roe"), two organisations
 * ("Reuters/Ipsos") or a headline's words ("Reuters/Ipsos poll shows voters split") are none.
 */
function isUnlabelledCredit(text: string): boolean {
  if (!text.includes('/')) return false;
  const parts = text.replace(FILE_PICTURE, '').split(/\s*\/\s*/u);
  if (parts.length < 2 || parts.length > 3) return false;
  const names = parts.filter((part) => !isCreditOutlet(part) && !CAPITALS_OUTLET.test(part));
  return names.length === 1 && (names[0] === parts[0] || names[0] === parts[parts.length - 1]) && PHOTOGRAPHER.test(names[0]!);
}
/**
 * An outlet or picture desk in capitals after a photographer's name ("Amy K. Tolland/AIMMEDIA", "Christopher
 * Lund/TRIBUNE-REVIEW"), which no list names, and which reads as a title. A first word of five letters or more: a
 * menu's "Call Center/CRM", "News Feeds/RSS" and "My Mobile/PDA" are none (bench raw pages: 2 such credits,
 * 0 lines of the gold).
 */
const CAPITALS_OUTLET = /^\p{Lu}{5,}(?:-\p{Lu}{2,})*$/u;

/**
 * A picture agency's name alone on its line, or agencies joined by slashes, one a stock agency: Forbes
 * sets "GETTY" under each picture's caption, between two paragraphs; "Getty
 * Images", "AFP/Getty Images". A news agency alone ("Reuters") may be the story's source.
 */
function isStockAgencyCredit(text: string): boolean {
  // A line without a slash is one part: a stock agency's name alone (every stock agency is a credit outlet). Most lines
  // are so, and the split's arrays cost a quarter of isPictureCredit's time on the development sets' lines.
  // A longer one is no name, and is not lowercased (lowercasing shortens no text).
  if (!text.includes('/')) {
    const name = text.trim();
    return name.length <= LONGEST_STOCK_AGENCY && STOCK_AGENCY_NAMES.has(name.toLowerCase());
  }
  // Split at the slashes and trimmed, not split at /\s*\/\s*/: that regex is quadratic on a line's long run of spaces.
  const parts = text.split('/').map((part) => part.trim());
  return parts.some((part) => STOCK_AGENCY_NAMES.has(part.toLowerCase())) && parts.every(isCreditOutlet);
}

/**
 * A caption with its credit glued to its full stop, no space between, as NBC's pages scrape them:
 * "Smoke rises from the crash site near Harbour City, Ohio, on Thursday.WTOL", "The Harbour Co logo is
 * shown outside its offices in New York.Reuters", "… on Thursday.Jane Doe". Under
 * the share buttons it reads as the body's first paragraph; under NBC's header, sharing more of the
 * body's words than the headline, as the title (headlines.ts). The credit is an agency
 * or outlet, a credit as isUnlabelledCredit or isStockAgencyCredit reads one ("Kathrin
 * Vogt/Getty", "Marta Okafor / Reuters file") or a staff photographer's (STAFF_PHOTO_CREDIT: the Boston Globe's "… on
 * Tuesday.Jane Doe/Globe Staff"), a broadcaster's call sign in capitals ("WTOL",
 * "KTLA 5") or a photographer's name; a sentence glued to another ("… in 2008.Good luck") or to a
 * button ("… across Australia.Click Here", a cookie notice's "….Accept Read More") is none (a pull
 * quote's "….Click To Tweet" is cut off its line before: page-lines.ts cutTweetButton).
 */
const GLUED_CREDIT = /^\S+(?:\s+\S+){3}.*\p{Ll}{2}[.!?]["”’]?(\p{Lu}[^.!?]*)$/u;
/** GLUED_CREDIT's start of the credit, tried at one place (sticky). */
const CREDIT_AFTER_MARK = /["”’]?\p{Lu}/uy;
const CALL_SIGN = /^\p{Lu}{2,6}(?:[ -](?:\d{1,2}|TV|News))?$/u;
/** A photographer's name glued on: two or three capitalised words, no article before them ("The Mayor Said So" is a sentence). */
const GLUED_NAME = /^(?!The\s)\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,2}$/u;
/** A button's words, which a photographer's name has not. */
const BUTTON_WORD = /(?<![\p{L}\p{M}])(?:click|tap|tweet|accept|read|more|here|share|subscribe|sign|log)(?![\p{L}\p{M}])/iu;
/** Where the line's last sentence mark (. ! ?) stands, or -1: read from the end, where most lines have it. */
function lastSentenceMark(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x21 || code === 0x3f) return i;
  }
  return -1;
}
export function isGluedCredit(text: string): boolean {
  // The glue's full stop is the line's last sentence mark, and the credit's capital follows it: most lines end with their
  // mark, and GLUED_CREDIT's `.*` tried every earlier position (60% of isPictureCredit on the development sets' lines).
  CREDIT_AFTER_MARK.lastIndex = lastSentenceMark(text) + 1;
  if (CREDIT_AFTER_MARK.lastIndex === 0 || !CREDIT_AFTER_MARK.test(text)) return false;
  const credit = GLUED_CREDIT.exec(text)?.[1];
  return (
    credit !== undefined &&
    (CALL_SIGN.test(credit) || isCreditOutlet(credit) || isUnlabelledCredit(credit) || isStockAgencyCredit(credit) || STAFF_CREDIT_LINE.test(credit) || (GLUED_NAME.test(credit) && !BUTTON_WORD.test(credit)))
  );
}

/**
 * A caption with its credit run on after its full stop and a space, no label: "Shoppers queue outside the new hall on
 * Saturday. Jane Doe/Harbour Insider" (Business Insider), "Crowds fill the terminal in November. John Roe, USA TODAY" (USA
 * TODAY's papers), over the first paragraph. The credit is a photographer's name and the outlet
 * after a comma or on either side of a slash, an outlet as isUnlabelledCredit reads one or, after a slash, a masthead of
 * capitalised words no list names; the caption before it is a sentence of four words or more.
 */
const RUN_ON_CREDIT = /^\S+(?:\s+\S+){3}.*[.!?]["”’]?\s+(\p{Lu}[^.!?]*)$/u;
/**
 * RUN_ON_CREDIT's start of the credit, tried right after the line's last sentence mark (sticky): no mark follows the one
 * before the credit. RUN_ON_CREDIT's `.*` backs off over every earlier place, with its four words', and costs ten times more.
 */
const CREDIT_AFTER_MARK_AND_SPACE = /["”’]?\s+\p{Lu}/uy;
/**
 * A paper's name in a photographer's credit, after a slash or a comma, that no list names: one to four capitalised words, "The"
 * or a number before them ("Jane Doe/Harbour Insider", "J. Doe/20 Minutes", "Jane Doe, The Harbour Free Press").
 */
const MASTHEAD = /^(?:The\s+|\p{N}+\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*){0,3}$/u;
function isRunOnCredit(text: string): boolean {
  if (!text.includes('/') && !text.includes(', ')) return false;
  CREDIT_AFTER_MARK_AND_SPACE.lastIndex = lastSentenceMark(text) + 1;
  if (CREDIT_AFTER_MARK_AND_SPACE.lastIndex === 0 || !CREDIT_AFTER_MARK_AND_SPACE.test(text)) return false;
  const credit = RUN_ON_CREDIT.exec(text)?.[1];
  return credit !== undefined && isCaptionsCredit(credit);
}
/** A credit closing a caption: a comma or slash credit, or a photographer's name over a slash and a masthead no list names. */
function isCaptionsCredit(credit: string): boolean {
  if (isCommaCredit(credit) || isUnlabelledCredit(credit)) return true;
  const parts = credit.split(/\s*\/\s*/u);
  return parts.length === 2 && PHOTOGRAPHER.test(parts[0]!) && MASTHEAD.test(parts[1]!);
}

/**
 * The same credit after a spaced dash, as 20 Minutes closes its caption: "Pupils in the school's new yard. — J. Doe/20 Minutes"
 * The photographer's initial may have its full stop.
 */
const DASHED_CREDIT = /^\S+(?:\s+\S+){3}.*[.!?]["”’]?\s+[—–]\s+(\p{Lu}[^!?]*)$/u;
function isDashedCredit(text: string): boolean {
  const credit = text.includes(' — ') || text.includes(' – ') ? DASHED_CREDIT.exec(text)?.[1] : undefined;
  return credit !== undefined && isCaptionsCredit(credit);
}

/**
 * A caption's note in brackets on what kind of picture it is, closing the line: Al Arabiya's "(تعبيرية)" and "(صورة تعبيرية)"
 * ("illustrative"), "(أرشيفية)" ("archive"), English "(file photo)", Indian sites' "(Representational image)", Al Arabiya's
 * over the first paragraph. A caption's length at most; a paragraph's sentence ends with its full stop.
 */
const PICTURE_KIND_NOTE =
  /\s\((?:صورة )?(?:تعبيرية|أرشيفية|ارشيفية)\)$|\s\((?:file (?:photo|picture|image)|archive (?:photo|picture|image)|representational (?:image|photo|picture)|representative (?:image|photo|picture)|image for representation(?:al purposes?)?|illustrative (?:image|photo|picture))\)$/iu;
const MAX_KIND_NOTED_CAPTION_WORDS = 30;
const isPictureKindNote = (line: Line): boolean => line.wordCount <= MAX_KIND_NOTED_CAPTION_WORDS && line.text.endsWith(')') && PICTURE_KIND_NOTE.test(line.text);

/**
 * A caption whose labelled credit is run on after its full stop, as The New York Times' pages copy ("Crews clear the
 * road on Tuesday.Credit...Jane Doe for The New York Times"), which over the first paragraph reads as the title: the
 * label's dots, no space, then the credit's capital. "credit..." in a sentence has a space or lower case.
 */
const GLUED_CREDIT_LABEL = /[.!?]["”’]?Credit(?:\.{3}|…) ?\p{Lu}/u;
function hasGluedCreditLabel(text: string): boolean {
  return text.includes('Credit') && GLUED_CREDIT_LABEL.test(text);
}

/**
 * A credit alone on its line with a comma where isUnlabelledCredit has a slash: a photographer's
 * name, then the agency or outlet ("Michael Brandt, AP", "Hugh Garrow, Reuters", "Al Gorski,
 * Associated Press", as USA Today's papers credit a picture). A contributor's line has the same
 * shape: only under a caption is it a credit (isCreditUnderCaption).
 */
function isCommaCredit(text: string, isOutlet: (outlet: string) => boolean = isCreditOutlet): boolean {
  // One comma, or the split gives no two parts: a paragraph's many commas are not split at (it is tried on every line
  // right under another).
  const comma = text.indexOf(',');
  if (comma < 0 || text.includes(',', comma + 1)) return false;
  const [name, outlet] = text.split(/\s*,\s*/u);
  return PHOTOGRAPHER.test(name!) && isOutlet(outlet!);
}

/** A comma credit (isCommaCredit) alone on its line: a photographer's name and the agency or outlet, as under a caption. */
export const isCommaCreditLine = (line: Line): boolean => line.wordCount <= MAX_COMMA_CREDIT_WORDS && isCommaCredit(line.text);
const MAX_COMMA_CREDIT_WORDS = 8;

/**
 * A photographer's credit alone on its line naming the paper that sent them: "Jane Doe for NY Post", "Jane Doe for The New
 * York Times" (the New York Post's under each picture's caption, over the first paragraph). The
 * outlet is one isOutlet knows; a byline so worded ("By Jane Doe for The Guardian", the Daily Mail's "… FOR DAILYMAIL.COM")
 * opens with its label or is in capitals, and the header's byline is read as metadata before this rule.
 */
const COMMISSIONED_CREDIT = /^(?!By\s)(\S+(?:\s+\S+){1,3}) for (\S.{1,40})$/u;
function isCommissionedCredit(text: string): boolean {
  const credit = text.includes(' for ') ? COMMISSIONED_CREDIT.exec(text) : null;
  return credit !== null && PHOTOGRAPHER.test(credit[1]!) && isOutlet(credit[2]!);
}

/**
 * A caption closed by its credit after a copyright sign, as France 24 and other French outlets set it: "Firefighters battle a
 * blaze near Leiria on August 14, 2026. © Pedro Nolasco, AFP", "… November 19, 2019. © Reuters / David Olmedo", which
 * reads as the title (the headline over it lost as page text) or a paragraph. The sign follows a sentence and a credit as a caption
 * ends with closes the line (an agency, a photographer's name and agency joined by a comma or slashes): a site's footer's
 * "… All rights reserved. © 2007" is none.
 */
const COPYRIGHT_CREDIT = /[.!?]["”’]?\s+©\s*([^©]{2,60})$/u;
function isCopyrightCredit(text: string): boolean {
  const credit = text.includes('©') ? COPYRIGHT_CREDIT.exec(text)?.[1]?.trim() : undefined;
  return credit !== undefined && (isCreditOutlet(credit) || isCommaCredit(credit) || isUnlabelledCredit(credit));
}

/**
 * A reporter's signature in the brackets closing the last paragraph, as Philippine papers sign a story: "… a motion for
 * reconsideration. (Jane Doe / MindaNews)". It has the shape of a caption closed by its credit (PHOTO_CREDIT's "… on Tuesday. (Ben
 * Ashworth/The River Times)"), but the name is the story's author's: every word of two letters or more of it is the byline's
 * (`byline`, lifted over it). A photographer's credit names another.
 */
const CLOSING_BRACKETED_SIGNATURE = /[.!?]["”’]?\s*\(([^()/]{3,60}?)\s*\/\s*[^()/]{2,60}\)$/u;
const NAME_WORDS = (name: string): string[] => name.toLowerCase().split(/[\s.,]+/u).filter((word) => word.length > 1);
export function isSignedByAuthor(line: Line, byline: string | null): boolean {
  if (byline === null || !line.text.endsWith(')')) return false;
  const name = CLOSING_BRACKETED_SIGNATURE.exec(line.text)?.[1];
  if (name === undefined) return false;
  const authorWords = new Set(NAME_WORDS(byline));
  const words = NAME_WORDS(name);
  return words.length >= 2 && words.every((word) => authorWords.has(word));
}

/** A picture's own line: its Markdown, a scraper's placeholder, a caption or credit, a gallery's counter or prompt. */
export const isPictureLine = (line: Line): boolean => isMarkdownImage(line) || isMediaPlaceholder(line) || isPictureCredit(line) || isGalleryCounter(line) || isGalleryPrompt(line);

/**
 * lines[i] is a comma credit (isCommaCredit) right under a picture's caption, no blank line between: a caption
 * written as a sentence that stands apart from the text above it (a blank line, or a picture's own
 * line, right over it), or a picture's line, between the paragraphs. A
 * contributor's line alone between paragraphs, or under a paragraph of a page without blank lines
 * (the line above it right under the text's), stays.
 */
export function isCreditUnderCaption(lines: readonly Line[], i: number): boolean {
  const [aboveThat, above, line] = [lines[i - 2], lines[i - 1], lines[i]!];
  if (!isRightOverOnPage(above, line) || !isCommaCredit(line.text)) return false;
  if (isPictureLine(above)) return true;
  const apart = !isRightOverOnPage(aboveThat, above) || isPictureLine(aboveThat);
  return apart && isProse(above);
}

/**
 * lines[i] is a caption or its credit right under a picture's caption buttons (CAPTION_BUTTON), no blank line between: Gannett's papers set
 * "Hide Caption" over the caption, a sentence, over the photographer's credit to the paper, "<Name>, Detroit Free Press" (a
 * masthead no list need name), over the first paragraph. The caption is a sentence of MAX_CAPTION_APART_WORDS at most;
 * a credit under it has the comma credit's shape.
 */
export function isUnderCaptionButton(lines: readonly Line[], i: number): boolean {
  const [aboveThat, above, line] = [lines[i - 2], lines[i - 1], lines[i]!];
  const isCaption = (caption: Line, button: Line | undefined): boolean =>
    isRightOverOnPage(button, caption) && CAPTION_BUTTON.test(button.text) && caption.wordCount <= MAX_CAPTION_APART_WORDS && caption.endsWithSentencePunctuation;
  if (isCaption(line, above)) return true;
  return isRightOverOnPage(above, line) && isCaption(above, aboveThat) && isCommaCredit(line.text, (outlet) => isCreditOutlet(outlet) || MASTHEAD.test(outlet));
}
/**
 * A tabloid's caption between two paragraphs, its subject named with their age and where or with what the picture shows them, no full
 * stop: MailOnline's "<Name>, 81, with the certificate presented to her at the ceremony …". A preposition right after
 * the age, no verb: "Jane Doe, 34, was charged …" and "…, 34, from Leeds, said …" are the story's; and it closes with no
 * sentence's mark, which a paragraph has.
 */
const AGED_CAPTION = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}, \d{1,3}, (?:(?:is |was )?pictured )?(?:with|at|in|outside|inside|during|holding|beside|near|on)\s[^.!?]*[^.!?:;,"”’'\s]$/u;
const MAX_AGED_CAPTION_WORDS = 40;
export const isAgedCaption = (line: Line, above: Line | undefined, below: Line | undefined): boolean =>
  line.wordCount <= MAX_AGED_CAPTION_WORDS && AGED_CAPTION.test(line.text) && above !== undefined && below !== undefined && isProse(above) && isProse(below);

/** Words of a caption set apart at most (isUnderCaptionApart): a sentence or two, not a paragraph. */
const MAX_CAPTION_APART_WORDS = 30;
/** Words of a picture's credit alone at most ("Jane Doe/Harbour Times/Getty Images"); a caption ending with its credit is longer. */
const MAX_CREDIT_ALONE_WORDS = 8;
/**
 * lines[i] is a picture's caption set apart over its credit alone: a short sentence with a blank line over it, the credit right
 * under it and a blank line under the credit ("Smoke from burning fields hangs over the ring road." over "Jane Doe/Harbour
 * Times/Getty Images", "Michael Brandt, AP"), between two paragraphs. The credit went as the picture's and the caption stayed as a
 * paragraph of the text. A paragraph over a picture with no caption has a blank line between it and the credit.
 */
export function isCaptionOverCreditApart(lines: readonly Line[], i: number): boolean {
  const credit = lines[i + 1];
  // The blank lines and the caption's shape first: the credit's patterns cost more.
  return credit !== undefined && credit.wordCount <= MAX_CREDIT_ALONE_WORDS && isUnderCaptionApart(lines, i + 1) && (isPictureCredit(credit) || isCommaCredit(credit.text));
}

/**
 * lines[i] (a gallery's counter without spaces, "1/12", or a picture's credit alone) stands right under a caption set apart:
 * a short sentence alone, a blank line over it and under lines[i], between two paragraphs.
 */
export function isUnderCaptionApart(lines: readonly Line[], i: number): boolean {
  const [aboveThat, above, line, below] = [lines[i - 2], lines[i - 1], lines[i]!, lines[i + 1]];
  if (!isRightOverOnPage(above, line) || isRightUnderOnPage(below, line) || isRightOverOnPage(aboveThat, above)) return false;
  return above.wordCount <= MAX_CAPTION_APART_WORDS && isProse(above);
}

/**
 * A gallery's prompt to go through its pictures, alone on its line: "Swipe for more photos", "Click
 * here to see more images", "View gallery", "See all 12 photos". A mobile page sets it over its
 * gallery's counter between two paragraphs.
 * A sentence goes on past the pictures ("See the photos of the flood here.").
 */
const GALLERY_PROMPT =
  /^(?:(?:swipe|scroll|click|tap)(?: (?:left|right|up|through|here))?(?: (?:for|to see|to view|to open))?|view|see|open|browse) (?:(?:more|all|the)(?: \d+)? (?:photos|pictures|images|slides)|(?:the )?(?:photo |picture |image )?gallery)\s*[.!»›→>]*$/iu;
export const isGalleryPrompt = (line: Line): boolean => GALLERY_PROMPT.test(line.text);

/**
 * A gallery's headline under a picture label ("Photos: Thousands turn out for city marathon in the
 * rain") is the gallery's title, no credit. A credit names a
 * photographer or agency ("Photos: AP", "Photo: Jane Doe/Reuters", "Photo: AFP via Getty Images"),
 * capitalised words with a few small lowercase ones; a headline is a phrase of lowercase words.
 * Under a singular label it is one picture's caption, full stop or not ("Image: Jose Mourinho has
 * agreed a deal …": a scrapinghub page); a caption under a plural one ends with its full stop.
 */
const LABELLED_HEADLINE = /^(?:Photos|Pictures|Images|Fotos)\s*:\s*(\S.*[^.!?\s])$/u;
/** Lowercase words a credit has: "AFP via Getty Images", "Jane Doe for The Guardian", "courtesy of the family". */
const CREDIT_WORDS = new Set(['via', 'for', 'by', 'of', 'and', 'the', 'de', 'van', 'von', 'da', 'del', 'courtesy', 'supplied', 'handout', 'file', 'staff', 'photographer']);
const MIN_HEADLINE_LOWERCASE_WORDS = 3;

function isGalleryHeadline(text: string): boolean {
  const rest = LABELLED_HEADLINE.exec(text)?.[1];
  if (!rest || isPhotoCredit(rest)) return false;
  const lowercase = rest.split(/\s+/u).filter((word) => /^\p{Ll}/u.test(word) && !CREDIT_WORDS.has(word));
  return lowercase.length >= MIN_HEADLINE_LOWERCASE_WORDS;
}

/**
 * A gallery's or slideshow's counter alone on its line: "1 of 12", "Image 3 of 8", "4 / 12" (the
 * first number not past the second; an unspaced "01/19" is a date). Between the captions they read
 * as text, or as a headline after the article that cuts off the captions after it.
 */
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|foto|bild)\s+)?([1-9]\d{0,2})(?:\s+(?:of|von|de|sur|di)|\s+\/)\s+([1-9]\d{0,2})$/iu;
export const isGalleryCounter = (line: Line): boolean => readsAsCounter(GALLERY_COUNTER, line);

/**
 * A gallery's caption run into its counter in brackets, as Reuters pages scrape: "[1/2]A Skyvane
 * aircraft taxis at Stockholm Arlanda Airport … REUTERS/Tom Lyle/File Photo Purchase Licensing
 * Rights, opens new tab" (the first number not past the second). Its credit not last on the line, it
 * reads as the body's first paragraph, over the wire's dateline, which then gives no source.
 */
const COUNTED_CAPTION = /^\[([1-9]\d{0,2})\/([1-9]\d{0,2})\]\s*\p{Lu}/u;
/**
 * The same caption as reuters.com's newer pages copy it, the counter in words: "Item 1 of 2 A freight train passes …
 * REUTERS/Jane Doe/File Photo Purchase Licensing Rights, opens new tab", over the first paragraph. An agency's credit
 * in capitals before a slash must follow: "Item 3 of 7" may open an agenda's sentence.
 */
const ITEM_COUNTED_CAPTION = /^Item ([1-9]\d{0,2}) of ([1-9]\d{0,2}) \p{Lu}.*\p{Lu}{2,}\//u;
const isCountedCaption = (line: Line): boolean =>
  readsAsCounter(COUNTED_CAPTION, line) || readsAsCounter(ITEM_COUNTED_CAPTION, line);

/** A picture's label alone on its line ("Фото", "Photo:"). */
const LONE_PICTURE_LABEL = new RegExp('^' + PICTURE_LABEL + '\\s*[:：]?$', 'u');
/**
 * The BBC's hidden labels of a picture, scraped with a comma, alone over the caption or the source they label ("Image
 * caption," over "The Likoni ferry at dusk"), in its services' languages too: Swahili "Maelezo ya picha," and "Chanzo cha
 * picha,", Persian "توضیح تصویر،" and "منبع تصویر،", Mundo's "Pie de foto,", Brasil's "Legenda da foto,", Indonesia's
 * "Keterangan gambar,", Hausa's "Bayanan hoto,", Russian "Подпись к фото,". Under BBC Swahili's label, a caption telling the
 * story over the author's line is the caption, not the title. A label of a menu (`Photos`) has no comma.
 */
const BBC_PICTURE_LABELS = [
  'Image caption', 'Image source', 'Image copyright', 'Media caption', 'Maelezo ya picha', 'Chanzo cha picha', 'توضیح تصویر', 'منبع تصویر',
  'Pie de foto', 'Fuente de la imagen', 'Legenda da foto', 'Crédito', 'Keterangan gambar', 'Sumber gambar', 'Bayanan hoto', 'Подпись к фото',
];
const LONE_BBC_PICTURE_LABEL = new RegExp(`^(?:${BBC_PICTURE_LABELS.join('|')})\\s*[,،]$`, 'u');
/** Whether `line` is the caption or source right under the BBC's label of it alone (LONE_BBC_PICTURE_LABEL). */
export const isUnderBbcPictureLabel = (line: Line, label: Line | undefined): boolean => isRightOverOnPage(label, line) && LONE_BBC_PICTURE_LABEL.test(label.text);
/** A social handle alone: "@paulinaporizkov". */
const BARE_HANDLE = /^@[\p{L}\p{N}_.]{1,30}$/u;
export const isBareHandle = (line: Line): boolean => BARE_HANDLE.test(line.text);
/**
 * A picture's label alone over the handle of the account it was taken from, no blank line between
 * (`Фото` over `@paulinaporizkov`, as Russian and other lifestyle sites credit an Instagram picture),
 * between two paragraphs. Alone the label is too short to stay; a handle alone
 * may be a tweet's quoted author, and stays.
 */
export const isHandleCredit = (label: Line | undefined, handle: Line | undefined): boolean =>
  label !== undefined && handle !== undefined && isRightUnder(handle, label) && isBareHandle(handle) && LONE_PICTURE_LABEL.test(label.text);
