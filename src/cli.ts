#!/usr/bin/env node
// Command line: parse flags, load the config, run the pipeline, print a one-screen summary (terminal-summary.ts).
// Exit codes: 0 done (articles with problems are reported, not fatal), 2 usage, config or input-path error
// or a missing or damaged file of the installation (data/, natural's lexicon and stemmers) or a package not installed,
// 1 unexpected failure, a full disk or a failed swap of the finished reports into the output directory, 130 or 143
// interrupted by SIGINT or SIGTERM (pipeline.ts: the staged reports discarded, the earlier ones kept).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import './run/v8-flags.js';
import { closestName, ConfigError, readConfigFile } from './config-file.js';
import { isInstallationError, missingPackage } from './installation-error.js';
import { OUTPUT_FILES } from './report/output-files.js';
import { startWorkersEarly } from './run/early-workers.js';
import { workersWarning, type WorkerPool } from './run/pool.js';
import type { ProgressReporter } from './run/progress.js';

/** docs/reference.md of this installation, beside dist/ (and src/, under tsx), wherever the command is run from. */
const REFERENCE = fileURLToPath(new URL('../docs/reference.md', import.meta.url));

// What a newcomer needs before a first run: what the input may be, where the reports go and what they
// are, and what the exit code says. The help had listed the options alone, without their defaults or
// the JSONL fields, and nothing of the output directory's rule (new, empty or an earlier run's).
const USAGE = `Usage: npm run pipeline -- [options]

Cleans scraped news articles (menus, bylines, share buttons... removed) and reports their terms,
keyphrases and sentiment as CSV, JSON and a summary page.

Options:
  --config FILE   config file (default: pipeline.config.json if present, else every setting's default)
  --input PATH    overrides config "input" (default seeds): a directory (every .txt file below it is
                  one article, its path without .txt the id), one .txt file, or a .jsonl file (one
                  JSON object a line: "id" and "text"; "title", "date", "author", "source", "url" optional)
  --output DIR    overrides config "output" (default output): a new or empty directory, or an earlier
                  run's output, which the run replaces as a whole
  --no-clean      analyse the text as given (input that is already clean)
  --quiet         print nothing but errors (failed articles go to stderr)
  --json          print a machine-readable run summary (JSON) on stdout
  -h, --help      show this help

In the output directory:
${OUTPUT_FILES.map(([name, what]) => `  ${name.padEnd(19)}${what}`).join('\n')}

Exit codes: 0 done (also when some files failed: they are in errors.csv), 2 a usage, config or input
error (nothing written), 1 an unexpected failure or a full disk, 130/143 interrupted (the earlier
reports stay).

Every option, column and setting: ${REFERENCE}`;

class UsageError extends Error {}

/**
 * A full disk (or a used-up quota) where the reports are written: the user's to fix, not a bug, so
 * one line naming the output instead of "Unexpected failure" and a stack trace. The run had written
 * only its staging directory beside the output, which it deleted: the earlier reports are as they were.
 */
function noSpaceMessage(error: unknown, output: string | null): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (output === null || (code !== 'ENOSPC' && code !== 'EDQUOT')) return null;
  const what = code === 'ENOSPC' ? 'no space left on the disk' : 'the disk quota is used up';
  return `${what} of the output directory ${output} (${code}): the run stopped, and the reports there are as they were; free some space there or choose another --output (a run writes its reports, and its analyses between passes, beside the output before moving them in)`;
}

/**
 * What to do with a path given without its option. `npm run pipeline --input in` (no "--") is the
 * usual cause: npm takes `--input` for its own config and passes on only "in".
 */
function positionalHint(): string {
  const script = process.env.npm_lifecycle_event;
  if (!script) return 'give a path with its option: --input PATH, --output DIR';
  return `with npm run, the options go after "--": npm run ${script} -- --input PATH --output DIR (before it, npm takes them for its own and passes on only their values)`;
}

const OPTIONS = {
  config: { type: 'string' },
  input: { type: 'string' },
  output: { type: 'string' },
  'no-clean': { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * The option meant by a misspelt one (`--inptu`: "did you mean --input?"), or an empty string.
 * parseArgs said "Unknown option '--inptu'" and left the reader to find the spelling in the usage.
 */
function unknownOptionHint(message: string): string {
  const given = /'--?([^'=]+)/.exec(message)?.[1];
  const meant = given === undefined ? undefined : closestName(given, Object.keys(OPTIONS));
  return meant ? `; did you mean --${meant}?` : '';
}

function parseCommandLine(argv: string[]) {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`${message}; ${positionalHint()}`);
    throw new UsageError(code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `${message}${unknownOptionHint(message)}` : message);
  }
  // An empty value (`--output=`, `--input "$UNSET"`) was taken for no flag: the run silently used
  // the config's paths, replacing the reports of another run.
  for (const name of ['config', 'input', 'output'] as const) {
    if (values[name] === '') throw new UsageError(`Option '--${name}' needs a value; it was empty`);
  }
  return values;
}

/** Prints what stopped the run so that the user can act on it (`output`: the output directory, once known), and gives its exit code (this file's header). */
async function failureExitCode(error: unknown, output: string | null): Promise<number> {
  // Loaded by then whenever an ingest error or a failed swap can have been thrown.
  const [{ IngestError }, { SwapError }] = await Promise.all([import('./ingest/index.js'), import('./report/staged-output.js')]);
  if (error instanceof ConfigError || error instanceof IngestError || error instanceof SwapError || isInstallationError(error)) {
    console.error(`Error: ${error.message}`);
    // A bad config, input or installation is the user's to fix before a run can start, and nothing
    // was written (2); a failed swap happened after the work (1).
    return error instanceof SwapError ? 1 : 2;
  }
  const notInstalled = missingPackage(error);
  if (notInstalled) {
    console.error(`Error: the package '${notInstalled}' is not installed: install the dependencies (npm ci).`);
    return 2;
  }
  const noSpace = noSpaceMessage(error, output);
  if (noSpace) {
    console.error(`Error: ${noSpace}`);
    return 1;
  }
  console.error(`Unexpected failure: ${(error as Error).stack ?? error}`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  let workers: WorkerPool | null = null;
  let progress: ProgressReporter | null = null;
  let output: string | null = null;
  try {
    const flags = parseCommandLine(argv);
    if (flags.help) {
      console.log(USAGE);
      return 0;
    }
    const configFile = flags.config ?? 'pipeline.config.json';
    const fileConfig = readConfigFile(configFile, flags.config !== undefined);
    // The threads start (their modules, their lexicons) while this one loads the schema and the
    // pipeline's modules, validates the config and lists the input (early-workers.ts).
    workers = startWorkersEarly(flags.input, fileConfig);
    const [{ commandLineConfig }, { runPipeline }, { progressReporter }, { errorLines, formatRunSummary, jsonRunSummary, terminalWidth, useColor }] = await Promise.all([
      import('./config.js'), import('./pipeline.js'), import('./run/progress.js'), import('./report/terminal-summary.js'),
    ]);
    const config = commandLineConfig(fileConfig, configFile, flags);
    output = config.output;
    const workersNote = workersWarning(config.workers);
    if (workersNote && !flags.quiet) console.error(`Warning: ${workersNote}`);
    progress = flags.quiet ? null : progressReporter(process.stderr);
    const summary = await runPipeline(config, { clean: config.clean.enabled && !flags['no-clean'], onProgress: progress?.onProgress, workers });
    progress?.done();
    if (flags.json) console.log(JSON.stringify(jsonRunSummary(summary), null, 2));
    else if (flags.quiet) for (const line of errorLines(summary, terminalWidth(process.stderr, process.env))) console.error(line);
    else console.log(formatRunSummary(summary, { color: useColor(process.stdout, process.env), width: terminalWidth(process.stdout, process.env) }));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    progress?.done();
    return await failureExitCode(error, output);
  } finally {
    // Whatever happened (an invalid config or input after they started, too), the early threads
    // are ended before the exit code is returned; the run's runner has closed them when it used them.
    await workers?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
