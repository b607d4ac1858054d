// Duplicate articles: the same cleaned body under two ids (a syndicated copy, the same page saved
// twice). Each copy is still analysed and reported, but the corpus statistics (document
// frequencies, IDF, corpus_terms) count a body once, or a story carried by ten sites would look ten
// times as common as it is. The main thread meets the articles in input order (pass 2's reduce), so
// the first copy is the earliest in the input whatever the workers' timing; it keeps one short
// hash per distinct body and the first copy's id, never a text (about 200 bytes an article: 100,000
// keys with 20-character ids took 20.7 MB of heap).
import { createHash } from 'node:crypto';

/** A key for the cleaned body (SHA-1, base64); null for an empty body, which no statistic counts. */
export const bodyKey = (body: string): string | null => (body ? createHash('sha1').update(body).digest('base64') : null);

/** The warning each later copy gets (errors.csv, severity warning). */
export const duplicateWarning = (firstId: string): string =>
  `same cleaned body as article "${firstId}" (duplicate_of): reported in full, counted once in document frequencies, IDF and corpus terms`;

/** The first article of each body, in the order articles are offered. */
export class FirstCopies {
  private readonly firstOf = new Map<string, string>();

  /** The id of an earlier article with the same body key, or null (this one is then the first). */
  firstCopy(key: string | null, id: string): string | null {
    if (key === null) return null;
    const first = this.firstOf.get(key);
    if (first !== undefined) return first;
    this.firstOf.set(key, id);
    return null;
  }
}
