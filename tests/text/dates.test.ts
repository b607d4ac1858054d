import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIsoDate, hasSeparatedDigits, implausibleDateWarning, languageDateOrder, LATEST_PLAUSIBLE_YEAR, pageDateOrder, readDate } from '../../src/text/dates.js';
import type { DateOrder } from '../../src/types.js';

describe('findIsoDate', () => {
  it.each([
    ['Published : 29 Apr 2023 08:19 PM', '2023-04-29T20:19'],
    ['date 2022-01-01 Russian Foreign Minister', '2022-01-01'],
    ['Updated 2020/05/06 08:30', '2020-05-06T08:30'],
    ['March 3, 2021 10:15 am', '2021-03-03T10:15'],
    ['Sept. 9th, 2019', '2019-09-09'],
    ['December 27, 2007,  5:19 pm', '2007-12-27T17:19'],
    ['12 December 2019 at 12:05 am', '2019-12-12T00:05'],
    ['Veröffentlicht am 19. November 2019, 14:30', '2019-11-19T14:30'],
    ['Aktualisiert: 3. März 2020', '2020-03-03'],
    ['Publié le 5 août 2019', '2019-08-05'],
    ['19 de noviembre de 2019', '2019-11-19'],
    ['Publicado em 3 de março de 2020 às 10h', '2020-03-03'],
    ['pubblicato il 12 settembre 2018', '2018-09-12'],
    ['Gepubliceerd op 7 mei 2021', '2021-05-07'],
    ['Published 13/04/2023', '2023-04-13'],
    ['Posted 04/13/2023', '2023-04-13'],
    ['Stand: 30.03.2023', '2023-03-30'],
    ['Updated 05-05-2022', '2022-05-05'],
    // A numeric date's time after it, as German and Nordic pages write it; it had been read without.
    ['22.03.2024, 10:15 Uhr', '2024-03-22T10:15'],
    ['Publisert 11.03.2024 18:40', '2024-03-11T18:40'],
    ['Posted 04/13/2023 at 9:05 pm', '2023-04-13T21:05'],
    ['Leap day 29 February 2024', '2024-02-29'],
    ['Updated 10:32 AM EDT, August 30, 2023', '2023-08-30T10:32'],
    ['Updated at 10:32 p.m. ET on March 3, 2024', '2024-03-03T22:32'],
    // Spanish "p. m." with a space (El Espectador's): it had been read as the morning's.
    ['4 de diciembre de 2026 - 08:40 p. m.', '2026-12-04T20:40'],
    ['4 de diciembre de 2026 - 08:40 a. m.', '2026-12-04T08:40'],
    // The time before the date with a dash, as Asharq Al-Awsat writes it; the date had been read without its time.
    ['نُشر: 14:30-4 ديسمبر 2026', '2026-12-04T14:30'],
    ['Posted 9:15 - 4 December 2026', '2026-12-04T09:15'],
    // Or a dot or a bar between the time's box and the date's, as TechCrunch sets them.
    ['3:22 PM PST · December 2, 2026', '2026-12-02T15:22'],
    ['9:15 | 4 December 2026', '2026-12-04T09:15'],
    ['Published 9:05 Wednesday, 4 September 2024', '2024-09-04T09:05'],
    ['Publié le 10 juillet 2023 à 09h12, modifié le 10 juillet 2023 à 16h40', '2023-07-10T09:12'],
    ['Madrid - 04 jul 2023 - 13:45 CEST', '2023-07-04T13:45'],
    // Italian and Polish pages write a word for "hour" before the time.
    ['3 dicembre 2024, ore 11:20', '2024-12-03T11:20'],
    ['Pubblicato il 5 marzo 2024 alle ore 9:05', '2024-03-05T09:05'],
    ['29 listopada 2024, godz. 14:05', '2024-11-29T14:05'],
    // The hour and minutes with a dot or an "h" before the word for "o'clock" or the hour's mark: German, Dutch, Spanish, French.
    ['3. Dezember 2026, 09.45 Uhr', '2026-12-03T09:45'],
    ['3 december 2026 om 09.45 uur', '2026-12-03T09:45'],
    ['28 de noviembre de 2026, 09.45 h', '2026-11-28T09:45'],
    ['le 3 décembre 2026 à 9 h 45', '2026-12-03T09:45'],
    ['Wed 27 Mar 2024 12.01 GMT', '2024-03-27T12:01'],
    ['Sat 9 Mar 2024 10.32am', '2024-03-09T10:32'],
    // Indonesian pages (Tempo, Kompas) write the hour with a dot before the country's three zones.
    ['Kamis, 12 Maret 2026 08.15 WIB', '2026-03-12T08:15'],
    ['12 Maret 2026 | 14.05 WITA', '2026-03-12T14:05'],
    ['12 Maret 2026 21.30 WIT', '2026-03-12T21:30'],
    // detik, CNN Indonesia and Liputan6 shorten August and December so.
    ['Jumat, 04 Des 2026 10:15 WIB', '2026-12-04T10:15'],
    ['Selasa, 18 Agu 2026 07:02 WIB', '2026-08-18T07:02'],
    ['18 Agt 2026, 07:02 WIB', '2026-08-18T07:02'],
    ['March 3, 2023 1.25 million views', '2023-03-03'],
    ['March 3, 2023 - 10 killed', '2023-03-03'],
    // Chinese, Japanese and Korean: year, month and day marked by characters, or Korean dots; the half of the day before the time.
    ['2024年6月28日 09:30', '2024-06-28T09:30'],
    ['2024年3月29日 11時20分', '2024-03-29T11:20'],
    ['2024年4月10日 下午3:45', '2024-04-10T15:45'],
    ['2024年3月29日(金) 午後5時05分', '2024-03-29T17:05'],
    ['2026/12/5(土) 10:32配信', '2026-12-05T10:32'],
    ['2026/12/05（土）10:32', '2026-12-05T10:32'],
    ['发布时间：2024年9月5日 上午8点5分', '2024-09-05T08:05'],
    ['２０２４年３月２９日　１１時２０分', '2024-03-29T11:20'],
    ['입력 2024.05.17 14:32', '2024-05-17T14:32'],
    ['기사입력 2024.05.17. 오후 2:32', '2024-05-17T14:32'],
    ['2024. 5. 17. 오전 9:05', '2024-05-17T09:05'],
    ['2024년 5월 17일 오후 2시 32분', '2024-05-17T14:32'],
    // Month names of more languages, in the genitive their dates use; Arabic, Hindi and Bengali digits.
    ['Опубликовано: 14 марта 2024, 10:35', '2024-03-14T10:35'],
    ['Оновлено 3 листопада 2023', '2023-11-03'],
    ['Opublikowano: 12 stycznia 2024, 14:20', '2024-01-12T14:20'],
    ['21. března 2024 9:15', '2024-03-21T09:15'],
    ['Yayınlanma: 21 Mart 2024, 14:05', '2024-03-21T14:05'],
    ['Δημοσιεύθηκε: 5 Φεβρουαρίου 2024', '2024-02-05'],
    ['ΔΗΜΟΣΙΕΥΣΗ: 30 ΜΑΪΟΥ 2024', '2024-05-30'],
    ['نشر في: 3 أبريل 2024', '2024-04-03'],
    ['نشر في: ٣ أبريل ٢٠٢٤ - ١٠:٤٥', '2024-04-03T10:45'],
    ['प्रकाशित: 8 नवंबर 2023', '2023-11-08'],
    ['अपडेटेड: १२ फ़रवरी २०२४', '2024-02-12'],
    // Bengali digits and month names (Prothom Alo's date line).
    ['প্রকাশ: ০৪ ডিসেম্বর ২০২৬, ০৯:৩০', '2026-12-04T09:30'],
    ['আপডেট: ১২ ফেব্রুয়ারি ২০২৪', '2024-02-12'],
    ['৩ মে ২০২৫', '2025-05-03'],
    // Kazakh and Welsh (Kazinform's and Golwg360's date lines had given no date).
    ['4 Желтоқсан 2026 15:00', '2026-12-04T15:00'],
    ['15 қыркүйек 2025', '2025-09-15'],
    ['1 Қаңтар 2026', '2026-01-01'],
    ['04 Rhagfyr 2026 16:20', '2026-12-04T16:20'],
    ['12 Mawrth 2026', '2026-03-12'],
    ['30 Gorffennaf 2025', '2025-07-30'],
    // BBC Amharic's Gregorian dates, the Ethiopian calendar's month names for the Gregorian months.
    ['4 ታህሳስ 2026', '2026-12-04'],
    ['ተሻሽሏል 14 የካቲት 2025', '2025-02-14'],
    // Latvian, nominative and locative; Hausa; Yoruba in CLDR's and moment's spellings; Austrian German's January.
    ['5. decembris, 2026 09:14', '2026-12-05T09:14'],
    ['12. martā 2026', '2026-03-12'],
    ['Asabar, 5 Disamba, 2026', '2026-12-05'],
    ['20 Satumba 2025', '2025-09-20'],
    ['5 Ọ̀pẹ̀ 2026', '2026-12-05'],
    ['12 Ṣẹ́rẹ́ 2026', '2026-01-12'],
    ['4. Jänner 2026, 14:30', '2026-01-04T14:30'],
    // Armenian, nominative and genitive; Galician; Irish, September in two words; Serbian's nominatives, Latin and Cyrillic.
    ['10:42, 5 դեկտեմբերի, 2026', '2026-12-05T10:42'],
    ['15 մարտ 2026', '2026-03-15'],
    ['05 de decembro de 2026, 10:12', '2026-12-05T10:12'],
    ['12 de xullo de 2025', '2025-07-12'],
    ['5 Nollaig 2026', '2026-12-05'],
    ['21 Meán Fómhair 2025', '2025-09-21'],
    // The dot closing the year before the time, as Serbian writes it (Croatian's below); a sentence after it: the date alone.
    ['subota, 5. decembar 2026. 10:24', '2026-12-05T10:24'],
    ['Zatvoren je 5. decembra 2026. Deset ljudi je ostalo bez posla.', '2026-12-05'],
    ['петак, 4. децембар 2026.', '2026-12-04'],
    // Maltese and Breton with their "of" before the month; Belarusian's genitive; Azerbaijani and Uzbek; Kannada; Haitian
    // Creole; Somali.
    ["5 ta' Diċembru 2026 – 09:42", '2026-12-05T09:42'],
    ['17 ta’ Lulju 2025', '2025-07-17'],
    ["Embannet d'ar 5 a viz Kerzu 2026", '2026-12-05'],
    ["9 a viz C'hwevrer 2026", '2026-02-09'],
    ['5 снежня 2026, 10:27', '2026-12-05T10:27'],
    ['21 жніўня 2025', '2025-08-21'],
    ['5 dekabr 2026, 17:00', '2026-12-05T17:00'],
    ['3 avqust 2025', '2025-08-03'],
    ['14 sentabr 2025', '2025-09-14'],
    ['Published 05 ಡಿಸೆಂಬರ್ 2026, 10:20 IST', '2026-12-05T10:20'],
    ['Pòtoprens, 5 desanm 2026 – Lapolis', '2026-12-05'],
    ['Khamiis, Oktoobar 09, 2025', '2025-10-09'],
    // Assamese in its own digits; Sindhi; Malagasy; Māori, hyphenated, with and without macrons; Yiddish, pointed and not;
    // Kurmanji as Turkey's Kurdish papers name the months; Tok Pisin.
    ['প্ৰকাশ: ১২ ডিচেম্বৰ ২০২৬, ০৯:৪০ বজাত', '2026-12-12T09:40'],
    ['৩ ছেপ্টেম্বৰ ২০২৫', '2025-09-03'],
    ['آچر 14 آڪٽوبر 2025', '2025-10-14'],
    ['Alatsinainy 9 Novambra 2026', '2026-11-09'],
    ['18 Here-turi-kōkā 2025', '2025-08-18'],
    ['2 Whiringa-a-nuku 2025', '2025-10-02'],
    ['אָקטאָבער 21, 2025', '2025-10-21'],
    ['נאוועמבער 3, 2026', '2026-11-03'],
    ['11 Kanûn 2026 09:05', '2026-12-11T09:05'],
    ['27 Tîrmeh 2025', '2025-07-27'],
    ['Fraide, Ogas 14, 2026', '2026-08-14'],
    // Burmese in its own digits, month first with its comma or day first; Dhivehi, with and without the last vowel; West
    // Frisian; Papiamento as Curaçao writes it, "of" before the month; Khmer's word for the hour before the time.
    ['ဧပြီ ၁၂၊ ၂၀၂၆', '2026-04-12'],
    ['၃ ဇူလိုင် ၂၀၂၅', '2025-07-03'],
    ['14 އޮގަސްޓު 2025', '2025-08-14'],
    ['2 ޑިސެމްބަރ 2026', '2026-12-02'],
    ['12 febrewaris 2026, 08:15', '2026-02-12T08:15'],
    ['Djaluna, 9 di novèmber 2026', '2026-11-09'],
    ['21 di yüli 2025', '2025-07-21'],
    ['ថ្ងៃសុក្រ ទី១២ ខែមេសា ឆ្នាំ២០២៦ ម៉ោង ០៩:១៥ នាទីព្រឹក', '2026-04-12T09:15'],
    // Khmer's 12-hour clock: the afternoon, with or without the word for minutes, and the evening after noon.
    ['ថ្ងៃសៅរ៍ ទី៥ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ០២:៣០ នាទីរសៀល', '2026-12-05T14:30'],
    ['ថ្ងៃអង្គារ ទី៣ ខែមីនា ឆ្នាំ២០២៦ ម៉ោង ៧:១៥ ល្ងាច', '2026-03-03T19:15'],
    // Kinyarwanda after its "on the" (Kuya); Wolof with and without accents, after a weekday.
    ['Kuya 14 Gicurasi 2026 - 16:20', '2026-05-14T16:20'],
    ['tariki 9 Mutarama 2027', '2027-01-09'],
    ['àllarba, 2 noowàmbar 2026', '2026-11-02'],
    ['17 sulet 2025', '2025-07-17'],
    ['Gaawu 8 feewiryee 2026 - 11:05', '2026-02-08T11:05'],
  ])('%s -> %s', (line, iso) => {
    expect(findIsoDate(line)).toBe(iso);
  });

  it("converts the Ethiopian calendar's dates, written with its era mark, to the Gregorian calendar", () => {
    for (const [text, iso] of [
      ['ኅዳር 26 ቀን 2019 ዓ.ም.', '2026-12-05'],
      ['ታኅሣሥ 25 ቀን 2019 ዓ.ም.', '2027-01-03'],
      ['25 ታኅሣሥ 2019 ዓ.ም', '2027-01-03'],
      // New Year's Day falls on 12 September before a Gregorian leap year, after Pagume's sixth day.
      ['መስከረም 1, 2016 ዓ/ም', '2023-09-12'],
      ['ጳጉሜ 6 ቀን 2015 ዓ.ም.', '2023-09-11'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // Pagume has a sixth day in leap years only; month first with no era mark, the year may be BBC Amharic's Gregorian one.
    for (const text of ['ጳጉሜ 6 ቀን 2016 ዓ.ም.', 'ታህሳስ 4, 2019']) expect(findIsoDate(text), text).toBeNull();
  });

  it('reads the short month names of other languages, Folha de S.Paulo\'s "3.dez.2026 às 10h15" and ESPNcricinfo\'s "05-Dec-2026"', () => {
    for (const [text, iso] of [
      ['3.dez.2026 às 10h15', '2026-12-03T10:15'],
      ['18-Mar-2026', '2026-03-18'],
      ['07-Jul-2025 14:05', '2025-07-07T14:05'],
      ['Atualizado: 14.fev.2026 às 9h05', '2026-02-14T09:05'],
      ['12 abr. 2026', '2026-04-12'],
      ['5 janv. 2026 à 08h30', '2026-01-05T08:30'],
      ['21 déc. 2026', '2026-12-21'],
      ['3. Okt. 2026, 09.45 Uhr', '2026-10-03T09:45'],
      ['7 dic 2026', '2026-12-07'],
      ['18 lug 2026 ore 11:20', '2026-07-18T11:20'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
  });

  it('rejects impossible dates and lines without a date', () => {
    expect(findIsoDate('2023-13-40')).toBeNull();
    expect(findIsoDate('2023-02-30')).toBeNull();
    expect(findIsoDate('February 29, 2023')).toBeNull();
    expect(findIsoDate('31 April 2022')).toBeNull();
    expect(findIsoDate('Sales rose in 2024. 3.5 percent more')).toBeNull();
    expect(findIsoDate('version 2024.05.17.3')).toBeNull();
    expect(findIsoDate('2023年2月30日')).toBeNull();
    // Day or month first: a wrong month is worse than none.
    expect(findIsoDate('Published: 03/04/2023')).toBeNull();
    expect(findIsoDate('version 1.2.30.2023')).toBeNull();
    expect(findIsoDate('Ref 2023-04-291')).toBeNull();
    expect(findIsoDate('Page 2 of 14')).toBeNull();
    expect(findIsoDate('May the best team win')).toBeNull();
    expect(findIsoDate('12 marsupials 2019')).toBeNull();
    expect(findIsoDate('Die 3 Maien 2019')).toBeNull();
    // Kinyarwanda's April and Wolof's May and August are words (milk; me, ut): no month.
    for (const text of ['amata 3 mata 2026', 'give me 5 me 2026', 'ut 12 ut 2025']) expect(findIsoDate(text), text).toBeNull();
  });

  it('warns about a date after the latest plausible year, whatever its form, and about no other', () => {
    expect(implausibleDateWarning('2093-05-01')).toBe(`date 2093-05-01 is in the future or implausible (after ${LATEST_PLAUSIBLE_YEAR}): kept as given`);
    expect(implausibleDateWarning(`${LATEST_PLAUSIBLE_YEAR + 1}-01-01T09:30`)).toMatch(/in the future or implausible/);
    expect(implausibleDateWarning('2093')).toMatch(/in the future or implausible/);
    // A JSONL date kept as given, which findIsoDate does not read: an ambiguous day and month, a month and year.
    for (const date of ['01/05/2093', 'May 2093', '2093/13/01']) expect(implausibleDateWarning(date)).toMatch(/^date .* is in the future or implausible/);
    for (const date of [null, `${LATEST_PLAUSIBLE_YEAR}-12-31`, '2024-02-29', '1999-01-01', 'yesterday', '4102444800', '01/05/2024', '12/31/2030 23:59']) expect(implausibleDateWarning(date)).toBeNull();
  });

  it('reads a day and month that could be either as the order says, and every other date the same whatever it says', () => {
    expect(['auto', 'dmy', 'mdy'].map((order) => findIsoDate('Published: 03/04/2023', order as DateOrder))).toEqual([null, '2023-04-03', '2023-03-04']);
    expect(findIsoDate('05-06-2023 10:15', 'mdy')).toBe('2023-05-06T10:15');
    const unambiguous = fc.oneof(
      fc.tuple(fc.integer({ min: 13, max: 28 }), fc.integer({ min: 1, max: 12 })).map(([day, month]) => `${day}/${month}/2023`),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 28 })).map(([month, day]) => `${month}/${day}/2023`),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 })).map(([day, month]) => `${day}.${month}.2023`),
      fc.constantFrom('April 29, 2023', '3 March 2021 14:05', '2023-04-29T20:19', '7/7/2023'),
    );
    fc.assert(
      fc.property(unambiguous, fc.constantFrom<DateOrder>('dmy', 'mdy'), (text, order) => {
        expect(findIsoDate(text, order)).toBe(findIsoDate(text));
        expect(findIsoDate(text)).not.toBeNull();
      }),
    );
  });

  it('reads a numeric date month first when a US time zone follows its time, unless the order says day first', () => {
    // Politico's date line had been undated: either order was possible.
    expect(findIsoDate('12/04/2026 06:00 AM EST')).toBe('2026-12-04T06:00');
    expect(findIsoDate('Updated: 03/04/2026 09:15 PM ET')).toBe('2026-03-04T21:15');
    expect(findIsoDate('11/05/26 7:30 p.m. PDT')).toBe('2026-11-05T19:30');
    // No US zone (a European one, China's "CST", India's "IST"), no time, or the zone's letters in a word: still unknown.
    for (const text of ['12/04/2026 06:00 CET', '12/04/2026 06:00 CST', '12/04/2026 10:12 IST', '12/04/2026 EST', '12/04/2026 06:00 ETA Lisbon']) {
      expect(findIsoDate(text), text).toBeNull();
    }
    // "CST" after a 12-hour time is Central time's (China and Taiwan write 24 hours or the year first).
    expect(findIsoDate('12/04/2026 8:31 AM CST')).toBe('2026-12-04T08:31');
    expect(findIsoDate('Updated 03/04/2026 9:15 p.m. CST')).toBe('2026-03-04T21:15');
    // The page's or the config's order wins; dots are day first.
    expect(findIsoDate('12/04/2026 06:00 AM EST', 'dmy')).toBe('2026-04-12T06:00');
    expect(findIsoDate('12.04.2026 06:00 EST')).toBe('2026-04-12T06:00');
  });

  it('reads a two-digit year in the century that keeps it no later than the latest plausible year', () => {
    for (const [text, iso] of [
      ['12.03.26 14:05', '2026-03-12T14:05'],
      ['Diperbarui 25/03/26 09:10 WIB', '2026-03-25T09:10'],
      ['03/25/26', '2026-03-25'],
      [`01.01.${String(LATEST_PLAUSIBLE_YEAR % 100).padStart(2, '0')}`, `${LATEST_PLAUSIBLE_YEAR}-01-01`],
      ['25.03.31', '1931-03-25'],
      ['31.12.99', '1999-12-31'],
      ['01.01.00', '2000-01-01'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // Day and month that could be either are read as the page's other dates order them, else not at all.
    expect(readDate('12/03/26')).toEqual({ iso: null, unread: 'order' });
    expect(readDate('12/03/26', 'dmy')).toEqual({ iso: '2026-03-12' });
    // A version, a score or a code is no date; nor one digit for a day or month between dots, or a hyphen between.
    for (const text of ['v1.2.26', 'Build 12.03.26b', 'Score 3-1-26', '12-03-26', '5.3.26', 'Tickets 10:12.03.26']) expect(readDate(text), text).toBeNull();
  });

  it('reads a one-figure day or month with a two-digit year between slashes', () => {
    // A US blog's "Last Updated: 1/16/08 9:50 AM ET" had been undated.
    expect(findIsoDate('Last Updated: 1/16/08 9:50 AM ET')).toBe('2008-01-16T09:50');
    expect(findIsoDate('Posted 9/25/07')).toBe('2007-09-25');
    expect(findIsoDate('(6/15/07)')).toBe('2007-06-15');
    // Either order possible: read by the page's order, else not at all; a path or a fraction's run is none.
    expect(readDate('3/2/07')).toEqual({ iso: null, unread: 'order' });
    expect(findIsoDate('3/2/07', 'dmy')).toBe('2007-02-03');
    for (const text of ['/news/1/14/08/', '1/14/2008/3', 'a1/14/08', '1/14/08b']) expect(findIsoDate(text), text).toBeNull();
  });

  it('reads any two-digit year as one of the hundred years up to the latest plausible year', () => {
    const twoDigits = (n: number): string => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), (day, month, year) => {
        const iso = findIsoDate(`${twoDigits(day)}.${twoDigits(month)}.${twoDigits(year)}`);
        expect(iso).toBe(`${iso!.slice(0, 2)}${twoDigits(year)}-${twoDigits(month)}-${twoDigits(day)}`);
        expect(Number(iso!.slice(0, 4))).toBeGreaterThan(LATEST_PLAUSIBLE_YEAR - 100);
        expect(Number(iso!.slice(0, 4))).toBeLessThanOrEqual(LATEST_PLAUSIBLE_YEAR);
      }),
    );
  });

  it('reads the time after a weekday set between it and the date', () => {
    for (const [text, iso] of [
      ['12 March 2026, Thursday, 14:05', '2026-03-12T14:05'],
      ['12 March 2026 Thu 2:05 pm', '2026-03-12T14:05'],
      ['March 12, 2026 | Thursday | 2:05 PM', '2026-03-12T14:05'],
      ['13 Maret 2026, Jumat, 08:15 WIB', '2026-03-13T08:15'],
      ['12 de março de 2026, quinta-feira, 14h05', '2026-03-12T14:05'],
      ['12. März 2026, Donnerstag, 14:05 Uhr', '2026-03-12T14:05'],
      ['12.03.2026, giovedì, 14:05', '2026-03-12T14:05'],
      ['12 Mart 2026 Perşembe 14:05', '2026-03-12T14:05'],
      ['13.03.2026 Cuma 08:15', '2026-03-13T08:15'],
      ['14 Mart 2026 Cumartesi 21:40', '2026-03-14T21:40'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // A weekday and a figure that is no time: the date alone.
    expect(findIsoDate('March 3, 2026 Monday 10 killed')).toBe('2026-03-03');
  });

  it('reads Persian, Hebrew, Swahili and Thai month names, a Thai year in the Buddhist era, and any script\'s digits', () => {
    for (const [text, iso] of [
      ['۴ دسامبر ۲۰۲۶', '2026-12-04'],
      ['۱۵ ژوئیه ۲۰۲۵، ۱۰:۳۰', '2025-07-15T10:30'],
      ['4 בדצמבר 2026', '2026-12-04'],
      ['15 ביולי 2025 10:30', '2025-07-15T10:30'],
      ['Alhamisi, Desemba 04, 2026', '2026-12-04'],
      ['Ijumaa, 15 Julai 2025 10:30', '2025-07-15T10:30'],
      // Thairath: the short month name with its dots, the year 2569 of the Buddhist era (2026).
      ['4 ธ.ค. 2569 14:35 น.', '2026-12-04T14:35'],
      ['๔ ธันวาคม พ.ศ. ๒๕๖๙', '2026-12-04'],
      ['15 ก.ค. 2568', '2025-07-15'],
      // A Thai page may write the common year.
      ['4 ธ.ค. 2026', '2026-12-04'],
      // Khmer, Lao and Myanmar digits: every script's decimal digits read as ASCII.
      ['២០២៦-១២-០៤', '2026-12-04'],
      ['໒໐໒໖-໑໒-໐໔', '2026-12-04'],
      ['၂၀၂၆-၁၂-၀၄', '2026-12-04'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // A month's short name is no wildcard: "ม.ค" is not "มีค", and a year of no era stays unread.
    expect(findIsoDate('4 มีค 2569')).toBeNull();
    expect(findIsoDate('4 December 2569')).toBeNull();
  });

  it('reads a Solar Hijri date as its Gregorian day, as Intl\'s Persian calendar gives it', () => {
    // Iran's and Afghanistan's month names; the date had been none (1405 is no Gregorian year).
    expect(findIsoDate('۱۴ آذر ۱۴۰۵')).toBe('2026-12-05');
    expect(findIsoDate('جمعه ۱۴ آذر ۱۴۰۵ - ۱۰:۳۰')).toBe('2026-12-05T10:30');
    expect(findIsoDate('1 فروردین 1405')).toBe('2026-03-21');
    expect(findIsoDate('۳۰ اسفند ۱۴۰۳')).toBe('2025-03-20');
    expect(findIsoDate('۱۴ قوس ۱۴۰۵')).toBe('2026-12-05');
    // No year, or a day the month does not have (Esfand 30 of a common year): none.
    expect(findIsoDate('۱۴ آذر')).toBeNull();
    expect(findIsoDate('۳۰ اسفند ۱۴۰۴')).toBeNull();
    const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const months = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
    // Afghanistan's months in Pashto, as its Pashto pages write them (the date had been none), each the Persian month's.
    expect(findIsoDate('شنبه، ۱۴ لیندۍ ۱۴۰۵')).toBe('2026-12-05');
    const pashto = ['وری', 'غویی', 'غبرګولی', 'چنګاښ', 'زمری', 'وږی', 'تله', 'لړم', 'لیندۍ', 'مرغومی', 'سلواغه', 'کب'];
    pashto.forEach((month, i) => expect(findIsoDate(`14 ${month} 1405`), month).toBe(findIsoDate(`14 ${months[i]} 1405`)));
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1965, 0, 1)), max: new Date(Date.UTC(2093, 11, 31)), noInvalidDate: true }), (date) => {
        const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
        const parts = Object.fromEntries(persian.formatToParts(day).map((part) => [part.type, part.value]));
        expect(findIsoDate(`${parts.day} ${months[Number(parts.month) - 1]} ${Number.parseInt(parts.year!, 10)}`)).toBe(day.toISOString().slice(0, 10));
      }),
      { numRuns: 500 },
    );
  });

  it('reads Lao and Khmer month names, with or without the words for month and year before them', () => {
    // The dates had been none.
    for (const [text, iso] of [
      ['4 ທັນວາ 2026', '2026-12-04'],
      ['ວັນທີ 15 ກໍລະກົດ 2025 10:30', '2025-07-15T10:30'],
      ['ວັນທີ 4 ເດືອນທັນວາ ປີ 2026', '2026-12-04'],
      ['ໄດ້ລົງ 12 ມີນາ 2026', '2026-03-12'],
      ['04 ធ្នូ 2026', '2026-12-04'],
      ['ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៦', '2026-12-04'],
      ['ថ្ងៃទី ១៥ ខែ កក្កដា ឆ្នាំ ២០២៥', '2025-07-15'],
      ['ថ្ងៃព្រហស្បតិ៍ ទី28 ខែកុម្ភៈ ឆ្នាំ2026, 09:15', '2026-02-28T09:15'],
      ['ធ្នូ 04, 2026', '2026-12-04'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // A year of the Buddhist era (2569) is no year here: none, not a wrong date.
    expect(findIsoDate('ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២៥៦៩')).toBeNull();
  });

  it('reads a Thai date whose Buddhist era year is written in two figures', () => {
    // Thai papers' "4 ธ.ค. 69" (2569 BE): the date had been none.
    expect(findIsoDate('4 ธ.ค. 69')).toBe('2026-12-04');
    expect(findIsoDate('4 ธ.ค. 69 10:15 น.')).toBe('2026-12-04T10:15');
    expect(findIsoDate('๑๕ ก.ค. ๖๘')).toBe('2025-07-15');
    // Two figures that are no year: a price, a time, a score.
    for (const text of ['4 ธ.ค. 69.50 บาท', '4 ธ.ค. 10:15', 'วันที่ 4 ธ.ค. ราคา 690 บาท']) expect(findIsoDate(text), text).toBeNull();
  });

  // A tester's pages and the languages beside theirs: Jang's comma after a space, Dinamani's Tamil month,
  // Telex's Hungarian date (year first), month names of Romanian, Finnish, Croatian, Serbian, Slovak, Estonian, Catalan,
  // Tagalog, Albanian and Marathi had given no date; the time after the Nordic "kl." and Finnish "klo" ("o'clock") had been
  // left unread.
  it.each([
    ['05 دسمبر ، 2026', '2026-12-05'],
    ['Updated on: 04 டிசம்பர் 2026, 5:45 pm', '2026-12-04T17:45'],
    ['12 மே 2025', '2025-05-12'],
    ['2026. december 4. – 15:10', '2026-12-04T15:10'],
    ['2026. dec. 4., csütörtök', '2026-12-04'],
    ['2025. március 15.', '2025-03-15'],
    ['4 decembrie 2026, 12:15', '2026-12-04T12:15'],
    ['4. joulukuuta 2026', '2026-12-04'],
    ['4. prosinca 2026. u 15:20', '2026-12-04T15:20'],
    ['4. decembra 2026 15:20', '2026-12-04T15:20'],
    ['15. júla 2025', '2025-07-15'],
    ['4 detsember 2026', '2026-12-04'],
    ['4 de desembre de 2026', '2026-12-04'],
    ['4 Disyembre 2026', '2026-12-04'],
    ['4 dhjetor 2026', '2026-12-04'],
    ['4 डिसेंबर 2026', '2026-12-04'],
    ['12 maj 2026', '2026-05-12'],
    ['Publisert 4. des. 2026 kl. 14:20', '2026-12-04T14:20'],
    ['Publicerad 4 december 2026 kl 08.15', '2026-12-04T08:15'],
    ['4. joulukuuta 2026 klo 12.45', '2026-12-04T12:45'],
    ['4.12.2026 klo 12.45', '2026-12-04T12:45'],
  ])('reads "%s" as %s', (text, iso) => expect(findIsoDate(text)).toBe(iso));

  // A tester's pages: RTS's Serbian in Cyrillic (short and genitive month names) and Index.hr's dotted date
  // closed with a dot had given no date; the time after the Croatian, Serbian, Slovak and Slovene "at" had been left unread.
  it.each([
    ['петак, 04. дец 2026, 15:20', '2026-12-04T15:20'],
    ['4. децембра 2026.', '2026-12-04'],
    ['15. септембра 2025. у 10:05', '2025-09-15'],
    ['03. јан 2026', '2026-01-03'],
    ['Objavljeno: 04.12.2026. u 14:32', '2026-12-04T14:32'],
    ['04.12.2026.', '2026-12-04'],
    ['4. decembra 2026 o 15:40', '2026-12-04T15:40'],
    ['4. december 2026 ob 9:05', '2026-12-04T09:05'],
  ])('reads "%s" as %s', (text, iso) => expect(findIsoDate(text)).toBe(iso));

  // A tester's pages: BBC Swahili's "Disemba", the dotted date spaced as Czech, Slovak and Slovene pages write
  // it (ČT24, 24ur) and DPG Media's hyphenated date with a two-digit year before its time (AD) had given no date.
  it.each([
    ['5 Disemba 2026', '2026-12-05'],
    ['Publikováno: 5. 12. 2026, 09:14', '2026-12-05T09:14'],
    ['Ljubljana, 05. 12. 2026 14:32 | Posodobljeno: 05. 12. 2026 16:10', '2026-12-05T14:32'],
  ])('reads "%s" as %s', (text, iso) => expect(findIsoDate(text)).toBe(iso));

  it('reads a hyphenated date with a two-digit year only with its time, in the page\'s order', () => {
    expect(readDate('04-12-26, 22:15', 'dmy')).toEqual({ iso: '2026-12-04T22:15' });
    expect(readDate('04-12-26, 22:15')).toEqual({ iso: null, unread: 'order' });
    // Without the time, or with one figure, a score or a code; a spaced dot with no year after it, no date.
    for (const text of ['04-12-26', 'Won 3-1-26, 14:00 played', 'Scored 5. 12. 20 times']) expect(readDate(text, 'dmy'), text).toBeNull();
  });

  // A figure after the closing dot: a version or a code, no date.
  it.each(['04.12.2026.5', 'build 1.2.2026.3'])('reads no date in "%s"', (text) => expect(findIsoDate(text)).toBeNull());

  // The year ends a sentence, the month and day open the next; a Hungarian year before another word.
  it.each(['It closed in 2026. December 4 was its last day', 'A 2026. évi költségvetés december 4. napján'])('reads no Hungarian date in "%s"', (text) => {
    expect(findIsoDate(text)).toBeNull();
  });

  it('reads Sinhala and Basque dates year first, and Latvian\'s with its word for year', () => {
    // Lankadeepa's (its time after the weekday and the half of the day is left), Berria's with its article or its "on".
    for (const [text, iso] of [
      ['2026 දෙසැම්බර් 05 සෙනසුරාදා, පෙ.ව. 09:30', '2026-12-05'],
      ['2026ko abenduaren 5a, 09:30', '2026-12-05T09:30'],
      ['2021eko urriaren 5ean', '2021-10-05'],
      ['2026. gada 5. decembrī, 09:14', '2026-12-05T09:14'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // A year, an English month and a figure are a sentence's, not a date year first.
    for (const text of ['by 2030 may 40 firms', 'In 2026 March 5 games were played']) expect(findIsoDate(text), text).toBeNull();
  });

  it('reads Lithuanian dates year first, with the abbreviations of "year" and "day"', () => {
    // LRT's and 15min's "2026 m. gruodžio 5 d. 10:15" (year, of December, day): the month in the genitive.
    for (const [text, iso] of [
      ['2026 m. gruodžio 5 d. 10:15', '2026-12-05T10:15'],
      ['2026 m. gruodžio 5 d.', '2026-12-05'],
      ['Paskelbta: 2025 m. liepos 14 d., 08:05', '2025-07-14T08:05'],
      ['2026 m. sausio 30 d.', '2026-01-30'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // A year and a count of days are no date.
    expect(findIsoDate('2026 m. per 5 d.')).toBeNull();
  });

  it('reads Mongolian dates year first, each figure with its word', () => {
    for (const [text, iso] of [
      ['2026 оны 12 сарын 05', '2026-12-05'],
      ['2025 оны 11 дүгээр сарын 3-ны 14:20', '2025-11-03T14:20'],
      ['2026 оны 4 дүгээр сарын 10-нд', '2026-04-10'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // A year and a count of months are no date.
    expect(findIsoDate('2026 оны 12 сарын хугацаанд')).toBeNull();
  });

  it('reads Urdu, Bulgarian and Malay month names, full and short, and a time after an at sign', () => {
    for (const [text, iso] of [
      ['جمعرات 4 دسمبر 2026 16:45', '2026-12-04T16:45'],
      ['15 جولائی 2025', '2025-07-15'],
      ['04 дек 2026, 18:40', '2026-12-04T18:40'],
      ['15 юли 2025 г.', '2025-07-15'],
      ['4 декември 2026', '2026-12-04'],
      ['Disiarkan pada Dis 4, 2026 @ 3:05pm', '2026-12-04T15:05'],
      ['Khamis, 4 Disember 2026 @ 3:05 PM', '2026-12-04T15:05'],
      ['12 Mac 2026', '2026-03-12'],
      ['15 Ogos 2025', '2025-08-15'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
  });

  it('reads a date written in any script\'s decimal digits as in ASCII ones', () => {
    // The zeros of the scripts' digits (Unicode Nd): full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian.
    const zeros = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810];
    const dates = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
    fc.assert(
      fc.property(dates, fc.constantFrom(...zeros), ([year, month, day, hour, minute], zero) => {
        const ascii = `${day} March ${year} ${hour}:${String(minute).padStart(2, '0')} / ${year}-${month}-${day}`;
        const other = ascii.replace(/[0-9]/gu, (digit) => String.fromCodePoint(zero + Number(digit)));
        expect(findIsoDate(other)).toBe(findIsoDate(ascii));
      }),
    );
  });

  it('reads the time after the word for "year" (Ukrainian "року", Russian "года", Polish "r.") and the Slavic "at"', () => {
    for (const [text, iso] of [
      ['4 грудня 2026 року, 09:45', '2026-12-04T09:45'],
      ['4 грудня 2026 р. о 09:45', '2026-12-04T09:45'],
      ['4 декабря 2026 года в 09:45', '2026-12-04T09:45'],
      ['4 декабря 2026 г. 09:45', '2026-12-04T09:45'],
      ['4 grudnia 2026 r., godz. 09:45', '2026-12-04T09:45'],
    ]) {
      expect(findIsoDate(text), text).toBe(iso);
    }
    // A place after "в" is no time.
    expect(findIsoDate('4 декабря 2026 года в Москве')).toBe('2026-12-04');
  });

  it("reads the time the page's markup runs into the year (Reuters', CNBC's date lines)", () => {
    // Read as the year "20263", the date had been none; "20194:29" had lost its time.
    expect(findIsoDate('December 4, 20263:41 PM UTC')).toBe('2026-12-04T15:41');
    expect(findIsoDate('PUBLISHED WED, DEC 2 202611:05 AM EST')).toBe('2026-12-02T11:05');
    expect(findIsoDate('Nov 15, 20195:45 AM')).toBe('2019-11-15T05:45');
    // A longer run of figures before the colon is no year and time.
    expect(findIsoDate('Order 1202612:30 shipped December 4, 2026')).toBe('2026-12-04');
  });

  it('reads a time with a space before its colon, or after a spaced slash', () => {
    // A scraper's artefact (the hour and the minutes in two boxes), and a slash between a date's and a time's boxes: the
    // date had been read without its time.
    expect(findIsoDate('Dec. 4, 2026 8 :31 a.m.')).toBe('2026-12-04T08:31');
    expect(findIsoDate('Updated: 8 :31 AM EDT, Dec 4, 2026')).toBe('2026-12-04T08:31');
    expect(findIsoDate('Dec. 4, 2026 / 8:31 PM CST')).toBe('2026-12-04T20:31');
    // A space after the colon too, or a slash with no spaces, is no time.
    expect(findIsoDate('May 4, 2026 10 : 31')).toBe('2026-05-04');
    expect(findIsoDate('May 4, 2026/10:31')).toBe('2026-05-04');
  });

  // The time after a colon closing the year, and Arabic's letters for am and pm after it: Al Arabiya's date line, its comma
  // run into the year, had left the story undated. A figure alone after the colon is no time; a word after the
  // minutes is no part of the day.
  it.each([
    ['03 ديسمبر ,2026: 04:12 م GST', '2026-12-03T16:12'],
    ['03 ديسمبر ,2026: 11:05 ص GST', '2026-12-03T11:05'],
    ['03 ديسمبر ,2026: 12:30 ص', '2026-12-03T00:30'],
    ['16 March 2026: 1:51am', '2026-03-16T01:51'],
    ['December 4, 2026: 10 people', '2026-12-04'],
    ['4 ديسمبر 2026: 10:30 مصر', '2026-12-04T10:30'],
  ])('reads "%s" as %s', (text, iso) => expect(findIsoDate(text)).toBe(iso));

  // The Jordan Times' date line runs the comma into the year ("By <name> - Dec 05,2026 - Last updated at Dec 05,2026"): a
  // tester's interview had been undated. A figure of thousands after a month's day is no year.
  it.each([
    ['By Rana Haddad - Dec 05,2026 - Last updated at Dec 05,2026', '2026-12-05'],
    ['December 5,2026 10:40', '2026-12-05T10:40'],
    ['in May 12,20045 tonnes', null],
  ])('reads "%s" as %s', (text, iso) => expect(findIsoDate(text)).toBe(iso));

  // Forms each of which had left a story undated: a range of days in one month, as a weekly's folio dates its
  // issue, read as its first day (month first a tester's Wantok page had been undated, day first its last day
  // was read); a time with its seconds between the day and month and the year (a sports portal's stamp, Unix's date); a comma
  // after an ordinal day; Italian and Spanish pages' short August.
  it.each([
    ['Wik Desemba 3 - 9, 2026', '2026-12-03'],
    ['Week of December 3-9, 2026', '2026-12-03'],
    ['Dec. 3–9, 2026 10:15 am', '2026-12-03T10:15'],
    ['3–9 December 2026', '2026-12-03'],
    ['Semana del 3 - 9 de diciembre de 2026', '2026-12-03'],
    ['Sportsdesk - Fri, 4 Dec 10:12:00 2026', '2026-12-04T10:12'],
    ['Sun Dec  6 19:49:08 UTC 2026', '2026-12-06T19:49'],
    ['09:20 - 4th, Dec 2026', '2026-12-04T09:20'],
    ['04 Ago 2026', '2026-08-04'],
    ['5 ago. 2026 10:15', '2026-08-05T10:15'],
  ])('reads "%s" as %s', (text, iso) => expect(findIsoDate(text)).toBe(iso));

  it('reads no range where the figures are no days of one month', () => {
    // A score before a date, an issue's number before its date (no ascending days), a dotted date's hyphen before another, a
    // range with no year.
    expect(findIsoDate('Won 3-1 on December 5, 2026')).toBe('2026-12-05');
    expect(findIsoDate('Nimewo 48 – 5 desanm 2026')).toBe('2026-12-05');
    expect(findIsoDate('Issue 12 - 5 December 2026')).toBe('2026-12-05');
    expect(readDate('03.11.2026-04.11.2026')).toBeNull();
    expect(findIsoDate('Open December 3-9 every year')).toBeNull();
  });

  // A Gulf paper's date line puts a comma after the day under its weekday ("Saturday 05, December 2026"): a tester's court story had
  // been undated. After a weekday only: an issue's or a volume's number before a comma names no day.
  it.each([
    ['Saturday 05, December 2026', '2026-12-05'],
    ['Tuesday 1, March 2026 10:15', '2026-03-01T10:15'],
    ['Vol. 12, December 2026', null],
    ['Issue 5, March 2026', null],
  ])('reads "%s" as %s', (text, iso) => expect(findIsoDate(text)).toBe(iso));

  it('reads no August in the English "ago", and no time without its seconds between the month and the year', () => {
    expect(findIsoDate('Posted 2 years ago 2017 edition')).toBeNull();
    expect(findIsoDate('Closed 3 ago')).toBeNull();
    expect(findIsoDate('Dec 6 19:49 2026')).toBeNull();
  });

  it('keeps the date when the time is impossible', () => {
    expect(findIsoDate('April 29, 2023 25:10')).toBe('2023-04-29');
  });
});

describe('readDate', () => {
  it('tells a day and month of unknown order from a day the month does not have, and reads a later date after either', () => {
    expect(readDate('Published: 03/04/2023')).toEqual({ iso: null, unread: 'order' });
    expect(readDate('Published: 03/04/2023', 'dmy')).toEqual({ iso: '2023-04-03' });
    for (const text of ['29 Feb 2023', 'February 30, 2024', '2023-02-29', '31/04/2023', '13/13/2023', '00/05/2023']) {
      for (const order of ['auto', 'dmy', 'mdy'] as const) expect(readDate(text, order), `${text} ${order}`).toEqual({ iso: null, unread: 'impossible' });
    }
    expect(readDate('29 Feb 2023, updated March 1, 2023')).toEqual({ iso: '2023-03-01' });
    expect(readDate('No date 0800-12-34 here')).toBeNull();
  });

  it("tells a date of Nepal's Bikram Sambat calendar, year first with its day's word or month first, and leaves it unconverted", () => {
    for (const text of ['२०८३ पुस ३ गते १०:२०', 'फागुन १२, २०८२', '२०८४ वैशाख ७ गते']) {
      expect(readDate(text), text).toEqual({ iso: null, unread: 'calendar' });
    }
    // A Gregorian date on the line is read; a month's name and figures without the day's word or the year's comma are none.
    expect(readDate('२०८३ मंसिर १९ गते (5 December 2026)')).toEqual({ iso: '2026-12-05' });
    expect(readDate('माघ १२ को बैठकमा २०८३ सालको बजेट')).toBeNull();
  });

  it('reads a dotted date joined to its time by a hyphen', () => {
    // A German paper's stamp had given no date.
    expect(readDate('Aktualisiert am 03.11.2026-09:05')).toEqual({ iso: '2026-11-03T09:05' });
    // A hyphen before no time still makes no date: a range or a code.
    expect(readDate('03.11.2026-04.11.2026')).toBeNull();
    expect(readDate('Ref 03.11.2026-7')).toBeNull();
  });
});

describe('pageDateOrder', () => {
  it('reads the order from a date with a month name that has one reading\'s day and month, any year', () => {
    expect(pageDateOrder(['Last updated: 08/03/2024', 'The vote was on 8 Mar 2024.'])).toBe('dmy');
    expect(pageDateOrder(['Last updated: 08/03/2024', 'The vote was on August 3, 2023.'])).toBe('mdy');
    expect(pageDateOrder(['Posted 8-3-2024', 'Le vote a eu lieu le 3 août 2024.'])).toBe('mdy');
  });

  it("reads the order from a wire dateline's day and month before its agency, the year unwritten", () => {
    // Bernama's "04/12/2026 04:37 PM" over its "GEORGE TOWN, Dec 4 (Bernama) --" had stayed "order unknown".
    expect(pageDateOrder(['04/12/2026 04:37 PM', 'KUANTAN, Dec 4 (Bernama) -- The state government will'])).toBe('dmy');
    expect(pageDateOrder(['12/04/2026 04:37 PM', 'HOUSTON, Dec 4 (Reuters) - Oil prices'])).toBe('mdy');
    expect(pageDateOrder(['04/12/2026 13:05', 'SEVILLA, 4 dic (EFE).- La Junta'])).toBe('dmy');
    // A day and month without a year and no agency after them tell nothing.
    expect(pageDateOrder(['04/12/2026 04:37 PM', 'The vote is on Dec 4 at the town hall.'])).toBe('auto');
  });

  it('orders a numeric date with a two-digit year by the page\'s dates with a month name', () => {
    expect(pageDateOrder(['Diperbarui 08/03/26 14:05', 'Rapat digelar pada 8 Maret 2026.'])).toBe('dmy');
    expect(pageDateOrder(['Posted 08/03/26', 'The vote was on August 3, 2026.'])).toBe('mdy');
  });

  it("reads the order from the page's numeric dates that one reading alone can have, with slashes or hyphens", () => {
    // France 24's "Issued on: 04/12/2026" had been undated though its other stories' dates were day first.
    expect(pageDateOrder(['Issued on: 04/12/2026 - 10:15', 'Dockers strike at Le Havre 28/11/2026'])).toBe('dmy');
    expect(pageDateOrder(['Posted 12/04/2026', 'Earlier: 11/28/2026', 'Council vote 1-15-2026'])).toBe('mdy');
    expect(pageDateOrder(['Posted 1/3/08', 'Box score 1/14/08'])).toBe('mdy');
    // Both orders, a dotted date (read day first whatever the page) or an impossible one tell none.
    expect(pageDateOrder(['Issued on: 04/12/2026', 'on 28/11/2026', 'and 11/28/2026'])).toBe('auto');
    expect(pageDateOrder(['Issued on: 04/12/2026', 'Stand: 28.11.2026'])).toBe('auto');
    expect(pageDateOrder(['Issued on: 04/12/2026', 'Code 28/00/2026'])).toBe('auto');
    expect(pageDateOrder(['Issued on: 04/12/2026', 'on 28/11/2026', 'on 4 Dec 2026'])).toBe('dmy');
    expect(pageDateOrder(['Issued on: 04/12/2026', 'on 28/11/2026', 'on April 12, 2026'])).toBe('auto');
  });

  it('is auto with no ambiguous numeric date, none matching, or both orders found', () => {
    expect(pageDateOrder(['Published 13/04/2023', 'on 13 Apr 2023'])).toBe('auto');
    expect(pageDateOrder(['Stand: 08.03.2024', 'am 8. März 2024'])).toBe('auto');
    expect(pageDateOrder(['Last updated: 08/03/2024', 'on 12 Jun 2024'])).toBe('auto');
    expect(pageDateOrder(['Last updated: 08/03/2024', 'on 8 Mar 2024 and 3 Aug 2024'])).toBe('auto');
    expect(pageDateOrder(['Last updated: 08/03/2024'])).toBe('auto');
  });
});

describe('languageDateOrder', () => {
  it('is day first in a language that writes no other, auto in English and Filipino or with no language guessed', () => {
    for (const language of ['fra', 'por', 'vie', 'pol', 'deu', 'spa']) expect(languageDateOrder(language), language).toBe('dmy');
    for (const language of ['eng', 'tgl', null]) expect(languageDateOrder(language), String(language)).toBe('auto');
  });
});

describe('hasSeparatedDigits', () => {
  // pageDateOrder reads no line without it: it must find every digit, separator, digit a numeric date has.
  it('finds what /[0-9][./-][0-9]/ finds', () => {
    const piece = fc.constantFrom('08/03/2024', '8.3.24', '2024-03-08', '3.5', '1-0', '7', '2024', '.', '/', '-', '–', ':', '٣', '２', 'x', ' ', 'é');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(hasSeparatedDigits(text)).toBe(/[0-9][./-][0-9]/.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
