// What scraped text keeps of its HTML: character references (`&amp;`, `&#8217;`, `&nbsp;`) and
// tags (`<p>`, `</strong>`, `<br/>`). Left as they were, `amp`, `quot`, `nbsp` and `strong` became
// words: counted, ranked as terms and keyphrases, and scored (`amp` +0.3, `strong` positive).
import { WINDOWS_1252_80_9F } from './windows-1252.js';

/** Named references a news page's text uses: markup, spaces, punctuation, symbols, Latin letters. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', hellip: '…', bull: '•', middot: '·', prime: '′', Prime: '″', iexcl: '¡', iquest: '¿',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', eth: 'ð', thorn: 'þ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å',
};
// Accented Latin letters: &eacute; &Uuml; &ntilde; ... (the letter and its combining mark, composed by NFC later).
const MARKS: Readonly<Record<string, string>> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', cedil: '\u0327' };
const ACCENTED = /^([a-zA-Z])(acute|grave|circ|tilde|uml|cedil)$/;

/**
 * Block elements end a paragraph or a cell: a space, so words on both sides stay apart. Others (`<b>`,
 * `<a href>`) vanish. Elements that carry code or a resource (`<script>`, `<img onerror=…>`) are not
 * listed: they stay visible as text, in the reports and summary.html, rather than half removed.
 */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'blockquote', 'hr', 'section', 'article', 'figure', 'figcaption', 'header', 'footer']);
const INLINE_TAGS = new Set(['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'sup', 'sub', 'small', 'font', 'abbr', 'cite', 'q', 'mark']);

// A reference (named, decimal or hex, with its semicolon) or a tag of the lists above, with
// attributes that hold no angle bracket. Tags of other names ("<AAPL.O>", "<IBM>", tickers in
// wire copy) are text. Linear: each alternative is a run of one class up to a fixed character.
const MARKUP = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));|<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]*)?\/?>/g;

/** The text with HTML character references decoded and the tags of common elements removed. */
export function decodeHtml(text: string): string {
  if (!text.includes('&') && !text.includes('<')) return text;
  return text.replace(MARKUP, (markup, decimal?: string, hex?: string, name?: string, tag?: string) => {
    if (tag !== undefined) {
      const lower = tag.toLowerCase();
      return BLOCK_TAGS.has(lower) ? ' ' : INLINE_TAGS.has(lower) ? '' : markup;
    }
    if (name !== undefined) return NAMED[name] ?? accented(name) ?? markup;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    // HTML reads 128-159 as Windows-1252 (&#146; is ’), as pages converted from it write them.
    if (code >= 0x80 && code < 0xa0) return WINDOWS_1252_80_9F[code - 0x80]!;
    // Not a character (a surrogate, beyond Unicode) or a control character: left as written.
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20 || code === 0x7f) return markup;
    return String.fromCodePoint(code);
  });
}

function accented(name: string): string | undefined {
  const match = ACCENTED.exec(name);
  return match ? match[1]! + MARKS[match[2]!]! : undefined;
}
