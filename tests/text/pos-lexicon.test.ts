import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePosLexicon, POS_LEXICON_FILE, readPosLexicon } from '../../src/text/pos-lexicon.js';

const require = createRequire(import.meta.url);

/** What JSON.parse makes of the text: word -> its tags (pos.ts used the first one before). */
function reference(text: string): Map<string, string[]> {
  const entries = JSON.parse(text) as Record<string, string[]>;
  const map = new Map<string, string[]>();
  for (const word in entries) map.set(word, entries[word]!);
  return map;
}

/** A JSON string written with every character as a \u escape: the same string, spelled another way. */
const unicodeEscaped = (value: string): string => `"${[...value].map((c) => [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')).join('')}"`;

describe('parsePosLexicon', () => {
  it("gives every word of natural's lexicon the first tag JSON.parse gives it, and nothing to other words", () => {
    const text = readFileSync(require.resolve(POS_LEXICON_FILE), 'utf8');
    const expected = reference(text);
    expect(expected.size).toBeGreaterThan(90_000);
    const lexicon = parsePosLexicon(text);
    // The words whose tag is not their first, in one assertion: an expect for each of the 92,000 had cost seconds.
    expect([...expected].filter(([word, tags]) => lexicon.get(word) !== tags[0]).map(([word]) => word)).toEqual([]);
    for (const word of ['', 'zzzz-unlisted', 'constructor', '__proto__', 'hasOwnProperty']) expect(lexicon.get(word)).toBe(expected.get(word)?.[0]);
    // Every tag, for a sample (all 92,000 would take seconds to compare).
    for (const word of ['fear', 'Fear', 'holds', 'Rally', 'rose', 'cut', 'zzzz-unlisted']) expect(lexicon.tags(word)).toEqual(expected.get(word) ?? []);
  });

  it('reads any object of tag arrays as JSON.parse does: repeated words keep their last entry, escapes decoded, all tags in order', () => {
    const word = fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom('a', 'b', 'a/b', 'x"y', '\\'));
    const entry = fc.tuple(word, fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('NN', 'VB', '"', ']')), { maxLength: 3 }), fc.boolean(), fc.constantFrom('', ' ', '\n    '));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), fc.array(word, { maxLength: 10 }), (entries, probes) => {
        const text = `{${entries.map(([w, tags, escaped, space]) => `${space}${escaped ? unicodeEscaped(w) : JSON.stringify(w)}${space}:${space}${JSON.stringify(tags, null, space ? 2 : 0)}`).join(',')}\n}\n`;
        const expected = reference(text);
        const lexicon = parsePosLexicon(text);
        for (const probe of [...expected.keys(), ...probes]) {
          expect(lexicon.get(probe)).toBe(expected.get(probe)?.[0]);
          expect(lexicon.tags(probe)).toEqual(expected.get(probe) ?? []);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text that is not one object', () => {
    expect(() => parsePosLexicon('["NN"]')).toThrow(/one object/);
    expect(() => parsePosLexicon('{"a": ["NN"]')).toThrow(/one object/);
  });
});

describe('readPosLexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pos-lexicon-'));

  it("reads natural's lexicon by its module path", () => {
    expect(readPosLexicon(POS_LEXICON_FILE).get('fear')).toBe(parsePosLexicon(readFileSync(require.resolve(POS_LEXICON_FILE), 'utf8')).get('fear'));
  });

  // A missing lexicon had been "Unexpected failure" and a stack: it is the installation's to fix, as a sentiment table of data/ is.
  it('names the file, as a problem of the installation, when it is missing or damaged', () => {
    const missing = join(dir, 'missing.json');
    expect(() => readPosLexicon(missing)).toThrow(`${missing}: cannot be read (MODULE_NOT_FOUND)`);
    expect(() => readPosLexicon(missing)).toThrow(expect.objectContaining({ name: 'InstallationError' }));
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{"fear": ["NN", "VB"], "cut');
    expect(() => readPosLexicon(damaged)).toThrow(`${damaged}: is damaged: part-of-speech lexicon: expected`);
    expect(() => readPosLexicon(damaged)).toThrow(expect.objectContaining({ name: 'InstallationError' }));
  });
});
