// Keyphrases in two steps, so the per-article work can run anywhere and the corpus is needed last.
//   keyphraseCandidates (map): noun phrases (adjectives then nouns, from the part-of-speech classes
//     of pos.ts) and, on request, single words (the phrases' words and verbs), each with the
//     centrality of its words in the article's word graph (position-rank.ts, PositionRank: co-occurrence
//     plus early and frequent mention) and which words the title has.
//   rankKeyphrases (reduce): per word, centrality x specificity (IDF against the run's corpus) x a
//     title bonus, summed over the phrase, decayed by the phrase's first position; then at most
//     two overlapping phrases are kept. Single words (centrality x specificity x count, times the
//     fitted word model's factors) compete with the phrases with a configured weight.
//     docs/keyphrases.md has the measured effect of each part.
import { readFileSync } from 'node:fs';
import { countForm, mostFrequentForm, wordsInCapitals, type FormCounts } from './forms.js';
import { positionRank, type WordOccurrence } from './position-rank.js';
import { isLegalForm, isListedCapitalisedAsCommonNoun, isSuperlative, isTitleCaseLine, nameAtEnd, personAfterTitle, tagWords } from './pos.js';
import type { WordClass } from './pos.js';
import { detached } from '../text/word-cache.js';
import type { CorpusStats, Keyphrase, KeyphraseCandidate, KeyphraseCandidates, Sentence, Token } from '../types.js';

const MAX_WORDS = 3;
// A name may be longer ("New York Stock Exchange", "Federal Open Market Committee"): its words
// name one thing together, where a long common-noun run ("mad cow disease spread") is usually a
// tagging slip or a compound whose parts are phrases of their own.
const MAX_NAME_WORDS = 5;

// Words that are nouns or adjectives but never make a phrase a topic: dates and times ("last
// week", "Thursday") and quantifying adjectives ("other", "several"). They end a phrase like a stopword,
// but for a quantifier that is a name's (isQuantifierOfName: "First Amendment", "Last Supper").
const QUANTIFIERS = new Set('first last next other such many several own same few more most much certain various latest'.split(' '));
const NOT_TOPICAL = new Set([
  ...('yesterday today tomorrow tonight day days week weeks weekend month months year years decade decades ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night').split(' '),
  ...QUANTIFIERS,
]);
// Months, dates as the days of NOT_TOPICAL are ("October sales", "November" were top keyphrases
// of the 1k bench corpus), but for a name's (isMonth). Written with a capital only: "a protest march".
// Abbreviated too: a police log's entries each open with "Nov. 3:", and "Nov" was its top keyphrase.
const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
// Abbreviations written inside a name, before more of it ("Wm. Wrigley Jr. Co.", "St. Louis", "Mt.
// Everest"): their dot does not end the name, as a capital initial's does not ("Daryl F. Gates").
// Not titles ("Dr. Jones": the title is no part of the person) nor company words ("Acme Inc. Chairman").
const NAME_ABBREVIATIONS = new Set(['jr', 'sr', 'st', 'mt', 'ft', 'wm', 'chas', 'thos']);
// A picture credit, glued to a caption's name ("Getty Images Stefano Gabbana"), is never part of a
// phrase: the credits that PHOTO_CREDIT in clean/features.ts finds without a slash. A bare agency name
// is left: it starts and ends names ("Reuters Media Summit", "Reuters Group Plc", "Thomson Reuters",
// "Michael Bloomberg"), and KPCrowd's gold lists "Reuters" and "Bloomberg".
const CREDIT_WORDS = new Set(['shutterstock', 'istock', 'istockphoto']);
const CREDIT_SECOND_WORDS = new Map([
  ['getty', 'images'],
  ['ap', 'photo'],
  ['afp', 'photo'],
  ['epa', 'photo'],
  ['reuters', 'photo'],
]);

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

interface Word {
  surface: string;
  stem: string;
  position: number;
  /**
   * An initial inside a name ("F." of "Daryl F. Gates"): written in the phrase but no word of its
   * key, score or graph. A letter says nothing of the topic, and counted it made every name with
   * an initial outscore the article's other phrases (DUC-2001 F1@10 -0.1); "Daryl Gates" is the same person.
   */
  initial: boolean;
}

interface CandidateBuilder extends FormCounts {
  stems: string[];
  firstPosition: number;
}

/** Noun-phrase (and single-word) candidates of one article with their article-only features. */
export function keyphraseCandidates(sentences: readonly Sentence[], options: CandidateOptions): KeyphraseCandidates {
  const phrases = new Map<string, CandidateBuilder>();
  const words = new Map<string, CandidateBuilder>();
  const occurrences: WordOccurrence[] = [];
  // Per stem, its occurrences right after a number: as a run's first word, and as a run of its own.
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
  // The runs' words read in place: `runs.flat()` cost about ten times this loop (docs/scale.md, session 25).
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
 * mention's position put "Calpine Corp" far above the rest, "Calpine" came second, and the two blocked
 * any further phrase with the name ("Calpine shares"; session 27).
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

/** Content words usable in a candidate: no stopwords, single letters, dates or quantifiers. */
const isUsable = ({ word }: Token): boolean => !word.isStopword && word.lower.length > 1 && !NOT_TOPICAL.has(word.lower);

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

/** Whether tokens[i] is a month, not part of a name: a capitalised word of a name beside it ("Theresa May", "May Department Stores"; not "In May"). */
function isMonth(tokens: readonly Token[], i: number): boolean {
  const { word } = tokens[i]!;
  if (!MONTHS.has(word.lower) || word.surface === word.lower) return false;
  const before = tokens[i - 1];
  const nameBefore = before !== undefined && !tokens[i]!.breakBefore && startsUpper(before) && isUsable(before);
  return !nameBefore && !continuesName(tokens, i + 1);
}

/**
 * Whether tokens[i] is a quantifier written with a capital inside a sentence of running text before
 * more of a name ("the First Amendment", "the Last Supper"): the capital is the name's. Not a
 * sentence's first word ("Many Americans") nor in a Title Case line, where every word has one.
 */
function isQuantifierOfName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!QUANTIFIERS.has(token.word.lower) || !startsUpper(token) || !tokens.slice(0, i).some((t) => t.word.isWord)) return false;
  return continuesName(tokens, i + 1) && isUsable(tokens[i + 1]!) && !isTitleCaseLine(tokens);
}

/** Verbs of one sentence that are not stopwords ("married", "tossed"; not "is", "said"). */
function verbs(tokens: readonly Token[], classes: readonly WordClass[], offset: number): Word[] {
  const found: Word[] = [];
  tokens.forEach((token, i) => {
    if (classes[i] === 'verb' && token.word.isWord && isUsable(token)) found.push({ surface: token.word.surface, stem: token.word.stem, position: offset + i, initial: false });
  });
  return found;
}

/**
 * Maximal runs of adjectives followed by nouns (`<JJ>*<NN>+`), inside one punctuation-free stretch,
 * without stopwords, months (isMonth) or superlatives (isSuperlative: "largest oil spill" and "worst oil spill" were
 * candidates apart from "oil spill"); phraseOf says which give phrase candidates. A possessive noun
 * ("Iraq's") ends its run and loses its `'s`. The dot of an initial or a name abbreviation inside a
 * name (afterNameDot, which reads the sentence's `text`; none for a headline) does not end a run
 * and stays in the surface ("Daryl F. Gates").
 */
function nounRuns(tokens: readonly Token[], classes: readonly WordClass[], offset: number, text: string | null): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let nouns = 0;
  const flush = (): void => {
    // An initial that no more of the name follows is none ("Plan B. The board").
    while (run.at(-1)?.initial) run.pop();
    if (nouns > 0) runs.push(run);
    // A new array only when the run had words: flush is called at every token that ends a run.
    if (run.length > 0) run = [];
    nouns = 0;
  };
  let creditEnd = -1;
  tokens.forEach((token, i) => {
    // A lone capital before a name's dot is an initial, a noun of the name whatever the lexicon says ("A", "I").
    const initial = token.word.lower.length === 1 && afterNameDot(tokens, i + 1, text);
    const wordClass = initial ? 'noun' : classes[i]!;
    const credit = creditLength(tokens, i);
    if (credit > 0) creditEnd = i + credit;
    const usable =
      initial ||
      ((wordClass === 'noun' || (wordClass === 'adjective' && !isSuperlative(tokens, i))) && (isUsable(token) || isQuantifierOfName(tokens, i)) && i >= creditEnd && !isMonth(tokens, i));
    const nameGoesOn = token.breakBefore && run.at(-1)?.position === offset + i - 1 && afterNameDot(tokens, i, text);
    const ends = !usable || (token.breakBefore && !nameGoesOn) || (wordClass === 'adjective' && nouns > 0);
    if (ends) flush();
    if (!usable) return;
    // Only when the run went on: an adjective after the dot ("St. Louis-based") ended it.
    if (nameGoesOn && !ends) run[run.length - 1]!.surface += '.';
    const possessive = isPossessive(token.word.surface);
    // The record's stem is already that of the word without its `'s` (word-records.ts wordRecord).
    const surface = possessive ? token.word.surface.slice(0, -2) : token.word.surface;
    run.push({ surface, stem: token.word.stem, position: offset + i, initial });
    if (wordClass === 'noun' && !initial) nouns++;
    if (possessive) flush();
  });
  flush();
  return runs;
}

/** A capitalised word or one in capitals ("Getty", "AFP"), not a lowercase word that spells the same. */
const startsUpper = (token: Token): boolean => token.word.surface !== token.word.lower && /^\p{Lu}/u.test(token.word.surface);

/** Capitalised token `i` following the one before it without punctuation. */
const continuesName = (tokens: readonly Token[], i: number): boolean => i < tokens.length && !tokens[i]!.breakBefore && startsUpper(tokens[i]!);

/**
 * Whether only the dot of an initial or a name abbreviation (NAME_ABBREVIATIONS) separates the
 * capitalised tokens[i] from the capitalised token before it ("F. Gates", "Jr. Co."). The sentence's
 * text tells that dot from other punctuation ("Plan B, Congress"); a sentence end the tokenizer
 * split off ("Tom Smith Jr. The jury") is none, nor one it kept, where the word after the dot is
 * one the lexicon knows capitalised as a common noun, a sentence's first word ("vitamin C. Researchers found").
 */
function afterNameDot(tokens: readonly Token[], i: number, text: string | null): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (text === null || token === undefined || before === undefined || !token.breakBefore || !startsUpper(token) || !startsUpper(before)) return false;
  // Another initial may follow ("H. G. Wells": the lexicon lists "G" as a noun).
  if (token.word.lower.length > 1 && isListedCapitalisedAsCommonNoun(token.word)) return false;
  const lower = before.word.lower;
  return (lower.length === 1 || NAME_ABBREVIATIONS.has(lower)) && text.includes(`${before.word.surface}. ${token.word.surface}`);
}

/** How many tokens from `i` are a picture credit ("Getty Images", "AP Photo", "Shutterstock"), or 0. */
function creditLength(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  const lower = token.word.lower;
  // The set lookups first: this runs at every token.
  const second = CREDIT_SECOND_WORDS.get(lower);
  if ((second === undefined && !CREDIT_WORDS.has(lower)) || !startsUpper(token)) return 0;
  if (second === undefined) return 1;
  return continuesName(tokens, i + 1) && tokens[i + 1]!.word.lower === second ? 2 : 0;
}

/** Ends with `'s` or `’s` ("Iraq's"): char codes, as this runs on every noun and adjective. */
function isPossessive(surface: string): boolean {
  const apostrophe = surface.charCodeAt(surface.length - 2);
  return surface.charCodeAt(surface.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

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

interface BackgroundFrequencies {
  documents: number;
  documentFrequency: ReadonlyMap<string, number>;
}

let background: BackgroundFrequencies | null = null;

/**
 * Document frequencies of word stems in the Brown corpus (data/background-df.json, built by
 * scripts/build-background-df.ts), read on first use. The path works from src/ and from dist/.
 */
function backgroundFrequencies(): BackgroundFrequencies {
  if (!background) {
    const data = JSON.parse(readFileSync(new URL('../../data/background-df.json', import.meta.url), 'utf8')) as { documents: number; documentFrequency: Record<string, number> };
    background = { documents: data.documents, documentFrequency: new Map(Object.entries(data.documentFrequency)) };
  }
  return background;
}

interface DocumentCounts {
  /** Documents of the run with the word, and the run's documents. */
  run: number;
  runDocuments: number;
  /** The same over the run and the background corpus together. */
  pooled: number;
  pooledDocuments: number;
}

function documentCounts(stats: CorpusStats, stem: string): DocumentCounts {
  const reference = backgroundFrequencies();
  const run = stats.documentFrequency.get(stem) ?? 0;
  return { run, runDocuments: stats.documents, pooled: run + (reference.documentFrequency.get(stem) ?? 0), pooledDocuments: stats.documents + reference.documents };
}

/**
 * Smoothed IDF of a word over the run's articles plus (`useBackground`) the background corpus: a run
 * of a handful of articles still knows that "countries" is common and "Lopilato" is not.
 */
function wordSpecificity(stats: CorpusStats, stem: string, useBackground: boolean): number {
  const counts = documentCounts(stats, stem);
  const [df, documents] = useBackground ? [counts.pooled, counts.pooledDocuments] : [counts.run, counts.runDocuments];
  return Math.log((1 + documents) / (1 + df)) + 1;
}

/**
 * Articles a run needs before it has a common vocabulary of its own: in fewer, a third of the run is
 * one to three articles, and the background alone would bar its common words ("war", "government")
 * from an article about them.
 */
const MIN_COMMON_VOCABULARY_ARTICLES = 10;

/**
 * The share of documents with the word: the smaller of the run's share and (`useBackground`) the share
 * in the run and the background corpus together; 0 in a run of fewer than MIN_COMMON_VOCABULARY_ARTICLES.
 * A large run decides alone ("company" is in 66 % of the 1k bench corpus's articles, 24 % of the Brown
 * corpus's); in a smaller one the background keeps a word of most articles ("glacier" in all of a dozen)
 * from counting as common, unless the background has it often too.
 */
function commonShare(stats: CorpusStats, stem: string, useBackground: boolean): number {
  if (stats.documents < MIN_COMMON_VOCABULARY_ARTICLES) return 0;
  const { run, runDocuments, pooled, pooledDocuments } = documentCounts(stats, stem);
  const runShare = run / Math.max(1, runDocuments);
  return useBackground ? Math.min(runShare, pooled / pooledDocuments) : runShare;
}

/**
 * How a single word's score is made: its coverage (centrality x specificity x occurrences) times a
 * factor for each way a lone word tends to be a poor keyphrase. scripts/fit-keyphrase-words.ts
 * fits the factors as a logistic model of "this word is a gold keyphrase" on log(coverage) and the
 * two traits, and turns each trait's log-odds into the coverage that is worth as much
 * (exp(trait / log-coverage coefficient)). The coverage itself keeps its scale: the merge with the
 * phrases compares each word with the article's best word, and a flatter scale (the fit's own
 * odds, coverage^0.44) only moved words into articles whose body repeats the headline as its first
 * line (docs/keyphrases.md).
 */
export interface WordModel {
  /** Factor for a capitalised word that is not an acronym (`Lopilato` of a name, `Launching` of a headline). */
  capitalised: number;
  /** Factor for a word of fewer than 4 letters that is not an acronym (`pop`, `Sgt`, `new`). */
  short: number;
}

/** Fitted by `npx tsx scripts/fit-keyphrase-words.ts` on KPCrowd train (docs/keyphrases.md has the cross-validation). */
const FITTED_WORD_MODEL: WordModel = { capitalised: 0.49, short: 0.078 };
/** The word score before the fit: coverage alone. */
export const COVERAGE_WORD_MODEL: WordModel = { capitalised: 1, short: 1 };

/** The ranking's few free parameters (tuned on DUC-2001 dev, checked on KPCrowd train). */
export interface RankingWeights {
  /** Exponent of each word's IDF against the run's corpus (0: no corpus specificity). */
  specificity: number;
  /** Count the background corpus's documents into the IDF and into the common-vocabulary share. */
  backgroundCorpus: boolean;
  /** Multiplier for words of the headline (1: title ignored). */
  titleWordBonus: number;
  /** Divide by log(2 + position of the phrase's first occurrence): news says what matters first. */
  firstPositionDecay: boolean;
  /** At most two overlapping phrases ("prime minister" and "minister", never also "prime minister john major"). */
  removeRedundant: boolean;
  /** How single words are scored. */
  words: WordModel;
  /**
   * A lone word (a single word or a one-word phrase) in more than this share of the run's articles, and
   * of the run's and the background corpus's documents together, is the run's common vocabulary, not a
   * keyphrase ("company", "share" in a business wire's run); phrases with it still count. 1: no limit.
   */
  commonWordShare: number;
  /**
   * The same for a single word said mostly as a verb, at a lower share: a verb is an event, and one in
   * this share of the run's articles is the run's routine ("rose", "fell" in a markets wire), where a
   * noun of that share is still a topic ("sales"). 1: no limit.
   */
  commonVerbShare: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = { specificity: 1, backgroundCorpus: true, titleWordBonus: 2, firstPositionDecay: true, removeRedundant: true, words: FITTED_WORD_MODEL, commonWordShare: 1 / 3, commonVerbShare: 1 / 6 };

export interface RankOptions {
  /** Keyphrases per article. */
  limit: number;
  /**
   * How strongly single words compete with noun phrases (0: phrases only). The next keyphrase is
   * the next single word when its score relative to the article's best single word, times this
   * weight, beats the next phrase's score relative to the article's best phrase.
   */
  singleWordWeight: number;
}

interface Scored {
  candidate: KeyphraseCandidate;
  score: number;
}

interface Queue {
  items: readonly Scored[];
  next: number;
  fits: (candidate: KeyphraseCandidate) => boolean;
}

/**
 * Final scores with corpus specificity; the best `limit` candidates, redundant ones removed, phrases
 * and single words merged by `singleWordWeight`. A keyphrase's score is relative to the article's
 * best phrase (1), a single word's to the best single word times the weight, so scores fall with
 * the rank.
 */
export function rankKeyphrases(
  candidates: KeyphraseCandidates,
  stats: CorpusStats,
  options: RankOptions,
  weights: RankingWeights = DEFAULT_WEIGHTS,
  specificities: Map<string, number> = new Map(),
): Keyphrase[] {
  // A word is in several candidates, and common words in most articles: its specificity (two
  // lookups, a logarithm) is computed once per `specificities`, which the caller may keep for
  // every article ranked against the same stats and weights (pass 3 keeps one per worker; its
  // keys are copies: a stem cut from a spool record's text would keep that whole text alive).
  const specificity = (stem: string): number => {
    let value = specificities.get(stem);
    if (value === undefined) specificities.set(detached(stem), (value = specificityOf(stats, stem, weights)));
    return value;
  };
  // Left out before the scale is set: the article's best word is then the best of the others.
  const isCommonWord = (c: KeyphraseCandidate): boolean => c.stems.length === 1 && commonShare(stats, c.stems[0]!, weights.backgroundCorpus) > weights.commonWordShare;
  const phrases = relativeToBest(byScore(candidates.phrases.filter((c) => !isCommonWord(c)), (c) => phraseScore(c, specificity, weights)), 1);
  // A common verb is left out after the scale is set: it was often the article's best word, and the
  // next best word taking its scale let more words outrank the phrases (9 of the 1k corpus's lists lost 3-7 entries).
  const isCommonVerb = (c: KeyphraseCandidate): boolean => c.verb && commonShare(stats, c.stems[0]!, weights.backgroundCorpus) > weights.commonVerbShare;
  const words = relativeToBest(byScore(candidates.words.filter((c) => !isCommonWord(c)), (c) => wordScore(c, specificity, weights.words)), options.singleWordWeight).filter((s) => !isCommonVerb(s.candidate));
  const chosen: Scored[] = [];
  const listed: KeyphraseCandidate[] = [];
  const phraseFits = (c: KeyphraseCandidate): boolean => !isDuplicate(c, listed) && !(weights.removeRedundant && isRedundant(c, listed));
  // A word inside a listed phrase says less than the phrase did ("minister" after "prime minister").
  const wordFits = (c: KeyphraseCandidate): boolean => !isDuplicate(c, listed) && !(weights.removeRedundant && listed.some((p) => overlaps(p.stems, c.stems)));
  const phraseQueue: Queue = { items: phrases, next: 0, fits: phraseFits };
  const wordQueue: Queue = { items: words, next: 0, fits: wordFits };
  while (chosen.length < options.limit) {
    const phrase = peekNext(phraseQueue);
    const word = peekNext(wordQueue);
    const takeWord = word !== undefined && (phrase === undefined || word.score > phrase.score);
    const queue = takeWord ? wordQueue : phraseQueue;
    const next = takeWord ? word : phrase;
    if (!next) break;
    queue.next++;
    chosen.push(next);
    listed.push(next.candidate);
  }
  return chosen.map(({ candidate, score }, i) => ({ rank: i + 1, keyphrase: candidate.surface, keyphraseScore: score }));
}

/** Best first; ties by first position, then key, so the order never depends on input order. */
function byScore(candidates: readonly KeyphraseCandidate[], score: (c: KeyphraseCandidate) => number): Scored[] {
  return candidates
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => b.score - a.score || a.candidate.firstPosition - b.candidate.firstPosition || (a.candidate.key < b.candidate.key ? -1 : 1));
}

/** Scores of a best-first list divided by the best one, times `factor`: two kinds on one scale. */
function relativeToBest(items: readonly Scored[], factor: number): Scored[] {
  const best = items[0]?.score ?? 0;
  return items.map(({ candidate, score }) => ({ candidate, score: best > 0 ? (factor * score) / best : 0 }));
}

/**
 * The queue's next candidate that fits the list so far, left in the queue. Skipped candidates
 * never fit later (the list only grows), so the queue moves forward only.
 */
function peekNext(queue: Queue): Scored | undefined {
  while (queue.next < queue.items.length && !queue.fits(queue.items[queue.next]!.candidate)) queue.next++;
  return queue.items[queue.next];
}

const specificityOf = (stats: CorpusStats, stem: string, weights: RankingWeights): number =>
  weights.specificity ? wordSpecificity(stats, stem, weights.backgroundCorpus) ** weights.specificity : 1;

/** Sum over the words of centrality x specificity (x the title bonus), decayed by first position. */
function phraseScore(candidate: KeyphraseCandidate, specificity: (stem: string) => number, weights: RankingWeights): number {
  let score = 0;
  candidate.stems.forEach((stem, i) => {
    score += candidate.wordScores[i]! * specificity(stem) * (candidate.wordInTitle[i] ? weights.titleWordBonus : 1);
  });
  return weights.firstPositionDecay ? score / Math.log(2 + candidate.firstPosition) : score;
}

/** What the word model weighs for one single-word candidate. */
interface WordEvidence {
  /**
   * A word listed on its own stands for how much of the article it covers, not for where it first
   * appears: centrality x specificity x occurrences (no decay, no title bonus; KPCrowd F1@10 of
   * single words only 18.8, against 17.4 with the phrase formula).
   */
  coverage: number;
  capitalised: boolean;
  short: boolean;
}

const HAS_LOWERCASE = /\p{Ll}/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const FOUR_LETTERS = /^\P{L}*(?:\p{L}\P{L}*){4}/u;

export function wordEvidence(candidate: KeyphraseCandidate, stats: CorpusStats, weights: RankingWeights): WordEvidence {
  return evidenceWith(candidate, specificityOf(stats, candidate.stems[0]!, weights));
}

function evidenceWith(candidate: KeyphraseCandidate, specificity: number): WordEvidence {
  const surface = candidate.surface;
  const acronym = !HAS_LOWERCASE.test(surface);
  return {
    coverage: candidate.wordScores[0]! * specificity * candidate.count,
    capitalised: !acronym && STARTS_CAPITALISED.test(surface),
    short: !acronym && !FOUR_LETTERS.test(surface),
  };
}

/** Coverage times the word model's factors for the traits the word has. */
function wordScore(candidate: KeyphraseCandidate, specificity: (stem: string) => number, model: WordModel): number {
  const evidence = evidenceWith(candidate, specificity(candidate.stems[0]!));
  return evidence.coverage * (evidence.capitalised ? model.capitalised : 1) * (evidence.short ? model.short : 1);
}

const isDuplicate = (candidate: KeyphraseCandidate, chosen: readonly KeyphraseCandidate[]): boolean => chosen.some((c) => c.key === candidate.key);

/**
 * A phrase overlapping two chosen ones, or one that already has an overlapping partner, adds
 * nothing new. One overlap is allowed: "Hurricane Andrew" and "Hurricane Andrew claims" are both
 * common answers, and refusing every overlap loses the shorter one when the longer comes first.
 */
function isRedundant(candidate: KeyphraseCandidate, chosen: readonly KeyphraseCandidate[]): boolean {
  const partners = chosen.filter((c) => overlaps(c.stems, candidate.stems));
  if (partners.length === 0) return false;
  if (partners.length > 1) return true;
  return chosen.some((c) => c !== partners[0] && overlaps(c.stems, partners[0]!.stems));
}

/** One phrase contains the other as a contiguous run of stems ("minister" in "prime minister"). */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((stem, k) => long[i + k] === stem)) return true;
  }
  return false;
}
