// Edges: lists that are the article's own, in its block or right after it, kept as a whole however
// weak their items are: a summary box's points over the text, a what's-on article's listings,
// bulleted lists, a recipe's ingredients, lists the text introduces ("You will need:"), a match
// report's team sheet, a facts box under its heading, a tour's dates, a log's date headings. Short and without a sentence, their items score under the line model's
// threshold, or read as headlines after the article. Apart because each is told by its items' shape
// (bullets, numbers, quantities, fields, names parted by semicolons), not by links or the page's notes.
import { hasSeparators, isBulletedItem, isProse, isShortSentence } from '../line-shape.js';
import { isSummaryLabel } from '../chrome/overviews.js';
import { isHeadlineShaped, isQuantityLed } from '../title/headlines.js';
import { rightUnder, type Line, type RecordsOf } from '../lines.js';
import { continuesStory } from './continues-story.js';
import { isMonthName } from '../../text/dates.js';

/** Points a summary box over the article holds at most, and words a point has at least (a subheading, a button under the box has fewer). */
const MAX_SUMMARY_POINTS = 6;
const MIN_SUMMARY_POINT_WORDS = 4;

/**
 * The block's first candidate line `first`, moved up to the first point of a summary box right over
 * the article or opening it: a summary label (chrome/overviews.ts isSummaryLabel: "Summary", "In short:"), then
 * up to MAX_SUMMARY_POINTS lines of MIN_SUMMARY_POINT_WORDS words or more, one right under the other,
 * the block's first line among them or right under them. The points go into `kept`: the article's
 * editors' summary, which the text goes on from (the benchmarks' gold keeps a page's "SUMMARY"
 * boxes). Reuters sets "Summary" over three points without a full stop ("Membership fee income up
 * 14%", "Shares up 2% after the bell"): the last, stronger, would open the block, the first be read
 * as the title, and the page's headline go as page text before the article.
 */
export function summaryPointsOver(lines: readonly Line[], candidates: readonly number[], first: number, kept: Set<number>): number {
  for (let label = first - 1; label >= Math.max(0, first - MAX_SUMMARY_POINTS - 1); label--) {
    if (!isSummaryLabel(lines[candidates[label]!]!)) continue;
    let end = label;
    while (end + 1 < candidates.length && end - label < MAX_SUMMARY_POINTS && lines[candidates[end + 1]!]!.wordCount >= MIN_SUMMARY_POINT_WORDS && rightUnder(lines, candidates[end + 1]!)) end++;
    if (end === label || end + 1 < first) return first;
    for (let k = label + 1; k <= end; k++) kept.add(k);
    return label + 1;
  }
  return first;
}

/** A listing's field: a label of one to three words, a colon and its value ("Where: Pier Pavilion", "Price: £9, children £5"). */
const LISTING_FIELD = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,2})\s*:\s+\S/u;
const MAX_LISTING_FIELD_WORDS = 12;
/** Fields of its own a listing has at least, and distinct labels the article's own listing has. */
const MIN_LISTING_FIELDS = 2;
/** Lines over a listing's fields at most: its name. */
const LISTING_NAME_LINES = 2;

/** The label of a line that is a listing's field, lower-cased; null for any other line. */
function listingFieldLabel(line: Line): string | null {
  if (line.wordCount > MAX_LISTING_FIELD_WORDS || isProse(line)) return null;
  return LISTING_FIELD.exec(line.text)?.[1]!.toLowerCase() ?? null;
}

/**
 * The article's last candidate line once the listings after `last` that have the fields of one
 * inside the block are taken in (a what's-on article's events, each its name, "Where:", "When:",
 * "Price:" and a paragraph): a listing of MIN_LISTING_FIELDS or more fields, all with labels the
 * block's listing has, under at most LISTING_NAME_LINES lines of its name, and the prose after it,
 * which goes into `kept`. Four weak lines before each paragraph would end the block after the first
 * listing, and the others' paragraphs go as page text after the article. The names and
 * fields are judged inside the block as the first listing's are.
 */
export function listingsAfter(lines: readonly Line[], first: number, last: number, kept: Set<number>): number {
  const labels = new Set<string>();
  for (let k = first; k <= last; k++) {
    const label = listingFieldLabel(lines[k]!);
    if (label) labels.add(label);
  }
  if (labels.size < MIN_LISTING_FIELDS) return last;
  const prose = (k: number): boolean => k < lines.length && isProse(lines[k]!);
  for (;;) {
    let next = last + 1;
    for (let name = 0; name < LISTING_NAME_LINES && next < lines.length && !prose(next) && !listingFieldLabel(lines[next]!); name++) next++;
    let fields = 0;
    for (; next < lines.length && labels.has(listingFieldLabel(lines[next]!) ?? ''); next++) fields++;
    if (fields < MIN_LISTING_FIELDS || !prose(next)) return last;
    for (; prose(next); next++) kept.add(next);
    last = next - 1;
  }
}

/** Items a list inside the article holds at most: a longer run of bullets is a page's list of links. */
const MAX_BULLETED_ITEMS = 12;

/**
 * The article's last candidate line once a bulleted list inside it is taken in: two or more bulleted
 * items right after `last`, then prose, which goes on the article, or a subheading over prose ("What
 * happens next?"). The items, the subheading and the prose go into `kept`: short and without a
 * sentence, the items would end the block, and go with the lines after them as headlines
 * and page text after the article.
 */
export function bulletedListEnd(lines: readonly Line[], last: number, kept: Set<number>): number {
  let end = last;
  for (;;) {
    let next = end + 1;
    while (next < lines.length && next - end <= MAX_BULLETED_ITEMS && isBulletedItem(lines[next]!.text)) next++;
    if (next - end - 1 < 2 || next - end > MAX_BULLETED_ITEMS || next >= lines.length) return end;
    if (isHeadlineShaped(lines[next]!) && next + 1 < lines.length && isProse(lines[next + 1]!)) kept.add(next++);
    else if (!isProse(lines[next]!)) return end;
    for (let k = end + 1; k < next; k++) kept.add(k);
    while (next < lines.length && isProse(lines[next]!)) kept.add(next++);
    end = next - 1;
  }
}

/**
 * The items of the bulleted lists inside the article's block from `first` to `last`, into `kept`:
 * runs of two to MAX_BULLETED_ITEMS - 1 bulleted items with the article going on after them. Short
 * and without a sentence, the items would go as weak lines ("no sentence punctuation"), and the line
 * introducing them ("The phases are:") be left over nothing; bulletedListEnd keeps a list only where
 * it stands at the block's end.
 */
export function bulletedListsInside(lines: readonly Line[], first: number, last: number, kept: Set<number>): void {
  for (let k = first + 1; k < last; k++) {
    let next = k;
    while (next < last && isBulletedItem(lines[next]!.text)) next++;
    if (next - k >= 2 && next - k < MAX_BULLETED_ITEMS) for (let item = k; item < next; item++) kept.add(item);
    k = next;
  }
}

/** A numbered item's number: "15) Thriller (Vinile)", "3. Paris". */
const ITEM_NUMBER = /^(\d{1,3})[.)]\s/u;
const itemNumber = (line: Line): number | null => {
  const found = ITEM_NUMBER.exec(line.text);
  return found ? Number(found[1]) : null;
};

/** Ingredients a recipe lists at least, each on its line. */
const MIN_INGREDIENTS = 3;
/** Words an ingredient has at most ("1 kg squash, deseeded and cut into 3cm wedges": 9). */
const MAX_INGREDIENT_WORDS = 14;
/** A recipe's facts over its ingredients: "Serves 4", "Prep 15 min", "Cook 45 min", "Makes 12", "Total time: 1 hr". */
const RECIPE_FACT = /^(?:serves|makes|yield|prep(?:aration)?(?: time)?|cook(?:ing)?(?: time)?|total(?: time)?)\s*:?\s*\d/iu;

/**
 * An ingredient on its line: a quantity first, a few words, no sentence; not a numbered item ("1.
 * Orbital") nor a table's row, which ends with a figure ("1 Arsenal 12 9 2 1 28").
 */
const isIngredient = (line: Line): boolean =>
  (isQuantityLed(line) || QUANTITY_AFTER_DASH.test(line.text)) && line.wordCount <= MAX_INGREDIENT_WORDS && !line.endsWithSentencePunctuation && !ITEM_NUMBER.test(line.text) && !/\p{N}$/u.test(line.text);
/** An ingredient named first, its quantity and unit after a spaced dash, as Indian recipe pages list them: "Flour - 2 cups", "മൈദ - 2 കപ്പ്". */
const QUANTITY_AFTER_DASH = /^[^\p{N}\s–-][^\p{N}–-]{0,60}\s[-–]\s\p{N}+(?:[./]\p{N}+)?\s*\p{L}/u;
/** A quantity inside an ingredient, before its word ("Juice of 1 lemon", "Zest of 2 oranges"), or the cook's measure at its end ("Salt, to taste", "Icing sugar, to serve"). */
const QUANTITY_INSIDE = /\s\p{N}+(?:[./]\p{N}+)?\s+\p{L}|\bto (?:taste|serve)$|\bfor (?:garnish|serving|dusting|frying)$/iu;
/**
 * An ingredient whose quantity is not first (QUANTITY_INSIDE): one of a recipe's list when among or after ingredients
 * (isIngredient) only, as "Juice of 1 lemon" closing it over "Directions"; alone, a line of a few words with a figure is anything.
 */
const isLooseIngredient = (line: Line): boolean =>
  QUANTITY_INSIDE.test(line.text) && line.wordCount <= MAX_INGREDIENT_WORDS && !line.endsWithSentencePunctuation && !ITEM_NUMBER.test(line.text) && !/\p{N}$/u.test(line.text);

/**
 * A recipe's ingredients inside the article's block from `first` to `last`, into `kept`: runs of
 * MIN_INGREDIENTS ingredients or more with the method going on after them, and the recipe's facts
 * right over them ("Serves 4"). A recipe's ingredients are its text; short and without a sentence,
 * they would go as weak lines ("no sentence punctuation", "lines nearby are short"), the method
 * kept without them.
 */
export function ingredientListsInside(lines: readonly Line[], first: number, last: number, kept: Set<number>): void {
  for (let k = first + 1; k < last; k++) {
    let next = k;
    let ingredients = 0;
    // An ingredient whose quantity is inside it goes on a run an ingredient opened (isLooseIngredient).
    for (; next < last; next++) {
      if (isIngredient(lines[next]!)) ingredients++;
      else if (next === k || !isLooseIngredient(lines[next]!)) break;
    }
    if (ingredients >= MIN_INGREDIENTS) {
      let top = k;
      while (top - 1 > first && RECIPE_FACT.test(lines[top - 1]!.text)) top--;
      for (let item = top; item < next; item++) kept.add(item);
    }
    k = next;
  }
}

/** Words of a recipe's section label at most ("Ingredients", "Method", "How to make it"). */
const MAX_RECIPE_LABEL_WORDS = 4;
const isRecipeLabel = (line: Line | undefined): boolean => line !== undefined && line.wordCount <= MAX_RECIPE_LABEL_WORDS && !line.endsWithSentencePunctuation && !isIngredient(line);
/**
 * The article's first candidate line moved up over a recipe's ingredients to its introduction, when the block opens with the
 * method: a label right over the first line maybe ("Method"), MIN_INGREDIENTS ingredients or more, a label over them maybe
 * ("Ingredients"), and the paragraph introducing the dish over those, prose ending as a sentence; the lines between are taken
 * into `kept`. Short and without a sentence, the ingredients scored under the block's threshold, and the introduction over
 * them went as page text before the article with them. `lines`: the candidate lines.
 */
export function recipeOpening(lines: readonly Line[], first: number, kept: Set<number>): number {
  let top = first - 1;
  if (isRecipeLabel(lines[top])) top--;
  let ingredients = 0;
  // An ingredient whose quantity is inside it (isLooseIngredient) is one of the list's, and no count towards it.
  for (; top >= 0 && (isIngredient(lines[top]!) || isLooseIngredient(lines[top]!)); top--) if (isIngredient(lines[top]!)) ingredients++;
  if (ingredients < MIN_INGREDIENTS) return first;
  if (isRecipeLabel(lines[top])) top--;
  const intro = lines[top];
  if (intro === undefined || !isProse(intro) || !intro.endsWithSentencePunctuation) return first;
  for (let k = top; k < first; k++) kept.add(k);
  return top;
}

// A list the article introduces ("The tour dates:", "You will need:") is part of it; its items are
// lines of a few words each, up to the first label, menu item or line repeated in other articles.
const LIST_INTRO_MIN_WORDS = 4;
/** One clause ending in a colon ("Related coverage from X: Money:" is a label, not an introduction). */
const LIST_INTRO = /^[^:]+:$/u;
/** Words of a line under such an introduction, which is its item whatever it opens with (a bullet or none: isBulletedItem is not asked). */
const INTRODUCED_ITEM_WORDS = [4, 40] as const;

/** A line introducing a list: one clause of LIST_INTRO_MIN_WORDS or more ending in a colon. */
const isListIntro = (line: Line | undefined): boolean => line !== undefined && line.wordCount >= LIST_INTRO_MIN_WORDS && line.text.endsWith(':') && LIST_INTRO.test(line.text);

/** Whether lines[i] may be an item of a list introduced above it (INTRODUCED_ITEM_WORDS, and in fewer than two articles of the run). */
const isIntroducedItem = (lines: readonly Line[], repeatedIn: readonly number[], i: number): boolean =>
  lines[i]!.wordCount >= INTRODUCED_ITEM_WORDS[0] && lines[i]!.wordCount <= INTRODUCED_ITEM_WORDS[1] && repeatedIn[i]! < 2;

/**
 * The last item of the list introduced at lines[intro], up to lines[limit]; `intro` when there is
 * none. An item is isIntroducedItem's, or, however short, the next number of a numbered list (a gift
 * list's "15) Thriller (Vinile)", three words, would end it, and its items 16 to 22 go as
 * headlines after the article). With `closedByBreak`, the items after the first stand one right
 * under the other (rightUnder), and the first break ends the list.
 */
function introducedItemsEnd(lines: readonly Line[], repeatedIn: readonly number[], intro: number, limit: number, closedByBreak: boolean): number {
  let end = intro;
  let numbered: number | null = null;
  for (; end + 1 <= limit && (end === intro || !closedByBreak || rightUnder(lines, end + 1)); end++) {
    const number = itemNumber(lines[end + 1]!);
    const nextNumber = numbered !== null && number === numbered + 1 && lines[end + 1]!.wordCount <= INTRODUCED_ITEM_WORDS[1] && repeatedIn[end + 1]! < 2;
    if (!nextNumber && !isIntroducedItem(lines, repeatedIn, end + 1)) break;
    numbered = number ?? numbered;
  }
  return end;
}

/**
 * Index of the last line of the article once a list introduced by its last line(s) is taken in. A
 * list set right under its introduction ends at its first break: the related headlines a blank line
 * under "The proposed cuts include:" and its items are no more items. One set apart
 * from it, a blank line under the introduction, may have one between its items too (an Italian
 * gift list's items, each over its link, a blank line between them, all in its page's gold).
 * An introduction right under the last line (a blank line at most) with no line left after it is
 * taken in alone (closingIntroduction).
 */
export function introducedListEnd(lines: readonly Line[], repeatedIn: readonly number[], last: number): number {
  const intro = [last, last + 1].find((i) => isListIntro(lines[i]));
  if (intro === undefined) return last;
  if (intro + 1 >= lines.length) return intro > last && closingIntroduction(lines[last]!, lines[intro]!) ? intro : last;
  const end = introducedItemsEnd(lines, repeatedIn, intro, lines.length - 1, rightUnder(lines, intro + 1));
  return end > intro ? end : last;
}

/** Page lines from the article's last line to an introduction closing it at most (closingIntroduction): a blank line between. */
const CLOSING_INTRO_GAP = 2;
/**
 * Whether an introduction (isListIntro) under the article's last line, the page's last line that no rule removed, closes the
 * article: what it introduced, embedded posts or a video, is not in the text ("Readers were quick to react to the plan:" over the
 * page's date stamp and footer), and it stands at most a blank line under the last paragraph. Gold keeps it; an introduction a line
 * after it follows (a link, a box's label) is left to what follows.
 */
const closingIntroduction = (last: Line, intro: Line): boolean => intro.number - last.number <= CLOSING_INTRO_GAP;

/**
 * A release's heading over its highlights: "Third Quarter Highlights", "Fourth Quarter 2026 Financial Highlights", "Key
 * Highlights:". An earnings release sets its figures under it, short and without a full stop, and all but the strongest would
 * be dropped as weak lines under the release's first paragraph.
 */
const HIGHLIGHTS_HEADING = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&-]*\s+){0,5}Highlights:?$/u;
const isHighlightsHeading = (line: Line | undefined): boolean => line !== undefined && HIGHLIGHTS_HEADING.test(line.text);

/** Words of a label introducing what follows at most: "Results:", "What you need:", "So wird's gemacht:". */
const MAX_INTRO_LABEL_WORDS = LIST_INTRO_MIN_WORDS - 1;
/** A label of a few words introducing what follows: one clause ending in a colon, shorter than isListIntro's. */
const isIntroLabel = (line: Line | undefined): boolean => line !== undefined && line.wordCount >= 1 && line.wordCount <= MAX_INTRO_LABEL_WORDS && LIST_INTRO.test(line.text);

/**
 * A line introducing what follows: a colon closing one clause ("With 78 per cent counted, the figures showed:", "What you
 * need:"), a release's highlights' heading. With no sentence's punctuation it scores weak, and index.ts removeInsideArticle
 * keeps it where the line under it stays. A label of a few words is asked only inside the block: after it, "Share this:"
 * and "Tags:" are the page's.
 */
export const introducesWhatFollows = (line: Line | undefined): boolean => isListIntro(line) || isIntroLabel(line) || isHighlightsHeading(line);

/** Items a list inside the article has at least for them to stay however weak. */
const MIN_INTRODUCED_ITEMS = 2;

/** Lines after a list inside the article within which its text goes on: right under it, or under one line (the next list's label, a live blog's next stamp). */
const TEXT_AFTER_LIST_LINES = 2;

/**
 * The last item of the list introduced at lines[intro] inside the block, whose items are lines of any length without a
 * sentence's punctuation ("Thimphu: 34 percent", "Keskustori"), one right under the other, in fewer than two articles of the
 * run, up to the next line introducing a list; `intro` when there are fewer than MIN_INTRODUCED_ITEMS, or when neither a
 * sentence comes within TEXT_AFTER_LIST_LINES after them nor a line introducing the next list right after them, before `last`:
 * the article goes on after its list. Short, the items are no isIntroducedItem. A menu's line ("login | subscribe" under a
 * search box's "Search The Courier:") is no item.
 */
function shortItemsEnd(lines: readonly Line[], repeatedIn: readonly number[], intro: number, last: number): number {
  const isItem = (line: Line, i: number): boolean =>
    line.wordCount <= INTRODUCED_ITEM_WORDS[1] && !line.endsWithSentencePunctuation && repeatedIn[i]! < 2 && !hasSeparators(line) && !introducesWhatFollows(line);
  let end = intro;
  while (end + 1 < last && (end === intro || rightUnder(lines, end + 1)) && isItem(lines[end + 1]!, end + 1)) end++;
  if (end - intro < MIN_INTRODUCED_ITEMS) return intro;
  if (introducesWhatFollows(lines[end + 1])) return end;
  const sentence = (i: number): boolean => i <= last && (isProse(lines[i]!) || isShortSentence(lines[i]!));
  for (let i = end + 1; i <= end + TEXT_AFTER_LIST_LINES; i++) if (sentence(i)) return end;
  return intro;
}

/**
 * The items of the lists the article introduces inside its block from `first` to `last`, into
 * `kept`: under a line introducing a list (isListIntro: "Expected totals through Sunday:"; a release's highlights' heading),
 * MIN_INTRODUCED_ITEMS or more items (isIntroducedItem) on lines one right under the other (a blank
 * line ends the list: "Watch: Storm Team 2 forecast …" under a storm's snowfall totals is a video's
 * link), the article going on after them. Short and without a sentence ("East Aurora and Boston:
 * 20 to 36 inches"), the items would go as weak lines, and the introduction be left over nothing;
 * introducedListEnd takes in such a list only at the block's end. Items of fewer words ("Thimphu: 34 percent", "Keskustori")
 * are taken as shortItemsEnd's, under a label of a few words too ("What you need:", "Results:").
 */
export function introducedListsInside(lines: readonly Line[], repeatedIn: readonly number[], first: number, last: number, kept: Set<number>): void {
  for (let k = first; k < last; k++) {
    if (!introducesWhatFollows(lines[k])) continue;
    const end = Math.max(isIntroLabel(lines[k]) ? k : introducedItemsEnd(lines, repeatedIn, k, last - 1, true), shortItemsEnd(lines, repeatedIn, k, last));
    if (end - k < MIN_INTRODUCED_ITEMS) continue;
    for (let item = k + 1; item <= end; item++) kept.add(item);
    k = end;
  }
}

/**
 * The article's last candidate line once a list introduced at `last` or right under it is passed, into `kept`: a line
 * introducing a list (isListIntro: "Closing prices on Friday (per kilo):"), MIN_INTRODUCED_ITEMS or more short items under it
 * (shortItemsEnd's: "Cod: 4.10", no sentence), then, right under the last item, paragraphs that go on with the story above
 * (continuesStory). The items, shorter than isIntroducedItem's, end the line model's block, introducedListEnd takes in only
 * items of four words or more, and the paragraph under them went as page text after the article. Prose sharing too few
 * words with the story is another's (a box's teaser under its links); prose a break under the items is a box's too (a
 * "Click here to download" under a gallery's file names).
 */
export function shortListAfter(lines: readonly Line[], repeatedIn: readonly number[], first: number, last: number, recordsOf: RecordsOf, kept: Set<number>): number {
  const intro = [last, last + 1].find((i) => isListIntro(lines[i]));
  if (intro === undefined) return last;
  const end = shortItemsEnd(lines, repeatedIn, intro, lines.length - 1);
  if (end === intro || end + 1 >= lines.length || !isProse(lines[end + 1]!) || !rightUnder(lines, end + 1)) return last;
  let prose = end + 1;
  while (prose + 1 < lines.length && isProse(lines[prose + 1]!)) prose++;
  if (!continuesStory(lines.slice(first, last + 1).filter(isProse), lines.slice(end + 1, prose + 1), recordsOf)) return last;
  for (let k = last + 1; k <= prose; k++) kept.add(k);
  return prose;
}

/** A football team's line-up with its formation: "Aston Villa (4-2-3-1): Martínez; Cash, Konsa, Torres, Digne; …". */
const LINEUP_WITH_FORMATION = /^[^:;()]{2,40}\(\d(?:-\d){2,3}\):?\s+[^;]+(?:;[^;]+){2,}$/u;
/** A team's list under its name: players in groups parted by semicolons ("Newcastle: Pope 5; Trippier 6, Schär 5; …"). */
const TEAM_LIST = /^[^:;]{2,40}:\s+[^;]+(?:;[^;]+){2,}$/u;
/** A field of a match report's team sheet: "Half-time: Aston Villa 1-1 Newcastle", "Subs not used: …", "Booked: …". */
const TEAM_SHEET_FIELD = /^(?:half-time|full-time|subs(?: not used)?|substitutes|booked|bookings|sent off|goals|scorers|referee|attendance|venue)\s*:\s+\S/iu;
/** Words of a heading in a team sheet at most ("Player ratings"). */
const MAX_TEAM_SHEET_HEADING_WORDS = 3;
/** A team sheet's heading naming it ("Line-ups", "Confirmed lineups", "Starting XI"). */
const LINEUPS_HEADING = /^(?:(?:team|starting|confirmed) )?(?:line-?ups?|starting (?:xi|eleven))$/iu;
/**
 * A side's players parted by commas, seven names at least, maybe under the team's name and its colon ("Raya, White,
 * Saliba, Gabriel, Timber, Rice, Ødegaard, Partey, Saka, Havertz, Martinelli."): each a capitalised name of up to four
 * words ("de Ligt" too).
 */
const PLAYER_LIST = /^(?:[^:;,]{2,40}:\s+)?(?:(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3},\s+){6,}(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\.?$/u;
const isTeamList = (line: Line): boolean => TEAM_LIST.test(line.text) || PLAYER_LIST.test(line.text);
/** A player alone on the line with the shirt's number, as a live page lists a side: "22 Mitoma", "29 Van Hecke". */
const SQUAD_NUMBER_LINE = /^\d{1,2}\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;
/** Players one a line in a side's list at least, as PLAYER_LIST's names. */
const MIN_SQUAD_LINES = 7;
/** The lines from `from` on in runs of MIN_SQUAD_LINES squad lines (SQUAD_NUMBER_LINE) or more: a side's list one player a line. */
function squadRuns(lines: readonly Line[], from: number): Set<number> {
  const runs = new Set<number>();
  let start = from;
  for (let k = from; k <= lines.length; k++) {
    if (k < lines.length && SQUAD_NUMBER_LINE.test(lines[k]!.text)) continue;
    if (k - start >= MIN_SQUAD_LINES) for (let j = start; j < k; j++) runs.add(j);
    start = k + 1;
  }
  return runs;
}

/**
 * The article's last candidate line once a match report's team sheet right under `last` is taken in
 * (into `kept`): line-ups, one with its formation at least ("Aston Villa (4-2-3-1): Martínez; Cash,
 * …"), the sheet's fields ("Subs not used: …", "Booked: …") and a short heading over a team's list
 * ("Player ratings"). The Guardian sets them under the report: lists of names, they would read as
 * headlines after the article, and the report's players be lost. The benchmarks' gold keeps a results
 * page's team lines ("Viera (4-0): K. Hupfer 1 goal. …"). A formation makes the sheet: two lists of a
 * group's papers parted by semicolons ("Nova Scotia: Harbour Daily News; Cape Ridge Post; …") are none. A
 * heading naming the line-ups makes it too: a match's text commentary closes with them ("Line-ups", "Arsenal", then
 * the players parted by commas), and they are its players as much as the report's; or one player a line
 * with the shirt's number ("22 Mitoma", squadRuns).
 */
export function teamSheetAfter(lines: readonly Line[], last: number, kept: Set<number>): number {
  const squads = squadRuns(lines, last + 1);
  const isTeamLine = (k: number): boolean => squads.has(k) || isTeamList(lines[k]!);
  const isSheetLine = (k: number): boolean => {
    const line = lines[k]!;
    if (LINEUP_WITH_FORMATION.test(line.text) || isTeamLine(k) || TEAM_SHEET_FIELD.test(line.text) || LINEUPS_HEADING.test(line.text)) return true;
    return line.wordCount <= MAX_TEAM_SHEET_HEADING_WORDS && !line.endsWithSentencePunctuation && k + 1 < lines.length && isTeamLine(k + 1);
  };
  let end = last;
  while (end + 1 < lines.length && isSheetLine(end + 1)) end++;
  const sheet = lines.slice(last + 1, end + 1);
  const named = sheet.length > 0 && LINEUPS_HEADING.test(sheet[0]!.text) && sheet.some((_, k) => isTeamLine(last + 1 + k));
  if (!named && !sheet.some((line) => LINEUP_WITH_FORMATION.test(line.text))) return last;
  for (let k = last + 1; k <= end; k++) kept.add(k);
  return end;
}

/** Words of a facts box's heading at most ("Ficha técnica", "Ficha do jogo", "Key facts"). */
const MAX_FACTS_HEADING_WORDS = 4;
/** Words at most of a line of a facts box that is no field (the venue over a match's sheet: "Estádio do Lago, em Huíla"). */
const MAX_FACTS_NOTE_WORDS = 8;
/** Fields of a facts box that stay by their own score, at least. */
const MIN_STRONG_FACTS_FIELDS = 2;
/** A field of a facts box: a label and its value ("Amostra: 600 entrevistas …", "Árbitro: …"), or a side's line-up (isTeamList). */
const isFactsField = (line: Line): boolean => LISTING_FIELD.test(line.text) || isTeamList(line);

/**
 * The lines of the facts boxes inside the article's block from `first` to `last`, into `kept`: a heading of a few words without a
 * sentence's or a field's mark ("Ficha técnica", "Ficha do jogo") right over lines one right under the other, each a field
 * (isFactsField) or a short line without a sentence's end, to the last field; more fields than other lines, and
 * MIN_STRONG_FACTS_FIELDS of the fields staying by their own score (`staysAlone`). A poll's method, a match's sheet in other
 * languages than teamSheetAfter's: the heading, a field of a name or two ("Árbitro: Rui Doe") and the venue over the line-ups score
 * under the threshold. A box of other stories under a label ("Analysis: …", each a headline) scores under it too, and stays out.
 */
export function factBoxesInside(lines: readonly Line[], first: number, last: number, staysAlone: (k: number) => boolean, kept: Set<number>): void {
  for (let k = first + 1; k < last; k++) {
    const heading = lines[k]!;
    if (heading.wordCount > MAX_FACTS_HEADING_WORDS || /[.!?:;,]$/u.test(heading.text) || isFactsField(heading)) continue;
    let [end, fields, strong] = [k, 0, 0];
    for (let next = k + 1; next <= last && rightUnder(lines, next); next++) {
      const line = lines[next]!;
      if (!isFactsField(line)) {
        if (line.wordCount > MAX_FACTS_NOTE_WORDS || line.endsWithSentencePunctuation) break;
        continue;
      }
      [end, fields, strong] = [next, fields + 1, strong + (staysAlone(next) ? 1 : 0)];
    }
    if (strong < MIN_STRONG_FACTS_FIELDS || fields <= end - k - fields) continue;
    for (let j = k; j <= end; j++) kept.add(j);
    k = end;
  }
}

/**
 * A dated item of a schedule: a month's name and the day, either way round (isMonthName), a dash and what happens then
 * ("May 28 – Austin, TX @ Riverside Pavilion", "12 March - Leeds, O2 Academy").
 */
const DATED_ITEM = /^(?:(\p{L}+)\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.? (\p{L}+))(?:,? \d{4})?\s*[–—-]\s*\S/u;
const MAX_DATED_ITEM_WORDS = 20;
const isDatedItem = (line: Line): boolean => {
  const date = line.wordCount <= MAX_DATED_ITEM_WORDS ? DATED_ITEM.exec(line.text) : null;
  return date !== null && isMonthName(date[1] ?? date[2]!);
};
/** A schedule's heading: "The Larkspur Union Tour Dates", "Tour dates:", "Full schedule", "Tourdaten". */
const SCHEDULE_HEADING = /(?:^|\s)(?:(?:tour |concert |show |event )?dates|schedule|itinerary|tourdaten|termine|dates de (?:la )?tournée|fechas(?: de (?:la )?gira)?)\s*:?$/iu;
const MAX_SCHEDULE_HEADING_WORDS = 8;
/** Dated items a schedule has at least. */
const MIN_DATED_ITEMS = 3;

/**
 * The article's last line once a schedule closing it is taken in, into `kept`: under a heading naming one
 * (SCHEDULE_HEADING), MIN_DATED_ITEMS or more dated items (DATED_ITEM), as a music site closes a story on a tour with its
 * dates. Short lines with no sentence, the heading and the dates would read as headlines after the article.
 * Under no such heading, dated lines after the article are as often another box's stories.
 */
export function scheduleAfter(lines: readonly Line[], last: number, kept: Set<number>): number {
  const heading = lines[last + 1];
  if (heading === undefined || heading.wordCount > MAX_SCHEDULE_HEADING_WORDS || isProse(heading) || !SCHEDULE_HEADING.test(heading.text)) return last;
  let end = last + 1;
  while (end + 1 < lines.length && isDatedItem(lines[end + 1]!)) end++;
  if (end - last - 1 < MIN_DATED_ITEMS) return last;
  for (let k = last + 1; k <= end; k++) kept.add(k);
  return end;
}

/** A day's date alone, a month's name and the day either way round (isMonthName): "Nov. 28", "28 November". */
const DATE_HEADING = /^(?:(\p{L}+)\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.? (\p{L}+))$/u;
const isDateHeading = (line: Line): boolean => {
  const date = DATE_HEADING.exec(line.text);
  return date !== null && isMonthName(date[1] ?? date[2]!);
};
/** Date headings a log has at least: one alone between paragraphs may be a picture's or a stray stamp's date. */
const MIN_DATE_HEADINGS = 2;

/**
 * The date headings of a log inside the article's block from `first` to `last`, into `kept`: a police blotter or a diary
 * sets each day's date alone over that day's entry ("Nov. 28" over "A resident of Oakview Avenue reported …"), MIN_DATE_HEADINGS
 * or more, each between paragraphs. Too short to score, the first would go while later ones stay. Outside the block, such
 * dates head a box of other stories' teasers.
 */
export function dateHeadingsInside(lines: readonly Line[], first: number, last: number, kept: Set<number>): void {
  const headings: number[] = [];
  for (let k = first + 1; k < last; k++) if (isDateHeading(lines[k]!) && isProse(lines[k - 1]!) && isProse(lines[k + 1]!)) headings.push(k);
  if (headings.length >= MIN_DATE_HEADINGS) for (const k of headings) kept.add(k);
}
