// Notes on the article itself over or under its text: syndication, translation and print-edition notes (and the
// site a feed's footer names), disclaimers and a sponsor's or donors' disclosures, a review site's note on its method,
// an acknowledgement of country, the title of the study a release reports, feedback polls, how to cite the page, a
// police log's note that those it names are presumed innocent, a references list and its notes. Written as sentences,
// they read as the article's first or last paragraph.
// Copyright notices, and the outlet they name, are copyright.ts's.
import { rightUnder, type Line } from '../lines.js';
import { isPictureLine } from './pictures.js';

/**
 * A syndicated story's note on where it first appeared, named: "This article is republished from The Conversation under a
 * Creative Commons license.", "This story was originally published by Grist.", or where a version of it ran ("A version of this
 * story appeared in the Morning Briefing newsletter.", which PRINT_EDITION_NOTE leaves to it); under the last paragraph it reads
 * as the text. Not "This report" ("This report was published in March and found …"). Case matters (no `i` flag): with it,
 * \p{Lu} takes lowercase letters too ("published on page 20 of …").
 */
const FIRST_PUBLISHED = String.raw`[Tt]his (?:article|story|piece|post|column) (?:(?:was|is|has been) (?:originally |first )?(?:published|republished|produced|reproduced)|originally (?:appeared|ran)|first (?:appeared|ran))(?: here)?`;
/**
 * The same note in Spanish and Portuguese, as a paper running an agency's story sets it under the text ("Este contenido ha sido
 * publicado originalmente por Agencia Harbour, …", "Este conteúdo foi publicado originalmente em …"), else read as a headline.
 */
const FIRST_PUBLISHED_OTHER_LANGUAGES = String.raw`(?:Este|Esta) (?:artículo|contenido|nota|noticia|artigo|conteúdo|matéria|notícia) (?:fue|ha sido|foi) publicad[oa] originalmente (?:por|en|em|no|na)`;
const SYNDICATION_NOTE = new RegExp(
  String.raw`^(?:${FIRST_PUBLISHED} (?:on|in|by|from|with|at) (?:the )?\p{Lu}|${FIRST_PUBLISHED_OTHER_LANGUAGES} \p{Lu}|A version of this (?:article|story|piece|post|column) (?:originally |first )?(?:appeared|appears|ran|was published) (?:on|in) (?:the )?\p{Lu}(?![^.]*\bprint\b))`,
  'u',
);
/**
 * The note that the article ran first in another paper, in the Romance languages, Ladino and German, the paper named: Şalom's Ladino
 * "Este artikolo fue publikado primero en El Amaneser, el periódiko en ladino de Estambol." under the column's last paragraph.
 * Removed only: the paper named is as often the house's own (there its Ladino supplement), so the source is
 * not read from it (firstPublisher reads SYNDICATION_NOTE's). "Este artículo fue publicado primero en 2019 y …" names no paper.
 */
const FIRST_RAN_ELSEWHERE = new RegExp(
  String.raw`^(?:(?:Este|Esta) (?:artículo|artikolo|artigo|nota|texto|kolumna|columna|coluna) (?:fue|foi) (?:publicad[oa]|publikad[oa]) (?:primero|primeiro|por primera vez|pela primeira vez|orijinalmente)|` +
    String.raw`Questo articolo è stato pubblicato (?:originariamente|per la prima volta)|Cet article a (?:d['’]abord|initialement) été publié|Cet article a été publié (?:initialement|à l['’]origine|pour la première fois)|` +
    String.raw`Dieser (?:Artikel|Beitrag|Text) (?:ist |erschien )?(?:zuerst|ursprünglich)(?: erschienen)?)(?: (?:en|em|no|na|in|su|sur|dans|bei|auf|im))? (?:(?:el|la|o|a|le|la|il|der|die|dem|den) )?\p{Lu}`,
  'u',
);
/** A capitalised word of a name, full stops inside it only ("Harbour.com"): the note's sentence goes on after one. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}&'’-]+)*`;
/**
 * The outlet a syndication note names as the story's first publisher (group 1): up to five capitalised words, "of" and "and" among them, maybe
 * after "The", before what the note goes on with ("This article was originally published by Harbourism. Read the original article.", "This
 * article is republished from The Harbour Conversation under a Creative Commons license.", "… publicado originalmente por Agencia Harbour,
 * Agencia …"). Not the partner a story was produced with, nor a version's newsletter (a version may be the paper's own).
 */
const FIRST_PUBLISHER = new RegExp(
  String.raw`^(?:${FIRST_PUBLISHED} (?:on|in|by|from|at)|${FIRST_PUBLISHED_OTHER_LANGUAGES}) ((?:[Tt]he )?${NAME_WORD}(?:\s+(?:of\s+|and\s+|&\s+)?${NAME_WORD}){0,4})`,
  'u',
);
/**
 * The same note as Indonesian networks set it under a story run on their other sites ("Artikel ini telah tayang di Kompas.com
 * dengan judul …"), and the first outlet's note on the nonprofit newsroom it belongs to ("North Dakota Monitor is part of
 * States Newsroom, a nonprofit news network …"). A nonprofit of another kind ("The hospital is part of a nonprofit health
 * system") is a story's.
 */
const FIRST_SHOWN_ON_SITE = String.raw`[Aa]rtikel ini (?:telah|sudah) (?:tayang|terbit|dimuat) di (\S+) dengan judul\b`;
const OTHER_SYNDICATION_NOTE = new RegExp(
  String.raw`^(?:${FIRST_SHOWN_ON_SITE}|(?:\p{Lu}[\p{L}\p{M}'’.&-]*\s+){1,5}is (?:part of (?:\p{Lu}[\p{L}\p{M}'’.&-]*\s*){1,4}, )?(?:an?|the) [^.]{0,60}?\bnon-?profit\b[^.]{0,30}?\b(?:news|newsroom|journalism|media)\b)`,
  'u',
);
const FIRST_SHOWN_ON = new RegExp(`^${FIRST_SHOWN_ON_SITE}`, 'u');
/**
 * The site an Indonesian network's note says the story first ran on (group 1 of FIRST_SHOWN_ON: "Artikel ini telah tayang di
 * Harbourjateng.com dengan judul …"), else null: the story's own site, where the group's notice under it ("© 2026 HARBOURnews.com
 * Network") names the network.
 */
export const firstShownOnSite = (line: Line): string | null => (mayBeOtherSyndicationNote(line.text) ? (FIRST_SHOWN_ON.exec(line.text)?.[1]?.replace(/[.,]$/u, '') ?? null) : null);
/**
 * The outlet a syndicated story's note says first published it (FIRST_PUBLISHER), else null: the story's own outlet, where the
 * notice under it names the site that ran it again ("This article was originally published by Harbourism." over "© Harbour
 * Science Pty Ltd.").
 */
export function firstPublisher(line: Line): string | null {
  if (line.wordCount > MAX_SYNDICATION_NOTE_WORDS || !SYNDICATION_NOTE.test(line.text)) return null;
  return FIRST_PUBLISHER.exec(line.text)?.[1]?.replace(/^the /u, 'The ') ?? null;
}
/** Words of a syndication note at most: a longer line is a paragraph. */
const MAX_SYNDICATION_NOTE_WORDS = 40;
/**
 * What each of OTHER_SYNDICATION_NOTE's alternatives holds, as it is written (no `i` flag): the pattern, which reads up
 * to five capitalised words of every line that opens with one, is tried only on a line with it.
 */
const mayBeOtherSyndicationNote = (text: string): boolean => text.includes('profit') || text.startsWith('rtikel ini ', 1);
/**
 * A publisher's note on reprints under the article: "For a reprint of this article, please contact reprints@harbourlaw.com.",
 * "To order reprints of this story, call …". The line opens so and names the contact: "For reprints of the 1962 edition,
 * collectors pay $400" is a story's.
 */
const REPRINT_NOTE = /^(?:For (?:a )?reprints?(?: of this (?:article|story|report))?|To (?:order|purchase|request) (?:a )?reprints?(?: of this (?:article|story|report))?),? (?:please )?(?:contact|e-?mail|call|visit|go to|write to)\b/iu;
/**
 * A site's offer to republish its stories, under the article: "Republish this article" over "Republish our articles for free,
 * online or in print, under a Creative Commons license.". The label alone, or the offer naming its terms: "Republish our articles
 * for free" opens no story's sentence.
 */
const REPUBLISH_NOTE = /^(?:republish this (?:article|story)\s*$|republish our (?:articles|stories|content) for free\b)/iu;
/**
 * A site's licence for its stories, under the article, as university and nonprofit newsrooms set it: the licence badge's alt text
 * alone ("Creative Commons License"), the licence ("This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0
 * International License.") and the pointer to its terms ("Please view the republishing articles page for more information."). The
 * work is this page's or the site's: "The museum's photos are licensed under a Creative Commons licence" is a story's.
 */
const LICENCE_NOTE =
  /^(?:creative commons licen[cs]e\s*$|(?:this (?:work|article|story|post|content|page)|(?:the )?content (?:of|on) this (?:site|website|page)) (?:is|are) licen[cs]ed under (?:a|the) creative commons\b|(?:please )?(?:view|see|read) (?:the|our) republishing (?:articles? )?(?:page|guidelines|policy)\b)/iu;
/**
 * The footer a WordPress site's feed sets under every post, which a feed's export keeps: "The post Riverbend's largest employer to
 * add 600 jobs appeared first on Riverbend Ledger." (the headline a second time in the body). The post's title opens with a
 * capital, a digit or a quote, and the site's name ends the line: "The post, which appeared first on Facebook, was shared 10,000
 * times" is a story's.
 */
const FEED_FOOTER = /^The post [\p{Lu}\p{N}"“'‘].{0,200}? appeared first on ([^,;:.!?]{1,60})\.?$/u;
/**
 * An Indian site's note under an agency's story (PTI, ANI, IANS) run unedited from the agency's feed: "(Except for the headline,
 * this story has not been edited by Harbour staff and is published from a syndicated feed.)", "This report is auto-generated from
 * Syndicated News feed." The note speaks of this story and says it came from the feed: "The quotes came from a syndicated feed"
 * is a story's.
 */
const FEED_COPY_NOTE =
  /^\(?.{0,80}?\b(?:this|the) (?:story|report|article|content|news)\b.{0,100}?\b(?:auto-?generated|published|generated|sourced) from (?:an? |the )?syndicated (?:news |wire )?feed\b/iu;
/**
 * The word every FEED_COPY_NOTE has, in any case: the note's two lazy scans are tried only on a line with it (they were the
 * costliest of the notes' patterns). Without the `u` flag the search is a quarter cheaper, and the long s, which `iu` reads as
 * an s, is spelt out.
 */
const FEED_COPY_WORD = /[sſ]yndicated/i;
/**
 * The ARD broadcasters' note under a story on where their radio or television reported it: "Über dieses Thema berichtete NDR Info
 * am 04. Dezember 2026 um 14:00 Uhr.", under its label "Dieses Thema im Programm:". The broadcaster, a capital, then the day or
 * the programme: "Über dieses Thema berichtete die Zeitung bereits" is a story's. Public radio's under a segment's page, the
 * date closing it: "This segment aired on December 4, 2026.", "This episode originally aired on 5 March 2026."; going on past
 * the date, or on a channel ("This segment aired on Channel 4 and drew …"), it is a story's.
 */
const BROADCAST_NOTE =
  /^(?:Über dieses Thema berichtete(?:n)? (?:\p{Lu}[^.]{0,80}? )?(?:am|im|in der|in den|zuletzt)\s|Dieses Thema im Programm:?$|This (?:segment|episode|interview|conversation|programme|program|story|report) (?:(?:originally|first) )?(?:aired|was (?:aired|broadcast)) on (?:\p{L}+\.? \d{1,2},?|\d{1,2} \p{L}+) \d{4}\.?$)/u;
/**
 * A science news site's credit for a release it runs, under its label ("Story Source:" over "Materials provided by University of
 * Lund. Note: Content may be edited for style and length."). The credit names the provider (a name) and ends there or with the
 * editing note.
 */
const MATERIALS_CREDIT =
  /^(?:Story Source:|Materials provided by (?:the )?\p{Lu}[\p{L}\p{M}'’&-]*(?: (?:\p{Lu}[\p{L}\p{M}'’&-]*|of|the|and|for|at|in|de|du|für)){0,10}\.(?: Note: Content may be edited for style and length\.?)?)$/u;
/**
 * A Turkish site's note under every story that it compiles its news from the agencies: "Harbour.com.tr için haberlerimiz Anadolu
 * Ajansı, Reuters ve diğer kaynaklardan derlenmektedir." ("our news … is compiled from …"). Under the last paragraph it reads as
 * the text going on, and the short last sentence above it would go as a headline. "Our news" and the present tense both: a
 * story's "haberler … derlendi" is a past event. Tried only on a line with the verb's stem (DERLEN).
 */
const AGENCY_SOURCES_NOTE = /\bhaberlerimiz\b.{0,150}\bderlen(?:mektedir|iyor|ir)\.?$/iu;
const DERLEN = 'derlen';
/**
 * A site's terms for using its stories elsewhere, under every story of the former Soviet states' news sites: "При использовании
 * материалов ссылка на сайт обязательна" (Russian; Ukrainian `посилання … обов'язкове`, Kazakh `сілтеме … міндетті`, Armenian
 * `հղումը … պարտադիր է`), as English sites write "Reproduction is permitted only if a link to the site is given": the word for
 * using, copying or quoting the material and a link that is mandatory. Under the last paragraph it reads as the text going on.
 */
const REUSE_WORD = /(?:использ|цитир|перепечат|копир|використ|передрук|пайдалан|көшір|օգտագործ|reproduc|reprint|republish|\buse|\busing|\bcop(?:y|ying)\b|\bquot)/iu;
const LINK_REQUIRED =
  /(?:(?:гипер)?ссылк|(?:гіпер)?посилан|сілтеме|հղում|(?:hyper)?link\b).{0,80}?(?:обязательн|обов['’]язков|міндетті|պարտադիր|(?:is|are) (?:mandatory|required|obligatory)|only (?:if|with|when)\b)|(?:обязательн|обов['’]язков)\S* (?:\S+ )?(?:гипер|гіпер)?(?:ссылк|посилан)|only (?:if|with|when) (?:a |an )?(?:active )?(?:hyper)?link\b/iu;
const isReuseTerms = (text: string): boolean => LINK_REQUIRED.test(text) && REUSE_WORD.test(text);
export const isSyndicationNote = (line: Line): boolean =>
  line.wordCount <= MAX_SYNDICATION_NOTE_WORDS &&
  (SYNDICATION_NOTE.test(line.text) ||
    (mayBeOtherSyndicationNote(line.text) && OTHER_SYNDICATION_NOTE.test(line.text)) ||
    FEED_FOOTER.test(line.text) ||
    REPRINT_NOTE.test(line.text) ||
    REPUBLISH_NOTE.test(line.text) ||
    LICENCE_NOTE.test(line.text) ||
    (FEED_COPY_WORD.test(line.text) && FEED_COPY_NOTE.test(line.text)) ||
    BROADCAST_NOTE.test(line.text) ||
    MATERIALS_CREDIT.test(line.text) ||
    (line.text.includes(DERLEN) && AGENCY_SOURCES_NOTE.test(line.text)) ||
    FIRST_RAN_ELSEWHERE.test(line.text) ||
    isReuseTerms(line.text));
/**
 * The site a feed's footer (FEED_FOOTER) names, else null: the article's source when no line gave one, whatever its name's shape
 * ("Riverbend Ledger": "Ledger" is no outlet's word).
 */
export const feedFooterSite = (line: Line): string | null => (line.wordCount <= 40 ? (FEED_FOOTER.exec(line.text)?.[1]?.trim() ?? null) : null);

/**
 * A translated story's note: "This article was translated from German by Anna Roth.", "This interview has been translated and
 * edited for clarity.", "Translation of an original article published in French on …", and in the story's language (Tagalog
 * "Ang artikulong ito ay isinalin mula sa Ingles.", "Aus dem Englischen übersetzt von …", "Traduit de l'anglais par …"). A bare
 * "Translated from …" is the whole line or names its translator: "Translated from Latin, the motto means …" is a story's.
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
 * An opinion page's disclaimer, under the column or over it: "The views expressed in this article are the author's own and do not
 * necessarily reflect …", "Disclaimer: The views expressed here are those of the writer.", a platform's under every story ("The
 * views and statements made by contributors on this site do not necessarily represent …"). The views are the author's, or this
 * article's (a writer, a contributor, a columnist): "The views expressed at the meeting do not necessarily reflect council
 * policy, the chair said" is a story's.
 */
const OPINION_DISCLAIMER = new RegExp(
  String.raw`^(?:disclaimer\s*:\s*)?(?:the )?(?:views|opinions)\b(?=[^.]*\b(?:authors?|writers?|contributors?|columnists?|this (?:article|column|piece|post|commentary|op-ed))\b)` +
    String.raw`[^.]{0,60}?\b(?:expressed|made)\b[^.]{0,120}?\b(?:(?:do|does) not necessarily (?:reflect|represent)|don['’]t necessarily (?:reflect|represent)|(?:are|is) (?:solely |entirely |strictly )?(?:those of|the (?:authors?|writers?|contributors?|columnists?)|their own|his own|her own))`,
  'iu',
);
/**
 * The same disclaimer in Afrikaans, Spanish, French and Portuguese: the opinions expressed (uitgespreek, expresadas, exprimées,
 * expressas) are the writer's (skrywer, autor, auteur) in the same sentence ("Die menings wat in hierdie rubriek uitgespreek
 * word, is dié van die skrywer …").
 */
const OTHER_LANGUAGE_OPINION_DISCLAIMER =
  /^(?:die (?:menings|sienings)|las opiniones|les opinions|as opiniões)\s[^.]{0,60}?\b(?:uitgespreek|expresadas|exprimées|expressas)\b[^.]{0,120}?\b(?:skrywers?|autor(?:a|es)?|auteurs?|autrice)\b/iu;
/**
 * A Chinese portal's disclaimer under a story its members post, in simplified or traditional characters: "平台声明：该文观点仅代表
 * 作者本人，…", "声明：本文观点仅代表作者个人". Its label or none, then the views the author's alone: "该观点仅代表少数居民" ("the view
 * represents only a few residents") is a story's.
 */
const CHINESE_OPINION_DISCLAIMER = /^(?:(?:平台|特别|特別|免责|免責)?(?:声明|聲明)\s*[:：]\s*)?(?:该文|該文|本文|文章|文中)?(?:观点|觀點)(?:仅|僅)代表作者/u;
/**
 * A sentence saying what the piece is, before the disclaimer on its line: "This is an opinion column.", "Ceci est une tribune d’un
 * lecteur.", "Esta es una columna de opinión.". The disclaimer after it is asked as alone.
 */
const PIECE_KIND_LEAD =
  /^(?:this is an? |ceci est une? |esta es una? |este es un |esta é uma |este é um )[^.!?]{0,40}?\b(?:opinion|column|op-ed|commentary|tribune|chronique|opinión|columna|opinião|coluna)\b[^.!?]{0,40}[.!]\s+(?=\S)/iu;
const MAX_DISCLAIMER_WORDS = 60;
export function isOpinionDisclaimer(line: Line): boolean {
  if (line.wordCount > MAX_DISCLAIMER_WORDS) return false;
  const text = line.text.replace(PIECE_KIND_LEAD, '');
  return OPINION_DISCLAIMER.test(text) || OTHER_LANGUAGE_OPINION_DISCLAIMER.test(text) || CHINESE_OPINION_DISCLAIMER.test(text);
}

/**
 * An outlet's statement of its mission alone on its line over every story ("Harbour Weekly is committed to challenging …"): its
 * name (one to three capitalised words), "is committed" or "dedicated to", no comma, figure or quotation (a story's sentence so
 * worded tells more). Only at the article's top, sharing no words with the story (bounds.ts articleOpening): "Harbour Rail is
 * committed to reopening the line." may open one.
 */
const OUTLET_MISSION = /^(?:The )?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,2} is (?:committed|dedicated) to\b[^,;:.!?"“”\d]*[.!]$/u;
export const isOutletMission = (line: Line): boolean => line.wordCount <= MAX_DISCLAIMER_WORDS && OUTLET_MISSION.test(line.text);

/**
 * A site's note on why to trust its reviews, under its heading, the same on every page: "Why you can trust Harbourtech" over "We
 * spend hours testing every product …", "How we reviewed this article:" over "Our experts continually monitor …"; some sites set
 * the heading alone, a link, over the first paragraph. The heading alone, or with the note after its colon or run into it on one
 * line; the line under a heading alone is its note (isReviewMethodNote). Not "How we tested", a review's own section (its findings).
 */
const REVIEW_METHOD_HEADING = /^(?:why (?:you can|should you) trust (us|[\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}&.'’-]*){0,2})|how we reviewed this (?:article|review|guide|product))(\s*[:?]\s*\S.*|\s+(?:we|our)\s.*)?\s*[:?]?$/iu;
/** The site's name after "trust" is capitalised, tested apart (REVIEW_METHOD_HEADING's /i lets \p{Lu} match lower case): "Why you can trust the polls" is a story's. */
const NAME_CAPITALISED = /^[\p{Lu}\p{N}]/u;
const MAX_REVIEW_METHOD_WORDS = 80;
/** The heading's parts (the site's name in group 1, a note on its line in group 2), else null. */
function reviewMethodHeading(line: Line): RegExpExecArray | null {
  if (line.wordCount > MAX_REVIEW_METHOD_WORDS) return null;
  const heading = REVIEW_METHOD_HEADING.exec(line.text);
  const name = heading?.[1];
  return heading && (name === undefined || name.toLowerCase() === 'us' || NAME_CAPITALISED.test(name)) ? heading : null;
}
export const isReviewMethodHeading = (line: Line): boolean => reviewMethodHeading(line) !== null;
/**
 * The note right under a review site's heading on how it tests (isReviewMethodHeading) with no note on its own line, a paragraph
 * or two in the site's voice ("We spend hours testing …", "Our experts continually monitor …"); a heading alone, a link, right
 * over the story's first paragraph has none.
 */
const SITE_VOICE = /^(?:we|our)\b/iu;
export function isReviewMethodNote(line: Line, above: Line | undefined): boolean {
  if (above === undefined || line.wordCount > MAX_REVIEW_METHOD_WORDS || !SITE_VOICE.test(line.text)) return false;
  const heading = reviewMethodHeading(above);
  return heading !== null && heading[2] === undefined;
}

/**
 * A sponsored post's disclosure: "This content was paid for by Greenleaf Energy and produced by MetroPulse Studio.", "This article
 * is sponsored by …", "This is a paid post." Not a story's funding note ("This story was funded by a grant from …"), which is
 * the newsroom's own.
 */
const SPONSOR_DISCLOSURE = /^(?:this (?:content|article|story|post|feature|page) (?:was|is|has been) (?:paid for|sponsored)\b|this is (?:a )?(?:paid|sponsored) (?:post|content|article|feature)\b)/iu;
export const isSponsorDisclosure = (line: Line): boolean => line.wordCount <= MAX_DISCLAIMER_WORDS && SPONSOR_DISCLOSURE.test(line.text);
/**
 * A nonprofit newsroom's disclosure that a body its story names gives it money ("Disclosure: The Harbour Association of Realtors
 * has been a financial supporter of The Harbour Tribune, …"). Not a disclosure of another kind ("Disclosure: Harbourtech may earn
 * a commission …", an author's of the shares they hold), which a gold text may keep.
 */
const DONOR_DISCLOSURE = /^disclosures?\s*:.*\b(?:financial (?:supporters?|backers?)|donors?|funders?)\b/iu;
export const isDonorDisclosure = (line: Line): boolean => line.wordCount <= MAX_DISCLAIMER_WORDS && DONOR_DISCLOSURE.test(line.text);

/**
 * A review site's note that it earns from the shops it links to, over or under the text: "When you purchase through links on our
 * site, we may earn an affiliate commission.", "If you buy something from a Harbour link, Tidewater Media may earn a commission."
 * The site that may earn an affiliate commission, or the purchase through its link said to earn one (retailers that earn one are
 * a story's); "Disclosure: Harbourtech may earn a commission …" says neither (a gold text keeps it). Under the byline, read as
 * prose, it would be the first paragraph and hide the writer's note under it (isAuthorNoteShape).
 */
const AFFILIATE_DISCLOSURE = /\b(?:(?:may|we) (?:earn|receive|get) an? affiliate commission|(?:when|if) you (?:buy|purchase|shop)\b[^.!?]{0,40}?\b(?:through|via|using) (?:the |our )?(?:retail |affiliate )?links\b[^.!?]{0,40}?\bwe (?:may )?(?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission|^(?:when|if) you (?:buy|purchase) (?:something|anything) from an? [^.!?,]{1,30}? link\b[^.!?]{0,40}?\bmay (?:earn|receive|get) an? commission)\b/iu;
const MAX_AFFILIATE_DISCLOSURE_WORDS = 45;
/** Both of AFFILIATE_DISCLOSURE's forms end in "commission": lines without it skip the pattern's scan (bench:rules: second costliest). */
const mentionsCommission = (text: string): boolean => text.includes('ommission') || text.includes('OMMISSION');
export const isAffiliateDisclosure = (line: Line): boolean =>
  line.wordCount <= MAX_AFFILIATE_DISCLOSURE_WORDS && mentionsCommission(line.text) && AFFILIATE_DISCLOSURE.test(line.text);

/**
 * A breaking story's note that it is still being written: "This is a developing story. Check back for updates.", "This article
 * will be updated." The story itself ("This is a developing area of law, the judge said") names no story or article being updated.
 */
const DEVELOPING_STORY_NOTE = /^(?:this is an? (?:developing|breaking)(?: news)? (?:story|article|report)\b|this (?:story|article|report) is (?:developing|still developing|breaking)\b|this (?:story|article|report) (?:will|may|is going to) be updated\b|(?:please )?check back (?:later |soon )?for (?:updates|more)\b)/iu;
const MAX_DEVELOPING_STORY_NOTE_WORDS = 25;
export const isDevelopingStoryNote = (line: Line): boolean => line.wordCount <= MAX_DEVELOPING_STORY_NOTE_WORDS && DEVELOPING_STORY_NOTE.test(line.text);

/**
 * A police log's note that the people it names are presumed innocent ("All suspects are presumed innocent until proven guilty."),
 * under each blotter. Said of everyone charged or arrested, not of one suspect ("He remains presumed innocent, his lawyer said").
 */
const PRESUMPTION_NOTE = /^(?:everyone|everybody|anyone|any person|all (?:those|persons|people|suspects|defendants|individuals|arrestees)|those|suspects|defendants|arrestees)\b[^.!?]{0,80}?\b(?:is|are|remains?|(?:should|must) be) (?:(?:presumed|considered|deemed) )?innocent until\b/iu;
const MAX_PRESUMPTION_NOTE_WORDS = 35;
export const isPresumptionNote = (line: Line): boolean => line.wordCount <= MAX_PRESUMPTION_NOTE_WORDS && PRESUMPTION_NOTE.test(line.text);

/**
 * A Korean portal's note under a story it carries on the section the outlet filed it in: "기사 섹션 분류 안내" (the article's section)
 * over "이 기사는 언론사에서 사회 섹션으로 분류했습니다." (the outlet filed this article under Society), under the outlet's notice.
 */
const PORTAL_SECTION_NOTE = /^(?:기사 섹션 분류 안내|이 기사는 언론사에서 \S+(?: \S+)? 섹션으로 분류했습니다\.?)$/u;
export const isPortalSectionNote = (line: Line): boolean => PORTAL_SECTION_NOTE.test(line.text);

/**
 * A sponsor's message set into a newsletter between two items: "A MESSAGE FROM ACME ENERGY:" over the sponsor's paragraph. The
 * label in capitals (in any case it may head a letter the story prints: "A message from the mayor:"), or naming the sponsor as
 * such; not the newsroom's own people or a story's officials even in capitals ("A MESSAGE FROM THE EDITOR:").
 */
const SPONSOR_MESSAGE_LABEL = /^(?:A (?:MESSAGE|WORD) FROM (?!(?:THE|OUR) (?:EDITORS?|PUBLISHER|AUTHORS?|MAYOR|PRESIDENT|GOVERNOR|CHIEF|CEO|CHAIR|PRINCIPAL|DEAN|FOUNDERS?|TEAM|STAFF|NEWSROOM)\b)[\p{Lu}\p{N}][^\p{Ll}]{0,60}|(?:[Aa] )?(?:[Mm]essage|[Ww]ord) from (?:our|this (?:week['’]s|newsletter['’]s)) sponsors?)\s*:?$/u;
/** The sponsor a label names ("ACME ENERGY" in "A MESSAGE FROM ACME ENERGY:"), in lower case; null for "A word from our sponsor". */
const SPONSOR_NAME = /^A (?:MESSAGE|WORD) FROM ([^:]+?)\s*:?$/u;
/** Paragraphs of a sponsor's message after its first at most: a message is a few, never the newsletter's next items. */
const MAX_SPONSOR_PARAGRAPHS_AFTER = 3;
/**
 * A paragraph in the sponsor's first person, opening with "We", "Our" or "At Acme, we" ("We believe every home deserves …"): the
 * message goes on in it without naming the sponsor (under "A word from our sponsor", which names none).
 */
const SPONSOR_VOICE = /^(?:we|our|at [^,]{1,40}, we)\b/iu;
/**
 * The lines of each sponsor's message: its label (SPONSOR_MESSAGE_LABEL), the sponsor's pictures under it (its logo or banner)
 * and the paragraph under them, with the lines set right under that paragraph (its link, its small print); and the paragraphs
 * after that naming the sponsor ("Since 2019 Acme Energy has connected …") or in its first person (SPONSOR_VOICE).
 */
export function sponsorMessageLines(lines: readonly Line[]): Set<Line> {
  const message = new Set<Line>();
  // The end (exclusive) of the paragraph starting at lines[start]: the lines set right under each other.
  const paragraphEnd = (start: number): number => {
    let end = start + 1;
    while (end < lines.length && rightUnder(lines, end)) end++;
    return end;
  };
  lines.forEach((label, i) => {
    if (!SPONSOR_MESSAGE_LABEL.test(label.text) || i + 1 >= lines.length) return;
    message.add(label);
    let start = i + 1;
    while (start + 1 < lines.length && isPictureLine(lines[start]!)) message.add(lines[start++]!);
    let end = paragraphEnd(start);
    const sponsor = SPONSOR_NAME.exec(label.text)?.[1]!.toLowerCase();
    const namesSponsor = (from: number, to: number): boolean => sponsor !== undefined && lines.slice(from, to).some((line) => line.text.toLowerCase().includes(sponsor));
    const isSponsors = (from: number): boolean => SPONSOR_VOICE.test(lines[from]!.text) || namesSponsor(from, paragraphEnd(from));
    for (let more = 0; more < MAX_SPONSOR_PARAGRAPHS_AFTER && end < lines.length && isSponsors(end); more++) end = paragraphEnd(end);
    for (let k = start; k < end; k++) message.add(lines[k]!);
  });
  return message;
}

/**
 * A feedback poll's question or thanks, under the article, over its buttons: "Was this article helpful?", "Is this page useful?",
 * "How does this make you feel?" and "Do you like the content of this article?" (over its reactions), "Thanks for your feedback!".
 * The question ends in "?", a sentence.
 */
const FEEDBACK_POLL =
  /^(?:(?:was|is) (?:this|the) (?:article|story|page|post|information|answer) (?:helpful|useful|informative)|(?:do|did) you (?:like|enjoy) (?:the content of )?(?:this|the) (?:article|story|page|post)|did you find (?:this|the) (?:article|story|page|post|information) (?:helpful|useful|informative)|how (?:helpful|useful) (?:was|is) (?:this|the) (?:article|story|page|post|information)|how would you rate (?:the quality of )?(?:this|the) (?:article|story|page|post)|rate this (?:article|story|page|post)|how does this (?:article |story |post )?make you feel|(?:thanks|thank you) for (?:your|the) feedback)[?!.:]?$/iu;
export const isFeedbackPoll = (line: Line): boolean => FEEDBACK_POLL.test(line.text);

/**
 * A newspaper's note on where the article ran in print, under its last paragraph: "A version of this article appears in print on
 * Nov. 19, 2026, Section B, Page 3 of the New York edition with the headline: …", "This story appeared in print on page 12", "This
 * story was first published on page 14 of the <paper> on <date>" (the paper's site under its print story), a
 * magazine's naming the issue ("This article appears in the January 2027 print edition with the headline …") or opening with it
 * ("Published in the print edition of the December 8, 2026, issue, with the headline …"). The article's own note, in print.
 */
const PRINT_EDITION_NOTE =
  /^(?:(?:A version of this (?:article|story|review|column|essay)|This (?:article|story|review|column|essay)) (?:appears|appeared|ran|was (?:originally |first )?published|(?:originally|first) (?:appeared|ran)) (?:in print\b|in (?:the )?[\p{L}\p{N}&, ]{0,60}?\bprint edition\b|on page \d)|Published in the print edition of the\b)/u;
export const isPrintEditionNote = (line: Line): boolean => line.wordCount <= 60 && PRINT_EDITION_NOTE.test(line.text);

/**
 * A site's acknowledgement of country under every story, as Australian, New Zealand and Canadian outlets set it: "We acknowledge
 * the traditional, unceded territory of the …", "Harbour acknowledges the Aboriginal and Torres Strait Islander peoples as …".
 * The site speaks ("We", or its name: capitalised words alone), in the present tense, and names the land's first peoples or
 * owners: "The premier acknowledged the Traditional Owners …" (a story's) has neither.
 */
const COUNTRY_ACKNOWLEDGEMENT =
  /^(?:In the spirit of reconciliation,?\s+)?(?:We|(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*\s+){1,4})(?:respectfully\s+)?acknowledges?\b(?=[^.]{0,160}?\b(?:[Tt]raditional (?:Owners|Custodians|owners|custodians)|First Australians|Aboriginal and Torres Strait Islander|First Nations|unceded|traditional (?:and ancestral )?territor))/u;
const MAX_ACKNOWLEDGEMENT_WORDS = 60;
// The verb's letters, in either case of its first: a line without them (nearly all) is not matched against the pattern, whose
// run of capitalised words made it a costly rule that matched nothing (bench:rules).
export const isCountryAcknowledgement = (line: Line): boolean =>
  line.wordCount <= MAX_ACKNOWLEDGEMENT_WORDS && line.text.includes('cknowledge') && COUNTRY_ACKNOWLEDGEMENT.test(line.text);

/**
 * How to cite the page, under the article: "Citation: Harbour ferry trial cuts emissions by half (2026, December 4) retrieved
 * 4 December 2026 from https://…". It names the day the page was retrieved and its address.
 */
const PAGE_CITATION = /^citation:.{10,400}?\bretrieved\b.{4,40}?\bfrom https?:\/\/\S+$/iu;
export const isPageCitation = (line: Line): boolean => PAGE_CITATION.test(line.text);

/**
 * The paper a university's press release reports, on a line of its own: "Study: Long-term load behaviour of prestressed concrete
 * supports in cold climates" (its journal or DOI after it or not). Headline-shaped, it would stay between the paragraphs; no
 * article sentence opens "Study:" with no full stop (a link to another story so labelled is no body either).
 */
const STUDY_TITLE = /^(?:[Ss]tudy|STUDY|[Oo]riginal study|[Jj]ournal article)\s*:\s*[\p{Lu}\p{N}"“‘']/u;
const MAX_STUDY_TITLE_WORDS = 40;
export const isStudyTitle = (line: Line): boolean =>
  line.wordCount <= MAX_STUDY_TITLE_WORDS && STUDY_TITLE.test(line.text) && (!line.endsWithSentencePunctuation || /\bdoi\b/iu.test(line.text));

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
