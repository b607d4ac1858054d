import { describe, expect, it } from 'vitest';
import { isBookmarkingNote, isFollowLink, isLanguageEditionLink, isReaderTools, isShareButton, isShareButtonName } from '../../../src/clean/chrome/buttons.js';
import { describeLineTest, line } from '../line-cases.js';

describe('isReaderTools', () => {
  const tools = (text: string): boolean => isReaderTools(line(text));

  it.each(['Text size A A A', 'Font size', 'Increase text size', 'Listen to article 4 min', 'Listen to this story', 'Listen (5 min)', 'Save article', 'Save for later', 'Copy link', 'Gift this article', 'Share full article', 'Print this page', 'Email This', 'Print This', 'E-mail This Story   Print This Story', 'Print | Email | Share', 'Share · Save · Comments (12)', 'Purchase Licensing Rights, opens new tab', 'Create your free profile or log in to save this article', 'Sign in to save this story', 'Print-friendly page | Email this story to a friend', 'Printable version', 'Print Article  E-mail to a Friend  Subscribe to Sports RSS Feed', 'Email this story to a friend', '글씨크기 조절하기', '글자 크기 조절', '文字サイズ', '字体大小', 'Schriftgröße', 'Taille du texte', 'Tamaño de letra', 'この記事をスクラップする', '記事を保存'])(
    'takes "%s" for a row of reader tools',
    (text) => {
      expect(tools(text)).toBe(true);
    },
  );

  it.each([
    // A bare button word alone may be a heading; a sentence about the tools is the story's.
    'Print', 'Save', 'Listen', 'Share',
    'Save the date', 'Email this to the council', 'Print edition sales fell again',
    'Listen to the full interview with the mayor on our podcast.',
    'Copy link to the report was sent to the council.',
    'The font size on the ballot papers was too small, voters said.',
    'Purchase licensing rights for the photos cost the paper $40,000 a year.',
    'Log in to save this article and read it later, the help page tells readers.',
    '글씨 크기가 작아 읽기 어렵다는 지적이 나왔다.', 'Die Schriftgröße der Stimmzettel war zu klein.',
    '記事を保存する読者が増えている。', 'この記事をスクラップする読者も多い',
    // A feed's button alone is a menu's link.
    'Subscribe to our RSS feed',
  ])('leaves "%s" alone', (text) => {
    expect(tools(text)).toBe(false);
  });

  // A view counter is the page's widget: a Vietnamese paper's count under its standfirst had stayed in the body.
  // French "Lu … fois" too.
  it.each(['Views: 1,234', 'Lượt xem: 12.406', 'Hits: 275', '阅读 1234', '閱讀數：5,210', '조회수 1,024', 'Просмотров: 3 512', 'Visualizações: 1.234', '8,931 views', '1.2K views', '12.406 lượt xem', 'Dibaca 2.310 kali', 'Lu 2 417 fois'])(
    'takes the view counter "%s" for a reader tool',
    (text) => expect(tools(text)).toBe(true),
  );
  it.each(['Views on the new budget', 'Hits of the summer', '1,234 readers wrote in', 'Views: mixed, the poll found.', 'Lu 3 fois par semaine'])('leaves "%s", no counter', (text) => {
    expect(tools(text)).toBe(false);
  });
});

describeLineTest(
  'isLanguageEditionLink: a link to the article in another language',
  isLanguageEditionLink,
  ['阅读简体中文版閱讀繁體中文版', 'Leer en español', 'Read in English', 'Read this article in Spanish', 'Lire en français', 'Auf Deutsch lesen', 'Ler em português', 'English version', 'Versión en español', 'Read in English | Leer en español', 'Читать на русском'],
  ['Read in English, the letter says the council will close the library.', 'English version of the report is due in March', 'Leer en español es un placer', 'Chinese edition sales rose 20 percent last year', 'English Edition', 'Read more'],
);

describeLineTest(
  'isFollowLink: a follow link alone, wherever it stands',
  isFollowLink,
  [
    'Follow Us', 'Follow us on X and Instagram', 'Suivez-nous sur Facebook', 'Folgen Sie uns', 'Síguenos en Twitter',
    // An author's plug written as sentences (Forbes' contributors).
    'Follow me on LinkedIn or Twitter. Check out my website.', 'Follow me on Twitter.', 'Follow me on Twitter, LinkedIn and Instagram. Check out my book about the Arctic.',
    // A broadcaster's language service names itself.
    'Follow Radio Kestrel Urdu on Facebook, Instagram and YouTube.', 'Follow Harbour Latino on Twitter and Instagram.',
    // X named before another network in the plug.
    'Follow me on X or LinkedIn.', 'Follow me on X, Threads and Instagram.',
    // The site named over the network buttons the scraper did not keep.
    'Follow HNT on', 'Follow Harbour Times on:',
    // A section's page liked and its handle followed, and what the reader gains (Pakistani papers' sign-off under each story).
    'Like Business on Facebook, follow @HarbourBiz on Twitter to stay informed and join in the conversation.',
    'Like Opinion & Editorial on Facebook, follow @HarbourOpEd on Twitter to receive all updates on all our daily pieces.',
    'Follow us on Instagram to stay up to date.',
    // A video channel's widget label under the story, followed and subscribed to.
    'Follow and Subscribe Harbour TV :', 'Follow and subscribe to Harbour TV', 'Follow & Subscribe Harbour Times TV:',
  ],
  [
    'Share', 'Share this article', 'Follow the money', 'Follow us, the guide told the group as the fog came down.',
    'Follow me on Twitter, he told his fans after the match.', 'Follow me on Twitter. The rest of the story is there, the mayor joked at the meeting.',
    'Follow the river, then turn left on Facebook Road.', 'Follow the signs to the clinic on Instagram Lane.',
    'Follow the route on X and Y axes.', 'Follow me on X or, better, come to the launch.', 'Follow the coast road on foot',
    'Follow the ministry on Facebook to see the new timetable.', 'Follow and subscribe: how the channel grew to a million viewers in a year', 'Like many on Facebook, follow the rules, she said.',
    'Like Sports on Facebook, follow @HarbourSport on Twitter to stay informed, the club told fans who had asked about tickets.',
  ],
);

describeLineTest(
  'isShareButton: a bare share button alone, wherever it stands',
  isShareButton,
  // Swedish "Dela" and "Dela artikel", as Aftonbladet sets it between its date lines and the author's name.
  ['Share', 'SHARE', 'Share:', 'Teilen', 'Partager', 'Compartir', 'Share Via :', 'Share via', 'Share on:', 'Share this:', 'Share this', 'Share or comment on this article:', 'Dela', 'Dela artikel', 'Dela artikeln', 'Share this story:', 'Kindly Share This Story:', 'Please share this article:'],
  ['Share this article', 'Kindly share this story with your friends, the police said.', 'Please share this', 'Share or comment on this article', 'Share prices', 'Shared', 'Share the road, police urge drivers.', 'Share via email the council said', 'Share on the rise', 'Dela upp kostnaderna', 'Delade artiklar'],
);

describeLineTest(
  "isShareButtonName: one network's share button alone (the title's search counts none against its window)",
  isShareButtonName,
  ['Twitter', 'WhatsApp', 'Email', 'E-mail', 'LinkedIn', 'Print', 'ВКонтакте'],
  ['Twitter Facebook', 'Twitter files', 'Print edition', 'Emailing the council', 'Messengers'],
);

describeLineTest(
  "isBookmarkingNote: a bookmarking plugin's note under a blog post's share buttons",
  isBookmarkingNote,
  ['Tell Your Friends About This StoryThese buttons link to social bookmarking services where readers can save and find new pages.', 'These buttons link to social bookmarking services.'],
  ['Social bookmarking sites grew fast in 2007, the survey of web users found.', 'The icons link to a gallery of the winning photographs.'],
);
