// Escaping for the summary page: every string that comes from an article goes through one of these.
import { BIDI_CONTROLS } from '../bidi-controls.js';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML or SVG elements and quoted attributes. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * JSON safe inside `<script type="application/json">`: `<` is written as `\u003c`, so no text can
 * close the element (`</script>`) or open a comment; JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Article text that starts a plain-text string of ours (a tooltip), first-strong isolated (U+2068 ...
 * U+2069) when it holds bidi controls: the isolate's end closes an override it left open, which had
 * reversed the rest of the string. Elements need none of this: the page gives article text `dir="auto"`,
 * which isolates it.
 */
export function isolatedText(text: string): string {
  return text.search(BIDI_CONTROLS) >= 0 ? `\u2068${text}\u2069` : text;
}
