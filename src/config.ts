// Config schema, defaults and validation. The schema is the single source of truth: defaults,
// error messages and the editor JSON Schema (`npm run config:schema`) all come from it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);

const ngramRange = z
  .tuple([z.number().int().min(1).max(5), z.number().int().min(1).max(5)])
  .refine(([min, max]) => min <= max, { message: 'first value must not exceed the second' });

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** A directory of .txt files (recursive) or a .jsonl file. */
  input: z.string().min(1).default('seeds'),
  output: z.string().min(1).default('output'),
  /** ISO 639-1 code of the articles' language: picks the stopword list. */
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code like "en"').default('en'),
  stopwords: z
    .strictObject({
      /** Words (any case) treated as stopwords in addition to the language's list. */
      extra: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
  clean: z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Site-specific lines to drop (regular expressions matched against the trimmed line). */
      boilerplatePatterns: z.array(regexSource).default([]),
      /** A short line seen in at least this many articles of the run is treated as site chrome. */
      repeatedLineMinArticles: z.number().int().min(2).default(3),
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
    })
    .prefault({}),
  sentiment: z
    .strictObject({
      /** A score at or above this is `positive`. */
      positiveThreshold: z.number().min(-1).max(1).default(0.05),
      /** A score at or below this is `negative`. */
      negativeThreshold: z.number().min(-1).max(1).default(-0.05),
    })
    .refine((s) => s.negativeThreshold < s.positiveThreshold, {
      message: 'negativeThreshold must be below positiveThreshold',
    })
    .prefault({}),
  /** Worker threads for the per-article stages: "auto" = one per available core; 1 = no workers. */
  workers: z.union([z.literal('auto'), z.number().int().min(1).max(256)]).default('auto'),
  limits: z
    .strictObject({
      /** Files larger than this are refused with a message, never loaded. */
      maxFileBytes: z.number().int().min(1).default(64 * 1024 * 1024),
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

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates a parsed config object; throws ConfigError naming every bad key. */
export function parseConfig(value: unknown, origin = 'config'): PipelineConfig {
  const result = configSchema.safeParse(value ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.length ? issue.path.join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? `${key}.` : '';
      return `${issue.keys.map((k) => `"${where}${k}"`).join(', ')}: unknown key (remove it or check its spelling)`;
    }
    return `"${key}": ${issue.message}`;
  });
  throw new ConfigError(`${origin} is invalid:\n  ${lines.join('\n  ')}`);
}

/** Reads and validates a JSON config file. A missing file is an error only if it was asked for. */
export function loadConfig(path: string, required: boolean): PipelineConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return parseConfig({});
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${describeJsonError(text, error as Error)}`);
  }
  return parseConfig(parsed, path);
}

/** Turns V8's "at position N" into a line and column a person can find. */
function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return error.message;
  const position = Number(match[1]);
  const before = text.slice(0, position).replace(/^\uFEFF/, '');
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { io: 'input' });
}
