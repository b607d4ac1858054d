// src/types.ts is the records that flow between the stages: it stands alone, so a stage, a script or
// a test imports them without loading another stage (before: it imported analyze/sentiment.ts's types).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('src/types.ts imports nothing', () => {
  const text = readFileSync(join(import.meta.dirname, '..', 'src', 'types.ts'), 'utf8');
  expect(text.match(/^\s*import\b|\bfrom\s*['"][^'"]+['"];?\s*$|\bimport\(/gm)).toBeNull();
});
