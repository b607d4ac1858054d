import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, parseConfig } from '../src/config.js';

const root = join(import.meta.dirname, '..');

describe('config files in the repository', () => {
  it('pipeline.config.schema.json is up to date with src/config.ts (npm run config:schema)', () => {
    expect(JSON.parse(readFileSync(join(root, 'pipeline.config.schema.json'), 'utf8'))).toEqual(configJsonSchema());
  });

  it('pipeline.config.json is valid and only sets documented keys', () => {
    const config = parseConfig(JSON.parse(readFileSync(join(root, 'pipeline.config.json'), 'utf8')));
    expect(config.input).toBe('seeds');
    expect(config.clean.boilerplatePatterns).toContain('^Clicky$');
  });
});
