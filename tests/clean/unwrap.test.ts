import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinDropCaps, joinSplitWords, unwrapHardWrapped } from '../../src/clean/unwrap.js';
import { textColumns } from '../../src/text/word-chars.js';

/**
 * Greedy wrapping at `width` characters, as fmt and textwrap do (a word longer than the width on a line of its own), or
 * at `width` columns measured by `measure` (an editor's, a terminal's).
 */
function wrap(text: string, width: number, measure = (line: string): number => line.length): string[] {
  const wrapped: string[] = [];
  for (const word of text.split(' ')) {
    const last = wrapped.length - 1;
    if (last >= 0 && measure(wrapped[last]!) + 1 + measure(word) <= width) wrapped[last] += ` ${word}`;
    else wrapped.push(word);
  }
  return wrapped;
}

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim());
const hardWrapped = lines(readFileSync(new URL('fixtures/hard-wrapped.txt', import.meta.url), 'utf8'));

describe('unwrapHardWrapped', () => {
  it("joins a hard-wrapped page's paragraphs onto their first lines and keeps every line's number", () => {
    const joined = unwrapHardWrapped(hardWrapped);
    expect(joined).toHaveLength(hardWrapped.length);
    const paragraphs = joined.filter(Boolean);
    expect(paragraphs.slice(0, 3)).toEqual(['Council approves budget after six-hour debate', 'By Maria Lopez', 'March 3, 2023']);
    expect(paragraphs.slice(3).map((p) => p.slice(0, 16))).toEqual(['The city council', 'The mayor said t', 'Opposition membe']);
    expect(paragraphs[3]).toMatch(/debate that lasted .* libraries and parks\.$/);
    // A hyphen at a line's end stays, with no space after it.
    expect(paragraphs[5]).toContain('the long-delayed repairs');
    expect(joined[hardWrapped.indexOf('The mayor said the budget was balanced and responsible. She added that')]).toBe(paragraphs[4]);
  });

  it('reads the Ethiopic full stop as a sentence end: an Amharic page of one-sentence paragraphs is no hard-wrapped one', () => {
    // A paper's story in its page's layout: the paragraphs had been run together, the caseless letter after each one's
    // full stop ("።") read as its sentence going on.
    const page = [
      'ዜና',
      'በአዲስ አበባ አዲስ የቀላል ባቡር መስመር ግንባታ ተጀመረ',
      'በብሩክ ገብረመድኅን',
      'ኅዳር 26 ቀን 2019 ዓ.ም.',
      'አጋራ',
      'የአዲስ አበባ ከተማ አስተዳደር አዲስ የቀላል ባቡር መስመር ግንባታ መጀመሩን ዓርብ አስታውቋል።',
      'መስመሩ ከመገናኛ እስከ ቦሌ አራብሳ የሚዘልቅ ሲሆን፣ ርዝመቱ 18 ኪሎ ሜትር ነው።',
      'የከተማዋ የትራንስፖርት ቢሮ ኃላፊ አቶ ተስፋዬ ወልደሚካኤል እንዳሉት፣ ግንባታው በሦስት ዓመት ውስጥ ይጠናቀቃል።',
      'ፕሮጀክቱ 1.2 ቢሊዮን ዶላር ወጪ የሚጠይቅ ሲሆን፣ ገንዘቡ በከፊል ከውጭ ብድር የሚገኝ ነው።',
      '‹‹ነዋሪዎች በየቀኑ ለሰዓታት ታክሲ ይጠብቃሉ፤ ይህ መስመር ያንን ችግር ያቃልላል›› ብለዋል።',
      'ነገር ግን አንዳንድ ነዋሪዎች ለግንባታው ቤታቸው እንደሚፈርስ በመግለጽ ቅሬታ አሰምተዋል።',
      'የከተማ አስተዳደሩ ለተነሺዎች ምትክ ቦታና ካሳ እንደሚሰጥ ገልጿል።',
      'ተዛማጅ ጽሑፎች',
      'የነዳጅ ዋጋ ለሦስተኛ ወር ሳይለወጥ ቀረ',
      'አስተያየት ይስጡ',
      'ኢሜይልዎ አይታተምም።',
      '© 2026 ሪፖርተር። መብቱ በሕግ የተጠበቀ ነው።',
    ];
    expect(unwrapHardWrapped(page)).toEqual(page);
  });

  it('rejoins a word split by a hyphen at a line end when the page has it whole, and keeps the hyphen otherwise', () => {
    const page = [
      'The mayor said the budget was balanced and responsible. She added that the eco-',
      'nomy of the city had to plan for lower tax receipts next year, when two well-',
      'known employers are expected to move their offices out of the county in May.',
      '',
      'Opposition members said that the economy of the county was not the only worry',
      'as the river bridge repairs were delayed again and the costs rose for a third',
      'year in a row.',
    ];
    const [first, , , , second] = unwrapHardWrapped(page);
    expect(first).toContain('She added that the economy of the city');
    expect(first).toContain('when two well-known employers');
    expect(second).toContain('the economy of the county');
    // Without the whole word elsewhere on the page, nor in English's lexicon, the hyphen stays.
    const unsure = unwrapHardWrapped(page.map((line) => line.replace('the economy of the county', 'the state of the county').replace('the eco-', 'the agro-')));
    expect(unsure[0]).toContain('the agro-nomy of the city');
  });

  it.each([
    [
      "English's lexicon knows whose halves are no words of their own, and keeps a compound of two words",
      [
        'The current terminal, built in 1968, has been closed twice this year after inspectors found cor-',
        'rosion in the steel piles that hold up the ramp, and the council voted to re-',
        'elect its chair before it approved the plan to rebuild the terminal by 2028.',
      ],
      ['inspectors found corrosion in the steel piles', 'voted to re-elect its chair'],
    ],
    [
      'split before an ending that is no word of its own, which the page has nowhere whole',
      [
        'The ferry terminal was closed twice this year after inspectors found damage in the build-',
        'ing, and passengers will use a temporary floating dock dur-',
        'ing the work, which is expected to take two years from the start of the govern-',
        'ment programme and to cost about $48 million, the state said in a statement.',
      ],
      ['found damage in the building, and passengers', 'floating dock during the work', 'start of the government programme'],
    ],
  ])('rejoins a word %s', (_, page, joins) => {
    const [joined] = unwrapHardWrapped(page);
    for (const text of joins) expect(joined).toContain(text);
  });

  it("measures a PDF column's width on its paragraphs' lines, not on running heads longer than them", () => {
    const page = lines(readFileSync(new URL('fixtures/pdf-column.txt', import.meta.url), 'utf8'));
    const paragraphs = unwrapHardWrapped(page).filter(Boolean);
    expect(paragraphs).toContain('A plan to rebuild the Lakeside ferry terminal was approved on Monday by the county board, despite nearly 400 objections from residents living along the shore road.');
    expect(paragraphs).toContain('Objectors say the extra traffic will clog the shore road and want the board to look again at a site south of the town.');
    // The headline, longer than the column, stays apart from the byline under it.
    expect(paragraphs.slice(1, 3)).toEqual(['Ferry terminal upgrade approved by county board', 'By Alice Merton']);
  });

  it("joins a newspaper's narrow column (30 characters) under a running head that no blank line sets apart", () => {
    const page = lines(readFileSync(new URL('fixtures/pdf-narrow-column.txt', import.meta.url), 'utf8'));
    const joined = unwrapHardWrapped(page);
    const paragraphs = joined.filter(Boolean);
    expect(paragraphs).toContain('RIVERTON — The county will cut opening hours at four of its six branch libraries from April, the library board said on Monday, after the budget committee trimmed its grant by $1.2 million.');
    expect(paragraphs.some((p) => p.startsWith('Branches in Eastfield and Millbrook will close on Mon-days'))).toBe(true);
    // The running heads, far longer than the column, stay lines of their own: not joined to the section label under them.
    expect(joined[0]).toBe(page[0]);
    expect(joined[1]).toBe('CITY');
    expect(joined.at(-1)).toBe(page.at(-1));
  });

  it('joins a line ending in "and" to the name under it, which its first word fitted after', () => {
    // "Councilors Tom Reyes and" / "Ana Sousa voted …" (a tester's PDF page): a capital after the break had parted the paragraph.
    const page = lines(readFileSync(new URL('fixtures/pdf-narrow-column.txt', import.meta.url), 'utf8').replace('Millbrook will', 'Ash Vale will'));
    const paragraphs = unwrapHardWrapped(page).filter(Boolean);
    expect(paragraphs.some((p) => p.startsWith('Branches in Eastfield and Ash Vale will close on Mon-days'))).toBe(true);
  });

  it("joins a headline set larger than the column's text, wrapped at fewer characters, and leaves it apart from the byline", () => {
    const page = lines(readFileSync(new URL('fixtures/pdf-narrow-column.txt', import.meta.url), 'utf8'));
    const paragraphs = unwrapHardWrapped(page).filter(Boolean);
    // Its last line alone had been the title.
    expect(paragraphs.slice(1, 4)).toEqual(['CITY', 'Library hours cut as county trims budget', 'By Joan Avery']);
  });

  it('joins a one-paragraph wrapped brief, and leaves a list of headlines of one length alone', () => {
    const brief = ['Council approves budget', '', ...hardWrapped.slice(5, 8)];
    expect(unwrapHardWrapped(brief).filter(Boolean)).toEqual(['Council approves budget', hardWrapped.slice(5, 8).join(' ')]);
    const teasers = [
      'Related stories',
      'Council approves budget after a very long debate about the libraries',
      'Mayor says the budget is balanced and responsible for the whole city',
      'Opposition vows to amend the plan next month when the council meets',
      'Transport spending to be discussed again at the next council meeting',
      'River bridge repairs delayed again as costs rise for the third year',
    ];
    expect(unwrapHardWrapped(teasers)).toEqual(teasers);
  });

  it('leaves pages with a paragraph per line alone, and list items after a wrapped paragraph on their lines', () => {
    const web = ['Budget approved', 'The council approved the budget on Monday after a very long debate.', 'The mayor said it was balanced and responsible for the city.', 'Opposition members said they would try to amend it next month.'];
    expect(unwrapHardWrapped(web)).toEqual(web);
    const withList = [...hardWrapped.slice(4, 8), 'The budget includes the following measures for the coming year and', 'beyond, as the mayor listed them in her statement to the council today:', '- more money for the libraries of the city and for the parks and pools', '- repairs to the river bridge, which has been closed to trucks for years'];
    const joined = unwrapHardWrapped(withList);
    expect(joined.slice(-2)).toEqual(withList.slice(-2));
  });

  it('leaves the items of a list on their lines whichever bullet marks them', () => {
    const paragraph = ['The budget includes the following measures for the coming year and', 'beyond, as the mayor listed them in her statement to the council Monday:'];
    for (const bullet of ['-', '+', '‣', '✓', '•']) {
      const items = [`${bullet} more money for the libraries of the city and for its park and the pool`, `${bullet} repairs to the river bridge, which has been closed to trucks for years`];
      const withList = [...hardWrapped.slice(4, 8), ...paragraph, ...items];
      expect(unwrapHardWrapped(withList).slice(-2), bullet).toEqual(items);
    }
  });

  it('joins a Chinese or Japanese page hard-wrapped at a number of characters, with nothing between the characters', () => {
    /** Hard wrapping of text without spaces: every line of a paragraph but its last is `width` characters. */
    const wrapCjk = (text: string, width: number): string[] => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;
    const paragraphs = [
      '市議会は十日、港湾の再整備計画を賛成多数で可決した。計画では、老朽化した岸壁を五年かけて改修し、新たにフェリーの発着場を設ける。',
      '市長は記者会見で「港は市の玄関口であり、観光と物流の両面で大きな効果が期待できる」と述べ、国や県にも協力を求める考えを示した。',
      '一方、野党の議員からは、総事業費がおよそ三百億円にのぼることから、財源の見通しが甘いとの批判が出ている。',
    ];
    const page = ['港湾の再整備計画を可決', '', '2026年12月10日', '', ...paragraphs.flatMap((text) => [...wrapCjk(text, 28), ''])];
    expect(unwrapHardWrapped(page).filter(Boolean)).toEqual(['港湾の再整備計画を可決', '2026年12月10日', ...paragraphs]);
    const chinese = ['市政府星期一批准了新的港口计划，港口附近的居民普遍表示欢迎，他们说新的渡轮将在明年春天开通，往返两岸只需二十分钟。', '反对派议员批评说，这个项目的费用太高，而且工程期间会影响附近商户的生意，要求市政府重新评估。'];
    expect(unwrapHardWrapped(chinese.flatMap((text) => [...wrapCjk(text, 26), ''])).filter(Boolean)).toEqual(chinese);
    // Kinsoku: a comma or full stop that would open a line hangs at the end of the line before, one past the width.
    const hanging = (text: string, width: number): string[] => wrapCjk(text, width).reduce<string[]>((lines, line) => {
      if (lines.length && /^[、。，]/u.test(line)) {
        lines[lines.length - 1] += line[0];
        line = line.slice(1);
      }
      return line ? [...lines, line] : lines;
    }, []);
    const wrapped = paragraphs.flatMap((text) => [...hanging(text, 30), '']);
    expect(wrapped.some((line) => line.length === 31)).toBe(true);
    expect(unwrapHardWrapped(wrapped).filter(Boolean)).toEqual(paragraphs);
  });

  it("joins a Chinese newspaper's narrow column (15 characters, 30 columns) and a Japanese one of 13, measured in columns", () => {
    const wrapCjk = (text: string, width: number): string[] => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;
    const chinese = ['市政府星期一批准了新的港口计划，港口附近的居民普遍表示欢迎，他们说新的渡轮将在明年春天开通。', '反对派议员批评说，这个项目的费用太高，要求市政府重新评估。'];
    expect(unwrapHardWrapped(chinese.flatMap((text) => [...wrapCjk(text, 15), ''])).filter(Boolean)).toEqual(chinese);
    const japanese = ['市議会は十日、港湾の再整備計画を賛成多数で可決した。計画では、老朽化した岸壁を改修する。', '野党の議員からは、財源の見通しが甘いとの批判が出ている。'];
    expect(unwrapHardWrapped(japanese.flatMap((text) => [...wrapCjk(text, 13), ''])).filter(Boolean)).toEqual(japanese);
  });

  it('joins a hard-wrapped page of a script without case (Korean, Arabic), and leaves its headline apart', () => {
    const korean = [
      '시의회는 10일 항만 재정비 계획을 찬성 다수로 가결했다. 계획에 따르면 낡은 부두를 5년에 걸쳐 고치고 새 여객선 터미널을 짓는다.',
      '시장은 기자회견에서 항만은 시의 관문이며 관광과 물류 양쪽에서 큰 효과가 기대된다고 말하고 정부와 도에도 협력을 요청하겠다고 밝혔다.',
      '한편 야당 의원들은 총사업비가 약 3천억 원에 이른다며 재원 마련 계획이 허술하다고 비판했고 주민 설명회를 다시 열 것을 요구했다.',
    ];
    const headline = '항만 재정비 계획 시의회 통과, 야당은 재원 비판';
    const page = [headline, ...korean.flatMap((text) => [...wrap(text, 36), ''])];
    expect(unwrapHardWrapped(page).filter(Boolean)).toEqual([headline, ...korean]);
    // Wrapped at 60 columns, a syllable taking two, as an editor wraps it.
    const byColumns = [headline, ...korean.flatMap((text) => [...wrap(text, 60, textColumns), ''])];
    expect(unwrapHardWrapped(byColumns).filter(Boolean)).toEqual([headline, ...korean]);
    const arabic = ['وافق مجلس المدينة يوم الاثنين على خطة جديدة لتطوير الميناء القديم، وقال رئيس البلدية إن العبارة الجديدة ستبدأ العمل في الربيع المقبل.', 'وانتقدت المعارضة تكلفة المشروع المرتفعة، وطالبت بمراجعة الخطة قبل بدء الأشغال في الخريف.'];
    expect(unwrapHardWrapped(arabic.flatMap((text) => [...wrap(text, 50), ''])).filter(Boolean)).toEqual(arabic);
  });

  it('leaves a Chinese or Japanese page with a paragraph a line alone, and a headline over its first paragraph', () => {
    const web = [
      '港湾の再整備計画を可決　野党は財源を批判',
      '市議会は十日、港湾の再整備計画を賛成多数で可決した。',
      '計画では、老朽化した岸壁を五年かけて改修し、新たにフェリーの発着場を設ける。',
      '市長は「港は市の玄関口だ」と述べた。',
      '一方、野党の議員からは、総事業費がおよそ三百億円にのぼることから、財源の見通しが甘いとの批判が出ている。',
      '関連記事',
      '新しいフェリー、来春に就航へ　市が事業者を公募する方針',
      '港の工事で周辺道路が渋滞　住民から改善を求める声',
    ];
    expect(unwrapHardWrapped(web)).toEqual(web);
  });

  it('gives back the paragraphs of any text wrapped greedily, or the lines untouched', () => {
    const word = fc.constantFrom('the', 'council', 'approved', 'a', 'budget.', 'Mayor', 'said,', 'long-delayed', 'repairs', 'of', 'river', 'bridge');
    const paragraph = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.integer({ min: 50, max: 90 }), (paragraphs, width) => {
        const input = paragraphs.flatMap((text, i) => [...(i > 0 ? [''] : []), ...wrap(text, width)]);
        const output = unwrapHardWrapped(input).filter(Boolean);
        expect([paragraphs, input.filter(Boolean)]).toContainEqual(output);
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing but white space and hyphens at line ends, and the number of lines stays', () => {
    const line = fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '-', 'B'), maxLength: 90 }).map((s) => s.trim()));
    const hyphens = (texts: readonly string[]): number => texts.join('').split('-').length - 1;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (input) => {
        const output = unwrapHardWrapped(input);
        expect(output).toHaveLength(input.length);
        expect(output.join('').replace(/[\s-]/g, '')).toBe(input.join('').replace(/[\s-]/g, ''));
        expect(hyphens(output)).toBeGreaterThanOrEqual(hyphens(input) - input.filter((text) => text.endsWith('-')).length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('joinDropCaps', () => {
  it('joins a drop cap onto the paragraph it opens, the line joined away left empty', () => {
    const page = ['The Guardian view on Hong Kong', '', 'H', 'ong Kong is burning. The authorities in Hong Kong pour fuel on the fire.', '', 'More text.'];
    expect(joinDropCaps(page)).toEqual(['The Guardian view on Hong Kong', '', 'Hong Kong is burning. The authorities in Hong Kong pour fuel on the fire.', '', '', 'More text.']);
  });

  it('keeps a letter that is a word of its own apart, as the page tells', () => {
    expect(joinDropCaps(['A', 'dam Schiff opened the hearing.', 'Adam Schiff spoke.'])[0]).toBe('Adam Schiff opened the hearing.');
    expect(joinDropCaps(['A', 'man was arrested on Monday.', 'The man is 34.'])[0]).toBe('A man was arrested on Monday.');
  });

  it('leaves a letter alone before a line that does not go on in lower case, and a page without drop caps as it is', () => {
    const page = ['X', 'Notice', 'A', 'A+', 'W', '', 'ired'];
    expect(joinDropCaps(page)).toBe(page);
  });
});

describe('joinSplitWords', () => {
  it("joins a word broken at a column's foot onto the line it starts on, the line joined away left empty", () => {
    const page = ['The toll would be paid by commut-', 'ers, the council said.', 'Next paragraph.'];
    expect(joinSplitWords(page)).toEqual(['The toll would be paid by commuters, the council said.', '', 'Next paragraph.']);
  });

  it('joins by the page or the lexicon too: the page writes the word whole elsewhere, or English knows it and not both halves', () => {
    expect(joinSplitWords(['It found cor-', 'rosion in the piles.'])[0]).toBe('It found corrosion in the piles.');
    expect(joinSplitWords(['The Westbridge plan, a Fair-', 'fieldtown scheme, and Fairfieldtown itself.'])[0]).toBe('The Westbridge plan, a Fairfieldtown scheme, and Fairfieldtown itself.');
  });

  it('leaves a hyphenated compound, a line going on in capitals and a page without a hyphen at a line end as they are', () => {
    const page = ['They set out a long-', 'term plan.', 'An all-', 'Ireland final.', 'No hyphen here'];
    expect(joinSplitWords(page)).toBe(page);
  });
});
