// package.json's install settings. npm 11 skips a dependency's install scripts unless
// package.json's `allowScripts` names it, and ends every `npm ci` with a warning listing the
// packages it skipped: a newcomer's first command then looked broken. Each package with an install
// script is decided here, and the one we deny (esbuild's postinstall, which only checks and
// relinks its binary) is shown not to be needed: tsx runs on the platform's binary package.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

/** The names of the locked packages that have an install script (`node_modules/a/node_modules/b` is `b`). */
function packagesWithInstallScripts(): string[] {
  return Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('package.json install scripts', () => {
  it('decides every locked package with an install script, so npm ci ends without a warning', () => {
    const decided = Object.keys(packageJson.allowScripts ?? {});
    expect(packagesWithInstallScripts().length).toBeGreaterThan(0);
    for (const name of packagesWithInstallScripts()) expect(decided, name).toContain(name);
  });

  it("denies esbuild's postinstall, and tsx compiles TypeScript without it", () => {
    expect(packageJson.allowScripts?.esbuild).toBe(false);
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['-e', 'const n: number = 6 * 7; console.log(n);'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('42');
  });
});
