// Keyphrases' map step: one article's candidates (noun phrases and, on request, single words), each
// with the centrality of its words in the article's word graph and which words the title has.
import { countForm, mostFrequentForm, wordsInCapitals, type FormCounts } from './forms.js';
import { nounRuns, verbs, type Word } from './noun-runs.js';
import { isLegalForm, nameAtEnd, personAfterTitle, tagWords, type WordClass } from './pos.js';
import { positionRank, type WordOccurrence } from './position-rank.js';
import type { KeyphraseCandidate, KeyphraseCandidates, Sentence, Token } from '../types.js';

const MAX_WORDS = 3;
// A name may be longer ("New York Stock Exchange", "Federal Open Market Committee"): its words
// name one thing together, where a long common-noun run ("mad cow disease spread") is usually a
// tagging slip or a compound whose parts are phrases of their own.
const MAX_NAME_WORDS = 5;

// A year before a noun names which one ("the 1992 election"), it counts nothing.
const YEAR = /^(?:1[89]|20)\d\d$/;

// Words this many tokens apart or closer are linked in the graph (PositionRank's window).
const GRAPH_WINDOW = 10;

interface CandidateOptions {
  /** The headline's tokens, or null. */
  title: readonly Token[] | null;
  /** Also collect single-word candidates (needed when `singleWordWeight` > 0). */
  singleWords: boolean;
}

interface CandidateBuilder extends FormCounts {
  stems: string[];
  firstPosition: number;
}

/** What keyphraseCandidates reads of the article's sentences: the candidates collected, the graph's words, and per stem how it was used. */
interface ArticleWords {
  phrases: Map<string, CandidateBuilder>;
  words: Map<string, CandidateBuilder>;
  occurrences: WordOccurrence[];
  /** Per stem, its occurrences right after a number: as a run's first word (`afterNumber`), and as a run of its own. */
  afterNumber: Map<string, number>;
  aloneAfterNumber: Map<string, number>;
  /** Per stem, its occurrences as a verb (counted only with `singleWords`). */
  asVerb: Map<string, number>;
}

/** The article's sentences read for candidates: each sentence's noun runs and verbs, tagged (pos.ts tagWords). */
function articleWords(sentences: readonly Sentence[], options: CandidateOptions): ArticleWords {
  const phrases = new Map<string, CandidateBuilder>();
  const words = new Map<string, CandidateBuilder>();
  const occurrences: WordOccurrence[] = [];
  const afterNumber = new Map<string, number>();
  const aloneAfterNumber = new Map<string, number>();
  const asVerb = new Map<string, number>();
  let position = 0;
  for (const sentence of sentences) {
    const classes = tagWords(sentence.tokens);
    const runs = nounRuns(sentence.tokens, classes, position, sentence.text);
    for (const run of runs) {
      const phrase = phraseOf(sentence.tokens, run, position);
      if (phrase) addCandidate(phrases, phrase);
      // A number ends a run, so the word after one starts a run ("5 percent", "30 cents a share").
      if (isUnitOfNumber(sentence.tokens, classes, run[0]!.position - position)) {
        countUp(afterNumber, run[0]!.stem);
        if (run.length === 1) countUp(aloneAfterNumber, run[0]!.stem);
      }
    }
    // The graph links the words of all noun runs (too long to be phrases, "Canadian pop star Michael
    // Buble" still names Buble) and the verbs between them: verbs say what happens to the nouns
    // (DUC-2001 F1@10 +0.3), and a verb may be reported as a single word.
    const sentenceVerbs = verbs(sentence.tokens, classes, position);
    if (options.singleWords) for (const verb of sentenceVerbs) countUp(asVerb, verb.stem);
    const graphWords = mergeByPosition(runs, sentenceVerbs);
    for (let i = 0; i < graphWords.length; i++) {
      const word = graphWords[i]!;
      if (word.initial || isLegalFormOfName(graphWords, i)) continue;
      occurrences.push({ word: word.stem, position: word.position });
      if (options.singleWords) addOccurrence(words, word.stem, word.surface, word.position, null);
    }
    position += sentence.tokens.length;
  }
  return { phrases, words, occurrences, afterNumber, aloneAfterNumber, asVerb };
}

/** Noun-phrase (and single-word) candidates of one article with their article-only features. */
export function keyphraseCandidates(sentences: readonly Sentence[], options: CandidateOptions): KeyphraseCandidates {
  const { phrases, words, occurrences, afterNumber, aloneAfterNumber, asVerb } = articleWords(sentences, options);
  // The headline names the topic, but only phrases the body also has are candidates: a headline
  // alone is too short to judge, and section labels ("UK Company News:") live there.
  const titleWords = new Set<string>();
  if (options.title) for (const run of nounRuns(options.title, tagWords(options.title), 0, null)) for (const word of run) titleWords.add(word.stem);

  const centrality = positionRank(occurrences, GRAPH_WINDOW);
  const finish = (c: CandidateBuilder, key: string, verb: boolean): KeyphraseCandidate => ({
    key,
    // Ties go to the form with fewer words in capitals ("US insurers" over a lead's "US INSURERS").
    surface: mostFrequentForm(c, wordsInCapitals),
    stems: c.stems,
    wordScores: c.stems.map((stem) => centrality.get(stem) ?? 0),
    wordInTitle: c.stems.map((stem) => titleWords.has(stem)),
    count: c.count,
    firstPosition: c.firstPosition,
    verb,
  });
  const inPhrases = occurrencesInPhrases(phrases);
  // After counting the words said alone: "Calpine" stays a single word, the best of its article.
  foldNamesIntoLegalForms(phrases);
  const candidates: KeyphraseCandidates = { phrases: [], words: [] };
  // A word said only right after a number is that number's unit ("percent", "cents", "euros": "percent"
  // was in a fifth of the 1k bench corpus's lists), which says nothing on its own.
  phrases.forEach((c, key) => {
    if (c.stems.length > 1 || (aloneAfterNumber.get(key) ?? 0) < c.count) candidates.phrases.push(finish(c, key, false));
  });
  // A word that never occurs outside multi-word phrases ("Buenos" of "Buenos Aires" and "downtown
  // Buenos Aires") is those phrases' part, not a keyphrase of its own.
  words.forEach((c, key) => {
    if ((inPhrases.get(key) ?? 0) < c.count && (afterNumber.get(key) ?? 0) < c.count) candidates.words.push(finish(c, key, 2 * (asVerb.get(key) ?? 0) > c.count));
  });
  return candidates;
}

/**
 * The phrase candidate a noun run gives, or null: the run itself when it has at most MAX_WORDS words;
 * of a longer run, the name it is or ends with ("chewing gum maker Wm. Wrigley Jr. Co" gives the
 * company: a long run gave nothing at all), of at least two words; of a name that is a title and a
 * person ("Syrian President Bashar Assad", "former Los Angeles Police Chief Daryl F. Gates"), the
 * person, whom later mentions name ("Assad"); either when of at most MAX_NAME_WORDS.
 */
function phraseOf(tokens: readonly Token[], run: readonly Word[], offset: number): readonly Word[] | null {
  if (run.length <= MAX_WORDS) return run;
  // A run is contiguous tokens (nounRuns ends it at any other token).
  const nameLength = nameAtEnd(tokens, run[0]!.position - offset, run.length);
  if (nameLength < 2) return null;
  const person = personAfterTitle(tokens, run.at(-nameLength)!.position - offset, nameLength);
  const phrase = run.slice(run.length - (person > 0 ? person : nameLength));
  return phrase.length <= MAX_NAME_WORDS ? phrase : null;
}

/**
 * The words of the noun runs (in position order, run after run) and the verbs `b` (in position order,
 * no position in both) as one list: a merge, where a sort compared every pair again.
 */
function mergeByPosition(runs: ReadonlyArray<readonly Word[]>, b: readonly Word[]): Word[] {
  const merged: Word[] = [];
  let j = 0;
  // The runs' words read in place: `runs.flat()` costs about ten times this loop.
  for (const run of runs) {
    for (const word of run) {
      while (j < b.length && b[j]!.position < word.position) merged.push(b[j++]!);
      merged.push(word);
    }
  }
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/**
 * Whether words[i] is a company's legal form right after its name ("Calpine Corp", "Brandt Ltd"): it
 * stays in the phrase as written but is no graph word, so it adds nothing to the name's score
 * ("Corp", a word the background corpus lacks, had scored as much as the name).
 */
const isLegalFormOfName = (words: readonly Word[], i: number): boolean =>
  i > 0 && isLegalForm(words[i]!.stem, words[i]!.surface) && words[i - 1]!.position === words[i]!.position - 1;

/**
 * The name's mentions without its legal form ("Calpine" after "Power company Calpine Corp") are the
 * company's: counted into the candidate written with it, which keeps its forms. Apart, the first
 * mention's position puts "Calpine Corp" far above the rest, "Calpine" comes second, and the two block
 * any further phrase with the name ("Calpine shares"; docs/keyphrases.md).
 */
function foldNamesIntoLegalForms(phrases: Map<string, CandidateBuilder>): void {
  for (const company of phrases.values()) {
    if (company.stems.length < 2 || !isLegalForm(company.stems.at(-1)!, company.surface.slice(company.surface.lastIndexOf(' ') + 1))) continue;
    const nameKey = company.stems.slice(0, -1).join(' ');
    const name = phrases.get(nameKey);
    if (!name) continue;
    company.count += name.count;
    company.firstPosition = Math.min(company.firstPosition, name.firstPosition);
    phrases.delete(nameKey);
  }
}

const countUp = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

/** Per word, its occurrences inside multi-word phrases (each occurrence is in one phrase at most). */
function occurrencesInPhrases(phrases: ReadonlyMap<string, CandidateBuilder>): Map<string, number> {
  const occurrences = new Map<string, number>();
  for (const phrase of phrases.values()) {
    if (phrase.stems.length < 2) continue;
    for (const stem of phrase.stems) occurrences.set(stem, (occurrences.get(stem) ?? 0) + phrase.count);
  }
  return occurrences;
}

/**
 * Whether tokens[start] is the unit of a number right before it ("5 percent", "30 cents"), also
 * through a "per" ("12 per cent": British papers' "cent" was in DUC's Financial Times lists). Not
 * after a year ("the 1992 election") or across a line break.
 */
function isUnitOfNumber(tokens: readonly Token[], classes: readonly WordClass[], start: number): boolean {
  let number = start - 1;
  if (tokens[number]?.word.lower === 'per' && !tokens[number]!.breakBefore) number--;
  if (number < 0 || classes[number] !== 'number' || tokens[start]!.breakBefore) return false;
  return !YEAR.test(tokens[number]!.word.surface);
}

/** One occurrence of a phrase: keyed by its stems without its initials ("Daryl F. Gates" is "Daryl Gates"), written with them. */
function addCandidate(byKey: Map<string, CandidateBuilder>, words: readonly Word[]): void {
  const stems = words.filter((w) => !w.initial).map((w) => w.stem);
  addOccurrence(byKey, stems.join(' '), words.map((w) => w.surface).join(' '), words[0]!.position, stems);
}

/** One occurrence of the candidate `key` written `surface`; `stems`: its stems (null: the key is the one stem). */
function addOccurrence(byKey: Map<string, CandidateBuilder>, key: string, surface: string, position: number, stems: string[] | null): void {
  const candidate = byKey.get(key);
  if (candidate) countForm(candidate, surface);
  else byKey.set(key, { stems: stems ?? [key], firstPosition: position, count: 1, surface, surfaceCount: 1, otherSurfaces: null });
}
