// A transcript's speaker label opening a turn: "HOLLOWAY: …", "SEN. CLAIRE DUNMORE (D-IA): …",
// "SEN. CHUCK SCHUMER (D-NY), MAJORITY LEADER: …". The cleaner keeps a transcript's turns by it
// (clean/features.ts isSpeakerTurn); the analysis does not count the labels' words (analyze/index.ts).

/** The speaker in capitals, qualifiers in brackets, a colon, the speech. */
const SPEAKER_TURN = /^(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:,? (?:\p{Lu}[\p{Lu}\p{M}.'’-]*|\([^()\n]{1,40}\))){0,8}): \S/u;

export const isSpeakerTurnText = (text: string): boolean => SPEAKER_TURN.test(text);

/** The label opening a speaker's turn ("RAJ PATEL" of "RAJ PATEL: Exactly."), or null. */
export const speakerLabelOf = (text: string): string | null => SPEAKER_TURN.exec(text)?.[1] ?? null;
