import { describe, expect, it } from 'vitest';
import { summaryBoxLines, tableOfContentsLines } from '../../../src/clean/chrome/overviews.js';
import { cleanArticle } from '../../../src/clean/index.js';
import { describeLine } from '../../../src/clean/lines.js';
import { article, contextFor } from '../context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('summaryBoxLines', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'a', 'of', 'to', 'and', 'in', 'on', 'its'])));
  const summary = 'The council will close the Marsh Road pool at the end of the summer to save money on repairs.';

  it('takes the summary framed by its label and the label opening the full text, labels and all', () => {
    expect([...summaryBoxLines(lines('Summary', summary, 'Full story', 'The town council voted on Thursday to close the pool.'))]).toEqual([1, 2, 3]);
  });

  it('takes no "Summary" over key points the text goes on from: the full text\'s label is missing', () => {
    expect(summaryBoxLines(lines('Summary', summary, 'The town council voted on Thursday to close the pool.', 'Swimmers will move to the school pool.')).size).toBe(0);
  });
});

// An explainer's table of contents under its byline (session 43): the last entry had opened the body over the first
// paragraph, and the link back to the top and the newsroom's donor disclosure had closed it.
describe('tableOfContentsLines', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => describeLine(i + 1, text, new Set(['the', 'a', 'of', 'to', 'and', 'in', 'on', 'is', 'do', 'i'])));
  const answer = 'The county will pay up to $400 toward a new water heater for homes built before 1990, from a fund of $2 million.';

  it('takes the label and the entries that head the sections further down', () => {
    expect([...tableOfContentsLines(lines('In this article', 'What is the rebate?', '2. Who can apply?', 'The county opened a rebate on Monday.', 'What is the rebate?', answer, 'Who can apply?', answer))]).toEqual([1, 2, 3]);
  });

  it('takes no label over one entry, nor over lines the page does not set again', () => {
    expect(tableOfContentsLines(lines('Contents', 'What is the rebate?', 'The county opened a rebate on Monday.', 'What is the rebate?', answer)).size).toBe(0);
    expect(tableOfContentsLines(lines('Contents', 'Water heaters', 'Insulation', answer)).size).toBe(0);
  });

  it('keeps the sections and ends the body with the last answer', () => {
    const text = [
      'Eastside Voice', 'Explainers', 'What to know about the county\'s water heater rebate', 'By Marcus Feld', 'Dec. 2, 2026', 'Table of contents', 'What is the rebate?', 'Who can apply?', 'How do I apply?',
      'Homeowners in Ridge County can now get money back for replacing an old water heater, the county said on Monday.',
      'What is the rebate?', answer, 'Who can apply?', 'Owners of homes built before 1990 who live in them can apply. Landlords can apply for up to four units.',
      'How do I apply?', 'Applications open on the county website on Jan. 5. Bring a receipt and a photo of the old heater\'s label.', 'Back to top',
      'Disclosure: Ridge County Utilities is a financial supporter of Eastside Voice, a nonprofit newsroom.', 'Donate now', '© 2026 Eastside Voice',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body.startsWith('Homeowners in Ridge County')).toBe(true);
    expect(cleaned.body.endsWith("photo of the old heater's label.")).toBe(true);
    expect(cleaned.body).toContain('Who can apply?');
    expect(cleaned.removedLines.filter((line) => line.reason === 'table of contents').map((line) => line.text)).toEqual(['Table of contents', 'What is the rebate?', 'Who can apply?', 'How do I apply?']);
  });
});
