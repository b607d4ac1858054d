// natural's English part-of-speech lexicon (92,000 word forms, each with its tags, most frequent
// first), read from the package's JSON file at run time (MIT; no copy in this repository) and kept
// as the file's text with an index of its words (text-keys.ts). `require` of the 4 MB JSON and a
// Map of the words cost every worker thread about 0.3 s of CPU and 92,000 arrays of garbage;
// scanning the text for each word and its first tag takes a fraction.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InstallationError } from '../installation-error.js';
import { TextKeys } from './text-keys.js';

const require = createRequire(import.meta.url);

export const POS_LEXICON_FILE = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';

/** Word -> its most frequent Penn Treebank tag, and all its tags. */
interface PosLexicon {
  get(word: string): string | undefined;
  /** Every tag of the word, most frequent first ([] for an unlisted word): read from the text on each call, for the rare rules that weigh a second reading. */
  tags(word: string): string[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const CLOSE_BRACKET = 93;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Reads a JSON object whose values are arrays of strings (`{"word": ["NN", "VB"], ...}`), keeping
 * the first string of each array, as JSON.parse would give it: a repeated word takes its last
 * entry, an empty array no tag. The scan goes from string to string with indexOf (a string
 * followed by a colon is a word, the first one after it its tag), so it never walks the file's
 * 3 MB of indentation character by character. Words written with escapes (`Hawaiian\/Japanese`,
 * a few hundred) are decoded into a small map beside the index.
 */
export function parsePosLexicon(text: string): PosLexicon {
  const words = new TextKeys(text, text.length >>> 5);
  /** Per word number, the number of its tag (-1: none). */
  const wordTags: number[] = [];
  /** Offset of each indexed word's last entry. */
  const lastAt: number[] = [];
  // Tags are a few dozen distinct strings: numbered as text ranges too, decoded once each.
  const tagKeys = new TextKeys(text, 256);
  const tags: string[] = [];
  const tagOfKey: number[] = [];
  const internTag = (tag: string): number => {
    const known = tags.indexOf(tag);
    return known >= 0 ? known : tags.push(tag) - 1;
  };
  const tagNumber = (start: number, end: number, escapes: boolean): number => {
    if (escapes) return internTag(JSON.parse(text.slice(start - 1, end + 1)) as string);
    const key = tagKeys.add(start, end);
    return (tagOfKey[key] ??= internTag(tagKeys.key(key)));
  };
  // Words with escapes, in file order, applied after the scan: the last entry of a word wins.
  const escapedEntries: Array<{ word: string; tag: number; at: number }> = [];
  let nextBackslash = text.indexOf('\\');
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`part-of-speech lexicon: expected ${what} at offset ${at}`);
  };

  // The word whose tag is still to come (-1: none), where its string starts and ends, and its
  // decoded form if it has escapes.
  let wordStart = -1;
  let wordEnd = 0;
  let escapedWord: string | null = null;
  const setTag = (tag: number): void => {
    if (escapedWord !== null) escapedEntries.push({ word: escapedWord, tag, at: wordStart });
    else {
      const key = words.add(wordStart, wordEnd);
      wordTags[key] = tag;
      lastAt[key] = wordStart;
    }
    wordStart = -1;
  };

  while (isSpace(text.charCodeAt(at))) at++;
  if (text[at] !== '{' || !text.trimEnd().endsWith('}')) fail('one object');
  for (let open = text.indexOf('"', at); open >= 0; open = text.indexOf('"', at)) {
    const start = open + 1;
    if (nextBackslash >= 0 && nextBackslash < start) nextBackslash = text.indexOf('\\', start);
    let end = text.indexOf('"', start);
    if (end < 0) fail('the end of a string');
    const escapes = nextBackslash >= 0 && nextBackslash < end;
    if (escapes) {
      for (end = start; text.charCodeAt(end) !== QUOTE; end += text.charCodeAt(end) === BACKSLASH ? 2 : 1) {
        if (end >= text.length) fail('the end of a string');
      }
    }
    at = end + 1;
    while (isSpace(text.charCodeAt(at))) at++;
    const next = text.charCodeAt(at);
    if (next === COLON) {
      if (wordStart >= 0) setTag(-1); // the previous word's array was empty
      wordStart = start;
      wordEnd = end;
      escapedWord = escapes ? (JSON.parse(text.slice(open, end + 1)) as string) : null;
    } else if (next !== COMMA && next !== CLOSE_BRACKET) fail('":", "," or "]" after a string');
    else if (wordStart >= 0) setTag(tagNumber(start, end, escapes));
  }
  if (wordStart >= 0) setTag(-1);
  const escaped = new Map<string, { tag: number; at: number }>();
  for (const entry of escapedEntries) {
    const key = words.find(entry.word);
    if (key < 0) escaped.set(entry.word, entry);
    else if (lastAt[key]! < entry.at) {
      wordTags[key] = entry.tag;
      lastAt[key] = entry.at;
    }
  }
  return {
    get(word) {
      const key = words.find(word);
      const tag = key >= 0 ? wordTags[key]! : (escaped.get(word)?.tag ?? -1);
      return tag < 0 ? undefined : tags[tag];
    },
    tags(word) {
      const key = words.find(word);
      const at = key >= 0 ? lastAt[key]! : escaped.get(word)?.at;
      return at === undefined ? [] : tagsOfEntry(text, at);
    },
  };
}

/** The end of the JSON string whose text starts at `start` (its closing quote's offset). */
function stringEnd(text: string, start: number): number {
  let end = start;
  while (text.charCodeAt(end) !== QUOTE) end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
  return end;
}

/** The tag array of the entry whose word's text starts at `wordStart` (the file was checked when it was indexed). */
function tagsOfEntry(text: string, wordStart: number): string[] {
  const found: string[] = [];
  let at = text.indexOf('[', stringEnd(text, wordStart) + 1) + 1;
  for (let open = text.indexOf('"', at), close = text.indexOf(']', at); open >= 0 && open < close; ) {
    const end = stringEnd(text, open + 1);
    found.push(JSON.parse(text.slice(open, end + 1)) as string);
    at = end + 1;
    open = text.indexOf('"', at);
    close = text.indexOf(']', at);
  }
  return found;
}

let lexicon: PosLexicon | null = null;

/** A file's text; ASCII (natural's lexicon is) is read as Latin-1, a plain copy, where V8's UTF-8 decoding of the 4 MB took about 50 ms. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * The lexicon file at `file` (a module path, resolved from here), read and indexed. Missing,
 * unreadable or damaged, it is an InstallationError naming it: natural's lexicon comes with the
 * package, so the user's fix is a reinstall, not a look at the input (cli.ts exits 2).
 */
export function readPosLexicon(file: string): PosLexicon {
  let path = file;
  const fail = (problem: string) => new InstallationError(`${path}: ${problem}. The part-of-speech lexicon comes with the natural package: reinstall the dependencies (npm ci).`);
  let text: string;
  try {
    path = require.resolve(file);
    text = readText(path);
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return parsePosLexicon(text);
  } catch (error) {
    throw fail(`is damaged: ${(error as Error).message}`);
  }
}

/** natural's lexicon, read on first use (once per thread). */
export function englishLexicon(): PosLexicon {
  return (lexicon ??= readPosLexicon(POS_LEXICON_FILE));
}
