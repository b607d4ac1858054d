import { describe, expect, it } from 'vitest';
import { isSpeakerTurnText, isTranscript, speakerLabelOf, TRANSCRIPT_MIN_TURNS } from '../../src/text/speaker.js';

describe('speakerLabelOf', () => {
  it('reads the speaker in capitals, with qualifiers in brackets or after a comma, before a colon and the speech', () => {
    expect(speakerLabelOf('HOLLOWAY: We will.')).toBe('HOLLOWAY');
    expect(speakerLabelOf('SEN. CLAIRE DUNMORE (D-IA): Thank you.')).toBe('SEN. CLAIRE DUNMORE (D-IA)');
    expect(speakerLabelOf('SEN. CHUCK SCHUMER (D-NY), MAJORITY LEADER: Today.')).toBe('SEN. CHUCK SCHUMER (D-NY), MAJORITY LEADER');
    expect(speakerLabelOf("RAJ O'NEILL: Yes.")).toBe("RAJ O'NEILL");
    expect(speakerLabelOf('ÉLODIE DURAND: Oui.')).toBe('ÉLODIE DURAND');
  });

  it('is null for a name not in capitals, a colon with no speech after it, or a time', () => {
    for (const text of ['Holloway: We will.', 'NOTE:', 'BREAKING:news', '10:30: the market opened']) {
      expect(speakerLabelOf(text), text).toBeNull();
      expect(isSpeakerTurnText(text), text).toBe(false);
    }
  });
});

describe('isTranscript', () => {
  const turns = (count: number) => Array.from({ length: count }, (_, i) => `${i % 2 ? 'BLITZER' : 'RAJ PATEL'}: Turn ${i + 1}.`);

  it(`takes ${TRANSCRIPT_MIN_TURNS} paragraphs opening with a turn for a transcript, wherever they stand`, () => {
    expect(isTranscript(turns(TRANSCRIPT_MIN_TURNS).join('\n\n'))).toBe(true);
    expect(isTranscript([...turns(2), 'Prose between the turns.', ...turns(1)].join('\n\n'))).toBe(true);
    expect(isTranscript(turns(TRANSCRIPT_MIN_TURNS - 1).join('\n\n'))).toBe(false);
  });

  it('counts paragraphs, not lines: turns on the lines of one paragraph are one', () => {
    expect(isTranscript(turns(TRANSCRIPT_MIN_TURNS).join('\n'))).toBe(false);
  });
});
