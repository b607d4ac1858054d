// The suite's build is skipped only when dist/ is what a successful build made of the sources as they are:
// a stale dist/ is never tested.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUnlessCurrent, FINGERPRINT_FILE } from '../../scripts/build-dist.js';
import { tempDir } from '../helpers.js';

/** A project in the layout of this one: tsconfig.build.json extending tsconfig.json, src/ built into dist/. */
function project(): string {
  const root = tempDir('build-');
  mkdirSync(join(root, 'src', 'report'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "strict": true, "outDir": "dist" }, "include": ["src", "tests"] }\n');
  writeFileSync(join(root, 'tsconfig.build.json'), '{ "extends": "./tsconfig.json", "compilerOptions": { "rootDir": "src" }, "include": ["src"] }\n');
  writeFileSync(join(root, 'src', 'cli.ts'), 'export const greeting = "hello";\n');
  writeFileSync(join(root, 'src', 'report', 'csv.ts'), 'export const separator = ",";\n');
  return root;
}

/** Stands in for tsc: copies each source into dist/ (as it is now) and counts its runs. */
function fakeBuild(root: string) {
  const build = {
    runs: 0,
    fail: false,
    run: () => {
      build.runs++;
      mkdirSync(join(root, 'dist', 'report'), { recursive: true });
      for (const file of ['cli', 'report/csv']) {
        if (existsSync(join(root, 'src', `${file}.ts`))) writeFileSync(join(root, 'dist', `${file}.js`), readFileSync(join(root, 'src', `${file}.ts`)));
      }
      if (build.fail) throw new Error('src/cli.ts(1,14): error TS2322');
    },
  };
  return build;
}

describe('buildUnlessCurrent', () => {
  it('builds when there is no dist/, then not again while nothing changed', () => {
    const root = project();
    const build = fakeBuild(root);
    expect(buildUnlessCurrent(root, build.run)).toBe(true);
    expect(buildUnlessCurrent(root, build.run)).toBe(false);
    expect(buildUnlessCurrent(root, build.run)).toBe(false);
    expect(build.runs).toBe(1);
  });

  const changes: Array<[string, (root: string) => void]> = [
    ['a source edited', (root) => writeFileSync(join(root, 'src', 'report', 'csv.ts'), 'export const separator = ";";\n')],
    ['a source added', (root) => writeFileSync(join(root, 'src', 'terms.ts'), 'export const limit = 3;\n')],
    ['a source deleted', (root) => rmSync(join(root, 'src', 'report', 'csv.ts'))],
    ['a compiler option in the config the build config extends', (root) => writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "strict": false, "outDir": "dist" }, "include": ["src", "tests"] }\n')],
    ['the build config', (root) => writeFileSync(join(root, 'tsconfig.build.json'), '{ "extends": "./tsconfig.json", "compilerOptions": { "rootDir": "src", "sourceMap": true }, "include": ["src"] }\n')],
    ["package.json's module type", (root) => writeFileSync(join(root, 'package.json'), '{ "type": "commonjs" }\n')],
    ['the dependencies locked', (root) => writeFileSync(join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n')],
    ['a built file deleted', (root) => rmSync(join(root, 'dist', 'report', 'csv.js'))],
    ['a built file changed', (root) => writeFileSync(join(root, 'dist', 'cli.js'), 'export const greeting = "edited by hand";\n')],
    ['the fingerprint deleted', (root) => rmSync(join(root, 'dist', FINGERPRINT_FILE))],
  ];
  it.each(changes)('builds again after %s', (_, change) => {
    const root = project();
    const build = fakeBuild(root);
    buildUnlessCurrent(root, build.run);
    change(root);
    expect(buildUnlessCurrent(root, build.run)).toBe(true);
    expect(buildUnlessCurrent(root, build.run)).toBe(false);
    expect(build.runs).toBe(2);
  });

  it('builds again after a source is put back as it was before the last build, with its old time', () => {
    const root = project();
    const build = fakeBuild(root);
    const source = join(root, 'src', 'cli.ts');
    const original = { text: readFileSync(source), time: statSync(source).mtime };
    buildUnlessCurrent(root, build.run);
    writeFileSync(source, 'export const greeting = "goodbye";\n');
    buildUnlessCurrent(root, build.run);
    writeFileSync(source, original.text);
    utimesSync(source, original.time, original.time);
    expect(buildUnlessCurrent(root, build.run)).toBe(true);
    expect(readFileSync(join(root, 'dist', 'cli.js'), 'utf8')).toBe('export const greeting = "hello";\n');
  });

  it('a failed build leaves no fingerprint: the next run builds, and fails, again, though the failed build wrote dist/', () => {
    const root = project();
    const build = fakeBuild(root);
    buildUnlessCurrent(root, build.run);
    writeFileSync(join(root, 'src', 'cli.ts'), 'export const greeting: number = "hello";\n');
    build.fail = true;
    expect(() => buildUnlessCurrent(root, build.run)).toThrow('TS2322');
    expect(existsSync(join(root, 'dist', FINGERPRINT_FILE))).toBe(false);
    expect(() => buildUnlessCurrent(root, build.run)).toThrow('TS2322');
    expect(build.runs).toBe(3);
  });
});
