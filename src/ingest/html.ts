// What scraped text keeps of its HTML: character references (`&amp;`, `&#8217;`, `&nbsp;`) and
// tags (`<p>`, `</strong>`, `<br/>`). Left as they were, `amp`, `quot`, `nbsp` and `strong` became
// words: counted, ranked as terms and keyphrases, and scored (`amp` +0.3, `strong` positive).
// References are decoded by `entities` (every HTML5 name; numbers as browsers read them, 128-159
// through Windows-1252, a non-character as U+FFFD), only with their semicolon: plain text has
// "AT&T" and "S&P", and HTML's legacy names without one ("&not", "&copy") begin ordinary words.
import { decodeHTMLStrict } from 'entities/decode';

/**
 * Block elements end a paragraph or a cell: a space, so words on both sides stay apart, or a line
 * end between blocks of text on one line (untaggedLine). Others (`<b>`,
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

/** A table's cells stay on their row's line, apart by a space; the other block tags end a line of text. */
const CELL_TAGS = new Set(['td', 'th']);
/** A text's line ends, captured: split at them, it joins back as it was. */
const LINE_ENDS = /(\r\n|\r|\n)/;
/**
 * A `<br>` (marked CR in untaggedLine) next to no other break is a space: one inside a sentence
 * ("See the report<br>now") would cut it in two lines, judged apart; two (`<br><br>`, old pages'
 * paragraphs) or one beside a block's tag end a line.
 */
const LONE_BREAK = /(?<![\r\n][ \t]*)\r(?![ \t]*[\r\n])/g;

/**
 * A line's tags removed (see BLOCK_TAGS), its blocks on lines of their own when it holds two or more
 * blocks of text: a page saved on one line (`<h1>…</h1><p>…</p><p>…</p>`) would be one line of
 * text, title, byline and paragraphs run together, which the cleaner cannot take apart. A
 * line of one block (`<p>…</p>` on its own line) keeps its place, the tags as spaces.
 */
function untaggedLine(line: string): string {
  const parts = line.replace(TAG, (markup, tag: string) => {
    const lower = tag.toLowerCase();
    if (BLOCK_TAGS.has(lower)) return CELL_TAGS.has(lower) ? ' ' : lower === 'br' ? '\r' : '\n';
    return INLINE_TAGS.has(lower) ? '' : markup;
  }).replace(LONE_BREAK, ' ').replaceAll('\r', '\n');
  const blocks = parts.split('\n').filter((block) => block.trim());
  return blocks.length >= 2 ? blocks.map((block) => block.trim()).join('\n') : parts.replaceAll('\n', ' ');
}

/** The text with the tags of common elements removed and HTML character references decoded. */
export function decodeHtml(text: string): string {
  // Tags first: a reference that decodes to "<" ("&lt;p&gt;") is text the page showed, not a tag.
  // The line ends are kept as found (normaliseText makes them LF after this).
  const untagged = text.includes('<')
    ? text
        .split(LINE_ENDS)
        .map((piece) => (piece.includes('<') ? untaggedLine(piece) : piece))
        .join('')
    : text;
  return untagged.includes('&') ? decodeHTMLStrict(untagged) : untagged;
}
