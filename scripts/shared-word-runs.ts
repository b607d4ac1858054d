// The matcher of `npm run check:bench-text`: runs of words that a file of the repository shares with a
// line of the bench data. The repository is small (a few MB), the bench large (about 75 MB), so the
// repository's word shingles are indexed and each bench line is streamed past the index once.
// Words are compared lowercased, without punctuation, so a copy with other quotes, dashes or
// line breaks is still found.

/** A word of a text: lowercased, and where it stands in the text. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}`;
const WORD = new RegExp(String.raw`[${UNSPACED}]|[[\p{L}\p{N}\p{M}]--[${UNSPACED}]]+`, 'gv');

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) words.push({ text: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  return words;
}

/**
 * A source file's text with its backslash escapes (`\n`, `\u2019`, `\'`) blanked, same length: a
 * fixture's `line one.\nLine two` holds the words `one` and `line`, not `nline`.
 */
export function blankEscapes(source: string): string {
  return source.replace(/\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (escape) => ' '.repeat(escape.length));
}

/** The most of a bench line a run carries: enough to find it on its page, never the page's text at length. */
export const EXCERPT = 60;

export interface RunThresholds {
  /** Words a run needs, and the shingle size of the index. */
  minWords: number;
  /** Characters a run needs in the bench line, from its first word's start to its last word's end. */
  minChars: number;
}

/** A run of words a repository file shares with a bench line. */
export interface SharedRun {
  path: string;
  /** Offsets of the run in the file's text. */
  start: number;
  end: number;
  words: string[];
  /** Where the bench line comes from (set and id), and at most its first EXCERPT characters from the run's first word. */
  origin: string;
  benchText: string;
}

interface IndexedFile {
  path: string;
  /** Where each of its words starts and ends in its text (typed arrays: a million words as objects took 100 MB). */
  starts: Int32Array;
  ends: Int32Array;
  /** Where the file's first word stands among every file's words. */
  first: number;
}

/** Two 32-bit hashes of a shingle of word ids, as one exact integer (53 bits). */
function shingleKey(ids: Int32Array, at: number, size: number): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = at; i < at + size; i++) {
    a = Math.imul(a ^ ids[i]!, 0x01000193);
    b = Math.imul(b ^ ids[i]!, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

export class RepositoryIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly files: IndexedFile[] = [];
  /** Word ids of every file, one after the other. */
  private readonly ids: Int32Array;
  /** Shingle key → the position of its first word, or −1 − its entry in `repeated` when it is at several. */
  private readonly shingles = new Map<number, number>();
  private readonly repeated: number[][] = [];

  constructor(
    files: Iterable<{ path: string; text: string }>,
    readonly thresholds: RunThresholds,
  ) {
    const ids: number[] = [];
    for (const { path, text } of files) {
      const words = wordsOf(text);
      this.files.push({ path, starts: Int32Array.from(words, (word) => word.start), ends: Int32Array.from(words, (word) => word.end), first: ids.length });
      for (const word of words) ids.push(this.idOf(word.text));
    }
    this.ids = Int32Array.from(ids);
    const size = thresholds.minWords;
    for (const file of this.files) {
      for (let at = file.first; at + size <= file.first + file.starts.length; at++) this.add(shingleKey(this.ids, at, size), at);
    }
  }

  private idOf(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size + 1));
    return id;
  }

  private add(key: number, at: number): void {
    const seen = this.shingles.get(key);
    if (seen === undefined) this.shingles.set(key, at);
    else if (seen >= 0) {
      this.shingles.set(key, -1 - this.repeated.length);
      this.repeated.push([seen, at]);
    } else this.repeated[-1 - seen]!.push(at);
  }

  private positions(key: number): readonly number[] {
    const seen = this.shingles.get(key);
    return seen === undefined ? [] : seen >= 0 ? [seen] : this.repeated[-1 - seen]!;
  }

  /** The file holding the word at `at` (a position among every file's words). */
  private fileAt(at: number): IndexedFile {
    let low = 0;
    let high = this.files.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.files[middle]!.first <= at) low = middle;
      else high = middle - 1;
    }
    return this.files[low]!;
  }

  /** The runs of at least minWords words and minChars characters that the line shares with a file. */
  runsIn(line: string, origin: string): SharedRun[] {
    const size = this.thresholds.minWords;
    const words = wordsOf(line);
    if (words.length < size) return [];
    // A word no file holds (id 0) breaks every shingle over it.
    const ids = Int32Array.from(words, (word) => this.vocabulary.get(word.text) ?? 0);
    // Runs by diagonal (repository position − line position): a shingle continues the run of the one before it.
    const open = new Map<number, { diagonal: number; from: number; to: number }>();
    const runs: Array<{ diagonal: number; from: number; to: number }> = [];
    let unknown = 0;
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === 0) unknown++;
      if (i >= size && ids[i - size] === 0) unknown--;
      const at = i - size + 1;
      if (at < 0 || unknown > 0) continue;
      for (const position of this.positions(shingleKey(ids, at, size))) {
        const diagonal = position - at;
        const run = open.get(diagonal);
        if (run && run.to === at - 1) run.to = at;
        else {
          const started = { diagonal, from: at, to: at };
          open.set(diagonal, started);
          runs.push(started);
        }
      }
    }
    return runs.flatMap(({ diagonal, from, to }) => {
      const first = words[from]!;
      const last = words[to + size - 1]!;
      if (last.end - first.start < this.thresholds.minChars) return [];
      const file = this.fileAt(diagonal + from);
      const fileFrom = diagonal + from - file.first;
      const fileTo = fileFrom + to - from + size - 1;
      return [{ path: file.path, start: file.starts[fileFrom]!, end: file.ends[fileTo]!, words: words.slice(from, to + size).map((word) => word.text), origin, benchText: line.slice(first.start, first.start + EXCERPT) }];
    });
  }
}
