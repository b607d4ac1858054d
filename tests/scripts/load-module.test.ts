import { describe, expect, it } from 'vitest';
import { loadModule, MODULE_PATHS } from '../../scripts/load-module.js';

// tsc checks each path's type but not the path itself, which bench:stages and bench:passes load by.
describe('loadModule', () => {
  it.each(MODULE_PATHS)('loads %s from src/ and, with the same exports, from the build in dist/', async (path) => {
    const source = Object.keys(await loadModule(path)).sort();
    expect(source).not.toEqual([]);
    expect(Object.keys(await loadModule(path, 'dist')).sort()).toEqual(source);
  });
});
