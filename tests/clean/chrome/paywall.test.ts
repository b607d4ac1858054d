import { describe, expect, it } from 'vitest';
import { describeLine } from '../../../src/clean/lines.js';
import { isPaywallNotice } from '../../../src/clean/chrome/paywall.js';

const notice = (text: string): boolean => isPaywallNotice(describeLine(1, text, new Set(['the', 'to', 'of', 'is', 'for', 'a'])));

describe('isPaywallNotice', () => {
  it.each([
    'Subscribe to continue reading',
    'To continue reading, subscribe now.',
    'Sign in to keep reading',
    'This article is for subscribers only.',
    'The rest of this story is available to subscribers.',
    'Subscribers-only content',
    'For subscribers only',
    'You have reached your limit of free articles.',
    "You've used all your free articles this month.",
    'You have read 3 of 3 free articles this month. Subscribe for unlimited access.',
    "You've read 5 of your 5 free stories.",
    'You have read all of your free articles for this month.',
    'To read the whole article you must be registered with the site.',
    'TO READ THE FULL STORY',
    'Dieser Artikel ist nur für Abonnenten',
    'Cet article est réservé aux abonnés.',
    'La suite est réservée aux abonnés.',
    'Il vous reste 78 % de cet article à lire.',
    'Subscribe to read the rest',
    'Sign in to read the rest of this article.',
    'This content is for members only. Become a member to keep reading.',
    'Become a member to continue reading',
    'This story is available to members only.',
    'Members only',
    'Members-only content',
    'Subscribers only: sign in',
    // The page saying it is for its outlet's subscribers: each had stayed in the body.
    'This story is available exclusively to Business Insider subscribers. Become an Insider and start reading now.',
    'This article is available only to Financial Ledger subscribers.',
    'Become an Insider and start reading now.',
    'Become a subscriber today and start reading.',
    // Japanese papers' label of a paid article, and where its free part stops: the label had been the byline.
    '有料記事',
    'この記事は有料記事です。残り812文字',
  ])('takes "%s" for a paywall notice', (text) => {
    expect(notice(text)).toBe(true);
  });

  it.each([
    'Subscribe to our newsletter',
    'Continue reading the main story',
    'Continue Reading Below',
    'Log in for premium content and features on this site.',
    'Already a subscriber? Sign in',
    'Read the full story here',
    // News of a service: what is available to its subscribers is not this article.
    'The ad-free tier is available to subscribers in 30 countries from Monday, the company said.',
    'Its new plan is only for paying subscribers, who will be charged $5 more a month.',
    'The feature is for subscribers only, Spotify said.',
    // A reader's count is news when it is not the reader's: "you" is the page speaking to them.
    'Readers have read 3 of the 10 free articles on average, the survey found.',
    'The museum said the new content is for members of its friends scheme, who pay £40 a year.',
    'Members of the committee will read the rest of the report next week.',
    // "Members only" or "Subscribers only" opening a sentence is its subject and an adverb, not a label.
    'Members only learned of the plan on Tuesday, when the board wrote to the union.',
    'Subscribers only pay $5 a month for the service, the company said.',
    `The paper said it had ${'many '.repeat(30)}subscribers only in the city, and to continue reading its reports readers must subscribe.`,
    'The series is available exclusively to Apple TV+ subscribers from Friday.',
    'The app is available to Netflix subscribers in 40 countries.',
    'Become an insider trader and start reading the charts, the ad said.',
    'Readers who subscribe start reading at breakfast, the survey found.',
    // A sentence on paid articles is news.
    '有料記事の読者は昨年より2割増えた。',
  ])('leaves "%s" alone', (text) => {
    expect(notice(text)).toBe(false);
  });
});
