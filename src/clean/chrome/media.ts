// What stands for a picture or a video whose media the text does not hold: a picture as Markdown writes it, a scraper's
// placeholder, a player's labels, notes and consent requests, a picture's buttons; and a video's caption under its player or
// in a box under "Video". A picture's captions, credits and galleries are pictures.ts's.
import { isRightOverOnPage, isRightUnderOnPage, type Line } from '../lines.js';

/**
 * A video player's length as a screen reader reads it: "Duration: 1 minute 12 seconds", "Duration:
 * 2:31"; and as the player shows it under that: "1m", "1m 12s", "45s". ABC News (Australia) sets them
 * over the video's caption.
 */
const VIDEO_DURATION = /^duration:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d+ (?:hours?|minutes?|seconds?)(?:,?\s+(?:and\s+)?\d+ (?:minutes?|seconds?)){0,2})$/iu;
const SHOWN_LENGTH = /^(?:\d+h\s*)?(?:\d+m\s*)?(?:\d+s)?$/u;
/** A video player's label with its length, as CNBC sets it over the video's caption: "VIDEO 02:15", "VIDEO03:45". */
const VIDEO_WITH_LENGTH = /^video\s*\d{1,2}:\d{2}(?::\d{2})?$/iu;
/** A video player's label alone, as ABC News sets it over the length: "Watch", "Play video". */
const PLAYER_LABEL = /^(?:watch|play|watch video|play video)\s*:?$/iu;
/**
 * A video player's playlist label, over the next video's length as the player shows it (PLAYLIST_LENGTH) and its title:
 * "Up next" over "01:48" over "Titans practice report: Week 14" (a Nexstar station's player over the story).
 */
const PLAYLIST_LABEL = /^(?:up next|next up|now playing|playing next|next video|watch next)$/iu;
const PLAYLIST_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
/** Words in a video's caption at most: the player's one line, not the paragraph under it. */
const MAX_VIDEO_CAPTION_WORDS = 30;

/**
 * A video box as Fox News sets it over the first paragraph: "Video" alone, the video's title (no full stop) and its blurb,
 * one sentence ("Tornado survivors rebuild in rural Ohio" over "Residents of the village describe the months after the storm.").
 * The blurb reads as the body's first paragraph. A menu's "Video" is over a section's name, BBC's box over two headlines.
 */
const VIDEO_BOX_LABEL = /^video$/iu;
export const isVideoBoxLabel = (line: Line | undefined): boolean => line !== undefined && VIDEO_BOX_LABEL.test(line.text);
const isVideoTitle = (line: Line): boolean => line.wordCount >= 3 && line.wordCount <= 15 && !line.endsWithSentencePunctuation;
const isVideoBlurb = (line: Line): boolean => line.wordCount >= 4 && line.wordCount <= MAX_VIDEO_CAPTION_WORDS && /\.["”’]?$/u.test(line.text);

/**
 * lines[i] is a video's caption right under its player's length (VIDEO_DURATION, the shown length between them or
 * not), a blank line under it: "Firefighters battle the fire near Cudlee Creek." under "Watch",
 * "Duration: 1 minute 12 seconds", "1m", a paragraph between the article's to the line model, as is
 * CNBC's video title under "VIDEO 02:15" (VIDEO_WITH_LENGTH). A sentence with no blank line under it
 * may be the article going on (a page without blank lines), and stays, unless the player gave its
 * length twice over it (read and shown, "Duration: 1 minute 12 seconds" over "1m": a whole player's
 * chrome, whose caption comes next) or its label over its length ("Watch" over "Duration: 2:31"), or a
 * playlist's label over the next video's length ("Up next" over "01:48", the next video's title over the article's
 * opening); a title (no full stop) is the video's there too. The title and the blurb of a box under "Video" (VIDEO_BOX_LABEL).
 */
export function isVideoCaption(lines: readonly Line[], i: number): boolean {
  const [aboveThat, above, line, below] = [lines[i - 2], lines[i - 1], lines[i]!, lines[i + 1]];
  if (!isRightOverOnPage(above, line) || line.wordCount > MAX_VIDEO_CAPTION_WORDS) return false;
  if (isVideoBoxLabel(above)) return isVideoTitle(line) && isRightUnderOnPage(below, line) && isVideoBlurb(below);
  const playerOver = isRightOverOnPage(aboveThat, above);
  if (playerOver && isVideoBoxLabel(aboveThat) && isVideoTitle(above) && isVideoBlurb(line)) return true;
  const underPlayer =
    playerOver &&
    ((SHOWN_LENGTH.test(above.text) && VIDEO_DURATION.test(aboveThat.text)) ||
      (VIDEO_DURATION.test(above.text) && PLAYER_LABEL.test(aboveThat.text)) ||
      (PLAYLIST_LENGTH.test(above.text) && PLAYLIST_LABEL.test(aboveThat.text)));
  if (underPlayer) return true;
  if (isRightUnderOnPage(below, line) && line.endsWithSentencePunctuation) return false;
  return VIDEO_DURATION.test(above.text) || VIDEO_WITH_LENGTH.test(above.text);
}

/**
 * A picture as Markdown writes it, alone on its line: "![alt text](address)", or the same inside a
 * link ("[![alt](image)](page)"). Ingest keeps the markup (ingest/markdown.ts); an alt text written
 * as a sentence under the date line reads as the body's first paragraph, address and all.
 */
const MARKDOWN_IMAGE = /^\[?!\[[^\]\n]*\]\([^\s()]+(?:\s+"[^"\n]*")?\)(?:\]\([^\s()]+\))?$/u;
export const isMarkdownImage = (line: Line): boolean => MARKDOWN_IMAGE.test(line.text);

/**
 * A scraper's placeholder for a picture or a video it did not save, alone on its line: "[Image]",
 * "[Video]", "[Image: A plume of smoke over Camarillo]" (its alt text after a colon), "[Embedded video]".
 * Between two paragraphs it reads as one. Also the label a site sets over a video player in the
 * text, the player not scraped: Index's "Ajánlott videó" ("recommended video"), between two
 * paragraphs. No box's label (isStoryBoxLabel): the article goes on under it, and taken as one it
 * would end the article there.
 */
const MEDIA_PLACEHOLDER = /^\[(?:embedded )?(?:image|video|photo|picture|audio|graphic|gallery|media)(?::[^\]\n]*)?\]$/iu;
const VIDEO_LABEL = /^(?:recommended video|featured video|ajánlott videó|kiemelt videó)\s*:?$/iu;
/**
 * What a player or an embed shows until its script runs, which a scraper saves instead ("Loading...",
 * "Loading video…"): under the last paragraph of an ABC News (Australia) story it reads as the last.
 */
const LOADING_PLACEHOLDER = /^loading(?: (?:video|player|content|comments|tweet|post|map|chart|graphic|interactive))?\s*(?:\.{3}|…)$/iu;
/**
 * What a player shows in its place when it cannot play, the whole line: the BBC's "Media playback is unsupported on your
 * device" over each video, between the paragraphs, the HTML fallback "Your browser does not
 * support the video tag.".
 */
const PLAYER_UNSUPPORTED =
  /^(?:media playback is (?:unsupported|not supported) on (?:your|this) device|your (?:browser|device) (?:does not|doesn't|cannot|can't) (?:support|play) (?:the |this |html5 )?(?:video|audio|media)(?: (?:tag|element|player|playback|format|file))?)\s*[.!]?$/iu;
/**
 * What a player shows in its place until the reader consents to its service, the whole line: WELT's "Für die Nutzung der
 * Audio-Funktion benötigen wir Ihre Zustimmung." under "Hören Sie sich hier den Artikel an" (over the first paragraph),
 * "Um Ihnen Audioinhalte anzeigen zu können, benötigen wir Ihre Zustimmung.", "We need your consent to load this
 * video.". It names the player's audio or video and asks for the consent.
 */
const PLAYER_CONSENT = new RegExp(
  String.raw`^(?:(?:für die nutzung (?:der|des) |um ihnen (?:die |den |das )?)[\p{L}-]*(?:audio|video|podcast|player)[\p{L}-]*(?: [\p{L}-]+){0,4},? (?:benötigen|brauchen) wir (?:ihre|deine) (?:zustimmung|einwilligung)` +
    String.raw`|we need your (?:consent|permission) to (?:load|show|play|display) (?:this|the) (?:audio|video|podcast|player|audio player|video player))\s*[.!]?$`,
  'iu',
);
/**
 * A picture's own buttons under its caption ("Click here to enlarge.", "Buy a copy of this picture.", a newspaper's photo
 * sales) and an old player's note that it looked for Flash ("Click here to bypass this detection … Flash
 * Player."), over the first paragraph or under a caption (3 raw lines over both bench sets, none gold);
 * Gannett's "Show Caption" and "Hide Caption" over the caption.
 */
const PICTURE_BUTTON = /^(?:(?:click|tap) (?:here )?to enlarge(?: (?:this |the )?(?:photo|picture|image))?|buy (?:a )?(?:copy|print) of this (?:photo|picture|image)|(?:show|hide) caption)\s*[.!]?$/iu;
/** A picture's buttons over its caption, as Gannett's papers set them: "Show Caption" over "Hide Caption". */
export const CAPTION_BUTTON = /^(?:show|hide) caption$/iu;
const FLASH_DETECTION = /^click here to bypass (?:this|the) (?:flash )?detection\b.*\bflash player\s*\.?$/iu;
export const isMediaPlaceholder = (line: Line): boolean =>
  MEDIA_PLACEHOLDER.test(line.text) ||
  VIDEO_LABEL.test(line.text) ||
  VIDEO_WITH_LENGTH.test(line.text) ||
  LOADING_PLACEHOLDER.test(line.text) ||
  PLAYER_UNSUPPORTED.test(line.text) ||
  PLAYER_CONSENT.test(line.text) ||
  PICTURE_BUTTON.test(line.text) ||
  FLASH_DETECTION.test(line.text);
