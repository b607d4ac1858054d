// Clean: decide, line by line, what of a scraped page is the article. Every line gets a kind
// (title / metadata / body / boilerplate / headline); only the body is kept, and every other
// non-empty line is recorded with the reason it was removed.
//
// The method is general: site-specific lines come from the config's boilerplatePatterns, and lines
// repeated across many articles of the same run are site chrome (see lineKey / the pipeline's
// line-repetition pass).
import { findIsoDate } from './dates.js';
import { unwrapLines } from './tokenize.js';
import type { ArticleMetadata, CleanArticle, RawArticle, RemovedLine } from './types.js';

export interface CleanContext {
  boilerplatePatterns: readonly RegExp[];
  /** How many articles of the run contain this line (by lineKey); 1 when unknown. */
  articlesWithLine: (key: string) => number;
  repeatedLineMinArticles: number;
  stopwords: ReadonlySet<string>;
  stem: (word: string) => string;
}

/** The identity of a line for cross-article repetition: case, digits and spacing folded. */
export function lineKey(line: string): string {
  return line.trim().toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ');
}

/** The distinct line keys of one raw text (what the repetition pass counts per article). */
export function distinctLineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    const key = lineKey(line);
    if (key && key.length <= 300) keys.add(key);
  }
  return keys;
}

interface LineInfo {
  number: number;
  text: string;
  words: string[];
  endsWithSentencePunctuation: boolean;
  stopwordShare: number;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;

function describe(number: number, text: string, stopwords: ReadonlySet<string>): LineInfo {
  const words = text.match(WORDS) ?? [];
  const stops = words.filter((w) => stopwords.has(w.toLowerCase())).length;
  return {
    number,
    text,
    words,
    endsWithSentencePunctuation: /[.!?…]["'”’)\]]*$/u.test(text) || /[.!?]["'”’]\s*$/u.test(text),
    stopwordShare: words.length ? stops / words.length : 0,
  };
}

/** A line that reads as running prose: long enough, punctuated, with function words. */
function isProse(line: LineInfo): boolean {
  if (line.words.length >= 8 && line.endsWithSentencePunctuation) return true;
  return line.words.length >= 20 && line.stopwordShare >= 0.2;
}

/** A line shaped like a headline: a handful of words, no closing full stop. */
function isHeadlineShaped(line: LineInfo): boolean {
  return line.words.length >= 3 && line.words.length <= 25 && !/[.]$/.test(line.text);
}

const BYLINE = /^(?:by|from|written by|reporting by|story by)\s+\S/i;
const DATE_LINE = /^(?:published|updated|posted|last updated|date|first published|modified)\b\s*:?/i;

function metadataReason(line: LineInfo): { reason: string; field: 'date' | 'byline' } | null {
  if (line.words.length > 14) return null;
  if (DATE_LINE.test(line.text) && findIsoDate(line.text)) return { reason: 'date line', field: 'date' };
  if (BYLINE.test(line.text) && !line.endsWithSentencePunctuation) return { reason: 'byline', field: 'byline' };
  const date = findIsoDate(line.text);
  if (date && line.words.length <= 8) return { reason: 'date line', field: 'date' };
  return null;
}

/** Share of a headline's content-word stems that also occur in the body. */
function overlapWithBody(line: LineInfo, bodyStems: ReadonlySet<string>, context: CleanContext): number {
  const content = line.words.map((w) => w.toLowerCase()).filter((w) => !context.stopwords.has(w));
  if (!content.length) return 0;
  return content.filter((w) => bodyStems.has(context.stem(w))).length / content.length;
}

export function cleanArticle(raw: RawArticle, context: CleanContext): CleanArticle {
  const lines = raw.text.split('\n').map((text, i) => describe(i + 1, text.trim(), context.stopwords));
  const nonEmpty = lines.filter((line) => line.text);
  const removed = new Map<number, RemovedLine>();
  const metadata: ArticleMetadata = { ...raw.givenMetadata };
  const remove = (line: LineInfo, kind: RemovedLine['kind'], reason: string): void => {
    if (!removed.has(line.number)) removed.set(line.number, { line: line.number, text: line.text, kind, reason });
  };

  // 1. Lines that are never article text, wherever they stand.
  for (const line of nonEmpty) {
    if (context.boilerplatePatterns.some((pattern) => pattern.test(line.text))) {
      remove(line, 'boilerplate', 'site boilerplate pattern');
      continue;
    }
    const meta = metadataReason(line);
    if (meta) {
      remove(line, 'metadata', meta.reason);
      if (meta.field === 'date') metadata.date ??= findIsoDate(line.text);
      else metadata.byline ??= line.text.replace(BYLINE, (m) => m.slice(m.search(/\S+$/))).trim();
      continue;
    }
    const seenIn = context.articlesWithLine(lineKey(line.text));
    if (seenIn >= context.repeatedLineMinArticles && !isProse(line)) {
      remove(line, 'boilerplate', `repeated in ${seenIn} articles`);
    }
  }

  // 2. The body block: from the first to the last prose line still kept.
  const candidates = nonEmpty.filter((line) => !removed.has(line.number));
  const proseIndexes = candidates.flatMap((line, i) => (isProse(line) ? [i] : []));
  if (!proseIndexes.length) {
    // No prose at all: keep what is left (it may be a short note or already-clean text).
    return finish(raw, lines, removed, metadata);
  }
  const first = proseIndexes[0]!;
  const last = proseIndexes[proseIndexes.length - 1]!;
  const bodyStems = new Set(
    candidates.slice(first, last + 1).flatMap((line) => line.words.map((w) => context.stem(w.toLowerCase()))),
  );

  // 3. Before the body: the title is the most headline-like line; the rest is chrome.
  const head = candidates.slice(0, first);
  const titleLine = metadata.title ? undefined : [...head].reverse().find((line) => isHeadlineShaped(line) && line.words.length >= 4);
  for (const line of head) {
    if (line === titleLine) {
      remove(line, 'title', 'title');
      metadata.title = line.text;
    } else if (line.words.length <= 3 && !line.endsWithSentencePunctuation) {
      remove(line, 'boilerplate', 'section label or navigation');
    } else if (metadata.title && line.text === metadata.title) {
      remove(line, 'title', 'title');
    } else {
      remove(line, 'boilerplate', 'page text before the article');
    }
  }

  // 4. After the body: headline lists and footer chrome.
  const tail = candidates.slice(last + 1);
  for (const line of tail) {
    if (isHeadlineShaped(line)) {
      const overlap = overlapWithBody(line, bodyStems, context);
      if (!metadata.title && overlap >= 0.5) {
        metadata.title = line.text;
        remove(line, 'title', 'headline of this article, listed after it (used as title)');
      } else {
        remove(line, 'headline', overlap >= 0.5 ? 'related headline after the article' : 'unrelated headline after the article');
      }
    } else {
      remove(line, 'boilerplate', 'page text after the article');
    }
  }
  return finish(raw, lines, removed, metadata);
}

function finish(raw: RawArticle, lines: LineInfo[], removed: Map<number, RemovedLine>, metadata: ArticleMetadata): CleanArticle {
  const body = lines
    .filter((line) => line.text && !removed.has(line.number))
    .map((line) => line.text)
    .join('\n\n');
  const warnings = [...raw.warnings];
  if (!body) warnings.push('nothing left after cleaning');
  return {
    id: raw.id,
    sourceFile: raw.sourceFile,
    encoding: raw.encoding,
    metadata,
    body,
    removedLines: [...removed.values()].sort((a, b) => a.line - b.line),
    warnings,
  };
}

/** For input that is already clean (`--no-clean`): paragraphs as given, metadata from the input. */
export function passThrough(raw: RawArticle): CleanArticle {
  const body = raw.text
    .split(/\n\s*\n/)
    .map(unwrapLines)
    .filter(Boolean)
    .join('\n\n');
  return {
    id: raw.id,
    sourceFile: raw.sourceFile,
    encoding: raw.encoding,
    metadata: { ...raw.givenMetadata },
    body,
    removedLines: [],
    warnings: body ? [...raw.warnings] : [...raw.warnings, 'empty text'],
  };
}
