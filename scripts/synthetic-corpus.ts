// A deterministic synthetic news corpus as JSONL, for the summary page's end-to-end test and its
// load-time benchmark. Articles look like scraped pages (navigation, share buttons and a footer
// repeated across the corpus around a few paragraphs of prose), lean positive or negative, cover a
// few topics and span three months. Optional hostile records exercise escaping and failures.
import { writeFileSync } from 'node:fs';
import { seededRandom } from './make-scale-corpus.js';

interface SyntheticOptions {
  /** Articles with text (the empty and broken records of `hostile` come on top). */
  articles: number;
  /** Adds titles that are HTML or spreadsheet formulas, two empty articles and one invalid JSON line. */
  hostile?: boolean;
  seed?: number;
}

/** Titles that must render as text, never as markup or formulas. */
export const HOSTILE_TITLES = [
  '<script>window.__pwned = 1</script> Council budget row',
  '=HYPERLINK("http://example.invalid","click me") harbour plans',
  '<img src=x onerror="window.__pwned = 2"> & "quoted" title',
];

const TOPICS: Record<string, string[]> = {
  harbour: ['harbour', 'ferry', 'dock workers', 'shipping lanes', 'port authority', 'cargo'],
  schools: ['school', 'teachers', 'pupils', 'exam results', 'curriculum', 'classrooms'],
  health: ['hospital', 'nurses', 'waiting lists', 'clinic', 'vaccine', 'patients'],
  energy: ['wind farm', 'power grid', 'electricity prices', 'solar panels', 'pipeline', 'turbines'],
  transport: ['railway', 'bus routes', 'commuters', 'timetable', 'tram line', 'motorway'],
  housing: ['housing', 'rents', 'tenants', 'landlords', 'building permits', 'mortgages'],
  farming: ['farmers', 'harvest', 'drought', 'grain', 'cattle', 'orchards'],
  football: ['football club', 'stadium', 'supporters', 'league title', 'coach', 'transfer'],
};
const POSITIVE = ['welcomed', 'success', 'improved', 'celebrated', 'praised', 'benefit', 'hope', 'strong', 'win', 'support'];
const NEGATIVE = ['crisis', 'failed', 'angry', 'damaged', 'criticised', 'losses', 'fear', 'weak', 'protest', 'delays'];
const PEOPLE = ['Ana Costa', 'Ben Okafor', 'Chloé Martin', 'Dara Singh', 'Eli Novak', 'Fatima Haddad', 'Gus Larsen'];
const SOURCES = ['Harbour Gazette', 'Valley Times', 'Northern Post', 'City Herald', 'Coastal Daily'];
const TEMPLATES = [
  'Officials said the {t} plan was a {s} for the region after months of debate.',
  'Residents described the {t} decision as {s}, and the council promised a review next month.',
  'The latest figures on {t} show a {s} trend that few analysts had expected this year.',
  'Local groups said the {t} changes would bring {s} to families across the district.',
  'A spokesperson for the {t} programme called the outcome {s} in a statement on Tuesday.',
  'Critics and supporters agree that the {t} question will shape the next election.',
];

interface SyntheticRecord {
  id: string;
  title?: string;
  date?: string;
  author?: string;
  source?: string;
  text: string;
}

function article(index: number, next: () => number, title?: string): SyntheticRecord {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const topicNames = Object.keys(TOPICS);
  const topic = topicNames[index % topicNames.length]!;
  const terms = TOPICS[topic]!;
  const mood = next() * 2 - 1;
  const sentence = (): string => {
    const words = next() < (mood + 1) / 2 ? POSITIVE : NEGATIVE;
    return pick(TEMPLATES).replace('{t}', pick(terms)).replace('{s}', pick(words));
  };
  const paragraphs = Array.from({ length: 2 + Math.floor(next() * 3) }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' '));
  const subject = pick(terms);
  const headline = title ?? `${subject[0]!.toUpperCase()}${subject.slice(1)} ${pick(['plan', 'vote', 'report', 'row', 'deal'])} ${index}`;
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 91) * 86_400_000).toISOString().slice(0, 10);
  const lines = ['Home | News | Sport | Business', 'Share this article', ...paragraphs, 'Subscribe to our newsletter for daily updates', '© 2024 Example News Group'];
  return {
    id: `syn-${String(index).padStart(5, '0')}`,
    title: headline,
    ...(next() < 0.9 ? { date: day } : {}),
    author: pick(PEOPLE),
    source: pick(SOURCES),
    text: lines.join('\n\n'),
  };
}

/** The corpus as JSONL lines (when `hostile`, one invalid, one of empty text, an ingest error, and one left empty by cleaning). */
function syntheticJsonl(options: SyntheticOptions): string[] {
  const next = seededRandom(options.seed ?? 42);
  const lines: string[] = [];
  for (let i = 0; i < options.articles; i++) {
    const hostileTitle = options.hostile ? HOSTILE_TITLES[i] : undefined;
    lines.push(JSON.stringify(article(i, next, hostileTitle)));
  }
  if (options.hostile) {
    lines.push(JSON.stringify({ id: 'syn-empty-1', title: 'An empty page', text: '' }));
    lines.push(JSON.stringify({ id: 'syn-empty-2', title: 'Only a share button', text: 'Share this article' }));
    lines.push('{"id": "syn-broken", "text": ');
  }
  return lines;
}

export function writeSyntheticCorpus(path: string, options: SyntheticOptions): void {
  writeFileSync(path, syntheticJsonl(options).join('\n') + '\n');
}
