import { describe, expect, it } from 'vitest';
import { isJumpLine, isPrintedNotice, isPrintedPageNumber, isPrintoutFooter, isPrintoutHeader, isPrintoutTime, isRunningFootByPageNumber, isRunningHead, isUnspacedCounter } from '../../../src/clean/chrome/printout.js';
import { describeLineTest, line, pageLines } from '../line-cases.js';

describe('isRunningHead', () => {
  it('takes a printed page\'s head or foot for a running head, and a table\'s row for none', () => {
    expect(isRunningHead(line('THE HARBOUR GAZETTE | Thursday 5 December 2024 | Page 7'))).toBe(true);
    expect(isRunningHead(line('THE PARISH COURIER | 3'))).toBe(true);
    expect(isRunningHead(line('Arsenal | 12 | 8 | 30'))).toBe(false);
    expect(isRunningHead(line('NYSE | 1234'))).toBe(false);
    expect(isRunningHead(line('S&P 500 | 5,051.41 | -45.86 | -0.90%'))).toBe(false);
  });

  it("takes a PDF's running head laid out with runs of spaces, a section-lettered page number at one end, and a spaced table's row for none", () => {
    expect(isRunningHead(line('THE HARBOUR GAZETTE          Friday, December 4, 2026          Page A3'))).toBe(true);
    expect(isRunningHead(line('B2          THE RIVERTON POST          Tuesday, March 10, 2026'))).toBe(true);
    expect(isRunningHead(line('NEW YORK KNICKS      41      102'))).toBe(false);
    expect(isRunningHead(line('BOSTON CELTICS     2024     118     104'))).toBe(false);
    expect(isRunningHead(line('THE HARBOUR GAZETTE  Friday 12'))).toBe(false);
  });
});

// A counter without spaces is a counter only by the lines next to it (line-rules.ts boxChrome): alone it may be a recipe's quantity.
describeLineTest('isUnspacedCounter: "1/6" alone on its line', isUnspacedCounter, ['1/6', '1/2', '2/2', '12/40'], ['6/1', '01/19', '1/2 cup sugar', '0/3', '1 / 6', '1/100']);

describeLineTest("isPrintoutTime: a browser printout's time of printing", isPrintoutTime, ['12/5/26, 8:41 AM', '05/12/2026, 08:41', '1/7/2027, 11:02 pm'], ['12/5/26', '8:41 AM', 'Dec 5, 2026, 8:41 AM', '12/5/26, 8:41 AM Water tariff hike']);

describeLineTest("isPrintoutHeader: a printout's time of printing and the page's title on one line", isPrintoutHeader, ['12/5/26, 8:41 AM Water tariff hike approved | Valley Times', '05/12/2026, 08:41 Council backs new bridge - The Courier', '1/7/2027, 11:02 pm Why did the ferry stop?'], ['12/5/26, 8:41 AM', '16/12/2007 06:28 PM', '1/10/2008, 6:07 a.m. EST', '12/5/26, 8:41 AM Closed', 'Posted 12/5/26, 8:41 AM by the editors']);

describeLineTest("isPrintoutFooter: a printout's page address and page number on one line", isPrintoutFooter, ['https://www.example.com/news/story.html 1/2', 'http://example.org/a 3/3'], ['https://www.example.com/news/story.html', 'https://www.example.com/news/story.html 3/2', 'See https://www.example.com/a 1/2', '1/2']);

describeLineTest("isPrintedNotice: a print view's notice of when it was printed", isPrintedNotice, ['Printed from rivertoncourier.example on December 5, 2026', 'Printed on 12/05/2026', 'PRINTED FROM www.example.com'], ['Printed in Germany', 'The report was printed on recycled paper.', 'Printed']);

describeLineTest("isJumpLine: a printed story's jump line to or from another page", isJumpLine, ['Continued on Page 9', 'Continued from page A1', "Cont'd on P. 4", 'Turn to Page 12', 'See COUNCIL, Page 9', 'Story continues on page B3'], ['Continued on the next page of the report', 'Turn to page 9 of the plan, the mayor said.', 'See page 9', 'Continued']);

describeLineTest(
  "isPrintedPageNumber: a printed page's number in more languages",
  isPrintedPageNumber,
  ['Page 1 of 2', 'Paj 1 sou 2', 'Pagina 2 van 3', 'Side 1 av 4', 'Страница 1 из 2', 'Halaman 2 dari 2'],
  ['Paj 3 sou 2', 'Side 1 av veien', 'Page one of the report'],
);

describe('isRunningFootByPageNumber', () => {
  const [text, pageNumber, foot, heading] = pageLines(['Vaksen an disponib nan tout sant.', 'Paj 1 sou 2', 'Ministè Lapèch – Bilten Nouvèl No. 12', 'Ki sa paran yo dwe fè']);
  it("takes a bulletin's name and issue number right under or over a printed page number for its running foot", () => {
    expect(isRunningFootByPageNumber(foot!, pageNumber, heading)).toBe(true);
    const [over, under] = pageLines(['Ministè Lapèch – Bilten Nouvèl No. 12', 'Paj 2 sou 2']);
    expect(isRunningFootByPageNumber(over!, undefined, under)).toBe(true);
  });
  it('leaves a heading without an issue number right under or over a page number, and an issue number away from any page number', () => {
    const [number, subheading, nextNumber] = pageLines(['Paj 1 sou 2', 'Ki sa paran yo dwe fè', 'Paj 2 sou 2']);
    expect(isRunningFootByPageNumber(subheading!, number, nextNumber)).toBe(false);
    expect(isRunningFootByPageNumber(foot!, text, heading)).toBe(false);
  });
});
