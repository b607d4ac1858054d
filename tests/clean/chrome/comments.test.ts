import { describe, expect, it } from 'vitest';
import { isCommentsLink } from '../../../src/clean/chrome/comments.js';
import { line } from '../line-cases.js';

describe('isCommentsLink', () => {
  const link = (text: string): boolean => isCommentsLink(line(text));

  it.each(['Comments', 'Comments (12)', '12 Comments', '[ 4 comments ]', 'View comments', 'Leave a comment', 'Read all comments', '1 comment', 'Kommentare (3)', 'Commentaires'])(
    'takes "%s" for a link to the comments',
    (text) => {
      expect(link(text)).toBe(true);
    },
  );

  // A paper's opinion section, a report's subheadings, a sentence, a heading of commentary.
  it.each(['Comment', 'Kommentar', 'Discussion', 'Reactions', 'Comments were mixed.', 'Comments from the minister', 'Commentary'])('does not take "%s" for one', (text) => {
    expect(link(text)).toBe(false);
  });
});
