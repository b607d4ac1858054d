import { describe, expect, it } from 'vitest';
import { isMediaPlaceholder, isVideoCaption } from '../../../src/clean/chrome/media.js';
import { describeLine } from '../../../src/clean/lines.js';
import { describeLineTest, PROSE, STOPWORDS } from '../line-cases.js';

describe('isVideoCaption', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const caption = 'Firefighters battle the fire near Cudlee Creek.';

  it("takes the line right under a video player's length, a blank line under it, for its caption", () => {
    expect(isVideoCaption([at(10, 'Duration: 1 minute 12 seconds'), at(11, '1m'), at(12, caption), at(14, PROSE)], 2)).toBe(true);
    expect(isVideoCaption([at(10, 'Duration: 2 minutes, 5 seconds'), at(11, '2m 5s'), at(12, caption)], 2)).toBe(true);
    expect(isVideoCaption([at(9, 'Watch'), at(10, 'Duration: 2:31'), at(11, caption), at(13, PROSE)], 2)).toBe(true);
  });

  it("takes the title under a playlist's label and the next video's length for the video's, the story going on under it", () => {
    expect(isVideoCaption([at(10, 'Up next'), at(11, '01:48'), at(12, 'Harbour Lions training report: Week 9'), at(13, PROSE)], 2)).toBe(true);
    expect(isVideoCaption([at(10, 'Now playing'), at(11, '2:14'), at(12, 'New arrivals hall opens at the airport'), at(13, PROSE)], 2)).toBe(true);
    // A live blog's stamp under a heading: no playlist.
    expect(isVideoCaption([at(10, 'Latest updates'), at(11, '01:48'), at(12, 'Harbour Lions training report: Week 9'), at(13, PROSE)], 2)).toBe(false);
  });

  it('leaves a line with no length over it, the article going on right under it, or a paragraph', () => {
    // A live blog's stamp over its entry's heading, a count over a line: no player's length.
    expect(isVideoCaption([at(10, PROSE), at(11, '14:10'), at(12, caption), at(14, PROSE)], 2)).toBe(false);
    expect(isVideoCaption([at(10, PROSE), at(11, '1m'), at(12, caption), at(14, PROSE)], 2)).toBe(false);
    expect(isVideoCaption([at(8, PROSE), at(10, 'Duration: 1 minute 12 seconds'), at(12, caption), at(14, PROSE)], 2)).toBe(false);
    expect(isVideoCaption([at(10, 'Watch'), at(11, 'Duration: 1 minute 12 seconds'), at(12, `${PROSE} ${PROSE}`), at(14, PROSE)], 2)).toBe(false);
    expect(isVideoCaption([at(10, PROSE), at(11, 'Duration of the works: two years'), at(12, caption), at(14, PROSE)], 2)).toBe(false);
  });
  // Fox News' box over the first paragraph: "Video", the video's title, its blurb.
  const title = 'Flood survivors rebuild in a river town';
  const blurb = 'Residents of Harbour Bend describe the weeks after the water came.';
  it('takes the title and the blurb of a box under "Video"', () => {
    expect(isVideoCaption([at(9, 'close'), at(10, 'Video'), at(11, title), at(12, blurb)], 2)).toBe(true);
    expect(isVideoCaption([at(10, 'Video'), at(11, title), at(12, blurb), at(13, PROSE)], 2)).toBe(true);
  });

  it('leaves a menu\'s sections, headlines under "Video", and a paragraph under a title', () => {
    expect(isVideoCaption([at(9, 'News'), at(10, 'Video'), at(11, 'Politics'), at(12, 'Opinion')], 2)).toBe(false);
    expect(isVideoCaption([at(9, 'close'), at(10, 'Video'), at(11, title), at(12, 'Why do river towns flood more often now?')], 2)).toBe(false);
    expect(isVideoCaption([at(10, 'Video'), at(11, title), at(12, `${PROSE} ${PROSE}`), at(13, PROSE)], 2)).toBe(false);
  });
});

describeLineTest(
  "isMediaPlaceholder: a video player's label with its length",
  isMediaPlaceholder,
  ['VIDEO 02:15', 'VIDEO03:45', 'Video 1:02:30', 'Media playback is unsupported on your device', 'Your browser does not support the video tag.'],
  ['VIDEO', 'Video 2 of 5', 'Video shows the 02:15 train leaving', 'Media playback is unsupported on your device, the app warns, so the club streams on radio.'],
);

describeLineTest(
  "isMediaPlaceholder: a picture's buttons under its caption and an old player's Flash detection note",
  isMediaPlaceholder,
  ['Click here to enlarge.', 'Buy a copy of this picture.', 'Buy a print of this photo', 'Click here to bypass the Flash detection, as you run the newest Flash Player.'],
  ['Click here to enlarge the map of the flooded streets.', 'Buy a copy of this picture book for a child you know, the librarian said.', 'Click here to download.'],
);

describe("isVideoCaption: a video's title on a page without blank lines", () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  it('takes a title (no full stop) under "VIDEO 02:15" with the text going on right under it', () => {
    expect(isVideoCaption([at(1, 'VIDEO 02:15'), at(2, 'Why city bridges across the US are falling apart'), at(3, PROSE)], 1)).toBe(true);
  });
  it('leaves a sentence there: it may be the article going on', () => {
    expect(isVideoCaption([at(1, 'Duration: 1 minute 12 seconds'), at(2, 'Firefighters battle the fire near Cudlee Creek.'), at(3, PROSE)], 1)).toBe(false);
  });
  it('takes a sentence under the length read and shown, a whole player', () => {
    expect(isVideoCaption([at(1, 'Duration: 1 minute 12 seconds'), at(2, '1m'), at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(4, PROSE)], 2)).toBe(true);
  });
  it("takes a sentence under the player's label over its length, a whole player too", () => {
    expect(isVideoCaption([at(1, 'Watch'), at(2, 'Duration: 1 minute 12 seconds'), at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(4, PROSE)], 2)).toBe(true);
    expect(isVideoCaption([at(1, 'Play video'), at(2, 'Duration: 2:31'), at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(4, PROSE)], 2)).toBe(true);
    // The label set apart from the length, a blank line between: no one player's.
    expect(isVideoCaption([at(0, 'Watch'), at(2, 'Duration: 2:31'), at(3, 'Firefighters battle the fire near Cudlee Creek.'), at(4, PROSE)], 2)).toBe(false);
  });
});

describeLineTest(
  "isMediaPlaceholder: a player's request for consent before it loads",
  isMediaPlaceholder,
  ['Für die Nutzung der Audio-Funktion benötigen wir Ihre Zustimmung.', 'Um Ihnen Audioinhalte anzeigen zu können, benötigen wir Ihre Zustimmung.', 'We need your consent to load this video.'],
  ['Für die Nutzung der Daten benötigen wir Ihre Zustimmung, sagte die Ministerin.', 'We need your consent to share the video with the court, the lawyer wrote.'],
);

describeLineTest(
  "isMediaPlaceholder: Gannett's caption buttons",
  isMediaPlaceholder,
  ['Show Caption', 'Hide Caption'],
  ['Show caption contest winners', 'Hide and seek'],
);
