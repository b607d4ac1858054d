// The bidi controls an article can leave open, which both reports neutralise: summary.html
// (report/html/escape.ts) and the terminal summary (report/terminal-summary.ts).

/**
 * Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): one an article leaves
 * open reorders what comes after it in the same paragraph, text of ours included.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
