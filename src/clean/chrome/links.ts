// Links to other stories set into or under the article: their labels in many languages, teasers given
// twice, boxes of most-read stories, a blog's pager, a screen reader's list announcements, cut-off
// headlines. Headline-shaped, they pass for the article's headings or paragraphs.
import { isRightUnder, type Line } from '../lines.js';
import { isOutlet, SECTION_WORDS } from '../outlets.js';
import { isReadingPrompt } from './prompts.js';
import { isVideoBoxLabel } from './media.js';
import { isProse } from '../line-shape.js';

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
  // and the singular over one link between the paragraphs (Cumhuriyet's "İlgili Haber: …", which would cut the story there)
  '[iİ]lg[iİ]l[iİ] haber(?:ler)?', 'bunu da okuyun', '[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r', 'benzer haberler',
  // Swedish, Danish and Norwegian; Romanian (with the comma or the cedilla below s); Czech
  'läs också', 'läs även', 'läs mer', 'læs også', 'les også', 'cite[șş]te [șş]i', 'čtěte také', 'čtěte též', 'mohlo by vás zajímat', 'související články',
  // Indonesian and Malay, Hindi, Arabic
  'baca juga', 'berita terkait', 'artikel terkait', 'यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'संबंधित खबरें', 'खबरें और भी हैं', 'और भी खबरें', 'अन्य खबरें', 'اقرأ أيضا', 'اقرأ أيضاً', 'أخبار ذات صلة', 'مواضيع ذات صلة',
  // Bengali
  'আরও পড়ুন', 'আরো পড়ুন',
  // Greek (in capitals without the accent: "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ"), Hungarian, Swahili, Persian, Thai
  'διαβ[άα]στε (?:ακ[όο]μα|επ[ίι]σης)', 'σχετικ[άα] (?:[άα]ρθρα|θ[έε]ματα)', 'σχετικ[έε]ς ειδ[ήη]σεις',
  'kapcsolódó (?:cikkek|cikk|hírek)', 'ajánlott cikkek', 'ezt is ajánljuk', 'olvassa el ezt is', 'ezt is olvassa el', 'ezt is olvasd el', 'ez is érdekelheti',
  'soma (?:zaidi|pia)', 'habari (?:zaidi|zinazohusiana|nyingine)',
  'مطالب (?:پیشنهادی|مرتبط)', '(?:خبرهای|اخبار) مرتبط', '(?:بیشتر|همچنین) بخوانید',
  'อ่านข่าวที่เกี่ยวข้อง', 'ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวแนะนำ', 'อ่านเพิ่มเติม',
  // Finnish, Catalan, Bulgarian and Serbian (Cyrillic and Latin), Malay's bare "BACA:" and Tagalog, Urdu, Tamil
  'lue myös', 'lue lisää', '(?:també )?us pot interessar', '(?:també )?et pot interessar', 'llegiu també', 'llegeix també', 'notícies relacionades',
  'още по темата', 'прочетете още', 'вижте още', 'прочитајте још', 'pročitajte još', 'повезане вести', 'povezane vesti',
  'baca', 'basahin din', 'basahin', 'یہ بھی پڑھیے', 'یہ بھی پڑھیں', 'مزید پڑھیے', 'مزید پڑھیں', 'மேலும் படிக்க', 'இதையும் படிக்க', 'தொடர்புடைய செய்திகள்',
  // Slovak, Lithuanian, Latvian, Estonian, Welsh
  'prečítajte si tiež', 'prečítajte si aj', 'čítajte aj', 'čítajte tiež', 'súvisiace články', 'taip pat skaitykite', 'susiję straipsniai', 'susiję', 'lasi arī', 'lasiet arī', 'loe ka', 'darllenwch hefyd',
  // Georgian, Kazakh, Marathi, Amharic
  'ასევე წაიკითხეთ', 'ასევე იხილეთ', 'сондай-ақ оқыңыз', 'сондай-ақ қараңыз', 'हेही वाचा', 'हे ही वाचा', 'ተጨማሪ ለማንበብ',
  // Croatian and Serbian "read also" (Index.hr's "Pročitajte i: …", Jutarnji's "Pročitajte i ovo" alone over its link), Ara's Catalan "you may also like", and "read this too"
  // in Malayalam (Manorama's), Kannada, Telugu, Gujarati and Punjabi
  'pročitajte i', 'pročitajte i ovo', 'прочитајте и', 'прочитајте и ово', 'pročitajte također', 'povezane vijesti', 'ഇതും വായിക്കാം', 'ഇതും വായിക്കുക', 'ಇದನ್ನೂ ಓದಿ', 'ఇది కూడా చదవండి', 'આ પણ વાંચો', 'ਇਹ ਵੀ ਪੜ੍ਹੋ',
  // Chinese, Japanese, Korean
  '相关新闻', '相关阅读', '相关文章', '延伸阅读', '相關新聞', '延伸閱讀', '関連記事', '関連ニュース', 'おすすめ記事', '관련기사', '관련 기사',
  // the same languages' "read more", "you may also like", "most read"
  '続きを読む', '記事を読む', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', '人気記事', 'アクセスランキング',
  '阅读更多', '閱讀更多', '阅读全文', '閱讀全文', '推荐阅读', '推薦閱讀', '热门新闻', '熱門新聞',
  '더보기', '많이 본 뉴스', '많이 본 기사', '추천 기사', '함께 볼만한 뉴스',
  // Vietnamese
  'xem thêm', 'đọc thêm', 'tin liên quan', 'bài liên quan', 'tin cùng chuyên mục', 'tin mới nhất', 'đọc nhiều nhất',
  // Hebrew
  'כתבות נוספות', 'כתבות נוספות למנויים', 'כתבות קשורות', 'עוד בנושא', 'קראו גם', 'קראו עוד',
  // BBC Swahili's "you may also read" (its box closed by "Mwisho wa Unaweza pia kusoma", "end of …"), 24ur's Slovene "read also"
  // and Walla's Hebrew "more on Walla"
  'unaweza pia kusoma', 'preberite (?:še|tudi)', 'עוד בוואלה!?',
  // LSM's Latvian "read more", Aminiya's Hausa "read also" and "related news", Eenadu's Telugu "read these"
  'lasi vēl', 'lasiet vēl', 'karanta kuma', 'labarai masu ala[kƙ]a', 'ఇవీ చదవండి',
  // Armenian "read also" (Armenpress's "Կարդալ նաև՝ …", the Armenian comma after it: STORY_LINK), Nepali "read this too" and
  // "related news" (Onlinekhabar's "यो पनि पढ्नुहोस् : …"), Zulu "read this too" and "read also" (Isolezwe's "Funda nalokhu: …")
  'կարդալ նաև', 'կարդացեք նաև', 'यो पनि पढ्नुहोस्', 'यो पनि पढ्नुस्', 'सम्बन्धित खबर', 'funda nalokhu', 'funda futhi',
  // Assamese "read more" ("আৰু পঢ়ক: …") and Malagasy "read also" ("Vakio koa: …")
  'আৰু পঢ়ক', 'vakio koa',
  // Tajik "read also" ("Инчунин хонед: …", the heading Tajik sites give their related stories)
  'инчунин (?:би)?хонед',
  // "Read also" and "read more" in Sindhi ("اهو پڻ پڙهو: …"), Māori ("Pānuihia anō: …"), Khmer ("អានបន្ថែម៖ …", Khmer's colon
  // after it: STORY_LINK), Cebuano ("BASAHA: …"), Papiamento ("Lesa tambe: …") and Xhosa ("Funda nangakumbi: …")
  'اهو پڻ پڙهو', 'p[āa]nuihia an[ōo]', 'អានបន្ថែម', 'basaha(?: (?:usab|pud))?', 'lesa tambe', 'funda nangakumbi',
];
/**
 * A link to another story set into the text: "Related: Residents protest library closures",
 * "READ MORE: Parking charges to rise", "MORE: Cancer targets missed again". A label, a colon, then a headline (no closing full stop);
 * the line model keeps these inside the article, whose terms and sentences they join.
 * Or the label alone ("Read more:"), its link's text not scraped, under the last paragraph (a label
 * ending in a colon introduces what follows, and articleEnd keeps it).
 * Or a spaced bar between the label and the headline, as The Hindu sets them between the paragraphs
 * ("Also Read | Namma Metro ridership crosses 10 lakh on a single day").
 * A video's link so labelled too, with its colon, as CNBC sets it between the paragraphs ("WATCH: How
 * engineers inspect an old bridge", "Video: Gadgets galore at CES"); a caption written as a sentence has
 * its full stop, and a menu's "Video | Photos" is no link to a story.
 * Also in brackets, as CRN and Indonesian sites set it between the paragraphs ("[Related: Tim Cook on …]", "(Baca juga:
 * …)"), the label read inside them. And a bare "READ:", as the Inquirer (and other Philippine sites) set it between the
 * paragraphs ("READ: Manila bay cleanup volunteers collect 3 tons of trash"). The Armenian comma (՝) too, which Armenian
 * pages set after the label where others set a colon ("Կարդալ նաև՝ …"), and Khmer's colon (៖: "អានបន្ថែម៖ …").
 */
const OTHER_LANGUAGE_LINK_LABEL = OTHER_LANGUAGE_STORY_LABELS.join('|');
const STORY_LINK = new RegExp(
  // "MIRA:" ("look:"), as El Comercio (Peru) sets a link between the paragraphs, with its colon only: alone, "Mira" is a name.
  `^(?:[[(]\\s*)?(?:(?:related(?: (?:stories|story|articles?|content|coverage|links?|reading))?|read more|read|more|read next|more reading|read also|also read|see also|recommended(?: reading)?|don['’]t miss|must read|you may also like|mira|${OTHER_LANGUAGE_LINK_LABEL})(?:\\s*[:：՝៖]\\s*(?:\\S|$)|\\s+\\|\\s+\\S)` +
    // An ellipsis after the label, as Loksatta sets it ("हेही वाचा… headline"): only after a label that says "also read", never
    // English "More…", which opens sentences.
    `|(?:read also|also read|${OTHER_LANGUAGE_LINK_LABEL})\\s*(?:…|\\.{3})\\s*\\S` +
    // A dash after another language's label, as Jagbani and Hindi papers set it ("ਇਹ ਵੀ ਪੜ੍ਹੋ - headline", "यह भी पढ़ें- …"):
    // never English "More - …", which opens sentences.
    `|(?:${OTHER_LANGUAGE_LINK_LABEL})\\s*[-–—]\\s*\\S)` +
    // La Presse's "read" before the headline in guillemets, with no colon ("Lisez « Le REM de l’Ouest ouvre enfin »", "Lisez la
    // chronique « … »"): the whole line, as a sentence quoting a title goes on after it.
    `|^lisez\\s+(?:l['’]article\\s+|la chronique\\s+|le (?:texte|dossier)\\s+|notre (?:article|dossier|chronique)\\s+)?«[^»]+»$` +
    // A video's link, not a menu's item naming a section of the videos ("Video: Arts", "Video: World News").
    `|^(?:watch|video)\\s*[:：]\\s*(?!(?:(?:${SECTION_WORDS})\\s+)?(?:${SECTION_WORDS}|News)$)\\S` +
    // The site's address run into the headline with no colon, as RT sets its links between the paragraphs ("Also on rt.com
    // Harbour council votes to close the old ferry pier"); "Also on Reuters" alone heads a box.
    String.raw`|^also on [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\s+\S`,
  'iu',
);
/**
 * English labels that head a box of other stories, never one link set into the text: the author's other stories ("ALSO BY THIS
 * AUTHOR..."), a section's headlines ("MORE LOCAL NEWS HEADLINES »", "More Headlines"), "Related Links" (plural: one link set
 * into the text under it stays), "Top stories", "More stories like this (one)" (related stories each over its date line, which
 * would fill the title's search), "More Great <Site> Stories" (a magazine's box, its site's promos under its headlines).
 */
const ENGLISH_STORY_BOX_LABELS = [
  'you may also like', 'you might also like', 'read more from our partners', 'more from our partners', 'recommended for you', '(?:also|more) (?:by|from) this (?:author|writer|reporter|columnist)',
  "more (?:[\\p{L}\\p{N}.&'’-]+ ){0,4}headlines", 'related links', 'top stories', 'explore further', 'more stories like this(?: one)?',
  // A magazine's box under the story, "More Great HARBOUR Stories" over five headlines, its site's promos under them.
  "more great (?:[\\p{L}\\p{N}.&'’-]+ ){0,3}stories",
  // A magazine's box under the text naming the section its stories come from, "Next Up In Science & Health" over its headlines
  // run into their teasers, which read as paragraphs.
  "next up in (?:the )?[\\p{Lu}\\p{Ll}][\\p{L}\\p{N}'’-]*(?: (?:&|and|[\\p{L}\\p{N}'’-]+)){0,3}",
];
const STORY_LABEL = new RegExp(`^(?:${[...ENGLISH_STORY_BOX_LABELS, ...OTHER_LANGUAGE_STORY_LABELS].join('|')})[\\s.…:：!»›>]*$`, 'iu');
const MAX_STORY_LINK_WORDS = 25;

/**
 * A box of other stories' label after the article naming where they come from: "More from Arlington Heights", "More in Politics",
 * "More From WIRED", "More on this story". Under a comment's buttons ("Reply" / "Share") its headlines would be read as the reader
 * comments section (clean/line-rules.ts removeTail).
 */
const MORE_STORIES_LABEL = /^(?:More|MORE) (?:[Ff]rom|[Ii]n|[Oo]n|FROM|IN|ON) (?:this story|the [Ww]eb|[\p{L}\p{N}-]+\.(?:com|org|net|co\.uk)|\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:&|and|of|the|news|[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*)){0,4})$/u;
export const isMoreStoriesLabel = (line: Line): boolean => MORE_STORIES_LABEL.test(line.text);
/**
 * The outlet such a label names (outlets.ts isOutlet), else null: under an aggregator's copy ("More from The Seaport Gazette") it is
 * the outlet the story is from, the article's source when no line gave one (index.ts). A place or a section ("More from Arlington
 * Heights", "More in Politics") is none.
 */
const MORE_FROM = /^(?:More|MORE) (?:[Ff]rom|FROM) (.+)$/u;
export function moreFromOutlet(line: Line): string | null {
  const name = isMoreStoriesLabel(line) ? MORE_FROM.exec(line.text)?.[1] : undefined;
  return name !== undefined && isOutlet(name) ? name : null;
}

/**
 * A row of the story's tags or topics, or of the companies a trade paper's story names ("Tags: vista, os, microsoft", "Filed under:
 * Pop, Celebs", "Related companies: Nordvik Feeder Lines"): links to the site's page on each, never a sentence, between the
 * paragraphs or under the last. Removed inside the article only (index.ts removeInsideArticle): a news agency's tags row under its
 * notice ends the block, which would otherwise run on into the agency's other stories. The label alone (TOPIC_TAGS_LABEL) is no
 * headline either (headlines.ts).
 */
export const TOPIC_TAGS_LABEL = /^(?:tags|tagged(?: with)?|topics|related (?:topics|tags|companies)|keywords|companies mentioned|filed under)\s*:/iu;
const TOPIC_TAGS = new RegExp(String.raw`${TOPIC_TAGS_LABEL.source}\s*\S`, 'iu');
const MAX_TOPIC_TAGS_WORDS = 25;
export const isTopicTags = (line: Line): boolean => line.wordCount <= MAX_TOPIC_TAGS_WORDS && !line.endsWithSentencePunctuation && TOPIC_TAGS.test(line.text);

/** A box of other stories' label alone on its line ("You may also like", "Leia também", "Читайте также", "関連記事"). */
export const isStoryBoxLabel = (line: Line): boolean => STORY_LABEL.test(line.text);

/**
 * An English label over one link set into the text, alone with its colon, its headline on the next line ("Read also:", "READ
 * MORE:", "Related:", "See also:"): STORY_LINK removes the label, this the headline under it. Not a box's label (isStoryBoxLabel):
 * taken as one, a bare "Related" or "Read more" ended benchmark articles at it (eval:clean l3s-dev 0.967 -> 0.965).
 */
const ENGLISH_LINK_LABEL = /^(?:read also|also read|see also|related(?: stories| story| articles?)?|read more|read next)\s*[:：]$/iu;
/** A label over one link to another story set into the text: a box's label, or an English one with its colon. */
export const isStoryLinkLabel = (line: Line): boolean => isStoryBoxLabel(line) || ENGLISH_LINK_LABEL.test(line.text);
/**
 * A label over a box of other stories' headlines ("Related", "Related Stories", "More from The Seaport Gazette", "You may
 * also like", "Related:"): the headlines under it are not the page's. Read by the title's search (headline-layouts.ts
 * headlineOverStoriesLabel) and, with three headlines under it, over the block's opening (edges/story-links.ts
 * paragraphsOverStoryBox): a bare "Related" ends no article (ENGLISH_LINK_LABEL).
 */
const RELATED_LABEL = /^(?:related(?: (?:stories|articles|links|content|coverage|videos?))?|more stories)\s*:?$/iu;
export const isOtherStoriesLabel = (line: Line): boolean => RELATED_LABEL.test(line.text) || isStoryLinkLabel(line) || isMoreStoriesLabel(line);

/**
 * Labels over a box of other stories set between the header and the article, read only there (edges/story-links.ts
 * pastBoxHeadlines): the New York Post's "More On:" over the topic's name and its headlines, and a bare "see also" over one
 * teaser. Elsewhere a bare "See also" may close a page's own list of links, and "More on:" open a line of the article.
 */
const HEAD_BOX_LABEL = /^(?:more on\s*[:：]|see also)$/iu;
export const isHeadBoxLabel = (line: Line): boolean => HEAD_BOX_LABEL.test(line.text) || isOtherStoriesLabel(line);

/**
 * A teaser set between the paragraphs as some tabloids set it: a bare "Read More" over another story's headline, given twice, as
 * the link's text and as its picture's. Without a colon the label is no STORY_LINK, and a bare "Read More" alone may be a "continue
 * reading" button (isStoryLinkLabel): the headline given twice right under it tells the teaser, which under the last paragraph
 * would end the article and lose the paragraph after it.
 */
const TEASER_LABEL = /^(?:read more|read next|also read|read also|more on this story|don['’]t miss|related (?:article|story)|key events|czytaj więcej)$/iu;
/** A link's text as a headline gives it: no closing sentence punctuation, not a paragraph's length. */
const isLinkText = (line: Line): boolean => !line.endsWithSentencePunctuation && line.wordCount <= MAX_STORY_LINK_WORDS;
/** The lines of such teasers (the label and the headline's two copies), each with its label (a reason may name it: "Key Events"). */
export function teasersGivenTwice(lines: readonly Line[]): Map<Line, Line> {
  const teasers = new Map<Line, Line>();
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!TEASER_LABEL.test(lines[i]!.text)) continue;
    const [label, headline, copy] = [lines[i]!, lines[i + 1]!, lines[i + 2]!];
    if (copy.text === headline.text && isLinkText(headline)) {
      for (const line of [label, headline, copy]) teasers.set(line, label);
    }
  }
  return teasers;
}

/**
 * A headline asking a question: one sentence, its question mark last ("Will the new bridge fix the town's traffic for good?"),
 * maybe after one statement, as Polish and German papers write them ("Warszawa: strefa działa od roku. Co się zmieniło?":
 * a link under "Czytaj również").
 */
const QUESTION_HEADLINE = /^(?:[^.!?]+[.!?] )?[^.!?]+\?["'”’]?$/u;
export const isQuestionHeadline = (line: Line): boolean => QUESTION_HEADLINE.test(line.text);

/**
 * Teaser labels no button words: over one blank line and a headline they still label it ("Read Next", "Related article" set apart
 * from the headline between the paragraphs). A bare "Read more" there may be a "continue reading" button over a subheading, and
 * "Key Events" a subheading itself.
 */
const NO_BUTTON_LABEL = /^(?:read next|also read|read also|don['’]t miss|related (?:article|story))$/iu;
/** Words in the headline under a bare label at least: "Trolley crisis: Why Limerick hospital is always the worst", not a button's "Read more". */
const MIN_LINKED_HEADLINE_WORDS = 3;
/**
 * A bare teaser label (TEASER_LABEL) with another story's headline right under it, no blank line between, between the paragraphs:
 * "Also Read" over two headlines, "Read more" over "Trolley crisis: Why Limerick hospital is always the worst", "Related article"
 * over one, Polish "Czytaj więcej" ("read more") too. The headlines go as no sentence, or as one question (isQuestionHeadline: "Floods in
 * the capital: Whose job is it anyway?"); the label would stay as a paragraph of its own. The label line alone: taken as a
 * box's label, a bare "Read more" ended benchmark articles at it (isStoryLinkLabel).
 */
export const isBareLinkLabel = (line: Line, below: Line | undefined): boolean =>
  TEASER_LABEL.test(line.text) &&
  below !== undefined &&
  (isRightUnder(below, line) || (below.number === line.number + 2 && NO_BUTTON_LABEL.test(line.text))) &&
  below.wordCount >= MIN_LINKED_HEADLINE_WORDS &&
  (isLinkText(below) || (below.wordCount <= MAX_STORY_LINK_WORDS && isQuestionHeadline(below)));

/**
 * A live blog's "Key Events" label (one of TEASER_LABEL's): its links go to the page's own entries, not to
 * another story, and are named so (clean/line-rules.ts KEY_EVENTS).
 */
const KEY_EVENTS_LABEL = /^key events$/iu;
export const isKeyEventsLabel = (line: Line): boolean => KEY_EVENTS_LABEL.test(line.text);

/**
 * A box of other stories set between the paragraphs under its label naming where they come from, as a wire's stories syndicated
 * elsewhere set it under their first paragraph ("Most Read from Bloomberg" over its headlines), or "Read more from Sky News:" over
 * two. The box's short lines read as the page's header over the article: its first paragraph would go before it, and the box's
 * last headline open the body. The headlines are the lines under the label up to the first sentence (a line ending in a full
 * stop) or a line too long for a headline.
 */
const MOST_READ_FROM = /^(?:most read|read more) from [\p{L}\p{N}][\p{L}\p{N}.'’& -]{0,40}:?$/iu;
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

/**
 * Another language's label in capitals run straight into the headline, no colon: Politiken's "LÆS OGSÅ Boligpriserne i Aarhus
 * stiger", between the paragraphs. Only the label in capitals and a headline in lower case after it: a label in
 * small letters opens a sentence ("Læs også rapporten …").
 */
const LABEL_THEN_WORDS = new RegExp(`^(?:${OTHER_LANGUAGE_LINK_LABEL})\\s+`, 'iu');
const isCapitalsLabelThenHeadline = (text: string): boolean => {
  const label = LABEL_THEN_WORDS.exec(text)?.[0].trim();
  if (label === undefined || label !== label.toUpperCase() || label === label.toLowerCase()) return false;
  const headline = text.slice(label.length).trim();
  return /^\p{Lu}/u.test(headline) && /\p{Ll}/u.test(headline);
};
/**
 * Another story's headline set between two paragraphs with no label, no sentence's end, in either shape some sites link their other
 * stories in the text: in capitals (isCapitalsHeadline) or quoting its subject (isQuotedHeadline). Only between two paragraphs in
 * lower case: a page written all in capitals has its paragraphs so. A video's headline in capitals under its box's "Video" label
 * (media.ts isVideoBoxLabel) goes with the paragraph over the label.
 */
export function headlinesBetweenParagraphs(lines: readonly Line[]): Set<Line> {
  const headlines = new Set<Line>();
  lines.forEach((line, i) => {
    const capitals = isCapitalsHeadline(line);
    if (!capitals && !isQuotedHeadline(line)) return;
    const above = capitals && isVideoBoxLabel(lines[i - 1]) ? lines[i - 2] : lines[i - 1];
    if (isLowerCaseParagraph(above) && isLowerCaseParagraph(lines[i + 1])) headlines.add(line);
  });
  return headlines;
}
/**
 * A headline in capitals ("FAMILY'S BARN SURVIVES SECOND TORNADO IN TWO YEARS") of a headline's length (8 words or more): a
 * subheading in capitals is shorter ("HOW THE VOTES WERE COUNTED"); a question is a subheading too. A call to click in capitals
 * ("CLICK HERE TO GET THE … APP") is the prompt it is (prompts.ts isReadingPrompt).
 */
const MIN_CAPITALS_HEADLINE_WORDS = 8;
const IN_CAPITALS = /^[^\p{Ll}\p{Lo}\t]*\p{Lu}[^\p{Ll}\p{Lo}\t]*$/u;
const isCapitalsHeadline = (line: Line): boolean =>
  line.wordCount >= MIN_CAPITALS_HEADLINE_WORDS && line.wordCount <= MAX_STORY_LINK_WORDS && !line.endsWithSentencePunctuation && IN_CAPITALS.test(line.text) && !isReadingPrompt(line);
/**
 * A headline quoting its subject: a quote, a spaced dash, then what it is about, no sentence's end ("'Follow the cash' - how
 * investigators found the missing funds"), a headline's length.
 */
const QUOTED_HEADLINE = /^['‘"“][^'’"”]{3,80}['’"”]\s+[-–—]\s+\S[^.!?]*[^.!?:"”’'\s]$/u;
const MAX_QUOTED_HEADLINE_WORDS = 20;
const isQuotedHeadline = (line: Line): boolean => line.wordCount <= MAX_QUOTED_HEADLINE_WORDS && QUOTED_HEADLINE.test(line.text);
const isLowerCaseParagraph = (line: Line | undefined): boolean => line !== undefined && isProse(line) && /\p{Ll}/u.test(line.text);

/**
 * A link to the story's section or to more of its kind, its arrow or ellipsis saying so ("More sport news...", "More Money News
 * »", "MORE STORIES »", "More news >>"): the link alone, no label over what follows it. As a box's label, "More News Stories"
 * over a portal's headline took the headline, the byline and the article under it for the box's links.
 */
const SECTION_LINK = /^more (?:[\p{L}\p{N}&'’-]+ ){0,4}(?:news|stories)\s*(?:\.{2,}|…|»|›|>>?)$/iu;

/**
 * A box's headlines scraped onto one line with nothing between them, each one's first capital right after the last one's last
 * word ("Ferry fares to rise in springCouncil backs new skate parkTwo hurt in highway crash…"): MIN_RUN_TOGETHER_LINKS such
 * joins or more, and no sentence's or code's marks. A join is counted in a word that opens with two lower-case letters or more:
 * a name joined so opens with a capital or one letter ("YouTube", "LinkedIn", "McDonald", "iPhone", "eBay").
 */
const RUN_TOGETHER_JOIN = /(?<![\p{L}\p{N}'’])\p{Ll}{2,}\p{Lu}\p{Ll}/gu;
const MIN_RUN_TOGETHER_LINKS = 4;
export const isRunTogetherLinks = (line: Line): boolean =>
  !/[.!?;{}=|]/u.test(line.text) && (line.text.match(RUN_TOGETHER_JOIN)?.length ?? 0) >= MIN_RUN_TOGETHER_LINKS;

/**
 * Another story's teaser, its headline in capitals run into the dateline opening its text with no space between ("FERRY TALKS FAIL
 * AS STRIKE GOES ONHARBOUR CITY -- The …"), as a columnist's box of recent pieces sets them under the column: the scraper joins
 * the headline's element and the teaser's. Five words or more in capitals before the dash: a wire dateline has fewer before its
 * dash or comma ("SALT LAKE CITY --", "JACKSONVILLE, N.C. --").
 */
const HEADLINE_RUN_INTO_DATELINE = /^(?:[\p{Lu}\d.:'’&-]+ ){4,}[\p{Lu}\d.:'’&-]*\p{Lu}{2,} (?:--|—|–) \p{Lu}/u;
export const isHeadlineRunIntoDateline = (line: Line): boolean => isProse(line) && HEADLINE_RUN_INTO_DATELINE.test(line.text);
export const isStoryLink = (line: Line): boolean =>
  line.wordCount <= MAX_STORY_LINK_WORDS &&
  (((!line.endsWithSentencePunctuation || /[?!]["'”’]?$/u.test(line.text)) && (STORY_LINK.test(line.text) || isCapitalsLabelThenHeadline(line.text))) ||
    STORY_LABEL.test(line.text) ||
    STORY_BOX_END.test(line.text) ||
    SECTION_LINK.test(line.text));
/**
 * The line closing a box of links with its label, as World Service sites do ("Mwisho wa Unaweza pia kusoma", Swahili "end of You
 * may also read"; Persian "پایان بیشتر بخوانید"): counted as a third headline, it would make the box's two links under the label
 * a box of other stories, which stays in the body. Not a label over what follows.
 */
const STORY_BOX_END = new RegExp(`^(?:end of|mwisho wa|پایان)\\s+(?:${OTHER_LANGUAGE_LINK_LABEL})$`, 'iu');
/**
 * A link set into the text with its label on its line ("Read more: Inner west bars allowed to stay open until 2am",
 * "Läs också: Snökaos i Västerbotten"): no box's or link's label alone, which heads what follows it.
 */
export const isLabelledLink = (line: Line): boolean => isStoryLink(line) && !isStoryLinkLabel(line);

/** The skip link to the content in the languages of Europe's papers ("Hopp til innhold", "Zum Inhalt springen", "Aller au contenu"). */
const OTHER_LANGUAGE_SKIP_LINK = String.raw`(?:hopp til|hoppa till|spring til|gå til) (?:hoved|huvud)?(?:innhold|innehåll|indhold)(?:et)?|(?:direkt )?zum (?:haupt)?inhalt(?: springen)?|(?:aller|passer) au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?|(?:vai|salta) al contenuto(?: principale)?|(?:ga )?naar (?:de )?(?:hoofd)?inhoud|(?:pular|ir) para o conteúdo(?: principal)?|siirry sisältöön|przejdź do (?:głównej )?treści`;
/**
 * A link to another part of the same page: "Skip to content", "Jump to comments", "Jump to recipe", "See the sources for this
 * fact-check" (none a gold line), and the skip link to the content in the languages of Europe's papers
 * (OTHER_LANGUAGE_SKIP_LINK): over an outlet's name it is no site's name (metadata/site-header.ts siteLine).
 */
const JUMP_LINK = new RegExp(
  String.raw`^(?:(?:jump|skip|go) to (?:the )?(?:main )?(?:content|comments|recipe|navigation|sources|article|story|footer|search)|see (?:the|all) sources(?: for this (?:fact-check|article|story|report))?|${OTHER_LANGUAGE_SKIP_LINK})$`,
  'iu',
);
export const isJumpLink = (line: Line): boolean => JUMP_LINK.test(line.text);

/** A pager's word between a blog's posts; a masthead is none of them either (metadata/name-posts.ts isMasthead). */
export const PAGER_WORD = '(?:previous|prev|next|older|newer)';
/**
 * A blog's pager between posts: "Previous post", "Next article", "← Older", "Newer →", "Older posts", alone or before the other
 * post's headline after a colon or an arrow ("Previous post: Mayor defends budget cuts", "Next » School meals to cost more"),
 * which under a short post the line model keeps in the body. The word goes on to no sentence: "Next year the council …",
 * "Previous post office closures …" have no separator after the label.
 */
const PAGER_LINK = new RegExp(
  String.raw`^(?:[«‹←<]\s*)?(?:${PAGER_WORD}\s+(?:posts?|articles?|stor(?:y|ies)|entr(?:y|ies)|page)|${PAGER_WORD})(?:\s*[»›→>])?(?:\s*(?:[:|–—-]|[»›→>])\s*\S.*)?$`,
  'iu',
);
/** A lowercase word after the label's separator: a subheading ("Next: the council vote"), not another post's headline. */
const LOWERCASE_AFTER_SEPARATOR = /^[^:»›→>|–—-]*[:»›→>|–—-]\s*\p{Ll}/u;
export const isPagerLink = (line: Line): boolean =>
  line.wordCount <= MAX_STORY_LINK_WORDS && !line.endsWithSentencePunctuation && PAGER_LINK.test(line.text) && !LOWERCASE_AFTER_SEPARATOR.test(line.text);

/**
 * The text a screen reader says around a list of links, scraped with the page: "list of 4 items", "list 1 of 4", "end of list"
 * (a box of other stories set into the article). Six of these lines around four headlines make a run of chrome long enough to
 * cut the paragraphs after the box off.
 */
const LIST_ANNOUNCEMENT = /^(?:list of \d+ items?|list \d+ of \d+|end of list)$/iu;
export const isListAnnouncement = (line: Line): boolean => LIST_ANNOUNCEMENT.test(line.text);

/** "list 1 of 4": the line after it is the list's item, a link. */
export const isListItemAnnouncement = (line: Line): boolean => /^list \d+ of \d+$/iu.test(line.text);
/** "end of list": the box of links a screen reader announced is closed, and what follows is the page's text again. */
export const isListEndAnnouncement = (line: Line): boolean => /^end of list$/iu.test(line.text);
/** A list item announced so is a link to another story when it is headline-sized. */
export const isAnnouncedLink = (line: Line): boolean => line.wordCount <= MAX_STORY_LINK_WORDS;

/**
 * A headline cut off with two dots ("Council votes to close the old li.."), as boxes of other stories shorten theirs: a sentence
 * ends with one dot or an ellipsis of three, so the line reads as a short sentence. A long line so cut is a teaser of the article
 * itself, which gold texts keep.
 */
const CUT_OFF_HEADLINE = /[^.\s]\s?\.\.$/u;
const MAX_CUT_OFF_HEADLINE_WORDS = 12;
export const isCutOffHeadline = (line: Line): boolean => line.wordCount <= MAX_CUT_OFF_HEADLINE_WORDS && CUT_OFF_HEADLINE.test(line.text) && !/[.!?。！？]\s/u.test(line.text);

/**
 * Headlines cut off with a spaced ellipsis, one right under the other: a paper's boxes of other stories under the text ("Council
 * backs new skate park on the old …" over "Two hurt in highway crash near the ferry …"). The ellipsis reads as a sentence's end,
 * which would keep the headlines as the article's last lines. MIN_CUT_OFF_RUN of them at least, no blank line between: a blog's
 * paragraph trailing off so ("Here's the thing …") stands alone between its paragraphs.
 */
const SPACED_ELLIPSIS_END = /[^.\s]\s(?:…|\.{3})$/u;
const MIN_CUT_OFF_RUN = 3;
/** A sentence ending inside the line: a word in lower case and its full stop ("U.S. officials …" has none). */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?。！？]\s/u;
const isSpacedCutOff = (line: Line): boolean =>
  line.wordCount <= MAX_STORY_LINK_WORDS && SPACED_ELLIPSIS_END.test(line.text) && !SENTENCE_INSIDE.test(line.text);
export function cutOffHeadlineRuns(lines: readonly Line[]): Set<Line> {
  const runs = new Set<Line>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const cutOff = i < lines.length && isSpacedCutOff(lines[i]!);
    if (cutOff && (i === start || isRightUnder(lines[i]!, lines[i - 1]!))) continue;
    if (i - start >= MIN_CUT_OFF_RUN) for (let k = start; k < i; k++) runs.add(lines[k]!);
    start = cutOff ? i : i + 1;
  }
  return runs;
}
