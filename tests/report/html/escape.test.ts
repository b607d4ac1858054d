import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml, jsonForScript } from '../../../src/report/html/escape.js';

const unescape = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);

describe('escapeHtml', () => {
  test('leaves no character that could open a tag, close an attribute or start an entity, and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
        expect(unescape(escaped)).toBe(text);
      }),
    );
  });

  test('a script tag and a formula come out as text', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml('=HYPERLINK("a","b")')).toBe('=HYPERLINK(&quot;a&quot;,&quot;b&quot;)');
  });
});

describe('jsonForScript', () => {
  test('never contains "<" (so never "</script>" or "<!--") and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        for (const input of [value, { text: `</script>${text}<!--` }, ['\u2028', '\u2029']]) {
          const json = jsonForScript(input);
          expect(json).not.toContain('<');
          expect(json).not.toMatch(/[\u2028\u2029]/);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
        }
      }),
    );
  });
});
