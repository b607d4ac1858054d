// The finder of `npm run check:bench-text -- --short`: copies too short for the 7-word runs, of the two kinds a
// fixture takes from a real page. A name: two adjacent capitalised words, each a word the bench mostly writes
// capitalised (so `Jane Ortiz`, not `Council Votes`), both as a pair on a bench page. A short line: a whole bench
// line of 3 to 12 words holding a digit (a date line, a time stamp, a photo credit with its year), held whole
// by a file: a string or a line of its own. Either is listed only when it stands on few bench pages: a pair or
// a line that many pages print (a city, an agency, a footer's year) is common language, not one page's text.
import { blankEscapes, wordsOf } from './shared-word-runs.js';

/** A short copy in a repository file. */
export interface ShortCopy {
  kind: 'name' | 'line';
  path: string;
  /** Offsets of the copy in the file's text. */
  start: number;
  end: number;
  /** The bench pages holding it (set and id), at most `maxPages` + 1 of them. */
  origins: string[];
}

/**
 * A capitalised word: an upper-case letter, then lower-case ones (`McAdam`, `O’Neill` and `Ruiz-Vega` are one word),
 * or upper-case letters only, as wire bylines print names (`By ODILE VARGA`).
 */
const CAPITALISED = /\p{Lu}[\p{Ll}\p{M}]+(?:(?:['’-]\p{Lu}|\p{Lu})[\p{Ll}\p{M}]+)*|\p{Lu}{2,}(?:['’-]\p{Lu}+)*/gu;
/** What stands between the two words of a name: one space (an escape blanked to spaces, `Pro\nDecember`, is two). */
const NAME_GAP = ' ';
/** A word of a name is written capitalised this many times as often as lowercased on the bench (`President` is not). */
const CAPITALISED_RATIO = 4;
/** Letters of a word, for the count of how the bench writes it. */
const LETTERS = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * The adjacent capitalised pairs of a text, both words in capitals or neither (`Mark SEOUL` is a name and a
 * dateline), lowercased (`ODILE VARGA` is `Odile Varga`), with their offsets.
 */
function capitalisedPairs(text: string): Array<{ pair: string; start: number; end: number }> {
  const words = [...text.matchAll(CAPITALISED)].filter(
    (match) => !/[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[match.index + match[0].length] ?? ''),
  );
  return words.slice(1).flatMap((second, i) => {
    const first = words[i]!;
    const end = first.index + first[0].length;
    const capitals = (word: string) => word === word.toUpperCase();
    return text.slice(end, second.index) === NAME_GAP && capitals(first[0]) === capitals(second[0]) ? [{ pair: `${first[0]} ${second[0]}`.toLowerCase(), start: first.index, end: second.index + second[0].length }] : [];
  });
}

/** Lines of this many words are short lines. */
const LINE_WORDS = { min: 3, max: 12 };
/** Words of a date or time stamp beside its numbers and its month and weekday names. */
const CLOCK = /^(?:[ap]m?|m|et|[ecmp][sd]t|gmt|utc|bst|cet|aedt|aest|st|nd|rd|th)$/;
/**
 * A short line is one page's own when it has this many words of letters beside its date: `3 hours ago`, `Page 1 of 2`
 * and `Fri Dec 28, 7:05 AM ET` are any site's.
 */
const OWN_WORDS = 3;
/**
 * Before a short line's first word and after its last, in a file: a quote, a bracket or a line break, written or
 * escaped (spaces and the line's own end punctuation between).
 */
const OPENS = /(?:^|[\n'"`([>|]|\\n)[ \t]*$/;
const CLOSES = /^[.,:;!?…]*[ \t]*(?:$|[\n'"`)\]<|,]|\\n)/;

/** The key of a short line: its words, lowercased, joined by spaces (other quotes, dashes and case are the same line). */
const lineKey = (words: readonly string[]) => words.join(' ');

const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:wednes|satur)day$/;
/**
 * The shape of a short line: its key with every number 0 and every month and weekday a mark. A line whose shape
 * many pages print (`Tuesday, January 15, 2008`, `3 hours ago`, `Image 1 of 9`) is any site's date or counter.
 */
const lineShape = (words: readonly string[]) =>
  words.map((word) => (MONTH.test(word) ? '<month>' : WEEKDAY.test(word) ? '<weekday>' : word.replace(/\d+/g, '0'))).join(' ');

function ownWords(words: readonly string[]): number {
  return words.filter((word) => !/\d/.test(word) && !MONTH.test(word) && !WEEKDAY.test(word) && !CLOCK.test(word)).length;
}

export class ShortCopyFinder {
  /** Candidate names of the repository → the bench pages holding them. */
  private readonly names = new Map<string, Set<string>>();
  /** Lowercased words of the candidate names → how often the bench writes each lowercased and capitalised. */
  private readonly writing = new Map<string, { lower: number; capitalised: number }>();
  /** Short bench lines with a digit → the pages holding them; their shapes → the pages holding one. */
  private readonly lines = new Map<string, Set<string>>();
  private readonly shapes = new Map<string, Set<string>>();

  /** The files as given, and with their escapes blanked (`\n`, `\u2019`): their words are read from those. */
  private readonly files: ReadonlyArray<{ path: string; text: string; blanked: string }>;

  constructor(
    files: ReadonlyArray<{ path: string; text: string }>,
    readonly maxPages: number,
  ) {
    this.files = files.map(({ path, text }) => ({ path, text, blanked: blankEscapes(text) }));
    for (const { blanked } of this.files) {
      for (const { pair } of capitalisedPairs(blanked)) {
        this.names.set(pair, new Set());
        for (const word of pair.split(' ')) this.writing.set(word, { lower: 0, capitalised: 0 });
      }
    }
  }

  /** Reads one bench line, from the page `origin`. */
  see(line: string, origin: string): void {
    for (const [word] of line.matchAll(LETTERS)) {
      const count = this.writing.get(word.toLowerCase());
      if (!count) continue;
      if (word === word.toLowerCase()) count.lower++;
      else count.capitalised++;
    }
    for (const { pair } of capitalisedPairs(line)) {
      const pages = this.names.get(pair);
      if (pages && pages.size <= this.maxPages) pages.add(origin);
    }
    const words = wordsOf(line).map((word) => word.text);
    if (words.length >= LINE_WORDS.min && words.length <= LINE_WORDS.max && words.some((word) => /\d/.test(word)) && ownWords(words) >= OWN_WORDS) {
      this.addPage(this.lines, lineKey(words), origin);
      this.addPage(this.shapes, lineShape(words), origin);
    }
  }

  /** Pages beyond maxPages + 1 change nothing: the copy is common either way. */
  private addPage(pagesOf: Map<string, Set<string>>, key: string, origin: string): void {
    let pages = pagesOf.get(key);
    if (!pages) pagesOf.set(key, (pages = new Set()));
    if (pages.size <= this.maxPages) pages.add(origin);
  }

  private nameLike(word: string): boolean {
    const count = this.writing.get(word)!;
    return count.lower * CAPITALISED_RATIO < count.capitalised;
  }

  /** The short copies the files hold, once every bench line is read: on 1 to maxPages bench pages. */
  copies(): ShortCopy[] {
    const rare = (pages: Set<string> | undefined): pages is Set<string> => pages !== undefined && pages.size > 0 && pages.size <= this.maxPages;
    const found: ShortCopy[] = [];
    for (const { path, text, blanked } of this.files) {
      for (const { pair, start, end } of capitalisedPairs(blanked)) {
        const pages = this.names.get(pair);
        if (rare(pages) && pair.split(' ').every((word) => this.nameLike(word) && !MONTH.test(word) && !WEEKDAY.test(word))) found.push({ kind: 'name', path, start, end, origins: [...pages] });
      }
      const words = wordsOf(blanked);
      for (let first = 0; first < words.length; first++) {
        if (!OPENS.test(text.slice(Math.max(0, words[first]!.start - 20), words[first]!.start))) continue;
        for (let last = first + LINE_WORDS.min - 1; last < Math.min(words.length, first + LINE_WORDS.max); last++) {
          if (!CLOSES.test(text.slice(words[last]!.end, words[last]!.end + 20))) continue;
          const held = words.slice(first, last + 1).map((word) => word.text);
          const pages = this.lines.get(lineKey(held));
          if (rare(pages) && rare(this.shapes.get(lineShape(held)))) found.push({ kind: 'line', path, start: words[first]!.start, end: words[last]!.end, origins: [...pages] });
        }
      }
    }
    return found;
  }
}
