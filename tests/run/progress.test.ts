import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, progressReporter } from '../../src/run/progress.js';

function fakeOutput(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, output: { isTTY, write: (text: string) => writes.push(text) } };
}

describe('formatProgress', () => {
  it('shows done/total, share, rate and time left', () => {
    expect(formatProgress({ pass: 'analyze', done: 250, total: 1000 }, 5, false)).toBe('Analysing: 250/1000 articles (25%) 50/s ETA 0:15');
    expect(formatProgress({ pass: 'report', done: 500, total: 1000 }, 10, true)).toBe('Writing reports: [############............] 500/1000 articles (50%) 50/s ETA 0:10');
  });

  it('shows what it can when the total is not known yet', () => {
    expect(formatProgress({ pass: 'scan', done: 30, total: null }, 4, true)).toBe('Scanning: 30 articles 7.5/s');
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});

describe('progressReporter', () => {
  it('redraws one line in place on a terminal and clears it when done', () => {
    const { writes, output } = fakeOutput(true);
    let now = 0;
    const progress = progressReporter(output, { intervalMs: 100, now: () => now });
    progress.onProgress({ pass: 'analyze', done: 1, total: 10 });
    now = 50;
    progress.onProgress({ pass: 'analyze', done: 2, total: 10 });
    now = 200;
    progress.onProgress({ pass: 'analyze', done: 10, total: 10 });
    progress.done();
    expect(writes).toHaveLength(3);
    expect(writes[1]).toMatch(/^\r\x1b\[2KAnalysing: \[#+\] 10\/10 articles \(100%\)/);
    expect(writes[2]).toBe('\r\x1b[2K');
  });

  it('without a terminal prints plain lines, and nothing for a pass shorter than the interval', () => {
    const { writes, output } = fakeOutput(false);
    let now = 0;
    const progress = progressReporter(output, { intervalMs: 1000, now: () => now });
    progress.onProgress({ pass: 'scan', done: 5, total: null });
    now = 500;
    progress.onProgress({ pass: 'analyze', done: 1, total: 4 });
    now = 1600;
    progress.onProgress({ pass: 'analyze', done: 3, total: 4 });
    now = 1700;
    progress.onProgress({ pass: 'analyze', done: 4, total: 4 });
    progress.done();
    expect(writes).toEqual(['Analysing: 3/4 articles (75%) 2.7/s ETA 0:00\n', 'Analysing: 4/4 articles (100%) 3.3/s\n']);
  });
});
