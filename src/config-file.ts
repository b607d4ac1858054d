// Reading a config file, without validating it (config.ts does, with zod). Kept apart so the
// command line can read the file and start the worker threads before it loads the schema
// (importing zod and building the schema takes 140-256 ms).
import { readFileSync } from 'node:fs';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The parsed JSON of a config file, {} when the file is missing and was not asked for. Not validated. */
export function readConfigFile(path: string, required: boolean): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (!required && code === 'ENOENT') return {};
    throw new ConfigError(unreadableConfigMessage(path, error as NodeJS.ErrnoException));
  }
  // JSON text is UTF-8 (RFC 8259). UTF-16 was read as "Unexpected token '�'", which said nothing of why.
  if (bytes.includes(0) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ConfigError(`${path} is not UTF-8 text: it has NUL bytes or a UTF-16 byte-order mark (saved as UTF-16, Notepad's "Unicode"?); save it as UTF-8`);
  }
  // A BOM is dropped, so that positions in JSON.parse's messages are positions in this text.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ConfigError(`${path} is empty: write {} to use every default`);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${describeJsonError(text, error as Error)}`);
  }
  const twice = keysWrittenTwice(text);
  if (twice.length) throw new ConfigError(`${path} is invalid:\n  ${twice.join('\n  ')}`);
  return value;
}

/**
 * A line for each key written more than once in one object of `text`, valid JSON: JSON.parse keeps
 * the last silently, and an analyst who edits the file by hand changes the first and sees no effect.
 * A scan of the text, since the parsed value has lost the copies; strings are read whole, so a key's
 * name in a value or a nested object is no copy, and an escaped name (`"\\u0077orkers"`) is the same key.
 */
function keysWrittenTwice(text: string): string[] {
  // Per open object or array: its path, and for an object the lines its keys are on.
  const open: Array<{ path: string; keyLines: Map<string, number[]> | null }> = [];
  const twice: Array<{ key: string; lines: number[] }> = [];
  let line = 1;
  let expectingKey = false;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    else if (char === '{' || char === '[') {
      const parent = open.at(-1);
      const path = parent?.keyLines ? [parent.path, lastKey].filter(Boolean).join('.') : (parent?.path ?? '');
      open.push({ path, keyLines: char === '{' ? new Map() : null });
      expectingKey = char === '{';
    } else if (char === '}' || char === ']') {
      const { path, keyLines } = open.pop()!;
      for (const [key, lines] of keyLines ?? []) if (lines.length > 1) twice.push({ key: [path, key].filter(Boolean).join('.'), lines });
    } else if (char === ',') expectingKey = open.at(-1)!.keyLines !== null;
    else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectingKey) {
        lastKey = JSON.parse(text.slice(i, end + 1)) as string;
        const keyLines = open.at(-1)!.keyLines!;
        keyLines.set(lastKey, [...(keyLines.get(lastKey) ?? []), line]);
        expectingKey = false;
      }
      i = end;
    }
  }
  return twice.sort((a, b) => a.lines[0]! - b.lines[0]!).map(({ key, lines }) => {
    const times = lines.length === 2 ? 'twice' : `${lines.length} times`;
    const distinct = [...new Set(lines)];
    const where = distinct.length === 1 ? `line ${distinct[0]}` : `lines ${distinct.slice(0, -1).join(', ')} and ${distinct.at(-1)}`;
    return `"${key}": written ${times} (${where}), only the last would count; remove ${lines.length === 2 ? 'one' : 'all but one'}`;
  });
}

/**
 * Why a config file given with --config cannot be read, and what to do. Node's own message
 * ("ENOENT: no such file or directory, open 'nope.json'") said neither where the path was looked
 * for nor that the option can be left out.
 */
function unreadableConfigMessage(path: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') {
    return `config file ${path} does not exist (paths are relative to the current directory, ${process.cwd()}): check the path, or leave out --config to use pipeline.config.json there, or every default without it`;
  }
  if (error.code === 'EISDIR') return `config file ${path} is a directory: give the path of a .json file`;
  return `cannot read config file ${path}: ${error.message}`;
}

/** Line (from 1) and column (from 1) of a position in `text`. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
}

/** Turns V8's "at position N" into a line and column a person can find, with the likely slip when it is one a hand edit makes. */
function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  const token = /^Unexpected token '(.)'/.exec(error.message)?.[1];
  const position = match ? Number(match[1]) : token ? unexpectedTokenAt(text, token) : null;
  if (position === null) return error.message;
  const { line, column } = lineAndColumn(text, position);
  const slip = jsonSlip(text, position);
  // Without V8's "in JSON at position N", or Node 20's quote of the text after the token (`, "{ … }" is not valid JSON`).
  const what = error.message.replace(/ in JSON at position \d+.*$/su, '').replace(/^(Unexpected token '.'), .*$/su, '$1');
  return `${what} at line ${line}, column ${column}${slip ? ` (${slip})` : ''}`;
}

/**
 * Where JSON.parse met `token` when its message names the token but not where (Node 20's V8:
 * "Unexpected token ']', "…" is not valid JSON" for a comma after an array's last entry, which gave no
 * line or column): a closing bracket right after a comma, or a single quote, the first outside the
 * text's strings; null for other tokens, which could stand anywhere.
 */
function unexpectedTokenAt(text: string, token: string): number | null {
  let afterComma = false;
  for (const i of outsideStrings(text)) {
    const char = text[i]!;
    if (char === token && (token === "'" || (afterComma && (token === ']' || token === '}')))) return i;
    if (!/\s/u.test(char)) afterComma = char === ',';
  }
  return null;
}

/** The positions of the characters of `text` outside its JSON strings, in order. */
function* outsideStrings(text: string): Generator<number> {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') yield i;
    else for (i++; i < text.length && text[i] !== '"'; ) i += text[i] === '\\' ? 2 : 1;
  }
}

/**
 * The slip of a hand-edited JSON file at the position JSON.parse stopped at, when it is a common
 * one: V8 says only what it expected there ("Expected double-quoted property name" for a comma
 * after the last entry), which did not say what to change.
 */
function jsonSlip(text: string, position: number): string | null {
  const rest = text.slice(position);
  const before = text.slice(0, position).trimEnd();
  // Editors' own settings files allow comments and a comma after the last entry, JSON does not.
  if (/^\/[/*]/.test(rest)) return 'a comment: JSON has none, remove it';
  if (/^[}\]]/.test(rest) && before.endsWith(',')) return `a comma after the last entry, at line ${lineAndColumn(text, before.length - 1).line}: JSON allows none, remove it`;
  if (rest.startsWith("'")) return 'JSON writes names and texts in double quotes, "like this"';
  // A new entry where a comma or the end was expected: the line before it ends without its comma.
  const previousLine = lineAndColumn(text, before.length).line;
  if (/^["{[\w-]/.test(rest) && /[\w"}\]]$/.test(before) && previousLine < lineAndColumn(text, position).line) {
    return `a comma missing at the end of line ${previousLine}?`;
  }
  return null;
}

/**
 * The name of `known` within two edits of `name` (case aside), if any: a misspelt config key
 * (`"lanugage"`) or command-line option (`--inptu`) is answered with the one meant.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  return known.find((candidate) => editDistance(candidate.toLowerCase(), name.toLowerCase()) <= 2);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
