import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpeakerTurn, isTimeStamp, isTranscriptCue, isTranscriptNotice } from '../../../src/clean/chrome/stamps.js';
import { line } from '../line-cases.js';

describe('isTimeStamp', () => {
  it('takes a time of day alone on its line, as live blogs stamp their entries', () => {
    const hour = fc.integer({ min: 0, max: 23 });
    const minute = fc.integer({ min: 0, max: 59 }).map((m) => String(m).padStart(2, '0'));
    const clock = fc.tuple(hour, minute, fc.constantFrom(':', '.'), fc.constantFrom('', ' PM', 'pm', ' a.m.', ' AM'), fc.constantFrom('', ' ET', ' GMT', ' BST'));
    fc.assert(
      fc.property(clock, ([h, m, separator, noon, zone]) => {
        // "14.10" alone may be a figure: a dot needs am or pm, or a time zone ("14.10 GMT").
        fc.pre(separator === ':' || noon !== '' || zone !== '');
        expect(isTimeStamp(line(`${h}${separator}${m}${noon}${zone}`))).toBe(true);
      }),
    );
  });

  // French pages write the time with the hour mark, Spanish ones often set it after the clock.
  it.each(['16h20', '9h05', '16 h 20', '13:05 h', '09:12h'])('takes the time with the hour mark "%s"', (text) => {
    expect(isTimeStamp(line(text))).toBe(true);
  });

  it.each(['24h00', '16h75', '4h', '100 h', 'Sur 24h', '16h20 Le ministre arrive'])('leaves "%s", no time of day alone, to other rules', (text) => {
    expect(isTimeStamp(line(text))).toBe(false);
  });

  it('takes a transcript\'s bracketed stamp alone on its line', () => {
    expect(isTimeStamp(line('[20:05:12]'))).toBe(true);
    expect(isTimeStamp(line('[20:05:12] HOLLOWAY: Thank you.'))).toBe(false);
  });

  // Its digit test (digitShare) counts every script's digits, as the ages' pattern does.
  it.each(['۵ ساعت قبل', 'منذ ٣ أيام', '45 mins ago'])('takes the age "%s", in any digits', (text) => {
    expect(isTimeStamp(line(text))).toBe(true);
  });

  it.each(['6.44', '14.10', '14.10 USD', '25.10 GMT', '14:10 Zelenskiy arrives in Brussels', 'At 2:10 PM the polls closed.', '2023', 'Updated 3 hours ago', '10:32 news'])('leaves "%s" alone', (text) => {
    expect(isTimeStamp(line(text))).toBe(false);
  });
});

describe('transcript lines', () => {
  it.each(['HOLLOWAY: You toured the damage today.', 'SEN. CLAIRE DUNMORE (D-IA): Thank you, Mark.', 'SEN. CHUCK SCHUMER (D-NY), MAJORITY LEADER: We have a deal.', 'COOPER (voice-over): The storm hit at dawn.'])('takes "%s" for a speaker\'s turn', (text) => {
    expect(isSpeakerTurn(line(text))).toBe(true);
  });

  it.each(['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'Sources: the ministry and the police.', 'The U.S. said: no deal.', 'NATO allies met in Brussels.'])('leaves "%s" alone', (text) => {
    expect(isSpeakerTurn(line(text))).toBe(false);
  });

  it.each(['(BEGIN VIDEOTAPE)', '(END VIDEOTAPE)', '(BEGIN VIDEO CLIP)', '(CROSSTALK)', '(COMMERCIAL BREAK)', '(Applause)'])('takes "%s" for a cue', (text) => {
    expect(isTranscriptCue(line(text))).toBe(true);
  });

  it.each(['(Reporting by Jane Doe)', '(AP)', '(Recasts, adds analyst comment)', 'BEGIN VIDEOTAPE of the hearing was shown.'])('leaves "%s" alone', (text) => {
    expect(isTranscriptCue(line(text))).toBe(false);
  });

  it.each(['This transcript was produced from a recording and may contain errors.', 'CNN transcripts are lightly edited for clarity.', 'Our transcripts are edited for length.'])('takes "%s" for a transcript\'s disclaimer', (text) => {
    expect(isTranscriptNotice(line(text))).toBe(true);
  });

  it.each(['The White House transcript was later edited for clarity, officials said.', 'A Senate transcript was released on Friday, and the defence said it may contain errors.'])('leaves a story\'s sentence about a transcript alone: "%s"', (text) => {
    expect(isTranscriptNotice(line(text))).toBe(false);
  });
});
