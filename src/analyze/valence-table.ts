// "word valence" lines (the generated tables data/sentiment-embedded.txt and data/sentiment-context.txt)
// as a read-only map that keeps the text and indexes its words (text-keys.ts): every worker thread
// loads the 76,000 lines at start-up, and a Map of them costs a string and an entry per line,
// while the scorer looks up only the words it meets, once per word form.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InstallationError } from '../installation-error.js';
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

/** The header line that gives a table file's number of words: a file cut short at a line's end still reads. */
const COUNT_LINE = /^# (\d+) words follow\.$/m;
/**
 * A newline not followed by a table file's line: a word (no space, no leading "#") and the number
 * `${valence}` wrote. One search over the text: a test per line from a loop cost 6-12 ms of a thread's start, this 2.5.
 */
const BEFORE_BAD_LINE = /\n(?![^\s#][^ \n]* -?\d+(?:\.\d+)?(?:e[+-]\d+)?\n)/g;

/** A table file as the fit scripts write it and readValenceTable reads it: "# " header lines, then one "word valence" per line. */
export function valenceTableText(header: readonly string[], table: ReadonlyArray<readonly [string, number]>): string {
  return [...header, `${table.length} words follow.`].map((line) => `# ${line}\n`).join('') + table.map(([word, valence]) => `${word} ${valence}\n`).join('');
}

/**
 * A table file of data/ (valenceTableText), checked whole: a missing, cut or garbled file would
 * otherwise score with fewer words or NaN valences and say nothing.
 */
export function readValenceTable(file: URL): ValenceTable {
  const path = fileURLToPath(file);
  const fail = (problem: string) =>
    new InstallationError(`${path}: ${problem}. The sentiment tables ship with the code in data/: restore them from the repository (git checkout -- data/).`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let start = 0;
  while (text.startsWith('#', start) && text.indexOf('\n', start) >= 0) start = text.indexOf('\n', start) + 1;
  const declared = COUNT_LINE.exec(text.slice(0, start))?.[1];
  if (declared === undefined) throw fail('is damaged: its header has no "# N words follow." line');
  // The search starts at the header's last newline; the text's own last newline is followed by nothing.
  BEFORE_BAD_LINE.lastIndex = start - 1;
  const bad = BEFORE_BAD_LINE.exec(text)?.index;
  if (bad !== undefined && bad < text.length - 1) {
    const line = text.slice(0, bad + 1).split('\n').length;
    throw fail(`is damaged: line ${line} is not "word valence": ${JSON.stringify(text.slice(bad + 1, bad + 81).split('\n')[0])}`);
  }
  const table = new ValenceTable(text.slice(start));
  if (table.size !== Number(declared)) throw fail(`is damaged: it has ${table.size} distinct words, its header says ${declared}`);
  return table;
}
