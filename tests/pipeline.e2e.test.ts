// Runs the built CLI (what `npm run pipeline` runs) on real and hand-made inputs and reads the
// reports back the way a program and a spreadsheet would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REPORT_COLUMNS } from '../src/report/index.js';
import { stopwordSet } from '../src/text/language.js';

const root = join(import.meta.dirname, '..');

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function readCsv(dir: string, name: string): Record<string, string>[] {
  const text = readFileSync(join(dir, name), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parse(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  const header = text.slice(1, text.indexOf('\r\n')).split(',');
  expect(header).toEqual([...REPORT_COLUMNS[name.replace('.csv', '') as keyof typeof REPORT_COLUMNS]]);
  return rows;
}

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('npm run pipeline on seeds/', () => {
  const out = join(tempDir('seeds-'), 'out');
  const run = runCli(['--output', out]);

  it('exits 0 and writes every report', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/read 2 · analysed 2 · failed 0/);
    for (const name of Object.keys(REPORT_COLUMNS)) expect(existsSync(join(out, `${name}.csv`))).toBe(true);
    for (const name of ['report.json', 'manifest.json', 'summary.html', 'README.md']) expect(existsSync(join(out, name))).toBe(true);
    expect(readdirSync(join(out, 'clean')).sort()).toEqual(['000_25bcccac6cd7d71a.txt', '003_cf2491f437049e47.txt']);
  });

  it('runs into output/ as a fresh clone has it (the repository\'s README.md alone) and leaves that note there', () => {
    const shipped = join(tempDir('shipped-'), 'output');
    mkdirSync(shipped);
    const note = readFileSync(join(root, 'output', 'README.md'));
    writeFileSync(join(shipped, 'README.md'), note);
    const fresh = runCli(['--output', shipped, '--quiet']);
    expect(fresh.stderr).toBe('');
    expect(fresh.code).toBe(0);
    expect(readFileSync(join(shipped, 'README.md')).equals(note)).toBe(true);
  });

  it('removes exactly the site chrome, metadata and trailing headlines', () => {
    const removed = readCsv(out, 'removed_lines.csv').map((r) => `${r.article_id}:${r.text}`);
    expect(removed).toEqual([
      '000_25bcccac6cd7d71a:Clicky',
      '000_25bcccac6cd7d71a:World',
      '000_25bcccac6cd7d71a:Russia won’t isolate itself, will boost ties with friendly countries: Putin',
      '000_25bcccac6cd7d71a:By TASS',
      '000_25bcccac6cd7d71a:Published : 29 Apr 2023 08:19 PM',
      '003_cf2491f437049e47:date 2022-01-01 Russian Foreign Minister Sergey Lavrov',
      "003_cf2491f437049e47:Russia says enhancing ties with countries that opted out of West's sanctions drive",
      '003_cf2491f437049e47:Ukrainians face power outage in Odesa',
      "003_cf2491f437049e47:Filipino baby girl becomes world's 8 billionth person",
      '003_cf2491f437049e47:Bulgaria detains five for suspected complicity in Istanbul terror attack',
      '003_cf2491f437049e47:Heavy coat of snow blankets Ukrainian capital Kyiv',
      "003_cf2491f437049e47:'Türkiye brands itself with proactive stance in global crises': Official",
    ]);
  });

  it('keeps every body paragraph, in order, in clean/<id>.txt', () => {
    for (const id of ['000_25bcccac6cd7d71a', '003_cf2491f437049e47']) {
      const raw = readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8').split('\n').map((l) => l.replace(/\u00A0/g, ' ').trim());
      const removed = new Set(readCsv(out, 'removed_lines.csv').filter((r) => r.article_id === id).map((r) => r.text));
      const expected = raw.filter((line) => line && !removed.has(line));
      const body = readFileSync(join(out, 'clean', `${id}.txt`), 'utf8').trim().split('\n\n');
      expect(body).toEqual(expected);
    }
  });

  it('lifts title, date and byline into articles.csv', () => {
    const [first, second] = readCsv(out, 'articles.csv');
    expect(first).toMatchObject({ article_id: '000_25bcccac6cd7d71a', title: 'Russia won’t isolate itself, will boost ties with friendly countries: Putin', date: '2023-04-29T20:19', byline: 'TASS', removed_lines: '5' });
    expect(second).toMatchObject({ article_id: '003_cf2491f437049e47', date: '2022-01-01', removed_lines: '7' });
    expect(Number(first!.words)).toBeGreaterThan(300);
    expect(['positive', 'negative', 'neutral']).toContain(first!.sentiment_label);
  });

  it('writes CSV rows that parse back to what report.json says', () => {
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const keyphrases = readCsv(out, 'keyphrases.csv');
    const fromJson = report.articles.flatMap((a: { id: string; keyphrases: { rank: number; keyphrase: string; score: number }[] }) =>
      a.keyphrases.map((k) => ({ article_id: a.id, rank: String(k.rank), keyphrase: k.keyphrase, score: String(k.score) })),
    );
    expect(keyphrases).toEqual(fromJson);
    const sentences = readCsv(out, 'sentences.csv');
    expect(sentences.length).toBe(report.articles.reduce((sum: number, a: { sentences: number }) => sum + a.sentences, 0));
    for (const row of sentences) expect(Math.abs(Number(row.sentiment))).toBeLessThanOrEqual(1);
    const terms = readCsv(out, 'terms.csv');
    expect(terms.every((t) => /^\d+$/.test(t.count) && Number(t.tf_idf) > 0)).toBe(true);
    expect(terms.some((t) => t.n === '2')).toBe(true);
    const corpus = readCsv(out, 'corpus_terms.csv');
    expect(corpus.find((t) => t.term === 'Russia')).toMatchObject({ n: '1', documents: '2' });
  });

  it('gives byte-identical reports on a second run (only the manifest has a timestamp)', () => {
    const again = join(tempDir('seeds-again-'), 'out');
    expect(runCli(['--output', again]).code).toBe(0);
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(again)).toEqual(files(out));
    for (const file of files(out)) {
      if (file === 'manifest.json' || file === 'clean') continue;
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  });

  it('names in manifest.json the installed version of every dependency whose code shapes the reports', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const { packages } = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { packages: Record<string, string> };
    // piscina only runs the tasks: the order and the reduce are the pipeline's, the reports the same with any number of threads.
    const shaping = Object.keys(dependencies).filter((name) => name !== 'piscina');
    expect(Object.keys(packages).sort()).toEqual(shaping.sort());
    for (const name of shaping) expect(packages[name], name).toBe((JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version);
  });
});

describe('copies of one story', () => {
  it('keep the body and title the story has alone, whatever chrome each site puts around it', () => {
    const seed = readFileSync(join(root, 'seeds', '000_25bcccac6cd7d71a.txt'), 'utf8');
    const input = tempDir('copies-in-');
    const alone = join(tempDir('copies-alone-'), 'out');
    writeFileSync(join(input, 'other.txt'), readFileSync(join(root, 'seeds', '003_cf2491f437049e47.txt')));
    writeFileSync(join(input, 'story.txt'), seed);
    expect(runCli(['--input', input, '--output', alone, '--quiet']).code).toBe(0);
    // The same wire story on five more sites: their own chrome, the same title, byline and paragraphs.
    for (let site = 1; site <= 5; site++) writeFileSync(join(input, `site${site}.txt`), `Site number ${site}\nMenu ${site}\n\n${seed}\n\nMore from site ${site}\n`);
    const out = join(tempDir('copies-'), 'out');
    expect(runCli(['--input', input, '--output', out, '--quiet']).code).toBe(0);
    const body = (dir: string, id: string) => readFileSync(join(dir, 'clean', `${id}.txt`), 'utf8');
    const titles = new Map(readCsv(out, 'articles.csv').map((r) => [r.article_id, r.title]));
    for (let site = 1; site <= 5; site++) {
      expect(body(out, `site${site}`)).toBe(body(alone, 'story'));
      expect(titles.get(`site${site}`)).toBe('Russia won’t isolate itself, will boost ties with friendly countries: Putin');
    }
  });
});

describe('npm run pipeline on awkward input', () => {
  const input = tempDir('awkward-');
  mkdirSync(join(input, 'nested'));
  writeFileSync(join(input, 'formula.txt'), '=HYPERLINK("http://evil.example","click")\n\nBy @attacker\n\nThe council approved the new budget on Monday after a long debate about schools.\n');
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'nested', 'latin1.txt'), Buffer.from('Le caf\xe9 de la gare a ferm\xe9 ses portes apr\xe8s trente ann\xe9es de service.\n', 'latin1'));
  writeFileSync(join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const out = join(tempDir('awkward-out-'), 'out');
  const run = runCli(['--input', input, '--output', out]);

  it('analyses the good articles and reports the bad ones without failing the batch', () => {
    expect(run.code).toBe(0);
    const articles = readCsv(out, 'articles.csv');
    expect(articles.map((a) => a.article_id)).toEqual(['empty', 'formula', 'nested/latin1']);
    expect(articles.find((a) => a.article_id === 'empty')).toMatchObject({ words: '0', sentences: '0' });
    const errors = readCsv(out, 'errors.csv');
    expect(errors.find((e) => e.source_file === 'image.txt')).toMatchObject({ stage: 'ingest', severity: 'error' });
    expect(errors.find((e) => e.source_file === 'image.txt')!.problem).toMatch(/not text/);
    expect(errors.find((e) => e.article_id === 'empty')).toMatchObject({ severity: 'warning' });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.problems.some((p: { problem: string }) => /not text/.test(p.problem))).toBe(true);
  });

  it('decodes legacy encodings', () => {
    const file = readdirSync(join(out, 'clean')).find((f) => f.startsWith('nested_latin1-'))!;
    expect(readFileSync(join(out, 'clean', file), 'utf8')).toContain('café');
    const latin = readCsv(out, 'articles.csv').find((a) => a.article_id === 'nested/latin1')!;
    expect(latin.encoding).toMatch(/windows-125\d|iso-8859/);
  });

  it('neutralises formula-like cells', () => {
    const formula = readCsv(out, 'articles.csv').find((a) => a.article_id === 'formula')!;
    const removed = readCsv(out, 'removed_lines.csv').filter((r) => r.article_id === 'formula').map((r) => r.text);
    const cells = [formula.title, formula.byline, ...removed].filter(Boolean);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(removed).toContain(`'=HYPERLINK("http://evil.example","click")`);
  });
});

describe('a language it has no resources for', () => {
  it('is a warning on the terminal and in errors.csv, and the run goes on', () => {
    const dir = tempDir('language-');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ language: 'ge' }));
    const run = runCli(['--config', join(dir, 'config.json'), '--output', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Config\n {2}config: "language": "ge" has no stopword list or stemmer here/);
    const rows = readCsv(join(dir, 'out'), 'errors.csv');
    expect(rows).toEqual([
      expect.objectContaining({ source_file: 'config', article_id: '', stage: 'config', severity: 'warning', problem: expect.stringMatching(/^"language": "ge" has no stopword list/) }),
      expect.objectContaining({ source_file: 'config', article_id: '', stage: 'config', severity: 'warning', problem: expect.stringMatching(/^"language": "ge" sets the stopwords and stems only: sentiment is scored only for articles whose text reads as English/) }),
    ]);
  });
});

describe('an article in another language than the run\'s', () => {
  const dir = tempDir('other-language-');
  mkdirSync(join(dir, 'in'));
  writeFileSync(
    join(dir, 'in', 'de.txt'),
    'Bundesregierung beschließt Entlastungspaket\n\nDie Bundesregierung hat am Mittwoch ein neues Entlastungspaket für Familien beschlossen. Das Kindergeld steigt zum ersten Januar um zehn Euro pro Monat.\n\nDie Opposition kritisierte das Paket als unzureichend, aber die Gewerkschaften begrüßten die Entscheidung.\n',
  );
  writeFileSync(
    join(dir, 'in', 'en.txt'),
    'Government approves relief package\n\nThe government on Wednesday approved a new relief package for families. Child benefit will rise by ten euros a month from January.\n\nThe opposition said the package was not enough, but the unions welcomed the decision.\n',
  );
  const runs: Record<string, { stdout: string; out: string }> = {};
  const run = (config: object): { stdout: string; out: string } => {
    const key = JSON.stringify(config);
    if (runs[key]) return runs[key];
    writeFileSync(join(dir, 'config.json'), key);
    const out = join(dir, `out-${key.length}`);
    const result = runCli(['--config', join(dir, 'config.json'), '--input', join(dir, 'in'), '--output', out]);
    expect(result.code).toBe(0);
    return (runs[key] = { stdout: result.stdout, out });
  };
  const warnings = (config: object): Record<string, string> => Object.fromEntries(readCsv(run(config).out, 'articles.csv').map((row) => [row.article_id, row.warnings]));

  it('gets a warning naming the language its function words are, and that its sentiment is not scored', () => {
    expect(warnings({})).toEqual({
      de: 'the text reads as language "de", not "en" (the "language" setting): its terms and keyphrases are counted with that language\'s stopwords and stemmer, and its sentiment is not scored (the lexicons are English; sentiment.otherLanguages)',
      en: '',
    });
    expect(warnings({ sentiment: { otherLanguages: 'score' } }).de).toMatch(/, and its sentiment \(English lexicons\) means nothing for it$/);
  });

  /** Per article: sentiment and label in articles.csv, and the sentiment and label cells of its sentences in sentences.csv. */
  const sentiments = (config: object): Record<string, { article: [string, string]; sentences: string[] }> => {
    const { out } = run(config);
    const sentences = readCsv(out, 'sentences.csv');
    return Object.fromEntries(readCsv(out, 'articles.csv').map((row) => [
      row.article_id,
      { article: [row.sentiment!, row.sentiment_label!], sentences: [...new Set(sentences.filter((s) => s.article_id === row.article_id).map((s) => `${s.sentiment}|${s.label}|${s.drivers}`))] },
    ]));
  };

  it('its sentiment is left empty, labelled "not scored", in articles.csv, sentences.csv and report.json, and the summaries say so', () => {
    const { de, en } = sentiments({});
    expect(de).toEqual({ article: ['', 'not scored'], sentences: ['|not scored|'] });
    expect(en!.article[0]).toMatch(/^-?\d/);
    const report = JSON.parse(readFileSync(join(run({}).out, 'report.json'), 'utf8')) as { articles: Array<{ id: string; sentiment: { score: number | null; label: string | null } }> };
    expect(report.articles.map((a) => [a.id, a.sentiment.score === null, a.sentiment.label])).toEqual([['de', true, null], ['en', false, en!.article[1]]]);
    expect(run({}).stdout).toMatch(/mean [-+]\d\.\d\d · not scored 1 \(another language or no text\)/);
    expect(readFileSync(join(run({}).out, 'summary.html'), 'utf8')).toContain('1 not scored (another language than English, or no text');
    expect((JSON.parse(readFileSync(join(run({}).out, 'manifest.json'), 'utf8')) as { counts: Record<string, number> }).counts.articlesNotScored).toBe(1);
  });

  it('is scored all the same with "sentiment.otherLanguages": "score"', () => {
    const { de } = sentiments({ sentiment: { otherLanguages: 'score' } });
    expect(de!.article[0]).toMatch(/^-?\d/);
    expect(de!.sentences.some((cells) => /^-?\d/.test(cells))).toBe(true);
  });

  it('in a run of that language, the other one is warned about, and only an English one is scored', () => {
    expect(warnings({ language: 'de' })).toEqual({
      de: '',
      en: 'the text reads as language "en", not "de" (the "language" setting): its terms and keyphrases are counted with that language\'s stopwords and stemmer',
    });
    const { de, en } = sentiments({ language: 'de' });
    expect(de!.article).toEqual(['', 'not scored']);
    expect(en!.article[0]).toMatch(/^-?\d/);
  });

  it('a run in another language than English is told, on the terminal and in errors.csv, that sentiment is English', () => {
    const configRows = (config: object) => readCsv(run(config).out, 'errors.csv').filter((row) => row.stage === 'config');
    expect(configRows({})).toEqual([]);
    expect(configRows({ language: 'de' }).map((row) => row.problem)).toEqual([
      '"language": "de" sets the stopwords and stems only: sentiment is scored only for articles whose text reads as English (the lexicons are English; the others\' sentiment is left empty, "sentiment.otherLanguages": "score" scores them all), and keyphrases read words with an English part-of-speech lexicon',
    ]);
    expect(configRows({ language: 'de', sentiment: { otherLanguages: 'score' } }).map((row) => row.problem)).toEqual([
      '"language": "de" sets the stopwords and stems only: sentiment is scored with English lexicons ("sentiment.otherLanguages": "score"; its scores and labels mean nothing for text in "de"), and keyphrases read words with an English part-of-speech lexicon',
    ]);
    expect(run({ language: 'de' }).stdout).toMatch(/Config\n {2}config: "language": "de" sets the stopwords and stems only/);
  });
});

describe('articles in French, German, Spanish, Chinese, Japanese and Thai in an English run (tests/fixtures/languages)', () => {
  const out = join(tempDir('languages-'), 'out');
  const run = runCli(['--input', join(root, 'tests/fixtures/languages'), '--output', out, '--quiet']);
  const termsOf = (id: string) => readCsv(out, 'terms.csv').filter((row) => row.article_id === id);

  it.each(['de', 'fr', 'es'])('%s: no term, top term or keyphrase begins or ends with a stopword of its language', (code) => {
    expect(run.code).toBe(0);
    const stopwords = stopwordSet(code);
    const edges = (phrase: string): string[] => {
      const words = phrase.toLowerCase().split(' ');
      return [words[0]!, words.at(-1)!];
    };
    const terms = termsOf(code).map((row) => row.term!);
    expect(terms.length).toBeGreaterThan(10);
    expect(terms.filter((term) => edges(term).some((word) => stopwords.has(word)))).toEqual([]);
    const article = readCsv(out, 'articles.csv').find((row) => row.article_id === code)!;
    expect(article.top_terms!.split('; ').filter((term) => stopwords.has(term.toLowerCase()))).toEqual([]);
    const keyphrases = readCsv(out, 'keyphrases.csv').filter((row) => row.article_id === code).map((row) => row.keyphrase!);
    expect(keyphrases.filter((phrase) => edges(phrase).some((word) => stopwords.has(word)))).toEqual([]);
  });

  it("counts a French article's words without their elided articles: L'opposition is the term opposition", () => {
    expect(termsOf('fr').filter((row) => row.n === '1' && /['’]/u.test(row.term!))).toEqual([]);
    const corpus = readCsv(out, 'corpus_terms.csv').filter((row) => row.n === '1').map((row) => row.term!);
    expect(corpus).toEqual(expect.arrayContaining(['opposition', 'automne', 'achever']));
    expect(corpus.filter((term) => /^(?:l|s)['’]/iu.test(term))).toEqual([]);
  });

  it("counts a German article's words by German stems: Familie and Familien are one term", () => {
    const family = termsOf('de').filter((row) => row.n === '1' && /^famili/i.test(row.term!));
    expect(family.map((row) => [row.term, row.count])).toEqual([['Familien', '2']]);
  });

  it.each([
    ['zh', [['港口', 3], ['渡轮', 2], ['计划', 2]]],
    ['ja', [['フェリー', 2], ['計画', 2]]],
    ['th', [['ท่าเรือ', 3], ['ใหม่', 2]]],
  ] as const)('%s: its words are found (Intl.Segmenter), and are its terms, counted, and its word count', (code, words) => {
    const unigrams = termsOf(code).filter((row) => row.n === '1');
    for (const [word, count] of words) expect(unigrams.find((row) => row.term === word)?.count, word).toBe(String(count));
    // A word is finer than a run of letters between punctuation marks and spaces (a clause), which each had been one "word".
    const body = readFileSync(join(out, 'clean', `${code}.txt`), 'utf8');
    const clauses = body.split(/[^\p{L}\p{M}]+/u).filter(Boolean).length;
    const article = readCsv(out, 'articles.csv').find((row) => row.article_id === code)!;
    expect(Number(article.words)).toBeGreaterThan(3 * clauses);
    // Terms and keyphrases are written as the text has them: without spaces between the words, never across a space or punctuation.
    const keyphrases = readCsv(out, 'keyphrases.csv').filter((row) => row.article_id === code).map((row) => row.keyphrase!);
    const phrases = [...termsOf(code).map((row) => row.term!), ...keyphrases];
    expect(phrases.filter((phrase) => !body.includes(phrase))).toEqual([]);
  });

  it("zh: the function words the segmenter gives as words ('这个', '他们') are stopwords, no terms", () => {
    const terms = termsOf('zh').map((row) => row.term!);
    expect(terms.filter((term) => /^(?:这个|他们)|(?:这个|他们)$/u.test(term))).toEqual([]);
    expect(terms).toEqual(expect.arrayContaining(['港口', '计划']));
  });

  it("ja: the inflections the segmenter joins ('した': 'し' + 'た') are stopwords, no terms", () => {
    const terms = termsOf('ja').map((row) => row.term!);
    expect(terms.filter((term) => /^した|した$/u.test(term))).toEqual([]);
    expect(terms).toEqual(expect.arrayContaining(['フェリー', '計画', '承認']));
  });

  it('leaves the English article as an English run counts it', () => {
    const english = termsOf('en').filter((row) => row.n === '1').map((row) => row.term!.toLowerCase());
    expect(english).toContain('harbour');
    expect(english.filter((term) => stopwordSet('en').has(term))).toEqual([]);
  });
});

describe('news pages in other scripts and legacy encodings (tests/fixtures/scripts)', () => {
  const out = join(tempDir('scripts-'), 'out');
  const run = runCli(['--input', join(root, 'tests/fixtures/scripts'), '--output', out]);
  const articles = (): Record<string, Record<string, string>> => Object.fromEntries(readCsv(out, 'articles.csv').map((row) => [row.article_id, row]));

  it('decodes each page, and lifts its title, date and byline', () => {
    expect(run.code).toBe(0);
    const pick = ({ encoding, title, date, byline }: Record<string, string>) => ({ encoding, title, date, byline });
    expect(Object.values(articles()).map(pick)).toEqual([
      { encoding: 'utf-8', title: 'ارتفاع أسعار الذهب إلى مستوى قياسي جديد في الأسواق العالمية', date: '2024-04-03', byline: 'أحمد المصري' },
      { encoding: 'shift_jis', title: '東京で桜が開花、平年より五日遅く', date: '2024-03-29T11:20', byline: '' },
      { encoding: 'euc-kr', title: '서울시, 내년부터 심야 버스 노선 두 배로 확대', date: '2024-05-17T14:32', byline: '김민수' },
      { encoding: 'koi8-r', title: 'В Новосибирске открыли новый мост через Обь', date: '2024-03-14T10:35', byline: 'Иван Петров' },
      { encoding: 'koi8-u', title: 'Уряд підвищить пенсії з першого січня', date: '2023-11-03T12:40', byline: 'Олена Ковальчук' },
      { encoding: 'big5', title: '台北市長宣布擴大公共自行車系統', date: '2024-04-10T15:45', byline: '陳志明' },
    ]);
  });

  it('removes an Arabic date line from the body', () => {
    const arabic = readCsv(out, 'sentences.csv').filter((row) => row.article_id === 'ar-utf-8').map((row) => row.text);
    expect(arabic[0]).toMatch(/^القاهرة – ارتفعت أسعار الذهب/);
    expect(readCsv(out, 'removed_lines.csv').find((row) => row.text === 'نشر في: 3 أبريل 2024')?.reason).toBe('date line');
  });

  it('splits Japanese and Chinese text into sentences at their full stops', () => {
    const sentences = readCsv(out, 'sentences.csv').filter((row) => row.article_id === 'ja-shift_jis').map((row) => row.text);
    expect(sentences).toEqual([
      '気象庁は二十九日、東京都心で桜が開花したと発表した。',
      '平年より五日遅く、昨年より十五日遅い開花となった。',
      '靖国神社にある標本木で、気象庁の職員が五輪以上の花が咲いているのを確認した。',
      '満開は来週の半ばになる見込みだという。',
      '上野公園には朝から多くの花見客が訪れ、写真を撮る姿が見られた。',
      '観光客の一人は「やっと春が来たと感じる」と話した。',
    ]);
  });

  it('says of a Chinese or Japanese page that its words are found with a dictionary, and of every page that its sentiment is not scored', () => {
    const { 'ja-shift_jis': japanese, 'zh-big5': chinese, 'ru-koi8-r': russian } = articles();
    expect(japanese!.warnings).toContain('the text reads as language "ja", not "en" (the "language" setting): it is written without spaces between words, which are found with ICU\'s word dictionary (Intl.Segmenter)');
    expect(chinese!.warnings).toContain('the text reads as language "zh", not "en"');
    expect(chinese!.warnings).toContain('for its terms, keyphrases and word count, counted with that language\'s stopwords, and its sentiment is not scored');
    expect(russian!.warnings).toContain('the text reads as language "ru", not "en" (the "language" setting): its terms and keyphrases are counted with that language\'s stopwords and stemmer');
  });
});

describe('usage and config errors', () => {
  it('exits 2 naming the bad key, and writes nothing', () => {
    const dir = tempDir('badconfig-');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ keyphrases: { perArticle: -1 }, colour: 'red' }));
    const out = join(dir, 'out');
    const run = runCli(['--config', join(dir, 'config.json'), '--output', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/keyphrases\.perArticle/);
    expect(run.stderr).toMatch(/"colour": unknown key/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on an unknown flag', () => {
    expect(runCli(['--colour']).code).toBe(2);
  });

  it('prints the usage for -h as for --help', () => {
    const [short, long] = [runCli(['-h']), runCli(['--help'])];
    expect(short.code).toBe(0);
    expect(short.stdout).toMatch(/^Usage: /);
    expect(short.stdout).toBe(long.stdout);
  });

  it('exits 2 on an empty --input, --output or --config (before: the config\'s path was used instead)', () => {
    const dir = tempDir('empty-flag-');
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ output: out }));
    for (const args of [['--input', '', '--output', out], ['--config', join(dir, 'config.json'), '--output='], ['--config=', '--output', out]]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Option '--(input|output|config)' needs a value; it was empty/);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('reads JSONL with metadata fields and --no-clean', () => {
    const dir = tempDir('jsonl-');
    const records = [
      { id: 'n1', title: 'Budget passes', date: '2024-05-01', text: 'World\n\nThe budget passed easily. Lawmakers cheered the vote.' },
      { id: 7, text: 'A second article with a numeric id.' },
    ];
    writeFileSync(join(dir, 'in.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const out = join(dir, 'out');
    expect(runCli(['--input', join(dir, 'in.jsonl'), '--output', out, '--no-clean']).code).toBe(0);
    const articles = readCsv(out, 'articles.csv');
    expect(articles.map((a) => [a.article_id, a.title, a.date, a.removed_lines])).toEqual([
      ['n1', 'Budget passes', '2024-05-01', '0'],
      ['7', '', '', '0'],
    ]);
    expect(readFileSync(join(out, 'clean', 'n1.txt'), 'utf8')).toMatch(/^World\n\nThe budget passed/);
  });

  it('warns about an article dated after the latest plausible year, from a date line or from the input, cleaned or not', () => {
    const dir = tempDir('late-date-');
    const text = 'The council approved the budget on Tuesday after a long debate. Members said the vote was close.';
    const records = [
      { id: 'given', date: '2093-05-01', text },
      { id: 'line', text: `Council passes the budget\n\nPublished: May 1, 2093\n\n${text}` },
      { id: 'fine', date: '2024-05-01', text },
    ];
    writeFileSync(join(dir, 'in.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const warned = (options: string[]) => {
      const out = join(dir, `out${options.length}`);
      expect(runCli(['--input', join(dir, 'in.jsonl'), '--output', out, '--quiet', ...options]).code).toBe(0);
      return Object.fromEntries(readCsv(out, 'articles.csv').map((a) => [a.article_id, [a.date, a.warnings]]));
    };
    const warning = /^date 2093-05-01 is in the future or implausible \(after 20\d\d\): kept as given$/;
    const cleaned = warned([]);
    expect(cleaned.given).toEqual(['2093-05-01', expect.stringMatching(warning)]);
    expect(cleaned.line).toEqual(['2093-05-01', expect.stringMatching(warning)]);
    expect(cleaned.fine).toEqual(['2024-05-01', '']);
    expect(warned(['--no-clean']).given).toEqual(['2093-05-01', expect.stringMatching(warning)]);
  });

  it("names each article's cleaned text in articles.csv, one file per id even where ids differ only in case", () => {
    const dir = tempDir('names-');
    const ids = ['story', 'Story', 'STORY', '2024/bbc/1'];
    writeFileSync(join(dir, 'in.jsonl'), ids.map((id, i) => JSON.stringify({ id, text: `Article number ${i + 1} tells its own story.` })).join('\n') + '\n');
    const out = join(dir, 'out');
    expect(runCli(['--input', join(dir, 'in.jsonl'), '--output', out, '--no-clean']).code).toBe(0);
    const articles = readCsv(out, 'articles.csv');
    expect(new Set(articles.map((a) => a.clean_file!.toLowerCase())).size).toBe(ids.length);
    articles.forEach((a, i) => expect(readFileSync(join(out, a.clean_file!), 'utf8')).toBe(`Article number ${i + 1} tells its own story.\n`));
    expect(articles[0]!.clean_file).toBe('clean/story.txt');
  });
});
