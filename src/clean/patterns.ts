// The config's boilerplatePatterns are the user's regular expressions, run on every line of every
// article by V8's backtracking engine. A part that may match the same text in several ways,
// repeated without bound, makes a failing match try every way: "(a+)+$" took 0.65 s on a line of
// 26 characters and doubles with each one more. Such patterns are refused when the config is
// validated, by the classic test (star height above one), with alternation counted as a way to
// match in several ways too ("(a|a)*" is as slow), unless its alternatives are plain texts none of
// which begins another: such a list ("(Share|Tweet|Email)+") splits a line one way only. V8's
// linear-time engine, which Node 20 can fall back to on excessive backtracking, does not take the
// `u` flag the patterns are compiled with. Patterns with one level of repetition can still be
// polynomial ("\s+$" is quadratic): the cleaner bounds the length of the lines it tries them on
// (MAX_KEYED_LINE_CHARS in page-keys.ts).

/** A line of article text no boilerplate pattern should match. */
const PROSE_LINE = 'The council approved the budget on Tuesday after a long debate.';
const EVERY_LINE =
  'matches every line (it matches an empty text, as "", ".*" or "Share|" with its empty alternative do), so every article would be left empty; write what the line holds, such as "^Share$"';

/** Why a pattern cannot be used, naming the part at fault; null for a usable one. */
export function patternProblem(source: string): string | null {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, 'u');
  } catch (error) {
    // V8 says "Invalid regular expression: /(/u: Unterminated group": the pattern is named already.
    const inlineFlags = /^\(\?[a-z]+\)/.test(source) ? ' (inline flags such as "(?i)" are not JavaScript: patterns are case-sensitive, so write "[Ss]hare" or "(Share|SHARE)")' : '';
    return `is not a valid regular expression: ${(error as Error).message.replace(/^.*: /s, '')}${inlineFlags}`;
  }
  const risk = nestedRepetition(source);
  // A pattern that matches the empty text and a line of prose matches (part of) every line: it
  // emptied every article of the run without a word ("", "Share|" with an empty alternative, ".*").
  // Tried only once the pattern is known not to backtrack exponentially on the prose.
  if (!risk) return pattern.test('') && pattern.test(PROSE_LINE) ? EVERY_LINE : null;
  return (
    `may take exponential time (catastrophic backtracking): "${risk.repeated}" repeats without bound "${risk.inner}", ` +
    'which can match the same text in several ways, so a line of a few dozen characters can take hours; ' +
    'repeat only parts of fixed length, character classes or lists of plain words none of which begins another ("a+" for "(a+)+", "(Share|Tweet)+" but not "(Tweet|Tweets)+")'
  );
}

interface Group {
  start: number;
  /** Where the group's alternatives begin, after `(` and any `?:`-style prefix. */
  body: number;
  alternation: boolean;
  /** The first part inside that may match in several ways: a quantifier of variable count, or a group holding one. */
  inner: string | null;
}

/**
 * The first part repeated without bound (`*`, `+`, `{n,}`) that holds a quantifier of variable count
 * or an alternation, with that inner part. Reads a pattern that compiles with the `u` flag, where a
 * `{` outside a class is always a quantifier and `\p{...}` is one atom.
 */
function nestedRepetition(source: string): { repeated: string; inner: string } | null {
  const groups: Group[] = [{ start: 0, body: 0, alternation: false, inner: null }];
  let at = 0;
  while (at < source.length) {
    const char = source[at]!;
    if (char === '(') {
      const body = at + groupPrefix(source, at + 1) + 1;
      groups.push({ start: at, body, alternation: false, inner: null });
      at = body;
      continue;
    }
    if (char === '|') {
      groups.at(-1)!.alternation = true;
      at++;
      continue;
    }
    let start = at;
    let inner: string | null = null;
    if (char === ')') {
      const group = groups.pop()!;
      start = group.start;
      at++;
      inner = group.inner ?? (group.alternation && !isPrefixFree(literalAlternatives(source.slice(group.body, at - 1))) ? source.slice(start, at) : null);
    } else {
      at = char === '\\' ? escapeEnd(source, at) : char === '[' ? classEnd(source, at) : at + 1;
    }
    const quantifier = quantifierAt(source, at);
    if (quantifier) {
      at = quantifier.end;
      if (quantifier.max === Infinity && inner) return { repeated: source.slice(start, at), inner };
      if (quantifier.min !== quantifier.max) inner ??= source.slice(start, at);
    }
    const enclosing = groups.at(-1)!;
    enclosing.inner ??= inner;
  }
  return null;
}

/** The alternatives of a group body as the texts they match, when each is plain text; null otherwise. */
function literalAlternatives(body: string): string[] | null {
  const alternatives = [''];
  for (let at = 0; at < body.length; at++) {
    const char = body[at]!;
    if (char === '|') alternatives.push('');
    else if (char === '\\' && /[^\p{L}\p{N}]/u.test(body[at + 1] ?? 'a')) alternatives[alternatives.length - 1] += body[++at];
    else if ('\\()[]{}.*+?^$'.includes(char)) return null;
    else alternatives[alternatives.length - 1] += char;
  }
  return alternatives;
}

/** No text begins another (nor equals it): a sequence of them splits one way only. */
const isPrefixFree = (texts: string[] | null): boolean =>
  texts !== null && texts.every((text, i) => text !== '' && texts.every((other, j) => i === j || !other.startsWith(text)));

/** The length of `?:`, `?=`, `?!`, `?<=`, `?<!` or `?<name>` opening a group. */
function groupPrefix(source: string, at: number): number {
  if (source[at] !== '?') return 0;
  if (source[at + 1] !== '<' || source[at + 2] === '=' || source[at + 2] === '!') return source[at + 1] === '<' ? 3 : 2;
  return source.indexOf('>', at) + 1 - at;
}

function quantifierAt(source: string, at: number): { min: number; max: number; end: number } | null {
  const char = source[at];
  let quantifier: { min: number; max: number; end: number } | null = null;
  if (char === '*') quantifier = { min: 0, max: Infinity, end: at + 1 };
  else if (char === '+') quantifier = { min: 1, max: Infinity, end: at + 1 };
  else if (char === '?') quantifier = { min: 0, max: 1, end: at + 1 };
  else if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 40));
    if (match) {
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
      quantifier = { min, max, end: at + match[0].length };
    }
  }
  if (quantifier && source[quantifier.end] === '?') quantifier.end++; // lazy: the same backtracking
  return quantifier;
}

/** The end of an escape: `\p{...}`, `\u{...}` and `\k<...>` are one atom. */
function escapeEnd(source: string, at: number): number {
  const letter = source[at + 1];
  const close = (letter === 'p' || letter === 'P' || letter === 'u') && source[at + 2] === '{' ? '}' : letter === 'k' && source[at + 2] === '<' ? '>' : null;
  return close ? source.indexOf(close, at + 3) + 1 : at + 2;
}

/** The end of a character class (in `u` mode a `[` inside one is a plain character). */
function classEnd(source: string, at: number): number {
  let end = at + 1;
  while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
  return end + 1;
}
