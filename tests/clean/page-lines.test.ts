// The page's lines as both passes read them: what is cut off a line without being its text.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { pageLines, type LineCuts } from '../../src/clean/page-lines.js';
import { article, contextFor } from './context.js';

const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const noCuts = (): LineCuts => ({ stamps: [], liveStamps: [], timelineHeadings: [], scripts: [], wireHeaders: [] });

describe('a Chinese wire header run into the paragraph it heads', () => {
  const lede = '中央氣象署今天表示，颱風持續逼近，北部山區今晚起有豪雨發生的機率，民眾應注意防範。';
  const page = (first: string) =>
    `颱風逼近 北部山區豪雨特報\n${first}\n氣象署指出，颱風中心目前位於鵝鑾鼻東南方約五百公里海面上，以每小時十五公里速度向西北前進。\n預報員表示，明天起各地風雨將逐漸增強，山區需嚴防坍方與落石。\n交通部也提醒民眾，出門前先留意道路與航班資訊。\n`;

  it('is cut off the paragraph, which stays, and its reporter is the author', () => {
    for (const [header, author] of [['〔記者王小明／台北報導〕', '王小明'], ['（記者王小明、陳美玲／台北報導） ', '王小明、陳美玲'], ['[记者李娜/北京报道]', '李娜']]) {
      const cleaned = clean(page(`${header}${lede}`));
      expect(cleaned.metadata.byline, header).toBe(author);
      expect(cleaned.body.startsWith(lede), header).toBe(true);
      expect(cleaned.removedLines).toContainEqual({ line: 2, text: header.trim(), kind: 'metadata', reason: 'byline cut off the start of line 2' });
    }
  });

  it('leaves a paragraph opening with 記者 in brackets otherwise, and a header alone on its line to the byline rule', () => {
    const cuts = noCuts();
    const aside = '（記者會上，部長表示將檢討預算）';
    expect(pageLines(`${aside}${lede}\n〔記者王小明／台北報導〕`, cuts)).toEqual([`${aside}${lede}`, '〔記者王小明／台北報導〕']);
    expect(cuts.wireHeaders).toEqual([]);
    const alone = clean(page(`〔記者王小明／台北報導〕\n${lede}`));
    expect(alone.metadata.byline).toBe('王小明');
    expect(alone.removedLines.find((line) => line.line === 2)?.reason).toBe('byline');
  });
});
