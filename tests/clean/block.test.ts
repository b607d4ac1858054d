import { describe, expect, it } from 'vitest';
import { mainBlock, type ScoredLine } from '../../src/clean/block.js';

const body = (words = 30): ScoredLine => ({ probability: 0.9, words, removedBefore: 0 });
const menu = (removedBefore = 0): ScoredLine => ({ probability: 0.02, words: 1, removedBefore });

describe('mainBlock', () => {
  it('is the densest run of body-like lines, across a few weak lines inside it', () => {
    const lines = [menu(), menu(), body(), { probability: 0.2, words: 3, removedBefore: 0 }, body(), body(), menu()];
    expect(mainBlock(lines, 0.35)).toEqual({ first: 2, last: 5, sum: expect.any(Number) });
  });

  it('is null when no line reaches the threshold', () => {
    expect(mainBlock([menu(), menu()], 0.35)).toBeNull();
  });

  it('does not carry the article across a long run of menu lines to the teasers after it', () => {
    const teasers = [body(25), body(25), body(25), body(25)];
    const article = [body(), body(), body(), body(), body()];
    // Five menu lines cost less than the teasers bring: the block spans them.
    expect(mainBlock([...article, ...Array.from({ length: 5 }, () => menu()), ...teasers], 0.35)).toMatchObject({ first: 0, last: 13 });
    // A dozen or more always end the block.
    expect(mainBlock([...article, ...Array.from({ length: 12 }, () => menu()), ...teasers], 0.35)).toMatchObject({ first: 0, last: 4 });
  });

  it('counts the lines removed by rule (repeated menu items) towards that run', () => {
    const teasers = [body(25), body(25), body(25), body(25)];
    const article = [body(), body(), body(), body(), body()];
    // Five menu lines left, with eight repeated ones removed between them: thirteen lines of chrome.
    const menus = [menu(), menu(4), menu(), menu(4), menu()];
    expect(mainBlock([...article, ...menus, ...teasers], 0.35)).toMatchObject({ first: 0, last: 4 });
  });
});
