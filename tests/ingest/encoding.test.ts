import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/encoding.js';

describe('decodeBytes', () => {
  it('decodes well-formed UTF-8 as UTF-8, whatever its characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const bytes = Buffer.from(text);
        const controls = [...bytes].filter((b) => b < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(b)).length;
        fc.pre(!bytes.includes(0) && controls <= bytes.length * 0.1 && bytes[0] !== 0xef && bytes[0] !== 0xff && bytes[0] !== 0xfe);
        const decoded = decodeBytes(bytes);
        expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', text: bytes.toString('utf8') });
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes a text of short lines broken by vertical tabs as text, as one broken by form feeds', () => {
    for (const lineBreak of ['\u000B', '\u000C']) {
      // One break every 6 bytes: over the 10% of control bytes that make a file binary.
      const text = ['Brief', 'By AP', 'Today', 'Rates', 'Oil up.'].join(lineBreak);
      expect(decodeBytes(Buffer.from(text))).toMatchObject({ ok: true, text });
    }
  });

  it('reads KOI8 Cyrillic with Ukrainian letters as KOI8-U, and Russian as KOI8-R', () => {
    const scripts = (name: string): Buffer => readFileSync(join(import.meta.dirname, '../fixtures/scripts', name));
    const ukrainian = decodeBytes(scripts('uk-koi8-u.txt'));
    expect(ukrainian).toMatchObject({ ok: true, encoding: 'koi8-u' });
    expect(ukrainian.ok && ukrainian.text).toContain('Кабінет міністрів ухвалив рішення про індексацію пенсій');
    expect(ukrainian.ok && ukrainian.text).toContain('у Києві, Львові');
    expect(ukrainian.ok && ukrainian.warnings).toEqual([expect.stringMatching(/^not valid UTF-8; decoded as koi8-u \(detected as koi8-r, confidence \d+%, with Ukrainian letters\); if its letters read wrong in its clean\/ text, save the file as UTF-8$/)]);
    expect(decodeBytes(scripts('ru-koi8-r.txt'))).toMatchObject({ ok: true, encoding: 'koi8-r' });
  });
});
