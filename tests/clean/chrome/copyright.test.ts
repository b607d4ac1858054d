import { describe, expect, it } from 'vitest';
import { copyrightOutlet, isCopyrightNotice } from '../../../src/clean/chrome/copyright.js';
import { line } from '../line-cases.js';


describe('isCopyrightNotice', () => {
  const LONG_NOTICE =
    'COPYRIGHT 2025 THE WIRE SERVICE OF THE NORTH. ALL RIGHTS RESERVED. This material may not be published, broadcast, rewritten or redistributed in any form without permission.';

  it.each(['© 2021 Harbour Gazette. All rights reserved.', 'COPYRIGHT 2024 SPORTS DAILY LTD', '(C) 2019 Ledger Media', 'Harbour Gazette, all rights reſerved', 'Alle Rechte vorbehalten.', LONG_NOTICE])(
    'takes "%s" for a notice, in any case',
    (text) => {
      expect(isCopyrightNotice(line(text))).toBe(true);
    },
  );

  it.each(['כל הזכויות שמורות לחדשות הנמל', 'جميع الحقوق محفوظة لصحيفة الوادي'])(
    'takes the notice "%s" in Hebrew or Arabic for a notice',
    (text) => {
      // ynet's "כל הזכויות שמורות לידיעות אינטרנט" (all rights reserved to …) was read as no notice.
      expect(isCopyrightNotice(line(text))).toBe(true);
    },
  );

  it.each([
    'Redistribution, republication, syndication or rewriting is forbidden without the prior written consent of Harbour News.',
    'No part of this article may be reproduced without written permission.',
    'Reproduction in whole or in part without written permission from The Valley Ledger is prohibited.',
  ])('takes the rights notice "%s" for a notice, without a © or "copyright"', (text) => {
    expect(isCopyrightNotice(line(text))).toBe(true);
  });

  it.each([
    'The copying, republication or redistribution of Harbour Wire content is expressly prohibited without the prior written consent of Harbour Wire.',
    // The site's next notices run onto the line with no full stop: over forty words, still the notice.
    'The copying, republication or redistribution of Harbour Wire content, by any means, framing included, is expressly prohibited without the prior written consent of Harbour Wire Harbour Wire and the Harbour Wire Logo are registered trademarks of Harbour Wire Limited To reach the desk: www.harbourwire.example',
  ])('takes the rights notice "%s" opening with "The", its noun in lower case', (text) => {
    expect(isCopyrightNotice(line(text))).toBe(true);
  });

  it.each([
    'All rights reserved. This material and any other digital content on this site may not be reproduced, published, broadcast, rewritten or distributed in full or in part, without written permission from HARBOUR DAILY.',
    'No part of this publication may be copied or distributed without the prior written consent of the publisher.',
  ])('takes the notice "%s" saying the page\'s material may not be reproduced without written permission', (text) => {
    expect(isCopyrightNotice(line(text))).toBe(true);
  });

  it.each([
    'Zabranjeno je preuzimanje sadržaja bez dozvole uredništva.',
    'Забрањено је преузимање садржаја без дозволе редакције.',
    'При использовании материалов ссылка на сайт обязательна.',
    'Официальный сайт. При цитировании материалов гиперссылка обязательна.',
    'При використанні матеріалів посилання на сайт обов’язкове.',
    'Материалдарды колдонууда шилтеме милдеттүү.',
  ])('takes the terms for reusing the site\'s material "%s" for a notice', (text) => {
    expect(isCopyrightNotice(line(text))).toBe(true);
  });

  it.each([
    'Zabranjeno je kupanje u jezeru bez nadzora spasilaca.',
    'При использовании материалов суда журналисты обязаны указывать источник, заявил судья.',
  ])('leaves the story\'s sentence "%s" on a ban or a rule', (text) => {
    expect(isCopyrightNotice(line(text))).toBe(false);
  });

  it.each([
    // A story's sentence on a ban: no written consent, or the sentence goes on after it.
    'The material may not be reproduced without written permission from the estate, the court ruled.',
    'The report may not be published without written permission from the ministry, which has yet to give it',
    'Copying of the tapes is expressly prohibited without the prior written consent of the Court, the judge told the jury on Tuesday afternoon.',
    'Reproduction of the paintings is prohibited without permission of the estate, the court ruled.',
    'Reproduction of the paintings is prohibited unless the estate gives its written consent, the court ruled.',
    'Distribution of the leaflets without prior consent of the council is banned',
  ])('leaves the sentence "%s"', (text) => {
    expect(isCopyrightNotice(line(text))).toBe(false);
  });

  it.each([
    'All Content is Copyright © 2026 HarbourSportsNews.example and the Harbour Wire. All rights reserved. This material is for the private use of readers only. Any other copying, publishing or sharing of it without the agreement in writing of its owner is forbidden and will be pursued.',
    'Your use of this site is subject to our Terms of Service. Unless stated otherwise, everything on this site is copyright © 1999-2026 Harbour Media Holdings Inc. All Rights Reserved. No part may be reproduced in any form without the express written permission of Harbour Media, and framing the site is prohibited.',
  ])('takes a site\'s notice with its terms on one line, past forty words, for a notice: "%s"', (text) => {
    expect(isCopyrightNotice(line(text))).toBe(true);
  });

  it('leaves a long line that names copyright without opening with it, and a notice past forty words', () => {
    expect(isCopyrightNotice(line('The court heard that the copyright of the photographs taken at the harbour in 2019 had passed to the family of the photographer last year.'))).toBe(false);
    expect(isCopyrightNotice(line(`${LONG_NOTICE.replace('. ALL RIGHTS RESERVED.', ', ALL RIGHTS RESERVED;')} ${'More words follow here. '.repeat(5)}`))).toBe(false);
    // Run onto the story's last paragraph, after its sentences.
    expect(isCopyrightNotice(line(`${'The ferry ran late again on Sunday. '.repeat(3)}${LONG_NOTICE}`))).toBe(false);
  });

  it('leaves a short sentence of a story on copyright, and takes a short notice saying the material is copyright', () => {
    expect(isCopyrightNotice(line('Dropping the case is not an admission of copyright infringement by the band.'))).toBe(false);
    expect(isCopyrightNotice(line('The label now sells its albums without copyright protection.'))).toBe(false);
    expect(isCopyrightNotice(line('This document is subject to copyright.'))).toBe(true);
    expect(isCopyrightNotice(line('All content copyright Harbour Sports 1998 - 2026.'))).toBe(true);
    expect(isCopyrightNotice(line('Copyright infringement is prohibited. © 2026 Harbour Gazette.'))).toBe(true);
  });
});

// CNA's and Xinhua's rights notice under every story ("not reprinted without leave"), and Japan's.
describe('isCopyrightNotice in Chinese and Japanese', () => {
  it.each(['版權所有 © 2026 中央通訊社', '新华网版权所有，未经书面授权，不得转载、摘编或以其他方式使用。', '無断転載を禁じます。'])('takes "%s" for a copyright notice', (text) =>
    expect(isCopyrightNotice(line(text))).toBe(true),
  );
  it.each(['法院認定，該網站未經授權轉載他人照片，須賠償十萬元。', '他說，轉載新聞的網站越來越多。'])('no copyright notice: "%s"', (text) => expect(isCopyrightNotice(line(text))).toBe(false));
});

// Korean papers close every story with a rights notice, often with the circled ⓒ the © rules do not know.
describe('isCopyrightNotice in Korean', () => {
  it.each([
    '<저작권자 ⓒ 한빛일보, 무단 전재-재배포 금지>',
    '저작권자 ⓒ 한빛일보',
    'ⓒ 한빛일보 무단복제 및 재배포 금지',
    '한빛일보의 모든 기사는 저작권법의 보호를 받으며, 무단 전재 복사 배포 등을 금지합니다.',
    // A news agency's notice with "(c)" and a ban on AI training.
    '<저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>',
    '무단 전재-재배포, AI 학습 및 활용 금지',
  ])('takes "%s" for a copyright notice', (notice) => expect(isCopyrightNotice(line(notice))).toBe(true));
  it.each(['정부는 무단 복제와 재배포를 금지하는 법안을 발표했다.', '저작권자 단체는 새 법안에 반대했다.', '저작권자(작가) 단체는 AI 학습 및 활용 금지를 요구했다.'])('no copyright notice: "%s"', (sentence) =>
    expect(isCopyrightNotice(line(sentence))).toBe(false),
  );
});

describe('copyrightOutlet', () => {
  // The site's name before the © and its publisher's company after it: Guardian Unlimited's and Loksatta's notices had
  // named no source.
  it.each([
    ['Harbour Unlimited © Harbour News and Media Limited 2007', 'Harbour Unlimited'],
    ['Lokvarta © 2026 The Western Express [P] Ltd. All Rights Reserved', 'Lokvarta'],
    ['Gadgetly © 2019 NewTech Ads, LLC. All rights reserved.', 'Gadgetly'],
  ])('takes the site before the publisher\'s notice "%s"', (text, site) => expect(copyrightOutlet(line(text))).toBe(site));

  // A picture's credit: no company's legal form or no year after the ©.
  it.each(['Dana Whitfield © Harbour Images', 'Dana Whitfield © 2026 Harbour Images', 'Harbour Unlimited © Harbour News and Media Limited'])(
    'takes no site before "%s"',
    (text) => expect(copyrightOutlet(line(text))).toBeNull(),
  );
});

describe('copyrightOutlet of a notice with no year', () => {
  // A Japanese paper's footer in English: the story had had no source.
  it.each([
    ['Copyright © The Harbour Shimbun.', 'The Harbour Shimbun'],
    ['Copyright by Lagoon Daily Online, All Rights Reserved', 'Lagoon Daily Online'],
  ])('takes the outlet the word "Copyright" opens "%s" with', (text, outlet) => expect(copyrightOutlet(line(text))).toBe(outlet));

  // A picture's credit sets the © alone; a forum or a company is no outlet.
  it.each(['© The Harbour Shimbun', 'Copyright © Lagoon Forum. All Rights Reserved.', 'Copyright © Harbour Media Corp - All rights reserved.'])(
    'takes no outlet from "%s"',
    (text) => expect(copyrightOutlet(line(text))).toBeNull(),
  );
});
