// A donation or membership box: its button, its call, its ask and its heading naming the site. The ask
// reads as a sentence, which the line model keeps between or under the paragraphs.
import { isRightOverOnPage, isRightUnderOnPage, type Line } from '../lines.js';

/**
 * A donation or membership box set between the paragraphs or under them: its button alone on its line
 * ("Donate now", "Become a member", "Jetzt spenden", "Faire un don"), its call ("Support independent
 * journalism", "Soutenez le journalisme indépendant", "Wesprzyj nas") and its ask ("Grist is a
 * nonprofit newsroom. Your gift today will be matched.", "If you value our reporting, please consider
 * a donation."), as Grist's box stands between two answers of an interview. A story's sentence on
 * a charity's drive goes on past the ask ("Your donation will be matched by the Smith Foundation
 * until Friday"), opens with "Support for …" or names no journalism and no "us".
 */
const DONATION_BUTTON = new RegExp(
  '^(?:donate|donate here|donate to us|make a (?:donation|gift|contribution)|give (?:now|today)|contribute(?: now| today)?|become a (?:member|supporter|patron|sustaining member)|support (?:now|today)' +
    '|jetzt (?:spenden|unterstützen|mitglied werden)|spenden sie jetzt|(?:faire|faites|je fais) un don|je (?:soutiens|donne)|devenez (?:membre|donateur)|dona (?:ahora|hoy|ora)|haz una donación|hazte (?:socio|miembro)' +
    '|doe (?:agora|hoje)|faça uma doação|seja (?:um )?(?:membro|apoiador)|fai una donazione|doneer(?: nu| vandaag)?|word (?:lid|donateur)|przekaż darowiznę|wesprzyj(?: nas)?|пожертвовать|підтримати|skenk)' +
    '(?: now| today| here| jetzt| maintenant| ahora| agora| ora| nu| nou| teraz| сейчас| зараз)?\\s*[.!:→›»]*$',
  'iu',
);
/** The journalism a box asks to support, in the languages the project lists. */
const OUR_JOURNALISM = String.raw`(?:(?:independent|local|quality|free|nonprofit|non-profit|public[- ]service|fearless|trusted|our)\s+)?(?:journalism|reporting|newsroom|news|work|fact-checking)`;
/** The call alone in its sentence: "Wesprzyj nas, apelowali mieszkańcy" goes on as a story's. */
const DONATION_CALLS = [
  String.raw`support\s+(?:us|${OUR_JOURNALISM})`, String.raw`help\s+(?:us\s+)?(?:keep|fund|sustain|support)\s+(?:our\s+|this\s+)?(?:journalism|reporting|newsroom|work)`,
  'unterstützen sie (?:uns|(?:unabhängigen |unseren )?journalismus|unsere arbeit)', 'soutenez(?:-nous| le journalisme(?: indépendant)?| notre (?:journalisme|rédaction|travail))',
  'apoya(?: a)? (?:el periodismo(?: independiente)?|nuestro (?:periodismo|trabajo))', 'apoie o (?:nosso )?jornalismo(?: independente)?',
  "sostieni (?:il (?:nostro )?giornalismo(?: indipendente)?|l['’]informazione(?: libera)?|il nostro lavoro)", 'steun (?:ons|(?:onafhankelijke |onze )?journalistiek)',
  'wesprzyj (?:nas|niezależne dziennikarstwo)', 'поддержите (?:нас|независимую журналистику)', 'підтримайте (?:нас|незалежну журналістику)',
  // Afrikaans (Maroela Media's "Ondersteun onafhanklike Afrikaanse joernalistiek." over "Skenk nou")
  'ondersteun (?:ons|(?:onafhanklike |ons )?(?:afrikaanse )?joernalistiek)',
  'támogass(?:on)? (?:minket|bennünket)', 'támogas(?:d|sa) (?:a |az )?(?:független (?:újságírást|sajtót|médiát)|munkánkat)',
];
const DONATION_CALL = new RegExp(`^(?:${DONATION_CALLS.join('|')})\\s*(?:[.!:→›»]|$)`, 'iu');
/** The ask in a sentence of its own: a gift matched, a donation considered, readers' support relied on, "Support our work." closing the line. */
const DONATION_ASK = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:your (?:gift|donation|contribution)(?: today| now)? (?:will be|is|gets) (?:matched|doubled|tripled)(?: today)?[.!]?$` +
    String.raw`|(?:if you (?:value|like|enjoy|appreciate|rely on)[^.!?]{0,80}?,\s*)?(?:please )?consider (?:making )?(?:a (?:donation|gift|contribution)|donating|supporting (?:us|our (?:journalism|work|reporting)))\b` +
    // The site by its name and the journalism the money pays for: "Consider supporting HuffPost starting at $2 to help us provide free, quality journalism".
    String.raw`|consider supporting [^.!?]{1,100}?\b(?:journalism|reporting|newsroom)\b` +
    // What the reader's money keeps so: the Independent's "Your support keeps it that way." under its pitch.
    String.raw`|your support (?:keeps|makes) (?:it|this|us|our (?:journalism|reporting|work))\b[^.!?]{0,30}[.!]?$` +
    String.raw`|we (?:rely|depend) on (?:readers|the generosity|donations|your (?:support|donations))\b|support (?:us|our (?:work|journalism|reporting|newsroom))[.!]?$` +
    // The site by its name relying on its readers, alone or over the ask: "Exit News relies on the support of its readers. Become a
    // member today." ("The food bank relies on the support of its volunteers" is a story's; so is a sentence going on past "readers").
    String.raw`|^(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){1,4}(?:relies|depends) on (?:the (?:support|generosity) of )?its readers[.!](?:\s+(?:become a (?:member|subscriber|supporter)|subscribe|donate|join us|support us)\b[^.!?]{0,40}[.!]?)?$` +
    // A member's help asked to keep the site going, closing the line: the Kyiv Independent's "We've been covering the war since day
    // one. Help us keep going." over "Become a member", under the last paragraph; "… help us keep the park open" is a story's.
    String.raw`|help us keep (?:going|(?:it|this) going|reporting)[.!]?$` +
    // What the reader's subscription or gift keeps the site doing, closing the line: "<Paper> is a proudly independent, nonprofit
    // news organisation. Help us keep telling these stories by subscribing." under the last paragraph; "… by cutting costs" is a story's.
    String.raw`|help us keep (?:telling|bringing|producing|doing|publishing)\b[^.!?]{0,40}?\bby (?:subscribing|donating|becoming a (?:member|subscriber|supporter)|supporting us)[.!]?$` +
    // The box's link to give, closing the line: "Do you rely on <Site> reporting? Click here to support it." ("… to support the campaign" is a story's).
    String.raw`|click here to (?:support|donate to|contribute to) (?:it|us|our (?:work|journalism|reporting))[.!]?$)`,
  'iu',
);
const MAX_DONATION_WORDS = 40;
/**
 * A contribution box's count of what the reader has read, its heading: Vox's "You’ve read 1 article in the last month" over its
 * pitch (BOX_PITCH), "You've read 12 articles this year"; and the box's buttons giving an amount, "Yes, I'll give $5/month". A paywall's count names free articles
 * (paywall.ts); a count of this one's has the reader's "you".
 */
const DONATION_METER =
  /^(?:you(?:['’]ve| have) read (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) articles? (?:in the (?:last|past) (?:month|year|week|\d+ (?:days|weeks|months))|this (?:month|year|week))|yes,? i['’]ll (?:give|contribute|donate) [$€£]?\d+(?:\s*(?:\/\s*|a |per )(?:month|year|week))?)\s*[.!]?$/iu;
export const isDonationAppeal = (line: Line): boolean =>
  line.wordCount <= MAX_DONATION_WORDS && (DONATION_BUTTON.test(line.text) || DONATION_CALL.test(line.text) || DONATION_ASK.test(line.text) || SUPPORT_SITE_CALL.test(line.text) || DONATION_METER.test(line.text));

/** The call to support the site by its name, as a box heads itself: "Support Grist", Hungarian "Támogasd a Telexet" (its object in the accusative). */
const SUPPORT_SITE_SOURCE = String.raw`^(?:Support|Soutenez|Unterstützen Sie|Apoya|Apoie|Sostieni|Steun|Wesprzyj|Поддержите|Підтримайте|Támogasd az?|Támogassa az?)(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){1,3}`;
/**
 * A donation box's heading naming the site ("Support Grist", "Soutenez Mediapart"), right over the
 * box's appeal with no blank line between, or its button so named right under it (HuffPost's "Support HuffPost" under
 * "Consider supporting HuffPost …"): alone, "Support Ukraine" may head a story's section.
 */
const SUPPORT_SITE = new RegExp(`${SUPPORT_SITE_SOURCE}$`, 'u');
export const isDonationHeading = (line: Line, under: Line | undefined, over: Line | undefined): boolean =>
  SUPPORT_SITE.test(line.text) &&
  ((isRightUnderOnPage(under, line) && isDonationAppeal(under)) || (isRightOverOnPage(over, line) && isDonationAppeal(over)));
/** The heading called out alone, as Telex heads its box: "Támogasd a Telexet!" (else read as a teaser's headline). */
const SUPPORT_SITE_CALL = new RegExp(`${SUPPORT_SITE_SOURCE}\\s*!$`, 'u');

/**
 * The journalism a donation box's text names, in a line of its own right under the box's call or
 * heading: Telex's "A Telex a független újságírásért dolgozik." ("Telex works for independent journalism") under "Támogasd a
 * Telexet!", "The Valley Ledger is reader-funded, independent journalism." under "Support The Valley Ledger"; or right over its
 * call, as its pitch: "Independent journalism costs money. Support the Ledger for the price of a coffee." over "Support Us". It
 * asks for no gift by a pattern's words, and it reads as a teaser's sentence. Alone it may be a story's.
 */
const BOX_JOURNALISM = new RegExp(
  // `(?<!\w)`, not `\b`: before a letter they say the same, but under `iu` V8 compiles `\b` as two pairs of lookarounds,
  // which at the pattern's head keep the scan from skipping ahead (about ten times the cost).
  String.raw`(?<!\w)(?:independent|nonprofit|non-profit|reader-funded|reader-supported) (?:journalism|newsroom|news organi[sz]ation)|független újságírás|unabhängige\p{L}* journalismus|journalisme indépendant|periodismo independiente|jornalismo independente|giornalismo indipendente|onafhankelijke journalistiek|niezależne\p{L}* dziennikarstw|независим\p{L}* журналистик|незалежн\p{L}* журналістик`,
  'iu',
);
const MAX_BOX_TEXT_WORDS = 30;
/**
 * A contribution box's pitch right under its count of what the reader has read (DONATION_METER), the site speaking of its
 * journalism or mission: Vox's "Here at Vox, we believe in helping everyone understand our complicated world, … Our mission is
 * to create clear, accessible journalism …" (33 words).
 */
const BOX_PITCH = /\b(?:we|our|us)\b[^]*\b(?:journalism|reporting|newsroom|mission|work)\b|\b(?:journalism|reporting|newsroom|mission)\b[^]*\b(?:we|our|us)\b/iu;
/** Words of a box's heading at most. */
const MAX_BOX_HEADING_WORDS = 8;
/** A box's heading naming the journalism it asks for, no full stop: the Independent's "Independent journalism, for everyone". */
const isBoxJournalismHeading = (line: Line): boolean => line.wordCount <= MAX_BOX_HEADING_WORDS && !line.endsWithSentencePunctuation && BOX_JOURNALISM.test(line.text);

/**
 * Whether lines[i] is a donation box's text by the box's lines round it, no blank line between: the journalism it names under
 * or over the box's appeal (BOX_JOURNALISM), or a box headed by that journalism over its pitch and its ask, as the Independent sets
 * one under the byline: "Independent journalism, for everyone" over "Reporting that nobody pays to keep quiet costs money. …"
 * over "Your support keeps it that way.", else the body's opening. The heading and the pitch are told by
 * the ask right under them; alone they may be a story's.
 */
export function isDonationBoxText(lines: readonly Line[], i: number): boolean {
  const [above, line, below, belowThat] = [lines[i - 1], lines[i]!, lines[i + 1], lines[i + 2]];
  if (line.wordCount > MAX_DONATION_WORDS) return false;
  if (
    line.wordCount <= MAX_BOX_TEXT_WORDS && BOX_JOURNALISM.test(line.text) &&
    ((isRightUnderOnPage(line, above) && isDonationAppeal(above)) || (isRightUnderOnPage(below, line) && isDonationAppeal(below)))
  ) return true;
  if (isRightUnderOnPage(line, above) && DONATION_METER.test(above.text) && BOX_PITCH.test(line.text)) return true;
  if (isRightUnderOnPage(line, above) && isBoxJournalismHeading(above) && isRightUnderOnPage(below, line) && isDonationAppeal(below)) return true;
  if (!isBoxJournalismHeading(line) || !isRightUnderOnPage(below, line)) return false;
  return isDonationAppeal(below) || (below.wordCount <= MAX_DONATION_WORDS && isRightUnderOnPage(belowThat, below) && isDonationAppeal(belowThat));
}
