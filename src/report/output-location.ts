// Where the reports may go. A run replaces its output directory as a whole (staged-output.ts), so before any
// work it refuses a location where that would delete or re-read the input, delete someone's files, or
// fail at the end (the current directory, a mount point).
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { PipelineConfig } from '../config.js';
import { ConfigError } from '../config-file.js';
import { isOutputReadme, OUTPUT_README_NAME } from './main-writer.js';
import { isRunManifest, MANIFEST_NAME } from './manifest.js';
import { OUTPUT_FILES } from './output-files.js';

/** The names a run writes into its output directory (a directory's with its `/`). */
const RUN_ENTRIES = new Set<string>([...OUTPUT_FILES.map(([name]) => name), OUTPUT_README_NAME]);
/** Names shown of the files no run writes, in the refusal. */
const FOREIGN_SHOWN = 5;

/**
 * A directory beside the input for its reports (`news` -> `news-reports`, as the README's example
 * names it), relative to the current directory when it is below it. The refusal of an output
 * inside the input had said why and not where to put the reports.
 */
function besideInput(input: string): string {
  const beside = join(dirname(input), `${basename(input)}-reports`);
  const fromHere = relative(process.cwd(), beside);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? beside : fromHere;
}

/** Throws a ConfigError naming the reason for an output location a run must not replace (above). */
export async function checkOutputLocation(config: PipelineConfig): Promise<void> {
  const input = resolve(config.input);
  const output = resolve(config.output);
  // Both as written and with symbolic links resolved: a link must not smuggle the output into the input.
  const inputs = [input, await realPathOfNearest(input)];
  const outputs = [output, await realPathOfNearest(output)];
  const inside = (child: string, parent: string): boolean => {
    const rel = relative(parent, child);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  const any = (test: (out: string, into: string) => boolean) => outputs.some((out) => inputs.some((into) => test(out, into)));
  if (any((out, into) => out === into)) throw new ConfigError(`"output": ${config.output} is the input; choose another directory`);
  const elsewhere = `choose a directory outside the input, such as ${besideInput(input)}`;
  if (any((out, into) => inside(out, into))) throw new ConfigError(`"output": ${config.output} is inside the input ${config.input}; its reports would be read as articles next run: ${elsewhere}`);
  if (any((out, into) => inside(into, out))) throw new ConfigError(`"output": ${config.output} contains the input ${config.input}; replacing it would delete the input: ${elsewhere}`);
  // The output directory is replaced as a whole (staged-output.ts): the current directory cannot be
  // renamed (`--output .` ended a finished run with EBUSY), and one holding it would be deleted.
  const cwd = process.cwd();
  if (outputs.some((out) => out === cwd || inside(cwd, out))) throw new ConfigError(`"output": ${config.output} is or contains the current directory, which a run would replace; choose a new directory`);
  const existing = await lstat(output).catch(() => null);
  if (existing?.isSymbolicLink()) throw new ConfigError(`"output": ${config.output} is a symbolic link; a run replaces the output as a whole, link included: give the directory itself`);
  if (existing && !existing.isDirectory()) throw new ConfigError(`"output": ${config.output} exists and is not a directory; choose a directory path`);
  // A mount point (a Docker volume, a USB drive) cannot be renamed: the whole run went by and then
  // the swap failed with EBUSY, its reports left in the staging directory the next run deletes.
  if (existing && existing.dev !== (await stat(dirname(output))).dev) {
    throw new ConfigError(`"output": ${config.output} is a mount point, which a run cannot replace as a whole; give a directory inside it (${join(config.output, 'reports')})`);
  }
  // A directory that is neither empty nor an earlier run's reports is someone's files: replacing
  // it deleted them (`--output ~/Documents`).
  if (existing && !(await holdsReportsOrNothing(output))) {
    throw new ConfigError(`"output": ${config.output} holds other files (no ${MANIFEST_NAME} of an earlier run); a run replaces the output directory as a whole, so choose a new or empty directory`);
  }
  const foreign = existing ? await entriesNoRunWrites(output) : [];
  if (foreign.length) {
    const more = foreign.length > FOREIGN_SHOWN ? ` and ${foreign.length - FOREIGN_SHOWN} more` : '';
    throw new ConfigError(
      `"output": ${config.output} holds an earlier run's reports and files no run writes (${foreign.slice(0, FOREIGN_SHOWN).join(', ')}${more}); a run replaces the output directory as a whole, which would delete them: move them elsewhere, or choose a new directory`,
    );
  }
  for (let parent = dirname(output); !existing; parent = dirname(parent)) {
    const info = await stat(parent).catch(() => null);
    if (info && !info.isDirectory()) throw new ConfigError(`"output": ${parent} is a file, so ${config.output} cannot be created; choose a directory path`);
    if (info || parent === dirname(parent)) break;
  }
}

/** Whether a directory is empty or holds the reports of an earlier run (its manifest names this tool). */
async function holdsReportsOrNothing(dir: string): Promise<boolean> {
  const entries = await readdir(dir);
  if (!entries.length) return true;
  // The note a run writes, alone: the output/ of a fresh clone of the repository.
  if (entries.length === 1 && entries[0] === OUTPUT_README_NAME) return isOutputReadme((await readFile(join(dir, OUTPUT_README_NAME), 'utf8').catch(() => null)) ?? '');
  const manifest = await readFile(join(dir, MANIFEST_NAME), 'utf8').catch(() => null);
  return manifest !== null && isRunManifest(manifest);
}

/**
 * What someone put into an earlier run's output directory (a spreadsheet saved beside its CSV, a
 * folder of charts), sorted, a directory's name with its `/`. Hidden files and an office suite's lock
 * files (`.~lock.articles.csv#`, `~$report.xlsx`: a report open in a spreadsheet) are no one's work.
 */
async function entriesNoRunWrites(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .filter((name) => !RUN_ENTRIES.has(name) && !name.startsWith('.') && !name.startsWith('~$'))
    .sort();
}

/** The real path of the deepest existing ancestor, with the rest of the path appended. */
async function realPathOfNearest(path: string): Promise<string> {
  const real = await realpath(path).catch(() => null);
  if (real) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realPathOfNearest(parent), basename(path));
}
