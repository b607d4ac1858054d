import { describe, expect, it } from 'vitest';
import { describeLine } from '../../../src/clean/lines.js';
import { isNameWithPost } from '../../../src/clean/metadata/name-posts.js';
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
