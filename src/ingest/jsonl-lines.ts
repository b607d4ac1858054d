// The lines of a JSONL file, streamed as bytes: whatever their line ends and length.
import { createReadStream } from 'node:fs';
import { replacementsMade } from './encoding.js';

/** A line of a file; `text` is null when the line was over the limit (its bytes were counted, not kept). */
interface Line {
  number: number;
  text: string | null;
  bytes: number;
  /** Invalid UTF-8 sequences replaced with U+FFFD in `text`. */
  invalid: number;
}

// A BOM is dropped only at the start of the file (a line that begins with one is not JSON).
const UTF8_LINE = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const LF = 0x0a;
const CR = 0x0d;

/**
 * Which byte ends the lines of a file, told by its first line end: CR when that is a CR with no LF
 * after it (classic Mac OS, some old exports), else LF (a CR before it is dropped with the line).
 * Undefined while no line end has been seen, or the chunk ends in a CR whose next byte is unread.
 * Only the first line end decides: JSON allows a bare CR as whitespace inside a record. In a file of
 * CR line ends a later CRLF is one line end (readLines), as it is in a file of LF ones.
 */
function lineEndOf(chunk: Buffer): number | undefined {
  const cr = chunk.indexOf(CR);
  if (cr === -1) return chunk.includes(LF) ? LF : undefined;
  const lf = chunk.indexOf(LF);
  if (lf !== -1 && lf < cr) return LF;
  if (cr === chunk.length - 1) return undefined;
  return chunk[cr + 1] === LF ? LF : CR;
}

/**
 * The lines of a UTF-8 file (a BOM is dropped), streamed. A line longer than maxLineBytes is
 * dropped as it is read, so one 200 MB line without a newline never has to fit in memory. The
 * bytes are split at the line end byte before decoding (no UTF-8 sequence holds 0x0A or 0x0D), so
 * each line's own bytes tell a U+FFFD it encodes from one put in for invalid bytes. Lines end at LF
 * (or CRLF), or at CR in a file whose line ends are CR only: read as one line, its records were
 * lost under one error. `size`: the bytes read from the file's start (all when absent); `chunkBytes`:
 * the read size, small in tests to split line ends.
 */
export async function* readLines(path: string, maxLineBytes: number, { size, chunkBytes = 64 * 1024 }: { size?: number; chunkBytes?: number } = {}): AsyncGenerator<Line> {
  if (size === 0) return;
  let parts: Buffer[] = [];
  let bytes = 0;
  let number = 0;
  const finish = (): Line => {
    let line: Line = { number: ++number, text: null, bytes, invalid: 0 };
    if (bytes <= maxLineBytes) {
      const raw = Buffer.concat(parts, bytes);
      const text = UTF8_LINE.decode(raw);
      line = { ...line, text: text.replace(/\r$/, ''), invalid: replacementsMade(text, raw, 'utf-8') };
    }
    parts = [];
    bytes = 0;
    return line;
  };
  const add = (piece: Buffer): void => {
    bytes += piece.length;
    if (bytes <= maxLineBytes) parts.push(piece);
    else parts = [];
  };
  let first = true;
  let lineEnd: number | undefined;
  // A CR that ended a chunk before the line end was known: read again with the next chunk.
  let heldCr = false;
  // In a file of CR line ends, a CRLF is one line end too (records a newer tool appended): a line
  // ended at the chunk's last byte, a CR, and an LF opening the next chunk is that line end's.
  let afterCr = false;
  for await (const data of createReadStream(path, { highWaterMark: chunkBytes, end: size === undefined ? undefined : size - 1 })) {
    let chunk = data as Buffer;
    if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
    first = false;
    if (heldCr) chunk = Buffer.concat([Buffer.of(CR), chunk]);
    heldCr = false;
    lineEnd ??= lineEndOf(chunk);
    if (lineEnd === undefined && chunk.at(-1) === CR) {
      heldCr = true;
      chunk = chunk.subarray(0, -1);
    }
    let start: number = afterCr && chunk[0] === LF ? 1 : 0;
    for (let end = chunk.indexOf(lineEnd ?? LF, start); end !== -1; end = chunk.indexOf(lineEnd ?? LF, start)) {
      add(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
      if (lineEnd === CR && chunk[start] === LF) start++;
    }
    afterCr = lineEnd === CR && start === chunk.length && chunk.at(-1) === CR;
    add(chunk.subarray(start));
  }
  if (bytes > 0 || heldCr) yield finish();
}
