// An e-mail header block over a forwarded story (From:/Date:/Subject:/To:) is the mail's, not the article's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/index.js';
import { article, contextFor } from '../context.js';

const page = readFileSync(new URL('fixtures/email/forwarded-story.txt', import.meta.url), 'utf8');
const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const reasonOf = (cleaned: ReturnType<typeof clean>, text: string) => cleaned.removedLines.find((line) => line.text === text)?.reason;

describe('the header of a forwarded e-mail over the story', () => {
  it("gives the story's byline, not the sender's", () => {
    expect(clean(page).metadata.byline).toBe('Hamish Lyall');
  });

  it("is named for what it is; its date still dates the article", () => {
    const cleaned = clean(page);
    for (const text of ['From: Valley Desk <newsdesk@valleypost.example>', 'To: <editors@wire.example>', 'Subject: Reservoir levels fall to lowest November mark in a decade']) {
      expect(reasonOf(cleaned, text), text).toBe('e-mail header');
    }
    expect(cleaned.metadata.date).toBe('2024-11-26T06:45');
  });

  it("takes no byline from the sender when the story has none", () => {
    expect(clean(page.replace('By Hamish Lyall\n', '')).metadata.byline).toBeNull();
  });

  it('leaves a lone "From:" byline alone', () => {
    const text = page.replace(/^[^]*?\n\n/u, '').replace('By Hamish Lyall', 'From: Hamish Lyall');
    expect(clean(text).metadata.byline).toBe('Hamish Lyall');
  });
});

describe("a newsletter forwarded by e-mail", () => {
  const newsletter = page
    .replace('From: Valley Desk <newsdesk@valleypost.example>', 'From: Valley Farm Report <newsletter@valleyfarmreport.example>')
    .replace('\n\nReservoir levels fall', '\n\nView in browser\n\nValley Farm Report\nDaily Edition\n\nReservoir levels fall');

  it('takes the sender for the source when the mail names it again over the story, its masthead', () => {
    // The newsletter's masthead and its sender's name: the story had had no source ("Report" is no outlet's word).
    expect(clean(newsletter).metadata.source).toBe('Valley Farm Report');
  });

  it('takes the sender for the source when the masthead over the story is set in capitals', () => {
    expect(clean(newsletter.replace('\nValley Farm Report\n', '\nVALLEY FARM REPORT\n')).metadata.source).toBe('Valley Farm Report');
  });

  it('takes no source from a sender the mail does not name again', () => {
    expect(clean(page).metadata.source).toBeNull();
  });
});

describe("a forwarded story's mail footer", () => {
  const notice =
    'This message is intended only for the use of the addressee and may contain information that is confidential. If you are not the intended recipient, please notify the sender and delete this message.';
  const text = [
    'From: Press Office <press@harbourcouncil.example>',
    'Sent: Friday, December 4, 2026 7:02 AM',
    'To: Councillors <all@harbourcouncil.example>',
    'Subject: FW: Ferry fares',
    '',
    'Ferry fares to rise 5% in March',
    'By Nina Park',
    '',
    'Ferry fares between the harbour and the islands will rise by 5% in March, the operator said on Thursday.',
    '',
    'The company blamed fuel costs and said the council had agreed to keep discounts for island residents.',
    '',
    'A public meeting on the timetable will be held in January.',
    '',
    notice,
    '',
    'Sent from my iPhone',
    '',
  ].join('\n');

  it('removes the confidentiality notice and the phone signature as the e-mail footer', () => {
    const cleaned = clean(text);
    expect(reasonOf(cleaned, notice)).toBe('e-mail footer');
    expect(reasonOf(cleaned, 'Sent from my iPhone')).toBe('e-mail footer');
    expect(cleaned.body.trim().split('\n\n').at(-1)).toBe('A public meeting on the timetable will be held in January.');
  });

  it("dates the story by its own date line under the mail's header, not by when the mail was sent", () => {
    expect(clean(text).metadata.date).toBe('2026-12-04T07:02');
    expect(clean(text.replace('By Nina Park', 'By Nina Park\nPublished Dec. 3, 2026')).metadata.date).toBe('2026-12-03');
  });

  it('keeps a sentence about a message that names no recipient', () => {
    const sentence = 'This message is confidential, the chairman wrote to the board in March, and it must not leave the building.';
    expect(clean(text.replace(notice, sentence)).body).toContain(sentence);
  });
});
