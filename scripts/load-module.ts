// The modules that timing scripts load either from this checkout's src/ or from another build (--dist DIR,
// e.g. main's dist/), so two versions run alternately in one process. Such an import takes its path as a
// string, which tsc does not check: bench:stages loaded 'tokenize' for several sessions after the module
// had moved to text/tokenize, and failed at start while typecheck passed. So each path is written here
// once, next to its type, and tests/scripts/load-module.test.ts loads every one from src/ and from dist/.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Each module by its path under src/ (and under a build's root), without the extension. */
export interface Modules {
  'ingest/index': typeof import('../src/ingest/index.js');
  config: typeof import('../src/config.js');
  pipeline: typeof import('../src/pipeline.js');
  'clean/index': typeof import('../src/clean/index.js');
  'clean/page-keys': typeof import('../src/clean/page-keys.js');
  'text/tokenize': typeof import('../src/text/tokenize.js');
  'text/language': typeof import('../src/text/language.js');
  'analyze/terms': typeof import('../src/analyze/terms.js');
  'analyze/sentiment': typeof import('../src/analyze/sentiment.js');
  'analyze/keyphrases': typeof import('../src/analyze/keyphrases.js');
}

/** The same paths at run time (the interface is erased); loadModule takes only these. */
export const MODULE_PATHS = [
  'ingest/index', 'config', 'pipeline', 'clean/index', 'clean/page-keys', 'text/tokenize', 'text/language', 'analyze/terms', 'analyze/sentiment', 'analyze/keyphrases',
] as const satisfies ReadonlyArray<keyof Modules>;

export type ModulePath = (typeof MODULE_PATHS)[number];

/** Module `path` of this checkout's src/, or of the build in directory `dist` when given. */
export async function loadModule<P extends ModulePath>(path: P, dist?: string): Promise<Modules[P]> {
  return (await import(dist ? pathToFileURL(join(resolve(dist), `${path}.js`)).href : `../src/${path}.js`)) as Modules[P];
}
