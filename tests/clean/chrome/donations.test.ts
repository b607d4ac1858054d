import { describe, expect, it } from 'vitest';
import { isDonationAppeal, isDonationBoxText, isDonationHeading } from '../../../src/clean/chrome/donations.js';
import { describeLine } from '../../../src/clean/lines.js';
import { describeLineTest, PROSE, STOPWORDS } from '../line-cases.js';

describeLineTest(
  'isDonationAppeal: a donation or membership box',
  isDonationAppeal,
  [
    'Donate now',
    'Donate',
    'Become a member',
    'Make a donation',
    'Support independent journalism',
    'Support our work',
    'Grist is a nonprofit newsroom. Your gift today will be matched.',
    'The Sun-Times is a nonprofit newsroom. Support our work.',
    'If you value our reporting, please consider a donation.',
    'We rely on readers like you to keep our journalism free.',
    'Jetzt spenden',
    'Unterstützen Sie unabhängigen Journalismus',
    'Faire un don',
    'Soutenez le journalisme indépendant',
    'Apoie o jornalismo independente',
    'Hazte socio',
    'Sostieni il nostro giornalismo',
    'Steun onafhankelijke journalistiek',
    'Wesprzyj nas',
    'Поддержите независимую журналистику',
    'Підтримайте нас',
    // Hungarian: Telex's heading called out alone, and the calls.
    'Támogasd a Telexet!',
    'Support The Valley Ledger!',
    'Támogass minket',
    'Támogasd a független újságírást!',
    // Afrikaans: Maroela Media's call and its button under the column.
    'Ondersteun onafhanklike Afrikaanse joernalistiek. Word vandag ’n vriend van die koerant.',
    'Skenk nou',
    // HuffPost's and the Independent's boxes: the call for free journalism, the ask naming the site, the button.
    'Support Free Journalism',
    'Consider supporting The Valley Ledger starting at $3 to help us provide free, local journalism for every reader.',
    'Your support keeps it that way.',
    'Support now',
    // A membership box's pitch closing on its ask.
    "We've been reporting from the front since the first week. Help us keep going.",
    'The Valley Ledger is a proudly independent, nonprofit newsroom. Help us keep telling these stories by subscribing.',
    'Help us keep bringing you the news from the valley by becoming a member.',
    'Do you rely on Valley Ledger reporting? Click here to support it.',
    // The site by its name relying on its readers, the ask after it (a tester's Albanian explainer had ended with it).
    'The Valley Ledger relies on the support of its readers. Become a member today.',
    'Harbour News depends on its readers. Subscribe today.',
  ],
  [
    'Your donation will be matched by the Rotary Club until Friday, organisers said.',
    'Support for local journalism has fallen in every state, the study found.',
    'Support Ukraine rallies drew thousands in Berlin on Saturday.',
    'Donate blood this winter, the health service urged on Monday.',
    'The foundation became a member of the alliance in 2019.',
    'Faire un don à une association ouvre droit à une réduction d’impôt.',
    'Wesprzyj nas, apelowali mieszkańcy do radnych.',
    'Támogasd a csapatot, kérte az edző a szurkolókat.',
    'Ondersteun ons plaaslike boere, het die minister gevra.',
    'Support The Valley Ledger',
    'Support free school meals, the union urged on Monday.',
    'Consider supporting the team at the cup final on Saturday.',
    'Your support keeps the shelter open, the director told volunteers.',
    'Support',
    'Help us keep the library open, the campaigners wrote to the council.',
    'Volunteers help us keep going through the winter, the shelter said.',
    'Help us keep telling these stories by cutting costs, the editor told the staff.',
    'Click here to support the campaign for a new library.',
    'The food bank relies on the support of its volunteers, the director said.',
    'The Harbour Library relies on the support of its readers, who donated 4,000 books last year.',
  ],
);

describe('isDonationBoxText', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const text = 'A Telex a független újságírásért dolgozik.';
  /** Whether the line numbered `number` of `lines` (number, text) is taken as the box's text. */
  const boxText = (number: number, ...lines: Array<[number, string]>): boolean => {
    const described = lines.map(([at_, line]) => at(at_, line));
    return isDonationBoxText(described, described.findIndex((line) => line.number === number));
  };

  it("takes the box's line naming its journalism right under its call", () => {
    expect(boxText(2, [1, 'Támogasd a Telexet!'], [2, text])).toBe(true);
    expect(boxText(2, [1, 'Support independent journalism'], [2, 'The Valley Ledger is reader-funded, independent journalism.'])).toBe(true);
  });

  it("takes the box's pitch naming its journalism right over its call", () => {
    const pitch = 'Independent journalism costs money. Support the Valley Ledger for the price of a coffee.';
    expect(boxText(1, [1, pitch], [2, 'Support Us'])).toBe(true);
    expect(boxText(1, [1, pitch], [3, 'Support Us'])).toBe(false);
    expect(boxText(1, [1, pitch], [2, PROSE])).toBe(false);
  });

  it('leaves it alone past a blank line, under a paragraph, or naming no journalism', () => {
    expect(boxText(3, [1, 'Támogasd a Telexet!'], [3, text])).toBe(false);
    expect(boxText(2, [1, PROSE], [2, text])).toBe(false);
    expect(boxText(2, [1, 'Támogasd a Telexet!'], [2, 'A villamosok tízpercenként járnak majd.'])).toBe(false);
  });

  // The Independent's box under the byline: the heading and the pitch over the ask and the button.
  const heading = 'Independent journalism, for all of Harbourshire';
  const pitch = 'Reporting that no owner steers costs money. We keep every story free so that anyone can read it.';
  const ask = 'Your support keeps it that way.';
  it("takes a box's heading naming its journalism and its pitch right over its ask", () => {
    expect(boxText(1, [1, heading], [2, pitch], [3, ask], [4, 'Support now'])).toBe(true);
    expect(boxText(2, [1, heading], [2, pitch], [3, ask], [4, 'Support now'])).toBe(true);
    expect(boxText(1, [1, heading], [2, ask])).toBe(true);
  });

  it('leaves the heading and the pitch alone with no ask right under them, or under a sentence naming that journalism', () => {
    expect(boxText(1, [1, heading], [2, pitch], [4, ask])).toBe(false);
    expect(boxText(2, [1, heading], [2, pitch], [3, PROSE])).toBe(false);
    expect(boxText(2, [1, 'Independent journalism, the panel agreed, needs new money.'], [2, pitch], [3, ask])).toBe(false);
  });
});

// Vox's contribution box under the story: its count of the reader's articles over its pitch.
describe("a contribution box's count and its pitch", () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const meter = 'You’ve read 3 articles in the last month';
  const pitch = 'Here at the Ledger, we believe everyone deserves to understand the valley they live in. Our mission is clear, careful journalism for all.';

  it('takes the count and the amount buttons as the appeal, and the pitch right under the count', () => {
    for (const text of [meter, "You've read 12 articles this year", "Yes, I'll give $5/month", "Yes, I'll give $120/year"]) expect(isDonationAppeal(at(1, text))).toBe(true);
    expect(isDonationBoxText([at(1, meter), at(2, pitch)], 1)).toBe(true);
  });

  it("leaves a story's count, a paywall's, and the pitch past a blank line or under prose", () => {
    for (const text of ["You've read 3 articles in the last month about the strike, the union said.", 'You have read 3 of 3 free articles this month.'])
      expect(isDonationAppeal(at(1, text))).toBe(false);
    expect(isDonationBoxText([at(1, meter), at(3, pitch)], 1)).toBe(false);
    expect(isDonationBoxText([at(1, PROSE), at(2, pitch)], 1)).toBe(false);
  });
});

describe('isDonationHeading', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const appeal = 'The Valley Ledger is a nonprofit newsroom. Your gift today will be matched.';

  it("takes 'Support' and the site's name right over the box's appeal", () => {
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(2, appeal), undefined)).toBe(true);
  });

  it("takes the box's button so named right under its appeal", () => {
    const ask = 'Consider supporting The Valley Ledger from $3 a month to keep local journalism free for everyone.';
    expect(isDonationHeading(at(2, 'Support The Valley Ledger'), undefined, at(1, ask))).toBe(true);
    expect(isDonationHeading(at(3, 'Support The Valley Ledger'), undefined, at(1, ask))).toBe(false);
  });

  it('leaves it alone over a paragraph, past a blank line, or as a story\'s heading', () => {
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(2, PROSE), undefined)).toBe(false);
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(3, appeal), undefined)).toBe(false);
    expect(isDonationHeading(at(1, 'Support for the ferry'), at(2, appeal), undefined)).toBe(false);
  });
});
