// The page's source when no line of the article names it: a news agency or a masthead in the header, else what a line
// the cleaner removed names (a date line's publisher, a feed's footer, a copyright notice, the site's own name...).
import type { RemovedLine } from '../../types.js';
import { EMAIL_HEADER, mastheadSender } from '../chrome/email-header.js';
import { copyrightOutlet } from '../chrome/copyright.js';
import { moreFromOutlet } from '../chrome/links.js';
import { feedFooterSite, firstPublisher, firstShownOnSite } from '../chrome/notes.js';
import { readMoreSite, thanksForReadingSite } from '../chrome/prompts.js';
import { headerLine, headerMasthead, mastheadOfPublisher, ministryUnderStateName, publicBodyUnderFromLabel } from '../header.js';
import type { Line } from '../lines.js';
import type { Remove } from '../line-rules.js';
import { publisherOfDateLine } from './date-lines.js';
import { chineseDateLineSource, type LiftedMetadata } from './lift.js';
import { isJapanesePaperName, isNetworkName, isNewsAgencyName, isOutletByKindWordAlone, networkSourceName, shortNameOf } from '../outlets.js';
import { breadcrumbRoot, headerLogo, mastheadOverAccountLinks, mastheadRepeatedLast, mastheadSecondLine, siteLine } from './site-header.js';
import { footerNameOfMasthead, outletAboutLink, outletAtPostalAddress, outletNamedByOwner, outletOverPage, publicationNamedByOwner, registeredMediaOutlet, siteGreeting, siteNamedByAboutLink, siteNamedByAppPrompt, siteNamedByFolio, siteNamedByFollowPrompt, siteNamedByOwner, siteNamedByFooterSentence, siteNamedByPictureCredit } from './site-mentions.js';
import { footerLogoByNotice, footerOutletOfBrand, publicationHolder, siteLogoByNotice, siteNamedByNotice, siteOverPublisherNotice } from './site-notice.js';

/** What pageSource reads of the page cleanWithWords cleans: its lines, those removed so far, the metadata lifted; and how it relabels the line it takes. */
interface SourcePage {
  lines: readonly Line[];
  removed: ReadonlyMap<number, RemovedLine>;
  relabel: Remove;
  lifted: LiftedMetadata;
}

/**
 * The page's source when no source line, dateline, sign-off or byline's outlet names one (keptArticle): a news agency's
 * name or an outlet's masthead in the header (relabelled as the source credit), else what a removed line names.
 */
export function pageSource(page: SourcePage, firstInBlock: number, title: { line: Line } | null): string | undefined {
  const { lines, removed, relabel } = page;
  const { metadata } = page.lifted;
  // A news agency's name alone on a line of the header ("共同通信" under a Japanese date line,
  // "Reuters" under the headline) signs the story, and so does a Japanese paper's name (a portal's "港湾日報" under its date line): the
  // source when no source line, dateline, sign-off or byline's outlet named one (keptArticle), not the body's first
  // paragraph. So does an outlet's masthead in the header ("The Sydney Morning Herald" under the title), neither page text
  // nor a section label. So does the public body a government's page is from (GOV.UK's "From:" over "Department for
  // Transport": header.ts publicBodyUnderFromLabel; a bulletin's ministry under the state's name: header.ts ministryUnderStateName).
  const agency =
    headerLine(lines, firstInBlock, title?.line, (line) => isNewsAgencyName(line.text) || (isJapanesePaperName(line.text) && isJapanesePage(lines))) ?? headerMasthead(lines, removed, firstInBlock, title?.line) ?? publicBodyUnderFromLabel(lines, firstInBlock) ?? ministryUnderStateName(lines, firstInBlock);
  if (agency) relabel(agency, 'metadata', 'source credit');
  // A newsletter mailed to the reader names itself in the mail's sender and its masthead (mastheadSender).
  const mailSender = (): string | undefined => mastheadSender(lines, (line) => removed.get(line.number)?.reason === EMAIL_HEADER, metadata.byline) ?? undefined;
  // Else the outlet a date line says published the story ("Published by The Morning Sentinel on Dec. 3, 2026.", an obituary a
  // paper runs on Legacy.com: metadata/date-lines.ts publisherOfDateLine; a Chinese portal's "2026-12-05 10:32 来源: 浙江日报": lift.ts
  // chineseDateLineSource), the site a WordPress feed's footer after the article names ("… appeared first on Riverbend Ledger.") or an Indonesian
  // network's note the story first ran on ("Artikel ini telah tayang di Harbourjateng.com dengan judul …": chrome/notes.ts firstShownOnSite) or a
  // syndication note its first publisher ("This article was originally published by Harbourism.": chrome/notes.ts firstPublisher), or an
  // aggregator's link to the whole story ("Read the full story on Riverbend Ledger", chrome/prompts.ts readMoreSite) or its
  // box of the outlet's other stories ("More from The Seaport Gazette", chrome/links.ts moreFromOutlet), or a newsletter's thanks
  // naming it ("Thanks for reading The Quiet Ledger!", Substack's: chrome/prompts.ts thanksForReadingSite) or its postal address
  // ("Harbor City Ledger, 400 Pier Avenue, …": site-mentions.ts outletAtPostalAddress) or a Russian site's media registration ("Сетевое издание
  // «Харбор»": site-mentions.ts registeredMediaOutlet), a short name among these giving way to a notice's fuller one ("More From The Post" under
  // "© 1996-2026 The Washington Post": fullerNoticeName), else the
  // outlet a copyright notice names ("© 2026 The Valley Tribune."; the page's masthead its publisher's name opens with), looked for only then, or a
  // line says is its owner's ("CBS Sports is a registered trademark of …": site-mentions.ts outletNamedByOwner) (removedLineSource);
  // else the site's name on the page's first line (or under a menu's word: siteLine) when a notice holds it (siteNamedByNotice) or
  // a line says what owns it ("Food & Wine is part of …": siteNamedByOwner) or a footer's link is about it ("Om SVT Nyheter":
  // siteNamedByAboutLink) or a line invites the reader to follow it ("Follow Mirror:": siteNamedByFollowPrompt) or offers its app ("Gratis de
  // AD-app": siteNamedByAppPrompt) or a picture's credit gives its name ("Foto: Harbourske": siteNamedByPictureCredit) or an e-paper's folio does ("Pes 5 -
  // HARBOUR - Wik Desemba 3 - 9, 2026": siteNamedByFolio), or a notice holds a publisher's company
  // and another line names the site or the site's name is an outlet's (siteOverPublisherNotice), or the notice holds the masthead's second line
  // (site-header.ts mastheadSecondLine: "Whakaata Harbour" under "Harbour Reo News"); else the footer's logo a notice's company is named for
  // (site-notice.ts footerLogoByNotice) or, named as an outlet, by the brand the masthead and the notice's holder open with ("Harbour News" under
  // "Harbour Tonga" over "© 2026 Harbour Pacific.": site-notice.ts footerOutletOfBrand); else the footer's name in full whose initials or
  // address the masthead is ("Harbour Tidende" under "HT", "Harbours Stiftstidende" under "harbours.dk": site-mentions.ts
  // footerNameOfMasthead) or a footer's sentence opens with the masthead, a year in it ("Harbour Leaf has appeared since 2004.") or a
  // comma and what the site is ("Écho du Lagon, le journal de la baie": site-mentions.ts siteNamedByFooterSentence); else a breadcrumb's first step read as the site line is
  // ("You are here Harbourgraph > News >": site-header.ts breadcrumbRoot); else the site the page's first line
  // welcomes the reader to when another line names it ("Welcome to Harbour Sun. Skip to: …": site-mentions.ts siteGreeting); else an outlet a footer's link is
  // about ("About the BBC": site-mentions.ts outletAboutLink), last as the page's other lines name the story's outlet where a
  // portal's footer names the portal ("About canada.com"); else a publication a line says a company owns when another line names it
  // ("Harbour Science is part of Northwind US Inc, …": site-mentions.ts publicationNamedByOwner); else a notice's holder that is a publication's name, not a company's
  // (site-notice.ts publicationHolder: "© 2019 The Paradigm", "© spiked 2000-2008", or the masthead over the page in Latin letters:
  // "© 2026 Harbour Samachar." under it in Gujarati); else the site line when the header sets the reader's account links under it over any
  // notice ("LA LAGUNA" over "Abbonati", "Accedi": site-header.ts mastheadOverAccountLinks), last as a name no other line gives; else the mail's sender.
  const site = siteLine(lines, removed);
  const secondLine = mastheadSecondLine(lines, removed, site);
  const secondLineNoticed = (): string | undefined => (secondLine ? removedLineGives(lines, removed, (line) => siteNamedByNotice(secondLine, line)) : undefined);
  const namesSite = (named: Line): string | undefined =>
    removedLineGives(lines, removed, (line) => siteNamedByNotice(named, line) ?? siteNamedByOwner(named, line) ?? siteNamedByAboutLink(named, line) ?? siteNamedByFollowPrompt(named, line) ?? siteNamedByAppPrompt(named, line) ?? siteNamedByPictureCredit(named, line) ?? siteNamedByFolio(named, line)) ?? siteOverPublisherNotice(named, lines, removed) ?? siteLogoByNotice(named, lines, removed) ?? undefined;
  // The header's logo, asked as the site line is when it is another line (site-header.ts headerLogo: "The Harbour - Back to home" under a
  // skip link and an editions' menu).
  const logo = headerLogo(lines, removed, firstInBlock);
  const logoOtherThanSite = logo && logo.number !== site?.number ? logo : undefined;
  const siteCopyrighted = (): string | undefined => (site ? (namesSite(site) ?? secondLineNoticed()) : undefined) ?? (logoOtherThanSite && namesSite(logoOtherThanSite));
  const breadcrumb = (): string | undefined => {
    const root = breadcrumbRoot(lines, removed);
    return root && namesSite(root);
  };
  // A publisher's company named as an outlet only by its "Media" ("© 2026 Polder Media" under "NU.nl") gives way to the site's name the site
  // line gives: the site, not the company, is the story's source.
  const named = networkServiceOfMasthead(removedLineSource(lines, removed), [site, logo]);
  return (
    agency?.text ??
    (named !== undefined && isOutletByKindWordAlone(named) ? (siteCopyrighted() ?? named) : named) ??
    siteCopyrighted() ??
    footerLogoByNotice(lines, removed) ??
    footerOutletOfBrand(site, lines, removed) ??
    (site && footerNameOfMasthead(site, lines, removed)) ??
    (site && siteNamedByFooterSentence(site, lines, removed)) ??
    breadcrumb() ??
    removedLineGives(lines, removed, (line) => siteGreeting(line, lines)) ??
    removedLineGives(lines, removed, outletAboutLink) ??
    (site && outletOverPage(site, lines)) ??
    (logoOtherThanSite && outletOverPage(logoOtherThanSite, lines)) ??
    removedLineGives(lines, removed, (line) => publicationNamedByOwner(line, lines)) ??
    removedLineGives(lines, removed, (line) => publicationHolder(line, lines, removed, metadata.byline, site)) ??
    (site && mastheadOverAccountLinks(site, lines, removed)) ??
    (site && mastheadRepeatedLast(site, lines, removed)) ??
    mailSender()
  );
}

/** Hiragana or katakana, which Japanese writes in every sentence and Chinese never. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Whether a line of the page holds kana (KANA): a Japanese page's. */
const isJapanesePage = (lines: readonly Line[]): boolean => lines.some((line) => KANA.test(line.text));

/** What the first removed line that gives something gives, in page order. */
export function removedLineGives(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>, gives: (line: Line) => string | null): string | undefined {
  for (const line of lines) {
    const name = removed.has(line.number) ? gives(line) : null;
    if (name !== null) return name;
  }
  return undefined;
}

/** What a removed line names as the page's source, the earlier kind first wherever it stands (cleanWithWords). */
const SOURCE_LINE_KINDS = [publisherOfDateLine, chineseDateLineSource, feedFooterSite, firstShownOnSite, firstPublisher, readMoreSite, moreFromOutlet, thanksForReadingSite, outletAtPostalAddress, registeredMediaOutlet, copyrightOutlet, outletNamedByOwner] as const;
const COPYRIGHT_KIND = SOURCE_LINE_KINDS.indexOf(copyrightOutlet);

/**
 * The source named by the first removed line of the earliest of SOURCE_LINE_KINDS found, in one pass over the page (a pass
 * per kind would walk it up to four times): each line is tested for the kinds before the best found so far only. A
 * copyright notice's holder gives way to the page's masthead its name opens with (header.ts mastheadOfPublisher); an earlier
 * kind's short name to the notice's fuller one (fullerNoticeName).
 */
function removedLineSource(lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | undefined {
  let best: number = SOURCE_LINE_KINDS.length;
  let source: string | undefined;
  for (const line of lines) {
    if (best === 0) break;
    if (!removed.has(line.number)) continue;
    for (let kind = 0; kind < best; kind++) {
      const name = SOURCE_LINE_KINDS[kind]!(line);
      if (name !== null) {
        best = kind;
        source = name;
        break;
      }
    }
  }
  if (best === COPYRIGHT_KIND) return source && mastheadOfPublisher(source, lines);
  return source && (fullerNoticeName(source, lines, removed) ?? source);
}

/**
 * The outlet a removed copyright notice names when `short` is its last words ("The Post" of "© 1996-2026 The Washington Post"), else
 * undefined: a footer's box of the paper's other stories and its about link name it as its readers do ("More From The Post", "About The
 * Post"), the notice in full, and the story's source is that, not the short name.
 */
function fullerNoticeName(short: string, lines: readonly Line[], removed: ReadonlyMap<number, RemovedLine>): string | undefined {
  return removedLineGives(lines, removed, (line) => {
    const held = copyrightOutlet(line);
    return held !== null && shortNameOf(short, held) ? held : null;
  });
}

/**
 * The network's news service a masthead names when a removed line gave the network's name alone and the masthead (the site line or the header's
 * logo) is that name and more words, a network's name itself (outlets.ts isNetworkName): "More From CBS" (the menu of the network's other
 * sites) names "CBS" where the page's logo says "CBS News Logo": the story's source is the news service, not the network. Else
 * the source as given.
 */
function networkServiceOfMasthead(source: string | undefined, mastheads: readonly (Line | undefined)[]): string | undefined {
  if (source === undefined || !isNetworkName(source)) return source;
  const fuller = mastheads.find((masthead) => masthead !== undefined && masthead.text.toLowerCase().startsWith(`${source.toLowerCase()} `) && isNetworkName(masthead.text));
  return fuller ? networkSourceName(fuller.text) : source;
}
