import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAndTime, sentimentDriver, signedScore } from '../../src/report/format.js';

describe('sentimentDriver', () => {
  it('writes the word and its contribution rounded to two decimals, signed when it rounds to a positive number, whatever texts it has kept', () => {
    const written = (word: string, contribution: number): string => `${word} (${Number(contribution.toFixed(2)) > 0 ? '+' : ''}${Number(contribution.toFixed(2))})`;
    // Contributions near zero of both signs, and repeats of the same rounded value with either sign.
    const contribution = fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -0.01, max: 0.01, noNaN: true }), fc.constantFrom(0, -0, 0.004, -0.004, 0.005, -0.005, 2.8, -2.8));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('crisis', 'gain'), contribution), { maxLength: 20 }), (drivers) => {
        for (const [word, value] of drivers) expect(sentimentDriver({ word, contribution: value })).toBe(written(word, value));
      }),
    );
    expect(sentimentDriver({ word: 'crisis', contribution: -2.8 })).toBe('crisis (-2.8)');
    // `(other words) (+0)` had been written in 94 rows of the 1k scale corpus's sentences.csv.
    expect(sentimentDriver({ word: 'gain', contribution: 0.001 })).toBe('gain (0)');
    expect(sentimentDriver({ word: '(other words)', contribution: 0.004 })).toBe('(other words) (0)');
  });

  it('writes the decimal comma of excel-eu, in the number only', () => {
    expect(sentimentDriver({ word: 'U.S.', contribution: 0.7213 }, 'excel-eu')).toBe('U.S. (+0,72)');
    expect(sentimentDriver({ word: 'crisis', contribution: -2.8 }, 'excel-eu')).toBe('crisis (-2,8)');
    expect(sentimentDriver({ word: 'gain', contribution: 3 }, 'excel-eu')).toBe('gain (+3)');
    expect(sentimentDriver({ word: 'U.S.', contribution: 0.7213 }, 'excel')).toBe('U.S. (+0.72)');
  });
});

describe('dayAndTime', () => {
  it('splits a date with a time of day into the day and the time, and leaves any other date whole', () => {
    expect(dayAndTime('2006-10-22T12:16')).toEqual(['2006-10-22', '12:16']);
    expect(dayAndTime('2023-04-29')).toEqual(['2023-04-29', null]);
    // Dates kept as the input gave them, not read.
    expect(dayAndTime('1677801600')).toEqual(['1677801600', null]);
    expect(dayAndTime('Spring 2023, T12:16')).toEqual(['Spring 2023, T12:16', null]);
    expect(dayAndTime(null)).toEqual([null, null]);
  });

  it('loses nothing: the day and the time give the date back', () => {
    const iso = fc
      .tuple(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.boolean())
      .map(([date, timed]) => date.toISOString().slice(0, timed ? 16 : 10));
    fc.assert(
      fc.property(fc.oneof(iso, fc.string()), (date) => {
        const [day, time] = dayAndTime(date);
        expect(time === null ? day : `${day}T${time}`).toBe(date);
        if (time !== null) expect([day, time]).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), expect.stringMatching(/^\d{2}:\d{2}$/)]);
      }),
    );
  });
});

describe('signedScore', () => {
  // The seeds' neutral article (-0.0011) had been "-0.00" in its bar, the terminal and the timeline.
  it('gives a score that rounds to zero no sign, and any other its sign and two decimals', () => {
    expect([-0.0011, 0.004, 0, -0, 0.25, -0.4, 0.005, -0.006].map((score) => signedScore(score))).toEqual(['0.00', '0.00', '0.00', '0.00', '+0.25', '-0.40', '+0.01', '-0.01']);
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (score) => {
      const text = signedScore(score);
      expect(Number(text)).toBeCloseTo(score, 2);
      expect(text.startsWith('-') || text.startsWith('+')).toBe(Number(text) !== 0);
    }));
  });

  it('writes as many decimals as asked, still with no sign on a zero: summary.html labels an article at four', () => {
    expect([-0.00004, 0.0496, -0.0011, 0].map((score) => signedScore(score, 4))).toEqual(['0.0000', '+0.0496', '-0.0011', '0.0000']);
  });
});
