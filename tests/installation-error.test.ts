import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { missingPackage } from '../src/installation-error.js';

const require = createRequire(import.meta.url);

/** The error Node itself throws for the specifier, in the module system named. */
async function loadError(specifier: string, system: 'require' | 'import'): Promise<unknown> {
  try {
    if (system === 'require') require(specifier);
    else await import(/* @vite-ignore */ specifier);
  } catch (error) {
    return error;
  }
  throw new Error(`${specifier} loaded`);
}

describe('missingPackage', () => {
  it.each(['require', 'import'] as const)("names a package that is not installed, as Node's %s reports it", async (system) => {
    expect(missingPackage(await loadError('no-such-package-x9', system))).toBe('no-such-package-x9');
    expect(missingPackage(await loadError('@no-such-scope-x9/pkg', system))).toBe('@no-such-scope-x9/pkg');
  });

  // A path of the code's own that is not found is a bug, not an installation to repair.
  it('names no package for a relative or absolute path not found, nor for other errors', async () => {
    expect(missingPackage(await loadError('./no-such-module-x9.js', 'require'))).toBeNull();
    expect(missingPackage(await loadError('/no/such/module-x9.js', 'require'))).toBeNull();
    expect(missingPackage(new Error('cannot read'))).toBeNull();
    expect(missingPackage('Cannot find module \'x\'')).toBeNull();
  });
});
