// Reader comments and a newsletter's or letters page's closing lines: the comments section's heading
// and links, a closed-comments notice, letters' rules, a sign-off. The article ends over them.
import type { Line } from '../lines.js';
import { isProse } from '../line-shape.js';
import { isDatedShortLine } from './stamps.js';

// A comments section starts with a short heading like "5 comments", "Leave a reply", "[ 167 comments ]", "Top rated comments",
// "Readers' comments", "Join the conversation", "Kommentare (3)", "Reader views (5)" (views only after the readers' word): a few
// leading words, then the comments word. Not "Have your say": some pages set it over readers' views quoted inside the story.
const COMMENTS_HEADING = new RegExp(
  '^[\\[(]?\\s*(?:\\d+\\s+)?(?:(?:log|sign)\\s+in\\s+to\\s+)?(?:(?:top|most|popular|best|featured|rated|recent|newest|latest|reader|readers|reader[\'’]s|readers[\'’]|add|leave|post|show|view|read|all|join|the|a|your|our)\\s+){0,3}' +
    '(?:comments?|(?<=(?:reader|readers|reader[\'’]s|readers[\'’])\\s+)views?|replies|reply|responses|discussion|conversation|reactions|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|комментарии)(?![\\p{L}\\p{N}])',
  'iu',
);
// A blog's comments heading names the post in quotes: "34 responses to “Title”", "6 thoughts on “Title”", past
// COMMENTS_HEADING's six words.
const COMMENTS_ON_TITLE = /^(?:\d+|one)\s+(?:responses?|thoughts?|comments?|replies|reply)\s+(?:to|on)\s+["“‘'].*["”’']$/iu;
const COMMENTS_ON_TITLE_MAX_WORDS = 40;
// A question asking the reader to answer the story heads its comments or letters form as a heading does: "Do you have any
// thoughts on this story?" over a forum's link, "Do you want to respond to this article? If so, click here …"; under the last
// paragraph it would be read as the article's. The question names this story: "Do you have a question about your
// subscription?" is the paper's own box.
const RESPONSE_PROMPT =
  /^(?:(?:do you|would you) (?:want|wish|like) to|want to|care to) (?:respond|reply|react|comment) (?:to|on) (?:this|the) (?:article|story|piece|column|report)\?|^(?:do you have|have you got|got) (?:any )?(?:comments?|thoughts|views|something to say) (?:on|about) (?:this|the) (?:article|story|piece|column|report)\?/iu;
const RESPONSE_PROMPT_MAX_WORDS = 30;
/** A question asking the reader to answer the story: "Do you want to respond to this article? If so, click here …". */
export const isResponsePrompt = (line: Line): boolean => line.wordCount <= RESPONSE_PROMPT_MAX_WORDS && RESPONSE_PROMPT.test(line.text);
/** A heading of the comments section, or a link to it: "5 comments", "Comments (4)", "Join the conversation", "Log in to comment", "6 thoughts on “Title”", "Do you have any thoughts on this story?". */
export const isCommentsHeading = (line: Line): boolean =>
  (line.wordCount <= 6 && !line.endsWithSentencePunctuation && COMMENTS_HEADING.test(line.text)) ||
  (line.wordCount <= COMMENTS_ON_TITLE_MAX_WORDS && COMMENTS_ON_TITLE.test(line.text)) ||
  isResponsePrompt(line);
/**
 * A blog post's footer line naming its comments' feed and trackback, under the post with its author, date and category run in:
 * "Posted by <name> on <date> at <time> under: <category>. Comments (RSS 2.0 feed). Reply: Comment or Trackback.", "… You can
 * follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.".
 * Both the feed and the trackback: a story on blogs may name one.
 */
const POST_FEED_LINKS = /\b(?:comments? feed|responses to this entry|rss 2\.0)\b.*\btrackback\b/iu;
const MAX_POST_FEED_LINKS_WORDS = 60;
export const isPostFeedLinks = (line: Line): boolean => line.wordCount <= MAX_POST_FEED_LINKS_WORDS && POST_FEED_LINKS.test(line.text);
/**
 * A link to the comments in a shape no subheading or sentence has: the comments word with a count or a verb, or plural alone
 * ("Comments (12)", "View comments", "Leave a comment", "Kommentare (3)", "Bình luận", "תגובות", "コメント", "댓글 3", "评论(12)").
 * Links only, not COMMENTS_HEADING's: between two paragraphs, where it opens no comments section (opensCommentsSection), it is
 * no paragraph. Not "Discussion" or "Reactions" (a report's own subheadings), nor the singular alone ("Comment", an opinion section).
 */
const COMMENTS_LINK = /^[\[(]?\s*(?:\d+\s+)?(?:(?:view|show|read|see|add|leave|post|write|all)\s+(?:(?:a|the|all|your)\s+)?)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|комментарии|bình luận|תגובות|टिप्पणियां|टिप्पणियाँ|コメント|댓글|评论|評論)\s*(?:\(\s*\d+\s*\)|\d+)?\s*[\])]?$/iu;
const OPINION_SECTION = /^(?:comment|kommentar|commentaire|comentario|comentário)$/iu;
export const isCommentsLink = (line: Line): boolean => COMMENTS_LINK.test(line.text) && !OPINION_SECTION.test(line.text);
// A page's notice that its comments are closed, under the last paragraph as a sentence (its full stop is no heading's):
// "Comments are closed on this article.", "Commenting has been disabled.", "This story is closed for comments."
const COMMENTS_CLOSED_WHERE = String.raw`(?:\s+(?:on|for|to)\s+(?:this|the)\s+(?:article|story|post|page))?`;
const COMMENTS_CLOSED = new RegExp(
  String.raw`^(?:(?:(?:the\s+)?comments?(?:\s+section)?|commenting)${COMMENTS_CLOSED_WHERE}\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)${COMMENTS_CLOSED_WHERE}` +
    String.raw`|(?:this|the)\s+(?:article|story|post|discussion)\s+is\s+(?:now\s+)?closed\s+(?:for|to)\s+(?:comments?|commenting))\s*[.!]?$`,
  'iu',
);
const COMMENTS_CLOSED_MAX_WORDS = 10;
/** A notice that the page takes no more comments: "Comments are closed on this article." */
export const isCommentsClosedNotice = (line: Line): boolean => line.wordCount <= COMMENTS_CLOSED_MAX_WORDS && COMMENTS_CLOSED.test(line.text);
/**
 * A letters page's rules for sending one, under the last letter: "Letters should be no more than 200 words and include your full
 * name, address and phone number.", "Letters may be edited for length and clarity." Letters, then what they should or may be, and
 * a rule's words (a word limit, the writer's name or address, editing, anonymity): "Letters should reach the council by Friday,
 * the clerk said." is a story's.
 */
const LETTER_RULES = /^(?:letters|submissions)(?: to the editor)? (?:should|must|may|will|can|are)(?: not)?\b[^.!?]*?\b(?:\d+ words|(?:full )?names?|(?:home |e-?mail )?address|edited|anonymous|length)\b/iu;
const LETTER_RULES_MAX_WORDS = 40;
/** A letters page's rules for sending one ("Letters should be no more than 200 words …"). */
export const isLetterRules = (line: Line): boolean => line.wordCount <= LETTER_RULES_MAX_WORDS && LETTER_RULES.test(line.text);
/**
 * A newsletter's sign-off under its last item, a line of nothing but its farewells: "Thanks for reading. See you Monday.",
 * "That's all for today.", "Until tomorrow." Only words that take leave, each sentence whole: "Thanks for reading the report,
 * the minister said." is a story's.
 */
const DAY = String.raw`(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:week|time|month|year)|then|soon|later|in the new year)`;
const FAREWELL = String.raw`(?:(?:and )?(?:many )?(?:thanks?|thank you)(?: (?:so|very) much)?(?: as always)? for (?:reading|joining us|being here|your time)` +
  String.raw`|(?:and )?(?:we(?:['’]ll)? |I(?:['’]ll)? )?(?:see|talk to|speak to) you ${DAY}|(?:and )?until ${DAY}|(?:that['’]s|that is) (?:all|it) for (?:today|now|this (?:week|morning|evening|edition))` +
  String.raw`|(?:and )?(?:have|enjoy) (?:a|your) (?:great|good|nice|lovely|wonderful|safe|restful|happy) (?:day|weekend|week|evening|holiday|holidays|${DAY}))`;
/**
 * A blog's ask after the farewell: "Thanks for reading! If you enjoyed this story, give it a clap 👏 and follow me for more." (to
 * clap, to follow the writer, to subscribe). Only after a farewell.
 */
const READER_ASK = String.raw`(?:if you (?:enjoyed|liked|found)[^.!?]{0,40}?,?\s+)?(?:please |do |don['’]t forget to |be sure to |feel free to )?(?:(?:give|leave) (?:it|this|me)[^.!?]{0,20}?\bclaps?\b|clap\b|follow me\b|subscribe\b)[^.!?]{0,60}?`;
const SIGN_OFF = new RegExp(String.raw`^(?:${FAREWELL}\s*[.!,]\s*)+(?:${READER_ASK}\s*[.!]*\s*)?$`, 'iu');
const SIGN_OFF_MAX_WORDS = 30;
/** A writer's sign-off, a newsletter's or a blog's: a line of farewells alone ("Thanks for reading. See you Monday."), maybe with an ask to clap or follow. */
export const isWriterSignOff = (line: Line): boolean => line.wordCount <= SIGN_OFF_MAX_WORDS && SIGN_OFF.test(line.text);

/**
 * A comment box's notice to a reader who may not post yet ("You must confirm your public display name before commenting",
 * "Please logout and then login again, …"), and an empty box's, each a whole line ("No comments yet.", "Be the first to comment
 * on this story", "Log in or register to comment. Registration is free."): under the last paragraph, over no comments heading.
 */
const COMMENT_BOX_NOTICE =
  /^(?:you must (?:confirm your (?:public )?display name|be (?:logged|signed) in|log in|sign in|register) (?:before|to) (?:comment(?:ing)?|post(?:ing)?(?: a comment)?|reply(?:ing)?)\b|please log ?out and then log ?in again\b[^.!?]{0,40}?\bdisplay name\b|(?:there are )?no comments(?: yet| so far| at the moment| at this time)?[.!]?$|be the first to (?:comment|(?:post|leave|write|add) a comment)\b|only (?:registered )?(?:members|users|subscribers)\b[^.!?]{0,40}? can (?:enter|post|leave|add|write) (?:a )?comments?\b|(?:log|sign) ?in or register (?:for|to)\b)/iu;
const MAX_COMMENT_BOX_NOTICE_WORDS = 25;
export const isCommentBoxNotice = (line: Line): boolean => line.wordCount <= MAX_COMMENT_BOX_NOTICE_WORDS && COMMENT_BOX_NOTICE.test(line.text);

/**
 * A comments section's rules, set under the last paragraph with no heading over them: "Comments will be moderated. Keep comments
 * relevant to the story. …", "Comments are subject to the house rules of <Paper>.", "Please keep your comments civil …", "Some
 * comments posted here may be held back for review …", and in the other languages the project lists
 * ("Kommentare werden moderiert.", "Les commentaires sont modérés."). The comments are what the line opens with, as the subject of
 * their moderation or the object of a plea to keep them civil, or a plea to respect the others opens it and names the comments
 * ("When you comment here, be respectful to fellow readers …"): a story's sentence names whose comments ("The minister's comments
 * will be reviewed by …").
 */
const COMMENT_RULES = new RegExp(
  String.raw`^(?:(?:all|reader|readers['’]?|your)\s+)?comments?\s+(?:will|may|must|are|is)\s+(?:be\s+)?(?:moderated|pre-?moderated|reviewed|subject to)\b` +
    String.raw`|^(?:please\s+)?keep\s+(?:your\s+)?comments\s+(?:relevant|civil|respectful|on[- ]topic|clean|courteous|polite|directed)\b` +
    String.raw`|^(?:some\s+)?comments\s+posted\s+(?:here\s+)?may\s+be\s+(?:reviewed|moderated)\b` +
    String.raw`|^(?:(?:as|when|before)\s+you\s+(?:comment|post)(?:\s+here)?,\s+)?(?:please\s+)?be\s+respectful\s+(?:of|to|towards?)\s+(?:other|fellow|the|all)\s+\p{L}+(?=.*\bcomment)` +
    String.raw`|^(?:die\s+)?kommentare\s+werden\s+moderiert|^les\s+commentaires\s+(?:sont|seront)\s+modérés|^(?:los\s+)?comentarios\s+(?:son|serán)\s+moderados|^os\s+comentários\s+(?:são|serão)\s+moderados` +
    String.raw`|^i\s+commenti\s+(?:sono|saranno)\s+moderati|^reacties\s+worden\s+gemodereerd|^komentarze\s+(?:są|będą)\s+moderowane|^комментарии\s+(?:модерируются|проходят\s+модерацию)`,
  'iu',
);
const MAX_COMMENT_RULES_WORDS = 60;
export const isCommentRules = (line: Line): boolean => line.wordCount <= MAX_COMMENT_RULES_WORDS && COMMENT_RULES.test(line.text);

/** "0 comments", "comments: 0", "Comments (0)": a count of none heads no comments. */
const NO_COMMENTS = /(?:^|[\s\[(:])0(?:[\s\])]|$)/u;

/**
 * The first of a numbered thread's comments ("1. About time too, …", "#1 Will it be wide enough …"): under a bare "Comments"
 * between prose it opens the thread, where the article's own paragraph under a "Comments" subheading has no number.
 */
const FIRST_COMMENT = /^(?:#\s?1|1[.)])\s+\p{L}/u;

/**
 * Whether the comments heading at line i starts the comments section, rather than being a link where the article goes on: a bare
 * "Comments" between two paragraphs of prose (unless the first of numbered comments is under it), a button among share buttons
 * (short lines repeated in other articles on both sides: "Twitter / Comments / Print"), or a count of none.
 */
export function opensCommentsSection(lines: readonly Line[], i: number, prose: readonly boolean[], repeated: readonly boolean[]): boolean {
  if (NO_COMMENTS.test(lines[i]!.text)) return false;
  if (lines[i]!.wordCount === 1 && prose[i - 1] && prose[i + 1]) return FIRST_COMMENT.test(lines[i + 1]!.text);
  const shareButton = (k: number): boolean => repeated[k] === true && lines[k]!.wordCount <= 3;
  return !(shareButton(i - 1) && shareButton(i + 1));
}

/**
 * A reader comment's signature under its text, as TypePad and Movable Type sign them: "Posted by: Gil | Jan 12, 2008
 * 3:27:40 PM", "Posted by Reuben on January 8, 2008 1:52 PM". The colon or none is the group's form: a blog post's own
 * signature over its comments ("Posted by Colin Marsh at December 29, 2007 11:52 AM") is often of the other.
 */
const POSTED_BY = /^[—–-]*\s*posted by\s*(:?)/iu;
/** Signatures of one form, each under its comment, that make a run of comments. */
const MIN_SIGNED_COMMENTS = 3;
/** Lines from one signature to the next at most: a comment's paragraphs and its buttons ("Report this comment"). */
const MAX_SIGNED_COMMENT_LINES = 20;

/** Where a run of readers' comments signed under their texts lies (signedComments). */
export interface SignedComments {
  /** Index of the first comment's first line (the line right over the first signature). */
  first: number;
  /** Index of the last signature. */
  last: number;
}

/**
 * A run of readers' comments signed under their texts, with no heading over them: the index of the first comment's first line
 * and of the last signature, or null. The comments share the signatures' form, each stands right under the one before, the last
 * is followed by no prose (the comment form: a signature over its comment would have the last comment there). Where the first
 * comment starts nothing marks: its last line, right over its signature, is the least it holds (the post's last paragraph may
 * stand right over that; on a page without blank lines, so may its others).
 */
export function signedComments(lines: readonly Line[]): SignedComments | null {
  let runStart = -1;
  let runLength = 0;
  let previous = -1;
  let previousForm = '';
  for (let i = 0; i < lines.length; i++) {
    const signed = POSTED_BY.exec(lines[i]!.text);
    if (!signed || !isDatedShortLine(lines[i]!)) continue;
    const form = signed[1]!;
    if (runLength > 0 && form === previousForm && i - previous >= 2 && i - previous <= MAX_SIGNED_COMMENT_LINES) runLength++;
    else if (runLength >= MIN_SIGNED_COMMENTS) break;
    else {
      runStart = i;
      runLength = 1;
    }
    previous = i;
    previousForm = form;
  }
  const under = lines[previous + 1];
  if (runLength < MIN_SIGNED_COMMENTS || runStart < 1 || (under && isProse(under))) return null;
  return { first: firstCommentStart(lines, runStart, previousForm), last: previous };
}

/**
 * The index of the first signed comment's first line, its signature at `signature`: right under the post's own signature, of the
 * other form ("Posted by Colin Marsh at December 29, 2007 11:52 AM" over comments signed "Posted by: …"), within a comment's
 * lines over it, so that a first comment of several paragraphs goes whole; else the line right over the signature.
 */
function firstCommentStart(lines: readonly Line[], signature: number, form: string): number {
  for (let i = signature - 2; i >= Math.max(0, signature - MAX_SIGNED_COMMENT_LINES); i--) {
    const signed = POSTED_BY.exec(lines[i]!.text);
    if (signed && signed[1] !== form && isDatedShortLine(lines[i]!)) return i + 1;
  }
  return signature - 1;
}
