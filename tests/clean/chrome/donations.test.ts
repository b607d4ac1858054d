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
    // Hungarian (session 45): Telex's heading called out alone, and the calls.
    'Támogasd a Telexet!',
    'Support The Valley Ledger!',
    'Támogass minket',
    'Támogasd a független újságírást!',
    // Afrikaans (session 46): Maroela Media's call and its button under the column.
    'Ondersteun onafhanklike Afrikaanse joernalistiek. Word vandag ’n vriend van die koerant.',
    'Skenk nou',
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
  ],
);

describe('isDonationBoxText', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const text = 'A Telex a független újságírásért dolgozik.';

  it("takes the box's line naming its journalism right under its call", () => {
    expect(isDonationBoxText(at(2, text), at(1, 'Támogasd a Telexet!'))).toBe(true);
    expect(isDonationBoxText(at(2, 'The Valley Ledger is reader-funded, independent journalism.'), at(1, 'Support independent journalism'))).toBe(true);
  });

  it('leaves it alone past a blank line, under a paragraph, or naming no journalism', () => {
    expect(isDonationBoxText(at(3, text), at(1, 'Támogasd a Telexet!'))).toBe(false);
    expect(isDonationBoxText(at(2, text), at(1, PROSE))).toBe(false);
    expect(isDonationBoxText(at(2, 'A villamosok tízpercenként járnak majd.'), at(1, 'Támogasd a Telexet!'))).toBe(false);
  });
});

describe('isDonationHeading', () => {
  const at = (number: number, text: string) => describeLine(number, text, STOPWORDS);
  const appeal = 'The Valley Ledger is a nonprofit newsroom. Your gift today will be matched.';

  it("takes 'Support' and the site's name right over the box's appeal", () => {
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(2, appeal))).toBe(true);
  });

  it('leaves it alone over a paragraph, past a blank line, or as a story\'s heading', () => {
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(2, PROSE))).toBe(false);
    expect(isDonationHeading(at(1, 'Support The Valley Ledger'), at(3, appeal))).toBe(false);
    expect(isDonationHeading(at(1, 'Support for the ferry'), at(2, appeal))).toBe(false);
  });
});
