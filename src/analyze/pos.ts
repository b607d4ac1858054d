// Part of speech, as coarse as keyphrase candidates need: a lookup in natural's English lexicon
// (92,000 word forms, most frequent tag first; the data file only, read by path, text/pos-lexicon.ts), a guess from
// the word's shape for unknown words, acronyms and numbers handled first, and the two contextual
// rules of natural's Brill rule set that matter for nouns. Against natural's BrillPOSTagger on the
// same sentences (docs/keyphrases.md): DUC-2001 keyphrase F1@10 33.2 instead of 31.7, and about
// three times faster (natural applies every rule object at every position).
import type { Token, Word } from '../types.js';
import { englishLexicon } from '../text/pos-lexicon.js';

export type WordClass = 'noun' | 'adjective' | 'verb' | 'number' | 'other';

const classes = new Map<string, WordClass>();

/** Penn Treebank tag -> coarse class (memoised: a few dozen tags, looked up for every word). */
function classOf(tag: string): WordClass {
  let wordClass = classes.get(tag);
  if (!wordClass) classes.set(tag, (wordClass = classifyTag(tag)));
  return wordClass;
}

function classifyTag(tag: string): WordClass {
  if (tag.startsWith('NN')) return 'noun';
  if (tag.startsWith('JJ')) return 'adjective';
  if (tag.startsWith('VB') || tag === 'MD') return 'verb';
  if (tag === 'CD') return 'number';
  return 'other';
}

// Spelled-out numbers, which the lexicon lacks: "two people" gives the phrase "people".
const NUMBER_WORDS = new Set(
  ('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions trillion dozen dozens').split(' '),
);

/** EU, U.S., AT&T, F-16, and words of a headline in capitals. */
const isAllCaps = (word: Word): boolean => word.surface.length > 1 && word.surface !== word.lower && word.surface === word.surface.toUpperCase();
/** Written with a capital and in lowercase after it ("Check", "McDonald"), not in capitals. */
const isCapitalised = (word: Word): boolean => word.surface !== word.lower && !isAllCaps(word) && /^\p{Lu}/u.test(word.surface);
const startsWithDigit = (surface: string): boolean => surface[0]! >= '0' && surface[0]! <= '9';

// lexicalTag depends only on the word form (surface, and the tokenizer's stopword list), so it is
// kept on the word's shared record: words repeat, and the lexicon is large. A reading where the word
// stands (an acronym, a modal: text/word-records.ts readingOf) is a record of its own.
const cachedLexicalTag = (token: Token): string => (token.word.tag ??= lexicalTag(token.word));

// The words a pronoun or auxiliary contraction is made of ("won't", "they're", "it's", "could've"), which the lexicon
// lacks: it has Penn's split forms ("wo" and "ca" as MD, "n't"). Any word before "n't"; before another clitic only
// these, as a noun or name before one is a possessive ("Russia's"), an abbreviation ("req'd") or a title ("Punk'd").
const CLITIC_HEADS = new Set('i you he she it we they there here that who what where when why how let would could should might must may'.split(' '));
const CLITICS = new Set(['s', 'll', 'd', 're', 've', 'm']);
// Contractions before a base verb, tagged as a modal so that Brill's rule reads the word after them as a verb ("won't sign").
const MODAL_HEADS = new Set('wo ca could would should must need sha might do does did'.split(' '));

/**
 * Where the word's last apostrophe (' or ’) stands, or -1. By its char codes: noun-runs.ts asks at every noun and adjective, and
 * String's lastIndexOf goes through V8's runtime, two calls of which cost about ten times this scan of a word.
 */
function lastApostrophe(lower: string): number {
  for (let i = lower.length - 1; i >= 0; i--) {
    const code = lower.charCodeAt(i);
    if (code === 0x27 || code === 0x2019) return i;
  }
  return -1;
}

/**
 * The tag of a contraction (CLITIC_HEADS), or undefined for any other word: MD for one of a modal or of "do" and for
 * "'ll" and "'d" ("won't", "didn't", "we'll", "they'd"), VBP for the others ("isn't", "they're", "it's"). Guessed from
 * its shape, a contraction was a noun, and a name when capitalised ("They're"), so a keyphrase with
 * `stopwords.newsWords` off ("mayor won't sign"); noun-runs.ts takes none into a candidate.
 */
export function contractionTag(lower: string): string | undefined {
  const apostrophe = lastApostrophe(lower);
  if (apostrophe < 1) return undefined;
  const clitic = lower.slice(apostrophe + 1);
  if (clitic === 't' && lower[apostrophe - 1] === 'n' && apostrophe > 1) return MODAL_HEADS.has(lower.slice(0, apostrophe - 1)) ? 'MD' : 'VBP';
  if (!CLITICS.has(clitic) || !CLITIC_HEADS.has(lower.slice(0, apostrophe))) return undefined;
  return clitic === 'll' || clitic === 'd' ? 'MD' : 'VBP';
}

/**
 * Penn tag of one word. Acronyms (EU, U.S.) are nouns whatever the lexicon says ("US" is listed as a
 * pronoun); a word the tokenizer read as a modal verb is one ("Stocks May Fall": the lexicon has "May" as a name first).
 */
function lexicalTag(word: Word): string {
  if (word.modal) return 'MD';
  if (!word.isWord || startsWithDigit(word.surface) || NUMBER_WORDS.has(word.lower)) return 'CD';
  const contraction = contractionTag(word.lower);
  if (contraction) return contraction;
  const entries = englishLexicon();
  if (isAllCaps(word)) {
    // Headline capitals ("US INSURERS expect"): the lowercase entry when it is a content word.
    const lower = entries.get(word.lower);
    return lower && classOf(lower) !== 'other' && !word.isStopword ? lower : 'NNP';
  }
  return entries.get(word.surface) ?? entries.get(word.lower) ?? guessTag(word);
}

/** Shape of an unknown word: hyphenated words take the tag of their last part ("storm-related" is an adjective). */
function guessTag(word: Word): string {
  const lower = word.lower;
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && dash < lower.length - 1) {
    const last = lower.slice(dash + 1);
    const tag = englishLexicon().get(last);
    if (tag === 'VBN' || tag === 'VBG' || tag === 'VBD' || tag?.startsWith('JJ')) return 'JJ';
    return /^\p{Lu}/u.test(word.surface) ? 'NNP' : 'NN';
  }
  if (/^\p{Lu}/u.test(word.surface)) return 'NNP';
  if (lower.endsWith('ly')) return 'RB';
  if (lower.endsWith('ing')) return 'VBG';
  if (lower.endsWith('ed')) return 'VBN';
  if (/(?:al|ous|ful|ive|able|ible|ic|less)$/.test(lower)) return 'JJ';
  return lower.endsWith('s') ? 'NNS' : 'NN';
}

const DETERMINERS = new Set(['DT', 'PRP$', 'WP$', 'POS']);
// Determiners that also stand alone as a subject ("That helped", "These include").
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
// Pronouns that are only subjects: the word right after one is its verb ("we use Arrowhead", "they
// plan"). Not "I" ("World War I veterans", "Phase I trial"), "you" or "it", which can be objects.
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'he', 'she']);
const PHRASE_STARTS = new Set(['DT', 'PRP$', 'JJ', 'JJR', 'JJS']);

/**
 * Title Case ("Oil Prices Rise After Storm", "Royal Dutch Shell."): capitalised words, and no word in
 * lowercase but function words. Capitals say nothing about names there; running text writes its
 * verbs and common nouns in lowercase ("Royal Dutch Shell said on Monday").
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  let capitalised = 0;
  for (const token of tokens) {
    const word = token.word;
    if (!word.isWord) continue;
    if (isCapitalised(word)) capitalised++;
    else if (word.surface === word.lower && classOf(cachedLexicalTag(token)) !== 'other') return false;
  }
  return capitalised > 1;
}

/** isTitleCase of a sentence, computed once: tagWords asks, and nameAtEnd at every long run. */
const titleCaseOfSentence = new WeakMap<readonly Token[], boolean>();
export function isTitleCaseLine(tokens: readonly Token[]): boolean {
  let titleCase = titleCaseOfSentence.get(tokens);
  if (titleCase === undefined) titleCaseOfSentence.set(tokens, (titleCase = isTitleCase(tokens)));
  return titleCase;
}

/**
 * How many of the `length` tokens from `start`, counted from the last, are a name (0 when none):
 * capitalised words ("New York Stock Exchange", "chewing gum maker Wm. Wrigley Jr. Co"), an
 * acronym allowed as the name's first word only ("U.S. National Cancer Institute"; words in
 * capitals further in are a dateline or a caption, "Dana Royce LOS ANGELES", "AP PHOTO Al Horford"),
 * in running text: a Title Case line capitalises every word.
 */
export function nameAtEnd(tokens: readonly Token[], start: number, length: number): number {
  if (isTitleCaseLine(tokens)) return 0;
  let first = start + length;
  while (first > start && isCapitalised(tokens[first - 1]!.word)) first--;
  // The acronym starts the run or follows a lowercase word of it ("the rival U.S. National Cancer Institute").
  const acronym = first - 1;
  if (acronym >= start && first < start + length && isAllCaps(tokens[acronym]!.word) && (acronym === start || tokens[acronym - 1]!.word.surface === tokens[acronym - 1]!.word.lower)) first--;
  return start + length - first;
}

// Titles written before a person's name ("Finance Minister Michael Noonan", "Chief Executive Steve
// Jobs"): a closed class. The lexicon cannot tell them from first names: it lists every capitalised
// form as a name, and "mark", "john", "jobs" as common nouns. Not titles that are often surnames or
// company words ("Justin King", "Charles Prince", "General Electric").
const TITLES = new Set(
  ('president vice minister premier chancellor secretary governor mayor senator sen congressman congresswoman ' +
    'representative rep judge attorney prosecutor commissioner chairman chairwoman chief executive officer ceo ' +
    'cfo coo director manager gm coach spokesman spokeswoman superintendent inspector commander commandant ' +
    'cmdr colonel col captain capt sergeant sgt lieutenant lt admiral ambassador pope archbishop dr professor ' +
    'prof justice economist strategist analyst leader').split(' '),
);

// Words written after a title as its part ("Attorney General", "Secretary-General", "President Elect"), not the person's first name.
const TITLE_ENDINGS = new Set(['general', 'elect', 'designate']);

/** A title, a hyphenated one by its last part before any ending ("Vice-Chairman", "Secretary-General"). */
function isTitle(lower: string): boolean {
  const parts = lower.split('-');
  while (parts.length > 1 && TITLE_ENDINGS.has(parts[parts.length - 1]!)) parts.pop();
  return TITLES.has(parts[parts.length - 1]!);
}

// A company's legal form, written after its name ("Calpine Corp", "Brandt Ltd"): no word of what it is.
const LEGAL_FORMS = new Set('inc corp co ltd plc llc lp llp ag sa nv gmbh'.split(' '));
// Words that end a company's name ("Executive Jet Aviation Corp", "Chancellor Capital Management Inc"):
// a run ending so names a company, whose first word may read as a title.
const COMPANY_ENDINGS = new Set([...LEGAL_FORMS, ...'incorporated corporation company limited group holdings'.split(' ')]);

/**
 * Whether a word written with a capital is a company's legal form ("Inc", "Corp", "AG"), by its stem
 * (Porter leaves these as they are) and the first letter of its surface: the set lookup first, as
 * this runs on every word of a noun run.
 */
export const isLegalForm = (stem: string, surface: string): boolean => LEGAL_FORMS.has(stem) && /^\p{Lu}/u.test(surface);

/**
 * How many words at the end of the `length` tokens from `start` are a person's name after a title
 * ("Syrian President Bashar Assad": 2): the words after the run's last title and its endings
 * ("Attorney General Eric Holder": 2), when at least two. 0 when the run does not end so ("New York
 * Stock Exchange"), or names a company ("Executive Jet Aviation Corp").
 */
export function personAfterTitle(tokens: readonly Token[], start: number, length: number): number {
  const end = start + length;
  if (COMPANY_ENDINGS.has(tokens[end - 1]!.word.lower)) return 0;
  for (let i = end - 1; i >= start; i--) {
    if (!isTitle(tokens[i]!.word.lower)) continue;
    let first = i + 1;
    while (first < end && TITLE_ENDINGS.has(tokens[first]!.word.lower)) first++;
    const person = end - first;
    return person >= 2 ? person : 0;
  }
  return 0;
}

/**
 * Whether the lexicon lists the word, capitalised as written, as a common noun first: a word seen
 * capitalised mostly as a sentence's first word ("Researchers", "Officials"), not as a name
 * ("Gates", "Louis"; an unlisted "Stead" or "Wrigley" may be a name).
 */
export function isListedCapitalisedAsCommonNoun(word: Word): boolean {
  const tag = englishLexicon().get(word.surface);
  return tag === 'NN' || tag === 'NNS';
}

/**
 * Whether tokens[i] is a superlative adjective ("largest", "worst": the lexicon's JJS), which ranks
 * a thing among others and is no part of what it is ("the largest oil spill" is about an oil spill),
 * outside a name: a capitalised one before a capitalised word is the name's ("Best Western").
 */
export function isSuperlative(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (cachedLexicalTag(token) !== 'JJS') return false;
  const next = tokens[i + 1];
  return !(isCapitalised(token.word) && next !== undefined && !next.breakBefore && isCapitalised(next.word));
}

/** Whether the lexicon reads the word, as written or in lowercase, as a noun at all ("record", "rose"; not "helped"). */
function hasNounReading(word: Word): boolean {
  const lexicon = englishLexicon();
  return [word.surface, word.lower].some((form) => lexicon.tags(form).some((tag) => tag.startsWith('NN')));
}

/** Coarse class of every token of one sentence. */
export function tagWords(tokens: readonly Token[]): WordClass[] {
  const tags = tokens.map(cachedLexicalTag);
  /** Token `i` is capitalised and follows the one before it without punctuation. */
  const continuesCapitals = (i: number): boolean => i < tokens.length && isCapitalised(tokens[i]!.word) && !tokens[i]!.breakBefore;
  for (let i = 1; i < tags.length; i++) {
    const previous = tags[i - 1]!;
    const tag = tags[i]!;
    const nounOrAdjective = tag === 'NN' || tag === 'NNS' || tag === 'JJ';
    // Brill's rules: a verb reading right after a determiner is a noun ("the record"), a noun
    // reading after a modal or "to" is a verb ("will record", "to record"); and so is an adjective
    // reading after a modal ("will fine Rudolph": "to" may start a phrase, "to new highs"). After
    // a demonstrative, which may be the subject ("That helped benchmark indexes" was a phrase), only
    // a word the lexicon also reads as a noun; after an article, a participle too ("the recommended halt").
    if ((tag === 'VB' || tag === 'VBP' || tag === 'VBD') && DETERMINERS.has(previous) && !(DEMONSTRATIVES.has(tokens[i - 1]!.word.lower) && !hasNounReading(tokens[i]!.word))) tags[i] = 'NN';
    else if (nounOrAdjective && (previous === 'MD' || (previous === 'TO' && tag !== 'JJ'))) tags[i] = 'VB';
    else if (nounOrAdjective && SUBJECT_PRONOUNS.has(tokens[i - 1]!.word.lower)) tags[i] = 'VBP';
    // A singular noun reading between a plural noun and the start of a noun phrase is the plural's
    // verb ("bright structures show diffuse gas", "officials say the"): a compound noun is not followed by one.
    else if (tag === 'NN' && previous === 'NNS' && PHRASE_STARTS.has(tags[i + 1] ?? '')) tags[i] = 'VBP';
    // A capitalised verb reading after a capitalised noun is part of a name or a label ("Fact Check:",
    // "Apple Pay"): a sentence goes on in lowercase. Headline capitals ("INSURERS EXPECT") are not capitalised
    // words, and a Title Case line capitalises its verbs too ("Investors Dump Stocks").
    else if (
      (tag === 'VB' || tag === 'VBP') &&
      previous.startsWith('NN') &&
      isCapitalised(tokens[i]!.word) &&
      isCapitalised(tokens[i - 1]!.word) &&
      !isTitleCaseLine(tokens)
    )
      tags[i] = 'NNP';
    // A capitalised adjective reading between capitalised words of running text is part of the name
    // ("Royal Dutch Shell", "Credit Suisse First Boston"): a sentence's own adjectives are in lowercase. The
    // word before it counts at a sentence's start only as a name reading ("Royal"), not as any capitalised opener.
    else if (
      tag.startsWith('JJ') &&
      previous.startsWith('NN') &&
      (i > 1 || previous === 'NNP' || previous === 'NNPS') &&
      isCapitalised(tokens[i - 1]!.word) &&
      continuesCapitals(i) &&
      continuesCapitals(i + 1) &&
      !isTitleCaseLine(tokens)
    )
      tags[i] = 'NNP';
    // In a Title Case line the capitalised entry says nothing ("Fear", "Holds" are listed as nouns), so a
    // noun with a finite verb reading that agrees with the noun before it is that noun's verb ("Investors
    // Fear Recession", "Fed Holds Rates"), unless a later noun of the run could as well be the verb of
    // the noun before it ("Oil Prices Rise": "Prices" is the subject of "Rise"; "Jobs Report Shows";
    // "Sales Tax Rise Hits Shoppers"): a headline's clause has one verb, after its whole subject.
    else if (
      tag.startsWith('NN') &&
      previous.startsWith('NN') &&
      isCapitalised(tokens[i]!.word) &&
      !tokens[i]!.breakBefore &&
      i + 1 < tokens.length &&
      tokens[i + 1]!.word.isWord &&
      !tokens[i + 1]!.breakBefore &&
      isTitleCaseLine(tokens)
    ) {
      const verb = agreeingVerb(verbReadings(tokens[i]!.word), previous === 'NNS' || previous === 'NNPS');
      if (verb && !laterVerbOfRun(tokens, tags, i)) tags[i] = verb;
    }
  }
  return tags.map(classOf);
}

/**
 * Whether the word after tokens[i], or a noun after it in the same run, has a verb reading that
 * agrees with the word before it. As a noun, a word with a verb reading in -s is a plural ("Prices", "Holds").
 */
function laterVerbOfRun(tokens: readonly Token[], tags: readonly string[], i: number): boolean {
  // The next word counts whatever its tag; the run goes on through nouns.
  for (let j = i + 1; j < tokens.length && tokens[j]!.word.isWord && !tokens[j]!.breakBefore && (j === i + 1 || (tags[j - 1]!.startsWith('NN') && tags[j]!.startsWith('NN'))); j++) {
    const subject = tokens[j - 1]!.word;
    const pluralSubject = tags[j - 1] === 'NNS' || tags[j - 1] === 'NNPS' || verbReadings(subject).has('VBZ');
    if (agreeingVerb(verbReadings(tokens[j]!.word), pluralSubject)) return true;
  }
  return false;
}

const FINITE_VERB_TAGS = new Set(['VB', 'VBP', 'VBZ', 'VBD']);

/** The finite verb tags (base, present, past) of the word as written and in lowercase. */
function verbReadings(word: Word): Set<string> {
  const lexicon = englishLexicon();
  const readings = new Set<string>();
  for (const form of word.surface === word.lower ? [word.lower] : [word.surface, word.lower]) {
    for (const tag of lexicon.tags(form)) if (FINITE_VERB_TAGS.has(tag)) readings.add(tag);
  }
  return readings;
}

/** The verb tag among `readings` that a plural or singular subject takes (a past tense takes either), or null. */
function agreeingVerb(readings: ReadonlySet<string>, pluralSubject: boolean): string | null {
  if (readings.has('VBD')) return 'VBD';
  if (pluralSubject) return readings.has('VBP') ? 'VBP' : readings.has('VB') ? 'VBP' : null;
  return readings.has('VBZ') ? 'VBZ' : null;
}
