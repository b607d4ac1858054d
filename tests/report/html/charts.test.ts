import { describe, expect, test } from 'vitest';
import { barChart, sentimentBarChart, labelChart, sentimentProfile, timelineChart } from '../../../src/report/html/charts.js';

const attribute = (svg: string, name: string): string[] => [...svg.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('charts', () => {
  test('bar labels are escaped and cut, the full text stays in the tooltip and data attribute', () => {
    const label = '<script>alert(1)</script> and a title far too long to fit beside its bar';
    const svg = barChart([{ label, value: 3 }], 'Top terms', (n) => `${n} times`);
    expect(svg).not.toContain('<script>');
    const shown = svg.match(/<text class="label"[^>]*>([^<]*)<\/text>/)![1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(shown.endsWith('…')).toBe(true);
    expect(label.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown.length).toBeLessThan(label.length);
    expect(attribute(svg, 'data-label')).toEqual(['&lt;script&gt;alert(1)&lt;/script&gt; and a title far too long to fit beside its bar']);
  });

  test("a bar's tooltip gives its count with the unit the chart writes ('1 time', not '1 times')", () => {
    const times = (n: number): string => `${n} time${n === 1 ? '' : 's'}`;
    const svg = barChart([{ label: 'budget', value: 1 }, { label: 'council', value: 2, note: 'in 2 articles' }], 'Top terms', times);
    expect([...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual(['budget: 1 time', 'council: 2 times (in 2 articles)']);
  });

  test("a label's bidi override ends with the label: the tooltip's own text after it is not reversed", () => {
    // "Council \u202Etegdub: +0.74" showed the score and label in the tooltip reversed; first-strong isolated, the override ends at U+2069.
    const svg = sentimentBarChart([{ label: 'Council \u202Etegdub', value: 0.74, id: 'a' }, { label: 'Storm', value: -0.5, id: 'b' }], 'Sentiment');
    const tooltips = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(tooltips[0]).toMatch(/^\u2068Council \u202Etegdub\u2069: /);
    expect(tooltips[1]).toMatch(/^Storm: /);
  });

  test('sentiment bars: negative to the left of the zero line, positive to the right, lengths on one scale', () => {
    const svg = sentimentBarChart([{ label: 'bad', value: -0.5, id: 'a' }, { label: 'good', value: 0.25, id: 'b' }], 'Sentiment');
    const centre = Number(attribute(svg, 'x1')[0]);
    const [negative, positive] = [...svg.matchAll(/<rect class="fill-(\w+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ fill: m[1], x: Number(m[2]), width: Number(m[3]) }));
    expect(negative!.fill).toBe('negative');
    expect(negative!.x + negative!.width).toBeCloseTo(centre, 0);
    expect(positive!.fill).toBe('positive');
    expect(positive!.x).toBeCloseTo(centre, 0);
    expect(negative!.width / positive!.width).toBeCloseTo(2, 1);
  });

  test('bars of one sign use the whole width from the zero line', () => {
    const svg = sentimentBarChart([{ label: 'bad', value: -0.5 }, { label: 'worse', value: -1 }], 'Sentiment');
    const widths = [...svg.matchAll(/<rect class="fill-negative" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 1);
    expect(widths[1]).toBeGreaterThan(200);
  });

  test('the sorted profile of 10,000 articles is drawn from at most 400 points', () => {
    const scores = Array.from({ length: 10_000 }, (_, i) => i / 5_000 - 1);
    const svg = sentimentProfile(scores, 'profile');
    const points = attribute(svg, 'd').join('').match(/L/g)!.length;
    expect(points).toBeLessThanOrEqual(400 + 4);
    expect(svg).toContain('most positive (10000 articles)');
  });

  test('the profile of 150,000 articles, more than a call takes as arguments, is scaled to the largest magnitude', () => {
    const scores = Array.from({ length: 150_000 }, (_, i) => 0.8 * (i / 149_999) - 0.5);
    const svg = sentimentProfile(scores, 'profile');
    expect(svg).toContain('most positive (150000 articles)');
    expect(svg).toContain('>-0.50<');
  });

  test('the timeline line breaks at periods without articles', () => {
    const svg = timelineChart(
      {
        unit: 'day',
        buckets: [
          { start: '2024-01-01', articles: 1, meanSentiment: 0.1 },
          { start: '2024-01-02', articles: 2, meanSentiment: -0.2 },
          { start: '2024-01-03', articles: 0, meanSentiment: null },
          { start: '2024-01-04', articles: 1, meanSentiment: 0.3 },
        ],
      },
      'Mean sentiment per day',
    );
    const line = svg.match(/<path class="line" d="([^"]*)"/)![1]!;
    expect(line.match(/M/g)!.length).toBe(2);
    expect(attribute(svg, 'data-start')).toEqual(['2024-01-01', '2024-01-02', '2024-01-04']);
  });

  // Years and months had been named by their first day (`2006-01-01`), a day the articles were not from.
  test('the time axis and the tooltips name a year as 2006 and a month as 2006-10, a week by its first day', () => {
    const chart = (unit: 'year' | 'month' | 'week', starts: string[]) =>
      timelineChart({ unit, buckets: starts.map((start) => ({ start, articles: 2, meanSentiment: 0.1 })) }, `Mean sentiment per ${unit}`);
    const ticks = (svg: string) => [...svg.matchAll(/<text class="tick" [^>]*text-anchor="middle">([^<]*)<\/text>/g)].map((m) => m[1]);
    const tooltips = (svg: string) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    const years = chart('year', ['2006-01-01', '2007-01-01']);
    expect(ticks(years)).toEqual(['2006', '2007']);
    expect(tooltips(years)).toEqual(['2006: 2 articles, mean sentiment +0.10', '2007: 2 articles, mean sentiment +0.10']);
    expect(attribute(years, 'data-start')).toEqual(['2006-01-01', '2007-01-01']);
    expect(ticks(chart('month', ['2023-04-01', '2023-05-01']))).toEqual(['2023-04', '2023-05']);
    const weeks = chart('week', ['2024-01-01', '2024-01-08']);
    expect(ticks(weeks)).toEqual(['2024-01-01', '2024-01-08']);
    expect(tooltips(weeks)[0]).toBe('week of 2024-01-01: 2 articles, mean sentiment +0.10');
  });

  test('label chart segments add up to the full width', () => {
    const svg = labelChart({ negative: 1, neutral: 2, positive: 1 }, 'labels');
    const widths = [...svg.matchAll(/<rect class="fill-\w+" x="[\d.]+" y="0" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([180, 360, 180]);
  });
});
