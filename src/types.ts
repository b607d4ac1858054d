// The records that flow between the stages: ingest -> clean -> tokenize -> analyze -> report.
// Every stage is a function from one of these to the next; nothing here does I/O. The messages of
// the run's machinery live with the code that makes them: worker tasks and results in tasks.ts,
// spool records in spool.ts, rendered report rows in report/index.ts (made in report/worker-rows.ts), summary entries in
// report/summary-data.ts. It imports nothing: the stages import their records from here.

type Stage = 'config' | 'ingest' | 'clean' | 'analyze' | 'report';

/** Something that went wrong with one input; the batch goes on without (or despite) it. */
export interface Problem {
  sourceFile: string;
  articleId: string | null;
  stage: Stage;
  /** `error`: the article was skipped. `warning`: it was analysed but the result needs care. */
  severity: 'error' | 'warning';
  problem: string;
}

/**
 * How a numeric date whose day and month could be either (03/04/2023) is read: `auto` leaves it
 * without a date, `dmy` reads day first (3 April), `mdy` month first (4 March).
 */
export type DateOrder = 'auto' | 'dmy' | 'mdy';

/** Metadata that came with the input (JSONL fields) or that the cleaner lifted from the text. */
export interface ArticleMetadata {
  title: string | null;
  /** ISO 8601 (`2023-04-29` or `2023-04-29T20:19`) when it could be parsed, else as found. */
  date: string | null;
  byline: string | null;
  source: string | null;
  url: string | null;
}

/** One decoded, normalised input article (output of ingest). */
export interface RawArticle {
  id: string;
  /** Path relative to the input directory, or `file.jsonl:LINE` for JSONL records. */
  sourceFile: string;
  /** NFC, LF line ends, no BOM or zero-width characters. */
  text: string;
  /** Encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, `jsonl`...). */
  encoding: string;
  /** Metadata given with the input (JSONL); text files start with all fields null. */
  givenMetadata: ArticleMetadata;
  /** Decoding problems worth telling the user (replacement characters, guessed encoding). */
  warnings: string[];
}

/** What ingest makes of one input: an article, or the problem that kept it out. */
export type IngestItem = { kind: 'article'; article: RawArticle } | { kind: 'problem'; problem: Problem };

/**
 * A .txt file still to be read: what the pipeline hands a worker thread, which reads it there
 * (ingest/text-file.ts readTextFile). Its id and name in errors.csv come with it, made once when it is listed,
 * not by a `path.relative` per read and per look-up, seven a file over a run.
 */
export interface TextFileSource {
  kind: 'file';
  path: string;
  id: string;
  /** The path relative to the input directory, with `/` (errors.csv source_file). */
  sourceFile: string;
}

/** An input as the listing gives it (ingest/index.ts openInput) and the tasks take it: a JSONL record read or a problem met while listing, or a text file still to read. */
export type Source = IngestItem | TextFileSource;

type LineKind = 'title' | 'metadata' | 'body' | 'boilerplate' | 'headline';

/** A line of the raw text the cleaner did not keep in the body. */
export interface RemovedLine {
  /** 1-based line number in the normalised raw text. */
  line: number;
  text: string;
  kind: Exclude<LineKind, 'body'>;
  /** Short human-readable reason, e.g. `byline`, `section label`, `unrelated headline`. */
  reason: string;
}

/** Output of the clean stage. */
export interface CleanArticle {
  id: string;
  sourceFile: string;
  encoding: string;
  metadata: ArticleMetadata;
  /** Body paragraphs joined by blank lines; no title, no removed lines. */
  body: string;
  removedLines: RemovedLine[];
  warnings: string[];
}

/**
 * The words the cleaner found in one line (text/line-words.ts wordsAt): their shared records and where
 * each stands in the line. The tokenizer reuses them for the body's lines instead of looking the
 * words up again (tokenize.ts tokenizeArticle).
 */
export interface PlacedWords {
  readonly words: readonly Word[];
  /** Word k is the line's text[spans[2k], spans[2k + 1]). */
  readonly spans: readonly number[];
  /** The k of the words with an apostrophe or hyphen in them, in order (the tokenizer may cut those). */
  readonly joined: readonly number[];
  /** How much of the line was read (long lines are read in part): no word past it is known. */
  readonly scanned: number;
}

/** Output of the clean stage with, for each body paragraph (a kept line), the cleaner's words of it. */
export interface CleanArticleWithWords {
  article: CleanArticle;
  bodyWords: readonly PlacedWords[];
}

/**
 * What a word form is, whatever its place: one record per distinct surface and tokenizer (a bounded
 * cache in text/word-records.ts), shared by all the occurrences. The later stages keep what they work out per
 * word on it, so each looks a word up once per form instead of once per token.
 */
export interface Word {
  /** As written in the text (`São`, `U.S.`, `isn't`). */
  readonly surface: string;
  /** Lowercased surface, the unit stopwords are matched on. */
  readonly lower: string;
  /** Porter stem of `lower` (apostrophes straightened, a possessive `'s` cut off: text/word-records.ts wordRecord): the key terms are counted under. */
  readonly stem: string;
  readonly isStopword: boolean;
  /**
   * A modal verb that is also a month or a name ("may"), where it reads as the modal (text/modals.ts
   * markModals): no term starts or ends with it. No stopword: keyphrases link the nouns around it
   * as around other verbs (as a stopword it cost DUC F1@10 33.95 -> 33.89, KPCrowd F1@5 9.34 -> 9.32).
   */
  readonly modal?: true;
  /**
   * True for tokens with at least one letter that are no instrument code (text/token-shapes.ts
   * isInstrumentCode: "VOD.L", "CLc1"): numbers and codes are tokens, but never terms, keyphrase
   * words or sentiment words, and are not counted as words.
   */
  readonly isWord: boolean;
  /** Penn Treebank lexical tag (analyze/pos.ts), set on first use. */
  tag: string | undefined;
  /** What the sentiment scorer reads for this word in one lexicon (analyze/sentiment-words.ts), set on first use. */
  sentiment: WordSentiment | undefined;
  /**
   * Which of the `stopword` package's lists have the lowercase form (their indexes in text/language-guess.ts),
   * for the cleaner's guess of a page's language; null: none. Set on first use.
   */
  stopwordLists: readonly number[] | null | undefined;
}

/** Where a word's valence came from: analyze/sentiment-modifiers.ts weighs all but `lexicon` less (guesses). */
export type ValenceSource = 'lexicon' | 'inflection' | 'embedding' | 'compound';

/** A word's sentiment entry and context valence, and the lexicon they were looked up in. */
export interface WordSentiment {
  /** The lexicon read (analyze/sentiment-words.ts SentimentLexicon), told by identity: the record holds for that one only. */
  lexicon: object;
  entry: { valence: number; source: ValenceSource } | null;
  context: number | undefined;
  /** The lowercase form with straight apostrophes: what the lexicon and the rules' word lists are keyed by. */
  key: string;
  /** Which of the rules' word lists have the word, and the shape of its surface (bits, analyze/sentiment-words.ts). */
  roles: number;
}

/**
 * One occurrence of a word: the shared record of its form (surface, lowercase, stem...) and its
 * place. Nothing is copied from the record: the tokenizer does not read it, and the stages that do
 * read it also read what they keep on it.
 */
export interface Token {
  word: Word;
  /** Punctuation (other than `-` and `'` inside a word) separates this token from the previous one. */
  breakBefore: boolean;
}

export interface Sentence {
  /** 0-based, in article order. */
  index: number;
  text: string;
  /** 0-based paragraph the sentence belongs to. */
  paragraph: number;
  tokens: Token[];
}

export interface TokenizedArticle extends CleanArticle {
  sentences: Sentence[];
}

/** A 1..3-gram counted in one article, keyed by its stems. */
export interface TermCount {
  /** Stems joined by a space: identity of the term across articles. */
  key: string;
  /** Most frequent surface form of the term in this article. */
  surface: string;
  n: number;
  count: number;
}

export interface Keyphrase {
  rank: number;
  /** Readable phrase as it appears in the text. */
  keyphrase: string;
  keyphraseScore: number;
}

export interface SentenceSentiment {
  index: number;
  text: string;
  /** -1..1; see analyze/sentiment-rules.ts for the scale. */
  sentiment: number;
  label: SentimentLabel;
  /** Words that moved the score, with their signed contribution, strongest first. */
  drivers: SentimentDriver[];
}

export type SentimentLabel = 'positive' | 'negative' | 'neutral';

export interface SentimentDriver {
  word: string;
  contribution: number;
}

export interface ArticleSentiment {
  /** Mean of the sentence scores, -1..1. */
  sentiment: number;
  label: SentimentLabel;
  positiveSentences: number;
  negativeSentences: number;
  /** 0-based indices of the most positive sentences (labelled positive), strongest first; at most 3. */
  strongestPositiveSentences: number[];
  /** 0-based indices of the most negative sentences (labelled negative), strongest first; at most 3. */
  strongestNegativeSentences: number[];
  sentences: SentenceSentiment[];
  topPositiveWords: string[];
  topNegativeWords: string[];
}

/**
 * The sentiment of an article that is not scored: its text reads as another language than English,
 * the lexicons' (sentiment.otherLanguages, analyze/sentiment-lexicon.ts scoresSentiment), or it has no sentence
 * (analyze/index.ts). Its sentences are listed, without scores: a German article had scored -0.65
 * from the English verb "die".
 */
export interface UnscoredSentiment {
  sentiment: null;
  label: null;
  sentences: Array<Pick<SentenceSentiment, 'index' | 'text'>>;
}

/** Everything computed from one article alone (the "map" side of the pipeline). */
export interface ArticleAnalysis {
  article: CleanArticle;
  /** Word tokens in the body (Word.isWord: no numbers, addresses or instrument codes; articles.csv `words`). */
  wordCount: number;
  sentenceCount: number;
  /** Lines the cleaner removed (article.removedLines, which the spool leaves out for pass 3: see run/spool.ts). */
  removedLineCount: number;
  termCounts: TermCount[];
  sentiment: ArticleSentiment | UnscoredSentiment;
  /** Candidate phrases with corpus-independent features; final ranking needs corpus statistics. */
  keyphraseCandidates: KeyphraseCandidates;
}

/** An article's keyphrase candidates: noun phrases, and single words when the config asks for them. */
export interface KeyphraseCandidates {
  phrases: KeyphraseCandidate[];
  /** Empty unless `keyphrases.singleWordWeight` > 0. */
  words: KeyphraseCandidate[];
}

export interface KeyphraseCandidate {
  /** Stems joined by a space. */
  key: string;
  /** Readable form as written in the article (its most frequent form). */
  surface: string;
  /** Stem of every word, for looking up corpus statistics. */
  stems: string[];
  /** Centrality of each word in the article's word graph (PositionRank), same order as stems. */
  wordScores: number[];
  /** Whether each word is in the headline, same order as stems. */
  wordInTitle: boolean[];
  /** Occurrences in the body. */
  count: number;
  /** Position of the first word of the first occurrence among the article's tokens. */
  firstPosition: number;
  /** A single word said as a verb more often than not ("rose", "married"); false for phrases. */
  verb: boolean;
}

/**
 * An article's term counts as the spool gives them back to pass 3 (spool.ts): per term the 64-bit
 * hash of its key (high, low), its count and n, four numbers in `packed` (term-summary.ts
 * packTerms), and its surface, made only when asked for. No object and no key string per term:
 * an article has about 500 terms, and pass 3 shows 75 of them.
 */
export interface PackedTerms {
  packed: Uint32Array;
  surface(index: number): string;
}

/** An analysis as pass 3 reads it from the spool: its terms packed. */
export type SpooledArticle = Omit<ArticleAnalysis, 'termCounts'> & { terms: PackedTerms };

/** What finalizing an article reads from the corpus: its size and each term's document frequency. */
export interface CorpusStats {
  documents: number;
  /** term key -> number of articles containing it (0 or undefined: never seen). */
  documentFrequency: { get(key: string): number | undefined };
}

/**
 * A corpus summary keyed by term strings, built from analyses in any order (analyze/terms.ts
 * addToCorpus): what the evaluation and bench scripts use, and the reference the tests hold the
 * pipeline's hash-keyed summary (term-summary.ts) to.
 */
export interface CorpusSummary {
  documents: number;
  /** term key -> what the corpus says about it (one map: one lookup per term and article). */
  terms: Map<string, CorpusSummaryTerm>;
}

interface CorpusSummaryTerm {
  /** Number of articles containing the term. */
  documents: number;
  /** Total count over the corpus. */
  count: number;
  /** The corpus-wide readable form and its count in the article where it was most frequent. */
  surface: string;
  surfaceCount: number;
}

/** A row of corpus_terms.csv: a term of the whole run, shown in its readable form. */
export interface CorpusTerm {
  term: string;
  n: number;
  count: number;
  documents: number;
  idf: number;
}

export interface ScoredTerm {
  term: string;
  n: number;
  count: number;
  relativeFrequency: number;
  tfIdf: number;
  rank: number;
}

/** An article with everything that needs the corpus: what the reports show. */
export interface ArticleResult {
  analysis: Omit<ArticleAnalysis, 'termCounts'>;
  terms: ScoredTerm[];
  keyphrases: Keyphrase[];
}
