// The page as the cleaner reads it: its lines described and scored, what is never article text removed wherever it
// stands and its metadata lifted (steps 1 to 3 of index.ts's header). Every later step reads and writes this Page.
import { languageDateOrder, pageDateOrder } from '../text/dates.js';
import type { DateOrder, RawArticle, RemovedLine, Word } from '../types.js';
import type { Line, LineNumber, PositionInLines, RecordsOf } from './lines.js';
import { removeAnywhere, type Remove } from './line-rules.js';
import { placedWordsOf, scoreLines, type ScoredLines } from './scored-lines.js';
import { beginLift, type LiftedMetadata } from './metadata/lift.js';
import type { LineModel } from './model.js';

/** What cleaning an article needs from the run: its config's patterns and vocabulary, and the line repetition across its articles. */
export interface CleanContext {
  boilerplatePatterns: readonly RegExp[];
  /** How many articles of the run contain this line (by lineKey); 1 when unknown. */
  articlesWithLine: (key: string) => number;
  repeatedLineMinArticles: number;
  stopwords: ReadonlySet<string>;
  stem: (word: string) => string;
  /** The line model; the committed weights when absent (the training script passes its own). */
  model?: LineModel;
  /** How date lines' numeric dates whose day and month could be either are read (config clean.dateOrder); `auto` when absent. */
  dateOrder?: DateOrder;
}

/**
 * What cleanWithWords's steps read and write: the page's lines as scored, the lines removed so far, the metadata lifted.
 * A line is named by its LineNumber (`removed`, `words`), its PositionInLines `i` (`probabilities`, `repeatedIn`) or its
 * PositionInCandidates `k` (Bounds, Opening): `lines[candidates[k]]` (lines.ts).
 */
export interface Page {
  raw: RawArticle;
  context: CleanContext;
  scoredLines: ScoredLines;
  lines: readonly Line[];
  removed: Map<LineNumber, RemovedLine>;
  remove: Remove;
  /** Removes a line removed for one reason that another tells better (a name removed as a section label is the byline). */
  relabel: Remove;
  lifted: LiftedMetadata;
  dateOrder: DateOrder;
  /** What line-rules.ts removeAnywhere found on its way: the lines repeated across articles, the metadata lines, the teasers. */
  anywhere: ReturnType<typeof removeAnywhere>;
  /** The lines removeAnywhere left, where the article is looked for: as positions in `lines`, and as lines. */
  candidates: readonly PositionInLines[];
  candidateLines: readonly Line[];
  /** A line's word records (ScoredLines.words). */
  recordsOf: RecordsOf;
}

/**
 * Steps 1 to 3 of index.ts's header: the page's lines described and scored, the order its numeric dates are read in,
 * and what is never article text removed wherever it stands (line-rules.ts removeAnywhere), its metadata lifted.
 */
export function readPage(raw: RawArticle, context: CleanContext): Page {
  const scoredLines = scoreLines(raw.text, context);
  const { lines, words, cuts } = scoredLines;
  const removed = new Map<LineNumber, RemovedLine>();
  const lifted = beginLift({ ...raw.givenMetadata });
  const remove: Remove = (line, kind, reason) => {
    if (!removed.has(line.number)) removed.set(line.number, { line: line.number, text: line.text, kind, reason });
  };
  const relabel: Remove = (line, kind, reason) => {
    removed.delete(line.number);
    remove(line, kind, reason);
  };
  // Unless the config says, the page's dates with a month name may tell how its numeric ones read,
  // else its language. Every date pageDateOrder reads has ASCII digits: a line without a number (digitShare) is not scanned.
  const pageOrder = context.dateOrder && context.dateOrder !== 'auto' ? context.dateOrder : pageDateOrder(lines.filter((line) => line.digitShare > 0).map((line) => line.text));
  const dateOrder = pageOrder === 'auto' ? languageDateOrder(scoredLines.language) : pageOrder;
  const anywhere = removeAnywhere(scoredLines, context, lifted, dateOrder, remove);
  // A Chinese wire header run into its paragraph, cut off it (page-lines.ts), names the author when no metadata line did.
  lifted.metadata.byline ??= cuts.wireHeaders[0]?.author ?? null;
  // A loop, not flatMap: its array per line costs a tenth of this function (docs/scale-history.md).
  const candidates: PositionInLines[] = [];
  for (let i = 0; i < lines.length; i++) if (!removed.has(lines[i]!.number)) candidates.push(i);
  const candidateLines = candidates.map((i) => lines[i]!);
  const recordsOf = (line: Line): readonly Word[] => placedWordsOf(words, line).words;
  return { raw, context, scoredLines, lines, removed, remove, relabel, lifted, dateOrder, anywhere, candidates, candidateLines, recordsOf };
}
