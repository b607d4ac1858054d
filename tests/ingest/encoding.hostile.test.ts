// Hostile bytes at the ingest stage: binary files told apart from text, every encoding decoded or reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/encoding.js';
import { normaliseText } from '../../src/ingest/index.js';
import { HOSTILE } from '../helpers.js';

const fixture = (name: string): Buffer => readFileSync(join(HOSTILE, 'articles', name));

function decodedText(name: string): { text: string; encoding: string; warnings: string[] } {
  const decoded = decodeBytes(fixture(name));
  if (!decoded.ok) throw new Error(`${name}: ${decoded.problem}`);
  return { ...decoded, text: normaliseText(decoded.text) };
}

describe('binary files are not text', () => {
  it.each([
    ['photo.txt', 'not text: looks like a PNG image; an image has no text to read: take it out of the input, or give the text an OCR program reads from it'],
    ['archive.txt', 'not text: looks like a gzip archive; decompress it first (gunzip)'],
  ])('%s -> %s', (name, problem) => {
    expect(decodeBytes(fixture(name))).toEqual({ ok: false, problem });
  });

  // The error said only what the file looked like: how to get its article in was left to guess.
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'not text: looks like a PDF document; extract its text first (pdftotext FILE.pdf FILE.txt, from poppler-utils)'],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), 'not text: looks like a ZIP archive; unpack it first (unzip) and give the folder as the input'],
    ['binary data', Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42, 0x0e, 0x0f]), 'not text: too many control characters (binary file?); if it is text, save it as UTF-8 text; else take it out of the input'],
  ])('a file of %s says what to do with it', (_, bytes, problem) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, problem });
  });

  // A crash while the file was written, a block the disk filled with zeros: the article had been refused as binary.
  it('a text with a few runs of NUL bytes is read without them, with a warning; more runs are binary', () => {
    expect(decodeBytes(fixture('nul-bytes.txt'))).toEqual({
      ok: true, text: 'Some text before  and after the NUL bytes.\n', encoding: 'utf-8',
      warnings: ['3 NUL byte(s) removed, in 1 run(s) (a file cut or padded while it was written?)'],
    });
    const text = Buffer.from('The council approved the harbour plan on Tuesday.\n');
    const padded = Buffer.concat([text, Buffer.alloc(4096), text, Buffer.alloc(512)]);
    expect(decodeBytes(padded)).toMatchObject({ ok: true, text: `${text}${text}`, warnings: ['4608 NUL byte(s) removed, in 2 run(s) (a file cut or padded while it was written?)'] });
    const spread = Buffer.concat([text, Buffer.alloc(1), text, Buffer.alloc(1), text, Buffer.alloc(1), text, Buffer.alloc(1), text]);
    expect(decodeBytes(spread)).toEqual({ ok: false, problem: 'not text: contains NUL bytes (binary file?); if it is text, save it as UTF-8 text; else take it out of the input' });
  });

  it('says what a macOS "._" file is (AppleDouble metadata), not only that it holds NUL bytes', () => {
    const appleDouble = Buffer.concat([Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]), Buffer.from('Mac OS X        '), Buffer.alloc(64)]);
    expect(decodeBytes(appleDouble)).toEqual({ ok: false, problem: 'not text: looks like macOS file metadata (an AppleDouble "._" file beside the article, not an article); delete them, nothing is lost: find DIR -name \'._*\' -delete' });
  });

  it('UTF-16LE text without a BOM that starts like a gzip header (謟 is 1F 8B) is text', () => {
    const text = '謟 а    A一аAа 一 AAA一  AааааA一A аA一аA аааа ';
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('a file that is mostly control bytes is not text', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, problem: expect.stringContaining('not text') });
  });
});

describe('encodings', () => {
  it.each([
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-no-bom.txt', 'utf-16le'],
  ])('%s is decoded as %s', (name, encoding) => {
    const decoded = decodedText(name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toMatch(/^Zoë’s café opened in Kraków\.\nThe city council/);
    expect(decoded.warnings).toEqual(name.includes('no-bom') ? [`no byte order mark; decoded as ${encoding} (guessed from the bytes)`] : []);
  });

  const SAMPLES = {
    russian: 'Министр финансов заявил, что бюджет на 2024 год будет сбалансирован.\nРынки отреагировали спокойно.\n',
    greek: 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.\n',
    chinese: '国务院总理在北京会见了来访的代表团，双方就经济合作交换了意见。\n',
    arabic: 'قال وزير المالية إن الميزانية ستكون متوازنة هذا العام.\n',
    emoji: 'Fans cheered 🎉 as the 🏆 arrived in São Paulo.\n',
  };
  const encode = (text: string, encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'): Buffer => {
    if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
    if (encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
    const codes = [...text].map((c) => c.codePointAt(0)!);
    const out = Buffer.alloc(codes.length * 4);
    codes.forEach((code, i) => (encoding === 'utf-32le' ? out.writeUInt32LE(code, i * 4) : out.writeUInt32BE(code, i * 4)));
    return out;
  };
  const BOMS = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], 'utf-32le': [0xff, 0xfe, 0, 0], 'utf-32be': [0, 0, 0xfe, 0xff] } as const;

  describe.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'] as const)('%s in any script, with or without a BOM', (encoding) => {
    it.each(Object.entries(SAMPLES))('%s', (_, text) => {
      for (const bom of [true, false]) {
        const bytes = Buffer.concat([Buffer.from(bom ? BOMS[encoding] : []), encode(text, encoding)]);
        const warnings = bom ? [] : [`no byte order mark; decoded as ${encoding} (guessed from the bytes)`];
        expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding, warnings });
      }
    });
  });

  it('binary data with NUL bytes is not mistaken for UTF-16 or UTF-32', () => {
    const integers = Buffer.from(new Uint32Array(Array.from({ length: 500 }, (_, i) => (i * 7919) % 4096)).buffer);
    let seed = 42;
    const noise = Buffer.from(Array.from({ length: 4000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff));
    for (const bytes of [integers, noise]) {
      expect(bytes.includes(0)).toBe(true);
      expect(decodeBytes(bytes)).toEqual({ ok: false, problem: expect.stringMatching(/^not text: contains NUL bytes \(binary file\?\); /) });
    }
  });

  // A few characters can read as text in either byte order; a page of text cannot.
  it('property: text of 40+ letters, spaces and punctuation in mixed scripts survives UTF-16/32 without a BOM', () => {
    const character = fc.oneof(
      fc.constantFrom(' ', '\n', ',', '.'),
      fc.integer({ min: 0x41, max: 0x5a }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0x430, max: 0x44f }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)),
    );
    const text = fc.array(character, { minLength: 40, maxLength: 300 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('utf-16le', 'utf-16be', 'utf-32le', 'utf-32be' as const), (sample, encoding) => {
        const decoded = decodeBytes(encode(sample, encoding));
        expect(decoded).toMatchObject({ ok: true, text: sample });
      }),
    );
  });

  it('Windows-1252 is detected, decoded exactly, and said so', () => {
    const decoded = decodedText('windows-1252.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.split('\n')[0]).toBe('Le café « spécial » coûte 5 € — c’est “cher”, dit-on à Besançon.');
    expect(decoded.warnings).toEqual([expect.stringMatching(/^not valid UTF-8; decoded as windows-1252 \(detected, confidence \d+%\); if its letters read wrong in its clean\/ text, save the file as UTF-8$/)]);
  });

  it('Latin-1 is decoded exactly (WHATWG reads ISO-8859-1 as its superset windows-1252)', () => {
    const decoded = decodedText('latin1.txt');
    expect(decoded.text.split('\n')[0]).toBe('Señor Muñoz visitó Zürich y Århus; ¡qué frío!');
    expect(decoded.encoding).toBe('windows-1252');
  });

  it('a lone legacy byte that chardet calls UTF-8 still decodes as windows-1252, nothing replaced', () => {
    const decoded = decodeBytes(Buffer.from('Caf\xe9', 'latin1'));
    expect(decoded).toMatchObject({ ok: true, text: 'Café', encoding: 'windows-1252' });
    expect(decoded.ok && decoded.warnings).toEqual(['not valid UTF-8; decoded as windows-1252 (fallback); if its letters read wrong in its clean/ text, save the file as UTF-8']);
  });

  it('invalid UTF-8 in UTF-8 text: replaced with U+FFFD, counted and reported', () => {
    const decoded = decodedText('invalid-utf8.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.split('\n')[0]).toBe('Grüße aus Köln, \uFFFD( und München \uFFFD.');
    expect(decoded.warnings).toEqual(['2 invalid UTF-8 sequence(s) replaced with U+FFFD']);
  });

  it('a U+FFFD that the bytes encode is text, not a replaced sequence: only the replacements made are counted', () => {
    // Scraped text often carries U+FFFD from an earlier, broken conversion; this file's bytes are valid.
    const text = 'Prices rose 5 \uFFFD in May.';
    for (const [encoding, bytes] of [
      ['utf-8', Buffer.from(text)],
      ['utf-8 (BOM)', Buffer.from(`\uFEFF${text}`)],
      ['utf-16le', Buffer.from(`\uFEFF${text}`, 'utf16le')],
    ] as const) {
      expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding, warnings: [] });
    }
    const damaged = decodeBytes(Buffer.concat([Buffer.from('Grüße aus Köln, caf'), Buffer.from([0xe9]), Buffer.from(' \uFFFD in Stra'), Buffer.from([0xdf]), Buffer.from('e')]));
    expect(damaged).toMatchObject({ ok: true, text: 'Grüße aus Köln, caf\uFFFD \uFFFD in Stra\uFFFDe', warnings: ['2 invalid UTF-8 sequence(s) replaced with U+FFFD'] });
  });

  it('mixed CRLF, CR and LF line ends all become LF', () => {
    expect(decodedText('mixed-line-ends.txt').text.split('\n')).toEqual([
      'Line one ends with CRLF.',
      'Line two ends with CR.',
      'Line three ends with LF.',
      'Line four has none.',
    ]);
  });

  it('emoji, right-to-left text and joiners survive; combining marks are composed; invisible splitters go', () => {
    const lines = decodedText('unicode.txt').text.split('\n');
    expect(lines[0]).toContain('👩‍👩‍👧‍👦');
    expect(lines[0]).toContain('🇺🇦');
    expect(lines[1]).toContain('مرحبا بالعالم');
    expect(lines[1]).toContain('שלום עולם');
    expect(lines[2]).toContain('Café and naïve');
    expect(lines[3]).toContain('cooperate');
    expect(lines[3]).toContain('می\u200Cخواهم');
  });

  it('empty and whitespace-only files decode to (almost) nothing, without a problem', () => {
    expect(decodedText('empty.txt').text).toBe('');
    expect(decodedText('whitespace-only.txt').text.trim()).toBe('');
  });
});
