// The header of an e-mail a story was forwarded in ("---------- Forwarded message ---------",
// "From: Desk <desk@…>", "Date: …", "Subject: …", "To: …"): the mail's, not the article's. Its
// "From:" line is no byline, the sender no author of the story.
import type { Line } from '../lines.js';

export const EMAIL_HEADER = 'e-mail header';
export const EMAIL_FOOTER = 'e-mail footer';

const HEADER_FIELD = /^(from|sent|date|to|cc|bcc|subject|reply-to)\s*:/iu;
/** The marker a mail client sets over a forwarded or quoted mail's header. */
const FORWARD_MARKER = /^-*\s*(?:forwarded message|original message)\s*-*$|^begin forwarded message:$/iu;
/** The fields that date the mail, left out of its header to date the article (emailHeaderLines). */
const DATE_FIELD = /^(?:date|sent)\s*:/iu;
/** Fields besides "From:" that make a run of labelled lines a mail's header, not a byline over a date line. */
const ADDRESS_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'subject', 'sent']);

/**
 * The line numbers of every mail header on the page (`header`): a run of header fields with "From:" and one
 * of ADDRESS_FIELDS, and the forwarding marker right above it. The "Date:"/"Sent:" lines are left
 * out, to date the article as any date line does (`dates`): when the mail was sent, which a date line of the story
 * under it replaces ("Sent: Friday, December 4, 2026" over "Published Dec. 3, 2026": the story's is the 3rd).
 */
export function emailHeaderLines(lines: readonly Line[]): { header: ReadonlySet<number>; dates: ReadonlySet<number> } {
  const header = new Set<number>();
  const dates = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let end = i;
    const fields = new Set<string>();
    for (let field; end < lines.length && (field = HEADER_FIELD.exec(lines[end]!.text)); end++) fields.add(field[1]!.toLowerCase());
    if (fields.has('from') && [...fields].some((field) => ADDRESS_FIELDS.has(field))) {
      if (i > 0 && FORWARD_MARKER.test(lines[i - 1]!.text)) header.add(lines[i - 1]!.number);
      for (let k = i; k < end; k++) (DATE_FIELD.test(lines[k]!.text) ? dates : header).add(lines[k]!.number);
    }
    i = Math.max(end, i + 1);
  }
  return { header, dates };
}

/** A "From:" field's sender's name before the address ("From: Midwest Farm Report <newsletter@…>"), its quotes left out. */
const SENDER = /^from\s*:\s*"?([^"<>]*?\S)"?\s*<[^<>\s]+@[^<>\s]+>$/iu;

/**
 * The sender a mail header's "From:" line (`isHeader`: the lines removed as EMAIL_HEADER) names when another line of the
 * page but the author's (`byline`) gives that name alone: a newsletter's masthead over the story it mails ("From: Midwest
 * Farm Report <…>" over "Midwest Farm Report"), which is the story's source; else null. A person forwarding a story is
 * named in the field alone. The masthead in capitals too ("MIDWEST FARM REPORT", as mailed newsletters set it).
 */
export function mastheadSender(lines: readonly Line[], isHeader: (line: Line) => boolean, byline: string | null): string | null {
  for (const line of lines) {
    const sender = isHeader(line) ? SENDER.exec(line.text)?.[1] : undefined;
    if (sender === undefined || sender === byline) continue;
    const name = sender.toLowerCase();
    if (lines.some((other) => other.number !== line.number && other.text.toLowerCase() === name)) return sender;
  }
  return null;
}

/**
 * What a mail carries under its text, forwarding a story: the sender's company's confidentiality notice ("This message is
 * intended only for the use of the addressee and may contain information that is confidential. If you are not the intended
 * recipient, please notify the sender …") and a phone's signature ("Sent from my iPhone", "Get Outlook for Android"), which
 * read as the article's last paragraph and an unrelated headline. The notice speaks of this mail and of
 * who may read it: "This message is confidential, the senator wrote to the committee" names no recipient.
 */
const CONFIDENTIALITY_NOTICE =
  /^(?:(?:confidentiality|disclaimer|privileged)(?: notice)?\s*:\s*)?(?:(?:this|the information (?:contained )?in this) (?:e-?mail|message|communication|transmission)\b(?=.{0,200}?\b(?:confidential|privileged|intended (?:only|solely|exclusively) for))(?=.{0,300}?\b(?:recipients?|addressees?|sender|delete|disclos\w*|distribut\w*))|if you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)\b)/iu;
const PHONE_SIGNATURE = /^(?:sent from my (?:iphone|ipad|android|blackberry|samsung|galaxy|pixel|mobile|phone|smartphone)\b.{0,40}|sent from (?:mail|outlook|yahoo mail|gmail) for \w+|get outlook for (?:ios|android))$/iu;
const MAX_CONFIDENTIALITY_NOTICE_WORDS = 120;
export const isEmailFooter = (line: Line): boolean =>
  (line.wordCount <= MAX_CONFIDENTIALITY_NOTICE_WORDS && CONFIDENTIALITY_NOTICE.test(line.text)) || PHONE_SIGNATURE.test(line.text);
