// A picture credit's own text (isPhotoCredit): its labels in many languages, wire and stock agencies, a courtesy, "Quelle:", "nuotr.".
/** The wire agencies captions in every script credit by their initials, in Latin capitals (pictures.ts JAPANESE_CAPTION too). */
export const WIRE_INITIALS = ['AP', 'AFP', 'EPA'];
/**
 * The wire agencies a caption credits by their name, as a regex alternation: "(AP Photo/…)", "… / AFP", "[EPA]". Not
 * text/dateline.ts AGENCY_NAMES, the agencies that sign stories: EPA signs none, and the caption's regexes spell these
 * four names in their case alone.
 */
export const PHOTO_WIRE = [...WIRE_INITIALS, 'Reuters'].join('|');

/**
 * A stock agency's name as a credit gives it: closing the line ("Getty Images", "AFP via Getty
 * Images", "… (Credit: iStock)"), or before a slash or a credit's word ("Getty Images/iStockphoto",
 * "Getty Images for Netflix"). A sentence naming the agency goes on in lower case ("Getty Images
 * said on Monday it would cut 200 jobs", "Shutterstock shares rose") or closes on it with its full
 * stop ("… was sold to Getty Images."): no picture's credit. Nor one naming it as a company ("Getty Images Inc said …",
 * "… to buy Getty Images for $2 bln", a wire story's headline and first paragraph); "for" is a credit's word before a capital
 * only ("Getty Images for Netflix"). Nor one closing a headline after a word in lower case that is no credit's ("Private
 * equity firm to buy Getty Images", the page's title); a credit's word may stand there ("Image copyright Getty Images", "AFP
 * via Getty Images").
 */
const CREDIT_WORD_BEFORE_AGENCY = '(?:by|via|copyright|of|from|credit|photo|photos|image|images|picture|pictures|photograph)';
const STOCK_AGENCY = String.raw`(?:Getty Images|Shutterstock|iStock(?:photo)?)`;
const STOCK_AGENCY_CREDIT = String.raw`\b${STOCK_AGENCY}\b(?<!(?:^|[^\p{L}])(?!${CREDIT_WORD_BEFORE_AGENCY}\s)\p{Ll}+\s+${STOCK_AGENCY})(?![,;]?\s+(?!(?:file|photo|photos|pool|via|handout|staff|and)\b|for\s+\p{Lu})\p{Ll})(?!\s+(?:Inc|Ltd|Corp|LLC|Holdings)\b)(?!\.\s*$)`;
// An agency after a slash ends a credit ("J. Corwin Ashdale / AP file", "Dan Hill / AFP via Getty
// Images") or a caption goes on after it with a capital; a lowercase word after it that is no credit's
// ("an Ipsos/Reuters poll found …", "a YouGov/AP survey") is running text naming a poll, and stays.
const AGENCY_AFTER_SLASH = String.raw`[/|]\s*(?:${PHOTO_WIRE}|Bloomberg|Getty)\b(?!\s+(?!(?:file|photo|photos|pool|via|for|handout|staff)\b)\p{Ll})`;
/**
 * An agency's photo credit as captions end with it: in brackets ("(AP Photo/Evan Vucci)", "(AP Photo,
 * File)"), before a photographer's slash ("AP Photo/Evan Vucci") or closing the line. A sentence that
 * names one goes on after it ("an AP Photo taken in 1972 was sold …", "Reuters Photo editors chose
 * it …"), and is no credit.
 */
const AGENCY_PHOTO = `(?:${PHOTO_WIRE}) Photo`;
// Or the agency alone in square brackets closing the caption, as Al Jazeera sets it ("The army said soldiers
// had cleared the border road [EPA]"), which reads as a page's title.
const AGENCY_PHOTO_CREDIT = String.raw`[(\[]\s*${AGENCY_PHOTO}\b|\b${AGENCY_PHOTO}(?=\s*(?:/|$))|\s\[(?:${PHOTO_WIRE}|Getty Images)\]$`;
/**
 * A credit of who lent the picture: "Courtesy of NASA", "Photo courtesy of the Smith family", "(Courtesy
 * of Jane Doe)", or after its caption's sentence ("… in 1962. Courtesy of the family"): a name of at most
 * eight words closing the line. A sentence opening so goes on in a clause after a comma or in another
 * sentence ("Courtesy of a £2 million grant from the lottery fund, the museum will reopen …"), and stays. "Photo courtesy
 * of NASA" is one.
 */
const COURTESY_CREDIT = String.raw`(?:^|[(\[/|]\s*|[.!?]\s+|\b(?:Photos?|Images?|Pictures?)\s+)[Cc]ourtesy of\s+(?!.*,\s*\p{Ll})(?!.*[.!?]\s)\S+(?:\s+\S+){0,7}$`;
/**
 * The same credit in the brackets closing a caption with a colon or nothing after "Courtesy", as The Times of Israel sets it:
 * "… before delivery, November 2026. (Courtesy: Harbour Authority)", "(Courtesy)", over the first paragraph.
 */
const BRACKETED_COURTESY = String.raw`[(\[]\s*[Cc]ourtesy(?:\s*:\s*[^()\[\]]{1,60})?\s*[)\]]$`;
/** A name in a bracketed credit of `more` words or more after its first: capitalised words, a few small ones between them ("The River Times", "Jane Doe for The Post"). */
const creditName = (more: 0 | 1): string => String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’&-]*|of|the|for|via|de|van|von|da)){${more},5}`;
/**
 * A staff photographer's credit alone on its line, their name, a slash and the paper's staff: "Wen Li Chao/Globe Staff",
 * "Jane Doe / Herald Staff Photographer". Under each caption of a gallery they read as headlines after the article,
 * which would cut the last captions off.
 */
const STAFF_PHOTO_CREDIT = String.raw`^${creditName(1)}\s*/\s*(?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+){0,4}(?:Staff(?:\s+Photographer)?|Photographer|Contributor|Correspondent)$`;
export const STAFF_CREDIT_LINE = new RegExp(STAFF_PHOTO_CREDIT, 'u');
/** A picture agency as German captions credit it, in the case they write it: "imago", "IMAGO", "dpa", "picture alliance". */
const GERMAN_PICTURE_AGENCY = String.raw`(?:imago(?: images)?|IMAGO(?: images)?|dpa|picture alliance|Getty Images|${PHOTO_WIRE}|Shutterstock|privat)`;
/**
 * t-online's credit closing a caption, labelled "Quelle" (source) inside its bracket, a photographer and a picture agency on the
 * two sides of a slash: "Eine Stadtbahn am Neumarkt (Archivbild): … (Quelle: Helga Raumann/imago)", "(Quelle: IMAGO/Jan Ostrow)"
 * (over the first paragraph). The agency is named: "(Quelle: Statistisches Bundesamt)" closing a paragraph
 * cites the figures, and stays.
 */
const SOURCE_LABELLED_PICTURE_CREDIT = String.raw`\(Quelle:\s*(?:[^()/]{1,60}/\s*${GERMAN_PICTURE_AGENCY}|${GERMAN_PICTURE_AGENCY}\s*/[^()/]{1,60})\)$`;
/**
 * WELT's credit alone on its line under the caption, "Quelle:" over an agency and a photographer of two names or more: "Quelle:
 * picture alliance/Jane Doe", "Quelle: picture alliance/dpa/Jane Doe" (not the story's source). A regional
 * desk after the agency ("Quelle: dpa/lnw") names no photographer and stays a source credit.
 */
const SOURCE_LABELLED_CREDIT_LINE = String.raw`^Quelle:\s*(?:${GERMAN_PICTURE_AGENCY}(?:\s*/\s*${GERMAN_PICTURE_AGENCY})?\s*/\s*${creditName(1)}|${creditName(1)}\s*/\s*${GERMAN_PICTURE_AGENCY})$`;
/**
 * Picture labels in scripts without case: Urdu "فوٹو", "فائل فوٹو" (file photo), "تصویر",
 * Arabic "صورة", "تصوير", Persian "عکس", Hindi "फोटो", "फ़ोटो", "तस्वीर". Independent Urdu ends a caption
 * with its credit in brackets ("کراچی میں اسٹیٹ بینک آف پاکستان کی عمارت (فائل فوٹو: اے ایف پی)"), over the
 * first paragraph.
 */
const OTHER_SCRIPT_PICTURE_LABELS = [
  'فائل فوٹو', 'فوٹو', 'تصویر', 'صورة', 'تصوير', 'عکس', 'फ़ोटो', 'फोटो', 'तस्वीर',
  // Japanese "写真：共同通信", Korean "사진: 연합뉴스", Chinese "图：新华社", "图片来源：…", "攝影：…", mostly with a full-width colon.
  // Hebrew "צילום: רויטרס"
  'צילום',
  // Malayalam "ചിത്രം" (Manorama's caption "… ചിത്രം: ജോസ്കുട്ടി പനയ്ക്കൽ ∙ മനോരമ"), Tamil "படம்", Bengali "ছবি",
  // Kannada "ಚಿತ್ರ", Telugu "చిత్రం", Gujarati "તસવીર", Punjabi "ਤਸਵੀਰ"
  'ചിത്രം', 'படம்', 'ছবি', 'ಚಿತ್ರ', 'చిత్రం', 'તસવીર', 'ਤਸਵੀਰ',
  // Assamese and Bengali "photo" ("ফটো: প্ৰতিদিন")
  'ফটো',
  // Burmese "ဓာတ်ပုံ" (The Irrawaddy's "(ဓာတ်ပုံ - ဧရာဝတီ)"), Lao "ພາບ" ("ພາບ: ວຽງຈັນໃໝ່"), Khmer "រូបភាព" with its colon "៖"
  'ဓာတ်ပုံ', 'ພາບ', 'រូបភាព',
  '写真', '사진', '图片来源', '圖片來源', '图片', '圖片', '图', '圖', '摄影', '攝影',
];
/**
 * A credit in a script without case, its label last and alone on its line after one or two words: Prajavani's "ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ"
 * ("Prajavani picture"), between the paragraphs. Not in Chinese, Japanese or Korean, whose words are
 * not so spaced; a sentence's stop or a colon is no credit's.
 */
export const LABEL_LAST_CREDIT = new RegExp(
  `^[^\\s.!?।:]+(?:\\s+[^\\s.!?।:]+)?\\s+(?:${OTHER_SCRIPT_PICTURE_LABELS.filter((label) => !/[\\p{Script=Han}\\p{Script=Hangul}]/u.test(label)).join('|')})$`,
  'u',
);
// ERR's Estonian "Autor/allikas" ("author/source": "Tallinna trammiliin. Autor/allikas: Siim Lõvi/ERR").
// Kazakh "Сурет" ("picture": Egemen Qazaqstan's "Сурет: облыс әкімдігінің баспасөз қызметі", the press office's).
// Maltese "Ritratt", Faroese and Icelandic "Mynd", Breton "Luc'hskeudenn" and Mongolian "Зураг" ("Ritratt: Kunsill Lokali …",
// "Mynd: Veðurstovan"), between the paragraphs. Kurmanji "Wêne" (a photo-story's "Wêne: … / MA" under each paragraph).
// Hungarian "Fotó" and Croatian "Fotografija" (a paper's credit to itself, metadata/site-mentions.ts).
// Kinyarwanda "Ifoto" and "Amafoto" (photo, photos: Rwandan sites credit a gallery "Amafoto: <names>", a caption "(Ifoto: …)").
// Romansh "Maletg" (RTR's "(Maletg: RTR)"). Armenian "Լուսանկարը" ("the photo"; NEWS.am's "Լուսանկարը՝ …", its separator the
// Armenian comma "՝").
export const PICTURE_LABEL =
  "(?:Լուսանկարը|Լուսանկարները|Լուսանկար|Photo|Photos|Photograph|Photo illustration|Image|Images|Picture|Pictures|Alt text|Image description|Credit|Photo [Cc]redit|Image [Cc]redit|Image copyright|Image caption|Image source|Media caption|Foto|Fotos|Fotó|Fotografija|Ảnh|Bild|Imagen|Imagem|Crédito|Crédit photo|Zdjęcie|Fotoğraf|Фото|Сурет|Autor/allikas|Ritratt|Mynd|Luc['’]hskeudenn|Зураг|Wêne|Ifoto|Amafoto|Maletg|" +
  OTHER_SCRIPT_PICTURE_LABELS.join('|') + ')';
/**
 * A picture's label in capitals and its credit in capitals, opening the line or after the caption's full stop or spaced dash: Thanh
 * Niên's "ẢNH: NGỌC LAN PHƯƠNG" under its caption, over the first paragraph. The capitals' credit is
 * required: "PHOTOS: Inside the new stadium" is a gallery's headline.
 */
const CAPITALS_LABELLED_CREDIT = String.raw`(?:^|[.!?]["”’]?\s+|\s[-–—]\s+)${PICTURE_LABEL.toUpperCase()}\s*[:：]\s*[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}.'’&/-]*(?:,?\s+[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}.'’&/-]*){0,5}$`;
/**
 * A picture's credit or caption label: "Photo: Jane Doe, AP", "(Image: GETTY)", "Photo by …",
 * "Image caption …", "… (AP Photo/John Doe)", "… / Getty Images", "Credit: ESA", "Foto: dpa" (and the
 * labels of other languages, "Imagem:", "Zdjęcie:", "Fotoğraf:", "Фото:", "Fot. Jan Kowalski"), an image's
 * description for screen readers scraped with it ("Alt text: A small blue planet …");
 * BBC pages scraped as text give their hidden labels with a comma: "Image source, EPA", "Image
 * caption, The turbines …" (read as text when the caption is a sentence), or run into the caption
 * ("Media captionWho is Julian Assange?"). A caption ending with its credit in brackets, photographer
 * and outlet or agency and photographer ("… on Tuesday. (Ben Ashworth/The River Times)", "(Reuters/Dana
 * Whitfield)"), which reads as a paragraph. Such a credit names a photographer, a name of two words or
 * more on one side: two single names ("(Reuters/Ipsos)", "(CBS/YouGov)") credit a poll closing a paragraph,
 * which stays.
 * A picture's label opens the line or follows its caption's bracket, full stop, bar or spaced dash, as Tuổi Trẻ ends a caption
 * ("Ô tô trên đường Lê Lợi - Ảnh: QUANG ĐỊNH", between the paragraphs), its credit after it.
 */
const PHOTO_CREDIT = new RegExp(
  '(?:^|[(\\[.|]\\s*|\\s[-–—]\\s+)' + PICTURE_LABEL + '(?:\\s*[:：៖՝]|\\s+by\\b|\\s+via\\b|(?<=caption|copyright)\\s|(?<=caption|copyright|source),|(?<=caption|copyright)(?=\\p{Lu}))' +
    // Polish pages abbreviate it, a name after it: "Fot. Jan Kowalski / PAP" ("Fot. 3 pokazuje …" is a figure's).
    '|^Fot\\.\\s+\\p{Lu}\\p{Ll}' +
    // Tajik sites credit a picture by where it comes from, alone on its line: "Акс аз бойгонии Asia-Plus" ("photo from the archive of
    // …"), "Акс аз интернет", between the paragraphs; a sentence goes on.
    '|^Акс(?:ҳо)? аз\\s[^.!?]{1,40}$' +
    // The credit under its copyright label alone on its line, as Le360 sets it under each caption of a photo story ("© Copyright :
    // Jane Doe / Le Journal"): a capital after the colon and no sentence's stop; a footer's notice gives a year, not a colon.
    '|^(?:©\\s*)?(?:Copyright|COPYRIGHT)\\s*[:：]\\s*\\p{Lu}[^.!?:]{0,60}$' +
    // The label and its credit parted by a spaced dash in the brackets closing the caption, as The Irrawaddy sets them.
    '|[(\\[]\\s*' + PICTURE_LABEL + '\\s+[-–—]\\s+[^()\\[\\]]{1,60}[)\\]]$' +
    // The label and its credit parted by a spaced slash closing the caption, as the NZ Herald sets them ("… this week. Photo /
    // Jane Doe", "Photo / Supplied"); a menu's "Photos/Videos" has no spaces.
    '|(?:^|[.!?]["”’]?\\s+)(?:Photo|Photos|Picture|Pictures|Image|Images)\\s+/\\s+(?!(?:Videos?|Audio)$)\\p{Lu}[^/]{0,50}$' +
    '|' + AGENCY_PHOTO_CREDIT + '|' + STOCK_AGENCY_CREDIT + '|' + AGENCY_AFTER_SLASH +
    `|${CAPITALS_LABELLED_CREDIT}|\\((?:${creditName(1)}\\s*/\\s*${creditName(0)}|${creditName(0)}\\s*/\\s*${creditName(1)})\\)$|${STAFF_PHOTO_CREDIT}|${SOURCE_LABELLED_PICTURE_CREDIT}|${SOURCE_LABELLED_CREDIT_LINE}`,
  'u',
);
const COURTESY = new RegExp(`${COURTESY_CREDIT}|${BRACKETED_COURTESY}`, 'u');
/**
 * What each of PHOTO_CREDIT's alternatives needs, loosened to a few literals: a colon, slash or bar; "by", "via" or "Photo"
 * after a space; an agency's "Getty", "Shutterstock" or "iStock"; a label's "caption", "copyright" or "source"; the Polish and
 * Tajik openings; else a bracket closing the line (mayBePhotoCredit). PHOTO_CREDIT tries its alternatives at every place of a
 * line, about three times what this scan costs, and few lines have any of these.
 */
const PHOTO_CREDIT_NEEDS = /[:：៖՝/|]|\s(?:by|via|Photo)|Getty|[sS]tock|c(?:aption|opyright)|source|^Fot\.|^Акс/;
function mayBePhotoCredit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x29 || last === 0x5d || PHOTO_CREDIT_NEEDS.test(text);
}
/**
 * A picture's credit (PHOTO_CREDIT, COURTESY). COURTESY is tried only on a line with its words: its openings (any sentence's
 * end) would make one pattern of both try it all along every line, a fifth of its time.
 */
export const isPhotoCredit = (text: string): boolean => (mayBePhotoCredit(text) && PHOTO_CREDIT.test(text)) || (text.includes('ourtesy') && COURTESY.test(text)) || isLithuanianCredit(text);
/**
 * Lithuanian pages write "nuotr." ("photo") after whom they credit, closing the caption ("Aleksoto tiltas / Jono Jonaičio / BNS
 * nuotr.", "15min nuotr."), or before the name ("Nuotr. Jono Jonaičio"). Tried only on a line ending or opening with the word.
 */
const LITHUANIAN_CREDIT = /(?:^|\s)[\p{L}\p{N}][\p{L}\p{N}.'’-]*\s+nuotr\.$|^Nuotr\.\s+\p{Lu}\p{Ll}/u;
const isLithuanianCredit = (text: string): boolean => (text.endsWith(' nuotr.') || text.startsWith('Nuotr. ')) && LITHUANIAN_CREDIT.test(text);

/** A picture's label in any case opening its credit, up to whom it credits ("Foto: …", "PHOTO: …"). */
export const PICTURE_CREDIT_LABEL = new RegExp('^' + PICTURE_LABEL + '\\s*[:：]\\s*', 'iu');
