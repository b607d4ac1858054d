// Dates in the other calendars news pages use, read into the Gregorian date dates.ts writes: the Ethiopian calendar (and
// BBC Amharic's Ethiopian month names for the Gregorian months), the Solar Hijri calendar of Persian, Dari and Pashto pages,
// and Nepal's Bikram Sambat, recognised but not converted. dates.ts builds its patterns from the pieces here and keeps the
// Gregorian months' names in every language, the Thai Buddhist era's years among them (its months are the Gregorian ones).

/**
 * The Ethiopian calendar's months, first to thirteenth (Pagume, five or six days), in the spellings pages use. BBC Amharic
 * names the Gregorian calendar's months with the twelve ("4 ታህሳስ 2026" is 4 December 2026; psammead's Amharic locale:
 * gregorianMonthOfAmharic), read day first and with a year of no era mark; Ethiopian papers date in the Ethiopian calendar
 * itself, with its era mark ("ኅዳር 26 ቀን 2019 ዓ.ም.", 5 December 2026: ETHIOPIAN_DATE).
 */
const ETHIOPIAN_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['መስከረም'], ['ጥቅምት'], ['ህዳር', 'ሕዳር', 'ኅዳር'], ['ታህሳስ', 'ታኅሣሥ', 'ታሕሳስ'], ['ጥር'], ['የካቲት'], ['መጋቢት'], ['ሚያዚያ', 'ሚያዝያ'], ['ግንቦት'], ['ሰኔ'], ['ሀምሌ', 'ሐምሌ'], ['ነሐሴ', 'ነሀሴ'], ['ጳጉሜ', 'ጳጉሜን'],
];
export const ETHIOPIAN_MONTHS: ReadonlyMap<string, number> = new Map(ETHIOPIAN_MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const ETHIOPIAN_MONTH = `(${[...ETHIOPIAN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`;
const ethiopianMonthOf = (name: string): number => ETHIOPIAN_MONTHS.get(name)!;
/** The twelve months' names, no Pagume: BBC Amharic's names of the Gregorian months. */
export const AMHARIC_GREGORIAN_MONTH = `(${[...ETHIOPIAN_MONTHS].filter(([, month]) => month <= 12).map(([name]) => name).join('|')})(?![\\p{L}\\p{M}])`;
/** The Gregorian month BBC Amharic names with an Ethiopian month's name (መስከረም, the Ethiopian first, for September). */
export const gregorianMonthOfAmharic = (name: string): number => (ethiopianMonthOf(name) + 7) % 12 + 1;
/**
 * The Ethiopian calendar's era mark after the year, "ዓ.ም." (Amete Mihret, "year of mercy"), as papers write it, with a slash
 * or no dots: the year is the Ethiopian one, seven or eight years behind the Gregorian.
 */
const ETHIOPIAN_ERA_MARK = '\\s*ዓ\\s*[./]?\\s*ም';
/** A day of an Ethiopian month, 1 to 30 (every month has 30 but Pagume, gregorianOfEthiopian). */
const ETHIOPIAN_DAY = '(30|[12]\\d|0?[1-9])(?!\\d)';
/**
 * An Ethiopian date, month first with or without the word for day ("ኅዳር 26 ቀን 2019 ዓ.ም.", "ኅዳር 26, 2019 ዓ.ም.") or day first,
 * always with its era mark: without it a month-first date may be BBC Amharic's Gregorian one misread, and is left unread.
 */
export const ETHIOPIAN_DATE = `${ETHIOPIAN_MONTH}\\s+${ETHIOPIAN_DAY}(?:\\s+ቀን)?\\s*,?\\s+(\\d{4})${ETHIOPIAN_ERA_MARK}|(?<!\\d)${ETHIOPIAN_DAY}\\s+${ETHIOPIAN_MONTH}\\s+(\\d{4})${ETHIOPIAN_ERA_MARK}`;
/** The Julian day number of the Ethiopian calendar's epoch, 1 Meskerem of year 0 (Amete Mihret) less a day: its years follow from it by four-year cycles. */
const ETHIOPIAN_EPOCH = 1_724_221;
/** The Julian day number of 1970-01-01. */
const UNIX_EPOCH_JULIAN_DAY = 2_440_588;
/**
 * The Gregorian year, month and day of an Ethiopian date: twelve months of 30 days and Pagume of five, six in the year
 * before a Gregorian leap year's (its year divided by four leaves 3); null for a day Pagume does not have.
 */
function gregorianOfEthiopian(year: number, month: number, day: number): [number, number, number] | null {
  if (month === 13 && day > (year % 4 === 3 ? 6 : 5)) return null;
  const julianDay = ETHIOPIAN_EPOCH + 365 * (year - 1) + Math.floor(year / 4) + 30 * (month - 1) + day - 1;
  return gregorianOfUnixDay(julianDay - UNIX_EPOCH_JULIAN_DAY);
}
/** The Gregorian year, month and day `days` after 1970-01-01, where the other calendars' conversions count to. */
function gregorianOfUnixDay(days: number): [number, number, number] {
  const date = new Date(days * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
/** The Gregorian year, month and day of an ETHIOPIAN_DATE match, month first or day first; null for a day Pagume does not have. */
export const gregorianOfEthiopianDate = (m: RegExpExecArray): [number, number, number] | null =>
  m[1] === undefined ? gregorianOfEthiopian(+m[6]!, ethiopianMonthOf(m[5]!), +m[4]!) : gregorianOfEthiopian(+m[3]!, ethiopianMonthOf(m[1]), +m[2]!);

/**
 * The Solar Hijri calendar's months, Iran's (فروردین … اسفند) and Afghanistan's (حمل … حوت), as Persian and Dari pages
 * date their stories ("۱۴ آذر ۱۴۰۵", 5 December 2026), converted to the Gregorian date: its year (1405) is no Gregorian
 * year. And Afghanistan's in Pashto (وری … کب, with Persian or Pashto letters: گ or ګ), as Pashto pages date theirs
 * ("۱۴ لیندۍ ۱۴۰۵").
 */
const SOLAR_HIJRI_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['فروردین', 'حمل', 'وری'], ['اردیبهشت', 'ثور', 'غویی', 'غوایی'], ['خرداد', 'جوزا', 'غبرګولی', 'غبرگولی'], ['تیر', 'سرطان', 'چنګاښ', 'چنگاښ'],
  ['مرداد', 'امرداد', 'اسد', 'زمری'], ['شهریور', 'سنبله', 'وږی'], ['مهر', 'میزان', 'تله'], ['آبان', 'عقرب', 'لړم'], ['آذر', 'قوس', 'لیندۍ', 'لیندی'],
  ['دی', 'جدی', 'مرغومی'], ['بهمن', 'دلو', 'سلواغه'], ['اسفند', 'حوت', 'کب'],
];
const SOLAR_HIJRI_MONTHS = new Map(SOLAR_HIJRI_MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
export const SOLAR_HIJRI_MONTH = `(${[...SOLAR_HIJRI_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`;
const solarHijriMonthOf = (name: string): number => SOLAR_HIJRI_MONTHS.get(name)!;
/** Days from the Solar Hijri year's first day (Nowruz) to the month's first: six months of 31 days, five of 30, then 29 or 30. */
const daysBeforeSolarHijriMonth = (month: number): number => (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30);
/** Days from 1970-01-01 to Nowruz 1349 (21 March 1970). */
const NOWRUZ_1349 = 79;
/**
 * The Gregorian year, month and day of a Solar Hijri date, by the calendar's arithmetic rule (a leap year 8 times in 33,
 * its leap years those whose remainder after 33 is 1, 5, 9, 13, 17, 22, 26 or 30), which the astronomical calendar Iran
 * keeps matches from 1343 to 1473 (1964 to 2094).
 */
function gregorianOfSolarHijri(year: number, month: number, day: number): [number, number, number] {
  let days = NOWRUZ_1349;
  for (let y = 1349; y < year; y++) days += isSolarHijriLeapYear(y) ? 366 : 365;
  for (let y = year; y < 1349; y++) days -= isSolarHijriLeapYear(y) ? 366 : 365;
  return gregorianOfUnixDay(days + daysBeforeSolarHijriMonth(month) + day - 1);
}
const solarHijriDaysIn = (year: number, month: number): number => (month <= 6 ? 31 : month <= 11 ? 30 : isSolarHijriLeapYear(year) ? 30 : 29);
const SOLAR_HIJRI_LEAP_REMAINDERS: ReadonlySet<number> = new Set([1, 5, 9, 13, 17, 22, 26, 30]);
const isSolarHijriLeapYear = (year: number): boolean => SOLAR_HIJRI_LEAP_REMAINDERS.has(year % 33);
/** The Gregorian year, month and day of a Solar Hijri day, month (SOLAR_HIJRI_MONTH) and year; null for a day the month does not have. */
export function gregorianOfSolarHijriDate(day: number, monthName: string, year: number): [number, number, number] | null {
  const month = solarHijriMonthOf(monthName);
  return day >= 1 && day <= solarHijriDaysIn(year, month) ? gregorianOfSolarHijri(year, month, day) : null;
}

/**
 * A date of Nepal's Bikram Sambat calendar, its months in Nepali (colloquial and Sanskrit names), year first with "गते" (day)
 * after the day, or month first with the year after a comma: Onlinekhabar's "२०८३ मंसिर १९ गते ९:१४", "मंसिर १९, २०८३". Its months
 * have 29 to 32 days by the year, which published tables disagree on (for 2083 BS by a day before Mangsir): it is read as a
 * date line's, its date left empty, so that the line is no page text and the author's name over it a byline.
 */
const BIKRAM_SAMBAT_MONTH =
  '(?:बैशाख|वैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर|मार्ग|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र)';
export const BIKRAM_SAMBAT_DATE = new RegExp(
  `(?<!\\d)20[6-9]\\d\\s+${BIKRAM_SAMBAT_MONTH}\\s+\\d{1,2}\\s+गते|${BIKRAM_SAMBAT_MONTH}\\s+\\d{1,2}(?:\\s+गते)?\\s*,\\s*20[6-9]\\d(?!\\d)`,
  'u',
);
