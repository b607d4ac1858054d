// UTF-8 text that was read as Windows-1252 and saved again as UTF-8: "Europeâ€™s", "â‚¬49", "CafÃ©".
// Scraped pages carry it when a server or scraper took the page's encoding for Windows-1252; its
// "â€™" and "â€œ" would be words of the terms and keyphrases, and the titles read so.
// The repair's warning comes with it, for a text file (withMojibakeRepaired) and for a JSONL record,
// whose title, byline and source are repaired with its text (recordWithMojibakeRepaired).
import type { ArticleMetadata } from '../types.js';
import { WINDOWS_1252_80_9F } from './encoding.js';

/** Windows-1252's reading of the bytes 0x80-0xBF, a UTF-8 sequence's continuation bytes. */
const CONTINUATION = `[${WINDOWS_1252_80_9F}\u00A0-\u00BF]`;
/**
 * A UTF-8 sequence as Windows-1252 shows it: a lead byte (0xC2-0xDE for two bytes, 0xE0-0xEF for
 * three, 0xF0-0xF4 for four: "Â" to "Þ", "à" to "ï", "ð" to "ô") and its continuation bytes. Latin-1
 * text does not set a letter right before "€", "™" or "©" (a continuation byte), so it is left alone.
 * Not 0xDF, "ß": the one lower-case letter among the two-byte leads ends German words, right before
 * a closing quote or an ellipsis ("Spaß“"), which would become an NKo letter (U+07C0-U+07FF, never misread here).
 */
const MISREAD_SEQUENCE = new RegExp(`[\u00C2-\u00DE]${CONTINUATION}|[\u00E0-\u00EF]${CONTINUATION}{2}|[\u00F0-\u00F4]${CONTINUATION}{3}`, 'gu');
const BYTE_OF: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 0x100 - 0x80 }, (_, i) => [i < 0x20 ? WINDOWS_1252_80_9F[i]! : String.fromCharCode(0x80 + i), 0x80 + i]),
);
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A closing double quote (E2 80 9D) misread: Windows-1252 leaves 0x9D undefined, and most tools
 * drop it, leaving "â€" before the next word. Read so only in a text that has other misread
 * sequences: alone, "â€" may be what the text says.
 */
const CLOSING_QUOTE_LOST_BYTE = new RegExp(`â€(?!${CONTINUATION})`, 'gu');

/**
 * A text misread as a whole has its non-ASCII characters in misread sequences; one with its own
 * accents and quotes has a sequence only by chance ("‘passé’”": "é’”" is E9 92 94 as bytes, valid
 * UTF-8 for "钔"). The share of the non-ASCII characters the sequences must hold.
 */
const MIN_MISREAD_SHARE = 0.75;

const nonAsciiCount = (text: string): number => {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
};

/**
 * Sequences no text sets by chance: "â€" before a third byte (E2 80 xx: quotes, dashes, "…"), and
 * "Â" or "Ã" before a symbol (C2 xx, C3 xx: "Â©", "Ã©"). A page misread only in part (its article
 * and not its menu, or the reverse) holds them among its own accents and quotes, under
 * MIN_MISREAD_SHARE, and repairs these alone rather than keep "thatâ€™s" and "Â©".
 */
const UNMISTAKABLE_SEQUENCE = /^(?:â€|[ÂÃ])/u;

/** The text with the misread sequences `repairs` takes read back as UTF-8; one that is no valid UTF-8 (an overlong form) is left. */
function readBack(text: string, repairs: (sequence: string) => boolean): { text: string; repaired: number; misreadCharacters: number } {
  let repaired = 0;
  let misreadCharacters = 0;
  const repairedText = text.replace(MISREAD_SEQUENCE, (sequence) => {
    if (!repairs(sequence)) return sequence;
    try {
      const character = STRICT_UTF8.decode(Uint8Array.from(sequence, (c) => BYTE_OF.get(c)!));
      repaired++;
      misreadCharacters += sequence.length;
      return character;
    } catch {
      return sequence;
    }
  });
  return { text: repairedText, repaired, misreadCharacters };
}

/**
 * The text with each misread sequence read back as UTF-8, and how many were: all of them in a text
 * misread as a whole (MIN_MISREAD_SHARE), else only the unmistakable ones (UNMISTAKABLE_SEQUENCE).
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  const whole = readBack(text, () => true);
  if (!whole.repaired) return { text, repaired: 0 };
  const lostQuotes = text.match(CLOSING_QUOTE_LOST_BYTE)?.length ?? 0;
  const isMisreadWhole = whole.misreadCharacters + 2 * lostQuotes >= MIN_MISREAD_SHARE * nonAsciiCount(text);
  const read = isMisreadWhole ? whole : readBack(text, (sequence) => UNMISTAKABLE_SEQUENCE.test(sequence));
  if (!read.repaired) return { text, repaired: 0 };
  let { repaired } = read;
  const quotesRepaired = read.text.replace(CLOSING_QUOTE_LOST_BYTE, () => {
    repaired++;
    return '”';
  });
  return { text: quotesRepaired, repaired };
}

const mojibakeWarnings = (repaired: number): string[] => (repaired ? [`${repaired} sequence(s) of UTF-8 read as Windows-1252 (mojibake such as "â€™" for "’") repaired`] : []);

/** A text file's text with its mojibake repaired, and the warning saying so. */
export function withMojibakeRepaired(raw: string): { text: string; warnings: string[] } {
  const { text, repaired } = repairMojibake(raw);
  return { text, warnings: mojibakeWarnings(repaired) };
}

/**
 * A JSONL record's text and its title, byline and source with their mojibake repaired, and the
 * warning saying so: a title left misread is not found repeated in the repaired text, which would
 * then keep it as its first paragraph.
 */
export function recordWithMojibakeRepaired(raw: string, given: ArticleMetadata): { text: string; metadata: ArticleMetadata; warnings: string[] } {
  let repaired = 0;
  const repair = (value: string): string => {
    const result = repairMojibake(value);
    repaired += result.repaired;
    return result.text;
  };
  const field = (value: string | null): string | null => (value === null ? null : repair(value));
  const text = repair(raw);
  const metadata = { ...given, title: field(given.title), byline: field(given.byline), source: field(given.source) };
  return { text, metadata, warnings: mojibakeWarnings(repaired) };
}
