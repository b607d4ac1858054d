// Another script's decimal digits read as ASCII's (asciiDigits), for the date patterns, which read ASCII digits.
/** A decimal digit of any script but ASCII's (Unicode's Nd): full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, Khmer, … */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const OTHER_DIGITS = /(?![0-9])\p{Nd}|：/gu;
const DIGIT = /^\p{Nd}$/u;
/**
 * The value of a decimal digit: Unicode encodes every script's digits as ten code points in a row from zero
 * (a stable policy), and sets of them may follow one another (the mathematical digits): its place in the run
 * of digits it stands in, modulo ten. Cached: a page writes a few digits many times.
 */
const digitValues = new Map<string, string>();
function digitValue(digit: string): string {
  let value = digitValues.get(digit);
  if (value === undefined) {
    const code = digit.codePointAt(0)!;
    let zero = code;
    while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    value = String((code - zero) % 10);
    digitValues.set(digit, value);
  }
  return value;
}
/** The ASCII digit of another script's (or the colon of a full-width one, as Japanese times write it). */
const asciiDigit = (c: string): string => (c === '：' ? ':' : digitValue(c));

// Japanese pages write dates in full-width digits ("２０２４年３月２９日"), Arabic, Persian, Hindi, Bengali and Thai ones
// often in their own ("٣ أبريل ٢٠٢٤", "๔ ธ.ค. ๒๕๖๙"): read as ASCII.
export const asciiDigits = (line: string): string => (OTHER_DIGIT.test(line) ? line.replace(OTHER_DIGITS, asciiDigit) : line);
