// The dateline that opens wire copy: "WASHINGTON (Reuters) - ", "CALGARY, Alberta (Reuters) - ",
// "PARIS, Jan 8 (AFP) - ", "NEW YORK -- ". It is article text (extraction benchmarks keep it in the
// body), but its place and agency are not what the article is about: counted as terms they made
// the dateline city the first keyphrase of four in ten articles of the 10k bench corpus.

// The place in capitals (up to four words: "NEW YORK", "SHENZHEN/WANZHOU"), an optional qualifier
// after a comma ("Alberta", "Jan 8", "N.C."), an optional agency in brackets or, as PR Newswire
// writes it, between slashes ("PITTSBURGH, March 14, 2024 /PRNewswire/ -- ": a release's dateline
// had given no source, and its city and wire were counted as terms), then a dash.
const PLACE_NAME = "(\\p{Lu}[\\p{Lu}\\p{M}.'’/&-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'’/&-]*){0,3})";
const PLACE = `${PLACE_NAME}(?:, [^()\\n]{1,40}?)?`;
const DATELINE = new RegExp(`^${PLACE} ?(?:\\(([^()\\n]{1,30})\\) ?|/([^/\\s][^/\\n]{0,29})/ ?)?(?:-{1,3}|[–—]) `, 'u');
/** Business Wire's: "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced…". */
const BUSINESS_WIRE_DATELINE = new RegExp(`^${PLACE}--\\(([^()\\n]{1,30})\\)--(?=\\p{L})`, 'u');
/**
 * TASS's and Interfax's: "МОСКВА, 14 марта. /ТАСС/. ": the day and month, a full stop, maybe the
 * agency between slashes. The city had been a page's first keyphrase ("НОВОСИБИРСК").
 */
const DOTTED_DATELINE = new RegExp(`^${PLACE_NAME}, \\d{1,2} \\p{L}+\\. (?:/([^/\\s][^/\\n]{0,29})/\\.? )?`, 'u');
/**
 * Arabic copy's: "القاهرة – ", "بيروت (رويترز) - ". Arabic has no capitals to tell a place by, so
 * one to three words and then the dash, as no sentence opens.
 */
const ARABIC_DATELINE = /^([\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){0,2}) ?(?:\(([^()\n]{1,30})\) ?)?(?:-{1,3}|[–—]) /u;

/**
 * An editor's note set above the story: "Correction: An earlier version of this story misstated…",
 * "Clarification, May 3:", "Editor's note:". It is the article's (the benchmarks' gold keeps such
 * notes), but the wire story, and its dateline, begin in the paragraph after it.
 */
const EDITOR_NOTE = /^(?:Corrections?|Clarifications?|Editor['’]s note|Editors['’] note)\b[^:\n]{0,40}:/iu;

export interface Dateline {
  /** Where the dateline starts: 0, or past the editor's notes that open the text. */
  start: number;
  /** Characters of the text the dateline takes, its dash and the space after it included. */
  length: number;
  /** The agency named in brackets ("Reuters", "AP"), or null. */
  agency: string | null;
}

/**
 * The dateline opening `text` (an article body, paragraphs separated by blank lines), or opening
 * its first paragraph after the editor's notes above the story; null when there is none.
 */
export function datelineAt(text: string): Dateline | null {
  let start = 0;
  while (EDITOR_NOTE.test(text.slice(start, start + 60))) {
    const paragraphEnd = text.indexOf('\n\n', start);
    if (paragraphEnd < 0) return null;
    start = paragraphEnd + 2;
  }
  const story = start ? text.slice(start) : text;
  const match = DATELINE.exec(story) ?? BUSINESS_WIRE_DATELINE.exec(story) ?? DOTTED_DATELINE.exec(story);
  if (match && /\p{Lu}\p{Lu}/u.test(match[1]!)) return { start, length: match[0].length, agency: (match[2] ?? match[3])?.trim() || null };
  const arabic = ARABIC_DATELINE.exec(story);
  return arabic && { start, length: arabic[0].length, agency: arabic[2]?.trim() || null };
}
