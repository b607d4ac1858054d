// "word valence" lines (the generated tables sentiment-embedded.ts and sentiment-context.ts) as a
// read-only map that keeps the text and indexes its words (text-keys.ts): every worker thread
// loads the 76,000 lines at start-up, and a Map of them cost a string and an entry per line,
// while the scorer looks up only the words it meets, once per word form (docs/scale.md, session 8).
import { TextKeys } from '../text/text-keys.js';
import { MapOnDemand } from './map-on-demand.js';

export class ValenceTable extends MapOnDemand<number> {
  private readonly words: TextKeys;
  /** Per word number, where its valence starts and ends in the text (its last line's, as Map.set would keep). */
  private readonly valueStarts: number[] = [];
  private readonly valueEnds: number[] = [];

  /** The word before a line's first space, the valence up to its next space; other lines are skipped. */
  constructor(text: string) {
    super();
    this.words = new TextKeys(text, text.length >>> 4);
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const lineEnd = newline < 0 ? text.length : newline;
      const space = text.indexOf(' ', start);
      if (space > start && space < lineEnd) {
        const next = text.indexOf(' ', space + 1);
        const word = this.words.add(start, space);
        this.valueStarts[word] = space + 1;
        this.valueEnds[word] = next >= 0 && next < lineEnd ? next : lineEnd;
      }
      start = lineEnd + 1;
    }
  }

  override get size(): number {
    return this.words.size;
  }

  get(word: string): number | undefined {
    const key = this.words.find(word);
    return key < 0 ? undefined : this.valenceAt(key);
  }

  has(word: string): boolean {
    return this.words.find(word) >= 0;
  }

  /** In line order. */
  protected fill(map: Map<string, number>): void {
    for (let key = 0; key < this.words.size; key++) map.set(this.words.key(key), this.valenceAt(key));
  }

  private valenceAt(key: number): number {
    return Number(this.words.text.slice(this.valueStarts[key], this.valueEnds[key]));
  }
}
