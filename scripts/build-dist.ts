// dist/ built from the sources as they are, for what spawns the built CLI (node dist/cli.js, exactly what `npm run
// pipeline` runs): the test suite (tests/global-setup.ts) and the eval and bench scripts, each after its --help. The
// build (tsc, about 12 s of CPU) is skipped when dist/ is what the last successful build here made of the sources as
// they are now.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const BUILD_CONFIG = 'tsconfig.build.json';
/** Written into the build's output directory after a successful build: the fingerprint it was built at. */
export const FINGERPRINT_FILE = '.build-fingerprint';

/**
 * A hash of the build's inputs and of its output: the files tsc compiles and the configs it reads (found as tsc
 * finds them), package.json (its "type" decides the form of the modules tsc writes), package-lock.json (the
 * type definitions tsc checks against), TypeScript's version, and every file of the output directory. Contents,
 * not times: a file put back with an older mtime, or one deleted from dist/, changes it as well.
 */
function buildFingerprint(root: string): { outDir: string; fingerprint: string } {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, BUILD_CONFIG), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed?.options.outDir) throw new Error(`${BUILD_CONFIG} names no outDir`);
  const outDir = parsed.options.outDir;
  const configFile = parsed.options.configFile as ts.TsConfigSourceFile;
  const configs = [configFile.fileName, ...(configFile.extendedSourceFiles ?? [])];
  const packageFiles = ['package.json', 'package-lock.json'].map((name) => join(root, name)).filter((path) => existsSync(path));
  const output = filesUnder(outDir).filter((path) => relative(outDir, path) !== FINGERPRINT_FILE);
  const inputs = [...new Set([...configs, ...packageFiles, ...parsed.fileNames].map((path) => resolve(path)))].sort();
  const hash = createHash('sha256').update(`typescript ${ts.version}\0`);
  for (const path of [...inputs, ...output]) {
    const content = readFileSync(path);
    hash.update(`${relative(root, path)}\0${content.length}\0`).update(content);
  }
  return { outDir, fingerprint: hash.digest('hex') };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Runs `build` unless the output directory holds the fingerprint of the inputs and output as they are. The
 * fingerprint is removed before building and written only after a build that succeeded: a failed build (tsc
 * writes its output even when the types are wrong) is built, and fails, again. Returns whether it built.
 */
export function buildUnlessCurrent(root: string, build: () => void): boolean {
  const before = buildFingerprint(root);
  const stamp = join(before.outDir, FINGERPRINT_FILE);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === before.fingerprint) return false;
  rmSync(stamp, { force: true });
  build();
  const after = buildFingerprint(root);
  writeFileSync(join(after.outDir, FINGERPRINT_FILE), after.fingerprint);
  return true;
}

/** This checkout's dist/ built (tsc) unless it is current (buildUnlessCurrent). */
export function buildDist(): void {
  const root = resolve(import.meta.dirname, '..');
  buildUnlessCurrent(root, () => execFileSync('npx', ['tsc', '-p', BUILD_CONFIG], { cwd: root, stdio: 'inherit' }));
}
