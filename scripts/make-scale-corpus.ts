// Builds a scale-test corpus from ../shared/bench/scale/reuters-20k.jsonl.gz: N raw article files
// in the style of scraped pages (site chrome before, the body, other articles' headlines after),
// or the same texts as one JSONL file. Deterministic for a given seed; beyond 20,000 articles it
// cycles through the source with freshly drawn boilerplate, so every file differs.
//
//   tsx scripts/make-scale-corpus.ts --count 10000 --out bench-data/10k [--seed 1] [--jsonl]
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { scriptArgs } from './script-args.js';

export const SOURCE = '../shared/bench/scale/reuters-20k.jsonl.gz';

interface SourceArticle {
  title: string;
  text: string;
  author: string;
  published: string;
  date: string;
}

const SITES = ['Reuters', 'Business Daily Online', 'The Market Herald', 'Finance Wire', 'World Business Report', 'Global Markets Today', 'The Economic Times Digest', 'Money News Network'];
const ANALYTICS = ['Clicky', 'gtag', 'Loading...', 'AdChoices', '_satellite', 'Advertisement', 'Chartbeat', 'Skip to content'];
const SECTIONS = ['Business', 'Markets', 'World', 'Economy', 'Technology', 'Deals', 'Companies', 'Money', 'Finance', 'Politics'];
const HEADLINE_INTROS = ['Related stories', 'More from Business', 'You may also like', 'Most read', 'Trending now', ''];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** mulberry32: a tiny seeded PRNG, good enough for picking boilerplate. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** `Published : 22 Oct 2006 12:14 PM` from the source's `20061022` date and a drawn time. */
function publishedLine(article: SourceArticle, random: () => number): string {
  const [year, month, day] = [article.date.slice(0, 4), Number(article.date.slice(4, 6)), article.date.slice(6, 8)];
  const hour = 1 + Math.floor(random() * 12);
  const minute = String(Math.floor(random() * 60)).padStart(2, '0');
  return `Published : ${day} ${MONTHS[month - 1] ?? 'Jan'} ${year} ${String(hour).padStart(2, '0')}:${minute} ${random() < 0.5 ? 'AM' : 'PM'}`;
}

/** One scraped-style page: chrome, title, byline, date, body, then 3-8 other articles' headlines. */
export function scrapedPage(articles: readonly SourceArticle[], index: number, random: () => number): string {
  const article = articles[index % articles.length]!;
  const lines: string[] = [pick(random, SITES)];
  if (random() < 0.8) lines.push(pick(random, ANALYTICS));
  lines.push(pick(random, SECTIONS), '', article.title, '');
  if (article.author) lines.push(`By ${article.author}`);
  lines.push(publishedLine(article, random), '', article.text.trim(), '');
  const intro = pick(random, HEADLINE_INTROS);
  if (intro) lines.push(intro);
  const headlines = 3 + Math.floor(random() * 6);
  for (let k = 0; k < headlines; k++) {
    const other = articles[Math.floor(random() * articles.length)]!;
    if (other !== article) lines.push(other.title);
  }
  return lines.join('\n') + '\n';
}

export async function readSource(path: string): Promise<SourceArticle[]> {
  const articles: SourceArticle[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as Partial<SourceArticle>;
    articles.push({ title: record.title ?? '', text: record.text ?? '', author: record.author ?? '', published: record.published ?? '', date: record.date ?? '' });
  }
  return articles;
}

/** File of article i: shards of 1,000 files per directory keep directory listings small. */
export const articlePath = (index: number): string => join(String(Math.floor(index / 1000)).padStart(3, '0'), `${String(index).padStart(6, '0')}.txt`);

export async function makeCorpus(options: { count: number; out: string; seed: number; jsonl: boolean; source?: string }): Promise<void> {
  const source = options.source ?? SOURCE;
  if (!existsSync(source)) throw new Error(`${source} is missing: the scale corpus is built from the shared bench data (see ../shared/bench/README.md)`);
  const articles = await readSource(source);
  const random = seededRandom(options.seed);
  if (options.jsonl) {
    await mkdir(dirname(options.out), { recursive: true });
    const out = createWriteStream(options.out);
    for (let i = 0; i < options.count; i++) {
      const line = JSON.stringify({ id: String(i).padStart(6, '0'), text: scrapedPage(articles, i, random) }) + '\n';
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    return;
  }
  await rm(options.out, { recursive: true, force: true });
  for (let i = 0; i < options.count; i++) {
    const path = join(options.out, articlePath(i));
    if (i % 1000 === 0) await mkdir(dirname(path), { recursive: true });
    await writeFile(path, scrapedPage(articles, i, random));
  }
}

/** The scale corpus of `count` articles for `seed` under `dataDir` (scale-COUNT-seedSEED), generated once and reused. */
export async function scaleCorpus(dataDir: string, count: number, seed: number): Promise<string> {
  const dir = join(dataDir, `scale-${count}-seed${seed}`);
  const stamp = join(dir, '.complete');
  if (!existsSync(stamp)) {
    console.log(`Generating ${count} articles into ${dir} ...`);
    await makeCorpus({ count, out: dir, seed, jsonl: false });
    await writeFile(stamp, new Date().toISOString());
  }
  return dir;
}

async function main(): Promise<void> {
  const values = scriptArgs('npm run make-scale-corpus -- --count N --out DIR_OR_FILE.jsonl [options]', 'Writes a scraped-style corpus of N articles made from the Reuters articles in ../shared/bench/scale, deterministic for a seed.', {
    count: { type: 'string', value: 'N', help: 'articles to write (required)' },
    out: { type: 'string', value: 'DIR_OR_FILE.jsonl', help: 'the directory of .txt files, or with --jsonl the .jsonl file, to write (required)' },
    seed: { type: 'string', value: 'S', default: '1', help: 'the seed of the choices' },
    jsonl: { type: 'boolean', default: false, help: 'write one .jsonl file instead of a directory of .txt files' },
  });
  if (!values.count || !values.out) {
    console.error('make-scale-corpus needs --count N and --out DIR_OR_FILE.jsonl (see --help)');
    process.exit(2);
  }
  await makeCorpus({ count: Number(values.count), out: values.out, seed: Number(values.seed), jsonl: values.jsonl });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
