// Config schema, defaults and validation. The schema is the single source of truth: defaults,
// error messages and the editor JSON Schema (`npm run config:schema`) all come from it.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { patternProblem } from './clean/patterns.js';
import { closestName, ConfigError, readConfigFile } from './config-file.js';
import { MAX_FILE_BYTES_CEILING } from './ingest/problems.js';
import type { DateOrder } from './types.js';

/** A regular expression that compiles and cannot backtrack exponentially (clean/patterns.ts). */
const regexSource = z.string().superRefine((source, context) => {
  const problem = patternProblem(source);
  if (problem) context.addIssue({ code: 'custom', message: problem, input: source });
});

/**
 * A file system path. "~" is a shell's: "output": "~/news-reports" in a config file (or a quoted
 * `--output '~/x'`) made a folder named "~" in the current directory (and `rm -rf ~` to remove it deletes the home).
 */
const pathValue = z.string().min(1).superRefine((path, context) => {
  if (/^~(\/|$)/.test(path)) {
    const message = `"~" means the home directory only to a shell, which did not expand it here: write the full path (${join(homedir(), path.slice(1))})`;
    context.addIssue({ code: 'custom', message, input: path });
  }
});

// The values are named in the message: the key's value is a list, which the "(got …)" of a scalar does not quote.
const ngramRange = z.tuple([z.number().int().min(1).max(5), z.number().int().min(1).max(5)]).superRefine(([min, max], context) => {
  if (min > max) context.addIssue({ code: 'custom', message: `the first value (${min}) must not exceed the second (${max}): write [${max}, ${min}]` });
});


const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** A directory of .txt files (recursive), one .txt file, or a .jsonl file. */
  input: pathValue.default('seeds'),
  output: pathValue.default('output'),
  /** ISO 639-1 code of the articles' language: picks the stopword list and the stemmer. */
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code like "en"').default('en'),
  stopwords: z
    .strictObject({
      /**
       * Also leave out the language's built-in news words (English: "its", "says", "told", "Mr", "Dr",
       * contractions; Spanish, French, Italian, Chinese, Persian, Burmese: function words their lists lack; NEWS_STOPWORDS in
       * src/text/language.ts). Languages without such a list ignore it.
       */
      newsWords: z.boolean().default(true),
      /**
       * Words (any case) treated as stopwords in addition to the language's list and its news words.
       * One word each: an entry with a space (" inflation ", "New York") matched no word and was
       * silently without effect.
       */
      extra: z.array(z.string().min(1).regex(/^\S+$/u, 'a stopword is one word, without spaces: this entry would match no word (for "New York", list "new" and "york")')).default([]),
    })
    .prefault({}),
  clean: z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Site-specific lines to drop (regular expressions matched against the trimmed line). */
      boilerplatePatterns: z.array(regexSource).default([]),
      /** A line seen in at least this many articles of the run is site chrome, unless it reads as prose (clean/line-shape.ts isProse). */
      repeatedLineMinArticles: z.number().int().min(2).default(3),
      /**
       * How a date line's numeric date whose day and month could be either (03/04/2023) is read:
       * "auto" leaves the date empty, "dmy" reads it day first, "mdy" month first. Dates with a
       * part over 12, dotted dates (day first) and month names are read the same whatever it says.
       */
      dateOrder: z.enum(['auto', 'dmy', 'mdy'] as const satisfies readonly DateOrder[]).default('auto'),
    })
    .prefault({}),
  terms: z
    .strictObject({
      ngramRange: ngramRange.default([1, 3]),
      /** Rows per article in terms.csv (per n). */
      perArticle: z.number().int().min(1).max(10_000).default(25),
      /** Terms listed in articles.csv's top_terms. */
      topInSummary: z.number().int().min(1).max(100).default(10),
      /** Rows in corpus_terms.csv, most frequent first (a spreadsheet shows at most 1,048,575). */
      corpusLimit: z.number().int().min(1).max(1_000_000).default(20_000),
    })
    .prefault({}),
  keyphrases: z
    .strictObject({
      perArticle: z.number().int().min(1).max(100).default(10),
      topInSummary: z.number().int().min(1).max(100).default(5),
      /**
       * How strongly single words (nouns, adjectives, verbs) compete with noun phrases: 0 lists
       * phrases only (phrase-style answers, DUC-2001), large values words first (word-style
       * answers, KPCrowd); with 0.3 a word comes next when 0.3 x its share of the best word's
       * score beats the next phrase's share of the best phrase's. docs/keyphrases.md has the curve.
       */
      singleWordWeight: z.number().min(0).max(1000).default(0.3),
    })
    .prefault({}),
  sentiment: z
    .strictObject({
      /** A score at or above this is `positive`. */
      positiveThreshold: z.number().min(-1).max(1).default(0.05),
      /** A score at or below this is `negative`. */
      negativeThreshold: z.number().min(-1).max(1).default(-0.05),
      /** Use the lexicon entries fitted on NYT editorials (src/analyze/sentiment-learned.ts); false: VADER + AFINN as published. */
      learnedLexicon: z.boolean().default(true),
      /** Drivers listed per sentence in sentences.csv and report.json, strongest first; the rest are pooled as "(other words)". */
      driversPerSentence: z.number().int().min(1).max(1000).default(5),
      /**
       * Articles whose text reads as another language than English (or, in a run whose language is
       * not English, that do not read as English): "skip" leaves their sentiment empty, "score"
       * scores them with the English lexicons all the same (numbers that mean nothing for them).
       */
      otherLanguages: z.enum(['skip', 'score']).default('skip'),
    })
    .superRefine((s, context) => {
      if (s.negativeThreshold >= s.positiveThreshold) {
        context.addIssue({ code: 'custom', message: `negativeThreshold (${s.negativeThreshold}) must be below positiveThreshold (${s.positiveThreshold})` });
      }
    })
    .prefault({}),
  nearDuplicates: z
    .strictObject({
      /**
       * Estimated Jaccard similarity of two cleaned bodies' three-word shingles at or above which
       * the later is a near-duplicate of the earlier (articles.csv near_duplicate_of; run/near-duplicates.ts).
       * Below one half, two bodies share less than they differ in: not a copy of one story.
       */
      threshold: z.number().min(0.5).max(1).default(0.8),
    })
    .prefault({}),
  /** Worker threads for the per-article stages: "auto" = one per available core; 1 = no workers; never more than the cores (run/pool.ts workerThreads). */
  workers: z
    // zod's own message for a value of neither kind ("4", "two") was "Invalid input".
    .union([z.literal('auto'), z.number().int().min(1).max(256)], { error: 'must be "auto" or a number of threads from 1 to 256' })
    .default('auto'),
  limits: z
    .strictObject({
      /**
       * Files (and JSONL records) larger than this are refused with a message, never loaded. One
       * article needs about 50 times its size in memory, hence the ceiling.
       */
      maxFileBytes: z.number().int().min(1).max(MAX_FILE_BYTES_CEILING).default(16 * 1024 * 1024),
      /** Articles listed in full in report.json; the CSV files always have every article. */
      reportJsonArticles: z.number().int().min(0).default(1_000),
      /** Distinct terms the corpus summary holds before rare multi-word n-grams are forgotten (memory bound). */
      corpusTerms: z.number().int().min(1_000).default(500_000),
    })
    .prefault({}),
  csv: z
    .strictObject({
      /** `excel`: comma, UTF-8 BOM, CRLF. `excel-eu`: semicolon and decimal comma. */
      dialect: z.enum(['excel', 'excel-eu']).default('excel'),
    })
    .prefault({}),
});

export type PipelineConfig = z.infer<typeof configSchema>;

/** Validates a parsed config object; throws ConfigError naming every bad key. */
export function parseConfig(value: unknown, origin = 'config'): PipelineConfig {
  // Only a missing value means the defaults: a file holding `null` was taken for {}.
  const result = configSchema.safeParse(value === undefined ? {} : value, { reportInput: true });
  if (result.success) return result.data;
  // In the order zod found them: a key's issues are one entry, at its first issue's place.
  const entries: Array<string | z.core.$ZodIssue[]> = [];
  const issuesOfKey = new Map<string, z.core.$ZodIssue[]>();
  for (const issue of result.error.issues) {
    const key = issuePath(issue);
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? `${key}.` : '';
      const known = knownKeys(issue.path);
      entries.push(...issue.keys.map((k) => `"${where}${k}": unknown key (${suggestKey(k, known)})`));
    } else if (issuesOfKey.has(key)) issuesOfKey.get(key)!.push(issue);
    else {
      issuesOfKey.set(key, [issue]);
      entries.push(issuesOfKey.get(key)!);
    }
  }
  const lines = entries.map((entry) => (typeof entry === 'string' ? entry : keyProblem(entry)));
  throw new ConfigError(`${origin} is invalid:\n  ${lines.join('\n  ')}`);
}

/**
 * One line for a key's issues. zod's implicit safe-integer bound of an int is left out when the key
 * has a bound of its own (`workers: 1e20` gave "<=9007199254740991" and "<=256" on two lines), and a
 * number too large for JSON (1e400) is named as such: JSON.parse reads it as Infinity, which zod
 * called "received Infinity" and JSON.stringify quoted as null.
 */
function keyProblem(issues: z.core.$ZodIssue[]): string {
  const safeIntegerBound = (issue: z.core.$ZodIssue): boolean =>
    (issue.code === 'too_big' || issue.code === 'too_small') && Math.abs(Number(issue.code === 'too_big' ? issue.maximum : issue.minimum)) === Number.MAX_SAFE_INTEGER;
  const own = issues.filter((issue) => !safeIntegerBound(issue));
  const shown = own.length ? own : issues;
  const input = shown[0]!.input;
  const infinite = input === Infinity || input === -Infinity;
  const messages = shown.map((issue) => (infinite && issue.code === 'invalid_type' ? `${input > 0 ? 'Too big' : 'Too small'}: not a finite number` : issue.message + numberInQuotesHint(issue)));
  return `"${issuePath(issues[0]!)}": ${messages.join('; ')}${gotValue(input)}`;
}

/** A size as people write it: "16MB", "512 KB", "1.5 MiB". */
const SIZE_TEXT = /^(\d+(?:\.\d+)?)\s*([KMG])i?B?$/i;
const SIZE_UNITS: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/**
 * What to write for a number given as text: "10" needs only its quotes removed, and a size in the
 * bytes key ("16MB" for limits.maxFileBytes) its bytes. zod said "expected number, received string" and no more.
 */
function numberInQuotesHint(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_type' || issue.expected !== 'number' || typeof issue.input !== 'string') return '';
  const text = issue.input.trim();
  if (text !== '' && Number.isFinite(Number(text))) return `: write it without quotes, ${Number(text)}`;
  const size = SIZE_TEXT.exec(text);
  const key = String(issue.path.at(-1) ?? '');
  if (size && key.endsWith('Bytes')) return `: write the size in bytes, without quotes, ${Math.round(Number(size[1]) * SIZE_UNITS[size[2]!.toUpperCase()]!)} for ${text}`;
  return ': write a number, without quotes';
}

/** What a key held, for a scalar (an object or a list is not quoted). */
function gotValue(input: unknown): string {
  if (input === Infinity || input === -Infinity) return ` (got a ${input > 0 ? '' : 'negative '}number beyond the largest JSON can hold, read as ${input})`;
  const scalar = input !== undefined && (typeof input !== 'object' || input === null);
  return scalar ? ` (got ${JSON.stringify(input)})` : '';
}

const issuePath = (issue: z.core.$ZodIssue): string => (issue.path.length ? issue.path.join('.') : '(top level)');

/** The keys allowed at a path of the config (top level when the path is empty). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = configSchema;
  for (const key of path) {
    const shape = objectShape(schema);
    if (!shape || !(String(key) in shape)) return [];
    schema = shape[String(key)]!;
  }
  return Object.keys(objectShape(schema) ?? {});
}

/** The shape of an object schema, looking through .default()/.prefault()/.refine() wrappers. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodPrefault) current = current.unwrap() as z.ZodType;
  return current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodType>) : null;
}

/** "did you mean" for a misspelt key: the known key within two edits, if any. */
function suggestKey(key: string, known: readonly string[]): string {
  const close = closestName(key, known.filter((k) => k !== '$schema'));
  if (close) return `did you mean "${close}"?`;
  return known.length ? `remove it; allowed here: ${known.filter((k) => k !== '$schema').join(', ')}` : 'remove it';
}

/**
 * Reads and validates a JSON config file. A missing file is an error only if it was asked for. For
 * the scripts and tests: the command line reads the file before zod loads (cli.ts, config-file.ts).
 */
export function loadConfig(path: string, required: boolean): PipelineConfig {
  return parseConfig(readConfigFile(path, required), path);
}

/**
 * The run's config as the command line gives it (cli.ts): the config file's settings (`fileConfig`, as readConfigFile read
 * `configFile`), validated, with the --input and --output options over its input and output, validated again.
 */
export function commandLineConfig(fileConfig: unknown, configFile: string, paths: { input?: string | undefined; output?: string | undefined }): PipelineConfig {
  const base = parseConfig(fileConfig, configFile);
  return parseConfig({ ...base, ...(paths.input ? { input: paths.input } : {}), ...(paths.output ? { output: paths.output } : {}) }, 'command line');
}

/**
 * Settings that are valid but leave part of the reports empty or shorter than asked, said once per
 * run (errors.csv, stage config): they would be silent.
 */
export function settingWarnings(config: PipelineConfig): string[] {
  const warnings: string[] = [];
  const [shortest] = config.terms.ngramRange;
  if (shortest > 1) warnings.push(`"terms.ngramRange" starts at ${shortest}: no single words are counted, so articles.csv top_terms and summary.html's top terms and word cloud are empty`);
  for (const key of ['terms', 'keyphrases'] as const) {
    const { perArticle, topInSummary } = config[key];
    if (topInSummary > perArticle) warnings.push(`"${key}.topInSummary" is ${topInSummary} but "${key}.perArticle" is ${perArticle}: articles.csv lists at most ${perArticle}`);
  }
  return warnings;
}

export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { io: 'input' });
}
