// What scraped text keeps of its HTML: character references (`&amp;`, `&#8217;`, `&nbsp;`) and
// tags (`<p>`, `</strong>`, `<br/>`). Left as they were, `amp`, `quot`, `nbsp` and `strong` became
// words: counted, ranked as terms and keyphrases, and scored (`amp` +0.3, `strong` positive).
// References are decoded by `entities` (every HTML5 name; numbers as browsers read them, 128-159
// through Windows-1252, a non-character as U+FFFD), only with their semicolon: plain text has
// "AT&T" and "S&P", and HTML's legacy names without one ("&not", "&copy") begin ordinary words.
import { decodeHTMLStrict } from 'entities/decode';

/**
 * Block elements end a paragraph or a cell: a space, so words on both sides stay apart. Others (`<b>`,
 * `<a href>`) vanish. Elements that carry code or a resource (`<script>`, `<img onerror=…>`) are not
 * listed: they stay visible as text, in the reports and summary.html, rather than half removed.
 * A whole page's frame (`<html>`, `<head>`, `<title>`, `<body>`, `<nav>`, `<meta>`) is listed: a page
 * saved as .txt had "html", "nav" and "title" as its keyphrases.
 */
const BLOCK_TAGS = new Set([
  'p', 'br', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'blockquote', 'pre', 'hr', 'section', 'article', 'figure', 'figcaption', 'header', 'footer', 'address', 'html', 'head', 'title', 'body', 'main', 'nav', 'aside',
]);
const INLINE_TAGS = new Set(['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'sup', 'sub', 'small', 'font', 'abbr', 'cite', 'q', 'mark', 'time', 'meta']);

// A tag with attributes that hold no angle bracket. Tags of other names ("<AAPL.O>", "<IBM>",
// tickers in wire copy) are text. Linear: each part is a run of one class up to a fixed character.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]*)?\/?>/g;

/** The text with the tags of common elements removed and HTML character references decoded. */
export function decodeHtml(text: string): string {
  // Tags first: a reference that decodes to "<" ("&lt;p&gt;") is text the page showed, not a tag.
  const untagged = text.includes('<')
    ? text.replace(TAG, (markup, tag: string) => {
        const lower = tag.toLowerCase();
        return BLOCK_TAGS.has(lower) ? ' ' : INLINE_TAGS.has(lower) ? '' : markup;
      })
    : text;
  return untagged.includes('&') ? decodeHTMLStrict(untagged) : untagged;
}
