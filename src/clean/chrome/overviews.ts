// A page's boxes over the text that tell what it holds: a summary box between its labels (summaryBoxLines) and a
// table of contents whose entries the text sets again as headings (tableOfContentsLines). line-rules.ts removes
// their lines wherever they stand.
import type { Line } from '../lines.js';
import { isProse } from '../line-shape.js';

export const SUMMARY_BOX = "page's summary over the article";
/** A summary box's label over it ("सार", "Summary") and the label under it that opens the full text ("विस्तार", "Full story"). */
const SUMMARY_LABEL = /^(?:सार|summary|in short|zusammenfassung|résumé|resumen|resumo|sintesi|samenvatting|streszczenie|кратко|коротко)\s*:?$/iu;
export const isSummaryLabel = (line: Line): boolean => SUMMARY_LABEL.test(line.text);
const FULL_TEXT_LABEL =
  /^(?:विस्तार|विस्तार से पढ़ें|full story|full text|full article|read the full (?:story|article)|in detail|ausführlich|en détail|en detalle|em detalhe|nel dettaglio|подробнее|детальніше)\s*:?$/iu;
/** Lines of prose a summary box holds at most. */
const MAX_SUMMARY_LINES = 3;

/**
 * The line numbers of the page's summary box: its label, its paragraphs of prose and the label
 * that opens the full text under them (Amar Ujala sets "सार", the summary, "विस्तार" between the
 * date line and the text). Prose, the summary had opened the article's block, and "Follow Us" under
 * the labels stayed in the body as its second paragraph. Only framed by both labels: a "Summary"
 * over key points the text goes on from is the text's.
 */
export function summaryBoxLines(lines: readonly Line[]): ReadonlySet<number> {
  for (let i = 0; i < lines.length; i++) {
    if (!isSummaryLabel(lines[i]!)) continue;
    const box = lines.slice(i + 1, i + 2 + MAX_SUMMARY_LINES);
    const end = box.findIndex((line) => FULL_TEXT_LABEL.test(line.text));
    if (end > 0 && box.slice(0, end).every(isProse)) return new Set(lines.slice(i, i + 2 + end).map((line) => line.number));
  }
  return new Set();
}

export const TABLE_OF_CONTENTS = 'table of contents';
/** A table of contents' label: "Table of contents", "In this article", "Jump to", "Sommaire", "目次". */
const CONTENTS_LABEL =
  /^(?:table of contents|contents|in this (?:article|story|guide|explainer)|on this page|jump to(?: a section)?|inhaltsverzeichnis|inhalt|sommaire|índice|indice|spis treści|inhoud|目次|目录|目錄|목차)\s*:?$/iu;
/** Entries a table of contents needs: one line repeating a later heading may be a teaser. */
const MIN_CONTENTS_ENTRIES = 2;
/** An entry's or a heading's number ("2. Who qualifies?"), which one of them may have and the other not. */
const SECTION_NUMBER = /^\d{1,2}[.)]\s+/u;
const sectionName = (line: Line): string => line.text.replace(SECTION_NUMBER, '');

/**
 * The line numbers of the page's table of contents: its label and the entries under it, each of them set again further
 * down as its section's heading. An explainer lists its questions so under the byline; kept, the last of them opened
 * the body, over its first paragraph. The first label the page has with two entries or more.
 */
export function tableOfContentsLines(lines: readonly Line[]): ReadonlySet<number> {
  let lastAt: Map<string, number> | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS_LABEL.test(lines[i]!.text)) continue;
    lastAt ??= new Map(lines.map((line, at) => [sectionName(line), at]));
    let end = i + 1;
    while (end < lines.length && (lastAt.get(sectionName(lines[end]!)) ?? end) > end) end++;
    if (end - i - 1 >= MIN_CONTENTS_ENTRIES) return new Set(lines.slice(i, end).map((line) => line.number));
  }
  return new Set();
}
