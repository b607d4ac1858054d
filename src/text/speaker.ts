// A transcript's speaker label opening a turn: "HOLLOWAY: …", "SEN. CLAIRE DUNMORE (D-IA): …",
// "SEN. CHUCK SCHUMER (D-NY), MAJORITY LEADER: …". The cleaner keeps a transcript's turns by it
// (clean/chrome/stamps.ts isSpeakerTurn, clean/edges/article-end.ts transcriptEnd); the analysis does not count the
// labels' words (analyze/index.ts); a transcript's turns are no colon datelines (text/dateline.ts).

/** The speaker in capitals, qualifiers in brackets, a colon, the speech. */
const SPEAKER_TURN = /^(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:,? (?:\p{Lu}[\p{Lu}\p{M}.'’-]*|\([^()\n]{1,40}\))){0,8}): \S/u;

export const isSpeakerTurnText = (text: string): boolean => SPEAKER_TURN.test(text);

/**
 * A speaker named on a line of their own over the speech, as a broadcaster's web transcript sets it:
 * a name in Title Case, maybe a comma and who they are, a colon ("Paul Solman:", "Gloria Hendricks,
 * Hardware Store Employee:").
 */
const SPEAKER_LABEL_LINE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){1,3}(?:, [^:,]{2,60})?:$/u;

export const isSpeakerLabelLine = (text: string): boolean => SPEAKER_LABEL_LINE.test(text);

/** The label opening a speaker's turn ("RAJ PATEL" of "RAJ PATEL: Exactly."), or null. */
export const speakerLabelOf = (text: string): string | null => SPEAKER_TURN.exec(text)?.[1] ?? null;

/** Paragraphs opening with a speaker's turn that make a text a transcript. */
export const TRANSCRIPT_MIN_TURNS = 3;

/** Whether TRANSCRIPT_MIN_TURNS paragraphs of `text` open with a speaker's turn. */
export function isTranscript(text: string): boolean {
  let turns = 0;
  for (let start = 0; start >= 0 && start < text.length; ) {
    const end = text.indexOf('\n\n', start);
    // A turn's opening is short: the speaker, qualifiers and a colon; no need to test a whole paragraph.
    if (SPEAKER_TURN.test(text.slice(start, Math.min(end < 0 ? text.length : end, start + 200))) && ++turns >= TRANSCRIPT_MIN_TURNS) return true;
    start = end < 0 ? -1 : end + 2;
  }
  return false;
}
