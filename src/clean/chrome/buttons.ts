// Buttons and their rows: share and follow links, reader tools, links to the article's other language
// editions and to the outlet's standards. Short and repeated, they sit anywhere around the text.
import type { Line } from '../lines.js';
import { SOCIAL_NETWORK } from './prompts.js';
import { MINUTES, NUMBER_OF } from './stamps.js';

/**
 * Share and follow links: "Share this page", "Share on Facebook", "Follow us on Twitter and Facebook", and the same buttons in
 * the languages the project lists ("Partager sur Facebook", "Teilen", "Поделиться", "Folgen Sie uns", "Följ oss", "Chia sẻ",
 * "שתפו", "शेयर करें", "Ikuti kami di …", "تابع … على:"). Their words end at a space or the line's end: `\b` knows ASCII only.
 */
const FOLLOW = String.raw`follow\s+(?:us|me|him|her|them)\b.*|(?:suivez-nous|suivez nous|suivez-(?:le|la)|folgen sie (?:uns|ihr|ihm)|folge uns|síguenos|síguel[oa]|siga-nos|sigam-nos|siga-[oa]|seguici|seguil[oa]|volg ons|volg (?:hem|haar)|подписывайтесь|obserwuj nas|bizi takip edin|följ oss|sledujte nás|urmăre[șş]te-ne|theo dõi chúng tôi)(?:\s.*)?`
  // Indonesian "follow us on …"; Arabic "follow … on" with the network after it or none ("تابع الجزيرة نت على:"), and English
  // "follow <the site> on" over the network buttons the scraper did not keep ("Follow HNT on", "Follow Harbour Times on:").
  + String.raw`|ikuti kami(?:\s+di\s.*)?|تابع(?:وا|ونا|نا)?(?:\s+\S+){0,3}\s+على\s*:?|follow(?:\s+\S+){1,3}\s+on\s*:?`
  // A video channel's widget label under the story ("Follow and Subscribe Harbour TV :"), over the buttons the scraper did not
  // keep: its colon would make it the lead-in of the related headlines and the footer under it.
  + String.raw`|follow (?:and|&) subscribe(?:\s+to)?(?:\s+\S+){1,4}\s*:?`
  // Indonesian sites' plug for their Google News channel ("Simak berita terbaru lainnya di Google News"), which between two
  // paragraphs stays in the body.
  + String.raw`|(?:simak|ikuti|baca|dapatkan)\s[^.!?]{0,50}?\sdi google news`;
/** The share button's word in the languages the project lists besides English's "share". */
const OTHER_LANGUAGE_SHARE =
  '(?:partager|partagez|teilen|compartir|comparte|compartilhar|compartilhe|partilhar|condividi|delen|deel|dela(?:\\s+artikeln?)?|поделиться|udostępnij|chia sẻ|שתפו|שתף|اشتراک ?گذاری|اشتراک‌گذاری|शेयर करें|分享|공유|공유하기' +
  // Japanese, Chinese and Korean say what is shared or where before the verb or after it, with no space: "この記事をシェア",
  // "Xでシェアする", "ツイート", "分享到微信", "分享至好友和朋友圈" (share with friends and Moments), "기사 공유하기".
  '|(?:この記事を|記事を)?(?:(?:twitter|x|facebook|line|はてな)で)?シェア(?:する)?|ツイート|はてなブックマーク|分享(?:到|至)(?:好友和朋友圈|微信|微博|朋友圈|qq|facebook|twitter)?|기사\\s*공유(?:하기)?)';
const SHARE_OR_FOLLOW = new RegExp(
  '^(?:share(?:\\s+(?:this|on|via)\\b.*)?' +
    `|${OTHER_LANGUAGE_SHARE}(?:\\s+(?:sur|auf|per|via|en|no|na|em|su|op|в|на|cet article|diesen artikel|este artigo|esta notícia|esta noticia|questo articolo)(?:\\s.*)?|\\s*[:：]?)` +
    `|${FOLLOW})$`,
  'iu',
);
const MAX_SHARE_OR_FOLLOW_WORDS = 8;
export const isShareOrFollow = (line: Line): boolean => line.wordCount <= MAX_SHARE_OR_FOLLOW_WORDS && !line.endsWithSentencePunctuation && SHARE_OR_FOLLOW.test(line.text);
/**
 * A bookmarking plugin's note under a blog post's share buttons, its heading run in: "Tell Your Friends About This StoryThese buttons
 * link to social bookmarking services where readers can save and find new pages.". Written as a sentence, it would close the
 * post.
 */
const BOOKMARKING_NOTE = /\b(?:icons|buttons|links) (?:link )?to social bookmarking (?:sites|services)\b/iu;
const MAX_BOOKMARKING_NOTE_WORDS = 40;
export const isBookmarkingNote = (line: Line): boolean => line.wordCount <= MAX_BOOKMARKING_NOTE_WORDS && BOOKMARKING_NOTE.test(line.text);
/**
 * A follow link alone ("Follow Us", "Follow us on X", "Folgen Sie uns"), or with a colon over the network buttons the scraper
 * did not keep ("Follow us on:"), wherever it stands: under a page's header it would open the article's block.
 */
const FOLLOW_LINK = new RegExp(`^(?:${FOLLOW})$`, 'iu');
/**
 * An author's plug written as sentences, the networks only, then a "check out my …" sentence or none ("Follow me on LinkedIn or
 * Twitter. Check out my website.", "Follow Harbour Radio Tamil on Facebook and YouTube."), which FOLLOW_LINK's no full stop
 * misses. The words between `follow` and `on` hold no sentence's end or comma, and only networks follow them. X is the network
 * only before another one ("Follow me on X or LinkedIn."), as SOCIAL_NETWORK takes it only last: a lone capital x is as often a letter.
 */
const PLUG_NETWORK = String.raw`(?:${SOCIAL_NETWORK}|x(?=(?:,|,?\s+or|,?\s+and)\s))`;
/**
 * Or the site's sign-off under each story, a section's page liked first and what the reader gains after the networks ("Like
 * Sports on Facebook, follow @HarbourSport on Twitter to stay informed and join in the conversation.", "… to receive all
 * updates on all our daily pieces."): only those gains, no comma after them, so that advice in the text ("Follow the ministry on
 * Facebook to see the new timetable.") is not one.
 */
const PLUG_LIKED_PAGE = String.raw`(?:like [^.!?,]{1,40}? on ${SOCIAL_NETWORK},\s+)?`;
const PLUG_GAIN = String.raw`(?:\s+to (?:stay (?:informed|updated|up to date)|receive (?:all )?(?:the latest )?updates|get (?:all |the latest )?(?:news|updates))[^.!?,]{0,60})?`;
const FOLLOW_PLUG = new RegExp(
  String.raw`^${PLUG_LIKED_PAGE}follow (?:me|us|[^.!?,]{1,40}?) on ${PLUG_NETWORK}(?:(?:,|,?\s+or|,?\s+and)\s+${PLUG_NETWORK})*${PLUG_GAIN}[.!](?:\s+check out my (?:website|blog|books?|podcast|newsletter|other work)\b[^.!?]{0,60}[.!])?$`,
  'iu',
);
export const isFollowLink = (line: Line): boolean =>
  (line.wordCount <= MAX_SHARE_OR_FOLLOW_WORDS && !line.endsWithSentencePunctuation && FOLLOW_LINK.test(line.text)) || FOLLOW_PLUG.test(line.text);
/**
 * A bare share button alone on its line ("Share", "Share:", "Teilen", "Partager"), wherever it stands (under a key points box
 * the cleaner keeps as the opening, it would stay between the box and the first paragraph; no gold line is one); with the
 * network's place left out ("Share via :", "Share on"), the label over the buttons ("Share this:", with or without its colon),
 * "Share or comment on this article:", and the label naming what is shared with its colon, maybe asked politely ("Share this story:",
 * "Kindly Share This Story:", which some papers set under the last paragraph as well as over the first). "Share this article" alone
 * may be a heading.
 */
const SHARE_BUTTON = new RegExp(
  `^(?:share(?:\\s+(?:via|on|this)|\\s+or comment on this (?:article|story)\\s*(?=[:：]))?|(?:(?:kindly|please)\\s+)?share\\s+this\\s+(?:story|article|post|page|news)\\s*(?=[:：])|${OTHER_LANGUAGE_SHARE})\\s*[:：]?$`,
  'iu',
);
export const isShareButton = (line: Line): boolean => SHARE_BUTTON.test(line.text);

/**
 * A link to the article in another language, each as its own language words it, one or several on a line, joined by nothing, a
 * space or a bar: "阅读简体中文版閱讀繁體中文版" under a byline, "Leer en español", "Read in English", "Auf Deutsch lesen",
 * "English version". A sentence goes on past the language ("Read in English, the letter says …").
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
 * wherever it stands: between a page's paragraphs the line model would keep them in the body.
 */
const SHARE_BUTTON_NAMES = new Set([
  'facebook', 'twitter', 'whatsapp', 'telegram', 'pinterest', 'pin', 'pint', 'linkedin', 'reddit', 'tumblr', 'email', 'e-mail', 'mail', 'print', 'messenger',
  'vk', 'vkontakte', 'вконтакте', 'одноклассники', 'weibo', 'wechat', 'qq', 'kakaotalk', 'flipboard', 'pocket', 'tweet', 'sms', 'threads', 'bluesky', 'xing', 'viber',
]);
/**
 * Any of the names in any case: a line with none is no row, and is not lowercased and split into words (measured 93 → 39 ms
 * over 60k short lines). Every letter that lowercases to one of a name's letters matches it under /iu (checked over every
 * code point), so no row is missed.
 */
const ANY_SHARE_BUTTON_NAME = new RegExp([...SHARE_BUTTON_NAMES].join('|'), 'iu');
const MAX_SHARE_ROW_WORDS = 8;
export function isShareButtonRow(line: Line): boolean {
  if (line.wordCount > MAX_SHARE_ROW_WORDS || line.endsWithSentencePunctuation || !ANY_SHARE_BUTTON_NAME.test(line.text)) return false;
  const words = line.text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  const names = words.filter((word) => SHARE_BUTTON_NAMES.has(word)).length;
  return names >= 2 && 2 * names >= words.length;
}

/** The longest of SHARE_BUTTON_NAMES ("одноклассники", "vkontakte"): a longer line is no name alone, and is not lowercased. */
const MAX_SHARE_BUTTON_NAME_LENGTH = Math.max(...[...SHARE_BUTTON_NAMES].map((name) => name.length));
/**
 * One network's share button alone on its line ("Twitter", "WhatsApp", "Email"), as a share panel sets each over its "Share this
 * with …". Removed nowhere (a network's name alone may head a paragraph about it or link a menu's page); the title's search counts
 * none of them against its window (headlines.ts isShareChrome).
 */
export const isShareButtonName = (line: Line): boolean => line.text.length <= MAX_SHARE_BUTTON_NAME_LENGTH && SHARE_BUTTON_NAMES.has(line.text.trim().toLowerCase());

/** A count as a widget gives it: "1,234", "12.406", "1 234", "1.2K", "3万". */
const READER_COUNT = String.raw`\d+(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?\s*[KkMm万萬]?`;
/** A view counter's label before its count, in the languages of the project's pages. */
const VIEW_COUNT_LABELS = [
  'views?', 'hits', 'page\\s*views', 'lượt\\s+xem', 'lượt\\s+đọc', '阅读(?:量|数|次数)?', '閱讀(?:量|數|次數)?', '浏览(?:量|次数)?', '瀏覽(?:量|次數)?', '閲覧数', '조회수?',
  'просмотр(?:ов|ы)?', 'переглядів|перегляди', 'visualizações', 'visualizaciones', 'visualizzazioni', 'visitas', 'lecturas', 'leituras',
  'vues', 'aufrufe', 'wyświetle(?:ń|nia)', 'dibaca', 'okunma(?:\\s+sayısı)?', 'görüntülenme', 'bezocht', 'بازدید', 'المشاهدات|مشاهدات',
].join('|');
/** The same after its count: "1,234 views", "12.406 lượt xem", "1234 просмотра". */
const VIEW_COUNT_WORDS = ['views', 'hits', 'reads', 'lượt\\s+xem', 'lượt\\s+đọc', '次阅读', '次閱讀', '次浏览', '次瀏覽', 'просмотр(?:а|ов)?', 'visualizações', 'visualizaciones', 'visualizzazioni', 'visitas', 'lecturas', 'leituras', 'vues', 'aufrufe', 'kali\\s+dibaca', 'مشاهدة'].join('|');
/**
 * A count of the story's readers, a widget as a count of comments is ("Views: 1,234", "Lượt xem: 12.406", "阅读 1234",
 * "1.234 visualizações", French "Lu 1843 fois", "read 1843 times", closing a byline's line): under a standfirst it would stay
 * as the body's first line.
 */
const VIEW_COUNT = String.raw`(?:${VIEW_COUNT_LABELS})\s*[:：]?\s*${READER_COUNT}(?:\s*(?:times|kali|次))?|${READER_COUNT}\s*(?:${VIEW_COUNT_WORDS})|lu\s+${READER_COUNT}\s+fois`;
const VIEW_COUNT_LINE = new RegExp(`^(?:${VIEW_COUNT})$`, 'iu');
/** A reader count alone (VIEW_COUNT): lift.ts reads it as a part of a byline's line. */
export const isViewCount = (line: Line): boolean => VIEW_COUNT_LINE.test(line.text);

/** What a reader tool acts on: "this article", "the story". */
const TOOL_OBJECT = String.raw`(?:this\s+|the\s+)?(?:article|story|page|post)`;
/** A reader tool's button whose label says what it does: "Listen to article 4 min", "Save article", "Copy link", "Text size A A A". */
const NAMED_TOOLS = [
  String.raw`(?:text|font)\s+size(?:\s+A[-+]?){0,3}`,
  String.raw`(?:increase|decrease|change|adjust|reset)\s+(?:the\s+)?(?:text|font)(?:\s+size)?`,
  // The text size button in other languages ("글씨크기 조절하기" under a byline would open the body).
  String.raw`(?:본문\s*)?(?:글자|글씨)\s*크기\s*(?:조절|조정|변경)?(?:하기)?|文字サイズ(?:変更)?|字号|字体大小|schriftgröße(?:\s+ändern)?|taille\s+du\s+texte|tamaño\s+(?:de\s+(?:la\s+)?)?(?:letra|texto|fuente)|tamanho\s+d[ao]\s+(?:letra|fonte|texto)|dimensione\s+(?:del\s+)?testo|rozmiar\s+(?:tekstu|czcionki)`,
  String.raw`listen(?:\s+to\s+${TOOL_OBJECT})?\s*[:(]?\s*${NUMBER_OF}${MINUTES}\)?`,
  String.raw`listen\s+to\s+${TOOL_OBJECT}`,
  String.raw`(?:save|bookmark)\s+(?:${TOOL_OBJECT}|for\s+later|to\s+(?:my\s+)?(?:reading\s+)?list)`,
  // The same in Japanese: "この記事をスクラップする" ("clip this article") under a date line.
  String.raw`(?:この)?記事を(?:スクラップ|保存|ブックマーク)(?:する)?`,
  // A save button's prompt to a reader not logged in: "Create your free profile or log in to save this article" under the byline
  // would be the title once the caption under the buttons went.
  String.raw`(?:create\s+(?:a|your)\s+free\s+(?:profile|account)\s+or\s+)?(?:log|sign)\s+in\s+to\s+(?:save|bookmark)\s+${TOOL_OBJECT}`,
  String.raw`copy(?:\s+the)?\s+link(?:\s+to\s+clipboard)?`,
  String.raw`link\s+copied`,
  String.raw`(?:gift|give)\s+${TOOL_OBJECT}`,
  // A picture's licensing button, with what a screen reader says of its link ("Purchase Licensing Rights, opens new tab"), under
  // each caption of a photo essay.
  String.raw`(?:purchase|request)\s+licensing\s+rights(?:,?\s+opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window))?`,
  // "Email This" alone too, as a blog's links under its post.
  String.raw`(?:print|e-?mail)\s+(?:${TOOL_OBJECT}|this)`,
  // The print and e-mail buttons of older pages: "Print-friendly page | Email this story to a friend".
  String.raw`print(?:er)?[- ]?friendly(?:\s+(?:version|page|format))?|printable\s+version`,
  String.raw`(?:e-?mail|send)\s+(?:${TOOL_OBJECT}\s+)?to\s+a\s+(?:friend|colleague)`,
  // "Share this article" alone is isShareOrFollow's, after the article.
  String.raw`share\s+full\s+${TOOL_OBJECT}`,
  // A broadcast page's buttons over and under its transcript: "Read the Full Transcript", "Watch the Full Episode".
  String.raw`(?:read|view|show|hide|see|download)\s+(?:the\s+)?(?:full\s+)?transcript`,
  String.raw`(?:watch|listen\s+to)\s+(?:this|the)\s+(?:full\s+)?(?:segment|episode)`,
  VIEW_COUNT,
];
/** A button's bare word: a tool only in a row of tools ("Print | Email | Share"); alone, "Print" or "Save" may be a heading. */
const BARE_TOOLS = [
  'print', 'e-?mail', 'share', 'save', 'saved', 'listen', String.raw`comments?\s*\(\d+\)`, String.raw`\d+\s+comments?`, String.raw`A[-+]?(?:\s+A[-+]?){1,2}`,
  // A feed's button among them ("Print Article  E-mail to a Friend  Subscribe to Sports RSS Feed"); alone, a menu's link.
  String.raw`subscribe\s+to\s+(?:[\p{L}-]+\s+){0,2}rss(?:\s+feeds?)?`,
];
const TOOL = `(?:${[...NAMED_TOOLS, ...BARE_TOOLS].join('|')})`;
const READER_TOOLS = new RegExp(String.raw`^(?:(?:${NAMED_TOOLS.join('|')})|${TOOL}(?:\s*[|·•]?\s*${TOOL}){1,5})$`, 'iu');
const BARE_TOOL = new RegExp(`^(?:${BARE_TOOLS.join('|')})$`, 'iu');
/**
 * A row of reader tools a page runs into the end of a line after a bar ("… Sri Lanka clashes  | Print |  E-mail"), or in
 * a cell of their own, two spaces or a tab apart (ingest/normalise.ts spacedTabs: "… Season Finale<tab>Save Email Print").
 */
const TOOLS_RUN_INTO = new RegExp(String.raw`(?:\s*\|\s*${TOOL}(?:\s*[|·•]\s*${TOOL}){0,5}| {2,}${TOOL}(?:\s*[|·•]?\s*${TOOL}){0,5})\s*$`, 'iu');
/**
 * The text without the reader tools run into its end (TOOLS_RUN_INTO): a headline's, which would keep them. A text
 * without a bar or two spaces is given back unscanned: the pattern is tried from every position of the text.
 */
export const withoutToolsRunInto = (text: string): string => (text.includes('|') || text.includes('  ') ? text.replace(TOOLS_RUN_INTO, '') : text);
/** A reader tool's button, named or bare, alone in its text: "Send to a friend", "Email this story", "Print". */
export const isToolText = (text: string): boolean => READER_TOOLS.test(text) || BARE_TOOL.test(text);
/**
 * A reader tool's bare button alone on its line ("Share", "Save", "Print"): no tool by itself (it may head a section), but some
 * pages set "Share" and "Save" between the story's age and the author's name (header.ts headerName crosses them).
 */
export const isToolButton = (line: Line): boolean => BARE_TOOL.test(line.text);
const MAX_READER_TOOL_WORDS = 12;

/**
 * A row of the page's reader tools, in its header or under the text: "Text size A A A", "Listen to article 4 min", "Save
 * article", "Copy link", "Gift this article", "Print | Email | Share". Between two paragraphs they would cut the article off
 * there; over the byline they would be a title candidate.
 */
export const isReaderTools = (line: Line): boolean => line.wordCount <= MAX_READER_TOOL_WORDS && !line.endsWithSentencePunctuation && READER_TOOLS.test(line.text);

/**
 * A link to the outlet's editorial standards ("Our Standards: The Harbour Trust Principles." under a wire credit, "Editorial
 * Guidelines"): the label alone or before a colon. "Our standards have slipped, the minister said." is a sentence.
 */
const STANDARDS_LINK = /^(?:our|editorial)(?:\s+editorial)?\s+(?:standards|principles|guidelines|policy|policies|ethics)(?:\s+(?:and|&)\s+(?:standards|principles|guidelines|policy|policies|ethics))?\s*(?::.*|\.?)$/iu;
const MAX_STANDARDS_LINK_WORDS = 12;

export const isStandardsLink = (line: Line): boolean => line.wordCount <= MAX_STANDARDS_LINK_WORDS && STANDARDS_LINK.test(line.text);

/**
 * A link to the site's terms or privacy policy in a sentence of its own under the page ("For more information on this site,
 * please read our Privacy Policy and Terms of Service.", "Please review our Privacy Policy."). The site speaks ("our"), and
 * nothing follows the policy's name but another's or a full stop: "Please read our privacy policy carefully before you sign,
 * the bank said" goes on.
 */
const POLICY = String.raw`(?:privacy policy|terms of (?:service|use)|terms and conditions|user agreement|cookie policy)`;
const SITE_POLICY_LINK = new RegExp(String.raw`^(?:for more information (?:on|about) this (?:site|website),\s*)?please (?:read|review|see|view) our ${POLICY}(?:,? (?:and|&) (?:our )?${POLICY})?\s*\.?$`, 'iu');
const MAX_POLICY_LINK_WORDS = 20;
export const isSitePolicyLink = (line: Line): boolean => line.wordCount <= MAX_POLICY_LINK_WORDS && SITE_POLICY_LINK.test(line.text);
