import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/ingest/encoding.js';
import { openInput, readTextFile, textFileSource } from '../../src/ingest/index.js';
import { repairMojibake } from '../../src/ingest/mojibake.js';
import { tempDir } from '../helpers.js';

/** Text as a page that saved UTF-8 read as Windows-1252 shows it. */
const misread = (text: string): string => decodeWindows1252(Buffer.from(text, 'utf8'));

describe('repairMojibake', () => {
  it('reads back UTF-8 that was read as Windows-1252: curly quotes, dashes, the euro and pound signs, accents, CJK', () => {
    for (const text of ['Europe’s “night trains” – from €49', 'Café au lait, £3 — naïve', 'Ελλάδα', '東京 2026', 'a ½ share at 5°C']) {
      expect(misread(text)).not.toBe(text);
      expect(repairMojibake(misread(text))).toEqual({ text, repaired: expect.any(Number) });
    }
    expect(repairMojibake('Europeâ€™s night trains â€“ â‚¬49').repaired).toBe(3);
  });

  it('reads a lone "â€" as a closing quote whose undefined third byte (0x9D) was dropped, in a text with other misread sequences only', () => {
    expect(repairMojibake('â€œWe sold out,â€ she said.')).toEqual({ text: '“We sold out,” she said.', repaired: 2 });
    expect(repairMojibake('The sign read â€ and nothing else.').repaired).toBe(0);
  });

  it('leaves text alone that only looks like it: Latin-1 letters next to symbols, a lone "â€" whose third byte is lost', () => {
    for (const text of ['Ça va? «Oui»', 'São Paulo, 3°C', 'Ã la carte', 'Crème brûlée – £4', 'Mañana, señor', 'â€ lost', 'ÂÂ']) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    }
  });
  it('leaves a German "ß" before a closing quote or an ellipsis, which read as UTF-8 would be an NKo letter', () => {
    for (const text of ['„Das war ein großer Spaß“, sagte sie.', '„Ein Gruß‘ genügt', 'Am Fluß…']) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    }
    expect(repairMojibake(misread('Spaß “Straße”')).text).toBe('Spaß “Straße”');
  });
});

describe('repairMojibake on the whole text', () => {
  it('leaves a text with its own accents and quotes whose "é’”" is by chance valid UTF-8 ("钔")', () => {
    const text = 'Critics called the style ‘passé’” in 1998. “It was never,” the designer said, “meant to last.” Café owners disagreed.';
    expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });

  it('still repairs a misread text that also has one such sequence', () => {
    const text = 'Critics called the style ‘passé’” in 1998. “It was never,” the designer said.';
    expect(repairMojibake(misread(text)).text).toBe(text);
  });

  it('repairs the sequences no text sets by chance on a page misread only in part (its article, not its menu)', () => {
    const menu = 'Home › Life & Style › Café culture — “Readers’ picks” · Señor Ortiz’s café in Zürich';
    const story = 'She said, ‘It’s over’, and that’s when he left. © Daily Courier 2008 – résumé';
    const page = `${menu}\n${misread(story)}`;
    expect(repairMojibake(page)).toEqual({ text: `${menu}\n${story}`, repaired: 8 });
  });

  it('leaves a chance sequence of a page misread only in part: its own "é’”" is no "钔"', () => {
    const menu = 'Home › Life & Style › Café culture — “Readers’ picks” · Señor Ortiz’s café in Zürich ‘passé’”';
    const story = 'She said, ‘It’s over’.';
    expect(repairMojibake(`${menu}\n${misread(story)}`).text).toBe(`${menu}\n${story}`);
  });
});

describe('readTextFile and mojibake', () => {
  it('repairs a file of UTF-8 read as Windows-1252 and saved again, and says so', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'trains.txt'), 'Europeâ€™s night trains\n\nâ€œWe sold out,â€\u009D she said. Fares from â‚¬49.\n');
    const read = readTextFile(textFileSource(dir, join(dir, 'trains.txt')), 1 << 20);
    expect(read).toMatchObject({ kind: 'article', article: { text: 'Europe’s night trains\n\n“We sold out,” she said. Fares from €49.\n' } });
    expect(read.kind === 'article' && read.article.warnings).toEqual(['4 sequence(s) of UTF-8 read as Windows-1252 (mojibake such as "â€™" for "’") repaired']);
  });
});

describe('JSONL records and mojibake', () => {
  it('repairs a record\'s text of UTF-8 read as Windows-1252, as a text file\'s, and says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify({ id: 'r1', text: 'Europeâ€™s night trains from â‚¬49' })}\n`);
    const records = [];
    for await (const source of (await openInput({ input: join(dir, 'records.jsonl'), maxFileBytes: 1 << 20 }))()) records.push(source);
    expect(records).toMatchObject([{ kind: 'article', article: { text: 'Europe’s night trains from €49' } }]);
    expect(records[0]!.kind === 'article' && records[0]!.article.warnings).toEqual(['line 1: 2 sequence(s) of UTF-8 read as Windows-1252 (mojibake such as "â€™" for "’") repaired']);
  });

  // Left misread, the title was no longer found repeated in the repaired text, where it stayed as the first paragraph.
  it('repairs the record\'s title, author and source as its text', async () => {
    const dir = tempDir();
    const record = { id: 'r1', title: misread('Europe’s night trains'), author: misread('Zoë Brontë'), source: misread('Le Monde – Europe'), text: misread('Europe’s night trains\n\nFares from €49.') };
    writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify(record)}\n`);
    const records = [];
    for await (const source of (await openInput({ input: join(dir, 'records.jsonl'), maxFileBytes: 1 << 20 }))()) records.push(source);
    expect(records).toMatchObject([{ kind: 'article', article: { text: 'Europe’s night trains\n\nFares from €49.', givenMetadata: { title: 'Europe’s night trains', byline: 'Zoë Brontë', source: 'Le Monde – Europe' } } }]);
    expect(records[0]!.kind === 'article' && records[0]!.article.warnings).toEqual(['line 1: 6 sequence(s) of UTF-8 read as Windows-1252 (mojibake such as "â€™" for "’") repaired']);
  });
});
