import { describe, expect, it } from 'vitest';
import { describeLine } from '../../../src/clean/lines.js';
import { authorBoxName, isNameWithPost } from '../../../src/clean/metadata/name-posts.js';
import { stopwordSet } from '../../../src/text/language.js';

describe('isNameWithPost', () => {
  const isIt = (text: string) => isNameWithPost(describeLine(1, text, stopwordSet('en')));

  it('is a name with a job title, agency or outlet after it', () => {
    expect(['Tessa Lund, Marlow Post', 'Tessa Lund - Marlow Post News Service News Writer', 'Tessa Lund, Associated Press', 'Tessa Lund Staff Writer'].filter(isIt)).toHaveLength(4);
  });

  it('is no headline in title case naming a person: after a dash, after three words, or a sentence', () => {
    expect(['Rita Vale - Homecoming', 'Mayor Rita Speaks, Crowd Cheers', 'Tessa Lund, Marlow Post.', 'Tessa Lund, the rescued hiker'].filter(isIt)).toEqual([]);
  });

  it('is no headline in title case ending in a job word after a preposition the stopword list lacks', () => {
    expect(['Baker Wins Privacy Case Against Photographer', 'Rita Vale Sues Tabloid Despite Editors'].filter(isIt)).toEqual([]);
  });
});

// AutoIndustriya's author box runs its link into the name.
describe('authorBoxName', () => {
  const nameOf = (text: string) => authorBoxName(describeLine(1, text, stopwordSet('en')));

  it('is the name before the link to the author\'s stories run into it', () => {
    expect(nameOf('Lorna FigueraView More Articles')).toBe('Lorna Figuera');
    expect(nameOf('Lorna FigueraSee All Stories')).toBe('Lorna Figuera');
  });

  it('is none for a link alone, after a space or after other words', () => {
    expect(['View More Articles', 'Click Here To Read All Posts', 'Lorna Figuera View More Articles', 'Best Budget Sedans of the YearView More Articles'].map(nameOf)).toEqual([null, null, null, null]);
  });
});
