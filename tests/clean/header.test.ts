// The header's lines read as metadata (header.ts). Each page is a small one written for the test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

describe('headerLine', () => {
  // With no section label above the headline, the line model puts the agency's line into the block
  // as its first line: headerLine searches through that line, or the agency is the first paragraph.
  it.each([
    ['東京の地下鉄、終電を三十分延長へ\n2026年11月12日 10時05分\n共同通信\n\n東京都は十二日、地下鉄の終電を来年春から三十分延長すると発表した。\n\n対象は都営地下鉄の四路線で、週末の深夜に運行する。\n\n利用者からは歓迎の声が上がっている。\n', '共同通信', '東京都は十二日'],
    ['Port strike ends after three weeks\nReuters\n\nDock workers at the country’s largest port returned to work on Thursday after a three-week strike over pay.\n\nThe union accepted a pay rise of 6% over two years.\n\nShipping lines said it would take a week to clear the backlog.\n', 'Reuters', 'Dock workers'],
  ])("takes a news agency's name opening the article's block as the source (%#)", (text, agency, first) => {
    const cleaned = clean(text);
    expect(cleaned.metadata.source).toBe(agency);
    expect(cleaned.body.startsWith(first)).toBe(true);
  });

  it('takes no line after the first line of the block', () => {
    const text = 'Port strike ends after three weeks\n\nDock workers at the country’s largest port returned to work on Thursday after a three-week strike over pay.\n\nReuters\n\nThe union accepted a pay rise of 6% over two years.\n\nShipping lines said it would take a week to clear the backlog.\n';
    expect(clean(text).metadata.source).toBeNull();
  });
});
