import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/text/html.js';

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
    expect(decodeHtml('<p>The storm hit.</p><p>Damage was <strong>severe</strong>.</p>')).toBe(' The storm hit.  Damage was severe. ');
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
