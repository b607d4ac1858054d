// The header of an e-mail a story was forwarded in ("---------- Forwarded message ---------",
// "From: Desk <desk@…>", "Date: …", "Subject: …", "To: …"): the mail's, not the article's. Its
// "From:" line had been read as the byline, the sender named as the story's author.
import type { Line } from './lines.js';

export const EMAIL_HEADER = 'e-mail header';

const HEADER_FIELD = /^(from|sent|date|to|cc|bcc|subject|reply-to)\s*:/iu;
/** The marker a mail client sets over a forwarded or quoted mail's header. */
const FORWARD_MARKER = /^-*\s*(?:forwarded message|original message)\s*-*$|^begin forwarded message:$/iu;
/** Fields besides "From:" that make a run of labelled lines a mail's header, not a byline over a date line. */
const ADDRESS_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'subject', 'sent']);

/**
 * The line numbers of every mail header on the page: a run of header fields with "From:" and one
 * of ADDRESS_FIELDS, and the forwarding marker right above it. The "Date:"/"Sent:" lines are left
 * out, to date the article as any date line does.
 */
export function emailHeaderLines(lines: readonly Line[]): ReadonlySet<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let end = i;
    const fields = new Set<string>();
    for (let field; end < lines.length && (field = HEADER_FIELD.exec(lines[end]!.text)); end++) fields.add(field[1]!.toLowerCase());
    if (fields.has('from') && [...fields].some((field) => ADDRESS_FIELDS.has(field))) {
      if (i > 0 && FORWARD_MARKER.test(lines[i - 1]!.text)) found.add(lines[i - 1]!.number);
      for (let k = i; k < end; k++) if (!/^(?:date|sent)\s*:/iu.test(lines[k]!.text)) found.add(lines[k]!.number);
    }
    i = Math.max(end, i + 1);
  }
  return found;
}

/** A "From:" field's sender's name before the address ("From: Midwest Farm Report <newsletter@…>"), its quotes left out. */
const SENDER = /^from\s*:\s*"?([^"<>]*?\S)"?\s*<[^<>\s]+@[^<>\s]+>$/iu;

/**
 * The sender a mail header's "From:" line (`isHeader`: the lines removed as EMAIL_HEADER) names when another line of the
 * page but the author's (`byline`) gives that name alone: a newsletter's masthead over the story it mails ("From: Midwest
 * Farm Report <…>" over "Midwest Farm Report"), which is the story's source; else null. The story had had none. A person
 * forwarding a story is named in the field alone.
 */
export function mastheadSender(lines: readonly Line[], isHeader: (line: Line) => boolean, byline: string | null): string | null {
  for (const line of lines) {
    const sender = isHeader(line) ? SENDER.exec(line.text)?.[1] : undefined;
    if (sender !== undefined && sender !== byline && lines.some((other) => other.text === sender)) return sender;
  }
  return null;
}
