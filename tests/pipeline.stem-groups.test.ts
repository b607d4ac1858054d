// Stem groups end to end (built CLI): a Porter stem shared by a name and a common word ("House",
// "housing") is two terms, decided once for the corpus, the same in every article and whatever the
// number of workers; a stem whose capitalised and lowercase forms are one word stays one term.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './helpers.js';

const root = join(import.meta.dirname, '..');
const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

// Four kinds of article, 60 of them (two batches and more): the name inside sentences and the common
// word; the name only where it opens a sentence; the common word's own lowercase form "house"; a
// title capitalised before a name beside the same word in lowercase and its plural (one word).
const KINDS = [
  (i: number) => `The vote in the House was close on day ${i}. Lawmakers in the House debated the bill. New housing starts fell as housing costs rose.`,
  (i: number) => `House leaders met on day ${i}. Markets cooled.`,
  (i: number) => `He sold his house on day ${i}. Buyers waited.`,
  (i: number) => `Officials said President Smith spoke on day ${i}. The president said presidents rarely resign.`,
];
const COUNT = 60;
const ofKind = (kind: number) => Array.from({ length: COUNT }, (_, i) => i).filter((i) => i % KINDS.length === kind).length;

function run(workers: number): string {
  const input = join(tempDir('stem-groups-in-'), 'articles.jsonl');
  writeFileSync(input, Array.from({ length: COUNT }, (_, i) => JSON.stringify({ id: `a${String(i).padStart(2, '0')}`, text: KINDS[i % KINDS.length]!(i) })).join('\n'));
  const config = join(tempDir('stem-groups-config-'), 'config.json');
  writeFileSync(config, JSON.stringify({ workers }));
  const output = join(tempDir('stem-groups-out-'), 'out');
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--config', config, '--input', input, '--output', output, '--no-clean', '--quiet'], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return output;
}

describe('stem groups', () => {
  const [one, two] = [run(1), run(2)];

  it('counts a name and a common word of one stem as two terms, with their own document frequencies', () => {
    const corpus = readCsvRecords(join(two, 'corpus_terms.csv')).filter((t) => t.n === '1');
    const row = (term: string) => corpus.find((t) => t.term === term);
    // "House" inside sentences (kind 0) or opening one (kind 1); the rest: "housing" (kind 0) and "house" (kind 2).
    expect(row('House')).toMatchObject({ count: String(2 * ofKind(0) + ofKind(1)), documents: String(ofKind(0) + ofKind(1)) });
    expect(row('housing')).toMatchObject({ count: String(2 * ofKind(0) + ofKind(2)), documents: String(ofKind(0) + ofKind(2)) });
    expect(corpus.filter((t) => t.term.toLowerCase().startsWith('hous'))).toHaveLength(2);
    // "President" and "presidents" are one word: one term.
    expect(corpus.filter((t) => t.term.toLowerCase().startsWith('president'))).toEqual([expect.objectContaining({ count: String(3 * ofKind(3)), documents: String(ofKind(3)) })]);
    expect(JSON.parse(readFileSync(join(two, 'manifest.json'), 'utf8')).counts.stemGroupsSplit).toBe(1);

    const terms = readCsvRecords(join(two, 'terms.csv')).filter((t) => t.n === '1');
    const of = (id: string) => terms.filter((t) => t.article_id === id && t.term.toLowerCase().startsWith('hous')).map((t) => [t.term, t.count]);
    expect(of('a00')).toEqual(expect.arrayContaining([['House', '2'], ['housing', '2']]));
    expect(of('a00')).toHaveLength(2);
    expect(of('a01')).toEqual([['House', '1']]);
    expect(of('a02')).toEqual([['house', '1']]);
  });

  it('writes the same reports with one worker and with two', () => {
    for (const file of ['terms.csv', 'corpus_terms.csv', 'keyphrases.csv', 'articles.csv']) {
      expect(readFileSync(join(one, file)).equals(readFileSync(join(two, file))), file).toBe(true);
    }
  });
});
