// Notes on the author under or over the article: a bio, contact details, a columnist's note by the
// byline's name. Prose in the third person, they read as the article's last or first paragraph.
import type { Line } from '../lines.js';

/**
 * An author's bio under the article: a name (two to four capitalised words), "is" in the languages
 * the cleaner knows, and a newsroom role within a few words ("Jane Doe is a reporter covering city
 * hall … Follow her on X", "Anna Schmidt ist Redakteurin im Ressort Lokales", "Marie Dupont est
 * journaliste", "Ana Souza é repórter", "Luca Rossi è giornalista", "Jan de Vries is verslaggever").
 * Prose, the line model would keep it as the article's last paragraph. Not a source's role
 * ("an analyst at …"): the roles are the newsroom's. Also a name or "The author" with the verb of
 * a beat ("covers", "writes about", "reports on"), "The author is a … at/of <Name>" (an op-ed
 * writer's post elsewhere), and a name that "joined" the paper in a year "and covers" a beat (SCMP's
 * note under the story).
 */
export const BIO_NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|de|da|van|von|der|den|di|del|dos|le|la)){1,3}";
/** "The author", "The writer": an op-ed's note on who wrote it. */
const THE_AUTHOR = '[Tt]he (?:author|writer)s?';
const AUTHOR_BIO = new RegExp(
  // The name, when the note names the author and a newsroom role (noteAuthor).
  `^[-–—*_\\s]*(?:(?:(${BIO_NAME})|${THE_AUTHOR})\\s+(?:is|ist|est|es|é|è)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,4}?` +
    '(?:reporter|correspondent|journalist|columnist|(?:staff|senior|freelance|contributing) writer|editor|contributor|' +
    '[Rr]edakteur(?:in)?|[Kk]orrespondent(?:in)?|[Rr]eporter(?:in)?|[Jj]ournalist(?:in|e)?|[Kk]olumnist(?:in)?|' +
    'journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|' +
    'periodista|redactor(?:a)?|corresponsal|reporter(?:o|a)|columnista|editor(?:a)?|' +
    'jornalista|repórter|redator(?:a)?|correspondente|colunista|' +
    'giornalista|redatt(?:ore|rice)|corrispondente|inviat(?:o|a)|editorialista|' +
    'verslaggever|redacteur|correspondent)(?![\\p{L}])' +
    // What a writer covers: "Maria Silva covers climate …", "Jane Doe writes about technology", "… reports on courts".
    `|(?:${BIO_NAME}|${THE_AUTHOR})\\s+(?:covers|writes (?:about|on|for)|reports (?:on|for|from))\\s` +
    // The same after the year the writer joined the paper: "Jane Doe joined the Post in 2023 and covers transport".
    `|${BIO_NAME}\\s+joined\\s+(?:the\\s+)?\\p{Lu}[^.!?]{0,40}?\\s+in\\s+(?:19|20)\\d\\d,?\\s+and\\s+covers\\s` +
    // The note's subject by where it works, not by a newsroom role: "The author is a professor of economics at the University of …".
    `|${THE_AUTHOR}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){1,5}?(?:at|of|with|for)\\s+(?:the\\s+)?\\p{Lu})`,
  'u',
);
const MAX_AUTHOR_BIO_WORDS = 70;
export const isAuthorBio = (line: Line): boolean => line.wordCount <= MAX_AUTHOR_BIO_WORDS && AUTHOR_BIO.test(line.text);

/**
 * Bloomberg's close, its reporter's or editor's address for the story: "To contact the reporter on this story: Jane Doe in Paris
 * at jdoe@example.com", "To contact the editor responsible for this story: …". Kept, it is the article's last line but one,
 * and the date line under it (Bloomberg's "Last Updated: …") reads as a related story's.
 */
const STORY_CONTACT = String.raw`To contact the (?:reporters?|writers?|editors?|authors?)\b[^:@]{0,40}:[^@]*@`;
/**
 * An author's contact details under the article, a name and an e-mail address: "Contact Dan Ellis at
 * dellis@example.com. Follow him on X @dellis.", "Reach …", "Email Tom Okafor at …", its role before the name as Gannett's
 * papers write it ("Contact reporter Ana Cruz at …"), "Jane Doe can be
 * reached at jdoe@…", "Claire Withycombe: cwithycombe@…; Claire Withycombe covers education …". US
 * papers close every story so, under the last paragraph. The address alone after a dash, as The Namibian signs its stories
 * ("– jdoe@namibian.com.na"). A name (capitalised words), not
 * "the harbour office", and an address: "The Red Cross can be reached at 1-800-…" is a notice's text.
 */
const AUTHOR_CONTACT = new RegExp(
  String.raw`^(?:[-–—]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|(?:Contact|Reach|Email|E-mail)\s+(?:(?:the\s+)?(?:reporter|writer|columnist|author)\s+)?(${BIO_NAME})\s+at:?\s+\S+@|(${BIO_NAME})\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+at:?\s+\S+@|(${BIO_NAME}):\s*\S+@|${STORY_CONTACT})`,
  'u',
);
const MAX_AUTHOR_CONTACT_WORDS = 40;
// Every alternative has the address's "@": a line without one is not tried (the names' words were read first).
export const isAuthorContact = (line: Line): boolean => line.wordCount <= MAX_AUTHOR_CONTACT_WORDS && line.text.includes('@') && AUTHOR_CONTACT.test(line.text);

/**
 * The author a note on them names (isAuthorBio with a newsroom role: "Dana Whitfield is a national sports columnist for The
 * Harbour Press."; isAuthorContact: "Tom Okafor can be reached at: …", "Contact Dan Ellis at …"), else null: where the
 * header names no author, US papers and wires name them only so, under the article (metadata/header-byline.ts headerByline). Not a note on
 * what a beat covers ("Medical Xpress covers all medical research …", a site's promo of that shape), nor "The author".
 */
export function noteAuthor(line: Line): string | null {
  const contact = isAuthorContact(line) ? AUTHOR_CONTACT.exec(line.text) : null;
  if (contact) return contact[1] ?? contact[2] ?? contact[3] ?? null;
  return isAuthorBio(line) ? (AUTHOR_BIO.exec(line.text)?.[1] ?? null) : null;
}

/**
 * A heading over a note on someone, "About <name>" as blog and company themes print it under a post
 * in each language ("About Jane Doe", "Über Moritz Weber", "Sobre Ana Lima", "À propos de Marie
 * Dupont", "Acerca de Luis Gómez", "Informazioni su Luca Rossi", "Over Jan de Vries", "Tentang Budi
 * Santoso"): the name is BIO_NAME's, two to four words, so "About Us" and "Su Doku" are none.
 */
const NOTE_HEADING = new RegExp(`^(?:About|Über|Sobre|À propos de|A propos de|Acerca de|Informazioni su|Over|Tentang)\\s+(${BIO_NAME})\\s*:?$`, 'u');
/** A note under such a heading: a paragraph, longer than AUTHOR_BIO's one or two sentences. */
const MAX_NAMED_NOTE_WORDS = 120;

/**
 * A note on the person a heading names ("Über Moritz Weber", then "Als Redakteur betreut Moritz
 * Weber …"): the paragraph under the heading names them. Prose in any language and with any post,
 * not a newsroom role (isAuthorBio), so the bio's own rule misses it. A
 * paragraph opening with the name is an organisation's own note ("About Save Our Library", "Save Our
 * Library is a volunteer group …"), which the benchmarks' gold keeps outside press releases
 * (release.ts), unless the name is the byline's.
 */
export function isNoteUnderNameHeading(heading: Line, note: Line, byline: string | null): boolean {
  if (note.wordCount > MAX_NAMED_NOTE_WORDS) return false;
  const name = NOTE_HEADING.exec(heading.text)?.[1];
  if (name === undefined || !note.text.includes(name)) return false;
  return !note.text.startsWith(name) || (byline !== null && byline.includes(name));
}

/** What parts the names of a byline's authors ("Jane Doe and John Roe", "Jane Doe, Health Reporter"). */
const BYLINE_PARTS = /,|&|\band\b/u;
/** A note's opening name (two words or more) and what follows an author's name in a note on them: "is a", "was the". */
const NAME_OPENING_NOTE = /^(\S+(?: \S+){1,4}?)\s+(?:is|was)\s+(?:a|an|the)\s/u;
/** Or the name's book, a plug for it: "<name>'s book about …, "<Title>" (<publisher>, 2026), is out now." */
const NAME_BOOK_NOTE = /^(\S+(?: \S+){1,4}?)['’]s (?:new |latest |upcoming |most recent )?(?:book|novel|memoir)\s/u;

/**
 * A note on the article's own author by a name of its byline (two words or more): "<name> is a …",
 * "<name> was the …", "<name>'s book … is out now.", at most MAX_AUTHOR_BIO_WORDS. An opinion writer's note names a post no
 * newsroom role of AUTHOR_BIO is ("Rachel Ndlovu is a transport writer and former highways
 * engineer."), under the column's last paragraph; one about anyone else names another person.
 * The byline as the header printed it, maybe in capitals and with the paper after the name ("JANE DOE Harbour Courier",
 * cased and cut later: kept-article.ts): the name is compared in any case, at the byline's start.
 */
export function isBylineBio(line: Line, byline: string | null): boolean {
  if (!byline || line.wordCount > MAX_AUTHOR_BIO_WORDS) return false;
  const name = (NAME_OPENING_NOTE.exec(line.text) ?? NAME_BOOK_NOTE.exec(line.text))?.[1]?.toLowerCase();
  return name !== undefined && byline.split(BYLINE_PARTS).some((part) => {
    const author = part.trim().toLowerCase();
    return author === name || author.startsWith(`${name} `);
  });
}

/**
 * An author's note in the shape an opinion column sets it between the byline and the first
 * paragraph: a name, "is" or "was", a post at, of, with, for or to a capitalised body, one sentence
 * ("Helen Marsh is a professor of environmental economics at Northvale University and the author of
 * The Cost of Water."), or a post covering a beat, as The Verge sets its writer's over the story ("Dana Reyes is a news writer
 * covering phones and tablets."). A news lede can open the same way; a relative clause, a report's verb or a
 * time of the story ("… who warned the council for years, and on Tuesday …") makes it one.
 */
const AUTHOR_NOTE = new RegExp(`^${BIO_NAME}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,5}?(?:(?:at|of|with|for|to)\\s+(?:the\\s+)?\\p{Lu}|covering\\s+\\p{L})`, 'u');
const STORY_TELLING =
  /\b(?:who|whom|whose|which|when|where|while|until|since|after|before|but|said|says|told|yesterday|today|tonight|ago|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[.!?]["'”’)]*\s+\S/u;
const MAX_AUTHOR_NOTE_WORDS = 50;
export const isAuthorNoteShape = (line: Line): boolean =>
  line.wordCount <= MAX_AUTHOR_NOTE_WORDS && AUTHOR_NOTE.test(line.text) && !STORY_TELLING.test(line.text);

/**
 * An author's note on themselves in the first person, as Forbes sets it in the author box under the
 * contributor's name and role: "I am a writer, teacher, sailor and gardener … in no
 * particular order.", "I'm a reporter covering …", "I cover the business of sport.", which reads as the body's
 * first paragraph. A newsroom role within the first few words, or the verb of a beat; an essay may open
 * so, hence only where the header's lines stand right over it (line-rules.ts removeAnywhere).
 */
const FIRST_PERSON_BIO = /^I(?: am|['’]m) (?:a|an) (?:[\p{L}\p{M}'’-]+,?\s+){0,4}?(?:writer|journalist|reporter|editor|columnist|contributor|correspondent)s?\b|^I (?:cover|write about|report on)\s/u;
export const isFirstPersonBio = (line: Line): boolean => line.wordCount <= MAX_AUTHOR_BIO_WORDS && FIRST_PERSON_BIO.test(line.text);
