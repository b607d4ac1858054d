// Duplicate articles: the same cleaned body under two ids (a syndicated copy, the same page saved
// twice). Each copy is still analysed and reported, but the corpus statistics (document
// frequencies, IDF, corpus_terms) count a body once, or a story carried by ten sites would look ten
// times as common as it is. The main thread meets the articles in input order (pass 2's reduce), so
// the first copy is the earliest in the input whatever the workers' timing; it keeps one short
// hash per distinct body and the first copy's id, never a text (about 200 bytes an article: 100,000
// keys with 20-character ids took 20.7 MB of heap).
import { hash } from 'node:crypto';
import type { Problem } from '../types.js';

/** A key for the cleaned body (SHA-1, base64; one-shot, without a Hash object); null for an empty body, which no statistic counts. */
export const bodyKey = (body: string): string | null => (body ? hash('sha1', body, 'base64') : null);

/** Later copies a body's row in errors.csv names; the rest it counts (articles.csv duplicate_of names them all). */
const COPIES_LISTED = 10;

/** The warning on a body's first article, for its `copies` later copies (`listed`: the first COPIES_LISTED ids). */
export const duplicateWarning = (copies: number, listed: readonly string[]): string =>
  `${copies === 1 ? 'a later article has' : `${copies} later articles have`} the same cleaned body (duplicate_of): ${listed.join(', ')}` +
  `${copies > listed.length ? ` and ${copies - listed.length} more` : ''}; reported in full, counted once in document frequencies, IDF and corpus terms`;

/** A body's first article and its later copies so far, with the one errors.csv row that says so. */
interface CopyGroup {
  readonly firstId: string;
  copies: number;
  readonly listed: string[];
  readonly row: Problem;
}

/**
 * The first article of each body, in the order articles are offered, and each body's copies: one
 * errors.csv row a body (on its first article, kept up to date as copies come), not one a copy,
 * where a folder of 50 copies of one story had 49 rows of the same warning. The first article's
 * file is kept only when it is not its id's `.txt` (a JSON Lines input), as its row needs it.
 */
export class FirstCopies {
  private readonly firstOf = new Map<string, string | { id: string; sourceFile: string }>();
  private readonly groups = new Map<string, CopyGroup>();

  /** The group of an earlier article with the same body key, this one added to it; null when this one is the first (or the body is empty). */
  firstCopy(key: string | null, id: string, sourceFile: string): CopyGroup | null {
    if (key === null) return null;
    const first = this.firstOf.get(key);
    if (first === undefined) {
      this.firstOf.set(key, sourceFile === `${id}.txt` ? id : { id, sourceFile });
      return null;
    }
    let group = this.groups.get(key);
    if (!group) {
      const [firstId, firstFile] = typeof first === 'string' ? [first, `${first}.txt`] : [first.id, first.sourceFile];
      group = { firstId, copies: 0, listed: [], row: { sourceFile: firstFile, articleId: firstId, stage: 'analyze', severity: 'warning', problem: '' } };
      this.groups.set(key, group);
    }
    group.copies++;
    if (group.listed.length < COPIES_LISTED) group.listed.push(id);
    group.row.problem = duplicateWarning(group.copies, group.listed);
    return group;
  }
}

/** Share of the long paragraphs (of the page that has more) two pages must share to be copies of one story. */
const COPY_SHARE = 0.8;

/**
 * Copies of one story among the pages of the repetition pass (clean/page-keys.ts pageKeys), met in input
 * order: a page is a copy when an earlier page has its story key (the same longest paragraphs) and
 * the two share COPY_SHARE of their long paragraphs, or when an earlier page has its prose (the same
 * long paragraphs that end a sentence): a copy whose layout adds long lines that end none (script
 * code, a list of the site's sections, a notice ending in a colon) has another story key, and shares
 * fewer of its long lines. The share test keeps a site's pages apart when its long disclaimers are
 * longer than a brief's paragraphs. One sorted array of paragraph hashes is kept per story key (8
 * bytes a paragraph), and the hash of each page's prose, never a text.
 */
export class StoryCopies {
  private readonly firstOf = new Map<string, Float64Array>();
  private readonly proseSeen = new Set<number>();

  /** `story`: hashKeys() of the page's story key and of its prose, if it has; `paragraphs`: of its paragraphs. */
  isCopy(story: Uint32Array | null, paragraphs: Uint32Array): boolean {
    if (story === null) return false;
    if (story.length > 2) {
      const prose = story[2]! * 4294967296 + story[3]!;
      if (this.proseSeen.has(prose)) return true;
      this.proseSeen.add(prose);
    }
    const key = `${story[0]}:${story[1]}`;
    const mine = sortedHashes(paragraphs);
    const earlier = this.firstOf.get(key);
    if (earlier === undefined) {
      this.firstOf.set(key, mine);
      return false;
    }
    return sharedCount(mine, earlier) >= COPY_SHARE * Math.max(mine.length, earlier.length);
  }
}

/** hashKeys() pairs as numbers (high * 2^32 + low), sorted. */
function sortedHashes(pairs: Uint32Array): Float64Array {
  const hashes = new Float64Array(pairs.length / 2);
  for (let i = 0; i < hashes.length; i++) hashes[i] = pairs[2 * i]! * 4294967296 + pairs[2 * i + 1]!;
  return hashes.sort();
}

/** Values two sorted arrays of distinct values share. */
function sharedCount(a: Float64Array, b: Float64Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
