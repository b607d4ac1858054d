// The order the reports list equal-ranked items in: by UTF-16 code units, as `<` compares strings, the same on every machine
// and locale (localeCompare follows the host's ICU data and locale, so reports would differ between machines).

/** Compares two strings by their UTF-16 code units: negative, zero or positive, for Array.prototype.sort. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
