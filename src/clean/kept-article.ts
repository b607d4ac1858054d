// The cleaner's result once every removed line is decided: the kept lines as the body's paragraphs
// (with the cleaner's words of each, for the tokenizer), the metadata completed from the body's
// dateline, sign-off and byline, the removed lines in page order, and the article's warnings.
import { agencySourceName, datelineAt, signOffAgency, signOffLineAgency } from '../text/dateline.js';
import { readDate } from '../text/dates.js';
import type { CleanArticleWithWords, DateOrder, PlacedWords, RawArticle, RemovedLine } from '../types.js';
import { isPublicBody } from './header.js';
import { positionOfNumber, type Line } from './lines.js';
import { bylineCasedByPage } from './metadata/byline-casing.js';
import { koreanCreditAuthor } from './metadata/bylines.js';
import { onlyDateWords } from './metadata/date-lines.js';
import type { LiftedMetadata } from './metadata/lift.js';
import { endsWithCompanyWord, isBrandOfNoticeCompany } from './metadata/site-notice.js';
import { namesBeforeMasthead, signatureNamesSource, signedByline, withoutPlaceNamedInBody } from './metadata/signed-bylines.js';
import { agencyCredit } from './metadata/wire-credits.js';
import { isOutlet, networkSourceName, outletName, shortNameOf } from './outlets.js';
import { cutsRemoved, type LineCuts } from './page-lines.js';
import { pastedArticleWarning } from './pasted.js';
import { PAYWALL_NOTICE, paywallWarningOf } from './chrome/paywall.js';
import { loopWarnings } from './repeats.js';
import { placedWordsOf } from './scored-lines.js';

/**
 * The article once every removed line is decided: the other lines as the body's paragraphs (with
 * the cleaner's words of each), the metadata completed from the body's dateline and the byline,
 * the removed lines in page order and the warnings (nothing left, and why when `emptyBecause` says; a paywall's notice; a second article's header inside the text).
 */
export function keptArticle(
  raw: RawArticle, lines: readonly Line[], words: readonly PlacedWords[], removed: Map<number, RemovedLine>, lifted: LiftedMetadata, cuts: LineCuts, dateOrder: DateOrder | undefined,
  { emptyBecause, pageSource }: { emptyBecause?: string; pageSource?: string } = {},
): CleanArticleWithWords {
  const { metadata } = lifted;
  const kept = lines.filter((line) => !removed.has(line.number));
  const body = kept.map((line) => line.text).join('\n\n');
  // Wire copy names its agency in the dateline ("WASHINGTON (Reuters) - "), signs off with it ("…
  // al Senato. (ANSA).") or signs with it ("By TASS", "By Jane Doe, Reuters"), or a line of the header
  // names it alone, or a feed's footer names the site (`pageSource`): the article's source when no line gave one. The dateline stays
  // in the body, where extraction benchmarks keep it. A byline the page gave keeps its authors
  // only, unless its outlet is not the source (a "Source:" line, the input or the dateline named
  // another): then it keeps the outlet, which would be lost; one the input gave is left as it is.
  // A byline run into the dateline ("By Jane Doe NEW YORK Nov 1 (Reuters) - ") stays in the body with it, as CNA's credit
  // does ("（中央社記者王小明台北4日電）", agencyCredit), whose agency is the source as a dateline's is.
  const dateline = datelineAt(body);
  const credit = agencyCredit(body);
  // A Korean outlet's credit opening one of the first paragraphs ("[OSEN=김민경 기자] …", metadata/bylines.ts koreanCreditAuthor) too.
  metadata.byline ??= dateline?.byline ?? credit?.author ?? koreanCreditAuthor(kept.slice(0, KOREAN_CREDIT_PARAGRAPHS).map((line) => line.text)) ?? null;
  const overTitle = linesOverTitle(lines, removed);
  const bylineSigned = signedByline(metadata.byline);
  const signed = bylineSigned.outlet === null && metadata.byline !== null ? (namesBeforeMasthead(metadata.byline, overTitle) ?? bylineSigned) : bylineSigned;
  // An outlet's staff signing over the article ("By Harbour Post Staff", no author: metadata/lift.ts LiftedMetadata) names its
  // outlet as a byline's does; one under a related story's headline after it does not.
  const staff = metadata.byline === null ? lifted.staffSigning : null;
  const signing = signed.outlet ?? (staff !== null && staff.line < (kept[0]?.number ?? Infinity) ? staff.outlet : null);
  // A contributor's outlet is often the masthead's short name ("Marcus Delaney, For The Inquirer" under "© 2026 The
  // Philadelphia Inquirer, LLC"): the page's fuller name is the source then.
  const outlet = signing !== null && pageSource !== undefined && shortNameOf(signing, pageSource) ? pageSource : signing;
  const datelineText = dateline && body.slice(dateline.start, dateline.start + dateline.length);
  // The sign-off on a line of its own right under the last paragraph ("- NZPA") is removed as page text after the article, and read so.
  const lastKept = kept.at(-1);
  const underText = lastKept && lines[positionOfNumber(lines, lastKept.number) + 1];
  const signOffLine = underText !== undefined && removed.has(underText.number) ? signOffLineAgency(underText.text) : null;
  metadata.source ??= dateline?.agency ?? outletAfterPlace(datelineText) ?? credit?.agency ?? signOffAgency(body) ?? signOffLine ?? outlet ?? pageSource ?? null;
  // A site that signs its own story in the dateline with its masthead ("HARBOUR POS - ") wrote it: a source credit naming no agency
  // nor outlet ("Sumber: Dinas Perpustakaan Kota", an office) says where a fact came from, and the masthead is the source.
  if (metadata.source !== null && metadata.source !== raw.givenMetadata.source && pageSource !== undefined && datelineNamesSite(datelineText, pageSource) && !isOutlet(metadata.source)) {
    metadata.source = pageSource;
  }
  // A station's dateline runs its name together ("(HawaiiNewsNow) - ") where its notice spaces it ("Copyright 2026 Hawaii News
  // Now."): the spaced form is the one a reader searches for, and the one the outlet's other pages give.
  if (metadata.source !== null && metadata.source !== raw.givenMetadata.source && pageSource !== undefined && spacedFormOf(metadata.source, pageSource)) metadata.source = pageSource;
  // An agency's or a network's source is one name whichever the page wrote (agencySourceName, networkSourceName): "(AP)"
  // and "By The Associated Press" would group one agency's stories under two sources. The input's is kept as given.
  if (metadata.source !== null && metadata.source !== raw.givenMetadata.source) metadata.source = networkSourceName(agencySourceName(metadata.source));
  if (metadata.byline !== raw.givenMetadata.byline && (sameOutlet(signed.outlet, metadata.source) || outlet === metadata.source || signatureNamesSource(metadata.byline!, signed.authors, metadata.source))) {
    metadata.byline = signed.authors;
  }
  // A byline that is the source's name is the outlet signing, no author: an aggregator's copy names the outlet over the story's
  // age ("Riverbend Ledger" over "2 hours ago", NewsBreak's), which is no byline.
  if (metadata.byline !== null && metadata.byline !== raw.givenMetadata.byline && metadata.source !== null && sameOutlet(metadata.byline, metadata.source)) metadata.byline = null;
  // An organisation signing is no author (isOrganisation): a charity's release on a community paper's page ("By Harbour Blood
  // Services | Published …"), a space agency's on a science site ("by Northern Space Agency"). Its name is the source when no
  // line gave one, as an outlet's signing alone is.
  if (metadata.byline !== null && metadata.byline !== raw.givenMetadata.byline && isOrganisation(metadata.byline)) {
    metadata.source ??= metadata.byline;
    metadata.byline = null;
  }
  // A site signing with its brand's one word, the word its copyright notice's company is named for ("Posted by Quayline" over "©
  // 2026 Quayline Harbour Entertainment.", "BY: Quayline" over "© 2026 Quayline, LLC."): no author, its name the source, as an
  // organisation's signing is. A blogger signs with her first name as often ("written by Maren" over "© Maren"): her notice holds no company.
  if (metadata.byline !== null && metadata.byline !== raw.givenMetadata.byline && ONE_WORD.test(metadata.byline)) {
    const brand = metadata.byline;
    if (lines.some((line) => removed.has(line.number) && isBrandOfNoticeCompany(brand, line))) {
      metadata.source ??= brand;
      metadata.byline = null;
    }
  }
  // The place the reporter writes from after the name, when the body names it (withoutPlaceNamedInBody): "Jane Doe Lagos".
  if (metadata.byline !== null && metadata.byline !== raw.givenMetadata.byline) {
    metadata.byline = withoutPlaceNamedInBody(metadata.byline, body, datelineText);
  }
  // A byline in capitals, as the page writes the surname elsewhere (bylineCasedByPage): "CLAIRE MORRISON" over "Morrison covers …".
  if (metadata.byline !== null && metadata.byline !== raw.givenMetadata.byline) metadata.byline = bylineCasedByPage(metadata.byline, lines);
  // A press release dates itself only in its dateline ("PHOENIX, April 9, 2024 /PRNewswire/ -- "):
  // else it has no date. A wire's "Jan 15" without its year gives none.
  if (metadata.date === null && dateline) metadata.date = readDate(body.slice(dateline.start, dateline.start + dateline.length), dateOrder)?.iso ?? null;
  // So does a news service that opens the story with its date alone before a dash ("4 December 2026 – The Council today …", the UN's).
  if (metadata.date === null) metadata.date = dateOpeningBody(body, dateOrder);
  const warnings = [...raw.warnings];
  if (!body) warnings.push(emptyBecause ? `nothing left after cleaning: ${emptyBecause}` : 'nothing left after cleaning');
  const notices = lines.filter((line) => removed.get(line.number)?.reason === PAYWALL_NOTICE).map((line) => ({ line: line.number, text: line.text, words: line.wordCount }));
  const paywall = notices.length ? paywallWarningOf(notices, kept[0]?.number ?? Infinity, kept.reduce((sum, line) => sum + line.wordCount, 0)) : null;
  if (paywall) warnings.push(paywall);
  const pasted = pastedArticleWarning(lines, removed, kept);
  if (pasted) warnings.push(pasted);
  const removedLines = [...removed.values(), ...cutsRemoved(cuts)].sort((a, b) => a.line - b.line);
  warnings.push(...loopWarnings(removedLines));
  const article = { id: raw.id, sourceFile: raw.sourceFile, encoding: raw.encoding, metadata, body, removedLines, warnings };
  // Each kept line is one paragraph of the body, as it stands in the line (trimmed, no line break).
  return { article, bodyWords: kept.map((line) => placedWordsOf(words, line)) };
}

/**
 * What opens a body before a spaced dash and a capital, up to 30 characters (group 1): "4 December 2026 – The …"; a place in
 * capitals and brackets may stand before the dash, no part of it (Sudan Tribune's "December 5, 2026 (WAD MADANI) – The …").
 */
const OPENING_BEFORE_DASH = /^([^\n–—-]{6,30}?)(?:\s+\(\p{Lu}[\p{Lu}\s'’.]{1,30}\))?\s+[–—-]{1,2}\s+(?=\p{Lu})/u;
/** The date the body opens with before a dash (OPENING_BEFORE_DASH), the words before the dash a date's alone (onlyDateWords), else null. */
function dateOpeningBody(body: string, dateOrder: DateOrder | undefined): string | null {
  const opening = OPENING_BEFORE_DASH.exec(body)?.[1];
  return opening !== undefined && onlyDateWords(opening) ? (readDate(opening, dateOrder)?.iso ?? null) : null;
}

/** A name of one word: a brand's, or a blogger's first name. */
const ONE_WORD = /^[\p{L}\p{N}'’.&-]+$/u;

/** Words of a public body's name (header.ts isPublicBody) read as an organisation's, at least: "Jane Service" is a person's. */
const MIN_PUBLIC_BODY_WORDS = 3;
/**
 * Whether a byline is one organisation's name, no person's: names joined by nothing (no comma, "and", bar or slash), ending with a
 * company's or an institution's word (metadata/site-notice.ts endsWithCompanyWord: "Harbour Blood Services", "Lagoon Valley
 * Foundation") or a public body's of three words or more (header.ts isPublicBody: "Northern Space Agency").
 */
function isOrganisation(byline: string): boolean {
  if (/[,|/&]|\sand\s/u.test(byline)) return false;
  return endsWithCompanyWord(byline) || (byline.split(' ').length >= MIN_PUBLIC_BODY_WORDS && isPublicBody(byline)) || CJK_ORGANISATION.test(byline);
}
/**
 * An organisation's name in Japanese, Chinese or Korean, no person's: the word for a company first or last ("株式会社ハーバー",
 * "ハーバー商事株式会社", "주식회사 …", "…公司"), or an office's, an association's, a foundation's, an institute's, a university's or a
 * committee's word last ("ハーバー国際特許事務所", a patent office signing its blog's posts). No person's name ends so; a desk's word
 * ("編集部", the editors) is left, as a desk signing in English is.
 */
const CJK_ORGANISATION =
  /^(?:(?:株式会社|有限会社|合同会社|주식회사)\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・\s]+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・\s]+(?:株式会社|有限会社|合同会社|事務所|事务所|協会|协会|協會|財団|财团|財團|研究所|研究院|大学|大學|委員会|委员会|委員會|組合|公司|基金会|基金會|주식회사|협회|재단|연구소|대학교|위원회|사무소))$/u;

/** The body's first paragraphs a Korean outlet's credit may open: the headline or a standfirst may stand over it. */
const KOREAN_CREDIT_PARAGRAPHS = 3;

/** The texts of the lines over the page's title (none without one): its masthead among them. */
function linesOverTitle(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): ReadonlySet<string> {
  const title = lines.findIndex((line) => removed.get(line.number)?.kind === 'title');
  return new Set(lines.slice(0, Math.max(title, 0)).map((line) => line.text));
}

/** What a dateline's place has after its comma and before its dash ("KUPANG, KOMPAS.com - "): a qualifier, a state or a site. */
const AFTER_PLACE = /^[^,]+, ([^,]+?) ?(?:-{1,3}|[–—]) $/u;
/**
 * The outlet a dateline names after its place's comma, as Indonesian sites sign their stories ("KUPANG, KOMPAS.com - ",
 * "JAKARTA, detikNews - "), else null: the story's source. A state or a country there ("Raleigh, N.C. - ") is no outlet.
 */
function outletAfterPlace(dateline: string | null): string | null {
  const after = dateline ? AFTER_PLACE.exec(dateline)?.[1] : undefined;
  return after !== undefined && isOutlet(after) ? after : null;
}

/** Whether a dateline is the site's name alone before its dash ("HARBOUR POS - " of "Harbour Pos"), case aside. */
function datelineNamesSite(dateline: string | null, site: string): boolean {
  return dateline !== null && dateline.replace(/\s*(?:-{1,3}|[–—])\s*$/u, '').toLowerCase() === site.toLowerCase();
}

/** Whether `spaced` is `name` written with spaces between its words ("Hawaii News Now" of "HawaiiNewsNow"), case aside. */
function spacedFormOf(name: string, spaced: string): boolean {
  return !/\s/u.test(name) && /\s/u.test(spaced) && spaced.replace(/\s+/gu, '').toLowerCase() === name.toLowerCase();
}

/**
 * Whether a byline's outlet, if any, is the source: one name, with or without its "The", case and
 * spacing aside, or two names of one agency ("The Associated Press" over an "(AP) —" dateline: the
 * agency, not the author).
 */
function sameOutlet(outlet: string | null, source: string | null): boolean {
  return outlet === null || (source !== null && outletName(outlet) === outletName(source));
}

