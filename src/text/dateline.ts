// The dateline that opens wire copy: "WASHINGTON (Reuters) - ", "CALGARY, Alberta (Reuters) - ",
// "PARIS, Jan 8 (AFP) - ", "NEW YORK -- ". It is article text (extraction benchmarks keep it in the
// body), but its place and agency are not what the article is about: counted as terms they made
// the dateline city the first keyphrase of four in ten articles of the 10k bench corpus.

// The place in capitals (up to four words: "NEW YORK", "SHENZHEN/WANZHOU"), an optional qualifier
// after a comma ("Alberta", "Jan 8", "N.C."), an optional agency in brackets, then a dash.
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.'’/&-]*(?: \p{Lu}[\p{Lu}\p{M}.'’/&-]*){0,3})(?:, [^()\n]{1,40}?)? ?(?:\(([^()\n]{1,30})\) ?)?(?:-{1,3}|[–—]) /u;

export interface Dateline {
  /** Characters of the text the dateline takes, its dash and the space after it included. */
  length: number;
  /** The agency named in brackets ("Reuters", "AP"), or null. */
  agency: string | null;
}

/** The dateline at the start of `text` (an article body), or null. */
export function datelineAt(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match || !/\p{Lu}\p{Lu}/u.test(match[1]!)) return null;
  return { length: match[0].length, agency: match[2]?.trim() || null };
}
