// Finds a date (and time) in a metadata line and writes it as ISO 8601.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME = '(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?)?';

const PATTERNS: Array<{ regex: RegExp; parts: (m: RegExpExecArray) => [number, number, number, string?, string?, string?] }> = [
  // 2023-04-29, 2023-04-29T20:19, 2023/04/29
  { regex: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2}))?/, parts: (m) => [+m[1]!, +m[2]!, +m[3]!, m[4], m[5]] },
  // 29 Apr 2023 08:19 PM
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}`, 'i'), parts: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, m[4], m[5], m[6]] },
  // April 29, 2023 8:19 pm
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'i'), parts: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!, m[4], m[5], m[6]] },
];

/** The first date in the text as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or null. */
export function findIsoDate(text: string): string | null {
  for (const { regex, parts } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const [year, month, day, hour, minute, meridiem] = parts(match);
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (hour === undefined || minute === undefined) return date;
    let h = Number(hour);
    if (meridiem && /^p/i.test(meridiem) && h < 12) h += 12;
    if (meridiem && /^a/i.test(meridiem) && h === 12) h = 0;
    if (h > 23 || Number(minute) > 59) return date;
    return `${date}T${pad(h)}:${minute}`;
  }
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
