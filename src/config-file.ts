// Reading a config file, without validating it (config.ts does, with zod). Kept apart so the
// command line can read the file and start the worker threads before it loads the schema
// (importing zod and building the schema took 140-256 ms; docs/scale.md, "Session 8: start-up").
import { readFileSync } from 'node:fs';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The parsed JSON of a config file, {} when the file is missing and was not asked for. Not validated. */
export function readConfigFile(path: string, required: boolean): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`cannot read config file ${path}: ${(error as Error).message}`);
  }
  // JSON text is UTF-8 (RFC 8259). UTF-16 was read as "Unexpected token '�'", which said nothing of why.
  if (bytes.includes(0) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ConfigError(`${path} is not UTF-8 text: it has NUL bytes or a UTF-16 byte-order mark (saved as UTF-16, Notepad's "Unicode"?); save it as UTF-8`);
  }
  // A BOM is dropped, so that positions in JSON.parse's messages are positions in this text.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ConfigError(`${path} is empty: write {} to use every default`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${describeJsonError(text, error as Error)}`);
  }
}

/** Turns V8's "at position N" into a line and column a person can find. */
function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return error.message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  // Editors' own settings files allow comments, JSON does not: V8 says only what it expected there.
  const comment = /^\/[/*]/.test(text.slice(position)) ? ' (a comment: JSON has none, remove it)' : '';
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}${comment}`;
}
