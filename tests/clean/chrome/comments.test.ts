import { describe, expect, it } from 'vitest';
import { isCommentsLink, isPostFeedLinks } from '../../../src/clean/chrome/comments.js';
import { describeLineTest, line } from '../line-cases.js';

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

describeLineTest(
  "isPostFeedLinks: a blog post's footer naming its comments' feed and trackback",
  isPostFeedLinks,
  [
    'Posted by Mara Quill on Tuesday, March 3rd, 2026 at 9:15 pm under: Local Politics. Comments (RSS 2.0 feed). Reply: Comment or Trackback.',
    'This entry was posted on Friday, May 8th, 2026 at 7:02 am and is filed under Harbour. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.',
  ],
  [
    'The blog’s comment feed went quiet after the court ruling, its owner said.',
    'Trackback links were once a common way for bloggers to cite each other, the researchers wrote.',
  ],
);
