// Sentiment: each sentence is scored from a lexicon (VADER + AFINN-165, see sentiment-lexicon.ts, with
// the entries learned on NYT editorials laid over it, see fit/sentiment-fit.ts and sentiment-learned.ts) with
// rules for what the lexicon alone gets wrong, then squashed to -1..1 with VADER's normalisation
// x / sqrt(x^2 + alpha). Every word's final contribution is kept as a driver, so the drivers add up
// to the raw score the sentence score comes from. The article score is the mean of its sentences: a
// sum over a whole article saturates on long texts and says nothing about how much of it is negative.
import {
  AN_AMOUNT, AUXILIARIES, BE_FORMS, combinedLexicon, CONTRAST, REVERSERS, DETERMINERS, DIMINISHERS, DIRECTION_VERBS, EVENT_WORDS, HEDGES, INTENSIFIERS, MODALS, NEGATORS, NEWS_TERM_AFTER, NEWS_TERM_BEFORE, NEWS_TERMS, NO_SENTIMENT,
  SUBJECT_BARRIERS, inflectionLexicon, valenceByInflection, type VerbForm,
} from './sentiment-lexicon.js';
import { isHeadlineForm } from './sentiment-headline.js';
import { LEARNED_VALENCES } from './sentiment-learned.js';
import { LazyUnion } from './lazy-union.js';
import { readValenceTable } from './valence-table.js';
import { bestFirst } from './terms.js';
import { sentimentScore } from '../numbers.js';
import { WIRE_CREDIT_ROLES } from '../text/wire-credit.js';
import type { ArticleSentiment, Sentence, SentenceSentiment, SentimentDriver, SentimentLabel, Token, ValenceSource, Word, WordSentiment } from '../types.js';

/**
 * The few numbers the rules use (docs/sentiment.md). Each rule is switched off by its neutral value:
 * 1 for a multiplier, 0 for an addition.
 */
export interface SentimentRules {
  /** Multiplier for a word in the scope of a negator (VADER flips with -0.74; news readers mostly just discount). */
  negation: number;
  /** Magnitude an intensifier adds to the next sentiment word and a diminisher takes away (VADER: 0.293). */
  degree: number;
  /** Words before "but"/"however" count (1 - contrast), words after it (1 + contrast) (VADER: 0.5). */
  contrast: number;
  /** Multiplier for words after a hedge ("may", "reportedly") in the same clause. */
  hedge: number;
  /** Magnitude an ALL-CAPS sentiment word gains (VADER: 0.733); each "!" adds 0.4 times this (VADER: 0.292). */
  emphasis: number;
  /** Multiplier for event words ("war", "died", "victims") in a sentence that also has evaluative words. */
  event: number;
  /**
   * `event` in a sentence of headline form (sentiment-headline.ts), such as a subhead: a headline has
   * no writer's evaluation beside its event, and readers rate the emotion the event evokes. Equal to `event`
   * for no headline rule.
   */
  headlineEvent: number;
  /** Multiplier for words whose usual sense in news is a neutral term ("interest", "United", "party"). */
  newsTerm: number;
  /** Multiplier for positive words: news and editorials praise rarely and use positive words in criticism. */
  positive: number;
  /** Multiplier for words found only through another inflection ("complicates" -> "complicated") or a part of a hyphenated word ("war-torn"). */
  inflection: number;
  /** Multiplier for words the lexicons lack whose valence is guessed from word embeddings ("seized", "crackdown"). */
  embedding: number;
  /** Multiplier for a capitalised word inside a sentence written in lowercase: a name ("Dick Martin", "Friends of the Park"). */
  name: number;
  /** Multiplier for a sentiment word a few words after a word that reverses it ("reduce the risk", "ban the abuse"). */
  reversal: number;
  /**
   * Exponent of the damping of long sentences: in a sentence of n > LENGTH_REFERENCE words every word counts
   * (LENGTH_REFERENCE / n) ^ length; 0 for a plain sum. Readers rate a long sentence no more strongly than a
   * short one for having more sentiment words, and a sum of n words grows like n (or sqrt(n) when they disagree).
   */
  length: number;
  /** Multiplier for the context valences (fit/sentiment-context-fit.ts): 1 as fitted, 0 for the lexicon alone. */
  context: number;
  /**
   * Multiplier for the context mean of a sentence of at most LENGTH_REFERENCE words (one the length rule does
   * not damp; a longer one's context is scaled by the inverse of its words' length weight). The context
   * fit scales such sentences alike, so the table is fitted for the value in use.
   */
  shortContext: number;
  /** Normalisation constant: a raw score of sqrt(alpha) maps to 0.71. */
  alpha: number;
}

/**
 * shortContext, embedding, event, positive, length, negation, hedge, name, reversal and alpha: chosen with the
 * fitted tables, refitted per fold, by the tie rule (`npm run fit:sentiment-context`; NYT CV by editorial, ties
 * broken on VADER's sets; docs/sentiment.md, session 7). degree, contrast and emphasis: VADER's published values.
 * inflection: a fixed half weight for a guess. newsTerm: the list's words are dropped. headlineEvent: chosen by
 * cross-validation on the SemEval-2007 trial headlines (`npm run eval:sentiment-headlines`; docs/sentiment.md (r), (s)).
 */
export const DEFAULT_RULES: Readonly<SentimentRules> = {
  negation: 0,
  degree: 0.293,
  contrast: 0.5,
  hedge: 0.6,
  emphasis: 0.733,
  event: 0.4,
  headlineEvent: 1,
  newsTerm: 0,
  positive: 0.8,
  inflection: 0.5,
  embedding: 1.5,
  name: 0.25,
  reversal: 0,
  length: 0.75,
  context: 1,
  shortContext: 2,
  alpha: 10,
};

export interface SentimentThresholds {
  positiveThreshold: number;
  negativeThreshold: number;
}

/** What the article scorer takes from the config. */
interface SentimentOptions extends SentimentThresholds {
  /** Drivers listed per sentence (listedDrivers); every driver when absent. */
  driversPerSentence?: number;
}

/**
 * Valences the scorer reads: exact words, then inflection bases for words it lacks (cached per
 * lexicon), then valences guessed from word embeddings for frequent words it still lacks.
 */
export interface SentimentLexicon {
  valences: ReadonlyMap<string, number>;
  inflections: ReadonlyMap<string, number>;
  embedded: ReadonlyMap<string, number>;
  /** Context valence of every frequent content word, lexicon word or not (fit/sentiment-context-fit.ts). */
  context: ReadonlyMap<string, number>;
  /**
   * Learned words the published lexicons lack. They score, but they are context ("deficit", "pork"),
   * not the writer's evaluative words that make the event-word rule damp "war" or "died".
   */
  added: ReadonlySet<string>;
  /** Most words of a text are in no lexicon, and they repeat: what their inflections gave (null: nothing). */
  inflectedSeen: Map<string, number | null>;
  /**
   * Every word with a valence or a context valence, with both, in one map: the scorer looks each
   * token up once (and once more, in cache, for its context), which keeps it fast.
   */
  words: ReadonlyMap<string, WordEntry>;
}

/** What the scorer knows of a word: its valence and where it came from, and its context valence. */
export interface WordEntry {
  sentiment: { valence: number; source: ValenceSource } | null;
  context: number | undefined;
}

type LexiconParts = Omit<SentimentLexicon, 'words' | 'inflectedSeen'>;

// Short words are function words and acronyms ("us", "US"), not inflections.
const MIN_INFLECTED_LENGTH = 4;

/** What the merged word map gives the words of NO_SENTIMENT, whatever the parts say of them. */
const NO_ENTRY: WordEntry = { sentiment: null, context: undefined };

/**
 * The lexicon from its parts, with the merged word map (its entries made as words are first looked
 * up, lazy-union.ts). Every reading of a word goes through that map (a token, a part of a hyphenated
 * word, its context), so the words of NO_SENTIMENT are silenced there.
 */
export function buildLexicon(parts: LexiconParts): SentimentLexicon {
  const words = new LazyUnion<WordEntry>([parts.valences, parts.embedded, parts.context], (word) =>
    NO_SENTIMENT.has(word) ? NO_ENTRY : { sentiment: slowLookUp(word, parts), context: parts.context.get(word) },
  );
  return { ...parts, words, inflectedSeen: new Map() };
}

// Generated by the fit scripts; the paths work from src/ and from dist/.
const EMBEDDED = readValenceTable(new URL('../../data/sentiment-embedded.txt', import.meta.url));
const CONTEXT = readValenceTable(new URL('../../data/sentiment-context.txt', import.meta.url));

export function sentimentLexicon(
  valences: ReadonlyMap<string, number>, added: ReadonlySet<string> = new Set(), embedded: ReadonlyMap<string, number> = EMBEDDED,
  context: ReadonlyMap<string, number> = CONTEXT,
): SentimentLexicon {
  return buildLexicon({ valences, inflections: inflectionLexicon(valences), embedded, context, added });
}

const PUBLISHED_VALENCES = combinedLexicon();

/** Every field of a lexicon (the compiler checks that none is missing). */
const LEXICON_FIELDS: Record<keyof SentimentLexicon, true> = { valences: true, inflections: true, embedded: true, context: true, added: true, inflectedSeen: true, words: true };

/**
 * A lexicon built when one of its fields is first read: the default config scores with
 * LEARNED_LEXICON only, and building the published one's word map took about 0.2 CPU s in every
 * worker thread at start-up (docs/scale.md, session 7).
 */
function lazyLexicon(build: () => SentimentLexicon): SentimentLexicon {
  let lexicon: SentimentLexicon | null = null;
  const fields = Object.keys(LEXICON_FIELDS).map((field) => [field, { enumerable: true, get: () => (lexicon ??= build())[field as keyof SentimentLexicon] }]);
  return Object.defineProperties({}, Object.fromEntries(fields)) as SentimentLexicon;
}

/** VADER + AFINN-165 as published, and the embedding guesses for words they lack (fitted on the lexicon, no rated text). */
export const PUBLISHED_LEXICON = lazyLexicon(() => sentimentLexicon(PUBLISHED_VALENCES));

/** The published lexicon with learned entries laid over it: a learned valence replaces the published one or adds a word. */
export function withLearnedValences(learned: Readonly<Record<string, number>>): SentimentLexicon {
  const published = PUBLISHED_VALENCES;
  const added = new Set(Object.keys(learned).filter((word) => !published.has(word)));
  return sentimentLexicon(new Map([...published, ...Object.entries(learned)]), added);
}

/** The published lexicon with the entries fitted on the NYT editorial dev set (sentiment-learned.ts). */
export const LEARNED_LEXICON = withLearnedValences(LEARNED_VALENCES);
/** As the config default (`sentiment.learnedLexicon: true`). */
const DEFAULT_LEXICON = LEARNED_LEXICON;

const MAX_EXCLAMATIONS = 4;
const EXCLAMATION_SHARE = 0.4;
/** Strongest sentences listed per direction in the article summary. */
const STRONGEST_SENTENCES = 3;
/** The article's strongest sentiment words listed of each sign (topPositiveWords, topNegativeWords). */
const TOP_WORDS = 5;

/**
 * The label of a score as the reports print it (rounded first, then compared with the thresholds),
 * so a sentence printed as 0.05 is positive at the threshold 0.05 whatever its later decimals.
 * The scores themselves stay unrounded: the article mean, the evaluations and the fits read them.
 */
export function labelFor(score: number, thresholds: SentimentThresholds): SentimentLabel {
  const printed = sentimentScore(score);
  if (printed >= thresholds.positiveThreshold) return 'positive';
  if (printed <= thresholds.negativeThreshold) return 'negative';
  return 'neutral';
}

export const normalise = (raw: number, alpha: number): number => raw / Math.sqrt(raw * raw + alpha);

const plain = (lower: string): string => (lower.includes('’') ? lower.replace(/’/g, "'") : lower);

// What the rules ask of a word, as bits of WordSentiment.roles: which of their word lists have its
// plain form, and the shape of its surface. Worked out once per word form (and lexicon), not per token.
const CONTRAST_WORD = 1;
const NEGATOR_WORD = 2;
/** "not", which "not only" does not negate. */
const NOT_WORD = 4;
const ONLY_WORD = 8;
const HEDGE_WORD = 16;
const REVERSER_WORD = 32;
const INTENSIFIER_WORD = 64;
const DIMINISHER_WORD = 128;
const NEWS_TERM_WORD = 256;
const EVENT_WORD = 512;
/** A learned word the published lexicons lack (SentimentLexicon.added). */
const ADDED_WORD = 1024;
/** In capitals, and longer than one character. */
const CAPITALS = 2048;
/** Has a letter and a lowercase one (its surface differs from its uppercase). */
const LOWERCASE = 4096;
/** "Dick", not "dick" or "NATO" (ASCII letters: cheap, and names in English news are). */
const INITIAL_CAPITAL = 8192;
const DIRECTION_WORD = 16384;
const DETERMINER_WORD = 32768;
const MODAL_WORD = 65536;
const BARRIER_WORD = 131072;
const AUXILIARY_WORD = 262144;
const BE_WORD = 524288;

const isUpper = (code: number): boolean => code >= 65 && code <= 90;

/** The word lists of sentiment-lexicon.ts and the role bit each gives its words. */
const LISTED_ROLES: ReadonlyArray<readonly [{ has(key: string): boolean }, number]> = [
  [CONTRAST, CONTRAST_WORD], [NEGATORS, NEGATOR_WORD], [HEDGES, HEDGE_WORD], [REVERSERS, REVERSER_WORD],
  [INTENSIFIERS, INTENSIFIER_WORD], [DIMINISHERS, DIMINISHER_WORD], [NEWS_TERMS, NEWS_TERM_WORD], [EVENT_WORDS, EVENT_WORD],
  [DIRECTION_VERBS, DIRECTION_WORD], [DETERMINERS, DETERMINER_WORD], [MODALS, MODAL_WORD], [SUBJECT_BARRIERS, BARRIER_WORD],
  [AUXILIARIES, AUXILIARY_WORD], [BE_FORMS, BE_WORD],
];

function wordRoles(word: Word, key: string, lexicon: SentimentLexicon): number {
  const surface = word.surface;
  const upper = surface.toUpperCase();
  let roles = 0;
  for (const [list, role] of LISTED_ROLES) if (list.has(key)) roles |= role;
  if (key.endsWith("n't")) roles |= NEGATOR_WORD;
  if (key === 'not') roles |= NOT_WORD;
  if (key === 'only') roles |= ONLY_WORD;
  if (lexicon.added.has(key)) roles |= ADDED_WORD;
  if (surface.length > 1 && surface === upper) roles |= CAPITALS;
  if (word.isWord && surface !== upper) roles |= LOWERCASE;
  if (surface.length > 1 && isUpper(surface.charCodeAt(0)) && !isUpper(surface.charCodeAt(1))) roles |= INITIAL_CAPITAL;
  return roles;
}

// Capitals are emphasis only against lowercase: a sentence in capitals throughout is a headline style.
const hasLowercase = (words: readonly WordSentiment[]): boolean => words.some((w) => (w.roles & LOWERCASE) !== 0);

// A headline in title case capitalises most words; running text capitalises names.
const isRunningText = (tokens: readonly Token[], words: readonly WordSentiment[]): boolean => {
  let lettered = 0;
  let capitalised = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word.isWord) continue;
    lettered++;
    if (words[i]!.roles & INITIAL_CAPITAL) capitalised++;
  }
  return capitalised * 2 < lettered;
};

const REVERSAL_REACH = 4;

/** Sentences up to this many words (a headline's length) are not damped for length. */
export const LENGTH_REFERENCE = 8;

/** What every word of a sentence of `words` words counts for its length (rules.length). */
export const lengthWeight = (words: number, rules: SentimentRules): number =>
  words > LENGTH_REFERENCE && rules.length !== 0 ? (LENGTH_REFERENCE / words) ** rules.length : 1;

/** The factor the context mean of a sentence of `words` words is scaled by (see addContext); the context fit uses it too. */
export const contextScale = (words: number, rules: SentimentRules): number =>
  words > LENGTH_REFERENCE ? 1 / lengthWeight(words, rules) : rules.shortContext;

/** Signed change of magnitude from intensifiers and diminishers right before the word. */
function degreeShift(tokens: readonly Token[], words: readonly WordSentiment[], i: number, step: number): number {
  let shift = 0;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const roles = words[j]!.roles;
    if (roles & INTENSIFIER_WORD) shift += step;
    else if (roles & DIMINISHER_WORD) shift -= step;
    else break;
    if (tokens[j]!.breakBefore) break;
  }
  return shift;
}

/** Exact entry, then another inflection's, then the embedding guess. */
function slowLookUp(word: string, parts: LexiconParts): WordEntry['sentiment'] {
  const valence = parts.valences.get(word);
  if (valence !== undefined) return { valence, source: 'lexicon' };
  const inflected = inflectionValence(word, parts);
  if (inflected !== undefined) return { valence: inflected, source: 'inflection' };
  const guessed = parts.embedded.get(word);
  return guessed === undefined ? null : { valence: guessed, source: 'embedding' };
}

/**
 * What the scorer reads for a token, kept on its word's shared record per lexicon: a word is looked
 * up once per form instead of twice per occurrence, and tested against the rules' word lists once.
 */
function wordSentiment(token: Token, lexicon: SentimentLexicon): WordSentiment {
  const word = token.word;
  const known = word.sentiment;
  if (known?.lexicon === lexicon) return known;
  const key = plain(word.lower);
  const entry = lookUp(key, lexicon);
  const compound = entry === null && key.includes('-') ? compoundPart(key, lexicon) : null;
  const roles = wordRoles(word, key, lexicon) | (compound && EVENT_WORDS.has(compound.part) ? EVENT_WORD : 0);
  return (word.sentiment = { lexicon, entry: compound ? { valence: compound.valence, source: 'compound' } : entry, context: lexicon.words.get(word.lower)?.context, key, roles });
}

/** First parts that turn or shift what the rest means: "anti-war", "non-violent", "cease-fire", "ex-convict". */
const SHIFTING_PREFIXES = new Set(['anti', 'non', 'counter', 'ex', 'post', 'pre', 'pro', 'semi', 'un', 'cease']);

/**
 * A hyphenated word the lexicons lack reads as its strongest part ("war-torn", "crisis-hit",
 * "ill-conceived"), the later one on a tie (an English compound's head); none when a part turns or
 * shifts the meaning. News terms are no part's reading ("well-deserved" is read by "deserved").
 */
function compoundPart(key: string, lexicon: SentimentLexicon): { part: string; valence: number } | null {
  const parts = key.split('-');
  if (parts.some((part) => part === '' || NEGATORS.has(part) || REVERSERS.has(part)) || SHIFTING_PREFIXES.has(parts[0]!)) return null;
  let strongest: { part: string; valence: number } | null = null;
  for (const part of parts) {
    if (NEWS_TERMS.has(part)) continue;
    const valence = lookUp(part, lexicon)?.valence;
    if (valence !== undefined && valence !== 0 && (!strongest || Math.abs(valence) >= Math.abs(strongest.valence))) strongest = { part, valence };
  }
  return strongest;
}

function lookUp(word: string, lexicon: SentimentLexicon): WordEntry['sentiment'] {
  const entry = lexicon.words.get(word);
  if (entry) return entry.sentiment;
  const inflected = inflectedValence(word, lexicon);
  return inflected === undefined ? null : { valence: inflected, source: 'inflection' };
}

/** The valence another inflection of the word has ("complicates" -> "complicated"). */
function inflectionValence(word: string, parts: Pick<SentimentLexicon, 'inflections' | 'valences'>): number | undefined {
  return word.length < MIN_INFLECTED_LENGTH ? undefined : valenceByInflection(word, parts.inflections, parts.valences);
}

/** inflectionValence for words outside the merged map, cached: they repeat. */
function inflectedValence(word: string, lexicon: SentimentLexicon): number | undefined {
  const seen = lexicon.inflectedSeen;
  // One lookup for the usual case, a word seen before.
  const known = seen.get(word);
  if (known !== undefined) return known ?? undefined;
  if (seen.size > 100_000) seen.clear();
  const valence = inflectionValence(word, lexicon);
  seen.set(word, valence ?? null);
  return valence;
}

/**
 * A lexicon word in a sentence and what the rules do to it. Its contribution is a function of its
 * valence (wordContribution), which is what lets fit/sentiment-fit.ts learn valences through the rules.
 */
interface WordOccurrence {
  /** As written. */
  word: string;
  /** Lowercased: the lexicon entry when `source` is 'lexicon'. */
  key: string;
  valence: number;
  source: ValenceSource;
  /** Magnitude added by intensifiers, diminishers and capitals. */
  shift: number;
  /** Product of the multiplying rules: inflection or embedding guess, sentence length, news term, negation, hedge, event word, contrast. */
  weight: number;
  isEvent: boolean;
  /** A learned word the published lexicons lack: context, not an evaluative word. */
  added: boolean;
}

export function wordContribution(valence: number, shift: number, weight: number, rules: SentimentRules): number {
  const contribution = Math.sign(valence) * Math.max(0, Math.abs(valence) + shift) * weight;
  return contribution > 0 ? contribution * rules.positive : contribution;
}

/** The lexicon words of one sentence, in text order, with the rules applied to each. */
export function wordOccurrences(tokens: readonly Token[], rules: SentimentRules, lexicon: SentimentLexicon): WordOccurrence[] {
  const found: WordOccurrence[] = [];
  const words = tokens.map((token) => wordSentiment(token, lexicon));
  // Computed at the first capitalised sentiment word, if any.
  let runningText: boolean | undefined;
  let lowercase: boolean | undefined;
  // The token each occurrence is, and whether a direction verb has composed it already (rule (m)).
  const foundTokens: number[] = [];
  const directed: boolean[] = [];
  let reversedUntil = -1;
  let negated = false;
  let hedged = false;
  let contrastAt = -1;
  let clauseStart = 0;
  const forLength = lengthWeight(tokens.length, rules);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = words[i]!;
    const roles = word.roles;
    // Negation and hedges reach to the end of the clause: the next punctuation mark or contrast word.
    if (token.breakBefore) {
      negated = hedged = false;
      reversedUntil = -1;
      clauseStart = i;
    }
    if (roles & CONTRAST_WORD) {
      negated = hedged = false;
      reversedUntil = -1;
      contrastAt = found.length;
      clauseStart = i + 1;
      continue;
    }
    if (isNumberSign(tokens, word, i)) continue;
    const negator = (roles & NEGATOR_WORD) !== 0 && !((roles & NOT_WORD) !== 0 && i + 1 < tokens.length && (words[i + 1]!.roles & ONLY_WORD) !== 0);
    if (roles & HEDGE_WORD) hedged = true;
    const entry = word.entry;
    if (entry) {
      let shift = degreeShift(tokens, words, i, rules.degree);
      // A word in capitals that neither lexicon rates is an acronym or a name ("RT", "PBS", "AIDS"), not a shout.
      if (roles & CAPITALS && entry.source !== 'embedding' && !(roles & ADDED_WORD) && (lowercase ??= hasLowercase(words))) shift += rules.emphasis;
      let weight = (entry.source === 'inflection' || entry.source === 'compound' ? rules.inflection : entry.source === 'embedding' ? rules.embedding : 1) * forLength;
      if (roles & NEWS_TERM_WORD || isNewsTermByNeighbour(tokens, words, i)) weight *= rules.newsTerm;
      if (negated) weight *= rules.negation;
      if (hedged) weight *= rules.hedge;
      if (i <= reversedUntil) weight *= rules.reversal;
      if (i > 0 && rules.name !== 1 && roles & INITIAL_CAPITAL && (runningText ??= isRunningText(tokens, words))) weight *= rules.name;
      found.push({ word: token.word.surface, key: word.key, valence: entry.valence, source: entry.source, shift, weight, isEvent: (roles & EVENT_WORD) !== 0, added: (roles & ADDED_WORD) !== 0 });
      foundTokens.push(i);
      directed.push(false);
    }
    if (roles & DIRECTION_WORD && !negated) {
      const verb = DIRECTION_VERBS.get(word.key)!;
      if (isIntransitiveVerb(tokens, words, i, clauseStart, verb.form)) composeDirection(found, foundTokens, directed, words, i, clauseStart, verb.falling, rules);
    }
    if (negator) negated = true;
    if (roles & REVERSER_WORD) reversedUntil = i + REVERSAL_REACH;
  }
  // Next to the writer's own evaluative words, an event word is the topic, not the tone. Alone, it
  // is what readers react to ("Bomb kills 12 at a market"), so it keeps its weight. Guessed and learned
  // additions are context, not evaluative words.
  const evaluative = found.some((o) => !o.isEvent && o.valence !== 0 && o.weight !== 0 && o.source !== 'embedding' && !o.added);
  found.forEach((o, i) => {
    if (o.isEvent && evaluative) o.weight *= rules.event;
    if (contrastAt >= 0) o.weight *= i < contrastAt ? 1 - rules.contrast : 1 + rules.contrast;
  });
  return found;
}

/** A number written as an amount (AN_AMOUNT): with a decimal point or a thousands separator. */
const AMOUNT = /^\d[\d,.]*[,.]\d/;

/**
 * A word that is a news term by its neighbour in its clause: the word after it (NEWS_TERM_BEFORE: "gross
 * domestic product") or the word before it (NEWS_TERM_AFTER: "100 billion won").
 */
function isNewsTermByNeighbour(tokens: readonly Token[], words: readonly WordSentiment[], i: number): boolean {
  const key = words[i]!.key;
  const measured = NEWS_TERM_BEFORE.get(key);
  if (measured !== undefined && i + 1 < tokens.length && !tokens[i + 1]!.breakBefore && measured.has(words[i + 1]!.key)) return true;
  const after = NEWS_TERM_AFTER.get(key);
  if (after === undefined || i === 0 || tokens[i]!.breakBefore) return false;
  return after.has(AMOUNT.test(tokens[i - 1]!.word.surface) ? AN_AMOUNT : words[i - 1]!.key);
}

/**
 * Whether a direction verb (DIRECTION_VERBS) at i is a verb of change without an object (rule (m)): not
 * followed by one in its clause ("dropped the charges") or by an infinitive ("declined to comment", "rose
 * to power"); an -s form not after a determiner ("its declines"); an -ing form only after "be" ("are
 * falling", not "slowing growth"); a base form only after a plural ("deaths fall") or a modal ("could
 * fall"), where it cannot be a noun ("great ease").
 */
function isIntransitiveVerb(tokens: readonly Token[], words: readonly WordSentiment[], i: number, clauseStart: number, form: VerbForm): boolean {
  const inClause = (j: number): boolean => j < tokens.length && !tokens[j]!.breakBefore;
  if (inClause(i + 1)) {
    const next = words[i + 1]!;
    if (next.roles & DETERMINER_WORD) return false;
    if (next.key === 'to' && inClause(i + 2) && tokens[i + 2]!.word.isWord && (words[i + 2]!.roles & DETERMINER_WORD) === 0) return false;
  }
  if (form === 'past') return true;
  const previous = i > clauseStart ? words[i - 1]! : null;
  if (form === 's') return !previous || (previous.roles & DETERMINER_WORD) === 0;
  if (form === 'ing') return previous !== null && (previous.roles & BE_WORD) !== 0;
  return previous !== null && ((previous.roles & MODAL_WORD) !== 0 || looksPlural(previous.key));
}

const looksPlural = (key: string): boolean => key.length > 2 && key.endsWith('s') && !/(?:ss|us|is)$/.test(key);

/**
 * The token a direction verb at i is said of (rule (m)), or -1: the word before it past auxiliaries
 * ("deaths have fallen"), or the word before the first preposition other than "of" within the reach
 * ("deaths in Iraq fell"); none when that is "to" ("expected to fall") or outside the reach.
 */
function subjectHead(words: readonly WordSentiment[], i: number, from: number): number {
  for (let j = from; j < i; j++) if (words[j]!.roles & BARRIER_WORD) return j - 1 >= from ? j - 1 : -1;
  let j = i - 1;
  while (j >= from && words[j]!.roles & AUXILIARY_WORD) j--;
  return j >= from && words[j]!.key !== 'to' ? j : -1;
}

/**
 * A verb of falling or rising takes its tone from its subject (rule (m)): the head found by subjectHead,
 * when it is one of the published lexicons' words (not an embedding guess or a learned addition, which
 * are a name's or a plain noun's context, not the subject's tone). A fall turns its sign ("deaths fell"
 * is good news), a rise keeps it ("unemployment rose"), and the verb's own valence then counts nothing;
 * otherwise the verb counts as before ("stocks fell"). Only the head: a modifier says what kind of
 * thing changed ("debt prices fell"), not whether its change is good.
 */
function composeDirection(
  found: WordOccurrence[], foundTokens: readonly number[], directed: boolean[], words: readonly WordSentiment[],
  i: number, clauseStart: number, falling: boolean, rules: SentimentRules,
): void {
  const head = subjectHead(words, i, Math.max(clauseStart, i - REVERSAL_REACH));
  if (head < 0) return;
  let k = foundTokens.length - 1;
  while (k >= 0 && foundTokens[k]! > head) k--;
  const o = found[k];
  if (!o || foundTokens[k] !== head || directed[k] || o.source === 'embedding' || o.added) return;
  if (wordContribution(o.valence, o.shift, o.weight, rules) === 0) return;
  directed[k] = true;
  if (falling) o.weight *= -1;
  const verb = found.length - 1;
  if (foundTokens[verb] === i) found[verb]!.weight = 0;
}

/**
 * "No." or "No" as the sign of a number ("No. 5 on the list", "No 10 said"): neither the negative
 * word (VADER -1.2) nor a negator. Told by a number right after it, behind a mark ("No. 5") or after
 * a capital "No" ("No 10"); a lowercase "no 10-year bonds" stays a negation.
 */
function isNumberSign(tokens: readonly Token[], word: WordSentiment, i: number): boolean {
  const next = tokens[i + 1];
  if (word.key !== 'no' || !next || next.word.isWord || !isDigit(next.word.surface.charCodeAt(0))) return false;
  return next.breakBefore || tokens[i]!.word.surface === 'No';
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Contributions of the sentiment words of one sentence, in text order; words that add nothing are left out. */
function wordContributions(tokens: readonly Token[], rules: SentimentRules, lexicon: SentimentLexicon): SentimentDriver[] {
  const drivers: SentimentDriver[] = [];
  for (const o of wordOccurrences(tokens, rules, lexicon)) {
    const contribution = wordContribution(o.valence, o.shift, o.weight, rules);
    if (contribution !== 0) drivers.push({ word: o.word, contribution });
  }
  return drivers;
}

/** "!" outside brackets: one inside them belongs to a name or an aside ("(Reuters Life!)", "Yahoo!" in a ticker's brackets), not to the sentence. */
function exclamationMarks(text: string): number {
  let depth = 0;
  let marks = 0;
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (char === '!' && depth === 0) marks++;
  }
  return marks;
}

/** "!" strengthens whatever the sentence already says; it is a driver of its own. */
export function exclamation(text: string, raw: number, rules: SentimentRules): SentimentDriver | null {
  if (raw === 0 || rules.emphasis === 0 || !text.includes('!')) return null;
  const marks = Math.min(MAX_EXCLAMATIONS, exclamationMarks(text));
  if (marks === 0) return null;
  return { word: '!', contribution: Math.sign(raw) * marks * EXCLAMATION_SHARE * rules.emphasis };
}

/** Inverse of `normalise`, for |score| < 1. */
const denormalise = (score: number, alpha: number): number => (score * Math.sqrt(alpha)) / Math.sqrt(1 - score * score);

/** Context valences of the tokens of the sentence being scored (reused: this runs on every sentence). */
let contextValences = new Float64Array(256);

/** Words listed with their own context share; the shares of the others are pooled as OTHER_WORDS. */
const CONTEXT_DRIVERS = 3;
/** The driver that pools the context shares of the words not listed. */
export const OTHER_WORDS = '(other words)';

/** Scores stay short of +-1 so that the raw score they come from is finite. */
const MAX_SCORE = 0.99;

/**
 * Context valences: the sentence score moves by the mean context valence of its content words. That
 * move is expressed on the raw scale and shared among the words by their context valences, so the
 * drivers still add up to the raw score the sentence score comes from. A word that is also a
 * lexicon driver gets its share added to that driver.
 */
function addContext(tokens: readonly Token[], drivers: SentimentDriver[], raw: number, rules: SentimentRules, lexicon: SentimentLexicon): number {
  if (rules.context === 0 || lexicon.context.size === 0) return raw;
  if (contextValences.length < tokens.length) contextValences = new Float64Array(tokens.length * 2);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const valence = wordSentiment(tokens[i]!, lexicon).context;
    contextValences[i] = valence ?? 0;
    if (valence === undefined) continue;
    sum += valence;
    count++;
  }
  if (count === 0 || sum === 0) return raw;
  // The words of a long sentence are damped for its length (lengthWeight), as their sum grows with it; the
  // context is a mean, which does not, and is scaled up by the same factor, as in its fit
  // (scripts/fit-sentiment-context.ts). Beyond the reference length both terms then grow like the sum of
  // their words over sqrt(n); before, a long sentence's context counted less against its words the longer it was.
  // A short sentence's context is scaled by rules.shortContext. This is contextScale (the fit's), with a
  // division for long sentences instead of its reciprocal: the two differ in the last bit, which reorders
  // drivers of equal contribution in sentences.csv.
  const mean = (rules.context * sum) / count;
  const shift = tokens.length > LENGTH_REFERENCE ? mean / lengthWeight(tokens.length, rules) : mean * rules.shortContext;
  const score = Math.max(-MAX_SCORE, Math.min(MAX_SCORE, normalise(raw, rules.alpha) + shift));
  const moved = denormalise(score, rules.alpha) - raw;
  if (moved === 0) return raw;
  // Each word's share is moved * valence / sum. Words that already drive the score get theirs added;
  // of the others the few with the largest shares are listed and the rest are pooled.
  let pooled = moved;
  const listed: number[] = [];
  // The first driver of each word, as drivers.find gave it: a find per token made a sentence of n
  // words cost n x its drivers, quadratic (a 1 MB line of words without a full stop took minutes).
  const firstDriver = new Map<string, SentimentDriver>();
  for (const d of drivers) if (!firstDriver.has(d.word)) firstDriver.set(d.word, d);
  for (let i = 0; i < tokens.length; i++) {
    const valence = contextValences[i]!;
    if (valence === 0) continue;
    const driver = firstDriver.get(tokens[i]!.word.surface);
    if (driver) {
      driver.contribution += (moved * valence) / sum;
      pooled -= (moved * valence) / sum;
    } else if (listed.length < CONTEXT_DRIVERS) listed.push(i);
    else {
      const weakest = listed.reduce((w, j, k) => (Math.abs(contextValences[j]!) < Math.abs(contextValences[listed[w]!]!) ? k : w), 0);
      if (Math.abs(valence) > Math.abs(contextValences[listed[weakest]!]!)) listed[weakest] = i;
    }
  }
  for (const i of listed.sort((a, b) => a - b)) {
    const share = (moved * contextValences[i]!) / sum;
    const token = tokens[i]!;
    const driver = firstDriver.get(token.word.surface);
    if (driver) driver.contribution += share;
    else {
      const added = { word: token.word.surface, contribution: share };
      drivers.push(added);
      firstDriver.set(added.word, added);
    }
    pooled -= share;
  }
  if (Math.abs(pooled) > 1e-12) drivers.push({ word: OTHER_WORDS, contribution: pooled });
  return raw + moved;
}

/**
 * Words that credit a wire story's staff after "(" ("Reporting by", "Additional reporting by", "Editing by":
 * WIRE_CREDIT_ROLES), and their other forms ("Compiling by", "Edited by", "Written by", "Reported by"),
 * which the cleaner's credit line (clean/metadata.ts CREDIT_ROLE) has not: there "Written by" opens a
 * byline (BYLINE), and the other three would change which last lines it removes, unmeasured.
 */
const CREDIT_VERBS = new Set([...WIRE_CREDIT_ROLES, 'compiling', 'edited', 'written', 'reported']);

/**
 * The tokens a sentence's sentiment is read from: all but a wire story's credit line, which starts a
 * clause ("(Additional reporting by Hope Glory; Editing by Tom Best)", alone or closing a sentence) and
 * runs to its end. On the 10,000 Reuters bench articles 4,826 sentences were such lines, 2,869 of them
 * labelled positive and 670 negative from the reporters' names and "reporting" (session 27).
 */
export function sentimentTokens(tokens: readonly Token[]): readonly Token[] {
  // The word at k when it follows the word before it in the same clause.
  const joined = (k: number): string | undefined => (k < tokens.length && !tokens[k]!.breakBefore ? tokens[k]!.word.lower : undefined);
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !tokens[i]!.breakBefore) continue;
    let j = i;
    let word = tokens[i]!.word.lower;
    if (word === 'with') word = joined(++j) ?? '';
    if (word === 'additional' || word === 'further') word = joined(++j) ?? '';
    if (CREDIT_VERBS.has(word) && joined(j + 1) === 'by') return tokens.slice(0, i);
  }
  return tokens;
}

export function scoreSentence(
  sentence: Sentence, thresholds: SentimentThresholds, rules: SentimentRules = DEFAULT_RULES, lexicon: SentimentLexicon = DEFAULT_LEXICON,
): SentenceSentiment {
  if (rules.headlineEvent !== rules.event && isHeadlineForm(sentence)) rules = { ...rules, event: rules.headlineEvent };
  const tokens = sentimentTokens(sentence.tokens);
  const drivers = wordContributions(tokens, rules, lexicon);
  const wordsRaw = drivers.reduce((sum, d) => sum + d.contribution, 0);
  const bang = exclamation(sentence.text, wordsRaw, rules);
  if (bang) drivers.push(bang);
  const raw = addContext(tokens, drivers, wordsRaw + (bang?.contribution ?? 0), rules, lexicon);
  const sentiment = normalise(raw, rules.alpha);
  drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { index: sentence.index, text: sentence.text, sentiment, label: labelFor(sentiment, thresholds), drivers };
}

/**
 * Contributions under this show as 0 at the two decimals sentences.csv gives them: a driver that
 * reads "WASHINGTON (0)" explains nothing, so such words are pooled with the unlisted ones.
 */
const SHOWN_CONTRIBUTION = 0.005;

/**
 * A sentence's drivers as reported: the `listed` strongest that show, then everything else pooled
 * as OTHER_WORDS (with any context share pooled already), so the list still adds up to the raw
 * score. `drivers` come strongest first (scoreSentence).
 */
export function listedDrivers(drivers: readonly SentimentDriver[], listed: number): SentimentDriver[] {
  const kept: SentimentDriver[] = [];
  let pooled = 0;
  for (const d of drivers) {
    if (d.word !== OTHER_WORDS && kept.length < listed && Math.abs(d.contribution) >= SHOWN_CONTRIBUTION) kept.push(d);
    else pooled += d.contribution;
  }
  if (Math.abs(pooled) > 1e-12) kept.push({ word: OTHER_WORDS, contribution: pooled });
  return kept;
}

/** Indices of the most positive (direction 1) or most negative (-1) sentences with that label. */
function strongest(scored: readonly SentenceSentiment[], label: SentimentLabel, direction: 1 | -1): number[] {
  return scored
    .filter((s) => s.label === label)
    .sort((a, b) => direction * (b.sentiment - a.sentiment) || a.index - b.index)
    .slice(0, STRONGEST_SENTENCES)
    .map((s) => s.index);
}

/** Longer sentences have their stems indexed: a scan for each driver would be quadratic in their length. */
const SCANNED_SENTENCE = 64;

/**
 * The stem of a sentence's word by its surface, as a map of the tokens' surfaces to their stems
 * gives it (the last token's; a surface's records share their stem): every driver but '!' and
 * OTHER_WORDS is a word of its sentence. Most sentences are short and have a few drivers, whose
 * stems a scan finds without a map entry and an array for every token.
 */
function stemReader(tokens: readonly Token[]): (surface: string) => string {
  if (tokens.length > SCANNED_SENTENCE) {
    const stems = new Map(tokens.map((t) => [t.word.surface, t.word.stem]));
    return (surface) => stems.get(surface)!;
  }
  return (surface) => {
    let i = tokens.length - 1;
    while (tokens[i]!.word.surface !== surface) i--;
    return tokens[i]!.word.stem;
  };
}

/**
 * The article's TOP_WORDS strongest sentiment words of each sign, strongest total first: every
 * driver counts. The forms of one word ("rise", "rises"; one stem, as terms.csv counts them) are one entry, written as the form that
 * contributed most: they had taken two of the five places. Forms that drove the score in opposite
 * directions stay apart: Porter gives "objective" and "objection" one stem.
 */
function topWords(sentences: readonly Sentence[], scored: readonly SentenceSentiment[]): { positive: string[]; negative: string[] } {
  const byForm = new Map<string, { stem: string; total: number }>();
  scored.forEach((s, k) => {
    let stemOf: ((surface: string) => string) | undefined;
    for (const d of s.drivers) {
      if (d.word === '!' || d.word === OTHER_WORDS) continue;
      const form = d.word.toLowerCase();
      let entry = byForm.get(form);
      if (!entry) byForm.set(form, (entry = { stem: (stemOf ??= stemReader(sentences[k]!.tokens))(d.word), total: 0 }));
      entry.total += d.contribution;
    }
  });
  const byStem = new Map<string, { total: number; form: string; formTotal: number }>();
  for (const [form, { stem, total }] of byForm) {
    const key = `${total > 0 ? '+' : '-'}${stem}`;
    const entry = byStem.get(key);
    if (!entry) byStem.set(key, { total, form, formTotal: total });
    else {
      entry.total += total;
      if (Math.abs(total) > Math.abs(entry.formTotal) || (Math.abs(total) === Math.abs(entry.formTotal) && form < entry.form)) Object.assign(entry, { form, formTotal: total });
    }
  }
  const entries = [...byStem.values()];
  // The strongest few of each sign picked, not every entry sorted. Forms are distinct, so the order is total.
  const strongestOf = (sign: 1 | -1): string[] => {
    const signed = entries.filter(({ total }) => sign * total > 0);
    const before = (a: number, b: number): boolean => {
      const [x, y] = [Math.abs(signed[a]!.total), Math.abs(signed[b]!.total)];
      return x !== y ? x > y : signed[a]!.form < signed[b]!.form;
    };
    return bestFirst(signed.length, TOP_WORDS, before).map((i) => signed[i]!.form);
  };
  return { positive: strongestOf(1), negative: strongestOf(-1) };
}

/** Sentence and article scores; the article's top words count every driver, sentences list their strongest (listedDrivers). */
export function scoreArticle(
  sentences: readonly Sentence[], options: SentimentOptions, rules: SentimentRules = DEFAULT_RULES, lexicon: SentimentLexicon = DEFAULT_LEXICON,
): ArticleSentiment {
  const scored = sentences.map((s) => scoreSentence(s, options, rules, lexicon));
  const sentiment = scored.length ? scored.reduce((sum, s) => sum + s.sentiment, 0) / scored.length : 0;
  const top = topWords(sentences, scored);
  const listed = options.driversPerSentence;
  if (listed !== undefined) for (const s of scored) s.drivers = listedDrivers(s.drivers, listed);
  return {
    sentiment,
    label: labelFor(sentiment, options),
    positiveSentences: scored.filter((s) => s.label === 'positive').length,
    negativeSentences: scored.filter((s) => s.label === 'negative').length,
    strongestPositiveSentences: strongest(scored, 'positive', 1),
    strongestNegativeSentences: strongest(scored, 'negative', -1),
    sentences: scored,
    topPositiveWords: top.positive,
    topNegativeWords: top.negative,
  };
}
