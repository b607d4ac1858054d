// Inline SVG charts, drawn at report time: the page needs no chart library, no network and no
// script to show them. Every mark carries its number in a data- attribute and a <title> tooltip,
// so a reader can hover for exact values and a test can check what was drawn.
import { escapeHtml, isolatedText } from './escape.js';
import { signedScore } from '../format.js';
import type { SentimentTimeline } from '../summary-data.js';
import type { SentimentLabel } from '../../types.js';

const WIDTH = 720;
/** Bar charts are drawn to sit two side by side at their natural size. */
const BAR_CHART_WIDTH = 520;
const LABEL_WIDTH = 210;
/** Room for a bar's value beside it. */
const VALUE_ROOM = 44;
const ROW_HEIGHT = 20;
/** Font size of chart labels (page-style.ts `svg text`). */
const LABEL_FONT_PX = 12;
/** Room for a label, right-aligned at LABEL_WIDTH - 8: what is wider runs off the chart's left edge. */
const LABEL_ROOM_PX = LABEL_WIDTH - 12;

/**
 * A character's advance in em, on the wide side of the sans-serif fonts a browser picks for
 * `system-ui` (DejaVu Sans on Linux): narrow letters and punctuation, wide capitals, full-width scripts.
 */
function charEm(char: string): number {
  if (char === ' ') return 0.32;
  if (/[iIjl.,:;|!'’`]/u.test(char)) return 0.3;
  if (/[frt()[\]{}\-"“”]/u.test(char)) return 0.42;
  if (/[mwMW@%…]/u.test(char)) return 1.0;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char)) return 1.0;
  if (/\p{Lu}/u.test(char)) return 0.74;
  return 0.62;
}

/**
 * The label cut, with "…", to the room beside the bars. A cut by character count (31) let titles of
 * wide letters or capitals run off the chart's left edge, so their first letters were not shown
 * ("bout 150,000 homes are withou…"; in Chromium on Debian most titles of 31 characters).
 */
function fitLabel(label: string): string {
  const room = LABEL_ROOM_PX / LABEL_FONT_PX;
  const chars = [...label];
  if (chars.reduce((width, char) => width + charEm(char), 0) <= room) return label;
  let width = charEm('…');
  let end = 0;
  while (end < chars.length && width + charEm(chars[end]!) <= room) width += charEm(chars[end++]!);
  const cut = `${chars.slice(0, end).join('').trimEnd()}…`;
  // In the chart's left-to-right text a neutral "…" after right-to-left words was drawn at their right,
  // where such a title starts; a right-to-left mark after it keeps it at the words' end, their left.
  return isRightToLeft(label) ? `${cut}\u200f` : cut;
}

/** Whether the text's first letter is of a script written right to left. */
const isRightToLeft = (text: string): boolean =>
  /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u.test(text);

/** Coordinates with one decimal: small files, stable output. */
const px = (value: number): string => {
  const text = value.toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
};

function svg(className: string, width: number, height: number, label: string, body: string): string {
  return `<svg class="chart ${className}" viewBox="0 0 ${width} ${px(height)}" width="${width}" height="${px(height)}" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;
}

export interface Bar {
  label: string;
  value: number;
  /** Extra tooltip text after label and value. */
  note?: string;
  /** Article id, for bars that stand for one article. */
  id?: string;
}

/**
 * Horizontal bars on a linear scale that always includes zero: negative values run left of the
 * zero line in red, positive ones right of it (blue for sentiment, grey for counts). The label
 * column is cut to fit; the full label is in the tooltip and in data-label.
 */
function horizontalBars(bars: readonly Bar[], ariaLabel: string, className: string, tooltip: (bar: Bar) => string, format: (bar: Bar) => string, fill: (bar: Bar) => string): string {
  const low = Math.min(0, ...bars.map((b) => b.value));
  const high = Math.max(0, ...bars.map((b) => b.value));
  const plotLeft = LABEL_WIDTH + (low < 0 ? VALUE_ROOM : 0);
  const plotWidth = BAR_CHART_WIDTH - plotLeft - VALUE_ROOM;
  const x = (value: number): number => plotLeft + ((value - low) / (high - low || 1)) * plotWidth;
  const zero = x(0);
  const rows = bars.map((bar, i) => {
    const y = 8 + i * ROW_HEIGHT;
    const end = x(bar.value);
    const negative = bar.value < 0;
    return (
      `<g class="bar" data-id="${escapeHtml(bar.id ?? '')}" data-label="${escapeHtml(bar.label)}" data-value="${bar.value}">` +
      `<title>${escapeHtml(`${isolatedText(bar.label)}: ${tooltip(bar)}${bar.note ? ` (${bar.note})` : ''}`)}</title>` +
      `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(fitLabel(bar.label))}</text>` +
      `<rect class="${fill(bar)}" x="${px(Math.min(zero, end))}" y="${y + 3}" width="${px(Math.max(Math.abs(end - zero), 1))}" height="${ROW_HEIGHT - 6}"/>` +
      `<text class="value" x="${px(negative ? end - 4 : end + 4)}" y="${y + 14}" text-anchor="${negative ? 'end' : 'start'}">${format(bar)}</text></g>`
    );
  });
  const height = 16 + bars.length * ROW_HEIGHT;
  const axis = `<line class="axis" x1="${px(zero)}" x2="${px(zero)}" y1="4" y2="${height - 4}"/>`;
  return svg(className, BAR_CHART_WIDTH, height, ariaLabel, axis + rows.join(''));
}

/** Counts (terms, keyphrases), longest first as given; `counted` writes a count with its unit ("1 time", "2 times"). */
export function barChart(bars: readonly Bar[], ariaLabel: string, counted: (count: number) => string): string {
  return horizontalBars(bars, ariaLabel, 'bars', (bar) => counted(bar.value), (bar) => String(bar.value), () => 'fill-term');
}

/** Article sentiment scores, one bar per article. */
export function sentimentBarChart(bars: readonly Bar[], ariaLabel: string): string {
  return horizontalBars(bars, ariaLabel, 'sentiment-bars', (bar) => signedScore(bar.value), (bar) => signedScore(bar.value), (bar) => (bar.value < 0 ? 'fill-negative' : 'fill-positive'));
}

/** The symmetric scale of a sentiment chart: the largest magnitude, rounded up to a tenth. */
// A loop, not Math.max(...values): past about 125,000 articles their spread overflows the stack.
const sentimentScale = (values: readonly number[]): number => Math.max(0.1, Math.ceil(values.reduce((max, v) => Math.max(max, Math.abs(v)), 0) * 10) / 10);

/** At most this many points describe the sorted sentiment curve, whatever the corpus size. */
const PROFILE_POINTS = 400;

/**
 * Every article's score, sorted from most negative to most positive, as one filled curve: how much
 * of the corpus is negative and how strongly, readable for ten articles or a hundred thousand.
 */
export function sentimentProfile(sortedScores: readonly number[], ariaLabel: string): string {
  const height = 180;
  const left = 44;
  const plotWidth = WIDTH - left - 10;
  const top = 10;
  const plotHeight = height - 40;
  const scale = sentimentScale(sortedScores);
  const y = (value: number): number => top + plotHeight / 2 - (value / scale) * (plotHeight / 2);
  const n = sortedScores.length;
  const points = Math.min(n, PROFILE_POINTS);
  const sample = Array.from({ length: points }, (_, k) => {
    const index = points === 1 ? 0 : Math.round((k * (n - 1)) / (points - 1));
    return { x: left + (points === 1 ? plotWidth / 2 : (k / (points - 1)) * plotWidth), value: sortedScores[index]! };
  });
  const area = (part: typeof sample, className: string): string => {
    if (!part.length) return '';
    const line = part.map((p) => `L${px(p.x)},${px(y(p.value))}`).join('');
    return `<path class="${className}" d="M${px(part[0]!.x)},${px(y(0))}${line}L${px(part[part.length - 1]!.x)},${px(y(0))}Z"/>`;
  };
  const ticks = [-scale, 0, scale]
    .map((v) => `<text class="tick" x="${left - 6}" y="${px(y(v) + 4)}" text-anchor="end">${signedScore(v)}</text>`)
    .join('');
  const body =
    area(sample.filter((p) => p.value < 0), 'fill-negative') +
    area(sample.filter((p) => p.value > 0), 'fill-positive') +
    `<line class="axis" x1="${left}" x2="${left + plotWidth}" y1="${px(y(0))}" y2="${px(y(0))}"/>` +
    ticks +
    `<text class="tick" x="${left}" y="${height - 8}">most negative</text>` +
    `<text class="tick" x="${left + plotWidth}" y="${height - 8}" text-anchor="end">most positive (${n} article${n === 1 ? '' : 's'})</text>`;
  return svg('profile', WIDTH, height, ariaLabel, body);
}

/**
 * A period as the time axis names it: `2006` for a year and `2006-10` for a month, not `2006-01-01`
 * and `2006-10-01`, days the articles were not from; a day or a week by its (first) day.
 */
function periodName(unit: SentimentTimeline['unit'], start: string): string {
  if (unit === 'year') return start.slice(0, 4);
  return unit === 'month' ? start.slice(0, 7) : start;
}

/** Articles per period (grey bars) and their mean sentiment (line, broken where a period has none). */
export function timelineChart(timeline: SentimentTimeline, ariaLabel: string): string {
  const height = 220;
  const left = 44;
  const right = 44;
  const top = 12;
  const plotHeight = height - 50;
  const plotWidth = WIDTH - left - right;
  const { buckets } = timeline;
  const slot = plotWidth / buckets.length;
  const maxArticles = Math.max(...buckets.map((b) => b.articles));
  const scale = sentimentScale(buckets.flatMap((b) => (b.meanSentiment === null ? [] : [b.meanSentiment])));
  const ySentiment = (value: number): number => top + plotHeight / 2 - (value / scale) * (plotHeight / 2);
  const xCentre = (i: number): number => left + slot * (i + 0.5);
  const bars = buckets
    .map((b, i) => {
      const h = (b.articles / maxArticles) * plotHeight;
      return b.articles ? `<rect class="fill-count" x="${px(left + slot * i + slot * 0.15)}" y="${px(top + plotHeight - h)}" width="${px(slot * 0.7)}" height="${px(h)}"/>` : '';
    })
    .join('');
  const line = buckets
    .map((b, i) => (b.meanSentiment === null ? '' : `${i && buckets[i - 1]!.meanSentiment !== null ? 'L' : 'M'}${px(xCentre(i))},${px(ySentiment(b.meanSentiment))}`))
    .join('');
  const dots = buckets
    .map((b, i) =>
      b.meanSentiment === null
        ? ''
        : `<circle class="point fill-${b.meanSentiment < 0 ? 'negative' : 'positive'}" data-start="${b.start}" data-articles="${b.articles}" data-value="${b.meanSentiment}" cx="${px(xCentre(i))}" cy="${px(ySentiment(b.meanSentiment))}" r="${buckets.length > 60 ? 2 : 3.5}">` +
          `<title>${timeline.unit === 'week' ? 'week of ' : ''}${periodName(timeline.unit, b.start)}: ${b.articles} article${b.articles === 1 ? '' : 's'}, mean sentiment ${signedScore(b.meanSentiment)}</title></circle>`,
    )
    .join('');
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  const xLabels = buckets
    .map((b, i) => (i % labelEvery === 0 ? `<text class="tick" x="${px(xCentre(i))}" y="${height - 20}" text-anchor="middle">${periodName(timeline.unit, b.start)}</text>` : ''))
    .join('');
  const sentimentTicks = [-scale, 0, scale]
    .map((v) => `<text class="tick" x="${left - 6}" y="${px(ySentiment(v) + 4)}" text-anchor="end">${signedScore(v)}</text>`)
    .join('');
  const countTicks = `<text class="tick" x="${WIDTH - right + 6}" y="${top + 4}">${maxArticles}</text><text class="tick" x="${WIDTH - right + 6}" y="${top + plotHeight}">0</text>`;
  const legend = `<text class="tick" x="${left}" y="${height - 4}">line: mean sentiment per ${timeline.unit} (left scale) · bars: articles (right scale)</text>`;
  const zero = `<line class="axis" x1="${left}" x2="${left + plotWidth}" y1="${px(ySentiment(0))}" y2="${px(ySentiment(0))}"/>`;
  return svg('timeline', WIDTH, height, ariaLabel, bars + zero + `<path class="line" d="${line}"/>` + dots + xLabels + sentimentTicks + countTicks + legend);
}

/** One stacked bar: how many articles are negative, neutral and positive. */
export function labelChart(labels: Record<SentimentLabel, number>, ariaLabel: string): string {
  const total = labels.negative + labels.neutral + labels.positive;
  let x = 0;
  const segments = (['negative', 'neutral', 'positive'] as const).map((label) => {
    const width = total ? (labels[label] / total) * WIDTH : 0;
    const segment =
      `<g class="segment" data-label="${label}" data-value="${labels[label]}"><title>${label}: ${labels[label]} article${labels[label] === 1 ? '' : 's'}</title>` +
      `<rect class="fill-${label}" x="${px(x)}" y="0" width="${px(width)}" height="26"/>` +
      (width > 90 ? `<text class="on-fill" x="${px(x + 8)}" y="18">${label} ${labels[label]}</text>` : '') +
      '</g>';
    x += width;
    return segment;
  });
  return svg('labels', WIDTH, 26, ariaLabel, segments.join(''));
}
