// Page shapes an exploratory tester found the cleaner getting wrong (session 15): each fixture is
// a small page of that shape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const page = (name: string): string => readFileSync(new URL(`fixtures/page-shapes/${name}`, import.meta.url), 'utf8');
const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const paragraphs = (body: string): string[] => body.split('\n\n').filter(Boolean);
const reasonOf = (cleaned: ReturnType<typeof clean>, text: string) => cleaned.removedLines.find((line) => line.text === text);

describe('a correction note above a wire dateline', () => {
  const text = page('correction-note.txt');
  const cleaned = clean(text);

  it('keeps the note in the body, where the benchmarks\' gold keeps such notes', () => {
    expect(paragraphs(cleaned.body)[0]).toMatch(/^Correction: An earlier version/);
  });

  it('recognises the dateline under it as without the note: the agency is the source', () => {
    expect(cleaned.metadata.source).toBe('Reuters');
    expect(cleaned.metadata.source).toBe(clean(text.replace(/^Correction: .*\n/m, '')).metadata.source);
  });
});
