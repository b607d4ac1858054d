import fc from 'fast-check';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { FEATURES } from '../../src/clean/line-features.js';
import { emptyMetadata, normaliseText } from '../../src/ingest/index.js';
import { article, contextFor } from './context.js';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const seed = (name: string): string => normaliseText(readFileSync(`seeds/${name}`, 'utf8'));
const nonEmptyLines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** A by-election story whose results (`under`) stand under a line introducing them with a colon, no sentence's punctuation. */
const RESULTS_INTRO = "With 64 per cent of ballots counted, the shire's returning officer reported:";
const byElection = (under: readonly string[]): string =>
  [
    'Local News',
    'Marlow ward by-election: Labor holds the seat with 55 per cent after preferences',
    'Jo Abbott',
    'December 6 2026 - 8:10pm',
    "Labor's Dana Kerr has won the Marlow ward by-election, keeping the seat for the council's majority with 55.1 per cent after preferences.",
    RESULTS_INTRO,
    ...under,
    'Turnout was 71.2 per cent, down from 76.5 per cent at the last council election.',
    'Ms Kerr said she would take the new footbridge over the creek to the council in her first week.',
    'The count resumes on Tuesday.',
  ].join('\n');

/**
 * Cleans a page of `lines` lines with the built cleaner (dist/) in a thread of `stackMb` MB of stack; whether a spread
 * of as many arguments fits in that thread (it must not, for the page to show anything), and the lines kept and removed.
 */
async function cleanInThread(lines: number, stackMb: number): Promise<{ spreadFits: boolean; keptAndRemoved: number }> {
  const dist = pathToFileURL(join(import.meta.dirname, '../../dist/')).href;
  const code = `const { parentPort, workerData: { lines, dist } } = require('node:worker_threads');
    (async () => {
      const { cleanArticle } = await import(dist + 'clean/index.js');
      const { emptyMetadata, normaliseText } = await import(dist + 'ingest/index.js');
      const { loadConfig } = await import(dist + 'config.js');
      const { runStopwords, stemmerFor } = await import(dist + 'text/language.js');
      let spreadFits = true;
      try {
        Math.max(...new Array(lines).fill(0));
      } catch {
        spreadFits = false;
      }
      const text = Array.from({ length: lines }, (_, i) => 'Item ' + i + ' ok.').join('\\n');
      const config = loadConfig('pipeline.config.json', false);
      const raw = { id: 'a', sourceFile: 'a.txt', text: normaliseText(text), encoding: 'utf-8', givenMetadata: emptyMetadata(), warnings: [] };
      const context = { boilerplatePatterns: [], articlesWithLine: () => 1, repeatedLineMinArticles: config.clean.repeatedLineMinArticles, stopwords: runStopwords(config), stem: stemmerFor(config.language) };
      const cleaned = cleanArticle(raw, context);
      const kept = cleaned.body.split('\\n').filter((line) => line.trim()).length;
      parentPort.postMessage({ spreadFits, keptAndRemoved: kept + cleaned.removedLines.length });
    })();`;
  const worker = new Worker(code, { eval: true, workerData: { lines, dist }, resourceLimits: { stackSizeMb: stackMb } });
  const [result] = (await once(worker, 'message')) as [{ spreadFits: boolean; keptAndRemoved: number }];
  await worker.terminate();
  return result;
}

const ARRAY_SCANS = ['indexOf', 'lastIndexOf', 'includes', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'map', 'flatMap', 'forEach', 'reduce', 'join'] as const;
const STRING_SCANS = ['indexOf', 'lastIndexOf', 'includes', 'split', 'replace', 'replaceAll', 'toLowerCase', 'normalize'] as const;

/**
 * The calls that go over half a page of `lines` lines or more while it is cleaned, by method: the methods are
 * wrapped for the cleaning only (this file shares its worker: they are put back before anything else runs).
 */
function pageScans(lines: number): Record<string, number> {
  const text = Array.from({ length: lines }, (_, i) => `Item ${i} ok.`).join('\n');
  const context = contextFor([text]);
  const counts: Record<string, number> = {};
  const restores: Array<() => void> = [];
  function count<T extends object>(owner: T, method: string, isPageWide: (self: unknown, args: unknown[], result: unknown) => boolean): void {
    const original = (owner as Record<string, (...args: unknown[]) => unknown>)[method]!;
    const name = `${owner === RegExp.prototype ? 'RegExp' : owner === String.prototype ? 'String' : 'Array'}.${method}`;
    Object.defineProperty(owner, method, {
      configurable: true, writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        if (isPageWide(this, args, result)) counts[name] = (counts[name] ?? 0) + 1;
        return result;
      },
    });
    restores.push(() => Object.defineProperty(owner, method, { configurable: true, writable: true, value: original }));
  }
  const longArray = (array: unknown) => (array as unknown[]).length >= lines / 2;
  const longString = (value: unknown) => String(value).length >= text.length / 2;
  for (const method of ARRAY_SCANS) count(Array.prototype, method, longArray);
  count(Array.prototype, 'slice', (_, __, result) => longArray(result));
  for (const method of STRING_SCANS) count(String.prototype, method, longString);
  count(String.prototype, 'slice', (_, __, result) => longString(result));
  count(RegExp.prototype, 'exec', (_, [input]) => longString(input));
  try {
    cleanArticle(article(text), context);
  } finally {
    for (const restore of restores) restore();
  }
  return counts;
}

describe('cleanArticle on a brief, a headline over one paragraph', () => {
  it.each([
    ['Strike halts rail traffic', 'The train drivers strike halted rail traffic across Germany on Monday. The union is demanding higher wages for drivers. The rail company called the strike disproportionate.'],
    ['Streik legt Bahnverkehr lahm', 'Der Streik der Lokführer hat den Bahnverkehr in ganz Deutschland lahmgelegt. Die Gewerkschaft fordert höhere Löhne für die Lokführer.'],
    // Three words: a title when the body tells its story, not a section label.
    ['Council approves budget', 'The city council approved the annual budget on Monday after a debate that lasted more than six hours, with several members arguing that the plan cut too deeply into public services.'],
  ])('keeps the paragraph as the body and the headline as the title: %s', (headline, paragraph) => {
    const text = `${headline}\n\n${paragraph}\n`;
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body).toBe(paragraph);
    expect(cleaned.metadata.title).toBe(headline);
  });
});

describe('cleanArticle on a hard-wrapped article', () => {
  it('keeps every paragraph whole, one per paragraph of the text, with its title, byline and date', () => {
    const text = fixture('hard-wrapped.txt');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.metadata).toMatchObject({ title: 'Council approves budget after six-hour debate', byline: 'Maria Lopez', date: '2023-03-03' });
    const paragraphs = text.split('\n\n').slice(2).map((p) => p.replace(/-\n/g, '-').replace(/\n/g, ' ').trim());
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
    expect(cleaned.removedLines.map((line) => line.line)).toEqual([1, 3, 4]);
  });
});

describe('cleanArticle on the seeds', () => {
  const texts = [seed('000_25bcccac6cd7d71a.txt'), seed('003_cf2491f437049e47.txt')];
  const context = contextFor(texts);
  const [first, second] = texts.map((text, i) => cleanArticle(article(text, `seed${i}`), context));

  it('removes exactly the chrome, title, byline and date line of seed 000', () => {
    expect(first!.removedLines.map((line) => [line.text, line.kind])).toEqual([
      ['Clicky', 'boilerplate'],
      ['World', 'boilerplate'],
      ['Russia won’t isolate itself, will boost ties with friendly countries: Putin', 'title'],
      ['By TASS', 'metadata'],
      ['Published : 29 Apr 2023 08:19 PM', 'metadata'],
    ]);
    expect(first!.metadata).toMatchObject({ title: 'Russia won’t isolate itself, will boost ties with friendly countries: Putin', date: '2023-04-29T20:19', byline: null, source: 'TASS' });
  });

  it('removes exactly the date line and the six trailing headlines of seed 003', () => {
    const lines = nonEmptyLines(texts[1]!);
    expect(second!.removedLines.map((line) => line.text)).toEqual([lines[0], ...lines.slice(-6)]);
    expect(second!.removedLines[0]).toMatchObject({ kind: 'metadata', reason: 'date line' });
    expect(second!.metadata.date).toBe('2022-01-01');
    expect(second!.metadata.title).toBe(lines[lines.length - 6]);
    expect(second!.removedLines.slice(2).every((line) => line.kind === 'headline')).toBe(true);
  });

  it('keeps every other line in the body', () => {
    for (const [text, cleaned] of [[texts[0]!, first!], [texts[1]!, second!]] as const) {
      const removed = new Set(cleaned.removedLines.map((line) => line.text));
      expect(nonEmptyLines(cleaned.body)).toEqual(nonEmptyLines(text).filter((line) => !removed.has(line)));
    }
  });
});

describe('cleanArticle', () => {
  it('cleans a page that is one 1 MB line of words without running out of stack', () => {
    const line = 'The mayor said the plan works. '.repeat(34_000);
    const cleaned = cleanArticle(article(line), contextFor([line]));
    expect(cleaned.body.length + cleaned.removedLines.reduce((sum, l) => sum + l.text.length, 0)).toBe(line.trim().length);
  });

  // A spread of the page's lines (`push(...lines)`, `Math.max(...lengths)`) or a recursion per line throws past a
  // number of lines that follows the stack: 123,000 arguments in node's main thread (984 KB), about 37,500 in a thread
  // of 0.5 MB, 18,000 in one of 0.35 MB (a thread's own start takes about 0.26 MB: at 0.25 MB it cannot start, at 0.3 a
  // spread fits 11,500). The page is cleaned in a thread of 0.35 MB, its 24,000 lines a third more than a spread takes
  // there, as 50,000 were in 0.5 MB (3.5 → 3.0 s of CPU at a load of 20 on 2 cores, most of it the thread's
  // imports and the cleaner's warm-up); bench:large-inputs cleans a million lines in the CLI. The limit bounds a hang for a
  // loaded runner, it measures no speed: at 50,000 lines the test had taken 85 s under load, past its 60 s limit (session
  // 55); a cleaner gone quadratic is caught by counting its scans ("scans the whole page as often", below).
  it('cleans a page of more lines than a spread may take arguments, in a thread with a small stack (24,000 lines in 0.35 MB)', async () => {
    const lines = 24_000;
    const { spreadFits, keptAndRemoved } = await cleanInThread(lines, 0.35);
    expect(spreadFits).toBe(false);
    expect(keptAndRemoved).toBe(lines);
  }, 300_000);

  // Scans of the whole page for each line made the cleaner quadratic on long pages (lines.indexOf per kept line in
  // captionOpening and the title search: docs/cleaning-history.md, session 39). Counted here, not timed: a method
  // (an array's indexOf, includes, filter, ...; a string's indexOf, split, ...; any regex) called on half the page's
  // lines or text or more. Twice the lines must not take more such calls. A loop of its own over the page per line
  // is not counted.
  it('scans the whole page as often on a page of 2,000 lines as on one of 1,000', () => {
    expect(pageScans(2_000)).toEqual(pageScans(1_000));
  });

  // Three patterns tried every start inside a run of spaces, each scanning to the run's end: with 100,000
  // spaces (a hostile page's padding) the metadata line split took 7.6 s of CPU, the table cells 21 s and
  // the date-then-author line 70 s. The timeout bounds that catastrophic growth; it measures no speed:
  // linear, each line takes milliseconds.
  it.each([
    ['metadata parts', `word${' '.repeat(100_000)}x`],
    ['table cells', `word${' '.repeat(100_000)}x | y`],
    ['a date then its author', `12:04${' '.repeat(100_000)}— Ministers arrive`],
  ])('cleans a line with a run of 100,000 spaces in linear time (%s)', (_, line) => {
    const text = `Council votes on the budget\n\nThe council met on Monday and voted.\n\n${line}`;
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body).toContain('The council met on Monday and voted.');
  });

  // Under the headline the same line is read as a byline's names before an outlet, split at every space: 2.5 s of CPU
  // at 10,000 spaces, minutes at 100,000, until the split was bounded by a byline's word count.
  // The default 60 s limit: a 5 s one timed out at load 36 on 2 cores, where minutes are the fault to catch.
  it('cleans a date then its author with a run of 100,000 spaces under the headline in linear time', () => {
    const text = `Council votes on the budget\n\n12:04${' '.repeat(100_000)}— Ministers arrive\n\nThe council met on Monday and voted on the budget for next year after a long debate.`;
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body).toContain('The council met on Monday and voted on the budget');
  });

  it('tries the boilerplate patterns on lines of at most 2,000 characters only (bounds their backtracking)', () => {
    const disclaimer = (length: number) => `Disclaimer: ${'this text may not be republished '.repeat(70)}`.slice(0, length);
    const text = ['Council votes on the new budget', '', 'The council voted on Tuesday to approve the budget for next year after a long debate.', '', disclaimer(2_000), '', disclaimer(2_001)].join('\n');
    const page = cleanArticle(article(text), { ...contextFor([text]), boilerplatePatterns: [/^Disclaimer: /u] });
    const byPattern = page.removedLines.filter((line) => line.reason.startsWith('site boilerplate pattern')).map((line) => line.text.length);
    expect(byPattern).toEqual([2_000]);
  });

  it('names in the reason which of the boilerplate patterns took a line', () => {
    const text = ['Council votes on the new budget', '', 'Clicky', '', 'The council voted on Tuesday to approve the budget for next year after a long debate.', '', 'Sponsored: Win a trip', '', 'The mayor said the vote was a turning point for the city and its schools.'].join('\n');
    const page = cleanArticle(article(text), { ...contextFor([text]), boilerplatePatterns: [/^Clicky$/u, /^Sponsored:/u] });
    const reasonOf = (removed: string) => page.removedLines.find((line) => line.text === removed)?.reason;
    expect([reasonOf('Clicky'), reasonOf('Sponsored: Win a trip')]).toEqual(['site boilerplate pattern ^Clicky$', 'site boilerplate pattern ^Sponsored:']);
  });

  it('gives back the first letter of a paragraph opened by a drop cap, which had been dropped as too short', () => {
    const text = ['Opinion', '', 'The Harbour Post view on the port strike: a city at a standstill', '', 'R', 'iver workers walked out again on Monday. The port authority has closed two of its three docks, and ships wait offshore.', '', 'Both sides say they will not give way, and the city loses more each week than in any strike since the docks were built.'].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^River workers walked out again on Monday\./);
    expect(cleaned.removedLines.map((line) => line.text)).not.toContain('R');
  });

  it('removes the links to other stories set between the paragraphs ("Related: ...", "READ MORE: ..."), not a sentence opening so', () => {
    const text = [
      'Politics', '', 'Council approves budget with cuts to library hours', '',
      'The city council approved a £310 million budget on Monday night that cuts opening hours at eight libraries and raises parking charges.', '',
      'Related: Residents protest library closures outside town hall', '',
      'Council leader James Ford said the cuts were painful but unavoidable after a fall in central government funding.', '',
      'READ MORE: Will parking charges rise in the city centre?', '',
      'See also: the report of the audit committee, which found that the council had wasted money on consultants.', '',
      'Opposition councillors said the council should have cut those costs first. A motion to delay the vote was defeated.',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.removedLines.filter((line) => line.reason === 'link to another story').map((line) => line.text)).toEqual([
      'Related: Residents protest library closures outside town hall',
      'READ MORE: Will parking charges rise in the city centre?',
    ]);
    expect(nonEmptyLines(cleaned.body)).toHaveLength(4);
  });

  it('removes the newsletter and reading prompts set between the paragraphs, not a sentence about a newsletter', () => {
    const text = [
      'Sport', '', 'City sign striker in record deal', '',
      'Manchester City have signed the Brazilian striker Joao Pedro for a club record fee, the club announced on Sunday, ending weeks of talks.', '',
      'Sign up to our free sport newsletter and get the best stories every morning', '',
      'Manager Pep Guardiola said the forward would add "speed and hunger" to the attack, and that he was young and wanted to learn.', '',
      'Continue reading below', '',
      'The club said fans could sign up for the newsletter of the supporters trust, which had backed the deal from the start.', '',
      'City face Arsenal on Saturday in their first league game since the transfer window closed.',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.removedLines.filter((line) => line.reason === 'newsletter or reading prompt').map((line) => line.text)).toEqual([
      'Sign up to our free sport newsletter and get the best stories every morning',
      'Continue reading below',
    ]);
    expect(nonEmptyLines(cleaned.body)).toHaveLength(4);
  });

  it("keeps a live blog's last entry, whose stamp follows the block, up to its prose (its heading and share button had cut it off)", () => {
    const page = fixture('live-blog.txt');
    // The share buttons stand on another page of the run too, which weakens the last entry's lines.
    const cleaned = cleanArticle(article(page), contextFor([page, 'Share\nTweet\nEmail']));
    const body = nonEmptyLines(cleaned.body);
    expect(body[body.length - 1]).toMatch(/^The Environment Agency has issued 12 flood warnings/);
    expect(cleaned.removedLines.map((line) => line.text)).toEqual(expect.arrayContaining(['Share', 'Share this page', 'Facebook', 'How are storms named?']));
    // The headline over the byline, not a summary bullet; every entry's heading stays with its entry.
    expect(cleaned.metadata.title).toBe('Live: Storm Ciaran batters southern England as thousands lose power');
    expect(body).toEqual(expect.arrayContaining(['Rail services cancelled across the south-west', 'Power cuts ease slightly', 'Ferry crossings suspended', 'Flood warnings in place']));
  });

  it('names the copyright notice and the share and follow links after the article for what they are, not headlines', () => {
    const page = fixture('related-headlines.txt').trimEnd() + '\nShare this page\nFollow us on Twitter and Facebook\nCopyright 2024 Sports Daily Ltd\nShare prices fall as rates rise\n';
    const cleaned = cleanArticle(article(page), contextFor([page]));
    const reasons = new Map(cleaned.removedLines.map((line) => [line.text, line.reason]));
    expect(reasons.get('© 2021 Harbour Gazette. All rights reserved.')).toBe('copyright notice');
    expect(reasons.get('Copyright 2024 Sports Daily Ltd')).toBe('copyright notice');
    expect(reasons.get('Share this page')).toBe('share or follow links');
    expect(reasons.get('Follow us on Twitter and Facebook')).toBe('share or follow links');
    expect(reasons.get('Share prices fall as rates rise')).toBe('unrelated headline after the article');
  });

  it('removes the title the input gave when the text repeats it as its first line', () => {
    const text = 'Council approves new budget\n\nThe city council approved the new budget on Tuesday after a long debate. The mayor welcomed the vote.\n\nOpposition members said the budget cut too deeply into services.';
    const given = { ...article(text), givenMetadata: { ...emptyMetadata(), title: 'Council  approves new budget' } };
    const cleaned = cleanArticle(given, contextFor([text]));
    expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^The city council approved/);
    expect(cleaned.removedLines).toEqual([{ line: 1, text: 'Council approves new budget', kind: 'title', reason: 'title (given by the input, repeated in the text)' }]);
    // Another first line stays.
    const other = cleanArticle({ ...given, givenMetadata: { ...emptyMetadata(), title: 'Budget vote' } }, contextFor([text]));
    expect(other.removedLines.filter((line) => line.kind === 'title')).toEqual([]);
  });

  it('keeps a short closing paragraph but drops the unrelated headlines listed after it', () => {
    const cleaned = cleanArticle(article(fixture('related-headlines.txt')), contextFor([fixture('related-headlines.txt')]));
    const body = nonEmptyLines(cleaned.body);
    expect(body[0]).toMatch(/^The harbour bridge reopened/);
    expect(body[body.length - 1]).toBe('The council will review the toll in the spring.');
    const reasons = new Map(cleaned.removedLines.map((line) => [line.text, line.reason]));
    expect(reasons.get('Storm warning issued for the weekend')).toBe('unrelated headline after the article');
    expect(reasons.get('New library opens in the old post office')).toBe('unrelated headline after the article');
    expect(cleaned.metadata).toMatchObject({ title: 'Harbour bridge reopens after six months of repairs', byline: 'Jane Calloway', date: '2021-03-03T10:15' });
  });

  it('labels a wire credit after the article as such and takes its reporters as the byline when the page gave none', () => {
    const page = fixture('related-headlines.txt')
      .replace('By Jane Calloway\n', '')
      .replace('The council will review the toll in the spring.\n', '$&(Reporting by Tim Osgood in Washington and Ann Kessler in Chicago; Editing by John Wendell)\n');
    const cleaned = cleanArticle(article(page), contextFor([page]));
    const credit = cleaned.removedLines.find((line) => line.text.startsWith('(Reporting by'));
    expect(credit).toMatchObject({ kind: 'metadata', reason: 'wire credit line' });
    expect(cleaned.metadata.byline).toBe('Tim Osgood and Ann Kessler');
    expect(nonEmptyLines(cleaned.body).at(-1)).toBe('The council will review the toll in the spring.');
    expect(cleaned.removedLines.find((line) => line.text === 'Storm warning issued for the weekend')?.reason).toBe('unrelated headline after the article');
  });

  it('gives an agency byline as the source, unless a source line said otherwise', () => {
    const signed = fixture('related-headlines.txt').replace('By Jane Calloway', 'By TASS');
    expect(cleanArticle(article(signed), contextFor([signed])).metadata).toMatchObject({ byline: null, source: 'TASS' });
    const credited = signed.replace('March 3, 2021 10:15 am\n', '$&Source: Harbour Gazette\n');
    expect(cleanArticle(article(credited), contextFor([credited])).metadata).toMatchObject({ byline: 'TASS', source: 'Harbour Gazette' });
    // A person's byline gives none: the page's copyright notice does ("© 2021 Harbour Gazette").
    const person = fixture('related-headlines.txt');
    expect(cleanArticle(article(person), contextFor([person])).metadata.source).toBe('Harbour Gazette');
  });

  it.each([
    ['By Jane Doe, Tom Welby, Reuters', 'Jane Doe, Tom Welby', 'Reuters'],
    ['By Jane Doe, Reuters', 'Jane Doe', 'Reuters'],
    ['By Jane Doe | Reuters', 'Jane Doe', 'Reuters'],
    // Its job title is no author's, nor an outlet: the page's copyright notice names it.
    ['By Jane Doe, Staff Writer', 'Jane Doe', 'Harbour Gazette'],
  ])('reads the byline "%s" as its authors and the agency it is signed with, the source', (line, byline, source) => {
    const signed = fixture('related-headlines.txt').replace('By Jane Calloway', line);
    expect(cleanArticle(article(signed), contextFor([signed])).metadata).toMatchObject({ byline, source });
  });

  it('keeps the outlet in the byline when the source is another\'s, so that no name the page gives is lost', () => {
    const signed = (byline: string, credit = '') => {
      const page = fixture('related-headlines.txt').replace('By Jane Calloway', byline).replace('March 3, 2021 10:15 am\n', `$&${credit}`);
      return cleanArticle(article(page), contextFor([page])).metadata;
    };
    expect(signed('By Jane Doe, The Riverside Courier', 'Source: Reuters\n')).toMatchObject({ byline: 'Jane Doe, The Riverside Courier', source: 'Reuters' });
    // The same outlet as the source, written with or without its "The": said once, as the source.
    expect(signed('By Jane Doe, The Riverside Courier', 'Source: Riverside Courier\n')).toMatchObject({ byline: 'Jane Doe', source: 'Riverside Courier' });
    expect(signed('By Jane Doe | Reuters', 'Source: Reuters\n')).toMatchObject({ byline: 'Jane Doe', source: 'Reuters' });
  });

  it("takes no source from a related story's \"Source:\" line after the article; one closing the article still names it", () => {
    const story = 'The harbour wall will be rebuilt before the storms, the council decided on Tuesday evening after a long debate.\n\nThe work will cost about 12 million and should be finished before the autumn storms of next year, its leader said.\n';
    const related = '2 Comments\nGreat news, finally!\nTook them long enough.\n\nRelated Content on the Web:\nFerry timetable changes for the winter\n\nSource: Valley Tribune\nNew lighthouse keeper named\n\nSource: Coast Weekly\n';
    const page = (text: string) => cleanArticle(article(text), contextFor([text])).metadata.source;
    expect(page(`Harbour wall to be rebuilt\nDecember 4, 2026\n\n${story}\n${related}`)).toBeNull();
    expect(page(`Harbour wall to be rebuilt\nDecember 4, 2026\n\n${story}Source: Harbour Gazette\n\n${related}`)).toBe('Harbour Gazette');
  });

  it('keeps the outlet in the byline when the input gave another source', () => {
    const page = fixture('related-headlines.txt').replace('By Jane Calloway', 'By Jane Doe, The Riverside Courier');
    const given = { ...article(page), givenMetadata: { ...emptyMetadata(), source: 'AP' } };
    expect(cleanArticle(given, contextFor([page])).metadata).toMatchObject({ byline: 'Jane Doe, The Riverside Courier', source: 'AP' });
  });

  it('reads a date line whose day and month could be either as clean.dateOrder says', () => {
    const page = fixture('related-headlines.txt').replace('March 3, 2021 10:15 am', 'Published: 03/04/2021');
    const dates = (['auto', 'dmy', 'mdy'] as const).map((dateOrder) => cleanArticle(article(page), { ...contextFor([page]), dateOrder }).metadata.date);
    expect(dates).toEqual([null, '2021-04-03', '2021-03-04']);
  });

  it('removes a wire edit note before the text as metadata, never as the title or the first paragraph', () => {
    for (const place of ['March 3, 2021 10:15 am\n', 'Harbour bridge reopens after six months of repairs\n']) {
      const page = fixture('related-headlines.txt').replace(place, `$&(Recasts, adds mayor's comment, cost of repairs)\n`);
      const cleaned = cleanArticle(article(page), contextFor([page]));
      expect(cleaned.removedLines.find((line) => line.text.startsWith('(Recasts'))).toMatchObject({ kind: 'metadata', reason: 'wire edit note' });
      expect(cleaned.metadata.title).toBe('Harbour bridge reopens after six months of repairs');
      expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^The harbour bridge reopened/);
    }
  });

  it('cleans a German page with German function words', () => {
    const cleaned = cleanArticle(article(fixture('german.txt')), contextFor([fixture('german.txt')]));
    const body = nonEmptyLines(cleaned.body);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^Der Stadtrat hat am Dienstag/);
    expect(cleaned.metadata).toMatchObject({ title: 'Stadtrat beschließt neuen Radweg am Fluss', byline: 'Anna Becker' });
    expect(cleaned.removedLines.map((line) => line.text)).toContain('Impressum');
  });

  it('keeps the first paragraph of a German page whose subheadings stand two over one another', () => {
    // Every German noun has a capital: read as English title case, the subheadings and the prose around them scored so low
    // that the lede went as page text before the article (the English page of the same shape keeps it).
    const page = fixture('german-subheadings.txt');
    const cleaned = cleanArticle(article(page), contextFor([page]));
    expect(cleaned.metadata.title).toBe('Die digitale Bauakte – der lange Weg ins vernetzte Rathaus');
    expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^Seit Jahren versprechen die Länder/);
    expect(nonEmptyLines(cleaned.body)).toContain('Fehlende Standards');
  });

  it.each([
    ['chinese.txt', '上海地铁新线路今日正式开通运营', '2024-06-28T09:30', /^上海地铁十八号线二期工程/],
    ['japanese.txt', '東京で桜が開花、平年より五日遅く', '2024-03-29T11:20', /^気象庁は二十九日/],
  ])('reads the date line of a Chinese or Japanese page as its date, not its title: %s', (name, title, date, first) => {
    const page = fixture(name);
    const cleaned = cleanArticle(article(page), contextFor([page]));
    expect(cleaned.metadata).toMatchObject({ title, date });
    expect(nonEmptyLines(cleaned.body)[0]).toMatch(first);
  });

  it.each([
    ['chinese.txt', { title: '上海地铁新线路今日正式开通运营', byline: '王伟', source: '东方日报' }],
    ['chinese-traditional.txt', { title: '台北市長宣布擴大公共自行車系統', byline: '陳志明', date: '2024-04-10T15:45' }],
    ['korean.txt', { title: '서울시, 내년부터 심야 버스 노선 두 배로 확대', byline: '김민수', date: '2024-05-17T14:32' }],
  ])('lifts the byline of a Chinese or Korean page, and its headline as the title: %s', (name, metadata) => {
    const page = fixture(name);
    expect(cleanArticle(article(page), contextFor([page])).metadata).toMatchObject(metadata);
  });

  // The Paper signs with its name before 记者 ("reporter"), right under the headline: the byline had been the title.
  it("lifts a Chinese byline naming the outlet before 记者 and keeps the headline over it as the title", () => {
    const page = fixture('chinese.txt').replace('2024年6月28日 09:30\n来源：东方日报\n记者 王伟', '东方日报记者 王伟\n2024年6月28日 09:30\n来源：东方日报');
    expect(cleanArticle(article(page), contextFor([page])).metadata).toMatchObject({ title: '上海地铁新线路今日正式开通运营', byline: '王伟', source: '东方日报' });
  });

  it('keeps every paragraph of already clean text and takes its first line as the title', () => {
    const text = fixture('already-clean.txt');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.removedLines.map((line) => [line.text, line.kind])).toEqual([['Farmers count the cost of the dry summer', 'title']]);
    expect(nonEmptyLines(cleaned.body)).toEqual(nonEmptyLines(text).slice(1));
  });

  it('drops a short line repeated across the run even inside the article', () => {
    // A line no chrome rule takes on its own ("Subscribe to our newsletter" went as a newsletter prompt in a run of one).
    const short = 'Ferries run as normal';
    const pages = [1, 2, 3, 4].map((n) =>
      [
        `Story number ${n} begins with a long sentence about the council meeting held on the riverside today.`,
        short,
        `The second paragraph of story ${n} explains what the council decided and why the residents objected.`,
        `A third paragraph of story ${n} quotes the mayor, who said the decision would be reviewed next year.`,
      ].join('\n'),
    );
    const cleaned = cleanArticle(article(pages[0]!), contextFor(pages));
    expect(cleaned.removedLines.find((line) => line.text === short)?.reason).toBe('repeated in 4 articles');
    expect(nonEmptyLines(cleaned.body)).toHaveLength(3);
    const alone = cleanArticle(article(pages[0]!), contextFor([pages[0]!]));
    expect(nonEmptyLines(alone.body)).toContain(short);
  });

  it('judges a page whose best line is weak against that line, not against the fixed threshold', () => {
    // A model that reads only the line's length: 40 words make 0.49, 12 words 0.28, a label 0.13.
    const weights = FEATURES.map(() => 0);
    weights[FEATURES.findIndex((feature) => feature.name === 'bias')] = -3;
    weights[FEATURES.findIndex((feature) => feature.name === 'logWords')] = 0.8;
    const model = { weights, bodyMean: FEATURES.map(() => 0) };
    const lead = 'The lead paragraph of this short report runs to forty words, so that the length alone makes it the strongest line of the page although it is still weaker than a body line usually is on a real page.';
    const second = 'Its second paragraph has only twelve words in it, and ends here.';
    const page = ['Site name', 'Sports', '', lead, '', second, '', 'Related'].join('\n');
    const cleaned = cleanArticle(article(page), { ...contextFor([page]), model });
    expect(nonEmptyLines(cleaned.body)).toEqual([lead, second]);
  });

  describe('on a one-site run, where every page lists other pages\' headlines', () => {
    const stories = [
      ['Harbour council approves new ferry terminal', 'The harbour council approved a new ferry terminal on Tuesday after two years of debate over its cost.', 'Work on the terminal starts in spring, and the council expects the first ferries to dock there next year.'],
      ['Bakery chain doubles profit on bread sales', 'A regional bakery chain doubled its annual profit as bread sales rose in every one of its shops.', 'The chain said it would open twelve more shops and hire bakers in three towns this year.'],
      ['Storm closes mountain roads for a second day', 'Heavy snow closed the mountain roads for a second day, leaving drivers stranded at the pass.', 'Road crews expect to clear the main route by Friday if the storm eases overnight as forecast.'],
      ['University opens research centre for batteries', 'The university opened a research centre for batteries, funded by two carmakers and the state.', 'Its first projects study cheaper cells for buses and storage for the regional power grid.'],
      ['Fishermen protest new quota rules at the port', 'Hundreds of fishermen protested at the port against new quota rules they say will cost them jobs.', 'The ministry said the quota rules protect stocks and would be reviewed with the fishermen in June.'],
      ['City library extends opening hours on weekends', 'The city library will extend its opening hours on weekends from next month, the mayor said.', 'Readers had asked for longer hours in a survey, and the library will hire four more staff.'],
    ];
    const pages = stories.map(([title, lead, second], n) =>
      [
        'The Daily Ledger', 'Clicky', 'Local news', '', title, '', 'By Jane Roe', `Published : 1${n} Mar 2024 10:1${n} AM`, '', lead, '', second, '', 'Related stories',
        ...[1, 2, 3].map((k) => stories[(n + k) % stories.length]![0]),
      ].join('\n'),
    );
    const context = contextFor(pages);
    const cleaned = pages.map((page, n) => cleanArticle(article(page, `p${n}`), context));

    it('takes each page\'s own headline as its title although other pages list it', () => {
      cleaned.forEach((page, n) => {
        expect(page.metadata.title).toBe(stories[n]![0]);
        expect(page.removedLines.find((line) => line.text === stories[n]![0])).toMatchObject({ kind: 'title', reason: 'title (also listed in other articles)' });
      });
    });

    it('still removes the other pages\' headlines listed after the body, none as its title', () => {
      cleaned.forEach((page, n) => {
        const others = [1, 2, 3].map((k) => stories[(n + k) % stories.length]![0]);
        for (const headline of others) {
          expect(page.body).not.toContain(headline);
          expect(page.removedLines.find((line) => line.text === headline)?.kind).toMatch(/^(boilerplate|headline)$/);
        }
      });
    });
  });

  // A wire desk's site: each page its headline over the date line alone, a short text, other pages' headlines under it. Its
  // masthead opens every page; a story's text may name it in its words ("daily export ledger": half of them).
  it.each(['Markets Wire Today', 'The Export Ledger', 'The Export Ledger Daily'])("takes a page's own headline that other pages list for its title, over the date line, sharing less than half the body's words, not the masthead: %s", (masthead) => {
    const stories = [
      ['Grain exports at two-year low in May', 'Grain exports fell last month to their lowest level since 2024, the daily export ledger of the farm ministry showed on Thursday. Traders blamed the dry spring and the strong currency.'],
      ['Carmaker recalls vans over faulty brakes', 'A carmaker recalled forty thousand vans over faulty brakes that may fail in cold weather. Dealers will replace the brakes free of charge.'],
      ['Airline adds winter flights to the islands', 'An airline added winter flights to the islands after bookings rose for a third year in a row. The new flights leave twice a week from December.'],
      ['Port workers agree new pay deal', 'Port workers agreed a new pay deal on Friday, ending a month of talks with the port owners. Pay rises by four percent this year.'],
    ];
    const pages = stories.map(([title, text], n) =>
      [masthead, 'Deals', '', title, '', `Published : 0${n + 1} Jun 2026 06:1${n} AM`, '', text, '', 'You may also like', ...[1, 2, 3].map((k) => stories[(n + k) % stories.length]![0])].join('\n'),
    );
    const cleaned = cleanArticle(article(pages[0]!), contextFor(pages));
    expect(cleaned.metadata.title).toBe('Grain exports at two-year low in May');
    expect(cleaned.removedLines.find((line) => line.text === 'Grain exports at two-year low in May')).toMatchObject({ kind: 'title', reason: 'title (also listed in other articles)' });
    expect(cleaned.removedLines.find((line) => line.text === masthead)?.kind).toBe('boilerplate');
  });

  // The same desk's briefs: a headline telling its short text in few of its words or none ("Grain buyer readies rival offer" over a
  // text saying "bid"), one of three words; each page had no title, or the masthead sharing the text's "markets" and "today".
  it("takes a page's own listed headline over the header for its title when it shares less than a quarter of the body's words, or is of three words", () => {
    const stories = [
      ['Grain buyer readies rival offer', 'A trading house is preparing a bid for the cooperative that would top the one its board backed, people close to the talks said today. Markets expect a decision within weeks.'],
      ['Harbour index slips further', 'Shares in the port city fell for a third day today as traders sold shipping stocks. Markets elsewhere were calm.'],
      ['Carmaker recalls vans over faulty brakes', 'A carmaker recalled forty thousand vans over faulty brakes that may fail in cold weather. Dealers will replace the brakes free of charge.'],
      ['Airline adds winter flights to the islands', 'An airline added winter flights to the islands after bookings rose for a third year in a row. The new flights leave twice a week from December.'],
      ['Port workers agree new pay deal', 'Port workers agreed a new pay deal on Friday, ending a month of talks with the port owners. Pay rises by four percent this year.'],
      ['Bakery chain to open forty shops', 'A bakery chain will open forty shops next year, most of them in railway stations, its chief executive said on Monday.'],
    ];
    // Each page lists two others: a headline stands on three of the six pages, the masthead and the menu on all.
    const pages = stories.map(([title, text], n) =>
      ['Markets Wire Today', 'Loading...', 'Deals', '', title, '', `By Lena Ortiz`, `Published : 0${n + 1} Jun 2026 06:1${n} AM`, '', text, '', 'You may also like', ...[1, 2].map((k) => stories[(n + k) % stories.length]![0])].join('\n'),
    );
    const context = contextFor(pages);
    for (const n of [0, 1]) {
      const cleaned = cleanArticle(article(pages[n]!, `p${n}`), context);
      expect(cleaned.metadata.title).toBe(stories[n]![0]);
      expect(cleaned.removedLines.find((line) => line.text === 'Markets Wire Today')?.kind).toBe('boilerplate');
    }
  });

  it("takes the headline over the byline for the title, not a menu line of the site that shares more words with the body", () => {
    const menu = ['The Valley Ledger', 'Home', 'Letters to the Editor', 'Opinion'];
    const page = (headline: string, lead: string, second: string, n: number): string =>
      [...menu, headline, `By Jane Roe`, `Published : 1${n} Mar 2024 10:1${n} AM`, lead, second].join('\n');
    const letters = page(
      'Town hall outlaws jargon in official letters',
      'Readers wrote to the editor with more letters than ever this year after the town began sending its notices in plain English.',
      'The editor said the letters page would run twice a week, and the town said it would keep the new style.',
      0,
    );
    const others = [
      page('Ferry terminal approved after long debate', 'The harbour council approved a new ferry terminal on Tuesday after two years of debate over its cost.', 'Work starts in spring, and the first ferries should dock there next year.', 1),
      page('Snow closes the mountain pass again', 'Heavy snow closed the mountain roads for a second day, leaving drivers stranded at the pass.', 'Road crews expect to clear the main route by Friday if the storm eases.', 2),
    ];
    const cleaned = cleanArticle(article(letters), contextFor([letters, ...others]));
    expect(cleaned.metadata.title).toBe('Town hall outlaws jargon in official letters');
  });

  it('goes on after its title set again mid-text, and still drops the unrelated headlines after it', () => {
    // The same wire story filed twice in one run (a second, retitled copy): its paragraphs stand in
    // two articles, which weakens them, and the title's repeat between them had ended the article.
    const title = 'Council approves budget after long debate';
    const lead = 'The city council approved the annual budget on Monday after a debate that lasted more than six hours. The mayor said the budget was balanced.';
    const rest = 'Opposition members said they would try to amend the plan next month.';
    const headlines = ['Local team wins regional football final', 'Storm warning issued for the weekend', 'New library opens in the old post office'];
    const page = [title, '', lead, '', title, '', rest, '', 'Related stories', ...headlines].join('\n');
    const copy = ['City budget passes', '', lead, '', rest].join('\n');
    const cleaned = cleanArticle(article(page), contextFor([page, copy]));
    expect(nonEmptyLines(cleaned.body).filter((line) => line !== title)).toEqual([lead, rest]);
    expect(cleaned.metadata.title).toBe(title);
    for (const headline of headlines) expect(cleaned.removedLines.find((line) => line.text === headline)).toMatchObject({ kind: 'headline', reason: 'unrelated headline after the article' });
  });

  it.each([
    ['before the body', (table: string[], body: string[]) => ['Harbour bridge reopens', '', ...table, '', ...body]],
    ['as already clean text opens', (table: string[], body: string[]) => [...table, ...body]],
  ])('never takes a pipe table row for the title (%s)', (_, layout) => {
    const table = ['| Contractor | Cost | Year |', '|---|---|---|', '| Harbour Works | 12 million | 2021 |'];
    const body = ['The harbour bridge reopened to traffic on Wednesday morning after six months of repairs that cost the city far more than planned.', 'Engineers replaced the worn cables and resurfaced the deck, and the mayor said the work should keep the bridge safe for forty years.'];
    const page = layout(table, body).join('\n');
    const cleaned = cleanArticle(article(page), contextFor([page]));
    expect(table).not.toContain(cleaned.metadata.title);
    expect(cleaned.removedLines.some((line) => line.kind === 'title' && line.text.startsWith('|'))).toBe(false);
  });

  it('takes the agency of a wire dateline as the source, and keeps the dateline in the body', () => {
    const page = ['Business', '', 'Chipmaker raises its forecast for the year', '', 'SAN JOSE, California (Reuters) - The chipmaker raised its forecast for the year on Tuesday after strong orders from carmakers and phone makers.', '', 'Its shares rose five percent in extended trading after the announcement.'].join('\n');
    const cleaned = cleanArticle(article(page), contextFor([page]));
    expect(cleaned.metadata.source).toBe('Reuters');
    expect(cleaned.body.startsWith('SAN JOSE, California (Reuters) - The chipmaker')).toBe(true);
  });

  it('takes the byline and the agency of a dateline the byline runs into, and keeps both in the body', () => {
    const first = 'By Ada Moreno CHICAGO Mar 3 (Reuters) - The chipmaker raised its forecast for the year on Tuesday after strong orders from carmakers and phone makers.';
    const page = ['Business', '', 'Chipmaker raises its forecast for the year', '', first, '', 'Its shares rose five percent in extended trading after the announcement.'].join('\n');
    const cleaned = cleanArticle(article(page), contextFor([page]));
    expect(cleaned.metadata).toMatchObject({ byline: 'Ada Moreno', source: 'Reuters' });
    expect(cleaned.body.startsWith(first)).toBe(true);
  });

  it('keeps the list an article introduces with a colon line, and stops at the menu after it', () => {
    const text = fixture('introduced-list.txt');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const body = nonEmptyLines(cleaned.body);
    expect(body.slice(-5)).toEqual(["The band's summer tour dates:", 'June 9 -- Riverside Hall, Bristol', 'June 12 -- Old Market Theatre, Leeds', 'June 15 -- Harbour Pavilion, Cardiff', 'June 20 -- The Corn Exchange, Norwich']);
    expect(body).not.toContain('Facebook');
  });

  it('ends a list set right under its introduction at the blank line under its items: the related headlines after it are no items', () => {
    const text = fixture('introduced-list-headlines.txt');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(nonEmptyLines(cleaned.body).at(-1)).toBe('Merging the two youth services into one team');
    expect(cleaned.removedLines.find((line) => line.text === 'Bus company drops three evening routes across the city')).toMatchObject({ kind: 'headline' });
  });

  it('keeps a numbered list the article introduces over a short item: its number goes on with the list', () => {
    // "4. Orbital", two words, had ended the list, and the novels after it went as headlines after the article.
    const text = fixture('introduced-numbered-list.txt');
    const body = nonEmptyLines(cleanArticle(article(text), contextFor([text])).body);
    expect(body.slice(-3)).toEqual(['4. Orbital', '5. The Salt Road by Miriam Osei', '6. Nobody Comes Back by Jonas Lind']);
  });

  it('keeps the items of a list the article introduces in its middle, the article going on under them', () => {
    // Short and without a sentence, the snowfall totals had been dropped as weak lines, their introduction left over nothing.
    const text = fixture('introduced-list-inside.txt');
    const body = nonEmptyLines(cleanArticle(article(text), contextFor([text])).body);
    const intro = body.indexOf('Rain totals expected through Saturday:');
    expect(body.slice(intro + 1, intro + 5)).toEqual(['Sacramento and Davis: 2 to 3 inches', 'Auburn and Grass Valley: 4 to 6 inches', 'Placerville (foothills): 5 to 7 inches', 'Lake Tahoe basin: 3 to 5 feet of snow']);
    expect(body.at(-1)).toMatch(/^The county opened sandbag stations/u);
  });

  it('keeps the line introducing results with a colon, no sentence punctuation, where the results under it stay', () => {
    const rows = ['Dana Kerr (Labor) 8,214 (44.0 per cent)', 'Owen Pike (Liberal) 6,031 (32.3 per cent)', 'Rita Moss (Greens) 4,420 (23.7 per cent)'];
    const body = nonEmptyLines(cleanArticle(article(byElection(rows)), contextFor([byElection(rows)])).body);
    expect(body.slice(1, 5)).toEqual([RESULTS_INTRO, ...rows]);
  });

  it("keeps a release's highlights heading over its points, three words and no sentence", () => {
    const points = ['Net sales of $61.8 million, up 9% from $56.7 million a year ago', 'Gross margin of 27.5%, compared with 26.1% a year ago', 'Net income of $4.9 million, or $0.31 per diluted share'];
    const text = [
      'Newsroom',
      'Copperline Tools Reports First Quarter 2026 Results',
      'March 12, 2026 07:00 ET',
      'AKRON, Ohio, March 12, 2026 (GLOBE NEWSWIRE) -- Copperline Tools, Inc. (NASDAQ: CPLT), a maker of hand tools, today reported financial results for its first quarter ended February 28, 2026.',
      'First Quarter Highlights',
      ...points,
      '"Our garden range sold better than in any spring before," said Dora Fenn, Chief Executive Officer of Copperline.',
      'The Company now expects full-year net sales of $250 million to $258 million, up from its earlier range.',
    ].join('\n');
    const body = nonEmptyLines(cleanArticle(article(text), contextFor([text])).body);
    expect(body.slice(1, 5)).toEqual(['First Quarter Highlights', ...points]);
  });

  it('drops such a line as weak where the lines under it go: share buttons', () => {
    const cleaned = cleanArticle(article(byElection(['Share', 'Tweet'])), contextFor([byElection(['Share', 'Tweet'])]));
    expect(cleaned.removedLines.find((line) => line.text === RESULTS_INTRO)).toMatchObject({ kind: 'boilerplate', reason: 'no sentence punctuation' });
  });

  it('drops picture captions and credits inside the article, with their reason', () => {
    const text = [
      'Harbour bridge reopens after six months of repairs',
      'The harbour bridge reopened to traffic on Monday after six months of repairs, the council said.',
      'Cars cross the harbour bridge on Monday morning. (AP Photo/Tom Reed)',
      'Engineers replaced the cables and resurfaced the deck, and the work finished two weeks early.',
      'Photo: Maria Lopez, Reuters',
      'The council will review the toll in the spring, when the traffic figures for the winter are known.',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const reasons = new Map(cleaned.removedLines.map((line) => [line.text, line.reason]));
    expect(reasons.get('Cars cross the harbour bridge on Monday morning. (AP Photo/Tom Reed)')).toBe('picture caption or credit');
    expect(reasons.get('Photo: Maria Lopez, Reuters')).toBe('picture caption or credit');
    expect(nonEmptyLines(cleaned.body)).toHaveLength(3);
  });

  it('drops a credit with no label under a caption and inside the text, and keeps a sentence naming Getty', () => {
    const text = [
      'Opinion',
      "The Governor's Race Was a Warning",
      'By Jane Doe',
      'Opinion Columnist',
      'The mayor asked voters for a big win. He did not get it.',
      'Credit...',
      'Hal Brenner/The New York Times',
      'Voters went to the polls three times this month to choose a governor, a mayor and the members of the state legislature, and each time the turnout was higher than the year before.',
      "The results suggest that the mayor's appeal has limits, even in the districts he carried easily four years ago.",
      'Reuters/Jane Doe',
      "Getty Images said on Monday it would cut 200 jobs after a fall in sales, the company's second round of cuts this year.",
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const reasons = new Map(cleaned.removedLines.map((line) => [line.text, line.reason]));
    expect(reasons.get('Hal Brenner/The New York Times')).toBe('picture caption or credit');
    expect(reasons.get('Reuters/Jane Doe')).toBe('picture caption or credit');
    const body = nonEmptyLines(cleaned.body);
    expect(body[0]).toMatch(/^Voters went to the polls/u);
    expect(body).toHaveLength(3);
    expect(body[2]).toMatch(/^Getty Images said on Monday/u);
  });

  it("drops a credit with a comma under a picture's caption inside the text, and keeps a contributor's line between paragraphs", () => {
    const text = [
      'Indiana teachers rally at the Statehouse',
      'By Jane Doe',
      '',
      'Thousands of teachers from across Indiana rallied at the Statehouse on Tuesday to call for higher pay and less testing.',
      '',
      'The union said it was the largest such march the state had seen, as teachers in other states also staged walkouts.',
      '',
      'Teachers in red hold signs at the Statehouse in Harbour City, Wednesday, Oct. 12, 2022, calling for smaller classes and higher pay.',
      'Martin Calloway, AP',
      '',
      'Teachers chanted "Fund our schools" as hundreds of them lined the entrances, many holding handmade signs.',
      '',
      'Tom Reyes, Reuters',
      '',
      'The governor said the state had already raised pay and would look at the testing rules next year.',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const reasons = new Map(cleaned.removedLines.map((line) => [line.text, line.reason]));
    expect(reasons.get('Martin Calloway, AP')).toBe('picture caption or credit');
    expect(cleaned.body).not.toContain('Martin Calloway');
    expect(cleaned.body).toContain('Tom Reyes, Reuters');
  });

  it("drops the links to the article in other languages under the byline, which had been the body's first paragraph", () => {
    const text = [
      'BUSINESS',
      'Ports Brace for a Slower Holiday Season',
      '',
      'By Jane Doe',
      '',
      '阅读简体中文版閱讀繁體中文版',
      '',
      'Shipping companies expect fewer containers to arrive at West Coast ports this winter, as retailers cut their orders for the holidays.',
      '',
      'The port of Long Beach said on Tuesday that its volumes fell 8 percent in October from a year earlier.',
      '',
      'Leer en español',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const reasons = new Map(cleaned.removedLines.map((line) => [line.text, line.reason]));
    expect(reasons.get('阅读简体中文版閱讀繁體中文版')).toBe('link to the article in another language');
    expect(reasons.get('Leer en español')).toBe('link to the article in another language');
    expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^Shipping companies expect/u);
  });

  describe('a picture opening the article, its caption over its credit alone', () => {
    const page = (caption: string, credit: string): string =>
      [
        'Home | World | Business | Science',
        'Airline orders 30 new jets at the air show',
        'By Jane Doe',
        'November 20, 2019',
        caption,
        credit,
        'The airline finalised a deal on Wednesday to buy 30 long-range jets, executives of both companies announced at the air show.',
        'The order replaces part of an earlier one for a larger model whose first deliveries have been delayed by two years.',
        'The airline said the new jets would fly its routes to Africa and South America from 2022.',
      ].join('\n');
    const CAPTION = 'The ruler of the emirate walks past a new passenger jet during the air show on Monday, Nov. 18, 2019.';
    const lede = /^The airline finalised a deal/u;

    // The credit removed, the caption had been the article's first paragraph.
    it.each(['Photo: Jane Roe, AP', 'Natalie Hill | Bloomberg | Getty Images', '(Image: © Air Show Media)'])('removes the caption over "%s" as a caption', (credit) => {
      const cleaned = cleanArticle(article(page(CAPTION, credit)), contextFor([page(CAPTION, credit)]));
      expect(cleaned.removedLines.find((line) => line.text === CAPTION)?.reason).toBe('picture caption or credit');
      expect(nonEmptyLines(cleaned.body)[0]).toMatch(lede);
    });

    // The caption given twice (the image's alt text over it) and again in a lightbox, each time over its credit.
    it('removes every copy of the one caption opening the article', () => {
      const text = page(`${CAPTION}\n${CAPTION}`, `Photo: Jane Roe, AP\nImage 1 of 5\n${CAPTION}\n${CAPTION}\nPhoto: Jane Roe, AP`);
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(cleaned.removedLines.filter((line) => line.text === CAPTION).map((line) => line.reason)).toEqual(Array(4).fill('picture caption or credit'));
      expect(nonEmptyLines(cleaned.body)[0]).toMatch(lede);
    });

    // A short caption with its credit in brackets, BBC's credit over its picture: the line above them is the lede.
    it.each([
      ['Airline chairman Tim Clark (Credit: Getty Images)', 'The airline finalised a deal on Wednesday to buy 30 long-range jets, executives of both companies said.'],
      ['Image copyright Getty Images', 'The airline finalised a deal on Wednesday to buy 30 long-range jets, executives of both companies said.'],
    ])('keeps the paragraph over "%s"', (credit, paragraph) => {
      const cleaned = cleanArticle(article(page(paragraph, credit)), contextFor([page(paragraph, credit)]));
      expect(nonEmptyLines(cleaned.body)[0]).toBe(paragraph);
    });
  });

  // The New York Times' header: the headline, the standfirst, the picture, then the byline over the text.
  describe('a standfirst and a picture over the byline', () => {
    const STANDFIRST = "The carrier's biggest order in five years comes as demand for long flights returns, executives say.";
    const CAPTION = 'The ruler of the emirate walks past a new passenger jet during the air show on Monday.';
    const text = [
      'Home | World | Business | Science',
      'Airline orders 30 new jets at the air show',
      STANDFIRST,
      CAPTION,
      'Jane Roe/Reuters',
      'By Jane Doe',
      'November 20, 2019',
      'The airline finalised a deal on Wednesday to buy 30 long-range jets, executives of both companies announced at the air show.',
      'The order replaces part of an earlier one for a larger model whose first deliveries have been delayed by two years.',
      'A pilot of the airline in a new jet on the airfield on Tuesday.',
      'Tom Reed/Reuters',
      'The airline said the new jets would fly its routes to Africa and South America from 2022.',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));

    it('removes both as the header\'s, not the text\'s: they had been its first two paragraphs', () => {
      expect(cleaned.removedLines.find((line) => line.text === STANDFIRST)?.reason).toBe('page text before the article');
      expect(cleaned.removedLines.find((line) => line.text === CAPTION)?.reason).toBe('picture caption or credit');
      expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^The airline finalised a deal/u);
    });

    it('keeps the paragraph over a picture inside the text, where no byline stands under it', () => {
      expect(nonEmptyLines(cleaned.body)).toContain('The order replaces part of an earlier one for a larger model whose first deliveries have been delayed by two years.');
    });
  });

  // Apple News' and the Wall Street Journal's header: the headline, the standfirst, the byline and date line, then the text.
  describe('a standfirst over the byline', () => {
    const STANDFIRST = 'Volunteers planted 4,000 trees along the river this autumn, but the drought may undo half their work.';
    const page = (header: readonly string[]): string =>
      [
        'The Millbrook Courier',
        'Volunteers race to replant the riverbank before the frost',
        STANDFIRST,
        ...header,
        'Volunteers working in shifts since September have planted more than 4,000 saplings along six miles of the Mill River, hoping to hold its banks before the spring floods.',
        'The planting is paid for by a county grant and donations from two local firms, and the volunteers plan a second round in March.',
        'Hydrologists say the saplings need two wet summers to take root.',
      ].join('\n');

    it('removes it as the header\'s: it had been the body\'s first paragraph', () => {
      const text = page(['By Rachel Ng', 'Dec 4, 2026']);
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(cleaned.removedLines.find((line) => line.text === STANDFIRST)?.reason).toBe('page text before the article');
      expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^Volunteers working in shifts/u);
      expect(cleaned.metadata.title).toBe('Volunteers race to replant the riverbank before the frost');
    });

    it('keeps a lede over a date line alone, with no byline under it', () => {
      const text = page(['Posted: Friday, December 4, 2026, 13:51 (GMT)']);
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(nonEmptyLines(cleaned.body)[0]).toBe(STANDFIRST);
    });

    // The Chicago Tribune's: the lead picture's caption, ending with its credit, between the date line and the text.
    it('removes it over the byline, the date line and a picture\'s caption', () => {
      const text = page(['By Rachel Ng | rng@millbrookcourier.com', 'PUBLISHED: December 4, 2026 at 9:10 AM CST', 'Volunteers plant saplings by the Mill River on Dec. 2, 2026. (Tom Reed / Millbrook Courier)']);
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(cleaned.removedLines.find((line) => line.text === STANDFIRST)?.reason).toBe('page text before the article');
      expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^Volunteers working in shifts/u);
    });
  });

  // The Nation's and the Daily Monitor's header: a summary box's label and points by the byline and date line.
  describe('a summary box in the header', () => {
    const POINT = 'The council will open three bus termini at the edge of the town centre.';
    const text = (header: readonly string[]): string =>
      [
        'HARBOUR DAILY',
        'News',
        'Millbrook to ban minibuses from the town centre from March',
        ...header,
        'Millbrook council will begin moving minibuses out of the town centre in March, the mayor, Tom Ashby, announced on Thursday.',
        'Under the plan, minibuses from the north and east roads will drop passengers at three new termini at the market, the station and the old mill.',
        'The minibus owners said they would challenge the plan in court, arguing that they had not been consulted.',
      ].join('\n');
    const cleaned = (header: readonly string[]) => {
      const page = text(header);
      return cleanArticle(article(page), contextFor([page]));
    };

    it('removes its label opening the text under the date line, and keeps its points', () => {
      const result = cleaned(['By Jane Mwangi', 'Friday, December 04, 2026', 'What you need to know:', POINT, 'About 900 minibuses enter the town every day.']);
      expect(result.removedLines.find((line) => line.text === 'What you need to know:')?.reason).toBe("page's summary over the article");
      expect(nonEmptyLines(result.body)[0]).toBe(POINT);
    });

    it('removes its label and point between the byline and the date line', () => {
      const point = 'The council says the ban will cut the time minibuses take to cross the town centre by half.';
      const caption = 'Minibuses wait at the market stop in Millbrook on Thursday. PHOTO/JOHN OKELLO';
      const result = cleaned([caption, 'By Jane Mwangi', 'What you need to know:', point, 'Friday, December 04, 2026']);
      expect(result.removedLines.find((line) => line.text === point)?.reason).toBe("page's summary over the article");
      expect(nonEmptyLines(result.body)[0]).toMatch(/^Millbrook council will begin/u);
    });

    // CNBC's layout: the label and two points over the lead picture's caption and its credit, then the text.
    it("removes the lead picture's caption under its points, the points kept", () => {
      const point = 'The council says the ban will cut the time minibuses take to cross the town centre by half.';
      const caption = 'Minibuses wait for passengers at the market stop in the centre of Millbrook, Kenya, on Monday, Nov. 30, 2026.';
      const result = cleaned(['By Jane Mwangi', 'Friday, December 04, 2026', 'KEY POINTS', point, POINT, caption, 'John Okello | Bloomberg | Getty Images']);
      expect(result.removedLines.find((line) => line.text === caption)?.reason).toBe('picture caption or credit');
      expect(nonEmptyLines(result.body).slice(0, 3)).toEqual([point, POINT, expect.stringMatching(/^Millbrook council will begin/u)]);
    });
  });

  describe("a feed item's summary field", () => {
    const SUMMARY = 'Summary: The county will repave the harbour road next spring after a survey found it the worst in the region.';
    const page = (over: string): string =>
      [
        'Harbour Times - Local News',
        'Title: County to repave harbour road next spring',
        'Published: Fri, 04 Dec 2026 09:10:00 +0000',
        'Author: Tom Pryce',
        over,
        SUMMARY,
        'The county council on Thursday approved $2.4 million to repave the harbour road, which a survey this year ranked the worst stretch of county road in the region.',
        'Work is due to start in April and last about three months, with one lane open at all times.',
        'Businesses along the road said they welcomed the repairs but asked for the work to pause during the summer festival.',
      ].join('\n');

    it('removes it under the item\'s other fields: it had been the body\'s first paragraph', () => {
      const text = page('Categories: News, Roads');
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(cleaned.removedLines.find((line) => line.text === SUMMARY)?.reason).toBe('page text before the article');
      expect(nonEmptyLines(cleaned.body)[0]).toMatch(/^The county council on Thursday/u);
    });

    it('keeps a summary line apart from such fields', () => {
      const text = page('SEE THE FULL SURVEY RESULTS\n');
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(nonEmptyLines(cleaned.body)[0]).toBe(SUMMARY);
    });
  });

  it('drops reader tools in the header and between the paragraphs, and keeps the paragraph after them', () => {
    const text = [
      'Local News',
      'Council votes to close two libraries',
      'Text size A A A',
      'Listen to article 4 min',
      'Save article',
      'By Jane Doe',
      'March 3, 2026',
      'The city council voted 7-2 on Tuesday to close two branch libraries at the end of the year, saying the cost of repairing their roofs was more than the budget could bear.',
      'Residents who packed the chamber said the libraries were the only places in their neighbourhoods where children could study after school.',
      'Copy link',
      'Font size',
      'The council said it would run a mobile library on weekends and keep the main library open until nine in the evening from January.',
      'Comments (12)',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const reasons = new Map(cleaned.removedLines.map((line) => [line.text, line.reason]));
    for (const tool of ['Text size A A A', 'Listen to article 4 min', 'Save article', 'Copy link', 'Font size']) expect(reasons.get(tool)).toBe('share buttons or reader tools');
    expect(nonEmptyLines(cleaned.body).at(-1)).toMatch(/^The council said it would run a mobile library/u);
    expect(cleaned.metadata.title).toBe('Council votes to close two libraries');
  });

  describe('a picture caption under the byline', () => {
    const story = [
      'The fire broke out at the old mill on Tuesday and smoke drifted over the homes of hundreds of residents, who were forced to leave, the fire service said.',
      'Firefighters worked through the night to stop the blaze spreading to the homes next to the mill, and the roads stayed closed on Wednesday.',
    ];
    const titleOf = (...lines: string[]): string | null => {
      const text = ['News', ...lines, ...story].join('\n');
      return cleanArticle(article(text), contextFor([text])).metadata.title;
    };

    it('is not the title when it stands over its credit, however many words it shares with the body', () => {
      expect(titleOf('Night of smoke and sirens in Eastbrook', 'By Jane Doe', 'March 3, 2026', 'Firefighters tackle the fire at the old mill as smoke drifts over homes on Tuesday', 'Photo: Tom Reed/Reuters')).toBe(
        'Night of smoke and sirens in Eastbrook',
      );
      expect(titleOf('Night of smoke and sirens in Eastbrook', 'By Jane Doe', 'Firefighters tackle the fire at the old mill as smoke drifts over homes on Tuesday', 'Credit...', 'Tom Reed/The Eastbrook Times')).toBe(
        'Night of smoke and sirens in Eastbrook',
      );
    });

    // UOL sets the picture's credit over its caption, under the date line.
    it('is not the title when it stands under its credit', () => {
      expect(
        titleOf(
          'Mill fire forces hundreds from their homes',
          'Crews fought the blaze through the night as smoke drifted over the town',
          'Jane Doe',
          'March 3, 2026',
          'Image: Tom Reed/Eastbrook Fire Service',
          'Smoke drifts over the homes of residents next to the old mill on Tuesday',
        ),
      ).toBe('Mill fire forces hundreds from their homes');
    });

    it('leaves the headline over a caption that ends with its own credit', () => {
      expect(titleOf('January 15, 2026', 'Fire at the old mill forces residents from homes', 'Firefighters tackle the fire at the old mill on Tuesday. (AP Photo/Tom Reed)', 'By Jane Doe')).toBe('Fire at the old mill forces residents from homes');
    });
  });

  describe('an English label over one link set into the text, its headline on the next line', () => {
    const page = (label: string, under: string): string =>
      [
        'Council votes to close two libraries',
        'By Jane Doe',
        'The city council voted 7-2 on Tuesday to close two branch libraries at the end of the year, saying the cost of repairing their roofs was more than the budget could bear.',
        'Residents who packed the chamber said the libraries were the only places in their neighbourhoods where children could study after school.',
        label,
        under,
        'The council said it would run a mobile library on weekends and keep the main library open until nine in the evening from January.',
        'Opponents of the closures have until the end of the month to ask for a review, and a petition has already gathered four thousand names.',
      ].join('\n');
    const clean = (text: string) => cleanArticle(article(text), contextFor([text]));

    it.each(['Read also:', 'READ MORE:', 'Related:', 'See also:'])('removes "%s" and the headline under it, and keeps the text after them', (label) => {
      const cleaned = clean(page(label, 'Mayor defends budget cuts as protests grow'));
      expect(cleaned.removedLines.find((line) => line.text === 'Mayor defends budget cuts as protests grow')).toMatchObject({ kind: 'headline', reason: 'link to another story' });
      expect(nonEmptyLines(cleaned.body)).toHaveLength(4);
    });

    it('keeps a paragraph of the story under such a label', () => {
      const paragraph = 'The mayor defended the cuts on Wednesday, saying that every department had been asked to save money this year.';
      expect(nonEmptyLines(clean(page('Read more:', paragraph)).body)).toContain(paragraph);
    });
  });

  it('removes a blog\'s pager under a post as links to the previous and next post', () => {
    const text = [
      'Council votes to close two libraries',
      'By Jane Doe',
      'The city council voted 7-2 on Tuesday to close two branch libraries at the end of the year, saying the cost of repairing their roofs was more than the budget could bear.',
      'Residents who packed the chamber said the libraries were the only places in their neighbourhoods where children could study after school.',
      'Previous post: Mayor defends budget cuts as protests grow',
      'Next post: School meals to cost more from April',
      '← Older',
      'Newer →',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const pager = cleaned.removedLines.filter((line) => line.reason === 'link to the previous or next post').map((line) => line.text);
    expect(pager).toEqual(['Previous post: Mayor defends budget cuts as protests grow', 'Next post: School meals to cost more from April', '← Older', 'Newer →']);
    expect(nonEmptyLines(cleaned.body)).toHaveLength(2);
  });

  it('keeps the posts the article embeds at its end, and drops the list after them', () => {
    const text = [
      'Harbour bridge reopens after six months of repairs',
      'The harbour bridge reopened to traffic on Monday after six months of repairs, the council said.',
      'Engineers replaced the cables and resurfaced the deck, and the work finished two weeks early.',
      'The council will review the toll in the spring, when the traffic figures for the winter are known.',
      'The council shared the news on its account on Monday.',
      'The bridge is open again https://t.co/abc',
      '— Harbour Council (@harbourcouncil) March 3, 2021',
      'Most read',
      'Storm warning issued for the weekend',
      'New library opens in the old post office',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const body = nonEmptyLines(cleaned.body);
    expect(body.slice(-2)).toEqual(['The bridge is open again https://t.co/abc', '— Harbour Council (@harbourcouncil) March 3, 2021']);
    expect(body).not.toContain('Storm warning issued for the weekend');
  });

  it('gives every removed line a kind and a reason', () => {
    const cleaned = cleanArticle(article(fixture('related-headlines.txt')), contextFor([fixture('related-headlines.txt')]));
    expect(cleaned.removedLines.length).toBeGreaterThan(5);
    for (const line of cleaned.removedLines) expect(line.reason.length).toBeGreaterThan(3);
  });
});

describe('cleanArticle on a byline without "By"', () => {
  const title = 'Council approves budget after six-hour debate';
  const paragraphs = [
    'The city council approved the annual budget on Monday after a debate that lasted more than six hours, with several members arguing that the plan cut too deeply.',
    'The mayor said the budget would balance the books by next year without raising property taxes for residents.',
  ];
  const clean = (head: string[], body = paragraphs) => {
    const text = [title, '', ...head, '', ...body.flatMap((p) => [p, ''])].join('\n');
    return cleanArticle(article(text), contextFor([text]));
  };
  const reasonOf = (page: ReturnType<typeof clean>, text: string) => page.removedLines.find((line) => line.text === text)?.reason;

  it.each([
    [['Jane Doe', 'Published: 3 March 2023'], 'Jane Doe'],
    [['Published: 3 March 2023', 'Jane Doe'], 'Jane Doe'],
    [['March 3, 2023', 'Mary Ann Smith'], 'Mary Ann Smith'],
    [['Tom O\'Brien', 'Updated: 3 March 2023'], 'Tom O\'Brien'],
  ])('lifts a name alone next to the header\'s date line as the byline: %j', (head, name) => {
    const page = clean(head);
    expect(page.metadata).toMatchObject({ byline: name, date: '2023-03-03', title });
    expect(page.removedLines.find((line) => line.text === name)).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(page.body).toBe(paragraphs.join('\n\n'));
  });

  it('takes no byline from a name away from the date line, a section label or an obituary\'s subject', () => {
    for (const head of [
      // One section's word right between them is crossed (Wired's "Molly Fenn" over "Ideas", header.test.ts), two are not.
      ['Jane Doe', 'Politics', 'World', 'Published: 3 March 2023'],
      ['World News', 'Published: 3 March 2023'],
      ['Most Read', 'Published: 3 March 2023'],
      ["Larry's Bio", 'Published: 3 March 2023'],
      ['Jane Doe', 'Born: March 2, 1932'],
    ]) expect(clean(head).metadata.byline, head.join(' / ')).toBeNull();
  });

  it('takes no byline from a name in the body, even next to a date', () => {
    const body = [paragraphs[0]!, 'Jane Doe', 'March 3, 2023', paragraphs[1]!, 'The council meets again next week to vote on the school budget and the new library.'];
    const page = clean(['Published: 3 March 2023'], body);
    expect(page.metadata.byline).toBeNull();
    expect(reasonOf(page, 'Jane Doe')).not.toBe('byline');
  });

  it('removes a bare "From" over the body as an empty byline, where it had opened the body', () => {
    const page = clean(['From']);
    expect(reasonOf(page, 'From')).toBe('byline');
    expect(page.body).toBe(paragraphs.join('\n\n'));
  });
});

// A rule has no words: a Markdown post's "* * *" between its sections and AP's "___" over a correction
// had been kept as lines of the body (a tester's pages).
describe('a rule between the parts of a text', () => {
  const post = [
    '# Why our nightly backups ran six hours late', '', 'By Tom Okafor · March 3, 2026', '',
    'For two weeks in February our nightly database backups finished six hours after they were due, and nobody noticed until a restore test failed.', '',
    'The backup job had been moved to a smaller machine during a cost review, and it slowed down as the database grew.', '',
    '* * *', '',
    '## What we changed', '',
    'We moved the job back to a larger machine and added an alert that fires when a backup finishes more than an hour late.', '',
    'We also run a restore test every week now, not every quarter, so that a slow or broken backup is found within days.', '',
    '* * *', '',
  ];
  const wire = [
    'Court halts river dredging plan', 'By SAM OKONJO', 'Updated 4:10 PM EST, March 3, 2026', '',
    'A state judge on Tuesday halted a plan to dredge a 12-mile stretch of the Clearwater River, saying the state had not studied its effect on spawning fish.', '',
    'The state transport agency said it would appeal. The dredging was meant to let larger barges reach the port at Milltown.', '',
    'Fishing groups that brought the case said the ruling gave the river a chance to recover after two dry summers.', '',
    '___', '',
    'This story has been corrected to show that the stretch is 12 miles long, not 20.', '',
  ];

  it.each([
    ["between a Markdown post's sections and under its last paragraph", post, '* * *', ['The backup job had been moved', 'We moved the job back'], 'found within days.'],
    ["over a wire story's correction", wire, '___', ['Fishing groups that brought the case'], 'not 20.'],
  ])('is removed %s, the text around it kept', (_, lines, rule, kept, end) => {
    const text = lines.join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body.split('\n')).not.toContain(rule);
    for (const part of kept) expect(cleaned.body).toContain(part);
    expect(cleaned.body.endsWith(end)).toBe(true);
    const reasons = cleaned.removedLines.filter((line) => line.text === rule).map((line) => line.reason);
    expect(reasons).toEqual(lines.filter((line) => line === rule).map(() => 'rule (a line of rule characters)'));
  });
});

// Dinamani sets "Share Via :" under its byline, its buttons not scraped: it had been the article's first
// paragraph (a tester's page).
describe('a share label under the byline', () => {
  it('is removed, and the first paragraph opens the body', () => {
    const text = [
      'Home', 'Nation', 'World', 'Cities', 'Business', 'Sport',
      'Heavy rain shuts schools in 12 districts of Tamil Nadu',
      'By Express News Service | Published: 04th December 2026 06:45 AM',
      'Share Via :', '',
      'Schools and colleges in Chennai and 11 other districts were closed on Thursday as the northeast monsoon brought heavy rain to the coast.', '',
      'A low pressure area over the Bay of Bengal has brought heavy rain to the coastal districts for two days, the weather office said.', '',
      'Nungambakkam in Chennai recorded 14 cm of rain in the 24 hours to 8.30 am on Wednesday.', '',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body.startsWith('Schools and colleges in Chennai')).toBe(true);
    expect(cleaned.removedLines.find((line) => line.text === 'Share Via :')?.reason).toBe('share or follow links');
  });
});

// A mobile page's gallery between two paragraphs: its prompt and counter had stayed in the body (a
// tester's page).
describe("a gallery's prompt and counter between the paragraphs", () => {
  const page = [
    'Open in app', 'Harbour Times', 'Crane topples onto empty ferry terminal in high winds', 'By Mia Lund', '2 hours ago', 'Share', '',
    'A construction crane toppled onto the empty ferry terminal at Harbour Quay on Saturday morning as gusts of up to 70 mph swept the coast, the port authority said.', '',
    'Nobody was hurt. The terminal had been closed since Friday night, and the crane operator had left the site before the winds rose.', '',
    '"We are very lucky this happened when it did," harbour master Owen Clarke said.', '',
    'Swipe for more photos', '1/6', '',
    'Engineers will check the terminal building on Monday, and ferries to the islands will run from the north pier until then.', '',
    'The weather service has kept a wind warning in place for the coast until Sunday evening.', '',
  ];

  it('is removed, the paragraphs around it kept', () => {
    const text = page.join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const body = cleaned.body.split('\n');
    expect(body).not.toContain('Swipe for more photos');
    expect(cleaned.body).toContain('harbour master Owen Clarke said.');
    expect(cleaned.body.endsWith('until Sunday evening.')).toBe(true);
    expect(cleaned.removedLines.find((line) => line.text === 'Swipe for more photos')?.reason).toBe('gallery prompt');
  });

  it('takes "1/6" under the prompt for its counter', () => {
    const text = page.join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body.split('\n')).not.toContain('1/6');
    expect(cleaned.removedLines.find((line) => line.text === '1/6')?.reason).toBe('gallery counter');
  });
});

// A browser's printout copied as text, Chrome's: its footer's page number "1/2" over the time of printing
// and the page's title and address that head the next printed page; it had stayed between two paragraphs
// (a tester's page).
describe("a printout's page number without spaces", () => {
  const address = 'https://www.riverside-post.example/news/local/library-hours-cut';
  const printout = [
    '3/4/27, 9:15 AM', 'Library opening hours cut at eight branches - Riverside Post', address,
    'Library opening hours cut at eight branches', 'By Ellen Marsh', '',
    'Eight of the city\'s twelve libraries will open two hours later on weekdays from April, the council said on Tuesday, to save £1.2 million a year.', '',
    'The central library and the three largest branches keep their hours. Opening on Sundays ends at all of them.', '',
    '1/2',
    '3/4/27, 9:15 AM', 'Library opening hours cut at eight branches - Riverside Post', address, '',
    'Campaigners said the cuts would hit students and older readers hardest, and called a protest for Saturday outside the town hall.', '',
    'The council will review the hours after a year.', '',
    address, '2/2',
  ];

  it('is removed, the paragraphs on both printed pages kept', () => {
    const text = printout.join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body.split('\n')).not.toContain('1/2');
    expect(cleaned.body).toContain('Opening on Sundays ends at all of them.');
    expect(cleaned.body.endsWith('after a year.')).toBe(true);
    expect(cleaned.removedLines.filter((line) => /^\d\/2$/u.test(line.text)).map((line) => line.reason)).toEqual(['page number of a printout', 'page number of a printout']);
  });

  // Alone, "1/2" may be a recipe's quantity: among ingredients it is no counter, whatever stands next to it there.
  it("takes no quantity among a recipe's ingredients for a counter", () => {
    const ingredient = fc.constantFrom('cup sugar', 'tsp salt', '2 eggs, beaten', '250g plain flour', 'Ingredients', 'lemon, juiced', '3/4 cup milk');
    const page = fc.tuple(fc.array(ingredient, { minLength: 1, maxLength: 4 }), fc.constantFrom('1/2', '1/4', '2/3', '3/4'), fc.array(ingredient, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(page, ([before, quantity, after]) => {
        const text = ['Lemon drizzle cake', 'By Marta Kowalski', 'This cake keeps for three days in a tin, and the drizzle soaks in best while it is still warm from the oven.', ...before, quantity, ...after, 'Beat the butter and sugar together until pale, then add the eggs one at a time and fold in the flour.'].join('\n');
        const cleaned = cleanArticle(article(text), contextFor([text]));
        const reasons = cleaned.removedLines.filter((line) => line.text === quantity).map((line) => line.reason);
        expect(reasons).not.toContain('gallery counter');
        expect(reasons).not.toContain('page number of a printout');
      }),
      { numRuns: 40 },
    );
  });
});

// A fact-check's link to its sources list, under the summary over the text (a tester's page): it had stayed in
// the body as its third paragraph.
it("removes a fact-check's link to its sources between the summary and the text", () => {
  const text = [
    'Ridge County Fact Check', 'Claims', 'No, Ridge County is not closing its libraries on Sundays', 'By Omar Haddad', 'December 1, 2026',
    'If your time is short', 'No branch will close on Sundays. The county cut Sunday hours at two branches by two hours.',
    'See the sources for this fact-check',
    'A post shared on social media claims that every Ridge County library will close on Sundays from January.',
    'The county library board voted in November to open two branches at noon instead of 10 a.m. on Sundays. The other branches keep their hours.',
    'We rate this claim False.',
  ].join('\n');
  const cleaned = cleanArticle(article(text), contextFor([text]));
  expect(cleaned.body).not.toContain('See the sources');
  expect(cleaned.body).toContain('A post shared on social media');
  expect(cleaned.removedLines.find((line) => line.text === 'See the sources for this fact-check')?.reason).toBe('section label or navigation');
});

// The same printout as a PDF's text runs Chrome's header and footer each into one line (the time of printing and the
// page's title, the page's address and its number), and a site's print view notes when it was printed (a
// tester's page): the second page's header and the first's footer had stayed between two paragraphs, and the article
// took the printing's date.
describe("a printout's header and footer run into one line", () => {
  const address = 'https://www.harbourview-times.example/news/ferry-timetable-winter';
  const printoutWith = (between: string): string[] => {
    const header = `12/6/26, 10:05 AM${between}Winter ferry timetable cuts evening crossings | Harbourview Times`;
    return [
      header, 'Printed from harbourview-times.example on December 6, 2026', 'Harbourview Times',
      'Winter ferry timetable cuts evening crossings', 'By Ruth Calloway', 'Dec 3, 2026', '',
      'The last ferry to the island will leave at 7.30pm instead of 10pm from January, the operator said on Wednesday.', '',
      'Islanders who work late shifts on the mainland said they would have to stay overnight in town.', '',
      `${address}${between}1/2`, header, '',
      'The operator said the evening crossings carried fewer than ten passengers on most winter nights.', '',
      'The timetable will be reviewed in March.', '',
      `${address}${between}2/2`,
    ];
  };

  // Two spaces: what ingest makes of the tab a PDF's text often sets between the two (normalise.ts, a cell break).
  it.each([[' '], ['  ']])('removes both (%j between), keeps the paragraphs of both printed pages, and dates the article by its own date line', (between) => {
    const text = printoutWith(between).join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body).not.toContain('Harbourview Times');
    expect(cleaned.body).not.toContain(address);
    expect(cleaned.body).toContain('fewer than ten passengers');
    expect(cleaned.body.endsWith('reviewed in March.')).toBe(true);
    expect(cleaned.metadata.date).toBe('2026-12-03');
    const reasons = (prefix: string): string[] => cleaned.removedLines.filter((line) => line.text.startsWith(prefix)).map((line) => line.reason);
    expect(reasons('12/6/26')).toEqual(['running head of a printed page', 'running head of a printed page']);
    expect(reasons('Printed from')).toEqual(['running head of a printed page']);
    expect(reasons(address)).toEqual(['page number of a printout', 'page number of a printout']);
  });
});

// A Forbes contributor's page: a caption cut off with its expander ("… [+]") over "GETTY" between two
// paragraphs, both kept as text, and the author's plug under the last paragraph (scrapinghub's Forbes
// page's shape).
describe("a contributor's page with pictures between the paragraphs", () => {
  const page = [
    'Innovation', 'Leadership', 'Money', 'Why your office plants may be making you sneeze', 'Dana Whitfield', 'Contributor', 'Healthcare', '',
    'Can a fern give you hay fever? (Photo: Getty Images)', '', 'GETTY', '',
    'Houseplants are supposed to clean the air. But for some people, the plants on their desks may be the reason they sneeze all winter, according to a study published this week.', '',
    'Researchers in Leeds tested 40 office workers who had a runny nose every winter and found that a third of them were allergic to the mould growing in their plant pots.', '',
    'Mould grows in damp soil, and offices with heating on all day give it plenty of warmth. Overwatered plants are the worst. ... [+]', '', 'GETTY', '',
    'The workers whose plants were moved out of the office, or whose soil was topped with gravel, had fewer symptoms within a month, the researchers said.', '',
    'So before you blame the dust or the air conditioning, take a look at your plant pots. They may be growing more than you think.', '',
    'Follow me on LinkedIn or Twitter. Check out my website.',
  ];
  const cleaned = () => {
    const text = page.join('\n');
    return cleanArticle(article(text), contextFor([text]));
  };

  it('removes the cut-off caption and the agency credit under it, the paragraphs kept', () => {
    const { body, removedLines } = cleaned();
    expect(body).not.toMatch(/\[\+\]|GETTY/u);
    expect(body).toContain('Researchers in Leeds tested 40 office workers');
    expect(body).toContain('The workers whose plants were moved');
    expect(removedLines.filter((line) => line.text === 'GETTY' || line.text.endsWith('[+]')).map((line) => line.reason)).toEqual(Array(3).fill('picture caption or credit'));
  });

  it("removes the author's plug under the last paragraph", () => {
    const { body, removedLines } = cleaned();
    expect(body.endsWith('They may be growing more than you think.')).toBe(true);
    expect(removedLines.find((line) => line.text.startsWith('Follow me on LinkedIn'))?.reason).toBe('share or follow links');
  });
});

// A question headline of eight words or more reads as prose (a sentence with its question mark): under a
// link label it had stayed between two paragraphs .
describe('a question headline under a link label between the paragraphs', () => {
  const page = (between: string[]) => [
    'News', 'Local', 'Council approves plan to rebuild the old harbour bridge', 'By Ellen Marsh', 'March 3, 2026', '',
    'The city council approved a £40 million plan on Monday night to rebuild the harbour bridge, which has been closed to lorries since a crack was found in one of its piers last year.', '',
    'Work will start in September and is expected to take two years, during which a temporary bridge will carry cars and buses.', '',
    ...between,
    'Council leader James Ford said the bridge was the town\'s most important road and could not be left to decay.', '',
    'Opposition councillors said the cost had risen by a third since the plan was first put forward, and asked for an independent review.',
  ].join('\n');
  const question = "Will the new bridge finally fix the town's traffic problems for good?";

  it('is removed as a link when set right under the label, the paragraphs after it kept', () => {
    const text = page(['Read more:', question, '']);
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body).not.toContain(question);
    expect(cleaned.body).toContain('Council leader James Ford said');
    expect(cleaned.body.endsWith('asked for an independent review.')).toBe(true);
    expect(cleaned.removedLines.find((line) => line.text === question)?.reason).toBe('link to another story');
  });

  it("stays as the article's question when a blank line sets it apart from the label", () => {
    const text = page(['Read more:', '', question, '']);
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body).toContain(question);
  });
});

describe('cleanArticle on a transcript whose lines of speech open with a time stamp', () => {
  const text = [
    'Evening Report',
    '[21:00:00] HOLLOWAY: Good evening. Floodwaters along the river have forced thousands of people from their homes this week.',
    'The water is expected to stay high until the weekend, officials said on Monday night.',
    '[21:00:40] DUNMORE: I saw whole neighborhoods under water, and families sleeping in a church basement for nine days.',
    '[21:01:15] HOLLOWAY: The federal disaster declaration came on Tuesday. Critics say it came too late.',
    '[21:01:50] DUNMORE: It should have come sooner, and I said so, but the money is approved now and it will go out soon.',
  ].join('\n');
  const cleaned = cleanArticle(article(text), contextFor([text]));

  it('keeps the speech without its stamps', () => {
    expect(cleaned.body).not.toMatch(/\[\d/u);
    expect(cleaned.body).toContain('DUNMORE: I saw whole neighborhoods under water');
  });

  it('records every stamp cut off in one row at the first line it opened, saying which lines', () => {
    const rows = cleaned.removedLines.filter((line) => line.reason.startsWith('transcript time stamp'));
    expect(rows).toEqual([{ line: 2, text: '[21:00:00] [21:00:40] [21:01:15] [21:01:50]', kind: 'boilerplate', reason: 'transcript time stamps cut off the start of 4 lines (2 to 6)' }]);
  });

  it('names the line of a single stamp', () => {
    const one = 'Evening Report\n[21:00:00] HOLLOWAY: Good evening. Floodwaters along the river have forced thousands of people from their homes this week.';
    const row = cleanArticle(article(one), contextFor([one])).removedLines.find((line) => line.text === '[21:00:00]');
    expect(row).toMatchObject({ line: 2, reason: 'transcript time stamp cut off the start of line 2' });
  });
});

describe("cleanArticle on a transcript under CNN's notice", () => {
  it('removes "THIS IS A RUSH TRANSCRIPT…" as a transcript notice, wherever it stands, and keeps the conversation', () => {
    const notice = 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.';
    const turns = [
      'BLITZER: Good evening. Lawmakers reached a deal on the spending bill tonight, just hours before the deadline.',
      'RAJU: Wolf, the leaders of both parties announced the deal a few minutes ago, after days of talks.',
      'BLITZER: And when will the House vote on it? What are members telling you?',
      'RAJU: Tomorrow morning, and the Senate is expected to follow later in the day.',
    ];
    for (const text of [['The Situation Room', notice, ...turns].join('\n'), ['The Situation Room', ...turns.slice(0, 2), notice, ...turns.slice(2)].join('\n')]) {
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(cleaned.removedLines.find((line) => line.text === notice)).toMatchObject({ kind: 'boilerplate', reason: 'transcript notice' });
      expect(cleaned.body.split('\n\n')).toEqual(turns);
    }
  });

  it("removes a machine transcript's notice ('This transcript was automatically generated …') the same way", () => {
    const notices = [
      'This transcript was automatically generated and may contain errors.',
      'Note: This transcript was generated by a computer and may contain errors. Please check the audio before quoting.',
      'Transcripts are machine-generated and may contain errors.',
    ];
    const turns = [
      'HOST: Welcome back. Today we look at why the harbour ferry was cancelled after forty years of service.',
      'GUEST: It came down to money, and the council could not find the funds for a new boat this year.',
      'HOST: What happens to the people who relied on it every morning to get to work?',
      'GUEST: They now take the bus around the bay, which adds almost an hour to the journey each way.',
    ];
    for (const notice of notices) {
      const text = ['Harbour Hour, episode 12', notice, ...turns].join('\n');
      const cleaned = cleanArticle(article(text), contextFor([text]));
      expect(cleaned.removedLines.find((line) => line.text === notice)).toMatchObject({ kind: 'boilerplate', reason: 'transcript notice' });
      expect(cleaned.body.split('\n\n')).toEqual(turns);
    }
    // A sentence about a transcript is the article's.
    const report = 'The court heard that the transcript was automatically generated and may contain errors, so the judge ordered a new one.';
    const story = ['Appeal delayed over faulty record', report, 'Lawyers for both sides agreed to wait for the corrected record, which is expected within a month.'].join('\n');
    expect(cleanArticle(article(story), contextFor([story])).body).toContain(report);
  });
});

describe('a newsletter sign-up box between the paragraphs', () => {
  it('is removed line by line, its consent line too, and the paragraph after it stays', () => {
    const after = 'Analysts said the expansion would ease a shortage that has held back carmakers in Germany and France for two years.';
    const box = [
      'Sign up for our Business Daily newsletter',
      'Get the latest business news and analysis delivered to your inbox every weekday morning.',
      'Enter your email',
      'Subscribe',
      'By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.',
    ];
    const text = [
      'Chipmaker doubles output at Dresden plant',
      'By Anna Weber',
      '3 December 2026',
      '',
      'The chipmaker said on Thursday it had doubled output at its Dresden plant after adding a second production line ahead of schedule.',
      '',
      "The company expects the plant to supply about a fifth of Europe's demand for chips used in electric cars by the end of next year.",
      '',
      ...box,
      '',
      after,
      '',
      'The plant employs about 3,000 people and is one of the largest industrial sites in Saxony.',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    const paragraphs = cleaned.body.split('\n\n');
    expect(paragraphs).toContain(after);
    expect(paragraphs.filter((paragraph) => box.includes(paragraph))).toEqual([]);
    expect(cleaned.removedLines.find((line) => line.text === box[4])?.reason).toBe('newsletter or reading prompt');
  });
});

describe("a call for readers' letters between the paragraphs", () => {
  it('is removed as a prompt and the paragraphs around it stay', () => {
    const call = 'Letters to the editor: Send your letter to letters@harbourgazette.example.com';
    const text = [
      "Readers respond to the council's parking plan",
      'December 4, 2026',
      '',
      "Several readers wrote in this week about the council's plan to double parking charges in the town centre.",
      '',
      call,
      '',
      'Most said the plan would drive shoppers to the retail park on the edge of town, where parking is free.',
      '',
      'A few welcomed it, saying the town centre has too many cars and not enough buses.',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body.split('\n\n')).toHaveLength(3);
    expect(cleaned.removedLines.find((line) => line.text === call)?.reason).toBe('newsletter or reading prompt');
  });
});

// ABC News (Australia) sets "Share" under its key points box, which the cleaner keeps as the article's
// opening: it had stayed between the box and the first paragraph (a tester's page).
describe('a share button under a key points box', () => {
  it('is removed, the key points and the article kept', () => {
    const text = [
      'ABC News', 'Just In', 'Politics', 'Energy', 'Household power bills to fall by up to $150 from July, regulator says', 'By energy reporter Tom Hartley', 'Posted Thu 4 Dec 2026 at 6:10am',
      'In short:', 'Power bills for most households will fall by between $80 and $150 from July, the energy regulator says.', 'Lower wholesale prices are behind the cut.', "What's next?", 'Retailers must pass on the cut by July 1.', 'Share', '',
      'Most households in New South Wales, Queensland and South Australia will pay less for electricity from July, the Australian Energy Regulator said on Thursday.', '',
      'The regulator said wholesale prices had fallen by almost a fifth over the past year, as more wind and solar power came into the grid.', '',
      'Consumer groups welcomed the cut but said bills were still far higher than they were three years ago.', '',
    ].join('\n');
    const cleaned = cleanArticle(article(text), contextFor([text]));
    expect(cleaned.body.split('\n')).not.toContain('Share');
    expect(cleaned.body).toContain('Most households in New South Wales');
    expect(cleaned.removedLines.find((line) => line.text === 'Share')?.reason).toBe('share or follow links');
  });
});
