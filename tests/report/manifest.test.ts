// manifest.json: the versions it names, and how an earlier run's is told from another program's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunManifest, packageVersion, writeManifest } from '../../src/report/manifest.js';
import { tempDir } from '../helpers.js';

const installed = (name: string): string => (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('packageVersion', () => {
  it('reads the version of a package whose exports map refuses <name>/package.json (before: "unknown")', () => {
    expect(packageVersion('csv-stringify')).toBe(installed('csv-stringify'));
    expect(packageVersion('entities')).toBe(installed('entities'));
  });

  it('is "unknown" for a package that is not installed', () => {
    expect(packageVersion('no-such-package-here')).toBe('unknown');
  });
});

describe('isRunManifest', () => {
  it("tells this tool's manifest from another program's or a damaged one", () => {
    expect(isRunManifest('{"tool": "news-text-pipeline", "counts": {}}')).toBe(true);
    expect(isRunManifest('{"name": "a web app"}')).toBe(false);
    expect(isRunManifest('{"tool": "news-text-pipeline"')).toBe(false);
    expect(isRunManifest('null')).toBe(false);
  });

  it('recognises the manifest writeManifest writes', async () => {
    const dir = tempDir('manifest-');
    const summary = { startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, highlights: { overview: { notScored: 0 } }, problems: [], reportRows: {} };
    await writeManifest(dir, {} as never, true, summary as never, { corpusTermsWritten: 0, corpusTermsTotal: 0 });
    expect(isRunManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toBe(true);
  });
});
