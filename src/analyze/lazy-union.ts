// A read-only map over the union of other maps' keys whose values are made on first read: the
// sentiment scorer's merged word map (SentimentLexicon.words) has an entry for each of 76,000 words,
// and building them all costs every worker thread about 0.2 s of CPU at start-up, while a run meets
// a fraction of them, each looked up once per word form. The sources
// must not change afterwards (no lexicon's do): an entry is made from them when first read.
import { MapOnDemand } from './map-on-demand.js';

export class LazyUnion<V> extends MapOnDemand<V> {
  private readonly made = new Map<string, V>();

  constructor(
    private readonly sources: ReadonlyArray<ReadonlyMap<string, unknown>>,
    private readonly make: (key: string) => V,
  ) {
    super();
  }

  get(key: string): V | undefined {
    let value = this.made.get(key);
    if (value === undefined && this.has(key)) this.made.set(key, (value = this.make(key)));
    return value;
  }

  has(key: string): boolean {
    for (const source of this.sources) if (source.has(key)) return true;
    return false;
  }

  /** In the order of a Map filled from the sources in turn. */
  protected fill(map: Map<string, V>): void {
    for (const source of this.sources) for (const key of source.keys()) if (!map.has(key)) map.set(key, this.get(key)!);
  }
}
