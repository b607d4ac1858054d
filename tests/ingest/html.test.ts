import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/ingest/html.js';

/** What a page's HTML makes of plain text: the four characters markup reserves, escaped. */
const escaped = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('decodeHtml', () => {
  it('decodes named, decimal and hex references, Windows-1252 numbers and accented letters', () => {
    expect(decodeHtml('Storm hits coast &amp; cities')).toBe('Storm hits coast & cities');
    expect(decodeHtml('The &quot;worst&quot; is over, it&#8217;s said; it&#x2019;s &lsquo;done&rsquo;')).toBe('The "worst" is over, it’s said; it’s ‘done’');
    expect(decodeHtml('Power restored&nbsp;to homes &mdash; 5&#150;6 days')).toBe('Power restored\u00A0to homes — 5–6 days');
    expect(decodeHtml('Caf&eacute; in Z&uuml;rich').normalize('NFC')).toBe('Café in Zürich');
  });

  it('removes the tags of common elements, block ones as a space, and leaves other angle brackets as text', () => {
    expect(decodeHtml('<p>Damage was <strong>severe</strong>.</p>\n<p>Roads closed.</p>')).toBe(' Damage was severe. \n Roads closed. ');
    expect(decodeHtml('See <a href="https://x.org/a?b=1&amp;c=2">the report</a><br/>now')).toBe('See the report now');
    expect(decodeHtml('Apple Inc <AAPL.O> and <IBM> rose; if a < b and c > d')).toBe('Apple Inc <AAPL.O> and <IBM> rose; if a < b and c > d');
  });

  // A whole web page saved as .txt kept the tags of its frame: "html", "nav" and "title" were
  // counted as words and ranked as its keyphrases.
  it("removes the tags of a whole page's frame and its headings, lists and tables; keeps code's elements visible", () => {
    const page = '<html lang="en"><head><meta charset="utf-8"><title>Storm</title></head><body><nav>Home</nav><main><time datetime="2024-03-12">Monday</time><dl><dt>Power</dt><dd>cut</dd></dl></main></body></html>';
    expect(decodeHtml(page).split(/\s+/).filter(Boolean)).toEqual(['Storm', 'Home', 'Monday', 'Power', 'cut']);
    expect(decodeHtml('<body><script>track()</script></body>')).toBe(' <script>track()</script> ');
  });

  // A page saved on one line had been one line of text: title, byline and paragraphs run together.
  it('puts the blocks of text of one line on lines of their own; a table row stays one line', () => {
    expect(decodeHtml('<h1>Storm hits coast</h1><p class="byline">By Jane Roe</p><p>The storm hit.</p><p>Damage was <b>severe</b>.<br>Roads closed.</p>')).toBe(
      'Storm hits coast\nBy Jane Roe\nThe storm hit.\nDamage was severe. Roads closed.',
    );
    expect(decodeHtml('Old page.<br><br>Its second paragraph, <br>wrapped.<br/>\t<br />Third.')).toBe('Old page.\nIts second paragraph,  wrapped.\nThird.');
    expect(decodeHtml('<table><tr><td>Oslo</td><td>4</td></tr><tr><td>Bergen</td><td>7</td></tr></table>')).toBe('Oslo  4\nBergen  7');
    // Line ends as found, and a line of one block as before.
    expect(decodeHtml('<p>One.</p><p>Two.</p>\r\n<p>Three.</p>\rFour')).toBe('One.\nTwo.\r\n Three. \rFour');
  });

  it('property: the words are the same whether the blocks stand on one line or on lines of their own', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const block = fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'blockquote'), fc.array(word, { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const html = blocks.map(([tag, words]) => `<${tag}>${words.join(' ')}</${tag}>`);
        const lines = (text: string) => text.split(/\n/).map((line) => line.trim()).filter(Boolean);
        expect(lines(decodeHtml(html.join('')))).toEqual(lines(decodeHtml(html.join('\n'))));
      }),
    );
  });

  it('leaves unknown names and references without a semicolon as written; a number that is no character reads as U+FFFD, as in a browser', () => {
    expect(decodeHtml('AT&T and S&P; &bogus; &amp no; &not a word, &copy2023; &not;')).toBe('AT&T and S&P; &bogus; &amp no; &not a word, &copy2023; ¬');
    expect(decodeHtml('&#0; &#xD800; &#1114112;')).toBe('\uFFFD \uFFFD \uFFFD');
  });

  it('decodes every HTML5 name, and a reference that decodes to a tag stays text', () => {
    expect(decodeHtml('&frac78; &check; &rarr; &Sigma;')).toBe('⅞ ✓ → Σ');
    expect(decodeHtml('&lt;p&gt;Escaped&lt;/p&gt;')).toBe('<p>Escaped</p>');
  });

  it('gives back any text the markup escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(decodeHtml(escaped(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
