// A file's bytes to text: BOMs, UTF-16/32 without BOM, strict UTF-8, then a legacy encoding chardet
// detects; binary files are told by their magic numbers and NUL or control bytes.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';

type Decoded = { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; problem: string };

/** What to do with an image: the messages of MAGIC's image formats. */
const IMAGE_ADVICE = 'an image has no text to read: take it out of the input, or give the text an OCR program reads from it';
/** What to do with a file of binary bytes that none of MAGIC names. */
const BINARY_ADVICE = 'if it is text, save it as UTF-8 text; else take it out of the input';

/**
 * Binary files by their first bytes: what each is, and what to do with it. The error had said only
 * what the file looked like ("not text: looks like a PDF document"), which left the analyst to
 * guess how to get its article in.
 */
const MAGIC: Array<[string, number[], string]> = [
  // With its compression method (8, the only one RFC 1952 defines): 1F 8B alone is also "謟" in UTF-16LE.
  ['a gzip archive', [0x1f, 0x8b, 0x08], 'decompress it first (gunzip)'],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47], IMAGE_ADVICE],
  ['a JPEG image', [0xff, 0xd8, 0xff], IMAGE_ADVICE],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38], IMAGE_ADVICE],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46], 'extract its text first (pdftotext FILE.pdf FILE.txt, from poppler-utils)'],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04], 'unpack it first (unzip) and give the folder as the input'],
  // What macOS writes beside each file it copies to a foreign volume or a ZIP ("._story.txt"): a
  // folder of articles from a Mac had an error "contains NUL bytes" for every one, which said nothing.
  ['macOS file metadata (an AppleDouble "._" file beside the article, not an article)', [0x00, 0x05, 0x16, 0x07], "delete them, nothing is lost: find DIR -name '._*' -delete"],
];

// The UTF-32LE BOM starts with the UTF-16LE one, so it is tested first.
const WIDE_BOMS: Array<[WideEncoding, number[]]> = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Decodes a file's bytes: BOMs first, then UTF-16/32 without BOM (bytes with NULs), then strict UTF-8, then a detected legacy encoding. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'utf-8 (BOM)');
  }
  const bom = WIDE_BOMS.find(([, marks]) => startsWith(bytes, marks));
  if (bom) return decodeWith(bom[0], bytes.subarray(bom[1].length));

  for (const [what, magic, todo] of MAGIC) {
    if (startsWith(bytes, magic)) return { ok: false, problem: `not text: looks like ${what}; ${todo}` };
  }
  if (bytes.includes(0)) {
    const wide = guessWideEncoding(bytes);
    if (wide) {
      // A guess, however good: the README promises a warning whenever the encoding is not declared.
      const decoded = decodeWith(wide, bytes);
      if (decoded.ok) decoded.warnings.push(`no byte order mark; decoded as ${wide} (guessed from the bytes)`);
      return decoded;
    }
    return textAroundNulRuns(bytes) ?? { ok: false, problem: `not text: contains NUL bytes (binary file?); ${BINARY_ADVICE}` };
  }
  if (controlByteShare(bytes) > 0.1) return { ok: false, problem: `not text: too many control characters (binary file?); ${BINARY_ADVICE}` };

  // Valid UTF-8 (nearly every file) is recognised natively; scanUtf8, a loop over every byte in
  // JavaScript, would find no invalid byte in it (it accepts a superset of valid UTF-8).
  if (isUtf8(bytes)) return decodeUtf8(bytes, 'utf-8');
  const { valid, invalid } = scanUtf8(bytes);
  if (invalid === 0 || valid > invalid) return decodeUtf8(bytes, 'utf-8');
  const { encoding: detected, confidence } = detectLegacyEncoding(bytes);
  const encoding = detected === 'koi8-r' && hasKoi8uLetters(bytes) ? 'koi8-u' : detected;
  const how = confidence === null ? 'fallback' : encoding === detected ? `detected, confidence ${confidence}%` : `detected as ${detected}, confidence ${confidence}%, with Ukrainian letters`;
  const decoded = decodeWith(encoding, bytes);
  if (decoded.ok) decoded.warnings.push(`not valid UTF-8; decoded as ${encoding} (${how})${LEGACY_ADVICE}`);
  return decoded;
}

/**
 * What to do when the guess was wrong: the warning had named the encoding and a confidence (72%)
 * and left the reader to wonder whether that was bad. Saved as UTF-8, the file needs no guess.
 */
const LEGACY_ADVICE = '; if its letters read wrong in its clean/ text, save the file as UTF-8';

/** A text file holds NULs in this many runs at most: where a crash cut it or the disk padded it, not spread through it as binary data. */
const MAX_NUL_RUNS = 3;

/**
 * A UTF-8 text with a few runs of NUL bytes (a file cut by a crash while it was written, a block
 * the file system filled with zeros) decoded without them, with a warning; null when the rest is
 * not UTF-8 text. The whole article would be refused as binary for one run of NULs.
 */
function textAroundNulRuns(bytes: Uint8Array): Decoded | null {
  let runs = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i)) {
    if (++runs > MAX_NUL_RUNS) return null;
    while (bytes[i] === 0) i++;
  }
  const text = bytes.filter((b) => b !== 0);
  if (!isUtf8(text) || controlByteShare(text) > 0.1) return null;
  const decoded = decodeUtf8(text, 'utf-8');
  const removed = bytes.length - text.length;
  if (decoded.ok) decoded.warnings.push(`${removed} NUL byte(s) removed, in ${runs} run(s) (a file cut or padded while it was written?)`);
  return decoded;
}

/**
 * KOI8-U's Ukrainian letters (є і ї ґ and their capitals), box-drawing characters in KOI8-R, which
 * chardet reports for both: a Ukrainian page read as KOI8-R had "Каб╕нет м╕н╕стр╕в" for "Кабінет міністрів".
 */
const KOI8_U_LETTERS = new Set([0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd]);

/** Whether one of KOI8_U_LETTERS stands in a word (beside a KOI8 letter, 0xC0-0xFF) or alone between spaces ("і", "and"), as no box-drawing character does. */
function hasKoi8uLetters(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (!KOI8_U_LETTERS.has(bytes[i]!)) continue;
    const before = i > 0 ? bytes[i - 1]! : 0x20;
    const after = i + 1 < bytes.length ? bytes[i + 1]! : 0x20;
    if (before >= 0xc0 || after >= 0xc0 || (before === 0x20 && after === 0x20)) return true;
  }
  return false;
}

// Below this chardet is guessing; windows-1252 (a superset of Latin-1) is then the likeliest and
// decodes every byte, so nothing is lost.
const MIN_DETECTION_CONFIDENCE = 20;
const UNICODE_FAMILY = /^(?:utf-|ucs-|ascii|us-ascii)/i;

/** The likeliest legacy encoding of bytes that are not UTF-8; windows-1252 when nothing is convincing. */
function detectLegacyEncoding(bytes: Uint8Array): { encoding: string; confidence: number | null } {
  for (const candidate of chardet.analyse(bytes)) {
    if (candidate.confidence < MIN_DETECTION_CONFIDENCE) break;
    // The bytes were already found not to be UTF-8; chardet sometimes says so anyway.
    if (UNICODE_FAMILY.test(candidate.name)) continue;
    const encoding = supportedLabel(candidate.name);
    if (encoding) return { encoding, confidence: candidate.confidence };
  }
  return { encoding: 'windows-1252', confidence: null };
}

const UTF8 = new TextDecoder('utf-8');

function decodeUtf8(bytes: Uint8Array, label: string): Decoded {
  const text = UTF8.decode(bytes);
  const replaced = replacementsMade(text, bytes, 'utf-8');
  const warnings = replaced ? [`${replaced} invalid UTF-8 sequence(s) replaced with U+FFFD`] : [];
  return { ok: true, text, encoding: label, warnings };
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  const text =
    encoding === 'windows-1252'
      ? decodeWindows1252(bytes)
      : encoding === 'utf-32le' || encoding === 'utf-32be'
        ? decodeWide(encoding, bytes)
        : new TextDecoder(encoding).decode(bytes);
  const replaced = replacementsMade(text, bytes, encoding);
  const warnings = replaced ? [`${replaced} undecodable sequence(s) in ${encoding} replaced with U+FFFD`] : [];
  return { ok: true, text, encoding, warnings };
}

// Windows-1252 is Latin-1 except for 0x80-0x9F. Node 20.18.3+ decodes that block as Latin-1 C1
// controls (nodejs/node#60888), losing €, curly quotes and dashes, so the block is mapped here.
// The five bytes Windows-1252 leaves undefined keep their C1 code point, as WHATWG says.
export const WINDOWS_1252_80_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9F]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** U+FFFD as the Unicode encodings write it; a code unit of UTF-16 or UTF-32 only where one starts. */
const ENCODED_REPLACEMENT: Record<string, { bytes: Buffer; step: number }> = {
  'utf-8': { bytes: Buffer.from([0xef, 0xbf, 0xbd]), step: 1 },
  'utf-16le': { bytes: Buffer.from([0xfd, 0xff]), step: 2 },
  'utf-16be': { bytes: Buffer.from([0xff, 0xfd]), step: 2 },
  'utf-32le': { bytes: Buffer.from([0xfd, 0xff, 0, 0]), step: 4 },
  'utf-32be': { bytes: Buffer.from([0, 0, 0xff, 0xfd]), step: 4 },
};

/**
 * The U+FFFD the decoder put in for bytes it could not decode: those of the text less those the
 * bytes themselves encode. Scraped text often carries U+FFFD from an earlier broken conversion,
 * and a valid file that did was reported as having invalid sequences replaced.
 */
export function replacementsMade(text: string, bytes: Uint8Array, encoding: string): number {
  const inText = countReplacements(text);
  const encoded = ENCODED_REPLACEMENT[encoding];
  if (!inText || !encoded) return inText;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let written = 0;
  for (let i = buffer.indexOf(encoded.bytes); i !== -1; i = buffer.indexOf(encoded.bytes, i + 1)) if (i % encoded.step === 0) written++;
  return inText - written;
}

function supportedLabel(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
const WIDE_ENCODINGS: WideEncoding[] = ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'];
const TEXT_CHARACTER = /(?!\uFFFD)[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\n\r\t]/u;

/**
 * Bytes with NULs and no BOM are UTF-16 or UTF-32 when one of them decodes a sample to text
 * (95% letters, digits, punctuation or spaces). That alone does not settle the byte order:
 * Latin UTF-16LE read big-endian is CJK, also "text". The right order turns spaces, line breaks
 * and digits into ASCII and keeps characters in a few Unicode blocks; the wrong one scatters them. Pairs of printable ASCII
 * bytes also read as CJK, so bytes that are mostly such pairs are ASCII text with stray NULs.
 */
function guessWideEncoding(bytes: Uint8Array): WideEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~3);
  if (sample.length < 4) return null;
  let asciiPairs = 0;
  for (let i = 0; i < sample.length; i += 2) if (isAsciiText(sample[i]!) && isAsciiText(sample[i + 1]!)) asciiPairs++;
  if (asciiPairs > sample.length / 4) return null;
  let best: { encoding: WideEncoding; ascii: number; blocks: number } | null = null;
  for (const encoding of WIDE_ENCODINGS) {
    const characters = [...decodeWide(encoding, sample)];
    const text = characters.filter((c) => TEXT_CHARACTER.test(c)).length;
    if (text < characters.length * 0.95) continue;
    const codes = characters.map((c) => c.codePointAt(0)!);
    const ascii = codes.filter((code) => code < 0x80).length;
    const blocks = new Set(codes.map((code) => code >> 7)).size;
    if (!best || ascii > best.ascii || (ascii === best.ascii && blocks < best.blocks)) best = { encoding, ascii, blocks };
  }
  return best?.encoding ?? null;
}

const isAsciiText = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09;

/** TextDecoder has no UTF-32, so it is decoded here; code points out of range become U+FFFD. */
function decodeWide(encoding: WideEncoding, bytes: Uint8Array): string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return new TextDecoder(encoding).decode(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 4));
  const littleEndian = encoding === 'utf-32le';
  const parts: string[] = [];
  for (let i = 0; i < view.byteLength; i += 4) {
    const code = view.getUint32(i, littleEndian);
    parts.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code));
  }
  return parts.join('');
}

function controlByteShare(bytes: Uint8Array): number {
  const sample = Math.min(bytes.length, 65536);
  if (sample === 0) return 0;
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) control++;
  }
  return control / sample;
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes, to tell broken UTF-8 from a legacy encoding. */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length && (b < 0xf0 || length === 4);
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Why a .jsonl file is not UTF-8 text at all, told by its first bytes (null: it is read line by
 * line). Each line of UTF-16 text (what Windows PowerShell's `>` writes) or of a gzip archive was an
 * error of its own quoting NUL bytes ("not valid JSON: Unexpected token '�'"), which never said why.
 */
export function notUtf8Jsonl(head: Uint8Array): string | null {
  const format = MAGIC.find(([, magic]) => startsWith(head, magic))?.[0];
  if (format) return `looks like ${format}${format === 'a gzip archive' ? ' (decompress it first: gunzip)' : ''}`;
  const wide = WIDE_BOMS.find(([, marks]) => startsWith(head, marks))?.[0] ?? (head.includes(0) ? guessWideEncoding(head) : null);
  return wide && `is ${wide.toUpperCase()} text: JSONL must be UTF-8 (RFC 8259); convert it first (iconv -f ${wide.toUpperCase()} -t UTF-8)`;
}
