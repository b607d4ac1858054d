// Signed bylines: a byline's authors parted from the outlet, agency, job title, institution or place signed after
// them ("Jane Doe, Reuters", "Jane Doe for Fox News", "Jane Doe, University of Leeds"): signedByline for the kept
// article (kept-article.ts), liftBylineName for lift.ts.
import type { ArticleMetadata } from '../../types.js';
import { isNewsAgency, NEWS_AGENCIES } from '../../text/dateline.js';
import { isNetworkName, isNewsAgencyName, isNewsService, isOutlet, SECTION_WORDS } from '../outlets.js';
import { escaped } from './byline-casing.js';
import { ACADEMIC_POST, INSTITUTION } from './credits.js';
import { NAME_AT_PLACE, namesBeforeOutlet, NOT_THE, SEPARATED, TRAILING_AGENCY } from './name-posts.js';
import { areNames, CAPITALS_NAME_LINE, capitalisedWords, CORRESPONDENT_ROLE, isNewsroom, JOB_TITLE, JOB_TITLE_ROLE, NAME_LINE, withoutPlaceAfterPost } from './names.js';

/**
 * A byline's last part, after its last comma, pipe, spaced dash or "and" ("Jane Doe, Reuters",
 * "Jane Doe | Reuters", "Brent Halverson -- Sun Media", "Jane Doe and The Associated Press"), or after a run of spaces
 * where the page's markup set two boxes apart (Global News' "By  Sean Whitlow  Global News", whose whole is no source).
 */
const LAST_PART = /^(.*\S)(?:\s*(?:,|\||\s[-–—]{1,2}|\sand)\s+|\s{2,})([^,|]+)$/iu;

/**
 * Words of a reporter's job title: "Sports Writer", "European Insurance Correspondent", "Staff Writers", the outlet's staff
 * in it ("Los Angeles Times Staff Writer", four words before the role: "By Jane Doe, Los Angeles Times Staff Writer" is
 * else all author).
 * Other languages' correspondents too (names.ts CORRESPONDENT_ROLE); signedByline reads a job title without the place after it as well (withoutPlaceAfterPost).
 */
const JOB_TITLE_WORDS = String.raw`(?:[\p{L}-]+\s+){0,4}(?:${JOB_TITLE_ROLE}|${CORRESPONDENT_ROLE})`;
/**
 * Names, a news agency and the writer's job title at the agency: "DANIEL FORTIN AP Sports Writer",
 * "Jane Doe, Associated Press Writer", "JANE DOE - Associated Press Writer", as AP signs. The job title is no part of the
 * author, and the agency is the source.
 */
const AGENCY_JOB_TITLE = new RegExp(
  `^(.*?[\\p{L}.])${NOT_THE}(?:,|\\s+[-–—]{1,2})?\\s+(${[...NEWS_AGENCIES].sort((a, b) => b.length - a.length).map(escaped).join('|')})\\s+${JOB_TITLE_WORDS}$`,
  'iu',
);
/**
 * Names, then a comma, a spaced dash or bar or a slash and the writer's job title: "Chang-Ho Kim, Asia auto
 * correspondent", "Jane Doe - Staff Writer", "Ana Ruiz and Tom Ellis, Staff Writers", "By Jane Doe/Staff Reporter" (the
 * Gleaner's), "Jane Doe | Senior Reporter" (a byline box's name and post). The author is the names, without the job title: an
 * author signing under two titles is one.
 */
const JOB_TITLE_AFTER = new RegExp(`^(.*?\\S)(?:\\s*(?:,|\\s[-–—]{1,2}|\\s\\|)\\s+|\\s?\\/\\s?)${JOB_TITLE_WORDS}$`, 'iu');
/**
 * Names, a comma and the office they write for, as a parish's, a university's or a council's news page signs ("By Jane Doe, Parish
 * Communications", "Jane Doe, Office of Public Affairs"): the office is no part of the author. It is no outlet: the
 * site that publishes the page is the source.
 */
const OFFICE_AFTER = /^(.*?\S),\s+(?:Office of\s+)?(?:\p{Lu}[\p{L}\p{M}'’&-]*\s+|and\s+){0,3}(?:Communications|Relations|Public Affairs|Press Office|Marketing|Bureau)$/u;
function namesBeforeOffice(byline: string): string | null {
  const names = OFFICE_AFTER.exec(byline)?.[1];
  return names !== undefined && areNames(names) ? names : null;
}
/**
 * The first word of a job title set after the names with no separator, a rank or a beat ("By Jane Doe Senior Reporter", "By
 * Jane Doe Local Democracy Reporter", as Reach's regional papers sign), no part of the author: with
 * no comma nor dash, only such a word tells where the names end ("Mary Ann Smith Staff Writer").
 */
const JOB_TITLE_OPENING = `(?:Senior|Chief|Staff|Trainee|Junior|Principal|Deputy|Assistant|Associate|Contributing|Freelance|Special|Court|Crime|Investigations?|Digital|Live|Content|Multimedia|Data|Consumer|Democracy|${SECTION_WORDS})`;
/** Names (in capitals too), then the job title (JOB_TITLE_OPENING, up to two more words and the role) with no separator. */
const UNPARTED_JOB_TITLE = new RegExp(`^(.*?\\S)\\s+${JOB_TITLE_OPENING}(?:\\s+[\\p{L}-]+){0,2}\\s+${JOB_TITLE_ROLE}$`, 'iu');
function namesBeforeUnpartedJobTitle(byline: string): string | null {
  const names = UNPARTED_JOB_TITLE.exec(byline)?.[1];
  return names !== undefined && (areNames(names) || CAPITALS_NAME_LINE.test(names)) ? names : null;
}
/**
 * A person's degrees and licences after the names, each after a comma ("Jane Doe, MS, RDN", "Jane Doe, M.D., MPH", "Jane Doe, PhD,
 * CRNP"), maybe with the region licensing one in brackets ("RD (CA)"), as health sites sign their writers: no part of the
 * author. The letters a list knows only: capitals after a comma are an outlet's as often ("Jane Doe, NDR"). A name's shape
 * before them (NAME_LINE), its words whatever they are: only a person holds a degree, and a surname may be a page's word ("Link").
 */
const CREDENTIAL = String.raw`(?:M\.?D|D\.?O|Ph\.?D|Psy\.?D|Pharm\.?D|M\.?S(?:c|N|W)?|B\.?S(?:c|N)?|M\.?A|B\.?A|M\.?B\.?A|M\.?P\.?H|J\.?D|R\.?D\.?N?|L\.?D\.?N?|R\.?N|F?NP|APRN|CRNP|PA-C|CDE|CDCES|CSCS|CPT|DPT|DDS|DMD|DVM|LCSW|LMFT|LPC|MBBS|IBCLC|APD|FACS|FACP|FAAP|CPA|CFA|CFP|Esq)\.?(?:\s*\(\p{Lu}{2}\))?`;
const CREDENTIALS_AFTER = new RegExp(`^(.*?\\S),\\s*${CREDENTIAL}(?:,\\s*${CREDENTIAL})*$`, 'u');
function namesBeforeCredentials(byline: string): string | null {
  const names = CREDENTIALS_AFTER.exec(byline)?.[1];
  return names !== undefined && (NAME_LINE.test(names) || CAPITALS_NAME_LINE.test(names)) ? names : null;
}
/**
 * Names, a comma and an outlet's initials before "Staff", as IGN signs ("Eric Tam, IGN Staff"): the outlet, which
 * JOB_TITLE_AFTER would read as a job title and drop, is the source. Initials in capitals after names in Title Case
 * (areNames) only: a word in Title Case there is as often a section's ("Sports Staff") or a job's as an outlet's.
 */
const INITIALS_STAFF_AFTER = /^(.*?\S),\s+(\p{Lu}{2,5})\s+(?:Staff|STAFF)$/u;
function namesBeforeInitialsStaff(byline: string): { authors: string; outlet: string } | null {
  const [, names, initials] = INITIALS_STAFF_AFTER.exec(byline) ?? [];
  return names !== undefined && areNames(names) ? { authors: names, outlet: initials! } : null;
}
/**
 * Names, then the writer's job title run into the surname with no space, as the Los Angeles Times' markup joins them ("By
 * Jane DoeStaff Writer", "By Jane DoeBusiness Columnist"): the job title is no part of the author. The post opens at a
 * capital after a small letter ("McDonaldStaff Writer" at "Staff"). Not /i: it would let \p{Lu} match lower case.
 */
const RUN_IN_JOB_TITLE = new RegExp(`^(.*?\\p{Ll})(\\p{Lu}\\p{Ll}+(?:\\s+[\\p{L}-]+){0,3})$`, 'u');
function namesBeforeRunInJobTitle(byline: string): string | null {
  const [, names, post] = RUN_IN_JOB_TITLE.exec(byline) ?? [];
  return names !== undefined && JOB_TITLE.test(post!) && areNames(names) ? names : null;
}

/** A capital right after a small letter: where an outlet's name may be run into the surname (namesBeforeRunInOutlet). */
const RUN_IN_AT = /(?<=\p{Ll})\p{Lu}/gu;
/** A name run together spaced as written apart: "FOXBusiness" is "FOX Business", "USAToday" "USA Today". */
const spacedWords = (text: string): string => text.replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ').replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ');
/**
 * Names, then the outlet's name run into the surname with no space, as Fox Business's markup joins them ("By Jonathan
 * GarberFOXBusiness"): the outlet is the source, not part of the author. The outlet an agency, a network or
 * an outlet's name of two words or more: one outlet word after a capital inside a surname ("McStar") is the surname's.
 */
function namesBeforeRunInOutlet(byline: string): { authors: string; outlet: string } | null {
  for (const { index } of byline.matchAll(RUN_IN_AT)) {
    const outlet = spacedWords(byline.slice(index));
    const named = isNewsAgencyName(outlet) || isNetworkName(outlet) || (outlet.includes(' ') && isBylineOutlet(outlet));
    if (named && areNames(byline.slice(0, index))) return { authors: byline.slice(0, index), outlet };
  }
  return null;
}

/** A byline's names and its last part after a comma, a bar or a spaced dash (not "and", which joins a second author). */
const PARTED_LAST = /^(.*?\S)(?:\s*[,|]|\s[-–—]{1,2})\s+([^,|]+)$/u;
/**
 * The names and the outlet of a byline whose last part no list knows but the page prints alone over its headline, its masthead
 * (`overTitle`: the lines' texts above the title): "By Jane Doe -- Harbour & Quay, 1/21/2008" under a page topped by "Harbour &
 * Quay", as a trade magazine signs: the outlet is the source, not part of the author. Names alone
 * before it, and no name, job title or newsroom as the part. Else null.
 */
export function namesBeforeMasthead(byline: string, overTitle: ReadonlySet<string>): { authors: string; outlet: string } | null {
  const [, names, last] = PARTED_LAST.exec(byline) ?? [];
  if (names === undefined || !overTitle.has(last!) || !areNames(names)) return null;
  return areNames(last!) || CAPITALS_NAME_LINE.test(last!) || JOB_TITLE.test(last!) || isNewsroom(last!) ? null : { authors: names, outlet: last! };
}

/**
 * Whether what a byline signs after its `authors` names the `source` among its words, spaced where the page ran them together:
 * SportsTicker's "By Jane Doe PA SportsTicker Contributing Writer" over a "(Ticker) --" dateline (signedByline reads the
 * outlet "PA" and a job title). The authors alone are the byline then, as when the outlet is the source: no name the page gives is
 * lost, and the job title is no part of the author.
 */
export function signatureNamesSource(byline: string, authors: string | null, source: string | null): boolean {
  if (authors === null || source === null || !byline.startsWith(authors)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped(source)}(?![\\p{L}\\p{N}])`, 'iu').test(spacedWords(byline.slice(authors.length)));
}

/**
 * Names, then the outlet's one-word name and "Staff" with no separator, as the Boston Globe signs ("By Jane Doe Globe
 * Staff"): the outlet's staff is no part of the author. Else null.
 */
const OUTLET_STAFF = /^(.*?\S)\s+\p{Lu}[\p{L}\p{M}'’.&-]*\s+(?:Staff|STAFF)$/u;
function namesBeforeOutletStaff(byline: string): string | null {
  const names = OUTLET_STAFF.exec(byline)?.[1];
  return names !== undefined && areNames(names) ? names : null;
}

/** A name's middle initial ("Michael R."): no name ends with one. */
const ENDS_WITH_INITIAL = /(?:^|\s)\p{Lu}\.$/u;
/**
 * The author when an agency's one-word name after the names is the person's surname (the names end
 * with a middle initial): "Michael R. Bloomberg Opinion Columnist" is Michael R. Bloomberg, with no
 * outlet (his job title dropped), else null. Read as names, agency and job title, the author would be
 * "Michael R." and the source Bloomberg.
 */
function agencyAsSurname(names: string, agency: string): { authors: string; outlet: null } | null {
  return ENDS_WITH_INITIAL.test(names) && !agency.includes(' ') ? { authors: `${names} ${agency}`, outlet: null } : null;
}

/**
 * Names, "for" and the outlet they write for, as the Daily Mail signs ("By JOHN SMITH FOR DAILYMAIL.COM", "By Jane Doe,
 * Chief Political Correspondent For The Daily Mail"), maybe after a comma, as an opinion page signs its guest writers
 * ("by Jane Doe, For The Inquirer": the author without the comma), or "Special to" it, as a contributor signs ("By JANE DOE |
 * Special to the Pioneer Press"): the outlet is the source, not part of the author.
 */
const FOR_OUTLET = /^(.*?\S),?(?:\s+\|)?\s+(?:for|For|FOR|[Ss]pecial to(?: the)?|SPECIAL TO(?: THE)?)\s+(\S.*)$/u;
/**
 * Names, "with" and a news agency whose copy the story draws on, as France 24 signs ("By Jane Doe with AFP", "FRANCE 24
 * with AFP"): the agency is the source, as after "and" (LAST_PART), and "with AFP" no part of the author.
 */
const WITH_AGENCY = /^(.*?\S),?\s+(?:with|With|WITH)\s+(\S.*)$/u;
/**
 * A paper no list knows that names write "for", named with "the" and capitalised words ("By Jane Doe for the Harbour
 * Courier"): its name with "The", as isNamedWithThe reads it, else null. Names alone before it (areNames): after other
 * words "for the" is as often a purpose's, and the byline stays whole. Nor a time in Title Case (TIME_PHRASE).
 */
function paperWrittenFor(names: string, outlet: string): string | null {
  const paper = /^the\s/u.test(outlet) ? `The${outlet.slice(3)}` : outlet;
  return isNamedWithThe(paper) && !TIME_PHRASE.test(paper) && (areNames(names) || CAPITALS_NAME_LINE.test(names)) ? paper : null;
}
/**
 * "The" and a time, as a headline in Title Case goes on after "for the" ("… for the Second Time", "… for the Last Time", "… for
 * the Time Being"): no paper. "Time" alone, not "Times": "The Irish Times" is one.
 */
const TIME_PHRASE = /^The (?:(?:Very )?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Last|Final|Next|Same|\d+(?:st|nd|rd|th))(?: Time)?|Time(?: Being)?)$/u;
/**
 * An outlet signing with the agency whose copy it ran, no person ("FRANCE 24 with AFP", France 24's credit line with no
 * "By"): the outlet is known (isBylineOutlet) or named with a figure, as no person is ("FRANCE 24", "Channel 4 News").
 * The agency, else undefined. The line is no body text, and its outlet no author.
 */
export function agencyWithOutlet(text: string): string | undefined {
  const [, outlet, agency] = WITH_AGENCY.exec(text) ?? [];
  return outlet !== undefined && isNewsAgencyName(agency!) && (isBylineOutlet(outlet) || /\p{N}/u.test(outlet)) ? agency : undefined;
}
/**
 * An outlet's name (isOutlet) in a byline, maybe in capitals as the byline is ("FOX NEWS", "THE DAILY MAIL", "DAILYMAIL.COM"),
 * or an agency's with its service's ("CNN Business", text/dateline.ts isNewsAgency: "By Jane Doe, CNN Business", the outlet no
 * part of the author).
 */
const isBylineOutlet = (name: string): boolean =>
  isOutlet(name) ||
  isNewsAgency(name) || (!/\p{Ll}/u.test(name) && isOutlet(capitalisedWords(name))) || isRegionalNetwork(name);
/**
 * A network's name and the two capitals of the state or region its newsroom covers, as Globo's regional newsrooms sign
 * ("Beatriz Cavalcanti, g1 PE"): with the region the outlet is read, not left in the author.
 */
const REGIONAL_NETWORK = /^(.+) \p{Lu}{2}$/u;
const isRegionalNetwork = (name: string): boolean => isNetworkName(REGIONAL_NETWORK.exec(name)?.[1] ?? '');

/**
 * An outlet's name alone as the byline ("by India Post News Weekly", "By The Harbour Courier"): the outlet signs, no
 * person, and it is no author. Not a name's shape, in capitals too ("Emily Post", "JANE STAR": outlets' words
 * end surnames), unless "The" opens it; nor a site's address ("by Financials.com", a quotes widget's credit in a
 * sidebar, whose outlet would have been the story's source over the agency's line under the headline).
 */
const SITE_ADDRESS = /\.\p{L}{2,}$/u;
const isOutletAlone = (byline: string): boolean =>
  isBylineOutlet(byline) && !SITE_ADDRESS.test(byline) && (/^the\s/iu.test(byline) || !(areNames(byline) || CAPITALS_NAME_LINE.test(byline)));
/**
 * A byline read as its authors and the outlet it is signed with, which is the article's source:
 * a known agency, a network or a news service on its own ("TASS", from "By TASS", "Par AFP", "Por EFE", "Von dpa", "By CNN";
 * "By Express News Service": the outlet and no author), or a last part (after the last comma, pipe, spaced
 * dash or "and") that is a known agency or an outlet's name ("Jane Doe, Tom Welby, Reuters": "Jane Doe, Tom
 * Welby" and "Reuters"; the newsroom before it no authors), or the outlet the names write for (FOR_OUTLET) or sign after a slash (namesBeforeSlashedOutlet), or else an outlet's name alone (isOutletAlone). Any
 * other byline is all authors, with no outlet.
 */
export function signedByline(byline: string | null): { authors: string | null; outlet: string | null } {
  if (!byline) return { authors: byline, outlet: null };
  if (isNewsAgencyName(byline) || isNetworkName(byline) || isNewsService(byline)) return { authors: null, outlet: byline };
  const unplaced = withoutPlaceAfterPost(byline);
  const agencyTitled = AGENCY_JOB_TITLE.exec(byline) ?? AGENCY_JOB_TITLE.exec(unplaced);
  if (agencyTitled) return agencyAsSurname(agencyTitled[1]!, agencyTitled[2]!) ?? { authors: agencyTitled[1]!, outlet: agencyTitled[2]! };
  const outletsAgency = agencyWithOutlet(byline);
  if (outletsAgency) return { authors: null, outlet: outletsAgency };
  const withAgency = WITH_AGENCY.exec(byline);
  if (withAgency && isNewsAgencyName(withAgency[2]!)) return { authors: signedByline(withAgency[1]!).authors ?? withAgency[1]!, outlet: withAgency[2]! };
  const writtenFor = FOR_OUTLET.exec(byline);
  if (writtenFor && isBylineOutlet(writtenFor[2]!)) return { authors: signedByline(writtenFor[1]!).authors, outlet: writtenFor[2]! };
  const forPaper = writtenFor && paperWrittenFor(writtenFor[1]!, writtenFor[2]!);
  if (forPaper) return { authors: writtenFor![1]!, outlet: forPaper };
  const initialsStaff = namesBeforeInitialsStaff(byline);
  if (initialsStaff) return initialsStaff;
  const credentialed = namesBeforeCredentials(byline);
  if (credentialed) return { authors: credentialed, outlet: null };
  const titled = JOB_TITLE_AFTER.exec(byline) ?? JOB_TITLE_AFTER.exec(unplaced);
  if (titled) return signedByline(titled[1]!);
  const unparted = namesBeforeUnpartedJobTitle(byline) ?? namesBeforeOffice(byline);
  if (unparted) return { authors: unparted, outlet: null };
  const runIn = namesBeforeRunInJobTitle(byline);
  if (runIn) return { authors: runIn, outlet: null };
  const runInOutlet = namesBeforeRunInOutlet(byline);
  if (runInOutlet) return runInOutlet;
  const staffed = namesBeforeOutletStaff(byline);
  if (staffed) return { authors: staffed, outlet: null };
  const trailing = TRAILING_AGENCY.exec(byline);
  if (trailing && !SEPARATED.test(trailing[1]!)) return { authors: trailing[1]!, outlet: trailing[2]! };
  const beforeOutlet = namesBeforeOutlet(byline);
  if (beforeOutlet) return beforeOutlet;
  const slashed = namesBeforeSlashedOutlet(byline);
  if (slashed) return slashed;
  const parts = LAST_PART.exec(byline);
  const outlet = parts?.[2]!.trim();
  if (!outlet || !(isBylineOutlet(outlet) || isNamedWithThe(outlet))) {
    const placed = namesBeforeDashedPlace(byline);
    if (placed !== null) return placed;
    // A newsroom signing before a spaced dash, a bar or a colon names no author, whatever follows ("By Staff reports - Scores all evening at harbourpost.com").
    if (isNewsroom(NEWSROOM_BEFORE_MARK.exec(byline)?.[1] ?? '')) return { authors: null, outlet: null };
    return isOutletAlone(byline) ? { authors: null, outlet: byline } : { authors: byline, outlet: null };
  }
  // The outlet's staff signing before it ("by Staff, The Examiner") names no author: "Staff" is none.
  return { authors: isNewsroom(parts![1]!) ? null : parts![1]!, outlet };
}

/**
 * Names, a slash and the outlet or agency they write for, as a Cambodian paper signs under its headline ("Jane Doe / Harbour
 * Post") and Swedish papers an agency's copy ("Jane Doe/TT"): the outlet is the source, not part of the author. The names alone
 * before it, in capitals too; one slash. A photographer's credit has this shape: unlabelled, the line is read as the byline only
 * between the headline and the date line (header-byline.ts slashedNameUnderTitle). Else null.
 */
const SLASHED_OUTLET = /^([^/]*[^\s/])\s?\/\s?([^\s/][^/]*)$/u;
export function namesBeforeSlashedOutlet(byline: string): { authors: string; outlet: string } | null {
  const [, names, outlet] = SLASHED_OUTLET.exec(byline) ?? [];
  return names !== undefined && isBylineOutlet(outlet!) && (areNames(names) || CAPITALS_NAME_LINE.test(names)) ? { authors: names, outlet: outlet! } : null;
}

/**
 * What a byline signs before its first spaced dash or bar, or a colon: a Spanish site's "Por AGENCIAS: Agencia …" names the
 * agencies' desk, then the agency, no author. Not name-posts.ts NAME_THEN_OUTLET, which shares the dash or bar: that one parts a
 * whole line with no "By" into a name and the outlet it names after one space, each part then read; this one takes what comes
 * before the first mark alone, whatever follows (a promo line, an agency), so any white space, and a colon too.
 */
const NEWSROOM_BEFORE_MARK = /^(.+?)(?:\s(?:[-–—]{1,2}|\|)\s|:\s)/u;
/**
 * Names, a spaced dash and the place the reporter writes from, as O Globo signs ("Por Jane Doe — Rio de Janeiro"): capitalised
 * words and a name's particles ("São Paulo", "Belém"), no outlet (signedByline reads "Tom Ellis -- The Observer" first), job title
 * nor newsroom, no person's name ("Jane Doe — Tom Roe"). What comes before it read as a byline ("Jane Doe, g1 — São Paulo": the network
 * is the outlet) when its authors are names, else null: the place is no part of the author.
 */
const DASHED_PLACE = /^(.*?\S)\s[-–—]{1,2}\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|d[aeo]s?|del|la|el)){0,3})$/u;
function namesBeforeDashedPlace(byline: string): { authors: string; outlet: string | null } | null {
  const [, before, place] = DASHED_PLACE.exec(byline) ?? [];
  if (before === undefined || isBylineOutlet(place!) || isNamedWithThe(place!) || JOB_TITLE.test(place!) || isNewsroom(place!) || areNames(place!)) return null;
  const { authors, outlet } = signedByline(before);
  return authors !== null && (areNames(authors) || CAPITALS_NAME_LINE.test(authors)) ? { authors, outlet } : null;
}

/**
 * A byline's last part named with "The" and capitalised words alone: "By Meg Britton-Mehlisch, The Berkshire Eagle",
 * a paper whose last word is no outlet's word ("Eagle", "Union", "Day", "Conversation"): the source, not part of
 * the author. No person's name opens with "The"; a newsroom does ("The Editorial Board"),
 * a job title ("The Guardian's Correspondent") and an institution ("The Ohio State University", an academic
 * author's line kept whole) too: none is the outlet.
 */
const NAMED_WITH_THE = /^The(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){1,4}$/u;
export const isNamedWithThe = (name: string): boolean => NAMED_WITH_THE.test(name) && !isNewsroom(name) && !JOB_TITLE.test(name) && !INSTITUTION.test(name);

/**
 * An institution's name alone: capitalised words and the small words joining them ("University of
 * Würzburg", "Max Planck Institute for Biology", "Imperial College London"), at most eight.
 */
const INSTITUTION_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|for|and|the|de|du|des|di|für)){0,7}$/u;
/**
 * A "by" line's names and, after its last comma, the institution that published the story (phys.org's
 * "by Laura Mendes, University of Würzburg", a university's press office), else null: the institution is
 * the source, not part of the author. Each name a name line's, the institution's name
 * alone, no post. Only after "by": The Conversation's author line under the title ("Mei Chen, The
 * University of Queensland", "Amara Okafor, Research Fellow, Institute for Fiscal Studies") is the
 * academic author's, kept whole (isAcademicAuthorLine).
 */
function institutionAfterNames(byline: string): { names: string; institution: string } | null {
  const parts = LAST_PART.exec(byline);
  if (!parts) return null;
  const [names, institution] = [parts[1]!, parts[2]!.trim()];
  return areNames(names) && INSTITUTION_NAME.test(institution) && INSTITUTION.test(institution) && !ACADEMIC_POST.test(institution) ? { names, institution } : null;
}

/**
 * A "by" line's names before the place the reporter writes from or their post, after a comma as one capitalised word
 * (German papers' "Von Katrin Elger, Hannover"), in brackets (Le Monde's "Par Claire Ané (Grenoble, envoyée spéciale)")
 * or after "in" or "at" (AAP's "By Jane Doe in Sydney", NAME_AT_PLACE), else null: the place is no part of the author.
 * Not an outlet ("Jane Doe, Reuters", "Jane Doe (AFP)": signedByline reads those), initials ("Jane Doe, NDR", "John Smith,
 * MD") nor a name's suffix ("Ben Smith, Sr.", NAME_SUFFIX). A newsroom or a
 * job title in brackets goes whatever the names' shape (Khaleej Times' "By K.T.Rahman and Sara J. Collins (Our staff
 * reporters)": initials run into a surname are no name line's, and the newsroom is no part of the author).
 */
const NAMES_THEN_PLACE = /^(.*?\S),\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)$|^(.*?\S)\s*\(([^()]+)\)$/u;
function namesBeforePlace(byline: string): string | null {
  const parts = NAMES_THEN_PLACE.exec(byline) ?? NAME_AT_PLACE.exec(byline);
  if (!parts) return null;
  const [names, after] = parts[1] !== undefined ? [parts[1], parts[2]!] : [parts[3]!, parts[4]!];
  const bracketedPost = parts[4] !== undefined && (isNewsroom(after) || JOB_TITLE.test(after));
  return bracketedPost || (areNames(names) && !isOutlet(after)) ? names : null;
}

/** A "by" line's name lifted as the byline, or its names as the byline and its institution as the source (institutionAfterNames), or its names without their place (namesBeforePlace). */
export function liftBylineName(name: string, metadata: ArticleMetadata): void {
  const signed = metadata.byline === null ? institutionAfterNames(name) : null;
  metadata.byline ??= signed?.names ?? namesBeforePlace(name) ?? name;
  if (signed) metadata.source ??= signed.institution;
}

/** A byline's last word after names: the place the reporter writes from, maybe (withoutPlaceNamedInBody). */
const NAMES_THEN_WORD = /^(\S+ \S.*) (\p{Lu}[\p{L}\p{M}'’-]+)$/u;
/**
 * A byline without the one-word place after the names (`Jane Doe Brasília`, `John Smith Lagos`, the place the reporter
 * writes from, as pages set it on the name's line) when the body names that place too: its dateline opens with it
 * (`dateline`: "LAGOS, Dec 4 (Reuters) -", "Brasília, Brazil –"), or a sentence has it after "in" ("em", "en", "à",
 * "dans"). Nothing else tells a one-word place from a surname without a gazetteer, and the place is no part of the author.
 * A surname the body names so is a place's as well ("Jane Doe Paris" over "PARIS —" is read as Jane Doe in Paris).
 * Else the byline as it is.
 */
export function withoutPlaceNamedInBody(byline: string, body: string, dateline: string | null): string {
  const [, names, word] = NAMES_THEN_WORD.exec(byline) ?? [];
  if (names === undefined || !areNames(names)) return byline;
  const datelinePlace = dateline?.split(/[\s,(]/u, 1)[0];
  const inPlace = new RegExp(`(?:^|\\s)(?:in|em|en|à|dans)\\s+${escaped(word!)}(?![\\p{L}\\p{M}])`, 'u');
  return datelinePlace?.toUpperCase() === word!.toUpperCase() || inPlace.test(body) ? names : byline;
}
