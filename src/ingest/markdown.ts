// What text exported from a CMS or a notes app keeps of its Markdown: headings' "#", quotes' ">",
// "**bold**" and "[link text](https://…)". Left as they were, the title read "# Council approves
// new park", a quoted paragraph opening with "> " was dropped as page text, a byline in bold was no
// byline, and a link's text and address stood in the sentences. Images ("![alt](…)") stay: never
// prose, the cleaner removes their line and lists it. Only the markup goes; the text and its line
// breaks stay where they were, so removed_lines.csv's line numbers hold.

/**
 * What opens a line: quote markers ("> quoted", "> > nested") and heading markers ("# Heading" to
 * "###### Heading", also quoted: "> ## Heading"), at most three spaces before, as CommonMark allows.
 * "#hashtag" and "#1" are text. All in one match, so that what is left opens with neither.
 */
const LINE_MARKERS = /^ {0,3}(?:>[ \t]?|#{1,6}[ \t]+(?=\S))+/gmu;
/**
 * "[text](https://…)", "[text](/path)", "[text](mailto:…)", with an optional "title": the text. Only
 * with a target that is an address: "[sic](1998)" is a quotation's note.
 */
const LINK = /(?<!!)\[([^[\]\n]{1,300})\]\((?:[a-z][a-z0-9+.-]{1,9}:|\/|www\.|#)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*(?:[ \t]+"[^"\n]*")?\)/giu;
/** "**strong**", "__strong__": the text; a lone "**" or "__" stays. */
const STRONG = /\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|(?<![\p{L}\p{N}_])__(?=\S)([^_\n]+?)(?<=\S)__(?![\p{L}\p{N}_])/gu;
/**
 * "*emphasis*", "_emphasis_" between non-spaces, not inside a word ("5*3*2", "* item", "M*A*S*H"
 * and "snake_case_name" stay). Underscores too: a byline and date set in italics ("_By Jane Doe_")
 * were no byline and no date.
 */
const EMPHASIS =
  /(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;

/** Characters every rule needs one of: most texts have none and are returned as they are. */
const MARKUP = /[#>*_[]/u;

/** The text with Markdown's heading and quote markers, strong and emphasis markers and link targets removed. */
export function stripMarkdown(text: string): string {
  if (!MARKUP.test(text)) return text;
  return text
    .replace(LINE_MARKERS, '')
    .replace(LINK, '$1')
    .replace(STRONG, (_, star: string | undefined, underscore: string | undefined) => star ?? underscore ?? '')
    .replace(EMPHASIS, (_, star: string | undefined, underscore: string | undefined) => star ?? underscore ?? '');
}
