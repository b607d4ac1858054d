// The roles that open a wire story's closing credit ("(Reporting by X; Editing by Y)"), read by the
// cleaner (clean/metadata/wire-credits.ts, the credit line removed) and the sentiment (analyze/sentiment-sentence.ts, the
// credit clause not scored). Each adds forms of its own, saying there why the other has not.

/** Lowercase, each before " by": "Reporting by", "Writing by", "Editing by", "Compiled by". */
export const WIRE_CREDIT_ROLES: readonly string[] = ['reporting', 'writing', 'editing', 'compiled'];
