import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.js';
import { isConsentNotice, isScriptNotice } from '../../../src/clean/chrome/consent.js';
import { describeLine } from '../../../src/clean/lines.js';
import { article, contextFor } from '../context.js';

const notice = (text: string): boolean => isConsentNotice(describeLine(1, text, new Set(['the', 'and', 'our', 'to', 'of', 'a', 'we'])));

describe('isConsentNotice', () => {
  it.each([
    'We value your privacy',
    'We and our 842 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers.',
    'With your permission we and our partners may use precise geolocation data and identification through device scanning.',
    'We use cookies to improve your experience on our site and to show you personalised advertising.',
    'This website uses cookies to ensure you get the best experience.',
    'By clicking "Accept all", you agree to the storing of cookies on your device.',
    'Wir und unsere 211 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, etwa Cookies.',
    'Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, tels que les cookies.',
    // A site's own notice in other languages: a Japanese broadcaster's had opened the body.
    'Die Rundschau verwendet Cookies, um ihr Angebot zu verbessern.',
    'Utilizamos cookies propias y de terceros para mejorar la navegación.',
    'Westnet は、サービスの利用状況を把握するためにCookieを使用しています。',
    'Sitemizde reklamlar için çerezler kullanılmaktadır.',
    'Мы используем файлы cookie для улучшения работы сайта.',
    'نستخدم ملفات تعريف الارتباط لتحسين تجربتك.',
    'हम अपनी वेबसाइट पर कुकीज़ का उपयोग करते हैं।',
  ])('takes "%s" for a consent banner', (text) => {
    expect(notice(text)).toBe(true);
  });

  it.each([
    'We and our partners at the food bank have handed out 4,000 parcels this winter, the charity said.',
    'The regulator said it had fined the company for setting cookies without consent.',
    'Privacy campaigners said the new rules on cookies did not go far enough.',
    'We use a lot of water in the summer, the farmer said.',
    'Die Behörde prüft, ob Portale Cookies ohne Einwilligung setzen dürfen.',
    'Las empresas que usan galletas artesanales vendieron un 20 % más.',
  ])('leaves "%s" as text', (text) => {
    expect(notice(text)).toBe(false);
  });
});

// A consent banner over the page, and a "Comments" link under the byline: the banner's prose had
// counted as text read before the link, which opened the comments section over the whole article.
const PAGE = `We value your privacy
We and our 842 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our 842 partners' processing as described above.
Accept all
Reject all
The Daily Courier
News
Climate
Tidal power scheme wins approval for the Severn estuary
Jane Holt
Friday 05 December 2026 07:00 GMT
Comments

A tidal power scheme on the Severn estuary has won planning approval after a decade of delays, the government said on Friday.

The 1.2 gigawatt project is expected to supply about 3 per cent of Britain's electricity once it is finished in the 2030s.

Environmental groups said the lagoon walls would harm feeding grounds for wading birds and promised to challenge the decision in court.

More about
Tidal power
`;

describe('a cookie consent banner over the page', () => {
  const cleaned = cleanArticle(article(PAGE), contextFor([PAGE]));

  it('keeps the article and its title, and removes the banner', () => {
    expect(cleaned.metadata.title).toBe('Tidal power scheme wins approval for the Severn estuary');
    expect(cleaned.body.split('\n\n')[0]).toMatch(/^A tidal power scheme/);
    expect(cleaned.body).toMatch(/promised to challenge the decision in court\.$/);
    expect(cleaned.removedLines.filter((line) => line.reason === 'cookie consent banner').map((line) => line.line)).toEqual([1, 2, 3]);
  });
});

// An old regional site's notices above its footer, under the last paragraph.
describe('isScriptNotice', () => {
  const scriptNotice = (text: string): boolean => isScriptNotice(describeLine(1, text, new Set(['the', 'and', 'our', 'to', 'of', 'a', 'we'])));
  it.each([
    'We have noticed that JavaScript is disabled in your browser.',
    "This site uses JavaScript throughout. See your browser's help pages to learn how to turn it on.",
    'Please enable JavaScript to read the comments below.',
    'This gallery needs JavaScript: please enable it in your browser.',
    'JavaScript must be enabled for this page to work',
    // What the reader meets without it, between two notices: it names no script.
    'You may have difficulties using the site. Pictures and tools may not load or work.',
    'You might have difficulties viewing this page.',
  ])('takes "%s"', (text) => expect(scriptNotice(text)).toBe(true));
  it.each([
    'The toolkit is a JavaScript code that changes every time it loads, so scanners miss it.',
    'JavaScript Weekly',
    'The bank said the fault was in JavaScript written by a contractor, and that no customer data was exposed.',
    // An outage the story reports: its customers, not the reader.
    'Customers may experience problems accessing online banking until Tuesday, the bank said.',
    'You may experience problems sleeping in the first weeks after the operation, the surgeon warned.',
  ])('leaves "%s" alone', (text) => expect(scriptNotice(text)).toBe(false));

  it('removes the notices under the last paragraph, the paragraph kept', () => {
    const page = PAGE.replace('More about\n', 'We have noticed that JavaScript is disabled in your browser.\nYou may have difficulties using the site. Pictures and tools may not load or work.\nPlease enable JavaScript in your browser to see the whole page.\nMore about\n');
    const result = cleanArticle(article(page), contextFor([page]));
    expect(result.body).toMatch(/promised to challenge the decision in court\.$/);
    expect(result.removedLines.filter((line) => line.reason === 'notice that the browser runs no JavaScript').map((line) => line.text)).toEqual([
      'We have noticed that JavaScript is disabled in your browser.',
      'You may have difficulties using the site. Pictures and tools may not load or work.',
      'Please enable JavaScript in your browser to see the whole page.',
    ]);
  });
});
